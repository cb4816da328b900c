//! Context: sections whose kind carries over to the blocks inside them.
//!
//! Some chrome is recognisable only by where it stands. The comments under
//! a `Join the Conversation` header read like prose; so do the paragraphs
//! of a donation appeal after `We need your support`; the headlines under a
//! `Related` header look like any short line. These rules spread the kind
//! of a section's header over the undecided blocks of its section:
//!
//! - `tail-section`: a comments or comment-form header with a story above
//!   it (80 words of text; a menu's entries are not a story), or an
//!   appeal header in the closing part of the page (at most four
//!   undecided blocks after it, and at most half as much undecided text
//!   after it as before it), makes everything undecided after it chrome
//!   of its kind, to the end; a later header of
//!   another of these kinds takes over from there. The tests keep a `12
//!   comments` link under a headline, or a newsletter box in the middle of
//!   a story, from swallowing it.
//! - `related-list`: after a related-links header, the following short
//!   unpunctuated lines are the links, up to the first block that is not.
//!   A header printed more than twice on the page (`Read more` under
//!   every card) is each card's button and opens no list. Teaser cards
//!   carry an excerpt that reads like prose; the list runs through it
//!   when the card's button follows it (`Read More` and the card's own
//!   headline, or a button under every card), where an inline `Read
//!   more: <another story>` under a paragraph ends nothing.
//! - `loose-end`: a story does not end in a menu: short unpunctuated lines
//!   that share their group with others, left after the story's last
//!   paragraph, are navigation.
//!
//! A comment form opens the tail only when it can only be one (see
//! `marks_a_form`) and is not printed again elsewhere on the page
//! (`repeated_forms`).
//!
//! Known misses: a comment thread longer than the story it follows.

use rustc_hash::{FxHashMap, FxHashSet};

use super::{Pass, Rule, RuleDocs};
use crate::Kind;

pub(crate) const TAIL_SECTION: Rule = Rule {
    name: "tail-section",
    summary: "everything after a comments or appeal header that opens the end of the page",
    kinds: &[Kind::Comments, Kind::CommentForm, Kind::Appeal],
    reads: &["comments-header", "comment-form", "appeal"],
    docs: RuleDocs {
        catches: "Everything undecided after a comments or comment-form header that has a story above it (80 words in blocks that read as text, not menu entries), or after an appeal header in the closing part of the page, to the end (a later header of another of these kinds takes over). A one-word form label opens the end only when starred (`Name *`) or beside another form block or a sign-up appeal; a form printed again elsewhere on the page (a lead form after every section, `Add a comment` under every answer) opens nothing.",
        why: "Comments and appeals read like prose; only their header tells them from the story.",
        misses: "A comment thread longer than the story it follows; comments with no header.",
        example: "12 Comments\nGreat article, thanks!\nI disagree with the mayor.",
    },
    run: run_tail_section,
};

pub(crate) const LOOSE_END: Rule = Rule {
    name: "loose-end",
    summary: "menu-like short lines left at the very end of the body",
    kinds: &[Kind::Navigation],
    reads: &[],
    docs: RuleDocs {
        catches: "Short unpunctuated lines that share their group with others, left after the story's last paragraph.",
        why: "A story does not end in a menu.",
        misses: "Menus with punctuated entries, and menus alone in their group.",
        example: "Download free themes\nFree fonts online\nCheap hosting deals",
    },
    run: run_loose_end,
};

pub(crate) const RELATED_LIST: Rule = Rule {
    name: "related-list",
    summary: "the headline links under a related-articles header",
    kinds: &[Kind::Related],
    reads: &["read-more-link"],
    docs: RuleDocs {
        catches: "After a related-articles header (`Related`, `More on this story`), the short unpunctuated lines that follow, through chrome inside the list, to the first block that reads like prose or is metadata; a card's excerpt is taken too when the card's button follows it (`Read More <the card's headline>`, or a `Read more` printed under every card). A header printed more than twice on the page (`Read more` under every card) is a button and opens no list.",
        why: "They are headlines of other articles.",
        misses: "Lists without a header, and headlines long or punctuated enough to read as prose.",
        example: "Related\nBridge closed for repairs\nCouncil approves parking rules",
    },
    run: run_related_list,
};

/// Most words in a header that opens the page's tail (a comments or
/// appeal header). Set by hand, two more than
/// [`super::related::MAX_SECTION_HEADER_WORDS`]; whether the two limits
/// could be one has not been measured.
const MAX_TAIL_HEADER_WORDS: usize = 8;
/// An appeal section may hold at most half the undecided text before it.
const MAX_TAIL_RATIO: usize = 2;
/// Most undecided blocks under an appeal header that opens a section.
const MAX_APPEAL_BLOCKS: usize = 4;
/// Words of story above a comments header that make it the story's end,
/// counted in the undecided blocks that read as text
/// ([`crate::features::Features::reads_as_text`]).
const MIN_STORY_WORDS: usize = 80;

/// Rules whose blocks can open a tail section.
const SECTION_OPENERS: &[&str] = &[
    super::comments::COMMENTS_HEADER.name,
    super::comments::COMMENT_FORM.name,
    super::appeal::APPEAL.name,
];

/// The kind of section block `i` opens, if it opens one; `repeated` are
/// the comment-form blocks printed again elsewhere ([`repeated_forms`]).
fn opener_kind(pass: &Pass, i: usize, repeated: &FxHashSet<usize>) -> Option<Kind> {
    let rule = pass.rule_of(i)?;
    if rule == super::comments::COMMENT_FORM.name
        && (!marks_a_form(pass, i) || repeated.contains(&i))
    {
        return None;
    }
    (SECTION_OPENERS.contains(&rule) && pass.feats[i].words <= MAX_TAIL_HEADER_WORDS)
        .then(|| pass.kind(i))
        .flatten()
}

/// How far from one form label the next is looked for, in blocks.
const FORM_REACH: usize = 3;

/// Whether the comment-form block `i` can only be part of a form: a
/// header of more than one word (`Leave a Reply`, `Kommentar verfassen`),
/// a label marked as a required field (`Name *`), or a label with another
/// form block or a sign-up appeal within a few blocks (a form has several
/// fields; a newsletter box has its `E-Mail:` field). A lone `Company`,
/// `Message` or `Website:` is as likely a table's column or a line of a
/// data sheet (`Headquarters:`, `Website:`), and the page goes on past
/// it.
fn marks_a_form(pass: &Pass, i: usize) -> bool {
    let is_form = |j: usize| {
        [
            super::comments::COMMENT_FORM.name,
            super::appeal::APPEAL.name,
        ]
        .map(Some)
        .contains(&pass.rule_of(j))
    };
    pass.feats[i].words > 1
        || pass.text(i).ends_with('*')
        || (i.saturating_sub(FORM_REACH)..(i + FORM_REACH + 1).min(pass.len()))
            .any(|j| j != i && is_form(j))
}

/// The comment-form blocks whose text comes again elsewhere on the page,
/// beyond the form they belong to: a lead form printed between the
/// sections of a story (`Your Email*`, `Submit` after every section), or
/// `Add a comment` under every answer of a thread, where the form under
/// the comments is printed once. One pass over the page's blocks.
fn repeated_forms(pass: &Pass) -> FxHashSet<usize> {
    let is_form = |i: &usize| pass.rule_of(*i) == Some(super::comments::COMMENT_FORM.name);
    let key = |i: usize| pass.words_key(i);
    // Where each form block's text occurs first and last.
    let mut spans: FxHashMap<u64, (usize, usize)> = (0..pass.len())
        .filter(is_form)
        .map(|i| (key(i), (i, i)))
        .collect();
    if spans.is_empty() {
        return FxHashSet::default();
    }
    for j in 0..pass.len() {
        if let Some((first, last)) = spans.get_mut(&key(j)) {
            *first = (*first).min(j);
            *last = (*last).max(j);
        }
    }
    (0..pass.len())
        .filter(is_form)
        .filter(|&i| {
            let (first, last) = spans[&key(i)];
            first + FORM_REACH < i || last > i + FORM_REACH
        })
        .collect()
}

fn run_tail_section(pass: &mut Pass) {
    let repeated = repeated_forms(pass);
    let total: usize = pass.undecided_blocks().map(|i| pass.feats[i].words).sum();
    let undecided_total = pass.undecided_blocks().count();
    let (mut before, mut undecided_before, mut text_before) = (0, 0, 0);
    let mut start = None;
    for i in 0..pass.len() {
        if pass.undecided(i) {
            before += pass.feats[i].words;
            if pass.feats[i].reads_as_text() {
                text_before += pass.feats[i].words;
            }
            undecided_before += 1;
            continue;
        }
        let closes_story = match opener_kind(pass, i, &repeated) {
            // A comment section follows the story: once a story stands
            // above the header, everything below is the thread. Menu
            // entries above do not make a story (a `Join the
            // conversation` link in a site's menu).
            Some(Kind::Comments | Kind::CommentForm) => text_before >= MIN_STORY_WORDS,
            // An appeal box can sit mid-story: only one that a few blocks
            // separate from the end of the page opens a section.
            Some(_) => {
                (total - before) * MAX_TAIL_RATIO <= before
                    && undecided_total - undecided_before <= MAX_APPEAL_BLOCKS
            }
            None => false,
        };
        if closes_story {
            start = Some(i);
            break;
        }
    }
    let Some(start) = start else {
        return;
    };
    let mut current = opener_kind(pass, start, &repeated).expect("start is an opener");
    for i in start + 1..pass.len() {
        if let Some(kind) = opener_kind(pass, i, &repeated) {
            current = kind;
        } else if pass.undecided(i) {
            pass.chrome(i, current);
        }
    }
}

/// Longest loose line, in bytes.
const MAX_LOOSE_BYTES: usize = 70;

/// A short unpunctuated line that shares its group with other lines: a
/// menu or link-list entry.
fn is_loose(pass: &Pass, i: usize) -> bool {
    pass.undecided(i)
        && pass.text(i).len() < MAX_LOOSE_BYTES
        && !pass.feats[i].ends_sentence
        && !pass.alone_in_group(i)
}

fn run_loose_end(pass: &mut Pass) {
    let Some(last_prose) = pass.undecided_blocks().rev().find(|&i| !is_loose(pass, i)) else {
        return;
    };
    let tail: Vec<usize> = (last_prose + 1..pass.len())
        .filter(|&i| pass.undecided(i))
        .collect();
    for i in tail {
        pass.chrome(i, Kind::Navigation);
    }
}

/// Most words in an entry of a related list: a linked headline.
const MAX_RELATED_ENTRY_WORDS: usize = 20;

/// Most words in a headline that ends in `!` or `?`.
const MAX_EXCLAIMED_WORDS: usize = 10;

/// `Alles Gute, alte Dame!`, `Who pays for the bridge?`: headlines may
/// end like a sentence when it is a short question or exclamation.
fn is_exclaimed_headline(pass: &Pass, i: usize) -> bool {
    pass.feats[i].words <= MAX_EXCLAIMED_WORDS
        && pass
            .text(i)
            .trim_end_matches(['"', '”', '’', '\'', '»'])
            .ends_with(['!', '?'])
}

/// How far after a card's teaser its `Read more` button is looked for,
/// and how far above it the card's headline, in blocks. Set by hand from
/// the shape of a card (headline, byline or date, excerpt, button: the
/// button next, the headline two above, one block of slack); not
/// measured.
const CARD_REACH: usize = 3;

/// Whether block `i` is the teaser of a card in a list of links: the
/// card's button follows it within [`CARD_REACH`] blocks. Prose in a list
/// of headlines ends the list unless its card's button shows it is the
/// card's excerpt.
fn is_card_teaser(pass: &Pass, i: usize, headers: &FxHashSet<usize>) -> bool {
    (i + 1..(i + 1 + CARD_REACH).min(pass.len())).any(|j| is_card_button(pass, j, i, headers))
}

/// Whether block `j` is the button of the card whose teaser is block
/// `teaser`: a `Read more` printed under every card (a related-links
/// opener that heads no list, see [`super::related::list_headers`]), or
/// `Read More` followed by the card's own headline, printed just above
/// the teaser. An inline `Read more: <another story>` under a paragraph
/// is neither.
fn is_card_button(pass: &Pass, j: usize, teaser: usize, headers: &FxHashSet<usize>) -> bool {
    if pass.rule_of(j) == Some(super::related::READ_MORE_LINK.name)
        && super::related::related_opener(pass, j) == Some(true)
    {
        return !headers.contains(&j);
    }
    let Some(headline) = crate::lexicon::lexicon()
        .related_prefixes
        .strip_word(pass.feats[j].lower)
    else {
        return false;
    };
    !headline.is_empty()
        && (teaser.saturating_sub(CARD_REACH)..teaser).any(|k| pass.feats[k].lower == headline)
}

fn run_related_list(pass: &mut Pass) {
    let headers = super::related::list_headers(pass);
    let mut i = 0;
    while i < pass.len() {
        let header = headers.contains(&i);
        i += 1;
        if !header {
            continue;
        }
        // The list runs through the chrome other rules found inside it
        // (a card's date, its image credit) and its cards' teasers to the
        // first block that reads like prose or is metadata.
        while i < pass.len() {
            let f = &pass.feats[i];
            if pass.undecided(i) {
                if (f.words > MAX_RELATED_ENTRY_WORDS
                    || f.ends_sentence && !is_exclaimed_headline(pass, i))
                    && !is_card_teaser(pass, i, &headers)
                {
                    break;
                }
                pass.chrome(i, Kind::Related);
            } else if pass.kind(i).is_none() {
                break;
            }
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{after_prose, amid_prose, clean, removed_as, LONG_COMMENT, PROSE};
    use crate::Kind;

    /// A page of cards, each written out by `card` from its title and
    /// text, one after the other.
    fn card_page(cards: &[(&str, &str)], card: impl Fn(&str, &str) -> String) -> String {
        cards
            .iter()
            .map(|(title, text)| card(title, text))
            .collect::<Vec<_>>()
            .join("\n\n")
    }

    #[test]
    fn a_lone_bare_form_label_does_not_end_the_page() {
        // A comparison table's first column header reads like a contact
        // form's field; the table and the story after it stay.
        let table = "Company\nYear founded\nSpeciality\nAcme Search\n2020\nTechnical audits";
        let closing = "The agencies in the table were chosen for their published results, and each of them was asked to confirm its figures before publication. Two of them declined to give their prices, which are estimates from their public offers.\n\nWe will update the list every quarter, and readers who have worked with one of these agencies are welcome to write to us about what they found, whether it was good or bad.";
        let cleaned = clean(&format!("{PROSE}\n\n{table}\n\n{closing}"));
        assert!(
            cleaned.body.contains("Technical audits"),
            "{}",
            cleaned.body
        );
        assert!(cleaned.body.ends_with(closing), "{}", cleaned.body);
        // So does a data sheet whose fields include a form's `Website:`.
        let sheet =
            "Headquarters:\nTokyo, Japan\nEstablished:\n1946\nWebsite:\nhttps://example.com/";
        let cleaned = clean(&format!("{PROSE}\n\n{sheet}\n\n{closing}"));
        assert!(cleaned.body.ends_with(closing), "{}", cleaned.body);
        // A header that only a comment form has still ends the story.
        let form =
            after_prose("Leave a Reply\n\nGreat article, thanks for writing it up so clearly.");
        assert_eq!(
            removed_as(&form, "Great article"),
            Some((Kind::CommentForm, "tail-section"))
        );
    }

    #[test]
    fn a_form_printed_after_every_section_does_not_end_the_story() {
        // A lead form between the sections of a guide: the same fields
        // after each, where the form under comments comes once.
        let form = "Your Email*\nYour Phone Number\nSubmit";
        let second = "The second option is cheaper, and its graduates found work within six months in most cities, according to the figures it publishes every year.";
        let third = "The third option teaches online only, and students who work during the day can follow its lessons in the evening at their own pace, which many of them said was the reason they chose it.";
        let dump = format!("{PROSE}\n\n{form}\n\n{second}\n\n{form}\n\n{third}");
        let cleaned = clean(&dump);
        assert!(cleaned.body.contains(second), "{}", cleaned.body);
        assert!(cleaned.body.ends_with(third), "{}", cleaned.body);
        // Printed once, the same form still ends the story.
        let once = format!("{PROSE}\n\n{form}\n\n{second}");
        assert_eq!(
            removed_as(&once, "The second option"),
            Some((Kind::CommentForm, "tail-section"))
        );
    }

    #[test]
    fn a_comments_link_in_a_menu_does_not_end_the_page() {
        // A site's menu, a `Join the conversation` entry in it, then the
        // page: the menu's words are no story for comments to follow.
        let menu: Vec<String> = (1..=30).map(|n| format!("Product area {n}")).collect();
        let menu = menu.join("\n\n");
        let dump = format!("{menu}\n\nJoin the Conversation\n\n{PROSE}");
        let cleaned = clean(&dump);
        assert!(
            cleaned.body.ends_with(PROSE.rsplit("\n\n").next().unwrap()),
            "{:?}",
            cleaned.removals
        );
        assert!(cleaned.removals.iter().all(|r| r.rule != "tail-section"));
    }

    #[test]
    fn comments_after_the_story_are_chrome() {
        let dump = after_prose("Join the Conversation\n\n1. Great article, thanks for writing it up so clearly.\n\n2. I disagree with the mayor on this one, the roads are fine.");
        let cleaned = clean(&dump);
        assert!(cleaned.removals.iter().all(|r| r.kind == Kind::Comments));
        assert_eq!(cleaned.removals.len(), 3);
    }

    #[test]
    fn appeal_paragraphs_after_the_story_are_chrome() {
        let dump = after_prose("We need your support\n\nOur reporters cover the town council every week and we rely on readers to keep doing it.");
        assert_eq!(
            removed_as(&dump, "Our reporters"),
            Some((Kind::Appeal, "tail-section"))
        );
    }

    #[test]
    fn header_early_in_the_story_does_not_swallow_it() {
        let dump = format!("12 Comments\n\n{PROSE}");
        let cleaned = clean(&dump);
        assert_eq!(cleaned.removals.len(), 1);
        let dump = amid_prose("Subscribe");
        assert_eq!(clean(&dump).removals.len(), 1);
    }

    #[test]
    fn menu_lines_after_the_last_paragraph_go() {
        // A long comment pulls the article's run over the menu and the
        // comments header; once the comment is taken as comments, the menu
        // is left loose at the end of the body.
        let menu = "Download free themes\nFree fonts online\nCheap hosting deals";
        let dump = after_prose(&format!("{menu}\n\nComments\n\n{LONG_COMMENT}"));
        for line in menu.lines() {
            assert_eq!(
                removed_as(&dump, line),
                Some((Kind::Navigation, "loose-end")),
                "{line}"
            );
        }
        assert_eq!(clean(&dump).body, PROSE);
        let kept = after_prose("Roads will close.\nBuses will run late.");
        assert!(clean(&kept)
            .body
            .ends_with("Roads will close.\n\nBuses will run late."));
    }

    #[test]
    fn related_list_takes_headlines_only() {
        let dump = amid_prose("Related\n\nCouncil approves new parking rules\nBridge closed for repairs\n\nThe meeting ended at ten, the clerk said later that night.");
        let cleaned = clean(&dump);
        let related = cleaned
            .removals
            .iter()
            .filter(|r| r.kind == Kind::Related)
            .count();
        assert_eq!(related, 3);
        assert!(cleaned.body.contains("later that night."));
    }

    #[test]
    fn a_button_under_every_card_opens_no_list() {
        // A page of services, each card closed by its `Read more` button:
        // the next card's title is content, not a related headline.
        let cards = [
            ("Cloud migration", "We move your systems to the cloud in stages, with a plan for every application and a fallback for each step."),
            ("Data engineering", "Our engineers build the pipelines that bring your data together, test them and hand them over with full documentation."),
            ("Security reviews", "An outside team checks your systems once a year and reports what it finds, ranked by risk, with a fix for each."),
        ];
        let page = card_page(&cards, |title, text| {
            format!("{title}\n\n{text}\n\nRead more")
        });
        let cleaned = clean(&page);
        // (The first card's title heads the page: it is the title.)
        for (title, _) in &cards[1..] {
            assert!(
                cleaned.body.contains(title),
                "{title}: {:?}",
                cleaned.removals
            );
        }
        // Printed once above links, the same words still head a list.
        let dump = amid_prose(
            "Read more\n\nCouncil approves new parking rules\nBridge closed for repairs",
        );
        assert_eq!(
            removed_as(&dump, "Bridge closed"),
            Some((Kind::Related, "related-list"))
        );
    }

    #[test]
    fn related_list_runs_through_the_teasers_of_its_cards() {
        // Each card: headline, byline, excerpt, and a button repeating the
        // headline. The excerpts read as prose; the buttons show they are
        // teasers.
        let cards = [
            ("New opening hours at the library", "From next month the library opens an hour earlier on weekdays, and the reading room stays open until nine on Thursdays."),
            ("How to register for the summer courses", "Registration opens on the first of May, and places in the most popular courses are given in the order the forms arrive."),
            ("The pool reopens after repairs", "After six months of work on its roof and its heating, the town pool reopens to swimmers on Saturday morning at seven."),
        ];
        let feed = card_page(&cards, |title, text| {
            format!("{title}\n\nBy Jane Doe March 3, 2022\n\n{text}\n\nRead More {title}")
        });
        let dump = after_prose(&format!("You might also like\n\n{feed}"));
        for (title, text) in &cards {
            assert_eq!(
                removed_as(&dump, &text[..40]),
                Some((Kind::Related, "related-list")),
                "{title}: {:?}",
                clean(&dump).removals
            );
        }
        // An inline link under a paragraph shows no card: the story
        // after a list of links stays.
        let first = "The meeting ended at ten, and the clerk said later that night that the vote on the budget would be held again next month.";
        let dump = format!("{PROSE}\n\nRelated\n\nCouncil approves new parking rules\nBridge closed for repairs\n\n{first}\n\nRead more: Council approves new parking rules for the centre\n\n{PROSE}");
        assert!(
            clean(&dump).body.contains(first),
            "{:?}",
            clean(&dump).removals
        );
    }

    #[test]
    fn related_list_runs_through_the_dates_of_its_cards() {
        let dump = amid_prose("Related articles\n\nCouncil approves new parking rules\n\nMarch 3, 2022\n\nWho pays for the bridge?\nBridge closed for repairs\n\nThe meeting ended at ten, the clerk said later that night.");
        assert_eq!(
            removed_as(&dump, "Bridge closed"),
            Some((Kind::Related, "related-list")),
            "{:?}",
            clean(&dump).removals
        );
        assert!(clean(&dump).body.contains("later that night."));
    }
}
