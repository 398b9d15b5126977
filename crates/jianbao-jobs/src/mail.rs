//! The briefing email: composed from tera templates, outputs attached, sent over SMTP with
//! bounded retries, or written as an `.eml` file for `--dry-run`.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::NaiveDate;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{Message, SmtpTransport, Transport};
use serde::Serialize;

use crate::builder::BuildOutput;
use crate::clock::Clock;
use crate::config::{CredentialSource, EmailConfig, SmtpConfig, Template, TlsMode};

/// MIME type for an output file, by extension (the formats jianbao writes).
pub(crate) fn mime_type(path: &Path) -> &'static str {
    match path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("pdf") => "application/pdf",
        Some("docx") => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        Some("html" | "htm") => "text/html; charset=utf-8",
        Some("md") => "text/markdown; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// An error with its causes, on one line (tera and lettre put the useful part in sources).
pub(crate) fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(e) = source {
        let s = e.to_string();
        if !text.contains(&s) {
            text.push_str(": ");
            text.push_str(&s);
        }
        source = e.source();
    }
    text
}

#[derive(Serialize)]
struct ReportContext<'a> {
    title: &'a str,
    key_findings: &'a [String],
    html_summary: Option<&'a str>,
}

#[derive(Serialize)]
struct AttachmentContext {
    name: String,
    size: String,
}

fn human_size(bytes: u64) -> String {
    if bytes >= 1_000_000 {
        format!("{:.1} MB", bytes as f64 / 1_000_000.0)
    } else {
        format!("{} KB", bytes.div_ceil(1000))
    }
}

fn render(
    template: &Template,
    context: &tera::Context,
    autoescape: bool,
) -> Result<String, String> {
    tera::Tera::one_off(&template.text, context, autoescape)
        .map_err(|e| format!("{}: {}", template.origin, error_chain(&e)))
}

/// Builds the message: subject and bodies from the templates, every output file attached.
/// Refuses (before reading the files into memory) when the attachments exceed the size limit.
pub(crate) fn compose(
    job: &str,
    date: NaiveDate,
    reports: &[BuildOutput],
    email: &EmailConfig,
    smtp: &SmtpConfig,
) -> Result<Message, String> {
    let files: Vec<&PathBuf> = reports.iter().flat_map(|r| &r.files).collect();
    let mut sizes = Vec::new();
    for file in &files {
        let size = std::fs::metadata(file)
            .map_err(|e| format!("cannot read {}: {e}", file.display()))?
            .len();
        sizes.push(size);
    }
    let total: u64 = sizes.iter().sum();
    if total > smtp.max_attachment_bytes {
        let list: Vec<String> = files
            .iter()
            .zip(&sizes)
            .map(|(f, s)| format!("{} {}", f.display(), human_size(*s)))
            .collect();
        return Err(format!(
            "attachments total {} ({}), over the limit of {} set by [smtp] max_attachment_bytes; the mail server \
             would bounce the message, so it was not sent. Raise the limit if your server accepts larger mail, or \
             drop a format from the job",
            human_size(total),
            list.join(", "),
            human_size(smtp.max_attachment_bytes)
        ));
    }

    let mut context = tera::Context::new();
    context.insert("job", job);
    context.insert("date", &date.format("%Y-%m-%d").to_string());
    context.insert("title", reports.first().map_or(job, |r| r.title.as_str()));
    let report_contexts: Vec<ReportContext> = reports
        .iter()
        .map(|r| ReportContext {
            title: &r.title,
            key_findings: &r.key_findings,
            html_summary: r.html_summary.as_deref(),
        })
        .collect();
    context.insert("reports", &report_contexts);
    let attachment_contexts: Vec<AttachmentContext> = files
        .iter()
        .zip(&sizes)
        .map(|(f, s)| AttachmentContext {
            name: file_name(f),
            size: human_size(*s),
        })
        .collect();
    context.insert("attachments", &attachment_contexts);

    let subject = render(&email.subject_template, &context, false)?;
    let subject = subject.split_whitespace().collect::<Vec<_>>().join(" ");
    let html = render(&email.html_template, &context, true)?;
    let text = render(&email.text_template, &context, false)?;

    let mut builder = Message::builder().from(smtp.from.clone()).subject(subject);
    for to in &email.to {
        builder = builder.to(to.clone());
    }
    for cc in &email.cc {
        builder = builder.cc(cc.clone());
    }
    for bcc in &email.bcc {
        builder = builder.bcc(bcc.clone());
    }
    let mut body = MultiPart::mixed().multipart(MultiPart::alternative_plain_html(text, html));
    for file in files {
        let bytes =
            std::fs::read(file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        let name = file_name(file);
        let content_type =
            ContentType::parse(&format!("{}; name=\"{}\"", mime_type(file), rfc2047(&name)))
                .map_err(|e| format!("MIME type for {name}: {e}"))?;
        let part: SinglePart = Attachment::new(name).body(bytes, content_type);
        body = body.singlepart(part);
    }
    builder
        .multipart(body)
        .map_err(|e| format!("cannot build the message: {}", error_chain(&e)))
}

/// RFC 2047 encoded words (`=?utf-8?b?...?=`) for a file name, for the Content-Type `name`
/// parameter. lettre writes the standard RFC 2231 `filename*` in Content-Disposition; some mail
/// clients (older Outlook among them) only show non-ASCII names given this way. Each word
/// stays under the 75-character limit and never splits a character.
fn rfc2047(name: &str) -> String {
    use base64::Engine as _;
    if name
        .bytes()
        .all(|b| (b.is_ascii_graphic() && b != b'"' && b != b'\\') || b == b' ')
    {
        return name.to_owned();
    }
    let mut words = Vec::new();
    let mut chunk = String::new();
    for c in name.chars() {
        if chunk.len() + c.len_utf8() > 45 {
            words.push(std::mem::take(&mut chunk));
        }
        chunk.push(c);
    }
    words.push(chunk);
    words
        .iter()
        .map(|w| {
            format!(
                "=?utf-8?b?{}?=",
                base64::engine::general_purpose::STANDARD.encode(w)
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// Writes the message as it would be sent (RFC 5322 bytes), atomically.
pub(crate) fn write_eml(message: &Message, path: &Path) -> Result<(), String> {
    crate::fsutil::write_atomic(path, &message.formatted())
        .map_err(|e| format!("cannot write {}: {e}", path.display()))
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct CredentialsFile {
    username: String,
    password: String,
}

fn credentials(source: &CredentialSource) -> Result<Option<Credentials>, String> {
    match source {
        CredentialSource::None => Ok(None),
        CredentialSource::Environment {
            username_var,
            password_var,
        } => {
            let var = |name: &str| {
                std::env::var(name).map_err(|_| {
                    format!("environment variable {name} (named in [smtp] of the jobs file) is not set; export it")
                })
            };
            Ok(Some(Credentials::new(
                var(username_var)?,
                var(password_var)?,
            )))
        }
        CredentialSource::File(path) => {
            let text = std::fs::read_to_string(path)
                .map_err(|e| format!("cannot read credentials file {}: {e}", path.display()))?;
            let file: CredentialsFile = jianbao_facts::parse_toml(&text, path).map_err(|e| {
                format!(
                    "{e}; the credentials file holds `username = \"...\"` and `password = \"...\"`"
                )
            })?;
            Ok(Some(Credentials::new(file.username, file.password)))
        }
    }
}

fn tls_parameters(smtp: &SmtpConfig) -> Result<TlsParameters, String> {
    let mut builder = TlsParameters::builder(smtp.host.clone());
    if let Some(path) = &smtp.ca_file {
        let pem = std::fs::read(path)
            .map_err(|e| format!("cannot read [smtp] ca_file {}: {e}", path.display()))?;
        let certificate = Certificate::from_pem(&pem).map_err(|e| {
            format!(
                "[smtp] ca_file {}: {}; it must hold PEM certificates",
                path.display(),
                error_chain(&e)
            )
        })?;
        builder = builder.add_root_certificate(certificate);
    }
    builder
        .build()
        .map_err(|e| format!("TLS setup for {}: {}", smtp.host, error_chain(&e)))
}

fn transport(smtp: &SmtpConfig) -> Result<SmtpTransport, String> {
    let tls = match smtp.tls {
        TlsMode::None => Tls::None,
        TlsMode::Starttls => Tls::Required(tls_parameters(smtp)?),
        TlsMode::Implicit => Tls::Wrapper(tls_parameters(smtp)?),
    };
    let mut builder = SmtpTransport::builder_dangerous(smtp.host.as_str())
        .port(smtp.port)
        .tls(tls)
        .timeout(Some(smtp.timeout));
    if let Some(credentials) = credentials(&smtp.credentials)? {
        builder = builder.credentials(credentials);
    }
    Ok(builder.build())
}

/// Whether the failure is in TLS itself (certificate, protocol), which retrying will not fix.
/// With implicit TLS the handshake runs inside the first read, so lettre reports it as a
/// network error whose cause is an `InvalidData` I/O error from rustls.
fn is_tls_failure(error: &lettre::transport::smtp::Error) -> bool {
    let mut source = std::error::Error::source(error);
    while let Some(e) = source {
        if e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::InvalidData)
        {
            return true;
        }
        source = e.source();
    }
    error.is_tls()
}

/// Whether trying again later may succeed: 4xx replies and connection trouble, not 5xx
/// (bad address, authentication refused), TLS failures or client-side errors.
fn is_retryable(error: &lettre::transport::smtp::Error) -> bool {
    error.is_transient() || !(error.is_permanent() || is_tls_failure(error) || error.is_client())
}

/// Sends the message, retrying transient failures with doubling delays. Returns how many tries
/// it took. `on_retry` is told about each failed try that will be retried.
pub(crate) fn send(
    message: &Message,
    smtp: &SmtpConfig,
    clock: &dyn Clock,
    on_retry: &mut dyn FnMut(&str),
) -> Result<u32, String> {
    let transport = transport(smtp)?;
    let mut delay = smtp.retry_delay;
    for attempt in 1..=smtp.attempts {
        match transport.send(message) {
            Ok(_) => return Ok(attempt),
            Err(e) if is_retryable(&e) && attempt < smtp.attempts => {
                on_retry(&format!(
                    "try {attempt}/{} to {}:{} failed ({}); retrying in {}",
                    smtp.attempts,
                    smtp.host,
                    smtp.port,
                    error_chain(&e),
                    describe_delay(delay)
                ));
                clock.sleep(delay);
                delay = delay.saturating_mul(2);
            }
            Err(e) if is_retryable(&e) => {
                return Err(format!(
                    "sending to {}:{} failed {attempt} times, last: {}; the outputs are written, send them later with \
                     `jianbao jobs run` once the server is reachable",
                    smtp.host,
                    smtp.port,
                    error_chain(&e)
                ))
            }
            Err(e) => {
                let advice = if e.is_permanent() {
                    "the server refused permanently, so it was not retried: check the addresses and credentials"
                } else if is_tls_failure(&e) {
                    "not retried: check [smtp] tls and port; if the server's certificate comes from an internal CA, \
                     set [smtp] ca_file to that CA's PEM file"
                } else {
                    "not retried: check the [smtp] settings (host, port, tls)"
                };
                return Err(format!("sending to {}:{}: {}; {advice}", smtp.host, smtp.port, error_chain(&e)));
            }
        }
    }
    Err("[smtp] attempts is 0".to_owned())
}

fn describe_delay(delay: Duration) -> String {
    if delay.as_secs() >= 1 {
        format!("{} s", delay.as_secs())
    } else {
        format!("{} ms", delay.as_millis())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc2047_words_are_short_and_ascii_names_stay_plain() {
        assert_eq!(rfc2047("report.pdf"), "report.pdf");
        assert_eq!(rfc2047("周报.pdf"), "=?utf-8?b?5ZGo5oqlLnBkZg==?=");
        let long = rfc2047(&"广东省经济运行情况".repeat(4));
        assert!(
            long.split(' ').count() > 1 && long.split(' ').all(|w| w.len() <= 75),
            "{long}"
        );
    }

    #[test]
    fn long_chinese_file_names_keep_header_lines_within_the_rfc_5322_limit() {
        let dir = tempfile::tempdir().unwrap();
        let text = "[smtp]\nhost = \"h\"\ntls = \"none\"\nfrom = \"a@b.cn\"\n\
                    [jobs.w]\nformats = [\"pdf\"]\noutput = \"o.{ext}\"\n[jobs.w.email]\nto = [\"c@d.cn\"]\n";
        let file = crate::config::JobsFile::parse(text, &dir.path().join("jobs.toml")).unwrap();
        let name = format!(
            "{}.pdf",
            "广东省二〇二六年第三季度经济运行情况综合分析".repeat(3)
        );
        let path = dir.path().join(&name);
        std::fs::write(&path, b"%PDF-1.7").unwrap();
        let report = BuildOutput {
            files: vec![path],
            title: "t".into(),
            key_findings: vec![],
            html_summary: None,
        };
        let job = file.job("w").unwrap();
        let date = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let message = compose(
            "w",
            date,
            &[report],
            job.email.as_ref().unwrap(),
            file.smtp.as_ref().unwrap(),
        )
        .unwrap();
        let raw = String::from_utf8(message.formatted()).unwrap();
        let longest = raw.split("\r\n").map(str::len).max().unwrap();
        assert!(longest <= 998, "a line of {longest} bytes:\n{raw}");
        assert!(raw.contains("name=\"=?utf-8?b?"), "{raw}");

        // And a standard parser gives the whole name back from both encodings.
        let eml = dir.path().join("m.eml");
        write_eml(&message, &eml).unwrap();
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/parse_eml.py");
        let Ok(out) = std::process::Command::new("python3")
            .arg(script)
            .arg(&eml)
            .output()
        else {
            skip_or_fail("SKIPPED parsing: python3 is not installed");
            return;
        };
        let parsed = String::from_utf8(out.stdout).unwrap();
        assert!(
            parsed.contains(&format!("\"filename\": \"{name}\"")),
            "{parsed}"
        );
        assert!(
            parsed.contains(&format!("\"content_type_name\": \"{name}\"")),
            "{parsed}"
        );
    }

    #[test]
    fn mime_types_by_extension() {
        assert_eq!(mime_type(Path::new("a/简报.PDF")), "application/pdf");
        assert_eq!(
            mime_type(Path::new("x.docx")),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        );
        assert!(mime_type(Path::new("x.md")).starts_with("text/markdown"));
        assert!(mime_type(Path::new("x.html")).starts_with("text/html"));
    }

    /// Reports a check skipped for a missing tool; in CI (`JIANBAO_REQUIRE_TOOLS` set by .ci/run) a
    /// missing tool is a failure, so a green run means every check really ran.
    fn skip_or_fail(note: &str) {
        assert!(
            std::env::var_os("JIANBAO_REQUIRE_TOOLS").is_none(),
            "required tool missing: {note}"
        );
        eprintln!("{note}");
    }
}
