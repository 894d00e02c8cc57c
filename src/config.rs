//! Turns raw command-line values into checked settings, with errors that name the bad value and say
//! what to write instead.

use anyhow::{bail, Result};
use chrono::{DateTime, Months, NaiveDate, TimeDelta, Utc};
use regex::Regex;
use std::sync::LazyLock;

/// A question asked in the words people use: the speaker it names, and what it asks about.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub speaker: String,
    /// Empty when the question names no subject (`everything Voss said`).
    pub about: String,
}

/// Reads a query that is a question about one speaker: `everything Truss said about Ukraine`,
/// `what did Ann Lee say about the strike?`, `all Voss has said on fares`, `quotes from Voss
/// about the strike`. Anything else (`Ukraine`, `"what he said"`) is a query as written: `None`.
/// A leading article leaves the subject (`the strike` → `strike`): every query word must match.
pub fn question(query: &str) -> Option<Question> {
    const VERBS: &str = "said|says|say|saying|told|tells|tweeted|wrote|writes|write|stated|\
                         claimed|argued|announced|warned|promised";
    const ABOUT: &str = r"(?:\s+(?:about|on|regarding|concerning)\s+(?P<about>.+?))?";
    static ASKED: LazyLock<Vec<Regex>> = LazyLock::new(|| {
        const ASKING: &str = r"(?i)^\s*(?:everything|all|anything|what|whatever)\s+";
        const AUX: &str = r"(?:(?:did|has|have|had)\s+)?";
        const END: &str = r"\s*[?.!]?\s*$";
        [
            format!(r"{ASKING}{AUX}(?P<name>.+?)\s+{AUX}(?:{VERBS}){ABOUT}{END}"),
            format!(r"(?i)^\s*quotes?\s+(?:from|by)\s+(?P<name>.+?){ABOUT}{END}"),
        ]
        .iter()
        .filter_map(|re| Regex::new(re).ok())
        .collect()
    });
    let caps = ASKED.iter().find_map(|re| re.captures(query))?;
    let speaker = caps.name("name")?.as_str().trim();
    // A name is a few words, none of them the question's own (`what the report said`).
    let words: Vec<&str> = speaker.split_whitespace().collect();
    let frame = [
        "the", "a", "an", "he", "she", "they", "it", "we", "you", "i", "people",
    ];
    if words.is_empty()
        || words.len() > 5
        || words
            .iter()
            .any(|w| frame.contains(&w.to_lowercase().as_str()))
        || speaker.contains(['"', ':'])
    {
        return None;
    }
    let about = caps.name("about").map_or("", |m| m.as_str()).trim();
    let about = ["the ", "a ", "an "]
        .iter()
        .find_map(|a| {
            about
                .get(..a.len())
                .filter(|h| h.eq_ignore_ascii_case(a))
                .map(|_| &about[a.len()..])
        })
        .unwrap_or(about);
    Some(Question {
        speaker: speaker.to_string(),
        about: about.trim().to_string(),
    })
}

/// A period named by `2022`, `2022-01` or `2022-01-20`: its first instant and the instant after it.
pub fn period(arg: &str, value: &str) -> Result<(DateTime<Utc>, DateTime<Utc>)> {
    let bad = || {
        anyhow::anyhow!(
            "{arg} {value}: not a date; write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2022-01-20)"
        )
    };
    let parts: Vec<&str> = value.trim().split('-').collect();
    let num = |s: &str, len: usize| -> Result<u32> {
        if s.len() == len && s.bytes().all(|b| b.is_ascii_digit()) {
            s.parse().map_err(|_| bad())
        } else {
            Err(bad())
        }
    };
    let (start, end) = match parts.as_slice() {
        [y] => {
            let y = num(y, 4)? as i32;
            let start = NaiveDate::from_ymd_opt(y, 1, 1).ok_or_else(bad)?;
            (
                start,
                start.checked_add_months(Months::new(12)).ok_or_else(bad)?,
            )
        }
        [y, m] => {
            let start =
                NaiveDate::from_ymd_opt(num(y, 4)? as i32, num(m, 2)?, 1).ok_or_else(bad)?;
            (
                start,
                start.checked_add_months(Months::new(1)).ok_or_else(bad)?,
            )
        }
        [y, m, d] => {
            let start = NaiveDate::from_ymd_opt(num(y, 4)? as i32, num(m, 2)?, num(d, 2)?)
                .ok_or_else(bad)?;
            (
                start,
                start
                    .checked_add_signed(TimeDelta::days(1))
                    .ok_or_else(bad)?,
            )
        }
        _ => return Err(bad()),
    };
    Ok((
        start.and_hms_opt(0, 0, 0).ok_or_else(bad)?.and_utc(),
        end.and_hms_opt(0, 0, 0).ok_or_else(bad)?.and_utc(),
    ))
}

/// A half-open span of time; either end may be open.
pub type Span = (Option<DateTime<Utc>>, Option<DateTime<Utc>>);

/// `--since A --until B`: from the start of A to the end of B, both inclusive.
pub fn date_range(since: Option<&str>, until: Option<&str>) -> Result<Span> {
    let from = since
        .map(|s| period("--since", s))
        .transpose()?
        .map(|p| p.0);
    let to = until
        .map(|u| period("--until", u))
        .transpose()?
        .map(|p| p.1);
    if let (Some(f), Some(t), Some(s), Some(u)) = (from, to, since, until) {
        if f >= t {
            bail!("--since {s} --until {u}: the period is empty; --since must come before --until");
        }
    }
    Ok((from, to))
}

/// `--field body=article_text` pairs: our field name, then the archive's.
pub fn field_map(values: &[String]) -> Result<Vec<(String, String)>> {
    const OURS: [&str; 8] = [
        "headline",
        "body",
        "published",
        "updated",
        "byline",
        "url",
        "standfirst",
        "captions",
    ];
    values
        .iter()
        .map(|v| {
            let Some((ours, theirs)) = v.split_once('=') else {
                bail!("--field {v}: expected OURS=THEIRS, e.g. --field body=article_text");
            };
            let (ours, theirs) = (ours.trim(), theirs.trim());
            if !OURS.contains(&ours) || theirs.is_empty() {
                bail!(
                    "--field {v}: OURS must be one of {} and THEIRS a field name",
                    OURS.join(", ")
                );
            }
            Ok((ours.to_string(), theirs.to_string()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> String {
        let (a, b) = period("--since", s).unwrap();
        format!("{}..{}", a.format("%F"), b.format("%F"))
    }

    #[test]
    fn periods() {
        assert_eq!(p("2022"), "2022-01-01..2023-01-01");
        assert_eq!(p("2022-01"), "2022-01-01..2022-02-01");
        assert_eq!(p("2022-12"), "2022-12-01..2023-01-01");
        assert_eq!(p("2024-02-29"), "2024-02-29..2024-03-01");
        for bad in [
            "22",
            "2022-1",
            "2022-13",
            "2023-02-29",
            "yesterday",
            "2022-01-20-1",
        ] {
            let err = period("--since", bad).unwrap_err().to_string();
            assert!(err.contains("YYYY-MM-DD"), "{bad}: {err}");
        }
    }

    #[test]
    fn ranges_are_inclusive_and_checked() {
        let (a, b) = date_range(Some("2022-01-20"), Some("2022-01-20")).unwrap();
        assert_eq!((b.unwrap() - a.unwrap()).num_hours(), 24);
        assert!(date_range(Some("2023"), Some("2022")).is_err());
    }

    #[test]
    fn questions_name_a_speaker_and_a_subject() {
        let q = |s: &str| question(s).map(|q| (q.speaker, q.about));
        let both = |a: &str, b: &str| Some((a.to_string(), b.to_string()));
        assert_eq!(
            q("everything Truss said about Ukraine"),
            both("Truss", "Ukraine")
        );
        assert_eq!(
            q("What did Ann Lee say about the strike?"),
            both("Ann Lee", "strike")
        );
        assert_eq!(q("all Voss has said on fares"), both("Voss", "fares"));
        assert_eq!(q("everything liz truss said"), both("liz truss", ""));
        assert_eq!(
            q("quotes from Voss about the strike"),
            both("Voss", "strike")
        );
        assert_eq!(
            q("everything Voss said about \"rail fares\" -bus"),
            both("Voss", "\"rail fares\" -bus")
        );
        for plain in [
            "Ukraine",
            "strike --speaker",
            "what the report said about fares",
            "everything he said",
            "\"what she said about it\"",
            "all of the people in the town who have said about it",
        ] {
            assert_eq!(q(plain), None, "{plain}");
        }
    }

    #[test]
    fn field_maps() {
        assert_eq!(
            field_map(&["body=article_text".into()]).unwrap()[0].1,
            "article_text"
        );
        assert!(field_map(&["body".into()]).is_err());
        assert!(field_map(&["bogus=x".into()]).is_err());
    }
}
