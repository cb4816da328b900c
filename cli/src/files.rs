//! Cleaning named files and standard input.

use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use std::time::Instant;

use chaff::Cleaner;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;

use crate::args::{Args, Format};
use crate::output_paths;
use crate::render::render;
use crate::report::{display_name, input_name, io_message, quoted, Status, LOSSY_HINT};

/// Inputs cleaned at once: enough to keep every core busy, few enough that
/// a long file list does not hold every result in memory.
const CHUNK_PER_THREAD: usize = 4;

/// One input: its path, its name in messages, and where its output goes
/// (or why it goes nowhere) with `-o DIR`.
struct Input<'a> {
    path: &'a Path,
    name: String,
    target: Option<Result<PathBuf, String>>,
}

/// Cleans every input, printing or writing each result in input order.
pub fn run(args: &Args, cleaner: &Cleaner, out: &mut impl Write) -> io::Result<Status> {
    let (paths, listing_errors) = crate::inputs::gather(args);
    let paths = &paths[..];
    let mut status = Status::Ok;
    for message in &listing_errors {
        status.fail(message);
    }
    let targets = match &args.output_dir {
        Some(dir) => {
            if let Err(message) = prepare_output_dir(dir) {
                status.fail(&message);
                return Ok(status);
            }
            output_paths::plan(dir, paths, args.format() == Format::Json)
                .into_iter()
                .map(Some)
                .collect()
        }
        None => vec![None; paths.len()],
    };
    let inputs: Vec<Input> = paths
        .iter()
        .zip(targets)
        .map(|(path, target)| Input {
            path,
            name: display_name(path),
            target,
        })
        .collect();
    let progress = progress_bar(inputs.len(), args.quiet);
    let started = Instant::now();
    let mut bytes_done = 0usize;
    let threads = rayon::current_num_threads();
    let chunk = threads * CHUNK_PER_THREAD;
    for batch in inputs.chunks(chunk) {
        let clean = |input: &Input| match &input.target {
            Some(Err(refused)) => Err(refused.clone()),
            _ => clean_one(args, cleaner, input.path),
        };
        // One worker cleans on this thread: handing each batch to a pool
        // thread and waiting for it cost a tenth of a `-j 1` run's time
        // in futex waits and wake-ups.
        let outcomes: Vec<Result<(String, usize), String>> = if threads == 1 {
            batch.iter().map(clean).collect()
        } else {
            batch.par_iter().map(clean).collect()
        };
        for (input, outcome) in batch.iter().zip(outcomes) {
            let outcome = outcome.map(|(text, bytes)| {
                bytes_done += bytes;
                text
            });
            match (outcome, &input.target) {
                (Err(message), _) => status.fail(&format!("{}: {message}", input.name)),
                (Ok(text), Some(Ok(target))) => {
                    if let Err(message) = write_output(target, text) {
                        status.fail(&message);
                    }
                }
                (Ok(text), _) => {
                    out.write_all(text.as_bytes())?;
                    out.write_all(b"\n")?;
                }
            }
        }
        out.flush()?;
        progress.inc(batch.len() as u64);
        let seconds = started.elapsed().as_secs_f64().max(1e-3);
        progress.set_message(format!("{:.1} MB/s", bytes_done as f64 / 1e6 / seconds));
    }
    progress.finish_and_clear();
    Ok(status)
}

/// A bar on stderr of the files done, with the speed, for a run of more
/// than one file; hidden with `--quiet` and whenever stderr is not a
/// terminal (indicatif draws nothing then), so that logs stay clean.
fn progress_bar(files: usize, quiet: bool) -> ProgressBar {
    if quiet || files < 2 {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(files as u64), ProgressDrawTarget::stderr());
    if let Ok(style) =
        ProgressStyle::with_template("{bar:30} {pos}/{len} files, {msg}, {elapsed} (ETA {eta})")
    {
        bar.set_style(style);
    }
    bar
}

/// Creates `-o DIR` if need be; a path that exists and is not a directory
/// is an error that says so.
fn prepare_output_dir(dir: &Path) -> Result<(), String> {
    let fail = |message: String| format!("{}: {message}", quoted(&dir.display().to_string()));
    if dir.exists() && !dir.is_dir() {
        return Err(fail("not a directory".to_string()));
    }
    fs::create_dir_all(dir).map_err(|e| fail(io_message(&e)))
}

fn write_output(target: &Path, text: String) -> Result<(), String> {
    let fail = |e: io::Error| {
        format!(
            "{}: {}",
            quoted(&target.display().to_string()),
            io_message(&e)
        )
    };
    if let Some(parent) = target.parent() {
        fs::create_dir_all(parent).map_err(fail)?;
    }
    fs::write(target, text + "\n").map_err(fail)
}

/// Reads an input, stopping one byte past `limit`: an input over the
/// limit is refused without being read whole (`/dev/zero` included).
fn read_input(path: &Path, limit: usize) -> Result<Vec<u8>, String> {
    let over = |size: Option<u64>| match size {
        Some(size) => format!("input is {size} bytes, over the limit of {limit} bytes"),
        None => format!("input is over the limit of {limit} bytes"),
    };
    let cap = (limit as u64).saturating_add(1);
    let mut bytes = Vec::new();
    if path == Path::new("-") {
        io::stdin()
            .lock()
            .take(cap)
            .read_to_end(&mut bytes)
            .map_err(|e| io_message(&e))?;
    } else {
        if path.is_dir() {
            return Err("is a directory".to_string());
        }
        let file = fs::File::open(path).map_err(|e| io_message(&e))?;
        let meta = file.metadata().map_err(|e| io_message(&e))?;
        if meta.is_file() {
            if meta.len() > limit as u64 {
                return Err(over(Some(meta.len())));
            }
            bytes.reserve_exact(meta.len() as usize + 1);
        }
        file.take(cap)
            .read_to_end(&mut bytes)
            .map_err(|e| io_message(&e))?;
    }
    if bytes.len() > limit {
        return Err(over(None));
    }
    Ok(bytes)
}

/// The output for one input, and the input's size in bytes.
fn clean_one(args: &Args, cleaner: &Cleaner, path: &Path) -> Result<(String, usize), String> {
    let bytes = read_input(path, cleaner.config().input_limit())?;
    let cleaned = if args.lossy {
        cleaner.clean_bytes_lossy(&bytes)
    } else {
        cleaner.clean_bytes(&bytes)
    };
    let cleaned = cleaned.map_err(|e| match e {
        chaff::Error::InvalidUtf8 { .. } => format!("{e} ({LOSSY_HINT})"),
        e => e.to_string(),
    })?;
    let text = render(
        &cleaned,
        &input_name(path),
        args.format(),
        args.title,
        args.explain,
    );
    Ok((text, bytes.len()))
}
