//! Examples named before a count: 表彰了吴兴区、德清县等5个先进县区, 命名爱山街道等20个社区为
//! 星级志愿服务站, 长兴县某某协会等8个单位获评省级示范单位.
//!
//! A meeting or a list that commends units and people often names one or two of the commended
//! and then closes the list with 等 and the count. The count is the commended set's: the figure
//! of the body that commends it, of the meeting's place or of the place the text is about, at
//! that level; never the figure of the one or two members named as examples. So in a sentence
//! of commendation (words in `data/award-words.txt`) the places inside such an example list are
//! no place of any figure of the sentence (a later count that splits the set, 其中社区12个, is the
//! set's too), and they leave no place in force for the sentences after. A place named again for
//! a figure of its own (其中安吉县3个) still holds for it. Outside commendation a list closed by
//! 等 may name the bodies that act (云南省某某促进会等八家组织联办), and their place stays.

use crate::numbers::Quantity;
use std::ops::Range;

/// Words of commendation, one a line (data/award-words.txt).
const AWARD_WORDS: &str = include_str!("../../../data/award-words.txt");

/// The words of commendation, parsed once.
fn award_words() -> &'static [Vec<char>] {
    static WORDS: std::sync::OnceLock<Vec<Vec<char>>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| crate::word_lists::char_words(AWARD_WORDS))
}

/// Whether the sentence `s` commends (表彰, 获评, 先进集体 …).
fn commends(s: &[char]) -> bool {
    let words = award_words();
    (0..s.len()).any(|i| words.iter().any(|w| s[i..].starts_with(w)))
}

/// Words that may stand between 等 and the count: 等共10个, 等共计8家.
const AFTER_DENG: &[&str] = &["共计", "共"];

/// Separators between the items of an example list (A区、B县等; A区和B县等).
const ITEM_SEPARATOR: char = '、';

/// Joiners inside one item that coordinate two names (B区和C区等): both are examples.
const JOINERS: &[&str] = &["和", "及", "与", "以及", "、"];

/// Where 等 ends an example list right before a count of `quantities` in `s`: the index of each
/// such 等, and whether its count counts places.
fn example_list_ends(s: &[char], quantities: &[Quantity]) -> Vec<(usize, bool)> {
    quantities
        .iter()
        .filter_map(|q| {
            let mut at = q.range.start;
            for word in AFTER_DENG {
                let w: Vec<char> = word.chars().collect();
                if at >= w.len() && s[at - w.len()..at] == w[..] {
                    at -= w.len();
                    break;
                }
            }
            (at > 0 && s[at - 1] == '等').then(|| {
                (
                    at - 1,
                    crate::locals::counts_places(&q.unit, &s[q.range.end..]),
                )
            })
        })
        .collect()
}

/// Whether a place written at `r` is a whole word (全市, 我省, 本县): the text names the whole,
/// never an example of it.
fn whole_word(s: &[char], r: &Range<usize>) -> bool {
    matches!(s[r.start], '全' | '我' | '本') || s.get(r.start + 1) == Some(&'里')
}

/// Removes from `places` (a sentence's place mentions, in text order, chains already joined)
/// the places named as examples of a count in a sentence of commendation: in each item of a
/// list closed by 等 right before a count, the last place and the places written right before
/// it or coordinated with it. The list's first item runs back to its clause's start, so a
/// subject named earlier in it with words between (湖州市表彰了吴兴区等) stays.
pub(crate) fn drop_examples<W>(
    s: &[char],
    quantities: &[Quantity],
    places: &mut Vec<(Range<usize>, W)>,
) {
    if places.is_empty() {
        return;
    }
    let lists = example_lists(s, quantities);
    if lists.is_empty() {
        return;
    }
    let mut example = vec![false; places.len()];
    for list in &lists {
        for item in &list.items {
            mark_item_examples(s, places, list.clause_start, item.clone(), &mut example);
        }
    }
    let mut k = 0;
    places.retain(|_| {
        k += 1;
        !example[k - 1]
    });
}

/// The part of a lead sentence (`r` in `chars`) before its first example list of a commended
/// set (近日,……公布名单,湖州市吴兴区爱山街道等8个单位获评……): the places of the examples do
/// not say which place the article is about, any more than they place its figures.
pub(crate) fn lead_before_examples(
    g: &crate::places::Gazetteer,
    chars: &[char],
    r: Range<usize>,
    province: Option<crate::places::PlaceId>,
) -> Range<usize> {
    let s = &chars[r.clone()];
    // (most sentences have no 等 before a numeral: nothing to read)
    if !may_close_a_list(s) {
        return r;
    }
    let lists = example_lists(s, &crate::numbers::find_quantities(s));
    let Some(first) = lists.first() else {
        return r;
    };
    let places: Vec<(Range<usize>, ())> = crate::placing::find_places(g, s, province)
        .into_iter()
        .map(|m| (m.range, ()))
        .collect();
    let mut example = vec![false; places.len()];
    let first_item = first.items[0].clone();
    mark_item_examples(
        s,
        &places,
        first.clause_start,
        first_item.clone(),
        &mut example,
    );
    // the first example's start; a first item without a listed place is an example as a whole
    let cut = (0..places.len())
        .find(|&k| example[k])
        .map_or(first_item.start, |k| places[k].0.start);
    r.start..r.start + cut
}

/// Whether `s` has 等 before a numeral, a qualifier or 共: a cheap test before its quantities
/// are read.
fn may_close_a_list(s: &[char]) -> bool {
    s.windows(2).any(|w| {
        w[0] == '等'
            && (w[1].is_ascii_digit()
                || "共近超逾约".contains(w[1])
                || crate::numbers::parse_chinese(&w[1..]).is_some())
    })
}

/// One list closed by 等 right before a count: the start of its clause and its items (between
/// 、, the last ending at 等).
struct ExampleList {
    clause_start: usize,
    items: Vec<Range<usize>>,
}

/// The example lists of a sentence of commendation `s`, in text order (none elsewhere).
fn example_lists(s: &[char], quantities: &[Quantity]) -> Vec<ExampleList> {
    let ends = example_list_ends(s, quantities);
    if ends.is_empty() {
        return Vec::new();
    }
    // in a sentence of commendation every such list; elsewhere only a count of places (在某街道
    // 等12个街道开展试点): its examples are members of the counted set, never its place
    let commendation = commends(s);
    ends.into_iter()
        .filter(|&(_, places)| commendation || places)
        .map(|(deng, _)| {
            let clause_start = s[..deng]
                .iter()
                .rposition(|&c| crate::catalog::is_clause_break(c) && c != ITEM_SEPARATOR)
                .map_or(0, |p| p + 1);
            // the items' ends: each 、 of the clause and the 等
            let mut items = Vec::new();
            let mut item_start = clause_start;
            for item_end in (clause_start..deng)
                .filter(|&i| s[i] == ITEM_SEPARATOR)
                .chain(std::iter::once(deng))
            {
                items.push(item_start..item_end);
                item_start = item_end + 1;
            }
            ExampleList {
                clause_start,
                items,
            }
        })
        .collect()
}

/// Marks the examples of one list item (`item`, in the clause from `clause_start`): its last
/// place, and each place before it that is written right before the next one or coordinated
/// with it by a joiner. A place ends in the item it belongs to (coordinated places joined into
/// their parent, 吴兴区、德清县, span several items).
fn mark_item_examples<W>(
    s: &[char],
    places: &[(Range<usize>, W)],
    clause_start: usize,
    item: Range<usize>,
    example: &mut [bool],
) {
    let inside: Vec<usize> = (0..places.len())
        .filter(|&k| {
            let r = &places[k].0;
            r.start >= clause_start && r.end > item.start && r.end <= item.end
        })
        .collect();
    let Some((&last, earlier)) = inside.split_last() else {
        return;
    };
    let mut next = last;
    let mut run = vec![last];
    for &k in earlier.iter().rev() {
        let between: String = s[places[k].0.end..places[next].0.start].iter().collect();
        if between.is_empty() || JOINERS.contains(&between.as_str()) {
            run.push(k);
            next = k;
        } else {
            break;
        }
    }
    for k in run {
        if !whole_word(s, &places[k].0) {
            example[k] = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(text: &str, names: &[&str]) -> Vec<String> {
        let s: Vec<char> = text.chars().collect();
        let quantities = crate::numbers::find_quantities(&s);
        let mut places: Vec<(Range<usize>, ())> = names
            .iter()
            .map(|n| {
                let at = text.find(n).expect("name in text");
                let start = text[..at].chars().count();
                (start..start + n.chars().count(), ())
            })
            .collect();
        drop_examples(&s, &quantities, &mut places);
        places
            .iter()
            .map(|(r, _)| s[r.clone()].iter().collect())
            .collect()
    }

    #[test]
    fn examples_before_deng_and_a_count_go() {
        assert!(kept(
            "会议表彰了吴兴区、德清县等5个先进县区",
            &["吴兴区", "德清县"]
        )
        .is_empty());
        assert_eq!(
            kept("湖州市表彰了吴兴区等5个先进县区", &["湖州市", "吴兴区"]),
            vec!["湖州市"]
        );
        assert!(kept(
            "湖州市吴兴区爱山街道等8个单位获评",
            &["湖州市吴兴区", "爱山街道"]
        )
        .is_empty());
        assert!(kept(
            "表彰了吴兴区民政局、德清县民政局等5个单位",
            &["吴兴区", "德清县"]
        )
        .is_empty());
        assert!(kept(
            "表彰了吴兴区、南浔区和德清县等共6个县区",
            &["吴兴区", "南浔区", "德清县"]
        )
        .is_empty());
    }

    #[test]
    fn places_outside_such_a_list_stay() {
        assert_eq!(
            kept(
                "吴兴区等5个县区获评先进,其中安吉县3个",
                &["吴兴区", "安吉县"]
            ),
            vec!["安吉县"]
        );
        assert_eq!(
            kept("吴兴区、德清县建成示范驿站5个", &["吴兴区", "德清县"]).len(),
            2
        );
        assert_eq!(kept("吴兴区等地建成示范驿站5个", &["吴兴区"]).len(), 1);
        assert_eq!(kept("全市等5个先进单位", &["全市"]).len(), 1);
        assert_eq!(
            kept("云南省促进会等八家组织联办", &["云南省"]).len(),
            1,
            "no commendation: the bodies that act keep their place"
        );
    }
}
