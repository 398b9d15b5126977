//! People counted by what they did. Official statistics count people by an act as often as by
//! a noun: the act right after the figure (3506人**通过考试**, 1.2万人**参加培训**) or a relative
//! clause closed by 的 right before it (**通过助理社会工作师考试**的2890人, **首批签约**的320人). A
//! table row needs a noun, so such a figure counts those people: 通过考试的人数.

use super::words::{ends_with, longest_at, starts_with, vocabulary};
use super::MAX_LABEL_CHARS;

/// Qualifiers that may stand between a relative clause's 的 and the figure (取得证书的近3000人).
const QUALIFIERS: &str = "近约超逾共达";

/// `label` of a count of people named only by what they did, as the count of those people
/// (通过考试 → 通过考试的人数); any other label, and one that would not fit a table cell,
/// unchanged. `thing` is where the words after the figure start, `quantity_start` where the
/// figure starts.
pub(super) fn people_by_their_act(
    chars: &[char],
    quantity_start: usize,
    thing: usize,
    unit: &str,
    label: String,
) -> String {
    let v = vocabulary();
    let Some((_, count)) = v
        .people_counts
        .iter()
        .find(|(u, count)| u == unit && count == "人数")
    else {
        return label;
    };
    let words: Vec<char> = label.chars().collect();
    let act = longest_at(&v.people_acts, &words);
    // 3506人通过考试: the act opens the words right after the figure, with what it acts on
    let after = act > 0
        && words.len() > act
        && starts_with(&chars[thing.min(chars.len())..], &words[..act]);
    // 通过助理社会工作师考试的2890人: the label is the clause closed by 的 before the figure
    let mut end = quantity_start.min(chars.len());
    while end > 0 && QUALIFIERS.contains(chars[end - 1]) {
        end -= 1;
    }
    let relative = end > 0
        && chars[end - 1] == '的'
        && ends_with(&chars[..end - 1], &words)
        && (0..words.len()).any(|i| longest_at(&v.people_acts, &words[i..]) > 0);
    let counted = format!("{label}的{count}");
    if (after || relative) && counted.chars().count() <= MAX_LABEL_CHARS {
        counted
    } else {
        label
    }
}
