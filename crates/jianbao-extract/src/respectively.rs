//! The items of a 分别 series (新增社工站、志愿服务驿站分别为30个、12家): Chinese official texts
//! name a list of things, then give their figures in the same order after 分别, so each figure
//! counts its own item of the list, not the whole list.

use crate::catalog::is_clause_break;
use crate::numbers::Quantity;
use std::ops::Range;

/// Characters that join the figures of one series (30个、12家; 30个和12家).
const SERIES_JOINS: &[char] = &['、', '和', '及', '与', ' '];

/// Last characters of a head noun a list may share (党组织和工作覆盖率: 覆盖率 of both).
const SHARED_HEADS: &[char] = &['率', '比', '数', '量', '额'];

/// The 分别 series the `k`-th figure of a sentence belongs to: where 分别 stands, the index of
/// the series' first figure, the figure's place in the series and the series' length.
fn series_of(
    s: &[char],
    quantities: &[Quantity],
    k: usize,
) -> Option<(usize, usize, usize, usize)> {
    let q = quantities.get(k)?;
    let clause_start = s[..q.number_start]
        .iter()
        .rposition(|&c| is_clause_break(c) && c != '、')
        .map_or(0, |p| p + 1);
    let at = (clause_start..q.number_start)
        .rev()
        .find(|&i| s[i] == '分' && s.get(i + 1) == Some(&'别'))?;
    let first = quantities.iter().position(|x| x.number_start > at)?;
    let index = k.checked_sub(first)?;
    // the series: the figures after 分别 joined only by 、 or 和
    let mut count = 1;
    while let (Some(prev), Some(next)) = (
        quantities.get(first + count - 1),
        quantities.get(first + count),
    ) {
        let gap = s.get(prev.range.end..next.range.start)?;
        if gap.is_empty() || !gap.iter().all(|c| SERIES_JOINS.contains(c)) {
            break;
        }
        count += 1;
    }
    (index < count && count >= 2).then_some((at, first, index, count))
}

/// Whether the `k`-th figure of a sentence is one of a 分别 series.
pub(crate) fn series_follows(s: &[char], quantities: &[Quantity], k: usize) -> bool {
    series_of(s, quantities, k).is_some()
}

/// The most characters between a list of places and the 分别 of its series (江苏、浙江、广东三省的
/// 社会团体分别为……).
const PLACES_TO_SERIES: usize = 24;

/// Words that close the clause naming a list of places before the list (……较多的省份依次为江苏、
/// 浙江、广东,分别为……): copulas, cut from the thing counted.
const LIST_COPULAS: &[&str] = &[
    "依次为",
    "依次是",
    "分别是",
    "分别为",
    "包括",
    "为",
    "是",
    "有",
];

/// The nouns of a count a place list may be named by (社会团体数量较多的省份: 社会团体数量).
const COUNT_NOUNS: &[&str] = &["数量", "总数", "总量", "规模", "人数", "个数"];

/// The place of the `k`-th figure of a sentence when it is one of a 分别 series and the places the
/// sentence names right before 分别 (in its clause or closing the clause before) are as many as
/// the series' figures: official texts and blue books give several places' figures so
/// (江阳区、龙马潭区、纳溪区的社工站分别为12个、9个、8个; 社会团体较多的省份为江苏、浙江、广东,
/// 分别为3.5万个、2.9万个、2.6万个), each figure its own place's. With the place, the label: the
/// thing the list counts, named after the places (的社工站) or, when the places close their
/// clause, before them (社会团体数量). `places` are the sentence's places in order.
pub(crate) fn respective_place<T: Copy>(
    s: &[char],
    quantities: &[Quantity],
    k: usize,
    places: &[(Range<usize>, T)],
) -> Option<(T, String)> {
    let (at, first, index, count) = series_of(s, quantities, k)?;
    let before = first.checked_sub(1).map_or(0, |p| quantities[p].range.end);
    let listed: Vec<&(Range<usize>, T)> = places
        .iter()
        .filter(|(r, _)| r.start >= before && r.end <= at)
        .collect();
    let last = listed.last()?;
    if at - last.0.end > PLACES_TO_SERIES {
        return None;
    }
    // the run of places joined only by 、 or 和 that ends the list
    let mut run_start = listed.len() - 1;
    while run_start > 0 {
        let gap = s.get(listed[run_start - 1].0.end..listed[run_start].0.start)?;
        if gap.is_empty() || !gap.iter().all(|c| SERIES_JOINS.contains(c)) {
            break;
        }
        run_start -= 1;
    }
    if listed.len() - run_start != count {
        return None;
    }
    let place = listed[run_start + index].1;
    // what the list counts: after the places (的社工站; 三省的社会团体), else before them
    let between: String = s[last.0.end..at]
        .iter()
        .filter(|c| !is_clause_break(**c) && **c != ' ')
        .collect();
    let after_places = match between.rfind('的') {
        Some(p) => between[p + '的'.len_utf8()..].to_owned(),
        None => between,
    };
    let label = if after_places.chars().count() >= 2 {
        after_places
    } else {
        let run_at = listed[run_start].0.start;
        let opening = s[..run_at]
            .iter()
            .rposition(|&c| is_clause_break(c) && c != '、')
            .map_or(0, |p| p + 1);
        let mut named: String = s[opening..run_at].iter().collect();
        if let Some(copula) = LIST_COPULAS.iter().find(|c| named.ends_with(*c)) {
            named.truncate(named.len() - copula.len());
        }
        match COUNT_NOUNS
            .iter()
            .filter_map(|n| named.find(n).map(|p| p + n.len()))
            .min()
        {
            Some(end) => named.truncate(end),
            None => {
                if let Some(p) = named.rfind('的') {
                    named.truncate(p);
                }
            }
        }
        named
    };
    (label.chars().count() >= 2).then_some((place, label))
}

/// The label of the `k`-th figure of a sentence when it is one of a 分别 series and the list
/// before 分别 (the label of the series' first figure) has as many items as the series has
/// figures: that figure's own item. `None` when the figure is no such item.
pub(crate) fn respective_item(s: &[char], quantities: &[Quantity], k: usize) -> Option<String> {
    let (_, first, index, count) = series_of(s, quantities, k)?;
    let series = &quantities[first];
    let before = first.checked_sub(1).map_or(0, |p| quantities[p].range.end);
    let label = crate::labels::label_from_text(
        s,
        before,
        series.range.start,
        series.range.end,
        &series.unit,
    );
    let items: Vec<&str> = label
        .split(|c: char| SERIES_JOINS.contains(&c))
        .filter(|item| !item.is_empty())
        .collect();
    // 党组织和工作覆盖率分别达95%和98%: the items share the head that ends the last one (a
    // rate, a share, a number), which no item before it repeats; the list stays whole
    let shared_head = |item: &str| item.ends_with(SHARED_HEADS);
    let heads_shared = items
        .split_last()
        .is_some_and(|(last, rest)| shared_head(last) && rest.iter().any(|i| !shared_head(i)));
    (items.len() == count && !heads_shared).then(|| items[index].to_owned())
}
