//! The `newsdex` binary: parse arguments, run the command, print an error once, exit with its code.

use anyhow::{Context, Result};
use clap::Parser;
use newsdex::archive::Selection;
use newsdex::cli::{
    Cli, Color, Command, EvalArgs, ExtractArgs, Filters, IndexArgs, Period, SearchArgs, ShowArgs,
    SpeakersArgs, TimelineArgs,
};
use newsdex::indexer::{self, IndexJob};
use newsdex::parse::ParseOptions;
use newsdex::search::{self, SearchRequest};
use newsdex::{config, output};
use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

/// Exit codes, as README.md documents them.
const FOUND_NOTHING: u8 = 1;
const BELOW_THRESHOLD: u8 = 1;
const ERROR: u8 = 2;
const INDEXED_WITH_SKIPS: u8 = 3;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("newsdex: {e:#}");
            ExitCode::from(ERROR)
        }
    }
}

/// `newsdex search … | head` closes the pipe early; that is a normal end, not an error.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain()
        .filter_map(|c| c.downcast_ref::<io::Error>())
        .any(|io| io.kind() == io::ErrorKind::BrokenPipe)
}

fn run(cli: Cli) -> Result<u8> {
    match cli.command {
        Command::Index(args) => index(args),
        Command::Search(args) => search(args),
        Command::Speakers(args) => speakers(args),
        Command::Timeline(args) => timeline(args),
        Command::Show(args) => show(args),
        Command::Extract(args) => extract(args),
        Command::Eval(args) => eval(args),
    }
}

fn index(args: IndexArgs) -> Result<u8> {
    let job = IndexJob {
        archive: args.archive,
        index_dir: args.index.index,
        parse: ParseOptions {
            fields: config::field_map(&args.fields)?,
        },
        select: Selection::new(&args.include, &args.exclude)?,
        progress: !args.quiet && io::stderr().is_terminal(),
        update: args.update,
    };
    let report = indexer::index_archive(&job)?;
    output::index_report(
        &mut io::stdout().lock(),
        &mut io::stderr().lock(),
        &report,
        &job.index_dir,
        args.quiet,
        args.verbose,
    )?;
    Ok(if report.lost_input() {
        INDEXED_WITH_SKIPS
    } else {
        0
    })
}

/// The request both `search` and `speakers` make from their shared filters.
fn request(filters: Filters, limit: u64) -> Result<SearchRequest> {
    let (since, until) = config::date_range(filters.since.as_deref(), filters.until.as_deref())?;
    let mut query = filters.query.join(" ");
    let mut speaker = filters.speaker.filter(|s| !s.trim().is_empty());
    // `everything Truss said about Ukraine` asks what `Ukraine --speaker Truss` does.
    if let Some(q) = config::question(&query).filter(|_| speaker.is_none()) {
        eprintln!("newsdex: read as: {} --speaker {:?}", q.about, q.speaker);
        (query, speaker) = (q.about, Some(q.speaker));
    }
    Ok(SearchRequest {
        query: (!query.trim().is_empty()).then_some(query),
        speaker,
        since,
        until,
        articles: false,
        limit: usize::try_from(limit).unwrap_or(usize::MAX),
    })
}

fn search(args: SearchArgs) -> Result<u8> {
    let mut request = request(args.filters, args.limit)?;
    request.articles = args.articles;
    let result = search::search(&args.index.index, &request)?;
    for warning in &result.query_warnings {
        eprintln!("newsdex: query: {warning}; that part was left out");
    }
    let stdout = io::stdout();
    let mut w = stdout.lock();
    if args.json {
        output::hits_json(&mut w, &result)?;
    } else {
        let color = match args.color {
            Color::Always => true,
            Color::Never => false,
            Color::Auto => stdout.is_terminal() && std::env::var_os("NO_COLOR").is_none(),
        };
        output::hits_text(&mut w, &result, output::Marks::new(color))?;
    }
    w.flush()?;
    Ok(if result.hits.is_empty() {
        FOUND_NOTHING
    } else {
        0
    })
}

fn speakers(args: SpeakersArgs) -> Result<u8> {
    let request = request(args.filters, args.limit)?;
    let mut found = search::speakers(&args.index.index, &request)?;
    found.truncate(request.limit);
    let mut w = io::stdout().lock();
    if args.json {
        output::speakers_json(&mut w, &found)?;
    } else {
        output::speakers_text(&mut w, &found)?;
    }
    w.flush()?;
    Ok(if found.is_empty() { FOUND_NOTHING } else { 0 })
}

fn timeline(args: TimelineArgs) -> Result<u8> {
    let mut request = request(args.filters, 1)?;
    request.articles = args.articles;
    let period = match args.by {
        Period::Year => search::Period::Year,
        Period::Month => search::Period::Month,
        Period::Week => search::Period::Week,
        Period::Day => search::Period::Day,
    };
    let found = search::timeline(&args.index.index, &request, period)?;
    let mut w = io::stdout().lock();
    if args.json {
        output::timeline_json(&mut w, &found)?;
    } else {
        output::timeline_text(&mut w, &found)?;
    }
    w.flush()?;
    Ok(if found.periods.is_empty() && found.undated.is_none() {
        FOUND_NOTHING
    } else {
        0
    })
}

fn show(args: ShowArgs) -> Result<u8> {
    let found = search::articles(&args.index.index, &args.article)?;
    if found.is_empty() {
        eprintln!(
            "newsdex: {}: no such article in {}; give a path or article_id as `search` prints them",
            args.article,
            args.index.index.display()
        );
        return Ok(FOUND_NOTHING);
    }
    let mut w = io::stdout().lock();
    for article in &found {
        if args.json {
            output::article_json(&mut w, article)?;
        } else {
            output::article_text(&mut w, article, true)?;
        }
    }
    w.flush()?;
    Ok(0)
}

fn extract(args: ExtractArgs) -> Result<u8> {
    let path = &args.file;
    let bytes = std::fs::read(path).with_context(|| {
        format!(
            "{}: cannot read; check the path and permissions",
            path.display()
        )
    })?;
    let opts = ParseOptions {
        fields: config::field_map(&args.fields)?,
    };
    let source = newsdex::archive::source_name(path, path);
    let parsed = newsdex::articles_from_bytes(&source, path, &bytes, &opts)
        .with_context(|| format!("{}", path.display()))?;
    let mut w = io::stdout().lock();
    for article in &parsed.articles {
        if args.json {
            output::article_json(&mut w, article)?;
        } else {
            output::article_text(&mut w, article, false)?;
        }
    }
    for problem in &parsed.problems {
        eprintln!("newsdex: {}: skipped record: {problem}", path.display());
    }
    w.flush()?;
    Ok(if parsed.problems.is_empty() {
        0
    } else {
        INDEXED_WITH_SKIPS
    })
}

fn eval(args: EvalArgs) -> Result<u8> {
    let opts = ParseOptions {
        fields: config::field_map(&args.fields)?,
    };
    let report = newsdex::gold::evaluate(&args.gold, &args.inputs, &opts)?;
    let mut w = io::stdout().lock();
    output::eval_text(&mut w, &report, args.verbose)?;
    w.flush()?;
    let f = report.total.figures();
    let met = f.recall >= args.min_recall
        && f.attribution >= args.min_attribution
        && f.precision >= args.min_precision;
    Ok(if met { 0 } else { BELOW_THRESHOLD })
}
