//! Plain-text articles as a saved web page reads: headline line; date line
//! (`20 January 2022, 15:23 | Updated: 20 January 2022, 22:35`); standfirst; picture caption
//! (`… Picture: Alamy`); `By NAME`; body paragraphs with `Read more: …` link lines among them.
//! Every part may be missing; what is there is recognised by its shape, not its position alone.

use super::{article_id, ParseError, NO_DATE};
use crate::article::Article;
use crate::dates::parse_datetime;

/// Parses one plain-text article.
pub fn parse(source: &str, text: &str) -> Result<Article, ParseError> {
    let mut units = paragraphs(text).into_iter().peekable();
    let mut article = Article {
        id: article_id(source),
        source: source.to_string(),
        ..Article::default()
    };
    if let Some(first) = units.peek() {
        if !is_date_line(first) && byline(first).is_none() {
            article.headline = first.clone();
            units.next();
        }
    }
    let rest: Vec<String> = units.collect();
    let body_start = read_header(&rest, &mut article);
    for unit in &rest[body_start..] {
        match related_link(unit) {
            Some(link) => article.related.push(link.to_string()),
            None => article.body.push(unit.clone()),
        }
    }
    if article.headline.is_empty() && article.body.is_empty() {
        return Err(ParseError::NoContent);
    }
    if article.published.is_none() {
        article.warnings.push(NO_DATE.to_string());
    }
    Ok(article)
}

/// Reads the date, standfirst, captions and byline that open an article; returns where the body starts.
fn read_header(units: &[String], article: &mut Article) -> usize {
    let mut i = 0;
    while let Some(unit) = units.get(i) {
        if is_date_line(unit) {
            read_date_line(unit, article);
        } else if let Some(name) = byline(unit) {
            article.byline = Some(name.to_string());
            return i + 1;
        } else if is_caption(unit) {
            article.captions.push(unit.clone());
        } else if article.standfirst.is_none() && is_standfirst(units, i) {
            article.standfirst = Some(unit.clone());
        } else {
            return i;
        }
        i += 1;
    }
    i
}

/// A standfirst is known by what follows it: its own caption repeat, or a byline/caption close by.
fn is_standfirst(units: &[String], i: usize) -> bool {
    let unit = &units[i];
    let next = units.get(i + 1);
    let repeated = next.is_some_and(|n| n.starts_with(unit.trim_end_matches('.')) && is_caption(n));
    let byline_near = units
        .iter()
        .skip(i + 1)
        .take(2)
        .any(|u| byline(u).is_some() || is_caption(u));
    repeated || byline_near
}

/// Lines joined into paragraphs: blank lines separate them; a hard-wrapped line (no closing
/// punctuation, next line starting in lower case) joins the next.
fn paragraphs(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut open = false;
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            open = false;
            continue;
        }
        let wraps = open
            && out.last().is_some_and(|prev| {
                !prev.ends_with(['.', '!', '?', ':', '"', '\'', '”', '’'])
                    && line.starts_with(|c: char| c.is_lowercase())
            });
        match out.last_mut() {
            Some(prev) if wraps => {
                prev.push(' ');
                prev.push_str(line);
            }
            _ => out.push(line.to_string()),
        }
        open = true;
    }
    out
}

/// `Read more: …`, `READ MORE: …`, `Related: …` lines: headlines of other articles.
pub fn related_link(unit: &str) -> Option<&str> {
    for prefix in ["read more", "related", "see also", "more on this story"] {
        let head = unit.get(..prefix.len())?;
        if head.eq_ignore_ascii_case(prefix) {
            let rest = unit[prefix.len()..].trim_start();
            if let Some(link) = rest.strip_prefix([':', '-', '–', '|']) {
                return Some(link.trim());
            }
        }
    }
    None
}

/// `By Will Taylor`, `By Jane Doe and John Roe, Political Editor`.
pub(crate) fn byline(unit: &str) -> Option<&str> {
    let name = unit
        .strip_prefix("By ")
        .or_else(|| unit.strip_prefix("BY "))?
        .trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitalised = words
        .iter()
        .filter(|w| w.starts_with(|c: char| c.is_uppercase()))
        .count();
    let fits = (1..=10).contains(&words.len())
        && capitalised * 2 >= words.len()
        && unit.len() <= 100
        && !name.ends_with(['.', '!', '?']);
    fits.then_some(name)
}

/// `… Picture: Alamy`, `(Photo: Reuters)`, `Image: Getty Images`.
fn is_caption(unit: &str) -> bool {
    let trimmed = unit.trim_end_matches([')', ' ']);
    ["Picture:", "Photo:", "Image:", "Photograph:", "Credit:"]
        .iter()
        .any(|label| {
            trimmed.rfind(label).is_some_and(|at| {
                let credit = &trimmed[at + label.len()..];
                credit.split_whitespace().count() <= 6 && !credit.contains(['.', '"'])
            })
        })
}

fn strip_label(part: &str) -> (&str, bool) {
    let part = part.trim();
    for (label, updated) in [
        ("Updated:", true),
        ("Updated", true),
        ("Last updated:", true),
        ("Last updated", true),
        ("Published:", false),
        ("Published", false),
        ("Posted:", false),
    ] {
        if let Some(rest) = part.strip_prefix(label) {
            return (rest.trim(), updated);
        }
    }
    (part, false)
}

/// Every word of a date line is part of a date: digits, months, weekdays, zones, am/pm, at/on.
fn is_date_part(part: &str) -> bool {
    let (part, _) = strip_label(part);
    let datey = |w: &str| {
        let w = w
            .trim_matches(|c: char| c == ',' || c == '.')
            .to_ascii_lowercase();
        w.is_empty()
            || w.starts_with(|c: char| c.is_ascii_digit() || c == '+' || c == '-')
            || [
                "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
                "mon", "tue", "wed", "thu", "fri", "sat", "sun",
            ]
            .iter()
            .any(|m| w.starts_with(m))
            || [
                "am", "pm", "at", "on", "gmt", "bst", "utc", "est", "edt", "cet", "cest",
            ]
            .contains(&w.as_str())
    };
    part.len() <= 80 && part.split_whitespace().all(datey) && parse_datetime(part).is_some()
}

pub(crate) fn is_date_line(unit: &str) -> bool {
    unit.len() <= 160 && unit.split('|').next().is_some_and(is_date_part)
}

pub(crate) fn read_date_line(unit: &str, article: &mut Article) {
    for part in unit.split('|') {
        let (date, updated) = strip_label(part);
        let Some(when) = parse_datetime(date) else {
            continue;
        };
        let slot = if updated || article.published.is_some() {
            &mut article.updated
        } else {
            &mut article.published
        };
        slot.get_or_insert(when);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LAYOUT: &str = "Minister 'will not back down', says Transport Sec\n\n\
        3 October 2025, 09:05 | Updated: 3 October 2025, 18:40\n\n\
        The row over fares deepened on Friday\n\
        The row over fares deepened on Friday. Picture: Harbour Press\n\n\
        By Ada Quill\n\n\
        Amara Okafor said the plan was \"fair\".\n\n\
        Read more: Council in 'meltdown' over budget\n\n\
        \"We will not back down,\" she said.\n";

    #[test]
    fn reads_every_part_of_the_layout() {
        let a = parse("x.txt", LAYOUT).unwrap();
        assert_eq!(
            a.headline,
            "Minister 'will not back down', says Transport Sec"
        );
        assert_eq!(
            a.published.unwrap().to_rfc3339(),
            "2025-10-03T09:05:00+00:00"
        );
        assert_eq!(a.updated.unwrap().to_rfc3339(), "2025-10-03T18:40:00+00:00");
        assert_eq!(
            a.standfirst.as_deref(),
            Some("The row over fares deepened on Friday")
        );
        assert_eq!(a.captions.len(), 1);
        assert_eq!(a.byline.as_deref(), Some("Ada Quill"));
        assert_eq!(a.body.len(), 2);
        assert_eq!(a.related, vec!["Council in 'meltdown' over budget"]);
    }

    #[test]
    fn headline_and_body_only() {
        let a = parse(
            "b.txt",
            "Fares rise\n\nFares rose by 4% on Monday.\n\nMore to come.\n",
        )
        .unwrap();
        assert_eq!(a.headline, "Fares rise");
        assert_eq!(a.standfirst, None);
        assert_eq!(a.published, None);
        assert_eq!(a.warnings, vec![NO_DATE]);
        assert_eq!(a.body, vec!["Fares rose by 4% on Monday.", "More to come."]);
    }

    #[test]
    fn body_sentence_with_a_date_is_not_a_date_line() {
        let a = parse("c.txt", "Head\n\nOn 3 March 2021 the council met.\n").unwrap();
        assert_eq!(a.published, None);
        assert_eq!(a.body.len(), 1);
    }

    #[test]
    fn hard_wrapped_lines_join() {
        let a = parse(
            "d.txt",
            "Head\n\nThe council met on\nthe day to vote.\nIt passed.\n",
        )
        .unwrap();
        assert_eq!(
            a.body,
            vec!["The council met on the day to vote.", "It passed."]
        );
    }
}
