//! Gold sets on disk: pairing each article of an archive with its gold file and scoring the lot,
//! for `newsdex eval` and the quality tests. The scoring rules themselves live in [`crate::eval`].
//!
//! A file holding one article has its gold in `<stem>.jsonl`; the N-th article (from 1) of a file
//! holding many (JSONL, WARC) has it in `<stem>--N.jsonl`, where the stem is the file name without
//! any extensions (`crawl.warc.gz` → `crawl`).

use crate::archive::{self, Selection};
use crate::article::{Quote, Section};
use crate::eval::{self, Counts, GoldQuote, Scored};
use crate::parse::ParseOptions;
use anyhow::{bail, Context, Result};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// One article scored against its gold.
#[derive(Debug)]
pub struct ArticleScore {
    /// The article's source (path below its input, `#record` for multi-article files).
    pub source: String,
    pub gold: PathBuf,
    pub scored: Scored,
    /// Speakers named for quotes the gold gives to nobody (see [`unfounded`]).
    pub unfounded: Vec<String>,
    /// Headline and standfirst quotes without their speaker in their own place (see [`misplaced`]).
    pub misplaced: Vec<String>,
}

/// Scores for every article that had gold, plus what could not be paired.
#[derive(Debug, Default)]
pub struct EvalReport {
    pub articles: Vec<ArticleScore>,
    /// Articles with no gold file (not counted).
    pub without_gold: Vec<String>,
    /// Gold files no article matched: counted, as articles where nothing was found.
    pub gold_unmatched: Vec<PathBuf>,
    /// Files that gave no article at all, as `path: reason`.
    pub skipped: Vec<String>,
    /// Every count added up (micro-average), the unmatched gold included.
    pub total: Counts,
    /// Speakers named for quotes the gold gives to nobody, over all articles.
    pub unfounded: usize,
    /// Headline and standfirst quotes without their speaker in their own place, over all articles.
    pub misplaced: usize,
}

impl EvalReport {
    fn add(&mut self, source: &str, gold: &Path, gold_quotes: &[GoldQuote], quotes: &[Quote]) {
        let scored = eval::score_quotes(gold_quotes, quotes);
        let unfounded = unfounded(gold_quotes, quotes);
        let misplaced = misplaced(gold_quotes, quotes);
        self.total.add(&scored.counts);
        self.unfounded += unfounded.len();
        self.misplaced += misplaced.len();
        self.articles.push(ArticleScore {
            source: source.to_string(),
            gold: gold.to_path_buf(),
            scored,
            unfounded,
            misplaced,
        });
    }
}

/// Quotes given a speaker where every gold quote they match names nobody: a scare quote, a title,
/// an unnamed source. The reference scorer counts these as right (precision asks only whether the
/// span is a quote), yet a journalist who printed the name would print a falsehood, so `eval`
/// reports them apart.
pub fn unfounded(gold: &[GoldQuote], quotes: &[Quote]) -> Vec<String> {
    let gold: Vec<(String, bool)> = gold
        .iter()
        .map(|g| (eval::fold(&g.text), g.speaker.is_some()))
        .collect();
    quotes
        .iter()
        .filter_map(|q| {
            let speaker = q.speaker.as_deref()?;
            let text = eval::fold(&q.text);
            let mut matched = gold
                .iter()
                .filter(|(g, _)| eval::matches(&text, g))
                .peekable();
            matched.peek()?;
            let nobody = matched.all(|(_, named)| !named);
            nobody.then(|| format!("speaker {speaker:?} named for {:?} (gold: nobody)", q.text))
        })
        .collect()
}

/// Required headline and standfirst gold quotes that no quote of the same section gives to the
/// gold speaker. The reference scorer matches on text alone, and a headline mostly repeats words
/// the body quotes, so a headline quote credited to the wrong person (or to nobody) would pass
/// unseen behind the body's copy; the headline is what a reader sees first.
pub fn misplaced(gold: &[GoldQuote], quotes: &[Quote]) -> Vec<String> {
    gold.iter()
        .filter(|g| g.required && g.speaker.is_some())
        .filter_map(|g| {
            let section = g.section.as_deref()?;
            let place = [Section::Headline, Section::Standfirst]
                .into_iter()
                .find(|s| s.as_str() == section)?;
            let text = eval::fold(&g.text);
            let want = eval::last_name(g.speaker.as_deref());
            let got: Vec<&Quote> = quotes
                .iter()
                .filter(|q| q.section == place && eval::matches(&eval::fold(&q.text), &text))
                .collect();
            let right = got
                .iter()
                .any(|q| eval::last_name(q.speaker.as_deref()) == want);
            (!right).then(|| {
                format!(
                    "{section} quote {:?}: speaker {:?}, gold {:?}",
                    g.text,
                    got.first().and_then(|q| q.speaker.as_deref()),
                    g.speaker.as_deref().unwrap_or_default()
                )
            })
        })
        .collect()
}

/// File name without any extensions: `northgate-crawl.warc.gz` → `northgate-crawl`.
fn stem(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    name.split('.').next().unwrap_or_default().to_string()
}

/// The gold file name for the `position`-th (from 1) of `count` articles in `path`.
pub fn gold_name(path: &Path, position: usize, count: usize) -> String {
    if count == 1 {
        format!("{}.jsonl", stem(path))
    } else {
        format!("{}--{position}.jsonl", stem(path))
    }
}

/// Scores the articles in `inputs` (files or folders) against `gold`: a folder of gold files named
/// as above, or one gold file when the inputs hold exactly one article.
pub fn evaluate(gold: &Path, inputs: &[PathBuf], opts: &ParseOptions) -> Result<EvalReport> {
    let mut report = EvalReport::default();
    let mut articles = Vec::new();
    for input in inputs {
        if !input.exists() {
            bail!("{}: no such file or folder", input.display());
        }
        let (files, skipped) = archive::walk(input, &Selection::default());
        report
            .skipped
            .extend(skipped.iter().map(ToString::to_string));
        for path in files {
            match archive::read_file(input, &path, opts) {
                Ok(file) => {
                    let count = file.articles.len();
                    for (i, article) in file.articles.into_iter().enumerate() {
                        articles.push((gold_name(&path, i + 1, count), article));
                    }
                }
                Err(skip) => report.skipped.push(skip.to_string()),
            }
        }
    }
    if gold.is_file() {
        let [(_, article)] = articles.as_slice() else {
            bail!(
                "{}: one gold file scores one article, but the inputs hold {}; give a folder of \
                 gold files named <stem>.jsonl / <stem>--N.jsonl instead",
                gold.display(),
                articles.len()
            );
        };
        report.add(&article.source, gold, &read(gold)?, &article.quotes);
        return Ok(report);
    }
    if !gold.is_dir() {
        bail!("{}: no such gold file or folder", gold.display());
    }
    let mut used = BTreeSet::new();
    for (name, article) in &articles {
        let path = gold.join(name);
        if !path.is_file() {
            report.without_gold.push(article.source.clone());
            continue;
        }
        report.add(&article.source, &path, &read(&path)?, &article.quotes);
        used.insert(name.clone());
    }
    let entries = std::fs::read_dir(gold)
        .with_context(|| format!("{}: cannot read the gold folder", gold.display()))?;
    let mut unmatched: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .filter(|p| {
            !used.contains(
                &p.file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned(),
            )
        })
        .collect();
    unmatched.sort();
    for path in unmatched {
        let scored = eval::score_quotes(&read(&path)?, &[]);
        report.total.add(&scored.counts);
        report.gold_unmatched.push(path);
    }
    Ok(report)
}

fn read(path: &Path) -> Result<Vec<GoldQuote>> {
    eval::read_gold(path).with_context(|| format!("{}: not a gold JSONL file", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gold_names() {
        assert_eq!(gold_name(Path::new("a/019-x.html"), 1, 1), "019-x.jsonl");
        assert_eq!(
            gold_name(Path::new("crawl.warc.gz"), 2, 3),
            "crawl--2.jsonl"
        );
    }

    #[test]
    fn a_headline_quote_is_checked_in_the_headline() {
        let gold = vec![GoldQuote {
            text: "hold the line".into(),
            speaker: Some("Ana Lowe".into()),
            section: Some("headline".into()),
            required: true,
        }];
        let quote = |section, speaker: &str| Quote {
            text: "hold the line".into(),
            speaker: Some(speaker.into()),
            mention: None,
            role: None,
            cue: None,
            kind: crate::article::QuoteKind::Partial,
            section,
            paragraph: 0,
            start: 0,
            end: 13,
            sentence: String::new(),
            rule: String::new(),
        };
        // The body's copy with the right speaker does not excuse the headline's wrong one.
        let wrong = [
            quote(Section::Headline, "Ben Ross"),
            quote(Section::Body, "Ana Lowe"),
        ];
        assert_eq!(misplaced(&gold, &wrong).len(), 1);
        let right = [quote(Section::Headline, "Ana Lowe")];
        assert!(misplaced(&gold, &right).is_empty());
    }

    #[test]
    fn scores_an_archive_against_a_gold_folder() {
        let tmp = tempfile::tempdir().unwrap();
        let (news, gold) = (tmp.path().join("news"), tmp.path().join("gold"));
        std::fs::create_dir_all(&news).unwrap();
        std::fs::create_dir_all(&gold).unwrap();
        std::fs::write(
            news.join("a.txt"),
            "Fares\n\n\"Fares will fall,\" said Mayor Ines Calloway.\n",
        )
        .unwrap();
        std::fs::write(news.join("b.txt"), "Other\n\nNothing quoted here.\n").unwrap();
        let line = |t: &str, s: &str| {
            format!(
                "{{\"text\":\"{t}\",\"speaker\":\"{s}\",\"where\":\"body\",\"required\":true}}\n"
            )
        };
        std::fs::write(
            gold.join("a.jsonl"),
            line("Fares will fall,", "Ines Calloway"),
        )
        .unwrap();
        std::fs::write(gold.join("c.jsonl"), line("Never extracted", "Bram Oduya")).unwrap();
        let r = evaluate(&gold, &[news], &ParseOptions::default()).unwrap();
        assert_eq!(r.articles.len(), 1);
        assert_eq!(r.without_gold, vec!["b.txt"]);
        assert_eq!(r.gold_unmatched.len(), 1);
        assert_eq!(
            (r.total.required, r.total.found, r.total.attributed),
            (2, 1, 1)
        );
        assert_eq!(r.unfounded, 0);
    }

    #[test]
    fn a_name_on_a_quote_the_gold_gives_nobody_is_unfounded() {
        let gold = eval::parse_gold(concat!(
            r#"{"text":"meltdown","speaker":null,"where":"body","required":false}"#,
            "\n",
            r#"{"text":"We are ready,","speaker":"Ines Calloway","where":"body","required":true}"#,
        ))
        .unwrap();
        let quote = |text: &str, speaker: Option<&str>| Quote {
            text: text.into(),
            speaker: speaker.map(Into::into),
            mention: None,
            role: None,
            cue: None,
            kind: crate::article::QuoteKind::Partial,
            section: crate::article::Section::Body,
            paragraph: 0,
            start: 0,
            end: 0,
            sentence: String::new(),
            rule: String::new(),
        };
        let right = [
            quote("meltdown", None),
            quote("We are ready,", Some("Ines Calloway")),
        ];
        assert!(unfounded(&gold, &right).is_empty());
        let wrong = [quote("meltdown", Some("Ines Calloway"))];
        assert_eq!(unfounded(&gold, &wrong).len(), 1);
    }
}
