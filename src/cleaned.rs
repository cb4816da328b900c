//! Assembling the result: body text, metadata and the removal report.

use std::borrow::Cow;

use crate::document::{Document, DumpFormat};
use crate::rules::Label;
use crate::{Kind, Language, PageKind};

/// An inclusive, 1-based range of input lines.
///
/// Lines are counted as Python's `str.splitlines` counts them (LF, CRLF,
/// CR, and the other line terminators of [normalization](crate)); `u32`
/// holds any line number of an input chaff accepts and keeps
/// [`Cleaned::blocks`] small for dumps of very many short lines.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Lines {
    /// First line of the block, counting from 1.
    pub first: u32,
    /// Last line of the block (the same as `first` for one line).
    pub last: u32,
}

/// A block that is neither body nor metadata: what it was and why it went.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Removal {
    /// The kind of chrome.
    pub kind: Kind,
    /// The name of the rule that removed it.
    pub rule: &'static str,
    /// The block's text, lines joined and whitespace collapsed.
    pub text: String,
    /// Where the block stands in the input.
    pub lines: Lines,
}

/// Where one input block ended up.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
pub enum Fate {
    /// A paragraph of the body.
    Body,
    /// The headline.
    Title,
    /// The standfirst under the headline.
    Standfirst,
    /// The author's name line.
    Byline,
    /// Removed; the matching [`Removal`] says why.
    Removed,
}

/// A block of the input and where it ended up.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Placement {
    /// Where the block stands in the input.
    pub lines: Lines,
    /// What became of it.
    pub fate: Fate,
}

/// The clean article.
///
/// Every non-blank block of the input is accounted for exactly once: it is
/// a paragraph of `body`, the title, the standfirst, the byline line, or
/// one of `removals`. `blocks` lists all of them in input order with their
/// fate, which is the same promise in a form a program can check.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Cleaned {
    /// The headline, if the dump starts with one.
    pub title: Option<String>,
    /// The standfirst (dek) under the headline, if any.
    pub standfirst: Option<String>,
    /// The author's name, from a byline or an author bio.
    pub byline: Option<String>,
    /// The language the dump is written in, as given by
    /// [`crate::Config::language`] or detected from its function words;
    /// `None` when it is none of the languages chaff has tables for.
    pub language: Option<Language>,
    /// The kind of page the dump was read as, as given by
    /// [`crate::Config::page_kind`] or told from the page's shape and
    /// marks; `None` for an empty dump or with the `outside-article` rule
    /// off. An article keeps only its run of prose; every other kind keeps
    /// every block the chrome rules do not take.
    pub page_kind: Option<PageKind>,
    /// The body: paragraphs in input order, one blank line between them.
    pub body: String,
    /// Every removed block, in input order.
    pub removals: Vec<Removal>,
    /// Every block, in input order, with where it ended up.
    pub blocks: Vec<Placement>,
    /// How the dump was read, as given by [`crate::Config::dump_format`]
    /// or guessed from its markup. What the body is written in is
    /// [`DumpFormat::of_body`] of it.
    pub format: DumpFormat,
}

impl Cleaned {
    /// The body's paragraphs.
    pub fn paragraphs(&self) -> impl Iterator<Item = &str> {
        self.body.split(PARAGRAPH_BREAK).filter(|p| !p.is_empty())
    }
}

/// What the body puts between two paragraphs.
pub(crate) const PARAGRAPH_BREAK: &str = "\n\n";

/// Whether a block with this label is a paragraph of the body (when it
/// has text).
pub(crate) fn in_body(label: Option<Label>) -> bool {
    matches!(label, None | Some(Label::Kept))
}

/// The body's paragraphs under `labels`, in input order: each block that
/// is body and has text, with its index, as the body spells it (its
/// markdown when the user keeps markdown). The one definition of the body,
/// for the result and for the next pass of idempotent mode.
pub(crate) fn body_paragraphs<'d>(
    doc: &'d Document,
    labels: &'d [Option<Label>],
    keep_markdown: bool,
) -> impl Iterator<Item = (usize, Cow<'d, str>)> + 'd {
    let markdown = keep_markdown && doc.format == DumpFormat::Markdown;
    labels
        .iter()
        .enumerate()
        .filter(move |&(i, label)| in_body(*label) && !doc.block_text(i).is_empty())
        .map(move |(i, _)| {
            let paragraph = if markdown {
                Cow::Owned(doc.source(&doc.blocks[i]))
            } else {
                Cow::Borrowed(doc.block_text(i))
            };
            (i, paragraph)
        })
}

/// The result of a document in `language` whose blocks are labelled
/// `labels`, with the author's name `byline`.
pub(crate) fn assemble(
    doc: &Document,
    labels: Vec<Option<Label>>,
    byline: Option<String>,
    language: Option<Language>,
    page_kind: Option<PageKind>,
    keep_markdown: bool,
) -> Cleaned {
    let mut cleaned = Cleaned {
        byline,
        language,
        page_kind,
        format: doc.format,
        blocks: Vec::with_capacity(doc.blocks.len()),
        ..Cleaned::default()
    };
    // Sized once for the body and the report, rather than grown (and
    // copied) a doubling at a time. The plain text of the body's blocks
    // is its size unless markdown is kept, which may be longer.
    let (mut body_bytes, mut removed) = (0, 0);
    for (i, label) in labels.iter().enumerate() {
        match label {
            Some(Label::Chrome { .. }) => removed += 1,
            label if in_body(*label) => {
                body_bytes += doc.block_text(i).len() + PARAGRAPH_BREAK.len()
            }
            _ => {}
        }
    }
    cleaned.body.reserve(body_bytes);
    cleaned.removals.reserve_exact(removed);
    for (_, paragraph) in body_paragraphs(doc, &labels, keep_markdown) {
        if !cleaned.body.is_empty() {
            cleaned.body.push_str(PARAGRAPH_BREAK);
        }
        cleaned.body.push_str(&paragraph);
    }
    for (i, (block, label)) in doc.blocks.iter().zip(&labels).enumerate() {
        let text = doc.block_text(i);
        let lines = Lines {
            first: block.first + 1,
            last: block.last + 1,
        };
        let fate = match *label {
            None | Some(Label::Kept) => Fate::Body,
            Some(Label::Title) => {
                cleaned.title = Some(text.to_string());
                Fate::Title
            }
            Some(Label::Standfirst) => {
                cleaned.standfirst = Some(text.to_string());
                Fate::Standfirst
            }
            Some(Label::Byline) => Fate::Byline,
            Some(Label::Chrome { kind, rule }) => {
                cleaned.removals.push(Removal {
                    kind,
                    rule: rule.name(),
                    text: text.to_string(),
                    lines,
                });
                Fate::Removed
            }
        };
        cleaned.blocks.push(Placement { lines, fate });
    }
    cleaned
}
