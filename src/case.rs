//! Lower-casing, done the same way wherever chaff compares words: one
//! character at a time, so that a word has one lower-case form whether it
//! stands in a short block or a long one, with the letters of Western
//! European text answered without the Unicode case tables.

/// The lower case of `c` where a range test answers it: ASCII, Latin-1
/// (`À`–`Þ` but `×` lie 0x20 below their lower case; the rest has no
/// capitals), the basic Greek and Cyrillic alphabets (capitals 0x20 or,
/// for `Ѐ`–`Џ`, 0x50 below their small letters), General Punctuation,
/// and kana, Han and Hangul (no capitals). `None` for any other
/// character, which needs [`char::to_lowercase`]. A test checks every
/// answer against the Unicode tables.
pub(crate) fn quick_lower(c: char) -> Option<char> {
    let shifted = |by: u32| char::from_u32(c as u32 + by);
    match c {
        _ if c.is_ascii() => Some(c.to_ascii_lowercase()),
        '\u{C0}'..='\u{DE}' if c != '\u{D7}' => shifted(0x20),
        '\u{391}'..='\u{3A1}' | '\u{3A3}'..='\u{3AB}' | '\u{410}'..='\u{42F}' => shifted(0x20),
        '\u{400}'..='\u{40F}' => shifted(0x50),
        '\u{80}'..='\u{FF}'
        | '\u{3B1}'..='\u{3C9}'
        | '\u{430}'..='\u{45F}'
        | '\u{2000}'..='\u{206F}'
        | '\u{3040}'..='\u{30FF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7A3}' => Some(c),
        _ => None,
    }
}

/// Calls `push` with each character of the lower case of `c`. The lower
/// case of a character is at most half again as long as it in UTF-8 (`İ`,
/// two bytes, becomes `i̇`, three), which
/// `lower_case_is_at_most_half_again_as_long` checks for every character.
pub(crate) fn lower_each(c: char, mut push: impl FnMut(char)) {
    match quick_lower(c) {
        Some(lower) => push(lower),
        None => c.to_lowercase().for_each(push),
    }
}

/// Calls `push` with each character of the lower case of `text`.
pub(crate) fn lower_str(text: &str, mut push: impl FnMut(char)) {
    for c in text.chars() {
        lower_each(c, &mut push);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quick_answers_agree_with_the_tables() {
        for c in ('\u{0}'..='\u{D7FF}').chain('\u{E000}'..='\u{10FFFF}') {
            if let Some(lower) = quick_lower(c) {
                assert_eq!(
                    c.to_lowercase().collect::<String>(),
                    lower.to_string(),
                    "{c:?}"
                );
            }
        }
        assert_eq!(quick_lower('Ā'), None);
    }

    #[test]
    fn lower_case_is_at_most_half_again_as_long() {
        for c in ('\u{0}'..='\u{D7FF}').chain('\u{E000}'..='\u{10FFFF}') {
            let mut len = 0;
            lower_each(c, |l| len += l.len_utf8());
            assert!(2 * len <= 3 * c.len_utf8(), "{c:?}");
        }
    }
}
