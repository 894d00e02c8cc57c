//! Parser quality on the real corpora in `../shared/corpora` (skipped, with a printed reason, where
//! they are absent). Prints the figures and fails only when one falls below a floor set a little
//! under what the parsers reach, so a regression shows.
//!
//! Debug builds score a sample (every 4th WCXB page) to stay quick; `cargo test --release --test
//! corpora_formats -- --nocapture` scores everything.

use newsdex::article::Article;
use newsdex::dates::{has_zone, parse_datetime};
use newsdex::parse::{parse, parse_reader, ParseOptions};
use serde_json::Value;
use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

fn corpora() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("skipped: {} is absent", dir.display());
        None
    }
}

fn sorted_files(dir: &Path, suffix: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.to_string_lossy().ends_with(suffix))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

fn gunzip(path: &Path) -> Vec<u8> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(std::fs::File::open(path).unwrap())
        .read_to_end(&mut out)
        .unwrap();
    out
}

fn parse_one(path: &Path) -> Option<Article> {
    let bytes = std::fs::read(path).unwrap();
    let name = path.to_string_lossy();
    parse(&name, path, &bytes, &ParseOptions::default())
        .ok()
        .and_then(|p| p.articles.into_iter().next())
}

/// Word-level F1 of two texts as bags of lower-cased `\w+` tokens (the WCXB scoring).
fn word_f1(got: &str, want: &str) -> f64 {
    let words = regex::Regex::new(r"\w+").unwrap();
    let bag = |s: &str| {
        let mut m: HashMap<String, usize> = HashMap::new();
        for w in words.find_iter(&s.to_lowercase()) {
            *m.entry(w.as_str().to_string()).or_default() += 1;
        }
        m
    };
    let (g, w) = (bag(got), bag(want));
    let (ng, nw): (usize, usize) = (g.values().sum(), w.values().sum());
    if ng == 0 && nw == 0 {
        return 1.0;
    }
    if ng == 0 || nw == 0 {
        return 0.0;
    }
    let common: usize = g
        .iter()
        .map(|(k, v)| (*v).min(w.get(k).copied().unwrap_or(0)))
        .sum();
    let (p, r) = (common as f64 / ng as f64, common as f64 / nw as f64);
    if common == 0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// WCXB pages with their ground truth, as (id, page path, truth); debug builds take every 4th.
fn wcxb_pages(root: &Path) -> Vec<(String, PathBuf, Value)> {
    let dir = root.join("wcxb-dev-articles");
    let step = if cfg!(debug_assertions) { 4 } else { 1 };
    sorted_files(&dir.join("html"), ".html.gz")
        .into_iter()
        .step_by(step)
        .map(|path| {
            let id = path
                .file_name()
                .and_then(|f| f.to_str())
                .map(|f| f.trim_end_matches(".html.gz").to_string())
                .unwrap();
            let truth: Value = serde_json::from_slice(
                &std::fs::read(dir.join(format!("ground-truth/{id}.json"))).unwrap(),
            )
            .unwrap();
            (id, path, truth)
        })
        .collect()
}

#[test]
fn wcxb_body_word_f1() {
    let Some(root) = corpora() else { return };
    let (mut sum, mut n) = (0.0, 0usize);
    let mut worst: Vec<(f64, String)> = Vec::new();
    for (id, path, truth) in wcxb_pages(&root) {
        let path = &path;
        let want = truth["ground_truth"]["main_content"].as_str().unwrap_or("");
        let got = parse_one(path)
            .map(|a| a.body.join("\n"))
            .unwrap_or_default();
        if std::env::var("NEWSDEX_SHOW").is_ok_and(|v| v == id) {
            let bytes = std::fs::read(path).unwrap();
            eprintln!("{:#?}", parse("x", path, &bytes, &ParseOptions::default()));
        }
        let f1 = word_f1(&got, want);
        worst.push((f1, id));
        sum += f1;
        n += 1;
    }
    let mean = sum / n.max(1) as f64;
    worst.sort_by(|a, b| a.0.total_cmp(&b.0));
    eprintln!("wcxb: {n} pages, mean body word F1 {mean:.4}");
    eprintln!("wcxb worst: {:?}", &worst[..worst.len().min(12)]);
    assert!(mean >= 0.93, "WCXB mean body F1 fell to {mean:.4}");
}

/// Headline and byline on the WCXB pages, which were not used to tune the metadata rules: a check
/// that rules learnt on the fundus pages carry over. WCXB's `author` is one string as the page shows
/// it, so a byline counts when either names the other.
#[test]
fn wcxb_headline_byline() {
    let Some(root) = corpora() else { return };
    let (mut pages, mut head, mut authored, mut by) = (0usize, 0usize, 0usize, 0usize);
    for (id, path, truth) in wcxb_pages(&root) {
        let path = &path;
        let a = parse_one(path).unwrap_or_default();
        pages += 1;
        let title = truth["ground_truth"]["title"].as_str().unwrap_or("");
        let show = std::env::var_os("NEWSDEX_SHOW_MISSES").is_some();
        if headline_matches(&a.headline, title) {
            head += 1;
        } else if show {
            eprintln!("  headline {id}: {:?} want {title:?}", a.headline);
        }
        let joins = |s: &str| {
            squash(s)
                .replace(", and ", ", ")
                .replace(" and ", ", ")
                .replace(" & ", ", ")
        };
        let author = joins(truth["ground_truth"]["author"].as_str().unwrap_or(""));
        if !author.is_empty() {
            authored += 1;
            let got = joins(a.byline.as_deref().unwrap_or(""));
            if !got.is_empty() && (got.contains(&author) || author.contains(&got)) {
                by += 1;
            } else if show {
                eprintln!("  byline {id}: {:?} want {author:?}", a.byline);
            }
        }
    }
    let pct = |k: usize, n: usize| 100.0 * k as f64 / n.max(1) as f64;
    eprintln!(
        "wcxb: {pages} pages, headline {:.1}%, byline {:.1}% of {authored} with an author",
        pct(head, pages),
        pct(by, authored)
    );
    // Floors a little under what the full run (headline 81.2%, byline 81.2%) and the debug sample
    // (78.7%, 81.5%) reach.
    let (head_floor, by_floor) = if cfg!(debug_assertions) {
        (78.5, 81.0)
    } else {
        (81.0, 81.0)
    };
    assert!(pct(head, pages) >= head_floor && pct(by, authored) >= by_floor);
}

struct Expected {
    title: String,
    authors: Vec<String>,
    date: Option<String>,
    /// The summary, then each section's subheadings and paragraphs, as one text.
    body: String,
}

/// Fundus pages and the fields its maintainers expect: `<Publisher>.json` holds one entry a page,
/// keyed by version, in the order of the publisher's page files.
fn fundus_pages(root: &Path) -> Vec<(PathBuf, Expected)> {
    let mut out = Vec::new();
    let fundus = root.join("fundus");
    let mut countries: Vec<PathBuf> = std::fs::read_dir(&fundus)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    countries.sort();
    for country in countries {
        for json in sorted_files(&country, ".json") {
            let publisher = json.file_stem().unwrap().to_string_lossy().to_string();
            let prefix = format!("{publisher}_");
            let pages: Vec<PathBuf> = sorted_files(&country, ".html.gz")
                .into_iter()
                .filter(|p| {
                    let name = p.file_name().unwrap().to_string_lossy().to_string();
                    name.strip_prefix(&prefix)
                        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
                })
                .collect();
            let entries: Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
            let Some(entries) = entries.as_object() else {
                continue;
            };
            let mut keys: Vec<&String> = entries.keys().collect();
            keys.sort();
            if keys.len() != pages.len() {
                continue;
            }
            for (key, page) in keys.into_iter().zip(pages) {
                let e = &entries[key];
                let authors = e["authors"]
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .filter_map(|x| x.as_str().map(str::to_string))
                            .collect()
                    })
                    .unwrap_or_default();
                out.push((
                    page,
                    Expected {
                        title: e["title"].as_str().unwrap_or("").to_string(),
                        authors,
                        date: e["publishing_date"].as_str().map(str::to_string),
                        body: fundus_body(&e["body"]),
                    },
                ));
            }
        }
    }
    out
}

/// Whitespace collapsed, invisible characters dropped, case folded, dashes made one and quotation
/// marks dropped: pages and the expected values write the same headline or name with either
/// (`„…“` on the page, `"…"` in the JSON; `–` against `-`; a headline quoted in `<h1>` and not in
/// `og:title`). None of these changes a word.
fn squash(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .filter(|c| !['\u{ad}', '\u{200b}', '\u{2060}'].contains(c))
        .filter(|c| !['"', '“', '”', '„', '«', '»', '‹', '›'].contains(c))
        .map(|c| match c {
            '‘' | '’' => '\'',
            '–' | '—' | '‒' | '−' => '-',
            other => other,
        })
        .flat_map(char::to_lowercase)
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The headline is right when it equals the expected one, word for word (`Kicker - Headline`
/// against `Kicker: Headline` is one headline punctuated two ways), or when the expected one is the
/// same headline with furniture still on it:
/// - the page title's tail (`Headline - Section - Site`, `Headline --Section--Site`): some
///   publisher parsers in fundus return the `<title>` as it stands, and a headline without the
///   site's name is the better one, not a miss. The tail must be set off by a separator and be
///   short (three words at most);
/// - the kicker, the topic line set above the headline (`Nationale Demo / Headline`, `Bei
///   Protesten 2022: Headline`), which the parser leaves out on purpose. It must be set off by a
///   separator and be short (five words at most).
///
/// A longer or different headline still fails.
fn headline_matches(got: &str, want: &str) -> bool {
    let (got, want) = (squash(got), squash(want));
    if got == want || (!got.is_empty() && words(&got) == words(&want)) {
        return true;
    }
    if got.is_empty() {
        return false;
    }
    if let Some(kicker) = want.strip_suffix(&got) {
        let kicker = kicker.strip_suffix(' ').unwrap_or("");
        let words = kicker.trim_end_matches([':', '/', '-', '|']);
        let separated = words.len() < kicker.len();
        if separated && (1..=5).contains(&words.split_whitespace().count()) {
            return true;
        }
    }
    let Some(rest) = want.strip_prefix(&got) else {
        return false;
    };
    let tail = rest.trim_start();
    let spaced = tail.len() < rest.len();
    let separated = tail.starts_with("--")
        || tail.starts_with(['|', '｜', 'ㅣ', '·'])
        || (spaced && tail.starts_with('-'));
    let words = tail.trim_start_matches(['-', '|', '｜', 'ㅣ', '·', ' ']);
    separated && !words.is_empty() && words.split_whitespace().count() <= 3
}

/// The words of a text in order, punctuation dropped.
fn words(s: &str) -> Vec<&str> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect()
}

/// A name squeezed to lower-case letters and digits: `t-online` and `TOnline` are one name.
fn squeeze(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Every expected author is named in the byline. An expected author that is the publication itself
/// (fundus lists `t-online` after the writer) may be left out once a person is named: crediting the
/// writer alone is not a wrong byline. Three fundus habits are read for what they say, against the
/// page's own text (`page`):
/// - where fundus lists nobody or only the publication, a byline naming the publication alone says
///   the same; and a byline naming a writer whom the page shows (`Par Ann Lee` where fundus expects
///   `Le Monde`) is the same case as the writer named beside the publication;
/// - a one-word entry that the page prints right after an expected writer's name and a comma
///   (`Von Ann Lee, Kiel` → `["Ann Lee", "Kiel"]`) is the place filed from, not a writer;
/// - a Korean entry keeps the page's role and count (`박준석 기자 외 1명`, "reporter, and 1 other"):
///   the name is what comes before them.
fn byline_matches(got: Option<&str>, want: &[String], publisher: &str, page: &str) -> bool {
    let want: Vec<String> = want.iter().map(|w| korean_name(w)).collect();
    let publisher = squeeze(publisher);
    // The name the page gives its publication: fundus names its folders in ASCII ("Nikkei",
    // "LBCGroup") where the page says "日本経済新聞" or "LBCIV7".
    let site = dom_query::Document::from(page)
        .select("meta[property='og:site_name']")
        .attr("content")
        .map(|s| squeeze(&s))
        .unwrap_or_default();
    // The publication or one of its desks: "MDR SACHSEN-ANHALT" on mdr.de, "n-tv NACHRICHTEN" on
    // ntv, "AFP Deutschland" on AFP Faktencheck, "ntv.com.tr" on NTV Türkiye.
    let is_publication = |w: &str| {
        let whole = squeeze(w);
        let lead = w.split([' ', '-', '.']).next().unwrap_or_default();
        let first = squeeze(lead);
        let first_word = w.split_whitespace().next().map(squeeze).unwrap_or_default();
        let acronym =
            (3..=5).contains(&lead.chars().count()) && lead.chars().all(|c| c.is_uppercase());
        let domain = !w.contains(' ') && w.contains('.');
        (whole.len() >= 4 && (whole == publisher || publisher.contains(&whole)))
            || (whole.len() >= 4
                && site.len() >= 4
                && (site.contains(&whole) || whole.contains(&site)))
            || (first.len() >= 3 && first == publisher)
            || (first_word.len() >= 3 && first_word == publisher)
            || ((acronym || domain) && first.len() >= 3 && publisher.starts_with(&first))
    };
    let Some(got) = got else {
        return want.is_empty();
    };
    let byline = squash(got);
    let named = |w: &String| byline.contains(&squash(w));
    let people: Vec<&String> = want.iter().filter(|w| !is_publication(w)).collect();
    if people.is_empty() {
        let shown = got.split(", ").all(|name| page.contains(name));
        return is_publication(got) || (!want.is_empty() && (want.iter().all(named) || shown));
    }
    let place = |w: &String| {
        !w.contains(' ')
            && people
                .iter()
                .any(|p| named(p) && page.contains(&format!("{p}, {w}")))
    };
    people.iter().all(|w| named(w) || place(w))
}

/// `박준석 기자 외 1명` → `박준석`.
fn korean_name(w: &str) -> String {
    let name = match w.split_once(" 외 ") {
        Some((head, tail)) if tail.ends_with('명') => head,
        _ => w,
    };
    name.trim().trim_end_matches("기자").trim().to_string()
}

/// Fundus's body: `summary` lines, then `sections`, each with `headline` and `paragraphs` lines.
fn fundus_body(body: &Value) -> String {
    let lines = |v: &Value| -> Vec<String> {
        v.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    };
    let mut out = lines(&body["summary"]);
    for section in body["sections"].as_array().into_iter().flatten() {
        out.extend(lines(&section["headline"]));
        out.extend(lines(&section["paragraphs"]));
    }
    out.join("\n")
}

/// Body extraction on pages it was never tuned on: the WCXB pages set Readability's threshold, and
/// fundus's 258 pages from 130 publishers in 40 countries check that the figure carries over. The
/// standfirst counts with the body, as fundus's summary does.
#[test]
fn fundus_body_word_f1() {
    let Some(root) = corpora() else { return };
    let pages = fundus_pages(&root);
    let mut scored: Vec<(f64, String)> = pages
        .iter()
        .map(|(path, want)| {
            let got = parse_one(path)
                .map(|a| {
                    let mut text = a.standfirst.unwrap_or_default();
                    for p in &a.body {
                        text.push('\n');
                        text.push_str(p);
                    }
                    text
                })
                .unwrap_or_default();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (word_f1(&got, &want.body), name)
        })
        .collect();
    let mean = scored.iter().map(|s| s.0).sum::<f64>() / scored.len().max(1) as f64;
    scored.sort_by(|a, b| a.0.total_cmp(&b.0));
    eprintln!(
        "fundus: {} pages, mean body word F1 {mean:.4}",
        scored.len()
    );
    eprintln!("fundus worst: {:?}", &scored[..scored.len().min(8)]);
    assert!(pages.len() >= 250, "fundus pages not found");
    // Measured 0.9357 (0.9234 before CJK text counted as words and consent dialogs went).
    assert!(mean >= 0.93, "fundus mean body F1 fell to {mean:.4}");
}

#[test]
fn fundus_headline_byline_date() {
    let Some(root) = corpora() else { return };
    let pages = fundus_pages(&root);
    let (mut head, mut by, mut date) = (0usize, 0usize, 0usize);
    let mut misses: Vec<String> = Vec::new();
    for (path, want) in &pages {
        let a = parse_one(path).unwrap_or_default();
        let name = path.file_name().unwrap().to_string_lossy();
        if headline_matches(&a.headline, &want.title) {
            head += 1;
        } else {
            misses.push(format!(
                "headline {name}: {:?} want {:?}",
                a.headline, want.title
            ));
        }
        let publisher = name.split('_').next().unwrap_or("");
        let page = String::from_utf8_lossy(&gunzip(path)).into_owned();
        if byline_matches(a.byline.as_deref(), &want.authors, publisher, &page) {
            by += 1;
        } else {
            misses.push(format!(
                "byline {name}: {:?} want {:?}",
                a.byline, want.authors
            ));
        }
        let want_date = want.date.as_deref().and_then(parse_datetime);
        // An expected time without a zone is the publisher's local time: any whole zone offset
        // from ours is the same moment.
        let naive = want.date.as_deref().is_some_and(|d| !has_zone(d));
        let date_ok = match (a.published, want_date) {
            (Some(got), Some(w)) if naive => {
                let diff = (got - w).num_seconds().abs();
                diff <= 14 * 3600 && (diff % 900 < 60 || diff % 900 > 840)
            }
            (Some(got), Some(w)) => (got - w).num_seconds().abs() < 60,
            (None, None) => true,
            _ => false,
        };
        if date_ok {
            date += 1;
        } else {
            misses.push(format!(
                "date {name}: {:?} want {:?}",
                a.published, want.date
            ));
        }
    }
    let pct = |k: usize| 100.0 * k as f64 / pages.len().max(1) as f64;
    eprintln!(
        "fundus: {} pages, headline {:.1}%, byline {:.1}%, date {:.1}%",
        pages.len(),
        pct(head),
        pct(by),
        pct(date)
    );
    if std::env::var_os("NEWSDEX_SHOW_MISSES").is_some() {
        for m in &misses {
            eprintln!("  {m}");
        }
    }
    assert!(pages.len() >= 250, "fundus pages not found");
    // The expected headlines follow each publisher's own choice of source (SEO or visible
    // headline): no one order of sources reaches 95% there, and letting sources vote does no
    // better than JSON-LD first (the best weighting of JSON-LD, og:title, twitter:title, <h1>,
    // <title> and alternativeHeadline matched 228 of 258, JSON-LD first 226): where JSON-LD
    // differs from og:title, either is the expected one about as often, whichever sources agree
    // with them. Floors a little under what the parser reaches: headline 88.8%, byline 95.3%,
    // date 97.3%.
    assert!(pct(head) >= 88.5 && pct(by) >= 95.0 && pct(date) >= 97.0);
}

#[test]
fn warc_fundus_every_page_is_an_article() {
    let Some(root) = corpora() else { return };
    let path = root.join("warc/fundus-news-258.warc.gz");
    let mut file = std::fs::File::open(&path).unwrap();
    let (mut count, mut bodiless) = (0usize, 0usize);
    let problems = parse_reader(
        "fundus.warc.gz",
        &path,
        &mut file,
        &ParseOptions::default(),
        &mut |a| {
            assert!(a.url.is_some() && !a.headline.is_empty(), "{}", a.source);
            // Some pages carry their text only in a script payload (Next.js): headline, no body.
            bodiless += usize::from(a.body.is_empty());
            count += 1;
        },
    )
    .unwrap();
    eprintln!(
        "warc fundus: {count} articles ({bodiless} without body text), {} problems",
        problems.len()
    );
    assert!(bodiless <= 3, "{bodiless} articles without body text");
    assert_eq!(count, 258, "{problems:?}");
}

#[test]
fn warc_real_fixtures_read_without_panic() {
    let Some(root) = corpora() else { return };
    let mut files: Vec<PathBuf> = walk(&root.join("warc/real-fixtures"));
    files.retain(|p| {
        let n = p.to_string_lossy();
        n.ends_with(".warc")
            || n.ends_with(".warc.gz")
            || n.ends_with(".arc.gz")
            || n.ends_with(".arc")
    });
    assert!(!files.is_empty());
    for path in files {
        let mut file = std::fs::File::open(&path).unwrap();
        let mut count = 0usize;
        let result = parse_reader("f", &path, &mut file, &ParseOptions::default(), &mut |_| {
            count += 1
        });
        let name = path.strip_prefix(&root).unwrap_or(&path).display();
        match result {
            Ok(problems) => eprintln!(
                "{name}: {count} articles, {} problems {:?}",
                problems.len(),
                problems.first()
            ),
            Err(e) => eprintln!("{name}: refused: {e}"),
        }
    }
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = entry.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out.sort();
    out
}

#[test]
fn politifact_and_polnear_json() {
    let Some(root) = corpora() else { return };
    let (mut articles, mut refused, mut files, mut dated) = (0usize, 0usize, 0usize, 0usize);
    let mut reasons: HashMap<String, usize> = HashMap::new();
    for kind in ["real", "fake"] {
        for dir in walk(&root.join("newspaper3k-politifact").join(kind)) {
            if !dir.ends_with("news content.json") {
                continue;
            }
            files += 1;
            let bytes = std::fs::read(&dir).unwrap();
            match parse("p", &dir, &bytes, &ParseOptions::default()) {
                Ok(p) => {
                    articles += p.articles.len();
                    dated += p.articles.iter().filter(|a| a.published.is_some()).count();
                }
                Err(e) => {
                    refused += 1;
                    *reasons.entry(e.to_string()).or_default() += 1;
                }
            }
        }
    }
    eprintln!(
        "politifact: {files} files, {articles} articles ({dated} dated), {refused} reported {reasons:?}"
    );
    assert_eq!(files, 949);
    assert_eq!(articles + refused, files);
    assert!(articles >= 880, "{articles}");

    let (mut polnear, mut dated, mut total) = (0usize, 0usize, 0usize);
    for path in sorted_files(&root.join("polnear/articles"), ".json") {
        total += 1;
        if let Some(a) = parse_one(&path) {
            polnear += 1;
            dated += usize::from(a.published.is_some());
        }
    }
    eprintln!("polnear: {polnear} of {total} parsed, {dated} dated");
    assert_eq!(polnear, total);
    assert_eq!(dated, total);
}

#[test]
fn wcxb_gz_pages_parse_through_the_gz_path() {
    let Some(root) = corpora() else { return };
    let path = root.join("wcxb-dev-articles/html/0001.html.gz");
    let raw = gunzip(&path);
    let direct = parse("x", Path::new("x.html"), &raw, &ParseOptions::default()).unwrap();
    let zipped = parse_one(&path).unwrap();
    assert_eq!(direct.articles[0].body, zipped.body);
}

#[test]
fn truncated_real_warc_keeps_earlier_records() {
    let Some(root) = corpora() else { return };
    let path = root.join("warc/fundus-news-258.warc.gz");
    let bytes = std::fs::read(&path).unwrap();
    let cut = &bytes[..bytes.len() / 2];
    let parsed = parse(
        "half.warc.gz",
        Path::new("half.warc.gz"),
        cut,
        &ParseOptions::default(),
    )
    .unwrap();
    eprintln!(
        "half of the fundus WARC: {} articles, problems {:?}",
        parsed.articles.len(),
        parsed.problems
    );
    assert!(parsed.articles.len() > 100);
    assert_eq!(parsed.problems.len(), 1);
    assert!(parsed.problems[0].contains(&format!("at byte {}", cut.len())));
}
