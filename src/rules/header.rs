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

use super::{Label, Pass, Rule};
use crate::Kind;

pub(crate) const HEADLINE: Rule = Rule {
    name: "headline",
    summary: "the first block that is not chrome, when it is short and unpunctuated: the title",
    run: run_headline,
};

pub(crate) const STANDFIRST: Rule = Rule {
    name: "standfirst",
    summary: "the unpunctuated sentence right under the headline: the standfirst",
    run: run_standfirst,
};

pub(crate) const HEADER_FURNITURE: Rule = Rule {
    name: "header-furniture",
    summary:
        "short unpunctuated lines between the headline and the story (section labels, counters)",
    run: run_header_furniture,
};

/// Most blocks of header furniture.
const MAX_FURNITURE_BLOCKS: usize = 6;
/// Most words in a line of header furniture.
const MAX_FURNITURE_WORDS: usize = 12;

/// Most words in a headline.
const MAX_TITLE_WORDS: usize = 25;
/// Fewest and most words in a standfirst.
const STANDFIRST_WORDS: std::ops::RangeInclusive<usize> = 6..=80;

fn is_headline_shaped(text: &str, words: usize) -> bool {
    (2..=MAX_TITLE_WORDS).contains(&words)
        && !text.ends_with(['.', ',', ';', ':'])
        && text.chars().next().is_some_and(|c| !c.is_lowercase())
}

/// The index of the title block, once the headline rule has run.
pub(crate) fn title_index(pass: &Pass) -> Option<usize> {
    pass.labels.iter().position(|l| *l == Some(Label::Title))
}

fn run_headline(pass: &mut Pass) {
    let first_two: Vec<usize> = pass.undecided_blocks().take(2).collect();
    let [first, _story] = first_two[..] else {
        return;
    };
    if is_headline_shaped(pass.text(first), pass.feats[first].words)
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
    fn punctuated_sentence_under_headline_stays_body() {
        let dump = format!("Council delays budget vote\n\n{PROSE}");
        let cleaned = clean(&dump);
        assert_eq!(cleaned.standfirst, None);
        assert!(cleaned.body.starts_with("The council met"));
    }
}
