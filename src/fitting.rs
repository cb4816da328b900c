//! What the scripts that fit chaff's weights need to see inside it: the
//! page's shape as the article finder measures it. Behind the `fitting`
//! feature, outside the stable API; `scripts/fit_page_shape.py` and
//! `scripts/fit_page_kind.py` read it through `cargo run --example
//! evaluate --features fitting -- DIR --fit-data FILE`.

use std::sync::OnceLock;

use crate::rules::RunCosts;
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

/// The article finder's run costs a fitting script set for this process.
static RUN_COSTS: OnceLock<RunCosts> = OnceLock::new();

/// Sets the article finder's run costs for the rest of the process from
/// `name=value` pairs separated by commas (`short=20,boundary=90`; the
/// others keep their fitted values). Once only.
pub fn set_run_costs(pairs: &str) -> Result<(), String> {
    RUN_COSTS
        .set(parse_run_costs(pairs)?)
        .map_err(|_| "the run costs are already set".to_string())
}

/// The run costs that `name=value` pairs separated by commas give: the
/// fitted costs, with those named set to their values (the names are
/// those of `scripts/fit_run_costs.py`).
fn parse_run_costs(pairs: &str) -> Result<RunCosts, String> {
    let mut costs = rules::default_run_costs();
    for pair in pairs.split(',').filter(|p| !p.is_empty()) {
        let (name, value) = pair
            .split_once('=')
            .ok_or_else(|| format!("{pair:?} is not name=value"))?;
        let value: f64 = value
            .parse()
            .map_err(|e| format!("{name}: {value:?}: {e}"))?;
        *costs.get_mut(name).ok_or_else(|| {
            format!(
                "unknown run cost {name:?}; known: {}",
                RunCosts::NAMES.join(", ")
            )
        })? = value;
    }
    Ok(costs)
}

/// The run costs set by [`set_run_costs`], if any.
pub(crate) fn run_costs_override() -> Option<RunCosts> {
    RUN_COSTS.get().copied()
}

#[cfg(test)]
mod tests {
    #[test]
    fn run_costs_are_read_by_name() {
        // Parsed, not set: setting them would change every other test of
        // this process.
        assert!(super::parse_run_costs("short=x")
            .unwrap_err()
            .contains("short"));
        assert!(super::parse_run_costs("shrot=3")
            .unwrap_err()
            .contains("known: short"));
        assert!(super::parse_run_costs("short").is_err());
        let costs = super::parse_run_costs("short=20,boundary=90").unwrap();
        assert_eq!((costs.short, costs.boundary), (20.0, 90.0));
        assert_eq!(
            costs.lone_short,
            crate::rules::default_run_costs().lone_short
        );
    }
}
