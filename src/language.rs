//! Which language a dump is written in, from its function words.
//!
//! Stopword density (the share of a block's words that are function words
//! such as "the", "und", "les") is what tells a paragraph of prose from a
//! menu, a list of headlines or a footer, in the manner of jusText. It
//! needs the dump's language, which chaff picks itself: the language whose
//! stopword list covers most of the dump's words, if it covers enough of
//! them to be more than chance and clearly more than any other list (a
//! language without a list still hits the short words its neighbours
//! share). Dumps in other languages (Russian, Chinese,
//! Arabic, ...) get no language, and the rules that need one fall back to
//! length and punctuation.

use std::fmt;
use std::str::FromStr;

use crate::Error;

/// Declares the languages from one list (in `lexicon/mod.rs`): the
/// [`Language`] enum, [`Language::ALL`], each language's code, the table
/// module `src/lexicon/<code>.rs` and the lexicon's list of tables, so that
/// a new language is its table file and one line of that list.
macro_rules! languages {
    ($($(#[$doc:meta])* $variant:ident = $code:ident;)*) => {
        $(mod $code;)*

        /// A language chaff has phrase and stopword tables for.
        #[non_exhaustive]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize))]
        #[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
        pub enum Language {
            $($(#[$doc])* $variant,)*
        }

        impl Language {
            /// Every language, in the order of the phrase tables.
            pub const ALL: [Language; [$(stringify!($code)),*].len()] = [$(Language::$variant),*];

            /// The ISO 639-1 code.
            pub fn code(self) -> &'static str {
                match self {
                    $(Language::$variant => stringify!($code),)*
                }
            }
        }

        /// Each language's tables, in the order of [`Language::ALL`].
        const LANGUAGES: [&Phrases; Language::COUNT] = [$(&$code::PHRASES),*];
    };
}
pub(crate) use languages;

pub use crate::lexicon::Language;

/// Bits for a set of languages, bit `i` for `Language::ALL[i]`: wide enough
/// for every language, which the compiler checks.
pub(crate) type LanguageMask = u16;

const _: () = assert!(Language::COUNT <= LanguageMask::BITS as usize);

impl Language {
    /// How many languages chaff has tables for: the size of every
    /// per-language array.
    pub(crate) const COUNT: usize = Language::ALL.len();

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
        crate::named::by_name(&Language::ALL, Language::code, &code)
            .ok_or_else(|| Error::UnknownLanguage(s.to_string()))
    }
}

/// The share of a dump's words one language's stopwords must cover before
/// the dump counts as written in it. Prose in a language runs at 35-55%;
/// a foreign text rarely passes 10% on shared short words.
const MIN_COVERAGE: f64 = 0.15;

/// Picks the language whose stopwords cover most of `words` words, given
/// each language's stopword count over the dump.
pub(crate) fn detect(counts: &[usize; Language::COUNT], words: usize) -> Option<Language> {
    best_covered(counts, words).map(|i| Language::ALL[i])
}

/// How many times the runner-up's stopword hits the best language needs.
/// A language chaff has no list for still hits the short words its
/// neighbours share (`a`, `e`, `o`, `de`, `la`): Hungarian news covers a
/// fifth of its words with Portuguese stopwords and nearly as many with
/// English ones. Prose in one of the eight leads its runner-up by 1.6 to
/// 3 times on every development page but one, a German page half in
/// English (1.16), which is left without a language.
const MIN_MARGIN: f64 = 1.4;

/// The place in `counts` (stopword hits per language, over a text of
/// `words` words) of the language that covers most of the text, if it
/// covers enough and clearly more than any other.
pub(crate) fn best_covered(counts: &[usize], words: usize) -> Option<usize> {
    let (best, &hits) = counts.iter().enumerate().max_by_key(|(_, &c)| c)?;
    let runner_up = counts
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != best)
        .map(|(_, &c)| c)
        .max()
        .unwrap_or(0);
    (words > 0
        && hits as f64 >= MIN_COVERAGE * words as f64
        && hits as f64 >= MIN_MARGIN * runner_up as f64)
        .then_some(best)
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
        let counts = |pairs: &[(Language, usize)]| {
            let mut counts = [2; Language::COUNT];
            for &(l, c) in pairs {
                counts[l.index()] = c;
            }
            counts
        };
        let en = counts(&[(Language::En, 40), (Language::De, 5)]);
        assert_eq!(detect(&en, 100), Some(Language::En));
        let de = counts(&[(Language::En, 2), (Language::De, 30), (Language::Nl, 9)]);
        assert_eq!(detect(&de, 100), Some(Language::De));
        assert_eq!(detect(&counts(&[(Language::En, 5)]), 100), None);
        assert_eq!(detect(&[0; Language::COUNT], 0), None);
    }
}
