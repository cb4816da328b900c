//! The `chaff` command: argument handling and I/O around the library.

mod args;
mod files;
mod jsonl;
mod render;
mod report;

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use chaff::{Cleaner, Config, Kind};
use clap::Parser;

use args::Args;
use report::Status;

fn main() -> ExitCode {
    let args = Args::parse();
    if args.list_rules {
        for (name, summary) in chaff::rules() {
            println!("{name:<20} {summary}");
        }
        return ExitCode::SUCCESS;
    }
    let config = match build_config(&args) {
        Ok(config) => config,
        Err(message) => {
            eprintln!("chaff: {message}");
            return ExitCode::from(2);
        }
    };
    if let Some(jobs) = args.jobs {
        // Only fails when a pool exists already, which cannot be the case here.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(jobs)
            .build_global();
    }
    let cleaner = Cleaner::new(config);
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let result = if args.jsonl {
        jsonl::run(&cleaner, &args.field, io::stdin().lock(), &mut out)
    } else {
        files::run(&args, &cleaner, &mut out)
    };
    let result = result.and_then(|status| out.flush().map(|()| status));
    match result {
        Ok(Status::Ok) => ExitCode::SUCCESS,
        Ok(Status::Failed) => ExitCode::FAILURE,
        // A reader that went away (`chaff big.txt | head`) is not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("chaff: {}", report::io_message(&e));
            ExitCode::FAILURE
        }
    }
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
        .keep_captions(args.keep_captions)
        .keep_markdown(args.markdown)
        .nfkc(args.nfkc)
        .idempotent(args.idempotent)
        .max_input_bytes(args.max_bytes);
    if let Some(format) = args.input_format {
        config = config.dump_format(format.into());
    }
    if let Some(code) = &args.language {
        config = config.language(code.parse().map_err(|e: chaff::Error| e.to_string())?);
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
