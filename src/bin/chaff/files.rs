//! Cleaning named files and standard input.

use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use chaff::Cleaner;
use rayon::prelude::*;

use crate::args::{Args, Format};
use crate::render::render;
use crate::report::{io_message, Status};

/// Inputs cleaned at once: enough to keep every core busy, few enough that
/// a long file list does not hold every result in memory.
const CHUNK_PER_THREAD: usize = 4;

/// One input's outcome: its display name and its output or error.
type Outcome = (String, Result<String, String>);

/// Cleans every input, printing or writing each result in input order.
pub fn run(args: &Args, cleaner: &Cleaner, out: &mut impl Write) -> io::Result<Status> {
    let stdin = [PathBuf::from("-")];
    let inputs = if args.files.is_empty() {
        &stdin[..]
    } else {
        &args.files[..]
    };
    if let Some(dir) = &args.output_dir {
        fs::create_dir_all(dir).map_err(|e| {
            io::Error::new(e.kind(), format!("{}: {}", dir.display(), io_message(&e)))
        })?;
    }
    let mut status = Status::Ok;
    let chunk = rayon::current_num_threads() * CHUNK_PER_THREAD;
    for batch in inputs.chunks(chunk) {
        let outcomes: Vec<Outcome> = batch
            .par_iter()
            .map(|path| (display_name(path), clean_one(args, cleaner, path)))
            .collect();
        for (name, outcome) in outcomes {
            match outcome {
                Ok(text) => match &args.output_dir {
                    Some(dir) => {
                        let target = dir.join(output_name(&name, args.format));
                        if let Err(e) = fs::write(&target, text + "\n") {
                            status.fail(&format!("{}: {}", target.display(), io_message(&e)));
                        }
                    }
                    None => {
                        out.write_all(text.as_bytes())?;
                        out.write_all(b"\n")?;
                    }
                },
                Err(message) => status.fail(&format!("{name}: {message}")),
            }
        }
        out.flush()?;
    }
    Ok(status)
}

fn display_name(path: &Path) -> String {
    if path == Path::new("-") {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    }
}

/// The file name an output is written under in `-o DIR`.
fn output_name(name: &str, format: Format) -> PathBuf {
    let base = if name == "<stdin>" {
        PathBuf::from("stdin.txt")
    } else {
        Path::new(name)
            .file_name()
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from("output.txt"))
    };
    match format {
        Format::Json => base.with_extension("json"),
        Format::Text => base,
    }
}

fn read_input(path: &Path) -> Result<Vec<u8>, String> {
    if path == Path::new("-") {
        let mut bytes = Vec::new();
        io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .map_err(|e| io_message(&e))?;
        return Ok(bytes);
    }
    if path.is_dir() {
        return Err("is a directory".to_string());
    }
    fs::read(path).map_err(|e| io_message(&e))
}

fn clean_one(args: &Args, cleaner: &Cleaner, path: &Path) -> Result<String, String> {
    let bytes = read_input(path)?;
    let cleaned = if args.lossy {
        cleaner.clean_bytes_lossy(&bytes)
    } else {
        cleaner.clean_bytes(&bytes)
    };
    let cleaned = cleaned.map_err(|e| match e {
        chaff::Error::InvalidUtf8 { .. } => format!("{e} (--lossy replaces bad bytes)"),
        e => e.to_string(),
    })?;
    Ok(render(
        &cleaned,
        &display_name(path),
        args.format,
        args.title,
        args.explain,
    ))
}
