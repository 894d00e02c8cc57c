//! Finding quoted spans, their cues and kinds. (First version: double-quoted spans with a
//! `said NAME` / `NAME said` cue in the same paragraph; replaced by the full rule system.)

use crate::article::{Article, Quote, QuoteKind, Section};

pub fn extract(article: &Article) -> Vec<Quote> {
    let mut quotes = Vec::new();
    for (i, para) in article.body.iter().enumerate() {
        let mut rest = para.as_str();
        let mut offset = 0;
        while let Some(open) = rest.find(['"', '“']) {
            let mark = rest[open..].chars().next().map_or(1, char::len_utf8);
            let after = &rest[open + mark..];
            let Some(close) = after.find(['"', '”']) else {
                break;
            };
            let text = &after[..close];
            let close_mark = after[close..].chars().next().map_or(1, char::len_utf8);
            let start = offset + open + mark;
            quotes.push(Quote {
                text: text.to_string(),
                speaker: crate::speakers::speaker_in(para),
                mention: None,
                role: None,
                cue: None,
                kind: QuoteKind::Full,
                section: Section::Body,
                paragraph: i,
                start,
                end: start + text.len(),
                sentence: para.clone(),
                rule: "first-version".into(),
            });
            let consumed = open + mark + close + close_mark;
            offset += consumed;
            rest = &rest[consumed..];
        }
    }
    quotes
}
