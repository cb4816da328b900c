//! Scores chaff on an evaluation set laid out like `../shared/evalset`.
//!
//! ```sh
//! cargo run --release --example evaluate -- DIR [--formats blocks,window] \
//!     [--per-doc FILE] [--save DIR] [--check README.md] [--idempotent]
//! cargo run --release --features fitting --example evaluate -- DIR \
//!     --fit-data FILE
//! ```
//!
//! Every dump of every format is cleaned in-process with the default
//! configuration, and scored with the benchmarks' own metrics:
//!
//! - `sh/` (Scrapinghub article-extraction-benchmark): 4-gram shingles of
//!   `\w+` tokens, per-document true/false positives and negatives
//!   normalised to sum to 1, precision and recall averaged over documents,
//!   F1 of the two averages;
//! - `tf/` (trafilatura's evaluation): whitespace-normalised substring
//!   search of the `with` (must appear) and `without` (must not) snippets,
//!   counts summed over the corpus;
//! - `modern/` (2025-26 pages of every kind): both, since its truth has a
//!   body and snippets, and the shingle F1 per kind of page (`page_type`).
//!
//! It prints four tables, each between the markers the README keeps it
//! in: `evaluate` (the `sh` and `tf` pages together, per format, with the
//! single-thread throughput of the cleaning calls: the median of five
//! timed passes over the dumps after the scored one), `evaluate-halves`
//! (the same F1 on each half of the pages, split by the parity of the
//! FNV-1a hash of the page's name, for the dev set and for `modern`),
//! `evaluate-modern` and `evaluate-kinds`. A change that raises one half
//! and not the other fits the pages it was made on.
//!
//! With `--check README.md` it compares each figure with the README's copy
//! of its table and exits 1 if any has dropped by more than 0.005: the
//! quality gate CI runs (speed is not gated). With `--idempotent` the
//! dumps are cleaned in idempotent mode (`Config::idempotent`) and the
//! tables are named with `-idempotent` after them; the README keeps the
//! first of them.
//!
//! With `--fit-data FILE` (built with the `fitting` feature) it writes,
//! instead of the tables, one row per page and format: the page's shape as
//! the article finder measures it, and the page's F1 read as an article
//! and read as a page of another kind. `scripts/fit_page_shape.py` fits
//! the page-shape model on it.

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
    fit_data: Option<PathBuf>,
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
        fit_data: None,
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
            "--fit-data" => options.fit_data = Some(value("--fit-data")?.into()),
            "--run-costs" => set_run_costs(&value("--run-costs")?)?,
            _ if arg.starts_with('-') => return Err(format!("unknown option {arg}")),
            _ => dir = Some(PathBuf::from(arg)),
        }
    }
    options.dir = dir.ok_or(
        "usage: evaluate DIR [--formats LIST] [--per-doc FILE] [--save DIR] [--check README.md] [--idempotent] [--fit-data FILE] [--run-costs NAME=VALUE,...]",
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

/// One page of a bench and its truth: a body (`SH`), snippets (`TF`), or
/// both (`modern`), and its kind of page where the truth says.
struct Page {
    name: String,
    body: Option<String>,
    snippets: Option<Snippets>,
    kind: Option<String>,
}

fn load_pages(dir: &Path, bench: &str) -> Vec<Page> {
    let tdir = dir.join(bench).join("truth");
    let Ok(entries) = fs::read_dir(&tdir) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .map(|e| e.unwrap().path())
        .filter_map(|p| Some(p.file_stem()?.to_string_lossy().into_owned()))
        .collect();
    names.sort();
    names.dedup();
    names
        .into_iter()
        .map(|name| {
            let body = fs::read_to_string(tdir.join(format!("{name}.txt"))).ok();
            let json: Option<serde_json::Value> =
                fs::read_to_string(tdir.join(format!("{name}.json")))
                    .ok()
                    .map(|t| serde_json::from_str(&t).unwrap());
            let list = |v: &serde_json::Value, k: &str| -> Vec<String> {
                v[k].as_array()
                    .unwrap()
                    .iter()
                    .map(|s| s.as_str().unwrap().to_string())
                    .collect()
            };
            let snippets = json.as_ref().map(|v| Snippets {
                with: list(v, "with"),
                without: list(v, "without"),
            });
            let kind = json
                .as_ref()
                .and_then(|v| v["page_type"].as_str().map(String::from));
            Page {
                name,
                body,
                snippets,
                kind,
            }
        })
        .collect()
}

/// Which half of the development set a page is in: the parity of the
/// FNV-1a hash of its name. A change that raises one half only fits the
/// pages it was made on.
fn half(name: &str) -> usize {
    let hash = name.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    (hash & 1) as usize
}

/// How one page came out: its shingle triple and snippet counts, where it
/// has such truth.
struct Outcome {
    half: usize,
    kind: Option<String>,
    sh: Option<(f64, f64, f64)>,
    tf: Option<[usize; 4]>,
}

/// The outcomes of every page of `bench` in `format`, with the bytes
/// cleaned and the median time of a pass; `None` when the format is
/// missing.
fn run_bench(
    options: &Options,
    bench: &str,
    format: &str,
    pages: &[Page],
    per_doc: &mut String,
) -> Option<(Vec<Outcome>, usize, Duration)> {
    let fdir = options.dir.join(bench).join(format);
    if !fdir.is_dir() || pages.is_empty() {
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
        .map(|page| fs::read(fdir.join(format!("{}.txt", page.name))).unwrap())
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
    let mut outcomes = Vec::new();
    for (page, body) in pages.iter().zip(bodies) {
        if let Some(save) = &options.save {
            let out = save.join(bench).join(format);
            fs::create_dir_all(&out).unwrap();
            fs::write(out.join(format!("{}.txt", page.name)), &body).unwrap();
        }
        let sh = page.body.as_deref().map(|t| sh_triple(t, &body));
        let tf = page.snippets.as_ref().map(|s| tf_counts(s, &body));
        if let Some(x) = sh {
            per_doc.push_str(&format!(
                "{bench}\tsh\t{format}\t{}\t{:.3}\t{:.3}\t{:.3}\n",
                page.name, x.0, x.1, x.2
            ));
        }
        if let Some(c) = tf {
            per_doc.push_str(&format!(
                "{bench}\ttf\t{format}\t{}\t{}\t{}\t{}\t{}\n",
                page.name, c[0], c[1], c[2], c[3]
            ));
        }
        outcomes.push(Outcome {
            half: half(&page.name),
            kind: page.kind.clone(),
            sh,
            tf,
        });
    }
    Some((outcomes, bytes, time))
}

/// The SH and TF scores of the outcomes `keep` selects.
fn scores(outcomes: &[&Outcome], keep: impl Fn(&Outcome) -> bool) -> (Score, Score) {
    let kept: Vec<&&Outcome> = outcomes.iter().filter(|o| keep(o)).collect();
    let triples: Vec<_> = kept.iter().filter_map(|o| o.sh).collect();
    let counts: Vec<_> = kept.iter().filter_map(|o| o.tf).collect();
    (sh_score(&triples), tf_score(&counts))
}

/// A table the example prints and `--check` compares with the README's
/// copy between `<!-- NAME:start -->` and `<!-- NAME:end -->`.
struct Table {
    name: String,
    header: Vec<&'static str>,
    /// Each row's label, its gated figures, and the speed (not gated).
    rows: Vec<(String, Vec<f64>, Option<f64>)>,
}

impl Table {
    fn print(&self) {
        println!("<!-- {}:start -->", self.name);
        println!("| {} |", self.header.join(" | "));
        println!("|{}", "---|".repeat(self.header.len()));
        for (label, values, speed) in &self.rows {
            let mut cells: Vec<String> = vec![label.clone()];
            cells.extend(values.iter().map(|v| {
                if v.fract() == 0.0 && *v >= 1.0 {
                    format!("{v}")
                } else {
                    format!("{v:.3}")
                }
            }));
            cells.extend(speed.map(|s| format!("{s:.1}")));
            println!("| {} |", cells.join(" | "));
        }
        println!("<!-- {}:end -->\n", self.name);
    }

    /// Figures of this table that fell by more than [`TOLERANCE`] below
    /// the README's, as messages; `None` when the README lacks the table.
    fn check(&self, readme: &str) -> Option<Vec<String>> {
        let start = readme.find(&format!("<!-- {}:start -->", self.name))?;
        let end = readme[start..]
            .find(&format!("<!-- {}:end -->", self.name))
            .map_or(readme.len(), |e| start + e);
        let mut drops = Vec::new();
        for line in readme[start..end].lines() {
            let cells: Vec<&str> = line
                .split('|')
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .collect();
            let Some(label) = cells.first() else { continue };
            let Some((_, measured, _)) = self.rows.iter().find(|(l, _, _)| l == label) else {
                continue;
            };
            for (k, cell) in cells[1..].iter().take(measured.len()).enumerate() {
                let Ok(reported) = cell.parse::<f64>() else {
                    continue;
                };
                if measured[k] < reported - TOLERANCE {
                    drops.push(format!(
                        "{}: {label} {} is {:.3}, the README reports {reported:.3}",
                        self.name,
                        self.header[k + 1],
                        measured[k]
                    ));
                }
            }
        }
        Some(drops)
    }
}

const MODERN_FORMATS: [&str; 3] = ["blocks", "inscriptis", "markdown"];

fn main() -> ExitCode {
    let options = match parse_args() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let suffix = if options.idempotent {
        "-idempotent"
    } else {
        ""
    };
    let sh = load_pages(&options.dir, "sh");
    let tf = load_pages(&options.dir, "tf");
    let modern = load_pages(&options.dir, "modern");
    if let Some(path) = &options.fit_data {
        let pages = [("sh", &sh), ("tf", &tf), ("modern", &modern)];
        return match fit_data(&options, &pages) {
            Ok(rows) => {
                fs::write(path, rows).unwrap();
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("{e}");
                ExitCode::from(2)
            }
        };
    }
    let mut per_doc = String::new();
    let mut dev = Table {
        name: format!("evaluate{suffix}"),
        header: vec![
            "format", "SH F1", "SH P", "SH R", "TF F1", "TF P", "TF R", "MB/s",
        ],
        rows: Vec::new(),
    };
    let mut halves = Table {
        name: format!("evaluate-halves{suffix}"),
        header: vec!["part", "SH F1 A", "SH F1 B", "TF F1 A", "TF F1 B"],
        rows: Vec::new(),
    };
    let mut modern_table = Table {
        name: format!("evaluate-modern{suffix}"),
        header: vec!["format", "SH F1", "SH P", "SH R", "TF F1", "TF P", "TF R"],
        rows: Vec::new(),
    };
    let mut by_kind: Vec<(String, Vec<f64>)> = Vec::new();
    let halves_row = |outcomes: &[&Outcome]| {
        let (sa, ta) = scores(outcomes, |o| o.half == 0);
        let (sb, tb) = scores(outcomes, |o| o.half == 1);
        vec![sa.f1, sb.f1, ta.f1, tb.f1]
    };
    for format in &options.formats {
        let runs: Vec<_> = [("sh", &sh), ("tf", &tf)]
            .into_iter()
            .filter_map(|(bench, pages)| run_bench(&options, bench, format, pages, &mut per_doc))
            .collect();
        if runs.is_empty() {
            continue;
        }
        let outcomes: Vec<&Outcome> = runs.iter().flat_map(|(o, _, _)| o).collect();
        let (bytes, time) = runs
            .iter()
            .fold((0, Duration::ZERO), |(b, t), (_, bytes, time)| {
                (b + bytes, t + *time)
            });
        let (s, t) = scores(&outcomes, |_| true);
        dev.rows.push((
            format!("`{format}`"),
            vec![s.f1, s.precision, s.recall, t.f1, t.precision, t.recall],
            Some(bytes as f64 / 1e6 / time.as_secs_f64().max(1e-9)),
        ));
        halves
            .rows
            .push((format!("`{format}`"), halves_row(&outcomes), None));
    }
    for format in options
        .formats
        .iter()
        .filter(|f| MODERN_FORMATS.contains(&f.as_str()))
    {
        let Some((outcomes, _, _)) = run_bench(&options, "modern", format, &modern, &mut per_doc)
        else {
            continue;
        };
        let outcomes: Vec<&Outcome> = outcomes.iter().collect();
        let (s, t) = scores(&outcomes, |_| true);
        modern_table.rows.push((
            format!("`{format}`"),
            vec![s.f1, s.precision, s.recall, t.f1, t.precision, t.recall],
            None,
        ));
        halves
            .rows
            .push((format!("`modern/{format}`"), halves_row(&outcomes), None));
        let mut kinds: Vec<&str> = outcomes.iter().filter_map(|o| o.kind.as_deref()).collect();
        kinds.sort();
        kinds.dedup();
        for kind in kinds {
            let (s, _) = scores(&outcomes, |o| o.kind.as_deref() == Some(kind));
            let pages = outcomes
                .iter()
                .filter(|o| o.kind.as_deref() == Some(kind))
                .count();
            match by_kind.iter_mut().find(|(k, _)| k == kind) {
                Some((_, values)) => values.push(s.f1),
                None => by_kind.push((kind.to_string(), vec![pages as f64, s.f1])),
            }
        }
    }
    let kinds_table = Table {
        name: format!("evaluate-kinds{suffix}"),
        header: vec![
            "page type",
            "pages",
            "blocks SH F1",
            "inscriptis SH F1",
            "markdown SH F1",
        ],
        rows: by_kind
            .into_iter()
            .map(|(kind, values)| (kind, values, None))
            .collect(),
    };
    let tables = [dev, halves, modern_table, kinds_table];
    for table in &tables {
        if !table.rows.is_empty() {
            table.print();
        }
    }
    if let Some(path) = &options.per_doc {
        fs::write(path, per_doc).unwrap();
    }
    let Some(readme) = &options.check else {
        return ExitCode::SUCCESS;
    };
    let readme_text = fs::read_to_string(readme).unwrap_or_default();
    let mut drops = Vec::new();
    for table in &tables {
        match table.check(&readme_text) {
            Some(found) => drops.extend(found),
            // The dev table must be there; the others are checked where
            // the README reports them.
            None if table.name == tables[0].name => {
                eprintln!(
                    "{}: no evaluation table between the {} markers",
                    readme.display(),
                    table.name
                );
                return ExitCode::FAILURE;
            }
            None => {}
        }
    }
    if drops.is_empty() {
        println!("quality gate: every figure within {TOLERANCE} of the README");
        ExitCode::SUCCESS
    } else {
        for drop in drops {
            eprintln!("quality gate: {drop}");
        }
        ExitCode::FAILURE
    }
}

// --- data for the fitting scripts ---------------------------------------------

/// One tab-separated row per page and format: bench, format, page, its
/// `page_type` (`news` for `sh` and `tf`), how it scores read as an
/// article and read as a page of another kind, then the page-shape
/// measures and the marks of kind (named `kind_...`). A score is the
/// bench's own: the shingle triple (true positives, false positives,
/// false negatives, normalised) for `sh` and `modern`, the snippet
/// counts (tp, fp, fn, tn) for `tf`, space-separated.
/// Pages where the finder found no run of prose are left out: the kind
/// changes nothing there.
#[cfg(feature = "fitting")]
fn fit_data(options: &Options, benches: &[(&str, &Vec<Page>)]) -> Result<String, String> {
    use chaff::{Cleaner, Config, PageKind};
    let shaped = Cleaner::default();
    let article = Cleaner::new(Config::new().page_kind(PageKind::Article));
    let other = Cleaner::new(Config::new().page_kind(PageKind::Other));
    let mut rows = format!(
        "bench\tformat\tpage\tpage_type\tarticle\tother\t{}\t{}\n",
        chaff::fitting::PAGE_SHAPE_FEATURES.join("\t"),
        chaff::fitting::KIND_MARKS
            .iter()
            .map(|m| format!("kind_{m}"))
            .collect::<Vec<_>>()
            .join("\t")
    );
    for &(bench, pages) in benches {
        for format in &options.formats {
            let fdir = options.dir.join(bench).join(format);
            if !fdir.is_dir() {
                continue;
            }
            for page in pages.iter() {
                let path = fdir.join(format!("{}.txt", page.name));
                let dump = fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
                let text = String::from_utf8_lossy(&dump);
                let Some(shape) = chaff::fitting::page_shape(&shaped, &text) else {
                    continue;
                };
                let score = |cleaner: &Cleaner| {
                    let body = cleaner.clean(&text).map(|c| c.body).unwrap_or_default();
                    match (&page.body, &page.snippets) {
                        (Some(truth), _) if bench != "tf" => {
                            let (tp, fp, fn_) = sh_triple(truth, &body);
                            format!("{tp:.6} {fp:.6} {fn_:.6}")
                        }
                        (_, Some(snippets)) => {
                            let [tp, fp, fn_, tn] = tf_counts(snippets, &body);
                            format!("{tp} {fp} {fn_} {tn}")
                        }
                        _ => String::new(),
                    }
                };
                let measures: Vec<String> = shape.iter().map(|x| format!("{x:.6}")).collect();
                rows.push_str(&format!(
                    "{bench}\t{format}\t{}\t{}\t{}\t{}\t{}\n",
                    page.name,
                    page.kind.as_deref().unwrap_or("news"),
                    score(&article),
                    score(&other),
                    measures.join("\t")
                ));
            }
        }
    }
    Ok(rows)
}

/// `--run-costs name=value,...`: the article finder's run costs for this
/// run, for `scripts/fit_run_costs.py`.
#[cfg(feature = "fitting")]
fn set_run_costs(pairs: &str) -> Result<(), String> {
    chaff::fitting::set_run_costs(pairs)
}

#[cfg(not(feature = "fitting"))]
fn set_run_costs(_: &str) -> Result<(), String> {
    Err("--run-costs needs the fitting feature: cargo run --release --features fitting --example evaluate -- DIR --run-costs short=15,...".into())
}

#[cfg(not(feature = "fitting"))]
fn fit_data(_: &Options, _: &[(&str, &Vec<Page>)]) -> Result<String, String> {
    Err("--fit-data needs the fitting feature: cargo run --release --features fitting --example evaluate -- DIR --fit-data FILE".into())
}
