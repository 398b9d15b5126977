//! Saved web pages against their plain texts: for each `NAME.html` in the first directory with a
//! `NAME.txt` in the second, the facts of each (same manifest entry: no date, province from the
//! text) and how many agree.
//!
//! `cargo run -p jianbao-sources --example compare_html -- HTML_DIR TEXT_DIR`

use jianbao_extract::{default_catalog, extract, Document, Sources, TextEncoding};
use jianbao_facts::{Manifest, SourceInfo};
use jianbao_sources::{read_path, Format};
use std::collections::BTreeMap;
use std::path::Path;

fn facts(text: &str, file: &str, province: &str) -> Vec<String> {
    let manifest = Manifest {
        sources: vec![SourceInfo {
            file: file.to_owned(),
            title: file.to_owned(),
            publisher: None,
            date: None,
            date_basis: None,
            province: province.to_owned(),
            note: None,
            author: None,
            url: None,
            fetched: None,
        }],
    };
    let doc = Document {
        file: file.to_owned(),
        text: text.to_owned(),
        encoding: TextEncoding::Utf8,
    };
    let sources = Sources::from_documents(vec![doc], manifest);
    extract(&sources, &default_catalog())
        .facts
        .iter()
        .map(|f| {
            format!(
                "{}|{}|{}|{}|{:?}",
                f.place,
                f.metric.as_deref().unwrap_or(&f.label),
                f.value,
                f.unit,
                f.as_of
            )
        })
        .collect()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [html_dir, text_dir] = args.as_slice() else {
        eprintln!("usage: compare_html HTML_DIR TEXT_DIR");
        std::process::exit(2);
    };
    let mut entries: Vec<_> = std::fs::read_dir(html_dir)
        .expect("HTML_DIR")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "html" || x == "htm"))
        .collect();
    entries.sort();
    let (mut total_text, mut total_html, mut total_common) = (0, 0, 0);
    for html in entries {
        let stem = html
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let txt = Path::new(text_dir).join(format!("{stem}.txt"));
        let (Ok(page), Ok(plain)) = (read_path(&html), read_path(&txt)) else {
            println!("{stem}: no pair (or unreadable)");
            continue;
        };
        assert_eq!(page.format, Format::Html);
        let province = jianbao_extract::rules::dominant_province(&plain.text).unwrap_or_default();
        let a = facts(&plain.text, &format!("{stem}.txt"), &province);
        let b = facts(&page.text, &format!("{stem}.html"), &province);
        let mut counts: BTreeMap<&String, i32> = BTreeMap::new();
        for x in &a {
            *counts.entry(x).or_default() += 1;
        }
        let mut common = 0;
        for y in &b {
            if let Some(n) = counts.get_mut(y).filter(|n| **n > 0) {
                *n -= 1;
                common += 1;
            }
        }
        println!(
            "{stem}: text {} facts, page {} facts, {common} the same; page text {} chars, plain {} chars",
            a.len(),
            b.len(),
            page.text.chars().count(),
            plain.text.chars().count()
        );
        for only in b.iter().filter(|x| !a.contains(x)) {
            println!("  only in the page: {only}");
        }
        for only in a.iter().filter(|x| !b.contains(x)) {
            println!("  only in the text: {only}");
        }
        total_text += a.len();
        total_html += b.len();
        total_common += common;
    }
    println!("all: text {total_text} facts, pages {total_html} facts, {total_common} the same");
}
