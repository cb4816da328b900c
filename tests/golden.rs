//! The five seed dumps against their hand-checked results.
//!
//! Each expected body (`fixtures/<name>.clean.txt`) was written from the
//! dump by hand; the metadata and the removals below were read off the
//! dump by hand too. A change to the rules that moves any of them fails
//! here.

use chaff::{Cleaned, Fate, Kind};

struct Expected {
    name: &'static str,
    title: Option<&'static str>,
    standfirst: Option<&'static str>,
    byline: Option<&'static str>,
    /// Every removal as (first line, kind), in input order.
    removals: &'static [(u32, Kind)],
}

fn check(expected: &Expected) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
    let dump = std::fs::read(format!("{dir}/{}.txt", expected.name)).unwrap();
    let body = std::fs::read_to_string(format!("{dir}/{}.clean.txt", expected.name)).unwrap();
    let cleaned = chaff::Cleaner::default().clean_bytes(&dump).unwrap();

    assert_eq!(
        format!("{}\n", cleaned.body),
        body,
        "{}: body",
        expected.name
    );
    assert_eq!(
        cleaned.title.as_deref(),
        expected.title,
        "{}: title",
        expected.name
    );
    assert_eq!(
        cleaned.standfirst.as_deref().map(|s| &s[..s.len().min(40)]),
        expected.standfirst,
        "{}: standfirst",
        expected.name
    );
    assert_eq!(
        cleaned.byline.as_deref(),
        expected.byline,
        "{}: byline",
        expected.name
    );
    let removals: Vec<(u32, Kind)> = cleaned
        .removals
        .iter()
        .map(|r| (r.lines.first, r.kind))
        .collect();
    assert_eq!(removals, expected.removals, "{}: removals", expected.name);
    check_accounting(&cleaned, std::str::from_utf8(&dump).unwrap());

    // An article dump's hand-checked body is already what a second pass
    // keeps whole: idempotent mode changes nothing, and cleaning the body
    // again, in either mode, keeps every paragraph.
    let idempotent = chaff::Cleaner::new(chaff::Config::new().idempotent(true));
    assert_eq!(
        idempotent.clean_bytes(&dump).unwrap(),
        cleaned,
        "{}: idempotent mode",
        expected.name
    );
    for cleaner in [chaff::Cleaner::default(), idempotent] {
        let again = cleaner.clean(&cleaned.body).unwrap();
        assert_eq!(again.body, cleaned.body, "{}: cleaned again", expected.name);
        assert!(again.removals.is_empty(), "{}", expected.name);
    }
}

/// Every non-blank input line belongs to exactly one block, blocks come in
/// input order, and the removals are exactly the blocks marked removed.
fn check_accounting(cleaned: &Cleaned, dump: &str) {
    let non_blank: Vec<u32> = dump
        .split('\n')
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, _)| i as u32 + 1)
        .collect();
    let covered: Vec<u32> = cleaned
        .blocks
        .iter()
        .flat_map(|b| b.lines.first..=b.lines.last)
        .filter(|n| non_blank.contains(n))
        .collect();
    assert_eq!(covered, non_blank);
    let removed: Vec<_> = cleaned
        .blocks
        .iter()
        .filter(|b| b.fate == Fate::Removed)
        .map(|b| b.lines)
        .collect();
    let reported: Vec<_> = cleaned.removals.iter().map(|r| r.lines).collect();
    assert_eq!(removed, reported);
}

#[test]
fn fixture_000_bio_captions_and_their_duplicates() {
    check(&Expected {
        name: "000_a92aee010223ab1f",
        title: Some("Hamas head sent message to Netanyahu asking for restraint"),
        standfirst: Some("Intermediary Gershon Baskin confirms he "),
        byline: Some("Avi Issacharoff"),
        removals: &[
            (7, Kind::AuthorBio),
            (9, Kind::Caption),
            (10, Kind::Duplicate),
            (26, Kind::Caption),
            (27, Kind::Duplicate),
            (53, Kind::Related),
        ],
    });
}

#[test]
fn fixture_001_credits_in_many_shapes_and_a_one_line_bio() {
    check(&Expected {
        name: "001_ed84a405351de9bd",
        title: Some("IDF Southern Command chief in Qatar to discuss Gaza ceasefire – report"),
        standfirst: Some("London-based Asharq al-Awsat cites Israe"),
        byline: Some("Judah Ari Gross"),
        removals: &[
            (5, Kind::AuthorBio),
            (7, Kind::Caption),
            (8, Kind::Duplicate),
            (20, Kind::Caption),
            (30, Kind::Caption),
            (38, Kind::Caption),
            (47, Kind::Caption),
            (55, Kind::Caption),
            (67, Kind::Related),
        ],
    });
}

#[test]
fn fixture_002_links_tags_share_bar_and_comment_form() {
    check(&Expected {
        name: "002_fc220f2e4f6cd485",
        title: Some("Hamas Refuses to Engage in Gaza Ceasefire Negotiations"),
        standfirst: None,
        byline: None,
        removals: &[
            (3, Kind::Caption),
            (17, Kind::Related),
            (25, Kind::Related),
            (33, Kind::Related),
            (49, Kind::Hashtags),
            (51, Kind::Share),
            (53, Kind::Share),
            (54, Kind::Share),
            (55, Kind::Share),
            (56, Kind::Share),
            (58, Kind::CommentForm),
            (60, Kind::CommentForm),
            (62, Kind::CommentForm),
        ],
    });
}

#[test]
fn fixture_003_share_icons_pull_quotes_and_appeal() {
    check(&Expected {
        name: "003_6d7de15331d6a6c1",
        title: Some("MI6 negotiates Hamas restraint"),
        standfirst: None,
        byline: None,
        removals: &[
            (1, Kind::Share),
            (2, Kind::Share),
            (3, Kind::Share),
            (13, Kind::PullQuote),
            (41, Kind::PullQuote),
            (51, Kind::Related),
            (53, Kind::Appeal),
            (55, Kind::Appeal),
            (57, Kind::Appeal),
            (59, Kind::Appeal),
        ],
    });
}

#[test]
fn fixture_004_no_title_and_a_spam_comment_thread() {
    let mut removals = vec![(1, Kind::Caption), (71, Kind::Comments)];
    removals.extend([74, 79, 81, 86, 88, 92, 94, 96, 101, 104, 106].map(|l| (l, Kind::Comments)));
    removals.extend([(110, Kind::CommentForm), (112, Kind::CommentForm)]);
    check(&Expected {
        name: "004_613e997789cd9d8c",
        title: None,
        standfirst: None,
        byline: None,
        removals: Box::leak(removals.into_boxed_slice()),
    });
}

#[test]
fn keep_captions_keeps_one_copy_of_each() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
    let dump = std::fs::read_to_string(format!("{dir}/000_a92aee010223ab1f.txt")).unwrap();
    let cleaned = chaff::Cleaner::new(chaff::Config::new().keep_captions(true))
        .clean(&dump)
        .unwrap();
    assert_eq!(
        cleaned.body.matches("Former Hamas prime minister").count(),
        1
    );
    assert_eq!(
        cleaned
            .body
            .matches("Gershon Baskin, November 14, 2012")
            .count(),
        1
    );
    assert!(cleaned.removals.iter().all(|r| r.kind != Kind::Caption));
}

#[test]
fn a_kind_switched_off_stays_in_the_body() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
    let dump = std::fs::read_to_string(format!("{dir}/002_fc220f2e4f6cd485.txt")).unwrap();
    let cleaned = chaff::Cleaner::new(chaff::Config::new().keep(Kind::Related))
        .clean(&dump)
        .unwrap();
    assert!(cleaned.body.contains("Read also: Italy Wants"));
    assert!(cleaned.removals.iter().all(|r| r.kind != Kind::Related));
}
