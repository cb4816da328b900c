//! Text normalization before anything is read.
//!
//! Scraped dumps mix line-ending conventions, carry NBSPs and zero-width
//! characters from HTML, and sometimes hold control characters or a BOM.
//! Rules should see one clean form, so this step makes it once:
//!
//! - every line terminator becomes LF: CRLF, CR, and the ones Python's
//!   `str.splitlines` also honours (VT, FF, the file, group and record
//!   separators, NEL, U+2028 and U+2029), which some dumps use as their
//!   only line break; line numbers count lines the same way, so they stay
//!   those of the input as a Python user would number them;
//! - Unicode space separators and tabs become a plain space;
//! - zero-width spaces, word joiners, BOMs and soft hyphens are dropped
//!   (ZWJ and ZWNJ stay: they change how some scripts and emoji render);
//! - a C1 control that Windows-1252 prints as a character is that
//!   character: text decoded as Latin-1 when it was Windows-1252 carries
//!   U+0092 for `’` and U+0084/U+0093 for `„`/`“` (as ftfy repairs it);
//! - other control characters (NUL, ESC, the rest of C1, DEL) become a
//!   space where dropping them would glue two words together
//!   (`end.\u{1}The`), and are dropped elsewhere;
//! - trailing spaces are trimmed from every line;
//! - the text is put in NFC (or NFKC when asked), touching only the lines
//!   that need it, since the quick check is far cheaper than composing.
//!
//! Curly quotes, dashes and every other character are kept as they are.

use std::ops::Range;

use unicode_normalization::{is_nfc_quick, is_nfkc_quick, IsNormalized, UnicodeNormalization};

/// Which Unicode normalization form the text is put in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Form {
    /// Canonical composition: changes nothing a reader can see.
    #[default]
    Nfc,
    /// Compatibility composition: also folds ligatures, full-width forms,
    /// superscripts and the like to their plain letters.
    Nfkc,
}

/// Returns the normalized text of `input`.
pub(crate) fn normalize(input: &str, form: Form) -> String {
    let mut out = String::with_capacity(input.len());
    let bytes = input.as_bytes();
    // `input[copied..i]` needs no change and is copied in one piece when a
    // character that does need work (or the end) is reached: most bytes of
    // a dump cost one comparison.
    let mut copied = 0;
    let mut i = 0;
    // Lines with a character that may be outside NFC, for `compose`.
    let mut suspect_lines: Vec<usize> = Vec::new();
    let mut line = 0;
    while i < bytes.len() {
        if let Some(eight) = bytes.get(i..i + 8) {
            let unprintable = unprintable_bytes(eight);
            if unprintable == 0 {
                i += 8;
                continue;
            }
            // Straight to the first byte that needs a look.
            i += crate::swar::lowest_marked(unprintable);
        }
        let b = bytes[i];
        if (b' '..=b'~').contains(&b) {
            i += 1;
            continue;
        }
        if b == b'\n' {
            let space_before = if copied < i {
                bytes[i - 1] == b' '
            } else {
                out.ends_with(' ')
            };
            if space_before {
                out.push_str(&input[copied..i]);
                push_normalized(&mut out, '\n', None);
                copied = i + 1;
            }
            line += 1;
            i += 1;
            continue;
        }
        let len = utf8_len(b);
        if b >= 0x80 {
            if may_need_composing(&bytes[i..]) && suspect_lines.last() != Some(&line) {
                suspect_lines.push(line);
            }
            if !matches!(b, 0xC2 | 0xE1 | 0xE2 | 0xE3 | 0xEF) {
                i += len;
                continue;
            }
        }
        let c = input[i..].chars().next().expect("i is a char boundary");
        if b >= 0x80 && !needs_work(c) {
            i += len;
            continue;
        }
        out.push_str(&input[copied..i]);
        i += len;
        if is_line_break(c) {
            line += 1;
            if c == '\r' && bytes.get(i) == Some(&b'\n') {
                i += 1;
            }
        }
        push_normalized(&mut out, c, input[i..].chars().next());
        copied = i;
    }
    out.push_str(&input[copied..]);
    trim_end_spaces(&mut out);
    match form {
        Form::Nfc => compose(out, form, Some(&suspect_lines)),
        Form::Nfkc => compose(out, form, None),
    }
}

/// The byte range of each line of `text`, found with the memchr crate's
/// vectorized search (the standard library's reads a word at a time).
pub(crate) fn line_spans(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = 0;
    memchr::memchr_iter(b'\n', text.as_bytes())
        .chain(std::iter::once(text.len()))
        .map(move |end| {
            let line = start..end;
            start = end + 1;
            line
        })
}

/// Eight bytes tested at once on a word for printable ASCII (`' '` to
/// `'~'`): the high bit of each byte below 0x20 or from 0x7F up is set,
/// and zero means all eight are printable. A borrow or carry starts only
/// at a byte that is marked, so it can mark a byte above it wrongly but
/// never one below: the lowest mark is always a byte that needs a look.
fn unprintable_bytes(eight: &[u8]) -> u64 {
    use crate::swar::{HIGH, ONES};
    let w = crate::swar::load(eight);
    let below_space = w.wrapping_sub(ONES * 0x20) & !w & HIGH;
    let from_delete = (w.wrapping_add(ONES) | w) & HIGH;
    below_space | from_delete
}

/// The length of the UTF-8 sequence a lead byte opens.
pub(crate) fn utf8_len(lead: u8) -> usize {
    match lead {
        0x00..=0x7F => 1,
        0x80..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

#[cfg(test)]
fn normalize_slow(input: &str, form: Form) -> String {
    let mut out = String::with_capacity(input.len());
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' && chars.peek() == Some(&'\n') {
            chars.next();
        }
        push_normalized(&mut out, c, chars.peek().copied());
    }
    trim_end_spaces(&mut out);
    compose(out, form, None)
}

/// Appends `c` as the normalized text has it: a line break for any line
/// terminator (the caller having skipped the LF of a CRLF) after trimming
/// the line's trailing spaces, a plain space for any space, nothing for an
/// invisible character, the character Windows-1252 prints for a C1
/// control that it prints, and for another control character a space
/// when it stands between two words (`next` is the character after it).
fn push_normalized(out: &mut String, c: char, next: Option<char>) {
    match c {
        c if is_line_break(c) => {
            trim_end_spaces(out);
            out.push('\n');
        }
        c if is_space(c) => out.push(' '),
        c if is_dropped(c) => {}
        c if c.is_control() => match windows_1252(c) {
            Some(printed) => out.push(printed),
            None => {
                let after_word = out
                    .chars()
                    .next_back()
                    .is_some_and(|p| p != ' ' && p != '\n');
                let before_word = next.is_some_and(|n| !n.is_whitespace() && !n.is_control());
                if after_word && before_word {
                    out.push(' ');
                }
            }
        },
        c => out.push(c),
    }
}

/// The character Windows-1252 prints for the C1 control `c` (its byte),
/// if it prints one: U+0081, U+008D, U+008F, U+0090 and U+009D it leaves
/// undefined, and U+0085 (`…` there) is NEL, a line break, here.
fn windows_1252(c: char) -> Option<char> {
    const TABLE: [char; 32] = [
        '€', '\0', '‚', 'ƒ', '„', '\0', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\0', 'Ž', '\0', '\0',
        '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\0', 'ž', 'Ÿ',
    ];
    let index = (c as u32).checked_sub(0x80)?;
    TABLE.get(index as usize).copied().filter(|&m| m != '\0')
}

/// Whether `c` needs more than copying: it is a line terminator, a space
/// other than `' '`, an invisible character or a control character.
fn needs_work(c: char) -> bool {
    is_line_break(c) || is_space(c) || is_dropped(c) || c.is_control()
}

/// The line terminators of Python's `str.splitlines`: LF, CR (CRLF is
/// one), VT, FF, the file, group and record separators, NEL, and the
/// Unicode line and paragraph separators.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{1C}'
            ..='\u{1E}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

fn trim_end_spaces(out: &mut String) {
    let kept = out.trim_end_matches(' ').len();
    out.truncate(kept);
}

/// Spaces of every width, and the tab: all read as one plain space.
fn is_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\u{A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

/// Invisible characters that carry nothing for a reader of plain text,
/// and would not separate two words if shown.
fn is_dropped(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}')
}

/// Whether the character whose UTF-8 starts at `bytes[0]` (the lead byte
/// of a non-ASCII character) may be outside NFC, or may combine with the
/// one before it: anything from U+0300 (the combining marks) up, but for
/// ranges whose every character is a starter that is NFC on its own
/// (`clear_ranges_are_starters_in_nfc` checks each): Cyrillic letters,
/// U+2000–U+3FFF (dashes, curly quotes, currency, arrows, shapes, CJK
/// punctuation, kana) but for a few marks and singletons, CJK ideographs,
/// Hangul syllables, fullwidth forms and emoji. This byte test answers for
/// most text without the per-character property lookups of the full quick
/// check.
fn may_need_composing(bytes: &[u8]) -> bool {
    match bytes[0] {
        // ASCII, U+0080–U+02FF and continuation bytes.
        0x00..=0xCB => false,
        // Cyrillic (U+0400–U+04FF) but its combining marks U+0483–U+0489.
        0xD2 => matches!(bytes.get(1), Some(0x83..=0x89)),
        0xD0 | 0xD1 | 0xD3 => false,
        // CJK ideographs (U+4000–U+9FFF) and Hangul syllables
        // (U+AC00–U+D7FF).
        0xE4..=0xE9 | 0xEB | 0xEC => false,
        0xEA => !matches!(bytes.get(1), Some(0xB0..=0xBF)),
        0xED => !matches!(bytes.get(1), Some(0x80..=0x9F)),
        // U+2000–U+2FFF (punctuation, currency, arrows, shapes,
        // dingbats): starters in NFC but for two spaces, the combining
        // marks for symbols, the Ohm, Kelvin and Angstrom signs, two angle
        // brackets, one relation and the Coptic, Tifinagh and Cyrillic
        // combining marks.
        0xE2 => matches!(
            (bytes.get(1), bytes.get(2)),
            (Some(0x80), Some(0x80 | 0x81))
                | (Some(0x83), Some(0x90..=0xBF))
                | (Some(0x84), Some(0xA6 | 0xAA | 0xAB))
                | (Some(0x8C), Some(0xA9 | 0xAA))
                | (Some(0xAB), Some(0x9C))
                | (Some(0xB3), Some(0xAF..=0xB1))
                | (Some(0xB5), Some(0xBF))
                | (Some(0xB7), Some(0xA0..=0xBF))
        ),
        // U+3000–U+3FFF (CJK punctuation, kana, CJK extension A): starters
        // in NFC but for the ideographic tone marks and the kana voicing
        // marks.
        0xE3 => matches!(
            (bytes.get(1), bytes.get(2)),
            (Some(0x80), Some(0xAA..=0xAF)) | (Some(0x82), Some(0x99 | 0x9A))
        ),
        // Halfwidth and fullwidth forms (U+FF00–U+FFFF).
        0xEF => !matches!(bytes.get(1), Some(0xBC..=0xBF)),
        // Emoji and the other symbols of U+1F000–U+1FFFF.
        0xF0 => bytes.get(1) != Some(&0x9F),
        _ => true,
    }
}

/// Whether `may_need_composing` clears every character of `text`. Only
/// lead bytes from 0xCC up can fail, so 32-byte chunks without one are
/// passed over in a loop the compiler vectorizes.
fn plainly_nfc(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut start = 0;
    for chunk in bytes.chunks(32) {
        if chunk.iter().fold(false, |high, &b| high | (b >= 0xCC)) {
            let suspect = (start..start + chunk.len())
                .any(|i| bytes[i] >= 0xCC && may_need_composing(&bytes[i..]));
            if suspect {
                return false;
            }
        }
        start += chunk.len();
    }
    true
}

/// Puts `text` in `form`, composing only the lines that need it. With
/// `suspects` (sorted line indices), only those lines are checked: NFC
/// needs no look at a line without a character `may_need_composing` flags.
fn compose(text: String, form: Form, suspects: Option<&[usize]>) -> String {
    if suspects.is_some_and(|s| s.is_empty()) {
        return text;
    }
    let needs_composing = |line: &str| {
        if form == Form::Nfc && plainly_nfc(line) {
            return false;
        }
        let quick = match form {
            Form::Nfc => is_nfc_quick(line.chars()),
            Form::Nfkc => is_nfkc_quick(line.chars()),
        };
        quick != IsNormalized::Yes
    };
    let checked = |i: usize| suspects.is_none_or(|s| s.binary_search(&i).is_ok());
    let needs =
        |(i, span): &(usize, Range<usize>)| checked(*i) && needs_composing(&text[span.clone()]);
    // Each line is checked once: up to the first that needs composing, the
    // text is copied whole; after it, line by line.
    let found = line_spans(&text).enumerate().find(needs);
    let Some((k, first)) = found else {
        return text;
    };
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..first.start]);
    push_composed(&mut out, &text[first], form);
    for line in line_spans(&text).enumerate().skip(k + 1) {
        out.push('\n');
        if needs(&line) {
            push_composed(&mut out, &text[line.1], form);
        } else {
            out.push_str(&text[line.1]);
        }
    }
    out
}

/// Puts back in NFC a text joined from pieces of normalized text, such as
/// a markdown line whose link markup was cut out: `[news](url)\u{301}`
/// leaves a combining accent after `news`, which the reader sees as `ś`
/// and a second cleaning would compose. The pieces are NFC (or NFKC, whose
/// canonical composites are NFKC too), so only the joints can need work,
/// and most texts are cleared by the byte scan.
pub(crate) fn recompose(text: String) -> String {
    if plainly_nfc(&text) || is_nfc_quick(text.chars()) == IsNormalized::Yes {
        return text;
    }
    text.nfc().collect()
}

fn push_composed(out: &mut String, line: &str, form: Form) {
    match form {
        Form::Nfc => out.extend(line.nfc()),
        Form::Nfkc => out.extend(line.nfkc()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_endings_become_lf_and_keep_line_count() {
        assert_eq!(normalize("a\r\nb\rc\nd", Form::Nfc), "a\nb\nc\nd");
        assert_eq!(normalize("a\r\r\nb", Form::Nfc), "a\n\nb");
    }

    #[test]
    fn spaces_and_invisibles() {
        assert_eq!(
            normalize("\u{FEFF}a\u{A0}b\u{200B}c\u{AD}d\te  \n", Form::Nfc),
            "a bcd e\n"
        );
        // A control between two words is a space; beside a space or a
        // line end it is dropped.
        assert_eq!(normalize("x\u{0}y\u{1b}z", Form::Nfc), "x y z");
        assert_eq!(normalize("x\u{0} y\u{1}\n\u{7F}z", Form::Nfc), "x y\nz");
        assert_eq!(
            normalize("evening.\u{85}The mayor\u{1}said", Form::Nfc),
            "evening.\nThe mayor said"
        );
    }

    #[test]
    fn c1_controls_that_windows_1252_prints_are_its_characters() {
        assert_eq!(
            normalize("\u{84}Brave\u{93}. we\u{92}re \u{80}5 a\u{81}b", Form::Nfc),
            "„Brave“. we’re €5 a b"
        );
        assert_eq!(windows_1252('\u{85}'), None);
        assert_eq!(windows_1252('\u{9F}'), Some('Ÿ'));
        assert_eq!(windows_1252('\u{A0}'), None);
    }

    #[test]
    fn every_line_terminator_breaks_a_line() {
        // Issue 10, item 9: a dump whose only line separator is U+2028 or
        // VT was one block.
        for sep in [
            "\u{0B}", "\u{0C}", "\u{1C}", "\u{1D}", "\u{1E}", "\u{85}", "\u{2028}", "\u{2029}",
        ] {
            let text = format!("Share:{sep}Facebook{sep}{sep}Body.");
            assert_eq!(
                normalize(&text, Form::Nfc),
                "Share:\nFacebook\n\nBody.",
                "{sep:?}"
            );
        }
    }

    #[test]
    fn keeps_curly_quotes_and_joiners() {
        let s = "“Hamas’s” — ok \u{200D} \u{200C}";
        assert_eq!(normalize(s, Form::Nfc), s);
    }

    #[test]
    fn fast_path_agrees_with_the_char_by_char_reading() {
        for s in [
            "plain ascii line  \nnext\r\nthird\rlast ",
            "tab\there\u{A0}nbsp \u{200B}zw  \n\u{FEFF}bom \u{0}nul\u{7F}del",
            "caf\u{E9} na\u{EF}ve \u{201C}quoted\u{201D}   \n\n  indented",
            "",
            "   ",
            "nbsp at the end\u{A0}\nx \u{A0} \n\u{3000}\u{1680}y\u{2028}z \u{2060}",
            "c1\u{85}\u{9F} \u{2000}\u{2001}\u{200A}\u{202F}\u{205F}\u{2013}\r\r\n",
            "a\u{1}b \u{2}\u{3}c\u{0B}d\u{1C}\u{2029}e\u{9F}f\r\u{85}",
        ] {
            assert_eq!(
                normalize(s, Form::Nfc),
                normalize_slow(s, Form::Nfc),
                "{s:?}"
            );
        }
    }

    #[test]
    fn word_test_agrees_with_the_byte_test() {
        let plain = |b: u8| (b' '..=b'~').contains(&b);
        let lowest = |mask: u64| (mask != 0).then(|| mask.trailing_zeros() as usize / 8);
        for b in 0..=255u8 {
            for at in 0..8 {
                // Each byte alone among printable ones, and below bytes
                // that carry or borrow (0xFF, 0x00) to test the lowest mark.
                for fill in [b'a', 0x00, 0xFF] {
                    let mut eight = [b'a'; 8];
                    eight[at] = b;
                    eight[at + 1..].fill(fill);
                    let first = eight.iter().position(|&x| !plain(x));
                    assert_eq!(lowest(unprintable_bytes(&eight)), first, "{eight:x?}");
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn fast_path_agrees_on_any_mix(s in "[ a\\n\\r\\t\\u{0}\\u{7F}\\u{85}\\u{A0}\\u{AD}é\\u{301}\\u{1680}\\u{2000}-\\u{2060}\\u{3000}\\u{FEFF}ﬁ😀]{0,40}") {
            proptest::prop_assert_eq!(normalize(&s, Form::Nfc), normalize_slow(&s, Form::Nfc));
            proptest::prop_assert_eq!(normalize(&s, Form::Nfkc), normalize_slow(&s, Form::Nfkc));
        }

        #[test]
        fn composing_line_by_line_agrees_with_the_whole_text(s in "[a\\ne\u{301}\u{327}\u{2000}ﬁé\u{1100}\u{1161}]{0,30}") {
            proptest::prop_assert_eq!(compose(s.clone(), Form::Nfc, None), s.nfc().collect::<String>());
            proptest::prop_assert_eq!(compose(s.clone(), Form::Nfkc, None), s.nfkc().collect::<String>());
        }
    }

    #[test]
    fn plain_scan_sends_combining_marks_to_the_full_check() {
        assert!(plainly_nfc(
            "caf\u{E9} \u{201C}na\u{EF}ve\u{201D} \u{2014} ok"
        ));
        assert!(!plainly_nfc("de\u{301}tente"));
        assert!(!plainly_nfc("\u{FB01}ne"));
        assert!(!plainly_nfc("\u{2126}"));
        assert!(!plainly_nfc("a\u{2000}b"));
    }

    #[test]
    fn clear_ranges_are_starters_in_nfc() {
        use unicode_normalization::char::canonical_combining_class;
        let mut cleared = 0;
        for c in ('\u{80}'..='\u{FFFF}').chain('\u{10000}'..='\u{10FFFF}') {
            let mut buf = [0; 4];
            if may_need_composing(c.encode_utf8(&mut buf).as_bytes()) {
                continue;
            }
            cleared += 1;
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
            assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{c:?}");
        }
        assert!(cleared > 35_000, "{cleared}");
    }

    #[test]
    fn composes_to_nfc_and_nfkc() {
        assert_eq!(normalize("de\u{301}tente", Form::Nfc), "détente");
        assert_eq!(normalize("\u{FB01}ne", Form::Nfc), "\u{FB01}ne");
        assert_eq!(normalize("\u{FB01}ne", Form::Nfkc), "fine");
    }
}
