//! Who wrote a page: author names from JSON-LD, microdata, `<meta>` and visible bylines, cleaned of
//! roles, section names and the site's own name.

use super::{clean_text, decode_entities, is_site_name, squeeze, MAX_DEPTH};
use dom_query::{Document, NodeRef};
use serde_json::Value;

/// The first byline that names people rather than the publication itself ("STERN.de", "Lesotho
/// Times" in the author slot while the page names its writer elsewhere); else the first there is:
/// an organisation is the author when no person is named. `signed` (a bold name alone on a line at
/// the top or foot of the text) is the weakest source, used only when nothing else names a person.
pub(super) fn choose_byline(
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

pub(super) const AUTHOR_KEYS: &[&str] = &[
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

/// A byline names people or a desk, not an e-mail address, a URL slug (`chuck-ross`) or a CMS's
/// numeric user id (`105092`). The publication's own name is kept: archives (and the fundus
/// expectations) credit it as author.
pub(super) fn is_byline_name(name: &str) -> bool {
    let slug = !name.contains(' ') && name.contains('-') && name == name.to_lowercase();
    let lettered = name.chars().any(char::is_alphabetic);
    is_name(name) && lettered && !name.contains('@') && !slug
}

/// Microdata `itemprop="author"` set on a plain element (no `itemscope`): its text is the value, by
/// the microdata rules. Several authors may share one element, split by `;` (`ann;ben`). Only an
/// element holding text (or one link) is read: a box of name, job title and links runs their texts
/// together (`Ann LeeSenior Editor`).
pub(super) fn microdata_authors(doc: &Document) -> Vec<String> {
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
pub(super) fn is_section_name(name: &str, sections: &[String]) -> bool {
    let n = squeeze(name);
    !n.is_empty() && sections.contains(&n)
}

/// Job titles after a name: "신현주 기자", "Ann Lee, Staff Writer".
pub(super) fn strip_role(name: &str) -> String {
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
pub(super) fn written_by(tags: &[(String, String)]) -> Vec<String> {
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
pub(super) fn byline_text(raw: &str, sites: &[String], min_words: usize) -> Option<String> {
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
pub(super) fn visible_bylines(doc: &Document, sites: &[String]) -> Vec<String> {
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
pub(super) fn is_other_work_credit(text: &str) -> bool {
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
pub(super) fn signed_name(doc: &Document) -> Option<String> {
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

/// "By Jane Doe" → "Jane Doe".
pub(super) fn clean_byline(s: &str) -> String {
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

pub(super) fn join_names(names: Vec<String>) -> Option<String> {
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
pub(super) fn author_names(v: &Value) -> Vec<String> {
    match v {
        Value::String(s) => vec![decode_entities(s)],
        Value::Array(items) => items.iter().flat_map(author_names).collect(),
        Value::Object(map) => map.get("name").map(author_names).unwrap_or_default(),
        _ => Vec::new(),
    }
}
