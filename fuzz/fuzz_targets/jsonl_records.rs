//! Any bytes as a JSON Lines stream through the CLI's `--jsonl` code:
//! never a panic, and exactly one output line per input line.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../src/bin/chaff/report.rs"]
#[allow(dead_code)]
mod report;

#[path = "../../src/bin/chaff/jsonl.rs"]
mod jsonl;

fuzz_target!(|data: &[u8]| {
    let cleaner = chaff::Cleaner::default();
    let mut out = Vec::new();
    jsonl::run(&cleaner, "text", data, &mut out).unwrap();
    let lines_in = if data.is_empty() {
        0
    } else {
        data.split(|&b| b == b'\n').count() - usize::from(data.ends_with(b"\n"))
    };
    let lines_out = out.split(|&b| b == b'\n').count() - 1;
    assert_eq!(lines_in, lines_out);
});
