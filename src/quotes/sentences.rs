//! Sentence and word geometry: where sentences start (not after `Rep.`, not before `?" Ann Lee
//! said`), the words of a byte range, the word before a position, where a clause ends.

use super::spans::{Span, DOUBLE_MARKS, SINGLE_MARKS};
use super::verbs::{is_phrasal_cue, is_speech_verb};
use crate::speakers::{is_capitalised, is_honorific_or_title, Word};

pub(super) const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "St", "Sen", "Rep", "Gov", "Gen", "Col", "Capt", "Lt", "Sgt", "Prof",
    "Rev", "Jr", "Sr", "No", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
    "Mt", "Ft", "vs", "Inc", "Co", "Corp", "Ltd", "Pres", "Gov't", "U.S", "U.K", "U.N", "a.m",
    "p.m", "e.g", "i.e", "etc", "Supt", "Det", "Insp", "Cllr", "Del", "Sgt", "Ald", "Assn",
];

/// Indices of the words lying wholly in `[from, to)`; words are in text order, so two binary
/// searches find them without scanning the paragraph.
pub(super) fn word_range(ws: &[Word], from: usize, to: usize) -> std::ops::Range<usize> {
    let a = ws.partition_point(|w| w.start < from);
    let b = ws.partition_point(|w| w.end <= to).max(a);
    a..b
}

/// Sentence starts (byte offsets) of a paragraph; no sentence ends inside a quoted span.
pub(super) fn sentence_starts(text: &str, spans: &[Span]) -> Vec<usize> {
    // Spans are in order and do not overlap: the one that could hold `b` is the last opening before it.
    let inside = |b: usize| {
        let i = spans.partition_point(|s| s.start < b);
        i > 0 && b + 1 < spans[i - 1].end
    };
    let mut starts = vec![0];
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut k = 0;
    while k < chars.len() {
        let (i, c) = chars[k];
        if matches!(c, '.' | '!' | '?') {
            let mut j = k + 1;
            while j < chars.len()
                && (DOUBLE_MARKS.contains(&chars[j].1)
                    || SINGLE_MARKS.contains(&chars[j].1)
                    || chars[j].1 == ')')
            {
                j += 1;
            }
            let ws_start = j;
            while j < chars.len() && chars[j].1.is_whitespace() {
                j += 1;
            }
            if j > ws_start && j < chars.len() {
                let n = chars[j].1;
                let word_before = text[..i]
                    .rsplit(|ch: char| ch.is_whitespace() || ch == '(')
                    .next()
                    .unwrap_or("");
                let abbrev = c == '.'
                    && (ABBREVIATIONS.contains(&word_before)
                        || word_before.contains('.')
                        || (is_honorific_or_title(word_before) && word_before.len() <= 4)
                        || (word_before.chars().count() == 1
                            && word_before.chars().all(char::is_uppercase)));
                let starts_sentence = n.is_uppercase()
                    || n.is_ascii_digit()
                    || DOUBLE_MARKS.contains(&n)
                    || SINGLE_MARKS.contains(&n);
                let b = chars[j].0;
                // `"Would it be negotiable?" Hannity pressed.`: a quote closed on its own stop and
                // followed by a name and a speech verb is still one sentence with its cue.
                let closed_quote = ws_start > k + 1 && chars[k + 1].1 != ')';
                // Unless a colon cue already introduced it: in `Lomax said: "…." Mr Ellery told
                // listeners that …` the name opens a sentence of its own.
                let introduced = {
                    let at = spans.partition_point(|s| s.start <= i);
                    at > 0 && text[..spans[at - 1].open].trim_end().ends_with(':')
                };
                let cue_follows = closed_quote
                    && !introduced
                    && (name_then_speech_verb(&text[b..], matches!(c, '?' | '!'))
                        || matches!(c, '?' | '!') && name_described_then_speech_verb(&text[b..]));
                if starts_sentence && !abbrev && !cue_follows && !inside(b) && !inside(i) {
                    starts.push(b);
                }
            }
            k = j.max(k + 1);
            continue;
        }
        k += 1;
    }
    starts
}

/// `"…?" Ramon Alvarez, 48, a window worker from El Salvador, said`: a name, a description fenced
/// by commas, then a speech verb, all the cue of the question just before it. (After a full stop
/// the same words open a sentence of their own: `"…." Martha Allen, a delegate, criticized …`.)
fn name_described_then_speech_verb(rest: &str) -> bool {
    let words: Vec<&str> = rest.split_whitespace().take(16).collect();
    let Some(name) = words.iter().take(3).position(|w| w.ends_with(',')) else {
        return false;
    };
    if !words[..=name].iter().all(|w| is_capitalised(w)) {
        return false;
    }
    (name + 2..words.len()).any(|j| {
        words[j - 1].ends_with(',')
            && is_speech_verb(words[j].trim_end_matches(['.', ',', ';', ':', '!', '?']))
    })
}

/// Whether `rest` opens with a short capitalised name (`Hannity`, `Chuck Todd`, `Sen. Jo Bell`) and
/// then a speech verb: the cue of the quote just before it.
/// After a question or exclamation any past-tense verb counts (`"Why?" Beck questioned`), as it
/// does after a quote ending on a comma.
fn name_then_speech_verb(rest: &str, any_past: bool) -> bool {
    let mut it = rest.split_whitespace().take(6).peekable();
    let mut n = 0;
    while let Some(w) = it.next().filter(|_| n < 5) {
        let bare = w.trim_end_matches(['.', ',', ';', ':', '!', '?']);
        let phrasal = it.peek().is_some_and(|p| {
            is_phrasal_cue(bare, p.trim_end_matches(['.', ',', ';', ':', '!', '?']))
        });
        let past = any_past
            && !is_capitalised(bare)
            && ((bare.len() > 4 && bare.ends_with("ed")) || phrasal);
        n += 1;
        if n > 1 && (is_speech_verb(bare) || past) {
            // `"…." Ann Lee said he would …`, `"…." Ann Lee said the main issue …`: a verb
            // reporting a clause of its own opens a new sentence about other words, not the
            // quote's cue.
            // A verb that takes an addressee (`Todd asked the mogul.`) is still the cue.
            let addressee = [
                "told", "tells", "asked", "asks", "reminded", "warned", "urged", "assured",
                "pressed",
            ]
            .contains(&bare);
            // `"…." A spokesman said Downing Street had no comment.`: a capitalised word after
            // the verb that is no day (`said Monday`) opens the reported clause too.
            let reports_clause = !w.ends_with([',', '.'])
                && it.peek().is_some_and(|p| {
                    let bare = p.trim_end_matches([',', '.', ';', ':']);
                    let p = p.to_lowercase();
                    ["that", "he", "she", "they", "it", "we", "i", "his", "her"]
                        .contains(&p.as_str())
                        || !addressee
                            && ([
                                "the", "a", "an", "there", "this", "these", "those", "their",
                                "its", "our",
                            ]
                            .contains(&p.as_str())
                                || is_capitalised(bare) && !is_time_word(bare))
                });
            return !reports_clause;
        }
        // `Rep. Jo Bell, R-Pa., said`: a party and state tag between commas stays in the name.
        let tagged = w.ends_with(',') && it.peek().is_some_and(|t| is_party_tag(t));
        if tagged {
            it.next();
            continue;
        }
        if !is_capitalised(bare) || w.ends_with([',', ';', ':', '!', '?']) {
            return false;
        }
        if w.ends_with('.') && !(is_honorific_or_title(w) || bare.chars().count() == 1) {
            return false;
        }
    }
    false
}

/// `R-Pa.,`, `D-N.Y.,`: a US party and state tag set off by commas after a name.
fn is_party_tag(w: &str) -> bool {
    let Some(state) = ["R-", "D-", "I-"].iter().find_map(|p| w.strip_prefix(p)) else {
        return false;
    };
    state.ends_with(',')
        && state.len() <= 7
        && state.starts_with(|c: char| c.is_ascii_uppercase())
        && state
            .chars()
            .all(|c| c.is_ascii_alphabetic() || c == '.' || c == ',')
}

/// The sentence `[from, to)` holding byte `at`.
pub(super) fn sentence_of(starts: &[usize], len: usize, at: usize) -> (usize, usize) {
    let idx = starts.partition_point(|&s| s <= at).saturating_sub(1);
    let from = starts.get(idx).copied().unwrap_or(0);
    let to = starts.get(idx + 1).copied().unwrap_or(len);
    (from, to)
}

/// The word joined by a plain space to the mention starting at word `first`, if it is in the same
/// clause: `to` in `to the Health Secretary`, `leaving` in `leaving Beech ward`.
pub(super) fn word_before<'a>(
    text: &str,
    ws: &[Word<'a>],
    first: usize,
    floor: usize,
) -> Option<&'a str> {
    let p = first.checked_sub(1).map(|p| ws[p])?;
    // A plural possessive's mark (`the Teachers' Union`) stays outside the word.
    let gap = text[p.end..ws[first].start].trim_start_matches(['\'', '\u{2019}']);
    (p.start >= floor && gap.trim().is_empty()).then_some(p.text)
}

const TIME_WORDS: &[&str] = &[
    "week",
    "night",
    "morning",
    "evening",
    "afternoon",
    "month",
    "year",
    "weekend",
];

pub(super) fn is_time_word(w: &str) -> bool {
    TIME_WORDS.contains(&w) || crate::speakers::DAYS.contains(&w)
}

/// Where the clause opening at `from` ends: at a comma, stop or quote mark, but not at the dot of an
/// abbreviation (`Rep.`, `E.`) nor inside brackets (`(D-Md.)`).
pub(super) fn clause_end(text: &str, from: usize, limit: usize) -> usize {
    let mut depth = 0usize;
    for (i, c) in text[from..limit].char_indices() {
        let at = from + i;
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            '.' => {
                let word = text[..at]
                    .rsplit(|ch: char| !ch.is_alphanumeric() && ch != '.')
                    .next()
                    .unwrap_or("");
                let abbrev = ABBREVIATIONS.contains(&word)
                    || (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
                    || is_honorific_or_title(word)
                    || word.contains('.');
                let next_lower = text[at + 1..]
                    .trim_start()
                    .starts_with(|ch: char| ch.is_lowercase());
                if !(abbrev || next_lower) {
                    return at;
                }
            }
            ',' | ';' | ':' | '?' | '!' | '"' | '\u{201c}' | '\u{201d}' => return at,
            _ => {}
        }
    }
    limit
}

pub(super) fn char_offset(text: &str, byte: usize) -> usize {
    text.get(..byte).map_or(0, |s| s.chars().count())
}
