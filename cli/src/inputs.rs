//! Which files a batch run cleans: the FILE arguments, the paths listed in
//! `--files-from`, and, with `-r`, every file below a directory among them.
//!
//! A list of 100,000 files needs neither a glob nor `xargs`: `find dumps
//! -name '*.txt' -print0 | chaff -o clean/ --files-from - -0`, or `chaff -r
//! -o clean/ dumps/`. Directories are walked in path order, so that the
//! outputs and messages come in the same order on every run.

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use crate::args::Args;
use crate::report::{io_message, quoted};

/// The inputs to clean, in order, and a message for each one that could
/// not be listed (an unreadable list or directory).
pub fn gather(args: &Args) -> (Vec<PathBuf>, Vec<String>) {
    let mut paths = args.files.clone();
    let mut errors = Vec::new();
    if let Some(list) = &args.files_from {
        match read_list(list, args.null) {
            Ok(listed) => paths.extend(listed),
            Err(message) => errors.push(message),
        }
    }
    if args.recursive {
        paths = paths
            .into_iter()
            .flat_map(|path| {
                if path.is_dir() {
                    walk(&path, &mut errors)
                } else {
                    vec![path]
                }
            })
            .collect();
    }
    if paths.is_empty() && errors.is_empty() && args.files_from.is_none() {
        paths.push(PathBuf::from("-"));
    }
    (paths, errors)
}

/// The paths in the list file `list` (`-`: standard input), one a line or
/// NUL-terminated; empty entries are skipped.
fn read_list(list: &Path, null: bool) -> Result<Vec<PathBuf>, String> {
    let mut bytes = Vec::new();
    let read = if list == Path::new("-") {
        io::stdin().lock().read_to_end(&mut bytes)
    } else {
        fs::File::open(list).and_then(|mut f| f.read_to_end(&mut bytes))
    };
    read.map_err(|e| {
        format!(
            "--files-from {}: {}",
            quoted(&list.display().to_string()),
            io_message(&e)
        )
    })?;
    let separator = if null { b'\0' } else { b'\n' };
    Ok(bytes
        .split(|&b| b == separator)
        .map(|entry| {
            if null {
                entry
            } else {
                entry.strip_suffix(b"\r").unwrap_or(entry)
            }
        })
        .filter(|entry| !entry.is_empty())
        .map(path_from_bytes)
        .collect())
}

#[cfg(unix)]
fn path_from_bytes(bytes: &[u8]) -> PathBuf {
    use std::os::unix::ffi::OsStrExt;
    PathBuf::from(std::ffi::OsStr::from_bytes(bytes))
}

#[cfg(not(unix))]
fn path_from_bytes(bytes: &[u8]) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(bytes).into_owned())
}

/// Every file below `dir`, in path order; an entry that cannot be read is
/// reported in `errors` and skipped.
fn walk(dir: &Path, errors: &mut Vec<String>) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        match entry {
            Ok(entry) if entry.file_type().is_file() => files.push(entry.into_path()),
            Ok(_) => {}
            Err(e) => {
                let place = e.path().unwrap_or(dir).display().to_string();
                let cause = e.io_error().map_or_else(|| e.to_string(), io_message);
                errors.push(format!("{}: {cause}", quoted(&place)));
            }
        }
    }
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_split_on_newlines_or_nuls() {
        let dir = tempfile::tempdir().unwrap();
        let list = dir.path().join("list");
        fs::write(&list, "a.txt\r\n\nb c.txt\n").unwrap();
        assert_eq!(
            read_list(&list, false).unwrap(),
            [PathBuf::from("a.txt"), PathBuf::from("b c.txt")]
        );
        fs::write(&list, "a\nb.txt\0c.txt\0").unwrap();
        assert_eq!(
            read_list(&list, true).unwrap(),
            [PathBuf::from("a\nb.txt"), PathBuf::from("c.txt")]
        );
        let missing = read_list(&dir.path().join("none"), false).unwrap_err();
        assert!(
            missing.starts_with("--files-from ") && missing.ends_with("No such file or directory")
        );
    }

    #[test]
    fn walks_directories_in_path_order() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["b/2.txt", "a.txt", "b/1.txt", "c/d/3.txt"] {
            let path = dir.path().join(name);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, "x").unwrap();
        }
        let mut errors = Vec::new();
        let files: Vec<String> = walk(dir.path(), &mut errors)
            .iter()
            .map(|p| p.strip_prefix(dir.path()).unwrap().display().to_string())
            .collect();
        assert_eq!(files, ["a.txt", "b/1.txt", "b/2.txt", "c/d/3.txt"]);
        assert!(errors.is_empty());
    }
}
