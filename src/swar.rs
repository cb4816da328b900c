//! Eight bytes at a time in a `u64`: the constants, the load and the
//! position of the lowest marked byte that the byte scans share (spaces
//! between words, bytes that normalizing must look at, bytes beyond ASCII
//! in lower-casing). Each scan marks the bytes it wants by their high bit.

/// A one in every byte.
pub(crate) const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of every byte: where the scans mark a byte.
pub(crate) const HIGH: u64 = 0x8080_8080_8080_8080;

/// The eight bytes of `eight` (which holds eight) as a word, the first
/// byte lowest, so that a byte's place in the word is its place in the
/// text.
#[inline(always)]
pub(crate) fn load(eight: &[u8]) -> u64 {
    u64::from_le_bytes(eight.try_into().unwrap_or([0; 8]))
}

/// The place, 0 to 7, of the lowest byte marked in `marks` (not zero).
#[inline(always)]
pub(crate) fn lowest_marked(marks: u64) -> usize {
    (marks.trailing_zeros() / 8) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byte_is_found_where_it_stands() {
        for at in 0..8 {
            let mut eight = [0u8; 8];
            eight[at] = 0x80;
            assert_eq!(lowest_marked(load(&eight) & HIGH), at);
        }
    }
}
