//! Calendar dates in lower-cased text, in the shapes the supported
//! languages write them.

use crate::lexicon::lexicon;

/// Whether the lower-cased text holds a full calendar date: `november 12,
/// 2019`, `12 november 2019`, `12. märz 2020`, `20 de junio de 2019`,
/// `12.03.2020`, `2020-03-12`.
pub(crate) fn contains_date(lower: &str) -> bool {
    if !holds_year_digits(lower) {
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

/// Whether four digits in a row in `lower` read as a year that
/// [`is_year`] takes: every date shape above has one, so a text without
/// them (`12 comments`, `page 2`, `$39.99`) is answered by one byte scan
/// before it is cut into tokens.
fn holds_year_digits(lower: &str) -> bool {
    lower.as_bytes().windows(4).any(|w| {
        w.iter().all(u8::is_ascii_digit)
            && (1800..=2100).contains(&w.iter().fold(0u16, |n, &d| n * 10 + u16::from(d - b'0')))
    })
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
    fn the_year_scan_keeps_every_year_is_year_takes() {
        for year in 1790..2110u16 {
            let date = format!("may 1, {year}");
            assert_eq!(contains_date(&date), is_year(&year.to_string()), "{date}");
            assert_eq!(
                holds_year_digits(&date),
                is_year(&year.to_string()),
                "{date}"
            );
        }
        assert!(!holds_year_digits("12 comments, page 2 of 3, $39.99"));
    }

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
