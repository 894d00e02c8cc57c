//! The article's text: Readability (`dom_smoothie`) chooses the content, chrome is removed, and the
//! chosen block is walked into paragraphs, captions and related-story links.

use super::byline::{clean_byline, is_byline_name};
use super::meta::Meta;
use super::{clean_text, INVISIBLE, MAX_DEPTH};
use crate::article::Article;
use crate::dates::parse_datetime;
use crate::parse::text;
use dom_query::{Document, NodeId, NodeRef};
use std::collections::HashMap;

/// Readability's default of 500 characters accepts teaser blocks too readily on modern pages;
/// 1000 measured best on the WCXB dev pages (mean word F1 0.929 → 0.935).
const CHAR_THRESHOLD: usize = 1000;

/// Chrome-named elements with less text than this (in characters) are removed outright.
const SMALL_CHROME: usize = 400;

/// A content block with fewer words than this is probably not the article.
pub(super) const SCRAP_WORDS: usize = 80;

/// Sorts walked units into body, related links, and the header lines (headline repeat, byline,
/// date line) that open the content block.
pub(super) fn fill_body(article: &mut Article, units: Vec<String>, titles: &[String]) {
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
pub(super) fn readable_content(doc: Document, meta: &mut Meta) -> Option<Document> {
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

pub(super) fn captions_of(doc: &Document, selector: &str) -> Vec<String> {
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
pub(super) fn related_of(doc: &Document) -> Vec<String> {
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
pub(super) fn remove_chrome(doc: &Document) {
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
pub(super) fn densest_block(doc: &Document) -> Option<NodeRef<'_>> {
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

pub(super) fn word_count(units: &[String]) -> usize {
    units.iter().map(|u| words_in(u)).sum()
}

/// Words in a text, counting Chinese and Japanese, which put no spaces between words, at two
/// characters a word: a Japanese paragraph is not one word, nor a short article a scrap.
pub(super) fn words_in(s: &str) -> usize {
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
pub(super) struct Walk {
    pub(super) units: Vec<String>,
    pub(super) captions: Vec<String>,
    pub(super) related: Vec<String>,
    pub(super) cur: String,
}

impl Walk {
    pub(super) fn flush(&mut self) {
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

    pub(super) fn node(&mut self, node: &NodeRef, depth: usize) {
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
