//! Findings (one metric side by side across provinces) and derived figures (computed from two
//! figures of one source).

use super::views::*;
use super::{fact_text, Builder, NATIONAL};
use crate::format::{self, OverWord};
use jianbao_facts::{Fact, Qualifier};

impl<'a> Builder<'a> {
    pub(super) fn find(&self, id: &str) -> Option<&'a Fact> {
        self.all.facts.iter().find(|f| f.id == id)
    }

    pub(super) fn findings(&self, themes: &[ThemeView]) -> Vec<Finding> {
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
    pub(super) fn derived(&mut self) -> Vec<Derived> {
        let mut out = Vec::new();
        let regions = self.regions.clone();
        for region in &regions {
            let facts: Vec<&'a Fact> = self
                .by_region
                .get(region.as_str())
                .cloned()
                .unwrap_or_default();
            // an aim computes nothing: it is not what was reached
            for fact in facts.iter().copied().filter(|f| !f.target) {
                let Some(key) = fact.metric.as_deref() else {
                    continue;
                };
                let Some(metric) = self.catalog.get(key) else {
                    continue;
                };
                let same_source = |other: &&Fact, suffix: &str| {
                    other.metric.as_deref() == Some(format!("{key}{suffix}").as_str())
                        && other.doc == fact.doc
                        && !other.target
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
