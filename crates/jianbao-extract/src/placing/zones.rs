//! Development zones and new areas (成都高新区, 济源市高新技术产业开发区): district-level places of
//! the city they are named after or lie in, whether written after that city's name or, in the
//! city's own news, by their kind alone.

use super::{Locals, Where};
use crate::places::{Gazetteer, PlaceId};
use jianbao_facts::Level;
use std::ops::Range;

/// Replaces the mention of a city or district followed by a development zone's suffix (成都 +
/// 高新区, 坪山 + 新区) by the zone: a district-level place of that city.
pub(crate) fn add_zones(
    g: &Gazetteer,
    chars: &[char],
    places: &mut [(Range<usize>, Where)],
    locals: &mut Locals,
) {
    // (a zone's own name is no other place the gazetteer found: 贵州省安顺经济技术开发区)
    let starts: Vec<usize> = places.iter().map(|(r, _)| r.start).collect();
    for (range, place) in places.iter_mut() {
        let Where::Place(p) = *place else { continue };
        // 全市, 本区, 省委 …: words for a whole, not names
        if "全我本省市县区".contains(chars[range.start]) {
            continue;
        }
        let Some(len) = crate::locals::zone_suffix_at(chars, range.end).or_else(|| {
            crate::named_zones::own_named_zone_after(chars, range.end).filter(|&n| {
                !starts
                    .iter()
                    .any(|s| (range.end..range.end + n).contains(s))
            })
        }) else {
            continue;
        };
        let written: String = chars[range.start..range.end + len].iter().collect();
        let suffix: String = chars[range.end..range.end + len].iter().collect();
        let base: String = chars[range.clone()].iter().collect();
        // (a listed zone stays a local name, as the article's own zone is read among them, but
        // shown by its official name and lying in itself)
        let (parent, shown) = match official_zone(g, p, &base, &suffix) {
            Some(zone) => (Some(zone), g.display(zone)),
            None => match g.level(p) {
                Level::District => match g.parent(p) {
                    Some(city) => (Some(city), format!("{}{written}", g.display(city))),
                    None => continue,
                },
                Level::City | Level::Province => (Some(p), written.clone()),
                _ => continue,
            },
        };
        let k = locals.add(written, shown, parent, Level::District);
        *range = range.start..range.end + len;
        *place = Where::Local(k, parent);
    }
}

/// The listed zone (data/divisions.tsv: 芜湖经济技术开发区, 合肥高新技术产业开发区) that a city's
/// name and a zone's suffix write short (芜湖经开区, 合肥市高新区; `base` the city as written,
/// `suffix` the zone's kind as written): the one zone of the city whose name ends in the city's
/// short name and an official suffix of that kind. Papers and outlets write the state's zones so
/// while the division list, and the facts, name them in full; a city with two such zones
/// (长春高新技术产业开发区 and 长春净月高新技术产业开发区 end differently, so 长春高新区 is the
/// first) or none keeps the name as written.
fn official_zone(g: &Gazetteer, p: PlaceId, base: &str, suffix: &str) -> Option<PlaceId> {
    if g.level(p) != Level::City {
        return None;
    }
    let short = base.strip_suffix('市').unwrap_or(base);
    let names: Vec<String> = crate::locals::official_zone_suffixes(suffix)
        .map(|full| format!("{short}{full}"))
        .collect();
    let mut zones = g
        .children(p)
        .filter(|&z| names.iter().any(|n| g.name(z).ends_with(n.as_str())));
    let zone = zones.next()?;
    zones.next().is_none().then_some(zone)
}

/// In an article about a development zone (`home`: 乌鲁木齐经济技术开发区……), 全区/本区/我区
/// name the zone, not the district or region that 区 would name elsewhere.
pub(crate) fn whole_zone(
    chars: &[char],
    places: &mut [(Range<usize>, Where)],
    home: Option<Where>,
    locals: &Locals,
) {
    let Some(zone @ Where::Local(k, _)) = home else {
        return;
    };
    if locals.levels[k] != Level::District {
        return;
    }
    for (r, w) in places.iter_mut() {
        if matches!(w, Where::Place(_))
            && matches!(chars[r.start], '全' | '我' | '本')
            && chars.get(r.start + 1) == Some(&'区')
        {
            *w = zone;
        }
    }
}

/// Kinds of development zone a city's outlets write alone (data/bare-zone-kinds.txt).
const BARE_ZONE_KINDS: &str = include_str!("../../../../data/bare-zone-kinds.txt");

/// The kinds, longest first, parsed once.
fn bare_zone_kinds() -> &'static [Vec<char>] {
    static KINDS: std::sync::OnceLock<Vec<Vec<char>>> = std::sync::OnceLock::new();
    KINDS.get_or_init(|| {
        let mut kinds: Vec<Vec<char>> = crate::word_lists::char_words(BARE_ZONE_KINDS);
        kinds.sort_by_key(|k| std::cmp::Reverse(k.len()));
        kinds
    })
}

/// The longest time clause a lead may open with before its subject (2月14日, 近日, 日前).
const MAX_TIME_CLAUSE_CHARS: usize = 8;

/// The zone kind `text` opens with as its subject: at its start, or (a lead) right after a
/// short opening clause of time (2月14日,高新区……).
fn opening_zone_kind(text: &[char]) -> Option<&'static [char]> {
    let (start, after_time) = subject_starts(text);
    [Some(start), after_time]
        .into_iter()
        .flatten()
        .find_map(|at| {
            bare_zone_kinds()
                .iter()
                .find(|k| text[at..].starts_with(k))
                .map(Vec::as_slice)
        })
}

/// Where a lead's subject may start: at the start of `text` (past blanks), and right after a
/// short opening clause of time (2月14日,……; 近日,……; 日前,……; 今年以来,……) when there is one.
pub(crate) fn subject_starts(text: &[char]) -> (usize, Option<usize>) {
    let start = text.iter().position(|c| !c.is_whitespace()).unwrap_or(0);
    let after_time = text
        .iter()
        .position(|&c| crate::catalog::is_clause_break(c) && c != '、')
        .filter(|&i| {
            i > start
                && i < start + MAX_TIME_CLAUSE_CHARS
                && text[start..i]
                    .iter()
                    .all(|&c| c.is_ascii_digit() || "年月日近前今上下旬初底以来期".contains(c))
        })
        .map(|i| i + 1);
    (start, after_time)
}

/// The development zone an article is about when its headline, else its lead, opens with a
/// zone's kind alone (高新技术产业开发区基层商会成立, 经开区:……, 2月14日,高新区……): a city's
/// outlet names its own zone so, and `city` (the city or county-level city the page's source
/// line, dateline or places give) is the one it lies in. The zone is a district-level place of
/// that city; the bool says whether the headline named it.
pub(crate) fn bare_zone_subject(
    g: &Gazetteer,
    locals: &mut Locals,
    headline: Option<&[char]>,
    lead: Option<&[char]>,
    city: Option<PlaceId>,
) -> Option<(Where, bool)> {
    let city = city.filter(|&c| matches!(g.level(c), Level::City | Level::District))?;
    let (kind, in_headline) = headline
        .and_then(opening_zone_kind)
        .map(|k| (k, true))
        .or_else(|| lead.and_then(opening_zone_kind).map(|k| (k, false)))?;
    let written: String = kind.iter().collect();
    let shown = format!("{}{written}", g.display(city));
    let k = locals.add(written, shown, Some(city), Level::District);
    Some((Where::Local(k, Some(city)), in_headline))
}
