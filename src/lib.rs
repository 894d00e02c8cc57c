//! newsdex: a full-text search engine for news archives, with every quote indexed as a child document
//! of its article and attributed to a resolved speaker.
//!
//! Data flows one way: files ([`archive`]) → [`article::Article`] ([`parse`]) → quotes and speakers
//! ([`quotes`], [`speakers`]) → tantivy documents ([`schema`], [`indexer`]) → hits ([`search`]) →
//! text or JSON ([`output`]).

pub mod article;
pub mod dates;
pub mod eval;
pub mod parse;
pub mod quotes;
pub mod speakers;
