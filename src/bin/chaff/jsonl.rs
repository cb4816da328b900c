//! `--jsonl`: clean one field of every record of a JSON Lines stream.
//!
//! Records are read in batches, cleaned in parallel and written back in
//! input order, so output line N is always input line N and memory is
//! bounded by two batches, not the stream. While the worker threads clean
//! one batch, this thread writes the batch before it and reads the one
//! after, so that reading and writing do not leave the workers idle. A
//! record that cannot be cleaned (not JSON, not an object, no such field,
//! not a string, invalid UTF-8, too large) is reported on stderr with its
//! line number and written back unchanged.

use std::io::{self, BufRead, Write};

use chaff::Cleaner;
use rayon::prelude::*;
use serde_json::{Map, Value};

use crate::report::Status;

/// Most records in one batch.
const BATCH_RECORDS: usize = 1024;
/// Most bytes in one batch (a batch always holds at least one record).
const BATCH_BYTES: usize = 32 << 20;

/// A record's cleaned form, or the message saying why it has none.
type Outcome = Result<Vec<u8>, String>;

/// Cleans `field` in every record of `input`, writing records to `out`.
pub fn run(
    cleaner: &Cleaner,
    field: &str,
    input: impl BufRead,
    out: &mut impl Write,
) -> io::Result<Status> {
    let mut status = Status::Ok;
    let mut lines = Batches::new(input);
    let mut current = lines.next_batch()?;
    let mut cleaned: Option<(Vec<Record>, Vec<Outcome>)> = None;
    while current.is_some() || cleaned.is_some() {
        let mut outcomes = Vec::new();
        let (mut next, mut written) = (Ok(None), Ok(()));
        rayon::in_place_scope(|scope| {
            if let Some(batch) = &current {
                scope.spawn(|_| outcomes = clean_batch(cleaner, field, batch));
            }
            if let Some((batch, outcomes)) = cleaned.take() {
                written = write_batch(&batch, outcomes, out, &mut status);
            }
            if current.is_some() {
                next = lines.next_batch();
            }
        });
        written?;
        cleaned = current.take().map(|batch| (batch, outcomes));
        current = next?;
    }
    Ok(status)
}

fn clean_batch(cleaner: &Cleaner, field: &str, batch: &[Record]) -> Vec<Outcome> {
    batch
        .par_iter()
        .map(|(number, record)| {
            clean_record(cleaner, field, record)
                .map_err(|message| format!("<stdin>: line {number}: {message}"))
        })
        .collect()
}

/// Writes each record of `batch` cleaned, or as it came when it could not
/// be cleaned, reporting why.
fn write_batch(
    batch: &[Record],
    outcomes: Vec<Outcome>,
    out: &mut impl Write,
    status: &mut Status,
) -> io::Result<()> {
    for ((_, record), outcome) in batch.iter().zip(outcomes) {
        match outcome {
            Ok(cleaned) => out.write_all(&cleaned)?,
            Err(message) => {
                status.fail(&message);
                out.write_all(record)?;
            }
        }
        out.write_all(b"\n")?;
    }
    out.flush()
}

/// The record with its field cleaned, or why it cannot be.
fn clean_record(cleaner: &Cleaner, field: &str, record: &[u8]) -> Result<Vec<u8>, String> {
    let text = std::str::from_utf8(record).map_err(|e| {
        format!(
            "invalid UTF-8 at byte offset {} of the line",
            e.valid_up_to()
        )
    })?;
    if text.trim().is_empty() {
        return Ok(record.to_vec());
    }
    let mut object: Map<String, Value> =
        serde_json::from_str(text).map_err(|e| format!("not a JSON object: {e}"))?;
    let value = object
        .get_mut(field)
        .ok_or_else(|| format!("no field `{field}`"))?;
    let Value::String(dump) = value else {
        return Err(format!("field `{field}` is not a string"));
    };
    let cleaned = cleaner.clean(dump).map_err(|e| e.to_string())?;
    *value = Value::String(cleaned.body);
    serde_json::to_vec(&object).map_err(|e| e.to_string())
}

/// A line of the input with its 1-based number, newline removed.
type Record = (usize, Vec<u8>);

/// Numbered lines of the input, grouped into batches.
struct Batches<R> {
    input: R,
    number: usize,
}

impl<R: BufRead> Batches<R> {
    fn new(input: R) -> Batches<R> {
        Batches { input, number: 0 }
    }

    fn next_batch(&mut self) -> io::Result<Option<Vec<Record>>> {
        let mut batch = Vec::new();
        let mut bytes = 0;
        while batch.len() < BATCH_RECORDS && bytes < BATCH_BYTES {
            let mut line = Vec::new();
            if self.input.read_until(b'\n', &mut line)? == 0 {
                break;
            }
            if line.last() == Some(&b'\n') {
                line.pop();
                if line.last() == Some(&b'\r') {
                    line.pop();
                }
            }
            self.number += 1;
            bytes += line.len();
            batch.push((self.number, line));
        }
        Ok((!batch.is_empty()).then_some(batch))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_on(input: &str) -> (String, Status) {
        let mut out = Vec::new();
        let status = run(&Cleaner::default(), "text", input.as_bytes(), &mut out).unwrap();
        (String::from_utf8(out).unwrap(), status)
    }

    #[test]
    fn cleans_the_field_and_keeps_the_rest() {
        let (out, status) =
            run_on("{\"id\":7,\"text\":\"Body paragraph here.\\n\\nShare:\",\"x\":1.50}\n");
        assert_eq!(
            out,
            "{\"id\":7,\"text\":\"Body paragraph here.\",\"x\":1.50}\n"
        );
        assert_eq!(status, Status::Ok);
    }

    #[test]
    fn bad_records_pass_through_in_place() {
        let input = "not json\n{\"id\":1}\n{\"text\":3}\n{\"text\":\"ok.\"}\n{\"text\":";
        let (out, status) = run_on(input);
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
}
