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

use super::{Pass, Rule, RuleDocs};
use crate::Kind;

pub(crate) const PULL_QUOTE: Rule = Rule {
    name: "pull-quote",
    summary: "a short block whose words repeat part of a longer block",
    kinds: &[Kind::PullQuote],
    reads: &[],
    docs: RuleDocs {
        catches: "A short block most of whose word trigrams occur, in order, in one longer block of the page.",
        why: "A pull quote prints a sentence of the story again in large type; the body has it already.",
        misses: "Pull quotes reworded by the editor, and quotes too short to compare.",
        example: "Several members said the new plan would raise local taxes for every household in the town.\n\nThe new plan would raise local taxes for every household",
    },
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

/// The index is made room for all of a page's trigrams at once up to this
/// many; past it, it grows as it fills. A long dump repeats trigrams, and
/// a table sized for all of them is mostly empty, yet each insert lands
/// in a random place of it: beyond the caches, and paid in page faults.
const MAX_PRESIZED: usize = 1 << 16;

/// Hashes of the block's word trigrams.
fn trigrams(words: &[u64]) -> impl Iterator<Item = u64> + '_ {
    words
        .windows(3)
        .map(|w| w[0].rotate_left(1) ^ w[1].rotate_left(7) ^ w[2].rotate_left(13))
}

/// The blocks a trigram occurs in (at most `MAX_POSTINGS + 1`, so a
/// common phrase stops growing), without a heap allocation per trigram.
#[derive(Clone, Copy, Default)]
struct Postings {
    slots: [u32; MAX_POSTINGS + 1],
    len: u8,
}

impl Postings {
    fn add(&mut self, slot: u32) {
        let len = usize::from(self.len);
        if len < self.slots.len() && (len == 0 || self.slots[len - 1] != slot) {
            self.slots[len] = slot;
            self.len += 1;
        }
    }

    fn slots(&self) -> &[u32] {
        &self.slots[..usize::from(self.len)]
    }
}

fn run(pass: &mut Pass) {
    // Blocks shorter than a quote can be neither a quote nor the block it
    // repeats.
    let candidates: Vec<usize> = pass
        .undecided_blocks()
        .filter(|&i| pass.feats[i].words >= MIN_WORDS)
        .collect();
    // Trigrams are made again from the word hashes where they are read,
    // rather than kept in a list per block.
    let grams = |i: usize| trigrams(pass.word_hashes(i));
    let gram_count = |i: usize| pass.word_hashes(i).len().saturating_sub(2);
    let total: usize = candidates.iter().map(|&i| gram_count(i)).sum();
    let mut index: FxHashMap<u64, Postings> =
        FxHashMap::with_capacity_and_hasher(total.min(MAX_PRESIZED), Default::default());
    for (slot, &i) in candidates.iter().enumerate() {
        for t in grams(i) {
            index.entry(t).or_default().add(slot as u32);
        }
    }
    let mut quotes = Vec::new();
    // Shared trigrams per other block, counted in place; `touched` lists
    // the counts to read and reset, so each quote costs its postings, not
    // the number of blocks.
    let mut shared = vec![0usize; candidates.len()];
    let mut touched: Vec<u32> = Vec::new();
    for (slot, &i) in candidates.iter().enumerate() {
        let words = pass.feats[i].words;
        // A block of Chinese or Japanese counts its characters as words
        // but hashes each run between spaces once: one too short to have
        // trigrams has nothing to compare.
        let count = gram_count(i);
        if !(MIN_WORDS..=MAX_WORDS).contains(&words) || count == 0 {
            continue;
        }
        for t in grams(i) {
            for &other in index.get(&t).map_or(&[][..], Postings::slots) {
                if other as usize == slot || pass.feats[candidates[other as usize]].words <= words {
                    continue;
                }
                if shared[other as usize] == 0 {
                    touched.push(other);
                }
                shared[other as usize] += 1;
            }
        }
        let best = touched
            .iter()
            .map(|&o| shared[o as usize])
            .max()
            .unwrap_or(0);
        for o in touched.drain(..) {
            shared[o as usize] = 0;
        }
        if best as f64 >= MIN_SHARED * count as f64 {
            quotes.push(i);
        }
    }
    for i in quotes {
        pass.chrome(i, Kind::PullQuote);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{amid_prose, clean, removed_as, PROSE};
    use crate::Kind;

    #[test]
    fn catches_a_repeated_sentence() {
        let quote = "Residents would be consulted before any final decision";
        assert_eq!(
            removed_as(&amid_prose(quote), quote),
            Some((Kind::PullQuote, "pull-quote"))
        );
    }

    #[test]
    fn keeps_sentences_that_share_only_a_phrase() {
        let s = "The council said it would be consulted on the plan by the regional government.";
        let dump = format!("{PROSE}\n\n{s}");
        assert_eq!(removed_as(&dump, s), None);
        assert!(clean(PROSE).removals.is_empty());
    }
}
