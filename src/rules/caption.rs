//! Photo captions and credits.
//!
//! A caption describes a picture and names who took it. The credit is the
//! reliable part: a labelled one (`(photo credit: AP/Hatem Moussa)`,
//! `Photo: AFP/Said Khatib`, `Foto: dpa`), a `©` name, or a parenthesized
//! name list at the very end (`(Fadi Fahd/Flash90)`, `(Israel Defense
//! Forces)`). A labelled credit or a caption opener (`Illustrative:`,
//! `Symbolbild:`) is enough. A bare parenthesized name is not, because
//! news copy also ends paragraphs with a source tag (`... (The
//! Guardian/Z-2)`): it counts only when the text before it is short (a
//! name under a portrait) or holds a full date, as photo descriptions do
//! ("... in Gaza City, June 20, 2019.").
//!
//! Known misses: captions with no credit at all, which read like any
//! sentence; a body paragraph that holds a full date and ends with a
//! parenthesized agency name is taken for a caption.

use super::{Pass, Rule, RuleDocs};
use crate::dates::contains_date;
use crate::features::Features;
use crate::lexicon::{lexicon, PhraseSet, NAME_PARTICLES};
use crate::shapes::MAX_CREDIT_BYTES;
use crate::Kind;

pub(crate) const PHOTO_CAPTION: Rule = Rule {
    name: "photo-caption",
    summary: "a photo caption: a block ending in a photo credit, or opened by `Illustrative:`",
    kinds: &[Kind::Caption],
    reads: &[],
    docs: RuleDocs {
        catches: "A block ending in a photo credit: a labelled one (`(photo credit: AP/Hatem Moussa)`, `Photo: AFP/Said Khatib`, `Foto: dpa`), a `©` name, or a parenthesized name list when the text before it is short or holds a full date; a block opened by `Illustrative:` or `Symbolbild:`.",
        why: "A caption describes a picture the dump does not have.",
        misses: "Captions with no credit at all; a body paragraph holding a full date and ending in a parenthesized agency name is taken for one.",
        example: "Palestinians walk past rubble in Gaza City, June 20, 2019. (Abed Rahim Khatib/Flash90)",
    },
    run,
};

/// A caption cut into what it shows and who took it.
pub(crate) struct Caption<'t> {
    /// The description before the credit.
    pub description: &'t str,
    /// The credit, without brackets or label.
    pub credit: &'t str,
}

/// A credit introduced by a label word at the start of the block, a
/// sentence or a bracket, at the very end: `... Photo: AFP/Said Khatib`,
/// `(photo credit: AP/Hatem Moussa)`. Returns where the label's clause
/// starts and the credit.
fn labelled_credit(text: &str) -> Option<(usize, &str)> {
    let body = text.strip_suffix([')', ']']).unwrap_or(text).trim_end();
    let colon = body.rfind(':')?;
    let credit = body[colon + 1..].trim();
    if credit.is_empty() || credit.len() > MAX_CREDIT_BYTES || credit.contains(['(', ')', '[', ']'])
    {
        return None;
    }
    let mut head = body[..colon].trim_end();
    let lower_tail =
        |head: &str| head[floor_boundary(head, head.len().saturating_sub(40))..].to_lowercase();
    for suffix in &lexicon().credit_labels {
        let tail = lower_tail(head);
        if tail.ends_with(suffix) && tail[..tail.len() - suffix.len()].ends_with(' ') {
            head = head[..head.len() - suffix.len()].trim_end();
            break;
        }
    }
    let tail = lower_tail(head);
    let label = lexicon().caption_labels.iter().find(|l| {
        tail.ends_with(*l) && !tail[..tail.len() - l.len()].ends_with(char::is_alphanumeric)
    })?;
    let before = head[..head.len() - label.len()].trim_end();
    match before.chars().next_back() {
        None => Some((0, credit)),
        Some(c) if matches!(c, '.' | '!' | '?' | '|' | '(' | '[') => {
            Some((before.len() - c.len_utf8(), credit))
        }
        Some(_) => None,
    }
}

/// The largest char boundary of `text` at or below `at`.
fn floor_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// A parenthesized credit at the very end, `(Fadi Fahd/Flash90)`: the
/// text before the brackets and the credit inside them, trimmed.
fn paren_credit(text: &str) -> Option<(&str, &str)> {
    let inner_end = text.strip_suffix(')')?.len();
    let open = text[..inner_end].rfind(['(', ')'])?;
    if text.as_bytes()[open] != b'(' {
        return None;
    }
    let credit = text[open + 1..inner_end].trim();
    (2..=MAX_CREDIT_BYTES)
        .contains(&credit.len())
        .then(|| (text[..open].trim_end(), credit))
}

/// Longest `©` credit, in characters.
const MAX_COPYRIGHT_CREDIT_CHARS: usize = 61;

/// A `©` credit at the end, `© Reuters`, `Foto: © dpa`: where the `©`
/// stands and the credit after it.
fn copyright_credit(text: &str) -> Option<(usize, &str)> {
    // `©` is C2 A9; memchr finds the A9 (also the tail of `é` and others).
    let bytes = text.as_bytes();
    let at = memchr::memrchr_iter(0xA9, bytes).find(|&i| i > 0 && bytes[i - 1] == 0xC2)? - 1;
    let credit = text[at + '©'.len_utf8()..].trim_start();
    let first = credit.chars().next()?;
    (first.is_alphabetic() && credit.chars().count() <= MAX_COPYRIGHT_CREDIT_CHARS)
        .then_some((at, credit))
}

/// Whether a credit names a photo agency and a photographer or picture:
/// `AP Photo/Alan Diaz, File`, `Reuters/Jane Doe`. A bare `(AP)` or
/// `(Reuters)` is the source tag of a news paragraph, not a credit.
fn names_agency(credit: &str) -> bool {
    let agency = credit
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| lexicon().agencies.contains(w));
    let pictured = credit.contains('/')
        || credit.split_whitespace().any(|w| {
            lexicon()
                .photo_words
                .iter()
                .any(|p| w.eq_ignore_ascii_case(p))
        });
    agency && pictured
}

/// Longest photographer part of a slash credit, in characters.
const MAX_SLASH_NAME_CHARS: usize = 41;
/// Longest agency part of a slash credit, in characters.
const MAX_SLASH_AGENCY_CHARS: usize = 31;

/// A credit after a slash with no brackets, at the very end of `tail`,
/// `... July 25, 2019. J. Scott Applewhite / AP file`: where the credit
/// starts in `tail`, and the credit. The name before the slash starts a
/// sentence (or the tail) with a capital; the agency after it is capital
/// words.
fn slash_credit(tail: &str) -> Option<(usize, &str)> {
    let slash = tail.rfind('/')?;
    let agency = tail[slash + 1..].trim_start();
    let mut letters = agency.chars();
    let first = letters.next()?;
    let rest: Vec<char> = letters.collect();
    if !first.is_uppercase()
        || rest.is_empty()
        || rest.len() >= MAX_SLASH_AGENCY_CHARS
        || !rest.iter().all(|c| c.is_alphabetic() || *c == ' ')
    {
        return None;
    }
    let before = &tail[..slash];
    let sentence_start = before.rfind(['.', '!', '?']).map_or(0, |p| p + 1);
    let name = before[sentence_start..].trim_start();
    let start = slash - name.len();
    let name_first = name.chars().next()?;
    (name_first.is_uppercase() && name.trim_end().chars().count() <= MAX_SLASH_NAME_CHARS)
        .then_some((start, &tail[start..]))
}

/// How far from the end a slash credit is looked for, in bytes.
const SLASH_TAIL_BYTES: usize = 100;

/// Most words in a credit.
const MAX_CREDIT_WORDS: usize = 8;
/// Most words in a caption, credit included.
const MAX_CAPTION_WORDS: usize = 80;
/// A description this short, closed like a sentence, under a bare credit
/// is a name or a line under a picture.
const SHORT_DESCRIPTION_WORDS: usize = 15;
/// A description this short needs no full stop: `Jane Doe (City Press)`.
/// Longer unpunctuated ones are product or work titles with a note in
/// brackets: `The Trilogy (Blu-Ray)`.
const NAME_WORDS: usize = 8;

/// A credit reads as a list of names: every word capitalised (or a name
/// particle), at least one capital letter, and few words.
fn looks_like_credit(credit: &str) -> bool {
    let words: Vec<&str> = credit
        .split(|c: char| c.is_whitespace() || c == '/' || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    !words.is_empty()
        && words.len() <= MAX_CREDIT_WORDS
        && credit.chars().any(char::is_uppercase)
        && words.iter().all(|w| {
            let first = w.chars().next().unwrap_or(' ');
            first.is_uppercase()
                || !first.is_alphabetic()
                || NAME_PARTICLES.contains(w)
                || lexicon().credit_joiners.contains(w)
        })
}

fn starts_with_caption_prefix(lower: &str) -> bool {
    lexicon()
        .caption_prefixes
        .candidates(lower)
        .iter()
        .any(|p| {
            lower
                .strip_prefix(p)
                .is_some_and(|rest| rest.trim_start().starts_with(':'))
        })
}

/// Parses block text as a caption, if it is one.
pub(crate) fn parse<'t>(text: &'t str, f: &Features<'_>) -> Option<Caption<'t>> {
    let (lower, words) = (f.lower, f.words);
    if lower.is_empty() || words > MAX_CAPTION_WORDS {
        return None;
    }
    let credit_words = |c: &str| {
        crate::words::count_pieces(c) <= MAX_CREDIT_WORDS && !crate::shapes::ends_sentence(c)
    };
    // Cheap tests first: most blocks hold neither a label nor a `©`.
    if f.has(PhraseSet::CaptionLabel) {
        if let Some((start, credit)) = labelled_credit(text) {
            if credit_words(credit) {
                return Some(Caption {
                    description: text[..start].trim_end(),
                    credit,
                });
            }
        }
    }
    if let Some((start, credit)) = (!f.ascii).then(|| copyright_credit(text)).flatten() {
        if credit_words(credit) {
            return Some(Caption {
                description: text[..start].trim_end(),
                credit,
            });
        }
    }
    let prefixed = f.may_start(&lexicon().caption_prefixes)
        && memchr::memchr(b':', lower.as_bytes()).is_some()
        && starts_with_caption_prefix(lower);
    if let Some((description, credit)) = paren_credit(text) {
        let description_words = crate::words::count_words(description);
        // An entry of a numbered list (`4) A film (Blu-Ray)`) is as short
        // as a name under a portrait, but no caption is numbered.
        let name_under_picture = crate::shapes::list_item_number(text).is_none()
            && (description_words <= NAME_WORDS
                || (description_words <= SHORT_DESCRIPTION_WORDS
                    && crate::shapes::ends_sentence(description)));
        if looks_like_credit(credit)
            && (prefixed
                || names_agency(credit)
                || name_under_picture
                || contains_date(&description.to_lowercase()))
        {
            return Some(Caption {
                description,
                credit,
            });
        }
    }
    // A slash credit ends the block, so only its tail is searched, and
    // only when a slash stands in that tail.
    let tail_start = floor_boundary(text, text.len().saturating_sub(SLASH_TAIL_BYTES));
    let tail = &text[tail_start..];
    if tail.ends_with(char::is_alphabetic) && memchr::memchr(b'/', tail.as_bytes()).is_some() {
        if let Some((start, credit)) = slash_credit(tail) {
            if names_agency(credit) {
                return Some(Caption {
                    description: text[..tail_start + start].trim_end(),
                    credit,
                });
            }
        }
    }
    prefixed.then_some(Caption {
        description: text,
        credit: "",
    })
}

/// Whether block `i` of the pass is a caption. A block found not to be
/// one is remembered, and not parsed again by a later rule.
pub(crate) fn caption_at<'p>(pass: &'p Pass, i: usize) -> Option<Caption<'p>> {
    let not_caption = &pass.not_caption[i];
    if not_caption.get() {
        return None;
    }
    let caption = parse(pass.text(i), &pass.feats[i]);
    not_caption.set(caption.is_none());
    caption
}

fn run(pass: &mut Pass) {
    pass.label_each(Kind::Caption, |pass, i| caption_at(pass, i).is_some());
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{after_prose, amid_prose, removed_as};
    use crate::Kind;

    #[test]
    fn finds_the_last_copyright_sign_after_other_accents() {
        let text = "Le café de la gare, été 2019 © Agence Défi";
        let (at, credit) = super::copyright_credit(text).unwrap();
        assert_eq!((&text[at..at + 2], credit), ("©", "Agence Défi"));
        assert_eq!(super::copyright_credit("Un été à Paris"), None);
    }

    #[test]
    fn catches_credited_captions() {
        for line in [
            "The mayor at the town hall. (photo credit: John Smith/City Press)",
            "Workers repair a road on March 3, 2019. (Jane Doe/Agency)",
            "The mayor.(City Archive)",
            "Crowds gather outside the station on Friday evening. Photo: AFP/Jean Dupont",
            "Illustrative: a road crew at work near the bridge.",
            "Der Bürgermeister im Rathaus. Foto: dpa",
            "A worker loads trims into his pickup truck outside a hardware store in the town centre. (AP Photo/Jane Doe, File)",
            "The senator speaks at the Capitol on July 25, 2019.John Roe / AP file",
        ] {
            assert_eq!(
                removed_as(&amid_prose(line), line),
                Some((Kind::Caption, "photo-caption")),
                "{line}"
            );
        }
    }

    #[test]
    fn keeps_source_tags_and_asides() {
        let tagged = "The council is expected to publish the final figures for the repair programme before the end of the financial year. (The Herald/AB)";
        assert_eq!(removed_as(&after_prose(tagged), "final figures"), None);
        let product = "Box set of the Space Saga, the Return, the Sequel and the Prequel (Blu-Ray)";
        assert_eq!(removed_as(&amid_prose(product), "Box set"), None);
        let aside = "The plan was drawn up by the regional office (see below) and sent to every household in the district.";
        assert_eq!(removed_as(&amid_prose(aside), aside), None);
        let wire = "The ministry said the new rules would apply from the start of next year to every driver in the country. (Reuters)";
        assert_eq!(removed_as(&amid_prose(wire), "The ministry"), None);
        // As short as a name under a portrait, but numbered: a list entry.
        let entry = "4) Space Saga The Final Cut (Ultra HD + Blu-Ray)";
        assert_eq!(removed_as(&amid_prose(entry), "Space Saga"), None);
        let portrait = "Jane Doe (City Press)";
        assert_eq!(
            removed_as(&amid_prose(portrait), "Jane Doe"),
            Some((Kind::Caption, "photo-caption"))
        );
    }
}
