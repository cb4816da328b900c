//! Words as every count, hash and table look-up reads them.
//!
//! One tokenizer for prose ([`words`]: tokens between spaces, trimmed of
//! the punctuation around them) and one for the short lines of share bars
//! and tag lists ([`tokens`]: split at the separators such lines use), so
//! that "how many words" has one answer everywhere.

use std::hash::Hasher;

use rustc_hash::FxHasher;

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
        // A capitalized word of plain ASCII (`The`, `Minister`), most of
        // the words that come here, is lowered a byte at a time.
        if word.is_ascii() {
            let lowered = &mut buffer[..word.len()];
            lowered.copy_from_slice(bytes);
            lowered.make_ascii_lowercase();
            return hash_lowered(lowered);
        }
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
pub(crate) fn hash_lowered(word: &[u8]) -> u64 {
    let mut hasher = FxHasher::default();
    hasher.write(word);
    hasher.finish()
}

/// The words of a block's text, as every word count and word hash reads
/// them: tokens between spaces (normalized block text has no other
/// whitespace), trimmed of the punctuation around them, lone punctuation
/// skipped.
pub(crate) fn words(text: &str) -> Words<'_> {
    Words { text, at: 0 }
}

/// The iterator of [`words`]: a byte loop, which for words this short is
/// cheaper than `split`, whose search for each space goes through memchr.
/// Its `next` is inlined into the loops over words (a closure of
/// `from_fn` was called once a word).
pub(crate) struct Words<'t> {
    text: &'t str,
    at: usize,
}

impl<'t> Iterator for Words<'t> {
    type Item = &'t str;

    #[inline(always)]
    fn next(&mut self) -> Option<&'t str> {
        let bytes = self.text.as_bytes();
        while self.at < bytes.len() {
            while bytes.get(self.at) == Some(&b' ') {
                self.at += 1;
            }
            let start = self.at;
            self.at = next_space(bytes, self.at);
            let word = trim_to_word(&self.text[start..self.at]);
            if !word.is_empty() {
                return Some(word);
            }
        }
        None
    }
}

/// The position of the first space in `bytes` from `at`, or the end.
/// Eight bytes a step: a word is five or six bytes on average, so most
/// words end within the first step.
#[inline(always)]
fn next_space(bytes: &[u8], mut at: usize) -> usize {
    use crate::swar::{HIGH, ONES};
    while let Some(eight) = bytes.get(at..at + 8) {
        let w = crate::swar::load(eight) ^ (ONES * u64::from(b' '));
        // The lowest byte that is zero now was a space; a borrow can
        // only mark bytes above a true zero, so the lowest mark is exact.
        let spaces = w.wrapping_sub(ONES) & !w & HIGH;
        if spaces != 0 {
            return at + crate::swar::lowest_marked(spaces);
        }
        at += 8;
    }
    while at < bytes.len() && bytes[at] != b' ' {
        at += 1;
    }
    at
}

/// A token without the punctuation around it: `“said,` → `said`.
#[inline(always)]
fn trim_to_word(token: &str) -> &str {
    if alnum_at_ends(token.as_bytes()) {
        return token;
    }
    trim_punctuation(token)
}

/// The ASCII letters and digits, by byte.
const ASCII_ALNUM: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// Whether `bytes` start and end with an ASCII letter or digit, so that a
/// trim of punctuation or decoration has nothing to take: two loads of a
/// table and one branch, where two range tests each were two branches
/// (this runs on every word and every block).
#[inline(always)]
pub(crate) fn alnum_at_ends(bytes: &[u8]) -> bool {
    match (bytes.first(), bytes.last()) {
        (Some(&a), Some(&z)) => ASCII_ALNUM[usize::from(a)] & ASCII_ALNUM[usize::from(z)],
        _ => false,
    }
}

/// [`trim_to_word`] of a token with a byte at either end that is not
/// an ASCII letter or digit.
#[inline(never)]
fn trim_punctuation(token: &str) -> &str {
    trim_ends(token, |b| !ASCII_ALNUM[usize::from(b)], not_word_char)
}

/// `text` without the characters at either end that `trimmed` picks
/// (`trimmed_ascii`, the same for an ASCII byte), as `str::trim_matches`
/// gives it, but by hand, a character at each end at a time:
/// `trim_matches` costs a few hundred instructions a call, and
/// `char_indices` decodes more than the one character at the edge it
/// needs. An ASCII byte is a character of its own, told without decoding
/// (the callers' tests are a load of a table).
#[inline(always)]
pub(crate) fn trim_ends(
    text: &str,
    trimmed_ascii: impl Fn(u8) -> bool,
    trimmed: impl Fn(char) -> bool,
) -> &str {
    let bytes = text.as_bytes();
    let mut start = 0;
    while let Some(&b) = bytes.get(start) {
        if b.is_ascii() {
            if !trimmed_ascii(b) {
                break;
            }
            start += 1;
        } else {
            match text[start..].chars().next() {
                Some(c) if trimmed(c) => start += c.len_utf8(),
                _ => break,
            }
        }
    }
    let mut end = text.len();
    while end > start {
        let b = bytes[end - 1];
        if b.is_ascii() {
            if !trimmed_ascii(b) {
                break;
            }
            end -= 1;
        } else {
            match text[start..end].chars().next_back() {
                Some(c) if trimmed(c) => end -= c.len_utf8(),
                _ => break,
            }
        }
    }
    &text[start..end]
}

/// Whether `c` cannot be part of a word. The common cases (ASCII, curly
/// quotes and dashes, and the letters of the most written alphabets and
/// of Chinese, Japanese and Korean) are answered without the Unicode
/// property tables; [`LETTER_RANGES`] lists those letters.
fn not_word_char(c: char) -> bool {
    match c {
        _ if c.is_ascii() => !c.is_ascii_alphanumeric(),
        '\u{2000}'..='\u{206F}' | '«' | '»' | '·' | '¿' | '¡' | '×' | '÷' => true,
        '\u{C0}'..='\u{24F}' => false,
        _ if LETTER_RANGES.iter().any(|r| r.contains(&c)) => false,
        _ => !c.is_alphanumeric(),
    }
}

/// Ranges of letters only, with no unassigned code point among them (a
/// test checks each against the Unicode tables): Cyrillic, Greek, Hebrew
/// and Arabic letters, kana, the main block of Han characters and the
/// Hangul syllables.
const LETTER_RANGES: [std::ops::RangeInclusive<char>; 9] = [
    '\u{0410}'..='\u{044F}',
    '\u{03B1}'..='\u{03C9}',
    '\u{0391}'..='\u{03A1}',
    '\u{05D0}'..='\u{05EA}',
    '\u{0620}'..='\u{064A}',
    '\u{3041}'..='\u{3096}',
    '\u{30A1}'..='\u{30FA}',
    '\u{4E00}'..='\u{9FFF}',
    '\u{AC00}'..='\u{D7A3}',
];

/// How many words `text` holds: the count every rule's word limit reads
/// (`Share: — Facebook` has two). Each of [`words`] counts once, except
/// those in a script written without spaces ([`word_weight`]).
pub(crate) fn count_words(text: &str) -> usize {
    let ascii = text.is_ascii();
    words(text).map(|word| weight_in(word, ascii)).sum()
}

/// [`word_weight`] of a word of a text known to be all ASCII or not: the
/// words of an ASCII text weigh one each, told once for the whole text
/// rather than word by word.
#[inline]
pub(crate) fn weight_in(word: &str, text_is_ascii: bool) -> usize {
    if text_is_ascii {
        1
    } else {
        word_weight(word)
    }
}

/// How many words a token between spaces stands for. Chinese and Japanese
/// put no space between words, nor Thai, Lao, Khmer and Myanmar between
/// the words of a phrase, so a whole sentence of theirs is one token; read
/// as one word, every paragraph in those scripts would look like a label
/// or a menu entry to the rules that count words. So each Han, hiragana
/// or katakana character counts as a word (as word processors count
/// them; Chinese words are one to two characters), and the letters of the
/// Southeast Asian scripts count a word for every
/// [`LETTERS_PER_UNSPACED_WORD`], their vowel and tone marks not counted.
/// A token with none of these is one word.
#[inline]
pub(crate) fn word_weight(word: &str) -> usize {
    // Most words are ASCII, which the standard library tells a word at a
    // time; only the others are read a character at a time.
    if word.is_ascii() {
        return 1;
    }
    unspaced_weight(word)
}

/// [`word_weight`] of a word that may hold characters of a script written
/// without spaces.
fn unspaced_weight(word: &str) -> usize {
    // Accented Latin, Greek, Cyrillic and curly quotes have no byte that
    // can lead a character of these scripts (`E0`-`E1` Thai to Khmer,
    // `E3`-`E9` kana and Han, `F0` the rarer Han).
    if !word
        .bytes()
        .any(|b| matches!(b, 0xE0 | 0xE1 | 0xE3..=0xE9 | 0xF0))
    {
        return 1;
    }
    let (mut ideographs, mut letters) = (0usize, 0usize);
    for c in word.chars() {
        match c {
            '\u{3040}'..='\u{30FF}'
            | '\u{3400}'..='\u{4DBF}'
            | '\u{4E00}'..='\u{9FFF}'
            | '\u{F900}'..='\u{FAFF}'
            | '\u{20000}'..='\u{3134F}' => ideographs += 1,
            '\u{0E01}'..='\u{0E30}'
            | '\u{0E40}'..='\u{0E46}'
            | '\u{0E81}'..='\u{0EB0}'
            | '\u{0EC0}'..='\u{0EC6}'
            | '\u{1000}'..='\u{102A}'
            | '\u{1780}'..='\u{17B3}' => letters += 1,
            _ => {}
        }
    }
    (ideographs + letters.div_ceil(LETTERS_PER_UNSPACED_WORD)).max(1)
}

/// Letters of Thai, Lao, Khmer or Myanmar text per word: a word is one or
/// two syllables, each a consonant or two with a vowel letter at most.
/// Not measured: the development set holds no page in these scripts.
const LETTERS_PER_UNSPACED_WORD: usize = 3;

/// How many pieces between spaces `text` has, lone punctuation included:
/// how long a breadcrumb or a photo credit is, where a `–` or `|` between
/// names takes a place as a word does. Counting [`words`] instead makes
/// more title-and-dash lines pass as crumbs and lowers the dev set's SH F1
/// (measured when the two were made one: -0.0005 on one half).
pub(crate) fn count_pieces(text: &str) -> usize {
    text.split_whitespace().count()
}

/// For each byte, its part in a scan that stops at separators: 1 for each
/// byte of `ascii`, the byte itself for 0xC2 and 0xE2 (the lead bytes of
/// the two- and three-byte separators `·`, `»`, `•`, `›`, `→`: a
/// separator when the bytes after it are the scan's), 0 for any other.
/// One load a byte, where a match on the byte tested the separators in
/// turn; [`tokens`], [`crate::lexicon::first_word`] and the breadcrumb
/// rule's count read it.
pub(crate) const fn separator_table(ascii: &[u8]) -> [u8; 256] {
    let mut table = [0u8; 256];
    let mut k = 0;
    while k < ascii.len() {
        table[ascii[k] as usize] = 1;
        k += 1;
    }
    table[0xC2] = 0xC2;
    table[0xE2] = 0xE2;
    table
}

/// [`separator_table`] of the separators [`tokens`] splits at.
const TOKEN_SEPARATORS: [u8; 256] = separator_table(b" :|/,()[]");

/// Splits a lower-cased line into the tokens share and tag rules read.
pub(crate) fn tokens(lower: &str) -> impl Iterator<Item = &str> {
    let bytes = lower.as_bytes();
    // The separators' widths where one starts at `i`: normalized text has
    // no whitespace but the plain space, and the two non-ASCII separators
    // are `·` (C2 B7) and `•` (E2 80 A2). Bytes, not chars: this runs on
    // every short block.
    let separator = move |i: usize| match TOKEN_SEPARATORS[usize::from(bytes[i])] {
        0 => 0,
        0xC2 if bytes.get(i + 1) == Some(&0xB7) => 2,
        0xE2 if bytes.get(i + 1..i + 3) == Some(&[0x80, 0xA2]) => 3,
        0xC2 | 0xE2 => 0,
        _ => 1,
    };
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < bytes.len() {
            let start = at;
            while at < bytes.len() && separator(at) == 0 {
                at += 1;
            }
            let token = &lower[start..at];
            if at < bytes.len() {
                at += separator(at);
            }
            if !token.is_empty() {
                return Some(token);
            }
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_hashes_are_case_blind() {
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
    fn the_letter_ranges_hold_letters_only() {
        for range in LETTER_RANGES {
            for c in range.clone() {
                assert!(c.is_alphanumeric(), "{:X}", c as u32);
            }
        }
        // And trimming by them is trimming by the Unicode tables.
        for token in [
            "«Привет»",
            "（東京）",
            "«ἀρχή»",
            "“שלום”",
            "—",
            "a",
            "¿Qué?",
        ] {
            let slow = token.trim_matches(|c: char| !c.is_alphanumeric());
            assert_eq!(trim_to_word(token), slow, "{token}");
        }
    }

    #[test]
    fn the_next_space_is_found_in_any_place() {
        let text = "abcdefghij klmnopqrstuvwxyz0123 456789  é ü";
        let bytes = text.as_bytes();
        for at in 0..=bytes.len() {
            let slow = (at..bytes.len())
                .find(|&i| bytes[i] == b' ')
                .unwrap_or(bytes.len());
            assert_eq!(next_space(bytes, at), slow, "{at}");
        }
    }

    #[test]
    fn words_skip_lone_punctuation() {
        assert_eq!(count_words("Share: — Facebook"), 2);
    }

    #[test]
    fn unspaced_scripts_count_by_character() {
        // Han and kana: a word a character, whatever sits beside them.
        assert_eq!(count_words("市议会周二晚上开会。"), 9);
        assert_eq!(count_words("2018年半月谈 APP下载"), 6);
        assert_eq!(count_words("東京で会議が開かれた"), 10);
        // Thai: a word for every three letters, marks not counted
        // (หน้าแรก, "home page": five letters and two marks).
        assert_eq!(count_words("หน้าแรก"), 2);
        // Hangul is written with spaces: a word a token.
        assert_eq!(count_words("서울시 의회가 예산을 논의했다"), 4);
        assert_eq!(count_words("“Curly” – quotes… café"), 3);
    }

    #[test]
    fn tokens_split_at_separators() {
        for text in [
            "share: facebook | twitter · e-mail • (12) [x] a/b,c",
            "  ",
            "über·straße•ça",
            "·•",
        ] {
            let by_chars: Vec<&str> = text
                .split(|c: char| {
                    c == ' '
                        || matches!(c, ':' | '|' | '/' | ',' | '·' | '•' | '(' | ')' | '[' | ']')
                })
                .filter(|t| !t.is_empty())
                .collect();
            assert_eq!(tokens(text).collect::<Vec<_>>(), by_chars, "{text}");
        }
    }
}
