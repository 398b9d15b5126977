//! Where a figure is: the places a document names (gazetteer mentions, venues, lists), the
//! streets, communities and zones it names that no gazetteer lists, the parts of a whole
//! (一些县, 各地), whole-place words (全省, 本县) and the article's own place in its lead.
//! Split from `rules` so that the fact rules read as one pass over sentences.

use crate::places::{Gazetteer, PlaceId};
use crate::rules::PlaceRef;
use jianbao_facts::Level;
use std::ops::Range;

mod breakdowns;
mod chains;
mod deployments;
mod in_passing;
mod neighbours;
pub(crate) use neighbours::named_as_neighbour;
pub(crate) mod own_figures;
mod subjects;
mod whereabouts;
mod whole_places;
mod zones;
pub(crate) use breakdowns::breakdown_part;
pub(crate) use deployments::{
    association_counts_registry, association_deploys, counts_association_members, names_association,
};
pub(super) use subjects::{
    add_unit_subjects, article_about_org, continues_story, local_subject, tells_anecdote,
    unit_pointed_back,
};
use whereabouts::{drop_bare_unit_whereabouts, drop_seats, locate_at_whereabouts};
pub(super) use whole_places::{whole_place, NamedMost};
use zones::add_zones;
pub(super) use zones::{bare_zone_subject, whole_zone};

/// Where a figure is: a gazetteer place, or the whole country.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Where {
    Place(PlaceId),
    National,
    /// Some (or each) of the places inside a whole: 浙江的一些县(市、区), 有的地方, 各地.
    Part(Part),
    /// A named street, town or community the gazetteer does not list (index into the document's
    /// local names), and the listed place it lies in.
    Local(usize, Option<PlaceId>),
}

/// A quantifier-scoped place (see [`crate::scope`]): never the whole it lies in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Part {
    /// The place it lies in, or `None` for the whole country.
    whole: Option<PlaceId>,
    places: crate::scope::Quantified,
    level: Level,
}

impl Where {
    /// The place a quantifier scope inside this one lies in: the place itself when it is named
    /// right before the quantifier (浙江的一些县), else only its province — a scope met later in a
    /// sentence about 宁波 need not be inside 宁波, but is inside 浙江.
    fn whole_for_part(self, g: &Gazetteer, adjacent: bool) -> Option<PlaceId> {
        match self {
            Where::Place(p) if adjacent => Some(p),
            Where::Place(p) => Some(g.province(p)),
            Where::National => None,
            Where::Part(part) => part.whole.map(|w| g.province(w)),
            Where::Local(_, parent) => parent.map(|p| g.province(p)),
        }
    }
}

/// The named streets, towns and communities of a document (see [`crate::locals`]).
#[derive(Default)]
pub(super) struct Locals {
    /// As facts name them: 太原市迎泽区柳巷街道察院后社区.
    shown: Vec<String>,
    /// As first written: 察院后社区.
    written: Vec<String>,
    parents: Vec<Option<PlaceId>>,
    /// Street for streets, towns and communities; district for development zones (成都高新区).
    levels: Vec<Level>,
    /// As written (察院后社区) and as shown → index, so that lookups stay constant-time.
    by_written: rustc_hash::FxHashMap<String, usize>,
    by_shown: rustc_hash::FxHashMap<String, usize>,
}

impl Locals {
    fn add(
        &mut self,
        written: String,
        shown: String,
        parent: Option<PlaceId>,
        level: Level,
    ) -> usize {
        if let Some(&k) = self.by_shown.get(&shown) {
            return k;
        }
        let k = self.shown.len();
        self.by_shown.insert(shown.clone(), k);
        self.by_written.entry(written.clone()).or_insert(k);
        self.written.push(written);
        self.shown.push(shown);
        self.parents.push(parent);
        self.levels.push(level);
        k
    }

    /// The place local `k` lies in: where no place was written before it, the district or city
    /// the sentence is about (`around`), as a street named with its community (花园路街道丰产路
    /// 社区) in an article about 金水区 lies in 金水区.
    fn place_in(&mut self, g: &Gazetteer, k: usize, around: Option<Where>) -> Option<PlaceId> {
        if self.parents[k].is_none() {
            if let Some(Where::Place(p)) = around {
                let shown = format!("{}{}", g.display(p), self.shown[k]);
                if matches!(g.level(p), Level::City | Level::District)
                    && !self.by_shown.contains_key(&shown)
                {
                    self.parents[k] = Some(p);
                    self.by_shown.remove(&self.shown[k]);
                    self.by_shown.insert(shown.clone(), k);
                    self.shown[k] = shown;
                }
            }
        }
        self.parents[k]
    }

    /// Whether the place `w` is a street or community that cannot hold a count whose unit is
    /// `unit`, followed by `after` (see [`crate::locals::cannot_hold_count`]).
    pub(super) fn cannot_hold_count(&self, w: Where, unit: &str, after: &[char]) -> bool {
        let Where::Local(k, _) = w else {
            return false;
        };
        let name: Vec<char> = self.shown[k].chars().collect();
        self.levels[k] == Level::Street && crate::locals::cannot_hold_count(&name, unit, after)
    }

    /// The community `name` (七里店社区) that relocation estate `k` (七里店安置小区) is a part of:
    /// named where the estate is, without it, and the estate's name met alone later is the
    /// community's. `None` when `k` is no relocation estate or `name` no community.
    fn community_of_estate(&mut self, k: usize, name: &[char]) -> Option<usize> {
        let estate: Vec<char> = self.written[k].chars().collect();
        if !crate::locals::is_relocation_estate(&estate) || !crate::locals::is_community(name) {
            return None;
        }
        let name: String = name.iter().collect();
        let above = self.shown[k]
            .strip_suffix(self.written[k].as_str())
            .unwrap_or_default();
        let shown = format!("{above}{name}");
        let community = self.add(name, shown, self.parents[k], Level::Street);
        self.by_written.insert(self.written[k].clone(), community);
        Some(community)
    }

    /// A name met before in full (坪山区石井街道), now written alone (石井街道).
    fn known(&self, written: &str) -> Option<usize> {
        self.by_written.get(written).copied()
    }
}

/// Whether a name ending at `end` is written right before one starting at `start`: adjacent, or
/// with only a pinyin gloss between (杨浦区(qū)鞍山一村, as some portals print glosses after
/// characters: a syllable of lower-case Latin letters, tone marks included, in parentheses).
pub(super) fn adjoins(chars: &[char], end: usize, start: usize) -> bool {
    const MAX_SYLLABLE: usize = 6;
    if end == start {
        return true;
    }
    let Some(gap) = chars.get(end..start) else {
        return false;
    };
    gap.len() >= 3
        && gap.len() <= MAX_SYLLABLE + 2
        && gap[0] == '('
        && gap[gap.len() - 1] == ')'
        && gap[1..gap.len() - 1]
            .iter()
            .all(|c| c.is_lowercase() && c.is_alphabetic() && !crate::labels::is_han(*c))
}

/// The gazetteer's place mentions of `text`, less a name written right after a place of another
/// province: names chain from the outer place to the inner (上海市杨浦区), so 鞍山 in 杨浦区鞍山一村
/// begins a local name of 上海 (a 居民区), not 辽宁's city.
pub(super) fn find_places(
    g: &Gazetteer,
    text: &[char],
    province: Option<PlaceId>,
) -> Vec<crate::places::PlaceMention> {
    let mut found = g.find(text, province);
    chains::resolve_after_governing(g, text, &mut found);
    // 周宁县上海商会: a chamber of a county's people in a wider place of another province is
    // the host's (chains.rs); the county's name before it is no mention of its own
    let hosts: Vec<usize> = (1..found.len())
        .filter(|&k| {
            let (a, b) = (&found[k - 1], &found[k]);
            adjoins(text, a.range.end, b.range.start)
                && g.province(a.place) != g.province(b.place)
                && chains::chamber_host_is_second(g, text, a.place, b.place, b.range.end)
        })
        .collect();
    let mut k = 0;
    found.retain(|_| {
        k += 1;
        !hosts.contains(&k)
    });
    let mut previous: Option<(usize, PlaceId)> = None;
    found.retain(|m| {
        // 连云区连云街道, 鼓楼区鼓楼街道: a street named after its district repeats the
        // district's short name, which then begins the street's name, not a mention of its own
        let inside_another = previous.is_some_and(|(end, p)| {
            adjoins(text, end, m.range.start)
                && (g.province(p) != g.province(m.place) || p == m.place)
        });
        previous = Some((m.range.end, m.place));
        !inside_another
    });
    found
}

/// Adds the named streets, towns and communities of a sentence (see [`crate::locals`]) to its
/// place mentions: each is written right after the place it lies in (or after it and 的), or was
/// so earlier in the document, or stands where only a place can (在上斜街社区,), when the
/// article's place in force (`around`) says where it lies. Development zones named after their
/// city or district (成都高新区, 坪山新区) replace that name's mention, at district level.
pub(super) fn add_local_places(
    g: &Gazetteer,
    chars: &[char],
    places: &mut Vec<(Range<usize>, Where)>,
    locals: &mut Locals,
    around: Option<Where>,
) {
    add_zones(g, chars, places, locals);
    // 连云街道 met before in full (连云区连云街道), now written alone: the district's short name
    // that opens it is the street's, not a mention of the district
    // (one buffer for the names tried: this runs for every place of every sentence)
    let mut name = String::new();
    places.retain(|(r, w)| {
        const MAX_SUFFIX_CHARS: usize = 3;
        !matches!(w, Where::Place(_))
            || locals.by_written.is_empty()
            || !(1..=MAX_SUFFIX_CHARS).any(|n| {
                chars.get(r.start..r.end + n).is_some_and(|written| {
                    name.clear();
                    name.extend(written);
                    locals.by_written.contains_key(&name)
                })
            })
    });
    let known: Vec<Range<usize>> = places.iter().map(|(r, _)| r.clone()).collect();
    let mut added: Vec<(Range<usize>, Where)> = Vec::new();
    // places before the current name, met in one pass (both lists are in order of position)
    let mut next = 0;
    let mut last_before: Option<(Range<usize>, Where)> = None;
    let found = crate::locals::find_locals(chars, &known);
    // the country or provinces written as a title's awarding scope (福建省诚信社区)
    let mut scopes: Vec<Range<usize>> = Vec::new();
    for (n, range) in found.iter().cloned().enumerate() {
        while next < places.len() && places[next].0.end <= range.start {
            if last_before
                .as_ref()
                .is_none_or(|(r, _)| places[next].0.end >= r.end)
            {
                last_before = Some(places[next].clone());
            }
            next += 1;
        }
        if let Some(local) = added.last().filter(|(r, _)| r.end <= range.start) {
            if last_before
                .as_ref()
                .is_none_or(|(r, _)| local.0.end >= r.end)
            {
                last_before = Some(local.clone());
            }
        }
        // only a name written right after the place it lies in (龙泉驿区十陵街道, 柳巷街道察院后
        // 社区, 石油路街道的二普小区) is surely a name: without segmentation, 整合社区 or 产业型社区
        // read the same
        let name_chars = &chars[range.clone()];
        let name: String = name_chars.iter().collect();
        let estate = crate::locals::is_estate(name_chars);
        // 彩虹社区、高桥社区、新联社区3个社区: items of a list share the figure after them, which
        // is their street's (the place in force), never the first item's
        let listed = chars.get(range.end) == Some(&'、')
            || (range.start > 0 && chars[range.start - 1] == '、');
        if listed {
            continue;
        }
        let right_after = |r: &Range<usize>| {
            adjoins(chars, r.end, range.start) || (r.end + 1 == range.start && chars[r.end] == '的')
        };
        // 全国敬老模范社区, 省级文明村, 福建省诚信社区: a title of honour, not a unit's name (a
        // community or village is written after its street, town or county, never right after
        // the country or a province, which are the title's awarding scope and no mention either)
        if crate::locals::below_street(name_chars) {
            let scope = last_before.as_ref().filter(|(r, w)| {
                right_after(r)
                    && match w {
                        Where::National => true,
                        Where::Place(p) => {
                            g.level(*p) == Level::Province && !g.display(*p).ends_with('市')
                        }
                        _ => false,
                    }
            });
            if let Some((r, _)) = scope {
                scopes.push(r.clone());
                continue;
            }
            let floor = last_before.as_ref().map_or(0, |(r, _)| r.end);
            if crate::honour_titles::is_title(chars, &range, floor) {
                continue;
            }
        }
        let Some((_, before)) = last_before.clone().filter(|(r, _)| right_after(r)) else {
            if let Some(k) = locals
                .known(&name)
                .filter(|_| found.get(n + 1).is_none_or(|next| next.start != range.end))
            {
                added.push((range, Where::Local(k, locals.parents[k])));
            } else if found.get(n + 1).is_some_and(|next| next.start == range.end)
                || crate::road_names::names_street_after_road(name_chars)
            {
                // 上站街道德胜街社区: a street written with a community of it is surely a name,
                // even where the text does not say which district it lies in; in an article
                // about a district or city (the place in force) it lies there; so is a street
                // named after a road (南京东路街道)
                let k = match locals.known(&name) {
                    Some(k) => k,
                    None => locals.add(name.clone(), name, None, Level::Street),
                };
                let parent = locals.place_in(g, k, around);
                added.push((range, Where::Local(k, parent)));
            } else if let Some(inside) = around
                .filter(|_| {
                    crate::locals::in_locative_frame(chars, &range)
                        || crate::locals::opens_apposition(chars, &range)
                        || crate::locals::opens_clause_as_subject(chars, &range)
                })
                .and_then(|w| local_inside(g, locals, w, name_chars))
            {
                added.push((range, inside));
            }
            continue;
        };
        if estate {
            // a housing estate is no division: its figures are the place it lies in
            if let Where::Local(k, _) = before {
                locals.by_written.entry(name).or_insert(k);
            }
            added.push((range, before));
            continue;
        }
        // 七里店安置小区七里店社区: a relocation estate written before its community is a part of
        // the community, not a level above it
        if let Where::Local(k, parent) = before {
            if let Some(community) = locals.community_of_estate(k, name_chars) {
                added.push((range, Where::Local(community, parent)));
                continue;
            }
        }
        let (parent, shown) = match before {
            // 太原市迎泽区柳巷街道: named after a district or city it lies in (上海市长寿路街道:
            // a province-level city is a city too)
            Where::Place(p) if g.level(p) != Level::Province || g.display(p).ends_with('市') => {
                (Some(p), format!("{}{name}", g.display(p)))
            }
            Where::Place(p) => (Some(p), name.clone()),
            // 柳巷街道察院后社区: a community inside the street named before it
            Where::Local(k, parent) => (parent, format!("{}{name}", locals.shown[k])),
            Where::Part(part) => (part.whole, name.clone()),
            Where::National => (None, name.clone()),
        };
        let k = locals.add(name, shown, parent, Level::Street);
        added.push((range, Where::Local(k, parent)));
    }
    if !scopes.is_empty() {
        places.retain(|(r, _)| !scopes.contains(r));
    }
    if !added.is_empty() {
        places.extend(added);
        places.sort_by_key(|(r, _)| r.start);
    }
    locate_at_whereabouts(g, chars, places, locals);
    drop_bare_unit_whereabouts(chars, places);
    neighbours::drop_neighbours(chars, places);
    in_passing::drop_places_in_passing(chars, places);
    drop_seats(g, chars, places);
}

/// A local name written where only a place can stand, in an article whose place in force is
/// `around`: a community of the street in force, else a street or community of its district.
pub(super) fn local_inside(
    g: &Gazetteer,
    locals: &mut Locals,
    around: Where,
    name: &[char],
) -> Option<Where> {
    // a community named alone in an article about a relocation estate: the community the estate
    // is a part of (see `Locals::community_of_estate`)
    if let Where::Local(k, parent) = around {
        if let Some(community) = locals.community_of_estate(k, name) {
            return Some(Where::Local(community, parent));
        }
    }
    let written: String = name.iter().collect();
    let (parent, shown) = match around {
        Where::Local(k, parent) if crate::locals::is_estate(name) => {
            return Some(Where::Local(k, parent));
        }
        Where::Place(p) if crate::locals::is_estate(name) => return Some(Where::Place(p)),
        Where::Local(k, parent)
            if locals.levels[k] == Level::District || crate::locals::below_street(name) =>
        {
            (parent, format!("{}{written}", locals.shown[k]))
        }
        Where::Local(_, Some(p)) => (Some(p), format!("{}{written}", g.display(p))),
        Where::Place(p) if matches!(g.level(p), Level::City | Level::District) => {
            (Some(p), format!("{}{written}", g.display(p)))
        }
        _ => return None,
    };
    let k = locals.add(written, shown, parent, Level::Street);
    Some(Where::Local(k, parent))
}

/// The local place (street, community, zone) that `text` names inside the article's place, as
/// specific as the names chained to it go (成都高新区石羊街道 → 石羊街道): `None` when `text`
/// names no place at all, `Some(None)` when it names no such local. With `first_chain`, only the
/// first names written (the actor of a sentence) count.
pub(super) fn local_named(
    g: &Gazetteer,
    text: &[char],
    province: Option<PlaceId>,
    locals: &mut Locals,
    inside: &dyn Fn(PlaceId) -> bool,
    first_chain: bool,
) -> Option<Option<Where>> {
    let mut named: Vec<(Range<usize>, Where)> = find_places(g, text, province)
        .into_iter()
        .filter(|m| !crate::attach::names_address(text, &m.range))
        .map(|m| (m.range, Where::Place(m.place)))
        .collect();
    add_local_places(g, text, &mut named, locals, None);
    if named.is_empty() {
        return None;
    }
    let adjacent =
        |k: usize| k + 1 < named.len() && adjoins(text, named[k].0.end, named[k + 1].0.start);
    let searched = if first_chain {
        (0..named.len())
            .take_while(|&k| k == 0 || adjacent(k - 1))
            .count()
    } else {
        named.len()
    };
    let Some(mut at) =
        (0..searched).find(|&k| matches!(named[k].1, Where::Local(_, Some(p)) if inside(p)))
    else {
        return Some(None);
    };
    while adjacent(at) && matches!(named[at + 1].1, Where::Local(..)) {
        at += 1;
    }
    Some(Some(named[at].1))
}

/// Whether `p` governs the article's own place: it contains the article's place `default`
/// (全省 in a city's article), or the article is headed by a street or community (`home_street`)
/// that lies in `p` (上海市 in an article headed 上海市长寿路街道……): a mention of it names no
/// more than the article's own place, whose figures stay at street level. (A street met only as
/// the venue or actor of the lead does not head the article: its district's figures stay the
/// district's.)
pub(super) fn governs_home(
    g: &Gazetteer,
    p: PlaceId,
    default: Option<PlaceId>,
    home_street: Option<Where>,
) -> bool {
    let above_default = default.is_some_and(|d| p != d && g.contains(p, d));
    let above_street =
        matches!(home_street, Some(Where::Local(_, Some(parent))) if g.contains(p, parent));
    above_default || above_street
}

/// Whether an article's first sentence (`text`, past its dateline) is set in one organisation:
/// its first places are written 在 + place + the organisation's name (see
/// [`crate::attach::sets_lead_in_org`]).
pub(super) fn lead_in_org(g: &Gazetteer, text: &[char], province: Option<PlaceId>) -> bool {
    // the lead opens with 在 (after its time, 近日,在……): only the names right after it count
    const MAX_SETTING_CHARS: usize = 48;
    let Some(zai) = (0..text.len())
        .find(|&i| text[i] == '在' && (i == 0 || crate::catalog::is_clause_break(text[i - 1])))
    else {
        return false;
    };
    let text = &text[..text.len().min(zai + MAX_SETTING_CHARS)];
    first_place_run(g, text, province)
        .is_some_and(|run| crate::attach::sets_lead_in_org(text, &run))
}

/// The first place named in `text` together with the names right after it (宁波市海曙区): the
/// place a lead or headline sets its subject in.
pub(super) fn first_place_run(
    g: &Gazetteer,
    text: &[char],
    province: Option<PlaceId>,
) -> Option<Range<usize>> {
    let found = find_places(g, text, province);
    let first = found.first()?;
    let end = found
        .iter()
        .zip(found.iter().skip(1))
        .take_while(|(a, b)| a.range.end == b.range.start)
        .last()
        .map_or(first.range.end, |(_, b)| b.range.end);
    Some(first.range.start..end)
}

/// Removes the venues of a sentence's place mentions (在越秀区东山宾馆举行) and joins coordinated
/// places (兴庆区、金凤区) into their common parent, which the figure after them is about.
pub(super) fn drop_venues_and_join(
    g: &Gazetteer,
    chars: &[char],
    places: &mut Vec<(Range<usize>, Where)>,
) {
    let ranges: Vec<Range<usize>> = places.iter().map(|(r, _)| r.clone()).collect();
    let venue = crate::attach::venue_mask(chars, &ranges);
    // inside a title (《云南省茶叶行业发展报告》): a place that names a document
    let in_title = inside_pairs(chars, '《', '》');
    let mut k = 0;
    places.retain(|(r, _)| {
        k += 1;
        // a place in brackets annotates a name (中国(昆明)茶博会): it is no figure's place
        let bracketed = r.start > 0 && chars[r.start - 1] == '(' && chars.get(r.end) == Some(&')');
        !venue[k - 1]
            && !bracketed
            && !in_title[r.start]
            && !crate::attach::names_award(chars, r)
            && !crate::attach::names_address(chars, r)
    });
    // a chain of names (兰州市安宁区) is one place, its most specific: 兰州市安宁区、天水市秦州区
    // then joins as two districts
    let mut chained: Vec<(Range<usize>, Where)> = Vec::with_capacity(places.len());
    for (range, place) in places.drain(..) {
        match (chained.last_mut(), place) {
            (Some((last_range, Where::Place(outer))), Where::Place(inner))
                if last_range.end == range.start && g.contains(*outer, inner) =>
            {
                *last_range = last_range.start..range.end;
                *outer = inner;
            }
            _ => chained.push((range, place)),
        }
    }
    *places = chained;
    let mut joined: Vec<(Range<usize>, Where)> = Vec::with_capacity(places.len());
    // the level of the coordinated items met so far, when the last entry is a group of them
    let mut group_level: Option<Level> = None;
    for (range, place) in places.drain(..) {
        let merged = match (joined.last(), place) {
            (Some((last_range, Where::Place(last))), Where::Place(p))
                if last_range.end < range.start
                    && crate::attach::joins(&chars[last_range.end..range.start]) =>
            {
                let level = group_level.unwrap_or(g.level(*last));
                (g.level(p) == level && crate::attach::merges_at(level))
                    .then(|| match group_level {
                        // a third item of the list: the group's parent may already hold it
                        Some(_) if g.contains(*last, p) => Some(*last),
                        _ => crate::attach::common_parent(g, *last, p),
                    })
                    .flatten()
                    .map(|parent| (last_range.start, parent, level))
            }
            _ => None,
        };
        match merged {
            Some((start, parent, level)) => {
                joined.pop();
                joined.push((start..range.end, Where::Place(parent)));
                group_level = Some(level);
            }
            None => {
                joined.push((range, place));
                group_level = None;
            }
        }
    }
    *places = joined;
}

/// Adds the quantifier-scoped places of a sentence to its place mentions (sorted by position).
pub(super) fn add_part_scopes(
    g: &Gazetteer,
    chars: &[char],
    places: &mut Vec<(Range<usize>, Where)>,
    current: Option<Where>,
) {
    for scope in crate::scope::find_part_scopes(chars) {
        // 广西各地, 全省各县: each of them, and a figure stated so sums over them (广西各地……
        // 建成运营150个乡镇社工站 is 广西's): the place in force stays
        if scope.places.each {
            continue;
        }
        let before = places
            .iter()
            .rev()
            .find(|(r, _)| r.end <= scope.range.start);
        // 浙江的一些县, 浙江省部分地区, 全省各地: the place right before is the whole
        let adjacent = before.is_some_and(|(r, _)| {
            r.end == scope.range.start || (r.end + 1 == scope.range.start && chars[r.end] == '的')
        });
        let Some(around) = before.map(|(_, w)| *w).or(current) else {
            continue;
        };
        let whole = around.whole_for_part(g, adjacent);
        let part = Part {
            whole,
            places: scope.places,
            level: scope.places.level(whole.map(|w| g.level(w))),
        };
        places.push((scope.range.clone(), Where::Part(part)));
        places.sort_by_key(|(r, _)| r.start);
    }
}

/// Drops the quantifier scopes of streets, communities and villages (部分社区, 一些村) from a
/// sentence of a community's or village's own page (`home`): there they count the community's
/// own people or parts (部分社区党员), never communities inside it, and its figures stay its own.
pub(super) fn drop_parts_below_community(
    places: &mut Vec<(Range<usize>, Where)>,
    home: Option<Where>,
    locals: &Locals,
) {
    let Some(Where::Local(k, _)) = home else {
        return;
    };
    let name: Vec<char> = locals.shown[k].chars().collect();
    if locals.levels[k] != Level::Street || !crate::locals::below_street(&name) {
        return;
    }
    places.retain(|(_, w)| {
        !matches!(w, Where::Part(part) if part.places.kind == crate::scope::PartKind::Streets)
    });
}

/// For each character, whether it stands inside `open`…`close` (nested pairs counted, an
/// unmatched close ignored): a title 《…》 or brackets (…) around a name or a byline.
pub(super) fn inside_pairs(chars: &[char], open: char, close: char) -> Vec<bool> {
    let mut depth = 0usize;
    chars
        .iter()
        .map(|&c| {
            if c == open {
                depth += 1;
            } else if c == close {
                depth = depth.saturating_sub(1);
            }
            depth > 0
        })
        .collect()
}

pub(super) fn word_at(chars: &[char], at: usize, word: &str) -> bool {
    let mut i = at;
    word.chars().all(|w| {
        let ok = chars.get(i) == Some(&w);
        i += 1;
        ok
    })
}

/// Words after 全国 that make it part of a name (全国志愿服务信息系统), not a place.
pub(super) const NATIONAL_NAMES: &str = include_str!("../../../data/national-names.txt");

/// Whether a line is a list of places (a site's navigation: 今日广西 南宁市 柳州市 桂林市 …):
/// at least three places, and place names make up most of it.
pub(super) fn lists_places(g: &Gazetteer, line: &[char]) -> bool {
    const MIN_PLACES: usize = 3;
    let found = g.find(line, None);
    let named: usize = found.iter().map(|m| m.range.len()).sum();
    found.len() >= MIN_PLACES && named * 2 >= line.len()
}

/// The place a line names when it is nothing but that name (湖南省长沙市, 【浙江杭州】), as a
/// section of a report on several places is headed.
pub(super) fn place_heading(
    g: &Gazetteer,
    line: &[char],
    province: Option<PlaceId>,
) -> Option<PlaceId> {
    const MAX_HEADING_CHARS: usize = 16;
    if line.len() > MAX_HEADING_CHARS {
        return None;
    }
    let found = find_places(g, line, province);
    let named: usize = found.iter().map(|m| m.range.len()).sum();
    let rest = line
        .iter()
        .filter(|c| !matches!(c, '【' | '】' | '[' | ']' | ':' | ' ' | '、' | '·'))
        .count();
    (named > 0 && named == rest)
        .then(|| found.iter().map(|m| m.place).max_by_key(|&p| g.level(p)))
        .flatten()
}

/// Where a news dateline ends (新华社南宁10月29日电, 本报讯, 中新网贵阳3月3日电(记者 …)): the
/// place in it says where the story was filed, not what it is about. 0 when there is none.
pub(super) fn dateline_end(sentence: &[char]) -> usize {
    const MAX_DATELINE: usize = 30;
    let window = &sentence[..sentence.len().min(MAX_DATELINE)];
    (1..window.len())
        .find(|&i| {
            (window[i] == '电' && window[i - 1] == '日')
                || (window[i] == '讯' && matches!(window.get(i + 1), Some('(' | ' ' | ':' | ',')))
                // 本报讯 珠龙镇……: a paper's own dateline, the space after it dropped with the
                // others between Han characters
                || (window[i] == '讯' && i == 2 && window[..2] == ['本', '报'])
                || outlet_dateline(window, i)
        })
        .map_or(0, |i| {
            // past the reporter's name in brackets right after it
            match window.get(i + 1) {
                Some('(') => sentence[i + 1..]
                    .iter()
                    .position(|&c| c == ')')
                    .map_or(i + 1, |p| i + 2 + p),
                _ => i + 1,
            }
        })
}

/// Whether the 讯 at `i` closes a local outlet's dateline that opens the sentence, written with
/// the space after it dropped (南谯区讯 珠龙镇……, 某县融媒讯, 某市发布讯): the sentence opens with a
/// short run of Han characters only, ending in a place's or outlet's last character, and the 讯
/// begins no word of its own (通讯员, 讯息).
fn outlet_dateline(window: &[char], i: usize) -> bool {
    const MAX_OUTLET_CHARS: usize = 10;
    const OUTLET_ENDS: &[char] = &[
        '区', '县', '市', '旗', '州', '报', '网', '台', '端', '媒', '布',
    ];
    const WORD_AFTER: &[char] = &['员', '息', '问', '号', '录', '速'];
    window[i] == '讯'
        && (2..=MAX_OUTLET_CHARS).contains(&i)
        && window[..i].iter().all(|&c| crate::labels::is_han(c))
        && OUTLET_ENDS.contains(&window[i - 1])
        && window.get(i + 1).is_none_or(|c| !WORD_AFTER.contains(c))
}

/// Words that name the article's own place at a level: 全省 (the whole province), 全市, 本县 …
/// The level `None` is 全区, which is a province in an autonomous region and a district elsewhere.
pub(super) const WHOLE_PLACE_WORDS: &[(&str, Option<Level>)] = &[
    ("全省", Some(Level::Province)),
    ("我省", Some(Level::Province)),
    ("本省", Some(Level::Province)),
    ("省委", Some(Level::Province)),
    ("省级", Some(Level::Province)),
    ("市级", Some(Level::City)),
    ("全市", Some(Level::City)),
    ("我市", Some(Level::City)),
    ("本市", Some(Level::City)),
    ("市委", Some(Level::City)),
    ("全州", Some(Level::City)),
    ("全盟", Some(Level::City)),
    ("全县", Some(Level::District)),
    ("我县", Some(Level::District)),
    ("本县", Some(Level::District)),
    ("县委", Some(Level::District)),
    // 省里/市里/县里: the government at that level (县里抽调了20名干部), the article's own place
    ("省里", Some(Level::Province)),
    ("市里", Some(Level::City)),
    ("县里", Some(Level::District)),
    ("全区", None),
    ("我区", None),
    ("本区", None),
    ("区委", None),
];

/// Whether `c` is the first character of a word in [`WHOLE_PLACE_WORDS`]: tested at every
/// character of every sentence before comparing each word there, which cost more than the rest
/// of placing (a test below keeps the two lists in step).
fn may_start_whole_place_word(c: char) -> bool {
    matches!(c, '全' | '我' | '本' | '省' | '市' | '县' | '区')
}

/// Characters after a level word that make another word of it (市场, 区域, 县级, 市属, 省直, 市民,
/// 县长): no organisation of that level.
const NOT_LEVEL_ORG_SECOND: &str = "场域级属直民长内外情政";

/// The level of an organisation named by a level word alone that opens a clause (省慈善总会共接收
/// ……; 据了解,市志愿者协会……已发展……; `None` for 区, as in [`WHOLE_PLACE_WORDS`]): official and
/// news texts name their own place's organisations so once the place is known (四川省慈善总会 →
/// 省慈善总会 → 省总会), and such an organisation opening a clause is its subject, whose figures
/// are its own, at its level's place — not at a county or city named earlier (四川阿坝州九寨沟县
/// 发生地震……省慈善总会共接收). An organisation's name must follow the level word
/// (data/org-suffixes.txt: 协会, 总会, 服务中心, 服务队 …; a government department, 省民政厅, is not
/// one, as such texts have a department report its whole place's figures). Inside a clause
/// (在市人民医院……, 由省慈善协会……发起) it is no subject and names no place.
pub(super) fn level_org_at(chars: &[char], i: usize) -> Option<Option<Level>> {
    let level = match chars[i] {
        '省' => Some(Level::Province),
        '市' => Some(Level::City),
        '县' => Some(Level::District),
        '区' => None,
        _ => return None,
    };
    let second = *chars.get(i + 1)?;
    (opens_clause(chars, i)
        && !NOT_LEVEL_ORG_SECOND.contains(second)
        && crate::attach::names_org_at(chars, i + 1))
    .then_some(level)
}

/// Whether `i` opens a clause: the sentence's start or right after a clause break other than 、.
fn opens_clause(chars: &[char], i: usize) -> bool {
    i == 0 || (crate::catalog::is_clause_break(chars[i - 1]) && chars[i - 1] != '、')
}

/// Whether the mention at `r` is an organisation named by its level word ([`level_org_at`]: a
/// one-character mention of 省, 市, 县 or 区): it leads its clause as the subject.
pub(super) fn is_level_org(chars: &[char], r: &Range<usize>) -> bool {
    r.len() == 1 && matches!(chars[r.start], '省' | '市' | '县' | '区')
}

/// A place mention and whether the text names it as a whole explicitly (全市, 本县): such a
/// mention holds even where it governs the article's own place.
type Mention = (Range<usize>, Where, bool);

/// Place mentions of a sentence, including 全省/我省/省委 (the article's province), 全市/本县/全区
/// (the article's own city or district) and 全国. A county written in short form (上城 for
/// 上城区) counts only where the document also names its city (`named_cities`) or it lies in the
/// article's own city: a short name alone is too often another word or another province's county
/// (an autonomous county's short form, held only where it is neither, counts).
pub(super) fn mentions(
    g: &Gazetteer,
    chars: &[char],
    province: Option<PlaceId>,
    home: Option<PlaceId>,
    named_cities: &[PlaceId],
    most: &NamedMost,
) -> Vec<Mention> {
    let home_city = home.and_then(|h| g.ancestor_at(h, Level::City));
    let mut out: Vec<Mention> = find_places(g, chars, province)
        .into_iter()
        .filter(|m| {
            !m.short
                || g.level(m.place) != Level::District
                || g.is_autonomous_county(m.place)
                || g.parent(m.place)
                    .is_some_and(|city| Some(city) == home_city || named_cities.contains(&city))
        })
        .map(|m| (m.range, Where::Place(m.place), false))
        .collect();
    let named_ends: Vec<usize> = out.iter().map(|(r, _, _)| r.end).collect();
    // the places the gazetteer found, for the one named last before a whole word
    let named: Vec<(usize, PlaceId)> = out
        .iter()
        .filter_map(|(r, w, _)| match w {
            Where::Place(p) => Some((r.end, *p)),
            _ => None,
        })
        .collect();
    for i in 0..chars.len() {
        if !may_start_whole_place_word(chars[i]) {
            continue;
        }
        let Some((word, level)) = WHOLE_PLACE_WORDS.iter().find(|(w, _)| word_at(chars, i, w))
        else {
            // 省慈善总会共接收……, 据了解,市志愿者协会已发展……: an organisation named by its level
            // word alone (see `level_org_at`) is that level's place's own
            let inside_found = out.iter().any(|(r, _, _)| r.contains(&i));
            if let Some(level) = level_org_at(chars, i).filter(|_| !inside_found) {
                let most = if named_ends.iter().any(|&end| end <= i) {
                    &NamedMost::default()
                } else {
                    most
                };
                if let Some(place) = whole_place(g, home, province, level, most) {
                    out.push((i..i + 1, Where::Place(place), false));
                }
            }
            continue;
        };
        // a place named before the word in its sentence (大理白族自治州……为全州) is what it
        // names: the document's most named place stands in only where none is
        let named_before = named_ends.iter().any(|&end| end <= i);
        let most = if named_before {
            &NamedMost::default()
        } else {
            most
        };
        let Some(place) = whole_place(g, home, province, *level, most) else {
            continue;
        };
        let len = word.chars().count();
        // 市全省 / 省市 ...: part of a longer name, not the word
        let inside_name = i > 0
            && (matches!(chars[i - 1], '市' | '省' | '县' | '区')
                // 社区委员会, 园区委: 区 ends another word
                || "社园景城小街辖片新矿山牧湾治".contains(chars[i - 1])
                // 超市里, 夜市里, 集市里: 市 ends another word
                || (chars[i] == '市' && "超夜集股菜花门都城早".contains(chars[i - 1])));
        // 6家全省性行业协会: right after a figure, 全省性 describes the counted organisations,
        // not where the figure is
        let describes = chars.get(i + len) == Some(&'性')
            && chars[i.saturating_sub(3)..i]
                .iter()
                .any(|c| c.is_ascii_digit());
        // 全市, 我县, 本区 say the whole explicitly; 省委, 市委 name a committee, which says no
        // more than the article's own place
        let explicit = matches!(chars[i], '全' | '我' | '本') || word.ends_with('里');
        // 居全省第二, 占全市的, 高于全省平均水平: a comparison with the whole, not its figure;
        // 全区首批, 全市唯一, 全省第一: a rank within the whole, said of something inside it
        // (率先在全省, 走在全省前列: see `scope::compares_with_whole`)
        let compares = crate::scope::compares_with_whole(chars, i, len);
        // 浙江宁波:全市建成……; 衡水市委社会工作部……,全市: a city named last before 全市 (a
        // district before 全区/全县) is the whole it speaks of, already a mention of the sentence
        let whole_level = level.unwrap_or(Level::District);
        let restates_named = whole_level != Level::Province
            && named
                .iter()
                .rev()
                .find(|(end, _)| *end <= i)
                // (only another place than the article's own or one governing it: those are
                // filtered out later unless said as a whole, and an organisation named after
                // them (区委社会工作部) would take the figure)
                .is_some_and(|&(_, p)| {
                    g.level(p) == whole_level && home.is_none_or(|h| !g.contains(p, h))
                });
        if !inside_name && !describes && !compares && !restates_named {
            out.push((i..i + len, Where::Place(place), explicit));
        }
    }
    for i in 0..chars.len() {
        // (national_at begins with 全国: one comparison passes over other characters)
        if chars[i] == '全' && national_at(chars, i) {
            out.push((i..i + 2, Where::National, true));
        }
    }
    out.sort_by_key(|m| m.0.start);
    out
}

/// Whether 全国 at `i` names the country as the place of a figure, not in 占全国 / 居全国 (a
/// share of the national total) nor in a name or title (全国志愿服务信息系统, 全国文明城市:
/// data/national-names.txt), nor opening a title of honour (获评全国……社区, “全国……”).
pub(super) fn national_at(chars: &[char], i: usize) -> bool {
    if !word_at(chars, i, "全国") {
        return false;
    }
    let share = i > 0 && matches!(chars[i - 1], '占' | '居' | '到' | '在');
    static NAMES: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let named = NAMES
        .get_or_init(|| crate::word_lists::words(NATIONAL_NAMES).collect())
        .iter()
        .any(|w| word_at(chars, i + 2, w));
    !(share || named || crate::honour_titles::national_opens_title(chars, i))
}

/// Words that open a clause continuing the one before it (……天马虹山轴承,**以及**文旅协会……
/// 走访调研25次): such a clause alone is a fragment, so its quote starts with the clause it continues.
pub(super) const CONTINUATIONS: &[&str] = &[
    "以及", "并且", "而且", "同时", "其中", "及", "和", "与", "并", "且",
];
/// Words that begin like a continuation but are not one (及时, 和谐 …).
pub(super) const NOT_CONTINUATIONS: &[&str] = &[
    "及时",
    "及早",
    "和谐",
    "和美",
    "和平",
    "和睦",
    "并肩",
    "并购",
    "与会",
    "与时俱进",
];

pub(super) fn opens_with_continuation(clause: &[char]) -> bool {
    let start = clause
        .iter()
        .position(|c| !c.is_whitespace())
        .unwrap_or(clause.len());
    let clause = &clause[start..];
    CONTINUATIONS.iter().any(|w| word_at(clause, 0, w))
        && !NOT_CONTINUATIONS.iter().any(|w| word_at(clause, 0, w))
}

/// The province, display name and level of a place in force (`None`: nowhere known).
pub(super) fn place_ref(
    g: &Gazetteer,
    place: Option<Where>,
    locals: &Locals,
    article_province: Option<PlaceId>,
) -> PlaceRef {
    let (province, place, level) = match place {
        Some(Where::Place(p)) => (g.province_short(p), g.display(p), g.level(p)),
        Some(Where::Local(k, parent)) => (
            parent
                .or(article_province)
                .map(|p| g.province_short(p))
                .unwrap_or_default(),
            locals.shown[k].clone(),
            locals.levels[k],
        ),
        Some(Where::National) => ("全国".to_owned(), "全国".to_owned(), Level::Province),
        Some(Where::Part(part)) => {
            let (province, whole) = match part.whole {
                Some(w) => (g.province_short(w), g.display(w)),
                None => ("全国".to_owned(), "全国".to_owned()),
            };
            (
                province,
                format!("{whole}{}", part.places.name()),
                part.level,
            )
        }
        None => (String::new(), String::new(), Level::Province),
    };
    PlaceRef {
        province,
        place,
        level,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_whole_place_word_passes_the_first_character_test() {
        for (word, _) in WHOLE_PLACE_WORDS {
            let first = word.chars().next().expect("no empty word");
            assert!(may_start_whole_place_word(first), "{word}");
        }
    }
}
