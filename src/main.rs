//! The `jianbao` command line. Only this file prints and chooses exit codes.

mod sources_cmd;

use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand};
use jianbao::batch::{BatchError, BatchItem};
use jianbao::{BriefingSpec, Error, FactsInput, Format, Pipeline};
use jianbao_report::TemplateChoice;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// jianbao (简报): comparative briefings from Chinese source articles, as PDF and DOCX with
/// embedded fonts. With no options every command works on the bundled seed articles, default
/// template and fonts.
#[derive(Parser)]
#[command(version, about, max_term_width = 100)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract facts (figures with place, theme, date and exact quote) from source articles as JSON.
    Extract {
        #[command(flatten)]
        sources: SourcesArg,
        /// Write the JSON here instead of standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Work with facts files.
    #[command(subcommand)]
    Facts(FactsCommand),
    /// Print the template context (comparison, facts, sources) as JSON, for writing templates.
    Context {
        #[command(flatten)]
        input: InputArgs,
        #[command(flatten)]
        report: ReportArgs,
    },
    /// Build a briefing: extract → compare → template → PDF, DOCX, HTML or Markdown.
    Build {
        #[command(flatten)]
        input: InputArgs,
        #[command(flatten)]
        report: ReportArgs,
        /// Output formats, comma-separated: pdf, docx, html, md, typ (Typst source).
        #[arg(
            long,
            value_name = "LIST",
            default_value = "pdf,docx",
            value_delimiter = ','
        )]
        format: Vec<String>,
        /// Directory the files are written to.
        #[arg(long, value_name = "DIR", default_value = "out")]
        out: PathBuf,
        #[command(flatten)]
        render: RenderArgs,
        /// One report per region (e.g. `--template profile --each-region`) instead of one
        /// comparing them all.
        #[arg(long)]
        each_region: bool,
    },
    /// Source files: show the text jianbao reads from a web page, Word file or PDF.
    #[command(subcommand)]
    Sources(sources_cmd::SourcesCommand),
    /// Save web pages by address into a sources directory, each with a sources.toml entry.
    Fetch(sources_cmd::FetchArgs),
    /// Scheduled report jobs and email delivery (see jobs.example.toml).
    #[command(subcommand)]
    Jobs(jianbao_jobs::JobsCommand),
}

#[derive(Subcommand)]
enum FactsCommand {
    /// Check a facts file: every quote still at its span in its source, known themes and
    /// metrics, no duplicate ids.
    Check {
        /// The facts file (JSON from `jianbao extract`).
        file: PathBuf,
        #[command(flatten)]
        sources: SourcesArg,
        /// Also check a corrections file: every correction must still match a fact.
        #[arg(long, value_name = "FILE")]
        corrections: Option<PathBuf>,
    },
}

#[derive(Args)]
struct SourcesArg {
    /// Directory of source articles (.txt, .md, .html, .docx, .pdf) with an optional sources.toml
    /// [default: the bundled seed articles].
    #[arg(long, value_name = "DIR")]
    sources: Option<PathBuf>,
}

#[derive(Args)]
struct InputArgs {
    #[command(flatten)]
    sources: SourcesArg,
    /// Use a facts file from `jianbao extract` instead of extracting now (checked against the sources first).
    #[arg(long, value_name = "FILE")]
    facts: Option<PathBuf>,
    /// An analyst's corrections (TOML: facts or points dropped, marked wrong or relabelled, by id
    /// or by quote), applied to the facts before the briefing is made.
    #[arg(long, value_name = "FILE")]
    corrections: Option<PathBuf>,
}

impl InputArgs {
    /// Gathers the facts and applies the corrections file, warning about corrections that no
    /// longer match anything.
    fn evidence(&self, catalog: &jianbao_facts::Catalog) -> Result<jianbao::Evidence, Error> {
        let mut evidence = jianbao::gather_evidence(&self.facts_input(), catalog)?;
        if let Some(path) = &self.corrections {
            let applied = jianbao::apply_corrections(&mut evidence, path, catalog)?;
            for message in &applied.unmatched {
                eprintln!("warning: {message}");
            }
        }
        Ok(evidence)
    }

    fn facts_input(&self) -> FactsInput {
        match &self.facts {
            Some(facts) => FactsInput::FactsFile {
                facts: facts.clone(),
                sources: self.sources.sources.clone(),
            },
            None => FactsInput::Sources(self.sources.sources.clone()),
        }
    }
}

#[derive(Args)]
struct ReportArgs {
    /// Template: a built-in name (briefing, profile) or the path of a tera template file; `build`
    /// takes several, comma-separated, and builds each.
    #[arg(
        long,
        value_name = "NAME|PATH",
        default_value = "briefing",
        value_delimiter = ','
    )]
    template: Vec<String>,
    /// Regions to compare, comma-separated, in column order [default: every province the sources cover, in the order they first appear].
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    regions: Vec<String>,
    /// Report date, YYYY-MM-DD [default: today].
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: Option<NaiveDate>,
    /// The 简报's name in the 报头.
    #[arg(long, value_name = "TEXT", default_value = jianbao_report::DEFAULT_BRIEFING_NAME)]
    name: String,
    /// The issue number (第N期) in the 报头.
    #[arg(long, value_name = "N")]
    issue: Option<u32>,
    /// The issuing unit (编印单位) in the 报头.
    #[arg(long, value_name = "TEXT")]
    unit: Option<String>,
    /// 报尾: to whom the 简报 is reported (报：…).
    #[arg(long, value_name = "TEXT")]
    report_to: Option<String>,
    /// 报尾: to whom it is sent (送：…).
    #[arg(long, value_name = "TEXT")]
    send_to: Option<String>,
    /// 报尾: to whom it is issued (发：…).
    #[arg(long, value_name = "TEXT")]
    issue_to: Option<String>,
    /// What a table cell says for a figure the sources do not state [default: 报道未提及].
    #[arg(long, value_name = "TEXT")]
    missing_text: Option<String>,
}

impl ReportArgs {
    fn date(&self) -> NaiveDate {
        self.date
            .unwrap_or_else(|| chrono::Local::now().date_naive())
    }

    fn masthead(&self) -> jianbao_report::Masthead {
        jianbao_report::Masthead {
            name: self.name.clone(),
            issue: self.issue,
            unit: self.unit.clone(),
            report_to: self.report_to.clone(),
            send_to: self.send_to.clone(),
            issue_to: self.issue_to.clone(),
        }
    }

    /// The one template `context` describes.
    fn single_spec(&self) -> Result<BriefingSpec, Error> {
        match self.template.as_slice() {
            [template] => Ok(BriefingSpec {
                template: TemplateChoice::parse(template),
                regions: self.regions.clone(),
                date: self.date(),
                allow_missing_glyphs: false,
                masthead: self.masthead(),
                missing_text: self.missing_text.clone(),
            }),
            _ => Err(Error::Usage(
                "context describes one template: give a single --template".into(),
            )),
        }
    }
}

#[derive(Args)]
struct RenderArgs {
    /// Directory with NotoSerifSC-{Regular,Bold}.ttf and NotoSansSC-{Regular,Bold}.ttf to use
    /// instead of the bundled fonts.
    #[arg(long, value_name = "DIR")]
    font_dir: Option<PathBuf>,
    /// Style sheet (TOML, see templates/style.toml) instead of the built-in one.
    #[arg(long, value_name = "FILE")]
    style: Option<PathBuf>,
    /// Go on with a warning when a character is in none of the fonts (it would print as a blank box).
    #[arg(long)]
    allow_missing_glyphs: bool,
}

/// Pins glibc's mmap threshold at its default of 128 KiB. Left to itself glibc raises the
/// threshold to the size of each large block freed, so that later large vectors of an
/// extraction (the text as characters, facts, points) come from the heap, whose freed holes stay
/// resident; pinned, every large block is mapped on its own, grows without a copy and goes back
/// to the system when freed. Peak RSS on one 8 MB file: 80 → 72 MB.
fn keep_large_buffers_mapped() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        const THRESHOLD_BYTES: libc::c_int = 128 * 1024;
        // SAFETY: mallopt only sets an allocator parameter; it is called before any thread of
        // this process starts allocating concurrently.
        unsafe {
            libc::mallopt(libc::M_MMAP_THRESHOLD, THRESHOLD_BYTES);
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(command: Command) -> Result<ExitCode, Error> {
    match command {
        Command::Extract { sources, out } => {
            keep_large_buffers_mapped();
            // The tables extraction builds at every start (about a tenth of extracting the
            // seeds) are built on a second core while this thread reads the sources.
            let prepared = std::thread::spawn(jianbao_extract::prepare);
            sources_cmd::report_skipped(sources.sources.as_deref())?;
            let sources = jianbao::load_sources(sources.sources.as_deref())?;
            // Say how each source was decoded: a GB18030 file read as such is worth knowing.
            for doc in sources.documents() {
                eprintln!("{}: {}", doc.file, doc.encoding.as_str());
            }
            let catalog = jianbao_extract::default_catalog();
            let facts = jianbao_extract::extract(&sources, &catalog);
            if let Err(panic) = prepared.join() {
                std::panic::resume_unwind(panic);
            }
            // a source that gave nothing: say why (off topic, body read as furniture, no figure)
            for (file, reason) in jianbao_extract::silent_sources(&sources, &facts, &catalog) {
                eprintln!("warning: {file}: {reason}");
            }
            // the facts quote their sources: the texts are not needed for writing them
            drop(sources);
            // Not freed, here and below: the process ends after writing, and the system takes its
            // memory back whole. Freeing the catalog and the facts block by block was half a
            // million instructions on the seeds, more on a large corpus.
            std::mem::forget(catalog);
            match out {
                Some(path) => {
                    // streamed: the JSON is twice the size of the input texts
                    jianbao::output::write_atomically_with(&path, |file| {
                        let mut writer = std::io::BufWriter::new(file);
                        serde_json::to_writer_pretty(&mut writer, &facts)?;
                        std::io::Write::flush(&mut writer)
                    })?;
                    eprintln!(
                        "{} facts, {} conflicts → {}",
                        facts.facts.len(),
                        facts.conflicts.len(),
                        path.display()
                    );
                }
                None => println!("{}", to_json(&facts)),
            }
            std::mem::forget(facts);
            Ok(ExitCode::SUCCESS)
        }
        Command::Facts(FactsCommand::Check {
            file,
            sources,
            corrections,
        }) => {
            let catalog = jianbao_extract::default_catalog();
            sources_cmd::report_skipped(sources.sources.as_deref())?;
            let sources = jianbao::load_sources(sources.sources.as_deref())?;
            let facts = jianbao_facts::FactSet::load(&file)?;
            let mut problems: Vec<String> = jianbao_extract::check(&facts, &sources, &catalog)
                .iter()
                .map(ToString::to_string)
                .collect();
            if let Some(path) = &corrections {
                let corrections = jianbao_report::Corrections::load(path, &catalog)?;
                let mut corrected = facts.clone();
                problems.extend(corrections.apply(&mut corrected).unmatched);
            }
            for p in &problems {
                eprintln!("{}: {p}", file.display());
            }
            if problems.is_empty() {
                println!(
                    "{}: {} facts, all quotes found at their spans",
                    file.display(),
                    facts.facts.len()
                );
                Ok(ExitCode::SUCCESS)
            } else {
                Err(Error::FactsCheck {
                    path: file,
                    problems: problems.len(),
                })
            }
        }
        Command::Context { input, report } => {
            let pipeline = Pipeline::new(None, None)?;
            let evidence = input.evidence(&pipeline.catalog)?;
            let context = pipeline.context(&evidence, &report.single_spec()?)?;
            println!("{}", to_json(&context));
            Ok(ExitCode::SUCCESS)
        }
        Command::Build {
            input,
            report,
            format,
            out,
            render,
            each_region,
        } => {
            let mut formats: Vec<Format> = Vec::new();
            for f in &format {
                let f = f.parse::<Format>()?;
                // `--format pdf,pdf` names one output, built once
                if !formats.contains(&f) {
                    formats.push(f);
                }
            }
            jianbao::output::check_output_dir(&out)?;
            let pipeline = Pipeline::new(render.font_dir.as_deref(), render.style.as_deref())?;
            sources_cmd::report_skipped(input.sources.sources.as_deref())?;
            let evidence = input.evidence(&pipeline.catalog)?;
            let defaults = jianbao::default_regions(&evidence.facts);
            let items = batch_items(
                &report,
                &formats,
                &out,
                each_region,
                &defaults,
                render.allow_missing_glyphs,
            )?;
            let results = match items.as_slice() {
                [one] => vec![pipeline
                    .build(&evidence, &one.spec, &one.outputs)
                    .map_err(BatchError::from)],
                _ => jianbao::batch::batch_build(
                    &pipeline,
                    &evidence,
                    &items,
                    jianbao::batch::default_threads(),
                ),
            };
            let mut failed = 0;
            for result in results {
                match result {
                    Ok(built) => {
                        for w in &built.warnings {
                            eprintln!("warning: {w}");
                        }
                        for file in &built.files {
                            println!("{}", file.display());
                        }
                    }
                    Err(e) => {
                        failed += 1;
                        eprintln!("error: {e}");
                    }
                }
            }
            match failed {
                0 => Ok(ExitCode::SUCCESS),
                n if n == items.len() && n == 1 => Ok(ExitCode::FAILURE),
                n => {
                    eprintln!("{n} of {} reports failed", items.len());
                    Ok(ExitCode::FAILURE)
                }
            }
        }
        Command::Sources(cmd) => sources_cmd::run_sources(cmd),
        Command::Fetch(args) => sources_cmd::run_fetch(args),
        Command::Jobs(cmd) => {
            let pipeline = Pipeline::new(None, None)?;
            let summary = jianbao_jobs::run_command(&cmd, &pipeline)?;
            Ok(if summary.success() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
    }
}

/// One batch item per template (and per region with `--each-region`), named
/// `briefing-20261122`, `profile-浙江-20261122`, or after the template file's stem. Region
/// names may come from a facts file: each must be a plain name, so that no file leaves `out`.
fn batch_items(
    report: &ReportArgs,
    formats: &[Format],
    out: &Path,
    each_region: bool,
    default_regions: &[String],
    allow_missing_glyphs: bool,
) -> Result<Vec<BatchItem>, Error> {
    let date = report.date();
    let region_sets: Vec<Vec<String>> = match (each_region, report.regions.is_empty()) {
        (true, true) => default_regions.iter().map(|r| vec![r.clone()]).collect(),
        (true, false) => report.regions.iter().map(|r| vec![r.clone()]).collect(),
        (false, _) => vec![report.regions.clone()],
    };
    let mut items = Vec::new();
    for template in &report.template {
        let name = Path::new(template)
            .file_stem()
            .map_or_else(|| "briefing".into(), |s| s.to_string_lossy().into_owned());
        for regions in &region_sets {
            let mut stem = jianbao::output::safe_name_part(&name)?.to_owned();
            for region in regions {
                stem.push('-');
                stem.push_str(jianbao::output::safe_name_part(region)?);
            }
            let stem = format!("{stem}-{}", date.format("%Y%m%d"));
            items.push(BatchItem {
                spec: BriefingSpec {
                    template: TemplateChoice::parse(template),
                    regions: regions.clone(),
                    date,
                    allow_missing_glyphs,
                    masthead: report.masthead(),
                    missing_text: report.missing_text.clone(),
                },
                outputs: formats
                    .iter()
                    .map(|f| (*f, out.join(format!("{stem}.{}", f.extension()))))
                    .collect(),
            });
        }
    }
    Ok(items)
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string_pretty(value).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}
