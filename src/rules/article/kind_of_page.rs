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
use crate::document::Document;
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
        for (i, code) in code_blocks(pass.doc).into_iter().enumerate() {
            let text = pass.text(i);
            let marks = [
                pass.kind(i) == Some(Kind::Dateline),
                matches!(pass.kind(i), Some(Kind::Comments | Kind::CommentForm)),
                pass.kind(i) == Some(Kind::Share),
                pass.kind(i) == Some(Kind::Navigation),
                code,
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

/// Which blocks [`looks_like_code`]. The short blocks are searched at
/// once ([`Document::mark_short_blocks`]): lower-casing changes no
/// punctuation, and the line break after each block keeps a pair of
/// marks from straddling two. The long blocks, which have no lower-cased
/// copy, are searched one by one.
fn code_blocks(doc: &Document) -> Vec<bool> {
    let lowers = doc.lowers().as_bytes();
    let spans = doc.lower_spans();
    let mut code: Vec<bool> = spans
        .iter()
        .map(|s| lowers[s.start as usize..s.end as usize].last() == Some(&b';'))
        .collect();
    let (brackets, pairs) = code_marks(lowers);
    doc.mark_short_blocks(brackets, &mut code);
    doc.mark_short_blocks(pairs, &mut code);
    doc.mark_long_blocks(&mut code, looks_like_code);
    code
}

/// Where the marks of code stand in `bytes`, as two searches each in
/// order: `{`, `}` and `()`; then `::`, `=>` and `</`. Each is one
/// vectorised search for the first bytes and a look at the next.
fn code_marks(
    bytes: &[u8],
) -> (
    impl Iterator<Item = usize> + '_,
    impl Iterator<Item = usize> + '_,
) {
    let followed_by = move |at: usize, next: u8| bytes.get(at + 1) == Some(&next);
    let brackets = memchr::memchr3_iter(b'{', b'}', b'(', bytes)
        .filter(move |&at| bytes[at] != b'(' || followed_by(at, b')'));
    let pairs = memchr::memchr3_iter(b':', b'=', b'<', bytes).filter(move |&at| match bytes[at] {
        b':' => followed_by(at, b':'),
        b'=' => followed_by(at, b'>'),
        _ => followed_by(at, b'/'),
    });
    (brackets, pairs)
}

/// A line of code: braces, a statement's `;` at its end, a call's `()`, a
/// path's `::`, an arrow or a closing tag ([`code_marks`]).
fn looks_like_code(text: &str) -> bool {
    let bytes = text.as_bytes();
    let (mut brackets, mut pairs) = code_marks(bytes);
    bytes.last() == Some(&b';') || brackets.next().is_some() || pairs.next().is_some()
}

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
    fn one_search_over_the_page_finds_the_code_each_block_holds() {
        let long_code = format!("{} std::env::args", "word ".repeat(250));
        let long_prose = format!("{} (see below): a <b> = c.", "word ".repeat(250));
        let blocks = [
            "fn main() {",
            "Prose (with brackets): and a colon.",
            "ends with a colon:",
            "::starts a block",
            "let x = 1;",
            "a <",
            "/ b",
            long_code.as_str(),
            long_prose.as_str(),
            "x => y",
            "<",
        ];
        let found =
            crate::rules::testing::page_search_agrees(&blocks, code_blocks, looks_like_code);
        assert_eq!(found, 5);
    }

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
