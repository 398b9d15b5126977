//! Places a profile names only as the unit's neighbours. A gazetteer's or a community's profile
//! opens with where the unit lies and what borders it, side by side (东与二七社区相邻,南与徐州社区
//! 相邻; 东邻黄河路,西接幸福村; 东至解放大道): the places named there are the neighbours, not the
//! unit, and figures never belong to them. They are no mention of their own, so they neither
//! place the figures after them nor become the place in force (a neighbouring community named
//! after a city, 徐州社区, would otherwise move a 武汉 community's profile to 徐州).

use super::*;

/// The four sides a profile names its neighbours by (东, 东南 …: the last character of a compound
/// side is one of these).
const SIDES: &[char] = &['东', '南', '西', '北'];
/// A side joined to its neighbour by a preposition (东与……相邻, 南和……接壤, 西同……毗连): the clause
/// must close with a word of bordering (`BORDERING`).
const SIDE_WITH: &[char] = &['与', '和', '同'];
/// Words of bordering that close a clause opened by a side and a preposition.
const BORDERING: &[&str] = &[
    "相邻", "相连", "相接", "相望", "接壤", "毗邻", "毗连", "交界", "为邻", "相依", "连接",
];
/// A side joined to its neighbour by a verb of bordering (东邻, 西接, 南靠, 北连, 东至, 南抵,
/// 西临, 北依): the neighbour follows the verb, alone or as a list.
const SIDE_VERBS: &[char] = &['邻', '接', '靠', '连', '至', '抵', '临', '依', '濒', '界'];

/// The last characters of a unit a profile is about, before the side it names (长湖地社区东与,
/// 该村西邻, 本镇南接); a side after any other character is part of a name (山东, 广东, 河南).
const UNIT_ENDS: &[char] = &[
    '区', '村', '镇', '乡', '道', '县', '市', '州', '该', '本', '域', '内',
];

/// Drops the places a clause names as the unit's neighbours (东与二七社区相邻, 西邻幸福村).
pub(super) fn drop_neighbours(chars: &[char], places: &mut Vec<(Range<usize>, Where)>) {
    if places.is_empty() {
        return;
    }
    places.retain(|(r, _)| !named_as_neighbour(chars, r.clone()));
}

/// Whether the place at `range` is named in a clause of bordering: after a side and a verb of
/// bordering (西邻A、B社区), or after a side and a preposition in a clause that closes with a word
/// of bordering (南与徐州社区相邻).
pub(crate) fn named_as_neighbour(chars: &[char], range: Range<usize>) -> bool {
    let is_break = |c: char| (crate::catalog::is_clause_break(c) && c != '、') || c == '\n';
    let clause_start = chars[..range.start]
        .iter()
        .rposition(|&c| is_break(c))
        .map_or(0, |i| i + 1);
    let clause_end = (range.end..chars.len())
        .find(|&i| is_break(chars[i]))
        .unwrap_or(chars.len());
    let head = &chars[clause_start..range.start];
    // the side and its joining word: the last pair of the head before the place (with only the
    // list's earlier neighbours between, 西邻幸福村、 before a second one)
    let Some(side) = (0..head.len().saturating_sub(1))
        .rev()
        .find(|&i| SIDES.contains(&head[i]) && joins(head[i + 1]))
    else {
        return false;
    };
    // the side opens the clause or follows the unit it is a side of (社区东与, 该村西邻), never
    // a place's name (山东临沂, 广东连州, 河南与湖北)
    let first = (0..side)
        .rev()
        .take_while(|&i| SIDES.contains(&head[i]))
        .last()
        .unwrap_or(side);
    if first > 0 && !UNIT_ENDS.contains(&head[first - 1]) {
        return false;
    }
    let between = &head[side + 2..];
    if !between
        .iter()
        .all(|&c| crate::labels::is_han(c) || c == '、')
    {
        return false;
    }
    if SIDE_VERBS.contains(&head[side + 1]) {
        return true;
    }
    let tail = &chars[range.end..clause_end];
    BORDERING
        .iter()
        .any(|w| crate::catalog::find_from(tail, &w.chars().collect::<Vec<_>>(), 0).is_some())
}

/// Whether `c` joins a side to its neighbour (a preposition or a verb of bordering).
fn joins(c: char) -> bool {
    SIDE_WITH.contains(&c) || SIDE_VERBS.contains(&c)
}
