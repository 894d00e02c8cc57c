//! Quote extraction: finds the quoted spans of an article's headline, standfirst and body (never its
//! related-story links or captions), the cue that attributes each one, and asks [`crate::speakers`]
//! who the cue's subject is. Every `Quote` records the rule that chose its speaker, so a wrong answer
//! can be traced to the rule that gave it.
//!
//! Spans (`find_spans`): double marks of every style (`"…"`, `“…”`, `«…»`, `„…“`, `''…''`) nest
//! single ones; single marks count only where they pair and are not apostrophes (`It'd`,
//! `Ukraine's`, `students'`, `'60s`). A straight mark that can only open, met inside an open quote,
//! ends the unclosed quote before it. A quote left open at a paragraph's end runs to that end (the
//! next paragraph opening with a mark continues it: one `Quote` per paragraph). A stray `:`/`;`
//! where the opening mark belongs right after a speech verb's colon (`tweeting: :We …`) opens a
//! quote when the rest of the paragraph is a clean sentence with no marks.
//!
//! Speaker rules, tried in this order for each span; `Quote::rule` is `rule/how-resolved`
//! (written words, `document` (`"…," reads a memo`, `signs that read "…"`), and `words-of`, `in
//! Cairo's words, it was "…"`, `As the Ledger puts it, he is "…"`, come first):
//! 1. `trailing`: a cue right after the closing mark, in the same sentence: `"…," said Sir Keir`,
//!    `"…," he said`, `"…," the Foreign Secretary will say`, `"…," Ann Lee, a farmer from Hove,
//!    said`, `"…," Rep. Jo Bell (D-Ore.) said`, `"…," said city spokesman Tom Ode`; after a quote
//!    ending mid-sentence any verb counts (`"…," Trump assured Jones`, `"…," remembered Roy
//!    Verley`), and a quote closed on `?`/`!` keeps a `Name verb` after it in its sentence
//!    (`"Would it be negotiable?" Hannity pressed.`).
//! 2. `dash`: `"…" ― Ann Lee` signs the quote.
//! 3. `leading`: a speech verb in the clause before an opening mark that follows `:` or `,`
//!    (`She will add: "…"`, `Boris Johnson warned Mr Putin: "…"` — the subject, not the object).
//! 4. `label`: a bare name before the colon (`Truss: '…'`, `… - Pew Research: "…"`).
//! 5. `leading-colon`: any clause ending in a colon before the quote gives its subject, or the
//!    agent closing it (`the question put by Amy Roscoe: "…"`, `a reply from Ann Lee: "…"`).
//! 6. `reported`: a speech verb earlier in the sentence, nearest first unless a plain `said`
//!    frames it (`She will claim the "…" and that "…"`: both quotes, one speaker).
//! 7. `passive`: `… "a mess", as described by Mayor Ann Lee`.
//! 8. `sentence-final`: a speech verb after the span (`Vladimir Putin must "step back" …, Liz
//!    Truss will warn`).
//! 9. `title-of-work`: a short title-case span after a possessive or `on`/`in` (`CNN's "New Day"`)
//!    or a kind of work (`the documentary "…"`) names a programme and claims nobody; so does a
//!    `label` (`the so-called "…"`, `identified as "…"`) and a word `unsaid` (`never said the
//!    word "…"`, `did not use the word "…"`); spans listed right after such a span (`"A," "B"
//!    or "C"`) are named the same way.
//! 10. `signature`: a quote paragraph followed by a `- Ann Lee.` line.
//! 11. `continuation`: a span that is its whole sentence with no cue continues the last speaker of
//!     this or the previous two paragraphs (over removed `Read more:` lines too; also each
//!     paragraph of a multi-paragraph quote). After nested speech (`Royer reminded the forum that
//!     Albers had called it "…"`) the outer speaker is the one continued.
//! 12. `owner`: `Bo Chan's claim that the plan "works"`.
//! 13. `subject`: a partial quote in a sentence with no speech verb belongs to the sentence's person
//!     subject (`Trump admires Putin as a "strong leader"`); never in headlines or bullet-list
//!     items (`- Landlords will have to keep a "flood plan"`), which state points, not speech,
//!     nor for a vote (`voted "present"`, `the sole "nay"`).
//! 14. `reported-run`: a partial quote with no cue of its own in the sentence right after reported
//!     speech (`Ms Lee said the plan had failed. The new one was "our idea with their logo on it".`)
//!     goes on reporting the same speaker.
//! 15. `headline-cue`: every quote of a headline takes the headline's one cue (`…, says Foreign Sec`);
//!     with no cue, `headline-label`: a person labelling the headline said them (`Truss: Putin
//!     must 'step back'`), a topic (`Brexit: …`) nobody.
//!
//! A lone capitalised word the article only ever puts first in a sentence or list item
//! (`Flooded households can …`) resolves as `sentence-initial`: a speech verb still makes it a
//! speaker (`Aides said`), but the `subject` rule and a bullet-list item never do.
//!
//! Anything else (a scare quote in narrative, `"false flag" operation`) keeps no speaker: it claims
//! nobody. The cue's subject goes to [`Resolver::resolve`]; sentences without quotes still feed it
//! salience (their subjects and reported-speech speakers), so "he" finds the person being reported.
//! A pronoun cue takes the sentence's named subject only when the name comes first and the cue is
//! not parenthetical (`Trump said he believes`, not `Renner hid it, he claimed,`). A sentence that
//! says its subject was absent or silent (`who was not at the launch`, `declined to comment`)
//! takes them out of pronoun salience; an unnamed source that speaks (`a spokeswoman for the
//! council said`) owns the next matching "she said" and the quote paragraph after it. A pronoun
//! cue never stands for a name in its own clause (`she told Dr Carrick`) nor in the clause a
//! closing `…, he said.` reports. `called off`/`called up` are not speech.
//!
//! Layout: `spans` finds the quoted spans of a paragraph and `sentences` its sentences and
//! words; `verbs` is the speech vocabulary; `subjects` finds the mention a verb's clause names;
//! `cues` holds the rules above that attribute a span, `nobody` the spans that claim nobody, and
//! `salience` what sentences without quotes tell the resolver. This file walks an article's
//! paragraphs and applies them in order.
//!
//! Cost: each paragraph is scanned once for marks, words and sentences; cue search works on
//! binary-searched word ranges of the span's own sentence. A paragraph longer than 4,000 bytes or
//! 64 quotes (a scrape that lost its breaks, a file of marks) is read in pieces cut at sentence
//! ends, so even a sentence-long paragraph costs linear time (`tests/linear_time.rs`).

mod cues;
mod nobody;
mod salience;
mod sentences;
mod spans;
mod subjects;
#[cfg(test)]
mod tests;
mod verbs;

use crate::article::{Article, Quote, QuoteKind, Section};
use crate::speakers::{
    anonymous_source, first_name_gender, is_capitalised, is_role_noun, name_runs, words, Entities,
    Gender, Resolved, Resolver,
};
use cues::{find_cue, group_acts, label_name, named_lead_over_pronoun, verb_subject};
use nobody::{
    is_crosshead, is_defined_term, is_label, is_nickname, is_title_of_work, is_unsaid_word,
    title_case_sentence,
};
use salience::{governed_by_pronoun, names_pronoun_before, note_sentence};
use sentences::{char_offset, sentence_of, sentence_starts, word_range};
use spans::{find_spans, DOUBLE_MARKS, SINGLE_MARKS};
use subjects::{
    clause_subject, is_person_mention, owner_of_speech_noun, sentence_subject, PEOPLE_NOUNS,
};
use verbs::{passive_at, verb_at};

/// How many paragraphs back a cue-less quote paragraph may look for the speaker it continues.
const CONTINUATION_REACH: usize = 2;

/// Where the quotes of one text unit go.
pub(super) struct Unit<'a> {
    section: Section,
    paragraph: usize,
    text: &'a str,
    /// The paragraph after this one, where a `- Name.` signature line may stand.
    next: Option<&'a str>,
}

/// `- Landlords will have to …`, `• …`, `* …`: a paragraph that is an item of a bullet list.
fn is_bullet_item(p: &str) -> bool {
    let p = p.trim_start();
    ["- ", "\u{2022} ", "* ", "\u{2022}\t", "-\t", "*\t"]
        .iter()
        .any(|b| p.starts_with(b))
}

/// `- Hillary Clinton.` / `— Sanders`: a paragraph that only signs the quote before it.
fn signature_line(p: &str) -> Option<&str> {
    let p = p.trim();
    // `Lisa Su, CEO of AMD (during the Q4 earnings call)`: a credit line with no dash names the
    // person in full before a comma, and ends as no sentence does.
    if !p.starts_with(['-', '\u{2013}', '\u{2014}', '\u{2015}']) {
        let (name, credit) = p.split_once(", ")?;
        let ws: Vec<&str> = name.split_whitespace().collect();
        let credit_line = !p.ends_with(['.', '!', '?', ':', '"', '\u{201d}'])
            && credit.split_whitespace().count() <= 20
            && (2..=4).contains(&ws.len())
            && ws.iter().all(|w| is_capitalised(w))
            && first_name_gender(ws[0]).is_some();
        return credit_line.then_some(name);
    }
    let rest = &p[p.char_indices().nth(1).map_or(p.len(), |(i, _)| i)..];
    let name = rest.trim().trim_end_matches('.');
    // `- Ann Lee, Hove.`: a vox-pop signature adds the person's town after a comma.
    let name = name.split(',').next().unwrap_or(name).trim_end();
    let ws: Vec<&str> = name.split_whitespace().collect();
    ((1..=5).contains(&ws.len()) && ws.iter().all(|w| is_capitalised(w))).then_some(name)
}

pub(super) struct State {
    resolver: Resolver,
    /// The last speaker and the body paragraph it spoke in, for continuation.
    last: Option<(Resolved, Section, usize)>,
    /// The speaker of the latest quote-free sentence of reported speech (`X said the plan …`):
    /// who, in which section and paragraph, and where that sentence ends.
    reported: Option<(Resolved, Section, usize, usize)>,
    /// The speaker of the latest quote that has one: the interviewee an interview returns to
    /// after a question, whoever the paragraphs between were about.
    speaker: Option<(Resolved, Section, usize)>,
}

/// Extracts every quote of the article with its speaker.
pub fn extract(article: &Article) -> Vec<Quote> {
    // Read once: code paragraphs feed neither the name table nor the quotes.
    let code: Vec<bool> = article.body.iter().map(|p| looks_like_code(p)).collect();
    let mut texts: Vec<&str> = vec![article.headline.as_str()];
    texts.extend(article.standfirst.as_deref());
    texts.extend(
        article
            .body
            .iter()
            .zip(&code)
            .filter(|(_, &c)| !c)
            .map(|(p, _)| p.as_str()),
    );
    let entities = Entities::from_texts(texts);
    let mut state = State {
        resolver: Resolver::new(entities),
        last: None,
        reported: None,
        speaker: None,
    };
    // A first paragraph repeating the headline (as many scrapes have) is the headline, not body.
    let repeat = |p: &str| {
        let norm = |s: &str| s.trim().trim_end_matches(['.', ' ']).to_lowercase();
        !article.headline.is_empty() && norm(p) == norm(&article.headline)
    };
    let mut out = Vec::new();
    // The body first: the headline's short titles ("Foreign Sec") resolve through what it taught.
    if let Some(sf) = article.standfirst.as_deref() {
        extract_paragraph(
            &Unit {
                section: Section::Standfirst,
                paragraph: 0,
                text: sf,
                next: None,
            },
            &mut state,
            &mut out,
        );
    }
    for (i, p) in article.body.iter().enumerate() {
        if (i == 0 && repeat(p)) || code[i] {
            continue;
        }
        extract_paragraph(
            &Unit {
                section: Section::Body,
                paragraph: i,
                text: p,
                next: article.body.get(i + 1).map(String::as_str),
            },
            &mut state,
            &mut out,
        );
        // An interviewer's question, or a caption or promo line scraped into the body, stands
        // between an answer and the speaker before it without ending the interview.
        if is_interlude(p) {
            // A question about the person the paragraphs before it were about (`Would Orla
            // Finch make a good leader?`) is answered by the last person quoted.
            let asked_about = state
                .last
                .as_ref()
                .is_some_and(|(r, ..)| names_surname(r, p));
            if is_question(p) && asked_about && state.speaker.is_some() {
                state.last = state.speaker.clone();
            }
            if let Some((_, Section::Body, last)) = state.last.as_mut() {
                *last = i;
            }
        }
    }
    let mut head = Vec::new();
    state.last = None;
    extract_paragraph(
        &Unit {
            section: Section::Headline,
            paragraph: 0,
            text: &article.headline,
            next: None,
        },
        &mut state,
        &mut head,
    );
    echo_headline(&mut head, &out);
    head.extend(out);
    // Roles learned later in the article ("the Foreign Secretary" is Liz Truss) belong on the
    // person's earlier quotes too.
    for q in head.iter_mut().filter(|q| q.role.is_none()) {
        let Some(name) = q.speaker.as_deref() else {
            continue;
        };
        let person = state
            .resolver
            .entities
            .people
            .iter()
            .find(|p| p.name == name);
        q.role = person.and_then(|p| p.roles.first().cloned());
    }
    head
}

/// A paragraph of program code or markup a page set in its body (`if err != nil { return … }`,
/// `.gmobile { width:100%; }`): its strings are nobody's words, and its identifiers nobody's
/// names. Braces, brackets, `=`, `;`, `<>`, `|`, `&`, `$`, `\` and `_` make up over 6% of it, and
/// it has two marks of code besides. Of 17,000 PolNeAR paragraphs, the six this takes are CSS and
/// HTML pasted into the text.
fn looks_like_code(p: &str) -> bool {
    const MARKS: [&str; 16] = [
        "{", "}", ":=", "=>", "();", "//", "!=", "==", "</", "return ", "func ", "function",
        "import ", "def ", "var ", "const ",
    ];
    let (mut code, mut all) = (0usize, 0usize);
    for c in p.chars().filter(|c| !c.is_whitespace()) {
        all += 1;
        code += usize::from("{}[]();=<>|&$\\_".contains(c));
    }
    code * 100 > all * 6 && MARKS.iter().filter(|m| p.contains(*m)).count() >= 2
}

/// Whether `text` names the speaker by surname: a quote naming whom it would be credited to, or
/// a question asking about the last person quoted.
fn names_surname(r: &Resolved, text: &str) -> bool {
    r.speaker
        .as_deref()
        .and_then(|n| n.split_whitespace().last())
        .is_some_and(|last| words(text).iter().any(|w| w.text == last))
}

/// `Founder of Perfect Earth Project`, `Yinuo Sun and Nadia Alquaddoomi of Terremoto`: a short
/// run of capitalised words and the small words of titles, as labels and job titles are set.
pub(super) fn is_title_case_description(s: &str) -> bool {
    const SMALL: [&str; 14] = [
        "of", "and", "the", "for", "at", "in", "on", "to", "&", "a", "by", "with", "or", "from",
    ];
    let words: Vec<&str> = s.split_whitespace().collect();
    (1..=12).contains(&words.len())
        && words.iter().any(|w| is_capitalised(w))
        && words.iter().all(|w| is_capitalised(w) || SMALL.contains(w))
}

/// A paragraph that is the writer's question: `What advice would he give?`, `…, I say.`
fn is_question(p: &str) -> bool {
    let p = p.trim();
    p.ends_with('?') || p.ends_with(", I say.") || p.ends_with(", I ask.")
}

/// A quote-free paragraph that only interrupts: a question (`What advice would he give Starmer?`,
/// `But you've just written a book for him, I say.`) or a short line without a full stop (a
/// caption or a promo scraped into the body). Cheap tests first: it runs for every sentence.
pub(super) fn is_interlude(p: &str) -> bool {
    let p = p.trim();
    let question = is_question(p);
    let line = !p.ends_with(['.', '!', ':', '"', '\u{201d}', '\'', '\u{2019}'])
        && p.split_whitespace().count() <= 12;
    (question || line) && find_spans(p).is_empty()
}

/// A headline quote with no cue of its own (`Blair 'up for it'`) repeats words the body gives to
/// someone: it is theirs when every body quote holding the same words (two or more, in order)
/// has one speaker. A single word is too common to tie to one quote.
fn echo_headline(head: &mut [Quote], body: &[Quote]) {
    let folded = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    // Most headlines quote nobody without a cue: fold the body only when one does.
    let mut body_words: Option<Vec<Vec<String>>> = None;
    for q in head.iter_mut().filter(|q| q.speaker.is_none()) {
        let want = folded(&q.text);
        if want.len() < 2 {
            continue;
        }
        let body_words =
            body_words.get_or_insert_with(|| body.iter().map(|b| folded(&b.text)).collect());
        let mut speakers = body
            .iter()
            .zip(body_words.iter())
            .filter(|(_, ws)| ws.windows(want.len()).any(|w| w == want.as_slice()))
            .map(|(b, _)| b.speaker.as_deref());
        let Some(Some(first)) = speakers.next() else {
            continue;
        };
        if speakers.all(|s| s == Some(first)) {
            q.speaker = Some(first.to_string());
            q.rule = "headline-echo".to_string();
        }
    }
}

/// The longest piece of a paragraph read as one unit, in bytes and in quotes. Real paragraphs
/// stay under both (the longest of 17,000 PolNeAR paragraphs is 12,561 bytes and only ten pass
/// 4,000; BBC's longest is 2,572); a scrape that lost its paragraph breaks, or a hostile file of
/// quote marks, does not. The cue rules look back and forth within a sentence for each quote, so a
/// paragraph read whole costs time growing with the square of its length: cut into pieces of
/// bounded size, an article costs linear time.
const PIECE_BYTES: usize = 4_000;

const PIECE_QUOTES: usize = 64;

/// Extracts one paragraph, in pieces within [`PIECE_BYTES`] and [`PIECE_QUOTES`] cut at sentence
/// ends outside quotes where it has them. The pieces read as one paragraph: same index, offsets
/// counted from its start, and reported speech running on over a cut.
fn extract_paragraph(unit: &Unit, state: &mut State, out: &mut Vec<Quote>) {
    let text = unit.text;
    let marks = text
        .chars()
        .filter(|c| DOUBLE_MARKS.contains(c) || SINGLE_MARKS.contains(c))
        .count();
    if text.len() <= PIECE_BYTES && marks <= 2 * PIECE_QUOTES {
        extract_unit(unit, state, out);
        return;
    }
    let cuts = piece_cuts(text);
    let mut chars_before = 0;
    for (k, w) in cuts.windows(2).enumerate() {
        let piece = &text[w[0]..w[1]];
        let first = out.len();
        extract_unit(
            &Unit {
                text: piece,
                next: unit.next.filter(|_| k + 2 == cuts.len()),
                ..*unit
            },
            state,
            out,
        );
        for q in &mut out[first..] {
            q.start += chars_before;
            q.end += chars_before;
        }
        chars_before += piece.chars().count();
        // A sentence of reported speech ending at the cut is followed by the next piece's first.
        if let Some((.., p, end)) = state.reported.as_mut() {
            if *p == unit.paragraph {
                *end = if *end == piece.len() { 0 } else { usize::MAX };
            }
        }
    }
}

/// Byte offsets cutting `text` into pieces within [`PIECE_BYTES`] and [`PIECE_QUOTES`] (first 0,
/// last its length): at the last sentence start outside a quote within the limits, else at the
/// last space, else at the limit.
fn piece_cuts(text: &str) -> Vec<usize> {
    let spans = find_spans(text);
    let starts = sentence_starts(text, &spans);
    let mut cuts = vec![0];
    let mut from = 0;
    loop {
        let first_span = spans.partition_point(|sp| sp.open < from);
        let mut limit = text.floor_char_boundary(from + PIECE_BYTES);
        if let Some(sp) = spans.get(first_span + PIECE_QUOTES) {
            limit = limit.min(sp.open);
        } else if text.len() - from <= PIECE_BYTES {
            break;
        }
        let sentence = starts[..starts.partition_point(|&s| s <= limit)]
            .iter()
            .rev()
            .take_while(|&&s| s > from)
            .find(|&&s| {
                let i = spans.partition_point(|sp| sp.open < s);
                i == 0 || spans[i - 1].close <= s
            });
        let space = || {
            text[from..limit]
                .rfind(char::is_whitespace)
                .map(|i| from + i + 1)
                .filter(|&c| c > from && c <= limit)
        };
        let cut = sentence.copied().or_else(space).unwrap_or(limit);
        // The limit lies past `from` (a span opens after it, or the text runs on), so the cut
        // moves on; guard it all the same, since a loop that stalls never ends.
        if cut <= from {
            break;
        }
        cuts.push(cut);
        from = cut;
    }
    if from < text.len() {
        cuts.push(text.len());
    }
    cuts
}

fn extract_unit(unit: &Unit, state: &mut State, out: &mut Vec<Quote>) {
    let text = unit.text;
    let spans = find_spans(text);
    let mut ws = words(text);
    for w in ws.iter_mut() {
        let i = spans.partition_point(|s| s.start <= w.start);
        w.quoted = i > 0 && w.end <= spans[i - 1].end;
    }
    let starts = sentence_starts(text, &spans);
    let mut quotes: Vec<Quote> = Vec::new();
    // Salience first: the subject of each sentence before any quote in it is attributed.
    let mut sentence_done = vec![false; starts.len()];
    // The last span named as nobody's words (or read off a document), and where it closed.
    let mut named_before: Option<(&'static str, usize)> = None;
    for (idx, span) in spans.iter().enumerate() {
        let sent = sentence_of(&starts, text.len(), span.open);
        let si = starts
            .partition_point(|&s| s <= span.open)
            .saturating_sub(1);
        for (j, done) in sentence_done.iter_mut().enumerate().take(si) {
            if !std::mem::replace(done, true) {
                note_sentence(unit, &ws, &starts, j, &spans, state);
            }
        }
        if let Some(d) = sentence_done.get_mut(si) {
            *d = true;
        }
        let headline = unit.section == Section::Headline;
        let before = text[sent.0..span.open].trim();
        let cue = find_cue(text, &ws, &spans, idx, sent, &state.resolver, headline)
            .map(|c| named_lead_over_pronoun(c, text, &ws, (sent.0, span.open), &state.resolver));
        let kind = if unit.section == Section::Headline {
            QuoteKind::Headline
        } else if before.is_empty()
            || before.ends_with([':', ','])
            || text[span.start..span.end].starts_with(|c: char| c.is_uppercase())
                && span.end - span.start > 40
        {
            QuoteKind::Full
        } else {
            QuoteKind::Partial
        };
        // `told CNN's "New Day."`: the name of a programme or book is nobody's words, nor is a
        // nickname.
        let name = if is_title_of_work(text, *span) {
            Some("title-of-work")
        } else if is_defined_term(text, *span) {
            Some("defined-term")
        } else if is_label(text, *span) {
            Some("label")
        } else if is_unsaid_word(text, *span) {
            Some("unsaid")
        } else if is_nickname(text, *span) {
            Some("nickname")
        } else {
            // `the word "apology," "apologize" or "sorry"`, `the so-called "A" and "B"`: a span
            // listed right after one is named the same way.
            named_before
                .filter(|&(_, close)| is_list_gap(&text[..close], &text[close..span.open]))
                .map(|(name, _)| name)
        };
        // Words on a sign list the same way: `signs that read "Go home" and "Pay writers"`.
        let document = cue
            .as_ref()
            .filter(|c| c.rule == "document")
            .map(|c| c.rule);
        named_before = name.or(document).map(|n| (n, span.close));
        // `When pressed on …, "…"` leaves out its subject, the person the report follows (the
        // resolver reads a "When" mention so); a "When" clause before any other cue is no
        // subject at all (`When asked about it, Canova "bristled"`).
        let cue = cue
            .filter(|_| name.is_none())
            .filter(|c| c.rule == "leading" || !c.mention.eq_ignore_ascii_case("when"));
        let (speaker, rule, verb, mention) = match &cue {
            None if name.is_some() => (
                Resolved {
                    speaker: None,
                    role: None,
                    how: "none",
                    person: None,
                },
                name.unwrap_or_default().to_string(),
                None,
                None,
            ),
            Some(c) => {
                let mut excluded = governed_by_pronoun(text, &ws, sent, &c.mention);
                excluded.push(&text[span.start..span.end]);
                state.resolver.set_excluded(&excluded);
                let mut r = state.resolver.resolve(&c.mention);
                state.resolver.set_excluded(&[]);
                // `- Flooded households can claim a "grant"`: a list item's first word is no speaker.
                if r.how == "sentence-initial" && is_bullet_item(text) {
                    r = Resolved::none("sentence-initial");
                }
                if r.how.starts_with("pronoun") {
                    // `Trump said he believes …`: a pronoun in the sentence of a named subject is theirs.
                    let own = sentence_subject(text, &ws, sent.0, span.open, &state.resolver)
                        .filter(|m| !m.eq_ignore_ascii_case(&c.mention))
                        .filter(|m| names_pronoun_before(&text[sent.0..sent.1], m, &c.mention))
                        .map(|m| state.resolver.resolve(&m))
                        .filter(|o| {
                            o.person
                                .is_some_and(|i| state.resolver.pronoun_fits(i, &c.mention))
                        });
                    if let Some(mut o) = own {
                        o.how = "pronoun-clause";
                        r = o;
                    }
                }
                // `"…," From said.`: mid-sentence after a quote, a capitalised word in the subject
                // slot is a surname even when it is also a common word (From, Will, Green).
                let one_word = !c.mention.contains(' ')
                    && is_capitalised(&c.mention)
                    && !["he", "she", "they", "we", "i", "it", "you", "who"]
                        .contains(&c.mention.to_lowercase().as_str());
                if r.speaker.is_none() && c.rule == "trailing" && one_word && c.mention.len() > 2 {
                    r = Resolved {
                        speaker: Some(c.mention.clone()),
                        role: None,
                        how: "surname-as-written",
                        person: None,
                    };
                }
                let mut rule = format!("{}/{}", c.rule, r.how);
                // A verb whose subject names nobody ("the report said") leaves the quote to the
                // sentence's person subject, as a quote with no cue would be.
                // An unnamed person (`A Downing Street spokesperson said the Prime Minister had
                // "full confidence"`) is a speaker all the same: the words are not the subject's.
                // Nor is `an expert has claimed`: someone unnamed, not the sentence's subject.
                // Nor are `one of our testers claimed`, `critics said`: people, unnamed.
                let people = c.mention.split_whitespace().last().is_some_and(|w| {
                    PEOPLE_NOUNS.contains(w.to_lowercase().as_str()) || is_role_noun(w)
                });
                let weak = ["reported", "sentence-final", "passive"].contains(&c.rule)
                    && anonymous_source(&c.mention).is_none()
                    && r.how != "unnamed"
                    && !people;
                if r.speaker.is_none() && weak && unit.section != Section::Headline {
                    // Only a subject before the verb: in `The group argues that Ms Yarrow "owes
                    // …"` she is what the group argues about.
                    let verb = c.verb.trim_end_matches(':');
                    let upto = word_range(&ws, sent.0, span.open)
                        .rev()
                        .find(|&k| !ws[k].quoted && ws[k].text == verb)
                        .map_or(span.open, |k| ws[k].start);
                    let own = clause_subject(text, &ws, sent.0, upto, &state.resolver, true)
                        .filter(|m| !m.eq_ignore_ascii_case(&c.mention))
                        .map(|m| state.resolver.resolve(&m))
                        .filter(|o| o.person.is_some());
                    if let Some(o) = own {
                        rule = format!("{}/subject", c.rule);
                        r = o;
                    }
                }
                // `Scotland's first minister has told pupils … "once in a while".` opening a
                // report names the person in the next paragraph: `Jack McConnell was speaking …`.
                let office = c
                    .mention
                    .split_whitespace()
                    .last()
                    .is_some_and(is_role_noun);
                let lead = unit.section == Section::Body
                    && unit.paragraph == 0
                    && office
                    && state.resolver.nobody_yet();
                // `…, a Labour backbencher has said.` too, but never `a spokesman`: the lead's
                // unnamed source stays unnamed.
                let anonymous = c.mention.split_whitespace().last().is_some_and(|w| {
                    crate::speakers::ANONYMOUS_ROLES.contains(&w.to_lowercase().as_str())
                });
                let described = ["description", "unnamed"].contains(&r.how);
                if lead && r.speaker.is_none() && described && !anonymous {
                    let next = unit.next.unwrap_or_default();
                    let quoted = find_spans(next);
                    let named = name_runs(next)
                        .iter()
                        .filter(|run| {
                            !quoted
                                .iter()
                                .any(|q| q.open <= run.start && run.end <= q.close)
                        })
                        .find_map(|run| state.resolver.lookup_name(&run.words.join(" ")));
                    if let Some(i) = named {
                        r = state.resolver.resolved(i, "description-next");
                        rule = format!("{}/description-next", c.rule);
                    }
                }
                if r.speaker.is_some() {
                    state.resolver.note_speaker(&r);
                }
                // `Mr Pryce has dismissed claims that …`: the claim's words are not his, but the
                // sentence is about him, so his next "he said" is his.
                if c.rule == "claim" && r.speaker.is_none() {
                    let subject =
                        clause_subject(text, &ws, sent.0, span.open, &state.resolver, true)
                            .and_then(|m| state.resolver.resolve(&m).person);
                    if let Some(p) = subject {
                        state.resolver.note_subject(p);
                    }
                }
                let written = crate::speakers::as_written(&c.mention).to_string();
                (r, rule, Some(c.verb.clone()), Some(written))
            }
            None => {
                // A word or two opening a sentence that goes on (`"Chhota" means "small"`,
                // `'Black Rod' arrived`) are words talked about, not a sentence quoted.
                let quoted_words = word_range(&ws, span.start, span.end).len();
                let followed = word_range(&ws, span.close, sent.1).next().is_some();
                let talked_about = quoted_words <= 2 && followed;
                let whole_sentence = (before.is_empty() && !talked_about) || span.typo;
                // Not someone the quote itself names (`"Alastair Campbell, selling out the O2!"`):
                // a speaker does not talk of themselves by name.
                let quoted = &text[span.start..span.end];
                let names_speaker = |r: &Resolved| {
                    let full = r.speaker.as_deref().is_some_and(|n| n.contains(' '));
                    full && names_surname(r, quoted)
                };
                let within = |(r, sec, p): &&(Resolved, Section, usize)| {
                    *sec == unit.section
                        && unit.paragraph <= p + CONTINUATION_REACH
                        && !names_speaker(r)
                };
                // If the quote names the person the last paragraph was about, it goes on from the
                // last person quoted.
                let near = state
                    .last
                    .as_ref()
                    .filter(within)
                    .or_else(|| state.speaker.as_ref().filter(within));
                let headline_like = title_case_sentence(&ws, sent.0, span.open);
                let bullet = is_bullet_item(text);
                let reported_run = state
                    .reported
                    .as_ref()
                    // The sentence right after the reported one, or one the run already reached.
                    .filter(|(_, sec, p, end)| {
                        *sec == unit.section
                            && *p == unit.paragraph
                            && (*end == sent.0 || *end == sent.1)
                    })
                    // `Meanwhile the Tories outlined plans to tackle "yob culture"`: a group
                    // acting in a sentence of its own is another source.
                    .filter(|_| !group_acts(&ws, sent.0, span.open))
                    // A sentence with a speech verb of its own (`The company has insisted …`)
                    // frames its own words, and one `according to` a document cites that.
                    .filter(|_| {
                        !word_range(&ws, sent.0, span.open).any(|k| {
                            !ws[k].quoted
                                && (verb_at(text, &ws, k)
                                    || ws[k].text.eq_ignore_ascii_case("according"))
                        })
                    })
                    .map(|(r, ..)| r.clone());
                // `Madeleine Albright, a Clinton supporter, fanned controversy over her remark
                // that "…"`: the possessive pronoun is the sentence's own subject's where the
                // gender allows.
                let owner = owner_of_speech_noun(text, &ws, sent.0, span.open).map(|m| {
                    let gender = match m.as_str() {
                        "he" => Gender::Male,
                        "she" => Gender::Female,
                        _ => return m,
                    };
                    let subject =
                        clause_subject(text, &ws, sent.0, span.open, &state.resolver, false)
                            .filter(|s| !["he", "she"].contains(&s.to_lowercase().as_str()));
                    let person = subject
                        .as_deref()
                        .and_then(|s| state.resolver.resolve(s).person);
                    match person {
                        Some(i)
                            if state.resolver.entities.people[i]
                                .gender
                                .is_none_or(|g| g == gender) =>
                        {
                            subject.unwrap_or(m)
                        }
                        _ => m,
                    }
                });
                let mut subject = || {
                    // A list item states a point of a plan or a letter; it quotes nobody.
                    if headline_like || bullet {
                        return None;
                    }
                    // `Obama voted "present" on …`, `Ben Sasse was the sole "nay"`: a vote cast
                    // or a bill voted on is no quotation.
                    let quoted = text[span.start..span.end]
                        .trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase();
                    let vote = ["yes", "no", "nay", "aye", "yea", "present", "abstain"]
                        .contains(&quoted.as_str())
                        || word_range(&ws, sent.0, span.open).any(|k| {
                            !ws[k].quoted
                                && ["voted", "votes", "voting"]
                                    .contains(&ws[k].text.to_lowercase().as_str())
                        });
                    if vote {
                        return None;
                    }
                    // A speech verb whose subject named nobody (`The group argues that Ms
                    // Yarrow "owes …"`) leaves the words to nobody named after it.
                    let verb = word_range(&ws, sent.0, span.open)
                        .find(|&k| !ws[k].quoted && verb_at(text, &ws, k));
                    // `X has been accused of "…"`: the words are the accusers', not X's.
                    if verb.is_some_and(|v| passive_at(text, &ws, v)) {
                        return None;
                    }
                    let upto = verb.map_or(span.open, |k| ws[k].start);
                    let m = clause_subject(text, &ws, sent.0, upto, &state.resolver, true)?;
                    let r = state.resolver.resolve(&m);
                    // `Categorize Keywords by Intent: Identify … (e.g., "how to …")`: a bullet's
                    // lead-in label is a heading, not the subject of the words after it.
                    let lead_in = text[sent.0..span.open]
                        .split_once(':')
                        .is_some_and(|(l, _)| {
                            is_title_case_description(l)
                                && text[sent.0..].trim_start().starts_with(&m)
                        });
                    let known = r.person.is_some() || ["name-unlisted", "source"].contains(&r.how);
                    (known && !lead_in).then_some((r, m))
                };
                let signed = unit
                    .next
                    .and_then(signature_line)
                    .filter(|_| whole_sentence);
                match near {
                    _ if signed.is_some() => {
                        let m = signed.unwrap_or_default();
                        let r = state.resolver.resolve(m);
                        (
                            r,
                            "signature".to_string(),
                            Some("\u{2014}".to_string()),
                            Some(m.to_string()),
                        )
                    }
                    Some((r, _, _))
                        if whole_sentence
                            && kind == QuoteKind::Full
                            && !is_crosshead(text, *span) =>
                    {
                        (r.clone(), "continuation".to_string(), None, None)
                    }
                    _ if owner.is_some() => {
                        let m = owner.unwrap_or_default();
                        let r = state.resolver.resolve(&m);
                        (r, "owner".to_string(), None, Some(m))
                    }
                    _ => match subject() {
                        // Words quoted in a sentence about a person, with no speech verb, are theirs:
                        // `Trump admires Putin as a "strong leader"`.
                        // A headline's quote without its own `says …` cue claims nobody.
                        Some((r, m)) if !whole_sentence && unit.section != Section::Headline => {
                            (r, "subject".to_string(), None, Some(m))
                        }
                        // `Ms Threlfall said the Independents had proposed it. The Alliance's
                        // scheme was "our idea with their logo on it".`: a sentence with no cue
                        // right after reported speech goes on reporting the same speaker.
                        _ if reported_run.is_some() && !whole_sentence => (
                            reported_run
                                .clone()
                                .unwrap_or_else(|| Resolved::none("none")),
                            "reported-run".to_string(),
                            None,
                            None,
                        ),
                        _ => (
                            Resolved {
                                speaker: None,
                                role: None,
                                how: "none",
                                person: None,
                            },
                            "no-cue".to_string(),
                            None,
                            None,
                        ),
                    },
                }
            }
        };
        // `Lowe welcomed Vance's "sudden interest".`: the person a sentence is about is a pronoun
        // candidate whether or not the sentence holds a quote.
        if let Some(p) = speaker.person.filter(|_| rule == "subject") {
            state.resolver.note_subject(p);
        }
        // `"…," she said` after `A spokeswoman for the firm said`: a quote paragraph after it is
        // the unnamed source's too, not the last named speaker's.
        // So is a quote a colon introduces with no one named (`The document said: "…"`).
        if speaker.speaker.is_none() && (cue.is_some() || before.ends_with(':')) {
            state.last = Some((speaker.clone(), unit.section, unit.paragraph));
        }
        // `So is folk "the last honest noise", as Gideon Trask once declared? "…"`: words quoted
        // inside the writer's question do not make their speaker the one who answers it.
        let in_question = kind == QuoteKind::Partial
            && text
                .get(span.close..sent.1)
                .is_some_and(|rest| rest.trim_end().ends_with('?'));
        if speaker.speaker.is_some() && !in_question {
            state.last = Some((speaker.clone(), unit.section, unit.paragraph));
            state.speaker = state.last.clone();
            // `He will say Tories "share the same values". And that he wants a "better Britain".`:
            // reported speech with quotes in it runs on into the next sentence too.
            if rule.starts_with("reported") && kind == QuoteKind::Partial {
                state.reported = Some((speaker.clone(), unit.section, unit.paragraph, sent.1));
            }
            // `Royer reminded the forum that Albers had called the club "a project".`: the words
            // are Albers's, but Royer is the one speaking, so a quote paragraph after it is his.
            if rule.starts_with("reported") {
                let verbs: Vec<usize> = word_range(&ws, sent.0, span.open)
                    .filter(|&k| !ws[k].quoted && verb_at(text, &ws, k))
                    .collect();
                if let (Some(&outer), true) = (verbs.first(), verbs.len() >= 2) {
                    let bounds = (sent.0, sent.1);
                    let outer_r = verb_subject(text, &ws, outer, bounds, sent.0, &state.resolver)
                        .map(|m| state.resolver.resolve(&m))
                        .filter(|o| o.person.is_some() && o.person != speaker.person);
                    if let Some(o) = outer_r {
                        state.resolver.note_speaker(&o);
                        state.last = Some((o, unit.section, unit.paragraph));
                    }
                }
            }
        }
        let quoted = text[span.start..span.end].trim();
        if quoted.is_empty() {
            continue;
        }
        quotes.push(Quote {
            text: quoted.to_string(),
            speaker: speaker.speaker.clone(),
            mention,
            role: speaker.role.clone(),
            cue: verb,
            kind,
            section: unit.section,
            paragraph: unit.paragraph,
            start: char_offset(text, span.start),
            end: char_offset(text, span.end),
            sentence: text[sent.0..sent.1].trim().to_string(),
            rule,
        });
    }
    for (j, done) in sentence_done.iter().enumerate() {
        if !done {
            note_sentence(unit, &ws, &starts, j, &spans, state);
        }
    }
    if unit.section == Section::Headline {
        // One cue attributes the whole headline; failing that, a person labelling it, the way
        // headlines report what someone said (`Truss: Putin must 'step back'`). A topic label
        // (`Brexit: …`, `Ukraine war: …`) names no person and attributes nothing.
        let first_open = spans.first().map_or(0, |s| s.open);
        let label = text[..first_open]
            .split_once(':')
            .and_then(|(label, _)| label_name(label))
            .filter(|name| is_person_mention(name, &state.resolver));
        let labelled = label.filter(|_| quotes.iter().all(|q| q.cue.is_none()));
        if let Some(name) = labelled {
            let r = state.resolver.resolve(name);
            for q in quotes.iter_mut().filter(|q| q.rule == "no-cue") {
                q.speaker = r.speaker.clone();
                q.mention = Some(name.to_string());
                q.role = r.role.clone();
                q.cue = Some(":".into());
                q.rule = format!("headline-label/{}", r.how);
            }
        }
        if let Some(q) = quotes
            .iter()
            .find(|q| q.speaker.is_some() && q.cue.is_some())
            .cloned()
        {
            for other in quotes.iter_mut().filter(|o| o.speaker.is_none()) {
                other.speaker = q.speaker.clone();
                other.mention = q.mention.clone();
                other.role = q.role.clone();
                other.cue = q.cue.clone();
                other.rule = "headline-cue".into();
            }
        }
    }
    out.extend(quotes);
}

/// The text between two quoted spans of one list: `, `, ` or `, ` and `, ` & `, or a space after a
/// comma inside the first (`"apology," "apologize"`), never a sentence's end.
fn is_list_gap(before: &str, gap: &str) -> bool {
    let joined = gap.trim_matches(|c: char| c.is_whitespace() || c == ',');
    let comma = gap.contains(',')
        || before
            .trim_end_matches(|c: char| DOUBLE_MARKS.contains(&c) || SINGLE_MARKS.contains(&c))
            .ends_with(',');
    match joined {
        "" => comma,
        other => ["or", "and", "nor", "&"].contains(&other),
    }
}
