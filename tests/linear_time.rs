//! No input makes parsing and quote extraction run in more than linear time.
//!
//! Each shape below is a pattern that once made some step quadratic, or could: one paragraph of
//! hundreds of quotes, a run of quote marks with no spaces, quotes left open, long sentences of
//! names and titles, deep but legal HTML nesting, big JSON and WARC files. Each is parsed and
//! extracted at two sizes, eight times apart. Linear work takes about eight times as long;
//! quadratic work sixty-four times. The test fails past twenty. What is timed is the CPU time of
//! the test's own thread, the best of five runs of each size taken in turn, so a busy machine
//! (CI building beside it) slows neither side: only the ratio matters, never the seconds.
//! Throughput figures live in `cargo bench`.

use newsdex::parse::ParseOptions;
use std::path::Path;
use std::time::Duration;

/// Growth past this, for an input eight times longer, is worse than linear.
const MAX_RATIO: f64 = 20.0;

/// CPU time this thread has used so far: what the work costs, whatever else runs beside it.
#[cfg(unix)]
fn cpu_now() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes the one timespec it is given, which lives on this stack.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    assert_eq!(rc, 0, "no thread CPU clock");
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

/// Elsewhere, wall time since the first call.
#[cfg(not(unix))]
fn cpu_now() -> Duration {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    START.get_or_init(std::time::Instant::now).elapsed()
}

fn run(name: &str, bytes: &[u8]) -> Duration {
    let t = cpu_now();
    let parsed =
        newsdex::articles_from_bytes("t", Path::new(name), bytes, &ParseOptions::default());
    std::hint::black_box(parsed.map(|p| p.articles.len()).unwrap_or(0));
    cpu_now() - t
}

/// The best of five runs of each input, the two taken in turn.
fn best_of_five(name: &str, small: &[u8], large: &[u8]) -> (Duration, Duration) {
    (0..5).fold((Duration::MAX, Duration::MAX), |(s, l), _| {
        (s.min(run(name, small)), l.min(run(name, large)))
    })
}

fn repeat(piece: impl Into<String>) -> impl Fn(usize) -> String {
    let piece = piece.into();
    move |n| piece.repeat(n)
}

fn numbered(f: impl Fn(usize) -> String) -> impl Fn(usize) -> String {
    move |n| (0..n).map(&f).collect()
}

fn page(body: impl Fn(usize) -> String) -> impl Fn(usize) -> String {
    move |n| {
        format!(
            "<html><head><title>T</title></head><body>{}</body></html>",
            body(n)
        )
    }
}

type Shape = (
    &'static str,
    &'static str,
    usize,
    Box<dyn Fn(usize) -> String>,
);

/// (what, file name giving the format, small size, input of a size).
fn shapes() -> Vec<Shape> {
    let warc_record = |_| {
        let body = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n\
                    <html><body><p>\"Fine,\" said Ann Lee.</p></body></html>";
        format!(
            "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://example.org/\r\n\
             Content-Length: {}\r\n\r\n{body}\r\n\r\n",
            body.len()
        )
    };
    vec![
        (
            "one paragraph of quotes",
            "a.txt",
            400,
            Box::new(repeat("\"We will win this,\" he said. ")),
        ),
        (
            "one paragraph of new names",
            "a.txt",
            400,
            Box::new(numbered(|i| {
                format!("\"Words {i} here,\" said Alex Name{i}x. ")
            })),
        ),
        (
            // Past the table's limit of 1,000 people, so both sizes look people up in as many.
            "thousands of people quoted",
            "a.txt",
            1000,
            Box::new(numbered(|i| {
                let name = |i: usize| -> String {
                    (0..4)
                        .map(|k| char::from(b'a' + (i / 26usize.pow(k) % 26) as u8))
                        .collect()
                };
                format!(
                    "\"Words for Alpha Beta and Ko{},\" said Alex Ko{}.\n\n",
                    name(i + 1),
                    name(i)
                )
            })),
        ),
        (
            "quote marks and no spaces",
            "a.txt",
            200,
            Box::new(repeat("\"\u{201c}\u{201d}'\u{2018}\u{2019}\u{ab}\u{bb}")),
        ),
        (
            "quotes left open",
            "a.txt",
            400,
            Box::new(repeat("\"open and on ")),
        ),
        (
            "titles and appositions",
            "a.txt",
            400,
            Box::new(repeat(
                "the Foreign Secretary, Ms Anne Jones, said: \"Yes.\" ",
            )),
        ),
        (
            "no punctuation",
            "a.txt",
            3000,
            Box::new(repeat("word Word said ")),
        ),
        (
            "interview paragraphs",
            "a.txt",
            400,
            Box::new(repeat(
                "Q: Why?\n\nA: \"Because,\" he said.\n\nMr Smith said it was fine.\n\n",
            )),
        ),
        (
            "HTML paragraphs",
            "a.html",
            400,
            Box::new(page(repeat("<p>\"Fine,\" said Ann Lee. More text here.</p>"))),
        ),
        (
            "HTML links and captions",
            "a.html",
            300,
            Box::new(page(repeat(
                "<figure><figcaption>Cap</figcaption></figure><div><a href=x>Read more: x</a></div>",
            ))),
        ),
        (
            "HTML nesting 300 deep",
            "a.html",
            4,
            Box::new(page(repeat(format!(
                "{}<p>x.</p>{}",
                "<div>".repeat(300),
                "</div>".repeat(300)
            )))),
        ),
        (
            "HTML metadata",
            "a.html",
            300,
            Box::new(move |n| {
                format!(
                    "<html><head>{}</head><body><p>x</p></body></html>",
                    "<meta name=author content=\"By Ann Lee\"><script type=\"application/ld+json\">\
                     {\"@type\":\"NewsArticle\",\"headline\":\"h\",\"author\":{\"name\":\"Ann Lee\"}}\
                     </script>"
                        .repeat(n)
                )
            }),
        ),
        (
            "JSON Lines records",
            "a.jsonl",
            400,
            Box::new(numbered(|i| {
                format!("{{\"title\":\"t{i}\",\"text\":\"\\\"Yes,\\\" said Ann Lee.\"}}\n")
            })),
        ),
        (
            "JSON Lines, every line bad",
            "a.jsonl",
            4000,
            Box::new(repeat("{bad\n")),
        ),
        (
            "JSON text of one paragraph",
            "a.json",
            400,
            Box::new(|n| {
                format!(
                    "{{\"title\":\"t\",\"text\":\"{}\"}}",
                    "\\\"Yes,\\\" said Ann Lee. ".repeat(n)
                )
            }),
        ),
        ("WARC records", "a.warc", 100, Box::new(numbered(warc_record))),
    ]
}

#[test]
fn work_grows_linearly_with_input_size() {
    let mut worse = Vec::new();
    for (what, name, n, make) in shapes() {
        let (small, large) = (make(n), make(8 * n));
        let (t_small, t_large) = best_of_five(name, small.as_bytes(), large.as_bytes());
        let ratio = t_large.as_secs_f64() / t_small.as_secs_f64().max(1e-6);
        eprintln!(
            "{what:30} {:>8} B {:>8.2} ms | {:>8} B {:>8.2} ms | ×{ratio:.1}",
            small.len(),
            t_small.as_secs_f64() * 1e3,
            large.len(),
            t_large.as_secs_f64() * 1e3,
        );
        if ratio > MAX_RATIO {
            worse.push(format!("{what}: ×{ratio:.1} for ×8 the input"));
        }
    }
    assert!(
        worse.is_empty(),
        "worse than linear (limit ×{MAX_RATIO}): {worse:?}"
    );
}
