//! The `chaff` command: argument handling and I/O around the library.

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use chaff::{Cleaner, Config, Kind};
use chaff_cli::args::Args;
use chaff_cli::report::{self, Status};
use chaff_cli::{files, jsonl};
use clap::Parser;

fn main() -> ExitCode {
    let args = Args::parse();
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    // Checked here, not with clap's `requires`, which lets `--field` pass
    // when a FILE is given too.
    if let Some(option) = args.jsonl_only_option() {
        report::say(&format!(
            "{option} works on JSON Lines records; it needs --jsonl"
        ));
        return ExitCode::from(2);
    }
    let result = if args.list_rules {
        list_rules(&mut out).map(|()| Status::Ok)
    } else if let Some(name) = &args.explain_rule {
        let Some(rule) = chaff::rules().find(|r| r.name == name) else {
            report::say(&chaff::Error::UnknownRule(name.clone()).to_string());
            return ExitCode::from(2);
        };
        explain_rule(&rule, &mut out).map(|()| Status::Ok)
    } else {
        let config = match build_config(&args) {
            Ok(config) => config,
            Err(message) => {
                report::say(&message);
                return ExitCode::from(2);
            }
        };
        set_threads(&args);
        let cleaner = Cleaner::new(config);
        if args.jsonl {
            jsonl::run(
                &cleaner,
                &args.jsonl_options(),
                io::stdin().lock(),
                &mut out,
            )
        } else {
            files::run(&args, &cleaner, &mut out)
        }
    };
    let result = result.and_then(|status| out.flush().map(|()| status));
    match result {
        Ok(Status::Ok) => ExitCode::SUCCESS,
        Ok(Status::Failed) => ExitCode::FAILURE,
        // A reader that went away (`chaff big.txt | head`) is not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            report::say(&format!("stdout: {}", report::io_message(&e)));
            ExitCode::FAILURE
        }
    }
}

/// The kinds a rule removes blocks as, comma-separated; `None` for a rule
/// that finds metadata.
fn kind_list(rule: &chaff::RuleInfo) -> Option<String> {
    let kinds: Vec<&str> = rule.kinds.iter().map(|k| k.name()).collect();
    (!kinds.is_empty()).then(|| kinds.join(", "))
}

/// A rule's documentation, for `--explain-rule`.
fn explain_rule(rule: &chaff::RuleInfo, out: &mut impl Write) -> io::Result<()> {
    writeln!(out, "{}: {}", rule.name, rule.summary)?;
    writeln!(out)?;
    writeln!(out, "Catches: {}", rule.docs.catches)?;
    writeln!(out, "Why it is chrome: {}", rule.docs.why)?;
    writeln!(out, "Misses: {}", rule.docs.misses)?;
    writeln!(out, "Example:")?;
    for line in rule.docs.example.lines() {
        writeln!(out, "    {line}")?;
    }
    writeln!(out)?;
    match kind_list(rule) {
        Some(kinds) => writeln!(out, "Removes blocks as: {kinds}")?,
        None => writeln!(out, "Removes nothing: it finds metadata.")?,
    }
    if !rule.reads.is_empty() {
        writeln!(out, "Reads the results of: {}", rule.reads.join(", "))?;
    }
    Ok(())
}

fn list_rules(out: &mut impl Write) -> io::Result<()> {
    for rule in chaff::rules() {
        writeln!(out, "{:<20} {}", rule.name, rule.summary)?;
        let removes = kind_list(&rule).unwrap_or_else(|| "metadata".to_string());
        write!(out, "{:<20} removes as: {removes}", "")?;
        if !rule.reads.is_empty() {
            write!(out, "; reads: {}", rule.reads.join(", "))?;
        }
        writeln!(out)?;
    }
    Ok(())
}

/// Sizes the worker pool: `-j N`, but never more threads than cores (the
/// work is cleaning, not waiting) nor, for files, than inputs.
fn set_threads(args: &Args) {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let mut threads = args.jobs.map_or(cores, usize::from).min(cores);
    if !args.jsonl {
        threads = threads.min(args.files.len().max(1));
    }
    // Only fails when a pool exists already, which cannot be the case here.
    let _ = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build_global();
}

fn parse_kinds(names: &[String]) -> Result<Vec<Kind>, String> {
    let mut kinds = Vec::new();
    for name in names {
        if name == "all" {
            kinds.extend(Kind::ALL);
        } else {
            kinds.push(name.parse::<Kind>().map_err(|e| e.to_string())?);
        }
    }
    Ok(kinds)
}

fn build_config(args: &Args) -> Result<Config, String> {
    let mut config = Config::new()
        .keep_markdown(args.markdown)
        .nfkc(args.nfkc)
        .idempotent(args.idempotent)
        .max_input_bytes(args.max_bytes);
    if args.keep_captions {
        config = config.keep(Kind::Caption);
    }
    if let Some(format) = args.input_format {
        config = config.dump_format(format);
    }
    if let Some(code) = &args.language {
        config = config.language(code.parse().map_err(|e: chaff::Error| e.to_string())?);
    }
    if let Some(kind) = &args.page_kind {
        config = config.page_kind(kind.parse().map_err(|e: chaff::Error| e.to_string())?);
    }
    for kind in parse_kinds(&args.keep)? {
        config = config.keep(kind);
    }
    for kind in parse_kinds(&args.drop)? {
        config = config.remove(kind);
    }
    for rule in &args.disable_rule {
        config = config.disable_rule(rule).map_err(|e| e.to_string())?;
    }
    Ok(config)
}
