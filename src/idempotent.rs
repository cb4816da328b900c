//! Idempotent cleaning: clean the body again until a pass changes nothing.
//!
//! One pass is not idempotent. It judges each block among the page around
//! it, and its body is that page with the chrome taken out: a second pass
//! over the body alone finds a subheading at the top where the headline
//! would stand, or a different densest run of prose among the paragraphs
//! alone. No rule can tell a clean body from an article dump, so the only
//! exact way is a fixpoint: run the pass over the body, carry what it
//! decides back onto the input's blocks, and repeat until it keeps every
//! paragraph. The body left then is one that the pass keeps whole, which
//! is the promise: cleaning it again keeps every paragraph.
//!
//! Every pass but the last takes at least one paragraph out. The rules
//! that could take one block a pass for long, each looking at the top of
//! the body, are built not to: the headline is not one of a stack of
//! headline-shaped lines, and the byline is the one line of names in the
//! head, not the first of a list. So passes are few: of the 1,016
//! development dumps, 829 need one more pass to confirm the first, and
//! none more than five passes in all. [`MAX_PASSES`] bounds the time for
//! any input; a dump that has not settled by then keeps the body of the
//! last pass, which a further cleaning could still cut.

use crate::cleaned::{body_paragraphs, in_body, Cleaned, Fate, PARAGRAPH_BREAK};
use crate::document::Document;
use crate::rules::{Label, RuleId, HEADLINE, STANDFIRST};
use crate::{Error, Kind};

/// Most passes over one dump, the first included: well over the five any
/// development dump needs, and a bound, so that an input made to settle
/// one block a pass still takes linear time.
pub(crate) const MAX_PASSES: usize = 16;

/// Cleans the body given by `labels` again with `clean_once` until a pass
/// changes nothing, relabelling each block that a pass takes out of the
/// body. `byline` is filled when a later pass finds the author and the
/// first did not.
pub(crate) fn settle(
    doc: &Document,
    labels: &mut [Option<Label>],
    byline: &mut Option<String>,
    keep_markdown: bool,
    clean_once: impl Fn(&str) -> Result<Cleaned, Error>,
) -> Result<(), Error> {
    for _ in 1..MAX_PASSES {
        let body = Body::new(doc, labels, keep_markdown);
        if body.blocks.is_empty() {
            break;
        }
        let again = clean_once(&body.text)?;
        if !relabel(&body, &again, labels) {
            break;
        }
        if byline.is_none() {
            byline.clone_from(&again.byline);
        }
    }
    Ok(())
}

/// The body of the current labels, and which input block each of its
/// paragraphs is.
struct Body {
    text: String,
    /// The input block of each paragraph.
    blocks: Vec<usize>,
    /// The line of the body text (from 1) each paragraph starts on.
    first_lines: Vec<usize>,
}

impl Body {
    fn new(doc: &Document, labels: &[Option<Label>], keep_markdown: bool) -> Body {
        let mut body = Body {
            text: String::new(),
            blocks: Vec::new(),
            first_lines: Vec::new(),
        };
        let mut line = 1;
        for (i, paragraph) in body_paragraphs(doc, labels, keep_markdown) {
            if !body.text.is_empty() {
                body.text.push_str(PARAGRAPH_BREAK);
                line += newlines(PARAGRAPH_BREAK);
            }
            body.blocks.push(i);
            body.first_lines.push(line);
            line += newlines(&paragraph);
            body.text.push_str(&paragraph);
        }
        body
    }

    /// The input block of the paragraph that holds body line `line`.
    fn block_at(&self, line: usize) -> usize {
        let paragraph = self.first_lines.partition_point(|&first| first <= line);
        self.blocks[paragraph.saturating_sub(1)]
    }
}

fn newlines(text: &str) -> usize {
    memchr::memchr_iter(b'\n', text.as_bytes()).count()
}

/// Carries the decisions of a pass over `body` onto the input's blocks.
/// Returns whether any paragraph left the body.
fn relabel(body: &Body, again: &Cleaned, labels: &mut [Option<Label>]) -> bool {
    let mut removals = again.removals.iter();
    let mut changed = false;
    for placement in &again.blocks {
        let label = match placement.fate {
            Fate::Body => continue,
            Fate::Removed => removals.next().and_then(|removal| {
                Some(Label::Chrome {
                    kind: removal.kind,
                    rule: RuleId::named(removal.rule)?,
                })
            }),
            Fate::Title => metadata_or_chrome(labels, Label::Title, HEADLINE.name),
            Fate::Standfirst => metadata_or_chrome(labels, Label::Standfirst, STANDFIRST.name),
            Fate::Byline => Some(Label::Byline),
        };
        // Every removal names a rule of the pipeline, so there is a label.
        let Some(label) = label else {
            continue;
        };
        let i = body.block_at(placement.lines.first as usize);
        // A paragraph that the pass read as several blocks takes the
        // first decision about any of them.
        if in_body(labels[i]) {
            labels[i] = Some(label);
            changed = true;
        }
    }
    changed
}

/// `label` when no block holds it yet; otherwise the block is one more
/// headline-shaped line above the story, removed as the header furniture
/// rule removes such lines, in the name of the rule that found it. It is
/// removed even when the user keeps navigation: left at the top of the
/// body, it would be the headline of the next pass.
fn metadata_or_chrome(labels: &[Option<Label>], label: Label, rule: &str) -> Option<Label> {
    if labels.contains(&Some(label)) {
        Some(Label::Chrome {
            kind: Kind::Navigation,
            rule: RuleId::named(rule)?,
        })
    } else {
        Some(label)
    }
}

#[cfg(test)]
mod tests {
    use super::Body;
    use crate::document::Document;
    use crate::{Cleaner, Config, DumpFormat, Fate, Kind};

    const PROSE: &str = "The council met on Tuesday evening to discuss the new budget, which has been delayed for months because of a dispute over road repairs.\n\nThe mayor said the vote would take place next week, once the finance committee had reviewed the figures and published its report.";

    fn clean(dump: &str, idempotent: bool) -> crate::Cleaned {
        Cleaner::new(Config::default().idempotent(idempotent))
            .clean(dump)
            .unwrap()
    }

    #[test]
    fn a_headline_found_under_the_title_is_removed_with_its_input_lines() {
        // One pass keeps the question under the headline; a pass over the
        // body alone takes it for the headline.
        let dump = format!("Council delays budget vote\n\nWhy was the vote delayed?\n\n{PROSE}");
        assert!(clean(&dump, false).body.starts_with("Why was"));
        let cleaned = clean(&dump, true);
        assert_eq!(cleaned.title.as_deref(), Some("Council delays budget vote"));
        let removal = &cleaned.removals[0];
        assert_eq!((removal.kind, removal.rule), (Kind::Navigation, "headline"));
        assert_eq!(removal.text, "Why was the vote delayed?");
        assert_eq!((removal.lines.first, removal.lines.last), (3, 3));
        assert_eq!(cleaned.body, PROSE);
        assert_eq!(clean(&cleaned.body, true).body, cleaned.body);
    }

    #[test]
    fn a_headline_found_by_a_later_pass_is_the_title_when_there_was_none() {
        // The first block is a pull quote, removed after the headline rule
        // has run, so one pass finds no headline.
        let dump = format!("the finance committee had reviewed the figures and published its report\n\nWhy was the vote delayed?\n\n{PROSE}");
        assert_eq!(clean(&dump, false).title, None);
        let cleaned = clean(&dump, true);
        assert_eq!(cleaned.title.as_deref(), Some("Why was the vote delayed?"));
        assert_eq!(cleaned.blocks[1].fate, Fate::Title);
        assert_eq!(cleaned.body, PROSE);
    }

    #[test]
    fn paragraphs_of_several_lines_map_back_to_their_blocks() {
        let doc = Document::parse(
            "# Title\n\nThe council met on Tuesday evening\nto discuss the new budget.\n\nThe mayor said that the vote\nwould come next week.\n\nLast".to_string(),
            Some(DumpFormat::Markdown),
        );
        let labels = vec![None; doc.blocks.len()];
        let body = Body::new(&doc, &labels, true);
        // Hard-wrapped paragraphs keep their lines in markdown.
        assert_eq!(body.text.lines().count(), 9, "{:?}", body.text);
        for (line, text) in body.text.lines().enumerate() {
            if !text.is_empty() {
                let block = body.block_at(line + 1);
                let first = doc.blocks[block].first;
                let source = doc.source(&doc.blocks[block]);
                assert!(
                    source.contains(text),
                    "line {} `{text}` maps to block {first}",
                    line + 1
                );
            }
        }
    }
}
