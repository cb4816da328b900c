//! Any bytes through the byte API: a result or the documented error,
//! never a panic; and every block of a result accounted for once.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let cleaner = chaff::Cleaner::default();
    match cleaner.clean_bytes(data) {
        Ok(cleaned) => check(&cleaned),
        Err(chaff::Error::InvalidUtf8 { offset }) => {
            assert_eq!(std::str::from_utf8(data).unwrap_err().valid_up_to(), offset);
        }
        Err(e) => panic!("unexpected error: {e}"),
    }
    check(&cleaner.clean_bytes_lossy(data).unwrap());
});

fn check(cleaned: &chaff::Cleaned) {
    let removed = cleaned
        .blocks
        .iter()
        .filter(|b| b.fate == chaff::Fate::Removed)
        .count();
    assert_eq!(removed, cleaned.removals.len());
    assert!(cleaned
        .blocks
        .windows(2)
        .all(|w| w[0].lines.last < w[1].lines.first));
}
