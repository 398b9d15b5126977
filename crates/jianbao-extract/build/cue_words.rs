//! The points pass's cue automaton (every cue and blocker word of data/points.toml), compiled
//! when the crate is built and written to OUT_DIR with its sorted word list, so that no start
//! builds it. `cue_lists::CueListsBuilder::build` uses it only when its words are exactly these
//! (a unit test checks they are); any other list is compiled at run time, so this file decides
//! speed, never behaviour.

use daachorse::CharwiseDoubleArrayAhoCorasick;
use std::fmt::Write as _;

/// Where the vocabulary lives, as errors name it.
pub const POINTS_FILE: &str = "data/points.toml";

/// Every distinct word of every word list in the vocabulary (arrays of strings, `priority`
/// excepted: it names point kinds), a trailing `#` ("a figure follows") removed, sorted.
pub fn words(text: &str) -> Result<Vec<String>, String> {
    let table: toml::Table = text
        .parse()
        .map_err(|e: toml::de::Error| format!("{POINTS_FILE}: {e}"))?;
    let mut words = Vec::new();
    for (key, value) in &table {
        if key != "priority" {
            collect(value, &mut words);
        }
    }
    if words.iter().any(String::is_empty) {
        return Err(format!("{POINTS_FILE}: an empty cue word; remove it"));
    }
    words.sort_unstable();
    words.dedup();
    Ok(words)
}

fn collect(value: &toml::Value, words: &mut Vec<String>) {
    match value {
        toml::Value::String(word) => words.push(word.trim_end_matches('#').to_owned()),
        toml::Value::Array(items) => items.iter().for_each(|item| collect(item, words)),
        toml::Value::Table(table) => table.values().for_each(|item| collect(item, words)),
        _ => {}
    }
}

/// The serialised automaton over `words` (each word's value its index).
pub fn automaton_bytes(words: &[String]) -> Result<Vec<u8>, String> {
    CharwiseDoubleArrayAhoCorasick::<u32>::new(words)
        .map(|automaton| automaton.serialize())
        .map_err(|e| format!("{POINTS_FILE}: its cue words cannot be compiled: {e}"))
        .and_then(|bytes| super::verified_automaton(bytes, POINTS_FILE))
}

/// `CUE_WORDS` (sorted) and `CUE_AUTOMATON` (the serialised automaton) as Rust.
pub fn to_rust(words: &[String]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "static CUE_WORDS: [&str; {}] = {:?};",
        words.len(),
        words
    );
    out.push_str(
        "static CUE_AUTOMATON: &[u8] = \
         include_bytes!(concat!(env!(\"OUT_DIR\"), \"/cue-words.daac\"));\n",
    );
    out
}
