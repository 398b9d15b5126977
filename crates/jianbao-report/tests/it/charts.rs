//! Charts of the real seeds: where figures can be compared there is a chart, where they cannot
//! there is none, and every bar is exactly a cited fact.

use chrono::NaiveDate;
use jianbao_doc::{parse_markdown, Block};
use jianbao_extract::{default_catalog, extract, Sources};
use jianbao_facts::{Level, Qualifier};
use jianbao_report::{build_context, ReportError, ReportOptions, TemplateChoice, Templates};

fn date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

#[test]
fn the_briefing_charts_every_comparable_row_with_the_cited_figures() {
    let sources = Sources::embedded();
    let catalog = default_catalog();
    let facts = extract(&sources, &catalog);
    let opts = ReportOptions::new(date());
    let ctx = build_context(&facts, &catalog, sources.manifest(), &opts).unwrap();

    // A row gets a chart exactly when two regions state it at one level as single values.
    for theme in &ctx.themes {
        for row in &theme.rows {
            let mut levels = Vec::new();
            for cell in &row.cells {
                let Some(f) = cell.fact_id.as_deref().map(|id| &ctx.facts[id]) else {
                    continue;
                };
                if f.qualifier != Qualifier::Range
                    && f.value_max.is_none()
                    && Some(&f.unit) == row.unit.as_ref()
                {
                    levels.push(f.level);
                }
            }
            let comparable = levels
                .iter()
                .any(|l| levels.iter().filter(|m| *m == l).count() >= 2);
            let charted = theme
                .charts
                .iter()
                .any(|c| c.region.is_none() && c.metric == row.metric);
            assert_eq!(comparable, charted, "{}: {levels:?}", row.metric);
        }
    }
    let count: usize = ctx.themes.iter().map(|t| t.charts.len()).sum();
    assert!(count >= 2, "the seeds compare several metrics");

    let markdown = Templates::new()
        .unwrap()
        .render(&opts.template, &ctx)
        .unwrap();
    let doc = parse_markdown(&markdown, "briefing").unwrap_or_else(|e| panic!("{e}\n{markdown}"));
    let charts: Vec<_> = doc
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Chart(c) => Some(c),
            _ => None,
        })
        .collect();
    // The 简报 places the charts that set two provinces side by side; a chart of two counties of
    // different provinces tells leadership nothing the table does not, and is left to templates
    // that want it.
    let provincial = ctx
        .themes
        .iter()
        .flat_map(|t| &t.charts)
        .filter(|c| c.kind == "regions" && c.bars.iter().filter(|b| !b.local).count() >= 2)
        .count();
    assert!(provincial >= 1, "the seeds compare two provinces");
    assert_eq!(charts.len(), provincial, "every provincial chart is placed");
    for (n, chart) in charts.iter().enumerate() {
        assert!(
            chart.title.starts_with(&format!("图{} ", n + 1)),
            "{}",
            chart.title
        );
        assert!(chart.bars.len() >= 2);
        for bar in &chart.bars {
            let fact = &ctx.facts[&bar.fact];
            assert_eq!(bar.value, fact.value);
            assert_eq!(bar.label, fact.text);
            assert_eq!(chart.unit, fact.unit);
            assert_eq!(bar.as_of, fact.as_of_text);
            assert_eq!(bar.is_local(), fact.level != Level::Province);
            assert_eq!(doc.footnotes[bar.footnote - 1].label, bar.fact);
        }
    }
}

#[test]
fn one_region_has_nothing_to_compare() {
    let sources = Sources::embedded();
    let catalog = default_catalog();
    let facts = extract(&sources, &catalog);
    let mut opts = ReportOptions::new(date());
    opts.regions = vec!["浙江".to_owned()];
    let ctx = build_context(&facts, &catalog, sources.manifest(), &opts).unwrap();
    assert!(ctx
        .themes
        .iter()
        .flat_map(|t| &t.charts)
        .all(|c| c.region.as_deref() == Some("浙江")));
}

#[test]
fn a_template_cannot_chart_what_cannot_be_compared() {
    let sources = Sources::embedded();
    let catalog = default_catalog();
    let facts = extract(&sources, &catalog);
    let dir = std::env::temp_dir().join(format!("jianbao-charts-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("bad.md");
    std::fs::write(&path, "# 图\n\n{{ chart(metric=\"no.such_metric\") }}\n").unwrap();
    let mut opts = ReportOptions::new(date());
    opts.template = TemplateChoice::Path(path.clone());
    let ctx = build_context(&facts, &catalog, sources.manifest(), &opts).unwrap();
    let err = Templates::new()
        .unwrap()
        .render(&opts.template, &ctx)
        .unwrap_err();
    let _ = std::fs::remove_dir_all(&dir);
    let ReportError::Template { line, message, .. } = &err else {
        panic!("{err}")
    };
    assert_eq!(*line, Some(3), "{err}");
    assert!(message.contains("no.such_metric"), "{err}");
}
