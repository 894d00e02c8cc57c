//! Reading names out of text: words with their offsets, runs of capitalised words, a run split into
//! honorific, first, surname and letters after it, and whether a run looks like a person.

use super::lexicon::{
    first_name_gender, honorific_gender, is_honorific_or_title, is_not_name_word, is_role_noun,
    strip_dot, FUNCTION_WORDS, HEADLINE_VERBS, INSTITUTIONS, TITLES,
};
use super::Gender;

/// A cue's subject as the article names the person, without the words the sentence put before
/// the name: `But Mr Peston` → `Mr Peston`, `Harrogate Mr Kennedy` (from `Speaking in Harrogate
/// Mr Kennedy said`) → `Mr Kennedy`. Mentions are listed as the forms a speaker went by.
pub fn as_written(mention: &str) -> &str {
    let ws: Vec<(usize, &str)> = mention
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .collect();
    let lead = ws
        .iter()
        .take_while(|(_, w)| FUNCTION_WORDS.contains(w) && !["The", "A", "An"].contains(w))
        .count();
    let honorific = ws
        .iter()
        .skip(lead)
        .position(|(_, w)| honorific_gender(w).is_some())
        .map(|k| k + lead);
    let from = match honorific {
        Some(h) if h > lead && ws[lead..h].iter().all(|(_, w)| !is_role_noun(w)) => h,
        _ => lead,
    };
    ws.get(from)
        .map_or(mention, |&(start, _)| &mention[start..])
}

/// A word with its byte span.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Word<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    /// Inside a quotation: never a cue's verb or subject.
    pub quoted: bool,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Words: runs of letters and digits, holding inner apostrophes, hyphens and dots ("O'Malley",
/// "Johnson’s", "U.S.", "Mr.") so a possessive or an abbreviation stays one word.
pub(crate) fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next_is_word = chars.peek().is_some_and(|&(_, n)| is_word_char(n));
        let inner = matches!(c, '\'' | '\u{2019}' | '-' | '.') && next_is_word;
        if is_word_char(c) || (start.is_some() && inner) {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            // A dot right after a one-letter word or a short honorific belongs to it ("J.", "Mr.").
            let mut end = i;
            if c == '.' && is_abbrev(&text[s..i]) {
                end = i + 1;
            }
            out.push(Word {
                start: s,
                end,
                text: &text[s..end],
                quoted: false,
            });
        }
    }
    if let Some(s) = start {
        out.push(Word {
            start: s,
            end: text.len(),
            text: &text[s..],
            quoted: false,
        });
    }
    out
}

fn is_abbrev(w: &str) -> bool {
    (w.chars().count() == 1 && w.chars().all(char::is_uppercase))
        || is_honorific_or_title(w) && w.len() <= 4
        || w.contains('.')
}

pub(crate) fn is_capitalised(w: &str) -> bool {
    match w.chars().next() {
        Some(c) if c.is_uppercase() => true,
        // Asked of every word near a quote: only an `a`/`e` can open `al-Assad` or `el-Sisi`.
        Some('a' | 'e') => surname_key(w).len() < w.len(),
        _ => false,
    }
}

/// A surname without the Arabic article glued to it: `al-Assad`, `Al-Assad` and `Assad` are one
/// man's name as reports write it, `el-Sisi` and `Sisi` another's.
pub(super) fn surname_key(w: &str) -> &str {
    ["al-", "Al-", "el-", "El-", "ad-", "ash-"]
        .iter()
        .find_map(|a| w.strip_prefix(a))
        .filter(|rest| rest.chars().next().is_some_and(char::is_uppercase))
        .unwrap_or(w)
}

/// The word without a possessive ending, and whether it had one.
pub(crate) fn strip_possessive(w: &str) -> (&str, bool) {
    for suffix in ["'s", "\u{2019}s", "'", "\u{2019}"] {
        if let Some(base) = w.strip_suffix(suffix) {
            if !base.is_empty() {
                return (base, true);
            }
        }
    }
    (w, false)
}

pub(super) const PARTICLES: &[&str] = &[
    "de", "van", "von", "der", "den", "da", "di", "del", "la", "le", "bin", "al", "el",
];

/// A capitalised run of words: "Labour leader Sir Keir Starmer" gives the run "Sir Keir Starmer".
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct NameRun<'a> {
    pub start: usize,
    pub end: usize,
    pub words: Vec<&'a str>,
    pub possessive: bool,
}

/// Capitalised runs separated by single spaces; a possessive word closes its run.
pub(crate) fn name_runs(text: &str) -> Vec<NameRun<'_>> {
    let ws = words(text);
    let mut out: Vec<NameRun> = Vec::new();
    let mut cur: Option<NameRun> = None;
    for (k, w) in ws.iter().enumerate() {
        let joined = cur.is_some() && k > 0 && {
            let gap = &text[ws[k - 1].end..w.start];
            gap == " " || gap == "\u{a0}"
        };
        let particle = PARTICLES.contains(&w.text)
            && ws
                .get(k + 1)
                .is_some_and(|n| is_capitalised(n.text) && &text[w.end..n.start] == " ");
        // Initials inside a name, before its next word: `Bernard P Achampong` (without its
        // dot), `Evans J.R. Revere` (run together; never opening a run, where they are `U.S.`).
        let name_follows = || {
            ws.get(k + 1).is_some_and(|n| {
                is_capitalised(n.text)
                    && n.text.chars().any(char::is_lowercase)
                    && &text[w.end..n.start] == " "
            })
        };
        let bare_initial = joined
            && w.text.len() == 1
            && !["I", "A"].contains(&w.text)
            && w.text.chars().all(|c| c.is_ascii_uppercase())
            && name_follows();
        let initials = joined
            && w.text.len() >= 4
            && w.text
                .as_bytes()
                .chunks(2)
                .all(|p| p[0].is_ascii_uppercase() && p.get(1) == Some(&b'.'))
            && name_follows();
        let cap = is_capitalised(w.text) && w.text.chars().any(char::is_lowercase)
            || (is_capitalised(w.text) && w.text.chars().count() <= 2 && w.text.ends_with('.'))
            || bare_initial
            || initials;
        if (cap || (particle && joined)) && !w.text.chars().any(|c| c.is_ascii_digit()) {
            let (base, poss) = strip_possessive(w.text);
            match cur.as_mut() {
                Some(run) if joined => {
                    run.words.push(base);
                    run.end = w.end;
                    run.possessive = poss;
                }
                _ => {
                    if let Some(run) = cur.take() {
                        out.push(run);
                    }
                    cur = Some(NameRun {
                        start: w.start,
                        end: w.end,
                        words: vec![base],
                        possessive: poss,
                    });
                }
            }
            if poss {
                if let Some(run) = cur.take() {
                    out.push(run);
                }
            }
        } else if let Some(run) = cur.take() {
            out.push(run);
        }
    }
    if let Some(run) = cur {
        out.push(run);
    }
    out
}

/// A run split into its parts: "Ukrainian Ambassador Vadym Prystaiko" → title "Ukrainian
/// Ambassador", name ["Vadym", "Prystaiko"].
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct NameParts<'a> {
    pub title: Vec<&'a str>,
    pub name: Vec<&'a str>,
    pub gender: Option<Gender>,
    /// Offset in the run's words where the name starts.
    pub name_at: usize,
}

/// Letters that follow a name (a seat or an honour), never part of it.
const POST_NOMINALS: &[&str] = &[
    "MP", "MEP", "MSP", "MLA", "AM", "QC", "KC", "OBE", "MBE", "CBE",
];

/// Whether `w` is letters that may follow a name ("MP", "QC").
pub(crate) fn is_post_nominal(w: &str) -> bool {
    POST_NOMINALS.contains(&w)
}

/// A title or office word before a name, or a hyphenated compound of them ("Secretary-Treasurer",
/// "Attorney-General", "Editor-in-Chief").
pub(super) fn is_title_word(w: &str) -> bool {
    let title = |p: &str| is_honorific_or_title(p) || is_role_noun(p);
    if title(w) {
        return true;
    }
    let parts: Vec<&str> = w.split('-').collect();
    match (parts.first(), parts.last()) {
        // "Co-Chairman", "Vice-President": a prefix makes another office of the same kind.
        (Some(a), Some(b)) if parts.len() == 2 && ["Co", "Vice", "Deputy"].contains(a) => title(b),
        (Some(a), Some(b)) if parts.len() >= 2 => {
            title(a)
                && title(b)
                && parts[1..parts.len() - 1]
                    .iter()
                    .all(|p| ["in", "of", "at"].contains(p))
        }
        _ => false,
    }
}

/// "I'd", "We're", "It's": a capitalised contraction opens a sentence; it names nobody.
pub(super) fn is_contraction(w: &str) -> bool {
    w.split_once(['\'', '\u{2019}'])
        .is_some_and(|(head, tail)| {
            head.chars().count() <= 4
                && ["d", "m", "ve", "ll", "re", "s"].contains(&tail)
                && ["I", "We", "It", "You", "They", "He", "She", "That", "There"].contains(&head)
        })
}

/// "MPs", "MEPs", "CEOs": members of a body, many people who are no one speaker.
pub(super) fn is_plural_acronym(w: &str) -> bool {
    w.strip_suffix('s')
        .is_some_and(|a| a.chars().count() >= 2 && a.chars().all(|c| c.is_ascii_uppercase()))
}

/// Titles that are also common surnames ("Stephen King", "John Major", "Alexander Pope").
const SURNAME_TITLES: &[&str] = &[
    "King", "Pope", "Bishop", "Judge", "Major", "Marshal", "Dean",
];

pub(crate) fn split_run<'a>(words: &[&'a str]) -> NameParts<'a> {
    let mut lead = 0;
    // "New" before another capitalised word is the name's own (`the New York Times`, `New
    // Zealand`), not the adjective opening a sentence.
    while lead < words.len()
        && FUNCTION_WORDS.contains(&words[lead])
        && !(words[lead] == "New" && lead + 1 < words.len())
    {
        lead += 1;
    }
    let mut end = words.len();
    // "Sunil Basra MP", "Ann Lee QC": letters after a name are not a title before one.
    while end > lead + 1 && POST_NOMINALS.contains(&words[end - 1]) {
        end -= 1;
    }
    let words_after = &words[lead..end];
    let mut last_title = words_after.iter().rposition(|w| is_title_word(w));
    // "Amy Pope", "Mr. King": a title word closing a run after a first name or a Mr/Ms is a surname.
    if let Some(t) = last_title {
        if t + 1 == words_after.len() && t > 0 {
            let before = words_after[t - 1];
            // "Labour MP Oona King", "Alexander Pope": titles that are common surnames close a
            // name after any capitalised word that is neither a title nor a place or body.
            let surname_title = SURNAME_TITLES.contains(&words_after[t])
                && !is_title_word(before)
                && !is_not_name_word(before)
                && is_capitalised(before);
            if first_name_gender(before).is_some() || surname_title {
                last_title = words_after[..t - 1].iter().rposition(|w| is_title_word(w));
            } else if honorific_gender(before).is_some() && SURNAME_TITLES.contains(&words_after[t])
            {
                // "Mr King", but "Lord Chancellor" and "Mr President" are offices.
                last_title = Some(t - 1);
            }
        }
    }
    let mut name_at = last_title.map_or(0, |i| i + 1);
    // "House Republican Thomas Massie": the name is what follows the last group or place word.
    if words_after.len() - name_at > 2 {
        if let Some(i) = words_after[name_at..]
            .iter()
            .rposition(|w| is_not_name_word(w))
        {
            if words_after.len() - (name_at + i + 1) >= 2 {
                name_at += i + 1;
            }
        }
    }
    // "support staff union Civicus Neil Harrow": a body's name glued to a person's; the name
    // starts at the first known first name when the run does not open with one.
    // A capitalised particle (`Jamil Al Saadouni`) or a kunya (`Abu Hassan Amer`) is part of
    // the name, though "Al" and "Hassan" are first names too.
    let rest = &words_after[name_at..];
    let particle = |w: &str| {
        PARTICLES.contains(&w.to_lowercase().as_str()) || ["Abu", "Umm", "Ibn"].contains(&w)
    };
    if rest.len() >= 3 && first_name_gender(rest[0]).is_none() && !particle(rest[0]) {
        if let Some(j) = (1..rest.len() - 1)
            .find(|&j| first_name_gender(rest[j]).is_some() && !particle(rest[j]))
        {
            name_at += j;
        }
    }
    let gender = words_after[..name_at]
        .iter()
        .rev()
        .find_map(|w| honorific_gender(w));
    NameParts {
        title: words_after[..name_at].to_vec(),
        name: words_after[name_at..].to_vec(),
        gender,
        name_at: lead + name_at,
    }
}

/// A single capitalised word that could be someone's surname: no function word, place or group.
pub(crate) fn plausible_surname(w: &str) -> bool {
    !is_not_name_word(w)
        && !FUNCTION_WORDS.contains(&w)
        && !TITLES.contains(&w)
        && w.chars().any(char::is_lowercase)
        && w.chars().count() > 1
}

/// "Jr", "Sr": a generation closing a full name ("Robert P. Casey Jr.") is not its surname.
const GENERATIONS: &[&str] = &["Jr", "Sr"];

/// The name words without a closing generation.
pub(super) fn without_generation<'a, 'b>(name: &'b [&'a str]) -> &'b [&'a str] {
    match name.split_last() {
        Some((last, rest)) if rest.len() >= 2 && GENERATIONS.contains(&strip_dot(last)) => rest,
        _ => name,
    }
}

/// Whether the name words look like a person's name rather than a place or organisation.
/// `UneBougiePourParis`, `TheLloydGrove`, `BobicFlagShareLike`: words run together, as in a hashtag,
/// a handle or page furniture pasted into the text, turn from lower to upper case more than once;
/// a surname does so once at most ("McDonald", "DeSantis").
pub(super) fn is_run_together(w: &str) -> bool {
    let turns = w
        .chars()
        .zip(w.chars().skip(1))
        .filter(|(a, b)| a.is_lowercase() && b.is_uppercase())
        .count();
    turns >= 2
}

pub(crate) fn looks_like_person(name: &[&str], has_honorific: bool) -> bool {
    let name = without_generation(name);
    if name.is_empty() || name.len() > 4 || name.iter().any(|w| is_run_together(w)) {
        return false;
    }
    // "Bashing Trump", "Reading Glasses": a gerund opens a phrase, not a name.
    if name.len() >= 2
        && name[0].len() > 4
        && name[0].ends_with("ing")
        && first_name_gender(name[0]).is_none()
    {
        return false;
    }
    // "Obama Hits Clinton", "May Slams Corbyn": a title-case headline repeated in the text, its
    // verb between two names.
    if name.len() >= 3
        && name[1..name.len() - 1]
            .iter()
            .any(|w| HEADLINE_VERBS.contains(w))
    {
        return false;
    }
    // "the Senn Valley Flood Bill", "the Finance Bill": a law, though Bill is a first name.
    if name.len() >= 2 && name.last() == Some(&"Bill") {
        return false;
    }
    let known_first = name.len() >= 2 && first_name_gender(name[0]).is_some();
    let strong = (has_honorific || known_first) && name.len() <= 3;
    let institution = name.iter().any(|w| INSTITUTIONS.contains(w));
    let strong = strong && !institution;
    if !strong
        && name
            .iter()
            .any(|w| is_not_name_word(w) || FUNCTION_WORDS.contains(w))
    {
        return false;
    }
    if name.iter().any(|w| {
        w.chars().count() > 1
            && w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
            && !w.contains('.')
    }) {
        return false; // acronyms: NHS, GCHQ
    }
    has_honorific || name.len() >= 2
}

/// Whether one name's words end the other's, two words or more: `Roma Jayne` and `Emma Roma
/// Jayne`, `Le Clair` and `Craig Le Clair` are one person.
pub(super) fn ends_the_other(known: &str, name: &[&str]) -> bool {
    let known: Vec<&str> = known.split(' ').collect();
    let (short, long) = if known.len() <= name.len() {
        (&known[..], name)
    } else {
        (name, &known[..])
    };
    short.len() >= 2 && short.len() < long.len() && long.ends_with(short)
}
