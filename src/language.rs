//! Which language a dump is written in, from its function words.
//!
//! Stopword density (the share of a block's words that are function words
//! such as "the", "und", "les") is what tells a paragraph of prose from a
//! menu, a list of headlines or a footer, in the manner of jusText. It
//! needs the dump's language, which chaff picks itself: the language whose
//! stopword list covers most of the dump's words, if it covers enough of
//! them to be more than chance. Dumps in other languages (Russian, Chinese,
//! Arabic, ...) get no language, and the rules that need one fall back to
//! length and punctuation.

use std::fmt;
use std::str::FromStr;

use crate::Error;

/// A language chaff has phrase and stopword tables for.
#[non_exhaustive]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum Language {
    /// English.
    En,
    /// German.
    De,
    /// French.
    Fr,
    /// Spanish.
    Es,
    /// Italian.
    It,
    /// Portuguese.
    Pt,
    /// Dutch.
    Nl,
    /// Polish.
    Pl,
}

impl Language {
    /// Every language, in the order of the phrase tables.
    pub const ALL: [Language; 8] = [
        Language::En,
        Language::De,
        Language::Fr,
        Language::Es,
        Language::It,
        Language::Pt,
        Language::Nl,
        Language::Pl,
    ];

    /// The ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::De => "de",
            Language::Fr => "fr",
            Language::Es => "es",
            Language::It => "it",
            Language::Pt => "pt",
            Language::Nl => "nl",
            Language::Pl => "pl",
        }
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Language {
    type Err = Error;

    /// Parses an ISO 639-1 code (`en`, `de`, ...), in any case.
    fn from_str(s: &str) -> Result<Language, Error> {
        let code = s.trim().to_ascii_lowercase();
        Language::ALL
            .into_iter()
            .find(|l| l.code() == code)
            .ok_or_else(|| Error::UnknownLanguage(s.to_string()))
    }
}

/// The share of a dump's words one language's stopwords must cover before
/// the dump counts as written in it. Prose in a language runs at 35-55%;
/// a foreign text rarely passes 10% on shared short words.
const MIN_COVERAGE: f64 = 0.15;

/// Picks the language whose stopwords cover most of `words` words, given
/// each language's stopword count over the dump.
pub(crate) fn detect(counts: &[usize; 8], words: usize) -> Option<Language> {
    let (best, &hits) = counts.iter().enumerate().max_by_key(|(_, &c)| c)?;
    (words > 0 && hits as f64 >= MIN_COVERAGE * words as f64).then(|| Language::ALL[best])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for l in Language::ALL {
            assert_eq!(l.code().parse::<Language>().unwrap(), l);
        }
        assert!("xx".parse::<Language>().is_err());
    }

    #[test]
    fn detection_needs_enough_coverage() {
        assert_eq!(detect(&[40, 5, 3, 2, 2, 2, 4, 0], 100), Some(Language::En));
        assert_eq!(detect(&[2, 30, 3, 2, 2, 2, 9, 0], 100), Some(Language::De));
        assert_eq!(detect(&[5, 4, 3, 2, 2, 2, 4, 0], 100), None);
        assert_eq!(detect(&[0; 8], 0), None);
    }
}
