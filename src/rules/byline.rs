//! Bylines and author bios.
//!
//! Under the headline, a line that is only a name (`Avi Issacharoff`) or a
//! name after `By`, `Von`, `Par`, `Por` is the byline: it goes to the
//! metadata. An author bio is a paragraph about the author, opening with
//! their name and saying what they do within its first words: `Judah Ari
//! Gross is The Times of Israel's military correspondent.`, `Avi
//! Issacharoff, The Times of Israel's Middle East analyst, ...`. Bios sit
//! before the story or after it, so the rule looks only there: from the
//! top down until the first paragraph of prose that is not a bio, and from
//! the bottom up past at most three (teasers and promotions may follow a
//! bio). A bio also gives the byline when no name line did.
//!
//! Known misses: bios that open with a pronoun, and bylines run into a
//! dateline on one line (`By Jane Doe, Reuters | March 3`).

use super::names::{is_name_list, is_person_name, leading_name};
use super::{header::title_index, Label, Pass, Rule, RuleDocs};
use crate::lexicon::{lexicon, LineSet, PhraseSet};
use crate::Kind;

pub(crate) const BYLINE_NAME: Rule = Rule {
    name: "byline-name",
    summary: "the author's name line under the headline (`Jane Doe`, `By Jane Doe`)",
    kinds: &[],
    reads: &["headline"],
    docs: RuleDocs {
        catches: "Under the headline, the one line that is a name after `By`, `Von`, `Par`, `Por`, or the one line that is only a name. It becomes the byline.",
        why: "The author's name is metadata.",
        misses: "Bylines run into a dateline on one line (`By Jane Doe, Reuters | March 3`), and a head with several name lines (a menu of names), where none is taken.",
        example: "By Jane Doe",
    },
    run: run_byline,
};

pub(crate) const AUTHOR_BOX: Rule = Rule {
    name: "author-box",
    summary: "an author box: `About the author` or `About Jane Doe`, and the bio under it",
    kinds: &[Kind::AuthorBio],
    reads: &[],
    docs: RuleDocs {
        catches:
            "A box about the author: `About the author` or `About Jane Doe`, and the bio under it.",
        why: "The box describes the writer, not the story.",
        misses: "Boxes without such a header (`author-bio` takes bios that open with the name).",
        example: "About the author",
    },
    run: run_author_box,
};

pub(crate) const AUTHOR_BIO: Rule = Rule {
    name: "author-bio",
    summary: "a paragraph about the author before or after the story",
    kinds: &[Kind::AuthorBio],
    reads: &["byline-name"],
    docs: RuleDocs {
        catches: "A paragraph that opens with the author's name and says what they do within its first words, before the story or after it.",
        why: "A bio describes the writer, not the story; it also gives the byline when no name line did.",
        misses: "Bios that open with a pronoun.",
        example: "Judah Ari Gross is The Times of Israel's military correspondent.",
    },
    run: run_bio,
};

/// Paragraphs of prose the bottom-up bio scan passes before it stops.
const TAIL_PROSE_BLOCKS: usize = 3;

/// A job title must come this close after the name for a bio.
const ROLE_WITHIN_WORDS: usize = 10;

/// Most words in a copula (`has been`); a test checks the tables.
const MAX_COPULA_WORDS: usize = 2;

/// `text` up to the end of its first `count` words: the part of the text
/// after a name that the bio test reads, lowered without the rest of a
/// long paragraph. Cut after a word, before a space, so that lowering
/// the part gives the start of the lowered whole.
fn first_words(text: &str, count: usize) -> &str {
    let mut words = 0;
    let mut in_word = false;
    for (at, c) in text.char_indices() {
        if c.is_whitespace() {
            if in_word {
                words += 1;
                if words == count {
                    return &text[..at];
                }
            }
            in_word = false;
        } else {
            in_word = true;
        }
    }
    text
}

/// The names of a byline line, and whether a byline word (`By`, `Von`,
/// `Por`) introduced them.
pub(crate) struct Byline {
    pub names: String,
    pub prefixed: bool,
}

/// The names in a byline line, if it is one.
pub(crate) fn byline_names(pass: &Pass, i: usize) -> Option<Byline> {
    let text = pass.text(i);
    let lower = &pass.feats[i].lower;
    let prefixes = &lexicon().byline_prefixes;
    if let Some(rest) = pass.feats[i]
        .may_start(prefixes)
        .then(|| prefixes.strip_word(lower))
        .flatten()
    {
        // The lower-cased text can differ in length from the text (`İ`):
        // then the offset may fall inside a character, and there is no name.
        let names = text.get(text.len().saturating_sub(rest.len())..)?.trim();
        if is_name_list(names) {
            return Some(Byline {
                names: names.to_string(),
                prefixed: true,
            });
        }
    }
    is_person_name(text).then(|| Byline {
        names: text.to_string(),
        prefixed: false,
    })
}

/// Fewest and most words in the bio under an author-box header.
const BOX_BIO_WORDS: std::ops::RangeInclusive<usize> = 8..=150;

/// Whether block `i` heads an author box.
fn is_author_box_header(pass: &Pass, i: usize) -> bool {
    let lex = lexicon();
    let lower = &pass.feats[i].lower;
    if pass.feats[i].is(LineSet::BioHeader) {
        return true;
    }
    let text = pass.text(i);
    pass.feats[i].may_start(&lex.about_prefixes)
        && lex.about_prefixes.strip_word(lower).is_some_and(|rest| {
            !rest.is_empty()
                && text
                    .get(text.len().saturating_sub(rest.len())..)
                    .is_some_and(|name| is_person_name(name.trim()))
        })
}

fn run_author_box(pass: &mut Pass) {
    for i in 0..pass.len() {
        if !pass.undecided(i) || !is_author_box_header(pass, i) || !pass.chrome(i, Kind::AuthorBio)
        {
            continue;
        }
        // The box's name line and the bio under it.
        let mut next = i + 1;
        if next < pass.len() && pass.undecided(next) && is_person_name(pass.text(next)) {
            pass.chrome(next, Kind::AuthorBio);
            next += 1;
        }
        if next < pass.len()
            && pass.undecided(next)
            && BOX_BIO_WORDS.contains(&pass.feats[next].words)
        {
            pass.chrome(next, Kind::AuthorBio);
        }
    }
}

/// The byline is the one line of names between the headline and the
/// story: the one that says `By`, or the one name line when none does. A
/// head with several (a list of columnists, a menu of names) has no
/// byline to pick: taking the first would leave the next for a second
/// cleaning of the body to take, and so on down the list.
fn run_byline(pass: &mut Pass) {
    let start = title_index(pass).map_or(0, |t| t + 1);
    let lines: Vec<(usize, Byline)> = pass
        .undecided_blocks()
        .filter(|&i| i >= start)
        .take_while(|&i| !pass.feats[i].is_prose())
        .filter_map(|i| Some((i, byline_names(pass, i)?)))
        .collect();
    let chosen = match lines.iter().filter(|(_, b)| b.prefixed).count() {
        1 => lines.iter().find(|(_, b)| b.prefixed),
        0 if lines.len() == 1 => lines.first(),
        _ => None,
    };
    let Some((i, byline)) = chosen else {
        return;
    };
    if pass.metadata(*i, Label::Byline) {
        pass.byline = Some(byline.names.clone());
    }
}

/// Longest bio, in words.
const MAX_BIO_WORDS: usize = 120;

/// ` (@handle) is ...` → ` is ...`: a handle or pronoun after a name.
fn skip_parenthetical(rest: &str) -> &str {
    let trimmed = rest.trim_start();
    match trimmed
        .strip_prefix('(')
        .and_then(|r| r.find(')').map(|end| &r[end + 1..]))
    {
        Some(after) if trimmed.len() - after.len() <= 40 => after,
        _ => rest,
    }
}

/// If block `i` is an author bio, the author's name.
fn bio_author(pass: &Pass, i: usize) -> Option<String> {
    let text = pass.text(i);
    if let Some(known) = pass.byline.as_deref() {
        if let Some(rest) = text.strip_prefix(known) {
            if rest.starts_with([',', ' ', '(']) && pass.feats[i].words >= 5 {
                return Some(known.to_string());
            }
        }
    }
    let name = leading_name(text)?;
    let lex = lexicon();
    if pass.feats[i].words <= MAX_BIO_WORDS && pass.feats[i].has(PhraseSet::Bio) {
        return Some(name.to_string());
    }
    let after_name = skip_parenthetical(&text[name.len()..]);
    let rest = after_name.trim_start_matches([',', ' ']);
    let lower_rest = first_words(rest, MAX_COPULA_WORDS + ROLE_WITHIN_WORDS).to_lowercase();
    let after_copula = lex
        .copulas
        .iter()
        .find_map(|c| lower_rest.strip_prefix(c)?.strip_prefix(' '));
    let described = if after_name.starts_with(',') {
        &lower_rest[..]
    } else {
        after_copula?
    };
    let has_role = described
        .split_whitespace()
        .take(ROLE_WITHIN_WORDS)
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
        .any(|w| lex.bio_roles.contains(w));
    has_role.then(|| name.to_string())
}

fn run_bio(pass: &mut Pass) {
    let head: Vec<usize> = pass.undecided_blocks().collect();
    let tail: Vec<usize> = head.iter().rev().copied().collect();
    // From the top, the story starts at its first paragraph. From the
    // bottom, teasers and promotions may follow the bio, so the scan goes
    // on past a few paragraphs of prose before it takes the story's end.
    for (scan, prose_allowed) in [(head, 1), (tail, TAIL_PROSE_BLOCKS)] {
        let mut prose_seen = 0;
        for i in scan {
            if !pass.undecided(i) {
                continue;
            }
            if let Some(name) = bio_author(pass, i) {
                if pass.chrome(i, Kind::AuthorBio) && pass.byline.is_none() {
                    pass.byline = Some(name);
                }
            } else if pass.feats[i].is_prose() {
                prose_seen += 1;
                if prose_seen == prose_allowed {
                    break;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{after_prose, clean, removed_as, PROSE};
    use crate::Kind;

    #[test]
    fn the_bio_test_reads_few_enough_words() {
        use super::{first_words, MAX_COPULA_WORDS};
        let lex = crate::lexicon::lexicon();
        for copula in &lex.copulas {
            assert!(
                copula.split_whitespace().count() <= MAX_COPULA_WORDS,
                "{copula}"
            );
        }
        assert_eq!(
            first_words("is a  reporter for the paper", 3),
            "is a  reporter"
        );
        // A final sigma lowers alike in the part and in the whole.
        let greek = "ΟΔΟΣ ΑΘΗΝΑΣ ΚΑΙ";
        let part = first_words(greek, 2).to_lowercase();
        assert!(greek.to_lowercase().starts_with(&part), "{part}");
        assert_eq!(first_words("short", 3), "short");
    }

    #[test]
    fn name_line_under_headline_is_the_byline() {
        let dump = format!("Council delays budget vote\n\nBy Jane Doe\n\n{PROSE}");
        let cleaned = clean(&dump);
        assert_eq!(cleaned.byline.as_deref(), Some("Jane Doe"));
        assert!(cleaned.removals.is_empty());
    }

    #[test]
    fn the_line_that_says_by_is_the_byline_and_a_list_of_names_has_none() {
        let dump = format!("Council delays budget vote\n\nJohn Roe\n\nBy Jane Doe\n\n{PROSE}");
        assert_eq!(clean(&dump).byline.as_deref(), Some("Jane Doe"));
        let dump = format!("Council delays budget vote\n\nJohn Roe\n\nJane Doe\n\n{PROSE}");
        assert_eq!(clean(&dump).byline, None);
        // The same list with nothing above it: a second cleaning of a body
        // that opens with it took one name a pass before.
        let names = ["John Roe", "Jane Doe", "Ann Lee", "Max Muster"].join("\n\n");
        let idempotent = crate::Cleaner::new(crate::Config::new().idempotent(true));
        let cleaned = idempotent.clean(&format!("{names}\n\n{PROSE}")).unwrap();
        assert_eq!(cleaned.byline, None);
        assert_eq!(idempotent.clean(&cleaned.body).unwrap().body, cleaned.body);
    }

    #[test]
    fn bio_is_removed_and_names_the_author() {
        let dump = format!("Council delays budget vote\n\nJane Doe is the Herald's local government correspondent.\n\n{PROSE}");
        let cleaned = clean(&dump);
        assert_eq!(cleaned.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(cleaned.removals[0].kind, Kind::AuthorBio);
        let tail =
            after_prose("John Roe, a freelance writer, lives in the valley with his two dogs.");
        assert_eq!(
            removed_as(&tail, "John Roe"),
            Some((Kind::AuthorBio, "author-bio"))
        );
        let tail =
            after_prose("Ann Lee (@annlee) is a contributing editor and the author of two books.");
        assert_eq!(
            removed_as(&tail, "Ann Lee"),
            Some((Kind::AuthorBio, "author-bio"))
        );
        let tail =
            after_prose("Ann Lee's new book about rivers is out now. Follow her on Twitter.");
        assert_eq!(
            removed_as(&tail, "Ann Lee"),
            Some((Kind::AuthorBio, "author-bio"))
        );
    }

    #[test]
    fn author_box_goes_with_its_bio() {
        let dump = after_prose("Über den Autor\n\nJane Doe schreibt seit zehn Jahren über Verkehr und Stadtplanung in der Region.");
        assert_eq!(
            removed_as(&dump, "Über den Autor"),
            Some((Kind::AuthorBio, "author-box"))
        );
        assert_eq!(
            removed_as(&dump, "schreibt seit"),
            Some((Kind::AuthorBio, "author-box"))
        );
        let dump = after_prose("About Jane Doe\n\nJane covers transport for the paper and lives by the river with her family.");
        assert_eq!(
            removed_as(&dump, "lives by the river"),
            Some((Kind::AuthorBio, "author-box"))
        );
    }

    #[test]
    fn keeps_about_lines_that_name_no_person() {
        let s = "About the new bridge";
        let dump = crate::rules::testing::amid_prose(&format!(
            "{s}\n\nThe bridge will open in the spring after two years of work on the river banks."
        ));
        assert_eq!(removed_as(&dump, s), None);
    }

    #[test]
    fn keeps_lookalikes() {
        // A person described in the story, and a place opening a sentence.
        let s = "Mary Major, a retired teacher who lives on the bypass, said the noise had kept her awake for weeks.";
        let dump = format!("{PROSE}\n\n{s}\n\n{PROSE}");
        assert_eq!(removed_as(&dump, "Mary Major"), None);
        let s = "South Africa is one of the places in the world where reporters have covered this kind of dispute closely.";
        assert_eq!(removed_as(&after_prose(s), "South Africa"), None);
    }
}
