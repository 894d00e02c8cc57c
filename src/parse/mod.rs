//! Parsing: one input format per submodule, bytes in, `Article`s out. This module chooses the format
//! (by extension, confirmed by sniffing the first bytes) and owns the errors that make a file unusable.

pub mod html;
pub mod json;
pub mod text;
pub mod warc;

use crate::article::Article;
use std::borrow::Cow;
use std::io::{BufReader, Read};
use std::path::Path;

/// Files larger than this are refused whole, except streamed formats (WARC, JSON Lines), which have
/// no limit.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// The warning every parser gives an article it found no publication date for.
pub const NO_DATE: &str = "no publication date found; indexed undated";
/// How a warning ends when the text was not UTF-8 and was read as windows-1252.
pub const READ_AS_1252: &str = "read as windows-1252";

/// How much of a file is read to confirm its format before the rest is read or streamed.
const SNIFF_BYTES: usize = 1024;

const GZIP_MAGIC: &[u8] = b"\x1f\x8b";

const KNOWN: &str = ".txt, .html, .htm, .json, .jsonl, .ndjson, .warc, and any of them .gz";

/// Settings that change how records are read.
#[derive(Debug, Clone, Default)]
pub struct ParseOptions {
    /// `(our field, their field)` pairs for JSON records: `("body", "article_text")`.
    pub fields: Vec<(String, String)>,
}

/// Why a whole file yields nothing. Each variant reads as the reason in `path: reason`.
#[derive(Debug, Clone, thiserror::Error, PartialEq)]
pub enum ParseError {
    #[error("empty file")]
    Empty,
    #[error("binary file (NUL byte at offset {0}); not an article")]
    Binary(usize),
    #[error("cannot read: {0}")]
    Unreadable(String),
    #[error("file is over the {limit}-byte limit for one article file (read {size} bytes)")]
    TooLarge { size: u64, limit: u64 },
    #[error("no article text found (no headline or body)")]
    NoContent,
    #[error("unsupported file type: {0}")]
    Unsupported(String),
    #[error("{0}")]
    Internal(String),
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
    Html,
    /// One object (one article) or an array of objects.
    Json,
    /// One JSON object a line (`.jsonl`, `.ndjson`).
    JsonLines,
    /// WARC records, plain or gzipped (one member a record, as CC-NEWS).
    Warc,
}

impl Format {
    /// Chooses the format from the file name, confirmed by the first bytes. A `.gz` name is judged
    /// by the name inside it once the bytes are shown to be gzip.
    pub fn detect(path: &Path, bytes: &[u8]) -> Result<Format, ParseError> {
        let (ext, gz) = extensions(path);
        if gz {
            if !bytes.starts_with(GZIP_MAGIC) {
                return Err(not_gzip());
            }
            return from_extension(&ext, None);
        }
        from_extension(&ext, Some(bytes))
    }
}

/// The extension that names the format (the one before `.gz` for a gzipped file), lower-cased,
/// and whether the file is gzipped by name.
fn extensions(path: &Path) -> (String, bool) {
    let lower = |p: &Path| {
        p.extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .unwrap_or_default()
    };
    let ext = lower(path);
    if ext == "gz" {
        (lower(&path.with_extension("")), true)
    } else {
        (ext, false)
    }
}

fn not_gzip() -> ParseError {
    ParseError::Malformed {
        format: "gzip",
        reason: "named .gz but does not start with the gzip signature (1f 8b)".to_string(),
    }
}

/// `head` is `None` when the bytes are still compressed and cannot confirm anything.
fn from_extension(ext: &str, head: Option<&[u8]>) -> Result<Format, ParseError> {
    let start = head.map(|h| {
        let h = h.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(h);
        let at = h
            .iter()
            .position(|b| !b.is_ascii_whitespace())
            .unwrap_or(h.len());
        &h[at..]
    });
    let looks_html = |s: &[u8]| {
        let s = s.get(..15).unwrap_or(s).to_ascii_lowercase();
        s.starts_with(b"<!doctype html") || s.starts_with(b"<html")
    };
    match ext {
        "txt" | "text" | "" => match start {
            Some(s) if looks_html(s) => Ok(Format::Html),
            _ => Ok(Format::Text),
        },
        "html" | "htm" | "xhtml" | "shtml" => Ok(Format::Html),
        "json" => match start {
            Some(s) if !s.is_empty() && !s.starts_with(b"{") && !s.starts_with(b"[") => {
                let shown: String = String::from_utf8_lossy(s.get(..12).unwrap_or(s))
                    .chars()
                    .filter(|c| !c.is_control())
                    .collect();
                Err(ParseError::Malformed {
                    format: "JSON",
                    reason: format!("starts with `{shown}`, not `{{` or `[`"),
                })
            }
            _ => Ok(Format::Json),
        },
        "jsonl" | "ndjson" => Ok(Format::JsonLines),
        "warc" => match start {
            Some(s) if !s.is_empty() && !s.starts_with(b"WARC/") && !s.starts_with(GZIP_MAGIC) => {
                Err(ParseError::Malformed {
                    format: "WARC",
                    reason: "does not start with a `WARC/` version line".to_string(),
                })
            }
            _ => Ok(Format::Warc),
        },
        other => Err(ParseError::Unsupported(format!(
            ".{other} files are not read (newsdex reads {KNOWN})"
        ))),
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
///
/// A WARC or JSON Lines file that breaks off part-way keeps the articles already emitted and reports
/// the break among the returned messages; it is an error only when nothing could be read.
pub fn parse_reader(
    source: &str,
    path: &Path,
    reader: &mut dyn Read,
    opts: &ParseOptions,
    emit: &mut dyn FnMut(Article),
) -> Result<Vec<String>, ParseError> {
    // Every format's articles pass the same check on their way out.
    let emit = &mut |mut a: Article| {
        drop_repeated_standfirst(&mut a);
        emit(a)
    };
    let (ext, gz_name) = extensions(path);
    let head = read_head(reader)?;
    if head.iter().all(u8::is_ascii_whitespace) {
        return Err(ParseError::Empty);
    }
    let is_gzip = head.starts_with(GZIP_MAGIC);
    if gz_name && !is_gzip {
        return Err(not_gzip());
    }
    // Counts the file's own bytes, so a break in a compressed stream is reported where the file ends.
    let offset = warc::ByteOffset::default();
    let raw = offset.wrap(head.as_slice().chain(reader));
    if is_gzip && (gz_name || ext == "warc") {
        let mut unzipped = flate2::read::MultiGzDecoder::new(BufReader::new(raw));
        let head = read_head(&mut unzipped).map_err(|e| gzip_error(&e))?;
        if head.iter().all(u8::is_ascii_whitespace) {
            return Err(ParseError::Empty);
        }
        let format = from_extension(&ext, Some(&head))?;
        let stream = head.as_slice().chain(unzipped);
        return parse_format(source, format, stream, &offset, opts, emit)
            .map_err(|e| gzip_error(&e));
    }
    let format = from_extension(&ext, Some(&head))?;
    parse_format(source, format, raw, &offset, opts, emit)
}

/// The longest a standfirst runs, in characters: a summary is a sentence or three.
const MAX_STANDFIRST_CHARS: usize = 1_000;

/// A description field that holds the article itself (pages that fill `og:description` with all
/// 15,000 characters, exports whose `summary` is the text) is no standfirst: every quote in it
/// would be found twice. Longer than a summary and opening with the body's words, it goes.
fn drop_repeated_standfirst(a: &mut Article) {
    let repeats = a.standfirst.as_deref().is_some_and(|s| {
        let squeeze = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
        s.chars().count() > MAX_STANDFIRST_CHARS && {
            let opening = squeeze(&s.split_whitespace().take(12).collect::<Vec<_>>().join(" "));
            squeeze(&a.body.join(" ")).contains(&opening)
        }
    });
    if repeats {
        a.standfirst = None;
    }
}

/// A corrupt gzip stream surfaces as an I/O error; say so in the format's own words.
fn gzip_error(e: &ParseError) -> ParseError {
    match e {
        ParseError::Unreadable(reason) => ParseError::Malformed {
            format: "gzip",
            reason: reason.clone(),
        },
        other => other.clone(),
    }
}

fn read_head(reader: &mut dyn Read) -> Result<Vec<u8>, ParseError> {
    let mut head = Vec::with_capacity(SNIFF_BYTES);
    reader
        .take(SNIFF_BYTES as u64)
        .read_to_end(&mut head)
        .map_err(|e| ParseError::Unreadable(e.to_string()))?;
    Ok(head)
}

fn parse_format<R: Read>(
    source: &str,
    format: Format,
    mut stream: R,
    offset: &warc::ByteOffset,
    opts: &ParseOptions,
    emit: &mut dyn FnMut(Article),
) -> Result<Vec<String>, ParseError> {
    match format {
        Format::Warc => warc::parse_stream(source, BufReader::new(stream), offset, emit),
        Format::JsonLines => json::parse_lines(source, BufReader::new(stream), opts, emit),
        Format::Text | Format::Html | Format::Json => {
            let bytes = read_limited(&mut stream, MAX_FILE_BYTES)?;
            if bytes.iter().all(u8::is_ascii_whitespace) {
                return Err(ParseError::Empty);
            }
            match format {
                Format::Text => {
                    let (text, warning) = decode_text(&bytes)?;
                    let mut article = text::parse(source, &text)?;
                    article.warnings.extend(warning);
                    emit(article)
                }
                Format::Html => emit(html::parse(source, &bytes, &html::PageContext::default())?),
                _ => {
                    let (text, warning) = decode_text(&bytes)?;
                    let mut warned = |mut a: Article| {
                        a.warnings.extend(warning.clone());
                        emit(a)
                    };
                    return json::parse_document(source, &text, opts, &mut warned);
                }
            }
            Ok(Vec::new())
        }
    }
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

/// UTF-8 with a BOM allowed; binary content is refused before decoding so the reason is right.
/// Text that is not UTF-8 is an older archive's legacy encoding (`£` as the single byte 0xA3):
/// it is read as windows-1252, the superset of Latin-1 that such files almost always are, rather
/// than lost, and the returned warning says so.
pub fn decode_text(bytes: &[u8]) -> Result<(Cow<'_, str>, Option<String>), ParseError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Some(pos) = bytes.iter().take(8192).position(|&b| b == 0) {
        return Err(ParseError::Binary(pos));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok((Cow::Borrowed(text), None)),
        Err(e) => {
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            let warning = format!(
                "not UTF-8 (first bad byte at offset {}); {READ_AS_1252}",
                e.valid_up_to()
            );
            Ok((text, Some(warning)))
        }
    }
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
    fn refuses_empty_and_binary_and_reads_latin1_with_a_warning() {
        let p = Path::new("a.txt");
        let parse = |bytes: &[u8]| parse("a", p, bytes, &ParseOptions::default());
        assert_eq!(parse(b"  \n").unwrap_err(), ParseError::Empty);
        assert_eq!(
            parse(b"PK\x03\x04\x00\x00").unwrap_err(),
            ParseError::Binary(4)
        );
        let latin1 = parse(b"Prices\n\nA pint costs \xa34 now.\n").unwrap();
        let a = &latin1.articles[0];
        assert_eq!(a.body, vec!["A pint costs \u{a3}4 now."]);
        assert!(
            a.warnings.iter().any(|w| w.contains("windows-1252")),
            "{:?}",
            a.warnings
        );
    }

    #[test]
    fn detects_by_extension_confirmed_by_content() {
        let d = |name: &str, bytes: &[u8]| Format::detect(Path::new(name), bytes);
        assert_eq!(d("a.txt", b"Head\n\nBody"), Ok(Format::Text));
        assert_eq!(d("a.txt", b"\n <!DOCTYPE html><html>"), Ok(Format::Html));
        assert_eq!(d("a.TXT", b"<HTML><body>"), Ok(Format::Html));
        assert_eq!(d("a.htm", b"anything"), Ok(Format::Html));
        assert_eq!(d("a.json", b" [{}]"), Ok(Format::Json));
        assert_eq!(d("a.jsonl", b"{}"), Ok(Format::JsonLines));
        assert_eq!(d("a.ndjson", b"{}"), Ok(Format::JsonLines));
        assert_eq!(d("a.warc", b"WARC/1.0\r\n"), Ok(Format::Warc));
        assert_eq!(d("a.warc.gz", b"\x1f\x8b\x08"), Ok(Format::Warc));
        assert_eq!(d("a.html.gz", b"\x1f\x8b\x08"), Ok(Format::Html));
        let json = d("a.json", b"title: x").unwrap_err();
        assert_eq!(
            json.to_string(),
            "malformed JSON: starts with `title: x`, not `{` or `[`"
        );
        let gz = d("a.warc.gz", b"WARC/1.0").unwrap_err();
        assert!(
            gz.to_string().starts_with("malformed gzip: named .gz but"),
            "{gz}"
        );
        let pdf = d("report.PDF", b"%PDF").unwrap_err();
        assert!(
            matches!(&pdf, ParseError::Unsupported(m) if m.starts_with(".pdf files are not read")),
            "{pdf}"
        );
        assert!(matches!(
            d("a.zip.gz", b"\x1f\x8b"),
            Err(ParseError::Unsupported(_))
        ));
    }

    #[test]
    fn gzipped_files_parse_as_the_format_inside() {
        use std::io::Write;
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(b"<html><body><h1>Zipped</h1><p>Inside the archive.</p></body></html>")
            .unwrap();
        let bytes = enc.finish().unwrap();
        let parsed = parse(
            "z",
            Path::new("z.html.gz"),
            &bytes,
            &ParseOptions::default(),
        )
        .unwrap();
        assert_eq!(parsed.articles[0].headline, "Zipped");
        let corrupt = [&bytes[..12], &[0xff; 20][..]].concat();
        let err = parse(
            "z",
            Path::new("z.html.gz"),
            &corrupt,
            &ParseOptions::default(),
        );
        assert!(
            matches!(err, Err(ParseError::Malformed { format: "gzip", .. })),
            "{err:?}"
        );
    }

    #[test]
    fn html_sniffed_in_a_txt_file() {
        let html = b"<!DOCTYPE html><html><head><title>Sniffed</title></head><body><p>Body.</p></body></html>";
        let parsed = parse("s", Path::new("s.txt"), html, &ParseOptions::default()).unwrap();
        assert_eq!(parsed.articles[0].headline, "Sniffed");
        assert_eq!(parsed.articles[0].body, vec!["Body."]);
    }

    #[test]
    fn deeply_nested_html_does_not_overflow() {
        let deep = |n: usize| {
            format!(
                "<html><body>{}<p>deep text</p></body></html>",
                "<div>".repeat(n)
            )
        };
        let parsed = parse(
            "d",
            Path::new("d.html"),
            deep(1_000).as_bytes(),
            &ParseOptions::default(),
        );
        assert_eq!(parsed.unwrap().articles[0].body, vec!["deep text"]);
        let refused = parse(
            "d",
            Path::new("d.html"),
            deep(100_000).as_bytes(),
            &ParseOptions::default(),
        );
        assert!(
            matches!(refused, Err(ParseError::Malformed { format: "HTML", .. })),
            "{refused:?}"
        );
    }

    #[test]
    fn a_standfirst_repeating_the_whole_article_is_dropped() {
        let para = "\"We will build it,\" said Ann Lee, who chairs the board of the trust. ";
        let body: String = (0..20)
            .map(|i| format!("<p>{para} Point {i}.</p>"))
            .collect();
        let whole: String = (0..20).map(|i| format!("{para} Point {i}. ")).collect();
        let page = |description: &str| {
            format!(
                "<html><head><meta property=\"og:description\" content=\"{}\"></head>\
                 <body><article><h1>Trust plans</h1>{body}</article></body></html>",
                description.replace('"', "&quot;")
            )
        };
        let parsed = |html: String| {
            parse(
                "p",
                Path::new("p.html"),
                html.as_bytes(),
                &ParseOptions::default(),
            )
            .unwrap()
            .articles
            .remove(0)
        };
        assert_eq!(parsed(page(&whole)).standfirst, None);
        let summary = "The trust will build a new wing, its chair said.";
        assert_eq!(parsed(page(summary)).standfirst.as_deref(), Some(summary));
    }

    #[test]
    fn ids_are_stable_and_distinct() {
        assert_eq!(article_id("a/b.txt"), article_id("a/b.txt"));
        assert_ne!(article_id("a/b.txt"), article_id("a/c.txt"));
        assert_eq!(article_id("a/b.txt").len(), 16);
    }

    mod no_panic {
        use super::super::*;
        use proptest::prelude::*;

        const EXTENSIONS: &[&str] = &[
            "a.txt",
            "a.html",
            "a.htm",
            "a.json",
            "a.jsonl",
            "a.ndjson",
            "a.warc",
            "a.warc.gz",
            "a.html.gz",
            "a.xyz",
            "noext",
        ];

        /// Fragments that steer random input into each parser's deeper paths.
        fn pieces() -> impl Strategy<Value = Vec<u8>> {
            let piece = prop_oneof![
                Just(b"<html><body>".to_vec()),
                Just(b"<p>".to_vec()),
                Just(b"</div>".to_vec()),
                Just(b"<br>".to_vec()),
                Just(b"<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[".to_vec()),
                Just(b"<meta charset=\"shift_jis\">".to_vec()),
                Just(b"&amp;&#x1F600;&#99999999;".to_vec()),
                Just(b"{\"title\": \"".to_vec()),
                Just(b"\", \"text\": [\"".to_vec()),
                Just(b"\"date\": 1e300, ".to_vec()),
                Just(b"\n".to_vec()),
                Just(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 40\r\n\r\n".to_vec()),
                Just(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n".to_vec()),
                Just(b"ff\r\n".to_vec()),
                Just(b"Read more: ".to_vec()),
                Just(b"20 January 2022, 15:23".to_vec()),
                proptest::collection::vec(any::<u8>(), 0..40),
                "[a-zA-Z .,:\"]{0,40}".prop_map(String::into_bytes),
            ];
            proptest::collection::vec(piece, 0..24).prop_map(|v| v.concat())
        }

        fn gz(bytes: &[u8]) -> Vec<u8> {
            use std::io::Write;
            let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            enc.write_all(bytes).unwrap();
            enc.finish().unwrap()
        }

        proptest! {
            #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() })]

            #[test]
            fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..1500)) {
                for name in EXTENSIONS {
                    let _ = parse("p", Path::new(name), &bytes, &ParseOptions::default());
                }
            }

            #[test]
            fn shaped_input_never_panics(bytes in pieces(), cut in 0usize..400) {
                for name in EXTENSIONS {
                    let _ = parse("p", Path::new(name), &bytes, &ParseOptions::default());
                }
                let zipped = gz(&bytes);
                let cut = zipped.len().saturating_sub(cut);
                for name in ["a.warc.gz", "a.jsonl.gz", "a.html.gz"] {
                    let _ = parse("p", Path::new(name), &zipped, &ParseOptions::default());
                    let _ = parse("p", Path::new(name), &zipped[..cut], &ParseOptions::default());
                }
            }
        }
    }
}
