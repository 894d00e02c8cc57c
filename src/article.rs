//! The `Article` and `Quote` types that every stage shares: parsers fill an `Article`, extraction adds
//! its `Quote`s, the indexer turns both into documents and `extract --json` prints them as they are.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// One news article, whatever format it came in.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Stable id: derived from the source path and, for files holding many articles, the record.
    pub id: String,
    /// Where it came from: the file path, plus `#N` or `#URL` for one record of a multi-article file.
    pub source: String,
    pub url: Option<String>,
    pub headline: String,
    pub standfirst: Option<String>,
    pub byline: Option<String>,
    pub published: Option<DateTime<Utc>>,
    pub updated: Option<DateTime<Utc>>,
    pub captions: Vec<String>,
    /// Body paragraphs in reading order.
    pub body: Vec<String>,
    /// "Read more: …" lines and related-story links: headlines of other articles, never quotes.
    pub related: Vec<String>,
    pub quotes: Vec<Quote>,
    /// Things a reader of the index should know (no date found, …); reported when indexing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

/// Which part of the article a quote stands in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Section {
    Headline,
    Standfirst,
    Body,
}

impl Section {
    pub fn as_str(self) -> &'static str {
        match self {
            Section::Headline => "headline",
            Section::Standfirst => "standfirst",
            Section::Body => "body",
        }
    }

    /// The section `as_str` named: how a quote read back from the index gets its section.
    pub fn parse(name: &str) -> Option<Section> {
        [Section::Headline, Section::Standfirst, Section::Body]
            .into_iter()
            .find(|s| s.as_str() == name)
    }
}

/// How a quote stands in its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A whole sentence or more of direct speech.
    Full,
    /// A few quoted words inside reported speech: `… would be a "disaster"`.
    Partial,
    /// A quote in the headline, usually attributed by a trailing `says …`.
    Headline,
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Full => "full",
            QuoteKind::Partial => "partial",
            QuoteKind::Headline => "headline",
        }
    }

    /// The kind `as_str` named.
    pub fn parse(name: &str) -> Option<QuoteKind> {
        [QuoteKind::Full, QuoteKind::Partial, QuoteKind::Headline]
            .into_iter()
            .find(|k| k.as_str() == name)
    }
}

/// One quotation and who said it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted words, without the marks. A quote running over several paragraphs gives one
    /// `Quote` per paragraph (the later ones with rule `continuation`), so offsets stay in one
    /// paragraph and each paragraph matches on its own.
    pub text: String,
    /// Canonical full name of the speaker, or none when the article names nobody.
    pub speaker: Option<String>,
    /// The speaker as the cue wrote it: "she", "the Foreign Secretary", "Ms Truss".
    pub mention: Option<String>,
    /// The speaker's role or title where the article gives one.
    pub role: Option<String>,
    /// The speech verb or form that attributes the quote: "said", "add:", "according to".
    pub cue: Option<String>,
    pub kind: QuoteKind,
    pub section: Section,
    /// Index of the paragraph the quote opens in (body paragraphs count from 0).
    pub paragraph: usize,
    /// Character offsets of the quoted words within that paragraph.
    pub start: usize,
    pub end: usize,
    /// The sentence (or paragraph) around the quote.
    pub sentence: String,
    /// Why the speaker was chosen: which rule fired; how a wrong answer gets explained.
    pub rule: String,
}
