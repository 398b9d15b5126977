//! Labels made only of verbs (征集, 编制发布, 规范悬挂): they say what was done, not what is
//! counted, so the thing counted is looked for where Chinese sentences put it, a topic fronted
//! before the clause of the figure.

use super::words::{ends_with, longest_at, starts_with, vocabulary};
use super::{before_phrase, begins_word, is_usable, tidy};
use crate::catalog::is_clause_break;

/// Whether `label` is nothing but verbs of doing or building one after another (征集, 编制发布,
/// 规范悬挂): it says what was done, not what the figure counts.
pub(super) fn only_verbs(label: &[char]) -> bool {
    let v = vocabulary();
    let mut reachable = vec![false; label.len() + 1];
    reachable[0] = true;
    for start in 0..label.len() {
        if !reachable[start] {
            continue;
        }
        for w in v.action_verbs.iter().chain(v.building_verbs.iter()) {
            if starts_with(&label[start..], w) {
                reachable[start + w.len()] = true;
            }
        }
    }
    !label.is_empty() && reachable[label.len()]
}

/// The topic a sentence names before the clause at `clause_start` (各类意见建议,今年以来,全区
/// 收集了3200条 → 意见建议): the nearest earlier clause of the sentence that is not a time frame,
/// when it is a short noun phrase with no verb of its own; what a bare verb's figure counts.
pub(super) fn topic_before(chars: &[char], clause_start: usize) -> Option<String> {
    let v = vocabulary();
    let sentence_end = |c: char| matches!(c, '。' | '！' | '？' | '!' | '?' | ';' | '；' | '\n');
    let mut end = clause_start.checked_sub(1)?;
    let floor = clause_start.saturating_sub(crate::catalog::CONTEXT_CHARS);
    while end > floor && !sentence_end(chars[end]) {
        let start = chars[floor..end]
            .iter()
            .rposition(|&c| is_clause_break(c) || c == '\n')
            .map_or(floor, |p| floor + p + 1);
        let clause = &chars[start..end];
        if v.topic_time_ends.iter().any(|w| ends_with(clause, w)) {
            end = start.checked_sub(1)?;
            continue;
        }
        // (a conjunction or particle first, so that 而各类 loses 各类 as a leading word)
        let mut clause = clause;
        while clause.first().is_some_and(|c| v.bad_start.contains(c))
            && !begins_word(clause)
            && longest_at(&v.leading_words, clause) == 0
        {
            clause = &clause[1..];
        }
        let topic: Vec<char> = tidy(&before_phrase(clause).iter().collect::<String>())
            .chars()
            .collect();
        let has_verb = (0..topic.len()).any(|i| {
            longest_at(&v.action_verbs, &topic[i..]) > 0
                || longest_at(&v.building_verbs, &topic[i..]) > 0
                || longest_at(&v.predicate_starts, &topic[i..]) > 0
        });
        let text: String = topic.iter().collect();
        return (topic.len() <= 12 && !has_verb && is_usable(&text)).then_some(text);
    }
    None
}
