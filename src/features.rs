//! Facts about each block, computed once and read by every rule.
//!
//! Rules ask the same questions again and again (how many words, does it
//! end a sentence, what is it in lower case); answering them here keeps each
//! rule short and the per-block cost paid once.

use crate::document::{Block, Document};

use crate::language::LanguageMask;
use crate::lexicon::{lexicon, Lexicon, LineSet, PhraseSet, Prefixes};
use crate::shapes::{count_digits, ends_sentence, ends_unmarked_sentence};
use crate::words::{hash_lowered, weight_in, word_hash, words};
use crate::Language;

/// What the rules know about one block.
#[derive(Debug, Clone)]
pub(crate) struct Features<'d> {
    /// The block's text in lower case; empty for blocks over
    /// [`crate::document::SHORT_BLOCK_BYTES`].
    pub lower: &'d str,
    /// Whitespace-separated tokens holding at least one letter or digit,
    /// a token in a script written without spaces counting as the words
    /// it holds ([`crate::words::count_words`]).
    pub words: usize,
    /// The range of the block's words in [`Analysis::word_hashes`]
    /// (`u32`, as every position in a text chaff reads).
    pub word_hashes: std::ops::Range<u32>,
    /// Words that are stopwords of the dump's language (0 when the
    /// language is unknown or the block is under [`MIN_DENSITY_BYTES`]).
    pub stopwords: usize,
    /// Bits of the [`crate::lexicon::PhraseSet`] tables with a phrase in
    /// `lower`.
    pub phrases: u8,
    /// Bits of the [`crate::lexicon::LineSet`] tables that hold `lower`
    /// as a whole line.
    pub lines: u8,
    /// What the block's first word is known for
    /// ([`crate::lexicon::Lexicon::prefix_bits`]): the bits of the prefix
    /// tables with phrases that start with it, and whether it may open a
    /// relative time or a line of the whole-line tables. One lookup, read
    /// by every rule that asks about the first word.
    pub prefix_tables: u8,
    /// ASCII digits in the block's text: counted once here for the rules
    /// that ask whether a block holds a number and the page measures that
    /// count them.
    pub digits: u32,
    /// Share of the text that was link text (markdown dumps).
    pub link_density: f64,
    /// The block's text is all ASCII (so it holds no `©`, no curly quote).
    pub ascii: bool,
    /// The block ends like a sentence: `.`, `!`, `?` or `…`, maybe inside
    /// closing quotes or brackets.
    pub ends_sentence: bool,
}

/// Fewest words of a paragraph of prose.
pub(crate) const PROSE_WORDS: usize = 20;

impl Features<'_> {
    /// A block is prose when it is long enough to be a paragraph and ends
    /// like a sentence: the shape of body text.
    pub fn is_prose(&self) -> bool {
        self.words >= PROSE_WORDS && self.ends_sentence
    }

    /// A block reads as text, not as an entry of a menu, when it ends like
    /// a sentence or is a paragraph's length.
    pub fn reads_as_text(&self) -> bool {
        self.ends_sentence || self.words >= PROSE_WORDS
    }

    /// Whether the block may start with a phrase of `table`: when false,
    /// looking is wasted.
    pub fn may_start(&self, table: &Prefixes) -> bool {
        self.prefix_tables & table.bit() != 0
    }

    /// Whether the block is a line of `set`.
    pub fn is(&self, set: LineSet) -> bool {
        self.lines & set.bit() != 0
    }

    /// Whether the block holds a phrase of `set`.
    pub fn has(&self, set: PhraseSet) -> bool {
        self.phrases & set.bit() != 0
    }

    /// Share of the words that are stopwords.
    pub fn stopword_density(&self) -> f64 {
        if self.words == 0 {
            0.0
        } else {
            self.stopwords as f64 / self.words as f64
        }
    }
}

/// No rule looks for a chrome phrase in a block longer than this, in
/// words (the longest are cookie banners and legal disclaimers).
const MAX_PHRASE_WORDS: usize = 150;

/// Blocks shorter than this (in bytes) are too short for their stopword
/// density to say anything: their stopwords are not counted, and they do
/// not vote on the dump's language.
pub(crate) const MIN_DENSITY_BYTES: usize = 70;

/// Hashes a block's words into `hashes` and, for a block long enough for
/// its density to count, tallies its stopwords per language. Returns the
/// number of words, as [`crate::words::count_words`] counts them; `ascii`
/// says whether the block's text is all ASCII, which the caller knows.
/// `counts` has a place for each of `lex`'s languages (`N`, a constant,
/// so that the tally below is unrolled).
pub(crate) fn hash_words<const N: usize>(
    lex: &Lexicon,
    text: &str,
    lowered: bool,
    ascii: bool,
    hashes: &mut Vec<u64>,
    mut counts: Option<&mut [usize; N]>,
) -> usize {
    let mut count = 0;
    let mut tally = LaneTally::default();
    for word in words(text) {
        count += weight_in(word, ascii);
        let hash = if lowered {
            hash_lowered(word.as_bytes())
        } else {
            word_hash(word)
        };
        hashes.push(hash);
        // Most words are longer than any stopword: they skip the lookup.
        if let Some(counts) = counts.as_deref_mut() {
            if word.len() <= lex.longest_stopword {
                tally.add(lex.stopwords.get(hash), counts);
            }
        }
    }
    if let Some(counts) = counts {
        tally.flush(counts);
    }
    count
}

/// Stopword masks tallied a byte per language: each mask adds its bits,
/// spread one to a byte, to two words of eight lanes, and the lanes go to
/// the counts before any can overflow. Adding a mask is then two loads
/// and two adds, where a count per language was a loop over the
/// languages for every stopword.
#[derive(Default)]
struct LaneTally {
    lanes: [u64; 2],
    /// Masks added since the lanes were last emptied.
    added: u8,
}

/// Each byte value with its bits spread one to a byte: bit `i` of the
/// index is the lowest bit of byte `i`.
const SPREAD: [u64; 256] = {
    let mut table = [0u64; 256];
    let mut value = 0;
    while value < 256 {
        let mut bit = 0;
        while bit < 8 {
            if value >> bit & 1 == 1 {
                table[value] |= 1 << (8 * bit);
            }
            bit += 1;
        }
        value += 1;
    }
    table
};

impl LaneTally {
    fn add<const N: usize>(&mut self, mask: LanguageMask, counts: &mut [usize; N]) {
        if mask == 0 {
            return;
        }
        let [low, high] = mask.to_le_bytes();
        self.lanes[0] += SPREAD[usize::from(low)];
        self.lanes[1] += SPREAD[usize::from(high)];
        self.added += 1;
        if self.added == u8::MAX {
            self.flush(counts);
        }
    }

    /// Adds the lanes to `counts` (language `i` in lane `i`) and empties
    /// them.
    fn flush<const N: usize>(&mut self, counts: &mut [usize; N]) {
        for (i, count) in counts.iter_mut().enumerate() {
            *count += (self.lanes[i / 8] >> (8 * (i % 8)) & 0xFF) as usize;
        }
        *self = LaneTally::default();
    }
}

/// What the rules read of a document: each block's features, the hash of
/// every word, and the dump's language.
pub(crate) struct Analysis<'d> {
    pub feats: Vec<Features<'d>>,
    /// Every block's word hashes ([`word_hash`]), one block after another;
    /// [`Features::word_hashes`] is a block's range.
    pub word_hashes: Vec<u64>,
    pub language: Option<Language>,
}

/// The features of every block of `doc`, in block order, and the dump's
/// language (`language` when the caller names one, else detected).
pub(crate) fn compute(doc: &Document, language: Option<Language>) -> Analysis<'_> {
    let mut totals = [0usize; Language::COUNT];
    let mut total_words = 0;
    // Stopword counts of the blocks long enough to have them, by block
    // index: kept aside until the language is known, and only for those
    // blocks, so that a dump of many short lines pays nothing for them.
    let mut counts: Vec<(usize, [usize; Language::COUNT])> = Vec::new();
    // About one word in six bytes of prose, and at least one a block.
    let mut word_hashes = Vec::with_capacity((doc.text.len() / 6).max(doc.blocks.len()));
    let mut feats: Vec<Features<'_>> = Vec::with_capacity(doc.blocks.len());
    let mut bracketed = vec![false; doc.blocks.len()];
    doc.mark_short_blocks(
        memchr::memchr_iter(b'(', doc.lowers().as_bytes()),
        &mut bracketed,
    );
    for (i, block) in doc.blocks.iter().enumerate() {
        let (f, block_counts) = features_of(
            block,
            doc.block_text(i),
            doc.block_lower(i),
            doc.block_is_ascii(i),
            bracketed[i],
            &mut word_hashes,
        );
        if block_counts.iter().any(|&c| c > 0) {
            for (t, c) in totals.iter_mut().zip(block_counts) {
                *t += c;
            }
            counts.push((i, block_counts));
        }
        total_words += f.words;
        feats.push(f);
    }
    let language = language.or_else(|| crate::language::detect(&totals, total_words));
    if let Some(l) = language {
        for (i, c) in counts {
            feats[i].stopwords = c[l.index()];
        }
    }
    let phrases = lexicon().phrase_bits_per_span(doc.lowers(), doc.lower_spans());
    for (f, bits) in feats.iter_mut().zip(phrases) {
        if f.words <= MAX_PHRASE_WORDS {
            f.phrases = bits;
        }
    }
    Analysis {
        feats,
        word_hashes,
        language,
    }
}

/// A block's features, its stopwords still uncounted, and its stopword
/// counts per language; `ascii` says whether `text` is all ASCII,
/// `bracketed` whether `lower` holds a `(`.
fn features_of<'d>(
    block: &Block,
    text: &str,
    lower: &'d str,
    ascii: bool,
    bracketed: bool,
    word_hashes: &mut Vec<u64>,
) -> (Features<'d>, [usize; Language::COUNT]) {
    let mut counts = [0usize; Language::COUNT];
    let first_hash = word_hashes.len();
    let tally = (text.len() >= MIN_DENSITY_BYTES).then_some(&mut counts);
    // The lower case of an ASCII text is ASCII; of another, its words are
    // weighed one by one, which gives an ASCII word its one.
    let words = if lower.is_empty() {
        hash_words(lexicon(), text, false, ascii, word_hashes, tally)
    } else {
        hash_words(lexicon(), lower, true, ascii, word_hashes, tally)
    };
    let lex = lexicon();
    let prefix_tables = lex.prefix_bits(lower);
    let features = Features {
        phrases: 0,
        lines: lex.line_bits_given(lower, prefix_tables, bracketed),
        prefix_tables,
        lower,
        words,
        word_hashes: first_hash as u32..word_hashes.len() as u32,
        stopwords: 0,
        digits: count_digits(text) as u32,
        link_density: if text.is_empty() {
            0.0
        } else {
            block.link_bytes as f64 / text.len() as f64
        },
        ascii,
        ends_sentence: ends_sentence(text) || ends_unmarked_sentence(text, words),
    };
    (features, counts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stopwords_are_counted_per_language() {
        let (mut counts, mut hashes) = ([0; Language::COUNT], Vec::new());
        let lex = lexicon();
        let words = hash_words(
            lex,
            "The mayor said that the vote, and the plan.",
            false,
            true,
            &mut hashes,
            Some(&mut counts),
        );
        assert_eq!((words, hashes.len(), counts[0]), (9, 9, 6));
        let mut counts = [0; Language::COUNT];
        hash_words(
            lex,
            "Der Rat hat über die Straße und den Plan beraten.",
            false,
            false,
            &mut hashes,
            Some(&mut counts),
        );
        let mut lowered = Vec::new();
        hash_words::<0>(
            lex,
            "der rat hat über die straße",
            true,
            false,
            &mut lowered,
            None,
        );
        assert_eq!(lowered[..], hashes[hashes.len() - 10..hashes.len() - 4]);
        assert!(counts[1] >= 5 && counts[1] > counts[0]);
    }

    #[test]
    fn lane_tallies_agree_with_a_count_per_word_past_overflow() {
        let lex = lexicon();
        let text = "the der und la of de ".repeat(200);
        let mut counts = [0; Language::COUNT];
        hash_words(lex, &text, false, true, &mut Vec::new(), Some(&mut counts));
        let mut expected = [0; Language::COUNT];
        for word in words(&text) {
            let mask = lex.stopwords.get(word_hash(word));
            for (i, count) in expected.iter_mut().enumerate() {
                *count += usize::from(mask >> i & 1);
            }
        }
        assert_eq!(counts, expected);
        assert!(expected.iter().any(|&c| c > 255));
    }
}
