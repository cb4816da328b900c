//! The automaton that finds the chrome phrases in a document's short
//! blocks, made for the one walk it serves: every byte of the lower-cased
//! blocks, every phrase that ends at each byte (overlapping matches).
//!
//! A general automaton (the `aho-corasick` crate's DFA, which this one
//! replaced) pays at each step for its generality: a bounds check on its
//! byte classes, a test for special states, and a search API around them;
//! built for 511 phrases it took 73 million instructions at start-up. This
//! one is a dense Aho-Corasick DFA with the states that end a phrase
//! numbered last, so a step is one load of the byte's class, one add and
//! a mask, one load of the next state, and one comparison that says
//! whether a phrase ends here; it is built in about 13 million
//! instructions. A test checks it against the crate on random texts.

use std::collections::VecDeque;

/// Every phrase of a set of phrases, found wherever it ends.
pub(crate) struct PhraseAutomaton {
    /// The class of each byte: bytes no phrase holds share class 0, and
    /// each other byte has a class of its own.
    classes: [u8; 256],
    /// The next state of state `s` on a byte of class `c` is
    /// `trans[s + c]`: states are numbered by their first transition,
    /// a multiple of the number of classes.
    trans: Box<[u32; CAPACITY]>,
    /// States from this one up end at least one phrase.
    first_match: u32,
    /// The number of classes: the distance between two states' numbers.
    stride: u32,
    /// For the `k`-th state that ends a phrase, `ends[k]` gives the
    /// phrases ending there as (length in bytes, their bits), one entry a
    /// length with the bits of every phrase of that length.
    ends: Vec<Vec<(u32, u8)>>,
}

/// A trie node's missing child, before the failure links fill it in.
const NONE: u32 = u32::MAX;

/// Room for the transitions (states times byte classes), a power of two:
/// a state plus a class is masked into it, which the compiler knows to be
/// in bounds, so a step checks no bound. The tables need 481,593; the
/// rows past them are never written, so their pages are never touched.
const CAPACITY: usize = 1 << 19;

impl PhraseAutomaton {
    /// The automaton of `phrases`, each with its bits (`bits[i]` for
    /// `phrases[i]`). Empty phrases are left out: no rule looks for one.
    pub fn new(phrases: &[&str], bits: &[u8]) -> PhraseAutomaton {
        let mut classes = [0u8; 256];
        let mut used = [false; 256];
        for byte in phrases.iter().flat_map(|p| p.bytes()) {
            used[usize::from(byte)] = true;
        }
        let mut stride = 1usize;
        for (byte, used) in used.iter().enumerate() {
            if *used {
                // UTF-8 never holds 0xC0, 0xC1 or 0xF5 to 0xFF, so
                // classes stay under 256.
                classes[byte] = u8::try_from(stride).expect("at most 243 bytes used");
                stride += 1;
            }
        }
        // The trie: `goto[node * stride + class]`, node 0 the root.
        let mut goto = vec![NONE; stride];
        let mut ends: Vec<Vec<(u32, u8)>> = vec![Vec::new()];
        for (phrase, &bit) in phrases.iter().zip(bits) {
            if phrase.is_empty() {
                continue;
            }
            let mut node = 0usize;
            for byte in phrase.bytes() {
                let slot = node * stride + usize::from(classes[usize::from(byte)]);
                if goto[slot] == NONE {
                    goto[slot] = u32::try_from(ends.len()).expect("phrase tables are small");
                    goto.resize(goto.len() + stride, NONE);
                    ends.push(Vec::new());
                }
                node = goto[slot] as usize;
            }
            add_end(&mut ends[node], phrase.len() as u32, bit);
        }
        // Failure links, breadth first: a node's missing transitions are
        // those of its failure node, complete by then since it is
        // shallower, and it ends every phrase its failure node ends.
        let mut fail = vec![0u32; ends.len()];
        let mut queue = VecDeque::new();
        for slot in &mut goto[..stride] {
            match *slot {
                NONE => *slot = 0,
                child => queue.push_back(child),
            }
        }
        // The failure node's row, copied out so that the node's own row can
        // be walked beside it as zipped slices (8,449 rows of 57).
        let mut via = vec![0u32; stride];
        while let Some(node) = queue.pop_front() {
            let node = node as usize;
            let fail_row = fail[node] as usize * stride;
            via.copy_from_slice(&goto[fail_row..fail_row + stride]);
            for (slot, &via_fail) in goto[node * stride..(node + 1) * stride]
                .iter_mut()
                .zip(&via)
            {
                match *slot {
                    NONE => *slot = via_fail,
                    child => {
                        fail[child as usize] = via_fail;
                        let inherited = ends[via_fail as usize].clone();
                        for (len, bit) in inherited {
                            add_end(&mut ends[child as usize], len, bit);
                        }
                        queue.push_back(child);
                    }
                }
            }
        }
        // Numbered anew: the states that end no phrase first, then those
        // that do, so a comparison tells them apart.
        let order: Vec<usize> = (0..ends.len())
            .filter(|&n| ends[n].is_empty())
            .chain((0..ends.len()).filter(|&n| !ends[n].is_empty()))
            .collect();
        let mut number = vec![0u32; ends.len()];
        for (new, &old) in order.iter().enumerate() {
            number[old] = u32::try_from(new * stride).expect("phrase tables are small");
        }
        assert!(
            goto.len() <= CAPACITY,
            "the phrase tables outgrew the automaton: raise CAPACITY past {}",
            goto.len()
        );
        let mut trans: Box<[u32; CAPACITY]> = vec![0; CAPACITY]
            .into_boxed_slice()
            .try_into()
            .expect("a vector of CAPACITY");
        for (row, &old) in trans.chunks_exact_mut(stride).zip(&order) {
            let from = &goto[old * stride..(old + 1) * stride];
            for (to, &next) in row.iter_mut().zip(from) {
                *to = number[next as usize];
            }
        }
        let non_matching = ends.iter().filter(|e| e.is_empty()).count();
        let mut ends: Vec<Vec<(u32, u8)>> = order[non_matching..]
            .iter()
            .map(|&old| std::mem::take(&mut ends[old]))
            .collect();
        ends.shrink_to_fit();
        PhraseAutomaton {
            classes,
            trans,
            // With no state that ends a phrase, no state reaches it.
            first_match: u32::try_from(non_matching * stride).expect("phrase tables are small"),
            stride: stride as u32,
            ends,
        }
    }

    /// The state before any byte (the root, numbered 0 as it ends no
    /// phrase).
    pub fn start(&self) -> u32 {
        0
    }

    /// The state after `byte` from `state`.
    #[inline(always)]
    pub fn next(&self, state: u32, byte: u8) -> u32 {
        self.trans[(state + u32::from(self.classes[usize::from(byte)])) as usize & (CAPACITY - 1)]
    }

    /// Whether some phrase ends at `state`.
    #[inline(always)]
    pub fn ends_phrase(&self, state: u32) -> bool {
        state >= self.first_match
    }

    /// The phrases ending at `state`, one of [`Self::ends_phrase`]: (length
    /// in bytes, bits of every phrase of that length).
    pub fn ends(&self, state: u32) -> &[(u32, u8)] {
        &self.ends[((state - self.first_match) / self.stride) as usize]
    }
}

/// Adds a phrase of `len` bytes and bits `bit` to a state's ends, merging
/// the bits of phrases of the same length (they start at the same byte,
/// so every test of a match reads them alike).
fn add_end(ends: &mut Vec<(u32, u8)>, len: u32, bit: u8) {
    match ends.iter_mut().find(|(l, _)| *l == len) {
        Some((_, bits)) => *bits |= bit,
        None => ends.push((len, bit)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, MatchKind};

    /// Every (end, length, bits) the automaton reports over `text`,
    /// sorted.
    fn found(automaton: &PhraseAutomaton, text: &str) -> Vec<(usize, u32, u8)> {
        let mut state = automaton.start();
        let mut out = Vec::new();
        for (at, &byte) in text.as_bytes().iter().enumerate() {
            state = automaton.next(state, byte);
            if automaton.ends_phrase(state) {
                out.extend(automaton.ends(state).iter().map(|&(l, b)| (at + 1, l, b)));
            }
        }
        out.sort_unstable();
        out
    }

    /// The same, from the `aho-corasick` crate's overlapping search.
    fn found_by_crate(phrases: &[&str], bits: &[u8], text: &str) -> Vec<(usize, u32, u8)> {
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(phrases)
            .expect("small");
        let mut merged: Vec<(usize, u32, u8)> = Vec::new();
        for m in ac.find_overlapping_iter(text) {
            let (end, len) = (m.end(), m.len() as u32);
            match merged.iter_mut().find(|(e, l, _)| *e == end && *l == len) {
                Some((_, _, b)) => *b |= bits[m.pattern().as_usize()],
                None => merged.push((end, len, bits[m.pattern().as_usize()])),
            }
        }
        merged.sort_unstable();
        merged
    }

    const PHRASES: [&str; 9] = [
        "we use cookies",
        "cookies",
        "use",
        "sign up",
        "sign up for",
        "für",
        "üb",
        "he",
        "she",
    ];
    const BITS: [u8; 9] = [1, 2, 4, 8, 16, 32, 64, 128, 2];

    #[test]
    fn finds_every_phrase_where_it_ends() {
        let automaton = PhraseAutomaton::new(&PHRASES, &BITS);
        let text = "we use cookies. she said: sign up for it, für über he";
        assert_eq!(
            found(&automaton, text),
            found_by_crate(&PHRASES, &BITS, text)
        );
        assert!(!found(&automaton, text).is_empty());
        assert!(found(&automaton, "nothing at all").is_empty());
    }

    #[test]
    fn no_phrases_find_nothing() {
        let automaton = PhraseAutomaton::new(&[], &[]);
        assert!(found(&automaton, "any text").is_empty());
        let automaton = PhraseAutomaton::new(&[""], &[1]);
        assert!(found(&automaton, "any text").is_empty());
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_the_crate(text in "(we |use |cookies|sign |up |for |f|ü|r|b|s|he|\\n|x){0,30}") {
            let automaton = PhraseAutomaton::new(&PHRASES, &BITS);
            proptest::prop_assert_eq!(
                found(&automaton, &text),
                found_by_crate(&PHRASES, &BITS, &text)
            );
        }
    }
}
