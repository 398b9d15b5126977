//! Extraction is linear in the length of a sentence, paragraph or headline: the fuzzer found
//! 100–300 KB inputs (one sentence or paragraph with thousands of figures and catalog wordings)
//! taking up to 24 s, because every figure rescanned its whole sentence, paragraph and headline.

use crate::support;

use jianbao_extract::{default_catalog, extract, Sources};
use jianbao_facts::Manifest;
use std::time::{Duration, Instant};
use support::long_input::{generate, Shape};

/// The shortest of three extraction times of a generated article (the least disturbed by other
/// work on the machine).
fn extraction_time(shape: Shape, bytes: usize) -> Duration {
    let catalog = default_catalog();
    let text = generate(shape, bytes);
    (0..3)
        .map(|_| {
            let sources =
                Sources::from_texts(vec![("a.txt".into(), text.clone())], Manifest::default());
            let started = Instant::now();
            extract(&sources, &catalog);
            started.elapsed()
        })
        .min()
        .unwrap_or_default()
}

#[test]
#[ignore = "timing check, outside the default run: cargo test -p jianbao-extract --test it long_inputs:: -- --ignored"]
fn doubling_a_long_sentence_paragraph_or_headline_at_most_triples_the_time() {
    for shape in Shape::ALL {
        let single = extraction_time(shape, 30_000);
        let double = extraction_time(shape, 60_000);
        // quadratic work takes four times as long for the double input; linear work twice
        assert!(
            double <= single * 3 + Duration::from_millis(20),
            "{shape:?}: {single:?} for 30 KB but {double:?} for 60 KB"
        );
    }
}

/// A page of blanks and one word repeated without punctuation (a broken export) is linear too.
#[test]
#[ignore = "timing check, outside the default run: cargo test -p jianbao-extract --test it long_inputs:: -- --ignored"]
fn doubling_an_unpunctuated_page_at_most_triples_the_time() {
    let catalog = default_catalog();
    let time = |repeats: usize| {
        let page = format!(
            "{}社会工作者27.5万人{}",
            " ".repeat(4 * repeats),
            "志愿者".repeat(repeats)
        );
        (0..3)
            .map(|_| {
                let sources =
                    Sources::from_texts(vec![("a.txt".into(), page.clone())], Manifest::default());
                let started = Instant::now();
                extract(&sources, &catalog);
                started.elapsed()
            })
            .min()
            .unwrap_or_default()
    };
    let (single, double) = (time(25_000), time(50_000));
    assert!(
        double <= single * 3 + Duration::from_millis(20),
        "{single:?} for 25,000 words but {double:?} for 50,000"
    );
}
