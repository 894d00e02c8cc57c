//! Quote extraction measured on `sample-corpus/`, the team's own fictional archive with gold quotes.
//! It lives in the repository, so unlike the shared gold sets this test never skips. Its traps
//! (pronouns after a person who never speaks, a firm named like a person, a shadow minister beside
//! the minister, interview follow-ups) are the ones a journalist would notice first.

use newsdex::gold::evaluate;
use newsdex::parse::ParseOptions;
use std::path::Path;

#[test]
fn sample_corpus_attribution_holds() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-corpus");
    let report = evaluate(
        &root.join("gold"),
        &[root.join("articles")],
        &ParseOptions::default(),
    )
    .expect("sample-corpus is part of the repository");
    for a in &report.articles {
        for m in a.scored.misses.iter().chain(&a.misplaced) {
            eprintln!("{}: {m}", a.source);
        }
    }
    assert!(
        report.skipped.is_empty(),
        "unreadable: {:?}",
        report.skipped
    );
    assert!(
        report.gold_unmatched.is_empty(),
        "gold without an article: {:?}",
        report.gold_unmatched
    );
    let f = report.total.figures();
    eprintln!("sample-corpus: {f}");
    assert_eq!(f.recall, 1.0, "recall {}", f.recall);
    // 001–026 hold the seed's cases in new words; 027–041 reproduce the wrong-speaker patterns the
    // audits of real BBC, modern web and US politics articles found. Every quote with a named speaker is right, as
    // issue 3 asks: any miss fails.
    assert_eq!(f.attribution, 1.0, "attribution {}", f.attribution);
    assert!(f.precision >= 0.95, "precision {}", f.precision);
    // Names pinned on quotes the gold gives to nobody (scare quotes, bullet words, unnamed
    // sources): the reference figures cannot see them, so they are held here.
    // The scorer matches a headline quote to the body's copy of the same words; each of the
    // 24 headline and standfirst quotes with a named speaker must be right where it stands.
    assert_eq!(
        report.misplaced, 0,
        "headline or standfirst quotes misattributed"
    );
    assert!(
        report.unfounded <= 9,
        "{} unfounded speakers",
        report.unfounded
    );
}
