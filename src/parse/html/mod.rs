//! HTML news pages, saved alone or carried in a WARC record. Metadata (headline, dates, byline,
//! standfirst) comes from the page's machine-readable layers first — JSON-LD, Open Graph and other
//! `<meta>` tags — then from visible markup. The body comes from `dom_smoothie` (a Readability
//! port), whose chosen content is walked into paragraphs, captions and related-story links.
//!
//! Layout: `meta` reads the metadata layers, `byline` the authors, `body` the content; this file
//! decodes the bytes, guards against pathological nesting and puts the article together.

mod body;
mod byline;
mod meta;
#[cfg(test)]
mod tests;

use super::{article_id, ParseError};
use crate::article::Article;
use body::{
    captions_of, densest_block, fill_body, readable_content, related_of, remove_chrome, word_count,
    Walk, SCRAP_WORDS,
};
use byline::{choose_byline, is_other_work_credit, is_section_name};
use chrono::{DateTime, Utc};
use dom_query::Document;
use encoding_rs::Encoding;
use meta::Meta;
use std::borrow::Cow;

/// What the caller knows about a page besides its bytes: a WARC record's URL, HTTP charset and
/// capture date.
#[derive(Debug, Default, Clone)]
pub struct PageContext<'a> {
    pub url: Option<&'a str>,
    /// The `charset` of an HTTP `Content-Type` header; it outranks the page's own declaration.
    pub charset: Option<&'a str>,
    /// Used only when the page itself carries no date (a crawl date is a poor publication date).
    pub fallback_date: Option<DateTime<Utc>>,
}

/// Tag nesting past this is refused before parsing: tree building and Readability slow down
/// quadratically with depth (6000 levels take 5 s) and recurse. Real pages stay far below it.
const MAX_NESTING: usize = 1500;

/// Deeper nesting than this is not article structure; the walk stops there rather than risk the stack.
pub(super) const MAX_DEPTH: usize = 256;

/// Parses one HTML page.
pub fn parse(source: &str, bytes: &[u8], ctx: &PageContext) -> Result<Article, ParseError> {
    let (html, decode_warning) = decode(bytes, ctx.charset)?;
    let mut article = Article {
        id: article_id(source),
        source: source.to_string(),
        ..Article::default()
    };
    article.warnings.extend(decode_warning);
    if nesting_depth(&html) > MAX_NESTING {
        return Err(ParseError::Malformed {
            format: "HTML",
            reason: format!(
                "elements nested more than {MAX_NESTING} deep; not a page a person reads"
            ),
        });
    }
    let doc = Document::from(html.as_ref());
    let meta = Meta::read(&doc);
    let page_captions = captions_of(&doc, "article figcaption");
    let page_related = related_of(&doc);
    let mut titles: Vec<String> = ["h1", "title"]
        .iter()
        .filter_map(|sel| first_text(&doc, sel))
        .collect();
    titles.extend(meta.headline.clone());
    remove_chrome(&doc);

    let mut meta = meta;
    let content = readable_content(doc, &mut meta);
    let mut walk = Walk::default();
    if let Some(fragment) = &content {
        walk.node(&fragment.root(), 0);
    }
    walk.flush();
    if word_count(&walk.units) < SCRAP_WORDS {
        // Readability found nothing or a scrap (a footer, a teaser): try the densest text block.
        let doc = Document::from(html.as_ref());
        remove_chrome(&doc);
        if let Some(block) = densest_block(&doc) {
            let mut dense = Walk::default();
            dense.node(&block, 0);
            dense.flush();
            if word_count(&dense.units) > 2 * word_count(&walk.units) {
                walk = dense;
            }
        }
    }

    article.url = ctx.url.map(str::to_string).or(meta.url.clone());
    article.headline = meta.headline.clone().unwrap_or_default();
    article.standfirst = meta.standfirst.clone();
    article.byline = None;
    article.published = meta.published;
    article.updated = meta.updated;
    article.captions = if walk.captions.is_empty() {
        page_captions
    } else {
        walk.captions
    };
    article.related = walk.related;
    for link in page_related {
        if !article.related.contains(&link) {
            article.related.push(link);
        }
    }
    fill_body(&mut article, walk.units, &titles);

    if article.published.is_none() {
        if let Some(date) = meta.readability_date {
            article.published = Some(date);
        } else if let Some(date) = ctx.fallback_date {
            article.published = Some(date);
            article
                .warnings
                .push("no publication date in the page; using the capture date".to_string());
        } else {
            article.warnings.push(super::NO_DATE.to_string());
        }
    }
    let readability_byline = meta
        .readability_byline
        .filter(|b| !is_section_name(b, &meta.sections) && !is_other_work_credit(b));
    article.byline = choose_byline(
        meta.bylines,
        readability_byline,
        article.byline,
        meta.signed,
        &meta.sites,
    );
    if article.headline.is_empty() && article.body.is_empty() {
        return Err(ParseError::NoContent);
    }
    Ok(article)
}

/// An upper bound on element nesting, from the tags alone: start tags that a parser closes by
/// itself (`<p>`, `<li>`, void elements) are not counted.
fn nesting_depth(html: &str) -> usize {
    const NOT_NESTING: &[&str] = &[
        "p", "li", "td", "th", "tr", "dt", "dd", "option", "br", "img", "hr", "meta", "link",
        "input", "area", "base", "col", "embed", "param", "source", "track", "wbr",
    ];
    let (mut depth, mut max) = (0usize, 0usize);
    let bytes = html.as_bytes();
    let mut at = 0;
    while let Some(offset) = bytes[at..].iter().position(|&b| b == b'<') {
        let start = at + offset + 1;
        at = start;
        let Some(&first) = bytes.get(start) else {
            break;
        };
        if first == b'/' {
            depth = depth.saturating_sub(1);
            continue;
        }
        if bytes[start..].starts_with(b"!--") {
            match find(&bytes[start..], b"-->") {
                Some(end) => at = start + end,
                None => break,
            }
            continue;
        }
        if !first.is_ascii_alphabetic() {
            continue;
        }
        let name_len = bytes[start..]
            .iter()
            .position(|b| !b.is_ascii_alphanumeric())
            .unwrap_or(bytes.len() - start);
        let name = html
            .get(start..start + name_len)
            .unwrap_or("")
            .to_ascii_lowercase();
        if NOT_NESTING.contains(&name.as_str()) {
            continue;
        }
        // Script and style text is not markup: `i<n` in a minified loop is no tag.
        if matches!(name.as_str(), "script" | "style" | "textarea" | "title") {
            let close = format!("</{name}");
            match find_ignore_case(&bytes[start..], close.as_bytes()) {
                Some(end) => at = start + end + 1,
                None => break,
            }
            continue;
        }
        depth += 1;
        max = max.max(depth);
        if max > MAX_NESTING {
            break;
        }
    }
    max
}

// ---------------------------------------------------------------------------------------------
// Character set

/// Decodes page bytes: a BOM first, then the HTTP charset, then `<meta charset>`; UTF-8 when nothing
/// is declared. An undeclared page that is not UTF-8 is read as windows-1252, as browsers do.
pub fn decode<'b>(
    bytes: &'b [u8],
    http_charset: Option<&str>,
) -> Result<(Cow<'b, str>, Option<String>), ParseError> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return Ok((text, None));
    }
    if let Some(pos) = bytes.iter().take(8192).position(|&b| b == 0) {
        return Err(ParseError::Binary(pos));
    }
    let declared = http_charset
        .and_then(|l| Encoding::for_label(l.trim().as_bytes()))
        .or_else(|| meta_charset(bytes).and_then(|l| Encoding::for_label(l.as_bytes())));
    // A page that declares UTF-16 while being read as bytes is ASCII-compatible in fact (HTML spec).
    let declared = declared.map(|e| e.output_encoding());
    // Templates keep a stale `<meta charset>` after a site moves to UTF-8; text that is valid
    // UTF-8 and not plain ASCII is almost never valid legacy text by accident.
    let utf8_in_fact = declared.is_some_and(|e| e != encoding_rs::UTF_8)
        && !bytes.is_ascii()
        && std::str::from_utf8(bytes).is_ok();
    match declared {
        Some(enc) if enc != encoding_rs::UTF_8 && !utf8_in_fact => {
            Ok((enc.decode_without_bom_handling(bytes).0, None))
        }
        Some(_) => Ok((String::from_utf8_lossy(bytes), None)),
        None => match std::str::from_utf8(bytes) {
            Ok(text) => Ok((Cow::Borrowed(text), None)),
            Err(e) => {
                let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
                let warning = format!(
                    "no charset declared and not UTF-8 (bad byte at offset {}); {}",
                    e.valid_up_to(),
                    super::READ_AS_1252
                );
                Ok((text, Some(warning)))
            }
        },
    }
}

/// The label in `<meta charset="…">` or `<meta http-equiv content="…; charset=…">` within the
/// first 4 KiB, where the HTML standard says a declaration must be.
fn meta_charset(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = find(&lower[from..], b"charset") {
        let start = from + at + b"charset".len();
        from = start;
        let before = &lower[..start];
        if !before
            .iter()
            .rposition(|&b| b == b'<')
            .is_some_and(|lt| before[lt..].starts_with(b"<meta"))
        {
            continue;
        }
        let rest = &lower[start..];
        let rest = rest.strip_prefix(b" ").unwrap_or(rest);
        let Some(rest) = rest.strip_prefix(b"=") else {
            continue;
        };
        let rest: &[u8] = {
            let mut r = rest;
            while let Some((first, tail)) = r.split_first() {
                if matches!(first, b' ' | b'"' | b'\'') {
                    r = tail;
                } else {
                    break;
                }
            }
            r
        };
        let label: String = rest
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.'))
            .map(|&b| b as char)
            .collect();
        if !label.is_empty() {
            return Some(label);
        }
    }
    None
}

fn find_ignore_case(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

pub(super) fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// A name squeezed for comparison: lower-case letters and digits only.
pub(super) fn squeeze(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// `https://www.stern.de/x` → `stern.de`.
pub(super) fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    Some(host.trim_start_matches("www.").to_string())
}

/// The publication itself named where a person should be: "STERN.de", "mdr.de", "Lesotho Times".
pub(super) fn is_site_name(name: &str, sites: &[String]) -> bool {
    let n = squeeze(name);
    !n.is_empty()
        && sites
            .iter()
            .any(|s| n == *s || (n.len() >= 3 && s.contains(&n)) || (s.len() >= 3 && n.contains(s)))
}

pub(super) fn first_text(doc: &Document, selector: &str) -> Option<String> {
    doc.select(selector)
        .nodes()
        .iter()
        .map(|n| clean_text(&n.text()))
        .find(|s| !s.is_empty())
}

/// JSON-LD sits in a raw-text `<script>`, so its entities were not decoded with the page's.
pub(super) fn decode_entities(s: &str) -> String {
    if s.contains('&') {
        Document::fragment(s).root().text().to_string()
    } else {
        s.to_string()
    }
}

/// Whitespace collapsed and trimmed, invisible characters dropped (a soft hyphen or zero-width
/// space inside a word would split it for search); entities are already decoded by the parser.
pub(super) fn clean_text(s: &str) -> String {
    s.split_whitespace()
        .map(|w| w.replace(INVISIBLE, ""))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

pub(super) const INVISIBLE: [char; 5] = ['\u{ad}', '\u{200b}', '\u{200c}', '\u{200d}', '\u{feff}'];
