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

/// Where each bracket of a line is closed: `[` by `]`, `(` by `)`,
/// matched as nested pairs, backslash escapes skipped. Found in one scan
/// of the line with a stack per bracket type, so that reading a line with
/// many brackets, matched or not, stays linear: looking for each one's
/// match again from where it stands would rescan the rest of the line for
/// every unmatched bracket.
#[derive(Default)]
struct Pairs {
    /// `(opening index, index of its closing bracket)`, by opening index;
    /// an opening bracket that is never closed is not listed.
    closes: Vec<(usize, usize)>,
    /// Where the last look-up ended in `closes`: the scan asks about
    /// brackets near the last one it asked about, so a search that starts
    /// there and widens (a galloping search) stays in the cache where a
    /// binary search over the whole list would not.
    hint: usize,
}

impl Pairs {
    fn new(bytes: &[u8]) -> Pairs {
        let (mut squares, mut rounds) = (Vec::new(), Vec::new());
        let mut closes = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\\' => i += 1,
                b'[' => squares.push(i),
                b'(' => rounds.push(i),
                b']' => closes.extend(squares.pop().map(|open| (open, i))),
                b')' => closes.extend(rounds.pop().map(|open| (open, i))),
                _ => {}
            }
            i += 1;
        }
        closes.sort_unstable();
        Pairs { closes, hint: 0 }
    }

    /// The index of the bracket that closes the one at `open`.
    fn close_of(&mut self, open: usize) -> Option<usize> {
        let closes = &self.closes;
        let n = closes.len();
        let at = self.hint.min(n.checked_sub(1)?);
        // Widen a window from the hint until it holds `open`'s place.
        let (mut lo, mut hi, mut step) = (at, at + 1, 1);
        if closes[at].0 < open {
            while hi < n && closes[hi - 1].0 < open {
                lo = hi - 1;
                hi = (hi + step).min(n);
                step *= 2;
            }
        } else {
            while lo > 0 && closes[lo].0 >= open {
                hi = lo + 1;
                lo = lo.saturating_sub(step);
                step *= 2;
            }
        }
        let k = lo + closes[lo..hi].partition_point(|&(o, _)| o < open);
        self.hint = k;
        closes.get(k).filter(|&&(o, _)| o == open).map(|&(_, c)| c)
    }

    /// For a `[` at `open` that starts `[label](target)` ending by
    /// `limit`, the index of the label's `]` and the index past the
    /// target's `)`.
    fn link(&mut self, bytes: &[u8], open: usize, limit: usize) -> Option<(usize, usize)> {
        let label_close = self.close_of(open)?;
        let target = label_close + 1;
        if target >= limit || bytes[target] != b'(' {
            return None;
        }
        let end = self.close_of(target)? + 1;
        (end <= limit).then_some((label_close, end))
    }
}

/// Appends the text of `text` without its inline markup; returns how many
/// bytes of what was appended were link text.
///
/// One scan from left to right: a link's label is read in place, and a
/// stack holds the labels the scan is inside (`[[a](b)](c)` nests), so
/// no input can make the reading recurse or rescan.
fn strip_inline(text: &str, out: &mut String) -> usize {
    let bytes = text.as_bytes();
    let mut pairs = if bytes.contains(&b'[') {
        Pairs::new(bytes)
    } else {
        Pairs::default()
    };
    let mut link_bytes = 0;
    // The labels the scan is inside, innermost last: the index of the
    // label's `]`, the index past the link's `)` and where the label's
    // text starts in `out`. A link inside a label must end inside it.
    let mut labels: Vec<(usize, usize, usize)> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let limit = match labels.last() {
            Some(&(close, end, start)) if close == i => {
                labels.pop();
                if labels.is_empty() {
                    link_bytes += out.len() - start;
                }
                i = end;
                continue;
            }
            Some(&(close, ..)) => close,
            None => bytes.len(),
        };
        let b = bytes[i];
        match b {
            b'\\' if i + 1 < limit && bytes[i + 1].is_ascii_punctuation() => {
                out.push(bytes[i + 1] as char);
                i += 2;
            }
            b'!' if i + 1 < limit && bytes[i + 1] == b'[' => {
                match pairs.link(bytes, i + 1, limit) {
                    Some((_, end)) => i = end,
                    None => {
                        out.push('!');
                        i += 1;
                    }
                }
            }
            b'[' => match pairs.link(bytes, i, limit) {
                Some((close, end)) => {
                    labels.push((close, end, out.len()));
                    i += 1;
                }
                None => {
                    out.push('[');
                    i += 1;
                }
            },
            b'*' | b'_' if is_emphasis(&bytes[..limit], i) => {
                i += bytes[i..limit].iter().take_while(|&&c| c == b).count();
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
    fn nested_links_keep_every_label_and_count_the_outer_one() {
        assert_eq!(plain("[[a](b) and [c](d)](e) f"), ("a and c f".into(), 7));
        // A link inside a label must end inside it: here `[b](c ](e))`
        // reaches past the label's `]`, so only the outer link is one.
        assert_eq!(plain("[x [b](c ](e))"), ("x [b](c )".into(), 8));
    }

    #[test]
    fn deep_nesting_neither_recurses_nor_rescans() {
        // Recursing once per label overflowed the stack at this depth
        // (issue 10, item 1).
        let n = 200_000;
        let line = format!("{}a{}", "[".repeat(n), "](b)".repeat(n));
        assert_eq!(plain(&line), ("a".into(), 1));
        // Rescanning to the line's end for every unmatched bracket was
        // quadratic: these took seconds (item 2); linear, they take
        // milliseconds, though no timing is asserted here (see the
        // `scaling/markdown-*` benches).
        for shape in ["[", "![", "[a](", "[[a](b)](b)"] {
            let line = shape.repeat(n / shape.len());
            let (text, _) = plain(&line);
            assert!(text.len() <= line.len());
        }
    }

    #[test]
    fn galloping_look_ups_agree_with_a_search_of_the_whole_list() {
        let line = "[a](b) [[c](d)] (e) [f] ((g)) [h](i(j)) ]] [[ (".repeat(7);
        let mut pairs = Pairs::new(line.as_bytes());
        let whole = pairs.closes.clone();
        let expect = |open: usize| {
            let at = whole.binary_search_by_key(&open, |&(o, _)| o).ok()?;
            Some(whole[at].1)
        };
        // Forwards, backwards and jumping about, from every hint.
        let order: Vec<usize> = (0..line.len())
            .chain((0..line.len()).rev())
            .chain((0..line.len()).map(|i| i * 7919 % line.len()))
            .collect();
        for open in order {
            assert_eq!(pairs.close_of(open), expect(open), "{open}");
        }
    }

    #[test]
    fn rules_are_empty() {
        assert_eq!(plain("* * *").0, "");
        assert_eq!(plain("---").0, "");
    }
}
