//! The comparison model and the template context built from a fact set.
//!
//! Everything a template needs is computed here once (formatted figures, scope, citations,
//! derived points), so that templates only write prose and `jianbao context` can show users the
//! exact data their own templates receive. The shape is documented in `CONTEXT.md`.

use crate::charts::{change_charts, row_chart, ChartView};
use crate::format::{self, OverWord};
use crate::{ReportError, ReportOptions};
use jianbao_facts::{Catalog, Fact, FactSet, Level, Manifest, Metric, Qualifier, Theme};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};

/// The template context: the comparison, the facts it cites and the sources they come from.
#[derive(Debug, Clone, Serialize)]
pub struct Context {
    pub report: ReportInfo,
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
    /// Titles of themes without any fact of the region.
    pub gaps: Vec<String>,
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
    /// Comparison rows: catalog metrics marked comparable that at least one region states.
    pub rows: Vec<Row>,
    /// Per region (in the order asked), the theme's highlights; regions without any are left out.
    pub highlights: Vec<RegionHighlights>,
    /// Cells whose figure is about a place below province level, grouped by region.
    pub scope_notes: Vec<ScopeNote>,
    /// Cells where sources give different figures.
    pub conflict_notes: Vec<CellConflict>,
    /// Regions without any fact in this theme.
    pub regions_without_data: Vec<String>,
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
    /// Largest ÷ smallest (11.5倍), when both are exact counts in the same unit.
    pub ratio_text: Option<String>,
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
            .map(|c| Variant {
                subject: c.subject.clone(),
                readings: c
                    .variants
                    .iter()
                    .map(|v| Reading {
                        text: v.text.clone(),
                        source: self.source_ref(&v.citation.doc),
                    })
                    .collect(),
            })
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
                .map(|c| AlsoCited {
                    source: self.source_ref(&c.doc),
                    quote: c.quote.clone(),
                    quote_display: format::zh_punctuation(&c.quote),
                })
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
            let cells: Vec<CellView> = regions.iter().map(|r| self.cell(r, metric)).collect();
            if cells.iter().any(|c| c.disclosed) {
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
                regions_without_data.push(region.clone());
                continue;
            }
            let mut rest: Vec<&Fact> = theme_facts
                .into_iter()
                .filter(|f| !table_facts.contains(&f.id))
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
            regions_without_data,
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
                let exact = high.qualifier == Qualifier::Exact && low.qualifier == Qualifier::Exact;
                let percent = matches!(high.unit.as_str(), "%" | "个百分点" | "分数");
                let ratio_text = (exact && !percent && low.value > 0.0)
                    .then(|| format!("{}倍", format::decimal(high.value / low.value, 1)));
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
                    ratio_text,
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
        .filter(|p| *p != NATIONAL)
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
    let themes: Vec<ThemeView> = BRIEFING_THEMES
        .iter()
        .map(|&t| builder.theme(t, &mut region_themes))
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
                .filter(|t| !themes_of_region.iter().any(|rt| rt.theme == **t))
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
            RegionView {
                name: name.clone(),
                key_facts,
                fact_count: own.len(),
                has_provincial_facts: own.iter().any(|f| f.level == Level::Province),
                local_places,
                themes: themes_of_region,
                gaps,
            }
        })
        .collect();
    let mut cited_per_doc: HashMap<&str, usize> = HashMap::new();
    for id in &builder.cited {
        if let Some(f) = fact_views.get(id) {
            *cited_per_doc.entry(f.doc.as_str()).or_default() += 1;
            for c in &f.also_cited {
                cited_per_doc.entry(c.source.file.as_str()).or_default();
            }
        }
    }
    let sources = manifest
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
            })
        })
        .collect();
    let themes_with_data = themes.len();
    Ok(Context {
        report: ReportInfo {
            date: format::zh_date(opts.date),
            date_iso: opts.date.format("%Y-%m-%d").to_string(),
            regions_text: regions.join("、"),
            regions,
            themes_with_data,
        },
        regions: region_views,
        themes,
        findings,
        derived,
        facts: fact_views,
        cited: builder.cited,
        sources,
    })
}
