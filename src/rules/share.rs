//! Share buttons.
//!
//! Share bars are lines made only of network names (`Facebook`,
//! `WhatsApp`), share verbs (`Share`, `Teilen`, `Partager`) and a few
//! helper words (`icon`, `on`, `this article`, counters like `12`). A line
//! with nothing else and at least one network name or share verb is a
//! button; a line of helper words alone (`e-mail icon`, `Print`) is one
//! only when it stands in the same group as a button, since on its own it
//! may be a label of something else.
//!
//! Known misses: buttons written as sentences ("Click here to share this
//! on Facebook") and bars joined into one line with article words.

use super::{Pass, Rule, RuleDocs};
use crate::lexicon::lexicon;
use crate::words::tokens;
use crate::Kind;

pub(crate) const SHARE_BUTTONS: Rule = Rule {
    name: "share-buttons",
    summary: "lines made of network names and share verbs (`Share:`, `Facebook`, `Teilen`)",
    kinds: &[Kind::Share],
    reads: &[],
    docs: RuleDocs {
        catches: "A line made only of network names (`Facebook`, `WhatsApp`), share verbs (`Share`, `Teilen`, `Partager`) and helper words (`icon`, `on`, `this article`, a count), with at least one name or verb; a line of helper words alone only beside such a button.",
        why: "Share bars are page furniture printed on every article; they say nothing of the story.",
        misses: "Buttons written as sentences (`Click here to share this on Facebook`) and bars run into one line with article words.",
        example: "Share:\nFacebook\nTwitter icon",
    },
    run,
};

/// Longest share line, in tokens: `Click to share on Twitter (Opens in
/// new window)` has nine.
const MAX_TOKENS: usize = 10;

#[derive(PartialEq)]
enum Strength {
    None,
    Weak,
    Strong,
}

fn strength(lower: &str) -> Strength {
    let lex = lexicon();
    // A block that starts with a letter starts with its first token: most
    // are told by their first two bytes that it is no share word (nor a
    // count, which starts with a digit), before any token is cut.
    let bytes = lower.as_bytes();
    if bytes.first().is_some_and(u8::is_ascii_alphabetic) && !lex.share_openings.may_open(bytes) {
        return Strength::None;
    }
    let mut strong = false;
    let mut count = 0;
    for t in tokens(lower) {
        count += 1;
        if count > MAX_TOKENS {
            return Strength::None;
        }
        match lex.share_words.get(t) {
            Some(true) => strong = true,
            Some(false) => {}
            None if is_counter(t) => {}
            None => return Strength::None,
        }
    }
    match (count, strong) {
        (0, _) => Strength::None,
        (_, true) => Strength::Strong,
        (_, false) => Strength::Weak,
    }
}

/// `12`, `1.2k`, `3K`: share counters.
fn is_counter(t: &str) -> bool {
    let digits = t.trim_end_matches(['k', 'm']);
    !digits.is_empty()
        && digits
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
}

fn run(pass: &mut Pass) {
    let strengths: Vec<Strength> = (0..pass.len())
        .map(|i| {
            let f = &pass.feats[i];
            if pass.undecided(i) && !f.lower.is_empty() && f.words <= MAX_TOKENS {
                strength(pass.feats[i].lower)
            } else {
                Strength::None
            }
        })
        .collect();
    for (i, s) in strengths.iter().enumerate() {
        if *s == Strength::Strong {
            pass.chrome(i, Kind::Share);
        }
    }
    // Weak lines join a bar they touch: forward, then backward.
    let forward = (1..pass.len()).map(|i| (i - 1, i));
    let backward = (1..pass.len()).rev().map(|i| (i, i - 1));
    for (from, to) in forward.chain(backward) {
        if pass.doc.blocks[from].group == pass.doc.blocks[to].group
            && strengths[to] == Strength::Weak
            && pass.kind(from) == Some(Kind::Share)
        {
            pass.chrome(to, Kind::Share);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{after_prose, amid_prose, removed_as};
    use crate::Kind;

    #[test]
    fn catches_a_share_bar() {
        let dump = after_prose("Share:\n\nFacebook\nTwitter\nPinterest\nLinkedIn");
        for line in ["Share:", "Facebook", "LinkedIn"] {
            assert_eq!(
                removed_as(&dump, line),
                Some((Kind::Share, "share-buttons")),
                "{line}"
            );
        }
    }

    #[test]
    fn catches_icon_lines_and_their_weak_neighbours() {
        let dump = format!(
            "Facebook icon\nTwitter icon\ne-mail icon\n\n{}",
            crate::rules::testing::PROSE
        );
        assert_eq!(
            removed_as(&dump, "e-mail icon"),
            Some((Kind::Share, "share-buttons"))
        );
        assert_eq!(
            removed_as(&amid_prose("Teilen auf WhatsApp"), "Teilen"),
            Some((Kind::Share, "share-buttons"))
        );
        assert_eq!(
            removed_as(&amid_prose("1.2k Shares"), "Shares"),
            Some((Kind::Share, "share-buttons"))
        );
        assert_eq!(
            removed_as(&amid_prose("Artikel weiterempfehlen / Drucken"), "Artikel"),
            Some((Kind::Share, "share-buttons"))
        );
        assert_eq!(
            removed_as(
                &amid_prose("Click to share on LinkedIn (Opens in new window)"),
                "Click"
            ),
            Some((Kind::Share, "share-buttons"))
        );
    }

    #[test]
    fn keeps_lookalikes() {
        // A sentence about a network, and a helper word standing alone.
        let dump = amid_prose("Facebook said on Monday that it would share more data.");
        assert_eq!(removed_as(&dump, "Facebook said"), None);
        assert_eq!(removed_as(&amid_prose("Print this"), "Print this"), None);
    }
}
