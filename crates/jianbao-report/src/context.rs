//! The comparison model and the template context built from a fact set.
//!
//! Everything a template needs is computed here once (formatted figures, scope, citations,
//! derived points), so that templates only write prose and `jianbao context` can show users the
//! exact data their own templates receive. The shape is documented in `CONTEXT.md`.

use crate::appendix::{appendix_rows, period_text, AppendixRegion};
use crate::charts::{change_charts, row_chart, ChartView};
use crate::format::{self, OverWord};
use crate::masthead::MastheadView;
use crate::selection::{self, RegionPoints};
use crate::{ReportError, ReportOptions};
use jianbao_facts::{
    Catalog, Citation, Fact, FactSet, Level, Manifest, Metric, Point, PointKind, Qualifier, Theme,
};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};

/// The template context: the comparison, the facts it cites and the sources they come from.
#[derive(Debug, Clone, Serialize)]
pub struct Context {
    pub report: ReportInfo,
    /// The 报头 and 报尾: the 简报's name, issue, issuing unit, date and distribution.
    pub masthead: MastheadView,
    /// One entry per region asked for, in the order asked.
    pub regions: Vec<RegionView>,
    /// The themes with facts of the regions, in briefing order (`other` left out).
    pub themes: Vec<ThemeView>,
    /// Side-by-side statements of metrics that at least two regions state at province level.
    pub findings: Vec<Finding>,
    /// Figures computed from two facts of one source (a base and a change, a share and the
    /// national average).
    pub derived: Vec<Derived>,
    /// Every fact of the regions asked for (and the national figures derived points use), by id.
    pub facts: BTreeMap<String, FactView>,
    /// Ids of the facts the tables, highlights and derived points cite, in order of first use:
    /// a template defines one footnote for each.
    pub cited: Vec<String>,
    /// Sources of the cited facts, in manifest order.
    pub sources: Vec<SourceView>,
    /// Every figure of each region (the 附表), also those no other region reports.
    pub appendix: Vec<AppendixRegion>,
    /// Per region, points worth noting beyond the 做法 (特色/首创, 品牌): 值得关注/可借鉴.
    pub notable: Vec<RegionPoints>,
    /// Per region, the plans the sources state (下一步).
    pub plans: Vec<RegionPoints>,
    /// Ids of the points the sections print (`themes[].points`, `notable`, `plans`), in order
    /// of first use: a template defines one footnote for each.
    pub cited_points: Vec<String>,
    /// Every point of the regions asked for, by id (an object: `points[id]`).
    pub points: BTreeMap<String, PointView>,
    /// Sources (or articles in them) that reprint another source: one report, not two.
    pub reprints: Vec<ReprintView>,
}

/// What the report is: its date and regions.
#[derive(Debug, Clone, Serialize)]
pub struct ReportInfo {
    /// Report date as shown (2026年11月22日).
    pub date: String,
    /// Report date as `YYYY-MM-DD`.
    pub date_iso: String,
    pub regions: Vec<String>,
    /// The regions joined with 、 (浙江、山西、安徽、贵州).
    pub regions_text: String,
    /// Number of themes with at least one fact of the regions.
    pub themes_with_data: usize,
    /// What a cell without a figure says (报道未提及).
    pub missing_text: String,
    /// The period the figures cover (2023年至2024年12月), from their as-of dates.
    pub period_text: Option<String>,
    /// Number of `sources` that are reports of their own: a source that only reprints another
    /// (every figure cited from it is also the original's) is not counted.
    pub independent_sources: usize,
}

/// One region: its places below province level, its highlights by theme, and its gaps.
#[derive(Debug, Clone, Serialize)]
pub struct RegionView {
    pub name: String,
    pub fact_count: usize,
    /// Whether any fact is about the whole province.
    pub has_provincial_facts: bool,
    /// Places below province level that the region's facts are about (巢湖市（县级）…).
    pub local_places: Vec<PlaceView>,
    /// Up to three headline facts for a summary: the first table figure of each theme, province
    /// level before local.
    pub key_facts: Vec<String>,
    /// The region's facts by theme (only themes with facts).
    pub themes: Vec<RegionTheme>,
    /// Titles of themes the region's sources do not discuss (no figure about them).
    pub gaps: Vec<String>,
    /// The sources about the region, in manifest order.
    pub sources: Vec<SourceRef>,
    /// The period the region's figures cover (2024年12月, 2023年至2024年).
    pub period_text: Option<String>,
    /// The region's catalogued figures that no comparison row shows, province level first, one
    /// per clause: for the region's own paragraph.
    pub own_figures: Vec<String>,
    /// Ids of the region's points, most telling first (see `PointView::score`).
    pub points: Vec<String>,
    /// The region's points per kind, in kind order (做法, 成效 …), most telling first; kinds
    /// without points are left out.
    pub points_by_kind: Vec<KindPoints>,
    /// The region's points per theme, in briefing order, most telling first; `other` last.
    pub points_by_theme: Vec<ThemePoints>,
}

/// A region's points of one kind.
#[derive(Debug, Clone, Serialize)]
pub struct KindPoints {
    pub kind: PointKind,
    /// 做法, 成效, 特色/首创, 里程碑, 品牌, 问题, 下一步.
    pub title: String,
    /// Points whose main kind this is, most telling first.
    pub points: Vec<String>,
    /// Points that have this kind besides their main one (`also_kinds`), most telling first.
    pub also: Vec<String>,
}

/// A region's points in one theme.
#[derive(Debug, Clone, Serialize)]
pub struct ThemePoints {
    pub theme: Theme,
    pub title: String,
    pub points: Vec<String>,
}

/// One point as templates print it.
#[derive(Debug, Clone, Serialize)]
pub struct PointView {
    pub id: String,
    pub region: String,
    pub place: String,
    pub level: Level,
    /// `true` when the point is about a place below province level.
    pub local: bool,
    pub level_text: String,
    pub kind: PointKind,
    pub kind_title: String,
    pub also_kinds: Vec<PointKind>,
    pub theme: Theme,
    pub theme_title: String,
    /// The exact sentence or clause of the source (provenance: it matches the file at `span`).
    pub text: String,
    /// The same text as shown to readers (full-width punctuation, layout line breaks removed).
    pub text_display: String,
    pub span: [usize; 2],
    pub date: Option<String>,
    pub date_text: Option<String>,
    pub as_of: Option<String>,
    pub as_of_text: Option<String>,
    /// How much the point says; lists are ordered by it.
    pub score: f64,
    /// Named programmes in the text (小哥驿站).
    pub names: Vec<String>,
    /// Facts whose quotes lie inside the text.
    pub fact_ids: Vec<String>,
    pub doc: String,
    pub source: SourceRef,
    /// Further sources with the same text; a reprint is marked and is not corroboration.
    pub also_cited: Vec<AlsoCited>,
    /// Readings that another source gives differently, the original's marked.
    pub variants: Vec<Variant>,
}

/// A source (or an article in it) that reprints another.
#[derive(Debug, Clone, Serialize)]
pub struct ReprintView {
    pub doc: String,
    pub source: SourceRef,
    pub original: String,
    pub original_source: SourceRef,
    /// Share of the reprint's sentences found in the original (0.93).
    pub shared: f64,
    pub basis: String,
}

/// A place below province level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlaceView {
    pub place: String,
    pub level: Level,
    /// 市级、县级、街道、单位.
    pub level_text: String,
}

/// A region's facts in one theme.
#[derive(Debug, Clone, Serialize)]
pub struct RegionTheme {
    pub theme: Theme,
    pub title: String,
    /// Fact ids shown in this theme's comparison table.
    pub table_facts: Vec<String>,
    /// Up to four further facts worth reading, most telling first (catalog metrics before
    /// uncatalogued figures, province level before local).
    pub highlights: Vec<String>,
}

/// One theme: its comparison table and the regions' highlights.
#[derive(Debug, Clone, Serialize)]
pub struct ThemeView {
    pub key: Theme,
    pub title: String,
    /// Comparison rows: catalog metrics marked comparable that at least two of the regions
    /// state (one, when one region is asked for).
    pub rows: Vec<Row>,
    /// Per region (in the order asked), the theme's highlights; regions without any are left out.
    pub highlights: Vec<RegionHighlights>,
    /// Cells whose figure is about a place below province level, grouped by region.
    pub scope_notes: Vec<ScopeNote>,
    /// Cells where sources give different figures.
    pub conflict_notes: Vec<CellConflict>,
    /// Regions whose sources do not discuss this theme (no point and no figure about it).
    pub regions_without_data: Vec<String>,
    /// Per region, the most telling 做法/成效/特色 points of the theme (主要做法与特色).
    pub points: Vec<RegionPoints>,
    /// The regions with a figure in at least one of `rows`, in the order asked: the columns of
    /// the theme's table (a column of 报道未提及 only says nothing).
    pub table_regions: Vec<String>,
    /// The charts of this theme: the rows two or more regions state on the same basis, then
    /// the changes over time a source gives (see `crate::charts`).
    pub charts: Vec<ChartView>,
}

/// One comparison row: a catalog metric across the regions.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub metric: String,
    pub label: String,
    pub unit: Option<String>,
    /// One cell per region, in the order asked.
    pub cells: Vec<CellView>,
}

/// One table cell.
#[derive(Debug, Clone, Serialize)]
pub struct CellView {
    pub region: String,
    /// `false`: the sources do not state the figure for this region (print 未披露, never 0).
    pub disclosed: bool,
    /// The figure as shown: 27.5万人, 近2000万人, 200–600元, 79% (empty when not disclosed).
    pub text: String,
    /// The fact shown.
    pub fact_id: Option<String>,
    /// Every fact the cell text states: the shown one and figures of the same clause in another
    /// unit (183批、293人次). Cite these.
    pub fact_ids: Vec<String>,
    pub qualifier: Option<Qualifier>,
    pub as_of: Option<String>,
    /// 2024年11月.
    pub as_of_text: Option<String>,
    /// `true` when the figure is about a place below province level (see `place`).
    pub local: bool,
    pub place: Option<String>,
    /// Source files of the figure (primary first).
    pub sources: Vec<String>,
    /// Ids of further facts stating a different figure for the same place.
    pub conflicting_fact_ids: Vec<String>,
}

/// A region's highlights in one theme.
#[derive(Debug, Clone, Serialize)]
pub struct RegionHighlights {
    pub region: String,
    pub facts: Vec<String>,
}

/// The local places a region's cells in one table are about.
#[derive(Debug, Clone, Serialize)]
pub struct ScopeNote {
    pub region: String,
    /// 巢湖市（县级）.
    pub places: Vec<PlaceView>,
    /// Row labels of the local cells.
    pub labels: Vec<String>,
}

/// Different figures for one cell.
#[derive(Debug, Clone, Serialize)]
pub struct CellConflict {
    pub region: String,
    pub label: String,
    /// The fact shown in the cell.
    pub shown: String,
    /// The other facts.
    pub others: Vec<String>,
}

/// A metric that two or more regions state at province level, largest first.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub metric: String,
    pub label: String,
    pub theme: Theme,
    pub theme_title: String,
    /// Province-level figures, largest first.
    pub entries: Vec<FindingEntry>,
    /// Largest − smallest in 个百分点, when both are exact percentages.
    pub gap_text: Option<String>,
    /// Regions asked for whose only figure is local (never ranked against provinces).
    pub local_regions: Vec<String>,
}

/// One region's figure in a finding.
#[derive(Debug, Clone, Serialize)]
pub struct FindingEntry {
    pub region: String,
    pub text: String,
    pub fact_id: String,
    /// 2024年11月: compared figures may be of different dates.
    pub as_of_text: Option<String>,
}

/// A figure computed from two facts the same source gives.
#[derive(Debug, Clone, Serialize)]
pub struct Derived {
    /// `versus_national`: a share against the national average; `previous_from_change`: last
    /// year's percentage from this year's and the change in 个百分点; `previous_from_increase`:
    /// last year's count from this year's and the increase.
    pub kind: String,
    pub region: String,
    pub place: String,
    pub theme: Theme,
    /// The metric label (活跃志愿者占常住人口比例).
    pub label: String,
    /// The fact the point is about, and the base (national figure, or change).
    pub fact_id: String,
    pub base_fact_id: String,
    pub value_text: String,
    pub base_text: String,
    /// versus_national: 3倍; previous_*: the computed previous value (45%, 24万人).
    pub result_text: String,
    /// versus_national: difference (12个百分点); previous_from_increase: growth (26.7%).
    pub extra_text: Option<String>,
}

/// One fact as templates print it.
#[derive(Debug, Clone, Serialize)]
pub struct FactView {
    pub id: String,
    pub region: String,
    pub place: String,
    pub level: Level,
    /// `true` when the fact is about a place below province level.
    pub local: bool,
    /// 省级、市级、县级、街道、单位.
    pub level_text: String,
    pub theme: Theme,
    pub theme_title: String,
    pub metric: Option<String>,
    /// The catalog row label for catalogued facts, the extracted label otherwise.
    pub label: String,
    pub value: f64,
    pub value_max: Option<f64>,
    pub unit: String,
    pub qualifier: Qualifier,
    /// The figure as shown (27.5万人, 近2000万人, 24.4万余家).
    pub text: String,
    pub as_of: Option<String>,
    pub as_of_text: Option<String>,
    /// The exact clause of the source (provenance; compare with the source file).
    pub quote: String,
    /// The clause as shown to readers: punctuation made full-width between Chinese characters
    /// and OCR line breaks removed; no word changed.
    pub quote_display: String,
    pub doc: String,
    pub source: SourceRef,
    /// Further sources stating the same figure.
    pub also_cited: Vec<AlsoCited>,
    /// Readings that other sources give differently (names, OCR variants).
    pub variants: Vec<Variant>,
}

/// The source of a fact, for a citation.
#[derive(Debug, Clone, Serialize)]
pub struct SourceRef {
    pub file: String,
    pub title: String,
    pub publisher: Option<String>,
    pub date_text: Option<String>,
}

/// A further source of the same figure.
#[derive(Debug, Clone, Serialize)]
pub struct AlsoCited {
    pub source: SourceRef,
    pub quote: String,
    pub quote_display: String,
    /// `true` when this source reprints the primary one: the same report, not corroboration.
    pub reprint: bool,
}

/// A disputed reading touching a fact: what this source says against what another says.
#[derive(Debug, Clone, Serialize)]
pub struct Variant {
    pub subject: String,
    /// Each reading with its source title.
    pub readings: Vec<Reading>,
}

/// One reading of a disputed name or number.
#[derive(Debug, Clone, Serialize)]
pub struct Reading {
    pub text: String,
    pub source: SourceRef,
    /// `true` for the original's reading when the other source reprints it (the reprint's
    /// reading is then a copying or OCR error).
    pub original: bool,
}

/// One source in the source list.
#[derive(Debug, Clone, Serialize)]
pub struct SourceView {
    pub file: String,
    pub title: String,
    pub publisher: Option<String>,
    pub date: Option<String>,
    pub date_text: Option<String>,
    pub province: String,
    pub note: Option<String>,
    /// Number of cited facts from this source.
    pub cited_facts: usize,
    /// The source this one (or an article in it) reprints, if any: count the two as one report.
    pub reprint_of: Option<String>,
    /// `false` when the source is here only as a reprint of another (no cited figure of its own).
    pub independent: bool,
}

/// Region names as written in facts: `浙江省` → `浙江`.
fn normalise_region(name: &str, known: &HashSet<&str>) -> String {
    let name = name.trim();
    if known.contains(name) {
        return name.to_owned();
    }
    for suffix in [
        "省",
        "市",
        "自治区",
        "壮族自治区",
        "回族自治区",
        "维吾尔自治区",
        "特别行政区",
    ] {
        if let Some(short) = name.strip_suffix(suffix) {
            if known.contains(short) {
                return short.to_owned();
            }
        }
    }
    name.to_owned()
}

/// The themes a briefing reports on, in order: every theme except `other` (figures that fit no
/// theme are kept in `facts` but not shown).
const BRIEFING_THEMES: [Theme; 8] = [
    Theme::Institutions,
    Theme::EmergingSectorPartyBuilding,
    Theme::NewEmploymentGroups,
    Theme::SocialOrganizations,
    Theme::SocialWorkers,
    Theme::Volunteers,
    Theme::GrassrootsGovernance,
    Theme::PetitionsAndProposals,
];

/// Whether two facts come from overlapping text of one source (one clause stating both).
fn same_clause(a: &Fact, b: &Fact) -> bool {
    a.doc == b.doc && a.span[0] < b.span[1] && b.span[0] < a.span[1]
}

/// The year the Party's social-work departments were set up (the 2023 reform of Party and state
/// institutions): a figure dated earlier is history, not a highlight of their work.
const DEPARTMENTS_FOUNDED: i32 = 2023;

/// Whether a fact is dated before the departments existed.
fn predates_departments(fact: &Fact) -> bool {
    fact.as_of
        .as_deref()
        .and_then(|d| d.get(..4))
        .and_then(|y| y.parse::<i32>().ok())
        .is_some_and(|year| year < DEPARTMENTS_FOUNDED)
}

/// The province figures of the whole country carry this province name.
const NATIONAL: &str = "全国";

pub(crate) fn level_text(level: Level) -> &'static str {
    match level {
        Level::Province => "省级",
        Level::City => "市级",
        Level::District => "县级",
        Level::Street => "街道",
        Level::Org => "单位",
    }
}

pub(crate) fn fact_text(fact: &Fact) -> String {
    format::figure(
        fact.value,
        fact.value_max,
        &fact.unit,
        fact.qualifier,
        OverWord::from_quote(&fact.quote),
    )
}

struct Builder<'a> {
    catalog: &'a Catalog,
    manifest: &'a Manifest,
    regions: Vec<String>,
    /// Facts of the regions asked for, in fact-set order.
    by_region: HashMap<&'a str, Vec<&'a Fact>>,
    all: &'a FactSet,
    cited: Vec<String>,
    cited_set: HashSet<String>,
}

impl<'a> Builder<'a> {
    fn cite(&mut self, id: &str) {
        if self.cited_set.insert(id.to_owned()) {
            self.cited.push(id.to_owned());
        }
    }

    fn source_ref(&self, file: &str) -> SourceRef {
        match self.manifest.get(file) {
            Some(s) => SourceRef {
                file: file.to_owned(),
                title: format::zh_punctuation(&s.title),
                publisher: s.publisher.clone(),
                date_text: s.date.as_deref().map(format::zh_partial_date),
            },
            None => SourceRef {
                file: file.to_owned(),
                title: file.to_owned(),
                publisher: None,
                date_text: None,
            },
        }
    }

    fn fact_view(&self, fact: &Fact) -> FactView {
        let label = fact
            .metric
            .as_deref()
            .and_then(|k| self.catalog.get(k))
            .map_or_else(|| fact.label.clone(), |m| m.label.clone());
        let variants = self
            .all
            .conflicts
            .iter()
            .filter(|c| c.fact_id.as_deref() == Some(fact.id.as_str()))
            .map(|c| self.variant(c))
            .collect();
        FactView {
            id: fact.id.clone(),
            region: fact.province.clone(),
            place: fact.place.clone(),
            level: fact.level,
            local: fact.level != Level::Province,
            level_text: level_text(fact.level).to_owned(),
            theme: fact.theme,
            theme_title: fact.theme.title_zh().to_owned(),
            metric: fact.metric.clone(),
            label,
            value: fact.value,
            value_max: fact.value_max,
            unit: fact.unit.clone(),
            qualifier: fact.qualifier,
            text: fact_text(fact),
            as_of: fact.as_of.clone(),
            as_of_text: fact.as_of.as_deref().map(format::zh_partial_date),
            quote: fact.quote.clone(),
            quote_display: format::zh_punctuation(&fact.quote),
            doc: fact.doc.clone(),
            source: self.source_ref(&fact.doc),
            also_cited: fact
                .also_cited
                .iter()
                .map(|c| self.also_cited(c, &fact.doc))
                .collect(),
            variants,
        }
    }

    fn also_cited(&self, c: &Citation, primary_doc: &str) -> AlsoCited {
        AlsoCited {
            source: self.source_ref(&c.doc),
            quote: c.quote.clone(),
            quote_display: format::zh_punctuation(&c.quote),
            reprint: self.all.is_reprint_of(c, primary_doc),
        }
    }

    fn variant(&self, c: &jianbao_facts::Conflict) -> Variant {
        let original = self.all.original_reading(c);
        Variant {
            subject: c.subject.clone(),
            readings: c
                .variants
                .iter()
                .map(|v| Reading {
                    text: v.text.clone(),
                    source: self.source_ref(&v.citation.doc),
                    original: original.is_some_and(|o| std::ptr::eq(o, v)),
                })
                .collect(),
        }
    }

    fn point_view(&self, point: &Point) -> PointView {
        let variants = point
            .conflict_ids
            .iter()
            .filter_map(|id| self.all.conflicts.iter().find(|c| &c.id == id))
            .map(|c| self.variant(c))
            .collect();
        PointView {
            id: point.id.clone(),
            region: point.province.clone(),
            place: point.place.clone(),
            level: point.level,
            local: point.level != Level::Province,
            level_text: level_text(point.level).to_owned(),
            kind: point.kind,
            kind_title: point.kind.title_zh().to_owned(),
            also_kinds: point.also_kinds.clone(),
            theme: point.theme,
            theme_title: point.theme.title_zh().to_owned(),
            text: point.text.clone(),
            text_display: format::zh_punctuation(&point.text),
            span: point.span,
            date: point.date.clone(),
            date_text: point.date.as_deref().map(format::zh_partial_date),
            as_of: point.as_of.clone(),
            as_of_text: point.as_of.as_deref().map(format::zh_partial_date),
            score: point.score,
            names: point.names.clone(),
            fact_ids: point.fact_ids.clone(),
            doc: point.doc.clone(),
            source: self.source_ref(&point.doc),
            also_cited: point
                .also_cited
                .iter()
                .map(|c| self.also_cited(c, &point.doc))
                .collect(),
            variants,
        }
    }

    /// The facts of `region` for `metric`, best first: province level, then the latest as-of
    /// date, then source order.
    fn candidates(&self, region: &str, metric: &str) -> Vec<&'a Fact> {
        let mut found: Vec<&Fact> = self
            .by_region
            .get(region)
            .map(|facts| {
                facts
                    .iter()
                    .copied()
                    .filter(|f| f.metric.as_deref() == Some(metric))
                    .collect()
            })
            .unwrap_or_default();
        found.sort_by(|a, b| {
            a.level
                .cmp(&b.level)
                .then_with(|| b.as_of.cmp(&a.as_of))
                .then_with(|| a.doc.cmp(&b.doc))
                .then_with(|| a.span.cmp(&b.span))
        });
        found
    }

    fn cell(&mut self, region: &str, metric: &Metric) -> CellView {
        let candidates = self.candidates(region, &metric.key);
        let Some(&chosen) = candidates.first() else {
            return CellView {
                region: region.to_owned(),
                disclosed: false,
                text: String::new(),
                fact_id: None,
                fact_ids: Vec::new(),
                qualifier: None,
                as_of: None,
                as_of_text: None,
                local: false,
                place: None,
                sources: Vec::new(),
                conflicting_fact_ids: Vec::new(),
            };
        };
        let same_place: Vec<&Fact> = candidates[1..]
            .iter()
            .copied()
            .filter(|f| f.place == chosen.place && f.unit == chosen.unit)
            .collect();
        // Figures of the same clause in another unit belong to the cell (183批293人次).
        let companions: Vec<&Fact> = candidates[1..]
            .iter()
            .copied()
            .filter(|f| f.place == chosen.place && f.unit != chosen.unit && same_clause(f, chosen))
            .collect();
        let mut text = fact_text(chosen);
        let mut fact_ids = vec![chosen.id.clone()];
        for c in &companions {
            text.push('、');
            text.push_str(&fact_text(c));
            fact_ids.push(c.id.clone());
        }
        let mut sources: Vec<String> = chosen.citations().map(|c| c.doc).collect();
        let mut conflicting = Vec::new();
        for other in same_place {
            if other.value == chosen.value
                && other.value_max == chosen.value_max
                && other.as_of == chosen.as_of
            {
                for c in other.citations() {
                    if !sources.contains(&c.doc) {
                        sources.push(c.doc);
                    }
                }
            } else if other.as_of == chosen.as_of {
                conflicting.push(other.id.clone());
            }
        }
        for id in &fact_ids {
            self.cite(id);
        }
        for id in &conflicting {
            self.cite(id);
        }
        CellView {
            region: region.to_owned(),
            disclosed: true,
            text,
            fact_id: Some(chosen.id.clone()),
            fact_ids,
            qualifier: Some(chosen.qualifier),
            as_of: chosen.as_of.clone(),
            as_of_text: chosen.as_of.as_deref().map(format::zh_partial_date),
            local: chosen.level != Level::Province,
            place: Some(chosen.place.clone()),
            sources,
            conflicting_fact_ids: conflicting,
        }
    }

    fn theme(&mut self, theme: Theme, region_themes: &mut [Vec<RegionTheme>]) -> ThemeView {
        let metrics: Vec<&'a Metric> = self
            .catalog
            .metrics
            .iter()
            .filter(|m| m.theme == theme && m.comparable)
            .collect();
        let regions = self.regions.clone();
        let mut rows = Vec::new();
        for metric in metrics {
            // A row is a comparison: it needs at least two regions stating the figure. The rest
            // goes into the region's own text and the 附表.
            let stating = regions
                .iter()
                .filter(|r| !self.candidates(r, &metric.key).is_empty())
                .count();
            if stating >= regions.len().min(2) {
                let cells: Vec<CellView> = regions.iter().map(|r| self.cell(r, metric)).collect();
                rows.push(Row {
                    metric: metric.key.clone(),
                    label: metric.label.clone(),
                    unit: metric.unit.clone(),
                    cells,
                });
            }
        }
        let mut scope_notes = Vec::new();
        let mut conflict_notes = Vec::new();
        let mut highlights = Vec::new();
        let mut regions_without_data = Vec::new();
        for (index, region) in regions.iter().enumerate() {
            let mut places: Vec<PlaceView> = Vec::new();
            let mut labels = Vec::new();
            let mut table_facts = Vec::new();
            for row in &rows {
                let cell = &row.cells[index];
                if let Some(id) = &cell.fact_id {
                    table_facts.extend(cell.fact_ids.iter().cloned());
                    table_facts.extend(cell.conflicting_fact_ids.iter().cloned());
                    if !cell.conflicting_fact_ids.is_empty() {
                        conflict_notes.push(CellConflict {
                            region: region.clone(),
                            label: row.label.clone(),
                            shown: id.clone(),
                            others: cell.conflicting_fact_ids.clone(),
                        });
                    }
                }
                if cell.local {
                    labels.push(row.label.clone());
                    if let Some(fact) = cell.fact_id.as_deref().and_then(|id| self.find(id)) {
                        let place = PlaceView {
                            place: fact.place.clone(),
                            level: fact.level,
                            level_text: level_text(fact.level).to_owned(),
                        };
                        if !places.contains(&place) {
                            places.push(place);
                        }
                    }
                }
            }
            if !labels.is_empty() {
                scope_notes.push(ScopeNote {
                    region: region.clone(),
                    places,
                    labels,
                });
            }
            let theme_facts: Vec<&Fact> = self
                .by_region
                .get(region.as_str())
                .map(|facts| facts.iter().copied().filter(|f| f.theme == theme).collect())
                .unwrap_or_default();
            if theme_facts.is_empty() {
                // Not covered only when the text does not discuss the theme either.
                if !self
                    .all
                    .points
                    .iter()
                    .any(|p| &p.province == region && p.theme == theme)
                {
                    regions_without_data.push(region.clone());
                }
                continue;
            }
            let mut rest: Vec<&Fact> = theme_facts
                .into_iter()
                .filter(|f| !table_facts.contains(&f.id) && !predates_departments(f))
                .collect();
            // Most telling first: catalogued before uncatalogued, wider scope before narrower;
            // the sort is stable, so source order decides ties.
            rest.sort_by_key(|f| (f.metric.is_none(), f.level));
            let mut picked: Vec<&Fact> = Vec::new();
            for f in rest {
                // Several figures from one clause: one highlight shows the clause once.
                if picked.len() == 4 || picked.iter().any(|p| same_clause(p, f)) {
                    continue;
                }
                picked.push(f);
            }
            let picked: Vec<String> = picked.iter().map(|f| f.id.clone()).collect();
            for id in &picked {
                self.cite(id);
            }
            if !picked.is_empty() {
                highlights.push(RegionHighlights {
                    region: region.clone(),
                    facts: picked.clone(),
                });
            }
            region_themes[index].push(RegionTheme {
                theme,
                title: theme.title_zh().to_owned(),
                table_facts,
                highlights: picked,
            });
        }
        let table_regions = regions
            .iter()
            .enumerate()
            .filter(|(i, _)| rows.iter().any(|r| r.cells[*i].disclosed))
            .map(|(_, r)| r.clone())
            .collect();
        let mut charts: Vec<ChartView> = rows
            .iter()
            .filter_map(|row| row_chart(row, |id| self.find(id)))
            .collect();
        for region in &regions {
            let facts = self
                .by_region
                .get(region.as_str())
                .map_or(&[][..], |v| v.as_slice());
            charts.extend(change_charts(region, facts, theme, self.catalog));
        }
        // A change chart's earlier figures are printed beside it, so they are cited.
        for chart in charts.iter().filter(|c| c.region.is_some()) {
            for bar in &chart.bars {
                self.cite(&bar.fact_id);
            }
        }
        ThemeView {
            key: theme,
            title: theme.title_zh().to_owned(),
            charts,
            rows,
            highlights,
            scope_notes,
            conflict_notes,
            table_regions,
            regions_without_data,
            points: Vec::new(),
        }
    }

    fn find(&self, id: &str) -> Option<&'a Fact> {
        self.all.facts.iter().find(|f| f.id == id)
    }

    fn findings(&self, themes: &[ThemeView]) -> Vec<Finding> {
        let mut out = Vec::new();
        for theme in themes {
            for row in &theme.rows {
                let mut entries: Vec<(&Fact, &CellView)> = row
                    .cells
                    .iter()
                    .filter(|c| c.disclosed && !c.local)
                    .filter_map(|c| {
                        c.fact_id
                            .as_deref()
                            .and_then(|id| self.find(id))
                            .map(|f| (f, c))
                    })
                    .collect();
                if entries.len() < 2 || entries.iter().any(|(f, _)| f.unit != entries[0].0.unit) {
                    continue;
                }
                entries.sort_by(|a, b| b.0.value.total_cmp(&a.0.value));
                let (high, low) = (entries[0].0, entries[entries.len() - 1].0);
                // Raw totals of provinces of very different size are never set against each
                // other as a ratio; a difference of two exact shares is meaningful.
                let exact = high.qualifier == Qualifier::Exact && low.qualifier == Qualifier::Exact;
                let gap_text =
                    (exact && high.unit == "%").then(|| format::points(high.value - low.value));
                out.push(Finding {
                    metric: row.metric.clone(),
                    label: row.label.clone(),
                    theme: theme.key,
                    theme_title: theme.title.clone(),
                    entries: entries
                        .iter()
                        .map(|(f, c)| FindingEntry {
                            region: c.region.clone(),
                            text: c.text.clone(),
                            fact_id: f.id.clone(),
                            as_of_text: c.as_of_text.clone(),
                        })
                        .collect(),
                    gap_text,
                    local_regions: row
                        .cells
                        .iter()
                        .filter(|c| c.local)
                        .map(|c| c.region.clone())
                        .collect(),
                });
            }
        }
        out
    }

    /// Derived points: for a metric `K`, the catalog metrics `K_national` (same unit, province
    /// 全国), `K_change` (个百分点) and `K_increase` (same unit) give the base.
    fn derived(&mut self) -> Vec<Derived> {
        let mut out = Vec::new();
        let regions = self.regions.clone();
        for region in &regions {
            let facts: Vec<&'a Fact> = self
                .by_region
                .get(region.as_str())
                .cloned()
                .unwrap_or_default();
            for fact in facts.iter().copied() {
                let Some(key) = fact.metric.as_deref() else {
                    continue;
                };
                let Some(metric) = self.catalog.get(key) else {
                    continue;
                };
                let same_source = |other: &&Fact, suffix: &str| {
                    other.metric.as_deref() == Some(format!("{key}{suffix}").as_str())
                        && other.doc == fact.doc
                };
                let exact = |f: &Fact| f.qualifier == Qualifier::Exact;
                let base_of =
                    |kind: &str, base: &Fact, result: String, extra: Option<String>| Derived {
                        kind: kind.to_owned(),
                        region: region.clone(),
                        place: fact.place.clone(),
                        theme: fact.theme,
                        label: metric.label.clone(),
                        fact_id: fact.id.clone(),
                        base_fact_id: base.id.clone(),
                        value_text: fact_text(fact),
                        base_text: fact_text(base),
                        result_text: result,
                        extra_text: extra,
                    };
                if let Some(national) = self.all.facts.iter().find(|o| {
                    o.province == NATIONAL && same_source(o, "_national") && o.unit == fact.unit
                }) {
                    if exact(fact) && exact(national) && national.value > 0.0 && fact.unit == "%" {
                        out.push(base_of(
                            "versus_national",
                            national,
                            format!("{}倍", format::decimal(fact.value / national.value, 1)),
                            Some(format::points(fact.value - national.value)),
                        ));
                    }
                }
                if let Some(change) = facts
                    .iter()
                    .find(|o| same_source(o, "_change") && o.place == fact.place)
                {
                    if exact(fact) && exact(change) && fact.unit == "%" && change.unit == "个百分点"
                    {
                        out.push(base_of(
                            "previous_from_change",
                            change,
                            format::percent(fact.value - change.value),
                            None,
                        ));
                    }
                }
                if let Some(increase) = facts
                    .iter()
                    .find(|o| same_source(o, "_increase") && o.place == fact.place)
                {
                    let previous = fact.value - increase.value;
                    if exact(fact)
                        && exact(increase)
                        && increase.unit == fact.unit
                        && previous > 0.0
                    {
                        out.push(base_of(
                            "previous_from_increase",
                            increase,
                            format::figure(
                                previous,
                                None,
                                &fact.unit,
                                Qualifier::Exact,
                                OverWord::Chao,
                            ),
                            Some(format::percent(increase.value / previous * 100.0)),
                        ));
                    }
                }
            }
        }
        for d in &out {
            self.cite(&d.fact_id);
            self.cite(&d.base_fact_id);
        }
        out
    }
}

/// Builds the template context: per theme a comparison of the catalog's comparable metrics across
/// `opts.regions`, the regions' highlights, derived points, and the facts and sources cited.
///
/// Fails when no region is asked for, or when a region has no facts in the briefing's themes
/// (naming the regions that have), because a briefing of empty columns helps nobody.
pub fn build_context(
    facts: &FactSet,
    catalog: &Catalog,
    manifest: &Manifest,
    opts: &ReportOptions,
) -> Result<Context, ReportError> {
    // Regions a briefing can describe: those with a fact in one of its themes.
    let known: HashSet<&str> = facts
        .facts
        .iter()
        .filter(|f| BRIEFING_THEMES.contains(&f.theme))
        .map(|f| f.province.as_str())
        // A figure whose province the extraction could not tell is no region of its own.
        .filter(|p| *p != NATIONAL && !p.trim().is_empty())
        .collect();
    if opts.regions.is_empty() {
        return Err(ReportError::NoRegions);
    }
    let mut regions: Vec<String> = Vec::new();
    for asked in &opts.regions {
        let name = normalise_region(asked, &known);
        if !known.contains(name.as_str()) {
            let mut list: Vec<&str> = known.iter().copied().collect();
            list.sort_unstable();
            return Err(ReportError::UnknownRegion {
                region: asked.clone(),
                known: list.join("、"),
            });
        }
        if !regions.contains(&name) {
            regions.push(name);
        }
    }
    let mut by_region: HashMap<&str, Vec<&Fact>> = HashMap::new();
    for fact in &facts.facts {
        if regions.contains(&fact.province) {
            by_region
                .entry(fact.province.as_str())
                .or_default()
                .push(fact);
        }
    }
    let mut builder = Builder {
        catalog,
        manifest,
        regions: regions.clone(),
        by_region,
        all: facts,
        cited: Vec::new(),
        cited_set: HashSet::new(),
    };
    let mut region_themes: Vec<Vec<RegionTheme>> = vec![Vec::new(); regions.len()];
    let mut chosen = selection::choose(
        &facts.points,
        &regions,
        &BRIEFING_THEMES,
        DEPARTMENTS_FOUNDED,
    );
    let themes: Vec<ThemeView> = BRIEFING_THEMES
        .iter()
        .map(|&t| {
            let mut view = builder.theme(t, &mut region_themes);
            view.points = chosen.by_theme.remove(&t).unwrap_or_default();
            view
        })
        .filter(|t| t.regions_without_data.len() < regions.len())
        .collect();
    let findings = builder.findings(&themes);
    let derived = builder.derived();

    let mut fact_views = BTreeMap::new();
    for fact in &facts.facts {
        if regions.contains(&fact.province) || builder.cited_set.contains(&fact.id) {
            fact_views.insert(fact.id.clone(), builder.fact_view(fact));
        }
    }
    let region_views = regions
        .iter()
        .zip(region_themes)
        .map(|(name, themes_of_region)| {
            let own: &[&Fact] = builder
                .by_region
                .get(name.as_str())
                .map_or(&[], |v| v.as_slice());
            let mut local_places: Vec<PlaceView> = Vec::new();
            for f in own.iter().filter(|f| f.level != Level::Province) {
                let place = PlaceView {
                    place: f.place.clone(),
                    level: f.level,
                    level_text: level_text(f.level).to_owned(),
                };
                if !local_places.contains(&place) {
                    local_places.push(place);
                }
            }
            let gaps = BRIEFING_THEMES
                .iter()
                .filter(|t| {
                    !themes_of_region.iter().any(|rt| rt.theme == **t)
                        && !facts
                            .points
                            .iter()
                            .any(|p| &p.province == name && p.theme == **t)
                })
                .map(|t| t.title_zh().to_owned())
                .collect();
            // Figures the comparison or a derived point uses tell most, then the first table
            // figure of each theme; province level before local.
            // A figure the source sets against the country (a `K_national_share` sibling:
            // 占全国近五分之一) tells most, then figures compared across regions or used by a
            // derived point.
            let national_context = own.iter().filter(|f| {
                f.metric.as_deref().is_some_and(|key| {
                    let share = format!("{key}_national_share");
                    own.iter()
                        .any(|g| g.doc == f.doc && g.metric.as_deref() == Some(share.as_str()))
                })
            });
            let telling: Vec<&str> = national_context
                .map(|f| f.id.as_str())
                .chain(
                    findings
                        .iter()
                        .flat_map(|f| f.entries.iter().map(|e| e.fact_id.as_str())),
                )
                .chain(derived.iter().map(|d| d.fact_id.as_str()))
                .collect();
            let mut key_facts: Vec<String> = Vec::new();
            let own_telling = telling.iter().filter(|id| {
                fact_views
                    .get(**id)
                    .is_some_and(|f: &FactView| &f.region == name)
            });
            let first_of_theme = themes_of_region
                .iter()
                .filter_map(|rt| rt.table_facts.first().or(rt.highlights.first()));
            for id in own_telling
                .map(|id| (*id).to_owned())
                .chain(first_of_theme.cloned())
            {
                if !key_facts.contains(&id) {
                    key_facts.push(id);
                }
            }
            key_facts.sort_by_key(|id| fact_views.get(id).is_none_or(|f: &FactView| f.local));
            key_facts.truncate(3);
            let in_tables: HashSet<&str> = themes_of_region
                .iter()
                .flat_map(|rt| rt.table_facts.iter().map(String::as_str))
                .collect();
            let mut own_figures: Vec<&Fact> = Vec::new();
            let mut catalogued: Vec<&Fact> = own
                .iter()
                .copied()
                .filter(|f| {
                    f.metric.is_some()
                        && BRIEFING_THEMES.contains(&f.theme)
                        && !in_tables.contains(f.id.as_str())
                        && !predates_departments(f)
                })
                .collect();
            catalogued.sort_by_key(|f| f.level);
            for f in catalogued {
                let repeated = own_figures.iter().any(|p| {
                    same_clause(p, f)
                        || (p.metric == f.metric && p.place == f.place && p.value == f.value)
                });
                if !repeated && own_figures.is_empty() {
                    own_figures.push(f);
                }
            }
            let own_figures: Vec<String> = own_figures.iter().map(|f| f.id.clone()).collect();
            let mut region_docs: Vec<&str> = own.iter().map(|f| f.doc.as_str()).collect();
            region_docs.sort_unstable();
            region_docs.dedup();
            let region_sources = manifest
                .sources
                .iter()
                .filter(|s| region_docs.contains(&s.file.as_str()))
                .map(|s| builder.source_ref(&s.file))
                .collect();
            let period = period_text(
                own.iter()
                    .filter(|f| BRIEFING_THEMES.contains(&f.theme))
                    .filter_map(|f| f.as_of.as_deref()),
            );
            let mut own_points: Vec<&Point> = facts
                .points
                .iter()
                .filter(|p| &p.province == name)
                .collect();
            // most telling first; equal scores in source order
            own_points.sort_by(|a, b| {
                b.score
                    .total_cmp(&a.score)
                    .then_with(|| (&a.doc, a.span).cmp(&(&b.doc, b.span)))
            });
            let points_by_kind = PointKind::ALL
                .into_iter()
                .map(|kind| KindPoints {
                    kind,
                    title: kind.title_zh().to_owned(),
                    points: own_points
                        .iter()
                        .filter(|p| p.kind == kind)
                        .map(|p| p.id.clone())
                        .collect(),
                    also: own_points
                        .iter()
                        .filter(|p| p.also_kinds.contains(&kind))
                        .map(|p| p.id.clone())
                        .collect(),
                })
                .filter(|k| !k.points.is_empty() || !k.also.is_empty())
                .collect();
            let points_by_theme = Theme::ALL
                .into_iter()
                .map(|theme| ThemePoints {
                    theme,
                    title: theme.title_zh().to_owned(),
                    points: own_points
                        .iter()
                        .filter(|p| p.theme == theme)
                        .map(|p| p.id.clone())
                        .collect(),
                })
                .filter(|t| !t.points.is_empty())
                .collect();
            RegionView {
                sources: region_sources,
                period_text: period,
                own_figures,
                points: own_points.iter().map(|p| p.id.clone()).collect(),
                points_by_kind,
                points_by_theme,
                name: name.clone(),
                key_facts,
                fact_count: own.len(),
                has_provincial_facts: own.iter().any(|f| f.level == Level::Province),
                local_places,
                themes: themes_of_region,
                gaps,
            }
        })
        .collect::<Vec<RegionView>>();
    // The regions' own figures and the 附表 cite every figure they show.
    let appendix: Vec<AppendixRegion> = regions
        .iter()
        .map(|region| {
            let own: Vec<&Fact> = builder
                .by_region
                .get(region.as_str())
                .map(|v| {
                    v.iter()
                        .copied()
                        .filter(|f| BRIEFING_THEMES.contains(&f.theme))
                        .collect()
                })
                .unwrap_or_default();
            appendix_rows(region, &own, &BRIEFING_THEMES, catalog)
        })
        .collect();
    let later_cites: Vec<String> = region_views
        .iter()
        .flat_map(|r| r.own_figures.iter().cloned())
        .chain(
            appendix
                .iter()
                .flat_map(|a| a.rows.iter().map(|r| r.fact_id.clone())),
        )
        .collect();
    for id in &later_cites {
        builder.cite(id);
    }
    let mut cited_per_doc: HashMap<&str, usize> = HashMap::new();
    for id in &builder.cited {
        if let Some(f) = fact_views.get(id) {
            *cited_per_doc.entry(f.doc.as_str()).or_default() += 1;
            for c in &f.also_cited {
                cited_per_doc.entry(c.source.file.as_str()).or_default();
            }
        }
    }
    let sources: Vec<SourceView> = manifest
        .sources
        .iter()
        .filter_map(|s| {
            cited_per_doc.get(s.file.as_str()).map(|&n| SourceView {
                file: s.file.clone(),
                title: format::zh_punctuation(&s.title),
                publisher: s.publisher.clone(),
                date: s.date.clone(),
                date_text: s.date.as_deref().map(format::zh_partial_date),
                province: s.province.clone(),
                note: s.note.as_deref().map(format::zh_punctuation),
                cited_facts: n,
                reprint_of: facts
                    .reprints
                    .iter()
                    .find(|r| r.doc == s.file)
                    .map(|r| r.original.clone()),
                independent: n > 0 || !facts.reprints.iter().any(|r| r.doc == s.file),
            })
        })
        .collect();
    let point_views: BTreeMap<String, PointView> = facts
        .points
        .iter()
        .filter(|p| regions.contains(&p.province))
        .map(|p| (p.id.clone(), builder.point_view(p)))
        .collect();
    let reprints = facts
        .reprints
        .iter()
        .map(|r| ReprintView {
            doc: r.doc.clone(),
            source: builder.source_ref(&r.doc),
            original: r.original.clone(),
            original_source: builder.source_ref(&r.original),
            shared: r.shared,
            basis: r.basis.clone(),
        })
        .collect();
    let themes_with_data = themes.len();
    let period = period_text(
        builder
            .cited
            .iter()
            .filter_map(|id| fact_views.get(id))
            .filter(|f| f.region != NATIONAL)
            .filter_map(|f| f.as_of.as_deref()),
    );
    let independent_sources = sources
        .iter()
        .filter(|s: &&SourceView| s.independent)
        .count();
    Ok(Context {
        masthead: MastheadView::new(&opts.masthead, format::zh_date(opts.date)),
        report: ReportInfo {
            missing_text: opts.missing_text.clone(),
            period_text: period,
            date: format::zh_date(opts.date),
            date_iso: opts.date.format("%Y-%m-%d").to_string(),
            regions_text: regions.join("、"),
            regions,
            themes_with_data,
            independent_sources,
        },
        regions: region_views,
        themes,
        findings,
        derived,
        facts: fact_views,
        cited: builder.cited,
        sources,
        appendix,
        points: point_views,
        reprints,
        notable: chosen.notable,
        plans: chosen.plans,
        cited_points: chosen.cited,
    })
}
