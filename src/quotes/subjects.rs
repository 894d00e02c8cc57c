//! Who a cue's subject is: the mention (name, title, pronoun or description) that a speech verb's
//! clause names, before the verb, after it, or fenced off by an appositive.

use super::sentences::{is_time_word, word_before, word_range, ABBREVIATIONS};
use super::spans::DOUBLE_MARKS;
use super::verbs::{is_aux, is_speech_verb, MODALS, PREPOSITIONS};
use crate::speakers::{
    anonymous_source, is_capitalised, is_honorific_or_title, is_role_noun, looks_like_person,
    name_runs, plausible_surname, split_run, Resolver, Word, WordSet,
};

/// The subject mention of the verb at word index `v`: the words before it (over auxiliaries and a
/// comma-fenced appositive), or after it when inverted (`said Sir Keir`).
pub(super) fn subject_before(
    text: &str,
    ws: &[Word],
    v: usize,
    floor: usize,
    resolver: &Resolver,
) -> Option<String> {
    let mut k = v;
    // `Ann Lee can be heard saying`, `is seen telling`: heard or seen speaking, she speaks.
    let perceived = |k: usize| {
        ["heard", "seen"].contains(&ws[k].text) && text[ws[k].end..ws[k + 1].start] == *" "
    };
    if k > 1 && ws[k].text.ends_with("ing") && ws[k - 1].start >= floor && perceived(k - 1) {
        k -= 1;
    }
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
pub(super) fn mention_start(last: usize, m: &str) -> usize {
    last + 1 - m.split_whitespace().count().clamp(1, last + 1)
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
pub(super) fn is_person_mention(m: &str, resolver: &Resolver) -> bool {
    let mws: Vec<&str> = m.split_whitespace().collect();
    let parts = split_run(&mws);
    resolver.lookup_name(m).is_some()
        || (parts.name.len() >= 2 && looks_like_person(&parts.name, !parts.title.is_empty()))
}

fn gap_has_comma(text: &str, ws: &[Word], k: usize) -> bool {
    ws.get(k + 1)
        .is_some_and(|n| text[ws[k].end..n.start].contains(','))
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

pub(super) const PRONOUN_SUBJECTS: &[&str] = &["he", "she"];

/// Plural or group nouns that can be a quote's source.
pub(super) static PEOPLE_NOUNS: WordSet = WordSet::new(&[
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
pub(super) fn mention_ending_at(text: &str, ws: &[Word], k: usize, floor: usize) -> Option<String> {
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
        let determiner = [
            "the", "a", "an", "one", "another", "his", "her", "their", "its",
        ];
        if owner || determiner.contains(&d.as_str()) {
            return Some(text[ws[s].start..w.end].to_string());
        }
    }
    if is_role_noun(w.text) || lw.ends_with("s") && k > 0 {
        return Some(w.text.to_string());
    }
    None
}

/// The mention right after an inverted verb: `said Sir Keir`, `says Foreign Sec`, `said the minister`.
pub(super) fn subject_after(text: &str, ws: &[Word], v: usize, ceil: usize) -> Option<String> {
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
pub(super) fn is_role_word(w: &str) -> bool {
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
pub(super) fn sentence_subject(
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
pub(super) fn clause_subject(
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
pub(super) fn owner_of_speech_noun(
    text: &str,
    ws: &[Word],
    from: usize,
    to: usize,
) -> Option<String> {
    let range = word_range(ws, from, to);
    for k in range.clone().rev() {
        // Only `X's claim that …` and the noun introducing the quote itself (`his comments, "…"`,
        // `Lee's remarks: "…"`) report X's words; `denounced X's remarks as "…"` does not.
        let that_follows = ws.get(k + 1).is_some_and(|n| n.text == "that");
        let introduces = k + 1 == range.end && matches!(text[ws[k].end..to].trim(), "," | ":");
        if !SPEECH_NOUNS.contains(&ws[k].text) || ws[k].quoted || !(that_follows || introduces) {
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
