//! Inputs no page looks like, which scrapers still produce: one enormous
//! line, a million blank lines, hundreds of thousands of tiny blocks, one
//! block repeated, a dump made of near-duplicates, a stack of headlines in
//! idempotent mode. Each must be cleaned without error, with every
//! non-blank line in exactly one block and the removals matching the
//! removed blocks. How the time grows with the size
//! is measured in `benches/clean.rs` (the `scaling` group), not here.

use chaff::{Cleaned, Cleaner, Config, Fate};

const PARAGRAPH: &str =
    "The council met on Tuesday evening to discuss the new budget, which has been delayed for months.";

fn clean(input: &str) -> Cleaned {
    Cleaner::new(Config::default().max_input_bytes(64 << 20))
        .clean(input)
        .expect("within the size limit")
}

/// Every non-blank line of `input` lies in exactly one block, blocks come
/// in input order, and each removed block has its removal.
fn assert_accounted(input: &str, cleaned: &Cleaned) {
    let blank: Vec<bool> = input.lines().map(|l| l.trim().is_empty()).collect();
    let mut covered = vec![false; blank.len() + 1];
    let mut last = 0;
    for block in &cleaned.blocks {
        assert!(block.lines.first > last, "blocks overlap or go backwards");
        last = block.lines.last;
        covered[block.lines.first as usize..=block.lines.last as usize].fill(true);
    }
    for (i, is_blank) in blank.iter().enumerate() {
        assert!(*is_blank || covered[i + 1], "line {} is in no block", i + 1);
    }
    let removed = cleaned
        .blocks
        .iter()
        .filter(|b| b.fate == Fate::Removed)
        .count();
    assert_eq!(removed, cleaned.removals.len());
}

#[test]
fn twenty_megabytes_on_one_line() {
    let input = format!("{PARAGRAPH} ").repeat(20_000_000 / (PARAGRAPH.len() + 1));
    let cleaned = clean(&input);
    assert_accounted(&input, &cleaned);
    assert_eq!(cleaned.body, input.trim_end());
}

#[test]
fn a_million_blank_lines() {
    let input = "\n".repeat(1_000_000);
    let cleaned = clean(&input);
    assert!(cleaned.blocks.is_empty());
    assert!(cleaned.body.is_empty());
}

#[test]
fn two_hundred_thousand_one_word_lines() {
    let input = "word\n".repeat(200_000);
    let cleaned = clean(&input);
    assert_accounted(&input, &cleaned);
}

#[test]
fn one_block_repeated_a_hundred_thousand_times() {
    let input = format!("{PARAGRAPH}\n\n").repeat(100_000);
    let cleaned = clean(&input);
    assert_accounted(&input, &cleaned);
    // The copies are duplicates of the first; the first stays.
    assert_eq!(cleaned.body, PARAGRAPH);
}

#[test]
fn fifty_thousand_near_duplicate_blocks() {
    let input: String = (0..50_000)
        .map(|i| {
            format!(
                "The council met on day {} to discuss budget item {i}, which has been delayed.\n\n",
                i % 97
            )
        })
        .collect();
    let cleaned = clean(&input);
    assert_accounted(&input, &cleaned);
}

#[test]
fn input_over_the_limit_is_refused_with_the_limit_named() {
    let input = "x".repeat(1001);
    let err = Cleaner::new(Config::default().max_input_bytes(1000))
        .clean(&input)
        .unwrap_err();
    assert_eq!(
        err,
        chaff::Error::TooLarge {
            size: 1001,
            limit: 1000
        }
    );
    assert!(err.to_string().contains("1000"));
    let bytes = Cleaner::new(Config::default().max_input_bytes(1000)).clean_bytes(input.as_bytes());
    assert!(matches!(bytes, Err(chaff::Error::TooLarge { .. })));
}

#[test]
fn idempotent_mode_on_twenty_thousand_headline_shaped_lines() {
    // Each pass over a body that opens with headline-shaped lines could
    // take one of them; the headline rule only looks a few blocks deep, so
    // this settles at once instead of in 20,000 passes.
    let input: String = (0..20_000)
        .map(|i| format!("Council Delays Budget Vote Number {i}\n\n"))
        .collect();
    let cleaner = Cleaner::new(Config::default().idempotent(true));
    let cleaned = cleaner.clean(&input).unwrap();
    assert_accounted(&input, &cleaned);
    let again = cleaner.clean(&cleaned.body).unwrap();
    assert_eq!(again.body, cleaned.body);
    assert!(again.removals.is_empty());
}
