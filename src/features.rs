//! Facts about each block, computed once and read by every rule.
//!
//! Rules ask the same questions again and again (how many words, does it
//! end a sentence, what is it in lower case); answering them here keeps each
//! rule short and the per-block cost paid once.

use crate::document::{Block, Document};
use std::hash::Hasher;

use rustc_hash::FxHasher;

use crate::lexicon::{lexicon, LineSet, PhraseSet, Prefixes};
use crate::Language;

/// What the rules know about one block.
#[derive(Debug, Clone)]
pub(crate) struct Features<'d> {
    /// The block's text in lower case; empty for blocks over
    /// [`crate::document::SHORT_BLOCK_BYTES`].
    pub lower: &'d str,
    /// Whitespace-separated tokens holding at least one letter or digit.
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
    /// Bits of the prefix tables with phrases that start with the block's
    /// first word ([`crate::lexicon::Lexicon::prefix_bits`]).
    pub prefix_tables: u8,
    /// Share of the text that was link text (markdown dumps).
    pub link_density: f64,
    /// The block's text is all ASCII (so it holds no `©`, no curly quote).
    pub ascii: bool,
    /// The block ends like a sentence: `.`, `!`, `?` or `…`, maybe inside
    /// closing quotes or brackets.
    pub ends_sentence: bool,
}

impl Features<'_> {
    /// A block is prose when it is long enough to be a paragraph and ends
    /// like a sentence: the shape of body text.
    pub fn is_prose(&self) -> bool {
        self.words >= 20 && self.ends_sentence
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

/// A word's hash, case-blind: the same for `The`, `THE` and `the`. Words
/// are compared through it (stopwords, pull quotes, repeats), so that each
/// word is lower-cased and hashed once.
pub(crate) fn word_hash(word: &str) -> u64 {
    let bytes = word.as_bytes();
    if !bytes.iter().any(|b| b.is_ascii_uppercase() || *b >= 0x80) {
        return hash_lowered(bytes);
    }
    // Lowered on the stack, not in a String: the lower case of a word is at
    // most half again as long (`case::lower_each`), so one of up to
    // `STACK_WORD_BYTES` fits the buffer. A longer one (a URL, a run of
    // digits) is lowered into a String.
    if word.len() <= STACK_WORD_BYTES {
        let mut buffer = [0u8; STACK_WORD_BYTES * 3 / 2];
        let mut len = 0;
        crate::case::lower_str(word, |l| len += l.encode_utf8(&mut buffer[len..]).len());
        return hash_lowered(&buffer[..len]);
    }
    let mut lowered = String::with_capacity(word.len());
    crate::case::lower_str(word, |l| lowered.push(l));
    hash_lowered(lowered.as_bytes())
}

/// Longest word lowered on the stack by [`word_hash`], in bytes.
const STACK_WORD_BYTES: usize = 42;

/// The hash of a word already in lower case: Fx hashing, eight bytes a
/// step.
fn hash_lowered(word: &[u8]) -> u64 {
    let mut hasher = FxHasher::default();
    hasher.write(word);
    hasher.finish()
}

/// Hashes a block's words into `hashes` and, for a block long enough for
/// its density to count, tallies its stopwords per language. Returns the
/// number of words.
fn hash_words(
    text: &str,
    lowered: bool,
    hashes: &mut Vec<u64>,
    mut counts: Option<&mut [usize; 8]>,
) -> usize {
    let start = hashes.len();
    let lex = lexicon();
    for word in words(text) {
        let hash = if lowered {
            hash_lowered(word.as_bytes())
        } else {
            word_hash(word)
        };
        hashes.push(hash);
        // Most words are longer than any stopword: they skip the lookup.
        if let Some(counts) = counts.as_deref_mut() {
            if word.len() <= lex.longest_stopword {
                let mask = lex.stopwords.get(hash);
                if mask != 0 {
                    for (i, count) in counts.iter_mut().enumerate() {
                        *count += usize::from(mask >> i & 1);
                    }
                }
            }
        }
    }
    hashes.len() - start
}

/// The words of a block's text, as every word count and word hash reads
/// them: tokens between spaces (normalized block text has no other
/// whitespace), trimmed of the punctuation around them, lone punctuation
/// skipped.
pub(crate) fn words(text: &str) -> impl Iterator<Item = &str> {
    // A byte loop: for words this short it is cheaper than `split`, whose
    // search for each space goes through memchr.
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < bytes.len() {
            while bytes.get(at) == Some(&b' ') {
                at += 1;
            }
            let start = at;
            while at < bytes.len() && bytes[at] != b' ' {
                at += 1;
            }
            let word = trim_to_word(&text[start..at]);
            if !word.is_empty() {
                return Some(word);
            }
        }
        None
    })
}

/// A token without the punctuation around it: `“said,` → `said`.
fn trim_to_word(token: &str) -> &str {
    let bytes = token.as_bytes();
    if let (Some(a), Some(z)) = (bytes.first(), bytes.last()) {
        if a.is_ascii_alphanumeric() && z.is_ascii_alphanumeric() {
            return token;
        }
    }
    // By hand: `trim_matches` costs a few hundred instructions a call.
    let start = token
        .char_indices()
        .find(|&(_, c)| !not_word_char(c))
        .map_or(token.len(), |(i, _)| i);
    let token = &token[start..];
    let end = token
        .char_indices()
        .rev()
        .find(|&(_, c)| !not_word_char(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    &token[..end]
}

/// Whether `c` cannot be part of a word. The common cases (ASCII, curly
/// quotes and dashes, accented Latin letters) are answered without the
/// Unicode property tables.
fn not_word_char(c: char) -> bool {
    match c {
        _ if c.is_ascii() => !c.is_ascii_alphanumeric(),
        '\u{2000}'..='\u{206F}' | '«' | '»' | '·' | '¿' | '¡' | '×' | '÷' => true,
        '\u{C0}'..='\u{24F}' => false,
        _ => !c.is_alphanumeric(),
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
    let mut totals = [0usize; 8];
    let mut total_words = 0;
    // Stopword counts of the blocks long enough to have them, by block
    // index: kept aside until the language is known, and only for those
    // blocks, so that a dump of many short lines pays nothing for them.
    let mut counts: Vec<(usize, [usize; 8])> = Vec::new();
    // About one word in six bytes of prose, and at least one a block.
    let mut word_hashes = Vec::with_capacity((doc.text.len() / 6).max(doc.blocks.len()));
    let mut feats: Vec<Features<'_>> = Vec::with_capacity(doc.blocks.len());
    for (i, block) in doc.blocks.iter().enumerate() {
        let (f, block_counts) = features_of(
            block,
            doc.block_text(i),
            doc.block_lower(i),
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
/// counts per language.
fn features_of<'d>(
    block: &Block,
    text: &str,
    lower: &'d str,
    word_hashes: &mut Vec<u64>,
) -> (Features<'d>, [usize; 8]) {
    let mut counts = [0usize; 8];
    let first_hash = word_hashes.len();
    let tally = (text.len() >= MIN_DENSITY_BYTES).then_some(&mut counts);
    let words = if lower.is_empty() {
        hash_words(text, false, word_hashes, tally)
    } else {
        hash_words(lower, true, word_hashes, tally)
    };
    let lex = lexicon();
    let features = Features {
        phrases: 0,
        lines: lex.line_bits(lower),
        prefix_tables: lex.prefix_bits(lower),
        lower,
        words,
        word_hashes: first_hash as u32..word_hashes.len() as u32,
        stopwords: 0,
        link_density: if text.is_empty() {
            0.0
        } else {
            block.link_bytes as f64 / text.len() as f64
        },
        ascii: text.is_ascii(),
        ends_sentence: ends_sentence(text),
    };
    (features, counts)
}

pub(crate) fn count_words(text: &str) -> usize {
    text.split_ascii_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Longest source tag after a sentence: `... war. (The Guardian/Z-2)`.
const MAX_SOURCE_TAG_BYTES: usize = 40;

pub(crate) fn ends_sentence(text: &str) -> bool {
    let closed = |t: &str| {
        t.trim_end_matches(['"', '”', '’', '\'', '»', ')', ']', '*'])
            .ends_with(['.', '!', '?', '…', '。', '！', '？'])
    };
    if closed(text) {
        return true;
    }
    // A source tag in brackets after the last sentence.
    match text
        .strip_suffix(')')
        .and_then(|t| t.rfind('(').map(|open| &t[..open]))
    {
        Some(before) if text.len() - before.len() <= MAX_SOURCE_TAG_BYTES => {
            closed(before.trim_end())
        }
        _ => false,
    }
}

/// FNV-1a over the lower-cased letters and digits.
pub(crate) fn content_key(text: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut mix = |c: u32| {
        hash ^= u64::from(c);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    };
    if text.is_ascii() {
        for b in text.bytes().filter(u8::is_ascii_alphanumeric) {
            mix(u32::from(b.to_ascii_lowercase()));
        }
        return hash;
    }
    for c in text.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                mix(u32::from(c.to_ascii_lowercase()));
            }
        } else if c.is_alphanumeric() {
            c.to_lowercase().for_each(|l| mix(u32::from(l)));
        }
    }
    hash
}

/// Whether the lower-cased text holds a full calendar date: `november 12,
/// 2019`, `12 november 2019`, `12. märz 2020`, `20 de junio de 2019`,
/// `12.03.2020`, `2020-03-12`.
pub(crate) fn contains_date(lower: &str) -> bool {
    if !lower.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let months = &lexicon().months;
    let mut window: [&str; 3] = [""; 3];
    for token in lower
        .split(|c: char| c.is_whitespace() || c == ',')
        .map(|t| t.trim_matches(|c: char| matches!(c, '.' | '(' | ')' | '[' | ']')))
        .filter(|t| !t.is_empty() && !matches!(*t, "de" | "del" | "of" | "the"))
    {
        if is_numeric_date(token) {
            return true;
        }
        window = [window[1], window[2], token];
        let [a, b, c] = window;
        if is_year(c) && ((months.contains(a) && is_day(b)) || (is_day(a) && months.contains(b))) {
            return true;
        }
    }
    false
}

fn is_day(t: &str) -> bool {
    let t = t.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    t.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
}

fn is_year(t: &str) -> bool {
    t.len() == 4 && t.parse::<u16>().is_ok_and(|y| (1800..=2100).contains(&y))
}

fn is_numeric_date(t: &str) -> bool {
    // Called for every token of a block with a digit: no allocation, and
    // most tokens fail on their first byte.
    if !t.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let mut parts = t.split(['.', '/', '-']);
    let (Some(a), Some(b), Some(c), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    if ![a, b, c]
        .iter()
        .all(|p| p.bytes().all(|b| b.is_ascii_digit()))
    {
        return false;
    }
    (is_year(a) && b.len() <= 2 && c.len() <= 2 && !b.is_empty())
        || (is_day(a) && b.len() <= 2 && !b.is_empty() && is_year(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stopwords_are_counted_per_language() {
        let (mut counts, mut hashes) = ([0; 8], Vec::new());
        let words = hash_words(
            "The mayor said that the vote, and the plan.",
            false,
            &mut hashes,
            Some(&mut counts),
        );
        assert_eq!((words, hashes.len(), counts[0]), (9, 9, 6));
        let mut counts = [0; 8];
        hash_words(
            "Der Rat hat über die Straße und den Plan beraten.",
            false,
            &mut hashes,
            Some(&mut counts),
        );
        let mut lowered = Vec::new();
        hash_words("der rat hat über die straße", true, &mut lowered, None);
        assert_eq!(lowered[..], hashes[hashes.len() - 10..hashes.len() - 4]);
        assert!(counts[1] >= 5 && counts[1] > counts[0]);
        assert_eq!(word_hash("Über"), word_hash("über"));
        assert_eq!(word_hash("The"), word_hash("the"));
        // Lowered as blocks are, a character at a time: no final sigma.
        assert_eq!(word_hash("ΟΔΟΣ"), hash_lowered("οδοσ".as_bytes()));
        let longest_on_stack = "İ".repeat(STACK_WORD_BYTES / 2);
        assert_eq!(
            word_hash(&longest_on_stack),
            hash_lowered(longest_on_stack.to_lowercase().as_bytes())
        );
        let long = "Ä".repeat(40);
        assert_eq!(word_hash(&long), hash_lowered("ä".repeat(40).as_bytes()));
    }

    #[test]
    fn words_are_the_trimmed_tokens_between_spaces() {
        for text in [
            "",
            " ",
            "a",
            "  a  b ",
            "“said,” — he.",
            "-- x --",
            "é ü  ß",
        ] {
            let by_split: Vec<&str> = text
                .split(' ')
                .map(trim_to_word)
                .filter(|w| !w.is_empty())
                .collect();
            assert_eq!(words(text).collect::<Vec<_>>(), by_split, "{text:?}");
        }
    }

    #[test]
    fn words_skip_lone_punctuation() {
        assert_eq!(count_words("Share: — Facebook"), 2);
    }

    #[test]
    fn sentence_endings() {
        assert!(ends_sentence("He left."));
        assert!(ends_sentence("“He left.”"));
        assert!(ends_sentence("Really?)"));
        assert!(ends_sentence("A full-blown conflict. (The Guardian/Z-2)"));
        assert!(!ends_sentence("Hamas leader Yahya Sinwar (Al-Jazeera Doc)"));
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
