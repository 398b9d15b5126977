//! The comparison of one theme: rows of metrics two regions state, their cells, the regions'
//! further highlights, scope and conflict notes, and the theme's charts.

use super::views::*;
use super::{as_of_text, fact_text, level_text, predates_departments, same_clause, Builder};
use crate::charts::{change_charts, row_chart, ChartView};
use crate::format;
use jianbao_facts::{Fact, Level, Metric, Theme};

impl<'a> Builder<'a> {
    /// The facts of `region` for `metric`, best first: province level, then the latest as-of
    /// date, then source order. Figures dated before the departments existed are history: set
    /// beside another region's current figure they would compare two eras, so they stay in the
    /// 附表. Targets are aims, never readings of the current value: they are not candidates
    /// (see [`Builder::target_for`]). A unit's own figure (one station's staff, one
    /// association's members) says nothing of its place's total: set beside another region's
    /// total it would read as that place's, so it stays in the 附表 too.
    pub(super) fn candidates(&self, region: &str, metric: &str) -> Vec<&'a Fact> {
        let mut found: Vec<&Fact> = self
            .by_region
            .get(region)
            .map(|facts| {
                facts
                    .iter()
                    .copied()
                    .filter(|f| {
                        f.metric.as_deref() == Some(metric)
                            && !f.target
                            && f.level != Level::Org
                            && !predates_departments(f)
                    })
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

    /// The region's aim for `metric` shown beside its cell: the province's before a local one,
    /// then the nearest year it is set for, then source order.
    fn target_for(&self, region: &str, metric: &str) -> Option<&'a Fact> {
        let facts = self.by_region.get(region)?;
        facts
            .iter()
            .copied()
            .filter(|f| f.target && f.metric.as_deref() == Some(metric))
            .min_by(|a, b| {
                a.level
                    .cmp(&b.level)
                    .then_with(|| a.as_of.cmp(&b.as_of))
                    .then_with(|| a.doc.cmp(&b.doc))
                    .then_with(|| a.span.cmp(&b.span))
            })
    }

    pub(super) fn cell(&mut self, region: &str, metric: &Metric) -> CellView {
        let target = self.target_for(region, &metric.key);
        if let Some(t) = target {
            self.cite(&t.id);
        }
        let target_text = target.map(|t| match (t.level, &t.place) {
            (Level::Province, _) => fact_text(t),
            (_, place) => format!("{}（{place}）", fact_text(t)),
        });
        let target_fact_id = target.map(|t| t.id.clone());
        let target_as_of_text = target.and_then(as_of_text);
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
                target_text,
                target_fact_id,
                target_as_of_text,
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
            } else if other.as_of == chosen.as_of && !same_clause(other, chosen) {
                // Two figures of one clause (全市持证社工约3.7万人、高级社工师26人) count two
                // things, not two readings of one: no "sources differ" note.
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
            target_text,
            target_fact_id,
            target_as_of_text,
        }
    }

    pub(super) fn theme(
        &mut self,
        theme: Theme,
        region_themes: &mut [Vec<RegionTheme>],
    ) -> ThemeView {
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
            // aims the table shows beside the figures, after them: a summary's first table
            // figure is a reading, never an aim
            table_facts.extend(
                rows.iter()
                    .filter_map(|row| row.cells[index].target_fact_id.clone()),
            );
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
}
