//! The speech vocabulary: which words are speech verbs (phrasal and participle forms too), the
//! auxiliaries and modals around them, and where a passive reads as `said by`.

use crate::speakers::{is_capitalised, Word, WordSet};

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
pub(super) static MODALS: WordSet = WordSet::new(&[
    "could", "would", "will", "can", "may", "might", "must", "should", "shall", "to", "did",
    "does", "do", "cannot",
]);

/// The plain reporting verbs that frame whatever is said inside them.
pub(super) const SAY: &[&str] = &[
    "said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes",
];

/// Words that may stand between a subject and its verb: "will also say", "has repeatedly said".
pub(super) const AUX: &[&str] = &[
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

pub(super) static PREPOSITIONS: WordSet = WordSet::new(&[
    "to", "with", "by", "of", "for", "at", "on", "from", "against", "about", "in", "into", "than",
    "like", "between", "over", "under", "after", "before", "toward", "towards", "via", "per",
    "without", "behind", "beside", "among", "across", "urge", "urged", "met", "meet", "meets",
    "told", "tell", "asked", "warned", "thanked", "called", "defeated", "beat", "and", "or", "nor",
    "as", "that", "if",
]);

/// A capitalised word is a name or a sentence opening, never the cue verb ("State spokesman").
pub(super) fn is_speech_verb(w: &str) -> bool {
    !is_capitalised(w) && SPEECH_VERBS.contains(w)
}

/// A speech verb used as a verb: "remarks", "calls", "claims" after a determiner or a possessive
/// are nouns (`Trump's remarks`, `a call`).
pub(super) fn verb_at(text: &str, ws: &[Word], k: usize) -> bool {
    if !is_speech_verb(ws[k].text) {
        return false;
    }
    // `She shared, "…"` and `"…," she shared.` speak; `he and Cruz shared "the same views"`
    // and `shared a photo` do not: the verb speaks only where punctuation closes it.
    // So with `fired`/`shot`: `"…," she fired back` speaks, `North Korea fired missiles` does not.
    let shoots = ["fired", "shot"].contains(&ws[k].text);
    if ws[k].text.starts_with("share") || shoots {
        let next = text[ws[k].end..].trim_start();
        let back = shoots && ws.get(k + 1).is_some_and(|n| n.text == "back");
        if !(next.is_empty() || next.starts_with([',', ':', '.']) || back) {
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
            "private", "every", "any", "per", "no",
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
pub(super) fn perceived_speaker(ws: &[Word], v: usize) -> Option<&'static str> {
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

pub(super) fn is_aux(w: &str) -> bool {
    AUX.contains(&w.to_lowercase().as_str())
}

/// Whether the speech verb at `v` is passive (`has been accused of`, `was told`): its subject is
/// the one spoken to or about, never the speaker.
pub(super) fn passive_at(text: &str, ws: &[Word], v: usize) -> bool {
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

/// Words after which a name followed by a participle is the participle's subject (`footage of
/// Trump saying`, `a clip shows Clinton asking`), not the object of the sentence's own verb.
pub(super) static PARTICIPLE_SUBJECT_LEADS: WordSet = WordSet::new(&[
    "of", "and", "or", "with", "while", "as", "but", "shows", "showed", "show", "saw", "see",
    "sees", "hear", "heard", "hears", "features", "featured", "captured", "caught", "filmed",
    "recorded", "quoted", "quotes", "cited", "cites", "had", "has", "have",
]);

/// Irregular pasts that are speech with their particle: `"…?" Ann went on`, `Bo shot back`.
pub(super) fn is_phrasal_cue(verb: &str, particle: &str) -> bool {
    matches!(
        (verb, particle),
        ("went", "on") | ("shot" | "hit", "back") | ("cut" | "broke", "in")
    )
}

pub(super) fn phrasal_cue_at(ws: &[Word], v: usize) -> bool {
    ws.get(v + 1)
        .is_some_and(|n| is_phrasal_cue(ws[v].text, n.text))
}
