//! What sentences tell the resolver besides their quotes: who acts in each sentence, who is silent
//! or absent, and which names a pronoun cue cannot stand for.

use super::cues::verb_subject;
use super::sentences::word_range;
use super::spans::Span;
use super::subjects::{clause_subject, mention_ending_at, sentence_subject, PRONOUN_SUBJECTS};
use super::verbs::verb_at;
use super::{is_interlude, is_title_case_description, State, Unit};
use crate::article::Section;
use crate::speakers::{anonymous_source, is_capitalised, words, Resolved, Resolver, Word};

/// The words a pronoun cue governs in its sentence, whose names it cannot stand for: what follows
/// the pronoun in its clause (`she told Dr Carrick`, `he argued the Shadow Transport Secretary had
/// …`), and,
/// when the cue closes its sentence as a parenthetical (`Mr Marlow would be first in the queue, he
/// said.`), the clause it reports.
pub(super) fn governed_by_pronoun<'a>(
    text: &'a str,
    ws: &[Word],
    sent: (usize, usize),
    mention: &str,
) -> Vec<&'a str> {
    if !PRONOUN_SUBJECTS.contains(&mention.to_lowercase().as_str()) {
        return Vec::new();
    }
    let Some(k) = word_range(ws, sent.0, sent.1)
        .find(|&k| !ws[k].quoted && ws[k].text.eq_ignore_ascii_case(mention))
    else {
        return Vec::new();
    };
    // Up to the clause's end: in `Though she called it "outrageous", Clinton restricted …` the name
    // after the comma is the main clause's subject, which the pronoun may well stand for.
    let end = text[ws[k].end..sent.1]
        .find(',')
        .map_or(sent.1, |i| ws[k].end + i);
    let mut out = vec![&text[ws[k].end..end]];
    let parenthetical = text[sent.0..ws[k].start].trim_end().ends_with(',')
        && word_range(ws, ws[k].end, sent.1).len() <= 4;
    if parenthetical {
        out.push(&text[sent.0..ws[k].start]);
    }
    out
}

/// Salience from one sentence outside quotes: its subject, and any reported-speech cue
/// ("John Bolton … said he wanted …"), so later pronouns find the person being reported.
/// Whether `subject` stands before the pronoun `pronoun` in `sentence`, and the pronoun is not a
/// parenthetical cue. `Trump said he believes …` gives the pronoun to Trump; but in `Renner has
/// refused to publish it, he claimed,` the clause before the commas is what "he" claimed, and in
/// `But he argued the Secretary had …` the name after the pronoun is what he argued about.
pub(super) fn names_pronoun_before(sentence: &str, subject: &str, pronoun: &str) -> bool {
    let Some(at) = sentence.find(subject) else {
        return false;
    };
    let pw = pronoun.to_lowercase();
    let pronoun_at = words(sentence)
        .into_iter()
        .find(|w| w.start >= at + subject.len() && w.text.to_lowercase() == pw && !w.quoted);
    let Some(p) = pronoun_at else {
        return false;
    };
    !sentence[..p.start].trim_end().ends_with(',')
}

/// Known people who are the subject of a relative clause in `[from, to)`: `her meeting with Kerry
/// Ashdown, the Aldermere mother who confronted her`, `Jo Bell, who chairs the board`. Named as
/// objects, they still act in the sentence, so a later pronoun may be theirs.
fn relative_clause_subjects(
    text: &str,
    ws: &[Word],
    from: usize,
    to: usize,
    resolver: &Resolver,
) -> Vec<usize> {
    let mut out = Vec::new();
    for k in word_range(ws, from, to) {
        if ws[k].quoted || ws[k].text != "who" || k == 0 || ws[k - 1].start < from {
            continue;
        }
        // The name right before "who", or before the comma opening an appositive that ends there.
        let name_end = (k.saturating_sub(8)..k).rev().find(|&j| {
            ws[j].start >= from
                && is_capitalised(ws[j].text)
                && (j + 1 == k || text[ws[j].end..ws[j + 1].start].contains(','))
        });
        let person = name_end
            .and_then(|j| mention_ending_at(text, ws, j, from))
            .and_then(|m| resolver.lookup_name(&m));
        if let Some(p) = person.filter(|p| !out.contains(p)) {
            out.push(p);
        }
    }
    out
}

/// Phrases by which a report says its subject did not speak or was not there.
const SILENT_PHRASES: &[&str] = &[
    "was not at ",
    "wasn't at ",
    "were not at ",
    "was not present",
    "did not attend",
    "didn't attend",
    "was absent",
    "declined to comment",
    "declined to be interviewed",
    "refused to comment",
    "would not comment",
    "did not comment",
    "has not commented",
    "have not commented",
    "had not commented",
    "has not spoken publicly",
    "did not respond",
    "didn't respond",
    "did not return",
    "didn't return",
    "could not be reached",
    "couldn't be reached",
    "was not available for comment",
    "not immediately available",
];

/// Whether a sentence says its subject was absent or kept silent. Not when the phrase sits in a
/// clause of its own about someone else: `Ann Lee brushed aside questions over why the chancellor
/// was not present`.
fn says_silent(sentence: &str) -> bool {
    let lower = sentence.to_lowercase().replace('\u{2019}', "'");
    SILENT_PHRASES.iter().any(|p| {
        lower.find(p).is_some_and(|at| {
            !lower[..at].split_whitespace().any(|w| {
                ["why", "whether", "how", "that", "if", "questions", "claims"].contains(&w)
            })
        })
    })
}

pub(super) fn note_sentence(
    unit: &Unit,
    ws: &[Word],
    starts: &[usize],
    j: usize,
    spans: &[Span],
    state: &mut State,
) {
    let text = unit.text;
    let from = starts[j];
    let to = starts.get(j + 1).copied().unwrap_or(text.len());
    // `If Mr Blair did not want to explain why, Lord Holme said.`: a reporting clause closing
    // the sentence is its main verb, whatever speech verb the reported words hold.
    let closing = text[from..to]
        .trim_end()
        .rfind(',')
        .map(|i| from + i)
        .filter(|&c| word_range(ws, c, to).count() <= 5)
        .and_then(|c| word_range(ws, c, to).find(|&k| !ws[k].quoted && verb_at(text, ws, k)));
    let verb = closing
        .or_else(|| word_range(ws, from, to).find(|&k| !ws[k].quoted && verb_at(text, ws, k)));
    // `X, who was not at the launch, …`, `He has not commented publicly`: the person this sentence
    // is about is said to be absent or silent, so the next "he said" is somebody else's.
    let silent_verb = verb.is_none_or(|v| ws[v].text.starts_with("respond"));
    if silent_verb && says_silent(&text[from..to]) {
        if let Some(m) = sentence_subject(text, ws, from, to, &state.resolver) {
            if let Some(p) = state.resolver.resolve(&m).person {
                state.resolver.note_silent(p);
            }
        }
        return;
    }
    state.resolver.note_mentions(&text[from..to]);

    let quote_free = !spans.iter().any(|s| s.open >= from && s.open < to);
    // `So is UKIP's job to destroy the Tories, as Ann Lee once declared? "No. …"`: the writer
    // asks, and the person being interviewed answers; whoever speaks inside the question is not
    // the next speaker (the subject of `Was Ann Lee satisfied?` still is).
    let question = quote_free && text[from..to].trim_end().ends_with('?');
    // Noted before the sentence's own subject, which stays the more salient of the two.
    let relative = relative_clause_subjects(text, ws, from, to, &state.resolver);
    // `He ran the club under Gideon Trask, who managed the hall …`: the sentence's pronoun is
    // resolved before the relative clause's subject is noted, and stays the more salient.
    let pronoun_subject = (!relative.is_empty() && quote_free)
        .then(|| sentence_subject(text, ws, from, to, &state.resolver))
        .flatten()
        .filter(|m| ["he", "she"].contains(&m.to_lowercase().as_str()))
        .and_then(|m| state.resolver.resolve(&m).person);
    for p in relative.into_iter().chain(pronoun_subject) {
        state.resolver.note_subject(p);
    }
    // `Final note on taxes`: a heading's verb reports nobody's speech, nor is its subject the
    // speaker of a quote paragraph after it.
    let heading = is_interlude(text);
    // `Write posts that answer questions, such as:`: a list follows, not someone's words.
    let list_lead = quote_free && {
        let t = text[from..to].trim_end().to_lowercase();
        [
            "such as:",
            "like:",
            "include:",
            "includes:",
            "including:",
            "e.g.:",
            "example:",
        ]
        .iter()
        .any(|e| t.ends_with(e))
    };
    if list_lead {
        state.last = Some((Resolved::none("list"), unit.section, unit.paragraph));
        return;
    }
    if let Some(v) = verb.filter(|_| !question && !heading) {
        if let Some(m) = verb_subject(text, ws, v, (from, to), from, &state.resolver) {
            let governed = governed_by_pronoun(text, ws, (from, to), &m);
            state.resolver.set_excluded(&governed);
            let r = state.resolver.resolve(&m);
            state.resolver.set_excluded(&[]);
            // `And Mr Marlow would be first in the queue, he said.` is the last speaker going
            // on about Marlow; `Fischer became a full-time driver, …, he said.` after nobody
            // else spoke is Fischer. With no quote to settle it, a "he said" that passes over a
            // name in its sentence to someone who has not spoken moves nobody, and the
            // sentence's subject is noted as for any sentence.
            let guessed = quote_free
                && closing == Some(v)
                && !governed.is_empty()
                && ["he", "she"].contains(&m.to_lowercase().as_str())
                && !r.person.is_some_and(|p| state.resolver.has_spoken(p));
            if r.speaker.is_some() && !guessed {
                state.resolver.note_speaker(&r);
                state.reported = Some((r.clone(), unit.section, unit.paragraph, to));
                state.last = Some((r, unit.section, unit.paragraph));
                return;
            }
        }
        // `A spokeswoman for the council said …`: an unnamed source speaks, so the next "she
        // said" is hers, not the last named speaker's, and so is a quote paragraph after it.
        state.resolver.note_anonymous(&text[from..ws[v].start]);
        if anonymous_source(&text[from..ws[v].start]).is_some() {
            state.last = Some((Resolved::none("anonymous"), unit.section, unit.paragraph));
        }
    }
    // `Sullivan put it this way:` closing a paragraph introduces the quote paragraph after it.
    // The subject of its last clause is the one introducing it: `When Lee died, Mayor Ann Ode
    // released this statement:`.
    // A label line, `Kelly D. Norris, Ecological Horticulturist and Author of Your Garden:`, names
    // the speaker first and describes them in title case after the comma.
    if text[from..to].trim_end().ends_with(':') {
        let sentence = &text[from..to];
        let label = sentence
            .find(',')
            .filter(|&c| is_title_case_description(&sentence[c + 1..]))
            .and_then(|c| clause_subject(text, ws, from, from + c, &state.resolver, false))
            .filter(|m| sentence.starts_with(m.as_str()));
        let last_clause = || {
            sentence
                .rfind(',')
                .and_then(|i| clause_subject(text, ws, from + i + 1, to, &state.resolver, true))
        };
        let whole = || clause_subject(text, ws, from, to, &state.resolver, true);
        let named = [label, last_clause(), whole()]
            .into_iter()
            .flatten()
            .map(|m| state.resolver.resolve(&m))
            .find(|r| r.speaker.is_some());
        if let Some(r) = named {
            state.resolver.note_speaker(&r);
            state.last = Some((r, unit.section, unit.paragraph));
            return;
        }
        // `Yinuo Sun and Nadia Alquaddoomi of Terremoto:` names a new speaker (here two), so
        // the paragraphs after it are no longer the previous speaker's.
        if is_title_case_description(sentence.trim_end().trim_end_matches(':')) {
            state.last = Some((Resolved::none("label"), unit.section, unit.paragraph));
            return;
        }
    }
    if let Some(m) = clause_subject(text, ws, from, to, &state.resolver, true) {
        let r = state.resolver.resolve(&m);
        if let Some(p) = r.person {
            if !["he", "she"].contains(&m.to_lowercase().as_str()) {
                state.resolver.note_subject(p);
            }
            // `Mr Brown has headed the campaign before but Mr Milburn is taking that role`: the
            // subject of the clause after "but" is the later, and the one the report goes on with.
            for k in word_range(ws, from, to) {
                if ws[k].quoted || !["but", "while", "whereas"].contains(&ws[k].text) {
                    continue;
                }
                // Only a name can follow: `but Mr Milburn`, not `but the` or `while it`.
                let Some(next) = ws
                    .get(k + 1)
                    .filter(|w| w.end <= to && is_capitalised(w.text))
                else {
                    continue;
                };
                let other = clause_subject(text, ws, next.start, to, &state.resolver, false)
                    .filter(|o| text[next.start..].starts_with(o.as_str()))
                    .and_then(|o| state.resolver.resolve(&o).person);
                if let Some(o) = other.filter(|&o| o != p) {
                    state.resolver.note_subject(o);
                }
            }
            // `Priebus rejected that idea.` then a quote paragraph: the quote is the reply of the
            // person a quote-free paragraph was about. So is a quote opening the next sentence
            // (`Mr Morris despatches him with another soundbite. "…"`).
            let lead = text[from..to]
                .find(m.as_str())
                .map(|i| text[from..from + i].trim());
            let introduces = quote_free
                && lead.is_some_and(|l| l.is_empty() || l.ends_with(','))
                && spans
                    .iter()
                    .any(|s| s.open >= to && text[to..s.open].trim().is_empty());
            if (spans.is_empty() || introduces)
                && !question
                && !heading
                && unit.section == Section::Body
            {
                state.last = Some((r, unit.section, unit.paragraph));
            }
        }
    }
}
