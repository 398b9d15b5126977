//! End to end with the real seed articles: facts extracted by jianbao-extract, then the built-in
//! templates, then the Markdown reader every renderer uses.

use chrono::NaiveDate;
use jianbao_doc::{parse_markdown, plain_text, Block, Inline};
use jianbao_extract::{default_catalog, extract, Sources};
use jianbao_report::{build_context, ReportOptions, TemplateChoice, Templates};
use std::collections::HashSet;

#[test]
fn briefing_and_profiles_of_the_seeds_parse_and_every_citation_resolves() {
    let sources = Sources::embedded();
    let catalog = default_catalog();
    let facts = extract(&sources, &catalog);
    let ids: HashSet<&str> = facts
        .facts
        .iter()
        .map(|f| f.id.as_str())
        .chain(facts.points.iter().map(|p| p.id.as_str()))
        .collect();
    let templates = Templates::new().unwrap();
    let date = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();

    let mut runs = vec![ReportOptions::new(date)];
    for region in ["浙江", "山西", "安徽", "贵州"] {
        let mut opts = ReportOptions::new(date);
        opts.regions = vec![region.to_owned()];
        opts.template = TemplateChoice::Name("profile".into());
        runs.push(opts);
    }
    for opts in runs {
        let ctx = build_context(&facts, &catalog, sources.manifest(), &opts).unwrap();
        let markdown = templates.render(&opts.template, &ctx).unwrap();
        let origin = format!("{:?} {:?}", opts.template, opts.regions);
        let doc = parse_markdown(&markdown, &origin).unwrap_or_else(|e| panic!("{e}\n{markdown}"));
        assert!(!doc.footnotes.is_empty(), "{origin}");
        for note in &doc.footnotes {
            assert!(
                ids.contains(note.label.as_str()),
                "{origin}: footnote {} is no fact or point",
                note.label
            );
        }
        let mut table_count = 0;
        for block in &doc.blocks {
            let Block::Table(table) = block else { continue };
            table_count += 1;
            // Figure columns: the regions (briefing) or 数值 (profile).
            let figure_columns: Vec<usize> = table.header[0]
                .iter()
                .enumerate()
                .filter(|(_, c)| {
                    let h = plain_text(&c.content);
                    h == "数值" || opts.regions.contains(&h)
                })
                .map(|(i, _)| i)
                .collect();
            assert!(!figure_columns.is_empty(), "{origin}");
            for row in &table.rows {
                for &column in &figure_columns {
                    let cell = &row[column];
                    let text = plain_text(&cell.content);
                    let cited = cell
                        .content
                        .iter()
                        .any(|i| matches!(i, Inline::FootnoteRef { .. }));
                    assert!(cited || text == "报道未提及", "{origin}: uncited {text}");
                    assert_ne!(text, "0", "{origin}");
                }
            }
        }
        assert!(table_count >= 1, "{origin}: no table");
    }
}
