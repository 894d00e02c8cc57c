//! JSON articles as scrapers write them: one object, an array of objects (`.json`), or one object a
//! line (`.jsonl`, `.ndjson`). Field names vary by tool (newspaper3k, news-please, PolNeAR …), so
//! each article field is looked up under its common names, after any the user mapped in
//! [`ParseOptions::fields`]. One bad record is reported and skipped; the rest of the file is kept.

use super::{article_id, text, ParseError, ParseOptions, MAX_FILE_BYTES};
use crate::article::Article;
use crate::dates::parse_datetime;
use chrono::{DateTime, Utc};
use serde_json::{Map, Value};
use std::io::{BufRead, Read};

const TITLE: &[&str] = &["title", "headline"];
const BODY: &[&str] = &[
    "text",
    "body",
    "content",
    "maintext",
    "article",
    "article_text",
];
const PUBLISHED: &[&str] = &[
    "date",
    "published",
    "publish_date",
    "date_publish",
    "datePublished",
    "pubDate",
    "published_at",
    "publishedAt",
    "publication_date",
];
const UPDATED: &[&str] = &[
    "updated",
    "date_modify",
    "dateModified",
    "modified",
    "updated_at",
    "last_modified",
];
const AUTHOR: &[&str] = &["author", "authors", "byline"];
const URL: &[&str] = &["url", "link", "canonical_link"];
const STANDFIRST: &[&str] = &["description", "summary", "standfirst", "subtitle"];

/// Parses a `.json` file: one object is one article; an array holds one article per element.
pub fn parse_document(
    source: &str,
    text: &str,
    opts: &ParseOptions,
    emit: &mut dyn FnMut(Article),
) -> Result<Vec<String>, ParseError> {
    let value: Value = serde_json::from_str(text).map_err(|e| ParseError::Malformed {
        format: "JSON",
        reason: e.to_string(),
    })?;
    match value {
        Value::Object(map) => {
            let article = record(source, &map, opts).map_err(|_| ParseError::NoContent)?;
            emit(article);
            Ok(Vec::new())
        }
        Value::Array(items) => {
            let mut problems = Vec::new();
            let mut emitted = 0;
            for (i, item) in items.iter().enumerate() {
                let n = i + 1;
                let outcome = match item {
                    Value::Object(map) => record(&format!("{source}#{n}"), map, opts),
                    other => Err(format!("not an object but {}", kind(other))),
                };
                match outcome {
                    Ok(article) => {
                        emitted += 1;
                        emit(article);
                    }
                    Err(reason) => problems.push(format!("record {n}: {reason}")),
                }
            }
            if emitted == 0 && !items.is_empty() {
                return Err(ParseError::Malformed {
                    format: "JSON",
                    reason: format!(
                        "none of its {} records is an article ({})",
                        items.len(),
                        problems.first().map_or("", String::as_str)
                    ),
                });
            }
            Ok(problems)
        }
        other => Err(ParseError::Malformed {
            format: "JSON",
            reason: format!("top level is {}, not an object or an array", kind(&other)),
        }),
    }
}

/// Parses JSON Lines, streaming: each line is one record, `#N` its line number.
pub fn parse_lines(
    source: &str,
    mut reader: impl BufRead,
    opts: &ParseOptions,
    emit: &mut dyn FnMut(Article),
) -> Result<Vec<String>, ParseError> {
    let mut problems = Vec::new();
    let mut emitted = 0usize;
    let mut buf = Vec::new();
    let mut n = 0usize;
    loop {
        buf.clear();
        n += 1;
        let read = Read::by_ref(&mut reader)
            .take(MAX_FILE_BYTES + 1)
            .read_until(b'\n', &mut buf);
        match read {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) if emitted > 0 => {
                problems.push(format!("line {n}: cannot read further: {e}"));
                break;
            }
            Err(e) => return Err(ParseError::Unreadable(e.to_string())),
        }
        if buf.len() as u64 > MAX_FILE_BYTES {
            problems.push(format!(
                "line {n}: over the {MAX_FILE_BYTES}-byte limit for one record"
            ));
            if skip_line(&mut reader).is_err() {
                break;
            }
            continue;
        }
        let line = match std::str::from_utf8(&buf) {
            Ok(line) => line.trim(),
            Err(e) => {
                problems.push(format!(
                    "line {n}: not valid UTF-8 (bad byte at column {})",
                    e.valid_up_to() + 1
                ));
                continue;
            }
        };
        if line.is_empty() {
            continue;
        }
        let outcome = match serde_json::from_str::<Value>(line) {
            Ok(Value::Object(map)) => record(&format!("{source}#{n}"), &map, opts),
            Ok(other) => Err(format!("not an object but {}", kind(&other))),
            Err(e) => Err(format!("invalid JSON: {e}")),
        };
        match outcome {
            Ok(article) => {
                emitted += 1;
                emit(article);
            }
            Err(reason) => problems.push(format!("line {n}: {reason}")),
        }
    }
    if emitted == 0 {
        if let Some(first) = problems.first() {
            return Err(ParseError::Malformed {
                format: "JSON Lines",
                reason: format!("no line is an article ({first})"),
            });
        }
        return Err(ParseError::Empty);
    }
    Ok(problems)
}

/// Drops the rest of an over-long line without holding it.
fn skip_line(reader: &mut impl BufRead) -> std::io::Result<()> {
    loop {
        let chunk = reader.fill_buf()?;
        if chunk.is_empty() {
            return Ok(());
        }
        if let Some(at) = chunk.iter().position(|&b| b == b'\n') {
            reader.consume(at + 1);
            return Ok(());
        }
        let len = chunk.len();
        reader.consume(len);
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// The value of our field `ours`: the user's mapping first, then the common names.
fn field<'v>(
    map: &'v Map<String, Value>,
    opts: &ParseOptions,
    ours: &str,
    names: &[&str],
) -> Option<&'v Value> {
    let mapped = opts
        .fields
        .iter()
        .filter(|(o, _)| o == ours)
        .map(|(_, theirs)| theirs.as_str());
    mapped
        .chain(names.iter().copied())
        .filter_map(|name| map.get(name))
        .find(|v| !is_missing(v))
}

/// Scrapers write a missing value as null, "", "None" or "null".
fn is_missing(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => {
            let s = s.trim();
            s.is_empty() || s == "None" || s == "null" || s == "NaN"
        }
        Value::Array(items) => items.iter().all(is_missing),
        _ => false,
    }
}

/// Text of a string, or of an array of strings (paragraphs) joined by blank lines.
fn text_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Array(items) => {
            let parts: Vec<String> = items.iter().filter_map(text_of).collect();
            (!parts.is_empty()).then(|| parts.join("\n\n"))
        }
        Value::Object(map) => map
            .get("text")
            .or_else(|| map.get("name"))
            .and_then(text_of),
        _ => None,
    }
}

/// A date string, or a Unix time in seconds (newspaper3k) or milliseconds.
fn date_of(v: &Value) -> Option<DateTime<Utc>> {
    match v {
        Value::String(s) => {
            parse_datetime(s).or_else(|| s.trim().parse::<f64>().ok().and_then(epoch))
        }
        Value::Number(n) => n.as_f64().and_then(epoch),
        Value::Object(map) => map.get("$date").and_then(date_of),
        _ => None,
    }
}

/// Keys under which scrapers' page-metadata objects (newspaper3k's `meta_data`: Open Graph,
/// `article:`, Dublin Core tags as nested objects) carry the publication date.
const NESTED_DATE_KEYS: &[&str] = &[
    "published_time",
    "article_published_time",
    "published",
    "pubdate",
    "publish_date",
    "published_at",
    "datepublished",
    "date",
];

/// A publication date from a nested metadata object, when the record's own date field is empty.
fn nested_date(map: &Map<String, Value>) -> Option<DateTime<Utc>> {
    fn walk(v: &Value, depth: usize) -> Option<DateTime<Utc>> {
        let Value::Object(map) = v else { return None };
        if depth > 3 {
            return None;
        }
        NESTED_DATE_KEYS
            .iter()
            .find_map(|k| map.get(*k).filter(|v| v.is_string()).and_then(date_of))
            .or_else(|| map.values().find_map(|v| walk(v, depth + 1)))
    }
    ["meta_data", "metadata", "meta"]
        .iter()
        .find_map(|k| map.get(*k).and_then(|v| walk(v, 0)))
}

fn epoch(n: f64) -> Option<DateTime<Utc>> {
    if !n.is_finite() || n <= 0.0 {
        return None;
    }
    // Past 1e11 seconds is the year 5138: such a number is milliseconds.
    let secs = if n > 1e11 { n / 1000.0 } else { n };
    DateTime::from_timestamp(secs as i64, 0)
}

fn authors_of(v: &Value) -> Vec<String> {
    match v {
        Value::String(s) => vec![s.trim().to_string()],
        Value::Array(items) => items.iter().flat_map(authors_of).collect(),
        Value::Object(map) => map.get("name").map(authors_of).unwrap_or_default(),
        _ => Vec::new(),
    }
    .into_iter()
    .filter(|s| is_author_name(s))
    .collect()
}

/// Scrapers guess authors from the page and often guess wrong: a month from a date line
/// (`March`), or a sentence of the writer's bio (`Jim Hoft Is The Founder`, `One Of The Top
/// Conservative News Outlets In America. Jim Was …`). A name is five words at most and no sentence.
fn is_author_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    let sentence = words.iter().any(|w| {
        // `America.` ends a sentence; `J.X.`, `Jr.` and `Prof.` are parts of a name.
        let stop = w.ends_with('.')
            && w.chars().filter(|c| c.is_lowercase()).count() >= 3
            && !crate::speakers::is_honorific_or_title(w);
        stop || w.ends_with([',', ';', ':'])
    });
    let bio = words.iter().any(|w| ["Is", "Was", "Here"].contains(w));
    let month = matches!(words[..], [w] if crate::speakers::is_month_or_day(w));
    (1..=5).contains(&words.len()) && !sentence && !bio && !month
}

/// Paragraphs split on blank lines; a text with none is split on single newlines instead.
pub(crate) fn paragraphs(body: &str) -> Vec<String> {
    let body = body.replace("\r\n", "\n");
    let blank_lines = body.split('\n').any(|l| l.trim().is_empty()) && body.trim().contains('\n');
    let collapse = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let parts: Vec<String> = if blank_lines {
        let mut out = Vec::new();
        let mut cur: Vec<&str> = Vec::new();
        for line in body.split('\n') {
            if line.trim().is_empty() {
                if !cur.is_empty() {
                    out.push(collapse(&cur.join(" ")));
                    cur.clear();
                }
            } else {
                cur.push(line);
            }
        }
        if !cur.is_empty() {
            out.push(collapse(&cur.join(" ")));
        }
        out
    } else {
        body.split('\n').map(collapse).collect()
    };
    parts.into_iter().filter(|p| !p.is_empty()).collect()
}

/// One record to an article; `Err` says why it is not one.
fn record(source: &str, map: &Map<String, Value>, opts: &ParseOptions) -> Result<Article, String> {
    let mut article = Article {
        id: article_id(source),
        source: source.to_string(),
        ..Article::default()
    };
    article.headline = field(map, opts, "title", TITLE)
        .and_then(text_of)
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .unwrap_or_default();
    let body = field(map, opts, "body", BODY)
        .and_then(text_of)
        .unwrap_or_default();
    for unit in paragraphs(&body) {
        match text::related_link(&unit) {
            Some(link) if !link.is_empty() => article.related.push(link.to_string()),
            _ => article.body.push(unit),
        }
    }
    // newspaper3k repeats the headline as the first line of the text.
    if article.body.first().is_some_and(|p| {
        !article.headline.is_empty() && p.trim_end_matches('.') == article.headline
    }) {
        article.body.remove(0);
    }
    if article.headline.is_empty() && article.body.is_empty() {
        return Err("no title and no text".to_string());
    }
    article.url = field(map, opts, "url", URL)
        .and_then(Value::as_str)
        .map(|s| s.trim().to_string());
    article.standfirst = field(map, opts, "standfirst", STANDFIRST)
        .and_then(text_of)
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty());
    let authors = field(map, opts, "byline", AUTHOR)
        .map(authors_of)
        .unwrap_or_default();
    if !authors.is_empty() {
        article.byline = Some(authors.join(", "));
    }
    let published = field(map, opts, "published", PUBLISHED);
    article.published = published.and_then(date_of).or_else(|| nested_date(map));
    article.updated = field(map, opts, "updated", UPDATED).and_then(date_of);
    match (published, article.published) {
        (_, Some(_)) => {}
        (Some(v), None) => article.warnings.push(format!(
            "publication date {} not understood; indexed undated",
            v.to_string().chars().take(60).collect::<String>()
        )),
        (None, None) => article.warnings.push(super::NO_DATE.to_string()),
    }
    Ok(article)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> (Vec<Article>, Vec<String>) {
        let mut out = Vec::new();
        let problems = parse_document("a.json", text, &ParseOptions::default(), &mut |a| {
            out.push(a)
        })
        .unwrap();
        (out, problems)
    }

    fn lines(text: &str, opts: &ParseOptions) -> Result<(Vec<Article>, Vec<String>), ParseError> {
        let mut out = Vec::new();
        let problems = parse_lines("a.jsonl", text.as_bytes(), opts, &mut |a| out.push(a))?;
        Ok((out, problems))
    }

    #[test]
    fn a_scraper_s_guessed_authors_keep_only_names() {
        let (a, _) = doc(
            r#"{"title": "T", "text": "Body.", "authors": ["March", "Ada Quill",
                "Ada Quill Is The Founder", "One Of The Top News Sites In Harwick. Ada Was Named",
                "Ben Rowe", "Cal J.X. Dane", "Prof. Ivo Brandt"]}"#,
        );
        assert_eq!(
            a[0].byline.as_deref(),
            Some("Ada Quill, Ben Rowe, Cal J.X. Dane, Prof. Ivo Brandt")
        );
    }

    #[test]
    fn newspaper3k_record() {
        let (a, p) = doc(
            r#"{"title": "Fares rise", "text": "Fares rise.\n\nFares rose by 4%.\n\nRead more: Bus strike called\n\nMore to come.",
                "authors": ["Ada Quill", "Ben Rowe"], "publish_date": 1499486400.0,
                "url": "https://example.org/a", "summary": ""}"#,
        );
        assert!(p.is_empty());
        let a = &a[0];
        assert_eq!(a.source, "a.json");
        assert_eq!(a.headline, "Fares rise");
        assert_eq!(a.body, vec!["Fares rose by 4%.", "More to come."]);
        assert_eq!(a.related, vec!["Bus strike called"]);
        assert_eq!(a.byline.as_deref(), Some("Ada Quill, Ben Rowe"));
        assert_eq!(
            a.published.unwrap().to_rfc3339(),
            "2017-07-08T04:00:00+00:00"
        );
        assert_eq!(a.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(a.standfirst, None);
    }

    #[test]
    fn date_from_nested_page_metadata() {
        let (a, _) = doc(r#"{"title": "H", "text": "x", "publish_date": null,
                "meta_data": {"og": {"title": "H"}, "article": {"published_time": "2017-04-01T18:14:06Z"}}}"#);
        assert_eq!(
            a[0].published.unwrap().to_rfc3339(),
            "2017-04-01T18:14:06+00:00"
        );
        assert!(a[0].warnings.is_empty());
    }

    #[test]
    fn missing_dates_and_single_newlines() {
        for date in [r#""None""#, r#""""#, "null"] {
            let (a, _) = doc(&format!(
                r#"{{"headline": "H", "body": "One.\nTwo.\nThree.", "date": {date}}}"#
            ));
            assert_eq!(a[0].published, None);
            assert_eq!(a[0].body, vec!["One.", "Two.", "Three."]);
            assert_eq!(a[0].warnings, vec![super::super::NO_DATE]);
        }
        let (a, _) = doc(
            r#"{"title": "H", "content": "x", "datePublished": "Jan 20, 2022 3:23 pm", "dateModified": "2022-01-21"}"#,
        );
        assert_eq!(
            a[0].published.unwrap().to_rfc3339(),
            "2022-01-20T15:23:00+00:00"
        );
        assert_eq!(
            a[0].updated.unwrap().to_rfc3339(),
            "2022-01-21T00:00:00+00:00"
        );
    }

    #[test]
    fn array_numbers_records_and_reports_empty_ones() {
        let (a, p) =
            doc(r#"[{"title": "A", "text": "a"}, {"title": "", "text": ""}, 3, {"title": "C"}]"#);
        assert_eq!(a.len(), 2);
        assert_eq!(a[1].source, "a.json#4");
        assert_ne!(a[0].id, a[1].id);
        assert_eq!(
            p,
            vec![
                "record 2: no title and no text",
                "record 3: not an object but a number"
            ]
        );
    }

    #[test]
    fn jsonl_bad_line_is_skipped_with_its_number() {
        let (a, p) = lines(
            "{\"title\": \"A\", \"text\": \"a\"}\n{\"title\": \"B\", \"te\n\n{\"title\": \"C\", \"text\": \"c\"}\n",
            &ParseOptions::default(),
        )
        .unwrap();
        assert_eq!(a.len(), 2);
        assert_eq!(a[1].source, "a.jsonl#4");
        assert_eq!(p.len(), 1);
        assert!(p[0].starts_with("line 2: invalid JSON"), "{p:?}");
    }

    #[test]
    fn mapped_field_names() {
        let opts = ParseOptions {
            fields: vec![
                ("body".into(), "article_body".into()),
                ("title".into(), "hed".into()),
            ],
        };
        let (a, _) = lines(
            r#"{"hed": "Mapped", "article_body": "Para one.\n\nPara two."}"#,
            &opts,
        )
        .unwrap();
        assert_eq!(a[0].headline, "Mapped");
        assert_eq!(a[0].body.len(), 2);
    }

    #[test]
    fn invalid_json_says_where() {
        let err = parse_document(
            "a.json",
            "{\"title\": ",
            &ParseOptions::default(),
            &mut |_| {},
        )
        .unwrap_err();
        let ParseError::Malformed { format, reason } = err else {
            panic!()
        };
        assert_eq!(format, "JSON");
        assert!(reason.contains("line 1"), "{reason}");
        let err = lines("not json\n", &ParseOptions::default()).unwrap_err();
        assert!(err.to_string().contains("line 1: invalid JSON"), "{err}");
    }

    #[test]
    fn object_without_content_is_no_content() {
        let err = parse_document(
            "a.json",
            r#"{"title": null, "text": "  "}"#,
            &ParseOptions::default(),
            &mut |_| {},
        );
        assert_eq!(err.unwrap_err(), ParseError::NoContent);
    }
}
