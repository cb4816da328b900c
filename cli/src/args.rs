//! Command-line options.

use std::path::PathBuf;

use clap::{Parser, ValueEnum};

/// Strip the chrome (share buttons, comments, appeals, captions, menus,
/// notices) from text dumps of article pages and print the clean body.
///
/// With no FILE, or when FILE is -, chaff reads standard input.
#[derive(Debug, Parser)]
#[command(name = "chaff", version, after_help = EXAMPLES)]
pub struct Args {
    /// Text dumps to clean (- for standard input).
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// Output: the body as text, or the whole result (body, metadata,
    /// removals, every block's fate) as one JSON object per input
    /// [default: text].
    #[arg(long, value_enum)]
    format: Option<Format>,

    /// Print the title (and a blank line) before the body.
    #[arg(long)]
    pub title: bool,

    /// Print every removed block with its kind and the rule that removed it,
    /// instead of the body.
    #[arg(long, conflicts_with = "format")]
    pub explain: bool,

    /// Keep one copy of each photo caption in the body.
    #[arg(long)]
    pub keep_captions: bool,

    /// Keep a kind of chrome in the body (repeatable, or comma-separated;
    /// `all` keeps every kind).
    #[arg(long, value_name = "KIND", value_delimiter = ',')]
    pub keep: Vec<String>,

    /// Remove a kind of chrome (the default for every kind; use after
    /// `--keep all` to remove only some).
    #[arg(long, value_name = "KIND", value_delimiter = ',')]
    pub drop: Vec<String>,

    /// Switch off a rule by name (repeatable; see --list-rules).
    #[arg(long, value_name = "RULE", value_delimiter = ',')]
    pub disable_rule: Vec<String>,

    /// List the rules in the order they run, with what each removes.
    #[arg(long)]
    pub list_rules: bool,

    /// Print what a rule catches, why that is chrome, what it misses and an
    /// example.
    #[arg(long, value_name = "RULE")]
    pub explain_rule: Option<String>,

    /// Replace invalid UTF-8 with U+FFFD instead of refusing the input
    /// (in --jsonl, also lone surrogate escapes in the cleaned field).
    #[arg(long)]
    pub lossy: bool,

    /// Keep the markdown (links, emphasis, heading hashes) of the body's
    /// paragraphs when the input is a markdown dump; by default the body is
    /// plain text.
    #[arg(long)]
    pub markdown: bool,

    /// Read every input as this dump format (plain, layout or markdown)
    /// instead of guessing it from its markup.
    #[arg(long, value_name = "FORMAT", value_parser = parse_format)]
    pub input_format: Option<chaff::DumpFormat>,

    /// Read every input as written in this language (en, de, fr, es, it,
    /// pt, nl, pl) instead of guessing it from its function words.
    #[arg(long, value_name = "CODE")]
    pub language: Option<String>,

    /// Read every input as this kind of page (article: keep only the
    /// article's run of prose; thread, listing, product, documentation or
    /// other: keep every block the chrome rules do not take) instead of
    /// telling the kind from the page's shape.
    #[arg(long, value_name = "KIND")]
    pub page_kind: Option<String>,

    /// Normalize text to NFKC instead of NFC.
    #[arg(long)]
    pub nfkc: bool,

    /// Clean the body again until a pass removes nothing, so that running
    /// chaff on its own output changes nothing (slower; see the README).
    #[arg(long)]
    pub idempotent: bool,

    /// Refuse inputs (or JSON Lines records) larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = chaff::DEFAULT_MAX_INPUT_BYTES)]
    pub max_bytes: usize,

    /// Write one cleaned file per input into DIR, at the input's own path
    /// below it (`.json` for --format json), instead of printing; an
    /// output that would overwrite an input or another input's output is
    /// refused.
    #[arg(short = 'o', long = "output-dir", value_name = "DIR")]
    pub output_dir: Option<PathBuf>,

    /// Read JSON Lines on standard input and write each record back, in
    /// order, with its text field cleaned and every other field untouched.
    #[arg(long, conflicts_with_all = ["files", "output_dir", "explain", "title", "format"])]
    pub jsonl: bool,

    /// The field --jsonl cleans [default: text].
    #[arg(long, value_name = "NAME")]
    pub field: Option<String>,

    /// With --jsonl, add `title`, `byline`, `standfirst`, `language`,
    /// `page_kind` and `removed` (removed blocks per kind) to each record.
    #[arg(long)]
    pub meta: bool,

    /// With --meta, put PREFIX before each added name (`chaff_` gives
    /// `chaff_title`, ...), so that they cannot clash with the record's own.
    #[arg(long, value_name = "PREFIX", requires = "meta")]
    pub meta_prefix: Option<String>,

    /// With --jsonl, leave out records whose body ends up empty (the count
    /// goes to stderr).
    #[arg(long)]
    pub drop_empty: bool,

    /// With --jsonl, leave out records whose body ends up with fewer than N
    /// words.
    #[arg(long, value_name = "N")]
    pub min_words: Option<usize>,

    /// With --jsonl, name each bad record by this field's value as well as
    /// its line number.
    #[arg(long, value_name = "NAME")]
    pub id_field: Option<String>,

    /// Clean every file below a directory given as FILE, in path order.
    #[arg(short = 'r', long)]
    pub recursive: bool,

    /// Read the inputs' paths from FILE (- for standard input), one a line,
    /// after those given as FILE arguments.
    #[arg(long, value_name = "FILE", conflicts_with = "jsonl")]
    pub files_from: Option<PathBuf>,

    /// With --files-from, the paths end with a NUL byte, not a newline (as
    /// `find -print0` writes them).
    #[arg(short = '0', long = "null", requires = "files_from")]
    pub null: bool,

    /// No progress bar (it is shown only when stderr is a terminal).
    #[arg(short = 'q', long)]
    pub quiet: bool,

    /// Worker threads for batches (default and most: one per core, and no
    /// more than there are inputs).
    #[arg(short = 'j', long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
}

impl Args {
    /// What is printed for each input.
    pub fn format(&self) -> Format {
        self.format.unwrap_or(Format::Text)
    }

    /// The field `--jsonl` cleans.
    pub fn field(&self) -> &str {
        self.field.as_deref().unwrap_or("text")
    }

    /// The options that only `--jsonl` takes, by the name the user gave,
    /// when one is given without it.
    pub fn jsonl_only_option(&self) -> Option<&'static str> {
        let given = [
            (self.field.is_some(), "--field"),
            (self.meta, "--meta"),
            (self.drop_empty, "--drop-empty"),
            (self.min_words.is_some(), "--min-words"),
            (self.id_field.is_some(), "--id-field"),
        ];
        given
            .into_iter()
            .find(|&(set, _)| set && !self.jsonl)
            .map(|(_, name)| name)
    }

    /// How `--jsonl` reads and writes records.
    pub fn jsonl_options(&self) -> crate::jsonl::Options {
        crate::jsonl::Options {
            field: self.field().to_string(),
            lossy: self.lossy,
            meta: self
                .meta
                .then(|| self.meta_prefix.clone().unwrap_or_default()),
            min_words: self.min_words.unwrap_or(usize::from(self.drop_empty)),
            id_field: self.id_field.clone(),
            progress: !self.quiet,
        }
    }
}

/// `--input-format`: the library's names (`plain`, `layout`, `markdown`).
fn parse_format(name: &str) -> Result<chaff::DumpFormat, String> {
    name.parse().map_err(|e: chaff::Error| e.to_string())
}

/// What is printed for each input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// The body text.
    Text,
    /// The whole result as JSON.
    Json,
}

const EXAMPLES: &str = "\
Examples:
  chaff page.txt                      print the clean body
  chaff --explain page.txt            show what was removed, and why
  chaff --format json page.txt        body, title, byline and removals as JSON
  chaff -o clean/ dumps/*.txt         clean many files, one output file each
  chaff --jsonl < pages.jsonl > clean.jsonl   clean the \"text\" field of every record

Kinds: share, hashtags, related, caption, duplicate, pull-quote, author-bio,
comments, comment-form, appeal, navigation, notice, advertisement, dateline.";
