//! What the scripts that fit chaff's weights need to see inside it: the
//! page's shape as the article finder measures it. Behind the `fitting`
//! feature, outside the stable API; `scripts/fit_page_shape.py` and
//! `scripts/fit_page_kind.py` read it through `cargo run --example
//! evaluate --features fitting -- DIR --fit-data FILE`.

use crate::{rules, Cleaner};

/// The names of the page-shape measures, in order.
pub const PAGE_SHAPE_FEATURES: &[&str] = &rules::PAGE_SHAPE_FEATURES;

/// The names of the marks of a page's kind, in order; the kind model reads
/// the page-shape measures, then these.
pub const KIND_MARKS: &[&str] = &rules::KIND_MARKS;

/// The page-shape measures of `text` under `cleaner`'s options, then its
/// marks of kind; `None` when the article finder found no run of prose
/// (or does not run, or the page's kind is given), or the text is over
/// the size limit.
pub fn page_shape(cleaner: &Cleaner, text: &str) -> Option<Vec<f64>> {
    let (_, outcome) = cleaner
        .run_rules(text, cleaner.config().format_override())
        .ok()?;
    let (shape, marks) = outcome.page_shape?;
    Some(shape.0.iter().chain(&marks.0).copied().collect())
}
