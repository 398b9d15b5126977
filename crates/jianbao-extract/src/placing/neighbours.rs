//! Places a profile names only as the unit's neighbours. A gazetteer's or a community's profile
//! opens with where the unit lies and what borders it, side by side (东与二七社区相邻,南与徐州社区
//! 相邻; 东邻黄河路,西接幸福村; 东至解放大道): the places named there are the neighbours, not the
//! unit, and figures never belong to them. They are no mention of their own, so they neither
//! place the figures after them nor become the place in force (a neighbouring community named
//! after a city, 徐州社区, would otherwise move a 武汉 community's profile to 徐州).

use super::*;

const WORDS: &str = include_str!("../../../../data/profile-neighbours.toml");

/// The words a profile names its neighbours with (data/profile-neighbours.toml), parsed once.
#[derive(serde::Deserialize)]
struct NeighbourWords {
    sides: Vec<char>,
    prepositions: Vec<char>,
    #[serde(deserialize_with = "crate::word_lists::deserialize_char_words")]
    bordering: Vec<Vec<char>>,
    verbs: Vec<char>,
    unit_ends: Vec<char>,
}

fn words() -> &'static NeighbourWords {
    static PARSED: std::sync::OnceLock<NeighbourWords> = std::sync::OnceLock::new();
    PARSED.get_or_init(|| {
        toml::from_str(WORDS)
            .expect("data/profile-neighbours.toml is checked by this module's tests")
    })
}

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
    let w = words();
    let Some(side) = (0..head.len().saturating_sub(1))
        .rev()
        .find(|&i| w.sides.contains(&head[i]) && joins(w, head[i + 1]))
    else {
        return false;
    };
    // the side opens the clause or follows the unit it is a side of (社区东与, 该村西邻), never
    // a place's name (山东临沂, 广东连州, 河南与湖北)
    let first = (0..side)
        .rev()
        .take_while(|&i| w.sides.contains(&head[i]))
        .last()
        .unwrap_or(side);
    if first > 0 && !w.unit_ends.contains(&head[first - 1]) {
        return false;
    }
    let between = &head[side + 2..];
    if !between
        .iter()
        .all(|&c| crate::labels::is_han(c) || c == '、')
    {
        return false;
    }
    if w.verbs.contains(&head[side + 1]) {
        return true;
    }
    let tail = &chars[range.end..clause_end];
    w.bordering
        .iter()
        .any(|word| crate::catalog::find_from(tail, word, 0).is_some())
}

/// Whether `c` joins a side to its neighbour (a preposition or a verb of bordering).
fn joins(w: &NeighbourWords, c: char) -> bool {
    w.prepositions.contains(&c) || w.verbs.contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_file_parses_and_names_every_kind() {
        let w = words();
        assert_eq!(w.sides, ['东', '南', '西', '北']);
        assert!(!w.prepositions.is_empty() && !w.verbs.is_empty() && !w.unit_ends.is_empty());
        assert!(w
            .bordering
            .iter()
            .any(|b| b.iter().collect::<String>() == "相邻"));
    }
}
