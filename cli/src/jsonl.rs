//! `--jsonl`: clean one field of every record of a JSON Lines stream.
//!
//! Records are read in batches, cleaned in parallel and written back in
//! input order, so output line N is always input line N and memory is
//! bounded by two batches, not the stream. While the worker threads clean
//! one batch, this thread writes the batch before it and reads the one
//! after, so that reading and writing do not leave the workers idle. A
//! batch ends where the input has nothing more to give at once, and when
//! reading on would wait, the batch is written (and flushed) first: a
//! program that sends a record and waits for its answer gets it, so chaff
//! works as a long-lived co-process.
//!
//! A record comes back byte for byte as it came but for the cleaned
//! field's value ([`crate::json_record`]). A record that cannot be cleaned
//! (not a JSON object, no such field, not a string, invalid UTF-8, over
//! `--max-bytes`) is reported on stderr with its line number and written
//! back unchanged; a line over the limit is never held in memory whole,
//! but kept in a temporary file until its turn to be written.
//!
//! For corpus pipelines, `--meta` adds the title, byline, standfirst,
//! language, page kind and the count of removed blocks per kind to each record,
//! `--drop-empty` and `--min-words` leave out records whose body ends up
//! empty or short (then output line N is no longer input line N; the count
//! goes to stderr), and `--id-field` makes a bad record's message name its
//! id as well as its line.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Seek, Write};

use chaff::Cleaner;
use rayon::prelude::*;

use crate::json_record::find_string_field;
use crate::report::{Status, LOSSY_HINT};

/// Most records in one batch.
const BATCH_RECORDS: usize = 1024;
/// Most bytes in one batch (a batch always holds at least one record).
const BATCH_BYTES: usize = 32 << 20;
/// The input's read buffer: a batch ends where the buffer runs dry.
const READ_BUFFER_BYTES: usize = 1 << 20;

/// The byte-order mark, skipped at the start of the stream.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// How the records are read.
#[derive(Debug, Clone)]
pub struct Options {
    /// The field to clean.
    pub field: String,
    /// Invalid UTF-8 and lone surrogate escapes in the field become
    /// U+FFFD instead of failing the record.
    pub lossy: bool,
    /// Add the metadata to each record, each name after this prefix.
    pub meta: Option<String>,
    /// Leave out records whose body has fewer words than this.
    pub min_words: usize,
    /// The field that identifies a record in messages.
    pub id_field: Option<String>,
    /// Show the records done and the speed on stderr (drawn only when
    /// stderr is a terminal).
    pub progress: bool,
}

/// A record's cleaned form (`None` when it is left out for a short body),
/// or the message saying why it has none.
type Outcome = Result<Option<Vec<u8>>, String>;

/// Cleans the field of every record of `input`, writing records to `out`.
pub fn run(
    cleaner: &Cleaner,
    options: &Options,
    input: impl Read,
    out: &mut impl Write,
) -> io::Result<Status> {
    let mut status = Status::Ok;
    let mut dropped = 0usize;
    let input = BufReader::with_capacity(READ_BUFFER_BYTES, input);
    let mut lines = Batches::new(input, cleaner.config().input_limit());
    let started = std::time::Instant::now();
    let mut current = lines.next_batch()?;
    let mut cleaned: Option<(Vec<Record>, Vec<Outcome>)> = None;
    let progress = progress_counter(options.progress);
    while current.is_some() || cleaned.is_some() {
        if let Some(batch) = &current {
            progress.inc(batch.len() as u64);
            // Read speed is clean speed once the first second is past.
            let seconds = started.elapsed().as_secs_f64();
            if seconds >= 1.0 {
                let mb = lines.bytes_read as f64 / 1e6;
                progress.set_message(format!("{:.1} MB/s", mb / seconds));
            }
        }
        let mut outcomes = Vec::new();
        let (mut next, mut written, mut read) = (Ok(None), Ok(()), false);
        rayon::in_place_scope(|scope| {
            if let Some(batch) = &current {
                scope.spawn(|_| outcomes = clean_batch(cleaner, options, batch));
            }
            if let Some((batch, outcomes)) = cleaned.take() {
                written = write_batch(batch, outcomes, out, &mut status, &mut dropped);
            }
            // Read on only what is there already; what would wait for the
            // writer is read after this batch is out.
            if current.is_some() && lines.has_buffered() {
                next = lines.next_batch();
                read = true;
            }
        });
        written?;
        match current.take() {
            Some(batch) if !read => {
                write_batch(batch, outcomes, out, &mut status, &mut dropped)?;
                current = lines.next_batch()?;
            }
            Some(batch) => {
                cleaned = Some((batch, outcomes));
                current = next?;
            }
            None => current = next?,
        }
    }
    progress.finish_and_clear();
    if dropped > 0 {
        crate::report::say(&format!(
            "left out {dropped} record(s) whose body had fewer than {} word(s)",
            options.min_words
        ));
    }
    Ok(status)
}

/// A counter of the records read, with the speed, on stderr when it is a
/// terminal.
fn progress_counter(shown: bool) -> indicatif::ProgressBar {
    if !shown {
        return indicatif::ProgressBar::hidden();
    }
    let counter =
        indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::stderr());
    if let Ok(style) =
        indicatif::ProgressStyle::with_template("{spinner} {pos} records, {msg}, {elapsed}")
    {
        counter.set_style(style);
    }
    counter
}

fn clean_batch(cleaner: &Cleaner, options: &Options, batch: &[Record]) -> Vec<Outcome> {
    batch
        .par_iter()
        .map(|record| {
            let outcome = match &record.line {
                Line::Held(bytes) => clean_record(cleaner, options, bytes, record.number == 1),
                Line::Spilled { len, .. } => Err(format!(
                    "record is {len} bytes, over the limit of {} bytes",
                    cleaner.config().input_limit()
                )),
            };
            outcome.map_err(|message| {
                let id = match (&options.id_field, &record.line) {
                    (Some(field), Line::Held(bytes)) => record_id(bytes, field),
                    _ => None,
                };
                match id {
                    Some(id) => format!("<stdin>: line {} (id {id}): {message}", record.number),
                    None => format!("<stdin>: line {}: {message}", record.number),
                }
            })
        })
        .collect()
}

/// Writes each record of `batch` cleaned, or as it came when it could not
/// be cleaned, reporting why.
fn write_batch(
    batch: Vec<Record>,
    outcomes: Vec<Outcome>,
    out: &mut impl Write,
    status: &mut Status,
    dropped: &mut usize,
) -> io::Result<()> {
    for (record, outcome) in batch.into_iter().zip(outcomes) {
        match outcome {
            Ok(Some(cleaned)) => out.write_all(&cleaned)?,
            Ok(None) => {
                *dropped += 1;
                continue;
            }
            Err(message) => {
                status.fail(&message);
                match record.line {
                    Line::Held(bytes) => out.write_all(&bytes)?,
                    Line::Spilled { mut file, .. } => {
                        file.rewind()?;
                        io::copy(&mut file, out)?;
                    }
                }
            }
        }
        out.write_all(b"\n")?;
    }
    out.flush()
}

/// The record with its field cleaned, or why it cannot be. Every byte
/// outside the field's value is copied as it came.
fn clean_record(cleaner: &Cleaner, options: &Options, record: &[u8], first: bool) -> Outcome {
    if !options.lossy {
        if let Err(e) = std::str::from_utf8(record) {
            return Err(format!(
                "invalid UTF-8 at byte offset {} of the line ({LOSSY_HINT})",
                e.valid_up_to()
            ));
        }
    }
    if record.iter().all(u8::is_ascii_whitespace) {
        return Ok(Some(record.to_vec()));
    }
    let skip = if first && record.starts_with(BOM) {
        BOM.len()
    } else {
        0
    };
    let found = find_string_field(&record[skip..], &options.field, options.lossy)?;
    let span = found.span.start + skip..found.span.end + skip;
    // The whole record passed the size limit, and the text is shorter.
    let cleaned = cleaner.clean(&found.text).map_err(|e| e.to_string())?;
    if options.min_words > 0
        && cleaned
            .body
            .split_whitespace()
            .nth(options.min_words - 1)
            .is_none()
    {
        return Ok(None);
    }
    // Sized for the cleaned record, not the input's: a batch holds 1,024
    // of them at once.
    let mut out = Vec::with_capacity(record.len() - span.len() + cleaned.body.len() + 2);
    out.extend_from_slice(&record[..span.start]);
    serde_json::to_writer(&mut out, &cleaned.body).map_err(|e| e.to_string())?;
    out.extend_from_slice(&record[span.end..]);
    if let Some(prefix) = &options.meta {
        add_meta(&mut out, prefix, &cleaned)?;
    }
    Ok(Some(out))
}

/// Adds the result's metadata to the record in `out` as fields after its
/// last one: `title`, `byline`, `standfirst`, `language`, `page_kind`
/// (null when not known) and `removed` (the count of removed blocks per kind), each name
/// after `prefix`.
fn add_meta(out: &mut Vec<u8>, prefix: &str, cleaned: &chaff::Cleaned) -> Result<(), String> {
    let close = out
        .iter()
        .rposition(|b| !b.is_ascii_whitespace())
        .filter(|&i| out[i] == b'}')
        .ok_or("not a JSON object")?;
    let tail = out.split_off(close);
    let mut removed = std::collections::BTreeMap::new();
    for removal in &cleaned.removals {
        *removed.entry(removal.kind.name()).or_insert(0usize) += 1;
    }
    let fields = [
        ("title", serde_json::json!(cleaned.title)),
        ("byline", serde_json::json!(cleaned.byline)),
        ("standfirst", serde_json::json!(cleaned.standfirst)),
        (
            "language",
            serde_json::json!(cleaned.language.map(chaff::Language::code)),
        ),
        (
            "page_kind",
            serde_json::json!(cleaned.page_kind.map(chaff::PageKind::name)),
        ),
        ("removed", serde_json::json!(removed)),
    ];
    for (name, value) in fields {
        out.push(b',');
        serde_json::to_writer(&mut *out, &format!("{prefix}{name}")).map_err(|e| e.to_string())?;
        out.push(b':');
        serde_json::to_writer(&mut *out, &value).map_err(|e| e.to_string())?;
    }
    out.extend_from_slice(&tail);
    Ok(())
}

/// The value of the record's `field` as JSON text (`"a12"`, `12`), for a
/// message about a record that could not be cleaned; `None` when the
/// record is not a JSON object with that field.
fn record_id(record: &[u8], field: &str) -> Option<String> {
    let value: serde_json::Value = serde_json::from_slice(record).ok()?;
    value.get(field).map(|id| id.to_string())
}

/// A line of the input with its 1-based number, its newline removed.
struct Record {
    number: usize,
    line: Line,
}

/// A line's bytes: in memory, or, for a line over the size limit, in a
/// temporary file, so that it can be written back without being held.
enum Line {
    Held(Vec<u8>),
    Spilled { file: File, len: u64 },
}

/// Numbered lines of the input, grouped into batches.
struct Batches<R> {
    input: R,
    number: usize,
    /// Bytes of the input read so far.
    bytes_read: usize,
    /// Longest line held in memory.
    limit: usize,
}

impl<R: Read> Batches<BufReader<R>> {
    fn new(input: BufReader<R>, limit: usize) -> Batches<BufReader<R>> {
        Batches {
            input,
            number: 0,
            bytes_read: 0,
            limit,
        }
    }

    /// Whether input is buffered already, so that reading on does not wait.
    fn has_buffered(&self) -> bool {
        !self.input.buffer().is_empty()
    }

    fn next_batch(&mut self) -> io::Result<Option<Vec<Record>>> {
        let mut batch = Vec::new();
        let mut bytes = 0;
        while batch.len() < BATCH_RECORDS && bytes < BATCH_BYTES {
            let Some(line) = self.next_line()? else {
                break;
            };
            self.number += 1;
            if let Line::Held(held) = &line {
                bytes += held.len();
            }
            batch.push(Record {
                number: self.number,
                line,
            });
            // The input has nothing more at once: clean what came.
            if !self.has_buffered() {
                break;
            }
        }
        Ok((!batch.is_empty()).then_some(batch))
    }

    /// The next line, without its `\n`; `None` at the end of the input.
    /// Reading stops holding a line in memory once it is over the limit:
    /// what was read and the rest of the line go to a temporary file.
    fn next_line(&mut self) -> io::Result<Option<Line>> {
        let mut held = Vec::new();
        let mut spill: Option<(File, u64)> = None;
        let mut read_any = false;
        loop {
            let chunk = self.input.fill_buf()?;
            if chunk.is_empty() {
                break;
            }
            read_any = true;
            let (piece, done) = match memchr::memchr(b'\n', chunk) {
                Some(end) => (&chunk[..end], Some(end + 1)),
                None => (chunk, None),
            };
            match &mut spill {
                Some((file, len)) => {
                    file.write_all(piece)?;
                    *len += piece.len() as u64;
                }
                None if held.len() + piece.len() > self.limit => {
                    let mut file = tempfile::tempfile()?;
                    file.write_all(&held)?;
                    file.write_all(piece)?;
                    let len = (held.len() + piece.len()) as u64;
                    held = Vec::new();
                    spill = Some((file, len));
                }
                None => held.extend_from_slice(piece),
            }
            let consumed = done.unwrap_or(piece.len());
            self.bytes_read += consumed;
            self.input.consume(consumed);
            if done.is_some() {
                break;
            }
        }
        Ok(match spill {
            Some((file, len)) => Some(Line::Spilled { file, len }),
            None => read_any.then_some(Line::Held(held)),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_on(input: &[u8], config: chaff::Config, lossy: bool) -> (Vec<u8>, Status) {
        let mut out = Vec::new();
        let options = Options {
            field: "text".to_string(),
            lossy,
            meta: None,
            min_words: 0,
            id_field: None,
            progress: false,
        };
        let status = run(&Cleaner::new(config), &options, input, &mut out).unwrap();
        (out, status)
    }

    fn run_default(input: &str) -> (String, Status) {
        let (out, status) = run_on(input.as_bytes(), chaff::Config::default(), false);
        (String::from_utf8(out).unwrap(), status)
    }

    #[test]
    fn cleans_the_field_and_keeps_the_rest() {
        let (out, status) =
            run_default("{\"id\":7,\"text\":\"Body paragraph here.\\n\\nShare:\",\"x\":1.50}\n");
        assert_eq!(
            out,
            "{\"id\":7,\"text\":\"Body paragraph here.\",\"x\":1.50}\n"
        );
        assert_eq!(status, Status::Ok);
    }

    #[test]
    fn every_byte_outside_the_field_comes_back() {
        // Issue 10, item 12: numbers, escapes, spacing, repeated keys and
        // a CR before the newline were rewritten.
        let record = "{ \"n\" : 1E400, \"m\":1e5,\"s\":\"\\u00e9\\/\", \"text\" : \"Body.\\n\\nShare:\", \"n\":2 }\r";
        let (out, status) = run_default(&format!("{record}\n"));
        assert_eq!(status, Status::Ok);
        assert_eq!(
            out,
            format!("{}\n", record.replace("Body.\\n\\nShare:", "Body."))
        );
    }

    #[test]
    fn bad_records_pass_through_in_place() {
        let input = "not json\n{\"id\":1}\n{\"text\":3}\n{\"text\":\"ok.\"}\n{\"text\":";
        let (out, status) = run_default(input);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(
            lines,
            [
                "not json",
                "{\"id\":1}",
                "{\"text\":3}",
                "{\"text\":\"ok.\"}",
                "{\"text\":"
            ]
        );
        assert_eq!(status, Status::Failed);
    }

    #[test]
    fn a_bom_on_the_first_line_is_read_through_and_kept() {
        let (out, status) = run_default("\u{FEFF}{\"text\":\"Body.\"}\n");
        assert_eq!(
            (out.as_str(), status),
            ("\u{FEFF}{\"text\":\"Body.\"}\n", Status::Ok)
        );
    }

    #[test]
    fn lossy_replaces_bad_bytes_and_lone_surrogates_in_the_field() {
        let input = b"{\"text\":\"Body \xff one.\"}\n{\"text\":\"Body \\ud800 two.\"}\n";
        let (out, status) = run_on(input, chaff::Config::default(), true);
        assert_eq!(status, Status::Ok);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "{\"text\":\"Body \u{FFFD} one.\"}\n{\"text\":\"Body \u{FFFD} two.\"}\n"
        );
        let (out, status) = run_on(input, chaff::Config::default(), false);
        assert_eq!((out, status), (input.to_vec(), Status::Failed));
    }

    #[test]
    fn the_limit_is_on_the_whole_record_and_long_lines_are_not_held() {
        let config = chaff::Config::default().max_input_bytes(40);
        let long_other_field = format!("{{\"text\":\"Body.\",\"x\":\"{}\"}}", "y".repeat(100));
        let input = format!(
            "{long_other_field}\n{{\"text\":\"Body.\"}}\n{}\n",
            "z".repeat(10_000)
        );
        let (out, status) = run_on(input.as_bytes(), config, false);
        assert_eq!(status, Status::Failed);
        assert_eq!(String::from_utf8(out).unwrap(), input);
        let mut lines = Batches::new(BufReader::new(input.as_bytes()), 40);
        let batch = lines.next_batch().unwrap().unwrap();
        let kinds: Vec<Option<u64>> = batch
            .iter()
            .map(|r| match &r.line {
                Line::Held(_) => None,
                Line::Spilled { len, .. } => Some(*len),
            })
            .collect();
        assert_eq!(kinds, [Some(123), None, Some(10_000)]);
    }

    fn run_with(input: &str, options: Options) -> (String, Status) {
        let mut out = Vec::new();
        let cleaner = Cleaner::new(chaff::Config::default());
        let status = run(&cleaner, &options, input.as_bytes(), &mut out).unwrap();
        (String::from_utf8(out).unwrap(), status)
    }

    fn options() -> Options {
        Options {
            field: "text".to_string(),
            lossy: false,
            meta: None,
            min_words: 0,
            id_field: None,
            progress: false,
        }
    }

    #[test]
    fn meta_adds_the_metadata_after_the_last_field() {
        let record = r#"{"id":7,"text":"Council delays budget vote\n\nBy Jane Doe\n\nThe council met on Tuesday evening to discuss the new budget, which has been delayed.\n\nShare:\nFacebook"} "#;
        let (out, status) = run_with(
            &format!("{record}\n"),
            Options {
                meta: Some("chaff_".to_string()),
                ..options()
            },
        );
        assert_eq!(status, Status::Ok);
        assert!(
            out.starts_with(r#"{"id":7,"text":"The council met"#),
            "{out}"
        );
        assert!(out.ends_with("} \n"), "{out}");
        let value: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(value["chaff_title"], "Council delays budget vote");
        assert_eq!(value["chaff_byline"], "Jane Doe");
        assert_eq!(value["chaff_standfirst"], serde_json::Value::Null);
        assert_eq!(value["chaff_language"], "en");
        assert_eq!(value["chaff_page_kind"], "article");
        assert_eq!(value["chaff_removed"], serde_json::json!({"share": 2}));
    }

    #[test]
    fn short_bodies_are_left_out() {
        let input = "{\"text\":\"Share:\\nFacebook\"}\n{\"text\":\"One two three.\"}\n{\"text\":\"One two three four five.\"}\n";
        let drop_empty = Options {
            min_words: 1,
            ..options()
        };
        let (out, status) = run_with(input, drop_empty);
        assert_eq!(status, Status::Ok);
        assert_eq!(
            out,
            "{\"text\":\"One two three.\"}\n{\"text\":\"One two three four five.\"}\n"
        );
        let (out, _) = run_with(
            input,
            Options {
                min_words: 4,
                ..options()
            },
        );
        assert_eq!(out, "{\"text\":\"One two three four five.\"}\n");
    }

    #[test]
    fn a_bad_record_is_named_by_its_id() {
        let input = "{\"id\":\"a-12\",\"text\":3}\n";
        let id = Options {
            id_field: Some("id".to_string()),
            ..options()
        };
        let outcomes = clean_batch(
            &Cleaner::new(chaff::Config::default()),
            &id,
            &[Record {
                number: 4,
                line: Line::Held(input.trim_end().as_bytes().to_vec()),
            }],
        );
        let message = outcomes[0].as_ref().unwrap_err();
        assert!(
            message.starts_with("<stdin>: line 4 (id \"a-12\"): "),
            "{message}"
        );
    }
}
