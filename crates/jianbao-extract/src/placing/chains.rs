//! Names that chain from the outer place to the inner (沈阳市铁西区): a name several places share
//! is resolved by the place written right before it.

use crate::places::Gazetteer;
use jianbao_facts::Level;

/// The longest name of a place written right after the one governing it (乌鲁木齐经济技术
/// 开发区 is a zone, not a name of the gazetteer's).
const MAX_CHAINED_NAME_CHARS: usize = 10;

/// Adds to `found` the names shared by several places (铁西区 of 沈阳, 鞍山 and 四平; 鼓楼区,
/// 朝阳区, 城关镇-level district names) that are written right after a place governing one of
/// them (沈阳市铁西区): names chain from the outer place to the inner, so the one inside it is
/// meant. The gazetteer alone skips such a name unless the document's province holds only one.
pub(super) fn resolve_after_governing(
    g: &Gazetteer,
    text: &[char],
    found: &mut Vec<crate::places::PlaceMention>,
) {
    let mut k = 0;
    while k < found.len() {
        let (end, outer) = (found[k].range.end, found[k].place);
        let followed = found.get(k + 1).is_some_and(|next| next.range.start == end);
        let window = &text[end..text.len().min(end + MAX_CHAINED_NAME_CHARS)];
        // (a district's or county's name ends in one of these: most text after a place holds none)
        let may_name = window
            .iter()
            .any(|c| matches!(c, '区' | '县' | '市' | '旗' | '州'));
        if !followed && may_name && g.level(outer) != Level::District {
            let inner = g
                .find(window, Some(outer))
                .into_iter()
                .next()
                .filter(|m| m.range.start == 0 && !m.short && m.place != outer);
            if let Some(m) = inner {
                found.insert(
                    k + 1,
                    crate::places::PlaceMention {
                        range: end..end + m.range.end,
                        place: m.place,
                        short: false,
                    },
                );
            }
        }
        k += 1;
    }
}

/// Words that name a chamber of one place's people set up in another (周宁县上海商会, 上海市
/// 南通商会, 中山市邵阳商会): data/chamber-words.txt.
const CHAMBER_WORDS: &str = include_str!("../../../../data/chamber-words.txt");

fn chamber_words() -> &'static [Vec<char>] {
    static WORDS: std::sync::OnceLock<Vec<Vec<char>>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| crate::word_lists::char_words(CHAMBER_WORDS))
}

/// Whether two places of different provinces written one right after the other, `first` then
/// `second` ending at `end`, name a chamber of one's people in the other (异地商会): a chamber's
/// word follows the second. Such a chamber is registered and works in its host place, which its
/// name gives first (上海市南通商会, 中山市邵阳商会, the form its host's registry uses) unless the
/// second is the wider place (周宁县上海商会, a county's chamber in a province-level city): the
/// result says whether the second is the host.
pub(super) fn chamber_host_is_second(
    g: &Gazetteer,
    text: &[char],
    first: crate::places::PlaceId,
    second: crate::places::PlaceId,
    end: usize,
) -> bool {
    let rest = &text[end.min(text.len())..];
    chamber_words().iter().any(|w| rest.starts_with(w)) && g.level(second) < g.level(first)
}
