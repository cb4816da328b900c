//! Turning a result into what the user asked to see.

use std::fmt::Write as _;

use chaff::Cleaned;

use crate::args::Format;

/// The output for one input, without a trailing newline.
pub fn render(cleaned: &Cleaned, name: &str, format: Format, title: bool, explain: bool) -> String {
    if explain {
        return explain_removals(cleaned);
    }
    match format {
        Format::Json => json(cleaned, name),
        Format::Text => {
            let mut out = String::with_capacity(cleaned.body.len() + 128);
            if let (true, Some(t)) = (title, &cleaned.title) {
                out.push_str(t);
                if !cleaned.body.is_empty() {
                    out.push_str("\n\n");
                }
            }
            out.push_str(&cleaned.body);
            out
        }
    }
}

#[derive(serde::Serialize)]
struct Named<'a> {
    input: &'a str,
    #[serde(flatten)]
    cleaned: &'a Cleaned,
}

fn json(cleaned: &Cleaned, name: &str) -> String {
    serde_json::to_string(&Named {
        input: name,
        cleaned,
    })
    .expect("a Cleaned always serializes")
}

/// Longest text shown for one removed block.
const EXPLAIN_WIDTH: usize = 100;

/// One line per removed block: its lines, kind, rule and text.
fn explain_removals(cleaned: &Cleaned) -> String {
    let mut out = String::new();
    for r in &cleaned.removals {
        let lines = if r.lines.first == r.lines.last {
            format!("{}", r.lines.first)
        } else {
            format!("{}-{}", r.lines.first, r.lines.last)
        };
        let mut text: String = r.text.chars().take(EXPLAIN_WIDTH).collect();
        if text.len() < r.text.len() {
            text.push('…');
        }
        let _ = writeln!(
            out,
            "{lines:>9}  {:<13} {:<20} {text}",
            r.kind.name(),
            r.rule
        );
    }
    let _ = write!(
        out,
        "{} removed; kept {} paragraphs",
        cleaned.removals.len(),
        cleaned.paragraphs().count()
    );
    if let Some(kind) = cleaned.page_kind {
        let _ = write!(out, "; page kind: {kind}");
    }
    out
}
