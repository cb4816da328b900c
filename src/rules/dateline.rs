//! Publish stamps and reading times.
//!
//! Pages print when a story was published or updated (`Updated: 19
//! November 2019, 09:01 AM`, `Veröffentlicht am 12.03.2020`) and how long
//! it takes to read (`5 min read`). Such a line is a label, a date or time
//! and little else.
//!
//! A line that is a full date and little else (`23 Nov 2017`, `Monday
//! November 18, 2019 7:45 am PST by Jane Doe`) is a stamp too, also with
//! a bracketed, dated note of its last change (`2019-02-23, 09:14 PM
//! (This post was last modified: 2024-01-05 ...)`), and so is a relative
//! time (`32m ago`, `vor 3 Stunden`) under a teaser.
//!
//! Known misses: datelines inside the first body sentence (`LONDON
//! (Reuters) -`), which are part of the story; stamps in scripts the date
//! patterns do not read.

use std::sync::LazyLock;

use regex::Regex;

use super::{Pass, Rule, RuleDocs};
use crate::dates::contains_date;
use crate::features::Features;
use crate::lexicon::{lexicon, PhraseSet, WORDED_TIME_BIT};
use crate::Kind;

pub(crate) const DATELINE: Rule = Rule {
    name: "dateline",
    summary: "publish/update stamps and reading-time lines (`Updated: ...`, `5 min read`)",
    kinds: &[Kind::Dateline],
    reads: &[],
    docs: RuleDocs {
        catches: "A line that is a publish or update label with a date or time (`Updated: 19 November 2019, 09:01 AM`, `Veröffentlicht am 12.03.2020`), a reading time (`5 min read`), a full date and little else (also with a bracketed, dated note of its last change), or a relative time (`32m ago`).",
        why: "Stamps are page furniture; the date is metadata a scraper has elsewhere.",
        misses: "Datelines inside the first body sentence (`LONDON (Reuters) -`, kept as part of the story), and stamps in scripts the date patterns do not read.",
        example: "Updated: 19 November 2019, 09:01 AM",
    },
    run,
};

/// Longest stamp, in words.
const MAX_STAMP_WORDS: usize = 12;
/// Longest reading-time line, in words.
const MAX_READING_TIME_WORDS: usize = 6;

/// `10:31`, `7:45 am`: a clock time.
static CLOCK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)\d{1,2}[:.]\d{2}(?-u:\b)").expect("clock pattern compiles")
});

/// Most words in a line that is a date and little else (a weekday, a
/// time, an author's name).
const MAX_DATE_LINE_WORDS: usize = 8;
/// The same with a clock time, which makes the stamp longer.
const MAX_TIMED_DATE_LINE_WORDS: usize = 12;

/// Whether `lower`, a text of `words` words that does not end a
/// sentence, is a date and little else: a date line. A longer one only
/// with a clock time, the dearest test.
fn is_date_line(lower: &str, words: usize) -> bool {
    contains_date(lower)
        && (words <= MAX_DATE_LINE_WORDS
            || words <= MAX_TIMED_DATE_LINE_WORDS && CLOCK.is_match(lower))
}

/// Most words in a stamp with a bracketed note of its last change: a
/// date line and a note as long again and a half (`This post was last
/// modified: 2024-01-05, 03:27 AM by Jane. Edited 1 time in total.` has
/// 14). Set by hand, not measured.
const MAX_NOTED_STAMP_WORDS: usize = 30;

/// `2019-02-23, 09:14 PM (This post was last modified: 2024-01-05 by
/// Jane)`, `Veröffentlicht am 06.10.2023 (Letztes Update: 06.10.2023)`: a
/// date line ([`is_date_line`]) followed by a bracketed note that holds a
/// date too, the stamp of the post's or story's last change.
fn is_stamp_with_dated_note(f: &Features<'_>) -> bool {
    if f.words > MAX_NOTED_STAMP_WORDS || !f.lower.ends_with(')') {
        return false;
    }
    let Some(open) = f.lower.rfind('(') else {
        return false;
    };
    let head = f.lower[..open].trim_end();
    !head.is_empty()
        && !crate::shapes::ends_sentence(head)
        && is_date_line(head, crate::words::count_words(head))
        && contains_date(&f.lower[open..])
}

fn is_stamp(f: &Features<'_>) -> bool {
    let (lower, words) = (f.lower, f.words);
    if is_stamp_with_dated_note(f) {
        return true;
    }
    // Every stamp is short: most blocks are not, and skip every test.
    if words > MAX_TIMED_DATE_LINE_WORDS.max(MAX_STAMP_WORDS) {
        return false;
    }
    let lex = lexicon();
    if words <= MAX_READING_TIME_WORDS && f.has(PhraseSet::ReadingTime) {
        return true;
    }
    // `lower` holds the text's digits, or is empty for a long block.
    let has_digit = !lower.is_empty() && f.digits > 0;
    if words <= MAX_READING_TIME_WORDS
        && (has_digit || f.prefix_tables & WORDED_TIME_BIT != 0)
        && lex.relative_time.is_match(lower)
    {
        return true;
    }
    // Every stamp below holds a digit, and a date four of them (a year).
    if !has_digit {
        return false;
    }
    let may_hold_date = f.digits >= 4;
    if !f.ends_sentence && may_hold_date && is_date_line(lower, words) {
        return true;
    }
    words <= MAX_STAMP_WORDS
        && f.may_start(&lex.dateline_prefixes)
        && (lex.dateline_prefixes.strip(lower).is_some()
            || (may_hold_date
                && !lex.dateline_prefixes.candidates(lower).is_empty()
                && contains_date(lower)))
}

fn run(pass: &mut Pass) {
    pass.label_each(Kind::Dateline, |pass, i| is_stamp(&pass.feats[i]));
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{amid_prose, removed_as};
    use crate::Kind;

    #[test]
    fn catches_stamps() {
        for line in [
            "Updated: 19 November 2019, 09:01 AM",
            "Veröffentlicht am 12.03.2020",
            "5 min read",
            "23 Nov 2017",
            "Monday November 18, 2019 7:45 am PST by Jane Doe",
            "2019-02-23, 09:14 PM (This post was last modified: 2024-01-05, 03:27 AM by Jane. Edited 1 time in total.)",
            "32M ago",
            "vor 3 Stunden",
        ] {
            assert_eq!(
                removed_as(&amid_prose(line), line),
                Some((Kind::Dateline, "dateline")),
                "{line}"
            );
        }
    }

    #[test]
    fn keeps_lookalikes() {
        let s = "Published in 1852, the town's first newspaper ran for 40 years before it closed.";
        assert_eq!(removed_as(&amid_prose(s), s), None);
        let s = "The vote is on March 3, 2020.";
        assert_eq!(removed_as(&amid_prose(s), s), None);
    }
}
