//! Every input format through the real binary: sample-corpus pages, exports and crawls give the
//! right fields and keep site chrome out of the body; one article saved four ways reads the same;
//! broken files cost only themselves.

mod common;

use common::*;
use serde_json::Value;
use std::fs;
use std::path::Path;

fn extract(path: &Path) -> Vec<Value> {
    let out = newsdex(&["extract", path.to_str().unwrap(), "--json"]);
    assert!(out.status.success(), "{}: {}", path.display(), stderr(&out));
    json_lines(&out)
}

fn text_of(a: &Value) -> String {
    let body: Vec<&str> = a["body"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    format!(
        "{}\n{}\n{}",
        a["headline"],
        a["standfirst"],
        body.join("\n")
    )
}

fn quotes(a: &Value) -> Vec<(String, String)> {
    a["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| {
            (
                q["text"].as_str().unwrap().to_string(),
                q["speaker"].to_string(),
            )
        })
        .collect()
}

#[test]
fn one_article_saved_as_text_html_json_and_warc_reads_the_same() {
    let dir = repo().join("tests/fixtures/same-article");
    let text = extract(&dir.join("article.txt"));
    assert_eq!(text.len(), 1);
    let want = &text[0];
    assert!(
        quotes(want).len() >= 5,
        "the fixture has quotes: {:?}",
        quotes(want)
    );
    for name in ["article.html", "article.json", "article.warc.gz"] {
        let got = extract(&dir.join(name));
        assert_eq!(got.len(), 1, "{name}");
        let got = &got[0];
        for field in ["headline", "published", "byline", "standfirst", "body"] {
            assert_eq!(got[field], want[field], "{name}: {field}");
        }
        assert_eq!(quotes(got), quotes(want), "{name}: quotes and speakers");
    }
}

#[test]
fn html_pages_give_their_fields_and_leave_the_chrome_out() {
    let html = sample_corpus().join("articles/html");
    let pages: [(&str, &str, &str, &[&str]); 3] = [
        (
            "019-riverside-flood-maps-errors.html",
            "2025-10-21T13:05:00Z",
            "Hannah Pell",
            &[
                "Accept all cookies",
                "Manage preferences",
                "Join the conversation",
                "Sign up to Harwick Morning",
                "Northgate Media Group Ltd",
            ],
        ),
        (
            "020-beech-rowan-wards-close.html",
            "2025-11-17T18:20:00Z",
            "Ruth Ansell",
            &[
                "We care about your privacy",
                "Reject non-essential",
                "Story continues below",
                "Read 37 comments",
                "SennsideSue",
                "Senn Valley Health Bulletin",
            ],
        ),
        (
            "021-strike-day-two-voss-hostage.html",
            "2025-11-20T15:23:00Z",
            "Owen Tregarth",
            &[
                "OK, got it",
                "Sponsored content",
                "Beat the strike",
                "Be the first to comment",
                "Morning Briefing",
            ],
        ),
    ];
    for (file, published, author, chrome) in pages {
        let a = &extract(&html.join(file))[0];
        assert!(
            !a["headline"].as_str().unwrap().contains("Northgate News"),
            "{file}: site name cut"
        );
        assert_eq!(a["published"], published, "{file}");
        assert!(
            a["byline"].as_str().unwrap().starts_with(author),
            "{file}: {}",
            a["byline"]
        );
        assert!(
            a["body"].as_array().unwrap().len() >= 10,
            "{file}: body paragraphs"
        );
        assert!(
            !a["captions"].as_array().unwrap().is_empty(),
            "{file}: figcaption"
        );
        assert!(
            !a["related"].as_array().unwrap().is_empty(),
            "{file}: Read more / related links"
        );
        let text = text_of(a).to_lowercase();
        for phrase in chrome {
            assert!(
                !text.contains(&phrase.to_lowercase()),
                "{file}: chrome {phrase:?} in the article"
            );
        }
        // Inline tags and entities: no words run together, no entity left raw.
        assert!(
            !text.contains("&amp;") && !text.contains("&nbsp;") && !text.contains("&rsquo;"),
            "{file}"
        );
    }
}

#[test]
fn a_jsonl_export_and_a_warc_crawl_give_one_article_per_record() {
    let export = extract(&sample_corpus().join("articles/export/northgate-export.jsonl"));
    let dates: Vec<&str> = export
        .iter()
        .map(|a| a["published"].as_str().unwrap())
        .collect();
    assert_eq!(
        dates,
        [
            "2025-12-02T18:40:00Z",
            "2025-10-29T11:00:00Z",
            "2025-11-05T16:30:00Z"
        ]
    );
    for a in &export {
        assert!(a["url"]
            .as_str()
            .unwrap()
            .starts_with("https://northgate-news.example/"));
        assert!(!a["quotes"].as_array().unwrap().is_empty());
        assert_eq!(
            a["related"].as_array().unwrap().len(),
            1,
            "the Read more line"
        );
    }
    let crawl = extract(&sample_corpus().join("articles/warc/northgate-crawl.warc.gz"));
    assert_eq!(
        crawl.len(),
        2,
        "two HTML responses; the image, request and metadata records skipped"
    );
    assert_eq!(
        crawl[0]["published"], "2026-03-23T07:30:00Z",
        "the page's date, not the crawl's"
    );
    assert!(crawl.iter().all(|a| a["url"]
        .as_str()
        .unwrap()
        .contains("northgate-news.example")));
}

#[test]
fn broken_files_in_every_format_cost_only_themselves() {
    let tmp = tempfile::tempdir().unwrap();
    let news = tmp.path().join("news");
    fs::create_dir_all(&news).unwrap();
    let dir = repo().join("tests/fixtures/same-article");
    fs::copy(dir.join("article.txt"), news.join("good.txt")).unwrap();
    // A crawl cut short: the gzip stream ends mid-record.
    let warc = fs::read(sample_corpus().join("articles/warc/northgate-crawl.warc.gz")).unwrap();
    fs::write(news.join("cut.warc.gz"), &warc[..warc.len() * 2 / 3]).unwrap();
    fs::write(
        news.join("broken.json"),
        "{\"title\": \"Fares\", \"text\": \"unterminated",
    )
    .unwrap();
    fs::write(news.join("notjson.json"), "<html>oops</html>").unwrap();
    fs::write(news.join("tags.html"), "<html><body><div><p>").unwrap();
    fs::write(news.join("notes.docx"), "PK\u{3}\u{4}").unwrap();
    let lines = format!(
        "{}\nnot json at all\n{}\n",
        r#"{"title": "Depot reopens", "text": "\"It is open,\" said Mayor Ines Calloway.", "date": "2025-11-02"}"#,
        r#"{"title": "Depot closes", "text": "\"It is shut,\" said Mayor Ines Calloway.", "date": "2025-11-03"}"#
    );
    fs::write(news.join("export.jsonl"), lines).unwrap();

    let (ix, out) = index(&news, tmp.path());
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(3), "{err}");
    for (name, why) in [
        ("broken.json", "JSON"),
        ("notjson.json", "JSON"),
        ("tags.html", "no article text"),
        ("notes.docx", "unsupported"),
        ("export.jsonl", "line 2"),
        ("cut.warc.gz", "truncated"),
    ] {
        let mine: Vec<&str> = err.lines().filter(|l| l.contains(name)).collect();
        assert_eq!(mine.len(), 1, "one line for {name}: {err}");
        assert!(mine[0].contains(why), "{name}: {}", mine[0]);
    }
    let articles = json_lines(&search(&ix, &["--articles", "--json", "-n", "100"]));
    let heads: Vec<&str> = articles
        .iter()
        .map(|a| a["headline"].as_str().unwrap())
        .collect();
    for want in ["Depot reopens", "Depot closes"] {
        assert!(heads.contains(&want), "{want} in {heads:?}");
    }
    assert!(
        heads.iter().any(|h| h.starts_with("Rail strike talks")),
        "{heads:?}"
    );
    assert!(
        heads.iter().any(|h| h.starts_with("Diggers arrive")),
        "the crawl's first page survives the cut: {heads:?}"
    );
}
