//! Hashtag and tag lines.
//!
//! Article pages end with the story's tags: either a run of `#words` or a
//! label such as `Tags:`, `Schlagwörter:`, `Étiquettes :` followed by a
//! list. Both are site furniture, not part of the story.
//!
//! Known misses: tag lists with no label and no `#` (a bare row of topic
//! links), which look like any short line.

use super::{Pass, Rule, RuleDocs};
use crate::lexicon::lexicon;
use crate::Kind;

pub(crate) const HASHTAG_LINE: Rule = Rule {
    name: "hashtag-line",
    summary: "a line of two or more #hashtags and nothing else",
    kinds: &[Kind::Hashtags],
    reads: &[],
    docs: RuleDocs {
        catches: "A line of two or more `#hashtags` and nothing else.",
        why: "Tag lines are site navigation under the story.",
        misses: "A single hashtag alone, and hashtags inside a sentence (kept: they are the author's words).",
        example: "#Gaza #Ceasefire #Negotiations",
    },
    run: run_hashtags,
};

pub(crate) const TAG_LIST: Rule = Rule {
    name: "tag-list",
    summary: "a labelled list of tags or topics (`Tags: ...`, `Schlagwörter: ...`)",
    kinds: &[Kind::Hashtags],
    reads: &[],
    docs: RuleDocs {
        catches: "A labelled list of tags or topics: `Tags:`, `Schlagwörter:`, `Étiquettes :` followed by short items.",
        why: "Tag lists link to other pages of the site; they are not the story.",
        misses: "Tag lists with no label and no `#` (a bare row of topic links).",
        example: "Tags: budget, council, roads",
    },
    run: run_tags,
};

fn is_hashtag_line(text: &str) -> bool {
    if !text.starts_with('#') {
        return false;
    }
    let mut count = 0;
    for token in text.split_whitespace() {
        let Some(tag) = token.strip_prefix('#') else {
            return false;
        };
        if !tag.chars().next().is_some_and(char::is_alphanumeric) {
            return false;
        }
        count += 1;
    }
    count >= 2
}

fn run_hashtags(pass: &mut Pass) {
    pass.label_each(Kind::Hashtags, |pass, i| is_hashtag_line(pass.text(i)));
}

/// Longest tag list, in words.
const MAX_TAG_WORDS: usize = 40;

fn run_tags(pass: &mut Pass) {
    let labels = &lexicon().tag_labels;
    pass.label_each(Kind::Hashtags, |pass, i| {
        let f = &pass.feats[i];
        f.words <= MAX_TAG_WORDS
            && !f.ends_sentence
            && f.may_start(labels)
            && labels.strip(f.lower).is_some()
    });
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{after_prose, amid_prose, removed_as};
    use crate::Kind;

    #[test]
    fn catches_hashtags_and_tag_lists() {
        let dump = after_prose("#Budget #Council #Roads");
        assert_eq!(
            removed_as(&dump, "#Budget"),
            Some((Kind::Hashtags, "hashtag-line"))
        );
        let dump = after_prose("Schlagwörter: Haushalt, Straßen, Rat");
        assert_eq!(
            removed_as(&dump, "Haushalt"),
            Some((Kind::Hashtags, "tag-list"))
        );
    }

    #[test]
    fn keeps_lookalikes() {
        assert_eq!(
            removed_as(
                &amid_prose("#1 on the list was the road repair plan, she said."),
                "#1"
            ),
            None
        );
        let dump = amid_prose("Tags on the new bins will tell collectors which houses have paid.");
        assert_eq!(removed_as(&dump, "Tags on"), None);
    }
}
