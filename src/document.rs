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

use std::borrow::Cow;
use std::ops::Range;

use crate::markdown;

/// How the scraper wrote the dump.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum DumpFormat {
    /// One block per line group, no markup (a DOM walk's text, or an
    /// article region cut from one).
    #[default]
    Plain,
    /// Layout-preserving text (inscriptis, lynx): indentation, `*`/`+`/`o`
    /// bullets, table columns.
    Layout,
    /// Markdown (html2text, pandoc): `[text](url)` links, `![alt](src)`
    /// images, `#` headings, emphasis and escapes.
    Markdown,
}

impl DumpFormat {
    /// Every format, by the name [`FromStr`](std::str::FromStr) takes and
    /// [`Display`](std::fmt::Display) gives.
    pub const ALL: [DumpFormat; 3] = [DumpFormat::Plain, DumpFormat::Layout, DumpFormat::Markdown];

    /// The format's name: `plain`, `layout` or `markdown`.
    pub fn name(self) -> &'static str {
        match self {
            DumpFormat::Plain => "plain",
            DumpFormat::Layout => "layout",
            DumpFormat::Markdown => "markdown",
        }
    }

    /// What the body of a dump read as `self` is written in: plain text,
    /// or markdown when the dump was markdown and the markdown is kept
    /// ([`crate::Config::keep_markdown`]). Read a body as this to clean it
    /// again (idempotent mode promises to keep it whole then): a plain
    /// body can still hold text that reads as markdown links (a link of
    /// the dump cut across two lines), and guessed as markdown it would be
    /// stripped again.
    pub fn of_body(self, keep_markdown: bool) -> DumpFormat {
        if keep_markdown && self == DumpFormat::Markdown {
            DumpFormat::Markdown
        } else {
            DumpFormat::Plain
        }
    }
}

impl std::fmt::Display for DumpFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for DumpFormat {
    type Err = crate::Error;

    /// A format by its name, as [`DumpFormat::name`] gives it.
    fn from_str(name: &str) -> Result<DumpFormat, crate::Error> {
        crate::named::by_name(&DumpFormat::ALL, DumpFormat::name, name)
            .ok_or_else(|| crate::Error::UnknownFormat(name.to_string()))
    }
}

/// One line of the normalized text, as the block splitter reads it.
struct LineView<'t> {
    /// Leading spaces.
    indent: usize,
    /// The line's words: markup removed, list bullet removed in layout
    /// and markdown dumps.
    text: Cow<'t, str>,
    /// Bytes of `text` that were link text.
    links: usize,
    /// The line opened with a list marker.
    list_item: bool,
    /// A markdown heading (`# ...`).
    heading: bool,
}

/// A unit of judgement: one line, or a line with its continuations.
///
/// Positions are `u32`, which holds any text chaff accepts
/// ([`MAX_TEXT_BYTES`]): a dump of one-letter lines has a block every two
/// bytes, so the size of this record is most of the memory such a dump
/// takes.
#[derive(Debug, Clone)]
pub(crate) struct Block {
    /// Index of the first line (0-based).
    pub first: u32,
    /// Index of the last line (0-based, inclusive).
    pub last: u32,
    /// Index of the blank-line separated group the block sits in.
    pub group: u32,
    /// Byte offset of the first line in [`Document::text`].
    start: u32,
    /// Byte range of the block's text in [`Document::texts`]: the lines'
    /// words joined by one space, runs of spaces collapsed.
    text: Range<u32>,
    /// Bytes of the block's text that were link text (markdown dumps
    /// only).
    pub link_bytes: u32,
    /// The block is a markdown heading.
    pub heading: bool,
}

/// The longest normalized text chaff reads: block and line positions are
/// kept as `u32`. Inputs are refused above it ([`crate::Error::TooLarge`]).
pub(crate) const MAX_TEXT_BYTES: usize = u32::MAX as usize;

/// A position in a text of at most [`MAX_TEXT_BYTES`] bytes or lines.
fn pos(n: usize) -> u32 {
    u32::try_from(n).expect("texts over MAX_TEXT_BYTES are refused before parsing")
}

/// The blocks of a normalized text.
#[derive(Debug)]
pub(crate) struct Document {
    /// The normalized text.
    pub text: String,
    pub format: DumpFormat,
    pub blocks: Vec<Block>,
    /// Every block's text, one after the other (one allocation for all).
    texts: String,
    /// Every short block's text in lower case, likewise; see
    /// [`Document::block_lower`].
    lowers: String,
    /// Each block's range in `lowers` (empty for long blocks).
    lower_spans: Vec<Range<u32>>,
    /// Whether each block's text is all ASCII: told once, here, where
    /// lower-casing asks it, for the features that ask it again.
    ascii: Vec<bool>,
}

impl Document {
    /// Cuts normalized text, at most [`MAX_TEXT_BYTES`] long, into
    /// blocks, reading it as `format` or, when `None`, as the format it
    /// looks like.
    pub fn parse(text: String, format: Option<DumpFormat>) -> Document {
        let lines = Lines::of(&text);
        let format = format.unwrap_or_else(|| detect_format(&text, &lines));
        let (blocks, texts) = split_blocks(&text, &lines, format);
        let (lowers, lower_spans, ascii) = lower_short_blocks(&texts, &blocks);
        Document {
            text,
            format,
            blocks,
            texts,
            lowers,
            lower_spans,
            ascii,
        }
    }

    /// Every short block's lower-cased text, each followed by a line
    /// break, for one search over all of them.
    pub fn lowers(&self) -> &str {
        &self.lowers
    }

    /// Where each block's lower-cased text stands in [`Document::lowers`].
    pub fn lower_spans(&self) -> &[Range<u32>] {
        &self.lower_spans
    }

    /// Sets `flags[i]` for each short block `i` holding one of `hits`,
    /// positions in [`Document::lowers`] in increasing order. One search
    /// of the whole buffer then answers for every short block: a search
    /// a block cost more in the call than in the bytes. A hit on a line
    /// break after a block is no block's.
    pub fn mark_short_blocks(&self, hits: impl Iterator<Item = usize>, flags: &mut [bool]) {
        let spans = &self.lower_spans;
        let mut block = 0;
        for at in hits {
            // The spans are walked forward; a long block's span is empty
            // and passed by.
            while block < spans.len() && spans[block].end as usize <= at {
                block += 1;
            }
            if block < spans.len() && spans[block].start as usize <= at {
                flags[block] = true;
            }
        }
    }

    /// Sets `flags[i]` to `test` of the text of each long block `i`, which
    /// has no lower-cased copy for [`Document::mark_short_blocks`] to
    /// search: the other half of a page search.
    pub fn mark_long_blocks(&self, flags: &mut [bool], test: impl Fn(&str) -> bool) {
        for (i, span) in self.lower_spans.iter().enumerate() {
            if span.is_empty() {
                flags[i] = test(self.block_text(i));
            }
        }
    }

    /// The text of block `i` in lower case, or `""` for a block over
    /// [`SHORT_BLOCK_BYTES`]: chrome labels and buttons are short, so the
    /// phrase tables never need a long block in lower case.
    pub fn block_lower(&self, i: usize) -> &str {
        let span = &self.lower_spans[i];
        &self.lowers[span.start as usize..span.end as usize]
    }

    /// Whether the text of block `i` is all ASCII.
    pub fn block_is_ascii(&self, i: usize) -> bool {
        self.ascii[i]
    }

    /// The text of block `i`.
    pub fn block_text(&self, i: usize) -> &str {
        block_text(&self.texts, &self.blocks[i])
    }

    /// The block's lines as the input wrote them, without the first
    /// line's indentation: the markdown of a markdown block. A line
    /// indented deeper than the first keeps the difference (a list item's
    /// continuation), which is also what makes it continue the block when
    /// the markdown is read again.
    pub fn source(&self, block: &Block) -> String {
        let count = (block.last - block.first) as usize + 1;
        let lines = self.text[block.start as usize..].split('\n').take(count);
        let indent = |line: &str| line.len() - line.trim_start().len();
        let base = indent(lines.clone().next().unwrap_or_default());
        let mut out = String::new();
        for line in lines {
            let line = line.trim_end();
            if !out.is_empty() {
                out.push('\n');
            }
            let kept = if indent(line) > base && line.is_char_boundary(base) {
                &line[base..]
            } else {
                line.trim_start()
            };
            out.push_str(kept);
        }
        out
    }
}

/// The text of `block` in the buffer of all blocks' texts.
fn block_text<'t>(texts: &'t str, block: &Block) -> &'t str {
    &texts[block.text.start as usize..block.text.end as usize]
}

/// Blocks longer than this (in bytes) are never chrome labels or buttons,
/// so they get no lower-cased copy.
pub(crate) const SHORT_BLOCK_BYTES: usize = 1000;

/// The lower case of the short blocks, one after the other, each block's
/// range in it, and whether each block's text is all ASCII.
fn lower_short_blocks(texts: &str, blocks: &[Block]) -> (String, Vec<Range<u32>>, Vec<bool>) {
    let mut lowers = String::with_capacity(texts.len() + blocks.len());
    let mut spans = Vec::with_capacity(blocks.len());
    let mut ascii = Vec::with_capacity(blocks.len());
    for b in blocks {
        let text = block_text(texts, b);
        let start = lowers.len();
        ascii.push(if text.len() <= SHORT_BLOCK_BYTES {
            push_lowercase(&mut lowers, text)
        } else {
            text.is_ascii()
        });
        spans.push(pos(start)..pos(lowers.len()));
        // A line break after each block, which no phrase holds, lets the
        // whole buffer be searched at once without a match straddling two
        // blocks.
        lowers.push('\n');
    }
    (lowers, spans, ascii)
}

/// Appends `text` in lower case. The whole block is copied and its ASCII
/// lowered in place; then each non-ASCII character whose lower case
/// differs is replaced in place when both have the same length, which
/// holds for nearly every letter (a block with one that does not is
/// lowered again character by character). The common letters and
/// punctuation are answered without the Unicode case tables
/// ([`crate::case::quick_lower`]). Returns whether `text` is all ASCII.
fn push_lowercase(out: &mut String, text: &str) -> bool {
    let start = out.len();
    out.push_str(text);
    out[start..].make_ascii_lowercase();
    if text.is_ascii() {
        return true;
    }
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Eight ASCII bytes at a time, then to the next character that
        // starts with a byte from 0xC0.
        if let Some(word) = bytes.get(i..i + 8) {
            let high = crate::swar::load(word) & crate::swar::HIGH;
            if high == 0 {
                i += 8;
                continue;
            }
            // Straight to the first byte that is not ASCII.
            i += crate::swar::lowest_marked(high);
        }
        if bytes[i] < 0xC0 {
            i += 1;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let len = c.len_utf8();
        let lower = crate::case::quick_lower(c).or_else(|| {
            let mut lowered = c.to_lowercase();
            match (lowered.next(), lowered.next()) {
                (Some(l), None) if l.len_utf8() == len => Some(l),
                _ => None,
            }
        });
        match lower {
            Some(l) if l == c => {}
            Some(l) => out.replace_range(start + i..start + i + len, l.encode_utf8(&mut [0; 4])),
            None => {
                out.truncate(start);
                crate::case::lower_str(text, |l| out.push(l));
                return false;
            }
        }
        i += len;
    }
    false
}

/// The non-blank lines of a text: found once, read by the format's guess,
/// the count of non-blank lines and the cutting into blocks, which would
/// otherwise each search the text for its line breaks. Blank lines are
/// told by the gaps between line numbers, so that a dump of blank lines
/// holds nothing here.
struct Lines {
    /// Each non-blank line's number (0-based) and byte range.
    non_blank: Vec<(u32, Range<u32>)>,
}

impl Lines {
    fn of(text: &str) -> Lines {
        let mut non_blank = Vec::new();
        for (number, span) in crate::normalize::line_spans(text).enumerate() {
            if !unindented(&text[span.clone()]).is_empty() {
                non_blank.push((pos(number), pos(span.start)..pos(span.end)));
            }
        }
        Lines { non_blank }
    }

    /// Each non-blank line's number and byte range.
    fn spans(&self) -> impl Iterator<Item = (usize, Range<usize>)> + '_ {
        self.non_blank
            .iter()
            .map(|(number, span)| (*number as usize, span.start as usize..span.end as usize))
    }
}

/// Shortest run of markdown lines that makes a dump markdown.
const MIN_MARKDOWN_LINES: usize = 3;
/// Shortest run of bulleted lines that makes a dump a layout dump.
const MIN_BULLET_LINES: usize = 3;

/// Guesses the dump's format from its markup: inline links, images and
/// `#` headings mean markdown; `*`, `+` or `o` bullets under indentation
/// mean a layout dump.
fn detect_format(text: &str, lines: &Lines) -> DumpFormat {
    let (mut markdown, mut bullets) = (0, 0);
    // One scan of the whole text saves a search per line when there are no
    // inline links at all, as in most plain dumps.
    // memchr's search: the standard library's cost more than half an
    // instruction a byte of the whole text.
    let has_links = memchr::memmem::find(text.as_bytes(), b"](").is_some();
    for (_, span) in lines.spans() {
        let line = &text[span];
        let content = unindented(line);
        if has_links && line.contains("](") && content.contains('[')
            || content.starts_with("# ")
            || content.starts_with("## ")
        {
            markdown += 1;
            if markdown >= MIN_MARKDOWN_LINES {
                return DumpFormat::Markdown;
            }
        }
        let indent = line.len() - content.len();
        if indent >= 2 && ["* ", "+ ", "o "].iter().any(|b| content.starts_with(b)) {
            bullets += 1;
        }
    }
    if markdown >= MIN_MARKDOWN_LINES {
        DumpFormat::Markdown
    } else if bullets >= MIN_BULLET_LINES {
        DumpFormat::Layout
    } else {
        DumpFormat::Plain
    }
}

fn view<'t>(line: &'t str, format: DumpFormat) -> LineView<'t> {
    let content = unindented(line);
    let indent = line.len() - content.len();
    let list_item = starts_list_item(content);
    match format {
        DumpFormat::Plain => LineView {
            indent,
            text: Cow::Borrowed(content),
            links: 0,
            list_item,
            heading: false,
        },
        DumpFormat::Layout => {
            // A bullet, and the empty item of a bullet alone on its line.
            let text = ["* ", "+ ", "o ", "- ", "• "]
                .iter()
                .find_map(|b| content.strip_prefix(b))
                .unwrap_or(if matches!(content, "*" | "+" | "-" | "•") {
                    ""
                } else {
                    content
                });
            LineView {
                indent,
                text: Cow::Borrowed(unindented(text)),
                links: 0,
                list_item: list_item || text.len() < content.len(),
                heading: false,
            }
        }
        DumpFormat::Markdown => {
            let mut text = String::new();
            let links = markdown::strip_line(content, &mut text);
            LineView {
                indent,
                text: Cow::Owned(crate::normalize::recompose(text)),
                links,
                list_item,
                heading: content.starts_with('#'),
            }
        }
    }
}

fn split_blocks(text: &str, lines: &Lines, format: DumpFormat) -> (Vec<Block>, String) {
    // A block has at least one non-blank line: sized for all of them, the
    // list is never copied to grow (which would hold it twice for a
    // moment).
    let mut blocks: Vec<Block> = Vec::with_capacity(lines.non_blank.len());
    let mut texts = String::with_capacity(text.len());
    let mut group = 0;
    let mut prev: Option<LineView> = None;
    let mut first_indent = 0;
    let mut next_line = 0;
    // Where the text holds two spaces in a row, found by one search: a
    // line without any needs no collapsing of spaces, nor a search of its
    // own (a piece of a line that is still the line's text holds none).
    let mut double_spaces = memchr::memmem::find_iter(text.as_bytes(), b"  ").peekable();
    for (i, span) in lines.spans() {
        while double_spaces.next_if(|&at| at < span.start).is_some() {}
        let spaced = double_spaces.peek().is_some_and(|&at| at + 2 <= span.end);
        // A blank line between two lines ends the group above it.
        if i > next_line {
            if !blocks.is_empty() {
                group += 1;
            }
            prev = None;
        }
        next_line = i + 1;
        let raw = &text[span.clone()];
        let line = view(raw, format);
        let spaced = spaced || matches!(line.text, Cow::Owned(_));
        let continues = match &prev {
            Some(p) => {
                !unindented(&p.text).is_empty()
                    && !unindented(&line.text).is_empty()
                    && continues_block(first_indent, p, &line)
            }
            None => false,
        };
        if continues {
            // The continued block is the last one, so its text is the end
            // of the buffer and grows in place.
            let block = blocks.last_mut().expect("a continued block exists");
            block.last = pos(i);
            block.link_bytes += pos(line.links);
            push_collapsed(&mut texts, block.text.start as usize, &line.text, spaced);
            block.text.end = pos(texts.len());
        } else {
            let start = texts.len();
            push_collapsed(&mut texts, start, &line.text, spaced);
            first_indent = line.indent;
            blocks.push(Block {
                first: pos(i),
                last: pos(i),
                group: pos(group),
                start: pos(span.start),
                text: pos(start)..pos(texts.len()),
                link_bytes: pos(line.links),
                heading: line.heading,
            });
        }
        prev = Some(line);
    }
    (blocks, texts)
}

/// A hard-wrapped line holds at least this many words; shorter lines are
/// list items and buttons, whatever case the next line starts with.
const MIN_WRAPPED_WORDS: usize = 5;

/// Whether `line` continues the block above it rather than starting one.
fn continues_block(first_indent: usize, prev: &LineView, line: &LineView) -> bool {
    if line.heading || prev.heading {
        return false;
    }
    if line.indent > first_indent && !line.list_item {
        return true;
    }
    if is_bare_credit(&line.text) {
        return true;
    }
    let prev_closed = prev.text.chars().next_back().is_some_and(|c| {
        matches!(
            c,
            '.' | '!' | '?' | ':' | ';' | '…' | '"' | '”' | '’' | ')' | ']' | '|'
        )
    });
    // The word count last: it reads the most, and most lines fail the
    // two tests before it.
    let prev_wrapped = || {
        prev.text
            .split_ascii_whitespace()
            .nth(MIN_WRAPPED_WORDS - 1)
            .is_some()
    };
    !prev_closed && line.text.chars().next().is_some_and(char::is_lowercase) && prev_wrapped()
}

/// A list marker: `1.`, `2)`, `*`, `-`, `•`, `+`, `o` followed by a space.
pub(crate) fn starts_list_item(line: &str) -> bool {
    // Most lines start with a letter that opens no marker: one test of
    // the first byte (`•` and `–` start with E2, `·` with C2).
    let opens_marker =
        |b: u8| b.is_ascii_digit() || matches!(b, b'*' | b'-' | b'+' | b'o' | 0xC2 | 0xE2);
    line.as_bytes().first().is_some_and(|&b| opens_marker(b))
        && (crate::shapes::list_item_number(line).is_some()
            || ["* ", "- ", "• ", "+ ", "o ", "· ", "– "]
                .iter()
                .any(|m| line.starts_with(m)))
}

/// A line of normalized text without its indentation. Normalizing leaves
/// no whitespace but the plain space and the line break, so the indent is
/// the leading spaces, skipped a byte at a time (`trim_start` decodes each
/// character to ask Unicode whether it is whitespace, five times a line).
fn unindented(line: &str) -> &str {
    let spaces = line.bytes().take_while(|&b| b == b' ').count();
    &line[spaces..]
}

/// `(Abed Rahim Khatib/Flash90)`: a photo credit alone on its line.
fn is_bare_credit(line: &str) -> bool {
    line.len() <= crate::shapes::MAX_CREDIT_BYTES
        && line.starts_with('(')
        && line.ends_with(')')
        && line.contains('/')
        && line[1..line.len() - 1]
            .chars()
            .all(|c| c != '(' && c != ')')
}

/// Appends `piece` to the block text that starts at `start` in `out`,
/// with one space before it if the block has text already, and its runs
/// of spaces collapsed when it may have any (`spaced`).
fn push_collapsed(out: &mut String, start: usize, piece: &str, spaced: bool) {
    // Spaces are ASCII: a byte search, where `trim_matches(' ')` decodes
    // characters.
    let bytes = piece.as_bytes();
    let from = bytes.iter().position(|&b| b != b' ').unwrap_or(bytes.len());
    let to = bytes
        .iter()
        .rposition(|&b| b != b' ')
        .map_or(from, |last| last + 1);
    let piece = &piece[from..to];
    if piece.is_empty() {
        return;
    }
    if out.len() > start {
        out.push(' ');
    }
    if !spaced || !piece.contains("  ") {
        out.push_str(piece);
        return;
    }
    let mut last_space = false;
    for c in piece.chars() {
        if c != ' ' || !last_space {
            out.push(c);
        }
        last_space = c == ' ';
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        let doc = Document::parse(s.to_string(), None);
        (0..doc.blocks.len())
            .map(|i| doc.block_text(i).to_string())
            .collect()
    }

    #[test]
    fn list_markers_are_told_by_their_first_byte_first() {
        let by_markers = |line: &str| {
            crate::shapes::list_item_number(line).is_some()
                || ["* ", "- ", "• ", "+ ", "o ", "· ", "– "]
                    .iter()
                    .any(|m| line.starts_with(m))
        };
        for line in [
            "1. First",
            "12) Twelfth",
            "* item",
            "- item",
            "• item",
            "+ item",
            "o item",
            "· item",
            "– item",
            "— not a marker",
            "only words",
            "ok then",
            "",
            "«quote»",
        ] {
            assert_eq!(starts_list_item(line), by_markers(line), "{line}");
        }
    }

    #[test]
    fn runs_of_spaces_collapse_wherever_they_stand() {
        assert_eq!(
            texts("one  two   three\nplain line\n\nlast  one"),
            ["one two three", "plain line", "last one"]
        );
        // The runs at the end of one line and at the start of the next
        // (which, indented, continues it) fall outside the text of either.
        assert_eq!(texts("tail  \n  head\n\nx"), ["tail head", "x"]);
        // Markdown rewritten around a link may make two spaces of one.
        let doc = Document::parse(
            "See [](https://example.com) now and [x](y) then.".to_string(),
            Some(DumpFormat::Markdown),
        );
        assert_eq!(doc.block_text(0), "See now and x then.");
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
        let doc = Document::parse(
            "a\n\n\nthe line is hard wrapped\nhere and\nB\n".to_string(),
            None,
        );
        let spans: Vec<_> = doc
            .blocks
            .iter()
            .map(|b| (b.first, b.last, b.group))
            .collect();
        assert_eq!(spans, [(0, 0, 0), (3, 4, 1), (5, 5, 1)]);
        assert_eq!(doc.block_text(1), "the line is hard wrapped here and");
    }

    #[test]
    fn detects_formats() {
        let md = "* [Home](https://x.test/)\n* [News](https://x.test/n)\n\n# Title\n\nText [here](https://x.test/h).";
        assert_eq!(
            Document::parse(md.to_string(), None).format,
            DumpFormat::Markdown
        );
        let layout = "  * Home\n  * News\n      + World\n\n    Body text.";
        assert_eq!(
            Document::parse(layout.to_string(), None).format,
            DumpFormat::Layout
        );
        assert_eq!(
            Document::parse("Title\n\nBody.".to_string(), None).format,
            DumpFormat::Plain
        );
    }

    #[test]
    fn markdown_blocks_read_as_plain_text() {
        let md = "# The **vote**\n\n* [Home](https://x.test/)\n* [News](https://x.test/n)\n\n![](https://x.test/i.png)\n\nText [here](https://x.test/h).";
        let doc = Document::parse(md.to_string(), None);
        let texts: Vec<(&str, u32, bool)> = doc
            .blocks
            .iter()
            .enumerate()
            .map(|(i, b)| (doc.block_text(i), b.link_bytes, b.heading))
            .collect();
        assert_eq!(
            texts,
            [
                ("The vote", 0, true),
                ("Home", 4, false),
                ("News", 4, false),
                ("", 0, false),
                ("Text here.", 4, false)
            ]
        );
        assert_eq!(doc.source(&doc.blocks[4]), "Text [here](https://x.test/h).");
    }

    #[test]
    fn layout_bullets_are_removed() {
        let layout = "  * Home\n  * News\n      + World\n      *\n\n    Body text.";
        let texts: Vec<String> = {
            let doc = Document::parse(layout.to_string(), None);
            (0..doc.blocks.len())
                .map(|i| doc.block_text(i).to_string())
                .collect()
        };
        assert_eq!(texts, ["Home", "News", "World", "", "Body text."]);
    }

    #[test]
    fn lower_case_copies_agree_with_std() {
        let latin: String = ('\u{80}'..='\u{24F}')
            .chain('\u{2000}'..='\u{206F}')
            .collect();
        for text in [
            "Ünïcödé ÀND ASCII",
            "İstanbul ΣΟΦΙΑ",
            "plain",
            "",
            "ß Straße",
            // Non-ASCII at every place of an eight-byte word.
            "ABCDEFGÄ ABCDEFÄG ABCDEÄFG ABCDÄEFG ABCÄDEFG ABÄCDEFG AÄBCDEFG ÄABCDEFG",
            &latin,
        ] {
            let mut out = String::from("x");
            assert_eq!(push_lowercase(&mut out, text), text.is_ascii(), "{text}");
            // No final sigma in these: std lowers it by context, chaff by
            // character.
            assert_eq!(out, format!("x{}", text.to_lowercase()));
        }
    }

    #[test]
    fn formats_read_back_their_names() {
        for format in DumpFormat::ALL {
            assert_eq!(format.to_string().parse::<DumpFormat>(), Ok(format));
        }
        assert_eq!(
            "html".parse::<DumpFormat>(),
            Err(crate::Error::UnknownFormat("html".to_string()))
        );
    }

    #[test]
    fn whitespace_collapses() {
        assert_eq!(texts("a  b   c"), ["a b c"]);
    }
}
