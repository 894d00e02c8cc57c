//! Throughput and latency, printed as figures and as ratios against a baseline measured in the same
//! run (machines here are noisy; a ratio travels better than seconds).
//!
//! `cargo bench` runs it on `../shared/corpora/bbc` when present (2,225 real articles), else on
//! `sample-corpus/`. Measured:
//! - parsing alone vs parsing + quote extraction (the extraction overhead ratio);
//! - indexing a whole archive (articles/s) vs parsing + extraction of it;
//! - search latency (p50/p95) of quote searches vs article searches for the same words.

use newsdex::archive::{self, Selection};
use newsdex::indexer::{self, IndexJob};
use newsdex::parse::{self, ParseOptions};
use newsdex::search::{self, SearchRequest};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn corpus() -> PathBuf {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bbc = repo.join("../shared/corpora/bbc");
    if bbc.is_dir() {
        bbc
    } else {
        println!(
            "(../shared/corpora/bbc absent: measuring sample-corpus, too small for stable figures)"
        );
        repo.join("sample-corpus/articles")
    }
}

/// The best of `runs` timings: the least disturbed by other work on the machine.
fn best_of<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut last = None;
    for _ in 0..runs {
        let t = Instant::now();
        let out = f();
        best = best.min(t.elapsed());
        last = Some(out);
    }
    (best, last.unwrap_or_else(f))
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(i).map_or(0.0, |d| d.as_secs_f64() * 1000.0)
}

fn main() {
    let root = corpus();
    let (paths, _) = archive::walk(&root, &Selection::default());
    let files: Vec<(String, PathBuf, Vec<u8>)> = paths
        .iter()
        .filter_map(|p| {
            let bytes = std::fs::read(p).ok()?;
            Some((archive::source_name(&root, p), p.clone(), bytes))
        })
        .collect();
    let bytes: usize = files.iter().map(|f| f.2.len()).sum();
    let mb = bytes as f64 / 1e6;
    let opts = ParseOptions::default();
    println!(
        "corpus: {} ({} files, {mb:.1} MB)",
        root.display(),
        files.len()
    );

    let (parse_time, articles) = best_of(5, || {
        files
            .iter()
            .filter_map(|(s, p, b)| parse::parse(s, p, b, &opts).ok())
            .map(|parsed| parsed.articles.len())
            .sum::<usize>()
    });
    let (extract_time, quotes) = best_of(5, || {
        files
            .iter()
            .filter_map(|(s, p, b)| newsdex::articles_from_bytes(s, p, b, &opts).ok())
            .flat_map(|parsed| parsed.articles)
            .map(|a| a.quotes.len())
            .sum::<usize>()
    });
    let per_s = |d: Duration| articles as f64 / d.as_secs_f64();
    println!(
        "parse only:          {:>8.1} ms  {:>9.0} articles/s  {:>6.1} MB/s",
        parse_time.as_secs_f64() * 1000.0,
        per_s(parse_time),
        mb / parse_time.as_secs_f64()
    );
    println!(
        "parse + extraction:  {:>8.1} ms  {:>9.0} articles/s  {quotes} quotes (one core)",
        extract_time.as_secs_f64() * 1000.0,
        per_s(extract_time)
    );
    println!(
        "extraction overhead: {:.2}x parse time",
        extract_time.as_secs_f64() / parse_time.as_secs_f64() - 1.0
    );

    let tmp = std::env::temp_dir().join(format!("newsdex-bench-{}", std::process::id()));
    let job = IndexJob {
        archive: root.clone(),
        index_dir: tmp.clone(),
        parse: opts.clone(),
        select: Selection::default(),
        progress: false,
        update: false,
    };
    let (index_time, report) = best_of(3, || indexer::index_archive(&job));
    match report {
        Ok(r) => println!(
            "index (all cores):   {:>8.1} ms  {:>9.0} articles/s  = {:.2}x the one-core parse + extraction time",
            index_time.as_secs_f64() * 1000.0,
            r.articles as f64 / index_time.as_secs_f64(),
            index_time.as_secs_f64() / extract_time.as_secs_f64()
        ),
        Err(e) => println!("index failed: {e:#}"),
    }
    // An update of an archive where nothing changed: the stamps of every file, read and compared.
    let update = IndexJob {
        update: true,
        ..job.clone()
    };
    let (update_time, report) = best_of(3, || indexer::index_archive(&update));
    match report {
        Ok(r) => println!(
            "update, no change:   {:>8.1} ms  {:>9} files unchanged = {:.3}x the full index time",
            update_time.as_secs_f64() * 1000.0,
            r.unchanged,
            update_time.as_secs_f64() / index_time.as_secs_f64()
        ),
        Err(e) => println!("update failed: {e:#}"),
    }

    let words = [
        "government",
        "minister",
        "election",
        "economy",
        "police",
        "said",
        "plans",
        "tax",
    ];
    let latency = |articles: bool| {
        let mut times = Vec::new();
        for _ in 0..5 {
            for w in words {
                let req = SearchRequest {
                    query: Some(w.to_string()),
                    articles,
                    limit: 20,
                    ..SearchRequest::default()
                };
                let t = Instant::now();
                let _ = search::search(&tmp, &req);
                times.push(t.elapsed());
            }
        }
        times.sort();
        (percentile(&times, 0.5), percentile(&times, 0.95))
    };
    let (a50, a95) = latency(true);
    let (q50, q95) = latency(false);
    println!("search articles:     p50 {a50:>7.2} ms  p95 {a95:>7.2} ms  (baseline, includes opening the index)");
    println!(
        "search quotes:       p50 {q50:>7.2} ms  p95 {q95:>7.2} ms  = {:.2}x the article search",
        q50 / a50.max(1e-9)
    );
    let _ = std::fs::remove_dir_all(&tmp);
}
