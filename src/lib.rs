//! jianbao: Chinese source articles → facts with provenance → comparative briefings → PDF and DOCX.
//!
//! The pipeline runs one way: sources → extract → facts → compare → template → document model →
//! renderers. Each stage lives in its own crate under `crates/`; this crate wires them together for
//! the command-line tool and for scheduled jobs. [`Pipeline`] holds what is expensive to prepare
//! (parsed fonts, compiled templates, the catalog) so that many briefings reuse it.

pub mod batch;
pub mod output;
pub mod reading;

pub use jianbao_facts as facts;

use chrono::{NaiveDate, NaiveDateTime};
use jianbao_doc::{Document, StyleSheet};
use jianbao_extract::Sources;
use jianbao_facts::{Catalog, FactSet};
use jianbao_fonts::FontSet;
use jianbao_report::{ReportOptions, TemplateChoice, Templates};
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// Everything that can go wrong in the pipeline, each naming what to fix.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Extract(#[from] jianbao_extract::ExtractError),
    #[error(transparent)]
    Schema(#[from] jianbao_facts::SchemaError),
    #[error(transparent)]
    Sources(#[from] jianbao_sources::SourceError),
    #[error("{0}")]
    Report(#[from] jianbao_report::ReportError),
    #[error("{0}")]
    Markdown(#[from] jianbao_doc::MarkdownError),
    #[error(transparent)]
    Fonts(#[from] jianbao_fonts::FontError),
    #[error("PDF: {0}")]
    Pdf(#[from] jianbao_pdf::PdfError),
    #[error("DOCX: {0}")]
    Docx(#[from] jianbao_docx::DocxError),
    #[error(transparent)]
    Output(#[from] output::OutputError),
    #[error(transparent)]
    Jobs(#[from] jianbao_jobs::JobsError),
    #[error("{path}: {problems} problem(s) in the facts file (listed above); re-run `jianbao extract` or fix the file")]
    FactsCheck { path: PathBuf, problems: usize },
    #[error(transparent)]
    Corrections(#[from] jianbao_report::CorrectionsError),
    #[error("{0}")]
    Usage(String),
    #[error("unknown format `{0}`: use pdf, docx, html, md or typ (comma-separated)")]
    UnknownFormat(String),
}

/// An output format of `jianbao build`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Format {
    Pdf,
    Docx,
    Html,
    Md,
    /// Typst source of the same document (compile with `typst compile --font-path fonts`).
    Typ,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Docx => "docx",
            Format::Html => "html",
            Format::Md => "md",
            Format::Typ => "typ",
        }
    }
}

impl FromStr for Format {
    type Err = Error;
    fn from_str(s: &str) -> Result<Format, Error> {
        match s.trim().to_ascii_lowercase().as_str() {
            "pdf" => Ok(Format::Pdf),
            "docx" => Ok(Format::Docx),
            "html" => Ok(Format::Html),
            "md" | "markdown" => Ok(Format::Md),
            "typ" | "typst" => Ok(Format::Typ),
            other => Err(Error::UnknownFormat(other.to_owned())),
        }
    }
}

/// Where the facts come from: extracted now from source articles, or read from a facts file.
#[derive(Debug, Clone)]
pub enum FactsInput {
    /// Extract from a directory of articles (`None`: the embedded seeds).
    Sources(Option<PathBuf>),
    /// A facts file written by `jianbao extract`; `sources` supplies the manifest (and the texts
    /// the facts are checked against; `None`: the embedded seeds).
    FactsFile {
        facts: PathBuf,
        sources: Option<PathBuf>,
    },
}

/// Loads source articles from a directory (or the directory of a `sources.toml` manifest named
/// directly, as jobs files do), or the embedded seeds.
///
/// Every file is read by jianbao-sources (text, Markdown, saved web pages, DOCX, PDF); files that
/// are not articles are left out, and [`sources_dir`] with `jianbao_sources::skipped_files` lists
/// them.
pub fn load_sources(path: Option<&Path>) -> Result<Sources, Error> {
    Ok(match sources_dir(path) {
        Some(dir) => jianbao_sources::load_dir(&dir)?.sources,
        None => Sources::embedded(),
    })
}

/// The sources directory a `--sources` argument names: the directory itself, or the directory
/// of a `sources.toml` named directly; `None` for the embedded seeds.
pub fn sources_dir(path: Option<&Path>) -> Option<PathBuf> {
    match path {
        Some(manifest) if manifest.is_file() => Some(
            manifest
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."))
                .to_owned(),
        ),
        Some(dir) => Some(dir.to_owned()),
        None => None,
    }
}

/// Facts and the sources they cite.
pub struct Evidence {
    pub sources: Sources,
    pub facts: FactSet,
}

/// Loads or extracts the facts. A facts file is checked against its sources first: a briefing
/// must never print a figure whose quote is no longer in the source.
pub fn gather_evidence(input: &FactsInput, catalog: &Catalog) -> Result<Evidence, Error> {
    match input {
        FactsInput::Sources(dir) => {
            let sources = load_sources(dir.as_deref())?;
            let facts = jianbao_extract::extract(&sources, catalog);
            Ok(Evidence { sources, facts })
        }
        FactsInput::FactsFile {
            facts: path,
            sources,
        } => {
            let sources = load_sources(sources.as_deref())?;
            let facts = FactSet::load(path)?;
            let problems = jianbao_extract::check(&facts, &sources, catalog);
            if !problems.is_empty() {
                for p in &problems {
                    eprintln!("{}: {p}", path.display());
                }
                return Err(Error::FactsCheck {
                    path: path.clone(),
                    problems: problems.len(),
                });
            }
            Ok(Evidence { sources, facts })
        }
    }
}

/// Applies an analyst's corrections file to the evidence (on every build and job, so fixes last)
/// and returns what it did; corrections that match nothing are in `Applied::unmatched`.
pub fn apply_corrections(
    evidence: &mut Evidence,
    path: &Path,
    catalog: &Catalog,
) -> Result<jianbao_report::Applied, Error> {
    let corrections = jianbao_report::Corrections::load(path, catalog)?;
    Ok(corrections.apply(&mut evidence.facts))
}

/// The creation timestamp written into documents: `SOURCE_DATE_EPOCH` when set (reproducible
/// builds), else the report date at midnight, so the same input gives the same bytes.
pub fn creation_time(report_date: NaiveDate) -> NaiveDateTime {
    source_date_epoch()
        .ok()
        .flatten()
        .unwrap_or_else(|| report_date.and_hms_opt(0, 0, 0).unwrap_or_default())
}

/// `SOURCE_DATE_EPOCH` as a time: `None` when unset, an error when it is not a whole number of
/// seconds from 1970 to 9999 (a negative or non-numeric value used to be silently ignored).
pub fn source_date_epoch() -> Result<Option<NaiveDateTime>, Error> {
    let Some(raw) = std::env::var_os("SOURCE_DATE_EPOCH") else {
        return Ok(None);
    };
    let text = raw.to_string_lossy();
    text.trim()
        .parse::<i64>()
        .ok()
        .filter(|secs| (0..=253_402_300_799).contains(secs))
        .and_then(|secs| chrono::DateTime::from_timestamp(secs, 0))
        .map(|t| Some(t.naive_utc()))
        .ok_or_else(|| {
            Error::Usage(format!(
                "SOURCE_DATE_EPOCH={text:?} is not a number of seconds since 1970-01-01 (0 to 253402300799); set it to e.g. `date +%s`, or unset it"
            ))
        })
}

/// The regions a briefing compares when none are named: every province with a fact the briefing
/// can show, in the order the sources first report it.
pub use jianbao_report::regions_with_facts as default_regions;

/// The built-in template used when none is named.
pub const DEFAULT_TEMPLATE: &str = "briefing";

/// How a template is named in error messages about its output.
fn template_label(choice: &TemplateChoice) -> String {
    match choice {
        TemplateChoice::Name(name) => format!("templates/{name}.md"),
        TemplateChoice::Path(path) => path.display().to_string(),
    }
}

/// One line per province-level comparison (持证社会工作者：浙江27.5万人，山西2.4万人), for
/// email bodies and logs; the same figures the briefing's summary states.
fn key_findings(context: &jianbao_report::Context) -> Vec<String> {
    context
        .findings
        .iter()
        .map(|f| {
            let entries: Vec<String> = f
                .entries
                .iter()
                .map(|e| format!("{}{}", e.region, e.text))
                .collect();
            format!("{}：{}", f.label, entries.join("，"))
        })
        .collect()
}

/// What one briefing needs besides the evidence.
#[derive(Debug, Clone)]
pub struct BriefingSpec {
    pub template: TemplateChoice,
    pub regions: Vec<String>,
    pub date: NaiveDate,
    pub allow_missing_glyphs: bool,
    /// The 简报's name, issue, unit and distribution.
    pub masthead: jianbao_report::Masthead,
    /// What a missing figure reads (`None`: 报道未提及).
    pub missing_text: Option<String>,
}

/// A rendered briefing: the Markdown the template wrote and the document model read from it.
pub struct Briefing {
    pub markdown: String,
    pub document: Document,
    pub key_findings: Vec<String>,
}

/// The prepared pipeline: fonts, style sheet, compiled templates and catalog, reused across
/// briefings (batch runs and scheduled jobs).
pub struct Pipeline {
    pub fonts: FontSet,
    pub style: StyleSheet,
    pub templates: Templates,
    pub catalog: Catalog,
}

impl Pipeline {
    /// A pipeline on the built-in defaults, with optional user fonts and style sheet.
    pub fn new(font_dir: Option<&Path>, style: Option<&Path>) -> Result<Pipeline, Error> {
        source_date_epoch()?;
        Ok(Pipeline {
            fonts: match font_dir {
                Some(dir) => FontSet::from_dir(dir)?,
                None => FontSet::embedded(),
            },
            style: match style {
                Some(path) => StyleSheet::load(path)?,
                None => StyleSheet::default_sheet(),
            },
            templates: Templates::new()?,
            catalog: jianbao_extract::default_catalog(),
        })
    }

    fn report_options(
        &self,
        evidence: &Evidence,
        spec: &BriefingSpec,
    ) -> Result<ReportOptions, Error> {
        let mut options = ReportOptions::new(spec.date);
        options.regions = if spec.regions.is_empty() {
            default_regions(&evidence.facts)
        } else {
            spec.regions.clone()
        };
        if options.regions.is_empty() {
            return Err(Error::Usage(
                "the sources gave no facts, so there is nothing to compare: check --sources (are the articles about social work?)".into(),
            ));
        }
        options.template = spec.template.clone();
        options.masthead = spec.masthead.clone();
        if let Some(text) = spec.missing_text.as_deref().map(str::trim) {
            if text.is_empty() {
                return Err(Error::Usage(
                    "--missing-text is empty: give the words a table cell shows for a figure the sources do not state, e.g. 报道未提及".into(),
                ));
            }
            options.missing_text = text.to_owned();
        }
        Ok(options)
    }

    /// The template context as JSON-serialisable data (`jianbao context`).
    pub fn context(
        &self,
        evidence: &Evidence,
        spec: &BriefingSpec,
    ) -> Result<jianbao_report::Context, Error> {
        let mut context = jianbao_report::build_context(
            &evidence.facts,
            &self.catalog,
            evidence.sources.manifest(),
            &self.report_options(evidence, spec)?,
        )?;
        context.add_readings(reading::traditional_reading);
        Ok(context)
    }

    /// Compares, fills the template and reads the result into the document model.
    pub fn briefing(&self, evidence: &Evidence, spec: &BriefingSpec) -> Result<Briefing, Error> {
        let context = self.context(evidence, spec)?;
        // what no format can carry goes here, so the Markdown output says what the others say
        let markdown =
            jianbao_doc::clean_text(&self.templates.render(&spec.template, &context)?).into_owned();
        let document = jianbao_doc::parse_markdown(&markdown, &template_label(&spec.template))?;
        Ok(Briefing {
            key_findings: key_findings(&context),
            markdown,
            document,
        })
    }

    /// The PDF renderer's options for a briefing, as `render` uses them (benchmarks time the
    /// renderer directly with the same options).
    pub fn pdf_options(spec: &BriefingSpec) -> jianbao_pdf::PdfOptions {
        jianbao_pdf::PdfOptions {
            creation_date: creation_time(spec.date),
            allow_missing_glyphs: spec.allow_missing_glyphs,
            header_text: None,
        }
    }

    /// The DOCX renderer's options for a briefing, as `render` uses them.
    pub fn docx_options(spec: &BriefingSpec) -> jianbao_docx::DocxOptions {
        jianbao_docx::DocxOptions {
            created: creation_time(spec.date),
            allow_missing_glyphs: spec.allow_missing_glyphs,
            header_text: None,
        }
    }

    /// Renders one format of a briefing to bytes; warnings (e.g. characters drawn from a
    /// fallback font) are returned for the caller to print.
    pub fn render(&self, briefing: &Briefing, format: Format, spec: &BriefingSpec) -> Rendered {
        Ok(match format {
            Format::Md => (briefing.markdown.clone().into_bytes(), Vec::new()),
            Format::Html => (
                jianbao_html::render_html(&briefing.document, &self.style).into_bytes(),
                Vec::new(),
            ),
            Format::Typ => {
                // Typst sets the tables with the columns jianbao's own layout computes.
                let opts = Pipeline::pdf_options(spec);
                let layout = jianbao_pdf::layout::layout_document(
                    &briefing.document,
                    &self.style,
                    &self.fonts,
                    &opts,
                )?;
                let typ = jianbao_typst::render_typst_with_widths(
                    &briefing.document,
                    &self.style,
                    &layout.table_widths,
                );
                (typ.into_bytes(), Vec::new())
            }
            Format::Pdf => {
                let opts = Pipeline::pdf_options(spec);
                let pdf =
                    jianbao_pdf::render_pdf(&briefing.document, &self.style, &self.fonts, &opts)?;
                (pdf.bytes, pdf.warnings)
            }
            Format::Docx => {
                let opts = Pipeline::docx_options(spec);
                let docx =
                    jianbao_docx::render_docx(&briefing.document, &self.style, &self.fonts, &opts)?;
                (docx.bytes, docx.warnings)
            }
        })
    }

    /// Builds a briefing and writes each requested format to its path atomically, rendering
    /// the formats in parallel (PDF and DOCX take about the same time).
    pub fn build(
        &self,
        evidence: &Evidence,
        spec: &BriefingSpec,
        outputs: &[(Format, PathBuf)],
    ) -> Result<Built, Error> {
        self.build_with(evidence, spec, outputs, true)
    }

    /// [`Pipeline::build`] rendering one format after another, for callers that already keep
    /// every core busy (a batch over worker threads).
    pub fn build_sequential(
        &self,
        evidence: &Evidence,
        spec: &BriefingSpec,
        outputs: &[(Format, PathBuf)],
    ) -> Result<Built, Error> {
        self.build_with(evidence, spec, outputs, false)
    }

    fn build_with(
        &self,
        evidence: &Evidence,
        spec: &BriefingSpec,
        outputs: &[(Format, PathBuf)],
        parallel: bool,
    ) -> Result<Built, Error> {
        let briefing = self.briefing(evidence, spec)?;
        // Render everything first, then write: a failing renderer leaves no partial set of files.
        let rendered: Vec<Rendered> = if parallel && outputs.len() > 1 {
            std::thread::scope(|scope| {
                let handles: Vec<_> = outputs
                    .iter()
                    .map(|(format, _)| scope.spawn(|| self.render(&briefing, *format, spec)))
                    .collect();
                handles
                    .into_iter()
                    .map(|h| {
                        h.join()
                            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
                    })
                    .collect()
            })
        } else {
            outputs
                .iter()
                .map(|(format, _)| self.render(&briefing, *format, spec))
                .collect()
        };
        let mut warnings = Vec::new();
        let mut contents = Vec::with_capacity(outputs.len());
        for result in rendered {
            let (bytes, w) = result?;
            warnings.extend(w);
            contents.push(bytes);
        }
        // All or nothing: no file of the set is replaced until every one is written.
        let set: Vec<(&Path, &[u8])> = outputs
            .iter()
            .zip(&contents)
            .map(|((_, path), bytes)| (path.as_path(), bytes.as_slice()))
            .collect();
        output::write_all_atomically(&set)?;
        let files: Vec<PathBuf> = outputs.iter().map(|(_, path)| path.clone()).collect();
        Ok(Built {
            files,
            title: briefing.document.meta.title.clone(),
            key_findings: briefing.key_findings,
            warnings,
        })
    }
}

/// One format of a briefing, rendered: its bytes and the warnings rendering gave.
type Rendered = Result<(Vec<u8>, Vec<String>), Error>;

/// The files a build wrote.
#[derive(Debug)]
pub struct Built {
    pub files: Vec<PathBuf>,
    pub title: String,
    pub key_findings: Vec<String>,
    pub warnings: Vec<String>,
}

/// The pipeline as scheduled jobs see it.
impl jianbao_jobs::ReportBuilder for Pipeline {
    fn build(
        &self,
        req: &jianbao_jobs::BuildRequest,
    ) -> Result<jianbao_jobs::BuildOutput, Box<dyn std::error::Error + Send + Sync>> {
        let input = match &req.facts {
            Some(facts) => FactsInput::FactsFile {
                facts: facts.clone(),
                sources: req.sources.clone(),
            },
            None => FactsInput::Sources(req.sources.clone()),
        };
        let mut evidence = gather_evidence(&input, &self.catalog)?;
        if let Some(path) = &req.corrections {
            let applied = apply_corrections(&mut evidence, path, &self.catalog)?;
            for message in &applied.unmatched {
                eprintln!("warning: {}: {message}", req.job);
            }
        }
        let m = &req.masthead;
        let spec = BriefingSpec {
            template: TemplateChoice::parse(req.template.as_deref().unwrap_or(DEFAULT_TEMPLATE)),
            regions: req.regions.clone(),
            date: req.date,
            allow_missing_glyphs: false,
            masthead: jianbao_report::Masthead {
                name: m
                    .name
                    .clone()
                    .unwrap_or_else(|| jianbao_report::DEFAULT_BRIEFING_NAME.to_owned()),
                issue: m.issue,
                unit: m.unit.clone(),
                report_to: m.report_to.clone(),
                send_to: m.send_to.clone(),
                issue_to: m.issue_to.clone(),
            },
            missing_text: None,
        };
        let outputs = req
            .outputs
            .iter()
            .map(|(format, path)| Ok((format.parse::<Format>()?, path.clone())))
            .collect::<Result<Vec<_>, Error>>()?;
        let built = Pipeline::build(self, &evidence, &spec, &outputs)?;
        for w in &built.warnings {
            eprintln!("warning: {}: {w}", req.job);
        }
        Ok(jianbao_jobs::BuildOutput {
            files: built.files,
            title: built.title,
            key_findings: built.key_findings,
            html_summary: None,
        })
    }
}
