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
//! (written words, `document`, and `words-of`, `in Cairo's words, it was "…"`, come first):
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
//!    word "…"`).
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
//! 15. `headline-cue`: every quote of a headline takes the headline's one cue (`…, says Foreign Sec`).
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
//! Cost: each paragraph is scanned once for marks, words and sentences; cue search works on
//! binary-searched word ranges of the span's own sentence. A paragraph longer than 4,000 bytes or
//! 64 quotes (a scrape that lost its breaks, a file of marks) is read in pieces cut at sentence
//! ends, so even a sentence-long paragraph costs linear time (`tests/linear_time.rs`).

use crate::article::{Article, Quote, QuoteKind, Section};
use crate::speakers::{
    anonymous_source, first_name_gender, is_capitalised, is_group_source, is_honorific_or_title,
    is_role_noun, looks_like_person, name_runs, plausible_surname, split_run, words, Entities,
    Gender, Resolved, Resolver, Word, WordSet,
};
use regex::Regex;
use std::sync::LazyLock;

/// Speech verbs in every form the cue rules accept.
static SPEECH_VERBS: WordSet = WordSet::new(&[
    "share",
    "shares",
    "shared",
    "snaps",
    "quips",
    "retorts",
    "sighs",
    "jokes",
    "laughs",
    "laughed",
    "say",
    "says",
    "said",
    "saying",
    "tell",
    "tells",
    "told",
    "telling",
    "add",
    "adds",
    "added",
    "adding",
    "warn",
    "warns",
    "warned",
    "warning",
    "claim",
    "claims",
    "claimed",
    "claiming",
    "urge",
    "urges",
    "urged",
    "urging",
    "insist",
    "insists",
    "insisted",
    "insisting",
    "argue",
    "argues",
    "argued",
    "arguing",
    "explain",
    "explains",
    "explained",
    "explaining",
    "note",
    "notes",
    "noted",
    "noting",
    "write",
    "writes",
    "wrote",
    "writing",
    "tweet",
    "tweets",
    "tweeted",
    "tweeting",
    "ask",
    "asks",
    "asked",
    "asking",
    "continue",
    "continues",
    "continued",
    "state",
    "states",
    "stated",
    "declare",
    "declares",
    "declared",
    "declaring",
    "announce",
    "announces",
    "announced",
    "reply",
    "replies",
    "replied",
    "respond",
    "responds",
    "responded",
    "describe",
    "describes",
    "described",
    "describing",
    "call",
    "calls",
    "called",
    "calling",
    "suggest",
    "suggests",
    "suggested",
    "suggesting",
    "admit",
    "admits",
    "admitted",
    "admitting",
    "acknowledge",
    "acknowledges",
    "acknowledged",
    "predict",
    "predicts",
    "predicted",
    "predicting",
    "promise",
    "promises",
    "promised",
    "promising",
    "vow",
    "vows",
    "vowed",
    "vowing",
    "pledge",
    "pledges",
    "pledged",
    "pledging",
    "boast",
    "boasts",
    "boasted",
    "complain",
    "complains",
    "complained",
    "complaining",
    "recall",
    "recalls",
    "recalled",
    "advise",
    "advises",
    "advised",
    "remark",
    "remarks",
    "remarked",
    "observe",
    "observes",
    "observed",
    "concede",
    "concedes",
    "conceded",
    "contend",
    "contends",
    "contended",
    "maintain",
    "maintains",
    "maintained",
    "assert",
    "asserts",
    "asserted",
    "stress",
    "stresses",
    "stressed",
    "stressing",
    "emphasise",
    "emphasised",
    "emphasize",
    "emphasized",
    "charge",
    "charged",
    "accuse",
    "accuses",
    "accused",
    "accusing",
    "joke",
    "joked",
    "joking",
    "quip",
    "quipped",
    "reiterate",
    "reiterated",
    "repeat",
    "repeated",
    "reveal",
    "revealed",
    "confirm",
    "confirmed",
    "deny",
    "denies",
    "denied",
    "dismiss",
    "dismissed",
    "dismissing",
    "brand",
    "branded",
    "branding",
    "label",
    "labelled",
    "labeled",
    "dub",
    "dubbed",
    "exclaim",
    "exclaimed",
    "shout",
    "shouted",
    "shouting",
    "yell",
    "yelled",
    "yelling",
    "cry",
    "cried",
    "mutter",
    "muttered",
    "whisper",
    "whispered",
    "utter",
    "utters",
    "uttered",
    "assure",
    "assures",
    "tell",
    "blast",
    "blasted",
    "criticise",
    "criticised",
    "criticize",
    "criticized",
    "praise",
    "praised",
    "praising",
    // An interviewer's follow-up: `"And the wall?" Hannity pressed.`
    "pressed",
    "interrupted",
    "questioned",
    "remind",
    "reminds",
    "reminded",
    // `mentioned that …` reports what someone said, as `noted that …` does.
    "mention",
    "mentions",
    "mentioned",
    "hail",
    "hails",
    "hailed",
    "condemn",
    "condemned",
    "mock",
    "mocked",
    "mocking",
    "demand",
    "demanded",
    "demanding",
    "believe",
    "believes",
    "thinks",
    "think",
    "hope",
    "hopes",
    "hoped",
    "fear",
    "fears",
    "feared",
    "agree",
    "agrees",
    "agreed",
    "recount",
    "recounted",
    "testify",
    "testified",
    "answer",
    "answered",
    "counter",
    "countered",
    "retort",
    "retorted",
    "posted",
    "posting",
    "wrote",
    "reply",
    "texted",
    "emailed",
    "interjected",
    "chimed",
    "lamented",
    "bemoaned",
    "conceded",
    "told",
    "pointed",
    "cautioned",
    "cautions",
    "conclude",
    "concluded",
    "concludes",
    "proclaim",
    "proclaimed",
    "proclaims",
    "insist",
    "opined",
    "reasoned",
    "sighed",
    "thundered",
    "snapped",
    "declared",
    "promised",
    "replied",
    "says",
    "recalls",
    "continues",
    "reacted",
    "chide",
    "chided",
    "chiding",
    "scold",
    "scolded",
    "scolding",
    "chant",
    "chanted",
    "chanting",
    "reacts",
    "reported",
    "reports",
    "barked",
    "shot",
    "fired",
    "writes",
    "exhorted",
    "mused",
    "muses",
    "wondered",
    "offered",
    "offers",
    "quipped",
    "scoffed",
    "retorted",
    "countered",
    "railed",
    "fumed",
    "gushed",
    "raved",
    "vented",
    "lashed",
    "griped",
    "huffed",
    "insisting",
    "telling",
    "declaring",
    "announcing",
    "arguing",
    // Rarer verbs of speech that still frame a quote: `"…," he implored.`, `she confided:`.
    "implore",
    "implores",
    "implored",
    "imploring",
    "confide",
    "confides",
    "confided",
    "plead",
    "pleads",
    "pleaded",
    "beg",
    "begs",
    "begged",
    "protest",
    "protested",
    "protests",
    "appealed",
    "assured",
    "reflected",
    "reflects",
    "speculated",
    "elaborated",
]);

/// Words after which the next word is a bare verb: `could picture`, `to meet`.
static MODALS: WordSet = WordSet::new(&[
    "could", "would", "will", "can", "may", "might", "must", "should", "shall", "to", "did",
    "does", "do", "cannot",
]);

/// The plain reporting verbs that frame whatever is said inside them.
const SAY: &[&str] = &[
    "said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes",
];

/// Words that may stand between a subject and its verb: "will also say", "has repeatedly said".
const AUX: &[&str] = &[
    "will",
    "would",
    "shall",
    "should",
    "could",
    "can",
    "may",
    "might",
    "must",
    "has",
    "have",
    "had",
    "is",
    "was",
    "were",
    "are",
    "be",
    "been",
    "did",
    "does",
    "do",
    "also",
    "later",
    "earlier",
    "then",
    "previously",
    "once",
    "recently",
    "repeatedly",
    "reportedly",
    "already",
    "again",
    "further",
    "simply",
    "just",
    "often",
    "famously",
    "publicly",
    "privately",
    "today",
    "yesterday",
    "tonight",
    "never",
    "not",
    "always",
    "even",
    "still",
    "first",
    "initially",
    "flatly",
    "angrily",
    "bluntly",
    "quickly",
    "directly",
    "loudly",
    "quietly",
    "once",
];

static PREPOSITIONS: WordSet = WordSet::new(&[
    "to", "with", "by", "of", "for", "at", "on", "from", "against", "about", "in", "into", "than",
    "like", "between", "over", "under", "after", "before", "toward", "towards", "via", "per",
    "without", "behind", "beside", "among", "across", "urge", "urged", "met", "meet", "meets",
    "told", "tell", "asked", "warned", "thanked", "called", "defeated", "beat", "and", "or", "nor",
    "as", "that", "if",
]);

const DOUBLE_MARKS: &[char] = &[
    '"', '\u{201c}', '\u{201d}', '\u{201e}', '\u{201f}', '\u{ab}', '\u{bb}',
];
const SINGLE_MARKS: &[char] = &[
    '\'', '\u{2018}', '\u{2019}', '\u{201a}', '\u{2039}', '\u{203a}',
];

/// A capitalised word is a name or a sentence opening, never the cue verb ("State spokesman").
fn is_speech_verb(w: &str) -> bool {
    !is_capitalised(w) && SPEECH_VERBS.contains(w)
}

/// A speech verb used as a verb: "remarks", "calls", "claims" after a determiner or a possessive
/// are nouns (`Trump's remarks`, `a call`).
fn verb_at(text: &str, ws: &[Word], k: usize) -> bool {
    if !is_speech_verb(ws[k].text) {
        return false;
    }
    // `She shared, "…"` and `"…," she shared.` speak; `he and Cruz shared "the same views"`
    // and `shared a photo` do not: the verb speaks only where punctuation closes it.
    if ws[k].text.starts_with("share") {
        let next = text[ws[k].end..].trim_start();
        if !(next.is_empty() || next.starts_with([',', ':', '.'])) {
            return false;
        }
    }
    // `strike called off`, `call up reservists`: with these particles the verb means cancelling or
    // summoning, not speaking, and its subject says nothing.
    if let Some(n) = ws.get(k + 1) {
        let call = ws[k].text.starts_with("call");
        if call && ["off", "up"].contains(&n.text) && text[ws[k].end..n.start].trim().is_empty() {
            return false;
        }
    }
    let Some(p) = k.checked_sub(1).map(|p| ws[p]) else {
        return true;
    };
    if !text[p.end..ws[k].start].trim().is_empty() {
        return true;
    }
    let determiner = |w: &str| {
        [
            "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "these", "those",
            "such", "whose", "this", "that", "recent", "new", "many", "several", "public",
            "private",
        ]
        .contains(&w.to_lowercase().as_str())
    };
    // `many Asian states`, `the United States`: a capitalised modifier between a determiner and
    // a plural makes it a noun too.
    let modified_plural = ws[k].text.ends_with('s')
        && is_capitalised(p.text)
        && k >= 2
        && text[ws[k - 2].end..p.start].trim().is_empty()
        && determiner(ws[k - 2].text);
    // `in states with more diverse electorates`: after a preposition the word is a noun (but
    // `after saying` is still speech).
    let object_noun = !ws[k].text.ends_with("ing")
        && [
            "in", "of", "for", "with", "by", "from", "at", "on", "about", "into", "between",
            "over", "under", "after", "before", "without", "among", "across", "than",
        ]
        .contains(&p.text);
    // `watched her tell the crowd`: after a verb of perceiving, "her" is the one speaking.
    let perceived = p.text == "her" && perceived_speaker(ws, k).is_some();
    !(determiner(p.text) && !perceived
        || modified_plural
        || object_noun
        || crate::speakers::strip_possessive(p.text).1)
}

/// Verbs of perceiving whose object can be seen or heard speaking: `Hearing him say "…"`.
const PERCEIVING: &[&str] = &[
    "hear", "hears", "heard", "hearing", "watch", "watches", "watched", "watching", "see", "sees",
    "saw", "seeing", "seen",
];

/// `Hearing him say "…"`, `watched her tell the crowd "…"`: the pronoun the speech verb at `v`
/// follows, as the subject it stands for (`he`, `she`), when a verb of perceiving governs it.
fn perceived_speaker(ws: &[Word], v: usize) -> Option<&'static str> {
    let object = ws.get(v.checked_sub(1)?)?;
    let perceiver = ws.get(v.checked_sub(2)?)?;
    if !PERCEIVING.contains(&perceiver.text.to_lowercase().as_str()) {
        return None;
    }
    match object.text.to_lowercase().as_str() {
        "him" => Some("he"),
        "her" => Some("she"),
        _ => None,
    }
}

fn is_aux(w: &str) -> bool {
    AUX.contains(&w.to_lowercase().as_str())
}

/// Whether the speech verb at `v` is passive (`has been accused of`, `was told`): its subject is
/// the one spoken to or about, never the speaker.
fn passive_at(text: &str, ws: &[Word], v: usize) -> bool {
    let lv = ws[v].text.to_lowercase();
    let participle =
        lv.ends_with("ed") || ["told", "said", "written", "spoken"].contains(&lv.as_str());
    let mut k = v;
    // `was widely accused`, `are sometimes called`: over one adverb.
    let adverb = |w: &str| {
        w.ends_with("ly")
            || [
                "sometimes",
                "often",
                "also",
                "still",
                "now",
                "always",
                "never",
                "even",
                "long",
            ]
            .contains(&w.to_lowercase().as_str())
    };
    if k > 0 && adverb(ws[k - 1].text) && text[ws[k - 1].end..ws[k].start] == *" " {
        k -= 1;
    }
    participle
        && k > 0
        && text[ws[k - 1].end..ws[k].start] == *" "
        && [
            "been", "was", "were", "is", "are", "being", "be", "got", "get",
        ]
        .contains(&ws[k - 1].text.to_lowercase().as_str())
}

fn is_opening_punct(c: char) -> bool {
    matches!(
        c,
        '(' | '[' | '{' | '\u{2014}' | '\u{2013}' | '-' | '/' | ':' | ';' | ','
    ) || DOUBLE_MARKS.contains(&c)
        || SINGLE_MARKS.contains(&c)
}

/// One quoted span of a paragraph, in byte offsets.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Span {
    /// The opening mark.
    open: usize,
    /// The quoted words, marks excluded.
    start: usize,
    end: usize,
    /// Just past the closing mark, or `end` when the span runs to the paragraph's end unclosed.
    close: usize,
    closed: bool,
    typo: bool,
}

/// `of"squabbling like schoolboys"`: a straight mark glued between two letters opens a quote
/// that a space was lost before, when the next straight mark can close it.
fn closed_later(text: &str, from: usize) -> bool {
    let rest = &text[from..];
    rest.find('"').is_some_and(|j| {
        let before = rest[..j].chars().next_back();
        let after = rest[j + 1..].chars().next();
        before.is_some_and(|c| !c.is_whitespace()) && after.is_none_or(|c| !c.is_alphanumeric())
    })
}

/// Finds the top-level quoted spans of one paragraph. Double marks nest single ones; single marks
/// only count where they pair up and are not apostrophes (`It'd`, `Ukraine's`, `students'`,
/// `'60s`). A straight double mark that can only open, met while a quote is open, means the
/// previous quote was never closed: it ends there and a new one opens.
fn find_spans(text: &str) -> Vec<Span> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut spans = Vec::new();
    let mut double: Option<(usize, usize, char)> = None; // (open, start, mark)
    let mut single: Option<(usize, usize)> = None;
    let mut skip = false;
    for (k, &(i, c)) in chars.iter().enumerate() {
        if std::mem::take(&mut skip) {
            continue;
        }
        let prev = k.checked_sub(1).map(|p| chars[p].1);
        let mut next = chars.get(k + 1).map(|&(_, n)| n);
        let mut after = i + c.len_utf8();
        // Two straight apostrophes stand for a double mark in some archives: ''Like this.''
        let c = if c == '\'' && next == Some('\'') {
            skip = true;
            next = chars.get(k + 2).map(|&(_, n)| n);
            after += 1;
            '"'
        } else {
            c
        };
        // Invisible direction marks (`\u{202a}”Sorry …`) stand where a space would.
        let blank = |p: char| {
            p.is_whitespace()
                || matches!(
                    p,
                    '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{feff}'
                )
        };
        let can_open = prev.is_none_or(|p| blank(p) || is_opening_punct(p))
            && next.is_some_and(|n| !n.is_whitespace());
        let can_close =
            prev.is_some_and(|p| !p.is_whitespace()) && next.is_none_or(|n| !n.is_alphanumeric());
        if DOUBLE_MARKS.contains(&c) {
            match double {
                None => {
                    let opener = match c {
                        // `”Fear. I am afraid …”`: a right mark opening a word where no quote is
                        // open is a mistyped opening mark.
                        '\u{201d}' => can_open && next.is_some_and(char::is_alphanumeric),
                        '\u{bb}' => false,
                        // `…the authorities."We were deceived."`: glued to the stop before it.
                        '"' => {
                            can_open
                                || (matches!(prev, Some('.' | '?' | '!'))
                                    && next.is_some_and(char::is_uppercase))
                                || (prev.is_some_and(char::is_alphabetic)
                                    && next.is_some_and(char::is_alphabetic)
                                    && closed_later(text, after))
                        }
                        _ => true,
                    };
                    if opener {
                        double = Some((i, after, c));
                        single = None;
                    }
                }
                Some((open, start, mark)) => {
                    let closes = match c {
                        '\u{201d}' | '\u{bb}' | '\u{201f}' => true,
                        '\u{201c}' => mark == '\u{201e}' || (!can_open && can_close),
                        // `…audiences,"Katie Lee said`: a mark glued to a word's closing
                        // punctuation ends the open quote even with no space after it.
                        '"' => {
                            let glued = k >= 2
                                && matches!(prev, Some(',' | '.' | '?' | '!'))
                                && chars[k - 2].1.is_alphanumeric();
                            can_close || !can_open || glued
                        }
                        _ => false,
                    };
                    if closes {
                        spans.push(Span {
                            open,
                            start,
                            end: i,
                            close: after,
                            closed: true,
                            typo: false,
                        });
                        double = None;
                    } else if can_open && i > start {
                        // The open quote was never closed: it ends before this new opening.
                        let end = start + text[start..i].trim_end().len();
                        spans.push(Span {
                            open,
                            start,
                            end,
                            close: end,
                            closed: false,
                            typo: false,
                        });
                        double = Some((i, after, c));
                    }
                }
            }
        } else if double.is_none() && SINGLE_MARKS.contains(&c) {
            let letter_next = next.is_some_and(char::is_alphabetic);
            let letter_prev = prev.is_some_and(char::is_alphanumeric);
            if letter_prev && letter_next {
                continue; // It'd, Johnson’s
            }
            match single {
                None if can_open
                    && (letter_next || next.is_some_and(|n| DOUBLE_MARKS.contains(&n)))
                    && (c != '\u{2019}' || prev.is_none_or(|p| p.is_whitespace())) =>
                {
                    single = Some((i, after));
                }
                Some((open, start)) if can_close && c != '\u{2018}' && i > start => {
                    spans.push(Span {
                        open,
                        start,
                        end: i,
                        close: after,
                        closed: true,
                        typo: false,
                    });
                    single = None;
                }
                _ => {}
            }
        } else if c == ':' && double.is_none() && single.is_none() {
            if let Some(span) = typo_open(text, i) {
                spans.push(span);
                return spans;
            }
        }
    }
    if let Some((open, start, _)) = double {
        let end = start + text[start..].trim_end().len();
        if end > start {
            spans.push(Span {
                open,
                start,
                end,
                close: end,
                closed: false,
                typo: false,
            });
        }
    }
    spans
}

/// `tweeting: :We want …`: a stray colon or semicolon where the opening mark should be, right after
/// a speech verb's colon, opening a capitalised sentence that has no quote mark of its own. Only
/// then is it safe to read the rest of the paragraph as the quote.
fn typo_open(text: &str, colon: usize) -> Option<Span> {
    let rest = &text[colon + 1..];
    let trimmed = rest.trim_start();
    let stray = trimmed.chars().next().filter(|c| matches!(c, ':' | ';'))?;
    let open = colon + 1 + (rest.len() - trimmed.len());
    let start = open + stray.len_utf8();
    let body = &text[start..];
    let verb_before = text[..colon]
        .split_whitespace()
        .last()
        .is_some_and(is_speech_verb);
    let safe = verb_before
        && body.starts_with(|c: char| c.is_uppercase())
        && !body.contains(DOUBLE_MARKS)
        && body.trim_end().ends_with(['.', '!', '?']);
    safe.then(|| {
        let end = start + body.trim_end().len();
        Span {
            open,
            start,
            end,
            close: end,
            closed: false,
            typo: true,
        }
    })
}

const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "St", "Sen", "Rep", "Gov", "Gen", "Col", "Capt", "Lt", "Sgt", "Prof",
    "Rev", "Jr", "Sr", "No", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
    "Mt", "Ft", "vs", "Inc", "Co", "Corp", "Ltd", "Pres", "Gov't", "U.S", "U.K", "U.N", "a.m",
    "p.m", "e.g", "i.e", "etc", "Supt", "Det", "Insp", "Cllr", "Del", "Sgt", "Ald", "Assn",
];

/// Indices of the words lying wholly in `[from, to)`; words are in text order, so two binary
/// searches find them without scanning the paragraph.
fn word_range(ws: &[Word], from: usize, to: usize) -> std::ops::Range<usize> {
    let a = ws.partition_point(|w| w.start < from);
    let b = ws.partition_point(|w| w.end <= to).max(a);
    a..b
}

/// Sentence starts (byte offsets) of a paragraph; no sentence ends inside a quoted span.
fn sentence_starts(text: &str, spans: &[Span]) -> Vec<usize> {
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
fn sentence_of(starts: &[usize], len: usize, at: usize) -> (usize, usize) {
    let idx = starts.partition_point(|&s| s <= at).saturating_sub(1);
    let from = starts.get(idx).copied().unwrap_or(0);
    let to = starts.get(idx + 1).copied().unwrap_or(len);
    (from, to)
}

/// A cue found for a span: the verb as written, its subject mention, and the rule.
#[derive(Debug, Clone, PartialEq)]
struct Cue {
    verb: String,
    mention: String,
    rule: &'static str,
}

/// `For the Lib Dems Ann Lee said: "…," he said.`: a quote with two cues, a named one before it
/// and a pronoun after, is the named person's. `lead` runs from the sentence start to the quote.
fn named_lead_over_pronoun(
    cue: Cue,
    text: &str,
    ws: &[Word],
    lead: (usize, usize),
    resolver: &Resolver,
) -> Cue {
    let pronoun = ["he", "she"].contains(&cue.mention.to_lowercase().as_str());
    if cue.rule != "trailing" || !pronoun || !text[lead.0..lead.1].trim_end().ends_with(':') {
        return cue;
    }
    let named = word_range(ws, lead.0, lead.1)
        .rev()
        .find(|&k| !ws[k].quoted && verb_at(text, ws, k))
        .and_then(|v| subject_before(text, ws, v, lead.0, resolver))
        .filter(|m| is_person_mention(m, resolver));
    match named {
        Some(mention) => Cue {
            verb: ":".into(),
            mention,
            rule: "leading",
        },
        None => cue,
    }
}

/// The subject mention of the verb at word index `v`: the words before it (over auxiliaries and a
/// comma-fenced appositive), or after it when inverted (`said Sir Keir`).
fn subject_before(
    text: &str,
    ws: &[Word],
    v: usize,
    floor: usize,
    resolver: &Resolver,
) -> Option<String> {
    let mut k = v;
    // `Will wrote`, `May said`: a capitalised auxiliary that is someone's name in this article is
    // the subject, not a modal.
    let named = |w: &str| is_capitalised(w) && resolver.entities.people.iter().any(|p| p.last == w);
    // `he bitterly said`: an adverb between subject and verb.
    let adverb = |w: &str| w.len() > 4 && w.ends_with("ly") && !is_capitalised(w);
    while k > 0
        && ws[k - 1].start >= floor
        && ((is_aux(ws[k - 1].text) && !named(ws[k - 1].text))
            || is_time_word(ws[k - 1].text)
            || adverb(ws[k - 1].text))
        && !gap_has_comma(text, ws, k - 1)
    {
        k -= 1;
        // `Obama on Friday declared`
        if is_time_word(ws[k].text)
            && k > 0
            && ["on", "last", "this", "late", "early"].contains(&ws[k - 1].text)
        {
            k -= 1;
        }
    }
    // `Cummings (D-Md.) said`: step back over a bracketed tag.
    if k > 0 && text[ws[k - 1].end..ws[k].start].contains(')') {
        let mut j = k - 1;
        while j > 0 && ws[j].start >= floor && !text[ws[j - 1].end..ws[j].start].contains('(') {
            j -= 1;
        }
        if j > 0 && k - j <= 4 {
            // A comma after the bracket may close an appositive holding it (`Ann Lee, head of the
            // Agency for Refugees (AFR), said`): then only a person right before the bracket
            // (`Cummings (D-Md.), said`) is the subject.
            let comma = text[ws[k - 1].end..ws[k].start].contains(',');
            let tagged = comma
                && ws[j - 1].start >= floor
                && text[ws[j - 1].end..ws[j].start].trim() == "("
                && mention_ending_at(text, ws, j - 1, floor)
                    .is_some_and(|m| is_person_mention(&m, resolver));
            if !comma || tagged {
                k = j;
            }
        }
    }
    if k == 0 || ws[k - 1].start < floor {
        return None;
    }
    let w = ws[k - 1];
    let gap = text[w.end..ws[k].start].trim_end_matches('(');
    if gap.contains(',') {
        return appositive_subject(text, ws, k - 1, floor, resolver);
    }
    if gap.trim().chars().any(|c| !c.is_whitespace()) {
        return None;
    }
    let m = mention_ending_at(text, ws, k - 1, floor)?;
    if let Some(person) = person_before_phrases(text, ws, k - 1, floor, &m, resolver) {
        return Some(person);
    }
    // `Vikram Misri in a news briefing in New Delhi accused`: a place after a preposition is
    // where, not who; the subject is further back.
    // (`The Council on American-Islamic Relations Director Nihad Awad says` is a person's title.)
    let placed = text[..ws[k - 1].end].ends_with(m.as_str())
        && resolver.lookup_name(&m).is_none()
        && word_before(text, ws, mention_start(k - 1, &m), floor).is_some_and(|w| {
            [
                "in", "on", "into", "with", "to", "near", "across", "inside", "outside", "under",
                "through",
            ]
            .contains(&w)
        });
    if placed {
        return None;
    }
    if let Some(a) = unclosed_appositive(text, ws, k - 1, floor, &m, resolver) {
        return Some(a);
    }
    if let Some(p) = person_before_body(text, ws, k - 1, floor, &m, resolver) {
        return Some(p);
    }
    // `A spokeswoman for Senn Valley Water said`, `the Opposition MP for Tollbridge and Senn
    // Bridge warned`: the speaker is the person the place or body follows.
    let mut first = mention_start(k - 1, &m);
    while word_before(text, ws, first, floor) == Some("and")
        && first >= 2
        && ws[first - 2].start >= floor
        && is_capitalised(ws[first - 2].text)
    {
        first -= 2;
        while first > 0
            && ws[first - 1].start >= floor
            && is_capitalised(ws[first - 1].text)
            && text[ws[first - 1].end..ws[first].start] == *" "
        {
            first -= 1;
        }
    }
    let owner = word_before(text, ws, first, floor)
        .filter(|w| ["for", "of", "at", "from"].contains(w))
        .and_then(|_| first.checked_sub(2).filter(|&d| ws[d].start >= floor))
        .and_then(|d| mention_ending_at(text, ws, d, floor));
    // `Simon Hart of the Countryside Alliance has questioned`: the person, not the body.
    if let Some(person) = owner.as_ref().filter(|d| resolver.lookup_name(d).is_some()) {
        return Some(person.clone());
    }
    // `The Archbishop of Canterbury said`: the title with its place.
    let source = owner.filter(|d| {
        let office = d.to_lowercase().starts_with("the ")
            && d.split_whitespace().last().is_some_and(is_role_noun);
        let title = d
            .split_whitespace()
            .last()
            .is_some_and(is_honorific_or_title);
        office || title || anonymous_source(d).is_some()
    });
    match source {
        Some(d) => {
            let start = ws[mention_start(first - 2, &d)].start;
            Some(text[start..ws[k - 1].end].to_string())
        }
        None => Some(m),
    }
}

/// `Lauren Nel from Natural Justice in Cape Town says`: a mention after a preposition is the
/// object of a phrase, and the person the phrases follow is the subject. Up to three phrases are
/// stepped over; the person must open the clause or follow a description (`lawyer Ann Lee`), not
/// another preposition (`the lawyer for Ann Lee in London said` is the lawyer speaking).
/// `m` is the mention ending at word `last`.
fn person_before_phrases(
    text: &str,
    ws: &[Word],
    last: usize,
    floor: usize,
    m: &str,
    resolver: &Resolver,
) -> Option<String> {
    const PHRASE: [&str; 6] = ["in", "from", "at", "of", "for", "with"];
    let (mut last, mut m) = (last, m.to_string());
    for _ in 0..3 {
        let first = mention_start(last, &m);
        if !PHRASE.contains(&word_before(text, ws, first, floor)?) {
            return None;
        }
        last = first.checked_sub(2).filter(|&d| ws[d].start >= floor)?;
        m = mention_ending_at(text, ws, last, floor)?;
        let opens = word_before(text, ws, mention_start(last, &m), floor)
            .is_none_or(|w| !PREPOSITIONS.contains(w) && !["the", "a", "an"].contains(&w));
        if opens && is_person_mention(&m, resolver) {
            return Some(m);
        }
    }
    None
}

/// The index of the first word of mention `m`, which ends at word `last`.
fn mention_start(last: usize, m: &str) -> usize {
    last + 1 - m.split_whitespace().count().clamp(1, last + 1)
}

/// The word joined by a plain space to the mention starting at word `first`, if it is in the same
/// clause: `to` in `to the Health Secretary`, `leaving` in `leaving Beech ward`.
fn word_before<'a>(text: &str, ws: &[Word<'a>], first: usize, floor: usize) -> Option<&'a str> {
    let p = first.checked_sub(1).map(|p| ws[p])?;
    // A plural possessive's mark (`the Teachers' Union`) stays outside the word.
    let gap = text[p.end..ws[first].start].trim_start_matches(['\'', '\u{2019}']);
    (p.start >= floor && gap.trim().is_empty()).then_some(p.text)
}

/// `Nadia Frost, director of the patients' group Senn Valley Voices said`, `Ann Lee, president of
/// the Harbour Board said`: with the comma that closes an appositive left out, the words before the
/// verb end in the appositive's organisation. When that mention is no known person and sits inside
/// the description (after "of", "for", "at" or a word of it, not after a comma or an article), the
/// person named before the appositive's opening comma is the subject. `m` ends at word `last`.
fn unclosed_appositive(
    text: &str,
    ws: &[Word],
    last: usize,
    floor: usize,
    m: &str,
    resolver: &Resolver,
) -> Option<String> {
    let before = word_before(text, ws, mention_start(last, m), floor)?;
    // The object of a preposition is never the verb's subject, even where the table took the body
    // for a person ("Harbour Pilots Guild").
    let object = ["of", "for", "at"].contains(&before);
    let described = !["the", "a", "an"].contains(&before)
        && !PREPOSITIONS.contains(before)
        && resolver.lookup_name(m).is_none();
    if !object && !described {
        return None;
    }
    let owner = appositive_subject(text, ws, last, floor, resolver)?;
    is_person_mention(&owner, resolver).then_some(owner)
}

/// The last words of an organisation's name: `Blackpool Hotel Association`, `Harbour Trust`.
static BODY_HEADS: WordSet = WordSet::new(&[
    "Association",
    "Federation",
    "Society",
    "Trust",
    "Group",
    "Club",
    "Council",
    "Union",
    "Party",
    "Board",
    "Chamber",
    "Institute",
    "Foundation",
    "League",
    "Alliance",
    "Coalition",
    "Network",
    "Forum",
    "Commission",
    "Agency",
    "Company",
    "Corporation",
    "Authority",
    "Committee",
    "Campaign",
]);

/// `Colin Asplin, Blackpool Hotel Association said:`: a body's name set after a person's with
/// only a comma (the "of the" left out) is where the person comes from; the person speaks.
/// `m` is the mention ending at word `last`.
fn person_before_body(
    text: &str,
    ws: &[Word],
    last: usize,
    floor: usize,
    m: &str,
    resolver: &Resolver,
) -> Option<String> {
    if !m
        .split_whitespace()
        .last()
        .is_some_and(|w| BODY_HEADS.contains(w))
    {
        return None;
    }
    let first = mention_start(last, m);
    let before = first.checked_sub(1)?;
    if ws[before].start < floor || text[ws[before].end..ws[first].start].trim() != "," {
        return None;
    }
    mention_ending_at(text, ws, before, floor).filter(|p| is_person_mention(p, resolver))
}

/// A mention naming a person: one the article knows, or a full name that looks like one.
fn is_person_mention(m: &str, resolver: &Resolver) -> bool {
    let mws: Vec<&str> = m.split_whitespace().collect();
    let parts = split_run(&mws);
    resolver.lookup_name(m).is_some()
        || (parts.name.len() >= 2 && looks_like_person(&parts.name, !parts.title.is_empty()))
}

fn gap_has_comma(text: &str, ws: &[Word], k: usize) -> bool {
    ws.get(k + 1)
        .is_some_and(|n| text[ws[k].end..n.start].contains(','))
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

fn is_time_word(w: &str) -> bool {
    TIME_WORDS.contains(&w) || crate::speakers::DAYS.contains(&w)
}

/// `John Bolton, the former adviser, said`: the name before a comma-fenced phrase; or the phrase
/// itself when it is the name (`The shadow minister, Ann Lee, said`).
fn appositive_subject(
    text: &str,
    ws: &[Word],
    last: usize,
    floor: usize,
    resolver: &Resolver,
) -> Option<String> {
    let mut k = last;
    let mut n = 0;
    let mut fallback: Option<String> = None;
    while k > 0 && ws[k - 1].start >= floor && n < 40 {
        let gap = &text[ws[k - 1].end..ws[k].start];
        let quoted_title = gap.contains(DOUBLE_MARKS);
        if gap.contains(',') && !quoted_title {
            let phrase = &text[ws[k].start..ws[last].end];
            let runs = name_runs(phrase);
            // The run may stop short of letters after the name (`Sunil Basra MP`).
            let covers = |r: &crate::speakers::NameRun| {
                r.start == 0
                    && phrase[r.end..]
                        .split_whitespace()
                        .all(crate::speakers::is_post_nominal)
            };
            if let Some(run) = runs.first().filter(|r| covers(r)) {
                let parts = split_run(&run.words);
                if looks_like_person(&parts.name, !parts.title.is_empty()) {
                    return Some(phrase.to_string());
                }
            }
            // `Dean Cole, a salesman from Sumter, South Carolina, says`: the appositive may hold
            // commas of its own; the subject is the nearest full name before one of them.
            let m = mention_ending_at(text, ws, k - 1, floor);
            // `The Conservatives' letter to Daniel Greenberg, the standards commissioner, said`:
            // a name after a preposition is addressed or talked about, not the subject.
            let after_preposition = |m: &str| {
                word_before(text, ws, mention_start(k - 1, m), floor)
                    .is_some_and(|w| PREPOSITIONS.contains(w))
            };
            if let Some(m) = m.as_ref().filter(|m| !after_preposition(m)) {
                let mws: Vec<&str> = m.split_whitespace().collect();
                let parts = split_run(&mws);
                let known = resolver.lookup_name(m).is_some();
                let person = parts.name.len() >= 2
                    && looks_like_person(&parts.name, !parts.title.is_empty());
                if known || person || PRONOUN_SUBJECTS.contains(&m.to_lowercase().as_str()) {
                    return Some(m.clone());
                }
            }
            // Otherwise the earliest candidate: the clause's subject stands at its start. A name
            // after a preposition is an object (`One student at the University of Harwick, who …,
            // said`), never the subject.
            let m = m.filter(|m| !after_preposition(m));
            if m.as_deref()
                .is_some_and(|m| m.starts_with(|c: char| c.is_uppercase()))
                || fallback.is_none()
            {
                fallback = m.or(fallback);
            }
        }
        // `of St. Lawrence Island`: an abbreviation's dot ends no sentence.
        let abbreviation = gap.trim() == "." && ABBREVIATIONS.contains(&ws[k - 1].text);
        if gap.contains(['.', ';', ':']) && !abbreviation {
            break;
        }
        k -= 1;
        n += 1;
    }
    fallback
}

const PRONOUN_SUBJECTS: &[&str] = &["he", "she"];

/// Plural or group nouns that can be a quote's source.
static PEOPLE_NOUNS: WordSet = WordSet::new(&[
    "officials",
    "aides",
    "critics",
    "analysts",
    "experts",
    "voters",
    "supporters",
    "residents",
    "lawmakers",
    "legislators",
    "senators",
    "republicans",
    "democrats",
    "sources",
    "advisers",
    "advisors",
    "leaders",
    "members",
    "protesters",
    "campaigners",
    "activists",
    "investigators",
    "prosecutors",
    "police",
    "officers",
    "witnesses",
    "researchers",
    "economists",
    "strategists",
    "organizers",
    "organisers",
    "spokesmen",
    "spokeswomen",
    "ministers",
    "diplomats",
    "doctors",
    "scientists",
    "people",
    "residents",
    "parents",
    "students",
    "teachers",
    "workers",
    "others",
    "man",
    "woman",
    "source",
    "official",
    "aide",
    "critic",
    "voter",
    "supporter",
    "resident",
    "fan",
    "fans",
    "insider",
    "witness",
    "victim",
    "survivor",
    "neighbour",
    "neighbor",
    "mother",
    "father",
    "teacher",
    "worker",
    "nurse",
    "doctor",
    "mom",
    "mum",
    "dad",
    "son",
    "daughter",
    "wife",
    "husband",
    "sister",
    "brother",
    "grandmother",
    "grandfather",
    "girlfriend",
    "boyfriend",
    "widow",
    "tester",
    "testers",
    "reviewer",
    "reviewers",
    "user",
    "users",
    "customer",
    "customers",
    "reader",
    "readers",
    "participant",
    "participants",
    "respondent",
    "respondents",
]);

/// The mention that ends with word `k`: a pronoun, a capitalised run (with a leading "the"), or a
/// short described source ("a spokesman", "the minister").
fn mention_ending_at(text: &str, ws: &[Word], k: usize, floor: usize) -> Option<String> {
    let w = ws[k];
    if w.quoted {
        return None;
    }
    // `Ed Rendell (D), a supporter,`: a party tag in brackets after a name.
    if k > 0
        && text[ws[k - 1].end..w.start].ends_with('(')
        && text[w.end..].trim_start_matches('.').starts_with(')')
    {
        return mention_ending_at(text, ws, k - 1, floor);
    }
    // `"…," @harwickmayor tweeted`: a social-media handle names its account.
    if text[..w.start].ends_with('@') {
        return Some(format!("@{}", w.text));
    }
    let lw = w.text.to_lowercase();
    if crate::speakers::strip_possessive(w.text).1 && !w.text.ends_with("s'") {
        return None; // `Trump's remarks`: the owner, not the speaker
    }
    // `Tessa Jowell who said:`: "who" right after a name (no comma) is that name.
    if lw == "who"
        && k > 0
        && text[ws[k - 1].end..w.start] == *" "
        && is_capitalised(ws[k - 1].text)
    {
        if let Some(m) = mention_ending_at(text, ws, k - 1, floor) {
            return Some(m);
        }
    }
    if ["he", "she", "they", "we", "i", "it", "who"].contains(&lw.as_str()) {
        if lw == "who" && k > 0 && text[ws[k - 1].end..w.start].contains(',') {
            // `Priya Nandy, a governor of the school in Aldermere, who said`: over an
            // appositive opened by an article, "who" is the person before it.
            let opened = (k.saturating_sub(24)..k - 1)
                .rev()
                .find(|&j| ws[j].start >= floor && text[ws[j].end..ws[j + 1].start].contains(','));
            let appositive = opened.filter(|&j| {
                ["a", "an", "the"].contains(&ws[j + 1].text) && is_capitalised(ws[j].text)
            });
            return mention_ending_at(text, ws, appositive.unwrap_or(k - 1), floor);
        }
        return Some(w.text.to_string());
    }
    let joined = |a: usize| text[ws[a].end..ws[a + 1].start] == *" ";
    if is_capitalised(w.text) {
        let mut s = k;
        while s > 0 && ws[s - 1].start >= floor && joined(s - 1) && s + 6 > k {
            let p = ws[s - 1].text;
            if is_capitalised(p) || ["de", "van", "von", "al", "bin", "la", "le", "da"].contains(&p)
            {
                s -= 1;
            } else {
                break;
            }
        }
        if s > 0 && joined(s - 1) && ws[s - 1].text.eq_ignore_ascii_case("the") {
            s -= 1;
        }
        return Some(text[ws[s].start..w.end].to_string());
    }
    if PREPOSITIONS.contains(&lw.as_str())
        || is_aux(&lw)
        || ["but", "because", "so", "which", "what"].contains(&lw.as_str())
    {
        return None;
    }
    // A described source must be people: "a spokesman", "lawmakers", not "the state capital".
    if !is_role_noun(w.text) && !PEOPLE_NOUNS.contains(&lw.as_str()) {
        return None;
    }
    // A described source: up to six words back to a determiner (`the Labour peer and former
    // minister`, `the Independents' leader`: a plural possessive's mark stays outside the word).
    let described = |a: usize| {
        let gap = &text[ws[a].end..ws[a + 1].start];
        gap == " " || gap == "' " || gap == "\u{2019} "
    };
    let mut s = k;
    while s > 0 && k - s < 6 && ws[s - 1].start >= floor && described(s - 1) {
        s -= 1;
        let d = ws[s].text.to_lowercase();
        // `Scotland's justice minister`: a place's or body's possessive determines it too.
        let owner = is_capitalised(ws[s].text) && crate::speakers::strip_possessive(ws[s].text).1;
        if owner || ["the", "a", "an", "his", "her", "their", "its"].contains(&d.as_str()) {
            return Some(text[ws[s].start..w.end].to_string());
        }
    }
    if is_role_noun(w.text) || lw.ends_with("s") && k > 0 {
        return Some(w.text.to_string());
    }
    None
}

/// The mention right after an inverted verb: `said Sir Keir`, `says Foreign Sec`, `said the minister`.
fn subject_after(text: &str, ws: &[Word], v: usize, ceil: usize) -> Option<String> {
    // `"thrilled", saying Mr Frost would …`: a participle never has its subject after it.
    if is_speech_verb(ws[v].text) && ws[v].text.ends_with("ing") {
        return None;
    }
    let first = ws.get(v + 1).filter(|w| w.end <= ceil && !w.quoted)?;
    if text[ws[v].end..first.start]
        .trim()
        .chars()
        .any(|c| !c.is_whitespace())
    {
        return None;
    }
    let lw = first.text.to_lowercase();
    let mut k = v + 1;
    let determiner = ["the", "a", "an"].contains(&lw.as_str());
    // `said 20-year-old politics student Nick Vaughan`: a lower-case description leading to a name.
    let described = !determiner
        && !is_capitalised(first.text)
        && is_role_word(first.text)
        && ws[v + 2..]
            .iter()
            .take(4)
            .take_while(|w| w.end <= ceil && (is_capitalised(w.text) || is_role_word(w.text)))
            .any(|w| is_capitalised(w.text));
    if !(is_capitalised(first.text) || determiner || described) {
        return None;
    }
    while let Some(n) = ws.get(k + 1) {
        // `Del. Stacey Plaskett`: an abbreviation's dot does not end the name.
        let gap = &text[ws[k].end..n.start];
        let joined = gap == " " || (gap == ". " && ABBREVIATIONS.contains(&ws[k].text));
        if n.end > ceil || !joined || k - v >= 9 {
            break;
        }
        let ok = if determiner {
            // `said a prominent committee member who supports Trump`: a relative clause ends it.
            !is_speech_verb(n.text)
                && !PREPOSITIONS.contains(&n.text.to_lowercase().as_str())
                && !["who", "that", "which", "whose"].contains(&n.text)
        } else {
            // `said Democratic pollster Stan Greenberg`: role words between capitalised ones;
            // `says Estera Events Co-Owner and Lead Planner Erica Vanco`: titles joined by "and".
            let joined_titles = n.text == "and"
                && (is_honorific_or_title(ws[k].text) || is_role_noun(ws[k].text))
                && ws.get(k + 2).is_some_and(|w| is_capitalised(w.text));
            is_capitalised(n.text)
                || joined_titles
                || (is_role_word(n.text) && capital_follows(text, ws, k + 1, ceil))
        };
        if !ok {
            break;
        }
        k += 1;
    }
    while !determiner && k > v + 1 && !is_capitalised(ws[k].text) {
        k -= 1;
    }
    let m = &text[first.start..ws[k].end];
    // "said the minister" names a source; "say the days …" is the reported clause.
    // `said the source`, `said a resident`: people unnamed are sources too.
    let described = !determiner
        || ws[v + 2..=k].iter().any(|w| {
            is_role_noun(w.text)
                || is_capitalised(w.text)
                || PEOPLE_NOUNS.contains(w.text.to_lowercase().as_str())
        });
    if !described || is_speech_verb(first.text) {
        return None;
    }
    // `says the former editor of the Standard, George Osborne.`, `says Co-Founder, Stephanie
    // Ozcan.`: the name set after the description, or after a bare title, is the speaker.
    let bare_title = ws[v + 1..=k]
        .iter()
        .all(|w| is_role_noun(w.text) || is_honorific_or_title(w.text) || w.text == "and");
    if determiner || bare_title {
        if let Some(name) = name_after_description(text, ws, k) {
            return Some(name);
        }
    }
    Some(m.to_string())
}

/// `in Cairo's words, it was "…"`, `in the words of Ann Lee, "…"`, `in Tom Ode's own words`:
/// the name whose words the quote is, within four words of its opening mark.
fn words_of_cue(before: &str) -> Option<Cue> {
    const NAME: &str = r"(?P<name>(?:[A-Z][\w.\-]*\s){0,3}[A-Z][\w\-]*)";
    const GAP: &str = r",?\s+(?:\S+\s+){0,4}$";
    static WORDS_OF: LazyLock<Vec<Regex>> = LazyLock::new(|| {
        [
            format!(r"\b[Ii]n {NAME}(?:'s|\x{{2019}}s) (?:own )?words{GAP}"),
            format!(r"\b[Ii]n the (?:own )?words of {NAME}{GAP}"),
        ]
        .iter()
        .filter_map(|re| Regex::new(re).ok())
        .collect()
    });
    if !before.contains("words") {
        return None;
    }
    let name = WORDS_OF
        .iter()
        .find_map(|re| re.captures(before))?
        .name("name")?
        .as_str()
        .to_string();
    Some(Cue {
        verb: "words".into(),
        mention: name,
        rule: "words-of",
    })
}

/// The full name closing a description that ends at word `k`, set off by a comma within eight
/// words and ending the sentence or clause: `the former editor of the Standard, George Osborne.`
fn name_after_description(text: &str, ws: &[Word], k: usize) -> Option<String> {
    let mut j = k + 1;
    while j < ws.len() && j <= k + 8 {
        let gap = &text[ws[j - 1].end..ws[j].start];
        if gap.contains(['.', ';', ':', '"', '\u{201c}', '\u{201d}', '(']) || ws[j].quoted {
            return None;
        }
        if gap.contains(',') {
            let mut e = j;
            while e + 1 < ws.len()
                && is_capitalised(ws[e + 1].text)
                && text[ws[e].end..ws[e + 1].start] == *" "
            {
                e += 1;
            }
            let run: Vec<&str> = ws[j..=e].iter().map(|w| w.text).collect();
            let parts = split_run(&run);
            let closes =
                text[ws[e].end..].trim_start().starts_with(['.', ',', ';']) || e + 1 == ws.len();
            let person = parts.name.len() >= 2 && looks_like_person(&parts.name, false);
            return (closes && person).then(|| text[ws[j].start..ws[e].end].to_string());
        }
        j += 1;
    }
    None
}

/// Adjectives of descriptions before a name: "presidential candidate", "longtime aide".
fn is_modifier(w: &str) -> bool {
    let lw = w.to_lowercase();
    !is_capitalised(w)
        && !PREPOSITIONS.contains(&lw.as_str())
        && !is_speech_verb(&lw)
        && !is_aux(&lw)
        && [
            "al",
            "ial",
            "ic",
            "an",
            "ive",
            "ary",
            "time",
            "former",
            "top",
            "senior",
            "chief",
            "leading",
            "prominent",
            "veteran",
            "fellow",
            "young",
            "old",
            "new",
        ]
        .iter()
        .any(|e| lw.ends_with(e))
}

/// A lower-case word that can sit inside a described name: "pollster", "resident", "former".
fn is_role_word(w: &str) -> bool {
    !is_capitalised(w)
        && !is_speech_verb(w)
        && !is_aux(w)
        && !PREPOSITIONS.contains(&w)
        && ![
            "but",
            "which",
            "who",
            "whom",
            "when",
            "while",
            "because",
            "regarding",
            "including",
            "where",
            "whose",
            "although",
            "though",
            "since",
            "after",
            "before",
            "then",
            "also",
            "until",
            "unless",
            "once",
            "whether",
            "even",
            "only",
            "not",
            "now",
        ]
        .contains(&w)
        && w.chars().all(|c| c.is_alphanumeric() || c == '-')
        && w.len() > 2
}

/// Whether a capitalised word follows word `k` within two role words.
fn capital_follows(text: &str, ws: &[Word], k: usize, ceil: usize) -> bool {
    ws.iter()
        .skip(k + 1)
        .take(4)
        .take_while(|w| w.end <= ceil && (is_capitalised(w.text) || is_role_word(w.text)))
        .any(|w| is_capitalised(w.text))
        && text[ws[k].end..].starts_with(' ')
}

/// Whether the words from `k` (right after a name run ending at byte `end`) are a short lower-case
/// role and then a capitalised name: `campaign manager Robby Mook`, `speechwriter Jon Favreau`.
fn qualifies_a_named_role(text: &str, ws: &[Word], k: usize, end: usize) -> bool {
    let mut prev_end = end;
    let mut role = false;
    for (j, &w) in ws.iter().enumerate().take(k + 4).skip(k) {
        if text[prev_end..w.start] != *" " {
            return false;
        }
        // `Harbour Freight CEO Mina Tovey`: an abbreviated title is a role, not the name.
        let abbreviated = w.text.len() >= 2
            && w.text.chars().all(|c| c.is_ascii_uppercase())
            && is_honorific_or_title(w.text);
        if is_capitalised(w.text) && !abbreviated {
            return role && j > k;
        }
        role |= abbreviated
            || is_role_noun(w.text)
            || ROLE_WORD_ENDINGS.iter().any(|e| w.text.ends_with(e));
        prev_end = w.end;
    }
    false
}

/// Endings of job nouns that are not in the role list: speechwriter, staffer, consultant.
const ROLE_WORD_ENDINGS: &[&str] = &["writer", "staffer", "aide", "consultant", "operative"];

/// The first person-like subject of a clause, for participle cues (`…, tweeting:`) and for
/// salience: a name, a pronoun or a capitalised title not standing as an object.
fn sentence_subject(
    text: &str,
    ws: &[Word],
    from: usize,
    to: usize,
    resolver: &Resolver,
) -> Option<String> {
    clause_subject(text, ws, from, to, resolver, false)
}

/// As [`sentence_subject`]; with `owner`, a possessive opening the clause counts too
/// (`Rubio's catch phrase was that …`), for quotes whose sentence has no speech verb.
fn clause_subject(
    text: &str,
    ws: &[Word],
    from: usize,
    to: usize,
    resolver: &Resolver,
    owner: bool,
) -> Option<String> {
    let sentence = &text[from..to];
    let first = ws.partition_point(|w| w.start < from);
    let sws: Vec<&Word> = ws[first..]
        .iter()
        .take_while(|w| w.end <= to)
        .take(2)
        .collect();
    // `He said …`, and `That he never considered …` / `But she …` after one connective.
    let lead = sws
        .first()
        .filter(|w| {
            ["that", "but", "and", "so", "yet", "then"].contains(&w.text.to_lowercase().as_str())
        })
        .map_or(0, |_| 1);
    if let Some(w) = sws.get(lead) {
        if ["he", "she"].contains(&w.text.to_lowercase().as_str()) {
            return Some(w.text.to_string());
        }
    }
    for run in name_runs(sentence) {
        let abs = from + run.start;
        let opens_clause = {
            let lead = text[from..abs].trim();
            lead.is_empty() || lead.ends_with(',')
        };
        // `Fischer's mother, Adrianne Fischer, is …`: the person the possessive's noun is, named
        // after the comma, is the subject, not the possessor.
        let named_after = || {
            text[from + run.end..to]
                .split_once(',')
                .is_some_and(|(head, rest)| {
                    let head: Vec<&str> = head.split_whitespace().collect();
                    (1..=2).contains(&head.len())
                        && head.iter().all(|w| !is_capitalised(w))
                        && rest.trim_start().starts_with(char::is_uppercase)
                })
        };
        if run.possessive && (!(owner && opens_clause) || named_after()) {
            continue;
        }
        // `In her Stitch Fix review, Brandi Dowell …`: what a possessive owns is a thing. (Not
        // two words back: `his wife Jane Sanders` is a person.)
        let owned = text[from..abs]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| {
                ["his", "her", "their", "its", "our", "my", "your"]
                    .contains(&w.to_lowercase().as_str())
            });
        if owned {
            continue;
        }
        let parts = split_run(&run.words);
        let k = ws.partition_point(|w| w.start < abs);
        let Some(k) = (k < ws.len() && ws[k].start == abs).then_some(k) else {
            continue;
        };
        if ws[k].quoted {
            continue;
        }
        let mut b = k;
        // Skip back over role words: "Ukraine's president Volodymyr Zelensky", "Transport boss".
        while b > 0
            && ws[b - 1].start >= from
            && !text[ws[b - 1].end..ws[b].start].contains(',')
            && (is_role_noun(ws[b - 1].text)
                || is_capitalised(ws[b - 1].text)
                || is_modifier(ws[b - 1].text)
                || ws[b - 1].text.ends_with("'s")
                || ws[b - 1].text.ends_with("\u{2019}s"))
        {
            b -= 1;
        }
        let prev = (b > 0 && ws[b - 1].start >= from).then(|| ws[b - 1]);
        // `written to the Health Secretary`: the word that makes an object may stand before an
        // article.
        let article = prev.is_some_and(|p| ["the", "a", "an"].contains(&p.text));
        let ob = if article && b >= 2 && ws[b - 2].start >= from {
            b - 1
        } else {
            b
        };
        let governing = (ob > 0 && ws[ob - 1].start >= from).then(|| ws[ob - 1]);
        // `Chancellor of the Exchequer Gordon Brown`, `Chief Secretary to the Treasury Paul
        // Boateng`, `Secretary of State for Health Ann Lee`: the "of"/"to"/"for" belongs to a
        // title, and the person named after the title's last word is the subject.
        let titled = governing.is_some_and(|g| ["of", "to", "for"].contains(&g.text))
            && !parts.title.is_empty()
            && parts.name.len() >= 2
            && looks_like_person(&parts.name, true)
            && title_phrase_before(ws, from, ob - 1);
        // An object follows a preposition or a verb: `met with X`, `urged X`, `to LBC's X`.
        let object = governing.is_some_and(|p| {
            let gap = &text[p.end..ws[ob].start];
            let lp = p.text.to_lowercase();
            // "that", "as", "if" open a clause whose subject follows: `so much that Sanders thanked`.
            let complementiser = [
                "that", "as", "if", "and", "or", "nor", "when", "while", "because",
            ]
            .contains(&lp.as_str());
            // `the Guild of Nurses and Midwives`: a name joined by "and" to a capitalised word
            // continues the phrase before it, which was no subject either.
            let coordinated = ["and", "or"].contains(&lp.as_str())
                && ob >= 2
                && ws[ob - 2].start >= from
                && is_capitalised(ws[ob - 2].text)
                && text[ws[ob - 2].end..p.start].trim().is_empty();
            // `They could, however, picture Ann Lee`: a word after a modal is a verb, and the name
            // after it its object.
            let after_modal = (ob >= 2)
                .then(|| {
                    ws[..ob - 1]
                        .iter()
                        .rev()
                        .take_while(|w| w.start >= from)
                        .find(|w| {
                            !w.text.ends_with("ly") && !w.text.eq_ignore_ascii_case("however")
                        })
                })
                .flatten()
                .is_some_and(|w| MODALS.contains(&w.text.to_lowercase()));
            coordinated
                || after_modal && !gap.contains(',')
                || !gap.contains(',')
                    && !complementiser
                    && (PREPOSITIONS.contains(&lp.as_str())
                    // `secretary of state Madeleine Albright`: after "of" it is a noun.
                    || is_speech_verb(&lp) && !(ob >= 2 && ws[ob - 2].text == "of")
                    || (lp.ends_with("ed") && lp.len() > 3)
                    // `leaving Beech ward`
                    || (lp.ends_with("ing") && lp.len() > 4)
                    // `The campaign's best-known supporter is Orla Finch`: a complement.
                    || [
                        "visited", "met", "beat", "saw", "thanked", "backed", "joined", "named",
                        "hired", "fired", "praised", "attacked",
                    ]
                    .contains(&lp.as_str()))
        });
        if object && !titled {
            continue;
        }
        let next_at = ws.partition_point(|w| w.start < from + run.end);
        let next_word = ws.get(next_at);
        if next_word.is_some_and(|n| {
            !is_capitalised(n.text) && is_role_noun(n.text) && text[from + run.end..n.start] == *" "
        }) {
            continue; // "Former Obama spokesman Robert Gibbs": the run qualifies the role
        }
        if qualifies_a_named_role(text, ws, next_at, from + run.end) {
            continue; // "Clinton campaign manager Robby Mook": the name after the role is the subject
        }
        let title =
            parts.name.is_empty() || !looks_like_person(&parts.name, !parts.title.is_empty());
        // Names take no article: "the Great Recession", "the Arizona sheriff" are not people.
        let after_the = k > 0
            && ws[k - 1].start >= from
            && ws[k - 1].text.eq_ignore_ascii_case("the")
            && text[ws[k - 1].end..ws[k].start] == *" ";
        let office = run
            .words
            .iter()
            .all(|w| is_role_noun(w) || is_honorific_or_title(w) || is_capitalised(w))
            && parts.name.is_empty();
        if after_the && !office && !titled {
            continue;
        }
        if title {
            let all_title = run
                .words
                .iter()
                .all(|w| is_role_noun(w) || is_honorific_or_title(w) || is_capitalised(w))
                && run
                    .words
                    .iter()
                    .any(|w| is_role_noun(w) || is_honorific_or_title(w));
            let the = prev.is_some_and(|p| p.text.eq_ignore_ascii_case("the"));
            if all_title && the && parts.name.is_empty() {
                return Some(format!("the {}", run.words.join(" ")));
            }
            // A bare surname opening its clause ("Silverman joked") is a subject too.
            let next = ws.get(ws.partition_point(|w| w.start < from + run.end));
            let lone = parts.title.is_empty()
                && parts.name.len() == 1
                && plausible_surname(parts.name[0])
                && next.is_some_and(|n| !is_capitalised(n.text) && !is_role_noun(n.text))
                // A sentence's first word is capitalised anyway: only a verb after it makes it a name
                // ("Reading from a text, Ben Carson …" is not about someone called Reading).
                && (!text[from..abs].trim().is_empty()
                    || next.is_some_and(|n| {
                        let t = n.text;
                        is_aux(t)
                            || is_speech_verb(t)
                            || (t.len() > 3 && t.ends_with("ed"))
                            || (t.len() > 3 && t.ends_with('s') && !t.ends_with("ss"))
                    }))
                && !parts.name[0].ends_with("ing");
            if resolver.lookup_name(&run.words.join(" ")).is_none() && !lone {
                continue;
            }
        }
        let from_word = parts.name_at.saturating_sub(parts.title.len());
        return Some(run.words[from_word..].join(" "));
    }
    None
}

/// Whether the preposition at word `at` continues a title: capitalised words, "of", "to", "for" and
/// "the" lead back from it to a title word (`Chief Secretary to the`, `Secretary of State for`).
fn title_phrase_before(ws: &[Word], from: usize, at: usize) -> bool {
    ws[..at]
        .iter()
        .rev()
        .take(6)
        .take_while(|w| w.start >= from)
        .take_while(|w| is_capitalised(w.text) || ["of", "to", "for", "the"].contains(&w.text))
        .any(|w| is_honorific_or_title(w.text) || is_role_noun(w.text) && is_capitalised(w.text))
}

/// Where the clause opening at `from` ends: at a comma, stop or quote mark, but not at the dot of an
/// abbreviation (`Rep.`, `E.`) nor inside brackets (`(D-Md.)`).
fn clause_end(text: &str, from: usize, limit: usize) -> usize {
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

/// `"…," Ann Lee, the mayor of Hove, said.`: a name, a comma-fenced appositive, then the verb.
fn trailing_appositive(
    text: &str,
    ws: &[Word],
    clause: &[usize],
    clause_end: usize,
    limit: usize,
    resolver: &Resolver,
) -> Option<Cue> {
    let (&first, &last) = (clause.first()?, clause.last()?);
    if !clause.iter().all(|&k| is_capitalised(ws[k].text)) || !text[clause_end..].starts_with(',') {
        return None;
    }
    let mention = text[ws[first].start..ws[last].end].to_string();
    // The verb follows one of the appositive's commas: `Ann Lee, aide to the mayor, refugees, and
    // migration, said`.
    let mut at = clause_end + 1;
    for _ in 0..4 {
        let rest = &text[at..limit];
        // A dot inside a word or before a comma (`R-Ky.,`, `example.com`) ends no phrase.
        let close = rest.char_indices().find_map(|(i, c)| {
            let stop = match c {
                ',' | ';' | '"' | '\u{201c}' | '\u{201d}' => true,
                '.' => rest[i + 1..].chars().next().is_none_or(char::is_whitespace),
                _ => false,
            };
            stop.then_some(i)
        })?;
        if text[clause_end..at + close].split_whitespace().count() > 24 {
            return None;
        }
        if !rest[close..].starts_with(',') {
            // `Ann Lee, the pollster who runs the survey said.`: the appositive's closing comma is
            // missing; a speech verb in its last phrase, not opening a relative clause of its own
            // (`who said`), is the cue. Only a description of a person opens such a phrase: in
            // `"…" to Lee, Song wrote.` the verb has its own subject.
            let mut range = word_range(ws, at, at + close);
            let described = range.next().is_some_and(|k| {
                ["the", "a", "an", "who"].contains(&ws[k].text) || is_role_word(ws[k].text)
            });
            let verb = range.find(|&k| {
                verb_at(text, ws, k) && !["who", "that", "which"].contains(&ws[k - 1].text)
            });
            let verb = verb.filter(|_| described && is_person_mention(&mention, resolver));
            return verb.map(|k| Cue {
                verb: ws[k].text.to_string(),
                mention,
                rule: "trailing",
            });
        }
        at += close + 1;
        let mut k = ws.partition_point(|w| w.start < at);
        if k >= ws.len() {
            return None;
        }
        while k < ws.len() && (is_aux(ws[k].text) || is_time_word(ws[k].text)) {
            k += 1;
        }
        if k < ws.len() && ws[k].end <= limit && verb_at(text, ws, k) {
            return Some(Cue {
                verb: ws[k].text.to_string(),
                mention,
                rule: "trailing",
            });
        }
    }
    None
}

/// Nouns of speech whose owner is the speaker: `Trump's claim that Obama "founded ISIS"`.
const SPEECH_NOUNS: &[&str] = &[
    "claim",
    "claims",
    "contention",
    "assertion",
    "remark",
    "remarks",
    "comment",
    "comments",
    "words",
    "statement",
    "promise",
    "pledge",
    "call",
    "tweet",
    "tweets",
    "description",
    "suggestion",
    "warning",
    "vow",
    "insistence",
    "argument",
    "accusation",
    "charge",
    "boast",
    "quip",
    "line",
    "slogan",
    "message",
    "speech",
    "declaration",
    "prediction",
    "phrase",
    "catchphrase",
    "retort",
    "jab",
    "attack",
];

/// The name owning a speech noun before the quote in its sentence, nearest first.
fn owner_of_speech_noun(ws: &[Word], from: usize, to: usize) -> Option<String> {
    let range = word_range(ws, from, to);
    for k in range.clone().rev() {
        // Only `X's claim that …` reports X's words; `denounced X's remarks as "…"` does not.
        let that_follows = ws.get(k + 1).is_some_and(|n| n.text == "that");
        if !SPEECH_NOUNS.contains(&ws[k].text) || ws[k].quoted || !that_follows {
            continue;
        }
        // `Trump's claim`, `Trump's recent claim`.
        for owner in [k.checked_sub(1), k.checked_sub(2)].into_iter().flatten() {
            if owner < range.start {
                continue;
            }
            let (base, poss) = crate::speakers::strip_possessive(ws[owner].text);
            if poss && is_capitalised(base) {
                return Some(base.to_string());
            }
            // `his contention that "…"`: the pronoun's person.
            match ws[owner].text.to_lowercase().as_str() {
                "his" => return Some("he".to_string()),
                "her" => return Some("she".to_string()),
                _ => {}
            }
        }
    }
    None
}

/// A short span in title case after a possessive or `on`/`in` (`on ABC's "Good Morning America"`)
/// names a programme, book or film.
/// Whether the quoted words are what someone is called: `Jimmy "the Whirlwind" White` (inside a
/// name), `known by his fellow players as "Dracula"`, `nicknamed "Red Ken"`.
fn is_nickname(text: &str, span: Span) -> bool {
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
fn is_crosshead(text: &str, span: Span) -> bool {
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
fn is_label(text: &str, span: Span) -> bool {
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
fn is_unsaid_word(text: &str, span: Span) -> bool {
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
    // A speech verb naming them, negated a few words back in the same clause (`slammed the
    // president for not using the term "…"` is the slammers' term: no speech verb is negated).
    let clause: Vec<&str> = lead
        .iter()
        .skip(named)
        .take(6)
        .take_while(|w| !w.ends_with([',', '.', ';', ':']))
        .copied()
        .collect();
    let negated = |w: &&str| {
        ["never", "not", "failed", "refused", "without", "no"].contains(w) || w.ends_with("n't")
    };
    clause
        .iter()
        .position(negated)
        .is_some_and(|n| clause[..n].iter().any(|w| is_speech_verb(w)))
}

/// `Eastern Standard Time ("EST")`, `Acme Corp (the "Company")`: a term defined in brackets
/// names the words before it; nobody says it.
fn is_defined_term(text: &str, span: Span) -> bool {
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

fn is_title_of_work(text: &str, span: Span) -> bool {
    let quoted = text[span.start..span.end]
        .trim()
        .trim_end_matches([',', '.']);
    let words: Vec<&str> = quoted.split_whitespace().collect();
    let small = [
        "of", "the", "and", "a", "an", "in", "on", "for", "to", "with", "at",
    ];
    let title_case = (1..=6).contains(&words.len())
        && words.iter().all(|w| {
            is_capitalised(w) || small.contains(w) || w.starts_with(|c: char| c.is_ascii_digit())
        })
        && is_capitalised(words[0]);
    let before = text[..span.open].trim_end();
    let last = before.rsplit(char::is_whitespace).next().unwrap_or("");
    // `(see 'Brazil yo-yos on deforestation')`: a cross-reference to a figure or a story.
    if before.ends_with("(see") {
        return true;
    }
    let framed = last.ends_with("'s")
        || last.ends_with("\u{2019}s")
        || [
            "on",
            "in",
            "titled",
            "entitled",
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
        ]
        .contains(&last.to_lowercase().as_str());
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
fn title_case_sentence(ws: &[Word], from: usize, to: usize) -> bool {
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

/// Finds the cue for the span at `idx` among the paragraph's spans.
fn find_cue(
    text: &str,
    ws: &[Word],
    spans: &[Span],
    idx: usize,
    sent: (usize, usize),
    resolver: &Resolver,
    headline: bool,
) -> Option<Cue> {
    let span = spans[idx];
    let next_open = spans.get(idx + 1).map_or(sent.1, |s| s.open.min(sent.1));
    let prev_close = idx
        .checked_sub(1)
        .map_or(sent.0, |p| spans[p].close.max(sent.0));
    // 0. written words: `"…," reads a memo for Mr Heath.`, `a blackboard reading: "2+2=5"`.
    if let Some(cue) = document_cue(text, ws, span, sent, next_open) {
        return Some(cue);
    }
    // 0b. `in Cairo's words, it was "…"`, `in the words of Ann Lee, "…"`.
    if let Some(cue) = words_of_cue(&text[prev_close..span.open]) {
        return Some(cue);
    }
    // 1. trailing: `"…," he said` / `"…," said Sir Keir`.
    let after_ws: Vec<usize> = word_range(ws, span.close, next_open).collect();
    if let Some(&first) = after_ws.first() {
        let lead = &text[span.close..ws[first].start];
        // `"…denied." He announced …` is a new sentence, not a cue; `"Stop!" he said` is one.
        // `"…?" Ann Lee went on` carries on the sentence too.
        // `"… 'what a good girl would do.'"`: a nested quote's closing mark may stand last.
        let quote = text[span.start..span.end]
            .trim_end()
            .trim_end_matches(['\'', '\u{2019}', '"', '\u{201d}']);
        let phrasal_next = quote.ends_with(['!', '?'])
            && after_ws
                .iter()
                .take(5)
                .find(|&&k| !is_capitalised(ws[k].text))
                .is_some_and(|&k| k > first && phrasal_cue_at(ws, k));
        let ended = quote.ends_with(['.', '!', '?'])
            && is_capitalised(ws[first].text)
            && !is_speech_verb(&ws[first].text.to_lowercase())
            && !phrasal_next;
        // `"…" - Jennifer`, `"…". - Angela Hernandez`: a dash and a name closing the paragraph
        // sign the quote, whatever the dash.
        let dash_lead = lead.trim().trim_start_matches('.').trim_start();
        if ["-", "\u{2013}", "\u{2014}", "\u{2015}"].contains(&dash_lead) {
            // `— Neha R., Concept Artist`: the name, not the credit after it.
            let signed = &text[ws[first].start..];
            let signer = signed[..signed.find(',').unwrap_or(signed.len())].trim_end();
            // A full stop ends the line unless it closes an initial (`Neha R.`).
            let initial = signer.rsplit(' ').next().is_some_and(|w| w.len() <= 2);
            let signer = if initial {
                signer
            } else {
                signer.trim_end_matches('.')
            };
            let names: Vec<&str> = signer.split_whitespace().collect();
            if (1..=4).contains(&names.len()) && names.iter().all(|w| is_capitalised(w)) {
                return Some(Cue {
                    verb: "\u{2014}".into(),
                    mention: signer.to_string(),
                    rule: "dash",
                });
            }
        }
        let dashed = lead.contains(['\u{2015}', '\u{2014}', '\u{2013}']);
        let clean = !lead.contains(['.', ';', '?', '!', '(']) && (!ended || dashed);
        if clean {
            let clause_end = clause_end(text, ws[first].start, next_open);
            let in_brackets = |k: usize| {
                let before = &text[ws[first].start..ws[k].start];
                before.matches('(').count() > before.matches(')').count()
            };
            let clause: Vec<usize> = after_ws
                .iter()
                .copied()
                .filter(|&k| ws[k].end <= clause_end && !in_brackets(k))
                .take(9)
                .collect();
            for &v in clause.iter().filter(|&&k| verb_at(text, ws, k)) {
                let mention = if v == first {
                    // `"…," promising the board will …`: what follows a participle is its object,
                    // never an inverted subject.
                    let participle = ws[v].text.ends_with("ing");
                    (!participle)
                        .then(|| subject_after(text, ws, v, clause_end.max(next_open.min(sent.1))))
                        .flatten()
                } else {
                    // The subject must open the clause; a description may lead into it:
                    // `"…," White House press secretary Josh Earnest said`.
                    subject_before(text, ws, v, span.close, resolver).and_then(|m| {
                        let open = &text[ws[first].start..];
                        if open.starts_with(m.as_str()) {
                            return Some(m);
                        }
                        if !is_capitalised(&m) {
                            return None;
                        }
                        let at = open.find(m.as_str())?;
                        let lead_in = &open[..at];
                        let described = lead_in.split_whitespace().all(|w| {
                            is_capitalised(w) || is_role_word(w) || w.eq_ignore_ascii_case("the")
                        });
                        described.then(|| open[..at + m.len()].to_string())
                    })
                };
                if let Some(mention) = mention {
                    return Some(Cue {
                        verb: ws[v].text.to_string(),
                        mention,
                        rule: "trailing",
                    });
                }
            }
            if let Some(c) = trailing_appositive(text, ws, &clause, clause_end, next_open, resolver)
            {
                return Some(c);
            }
            if let Some(c) = unnamed_trailing_subject(text, ws, span, &clause) {
                return Some(c);
            }
            // `"…" ― Ann Lee`: a dash and a name after the quote sign it.
            if lead.contains(['\u{2015}', '\u{2014}', '\u{2013}'])
                && clause.iter().take(4).all(|&k| is_capitalised(ws[k].text))
            {
                let n = clause.len().min(4);
                let mention = &text[ws[first].start..ws[clause[n - 1]].end];
                return Some(Cue {
                    verb: "\u{2014}".into(),
                    mention: mention.to_string(),
                    rule: "dash",
                });
            }
            // `"…," Trump assured Jones`: after a quote that ends mid-sentence, a name and a verb
            // are a cue whatever the verb.
            let continues = text[span.start..span.end]
                .trim_end()
                .ends_with([',', '?', '!', '\u{2014}']);
            // `"…," remembered Roy Verley, HP's spokesman`: the same, inverted.
            if continues && clause.len() >= 2 {
                let lv = ws[clause[0]].text;
                let inverted = lv.len() > 4
                    && lv.ends_with("ed")
                    && !is_capitalised(lv)
                    && !is_role_noun(lv)
                    && is_capitalised(ws[clause[1]].text);
                if inverted {
                    if let Some(m) = subject_after(text, ws, clause[0], clause_end) {
                        return Some(Cue {
                            verb: lv.to_string(),
                            mention: m,
                            rule: "trailing",
                        });
                    }
                }
            }
            if continues && clause.len() >= 2 {
                let verb_k = clause
                    .iter()
                    .position(|&k| !is_capitalised(ws[k].text) && !ws[k].text.ends_with('.'));
                if let Some(p) = verb_k.filter(|p| (1..=5).contains(p)) {
                    let v = clause[p];
                    let lv = ws[v].text;
                    let verbish = phrasal_cue_at(ws, v)
                        || (lv.ends_with("ed") || (lv.ends_with('s') && !lv.ends_with("ss")))
                            && !is_role_noun(lv)
                            && !PREPOSITIONS.contains(&lv);
                    let mention = &text[ws[first].start..ws[clause[p - 1]].end];
                    if verbish && clause[..p].iter().all(|&k| is_capitalised(ws[k].text)) {
                        return Some(Cue {
                            verb: lv.to_string(),
                            mention: mention.to_string(),
                            rule: "trailing",
                        });
                    }
                }
            }
            if let Some(k) = clause
                .iter()
                .position(|&k| ws[k].text.eq_ignore_ascii_case("according"))
            {
                if let Some(&to) = clause.get(k + 1).filter(|&&t| ws[t].text == "to") {
                    if let Some(m) = subject_after(text, ws, to, clause_end) {
                        return Some(Cue {
                            verb: "according to".into(),
                            mention: m,
                            rule: "trailing",
                        });
                    }
                }
            }
        }
    }
    // 2. leading: `She will add: "…"`, `Graham said, "…"`.
    let before = text[prev_close..span.open].trim_end();
    let before_ws: Vec<usize> = word_range(ws, prev_close, span.open).collect();
    // `Pollsters agree - Ann Lee: "…"`: a dash before the colon sets a label apart from the heading
    // before it, whose verb is not this quote's cue.
    let label_from = if before.ends_with(':') {
        [" - ", " \u{2013} ", " \u{2014} "]
            .iter()
            .filter_map(|d| before.rfind(d).map(|i| prev_close + i + d.len()))
            .max()
            .unwrap_or(prev_close)
    } else {
        prev_close
    };
    if before.ends_with([':', ',']) {
        if let Some(&v) = before_ws
            .iter()
            .rev()
            .take(10)
            .take_while(|&&k| ws[k].start >= label_from)
            .find(|&&k| verb_at(text, ws, k))
        {
            if let Some(m) = verb_subject(text, ws, v, sent, prev_close, resolver) {
                return Some(Cue {
                    verb: format!(
                        "{}{}",
                        ws[v].text,
                        if before.ends_with(':') { ":" } else { "" }
                    ),
                    mention: m,
                    rule: "leading",
                });
            }
        }
    }
    // A name standing alone before the colon labels the quote: `Truss: "…"`, `… - Pew Research: "…"`.
    if before.ends_with(':') {
        let label = before.trim_end_matches(':').trim_end();
        let cut = label
            .rfind(['-', '\u{2013}', '\u{2014}', '.', '|'])
            .map_or(0, |i| {
                i + label[i..].chars().next().map_or(1, char::len_utf8)
            });
        let name = label[cut..].trim();
        let words: Vec<&str> = name.split_whitespace().collect();
        let labelled = (1..=4).contains(&words.len())
            && words.iter().all(|w| is_capitalised(w))
            && !words.iter().any(|w| is_speech_verb(&w.to_lowercase()));
        if labelled && (cut > 0 || label.len() == name.len()) {
            return Some(Cue {
                verb: ":".into(),
                mention: name.to_string(),
                rule: "label",
            });
        }
    }
    // `the question put by season-ticket holder Amy Roscoe: "…"`, `a reply from Ann Lee: "…"`:
    // the agent after "by"/"from" closing the clause is who speaks, not the clause's subject.
    if before.ends_with(':') {
        let label = before.trim_end_matches(':').trim_end();
        // After "by" only an act of speaking (`put by`, `asked by`) names a speaker: `Story by
        // Ben Sisario:` in a digest is a byline.
        let spoken_by = |at: usize| {
            let prev = label[..at].rsplit(' ').next().unwrap_or("");
            ["put", "asked", "posed", "raised", "made", "sent", "given"].contains(&prev)
        };
        let by = label.rfind(" by ").filter(|&at| spoken_by(at));
        if let Some(at) = by.or_else(|| label.rfind(" from ")) {
            let agent = label[at..]
                .trim_start()
                .split_once(' ')
                .map_or("", |(_, r)| r);
            let ws_agent: Vec<&str> = agent.split_whitespace().collect();
            let runs = name_runs(agent);
            let tail = runs.last().filter(|r| r.end == agent.len());
            if let Some(run) = tail.filter(|_| ws_agent.len() <= 6) {
                let parts = split_run(&run.words);
                if parts.name.len() >= 2 && looks_like_person(&parts.name, !parts.title.is_empty())
                {
                    return Some(Cue {
                        verb: ":".into(),
                        mention: agent[run.start..].to_string(),
                        rule: "leading-colon",
                    });
                }
            }
        }
    }
    // A headline's `Athletic bidder Ana Royer: '…'`: a short verbless label ending in a person's
    // full name introduces that person, whatever the words describing her say. In a body the same
    // shape is a clause whose verb may be any word (`Frank quotes adviser Ann Lee:`), left to the
    // subject rules below.
    if headline && before.ends_with(':') && prev_close <= sent.0 {
        let label = text[sent.0..span.open]
            .trim()
            .trim_end_matches(':')
            .trim_end();
        let words: Vec<&str> = label.split_whitespace().collect();
        let verbless = words.iter().all(|w| {
            let lower = w.to_lowercase();
            let past = !is_capitalised(w) && lower.ends_with("ed");
            !is_speech_verb(&lower) && !AUX.contains(&lower.as_str()) && !past
        });
        let tail = name_runs(label)
            .pop()
            .filter(|r| r.end == label.len() && r.start > 0 && !r.possessive);
        // After a preposition (`Story by Ann Lee:`) the name is a byline.
        let after_preposition = tail.as_ref().is_some_and(|r| {
            let lead = label[..r.start].split_whitespace().last().unwrap_or("");
            PREPOSITIONS.contains(&lead.to_lowercase())
        });
        if let Some(run) = tail.filter(|_| verbless && !after_preposition && words.len() <= 8) {
            let parts = split_run(&run.words);
            if parts.name.len() >= 2 && looks_like_person(&parts.name, !parts.title.is_empty()) {
                return Some(Cue {
                    verb: ":".into(),
                    mention: label[run.start..].to_string(),
                    rule: "leading-colon",
                });
            }
        }
    }
    // A colon introducing a quote is a cue even without a speech verb: `Ann has apologised: "…"`.
    if before.ends_with(':') {
        if let Some(m) = clause_subject(text, ws, prev_close.max(sent.0), span.open, resolver, true)
        {
            return Some(Cue {
                verb: ":".into(),
                mention: m,
                rule: "leading-colon",
            });
        }
    }
    // 3. reported: a speech verb earlier in the sentence.
    let sent_ws: Vec<usize> = word_range(ws, sent.0, sent.1).collect();
    let inside_any = |k: usize| ws[k].quoted;
    // The nearest speech verb, unless a plain "said" frames it: `Israel said Clinton called for
    // "…"` reports Israel's words.
    let verbs_before: Vec<usize> = sent_ws
        .iter()
        .copied()
        .filter(|&k| {
            // `as Trump went on about "…"`: a phrasal cue reporting what it is about.
            let went_on_about =
                phrasal_cue_at(ws, k) && ws.get(k + 2).is_some_and(|a| a.text == "about");
            ws[k].end <= span.open && !inside_any(k) && (verb_at(text, ws, k) || went_on_about)
        })
        .collect();
    // It frames only what it governs: `Israel said Clinton called …`, not `Cruz said …, and Trump
    // vowed …` (a coordinated clause with its own subject).
    let nearest = verbs_before.last().copied();
    let coordinated = nearest.is_some_and(|v| {
        subject_before(text, ws, v, sent.0, resolver)
            .and_then(|m| {
                text[sent.0..ws[v].start]
                    .rfind(m.as_str())
                    .map(|i| sent.0 + i)
            })
            .is_some_and(|at| {
                let lead = text[sent.0..at].trim_end();
                lead.ends_with(',')
                    || ["and", "but", "while", "whereas", "as"]
                        .iter()
                        .any(|c| lead.to_lowercase().ends_with(&format!(" {c}")))
            })
    });
    let framing = verbs_before
        .iter()
        .rposition(|&k| SAY.contains(&ws[k].text))
        .filter(|&p| {
            verbs_before[p + 1..]
                .iter()
                .any(|&k| !SAY.contains(&ws[k].text))
        })
        .filter(|_| !coordinated);
    let order: Vec<usize> = match framing {
        Some(p) => std::iter::once(verbs_before[p])
            .chain(
                verbs_before
                    .iter()
                    .rev()
                    .copied()
                    .filter(|&k| k != verbs_before[p]),
            )
            .collect(),
        None => verbs_before.iter().rev().copied().collect(),
    };
    // `in a move branded a "humiliating retreat" by the Tories`: the agent after the quote.
    let by = word_range(ws, span.close, sent.1)
        .next()
        .filter(|&k| ws[k].text == "by" && text[span.close..ws[k].start].trim().is_empty());
    // Only a naming verb right before the quote (`branded a`, `described as`), not `reported in
    // a "hit piece" by the Times`, where the agent wrote the piece.
    let naming = word_range(ws, sent.0, span.open)
        .rev()
        .take(3)
        .take_while(|&k| {
            ["a", "an", "as", "the"].contains(&ws[k].text) || NAMING_VERBS.contains(ws[k].text)
        })
        .find(|&k| NAMING_VERBS.contains(ws[k].text));
    if let (Some(k), Some(v)) = (by, naming) {
        if let Some(m) = subject_after(text, ws, k, sent.1) {
            return Some(Cue {
                verb: format!("{} by", ws[v].text),
                mention: m,
                rule: "passive",
            });
        }
    }
    if let Some(cue) = claim_cue(text, ws, &sent_ws, (prev_close, span.open), sent.1) {
        return Some(cue);
    }
    for &v in order.iter().filter(|&&v| !passive_at(text, ws, v)) {
        if let Some(m) = verb_subject(text, ws, v, sent, sent.0, resolver) {
            return Some(Cue {
                verb: ws[v].text.to_string(),
                mention: m,
                rule: "reported",
            });
        }
    }
    if let Some(k) = sent_ws
        .iter()
        .position(|&k| ws[k].text.eq_ignore_ascii_case("according") && ws[k].end <= span.open)
    {
        if let Some(&to) = sent_ws.get(k + 1) {
            if let Some(m) = subject_after(text, ws, to, sent.1) {
                return Some(Cue {
                    verb: "according to".into(),
                    mention: m,
                    rule: "reported",
                });
            }
        }
    }
    // Passive: `… "careless" – as described by FBI Director James Comey`.
    if let Some(&v) = sent_ws
        .iter()
        .filter(|&&k| !inside_any(k))
        .find(|&&k| verb_at(text, ws, k) && ws.get(k + 1).is_some_and(|b| b.text == "by"))
    {
        if let Some(m) = subject_after(text, ws, v + 1, sent.1) {
            return Some(Cue {
                verb: format!("{} by", ws[v].text),
                mention: m,
                rule: "passive",
            });
        }
    }
    // 4. sentence-final: a verb after the span, outside other quotes: `…, Ann Lee will warn.`
    // Not after a quote that closed its own sentence with a full stop: `"… veto." On Monday Tony
    // Blair insisted …` is the next sentence, about something else (`"…?" Ann Lee asked.` is a
    // cue).
    // `"… missing." Trump said.`, a comma typed as a stop, is still a cue: the words after the
    // quote are only a name and a verb.
    let after = word_range(ws, span.close, sent.1);
    let closed = text[span.start..span.end]
        .trim_end()
        .trim_end_matches(['\'', '\u{2019}', '"', '\u{201d}'])
        .ends_with('.')
        && after.len() > 4
        && is_capitalised(ws[after.start].text);
    if let Some(&v) = sent_ws
        .iter()
        .filter(|&&k| ws[k].start >= span.close && !inside_any(k) && !closed)
        .find(|&&k| verb_at(text, ws, k) && !passive_at(text, ws, k))
    {
        // `…, told Rest of World.`: what follows told/asked is the one addressed.
        let addressed = ["told", "tells", "asked", "asks", "informed"].contains(&ws[v].text);
        let inverted = v > 0 && text[ws[v - 1].end..ws[v].start].contains(',') && !addressed;
        let m = if inverted {
            subject_after(text, ws, v, sent.1)
        } else {
            None
        }
        .or_else(|| subject_before(text, ws, v, span.close, resolver));
        if let Some(m) = m {
            return Some(Cue {
                verb: ws[v].text.to_string(),
                mention: m,
                rule: "sentence-final",
            });
        }
    }
    None
}

/// Things that carry written words: their words are no one's speech.
static DOCUMENT_NOUNS: WordSet = WordSet::new(&[
    "memo",
    "memos",
    "letter",
    "note",
    "document",
    "documents",
    "minutes",
    "poster",
    "posters",
    "leaflet",
    "sign",
    "placard",
    "banner",
    "blackboard",
    "headline",
    "caption",
    "slogan",
    "inscription",
    "plaque",
]);

/// `"…," the report says.`, `"…," the alliance said in a statement`: a trailing cue whose subject
/// is a thing or a body the sentence leaves unnamed. The words are nobody's named, and above all
/// not the previous speaker's, which is what a quote with no cue at all would become.
fn unnamed_trailing_subject(text: &str, ws: &[Word], span: Span, clause: &[usize]) -> Option<Cue> {
    if !text[span.start..span.end]
        .trim_end()
        .ends_with([',', '?', '!'])
    {
        return None;
    }
    // `"…," said a tester.`, `said another tester`: inverted, an unnamed someone.
    if let [v, det, nouns @ ..] = clause {
        let unnamed = is_speech_verb(ws[*v].text)
            && ["a", "an", "another", "one"].contains(&ws[*det].text)
            && (1..=2).contains(&nouns.len())
            && nouns.iter().all(|&n| !is_capitalised(ws[n].text));
        if unnamed {
            let last = *nouns.last()?;
            return Some(Cue {
                verb: ws[*v].text.to_string(),
                mention: text[ws[*det].start..ws[last].end].to_string(),
                rule: "trailing",
            });
        }
    }
    let (&first, rest) = clause.split_first()?;
    // `TNO's report said` as well: an owner's thing (not `Ann Lee's spokesman`, a person).
    let owner = is_capitalised(ws[first].text)
        && crate::speakers::strip_possessive(ws[first].text).1
        && rest.first().is_some_and(|&n| {
            !is_capitalised(ws[n].text)
                && !is_role_noun(ws[n].text)
                && !PEOPLE_NOUNS.contains(ws[n].text)
        });
    let determiner = ["the", "a", "an", "its", "their"].contains(&ws[first].text) || owner;
    let plain = |k: usize| text[ws[k].end..ws[k + 1].start] == *" ";
    // `the Strava report explained`: capitals may stand inside, but the thing before the verb is
    // a lower-case noun that is no person (not `the Labour leader said`).
    let v = rest
        .iter()
        .take(4)
        .copied()
        .take_while(|&k| plain(k - 1))
        .find(|&k| is_speech_verb(ws[k].text))?;
    let head = ws[v - 1].text;
    if is_capitalised(head) || is_role_noun(head) || PEOPLE_NOUNS.contains(head) {
        return None;
    }
    let noun = &text[ws[first].start..ws[v - 1].end];
    (determiner && v >= first + 2).then(|| Cue {
        verb: ws[v].text.to_string(),
        mention: noun.to_string(),
        rule: "trailing",
    })
}

/// The cue of words read off a document: `"…," reads a telephone memo for Mr Heath.` and `a
/// blackboard reading: "…"`. The document names no speaker (the person it is for, or the one it
/// shows, did not say the words), so the quote claims nobody and no continuation runs past it.
fn document_cue(
    text: &str,
    ws: &[Word],
    span: Span,
    sent: (usize, usize),
    next_open: usize,
) -> Option<Cue> {
    let reading = |w: &str| ["reads", "read", "reading"].contains(&w);
    let before = text[sent.0..span.open].trim_end();
    if let Some(lead) = before.strip_suffix(':') {
        let k = ws.partition_point(|w| w.end <= lead.trim_end().len() + sent.0);
        let verb = k.checked_sub(1).map(|k| ws[k].text);
        if verb.is_some_and(reading) {
            return Some(Cue {
                verb: verb.unwrap_or_default().to_string(),
                mention: "the text".to_string(),
                rule: "document",
            });
        }
    }
    let after: Vec<usize> = word_range(ws, span.close, next_open).take(5).collect();
    let &first = after.first()?;
    let noun = after[1..]
        .iter()
        .take_while(|&&k| !ws[k].text.ends_with([',', '.']) || DOCUMENT_NOUNS.contains(ws[k].text))
        .find(|&&k| DOCUMENT_NOUNS.contains(ws[k].text.trim_end_matches([',', '.'])));
    let &noun = noun?;
    let joined = !text[span.close..ws[first].start].contains(['.', '!', '?']);
    (reading(ws[first].text) && joined).then(|| Cue {
        verb: ws[first].text.to_string(),
        mention: text[ws[after[1]].start..ws[noun].end].to_string(),
        rule: "document",
    })
}

/// Whether the clause from `from` opens (after a connective and "the") with a group that speaks
/// as one, followed by its verb: `Meanwhile the Tories outlined …`.
fn group_acts(ws: &[Word], from: usize, to: usize) -> bool {
    let mut it = word_range(ws, from, to).map(|k| ws[k].text).peekable();
    while it.peek().is_some_and(|w| {
        ["meanwhile", "but", "and", "however", "yet", "so", "the"]
            .contains(&w.to_lowercase().as_str())
    }) {
        it.next();
    }
    let group = it.next().is_some_and(is_group_source);
    group && it.next().is_some_and(|w| !is_capitalised(w))
}

/// Participles that name what someone called a thing: `branded a "retreat" by the Tories`.
static NAMING_VERBS: WordSet = WordSet::new(&[
    "branded",
    "described",
    "labelled",
    "labeled",
    "called",
    "dubbed",
    "termed",
    "hailed",
    "derided",
    "condemned",
]);

/// Nouns for what others said: `claims that …`, `a claim by Ann Lee that …`, `calls to "pause"`.
static CLAIM_NOUNS: WordSet = WordSet::new(&[
    "claim",
    "claims",
    "suggestion",
    "suggestions",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "charge",
    "charges",
    "calls",
]);

/// Verbs that reject what others said: the words rejected are not the subject's.
static REJECTING: WordSet = WordSet::new(&[
    "dismissed",
    "dismisses",
    "dismissing",
    "rejected",
    "rejects",
    "rejecting",
    "denied",
    "denies",
    "denying",
    "refuted",
    "ridiculed",
]);

/// A quote inside someone else's claim that the sentence's subject reports: `a claim by Ann Lee
/// that the mayor is an "attack dog"` is Ann Lee's; `Mr Hale dismissed claims that his plan was
/// "a disaster"` is the unnamed claimants', not Mr Hale's (`his own claim that …` stays his, and
/// is left to the other rules). A claim holds only the first quote after it: in `a claim by Ann
/// Lee that it had "a hole" showed they were "rattled"` the second quote is the subject's again.
/// `gap` runs from the previous quote's close to this one's opening.
fn claim_cue(
    text: &str,
    ws: &[Word],
    sent_ws: &[usize],
    gap: (usize, usize),
    end: usize,
) -> Option<Cue> {
    let (prev_close, open) = gap;
    let before: Vec<usize> = sent_ws
        .iter()
        .copied()
        .filter(|&k| ws[k].end <= open && !ws[k].quoted)
        .collect();
    let (i, &noun) = before
        .iter()
        .enumerate()
        .rev()
        .find(|(_, &k)| CLAIM_NOUNS.contains(ws[k].text))
        .filter(|(_, &k)| ws[k].start >= prev_close)?;
    let next = ws.get(noun + 1).map(|w| w.text);
    if next == Some("by") {
        let m = subject_after(text, ws, noun + 1, end)?;
        return Some(Cue {
            verb: format!("{} by", ws[noun].text),
            mention: m,
            rule: "claim",
        });
    }
    // Only straight after a rejecting verb (`dismissed claims`, `rejected the calls`).
    let lead = before[..i].iter().rev().map(|&k| ws[k].text);
    let verb = lead
        .clone()
        .find(|w| !["the", "these", "those", "such"].contains(w));
    let rejected = verb.is_some_and(|w| REJECTING.contains(w));
    let introduces = next.is_some_and(|n| ["that", "to", "of"].contains(&n));
    (rejected && introduces).then(|| Cue {
        verb: ws[noun].text.to_string(),
        mention: ws[noun].text.to_string(),
        rule: "claim",
    })
}

/// Words after which a name followed by a participle is the participle's subject (`footage of
/// Trump saying`, `a clip shows Clinton asking`), not the object of the sentence's own verb.
static PARTICIPLE_SUBJECT_LEADS: WordSet = WordSet::new(&[
    "of", "and", "or", "with", "while", "as", "but", "shows", "showed", "show", "saw", "see",
    "sees", "hear", "heard", "hears", "features", "featured", "captured", "caught", "filmed",
    "recorded", "quoted", "quotes", "cited", "cites", "had", "has", "have",
]);

/// Irregular pasts that are speech with their particle: `"…?" Ann went on`, `Bo shot back`.
fn is_phrasal_cue(verb: &str, particle: &str) -> bool {
    matches!(
        (verb, particle),
        ("went", "on") | ("shot" | "hit", "back") | ("cut" | "broke", "in")
    )
}

fn phrasal_cue_at(ws: &[Word], v: usize) -> bool {
    ws.get(v + 1)
        .is_some_and(|n| is_phrasal_cue(ws[v].text, n.text))
}

/// The subject of the verb at `v`: before it, else after it when inverted, else — for participles
/// and coordinated verbs (`…, tweeting:`, `… and say`) — the clause's subject.
fn verb_subject(
    text: &str,
    ws: &[Word],
    v: usize,
    sent: (usize, usize),
    floor: usize,
    resolver: &Resolver,
) -> Option<String> {
    let lv = ws[v].text.to_lowercase();
    let participle = lv.ends_with("ing");
    if participle {
        // `Donald Trump tweeting that …`, `…, with Ann Lee calling it "…"`: a name right before
        // the participle is its subject, whatever verb came earlier in the sentence; but not an
        // object (`replied on Facebook writing`, `written to the Health Secretary warning of …`,
        // `quit the Independents saying …`). After "with", "of" (`footage of Ann Lee saying`),
        // "and" or a verb of seeing (`a video shows Trump saying`) it is.
        // `with Trump reportedly yelling:` — over one adverb.
        let adverb = v > 1 && ws[v - 1].text.ends_with("ly") && !is_capitalised(ws[v - 1].text);
        let n = if adverb { v - 1 } else { v };
        let direct = n > 0 && ws[n - 1].start >= floor && text[ws[n - 1].end..ws[n].start] == *" ";
        if direct && is_capitalised(ws[n - 1].text) {
            let subject = mention_ending_at(text, ws, n - 1, floor).filter(|m| {
                word_before(text, ws, mention_start(n - 1, m), floor)
                    .is_none_or(|w| is_capitalised(w) || PARTICIPLE_SUBJECT_LEADS.contains(w))
            });
            if let Some(m) = subject {
                return Some(m);
            }
        }
        // `Spicer said, adding, "…"`: the participle shares the subject of the verb before it.
        if let Some(prev) = (0..v)
            .rev()
            .take_while(|&k| ws[k].start >= sent.0)
            .find(|&k| verb_at(text, ws, k) && !ws[k].text.ends_with("ing"))
        {
            if let Some(m) = subject_before(text, ws, prev, sent.0, resolver) {
                return Some(m);
            }
        }
    } else {
        if let Some(p) = perceived_speaker(ws, v).filter(|_| ws[v - 2].start >= floor) {
            return Some(p.to_string());
        }
        if let Some(m) = subject_before(text, ws, v, floor, resolver) {
            if !["it", "who"].contains(&m.to_lowercase().as_str()) {
                return Some(m);
            }
        }
        // Inverted only where the verb opens its clause: `…, said the minister`.
        let opens_clause = v == 0
            || ws[v - 1].end <= sent.0
            || text[ws[v - 1].end..ws[v].start].contains([',', '"', '\u{201d}', '\u{2019}', '\'']);
        if opens_clause {
            if let Some(m) = subject_after(text, ws, v, sent.1) {
                return Some(m);
            }
        }
    }
    sentence_subject(text, ws, sent.0, ws[v].start, resolver)
        .or_else(|| coordinated_subject(text, ws, v, sent.0))
}

/// `The Tory leader supports a cut and has said …`: a verb joined by "and" to its sentence's
/// first verb shares that verb's subject, here a description opening the sentence (a name there
/// is already the sentence's subject).
fn coordinated_subject(text: &str, ws: &[Word], v: usize, from: usize) -> Option<String> {
    let mut k = v;
    while k > 0 && ws[k - 1].start >= from && is_aux(ws[k - 1].text) {
        k -= 1;
    }
    if k < 2 || ws[k - 1].start < from || ws[k - 1].text != "and" {
        return None;
    }
    let first = ws.partition_point(|w| w.start < from);
    if !ws.get(first)?.text.eq_ignore_ascii_case("the") {
        return None;
    }
    let plain = |j: usize| text[ws[j].end..ws[j + 1].start] == *" ";
    let head = (first + 1..(first + 6).min(k - 1))
        .take_while(|&j| plain(j - 1))
        .find(|&j| !is_capitalised(ws[j].text) && is_role_noun(ws[j].text))?;
    let next = ws[head + 1].text;
    let verb = plain(head)
        && !is_capitalised(next)
        && (is_aux(next)
            || is_speech_verb(next)
            || (next.len() > 3 && (next.ends_with("ed") || next.ends_with('s'))));
    verb.then(|| mention_ending_at(text, ws, head, from))
        .flatten()
}

fn char_offset(text: &str, byte: usize) -> usize {
    text.get(..byte).map_or(0, |s| s.chars().count())
}

/// How many paragraphs back a cue-less quote paragraph may look for the speaker it continues.
const CONTINUATION_REACH: usize = 2;

/// Where the quotes of one text unit go.
struct Unit<'a> {
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

struct State {
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
fn is_title_case_description(s: &str) -> bool {
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
fn is_interlude(p: &str) -> bool {
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
            None
        };
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
                let owner = owner_of_speech_noun(&ws, sent.0, span.open).map(|m| {
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
        // One cue attributes the whole headline.
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

/// The words a pronoun cue governs in its sentence, whose names it cannot stand for: what follows
/// the pronoun in its clause (`she told Dr Carrick`, `he argued the Shadow Transport Secretary had
/// …`), and,
/// when the cue closes its sentence as a parenthetical (`Mr Marlow would be first in the queue, he
/// said.`), the clause it reports.
fn governed_by_pronoun<'a>(
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
fn names_pronoun_before(sentence: &str, subject: &str, pronoun: &str) -> bool {
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

fn note_sentence(
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

#[cfg(test)]
mod tests {
    use super::*;

    fn article(headline: &str, body: &[&str]) -> Article {
        Article {
            headline: headline.into(),
            body: body.iter().map(|s| s.to_string()).collect(),
            ..Article::default()
        }
    }

    fn pairs(a: &Article) -> Vec<(String, Option<String>)> {
        extract(a)
            .into_iter()
            .map(|q| (q.text, q.speaker))
            .collect()
    }

    fn p(t: &str, s: Option<&str>) -> (String, Option<String>) {
        (t.to_string(), s.map(str::to_string))
    }

    #[test]
    fn a_paragraph_past_the_piece_limits_reads_as_one() {
        // 150 quotes, about 9,000 bytes, no paragraph break: cut into pieces, read as one.
        let sentences: Vec<String> = (0..150)
            .map(|i| format!("\"Point {i} stands, and it holds,\" said Dara Quill. "))
            .collect();
        let text = format!(
            "Mina Ost said the vote was \"final\". {}",
            sentences.concat()
        );
        assert!(text.len() > PIECE_BYTES);
        let cuts = piece_cuts(&text);
        assert!(cuts.len() > 3, "{cuts:?}");
        let spans = find_spans(&text);
        for w in cuts.windows(2) {
            assert!(w[1] - w[0] <= PIECE_BYTES);
            assert!(
                spans
                    .iter()
                    .filter(|s| s.open >= w[0] && s.open < w[1])
                    .count()
                    <= PIECE_QUOTES
            );
        }
        for &c in &cuts {
            assert!(
                !spans.iter().any(|s| s.open < c && c < s.close),
                "cut {c} inside a quote"
            );
        }
        let quotes = extract(&article("Vote", &[text.as_str()]));
        assert_eq!(quotes.len(), 151);
        assert_eq!(quotes[0].speaker.as_deref(), Some("Mina Ost"));
        let chars: Vec<char> = text.chars().collect();
        for q in &quotes {
            assert_eq!(q.paragraph, 0);
            assert_eq!(chars[q.start..q.end].iter().collect::<String>(), q.text);
        }
        assert!(quotes[1..]
            .iter()
            .all(|q| q.speaker.as_deref() == Some("Dara Quill")));
    }

    #[test]
    fn a_paragraph_of_bare_marks_is_cut_anywhere() {
        let text = "\"\u{201c}\u{201d}\u{ab}\u{bb}".repeat(2_000);
        let cuts = piece_cuts(&text);
        assert_eq!(cuts.first(), Some(&0));
        assert_eq!(cuts.last(), Some(&text.len()));
        assert!(cuts
            .windows(2)
            .all(|w| w[0] < w[1] && text.is_char_boundary(w[1])));
        // Words nobody says, and nothing to panic on.
        assert!(extract(&article("", &[text.as_str()]))
            .iter()
            .all(|q| q.speaker.is_none()));
    }

    #[test]
    fn a_headline_quote_without_a_cue_echoes_the_body() {
        let a = article(
            "Ferry crews 'ready to walk out' as talks fail",
            &[
                "\"We are ready to walk out,\" said Dara Quill, who leads the crews.",
                "Mina Ost, the operator's chief, said the offer was \"final\".",
            ],
        );
        let got = pairs(&a);
        assert_eq!(got[0], p("ready to walk out", Some("Dara Quill")));
        // One word is too common to tie a headline to a body quote.
        let b = article("Talks 'final'", &["Mina Ost said the offer was \"final\"."]);
        assert_eq!(pairs(&b)[0], p("final", None));
    }

    #[test]
    fn a_label_ending_in_a_full_name_introduces_that_person() {
        let a = article(
            "United bidder Dara Quill: 'I did not come to close the yard'",
            &["Dara Quill, the businessman, met Harbour United fans on Monday."],
        );
        assert_eq!(
            pairs(&a),
            vec![p("I did not come to close the yard", Some("Dara Quill"))]
        );
    }

    #[test]
    fn a_pronoun_after_a_speaker_named_only_as_an_object_skips_him() {
        // Named only inside a prepositional phrase, Tom Osk is talked about; Dara Quill speaks.
        let a = article(
            "",
            &["Dara Quill criticised the council for ignoring a report by the economist Tom Osk, which warned that rents could double. \"We are a small town. Rents like that would empty our shops,\" he said."],
        );
        let got = pairs(&a);
        assert_eq!(got[0].1.as_deref(), Some("Dara Quill"));
        // Once Tom Osk is the subject of speech of his own, the next `he said` is his: news
        // writes `X said in 2015 that …. "…," he said` for X far more often than for the
        // person before him.
        let b = article(
            "",
            &["Dara Quill criticised the council for ignoring a report by the economist Tom Osk. Mr Osk admitted last year that rents could double. \"Nobody listened to the figures,\" he said."],
        );
        assert_eq!(pairs(&b)[0].1.as_deref(), Some("Tom Osk"));
    }

    #[test]
    fn a_cue_whose_subject_was_dropped_or_shared() {
        // The copy dropped the subject: the person the report is following said it.
        let a = article(
            "",
            &[
                "Dara Quill said the row was over.",
                "But told Radio Tollbridge: \"We have drawn a line under that.\"",
            ],
        );
        assert_eq!(pairs(&a)[0].1.as_deref(), Some("Dara Quill"));
        // A second verb joined by "and" shares the description that opens the sentence.
        let b = article(
            "",
            &["Ann Lee, the Green leader, spoke first. The Green leader backs a cut in fares and has said the rise is \"daylight robbery\"."],
        );
        assert_eq!(pairs(&b)[0], p("daylight robbery", Some("Ann Lee")));
    }

    #[test]
    fn a_report_or_a_body_saying_ends_the_speaker_s_run() {
        let a = article(
            "",
            &[
                "Ann Lee said the ministry had failed. \"It must do better,\" she said.",
                "\"Many problems can be traced to the assessment phase,\" the report says.",
                "\"We were right all along,\" the alliance said in a statement.",
                "\"It is a likely scenario,\" the Harbour Board's report said.",
            ],
        );
        let got = pairs(&a);
        assert_eq!(got[0].1.as_deref(), Some("Ann Lee"));
        assert_eq!(got[1].1, None);
        assert_eq!(got[2].1, None);
        assert_eq!(got[3].1, None);
    }

    #[test]
    fn an_interviewer_s_question_and_an_introducing_sentence() {
        // The writer's question quotes someone; the person interviewed answers it.
        let a = article(
            "",
            &[
                "Dara Quill runs the campaign. \"We will win the county,\" he said.",
                "So is the party's job to wreck the Greens, as Tom Osk once declared? \"No. Our job is to win seats.\"",
                "While we are on Mr Osk, Mr Quill dismisses him with another soundbite. \"Tom Osk is not a team player.\"",
            ],
        );
        let got = pairs(&a);
        assert_eq!(got[1].1.as_deref(), Some("Dara Quill"));
        assert_eq!(got[2].1.as_deref(), Some("Dara Quill"));
        // The sentence that introduces a quote names its speaker over the speaker before.
        let c = article(
            "",
            &[
                "Dara Quill runs the campaign. Tom Osk said it was over. \"We are finished,\" he said.",
                "Later, Mr Quill dismisses him with a soundbite. \"Tom Osk is not a team player.\"",
            ],
        );
        assert_eq!(pairs(&c)[1].1.as_deref(), Some("Dara Quill"));
        // A question about the person who answers still makes them the next "he".
        let b = article(
            "",
            &["Ann Lee spoke first. Was Tom Osk satisfied with her answer? \"To a point,\" he said."],
        );
        assert_eq!(pairs(&b)[0].1.as_deref(), Some("Tom Osk"));
    }

    #[test]
    fn a_closing_reporting_clause_and_a_possessive_subject_set_the_speaker() {
        // The reported words hold a speech verb ("explain") of someone else's; the sentence's
        // own is the closing `…, Lord Pell said`.
        let a = article(
            "",
            &["Tom Osk leads the party. If Mr Osk did not want to take part, the broadcasters could explain why, Lord Pell said. \"Nobody has heard from the leader,\" he said."],
        );
        assert_eq!(pairs(&a)[0].1.as_deref(), Some("Pell"));
        // `Lord Pell's proposal comes …` is about Lord Pell: the next "He said" is his, not the
        // men the sentence goes on to name.
        let b = article(
            "",
            &[
                "Lord Pell said the debate was \"of public interest\".",
                "Lord Pell's proposal comes months after viewers watched Tom Osk spar with his rival Dara Quill. He said it was a \"dubious proposition\" to let leaders decide.",
            ],
        );
        assert_eq!(pairs(&b)[1].1.as_deref(), Some("Pell"));
    }

    #[test]
    fn a_long_relative_clause_and_an_office_the_quote_talks_about() {
        let a = article(
            "",
            &[
                "Dara Quill faced questions on Monday. The prime minister said: \"We all get angry with reporters.\"",
                "However, Mr Osk, who was forced to apologise last year for an article in the magazine he edits about fans grieving over the death of the club's long-serving kit man Ray Dunn, said Mr Quill \"should stay out of\" the row.",
                "\"I don't see why the prime minister has to get involved in this,\" the Harbour Review editor told Radio Tollbridge.",
            ],
        );
        let got = pairs(&a);
        assert_eq!(got[0].1.as_deref(), Some("Dara Quill"));
        // The subject stands before a relative clause of 29 words.
        assert_eq!(got[1].1.as_deref(), Some("Osk"));
        assert_eq!(got[2].1.as_deref(), Some("Osk"));
        // The editor is not the prime minister his words talk about, though the prime minister
        // spoke last.
        let b = article(
            "",
            &[
                "Tom Osk edits the Harbour Review. Dara Quill faced questions on Monday.",
                "The prime minister said: \"We all get angry with reporters.\"",
                "\"I don't see why the prime minister has to get involved in this,\" the Harbour Review editor said.",
            ],
        );
        assert_eq!(pairs(&b)[1].1.as_deref(), Some("Tom Osk"));
    }

    #[test]
    fn the_subject_of_a_passive_speech_verb_is_spoken_about() {
        let a = article(
            "",
            &[
                "Dara Quill has been accused of using the \"politics of confusion\" to hide the plan.",
                "Ann Lee was accused by Tom Osk of \"gross incompetence\".",
            ],
        );
        assert_eq!(
            pairs(&a),
            vec![
                p("politics of confusion", None),
                p("gross incompetence", Some("Tom Osk")),
            ]
        );
    }

    #[test]
    fn a_quote_closed_by_a_full_stop_is_not_cued_by_the_next_sentence() {
        let a = article(
            "",
            &["\"We are ready,\" argued Mr Osk. \"Nobody will notice the change.\" On Monday Ann Lee insisted the plan was safe."],
        );
        assert_eq!(pairs(&a)[1].1.as_deref(), Some("Osk"));
        // A stop typed for a comma before `Name said.` is still a cue.
        let b = article(
            "",
            &["Ann Lee spoke first. \"I hope you find the missing files.\" Tom Osk said."],
        );
        assert_eq!(pairs(&b)[0].1.as_deref(), Some("Tom Osk"));
    }

    #[test]
    fn reported_speech_with_quotes_runs_on_into_the_next_sentence() {
        let a = article(
            "",
            &["Dara Quill will speak on Monday. He will say the Greens \"share the same values\" as voters. And that he wants a \"fairer county\" where everyone can \"make the most of their talents\"."],
        );
        assert_eq!(
            pairs(&a),
            vec![
                p("share the same values", Some("Dara Quill")),
                p("fairer county", Some("Dara Quill")),
                p("make the most of their talents", Some("Dara Quill")),
            ]
        );
    }

    #[test]
    fn an_indefinite_office_in_the_lead_is_the_person_named_next() {
        let a = article(
            "",
            &[
                "The Greens have been \"a lot smarter\" in the campaign, a Labour backbencher has said.",
                "Dara Quill said the long campaign had \"turned off voters\".",
            ],
        );
        assert_eq!(pairs(&a)[0].1.as_deref(), Some("Dara Quill"));
        // An unnamed spokesman in the lead stays unnamed.
        let b = article(
            "",
            &[
                "The plan is \"dead\", a Labour spokesman has said.",
                "Dara Quill said the long campaign had \"turned off voters\".",
            ],
        );
        assert_eq!(pairs(&b)[0].1, None);
    }

    #[test]
    fn places_are_where_not_who() {
        let a = article(
            "",
            &[
                "\"We only have one Earth,\" Ann Quill, an organiser at the Network, and a resident of St. Lawrence Island, in Alaska, told me.",
                "Foreign Secretary Tom Osk in a briefing in New Harwick accused the council of failing to take \"demonstrable steps\".",
                "Dara Lee is a driver. The United Auto Workers union backed the strike. \"I was working three jobs,\" she said.",
            ],
        );
        let got = pairs(&a);
        assert_eq!(got[0].1.as_deref(), Some("Ann Quill"));
        assert_eq!(got[1].1.as_deref(), Some("Tom Osk"));
        assert_eq!(got[2].1.as_deref(), Some("Dara Lee"));
    }

    #[test]
    fn the_one_told_and_the_one_whose_mother_speaks_are_not_speakers() {
        let a = article(
            "",
            &[
                "\"The wait is long,\" the company's chief executive, Abdul Jaafar, told Rest of World.",
                "Speaking on Monday, Tom Osk's mum confirmed, \"I listened to the whole album.\"",
            ],
        );
        assert_eq!(
            pairs(&a),
            vec![
                p("The wait is long,", Some("Abdul Jaafar")),
                p("I listened to the whole album.", None),
            ]
        );
    }

    #[test]
    fn an_interview_runs_on_past_questions_captions_and_named_people() {
        let a = article(
            "",
            &[
                "\"It is going to be tough,\" Dara Quill says.",
                "Is Ann Lee a good leader? \"Well, I'm fully supportive of her.\"",
                "What advice would he give Ms Lee right now?",
                "This week's front page",
                "\"It's not my job to advise.\"",
                "That he misses power, and thinks Ann Lee is tough and smart.",
                "\"Look, a lot of people want to see my government as a failure.\"",
                "As we say goodbye, he looks aghast. \"Ann Lee, selling out the arena! I mean!\"",
            ],
        );
        let got = pairs(&a);
        for q in &got[..4] {
            assert_eq!(q.1.as_deref(), Some("Dara Quill"), "{q:?}");
        }
        // He would not name himself: the words are not the last speaker's, nor Ann Lee's.
        assert_ne!(got[4].1.as_deref(), Some("Ann Lee"));
    }

    #[test]
    fn an_addressee_a_nested_close_and_a_cross_reference() {
        let a = article(
            "",
            &[
                "Ann Lee spoke first. The Greens' letter to Tom Osk, the standards commissioner, said: \"The gifts were declared late.\"",
                "Mira Vance spoke to us. \"He would say: 'This is what a good girl would do.'\" Tom Osk would later ask to meet her sister.",
                "Felling surged under Dara Quill (see 'Harwick yo-yos on felling') and reversing it \"is not simple\", says Ann Lee.",
            ],
        );
        assert_eq!(
            pairs(&a),
            vec![
                p("The gifts were declared late.", None),
                p(
                    "He would say: 'This is what a good girl would do.'",
                    Some("Mira Vance")
                ),
                p("Harwick yo-yos on felling", None),
                p("is not simple", Some("Ann Lee")),
            ]
        );
    }

    #[test]
    fn a_word_or_two_opening_a_sentence_are_talked_about() {
        let a = article(
            "",
            &[
                "Keir Starmer spoke. \"We will deliver,\" he said.",
                "'Black Rod' arrived in the House to summon MPs.",
                "\"Chhota\" means \"small\" in Hindi.",
            ],
        );
        let got = pairs(&a);
        assert_eq!(got[1], p("Black Rod", None));
        assert_eq!(got[2], p("Chhota", None));
    }

    #[test]
    fn a_name_after_an_inverted_description_speaks() {
        let a = article(
            "",
            &["Dara Quill wrote the book. \"What this book captures is mastery,\" says the former editor of the Courier, Tom Osk. \"It is the most useful guide.\""],
        );
        assert_eq!(
            pairs(&a),
            vec![
                p("What this book captures is mastery,", Some("Tom Osk")),
                p("It is the most useful guide.", Some("Tom Osk")),
            ]
        );
    }

    #[test]
    fn an_unnamed_expert_is_not_the_sentence_s_subject() {
        let a = article(
            "",
            &[
                "Dara Quill spoke on Monday.",
                "Ann Lee and Tom Osk will struggle to recover from a \"terrible\" snub, an expert has claimed.",
            ],
        );
        assert_eq!(pairs(&a), vec![p("terrible", None)]);
    }

    #[test]
    fn testers_reports_and_long_titles_in_trailing_cues() {
        let a = article(
            "",
            &[
                "Ann Lee tested the Harbour Runner. \"It is smooth,\" she said.",
                "\"This is a solid stability shoe,\" said a tester.",
                "\"People ran slower this year,\" the Strava report explained.",
                "\"Colour is back,\" says Estera Events Co-Owner and Lead Planner Erica Vanco.",
                "\"If I was a donor, I'd want answers,\" said a committee member who supports Ann Lee.",
            ],
        );
        let got = pairs(&a);
        assert_eq!(got[1].1, None);
        assert_eq!(got[2].1, None);
        assert_eq!(got[3].1.as_deref(), Some("Erica Vanco"));
        assert_eq!(got[4].1, None);
    }

    #[test]
    fn subheadings_and_sentence_adverbs_are_nobody() {
        let a = article(
            "",
            &[
                "Actuary's Industry Choice by Career Time Period",
                "The First Five Years",
                "There is a temptation to start in insurance. \"Let me finish my exams first.\"",
                "What is Good Effective Tutoring?",
                "Tutoring needs to be \"procedure oriented\".",
                "Unfortunately the index is \"too slow to function\".",
            ],
        );
        assert!(
            pairs(&a).iter().all(|(_, s)| s.is_none()),
            "{:?}",
            pairs(&a)
        );
    }

    #[test]
    fn unnamed_people_and_passives_leave_the_subject_alone() {
        let a = article(
            "",
            &[
                "The Harbour Hammock was so comfortable that one of our testers claimed it was \"better than my bed\".",
                "Ann Lee defended her aide as a \"very decent man\" hours after the staffer was charged with battery.",
            ],
        );
        assert_eq!(
            pairs(&a),
            vec![
                p("better than my bed", None),
                p("very decent man", Some("Ann Lee")),
            ]
        );
    }

    #[test]
    fn who_after_a_name_and_a_company_named_for_its_founder() {
        let a = article(
            "",
            &[
                "The plan was defended by Culture Secretary Ann Lee who said: \"We will not back down.\"",
                "Ben Zettler founded Zettler Digital in 2019. \"We started small,\" he says.",
            ],
        );
        assert_eq!(
            pairs(&a),
            vec![
                p("We will not back down.", Some("Ann Lee")),
                p("We started small,", Some("Ben Zettler")),
            ]
        );
    }

    #[test]
    fn a_name_after_a_modal_verb_is_its_object() {
        let a = article(
            "",
            &[
                "Mr Corran, the campaign chief, set out the plan. Nobody, he claimed, could picture Dara Quill at the helm. They could, however, picture Tom Osk doing it. \"We will be out every day,\" he promised.",
            ],
        );
        assert_eq!(
            pairs(&a),
            vec![p("We will be out every day,", Some("Corran"))]
        );
    }

    #[test]
    fn titles_with_prepositions_and_surnames_that_are_titles() {
        let a = article(
            "",
            &[
                "Chief Secretary to the Port Authority Dara Quill attacked the plans. \"They do not add up,\" he said.",
                "Harbour MP Oona King said she was \"delighted\".",
            ],
        );
        assert_eq!(
            pairs(&a),
            vec![
                p("They do not add up,", Some("Dara Quill")),
                p("delighted", Some("Oona King")),
            ]
        );
    }

    #[test]
    fn a_qualified_office_is_its_bare_holder() {
        let a = article(
            "",
            &[
                "Veils are a backward view, President Ostrava of Calvia has said.",
                "Calvia's envoy Dr Mirela Todd said some should integrate more.",
                "Gen Ostrava told the BBC: \"Some people think that.\" The Calvian president was also asked about the war. \"Yes, absolutely,\" he said.",
            ],
        );
        assert_eq!(pairs(&a)[1], p("Yes, absolutely,", Some("Ostrava")));
    }

    #[test]
    fn offices_that_look_like_names() {
        let a = article(
            "",
            &[
                "The Lord Chancellor, Lord Pellow, agreed the act was old but added that \"its effects are limited\".",
                "Tory Ada Quill said voters had a \"clear choice\". The Conservative Party Co-Chairman said Labour had \"done nothing\".",
            ],
        );
        assert_eq!(
            pairs(&a),
            vec![
                p("its effects are limited", Some("Pellow")),
                p("clear choice", Some("Ada Quill")),
                p("done nothing", Some("Ada Quill")),
            ]
        );
    }

    #[test]
    fn a_long_description_points_back_at_the_speaker() {
        let a = article(
            "",
            &[
                "Lord Pellow agreed to withdraw his bill. \"We cannot wait forever,\" he told peers. During the debate, the Harbour peer and former minister said: \"The law is old.\"",
            ],
        );
        assert_eq!(pairs(&a)[1], p("The law is old.", Some("Pellow")));
    }

    #[test]
    fn words_of_a_claim_belong_to_its_makers() {
        let a = article(
            "",
            &[
                "Harbour leader Tom Osk has dismissed claims that his policy was \"moving onto the turf\" of the far right.",
                "Tom Osk has said a claim by Ada Quill that he is an \"attack dog\" shows she is rattled.",
                "Mr Osk repeated his claim that the plan was \"a disaster\".",
            ],
        );
        assert_eq!(
            pairs(&a),
            vec![
                p("moving onto the turf", None),
                p("attack dog", Some("Ada Quill")),
                p("a disaster", Some("Tom Osk")),
            ]
        );
    }

    #[test]
    fn a_closed_quote_is_not_cued_by_the_next_sentence() {
        let a = article(
            "",
            &[
                "Mr Ross spoke to the party on Monday.",
                "The document reportedly said: \"We want the Empire back.\" \"Only a global alliance can do it.\" Mr Ross said the main issue was that the views had been shown as policy.",
                "\"Did you win?\" Ada Quill asked the mayor.",
            ],
        );
        assert_eq!(
            pairs(&a),
            vec![
                p("We want the Empire back.", None),
                p("Only a global alliance can do it.", None),
                p("Did you win?", Some("Ada Quill")),
            ]
        );
    }

    #[test]
    fn an_adverb_may_part_subject_and_verb() {
        let a = article(
            "",
            &["Mr Ross was sacked on Monday. Afterwards, he bitterly said that the whips were \"determined to get rid of me\"."],
        );
        assert_eq!(
            pairs(&a),
            vec![p("determined to get rid of me", Some("Ross"))]
        );
    }

    #[test]
    fn words_read_off_a_document_are_nobody_s() {
        let a = article(
            "",
            &[
                "Mr Hale talked for an hour. \"Jeremy said he had a problem,\" reads a telephone memo for Mr Hale.",
                "\"They could not serve under him.\"",
                "The poster shows Ada Quill with a blackboard reading: \"2+2=5\".",
                "Mr Hale said the Liberals could help. According to the documents, the \"friendly and easy\" meeting went well.",
            ],
        );
        assert_eq!(
            pairs(&a),
            vec![
                p("Jeremy said he had a problem,", None),
                p("They could not serve under him.", None),
                p("2+2=5", None),
                p("friendly and easy", None),
            ]
        );
    }

    #[test]
    fn a_vox_pop_first_name_is_a_person() {
        let a = article(
            "",
            &["Mr Hart said the scheme would help. Michelle, a mother of twins, said she had waited months. \"I don't get any letters,\" she said."],
        );
        assert_eq!(
            pairs(&a),
            vec![p("I don't get any letters,", Some("Michelle"))]
        );
    }

    #[test]
    fn a_group_acting_ends_a_run_of_reported_speech() {
        let a = article(
            "",
            &["Mr Osk said the budget would cut crime. Meanwhile the Tories outlined their plans to tackle \"yob culture\"."],
        );
        assert_eq!(pairs(&a), vec![p("yob culture", None)]);
    }

    #[test]
    fn short_forms_are_first_names() {
        let a = article(
            "",
            &["Jimmy White played snooker with him. \"We spent our spare time there,\" Mr White said."],
        );
        assert_eq!(
            pairs(&a),
            vec![p("We spent our spare time there,", Some("Jimmy White"))]
        );
    }

    #[test]
    fn a_nickname_is_nobody_s_words() {
        let a = article(
            "",
            &["Mr Osk's friend Ray Dunn - known by his fellow players as \"Dracula\" - was there, and so was Jimmy \"the Whirlwind\" Quill."],
        );
        assert_eq!(
            pairs(&a),
            vec![p("Dracula", None), p("the Whirlwind", None)]
        );
    }

    #[test]
    fn a_body_after_a_comma_a_named_lead_and_an_indefinite_spokesman() {
        let a = article(
            "",
            &[
                "Colin Asker, Harbour Hotel Association said: \"We have tried very hard.\"",
                "Mr Tam spoke first. For the Greens Ada Quill said: \"The budget is thin,\" he said.",
                "Green home affairs spokesman Ben Oates spoke. \"It is important,\" a spokesman said.",
            ],
        );
        assert_eq!(
            pairs(&a),
            vec![
                p("We have tried very hard.", Some("Colin Asker")),
                p("The budget is thin,", Some("Ada Quill")),
                p("It is important,", None),
            ]
        );
    }

    #[test]
    fn later_clauses_keep_the_running_speaker() {
        let a = article(
            "",
            &[
                "Tom Osk said the campaign would start soon, and Ben Fry agreed. Mr Osk brushed aside questions over why the chancellor was not present. \"I'm not privy to his diary,\" he said.",
                "Mr Fry has run campaigns before but Mr Osk is taking that role this time. It will not be a \"battle bus\" campaign either, he said.",
            ],
        );
        assert_eq!(
            pairs(&a),
            vec![
                p("I'm not privy to his diary,", Some("Tom Osk")),
                p("battle bus", Some("Tom Osk")),
            ]
        );
    }

    #[test]
    fn a_thing_after_his_is_no_person_and_a_cardinal_is_a_role() {
        let a = article(
            "",
            &[
                "Cardinal Tomas Ordell said the war was wrong and will repeat it in his Christmas Midnight Mass.",
                "Speaking on the radio, he criticised the fact that \"billions\" had been spent. The cardinal said it was the year to \"end poverty\".",
                "\"It is possible.\" A spokesman said Harbour House had no comment.",
            ],
        );
        assert_eq!(
            pairs(&a),
            vec![
                p("billions", Some("Tomas Ordell")),
                p("end poverty", Some("Tomas Ordell")),
                p("It is possible.", Some("Tomas Ordell")),
            ]
        );
    }

    #[test]
    fn the_prime_minister_is_not_another_party_s_chairman() {
        let a = article(
            "",
            &[
                "Ann Corran claimed the plan would \"cut\" services. Party chairman Ben Fry said the \"smear\" was desperate.",
                "At the launch, the prime minister hailed her chancellor's \"brilliant\" budget.",
            ],
        );
        assert_eq!(pairs(&a)[2], p("brilliant", Some("Ann Corran")));
    }

    #[test]
    fn a_naming_verb_s_agent_after_the_quote() {
        let a = article(
            "",
            &[
                "Ann Corran has scaled back the bill, in a move branded a \"humiliating retreat\" by the shadow secretary Ben Fry.",
                "Tom Osk called it an \"error\" that was reported in a \"hit piece\" by the Harbour Times.",
            ],
        );
        assert_eq!(
            pairs(&a),
            vec![
                p("humiliating retreat", Some("Ben Fry")),
                p("error", Some("Tom Osk")),
                p("hit piece", Some("Tom Osk")),
            ]
        );
    }

    #[test]
    fn a_lead_s_description_names_the_person_in_the_next_paragraph() {
        let a = article(
            "",
            &[
                "Calvia's justice minister has warned fans that she wants to hit them \"where it hurts most\".",
                "Mirela Todd said the orders were one of many measures. The minister said more would follow.",
            ],
        );
        assert_eq!(
            pairs(&a),
            vec![p("where it hurts most", Some("Mirela Todd"))]
        );
        // Once someone is named, a description points back instead.
        let b = article(
            "",
            &[
                "Ana Ruiz spoke on Tuesday. The former minister said she wanted \"a fair deal\".",
                "Ben Fry was there too.",
            ],
        );
        assert_eq!(pairs(&b), vec![p("a fair deal", Some("Ana Ruiz"))]);
    }

    #[test]
    fn the_mayor_is_not_the_prime_minister_named_last() {
        let a = article(
            "",
            &[
                "An inquiry is under way into claims that Ken Osk has brought his office into disrepute.",
                "Ben Fry, leader of the Assembly Conservatives, said the city was in crisis. Prime Minister Ann Corran is among those who asked him to apologise.",
                "The mayor accused a reporter of \"doorstepping\" him.",
            ],
        );
        assert_eq!(pairs(&a), vec![p("doorstepping", Some("Ken Osk"))]);
    }

    #[test]
    fn rare_speech_verbs_still_cue() {
        let a = article(
            "",
            &[
                "Dara Quill, the ferry captain, spoke first. \"Keep the crossing open,\" he implored.",
                "\"I was frightened,\" Mina Ost confided.",
                "I ask if the ferry will last the winter? \"Yes, of course,\" she snaps.",
            ],
        );
        assert_eq!(
            pairs(&a),
            vec![
                p("Keep the crossing open,", Some("Dara Quill")),
                p("I was frightened,", Some("Mina Ost")),
                p("Yes, of course,", Some("Mina Ost")),
            ]
        );
    }

    #[test]
    fn spans_tell_apostrophes_from_quotes() {
        let t = "It'd be Ana's and the students' plan in the '60s, she said 'never' and \u{201c}yes, it\u{2019}s\u{201d}.";
        let got: Vec<&str> = find_spans(t).iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(got, vec!["never", "yes, it\u{2019}s"]);
    }

    #[test]
    fn spans_of_every_mark_style() {
        let t = "\u{ab}Oui\u{bb}, \u{201e}Ja\u{201c}, \"plain\" and \u{2018}single\u{2019}.";
        let got: Vec<&str> = find_spans(t).iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(got, vec!["Oui", "Ja", "plain", "single"]);
    }

    #[test]
    fn a_right_mark_may_open_a_quote() {
        let t = "\u{201d}Fear. I am afraid.\u{201d} \u{2015} Ana Ruiz. He says,\u{201d} it ends\u{201d} \u{202a}\u{201d}Yes, sure.\u{201d}";
        let got: Vec<&str> = find_spans(t).iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(got, vec!["Fear. I am afraid.", "Yes, sure."]);
    }

    #[test]
    fn a_straight_mark_glued_after_a_stop_opens() {
        let t = "She was named by an aide.\"We were misled.\" The case goes on.";
        let got: Vec<&str> = find_spans(t).iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(got, vec!["We were misled."]);
    }

    #[test]
    fn a_straight_mark_glued_between_letters_opens_when_it_is_closed() {
        let t = "He accused them of\"squabbling like schoolboys\" in the debate.";
        let got: Vec<&str> = find_spans(t).iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(got, vec!["squabbling like schoolboys"]);
        // A glued mark nothing closes (`the 12"vinyl`, `a"b`) stays a mark.
        for t in [
            "He played the 12\"vinyl.",
            "Type a\"b to see",
            "He said a\"b\"c",
        ] {
            assert!(find_spans(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn an_unclosed_quote_ends_where_the_next_opens() {
        let t = "Ann said: \"We are ready. \"We will go on.\" Then she left.";
        let got: Vec<&str> = find_spans(t).iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(got, vec!["We are ready.", "We will go on."]);
    }

    #[test]
    fn nested_single_marks_stay_inside() {
        let t = "\u{201c}He told me \u{2018}go\u{2019} and left,\u{201d} she said.";
        let got: Vec<&str> = find_spans(t).iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(got, vec!["He told me \u{2018}go\u{2019} and left,"]);
    }

    #[test]
    fn list_items_and_sentence_case_words_name_nobody() {
        let a = article(
            "Ferry plan",
            &[
                "The harbour board set out its plan on Monday.",
                "- Stranded drivers can claim a \"travel voucher\" at the quay.",
                "- Tenants will have to keep a \"boat plan\" for each mooring.",
                "- Mrs Ola Brent will chair a \"quay forum\" each month.",
                "Skippers welcomed the \"long overdue\" change.",
                "Pilots said the plan was \"a start\".",
            ],
        );
        assert_eq!(
            pairs(&a),
            vec![
                p("travel voucher", None),
                p("boat plan", None),
                p("quay forum", None),
                p("long overdue", None),
                p("a start", Some("Pilots")),
            ]
        );
    }

    #[test]
    fn cue_after_with_pronoun_and_inverted_name() {
        let a = article(
            "Fares row",
            &[
                "Transport boss Mrs Dana Holt visited the depot with Mr Leo Park.",
                "\"We will freeze fares,\" she said.",
                "\"It is a fair deal,\" said Mr Park.",
            ],
        );
        assert_eq!(
            pairs(&a),
            vec![
                p("We will freeze fares,", Some("Dana Holt")),
                p("It is a fair deal,", Some("Leo Park"))
            ]
        );
    }

    #[test]
    fn cue_before_with_colon_takes_the_subject_not_the_object() {
        let a = article(
            "T",
            &["Mr Ravi Das warned Ms Una Bell: \"Do not test us.\""],
        );
        assert_eq!(pairs(&a), vec![p("Do not test us.", Some("Ravi Das"))]);
    }

    #[test]
    fn partial_quotes_in_reported_speech_share_the_verb() {
        let a = article(
            "T",
            &[
                "Mrs Ada Vale spoke.",
                "She will claim the \"plan is dead\" and that \"voters know it\".",
            ],
        );
        assert_eq!(
            pairs(&a),
            vec![
                p("plan is dead", Some("Ada Vale")),
                p("voters know it", Some("Ada Vale"))
            ]
        );
    }

    #[test]
    fn sentence_final_cue_beats_the_sentence_subject() {
        let a = article(
            "T",
            &["Piet Grove must \"stop now\" or face ruin, Nell Ash will say."],
        );
        assert_eq!(pairs(&a), vec![p("stop now", Some("Nell Ash"))]);
    }

    #[test]
    fn quote_only_paragraphs_continue_the_speaker() {
        let a = article(
            "T",
            &[
                "Sir Omar Reece said: \"We stand firm.",
                "\"And we will not move.\"",
                "\"Nor will we tire.\"",
            ],
        );
        let got = pairs(&a);
        assert_eq!(got.len(), 3);
        assert!(
            got.iter().all(|(_, s)| s.as_deref() == Some("Omar Reece")),
            "{got:?}"
        );
    }

    #[test]
    fn scare_quotes_claim_nobody() {
        let a = article(
            "T",
            &[
                "Mr Tim Cole met staff.",
                "The scheme was called a \"sham\" in the report.",
            ],
        );
        let q = extract(&a);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].speaker, None);
    }

    #[test]
    fn headline_quotes_take_the_trailing_cue() {
        let a = article(
            "Council must 'act now' and 'stop waiting', says Housing Sec",
            &[
                "Ms Kay Rudd will speak today.",
                "\"Homes matter,\" the Housing Secretary will say.",
            ],
        );
        let q = extract(&a);
        assert_eq!(q[0].section, Section::Headline);
        assert_eq!(q[0].speaker.as_deref(), Some("Kay Rudd"));
        assert_eq!(q[1].speaker.as_deref(), Some("Kay Rudd"));
        assert_eq!(q[2].speaker.as_deref(), Some("Kay Rudd"));
    }

    #[test]
    fn appositive_subject_and_pronoun_salience() {
        let a = article(
            "T",
            &[
                "Talking to Radio host Tom Pike, Joe Lark, the former trade adviser, said he wanted change.",
                "He added: \"Act now.\"",
            ],
        );
        assert_eq!(pairs(&a), vec![p("Act now.", Some("Joe Lark"))]);
    }

    #[test]
    fn pronoun_goes_to_the_latest_person_of_unknown_gender() {
        // "Idris" is in no first-name list: he is still the person the report has moved on to.
        let got = one(&[
            "\"We were ready,\" Mr Dan Orme said.",
            "Professor Idris Telford, a geologist, said the rain had been unusual.",
            "\"The hills could not hold it,\" he said.",
        ]);
        assert_eq!(
            got[1],
            p("The hills could not hold it,", Some("Idris Telford"))
        );
    }

    #[test]
    fn pronoun_skips_a_person_the_quote_names() {
        let got = one(&[
            "\"We kept going,\" Ms Jo Ferris said.",
            "Wilf Garside, who ran the mill, was cheered by the crowd.",
            "\"Wilf kept this town working, whatever we said about him,\" she said.",
        ]);
        assert_eq!(
            got[1],
            p(
                "Wilf kept this town working, whatever we said about him,",
                Some("Jo Ferris")
            )
        );
    }

    #[test]
    fn firms_do_not_take_pronouns() {
        let got = one(&[
            "Ms Jo Ferris said the vote was \"a scandal\".",
            "Ashby Homes, whose chairman sat in the gallery, will now apply for planning.",
            "\"We will object,\" she said.",
        ]);
        assert_eq!(got[1], p("We will object,", Some("Jo Ferris")));
    }

    #[test]
    fn a_shadow_office_is_not_the_office() {
        let got = one(&[
            "Shadow Energy Secretary Tom Brede said the plan was \"late\".",
            "Ann Kell said the grid needed \"a decade\".",
            "\"We will build it,\" the Energy Secretary said.",
        ]);
        assert_eq!(got[2], p("We will build it,", Some("Ann Kell")));
    }

    #[test]
    fn called_off_is_not_speech() {
        let a = article("Ferry strike called off as minister hails 'good deal'", &[]);
        let q = extract(&a);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].cue.as_deref(), Some("hails"));
    }

    #[test]
    fn an_absent_subject_does_not_take_the_next_pronoun() {
        let got = one(&[
            "\"We start digging in May,\" Mr Dan Orme said.",
            "The builder's boss, Carl Dunn, who was not at the launch, has been in talks for a year.",
            "\"The council keeps the land,\" he said.",
        ]);
        assert_eq!(got[1], p("The council keeps the land,", Some("Dan Orme")));
    }

    #[test]
    fn question_then_name_and_verb_is_one_sentence() {
        let got = one(&[
            "\"We will talk,\" Bo Kerr said.",
            "\"Would you stay on?\" Rosa Tilde pressed. \"Even for a year?\"",
        ]);
        assert_eq!(got[1], p("Would you stay on?", Some("Rosa Tilde")));
        assert_eq!(got[2], p("Even for a year?", Some("Rosa Tilde")));
    }

    #[test]
    fn a_lower_case_office_points_back_at_the_person_just_named() {
        let got = one(&[
            "Mo Reddy, general secretary of the dockers, said the vote was close.",
            "\"We won it fairly,\" the union leader told reporters.",
            "Ida Marr, a former energy minister, asked for a review. Later the former minister said: \"Nobody wins this.\"",
            "A port spokesman said the docks were \"open as usual\". \"We are busy,\" the spokesman said.",
        ]);
        assert_eq!(got[0], p("We won it fairly,", Some("Mo Reddy")));
        assert_eq!(got[1], p("Nobody wins this.", Some("Ida Marr")));
        assert_eq!(got[3], p("We are busy,", None));
    }

    #[test]
    fn a_parenthetical_pronoun_cue_is_not_the_clause_subject() {
        let got = one(&[
            "\"It will cost us,\" Mr Ned Pask said.",
            "Mr Colm Ruddy has hidden the figures, he claimed, saying the office had \"something to hide\".",
        ]);
        assert_eq!(got[1], p("something to hide", Some("Ned Pask")));
    }

    #[test]
    fn a_pronoun_after_an_unnamed_source_is_the_source() {
        let got = one(&[
            "\"It is a scandal,\" Ms Ann Lowry said.",
            "A spokeswoman for the port authority said the berth would reopen. \"We are nearly there,\" she said.",
            "But a Dunmore Foods spokesman said the firm had warned them. \"We were open from day one,\" he added.",
        ]);
        assert_eq!(got[1], p("We are nearly there,", None));
        assert_eq!(got[2], p("We were open from day one,", None));
    }

    #[test]
    fn letters_after_a_name_are_not_a_title() {
        let got = one(&[
            "Ms Ada Rooke said the scheme was \"late\".",
            "The shadow energy minister, Tom Orrell MP, said: \"Bills were promised to fall.\"",
        ]);
        assert_eq!(
            got[1],
            p("Bills were promised to fall.", Some("Tom Orrell"))
        );
    }

    #[test]
    fn any_past_verb_cues_a_quote_that_ends_mid_sentence() {
        let got = one(&[
            "Ms Ada Rooke said the merger was \"right\".",
            "\"Everyone told her no,\" remembered Hal Brisk, the firm's old press chief.",
            "\"Why change now?\" Nell Vosper wondered aloud.",
        ]);
        assert_eq!(got[1], p("Everyone told her no,", Some("Hal Brisk")));
        assert_eq!(got[2], p("Why change now?", Some("Nell Vosper")));
    }

    #[test]
    fn a_name_qualifying_a_role_is_not_the_subject() {
        let got = one(&[
            "Ed Marlow spoke first.",
            "Later, Marlow campaign manager Tess Quayle backed the plan as \"a good start\".",
        ]);
        assert_eq!(got[0], p("a good start", Some("Tess Quayle")));
    }

    #[test]
    fn a_quote_paragraph_after_nested_speech_continues_the_outer_speaker() {
        let got = one(&[
            "Mr Otto Brandt reminded the forum that his partner Ines Kell had called the club \"a long project\".",
            "\"I came here to build a team that stays together.\"",
        ]);
        assert_eq!(got[0], p("a long project", Some("Ines Kell")));
        assert_eq!(
            got[1],
            p(
                "I came here to build a team that stays together.",
                Some("Otto Brandt")
            )
        );
    }

    #[test]
    fn a_speaker_named_after_put_by_before_the_colon_speaks() {
        let got = one(&[
            "\"We are ready,\" Mr Otto Brandt said.",
            "Not even his fiercest critic, Rhys Mallow, has asked anything as blunt as the question put by season-ticket holder Ana Quill: \"Why believe you now?\"",
            "Story by Ben Lusk: \"A club in crisis.\"",
        ]);
        assert_eq!(got[1], p("Why believe you now?", Some("Ana Quill")));
        assert_ne!(got[2].1.as_deref(), Some("Ben Lusk"));
    }

    #[test]
    fn typo_opening_is_recovered_after_a_speech_verb() {
        let a = article(
            "T",
            &["Mayor Zeb Quinn replied, tweeting: :We are not afraid of them."],
        );
        let q = extract(&a);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].text, "We are not afraid of them.");
        assert_eq!(q[0].speaker.as_deref(), Some("Zeb Quinn"));
    }

    #[test]
    fn a_pronoun_never_stands_for_a_name_it_governs() {
        // The object of the cue verb, an office in the reported clause, and the clause a closing
        // `he said` reports all name someone else.
        let got = one(&[
            "Dr Ada Quill, the hospital's chief executive, apologised on Monday.",
            "Dr Quill later met Kerry Dunmore, the mother who confronted her at a board meeting.",
            "\"You keep telling us it will get better,\" she told Dr Quill.",
        ]);
        assert_eq!(got[0].1.as_deref(), Some("Kerry Dunmore"));
        let got = one(&[
            "Shadow Housing Secretary Owen Pryce spoke first.",
            "Dave Stroud welcomed Mr Pryce's \"new interest\" in tenants. But he argued the Shadow Housing Secretary had \"never once\" visited the estate.",
            "Mr Pryce would be first in the queue for a photograph, he said.",
            "\"He has had ten years to find out,\" he said.",
        ]);
        assert_eq!(got[1].1.as_deref(), Some("Dave Stroud"));
        assert_eq!(got[2].1.as_deref(), Some("Dave Stroud"));
        // A name after the pronoun's own clause may be the pronoun's antecedent.
        let got = one(&[
            "Mayor Rhys Penn spoke first.",
            "Though she called the plan \"reckless\", Jane Orme said little more.",
        ]);
        assert_eq!(got[0].1.as_deref(), Some("Jane Orme"));
    }

    #[test]
    fn an_appositive_missing_its_closing_comma_keeps_its_person() {
        let got = one(&[
            "Ben Ayre said the waits were long.",
            "Nia Holt, director of the patients' group Valley Voices said the figures were wrong. \"We hear of longer waits,\" she said.",
        ]);
        assert_eq!(got[0].1.as_deref(), Some("Nia Holt"));
    }

    #[test]
    fn a_description_repeating_an_office_is_its_holder() {
        let got = one(&[
            "Councillor Raj Odell, cabinet member for the environment, said it would help.",
            "Homes flooded twice will be seen first, which the cabinet member described as \"only fair\".",
        ]);
        assert_eq!(got[0].1.as_deref(), Some("Raj Odell"));
    }

    #[test]
    fn nested_advice_belongs_to_the_adviser() {
        let got = one(&[
            "Coach Dan Frey recalls how Walt Bexley once advised him: \"Never promise what you can't deliver.\"",
        ]);
        assert_eq!(got[0].1.as_deref(), Some("Walt Bexley"));
    }

    #[test]
    fn places_and_bodies_inside_an_unnamed_source_name_nobody() {
        let got = one(&[
            "One porter at the University of Tollbridge, who had walked in, said: \"My feet hurt.\"",
            "One nurse, leaving Rowan ward with a box of cards, said: \"I cried all day.\"",
            "The letter, organised by the Guild of Porters and Cleaners, says staff cover \"two wards\".",
            "Mayor Ann Bell met the unions. A council spokesperson said the mayor had \"full confidence\" in them.",
            "More than 600 porters have written to Mayor Ann Bell warning of \"unsafe\" rotas.",
            "Porters at Harwick Infirmary have written to the Health Secretary warning of \"unsafe\" rotas.",
        ]);
        assert!(got.iter().all(|(_, s)| s.is_none()), "{got:?}");
    }

    #[test]
    fn a_participle_cue_keeps_the_clause_subject() {
        let got = one(&[
            "Council leader Dan Pryor declared himself \"thrilled\", saying Mr Fenn would get a seat.",
            "Ms Nell Yarby quit the Harwick Independents saying she could \"get more done\" elsewhere.",
        ]);
        assert_eq!(got[0].1.as_deref(), Some("Dan Pryor"));
        assert_eq!(got[1].1.as_deref(), Some("Nell Yarby"));
    }

    #[test]
    fn words_a_nameless_subject_says_about_someone_are_not_theirs() {
        let got = one(&["The group argues that Ms Nell Yarby \"owes her voters\" an election."]);
        assert_eq!(got[0].1, None);
    }

    #[test]
    fn an_unnamed_spokeswoman_keeps_her_next_quote() {
        let got = one(&[
            "Councillor Raj Odell said the figures were bad.",
            "A spokeswoman for Senn Valley Water said the firm was looking. \"We are looking,\" she said. \"Some monitors failed.\"",
            "\"We will write to every home.\"",
        ]);
        assert!(got.iter().all(|(_, s)| s.is_none()), "{got:?}");
    }

    #[test]
    fn a_speech_word_after_a_preposition_is_a_noun() {
        let got = one(&[
            "Senator Ann Cole spoke in Iowa.",
            "As the race moved to contests in states with more diverse voters, Cole has decried \"systemic bias\".",
        ]);
        assert_eq!(got[0].1.as_deref(), Some("Ann Cole"));
    }

    #[test]
    fn offices_resolve_before_and_after_their_holder_is_named() {
        let got = one(&[
            "The board should be led by \"someone firm\", the housing minister has said.",
            "\"It needs one voice,\" said housing minister Ada Venn.",
            "Ms Venn later toured the estate with Edwin Marlow. The prime minister said it was \"first in the queue\".",
            "Hal Brent, a former minister, backed the plan. Yet the Opposition MP for Tollbridge and Senn Bridge warned it \"cannot be done overnight\".",
        ]);
        let speakers: Vec<_> = got.iter().map(|(_, s)| s.as_deref()).collect();
        assert_eq!(
            speakers,
            [
                Some("Ada Venn"),
                Some("Ada Venn"),
                Some("Edwin Marlow"),
                Some("Hal Brent")
            ]
        );
    }

    #[test]
    fn names_glued_or_set_apart_by_an_appositive_are_found() {
        let got = one(&[
            "Branch secretary of the cleaners' union Civicus Neil Harrow said jobs were at risk. \"Nobody merges jobs,\" he said.",
            "The plan is opposed by Priya Nandy, a governor of the school in Aldermere, who said it was \"made in a spreadsheet\".",
            "Janet Okafor, the general secretary of the Harwick Teachers' Union said: \"We were told nothing.\"",
        ]);
        let speakers: Vec<_> = got.iter().map(|(_, s)| s.as_deref()).collect();
        assert_eq!(
            speakers,
            [
                Some("Neil Harrow"),
                Some("Priya Nandy"),
                Some("Janet Okafor")
            ]
        );
    }

    #[test]
    fn reported_speech_carries_on_without_quotes_and_cues() {
        let got = one(&[
            "Tenants' leader Harry Lomax said: \"Rents have doubled.\" Mr Tom Ellery told listeners that a register would follow.",
            "Pressed on the cost, he said it would fall on \"the landlords\".",
            "Ms Ann Threlfall said her group had proposed a register. The Alliance's scheme was \"our idea with their logo\", and tenants had waited.",
        ]);
        let speakers: Vec<_> = got.iter().map(|(_, s)| s.as_deref()).collect();
        assert_eq!(
            speakers,
            [
                Some("Harry Lomax"),
                Some("Tom Ellery"),
                Some("Ann Threlfall")
            ]
        );
    }

    #[test]
    fn a_participle_keeps_its_subject_over_an_adverb() {
        let got = one(&[
            "At a rally in Tollbridge, Alabama, fans jeered, with Ann Lee reportedly yelling: \"Get out!\"",
        ]);
        assert_eq!(got[0].1.as_deref(), Some("Ann Lee"));
    }

    #[test]
    fn a_bare_office_is_not_the_deputy_post() {
        let got = one(&[
            "Edwin Marlow said the claims were old. Deputy Prime Minister Ann Hoyle sat beside him.",
            "\"We do not do deals over jobs,\" the prime minister told reporters.",
        ]);
        assert_eq!(got[0].1.as_deref(), Some("Edwin Marlow"));
    }

    #[test]
    fn places_and_bodies_in_titles_are_not_speakers() {
        let got = one(&[
            "Ned Yale of the Harbour Alliance has questioned the law. \"It is a mess,\" he said.",
            "The Bishop of Tollbridge said: \"I am pleased for them both.\"",
            "Labour MP Sam Pike said he was sorry. \"It was a horrible thing,\" said the Aldermere North MP.",
        ]);
        let speakers: Vec<_> = got.iter().map(|(_, s)| s.as_deref()).collect();
        assert_eq!(speakers, [Some("Ned Yale"), None, Some("Sam Pike")]);
    }

    fn one(body: &[&str]) -> Vec<(String, Option<String>)> {
        pairs(&article("T", body))
    }

    #[test]
    fn label_lines_name_the_speaker_of_the_paragraphs_after() {
        assert_eq!(
            one(&[
                "Four gardeners told us their winter plans.",
                "Georgia Silva Seamans, Founder of Local Ecologist:",
                "\"I plan to sow seeds in the fall.\"",
                "Kelly D. Norris, Ecological Horticulturist and Author of Your Natural Garden:",
                "\"After the clocks go back, I slow down.\"",
                "\"I read seed catalogues.\"",
                "Edwina von Gal, Founder of Perfect Earth Project:",
                "\"In this time of intensity, I rest.\"",
                "Yinuo Sun and Nadia Alquaddoomi of Terremoto:",
                "\"Our office has started a small nursery.\"",
            ]),
            vec![
                p(
                    "I plan to sow seeds in the fall.",
                    Some("Georgia Silva Seamans")
                ),
                p(
                    "After the clocks go back, I slow down.",
                    Some("Kelly D. Norris")
                ),
                p("I read seed catalogues.", Some("Kelly D. Norris")),
                p("In this time of intensity, I rest.", Some("Edwina von Gal")),
                // Two people: not the last speaker's words, and not one of theirs alone.
                p("Our office has started a small nursery.", None),
            ]
        );
    }

    #[test]
    fn headings_and_list_lead_ins_hand_no_quote_on() {
        assert_eq!(
            one(&[
                "Final note on taxes",
                "1 IRS. \"Filing season statistics for the week,\"",
                "Write posts that answer questions, such as:",
                "\"What is the best time to plant roses?\"",
            ]),
            vec![
                p("Filing season statistics for the week,", None),
                p("What is the best time to plant roses?", None),
            ]
        );
    }

    #[test]
    fn a_lead_in_label_owns_no_words() {
        assert_eq!(
            one(&[
                "Categorize Keywords by Intent: Identify whether a keyword is informational (e.g., \"how to fix a boiler\").",
                "Dara Quill admires the plan as a \"fair deal\".",
            ]),
            vec![
                p("how to fix a boiler", None),
                // A sentence's own subject still owns its partial quote.
                p("fair deal", Some("Dara Quill")),
            ]
        );
    }

    #[test]
    fn what_a_possessive_owns_is_no_pronoun_antecedent() {
        assert_eq!(
            one(&[
                "In her Stitch Fix review, Brandi Dowell received a box of five items. She shared, \"I kept three of them.\"",
                "When asked about her Style Box she said, \"It fits well.\"",
            ]),
            vec![
                p("I kept three of them.", Some("Brandi Dowell")),
                p("It fits well.", Some("Brandi Dowell")),
            ]
        );
        // `shared` speaks only where punctuation closes it.
        assert_eq!(
            one(&["Ann Lee said she and Bo Chan shared \"the same views\"."]),
            vec![p("the same views", Some("Ann Lee"))]
        );
    }

    #[test]
    fn an_unnamed_source_after_the_quote_takes_it_from_the_last_speaker() {
        assert_eq!(
            one(&[
                "Its owner, Dan Noble, said demand was high.",
                "\"She is the ringleader of the crew,\" said the source.",
            ]),
            vec![p("She is the ringleader of the crew,", None)]
        );
    }

    #[test]
    fn in_someones_words_names_them() {
        assert_eq!(
            one(&[
                "The ferry ran late. In the end, in Dara Quill's words, it was \"a way out of the noise\".",
                "The plan was, in the words of Ann Lee, \"a total mess\".",
            ]),
            vec![
                p("a way out of the noise", Some("Dara Quill")),
                p("a total mess", Some("Ann Lee")),
            ]
        );
    }

    #[test]
    fn code_in_the_body_quotes_nobody() {
        assert_eq!(
            one(&[
                "Fetch the entries first. \"It works,\" said Ann Lee.",
                "// Fetch all entries if err != nil { log.Fatal(\"failed to fetch\", err) } \
                 return fmt.Errorf(\"no key: %w\", err)",
                ".gmobile { width:100%; padding-top:20px; } .bio { color: \"red\"; }",
            ]),
            vec![p("It works,", Some("Ann Lee"))]
        );
        assert!(!looks_like_code(
            "Rep. Jo Bell (D-Ore.) said the bill (HB 2) was \"dead\"; others disagreed."
        ));
    }

    #[test]
    fn a_term_defined_in_brackets_is_nobodys_and_a_credit_is_no_name() {
        assert_eq!(
            one(&[
                "Ann Lee said the show airs at 8pm Eastern Standard Time (\"EST\") on Fridays.",
                "\"The brushes are superb.\" \u{2014} Neha R., Concept Artist",
            ]),
            vec![p("EST", None), p("The brushes are superb.", Some("Neha R"))]
        );
    }

    #[test]
    fn a_relative_named_after_a_possessive_is_the_subject() {
        assert_eq!(
            one(&[
                "Jory Falk started at the depot in 2019. It was Carl Rosa who first signed up Falk.",
                "Falk’s mother, Adranne Falk, is a part-time driver; she picks up parcels in the mornings.",
                "“I was working three jobs at the time,” she said.",
                "On the same call, his sister, Wren, was blunter. “It is a scandal,” she said.",
            ]),
            vec![
                p("I was working three jobs at the time,", Some("Adranne Falk")),
                p("It is a scandal,", Some("Wren")),
            ]
        );
    }

    #[test]
    fn a_he_said_with_no_quote_moves_nobody_it_only_guessed() {
        assert_eq!(
            one(&[
                "Jory Falk started at the depot in 2019. It was Carl Rosa who first signed him up.",
                "Falk became a full-time driver, which meant higher pay: $18.75 an hour, he said.",
                "“That was the most stressful thing I have done,” he said.",
            ]),
            vec![p(
                "That was the most stressful thing I have done,",
                Some("Jory Falk")
            )]
        );
    }

    #[test]
    fn a_script_part_labels_a_line_nobody_named_says() {
        assert_eq!(
            one(&[
                "The party's new advert was released on Monday.",
                "Voice: “Their plans deliver increased taxes.”",
                "Female Narrator: “A tax on tests.”",
                "Mara Quist: “We stand by every word.”",
            ]),
            vec![
                p("Their plans deliver increased taxes.", None),
                p("A tax on tests.", None),
                p("We stand by every word.", Some("Mara Quist")),
            ]
        );
    }

    #[test]
    fn a_possessive_pronoun_owns_a_claim_and_secretary_of_state_is_a_title() {
        assert_eq!(
            one(&[
                "Dara Quill spoke in Ohio on Monday. We checked his contention that \"output reached a record\".",
                "Mina Ost has famous supporters.",
                "Former secretary of state Ines Brandt, an Ost supporter, fanned controversy with her remark that \"there is a place for them.\"",
            ]),
            vec![
                p("output reached a record", Some("Dara Quill")),
                p("there is a place for them.", Some("Ines Brandt")),
            ]
        );
    }

    #[test]
    fn votes_and_words_never_said_are_nobodys() {
        assert_eq!(
            one(&[
                "Sen. Ode Brann voted \"present\" on a ban on \"late transfers,\" twice.",
                "Ben Vale was the sole \"nay,\" and he did not regret it.",
                "Mara Quist said she and Ines Brandt never said the word \"goodbye\" to each other.",
                "Tam Field failed to even utter the words \"crisis\" or \"emergency\" in the speech.",
                "Ann Lee slammed the mayor for not using the term \"hard truth.\"",
            ]),
            vec![
                p("present", None),
                p("late transfers,", None),
                p("nay,", None),
                p("goodbye", None),
                p("crisis", None),
                p("emergency", None),
                p("hard truth.", Some("Ann Lee")),
            ]
        );
    }

    #[test]
    fn when_pressed_leaves_out_the_person_the_report_follows() {
        assert_eq!(
            one(&[
                "Sen. Dara Quill said, “We will raise it.”",
                "When pressed on how he would structure the increase, “Well, I have not specified that.”",
                "When asked about Quill’s absence, Mina Ost “bristled” and said, “No comment.”",
            ]),
            vec![
                p("We will raise it.", Some("Dara Quill")),
                p("Well, I have not specified that.", Some("Dara Quill")),
                // Not the last speaker's; the subject rule does not take a sentence with a verb.
                p("bristled", None),
                p("No comment.", Some("Mina Ost")),
            ]
        );
    }

    #[test]
    fn the_one_seen_or_heard_saying_it_says_it() {
        assert_eq!(
            one(&[
                "Dara Quill spoke at the rally on Monday.",
                "Hearing him say “When you are a star, they let you do it” hardly inspires confidence.",
                "Mina Ost took the stage next. Voters watched her tell the crowd “we will win”.",
            ]),
            vec![
                p("When you are a star, they let you do it", Some("Dara Quill")),
                p("we will win", Some("Mina Ost")),
            ]
        );
    }

    #[test]
    fn a_question_keeps_a_described_name_and_verb_after_it() {
        assert_eq!(
            one(&[
                "Workers in Harwick were angry on Monday.",
                "“Do you think we are selling drugs?” Ramo Alva, 48, a window worker from Tollbridge, said during a break.",
                "“It is over.” Mara Quist, a delegate from Senn, criticized the rules. “We lose,” she said.",
            ]),
            vec![
                p("Do you think we are selling drugs?", Some("Ramo Alva")),
                // The last speaker going on; Mara Quist's sentence is her own.
                p("It is over.", Some("Ramo Alva")),
                p("We lose,", Some("Mara Quist")),
            ]
        );
    }

    #[test]
    fn a_passive_reads_over_a_frequency_adverb() {
        for (text, passive) in [
            ("The credits are sometimes called premium support.", true),
            ("The plan was widely called a lifeline.", true),
            ("Ann Lee often called it a lifeline.", false),
        ] {
            let ws = words(text);
            let v = ws.iter().position(|w| w.text == "called").unwrap();
            assert_eq!(passive_at(text, &ws, v), passive, "{text}");
        }
    }

    #[test]
    fn a_crosshead_in_capitals_continues_nobody() {
        assert_eq!(
            one(&[
                "“We will build it,” said Mina Ost.",
                "‘MASSIVE RISKS’",
                "“It is over,”",
            ]),
            vec![
                p("We will build it,", Some("Mina Ost")),
                p("MASSIVE RISKS", None),
                p("It is over,", Some("Mina Ost")),
            ]
        );
    }

    #[test]
    fn a_handle_names_its_account() {
        assert_eq!(
            one(&[
                "The council's account was busy on Monday.",
                "“We won,” @harwickmayor tweeted.",
                "@harwickmayor wrote: “Thanks to everyone.”",
            ]),
            vec![
                p("We won,", Some("@harwickmayor")),
                p("Thanks to everyone.", Some("@harwickmayor")),
            ]
        );
    }

    #[test]
    fn so_called_labels_and_assure_that() {
        assert_eq!(
            one(&[
                "Jory Falk started at the depot in 2019.",
                "On that same call, Harbour Freight CEO Mina Tovey sought to assure investors that Harbour and the union are “not far apart on the issues.”",
                "Senator Ode Brann carried the so-called Democratic “blue wall” in 2016.",
            ]),
            vec![
                p("not far apart on the issues.", Some("Mina Tovey")),
                p("blue wall", None),
            ]
        );
    }

    #[test]
    fn uttered_is_a_speech_verb() {
        assert_eq!(
            one(&["The lights went out just after Ivo Brandt uttered the lines: \"Come forth!\""]),
            vec![p("Come forth!", Some("Ivo Brandt"))]
        );
    }

    #[test]
    fn the_person_before_a_chain_of_phrases_speaks() {
        assert_eq!(
            one(&[
                "Lauren Vale from Open Justice in Cape Town says: \"We demand the papers.\"",
                "A lawyer for Tom Quill in New Harbour said it was \"a farce\".",
            ]),
            vec![
                p("We demand the papers.", Some("Lauren Vale")),
                p("a farce", None)
            ]
        );
    }

    #[test]
    fn labels_and_titles_of_works_are_nobodys_words() {
        assert_eq!(
            one(&[
                "Mara Quist, identified as \"Witness 4\" in the files, spoke to the inquiry.",
                "Senator Ode Brann carried the so-called \"rust belt\" in 2016.",
                "In 2006, Tam Field went to see the documentary \"Cold Summer.\"",
                "Tam Field also posts about the video game \"Hollowmark.\"",
                "Tam Field described herself as \"a stubborn optimist\".",
            ]),
            vec![
                p("Witness 4", None),
                p("rust belt", None),
                p("Cold Summer.", None),
                p("Hollowmark.", None),
                p("a stubborn optimist", Some("Tam Field")),
            ]
        );
    }

    #[test]
    fn a_bare_title_before_the_name_is_not_the_speaker() {
        assert_eq!(
            one(&["\"We listen first,\" says Co-Founder, Stephanie Ozcan."]),
            vec![p("We listen first,", Some("Stephanie Ozcan"))]
        );
    }

    #[test]
    fn trailing_cue_after_a_long_appositive() {
        assert_eq!(
            one(&["\"We won,\" Ann Lee, a farmer from Hove, Kent, said."]),
            vec![p("We won,", Some("Ann Lee"))]
        );
    }

    #[test]
    fn trailing_cue_over_a_bracketed_party_tag_and_initials() {
        assert_eq!(
            one(&["\"No,\" Rep. Jo B. Bell (D-Ore.) said on Friday."]),
            vec![p("No,", Some("Jo B. Bell"))]
        );
    }

    #[test]
    fn an_appositive_holding_a_bracketed_acronym() {
        assert_eq!(
            one(&["Ola Brandt, head of the Office for Harbours (OFH), replied, \"Not yet.\""]),
            vec![p("Not yet.", Some("Ola Brandt"))]
        );
        // A stray comma after a party tag still leaves the tagged name as the subject.
        assert_eq!(
            one(&["Gov. Jo Bell (R-OR), said, \"We are ready.\""]),
            vec![p("We are ready.", Some("Jo Bell"))]
        );
    }

    #[test]
    fn an_appositive_missing_its_closing_comma() {
        assert_eq!(
            one(&["Ola Brandt, president of Harbour Pilots Guild stated, \"It is sums.\""]),
            vec![p("It is sums.", Some("Ola Brandt"))]
        );
        assert_eq!(
            one(&["\"Rates will rise,\" Ola Brandt, the analyst who runs quaydata.com wrote on Monday."]),
            vec![p("Rates will rise,", Some("Ola Brandt"))]
        );
        // The phrase after the comma has a subject of its own: its verb is not the name's.
        assert_eq!(
            one(&["It was named \"in honour of\" Ola Brandt, Tom Ode wrote."]),
            vec![p("in honour of", Some("Tom Ode"))]
        );
    }

    #[test]
    fn trailing_appositive_over_an_abbreviated_state() {
        assert_eq!(
            one(&["\"We will win,\" Senate Majority Leader Ola Brandt, R-Ore., said Monday."]),
            vec![p("We will win,", Some("Ola Brandt"))]
        );
    }

    #[test]
    fn a_straight_mark_glued_after_a_comma_closes() {
        assert_eq!(
            one(&["\"We are ready,\"Ola Brandt, who chairs the board said. \"Truly.\""]),
            vec![
                p("We are ready,", Some("Ola Brandt")),
                p("Truly.", Some("Ola Brandt"))
            ]
        );
    }

    #[test]
    fn a_surname_that_is_also_a_modal() {
        assert_eq!(
            one(&[
                "Columnist Tom Will wrote about the port again.",
                "\"It is a wreck,\" Will wrote.",
                "He praised the plan, which Will claims shows \"real thrift.\"",
            ]),
            vec![
                p("It is a wreck,", Some("Tom Will")),
                p("real thrift.", Some("Tom Will"))
            ]
        );
        // Nobody is called Will here: the modal stays a modal.
        assert_eq!(
            one(&["\"We will see,\" Ann Lee said. Ann Lee will say \"maybe\" again."]),
            vec![
                p("We will see,", Some("Ann Lee")),
                p("maybe", Some("Ann Lee"))
            ]
        );
    }

    #[test]
    fn a_name_right_before_a_participle_is_its_subject() {
        assert_eq!(
            one(&["Councillors who agree the plan is needed were cross, with Mayor Ola Brandt calling it \"a shambles.\""]),
            vec![p("a shambles.", Some("Ola Brandt"))]
        );
        // An object of "on" or "to" is not: the writer is the sentence's subject.
        assert_eq!(
            one(&["Ann Lee answered the question on Facebook writing, \"Yes, I will.\""]),
            vec![p("Yes, I will.", Some("Ann Lee"))]
        );
    }

    #[test]
    fn a_capitalised_modifier_makes_states_a_noun() {
        assert_eq!(
            one(&["The plan worries many Baltic states, and it uses \"soft power\" there, said Olu Brandt, a scholar."]),
            vec![p("soft power", Some("Olu Brandt"))]
        );
    }

    #[test]
    fn a_dashed_label_before_the_colon_names_the_speaker() {
        assert_eq!(
            one(&["Analysts agree - Olu Brandt: \"Late polls did best.\""]),
            vec![p("Late polls did best.", Some("Olu Brandt"))]
        );
    }

    #[test]
    fn a_colon_paragraph_hands_over_to_its_last_clause_subject() {
        assert_eq!(
            one(&[
                "Ola Brandt led the port board for years.",
                "When Brandt retired in 2001, Mayor Tom Ode released the following statement:",
                "\"We owe her a great deal.\"",
            ]),
            vec![p("We owe her a great deal.", Some("Tom Ode"))]
        );
    }

    #[test]
    fn a_participle_after_a_quote_takes_no_inverted_subject() {
        assert_eq!(
            one(&["Ola Brandt said the club will meet, but said, \"It is time to change,\" promising the Friends of Hove a vote."]),
            vec![p("It is time to change,", Some("Ola Brandt"))]
        );
    }

    #[test]
    fn an_exclamation_then_a_tagged_name_and_verb() {
        assert_eq!(
            one(&["\"Perpetual motion!\" Rep. Ola Brandt, R-Pa., said of the week."]),
            vec![p("Perpetual motion!", Some("Ola Brandt"))]
        );
    }

    #[test]
    fn a_name_and_verb_reporting_a_clause_start_a_new_sentence() {
        assert_eq!(
            one(&["\"It is sad,\" Ann Lee told reporters. \"It has no place here.\" Mayor Bo Chan said he would have acted."]),
            vec![
                p("It is sad,", Some("Ann Lee")),
                p("It has no place here.", Some("Ann Lee"))
            ]
        );
    }

    #[test]
    fn went_on_about_reports_its_subject() {
        assert_eq!(
            one(&["\"Done?\" Ann Lee said, but the crowd cheered, and as Mayor Bo Chan went on about \"our harbour,\" the rain came."]),
            vec![
                p("Done?", Some("Ann Lee")),
                p("our harbour,", Some("Bo Chan"))
            ]
        );
    }

    #[test]
    fn a_description_may_lead_into_the_name() {
        assert_eq!(
            one(&["\"Yes,\" city council spokesman Tom Ode said."]),
            vec![p("Yes,", Some("Tom Ode"))]
        );
        assert_eq!(
            one(&["\"Yes,\" said Harbour Trust chair Tom Ode."]),
            vec![p("Yes,", Some("Tom Ode"))]
        );
    }

    #[test]
    fn phrasal_cues_with_irregular_pasts() {
        assert_eq!(
            one(&[
                "\"Can it wait?\" Ann Lee asked.",
                "\"It happens, right?\" Bo Chan went on, ignoring her. \"Move on.\"",
            ]),
            vec![
                p("Can it wait?", Some("Ann Lee")),
                p("It happens, right?", Some("Bo Chan")),
                p("Move on.", Some("Bo Chan"))
            ]
        );
    }

    #[test]
    fn any_verb_after_a_quote_that_ends_mid_sentence() {
        assert_eq!(
            one(&["\"Fine,\" Ann Lee assured him."]),
            vec![p("Fine,", Some("Ann Lee"))]
        );
    }

    #[test]
    fn passive_cue_names_the_source() {
        assert_eq!(
            one(&["The scheme was \"a mess\", as described by Mayor Ann Lee."]),
            vec![p("a mess", Some("Ann Lee"))]
        );
    }

    #[test]
    fn a_paragraph_ending_in_a_colon_introduces_the_next() {
        assert_eq!(
            one(&["Ann Lee put it this way:", "\"We are done.\""]),
            vec![p("We are done.", Some("Ann Lee"))]
        );
    }

    #[test]
    fn signature_lines_and_dashes_sign_quotes() {
        assert_eq!(
            one(&["\"We are done.\"", "- Ann Lee."]),
            vec![p("We are done.", Some("Ann Lee"))]
        );
        assert_eq!(
            one(&["\u{201c}We are done.\u{201d} \u{2015} Ann Lee \u{201c}Not yet.\u{201d} \u{2015} Bo Chan"]),
            vec![p("We are done.", Some("Ann Lee")), p("Not yet.", Some("Bo Chan"))]
        );
        // A credit line with no dash: a full name, a comma, and no sentence.
        assert_eq!(
            one(&[
                "\"We delivered record revenue.\"",
                "Lisa Marr, chief executive of Orbital (on the Q4 call)",
            ]),
            vec![p("We delivered record revenue.", Some("Lisa Marr"))]
        );
        assert_eq!(
            one(&["\"Not yet.\"", "Ann Lee, the mayor, said it was fine."]),
            vec![p("Not yet.", None)]
        );
        // A hyphen will do, after the closing mark or its full stop, when the name ends the
        // paragraph.
        assert_eq!(
            one(&[
                "\"I loved the course.\" - Jennifer",
                "\"The tutors were kind.\". - Ann Lee"
            ]),
            vec![
                p("I loved the course.", Some("Jennifer")),
                p("The tutors were kind.", Some("Ann Lee"))
            ]
        );
        // What follows the name after a comma is a town or a description, not the name.
        assert_eq!(
            one(&[
                "\"We are done.\"",
                "-Ann Lee, Hove.",
                "\"Not yet.\"",
                "-Mayor Bo Chan, writing to staff."
            ]),
            vec![
                p("We are done.", Some("Ann Lee")),
                p("Not yet.", Some("Bo Chan"))
            ]
        );
    }

    #[test]
    fn doubled_apostrophes_are_double_marks() {
        assert_eq!(
            one(&["''We are done,'' said Ann Lee."]),
            vec![p("We are done,", Some("Ann Lee"))]
        );
    }

    #[test]
    fn a_framing_said_wins_over_the_verb_it_reports() {
        assert_eq!(
            one(&["Ann Lee said Bo Chan called for \"calm\"."]),
            vec![p("calm", Some("Ann Lee"))]
        );
    }

    #[test]
    fn organisations_can_be_sources() {
        assert_eq!(
            one(&["\"Prices rose,\" Harbour News reported."]),
            vec![p("Prices rose,", Some("Harbour News"))]
        );
    }

    #[test]
    fn possessive_nouns_are_not_cue_verbs_and_owners_are_not_speakers() {
        // "remarks" is a noun here; the sentence's subject owns the quote.
        assert_eq!(
            one(&["Ann Lee denounced Bo Chan's remarks as \"cruel\"."]),
            vec![p("cruel", Some("Ann Lee"))]
        );
    }

    #[test]
    fn quoted_titles_do_not_become_subjects() {
        assert_eq!(
            one(&["Sam Ode, author of \"Going Home,\" about the war, said it was \"grim\"."]),
            vec![
                p("Going Home,", Some("Sam Ode")),
                p("grim", Some("Sam Ode"))
            ]
        );
    }

    #[test]
    fn titles_of_programmes_belong_to_nobody() {
        let got = one(&["Ann Lee told Harbour TV's \"Morning Show,\" that she was \"sure\"."]);
        assert_eq!(
            got,
            vec![p("Morning Show,", None), p("sure", Some("Ann Lee"))]
        );
    }

    #[test]
    fn the_owner_of_a_claim_that_is_its_speaker() {
        let got = one(&["Ann Lee rejected Bo Chan's claim that the plan \"works\"."]);
        assert_eq!(got, vec![p("works", Some("Bo Chan"))]);
    }

    #[test]
    fn labels_before_a_colon_name_the_speaker() {
        assert_eq!(
            one(&["Polls were off \u{2014} Harbour Polling: \"We missed it.\""]),
            vec![p("We missed it.", Some("Harbour Polling"))]
        );
        let q = extract(&article("Lee: 'We will not move'", &[]));
        assert_eq!(q[0].speaker.as_deref(), Some("Lee"));
    }

    /// Every mix of marks, dashes, colons and multi-byte letters must extract without a panic.
    #[test]
    fn no_input_makes_it_panic() {
        let pieces = [
            "\u{2014}",
            ":",
            "\"",
            "\u{201c}",
            "\u{201d}",
            "'",
            "\u{2019}",
            "\u{2018}",
            "\u{ab}",
            "\u{bb}",
            "\u{201e}",
            "''",
            "Ann",
            "Lee",
            "said",
            ",",
            ".",
            " ",
            "(",
            ")",
            "\u{e9}t\u{e9}",
            "Mr.",
            "\u{2015}",
            "-",
            "says",
            "the",
            "Sec",
            ";",
            "?",
            "\u{2026}",
        ];
        let mut seed = 7u64;
        for _ in 0..3000 {
            let mut para = String::new();
            for _ in 0..12 {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                para.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
                if seed & 1 == 0 {
                    para.push(' ');
                }
            }
            let a = article(&para, &[&para, &para]);
            for q in extract(&a) {
                assert!(q.start <= q.end);
            }
        }
    }

    #[test]
    fn nicknames_inside_names_are_nobodys_words() {
        let got = one(&["Rep. Robert C. \"Bobby\" Scott said the plan was \"fine\"."]);
        assert_eq!(got[0], p("Bobby", None));
        // The quoted nickname splits the name in the table; the surname still resolves.
        assert!(got[1].1.as_deref().is_some_and(|s| s.ends_with("Scott")));
    }

    #[test]
    fn a_huge_paragraph_stays_cheap() {
        let one =
            "Ann Lee said: \"We will win.\" Mr Bo Chan, the rival, said the \"plan\" was weak. ";
        let big = one.repeat(3000);
        let a = article("T", &[&big]);
        let t = std::time::Instant::now();
        let q = extract(&a);
        assert_eq!(q.len(), 6000);
        assert!(t.elapsed().as_secs() < 10, "took {:?}", t.elapsed());
    }

    #[test]
    fn offsets_are_characters_in_the_paragraph() {
        let a = article(
            "T",
            &["\u{2014} Ann Roe said: \u{201c}\u{e9}t\u{e9}\u{201d}"],
        );
        let q = extract(&a);
        assert_eq!((q[0].start, q[0].end), (17, 20));
        assert_eq!(q[0].paragraph, 0);
    }
}
