//! Date-times as news archives write them — ISO 8601 / RFC 3339, RFC 2822 and English forms such as
//! `20 January 2022, 15:23`, `Jan 20, 2022 3:23 pm` or `Thursday 20 January 2022 15.23 GMT` — to UTC.
//! A time zone is honoured where given; a date-time without one is taken as UTC.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};

/// Parses a date or date-time; `None` when the text holds no recognisable date.
pub fn parse_datetime(input: &str) -> Option<DateTime<Utc>> {
    let s = input.trim();
    if s.is_empty() || s.len() > 120 {
        return None;
    }
    parse_machine(s)
        .or_else(|| parse_dotted(s))
        .or_else(|| parse_english(s))
}

/// Whether the text states its time zone (`Z`, `+02:00`, `-0500`, `GMT`, `EDT` …): a date-time
/// without one is read as UTC, so a caller holding both kinds of the same moment prefers this one.
pub fn has_zone(input: &str) -> bool {
    let s = input.trim();
    if s.ends_with(['Z', 'z'])
        && s.len() > 10
        && s[..s.len() - 1].ends_with(|c: char| c.is_ascii_digit())
    {
        return true;
    }
    // A trailing `+02:00` / `-0500` after a time; the date's own dashes come before byte 16.
    if let Some(sign_at) = s.rfind(['+', '-']) {
        if sign_at >= 16 && numeric_offset(&s[sign_at..]).is_some() {
            return true;
        }
    }
    s.split_whitespace().any(|w| {
        w.len() >= 2 && w.chars().all(|c| c.is_ascii_alphabetic()) && zone_offset(w).is_some()
    })
}

/// `25.04.2024`, `25.04.2024, 14:07`, `25.04.2024 | 14:07 Uhr`: day first, as most of Europe writes.
fn parse_dotted(s: &str) -> Option<DateTime<Utc>> {
    let start = s.find(|c: char| c.is_ascii_digit())?;
    let rest = &s[start..];
    let date_end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(rest.len());
    let parts: Vec<&str> = rest[..date_end].trim_end_matches('.').split('.').collect();
    if parts.len() != 3 || parts[2].len() != 4 || parts[0].len() > 2 || parts[1].len() > 2 {
        return None;
    }
    // Only labels and a clock may surround the date: "Stand:", "Uhr", "|".
    let before = &s[..start];
    if before.chars().filter(|c| c.is_ascii_digit()).count() > 0 || before.len() > 30 {
        return None;
    }
    let (d, m, y): (u32, u32, i32) = (
        parts[0].parse().ok()?,
        parts[1].parse().ok()?,
        parts[2].parse().ok()?,
    );
    let date = NaiveDate::from_ymd_opt(y, m, d)?;
    let mut time = NaiveTime::MIN;
    for tok in rest[date_end..].split(|c: char| c.is_whitespace() || c == ',' || c == '|') {
        if tok.is_empty() {
            continue;
        }
        if let Some((h, mi, sec)) = parse_clock(&tok.to_ascii_lowercase()) {
            time = NaiveTime::from_hms_opt(h, mi, sec)?;
            break;
        }
    }
    Some(date.and_time(time).and_utc())
}

fn parse_machine(s: &str) -> Option<DateTime<Utc>> {
    // `2024-08-07T22:06Z`: chrono's `%z` does not take `Z`.
    let zulu;
    let s = match s.strip_suffix(['Z', 'z']) {
        Some(rest) if rest.len() > 10 && rest.ends_with(|c: char| c.is_ascii_digit()) => {
            zulu = format!("{rest}+0000");
            zulu.as_str()
        }
        _ => s,
    };
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Some(dt.with_timezone(&Utc));
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(s) {
        return Some(dt.with_timezone(&Utc));
    }
    for fmt in [
        "%Y-%m-%dT%H:%M:%S%.f%z",
        "%Y-%m-%d %H:%M:%S%.f%z",
        "%Y-%m-%dT%H:%M%z",
    ] {
        if let Ok(dt) = DateTime::parse_from_str(s, fmt) {
            return Some(dt.with_timezone(&Utc));
        }
    }
    for fmt in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(dt) = NaiveDateTime::parse_from_str(s, fmt) {
            return Some(dt.and_utc());
        }
    }
    let date_part = s.get(..10).unwrap_or(s);
    for fmt in ["%Y-%m-%d", "%Y/%m/%d", "%Y%m%d"] {
        if let Ok(d) = NaiveDate::parse_from_str(date_part, fmt) {
            if date_part.len() == s.len() || s[date_part.len()..].starts_with(['T', ' ']) {
                return Some(d.and_time(NaiveTime::MIN).and_utc());
            }
        }
    }
    None
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

fn month_number(word: &str) -> Option<u32> {
    let w = word.to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    let full = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let idx = MONTHS.iter().position(|m| w.starts_with(m))?;
    // "mar" must not match "marine": accept the abbreviation, "sept", or the full name only.
    let ok = w.len() == 3 || w == "sept" || full[idx] == w;
    ok.then_some(idx as u32 + 1)
}

fn zone_offset(word: &str) -> Option<i32> {
    let hours = match word.to_ascii_uppercase().as_str() {
        "GMT" | "UTC" | "UT" | "Z" | "WET" => 0,
        "BST" | "CET" | "WEST" => 1,
        "CEST" | "EET" => 2,
        "EEST" | "MSK" => 3,
        "EST" => -5,
        "EDT" | "AST" => -4,
        "CST" => -6,
        "CDT" => -5,
        "MST" => -7,
        "MDT" => -6,
        "PST" => -8,
        "PDT" => -7,
        _ => return numeric_offset(word),
    };
    Some(hours * 3600)
}

/// `+0100`, `+01:00`, `-05`.
fn numeric_offset(word: &str) -> Option<i32> {
    let sign = match word.chars().next()? {
        '+' => 1,
        '-' => -1,
        _ => return None,
    };
    let digits: String = word[1..].chars().filter(|c| *c != ':').collect();
    if !(digits.len() == 2 || digits.len() == 4) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let h: i32 = digits[..2].parse().ok()?;
    let m: i32 = digits
        .get(2..)
        .filter(|d| !d.is_empty())
        .map_or(Ok(0), str::parse)
        .ok()?;
    (h <= 14 && m < 60).then_some(sign * (h * 3600 + m * 60))
}

/// Token-based: finds a day, a month name, a year, an optional time with am/pm and an optional zone,
/// in any of the orders English news uses, ignoring weekday names and filler words.
fn parse_english(s: &str) -> Option<DateTime<Utc>> {
    let (mut day, mut month, mut year) = (None, None, None);
    let (mut time, mut offset) = (None::<(u32, u32, u32)>, None);
    let mut pm = None;
    let cleaned: String = s
        .chars()
        .map(|c| {
            if c == ',' || c == '|' || c == '(' || c == ')' {
                ' '
            } else {
                c
            }
        })
        .collect();
    for raw in cleaned.split_whitespace() {
        let tok = raw.trim_end_matches('.');
        let lower = tok.to_ascii_lowercase();
        if let Some(m) = month_number(tok) {
            month.get_or_insert(m);
        } else if lower == "am" || lower == "a.m" {
            pm = Some(false);
        } else if lower == "pm" || lower == "p.m" {
            pm = Some(true);
        } else if let Some(t) = parse_clock(&lower) {
            time.get_or_insert(t);
        } else if let Some(o) = (time.is_some() || raw.starts_with(['+', '-']))
            .then(|| zone_offset(tok))
            .flatten()
        {
            offset.get_or_insert(o);
        } else {
            let digits = lower.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
                let n: u32 = digits.parse().ok()?;
                if digits.len() == 4 && year.is_none() {
                    year = Some(n as i32);
                } else if (1..=31).contains(&n) && day.is_none() && digits.len() <= 2 {
                    day = Some(n);
                }
            }
        }
    }
    let date = NaiveDate::from_ymd_opt(year?, month?, day?)?;
    let (mut h, m, sec) = time.unwrap_or((0, 0, 0));
    match pm {
        Some(true) if h < 12 => h += 12,
        Some(false) if h == 12 => h = 0,
        _ => {}
    }
    let naive = date.and_time(NaiveTime::from_hms_opt(h, m, sec)?);
    let zone = FixedOffset::east_opt(offset.unwrap_or(0))?;
    Some(
        zone.from_local_datetime(&naive)
            .single()?
            .with_timezone(&Utc),
    )
}

/// `15:23`, `15.23`, `3:23pm`, `09:05:10`.
fn parse_clock(tok: &str) -> Option<(u32, u32, u32)> {
    let tok = tok.trim_end_matches("am").trim_end_matches("pm");
    let parts: Vec<&str> = tok.split([':', '.']).collect();
    if !(2..=3).contains(&parts.len()) || parts.iter().any(|p| p.is_empty() || p.len() > 2) {
        return None;
    }
    let nums: Vec<u32> = parts
        .iter()
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    let (h, m, s) = (nums[0], nums[1], nums.get(2).copied().unwrap_or(0));
    (h < 24 && m < 60 && s < 60 && parts[1].len() == 2).then_some((h, m, s))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> String {
        parse_datetime(s)
            .map(|d| d.to_rfc3339())
            .unwrap_or_default()
    }

    #[test]
    fn english_forms() {
        assert_eq!(utc("20 January 2022, 15:23"), "2022-01-20T15:23:00+00:00");
        assert_eq!(utc("Jan 20, 2022 3:23 pm"), "2022-01-20T15:23:00+00:00");
        assert_eq!(
            utc("Thursday 20 January 2022 15.23 GMT"),
            "2022-01-20T15:23:00+00:00"
        );
        assert_eq!(
            utc("Friday 1 July 2022 09.05 BST"),
            "2022-07-01T08:05:00+00:00"
        );
        assert_eq!(utc("March 3rd, 2021"), "2021-03-03T00:00:00+00:00");
        assert_eq!(
            utc("Sept 9, 2015 12:10 am EDT"),
            "2015-09-09T04:10:00+00:00"
        );
    }

    #[test]
    fn machine_forms() {
        assert_eq!(
            utc("2022-01-20T15:23:00+01:00"),
            "2022-01-20T14:23:00+00:00"
        );
        assert_eq!(utc("2022-01-20"), "2022-01-20T00:00:00+00:00");
        assert_eq!(utc("2022-01-20 15:23:00"), "2022-01-20T15:23:00+00:00");
        assert_eq!(
            utc("Thu, 20 Jan 2022 15:23:00 +0000"),
            "2022-01-20T15:23:00+00:00"
        );
    }

    #[test]
    fn day_first_dotted_forms() {
        assert_eq!(utc("25.04.2024"), "2024-04-25T00:00:00+00:00");
        assert_eq!(utc("25.04.2024, 14:07 Uhr"), "2024-04-25T14:07:00+00:00");
        assert_eq!(
            utc("Stand: 25.04.2024 | 14:07 Uhr"),
            "2024-04-25T14:07:00+00:00"
        );
        assert_eq!(utc("1.5.2024"), "2024-05-01T00:00:00+00:00");
        assert_eq!(utc("31.02.2024"), "");
        assert_eq!(utc("Version 1.2.3"), "");
    }

    #[test]
    fn more_real_forms() {
        assert_eq!(utc("2023-04-28 18:11:01.0"), "2023-04-28T18:11:01+00:00");
        assert_eq!(utc("2024-08-07T22:06Z"), "2024-08-07T22:06:00+00:00");
        assert_eq!(
            utc("2024-05-03T15:47:42.389000+00:00"),
            "2024-05-03T15:47:42.389+00:00"
        );
        assert_eq!(utc("2024-05-03T15:47:42+0200"), "2024-05-03T13:47:42+00:00");
        assert_eq!(
            utc("Fri, 03 May 2024 15:47:42 GMT"),
            "2024-05-03T15:47:42+00:00"
        );
        assert_eq!(
            utc("May 3, 2024 at 9:05 a.m. EDT"),
            "2024-05-03T13:05:00+00:00"
        );
        assert_eq!(utc("Updated 3 May 2024"), "2024-05-03T00:00:00+00:00");
    }

    #[test]
    fn knows_when_a_zone_is_given() {
        for s in [
            "2024-05-03T15:47:42Z",
            "2024-05-03T15:47:42+02:00",
            "2024-05-03T15:47:42-0500",
            "Jan 20, 2022 3:23 pm EST",
        ] {
            assert!(has_zone(s), "{s}");
        }
        for s in [
            "2024-05-03T15:47:42",
            "2024-05-03",
            "2023-04-28 18:11:01.0",
            "20 January 2022",
        ] {
            assert!(!has_zone(s), "{s}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 256, failure_persistence: None, ..Default::default() })]
        #[test]
        fn never_panics(s in "\\PC{0,40}", t in "[0-9 .:+\\-TZa-zA-Z\u{3000}\u{e9}]{0,40}") {
            let _ = parse_datetime(&s);
            let _ = has_zone(&s);
            let _ = parse_datetime(&t);
            let _ = has_zone(&t);
        }
    }

    #[test]
    fn rejects_non_dates() {
        for s in [
            "None",
            "",
            "Marine Le Pen",
            "31 February 2022",
            "3 pm",
            "100,000 troops",
        ] {
            assert_eq!(parse_datetime(s), None, "{s}");
        }
    }
}
