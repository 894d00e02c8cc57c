//! Parsing: one input format per submodule, bytes in, `Article`s out. This module chooses the format
//! (by extension, confirmed by sniffing the first bytes) and owns the errors that make a file unusable.

pub mod text;

use crate::article::Article;
use std::io::Read;
use std::path::Path;

/// Files larger than this are refused whole, except streamed formats (WARC), which have no limit.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Settings that change how records are read.
#[derive(Debug, Clone, Default)]
pub struct ParseOptions {
    /// `(our field, their field)` pairs for JSON records: `("body", "article_text")`.
    pub fields: Vec<(String, String)>,
}

/// Why a whole file yields nothing. Each variant reads as the reason in `path: reason`.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ParseError {
    #[error("empty file")]
    Empty,
    #[error("binary file (NUL byte at offset {0}); not an article")]
    Binary(usize),
    #[error("not valid UTF-8 (first bad byte at offset {0}); convert it, e.g. `iconv -f latin1 -t utf-8`")]
    NotUtf8(usize),
    #[error("cannot read: {0}")]
    Unreadable(String),
    #[error("file is over the {limit}-byte limit for one article file (read {size} bytes)")]
    TooLarge { size: u64, limit: u64 },
    #[error("no article text found (no headline or body)")]
    NoContent,
    #[error("unsupported file type: {0}")]
    Unsupported(String),
    #[error("malformed {format}: {reason}")]
    Malformed {
        format: &'static str,
        reason: String,
    },
}

/// The input formats newsdex reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
}

impl Format {
    /// Chooses the format from the file name, confirmed by the first bytes.
    pub fn detect(path: &Path, bytes: &[u8]) -> Result<Format, ParseError> {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .unwrap_or_default();
        match ext.as_str() {
            "txt" | "text" | "" => Ok(Format::Text),
            other => {
                let _ = bytes;
                Err(ParseError::Unsupported(format!(
                    ".{other} files are not read"
                )))
            }
        }
    }
}

/// What came out of one file: its articles, and the records inside it that had to be skipped.
#[derive(Debug, Default)]
pub struct Parsed {
    pub articles: Vec<Article>,
    /// One line per skipped record of a multi-article file ("line 7: invalid JSON …").
    pub problems: Vec<String>,
}

/// Reads one file from `reader`, handing each article to `emit` as soon as it is parsed, so a file
/// of many articles is never held whole. Returns the skipped records' messages. `source` names the
/// file in ids and messages; `path` gives the extension.
pub fn parse_reader(
    source: &str,
    path: &Path,
    reader: &mut dyn Read,
    opts: &ParseOptions,
    emit: &mut dyn FnMut(Article),
) -> Result<Vec<String>, ParseError> {
    let _ = opts;
    let bytes = read_limited(reader, MAX_FILE_BYTES)?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ParseError::Empty);
    }
    match Format::detect(path, &bytes)? {
        Format::Text => emit(text::parse(source, decode_text(&bytes)?)?),
    }
    Ok(Vec::new())
}

/// Parses a file held in memory: the pure `bytes → articles` form, for tests and `extract`.
pub fn parse(
    source: &str,
    path: &Path,
    bytes: &[u8],
    opts: &ParseOptions,
) -> Result<Parsed, ParseError> {
    let mut articles = Vec::new();
    let problems = parse_reader(source, path, &mut &bytes[..], opts, &mut |a| {
        articles.push(a)
    })?;
    Ok(Parsed { articles, problems })
}

fn read_limited(reader: &mut dyn Read, limit: u64) -> Result<Vec<u8>, ParseError> {
    let mut bytes = Vec::new();
    reader
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| ParseError::Unreadable(e.to_string()))?;
    if bytes.len() as u64 > limit {
        return Err(ParseError::TooLarge {
            size: bytes.len() as u64,
            limit,
        });
    }
    Ok(bytes)
}

/// Strict UTF-8 with a BOM allowed; binary content is refused before decoding so the reason is right.
pub fn decode_text(bytes: &[u8]) -> Result<&str, ParseError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(pos) = bytes.iter().take(8192).position(|&b| b == 0) {
        return Err(ParseError::Binary(pos));
    }
    std::str::from_utf8(bytes).map_err(|e| ParseError::NotUtf8(e.valid_up_to()))
}

/// Stable article id: 16 hex digits of FNV-1a over the source name, so re-indexing keeps ids.
pub fn article_id(source: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in source.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_empty_binary_and_latin1() {
        let p = Path::new("a.txt");
        let parse = |bytes: &[u8]| parse("a", p, bytes, &ParseOptions::default());
        assert_eq!(parse(b"  \n").unwrap_err(), ParseError::Empty);
        assert_eq!(
            parse(b"PK\x03\x04\x00\x00").unwrap_err(),
            ParseError::Binary(4)
        );
        assert_eq!(
            parse(b"Price \xa3100\n").unwrap_err(),
            ParseError::NotUtf8(6)
        );
    }

    #[test]
    fn ids_are_stable_and_distinct() {
        assert_eq!(article_id("a/b.txt"), article_id("a/b.txt"));
        assert_ne!(article_id("a/b.txt"), article_id("a/c.txt"));
        assert_eq!(article_id("a/b.txt").len(), 16);
    }
}
