//! The stopword lookup, made for the one question asked of every word of a
//! dump: is this word hash a stopword, and of which languages?
//!
//! A general hash map pays for hashing its key again and for probing
//! groups; this table is a fixed power-of-two array of word hashes with
//! linear probing, filled to at most a quarter, so a lookup is one multiply
//! and, nearly always, one or two loads.

use crate::language::LanguageMask;

/// Word hashes of the stopwords, each with a bit per language.
pub(crate) struct StopwordTable {
    keys: Vec<u64>,
    /// The language bits of `keys[i]`; 0 marks an empty slot, since every
    /// stopword belongs to at least one language.
    masks: Vec<LanguageMask>,
    /// `64 - log2(len)`: the top bits of the mixed hash pick the slot.
    shift: u32,
}

impl StopwordTable {
    /// A table of `(word hash, language bits)`; bits of a hash given twice
    /// are merged.
    pub fn new(entries: &[(u64, LanguageMask)]) -> StopwordTable {
        let len = (entries.len() * 4).next_power_of_two().max(16);
        let mut table = StopwordTable {
            keys: vec![0; len],
            masks: vec![0; len],
            shift: 64 - len.trailing_zeros(),
        };
        for &(hash, bits) in entries.iter().filter(|(_, bits)| *bits != 0) {
            let mut slot = table.slot(hash);
            while table.masks[slot] != 0 && table.keys[slot] != hash {
                slot = (slot + 1) & (len - 1);
            }
            table.keys[slot] = hash;
            table.masks[slot] |= bits;
        }
        table
    }

    fn slot(&self, hash: u64) -> usize {
        (hash.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// The language bits of the word with this hash; 0 when it is no
    /// stopword.
    pub fn get(&self, hash: u64) -> LanguageMask {
        let mut slot = self.slot(hash);
        loop {
            let bits = self.masks[slot];
            if bits == 0 || self.keys[slot] == hash {
                return bits;
            }
            slot = (slot + 1) & (self.masks.len() - 1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_was_put_and_nothing_else() {
        let entries: Vec<(u64, LanguageMask)> = (0..500u64)
            .map(|i| (i.wrapping_mul(0x1234_5678_9ABC_DEF1), 1 << (i % 8)))
            .chain([(42, 1), (42, 2)])
            .collect();
        let table = StopwordTable::new(&entries);
        for &(hash, bits) in &entries[..500] {
            assert_eq!(table.get(hash) & bits, bits);
        }
        assert_eq!(table.get(42), 3);
        assert_eq!(table.get(43), 0);
        assert_eq!(table.get(u64::MAX), 0);
    }
}
