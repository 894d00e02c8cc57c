//! Spans that claim nobody: titles of works, labels, nicknames, crossheads, defined terms and words
//! named as unsaid.

use super::sentences::word_range;
use super::spans::Span;
use super::verbs::is_speech_verb;
use crate::speakers::{first_name_gender, is_capitalised, Word};

/// A short span in title case after a possessive or `on`/`in` (`on ABC's "Good Morning America"`)
/// names a programme, book or film.
/// Whether the quoted words are what someone is called: `Jimmy "the Whirlwind" White` (inside a
/// name), `known by his fellow players as "Dracula"`, `nicknamed "Red Ken"`.
pub(super) fn is_nickname(text: &str, span: Span) -> bool {
    // Six words either side at most: a bounded look keeps a paragraph of marks linear.
    let before = &text[text.floor_char_boundary(span.open.saturating_sub(80))..span.open];
    let before = before.trim_end();
    let prev = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let next = text[span.close..text.floor_char_boundary(span.close + 80)]
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches(|c: char| !c.is_alphabetic());
    let quoted = &text[span.start..span.end];
    let inside_name = text[..span.open].ends_with(' ')
        && text[span.close..].starts_with(' ')
        && first_name_gender(prev).is_some()
        && is_capitalised(next)
        && next.chars().all(char::is_alphabetic)
        && quoted.split_whitespace().count() <= 4
        && !quoted.trim_end().ends_with(['.', ',', '!', '?']);
    let lead: Vec<&str> = before.split_whitespace().rev().take(6).collect();
    let known_as = lead.first() == Some(&"as") && lead.contains(&"known");
    inside_name || known_as || ["nicknamed", "aka"].contains(&prev)
}

/// `'MASSIVE RISKS'` set as a paragraph of its own: a crosshead quoting a phrase to come, not the
/// last speaker going on. Short, in capitals, with no stop.
pub(super) fn is_crosshead(text: &str, span: Span) -> bool {
    let quoted = &text[span.start..span.end];
    text[..span.open].trim().is_empty()
        && text[span.close..].trim().is_empty()
        && quoted.split_whitespace().count() <= 6
        && quoted.chars().any(char::is_alphabetic)
        && !quoted.chars().any(char::is_lowercase)
        && !quoted.trim_end().ends_with(['.', '!', '?', ','])
}

/// `the so-called "blue wall"`, `Marina Lacerda, identified as "Minor Victim 1"`: a label the
/// sentence reports. Its subject did not say it, and nobody named did.
pub(super) fn is_label(text: &str, span: Span) -> bool {
    let before = &text[text.floor_char_boundary(span.open.saturating_sub(40))..span.open];
    if !before.contains("as") && !before.contains("alled") {
        return false;
    }
    let lead: Vec<String> = before
        .split_whitespace()
        .rev()
        .take(3)
        .map(str::to_lowercase)
        .collect();
    let lead: Vec<&str> = lead.iter().map(String::as_str).collect();
    // `identified as` with nothing between: the passive. `who identified himself as "…"` is
    // the subject's own word for themself.
    const LABELLED: [&str; 8] = [
        "identified",
        "designated",
        "listed",
        "labelled",
        "labeled",
        "branded",
        "billed",
        "classified",
    ];
    match lead[..] {
        // `the so-called Democratic "blue wall"`: an adjective may stand between.
        ["so-called", ..] | [_, "so-called", ..] => true,
        ["as", "to", "referred", ..] => true,
        ["as", participle, ..] => LABELLED.contains(&participle),
        _ => false,
    }
}

/// `never said the word "goodbye"`, `failed to even utter the words "terror" or "terrorism"`:
/// words named as words that someone did not say are nobody's.
pub(super) fn is_unsaid_word(text: &str, span: Span) -> bool {
    // Most quotes follow no such noun: ask that first, without copying anything.
    let near = &text[text.floor_char_boundary(span.open.saturating_sub(40))..span.open];
    if !["word", "phrase", "term"].iter().any(|n| near.contains(n)) {
        return false;
    }
    let before = &text[text.floor_char_boundary(span.open.saturating_sub(120))..span.open];
    let lower = before.to_lowercase().replace('\u{2019}', "'");
    let lead: Vec<&str> = lower.split_whitespace().rev().collect();
    // `the words "terror" or "terrorism"`: the second word named is named the same way.
    let named = match lead[..] {
        ["word" | "words" | "phrase" | "term", "the", ..] => 2,
        ["or" | "and", _, "word" | "words" | "phrase" | "term", "the", ..] => 4,
        _ => return false,
    };
    // A speech verb naming them, negated a few words back in the same clause, or a finite "use"
    // (`Nowhere in the interview did Obama use the word "…"`). `slammed the president for not
    // using the term "…"` is the slammers' term: no speech verb or finite "use" is negated.
    let clause: Vec<&str> = lead
        .iter()
        .skip(named)
        .take(8)
        .take_while(|w| !w.ends_with([',', '.', ';', ':']))
        .copied()
        .collect();
    let negated = |w: &&str| {
        [
            "never", "not", "failed", "refused", "without", "no", "nowhere",
        ]
        .contains(w)
            || w.ends_with("n't")
    };
    let names_it = |w: &&str| is_speech_verb(w) || ["use", "uses", "used"].contains(w);
    clause
        .iter()
        .position(negated)
        .is_some_and(|n| clause[..n].iter().any(names_it))
}

/// `Eastern Standard Time ("EST")`, `Acme Corp (the "Company")`: a term defined in brackets
/// names the words before it; nobody says it.
pub(super) fn is_defined_term(text: &str, span: Span) -> bool {
    let before = text[text.floor_char_boundary(span.open.saturating_sub(20))..span.open].trim_end();
    let opened = [
        "(",
        "(the",
        "(The",
        "(a",
        "(an",
        "(hereinafter",
        "(hereafter",
    ]
    .iter()
    .any(|o| before.ends_with(o));
    opened
        && text[span.close..].trim_start().starts_with(')')
        && text[span.start..span.end].split_whitespace().count() <= 4
}

/// Nouns naming a kind of work, whose title may follow them.
const KINDS_OF_WORK: &[&str] = &[
    "show",
    "programme",
    "program",
    "book",
    "film",
    "movie",
    "newspaper",
    "magazine",
    "album",
    "song",
    "documentary",
    "series",
    "sitcom",
    "novel",
    "memoir",
    "musical",
    "game",
    "podcast",
];

pub(super) fn is_title_of_work(text: &str, span: Span) -> bool {
    let quoted = text[span.start..span.end]
        .trim()
        .trim_end_matches([',', '.']);
    let words: Vec<&str> = quoted.split_whitespace().collect();
    let small = [
        "of", "the", "and", "a", "an", "in", "on", "for", "to", "with", "at",
    ];
    let before = text[..span.open].trim_end();
    let last = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let last_lower = last.to_lowercase();
    // After "book" or "film" (or `a book called`) a title runs as long as it likes (`his book "No
    // Apology: The Case For American Greatness"`); after "on", "in", a possessive or a bare
    // "titled" (a memo's title is its author's words) only a short one is sure.
    let kind_of_work = KINDS_OF_WORK.contains(&last_lower.as_str())
        || ["called", "named", "titled", "entitled"].contains(&last_lower.as_str())
            && before[..before.len() - last.len()]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| KINDS_OF_WORK.contains(&w.to_lowercase().as_str()));
    let longest = if kind_of_work { 12 } else { 6 };
    let title_case = (1..=longest).contains(&words.len())
        && words.iter().all(|w| {
            is_capitalised(w) || small.contains(w) || w.starts_with(|c: char| c.is_ascii_digit())
        })
        && is_capitalised(words[0]);
    // `(see 'Brazil yo-yos on deforestation')`: a cross-reference to a figure or a story.
    if before.ends_with("(see") {
        return true;
    }
    let framed = kind_of_work
        || last.ends_with("'s")
        || last.ends_with("\u{2019}s")
        // `CBS' "Face the Nation"`
        || last_lower.ends_with("s'")
        || last_lower.ends_with("s\u{2019}")
        || ["on", "in", "titled", "entitled"].contains(&last_lower.as_str());
    // `Robert C. "Bobby" Scott`: a nickname inside a name.
    let after = text[span.close..].trim_start();
    let nickname = (1..=2).contains(&words.len())
        && title_case
        && last.chars().next().is_some_and(char::is_uppercase)
        && after.starts_with(|c: char| c.is_uppercase());
    (title_case && framed) || nickname
}

/// A sentence in title case ("Gina Rodriguez Questioned What It Means") is a headline or list item:
/// its capitalised words are no guide to who is its subject. Title case leaves only short function
/// words in lower case, so one longer lower-case word (`Dave Stroud welcomed Mr Pryce's`) makes it
/// a plain sentence about named people.
pub(super) fn title_case_sentence(ws: &[Word], from: usize, to: usize) -> bool {
    let range = word_range(ws, from, to);
    let n = range.len();
    let caps = range
        .clone()
        .filter(|&k| is_capitalised(ws[k].text))
        .count();
    let long_lower = range
        .filter(|&k| !is_capitalised(ws[k].text))
        .any(|k| ws[k].text.chars().count() > 4);
    n >= 4 && caps * 10 >= n * 7 && !long_lower
}
