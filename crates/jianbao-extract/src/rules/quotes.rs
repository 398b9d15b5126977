//! The quote a figure is shown with: its clause, widened within its sentence until it says
//! enough and shows the words its label names, so that every figure traces to its source.

use crate::catalog::is_clause_break;
use crate::placing::opens_with_continuation;
use std::ops::Range;

/// The quote of a figure: its clause (or, from `from` on, the clause that says where the figure
/// holds), widened leftwards within the sentence until it says enough and does not open with a
/// continuation (以及, 并, 其中 …).
pub(super) fn quote_range(
    chars: &[char],
    sentence: &Range<usize>,
    from: usize,
    number_start: usize,
    quantity_end: usize,
) -> Range<usize> {
    const MIN_QUOTE_CHARS: usize = 16;
    let breaks = |c: char| is_clause_break(c) && c != '、' && c != '(' && c != ')';
    let clause_start = |at: usize| {
        (sentence.start..at)
            .rev()
            .find(|&i| breaks(chars[i]))
            .map_or(sentence.start, |p| p + 1)
    };
    let mut start = clause_start(from.min(number_start));
    while start > sentence.start
        && (quantity_end - start < MIN_QUOTE_CHARS
            || opens_with_continuation(&chars[start..number_start]))
    {
        start = clause_start(start - 1);
    }
    let mut end = (quantity_end..sentence.end)
        .find(|&i| breaks(chars[i]) || chars[i] == '\n')
        .unwrap_or(sentence.end);
    while end > start && (chars[end - 1].is_whitespace()) {
        end -= 1;
    }
    while start < end && chars[start].is_whitespace() {
        start += 1;
    }
    start..end
}

/// `quote` widened leftwards, clause by clause within its sentence, to where the words the
/// label names stand (累计建成1452个一刻钟社区服务圈,2018年还将增加100个: the label of the
/// last figure comes from the first clause), so that every label traces to its quote; as it is
/// when the quote shows them already or the sentence does not.
pub(super) fn showing_the_label(
    chars: &[char],
    sentence: &Range<usize>,
    quote: Range<usize>,
    label: &str,
) -> Range<usize> {
    let Some(ending) = crate::labels::named_ending(label) else {
        return quote;
    };
    let shows = |r: Range<usize>| {
        let han: Vec<char> = chars[r]
            .iter()
            .copied()
            .filter(|&c| crate::labels::is_han(c))
            .collect();
        han.windows(2).any(|w| w == ending)
    };
    if shows(quote.clone()) {
        return quote;
    }
    let breaks = |c: char| is_clause_break(c) && c != '、' && c != '(' && c != ')';
    let mut start = quote.start;
    while start > sentence.start {
        start = (sentence.start..start - 1)
            .rev()
            .find(|&i| breaks(chars[i]))
            .map_or(sentence.start, |p| p + 1);
        if shows(start..quote.end) {
            while start < quote.end && chars[start].is_whitespace() {
                start += 1;
            }
            return start..quote.end;
        }
    }
    quote
}

/// The sentence `sentence` lies in, read to full stops rather than semicolons, within its
/// `paragraph` (the whole sentence when it lies outside: a headline).
pub(super) fn full_sentence(
    chars: &[char],
    paragraph: &Range<usize>,
    sentence: &Range<usize>,
) -> Range<usize> {
    if sentence.start < paragraph.start || sentence.end > paragraph.end {
        return sentence.clone();
    }
    let full_stop = |c: char| matches!(c, '。' | '！' | '？' | '!' | '?' | '\n');
    let back_to_stop = |from: usize| {
        (paragraph.start..from)
            .rev()
            .find(|&i| full_stop(chars[i]))
            .map_or(paragraph.start, |i| i + 1)
    };
    let mut start = back_to_stop(sentence.start);
    // 全省共发展党员9.3万名。其中,发展女党员4.6万名: a sentence opened by 其中 breaks down the
    // whole the sentence before it counted
    let opens = chars[start..sentence.end]
        .iter()
        .position(|c| !c.is_whitespace())
        .map_or(start, |i| start + i);
    if chars[opens..sentence.end].starts_with(&['其', '中']) && start > paragraph.start {
        start = back_to_stop(start - 1);
    }
    let end = (sentence.end..paragraph.end)
        .find(|&i| full_stop(chars[i]))
        .unwrap_or(paragraph.end);
    start.min(sentence.start)..end.max(sentence.end)
}
