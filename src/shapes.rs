//! Shapes of text that more than one part of chaff recognises: where a
//! sentence ends, a list item's number, how long a photo credit can be.

/// Longest source tag after a sentence: `... war. (The Guardian/Z-2)`.
const MAX_SOURCE_TAG_BYTES: usize = 40;

/// The marks that end a sentence: `.`, `!`, `?`, `…`; their ideographic
/// forms; the Arabic question mark and the Urdu full stop; the Indic
/// danda (Hindi, Bengali, Marathi, Nepali) and double danda; the
/// Armenian, Ethiopic, Tibetan, Burmese and Khmer stops.
const SENTENCE_ENDS: [char; 16] = [
    '.', '!', '?', '…', '。', '！', '？', '؟', '۔', '।', '॥', '։', '።', '།', '။', '។',
];

/// Whether `text` ends like a sentence ([`SENTENCE_ENDS`]), maybe inside
/// closing quotes or brackets, maybe followed by a short source tag in
/// brackets.
pub(crate) fn ends_sentence(text: &str) -> bool {
    // Most blocks end with a letter or digit, which is no stop, closing
    // mark or bracket: told by the last byte, before any character is
    // decoded (this runs on every block).
    if text.as_bytes().last().is_none_or(u8::is_ascii_alphanumeric) {
        return false;
    }
    let closed = |t: &str| {
        t.trim_end_matches(['"', '”', '’', '\'', '»', ')', ']', '*', '」', '』', '）'])
            .ends_with(SENTENCE_ENDS)
    };
    if closed(text) {
        return true;
    }
    // A source tag in brackets after the last sentence.
    match text
        .strip_suffix(')')
        .and_then(|t| t.rfind('(').map(|open| &t[..open]))
    {
        Some(before) if text.len() - before.len() <= MAX_SOURCE_TAG_BYTES => {
            closed(before.trim_end())
        }
        _ => false,
    }
}

/// Whether a block of `words` words ends a sentence in Thai or Lao, which
/// mark a sentence's end with a space, not a stop: a paragraph's length
/// ([`crate::features::PROSE_WORDS`], as
/// [`crate::words::count_words`] counts them) of text whose last
/// character is of those scripts. Shorter blocks
/// (headlines, labels, menu entries) do not, as an unpunctuated line in
/// other scripts does not.
pub(crate) fn ends_unmarked_sentence(text: &str, words: usize) -> bool {
    words >= crate::features::PROSE_WORDS
        && text
            .chars()
            .next_back()
            .is_some_and(|c| matches!(c, '\u{0E01}'..='\u{0E5B}' | '\u{0E81}'..='\u{0EDF}'))
}

/// `12) ...`, `12. ...`: the number of a numbered list item, one to three
/// digits before `) ` or `. ` (four digits are a year: `2019. The...`).
pub(crate) fn list_item_number(text: &str) -> Option<u32> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let rest = &text[digits..];
    (rest.starts_with(") ") || rest.starts_with(". ")).then(|| text[..digits].parse().ok())?
}

/// Longest photo credit, in bytes (`(Abed Rahim Khatib/Flash90)`, `Photo:
/// AFP/Said Khatib`): longer bracketed or labelled text is a sentence.
pub(crate) const MAX_CREDIT_BYTES: usize = 80;

/// How many ASCII digits `text` holds. Counted 32 bytes at a time into a
/// byte-wide tally, which the compiler turns into a few vector steps: this
/// runs over every byte of every page, once, for
/// [`crate::features::Features::digits`].
pub(crate) fn count_digits(text: &str) -> usize {
    let mut chunks = text.as_bytes().chunks_exact(32);
    let mut count = 0;
    for chunk in &mut chunks {
        let tally: u8 = chunk
            .iter()
            .fold(0, |n, &b| n + u8::from(b.wrapping_sub(b'0') < 10));
        count += usize::from(tally);
    }
    count
        + chunks
            .remainder()
            .iter()
            .filter(|b| b.is_ascii_digit())
            .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_are_counted() {
        assert_eq!(count_digits("4.5 out of 5 (120)"), 6);
        assert_eq!(count_digits("٣ no ASCII digits"), 0);
        let long = "ab12 ".repeat(50);
        assert_eq!(count_digits(&long), 100);
    }

    #[test]
    fn sentence_endings() {
        assert!(ends_sentence("He left."));
        assert!(ends_sentence("“He left.”"));
        assert!(ends_sentence("Really?)"));
        assert!(ends_sentence("「東京で会議が開かれた。」"));
        // The danda ends a sentence in Hindi, Bengali, Marathi, Nepali.
        assert!(ends_sentence("নগর পরিষদ মঙ্গলবার নতুন বাজেট নিয়ে আলোচনা করেছে।"));
        assert!(ends_sentence("नगर परिषद ने मंगलवार को नए बजट पर चर्चा की।"));
        assert!(ends_sentence("کونسل نے منگل کو نئے بجٹ پر بحث کی۔"));
        assert!(ends_sentence("هل ستوافق البلدية على الميزانية؟"));
        let thai = "สภาเมืองประชุมเมื่อคืนวันอังคารเพื่อหารือเกี่ยวกับงบประมาณใหม่ ซึ่งล่าช้ามาหลายเดือนเนื่องจากความเห็นไม่ตรงกันเรื่องการซ่อมถนน";
        let words = crate::words::count_words(thai);
        assert!(!ends_sentence(thai) && ends_unmarked_sentence(thai, words));
        assert!(!ends_unmarked_sentence("สภาเมืองเลื่อนงบประมาณ", 7));
        assert!(!ends_unmarked_sentence(
            "The council met on Tuesday to discuss the budget",
            40
        ));
        assert!(ends_sentence("A full-blown conflict. (The Guardian/Z-2)"));
        assert!(!ends_sentence("Hamas leader Yahya Sinwar (Al-Jazeera Doc)"));
        assert!(!ends_sentence("Rule vs resistance"));
        assert!(!ends_sentence("read more:"));
    }
}
