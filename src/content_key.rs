//! A key for "the same text": equal for two blocks that differ only in
//! spacing, punctuation and case, so that repeats are found by hashing.

/// FNV-1a over the lower-cased letters and digits.
pub(crate) fn content_key(text: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut mix = |c: u32| {
        hash ^= u64::from(c);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    };
    if text.is_ascii() {
        for b in text.bytes().filter(u8::is_ascii_alphanumeric) {
            mix(u32::from(b.to_ascii_lowercase()));
        }
        return hash;
    }
    for c in text.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                mix(u32::from(c.to_ascii_lowercase()));
            }
        } else if c.is_alphanumeric() {
            c.to_lowercase().for_each(|l| mix(u32::from(l)));
        }
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_spacing_and_case() {
        assert_eq!(
            content_key("Former  PM, Gaza."),
            content_key("former pm gaza")
        );
        assert_ne!(content_key("a b"), content_key("a c"));
    }
}
