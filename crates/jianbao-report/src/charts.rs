//! Which figures can be charted, and the chart blocks templates place with `{{ chart(…) }}`.
//!
//! A chart compares figures on the same basis: one catalog metric in one unit, exact or
//! approximate values (never ranges), and at least two regions reporting it at the same level
//! (two provinces, or two places of the same local level). Local figures of the other regions
//! join the chart marked as local. A change chart shows one place's figure for two or more
//! dates that one source gives. Every bar is a fact the template also prints with its citation.

use std::collections::BTreeMap;

use jianbao_facts::{Catalog, Fact, Level, Qualifier, Theme};
use serde::Serialize;

use crate::context::{fact_text, Row};
use crate::format;

/// A chart the template may place: `{{ chart(metric=c.metric, region=c.region) }}`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChartView {
    /// `regions` (one bar per region) or `change` (one bar per date, one region).
    pub kind: String,
    pub metric: String,
    /// The region of a change chart; `None` for a comparison of regions.
    pub region: Option<String>,
    /// What the chart shows: the metric's label, or 浙江社会工作者 (change) with the place.
    pub title: String,
    pub unit: String,
    pub bars: Vec<ChartBar>,
}

/// One bar: a cited fact.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChartBar {
    /// The region (comparison) or the date (change) under the bar.
    pub category: String,
    pub value: f64,
    /// The figure as the text prints it (27.5万人).
    pub text: String,
    pub as_of_text: Option<String>,
    pub local: bool,
    /// The place of a local figure.
    pub place: Option<String>,
    pub fact_id: String,
}

fn bar(fact: &Fact, category: String) -> ChartBar {
    let local = fact.level != Level::Province;
    ChartBar {
        category,
        value: fact.value,
        text: fact_text(fact),
        as_of_text: crate::context::as_of_text(fact),
        local,
        place: local.then(|| fact.place.clone()),
        fact_id: fact.id.clone(),
    }
}

/// A figure a bar can show: a single value (not a range) in the metric's unit.
fn chartable(fact: &Fact, unit: &str) -> bool {
    fact.qualifier != Qualifier::Range
        && fact.value_max.is_none()
        && fact.value.is_finite()
        && fact.value >= 0.0
        && fact.unit == unit
}

/// The comparison chart of a table row: the shown figure of each region, when at least two
/// regions state it at the same level.
pub(crate) fn row_chart<'f>(
    row: &Row,
    find: impl Fn(&str) -> Option<&'f Fact>,
) -> Option<ChartView> {
    let shown: Vec<(&str, &Fact)> = row
        .cells
        .iter()
        .filter_map(|c| Some((c.region.as_str(), find(c.fact_id.as_deref()?)?)))
        .collect();
    let unit = row
        .unit
        .clone()
        .or_else(|| shown.first().map(|(_, f)| f.unit.clone()))?;
    let bars: Vec<(&str, &Fact)> = shown
        .into_iter()
        .filter(|(_, f)| chartable(f, &unit))
        .collect();
    let mut per_level: BTreeMap<Level, usize> = BTreeMap::new();
    for (_, f) in &bars {
        *per_level.entry(f.level).or_default() += 1;
    }
    if !per_level.values().any(|n| *n >= 2) {
        return None;
    }
    Some(ChartView {
        kind: "regions".into(),
        metric: row.metric.clone(),
        region: None,
        title: row.label.clone(),
        unit,
        bars: bars
            .into_iter()
            .map(|(region, f)| bar(f, region.to_owned()))
            .collect(),
    })
}

/// Change charts of one region: for each catalogued metric of `theme`, the figures one source
/// gives for one place at two or more dates, oldest first.
pub(crate) fn change_charts(
    region: &str,
    facts: &[&Fact],
    theme: Theme,
    catalog: &Catalog,
) -> Vec<ChartView> {
    let mut groups: BTreeMap<(&str, &str, &str, &str), Vec<&Fact>> = BTreeMap::new();
    // an aim is no point on a line of readings
    for f in facts
        .iter()
        .copied()
        .filter(|f| f.theme == theme && !f.target)
    {
        let (Some(metric), Some(_)) = (f.metric.as_deref(), f.as_of.as_deref()) else {
            continue;
        };
        let Some(m) = catalog.get(metric) else {
            continue;
        };
        if !chartable(f, m.unit.as_deref().unwrap_or(&f.unit)) {
            continue;
        }
        groups
            .entry((metric, f.place.as_str(), f.doc.as_str(), f.unit.as_str()))
            .or_default()
            .push(f);
    }
    let mut out = Vec::new();
    // Catalog order, so charts follow the table rows.
    for m in catalog.metrics.iter().filter(|m| m.theme == theme) {
        for ((metric, place, _, unit), group) in &groups {
            if *metric != m.key {
                continue;
            }
            // One figure per date: the first the source gives.
            let mut by_date: BTreeMap<&str, &Fact> = BTreeMap::new();
            for f in group {
                if let Some(d) = f.as_of.as_deref() {
                    by_date.entry(d).or_insert(f);
                }
            }
            // Two figures in one date format (2023 and 2024, or 2023-12 and 2024-12).
            let dates: Vec<&str> = by_date.keys().copied().collect();
            if dates.len() < 2 || dates.iter().any(|d| d.len() != dates[0].len()) {
                continue;
            }
            let first = by_date.values().next().copied();
            let local = first.is_some_and(|f| f.level != Level::Province);
            let title = if local {
                format!("{region}{place}{}", m.label)
            } else {
                format!("{region}{}", m.label)
            };
            out.push(ChartView {
                kind: "change".into(),
                metric: m.key.clone(),
                region: Some(region.to_owned()),
                title,
                unit: (*unit).to_owned(),
                bars: by_date
                    .values()
                    .map(|f| {
                        let category = f
                            .as_of
                            .as_deref()
                            .map(format::zh_partial_date)
                            .unwrap_or_default();
                        bar(f, category)
                    })
                    .collect(),
            });
        }
    }
    out
}

/// The Markdown chart block (see `jianbao_doc`): a fenced `chart` block of TOML. Every string is
/// written as a TOML basic string with backticks escaped, so no data can close the fence or
/// become markup.
pub(crate) fn chart_markdown(chart: &ChartView, title: &str) -> String {
    let mut s = String::from("\n```chart\n");
    s.push_str(&format!("title = {}\n", toml_string(title)));
    s.push_str(&format!("unit = {}\n", toml_string(&chart.unit)));
    for b in &chart.bars {
        s.push_str("\n[[bars]]\n");
        s.push_str(&format!("category = {}\n", toml_string(&b.category)));
        s.push_str(&format!("value = {}\n", toml_float(b.value)));
        s.push_str(&format!("label = {}\n", toml_string(&b.text)));
        if let Some(as_of) = &b.as_of_text {
            s.push_str(&format!("as_of = {}\n", toml_string(as_of)));
        }
        if let Some(place) = &b.place {
            s.push_str(&format!("place = {}\n", toml_string(place)));
        }
        s.push_str(&format!("fact = {}\n", toml_string(&b.fact_id)));
    }
    s.push_str("```\n\n");
    s
}

/// A TOML basic string: JSON's escaping is valid TOML; backticks become `\u0060`.
fn toml_string(text: &str) -> String {
    serde_json::to_string(text)
        .unwrap_or_else(|_| "\"\"".to_owned())
        .replace('`', "\\u0060")
        .replace('\u{7f}', "\\u007F")
}

/// A TOML float that reads back as the same `f64`.
fn toml_float(value: f64) -> String {
    let text = format!("{value:?}");
    if text.contains(['.', 'e', 'E']) {
        text
    } else {
        format!("{text}.0")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_cannot_close_the_fence() {
        let s = toml_string("a```b\"\n");
        assert_eq!(s, "\"a\\u0060\\u0060\\u0060b\\\"\\n\"");
        assert_eq!(toml_float(275000.0), "275000.0");
        assert_eq!(toml_float(0.1), "0.1");
        assert_eq!(toml_float(1e21), "1e21");
    }
}
