//! Any list of input paths, as `chaff -o DIR` plans their outputs (paths
//! with `..`, `.`, roots, repeated base names, bytes that are not UTF-8).
//! Checks: no panic; every planned output lies below DIR, with no `..`
//! left in it; no two inputs get the same output.
#![no_main]

use std::collections::HashSet;
use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::{Component, Path, PathBuf};

use libfuzzer_sys::fuzz_target;

use chaff_cli::output_paths;

/// Parts a path is made of, picked by a byte.
const PARTS: &[&[u8]] = &[
    b"a", b"b.txt", b"b.md", b"..", b".", b"/", b"-", b"\xff", b"x\n", b"c.json",
];

fuzz_target!(|data: &[u8]| {
    let Some((&json, rest)) = data.split_first() else {
        return;
    };
    // A zero byte ends a path; every other byte adds a part.
    let paths: Vec<PathBuf> = rest
        .split(|&b| b == 0)
        .map(|path| {
            let mut bytes = Vec::new();
            for &b in path {
                if !bytes.is_empty() && bytes.last() != Some(&b'/') {
                    bytes.push(b'/');
                }
                bytes.extend_from_slice(PARTS[usize::from(b) % PARTS.len()]);
            }
            PathBuf::from(OsStr::from_bytes(&bytes))
        })
        .filter(|p| !p.as_os_str().is_empty())
        .collect();
    let dir = Path::new("/nonexistent-chaff-out");
    let plan = output_paths::plan(dir, &paths, json & 1 == 1);
    assert_eq!(plan.len(), paths.len());
    let mut seen = HashSet::new();
    for target in plan.into_iter().flatten() {
        let below = target.strip_prefix(dir).expect("an output lies below DIR");
        assert!(below
            .components()
            .all(|c| matches!(c, Component::Normal(_))));
        assert!(seen.insert(target), "two inputs share an output");
    }
});
