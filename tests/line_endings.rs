//! Windows and old-Mac line endings, a byte-order mark, NUL bytes and a
//! last line without its newline change nothing: every fixture cleans to
//! the same body, title and removals as its plain LF form.

use chaff::Cleaned;

fn fixtures() -> Vec<(String, String)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
    let mut dumps: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| !p.to_string_lossy().ends_with(".clean.txt"))
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            (p.display().to_string(), text)
        })
        .collect();
    dumps.sort();
    assert_eq!(dumps.len(), 5);
    dumps
}

fn summary(cleaned: &Cleaned) -> (String, Option<String>, Vec<(chaff::Kind, String)>) {
    (
        cleaned.body.clone(),
        cleaned.title.clone(),
        cleaned
            .removals
            .iter()
            .map(|r| (r.kind, r.text.clone()))
            .collect(),
    )
}

/// Every variant of each fixture must clean like the fixture itself.
fn assert_same_as_lf(variant: impl Fn(&str) -> String, what: &str) {
    for (name, lf) in fixtures() {
        let expected = summary(&chaff::clean(&lf).unwrap());
        let got = summary(&chaff::clean(&variant(&lf)).unwrap());
        assert_eq!(got, expected, "{what}: {name}");
    }
}

#[test]
fn crlf_line_endings() {
    assert_same_as_lf(|t| t.replace('\n', "\r\n"), "CRLF");
}

#[test]
fn cr_only_line_endings() {
    assert_same_as_lf(|t| t.replace('\n', "\r"), "CR");
}

#[test]
fn mixed_line_endings() {
    assert_same_as_lf(
        |t| {
            t.split('\n')
                .enumerate()
                .map(|(i, line)| {
                    // A lone CR is never followed by an LF ending, which
                    // would make the pair one CRLF.
                    let end = ["\r\n", "\n", "\r"][i % 3];
                    format!("{line}{end}")
                })
                .collect()
        },
        "mixed",
    );
}

#[test]
fn byte_order_mark() {
    assert_same_as_lf(|t| format!("\u{FEFF}{t}"), "BOM");
}

#[test]
fn nul_bytes() {
    assert_same_as_lf(|t| t.replace(". ", ".\0 ").replace('\n', "\0\n"), "NUL");
}

#[test]
fn last_line_without_newline() {
    assert_same_as_lf(|t| t.trim_end_matches('\n').to_string(), "no final newline");
}

#[test]
fn byte_api_reads_crlf_like_the_str_api() {
    for (name, lf) in fixtures() {
        let crlf = lf.replace('\n', "\r\n");
        let from_bytes = chaff::Cleaner::default()
            .clean_bytes(crlf.as_bytes())
            .unwrap();
        assert_eq!(from_bytes.body, chaff::clean(&lf).unwrap().body, "{name}");
    }
}
