//! Word lookups by hash, made for the questions asked of every word or
//! every block of a dump: is this word a stopword, and of which
//! languages ([`crate::lexicon::Lexicon::stopwords`]); what are the
//! phrases that start with a block's first word known for
//! ([`crate::lexicon::Lexicon::prefix_bits`]).
//!
//! A general hash map pays for hashing its key again, for probing groups
//! and for comparing the key's bytes; this table is a fixed power-of-two
//! array of word hashes ([`crate::words::hash_lowered`]) with linear
//! probing, filled to at most a quarter, so a lookup is one multiply and,
//! nearly always, one or two loads. It keeps no words: two words with the
//! same 64-bit hash are one to it.

use std::ops::BitOrAssign;

/// Word hashes, each with bits that say what the word is.
pub(crate) struct WordTable<B> {
    keys: Vec<u64>,
    /// The bits of `keys[i]`; 0 marks an empty slot, so a word is put in
    /// with at least one bit.
    masks: Vec<B>,
    /// `64 - log2(len)`: the top bits of the mixed hash pick the slot.
    shift: u32,
}

impl<B: Copy + Default + PartialEq + BitOrAssign> WordTable<B> {
    /// A table of `(word hash, bits)`; bits of a hash given twice are
    /// merged, and entries without bits are left out.
    pub fn new(entries: &[(u64, B)]) -> WordTable<B> {
        let len = (entries.len() * 4).next_power_of_two().max(16);
        let empty = B::default();
        let mut table = WordTable {
            keys: vec![0; len],
            masks: vec![empty; len],
            shift: 64 - len.trailing_zeros(),
        };
        for &(hash, bits) in entries.iter().filter(|(_, bits)| *bits != empty) {
            let mut slot = table.slot(hash);
            while table.masks[slot] != empty && table.keys[slot] != hash {
                slot = (slot + 1) & (len - 1);
            }
            table.keys[slot] = hash;
            table.masks[slot] |= bits;
        }
        table
    }

    fn slot(&self, hash: u64) -> usize {
        slot(hash, self.shift)
    }

    /// The bits of the word with this hash; none when it was not put in.
    pub fn get(&self, hash: u64) -> B {
        let mut slot = self.slot(hash);
        loop {
            let bits = self.masks[slot];
            if bits == B::default() || self.keys[slot] == hash {
                return bits;
            }
            slot = (slot + 1) & (self.masks.len() - 1);
        }
    }
}

/// The slot of `hash` in a table of `2^(64 - shift)` slots: the top bits
/// of the hash times 2^64 over the golden ratio, which spreads hashes that
/// differ in a few bits over the whole table.
pub(crate) fn slot(hash: u64, shift: u32) -> usize {
    (hash.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> shift) as usize
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::LanguageMask;

    #[test]
    fn finds_what_was_put_and_nothing_else() {
        let entries: Vec<(u64, LanguageMask)> = (0..500u64)
            .map(|i| (i.wrapping_mul(0x1234_5678_9ABC_DEF1), 1 << (i % 8)))
            .chain([(42, 1), (42, 2)])
            .collect();
        let table = WordTable::new(&entries);
        for &(hash, bits) in &entries[..500] {
            assert_eq!(table.get(hash) & bits, bits);
        }
        assert_eq!(table.get(42), 3);
        assert_eq!(table.get(43), 0);
        assert_eq!(table.get(u64::MAX), 0);
    }
}
