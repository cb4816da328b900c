//! Phrase tables: the words chrome is made of, as data.
//!
//! Chrome repeats itself across sites far more than article text does:
//! "Leave a Reply", "Lesen Sie auch", "Publicité" are the same on thousands
//! of sites. Like trafilatura, chaff keeps these phrases in tables, one file
//! per language, and the rules ask the merged table whether a block is made
//! of them. Every entry must be a phrase that chrome uses across sites, never
//! one seen on a single page.
//!
//! The tables are merged once per process, so a rule pays a hash lookup or
//! one automaton pass per block, never a per-call compilation.

mod de;
mod en;
mod es;
mod fr;
mod it;
mod nl;
mod pl;
mod pt;

use std::collections::HashSet;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use rustc_hash::FxHashMap;

/// The phrases of one language, by the use the rules make of them.
///
/// `*_lines` entries match a whole block (its [`line_key`]);
/// `*_prefixes` match the start of a block followed by a separator;
/// `*_phrases` match anywhere in a short block; `*_words` and `*_verbs`
/// are single tokens.
pub(crate) struct Phrases {
    /// Tokens that alone make a line a share button (`share`, `teilen`).
    pub share_verbs: &'static [&'static str],
    /// Tokens that may stand beside a share verb or network name.
    pub share_words: &'static [&'static str],
    /// Openers of related-article links (`read more`, `lesen sie auch`).
    pub related_prefixes: &'static [&'static str],
    /// Headers of comment sections.
    pub comments_headers: &'static [&'static str],
    /// Lines inside comment threads (`reply`, `report abuse`).
    pub comment_lines: &'static [&'static str],
    /// Labels and buttons of comment forms.
    pub comment_form: &'static [&'static str],
    /// Sentences of comment-form notices.
    pub comment_form_phrases: &'static [&'static str],
    /// Appeal headers and buttons.
    pub appeal_lines: &'static [&'static str],
    /// Sentences of appeals.
    pub appeal_phrases: &'static [&'static str],
    /// Words that label a photo credit (`photo`, `foto`, `bild`).
    pub caption_labels: &'static [&'static str],
    /// Caption openers followed by a colon (`illustrative:`, `symbolbild:`).
    pub caption_prefixes: &'static [&'static str],
    /// Labels of tag lists followed by a colon.
    pub tag_labels: &'static [&'static str],
    /// Job titles that mark a sentence about the author.
    pub bio_roles: &'static [&'static str],
    /// Words before an author's name (`by`, `von`, `par`).
    pub byline_prefixes: &'static [&'static str],
    /// Ad slot labels.
    pub ad_lines: &'static [&'static str],
    /// Sentences of cookie, JavaScript and legal notices.
    pub notice_phrases: &'static [&'static str],
    /// Menu, pagination and skip-link entries.
    pub nav_lines: &'static [&'static str],
    /// Labels of publish and update stamps.
    pub dateline_prefixes: &'static [&'static str],
    /// Reading-time phrases (`5 min read`).
    pub reading_time_words: &'static [&'static str],
    /// Month names and their common abbreviations, for dates.
    pub months: &'static [&'static str],
    /// Verbs that join an author's name to a job title (`is`, `ist`, `est`).
    pub copulas: &'static [&'static str],
    /// The language's most frequent function words, in lower case: their
    /// share of a block's words tells prose from lists and menus, and
    /// their counts over a dump tell its language.
    pub stopwords: &'static [&'static str],
    /// Headers of author boxes (`About the author`, `Über den Autor`).
    pub bio_headers: &'static [&'static str],
    /// Words that put "about" before an author's name (`About Jane Doe`).
    pub about_prefixes: &'static [&'static str],
    /// Sentences that close an author's bio (`Follow her on Twitter`).
    pub bio_phrases: &'static [&'static str],
}

/// The tables in the order of [`crate::Language::ALL`].
const LANGUAGES: [&Phrases; 8] = [
    &en::PHRASES,
    &de::PHRASES,
    &fr::PHRASES,
    &es::PHRASES,
    &it::PHRASES,
    &pt::PHRASES,
    &nl::PHRASES,
    &pl::PHRASES,
];

/// Social networks and messengers: the same names in every language.
#[rustfmt::skip]
const NETWORKS: &[&str] = &[
    "facebook", "twitter", "x", "pinterest", "linkedin", "whatsapp", "telegram", "reddit",
    "tumblr", "vk", "vkontakte", "xing", "threads", "bluesky", "mastodon", "messenger",
    "flipboard", "pocket", "instagram", "youtube", "tiktok", "snapchat", "viber", "weibo",
    "wechat", "sms", "gmail", "google+", "digg", "evernote", "skype",
];

/// All languages' tables merged, for lookups.
pub(crate) struct Lexicon {
    pub share_strong: HashSet<&'static str>,
    pub share_weak: HashSet<&'static str>,
    pub related_prefixes: Vec<&'static str>,
    pub comments_headers: HashSet<&'static str>,
    pub comment_lines: HashSet<&'static str>,
    pub comment_form: HashSet<&'static str>,
    pub comment_form_phrases: AhoCorasick,
    pub appeal_lines: HashSet<&'static str>,
    pub appeal_phrases: AhoCorasick,
    pub caption_labels: Vec<&'static str>,
    pub caption_prefixes: Vec<&'static str>,
    pub tag_labels: Vec<&'static str>,
    pub bio_roles: HashSet<&'static str>,
    pub byline_prefixes: Vec<&'static str>,
    pub ad_lines: HashSet<&'static str>,
    pub notice_phrases: AhoCorasick,
    pub nav_lines: HashSet<&'static str>,
    pub dateline_prefixes: Vec<&'static str>,
    pub reading_time: AhoCorasick,
    pub months: HashSet<&'static str>,
    pub copulas: Vec<&'static str>,
    /// Each stopword with a bit set for every language it belongs to
    /// (bit `i` for `Language::ALL[i]`).
    pub stopwords: FxHashMap<&'static str, u8>,
    pub bio_headers: HashSet<&'static str>,
    pub about_prefixes: Vec<&'static str>,
    pub bio_phrases: AhoCorasick,
}

/// The merged tables, built on first use.
pub(crate) fn lexicon() -> &'static Lexicon {
    static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::build);
    &LEXICON
}

impl Lexicon {
    fn build() -> Lexicon {
        fn set(pick: fn(&Phrases) -> &'static [&'static str]) -> HashSet<&'static str> {
            LANGUAGES
                .iter()
                .flat_map(|p| pick(p).iter().copied())
                .collect()
        }
        fn longest_first(pick: fn(&Phrases) -> &'static [&'static str]) -> Vec<&'static str> {
            let mut v: Vec<_> = set(pick).into_iter().collect();
            v.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
            v
        }
        fn automaton(pick: fn(&Phrases) -> &'static [&'static str]) -> AhoCorasick {
            AhoCorasick::new(longest_first(pick)).expect("phrase tables are small")
        }
        let mut share_strong = set(|p| p.share_verbs);
        share_strong.extend(NETWORKS.iter().copied());
        Lexicon {
            share_strong,
            share_weak: set(|p| p.share_words),
            related_prefixes: longest_first(|p| p.related_prefixes),
            comments_headers: set(|p| p.comments_headers),
            comment_lines: set(|p| p.comment_lines),
            comment_form: set(|p| p.comment_form),
            comment_form_phrases: automaton(|p| p.comment_form_phrases),
            appeal_lines: set(|p| p.appeal_lines),
            appeal_phrases: automaton(|p| p.appeal_phrases),
            caption_labels: longest_first(|p| p.caption_labels),
            caption_prefixes: longest_first(|p| p.caption_prefixes),
            tag_labels: longest_first(|p| p.tag_labels),
            bio_roles: set(|p| p.bio_roles),
            byline_prefixes: longest_first(|p| p.byline_prefixes),
            ad_lines: set(|p| p.ad_lines),
            notice_phrases: automaton(|p| p.notice_phrases),
            nav_lines: set(|p| p.nav_lines),
            dateline_prefixes: longest_first(|p| p.dateline_prefixes),
            reading_time: automaton(|p| p.reading_time_words),
            months: set(|p| p.months),
            copulas: longest_first(|p| p.copulas),
            stopwords: stopword_masks(),
            bio_headers: set(|p| p.bio_headers),
            about_prefixes: longest_first(|p| p.about_prefixes),
            bio_phrases: automaton(|p| p.bio_phrases),
        }
    }
}

fn stopword_masks() -> FxHashMap<&'static str, u8> {
    let mut masks = FxHashMap::default();
    for (bit, phrases) in LANGUAGES.iter().enumerate() {
        for word in phrases.stopwords {
            *masks.entry(*word).or_insert(0) |= 1 << bit;
        }
    }
    masks
}

/// Characters that decorate chrome labels without changing what they say:
/// `Share:`, `» Read more`, `Next →`, `Comments (3)` keep their words.
fn is_decoration(c: char) -> bool {
    c.is_whitespace() || ":.!?»«›‹><|…→←↑↓-–—·•▶►▸/\\[]()".contains(c)
}

/// The lower-cased block with decoration trimmed from both ends: the key
/// for whole-line tables.
pub(crate) fn line_key(lower: &str) -> &str {
    lower.trim_matches(is_decoration)
}

/// If `lower` starts with one of `prefixes` followed by a separator or the
/// end, returns the rest after the separator.
pub(crate) fn strip_prefix<'a>(lower: &'a str, prefixes: &[&str]) -> Option<&'a str> {
    prefixes.iter().find_map(|p| {
        let rest = lower.strip_prefix(p)?;
        let trimmed = rest.trim_start();
        if rest.is_empty() || trimmed.is_empty() {
            return Some("");
        }
        let sep = trimmed.chars().next()?;
        (":|»›>–—-".contains(sep)).then(|| trimmed[sep.len_utf8()..].trim_start())
    })
}

/// Whether `lower` holds one of the automaton's phrases as whole words:
/// `agb` is found in `siehe agb`, not in `magbar`.
pub(crate) fn has_phrase(phrases: &AhoCorasick, lower: &str) -> bool {
    let bytes = lower.as_bytes();
    let word_byte = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
    phrases.find_overlapping_iter(lower).any(|m| {
        let starts_word = m.start() == 0 || !word_byte(bytes[m.start() - 1]);
        let ends_word = m.end() == bytes.len() || !word_byte(bytes[m.end()]);
        starts_word && ends_word
    })
}

/// Splits a lower-cased line into the tokens share and tag rules read.
pub(crate) fn tokens(lower: &str) -> impl Iterator<Item = &str> {
    lower
        .split(|c: char| c.is_whitespace() || ":|/,·•()[]".contains(c))
        .filter(|t| !t.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_table() {
        for p in LANGUAGES {
            for table in [
                p.share_verbs,
                p.related_prefixes,
                p.comments_headers,
                p.comment_form,
                p.appeal_lines,
                p.caption_labels,
                p.bio_roles,
                p.ad_lines,
                p.notice_phrases,
                p.nav_lines,
            ] {
                assert!(!table.is_empty());
            }
        }
    }

    #[test]
    fn entries_are_lower_case_and_trimmed() {
        for p in LANGUAGES {
            for entry in p
                .related_prefixes
                .iter()
                .chain(p.comment_form)
                .chain(p.nav_lines)
            {
                assert_eq!(entry.to_lowercase(), *entry);
                assert_eq!(entry.trim(), *entry);
            }
        }
    }

    #[test]
    fn line_key_trims_decoration() {
        assert_eq!(line_key("» read more →"), "read more");
        assert_eq!(line_key("name *"), "name *");
    }

    #[test]
    fn phrases_match_whole_words() {
        let ac = AhoCorasick::new(["agb", "we use cookies"]).unwrap();
        assert!(has_phrase(&ac, "siehe agb."));
        assert!(has_phrase(&ac, "we use cookies to"));
        assert!(!has_phrase(&ac, "magbar"));
        assert!(!has_phrase(&ac, "we use cookiesx"));
    }

    #[test]
    fn prefix_needs_a_separator() {
        let p = ["read also", "read more"];
        assert_eq!(
            strip_prefix("read also: a headline", &p),
            Some("a headline")
        );
        assert_eq!(strip_prefix("read more", &p), Some(""));
        assert_eq!(strip_prefix("read more about it in the report.", &p), None);
    }
}
