//! Says why each text of a directory gives no facts (the warning `jianbao extract` prints):
//! `cargo run --release -p jianbao-extract --example silent -- DIR`.
use jianbao_extract::{default_catalog, why_silent, Sources};

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: silent DIR (a directory of .txt articles)");
        std::process::exit(2);
    };
    let sources = match Sources::from_dir(std::path::Path::new(&dir)) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    let catalog = default_catalog();
    for doc in sources.documents() {
        let info = sources.manifest().get(&doc.file);
        match why_silent(doc, info, &catalog) {
            Some(reason) => println!("{}: {reason}", doc.file),
            None => println!("{}: gives facts", doc.file),
        }
    }
}
