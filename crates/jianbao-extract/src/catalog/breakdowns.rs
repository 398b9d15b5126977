//! A bare noun of a kind (`=` in data/metrics.toml: 社会团体, 基金会, 志愿者) names what a figure
//! counts only when the figure counts that kind alone, as the place's stock of it. Official texts
//! also write such nouns where the figure counts something else:
//! - a list after the figure with no figure of its own items (286个社会团体、社会服务机构和基金会
//!   获得……称号): the figure sums the list, it is no count of its first item;
//! - a breakdown (包括, 其中) of a whole another remit's wording named before (注册志愿团体1253个，
//!   包括57个社会团体、11个社会服务机构): the items split that whole by legal form, a part of it,
//!   not the place's social groups; a breakdown of a whole of the same remit (全省社会组织3.2万个，
//!   其中社会团体1.1万个) is the kind's own count.

use super::{is_clause_break, PatternHit};
use crate::labels::is_han;
use jianbao_facts::Catalog;

/// Words that open a breakdown of the whole named before them.
const BREAKDOWN_WORDS: [&str; 2] = ["包括", "其中"];

/// Whether the bare-noun wording `hit` right after a figure opens a list the figure sums
/// (286个社会团体、社会服务机构和基金会): a count of organisations of several kinds, of no one
/// kind's row, so the wording does not name what the figure counts (a wording further in its
/// clause may: ……获得“全国先进社会组织”称号).
pub(super) fn bare_noun_opens_a_list(
    hit: &PatternHit,
    chars: &[char],
    number_start: usize,
) -> bool {
    hit.adjacent && hit.start >= number_start && sums_a_list_after(chars, hit.end)
}

/// Whether the figure given `metric` through the bare-noun wording `hit` is an item of a
/// breakdown of another remit's whole (志愿团体1253个，包括57个社会团体): a part of that whole,
/// which gives the figure its theme, so it has no metric of the noun's remit at all.
pub(super) fn bare_noun_splits_another_whole(
    catalog: &Catalog,
    hits: &[PatternHit],
    hit: &PatternHit,
    chars: &[char],
    number_start: usize,
    metric: usize,
) -> bool {
    hit.adjacent && part_of_another_remits_whole(catalog, hits, chars, number_start, metric)
}

/// Whether the noun ending at `thing_end` goes on as a list (、, 和, 及) whose further items have
/// no figure of their own: the figure counts the whole list. The items are the run of words and
/// list marks after it; a figure opening an item (、11个社会服务机构) or standing right after the
/// run (、基金会520个) is the item's own, while one further on, past a quote mark, a citation or a
/// space the page sets before its next sentence (……获得“全国先进社会组织”称号 [1] - 云南省共有5家),
/// counts something else.
fn sums_a_list_after(chars: &[char], thing_end: usize) -> bool {
    if !matches!(chars.get(thing_end), Some('、' | '和' | '及')) {
        return false;
    }
    let rest = &chars[thing_end + 1..];
    let end = rest
        .iter()
        .position(|&c| !(is_han(c) || c == '、'))
        .unwrap_or(rest.len());
    let run = &rest[..end];
    run.first().is_some_and(|&c| is_han(c)) && !rest.get(end).is_some_and(char::is_ascii_digit)
}

/// Whether a breakdown word stands in the run of items the figure is in (only 、 between them),
/// a figure stands before it (the whole's), and the catalog wording nearest before that word
/// names a thing of another theme than `metric`'s.
fn part_of_another_remits_whole(
    catalog: &Catalog,
    hits: &[PatternHit],
    chars: &[char],
    number_start: usize,
    metric: usize,
) -> bool {
    let before = &chars[..number_start];
    // the figure's own run of items (其中社会团体1.1万个、基金会520个): back to a clause break
    // other than 、
    let run_start = before
        .iter()
        .rposition(|&c| is_clause_break(c) && c != '、')
        .map_or(0, |p| p + 1);
    let run = &before[run_start..];
    let Some(opens) = BREAKDOWN_WORDS
        .iter()
        .filter_map(|w| {
            let w: Vec<char> = w.chars().collect();
            run.windows(w.len())
                .rposition(|window| window == w.as_slice())
        })
        .max()
        .map(|at| run_start + at)
    else {
        return false;
    };
    // it splits a whole stated before it
    if !before[..opens].iter().any(char::is_ascii_digit) {
        return false;
    }
    hits.iter()
        .filter(|h| h.end <= opens)
        .max_by_key(|h| (h.end, h.length))
        .is_some_and(|whole| catalog.metrics[whole.metric].theme != catalog.metrics[metric].theme)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn a_list_without_figures_of_its_own_is_summed() {
        let first_item_end = |text: &[char]| text.iter().position(|&c| c == '、').unwrap();
        let text = chars("共有286个社会团体、社会服务机构和基金会获得称号");
        assert!(sums_a_list_after(&text, first_item_end(&text)));
        let items = chars("包括57个社会团体、11个社会服务机构");
        assert!(!sums_a_list_after(&items, first_item_end(&items)));
        let alone = chars("登记社会团体1.1万个,基金会120个");
        assert!(!sums_a_list_after(&alone, 6));
        let own_figure_after = chars("社会团体、基金会520个");
        assert!(!sums_a_list_after(&own_figure_after, 4));
        // the next sentence's figure, past a quote and a citation mark, is no item's own
        let cited = chars("286个社会团体、社会服务机构和基金会获得“称号” [1] - 全省共有5家");
        assert!(sums_a_list_after(&cited, first_item_end(&cited)));
    }
}
