//! The index layout: the only place that names tantivy fields and tokenizers.
//!
//! tantivy has no nested documents, so one index holds two kinds of document, told apart by `kind`:
//! an `article` document per article and a `quote` document per quote. Quote documents carry copies of
//! the parent's date, headline and source, so every filter runs without a join.

use anyhow::{bail, Context, Result};
use std::path::Path;
use tantivy::schema::{
    DateOptions, DateTimePrecision, Field, IndexRecordOption, Schema, TextFieldIndexing,
    TextOptions, FAST, STORED, STRING,
};
use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    TextAnalyzer,
};
use tantivy::Index;

/// Stemmed English words: "invading" finds "invasion"'s neighbours "invade", "invaded".
pub const TEXT_TOKENIZER: &str = "news_en";
/// Names: lower-cased and accent-folded, never stemmed ("Truss" must not become "truss" → "trus").
pub const NAME_TOKENIZER: &str = "news_name";

pub const KIND_ARTICLE: &str = "article";
pub const KIND_QUOTE: &str = "quote";

/// Every field of the index, looked up once.
#[derive(Clone, Debug)]
pub struct Fields {
    pub kind: Field,
    pub article_id: Field,
    pub source: Field,
    pub url: Field,
    pub headline: Field,
    pub standfirst: Field,
    pub byline: Field,
    pub published: Field,
    pub updated: Field,
    pub captions: Field,
    pub body: Field,
    pub related: Field,
    /// Quote documents: the quoted words.
    pub quote: Field,
    /// The speaker exactly, for filters and counting.
    pub speaker: Field,
    /// The speaker tokenized, so `--speaker truss` finds "Liz Truss".
    pub speaker_name: Field,
    pub mention: Field,
    pub role: Field,
    pub cue: Field,
    pub quote_kind: Field,
    pub section: Field,
    pub paragraph: Field,
    pub start: Field,
    pub end: Field,
    pub sentence: Field,
    pub rule: Field,
    /// A quote's place in its article's reading order (the article itself is 0), for stable listings.
    pub position: Field,
    /// The archive file every document came from (its path below the archive), so `index
    /// --update` can replace or drop a file's articles and quotes together.
    pub file: Field,
    /// Article documents: the file's size and modification time when it was read.
    pub stamp: Field,
}

fn text(tokenizer: &str, stored: bool) -> TextOptions {
    let indexing = TextFieldIndexing::default()
        .set_tokenizer(tokenizer)
        .set_index_option(IndexRecordOption::WithFreqsAndPositions);
    let options = TextOptions::default().set_indexing_options(indexing);
    if stored {
        options.set_stored()
    } else {
        options
    }
}

/// Builds the schema; `Fields::from_schema` finds the same fields in an opened index.
pub fn build_schema() -> Schema {
    let mut b = Schema::builder();
    let exact = STRING | STORED | FAST;
    b.add_text_field("kind", exact.clone());
    b.add_text_field("article_id", exact.clone());
    b.add_text_field("source", STRING | STORED);
    b.add_text_field("url", STRING | STORED);
    for name in [
        "headline",
        "standfirst",
        "captions",
        "body",
        "related",
        "quote",
        "sentence",
    ] {
        b.add_text_field(name, text(TEXT_TOKENIZER, true));
    }
    b.add_text_field("byline", text(NAME_TOKENIZER, true));
    b.add_text_field("role", text(TEXT_TOKENIZER, true));
    let date = DateOptions::default()
        .set_indexed()
        .set_stored()
        .set_fast()
        .set_precision(DateTimePrecision::Seconds);
    b.add_date_field("published", date);
    b.add_date_field("updated", DateOptions::default().set_stored());
    b.add_text_field("speaker", exact);
    b.add_text_field("speaker_name", text(NAME_TOKENIZER, false));
    for name in ["mention", "cue", "quote_kind", "section", "rule"] {
        b.add_text_field(name, STORED);
    }
    for name in ["paragraph", "start", "end"] {
        b.add_u64_field(name, STORED);
    }
    b.add_u64_field("position", STORED | FAST);
    b.add_text_field("file", STRING | FAST);
    b.add_text_field("stamp", STRING | FAST);
    b.build()
}

impl Fields {
    pub fn from_schema(schema: &Schema) -> Result<Fields> {
        let f = |name: &str| {
            schema
                .get_field(name)
                .with_context(|| format!("the index has no field `{name}`"))
        };
        Ok(Fields {
            kind: f("kind")?,
            article_id: f("article_id")?,
            source: f("source")?,
            url: f("url")?,
            headline: f("headline")?,
            standfirst: f("standfirst")?,
            byline: f("byline")?,
            published: f("published")?,
            updated: f("updated")?,
            captions: f("captions")?,
            body: f("body")?,
            related: f("related")?,
            quote: f("quote")?,
            speaker: f("speaker")?,
            speaker_name: f("speaker_name")?,
            mention: f("mention")?,
            role: f("role")?,
            cue: f("cue")?,
            quote_kind: f("quote_kind")?,
            section: f("section")?,
            paragraph: f("paragraph")?,
            start: f("start")?,
            end: f("end")?,
            sentence: f("sentence")?,
            rule: f("rule")?,
            position: f("position")?,
            file: f("file")?,
            stamp: f("stamp")?,
        })
    }
}

fn register_tokenizers(index: &Index) {
    let text = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(Stemmer::new(Language::English))
        .build();
    let name = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build();
    index.tokenizers().register(TEXT_TOKENIZER, text);
    index.tokenizers().register(NAME_TOKENIZER, name);
}

/// Tokenizes a name the way `speaker_name` was indexed, for building filter terms.
pub fn name_tokens(index: &Index, name: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    if let Some(mut analyzer) = index.tokenizers().get(NAME_TOKENIZER) {
        let mut stream = analyzer.token_stream(name);
        while let Some(token) = stream.next() {
            tokens.push(token.text.clone());
        }
    }
    tokens
}

/// Opens the index in `dir` for searching, with its tokenizers registered.
pub fn open(dir: &Path) -> Result<(Index, Fields)> {
    if !dir.join("meta.json").is_file() {
        bail!(
            "{}: no newsdex index here; build one with `newsdex index ARCHIVE --index {}`",
            dir.display(),
            dir.display()
        );
    }
    let index = Index::open_in_dir(dir)
        .with_context(|| format!("{}: cannot open the index", dir.display()))?;
    if index.schema() != build_schema() {
        bail!(
            "{}: the index was built by another version of newsdex; delete that folder and run \
             `newsdex index ARCHIVE --index {}` again",
            dir.display(),
            dir.display()
        );
    }
    register_tokenizers(&index);
    let fields = Fields::from_schema(&index.schema())?;
    Ok((index, fields))
}

/// Opens the index in `dir` for writing, creating it (and the folder) when there is none yet.
/// Refuses a non-empty folder that is not an index, so a typo never clobbers someone's files.
pub fn open_or_create(dir: &Path) -> Result<(Index, Fields)> {
    if dir.join("meta.json").is_file() {
        return open(dir);
    }
    if dir.exists() {
        let mut entries = std::fs::read_dir(dir)
            .with_context(|| format!("{}: cannot read the index folder", dir.display()))?;
        if entries.next().is_some() {
            bail!(
                "{}: folder is not empty and holds no newsdex index; choose another --index folder",
                dir.display()
            );
        }
    } else {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("{}: cannot create the index folder", dir.display()))?;
    }
    let index = Index::create_in_dir(dir, build_schema())
        .with_context(|| format!("{}: cannot create an index", dir.display()))?;
    register_tokenizers(&index);
    let fields = Fields::from_schema(&index.schema())?;
    Ok((index, fields))
}
