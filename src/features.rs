//! Facts about each block, computed once and read by every rule.
//!
//! Rules ask the same questions again and again (how many words, does it
//! end a sentence, what is it in lower case); answering them here keeps each
//! rule short and the per-block cost paid once.

use crate::document::{Block, Document};
use crate::lexicon::lexicon;

/// Blocks longer than this (in bytes) are never chrome labels or buttons, so
/// they get no lower-cased copy for the phrase tables.
pub(crate) const SHORT_BLOCK_BYTES: usize = 600;

/// What the rules know about one block.
#[derive(Debug, Clone)]
pub(crate) struct Features {
    /// The block's text in lower case; empty for blocks over
    /// [`SHORT_BLOCK_BYTES`].
    pub lower: String,
    /// Whitespace-separated tokens holding at least one letter or digit.
    pub words: usize,
    /// The block ends like a sentence: `.`, `!`, `?` or `…`, maybe inside
    /// closing quotes or brackets.
    pub ends_sentence: bool,
    /// A hash of the block's letters and digits in lower case, for finding
    /// repeats whatever their spacing and punctuation.
    pub key: u64,
}

impl Features {
    fn of(block: &Block) -> Features {
        let text = block.text.as_str();
        let lower = if text.len() <= SHORT_BLOCK_BYTES {
            text.to_lowercase()
        } else {
            String::new()
        };
        Features {
            lower,
            words: count_words(text),
            ends_sentence: ends_sentence(text),
            key: content_key(text),
        }
    }

    /// A block is prose when it is long enough to be a paragraph and ends
    /// like a sentence: the shape of body text.
    pub fn is_prose(&self) -> bool {
        self.words >= 20 && self.ends_sentence
    }
}

/// The features of every block of `doc`, in block order.
pub(crate) fn compute(doc: &Document) -> Vec<Features> {
    doc.blocks.iter().map(Features::of).collect()
}

pub(crate) fn count_words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

pub(crate) fn ends_sentence(text: &str) -> bool {
    let core = text.trim_end_matches(|c: char| "\"”’'»)]*".contains(c));
    core.ends_with(['.', '!', '?', '…', '。', '！', '？'])
}

/// FNV-1a over the lower-cased letters and digits.
pub(crate) fn content_key(text: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for c in text.chars().filter(|c| c.is_alphanumeric()) {
        for l in c.to_lowercase() {
            hash ^= u64::from(l);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}

/// Whether the lower-cased text holds a full calendar date: `november 12,
/// 2019`, `12 november 2019`, `12. märz 2020`, `20 de junio de 2019`,
/// `12.03.2020`, `2020-03-12`.
pub(crate) fn contains_date(lower: &str) -> bool {
    let months = &lexicon().months;
    let tokens: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || c == ',')
        .map(|t| t.trim_matches(|c: char| ".()[]".contains(c)))
        .filter(|t| !t.is_empty() && !matches!(*t, "de" | "del" | "of" | "the"))
        .collect();
    if tokens.iter().any(|t| is_numeric_date(t)) {
        return true;
    }
    tokens.windows(3).any(|w| {
        let year = is_year(w[2]);
        (months.contains(w[0]) && is_day(w[1]) && year)
            || (is_day(w[0]) && months.contains(w[1]) && year)
    })
}

fn is_day(t: &str) -> bool {
    let t = t.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    t.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
}

fn is_year(t: &str) -> bool {
    t.len() == 4 && t.parse::<u16>().is_ok_and(|y| (1800..=2100).contains(&y))
}

fn is_numeric_date(t: &str) -> bool {
    let parts: Vec<&str> = t.split(['.', '/', '-']).collect();
    if parts.len() != 3 || !parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())) {
        return false;
    }
    (is_year(parts[0]) && parts[1].len() <= 2 && parts[2].len() <= 2 && !parts[1].is_empty())
        || (is_day(parts[0]) && parts[1].len() <= 2 && !parts[1].is_empty() && is_year(parts[2]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_skip_lone_punctuation() {
        assert_eq!(count_words("Share: — Facebook"), 2);
    }

    #[test]
    fn sentence_endings() {
        assert!(ends_sentence("He left."));
        assert!(ends_sentence("“He left.”"));
        assert!(ends_sentence("Really?)"));
        assert!(!ends_sentence("Rule vs resistance"));
        assert!(!ends_sentence("read more:"));
    }

    #[test]
    fn keys_ignore_spacing_and_case() {
        assert_eq!(
            content_key("Former  PM, Gaza."),
            content_key("former pm gaza")
        );
        assert_ne!(content_key("a b"), content_key("a c"));
    }

    #[test]
    fn dates_in_many_shapes() {
        for s in [
            "on november 12, 2019.",
            "gaza city, june 20, 2019.",
            "am 12. märz 2020",
            "el 20 de junio de 2019",
            "stand: 12.03.2020",
            "2020-03-12",
        ] {
            assert!(contains_date(s), "{s}");
        }
        for s in ["in 2019 he left", "march on", "12 of 13", "version 1.2.3"] {
            assert!(!contains_date(s), "{s}");
        }
    }
}
