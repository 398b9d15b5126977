//! Comparative briefings: facts → comparison/context → tera template → Markdown.
//!
//! [`build_context`] turns a fact set into the template [`Context`] (the comparison per theme,
//! highlights, derived points, the cited facts and their sources); [`Templates`] renders it with a
//! built-in or user template into Markdown that `jianbao_doc::parse_markdown` reads. The context
//! shape is documented in `CONTEXT.md`, so users can write their own templates.
//!
//! ```no_run
//! # fn demo(facts: &jianbao_facts::FactSet, catalog: &jianbao_facts::Catalog, manifest: &jianbao_facts::Manifest) -> Result<(), jianbao_report::ReportError> {
//! use jianbao_report::{build_context, ReportOptions, TemplateChoice, Templates};
//! let opts = ReportOptions::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap());
//! let templates = Templates::new()?; // parse once, render many
//! let context = build_context(facts, catalog, manifest, &opts)?;
//! let markdown = templates.render(&opts.template, &context)?;
//! # Ok(()) }
//! ```

mod appendix;
mod charts;
mod context;
mod corrections;
mod format;
mod masthead;
mod quoted_numbers;
pub mod sandbox;
mod selection;
mod templates;

pub use appendix::*;
pub use charts::{ChartBar, ChartView};
pub use context::*;
pub use corrections::*;
pub use masthead::*;
pub use selection::RegionPoints;
pub use templates::{TemplateChoice, Templates};

use chrono::NaiveDate;
use std::path::PathBuf;

/// The regions a briefing compares unless `--regions` says otherwise.
pub const DEFAULT_REGIONS: [&str; 4] = ["浙江", "山西", "安徽", "贵州"];

/// What to report on and how.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportOptions {
    /// Province names as in the facts (浙江; 浙江省 is accepted too), in column order.
    pub regions: Vec<String>,
    /// The report date printed in the briefing.
    pub date: NaiveDate,
    pub template: TemplateChoice,
    /// The 简报's name, issue number, issuing unit and distribution (报头 and 报尾).
    pub masthead: Masthead,
    /// What a table cell says when the sources do not state a figure: 报道未提及 by default
    /// (未披露 would suggest the data were withheld).
    pub missing_text: String,
}

/// What a missing figure reads unless the caller says otherwise.
pub const DEFAULT_MISSING_TEXT: &str = "报道未提及";

impl ReportOptions {
    /// The comparative briefing of the four default regions, dated `date`.
    pub fn new(date: NaiveDate) -> ReportOptions {
        ReportOptions {
            regions: DEFAULT_REGIONS.iter().map(|r| (*r).to_owned()).collect(),
            date,
            template: TemplateChoice::Name("briefing".to_owned()),
            masthead: Masthead::default(),
            missing_text: DEFAULT_MISSING_TEXT.to_owned(),
        }
    }
}

impl Default for ReportOptions {
    /// The comparative briefing of the four default regions, dated today (local time).
    fn default() -> ReportOptions {
        ReportOptions::new(chrono::Local::now().date_naive())
    }
}

/// Why a briefing could not be made. Messages name the file, line and what to do.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error("no region asked for: give at least one, e.g. --regions 浙江")]
    NoRegions,
    #[error("no facts for region {region:?}; regions with facts: {known}")]
    UnknownRegion { region: String, known: String },
    #[error("unknown template {name:?}: built-in templates are {known}; or give the path of a template file")]
    UnknownTemplate { name: String, known: String },
    #[error("{path}: cannot read template: {source}")]
    ReadTemplate {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A template that does not parse or render; `line` is 1-based when known.
    #[error("{template}{}: {message}", line.map(|l| format!(":{l}")).unwrap_or_default())]
    Template {
        template: String,
        line: Option<usize>,
        message: String,
    },
}
