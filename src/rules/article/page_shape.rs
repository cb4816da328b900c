//! Whether a page is an article: one run of prose that is its content.
//!
//! The article finder keeps the densest run of prose and drops the rest.
//! That is right for a news story among teasers and menus, and wrong for a
//! product page, a listing, documentation or a forum thread, whose content
//! is many short blocks, items, prices and code that score below prose.
//! Before it drops anything, the finder measures the page's shape: how
//! much of the page its run holds, how much of the page is paragraphs,
//! how long and how sentence-like the blocks are, how many numbers and
//! prices there are; and the marks of each kind of page
//! ([`super::kind_of_page`]: dates, comment furniture, code, questions,
//! headings). A logistic model over those measures says whether keeping
//! only the run beats keeping the whole page.
//!
//! The model's weights are fitted, not set: `scripts/fit_page_shape.py`
//! fits them on the development pages (news of the `sh` and `tf` sets and
//! the 2025-26 pages of every kind), choosing for each page the reading
//! that scores better, weighted by how much better, with five-fold
//! cross-validation by page, and leans towards reading a page as an
//! article by a margin also chosen on the held-out pages (no bench may
//! lose on either half of its pages); it writes `page_shape_weights.rs`.
//!
//! Misses: a short news story among long lists of headlines can read as a
//! page of items and keep the lists; a forum thread with one long first
//! post reads as an article and loses its replies; most product pages and
//! listings still read as articles (the margin leans that way).

use super::kind_of_page::KindMarks;
use super::Class;
use crate::document::Document;
use crate::rules::Pass;

mod weights {
    include!("page_shape_weights.rs");
}

/// The measures, in the order of the model's weights. `FEATURES` names
/// them for the fitting script.
pub(crate) const FEATURES: [&str; 15] = [
    "run_share",
    "good_share",
    "near_good_share",
    "short_share",
    "sentence_share",
    "words_per_block",
    "digit_share",
    "price_share",
    "run_score_share",
    "log_blocks",
    "decided_share",
    "log_good_blocks",
    "run_block_share",
    "run_position",
    "second_run_ratio",
];

/// The currency signs but `$`: `€`, `£`, `¥`, `₹`, each starting with
/// C2 or E2.
const SIGNS: [&str; 4] = ["€", "£", "¥", "₹"];

/// Where a currency sign (`$` or one of [`SIGNS`]) starts in `bytes`, in
/// order: one vectorised search for `$` and the signs' first bytes, and a
/// look at the bytes after each of those.
fn price_marks(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    memchr::memchr3_iter(b'$', 0xC2, 0xE2, bytes).filter(move |&at| {
        bytes[at] == b'$'
            || SIGNS
                .iter()
                .any(|sign| bytes[at..].starts_with(sign.as_bytes()))
    })
}

/// Whether `text` holds a currency sign: a price.
fn names_a_price(text: &str) -> bool {
    price_marks(text.as_bytes()).next().is_some()
}

/// Which blocks [`names_a_price`]: the short blocks by one search of the
/// lower case of them all
/// ([`crate::document::Document::mark_short_blocks`]; no character
/// lower-cases to a currency sign, and each is its own lower case), the
/// long ones one by one.
fn price_blocks(doc: &Document) -> Vec<bool> {
    let mut price = vec![false; doc.blocks.len()];
    doc.mark_short_blocks(price_marks(doc.lowers().as_bytes()), &mut price);
    doc.mark_long_blocks(&mut price, names_a_price);
    price
}

/// The page's shape, measured over the blocks no earlier rule decided.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct PageShape(pub [f64; FEATURES.len()]);

impl PageShape {
    /// Measures the page whose blocks are classed `classes` and scored
    /// `scores`, with the article's run from `start` to `end`.
    pub(super) fn measure(
        pass: &Pass,
        classes: &[Class],
        scores: &[f64],
        start: usize,
        end: usize,
    ) -> PageShape {
        let (mut bytes, mut in_run, mut good, mut near_good) = (0.0, 0.0, 0.0, 0.0);
        let (mut blocks, mut short, mut sentences, mut words) = (0.0f64, 0.0, 0.0, 0.0);
        let (mut digits, mut prices) = (0.0, 0.0);
        let (mut good_blocks, mut run_blocks) = (0.0f64, 0.0);
        let price = price_blocks(pass.doc);
        for i in pass.undecided_blocks() {
            let text = pass.text(i);
            let len = text.len() as f64;
            let f = &pass.feats[i];
            bytes += len;
            blocks += 1.0;
            if (start..=end).contains(&i) {
                in_run += len;
                run_blocks += 1.0;
            }
            match classes[i] {
                Class::Good => {
                    good += len;
                    good_blocks += 1.0;
                }
                Class::NearGood => near_good += len,
                Class::Short => short += 1.0,
                Class::Bad => {}
            }
            sentences += f64::from(u8::from(f.ends_sentence));
            words += f.words as f64;
            digits += f.digits as f64;
            prices += f64::from(u8::from(price[i]));
        }
        let per_byte = |x: f64| x / bytes.max(1.0);
        let per_block = |x: f64| x / blocks.max(1.0);
        let run_score: f64 = scores[start..=end].iter().sum();
        let decided = pass.len() as f64 - blocks;
        let mut rest = scores.to_vec();
        rest[start..=end].fill(f64::NEG_INFINITY);
        let second = super::densest_run(&rest).map_or(0.0, |(a, b)| rest[a..=b].iter().sum());
        PageShape([
            per_byte(in_run),
            per_byte(good),
            per_byte(near_good),
            per_block(short),
            per_block(sentences),
            per_block(words),
            per_byte(digits),
            per_block(prices),
            per_byte(run_score).min(1.0),
            blocks.max(1.0).ln(),
            decided / (pass.len() as f64).max(1.0),
            (1.0 + good_blocks).ln(),
            per_block(run_blocks),
            start as f64 / (pass.len() as f64).max(1.0),
            (second / run_score.max(1.0)).min(1.0),
        ])
    }

    /// Whether the model reads the page, of this shape and with these
    /// marks of kind, as an article.
    pub(super) fn is_article(&self, marks: &KindMarks) -> bool {
        let score: f64 = weights::BIAS
            + self
                .0
                .iter()
                .chain(&marks.0)
                .zip(weights::WEIGHTS)
                .map(|(x, w)| x * w)
                .sum::<f64>();
        score >= 0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_search_over_the_page_finds_the_prices_each_block_holds() {
        let long_price = format!("{} for 12,50 €", "word ".repeat(250));
        let long_plain = format!("{} for twelve euros", "wörd ".repeat(250));
        let blocks = [
            "$89.99",
            "no price",
            "ab 12,50 €",
            "caf\u{e9} \u{201c}quoted\u{201d}",
            "£5 and ¥1200",
            long_price.as_str(),
            long_plain.as_str(),
            "₹499",
            "$",
        ];
        let found = crate::rules::testing::page_search_agrees(&blocks, price_blocks, names_a_price);
        assert_eq!(found, 6);
    }

    #[test]
    fn prices_are_found_by_their_currency_signs() {
        for text in [
            "$89.99",
            "ab 12,50 €",
            "£5",
            "¥1200",
            "₹499",
            "costs \u{201c}$5\u{201d}",
        ] {
            assert!(names_a_price(text), "{text}");
        }
        for text in ["89.99", "\u{201c}quoted\u{201d}", "caf\u{e9} \u{a0}", ""] {
            assert!(!names_a_price(text), "{text}");
        }
    }
}
