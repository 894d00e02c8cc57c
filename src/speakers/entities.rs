//! The entity table of one article: every person as first introduced, with the roles, honorifics
//! and gender the text gives them.

use super::lexicon::{
    first_name_gender, honorific_gender, is_honorific_or_title, is_role_noun, kin_gender,
    FUNCTION_WORDS,
};
use super::names::{
    ends_the_other, is_capitalised, looks_like_person, name_runs, split_run, strip_possessive,
    surname_key, without_generation, words, Word,
};
use super::Gender;
use std::borrow::Cow;
use std::collections::HashSet;

/// One person the article names.
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    /// Full name as first introduced, without honorific or title: "Keir Starmer".
    pub name: String,
    pub first: Option<String>,
    pub last: String,
    pub gender: Option<Gender>,
    /// Roles the article gives them: "Labour leader", "Defence Secretary", "US former national
    /// security adviser"; kept in the order met.
    pub roles: Vec<String>,
    /// Met only by a first name so far (`his wife, Jane,`): a full name starting with it is
    /// the same person.
    pub by_first_name: bool,
    /// Introduced as someone's relative (`Fischer's mother, Adrianne Fischer`): a bare surname
    /// they share still means the person the story is about.
    pub relative: bool,
}

/// The entity table of one article.
#[derive(Debug, Clone, Default)]
pub struct Entities {
    pub people: Vec<Person>,
    /// Capitalised words seen first in a sentence or list item (`- Landlords will …`).
    initial: HashSet<String>,
    /// Capitalised words seen anywhere else in running text: names, not just sentence case.
    medial: HashSet<String>,
}

impl Entities {
    /// Builds the table from an article's texts in reading order.
    pub fn from_texts<'a>(texts: impl IntoIterator<Item = &'a str>) -> Entities {
        let mut table = Entities::default();
        for text in texts {
            table.add_text(text);
        }
        table
    }

    fn add_text(&mut self, text: &str) {
        let text = &Self::without_nicknames(text);
        let ws = words(text);
        self.note_capitals(text, &ws);
        // `Good Effective Tutoring`, `Compare Proposals Wisely`: a subheading set in title case
        // names a topic, not a person.
        if is_subheading(text, &ws) {
            return;
        }
        for run in name_runs(text) {
            // `his Christmas Midnight Mass`, `their Annual Review`: a name takes no possessive
            // determiner, so what follows one is a thing or an event.
            let owned = text[..run.start]
                .trim_end()
                .rsplit(char::is_whitespace)
                .next()
                .is_some_and(|w| ["his", "her", "their", "its", "our", "my", "your"].contains(&w));
            if owned {
                continue;
            }
            let parts = split_run(&run.words);
            let has_hon =
                !parts.title.is_empty() && parts.title.iter().any(|w| is_honorific_or_title(w));
            // `Michelle, a mother of twins, said`: a vox-pop names a person by a first name and
            // a description of her.
            let vox_pop = parts.title.is_empty()
                && parts.name.len() == 1
                && !run.possessive
                && first_name_gender(parts.name[0]).is_some()
                && [", a ", ", an "]
                    .iter()
                    .any(|a| text[run.end..].starts_with(a));
            if vox_pop {
                let gender = first_name_gender(parts.name[0]);
                self.add_person(&parts.name, gender, Vec::new());
                continue;
            }
            // `Trump's wife, Melania, is …`, `his brother Tom`: a relative named by first name.
            let kin = kin_gender(&text[..run.start]);
            if kin.is_some() && parts.title.is_empty() && parts.name.len() == 1 && !run.possessive {
                self.add_person(&parts.name, kin, Vec::new());
                if let Some(p) = self.people.iter_mut().find(|p| p.name == parts.name[0]) {
                    p.by_first_name = p.first.is_none();
                }
                continue;
            }
            if !looks_like_person(&parts.name, has_hon) || described_as_body(&text[run.end..]) {
                continue;
            }
            let mut roles = Vec::new();
            let title_role: Vec<&str> = parts
                .title
                .iter()
                .copied()
                .filter(|w| {
                    honorific_gender(w).is_none() && !["Dr", "Dr.", "Prof", "Prof."].contains(w)
                })
                .collect();
            let before = role_before(text, &ws, run.start);
            let mut role_words: Vec<String> = before.into_iter().map(str::to_string).collect();
            role_words.extend(title_role.iter().map(|s| s.to_string()));
            if !role_words.is_empty()
                && role_words
                    .iter()
                    .any(|w| is_role_noun(w) || is_honorific_or_title(w))
            {
                roles.push(role_words.join(" "));
            }
            if !run.possessive {
                if let Some(app) = appositive_role(&text[run.end..]) {
                    roles.push(app);
                }
            }
            self.add_person(&parts.name, parts.gender.or(kin), roles);
            if kin.is_some() && parts.name.len() >= 2 {
                let full = parts.name.join(" ");
                if let Some(p) = self.people.iter_mut().find(|p| p.name == full) {
                    p.relative = true;
                }
            }
        }
    }

    /// `Lenny "the Hammer" Cole` → `Lenny Cole`: a nickname set in quotes between a first name and a
    /// surname hides the full name from the table.
    fn without_nicknames(text: &str) -> Cow<'_, str> {
        // Most paragraphs hold no mark after a space: nothing to tokenize.
        if ![" \"", " \u{201c}", " '", " \u{2018}"]
            .iter()
            .any(|m| text.contains(m))
        {
            return Cow::Borrowed(text);
        }
        let ws = words(text);
        let opens = |gap: &str| {
            gap.strip_prefix(' ')
                .is_some_and(|m| ["\"", "\u{201c}", "'", "\u{2018}"].contains(&m))
        };
        let closes = |gap: &str| {
            gap.strip_suffix(' ')
                .is_some_and(|m| ["\"", "\u{201d}", "'", "\u{2019}"].contains(&m))
        };
        let mut cuts: Vec<(usize, usize)> = Vec::new();
        for k in 0..ws.len().saturating_sub(2) {
            if !opens(&text[ws[k].end..ws[k + 1].start]) || first_name_gender(ws[k].text).is_none()
            {
                continue;
            }
            let close = (k + 1..(k + 5).min(ws.len() - 1))
                .find(|&j| closes(&text[ws[j].end..ws[j + 1].start]))
                .filter(|&j| is_capitalised(ws[j + 1].text));
            if let Some(j) = close {
                cuts.push((ws[k].end, ws[j + 1].start));
            }
        }
        if cuts.is_empty() {
            return Cow::Borrowed(text);
        }
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        for (from, to) in cuts {
            out.push_str(&text[at..from]);
            out.push(' ');
            at = to;
        }
        out.push_str(&text[at..]);
        Cow::Owned(out)
    }

    /// Records where capitalised words stand: first in a sentence or list item, or elsewhere. A
    /// title-case text ("Flooded Homes Get Grants") shows nothing and is skipped.
    fn note_capitals(&mut self, text: &str, ws: &[Word]) {
        let long = |w: &&Word| w.text.chars().count() >= 4;
        let lower = ws
            .iter()
            .filter(long)
            .filter(|w| !is_capitalised(w.text))
            .count();
        let upper = ws
            .iter()
            .filter(long)
            .filter(|w| is_capitalised(w.text))
            .count();
        if lower <= 1 && upper >= 3 {
            return;
        }
        let mut prev_end = 0;
        for (k, w) in ws.iter().enumerate() {
            let gap = text.get(prev_end..w.start).unwrap_or_default();
            prev_end = w.end;
            if !is_capitalised(w.text) {
                continue;
            }
            let word = strip_possessive(w.text).0.to_string();
            if k == 0 || gap.contains(['.', '?', '!', '\u{2022}']) {
                self.initial.insert(word);
            } else {
                self.medial.insert(word);
            }
        }
    }

    /// A capitalised word the article only ever puts first in a sentence or list item: ordinary
    /// sentence case ("Flooded households can …"), not a name.
    pub fn only_initial(&self, word: &str) -> bool {
        self.initial.contains(word) && !self.medial.contains(word)
    }

    /// Adds a person, or what this mention teaches about one already in the table. Past
    /// [`MAX_PEOPLE`] only those already in it learn more.
    fn add_person(&mut self, name: &[&str], gender: Option<Gender>, roles: Vec<String>) {
        // The canonical name ends on the surname, as later mentions ("Mr. Casey") give it.
        let name = without_generation(name);
        let last = surname_key(name.last().copied().unwrap_or_default()).to_string();
        let first = (name.len() >= 2).then(|| name[0].to_string());
        let found = self
            .people
            .iter()
            .position(|p| {
                p.last == last
                    && match (&p.first, &first) {
                        (Some(a), Some(b)) => a == b || ends_the_other(&p.name, name),
                        _ => true,
                    }
            })
            .or_else(|| {
                // `his wife, Jane,` then `Jane Sanders`: the relative's full name.
                let first = first.as_deref()?;
                let i = self
                    .people
                    .iter()
                    .position(|p| p.by_first_name && p.last == first)?;
                let p = &mut self.people[i];
                (p.last, p.by_first_name) = (last.clone(), false);
                Some(i)
            });
        let idx = match found {
            Some(i) => i,
            None if self.people.len() >= MAX_PEOPLE => return,
            None => {
                self.people.push(Person {
                    name: name.join(" "),
                    first: first.clone(),
                    last: last.clone(),
                    gender: None,
                    roles: Vec::new(),
                    by_first_name: false,
                    relative: false,
                });
                self.people.len() - 1
            }
        };
        let p = &mut self.people[idx];
        // A full name met after a bare surname, or one with more words in front (`Emma Roma
        // Jayne` after `Roma Jayne`; not `Loretta E. Lynch` after `Loretta Lynch`), becomes the
        // canonical form.
        let longer = p.first != first && name.len() > p.name.split(' ').count();
        if first.is_some() && (p.first.is_none() || longer) {
            p.first = first.clone();
            p.name = name.join(" ");
        }
        let by_first = p.first.as_deref().and_then(first_name_gender);
        p.gender = p.gender.or(gender).or(by_first);
        for r in roles {
            if !p.roles.contains(&r) {
                p.roles.push(r);
            }
        }
    }

    /// People whose last name (or, after "Sir"/"Dame", first name) is `word`.
    pub(super) fn by_name_word(&self, word: &str, first_name: bool) -> Option<usize> {
        let hits: Vec<usize> = self
            .people
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                if first_name {
                    p.first.as_deref() == Some(word)
                } else {
                    p.last == surname_key(word)
                }
            })
            .map(|(i, _)| i)
            .collect();
        (hits.len() == 1).then(|| hits[0])
    }

    /// People holding a role whose words end with `role` ("foreign secretary").
    pub(super) fn by_role(&self, role: &str) -> Option<usize> {
        let role = role.to_lowercase();
        let hits: Vec<usize> = self
            .people
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                p.roles
                    .iter()
                    .any(|r| holds_office(&r.to_lowercase(), &role))
            })
            .map(|(i, _)| i)
            .collect();
        (hits.len() == 1).then(|| hits[0])
    }
}

/// Words before an office that make it a different post: the Shadow Transport Secretary is not
/// "the Transport Secretary", nor is a former or deputy one.
pub(super) const OTHER_OFFICE: &[&str] = &[
    "shadow",
    "former",
    "ex",
    "deputy",
    "vice",
    "assistant",
    "junior",
    "under",
    "late",
    "opposition",
];

/// Whether a role the article gave someone (`held`, lower case) is the office `title` names:
/// equal, or `title` qualified only by words that keep the post (`US Transport Secretary`).
pub(super) fn holds_office(held: &str, title: &str) -> bool {
    if held == title {
        return true;
    }
    let Some(lead) = held.strip_suffix(title) else {
        return false;
    };
    let Some(lead) = lead.strip_suffix(' ') else {
        return false;
    };
    !lead.split([' ', '-']).any(|w| OTHER_OFFICE.contains(&w))
}

/// Role words standing right before a name: "Labour leader", "Ukraine's president".
fn role_before<'a>(text: &'a str, ws: &[Word<'a>], run_start: usize) -> Vec<&'a str> {
    let k = ws.partition_point(|w| w.start < run_start);
    if ws.get(k).is_none_or(|w| w.start != run_start) {
        return Vec::new();
    }
    let mut i = k;
    let mut out: Vec<&str> = Vec::new();
    while i > 0 && out.len() < 5 {
        let w = ws[i - 1];
        let gap = &text[w.end..ws[i].start];
        if gap != " " {
            break;
        }
        let lw = w.text.to_lowercase();
        let stop = [
            "the", "a", "an", "and", "but", "with", "by", "to", "of", "said", "says",
        ];
        // `Earlier Tory leader Michael Howard`, `Meanwhile Labour MP …`: a sentence's opening
        // word is no part of the office.
        let opener = FUNCTION_WORDS.contains(w.text) && !ROLE_MODIFIERS.contains(&lw.as_str());
        if stop.contains(&lw.as_str()) || opener {
            break;
        }
        let modifier = ROLE_MODIFIERS.contains(&lw.as_str()) && !out.is_empty();
        // `environment minister Laura Kemble`: one lower-case noun naming the office's field.
        let field = out.len() == 1
            && is_role_noun(out[0])
            && w.text.chars().all(char::is_lowercase)
            && w.text.len() >= 4
            && !["ed", "ly"].iter().any(|e| lw.ends_with(e));
        let keep = is_role_noun(w.text)
            || modifier
            || field
            || is_honorific_or_title(w.text)
            || (!out.is_empty()
                && (is_capitalised(w.text) || lw.ends_with("'s") || lw.ends_with("\u{2019}s")));
        if !keep {
            break;
        }
        out.insert(0, w.text);
        i -= 1;
    }
    if out
        .iter()
        .any(|w| is_role_noun(w) || is_honorific_or_title(w))
    {
        out
    } else {
        Vec::new()
    }
}

/// Lower-case words that qualify a role: "first minister", "shadow home secretary".
const ROLE_MODIFIERS: &[&str] = &[
    "first",
    "former",
    "deputy",
    "shadow",
    "acting",
    "interim",
    "senior",
    "junior",
    "new",
    "top",
    "chief",
    "foreign",
    "prime",
    "general",
    "vice",
    "executive",
    "national",
    "security",
    "political",
    "home",
    "defence",
    "defense",
    "health",
    "finance",
    "party",
    "opposition",
    "press",
    "communications",
    "campaign",
    "policy",
    "state",
    "labour",
    "council",
    "city",
];

/// ", the US former national security adviser," after a name.
fn appositive_role(after: &str) -> Option<String> {
    let rest = after.strip_prefix(", ")?;
    // Ten words at most: a bounded look keeps a paragraph without punctuation linear.
    let rest = &rest[..rest.floor_char_boundary(400)];
    let end = rest.find([',', '.', ';', '(', '"', '\u{201c}', ')'])?;
    let phrase = &rest[..end];
    let ws: Vec<&str> = phrase.split_whitespace().collect();
    if ws.is_empty() || ws.len() > 10 || !ws.iter().any(|w| is_role_noun(w)) {
        return None;
    }
    let first = ws[0].to_lowercase();
    let phrase = if ["the", "a", "an"].contains(&first.as_str()) {
        ws[1..].join(" ")
    } else if ws
        .iter()
        .all(|w| !is_capitalised(w) || is_role_noun(w) || w.ends_with("'s"))
        || is_role_noun(ws[0])
    {
        ws.join(" ")
    } else {
        return None;
    };
    Some(phrase)
}

/// The most people one article's table holds. A report names dozens; a text naming thousands is
/// a list or a directory, and every look-up in the table would grow with it (quadratic time over
/// the article). Names past this many resolve as written.
const MAX_PEOPLE: usize = 1_000;

/// Whether the words after a name describe it as an organisation (`Castellan Venues, the company
/// that wants the hall`): then it is no person, whatever its words look like.
fn described_as_body(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(", ") else {
        return false;
    };
    let mut ws = rest.split_whitespace();
    let det = ws.next().unwrap_or_default();
    let head = ws.next().unwrap_or_default().trim_end_matches([',', '.']);
    ["the", "a", "an"].contains(&det)
        && [
            "company",
            "firm",
            "group",
            "charity",
            "organisation",
            "organization",
            "business",
            "chain",
            "retailer",
            "developer",
            "brand",
            "band",
            "club",
            "agency",
            "startup",
        ]
        .contains(&head)
}

/// A short line in title case without a full stop (`Compare Proposals Wisely`, `What is Good
/// Effective Tutoring?`): a subheading or a product's name.
pub(crate) fn is_subheading(text: &str, ws: &[Word]) -> bool {
    let t = text.trim();
    let caps = ws.iter().filter(|w| is_capitalised(w.text)).count();
    !t.ends_with(['.', '!', ':', '"', '\u{201d}', '\'', '\u{2019}', ')'])
        && (2..=8).contains(&ws.len())
        && caps + 1 >= ws.len()
        && caps >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_nickname_does_not_hide_the_full_name() {
        assert_eq!(
            Entities::without_nicknames("He played Lenny \"the Hammer\" Cole and won."),
            "He played Lenny Cole and won."
        );
        let t = Entities::from_texts(["He played Lenny \u{201c}the Hammer\u{201d} Cole."]);
        assert!(t.people.iter().any(|p| p.name == "Lenny Cole"));
        // Not a nickname: a quote after a name that opens the next words.
        assert_eq!(
            Entities::without_nicknames("Said Ann \"yes\" to it."),
            "Said Ann \"yes\" to it."
        );
    }
}
