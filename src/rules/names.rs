//! The shape of a person's name, for bylines and author bios.
//!
//! A name is two to four capitalised words (`Judah Ari Gross`), allowing
//! the lower-case particles names carry (`Ursula von der Leyen`, `Ahmed
//! al-Masri`) and initials (`J. R. Smith`).
use crate::lexicon::{lexicon, NAME_PARTICLES};

/// Most words in one name.
const MAX_NAME_WORDS: usize = 4;

fn is_name_word(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if NAME_PARTICLES.contains(&word) || word.starts_with("al-") || word.starts_with("el-") {
        return true;
    }
    first.is_uppercase()
        && word
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
        && word.chars().filter(|c| c.is_alphabetic()).count() >= 1
}

/// Whether `text` is a person's name and nothing else.
pub(crate) fn is_person_name(text: &str) -> bool {
    // Word by word, stopping at the first that rules it out: the byline
    // rule asks this of every block of a long head, most of them prose.
    let mut count = 0;
    let mut last = "";
    for word in text.split_whitespace() {
        if count == MAX_NAME_WORDS
            || !is_name_word(word)
            || count == 0 && NAME_PARTICLES.contains(&word)
        {
            return false;
        }
        count += 1;
        last = word;
    }
    count >= 2 && !NAME_PARTICLES.contains(&last)
}

/// Whether `text` is a list of names joined by commas and `and`, `und`,
/// `et`, `y`, `e`, `i`, `en`, `&`: `Jane Doe and John Roe`.
pub(crate) fn is_name_list(text: &str) -> bool {
    let mut any = false;
    for part in text.split([',', '&']) {
        for name in part
            .split([' '])
            .collect::<Vec<_>>()
            .split(|w| lexicon().name_joiners.contains(w))
        {
            let name = name.join(" ");
            let name = name.trim();
            if name.is_empty() {
                continue;
            }
            if !is_person_name(name) {
                return false;
            }
            any = true;
        }
    }
    any
}

/// The name that opens `text`, if its first two to four words are one and
/// the next character is a comma, a space or a bracket.
pub(crate) fn leading_name(text: &str) -> Option<&str> {
    let mut end = None;
    let mut count = 0;
    for (pos, word) in word_positions(text) {
        let clean = word.trim_end_matches([',', ';', ':']);
        if count == MAX_NAME_WORDS
            || !is_name_word(clean)
            || NAME_PARTICLES.contains(&clean) && count == 0
        {
            break;
        }
        count += 1;
        if count >= 2 {
            end = Some(pos + clean.len());
        }
        if clean.len() != word.len() {
            break;
        }
    }
    end.map(|e| &text[..e])
}

fn word_positions(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(' ')
        .scan(0, |offset, word| {
            let pos = *offset;
            *offset += word.len() + 1;
            Some((pos, word))
        })
        .filter(|(_, w)| !w.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert!(is_person_name("Judah Ari Gross"));
        assert!(is_person_name("Ursula von der Leyen"));
        assert!(is_person_name("J. R. Smith"));
        assert!(!is_person_name("Rule vs resistance"));
        assert!(!is_person_name("Gaza"));
        assert!(!is_person_name("The Budget Vote Is Delayed Again"));
    }

    #[test]
    fn name_lists() {
        assert!(is_name_list("Jane Doe and John Roe"));
        assert!(is_name_list("Jane Doe, John Roe & Ann Lee"));
        assert!(!is_name_list("Jane Doe and the council"));
    }

    #[test]
    fn leading_names() {
        assert_eq!(
            leading_name("Avi Issacharoff, The Times"),
            Some("Avi Issacharoff")
        );
        assert_eq!(
            leading_name("Judah Ari Gross is a reporter."),
            Some("Judah Ari Gross")
        );
        assert_eq!(leading_name("Tacit cooperation between"), None);
    }
}
