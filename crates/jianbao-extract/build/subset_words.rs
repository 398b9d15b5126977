//! The word lists of data/metric-subsets.toml: what makes a figure count a part of the stock a
//! catalog metric compares (catalog/subsets.rs). Parsed when the crate is built (build.rs) and
//! written as statics, and parsed again by the crate's tests (through `#[path]`), which check the
//! two agree. A malformed file fails the build naming its file, line and what to fix.

use std::fmt::Write as _;

/// Where the lists live, as errors name them.
pub const SUBSETS_FILE: &str = "data/metric-subsets.toml";

/// The lists, each in the file's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubsetWords {
    /// `[new_ones] words`: things made new in a period.
    pub new_ones: Vec<String>,
    /// `[kinds] adjacent`: marks right before or after the counted noun.
    pub kind_marks: Vec<String>,
    /// `[kinds] rated_in_quotes`: last characters of a quoted rating before the counted noun.
    pub rated_in_quotes: Vec<String>,
    /// `[kinds] leading`: marks that open the counted noun phrase.
    pub leading_kind_marks: Vec<String>,
    /// `[samples] words`: what makes the things counted in a clause a survey's sample.
    pub sample_words: Vec<String>,
    /// `[events] words`: what makes a figure's clause one event's.
    pub event_words: Vec<String>,
    /// `[changes] year_on_year`: keys of metrics that compare a year-on-year change.
    pub year_on_year: Vec<String>,
    /// `[rates] per_head`: what makes a figure a rate per head or household.
    pub per_head: Vec<String>,
    /// `[actions] objects`: verbs whose object the counted noun is.
    pub action_objects: Vec<String>,
    /// `[honours] verbs`: verbs of an honour in the figure's clause.
    pub honour_verbs: Vec<String>,
    /// `[levels] whole`: the key of the metric whose levels are rows of their own.
    pub level_whole: Vec<String>,
    /// `[levels] parts`: the keys of its levels.
    pub level_parts: Vec<String>,
    /// `[levels] exams`: words after a level's wording that name its exam.
    pub level_exams: Vec<String>,
}

/// Reads data/metric-subsets.toml; an error names the file, where and what to fix.
pub fn parse(text: &str) -> Result<SubsetWords, String> {
    let table: toml::Table = toml::from_str(text).map_err(|e| format!("{SUBSETS_FILE}: {e}"))?;
    let list = |section: &str, name: &str| -> Result<Vec<String>, String> {
        let what = format!("{SUBSETS_FILE}: [{section}] {name}");
        let value = table
            .get(section)
            .and_then(|s| s.get(name))
            .ok_or_else(|| format!("{what} is missing; add it as a list of words"))?;
        let items = value
            .as_array()
            .ok_or_else(|| format!("{what} must be a list of words"))?;
        items
            .iter()
            .map(|item| match item.as_str() {
                Some(word) if !word.is_empty() && !word.contains(char::is_whitespace) => {
                    Ok(word.to_owned())
                }
                _ => Err(format!(
                    "{what}: {item} is not a word (a non-empty string without spaces)"
                )),
            })
            .collect()
    };
    Ok(SubsetWords {
        new_ones: list("new_ones", "words")?,
        kind_marks: list("kinds", "adjacent")?,
        rated_in_quotes: list("kinds", "rated_in_quotes")?,
        leading_kind_marks: list("kinds", "leading")?,
        sample_words: list("samples", "words")?,
        event_words: list("events", "words")?,
        year_on_year: list("changes", "year_on_year")?,
        per_head: list("rates", "per_head")?,
        action_objects: list("actions", "objects")?,
        honour_verbs: list("honours", "verbs")?,
        level_whole: list("levels", "whole")?,
        level_parts: list("levels", "parts")?,
        level_exams: list("levels", "exams")?,
    })
}

/// The lists as statics `NEW_ONES`, `KIND_MARKS`, `RATED_IN_QUOTES`, `LEADING_KIND_MARKS`,
/// `SAMPLE_WORDS`, `EVENT_WORDS`, `YEAR_ON_YEAR_METRICS`, `PER_HEAD_WORDS`,
/// `ACTION_WORDS`, `HONOUR_VERBS`, `LEVEL_WHOLE`, `LEVEL_PARTS`, `LEVEL_EXAMS`.
pub fn to_rust(words: &SubsetWords) -> String {
    let mut out = String::new();
    for (name, list) in [
        ("NEW_ONES", &words.new_ones),
        ("KIND_MARKS", &words.kind_marks),
        ("RATED_IN_QUOTES", &words.rated_in_quotes),
        ("LEADING_KIND_MARKS", &words.leading_kind_marks),
        ("SAMPLE_WORDS", &words.sample_words),
        ("EVENT_WORDS", &words.event_words),
        ("YEAR_ON_YEAR_METRICS", &words.year_on_year),
        ("PER_HEAD_WORDS", &words.per_head),
        ("ACTION_WORDS", &words.action_objects),
        ("HONOUR_VERBS", &words.honour_verbs),
        ("LEVEL_WHOLE", &words.level_whole),
        ("LEVEL_PARTS", &words.level_parts),
        ("LEVEL_EXAMS", &words.level_exams),
    ] {
        let _ = writeln!(out, "static {name}: [&str; {}] = {list:?};", list.len());
    }
    out
}
