//! Scores chaff on an evaluation set laid out like `../shared/evalset`.
//!
//! ```sh
//! cargo run --release --example evaluate -- DIR [--formats blocks,window] \
//!     [--per-doc FILE] [--save DIR] [--check README.md] [--idempotent]
//! ```
//!
//! Every dump of every format is cleaned in-process with the default
//! configuration, and scored with the two benchmarks' own metrics:
//!
//! - `sh/` (Scrapinghub article-extraction-benchmark): 4-gram shingles of
//!   `\w+` tokens, per-document true/false positives and negatives
//!   normalised to sum to 1, precision and recall averaged over documents,
//!   F1 of the two averages;
//! - `tf/` (trafilatura's evaluation): whitespace-normalised substring
//!   search of the `with` (must appear) and `without` (must not) snippets,
//!   counts summed over the corpus.
//!
//! It prints one row per format with F1, precision and recall for each
//! benchmark, and the single-thread throughput of the cleaning calls:
//! the median of five timed passes over the dumps after the scored one
//! (one pass takes tens of milliseconds, and a lone pass swings with
//! whatever else the machine is doing). With
//! `--check README.md` it compares each figure with the table the README
//! reports (between `<!-- evaluate:start -->` and `<!-- evaluate:end -->`)
//! and exits 1 if any has dropped by more than 0.005: the quality gate CI
//! runs. With `--idempotent` the dumps are cleaned in idempotent mode
//! (`Config::idempotent`), and `--check` reads the README's table for that
//! mode (between `<!-- evaluate-idempotent:start -->` and
//! `<!-- evaluate-idempotent:end -->`).

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// Timed passes per format; the median is reported.
const TIMED_PASSES: usize = 5;

const FORMATS: [&str; 4] = ["blocks", "window", "inscriptis", "markdown"];
/// How far a score may fall below the README's figure before `--check` fails.
const TOLERANCE: f64 = 0.005;

struct Options {
    dir: PathBuf,
    formats: Vec<String>,
    per_doc: Option<PathBuf>,
    save: Option<PathBuf>,
    check: Option<PathBuf>,
    idempotent: bool,
}

fn parse_args() -> Result<Options, String> {
    let mut args = std::env::args().skip(1);
    let mut options = Options {
        dir: PathBuf::new(),
        formats: FORMATS.iter().map(|f| f.to_string()).collect(),
        per_doc: None,
        save: None,
        check: None,
        idempotent: false,
    };
    let mut dir = None;
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "--formats" => {
                options.formats = value("--formats")?.split(',').map(String::from).collect()
            }
            "--per-doc" => options.per_doc = Some(value("--per-doc")?.into()),
            "--save" => options.save = Some(value("--save")?.into()),
            "--check" => options.check = Some(value("--check")?.into()),
            "--idempotent" => options.idempotent = true,
            _ if arg.starts_with('-') => return Err(format!("unknown option {arg}")),
            _ => dir = Some(PathBuf::from(arg)),
        }
    }
    options.dir = dir.ok_or(
        "usage: evaluate DIR [--formats LIST] [--per-doc FILE] [--save DIR] [--check README.md] [--idempotent]",
    )?;
    Ok(options)
}

/// Scores of one benchmark in one format.
#[derive(Debug, Clone, Copy, Default)]
struct Score {
    f1: f64,
    precision: f64,
    recall: f64,
}

// --- SH: shingle overlap ----------------------------------------------------

/// `\w+` tokens as Python's `re` finds them: runs of letters, digits and `_`.
fn sh_tokens(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|t| !t.is_empty())
        .collect()
}

fn shingles(text: &str) -> HashMap<Vec<&str>, usize> {
    let tokens = sh_tokens(text);
    let mut grams = HashMap::new();
    if tokens.is_empty() {
        return grams;
    }
    if tokens.len() < 4 {
        *grams.entry(tokens).or_default() += 1;
        return grams;
    }
    for w in tokens.windows(4) {
        *grams.entry(w.to_vec()).or_default() += 1;
    }
    grams
}

fn sh_triple(truth: &str, output: &str) -> (f64, f64, f64) {
    let (t, p) = (shingles(truth), shingles(output));
    let (mut tp, mut fp, mut fn_) = (0.0, 0.0, 0.0);
    for key in t.keys().chain(p.keys().filter(|k| !t.contains_key(*k))) {
        let a = *t.get(key).unwrap_or(&0) as f64;
        let b = *p.get(key).unwrap_or(&0) as f64;
        tp += a.min(b);
        fp += (b - a).max(0.0);
        fn_ += (a - b).max(0.0);
    }
    let sum = tp + fp + fn_;
    if sum > 0.0 {
        (tp / sum, fp / sum, fn_ / sum)
    } else {
        (tp, fp, fn_)
    }
}

fn sh_score(triples: &[(f64, f64, f64)]) -> Score {
    let precision = |&(tp, fp, fn_): &(f64, f64, f64)| {
        if fp == 0.0 && fn_ == 0.0 {
            1.0
        } else if tp == 0.0 && fp == 0.0 {
            0.0
        } else {
            tp / (tp + fp)
        }
    };
    let recall = |&(tp, fp, fn_): &(f64, f64, f64)| {
        if fp == 0.0 && fn_ == 0.0 {
            1.0
        } else if tp == 0.0 && fn_ == 0.0 {
            0.0
        } else {
            tp / (tp + fn_)
        }
    };
    let ps: Vec<f64> = triples
        .iter()
        .filter(|x| x.0 + x.1 > 0.0)
        .map(precision)
        .collect();
    let rs: Vec<f64> = triples
        .iter()
        .filter(|x| x.0 + x.2 > 0.0)
        .map(recall)
        .collect();
    let mean = |v: &[f64]| {
        if v.is_empty() {
            0.0
        } else {
            v.iter().sum::<f64>() / v.len() as f64
        }
    };
    let (p, r) = (mean(&ps), mean(&rs));
    Score {
        f1: if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        },
        precision: p,
        recall: r,
    }
}

// --- TF: snippets -----------------------------------------------------------

struct Snippets {
    with: Vec<String>,
    without: Vec<String>,
}

fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// (tp, fp, fn, tn) of one page.
fn tf_counts(truth: &Snippets, output: &str) -> [usize; 4] {
    let out = squash(output);
    let tp = truth
        .with
        .iter()
        .filter(|w| out.contains(squash(w).as_str()))
        .count();
    let fp = truth
        .without
        .iter()
        .filter(|w| out.contains(squash(w).as_str()))
        .count();
    [tp, fp, truth.with.len() - tp, truth.without.len() - fp]
}

fn tf_score(counts: &[[usize; 4]]) -> Score {
    let sum = |k: usize| counts.iter().map(|c| c[k]).sum::<usize>() as f64;
    let (tp, fp, fn_) = (sum(0), sum(1), sum(2));
    let ratio = |a: f64, b: f64| if b > 0.0 { a / b } else { 0.0 };
    Score {
        f1: ratio(2.0 * tp, 2.0 * tp + fp + fn_),
        precision: ratio(tp, tp + fp),
        recall: ratio(tp, tp + fn_),
    }
}

// --- running ----------------------------------------------------------------

enum Truth {
    Sh(String),
    Tf(Snippets),
}

fn load_truth(dir: &Path, bench: &str) -> Vec<(String, Truth)> {
    let tdir = dir.join(bench).join("truth");
    let Ok(entries) = fs::read_dir(&tdir) else {
        return Vec::new();
    };
    let mut names: Vec<PathBuf> = entries.map(|e| e.unwrap().path()).collect();
    names.sort();
    names
        .into_iter()
        .map(|path| {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            let text = fs::read_to_string(&path).unwrap();
            let truth = if bench == "sh" {
                Truth::Sh(text)
            } else {
                let v: serde_json::Value = serde_json::from_str(&text).unwrap();
                let list = |k: &str| -> Vec<String> {
                    v[k].as_array()
                        .unwrap()
                        .iter()
                        .map(|s| s.as_str().unwrap().to_string())
                        .collect()
                };
                Truth::Tf(Snippets {
                    with: list("with"),
                    without: list("without"),
                })
            };
            (name, truth)
        })
        .collect()
}

struct Cell {
    score: Score,
    bytes: usize,
    time: Duration,
}

fn run_cell(
    options: &Options,
    bench: &str,
    format: &str,
    pages: &[(String, Truth)],
    per_doc: &mut String,
) -> Option<Cell> {
    let fdir = options.dir.join(bench).join(format);
    if !fdir.is_dir() {
        return None;
    }
    let cleaner = chaff::Cleaner::new(chaff::Config::default().idempotent(options.idempotent));
    let clean = |dump: &[u8]| {
        cleaner
            .clean_bytes_lossy(dump)
            .map(|c| c.body)
            .unwrap_or_default()
    };
    let dumps: Vec<Vec<u8>> = pages
        .iter()
        .map(|(name, _)| fs::read(fdir.join(format!("{name}.txt"))).unwrap())
        .collect();
    // The scored pass also warms the caches and builds the lazily built
    // automata; throughput is timed on the passes after it, as criterion
    // times after its warm-up.
    let bodies: Vec<String> = dumps.iter().map(|d| clean(d)).collect();
    let bytes = dumps.iter().map(Vec::len).sum();
    let mut times: Vec<Duration> = (0..TIMED_PASSES)
        .map(|_| {
            let start = Instant::now();
            for dump in &dumps {
                std::hint::black_box(clean(dump));
            }
            start.elapsed()
        })
        .collect();
    times.sort();
    let time = times[TIMED_PASSES / 2];
    let (mut triples, mut counts) = (Vec::new(), Vec::new());
    for ((name, truth), body) in pages.iter().zip(bodies) {
        if let Some(save) = &options.save {
            let out = save.join(bench).join(format);
            fs::create_dir_all(&out).unwrap();
            fs::write(out.join(format!("{name}.txt")), &body).unwrap();
        }
        match truth {
            Truth::Sh(t) => {
                let x = sh_triple(t, &body);
                per_doc.push_str(&format!(
                    "{bench}\t{format}\t{name}\t{:.3}\t{:.3}\t{:.3}\n",
                    x.0, x.1, x.2
                ));
                triples.push(x);
            }
            Truth::Tf(s) => {
                let c = tf_counts(s, &body);
                per_doc.push_str(&format!(
                    "{bench}\t{format}\t{name}\t{}\t{}\t{}\t{}\n",
                    c[0], c[1], c[2], c[3]
                ));
                counts.push(c);
            }
        }
    }
    let score = if bench == "sh" {
        sh_score(&triples)
    } else {
        tf_score(&counts)
    };
    Some(Cell { score, bytes, time })
}

/// The README's figures: (format, [sh f1, p, r, tf f1, p, r]).
fn readme_figures(readme: &str, table: &str) -> Vec<(String, [f64; 6])> {
    let Some(start) = readme.find(&format!("<!-- {table}:start -->")) else {
        return Vec::new();
    };
    let end = readme[start..]
        .find(&format!("<!-- {table}:end -->"))
        .map_or(readme.len(), |e| start + e);
    readme[start..end]
        .lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line
                .split('|')
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .collect();
            let format = cells.first()?.trim_matches('`');
            if !FORMATS.contains(&format) {
                return None;
            }
            let nums: Vec<f64> = cells[1..]
                .iter()
                .take(6)
                .filter_map(|c| c.parse().ok())
                .collect();
            let figures: [f64; 6] = nums.try_into().ok()?;
            Some((format.to_string(), figures))
        })
        .collect()
}

fn main() -> ExitCode {
    let options = match parse_args() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let sh = load_truth(&options.dir, "sh");
    let tf = load_truth(&options.dir, "tf");
    let mut per_doc = String::new();
    let mut rows = Vec::new();
    println!("| format | SH F1 | SH P | SH R | TF F1 | TF P | TF R | MB/s |");
    println!("|---|---|---|---|---|---|---|---|");
    for format in &options.formats {
        let cells = [
            run_cell(&options, "sh", format, &sh, &mut per_doc),
            run_cell(&options, "tf", format, &tf, &mut per_doc),
        ];
        let (bytes, time) = cells
            .iter()
            .flatten()
            .fold((0, Duration::ZERO), |(b, t), c| (b + c.bytes, t + c.time));
        let figures = cells.map(|c| c.map(|c| c.score).unwrap_or_default());
        let [s, t] = figures;
        let mbps = bytes as f64 / 1e6 / time.as_secs_f64().max(1e-9);
        println!(
            "| `{format}` | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} | {mbps:.1} |",
            s.f1, s.precision, s.recall, t.f1, t.precision, t.recall
        );
        rows.push((
            format.clone(),
            [s.f1, s.precision, s.recall, t.f1, t.precision, t.recall],
        ));
    }
    if let Some(path) = &options.per_doc {
        fs::write(path, per_doc).unwrap();
    }
    let Some(readme) = &options.check else {
        return ExitCode::SUCCESS;
    };
    let table = if options.idempotent {
        "evaluate-idempotent"
    } else {
        "evaluate"
    };
    let reported = readme_figures(&fs::read_to_string(readme).unwrap_or_default(), table);
    if reported.is_empty() {
        eprintln!(
            "{}: no evaluation table between the {table} markers",
            readme.display()
        );
        return ExitCode::FAILURE;
    }
    let names = ["SH F1", "SH P", "SH R", "TF F1", "TF P", "TF R"];
    let mut failed = false;
    for (format, figures) in reported {
        let Some((_, measured)) = rows.iter().find(|(f, _)| *f == format) else {
            continue;
        };
        for k in 0..6 {
            if measured[k] < figures[k] - TOLERANCE {
                eprintln!(
                    "quality gate: {format} {} is {:.3}, the README reports {:.3}",
                    names[k], measured[k], figures[k]
                );
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        println!("quality gate: every figure within {TOLERANCE} of the README");
        ExitCode::SUCCESS
    }
}
