//! Donation, subscription and newsletter appeals.
//!
//! Publishers ask for money and sign-ups in a small set of phrases: `We
//! need your support`, `Support our work today`, `Subscribe`, `Sign up for
//! our newsletter`, `Unterstützen Sie uns`, `Abonnez-vous`. A block is an
//! appeal when it is one of those lines, or a short block that holds one of
//! the appeal sentences. The paragraphs that follow an appeal header at the
//! end of a page are taken by the `tail-section` context rule.
//!
//! Known misses: appeals worded as ordinary prose with none of the phrases
//! (they read like the story) and paywall notices phrased per site.

use super::{Pass, Rule, RuleDocs};
use crate::lexicon::{LineSet, PhraseSet};
use crate::Kind;

pub(crate) const APPEAL: Rule = Rule {
    name: "appeal",
    summary: "donation, membership, subscription and newsletter appeals",
    kinds: &[Kind::Appeal],
    reads: &[],
    docs: RuleDocs {
        catches: "A donation, membership, subscription or newsletter line (`We need your support`, `Subscribe`, `Sign up for our newsletter`, `Unterstützen Sie uns`), or a short block holding one of the appeal sentences.",
        why: "Publishers' requests for money and sign-ups are not the story; `tail-section` takes the paragraphs under a closing appeal header.",
        misses: "Appeals worded as ordinary prose, and paywall notices phrased per site.",
        example: "We need your support",
    },
    run,
};

/// Longest block that an appeal phrase marks, in words.
const MAX_APPEAL_WORDS: usize = 40;

fn run(pass: &mut Pass) {
    pass.label_each(Kind::Appeal, |pass, i| {
        let f = &pass.feats[i];
        f.is(LineSet::Appeal) || (f.words <= MAX_APPEAL_WORDS && f.has(PhraseSet::Appeal))
    });
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{after_prose, amid_prose, removed_as};
    use crate::Kind;

    #[test]
    fn catches_appeals() {
        for line in [
            "We need your support",
            "We need your support in keeping our journalism going. Support our work today.",
            "Sign up for our newsletter to get the news every morning.",
            "Unterstützen Sie uns",
        ] {
            assert_eq!(
                removed_as(&after_prose(line), line),
                Some((Kind::Appeal, "appeal")),
                "{line}"
            );
        }
    }

    #[test]
    fn keeps_lookalikes() {
        let s =
            "The mayor said the town needs your support if the grant application is to succeed.";
        assert_eq!(removed_as(&amid_prose(s), s), None);
        let s = "Residents can subscribe to text alerts about road closures, the council said on Monday.";
        assert_eq!(removed_as(&amid_prose(s), s), None);
    }
}
