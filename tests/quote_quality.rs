//! Quote extraction measured against the shared gold sets (seed article and PolNeAR). The data lives
//! in `../shared`, outside the repository; where it is absent each test says why and passes.

use newsdex::article::Article;
use newsdex::eval::{read_gold, score_quotes, Counts};
use newsdex::parse::ParseOptions;
use newsdex::quotes::extract;
use std::path::{Path, PathBuf};

fn shared() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!(
            "skipped: {} is absent (the shared gold data lives outside the repository)",
            dir.display()
        );
        None
    }
}

#[test]
fn seed_article_is_fully_right() {
    let Some(dir) = shared() else { return };
    let text = std::fs::read_to_string(dir.join("seed/000_ed8ae96d897d1463.txt")).unwrap();
    let article = newsdex::parse::text::parse("seed/000_ed8ae96d897d1463.txt", &text).unwrap();
    let gold = read_gold(&dir.join("gold/seed.quotes.jsonl")).unwrap();
    let quotes = extract(&article);
    let scored = score_quotes(&gold, &quotes);
    let f = scored.counts.figures();
    eprintln!("seed: {f} {:?}", scored.counts);
    for m in &scored.misses {
        eprintln!("  {m}");
    }
    for q in &quotes {
        eprintln!(
            "  [{}] {:?} <- {:?} ({})",
            q.paragraph, q.text, q.speaker, q.rule
        );
    }
    assert_eq!(f.recall, 1.0);
    assert_eq!(f.attribution, 1.0);
    assert!(f.precision >= 0.95, "precision {}", f.precision);
}

/// Extracts every PolNeAR article through the real JSON parser, as `newsdex index` would; returns
/// (id, article with quotes, gold) in name order.
fn polnear_run(root: &Path) -> Vec<(String, Article, Vec<newsdex::eval::GoldQuote>)> {
    let mut names: Vec<_> = std::fs::read_dir(root.join("gold"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    names
        .iter()
        .map(|gold_path| {
            let id = gold_path.file_stem().unwrap().to_string_lossy().to_string();
            let path = root.join("articles").join(format!("{id}.json"));
            let bytes = std::fs::read(&path).unwrap();
            let parsed = newsdex::articles_from_bytes(&id, &path, &bytes, &ParseOptions::default())
                .unwrap_or_else(|e| panic!("{id}: {e}"));
            let article = parsed.articles.into_iter().next().unwrap();
            (id, article, read_gold(gold_path).unwrap())
        })
        .collect()
}

/// Targets: recall >= 97%, attribution >= 92% (named gold speakers). Measured on this branch:
/// recall 0.977 (7,267 of 7,438; 160 of the 172 misses are gold quotes that join sentences with
/// " … " and match no span of the text), attribution 0.923 (3,995 of the 4,328 named gold quotes;
/// the scorer compares last words, so about 50 of the misses name the gold person in full where
/// the gold adds words ("Sen. Jeff Merkley of Oregon") or writes a first name ("Hillary"), and
/// ~56 name an outlet, a headline, a pair or a group), precision 0.745 over all articles (6,451
/// of 8,654 claims) and 0.916 over the 739 articles that have any gold (185 gold files are
/// empty, so every quote found there counts against precision). The asserts sit just below the
/// measured figures so regressions fail.
#[test]
fn polnear_recall_attribution_precision() {
    let Some(dir) = shared() else { return };
    let mut total = Counts::default();
    let mut annotated = Counts::default();
    let mut misses = Vec::new();
    for (id, article, gold) in polnear_run(&dir.join("corpora/polnear")) {
        let s = score_quotes(&gold, &article.quotes);
        total.add(&s.counts);
        if !gold.is_empty() {
            annotated.add(&s.counts);
        }
        misses.extend(s.misses.into_iter().map(|m| format!("{id}: {m}")));
    }
    let f = total.figures();
    eprintln!("polnear: {f} {total:?}");
    eprintln!(
        "polnear precision over articles with gold: {:.3}",
        annotated.figures().precision
    );
    if std::env::var_os("QUOTES_VERBOSE").is_some() {
        for m in &misses {
            eprintln!("  {m}");
        }
    }
    assert!(f.recall >= 0.976, "recall {}", f.recall);
    // A lone first name that is one person's (`Hillary`, `Ban`, `Xi`) resolves to the full
    // name, as the product promises; the reference scorer compares last words, so those seven
    // right answers count as wrong (4,006 -> 3,999). The gold also names "Someone" and "Others"
    // as speakers (`Someone suggested, "…"`), where we name nobody, as the sample corpus's gold
    // does (3,997 -> 3,995). The floor sits four quotes below that.
    assert!(f.attribution >= 0.922, "attribution {}", f.attribution);
    // PolNeAR's gold covers the body only: a headline quote that takes the name the body gives
    // the same words (`headline-echo`, 18 of the 23 read by eye are right) counts against
    // precision unless its words recur in a gold span. That rule cost 0.002 here.
    // The reference precision counts any named quote whose words are gold as right, even where
    // the gold names nobody: when `"…," the report says` stopped handing 61 such quotes to the
    // previous speaker, it fell from 0.746 to 0.744 (6,524 of 8,765) for a real gain.
    assert!(f.precision >= 0.743, "precision {}", f.precision);
    assert!(annotated.figures().precision >= 0.913);
}

/// The in-crate scorer and `score_dir.py` must print the same line for the same predictions.
#[test]
fn in_crate_scorer_agrees_with_score_dir_py() {
    let Some(dir) = shared() else { return };
    let script = dir.join("tools/score_dir.py");
    let python = std::process::Command::new("python3")
        .arg("--version")
        .output();
    if python.is_err() || !script.exists() {
        eprintln!("skipped: python3 or {} is missing", script.display());
        return;
    }
    let out = tempfile::tempdir().unwrap();
    let mut total = Counts::default();
    for (id, article, gold) in polnear_run(&dir.join("corpora/polnear")) {
        total.add(&score_quotes(&gold, &article.quotes).counts);
        let json = serde_json::to_string(&article).unwrap();
        std::fs::write(out.path().join(format!("{id}.json")), json).unwrap();
    }
    let run = std::process::Command::new("python3")
        .arg(&script)
        .arg(dir.join("corpora/polnear/gold"))
        .arg(out.path())
        .output()
        .unwrap();
    let printed = String::from_utf8_lossy(&run.stdout).to_string();
    let ours = format!(
        "{} ({} gold, {} named, {} predicted, 0 articles unreadable)",
        total.figures(),
        total.required,
        total.named,
        total.predicted
    );
    eprintln!("score_dir.py: {}", printed.trim());
    eprintln!("in-crate:     {ours}");
    assert_eq!(printed.trim(), ours);
}
