//! The place a word such as 全市, 本县 or 全区 names: the article's own place at that level, or
//! the city or district the document names most when its lead names none.

use crate::places::{Gazetteer, PlaceId};
use jianbao_facts::Level;

/// The city and the district a document names most often, its masthead and source lines
/// included (信阳日报, 来源:固始县融媒体中心): a city paper's 全市/我市 is its city, a county
/// station's 全县 its county, even where the article's lead names no place.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct NamedMost {
    pub city: Option<PlaceId>,
    pub district: Option<PlaceId>,
}

impl NamedMost {
    /// Counts the cities and districts of `found` (a document's place mentions, in order): the
    /// most named of each, the first named on a tie. County short forms (上城) are too often
    /// other words to count; an autonomous county's (孟村) is held only where it is no other
    /// word or place, and counts.
    pub fn count(g: &Gazetteer, found: &[crate::places::PlaceMention]) -> NamedMost {
        let most = |level: Level| {
            let mut counts: Vec<(PlaceId, usize)> = Vec::new();
            for m in found {
                if m.short
                    && g.level(m.place) == Level::District
                    && !g.is_autonomous_county(m.place)
                {
                    continue;
                }
                let Some(p) = g.ancestor_at(m.place, level) else {
                    continue;
                };
                match counts.iter_mut().find(|(q, _)| *q == p) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((p, 1)),
                }
            }
            // (max_by_key keeps the last of equals: reversed, the first named)
            counts
                .into_iter()
                .rev()
                .max_by_key(|&(_, n)| n)
                .map(|(p, _)| p)
        };
        NamedMost {
            city: most(Level::City),
            district: most(Level::District),
        }
    }

    /// Where a street or community the headline or lead names without a place before it lies
    /// (see [`local_subject`]): the district the document names most inside the article's own
    /// place (`home`, which its headline and lead set), else the city, else `home` itself when
    /// a city or district. The dateline, byline and source lines count among the names.
    pub fn around_unit(
        &self,
        g: &Gazetteer,
        home: Option<PlaceId>,
        province: Option<PlaceId>,
    ) -> Option<PlaceId> {
        let inside = |p: PlaceId| {
            home.is_none_or(|h| g.contains(h, p)) && province.is_none_or(|q| g.province(p) == q)
        };
        self.district
            .filter(|&d| inside(d))
            .or(self.city.filter(|&c| inside(c)))
            .or(home.filter(|&h| matches!(g.level(h), Level::City | Level::District)))
    }

    /// The most named place at `level` when it lies in the article's own place (`home`) and
    /// province: what 全市 or 全县 names when `home` is above that level.
    fn inside(
        &self,
        g: &Gazetteer,
        level: Level,
        home: Option<PlaceId>,
        province: Option<PlaceId>,
    ) -> Option<PlaceId> {
        let most = match level {
            Level::City => self.city,
            Level::District => self.district,
            _ => None,
        }?;
        let home_above = home.is_none_or(|h| g.level(h) < level && g.contains(h, most));
        let in_province = province.is_none_or(|p| g.province(most) == p);
        (home_above && in_province).then_some(most)
    }
}

/// The place a word such as 全市 or 本县 names: the article's own place (`home`) at that level,
/// else (an article whose lead names only its province, or nothing) the place at that level the
/// document names most.
pub(crate) fn whole_place(
    g: &Gazetteer,
    home: Option<PlaceId>,
    province: Option<PlaceId>,
    level: Option<Level>,
    most: &NamedMost,
) -> Option<PlaceId> {
    match level {
        Some(Level::Province) => province.or_else(|| home.map(|h| g.province(h))),
        // 全市 in a county-level city (溧阳市, 石首市) is that city, not the prefecture above it
        Some(Level::City) => home
            .and_then(|h| g.ancestor_at(h, Level::District))
            .filter(|&d| g.name(d).ends_with('市'))
            .or_else(|| home.and_then(|h| g.ancestor_at(h, Level::City)))
            .or_else(|| most.inside(g, Level::City, home, province)),
        Some(l) => home
            .and_then(|h| g.ancestor_at(h, l))
            .or_else(|| most.inside(g, l, home, province)),
        // 全区: the district the article is about, else an autonomous region, else the district
        // the document names most
        None => home
            .and_then(|h| g.ancestor_at(h, Level::District))
            // a prefecture (阿克苏地区) calls itself 全区/我区 in its own texts
            .or_else(|| home.filter(|&h| g.name(h).ends_with("地区")))
            .or_else(|| {
                province
                    .or_else(|| home.map(|h| g.province(h)))
                    .filter(|&p| g.name(p).ends_with("自治区"))
            })
            .or_else(|| most.inside(g, Level::District, home, province)),
    }
}
