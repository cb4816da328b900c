//! The normalized text cut into lines and blocks.
//!
//! A *group* is a run of non-blank lines between blank lines. Inside a
//! group, scrapers put one item per line (menu entries, share buttons, a
//! caption and its alt text), but some also hard-wrap a paragraph or indent
//! a list item's continuation. A *block* is the unit every rule judges and
//! the report accounts for: one line, or several lines when the later ones
//! continue the first:
//!
//! - a line indented deeper than the block's first line, and not itself a
//!   list item, continues it (a wrapped list item or comment);
//! - a line starting in lower case after a line of several words without
//!   closing punctuation continues it (hard-wrapped prose);
//! - a line that is only a parenthesized credit, `(Name/Agency)`,
//!   continues the caption above it.
//!
//! Each block keeps its 1-based line range in the input and its text with
//! lines joined by a space and runs of spaces collapsed.

use std::ops::Range;

/// One line of the normalized text.
#[derive(Debug, Clone)]
struct Line {
    /// Byte range in the normalized text, without the newline.
    pub span: Range<usize>,
    /// Leading spaces.
    pub indent: usize,
}

/// A unit of judgement: one line, or a line with its continuations.
#[derive(Debug, Clone)]
pub(crate) struct Block {
    /// Index of the first line (0-based).
    pub first: usize,
    /// Index of the last line (0-based, inclusive).
    pub last: usize,
    /// Index of the blank-line separated group the block sits in.
    pub group: usize,
    /// The lines joined by one space, runs of spaces collapsed.
    pub text: String,
}

/// The blocks of a normalized text.
#[derive(Debug)]
pub(crate) struct Document {
    pub blocks: Vec<Block>,
}

impl Document {
    /// Cuts normalized text into blocks.
    pub fn parse(text: &str) -> Document {
        let lines = split_lines(text);
        Document {
            blocks: split_blocks(text, &lines),
        }
    }
}

fn split_lines(text: &str) -> Vec<Line> {
    let mut lines = Vec::with_capacity(text.len() / 40 + 1);
    let mut start = 0;
    for piece in text.split('\n') {
        let end = start + piece.len();
        let indent = piece.len() - piece.trim_start_matches(' ').len();
        lines.push(Line {
            span: start..end,
            indent,
        });
        start = end + 1;
    }
    lines
}

fn split_blocks(text: &str, lines: &[Line]) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::with_capacity(lines.len() / 2 + 1);
    let mut group = 0;
    let mut in_group = false;
    for (i, line) in lines.iter().enumerate() {
        let content = text[line.span.clone()].trim_start();
        if content.is_empty() {
            if in_group {
                group += 1;
                in_group = false;
            }
            continue;
        }
        let continues = in_group
            && blocks.last().is_some_and(|b| {
                let first = &lines[b.first];
                let prev = text[lines[i - 1].span.clone()].trim_start();
                continues_block(first.indent, prev, line.indent, content)
            });
        if continues {
            let block = blocks.last_mut().expect("a continued block exists");
            block.last = i;
            push_collapsed(&mut block.text, content);
        } else {
            let mut block_text = String::with_capacity(content.len());
            push_collapsed(&mut block_text, content);
            blocks.push(Block {
                first: i,
                last: i,
                group,
                text: block_text,
            });
        }
        in_group = true;
    }
    blocks
}

/// A hard-wrapped line holds at least this many words; shorter lines are
/// list items and buttons, whatever case the next line starts with.
const MIN_WRAPPED_WORDS: usize = 5;

/// Whether `line` continues the block above it rather than starting one.
fn continues_block(first_indent: usize, prev: &str, indent: usize, line: &str) -> bool {
    if indent > first_indent && !starts_list_item(line) {
        return true;
    }
    if is_bare_credit(line) {
        return true;
    }
    let prev_closed = prev
        .chars()
        .next_back()
        .is_some_and(|c| ".!?:;…\"”’)]|".contains(c));
    let prev_wrapped = prev.split_whitespace().count() >= MIN_WRAPPED_WORDS;
    prev_wrapped && !prev_closed && line.chars().next().is_some_and(char::is_lowercase)
}

/// A list marker: `1.`, `2)`, `*`, `-`, `•`, `+`, `o` followed by a space.
pub(crate) fn starts_list_item(line: &str) -> bool {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &line[digits..];
    if digits > 0 && digits <= 3 {
        return rest.starts_with(". ") || rest.starts_with(") ");
    }
    ["* ", "- ", "• ", "+ ", "o ", "· ", "– "]
        .iter()
        .any(|m| line.starts_with(m))
}

/// `(Abed Rahim Khatib/Flash90)`: a photo credit alone on its line.
fn is_bare_credit(line: &str) -> bool {
    line.len() <= 80
        && line.starts_with('(')
        && line.ends_with(')')
        && line.contains('/')
        && line[1..line.len() - 1]
            .chars()
            .all(|c| c != '(' && c != ')')
}

fn push_collapsed(out: &mut String, piece: &str) {
    let mut last_space = out.is_empty() || out.ends_with(' ');
    if !out.is_empty() && !last_space {
        out.push(' ');
        last_space = true;
    }
    for c in piece.chars() {
        if c == ' ' {
            if !last_space {
                out.push(' ');
            }
            last_space = true;
        } else {
            out.push(c);
            last_space = false;
        }
    }
    let kept = out.trim_end_matches(' ').len();
    out.truncate(kept);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        Document::parse(s)
            .blocks
            .into_iter()
            .map(|b| b.text)
            .collect()
    }

    #[test]
    fn one_block_per_line_in_a_group() {
        assert_eq!(
            texts("Share:\n\nFacebook\nTwitter\n"),
            ["Share:", "Facebook", "Twitter"]
        );
    }

    #[test]
    fn wrapped_prose_and_indented_items_join() {
        assert_eq!(
            texts("  1. I love your site. Did you\n    build it yourself?\n  2. The next one is long\nand more\nMenu\nsearch"),
            ["1. I love your site. Did you build it yourself?", "2. The next one is long and more", "Menu", "search"]
        );
    }

    #[test]
    fn capitalised_line_after_open_line_starts_a_block() {
        assert_eq!(texts("Menu\nHome\nNews"), ["Menu", "Home", "News"]);
    }

    #[test]
    fn bare_credit_joins_its_caption() {
        assert_eq!(
            texts("People wait in line, June 20, 2019.\n(Jane Doe/Agency)"),
            ["People wait in line, June 20, 2019. (Jane Doe/Agency)"]
        );
    }

    #[test]
    fn ranges_and_groups() {
        let doc = Document::parse("a\n\n\nthe line is hard wrapped\nhere and\nB\n");
        let spans: Vec<_> = doc
            .blocks
            .iter()
            .map(|b| (b.first, b.last, b.group))
            .collect();
        assert_eq!(spans, [(0, 0, 0), (3, 4, 1), (5, 5, 1)]);
        assert_eq!(doc.blocks[1].text, "the line is hard wrapped here and");
    }

    #[test]
    fn whitespace_collapses() {
        assert_eq!(texts("a  b   c"), ["a b c"]);
    }
}
