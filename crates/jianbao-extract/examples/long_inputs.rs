//! Extraction times of long generated inputs, the shapes the fuzzer found hangs with (a huge
//! sentence or paragraph full of figures and catalog words, a huge headline), at two sizes:
//!
//! ```sh
//! cargo run --release -p jianbao-extract --example long_inputs -- 200000
//! ```
//!
//! Linear extraction takes about twice as long for the double input.

use jianbao_extract::{default_catalog, extract, Sources};
use jianbao_facts::Manifest;
use std::time::Instant;

#[path = "../tests/it/support/long_input.rs"]
mod long_input;

fn main() {
    let bytes: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(200_000);
    let catalog = default_catalog();
    let only = std::env::args().nth(2);
    for shape in long_input::Shape::ALL
        .into_iter()
        .filter(|s| only.as_ref().is_none_or(|o| *o == format!("{s:?}")))
    {
        let mut times = Vec::new();
        for size in [bytes, 2 * bytes] {
            let text = long_input::generate(shape, size);
            let sources = Sources::from_texts(vec![("a.txt".into(), text)], Manifest::default());
            let started = Instant::now();
            let facts = extract(&sources, &catalog);
            let took = started.elapsed();
            times.push(took);
            println!(
                "{shape:?} {size} bytes: {:.3} s, {} facts",
                took.as_secs_f64(),
                facts.facts.len()
            );
        }
    }
}
