//! The command line, as clap derive structs. Doc comments here are the `--help` text; nothing else in
//! newsdex looks at clap.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Full-text search for news archives: articles, the quotes in them, and who said each one.
///
/// Index a folder of articles (text, HTML, JSON/JSONL, WARC), then ask things like
/// `newsdex search Ukraine --speaker Truss`: everything Truss said about Ukraine.
#[derive(Debug, Parser)]
#[command(name = "newsdex", version, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Index(IndexArgs),
    Search(SearchArgs),
    Speakers(SpeakersArgs),
    Timeline(TimelineArgs),
    Show(ShowArgs),
    Extract(ExtractArgs),
    Eval(EvalArgs),
}

/// Where the index lives; shared by every command that reads or writes it.
#[derive(Debug, Args)]
pub struct IndexDir {
    /// Index folder. Created by `index` when missing.
    #[arg(
        long,
        value_name = "DIR",
        env = "NEWSDEX_INDEX",
        default_value = "newsdex-index"
    )]
    pub index: PathBuf,
}

/// Index every article under ARCHIVE, replacing what the index held (or, with --update, only
/// what changed).
///
/// Files are read in parallel and committed once at the end, so an interrupted run leaves the
/// previous index whole. Each file that cannot be used gets one line on stderr (path: reason).
/// Exit status: 0 all input indexed; 3 indexed, but some files or records were skipped; 2 error
/// (nothing was changed).
#[derive(Debug, Args)]
pub struct IndexArgs {
    /// Folder (or single file) of articles.
    pub archive: PathBuf,
    #[command(flatten)]
    pub index: IndexDir,
    /// Map one of our fields to a JSON field name the archive uses (repeatable),
    /// e.g. `--field body=article_text`.
    #[arg(long = "field", value_name = "OURS=THEIRS")]
    pub fields: Vec<String>,
    /// Only read files whose path below ARCHIVE matches this glob (repeatable), e.g. '*.html'.
    #[arg(long, value_name = "GLOB")]
    pub include: Vec<String>,
    /// Leave out files whose path below ARCHIVE matches this glob (repeatable), e.g. 'drafts/**'.
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,
    /// Read again only files whose size or modification time changed since they were indexed,
    /// add new ones, and drop the articles of files no longer in ARCHIVE (or no longer chosen by
    /// --include/--exclude). A changed file that cannot be read keeps its old articles.
    #[arg(long)]
    pub update: bool,
    /// Print nothing but errors and skipped files.
    #[arg(long, short, conflicts_with = "verbose")]
    pub quiet: bool,
    /// List every article warning (no date found, …), not only the first ten.
    #[arg(long, short)]
    pub verbose: bool,
}

/// What `search` and `speakers` choose quotes by.
#[derive(Debug, Args)]
pub struct Filters {
    /// Words the quotes (or their articles) are about (tantivy query syntax: "exact phrase",
    /// -exclude, headline:word).
    pub query: Vec<String>,
    /// Only quotes whose resolved speaker's name holds these words (case-insensitive).
    #[arg(long, short, value_name = "NAME")]
    pub speaker: Option<String>,
    /// Published on or after: YYYY, YYYY-MM or YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Published on or before (the whole year, month or day): YYYY, YYYY-MM or YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
}

/// Search quotes (default) or articles.
///
/// Without QUERY the filters alone choose, newest first: `search --speaker Truss` is everything
/// Truss said. With QUERY a quote matches when its own words match (ranked first) or its article
/// does. A question about one speaker is read as one: `search "everything Truss said about
/// Ukraine"` is `search Ukraine --speaker Truss`. Exit status: 0 hits found; 1 nothing found; 2
/// error.
#[derive(Debug, Args)]
pub struct SearchArgs {
    #[command(flatten)]
    pub filters: Filters,
    /// Return articles instead of quotes (with --speaker: articles quoting that speaker).
    #[arg(long)]
    pub articles: bool,
    /// How many hits at most.
    #[arg(long, short = 'n', default_value_t = 20, value_parser = clap::value_parser!(u64).range(1..=100_000))]
    pub limit: u64,
    /// One JSON object per line (fields documented in README.md).
    #[arg(long)]
    pub json: bool,
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    pub color: Color,
    #[command(flatten)]
    pub index: IndexDir,
}

/// List who is quoted, with quote counts, roles and the forms the articles used for them.
///
/// With QUERY, only quotes about it count (their own words or their article match): who talked
/// about Ukraine? Exit status: 0 speakers found; 1 none; 2 error.
#[derive(Debug, Args)]
pub struct SpeakersArgs {
    #[command(flatten)]
    pub filters: Filters,
    /// How many speakers at most.
    #[arg(long, short = 'n', default_value_t = 50, value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    pub limit: u64,
    /// One JSON object per line.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub index: IndexDir,
}

/// Count quotes (or articles) per month, week, day or year: when did Voss talk about the strike?
///
/// QUERY and the filters choose as in `search`, and a question is read the same way. Every period
/// from the first to the last is listed, empty ones with 0; undated quotes are counted apart.
/// Exit status: 0 something counted; 1 nothing; 2 error.
#[derive(Debug, Args)]
pub struct TimelineArgs {
    #[command(flatten)]
    pub filters: Filters,
    /// Count articles instead of quotes (with --speaker: articles quoting that speaker).
    #[arg(long)]
    pub articles: bool,
    /// How long each period is.
    #[arg(long, value_enum, default_value_t = Period::Month)]
    pub by: Period,
    /// One JSON object per period (and one with `"period": null` for the undated).
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub index: IndexDir,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Period {
    Year,
    Month,
    Week,
    Day,
}

/// Print an article from the index: its fields, its text with numbered paragraphs, and its quotes.
///
/// ARTICLE is what a hit names: the path it prints (`text/strike.txt`, `export/news.jsonl#2`) or
/// the `article_id` of `--json`. The path of a file holding many articles shows all of them.
/// Exit status: 0 found; 1 not in the index; 2 error.
#[derive(Debug, Args)]
pub struct ShowArgs {
    pub article: String,
    /// One JSON object per article, in the form `extract --json` prints.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub index: IndexDir,
}

/// Parse one file without indexing and print its articles and quotes, exactly as the indexer sees them.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    pub file: PathBuf,
    /// One JSON object per article (per line for files holding many).
    #[arg(long)]
    pub json: bool,
    /// Map one of our fields to a JSON field name, as for `index`.
    #[arg(long = "field", value_name = "OURS=THEIRS")]
    pub fields: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Color {
    Auto,
    Always,
    Never,
}

/// Score quote extraction against gold annotations: recall, attribution accuracy and precision.
///
/// GOLD is a folder of gold JSONL files (`<stem>.jsonl` for a file holding one article,
/// `<stem>--N.jsonl` for the N-th article of a JSONL or WARC file), or one gold file for one
/// article. Rules and format: shared/gold/README.md. Exit status: 0 thresholds met; 1 a figure is
/// below its threshold; 2 error.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Gold folder or file.
    pub gold: PathBuf,
    /// Article files or folders to extract from.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Fail (exit 1) when quote recall is below this (0 to 1).
    #[arg(long, default_value_t = 0.0, value_name = "R")]
    pub min_recall: f64,
    /// Fail when attribution accuracy is below this (0 to 1).
    #[arg(long, default_value_t = 0.0, value_name = "A")]
    pub min_attribution: f64,
    /// Fail when precision is below this (0 to 1).
    #[arg(long, default_value_t = 0.0, value_name = "P")]
    pub min_precision: f64,
    /// Each article's figures and every miss.
    #[arg(long, short)]
    pub verbose: bool,
    /// Map one of our fields to a JSON field name, as for `index`.
    #[arg(long = "field", value_name = "OURS=THEIRS")]
    pub fields: Vec<String>,
}
