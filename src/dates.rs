//! Calendar dates in lower-cased text, in the shapes the supported
//! languages write them.

use crate::lexicon::lexicon;

/// Whether the lower-cased text holds a full calendar date: `november 12,
/// 2019`, `12 november 2019`, `12. märz 2020`, `20 de junio de 2019`,
/// `12.03.2020`, `2020-03-12`.
pub(crate) fn contains_date(lower: &str) -> bool {
    if !lower.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let months = &lexicon().months;
    let mut window: [&str; 3] = [""; 3];
    for token in lower
        .split(|c: char| c.is_whitespace() || c == ',')
        .map(|t| t.trim_matches(|c: char| matches!(c, '.' | '(' | ')' | '[' | ']')))
        .filter(|t| !t.is_empty() && !lexicon().date_fillers.contains(t))
    {
        if is_numeric_date(token) {
            return true;
        }
        window = [window[1], window[2], token];
        let [a, b, c] = window;
        if is_year(c) && ((months.contains(a) && is_day(b)) || (is_day(a) && months.contains(b))) {
            return true;
        }
    }
    false
}

fn is_day(t: &str) -> bool {
    let t = t.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    t.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
}

fn is_year(t: &str) -> bool {
    t.len() == 4 && t.parse::<u16>().is_ok_and(|y| (1800..=2100).contains(&y))
}

fn is_numeric_date(t: &str) -> bool {
    // Called for every token of a block with a digit: no allocation, and
    // most tokens fail on their first byte.
    if !t.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let mut parts = t.split(['.', '/', '-']);
    let (Some(a), Some(b), Some(c), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    if ![a, b, c]
        .iter()
        .all(|p| p.bytes().all(|b| b.is_ascii_digit()))
    {
        return false;
    }
    (is_year(a) && b.len() <= 2 && c.len() <= 2 && !b.is_empty())
        || (is_day(a) && b.len() <= 2 && !b.is_empty() && is_year(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_many_shapes() {
        for s in [
            "on november 12, 2019.",
            "gaza city, june 20, 2019.",
            "am 12. märz 2020",
            "el 20 de junio de 2019",
            "stand: 12.03.2020",
            "2020-03-12",
        ] {
            assert!(contains_date(s), "{s}");
        }
        for s in ["in 2019 he left", "march on", "12 of 13", "version 1.2.3"] {
            assert!(!contains_date(s), "{s}");
        }
    }
}
