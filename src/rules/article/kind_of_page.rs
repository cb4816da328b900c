//! Which kind of page a page that is not an article is: a forum thread, a
//! listing, a product page, documentation, or another kind.
//!
//! The kinds keep the same blocks (every block the chrome rules do not
//! take); telling them apart is for the user, who may want only threads,
//! or no shop pages, in a corpus. Each kind has its marks in the dump:
//! a thread has many dates (each post's) and comment furniture (`Reply`,
//! `Quote`) and questions; documentation has headings and code
//! (`{`, `}`, `();`, `::`, `</`); a product page has prices among few
//! blocks; a listing has many short items. These marks and the page's
//! shape ([`super::page_shape`]) go into a multinomial logistic model
//! whose weights `scripts/fit_page_kind.py` fits on the development pages
//! of every kind (five folds by page) and writes to
//! `kind_of_page_weights.rs`; a page whose likeliest kind is not likely
//! enough is reported as [`PageKind::Other`].
//!
//! The same marks help the page-shape model tell an article from the
//! other kinds.
//!
//! Misses: held out, its likeliest kind is right for 0.58 of the pages;
//! it names a kind for about a third of them and is then right 0.7 of the
//! time, and reports most listings and product pages as `other` (the
//! fitting script prints its confusion matrix).

use super::page_shape::PageShape;
use crate::rules::Pass;
use crate::{Kind, PageKind};

mod weights {
    include!("kind_of_page_weights.rs");
}

/// The marks, in the order of the model's weights after the page-shape
/// measures. `MARKS` names them for the fitting script.
pub(crate) const MARKS: [&str; 7] = [
    "dateline_share",
    "comments_share",
    "share_share",
    "navigation_share",
    "code_share",
    "question_share",
    "heading_share",
];

/// The kinds the model tells apart, in the order of its weights.
const KINDS: [PageKind; 5] = [
    PageKind::Thread,
    PageKind::Listing,
    PageKind::Product,
    PageKind::Documentation,
    PageKind::Other,
];

/// A page's marks of kind, over all its blocks (what earlier rules took
/// as chrome tells too: a thread's dates and `Reply` buttons).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct KindMarks(pub [f64; MARKS.len()]);

impl KindMarks {
    pub(super) fn measure(pass: &Pass) -> KindMarks {
        let mut counts = [0usize; MARKS.len()];
        for i in 0..pass.len() {
            let text = pass.text(i);
            let marks = [
                pass.kind(i) == Some(Kind::Dateline),
                matches!(pass.kind(i), Some(Kind::Comments | Kind::CommentForm)),
                pass.kind(i) == Some(Kind::Share),
                pass.kind(i) == Some(Kind::Navigation),
                looks_like_code(text),
                text.ends_with('?'),
                pass.doc.blocks[i].heading,
            ];
            for (count, mark) in counts.iter_mut().zip(marks) {
                *count += usize::from(mark);
            }
        }
        let blocks = pass.len().max(1) as f64;
        KindMarks(counts.map(|c| c as f64 / blocks))
    }
}

/// A line of code: braces, a statement's `;` at its end, a call's `()`, a
/// path's `::`, an arrow or a closing tag.
fn looks_like_code(text: &str) -> bool {
    let bytes = text.as_bytes();
    let followed_by = |at: usize, next: u8| bytes.get(at + 1) == Some(&next);
    // Two vectorised searches for the first bytes, then a look at the
    // next: this runs over every block of every page.
    bytes.last() == Some(&b';')
        || memchr::memchr3_iter(b'{', b'}', b'(', bytes)
            .any(|at| bytes[at] != b'(' || followed_by(at, b')'))
        || memchr::memchr3_iter(b':', b'=', b'<', bytes).any(|at| match bytes[at] {
            b':' => followed_by(at, b':'),
            b'=' => followed_by(at, b'>'),
            _ => followed_by(at, b'/'),
        })
}

/// The kind of a page that is not an article, from its shape and marks.
pub(super) fn kind_of_page(shape: &PageShape, marks: &KindMarks) -> PageKind {
    let x: Vec<f64> = shape.0.iter().chain(&marks.0).copied().collect();
    let scores: Vec<f64> = weights::WEIGHTS
        .iter()
        .zip(weights::BIAS)
        .map(|(w, b)| b + w.iter().zip(&x).map(|(w, x)| w * x).sum::<f64>())
        .collect();
    let top = scores.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let total: f64 = scores.iter().map(|s| (s - top).exp()).sum();
    let (best, _) = scores
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.total_cmp(b.1))
        .expect("five kinds");
    // The likeliest kind's probability is exp(0) / total.
    if 1.0 / total >= weights::MIN_PROBABILITY {
        KINDS[best]
    } else {
        PageKind::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_is_told_by_its_punctuation() {
        for line in [
            "fn main() {",
            "}",
            "let x = 1;",
            "std::env::args",
            "</div>",
            "x => x + 1",
        ] {
            assert!(looks_like_code(line), "{line}");
        }
        for line in [
            "The council met on Tuesday.",
            "Price: $12 (incl. tax)",
            "Home",
        ] {
            assert!(!looks_like_code(line), "{line}");
        }
    }
}
