//! Text normalization before anything is read.
//!
//! Scraped dumps mix line-ending conventions, carry NBSPs and zero-width
//! characters from HTML, and sometimes hold control characters or a BOM.
//! Rules should see one clean form, so this step makes it once:
//!
//! - CRLF and lone CR become LF, so line numbers stay those of the input;
//! - Unicode space separators and tabs become a plain space;
//! - zero-width spaces, word joiners, BOMs and soft hyphens are dropped
//!   (ZWJ and ZWNJ stay: they change how some scripts and emoji render);
//! - other control characters (NUL, C1 controls, DEL) are dropped;
//! - trailing spaces are trimmed from every line;
//! - the text is put in NFC (or NFKC when asked), touching only the lines
//!   that need it, since the quick check is far cheaper than composing.
//!
//! Curly quotes, dashes and every other character are kept as they are.

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
    let mut rest = input;
    while !rest.is_empty() {
        // Plain printable ASCII and line feeds need nothing but the spaces
        // before a line feed trimmed: copy them in one piece, and take the
        // slow path only from the first byte that may need work.
        let plain = rest
            .bytes()
            .position(|b| !(b' '..=b'~').contains(&b) && b != b'\n')
            .unwrap_or(rest.len());
        let chunk = &rest[..plain];
        if chunk.contains(" \n") {
            for line in chunk.split_inclusive('\n') {
                match line.strip_suffix('\n') {
                    Some(content) => {
                        out.push_str(content.trim_end_matches(' '));
                        out.push('\n');
                    }
                    None => out.push_str(line),
                }
            }
        } else {
            out.push_str(chunk);
        }
        rest = &rest[plain..];
        let Some(c) = rest.chars().next() else {
            break;
        };
        rest = &rest[c.len_utf8()..];
        if c == '\r' {
            rest = rest.strip_prefix('\n').unwrap_or(rest);
        }
        push_normalized(&mut out, c);
    }
    trim_end_spaces(&mut out);
    compose(out, form)
}

#[cfg(test)]
fn normalize_slow(input: &str, form: Form) -> String {
    let mut out = String::with_capacity(input.len());
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' && chars.peek() == Some(&'\n') {
            chars.next();
        }
        push_normalized(&mut out, c);
    }
    trim_end_spaces(&mut out);
    compose(out, form)
}

/// Appends `c` as the normalized text has it: a line break (CR or LF,
/// the caller having skipped the LF of a CRLF) after trimming the line's
/// trailing spaces, a plain space for any space, nothing for an invisible
/// character.
fn push_normalized(out: &mut String, c: char) {
    match c {
        '\r' | '\n' => {
            trim_end_spaces(out);
            out.push('\n');
        }
        c if is_space(c) => out.push(' '),
        c if is_dropped(c) => {}
        c => out.push(c),
    }
}

fn trim_end_spaces(out: &mut String) {
    let kept = out.trim_end_matches(' ').len();
    out.truncate(kept);
}

/// Spaces of every width, and the tab: all read as one plain space.
fn is_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\u{0B}' | '\u{0C}' | '\u{A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}' | '\u{2028}' | '\u{2029}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

/// Invisible characters that carry nothing for a reader of plain text.
fn is_dropped(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}' | '\u{7F}'..='\u{9F}'
    ) || (c.is_control() && c != '\n')
}

/// Text whose characters all lie below U+0300 (the combining marks) or in
/// General Punctuation and the superscripts (U+2002–U+207F: dashes, curly
/// quotes) is in NFC
/// already: this byte scan answers for most Western text without the
/// per-character property lookups of the full quick check.
fn plainly_nfc(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            // ASCII, U+0080–U+02FF and continuation bytes.
            0x00..=0xCB => i += 1,
            // U+2000 and U+2001 decompose canonically; the rest of the
            // block does not.
            0xE2 if bytes.get(i + 1) == Some(&0x80)
                && matches!(bytes.get(i + 2), Some(0x80 | 0x81)) =>
            {
                return false
            }
            0xE2 if matches!(bytes.get(i + 1), Some(0x80 | 0x81)) => i += 3,
            _ => return false,
        }
    }
    true
}

fn compose(text: String, form: Form) -> String {
    if form == Form::Nfc && plainly_nfc(&text) {
        return text;
    }
    let quick = match form {
        Form::Nfc => is_nfc_quick(text.chars()),
        Form::Nfkc => is_nfkc_quick(text.chars()),
    };
    if quick == IsNormalized::Yes {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let line_quick = match form {
            Form::Nfc => is_nfc_quick(line.chars()),
            Form::Nfkc => is_nfkc_quick(line.chars()),
        };
        match (line_quick, form) {
            (IsNormalized::Yes, _) => out.push_str(line),
            (_, Form::Nfc) => out.extend(line.nfc()),
            (_, Form::Nfkc) => out.extend(line.nfkc()),
        }
    }
    out
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
        assert_eq!(normalize("x\u{0}y\u{1b}z", Form::Nfc), "xyz");
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
        ] {
            assert_eq!(
                normalize(s, Form::Nfc),
                normalize_slow(s, Form::Nfc),
                "{s:?}"
            );
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
    fn composes_to_nfc_and_nfkc() {
        assert_eq!(normalize("de\u{301}tente", Form::Nfc), "détente");
        assert_eq!(normalize("\u{FB01}ne", Form::Nfc), "\u{FB01}ne");
        assert_eq!(normalize("\u{FB01}ne", Form::Nfkc), "fine");
    }
}
