//! Throughput of the full pipeline (default config, body built).
//!
//! - `fixture/NNN`: each golden fixture (article dumps, long lines);
//! - `devset/blocks`: every `blocks` dump of the development set, when it
//!   is present at `../shared/evalset` (or at `$CHAFF_DEVSET`); whole-page
//!   dumps with short lines, varied enough that caches see real pages;
//!   `devset/blocks-idempotent` the same in idempotent mode;
//! - `scaling/pages-N`: the five fixtures concatenated N times (1, 10,
//!   100), one dump: time should grow linearly, so MiB/s should hold;
//! - `scaling/near-duplicates`: 50,000 blocks that differ in a number or
//!   two, the worst case for the duplicate rules;
//! - `scaling/SHAPE-N`: hostile shapes of 64 KiB times N (1, 4, 16):
//!   markdown lines of unmatched `[` (`open-brackets`), of `[a](` (`unclosed-links`)
//!   and of `[[a](b)](b)` (`nested-links`), read as markdown, which a
//!   rescan per bracket made quadratic; and one-letter lines
//!   (`one-letter-lines`), a block every two bytes. Time should grow
//!   ×4 and ×16;
//! - `small/1k`: 1 KB documents (the fixtures cut into 1 KB pieces at line
//!   breaks), one `clean` call each: the per-call cost, in documents per
//!   second;
//! - `rules/none` and `rules/only-NAME`: the development set's `blocks`
//!   dumps with every rule off, and with one rule on (with the rules it
//!   reads, which cannot be off under it); a rule's cost is its bench's
//!   time less `rules/none`'s, so a slow rule shows.
//!
//! Criterion reports bytes per second; the README records the medians.

use std::path::{Path, PathBuf};

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

/// The golden fixtures' dumps, in name order.
fn fixture_paths() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| !p.to_string_lossy().ends_with(".clean.txt"))
        .collect();
    paths.sort();
    paths
}

fn fixtures(c: &mut Criterion) {
    let paths = fixture_paths();
    let cleaner = chaff::Cleaner::default();
    let mut group = c.benchmark_group("fixture");
    for path in paths {
        let dump = std::fs::read_to_string(&path).unwrap();
        let name = path.file_stem().unwrap().to_string_lossy()[..3].to_string();
        group.throughput(Throughput::Bytes(dump.len() as u64));
        group.bench_function(name, |b| b.iter(|| cleaner.clean(&dump).unwrap()));
    }
    group.finish();
}

/// The development set's `blocks` dumps, if the set is on this machine.
fn devset_dumps() -> Vec<String> {
    let root = std::env::var_os("CHAFF_DEVSET")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/evalset"));
    let mut dumps = Vec::new();
    for bench in ["sh", "tf"] {
        let Ok(entries) = std::fs::read_dir(root.join(bench).join("blocks")) else {
            continue;
        };
        let mut paths: Vec<PathBuf> = entries.map(|e| e.unwrap().path()).collect();
        paths.sort();
        dumps.extend(
            paths
                .iter()
                .map(|p| String::from_utf8_lossy(&std::fs::read(p).unwrap()).into_owned()),
        );
    }
    dumps
}

/// Benches cleaning all the development set's `blocks` dumps in group
/// `group`, once with each named configuration.
fn devset_group(c: &mut Criterion, group: &str, configs: Vec<(String, chaff::Config)>) {
    let dumps = devset_dumps();
    if dumps.is_empty() {
        eprintln!("{group}: no development set found; set CHAFF_DEVSET to run this bench");
        return;
    }
    let bytes: usize = dumps.iter().map(String::len).sum();
    let mut group = c.benchmark_group(group);
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    for (name, config) in configs {
        let cleaner = chaff::Cleaner::new(config);
        group.bench_function(name, |b| {
            b.iter(|| {
                for dump in &dumps {
                    cleaner.clean(dump).unwrap();
                }
            })
        });
    }
    group.finish();
}

fn devset(c: &mut Criterion) {
    let configs = vec![
        ("blocks".to_string(), chaff::Config::default()),
        (
            "blocks-idempotent".to_string(),
            chaff::Config::default().idempotent(true),
        ),
    ];
    devset_group(c, "devset", configs);
}

/// The five fixtures as one dump.
fn fixture_text() -> String {
    fixture_paths()
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap() + "\n")
        .collect()
}

fn scaling(c: &mut Criterion) {
    let pages = fixture_text();
    let cleaner = chaff::Cleaner::new(chaff::Config::default().max_input_bytes(1 << 30));
    let mut group = c.benchmark_group("scaling");
    group.sample_size(10);
    for n in [1, 10, 100] {
        let dump = pages.repeat(n);
        group.throughput(Throughput::Bytes(dump.len() as u64));
        group.bench_function(format!("pages-{n}"), |b| {
            b.iter(|| cleaner.clean(&dump).unwrap())
        });
    }
    let near: String = (0..50_000)
        .map(|i| {
            format!(
                "The council met on day {} to discuss budget item {i}, which has been delayed.\n\n",
                i % 97
            )
        })
        .collect();
    group.throughput(Throughput::Bytes(near.len() as u64));
    group.bench_function("near-duplicates", |b| {
        b.iter(|| cleaner.clean(&near).unwrap())
    });
    let markdown = chaff::Cleaner::new(
        chaff::Config::default()
            .max_input_bytes(1 << 30)
            .dump_format(chaff::DumpFormat::Markdown),
    );
    for (shape, unit, cleaner) in [
        ("open-brackets", "[", &markdown),
        ("unclosed-links", "[a](", &markdown),
        ("nested-links", "[[a](b)](b)", &markdown),
        ("one-letter-lines", "a\n", &cleaner),
    ] {
        for n in [1, 4, 16] {
            let dump = unit.repeat((64 << 10) * n / unit.len());
            group.throughput(Throughput::Bytes(dump.len() as u64));
            group.bench_function(format!("{shape}-{n}"), |b| {
                b.iter(|| cleaner.clean(&dump).unwrap())
            });
        }
    }
    group.finish();
}

/// The fixtures cut into pieces of about 1 KB at line breaks.
fn one_kilobyte_documents() -> Vec<String> {
    let mut docs = Vec::new();
    for path in fixture_paths() {
        let mut doc = String::new();
        for line in std::fs::read_to_string(path).unwrap().lines() {
            doc.push_str(line);
            doc.push('\n');
            if doc.len() >= 1000 {
                docs.push(std::mem::take(&mut doc));
            }
        }
    }
    docs
}

fn small(c: &mut Criterion) {
    let docs = one_kilobyte_documents();
    let cleaner = chaff::Cleaner::default();
    let mut group = c.benchmark_group("small");
    group.throughput(Throughput::Elements(docs.len() as u64));
    group.bench_function("1k", |b| {
        b.iter(|| {
            for doc in &docs {
                cleaner.clean(doc).unwrap();
            }
        })
    });
    group.finish();
}

fn rules(c: &mut Criterion) {
    let rules: Vec<chaff::RuleInfo> = chaff::rules().collect();
    let names: Vec<&str> = rules.iter().map(|rule| rule.name).collect();
    // Every rule off but `keep` and the rules it reads (which cannot be
    // switched off under it), last first, so that a rule's readers are
    // off before it.
    let without = |keep: Option<&str>| {
        let mut kept: Vec<&str> = keep.into_iter().collect();
        let mut k = 0;
        while k < kept.len() {
            let reads = rules.iter().find(|r| r.name == kept[k]).map(|r| r.reads);
            kept.extend(reads.unwrap_or_default().iter().copied());
            k += 1;
        }
        names
            .iter()
            .rev()
            .filter(|n| !kept.contains(n))
            .fold(chaff::Config::default(), |config, n| {
                config.disable_rule(n).unwrap()
            })
    };
    let configs = std::iter::once(("none".to_string(), without(None)))
        .chain(
            names
                .iter()
                .map(|n| (format!("only-{n}"), without(Some(n)))),
        )
        .collect();
    devset_group(c, "rules", configs);
}

criterion_group!(benches, fixtures, devset, scaling, small, rules);
criterion_main!(benches);
