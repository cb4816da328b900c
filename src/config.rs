//! What a [`crate::Cleaner`] removes and how it reads its input.

use crate::normalize::Form;
use crate::rules::{Switches, RULES};
use crate::{DumpFormat, Error, Kind, Language, PageKind};

/// Options for a [`crate::Cleaner`], built in builder style.
///
/// The default drops every kind of chrome, drops captions outright, puts
/// text in NFC and accepts inputs up to 64 MiB:
///
/// ```
/// use chaff::{Cleaner, Config, Kind};
///
/// let config = Config::default()
///     .keep(Kind::Related)          // leave "Read more" links in the body
///     .keep_captions(true)          // one copy of each caption stays
///     .max_input_bytes(1 << 20);    // refuse inputs over 1 MiB
/// let cleaner = Cleaner::new(config);
/// # let _ = cleaner;
/// ```
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    dropped: u16,
    form: Form,
    max_input_bytes: usize,
    disabled_rules: Vec<&'static str>,
    format: Option<DumpFormat>,
    language: Option<Language>,
    page_kind: Option<PageKind>,
    keep_markdown: bool,
    idempotent: bool,
}

/// The default input limit: 64 MiB, far above any real page, low enough
/// that a runaway input fails fast instead of eating memory.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 64 << 20;

impl Default for Config {
    fn default() -> Config {
        Config {
            dropped: Kind::ALL.iter().fold(0, |acc, k| acc | k.bit()),
            form: Form::Nfc,
            max_input_bytes: DEFAULT_MAX_INPUT_BYTES,
            disabled_rules: Vec::new(),
            format: None,
            language: None,
            page_kind: None,
            keep_markdown: false,
            idempotent: false,
        }
    }
}

impl Config {
    /// The default configuration; the same as [`Config::default`].
    pub fn new() -> Config {
        Config::default()
    }

    /// Keeps blocks of `kind` in the body instead of removing them.
    pub fn keep(mut self, kind: Kind) -> Config {
        self.dropped &= !kind.bit();
        self
    }

    /// Removes blocks of `kind` (the default for every kind).
    pub fn remove(mut self, kind: Kind) -> Config {
        self.dropped |= kind.bit();
        self
    }

    /// With `true`, a caption stays in the body once: the first copy is
    /// kept and its repeats (alt text, a second credit line) are still
    /// removed as [`Kind::Duplicate`]. Default `false`: captions go.
    ///
    /// The same as `keep(Kind::Caption)` (and `remove(Kind::Caption)` for
    /// `false`): one switch, so that whichever comes last wins.
    pub fn keep_captions(self, keep: bool) -> Config {
        if keep {
            self.keep(Kind::Caption)
        } else {
            self.remove(Kind::Caption)
        }
    }

    /// With `true`, text is put in NFKC instead of NFC: ligatures,
    /// full-width letters and other compatibility forms become plain
    /// letters. Default `false`.
    pub fn nfkc(mut self, nfkc: bool) -> Config {
        self.form = if nfkc { Form::Nfkc } else { Form::Nfc };
        self
    }

    /// Inputs over `limit` bytes are refused with [`Error::TooLarge`].
    /// Default [`DEFAULT_MAX_INPUT_BYTES`]; at most 4 GiB whatever the
    /// limit (see [`Config::input_limit`]).
    pub fn max_input_bytes(mut self, limit: usize) -> Config {
        self.max_input_bytes = limit;
        self
    }

    /// Reads every dump as `format` instead of guessing it from its
    /// markup. Default: guess (markdown links and headings mean
    /// [`DumpFormat::Markdown`], indented bullets [`DumpFormat::Layout`]).
    pub fn dump_format(mut self, format: DumpFormat) -> Config {
        self.format = Some(format);
        self
    }

    /// Reads every dump as written in `language` instead of picking the
    /// language from its function words. Default: pick per dump.
    pub fn language(mut self, language: Language) -> Config {
        self.language = Some(language);
        self
    }

    /// Reads every dump as a page of `kind` instead of telling the kind
    /// from the page's shape: [`PageKind::Article`] for a corpus known to
    /// be news stories (only the article's run of prose is kept), any
    /// other kind to keep every block the chrome rules do not take.
    /// Default: tell per dump.
    pub fn page_kind(mut self, kind: PageKind) -> Config {
        self.page_kind = Some(kind);
        self
    }

    /// With `true`, body paragraphs of a markdown dump keep their markdown
    /// (links, emphasis, heading hashes). Default `false`: plain text.
    pub fn keep_markdown(mut self, keep: bool) -> Config {
        self.keep_markdown = keep;
        self
    }

    /// With `true`, cleaning is idempotent: the body is cleaned again
    /// until a pass changes nothing, so that cleaning the body of a result
    /// once more keeps every paragraph of it. Default `false`: one pass.
    ///
    /// Why it is not the default: a later pass sees the body without the
    /// page around it, and cannot tell a question or an unpunctuated lead
    /// at its top from a headline, so it removes some story along with
    /// the chrome one pass missed; on the development set this costs up to
    /// 0.002 F1 and about 30% of the speed (README, "Idempotent mode").
    /// Each block a later pass removes is reported like any other, with
    /// its lines in the input; a headline or standfirst found when the
    /// dump has one already is removed as [`Kind::Navigation`].
    ///
    /// The promise is for the body read as what it is: give
    /// [`Config::dump_format`] the result's
    /// [`DumpFormat::of_body`](crate::DumpFormat::of_body). Guessing works
    /// too but for a plain body whose text still looks like markdown (a
    /// link of the dump cut across two lines): read as markdown, it would
    /// lose its markup characters again.
    pub fn idempotent(mut self, idempotent: bool) -> Config {
        self.idempotent = idempotent;
        self
    }

    /// Switches off the rule called `name` (see [`crate::rules()`] for the
    /// names). Fails with [`Error::UnknownRule`] for a name the pipeline
    /// does not have, so that a typo does not pass silently, and with
    /// [`Error::RuleIsRead`] for a rule that rules still switched on read
    /// ([`crate::RuleInfo::reads`]): without `comments-header`, the
    /// `tail-section` rule would not see where the comments start and
    /// would leave them all in the body. Switch the readers off first, or
    /// keep the kind instead ([`Config::keep`]).
    pub fn disable_rule(mut self, name: &str) -> Result<Config, Error> {
        let rule = RULES
            .iter()
            .find(|r| r.name == name)
            .ok_or_else(|| Error::UnknownRule(name.to_string()))?;
        let read_by: Vec<&'static str> = RULES
            .iter()
            .filter(|r| r.reads.contains(&rule.name) && self.rule_enabled(r.name))
            .map(|r| r.name)
            .collect();
        if !read_by.is_empty() {
            return Err(Error::RuleIsRead {
                rule: rule.name.to_string(),
                read_by,
            });
        }
        if !self.disabled_rules.contains(&rule.name) {
            self.disabled_rules.push(rule.name);
        }
        Ok(self)
    }

    /// Whether blocks of `kind` are removed.
    pub fn drops(&self, kind: Kind) -> bool {
        self.switches().drops(kind)
    }

    pub(crate) fn rule_enabled(&self, name: &str) -> bool {
        self.switches().runs(name)
    }

    /// What the rules need to know of this configuration.
    pub(crate) fn switches(&self) -> Switches<'_> {
        Switches {
            dropped: self.dropped,
            disabled: &self.disabled_rules,
            page_kind: self.page_kind,
        }
    }

    pub(crate) fn format_override(&self) -> Option<DumpFormat> {
        self.format
    }

    pub(crate) fn language_override(&self) -> Option<Language> {
        self.language
    }

    pub(crate) fn keeps_markdown(&self) -> bool {
        self.keep_markdown
    }

    pub(crate) fn is_idempotent(&self) -> bool {
        self.idempotent
    }

    pub(crate) fn form(&self) -> Form {
        self.form
    }

    /// The largest input accepted, in bytes: [`Config::max_input_bytes`],
    /// and never over 4 GiB, since positions in the text are kept as
    /// 32-bit numbers.
    pub fn input_limit(&self) -> usize {
        self.max_input_bytes.min(crate::document::MAX_TEXT_BYTES)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_drops_everything() {
        let c = Config::default();
        assert!(Kind::ALL.iter().all(|&k| c.drops(k)));
    }

    #[test]
    fn keep_and_remove_toggle_one_kind() {
        let c = Config::default().keep(Kind::Related);
        assert!(!c.drops(Kind::Related));
        assert!(c.drops(Kind::Share));
        assert!(c.remove(Kind::Related).drops(Kind::Related));
    }

    #[test]
    fn keep_captions_keeps_captions_not_duplicates() {
        let c = Config::default().keep_captions(true);
        assert!(!c.drops(Kind::Caption));
        assert!(c.drops(Kind::Duplicate));
        assert_eq!(c, Config::default().keep(Kind::Caption));
        // One switch: the last word wins (issue 11, item 3).
        assert!(c.clone().remove(Kind::Caption).drops(Kind::Caption));
        assert!(!Config::default()
            .remove(Kind::Caption)
            .keep_captions(true)
            .drops(Kind::Caption));
    }

    #[test]
    fn unknown_rule_is_refused() {
        assert_eq!(
            Config::default().disable_rule("no-such-rule"),
            Err(Error::UnknownRule("no-such-rule".into()))
        );
        assert!(!Config::default()
            .disable_rule("pull-quote")
            .unwrap()
            .rule_enabled("pull-quote"));
    }

    #[test]
    fn a_rule_others_read_goes_only_after_its_readers() {
        assert_eq!(
            Config::default().disable_rule("comments-header"),
            Err(Error::RuleIsRead {
                rule: "comments-header".into(),
                read_by: vec!["outside-article", "tail-section"],
            })
        );
        let config = Config::default()
            .disable_rule("outside-article")
            .and_then(|c| c.disable_rule("tail-section"))
            .and_then(|c| c.disable_rule("comments-header"))
            .unwrap();
        assert!(!config.rule_enabled("comments-header"));
    }
}
