//! Rendering for people (text, with query terms marked) and for scripts (one JSON object per line).
//! Every function writes to the `Write` it is given, so a closed pipe surfaces as an error the caller
//! can treat as a normal end.

use crate::article::Article;
use crate::gold::EvalReport;
use crate::indexer::IndexReport;
use crate::search::{Hit, PeriodCount, SearchResult, SpeakerSummary, Timeline};
use std::io::{self, Write};

/// How query terms are marked in text output.
#[derive(Debug, Clone, Copy)]
pub struct Marks {
    pub open: &'static str,
    pub close: &'static str,
}

impl Marks {
    /// Bold red on a terminal; `**…**` where colour is off, so marks survive a pipe.
    pub fn new(color: bool) -> Marks {
        if color {
            Marks {
                open: "\x1b[1;31m",
                close: "\x1b[0m",
            }
        } else {
            Marks {
                open: "**",
                close: "**",
            }
        }
    }
}

/// `text` with each highlighted byte range wrapped in marks.
pub fn mark(text: &str, ranges: &[(usize, usize)], marks: Marks) -> String {
    let mut out = String::with_capacity(text.len() + ranges.len() * 8);
    let mut at = 0;
    for &(start, end) in ranges {
        let (Some(before), Some(inner)) = (text.get(at..start), text.get(start..end)) else {
            continue;
        };
        out.push_str(before);
        out.push_str(marks.open);
        out.push_str(inner);
        out.push_str(marks.close);
        at = end;
    }
    out.push_str(text.get(at..).unwrap_or_default());
    out
}

fn day(hit: &Hit) -> String {
    hit.published.map_or_else(
        || "undated".to_string(),
        |d| d.format("%Y-%m-%d").to_string(),
    )
}

/// Search hits as text: who, when, where, then the quote with its matching words marked.
pub fn hits_text(w: &mut dyn Write, result: &SearchResult, marks: Marks) -> io::Result<()> {
    for (i, hit) in result.hits.iter().enumerate() {
        let text = mark(&hit.text, &hit.highlights, marks);
        if hit.kind == "quote" {
            let who = hit.speaker.as_deref().unwrap_or("(speaker not named)");
            let role = hit
                .role
                .as_deref()
                .map(|r| format!(" ({r})"))
                .unwrap_or_default();
            writeln!(
                w,
                "{}. {who}{role} · {} · {}",
                i + 1,
                day(hit),
                hit.headline
            )?;
            writeln!(w, "   “{}”", text.replace('\n', " ¶ "))?;
            let place = match (hit.section.as_deref(), hit.paragraph) {
                (Some("body"), Some(p)) => format!(" ¶{p}"),
                (Some(section), _) => format!(" · {section}"),
                (None, _) => String::new(),
            };
            writeln!(w, "   {}{place}", hit.path)?;
        } else {
            let by = hit
                .byline
                .as_deref()
                .map(|b| format!(" · by {b}"))
                .unwrap_or_default();
            writeln!(w, "{}. {} · {}{by}", i + 1, hit.headline, day(hit))?;
            if !text.is_empty() {
                writeln!(w, "   {}", text.replace('\n', " "))?;
            }
            writeln!(w, "   {}", hit.path)?;
        }
    }
    let noun = match (result.hits.first().map(|h| h.kind), result.total) {
        (Some("article"), 1) => "article",
        (Some("article"), _) => "articles",
        (_, 1) => "quote",
        _ => "quotes",
    };
    if result.hits.is_empty() {
        writeln!(w, "no matches")?;
    } else {
        writeln!(w, "{} of {} {noun}", result.hits.len(), result.total)?;
    }
    Ok(())
}

/// Search hits as JSON Lines; the fields are documented in README.md.
pub fn hits_json(w: &mut dyn Write, result: &SearchResult) -> io::Result<()> {
    for hit in &result.hits {
        serde_json::to_writer(&mut *w, hit)?;
        writeln!(w)?;
    }
    Ok(())
}

/// Speakers as text: name, counts and dates, then roles and the forms seen.
pub fn speakers_text(w: &mut dyn Write, speakers: &[SpeakerSummary]) -> io::Result<()> {
    let list = |v: &[(String, usize)]| {
        v.iter()
            .map(|(s, n)| format!("{s} ({n})"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let day = |d: Option<chrono::DateTime<chrono::Utc>>| {
        d.map_or_else(
            || "undated".to_string(),
            |d| d.format("%Y-%m-%d").to_string(),
        )
    };
    for s in speakers {
        let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
        writeln!(
            w,
            "{} · {} in {} · {} to {}",
            s.speaker,
            plural(s.quotes, "quote"),
            plural(s.articles, "article"),
            day(s.first),
            day(s.last)
        )?;
        if !s.roles.is_empty() {
            writeln!(w, "   roles: {}", list(&s.roles))?;
        }
        if !s.forms.is_empty() {
            writeln!(w, "   forms: {}", list(&s.forms))?;
        }
    }
    Ok(())
}

/// Speakers as JSON Lines.
pub fn speakers_json(w: &mut dyn Write, speakers: &[SpeakerSummary]) -> io::Result<()> {
    for s in speakers {
        serde_json::to_writer(&mut *w, s)?;
        writeln!(w)?;
    }
    Ok(())
}

/// An `eval` report: with `verbose`, each article's figures and misses; then the unpaired files and
/// the micro-averaged figures, worded as `score_dir.py` words them.
pub fn eval_text(w: &mut dyn Write, r: &EvalReport, verbose: bool) -> io::Result<()> {
    if verbose {
        for a in &r.articles {
            writeln!(w, "{}: {}", a.source, a.scored.counts.figures())?;
            for miss in a
                .scored
                .misses
                .iter()
                .chain(&a.unfounded)
                .chain(&a.misplaced)
            {
                writeln!(w, "  {miss}")?;
            }
        }
    }
    for s in &r.without_gold {
        writeln!(w, "no gold for {s} (not counted)")?;
    }
    for g in &r.gold_unmatched {
        writeln!(
            w,
            "no article for {} (its quotes count as missed)",
            g.display()
        )?;
    }
    for s in &r.skipped {
        writeln!(w, "skipped {s}")?;
    }
    let t = &r.total;
    writeln!(
        w,
        "speaker named where the gold names none: {} (outside the figures below; -v lists them)",
        r.unfounded
    )?;
    writeln!(
        w,
        "headline or standfirst quotes without their speaker there: {} (outside the figures below)",
        r.misplaced
    )?;
    writeln!(
        w,
        "{} ({} gold, {} named, {} predicted, {} articles)",
        t.figures(),
        t.required,
        t.named,
        t.predicted,
        r.articles.len()
    )
}

/// An article and its quotes as `extract` shows them to a person. `with_text` (for `show`) adds the
/// text itself, each paragraph numbered as quotes and hits cite it (`¶3`).
pub fn article_text(w: &mut dyn Write, a: &Article, with_text: bool) -> io::Result<()> {
    writeln!(w, "{}", a.headline)?;
    let date = |d: Option<chrono::DateTime<chrono::Utc>>| {
        d.map_or_else(|| "none".to_string(), |d| d.to_rfc3339())
    };
    writeln!(w, "  source:     {}", a.source)?;
    if let Some(url) = &a.url {
        writeln!(w, "  url:        {url}")?;
    }
    writeln!(w, "  published:  {}", date(a.published))?;
    if a.updated.is_some() {
        writeln!(w, "  updated:    {}", date(a.updated))?;
    }
    for (label, value) in [("byline", &a.byline), ("standfirst", &a.standfirst)] {
        if let Some(v) = value {
            writeln!(w, "  {label:<11} {v}")?;
        }
    }
    writeln!(
        w,
        "  body:       {} paragraphs, {} captions, {} related links",
        a.body.len(),
        a.captions.len(),
        a.related.len()
    )?;
    if with_text {
        for (i, paragraph) in a.body.iter().enumerate() {
            writeln!(w, "    ¶{i} {paragraph}")?;
        }
        for (label, lines) in [("caption", &a.captions), ("related", &a.related)] {
            for line in lines {
                writeln!(w, "    {label}: {line}")?;
            }
        }
    }
    for warning in &a.warnings {
        writeln!(w, "  warning:    {warning}")?;
    }
    writeln!(w, "  quotes:     {}", a.quotes.len())?;
    for q in &a.quotes {
        let who = q.speaker.as_deref().unwrap_or("?");
        // Mention, cue and rule: why this speaker, so a wrong one can be explained.
        let how: Vec<&str> = [
            q.mention.as_deref(),
            q.cue.as_deref(),
            Some(q.rule.as_str()),
        ]
        .into_iter()
        .flatten()
        .filter(|s| !s.is_empty())
        .collect();
        let how = if how.is_empty() {
            String::new()
        } else {
            format!(" [{}]", how.join(" · "))
        };
        writeln!(
            w,
            "    {} ¶{} {who}{how}: “{}”",
            q.section.as_str(),
            q.paragraph,
            q.text.replace('\n', " ¶ ")
        )?;
    }
    Ok(())
}

/// An article as one JSON object on one line: the `Article` model as it is.
pub fn article_json(w: &mut dyn Write, a: &Article) -> io::Result<()> {
    serde_json::to_writer(&mut *w, a)?;
    writeln!(w)
}

/// Width of the longest bar of a timeline, in characters.
const BAR_WIDTH: usize = 40;

/// `7 quotes in 2 articles`, or `2 articles` when a timeline counts articles.
fn counted(quotes: Option<usize>, articles: usize) -> String {
    let plural = |n: usize, one: &str| format!("{n} {one}{}", if n == 1 { "" } else { "s" });
    match quotes {
        Some(q) => format!("{} in {}", plural(q, "quote"), plural(articles, "article")),
        None => plural(articles, "article"),
    }
}

/// A timeline as a bar per period, then the totals and the undated.
pub fn timeline_text(w: &mut dyn Write, t: &Timeline) -> io::Result<()> {
    let count = |p: &PeriodCount| p.quotes.unwrap_or(p.articles);
    let most = t.periods.iter().map(count).max().unwrap_or(0).max(1);
    let label = |p: &PeriodCount| p.period.clone().unwrap_or_default();
    let width = t.periods.iter().map(|p| label(p).len()).max().unwrap_or(0);
    for p in &t.periods {
        let n = count(p);
        // Any count at all shows at least one block.
        let bar = "█".repeat((n * BAR_WIDTH).div_ceil(most));
        let what = if n == 0 {
            "0".to_string()
        } else {
            counted(p.quotes, p.articles)
        };
        writeln!(w, "{:<width$}  {bar:<BAR_WIDTH$}  {what}", label(p))?;
    }
    if let (Some(first), Some(last)) = (t.periods.first(), t.periods.last()) {
        let quotes = first
            .quotes
            .map(|_| t.periods.iter().filter_map(|p| p.quotes).sum());
        let articles = t.periods.iter().map(|p| p.articles).sum();
        let (from, to) = (label(first), label(last));
        writeln!(w, "{}, {from} to {to}", counted(quotes, articles))?;
    }
    if let Some(u) = &t.undated {
        writeln!(
            w,
            "undated: {} (their articles have no date to place them by)",
            counted(u.quotes, u.articles)
        )?;
    }
    Ok(())
}

/// One JSON object per period, then one with `"period": null` for the undated, if any.
pub fn timeline_json(w: &mut dyn Write, t: &Timeline) -> io::Result<()> {
    for p in t.periods.iter().chain(&t.undated) {
        serde_json::to_writer(&mut *w, p)?;
        writeln!(w)?;
    }
    Ok(())
}

/// Article warnings listed before the rest are counted; skipped files are always listed, one a line.
const WARNINGS_SHOWN: usize = 10;

/// The skipped-input lines (stderr) and the summary (stdout) of an index run.
pub fn index_report(
    out: &mut dyn Write,
    err: &mut dyn Write,
    r: &IndexReport,
    index_dir: &std::path::Path,
    quiet: bool,
    verbose: bool,
) -> io::Result<()> {
    for s in &r.skipped {
        writeln!(err, "newsdex: skipped {s}")?;
    }
    for p in &r.problems {
        writeln!(err, "newsdex: skipped record in {p}")?;
    }
    if !quiet {
        let shown = if verbose {
            r.warnings.len()
        } else {
            WARNINGS_SHOWN
        };
        for warning in r.warnings.iter().take(shown) {
            writeln!(err, "newsdex: warning: {warning}")?;
        }
        if r.warnings.len() > shown {
            writeln!(
                err,
                "newsdex: warning: … and {} more article warnings (--verbose lists them all)",
                r.warnings.len() - shown
            )?;
        }
    }
    if quiet {
        return Ok(());
    }
    let seconds = r.elapsed.as_secs_f64();
    if r.update {
        writeln!(
            out,
            "updated {} in {seconds:.1}s: {} articles and {} quotes from {} new or changed files; \
             {} files unchanged, {} removed",
            index_dir.display(),
            r.articles,
            r.quotes,
            r.files_read,
            r.unchanged,
            r.removed
        )?;
    } else {
        writeln!(
            out,
            "indexed {} articles and {} quotes from {} files into {} in {seconds:.1}s",
            r.articles,
            r.quotes,
            r.files_seen,
            index_dir.display(),
        )?;
    }
    writeln!(
        out,
        "skipped: {} files, {} records; undated articles: {}; read as windows-1252: {}",
        r.skipped.len(),
        r.problems.len(),
        r.undated,
        r.legacy_encoded
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_ranges_and_ignores_bad_ones() {
        let m = Marks::new(false);
        assert_eq!(
            mark("stand with Ukraine", &[(11, 18)], m),
            "stand with **Ukraine**"
        );
        assert_eq!(mark("abc", &[(2, 9)], m), "abc");
        assert_eq!(mark("Kyiv’s", &[(0, 4)], m), "**Kyiv**’s");
    }
}
