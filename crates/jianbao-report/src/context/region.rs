//! One region's view: its places, gaps, key figures, own figures, sources, period and points.

use super::views::*;
use super::{level_text, predates_departments, same_clause, Builder, BRIEFING_THEMES};
use crate::appendix::period_text;
use jianbao_facts::{Fact, FactSet, Level, Point, PointKind, Theme};
use std::collections::{BTreeMap, HashSet};

impl<'a> Builder<'a> {
    /// The view of region `name`, given the themes it has data in and what the findings and
    /// derived figures of the briefing use.
    pub(super) fn region_view(
        &self,
        facts: &FactSet,
        name: &String,
        themes_of_region: Vec<RegionTheme>,
        findings: &[Finding],
        derived: &[Derived],
        fact_views: &BTreeMap<String, FactView>,
    ) -> RegionView {
        let own: &[&Fact] = self
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
            // one entry per place: an organisation's figure names the place it is in, which
            // the place's own figures name at its own level (睢宁县, not 睢宁县 and 睢宁县（单位）)
            match local_places.iter_mut().find(|p| p.place == place.place) {
                Some(known) if known.level == Level::Org && place.level != Level::Org => {
                    *known = place;
                }
                Some(_) => {}
                None => local_places.push(place),
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
        let first_of_theme = themes_of_region.iter().filter_map(|rt| {
            // a summary states what was reached: an aim is shown beside it, not as it; and it
            // states the place's figures: a unit's own (one station's staff) would read as the
            // place's total, so it stays among the highlights, which name it a unit's
            let reading = |id: &&String| {
                fact_views
                    .get(*id)
                    .is_some_and(|f| !f.target && f.level != Level::Org)
            };
            rt.table_facts
                .iter()
                .find(reading)
                .or_else(|| rt.highlights.iter().find(reading))
        });
        for id in own_telling
            .map(|id| (*id).to_owned())
            .chain(first_of_theme.cloned())
        {
            if !key_facts.contains(&id) {
                key_facts.push(id);
            }
        }
        // one figure stated twice (a summary repeating the body, a reprint in one file) is one
        let reading = |id: &String| {
            fact_views.get(id).map(|f| {
                (
                    f.metric.clone(),
                    f.place.clone(),
                    f.text.clone(),
                    f.as_of.clone(),
                )
            })
        };
        let mut readings = Vec::new();
        key_facts.retain(|id| {
            let r = reading(id);
            let new = r.is_none() || !readings.contains(&r);
            readings.push(r);
            new
        });
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
            }) || key_facts.iter().any(|id| {
                fact_views.get(id).is_some_and(|k| {
                    k.metric == f.metric && k.place == f.place && k.value == f.value
                })
            });
            if !repeated && own_figures.is_empty() {
                own_figures.push(f);
            }
        }
        let own_figures: Vec<String> = own_figures.iter().map(|f| f.id.clone()).collect();
        let mut region_docs: Vec<&str> = own.iter().map(|f| f.doc.as_str()).collect();
        region_docs.sort_unstable();
        region_docs.dedup();
        let region_sources = self
            .manifest
            .sources
            .iter()
            .filter(|s| region_docs.contains(&s.file.as_str()))
            .map(|s| self.source_ref(&s.file))
            .collect();
        let period = period_text(
            own.iter()
                .filter(|f| BRIEFING_THEMES.contains(&f.theme) && !f.target)
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
            summary: Default::default(),
        }
    }
}
