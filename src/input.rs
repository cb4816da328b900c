//! From bytes to text: UTF-8 checking and the size limit.
//!
//! Scrapers hand over bytes; the cleaner works on `&str`. Strict decoding
//! names the first bad byte so a user can find it in the file; lossy
//! decoding replaces bad sequences with U+FFFD for pipelines that prefer a
//! result to an error.

use std::borrow::Cow;

use crate::Error;

/// Decodes strict UTF-8, naming the offset of the first invalid byte.
/// Valid input, the common case, is checked by `simdutf8` (32 bytes a
/// step where the standard library's check goes about a word at a time,
/// 1.5% of a whole clean); only invalid input is checked again by the
/// standard library, which tells where the first bad byte is.
pub(crate) fn decode(bytes: &[u8]) -> Result<&str, Error> {
    simdutf8::basic::from_utf8(bytes).or_else(|_| {
        std::str::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
            offset: e.valid_up_to(),
        })
    })
}

/// Decodes UTF-8, replacing invalid sequences with U+FFFD.
pub(crate) fn decode_lossy(bytes: &[u8]) -> Cow<'_, str> {
    String::from_utf8_lossy(bytes)
}

/// Rejects an input over `limit` bytes before any work is done on it.
pub(crate) fn check_size(size: usize, limit: usize) -> Result<(), Error> {
    if size > limit {
        Err(Error::TooLarge { size, limit })
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_names_the_offset() {
        assert_eq!(
            decode(b"caf\xc3\xa9 ok \xff rest"),
            Err(Error::InvalidUtf8 { offset: 9 })
        );
    }

    #[test]
    fn valid_utf8_passes_through() {
        assert_eq!(decode("café".as_bytes()), Ok("café"));
    }

    /// Long inputs go through the vector check a block of bytes at a
    /// time: every sequence that it or the standard library may judge,
    /// truncated or overlong or a surrogate, at every place in a block,
    /// gets the standard library's verdict and offset.
    #[test]
    fn long_inputs_agree_with_the_standard_library() {
        let pieces: [&[u8]; 8] = [
            "é".as_bytes(),
            "€".as_bytes(),
            "𝄞".as_bytes(),
            b"\xc3",
            b"\xe2\x82",
            b"\xc0\xaf",
            b"\xed\xa0\x80",
            b"\xf4\x90\x80\x80",
        ];
        for piece in pieces {
            for at in 0..70 {
                let mut bytes = b"word ".repeat(20);
                bytes.splice(at..at, piece.iter().copied());
                let expected = std::str::from_utf8(&bytes).map_err(|e| Error::InvalidUtf8 {
                    offset: e.valid_up_to(),
                });
                assert_eq!(decode(&bytes), expected, "{piece:?} at {at}");
            }
        }
    }

    #[test]
    fn lossy_replaces_bad_bytes() {
        assert_eq!(decode_lossy(b"a\xffb"), "a\u{FFFD}b");
    }

    #[test]
    fn size_limit_is_inclusive() {
        assert!(check_size(10, 10).is_ok());
        assert_eq!(
            check_size(11, 10),
            Err(Error::TooLarge {
                size: 11,
                limit: 10
            })
        );
    }
}
