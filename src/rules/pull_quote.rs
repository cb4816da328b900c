//! Pull quotes.
//!
//! A pull quote is a sentence of the story printed again in large type
//! between paragraphs. In a text dump it is a short block whose words
//! occur, in the same order, inside a longer block elsewhere in the page:
//! `A former MI6 officer received an MBE for his work ...` against `...,
//! a former MI6 officer who received an MBE for his work ...`. The rule
//! compares word trigrams: when most of a short block's trigrams occur in
//! one longer block, the short one is the pull quote. Trigrams are looked
//! up through a hash index, so the cost stays linear in the page; a
//! two-bit table in front of it keeps out the trigrams that occur once,
//! three in four of a page's, which no two blocks can share.
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

/// Which trigrams may occur more than once on the page: two bits a
/// bucket of hashed trigrams, the first set by a trigram's first
/// occurrence, the second by any later one. A trigram whose second bit is
/// clear occurred once, in one block, and can be shared by no two blocks;
/// a set bit may be a collision, so the index still decides. About four
/// buckets a trigram keep collisions rare in a table of two bits each.
struct Repeats {
    once: Vec<u64>,
    twice: Vec<u64>,
    /// `64 - log2(buckets)`, for [`crate::lexicon::word_table::slot`].
    shift: u32,
}

impl Repeats {
    fn with_room_for(trigrams: usize) -> Repeats {
        let buckets = (trigrams * 4).next_power_of_two().max(64);
        Repeats {
            once: vec![0; buckets / 64],
            twice: vec![0; buckets / 64],
            shift: 64 - buckets.trailing_zeros(),
        }
    }

    /// The word and bit of `trigram`'s bucket.
    fn bucket(&self, trigram: u64) -> (usize, u64) {
        let at = crate::lexicon::word_table::slot(trigram, self.shift);
        (at / 64, 1 << (at % 64))
    }

    fn add(&mut self, trigram: u64) {
        let (word, bit) = self.bucket(trigram);
        self.twice[word] |= self.once[word] & bit;
        self.once[word] |= bit;
    }

    fn maybe_twice(&self, trigram: u64) -> bool {
        let (word, bit) = self.bucket(trigram);
        self.twice[word] & bit != 0
    }
}

fn run(pass: &mut Pass) {
    // Blocks shorter than a quote can be neither a quote nor the block it
    // repeats.
    let candidates: Vec<usize> = pass
        .undecided_blocks()
        .filter(|&i| pass.feats[i].words >= MIN_WORDS)
        .collect();
    let gram_count = |i: usize| pass.word_hashes(i).len().saturating_sub(2);
    let total: usize = candidates.iter().map(|&i| gram_count(i)).sum();
    let mut grams: Vec<u64> = Vec::with_capacity(total);
    let mut repeats = Repeats::with_room_for(total);
    for &i in &candidates {
        grams.extend(trigrams(pass.word_hashes(i)));
    }
    for &t in &grams {
        repeats.add(t);
    }
    // Only a trigram of two blocks can be shared: the others, most of a
    // page's prose, are dropped before anything is indexed. Candidate
    // `slot` keeps `grams[bounds[slot]..bounds[slot + 1]]`.
    let mut bounds = Vec::with_capacity(candidates.len() + 1);
    bounds.push(0);
    let (mut kept, mut read) = (0, 0);
    for &i in &candidates {
        let count = gram_count(i);
        for at in read..read + count {
            let t = grams[at];
            if repeats.maybe_twice(t) {
                grams[kept] = t;
                kept += 1;
            }
        }
        read += count;
        bounds.push(kept);
    }
    grams.truncate(kept);
    let repeated = |slot: usize| &grams[bounds[slot]..bounds[slot + 1]];
    let mut index: FxHashMap<u64, Postings> =
        FxHashMap::with_capacity_and_hasher(kept.min(MAX_PRESIZED), Default::default());
    for slot in 0..candidates.len() {
        for &t in repeated(slot) {
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
        for t in repeated(slot) {
            for &other in index.get(t).map_or(&[][..], Postings::slots) {
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
    fn every_repeated_trigram_passes_the_filter() {
        // Trigram hashes are well mixed: splitmix64's output stands in.
        let mix = |n: u64| {
            let mut z = n.wrapping_add(0x9E37_79B9_7F4A_7C15);
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        };
        let repeated: Vec<u64> = (0..500).map(mix).collect();
        let single: Vec<u64> = (500..20_500).map(mix).collect();
        let mut repeats = super::Repeats::with_room_for(repeated.len() * 2 + single.len());
        for &t in repeated.iter().chain(&single).chain(&repeated) {
            repeats.add(t);
        }
        assert!(repeated.iter().all(|&t| repeats.maybe_twice(t)));
        // A single trigram passes only by a collision.
        let passed = single.iter().filter(|&&t| repeats.maybe_twice(t)).count();
        assert!(passed < single.len() / 4, "{passed}");
    }

    #[test]
    fn keeps_sentences_that_share_only_a_phrase() {
        let s = "The council said it would be consulted on the plan by the regional government.";
        let dump = format!("{PROSE}\n\n{s}");
        assert_eq!(removed_as(&dump, s), None);
        assert!(clean(PROSE).removals.is_empty());
    }
}
