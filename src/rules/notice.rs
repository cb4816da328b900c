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
//! A consent manager's dialog (`consent-dialog`) is a notice at length:
//! panel after panel explaining each kind of cookie in the site's voice
//! (`These cookies allow us to ...`), among labels and buttons. Three
//! such blocks close together, one of them a notice, make the stretch
//! between them a notice; a recipe blog's talk of its cookies holds no
//! notice and stays.
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

pub(crate) const CONSENT_DIALOG: Rule = Rule {
    name: "consent-dialog",
    summary: "the panels of a cookie consent dialog",
    kinds: &[Kind::Notice],
    reads: &["notice"],
    docs: RuleDocs {
        catches: "A stretch of at least three blocks of at most 150 words, each within four blocks of the next, that are cookie notices or speak of cookies in the site's voice (`These cookies allow us to count visits`, `we`, `our`, `your`), one of them a notice, and every undecided block of at most 150 words between them (the dialog's `Always Active`, `Allow All`, and panels that say `technologies`).",
        why: "A consent manager's dialog explains each kind of cookie at length, in the same words on every site that uses it; read as prose, it can outweigh a short story.",
        misses: "A dialog with fewer than three such blocks; its buttons and labels before the first block or after the last. Relies on `notice` for the banner.",
        example: "Manage Consent Preferences\nStrictly Necessary Cookies\nThese cookies are necessary for our website to function.\nAlways Active\nPerformance Cookies\nThese cookies allow us to count visits to our site.",
    },
    run: run_consent_dialog,
};

/// Fewest blocks about cookies in a consent dialog.
const MIN_CONSENT_BLOCKS: usize = 3;
/// Most blocks between two blocks about cookies of one dialog.
const MAX_CONSENT_GAP: usize = 4;

/// Whether block `i` is about cookies as a consent dialog is: a cookie
/// notice, or a block that names cookies in the site's voice.
fn speaks_of_cookies(pass: &Pass, i: usize) -> bool {
    let lex = lexicon();
    let words = pass.word_hashes(i);
    if pass.feats[i].words > MAX_COOKIE_NOTICE_WORDS
        || !words.iter().any(|h| lex.cookie_nouns.contains(h))
    {
        return false;
    }
    pass.rule_of(i) == Some(NOTICE.name) || words.iter().any(|h| lex.site_voice.contains(h))
}

fn run_consent_dialog(pass: &mut Pass) {
    // Every dialog holds a cookie notice (below): a page with none has no
    // dialog, and its blocks are not read for cookies at all.
    let has_cookie_notice =
        |i: usize| pass.rule_of(i) == Some(NOTICE.name) && speaks_of_cookies(pass, i);
    if !(0..pass.len()).any(has_cookie_notice) {
        return;
    }
    let about: Vec<usize> = (0..pass.len())
        .filter(|&i| speaks_of_cookies(pass, i))
        .collect();
    let mut start = 0;
    while start < about.len() {
        let mut end = start;
        while end + 1 < about.len() && about[end + 1] - about[end] <= MAX_CONSENT_GAP + 1 {
            end += 1;
        }
        // A dialog holds a notice of its own (`Accept All`, `Strictly
        // Necessary Cookies`); a recipe blog's talk of its cookies, in the
        // same voice, does not.
        let has_notice = about[start..=end]
            .iter()
            .any(|&i| pass.rule_of(i) == Some(NOTICE.name));
        if end + 1 - start >= MIN_CONSENT_BLOCKS && has_notice {
            for i in about[start]..=about[end] {
                if pass.undecided(i) && pass.feats[i].words <= MAX_COOKIE_NOTICE_WORDS {
                    pass.chrome(i, Kind::Notice);
                }
            }
        }
        start = end + 1;
    }
}

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
    // A word is compared only with a block that starts with its first
    // byte: a comparison is a call, asked of most short blocks.
    let first = lower.as_bytes().first();
    (lower.starts_with('©')
        || lower.starts_with("(c)")
        || lex
            .copyright_words
            .iter()
            .any(|w| w.as_bytes().first() == first && lower.starts_with(w)))
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
    use crate::rules::testing::{after_prose, amid_prose, clean, removed_as, PROSE};
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
    fn a_consent_dialog_goes_whole() {
        let dialog = "Manage Consent Preferences\n\nStrictly Necessary Cookies\n\nAlways Active\n\nThese cookies are needed for our website to work and cannot be switched off in our systems.\n\nPerformance Cookies\n\nThese technologies help us understand how our site is used and how visitors move through it.\n\nThese cookies allow us to count visits and traffic sources so we can improve the performance of our site.";
        let cleaned = clean(&after_prose(dialog));
        assert_eq!(cleaned.body, PROSE, "{:?}", cleaned.removals);
        let dialog = cleaned
            .removals
            .iter()
            .filter(|r| r.rule == "consent-dialog")
            .count();
        assert_eq!(dialog, 5, "{:?}", cleaned.removals);
    }

    #[test]
    fn talk_of_cookies_without_a_notice_stays() {
        // A recipe blog speaks of its cookies in the reader's voice...
        let recipe = "These cookies are soft in the middle and crisp at the edges, and your kids will ask for them every week.\n\nWe like to chill the dough overnight so the cookies keep their shape when they bake.\n\nLet your cookies cool on the tray for five minutes before you move them to a rack.";
        let cleaned = clean(&after_prose(recipe));
        assert!(
            cleaned.body.ends_with("before you move them to a rack."),
            "{:?}",
            cleaned.removals
        );
        // ... and a story about browsers quotes a company's.
        let story = "Google said on Tuesday that our browsers will keep third-party cookies, a reversal of its plan.\n\nAdvertisers had warned that without cookies we would lose the ability to measure campaigns, the company said.\n\nPrivacy groups said your data would now stay exposed to cookies that follow you from site to site.";
        let cleaned = clean(&amid_prose(story));
        assert!(
            cleaned.body.contains("follow you from site to site."),
            "{:?}",
            cleaned.removals
        );
    }

    #[test]
    fn keeps_lookalikes() {
        let s = "The bakery, which has used the same recipe since 1952, sells cookies and bread to the town.";
        assert_eq!(removed_as(&amid_prose(s), s), None);
        let s = "The regulator said the new terms of use, which the company published on Monday, break the law.";
        assert_eq!(removed_as(&amid_prose(s), s), None);
    }
}
