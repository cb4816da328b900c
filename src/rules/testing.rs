//! Helpers for the rules' unit tests: clean a small dump and ask what a
//! block became, so each test reads as "this text is that kind".

use crate::document::Document;
use crate::{Cleaned, Cleaner, Config, Kind};

/// Cleans `dump` with the default configuration.
pub(crate) fn clean(dump: &str) -> Cleaned {
    Cleaner::new(Config::default())
        .clean(dump)
        .expect("small input")
}

/// The kind and rule that removed the block holding `needle`, or `None`
/// when it was kept (body or metadata).
pub(crate) fn removed_as(dump: &str, needle: &str) -> Option<(Kind, &'static str)> {
    let cleaned = clean(dump);
    let found = cleaned
        .removals
        .iter()
        .find(|r| r.text.contains(needle))
        .map(|r| (r.kind, r.rule));
    if found.is_none() {
        assert!(
            cleaned.body.contains(needle)
                || [&cleaned.title, &cleaned.standfirst, &cleaned.byline]
                    .iter()
                    .any(|m| m.as_deref().is_some_and(|m| m.contains(needle))),
            "`{needle}` is nowhere in the result"
        );
    }
    found
}

/// Checks a search of the whole page ([`Document::mark_short_blocks`])
/// against the test of one block, over a page of `blocks` (a blank line
/// between each): `page` must answer for every block as `block` does.
/// Returns how many blocks pass, for the caller to check the page tests
/// something.
pub(crate) fn page_search_agrees(
    blocks: &[&str],
    page: impl Fn(&Document) -> Vec<bool>,
    block: impl Fn(&str) -> bool,
) -> usize {
    let doc = Document::parse(blocks.join("\n\n"), None);
    assert_eq!(doc.blocks.len(), blocks.len());
    let expected: Vec<bool> = blocks.iter().map(|b| block(b)).collect();
    assert_eq!(page(&doc), expected);
    expected.iter().filter(|&&b| b).count()
}

/// A body of ordinary prose paragraphs to set chrome among, so that rules
/// which look at position and context see an article around the test line.
pub(crate) const PROSE: &str = "The council met on Tuesday evening to discuss the new budget, which has been delayed for several months by disagreements over road repairs.\n\n\
Several members said that the plan would raise local taxes, while others argued that the town could not afford to wait any longer for the work.\n\n\
The mayor said she expected a vote before the end of the month and promised that residents would be consulted before any final decision.\n\n\
Officials estimate that the repairs will take two years to complete and will be paid for in part by a grant from the regional government.";

/// A reader's comment as long as a paragraph: long enough that the
/// article's run reaches over a comments header to take it in.
pub(crate) const LONG_COMMENT: &str = "I have lived in this town for forty years and I have never seen the roads in such a state; the council should have fixed them long before now, and I hope that the vote goes through at the end of the month.";

/// `PROSE` with `chrome` inserted after its second paragraph.
pub(crate) fn amid_prose(chrome: &str) -> String {
    let mut parts: Vec<&str> = PROSE.split("\n\n").collect();
    parts.insert(2, chrome);
    parts.join("\n\n")
}

/// `PROSE` followed by `tail`.
pub(crate) fn after_prose(tail: &str) -> String {
    format!("{PROSE}\n\n{tail}")
}
