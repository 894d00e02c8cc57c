//! Helpers shared by the integration tests: running the real binary, temp archives, `../shared`.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn newsdex(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_newsdex"))
        .args(args)
        .env_remove("NEWSDEX_INDEX")
        .output()
        .expect("the newsdex binary runs")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Each line of stdout parsed as JSON.
pub fn json_lines(o: &Output) -> Vec<serde_json::Value> {
    stdout(o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn sample_corpus() -> PathBuf {
    repo().join("sample-corpus")
}

/// `../shared` beside the repository, or `None` with the reason printed, so tests that need it skip.
pub fn shared(what: &str) -> Option<PathBuf> {
    let dir = repo().join("..").join("shared");
    if dir.join(what).exists() {
        Some(dir)
    } else {
        eprintln!(
            "skipped: {} is absent (it sits beside the repository on the team's machines)",
            dir.join(what).display()
        );
        None
    }
}

/// Indexes `archive` into a fresh folder under `tmp`; returns the index path and the run's output.
pub fn index(archive: &Path, tmp: &Path) -> (PathBuf, Output) {
    let dir = tmp.join("index");
    let out = newsdex(&[
        "index",
        archive.to_str().unwrap(),
        "--index",
        dir.to_str().unwrap(),
    ]);
    (dir, out)
}

pub fn search(index: &Path, args: &[&str]) -> Output {
    let mut all = vec![
        "search",
        "--index",
        index.to_str().unwrap(),
        "--color",
        "never",
    ];
    all.extend_from_slice(args);
    newsdex(&all)
}
