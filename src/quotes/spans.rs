//! Quote marks and the spans they enclose in one paragraph: marks of every style, apostrophes told
//! from single quotes, and unclosed quotes run to the paragraph's end.

use super::verbs::is_speech_verb;

pub(super) const DOUBLE_MARKS: &[char] = &[
    '"', '\u{201c}', '\u{201d}', '\u{201e}', '\u{201f}', '\u{ab}', '\u{bb}',
];

pub(super) const SINGLE_MARKS: &[char] = &[
    '\'', '\u{2018}', '\u{2019}', '\u{201a}', '\u{2039}', '\u{203a}',
];

fn is_opening_punct(c: char) -> bool {
    matches!(
        c,
        '(' | '[' | '{' | '\u{2014}' | '\u{2013}' | '-' | '/' | ':' | ';' | ','
    ) || DOUBLE_MARKS.contains(&c)
        || SINGLE_MARKS.contains(&c)
}

/// One quoted span of a paragraph, in byte offsets.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Span {
    /// The opening mark.
    pub(super) open: usize,
    /// The quoted words, marks excluded.
    pub(super) start: usize,
    pub(super) end: usize,
    /// Just past the closing mark, or `end` when the span runs to the paragraph's end unclosed.
    pub(super) close: usize,
    pub(super) closed: bool,
    pub(super) typo: bool,
}

impl Span {
    /// A span closed by its mark, which ends at `close`.
    fn closed(open: usize, start: usize, end: usize, close: usize) -> Span {
        Span {
            open,
            start,
            end,
            close,
            closed: true,
            typo: false,
        }
    }

    /// A span no mark closes: it runs to `end`.
    fn unclosed(open: usize, start: usize, end: usize) -> Span {
        Span {
            open,
            start,
            end,
            close: end,
            closed: false,
            typo: false,
        }
    }
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
pub(super) fn find_spans(text: &str) -> Vec<Span> {
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
                        spans.push(Span::closed(open, start, i, after));
                        double = None;
                    } else if can_open && i > start {
                        // The open quote was never closed: it ends before this new opening.
                        let end = start + text[start..i].trim_end().len();
                        spans.push(Span::unclosed(open, start, end));
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
                    spans.push(Span::closed(open, start, i, after));
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
            spans.push(Span::unclosed(open, start, end));
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
            typo: true,
            ..Span::unclosed(open, start, end)
        }
    })
}
