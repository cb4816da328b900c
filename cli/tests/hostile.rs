//! The `chaff` binary against a hostile user: inputs and options built to
//! crash it, hang it, make it lose output or break its promises. Each test
//! names the item of issue 10 it keeps fixed; the library's own cases sit
//! beside the code they exercise (markdown.rs, normalize.rs,
//! rules/duplicate.rs, lib.rs, the CLI's jsonl.rs and json_record.rs).

mod common;

use std::path::Path;
use std::process::Output;

use common::{chaff, close_stdout_after, run, run_in, stderr, stdout};

/// No Rust panic: exit code 101 and a `panicked` message.
fn assert_no_panic(o: &Output) {
    assert_ne!(o.status.code(), Some(101), "{}", stderr(o));
    assert!(!stderr(o).contains("panicked"), "{}", stderr(o));
}

const STORY: &str = "The council met on Tuesday evening to discuss the new budget, which has been delayed for months.";

fn record(text: &str) -> String {
    serde_json::json!({ "text": text }).to_string()
}

// Item 1: one record of nested links killed the whole stream.
#[test]
fn nested_markdown_links_do_not_abort_the_stream() {
    let n = 40_000;
    let nested = format!(
        "# A\n\n## B\n\n## C\n\n{}a{}",
        "[".repeat(n),
        "](b)".repeat(n)
    );
    let input = format!(
        "{}\n{}\n{}\n",
        record(STORY),
        record(&nested),
        record(STORY)
    );
    let out = run(&["--jsonl"], input.as_bytes());
    assert_no_panic(&out);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).lines().count(), 3);
    let file = format!(
        "# A\n\n## B\n\n## C\n\n{}a{}\n",
        "[".repeat(200_000),
        "](b)".repeat(200_000)
    );
    let out = run(&["-"], file.as_bytes());
    assert_no_panic(&out);
    assert!(out.status.success());
}

// Item 3: the size limit stops reading at limit + 1 bytes.
#[test]
fn the_size_limit_stops_reading() {
    let out = run(&["--max-bytes", "1000", "/dev/zero"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "chaff: /dev/zero: input is over the limit of 1000 bytes\n"
    );
    // Standard input: chaff stops after 11 bytes of the 64 MB offered.
    let out = run(&["--max-bytes", "10", "-"], &vec![b'a'; 64 << 20]);
    assert_eq!(
        stderr(&out),
        "chaff: <stdin>: input is over the limit of 10 bytes\n"
    );
    // A file's size is known before reading it.
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.txt");
    std::fs::write(&big, "a".repeat(2000)).unwrap();
    let out = run(&["--max-bytes", "1000", big.to_str().unwrap()], b"");
    assert!(
        stderr(&out).ends_with("big.txt: input is 2000 bytes, over the limit of 1000 bytes\n"),
        "{}",
        stderr(&out)
    );
}

// Item 3: in --jsonl the limit is on the whole record, and a line over it
// comes back unchanged without being held in memory.
#[test]
fn jsonl_limit_is_on_the_whole_record() {
    let padded = format!("{{\"text\":\"{STORY}\",\"pad\":\"{}\"}}", "x".repeat(5000));
    let long_line = "y".repeat(3 << 20);
    let input = format!("{padded}\n{}\n{long_line}\n", record(STORY));
    let out = run(&["--jsonl", "--max-bytes", "1000"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out), input);
    let err = stderr(&out);
    assert!(
        err.contains("line 1: record is 5116 bytes, over the limit of 1000 bytes"),
        "{err}"
    );
    assert!(err.contains("line 3: record is 3145728 bytes"), "{err}");
    assert!(!err.contains("line 2"), "{err}");
}

// Item 5: -o DIR never overwrites an output or an input.
#[test]
fn output_dir_keeps_relative_paths_and_refuses_collisions() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    for (path, text) in [
        ("d1/same.txt", "First story. It is a story."),
        ("d2/same.txt", "Second story. It is a story."),
        ("x.txt", "Plain story."),
        ("x.md", "Markdown story."),
    ] {
        std::fs::create_dir_all(root.join(path).parent().unwrap()).unwrap();
        std::fs::write(root.join(path), text).unwrap();
    }
    let out = run_in(
        Some(root),
        &["-o", "out", "d1/same.txt", "d2/same.txt"],
        b"",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_to_string(root.join("out/d1/same.txt")).unwrap(),
        "First story. It is a story.\n"
    );
    assert_eq!(
        std::fs::read_to_string(root.join("out/d2/same.txt")).unwrap(),
        "Second story. It is a story.\n"
    );
    // Two inputs with one output name: the first is written, the second
    // refused with a message, and the exit code says so.
    let out = run_in(
        Some(root),
        &["--format", "json", "-o", "js", "x.txt", "x.md"],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "chaff: x.md: not written: its output js/x.json is the output of x.txt already\n"
    );
    let json = std::fs::read_to_string(root.join("js/x.json")).unwrap();
    assert!(json.contains("\"input\":\"x.txt\""), "{json}");
    // Standard input twice, and `../` that would climb out of DIR.
    let out = run_in(
        Some(&root.join("d1")),
        &["-o", "../st", "-", "-", "../x.txt"],
        b"Story text.",
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "chaff: <stdin>: not written: its output ../st/stdin.txt is the output of <stdin> already\n"
    );
    assert!(root.join("st/stdin.txt").exists() && root.join("st/x.txt").exists());
    // An output that is its own input.
    let out = run_in(Some(root), &["-o", ".", "x.txt"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "chaff: x.txt: not written: its output ./x.txt is an input\n"
    );
    assert_eq!(
        std::fs::read_to_string(root.join("x.txt")).unwrap(),
        "Plain story."
    );
}

// Item 5: names that are not UTF-8 keep their bytes, so two such names
// are two outputs.
#[cfg(unix)]
#[test]
fn non_utf8_names_stay_apart() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let a = OsStr::from_bytes(b"a\xff.txt");
    let b = OsStr::from_bytes(b"a\xfe.txt");
    std::fs::write(dir.path().join(a), "Story one.").unwrap();
    std::fs::write(dir.path().join(b), "Story two.").unwrap();
    let status = chaff()
        .current_dir(dir.path())
        .arg("-o")
        .arg("out")
        .arg(a)
        .arg(b)
        .status()
        .unwrap();
    assert!(status.success());
    let out = dir.path().join("out");
    assert_eq!(std::fs::read(out.join(a)).unwrap(), b"Story one.\n");
    assert_eq!(std::fs::read(out.join(b)).unwrap(), b"Story two.\n");
}

// Item 10: a failed write is an error message, never a panic.
#[test]
fn write_errors_are_reported_not_panics() {
    if !Path::new("/dev/full").exists() {
        return;
    }
    let full = || {
        std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap()
    };
    let out = chaff().arg("--list-rules").stdout(full()).output().unwrap();
    assert_no_panic(&out);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr(&out), "chaff: stdout: No space left on device\n");
    let out = chaff().arg("missing.txt").stderr(full()).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
}

// Item 10: a reader that goes away after one line ends the run quietly.
#[test]
fn a_closed_pipe_ends_quietly() {
    for _ in 0..10 {
        let out = close_stdout_after(&["--list-rules"], 1);
        assert_no_panic(&out);
        assert!(out.status.success(), "{}", stderr(&out));
    }
}

// Item 12: every byte outside the cleaned value comes back as it was.
#[test]
fn jsonl_records_come_back_byte_for_byte() {
    let story = format!("{STORY}\\n\\nShare:");
    let input = format!(
        "{{ \"n\": 1E400, \"m\":1e5, \"s\":\"\\u00e9\\/\", \"text\" : \"{story}\", \"n\" : -0.0 }}\r\n"
    );
    let out = run(&["--jsonl"], input.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), input.replace(&story, STORY));
    // A bad record keeps its CR too.
    let out = run(&["--jsonl"], b"{\"text\": 1}\r\n");
    assert_eq!(out.stdout, b"{\"text\": 1}\r\n");
}

// Item 13: --lossy works in --jsonl; lone surrogates, deep nesting and a
// BOM are read as the JSON they are.
#[test]
fn jsonl_reads_what_json_allows() {
    let surrogate = format!("{{\"text\":\"{STORY} \\ud800\"}}\n");
    let out = run(&["--jsonl"], surrogate.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("line 1: lone surrogate `\\ud800` at byte"),
        "{}",
        stderr(&out)
    );
    let out = run(&["--jsonl", "--lossy"], surrogate.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("months. \u{FFFD}\""));
    let mut bad_byte = format!("{{\"text\":\"{STORY} ").into_bytes();
    bad_byte.extend_from_slice(b"\xff\"}\n");
    let out = run(&["--jsonl", "--lossy"], &bad_byte);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("months. \u{FFFD}\""));
    let deep = format!(
        "\u{FEFF}{{\"meta\":{}{}, \"text\":\"{STORY}\"}}\n",
        "[".repeat(5000),
        "]".repeat(5000)
    );
    let out = run(&["--jsonl"], deep.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), deep);
}

// Item 14: options that did nothing, or too much.
#[test]
fn options_that_cannot_apply_are_refused() {
    for args in [&["--field", "x"][..], &["--field", "x", "-"]] {
        let out = run(args, STORY.as_bytes());
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).contains("--jsonl"), "{}", stderr(&out));
    }
    let out = run(&["--jsonl", "--format", "json"], b"");
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["--explain", "--format", "json", "-"], b"");
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["-j", "0", "-"], b"");
    assert_eq!(out.status.code(), Some(2));
}

// Issue 11, item 1: a rule that other rules read cannot be switched off
// alone; its readers first, and then it can.
#[test]
fn a_rule_that_others_read_is_not_switched_off_alone() {
    let out = run(
        &["--disable-rule", "comments-header", "-"],
        STORY.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "chaff: rule `comments-header` cannot be switched off alone: outside-article, tail-section read its results (switch them off first)\n"
    );
    let out = run(
        &[
            "--disable-rule",
            "outside-article,tail-section,comments-header",
            "-",
        ],
        STORY.as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let out = run(&["--list-rules"], b"");
    assert!(stdout(&out).contains(
        "removes as: comments, comment-form, appeal; reads: comments-header, comment-form, appeal"
    ));
}

// Item 14: -j 20000 on one file starts one thread, not 20,000.
#[test]
fn threads_are_capped() {
    let out = run(&["-j", "20000", "-"], STORY.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), format!("{STORY}\n"));
}

// Item 14: -o on a file says so; a file name with a line break gives a
// one-line message.
#[test]
fn messages_say_what_is_wrong_on_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plain");
    std::fs::write(&file, "x").unwrap();
    let out = run(&["-o", file.to_str().unwrap(), "-"], STORY.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).ends_with("plain: not a directory\n"),
        "{}",
        stderr(&out)
    );
    // The JSON result names the input as it is: JSON escapes the line
    // break itself, and the quoting is for messages only.
    let named = dir.path().join("two\nlines.txt");
    std::fs::write(&named, STORY).unwrap();
    let out = run(&["--format", "json", named.to_str().unwrap()], b"");
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(value["input"], named.to_str().unwrap());
    let out = run(&["no\nsuch.txt"], b"");
    assert_eq!(
        stderr(&out),
        "chaff: \"no\\nsuch.txt\": No such file or directory\n"
    );
}
