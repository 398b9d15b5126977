//! How far an aim reaches beyond its cue's own clause: the items of the list a lead opens, the
//! deadline (今年底前, 2026年底前) and the span from the text's year (3年内, 用两年时间) that set the
//! year an aim is for. Split from the targets pass (targets.rs) to keep each module short.

use super::{is_clause_break, year_before, Words};

/// Where the list a figure's sentence belongs to starts: the first of the items before it that
/// end with a semicolon (力争新建驿站10个;培训骑手200人次), as plans and work reports list a
/// lead's aims. An item naming a time of its own (a year, 去年, 目前) stands on its own: the
/// figure's, when it names one, reaches no item before it; an earlier one ends the list there.
pub(super) fn list_start(
    words: &Words,
    chars: &[char],
    sentence_start: usize,
    figure: usize,
) -> usize {
    let own_time = |item: &[char]| {
        let item = crate::ingest::string_of(item);
        year_before(&item).is_some() || words.own_time.iter().any(|w| item.contains(w))
    };
    if own_time(&chars[sentence_start..figure]) {
        return sentence_start;
    }
    let mut start = sentence_start;
    while start > 0 && matches!(chars[start - 1], ';' | '；') {
        let end = start - 1;
        start = (0..end)
            .rev()
            .find(|&i| crate::ingest::is_sentence_end(chars[i]) || chars[i] == '\n')
            .map_or(0, |i| i + 1);
        if own_time(&chars[start..end]) {
            break;
        }
    }
    start
}

/// The deadline a plan sets before `before`'s end (2022年底前, 今年底前, 年底前 opening a clause:
/// the document's year; 明年底前: the next) and the text after it; None for a span (3年前), a
/// period (2025年前三季度, 今年前11个月) or a past year's (去年底前).
pub(super) fn deadline_year<'s>(
    words: &Words,
    before: &'s str,
    doc_year: &mut impl FnMut() -> Option<i32>,
) -> Option<(i32, &'s str)> {
    let mut found = None;
    for word in words.deadline {
        for (at, _) in before.match_indices(word) {
            let rest = &before[at + word.len()..];
            let period = rest
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit() || "一二三四五六七八九十两半个".contains(c));
            if period || found.is_some_and(|(_, a, _)| a >= at) {
                continue;
            }
            let head: Vec<char> = before[..at].chars().collect();
            let year = match head.as_slice() {
                [.., a, b, c, d]
                    if [a, b, c, d].iter().all(|c| c.is_ascii_digit()) && *a == '2' =>
                {
                    [a, b, c, d].into_iter().collect::<String>().parse().ok()
                }
                [.., '今'] if *word != "年前" => doc_year(),
                [.., '明'] if *word != "年前" => doc_year().map(|y| y + 1),
                [] if *word != "年前" => doc_year(),
                [.., p] if is_clause_break(*p) && *word != "年前" => doc_year(),
                _ => None,
            };
            if let Some(year) = year {
                found = Some((year, at, rest));
            }
        }
    }
    found.map(|(year, _, rest)| (year, rest))
}

/// The years of the last span counted from the text's own year before the figure (3年内 → 3,
/// 用两年时间 → 2), up to ten; None for a span of years past (近3年内).
pub(super) fn span_years(words: &Words, before: &str) -> Option<i32> {
    const MAX_SPAN_YEARS: i32 = 10;
    let numeral = |c: char| c.is_ascii_digit() || "一二两三四五六七八九十".contains(c);
    let mut found = None;
    for end in words.span_ends {
        for (at, _) in before.match_indices(end) {
            let head = &before[..at];
            let digits_from = head
                .char_indices()
                .rev()
                .take_while(|&(_, c)| numeral(c))
                .last()
                .map(|(i, _)| i)?;
            let past = words
                .span_not_after
                .iter()
                .any(|w| head[..digits_from].ends_with(w));
            let n = small_number(&head[digits_from..]).filter(|n| (1..=MAX_SPAN_YEARS).contains(n));
            if let (false, Some(n)) = (past, n) {
                if found.is_none_or(|(a, _)| at > a) {
                    found = Some((at, n));
                }
            }
        }
    }
    found.map(|(_, n)| n)
}

/// A small number in Arabic digits or Chinese numerals (3, 两, 十).
fn small_number(s: &str) -> Option<i32> {
    if let Ok(n) = s.parse() {
        return Some(n);
    }
    let mut chars = s.chars();
    let c = chars.next()?;
    if chars.next().is_some() {
        return None;
    }
    "零一二三四五六七八九十"
        .chars()
        .position(|d| d == c)
        .and_then(|n| i32::try_from(n).ok())
        .or((c == '两').then_some(2))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words() -> &'static Words {
        super::super::compiled().words
    }

    #[test]
    fn spans_count_from_the_texts_year_and_not_back() {
        assert_eq!(span_years(words(), "力争3年内全市培育"), Some(3));
        assert_eq!(span_years(words(), "争取用两年时间实现"), Some(2));
        assert_eq!(span_years(words(), "近3年内,全市共培育"), None);
        assert_eq!(span_years(words(), "用20年时间"), None, "no plan's span");
        assert_eq!(small_number("十"), Some(10));
        assert_eq!(small_number("十二"), None);
    }

    #[test]
    fn deadlines_name_a_year_still_to_come_or_none() {
        let mut doc = || Some(2025);
        assert_eq!(
            deadline_year(words(), "2026年底前,全市", &mut doc).map(|d| d.0),
            Some(2026)
        );
        assert_eq!(
            deadline_year(words(), "今年底前,全市", &mut doc).map(|d| d.0),
            Some(2025)
        );
        assert_eq!(
            deadline_year(words(), "明年年底前,全市", &mut doc).map(|d| d.0),
            Some(2026)
        );
        assert_eq!(deadline_year(words(), "去年底前,全市", &mut doc), None);
        assert_eq!(deadline_year(words(), "3年前,全市", &mut doc), None);
        assert_eq!(
            deadline_year(words(), "2025年前三季度,全市", &mut doc),
            None
        );
    }
}
