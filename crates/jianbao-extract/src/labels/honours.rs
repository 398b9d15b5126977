//! Items of a list counted one by one and closed by 等 with their total, and what the total
//! received (全市有4名个人、1个组织、1个项目等8个典型获评“江苏省志愿服务之星”, 3个社区、2家企业等
//! 5个单位入选示范名单): Chinese reports name each item's kind only, so the item's own noun
//! (项目) says nothing a table row can use and reads as the list's examples. Each item is counted
//! as one that received the honour: 获评“江苏省志愿服务之星”的项目.

use super::words::{longest_at, vocabulary};
use super::MAX_LABEL_CHARS;
use crate::catalog::is_clause_break;

/// How far after an item the list's 等 and total are looked for, and the longest honour (its
/// verb and what was received) a label takes.
const LIST_REACH: usize = 40;
const LONGEST_HONOUR: usize = 16;

/// `label` of a list item ending at `item_end` as an item that received what the list's total
/// received ("{honour}的{label}"), when a 等 with a total closes the list within its clause and
/// a verb of honour (data/labels.toml's honour_verbs) follows the total's kind; `label`
/// unchanged otherwise, and when the result would not fit a table cell.
pub(super) fn honoured_item(chars: &[char], item_end: usize, label: String) -> String {
    let v = vocabulary();
    let within_clause = |k: &usize| !(is_clause_break(chars[*k]) && chars[*k] != '、');
    let reach = chars.len().min(item_end + LIST_REACH);
    // the list's close: 等 right before the total (等8个典型)
    let Some(close) = (item_end.saturating_sub(1)..reach)
        .take_while(within_clause)
        .find(|&k| chars[k] == '等' && chars.get(k + 1).is_some_and(char::is_ascii_digit))
    else {
        return label;
    };
    // past the total and its measure word, to the verb of honour after the kind
    let mut k = close + 1;
    while chars
        .get(k)
        .is_some_and(|c| c.is_ascii_digit() || *c == '.')
    {
        k += 1;
    }
    let Some(verb) = (k + 1..reach.min(k + 10))
        .take_while(within_clause)
        .find(|&p| longest_at(&v.honour_verbs, &chars[p..]) > 0)
    else {
        return label;
    };
    let honour_end = (verb..chars.len())
        .find(|&p| is_clause_break(chars[p]) || chars[p] == '\n')
        .unwrap_or(chars.len());
    if honour_end - verb > LONGEST_HONOUR {
        return label;
    }
    let honour: String = chars[verb..honour_end].iter().collect();
    with_honour(&honour, label)
}

/// "{honour}的{label}" when it fits a table cell (quotes not counted), else `label`.
fn with_honour(honour: &str, label: String) -> String {
    let whole = format!("{honour}的{label}");
    let fits = whole.chars().filter(|c| !matches!(c, '“' | '”')).count() <= MAX_LABEL_CHARS;
    if fits {
        whole
    } else {
        label
    }
}

/// `label` of a counted thing the rest of whose clause tells what it received (5个志愿服务组织
/// 入选全省先进典型, 另有6个项目在全省大赛上获奖, 9个社区被评为示范社区): the figure counts the
/// commended, never the whole stock, so the label says so ("{honour}的{label}": 入选全省先进典型
/// 的志愿服务组织). `label` unchanged when no verb of honour follows in the clause, a figure
/// stands in it, the label opens with a predicate, or the result would not fit a table cell.
pub(super) fn honoured_thing(chars: &[char], thing_end: usize, label: String) -> String {
    let v = vocabulary();
    let start = thing_end.min(chars.len());
    let end = (start..chars.len())
        .find(|&p| is_clause_break(chars[p]) || chars[p] == '\n')
        .unwrap_or(chars.len());
    let rest = &chars[start..end];
    // a label that opens with a predicate (具备省级……) is no counted thing to commend
    let thing: Vec<char> = label.chars().collect();
    if longest_at(&v.predicate_starts, &thing) > 0 {
        return label;
    }
    let tells_honour = (0..rest.len()).any(|p| longest_at(&v.honour_verbs, &rest[p..]) > 0);
    if !tells_honour || rest.len() > LIST_REACH / 2 || rest.iter().any(char::is_ascii_digit) {
        return label;
    }
    let honour: String = super::without_adverbs(rest).into_iter().collect();
    with_honour(&honour, label)
}
