//! Repeated blocks.
//!
//! Dumps repeat what the page showed twice: a picture's alt text and its
//! caption, a caption printed above and below the image, a teaser repeated
//! in a sidebar. Two rules find them. `repeated-caption` looks at captions
//! standing next to each other in one group: when the second has the same
//! credit or the same words as the first, it is the duplicate; when a line
//! without a credit says exactly what the caption after it describes, that
//! line is the alt text and the duplicate. `repeated-block` removes any
//! later kept block whose words equal those of an earlier kept block,
//! title or standfirst, whatever the case, spacing and surrounding
//! punctuation; the first copy stays where it was, unless it is an entry
//! of a list (a table of contents) and the later one a heading of its
//! own, which then stays. Comparison goes through a hash of each block,
//! so the cost is linear in the number of blocks.
//!
//! Known misses: near-repeats that differ by more than spacing, case and
//! punctuation (a shortened second caption with another credit).

use std::collections::hash_map::Entry;
use std::hash::Hasher;

use rustc_hash::{FxHashMap, FxHasher};

use super::caption::caption_at;
use super::{Label, Pass, Rule, RuleDocs};
use crate::content_key::content_key;
use crate::words::words;
use crate::Kind;

pub(crate) const REPEATED_CAPTION: Rule = Rule {
    name: "repeated-caption",
    summary: "the second copy of a caption, or the alt text before a caption",
    kinds: &[Kind::Duplicate],
    reads: &[],
    docs: RuleDocs {
        catches: "Of two captions standing together in one group, the second when it has the first's credit or words; a line without a credit that says exactly what the caption after it describes (the image's alt text).",
        why: "The page printed the caption twice (above and below the image, or as alt text); one copy is enough, and with captions kept the repeat must still go.",
        misses: "Near-repeats that differ by more than spacing, case and punctuation (a shortened second caption with another credit). It runs before `photo-caption`, which would otherwise take both copies as captions.",
        example: "The old bridge at dawn. (photo credit: Jane Doe/City Press)\nThe old bridge at dawn. (photo credit: Jane Doe/City Press)",
    },
    run: run_repeated_caption,
};

pub(crate) const REPEATED_BLOCK: Rule = Rule {
    name: "repeated-block",
    summary: "a later block whose words repeat an earlier block exactly",
    kinds: &[Kind::Duplicate],
    reads: &["headline", "standfirst"],
    docs: RuleDocs {
        catches: "A later block whose words equal those of an earlier kept block, the title or the standfirst, whatever the case, spacing and punctuation around them; when the earlier copy is an entry of a list (a table of contents) and the later one stands alone (the section's heading), the list entry instead.",
        why: "A teaser or a caption printed twice says nothing new the second time.",
        misses: "Near-repeats that differ by more than spacing, case and punctuation.",
        example: "Council votes on the budget next week\n\n(the story)\n\nCouncil votes on the budget next week",
    },
    run: run_repeated_block,
};

fn run_repeated_caption(pass: &mut Pass) {
    for i in 1..pass.len() {
        let prev = i - 1;
        if pass.doc.blocks[prev].group != pass.doc.blocks[i].group
            || !(pass.undecided(prev) || pass.kind(prev) == Some(Kind::Duplicate))
        {
            continue;
        }
        let Some(current) = caption_at(pass, i) else {
            continue;
        };
        let current_description = content_key(current.description);
        let current_credit = (!current.credit.is_empty()).then(|| content_key(current.credit));
        match caption_at(pass, prev) {
            Some(before) => {
                let same_words = content_key(before.description) == current_description;
                let same_credit = current_credit == Some(content_key(before.credit));
                if same_words || same_credit {
                    pass.chrome(i, Kind::Duplicate);
                }
            }
            None => {
                if content_key(pass.text(prev)) == current_description {
                    pass.chrome(prev, Kind::Duplicate);
                }
            }
        }
    }
}

/// Shortest block that counts as a repeat, in bytes: shorter ones (`Yes`,
/// `1`) repeat by chance.
const MIN_REPEAT_BYTES: usize = 12;

fn run_repeated_block(pass: &mut Pass) {
    // The first block with each key of its words.
    let mut first: FxHashMap<u64, usize> = FxHashMap::default();
    for i in 0..pass.len() {
        // Only text that is still to be kept, or the title and standfirst,
        // can be the first copy or a repeat.
        let kept = matches!(
            pass.labels[i],
            None | Some(Label::Title | Label::Standfirst)
        );
        if !kept || pass.text(i).len() < MIN_REPEAT_BYTES {
            continue;
        }
        match first.entry(pass.words_key(i)) {
            Entry::Vacant(entry) => {
                entry.insert(i);
            }
            // Equal keys are confirmed on the words: a block is never
            // called a repeat on a hash alone. (When two different blocks
            // share a key, the first keeps it: a repeat of the second is
            // missed, which costs a duplicate, never a paragraph.)
            Entry::Occupied(mut entry) => {
                let earlier = *entry.get();
                if !same_words(pass.text(earlier), pass.text(i)) {
                    continue;
                }
                // A heading listed in a table of contents above the
                // section it heads: the entry of the list is the copy.
                if pass.labels[earlier].is_none()
                    && !pass.alone_in_group(earlier)
                    && pass.alone_in_group(i)
                {
                    pass.chrome(earlier, Kind::Duplicate);
                    entry.insert(i);
                } else {
                    pass.chrome(i, Kind::Duplicate);
                }
            }
        }
    }
}

/// A hash of a block's word sequence: Fx hashing over the count and each
/// word's hash in turn, which depends on every word and its position (a
/// fold with XOR and a rotation repeats every 64 words, so two words 64
/// apart cancelled out).
pub(super) fn sequence_key(word_hashes: &[u64]) -> u64 {
    let mut hasher = FxHasher::default();
    hasher.write_usize(word_hashes.len());
    for &h in word_hashes {
        hasher.write_u64(h);
    }
    hasher.finish()
}

/// Whether two texts have the same words, whatever the case, spacing and
/// punctuation around them.
fn same_words(a: &str, b: &str) -> bool {
    // Most repeats are copies: a word written alike in both needs no
    // lower case, and the others are lowered into two buffers reused
    // from word to word.
    let (mut x, mut y) = (String::new(), String::new());
    let same_word = |p: &str, q: &str, x: &mut String, y: &mut String| {
        p == q || {
            x.clear();
            y.clear();
            crate::case::lower_str(p, |c| x.push(c));
            crate::case::lower_str(q, |c| y.push(c));
            x == y
        }
    };
    let (mut left, mut right) = (words(a), words(b));
    loop {
        match (left.next(), right.next()) {
            (None, None) => return true,
            (Some(p), Some(q)) if same_word(p, q, &mut x, &mut y) => {}
            _ => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{amid_prose, clean, removed_as};
    use crate::Kind;

    #[test]
    fn same_words_whatever_the_case_spacing_and_punctuation() {
        use super::same_words;
        assert!(same_words("The Bridge, at dawn", "the bridge at  DAWN."));
        assert!(same_words("ÉTÉ À PARIS", "été à Paris"));
        assert!(!same_words("the bridge", "the bridges"));
        assert!(!same_words("a b", "a b c"));
        assert!(!same_words("a b c", "a b"));
        assert!(same_words("", "  "));
    }

    #[test]
    fn second_caption_of_a_pair_is_the_duplicate() {
        let pair = "The old bridge at dawn. (photo credit: Jane Doe/City Press)\nThe old bridge at dawn.  (photo credit: Jane Doe/City Press)";
        let cleaned = clean(&amid_prose(pair));
        let kinds: Vec<Kind> = cleaned.removals.iter().map(|r| r.kind).collect();
        assert_eq!(kinds, [Kind::Caption, Kind::Duplicate]);
    }

    #[test]
    fn alt_text_before_its_caption_is_the_duplicate() {
        let pair = "Road crews at work on the bypass.\nRoad crews at work on the bypass. Photo: City Press";
        let cleaned = clean(&amid_prose(pair));
        let kinds: Vec<Kind> = cleaned.removals.iter().map(|r| r.kind).collect();
        assert_eq!(kinds, [Kind::Duplicate, Kind::Caption]);
    }

    #[test]
    fn repeated_teaser_goes_once() {
        let teaser = "Council votes on the budget next week";
        let dump = format!("{teaser}\n\n{}", amid_prose(teaser));
        let cleaned = clean(&dump);
        assert_eq!(cleaned.removals.len(), 1);
        assert_eq!(cleaned.removals[0].kind, Kind::Duplicate);
        assert_eq!(cleaned.removals[0].lines.first, 7);
    }

    #[test]
    fn a_contents_entry_goes_and_its_section_heading_stays() {
        // The contents under the lead paragraph, the heading further down.
        let contents = "Road repairs and their cost\nWhat the council decided\nWhen work begins";
        let heading = "What the council decided";
        let story = amid_prose(heading);
        let (lead, rest) = story.split_once("\n\n").unwrap();
        let cleaned = clean(&format!("{lead}\n\n{contents}\n\n{rest}"));
        let repeat = cleaned
            .removals
            .iter()
            .find(|r| r.kind == Kind::Duplicate)
            .expect("one copy goes");
        assert_eq!(repeat.lines.first, 4);
        assert!(cleaned.body.contains(&format!("\n\n{heading}\n\n")));
    }

    #[test]
    fn words_64_apart_do_not_cancel_out() {
        // Issue 10, item 6: with the old key, `Taxes ... taxes` and
        // `Parking ... parking` around the same 63 words had one key.
        let middle: Vec<String> = (0..63).map(|n| format!("w{n}")).collect();
        let middle = middle.join(" ");
        let first = format!("Taxes {middle} taxes, said the council.");
        let second = format!("Parking {middle} parking, said the council.");
        let dump = format!("{first}\n\n{second}");
        let cleaned = clean(&amid_prose(&dump));
        assert!(cleaned.body.contains(&second), "{:?}", cleaned.removals);
        assert!(cleaned.removals.iter().all(|r| r.kind != Kind::Duplicate));
    }

    #[test]
    fn equal_keys_are_confirmed_on_the_words() {
        assert!(super::same_words("The  Vote, today.", "the vote today"));
        assert!(!super::same_words("the vote today", "the vote tonight"));
        assert!(!super::same_words("the vote", "the vote today"));
    }

    #[test]
    fn keeps_different_captions_and_short_repeats() {
        let pair = "The old bridge. (photo credit: Jane Doe/City Press)\nThe new bridge. (photo credit: John Roe/Daily News)";
        let cleaned = clean(&amid_prose(pair));
        assert!(cleaned.removals.iter().all(|r| r.kind == Kind::Caption));
        assert_eq!(removed_as(&amid_prose("Yes.\n\nYes."), "Yes."), None);
    }
}
