//! The items of a 分别 series (新增社工站、志愿服务驿站分别为30个、12家): Chinese official texts
//! name a list of things, then give their figures in the same order after 分别, so each figure
//! counts its own item of the list, not the whole list.

use crate::catalog::is_clause_break;
use crate::numbers::Quantity;

/// Characters that join the figures of one series (30个、12家; 30个和12家).
const SERIES_JOINS: &[char] = &['、', '和', '及', '与', ' '];

/// Last characters of a head noun a list may share (党组织和工作覆盖率: 覆盖率 of both).
const SHARED_HEADS: &[char] = &['率', '比', '数', '量', '额'];

/// The label of the `k`-th figure of a sentence when it is one of a 分别 series and the list
/// before 分别 (the label of the series' first figure) has as many items as the series has
/// figures: that figure's own item. `None` when the figure is no such item.
pub(crate) fn respective_item(s: &[char], quantities: &[Quantity], k: usize) -> Option<String> {
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
    if index >= count || count < 2 {
        return None;
    }
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
