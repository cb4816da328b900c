//! Reading markdown dumps (html2text style) as plain text.
//!
//! Whole pages converted to markdown carry their link targets, images,
//! emphasis and escapes inline: `[Tech](https://…/tech/)`, `![logo](…)`,
//! `**bold**`, `\-`. Rules should read the words a person sees, and the
//! body should be plain text, so each line is reduced here to its text:
//! link targets and whole images go, heading hashes, list bullets, quote
//! markers, emphasis markers and backslash escapes are removed. What the
//! links held is counted, because a block that is mostly link text is a
//! menu or a list of headlines, not prose.

/// The plain text of one markdown line, appended to `out`; returns how
/// many bytes of what was appended were link text.
pub(crate) fn strip_line(line: &str, out: &mut String) -> usize {
    let content = strip_line_start(line.trim_start());
    if is_rule_line(content) {
        return 0;
    }
    strip_inline(content, out)
}

/// Removes heading hashes, quote markers and one list bullet.
fn strip_line_start(mut line: &str) -> &str {
    loop {
        let trimmed = line.trim_start();
        if let Some(rest) = trimmed.strip_prefix('>') {
            line = rest;
            continue;
        }
        let hashes = trimmed.bytes().take_while(|&b| b == b'#').count();
        if (1..=6).contains(&hashes) && trimmed[hashes..].starts_with(' ') {
            return trimmed[hashes..].trim_start();
        }
        for bullet in ["* ", "+ ", "- "] {
            if let Some(rest) = trimmed.strip_prefix(bullet) {
                return rest.trim_start();
            }
        }
        return trimmed;
    }
}

/// `* * *`, `---`, `___`: a horizontal rule.
fn is_rule_line(line: &str) -> bool {
    line.len() >= 3
        && line
            .chars()
            .all(|c| matches!(c, '*' | '-' | '_' | ' ' | '='))
}

/// Index just past the bracket that closes the one at `open`.
fn closing(bytes: &[u8], open: usize, left: u8, right: u8) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = open;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 1,
            b if b == left => depth += 1,
            b if b == right => {
                depth -= 1;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

fn strip_inline(text: &str, out: &mut String) -> usize {
    let bytes = text.as_bytes();
    let mut link_bytes = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'\\' if i + 1 < bytes.len() && bytes[i + 1].is_ascii_punctuation() => {
                out.push(bytes[i + 1] as char);
                i += 2;
            }
            b'!' if bytes.get(i + 1) == Some(&b'[') => match link_end(bytes, i + 1) {
                Some((_, end)) => i = end,
                None => {
                    out.push('!');
                    i += 1;
                }
            },
            b'[' => match link_end(bytes, i) {
                Some((label_end, end)) => {
                    let before = out.len();
                    strip_inline(&text[i + 1..label_end - 1], out);
                    link_bytes += out.len() - before;
                    i = end;
                }
                None => {
                    out.push('[');
                    i += 1;
                }
            },
            b'*' | b'_' if is_emphasis(bytes, i) => {
                i += bytes[i..].iter().take_while(|&&c| c == b).count();
            }
            _ => {
                let len = crate::normalize::utf8_len(b);
                out.push_str(&text[i..i + len]);
                i += len;
            }
        }
    }
    link_bytes
}

/// For a `[` at `open` that starts `[label](target)`, the index past the
/// label's `]` and the index past the target's `)`.
fn link_end(bytes: &[u8], open: usize) -> Option<(usize, usize)> {
    let label_end = closing(bytes, open, b'[', b']')?;
    if bytes.get(label_end) != Some(&b'(') {
        return None;
    }
    let end = closing(bytes, label_end, b'(', b')')?;
    Some((label_end, end))
}

/// A run of `*` or `_` that opens or closes emphasis: touching a word on
/// one side and a space, a line end or punctuation on the other, or
/// doubled. `snake_case` and `2*3` keep theirs.
fn is_emphasis(bytes: &[u8], i: usize) -> bool {
    let run = bytes[i..].iter().take_while(|&&c| c == bytes[i]).count();
    let before = i.checked_sub(1).map(|j| bytes[j]);
    let after = bytes.get(i + run).copied();
    let word = |c: Option<u8>| c.is_some_and(|c| c.is_ascii_alphanumeric() || c >= 0x80);
    run >= 2 || word(before) != word(after)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(line: &str) -> (String, usize) {
        let mut out = String::new();
        let links = strip_line(line, &mut out);
        (out, links)
    }

    #[test]
    fn links_keep_their_text_and_count_it() {
        assert_eq!(
            plain("  * [Tech](https://x.test/tech/)"),
            ("Tech".into(), 4)
        );
        assert_eq!(
            plain("see [the report](http://x.test/a_(b)) now"),
            ("see the report now".into(), 10)
        );
    }

    #[test]
    fn images_go_whole() {
        assert_eq!(plain("![logo](https://x.test/l.png) Home").0, " Home");
        assert_eq!(
            plain("__[ ![Site](https://x.test/l.png) ](https://x.test/)").0,
            "  "
        );
    }

    #[test]
    fn headings_emphasis_and_escapes() {
        assert_eq!(plain("## The **big** _vote_").0, "The big vote");
        assert_eq!(plain(r"Smith \- 12\. March").0, "Smith - 12. March");
        assert_eq!(plain("snake_case and 2*3").0, "snake_case and 2*3");
        assert_eq!(plain("> quoted text").0, "quoted text");
    }

    #[test]
    fn rules_are_empty() {
        assert_eq!(plain("* * *").0, "");
        assert_eq!(plain("---").0, "");
    }
}
