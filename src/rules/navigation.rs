//! Menus, skip links, pagination and breadcrumbs.
//!
//! Navigation is made of the same few words on every site (`Home`,
//! `Menu`, `Skip to content`, `Next article`, `Startseite`, `Accueil`) and
//! of breadcrumb trails, short names joined by `›`, `»`, `>` or `/`
//! (`Home › World › Middle East`), and page counters (`Page 2 of 3`). A
//! block that is exactly one of these is removed.
//!
//! Known misses: menus of section names (`World`, `Business`, `Sport`),
//! which are ordinary words; whole-page location of the article is what
//! catches those.

use super::{Pass, Rule, RuleDocs};
use crate::document::Document;
use crate::lexicon::{lexicon, line_key, LineSet};
use crate::Kind;

pub(crate) const NAV_LINK: Rule = Rule {
    name: "nav-link",
    summary: "menu, skip-link and pagination entries (`Home`, `Skip to content`, `Page 2 of 3`)",
    kinds: &[Kind::Navigation],
    reads: &[],
    docs: RuleDocs {
        catches: "A block that is exactly a menu, skip-link or pagination entry from the tables (`Home`, `Menu`, `Skip to content`, `Next article`, `Startseite`) or a page counter (`Page 2 of 3`).",
        why: "Navigation is the site's, on every page.",
        misses: "Menus of section names (`World`, `Business`), which are ordinary words; `outside-article` catches those on whole pages.",
        example: "Skip to content",
    },
    run: run_nav_link,
};

pub(crate) const BREADCRUMB: Rule = Rule {
    name: "breadcrumb",
    summary: "breadcrumb trails (`Home › World › Middle East`)",
    kinds: &[Kind::Navigation],
    reads: &[],
    docs: RuleDocs {
        catches: "A trail of short names joined by `›`, `»`, `>` or `/`.",
        why: "A breadcrumb says where the page sits in the site.",
        misses: "Trails joined by words or by separators the rule does not read.",
        example: "Home › World › Middle East",
    },
    run: run_breadcrumb,
};

fn run_nav_link(pass: &mut Pass) {
    pass.label_each(Kind::Navigation, |pass, i| {
        let f = &pass.feats[i];
        f.is(LineSet::Nav) || {
            let key = line_key(f.lower);
            let lex = lexicon();
            // Every form of the pattern starts with a digit or a page
            // label and ends with a number (`\d`, any script's digits).
            let paged =
                key.starts_with(|c: char| c.is_ascii_digit() || lex.page_initials.contains(&c));
            paged && key.ends_with(char::is_numeric) && lex.pagination.is_match(key)
        }
    });
}

/// Most words in one step of a breadcrumb trail.
const MAX_CRUMB_WORDS: usize = 5;

/// The separators of a breadcrumb trail, in the order they are tried.
const SEPARATORS: [char; 6] = ['›', '»', '>', '/', '|', '→'];

/// The separators of [`SEPARATORS`] that are ASCII, one byte each: the
/// byte scans look for these and for the lead bytes (C2, E2) of the
/// others.
const ASCII_SEPARATORS: [u8; 3] = *b">/|";

/// Which of [`SEPARATORS`] starts at byte `at` of `bytes`, if one does:
/// the one reading of the separators as bytes, which both scans share.
fn separator_at(bytes: &[u8], at: usize) -> Option<usize> {
    match bytes[at] {
        b'>' => Some(2),
        b'/' => Some(3),
        b'|' => Some(4),
        0xC2 if bytes.get(at + 1) == Some(&0xBB) => Some(1),
        0xE2 => match bytes.get(at + 1..at + 3) {
            Some([0x80, 0xBA]) => Some(0),
            Some([0x86, 0x92]) => Some(5),
            _ => None,
        },
        _ => None,
    }
}

/// How often each of [`SEPARATORS`] occurs in `text`, counted in one byte
/// scan rather than a search per separator.
fn separator_counts(text: &str) -> [usize; 6] {
    let mut counts = [0; 6];
    let bytes = text.as_bytes();
    for (at, &b) in bytes.iter().enumerate() {
        // Most bytes start no separator: one load of the table tells.
        if SEPARATOR_STARTS[usize::from(b)] == 0 {
            continue;
        }
        if let Some(sep) = separator_at(bytes, at) {
            counts[sep] += 1;
        }
    }
    counts
}

/// The bytes a separator of [`SEPARATORS`] starts with: not 0 in the
/// table (`›`, `»` and `→` start with C2 or E2).
const SEPARATOR_STARTS: [u8; 256] = crate::words::separator_table(&ASCII_SEPARATORS);

fn is_breadcrumb(text: &str) -> bool {
    // The blocks that get here are short: one pass over their bytes
    // costs less than vectorized searches to rule out most of them.
    let counts = separator_counts(text);
    if counts == [0; 6] {
        return false;
    }
    let Some(sep) = (0..SEPARATORS.len())
        .find(|&s| counts[s] >= 2 || (counts[s] == 1 && text.len() < 60))
        .map(|s| SEPARATORS[s])
    else {
        return false;
    };
    let crumbs: Vec<&str> = text.split(sep).map(str::trim).collect();
    crumbs.len() >= 2
        && crumbs.iter().all(|c| {
            let words = crate::words::count_pieces(c);
            (1..=MAX_CRUMB_WORDS).contains(&words) && !crate::shapes::ends_sentence(c)
        })
        && crumbs
            .iter()
            .filter(|c| c.chars().next().is_some_and(char::is_uppercase))
            .count()
            * 2
            >= crumbs.len()
}

/// Longest breadcrumb trail, in words.
const MAX_TRAIL_WORDS: usize = 25;

/// Which short blocks hold a separator of [`SEPARATORS`]: one search of
/// the lower case of them all for the ASCII ones and one for the first
/// bytes of the others, each then read whole
/// ([`crate::document::Document::mark_short_blocks`]; no character
/// lower-cases to a separator, and each is its own lower case). Most
/// blocks hold none, and are not scanned again.
fn separated_blocks(doc: &Document) -> Vec<bool> {
    let lowers = doc.lowers().as_bytes();
    let mut separated = vec![false; doc.blocks.len()];
    let [a, b, c] = ASCII_SEPARATORS;
    doc.mark_short_blocks(memchr::memchr3_iter(a, b, c, lowers), &mut separated);
    let others =
        memchr::memchr2_iter(0xC2, 0xE2, lowers).filter(|&at| separator_at(lowers, at).is_some());
    doc.mark_short_blocks(others, &mut separated);
    separated
}

fn run_breadcrumb(pass: &mut Pass) {
    let separated = separated_blocks(pass.doc);
    pass.label_each(Kind::Navigation, |pass, i| {
        let f = &pass.feats[i];
        // The last crumb ends the block, and no crumb ends a sentence.
        f.words <= MAX_TRAIL_WORDS
            && !f.ends_sentence
            && separated[i]
            && is_breadcrumb(pass.text(i))
    });
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{amid_prose, clean, removed_as, PROSE};
    use crate::Kind;

    #[test]
    fn catches_menus_trails_and_pages() {
        let dump = format!("Skip to content\nHome › World › Middle East\n\n{PROSE}\n\nPage 2 of 3");
        let kinds: Vec<Kind> = clean(&dump).removals.iter().map(|r| r.kind).collect();
        assert_eq!(kinds, [Kind::Navigation; 3]);
    }

    #[test]
    fn one_search_over_the_page_finds_the_blocks_with_separators() {
        let long = format!("{} a / b", "word ".repeat(250));
        let blocks = [
            "Home › World › Middle East",
            "no separator here",
            "News » Local",
            "“quoted” — 1/2",
            "a | b",
            "x → y",
            "Größe > 5",
            "caf\u{e9} \u{2039}not one\u{203a}",
            long.as_str(),
        ];
        let separated = |b: &str| {
            b.len() <= crate::document::SHORT_BLOCK_BYTES && super::separator_counts(b) != [0; 6]
        };
        let found =
            crate::rules::testing::page_search_agrees(&blocks, super::separated_blocks, separated);
        assert_eq!(found, 7);
    }

    #[test]
    fn each_separator_is_read_as_itself() {
        let mut ascii = Vec::new();
        for (index, sep) in super::SEPARATORS.iter().enumerate() {
            let mut utf8 = [0; 4];
            let bytes = sep.encode_utf8(&mut utf8).as_bytes();
            assert_eq!(super::separator_at(bytes, 0), Some(index), "{sep}");
            if sep.is_ascii() {
                ascii.push(bytes[0]);
            }
        }
        assert_eq!(ascii, super::ASCII_SEPARATORS);
    }

    #[test]
    fn separators_are_counted_as_a_search_would() {
        for text in [
            "Home › World › Middle East",
            "a » b → c / d | e > f ›",
            "“quoted” — 1/2",
        ] {
            let counts = super::separator_counts(text);
            for (sep, count) in super::SEPARATORS.iter().zip(counts) {
                assert_eq!(text.matches(*sep).count(), count, "{sep} in {text}");
            }
        }
    }

    #[test]
    fn keeps_lookalikes() {
        let s = "Home prices rose 4% in the year to March, the agency said.";
        assert_eq!(removed_as(&amid_prose(s), s), None);
        let s = "The ratio of 3/4 was agreed by both sides after a long night.";
        assert_eq!(removed_as(&amid_prose(s), s), None);
    }
}
