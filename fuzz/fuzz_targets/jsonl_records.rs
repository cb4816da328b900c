//! Any bytes as a JSON Lines stream through the CLI's `--jsonl` code,
//! strict or lossy (the first byte says which). Checks: never a panic;
//! exactly one output line per input line; and a line that changed kept
//! every byte outside the cleaned field's value.
#![no_main]

use libfuzzer_sys::fuzz_target;

use chaff_cli::{json_record, jsonl};

fuzz_target!(|data: &[u8]| {
    let Some((&flags, data)) = data.split_first() else {
        return;
    };
    let lossy = flags & 1 == 1;
    // With --meta, the fields added go before the record's closing brace.
    let meta = flags & 2 == 2;
    let cleaner = chaff::Cleaner::new(chaff::Config::default().max_input_bytes(4096));
    let options = jsonl::Options {
        field: "text".to_string(),
        lossy,
        meta: meta.then(String::new),
        min_words: 0,
        id_field: Some("id".to_string()),
        progress: false,
    };
    let mut out = Vec::new();
    jsonl::run(&cleaner, &options, data, &mut out).unwrap();
    let lines_in: Vec<&[u8]> = if data.is_empty() {
        Vec::new()
    } else {
        let mut lines: Vec<&[u8]> = data.split(|&b| b == b'\n').collect();
        if data.ends_with(b"\n") {
            lines.pop();
        }
        lines
    };
    let mut lines_out: Vec<&[u8]> = out.split(|&b| b == b'\n').collect();
    lines_out.pop();
    assert_eq!(lines_in.len(), lines_out.len());
    for (i, (before, after)) in lines_in.iter().zip(&lines_out).enumerate() {
        if before == after {
            continue;
        }
        let skip = if i == 0 && before.starts_with(b"\xEF\xBB\xBF") {
            3
        } else {
            0
        };
        let found = json_record::find_string_field(&before[skip..], "text", lossy)
            .expect("a changed line had a field to clean");
        let (start, end) = (found.span.start + skip, found.span.end + skip);
        assert!(after.starts_with(&before[..start]));
        if meta {
            let close = before.iter().rposition(|b| !b.is_ascii_whitespace()).unwrap();
            assert!(after.ends_with(&before[close..]));
        } else {
            assert!(after.ends_with(&before[end..]));
        }
    }
});
