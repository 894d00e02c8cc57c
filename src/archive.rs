//! Reading an archive: walking folders, choosing files, and turning each file into articles (with
//! their quotes) or into one line saying why it was skipped.

use crate::article::Article;
use crate::parse::{self, ParseOptions};
use anyhow::{Context, Result};
use globset::{Glob, GlobSet, GlobSetBuilder};
use std::fmt;
use std::fs::File;
use std::io::BufReader;
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

/// A file (or folder) that yielded nothing, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Skipped {
    pub path: PathBuf,
    pub reason: String,
}

impl fmt::Display for Skipped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.reason)
    }
}

/// What one file gave.
#[derive(Debug, Default)]
pub struct FileArticles {
    pub articles: Vec<Article>,
    /// Records inside the file that were skipped ("line 7: invalid JSON …").
    pub problems: Vec<String>,
}

/// Which files of an archive to read: `--include` / `--exclude` globs, matched against each file's
/// path below the archive root (`*.html`, `2022/**`, `**/drafts/**`).
#[derive(Debug, Clone, Default)]
pub struct Selection {
    include: Option<GlobSet>,
    exclude: Option<GlobSet>,
}

impl Selection {
    pub fn new(include: &[String], exclude: &[String]) -> Result<Selection> {
        let set = |globs: &[String], flag: &str| -> Result<Option<GlobSet>> {
            if globs.is_empty() {
                return Ok(None);
            }
            let mut builder = GlobSetBuilder::new();
            for g in globs {
                let glob = Glob::new(g).with_context(|| {
                    format!("{flag} {g}: not a glob; e.g. '*.html' or '2022/**'")
                })?;
                builder.add(glob);
            }
            Ok(Some(builder.build()?))
        };
        Ok(Selection {
            include: set(include, "--include")?,
            exclude: set(exclude, "--exclude")?,
        })
    }

    fn wants(&self, relative: &str) -> bool {
        let name = relative.rsplit('/').next().unwrap_or(relative);
        let hit = |set: &GlobSet| set.is_match(relative) || set.is_match(name);
        self.include.as_ref().is_none_or(hit) && !self.exclude.as_ref().is_some_and(hit)
    }
}

/// Lists the files under `root` (or `root` itself when it is a file) that `select` wants, in a
/// stable order. Hidden files and folders (`.git`, `.DS_Store`) are passed over; folders that
/// cannot be read are reported.
pub fn walk(root: &Path, select: &Selection) -> (Vec<PathBuf>, Vec<Skipped>) {
    let mut files = Vec::new();
    let mut skipped = Vec::new();
    let walker = WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walker {
        match entry {
            Ok(e) if e.file_type().is_file() => {
                if select.wants(&source_name(root, e.path())) {
                    files.push(e.into_path());
                }
            }
            Ok(_) => {}
            Err(e) => skipped.push(Skipped {
                path: e
                    .path()
                    .map_or_else(|| root.to_path_buf(), Path::to_path_buf),
                reason: match e.io_error() {
                    Some(io) => format!("cannot read: {io}"),
                    None => e.to_string(),
                },
            }),
        }
    }
    (files, skipped)
}

/// The name a file's articles are known by: its path below the archive root, so ids survive moving
/// the archive.
pub fn source_name(root: &Path, path: &Path) -> String {
    let relative = path
        .strip_prefix(root)
        .ok()
        .filter(|p| !p.as_os_str().is_empty());
    let shown = match relative {
        Some(rel) => rel,
        None => path.file_name().map_or(path, Path::new),
    };
    shown.to_string_lossy().replace('\\', "/")
}

/// A file's size and modification time, as `index --update` compares them between runs to tell
/// which files changed (as make and rsync do). `None` when the file cannot be asked: it is read.
pub fn stamp(path: &Path) -> Option<String> {
    let meta = std::fs::metadata(path).ok()?;
    let modified = meta
        .modified()
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?;
    Some(format!(
        "{}:{}.{:09}",
        meta.len(),
        modified.as_secs(),
        modified.subsec_nanos()
    ))
}

/// Reads and parses one file, extracting each article's quotes as it comes.
pub fn read_file(root: &Path, path: &Path, opts: &ParseOptions) -> Result<FileArticles, Skipped> {
    let skip = |reason: String| Skipped {
        path: path.to_path_buf(),
        reason,
    };
    let file = File::open(path).map_err(|e| skip(format!("cannot open: {e}")))?;
    let mut reader = BufReader::new(file);
    let mut out = FileArticles::default();
    let source = source_name(root, path);
    // A bug in a parser must cost one file, never the whole run: catch it and report the file.
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        parse::parse_reader(&source, path, &mut reader, opts, &mut |article| {
            out.articles.push(crate::with_quotes(article));
        })
    }))
    .unwrap_or_else(|_| {
        Err(parse::ParseError::Internal(
            "newsdex failed on this file (a bug: please report it with the file)".into(),
        ))
    });
    match result {
        Ok(problems) => {
            out.problems = problems;
            Ok(out)
        }
        // A stream that broke part-way (a truncated .warc.gz) keeps what it read before the break.
        Err(e) if !out.articles.is_empty() => {
            out.problems.push(e.to_string());
            Ok(out)
        }
        Err(e) => Err(skip(e.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_names_are_relative_to_the_archive() {
        let root = Path::new("/data/news");
        assert_eq!(
            source_name(root, Path::new("/data/news/a/b.txt")),
            "a/b.txt"
        );
        assert_eq!(
            source_name(Path::new("/x/b.txt"), Path::new("/x/b.txt")),
            "b.txt"
        );
    }

    #[test]
    fn selection_globs_match_paths_and_names() {
        let s = Selection::new(
            &["*.html".into(), "2022/**".into()],
            &["**/drafts/**".into()],
        )
        .unwrap();
        assert!(s.wants("site/page.html"));
        assert!(s.wants("2022/a.txt"));
        assert!(!s.wants("2023/a.txt"));
        assert!(!s.wants("2022/drafts/a.txt"));
        assert!(Selection::default().wants("anything"));
        assert!(Selection::new(&["a[".into()], &[]).is_err());
    }
}
