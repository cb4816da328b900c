//! Which two-byte openings the words of a set have: a table of 65,536
//! bits, one for each pair of bytes, that tells most tokens by their
//! first two bytes that they are no word of the set, before the token's
//! end is found or any hash is made. Made for the share rule, which asks
//! it of the start of every short block
//! ([`crate::lexicon::Lexicon::share_openings`]).

/// The two-byte openings of a set of words.
pub(crate) struct Openings {
    /// Bit `first * 256 + second`.
    bits: Box<[u64; 1024]>,
}

impl Openings {
    /// The openings of `words`. A word of one byte opens with that byte
    /// followed by anything (a separator, or nothing).
    pub fn new<'w>(words: impl IntoIterator<Item = &'w str>) -> Openings {
        let mut openings = Openings {
            bits: Box::new([0; 1024]),
        };
        for word in words {
            match word.as_bytes() {
                [] => {}
                &[first] => (0..=255).for_each(|second| openings.set(first, second)),
                &[first, second, ..] => openings.set(first, second),
            }
        }
        openings
    }

    fn set(&mut self, first: u8, second: u8) {
        let at = usize::from(first) << 8 | usize::from(second);
        self.bits[at / 64] |= 1 << (at % 64);
    }

    /// Whether a word of the set may start `text`: false when no word
    /// opens with its first byte followed by its second (or by nothing).
    pub fn may_open(&self, text: &[u8]) -> bool {
        let (first, second) = match text {
            [] => return false,
            [first] => (*first, 0),
            [first, second, ..] => (*first, *second),
        };
        let at = usize::from(first) << 8 | usize::from(second);
        self.bits[at / 64] & 1 << (at % 64) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::Openings;

    #[test]
    fn every_word_and_its_longer_forms_may_open_and_others_mostly_not() {
        let openings = Openings::new(["facebook", "x", "teilen", "e-mail"]);
        for text in [
            "facebook",
            "fa",
            "facebook icon",
            "x",
            "x.com",
            "x ",
            "teilen:",
            "e-mail",
        ] {
            assert!(openings.may_open(text.as_bytes()), "{text}");
        }
        for text in ["the mayor", "f", "", "tx", "email"] {
            assert!(!openings.may_open(text.as_bytes()), "{text}");
        }
    }
}
