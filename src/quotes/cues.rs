//! The cue of one span: the rules that find the verb or colon attributing it (trailing, leading,
//! reported, passive, document, claim, …) and turn its subject into a [`Cue`].

use super::sentences::{clause_end, is_time_word, word_before, word_range};
use super::spans::Span;
use super::subjects::{
    clause_subject, is_person_mention, is_role_word, mention_ending_at, mention_start,
    sentence_subject, subject_after, subject_before, PEOPLE_NOUNS,
};
use super::verbs::{
    is_aux, is_speech_verb, passive_at, perceived_speaker, phrasal_cue_at, verb_at, AUX,
    PARTICIPLE_SUBJECT_LEADS, PREPOSITIONS, SAY,
};
use crate::speakers::{
    is_capitalised, is_group_source, is_headline_verb, is_role_noun, looks_like_person, name_runs,
    split_run, Resolver, Word, WordSet,
};
use regex::Regex;
use std::sync::LazyLock;

/// A cue found for a span: the verb as written, its subject mention, and the rule.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Cue {
    pub(super) verb: String,
    pub(super) mention: String,
    pub(super) rule: &'static str,
}

/// `For the Lib Dems Ann Lee said: "…," he said.`: a quote with two cues, a named one before it
/// and a pronoun after, is the named person's. `lead` runs from the sentence start to the quote.
pub(super) fn named_lead_over_pronoun(
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

/// `in Cairo's words, it was "…"`, `in the words of Ann Lee, "…"`, `in Tom Ode's own words`, `As
/// the Ledger puts it, he is "…"`: the name whose words the quote is, within four words of its
/// opening mark.
fn words_of_cue(before: &str) -> Option<Cue> {
    const NAME: &str = r"(?P<name>(?:[A-Z][\w.\-]*\s){0,3}[A-Z][\w\-]*)";
    const GAP: &str = r",?\s+(?:\S+\s+){0,4}$";
    static WORDS_OF: LazyLock<Vec<Regex>> = LazyLock::new(|| {
        [
            format!(r"\b[Ii]n {NAME}(?:'s|\x{{2019}}s) (?:own )?words{GAP}"),
            format!(r"\b[Ii]n the (?:own )?words of {NAME}{GAP}"),
            format!(r"\b[Aa]s (?:the )?{NAME}(?:, [^,]{{1,80}},)? (?:puts|put) it{GAP}"),
            format!(r"\b[Aa]s (?P<name>he|she) (?:puts|put) it{GAP}"),
        ]
        .iter()
        .filter_map(|re| Regex::new(re).ok())
        .collect()
    });
    if !before.contains("words") && !before.contains(" it") {
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

/// Finds the cue for the span at `idx` among the paragraph's spans.
pub(super) fn find_cue(
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
    if let Some(name) = before.strip_suffix(':').and_then(label_name) {
        return Some(Cue {
            verb: ":".into(),
            mention: name.to_string(),
            rule: "label",
        });
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
    // `held up signs that read "…"`, `a banner reading "…"`, `a placard saying "…"`: words on
    // show. Not a caption, memo or letter someone is said to have written (`Henry added the
    // caption which reads, "…"` is Henry's).
    let document = |w: &str| {
        let display = [
            "sign",
            "placard",
            "banner",
            "poster",
            "billboard",
            "t-shirt",
            "shirt",
            "sticker",
        ];
        display.contains(&w) || w.strip_suffix('s').is_some_and(|w| display.contains(&w))
    };
    let lead: Vec<usize> = word_range(ws, sent.0, span.open).rev().take(3).collect();
    if let [v, ref rest @ ..] = lead[..] {
        let says = reading(ws[v].text) || ["says", "said", "saying"].contains(&ws[v].text);
        let tight = text[ws[v].end..span.open]
            .trim_end_matches([' ', ':', ','])
            .is_empty();
        let noun = rest
            .iter()
            .find(|&&k| !["that", "which"].contains(&ws[k].text))
            .filter(|&&k| document(ws[k].text));
        if let (true, true, Some(&noun)) = (says, tight, noun) {
            return Some(Cue {
                verb: ws[v].text.to_string(),
                mention: ws[noun].text.to_string(),
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
pub(super) fn group_acts(ws: &[Word], from: usize, to: usize) -> bool {
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

/// The subject of the verb at `v`: before it, else after it when inverted, else — for participles
/// and coordinated verbs (`…, tweeting:`, `… and say`) — the clause's subject.
pub(super) fn verb_subject(
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
        if let Some(m) = relative_conjunct_subject(text, ws, v, sent.0.max(floor)) {
            return Some(m);
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

/// Where the verb group of verb `v` starts (`has said`), when an "and" after `from` joins it to
/// what came before.
fn joined_by_and(ws: &[Word], v: usize, from: usize) -> Option<usize> {
    let mut k = v;
    while k > 0 && ws[k - 1].start >= from && is_aux(ws[k - 1].text) {
        k -= 1;
    }
    (k >= 2 && ws[k - 1].start >= from && ws[k - 1].text == "and").then_some(k)
}

/// `preacher Jon Hadley, who believes … and called the church "…"`: a verb joined by "and" inside
/// a relative clause shares the clause's antecedent, not the sentence's subject. A comma closes
/// the clause first (`Hadley, who is a pastor, and Lee called it …`).
fn relative_conjunct_subject(text: &str, ws: &[Word], v: usize, from: usize) -> Option<String> {
    let k = joined_by_and(ws, v, from)?;
    let who = (0..k - 1)
        .rev()
        .take_while(|&j| ws[j].start >= from)
        .find(|&j| ws[j].text == "who")?;
    if who == 0 || ws[who - 1].start < from || text[ws[who].end..ws[v].start].contains([',', ';']) {
        return None;
    }
    let m = mention_ending_at(text, ws, who - 1, from)?;
    // `Ruth Ainsley, a former union president, who …`: the name the description stands beside.
    let start = mention_start(who - 1, &m);
    let described = m
        .split_whitespace()
        .next()
        .is_some_and(|w| ["a", "an", "the"].contains(&w.to_lowercase().as_str()));
    let named = (described && start > 0 && ws[start - 1].start >= from)
        .then(|| start - 1)
        .filter(|&n| is_capitalised(ws[n].text) && text[ws[n].end..ws[start].start].trim() == ",")
        .and_then(|n| mention_ending_at(text, ws, n, from));
    named.or(Some(m))
}

/// `The Tory leader supports a cut and has said …`: a verb joined by "and" to its sentence's
/// first verb shares that verb's subject, here a description opening the sentence (a name there
/// is already the sentence's subject).
fn coordinated_subject(text: &str, ws: &[Word], v: usize, from: usize) -> Option<String> {
    let k = joined_by_and(ws, v, from)?;
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

/// Words closing a headline's label that make it a kind of piece, not a speaker (`Hillary Clinton
/// Transcript: …`).
static LABEL_FURNITURE: WordSet = WordSet::new(&[
    "Transcript",
    "Video",
    "Watch",
    "Live",
    "Poll",
    "Report",
    "Review",
    "Analysis",
    "Opinion",
    "Editorial",
    "Exclusive",
    "Explainer",
    "Timeline",
    "Factbox",
    "Q&A",
]);

/// The name in the text before a colon that labels what follows it (`Truss`, `… - Pew Research`):
/// the words after the last dash, dot or bar, one to four capitalised words with no speech verb,
/// no headline's verb (`Clinton Cash Debunks Hillary: …`) and no piece's kind at the end.
pub(super) fn label_name(label: &str) -> Option<&str> {
    let label = label.trim_end();
    let cut = label
        .rfind(['-', '\u{2013}', '\u{2014}', '.', '|'])
        .map_or(0, |i| {
            i + label[i..].chars().next().map_or(1, char::len_utf8)
        });
    let name = label[cut..].trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let labelled = (1..=4).contains(&words.len())
        && words.iter().all(|w| is_capitalised(w))
        && !words
            .iter()
            .any(|w| is_speech_verb(&w.to_lowercase()) || is_headline_verb(w))
        && !words.last().is_some_and(|w| LABEL_FURNITURE.contains(w));
    (labelled && (cut > 0 || label.len() == name.len())).then_some(name)
}
