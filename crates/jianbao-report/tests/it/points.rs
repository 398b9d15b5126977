//! Points and reprints in the template context, from the real seed articles.

use chrono::NaiveDate;
use jianbao_extract::{default_catalog, extract, Sources};
use jianbao_facts::PointKind;
use jianbao_report::{build_context, Context, ReportOptions};

fn seed_context() -> Context {
    let sources = Sources::embedded();
    let catalog = default_catalog();
    let facts = extract(&sources, &catalog);
    let opts = ReportOptions::new(NaiveDate::from_ymd_opt(2026, 11, 22).unwrap());
    build_context(&facts, &catalog, sources.manifest(), &opts).unwrap()
}

#[test]
fn every_region_has_measures_ranked_and_resolvable() {
    let ctx = seed_context();
    for region in &ctx.regions {
        let measures = region
            .points_by_kind
            .iter()
            .find(|k| k.kind == PointKind::Measure)
            .unwrap_or_else(|| panic!("{}: no 做法", region.name));
        assert!(measures.points.len() >= 3, "{}", region.name);
        let scores: Vec<f64> = region
            .points
            .iter()
            .map(|id| ctx.points[id].score)
            .collect();
        assert!(
            scores.windows(2).all(|w| w[0] >= w[1]),
            "{}: not best first: {scores:?}",
            region.name
        );
        for id in &region.points {
            let p = &ctx.points[id];
            assert_eq!(&p.region, &region.name);
            assert!(!p.text.trim().is_empty());
            assert_eq!(p.kind_title, p.kind.title_zh());
        }
    }
}

#[test]
fn the_reprint_is_one_report() {
    let ctx = seed_context();
    let reprint = ctx
        .reprints
        .iter()
        .find(|r| r.doc.starts_with("000_"))
        .expect("000 reprints 001");
    assert!(reprint.original.starts_with("001_"));
    // a figure 001 and its reprint both state cites the reprint as a reprint, not as corroboration
    let twice: Vec<_> = ctx
        .facts
        .values()
        .filter(|f| f.doc.starts_with("001_"))
        .flat_map(|f| f.also_cited.iter())
        .collect();
    assert!(!twice.is_empty());
    assert!(twice.iter().all(|a| a.reprint), "{twice:#?}");
    // where the reprint reads differently, the original's reading is marked
    let readings: Vec<_> = ctx
        .facts
        .values()
        .flat_map(|f| f.variants.iter())
        .flat_map(|v| v.readings.iter())
        .collect();
    assert!(readings
        .iter()
        .any(|r| r.original && r.source.file.starts_with("001_")));
    assert!(!readings
        .iter()
        .any(|r| r.original && r.source.file.starts_with("000_")));
    let listed_000 = ctx.sources.iter().find(|s| s.file.starts_with("000_"));
    if let Some(s) = listed_000 {
        assert_eq!(s.reprint_of.as_deref(), Some(reprint.original.as_str()));
    }
    assert!(ctx.report.independent_sources <= ctx.sources.len());
}
