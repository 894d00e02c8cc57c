//! Prints the quotes of a plain-text article given on stdin (headline, blank line, paragraphs),
//! with the rule behind each speaker: `cargo run --example quotes_debug < article.txt`.

use std::io::Read;

fn main() -> anyhow::Result<()> {
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text)?;
    let article = newsdex::parse::text::parse("stdin", &text)?;
    for q in newsdex::quotes::extract(&article) {
        println!(
            "{}#{} {:?} <- {:?} [{}] mention={:?} cue={:?} role={:?}",
            q.section.as_str(),
            q.paragraph,
            q.text,
            q.speaker,
            q.rule,
            q.mention,
            q.cue,
            q.role
        );
    }
    Ok(())
}
