//! End-to-end: the real binary indexing temp archives and sample-corpus, then searching them.

mod common;

use common::*;
use std::fs;
use std::path::Path;

fn article(headline: &str, date: &str, body: &str) -> String {
    format!("{headline}\n\n{date}\n\nBy Ada Quill\n\n{body}\n")
}

/// Three articles either side of the January/February 2022 boundary.
fn dated_archive(dir: &std::path::Path) {
    fs::create_dir_all(dir).unwrap();
    let quote = |who: &str| format!("\"The tram line will open on time,\" said {who}.");
    fs::write(
        dir.join("jan.txt"),
        article(
            "Tram opening confirmed",
            "31 January 2022, 23:59",
            &quote("Mayor Ines Calloway"),
        ),
    )
    .unwrap();
    fs::write(
        dir.join("feb.txt"),
        article(
            "Tram opening delayed",
            "1 February 2022, 00:00",
            &quote("Councillor Bram Oduya"),
        ),
    )
    .unwrap();
    fs::write(
        dir.join("mar.txt"),
        article(
            "Tram opens",
            "15 March 2022, 09:30",
            &quote("Mayor Ines Calloway"),
        ),
    )
    .unwrap();
}

fn headlines(out: &std::process::Output) -> Vec<String> {
    json_lines(out)
        .iter()
        .map(|h| h["headline"].as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn date_filters_include_and_exclude_at_the_boundaries() {
    let tmp = tempfile::tempdir().unwrap();
    let archive = tmp.path().join("news");
    dated_archive(&archive);
    let (ix, out) = index(&archive, tmp.path());
    assert!(out.status.success(), "{}", stderr(&out));

    let feb_on = search(&ix, &["--articles", "--since", "2022-02", "--json"]);
    assert_eq!(headlines(&feb_on), ["Tram opens", "Tram opening delayed"]);
    let to_jan = search(&ix, &["--articles", "--until", "2022-01", "--json"]);
    assert_eq!(headlines(&to_jan), ["Tram opening confirmed"]);
    let one_day = search(
        &ix,
        &["--since", "2022-01-31", "--until", "2022-01-31", "--json"],
    );
    assert_eq!(headlines(&one_day), ["Tram opening confirmed"]);
    let year = search(
        &ix,
        &["--articles", "--since", "2022", "--until", "2022", "--json"],
    );
    assert_eq!(headlines(&year).len(), 3);
    let none = search(&ix, &["--since", "2023"]);
    assert_eq!(none.status.code(), Some(1), "no hits exits 1");
}

#[test]
fn timeline_counts_per_period_with_the_gaps_and_the_filters() {
    let tmp = tempfile::tempdir().unwrap();
    let archive = tmp.path().join("news");
    dated_archive(&archive);
    fs::write(
        archive.join("undated.txt"),
        article(
            "Tram depot",
            "",
            "\"It is ready,\" said Mayor Ines Calloway.",
        ),
    )
    .unwrap();
    let (ix, out) = index(&archive, tmp.path());
    let ix = ix.to_str().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let timeline = |args: &[&str]| {
        let mut all = vec!["timeline", "--index", ix, "--json"];
        all.extend_from_slice(args);
        newsdex(&all)
    };
    let rows = |out: &std::process::Output| -> Vec<(String, u64, u64)> {
        json_lines(out)
            .iter()
            .map(|r| {
                let period = r["period"].as_str().unwrap_or("undated").to_string();
                let n = r["quotes"].as_u64().unwrap_or(0);
                (period, n, r["articles"].as_u64().unwrap())
            })
            .collect()
    };
    // 31 January 23:59 and 1 February 00:00 fall in their own months; the undated stand apart.
    assert_eq!(
        rows(&timeline(&["--speaker", "Calloway"])),
        [
            ("2022-01".into(), 1, 1),
            ("2022-02".into(), 0, 0),
            ("2022-03".into(), 1, 1),
            ("undated".into(), 1, 1)
        ]
    );
    let weeks = rows(&timeline(&[
        "tram",
        "--articles",
        "--by",
        "week",
        "--since",
        "2022-02",
    ]));
    assert_eq!(weeks.first().unwrap().0, "2022-W05");
    assert_eq!(weeks.last().unwrap().0, "2022-W11");
    assert_eq!(weeks.len(), 7, "{weeks:?}");
    assert_eq!(weeks.iter().map(|w| w.2).sum::<u64>(), 2);
    // The question form reads as it does for `search`.
    let asked = newsdex(&[
        "timeline",
        "--index",
        ix,
        "everything Oduya said about the tram",
        "--by",
        "year",
    ]);
    assert!(stdout(&asked).starts_with("2022  "), "{}", stdout(&asked));
    assert!(stdout(&asked).contains("1 quote in 1 article, 2022 to 2022"));
    let none = timeline(&["--since", "2023"]);
    assert_eq!(none.status.code(), Some(1));
}

#[test]
fn bad_dates_and_missing_index_are_errors_a_person_can_act_on() {
    let tmp = tempfile::tempdir().unwrap();
    let out = search(&tmp.path().join("nowhere"), &["tram"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("newsdex index"), "{}", stderr(&out));

    let archive = tmp.path().join("news");
    dated_archive(&archive);
    let (ix, _) = index(&archive, tmp.path());
    let out = search(&ix, &["--since", "2022-13"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--since 2022-13"), "{}", stderr(&out));
}

#[test]
fn bad_files_are_reported_one_line_each_and_the_rest_is_indexed() {
    let tmp = tempfile::tempdir().unwrap();
    let archive = tmp.path().join("news");
    dated_archive(&archive);
    fs::write(archive.join("empty.txt"), "").unwrap();
    fs::write(
        archive.join("image.txt"),
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    )
    .unwrap();
    fs::write(
        archive.join("latin1.txt"),
        b"Prices\n\n3 October 2025, 09:05\n\nA pint costs \xa34 now.\n",
    )
    .unwrap();

    let (ix, out) = index(&archive, tmp.path());
    assert_eq!(out.status.code(), Some(3), "skips exit 3: {}", stderr(&out));
    let err = stderr(&out);
    // Two files skipped, one line each; the Latin-1 file is read, with one line saying how.
    for (file, reason) in [
        ("empty.txt", "skipped"),
        ("image.txt", "binary"),
        ("latin1.txt", "windows-1252"),
    ] {
        let lines: Vec<&str> = err.lines().filter(|l| l.contains(file)).collect();
        assert_eq!(lines.len(), 1, "one line for {file}: {err}");
        assert!(lines[0].contains(reason), "{file}: {}", lines[0]);
    }
    assert!(
        stdout(&out).contains("indexed 4 articles"),
        "{}",
        stdout(&out)
    );
    assert!(
        stdout(&out).contains("skipped: 2 files"),
        "{}",
        stdout(&out)
    );
    assert!(
        stdout(&out).contains("read as windows-1252: 1"),
        "{}",
        stdout(&out)
    );
    let all = search(&ix, &["--articles", "--json"]);
    assert_eq!(json_lines(&all).len(), 4);
    let pint = stdout(&search(&ix, &["pint", "--articles", "--json"]));
    assert!(pint.contains("£4"), "{pint}");
}

#[test]
fn a_failed_run_leaves_the_previous_index_searchable() {
    let tmp = tempfile::tempdir().unwrap();
    let archive = tmp.path().join("news");
    dated_archive(&archive);
    let (ix, _) = index(&archive, tmp.path());

    let junk = tmp.path().join("junk");
    fs::create_dir_all(&junk).unwrap();
    fs::write(junk.join("empty.txt"), "").unwrap();
    let out = newsdex(&[
        "index",
        junk.to_str().unwrap(),
        "--index",
        ix.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("left as it was"), "{}", stderr(&out));
    assert_eq!(json_lines(&search(&ix, &["--articles", "--json"])).len(), 3);

    // A folder that is not an index is never written into.
    let other = tmp.path().join("notes");
    fs::create_dir_all(&other).unwrap();
    fs::write(other.join("todo.md"), "keep me").unwrap();
    let out = newsdex(&[
        "index",
        archive.to_str().unwrap(),
        "--index",
        other.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        fs::read_to_string(other.join("todo.md")).unwrap(),
        "keep me"
    );
}

#[test]
fn json_lines_carry_the_documented_fields() {
    let tmp = tempfile::tempdir().unwrap();
    let archive = tmp.path().join("news");
    dated_archive(&archive);
    let (ix, _) = index(&archive, tmp.path());
    let out = search(&ix, &["tram", "--json"]);
    assert!(out.status.success());
    let hits = json_lines(&out);
    assert_eq!(hits.len(), 3);
    for hit in &hits {
        for field in [
            "kind",
            "text",
            "speaker",
            "published",
            "headline",
            "article_id",
            "path",
            "score",
        ] {
            assert!(hit.get(field).is_some(), "{field} missing in {hit}");
        }
        assert_eq!(hit["kind"], "quote");
        let text = hit["text"].as_str().unwrap();
        let marked: Vec<&str> = hit["highlights"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| &text[r[0].as_u64().unwrap() as usize..r[1].as_u64().unwrap() as usize])
            .collect();
        assert_eq!(marked, ["tram"], "the query word is marked in {text:?}");
        let published = hit["published"].as_str().unwrap();
        assert!(
            chrono::DateTime::parse_from_rfc3339(published).is_ok(),
            "{published}"
        );
    }
    let articles = json_lines(&search(&ix, &["tram", "--articles", "--json"]));
    assert!(articles.iter().all(|a| a["kind"] == "article"));
}

#[test]
fn the_seed_answers_everything_truss_said_about_ukraine() {
    let Some(shared) = shared("seed") else { return };
    let tmp = tempfile::tempdir().unwrap();
    let (ix, out) = index(&shared.join("seed"), tmp.path());
    assert!(out.status.success(), "{}", stderr(&out));
    let hits = json_lines(&search(
        &ix,
        &["Ukraine", "--speaker", "Truss", "--json", "-n", "100"],
    ));
    let gold: Vec<serde_json::Value> = fs::read_to_string(shared.join("gold/seed.quotes.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let truss_body = gold
        .iter()
        .filter(|g| g["speaker"] == "Liz Truss" && g["where"] == "body")
        .count();
    assert!(
        hits.len() >= truss_body,
        "{} hits, {truss_body} Truss quotes in the body",
        hits.len()
    );
    assert!(
        hits.iter().all(|h| h["speaker"] == "Liz Truss"),
        "only Truss: {hits:?}"
    );
    assert_eq!(hits[0]["text"], "continue to stand with Ukraine");
}

#[test]
fn speaker_filter_never_returns_another_speaker() {
    let tmp = tempfile::tempdir().unwrap();
    let (ix, out) = index(&sample_corpus().join("articles"), tmp.path());
    assert!(out.status.success(), "{}", stderr(&out));
    let all = json_lines(&search(&ix, &["--json", "-n", "10000"]));
    // Without a query: newest first, each article's quotes together and in reading order.
    for pair in all.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let (pa, pb) = (a["published"].as_str(), b["published"].as_str());
        assert!(pb.is_none() || pa >= pb, "newest first: {pa:?} then {pb:?}");
        if a["article_id"] == b["article_id"] && a["section"] == b["section"] {
            assert!(
                a["paragraph"].as_u64() <= b["paragraph"].as_u64(),
                "reading order"
            );
        }
    }
    let mut surnames: Vec<String> = all
        .iter()
        .filter_map(|h| h["speaker"].as_str())
        .filter_map(|s| s.split_whitespace().last().map(str::to_lowercase))
        .collect();
    surnames.sort();
    surnames.dedup();
    assert!(
        surnames.len() >= 8,
        "sample-corpus has at least 8 speakers: {surnames:?}"
    );
    for surname in &surnames {
        let hits = json_lines(&search(
            &ix,
            &["--speaker", surname, "--json", "-n", "10000"],
        ));
        let expected = all
            .iter()
            .filter_map(|h| h["speaker"].as_str())
            .filter(|s| s.to_lowercase().split_whitespace().any(|w| w == surname))
            .count();
        assert_eq!(
            hits.len(),
            expected,
            "every quote by {surname}, and only those"
        );
        for h in &hits {
            let who = h["speaker"].as_str().unwrap_or_default().to_lowercase();
            assert!(
                who.split_whitespace().any(|w| w == surname),
                "{surname}: got {who}"
            );
        }
    }
}

#[test]
fn a_question_in_plain_words_is_read_as_speaker_and_subject() {
    let tmp = tempfile::tempdir().unwrap();
    let (ix, out) = index(&sample_corpus().join("articles"), tmp.path());
    assert!(out.status.success(), "{}", stderr(&out));
    let flags = search(&ix, &["strike", "--speaker", "Voss", "--json"]);
    let asked = search(&ix, &["everything Voss said about the strike", "--json"]);
    assert!(
        stderr(&asked).contains("read as: strike --speaker \"Voss\""),
        "{}",
        stderr(&asked)
    );
    let hits = json_lines(&asked);
    assert!(hits.len() >= 3, "{hits:?}");
    assert_eq!(hits, json_lines(&flags));
    // Unquoted words work too, and so does a question the shell split into words.
    let split = search(
        &ix,
        &["what", "did", "Voss", "say", "about", "strike?", "--json"],
    );
    assert_eq!(json_lines(&split), hits);
    // An explicit --speaker means the words are the query, as written.
    let literal = search(
        &ix,
        &["everything Voss said", "--speaker", "Voss", "--json"],
    );
    assert!(!stderr(&literal).contains("read as"));
}

#[test]
fn a_killed_run_leaves_an_index_that_is_whole_and_searchable() {
    let tmp = tempfile::tempdir().unwrap();
    let small = tmp.path().join("small");
    dated_archive(&small);
    let (ix, _) = index(&small, tmp.path());

    let big = tmp.path().join("big");
    fs::create_dir_all(&big).unwrap();
    for i in 0..3000 {
        let body = format!("\"Depot {i} will reopen next week,\" said Councillor Bram Oduya.");
        fs::write(
            big.join(format!("{i:04}.txt")),
            article(&format!("Depot {i}"), "2 March 2022, 10:00", &body),
        )
        .unwrap();
    }
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_newsdex"))
        .args([
            "index",
            big.to_str().unwrap(),
            "--index",
            ix.to_str().unwrap(),
            "-q",
        ])
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    let _ = child.kill();
    let _ = child.wait();

    // Killed before its commit, the old index stands; after it, the new one. Never a mixture.
    let n = json_lines(&search(&ix, &["--articles", "--json", "-n", "100000"])).len();
    assert!(n == 3 || n == 3000, "{n} articles");
    let again = newsdex(&[
        "index",
        big.to_str().unwrap(),
        "--index",
        ix.to_str().unwrap(),
        "-q",
    ]);
    assert!(
        again.status.success(),
        "the index is writable again: {}",
        stderr(&again)
    );
    assert_eq!(
        json_lines(&search(&ix, &["--articles", "--json", "-n", "100000"])).len(),
        3000
    );
}

#[test]
fn extract_json_shows_every_field_the_indexer_sees() {
    let file = repo().join("tests/fixtures/same-article/article.txt");
    let out = newsdex(&["extract", file.to_str().unwrap(), "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let a = &json_lines(&out)[0];
    for field in [
        "headline",
        "published",
        "updated",
        "byline",
        "standfirst",
        "captions",
        "body",
        "related",
        "quotes",
    ] {
        assert!(a.get(field).is_some(), "{field} missing");
    }
    assert_eq!(a["published"], "2025-12-02T08:15:00Z");
    assert_eq!(a["byline"], "Owen Tregarth");
    assert!(a["related"].as_array().unwrap()[0]
        .as_str()
        .unwrap()
        .starts_with("Commuters stranded"));
    let body = a["body"].as_array().unwrap();
    assert!(body
        .iter()
        .all(|p| !p.as_str().unwrap().starts_with("Read more")));
    for q in a["quotes"].as_array().unwrap() {
        for field in [
            "text",
            "speaker",
            "paragraph",
            "kind",
            "mention",
            "role",
            "cue",
            "start",
            "end",
            "sentence",
            "rule",
        ] {
            assert!(q.get(field).is_some(), "quote field {field} missing: {q}");
        }
        // Offsets point at the quoted words in their paragraph.
        if q["section"] == "body" && q["rule"] != "typo-open" {
            let para = body[q["paragraph"].as_u64().unwrap() as usize]
                .as_str()
                .unwrap();
            let (s, e) = (
                q["start"].as_u64().unwrap() as usize,
                q["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(
                para.chars().skip(s).take(e - s).collect::<String>(),
                q["text"].as_str().unwrap(),
                "{q}"
            );
        }
    }
}

#[test]
fn speakers_lists_who_spoke_with_roles_and_forms() {
    let Some(shared) = shared("seed") else { return };
    let tmp = tempfile::tempdir().unwrap();
    let (ix, _) = index(&shared.join("seed"), tmp.path());
    let out = newsdex(&["speakers", "--index", ix.to_str().unwrap(), "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let list = json_lines(&out);
    let names: Vec<&str> = list
        .iter()
        .map(|s| s["speaker"].as_str().unwrap())
        .collect();
    assert_eq!(names[0], "Liz Truss", "most quoted first: {names:?}");
    assert!(
        !names.contains(&"Vladimir Putin") && !names.contains(&"Ben Wallace"),
        "{names:?}"
    );
    let truss = &list[0];
    let forms: Vec<&str> = truss["forms"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f[0].as_str().unwrap())
        .collect();
    for form in ["she", "the Foreign Secretary"] {
        assert!(forms.contains(&form), "{form} in {forms:?}");
    }
    assert_eq!(truss["roles"][0][0], "Foreign Secretary");
    let ix = ix.to_str().unwrap();
    let keir = json_lines(&newsdex(&[
        "speakers",
        "--speaker",
        "keir",
        "--index",
        ix,
        "--json",
    ]));
    assert_eq!(keir.len(), 1);
    assert_eq!(keir[0]["speaker"], "Keir Starmer");
    let later = newsdex(&["speakers", "Kremlin", "--since", "2023", "--index", ix]);
    assert_eq!(later.status.code(), Some(1), "nobody in 2023");
}

#[test]
fn eval_gates_on_its_thresholds() {
    let gold = sample_corpus().join("gold");
    let articles = sample_corpus().join("articles");
    let args = |min: &str| {
        newsdex(&[
            "eval",
            gold.to_str().unwrap(),
            articles.to_str().unwrap(),
            "--min-recall",
            min,
        ])
    };
    let met = args("0.5");
    assert_eq!(met.status.code(), Some(0), "{}", stderr(&met));
    let last = stdout(&met).lines().last().unwrap_or_default().to_string();
    assert!(last.starts_with("recall "), "{last}");
    let gold_files = fs::read_dir(&gold).unwrap().count();
    assert!(
        last.contains(&format!("{gold_files} articles")),
        "every sample article has gold: {last}"
    );
    assert!(!stdout(&met).contains("no gold for"), "{}", stdout(&met));
    assert_eq!(
        args("1.01").status.code(),
        Some(1),
        "a figure below its threshold exits 1"
    );
}

#[test]
fn show_reads_back_every_sample_article_as_extract_made_it() {
    let tmp = tempfile::tempdir().unwrap();
    let archive = sample_corpus().join("articles");
    let (index, out) = common::index(&archive, tmp.path());
    assert!(out.status.success(), "{}", stderr(&out));
    let index = index.to_str().unwrap();
    // What the index does not keep (warnings) and what names the file differently in `extract`.
    let comparable = |mut v: serde_json::Value| {
        for key in ["id", "source", "warnings"] {
            v.as_object_mut().unwrap().remove(key);
        }
        v
    };
    let mut files = 0;
    for entry in walkdir::WalkDir::new(&archive) {
        let entry = entry.unwrap();
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = entry.path().strip_prefix(&archive).unwrap();
        let key = rel.to_str().unwrap();
        let shown = newsdex(&["show", key, "--index", index, "--json"]);
        assert!(shown.status.success(), "{key}: {}", stderr(&shown));
        let made = newsdex(&["extract", entry.path().to_str().unwrap(), "--json"]);
        let (shown, made) = (json_lines(&shown), json_lines(&made));
        assert_eq!(shown.len(), made.len(), "{key}: articles");
        for (s, m) in shown.into_iter().zip(made) {
            assert_eq!(comparable(s), comparable(m), "{key}");
        }
        files += 1;
    }
    assert!(files >= 30, "{files} sample files");

    // The path a hit prints finds its article, and the paragraph the hit cites is there to read.
    let hit = &json_lines(&search(
        Path::new(index),
        &["strike", "--speaker", "Voss", "--json"],
    ))[0];
    let path = hit["path"].as_str().unwrap();
    let shown = newsdex(&["show", path, "--index", index]);
    let text = stdout(&shown);
    let cited = format!("¶{} ", hit["paragraph"]);
    assert!(text.contains(&cited), "{path} has no {cited}: {text}");
    let by_id = newsdex(&[
        "show",
        hit["article_id"].as_str().unwrap(),
        "--index",
        index,
    ]);
    assert_eq!(stdout(&by_id), text);

    let missing = newsdex(&["show", "text/no-such-file.txt", "--index", index]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(stderr(&missing).contains("text/no-such-file.txt: no such article"));
}

#[test]
fn update_reads_only_what_changed_and_ends_as_a_full_run_would() {
    let tmp = tempfile::tempdir().unwrap();
    let archive = tmp.path().join("news");
    fs::create_dir_all(&archive).unwrap();
    let sample = sample_corpus().join("articles");
    for name in [
        "text/001-harwick-riverside-plan-unveiled.txt",
        "text/002-rail-union-ballot.txt",
        "text/003-hospital-ward-closures.txt",
        "text/009-strike-day-one.txt",
        "export/northgate-export.jsonl",
    ] {
        let to = archive.join(Path::new(name).file_name().unwrap());
        fs::copy(sample.join(name), to).unwrap();
    }
    let (ix, out) = common::index(&archive, tmp.path());
    assert!(out.status.success(), "{}", stderr(&out));
    let ix = ix.to_str().unwrap();
    let update = || {
        newsdex(&[
            "index",
            archive.to_str().unwrap(),
            "--index",
            ix,
            "--update",
        ])
    };

    let same = update();
    assert_eq!(same.status.code(), Some(0), "{}", stderr(&same));
    assert!(
        stdout(&same).contains("0 new or changed files; 5 files unchanged, 0 removed"),
        "{}",
        stdout(&same)
    );

    // One file changed, one gone, one new.
    let changed = archive.join("002-rail-union-ballot.txt");
    let mut text = fs::read_to_string(&changed).unwrap();
    text.push_str("\n\"We will take this to the tribunal,\" said Mayor Ines Calloway.\n");
    fs::write(&changed, text).unwrap();
    fs::remove_file(archive.join("003-hospital-ward-closures.txt")).unwrap();
    fs::copy(
        sample.join("text/013-strike-talks-collapse.txt"),
        archive.join("013-strike-talks-collapse.txt"),
    )
    .unwrap();
    let out = update();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("from 2 new or changed files; 3 files unchanged, 1 removed"),
        "{}",
        stdout(&out)
    );
    let calloway = search(Path::new(ix), &["--speaker", "Calloway", "--json"]);
    assert_eq!(
        json_lines(&calloway).len(),
        1,
        "the changed file's new quote"
    );
    let gone = newsdex(&["show", "003-hospital-ward-closures.txt", "--index", ix]);
    assert_eq!(
        gone.status.code(),
        Some(1),
        "the removed file's article is gone"
    );

    // The updated index holds what a full run over the archive as it now stands would.
    let fresh = tmp.path().join("fresh");
    let full = newsdex(&[
        "index",
        archive.to_str().unwrap(),
        "--index",
        fresh.to_str().unwrap(),
    ]);
    assert!(full.status.success(), "{}", stderr(&full));
    let mut names: Vec<String> = fs::read_dir(&archive)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 5);
    for name in &names {
        let a = newsdex(&["show", name, "--index", ix, "--json"]);
        let b = newsdex(&["show", name, "--index", fresh.to_str().unwrap(), "--json"]);
        assert!(a.status.success(), "{name}: {}", stderr(&a));
        assert_eq!(json_lines(&a), json_lines(&b), "{name}");
    }
    let count =
        |dir: &str| json_lines(&search(Path::new(dir), &["--limit", "10000", "--json"])).len();
    assert_eq!(
        count(ix),
        count(fresh.to_str().unwrap()),
        "same quotes in all"
    );

    // A changed file that can no longer be read keeps what the index had of it.
    fs::write(
        archive.join("009-strike-day-one.txt"),
        b"\x00\x01\x02 not text \x00",
    )
    .unwrap();
    let broken = update();
    assert_eq!(broken.status.code(), Some(3), "{}", stderr(&broken));
    assert!(
        stderr(&broken).contains("009-strike-day-one.txt"),
        "{}",
        stderr(&broken)
    );
    let kept = newsdex(&["show", "009-strike-day-one.txt", "--index", ix]);
    assert_eq!(kept.status.code(), Some(0), "{}", stderr(&kept));

    // The wrong folder, where none of the indexed files is, changes nothing.
    let empty = tmp.path().join("empty");
    fs::create_dir_all(&empty).unwrap();
    let wrong = newsdex(&["index", empty.to_str().unwrap(), "--index", ix, "--update"]);
    assert_eq!(wrong.status.code(), Some(2));
    assert!(
        stderr(&wrong).contains("the index was left as it was"),
        "{}",
        stderr(&wrong)
    );
    assert_eq!(count(ix), count(fresh.to_str().unwrap()));

    // Another `--field` map (or another version of newsdex) made different documents: the
    // update reads every file again, says so, and the next one is an update again.
    let mapped = |extra: &[&str]| {
        let mut args = vec![
            "index",
            archive.to_str().unwrap(),
            "--index",
            ix,
            "--update",
        ];
        args.extend_from_slice(extra);
        newsdex(&args)
    };
    let original = fs::read(sample.join("text/009-strike-day-one.txt")).unwrap();
    fs::write(archive.join("009-strike-day-one.txt"), original).unwrap();
    let remade = mapped(&["--field", "headline=title"]);
    assert_eq!(remade.status.code(), Some(0), "{}", stderr(&remade));
    assert!(
        stdout(&remade).starts_with("indexed "),
        "{}",
        stdout(&remade)
    );
    assert!(
        stderr(&remade).contains("every file was read again"),
        "{}",
        stderr(&remade)
    );
    let again = mapped(&["--field", "headline=title"]);
    assert!(
        stdout(&again).contains("0 new or changed files; 5 files unchanged"),
        "{}",
        stdout(&again)
    );
}
