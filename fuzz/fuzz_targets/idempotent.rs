//! Any text through idempotent mode, with and without kept markdown: the
//! body of the result, cleaned again with the same options, comes back
//! whole, with nothing removed and nothing taken for metadata.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let keep_markdown = flags & 1 == 1;
    let config = chaff::Config::default()
        .idempotent(true)
        .keep_markdown(keep_markdown);
    let first = chaff::Cleaner::new(config.clone()).clean(&text).unwrap();
    // The body is read as what it is: markdown when kept, else plain.
    let config = config.dump_format(first.format.of_body(keep_markdown));
    let again = chaff::Cleaner::new(config).clean(&first.body).unwrap();
    assert_eq!(again.body, first.body);
    assert!(again.removals.is_empty());
    assert!(again.blocks.iter().all(|b| b.fate == chaff::Fate::Body));
});
