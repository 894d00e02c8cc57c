//! The entity table of one article (first version: a capitalised name next to "said").

use crate::article::Article;

pub fn speaker_in(para: &str) -> Option<String> {
    let words: Vec<&str> = para.split_whitespace().collect();
    let at = words.iter().position(|w| w.trim_matches(',') == "said")?;
    let name: Vec<&str> = words[at + 1..]
        .iter()
        .take_while(|w| w.starts_with(|c: char| c.is_uppercase()))
        .map(|w| w.trim_end_matches(['.', ',']))
        .collect();
    (!name.is_empty()).then(|| name.join(" "))
}

pub fn canonicalize_archive(_articles: &mut [Article]) {}
