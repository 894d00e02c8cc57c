//! Writes `newsdex extract --json`-shaped predictions for every PolNeAR article, so the Python
//! reference scorer can be run over the same output as the in-crate one:
//! `cargo run --example polnear_predict -- ../shared/corpora/polnear OUT_DIR` then
//! `python3 ../shared/tools/score_dir.py ../shared/corpora/polnear/gold OUT_DIR`.

use newsdex::article::Article;
use newsdex::eval::{read_gold, score_quotes, Counts};
use std::path::PathBuf;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let root = PathBuf::from(
        args.next()
            .unwrap_or_else(|| "../shared/corpora/polnear".into()),
    );
    let out = PathBuf::from(args.next().unwrap_or_else(|| "polnear-pred".into()));
    std::fs::create_dir_all(&out)?;
    let mut total = Counts::default();
    for entry in std::fs::read_dir(root.join("articles"))? {
        let path = entry?.path();
        let id = path
            .file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_default();
        let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path)?)?;
        let field = |k: &str| v.get(k).and_then(|x| x.as_str()).unwrap_or("").to_string();
        let mut article = Article {
            id: id.clone(),
            source: path.display().to_string(),
            headline: field("title"),
            published: newsdex::dates::parse_datetime(&field("date")),
            body: field("text")
                .split("\n\n")
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
                .collect(),
            ..Article::default()
        };
        article.quotes = newsdex::quotes::extract(&article);
        let gold_path = root.join("gold").join(format!("{id}.jsonl"));
        if gold_path.exists() {
            total.add(&score_quotes(&read_gold(&gold_path)?, &article.quotes).counts);
        }
        std::fs::write(
            out.join(format!("{id}.json")),
            serde_json::to_string_pretty(&article)?,
        )?;
    }
    println!("{} {:?}", total.figures(), total);
    Ok(())
}
