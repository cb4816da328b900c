//! Finding one string field in a JSON Lines record, leaving every other
//! byte of it alone.
//!
//! `--jsonl` promises to give each record back as it came but for the
//! cleaned field's value, so the record is not parsed into a map and
//! written out again (that reformats numbers, re-encodes escapes, drops
//! the spacing and collapses duplicate keys): it is scanned once to find
//! where the field's value starts and ends, and the cleaned text is
//! spliced in there. The scan checks the whole record against RFC 8259
//! with an explicit stack, so a record nested deeper than any recursion
//! limit is read like any other.

use std::ops::Range;

/// The value of the field: where it stands in the record (its quotes
/// included) and its text with the escapes decoded.
#[derive(Debug, PartialEq, Eq)]
pub struct Found {
    pub span: Range<usize>,
    pub text: String,
}

/// Finds the top-level member `name` of the JSON object `record` (its
/// last one, as JSON readers take, when the key repeats) and decodes its
/// string value. With `lossy`, invalid UTF-8 and lone surrogate escapes
/// in that value become U+FFFD; without, they are errors (the caller has
/// checked the record's UTF-8 already). Errors name the byte of the record
/// where the problem is.
pub fn find_string_field(record: &[u8], name: &str, lossy: bool) -> Result<Found, String> {
    let mut scan = Scanner {
        bytes: record,
        at: 0,
        lossy,
    };
    scan.skip_space();
    if scan.peek() != Some(b'{') {
        return Err(scan.error("expected `{`"));
    }
    scan.at += 1;
    let mut found: Option<Result<Found, String>> = None;
    scan.skip_space();
    if scan.peek() == Some(b'}') {
        scan.at += 1;
    } else {
        loop {
            let key = scan.member_key()?;
            scan.skip_space();
            let start = scan.at;
            if key == name.as_bytes() {
                found = Some(if scan.peek() == Some(b'"') {
                    let text = scan.string()?;
                    Ok(Found {
                        span: start..scan.at,
                        text: scan.text(text, start)?,
                    })
                } else {
                    scan.value()?;
                    Err(format!("field `{name}` is not a string"))
                });
            } else {
                scan.value()?;
            }
            scan.skip_space();
            match scan.peek() {
                Some(b',') => scan.at += 1,
                Some(b'}') => {
                    scan.at += 1;
                    break;
                }
                _ => return Err(scan.error("expected `,` or `}`")),
            }
        }
    }
    scan.skip_space();
    if scan.at < record.len() {
        return Err(scan.error("characters after the end of the object"));
    }
    found.unwrap_or_else(|| Err(format!("no field `{name}`")))
}

struct Scanner<'r> {
    bytes: &'r [u8],
    at: usize,
    lossy: bool,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    /// A syntax error at the scan's position.
    fn error(&self, what: &str) -> String {
        match self.peek() {
            None => format!(
                "not a JSON object: {what} at the end of the line (byte {})",
                self.at
            ),
            Some(_) => format!("not a JSON object: {what} at byte {} of the line", self.at),
        }
    }

    fn expect(&mut self, byte: u8) -> Result<(), String> {
        if self.peek() == Some(byte) {
            self.at += 1;
            Ok(())
        } else {
            Err(self.error(&format!("expected `{}`", byte as char)))
        }
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// Reads one value of any depth: containers open and close on a stack
    /// of the brackets still to close, never by recursion.
    fn value(&mut self) -> Result<(), String> {
        let mut open: Vec<u8> = Vec::new();
        loop {
            self.skip_space();
            match self.peek() {
                Some(bracket @ (b'{' | b'[')) => {
                    let close = if bracket == b'{' { b'}' } else { b']' };
                    self.at += 1;
                    self.skip_space();
                    if self.peek() == Some(close) {
                        self.at += 1;
                    } else {
                        open.push(close);
                        if close == b'}' {
                            self.member_key()?;
                        }
                        continue;
                    }
                }
                Some(b'"') => {
                    self.string()?;
                }
                Some(b'-' | b'0'..=b'9') => self.number()?,
                Some(b't') => self.literal("true")?,
                Some(b'f') => self.literal("false")?,
                Some(b'n') => self.literal("null")?,
                _ => return Err(self.error("expected a JSON value")),
            }
            // A value is complete: close what it completes, or go on to
            // the next element.
            loop {
                let Some(&close) = open.last() else {
                    return Ok(());
                };
                self.skip_space();
                match self.peek() {
                    Some(b',') => {
                        self.at += 1;
                        if close == b'}' {
                            self.member_key()?;
                        }
                        break;
                    }
                    Some(b) if b == close => {
                        self.at += 1;
                        open.pop();
                    }
                    _ => return Err(self.error(&format!("expected `,` or `{}`", close as char))),
                }
            }
        }
    }

    /// `"key" :` inside an object; returns the key, decoded.
    fn member_key(&mut self) -> Result<Vec<u8>, String> {
        self.skip_space();
        let key = self.string()?;
        self.skip_space();
        self.expect(b':')?;
        Ok(key)
    }

    fn literal(&mut self, word: &str) -> Result<(), String> {
        if self.bytes[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(())
        } else {
            Err(self.error("expected a JSON value"))
        }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
    fn number(&mut self) -> Result<(), String> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        let digits = |s: &mut Self| {
            let from = s.at;
            while s.peek().is_some_and(|b| b.is_ascii_digit()) {
                s.at += 1;
            }
            s.at - from
        };
        let whole_start = self.at;
        let whole = digits(self);
        if whole == 0 || (whole > 1 && self.bytes[whole_start] == b'0') {
            self.at = start;
            return Err(self.error("malformed number"));
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if digits(self) == 0 {
                return Err(self.error("malformed number"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if digits(self) == 0 {
                return Err(self.error("malformed number"));
            }
        }
        Ok(())
    }

    /// Reads a string and returns its decoded bytes: escapes resolved,
    /// surrogate pairs joined, a lone surrogate U+FFFD under `lossy` and
    /// an error otherwise.
    fn string(&mut self) -> Result<Vec<u8>, String> {
        self.expect(b'"')?;
        let mut out = Vec::new();
        loop {
            let run = self.bytes[self.at..]
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || b < 0x20);
            let Some(run) = run else {
                self.at = self.bytes.len();
                return Err(self.error("unterminated string"));
            };
            out.extend_from_slice(&self.bytes[self.at..self.at + run]);
            self.at += run;
            match self.bytes[self.at] {
                b'"' => {
                    self.at += 1;
                    return Ok(out);
                }
                b'\\' => self.escape(&mut out)?,
                _ => return Err(self.error("control character in a string")),
            }
        }
    }

    fn escape(&mut self, out: &mut Vec<u8>) -> Result<(), String> {
        let escaped = match self.bytes.get(self.at + 1) {
            Some(b'"') => b'"',
            Some(b'\\') => b'\\',
            Some(b'/') => b'/',
            Some(b'b') => 0x08,
            Some(b'f') => 0x0C,
            Some(b'n') => b'\n',
            Some(b'r') => b'\r',
            Some(b't') => b'\t',
            Some(b'u') => {
                let c = self.unicode_escape()?;
                out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                return Ok(());
            }
            _ => return Err(self.error("invalid escape")),
        };
        out.push(escaped);
        self.at += 2;
        Ok(())
    }

    /// `\uXXXX`, or a surrogate pair `\uD83D\uDE00`, at `self.at`.
    fn unicode_escape(&mut self) -> Result<char, String> {
        let start = self.at;
        let first = self.hex4(self.at + 2)?;
        self.at += 6;
        let code = match first {
            0xD800..=0xDBFF => {
                let low = if self.bytes[self.at..].starts_with(b"\\u") {
                    self.hex4(self.at + 2)
                        .ok()
                        .filter(|l| (0xDC00..=0xDFFF).contains(l))
                } else {
                    None
                };
                match low {
                    Some(low) => {
                        self.at += 6;
                        0x10000 + ((first - 0xD800) << 10) + (low - 0xDC00)
                    }
                    None => return self.lone_surrogate(first, start),
                }
            }
            0xDC00..=0xDFFF => return self.lone_surrogate(first, start),
            c => c,
        };
        Ok(char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER))
    }

    fn lone_surrogate(&self, code: u32, at: usize) -> Result<char, String> {
        if self.lossy {
            Ok(char::REPLACEMENT_CHARACTER)
        } else {
            Err(format!(
                "lone surrogate `\\u{code:04x}` at byte {at} of the line, which no UTF-8 text can hold (--lossy reads it as U+FFFD)"
            ))
        }
    }

    fn hex4(&self, at: usize) -> Result<u32, String> {
        let hex = self
            .bytes
            .get(at..at + 4)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| {
                u32::from_str_radix(h, 16)
                    .ok()
                    .filter(|_| !h.starts_with('+'))
            });
        hex.ok_or_else(|| {
            format!(
                "not a JSON object: invalid `\\u` escape at byte {} of the line",
                at - 2
            )
        })
    }

    /// The decoded bytes of the string value at `at` as text.
    fn text(&self, bytes: Vec<u8>, at: usize) -> Result<String, String> {
        match String::from_utf8(bytes) {
            Ok(text) => Ok(text),
            Err(e) if self.lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
            Err(_) => Err(format!(
                "invalid UTF-8 in the string at byte {at} of the line"
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(record: &str) -> Result<Found, String> {
        find_string_field(record.as_bytes(), "text", false)
    }

    #[test]
    fn finds_the_value_and_its_span() {
        let record = r#"{ "id" : 1E400, "text" : "a\u00e9\/\n", "x": [1, {"y": null}] }"#;
        let found = find(record).unwrap();
        assert_eq!(found.text, "aé/\n");
        assert_eq!(&record[found.span], r#""a\u00e9\/\n""#);
    }

    #[test]
    fn the_last_of_repeated_keys_counts() {
        let record = r#"{"text": "first", "text": "second"}"#;
        assert_eq!(find(record).unwrap().text, "second");
        let record = r#"{"text": "first", "text": 3}"#;
        assert_eq!(find(record).unwrap_err(), "field `text` is not a string");
    }

    #[test]
    fn escaped_keys_and_surrogate_pairs() {
        let record = r#"{"te\u0078t": "\ud83d\ude00"}"#;
        assert_eq!(find(record).unwrap().text, "😀");
    }

    #[test]
    fn lone_surrogates_are_named_or_replaced() {
        let record = r#"{"text": "a\ud800b"}"#;
        let err = find(record).unwrap_err();
        assert!(
            err.starts_with("lone surrogate `\\ud800` at byte 11"),
            "{err}"
        );
        let found = find_string_field(record.as_bytes(), "text", true).unwrap();
        assert_eq!(found.text, "a\u{FFFD}b");
        let record = r#"{"text": "\udc00\ud800\u0041"}"#;
        let found = find_string_field(record.as_bytes(), "text", true).unwrap();
        assert_eq!(found.text, "\u{FFFD}\u{FFFD}A");
    }

    #[test]
    fn any_depth_is_read_without_recursion() {
        let deep = "[".repeat(1_000_000) + &"]".repeat(1_000_000);
        let record = format!(r#"{{"deep": {deep}, "text": "ok"}}"#);
        assert_eq!(find(&record).unwrap().text, "ok");
    }

    #[test]
    fn invalid_json_is_refused_with_its_position() {
        for (record, message) in [
            (
                "not json",
                "not a JSON object: expected `{` at byte 0 of the line",
            ),
            (
                "[1]",
                "not a JSON object: expected `{` at byte 0 of the line",
            ),
            (
                r#"{"text": "a"} x"#,
                "not a JSON object: characters after the end of the object at byte 14 of the line",
            ),
            (
                r#"{"text": "a""#,
                "not a JSON object: expected `,` or `}` at the end of the line (byte 12)",
            ),
            (
                r#"{"a": 01, "text": "x"}"#,
                "not a JSON object: malformed number at byte 6 of the line",
            ),
            (
                r#"{"a": [1,], "text": "x"}"#,
                "not a JSON object: expected a JSON value at byte 9 of the line",
            ),
            (
                r#"{"a": tru, "text": "x"}"#,
                "not a JSON object: expected a JSON value at byte 6 of the line",
            ),
            (
                "{\"text\": \"a\tb\"}",
                "not a JSON object: control character in a string at byte 11 of the line",
            ),
            (
                r#"{"text": "\x"}"#,
                "not a JSON object: invalid escape at byte 10 of the line",
            ),
            (r#"{"id": 1}"#, "no field `text`"),
        ] {
            assert_eq!(find(record).unwrap_err(), message, "{record}");
        }
    }

    #[test]
    fn invalid_utf8_in_the_value_is_refused_or_replaced() {
        let record = b"{\"text\": \"a\xffb\"}";
        assert!(find_string_field(record, "text", false).is_err());
        let found = find_string_field(record, "text", true).unwrap();
        assert_eq!(found.text, "a\u{FFFD}b");
    }
}
