//! Publish stamps and reading times.
//!
//! Pages print when a story was published or updated (`Updated: 19
//! November 2019, 09:01 AM`, `Veröffentlicht am 12.03.2020`) and how long
//! it takes to read (`5 min read`). Such a line is a label, a date or time
//! and little else.
//!
//! Known misses: a bare date with no label (`19 November 2019`), which
//! the headline rule may take for a title; datelines inside the first
//! body sentence (`LONDON (Reuters) -`), which are part of the story.

use super::{Pass, Rule};
use crate::features::contains_date;
use crate::lexicon::{has_phrase, lexicon, strip_prefix};
use crate::Kind;

pub(crate) const DATELINE: Rule = Rule {
    name: "dateline",
    summary: "publish/update stamps and reading-time lines (`Updated: ...`, `5 min read`)",
    run,
};

/// Longest stamp, in words.
const MAX_STAMP_WORDS: usize = 12;
/// Longest reading-time line, in words.
const MAX_READING_TIME_WORDS: usize = 6;

fn is_stamp(lower: &str, words: usize) -> bool {
    let lex = lexicon();
    if words <= MAX_READING_TIME_WORDS && has_phrase(&lex.reading_time, lower) {
        return true;
    }
    words <= MAX_STAMP_WORDS
        && lower.bytes().any(|b| b.is_ascii_digit())
        && (strip_prefix(lower, &lex.dateline_prefixes).is_some()
            || lex
                .dateline_prefixes
                .iter()
                .any(|p| lower.starts_with(p) && contains_date(lower)))
}

fn run(pass: &mut Pass) {
    for i in 0..pass.len() {
        let f = &pass.feats[i];
        if is_stamp(&f.lower, f.words) {
            pass.chrome(i, Kind::Dateline);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{amid_prose, kind_of};
    use crate::Kind;

    #[test]
    fn catches_stamps() {
        for line in [
            "Updated: 19 November 2019, 09:01 AM",
            "Veröffentlicht am 12.03.2020",
            "5 min read",
        ] {
            assert_eq!(
                kind_of(&amid_prose(line), line),
                Some(Kind::Dateline),
                "{line}"
            );
        }
    }

    #[test]
    fn keeps_lookalikes() {
        let s = "Published in 1852, the town's first newspaper ran for 40 years before it closed.";
        assert_eq!(kind_of(&amid_prose(s), s), None);
    }
}
