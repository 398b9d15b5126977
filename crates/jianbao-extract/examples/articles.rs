//! Shows how each source splits into articles and which are judged relevant:
//! `cargo run -p jianbao-extract --example articles`.
use jianbao_extract::ingest::Normalized;
use jianbao_extract::rules::is_relevant;
use jianbao_extract::Sources;

fn main() {
    for doc in Sources::embedded().documents() {
        let n = Normalized::new(&doc.text);
        for a in n.articles() {
            let lines = &n.lines[a.lines.clone()];
            let (Some(first), Some(last)) = (lines.first(), lines.last()) else {
                continue;
            };
            let text = &n.chars[first.range.start..last.range.end];
            let head: String = n.chars[first.range.clone()].iter().take(30).collect();
            println!(
                "{} lines {:?} head {} relevant {} | {}",
                &doc.file[..3],
                a.lines,
                a.head_lines,
                is_relevant(text),
                head
            );
        }
    }
}
