//! Cleaning named files and standard input.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::io::{self, Read, Write};
use std::path::{Component, Path, PathBuf};

use chaff::Cleaner;
use rayon::prelude::*;

use crate::args::{Args, Format};
use crate::render::render;
use crate::report::{io_message, quoted, Status};

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
    let stdin = [PathBuf::from("-")];
    let paths = if args.files.is_empty() {
        &stdin[..]
    } else {
        &args.files[..]
    };
    let mut status = Status::Ok;
    let targets = match &args.output_dir {
        Some(dir) => {
            if let Err(message) = prepare_output_dir(dir) {
                status.fail(&message);
                return Ok(status);
            }
            plan_outputs(dir, paths, args.format())
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
    let chunk = rayon::current_num_threads() * CHUNK_PER_THREAD;
    for batch in inputs.chunks(chunk) {
        let outcomes: Vec<Result<String, String>> = batch
            .par_iter()
            .map(|input| match &input.target {
                Some(Err(refused)) => Err(refused.clone()),
                _ => clean_one(args, cleaner, input.path),
            })
            .collect();
        for (input, outcome) in batch.iter().zip(outcomes) {
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
    }
    Ok(status)
}

fn display_name(path: &Path) -> String {
    if path == Path::new("-") {
        "<stdin>".to_string()
    } else {
        quoted(&path.display().to_string())
    }
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

/// Where each input's output goes under `dir`, or why it goes nowhere.
///
/// The output keeps the input's path below `dir`, as `cp --parents` and
/// `rsync -R` do (`d1/same.txt` and `d2/same.txt` go to `DIR/d1/same.txt`
/// and `DIR/d2/same.txt`), with `.json` for its extension under `--format
/// json`; standard input goes to `DIR/stdin.txt`. Nothing is ever
/// written over: an input whose output path is already taken by an
/// earlier input, or is an input itself (`-o . page.txt`), is refused with
/// a message, and the other inputs go on.
fn plan_outputs(dir: &Path, paths: &[PathBuf], format: Format) -> Vec<Result<PathBuf, String>> {
    let inputs: HashSet<PathBuf> = paths
        .iter()
        .filter_map(|p| fs::canonicalize(p).ok())
        .collect();
    let mut taken: HashMap<PathBuf, &Path> = HashMap::with_capacity(paths.len());
    paths
        .iter()
        .map(|path| {
            let target = dir.join(output_name(path, format));
            let shown = quoted(&target.display().to_string());
            if let Some(earlier) = taken.get(&target) {
                return Err(format!(
                    "not written: its output {shown} is the output of {} already",
                    display_name(earlier)
                ));
            }
            if fs::canonicalize(&target).is_ok_and(|t| inputs.contains(&t)) {
                return Err(format!("not written: its output {shown} is an input"));
            }
            taken.insert(target.clone(), path);
            Ok(target)
        })
        .collect()
}

/// The path of an input's output below the output directory: the input's
/// own path, relative, with `.` and any `..` that would climb out of the
/// directory left out (`../x/a.txt` → `x/a.txt`).
fn output_name(path: &Path, format: Format) -> PathBuf {
    let mut name = PathBuf::new();
    if path == Path::new("-") {
        name.push("stdin.txt");
    } else {
        for component in path.components() {
            match component {
                Component::Normal(part) => name.push(part),
                Component::ParentDir => {
                    name.pop();
                }
                Component::Prefix(_) | Component::RootDir | Component::CurDir => {}
            }
        }
        if name.as_os_str().is_empty() {
            name.push("output.txt");
        }
    }
    match format {
        Format::Json => name.with_extension("json"),
        Format::Text => name,
    }
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

fn clean_one(args: &Args, cleaner: &Cleaner, path: &Path) -> Result<String, String> {
    let bytes = read_input(path, cleaner.config().input_limit())?;
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
        args.format(),
        args.title,
        args.explain,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outputs_keep_the_relative_path_and_never_climb_out() {
        let name = |p: &str| output_name(Path::new(p), Format::Text);
        assert_eq!(name("d1/same.txt"), Path::new("d1/same.txt"));
        assert_eq!(name("./a/../b/c.txt"), Path::new("b/c.txt"));
        assert_eq!(name("../../x/a.txt"), Path::new("x/a.txt"));
        assert_eq!(name("/abs/a.txt"), Path::new("abs/a.txt"));
        assert_eq!(name("-"), Path::new("stdin.txt"));
        assert_eq!(
            output_name(Path::new("x.txt"), Format::Json),
            Path::new("x.json")
        );
    }
}
