//! The pipeline: the ordered list of named rules, and the pass they share.
//!
//! Each rule reads the document and its features and labels blocks that no
//! earlier rule has decided. Order matters and is deliberate: rules that
//! recognise a block by its own words (share buttons, captions, form
//! labels) run first; rules that need to know what is already chrome (the
//! headline is the first block that is not, a pull quote repeats a body
//! block) come after them; the context rules that spread a section's kind
//! over its undecided neighbours run last. Whatever is still undecided at
//! the end is body.
//!
//! Every rule has a stable name, which the removal report carries and a
//! user can switch off with [`crate::Config::disable_rule`].
//!
//! Where the numbers come from: each rule's limits (most words in a share
//! bar, longest credit, ...) were set by hand from the shape of the chrome
//! in the seed fixtures and the kinds' definitions, then checked against
//! the development set's figures; none was fitted by a script. A constant
//! whose value has another source says so beside it (the article finder's
//! jusText thresholds).

mod advertisement;
mod appeal;
mod article;
mod byline;
mod caption;
mod comments;
mod context;
mod dateline;
mod duplicate;
mod hashtags;
mod header;
mod names;
mod navigation;
mod notice;
mod pull_quote;
mod related;
mod share;

#[cfg(test)]
pub(crate) mod testing;

#[cfg(feature = "fitting")]
pub(crate) use article::default_run_costs;
#[cfg(feature = "fitting")]
pub(crate) use article::{KindMarks, PageShape, RunCosts, KIND_MARKS, PAGE_SHAPE_FEATURES};
pub(crate) use header::{HEADLINE, STANDFIRST};

use crate::document::Document;
use crate::features::{Analysis, Features};
use crate::{Kind, Language, PageKind};

/// What a block became. Three bytes: one is kept per block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Label {
    Title,
    Standfirst,
    Byline,
    Chrome {
        kind: Kind,
        rule: RuleId,
    },
    /// Chrome of a kind the user keeps: body, and out of later rules' reach.
    Kept,
}

/// A rule by its place in [`RULES`]: what a label keeps of the rule that
/// set it, a byte instead of a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RuleId(u8);

impl RuleId {
    /// The rule called `name`, if the pipeline has one.
    pub fn named(name: &str) -> Option<RuleId> {
        let at = RULES.iter().position(|r| r.name == name)?;
        Some(RuleId(u8::try_from(at).ok()?))
    }

    /// The rule's stable name.
    pub fn name(self) -> &'static str {
        RULES[usize::from(self.0)].name
    }
}

/// A named step of the pipeline, with what it may do and what it needs.
pub(crate) struct Rule {
    /// Stable name, shown in reports and accepted by `disable_rule`.
    pub name: &'static str,
    /// One line saying what the rule removes.
    pub summary: &'static str,
    /// The kinds of chrome the rule may remove a block as (none for the
    /// rules that find the title, standfirst and byline).
    pub kinds: &'static [Kind],
    /// The rules whose results this rule reads beyond "is this block
    /// still undecided": their labels by rule name or kind, the title, the
    /// byline. Each comes earlier in [`RULES`] (a test checks it), and
    /// none can be switched off while this rule is on.
    pub reads: &'static [&'static str],
    /// What the rule catches, why that is chrome, what it misses, and an
    /// example: its documentation for a user, as data.
    pub docs: RuleDocs,
    /// Labels blocks of the pass.
    pub run: fn(&mut Pass),
}

/// A rule's documentation, as `chaff --explain-rule NAME` prints it: the
/// way clippy and ruff carry each lint's docs with its declaration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleDocs {
    /// What the rule removes (or takes for metadata), in shape.
    pub catches: &'static str,
    /// Why that is chrome (or metadata) and not the story.
    pub why: &'static str,
    /// What it misses or takes wrongly, known from the rule's design.
    pub misses: &'static str,
    /// A block it catches, as a dump has it.
    pub example: &'static str,
}

/// What the user switched: the kinds that are removed, and the rules that
/// do not run. [`crate::Config`] hands them over; it depends on the rules
/// (it checks rule names against [`RULES`]), and the rules not on it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Switches<'a> {
    /// [`Kind::bit`]s of the kinds that are removed.
    pub dropped: u16,
    /// Names of the rules switched off.
    pub disabled: &'a [&'static str],
    /// The kind every page is read as, instead of the one its shape says.
    pub page_kind: Option<PageKind>,
}

impl Switches<'_> {
    /// Whether blocks of `kind` are removed (else kept in the body).
    pub fn drops(&self, kind: Kind) -> bool {
        self.dropped & kind.bit() != 0
    }

    /// Whether the rule called `name` runs.
    pub fn runs(&self, name: &str) -> bool {
        !self.disabled.contains(&name)
    }
}

/// The rules in the order they run.
pub(crate) const RULES: &[Rule] = &[
    share::SHARE_BUTTONS,
    // Ad labels are whole lines that some link rules would also match
    // (`Continue reading below`), and they must not read as a section.
    advertisement::AD_LABEL,
    hashtags::HASHTAG_LINE,
    hashtags::TAG_LIST,
    related::READ_MORE_LINK,
    related::DATED_HEADLINE,
    // Before the caption rule: a repeat is found among captions that are
    // still undecided, and the rule labels the second copy (or the alt
    // text before a caption) so that only one copy is left a caption.
    duplicate::REPEATED_CAPTION,
    caption::PHOTO_CAPTION,
    comments::COMMENTS_HEADER,
    comments::COMMENT_THREAD_LINE,
    comments::COMMENT_FORM,
    appeal::APPEAL,
    notice::NOTICE,
    notice::CONSENT_DIALOG,
    navigation::NAV_LINK,
    navigation::BREADCRUMB,
    dateline::DATELINE,
    byline::AUTHOR_BOX,
    article::OUTSIDE_ARTICLE,
    header::HEADLINE,
    header::STANDFIRST,
    byline::BYLINE_NAME,
    byline::AUTHOR_BIO,
    header::HEADER_FURNITURE,
    pull_quote::PULL_QUOTE,
    duplicate::REPEATED_BLOCK,
    context::RELATED_LIST,
    context::TAIL_SECTION,
    context::LOOSE_END,
];

/// The state the rules share while labelling one document.
pub(crate) struct Pass<'a> {
    pub doc: &'a Document,
    pub feats: &'a [Features<'a>],
    word_hashes: &'a [u64],
    pub labels: Vec<Option<Label>>,
    /// The author's name, once a rule has found it.
    pub byline: Option<String>,
    /// The dump's language, if chaff has tables for it.
    pub language: Option<Language>,
    /// The kind of page, once the article finder has read it.
    pub page_kind: Option<PageKind>,
    /// The page's shape as the article finder measured it, for the
    /// fitting scripts.
    #[cfg(feature = "fitting")]
    pub page_shape: Option<(PageShape, KindMarks)>,
    switches: Switches<'a>,
    /// The rule running now.
    rule: RuleId,
    /// Blocks found not to be captions ([`caption::caption_at`]): the
    /// repeated-caption rule and the photo-caption rule parse the same
    /// blocks one after the other, and a block's text and features do not
    /// change within a pass, so each is parsed once.
    not_caption: Vec<std::cell::Cell<bool>>,
}

impl<'a> Pass<'a> {
    pub fn new(doc: &'a Document, analysis: &'a Analysis<'a>, switches: Switches<'a>) -> Pass<'a> {
        Pass {
            doc,
            feats: &analysis.feats,
            word_hashes: &analysis.word_hashes,
            labels: vec![None; doc.blocks.len()],
            byline: None,
            language: analysis.language,
            page_kind: None,
            #[cfg(feature = "fitting")]
            page_shape: None,
            switches,
            rule: RuleId(0),
            not_caption: vec![std::cell::Cell::new(false); doc.blocks.len()],
        }
    }

    /// Runs every enabled rule in order.
    pub fn run_all(&mut self) {
        for (at, rule) in RULES.iter().enumerate() {
            if self.switches.runs(rule.name) {
                self.rule = RuleId(at as u8);
                (rule.run)(self);
            }
        }
    }

    /// The kind the user reads every page as, if any.
    pub fn page_kind_override(&self) -> Option<PageKind> {
        self.switches.page_kind
    }

    /// Number of blocks.
    pub fn len(&self) -> usize {
        self.labels.len()
    }

    /// Whether no rule has labelled block `i` yet.
    pub fn undecided(&self, i: usize) -> bool {
        self.labels[i].is_none()
    }

    /// The chrome kind block `i` was labelled with, if any.
    pub fn kind(&self, i: usize) -> Option<Kind> {
        match self.labels[i] {
            Some(Label::Chrome { kind, .. }) => Some(kind),
            _ => None,
        }
    }

    /// The rule that labelled block `i` as chrome, if any.
    pub fn rule_of(&self, i: usize) -> Option<&'static str> {
        match self.labels[i] {
            Some(Label::Chrome { rule, .. }) => Some(rule.name()),
            _ => None,
        }
    }

    /// Labels an undecided block as chrome of `kind` in the running rule's
    /// name. Returns false when it is decided already, or when the user
    /// keeps that kind: then the block is marked kept, so that it stays in
    /// the body whatever later rules think of it.
    pub fn chrome(&mut self, i: usize, kind: Kind) -> bool {
        if !self.undecided(i) {
            return false;
        }
        if !self.switches.drops(kind) {
            self.labels[i] = Some(Label::Kept);
            return false;
        }
        self.labels[i] = Some(Label::Chrome {
            kind,
            rule: self.rule,
        });
        true
    }

    /// Labels as chrome of `kind` every undecided block that passes
    /// `test`: the loop of the rules that judge each block alone. Decided
    /// blocks are skipped before the test, which is the costly part.
    pub fn label_each(&mut self, kind: Kind, test: impl Fn(&Pass<'a>, usize) -> bool) {
        for i in 0..self.len() {
            if self.undecided(i) && test(self, i) {
                self.chrome(i, kind);
            }
        }
    }

    /// Labels an undecided block as title, standfirst or byline.
    pub fn metadata(&mut self, i: usize, label: Label) -> bool {
        if !self.undecided(i) {
            return false;
        }
        self.labels[i] = Some(label);
        true
    }

    /// The hashes of the block's words ([`crate::words::word_hash`]).
    pub fn word_hashes(&self, i: usize) -> &'a [u64] {
        let span = &self.feats[i].word_hashes;
        &self.word_hashes[span.start as usize..span.end as usize]
    }

    /// A key of the block's words ([`duplicate::sequence_key`]): blocks
    /// with the same words, whatever their case, spacing and punctuation
    /// around them, have the same key (and others, rarely, too).
    pub fn words_key(&self, i: usize) -> u64 {
        duplicate::sequence_key(self.word_hashes(i))
    }

    /// Whether block `i` is the only block of its blank-line group: a
    /// paragraph or heading of its own, not an entry of a menu or list.
    pub fn alone_in_group(&self, i: usize) -> bool {
        let group = self.doc.blocks[i].group;
        let same = |j: usize| self.doc.blocks[j].group == group;
        let joined_above = i > 0 && same(i - 1);
        let joined_below = i + 1 < self.len() && same(i + 1);
        !joined_above && !joined_below
    }

    /// The block's text.
    pub fn text(&self, i: usize) -> &str {
        self.doc.block_text(i)
    }

    /// Indices of the blocks no rule has labelled yet, in order.
    pub fn undecided_blocks(&self) -> impl DoubleEndedIterator<Item = usize> + '_ {
        (0..self.len()).filter(|&i| self.undecided(i))
    }
}

/// What a user can know of a rule: its name, what it removes, the kinds
/// it may remove blocks as, and the rules whose results it reads.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleInfo {
    /// Stable name, shown in the removal report and taken by
    /// [`crate::Config::disable_rule`].
    pub name: &'static str,
    /// One line saying what the rule removes.
    pub summary: &'static str,
    /// The kinds of chrome it may remove a block as; empty for the rules
    /// that find the title, standfirst and byline.
    pub kinds: &'static [Kind],
    /// The rules whose results it reads; they run before it, and cannot
    /// be switched off while it is on.
    pub reads: &'static [&'static str],
    /// What it catches, why that is chrome, what it misses, an example.
    pub docs: RuleDocs,
}

/// Every rule, in pipeline order.
pub(crate) fn catalogue() -> impl Iterator<Item = RuleInfo> {
    RULES.iter().map(|r| RuleInfo {
        name: r.name,
        summary: r.summary,
        kinds: r.kinds,
        reads: r.reads,
        docs: r.docs,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_has_an_id_and_a_label_is_small() {
        assert!(RULES.len() <= usize::from(u8::MAX));
        for rule in RULES {
            assert_eq!(RuleId::named(rule.name).map(RuleId::name), Some(rule.name));
        }
        assert_eq!(RuleId::named("no-such-rule"), None);
        assert!(std::mem::size_of::<Option<Label>>() <= 4);
    }

    #[test]
    fn every_rule_reads_only_rules_that_run_before_it() {
        for (at, rule) in RULES.iter().enumerate() {
            for read in rule.reads {
                let before = RULES[..at].iter().any(|r| r.name == *read);
                assert!(
                    before,
                    "{} reads {read}, which does not run before it",
                    rule.name
                );
            }
        }
    }

    #[test]
    fn every_rule_is_documented() {
        for rule in RULES {
            let RuleDocs {
                catches,
                why,
                misses,
                example,
            } = rule.docs;
            for (what, text) in [("catches", catches), ("why", why), ("misses", misses)] {
                assert!(
                    text.ends_with(['.', ')']),
                    "{}: {what} is not a sentence",
                    rule.name
                );
            }
            assert!(!example.is_empty(), "{} has no example", rule.name);
        }
    }

    /// Whether cleaning `dump` shows `rule` at work on `example`: a
    /// removal by it of a block of the example, or, for a rule that takes
    /// metadata (no kinds), the example as the title, standfirst or byline.
    fn caught(rule: &Rule, dump: &str, example: &str) -> bool {
        let cleaned = testing::clean(dump);
        if rule.kinds.is_empty() {
            return [&cleaned.title, &cleaned.standfirst, &cleaned.byline]
                .iter()
                .any(|m| {
                    m.as_deref()
                        .is_some_and(|m| !m.is_empty() && example.contains(m))
                });
        }
        cleaned
            .removals
            .iter()
            .any(|r| r.rule == rule.name && example.contains(r.text.as_str()))
    }

    #[test]
    fn every_rule_catches_its_own_example() {
        use testing::{after_prose, amid_prose, LONG_COMMENT, PROSE};
        let headline = HEADLINE.docs.example;
        let mut missed = Vec::new();
        for rule in RULES {
            let example = rule.docs.example;
            // Where the example may stand: at the top of a story, under its
            // headline, among its paragraphs, after them, before a comment
            // section that follows them, or alone.
            let contexts = [
                format!("{example}\n\n{PROSE}"),
                format!("{headline}\n\n{example}\n\n{PROSE}"),
                amid_prose(example),
                after_prose(example),
                after_prose(&format!("{example}\n\nComments\n\n{LONG_COMMENT}")),
                example.to_string(),
            ];
            if !contexts.iter().any(|dump| caught(rule, dump, example)) {
                missed.push(rule.name);
            }
        }
        assert!(
            missed.is_empty(),
            "rules that miss their example: {missed:?}"
        );
    }

    #[test]
    fn rule_names_are_unique_kebab_case() {
        let mut seen = std::collections::HashSet::new();
        for rule in RULES {
            assert!(seen.insert(rule.name), "duplicate rule {}", rule.name);
            assert!(rule
                .name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '-'));
            assert!(!rule.summary.is_empty());
        }
    }
}
