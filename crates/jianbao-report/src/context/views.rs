//! The views a template receives: regions, themes, rows and cells, facts, points and sources,
//! and how the builder turns facts and points into them.

use super::{fact_text, level_text, Builder};
use crate::charts::ChartView;
use crate::format;
use crate::selection::RegionPoints;
use jianbao_facts::{Citation, Fact, Level, Point, PointKind, Qualifier, Theme};
use serde::Serialize;

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
    /// What the 总体情况 says when the headline figures say little: main figures by a stated
    /// rule, named programmes, the kinds of points, whether anything is compared.
    pub summary: super::summary::RegionSummary,
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
    /// When `text_display` is in traditional characters, its reading in simplified ones (the
    /// built-in templates print it in the point's footnote); `null` otherwise. Filled by
    /// [`Context::add_readings`](super::Context::add_readings).
    pub text_reading: Option<String>,
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
    /// The region's aim for the metric, beside (never instead of) the current figure: the
    /// target's figure (90%), its fact and `target_as_of_text` (2027年目标, or 目标 undated).
    pub target_text: Option<String>,
    pub target_fact_id: Option<String>,
    pub target_as_of_text: Option<String>,
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
    /// 2024年11月; for a target the year it is set for and 目标 (2027年目标).
    pub as_of_text: Option<String>,
    /// The source sets the figure as an aim: never a reading of the current value.
    pub target: bool,
    /// The exact clause of the source (provenance; compare with the source file).
    pub quote: String,
    /// The clause as shown to readers: punctuation made full-width between Chinese characters
    /// and OCR line breaks removed; no word changed.
    pub quote_display: String,
    /// When the clause is written in traditional characters, how a reader of simplified ones
    /// reads it (驛站雖然只有 → 驿站虽然只有, reading aids such as 社區(qū) left out), to print
    /// beside the exact quote; `None` otherwise. See [`Context::add_readings`].
    pub quote_reading: Option<String>,
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
    /// How the briefing cites it: 《title》, or for a source without a headline the place its
    /// figures are about with 报道 (含山县报道), never its file name as a title.
    pub name: String,
    /// Whether the source states no headline (`title` is then its file name).
    pub untitled: bool,
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
    /// How the briefing cites it (see [`SourceRef::name`]).
    pub name: String,
    /// Whether the source states no headline: print `file` beside `name` in a source list.
    pub untitled: bool,
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

impl<'a> Builder<'a> {
    pub(super) fn fact_view(&self, fact: &Fact) -> FactView {
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
            as_of_text: super::as_of_text(fact),
            target: fact.target,
            quote: fact.quote.clone(),
            quote_display: format::zh_punctuation(&fact.quote),
            quote_reading: None,
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

    pub(super) fn also_cited(&self, c: &Citation, primary_doc: &str) -> AlsoCited {
        AlsoCited {
            source: self.source_ref(&c.doc),
            quote: c.quote.clone(),
            quote_display: format::zh_punctuation(&c.quote),
            reprint: self.all.is_reprint_of(c, primary_doc),
        }
    }

    pub(super) fn variant(&self, c: &jianbao_facts::Conflict) -> Variant {
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

    pub(super) fn point_view(&self, point: &Point) -> PointView {
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
            text_reading: None,
        }
    }
}
