//! Writing the index: tantivy documents from articles and their quotes, and the one commit that
//! makes a whole archive (or, with `--update`, what changed in it) visible at once. Until that
//! commit, searches see the previous index whole.

use crate::archive::{self, FileArticles, Selection, Skipped};
use crate::article::{Article, Quote};
use crate::parse::{ParseOptions, READ_AS_1252};
use crate::schema::{self, Fields, KIND_ARTICLE, KIND_QUOTE};
use crate::speakers::NameIndex;
use anyhow::{bail, Context, Result};
use indicatif::{ParallelProgressIterator, ProgressBar, ProgressStyle};
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::time::{Duration, Instant};
use tantivy::{DateTime, Index, IndexWriter, TantivyDocument, Term};

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
    /// Read again only the files whose size or modification time changed since they were indexed,
    /// and drop the articles of files no longer in the archive (or no longer chosen), instead of
    /// rebuilding the whole index.
    pub update: bool,
}

/// What indexing did, for the summary line and the exit code.
#[derive(Debug, Default)]
pub struct IndexReport {
    /// The run was an update: only what changed was read.
    pub update: bool,
    pub files_seen: usize,
    /// Files read (all of them, unless `update`).
    pub files_read: usize,
    /// `update`: files left as they were indexed.
    pub unchanged: usize,
    /// `update`: files gone from the archive whose articles were dropped.
    pub removed: usize,
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

/// A file of the archive as the index records it: its path below the archive and its stamp.
struct Origin {
    file: String,
    stamp: Option<String>,
}

/// Indexes the articles under `job.archive` into `job.index_dir`: all of them, replacing what the
/// index held, or with `job.update` only what changed. Parsing runs on every core; the writer
/// commits once, at the end, so searches see the previous index whole until then.
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
    // An index made by another version of newsdex, or with another `--field` map, holds
    // quotes those rules made: an update reads every file again, as a full run.
    let made = made_with(job);
    let made_before = index.load_metas()?.payload;
    let update = job.update && made_before.as_deref() == Some(made.as_str());
    let before = if update {
        indexed_files(&index, &fields)?
    } else {
        HashMap::new()
    };

    let (files, mut skipped) = archive::walk(&job.archive, &job.select);
    let mut report = IndexReport {
        update,
        files_seen: files.len(),
        ..IndexReport::default()
    };
    // (A new index has no commit to compare with, and nothing to say about it.)
    if let Some(was) = made_before.filter(|_| job.update && !update) {
        report.warnings.push(format!(
            "{}: made by {was}, not {made}: every file was read again",
            job.index_dir.display()
        ));
    }
    let mut walked = HashSet::new();
    let mut to_read = Vec::new();
    for path in &files {
        let origin = Origin {
            file: archive::source_name(&job.archive, path),
            stamp: archive::stamp(path),
        };
        walked.insert(origin.file.clone());
        if origin.stamp.is_some() && before.get(&origin.file) == origin.stamp.as_ref() {
            report.unchanged += 1;
        } else {
            to_read.push((path, origin));
        }
    }
    let gone: Vec<&String> = before.keys().filter(|f| !walked.contains(*f)).collect();
    report.files_read = to_read.len();

    let bar = if job.progress {
        ProgressBar::new(to_read.len() as u64).with_style(
            ProgressStyle::with_template("{spinner} reading {pos}/{len} files [{bar:30}] {eta}")
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
        )
    } else {
        ProgressBar::hidden()
    };
    let results: Vec<Result<FileArticles, Skipped>> = to_read
        .par_iter()
        .progress_with(bar.clone())
        .map(|(path, _)| archive::read_file(&job.archive, path, &job.parse))
        .collect();
    bar.finish_and_clear();

    // The files read, and for each article the file it came from.
    let mut read: Vec<&Origin> = Vec::new();
    let mut articles = Vec::new();
    let mut owner = Vec::new();
    for ((path, origin), result) in to_read.iter().zip(results) {
        match result {
            Ok(file) => {
                let shown = path.display();
                report
                    .problems
                    .extend(file.problems.iter().map(|p| format!("{shown}: {p}")));
                owner.extend(std::iter::repeat_n(read.len(), file.articles.len()));
                articles.extend(file.articles);
                read.push(origin);
            }
            // A file that can no longer be read keeps what the index had of it.
            Err(skip) => skipped.push(skip),
        }
    }
    report.skipped = skipped;
    let known = if update {
        indexed_speakers(&index, &fields)?
    } else {
        Vec::new()
    };
    canonicalize_speakers(&mut articles, &known);

    if !update && articles.is_empty() {
        bail!(
            "{}: no articles found ({} files seen, {} skipped); the index was left as it was",
            job.archive.display(),
            report.files_seen,
            report.skipped.len()
        );
    }
    // Every file gone and nothing new is more likely the wrong folder than an archive emptied.
    if update && articles.is_empty() && !before.is_empty() && gone.len() == before.len() {
        bail!(
            "{}: none of the {} files in the index is here any more and nothing new was found; \
             the index was left as it was (check the folder, or run `index` without --update)",
            job.archive.display(),
            before.len()
        );
    }
    if update {
        // A file read again replaces its articles; a file gone takes them away.
        let replaced = read
            .iter()
            .map(|o| &o.file)
            .filter(|f| before.contains_key(*f));
        for file in replaced.chain(gone.iter().copied()) {
            writer.delete_term(Term::from_field_text(fields.file, file));
        }
        report.removed = gone.len();
    } else {
        writer.delete_all_documents()?;
    }
    for (article, &k) in articles.iter().zip(&owner) {
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
        for doc in documents(&fields, article, read[k]) {
            writer.add_document(doc)?;
        }
    }
    if !read.is_empty() || !gone.is_empty() {
        let mut commit = writer.prepare_commit()?;
        commit.set_payload(&made);
        commit
            .commit()
            .with_context(|| format!("{}: cannot commit the index", job.index_dir.display()))?;
        writer.wait_merging_threads()?;
    }
    report.elapsed = started.elapsed();
    Ok(report)
}

/// What the documents are made with, kept with each commit: the version of newsdex and the
/// `--field` map.
fn made_with(job: &IndexJob) -> String {
    let fields: Vec<String> = job
        .parse
        .fields
        .iter()
        .map(|(ours, theirs)| format!("{ours}={theirs}"))
        .collect();
    format!(
        "newsdex {} (fields: {})",
        env!("CARGO_PKG_VERSION"),
        if fields.is_empty() {
            "as named".to_string()
        } else {
            fields.join(" ")
        }
    )
}

/// Each file the index holds articles of, with the stamp it had when it was read.
fn indexed_files(index: &Index, f: &Fields) -> Result<HashMap<String, String>> {
    let schema = index.schema();
    let searcher = index.reader()?.searcher();
    let mut out = HashMap::new();
    let (mut file, mut stamp) = (String::new(), String::new());
    for segment in searcher.segment_readers() {
        let columns = segment.fast_fields();
        let (Some(files), Some(stamps)) = (
            columns.str(schema.get_field_name(f.file))?,
            columns.str(schema.get_field_name(f.stamp))?,
        ) else {
            continue;
        };
        // Only article documents carry a stamp.
        for doc in segment.doc_ids_alive() {
            let (Some(fo), Some(so)) = (files.term_ords(doc).next(), stamps.term_ords(doc).next())
            else {
                continue;
            };
            if files.ord_to_str(fo, &mut file)? && stamps.ord_to_str(so, &mut stamp)? {
                out.insert(file.clone(), stamp.clone());
            }
        }
    }
    Ok(out)
}

/// Every speaker name the index holds, so that an update resolves a bare surname against the
/// whole archive, as a full run does.
fn indexed_speakers(index: &Index, f: &Fields) -> Result<Vec<String>> {
    let searcher = index.reader()?.searcher();
    let mut names = HashSet::new();
    for segment in searcher.segment_readers() {
        let inverted = segment.inverted_index(f.speaker)?;
        let mut terms = inverted.terms().stream()?;
        while terms.advance() {
            names.insert(String::from_utf8_lossy(terms.key()).into_owned());
        }
    }
    Ok(names.into_iter().collect())
}

/// One name per person across the archive: a speaker an article names only as "Truss" becomes
/// "Liz Truss" where the archive knows exactly one full name ending so. `known` adds the names
/// of articles indexed before.
fn canonicalize_speakers(articles: &mut [Article], known: &[String]) {
    let names = NameIndex::new(
        articles
            .iter()
            .flat_map(|a| a.quotes.iter().filter_map(|q| q.speaker.as_deref()))
            .chain(known.iter().map(String::as_str)),
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
fn documents(f: &Fields, article: &Article, origin: &Origin) -> Vec<TantivyDocument> {
    let mut docs = Vec::with_capacity(1 + article.quotes.len());
    let mut doc = parent_fields(f, article, origin, KIND_ARTICLE);
    doc.add_u64(f.position, 0);
    if let Some(stamp) = &origin.stamp {
        doc.add_text(f.stamp, stamp);
    }
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
            .map(|(i, q)| quote_document(f, article, origin, q, i as u64 + 1)),
    );
    docs
}

/// Fields every document of an article carries, so quote filters need no join.
fn parent_fields(f: &Fields, article: &Article, origin: &Origin, kind: &str) -> TantivyDocument {
    let mut doc = TantivyDocument::default();
    doc.add_text(f.kind, kind);
    doc.add_text(f.file, &origin.file);
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

fn quote_document(
    f: &Fields,
    article: &Article,
    origin: &Origin,
    q: &Quote,
    position: u64,
) -> TantivyDocument {
    let mut doc = parent_fields(f, article, origin, KIND_QUOTE);
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
