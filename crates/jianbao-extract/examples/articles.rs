//! Shows how each source splits into articles and which are judged relevant:
//! `cargo run -p jianbao-extract --example articles [DIR]` (the embedded seeds, or the .txt
//! articles of DIR).
use jianbao_extract::ingest::Normalized;
use jianbao_extract::rules::is_relevant;
use jianbao_extract::Sources;

fn main() {
    let sources = match std::env::args().nth(1) {
        Some(dir) => match Sources::from_dir(std::path::Path::new(&dir)) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(1);
            }
        },
        None => Sources::embedded(),
    };
    for doc in sources.documents() {
        let n = Normalized::new(&doc.text);
        for a in n.articles() {
            let lines = &n.lines[a.lines.clone()];
            let (Some(first), Some(last)) = (lines.first(), lines.last()) else {
                continue;
            };
            let text = &n.chars[first.range.start..last.range.end];
            let head: String = n.chars[first.range.clone()].iter().take(30).collect();
            println!(
                "{} lines {:?} head {} relevant {} ({} chars) | {}",
                doc.file.chars().take(4).collect::<String>(),
                a.lines,
                a.head_lines,
                is_relevant(text),
                text.len(),
                head
            );
        }
    }
}
