//! Reading lists around a figure: where the words before it start (after a list mark, a word
//! boundary) and how far the counted thing after it runs through 、, 和 and 及.

use super::is_han;
use super::words::{longest_at, vocabulary};

/// The last at most `max` characters of `text`, starting at a word boundary (after 、, 和, 及,
/// 与, 以及 or 的) rather than inside a word; the whole text when no boundary makes it short
/// enough and it is not much longer. A boundary at 、 leaves out items of a list that share
/// the words after it (驻区单位党组织、党员到社区报到率: both report), so the whole list is
/// kept when it fits a label of `most` characters.
pub(super) fn tail_at_boundary(text: &[char], max: usize, most: usize) -> Vec<char> {
    if text.len() <= max {
        return text.to_vec();
    }
    let from = text.len() - max;
    let boundary = (from..text.len())
        .find(|&i| i > 0 && matches!(text[i - 1], '、' | '和' | '及' | '与' | '的'))
        .filter(|&i| text.len() - i >= 2);
    match boundary {
        Some(i) if text[i - 1] == '、' => {
            let start = list_start(text, i - 1);
            if text.len() - start <= most {
                text[start..].to_vec()
            } else {
                // a list too long for a cell that sits in a modifier closed by 的 (来自物流企业、
                // 快递网点的党员代表): the head noun after the 的 is what is counted, never the
                // list's last items without its first
                let head = text[i..]
                    .iter()
                    .rposition(|&c| c == '的')
                    .map(|p| i + p + 1)
                    .filter(|&at| text.len() - at >= 2);
                text[head.unwrap_or(i)..].to_vec()
            }
        }
        Some(i) => text[i..].to_vec(),
        None if text.len() <= max + 8 => text.to_vec(),
        None => Vec::new(),
    }
}

/// Where the 、-list whose mark stands at `mark` starts: back over its items to the boundary
/// before its first item (the text's start, or after 和, 及, 与 or 的).
fn list_start(text: &[char], mark: usize) -> usize {
    let mut mark = mark;
    loop {
        let start = text[..mark]
            .iter()
            .rposition(|&c| matches!(c, '、' | '和' | '及' | '与' | '的'))
            .map_or(0, |p| p + 1);
        match start.checked_sub(1) {
            Some(previous) if text[previous] == '、' => mark = previous,
            _ => return start,
        }
    }
}

/// Whether the words before a figure are the list item of the figure before it (1个组织、2个):
/// no clause break stands between the two figures and those words end at a list mark.
pub(super) fn follows_a_list_item(
    previous_end: usize,
    clause_start: usize,
    before: &[char],
) -> bool {
    previous_end > 0 && clause_start == previous_end && before.last() == Some(&'、')
}

/// The end of the counted thing after a figure when a list runs on past 和, 与 or 及 (286个社会
/// 团体、社会服务机构和基金会获得, 1400余名党组织书记和党务工作者在): the whole list, when no
/// figure of its own follows its last item and it fits a label; else, for a list of 、, its first
/// item only (115家社会公益组织、高校专家学者及……近300人: 家 counts the organisations).
pub(super) fn through_list(
    chars: &[char],
    thing: usize,
    end: usize,
    stops_at: &impl Fn(usize, bool) -> bool,
) -> usize {
    const MOST: usize = 16;
    // 与 is mostly the preposition "with" (6家商会与县区政府签约): only 和 and 及 join a list
    if end >= chars.len() || !matches!(chars[end], '和' | '及') {
        return end;
    }
    let listed = chars[thing..end].contains(&'、');
    let first_item = || {
        chars[thing..end]
            .iter()
            .position(|&c| c == '、')
            .map_or(end, |p| thing + p)
    };
    if !chars.get(end + 1).is_some_and(|&c| is_han(c)) {
        return if listed { first_item() } else { end };
    }
    let limit = chars.len().min(thing + MOST + 1);
    // (a verb that opens the next item is its modifier, not a predicate: 社区办公和服务用房)
    let Some(whole_end) = (end + 2..limit).find(|&i| stops_at(i, true)) else {
        return if listed { first_item() } else { end };
    };
    // a figure right after the last item (及负责人近300人) is that item's own
    let own_figure = chars[whole_end..chars.len().min(whole_end + 2)]
        .iter()
        .any(char::is_ascii_digit);
    // 和 before a joint action is "with" (商会和政府共同签约); after 的 the joint word is the
    // list's attribute (企业家及有关人士的共同努力: the people who made the effort together)
    let joint = chars[whole_end - 1] != '的'
        && longest_at(&vocabulary().joint_action_words, &chars[whole_end..]) > 0;
    if own_figure || joint {
        if listed {
            first_item()
        } else {
            end
        }
    } else {
        whole_end
    }
}
