//! Who is who in one article, and who a mention means. Owns the entity table (full names as first
//! introduced, their roles, honorifics and gender), the resolution of a cue's subject ("she",
//! "Ms Truss", "the Foreign Secretary", "Foreign Sec", "Sir Keir") to one of those people, and the
//! cross-article [`NameIndex`] that lets a surname alone stand for the one full name an archive knows.
//!
//! API: [`Entities::from_texts`] builds the table of one article; [`Resolver::resolve`] turns a
//! mention into a [`Resolved`] (speaker, role, how), fed with salience by
//! [`Resolver::note_subject`] / [`Resolver::note_speaker`] while reading; [`NameIndex`] (or the
//! one-shot [`canonicalize`]) maps names across an archive.
//!
//! Pronouns are resolved by gender and salience: the candidates are people who were recently the
//! *subject* of a sentence or the speaker of a quote, never names that only stood as objects
//! ("met with Ambassador X", "speaking to LBC's Y"), because a news report's "he said" almost always
//! continues the person the report is about, not the nearest name. The latest candidate whose
//! gender fits wins, and one whose gender the text never showed fits either pronoun (then keeps
//! the one it took); nobody the quote itself names ("Victor has been good to us," she said) is a
//! candidate. Firms (a name ending in Homes, Rail, Airlines, ...) are never people.
//!
//! Offices: "the Transport Secretary" never matches a Shadow, former or deputy holder; a lower-case
//! office with "the" ("the union leader", "the former minister") points back at the recent person
//! holding it, else the latest subject or speaker (never for "the spokesman"/"the official").
//! Letters after a name ("Sunil Basra MP") end it.
//!
//! Layout: `lexicon` holds the word lists, `names` reads names out of text, `entities` builds the
//! table and `resolver` answers for mentions; this file maps names across an archive.
//!
//! Sentence case: the table notes where each capitalised word stands. A lone word not in the table
//! that the article only ever puts first in a sentence or list item ("Flooded households can …",
//! "- Landlords will …") resolves as `sentence-initial`, kept as written but marked so that the
//! quote rules can refuse it; title-case texts (headlines) are not counted, and group sources
//! ("Labour") and acronyms are names wherever they stand.

mod entities;
mod lexicon;
mod names;
mod resolver;
#[cfg(test)]
mod tests;

pub use entities::{Entities, Person};
pub(crate) use lexicon::{
    first_name_gender, is_group_source, is_headline_verb, is_honorific_or_title, is_month_or_day,
    is_role_noun, WordSet, ANONYMOUS_ROLES, DAYS,
};
pub use names::as_written;
pub(crate) use names::{
    is_capitalised, is_post_nominal, looks_like_person, name_runs, plausible_surname, split_run,
    strip_possessive, words, NameRun, Word,
};
pub(crate) use resolver::anonymous_source;
pub use resolver::{Resolved, Resolver};

use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// Names across an archive: maps a surname alone, or any shorter form, to the one full name the
/// archive knows with that last name.
///
/// The indexer builds it once from every resolved speaker of every article
/// (`NameIndex::new(all_speakers)`), then passes each speaker through [`NameIndex::canonicalize`]
/// before writing the quote document. A surname maps to a full name only when exactly one full
/// name in the archive ends with it, so "Truss" becomes "Liz Truss" but "Johnson" stays "Johnson"
/// when the archive has both "Boris Johnson" and "Lyndon Johnson". Case and honorifics are
/// ignored when matching; the returned form is the full name as first given to the index.
#[derive(Debug, Clone, Default)]
pub struct NameIndex {
    /// lower-case last name → distinct full names with it.
    by_last: HashMap<String, Vec<String>>,
}

impl NameIndex {
    pub fn new<I, S>(names: I) -> NameIndex
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut index = NameIndex::default();
        for name in names {
            index.add(name.as_ref());
        }
        index
    }

    /// Adds one name; names of one word are only ever looked up, never targets.
    pub fn add(&mut self, name: &str) {
        let parts = name_words(name);
        if parts.len() < 2 {
            return;
        }
        let full = parts.join(" ");
        let Some(last) = parts.last() else { return };
        let slot = self.by_last.entry(last.to_lowercase()).or_default();
        if !slot.iter().any(|n| n.eq_ignore_ascii_case(&full)) {
            slot.push(full);
        }
    }

    /// The archive's full name for `name`, or `name` unchanged when it is already full or the
    /// archive knows no single full name it could stand for.
    pub fn canonicalize(&self, name: &str) -> String {
        let parts = name_words(name);
        let Some(last) = parts.last() else {
            return name.to_string();
        };
        let Some(fulls) = self.by_last.get(&last.to_lowercase()) else {
            return name.to_string();
        };
        let candidates: Vec<&String> = fulls
            .iter()
            .filter(|f| {
                parts.len() < 2
                    || f.split_whitespace()
                        .next()
                        .is_some_and(|first| first.eq_ignore_ascii_case(parts[0]))
            })
            .collect();
        match candidates.as_slice() {
            [one] => (*one).clone(),
            _ => name.to_string(),
        }
    }
}

/// A name without honorifics and titles: "Sir Keir Starmer" → ["Keir", "Starmer"].
fn name_words(name: &str) -> Vec<&str> {
    let ws: Vec<&str> = name.split_whitespace().collect();
    split_run(&ws).name
}

/// Convenience form of [`NameIndex`]: canonicalises `name` against `known` full names.
pub fn canonicalize<S: AsRef<str>>(known: &[S], name: &str) -> String {
    NameIndex::new(known.iter().map(AsRef::as_ref)).canonicalize(name)
}
