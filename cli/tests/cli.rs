//! The `chaff` binary as a user runs it: files, stdin, batches, JSON,
//! and what it says when an input is bad.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{chaff, close_stdout_after, run, stderr, stdout};

const FIXTURES: [&str; 5] = [
    "000_a92aee010223ab1f",
    "001_ed84a405351de9bd",
    "002_fc220f2e4f6cd485",
    "003_6d7de15331d6a6c1",
    "004_613e997789cd9d8c",
];

/// The repository's root, the parent of this crate's folder.
fn repository() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the CLI crate sits in the repository")
}

fn fixture(name: &str) -> PathBuf {
    repository().join("fixtures").join(format!("{name}.txt"))
}

fn golden(name: &str) -> String {
    let path = repository()
        .join("fixtures")
        .join(format!("{name}.clean.txt"));
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn cleans_a_file() {
    let path = fixture(FIXTURES[2]);
    let out = run(&[path.to_str().unwrap()], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), golden(FIXTURES[2]));
}

#[test]
fn cleans_stdin_with_and_without_dash() {
    let dump = std::fs::read(fixture(FIXTURES[0])).unwrap();
    for args in [&[][..], &["-"][..]] {
        let out = run(args, &dump);
        assert!(out.status.success());
        assert_eq!(stdout(&out), golden(FIXTURES[0]));
    }
}

#[test]
fn title_flag_prints_the_title_first() {
    let path = fixture(FIXTURES[3]);
    let out = run(&["--title", path.to_str().unwrap()], b"");
    assert!(stdout(&out).starts_with("MI6 negotiates Hamas restraint\n\nBritish Intelligence"));
}

#[test]
fn output_dir_writes_one_file_per_input() {
    let dir = tempfile::tempdir().unwrap();
    let a = fixture(FIXTURES[0]);
    let b = fixture(FIXTURES[4]);
    let out = run(
        &[
            "-o",
            dir.path().to_str().unwrap(),
            a.to_str().unwrap(),
            b.to_str().unwrap(),
        ],
        b"",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    // Each output keeps its input's path below the directory.
    for name in [FIXTURES[0], FIXTURES[4]] {
        let input = fixture(name);
        let below = input.strip_prefix("/").unwrap_or(&input);
        let written = std::fs::read_to_string(dir.path().join(below)).unwrap();
        assert_eq!(written, golden(name));
    }
}

#[test]
fn json_output_parses_back_and_accounts_for_every_block() {
    for name in FIXTURES {
        let path = fixture(name);
        let out = run(&["--format", "json", path.to_str().unwrap()], b"");
        assert!(out.status.success());
        let value: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
        assert_eq!(
            format!("{}\n", value["body"].as_str().unwrap()),
            golden(name)
        );
        assert_eq!(value["input"], path.to_str().unwrap());
        // The fixtures are DOM-walk text: read as plain, in English.
        assert_eq!(value["format"], "plain", "{name}");
        assert_eq!(value["language"], "en", "{name}");
        assert_eq!(value["page_kind"], "article", "{name}");

        let dump = std::fs::read_to_string(&path).unwrap();
        let non_blank: Vec<u64> = dump
            .split('\n')
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .map(|(i, _)| i as u64 + 1)
            .collect();
        let mut covered = Vec::new();
        for block in value["blocks"].as_array().unwrap() {
            let (first, last) = (
                block["lines"]["first"].as_u64().unwrap(),
                block["lines"]["last"].as_u64().unwrap(),
            );
            covered.extend((first..=last).filter(|n| non_blank.contains(n)));
        }
        assert_eq!(
            covered, non_blank,
            "{name}: every non-blank line exactly once, in order"
        );
        let removed = value["blocks"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|b| b["fate"] == "removed")
            .count();
        assert_eq!(
            removed,
            value["removals"].as_array().unwrap().len(),
            "{name}"
        );
        for removal in value["removals"].as_array().unwrap() {
            assert!(removal["kind"].is_string() && removal["rule"].is_string());
        }
    }
}

#[test]
fn explain_names_kind_and_rule() {
    let path = fixture(FIXTURES[0]);
    let out = run(&["--explain", path.to_str().unwrap()], b"");
    let text = stdout(&out);
    assert!(text
        .lines()
        .any(|l| l.contains("author-bio") && l.contains("Avi Issacharoff,")));
    assert!(text
        .lines()
        .any(|l| l.contains("duplicate") && l.contains("repeated-caption")));
    assert!(text.ends_with("6 removed; kept 19 paragraphs; page kind: article\n"));
}

#[test]
fn keep_and_drop_override_kinds() {
    let path = fixture(FIXTURES[2]);
    let out = run(&["--keep", "related,share", path.to_str().unwrap()], b"");
    let text = stdout(&out);
    assert!(text.contains("Read also: Italy") && text.contains("\nFacebook\n"));
    let out = run(
        &["--keep", "all", "--drop", "share", path.to_str().unwrap()],
        b"",
    );
    let text = stdout(&out);
    assert!(text.contains("Leave a Reply") && !text.contains("Pinterest"));
    let out = run(&["--keep", "sidebar", path.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("unknown kind of chrome `sidebar`"));
}

#[test]
fn keep_captions_keeps_one_copy() {
    let path = fixture(FIXTURES[0]);
    let out = run(&["--keep-captions", path.to_str().unwrap()], b"");
    assert_eq!(
        stdout(&out)
            .matches("Former Hamas prime minister in Gaza")
            .count(),
        1
    );
}

#[test]
fn jsonl_cleans_in_order_and_reports_bad_records() {
    let dump = std::fs::read_to_string(fixture(FIXTURES[1])).unwrap();
    let good = format!(
        "{{\"id\":1,\"text\":{},\"lang\":\"en\"}}",
        serde_json::to_string(&dump).unwrap()
    );
    let input = format!("{good}\nnot json\n{{\"id\":3}}\n{{\"id\":4,\"text\":[1]}}\n{good}\n");
    let out = run(&["--jsonl"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    let lines_owned: Vec<String> = text.lines().map(String::from).collect();
    assert_eq!(lines_owned.len(), 5);
    for i in [0, 4] {
        let record: serde_json::Value = serde_json::from_str(&lines_owned[i]).unwrap();
        assert_eq!(
            format!("{}\n", record["text"].as_str().unwrap()),
            golden(FIXTURES[1])
        );
        assert_eq!(record["lang"], "en");
        assert!(
            lines_owned[i].starts_with("{\"id\":1,\"text\":"),
            "field order kept"
        );
    }
    assert_eq!(lines_owned[1], "not json");
    assert_eq!(lines_owned[2], "{\"id\":3}");
    assert_eq!(lines_owned[3], "{\"id\":4,\"text\":[1]}");
    let err = stderr(&out);
    assert!(err.contains("line 2: not a JSON object"), "{err}");
    assert!(err.contains("line 3: no field `text`"), "{err}");
    assert!(
        err.contains("line 4: field `text` is not a string"),
        "{err}"
    );
}

#[test]
fn jsonl_other_field_and_invalid_utf8_record() {
    let mut input =
        b"{\"body\":\"Kept paragraph of the story.\\n\\nShare:\"}\n{\"body\":\"bad \xff byte\"}\n"
            .to_vec();
    input.extend_from_slice(b"{\"body\":\"x\"");
    let out = run(&["--jsonl", "--field", "body"], &input);
    assert_eq!(out.status.code(), Some(1));
    let lines: Vec<&[u8]> = out.stdout.split(|&b| b == b'\n').collect();
    assert_eq!(lines[0], b"{\"body\":\"Kept paragraph of the story.\"}");
    assert_eq!(lines[1], b"{\"body\":\"bad \xff byte\"}");
    assert_eq!(lines[2], b"{\"body\":\"x\"");
    let err = stderr(&out);
    assert!(
        err.contains("line 2: invalid UTF-8 at byte offset 13"),
        "{err}"
    );
    assert!(err.contains("line 3: not a JSON object"), "{err}");
}

#[test]
fn markdown_dumps_come_out_plain_or_as_markdown() {
    let dump = "* [Home](https://x.test/)\n* [News](https://x.test/news)\n\n# Council delays budget vote\n\nThe council met on **Tuesday** to discuss the [new budget](https://x.test/b), which has been delayed for several months by rows over road repairs.\n\nSeveral members said the plan would raise local taxes, while others argued that the town could not afford to wait any longer.\n\n![A road](https://x.test/road.jpg)\n";
    let out = run(&["--title"], dump.as_bytes());
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.starts_with("Council delays budget vote\n\nThe council met on Tuesday to discuss the new budget, which"), "{text}");
    assert!(!text.contains("https://") && !text.contains("Home"));
    let out = run(&["--markdown"], dump.as_bytes());
    assert!(stdout(&out).starts_with(
        "The council met on **Tuesday** to discuss the [new budget](https://x.test/b)"
    ));
    let out = run(&["--input-format", "plain"], dump.as_bytes());
    assert!(stdout(&out).contains("[new budget](https://x.test/b)"));
    let out = run(&["--format", "json"], dump.as_bytes());
    let value: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(value["format"], "markdown");
}

#[test]
fn idempotent_output_is_its_own_cleaning() {
    // One pass keeps the question under the headline; cleaned again
    // alone, it reads as a headline. `--idempotent` takes it out at once.
    let dump = "Council delays budget vote\n\nWhy was the vote delayed?\n\nThe council met on Tuesday evening to discuss the new budget, which has been delayed for months because of a dispute over road repairs.\n";
    let once = stdout(&run(&[], dump.as_bytes()));
    assert!(once.starts_with("Why was the vote delayed?"), "{once}");
    assert_ne!(stdout(&run(&[], once.as_bytes())), once);
    let settled = stdout(&run(&["--idempotent"], dump.as_bytes()));
    assert!(settled.starts_with("The council met"), "{settled}");
    assert_eq!(stdout(&run(&["--idempotent"], settled.as_bytes())), settled);
    let explained = stdout(&run(&["--idempotent", "--explain"], dump.as_bytes()));
    assert!(
        explained.contains("navigation    headline")
            && explained.contains("Why was the vote delayed?"),
        "{explained}"
    );
}

#[test]
fn language_can_be_named() {
    let path = fixture(FIXTURES[2]);
    let out = run(&["--language", "en", path.to_str().unwrap()], b"");
    assert_eq!(stdout(&out), golden(FIXTURES[2]));
    let out = run(&["--language", "xx", path.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("unknown language `xx`"));
}

#[test]
fn page_kind_can_be_named() {
    // The kind named is the kind reported, whatever the page's shape.
    let path = fixture(FIXTURES[2]);
    let out = run(
        &[
            "--page-kind",
            "thread",
            "--format",
            "json",
            path.to_str().unwrap(),
        ],
        b"",
    );
    let value: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(value["page_kind"], "thread");
    let out = run(&["--page-kind", "blog", path.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains(
            "unknown page kind `blog` (known: article, thread, listing, product, documentation, other)"
        ),
        "{}",
        stderr(&out)
    );
}

#[test]
fn missing_file_is_reported_and_the_rest_is_cleaned() {
    let good = fixture(FIXTURES[2]);
    let out = run(&["no-such-file.txt", good.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "chaff: no-such-file.txt: No such file or directory\n"
    );
    assert_eq!(stdout(&out), golden(FIXTURES[2]));
}

/// More files than one batch holds, a missing one among them: each
/// worker count (one runs them in turn on the calling thread, two in a
/// pool) prints every golden output in input order and names the missing
/// file.
#[test]
fn many_files_come_out_in_order_on_one_thread_or_more() {
    let mut args = Vec::new();
    let mut expected = String::new();
    for round in 0..3 {
        for name in FIXTURES {
            args.push(fixture(name).to_str().unwrap().to_string());
            expected += &golden(name);
        }
        if round == 1 {
            args.push("no-such-file.txt".to_string());
        }
    }
    for jobs in ["1", "2"] {
        let mut full = vec!["-j".to_string(), jobs.to_string()];
        full.extend(args.iter().cloned());
        let full: Vec<&str> = full.iter().map(String::as_str).collect();
        let out = run(&full, b"");
        assert_eq!(out.status.code(), Some(1), "-j {jobs}");
        assert_eq!(
            stderr(&out),
            "chaff: no-such-file.txt: No such file or directory\n"
        );
        assert_eq!(stdout(&out), expected, "-j {jobs}");
    }
}

#[test]
fn directory_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(&[dir.path().to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).ends_with(": is a directory\n"));
}

/// The command that runs `chaff` where file permissions hold: as it is,
/// or, for root (whom they do not bind), as `nobody` through `setpriv`.
/// `None` when root has no `setpriv`.
fn chaff_bound_by_permissions() -> Option<Command> {
    let uid = Command::new("id").arg("-u").output().ok()?;
    if String::from_utf8_lossy(&uid.stdout).trim() != "0" {
        return Some(chaff());
    }
    let as_nobody = || {
        let mut cmd = Command::new("setpriv");
        cmd.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(env!("CARGO_BIN_EXE_chaff"));
        cmd
    };
    as_nobody()
        .arg("--version")
        .output()
        .ok()
        .filter(|o| o.status.success())?;
    Some(as_nobody())
}

#[test]
fn unreadable_file_is_reported_and_the_rest_is_cleaned() {
    use std::os::unix::fs::PermissionsExt;
    let Some(mut cmd) = chaff_bound_by_permissions() else {
        eprintln!("running as root without setpriv; skipping");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let locked = dir.path().join("locked.txt");
    std::fs::write(&locked, "A line nobody may read.\n").unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let good = dir.path().join("good.txt");
    std::fs::copy(fixture(FIXTURES[2]), &good).unwrap();
    std::fs::set_permissions(&good, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = cmd.arg(&locked).arg(&good).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        format!("chaff: {}: Permission denied\n", locked.display())
    );
    assert_eq!(stdout(&out), golden(FIXTURES[2]));
}

#[test]
fn invalid_utf8_names_the_offset_and_lossy_cleans_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.txt");
    std::fs::write(
        &path,
        b"A paragraph of the story that ends well.\n\nBad \xfe here.\n",
    )
    .unwrap();
    let out = run(&[path.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.starts_with(&format!(
            "chaff: {}: invalid UTF-8 at byte offset 46",
            path.display()
        )),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1);
    let out = run(&["--lossy", path.to_str().unwrap()], b"");
    assert!(out.status.success());
    assert!(stdout(&out).contains("Bad \u{FFFD} here."));
}

#[test]
fn too_large_input_is_refused_by_name() {
    let path = fixture(FIXTURES[0]);
    let out = run(&["--max-bytes", "100", path.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("over the limit of 100 bytes"));
}

#[test]
fn closed_stdout_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.txt");
    let dump = std::fs::read_to_string(fixture(FIXTURES[4])).unwrap();
    std::fs::write(&big, dump.repeat(50)).unwrap();
    let paths: Vec<&str> = (0..40).map(|_| big.to_str().unwrap()).collect();
    let out = close_stdout_after(&paths, 16);
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(!err.contains("panicked"), "{err}");
    assert!(err.is_empty(), "{err}");
}

#[test]
fn help_version_and_rule_list() {
    let out = run(&["--help"], b"");
    let help = stdout(&out);
    for needle in ["--jsonl", "--explain", "--keep <KIND>", "Examples:"] {
        assert!(help.contains(needle), "{needle}");
    }
    let out = run(&["--version"], b"");
    assert_eq!(
        stdout(&out),
        format!("chaff {}\n", env!("CARGO_PKG_VERSION"))
    );
    let out = run(&["--list-rules"], b"");
    assert!(stdout(&out).lines().any(|l| l.starts_with("pull-quote")));
}

#[test]
fn a_fifo_is_read_like_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("dump.fifo");
    let made = Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("mkfifo is not available; skipping");
        return;
    }
    let dump = std::fs::read(fixture(FIXTURES[2])).unwrap();
    let path = fifo.clone();
    let writer = std::thread::spawn(move || std::fs::write(path, dump));
    let out = run(&[fifo.to_str().unwrap()], b"");
    writer.join().unwrap().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), golden(FIXTURES[2]));
}

#[test]
fn jsonl_with_a_fifty_megabyte_record_keeps_the_lines_in_step() {
    let paragraph = "The council met on Tuesday evening to discuss the new budget, which has been delayed for months. ";
    let big = paragraph.repeat(50_000_000 / paragraph.len());
    let records = [
        serde_json::json!({"text": "Kept paragraph of the story.\n\nShare:"}).to_string(),
        serde_json::json!({"text": big}).to_string(),
        "{\"text\": 7}".to_string(),
        serde_json::json!({"text": "Another kept paragraph.\n\nFacebook"}).to_string(),
    ];
    let input = records.join("\n") + "\n";
    let out = run(&["--jsonl"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    let lines: Vec<&str> = std::str::from_utf8(&out.stdout).unwrap().lines().collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0], "{\"text\":\"Kept paragraph of the story.\"}");
    let cleaned: serde_json::Value = serde_json::from_str(lines[1]).unwrap();
    assert_eq!(cleaned["text"].as_str().unwrap(), big.trim_end());
    assert_eq!(lines[2], "{\"text\": 7}");
    assert_eq!(lines[3], "{\"text\":\"Another kept paragraph.\"}");
    assert!(stderr(&out).contains("line 3: field `text` is not a string"));
}

#[test]
fn jsonl_meta_and_drop_empty_for_corpus_pipelines() {
    let input = concat!(
        "{\"id\":1,\"text\":\"Council delays budget vote\\n\\nThe council met on Tuesday evening to discuss the new budget, which has been delayed.\\n\\nShare:\\nFacebook\"}\n",
        "{\"id\":2,\"text\":\"Share:\\nFacebook\"}\n",
    );
    let out = run(
        &["--jsonl", "--meta", "--meta-prefix", "m_", "--drop-empty"],
        input.as_bytes(),
    );
    assert!(out.status.success());
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 1);
    let record: serde_json::Value = serde_json::from_str(lines[0]).unwrap();
    assert_eq!(record["id"], 1);
    assert_eq!(record["m_title"], "Council delays budget vote");
    assert_eq!(record["m_removed"]["share"], 2);
    assert!(String::from_utf8_lossy(&out.stderr).contains("left out 1 record"));
    for option in ["--meta", "--drop-empty", "--id-field=id", "--min-words=3"] {
        let out = run(&[option, "-"], b"text");
        assert_eq!(out.status.code(), Some(2), "{option}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("needs --jsonl"));
    }
}

#[test]
fn directories_and_file_lists_in_bulk() {
    let dir = tempfile::tempdir().unwrap();
    let tree = dir.path().join("dumps");
    std::fs::create_dir_all(tree.join("b")).unwrap();
    std::fs::copy(fixture(FIXTURES[0]), tree.join("a.txt")).unwrap();
    std::fs::copy(fixture(FIXTURES[1]), tree.join("b").join("c.txt")).unwrap();
    let both = format!("{}{}", golden(FIXTURES[0]), golden(FIXTURES[1]));
    // A directory is refused without -r, walked in path order with it.
    let out = run(&[tree.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("is a directory"));
    let out = run(&["-r", tree.to_str().unwrap()], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), both);
    // The same list read from a file, and NUL-terminated from stdin; the
    // progress bar stays off when stderr is not a terminal.
    let list = dir.path().join("list.txt");
    let a = tree.join("a.txt");
    let c = tree.join("b").join("c.txt");
    std::fs::write(&list, format!("{}\n{}\n", a.display(), c.display())).unwrap();
    let out = run(&["--files-from", list.to_str().unwrap()], b"");
    assert_eq!((stdout(&out), stderr(&out)), (both.clone(), String::new()));
    let nul = format!("{}\0{}\0", a.display(), c.display());
    let out = run(&["--files-from", "-", "-0"], nul.as_bytes());
    assert_eq!(stdout(&out), both);
    let out = run(
        &["--files-from", dir.path().join("none").to_str().unwrap()],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).starts_with("chaff: --files-from "));
}

#[test]
fn jsonl_answers_each_record_before_the_next_comes() {
    use std::io::{BufRead, BufReader, Write};
    use std::process::Stdio;
    use std::sync::mpsc;
    use std::time::Duration;
    // A co-process: send one record, wait for its answer, send the next.
    let mut child = chaff()
        .args(["--jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let (answers, received) = mpsc::channel();
    let stdout = BufReader::new(child.stdout.take().unwrap());
    std::thread::spawn(move || {
        for line in stdout.lines() {
            let _ = answers.send(line.unwrap());
        }
    });
    for id in 0..3 {
        writeln!(stdin, "{{\"id\":{id},\"text\":\"Body {id}.\\n\\nShare:\"}}").unwrap();
        stdin.flush().unwrap();
        let answer = received
            .recv_timeout(Duration::from_secs(30))
            .expect("an answer while the writer waits");
        assert_eq!(answer, format!("{{\"id\":{id},\"text\":\"Body {id}.\"}}"));
    }
    drop(stdin);
    assert!(child.wait().unwrap().success());
}
