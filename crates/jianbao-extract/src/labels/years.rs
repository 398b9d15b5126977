//! Runs of years (浦江县信访工作连续5年在全省考核中被评为优秀): the figure counts the years in
//! which what its clause says held, so its label names that, as Chinese reports word such an
//! indicator (连续被评为优秀的年数), never a word of the clause alone (考核 of 在全省考核中).

use super::words::{ends_with, vocabulary};
use super::{before_phrase, is_han, is_usable, tidy, without_adverbs};
use crate::catalog::is_clause_break;

/// The label of a run of years ending at `quantity_start` (连续5年), when a running mark stands
/// right before the figure and its clause says what held: "{subject}连续{what held}的年数", or
/// without the subject when that does not fit a table cell of `most` characters. `None` for
/// any other figure, which is labelled as usual.
pub(super) fn running_years_label(
    chars: &[char],
    clause_start: usize,
    quantity_start: usize,
    thing: usize,
    unit: &str,
    most: usize,
) -> Option<String> {
    if unit != "年" {
        return None;
    }
    let v = vocabulary();
    let before = &chars[clause_start.min(quantity_start)..quantity_start];
    let mark = v.running_marks.iter().find(|w| ends_with(before, w))?;
    let subject = tidy(
        &before_phrase(&before[..before.len() - mark.len()])
            .iter()
            .collect::<String>(),
    );
    let end = (thing..chars.len().min(thing + 30))
        .find(|&i| is_clause_break(chars[i]) || matches!(chars[i], '\n' | '。'))
        .unwrap_or(chars.len().min(thing + 30));
    let mut held = &chars[thing.min(end)..end];
    // 在全省考核中被评为优秀: the locative says where, the rest what held
    if held.first() == Some(&'在') {
        if let Some(close) = held
            .iter()
            .position(|c| v.locative_closers.contains(c))
            .filter(|&k| held.len() - k > 2)
        {
            held = &held[close + 1..];
        }
    }
    let held: String = without_adverbs(held).into_iter().collect();
    if held.chars().count() < 2 || held.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let mark: String = mark.iter().collect();
    let han = |s: &String| s.chars().filter(|&c| is_han(c)).count();
    let with_subject = is_usable(&subject).then(|| format!("{subject}{mark}{held}的年数"));
    with_subject
        .into_iter()
        .chain([format!("{mark}{held}的年数")])
        .find(|label| han(label) <= most)
}
