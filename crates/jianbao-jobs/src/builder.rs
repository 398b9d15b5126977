//! The seam between scheduling/delivery (this crate) and the report pipeline (root crate).
//!
//! The pipeline is implemented elsewhere; this crate only says what it needs from it, so jobs and
//! email can be built and tested without depending on the pipeline.

use std::path::PathBuf;

use chrono::NaiveDate;

/// Output formats a job may ask for, with the file extension each gets.
pub const FORMATS: [&str; 4] = ["pdf", "docx", "html", "md"];

/// What one job asks the pipeline to produce.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildRequest {
    /// The job's name in the jobs file (for log lines and titles).
    pub job: String,
    /// Report template: a name without `/` or extension (e.g. `briefing`) as written in the jobs
    /// file, or a template file path resolved against the jobs file's directory; `None` for the
    /// pipeline's default.
    pub template: Option<String>,
    /// Regions to compare (one region when the job sets `each_region = true`).
    pub regions: Vec<String>,
    /// Formats to write, each one of [`FORMATS`], in the order listed in the jobs file.
    pub formats: Vec<String>,
    /// Source manifest, resolved against the jobs file's directory.
    pub sources: Option<PathBuf>,
    /// Extracted facts file, resolved against the jobs file's directory.
    pub facts: Option<PathBuf>,
    /// The report date: the scheduled day (in the job's time zone) or today for a manual run.
    pub date: NaiveDate,
    /// The 简报's name, issue number, unit and distribution (报头 and 报尾).
    pub masthead: Masthead,
    /// The analyst's corrections file (facts or points marked wrong, relabelled or dropped),
    /// resolved against the jobs file's directory; applied on every run.
    pub corrections: Option<PathBuf>,
    /// Where each format must be written: `(format, final path)`. Parent directories exist.
    /// The builder writes each file to a temporary name in the same directory and renames it,
    /// so an interrupted run never leaves a half-written file at the final path.
    pub outputs: Vec<(String, PathBuf)>,
}

/// How a job's 简报 is issued, from its `[jobs.NAME.briefing]` table; the issue number comes
/// from the job state (each run is the next issue).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Masthead {
    /// The 简报's name (`None`: the pipeline's default).
    pub name: Option<String>,
    /// 第N期 of this run.
    pub issue: Option<u32>,
    /// The issuing unit (编印单位).
    pub unit: Option<String>,
    /// 报： line.
    pub report_to: Option<String>,
    /// 送： line.
    pub send_to: Option<String>,
    /// 发： line.
    pub issue_to: Option<String>,
}

/// What the pipeline produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildOutput {
    /// Files written (normally exactly the paths of [`BuildRequest::outputs`]); these are attached.
    pub files: Vec<PathBuf>,
    /// The briefing's title, used in the email subject and body.
    pub title: String,
    /// Plain-text bullet points summarising the key findings, for the email body.
    pub key_findings: Vec<String>,
    /// Optional HTML fragment placed verbatim (not escaped) in the HTML email body.
    pub html_summary: Option<String>,
}

/// The report pipeline, as the jobs runner sees it. Implemented by the root crate.
///
/// `Sync` because the daemon and tests may call it from more than one thread.
pub trait ReportBuilder: Sync {
    /// Builds one report, writing every path in `req.outputs` atomically (temp file + rename).
    fn build(
        &self,
        req: &BuildRequest,
    ) -> Result<BuildOutput, Box<dyn std::error::Error + Send + Sync>>;
}
