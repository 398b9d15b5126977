//! Prints the briefing of the embedded seed articles as Markdown, for reading it in full:
//! `cargo run -p jianbao-report --example briefing -- [TEMPLATE] [REGION…]`
//! (TEMPLATE: briefing, profile or a file; regions default to 浙江 山西 安徽 贵州).
//! With `--time`, prints how long 100 contexts and renders take instead; with `--json`, prints
//! the template context.

use jianbao_extract::{default_catalog, extract, Sources};
use jianbao_report::{build_context, ReportOptions, TemplateChoice, Templates};
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let time = args.iter().any(|a| a == "--time");
    let json = args.iter().any(|a| a == "--json");
    args.retain(|a| a != "--time" && a != "--json");
    let sources = Sources::embedded();
    let catalog = default_catalog();
    let facts = extract(&sources, &catalog);
    let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).ok_or("date")?;
    let mut opts = ReportOptions::new(date);
    if let Some(template) = args.first() {
        opts.template = TemplateChoice::parse(template);
    }
    if args.len() > 1 {
        opts.regions = args[1..].to_vec();
    }
    let templates = Templates::new()?;
    if time {
        let started = Instant::now();
        let mut contexts = Vec::with_capacity(100);
        for _ in 0..100 {
            contexts.push(build_context(&facts, &catalog, sources.manifest(), &opts)?);
        }
        let built = started.elapsed();
        for ctx in &contexts {
            templates.render(&opts.template, ctx)?;
        }
        eprintln!(
            "100 contexts: {built:?}; 100 renders: {:?}",
            started.elapsed() - built
        );
        return Ok(());
    }
    let ctx = build_context(&facts, &catalog, sources.manifest(), &opts)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&ctx)?);
        return Ok(());
    }
    print!("{}", templates.render(&opts.template, &ctx)?);
    Ok(())
}
