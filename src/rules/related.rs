//! Links to other articles.
//!
//! Sites break up and follow the story with pointers elsewhere: `read
//! more:`, `Read also: <headline>`, `Lesen Sie auch`, `À lire aussi`. The
//! opener comes from the phrase tables and must be the whole line or be
//! followed by a separator (`:`, `|`, `»`, a dash), so a body sentence that
//! merely starts with the same words ("Read more about the plan in ...")
//! is kept. Markup sometimes glues the opener to the link with no space
//! (`Previous articleCouncil approves ...`); a capital after a small
//! letter, or a second opener, marks that seam. Archive links carry a
//! date in brackets after a headline (`Ending violence means urging
//! dialogue [August 27, 2005]`): a short line without closing punctuation
//! that ends in a bracketed full date.
//!
//! Known misses: unlabelled lists of headlines (see `related-list` in the
//! context rules for the labelled ones).

use rustc_hash::{FxHashMap, FxHashSet};

use super::{Pass, Rule, RuleDocs};
use crate::dates::contains_date;
use crate::lexicon::{lexicon, Prefixes};
use crate::Kind;

pub(crate) const READ_MORE_LINK: Rule = Rule {
    name: "read-more-link",
    summary: "\"read more\" / \"also read\" openers, alone or before a headline",
    kinds: &[Kind::Related],
    reads: &[],
    docs: RuleDocs {
        catches: "An opener to another article from the phrase tables (`read more`, `Read also:`, `Lesen Sie auch`, `À lire aussi`), the whole line or followed by a separator and a headline, also glued to the headline by markup (`Previous articleCouncil ...`).",
        why: "It points away from the story; the headline after it is another article's.",
        misses: "Unlabelled lists of headlines (`outside-article` and `related-list` take some), and openers the tables do not hold.",
        example: "Read also: Italy Wants to Submit Gaza Reconstruction Plan to UN General Assembly",
    },
    run: run_read_more,
};

pub(crate) const DATED_HEADLINE: Rule = Rule {
    name: "dated-headline",
    summary: "a headline followed by a bracketed date, as archive links are",
    kinds: &[Kind::Related],
    reads: &[],
    docs: RuleDocs {
        catches: "A short line without closing punctuation that ends in a bracketed full date, as archive links are printed.",
        why: "Archive links point to other articles.",
        misses: "Archive links without the date.",
        example: "Ending violence means urging dialogue [August 27, 2005]",
    },
    run: run_dated_headline,
};

/// Longest read-more line, in words: a headline with its opener.
const MAX_READ_MORE_WORDS: usize = 30;

/// Most words in the header of a section that follows a story, such as
/// `More in Politics` or `Comments`.
pub(super) const MAX_SECTION_HEADER_WORDS: usize = 6;

/// Whether block `i` opens with a related-links phrase; `Some(true)` when
/// it is a section header: the phrase alone, or the phrase and a few words
/// without a full stop (`More from Politics`, `Lesen Sie auch zum Thema`).
pub(crate) fn related_opener(pass: &Pass, i: usize) -> Option<bool> {
    let f = &pass.feats[i];
    if f.words > MAX_READ_MORE_WORDS || f.lower.is_empty() {
        return None;
    }
    let prefixes = &lexicon().related_prefixes;
    if !f.may_start(prefixes) {
        return None;
    }
    if let Some(rest) = prefixes.strip(f.lower) {
        return Some(rest.is_empty());
    }
    if let Some(header) = glued_opener(pass.text(i), f.lower, prefixes) {
        return Some(header);
    }
    let header = f.words <= MAX_SECTION_HEADER_WORDS
        && !f.ends_sentence
        && pass
            .text(i)
            .chars()
            .next()
            .is_some_and(|c| !c.is_lowercase())
        && prefixes
            .candidates(f.lower)
            .iter()
            .any(|p| f.lower.strip_prefix(p).is_some_and(|r| r.starts_with(' ')));
    header.then_some(true)
}

/// Printings of one related-links header beyond which it is a button.
/// Set by hand: with 1, a header printed at the top and the foot of a
/// news page opened no list, and the dev set's SH F1 fell 0.001 in four
/// cells; with 2, no dev figure moves.
const MAX_HEADER_PRINTINGS: usize = 2;

/// The related-links headers that head a list: the blocks taken as
/// related links that are a section header ([`related_opener`]), less
/// those printed more than [`MAX_HEADER_PRINTINGS`] times on the page.
/// `Read more` under every card of a list is each card's button, and the
/// card after it is content, where a section's header (`Related`, `Read
/// more:` above the links) is printed once or twice.
pub(super) fn list_headers(pass: &Pass) -> FxHashSet<usize> {
    let headers: Vec<usize> = (0..pass.len())
        .filter(|&i| pass.kind(i) == Some(Kind::Related) && related_opener(pass, i) == Some(true))
        .collect();
    let mut printings: FxHashMap<u64, usize> = FxHashMap::default();
    for &i in &headers {
        *printings.entry(pass.words_key(i)).or_default() += 1;
    }
    headers
        .into_iter()
        .filter(|&i| printings[&pass.words_key(i)] <= MAX_HEADER_PRINTINGS)
        .collect()
}

/// An opener that the page's markup glued to what follows it, with no
/// space: `Vorheriger ArtikelVerbände lehnen ...` (a small letter, then a
/// capital) or two tab labels, `RELATED ARTICLESMORE FROM AUTHOR`.
/// `Some(true)` for the two labels, a header; `Some(false)` for a link.
fn glued_opener(text: &str, lower: &str, prefixes: &Prefixes) -> Option<bool> {
    prefixes.candidates(lower).iter().find_map(|p| {
        let rest = lower.strip_prefix(p)?;
        if rest.is_empty() || rest.starts_with(' ') {
            return None;
        }
        if prefixes
            .candidates(rest)
            .iter()
            .any(|q| rest.starts_with(q))
        {
            return Some(true);
        }
        // The case of the text shows the seam; the lower-cased text must
        // line up with it for the offsets to hold.
        let camel = text.len() == lower.len()
            && text.is_char_boundary(p.len())
            && text[..p.len()]
                .chars()
                .next_back()
                .is_some_and(char::is_lowercase)
            && text[p.len()..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
        camel.then_some(false)
    })
}

fn run_read_more(pass: &mut Pass) {
    pass.label_each(Kind::Related, |pass, i| related_opener(pass, i).is_some());
}

/// Longest dated headline, in words.
const MAX_HEADLINE_WORDS: usize = 20;

/// Most words in the bracket of a dated headline: a date stamp with its
/// weekday and time (`(Monday, 27 August 2005, 10:30 am)`), or a date
/// and a channel (`(10/06/2019, BFMTV)`). A longer bracket is a clause
/// that holds a date, as a quote's attribution does (`(during the
/// earnings call on August 15, 2024)`). Set by hand: the dev set's dated
/// headlines hold at most three words in their brackets.
const MAX_DATE_STAMP_WORDS: usize = 6;

fn is_dated_headline(text: &str, lower: &str, words: usize) -> bool {
    if words > MAX_HEADLINE_WORDS || !(text.ends_with(']') || text.ends_with(')')) {
        return false;
    }
    let open = if text.ends_with(']') { '[' } else { '(' };
    let Some(start) = text.rfind(open) else {
        return false;
    };
    let before = text[..start].trim_end();
    // The lower-cased text may differ in length from the text (`Ⱥ`), so
    // the bracket is found in it again.
    let lower_bracket = lower.rfind(open).unwrap_or(lower.len());
    let bracket = &lower[lower_bracket..];
    !before.is_empty()
        && !before.ends_with(['.', '!', '?', ',', ';', ':'])
        && crate::words::count_words(bracket) <= MAX_DATE_STAMP_WORDS
        && contains_date(bracket)
}

fn run_dated_headline(pass: &mut Pass) {
    pass.label_each(Kind::Related, |pass, i| {
        let f = &pass.feats[i];
        !f.lower.is_empty() && is_dated_headline(pass.text(i), f.lower, f.words)
    });
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{after_prose, amid_prose, removed_as};
    use crate::Kind;

    #[test]
    fn catches_openers_in_many_languages() {
        for line in [
            "read more:",
            "Read also: Council Approves New Parking Rules",
            "Lesen Sie auch: Der Haushalt wackelt",
            "À lire aussi | Le budget en retard",
            "Leggi anche",
            "More from Politics",
            "Previous articleCouncil Approves New Parking Rules",
            "RELATED ARTICLESMORE FROM AUTHOR",
        ] {
            assert_eq!(
                removed_as(&amid_prose(line), line),
                Some((Kind::Related, "read-more-link")),
                "{line}"
            );
        }
    }

    #[test]
    fn catches_dated_archive_links() {
        let line = "Budget talks stall again [March 3, 2019]";
        assert_eq!(
            removed_as(&after_prose(line), line),
            Some((Kind::Related, "dated-headline"))
        );
        // A quote's attribution holds a date in a clause: it stays.
        let line = "Jane Doe, chief executive of Acme (during the company's earnings call on August 15, 2024)";
        assert_eq!(removed_as(&after_prose(line), line), None);
    }

    #[test]
    fn keeps_lookalikes() {
        let s =
            "Read more about the plan in the council's own report, which was published on Friday.";
        assert_eq!(removed_as(&amid_prose(s), s), None);
        let s = "The vote was set for the spring (March 3, 2019).";
        assert_eq!(removed_as(&amid_prose(s), s), None);
        let s = "Next postcards from the coast arrive on Monday";
        assert_eq!(removed_as(&amid_prose(s), s), None);
    }
}
