//! The 附表 (every figure of every region, also those no other region reports) and the period the
//! data cover, so that the body can keep to comparable rows without losing a figure.

use crate::format;
use jianbao_facts::{Catalog, Fact, Level, Theme};
use serde::Serialize;

/// All figures of one region, in briefing theme order.
#[derive(Debug, Clone, Serialize)]
pub struct AppendixRegion {
    pub region: String,
    pub rows: Vec<AppendixRow>,
}

/// One figure of the 附表.
#[derive(Debug, Clone, Serialize)]
pub struct AppendixRow {
    pub fact_id: String,
    pub theme_title: String,
    /// What is counted: the catalog label, or for an uncatalogued figure the source's clause
    /// (an extractor's rough label is never printed as a row label).
    pub label: String,
    /// `true` when `label` is the source's clause (print it as a quote).
    pub label_is_quote: bool,
    /// The figure as shown (27.5万人).
    pub text: String,
    /// The place when it is below province level (巢湖市), else empty.
    pub place: String,
    pub as_of_text: Option<String>,
}

/// The appendix rows of one region's facts (`facts` already restricted to the region and to the
/// briefing's themes, in fact-set order). A figure stated twice at one place (a reprint, a
/// summary repeating the body) is listed once.
pub(crate) fn appendix_rows(
    region: &str,
    facts: &[&Fact],
    themes: &[Theme],
    catalog: &Catalog,
) -> AppendixRegion {
    let mut rows: Vec<AppendixRow> = Vec::new();
    let mut seen: Vec<(String, String, String, String)> = Vec::new();
    for theme in themes {
        for fact in facts.iter().filter(|f| f.theme == *theme) {
            let text = crate::context::fact_text(fact);
            let catalogued = fact.metric.as_deref().and_then(|k| catalog.get(k));
            let label =
                catalogued.map_or_else(|| format::zh_punctuation(&fact.quote), |m| m.label.clone());
            let key = (
                fact.place.clone(),
                label.clone(),
                text.clone(),
                fact.as_of.clone().unwrap_or_default(),
            );
            if seen.contains(&key) {
                continue;
            }
            seen.push(key);
            rows.push(AppendixRow {
                fact_id: fact.id.clone(),
                theme_title: theme.title_zh().to_owned(),
                label,
                label_is_quote: catalogued.is_none(),
                text,
                place: if fact.level == Level::Province {
                    String::new()
                } else {
                    fact.place.clone()
                },
                as_of_text: fact.as_of.as_deref().map(format::zh_partial_date),
            });
        }
    }
    AppendixRegion {
        region: region.to_owned(),
        rows,
    }
}

/// The period a set of as-of dates covers, as a reader wants it: 2024年12月, 2023年至2024年.
/// `None` when no date is known.
pub(crate) fn period_text<'a>(dates: impl Iterator<Item = &'a str>) -> Option<String> {
    let mut dates: Vec<&str> = dates.filter(|d| !d.is_empty()).collect();
    dates.sort_unstable();
    let (first, last) = (dates.first()?, dates.last()?);
    let (first_text, last_text) = (
        format::zh_partial_date(first),
        format::zh_partial_date(last),
    );
    Some(if first_text == last_text {
        first_text
    } else {
        format!("{first_text}至{last_text}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn period_reads_first_to_last() {
        assert_eq!(
            period_text(["2024-12", "2023", "2024"].into_iter()).as_deref(),
            Some("2023年至2024年12月")
        );
        assert_eq!(period_text(["2024"].into_iter()).as_deref(), Some("2024年"));
        assert_eq!(period_text(std::iter::empty()), None);
    }
}
