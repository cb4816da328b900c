//! Where `-o DIR` writes each input's output.
//!
//! A batch run must never lose an output: two inputs with one base name,
//! `x.txt` and `x.md` under `--format json`, standard input given twice,
//! or an output that is its own input would each overwrite something. So
//! every output path is planned before anything is written, and an input
//! whose output would overwrite an input or an earlier input's output is
//! refused with a message of its own.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::{Component, Path, PathBuf};

use crate::report::{display_name, quoted};

/// Where each input's output goes under `dir`, or why it goes nowhere.
///
/// The output keeps the input's path below `dir`, as `cp --parents` and
/// `rsync -R` do (`d1/same.txt` and `d2/same.txt` go to `DIR/d1/same.txt`
/// and `DIR/d2/same.txt`), with `.json` for its extension under `--format
/// json`; standard input goes to `DIR/stdin.txt`. No output overwrites
/// an input or another input's output: an input whose output path is
/// already taken by an earlier input, or is an input itself (`-o .
/// page.txt`), is refused with a message, and the other inputs go on. (A
/// file left in DIR by an earlier run is replaced, as a build replaces
/// its outputs.)
pub fn plan(dir: &Path, paths: &[PathBuf], json: bool) -> Vec<Result<PathBuf, String>> {
    let inputs: HashSet<PathBuf> = paths
        .iter()
        .filter_map(|p| fs::canonicalize(p).ok())
        .collect();
    let mut taken: HashMap<PathBuf, &Path> = HashMap::with_capacity(paths.len());
    paths
        .iter()
        .map(|path| {
            let target = dir.join(output_name(path, json));
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
pub fn output_name(path: &Path, json: bool) -> PathBuf {
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
    if json {
        name.with_extension("json")
    } else {
        name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outputs_keep_the_relative_path_and_never_climb_out() {
        let name = |p: &str| output_name(Path::new(p), false);
        assert_eq!(name("d1/same.txt"), Path::new("d1/same.txt"));
        assert_eq!(name("./a/../b/c.txt"), Path::new("b/c.txt"));
        assert_eq!(name("../../x/a.txt"), Path::new("x/a.txt"));
        assert_eq!(name("/abs/a.txt"), Path::new("abs/a.txt"));
        assert_eq!(name("-"), Path::new("stdin.txt"));
        assert_eq!(output_name(Path::new("x.txt"), true), Path::new("x.json"));
    }

    #[test]
    fn a_taken_output_is_refused() {
        let paths: Vec<PathBuf> = ["a/x.txt", "b/../a/x.txt", "-", "-"]
            .iter()
            .map(PathBuf::from)
            .collect();
        let plan = plan(Path::new("/nonexistent-out"), &paths, false);
        assert_eq!(plan[0], Ok(PathBuf::from("/nonexistent-out/a/x.txt")));
        assert!(plan[1]
            .as_ref()
            .unwrap_err()
            .contains("is the output of a/x.txt"));
        assert_eq!(plan[2], Ok(PathBuf::from("/nonexistent-out/stdin.txt")));
        assert!(plan[3]
            .as_ref()
            .unwrap_err()
            .contains("is the output of <stdin>"));
    }
}
