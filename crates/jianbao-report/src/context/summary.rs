//! What the 总体情况 says of a region whose figures the comparison does not use, and the scope
//! note of the whole briefing: which places, levels and periods it covers and what it cannot
//! compare. A leader reading a region's paragraph should learn what its articles report, with
//! each figure's place, level and date, rather than a pointer to the 附表.

use super::one_thing::{describes_one_thing, in_site_passage, names_one_site};
use super::views::{FactView, RegionTheme};
use super::{predates_departments, same_clause, BRIEFING_THEMES, DEPARTMENTS_FOUNDED};
use crate::appendix::clause_words;
use jianbao_facts::{Fact, Level, Point, PointKind, Qualifier};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashSet};

/// How many figures a region's summary names.
const SUMMARY_FIGURES: usize = 3;
/// How many points a region's summary takes named programmes from, and how many names of each:
/// a paragraph, not a list.
const SUMMARY_POINTS: usize = 2;
const NAMES_PER_POINT: usize = 2;

/// A region's short summary for the 总体情况.
#[derive(Debug, Clone, Default, Serialize)]
pub struct RegionSummary {
    /// When the region has no headline figure (`key_facts`, `own_figures`), its main reported
    /// figures, chosen by one rule: the widest scope first (province, city, county, street,
    /// unit), catalog metrics before other figures, the latest date first, exact figures before
    /// approximate ones, one per metric (a figure without one shares no clause with another).
    /// Earlier figures keep their date; aims are never among them, nor the figures of one site
    /// or event (a meeting's 近300人齐聚) or the count an aim starts from (由743个调整为841个: the
    /// aims quote it). Empty otherwise.
    pub figures: Vec<SummaryFigure>,
    /// When the headline figures hold neither a figure nor an aim, the region's aims (targets)
    /// by the same rule: print them as aims (报道提出的目标), never as results.
    pub aims: Vec<SummaryFigure>,
    /// Named programmes, mechanisms and brands of the region's most telling 做法, 成效, 首创,
    /// 里程碑 and 品牌 points that no other section prints (not plans or problems, nor points
    /// dated before 2023), grouped by point: cite `point_id`.
    pub names: Vec<NamedPoint>,
    /// The kinds of the region's points that no section of the briefing quotes (做法, 成效 …, in
    /// briefing order): the summary says they were left out, so a reader knows the sources hold
    /// more than the briefing shows and does not look for them in it.
    pub kinds: Vec<String>,
    /// Whether any of the region's figures stands in a comparison table.
    pub compared: bool,
    /// Whether the region reports a catalog metric another region also reports, but only in
    /// figures dated before the departments existed: such figures are history and left out of
    /// the tables, so "no other region reports the same indicator" would be untrue.
    pub shared_only_in_history: bool,
}

/// One figure of a region's summary.
#[derive(Debug, Clone, Serialize)]
pub struct SummaryFigure {
    pub fact_id: String,
    /// For a figure without a catalog metric, the source's own words around it (遴选组建30名
    /// 特邀建议人…), to print as a quote instead of the extractor's rough label; `None` for a
    /// catalogued figure (print its `label` and `text`).
    pub phrase: Option<String>,
    /// When `phrase` is in traditional characters, its reading in simplified ones, to print
    /// beside it; `None` otherwise (see `Context::add_readings`).
    pub phrase_reading: Option<String>,
}

/// The named programmes of one of a region's points.
#[derive(Debug, Clone, Serialize)]
pub struct NamedPoint {
    /// 萤火计划, 小城同心: as the point's text writes them.
    pub names: Vec<String>,
    pub point_id: String,
    /// The place below province level the point is about, else empty.
    pub place: String,
}

/// The summary of one region: `own` are its facts, `points` its points, `headline` the ids the
/// 总体情况 already prints (key facts and own figures), `printed` the points other sections
/// print (a programme is named once, where its point is quoted).
pub(super) fn region_summary(
    own: &[&Fact],
    points: &[&Point],
    themes: &[RegionTheme],
    headline: &[String],
    printed: &[String],
    fact_views: &BTreeMap<String, FactView>,
) -> RegionSummary {
    let headline_shows = |aim: bool| {
        headline.iter().any(|id| {
            fact_views
                .get(id)
                .is_some_and(|f| f.metric.is_some() && f.target == aim)
        })
    };
    let figures = if headline_shows(false) {
        Vec::new()
    } else {
        main_figures(own, false, fact_views)
    };
    let aims = if headline_shows(false) || headline_shows(true) {
        Vec::new()
    } else {
        main_figures(own, true, fact_views)
    };
    let current: Vec<&Point> = points
        .iter()
        .copied()
        .filter(|p| !crate::selection::predates(p, DEPARTMENTS_FOUNDED))
        .collect();
    let mut names: Vec<NamedPoint> = Vec::new();
    let mut seen: HashSet<&str> = HashSet::new();
    for point in current.iter().filter(|p| {
        !matches!(p.kind, PointKind::Plan | PointKind::Problem) && !printed.contains(&p.id)
    }) {
        if names.len() == SUMMARY_POINTS {
            break;
        }
        let new: Vec<String> = point
            .names
            .iter()
            .filter(|n| seen.insert(n.as_str()))
            .take(NAMES_PER_POINT)
            .cloned()
            .collect();
        if !new.is_empty() {
            names.push(NamedPoint {
                names: new,
                point_id: point.id.clone(),
                place: if point.level == Level::Province {
                    String::new()
                } else {
                    point.place.clone()
                },
            });
        }
    }
    let kinds_left_out: BTreeSet<usize> = current
        .iter()
        .filter(|p| !printed.contains(&p.id))
        .filter_map(|p| PointKind::ALL.iter().position(|k| *k == p.kind))
        .collect();
    RegionSummary {
        figures,
        aims,
        names,
        kinds: kinds_left_out
            .into_iter()
            .map(|i| PointKind::ALL[i].title_zh().to_owned())
            .collect(),
        compared: themes.iter().any(|t| !t.table_facts.is_empty()),
        shared_only_in_history: false,
    }
}

/// The main figures of a region (its aims when `aims`), by the summary's rule: the widest scope
/// first, catalog metrics before other figures, the latest date first, exact before
/// approximate, one per metric; a figure without a catalog metric only when its words can be
/// told apart in its quote and it shares no clause with a chosen figure.
fn main_figures(
    own: &[&Fact],
    aims: bool,
    fact_views: &BTreeMap<String, FactView>,
) -> Vec<SummaryFigure> {
    let mut candidates: Vec<&Fact> = own
        .iter()
        .copied()
        .filter(|f| f.target == aims && BRIEFING_THEMES.contains(&f.theme))
        .collect();
    // a stable sort: source order otherwise
    candidates.sort_by(|a, b| {
        (a.level, a.metric.is_none())
            .cmp(&(b.level, b.metric.is_none()))
            .then_with(|| b.as_of.cmp(&a.as_of))
            .then_with(|| (a.qualifier != Qualifier::Exact).cmp(&(b.qualifier != Qualifier::Exact)))
    });
    // figures that name one site (已入驻80余家企业): the passage after them is about that site
    let site_figures: Vec<&Fact> = own
        .iter()
        .copied()
        .filter(|f| f.metric.is_none())
        .filter(|f| {
            let display = fact_views.get(&f.id).map(|v| v.quote_display.as_str());
            display
                .and_then(|q| clause_words(q, f.value))
                .is_some_and(|words| names_one_site(&words))
        })
        .collect();
    let mut chosen: Vec<&Fact> = Vec::new();
    let mut figures = Vec::new();
    for fact in candidates {
        if chosen.len() == SUMMARY_FIGURES {
            break;
        }
        // two catalog metrics of one list clause (注册志愿者162万人、志愿服务队伍1.4万个) are both
        // main figures; a figure without a metric sharing a clause is a part or a restatement
        // one source giving one place's uncatalogued figure again in other words (提出24条工作
        //重点, then 全面承接……24项重点工作) says one thing: a paragraph names it once
        let repeated = chosen.iter().any(|c| {
            (same_clause(c, fact) && (c.metric.is_none() || fact.metric.is_none()))
                || (c.metric.is_some() && c.metric == fact.metric)
                || (c.doc == fact.doc
                    && c.place == fact.place
                    && c.value == fact.value
                    && (c.metric.is_none() || fact.metric.is_none()))
        });
        // the count an aim starts from (计划将全市城市社区由743个调整为841个) is in the aim's own
        // words: said once, with the aim, never again as a reading of its own
        let in_aims_clause =
            !aims && fact.metric.is_none() && own.iter().any(|t| t.target && same_clause(t, fact));
        if repeated || in_aims_clause {
            continue;
        }
        let phrase = match fact.metric {
            Some(_) => None,
            None => {
                let display = fact_views.get(&fact.id).map(|v| v.quote_display.as_str());
                match display.and_then(|q| clause_words(q, fact.value)) {
                    // a building's, a station's or an event's own figure is not its region's
                    Some(words) if describes_one_thing(fact, &words) => continue,
                    Some(_) if in_site_passage(fact, &site_figures) => continue,
                    Some(words) => Some(words),
                    // a figure whose words cannot be told apart says nothing on its own
                    None => continue,
                }
            }
        };
        chosen.push(fact);
        figures.push(SummaryFigure {
            fact_id: fact.id.clone(),
            phrase,
            phrase_reading: None,
        });
    }
    figures
}

/// What the briefing covers and what it cannot compare: said once, after the 导语.
#[derive(Debug, Clone, Serialize)]
pub struct ScopeView {
    /// Per region, in the order asked, the levels its figures are about.
    pub regions: Vec<RegionScope>,
    /// Catalog metrics in the comparison tables (stated by two or more regions).
    pub compared_metrics: usize,
    /// Catalog metrics the regions report that no comparison table shows: stated by one
    /// region only, dated before 2023, or not comparable across places.
    pub uncompared_metrics: usize,
    /// Whether the regions' sources set aims (shown as aims, never as results).
    pub has_aims: bool,
    /// Whether some figures are about a city, county, street or unit (never ranked against a
    /// province's).
    pub has_local: bool,
    /// Whether some figures are dated before 2023 (history: 附表 only, with their date).
    pub has_history: bool,
    /// Sources whose figures name no province the extraction could tell (城中区, 人民街街道 alone:
    /// several provinces have one): their figures are in no region, so say which and why.
    pub unplaced: Vec<UnplacedSource>,
}

/// A source whose briefing figures belong to no province.
#[derive(Debug, Clone, Serialize)]
pub struct UnplacedSource {
    pub source: super::SourceRef,
    /// The places its figures name, as written, in source order (empty when they name none).
    pub places: Vec<String>,
    /// How many of its figures are left out.
    pub facts: usize,
}

/// The sources of `facts` whose figures in the briefing's themes have no province, in fact-set
/// order, named by `source_ref`.
pub(super) fn unplaced_sources(
    facts: &[Fact],
    source_ref: impl Fn(&str) -> super::SourceRef,
) -> Vec<UnplacedSource> {
    let mut out: Vec<UnplacedSource> = Vec::new();
    for fact in facts
        .iter()
        .filter(|f| f.province.trim().is_empty() && BRIEFING_THEMES.contains(&f.theme))
    {
        let index = match out.iter().position(|u| u.source.file == fact.doc) {
            Some(i) => i,
            None => {
                out.push(UnplacedSource {
                    source: source_ref(&fact.doc),
                    places: Vec::new(),
                    facts: 0,
                });
                out.len() - 1
            }
        };
        let entry = &mut out[index];
        entry.facts += 1;
        let place = fact.place.trim();
        if !place.is_empty() && !entry.places.iter().any(|p| p == place) {
            entry.places.push(place.to_owned());
        }
    }
    out
}

/// The levels one region's figures are about.
#[derive(Debug, Clone, Serialize)]
pub struct RegionScope {
    pub region: String,
    /// 省级、市级、街道 in that order.
    pub levels_text: String,
}

/// The scope note of a briefing of `regions` (`own` facts per region, in the order asked) whose
/// comparison tables show `compared` catalog metrics.
pub(super) fn scope(regions: &[(String, Vec<&Fact>)], compared: &HashSet<&str>) -> ScopeView {
    let shown = |f: &&&Fact| BRIEFING_THEMES.contains(&f.theme);
    let mut uncompared: HashSet<&str> = HashSet::new();
    let (mut has_aims, mut has_local, mut has_history) = (false, false, false);
    let mut views = Vec::new();
    for (region, facts) in regions {
        let mut levels: Vec<Level> = facts.iter().filter(shown).map(|f| f.level).collect();
        levels.sort_unstable();
        levels.dedup();
        for fact in facts.iter().filter(shown) {
            has_aims |= fact.target;
            has_local |= fact.level != Level::Province;
            has_history |= predates_departments(fact);
            if let Some(metric) = fact.metric.as_deref() {
                if !fact.target && !compared.contains(metric) {
                    uncompared.insert(metric);
                }
            }
        }
        views.push(RegionScope {
            region: region.clone(),
            levels_text: levels
                .iter()
                .map(|l| super::level_text(*l))
                .collect::<Vec<_>>()
                .join("、"),
        });
    }
    ScopeView {
        regions: views,
        compared_metrics: compared.len(),
        uncompared_metrics: uncompared.len(),
        has_aims,
        has_local,
        has_history,
        unplaced: Vec::new(),
    }
}
