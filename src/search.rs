//! Searching: a query and filters become tantivy queries; hits come back as plain data for `output`.
//!
//! A quote is "about" the query when its own words match, or when its article does (headline,
//! standfirst, body). Quotes whose own words match rank first; the rest follow in the order of their
//! articles' scores. Without a query the filters alone choose, newest first.

use crate::article::{Article, Quote, QuoteKind, Section};
use crate::schema::{self, Fields, KIND_ARTICLE, KIND_QUOTE};
use anyhow::{Context, Result};
use chrono::{DateTime as ChronoDateTime, Datelike, Days, Months, NaiveDate, Utc};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Bound;
use std::path::Path;
use tantivy::collector::sort_key::{SortByStaticFastValue, SortByString};
use tantivy::collector::{Count, DocSetCollector, TopDocs};
use tantivy::query::{
    BooleanQuery, ConstScoreQuery, Occur, Query, QueryParser, RangeQuery, RegexQuery, TermQuery,
    TermSetQuery,
};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::{DateTime, DocAddress, Index, Order, Searcher, TantivyDocument, Term};

/// How many of the best-matching articles lend their quotes to a query (the second tier).
const ARTICLE_TIER: usize = 1000;

/// What to look for.
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    pub query: Option<String>,
    /// Words that must all be in the resolved speaker's name (case-insensitive).
    pub speaker: Option<String>,
    /// Published at or after this instant.
    pub since: Option<ChronoDateTime<Utc>>,
    /// Published before this instant (the end of the period `--until` named).
    pub until: Option<ChronoDateTime<Utc>>,
    /// Articles instead of quotes.
    pub articles: bool,
    pub limit: usize,
}

/// One result, quote or article, ready to print.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    /// "quote" or "article".
    pub kind: &'static str,
    /// The quote's words, or the article's best snippet.
    pub text: String,
    /// Byte ranges in `text` where query terms stand.
    pub highlights: Vec<(usize, usize)>,
    pub speaker: Option<String>,
    pub mention: Option<String>,
    pub role: Option<String>,
    pub cue: Option<String>,
    pub quote_kind: Option<String>,
    pub section: Option<String>,
    pub paragraph: Option<u64>,
    pub sentence: Option<String>,
    pub byline: Option<String>,
    pub published: Option<ChronoDateTime<Utc>>,
    pub headline: String,
    pub article_id: String,
    pub path: String,
    pub url: Option<String>,
    /// Relevance; without a query, 0. A quote found through its article scores below every quote
    /// whose own words matched.
    pub score: f32,
    /// Why it matched: "quote" (its own words), "article" (its article), or "filter" (no query).
    pub matched: &'static str,
}

/// The hits, and how many there were in all before `limit`.
#[derive(Debug, Default)]
pub struct SearchResult {
    pub hits: Vec<Hit>,
    pub total: usize,
    /// Parts of the query that could not be parsed and were left out.
    pub query_warnings: Vec<String>,
}

struct Ctx<'a> {
    index: &'a Index,
    searcher: Searcher,
    f: Fields,
    req: &'a SearchRequest,
}

/// One speaker of the quotes a `speakers` request chose.
#[derive(Debug, Clone, Serialize)]
pub struct SpeakerSummary {
    pub speaker: String,
    pub quotes: usize,
    pub articles: usize,
    /// Roles the articles gave, most frequent first, with counts.
    pub roles: Vec<(String, usize)>,
    /// How the articles referred to them ("she", "Ms Truss", …), most frequent first.
    pub forms: Vec<(String, usize)>,
    pub first: Option<ChronoDateTime<Utc>>,
    pub last: Option<ChronoDateTime<Utc>>,
}

/// Runs a search on the index in `index_dir`.
pub fn search(index_dir: &Path, req: &SearchRequest) -> Result<SearchResult> {
    let (index, f) = schema::open(index_dir)?;
    let ctx = Ctx::new(&index, f, req)?;
    let limit = req.limit.max(1);
    match (&req.query, req.articles) {
        (None, articles) => ctx.newest(articles, limit),
        (Some(q), false) => ctx.quotes_about(q, limit),
        (Some(q), true) => ctx.articles_about(q, limit),
    }
}

/// Speakers of the quotes that `req` chooses (query, speaker and date filters; `articles` and
/// `limit` are ignored), most-quoted first.
pub fn speakers(index_dir: &Path, req: &SearchRequest) -> Result<Vec<SpeakerSummary>> {
    let (index, f) = schema::open(index_dir)?;
    let ctx = Ctx::new(&index, f, req)?;
    #[derive(Default)]
    struct Tally {
        quotes: usize,
        articles: HashSet<String>,
        roles: HashMap<String, usize>,
        forms: HashMap<String, usize>,
        first: Option<ChronoDateTime<Utc>>,
        last: Option<ChronoDateTime<Utc>>,
    }
    let mut tallies: HashMap<String, Tally> = HashMap::new();
    for addr in ctx.all_quotes_about(req.query.as_deref())? {
        let doc: TantivyDocument = ctx.searcher.doc(addr)?;
        let Some(name) = str_of(&doc, ctx.f.speaker) else {
            continue;
        };
        let t = tallies.entry(name).or_default();
        t.quotes += 1;
        t.articles
            .insert(str_of(&doc, ctx.f.article_id).unwrap_or_default());
        if let Some(role) = str_of(&doc, ctx.f.role) {
            *t.roles.entry(role).or_default() += 1;
        }
        if let Some(form) = str_of(&doc, ctx.f.mention) {
            *t.forms.entry(fold_form(form)).or_default() += 1;
        }
        if let Some(when) = date_of(&doc, ctx.f.published) {
            t.first = Some(t.first.map_or(when, |f| f.min(when)));
            t.last = Some(t.last.map_or(when, |l| l.max(when)));
        }
    }
    let ranked = |m: HashMap<String, usize>| {
        let mut v: Vec<(String, usize)> = m.into_iter().collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        v
    };
    let mut out: Vec<SpeakerSummary> = tallies
        .into_iter()
        .map(|(speaker, t)| SpeakerSummary {
            speaker,
            quotes: t.quotes,
            articles: t.articles.len(),
            roles: ranked(merge_case(t.roles)),
            forms: ranked(t.forms),
            first: t.first,
            last: t.last,
        })
        .collect();
    out.sort_by(|a, b| {
        b.quotes
            .cmp(&a.quotes)
            .then_with(|| a.speaker.cmp(&b.speaker))
    });
    Ok(out)
}

/// How long each period of a timeline is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Year,
    Month,
    /// ISO weeks, Monday to Sunday.
    Week,
    Day,
}

impl Period {
    /// The first day of the period that holds `day`.
    fn start(self, day: NaiveDate) -> NaiveDate {
        let first = match self {
            Period::Year => NaiveDate::from_ymd_opt(day.year(), 1, 1),
            Period::Month => NaiveDate::from_ymd_opt(day.year(), day.month(), 1),
            Period::Week => Some(day - Days::new(u64::from(day.weekday().num_days_from_monday()))),
            Period::Day => Some(day),
        };
        first.unwrap_or(day)
    }

    /// The first day of the next period, from a period's first day.
    fn next(self, start: NaiveDate) -> Option<NaiveDate> {
        match self {
            Period::Year => start.checked_add_months(Months::new(12)),
            Period::Month => start.checked_add_months(Months::new(1)),
            Period::Week => start.checked_add_days(Days::new(7)),
            Period::Day => start.checked_add_days(Days::new(1)),
        }
    }

    /// `2025`, `2025-10`, `2025-W44`, `2025-10-29`.
    fn label(self, start: NaiveDate) -> String {
        match self {
            Period::Year => start.format("%Y").to_string(),
            Period::Month => start.format("%Y-%m").to_string(),
            Period::Week => start.format("%G-W%V").to_string(),
            Period::Day => start.format("%Y-%m-%d").to_string(),
        }
    }
}

/// One period of a timeline: how many quotes fell in it, and in how many articles.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PeriodCount {
    /// `2025-10` (`--by month`); `None` for the undated.
    pub period: Option<String>,
    /// The period's first day.
    pub start: Option<NaiveDate>,
    /// Quotes counted; absent when the timeline counts articles.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quotes: Option<usize>,
    pub articles: usize,
}

/// Counts per period, every period from the first to the last listed (empty ones with 0), and
/// what had no date to place it by.
#[derive(Debug, Default)]
pub struct Timeline {
    pub periods: Vec<PeriodCount>,
    pub undated: Option<PeriodCount>,
}

/// How the quotes `req` chooses (or, with `req.articles`, the articles) spread over time. The
/// query, speaker and date filters choose as in `search`; `limit` is ignored.
pub fn timeline(index_dir: &Path, req: &SearchRequest, period: Period) -> Result<Timeline> {
    let (index, f) = schema::open(index_dir)?;
    let ctx = Ctx::new(&index, f, req)?;
    let docs = if req.articles {
        ctx.all_articles_about(req.query.as_deref())?
    } else {
        ctx.all_quotes_about(req.query.as_deref())?
    };
    // Per period start (None: undated), the quotes and the articles they stand in.
    let mut tally: BTreeMap<Option<NaiveDate>, (usize, HashSet<String>)> = BTreeMap::new();
    for addr in docs {
        let doc: TantivyDocument = ctx.searcher.doc(addr)?;
        let start = date_of(&doc, ctx.f.published).map(|d| period.start(d.date_naive()));
        let entry = tally.entry(start).or_default();
        entry.0 += 1;
        entry
            .1
            .insert(str_of(&doc, ctx.f.article_id).unwrap_or_default());
    }
    let count = |start: Option<NaiveDate>, (n, ids): (usize, HashSet<String>)| PeriodCount {
        period: start.map(|s| period.label(s)),
        start,
        quotes: (!req.articles).then_some(n),
        articles: ids.len(),
    };
    let mut out = Timeline {
        undated: tally.remove(&None).map(|t| count(None, t)),
        ..Timeline::default()
    };
    let (Some(first), Some(last)) = (
        tally.keys().next().copied().flatten(),
        tally.keys().next_back().copied().flatten(),
    ) else {
        return Ok(out);
    };
    let mut at = Some(first);
    while let Some(start) = at.filter(|s| *s <= last) {
        let t = tally.remove(&Some(start)).unwrap_or_default();
        out.periods.push(count(Some(start), t));
        at = period.next(start);
    }
    Ok(out)
}

/// The articles `key` names, read back from the index with their quotes in reading order. `key` is
/// what a hit shows: its path (`text/strike.txt`, `export/news.jsonl#2`) or its `article_id`. The
/// path of a file holding many articles names all of them, in the file's order.
pub fn articles(index_dir: &Path, key: &str) -> Result<Vec<Article>> {
    if key.trim().is_empty() {
        anyhow::bail!("no article given; give a path or article_id as `search` prints them");
    }
    let (index, f) = schema::open(index_dir)?;
    let searcher = index.reader().context("cannot read the index")?.searcher();
    let records = RegexQuery::from_pattern(&format!("{}#.*", regex::escape(key)), f.source)?;
    let named = BooleanQuery::new(vec![
        (Occur::Should, term_query(f.article_id, key)),
        (Occur::Should, term_query(f.source, key)),
        (Occur::Should, Box::new(records)),
    ]);
    let query = BooleanQuery::new(vec![
        (Occur::Must, term_query(f.kind, KIND_ARTICLE)),
        (Occur::Must, Box::new(named)),
    ]);
    let mut out = Vec::new();
    for addr in searcher.search(&query, &DocSetCollector)? {
        let doc: TantivyDocument = searcher.doc(addr)?;
        let mut article = stored_article(&doc, &f);
        let of_article = BooleanQuery::new(vec![
            (Occur::Must, term_query(f.kind, KIND_QUOTE)),
            (Occur::Must, term_query(f.article_id, &article.id)),
        ]);
        let mut quotes: Vec<(u64, Quote)> = Vec::new();
        for addr in searcher.search(&of_article, &DocSetCollector)? {
            let doc: TantivyDocument = searcher.doc(addr)?;
            let position = doc.get_first(f.position).and_then(|v| v.as_u64());
            quotes.extend(stored_quote(&doc, &f).map(|q| (position.unwrap_or(0), q)));
        }
        quotes.sort_by_key(|(position, _)| *position);
        article.quotes = quotes.into_iter().map(|(_, q)| q).collect();
        out.push(article);
    }
    // `news.jsonl#10` after `news.jsonl#9`: records in the file's order.
    out.sort_by_cached_key(|a| {
        let (file, record) = a.source.split_once('#').unwrap_or((&a.source, ""));
        let number = record.parse::<u64>().ok();
        (file.to_string(), number, record.to_string())
    });
    Ok(out)
}

/// An article document as the `Article` it was made from. The index keeps every field but the
/// parse warnings, which were reported when it was built.
fn stored_article(doc: &TantivyDocument, f: &Fields) -> Article {
    let all = |field: Field| -> Vec<String> {
        doc.get_all(field)
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect()
    };
    Article {
        id: str_of(doc, f.article_id).unwrap_or_default(),
        source: str_of(doc, f.source).unwrap_or_default(),
        url: str_of(doc, f.url),
        headline: str_of(doc, f.headline).unwrap_or_default(),
        standfirst: str_of(doc, f.standfirst),
        byline: str_of(doc, f.byline),
        published: date_of(doc, f.published),
        updated: date_of(doc, f.updated),
        captions: all(f.captions),
        body: str_of(doc, f.body)
            .filter(|b| !b.is_empty())
            .map(|b| b.split("\n\n").map(str::to_string).collect())
            .unwrap_or_default(),
        related: all(f.related),
        quotes: Vec::new(),
        warnings: Vec::new(),
    }
}

/// A quote document as its `Quote`; `None` for a document this version of newsdex did not write.
fn stored_quote(doc: &TantivyDocument, f: &Fields) -> Option<Quote> {
    let number = |field: Field| {
        doc.get_first(field)
            .and_then(|v| v.as_u64())
            .and_then(|n| usize::try_from(n).ok())
    };
    Some(Quote {
        text: str_of(doc, f.quote)?,
        speaker: str_of(doc, f.speaker),
        mention: str_of(doc, f.mention),
        role: str_of(doc, f.role),
        cue: str_of(doc, f.cue),
        kind: QuoteKind::parse(&str_of(doc, f.quote_kind)?)?,
        section: Section::parse(&str_of(doc, f.section)?)?,
        paragraph: number(f.paragraph)?,
        start: number(f.start)?,
        end: number(f.end)?,
        sentence: str_of(doc, f.sentence).unwrap_or_default(),
        rule: str_of(doc, f.rule).unwrap_or_default(),
    })
}

/// "Opposition leader" and "opposition leader" are one role: counts added up under the spelling
/// seen most often.
fn merge_case(counts: HashMap<String, usize>) -> HashMap<String, usize> {
    let mut groups: HashMap<String, Vec<(String, usize)>> = HashMap::new();
    for (k, n) in counts {
        groups.entry(k.to_lowercase()).or_default().push((k, n));
    }
    groups
        .into_values()
        .filter_map(|mut forms| {
            forms.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            let total = forms.iter().map(|f| f.1).sum();
            forms.into_iter().next().map(|(k, _)| (k, total))
        })
        .collect()
}

/// "She" opening a sentence and "she" inside one are the same form; so are "The Foreign Secretary"
/// and "the Foreign Secretary". Names keep their case.
fn fold_form(form: String) -> String {
    const PRONOUNS: [&str; 5] = ["he", "she", "they", "we", "it"];
    let lower = form.to_lowercase();
    if PRONOUNS.contains(&lower.as_str()) {
        lower
    } else if let Some(rest) = form.strip_prefix("The ") {
        format!("the {rest}")
    } else {
        form
    }
}

fn date_of(doc: &TantivyDocument, field: Field) -> Option<ChronoDateTime<Utc>> {
    doc.get_first(field)
        .and_then(|v| v.as_datetime())
        .and_then(|d| ChronoDateTime::from_timestamp(d.into_timestamp_secs(), 0))
}

fn term_query(field: Field, text: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, text),
        IndexRecordOption::Basic,
    ))
}

fn to_tantivy(t: ChronoDateTime<Utc>) -> DateTime {
    DateTime::from_timestamp_secs(t.timestamp())
}

impl<'a> Ctx<'a> {
    fn new(index: &'a Index, f: Fields, req: &'a SearchRequest) -> Result<Ctx<'a>> {
        let reader = index.reader().context("cannot read the index")?;
        Ok(Ctx {
            index,
            searcher: reader.searcher(),
            f,
            req,
        })
    }

    /// Kind, date and speaker filters, as `Must` clauses that do not score.
    fn filters(&self, kind: &str) -> Vec<(Occur, Box<dyn Query>)> {
        let mut clauses: Vec<(Occur, Box<dyn Query>)> =
            vec![(Occur::Must, term_query(self.f.kind, kind))];
        if self.req.since.is_some() || self.req.until.is_some() {
            let bound = |t: Option<ChronoDateTime<Utc>>, inclusive: bool| match t {
                None => Bound::Unbounded,
                Some(t) => {
                    let term = Term::from_field_date_for_search(self.f.published, to_tantivy(t));
                    if inclusive {
                        Bound::Included(term)
                    } else {
                        Bound::Excluded(term)
                    }
                }
            };
            let range = RangeQuery::new(bound(self.req.since, true), bound(self.req.until, false));
            clauses.push((Occur::Must, Box::new(range)));
        }
        if let Some(speaker) = &self.req.speaker {
            let tokens = schema::name_tokens(self.index, speaker);
            let field = if kind == KIND_QUOTE {
                Some(self.f.speaker_name)
            } else {
                None
            };
            if let Some(field) = field {
                for token in tokens {
                    clauses.push((Occur::Must, term_query(field, &token)));
                }
            }
        }
        clauses
    }

    fn parse(&self, query: &str, fields: Vec<Field>) -> (Box<dyn Query>, Vec<String>) {
        let mut parser = QueryParser::for_index(self.index, fields);
        parser.set_conjunction_by_default();
        parser.set_field_boost(self.f.headline, 2.0);
        let (q, errors) = parser.parse_query_lenient(query);
        (q, errors.iter().map(ToString::to_string).collect())
    }

    fn must(&self, kind: &str, extra: Vec<(Occur, Box<dyn Query>)>) -> BooleanQuery {
        let mut clauses = self.filters(kind);
        clauses.extend(extra);
        BooleanQuery::new(clauses)
    }

    fn article_fields(&self) -> Vec<Field> {
        vec![
            self.f.headline,
            self.f.standfirst,
            self.f.body,
            self.f.captions,
        ]
    }

    /// Quote hits: first those whose words match, then those whose article matches.
    fn quotes_about(&self, query: &str, limit: usize) -> Result<SearchResult> {
        let (own, warnings) = self.parse(query, vec![self.f.quote]);
        let tier1 = self.must(KIND_QUOTE, vec![(Occur::Must, own.box_clone())]);
        let (top, total1) = self.searcher.search(
            &tier1,
            &(TopDocs::with_limit(limit).order_by_score(), Count),
        )?;

        let mut hits = self.quote_hits(&top, &*own, "quote")?;
        let mut total = total1;
        if let Some(by_article) = self.article_tier(query)? {
            let tier2 = self.must(
                KIND_QUOTE,
                vec![(Occur::Must, by_article), (Occur::MustNot, own.box_clone())],
            );
            let need = limit.saturating_sub(hits.len()).max(1);
            let (more, total2) = self
                .searcher
                .search(&tier2, &(TopDocs::with_limit(need).order_by_score(), Count))?;
            total += total2;
            if hits.len() < limit {
                let more = self.quote_hits(&more, &*own, "article")?;
                // Tier two's scores are article scores: keep them below tier one's lowest.
                let floor = hits.iter().map(|h| h.score).fold(f32::INFINITY, f32::min);
                let top2 = more.iter().map(|h| h.score).fold(0.0f32, f32::max);
                let scale = if floor.is_finite() && top2 > 0.0 {
                    0.99 * floor / top2
                } else {
                    1.0
                };
                hits.extend(more.into_iter().map(|mut h| {
                    h.score = (h.score * scale.min(1.0)).max(0.0);
                    h
                }));
            }
        }
        Ok(SearchResult {
            hits,
            total,
            query_warnings: warnings,
        })
    }

    /// Tier two: a query matching the quotes of the best-matching articles, each scoring its
    /// article's score. `None` when no article matches.
    fn article_tier(&self, query: &str) -> Result<Option<Box<dyn Query>>> {
        let (article_q, _) = self.parse(query, self.article_fields());
        let articles = self.must(KIND_ARTICLE, vec![(Occur::Must, article_q)]);
        let best = self.searcher.search(
            &articles,
            &TopDocs::with_limit(ARTICLE_TIER).order_by_score(),
        )?;
        let mut by_article: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for (score, addr) in &best {
            let doc: TantivyDocument = self.searcher.doc(*addr)?;
            let id = str_of(&doc, self.f.article_id).unwrap_or_default();
            let q = ConstScoreQuery::new(term_query(self.f.article_id, &id), *score);
            by_article.push((Occur::Should, Box::new(q)));
        }
        Ok((!by_article.is_empty())
            .then(|| Box::new(BooleanQuery::new(by_article)) as Box<dyn Query>))
    }

    /// Every quote that passes the filters and is about `query` (own words or article), unranked.
    fn all_quotes_about(&self, query: Option<&str>) -> Result<Vec<DocAddress>> {
        let mut extra: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        if let Some(q) = query {
            let (own, _) = self.parse(q, vec![self.f.quote]);
            let mut either: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Should, own)];
            if let Some(by_article) = self.article_tier(q)? {
                either.push((Occur::Should, by_article));
            }
            extra.push((Occur::Must, Box::new(BooleanQuery::new(either))));
        }
        let docs = self
            .searcher
            .search(&self.must(KIND_QUOTE, extra), &DocSetCollector)?;
        let mut docs: Vec<DocAddress> = docs.into_iter().collect();
        docs.sort();
        Ok(docs)
    }

    /// Every article that passes the filters, holds a quote by the speaker asked for, and is about
    /// `query`, unranked.
    fn all_articles_about(&self, query: Option<&str>) -> Result<Vec<DocAddress>> {
        let about = query.map(|q| self.parse(q, self.article_fields()).0);
        let extra = self.article_clauses(about)?;
        let docs = self
            .searcher
            .search(&self.must(KIND_ARTICLE, extra), &DocSetCollector)?;
        Ok(docs.into_iter().collect())
    }

    fn articles_about(&self, query: &str, limit: usize) -> Result<SearchResult> {
        let (q, warnings) = self.parse(query, self.article_fields());
        let query = self.must(KIND_ARTICLE, self.article_clauses(Some(q.box_clone()))?);
        let (top, total) = self.searcher.search(
            &query,
            &(TopDocs::with_limit(limit).order_by_score(), Count),
        )?;
        let snippets = self.snippets(&*q, self.f.body, 240)?;
        let hits = top
            .iter()
            .map(|(score, addr)| self.article_hit(*addr, *score, &snippets, "article"))
            .collect::<Result<_>>()?;
        Ok(SearchResult {
            hits,
            total,
            query_warnings: warnings,
        })
    }

    /// What chooses articles besides kind and date: being about a query (when given) and, with
    /// `--speaker`, quoting that speaker.
    fn article_clauses(
        &self,
        about: Option<Box<dyn Query>>,
    ) -> Result<Vec<(Occur, Box<dyn Query>)>> {
        let ids = self.speaker_articles()?;
        Ok(about
            .into_iter()
            .chain(ids)
            .map(|q| (Occur::Must, q))
            .collect())
    }

    /// With `--speaker`, articles that hold a quote by that speaker, as an `article_id` set query.
    fn speaker_articles(&self) -> Result<Option<Box<dyn Query>>> {
        if self.req.speaker.is_none() {
            return Ok(None);
        }
        let quotes = self.must(KIND_QUOTE, Vec::new());
        let docs = self
            .searcher
            .search(&quotes, &tantivy::collector::DocSetCollector)?;
        let mut ids = HashSet::new();
        for addr in docs {
            let doc: TantivyDocument = self.searcher.doc(addr)?;
            if let Some(id) = str_of(&doc, self.f.article_id) {
                ids.insert(id);
            }
        }
        let terms = ids
            .iter()
            .map(|id| Term::from_field_text(self.f.article_id, id));
        Ok(Some(Box::new(TermSetQuery::new(terms))))
    }

    /// No query: the filters alone choose, newest first.
    fn newest(&self, articles: bool, limit: usize) -> Result<SearchResult> {
        let query = if articles {
            self.must(KIND_ARTICLE, self.article_clauses(None)?)
        } else {
            self.must(KIND_QUOTE, Vec::new())
        };
        // Newest first; an article's quotes stay together, in reading order.
        let collector = TopDocs::with_limit(limit).order_by((
            (
                SortByStaticFastValue::<DateTime>::for_field("published"),
                Order::Desc,
            ),
            (SortByString::for_field("article_id"), Order::Asc),
            (
                SortByStaticFastValue::<u64>::for_field("position"),
                Order::Asc,
            ),
        ));
        let (top, total) = self.searcher.search(&query, &(collector, Count))?;
        let mut hits = Vec::with_capacity(top.len());
        for (_, addr) in &top {
            hits.push(if articles {
                self.article_hit(*addr, 0.0, &None, "filter")?
            } else {
                self.quote_hit(*addr, 0.0, None, "filter")?
            });
        }
        Ok(SearchResult {
            hits,
            total,
            query_warnings: Vec::new(),
        })
    }

    fn snippets(
        &self,
        query: &dyn Query,
        field: Field,
        max: usize,
    ) -> Result<Option<SnippetGenerator>> {
        let mut generator = SnippetGenerator::create(&self.searcher, query, field)?;
        generator.set_max_num_chars(max);
        Ok(Some(generator))
    }

    fn quote_hits(
        &self,
        top: &[(f32, DocAddress)],
        own: &dyn Query,
        matched: &'static str,
    ) -> Result<Vec<Hit>> {
        // Long enough that a whole quote is shown, with its matching words marked.
        let snippets = self.snippets(own, self.f.quote, 100_000)?;
        top.iter()
            .map(|(score, addr)| self.quote_hit(*addr, *score, snippets.as_ref(), matched))
            .collect()
    }

    fn quote_hit(
        &self,
        addr: DocAddress,
        score: f32,
        snippets: Option<&SnippetGenerator>,
        matched: &'static str,
    ) -> Result<Hit> {
        let doc: TantivyDocument = self.searcher.doc(addr)?;
        let f = &self.f;
        let text = str_of(&doc, f.quote).unwrap_or_default();
        let highlights = snippets.map_or_else(Vec::new, |g| {
            // Highlights are offsets within the fragment; the fragment's own range places them
            // in the whole quote.
            let s = g.snippet(&text);
            let at = s.fragment_range().start;
            s.highlighted()
                .iter()
                .map(|r| (at + r.start, at + r.end))
                .collect()
        });
        let mut hit = self.common(&doc, "quote", text, highlights, score, matched);
        hit.speaker = str_of(&doc, f.speaker);
        hit.mention = str_of(&doc, f.mention);
        hit.role = str_of(&doc, f.role);
        hit.cue = str_of(&doc, f.cue);
        hit.quote_kind = str_of(&doc, f.quote_kind);
        hit.section = str_of(&doc, f.section);
        hit.paragraph = doc.get_first(f.paragraph).and_then(|v| v.as_u64());
        hit.sentence = str_of(&doc, f.sentence);
        Ok(hit)
    }

    fn article_hit(
        &self,
        addr: DocAddress,
        score: f32,
        snippets: &Option<SnippetGenerator>,
        matched: &'static str,
    ) -> Result<Hit> {
        let doc: TantivyDocument = self.searcher.doc(addr)?;
        let f = &self.f;
        let body = str_of(&doc, f.body).unwrap_or_default();
        let (text, highlights) = match snippets {
            Some(g) if !g.snippet(&body).is_empty() => {
                let s = g.snippet(&body);
                let ranges = s.highlighted().iter().map(|r| (r.start, r.end)).collect();
                (s.fragment().to_string(), ranges)
            }
            _ => {
                let lead = str_of(&doc, f.standfirst)
                    .or_else(|| body.split("\n\n").next().map(str::to_string))
                    .unwrap_or_default();
                (lead, Vec::new())
            }
        };
        let mut hit = self.common(&doc, "article", text, highlights, score, matched);
        hit.byline = str_of(&doc, f.byline);
        Ok(hit)
    }

    fn common(
        &self,
        doc: &TantivyDocument,
        kind: &'static str,
        text: String,
        highlights: Vec<(usize, usize)>,
        score: f32,
        matched: &'static str,
    ) -> Hit {
        let f = &self.f;
        Hit {
            kind,
            text,
            highlights,
            speaker: None,
            mention: None,
            role: None,
            cue: None,
            quote_kind: None,
            section: None,
            paragraph: None,
            sentence: None,
            byline: None,
            published: date_of(doc, f.published),
            headline: str_of(doc, f.headline).unwrap_or_default(),
            article_id: str_of(doc, f.article_id).unwrap_or_default(),
            path: str_of(doc, f.source).unwrap_or_default(),
            url: str_of(doc, f.url),
            score,
            matched,
        }
    }
}

fn str_of(doc: &TantivyDocument, field: Field) -> Option<String> {
    doc.get_first(field)
        .and_then(|v| v.as_str())
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_start_step_and_name_across_year_ends() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        // Sunday 3 January 2021 is in ISO week 53 of 2020, which began on Monday 28 December.
        let week = Period::Week.start(d(2021, 1, 3));
        assert_eq!(week, d(2020, 12, 28));
        assert_eq!(Period::Week.label(week), "2020-W53");
        assert_eq!(Period::Week.next(week), Some(d(2021, 1, 4)));
        let month = Period::Month.start(d(2024, 12, 31));
        assert_eq!(
            (Period::Month.label(month), Period::Month.next(month)),
            ("2024-12".into(), Some(d(2025, 1, 1)))
        );
        assert_eq!(Period::Year.start(d(2024, 2, 29)), d(2024, 1, 1));
        assert_eq!(Period::Day.label(d(2024, 2, 29)), "2024-02-29");
    }

    #[test]
    fn roles_differing_in_case_are_one() {
        let counts = HashMap::from([
            ("Opposition leader".to_string(), 16),
            ("opposition leader".to_string(), 9),
            ("Councillor".to_string(), 6),
        ]);
        let merged = merge_case(counts);
        assert_eq!(merged.get("Opposition leader"), Some(&25));
        assert_eq!(merged.len(), 2);
    }
}
