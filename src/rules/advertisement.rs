//! Ad slot labels.
//!
//! An ad slot leaves its label in the text dump when the ad itself is
//! dropped: `Advertisement`, `Sponsored`, `Anzeige`, `Publicité`,
//! `Story continues below`. Only a block that is the label and nothing else
//! is removed, so a sentence about advertising stays.
//!
//! Known misses: sponsored articles themselves, which read like news.

use super::{Pass, Rule, RuleDocs};
use crate::lexicon::LineSet;
use crate::Kind;

pub(crate) const AD_LABEL: Rule = Rule {
    name: "ad-label",
    summary: "ad slot labels (`Advertisement`, `Anzeige`, `Story continues below`)",
    kinds: &[Kind::Advertisement],
    reads: &[],
    docs: RuleDocs {
        catches: "A block that is only an ad slot's label: `Advertisement`, `Sponsored`, `Anzeige`, `Publicité`, `Story continues below`.",
        why: "The ad was dropped by the scraper and its label left behind; it is no part of the story.",
        misses: "Sponsored articles themselves, which read like news.",
        example: "Advertisement",
    },
    run,
};

fn run(pass: &mut Pass) {
    pass.label_each(Kind::Advertisement, |pass, i| pass.feats[i].is(LineSet::Ad));
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{amid_prose, removed_as};
    use crate::Kind;

    #[test]
    fn catches_labels() {
        for line in [
            "Advertisement",
            "ANZEIGE",
            "- Story continues below -",
            "Publicité",
        ] {
            assert_eq!(
                removed_as(&amid_prose(line), line),
                Some((Kind::Advertisement, "ad-label")),
                "{line}"
            );
        }
    }

    #[test]
    fn keeps_lookalikes() {
        let s = "Advertisement spending in the region fell by a fifth last year, the chamber said.";
        assert_eq!(removed_as(&amid_prose(s), s), None);
    }
}
