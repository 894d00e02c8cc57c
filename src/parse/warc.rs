//! WARC archives (`.warc`, `.warc.gz`; CC-NEWS keeps one gzip member a record), read as a stream
//! so a file of any size is never held whole. Each `response` record with an HTML payload becomes an
//! article through the HTML parser; every other record is passed over. A file that breaks off keeps
//! the articles read before the break and reports where it broke.
//!
//! The record reader is written here rather than taken from the `warc` crate: that crate waits for a
//! CRLF-only blank line (an LF-only file is read whole into its header buffer), requires CRLF CRLF
//! after every body, and brings `uuid` 0.8 and `url` along, for what is `name: value` line reading.

use super::{html, ParseError, MAX_FILE_BYTES};
use crate::article::Article;
use crate::dates::parse_datetime;
use chrono::{DateTime, Utc};
use std::cell::Cell;
use std::io::{BufRead, Read};
use std::rc::Rc;

/// Longest header line and header block accepted; real ones are far shorter.
const MAX_LINE: usize = 64 * 1024;
const MAX_HEADER_BLOCK: usize = 1024 * 1024;

/// How many bytes of the underlying file have been read: where a broken file broke.
#[derive(Debug, Clone, Default)]
pub struct ByteOffset(Rc<Cell<u64>>);

impl ByteOffset {
    pub fn wrap<R: Read>(&self, inner: R) -> Counted<R> {
        Counted {
            inner,
            count: self.clone(),
        }
    }

    pub fn get(&self) -> u64 {
        self.0.get()
    }
}

/// A reader that adds what it reads to a [`ByteOffset`].
pub struct Counted<R> {
    inner: R,
    count: ByteOffset,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.0.set(self.count.0.get() + n as u64);
        Ok(n)
    }
}

/// Why reading stopped early.
enum Stop {
    /// The stream ended inside a record, or could not be read or decompressed further.
    Broken(String),
    /// Bytes that are not a WARC record where one should start.
    NotWarc(String),
}

struct Record {
    /// Header names lower-cased.
    headers: Vec<(String, String)>,
    length: u64,
}

impl Record {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Streams the records of one WARC file; returns the messages of records that had to be skipped.
pub fn parse_stream(
    source: &str,
    mut reader: impl BufRead,
    offset: &ByteOffset,
    emit: &mut dyn FnMut(Article),
) -> Result<Vec<String>, ParseError> {
    let mut problems = Vec::new();
    let mut records = 0usize;
    loop {
        let record = match read_header(&mut reader) {
            Ok(Some(record)) => record,
            Ok(None) => break,
            Err(stop) => {
                let (kind, why) = match stop {
                    Stop::Broken(why) => ("truncated or corrupt", why),
                    Stop::NotWarc(why) => ("not a WARC record", why),
                };
                let message = format!("{kind} at byte {}: {why}", offset.get());
                if records == 0 {
                    return Err(ParseError::Malformed {
                        format: "WARC",
                        reason: message,
                    });
                }
                problems.push(format!("record {}: {message}", records + 1));
                break;
            }
        };
        records += 1;
        let uri = record.header("warc-target-uri").map(|u| {
            u.trim()
                .trim_start_matches('<')
                .trim_end_matches('>')
                .to_string()
        });
        let wanted = record
            .header("warc-type")
            .is_some_and(|t| t.eq_ignore_ascii_case("response"))
            && record.length <= MAX_FILE_BYTES;
        if !wanted {
            if record
                .header("warc-type")
                .is_some_and(|t| t.eq_ignore_ascii_case("response"))
            {
                problems.push(format!(
                    "record {records} ({}): {}-byte response is over the limit; skipped",
                    uri.as_deref().unwrap_or("no URI"),
                    record.length
                ));
            }
            if let Err(why) = skip(&mut reader, record.length) {
                problems.push(format!(
                    "record {records}: truncated or corrupt at byte {}: {why}",
                    offset.get()
                ));
                break;
            }
            continue;
        }
        let mut block = Vec::new();
        let read = (&mut reader).take(record.length).read_to_end(&mut block);
        if let Err(e) = read {
            problems.push(format!(
                "record {records}: truncated or corrupt at byte {}: {e}",
                offset.get()
            ));
            break;
        }
        if (block.len() as u64) < record.length {
            problems.push(format!(
                "record {records} ({}): truncated at byte {}: {} of {} bytes present",
                uri.as_deref().unwrap_or("no URI"),
                offset.get(),
                block.len(),
                record.length
            ));
            break;
        }
        let key = uri.clone().unwrap_or_else(|| records.to_string());
        let captured = record.header("warc-date").and_then(parse_datetime);
        match response_article(&format!("{source}#{key}"), &block, uri.as_deref(), captured) {
            Ok(Some(article)) => emit(article),
            Ok(None) => {}
            Err(why) => problems.push(format!("record {records} ({key}): {why}")),
        }
    }
    Ok(problems)
}

/// Reads the next record's header block; `None` at a clean end of the stream.
fn read_header(reader: &mut impl BufRead) -> Result<Option<Record>, Stop> {
    let mut line = Vec::new();
    // Records end with CRLF CRLF; tolerate more or fewer blank lines between them.
    loop {
        line.clear();
        if read_line(reader, &mut line)? == 0 {
            return Ok(None);
        }
        if !line.iter().all(u8::is_ascii_whitespace) {
            break;
        }
    }
    if !line.starts_with(b"WARC/") {
        let shown: String = String::from_utf8_lossy(&line[..line.len().min(20)])
            .chars()
            .filter(|c| !c.is_control())
            .collect();
        return Err(Stop::NotWarc(format!(
            "expected a `WARC/` version line, found `{shown}`"
        )));
    }
    let mut headers: Vec<(String, String)> = Vec::new();
    let mut total = line.len();
    loop {
        line.clear();
        let n = read_line(reader, &mut line)?;
        if n == 0 {
            return Err(Stop::Broken(
                "stream ends inside a record header".to_string(),
            ));
        }
        total += n;
        if total > MAX_HEADER_BLOCK {
            return Err(Stop::NotWarc("record header over 1 MiB".to_string()));
        }
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_end_matches(['\r', '\n']);
        if text.trim().is_empty() {
            break;
        }
        if text.starts_with([' ', '\t']) {
            // A folded header line continues the one before it.
            if let Some((_, value)) = headers.last_mut() {
                value.push(' ');
                value.push_str(text.trim());
            }
            continue;
        }
        if let Some((name, value)) = text.split_once(':') {
            headers.push((name.trim().to_ascii_lowercase(), value.trim().to_string()));
        }
    }
    let length = headers
        .iter()
        .find(|(n, _)| n == "content-length")
        .ok_or_else(|| Stop::NotWarc("record has no Content-Length".to_string()))?
        .1
        .parse::<u64>()
        .map_err(|_| Stop::NotWarc("record Content-Length is not a number".to_string()))?;
    Ok(Some(Record { headers, length }))
}

/// One line including its `\n`, at most [`MAX_LINE`] bytes.
fn read_line(reader: &mut impl BufRead, line: &mut Vec<u8>) -> Result<usize, Stop> {
    let n = reader
        .take(MAX_LINE as u64)
        .read_until(b'\n', line)
        .map_err(|e| Stop::Broken(e.to_string()))?;
    if n == MAX_LINE && !line.ends_with(b"\n") {
        return Err(Stop::NotWarc(format!("header line over {MAX_LINE} bytes")));
    }
    Ok(n)
}

fn skip(reader: &mut impl BufRead, length: u64) -> Result<(), String> {
    let copied =
        std::io::copy(&mut reader.take(length), &mut std::io::sink()).map_err(|e| e.to_string())?;
    if copied < length {
        return Err(format!("{copied} of {length} bytes present"));
    }
    Ok(())
}

/// The HTTP response in a record's block to an article; `None` when it is not an HTML page.
fn response_article(
    source: &str,
    block: &[u8],
    url: Option<&str>,
    captured: Option<DateTime<Utc>>,
) -> Result<Option<Article>, String> {
    let Some((head, body)) = split_http(block) else {
        return Ok(None);
    };
    let head = String::from_utf8_lossy(head);
    let mut lines = head.lines();
    let status_ok = lines
        .next()
        .and_then(|status| status.split_whitespace().nth(1))
        .is_some_and(|code| code.starts_with('2'));
    if !status_ok {
        return Ok(None);
    }
    let mut content_type = None;
    let mut encoding = None;
    let mut chunked = false;
    for line in lines {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim();
        match name.trim().to_ascii_lowercase().as_str() {
            "content-type" => content_type = Some(value.to_ascii_lowercase()),
            "content-encoding" => encoding = Some(value.to_ascii_lowercase()),
            "transfer-encoding" => chunked = value.to_ascii_lowercase().contains("chunked"),
            _ => {}
        }
    }
    let mut payload = if chunked {
        dechunk(body).unwrap_or_else(|| body.to_vec())
    } else {
        body.to_vec()
    };
    if let Some(enc) = encoding.as_deref() {
        payload = decompress(enc, payload)?;
    }
    let is_html = match content_type.as_deref() {
        Some(t) => t.contains("html"),
        None => {
            let start = payload.get(..512).unwrap_or(&payload).to_ascii_lowercase();
            find(&start, b"<html").is_some() || find(&start, b"<!doctype html").is_some()
        }
    };
    if !is_html {
        return Ok(None);
    }
    let charset = content_type.as_deref().and_then(|t| {
        t.split(';')
            .filter_map(|p| p.trim().strip_prefix("charset="))
            .map(|c| c.trim_matches(['"', '\'', ' ']).to_string())
            .next()
    });
    let ctx = html::PageContext {
        url,
        charset: charset.as_deref(),
        fallback_date: captured,
    };
    match html::parse(source, &payload, &ctx) {
        Ok(article) => Ok(Some(article)),
        Err(e) => Err(e.to_string()),
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// HTTP head and body, split at the first blank line (CRLF or bare LF).
fn split_http(block: &[u8]) -> Option<(&[u8], &[u8])> {
    if !block.starts_with(b"HTTP/") {
        return None;
    }
    let crlf = find(block, b"\r\n\r\n").map(|at| (at, at + 4));
    let lf = find(block, b"\n\n").map(|at| (at, at + 2));
    let (end, body) = match (crlf, lf) {
        (Some(a), Some(b)) => {
            if a.0 <= b.0 {
                a
            } else {
                b
            }
        }
        (Some(a), None) => a,
        (None, Some(b)) => b,
        (None, None) => return None,
    };
    Some((&block[..end], &block[body..]))
}

/// Undoes `Transfer-Encoding: chunked`; `None` when the body is not chunked after all (crawlers
/// often store the decoded body but keep the header).
fn dechunk(mut body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    loop {
        let line_end = find(body, b"\n")?;
        let size_text = String::from_utf8_lossy(&body[..line_end]);
        let size_text = size_text
            .trim()
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_string();
        let size = usize::from_str_radix(&size_text, 16).ok()?;
        body = &body[line_end + 1..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(body.get(..size)?);
        body = &body[size..];
        body = body
            .strip_prefix(b"\r\n")
            .or_else(|| body.strip_prefix(b"\n"))
            .unwrap_or(body);
    }
}

/// Undoes `Content-Encoding`, bounded by [`MAX_FILE_BYTES`]; a body already decoded by the crawler
/// (no gzip signature) is kept as it is.
fn decompress(encoding: &str, payload: Vec<u8>) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let limit = MAX_FILE_BYTES + 1;
    let result = match encoding {
        "gzip" | "x-gzip" if payload.starts_with(b"\x1f\x8b") => {
            flate2::read::MultiGzDecoder::new(payload.as_slice())
                .take(limit)
                .read_to_end(&mut out)
        }
        "deflate" => {
            let zlib = flate2::read::ZlibDecoder::new(payload.as_slice())
                .take(limit)
                .read_to_end(&mut out);
            if zlib.is_err() {
                out.clear();
                flate2::read::DeflateDecoder::new(payload.as_slice())
                    .take(limit)
                    .read_to_end(&mut out)
            } else {
                zlib
            }
        }
        "br" | "zstd" if !payload.starts_with(b"<") => {
            return Err(format!("{encoding}-compressed payload is not read"));
        }
        _ => return Ok(payload),
    };
    match result {
        Ok(_) if out.len() as u64 > MAX_FILE_BYTES => {
            Err("decompressed payload is over the size limit".to_string())
        }
        Ok(_) => Ok(out),
        Err(e) => Err(format!("{encoding} payload cannot be decompressed: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{parse, ParseOptions};
    use flate2::write::GzEncoder;
    use std::io::Write;
    use std::path::Path;

    const PAGE: &str = "<html><head><title>T</title></head><body><article><h1>Fares rise</h1>\
        <p>The council voted on Tuesday to raise fares by four per cent, the first rise in years.</p>\
        </article></body></html>";

    fn record(kind: &str, uri: &str, block: &[u8]) -> Vec<u8> {
        let mut out = format!(
            "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n\
             WARC-Date: 2024-05-03T18:19:08Z\r\nContent-Type: application/http; msgtype=response\r\n\
             Content-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        out.extend_from_slice(block);
        out.extend_from_slice(b"\r\n\r\n");
        out
    }

    fn http(content_type: &str, body: &[u8], extra: &str) -> Vec<u8> {
        let mut out =
            format!("HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n{extra}\r\n").into_bytes();
        out.extend_from_slice(body);
        out
    }

    fn gz(bytes: &[u8]) -> Vec<u8> {
        let mut e = GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(bytes).unwrap();
        e.finish().unwrap()
    }

    fn archive() -> Vec<Vec<u8>> {
        vec![
            record("warcinfo", "", b"software: test\r\n"),
            record(
                "request",
                "https://example.org/a",
                b"GET /a HTTP/1.1\r\n\r\n",
            ),
            record(
                "response",
                "<https://example.org/a>",
                &http("text/html; charset=utf-8", PAGE.as_bytes(), ""),
            ),
            record(
                "response",
                "https://example.org/logo.png",
                &http("image/png", b"\x89PNG", ""),
            ),
            record(
                "revisit",
                "https://example.org/a",
                b"HTTP/1.1 200 OK\r\n\r\n",
            ),
            record(
                "response",
                "https://example.org/b",
                &http(
                    "text/html",
                    &gz(PAGE.replace("Fares rise", "Second page").as_bytes()),
                    "Content-Encoding: gzip\r\n",
                ),
            ),
            record(
                "response",
                "https://example.org/c",
                &http(
                    "text/html",
                    format!("{:x}\r\n{PAGE}\r\n0\r\n\r\n", PAGE.len()).as_bytes(),
                    "Transfer-Encoding: chunked\r\n",
                ),
            ),
        ]
    }

    #[test]
    fn reads_html_responses_and_skips_the_rest() {
        let plain: Vec<u8> = archive().concat();
        let parsed = parse(
            "a.warc",
            Path::new("a.warc"),
            &plain,
            &ParseOptions::default(),
        )
        .unwrap();
        assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
        let heads: Vec<&str> = parsed
            .articles
            .iter()
            .map(|a| a.headline.as_str())
            .collect();
        assert_eq!(heads, vec!["Fares rise", "Second page", "Fares rise"]);
        let a = &parsed.articles[0];
        assert_eq!(a.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(a.source, "a.warc#https://example.org/a");
        assert_eq!(
            a.published.unwrap().to_rfc3339(),
            "2024-05-03T18:19:08+00:00"
        );
        assert!(parsed.articles[1]
            .body
            .iter()
            .any(|p| p.contains("council voted")));
        assert!(parsed.articles[2].body.iter().all(|p| !p.starts_with('0')));

        let zipped: Vec<u8> = archive().iter().flat_map(|r| gz(r)).collect();
        let parsed = parse(
            "a.warc.gz",
            Path::new("a.warc.gz"),
            &zipped,
            &ParseOptions::default(),
        )
        .unwrap();
        assert_eq!(parsed.articles.len(), 3);
    }

    #[test]
    fn truncated_gz_keeps_earlier_records() {
        let zipped: Vec<u8> = archive().iter().flat_map(|r| gz(r)).collect();
        let cut = &zipped[..zipped.len() - 40];
        let parsed = parse(
            "t.warc.gz",
            Path::new("t.warc.gz"),
            cut,
            &ParseOptions::default(),
        )
        .unwrap();
        assert_eq!(parsed.articles.len(), 2);
        assert_eq!(parsed.problems.len(), 1);
        let expected = format!("at byte {}", cut.len());
        assert!(
            parsed.problems[0].contains(&expected),
            "{:?}",
            parsed.problems
        );

        let plain: Vec<u8> = archive().concat();
        let cut = &plain[..plain.len() - 100];
        let parsed = parse("t.warc", Path::new("t.warc"), cut, &ParseOptions::default()).unwrap();
        assert_eq!(parsed.articles.len(), 2);
        assert!(
            parsed.problems[0].contains("truncated at byte"),
            "{:?}",
            parsed.problems
        );
    }

    #[test]
    fn not_a_warc_is_an_error() {
        let err = parse(
            "x.warc",
            Path::new("x.warc"),
            b"hello there\n",
            &ParseOptions::default(),
        );
        assert!(
            matches!(err, Err(ParseError::Malformed { format: "WARC", .. })),
            "{err:?}"
        );
        let err = parse(
            "x.warc.gz",
            Path::new("x.warc.gz"),
            b"WARC/1.0\r\n",
            &ParseOptions::default(),
        );
        assert!(
            matches!(err, Err(ParseError::Malformed { format: "gzip", .. })),
            "{err:?}"
        );
        let err = parse(
            "y.warc",
            Path::new("y.warc"),
            b"WARC/1.0\r\nWARC-Type: response\r\n\r\n",
            &ParseOptions::default(),
        );
        assert!(err.unwrap_err().to_string().contains("Content-Length"));
    }
}
