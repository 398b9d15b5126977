//! The jobs file: what to build, when, where to write it and whom to mail it to.
//!
//! Parsing is two-step: serde reads the TOML shape (unknown fields are errors, located by
//! `jianbao_facts::parse_toml`), then every value that serde cannot judge (cron expressions,
//! time zones, path patterns, mail addresses, template files) is checked here, with the span of
//! the offending value, so a mistake is reported as `jobs.toml:12:14: ...` before anything runs.

use std::collections::BTreeMap;
use std::ops::{Range, RangeInclusive};
use std::path::{Path, PathBuf};

use lettre::message::Mailbox;
use serde::Deserialize;
use toml::Spanned;

use crate::builder::FORMATS;
use crate::error::JobsError;
use crate::pattern::OutputPattern;
use crate::schedule::Schedule;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawJobsFile {
    smtp: Option<Spanned<RawSmtp>>,
    #[serde(default)]
    jobs: BTreeMap<Spanned<String>, RawJob>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawJob {
    template: Option<String>,
    #[serde(default)]
    regions: Vec<Spanned<String>>,
    #[serde(default)]
    each_region: bool,
    formats: Spanned<Vec<Spanned<String>>>,
    sources: Option<PathBuf>,
    facts: Option<PathBuf>,
    output: Spanned<String>,
    schedule: Option<Spanned<String>>,
    time_zone: Option<Spanned<String>>,
    email: Option<Spanned<RawEmail>>,
    briefing: Option<RawBriefing>,
    corrections: Option<PathBuf>,
}

/// `[jobs.NAME.briefing]`: how the job's 简报 is issued.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBriefing {
    name: Option<String>,
    unit: Option<String>,
    report_to: Option<String>,
    send_to: Option<String>,
    issue_to: Option<String>,
    /// The number of the job's first issue (later runs count on from the job state).
    first_issue: Option<Spanned<u32>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEmail {
    to: Spanned<Vec<Spanned<String>>>,
    #[serde(default)]
    cc: Vec<Spanned<String>>,
    #[serde(default)]
    bcc: Vec<Spanned<String>>,
    subject_template: Option<Spanned<PathBuf>>,
    html_template: Option<Spanned<PathBuf>>,
    text_template: Option<Spanned<PathBuf>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSmtp {
    host: String,
    port: Option<u16>,
    tls: TlsMode,
    from: Spanned<String>,
    username_env: Option<String>,
    password_env: Option<String>,
    credentials_file: Option<PathBuf>,
    ca_file: Option<PathBuf>,
    /// Accepted only to give a precise error: secrets never live in the jobs file.
    username: Option<Spanned<toml::Value>>,
    /// Accepted only to give a precise error: secrets never live in the jobs file.
    password: Option<Spanned<toml::Value>>,
    max_attachment_bytes: Option<u64>,
    timeout_seconds: Option<Spanned<u64>>,
    attempts: Option<Spanned<u32>>,
    retry_delay_seconds: Option<Spanned<u64>>,
}

/// Bounds of the SMTP timing settings: a timeout of 0 never waits, a retry delay of 2^64 s
/// never retries, and a daemon must stop within minutes of SIGTERM.
const TIMEOUT_SECONDS: RangeInclusive<u64> = 1..=600;
const RETRY_DELAY_SECONDS: RangeInclusive<u64> = 0..=3600;
const MAX_ATTEMPTS: u32 = 10;

/// A number from the jobs file within `bounds`, or its default; out of bounds is a located error.
fn bounded(
    value: Option<Spanned<u64>>,
    default: u64,
    bounds: RangeInclusive<u64>,
    key: &str,
    at: &Locator,
) -> Result<u64, JobsError> {
    match value {
        None => Ok(default),
        Some(v) if bounds.contains(v.get_ref()) => Ok(v.into_inner()),
        Some(v) => Err(at.error(
            v.span(),
            format!(
                "`{key} = {}` is out of bounds; use {} to {}",
                v.get_ref(),
                bounds.start(),
                bounds.end()
            ),
        )),
    }
}

/// Whether `host` is this machine, where plain-text SMTP does not cross a network.
fn is_loopback(host: &str) -> bool {
    host == "localhost"
        || host
            .trim_matches(['[', ']'])
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// How the SMTP connection is secured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum TlsMode {
    /// Plain text (only for a relay on the same machine or a trusted network).
    None,
    /// Plain connect, then STARTTLS, required (port 587 by default).
    Starttls,
    /// TLS from the first byte (port 465 by default).
    Implicit,
}

/// Where SMTP credentials come from; never from the jobs file itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum CredentialSource {
    None,
    Environment {
        username_var: String,
        password_var: String,
    },
    /// A TOML file with `username` and `password`, named by the user.
    File(PathBuf),
}

#[derive(Debug, Clone)]
pub(crate) struct SmtpConfig {
    pub host: String,
    pub port: u16,
    pub tls: TlsMode,
    pub from: Mailbox,
    pub credentials: CredentialSource,
    /// Extra trusted root certificates (PEM), for servers with an internal CA.
    pub ca_file: Option<PathBuf>,
    pub max_attachment_bytes: u64,
    pub timeout: std::time::Duration,
    pub attempts: u32,
    pub retry_delay: std::time::Duration,
}

#[derive(Debug, Clone)]
pub(crate) struct EmailConfig {
    pub to: Vec<Mailbox>,
    pub cc: Vec<Mailbox>,
    pub bcc: Vec<Mailbox>,
    /// Template texts, already read (overrides) or embedded (defaults).
    pub subject_template: Template,
    pub html_template: Template,
    pub text_template: Template,
}

/// A tera template and where it came from (for error messages).
#[derive(Debug, Clone)]
pub(crate) struct Template {
    pub origin: String,
    pub text: String,
}

#[derive(Debug, Clone)]
pub(crate) struct Job {
    pub name: String,
    pub template: Option<String>,
    pub regions: Vec<String>,
    pub each_region: bool,
    pub formats: Vec<String>,
    pub sources: Option<PathBuf>,
    pub facts: Option<PathBuf>,
    pub output: OutputPattern,
    pub schedule: Option<Schedule>,
    pub time_zone: crate::zone::Zone,
    pub email: Option<EmailConfig>,
    /// The 简报's name, unit and distribution (the issue number is set per run).
    pub masthead: crate::builder::Masthead,
    /// The number the first run gets when the state has none (1 unless the file says).
    pub first_issue: u32,
    pub corrections: Option<PathBuf>,
}

#[derive(Debug, Clone)]
pub(crate) struct JobsFile {
    pub path: PathBuf,
    pub smtp: Option<SmtpConfig>,
    pub jobs: Vec<Job>,
}

const DEFAULT_SUBJECT: &str = include_str!("../templates/subject.tera");
const DEFAULT_HTML: &str = include_str!("../templates/body.html.tera");
const DEFAULT_TEXT: &str = include_str!("../templates/body.txt.tera");

/// Locates spans of one file's text for error messages.
struct Locator<'a> {
    path: &'a Path,
    text: &'a str,
}

impl Locator<'_> {
    fn error(&self, span: Range<usize>, message: impl Into<String>) -> JobsError {
        let at = jianbao_facts::LineCol::from_byte_offset(self.text, span.start);
        JobsError::Invalid {
            path: self.path.to_owned(),
            line: at.line,
            column: at.column,
            message: message.into(),
        }
    }
}

impl JobsFile {
    /// Reads and checks a jobs file. Relative paths in it are taken relative to its directory,
    /// so the same file works from cron (whose working directory is usually `$HOME`).
    pub fn load(path: &Path) -> Result<JobsFile, JobsError> {
        let text = jianbao_facts::read_regular_text(path, 1024 * 1024).map_err(|source| {
            JobsError::JobsFile(jianbao_facts::SchemaError::Io {
                path: path.to_owned(),
                source,
            })
        })?;
        Self::parse(&text, path)
    }

    pub fn parse(text: &str, path: &Path) -> Result<JobsFile, JobsError> {
        let raw: RawJobsFile = jianbao_facts::parse_toml(text, path)?;
        let at = Locator { path, text };
        let base = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
            _ => PathBuf::from("."),
        };
        let smtp = raw.smtp.map(|s| check_smtp(s, &at, &base)).transpose()?;
        let mut jobs = Vec::new();
        for (name, job) in raw.jobs {
            jobs.push(check_job(name, job, smtp.is_some(), &at, &base)?);
        }
        Ok(JobsFile {
            path: path.to_owned(),
            smtp,
            jobs,
        })
    }

    /// The directory relative paths in the jobs file are resolved against.
    pub fn base_dir(&self) -> PathBuf {
        match self.path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
            _ => PathBuf::from("."),
        }
    }

    pub fn job(&self, name: &str) -> Result<&Job, JobsError> {
        self.jobs
            .iter()
            .find(|j| j.name == name)
            .ok_or_else(|| JobsError::UnknownJob {
                path: self.path.clone(),
                name: name.to_owned(),
                known: if self.jobs.is_empty() {
                    "(none)".to_owned()
                } else {
                    self.jobs
                        .iter()
                        .map(|j| j.name.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                },
            })
    }
}

fn check_smtp(raw: Spanned<RawSmtp>, at: &Locator, base: &Path) -> Result<SmtpConfig, JobsError> {
    let span = raw.span();
    let raw = raw.into_inner();
    if let Some(secret) = raw.username.as_ref().or(raw.password.as_ref()) {
        return Err(at.error(
            secret.span(),
            "credentials are never stored in the jobs file: remove this line and set `username_env` and \
             `password_env` (names of environment variables) or `credentials_file` (a TOML file with \
             `username` and `password`, readable only by you)",
        ));
    }
    let credentials = match (raw.username_env, raw.password_env, raw.credentials_file) {
        (None, None, None) => CredentialSource::None,
        (Some(username_var), Some(password_var), None) => CredentialSource::Environment { username_var, password_var },
        (None, None, Some(file)) => CredentialSource::File(base.join(file)),
        _ => {
            return Err(at.error(
                span,
                "[smtp] needs either both `username_env` and `password_env`, or `credentials_file`, or none \
                 of them (no authentication)",
            ))
        }
    };
    if raw.tls == TlsMode::None && credentials != CredentialSource::None && !is_loopback(&raw.host)
    {
        return Err(at.error(
            span,
            format!(
                "tls = \"none\" would send the SMTP password to {} in clear text; use tls = \"starttls\" or \"implicit\", \
                 or drop the credentials for an open relay (plain text is allowed only to this machine: localhost, 127.0.0.1)",
                raw.host
            ),
        ));
    }
    let from = parse_mailbox(&raw.from, at)?;
    let attempts = match raw.attempts {
        Some(a) if *a.get_ref() == 0 => {
            return Err(at.error(
                a.span(),
                "`attempts` counts the first try too, so it must be at least 1",
            ))
        }
        Some(a) if *a.get_ref() > MAX_ATTEMPTS => {
            return Err(at.error(
                a.span(),
                format!(
                    "`attempts = {}` is out of bounds; use 1 to {MAX_ATTEMPTS}",
                    a.get_ref()
                ),
            ))
        }
        Some(a) => a.into_inner(),
        None => 3,
    };
    let port = raw.port.unwrap_or(match raw.tls {
        TlsMode::None => 25,
        TlsMode::Starttls => 587,
        TlsMode::Implicit => 465,
    });
    Ok(SmtpConfig {
        host: raw.host,
        port,
        tls: raw.tls,
        from,
        credentials,
        ca_file: raw.ca_file.map(|f| base.join(f)),
        max_attachment_bytes: raw.max_attachment_bytes.unwrap_or(15_000_000),
        timeout: std::time::Duration::from_secs(bounded(
            raw.timeout_seconds,
            60,
            TIMEOUT_SECONDS,
            "timeout_seconds",
            at,
        )?),
        attempts,
        retry_delay: std::time::Duration::from_secs(bounded(
            raw.retry_delay_seconds,
            30,
            RETRY_DELAY_SECONDS,
            "retry_delay_seconds",
            at,
        )?),
    })
}

fn parse_mailbox(value: &Spanned<String>, at: &Locator) -> Result<Mailbox, JobsError> {
    value.get_ref().parse::<Mailbox>().map_err(|e| {
        at.error(
            value.span(),
            format!(
                "`{}` is not a mail address ({e}); write `name@example.cn` or `显示名 <name@example.cn>`",
                value.get_ref()
            ),
        )
    })
}

/// Job names end up in file names (`{job}`, lock files), so they are kept to a safe alphabet.
fn check_job_name(name: &Spanned<String>, at: &Locator) -> Result<(), JobsError> {
    let ok = !name.get_ref().is_empty()
        && name
            .get_ref()
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_');
    if ok {
        Ok(())
    } else {
        Err(at.error(
            name.span(),
            format!(
                "job name `{}` may contain only letters, digits, `-` and `_` (it is used in file names)",
                name.get_ref()
            ),
        ))
    }
}

fn check_job(
    name: Spanned<String>,
    raw: RawJob,
    have_smtp: bool,
    at: &Locator,
    base: &Path,
) -> Result<Job, JobsError> {
    check_job_name(&name, at)?;
    let name_str = name.get_ref().clone();

    let mut formats = Vec::new();
    for format in raw.formats.get_ref() {
        if !FORMATS.contains(&format.get_ref().as_str()) {
            return Err(at.error(
                format.span(),
                format!(
                    "unknown format `{}`; use some of {}",
                    format.get_ref(),
                    FORMATS.join(", ")
                ),
            ));
        }
        if formats.contains(format.get_ref()) {
            return Err(at.error(
                format.span(),
                format!("format `{}` is listed twice", format.get_ref()),
            ));
        }
        formats.push(format.get_ref().clone());
    }
    if formats.is_empty() {
        return Err(at.error(
            raw.formats.span(),
            "list at least one format, e.g. formats = [\"pdf\", \"docx\"]",
        ));
    }

    let mut regions = Vec::new();
    for region in &raw.regions {
        let r = region.get_ref().trim();
        if r.is_empty() || r.contains(['/', '\\']) || r.starts_with('.') {
            return Err(at.error(
                region.span(),
                format!("region `{}` is empty or looks like a path; write a region name such as \"广东\"", region.get_ref()),
            ));
        }
        regions.push(r.to_owned());
    }
    if raw.each_region && regions.is_empty() {
        return Err(at.error(
            name.span(),
            "`each_region = true` needs a non-empty `regions` list",
        ));
    }

    let output = OutputPattern::parse(raw.output.get_ref())
        .map_err(|message| at.error(raw.output.span(), format!("output pattern: {message}")))?;
    if formats.len() > 1 && !output.has_ext() {
        return Err(at.error(
            raw.output.span(),
            "this job writes several formats, so the output pattern needs `{ext}` (e.g. \"out/{job}/{date:%Y%m%d}.{ext}\"), \
             otherwise they would overwrite each other",
        ));
    }
    if let Err(message) = crate::guard::check_pattern(&output, &name_str, &formats) {
        return Err(at.error(raw.output.span(), message));
    }
    if raw.each_region && !output.has_region() {
        return Err(at.error(
            raw.output.span(),
            "`each_region = true` writes one report per region, so the output pattern needs `{region}`",
        ));
    }

    let time_zone = match &raw.time_zone {
        Some(tz) => crate::zone::Zone::named(tz.get_ref()).ok_or_else(|| {
            at.error(
                tz.span(),
                format!(
                    "unknown time zone `{}`; use an IANA name such as \"Asia/Shanghai\" or \"UTC\"",
                    tz.get_ref()
                ),
            )
        })?,
        None => crate::zone::Zone::default_zone(),
    };
    let schedule = raw
        .schedule
        .as_ref()
        .map(|s| {
            Schedule::parse(s.get_ref(), time_zone.clone())
                .map_err(|message| at.error(s.span(), message))
        })
        .transpose()?;

    let email = match raw.email {
        None => None,
        Some(email) if !have_smtp => {
            return Err(at.error(
                email.span(),
                "this job sends email but the file has no [smtp] table; add one (host, tls, from) or remove the job's email table",
            ))
        }
        Some(email) => Some(check_email(email.into_inner(), at, base)?),
    };

    let briefing = raw.briefing;
    let first_issue = match briefing.as_ref().and_then(|b| b.first_issue.as_ref()) {
        Some(n) if *n.get_ref() == 0 => {
            return Err(at.error(
                n.span(),
                "issues are numbered from 1: write first_issue = 1 or more",
            ))
        }
        Some(n) => *n.get_ref(),
        None => 1,
    };
    let masthead = briefing
        .map(|b| crate::builder::Masthead {
            name: b.name,
            issue: None,
            unit: b.unit,
            report_to: b.report_to,
            send_to: b.send_to,
            issue_to: b.issue_to,
        })
        .unwrap_or_default();

    Ok(Job {
        masthead,
        first_issue,
        corrections: raw.corrections.map(|p| base.join(p)),
        name: name_str,
        template: raw.template.map(|t| template_reference(t, base)),
        regions,
        each_region: raw.each_region,
        formats,
        sources: raw.sources.map(|p| base.join(p)),
        facts: raw.facts.map(|p| base.join(p)),
        output,
        schedule,
        time_zone,
        email,
    })
}

/// A report template is a built-in name (`briefing`) or a file; a file is taken relative to the
/// jobs file like every other path. Names have no path separator and no extension.
fn template_reference(template: String, base: &Path) -> String {
    let path = Path::new(&template);
    if template.contains(['/', '\\']) || path.extension().is_some() {
        base.join(path).to_string_lossy().into_owned()
    } else {
        template
    }
}

fn check_email(raw: RawEmail, at: &Locator, base: &Path) -> Result<EmailConfig, JobsError> {
    let parse_all = |list: &[Spanned<String>]| {
        list.iter()
            .map(|m| parse_mailbox(m, at))
            .collect::<Result<Vec<_>, _>>()
    };
    let to = parse_all(raw.to.get_ref())?;
    if to.is_empty() {
        return Err(at.error(raw.to.span(), "`to` needs at least one address"));
    }
    let template = |over: &Option<Spanned<PathBuf>>,
                    default: &str,
                    name: &str|
     -> Result<Template, JobsError> {
        let Some(over) = over else {
            return Ok(Template {
                origin: format!("built-in {name} template"),
                text: default.to_owned(),
            });
        };
        let path = base.join(over.get_ref());
        let text = jianbao_facts::read_regular_text(&path, 256 * 1024).map_err(|e| {
            at.error(
                over.span(),
                format!(
                    "cannot read template {}: {e}; fix the path or remove the line",
                    path.display()
                ),
            )
        })?;
        let origin = path.display().to_string();
        if let Some(message) = jianbao_report::sandbox::find_recursion(&origin, &text) {
            return Err(at.error(over.span(), format!("template {origin}: {message}")));
        }
        // Compile now so a template error stops the command before any report is built.
        tera::Tera::default()
            .add_raw_template(&origin, &text)
            .map_err(|e| {
                at.error(
                    over.span(),
                    format!("template {origin}: {}", crate::mail::error_chain(&e)),
                )
            })?;
        Ok(Template { origin, text })
    };
    Ok(EmailConfig {
        to,
        cc: parse_all(&raw.cc)?,
        bcc: parse_all(&raw.bcc)?,
        subject_template: template(&raw.subject_template, DEFAULT_SUBJECT, "subject")?,
        html_template: template(&raw.html_template, DEFAULT_HTML, "HTML body")?,
        text_template: template(&raw.text_template, DEFAULT_TEXT, "text body")?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<JobsFile, JobsError> {
        JobsFile::parse(text, Path::new("dir/jobs.toml"))
    }

    const MINIMAL: &str = "[jobs.weekly]\nformats = [\"pdf\"]\noutput = \"out/{job}.pdf\"\n";

    #[test]
    fn minimal_job_gets_defaults_and_relative_paths() {
        let file = parse(&format!(
            "{MINIMAL}sources = \"seeds/sources.toml\"\ntemplate = \"mine/周报.md\"\n"
        ))
        .unwrap();
        let job = file.job("weekly").unwrap();
        assert_eq!(job.template.as_deref(), Some("dir/mine/周报.md"));
        assert_eq!(job.time_zone.name(), "Asia/Shanghai");
        assert!(job.schedule.is_none());
        assert_eq!(
            job.sources.as_deref(),
            Some(Path::new("dir/seeds/sources.toml"))
        );
    }

    fn located(result: Result<JobsFile, JobsError>) -> (usize, usize, String) {
        match result {
            Err(JobsError::Invalid {
                line,
                column,
                message,
                ..
            }) => (line, column, message),
            Err(JobsError::JobsFile(e)) => match e {
                jianbao_facts::SchemaError::Syntax {
                    line,
                    column,
                    message,
                    ..
                } => (line, column, message),
                other => panic!("unexpected {other}"),
            },
            Err(other) => panic!("unexpected {other}"),
            Ok(_) => panic!("accepted a bad jobs file"),
        }
    }

    #[test]
    fn the_shipped_example_loads() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../jobs.example.toml");
        let file = JobsFile::load(&path).unwrap();
        let weekly = file.job("weekly-leadership").unwrap();
        assert_eq!(
            weekly.template.as_deref(),
            Some("briefing"),
            "built-in names stay names"
        );
        assert_eq!(weekly.formats, ["pdf", "docx"]);
        assert_eq!(weekly.time_zone.name(), "Asia/Shanghai");
        assert_eq!(
            weekly.schedule.as_ref().unwrap().expression(),
            "0 8 * * MON"
        );
        assert_eq!(weekly.email.as_ref().unwrap().to.len(), 1);
        let monthly = file.job("province-monthly").unwrap();
        assert!(monthly.each_region && monthly.email.is_none());
        let smtp = file.smtp.as_ref().unwrap();
        assert_eq!((smtp.port, smtp.tls), (465, TlsMode::Implicit));
        assert!(
            matches!(&smtp.credentials, CredentialSource::Environment { username_var, .. } if username_var == "JIANBAO_SMTP_USERNAME")
        );
    }

    #[test]
    fn bad_cron_is_located() {
        let (line, column, message) =
            located(parse(&format!("{MINIMAL}schedule = \"0 25 * * *\"\n")));
        assert_eq!((line, column), (4, 12));
        assert!(message.contains("0 25 * * *"), "{message}");
    }

    #[test]
    fn unknown_time_zone_is_located() {
        let (line, column, message) =
            located(parse(&format!("{MINIMAL}time_zone = \"Asia/Beijing\"\n")));
        assert_eq!((line, column), (4, 13));
        assert!(message.contains("Asia/Shanghai"), "{message}");
    }

    #[test]
    fn unknown_field_is_located() {
        let (line, column, message) =
            located(parse(&format!("{MINIMAL}shedule = \"0 8 * * *\"\n")));
        assert_eq!((line, column), (4, 1));
        assert!(message.contains("shedule"), "{message}");
    }

    #[test]
    fn bad_pattern_is_located() {
        let text = "[jobs.w]\nformats = [\"pdf\"]\noutput = \"out/{dat}.pdf\"\n";
        let (line, column, message) = located(parse(text));
        assert_eq!((line, column), (3, 10));
        assert!(message.contains("{dat}"), "{message}");
    }

    #[test]
    fn several_formats_need_ext() {
        let text = "[jobs.w]\nformats = [\"pdf\", \"docx\"]\noutput = \"out/{job}.pdf\"\n";
        let (_, _, message) = located(parse(text));
        assert!(message.contains("{ext}"), "{message}");
    }

    #[test]
    fn password_in_jobs_file_is_refused() {
        let text = "[smtp]\nhost = \"h\"\ntls = \"none\"\nfrom = \"a@b.cn\"\npassword = \"x\"\n";
        let (line, _, message) = located(parse(text));
        assert_eq!(line, 5);
        assert!(message.contains("password_env"), "{message}");
    }

    #[test]
    fn bad_address_is_located() {
        let text = format!("[smtp]\nhost = \"h\"\ntls = \"none\"\nfrom = \"a@b.cn\"\n{MINIMAL}[jobs.weekly.email]\nto = [\"not an address\"]\n");
        let (line, _, message) = located(parse(&text));
        assert_eq!(line, 9);
        assert!(message.contains("not an address"), "{message}");
    }

    #[test]
    fn email_without_smtp_is_refused() {
        let text = format!("{MINIMAL}[jobs.weekly.email]\nto = [\"a@b.cn\"]\n");
        let (_, _, message) = located(parse(&text));
        assert!(message.contains("[smtp]"), "{message}");
    }
}
