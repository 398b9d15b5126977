//! Which points a 简报 prints: the most telling 做法 of each region in each theme, then what is
//! worth noting (特色/首创, 品牌) and the plans (下一步). A 简报 of four provinces has room for a
//! few points each, so the choice is made here, once, and templates only print it.

use jianbao_facts::{Level, Point, PointKind, Theme};
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// Points of one region chosen for a section, most telling first.
#[derive(Debug, Clone, Serialize)]
pub struct RegionPoints {
    pub region: String,
    pub points: Vec<String>,
}

/// How many points of one region a theme of 主要做法与特色 prints.
const PER_REGION_AND_THEME: usize = 1;
/// How many points of one region 值得关注 and 下一步工作 print.
const PER_REGION_NOTABLE: usize = 1;
const PER_REGION_PLANS: usize = 1;
/// A 做法 or 成效 scoring below this says too little for 主要做法 (a sentence of intensity verbs
/// and slogans: 坚持夯实筑牢工作基础); the region is then left out of that theme.
const MIN_PRACTICE_SCORE: f64 = 4.0;

/// The points chosen for the sections, and every point printed, in order of first use.
#[derive(Debug, Default)]
pub(crate) struct Chosen {
    pub by_theme: HashMap<Theme, Vec<RegionPoints>>,
    pub notable: Vec<RegionPoints>,
    pub plans: Vec<RegionPoints>,
    pub cited: Vec<String>,
}

/// Whether a point is dated before the departments existed (history, not their work).
pub(crate) fn predates(point: &Point, founded: i32) -> bool {
    point
        .as_of
        .as_deref()
        .and_then(|d| d.get(..4))
        .and_then(|y| y.parse::<i32>().ok())
        .is_some_and(|year| year < founded)
}

fn overlaps(a: &Point, b: &Point) -> bool {
    a.doc == b.doc && a.span[0] < b.span[1] && b.span[0] < a.span[1]
}

/// Chooses the points of `regions` for the themes of the briefing, in `themes` order.
///
/// `shown` are the facts the 总体情况 would print: a 主要做法 point quoting one of them would say
/// it twice, so it takes the next point instead. 值得关注 comes first and may quote them (the
/// caller then leaves them out of the 总体情况). A plan is the region's own:
/// the province's plan for a province with provincial sources, else the plan of the city or
/// county the sources are about; never a street's or an organisation's.
pub(crate) fn choose<'a>(
    points: &'a [Point],
    regions: &[String],
    themes: &[Theme],
    founded: i32,
    shown: &HashSet<String>,
) -> Chosen {
    let mut chosen = Chosen::default();
    let mut used: Vec<&'a Point> = Vec::new();
    let mut ranked: Vec<&'a Point> = points.iter().filter(|p| !predates(p, founded)).collect();
    // Most telling first; a dated event (里程碑: a meeting held) says less about what a place
    // does than a measure or a result, so it comes after them.
    ranked.sort_by(|a, b| {
        (a.kind == PointKind::Milestone)
            .cmp(&(b.kind == PointKind::Milestone))
            .then_with(|| b.score.total_cmp(&a.score))
            .then_with(|| (&a.doc, a.span).cmp(&(&b.doc, b.span)))
    });
    let take = |region: &str,
                fits: &dyn Fn(&Point) -> bool,
                limit: usize,
                used: &mut Vec<&'a Point>,
                cited: &mut Vec<String>| {
        let mut picked: Vec<String> = Vec::new();
        for p in ranked.iter().copied() {
            if picked.len() == limit {
                break;
            }
            if p.province != region || !fits(p) || used.iter().any(|u| overlaps(u, p)) {
                continue;
            }
            used.push(p);
            cited.push(p.id.clone());
            picked.push(p.id.clone());
        }
        picked
    };
    // 特色/首创 and 品牌 first: the most telling firsts and named programmes are what a
    // reader should notice; 主要做法 then takes the most telling of the rest.
    let notable_kind = |k: PointKind| matches!(k, PointKind::First | PointKind::Brand);
    let repeats = |p: &Point| p.fact_ids.iter().any(|id| shown.contains(id));
    // a point that is first of all a plan (也将开展…活动) is read under 下一步, not as a
    // practice worth noting: taken here it left 下一步工作 saying no source states one
    let notable_point = |p: &Point| {
        themes.contains(&p.theme)
            && p.kind != PointKind::Plan
            && (notable_kind(p.kind) || p.also_kinds.iter().any(|k| notable_kind(*k)))
    };
    for region in regions {
        // What the province did first (居全国首位) before a street's first in its city.
        let mut notable = take(
            region,
            &|p: &Point| notable_point(p) && p.level == Level::Province,
            PER_REGION_NOTABLE,
            &mut used,
            &mut chosen.cited,
        );
        if notable.is_empty() {
            notable = take(
                region,
                &notable_point,
                PER_REGION_NOTABLE,
                &mut used,
                &mut chosen.cited,
            );
        }
        if !notable.is_empty() {
            chosen.notable.push(RegionPoints {
                region: region.clone(),
                points: notable,
            });
        }
    }
    let practice = |p: &Point| {
        !matches!(p.kind, PointKind::Plan | PointKind::Problem)
            && p.score >= MIN_PRACTICE_SCORE
            && !repeats(p)
    };
    for theme in themes {
        let mut per_region = Vec::new();
        for region in regions {
            let picked = take(
                region,
                &|p: &Point| p.theme == *theme && practice(p),
                PER_REGION_AND_THEME,
                &mut used,
                &mut chosen.cited,
            );
            if !picked.is_empty() {
                per_region.push(RegionPoints {
                    region: region.clone(),
                    points: picked,
                });
            }
        }
        chosen.by_theme.insert(*theme, per_region);
    }
    let plan = |p: &Point| {
        themes.contains(&p.theme)
            && (p.kind == PointKind::Plan || p.also_kinds.contains(&PointKind::Plan))
    };
    for region in regions {
        let provincial = points
            .iter()
            .any(|p| &p.province == region && p.level == Level::Province);
        let own_unit = |p: &Point| {
            if provincial {
                p.level == Level::Province
            } else {
                matches!(p.level, Level::City | Level::District)
            }
        };
        let plans = take(
            region,
            &|p: &Point| plan(p) && own_unit(p),
            PER_REGION_PLANS,
            &mut used,
            &mut chosen.cited,
        );
        chosen.plans.push(RegionPoints {
            region: region.clone(),
            points: plans,
        });
    }
    chosen
}
