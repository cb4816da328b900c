//! Markdown built to stress the link reader: nested and unbalanced
//! brackets, images, emphasis, escapes and combining marks next to markup,
//! read as a markdown dump. Checks: no panic, no recursion or rescan that
//! the input controls (libFuzzer's -timeout and -rss_limit_mb catch a
//! slow or swollen run), a body in NFC, every block accounted for once,
//! and in idempotent mode a body that a second cleaning keeps whole.
#![no_main]

use libfuzzer_sys::fuzz_target;
use unicode_normalization::UnicodeNormalization;

/// The pieces a byte picks from: markup, words, marks, line breaks.
const PIECES: &[&str] = &[
    "[",
    "]",
    "(",
    ")",
    "![",
    "](",
    "](https://x.test/a)",
    "[a](b)",
    "*",
    "**",
    "_",
    "\\",
    "\\[",
    "\u{301}",
    "\u{327}",
    "e",
    "word",
    " ",
    "\n",
    "\n\n",
    "# ",
    "## ",
    "* ",
    "> ",
    "`",
    ".",
    "The council met on Tuesday to discuss the new budget, which was delayed.",
];

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let text: String = rest
        .iter()
        .map(|&b| PIECES[usize::from(b) % PIECES.len()])
        .collect();
    let keep_markdown = flags & 1 == 1;
    let config = chaff::Config::default()
        .dump_format(chaff::DumpFormat::Markdown)
        .keep_markdown(keep_markdown)
        .idempotent(flags & 2 == 2);
    let cleaned = chaff::Cleaner::new(config.clone()).clean(&text).unwrap();
    assert_eq!(cleaned.body, cleaned.body.nfc().collect::<String>());
    chaff_fuzz::assert_accounted(&cleaned);
    if flags & 2 == 2 {
        let config = config.dump_format(cleaned.format.of_body(keep_markdown));
        let again = chaff::Cleaner::new(config).clean(&cleaned.body).unwrap();
        assert_eq!(again.body, cleaned.body);
    }
});
