//! newsdex: a full-text search engine for news archives, with every quote indexed as a child document
//! of its article and attributed to a resolved speaker.
//!
//! Data flows one way: files ([`archive`]) → [`article::Article`] ([`parse`]) → quotes and speakers
//! ([`quotes`], [`speakers`]) → tantivy documents ([`schema`], [`indexer`]) → hits ([`search`]) →
//! text or JSON ([`output`]).

pub mod archive;
pub mod article;
pub mod cli;
pub mod config;
pub mod dates;
pub mod eval;
pub mod gold;
pub mod indexer;
pub mod output;
pub mod parse;
pub mod quotes;
pub mod schema;
pub mod search;
pub mod speakers;

use article::Article;
use parse::{ParseError, ParseOptions, Parsed};
use std::path::Path;

/// Fills an article's quotes: the step between parsing and indexing.
pub fn with_quotes(mut article: Article) -> Article {
    article.quotes = quotes::extract(&article);
    article
}

/// Parsing and extraction as one pure function of a file's bytes: what `extract` prints and what
/// the indexer stores. `source` names the file in ids; `path` gives its type.
pub fn articles_from_bytes(
    source: &str,
    path: &Path,
    bytes: &[u8],
    opts: &ParseOptions,
) -> Result<Parsed, ParseError> {
    let mut parsed = parse::parse(source, path, bytes, opts)?;
    parsed.articles = parsed.articles.into_iter().map(with_quotes).collect();
    Ok(parsed)
}
