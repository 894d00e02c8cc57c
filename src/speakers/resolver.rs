//! Who a mention means: a cue's subject ("she", "Ms Truss", "the Foreign Secretary", "Foreign Sec")
//! resolved against the entity table, with the salience pronouns are read by.

use super::entities::{holds_office, Entities, OTHER_OFFICE};
use super::lexicon::{
    is_honorific_or_title, is_month_or_day, is_not_name_word, is_role_noun, strip_dot,
    ANONYMOUS_ROLES, FUNCTION_WORDS, GROUP_SOURCES, NOT_NAME_WORDS, ROLE_NOUNS, SCRIPT_PARTS,
};
use super::names::{
    ends_the_other, is_capitalised, is_contraction, is_plural_acronym, is_post_nominal,
    is_run_together, is_title_word, looks_like_person, name_runs, split_run, strip_possessive,
    surname_key, without_generation, words, NameParts, PARTICLES,
};
use super::Gender;
use std::collections::HashMap;

/// What a mention resolved to, and by which rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    pub speaker: Option<String>,
    pub role: Option<String>,
    /// "name", "surname", "honorific", "pronoun", "title", "alias", "source", "unresolved",
    /// "sentence-initial" (a lone word the article only puts first in a sentence or list item).
    pub how: &'static str,
    pub person: Option<usize>,
}

impl Resolved {
    pub fn none(how: &'static str) -> Resolved {
        Resolved {
            speaker: None,
            role: None,
            how,
            person: None,
        }
    }
}

/// Abbreviated titles of headlines, expanded before a role is looked up.
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("sec", "secretary"),
    ("pm", "prime minister"),
    ("gov", "governor"),
    ("sen", "senator"),
    ("rep", "representative"),
    ("pres", "president"),
    ("min", "minister"),
    ("chancellor", "chancellor"),
];

const PRONOUNS_M: &[&str] = &["he", "him", "his"];

const PRONOUNS_F: &[&str] = &["she", "her"];

/// Resolution in reading order: the table, plus who has been salient so far.
#[derive(Debug, Clone)]
pub struct Resolver {
    pub entities: Entities,
    /// (person, was a speaker) in the order they were subjects or speakers.
    history: Vec<(usize, bool)>,
    /// Titles learned while reading ("foreign secretary" → the person it stood for).
    aliases: HashMap<String, usize>,
    /// People the quote being attributed names in the third person: a pronoun cue never stands for
    /// them (`"Victor has been good to this club," she said` is not Victor's).
    named_in_quote: Vec<usize>,
    /// Of those, the ones named by an office (`the Prime Minister`, `the prime minister`): a
    /// description cannot stand for them either.
    office_in_quote: Vec<usize>,
    /// An unnamed source ("a Brackwater spokesman", "a spokeswoman for the council") that spoke
    /// after everyone in `history`: the length of `history` then, and the source's gender if the
    /// noun gives one. Its "he added" is its own, not the last named speaker's.
    anonymous: Option<(usize, Option<Gender>)>,
    /// People named anywhere in sentences read so far, latest last, subjects or not.
    mentioned: Vec<usize>,
    /// The people each surname and first name stands for, in table order: a quote's words find
    /// whom it names without a pass over the whole table for each word.
    by_name: HashMap<String, Vec<usize>>,
}

impl Resolver {
    pub fn new(entities: Entities) -> Resolver {
        let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, p) in entities.people.iter().enumerate() {
            for name in std::iter::once(&p.last).chain(p.first.as_ref()) {
                let people = by_name.entry(name.clone()).or_default();
                if !people.contains(&i) {
                    people.push(i);
                }
            }
        }
        Resolver {
            by_name,
            entities,
            history: Vec::new(),
            aliases: HashMap::new(),
            named_in_quote: Vec::new(),
            office_in_quote: Vec::new(),
            anonymous: None,
            mentioned: Vec::new(),
        }
    }

    /// The resolution naming table person `i`.
    pub(crate) fn resolved(&self, i: usize, how: &'static str) -> Resolved {
        let p = &self.entities.people[i];
        Resolved {
            speaker: Some(p.name.clone()),
            role: p.roles.first().cloned(),
            how,
            person: Some(i),
        }
    }

    /// Whether no one has been a subject or speaker yet: the report has named nobody so far.
    pub fn nobody_yet(&self) -> bool {
        self.history.is_empty() && self.mentioned.is_empty()
    }

    /// Whether `person` spoke in the stretch of the report salience looks back over.
    pub fn has_spoken(&self, person: usize) -> bool {
        self.history
            .iter()
            .rev()
            .take(12)
            .any(|&(i, spoke)| i == person && spoke)
    }

    /// Records that a person was the subject of a sentence: they become a pronoun candidate.
    pub fn note_subject(&mut self, person: usize) {
        self.push_history(person, false);
    }

    /// Salience only ever looks back a few sentences, so an endless article keeps a short history.
    fn push_history(&mut self, person: usize, spoke: bool) {
        if self.history.len() >= 256 {
            self.history.drain(..128);
        }
        self.history.push((person, spoke));
    }

    /// Sets the people a pronoun cue cannot stand for: those named (first name, surname or an
    /// office the report gave them) in the quote being attributed, and in the words the pronoun
    /// governs. `"Victor has been good to this club," she said`, `she told Dr Carrick`, `he argued
    /// the Shadow Transport Secretary had …`: a pronoun and a name it governs are never one person.
    /// Cleared by passing no texts.
    pub fn set_excluded(&mut self, texts: &[&str]) {
        self.named_in_quote.clear();
        self.office_in_quote.clear();
        for text in texts {
            for w in words(text) {
                let (w, _) = strip_possessive(w.text);
                if !is_capitalised(w) || w.chars().count() < 2 {
                    continue;
                }
                for &i in self.by_name.get(w).into_iter().flatten() {
                    if !self.named_in_quote.contains(&i) {
                        self.named_in_quote.push(i);
                    }
                }
            }
            // `the prime minister` in lower case, once the report has said who that is.
            let lower = format!(
                " {} ",
                words(text)
                    .iter()
                    .map(|w| w.text.to_lowercase())
                    .collect::<Vec<_>>()
                    .join(" ")
            );
            for (title, &i) in &self.aliases {
                if lower.contains(&format!(" the {title} ")) && !self.office_in_quote.contains(&i) {
                    self.office_in_quote.push(i);
                }
            }
            for run in name_runs(text) {
                let title = expand_title(&run.words);
                let office = self
                    .entities
                    .by_role(&title)
                    .or_else(|| self.aliases.get(&title).copied());
                if let Some(i) = office.filter(|i| !self.office_in_quote.contains(i)) {
                    self.office_in_quote.push(i);
                }
            }
        }
        self.named_in_quote
            .extend(self.office_in_quote.iter().copied());
    }

    /// Records the known people a sentence names in any position: a last resort for an office
    /// nobody has been given yet.
    pub fn note_mentions(&mut self, sentence: &str) {
        for run in name_runs(sentence) {
            if let Some(i) = self.lookup_name(&run.words.join(" ")) {
                self.mentioned.retain(|&m| m != i);
                self.mentioned.push(i);
            }
        }
    }

    /// Records that the report said a person was absent or silent: they stop being a pronoun
    /// candidate until they are a subject or speaker again.
    pub fn note_silent(&mut self, person: usize) {
        self.history.retain(|&(i, _)| i != person);
    }

    /// Records that an unnamed source spoke, if `subject` (a cue's subject, or the words before a
    /// speech verb) names one: "a spokeswoman for the council", "a Brackwater spokesman".
    pub fn note_anonymous(&mut self, subject: &str) {
        if let Some(g) = anonymous_source(subject) {
            self.anonymous = Some((self.history.len(), g));
        }
    }

    /// Records who spoke: the strongest pronoun candidate.
    pub fn note_speaker(&mut self, r: &Resolved) {
        if let Some(i) = r.person {
            self.push_history(i, true);
        }
    }

    /// The person a capitalised mention in running text stands for, if the table knows one.
    pub fn lookup_name(&self, mention: &str) -> Option<usize> {
        let ws: Vec<&str> = mention
            .split_whitespace()
            .map(|w| strip_possessive(w).0)
            .collect();
        let parts = split_run(&ws);
        self.person_by_parts(&parts)
    }

    fn person_by_parts(&self, parts: &NameParts) -> Option<usize> {
        let name = without_generation(&parts.name);
        let last = &surname_key(name.last()?);
        if name.len() >= 2 {
            let first = name[0];
            if let Some(i) = self.entities.people.iter().position(|p| {
                &p.last == last
                    && (p.first.as_deref().is_none_or(|f| f == first)
                        || ends_the_other(&p.name, name))
            }) {
                return Some(i);
            }
        }
        // "Sir Keir" names by first name; "Ms Truss" by surname.
        let knighted = parts
            .title
            .last()
            .is_some_and(|t| ["Sir", "Dame", "Lord", "Lady"].contains(&strip_dot(t)));
        if knighted && name.len() == 1 {
            if let Some(i) = self.entities.by_name_word(last, true) {
                return Some(i);
            }
        }
        self.entities
            .by_name_word(last, false)
            .or_else(|| {
                // Two people share the surname: the one the report was last about, else the first
                // met. A bare surname is not a relative's (`Falk` after `Falk's mother, Adra
                // Falk`) while the person the story is about shares it.
                let mut holders: Vec<usize> = (0..self.entities.people.len())
                    .filter(|&i| &self.entities.people[i].last == last)
                    .collect();
                let people = &self.entities.people;
                if parts.title.is_empty() && holders.iter().any(|&i| !people[i].relative) {
                    holders.retain(|&i| !people[i].relative);
                }
                self.latest_of(&holders)
                    .or_else(|| holders.first().copied())
            })
            // `Mr Begg's father, Azmat, said`: a lone word that is nobody's surname but one
            // person's first name is that person. Not a country's name: `Israel said` is the
            // state speaking, not Israel Katz.
            .or_else(|| {
                (name.len() == 1 && parts.title.is_empty() && !NOT_NAME_WORDS.contains(last))
                    .then(|| self.entities.by_name_word(last, true))
                    .flatten()
            })
    }

    /// Of `people`, the one the report was most recently about.
    fn latest_of(&self, people: &[usize]) -> Option<usize> {
        self.history
            .iter()
            .rev()
            .map(|&(i, _)| i)
            .find(|i| people.contains(i))
    }

    /// Resolves a cue's subject as written: a pronoun, a name, a title, or a described source.
    pub fn resolve(&mut self, mention: &str) -> Resolved {
        let (mut r, described) = self.resolve_inner(mention);
        if r.speaker.is_none() {
            self.note_anonymous(mention);
        }
        if r.role.is_none() && r.speaker.is_some() {
            r.role = described;
        }
        r
    }

    /// The resolution, plus the description that led into the name, if any ("politics student").
    fn resolve_inner(&mut self, mention: &str) -> (Resolved, Option<String>) {
        let mut described = None;
        let r = self.resolve_words(mention, &mut described);
        (r, described)
    }

    fn resolve_words(&mut self, mention: &str, described: &mut Option<String>) -> Resolved {
        let m = mention.trim().trim_matches(|c: char| c == ',' || c == '.');
        // `@harwickmayor tweeted`: an account, named as the platform names it.
        if m.len() > 1 && m.starts_with('@') && !m.contains(char::is_whitespace) {
            return Resolved {
                speaker: Some(m.to_string()),
                role: None,
                how: "handle",
                person: None,
            };
        }
        // `Voice: "…"`, `Female Narrator: "…"`: a part of a script, not a person.
        let script = m.split_whitespace().count() <= 2
            && m.split_whitespace()
                .last()
                .is_some_and(|w| SCRIPT_PARTS.contains(&w));
        if script {
            return Resolved::none("script-part");
        }
        // "Scotland's justice minister": an office of a place or body the table holds no person
        // for is "the justice minister".
        if let Some((owner, rest)) = m.split_once(' ') {
            let (base, possessive) = strip_possessive(owner);
            let office = !rest.split_whitespace().any(is_capitalised)
                && rest.split_whitespace().last().is_some_and(is_role_noun);
            if possessive && is_capitalised(base) && office && self.lookup_name(base).is_none() {
                return self.resolve_words(&format!("the {rest}"), described);
            }
        }
        // "the Tory MP for Sleaford and North Hykeham": an office for a place is the office.
        let office_for_place = m.split_once(" for ").map(|(office, _)| office).filter(|o| {
            o.to_lowercase().starts_with("the ")
                && o.split_whitespace().last().is_some_and(is_role_noun)
        });
        // "the Ealing North MP": a seat's member, described by the seat.
        let member_for_seat = m.to_lowercase().starts_with("the ")
            && m.split_whitespace().count() >= 3
            && m.split_whitespace().last().is_some_and(is_post_nominal);
        let office = office_for_place.or(member_for_seat.then_some(m));
        if let Some(office) = office {
            // Lower case, so that "Opposition" is read as the office's word, not a name.
            return self.resolve_words(&office.to_lowercase(), described);
        }
        // "the Archbishop of Canterbury", "the Duke of Edinburgh": a title of a place is the
        // person the article gives that title to, or nobody named; never the place.
        let title_of_place = m
            .split_once(" of ")
            .filter(|(t, p)| {
                t.split_whitespace().last().is_some_and(is_honorific_or_title)
                    && p.split_whitespace().all(is_capitalised)
                    // `Secretary of State John Kerry` names him after the office.
                    && self.lookup_name(p).is_none()
            })
            .is_some();
        if title_of_place {
            let office = m.trim_start_matches("the ").trim_start_matches("The ");
            return match self.entities.by_role(&office.to_lowercase()) {
                Some(i) => self.resolved(i, "title"),
                None => Resolved::none("office"),
            };
        }
        let lower = m.to_lowercase();
        // "a spokesman", "an aide", "a New Hampshire Democrat": someone the article leaves
        // unnamed, never the named holder of the same office nor a place or party.
        let indefinite = ["a ", "an ", "one ", "another "]
            .iter()
            .any(|a| lower.starts_with(a));
        if indefinite {
            return Resolved::none("unnamed");
        }
        if PRONOUNS_M.contains(&lower.as_str()) {
            return self.pronoun(Gender::Male);
        }
        if PRONOUNS_F.contains(&lower.as_str()) {
            return self.pronoun(Gender::Female);
        }
        if ["but", "and", "yet", "when"].contains(&lower.as_str()) {
            return self.elided_subject();
        }
        // `Someone suggested, "…"`: nobody the article names.
        let nobody_named = [
            "they",
            "we",
            "i",
            "you",
            "it",
            "who",
            "which",
            "that",
            "someone",
            "somebody",
            "anyone",
            "anybody",
            "everyone",
            "everybody",
            "nobody",
            "some",
            "others",
            "many",
        ];
        if nobody_named.contains(&lower.as_str()) {
            return Resolved::none("unresolved");
        }
        // `Will wrote`, `While Will acknowledges`, `King says`: a known surname that is also a
        // function word or a title ("Will", "King") is the person, once the words before it are
        // only function words.
        if let Some((last, lead)) = m.split_whitespace().collect::<Vec<_>>().split_last() {
            let ambiguous = FUNCTION_WORDS.contains(last) || is_title_word(last);
            if ambiguous && lead.iter().all(|w| FUNCTION_WORDS.contains(w)) {
                if let Some(i) = self.entities.by_name_word(last, false) {
                    return self.resolved(i, "surname");
                }
            }
        }
        let mut ws: Vec<&str> = m
            .split_whitespace()
            .map(|w| strip_possessive(w).0)
            .collect();
        // "Clinton ally James Carville": the name is the capitalised run after the last lower-case
        // word of the description.
        if let Some(cut) = ws
            .iter()
            .rposition(|w| !is_capitalised(w) && !PARTICLES.contains(w))
        {
            let tail = &ws[cut + 1..];
            let determiner = ["the", "a", "an"].contains(&ws[cut]);
            if tail.len() >= 2
                || (tail.len() == 1 && (!determiner || (cut > 0 && is_capitalised(ws[0]))))
            {
                let lead: Vec<&str> = ws[..=cut]
                    .iter()
                    .copied()
                    .filter(|w| !["the", "a", "an"].contains(w))
                    .collect();
                // "A spokeswoman for Senn Valley Water": the name is whom the source speaks for.
                let speaks_for = lead
                    .last()
                    .is_some_and(|w| ["for", "of", "at", "from"].contains(w));
                if speaks_for && anonymous_source(&lead.join(" ")).is_some() {
                    return Resolved::none("anonymous");
                }
                if !lead.is_empty() {
                    *described = Some(lead.join(" "));
                }
                ws = tail.to_vec();
            }
        }
        let body: Vec<&str> = match ws.first().map(|w| w.to_lowercase()) {
            Some(f) if ["the", "a", "an"].contains(&f.as_str()) => ws[1..].to_vec(),
            _ => ws.clone(),
        };
        if body.is_empty() {
            return Resolved::none("unresolved");
        }
        let definite = ws.first().is_some_and(|w| w.eq_ignore_ascii_case("the"));
        let parts = split_run(&body);
        if parts.name.iter().any(|w| is_run_together(w)) {
            return Resolved::none("not-a-source");
        }
        // `Edwina von Gal`: a particle inside the name is part of it.
        let named = parts.name.last().is_some_and(|w| is_capitalised(w))
            && parts
                .name
                .iter()
                .all(|w| is_capitalised(w) || PARTICLES.contains(w));
        if named {
            if let Some(i) = self.person_by_parts(&parts) {
                let how = if parts.name.len() >= 2 {
                    "name"
                } else if parts.title.is_empty() {
                    "surname"
                } else {
                    "honorific"
                };
                return self.resolved(i, how);
            }
            if looks_like_person(&parts.name, !parts.title.is_empty())
                || parts.name.len() == 1 && !definite
            {
                // A person or source the table has not met as a full name: keep it as written.
                let speaker = without_generation(&parts.name).join(" ");
                let lone = parts.name[0];
                let no_source = parts.name.len() == 1
                    && (FUNCTION_WORDS.contains(&lone)
                        || lone.chars().count() < 2
                        || lone.ends_with("ly")
                        || lone.contains('-')
                        || is_contraction(lone)
                        || is_plural_acronym(lone)
                        || is_month_or_day(lone)
                        || (is_not_name_word(lone)
                            && !lone.chars().all(|c| c.is_uppercase())
                            && !GROUP_SOURCES.contains(&lone)));
                if no_source {
                    return Resolved::none("not-a-source");
                }
                // `- Flooded households can claim …`: a lone word that only ever opens a sentence
                // or list item may be plain sentence case, not a name (a group that speaks as one
                // and an acronym are names). It is kept as written but marked, so that only a
                // speech verb makes it a speaker (`Aides said`), never the `subject` rule or a
                // list item (see `crate::quotes`).
                let sentence_case = parts.name.len() == 1
                    && parts.title.is_empty()
                    && self.entities.only_initial(lone)
                    && !GROUP_SOURCES.contains(&lone)
                    && !lone.chars().all(|c| c.is_uppercase() || !c.is_alphabetic());
                if sentence_case {
                    return Resolved {
                        speaker: Some(speaker),
                        role: None,
                        how: "sentence-initial",
                        person: None,
                    };
                }
                if parts.name.len() == 1 && is_not_name_word(parts.name[0]) && !definite {
                    return Resolved {
                        speaker: Some(speaker),
                        role: None,
                        how: "source",
                        person: None,
                    };
                }
                return Resolved {
                    speaker: Some(speaker),
                    role: (!parts.title.is_empty()).then(|| parts.title.join(" ")),
                    how: if looks_like_person(&parts.name, !parts.title.is_empty()) {
                        "name-unlisted"
                    } else {
                        "source"
                    },
                    person: None,
                };
            }
            // A named organisation as the source: "CBS News reported", "the White House said".
            let institutional = parts.title.is_empty()
                && (2..=5).contains(&parts.name.len())
                && !parts.name.iter().enumerate().any(|(k, w)| {
                    (FUNCTION_WORDS.contains(w) && (k, *w) != (0, "New")) || is_month_or_day(w)
                });
            if institutional {
                return Resolved {
                    speaker: Some(parts.name.join(" ")),
                    role: None,
                    how: "source",
                    person: None,
                };
            }
        }
        // A title: "the Foreign Secretary", "Foreign Sec", "the senator".
        let title = expand_title(&body);
        if body.iter().any(|w| is_title_word(w)) || title != body.join(" ").to_lowercase() {
            if let Some(i) = self.entities.by_role(&title) {
                return self.resolved(i, "title");
            }
            if let Some(&i) = self.aliases.get(&title) {
                return self.resolved(i, "alias");
            }
            // A capitalised office ("the Foreign Secretary") nobody holds in the table stands for the
            // person the report is about: the latest speaker.
            let capital_title =
                body.iter().all(|w| is_capitalised(w)) && (definite || body.len() >= 2);
            if capital_title {
                let latest = self
                    .history
                    .iter()
                    .rev()
                    .find(|(_, spoke)| *spoke)
                    .or_else(|| self.history.last());
                // Someone the article already gave another office ("Labour leader") is not it.
                // A seat ("the Opposition MP") goes with any office; a post does not.
                let seat = body.last().is_some_and(|w| is_seat(w));
                // A party alone ("Tory Liam Fox") is no office, and a seat ("councillor Tom
                // Hadley") goes with any post.
                let free = |i: usize| {
                    seat || self.entities.people[i].roles.iter().all(|r| {
                        let affiliation = !r.split([' ', '-']).any(is_title_word)
                            || r.split_whitespace().last().is_some_and(is_seat);
                        let r = r.to_lowercase();
                        affiliation || holds_office(&r, &title) || title.ends_with(&r)
                    })
                };
                if let Some(&(i, _)) = latest.filter(|&&(i, _)| free(i)) {
                    self.aliases.insert(title.clone(), i);
                    // The office is now known to be theirs: later quotes carry it as their role.
                    let office = body.join(" ");
                    let roles = &mut self.entities.people[i].roles;
                    if !roles.contains(&office) {
                        roles.insert(0, office.clone());
                    }
                    let mut r = self.resolved(i, "title-salient");
                    r.role = Some(office);
                    return r;
                }
            }
            // `the cabinet member described it as …`: a description repeating words of an office
            // the report gave someone ("cabinet member for the environment") is that person, even
            // where its head alone ("member") could be anyone.
            if definite && !capital_title && body.len() >= 2 {
                let said = body.join(" ").to_lowercase();
                let phrase = format!(" {said} ");
                // Not a post that words the description lacks make another one ("deputy").
                let same_post = |r: &str| {
                    r.split([' ', '-'])
                        .all(|w| !OTHER_OFFICE.contains(&w) || said.split(' ').any(|s| s == w))
                };
                let holders: Vec<usize> = (0..self.entities.people.len())
                    .filter(|&i| {
                        self.entities.people[i].roles.iter().any(|r| {
                            let r = r.to_lowercase();
                            format!(" {r} ").contains(&phrase) && same_post(&r)
                        })
                    })
                    .collect();
                let recent = self.latest_of(&holders);
                if let Some(i) = recent.or_else(|| (holders.len() == 1).then(|| holders[0])) {
                    return self.resolved(i, "description-role");
                }
            }
            // `the union leader told reporters`, `the former minister said:` — a lower-case office
            // with "the" points back at someone the report just named: the recent person holding
            // an office with that head word, else the latest subject or speaker. Anonymous
            // sources ("the spokesman", "the official") point at nobody named.
            let head = body
                .last()
                .map(|w| strip_dot(&w.to_lowercase()).to_string())
                .filter(|h| {
                    ROLE_NOUNS.contains(&h.as_str()) && !ANONYMOUS_ROLES.contains(&h.as_str())
                });
            if let Some(head) = head.filter(|_| definite && !capital_title) {
                // Not someone the quote talks about: `"I don't see why the prime minister has to
                // get involved," the Spectator editor said` is not the prime minister's.
                let recent: Vec<usize> = self
                    .history
                    .iter()
                    .rev()
                    .take(6)
                    .map(|&(i, _)| i)
                    .filter(|i| !self.office_in_quote.contains(i))
                    .collect();
                let roles = |i: usize| {
                    self.entities.people[i]
                        .roles
                        .iter()
                        .map(|r| r.to_lowercase())
                        .collect::<Vec<_>>()
                };
                // `the prime minister` is not the environment minister just named, nor the deputy
                // prime minister: a role fits when it has the head, every word of the field, and
                // no word making it another post (deputy, shadow, former) that the words lack.
                // A seat's words name a place, not another post: "the Ealing North MP".
                let seat = is_seat(&head);
                let field: Vec<String> = body[..body.len() - 1]
                    .iter()
                    .filter(|_| !seat)
                    .map(|w| w.to_lowercase())
                    .collect();
                // A bare office ("President Musharraf") says nothing of its field, so it fits
                // any ("the Pakistani president").
                let fits = |r: &str| {
                    let ws: Vec<&str> = r.split([' ', '-']).collect();
                    let bare = ws.iter().all(|w| *w == head);
                    ws.contains(&head.as_str())
                        && (bare || field.iter().all(|f| ws.contains(&f.as_str())))
                        && ws
                            .iter()
                            .all(|w| !OTHER_OFFICE.contains(w) || field.iter().any(|f| f == w))
                };
                let holds = |i: usize| roles(i).iter().any(|r| fits(r));
                // A head of government is one person: someone given any other post ("Tory
                // chairman Liam Fox") is not "the prime minister". A lesser description ("the
                // union leader") may reword the post it points back at, so only the head word
                // counts there. A seat ("Labour MP") goes with any post.
                let said = body.join(" ").to_lowercase();
                let top = [
                    "prime minister",
                    "first minister",
                    "chancellor",
                    "president",
                    "premier",
                    "mayor",
                ]
                .iter()
                .any(|t| said.ends_with(t));
                let other_office = |i: usize| {
                    let posted = roles(i).iter().any(|r| {
                        r.split_whitespace().any(|w| w == head)
                            || top
                                && r.split([' ', '-']).any(is_title_word)
                                && !r.split_whitespace().last().is_some_and(is_seat)
                    });
                    posted && !holds(i)
                };
                let pick = recent
                    .iter()
                    .copied()
                    .find(|&i| holds(i) && !other_office(i))
                    .or_else(|| recent.iter().copied().find(|&i| !other_office(i)))
                    // Someone only named so far (`walked the wall with Edwin Marlow. The prime
                    // minister said …`), when every subject holds another office.
                    .or_else(|| {
                        let taken = recent.iter().any(|&i| other_office(i));
                        self.mentioned
                            .iter()
                            .rev()
                            .copied()
                            .find(|&i| taken && !other_office(i) && !recent.contains(&i))
                    });
                if let Some(i) = pick {
                    // One person holds a top office: a quote that names it talks about them.
                    if top {
                        self.aliases.insert(said, i);
                    }
                    return self.resolved(i, "description-salient");
                }
            }
        }
        Resolved::none("description")
    }

    /// Whether person `i` could be referred to as he/she (`mention`): not known to be the other gender.
    pub fn pronoun_fits(&self, i: usize, mention: &str) -> bool {
        let g = match mention.to_lowercase().as_str() {
            "he" | "him" | "his" => Gender::Male,
            "she" | "her" => Gender::Female,
            _ => return false,
        };
        self.entities
            .people
            .get(i)
            .is_some_and(|p| p.gender.is_none_or(|pg| pg == g))
    }

    /// He/she: the most recent subject or speaker who can be that gender. Someone whose gender the
    /// text never showed ("Professor Idris Kalu", "Manager Kieran Doyle") is as good a candidate as
    /// a known one: passing them over for an older "Mr X" hands the quote to a person the report
    /// has moved away from. Once a pronoun lands on them, their gender is known from then on, so a
    /// later "she" does not also go to a man.
    fn pronoun(&mut self, g: Gender) -> Resolved {
        if self.anonymous_holds(Some(g)) {
            return Resolved::none("pronoun-anonymous");
        }
        match self.latest(Some(g)) {
            Some(i) => {
                let how = if self.entities.people[i].gender.is_some() {
                    "pronoun"
                } else {
                    "pronoun-ungendered"
                };
                self.entities.people[i].gender = Some(g);
                self.resolved(i, how)
            }
            None => Resolved::none("pronoun-unresolved"),
        }
    }

    /// `But told BBC News: "…"`, `And continued: "…"`: a cue whose subject the copy dropped. It
    /// stands where a pronoun would, for the person the report is following, of either gender.
    fn elided_subject(&mut self) -> Resolved {
        if self.anonymous_holds(None) {
            return Resolved::none("elided-anonymous");
        }
        match self.latest(None) {
            Some(i) => self.resolved(i, "elided-subject"),
            None => Resolved::none("elided-unresolved"),
        }
    }

    /// Whether an unnamed source of gender `g` (any, for `None`) came after every named person.
    fn anonymous_holds(&self, g: Option<Gender>) -> bool {
        self.anonymous.is_some_and(|(at, ag)| {
            at >= self.history.len() && (g.is_none() || ag.is_none_or(|ag| Some(ag) == g))
        })
    }

    /// The most recent subject or speaker who can be gender `g` and is not named inside the quote.
    fn latest(&self, g: Option<Gender>) -> Option<usize> {
        self.history
            .iter()
            .rev()
            .take(12)
            .map(|&(i, _)| i)
            .filter(|i| !self.named_in_quote.contains(i))
            .find(|&i| g.is_none_or(|g| self.entities.people[i].gender.is_none_or(|pg| pg == g)))
    }
}

/// Whether words name an unnamed source ("a spokeswoman for the council", "officials"), and the
/// source's gender where the noun gives one.
pub(crate) fn anonymous_source(subject: &str) -> Option<Option<Gender>> {
    let lower = subject.to_lowercase();
    if lower.contains("spokesman") {
        Some(Some(Gender::Male))
    } else if lower.contains("spokeswoman") {
        Some(Some(Gender::Female))
    } else if lower.contains("spokesperson") || lower.contains("official") {
        Some(None)
    } else {
        None
    }
}

/// Whether an office word is an elected seat ("MP", "councillor"): a seat goes with any other
/// post, and the words before it name a place ("the Ealing North MP"), not another office.
fn is_seat(word: &str) -> bool {
    [
        "mp",
        "backbencher",
        "mep",
        "msp",
        "councillor",
        "senator",
        "congressman",
        "congresswoman",
    ]
    .contains(&strip_dot(&word.to_lowercase()))
}

/// "Foreign Sec" → "foreign secretary".
fn expand_title(words: &[&str]) -> String {
    words
        .iter()
        .map(|w| {
            let lw = strip_dot(w).to_lowercase();
            ABBREVIATIONS
                .iter()
                .find(|(a, _)| *a == lw)
                .map_or(lw.clone(), |(_, full)| full.to_string())
        })
        .collect::<Vec<_>>()
        .join(" ")
}
