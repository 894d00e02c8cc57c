use super::body::words_in;
use super::byline::{byline_text, microdata_authors, strip_role, visible_bylines};
use super::*;
use crate::dates::parse_datetime;

fn page(html: &str) -> Article {
    parse("p.html", html.as_bytes(), &PageContext::default()).unwrap()
}

const BODY: &str = "<p>The council voted on Tuesday to raise fares by four per cent, the first \
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
    let stale = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Café</p></body></html>";
    let a = parse("s.html", stale.as_bytes(), &PageContext::default()).unwrap();
    assert_eq!(a.body, vec!["Café"]);
    bytes.clear();
    let (text, warning) = decode(b"<p>caf\xe9</p>", None).unwrap();
    assert_eq!(text, "<p>café</p>");
    assert!(warning.is_some());
}

#[test]
fn broken_html_still_reads() {
    let a = page("<html><body><h1>Broken <b>page</h1><p>Unclosed <i>para <p>Next one</div></span>");
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
