//! The comparison model and the template context built from a fact set.
//!
//! Everything a template needs is computed here once (formatted figures, scope, citations,
//! derived points), so that templates only write prose and `jianbao context` can show users the
//! exact data their own templates receive. The shape is documented in `CONTEXT.md`.

mod comparison;
mod findings;
mod one_thing;
mod region;
mod repeats;
mod summary;
mod untitled;
mod views;

pub use summary::{
    NamedPoint, RegionScope, RegionSummary, ScopeView, SummaryFigure, UnplacedSource,
};
pub use views::*;

use crate::appendix::{appendix_rows, period_text, AppendixRegion};
use crate::format;
use crate::masthead::MastheadView;
use crate::selection::{self, RegionPoints};
use crate::{ReportError, ReportOptions};
use jianbao_facts::{Catalog, Fact, FactSet, Level, Manifest, Theme};
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
    /// Which regions and levels the briefing covers and what it cannot compare.
    pub scope: ScopeView,
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

/// The regions a briefing can describe when none are named: every province with a fact in one of
/// the briefing's themes, in the order the sources first report it (the facts keep their sources'
/// order, so a manifest or the file names set the columns). A province whose figures are all
/// context (`other`) has nothing to compare, and asking for it would fail; national figures (全国)
/// and figures whose province could not be told are never a column.
pub fn regions_with_facts(facts: &FactSet) -> Vec<String> {
    let mut regions: Vec<String> = Vec::new();
    for province in describable_provinces(facts) {
        if !regions.iter().any(|r| r == province) {
            regions.push(province.to_owned());
        }
    }
    regions
}

/// The province of every fact a briefing can show, in the facts' order, with repeats.
fn describable_provinces(facts: &FactSet) -> impl Iterator<Item = &str> {
    facts
        .facts
        .iter()
        .filter(|f| BRIEFING_THEMES.contains(&f.theme))
        .map(|f| f.province.trim())
        .filter(|p| *p != NATIONAL && !p.is_empty())
}

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

/// The as-of date as readers see it. A target's is the year it is set for, said to be an aim
/// (2027年目标, or 目标 undated): a target printed beside current figures must never read as one.
pub(crate) fn as_of_text(fact: &Fact) -> Option<String> {
    let date = fact.as_of.as_deref().map(format::zh_partial_date);
    if fact.target {
        Some(format!("{}目标", date.unwrap_or_default()))
    } else {
        date
    }
}

pub(crate) fn fact_text(fact: &Fact) -> String {
    format::figure_as_written(
        fact.value,
        fact.value_max,
        &fact.unit,
        fact.qualifier,
        &fact.quote,
    )
}

impl Context {
    /// Gives every text quoted in traditional characters its reading in simplified ones: each
    /// fact's quote (`quote_reading`), each point's sentence (`text_reading`), the source's
    /// words a region's summary quotes (`phrase_reading`) and the 附表's quoted labels and
    /// details (`label_reading`, `detail_reading`). `reading` returns it for a displayed text,
    /// or `None` when the text is not traditional. The converter lives with the extractor, so
    /// the caller supplies it; the quotes themselves stay exact.
    pub fn add_readings(&mut self, reading: impl Fn(&str) -> Option<String>) {
        for fact in self.facts.values_mut() {
            fact.quote_reading = reading(&fact.quote_display);
        }
        for point in self.points.values_mut() {
            point.text_reading = reading(&point.text_display);
        }
        for region in &mut self.regions {
            let summary = &mut region.summary;
            for figure in summary.figures.iter_mut().chain(summary.aims.iter_mut()) {
                figure.phrase_reading = figure.phrase.as_deref().and_then(&reading);
            }
        }
        for row in self.appendix.iter_mut().flat_map(|a| a.rows.iter_mut()) {
            if row.label_is_quote {
                row.label_reading = reading(&row.label);
            }
            row.detail_reading = row.detail.as_deref().and_then(&reading);
        }
    }
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
    /// The names untitled sources are cited by (含山县报道), by file.
    untitled: HashMap<String, String>,
}

impl<'a> Builder<'a> {
    fn cite(&mut self, id: &str) {
        if self.cited_set.insert(id.to_owned()) {
            self.cited.push(id.to_owned());
        }
    }

    fn source_ref(&self, file: &str) -> SourceRef {
        let title = self
            .manifest
            .get(file)
            .map_or_else(|| file.to_owned(), |s| format::zh_punctuation(&s.title));
        let (name, untitled) = self.source_name(file, &title);
        match self.manifest.get(file) {
            Some(s) => SourceRef {
                file: file.to_owned(),
                title,
                name,
                untitled,
                publisher: s.publisher.as_deref().map(format::zh_punctuation),
                date_text: s.date.as_deref().map(format::zh_partial_date),
            },
            None => SourceRef {
                file: file.to_owned(),
                title,
                name,
                untitled,
                publisher: None,
                date_text: None,
            },
        }
    }

    /// How a source is cited: 《its headline》, or for one without (`untitled`: templates say
    /// so where they list sources) the name [`untitled::untitled_names`] gives it.
    fn source_name(&self, file: &str, title: &str) -> (String, bool) {
        match self.untitled.get(file) {
            Some(name) => (name.clone(), true),
            None if untitled::is_untitled(file, title) => ("一篇报道".to_owned(), true),
            None => (format!("《{title}》"), false),
        }
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
    // A figure a source states twice (its headline and its body) is one figure.
    let without_repeats = repeats::without_repeats(facts, manifest);
    let facts = without_repeats.as_ref().unwrap_or(facts);
    let known: HashSet<&str> = describable_provinces(facts).collect();
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
        untitled: untitled::untitled_names(facts, manifest),
    };
    let mut region_themes: Vec<Vec<RegionTheme>> = vec![Vec::new(); regions.len()];
    let mut themes: Vec<ThemeView> = BRIEFING_THEMES
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
    let mut region_views: Vec<RegionView> = regions
        .iter()
        .zip(region_themes)
        .map(|(name, themes_of_region)| {
            builder.region_view(
                facts,
                name,
                themes_of_region,
                &findings,
                &derived,
                &fact_views,
            )
        })
        .collect();
    // The points: after the 总体情况's figures are known, so that no point repeats them.
    let shown: HashSet<String> = region_views
        .iter()
        .flat_map(|r| r.key_facts.iter().chain(&r.own_figures))
        .filter(|id| fact_views.get(*id).is_some_and(|f| f.metric.is_some()))
        .cloned()
        .collect();
    let mut chosen = selection::choose(
        &facts.points,
        &regions,
        &BRIEFING_THEMES,
        DEPARTMENTS_FOUNDED,
        &shown,
    );
    // A figure a 值得关注 point quotes (27.5万人，居全国首位) is said there, with what makes it
    // notable; the 总体情况 does not repeat it.
    let in_notable: HashSet<&str> = chosen
        .notable
        .iter()
        .flat_map(|rp| &rp.points)
        .filter_map(|id| facts.points.iter().find(|p| &p.id == id))
        .flat_map(|p| p.fact_ids.iter().map(String::as_str))
        .collect();
    for view in &mut region_views {
        view.key_facts
            .retain(|id| !in_notable.contains(id.as_str()));
        view.own_figures
            .retain(|id| !in_notable.contains(id.as_str()));
    }
    for view in &mut themes {
        view.points = chosen.by_theme.remove(&view.key).unwrap_or_default();
    }
    // A region's summary: after the headline figures are final (a notable point may take one).
    let printed_points = chosen.cited.clone();
    // which regions report each catalog metric (reported figures, not aims)
    let mut metric_regions: HashMap<&str, HashSet<&str>> = HashMap::new();
    for (region, own) in &builder.by_region {
        for fact in own.iter().filter(|f| !f.target) {
            if let Some(metric) = fact.metric.as_deref() {
                metric_regions.entry(metric).or_default().insert(region);
            }
        }
    }
    for view in &mut region_views {
        let own: &[&Fact] = builder
            .by_region
            .get(view.name.as_str())
            .map_or(&[], |v| v.as_slice());
        let own_points: Vec<&jianbao_facts::Point> = view
            .points
            .iter()
            .filter_map(|id| facts.points.iter().find(|p| &p.id == id))
            .collect();
        let headline: Vec<String> = view
            .key_facts
            .iter()
            .chain(&view.own_figures)
            .cloned()
            .collect();
        view.summary = summary::region_summary(
            own,
            &own_points,
            &view.themes,
            &headline,
            &printed_points,
            &fact_views,
        );
        view.summary.shared_only_in_history = own.iter().any(|f| {
            !f.target
                && predates_departments(f)
                && f.metric.as_deref().is_some_and(|m| {
                    metric_regions
                        .get(m)
                        .is_some_and(|rs| rs.iter().any(|r| *r != view.name.as_str()))
                })
        });
        for name in &view.summary.names {
            if !chosen.cited.contains(&name.point_id) {
                chosen.cited.push(name.point_id.clone());
            }
        }
        for figure in view.summary.figures.iter().chain(&view.summary.aims) {
            builder.cite(&figure.fact_id);
        }
    }
    let compared_metrics: HashSet<&str> = themes
        .iter()
        .flat_map(|t| t.rows.iter().map(|r| r.metric.as_str()))
        .collect();
    let mut scope = summary::scope(
        &regions
            .iter()
            .map(|r| {
                let own = builder
                    .by_region
                    .get(r.as_str())
                    .cloned()
                    .unwrap_or_default();
                (r.clone(), own)
            })
            .collect::<Vec<_>>(),
        &compared_metrics,
    );
    scope.unplaced = summary::unplaced_sources(&facts.facts, |file| builder.source_ref(file));
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
            appendix_rows(region, &own, &BRIEFING_THEMES, catalog, &builder.cited_set)
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
    // A source quoted only for a point (做法, 下一步) is cited too: its footnote names it, so the
    // 资料来源 lists it and the lead counts it (it gives no figure: no 引用数据 count).
    for id in &chosen.cited {
        if let Some(p) = facts.points.iter().find(|p| &p.id == id) {
            cited_per_doc.entry(p.doc.as_str()).or_default();
        }
    }
    let sources: Vec<SourceView> = manifest
        .sources
        .iter()
        .filter_map(|s| {
            cited_per_doc.get(s.file.as_str()).map(|&n| {
                let title = format::zh_punctuation(&s.title);
                let (name, untitled) = builder.source_name(&s.file, &title);
                SourceView {
                    file: s.file.clone(),
                    title,
                    name,
                    untitled,
                    publisher: s.publisher.as_deref().map(format::zh_punctuation),
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
                }
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
            .filter(|f| f.region != NATIONAL && !f.target)
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
        scope,
        points: point_views,
        reprints,
        notable: chosen.notable,
        plans: chosen.plans,
        cited_points: chosen.cited,
    })
}
