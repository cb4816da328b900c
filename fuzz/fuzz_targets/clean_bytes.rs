//! Any bytes through the byte API: a result or the documented error,
//! never a panic; and every block of a result accounted for once.
#![no_main]

use chaff_fuzz::assert_accounted;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let cleaner = chaff::Cleaner::default();
    match cleaner.clean_bytes(data) {
        Ok(cleaned) => assert_accounted(&cleaned),
        Err(chaff::Error::InvalidUtf8 { offset }) => {
            assert_eq!(std::str::from_utf8(data).unwrap_err().valid_up_to(), offset);
        }
        Err(e) => panic!("unexpected error: {e}"),
    }
    assert_accounted(&cleaner.clean_bytes_lossy(data).unwrap());
});
