//! Writing the index: tantivy documents from articles and their quotes, and the one commit that
//! makes a whole archive visible at once. Until that commit, searches see the previous index whole.

use crate::archive::{self, FileArticles, Selection, Skipped};
use crate::article::{Article, Quote};
use crate::parse::{ParseOptions, READ_AS_1252};
use crate::schema::{self, Fields, KIND_ARTICLE, KIND_QUOTE};
use crate::speakers::NameIndex;
use anyhow::{bail, Context, Result};
use indicatif::{ParallelProgressIterator, ProgressBar, ProgressStyle};
use rayon::prelude::*;
use std::path::PathBuf;
use std::time::{Duration, Instant};
use tantivy::{DateTime, IndexWriter, TantivyDocument};

/// Memory the tantivy writer may buffer before it flushes a segment.
const WRITER_MEMORY: usize = 200_000_000;

/// What `index` was asked to do.
#[derive(Debug, Clone)]
pub struct IndexJob {
    pub archive: PathBuf,
    pub index_dir: PathBuf,
    pub parse: ParseOptions,
    pub select: Selection,
    /// Show a progress bar on stderr (the CLI sets it when stderr is a terminal).
    pub progress: bool,
}

/// What indexing did, for the summary line and the exit code.
#[derive(Debug, Default)]
pub struct IndexReport {
    pub files_seen: usize,
    pub articles: usize,
    pub quotes: usize,
    pub undated: usize,
    /// Articles whose text was not UTF-8 and was read as windows-1252.
    pub legacy_encoded: usize,
    /// Whole files (or folders) that gave nothing.
    pub skipped: Vec<Skipped>,
    /// Records inside otherwise good files that were skipped, as `path: line N: reason`.
    pub problems: Vec<String>,
    /// Per-article notices, as `source: warning`.
    pub warnings: Vec<String>,
    pub elapsed: Duration,
}

impl IndexReport {
    /// True when some input gave nothing: a file, a folder or a record.
    pub fn lost_input(&self) -> bool {
        !self.skipped.is_empty() || !self.problems.is_empty()
    }
}

/// Indexes every article under `job.archive` into `job.index_dir`, replacing what the index held.
/// Parsing runs on every core; the writer commits once, at the end.
pub fn index_archive(job: &IndexJob) -> Result<IndexReport> {
    let started = Instant::now();
    if !job.archive.exists() {
        bail!(
            "{}: no such file or folder; give the folder that holds the articles",
            job.archive.display()
        );
    }
    // Open the index first: a locked or foreign index folder fails before any work is done.
    let (index, fields) = schema::open_or_create(&job.index_dir)?;
    let mut writer: IndexWriter = index.writer(WRITER_MEMORY).with_context(|| {
        format!(
            "{}: cannot write the index (is another `newsdex index` running?)",
            job.index_dir.display()
        )
    })?;

    let (files, mut skipped) = archive::walk(&job.archive, &job.select);
    let bar = if job.progress {
        ProgressBar::new(files.len() as u64).with_style(
            ProgressStyle::with_template("{spinner} reading {pos}/{len} files [{bar:30}] {eta}")
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
        )
    } else {
        ProgressBar::hidden()
    };
    let results: Vec<Result<FileArticles, Skipped>> = files
        .par_iter()
        .progress_with(bar.clone())
        .map(|path| archive::read_file(&job.archive, path, &job.parse))
        .collect();
    bar.finish_and_clear();

    let mut report = IndexReport {
        files_seen: files.len(),
        ..IndexReport::default()
    };
    let mut articles = Vec::new();
    for (path, result) in files.iter().zip(results) {
        match result {
            Ok(file) => {
                let shown = path.display();
                report
                    .problems
                    .extend(file.problems.iter().map(|p| format!("{shown}: {p}")));
                articles.extend(file.articles);
            }
            Err(skip) => skipped.push(skip),
        }
    }
    report.skipped = skipped;
    canonicalize_speakers(&mut articles);

    if articles.is_empty() {
        bail!(
            "{}: no articles found ({} files seen, {} skipped); the index was left as it was",
            job.archive.display(),
            report.files_seen,
            report.skipped.len()
        );
    }
    writer.delete_all_documents()?;
    for article in &articles {
        if article.published.is_none() {
            report.undated += 1;
        }
        if article.warnings.iter().any(|w| w.ends_with(READ_AS_1252)) {
            report.legacy_encoded += 1;
        }
        report.warnings.extend(
            article
                .warnings
                .iter()
                .map(|w| format!("{}: {w}", article.source)),
        );
        report.articles += 1;
        report.quotes += article.quotes.len();
        for doc in documents(&fields, article) {
            writer.add_document(doc)?;
        }
    }
    writer
        .commit()
        .with_context(|| format!("{}: cannot commit the index", job.index_dir.display()))?;
    writer.wait_merging_threads()?;
    report.elapsed = started.elapsed();
    Ok(report)
}

/// One name per person across the archive: a speaker an article names only as "Truss" becomes
/// "Liz Truss" where the archive knows exactly one full name ending so.
fn canonicalize_speakers(articles: &mut [Article]) {
    let names = NameIndex::new(
        articles
            .iter()
            .flat_map(|a| a.quotes.iter().filter_map(|q| q.speaker.as_deref())),
    );
    for quote in articles.iter_mut().flat_map(|a| a.quotes.iter_mut()) {
        if let Some(speaker) = quote.speaker.as_mut() {
            *speaker = names.canonicalize(speaker);
        }
    }
}

fn date(value: chrono::DateTime<chrono::Utc>) -> DateTime {
    DateTime::from_timestamp_secs(value.timestamp())
}

/// The article's document followed by one document per quote.
pub fn documents(f: &Fields, article: &Article) -> Vec<TantivyDocument> {
    let mut docs = Vec::with_capacity(1 + article.quotes.len());
    let mut doc = parent_fields(f, article, KIND_ARTICLE);
    doc.add_u64(f.position, 0);
    if let Some(s) = &article.standfirst {
        doc.add_text(f.standfirst, s);
    }
    if let Some(b) = &article.byline {
        doc.add_text(f.byline, b);
    }
    if let Some(u) = article.updated {
        doc.add_date(f.updated, date(u));
    }
    for c in &article.captions {
        doc.add_text(f.captions, c);
    }
    doc.add_text(f.body, article.body.join("\n\n"));
    for r in &article.related {
        doc.add_text(f.related, r);
    }
    docs.push(doc);
    docs.extend(
        article
            .quotes
            .iter()
            .enumerate()
            .map(|(i, q)| quote_document(f, article, q, i as u64 + 1)),
    );
    docs
}

/// Fields every document of an article carries, so quote filters need no join.
fn parent_fields(f: &Fields, article: &Article, kind: &str) -> TantivyDocument {
    let mut doc = TantivyDocument::default();
    doc.add_text(f.kind, kind);
    doc.add_text(f.article_id, &article.id);
    doc.add_text(f.source, &article.source);
    if let Some(url) = &article.url {
        doc.add_text(f.url, url);
    }
    doc.add_text(f.headline, &article.headline);
    if let Some(p) = article.published {
        doc.add_date(f.published, date(p));
    }
    doc
}

fn quote_document(f: &Fields, article: &Article, q: &Quote, position: u64) -> TantivyDocument {
    let mut doc = parent_fields(f, article, KIND_QUOTE);
    doc.add_u64(f.position, position);
    doc.add_text(f.quote, &q.text);
    if let Some(s) = &q.speaker {
        doc.add_text(f.speaker, s);
        doc.add_text(f.speaker_name, s);
    }
    for (field, value) in [(f.mention, &q.mention), (f.role, &q.role), (f.cue, &q.cue)] {
        if let Some(v) = value {
            doc.add_text(field, v);
        }
    }
    doc.add_text(f.quote_kind, q.kind.as_str());
    doc.add_text(f.section, q.section.as_str());
    doc.add_u64(f.paragraph, q.paragraph as u64);
    doc.add_u64(f.start, q.start as u64);
    doc.add_u64(f.end, q.end as u64);
    doc.add_text(f.sentence, &q.sentence);
    doc.add_text(f.rule, &q.rule);
    doc
}
