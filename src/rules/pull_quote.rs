//! Pull quotes.
//!
//! A pull quote is a sentence of the story printed again in large type
//! between paragraphs. In a text dump it is a short block whose words
//! occur, in the same order, inside a longer block elsewhere in the page:
//! `A former MI6 officer received an MBE for his work ...` against `...,
//! a former MI6 officer who received an MBE for his work ...`. The rule
//! compares word trigrams: when most of a short block's trigrams occur in
//! one longer block, the short one is the pull quote. Trigrams are looked
//! up through a hash index, so the cost stays linear in the page.
//!
//! Known misses: pull quotes reworded by the editor, and quotes shorter
//! than `MIN_WORDS`.

use rustc_hash::FxHashMap;

use super::{Pass, Rule};
use crate::Kind;

pub(crate) const PULL_QUOTE: Rule = Rule {
    name: "pull-quote",
    summary: "a short block whose words repeat part of a longer block",
    run,
};

/// Fewest words in a pull quote: shorter blocks share trigrams by chance.
const MIN_WORDS: usize = 7;
/// Most words in a pull quote.
const MAX_WORDS: usize = 60;
/// Share of the quote's trigrams that must occur in the one longer block.
const MIN_SHARED: f64 = 0.6;
/// A trigram found in more blocks than this is a common phrase, not a
/// quotation, and is not indexed further.
const MAX_POSTINGS: usize = 4;

fn trigrams(text: &str) -> Vec<u64> {
    let words: Vec<u64> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(crate::features::content_key)
        .collect();
    words
        .windows(3)
        .map(|w| w[0].rotate_left(1) ^ w[1].rotate_left(7) ^ w[2].rotate_left(13))
        .collect()
}

fn run(pass: &mut Pass) {
    let candidates: Vec<usize> = pass.undecided_blocks().collect();
    let grams: Vec<Vec<u64>> = candidates.iter().map(|&i| trigrams(pass.text(i))).collect();
    let mut index: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
    for (slot, g) in grams.iter().enumerate() {
        for &t in g {
            let postings = index.entry(t).or_default();
            if postings.len() <= MAX_POSTINGS && postings.last() != Some(&slot) {
                postings.push(slot);
            }
        }
    }
    let mut quotes = Vec::new();
    for (slot, &i) in candidates.iter().enumerate() {
        let words = pass.feats[i].words;
        if !(MIN_WORDS..=MAX_WORDS).contains(&words) {
            continue;
        }
        let mut hits: FxHashMap<usize, usize> = FxHashMap::default();
        for t in &grams[slot] {
            for &other in index.get(t).into_iter().flatten() {
                if other != slot && pass.feats[candidates[other]].words > words {
                    *hits.entry(other).or_default() += 1;
                }
            }
        }
        let best = hits.values().copied().max().unwrap_or(0);
        if best as f64 >= MIN_SHARED * grams[slot].len() as f64 {
            quotes.push(i);
        }
    }
    for i in quotes {
        pass.chrome(i, Kind::PullQuote);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{amid_prose, clean, kind_of, PROSE};
    use crate::Kind;

    #[test]
    fn catches_a_repeated_sentence() {
        let quote = "Residents would be consulted before any final decision";
        assert_eq!(kind_of(&amid_prose(quote), quote), Some(Kind::PullQuote));
    }

    #[test]
    fn keeps_sentences_that_share_only_a_phrase() {
        let s = "The council said it would be consulted on the plan by the regional government.";
        let dump = format!("{PROSE}\n\n{s}");
        assert_eq!(kind_of(&dump, s), None);
        assert!(clean(PROSE).removals.is_empty());
    }
}
