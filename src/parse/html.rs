//! HTML news pages, saved alone or carried in a WARC record. Metadata (headline, dates, byline,
//! standfirst) comes from the page's machine-readable layers first — JSON-LD, Open Graph and other
//! `<meta>` tags — then from visible markup. The body comes from `dom_smoothie` (a Readability
//! port), whose chosen content is walked here into paragraphs, captions and related-story links.

use super::{article_id, text, ParseError};
use crate::article::Article;
use crate::dates::{has_zone, parse_datetime};
use chrono::{DateTime, Utc};
use dom_query::{Document, NodeId, NodeRef};
use encoding_rs::Encoding;
use serde_json::Value;
use std::borrow::Cow;
use std::collections::HashMap;

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

/// Readability's default of 500 characters accepts teaser blocks too readily on modern pages;
/// 1000 measured best on the WCXB dev pages (mean word F1 0.929 → 0.935).
const CHAR_THRESHOLD: usize = 1000;

/// Chrome-named elements with less text than this (in characters) are removed outright.
const SMALL_CHROME: usize = 400;

/// A content block with fewer words than this is probably not the article.
const SCRAP_WORDS: usize = 80;

/// Tag nesting past this is refused before parsing: tree building and Readability slow down
/// quadratically with depth (6000 levels take 5 s) and recurse. Real pages stay far below it.
const MAX_NESTING: usize = 1500;

/// Deeper nesting than this is not article structure; the walk stops there rather than risk the stack.
const MAX_DEPTH: usize = 256;

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

/// The first byline that names people rather than the publication itself ("STERN.de", "Lesotho
/// Times" in the author slot while the page names its writer elsewhere); else the first there is:
/// an organisation is the author when no person is named. `signed` (a bold name alone on a line at
/// the top or foot of the text) is the weakest source, used only when nothing else names a person.
fn choose_byline(
    metadata: Vec<String>,
    readability: Option<String>,
    in_text: Option<String>,
    signed: Option<String>,
    sites: &[String],
) -> Option<String> {
    let first = metadata.first().cloned();
    let people = metadata
        .into_iter()
        .chain(in_text)
        .chain(readability)
        .chain(signed)
        .find(|b| !is_site_name(b, sites));
    people.or(first)
}

/// Sorts walked units into body, related links, and the header lines (headline repeat, byline,
/// date line) that open the content block.
fn fill_body(article: &mut Article, units: Vec<String>, titles: &[String]) {
    let titles: Vec<String> = titles.iter().map(|t| normalise_for_compare(t)).collect();
    // A page shows its standfirst above the body; the text is already the article's standfirst.
    let standfirst = article.standfirst.as_deref().map(normalise_for_compare);
    for (i, unit) in units.into_iter().enumerate() {
        let opening = article.body.len() < 4 && i < 8;
        let repeated = |u: &str| {
            let u = normalise_for_compare(u);
            titles.contains(&u) || standfirst.as_ref() == Some(&u)
        };
        if opening && repeated(&unit) {
            continue;
        }
        if opening {
            if let Some(name) = text::byline(&unit) {
                article.byline.get_or_insert_with(|| name.to_string());
                continue;
            }
            if text::is_date_line(&unit) {
                if article.published.is_none() {
                    text::read_date_line(&unit, article);
                }
                continue;
            }
        }
        match text::related_link(&unit) {
            Some(link) if !link.is_empty() => article.related.push(link.to_string()),
            _ => article.body.push(unit),
        }
    }
}

fn normalise_for_compare(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Runs Readability and re-parses its chosen content as a fragment to walk.
fn readable_content(doc: Document, meta: &mut Meta) -> Option<Document> {
    let cfg = dom_smoothie::Config {
        char_threshold: CHAR_THRESHOLD,
        ..dom_smoothie::Config::default()
    };
    // No page URL: Readability uses it only to make links absolute, which the walk does not keep,
    // and a relative or odd WARC URL would make it refuse the page.
    let mut readability = dom_smoothie::Readability::with_document(doc, None, Some(cfg)).ok()?;
    let found = readability.parse().ok()?;
    meta.readability_byline = found
        .byline
        .as_deref()
        .map(clean_byline)
        .filter(|b| is_byline_name(b));
    meta.readability_date = found.published_time.as_deref().and_then(parse_datetime);
    let fragment = Document::fragment(found.content);
    Some(fragment)
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

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

// ---------------------------------------------------------------------------------------------
// Metadata

#[derive(Debug, Default)]
struct Meta {
    headline: Option<String>,
    standfirst: Option<String>,
    published: Option<DateTime<Utc>>,
    updated: Option<DateTime<Utc>>,
    url: Option<String>,
    readability_date: Option<DateTime<Utc>>,
    readability_byline: Option<String>,
    /// The publication's own names (site name, publisher, host), squeezed.
    sites: Vec<String>,
    /// Every byline the metadata offers, best source first.
    bylines: Vec<String>,
    /// The page's section names (`article:section`, JSON-LD `articleSection`), squeezed.
    sections: Vec<String>,
    /// A name set alone in bold at the top or foot of the article text.
    signed: Option<String>,
}

/// `<meta>` keys (property, name or itemprop, lower-cased) that carry a publication date, best first.
const PUBLISHED_KEYS: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "article:published",
    "datepublished",
    "date-published",
    "publish-date",
    "publishdate",
    "publish_date",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "date",
    "article.published",
    "og:published_time",
    "cxenseparse:recs:publishtime",
    "article:post_date",
];

const MODIFIED_KEYS: &[&str] = &[
    "article:modified_time",
    "og:article:modified_time",
    "datemodified",
    "og:updated_time",
    "dcterms.modified",
    "last-modified",
    "article.updated",
];

const AUTHOR_KEYS: &[&str] = &[
    "author",
    "article:author",
    "dc.creator",
    "dcterms.creator",
    "parsely-author",
    "sailthru.author",
    "byl",
    "cxenseparse:author",
    "articleauthor",
];

impl Meta {
    fn read(doc: &Document) -> Meta {
        let mut meta = Meta::default();
        let tags = meta_tags(doc);
        let tag = |key: &str| {
            tags.iter()
                .find(|(k, v)| k == key && !v.is_empty())
                .map(|(_, v)| v.clone())
        };
        let ld = json_ld_articles(doc);
        let ld_str = |field: &str| {
            ld.iter()
                .filter_map(|v| v.get(field).and_then(first_string))
                .find(|s| !s.is_empty())
        };

        meta.url = doc
            .select("link[rel=canonical]")
            .attr("href")
            .map(|s| s.to_string())
            .or_else(|| tag("og:url"))
            .filter(|u| u.starts_with("http"));
        // Templates fill `application-name` with the page's own title; taken as the site's name it
        // would cut the headline's second half off as a "site suffix".
        let page_title = first_text(doc, "title").map(|t| squeeze(&t));
        let mut sites: Vec<String> = ["og:site_name", "application-name", "twitter:site"]
            .iter()
            .filter_map(|k| {
                tag(k).filter(|v| *k != "application-name" || Some(squeeze(v)) != page_title)
            })
            .collect();
        sites.extend(ld.iter().filter_map(|v| {
            v.get("publisher")
                .and_then(|p| p.get("name"))
                .and_then(first_string)
        }));
        sites.extend(meta.url.as_deref().and_then(host));
        let sites: Vec<String> = sites
            .iter()
            .map(|s| squeeze(s))
            .filter(|s| s.len() >= 2)
            .collect();

        let mut sections: Vec<String> = ["article:section", "section"]
            .iter()
            .filter_map(|k| tag(k))
            .collect();
        sections.extend(ld_str("articleSection"));
        // The names of the site's category pages, as its menus link them; one word only, as a
        // columnist's own category page is named for the columnist.
        sections.extend(
            doc.select("a[href*='/category/'], a[href*='/section/']")
                .nodes()
                .iter()
                .take(200)
                .map(|n| clean_text(&n.text()))
                .filter(|t| !t.contains(' ')),
        );
        // Short ones only: a template may put the whole headline in `article:section`.
        let sections: Vec<String> = sections
            .iter()
            .filter(|s| s.split_whitespace().count() <= 4 && s.chars().count() <= 40)
            .map(|s| squeeze(s))
            .filter(|s| !s.is_empty())
            .collect();
        // A title's tail may name the section as well as the site: `Headline-Politics | Paper`.
        let strip = |t: &str| strip_site(t, &sites, &sections);
        // A paragraph put in a headline field (some templates fill JSON-LD `headline` with the
        // lead) is no headline: the next source is.
        let usable = |t: &String| {
            let t = clean_text(t);
            !t.is_empty()
                && t.chars().count() <= 200
                && !sites.contains(&squeeze(&t))
                && !is_section_name(&t, &sections)
        };
        let og_title = tag("og:title").map(|t| clean_text(&strip(&t)));
        // The order the brief sets. Measured on the fundus pages: each source alone matches the
        // expected headline on 73% (JSON-LD), 69% (og:title), 72% (<h1>), 23% (<title>); the
        // best of all 120 orders of five sources reaches only 82%, because the expected values
        // follow each publisher's own choice. Letting the sources vote (the text most
        // sources agree on) does worse still (79%): where og:title and <h1> agree against JSON-LD,
        // JSON-LD is the expected one on 13 pages, the pair on 8. Agreement is used only
        // where one source is another plus furniture: a kicker, a site or section tail.
        meta.headline = ld_str("headline")
            .map(|s| strip(&decode_entities(&s)))
            .filter(usable)
            .or_else(|| og_title.clone().filter(usable))
            .or_else(|| visible_headline(doc, &sites).filter(usable))
            .or_else(|| first_text(doc, "title").map(|t| strip(&t)))
            .map(|s| clean_text(&s))
            .filter(|s| !s.is_empty())
            .map(|s| trim_to_visible(s, doc, tag("headline")))
            .map(|s| drop_kicker(s, og_title.as_deref()));

        meta.standfirst = tag("og:description")
            .or_else(|| tag("description"))
            .or_else(|| tag("twitter:description"))
            .or_else(|| ld_str("description"))
            .map(|s| clean_text(&s))
            .filter(|s| !s.is_empty());

        let mut published: Vec<String> = ld
            .iter()
            .filter_map(|v| v.get("datePublished").and_then(first_string))
            .collect();
        published.extend(PUBLISHED_KEYS.iter().filter_map(|k| tag(k)));
        published.extend(time_elements(doc));
        published.extend(date_texts(doc));
        meta.published = best_date(&published);
        let mut modified: Vec<String> = ld
            .iter()
            .filter_map(|v| v.get("dateModified").and_then(first_string))
            .collect();
        modified.extend(MODIFIED_KEYS.iter().filter_map(|k| tag(k)));
        meta.updated = best_date(&modified);

        let plausible = |names: Vec<String>| {
            join_names(
                names
                    .into_iter()
                    .map(|n| clean_byline(&n))
                    .filter(|n| is_byline_name(n))
                    .collect(),
            )
        };
        let mut bylines: Vec<String> = ld
            .iter()
            .filter_map(|v| plausible(v.get("author").map(author_names).unwrap_or_default()))
            .collect();
        // Every value of an author key: a page may give the publication and its writer as two
        // `<meta name=author>`; the publication's name is dropped when a person is named beside it.
        bylines.extend(AUTHOR_KEYS.iter().filter_map(|k| {
            let values: Vec<String> = tags
                .iter()
                .filter(|(key, v)| key == k && !v.is_empty())
                .map(|(_, v)| strip_role(&clean_byline(v)))
                .collect();
            let people: Vec<String> = values
                .iter()
                .filter(|v| !is_site_name(v, &sites))
                .cloned()
                .collect();
            plausible(if people.is_empty() { values } else { people })
        }));
        bylines.extend(plausible(written_by(&tags)));
        bylines.extend(plausible(
            doc.select("a[rel=author], [itemprop=author] [itemprop=name], [rel=author]")
                .iter()
                .map(|s| clean_text(&s.text()))
                .collect(),
        ));
        bylines.extend(plausible(microdata_authors(doc)));
        bylines.extend(plausible(visible_bylines(doc, &sites)));
        meta.bylines = bylines
            .into_iter()
            .filter(|b| !is_section_name(b, &sections))
            .collect();
        meta.signed = signed_name(doc);
        meta.sites = sites;
        meta.sections = sections;
        meta
    }
}

/// A name squeezed for comparison: lower-case letters and digits only.
fn squeeze(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// `https://www.stern.de/x` → `stern.de`.
fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    Some(host.trim_start_matches("www.").to_string())
}

/// The publication itself named where a person should be: "STERN.de", "mdr.de", "Lesotho Times".
fn is_site_name(name: &str, sites: &[String]) -> bool {
    let n = squeeze(name);
    !n.is_empty()
        && sites
            .iter()
            .any(|s| n == *s || (n.len() >= 3 && s.contains(&n)) || (s.len() >= 3 && n.contains(s)))
}

/// A byline names people or a desk, not an e-mail address, a URL slug (`chuck-ross`) or a CMS's
/// numeric user id (`105092`). The publication's own name is kept: archives (and the fundus
/// expectations) credit it as author.
fn is_byline_name(name: &str) -> bool {
    let slug = !name.contains(' ') && name.contains('-') && name == name.to_lowercase();
    let lettered = name.chars().any(char::is_alphabetic);
    is_name(name) && lettered && !name.contains('@') && !slug
}

/// Microdata `itemprop="author"` set on a plain element (no `itemscope`): its text is the value, by
/// the microdata rules. Several authors may share one element, split by `;` (`ann;ben`). Only an
/// element holding text (or one link) is read: a box of name, job title and links runs their texts
/// together (`Ann LeeSenior Editor`).
fn microdata_authors(doc: &Document) -> Vec<String> {
    doc.select("[itemprop~=author]")
        .nodes()
        .iter()
        .filter(|n| {
            let tag = n.node_name().unwrap_or_default().to_ascii_lowercase();
            let children = n.element_children();
            let plain = match children.as_slice() {
                [] => true,
                [only] => only.element_children().is_empty(),
                _ => false,
            };
            !matches!(tag.as_str(), "meta" | "link")
                && !n.has_attr("itemscope")
                && plain
                && in_article_header(n)
                && !credited_for_other_work(n)
        })
        .flat_map(|n| {
            clean_text(&n.text())
                .split(';')
                .map(|p| p.trim().to_string())
                .collect::<Vec<_>>()
        })
        .filter(|p| !p.is_empty())
        .collect()
}

/// A section name ("Politik", "منوعات") where a byline or headline should be.
fn is_section_name(name: &str, sections: &[String]) -> bool {
    let n = squeeze(name);
    !n.is_empty() && sections.contains(&n)
}

/// Job titles after a name: "신현주 기자", "Ann Lee, Staff Writer".
fn strip_role(name: &str) -> String {
    const ROLES: &[&str] = &[
        "기자",
        "특파원",
        "staff writer",
        "staff reporter",
        "reporter",
        "correspondent",
        "redakteur",
        "redakteurin",
    ];
    let lower = name.to_lowercase();
    if lower.len() != name.len() {
        return name.to_string();
    }
    for role in ROLES {
        let Some(head) = lower.strip_suffix(role) else {
            continue;
        };
        if !head.ends_with([' ', ',', '-', '|']) {
            continue;
        }
        let cut = head.trim_end_matches([' ', ',', '-', '–', '|']).len();
        if cut > 0 && name.is_char_boundary(cut) {
            return name[..cut].to_string();
        }
    }
    name.to_string()
}

/// `twitter:labelN` "Written by" with its `twitter:dataN`: the writer where `author` holds an
/// e-mail address or the publication.
fn written_by(tags: &[(String, String)]) -> Vec<String> {
    (1..=4)
        .filter(|i| {
            tags.iter().any(|(k, v)| {
                *k == format!("twitter:label{i}") && v.trim().eq_ignore_ascii_case("written by")
            })
        })
        .filter_map(|i| {
            let key = format!("twitter:data{i}");
            tags.iter().find(|(k, _)| *k == key).map(|(_, v)| v.clone())
        })
        .collect()
}

/// Words that stand before a byline's names: "By", "Von", "Autor:".
const BYLINE_LABELS: &[&str] = &[
    "by",
    "von",
    "par",
    "por",
    "author",
    "authors",
    "autor",
    "autorin",
    "autoren",
    "autorin/autor",
    "auteur",
    "autore",
    "written by",
    "text",
];

/// A byline as a page shows it, labelled ("Von Ann Lee, Berlin", "Autor: Ann Lee") or in an element
/// named for it (`.byline`, `.author`); the label, the publication's name and trailing dates go.
fn byline_text(raw: &str, sites: &[String], min_words: usize) -> Option<String> {
    let mut s = clean_text(raw);
    let mut labelled = false;
    loop {
        let lower = s.to_lowercase();
        let label = BYLINE_LABELS.iter().find(|l| {
            lower.starts_with(*l)
                && lower[l.len()..].starts_with(|c: char| c == ':' || c.is_whitespace())
        });
        match label {
            Some(l) => s = s[l.len()..].trim_start_matches([':', ' ']).to_string(),
            None => break,
        }
        labelled = true;
    }
    let s = s.split(['|', '•', '·']).next().unwrap_or("").trim();
    let mut names: Vec<&str> = s
        .split([',', '/', '&'])
        .flat_map(|p| p.split(" und ").flat_map(|p| p.split(" and ")))
        .map(str::trim)
        .filter(|p| !p.is_empty() && !is_site_name(p, sites))
        .collect();
    // `Von Ann Lee, Berlin`: in a labelled byline, one word after a comma, where a full name is
    // wanted, is the place the writer files from. Unlabelled, it is as often a job title in an
    // author box whose name runs into its role (`Ann LeeHead Chef, Founder`).
    let place = s.rsplit_once(',').map(|(_, tail)| tail.trim());
    if labelled && min_words >= 2 && names.len() >= 2 && place == names.last().copied() {
        let single = place.is_some_and(|p| p.split_whitespace().count() == 1);
        if single {
            names.pop();
        }
    }
    let looks_named = |p: &&str| {
        let words: Vec<&str> = p.split_whitespace().collect();
        (min_words.max(1)..=5).contains(&words.len())
            && !BYLINE_LABELS.contains(&p.to_lowercase().as_str())
            && !p
                .chars()
                .any(|c| c.is_ascii_digit() || "*:()[]{}<>=?!@#\"".contains(c))
            && !words.iter().any(|w| {
                NOT_NAMES.contains(
                    &w.trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase()
                        .as_str(),
                )
            })
            && words.iter().all(|w| {
                !w.starts_with(char::is_lowercase)
                    || [
                        "de", "van", "von", "der", "da", "di", "la", "le", "bin", "al",
                    ]
                    .contains(w)
            })
    };
    if names.is_empty() || !names.iter().all(looks_named) {
        return None;
    }
    Some(names.join(", "))
}

/// Words of buttons and share bars that sit in author boxes: no part of a name.
const NOT_NAMES: &[&str] = &[
    "twitter",
    "facebook",
    "instagram",
    "linkedin",
    "whatsapp",
    "email",
    "e-mail",
    "share",
    "follow",
    "folgen",
    "teilen",
    "mail",
    "print",
    "profile",
    "more",
    "posts",
    "articles",
];

/// Bylines shown on the page: elements classed `byline` or `author` (the innermost that reads as
/// names), and labels such as `<strong>Autor</strong> Ann Lee`.
fn visible_bylines(doc: &Document, sites: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for node in doc
        .select("[class*=byline], [class*=author], [class*=Author]")
        .nodes()
    {
        let text = node.text();
        if text.len() > 200 || !in_article_header(node) || credited_for_other_work(node) {
            continue;
        }
        if let Some(name) = byline_text(&text, sites, 2) {
            out.push(name);
            break;
        }
    }
    // Links to an author's page: `<a href="/autoren/ann-lee">Ann Lee</a>`.
    let author_links = doc.select(
        "a[href*='/author/'], a[href*='/authors/'], a[href*='/autor/'], a[href*='/autoren/'], \
         a[href*='/auteur/'], a[href*='/reporter/'], a[href*='/journalist/']",
    );
    let mut linked: Vec<String> = Vec::new();
    for link in author_links.nodes() {
        if !in_article_header(link) || credited_for_other_work(link) {
            continue;
        }
        if let Some(names) = byline_text(&link.text(), sites, 2) {
            for name in names.split(", ") {
                if !linked.iter().any(|l| l == name) {
                    linked.push(name.to_string());
                }
            }
        }
        if linked.len() >= 4 {
            break;
        }
    }
    if !linked.is_empty() {
        out.push(linked.join(", "));
    }
    for label in doc.select("strong, b, dt, th").nodes() {
        let l = clean_text(&label.text())
            .trim_end_matches(':')
            .to_lowercase();
        if ![
            "autor",
            "autorin",
            "autorin/autor",
            "author",
            "autoren",
            "auteur",
        ]
        .contains(&l.as_str())
        {
            continue;
        }
        let Some(parent) = label.parent() else {
            continue;
        };
        let text = parent.text();
        if text.len() > 200 || !in_article_header(&parent) {
            continue;
        }
        if let Some(name) = byline_text(&text, sites, 2) {
            out.push(name);
            break;
        }
    }
    if !out.is_empty() {
        return out;
    }
    // A label as the element's own opening text, the names in links or spans after it:
    // `<li>Von: <a href="/ann-lee">Ann Lee</a>, <a …>Ben Rowe</a></li>`. Only where the page
    // marks its byline no other way: an author box may repeat a name so, with its job title.
    for line in doc.select("li, p, div, span").nodes() {
        let Some(first) = line.first_child().filter(NodeRef::is_text) else {
            continue;
        };
        let label = clean_text(&first.text())
            .trim_end_matches(':')
            .trim_end()
            .to_lowercase();
        if label.is_empty() || !BYLINE_LABELS.contains(&label.as_str()) {
            continue;
        }
        let text = line.text();
        if text.len() > 200 || !in_article_header(line) || credited_for_other_work(line) {
            continue;
        }
        if let Some(name) = byline_text(&text, sites, 2) {
            out.push(name);
            break;
        }
    }
    out
}

/// Class or id words of blocks whose names are not the article's writers: comments and their
/// forms, teasers of other stories, sidebars.
const OTHER_PEOPLE: &[&str] = &[
    "comment",
    "comments",
    "reply",
    "respond",
    "related",
    "recommended",
    "teaser",
    "sidebar",
    "widget",
    "more",
    "recirculation",
    "review",
    "reviews",
    "footer",
    "form",
];

/// Not inside comments, a comment form, other stories' teasers, a sidebar or page furniture.
fn in_article_header(node: &NodeRef) -> bool {
    let mut at = Some(*node);
    let mut depth = 0;
    while let Some(n) = at {
        let name = n.node_name().unwrap_or_default().to_ascii_lowercase();
        if matches!(
            name.as_str(),
            "form" | "aside" | "footer" | "nav" | "label" | "figure" | "figcaption"
        ) {
            return false;
        }
        let mut words = String::new();
        for attr in ["class", "id"] {
            if let Some(v) = n.attr(attr) {
                words.push_str(&v.to_ascii_lowercase());
                words.push(' ');
            }
        }
        if words
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(|w| OTHER_PEOPLE.contains(&w.trim_end_matches(|c: char| c.is_ascii_digit())))
        {
            return false;
        }
        depth += 1;
        if depth > MAX_DEPTH {
            break;
        }
        at = n.parent();
    }
    true
}

/// "Reviewed by", "Updated by", "Photo by" before the element: a person credited for something
/// other than writing the article.
fn credited_for_other_work(node: &NodeRef) -> bool {
    let own = clean_text(&node.text());
    let Some(parent) = node.parent() else {
        return false;
    };
    let around = clean_text(&parent.text());
    let Some(at) = around.find(&own).filter(|_| !own.is_empty()) else {
        return false;
    };
    let before = around[..at].trim_end().to_lowercase();
    OTHER_WORK.iter().any(|w| before.ends_with(w)) || is_other_work_credit(&own)
}

/// "Reviewed by Ann Lee", "Photo by Ben Rowe": a credit, not a byline.
fn is_other_work_credit(text: &str) -> bool {
    let text = text.trim_start().to_lowercase();
    OTHER_WORK.iter().any(|w| text.starts_with(w))
}

/// Credits for work other than writing the article.
const OTHER_WORK: &[&str] = &[
    "reviewed by",
    "updated by",
    "edited by",
    "checked by",
    "photo by",
    "photos by",
    "photograph by",
    "illustration by",
    "illustrations by",
    "video by",
];

/// A name set alone in bold as its own paragraph among the first few of the article text or as its
/// last: "<p><strong>Ann Lee</strong></p>", as small papers sign their articles.
fn signed_name(doc: &Document) -> Option<String> {
    let body = doc
        .select("[itemprop=articleBody], .entry-content, article")
        .nodes()
        .first()
        .cloned()?;
    let paras: Vec<NodeRef> = body
        .descendants_it()
        .filter(|n| n.node_name().is_some_and(|t| t.eq_ignore_ascii_case("p")))
        .filter(|p| !clean_text(&p.text()).is_empty())
        .collect();
    let last = paras.len().saturating_sub(1);
    for (i, p) in paras.iter().enumerate() {
        if i >= 4 && i != last {
            continue;
        }
        let text = clean_text(&p.text());
        let bold: String = p
            .children_it(false)
            .filter(|c| {
                c.node_name().is_some_and(|t| {
                    t.eq_ignore_ascii_case("strong") || t.eq_ignore_ascii_case("b")
                })
            })
            .map(|c| clean_text(&c.text()))
            .collect::<Vec<_>>()
            .join(" ");
        if bold != text
            || text.split_whitespace().count() < 2
            || text.ends_with(['.', ':', '?', '!'])
        {
            continue;
        }
        if let Some(name) = byline_text(&text, &[], 2) {
            return Some(name);
        }
    }
    None
}

/// `Kicker: Headline` in JSON-LD (and often `<h1>`, which sets the kicker line inside it) where
/// Open Graph reads `Headline`: the kicker is the topic line above the headline, not part of it.
/// The separator must stand apart (`: `, ` - `): `MSV-Trainer …` against `Trainer …` is one word.
/// A kicker is a few words; a longer lead ("The 2024 Beauty Awards of …:") is a series title that
/// belongs to the headline.
fn drop_kicker(headline: String, og_title: Option<&str>) -> String {
    let Some(og) = og_title.filter(|og| og.chars().count() >= 6) else {
        return headline;
    };
    let Some(head) = headline.strip_suffix(og) else {
        return headline;
    };
    let kicker = head.trim_end();
    let spaced = kicker.len() < head.len();
    let words = kicker.split_whitespace().count();
    if spaced && (1..=5).contains(&words) && kicker.ends_with([':', '-', '–', '—', '|']) {
        og.to_string()
    } else {
        headline
    }
}

/// The page's own `<h1>`, which is what the reader sees as the headline: JSON-LD and Open Graph
/// often carry a search-engine variant of it. Site logos set in `<h1>` are passed over.
fn visible_headline(doc: &Document, sites: &[String]) -> Option<String> {
    let plausible =
        |t: &String| t.chars().count() >= 6 && t.len() <= 400 && !is_site_name(t, sites);
    let scoped = doc.select("article h1, main h1, [itemprop=articleBody] h1, [role=main] h1");
    scoped
        .nodes()
        .iter()
        .chain(doc.select("h1").nodes().iter())
        .map(|n| clean_text(&n.text()))
        .find(plausible)
}

/// `Headline | Section` where the page's `<h1>` (or its microdata `headline`) reads `Headline`:
/// two sources agree on the shorter text, and the tail is template furniture.
fn trim_to_visible(headline: String, doc: &Document, microdata: Option<String>) -> String {
    let h1s = doc.select("h1");
    let shorter = h1s
        .nodes()
        .iter()
        .map(|n| clean_text(&n.text()))
        .chain(microdata.map(|m| clean_text(&m)))
        .collect::<Vec<_>>();
    for short in shorter {
        if short.chars().count() < 6 {
            continue;
        }
        if let Some(rest) = headline.strip_prefix(short.as_str()) {
            if rest
                .trim_start()
                .starts_with(['|', '-', '–', '—', '·', 'ㅣ'])
            {
                return short;
            }
        }
    }
    headline
}

/// `Title | Site`, `Title • Site`, `Title - Site.de` → `Title`, when the tail names the site (or
/// the section); `Site | Title` → `Title`; `Title-Section`, with no space, only when the tail is
/// exactly the page's section.
fn strip_site(title: &str, sites: &[String], sections: &[String]) -> String {
    const SEPARATORS: [&str; 9] = [
        " | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", "ㅣ",
    ];
    for sep in SEPARATORS {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            let tail_is_date = parse_datetime(tail).is_some();
            let furniture = is_site_name(tail, sites) || is_section_name(tail, sections);
            if !head.trim().is_empty() && (furniture || tail_is_date) {
                return strip_site(head.trim(), sites, sections);
            }
        }
    }
    for sep in SEPARATORS {
        if let Some((head, tail)) = title.split_once(sep) {
            if !tail.trim().is_empty() && is_site_name(head, sites) {
                return strip_site(tail.trim(), sites, sections);
            }
        }
    }
    if let Some((head, tail)) = title.rsplit_once(['-', '|']) {
        if !head.trim().is_empty() && is_section_name(tail, sections) {
            return strip_site(head.trim(), sites, sections);
        }
    }
    title.to_string()
}

/// The first date that parses; but a date given without a zone (or a bare day) yields to a later
/// candidate that has one and falls within the same day, as pages often write the same moment
/// both ways.
fn best_date(candidates: &[String]) -> Option<DateTime<Utc>> {
    let mut parsed = candidates
        .iter()
        .filter_map(|c| parse_datetime(c).map(|d| (d, has_zone(c))));
    let (first, zoned) = parsed.next()?;
    if zoned {
        return Some(first);
    }
    parsed
        .find(|(d, z)| *z && (*d - first).num_hours().abs() <= 14)
        .map(|(d, _)| d)
        .or(Some(first))
}

/// Every `<meta>` as (key, content): key is `property`, `name` or `itemprop`, lower-cased.
fn meta_tags(doc: &Document) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for node in doc.select("meta").nodes() {
        let Some(content) = node.attr("content").or_else(|| node.attr("datetime")) else {
            continue;
        };
        for attr in ["property", "name", "itemprop"] {
            if let Some(key) = node.attr(attr) {
                out.push((key.trim().to_ascii_lowercase(), content.trim().to_string()));
            }
        }
    }
    out
}

/// `datetime`/`content` of elements marked as the publication date, then of every `<time>`.
fn time_elements(doc: &Document) -> Vec<String> {
    let mut out = Vec::new();
    for sel in ["[itemprop=datePublished]", "time[datetime]"] {
        for n in doc.select(sel).nodes() {
            out.extend(
                n.attr("datetime")
                    .or_else(|| n.attr("content"))
                    .map(|v| v.to_string()),
            );
        }
    }
    out
}

/// Short texts of elements whose class names a date: the visible date line.
fn date_texts(doc: &Document) -> Vec<String> {
    doc.select("[class*=date], [class*=publish], [class*=time]")
        .nodes()
        .iter()
        .map(|n| clean_text(&n.text()))
        .filter(|t| !t.is_empty() && t.len() <= 80)
        .take(20)
        .collect()
}

fn first_text(doc: &Document, selector: &str) -> Option<String> {
    doc.select(selector)
        .nodes()
        .iter()
        .map(|n| clean_text(&n.text()))
        .find(|s| !s.is_empty())
}

/// JSON-LD sits in a raw-text `<script>`, so its entities were not decoded with the page's.
fn decode_entities(s: &str) -> String {
    if s.contains('&') {
        Document::fragment(s).root().text().to_string()
    } else {
        s.to_string()
    }
}

/// Whitespace collapsed and trimmed, invisible characters dropped (a soft hyphen or zero-width
/// space inside a word would split it for search); entities are already decoded by the parser.
fn clean_text(s: &str) -> String {
    s.split_whitespace()
        .map(|w| w.replace(INVISIBLE, ""))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

const INVISIBLE: [char; 5] = ['\u{ad}', '\u{200b}', '\u{200c}', '\u{200d}', '\u{feff}'];

/// "By Jane Doe" → "Jane Doe".
fn clean_byline(s: &str) -> String {
    let s = clean_text(s);
    for prefix in [
        "By ", "by ", "BY ", "Von ", "von ", "Par ", "par ", "Por ", "por ",
    ] {
        if let Some(rest) = s.strip_prefix(prefix) {
            return rest.trim().to_string();
        }
    }
    s
}

/// A person's or desk's name, not a URL or a paragraph that a template put in an author slot.
fn is_name(s: &str) -> bool {
    let s = s.trim();
    !s.is_empty()
        && s.len() <= 200
        && !s.starts_with("http")
        && !s.contains("://")
        && s.split_whitespace().count() <= 20
}

fn join_names(names: Vec<String>) -> Option<String> {
    let mut unique: Vec<String> = Vec::new();
    for name in names {
        let name = clean_text(&name);
        if is_name(&name) && !unique.contains(&name) {
            unique.push(name);
        }
    }
    (!unique.is_empty()).then(|| unique.join(", "))
}

/// JSON-LD author: a string, an object with `name`, or an array of either.
fn author_names(v: &Value) -> Vec<String> {
    match v {
        Value::String(s) => vec![decode_entities(s)],
        Value::Array(items) => items.iter().flat_map(author_names).collect(),
        Value::Object(map) => map.get("name").map(author_names).unwrap_or_default(),
        _ => Vec::new(),
    }
}

fn first_string(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.trim().to_string()),
        Value::Array(items) => items.iter().find_map(first_string),
        Value::Object(map) => map.get("@value").and_then(first_string),
        _ => None,
    }
}

/// JSON-LD objects describing the article, from every `ld+json` script, `@graph` and `mainEntity`.
fn json_ld_articles(doc: &Document) -> Vec<Value> {
    let mut out = Vec::new();
    for node in doc.select("script[type='application/ld+json']").nodes() {
        if let Some(value) = parse_json_ld(&node.text()) {
            collect_articles(value, &mut out, 0);
        }
    }
    out
}

/// Page templates wrap JSON-LD in comments or CDATA and leave raw newlines inside strings.
fn parse_json_ld(raw: &str) -> Option<Value> {
    let trimmed = raw
        .trim()
        .trim_start_matches("<!--")
        .trim_end_matches("-->")
        .trim()
        .trim_start_matches("//<![CDATA[")
        .trim_end_matches("//]]>")
        .trim()
        .trim_end_matches(';');
    serde_json::from_str(trimmed).ok().or_else(|| {
        let flat: String = trimmed
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        serde_json::from_str(&flat).ok()
    })
}

fn is_article_type(v: &Value) -> bool {
    let is_article = |t: &str| {
        let t = t.rsplit(['/', ':']).next().unwrap_or(t);
        t.ends_with("Article")
            || t == "BlogPosting"
            || t == "LiveBlogPosting"
            || t == "Report"
            || t == "SocialMediaPosting"
            || t == "ClaimReview"
    };
    match v.get("@type") {
        Some(Value::String(t)) => is_article(t),
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).any(is_article),
        _ => false,
    }
}

fn collect_articles(value: Value, out: &mut Vec<Value>, depth: usize) {
    if depth > 6 {
        return;
    }
    match value {
        Value::Array(items) => {
            for item in items {
                collect_articles(item, out, depth + 1);
            }
        }
        Value::Object(mut map) => {
            let graph = map.remove("@graph");
            let main = map.remove("mainEntity");
            let obj = Value::Object(map);
            if is_article_type(&obj) {
                out.push(obj);
            }
            for inner in [graph, main].into_iter().flatten() {
                collect_articles(inner, out, depth + 1);
            }
        }
        _ => {}
    }
}

fn captions_of(doc: &Document, selector: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for node in doc.select(selector).nodes() {
        let caption = clean_text(&node.text());
        if !caption.is_empty() && !out.contains(&caption) {
            out.push(caption);
        }
    }
    out
}

/// Headlines linked from "related stories" blocks anywhere on the page.
fn related_of(doc: &Document) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let links = doc.select("[class*=related] a, [id*=related] a");
    for node in links.nodes() {
        let title = clean_text(&node.text());
        if title.split_whitespace().count() >= 3 && title.len() <= 300 && !out.contains(&title) {
            out.push(title);
        }
        if out.len() >= 20 {
            break;
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Content walk

/// Elements that never hold article text.
const NEVER_TEXT: &str = "script, style, noscript, template, button, select, svg, iframe";

/// Elements that are page furniture unless they turn out to wrap the article itself.
const CHROME_ELEMENTS: &str = "nav, footer, aside, form, [role=navigation], [role=banner], \
     [role=contentinfo], [aria-hidden=true]";

const SKIP_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "footer", "form", "button", "select", "svg",
    "iframe", "object", "embed", "input", "textarea", "head", "title", "meta", "link",
];

const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "details",
    "dialog",
    "dd",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "td",
    "th",
    "caption",
    "ul",
    "body",
    "html",
];

/// Class or id words of page furniture: share bars, cookie banners, newsletter boxes, comments.
const CHROME_WORDS: &[&str] = &[
    "share",
    "sharing",
    "social",
    "cookie",
    "cookies",
    "consent",
    "newsletter",
    "subscribe",
    "promo",
    "advert",
    "advertisement",
    "ad",
    "ads",
    "comments",
    "comment",
    "breadcrumb",
    "breadcrumbs",
    "nav",
    "navigation",
    "menu",
    "footer",
    "toolbar",
    "signup",
    "outbrain",
    "taboola",
    "related",
    "recirculation",
    "sidebar",
    "popup",
    "modal",
    "banner",
    "paywall",
];

/// Takes small pieces of page furniture (share bars, cookie notices, newsletter boxes, menus) out
/// before Readability scores the page; its output drops the class names that would let them be
/// recognised afterwards. Large chrome-named blocks are left to Readability: on the WCXB pages,
/// removing them cost more articles (ASP.NET `<form>` wrappers, themed story containers) than it
/// saved (mean word F1 0.931 with them removed, 0.939 without, 0.940 removing only the small ones).
fn remove_chrome(doc: &Document) {
    // A button inside a paragraph is a link dressed as one (`said MIT Sloan professor
    // <button>Thomas W. Malone,</button> the founding director`): its words are the sentence's.
    // A button is its own box, so its words stand apart from the text around them.
    let inline = doc.select("p button");
    inline.before_html(" ");
    inline.after_html(" ");
    inline.rename("span");
    doc.select(NEVER_TEXT).remove();
    let total = doc.select("body").text().chars().count().max(1);
    let structural = doc.select(CHROME_ELEMENTS);
    let named = doc.select("[class], [id]");
    let candidates = structural.nodes().iter().chain(
        named
            .nodes()
            .iter()
            .filter(|n| is_chrome(n) && !n.is(CHROME_ELEMENTS)),
    );
    for node in candidates {
        let name = node.node_name().unwrap_or_default().to_ascii_lowercase();
        if matches!(name.as_str(), "html" | "body" | "main" | "article") {
            continue;
        }
        let len = node.text().chars().count();
        if len < SMALL_CHROME
            || (len * 3 < total && link_density(node, len) > 0.6)
            || is_consent_dialog(node)
        {
            node.remove_from_parent();
        }
    }
}

/// A cookie or privacy consent dialog (OneTrust's `onetrust-consent-sdk`, `cookie-banner`,
/// `gdpr-consent`): never the article, however long its prose (Reuters' runs to 4,900
/// characters and outscored the story). One that holds a headline or the article is a wrapper
/// named for its state (`has-cookie-consent`) and stays.
fn is_consent_dialog(node: &NodeRef) -> bool {
    const CONSENT_WORDS: &[&str] = &["cookie", "cookies", "consent", "onetrust", "gdpr", "ccpa"];
    let names = [node.attr("class"), node.attr("id")]
        .into_iter()
        .flatten()
        .map(|v| v.to_ascii_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    names
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| CONSENT_WORDS.contains(&w))
        && !node.descendants_it().any(|d| {
            d.node_name()
                .is_some_and(|n| matches!(n.as_ref(), "h1" | "article" | "main"))
        })
}

/// The share of an element's text that sits inside links.
fn link_density(node: &NodeRef, len: usize) -> f64 {
    let linked: usize = node
        .descendants_it()
        .filter(|d| d.node_name().is_some_and(|n| n.as_ref() == "a"))
        .map(|a| a.text().chars().count())
        .sum();
    linked as f64 / len.max(1) as f64
}

/// When Readability finds nothing (or a scrap), the element holding the most paragraph text,
/// crediting each `<p>` to its parent and, at half weight, its grandparent.
fn densest_block(doc: &Document) -> Option<NodeRef<'_>> {
    // Scores in first-seen order; the map finds a node's slot without a pass over them all.
    let mut scores: Vec<(NodeRef<'_>, usize)> = Vec::new();
    let mut slot: HashMap<NodeId, usize> = HashMap::new();
    for p in doc.select("p, pre, li").nodes() {
        let len = words_in(&p.text());
        if len < 8 {
            continue;
        }
        let parent = p.parent();
        let grand = parent.as_ref().and_then(NodeRef::parent);
        for (node, amount) in [(parent, len), (grand, len / 2)] {
            let Some(node) = node else { continue };
            let i = *slot.entry(node.id).or_insert_with(|| {
                scores.push((node, 0));
                scores.len() - 1
            });
            scores[i].1 += amount;
        }
    }
    scores.into_iter().max_by_key(|(_, s)| *s).map(|(n, _)| n)
}

fn word_count(units: &[String]) -> usize {
    units.iter().map(|u| words_in(u)).sum()
}

/// Words in a text, counting Chinese and Japanese, which put no spaces between words, at two
/// characters a word: a Japanese paragraph is not one word, nor a short article a scrap.
fn words_in(s: &str) -> usize {
    let unspaced = s
        .chars()
        .filter(|c| matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}'))
        .count();
    s.split_whitespace().count() + unspaced / 2
}

/// Headings that introduce a list of other stories.
fn is_related_heading(s: &str) -> bool {
    let s = s.trim().trim_end_matches(':').trim().to_lowercase();
    [
        "related",
        "related stories",
        "related articles",
        "related content",
        "related links",
        "read more",
        "more on this story",
        "more on this topic",
        "see also",
        "you may also like",
        "you might also like",
        "most read",
        "more stories",
        "recommended",
        "further reading",
    ]
    .contains(&s.as_str())
}

fn is_chrome(node: &NodeRef) -> bool {
    let mut words = String::new();
    for attr in ["class", "id"] {
        if let Some(v) = node.attr(attr) {
            words.push_str(&v);
            words.push(' ');
        }
    }
    if words.is_empty() {
        return false;
    }
    let words = words.to_ascii_lowercase();
    words
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| CHROME_WORDS.contains(&w))
}

#[derive(Default)]
struct Walk {
    units: Vec<String>,
    captions: Vec<String>,
    related: Vec<String>,
    cur: String,
}

impl Walk {
    fn flush(&mut self) {
        let unit = self.cur.trim();
        if !unit.is_empty() {
            self.units.push(unit.to_string());
        }
        self.cur.clear();
    }

    fn push_text(&mut self, text: &str) {
        for c in text.chars().filter(|c| !INVISIBLE.contains(c)) {
            if c.is_whitespace() {
                if !self.cur.is_empty() && !self.cur.ends_with(' ') {
                    self.cur.push(' ');
                }
            } else {
                self.cur.push(c);
            }
        }
    }

    fn node(&mut self, node: &NodeRef, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        if node.is_text() {
            self.push_text(&node.text());
            return;
        }
        if !(node.is_element() || node.is_document() || node.is_fragment()) {
            return;
        }
        let name = node
            .node_name()
            .map(|n| n.to_ascii_lowercase())
            .unwrap_or_default();
        let name = name.as_str();
        if SKIP_TAGS.contains(&name) {
            return;
        }
        if name == "br" {
            self.flush();
            return;
        }
        if name == "figcaption" {
            self.flush();
            let caption = clean_text(&node.text());
            if !caption.is_empty() && !self.captions.contains(&caption) {
                self.captions.push(caption);
            }
            return;
        }
        if matches!(name, "ul" | "ol") && self.follows_related_heading() {
            self.take_links(node);
            return;
        }
        let block = BLOCK_TAGS.contains(&name);
        if block {
            self.flush();
        }
        for child in node.children_it(false) {
            self.node(&child, depth + 1);
        }
        if block {
            self.flush();
        }
    }

    /// The last unit was a "Related stories" heading: it and the list under it are links, not body.
    fn follows_related_heading(&mut self) -> bool {
        if self.cur.trim().is_empty() && self.units.last().is_some_and(|u| is_related_heading(u)) {
            self.units.pop();
            return true;
        }
        false
    }

    fn take_links(&mut self, node: &NodeRef) {
        for item in node.descendants_it() {
            if item
                .node_name()
                .is_some_and(|n| n.eq_ignore_ascii_case("a"))
            {
                let title = clean_text(&item.text());
                if title.split_whitespace().count() >= 3 && !self.related.contains(&title) {
                    self.related.push(title);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(html: &str) -> Article {
        parse("p.html", html.as_bytes(), &PageContext::default()).unwrap()
    }

    const BODY: &str =
        "<p>The council voted on Tuesday to raise fares by four per cent, the first \
        rise in three years, after a long debate in the chamber that ran late into the night.</p>\
        <p>Amara Okafor, who leads the transport committee, said the plan was fair and that the \
        money would go to new buses on the busiest routes across the city and its suburbs.</p>\
        <p>Opponents said the rise would hit the poorest hardest, and promised to keep fighting \
        the decision at the next full meeting of the council in the spring of next year.</p>";

    #[test]
    fn a_button_inside_a_paragraph_keeps_its_words() {
        let html = format!(
            "<html><body><article><h1>Fares rise</h1>{BODY}<p>\"It is fair,\" said professor\
             <button class=\"sidenote\">Tom Ode,</button>who chairs the board.</p>\
             <button>Share this story</button></article></body></html>"
        );
        let a = page(&html);
        assert!(
            a.body
                .iter()
                .any(|p| p.contains("said professor Tom Ode, who chairs")),
            "{:?}",
            a.body
        );
        assert!(!a.body.iter().any(|p| p.contains("Share")), "{:?}", a.body);
    }

    #[test]
    fn a_cookie_consent_dialog_never_outscores_the_story() {
        let notice = "<p>When you visit our website, we store cookies on your browser to collect \
            information, which might relate to you, your preferences or your device, and is mostly \
            used to make the site work as you expect it to, and to give you a more personalised \
            experience, though it does not usually identify you directly.</p>";
        let html = format!(
            "<html><body><article><h1>Fares rise</h1>{BODY}</article>\
             <div id=\"onetrust-consent-sdk\"><div class=\"ot-pc\">{}</div></div></body></html>",
            notice.repeat(6)
        );
        let a = page(&html);
        assert!(
            a.body.iter().any(|p| p.contains("Amara Okafor")),
            "{:?}",
            a.body
        );
        assert!(
            !a.body.iter().any(|p| p.contains("cookies")),
            "{:?}",
            a.body
        );
    }

    #[test]
    fn a_short_japanese_story_is_no_scrap_beside_a_long_menu() {
        let menu: String = (0..120)
            .map(|i| format!("<li><a href=\"/s{i}\">特集 {i} 番</a></li>"))
            .collect();
        let story = "<p>パレスチナ自治区ガザ地区の停戦交渉を仲介している外務省報道官は十四日、\
            これまでで最も合意に近づいていると語った。対立する双方ともに停戦合意の最終草案に同意\
            しているとみられる。早期停戦を求める声が高まる中、停戦実現の期待が高まっている。</p>";
        let html = format!(
            "<html><body><div class=\"links\"><ul>{menu}</ul></div>\
             <article><h1>停戦</h1>{story}</article></body></html>"
        );
        let a = page(&html);
        assert!(
            a.body.iter().any(|p| p.contains("外務省報道官")),
            "{:?}",
            a.body
        );
        assert!(!a.body.iter().any(|p| p.contains("特集")), "{:?}", a.body);
        assert_eq!(words_in("停戦交渉 は"), 2 + 2);
    }

    #[test]
    fn reads_json_ld_metadata() {
        let html = format!(
            r#"<html><head><title>Fares rise | Paper</title>
            <meta property="og:title" content="OG title">
            <meta property="og:description" content="Council backs the rise.">
            <script type="application/ld+json">{{"@context":"https://schema.org","@graph":[
              {{"@type":"WebPage","name":"page"}},
              {{"@type":"NewsArticle","headline":"Fares to rise &amp; more",
                "datePublished":"2022-01-20T15:23:00+01:00","dateModified":"2022-01-21T09:00:00Z",
                "author":[{{"@type":"Person","name":"Ada Quill"}},"Ben Rowe"]}}]}}</script>
            </head><body><article>{BODY}</article></body></html>"#
        );
        let a = page(&html);
        // No <h1> on the page: the JSON-LD headline, its entities decoded, outranks og:title.
        assert_eq!(a.headline, "Fares to rise & more");
        assert_eq!(
            a.published.unwrap().to_rfc3339(),
            "2022-01-20T14:23:00+00:00"
        );
        assert_eq!(a.updated.unwrap().to_rfc3339(), "2022-01-21T09:00:00+00:00");
        assert_eq!(a.byline.as_deref(), Some("Ada Quill, Ben Rowe"));
        assert_eq!(a.standfirst.as_deref(), Some("Council backs the rise."));
        assert_eq!(a.body.len(), 3);
        assert!(a.warnings.is_empty());
    }

    #[test]
    fn falls_back_to_meta_tags_h1_and_time() {
        let html = format!(
            r#"<html><head><title>Site title</title><meta name="author" content="Cai Dunn">
            </head><body><article><h1>Buses return</h1>
            <time datetime="2023-05-04T08:00:00Z">4 May</time>{BODY}</article></body></html>"#
        );
        let a = page(&html);
        assert_eq!(a.headline, "Buses return");
        assert_eq!(a.byline.as_deref(), Some("Cai Dunn"));
        assert_eq!(
            a.published.unwrap().to_rfc3339(),
            "2023-05-04T08:00:00+00:00"
        );
        assert!(!a.body.iter().any(|p| p == "Buses return"));
    }

    #[test]
    fn no_date_is_a_warning() {
        let a = page(&format!("<html><body><h1>Head</h1>{BODY}</body></html>"));
        assert_eq!(a.published, None);
        assert_eq!(a.warnings, vec![super::super::NO_DATE]);
    }

    #[test]
    fn chrome_stays_out_of_the_body() {
        let html = format!(
            r#"<html><body>
            <nav><a href="/">Home</a> <a href="/news">Newsmenu</a></nav>
            <div class="cookie-banner">We use cookies to improve</div>
            <article><h1>Fares</h1>
              <div class="share-bar"><a>Sharetwitter</a><a>Sharefacebook</a></div>
              {BODY}
              <div class="newsletter-signup">Subscribenow to our newsletter</div>
              <script>var trackerscript = 1;</script><style>.x{{color:red}}</style>
            </article>
            <div id="comments"><p>Commenter wrote something long enough to count here.</p></div>
            <footer>Copyrightfooter 2024</footer></body></html>"#
        );
        let a = page(&html);
        let body = a.body.join("\n");
        for chrome in [
            "Newsmenu",
            "cookies",
            "Sharetwitter",
            "Subscribenow",
            "trackerscript",
            "color",
            "Commenter",
            "Copyrightfooter",
        ] {
            assert!(!body.contains(chrome), "{chrome} in body: {body}");
        }
        assert!(body.contains("Amara Okafor"));
    }

    #[test]
    fn entities_breaks_and_inline_spaces() {
        let html = format!(
            "<html><body><article>{BODY}<p>Fish &amp; chips cost &pound;5 &#8212; \
             a <b>record</b> <i>high</i>,<br>second line here.</p>\
             <p>Read more: <a href=\"/x\">Council in meltdown over budget</a></p>\
             <figure><img src=a.jpg><figcaption>The town hall. Picture: Harbour Press</figcaption></figure>\
             </article></body></html>"
        );
        let a = page(&html);
        assert!(
            a.body
                .contains(&"Fish & chips cost £5 — a record high,".to_string()),
            "{:?}",
            a.body
        );
        assert!(a.body.contains(&"second line here.".to_string()));
        assert_eq!(a.related, vec!["Council in meltdown over budget"]);
        assert_eq!(a.captions, vec!["The town hall. Picture: Harbour Press"]);
    }

    #[test]
    fn related_list_under_heading_is_related() {
        let html = format!(
            "<html><body><article>{BODY}<h3>Related stories</h3>\
             <ul><li><a href=/a>Bus drivers vote to strike</a></li>\
             <li><a href=/b>Tram line opens next month</a></li></ul></article></body></html>"
        );
        let a = page(&html);
        assert!(
            a.related
                .contains(&"Bus drivers vote to strike".to_string()),
            "{a:?}"
        );
        assert!(!a
            .body
            .iter()
            .any(|p| p.contains("Tram line") || p == "Related stories"));
    }

    #[test]
    fn declared_charset_is_honoured() {
        let mut bytes = b"<html><head><meta charset=\"iso-8859-1\"><title>Caf\xe9 prices</title>\
            </head><body><p>Price \xa3100 at the caf\xe9.</p></body></html>"
            .to_vec();
        let a = parse("c.html", &bytes, &PageContext::default()).unwrap();
        assert_eq!(a.headline, "Café prices");
        assert_eq!(a.body, vec!["Price £100 at the café."]);
        let stale =
            "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Café</p></body></html>";
        let a = parse("s.html", stale.as_bytes(), &PageContext::default()).unwrap();
        assert_eq!(a.body, vec!["Café"]);
        bytes.clear();
        let (text, warning) = decode(b"<p>caf\xe9</p>", None).unwrap();
        assert_eq!(text, "<p>café</p>");
        assert!(warning.is_some());
    }

    #[test]
    fn broken_html_still_reads() {
        let a =
            page("<html><body><h1>Broken <b>page</h1><p>Unclosed <i>para <p>Next one</div></span>");
        assert_eq!(a.headline, "Broken page");
        assert!(a.body.iter().any(|p| p.contains("Next one")));
    }

    #[test]
    fn nesting_ignores_scripts_and_comments() {
        let js = format!(
            "<html><body><script>{}</script><!-- {} --><div><p>x</div>",
            "a<b;".repeat(5000),
            "<div>".repeat(5000)
        );
        assert_eq!(nesting_depth(&js), 3);
        assert_eq!(nesting_depth(&"<div>".repeat(10)), 10);
    }

    #[test]
    fn empty_page_has_no_content() {
        let err = parse(
            "e.html",
            b"<html><body><script>x()</script></body></html>",
            &PageContext::default(),
        );
        assert_eq!(err.unwrap_err(), ParseError::NoContent);
    }

    fn head(extra: &str, body_start: &str) -> Article {
        page(&format!(
            "<html><head>{extra}</head><body><article>{body_start}{BODY}</article></body></html>"
        ))
    }

    #[test]
    fn kicker_goes_when_open_graph_reads_without_it() {
        let a = head(
            r#"<script type="application/ld+json">{"@type":"NewsArticle",
               "headline":"Night court: Judge rules on fares"}</script>
               <meta property="og:title" content="Judge rules on fares">"#,
            "<h1>Judge rules on fares</h1>",
        );
        assert_eq!(a.headline, "Judge rules on fares");
        // A hyphenated word is no kicker.
        let a = head(
            r#"<script type="application/ld+json">{"@type":"NewsArticle",
               "headline":"Ex-Judge rules on fares"}</script>
               <meta property="og:title" content="Judge rules on fares">"#,
            "<h1>Ex-Judge rules on fares</h1>",
        );
        assert_eq!(a.headline, "Ex-Judge rules on fares");
    }

    #[test]
    fn section_and_site_tails_leave_the_title() {
        let a = head(
            r#"<meta property="og:title" content="Fares rise again-Politics | Harbour Press">
               <meta property="og:site_name" content="Harbour Press">
               <meta property="article:section" content="Politics">"#,
            "",
        );
        assert_eq!(a.headline, "Fares rise again");
        for title in [
            "Fares rise again • Harbour Press",
            "Harbour Press | Fares rise again",
        ] {
            let meta = format!(
                r#"<title>{title}</title><meta property="og:site_name" content="Harbour Press">"#
            );
            assert_eq!(head(&meta, "").headline, "Fares rise again", "{title}");
        }
    }

    #[test]
    fn a_paragraph_in_the_headline_field_is_passed_over() {
        let lead = "Fares rose again on Monday, the third rise this year. ".repeat(5);
        let meta = format!(
            r#"<script type="application/ld+json">{{"@type":"NewsArticle","headline":"{lead}"}}</script>
               <meta property="og:title" content="Fares rise again">"#
        );
        assert_eq!(head(&meta, "").headline, "Fares rise again");
    }

    #[test]
    fn headline_in_application_name_is_no_site_name() {
        let a = head(
            r#"<meta name="application-name" content="Fares rise again - Riders say the cost is too high">
               <title>Fares rise again - Riders say the cost is too high</title>"#,
            "",
        );
        assert_eq!(
            a.headline,
            "Fares rise again - Riders say the cost is too high"
        );
    }

    #[test]
    fn microdata_headline_trims_og_title_tail() {
        let a = head(
            r#"<meta name="headline" content="Ferry timetable changes">
               <meta property="og:title" content="Ferry timetable changes-Travel">"#,
            "",
        );
        assert_eq!(a.headline, "Ferry timetable changes");
        // Alone, it is no headline source: templates put a subheading there.
        let a = head(
            r#"<meta itemprop="headline" content="Groups concerned">
               <meta property="og:title" content="Ferry timetable changes">"#,
            "",
        );
        assert_eq!(a.headline, "Ferry timetable changes");
    }

    #[test]
    fn headline_naming_only_the_site_is_passed_over() {
        let a = head(
            r#"<script type="application/ld+json">{"@type":"NewsArticle",
               "headline":"Harbour Press"}</script>
               <meta property="og:site_name" content="Harbour Press">
               <meta property="og:title" content="Ferries return to the bay">"#,
            "",
        );
        assert_eq!(a.headline, "Ferries return to the bay");
    }

    #[test]
    fn second_author_meta_names_the_writer() {
        let a = head(
            r#"<meta property="og:site_name" content="Harbour Press">
               <meta name="author" content="Harbour Press">
               <meta name="author" content="Ada Quill 기자">"#,
            "<h1>Ferries</h1>",
        );
        assert_eq!(a.byline.as_deref(), Some("Ada Quill"));
    }

    #[test]
    fn twitter_written_by_label() {
        let a = head(
            r#"<meta name="author" content="a.quill@example.org">
               <meta name="twitter:label1" content="Written by">
               <meta name="twitter:data1" content="Cai Dunn">"#,
            "<h1>Ferries</h1>",
        );
        assert_eq!(a.byline.as_deref(), Some("Cai Dunn"));
    }

    #[test]
    fn visible_byline_when_metadata_names_the_site() {
        let a = head(
            r#"<meta property="og:site_name" content="Harbour Press">
               <meta name="author" content="Harbour Press">"#,
            r#"<h1>Ferries</h1><p class="author-line">Von Ben Rowe, Harbour Press</p>"#,
        );
        assert_eq!(a.byline.as_deref(), Some("Ben Rowe"));
        let a = head(
            r#"<meta property="og:site_name" content="Harbour Press">"#,
            "<h1>Ferries</h1><ul><li><strong>Autor</strong> Ben Rowe</li></ul>",
        );
        assert_eq!(a.byline.as_deref(), Some("Ben Rowe"));
    }

    #[test]
    fn comment_forms_reviewers_and_teasers_are_no_byline() {
        let a = head(
            "",
            r#"<h1>Ferries</h1><div class="byline">Reviewed by <a class="author-link">Ann Lee</a></div>
               <form><p class="comment-form-author"><label>Your Name</label></p></form>
               <figure><figcaption>Photo by <a class="author">Cai Dunn</a></figcaption></figure>"#,
        );
        assert_eq!(a.byline, None);
        let doc = Document::from(
            r#"<div class="teaser3-meta"><span class="author">By Ben Rowe</span></div>
               <header><span class="author">By Dara Mensah</span></header>"#,
        );
        assert_eq!(visible_bylines(&doc, &[]), vec!["Dara Mensah"]);
        // JSON-LD author names are raw script text: their entities are decoded.
        let a = head(
            r#"<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferries",
               "author":{"@type":"Person","name":"Ann &amp; Ben"}}</script>"#,
            "",
        );
        assert_eq!(a.byline.as_deref(), Some("Ann & Ben"));
    }

    #[test]
    fn author_page_links_and_share_words() {
        let a = head(
            r#"<meta property="og:site_name" content="Harbour Press">
               <meta name="author" content="Harbour Press">"#,
            r#"<h1>Ferries</h1><p class="meta-info">von <a href="/autoren/ann-lee">Ann Lee</a></p>"#,
        );
        assert_eq!(a.byline.as_deref(), Some("Ann Lee"));
        assert_eq!(byline_text("Twitter Facebook", &[], 2), None);
    }

    #[test]
    fn bold_signature_is_the_last_resort() {
        let a = head(
            r#"<meta name="author" content="Harbour Press">
               <meta property="og:site_name" content="Harbour Press">"#,
            "<h1>Ferries</h1><p><strong>Dara Mensah</strong></p>",
        );
        assert_eq!(a.byline.as_deref(), Some("Dara Mensah"));
        // A bold subheading deep in the text is no signature.
        let a = page(&format!(
            "<html><body><article><h1>Ferries</h1>{BODY}{BODY}<p><strong>The Vote</strong></p>\
             {BODY}</article></body></html>"
        ));
        assert_eq!(a.byline, None);
    }

    #[test]
    fn organisation_author_stays_when_no_person_is_named() {
        let a = head(
            r#"<meta name="author" content="Harbour Press">
               <meta property="og:site_name" content="Harbour Press">"#,
            "<h1>Ferries</h1>",
        );
        assert_eq!(a.byline.as_deref(), Some("Harbour Press"));
    }

    #[test]
    fn microdata_author_text_and_numeric_ids() {
        // A plain `itemprop=author` element holds the value as its text; `;` parts two names.
        let a = head(
            r#"<meta name="author" content="105092">"#,
            r#"<h1>Ferries</h1><p class="ref">4 May; <span itemprop="author">adq;bro</span></p>"#,
        );
        assert_eq!(a.byline.as_deref(), Some("adq, bro"));
        // A numeric CMS user id is no byline.
        let a = head(
            r#"<meta name="author" content="105092">"#,
            "<h1>Ferries</h1>",
        );
        assert_eq!(a.byline, None);
        // A box of name and job title is not read as one run-together text.
        let doc = Document::from(
            r#"<div itemprop="author"><a href="/a">Ann Lee</a><span>Head Chef</span></div>
               <span itemprop="author"><a href="/b">Ben Rowe</a></span>"#,
        );
        assert_eq!(microdata_authors(&doc), vec!["Ben Rowe"]);
        // An `itemscope` author is read through its `name`, not as one text.
        let a = head(
            "",
            r#"<h1>Ferries</h1><div itemprop="author" itemscope><span itemprop="name">Ann Lee</span>
               <span>writes on transport</span></div>"#,
        );
        assert_eq!(a.byline.as_deref(), Some("Ann Lee"));
    }

    #[test]
    fn label_opening_a_line_before_linked_names() {
        let a = head(
            r#"<meta name="author" content="Harbour Press">
               <meta property="og:site_name" content="Harbour Press">"#,
            r#"<h1>Ferries</h1><ul><li>Von: <span><a href="/ann-lee">Ann Lee</a>,</span>
               <span><a href="/ben-rowe">Ben Rowe</a></span></li></ul>"#,
        );
        assert_eq!(a.byline.as_deref(), Some("Ann Lee, Ben Rowe"));
        // The label must open the element: names after other words are no byline.
        let a = head(
            r#"<meta name="author" content="Harbour Press">
               <meta property="og:site_name" content="Harbour Press">"#,
            r#"<h1>Ferries</h1><p>Ferries run <span>by</span> <a href="/x">Ann Lee</a></p>"#,
        );
        assert_eq!(a.byline.as_deref(), Some("Harbour Press"));
        // Where the page marks its byline, a labelled line in an author box adds nothing.
        let a = head(
            r#"<meta property="og:site_name" content="Harbour Press">"#,
            r#"<h1>Ferries</h1><p class="byline">By Ann Lee</p>
               <div class="bio"><p>By: <a href="/ann-lee">Ann Lee</a>, Head Chef</p></div>"#,
        );
        assert_eq!(a.byline.as_deref(), Some("Ann Lee"));
    }

    #[test]
    fn place_after_the_name_and_category_links() {
        let a = head(
            r#"<meta name="author" content="Harbour Press">
               <meta property="og:site_name" content="Harbour Press">"#,
            r#"<h1>Ferries</h1><span class="article__author">Von Ann Lee, Kiel</span>"#,
        );
        assert_eq!(a.byline.as_deref(), Some("Ann Lee"));
        // A name the site's menu links to a category page is a section, not a writer.
        let a = head(
            "",
            r#"<nav><a href="/news/category/9/misc">Miscellany</a></nav><h1>Ferries</h1>
               <div class="author"><a href="/news/category/9/misc">Miscellany</a></div>"#,
        );
        assert_eq!(a.byline, None);
        let a = head(
            r#"<meta name="author" content="Ann Lee">"#,
            r#"<nav><a href="/category/ann-lee">Ann Lee</a></nav><h1>Ferries</h1>"#,
        );
        assert_eq!(a.byline.as_deref(), Some("Ann Lee"));
    }

    #[test]
    fn article_author_meta_names_the_agency() {
        let a = head(
            r#"<meta property="og:site_name" content="Harbour Press">
               <script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferries",
               "author":{"@type":"Organization","name":"Harbour Press"}}</script>
               <meta name="articleAuthor" content="Coast Wire Agency">"#,
            "<h1>Ferries</h1>",
        );
        assert_eq!(a.byline.as_deref(), Some("Coast Wire Agency"));
    }

    #[test]
    fn section_name_is_no_byline() {
        let a = head(
            r#"<meta name="author" content="Sport">
               <meta property="article:section" content="Sport">"#,
            "<h1>Ferries</h1>",
        );
        assert_eq!(a.byline, None);
    }

    #[test]
    fn byline_text_drops_labels_places_and_sites() {
        let sites = vec![squeeze("Harbour Press")];
        assert_eq!(
            byline_text("By Ann Lee and Ben Rowe | 4 May", &sites, 2).as_deref(),
            Some("Ann Lee, Ben Rowe")
        );
        assert_eq!(
            byline_text("Autor: Ann Lee/Harbour Press", &sites, 1).as_deref(),
            Some("Ann Lee")
        );
        assert_eq!(byline_text("read the full story here", &sites, 1), None);
        assert_eq!(byline_text("Updated 4 May 2024", &sites, 1), None);
        // A label alone, or one word where a visible byline needs a full name.
        assert_eq!(byline_text("Von", &sites, 1), None);
        assert_eq!(byline_text("Kurzmeldung", &sites, 2), None);
        assert_eq!(
            byline_text("Von Ann Lee, Kiel", &sites, 2).as_deref(),
            Some("Ann Lee")
        );
        assert_eq!(byline_text("Ann LeeHead Chef, Founder", &sites, 2), None);
        assert_eq!(strip_role("Ann Lee, Staff Writer"), "Ann Lee");
        assert_eq!(strip_role("Ann Reporterson"), "Ann Reporterson");
    }

    #[test]
    fn capture_date_is_the_last_resort() {
        let when = parse_datetime("2020-02-02T10:00:00Z");
        let ctx = PageContext {
            url: Some("https://example.org/a"),
            fallback_date: when,
            ..PageContext::default()
        };
        let a = parse("w#1", format!("<h1>H</h1>{BODY}").as_bytes(), &ctx).unwrap();
        assert_eq!(a.published, when);
        assert_eq!(a.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(a.warnings.len(), 1);
    }
}
