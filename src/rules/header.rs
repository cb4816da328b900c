//! The headline and the standfirst.
//!
//! Article dumps open with the headline: the first block that no chrome
//! rule took, short, and not closed like a sentence. The standfirst (dek)
//! follows it: the next such block, a sentence's length but without the
//! full stop body paragraphs end with. Neither is body or chrome; both go
//! to the metadata. A dump that opens with body prose has no title (the
//! first block is a caption, say), and none is invented.
//!
//! Known misses: a headline that ends with a full stop, and a standfirst
//! written as a full sentence with one, which stays in the body.

use super::{Label, Pass, Rule, RuleDocs};
use crate::Kind;

pub(crate) const HEADLINE: Rule = Rule {
    name: "headline",
    summary: "the first block that is not chrome, when it is short and unpunctuated: the title",
    kinds: &[],
    reads: &[],
    docs: RuleDocs {
        catches: "The first block no chrome rule took, when it is headline-shaped: short, not closed like a sentence (a short question or exclamation may be), not on top of a stack of such lines. It becomes the title.",
        why: "The title is metadata, not a paragraph of the body.",
        misses: "A headline that ends with a full stop stays in the body; a dump that opens with body prose has no title, and none is invented.",
        example: "Council delays budget vote",
    },
    run: run_headline,
};

pub(crate) const STANDFIRST: Rule = Rule {
    name: "standfirst",
    summary: "the unpunctuated sentence right under the headline: the standfirst",
    kinds: &[],
    reads: &["headline"],
    docs: RuleDocs {
        catches: "The block right under the headline when it is a sentence's length without the full stop body paragraphs end with. It becomes the standfirst.",
        why: "The standfirst (dek) is metadata that summarizes the story.",
        misses: "A standfirst written as a full sentence with a full stop stays in the body.",
        example: "Repairs to the bypass push the decision into next month, officials say",
    },
    run: run_standfirst,
};

pub(crate) const HEADER_FURNITURE: Rule = Rule {
    name: "header-furniture",
    summary:
        "short unpunctuated lines between the headline and the story (section labels, counters)",
    kinds: &[Kind::Navigation],
    reads: &["headline"],
    docs: RuleDocs {
        catches: "Short unpunctuated lines between the headline and the story: section labels, counters, image markers.",
        why: "They belong to the page's header, not the story.",
        misses: "Furniture below the first paragraph.",
        example: "World",
    },
    run: run_header_furniture,
};

/// Most blocks of header furniture.
const MAX_FURNITURE_BLOCKS: usize = 6;
/// Most words in a line of header furniture.
const MAX_FURNITURE_WORDS: usize = 12;

/// Most words in a headline.
pub(super) const MAX_TITLE_WORDS: usize = 25;
/// Fewest and most words in a standfirst.
const STANDFIRST_WORDS: std::ops::RangeInclusive<usize> = 6..=80;

/// Most characters in a headline: 25 words of Latin script, and a bound
/// for scripts written without spaces, whose words are not counted.
const MAX_TITLE_CHARS: usize = 200;

fn is_headline_shaped(text: &str, words: usize) -> bool {
    (2..=MAX_TITLE_WORDS).contains(&words)
        && !text.ends_with(['.', ',', ';', ':', '，', '；', '：'])
        && text.chars().next().is_some_and(|c| !c.is_lowercase())
        && text.chars().nth(MAX_TITLE_CHARS).is_none()
        && !holds_sentence_end(text)
}

/// Whether a sentence ends inside or at the end of `text`: a full stop
/// after a word and before a capital (`... die Luftverschmutzung. Aber
/// ...`) or a closing quote, or an ideographic full stop anywhere. A headline is one phrase; a lead
/// paragraph without its last full stop is not. A stop after a short or
/// capitalised short word is an abbreviation (`Dr. Who`, `U.S. Army`,
/// `Prof. Smith`) and does not count. Question and exclamation marks do
/// not count either: headlines ask and exclaim (`The season starts! Where
/// to find ...`).
fn holds_sentence_end(text: &str) -> bool {
    if text.contains('。') {
        return true;
    }
    text.match_indices('.').any(|(stop, _)| {
        let word = text[..stop]
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let letters = word.chars().count();
        let lower = word.chars().filter(|c| c.is_lowercase()).count();
        let a_word = word.chars().last().is_some_and(char::is_lowercase)
            && (letters >= 5 || letters >= 4 && lower == letters);
        let after = &text[stop + 1..];
        let next_sentence = after
            .strip_prefix(' ')
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_uppercase);
        let closing_quote = after.starts_with(['”', '"', '»', '“']);
        a_word && (next_sentence || closing_quote)
    })
}

/// The index of the title block, once the headline rule has run.
pub(crate) fn title_index(pass: &Pass) -> Option<usize> {
    pass.labels.iter().position(|l| *l == Some(Label::Title))
}

/// How many blocks under a headline something that is not headline-shaped
/// must come within: a headline heads a story, not a list of more
/// headlines. The bound also makes idempotent cleaning settle fast: a pass
/// over a body whose top is a run of headline-shaped lines takes one of
/// them, and the next pass the next, only while the run is this short.
const HEAD_BLOCKS: usize = 8;

fn run_headline(pass: &mut Pass) {
    let head: Vec<usize> = pass.undecided_blocks().take(HEAD_BLOCKS + 1).collect();
    let [first, ref under @ ..] = head[..] else {
        return;
    };
    let shaped = |i: usize| is_headline_shaped(pass.text(i), pass.feats[i].words);
    if !under.iter().all(|&i| shaped(i))
        && shaped(first)
        && !super::names::is_person_name(pass.text(first))
    {
        pass.metadata(first, Label::Title);
    }
}

fn run_standfirst(pass: &mut Pass) {
    let Some(title) = title_index(pass) else {
        return;
    };
    let Some(next) = pass.undecided_blocks().find(|&i| i > title) else {
        return;
    };
    let text = pass.text(next);
    if STANDFIRST_WORDS.contains(&pass.feats[next].words)
        && !pass.feats[next].ends_sentence
        && !text.ends_with([':', ','])
        && !super::names::is_name_list(text)
    {
        pass.metadata(next, Label::Standfirst);
    }
}

/// Between the headline and the first paragraph, pages print their
/// furniture: the section, the author's name, counters, an image label.
/// Whatever of it no other rule named, and that is short and not closed
/// like a sentence, goes; a sentence there (a short lead) stays.
fn run_header_furniture(pass: &mut Pass) {
    let Some(title) = title_index(pass) else {
        return;
    };
    let mut head = Vec::new();
    let mut story_follows = false;
    for i in pass.undecided_blocks().filter(|&i| i > title) {
        if pass.feats[i].is_prose() {
            story_follows = true;
            break;
        }
        head.push(i);
    }
    // A page without a paragraph of prose under the headline (a product
    // page, a table) has no furniture to tell from its content.
    if !story_follows || head.len() > MAX_FURNITURE_BLOCKS {
        return;
    }
    for i in head {
        let f = &pass.feats[i];
        if f.words <= MAX_FURNITURE_WORDS && !f.ends_sentence && !pass.text(i).is_empty() {
            pass.chrome(i, Kind::Navigation);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{clean, PROSE};

    #[test]
    fn headline_and_standfirst() {
        let dump = format!("Council delays budget vote\n\nRepairs to the bypass push the decision into next month, officials say\n\n{PROSE}");
        let cleaned = clean(&dump);
        assert_eq!(cleaned.title.as_deref(), Some("Council delays budget vote"));
        assert!(cleaned
            .standfirst
            .as_deref()
            .unwrap()
            .starts_with("Repairs"));
        assert!(cleaned.body.starts_with("The council met"));
    }

    #[test]
    fn furniture_under_the_headline_goes() {
        let dump = format!("Council delays budget vote\n\nLocal politics\n\n1,204 views\n\nIt was a long night.\n\n{PROSE}");
        let cleaned = clean(&dump);
        assert_eq!(cleaned.removals.len(), 2, "{:?}", cleaned.removals);
        assert!(cleaned.body.starts_with("It was a long night."));
    }

    #[test]
    fn no_title_when_the_dump_opens_with_prose() {
        let cleaned = clean(PROSE);
        assert_eq!(cleaned.title, None);
        assert_eq!(cleaned.standfirst, None);
    }

    #[test]
    fn a_lead_that_lacks_only_its_last_full_stop_is_not_a_headline() {
        for lead in [
            "The council met again on Tuesday. Its members could not agree on the budget",
            "Der Rat tagte am Dienstag über die Luftverschmutzung. Aber die Mitglieder einigten sich nicht",
            "市议会周二晚上开会。议员们没有就预算达成一致",
        ] {
            assert!(super::holds_sentence_end(lead), "{lead}");
            assert_eq!(clean(&format!("{lead}\n\n{PROSE}")).title, None, "{lead}");
        }
        for headline in [
            "Dr. Who returns to the U.S. screens",
            "Prof. Smith wins the Nobel Prize",
            "The season starts! Where to find the best markets",
        ] {
            assert!(!super::holds_sentence_end(headline), "{headline}");
        }
        assert!(super::is_headline_shaped("市议会推迟预算表决", 2));
        assert!(!super::is_headline_shaped("市议会推迟预算表决。", 2));
        assert!(!super::is_headline_shaped("市议会推迟预算表决，", 2));
        let long = format!("Council {}", "预算".repeat(100));
        assert!(!super::is_headline_shaped(&long, 2));
    }

    #[test]
    fn a_stack_of_headlines_has_no_headline() {
        let stack: Vec<String> = (1..=12)
            .map(|i| format!("Council delays budget vote number {i}"))
            .collect();
        // Without the article search, which would take all but the last
        // of them for a menu above the story.
        let cleaner = crate::Cleaner::new(
            crate::Config::default()
                .disable_rule("outside-article")
                .unwrap(),
        );
        let clean = |n: usize| {
            let dump = format!("{}\n\n{PROSE}", stack[..n].join("\n\n"));
            cleaner.clean(&dump).unwrap().title
        };
        assert_eq!(clean(12), None);
        assert_eq!(clean(3).as_deref(), Some(stack[0].as_str()));
    }

    #[test]
    fn punctuated_sentence_under_headline_stays_body() {
        let dump = format!("Council delays budget vote\n\n{PROSE}");
        let cleaned = clean(&dump);
        assert_eq!(cleaned.standfirst, None);
        assert!(cleaned.body.starts_with("The council met"));
    }
}
