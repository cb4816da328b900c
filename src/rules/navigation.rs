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

use std::sync::LazyLock;

use regex::Regex;

use super::{Pass, Rule};
use crate::lexicon::{line_key, LineSet};
use crate::Kind;

pub(crate) const NAV_LINK: Rule = Rule {
    name: "nav-link",
    summary: "menu, skip-link and pagination entries (`Home`, `Skip to content`, `Page 2 of 3`)",
    run: run_nav_link,
};

pub(crate) const BREADCRUMB: Rule = Rule {
    name: "breadcrumb",
    summary: "breadcrumb trails (`Home › World › Middle East`)",
    run: run_breadcrumb,
};

/// `page 2 of 3`, `seite 2 von 5`, `2 / 7`, `1 2 3 4 5`.
static PAGINATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:page|seite|página|pagina|strona|pagina's)\s+\d+\s*(?:of|von|de|di|z|van|/)\s*\d+|\d+\s*/\s*\d+|(?:\d+\s+){2,}\d+)$")
        .expect("pagination pattern compiles")
});

fn run_nav_link(pass: &mut Pass) {
    for i in 0..pass.len() {
        let f = &pass.feats[i];
        let key = line_key(f.lower);
        let paged = key.starts_with(|c: char| c.is_ascii_digit() || c == 'p' || c == 's');
        if f.is(LineSet::Nav) || (paged && PAGINATION.is_match(key)) {
            pass.chrome(i, Kind::Navigation);
        }
    }
}

/// Most words in one step of a breadcrumb trail.
const MAX_CRUMB_WORDS: usize = 5;

fn is_breadcrumb(text: &str) -> bool {
    // The separators are `>`, `/`, `|` or start with byte 0xC2 or 0xE2:
    // a byte scan rules out most blocks.
    if !text
        .bytes()
        .any(|b| matches!(b, b'>' | b'/' | b'|' | 0xC2 | 0xE2))
    {
        return false;
    }
    let Some(sep) = ['›', '»', '>', '/', '|', '→'].into_iter().find(|&s| {
        text.matches(s).count() >= 2 || (text.matches(s).count() == 1 && text.len() < 60)
    }) else {
        return false;
    };
    let crumbs: Vec<&str> = text.split(sep).map(str::trim).collect();
    crumbs.len() >= 2
        && crumbs.iter().all(|c| {
            let words = c.split_whitespace().count();
            (1..=MAX_CRUMB_WORDS).contains(&words) && !crate::features::ends_sentence(c)
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

fn run_breadcrumb(pass: &mut Pass) {
    for i in 0..pass.len() {
        let f = &pass.feats[i];
        if f.words <= MAX_TRAIL_WORDS && !f.lower.is_empty() && is_breadcrumb(pass.text(i)) {
            pass.chrome(i, Kind::Navigation);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{amid_prose, clean, kind_of, PROSE};
    use crate::Kind;

    #[test]
    fn catches_menus_trails_and_pages() {
        let dump = format!("Skip to content\nHome › World › Middle East\n\n{PROSE}\n\nPage 2 of 3");
        let kinds: Vec<Kind> = clean(&dump).removals.iter().map(|r| r.kind).collect();
        assert_eq!(kinds, [Kind::Navigation; 3]);
    }

    #[test]
    fn keeps_lookalikes() {
        let s = "Home prices rose 4% in the year to March, the agency said.";
        assert_eq!(kind_of(&amid_prose(s), s), None);
        let s = "The ratio of 3/4 was agreed by both sides after a long night.";
        assert_eq!(kind_of(&amid_prose(s), s), None);
    }
}
