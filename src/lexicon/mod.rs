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

mod openings;
mod phrase_automaton;
pub(crate) mod word_table;
#[cfg(test)]
#[path = "testdata/zorbish.rs"]
mod zorbish;

use std::sync::LazyLock;

use crate::language::LanguageMask;
use crate::words::hash_lowered;
use openings::Openings;
use regex::Regex;
use rustc_hash::{FxHashMap, FxHashSet};
use word_table::WordTable;

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
    /// Names of legal pages (`Privacy policy`, `Impressum`): footer links,
    /// but also words a story may use.
    pub notice_labels: &'static [&'static str],
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
    /// Sentences of legal disclaimers, which run long (`for informational
    /// purposes only`, `reproduction in whole or in part`).
    pub legal_phrases: &'static [&'static str],
    /// Verbs of a commenter's name line (`Jane Doe says:`).
    pub says_verbs: &'static [&'static str],
    /// What follows the count in a counted comments header (`5 thoughts
    /// on “...”`).
    pub counted_comment_headers: &'static [&'static str],
    /// Words for a page in pagination (`page 2 of 3`).
    pub page_labels: &'static [&'static str],
    /// The word between two page numbers (`of`, `von`).
    pub page_of: &'static [&'static str],
    /// Labels before a relative time (`updated 2 hours ago`).
    pub updated_labels: &'static [&'static str],
    /// Words before a relative time (`vor 3 Stunden`, `il y a 2 jours`).
    pub ago_before: &'static [&'static str],
    /// Words after a relative time (`2 hours ago`, `3 uur geleden`).
    pub ago_after: &'static [&'static str],
    /// Units of a relative time, each form spelled out (`hour`, `hours`,
    /// `stunden`).
    pub time_units: &'static [&'static str],
    /// Words for "one" in a relative time (`an hour ago`, `vor einer
    /// Stunde`).
    pub number_one: &'static [&'static str],
    /// Words a written date holds between its day, month and year (`20 de
    /// junio de 2019`).
    pub date_fillers: &'static [&'static str],
    /// Words after a caption label that make it a credit (`photo credit:`).
    pub credit_labels: &'static [&'static str],
    /// Words that say an agency's credit is a picture's (`Reuters photo`).
    pub photo_words: &'static [&'static str],
    /// Lower-case words a credit holds besides name particles (`Courtesy
    /// of the artist`).
    pub credit_joiners: &'static [&'static str],
    /// Words that join the names of a list (`Jane Doe and John Roe`).
    pub name_joiners: &'static [&'static str],
    /// The word cookie banners are about, which lets a notice run long.
    pub cookie_words: &'static [&'static str],
    /// Words that open a copyright line besides `©` and `(c)`.
    pub copyright_words: &'static [&'static str],
    /// The nouns a consent dialog is about (`cookies`), as words.
    pub cookie_nouns: &'static [&'static str],
    /// The words a site speaks of itself and to its reader in (`we`,
    /// `our`, `your`): a consent dialog's voice, not a story's about
    /// cookies.
    pub site_voice: &'static [&'static str],
}

/// How the entries of a table are matched, which decides what a
/// well-formed entry is (see the hygiene tests).
#[cfg(test)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Match {
    /// A whole block, by its [`line_key`]: no decoration at either end.
    Line,
    /// The start of a block, before a separator: no separator at its end.
    Prefix,
    /// Anywhere in a block, or as a literal piece of a pattern.
    Phrase,
    /// One token: no space.
    Word,
}

#[cfg(test)]
impl Phrases {
    /// Every table of the language, by field name, with how it is matched.
    /// The pattern lists every field, so a new table cannot be left out of
    /// the hygiene tests.
    fn tables(&self) -> [(&'static str, Match, &'static [&'static str]); 45] {
        let Phrases {
            share_verbs,
            share_words,
            related_prefixes,
            comments_headers,
            comment_lines,
            comment_form,
            comment_form_phrases,
            appeal_lines,
            appeal_phrases,
            caption_labels,
            caption_prefixes,
            tag_labels,
            bio_roles,
            byline_prefixes,
            ad_lines,
            notice_phrases,
            notice_labels,
            nav_lines,
            dateline_prefixes,
            reading_time_words,
            months,
            copulas,
            stopwords,
            bio_headers,
            about_prefixes,
            bio_phrases,
            legal_phrases,
            says_verbs,
            counted_comment_headers,
            page_labels,
            page_of,
            updated_labels,
            ago_before,
            ago_after,
            time_units,
            number_one,
            date_fillers,
            credit_labels,
            photo_words,
            credit_joiners,
            name_joiners,
            cookie_words,
            copyright_words,
            cookie_nouns,
            site_voice,
        } = *self;
        [
            ("share_verbs", Match::Word, share_verbs),
            ("share_words", Match::Word, share_words),
            ("related_prefixes", Match::Prefix, related_prefixes),
            ("comments_headers", Match::Line, comments_headers),
            ("comment_lines", Match::Line, comment_lines),
            ("comment_form", Match::Line, comment_form),
            ("comment_form_phrases", Match::Phrase, comment_form_phrases),
            ("appeal_lines", Match::Line, appeal_lines),
            ("appeal_phrases", Match::Phrase, appeal_phrases),
            ("caption_labels", Match::Phrase, caption_labels),
            ("caption_prefixes", Match::Prefix, caption_prefixes),
            ("tag_labels", Match::Prefix, tag_labels),
            ("bio_roles", Match::Word, bio_roles),
            ("byline_prefixes", Match::Prefix, byline_prefixes),
            ("ad_lines", Match::Line, ad_lines),
            ("notice_phrases", Match::Phrase, notice_phrases),
            ("notice_labels", Match::Phrase, notice_labels),
            ("nav_lines", Match::Line, nav_lines),
            ("dateline_prefixes", Match::Prefix, dateline_prefixes),
            ("reading_time_words", Match::Phrase, reading_time_words),
            ("months", Match::Word, months),
            ("copulas", Match::Phrase, copulas),
            ("stopwords", Match::Word, stopwords),
            ("bio_headers", Match::Line, bio_headers),
            ("about_prefixes", Match::Prefix, about_prefixes),
            ("bio_phrases", Match::Phrase, bio_phrases),
            ("legal_phrases", Match::Phrase, legal_phrases),
            ("says_verbs", Match::Word, says_verbs),
            (
                "counted_comment_headers",
                Match::Phrase,
                counted_comment_headers,
            ),
            ("page_labels", Match::Word, page_labels),
            ("page_of", Match::Word, page_of),
            ("updated_labels", Match::Phrase, updated_labels),
            ("ago_before", Match::Phrase, ago_before),
            ("ago_after", Match::Word, ago_after),
            ("time_units", Match::Word, time_units),
            ("number_one", Match::Word, number_one),
            ("date_fillers", Match::Word, date_fillers),
            ("credit_labels", Match::Word, credit_labels),
            ("photo_words", Match::Word, photo_words),
            ("credit_joiners", Match::Word, credit_joiners),
            ("name_joiners", Match::Word, name_joiners),
            ("cookie_words", Match::Phrase, cookie_words),
            ("copyright_words", Match::Phrase, copyright_words),
            ("cookie_nouns", Match::Word, cookie_nouns),
            ("site_voice", Match::Word, site_voice),
        ]
    }
}

crate::language::languages! {
    /// English.
    En = en;
    /// German.
    De = de;
    /// French.
    Fr = fr;
    /// Spanish.
    Es = es;
    /// Italian.
    It = it;
    /// Portuguese.
    Pt = pt;
    /// Dutch.
    Nl = nl;
    /// Polish.
    Pl = pl;
}

/// Social networks and messengers: the same names in every language.
#[rustfmt::skip]
const NETWORKS: &[&str] = &[
    "facebook", "twitter", "x", "pinterest", "linkedin", "whatsapp", "telegram", "reddit",
    "tumblr", "vk", "vkontakte", "xing", "threads", "bluesky", "mastodon", "messenger",
    "flipboard", "pocket", "instagram", "youtube", "tiktok", "snapchat", "viber", "weibo",
    "wechat", "sms", "gmail", "google+", "digg", "evernote", "skype",
];

/// Photo agencies and libraries, the same names in every language: a
/// credit that names one is a photo credit whatever the caption's length.
const AGENCIES: &[&str] = &[
    "AP",
    "AFP",
    "Reuters",
    "Getty",
    "EPA",
    "dpa",
    "ANP",
    "ANSA",
    "EFE",
    "Xinhua",
    "Shutterstock",
    "iStock",
    "Bloomberg",
    "IMAGO",
    "Keystone",
    "Belga",
    "TASS",
    "NurPhoto",
    "Alamy",
    "Flickr",
    "Unsplash",
    "Pixabay",
    "Wikimedia",
];

/// Lower-case particles that belong inside names (`Ursula von der Leyen`,
/// `José Ortega y Gasset`): names travel between languages, so these are
/// one list for all of them.
pub(crate) const NAME_PARTICLES: &[&str] = &[
    "de", "da", "di", "del", "della", "der", "den", "van", "von", "al", "el", "bin", "ibn", "la",
    "le", "du", "dos", "das", "ten", "ter", "zu", "y",
];

/// A set of whole-line phrases or single words.
pub(crate) type Words = FxHashSet<&'static str>;

/// The tables whose phrases are looked for anywhere in a short block, each
/// with its bit in [`crate::features::Features::phrases`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PhraseSet {
    CommentForm = 0,
    Appeal = 1,
    Notice = 2,
    ReadingTime = 3,
    Bio = 4,
    CaptionLabel = 5,
    Legal = 6,
    NoticeLabel = 7,
}

impl PhraseSet {
    pub fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// The tables of whole-line phrases, each with its bit in
/// [`crate::features::Features::lines`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LineSet {
    CommentsHeader = 0,
    CommentLine = 1,
    CommentForm = 2,
    Appeal = 3,
    Ad = 4,
    Nav = 5,
    BioHeader = 6,
}

impl LineSet {
    pub fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// All languages' tables merged, for lookups.
pub(crate) struct Lexicon {
    /// The words of share bars: `true` for a network name or share verb
    /// (`facebook`, `teilen`), `false` for a helper word (`icon`, `on`).
    /// One map, so that a word that is neither costs one lookup.
    pub share_words: FxHashMap<&'static str, bool>,
    /// The openings of [`Lexicon::share_words`]: a block whose first two
    /// bytes open none of them starts with no share word, told before its
    /// first token is cut.
    pub share_openings: Openings,
    pub related_prefixes: Prefixes,
    pub caption_labels: Vec<&'static str>,
    pub caption_prefixes: Prefixes,
    pub tag_labels: Prefixes,
    pub bio_roles: Words,
    pub byline_prefixes: Prefixes,
    pub dateline_prefixes: Prefixes,
    pub months: Words,
    pub copulas: Vec<&'static str>,
    /// Each stopword with a bit set for every language it belongs to
    /// (bit `i` for `Language::ALL[i]`).
    /// Keyed by [`crate::words::word_hash`].
    pub stopwords: WordTable<LanguageMask>,
    /// The byte length of the longest stopword: a longer word needs no
    /// lookup.
    pub longest_stopword: usize,
    /// The first word of every phrase of every prefix table, with the
    /// bits of the tables that have phrases starting with it.
    first_words: WordTable<u8>,
    /// Every whole-line table of [`LineSet`], each line with its bits,
    /// keyed by its hash ([`hash_lowered`]): looked up for most short
    /// blocks, up to three times each, where a map of strings hashed and
    /// compared every key again.
    lines: WordTable<u8>,
    /// The longest entry of `lines`, in bytes: longer blocks are no line.
    longest_line: usize,
    pub about_prefixes: Prefixes,
    /// Every phrase table of [`PhraseSet`] in one automaton, so that a
    /// block is searched once for all of them, each phrase with its
    /// [`PhraseSet`] bit. Walked by hand: see
    /// [`Lexicon::phrase_bits_per_span`].
    phrases: phrase_automaton::PhraseAutomaton,
    /// `Jane Doe says:`, `Jane sagt:`: a commenter's name line.
    pub says_line: Regex,
    /// The verbs of `says_line`: a line that does not end with one before
    /// its colon is none, told without the pattern.
    pub says_verbs: Vec<&'static str>,
    /// `5 thoughts on “Title”`: a counted comments header.
    pub counted_comments: Regex,
    /// The letters the header of `counted_comments` may start with.
    pub counted_comment_initials: Vec<char>,
    /// `page 2 of 3`, `seite 2 von 5`, `2 / 7`, `1 2 3 4 5`.
    pub pagination: Regex,
    /// The letters a pagination line may start with, besides a digit.
    pub page_initials: Vec<char>,
    /// `32m ago`, `vor 3 Stunden`, `il y a 2 jours`, `3 uur geleden`.
    pub relative_time: Regex,
    /// The first words of a relative time without digits (`an hour ago`,
    /// `vor einer Stunde`, `il y a une heure`): the cheap test before
    /// [`Lexicon::relative_time`]. Looked up with the prefix tables' first
    /// words, as bit [`WORDED_TIME_BIT`] of
    /// [`crate::features::Features::prefix_tables`].
    worded_time_starts: Words,
    // The small sets below are lists: a few string compares cost less
    // than hashing the word.
    pub date_fillers: Vec<&'static str>,
    /// Longest first.
    pub credit_labels: Vec<&'static str>,
    pub photo_words: Vec<&'static str>,
    /// The lower-case words a credit may hold besides [`NAME_PARTICLES`].
    pub credit_joiners: Vec<&'static str>,
    pub name_joiners: Vec<&'static str>,
    pub cookie_words: Vec<&'static str>,
    pub copyright_words: Vec<&'static str>,
    /// `© 2019 ...`, `Copyright (c) 2020 ...`, `(C) 2018 ...`.
    pub copyright_line: Regex,
    pub agencies: Words,
    /// Hashes ([`crate::words::hash_lowered`]) of every language's
    /// [`Phrases::cookie_nouns`].
    pub cookie_nouns: FxHashSet<u64>,
    /// Hashes of every language's [`Phrases::site_voice`].
    pub site_voice: FxHashSet<u64>,
}

/// The hashes of `words`, as blocks' words are hashed.
fn word_hashes(words: Words) -> FxHashSet<u64> {
    words
        .into_iter()
        .map(|w| crate::words::hash_lowered(w.as_bytes()))
        .collect()
}

/// The merged tables, built on first use.
pub(crate) fn lexicon() -> &'static Lexicon {
    static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::build(&LANGUAGES));
    &LEXICON
}

type Pick = fn(&Phrases) -> &'static [&'static str];

/// The tables of the languages a lexicon is built from, one per
/// language, in the order of their stopword bits.
#[derive(Clone, Copy)]
struct Tables<'t>(&'t [&'static Phrases]);

impl Tables<'_> {
    /// The entries of every language's `pick` table.
    fn words(self, pick: Pick) -> Words {
        self.0
            .iter()
            .flat_map(|p| pick(p).iter().copied())
            .collect()
    }

    fn longest_first(self, pick: Pick) -> Vec<&'static str> {
        let mut v: Vec<_> = self.words(pick).into_iter().collect();
        v.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        v
    }

    /// The entries of every language's `pick` table as a regex
    /// alternation, longest first, each matched literally.
    fn one_of(self, pick: Pick) -> String {
        self.longest_first(pick)
            .iter()
            .map(|w| regex::escape(w))
            .collect::<Vec<_>>()
            .join("|")
    }

    /// The first letters of every language's `pick` table.
    fn initials(self, pick: Pick) -> Vec<char> {
        let mut letters: Vec<char> = self
            .words(pick)
            .iter()
            .filter_map(|w| w.chars().next())
            .collect();
        letters.sort_unstable();
        letters.dedup();
        letters
    }

    fn prefixes(self, bit: u8, pick: Pick) -> Prefixes {
        Prefixes::new(bit, self.longest_first(pick))
    }
}

fn pattern(source: &str) -> Regex {
    Regex::new(source).expect("patterns built from the tables compile")
}

impl Lexicon {
    /// The lexicon of `languages`' tables: bit `i` of a stopword's mask is
    /// `languages[i]`.
    fn build(languages: &[&'static Phrases]) -> Lexicon {
        assert!(languages.len() <= LanguageMask::BITS as usize);
        let t = Tables(languages);
        let lines = line_bits(t);
        let mut share_words: FxHashMap<&'static str, bool> = t
            .words(|p| p.share_words)
            .into_iter()
            .map(|w| (w, false))
            .collect();
        share_words.extend(
            t.words(|p| p.share_verbs)
                .into_iter()
                .chain(NETWORKS.iter().copied())
                .map(|w| (w, true)),
        );
        let sets: [(PhraseSet, Pick); 8] = [
            (PhraseSet::CommentForm, |p| p.comment_form_phrases),
            (PhraseSet::Appeal, |p| p.appeal_phrases),
            (PhraseSet::Notice, |p| p.notice_phrases),
            (PhraseSet::ReadingTime, |p| p.reading_time_words),
            (PhraseSet::Bio, |p| p.bio_phrases),
            (PhraseSet::CaptionLabel, |p| p.caption_labels),
            (PhraseSet::Legal, |p| p.legal_phrases),
            (PhraseSet::NoticeLabel, |p| p.notice_labels),
        ];
        let mut patterns = Vec::new();
        let mut phrase_bits = Vec::new();
        for (set, pick) in sets {
            for phrase in t.longest_first(pick) {
                patterns.push(phrase);
                phrase_bits.push(set.bit());
            }
        }
        let mut lexicon = Lexicon {
            first_words: WordTable::new(&[]),
            share_openings: Openings::new(share_words.keys().copied()),
            share_words,
            related_prefixes: t.prefixes(0, |p| p.related_prefixes),
            caption_labels: t.longest_first(|p| p.caption_labels),
            caption_prefixes: t.prefixes(1, |p| p.caption_prefixes),
            tag_labels: t.prefixes(2, |p| p.tag_labels),
            bio_roles: t.words(|p| p.bio_roles),
            byline_prefixes: t.prefixes(3, |p| p.byline_prefixes),
            dateline_prefixes: t.prefixes(4, |p| p.dateline_prefixes),
            months: t.words(|p| p.months),
            copulas: t.longest_first(|p| p.copulas),
            stopwords: stopword_masks(t),
            longest_stopword: languages
                .iter()
                .flat_map(|l| l.stopwords)
                .map(|w| w.len())
                .max()
                .unwrap_or(0),
            lines: WordTable::new(
                &lines
                    .iter()
                    .map(|(line, bits)| (hash_lowered(line.as_bytes()), *bits))
                    .collect::<Vec<_>>(),
            ),
            longest_line: lines.keys().map(|l| l.len()).max().unwrap_or(0),
            about_prefixes: t.prefixes(5, |p| p.about_prefixes),
            phrases: phrase_automaton::PhraseAutomaton::new(&patterns, &phrase_bits),
            says_line: pattern(&format!(
                r"^\S(?:.{{0,40}}\S)?\s+(?:{})\s*:$",
                t.one_of(|p| p.says_verbs)
            )),
            says_verbs: t.longest_first(|p| p.says_verbs),
            counted_comments: pattern(&format!(
                r"^\d+\s+(?:{})\b",
                t.one_of(|p| p.counted_comment_headers)
            )),
            pagination: pattern(&format!(
                r"^(?:(?:{})\s+\d+\s*(?:{}|/)\s*\d+|\d+\s*/\s*\d+|(?:\d+\s+){{2,}}\d+)$",
                t.one_of(|p| p.page_labels),
                t.one_of(|p| p.page_of)
            )),
            page_initials: t.initials(|p| p.page_labels),
            counted_comment_initials: t.initials(|p| p.counted_comment_headers),
            relative_time: pattern(&format!(
                r"^(?:(?:{}) )?(?:(?:{})\s+)?(?:\d+|{})\s*(?:{})\.?(?:\s+(?:{}))?$",
                t.one_of(|p| p.updated_labels),
                t.one_of(|p| p.ago_before),
                t.one_of(|p| p.number_one),
                t.one_of(|p| p.time_units),
                t.one_of(|p| p.ago_after),
            )),
            worded_time_starts: [
                (|p| p.number_one) as Pick,
                |p| p.updated_labels,
                |p| p.ago_before,
            ]
            .into_iter()
            .flat_map(|pick| t.words(pick))
            .map(first_word)
            .collect(),
            date_fillers: t.longest_first(|p| p.date_fillers),
            credit_labels: t.longest_first(|p| p.credit_labels),
            photo_words: t.longest_first(|p| p.photo_words),
            credit_joiners: t.longest_first(|p| p.credit_joiners),
            name_joiners: t.longest_first(|p| p.name_joiners),
            cookie_words: t.longest_first(|p| p.cookie_words),
            copyright_words: t.longest_first(|p| p.copyright_words),
            copyright_line: pattern(&format!(
                r"^(?:©|\(c\)|{})\s*(?:©|\(c\))?\s*(?:\d{{4}}|\p{{L}})",
                t.one_of(|p| p.copyright_words)
            )),
            agencies: AGENCIES.iter().copied().collect(),
            cookie_nouns: word_hashes(t.words(|p| p.cookie_nouns)),
            site_voice: word_hashes(t.words(|p| p.site_voice)),
        };
        lexicon.first_words = lexicon.index_first_words(lines.keys().copied());
        lexicon
    }

    /// The first-word table, with [`LINE_START_BIT`] for the first word of
    /// each of `lines`.
    fn index_first_words<'l>(&self, lines: impl Iterator<Item = &'l str>) -> WordTable<u8> {
        let mut words: FxHashMap<&str, u8> = FxHashMap::default();
        for table in [
            &self.related_prefixes,
            &self.caption_prefixes,
            &self.tag_labels,
            &self.byline_prefixes,
            &self.dateline_prefixes,
            &self.about_prefixes,
        ] {
            for word in table.by_first_word.keys() {
                *words.entry(*word).or_insert(0) |= table.bit;
            }
        }
        for word in &self.worded_time_starts {
            *words.entry(*word).or_insert(0) |= WORDED_TIME_BIT;
        }
        for line in lines {
            *words.entry(first_word(line)).or_insert(0) |= LINE_START_BIT;
        }
        let entries: Vec<(u64, u8)> = words
            .into_iter()
            .map(|(word, bits)| (hash_lowered(word.as_bytes()), bits))
            .collect();
        WordTable::new(&entries)
    }

    /// The bits of the prefix tables with a phrase that starts with the
    /// first word of `lower`: the tables worth looking in; and
    /// [`WORDED_TIME_BIT`] and [`LINE_START_BIT`].
    ///
    /// Looked up by the word's hash alone: a word that shares its hash
    /// with one of the table's would only be looked for in vain, since
    /// every bit is a hint that a rule then checks against the phrases.
    pub fn prefix_bits(&self, lower: &str) -> u8 {
        self.first_words
            .get(hash_lowered(first_word(lower).as_bytes()))
    }

    /// [`Lexicon::line_bits`] of a block whose first word looked up gave
    /// `prefix_bits` ([`Lexicon::prefix_bits`]). A block that starts and
    /// ends with an ASCII letter is its own line key (no decoration to
    /// trim, no count to strip, no required-field star), and without a
    /// bracket it has no field name before one either: whole, it is in a
    /// table only if some line of the tables starts with its first word,
    /// which the lookup of the first word has told already. `bracketed`
    /// says whether `lower` holds a `(`, which the caller finds for every
    /// block at once (a search a block cost more in the call than in the
    /// bytes).
    pub fn line_bits_given(&self, lower: &str, prefix_bits: u8, bracketed: bool) -> u8 {
        let bytes = lower.as_bytes();
        let letter = |b: Option<&u8>| b.is_some_and(u8::is_ascii_alphabetic);
        if prefix_bits & LINE_START_BIT == 0
            && letter(bytes.first())
            && letter(bytes.last())
            && !bracketed
        {
            return 0;
        }
        self.line_bits_of(lower, bracketed)
    }

    /// The [`LineSet`] bits of every table that holds the lower-cased
    /// block as a whole line, decoration trimmed; comment headers and
    /// thread lines also with their count removed (`12 comments`).
    #[cfg(test)]
    pub fn line_bits(&self, lower: &str) -> u8 {
        self.line_bits_of(lower, lower.contains('('))
    }

    /// [`Lexicon::line_bits`] of `lower`, which holds a `(` if
    /// `bracketed`. Most keys have nothing to strip for the field and
    /// count lookups, which their end bytes tell.
    fn line_bits_of(&self, lower: &str, bracketed: bool) -> u8 {
        if lower.len() > self.longest_line + DECORATION_SLACK {
            return 0;
        }
        let key = line_key(lower);
        let get = |line: &str| self.lines.get(hash_lowered(line.as_bytes()));
        let mut bits = get(key);
        // A form field marked as required: `Name (required)`, `Prénom *`.
        // (The closing bracket was trimmed as decoration.)
        let last = key.as_bytes().last().copied();
        if bracketed || matches!(last, Some(b'*' | b' ')) {
            let field = match memchr::memrchr(b'(', key.as_bytes()) {
                Some(open) => &key[..open],
                None => key.trim_end_matches(['*', ' ']),
            }
            .trim_end();
            if field.len() != key.len() {
                bits |= get(field) & LineSet::CommentForm.bit();
            }
        }
        // A count is digits at the start, or digits, brackets and spaces
        // at the end (`key` is trimmed of all other whitespace).
        let counted_end =
            |b: Option<u8>| b.is_some_and(|b| b.is_ascii_digit() || b == b'(' || b == b' ');
        if !key.as_bytes().first().is_some_and(u8::is_ascii_digit) && !counted_end(last) {
            return bits;
        }
        let counted = LineSet::CommentsHeader.bit() | LineSet::CommentLine.bit();
        let uncounted = strip_count(key);
        if uncounted.len() == key.len() {
            return bits;
        }
        bits | get(uncounted) & counted
    }

    /// The [`PhraseSet`] bits of every table with a phrase in `lower` as
    /// whole words: `agb` is found in `siehe agb`, not in `magbar`.
    #[cfg(test)]
    pub fn phrase_bits(&self, lower: &str) -> u8 {
        self.phrase_bits_per_span(lower, std::slice::from_ref(&(0..lower.len() as u32)))[0]
    }

    /// The [`PhraseSet`] bits of each span of `text`, found with one walk
    /// of the automaton over all of it: one search per document, not per
    /// block, whose setup would cost more than the search on short blocks.
    /// The walk is a plain loop over the bytes that looks at every phrase
    /// ending at each match state (overlapping matches), so a phrase that
    /// stands as whole words is found even where a longer phrase that does
    /// not overlaps it. A match must lie inside one span.
    ///
    /// Each step of a walk waits for the load of the step before, so the
    /// text is cut in four at spans' starts and the four parts are walked
    /// in step: the processor overlaps the four chains of loads. A walk
    /// may start afresh at a span because the line break before it is in
    /// no phrase, which sends the automaton back to its start state.
    pub fn phrase_bits_per_span(&self, text: &str, spans: &[std::ops::Range<u32>]) -> Vec<u8> {
        const WALKS: usize = 4;
        let bytes = text.as_bytes();
        let mut bits = vec![0u8; spans.len()];
        let dfa = &self.phrases;
        // Part `k` starts at the span that holds the byte `k / WALKS` of
        // the way in, and its walk's first span is that one.
        let mut span = [0usize; WALKS];
        let mut from = [0usize; WALKS];
        for k in 1..WALKS {
            let cut = text.len() * k / WALKS;
            span[k] = spans.partition_point(|r| (r.end as usize) < cut);
            from[k] = spans.get(span[k]).map_or(text.len(), |r| r.start as usize);
        }
        let to: [usize; WALKS] =
            std::array::from_fn(|k| from.get(k + 1).copied().unwrap_or(text.len()));
        let together = (0..WALKS).map(|k| to[k] - from[k]).min().unwrap_or(0);
        let part = |k: usize| &bytes[from[k]..from[k] + together];
        let mut state = [dfa.start(); WALKS];
        // All four loads, then the checks: the states are plain locals,
        // which the compiler keeps in registers, and the parts are read
        // as zipped slices, one bound test a step.
        let zipped = part(0).iter().zip(part(1)).zip(part(2)).zip(part(3));
        for (i, (((&a, &b), &c), &d)) in zipped.enumerate() {
            for (s, byte) in state.iter_mut().zip([a, b, c, d]) {
                *s = dfa.next(*s, byte);
            }
            for k in 0..WALKS {
                if dfa.ends_phrase(state[k]) {
                    let end = from[k] + i + 1;
                    self.record(state[k], end, &mut span[k], bytes, spans, &mut bits);
                }
            }
        }
        // Each part's rest, walked alone.
        for k in 0..WALKS {
            let rest = from[k] + together;
            for (at, &byte) in bytes[rest..to[k]].iter().enumerate() {
                state[k] = dfa.next(state[k], byte);
                if dfa.ends_phrase(state[k]) {
                    self.record(
                        state[k],
                        rest + at + 1,
                        &mut span[k],
                        bytes,
                        spans,
                        &mut bits,
                    );
                }
            }
        }
        bits
    }

    /// Records in `bits` the phrases of match state `state`, reached with
    /// the byte before `end`, that stand as whole words inside one span;
    /// `span` is the first span that may hold a match ending at `end`.
    fn record(
        &self,
        state: u32,
        end: usize,
        span: &mut usize,
        bytes: &[u8],
        spans: &[std::ops::Range<u32>],
        bits: &mut [u8],
    ) {
        let word_byte = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
        if bytes.get(end).is_some_and(|&b| word_byte(b)) {
            return;
        }
        while *span < spans.len() && (spans[*span].end as usize) < end {
            *span += 1;
        }
        let Some(range) = spans.get(*span) else {
            return;
        };
        for &(len, phrase_bits) in self.phrases.ends(state) {
            let start = end - len as usize;
            if start >= range.start as usize && (start == 0 || !word_byte(bytes[start - 1])) {
                bits[*span] |= phrase_bits;
            }
        }
    }
}

fn line_bits(t: Tables) -> FxHashMap<&'static str, u8> {
    let sets: [(LineSet, Pick); 7] = [
        (LineSet::CommentsHeader, |p| p.comments_headers),
        (LineSet::CommentLine, |p| p.comment_lines),
        (LineSet::CommentForm, |p| p.comment_form),
        (LineSet::Appeal, |p| p.appeal_lines),
        (LineSet::Ad, |p| p.ad_lines),
        (LineSet::Nav, |p| p.nav_lines),
        (LineSet::BioHeader, |p| p.bio_headers),
    ];
    let mut bits = FxHashMap::default();
    for (set, pick) in sets {
        for line in t.words(pick) {
            *bits.entry(line).or_insert(0) |= set.bit();
        }
    }
    bits
}

/// A header key with its count removed: `12 comments`, `comments (12`
/// (the closing bracket is trimmed as decoration).
fn strip_count(key: &str) -> &str {
    key.trim_start_matches(|c: char| c.is_ascii_digit())
        .trim_end_matches(|c: char| c.is_ascii_digit() || c == '(' || c == ' ')
        .trim()
}

fn stopword_masks(t: Tables) -> WordTable<LanguageMask> {
    let entries: Vec<(u64, LanguageMask)> =
        t.0.iter()
            .enumerate()
            .flat_map(|(bit, phrases)| {
                phrases
                    .stopwords
                    .iter()
                    .map(move |word| (crate::words::word_hash(word), 1 << bit))
            })
            .collect();
    WordTable::new(&entries)
}

/// A table of phrases that open a block, indexed by their first word so
/// that a block is compared only with the few that can match.
pub(crate) struct Prefixes {
    by_first_word: FxHashMap<&'static str, Vec<&'static str>>,
    bit: u8,
}

/// The first word of a lower-cased, normalized block: up to a space or a
/// separator (`:`, `|`, `>`, `»`, `›`; the last two are the only
/// separators that start with bytes 0xC2 and 0xE2 and are not letters).
pub(crate) fn first_word(lower: &str) -> &str {
    let bytes = lower.as_bytes();
    let mut end = 0;
    while end < bytes.len() {
        match WORD_ENDS[usize::from(bytes[end])] {
            0 => end += 1,
            0xC2 if bytes.get(end + 1) == Some(&0xBB) => break,
            0xE2 if bytes.get(end + 1..end + 3) == Some(&[0x80, 0xBA]) => break,
            0xC2 | 0xE2 => end += 1,
            _ => break,
        }
    }
    &lower[..end]
}

/// Where [`first_word`] ends a word
/// ([`crate::words::separator_table`]; `»` and `›` start with C2 and E2).
const WORD_ENDS: [u8; 256] = crate::words::separator_table(b" :|>");
/// The bit of [`crate::features::Features::prefix_tables`] that says the
/// block starts with a word that may open a relative time without digits
/// (`an hour ago`); bits 0 to 5 are the prefix tables'.
pub(crate) const WORDED_TIME_BIT: u8 = 1 << 6;

/// The bit of the first-word lookup that says some whole line of the line
/// tables starts with the word: without it, a plain block is in none of
/// them (see [`Lexicon::line_bits_given`]).
const LINE_START_BIT: u8 = 1 << 7;

impl Prefixes {
    /// A prefix table with bit `bit` of its `phrases`, longest first.
    fn new(bit: u8, phrases: Vec<&'static str>) -> Prefixes {
        let mut by_first_word: FxHashMap<&'static str, Vec<&'static str>> = FxHashMap::default();
        for phrase in phrases {
            by_first_word
                .entry(first_word(phrase))
                .or_default()
                .push(phrase);
        }
        Prefixes {
            by_first_word,
            bit: 1 << bit,
        }
    }

    /// This table's bit in [`Lexicon::prefix_bits`].
    pub fn bit(&self) -> u8 {
        self.bit
    }

    /// The phrases `lower` may start with, longest first.
    pub fn candidates(&self, lower: &str) -> &[&'static str] {
        self.by_first_word
            .get(first_word(lower))
            .map_or(&[], Vec::as_slice)
    }

    /// If `lower` starts with one of the phrases followed by a separator
    /// (`:`, `|`, `»`, `›`, `>`, a dash) or the end, the rest after the
    /// separator.
    pub fn strip<'a>(&self, lower: &'a str) -> Option<&'a str> {
        self.candidates(lower).iter().find_map(|p| {
            let rest = lower.strip_prefix(p)?.trim_start();
            // Only decoration after the phrase (`Read more …`, `» More
            // »`): a header.
            if rest.chars().all(is_decoration) {
                return Some("");
            }
            let sep = rest.chars().next()?;
            (":|»›>–—-".contains(sep)).then(|| rest[sep.len_utf8()..].trim_start())
        })
    }

    /// Like [`Prefixes::strip`], but a plain space also separates: `by
    /// jane doe`, `über jane doe`.
    pub fn strip_word<'a>(&self, lower: &'a str) -> Option<&'a str> {
        self.strip(lower).or_else(|| {
            self.candidates(lower)
                .iter()
                .find_map(|p| lower.strip_prefix(p)?.strip_prefix(' '))
        })
    }
}

/// Bytes of decoration and counts a whole line may carry around its entry
/// (`» Comments (1,234) «`).
const DECORATION_SLACK: usize = 24;

/// Characters that decorate chrome labels without changing what they say:
/// `Share:`, `» Read more`, `Next →`, `Comments (3)` keep their words.
const fn is_decoration(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            ':' | '.'
                | '!'
                | '?'
                | '»'
                | '«'
                | '›'
                | '‹'
                | '>'
                | '<'
                | '|'
                | '…'
                | '→'
                | '←'
                | '↑'
                | '↓'
                | '-'
                | '–'
                | '—'
                | '·'
                | '•'
                | '▶'
                | '►'
                | '▸'
                | '/'
                | '\\'
                | '['
                | ']'
                | '('
                | ')'
        )
}

/// The lower-cased block with decoration trimmed from both ends: the key
/// for whole-line tables.
pub(crate) fn line_key(lower: &str) -> &str {
    // Most blocks start and end with a letter or digit: nothing to trim.
    if crate::words::alnum_at_ends(lower.as_bytes()) {
        lower
    } else {
        trim_decoration(lower)
    }
}

/// [`line_key`] of a block with something other than an ASCII letter or
/// digit at an end: out of line, as most blocks never come here.
#[inline(never)]
fn trim_decoration(lower: &str) -> &str {
    crate::words::trim_ends(lower, |b| ASCII_DECORATION[usize::from(b)], is_decoration)
}

/// The ASCII characters of [`is_decoration`], by byte.
const ASCII_DECORATION: [bool; 128] = {
    let mut table = [false; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = is_decoration(b as u8 as char);
        b += 1;
    }
    table
};

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
                p.notice_labels,
                p.nav_lines,
            ] {
                assert!(!table.is_empty());
            }
        }
    }

    #[test]
    fn every_entry_of_every_table_can_match() {
        let mut bad = Vec::new();
        for (language, p) in Language::ALL.iter().zip(LANGUAGES) {
            for (name, how, table) in p.tables() {
                let mut seen = FxHashSet::default();
                for &entry in table {
                    // Every table is matched against lower-cased,
                    // space-normalized text.
                    let well_formed = !entry.is_empty()
                        && entry.trim() == entry
                        && !entry.contains("  ")
                        && entry.to_lowercase() == entry
                        && match how {
                            // The key and the prefix are both read with
                            // their decoration trimmed: `tagi:` never
                            // matches.
                            Match::Line | Match::Prefix => {
                                line_key(entry) == entry
                                    // A form field's key drops its last
                                    // bracket: `name (required)` matches
                                    // `Name (required) (never shown)`.
                                    || name == "comment_form" && entry.ends_with(')')
                            }
                            Match::Word => !entry.contains(' '),
                            Match::Phrase => true,
                        };
                    if !well_formed || !seen.insert(entry) {
                        bad.push(format!("{language} {name}: {entry:?}"));
                    }
                }
            }
        }
        assert!(bad.is_empty(), "malformed or repeated entries: {bad:#?}");
    }

    /// Tables of one language that may hold the same entry, and why that is
    /// no conflict (`*`: any other table). Any other entry in two tables is
    /// an error: one of the two copies is dead, or the two rules disagree
    /// on what the block is.
    const MAY_SHARE: &[(&str, &str, &str)] = &[
        ("stopwords", "*", "stopwords measure how much of a block is function words; the same word may have another use"),
        ("share_words", "*", "a share word counts only on a line with a share verb or a network's name"),
        ("nav_lines", "related_prefixes", "`Next article` that opens related links is taken by read-more-link, which runs first; alone on its line nav-link takes it"),
        ("caption_labels", "caption_prefixes", "one word labels a credit inside a caption (`... Foto: dpa`) and opens a caption (`Foto: ...`): both for photo-caption"),
        ("caption_labels", "credit_labels", "`Photo credit:` is a label and the word that makes it a credit: both for photo-caption"),
        ("caption_labels", "photo_words", "`photo` labels a credit and marks an agency credit as a picture's: both for photo-caption"),
        ("caption_prefixes", "photo_words", "as above"),
        ("caption_prefixes", "nav_lines", "`Top: the bridge at dawn` opens a caption; `Top` alone is a back-to-top link"),
        ("about_prefixes", "nav_lines", "`About Jane Doe` heads an author box; `About` alone is a menu entry"),
        ("bio_headers", "bio_roles", "`Author` alone heads an author box; `... is an author` is a bio's sentence"),
        ("bio_headers", "byline_prefixes", "`Author` alone heads an author box; `Author: Jane Doe` is a byline"),
        ("bio_roles", "byline_prefixes", "as above"),
        ("dateline_prefixes", "updated_labels", "`Updated: March 3` is a stamp, `Updated 2 hours ago` a relative time"),
        ("dateline_prefixes", "tag_labels", "pt `publicado em` labels a date and a section list alike: tag-list runs first and takes the line unless it ends like a sentence"),
        ("copulas", "says_verbs", "`schreibt` joins a name to a job in a bio, and ends a commenter's name line"),
        ("byline_prefixes", "page_of", "`von Jane Doe`, `Seite 2 von 5`"),
        ("date_fillers", "page_of", "`20 de junio`, `página 2 de 5`"),
        ("credit_joiners", "date_fillers", "small words of unrelated patterns"),
        ("credit_joiners", "page_of", "small words of unrelated patterns"),
        ("credit_joiners", "name_joiners", "`Jane Doe and John Roe` in a byline and in a credit"),
        ("cookie_words", "cookie_nouns", "`cookie` inside a longer notice (`cookie-einstellungen`), and as a word of a consent dialog's panel"),
    ];

    #[test]
    fn an_entry_in_two_tables_of_a_language_is_deliberate() {
        let allowed = |a: &str, b: &str| {
            MAY_SHARE.iter().any(|&(x, y, _)| {
                (x == a || x == b) && (y == "*" || y == a && x == b || y == b && x == a)
            })
        };
        let mut conflicts = Vec::new();
        for (language, p) in Language::ALL.iter().zip(LANGUAGES) {
            let tables = p.tables();
            for (i, &(a, _, first)) in tables.iter().enumerate() {
                for &(b, _, second) in &tables[i + 1..] {
                    for entry in first.iter().filter(|e| second.contains(e)) {
                        if !allowed(a, b) {
                            conflicts.push(format!("{language}: {entry:?} in {a} and {b}"));
                        }
                    }
                }
            }
        }
        assert!(conflicts.is_empty(), "{conflicts:#?}");
    }

    /// Builds a lexicon with Zorbish, a made-up language whose tables are
    /// one file (`testdata/zorbish.rs`), after the real languages, and once
    /// more one place further (the tenth language today), past what a byte
    /// of language bits could hold. A Zorbish text is detected as Zorbish,
    /// and English still as English, through the counting the pipeline
    /// does.
    #[test]
    fn a_language_added_as_one_table_file_is_detected() {
        const ZORBISH: &str = "Zo miru ka blen tas vek ori, pel nu sha zo kamaro blen tiru.";
        const ENGLISH: &str =
            "The council met on Tuesday to discuss the budget, which has been delayed.";
        /// The place of the language detected in `text` among `tables`'
        /// `N` languages, counted as the pipeline counts.
        fn detect<const N: usize>(tables: [&'static Phrases; N], text: &str) -> Option<usize> {
            let lex = Lexicon::build(&tables);
            let mut counts = [0; N];
            let ascii = text.is_ascii();
            let words = crate::features::hash_words(
                &lex,
                text,
                false,
                ascii,
                &mut Vec::new(),
                Some(&mut counts),
            );
            crate::language::best_covered(&counts, words)
        }
        // Zorbish after the real languages; for the tenth, after German's
        // tables once more.
        let mut ninth = [&zorbish::PHRASES; Language::COUNT + 1];
        ninth[..Language::COUNT].copy_from_slice(&LANGUAGES);
        let mut tenth = [&zorbish::PHRASES; Language::COUNT + 2];
        tenth[..Language::COUNT].copy_from_slice(&LANGUAGES);
        tenth[Language::COUNT] = LANGUAGES[Language::De.index()];
        assert_eq!(detect(ninth, ZORBISH), Some(Language::COUNT));
        assert_eq!(detect(tenth, ZORBISH), Some(Language::COUNT + 1));
        assert_eq!(detect(ninth, ENGLISH), Some(Language::En.index()));
        assert_eq!(detect(tenth, ENGLISH), Some(Language::En.index()));
        assert_eq!(Lexicon::build(&tenth).share_words.get("zharo"), Some(&true));
    }

    #[test]
    fn line_tables_and_counts() {
        let lex = lexicon();
        assert_eq!(lex.line_bits("12 comments"), LineSet::CommentsHeader.bit());
        assert_eq!(
            lex.line_bits("kommentare (3)"),
            LineSet::CommentsHeader.bit()
        );
        assert_eq!(lex.line_bits("» advertisement «"), LineSet::Ad.bit());
        assert_eq!(lex.line_bits("12 advertisement"), 0);
        assert_eq!(
            lex.line_bits("code postal (obligatoire)"),
            LineSet::CommentForm.bit()
        );
        assert_eq!(lex.line_bits("vorname *"), LineSet::CommentForm.bit());
    }

    #[test]
    fn the_first_word_tells_the_line_tables_nothing_they_would_not() {
        // Every line of the tables, as it is and as pages dress it, and
        // lines that are in none: the shortcut answers as the full lookup.
        let lex = lexicon();
        let mut samples: Vec<String> = Vec::new();
        for line in line_bits(Tables(&LANGUAGES)).keys() {
            samples.extend([
                line.to_string(),
                format!("{line} 12"),
                format!("12 {line}"),
                format!("» {line}"),
                format!("{line} *"),
                format!("{line} (required)"),
                format!("{line}(3)"),
                format!("{line} today"),
                format!("about {line}"),
            ]);
        }
        samples.extend(["home", "the council met", "share this", "x"].map(String::from));
        for lower in &samples {
            assert_eq!(
                lex.line_bits_given(lower, lex.prefix_bits(lower), lower.contains('(')),
                lex.line_bits(lower),
                "{lower}"
            );
        }
    }

    #[test]
    fn the_first_word_ends_at_a_separator() {
        let by_chars = |text: &str| {
            let end = text
                .find([' ', ':', '|', '>', '»', '›'])
                .unwrap_or(text.len());
            text[..end].to_string()
        };
        for text in [
            "read more",
            "home› world",
            "news»sport",
            "“quoted” text",
            "©2024|site",
            "café:menu",
            "a>b",
            "—",
            "",
            "no-separator-at-all",
        ] {
            assert_eq!(first_word(text), by_chars(text), "{text}");
        }
    }

    #[test]
    fn line_key_trims_decoration() {
        assert_eq!(line_key("» read more →"), "read more");
        assert_eq!(line_key("name *"), "name *");
        // Trimmed by hand as `trim_matches` trims: ASCII and other
        // decoration, at one end or both, up to a letter of any script.
        for line in [
            "» comments (12) «",
            "— ▶ weiter lesen ▸",
            "…",
            "",
            "→ x ←",
            "[ é ]",
            "· • ·",
            "\u{3000}ニュース\u{3000}",
            "read more",
            "12 comments:",
        ] {
            assert_eq!(line_key(line), line.trim_matches(is_decoration), "{line}");
        }
    }

    #[test]
    fn phrases_match_whole_words() {
        let lex = lexicon();
        assert_eq!(lex.phrase_bits("siehe agb."), PhraseSet::NoticeLabel.bit());
        assert_eq!(
            lex.phrase_bits("we use cookies to help"),
            PhraseSet::Notice.bit()
        );
        assert_eq!(lex.phrase_bits("magbar"), 0);
    }

    #[test]
    fn one_search_over_many_blocks_finds_what_each_alone_has() {
        let lex = lexicon();
        let blocks = [
            "we use cookies to help",
            "magbar",
            "siehe agb.",
            "",
            "leave a reply",
            "a plain sentence of the story",
            "min read",
            "subscribe to our newsletter",
        ];
        for count in 1..=blocks.len() * 3 {
            let (mut text, mut spans) = (String::new(), Vec::new());
            for block in blocks.iter().cycle().take(count) {
                let start = text.len();
                text.push_str(block);
                spans.push(start as u32..text.len() as u32);
                text.push('\n');
            }
            let bits = lex.phrase_bits_per_span(&text, &spans);
            for (span, got) in spans.iter().zip(bits) {
                let span = span.start as usize..span.end as usize;
                assert_eq!(got, lex.phrase_bits(&text[span]), "{count} blocks");
            }
        }
    }

    #[test]
    fn prefix_needs_a_separator() {
        let p = &lexicon().related_prefixes;
        assert_eq!(p.strip("read also: a headline"), Some("a headline"));
        assert_eq!(p.strip("read more"), Some(""));
        assert_eq!(p.strip("read more about it in the report."), None);
        assert_eq!(
            lexicon().byline_prefixes.strip_word("by jane doe"),
            Some("jane doe")
        );
    }
}
