//! Cookie, JavaScript and legal notices.
//!
//! Consent banners, browser warnings and legal footers are the same few
//! sentences on every site (`We use cookies`, `Please enable JavaScript`,
//! `All rights reserved`, `Privacy policy`, `Impressum`) and a copyright
//! line (`© 2019 ...`, `Copyright 2020 ...`). A short block holding one of
//! them is a notice. The names of legal pages (`Privacy policy`, `AGB`)
//! are also words a story may use, so alone they mark only a short line
//! or one that is not a sentence.
//!
//! Known misses: long legal paragraphs over the length limit, and notices
//! that the tables do not phrase.

use super::{Pass, Rule, RuleDocs};
use crate::lexicon::{lexicon, PhraseSet};
use crate::Kind;

pub(crate) const NOTICE: Rule = Rule {
    name: "notice",
    summary: "cookie banners, JavaScript warnings, copyright and legal footers",
    kinds: &[Kind::Notice],
    reads: &[],
    docs: RuleDocs {
        catches: "A short block holding a consent, browser or legal notice sentence (`We use cookies`, `Please enable JavaScript`, `All rights reserved`), a copyright line (`© 2019 ...`), or, when short or not a sentence, the name of a legal page (`Privacy policy`, `Impressum`).",
        why: "These are the same few sentences on every page of a site.",
        misses: "Long legal paragraphs over the length limit, and notices the tables do not phrase.",
        example: "We use cookies to improve your experience.",
    },
    run,
};

/// Longest notice, in words: a consent banner is a few sentences.
const MAX_NOTICE_WORDS: usize = 60;

/// Longest block that a legal page's name alone marks as a notice, in
/// words: `Impressum | Datenschutz | AGB`. A longer block that reads as a
/// sentence ("The new terms of use take effect in May.") is a story's.
const MAX_LABEL_LINE_WORDS: usize = 10;

/// Legal disclaimers run long.
const MAX_DISCLAIMER_WORDS: usize = 150;
/// Consent banners explain their cookies at length.
const MAX_COOKIE_NOTICE_WORDS: usize = 150;

fn copyright_line(lower: &str) -> bool {
    let lex = lexicon();
    (lower.starts_with('©')
        || lower.starts_with("(c)")
        || lex.copyright_words.iter().any(|w| lower.starts_with(w)))
        && lex.copyright_line.is_match(lower)
}

fn run(pass: &mut Pass) {
    pass.label_each(Kind::Notice, |pass, i| {
        let f = &pass.feats[i];
        let phrase_notice = f.has(PhraseSet::Notice)
            && (f.words <= MAX_NOTICE_WORDS
                || f.words <= MAX_COOKIE_NOTICE_WORDS
                    && lexicon().cookie_words.iter().any(|w| f.lower.contains(w)));
        let label_line = f.has(PhraseSet::NoticeLabel)
            && (f.words <= MAX_LABEL_LINE_WORDS || !f.ends_sentence && f.words <= MAX_NOTICE_WORDS);
        let short_notice =
            phrase_notice || label_line || f.words <= MAX_NOTICE_WORDS && copyright_line(f.lower);
        let disclaimer = f.words <= MAX_DISCLAIMER_WORDS && f.has(PhraseSet::Legal);
        !f.lower.is_empty() && (short_notice || disclaimer)
    });
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{after_prose, amid_prose, removed_as};
    use crate::Kind;

    #[test]
    fn catches_notices() {
        for line in [
            "We use cookies to improve your experience. By continuing to browse you agree.",
            "Please enable JavaScript to view this page.",
            "© 2019 Town Herald. All rights reserved.",
            "Impressum",
            "Impressum | Datenschutz | AGB",
            "The information on this page is for informational purposes only and is not a substitute for professional advice; consult your doctor before you change your diet or start a new exercise programme of any kind.",
        ] {
            assert_eq!(
                removed_as(&after_prose(line), line),
                Some((Kind::Notice, "notice")),
                "{line}"
            );
        }
    }

    #[test]
    fn keeps_lookalikes() {
        let s = "The bakery, which has used the same recipe since 1952, sells cookies and bread to the town.";
        assert_eq!(removed_as(&amid_prose(s), s), None);
        let s = "The regulator said the new terms of use, which the company published on Monday, break the law.";
        assert_eq!(removed_as(&amid_prose(s), s), None);
    }
}
