//! Places a text names only in passing: where its own place learned from (学习借鉴苏州市经验,
//! 对标深圳), went to learn (组织赴浙江杭州、江苏苏州学习借鉴) or compared itself with (与浙江省
//! 嘉兴市相比). A work report or its news tells these beside its own figures, and the place
//! named is another's, often in another province: it is no mention of its own, so it neither
//! places the figures after it nor becomes the place in force (the words: data/
//! places-in-passing.toml). A place that learns (滨江区学习贯彻……) or where a service goes
//! (赴XX村开展义诊) stays.

use super::*;

const WORDS: &str = include_str!("../../../../data/places-in-passing.toml");

/// The words of data/places-in-passing.toml, parsed once.
#[derive(serde::Deserialize)]
struct PassingWords {
    #[serde(deserialize_with = "crate::word_lists::deserialize_char_words")]
    learn_from: Vec<Vec<char>>,
    #[serde(deserialize_with = "crate::word_lists::deserialize_char_words")]
    going: Vec<Vec<char>>,
    #[serde(deserialize_with = "crate::word_lists::deserialize_char_words")]
    to_learn: Vec<Vec<char>>,
    #[serde(deserialize_with = "crate::word_lists::deserialize_char_words")]
    list_ends: Vec<Vec<char>>,
    #[serde(deserialize_with = "crate::word_lists::deserialize_char_words")]
    compare_open: Vec<Vec<char>>,
    #[serde(deserialize_with = "crate::word_lists::deserialize_char_words")]
    compare_close: Vec<Vec<char>>,
    #[serde(deserialize_with = "crate::word_lists::deserialize_char_words")]
    joins: Vec<Vec<char>>,
}

fn words() -> &'static PassingWords {
    static PARSED: std::sync::OnceLock<PassingWords> = std::sync::OnceLock::new();
    PARSED.get_or_init(|| {
        toml::from_str(WORDS)
            .expect("data/places-in-passing.toml is checked by this module's tests")
    })
}

fn ends_with(chars: &[char], end: usize, word: &[char]) -> bool {
    end >= word.len() && chars[end - word.len()..end] == word[..]
}

fn starts_with(chars: &[char], at: usize, word: &[char]) -> bool {
    chars.get(at..at + word.len()) == Some(word)
}

/// The longest of `list` ending at `end`.
fn longest_ending(list: &[Vec<char>], chars: &[char], end: usize) -> Option<usize> {
    list.iter()
        .filter(|w| ends_with(chars, end, w))
        .map(Vec::len)
        .max()
}

/// Drops the places named in passing (see the module's documentation).
pub(super) fn drop_places_in_passing(chars: &[char], places: &mut Vec<(Range<usize>, Where)>) {
    if places.is_empty() {
        return;
    }
    let w = words();
    // the runs of places one list names: adjacent (浙江杭州) or joined by a mark (杭州、苏州)
    let mut runs: Vec<Range<usize>> = Vec::new();
    let mut ranges: Vec<Range<usize>> = places.iter().map(|(r, _)| r.clone()).collect();
    ranges.sort_by_key(|r| r.start);
    for r in ranges {
        match runs.last_mut() {
            Some(run)
                if r.start >= run.end
                    && (r.start == run.end
                        || w.joins.iter().any(|j| {
                            run.end + j.len() == r.start && starts_with(chars, run.end, j)
                        })) =>
            {
                run.end = r.end;
            }
            Some(run) if r.start < run.end => run.end = run.end.max(r.end),
            _ => runs.push(r),
        }
    }
    let passing: Vec<Range<usize>> = runs
        .into_iter()
        .filter(|run| named_in_passing(w, chars, run.clone()))
        .collect();
    if passing.is_empty() {
        return;
    }
    places.retain(|(r, _)| !passing.iter().any(|p| p.start <= r.start && r.end <= p.end));
}

/// Whether the run of places at `run` is named as where one learned from, went to learn, or what
/// one compares with.
fn named_in_passing(w: &PassingWords, chars: &[char], run: Range<usize>) -> bool {
    if longest_ending(&w.learn_from, chars, run.start).is_some() {
        return true;
    }
    let after = run.end
        + w.list_ends
            .iter()
            .filter(|e| starts_with(chars, run.end, e))
            .map(Vec::len)
            .max()
            .unwrap_or(0);
    let gone_to = longest_ending(&w.going, chars, run.start).is_some();
    if gone_to && w.to_learn.iter().any(|l| starts_with(chars, after, l)) {
        return true;
    }
    // 与浙江省嘉兴市相比: the comparison's other side
    longest_ending(&w.compare_open, chars, run.start).is_some()
        && w.compare_close.iter().any(|c| starts_with(chars, after, c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_file_parses_and_names_every_kind() {
        let w = words();
        for list in [
            &w.learn_from,
            &w.going,
            &w.to_learn,
            &w.compare_open,
            &w.compare_close,
        ] {
            assert!(!list.is_empty());
        }
        assert!(w.joins.iter().any(|j| j == &['、']));
    }
}
