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

/// Renders a mail template under the same rules as report templates
/// ([`jianbao_report::sandbox`]): no environment, bounded loops and output.
fn render(
    template: &Template,
    context: &tera::Context,
    autoescape: bool,
) -> Result<String, String> {
    use jianbao_report::sandbox;
    let fail = |e: String| format!("{}: {e}", template.origin);
    let mut tera = tera::Tera::default();
    sandbox::lock_down(&mut tera);
    // tera escapes HTML for names ending in .html
    let name = if autoescape { "mail.html" } else { "mail.txt" };
    tera.add_raw_template(name, &template.text)
        .map_err(|e| fail(error_chain(&e)))?;
    let mut out = sandbox::CappedOutput::default();
    match tera.render_to(name, context, &mut out) {
        Ok(()) => Ok(String::from_utf8_lossy(&out.bytes).into_owned()),
        Err(_) if out.overflowed => Err(fail(sandbox::overflow_message())),
        Err(e) => Err(fail(error_chain(&e))),
    }
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
    let message = builder
        .multipart(body)
        .map_err(|e| format!("cannot build the message: {}", error_chain(&e)))?;
    // The limit is on what the server receives: base64 makes attachments a third larger.
    let encoded = message.formatted().len() as u64;
    if encoded > smtp.max_attachment_bytes {
        return Err(format!(
            "the encoded message is {} (attachments {} before base64 encoding), over the limit of {} set by [smtp] \
             max_attachment_bytes; the mail server would bounce it, so it was not sent. Raise the limit if your \
             server accepts larger mail, or drop a format from the job",
            human_size(encoded),
            human_size(total),
            human_size(smtp.max_attachment_bytes)
        ));
    }
    Ok(message)
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

/// The user name and password, from where the jobs file says (never from the jobs file).
fn credentials(source: &CredentialSource) -> Result<Option<(String, String)>, String> {
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
            Ok(Some((var(username_var)?, var(password_var)?)))
        }
        CredentialSource::File(path) => {
            let text = jianbao_facts::read_regular_text(path, 64 * 1024)
                .map_err(|e| format!("cannot read credentials file {}: {e}", path.display()))?;
            let file: CredentialsFile = jianbao_facts::parse_toml(&text, path).map_err(|e| {
                format!(
                    "{e}; the credentials file holds `username = \"...\"` and `password = \"...\"`"
                )
            })?;
            Ok(Some((file.username, file.password)))
        }
    }
}

fn tls_parameters(smtp: &SmtpConfig) -> Result<TlsParameters, String> {
    let mut builder = TlsParameters::builder(smtp.host.clone());
    if let Some(path) = &smtp.ca_file {
        let pem = jianbao_facts::read_regular_file(path, 1024 * 1024)
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

fn transport(smtp: &SmtpConfig, credentials: Option<Credentials>) -> Result<SmtpTransport, String> {
    let tls = match smtp.tls {
        TlsMode::None => Tls::None,
        TlsMode::Starttls => Tls::Required(tls_parameters(smtp)?),
        TlsMode::Implicit => Tls::Wrapper(tls_parameters(smtp)?),
    };
    let mut builder = SmtpTransport::builder_dangerous(smtp.host.as_str())
        .port(smtp.port)
        .tls(tls)
        .timeout(Some(smtp.timeout));
    if let Some(credentials) = credentials {
        builder = builder.credentials(credentials);
    }
    Ok(builder.build())
}

/// Server replies and errors are logged and stored in the state file; a server that echoes
/// the AUTH line would put the credentials there. This removes every form of them (plain,
/// base64 of each, of the AUTH PLAIN string and of the LOGIN steps), control characters, and
/// cuts the text to a few hundred characters.
struct Redactor {
    secrets: Vec<String>,
}

impl Redactor {
    const MAX_CHARS: usize = 400;

    fn new(username: &str, password: &str) -> Redactor {
        use base64::Engine as _;
        let b64 = |s: &str| base64::engine::general_purpose::STANDARD.encode(s);
        let mut secrets: Vec<String> = [
            password.to_owned(),
            b64(password),
            b64(&format!("\0{username}\0{password}")),
            b64(&format!("{username}\0{username}\0{password}")),
        ]
        .into_iter()
        .filter(|s| s.len() >= 3)
        .collect();
        // the user name alone is not secret, but in base64 it only appears in the AUTH exchange
        if username.len() >= 3 {
            secrets.push(b64(username));
        }
        // longest first, so a secret containing another is removed whole
        secrets.sort_by_key(|s| std::cmp::Reverse(s.len()));
        Redactor { secrets }
    }

    fn none() -> Redactor {
        Redactor {
            secrets: Vec::new(),
        }
    }

    fn clean(&self, text: &str) -> String {
        let mut text: String = text
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        for secret in &self.secrets {
            text = text.replace(secret.as_str(), "[redacted]");
        }
        if text.chars().count() > Self::MAX_CHARS {
            text = text.chars().take(Self::MAX_CHARS).collect::<String>() + "…";
        }
        text
    }
}

/// What a failed send says: a timeout in words rather than "Resource temporarily unavailable
/// (os error 11)", and nothing secret.
fn describe(
    error: &lettre::transport::smtp::Error,
    smtp: &SmtpConfig,
    redactor: &Redactor,
) -> String {
    let mut source = std::error::Error::source(error);
    while let Some(e) = source {
        if let Some(io) = e.downcast_ref::<std::io::Error>() {
            if matches!(
                io.kind(),
                std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
            ) {
                return format!(
                    "the server did not answer within timeout_seconds = {} s",
                    smtp.timeout.as_secs()
                );
            }
        }
        source = e.source();
    }
    redactor.clean(&error_chain(error))
}

/// One try at sending, given up after `timeout_seconds` in all: lettre's timeout is per read,
/// so a server trickling a byte at a time would otherwise hold the send for ever. The try runs
/// on its own thread; one given up on ends with its connection (at the latest at the next read
/// timeout) and its result is ignored.
fn send_once(
    transport: &SmtpTransport,
    message: &Message,
    smtp: &SmtpConfig,
) -> Option<Result<(), lettre::transport::smtp::Error>> {
    let (done, result) = std::sync::mpsc::channel();
    let (transport, message) = (transport.clone(), message.clone());
    std::thread::spawn(move || {
        let _ = done.send(transport.send(&message).map(|_| ()));
    });
    result.recv_timeout(smtp.timeout).ok()
}

/// Waits `delay`; with a `stop` flag (the daemon's) in steps of at most a second, returning
/// early (false) when it is set: a daemon told to stop does not sit out a retry backoff.
/// Without one (a `jobs run` from cron, where SIGTERM ends the process) in one wait.
fn wait_unless_stopped(
    clock: &dyn Clock,
    delay: Duration,
    stop: Option<&std::sync::atomic::AtomicBool>,
) -> bool {
    let Some(stop) = stop else {
        clock.sleep(delay);
        return true;
    };
    let mut left = delay;
    while !left.is_zero() {
        if stop.load(std::sync::atomic::Ordering::SeqCst) {
            return false;
        }
        let step = left.min(Duration::from_secs(1));
        clock.sleep(step);
        left -= step;
    }
    !stop.load(std::sync::atomic::Ordering::SeqCst)
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
    stop: Option<&std::sync::atomic::AtomicBool>,
    on_retry: &mut dyn FnMut(&str),
) -> Result<u32, String> {
    let credentials = credentials(&smtp.credentials)?;
    let redactor = match &credentials {
        Some((user, password)) => Redactor::new(user, password),
        None => Redactor::none(),
    };
    if smtp.tls == TlsMode::None && credentials.is_some() {
        on_retry(&format!(
            "WARNING: tls = \"none\": the SMTP password goes to {} in clear text (allowed only to this machine)",
            smtp.host
        ));
    }
    let transport = transport(
        smtp,
        credentials.map(|(user, password)| Credentials::new(user, password)),
    )?;
    let mut delay = smtp.retry_delay;
    for attempt in 1..=smtp.attempts {
        let outcome = send_once(&transport, message, smtp);
        let failure = match outcome {
            Some(Ok(())) => return Ok(attempt),
            None => None,
            Some(Err(e)) => Some(e),
        };
        let retryable = failure.as_ref().is_none_or(is_retryable);
        let what = failure.as_ref().map_or_else(
            || {
                format!(
                    "no complete exchange within timeout_seconds = {} s",
                    smtp.timeout.as_secs()
                )
            },
            |e| describe(e, smtp, &redactor),
        );
        if retryable && attempt < smtp.attempts {
            on_retry(&format!(
                "try {attempt}/{} to {}:{} failed ({what}); retrying in {}",
                smtp.attempts,
                smtp.host,
                smtp.port,
                describe_delay(delay)
            ));
            if !wait_unless_stopped(clock, delay, stop) {
                return Err(format!(
                    "sending to {}:{} stopped by a signal during the retry wait, after {attempt} tries (last: {what}); \
                     the outputs are written, send them with `jianbao jobs run`",
                    smtp.host, smtp.port
                ));
            }
            delay = delay.saturating_mul(2);
            continue;
        }
        if retryable {
            return Err(format!(
                "sending to {}:{} failed {attempt} times, last: {what}; the outputs are written, send them later with \
                 `jianbao jobs run` once the server is reachable",
                smtp.host, smtp.port,
            ));
        }
        match failure {
            None => return Err(what),
            Some(e) => {
                let advice = if e.is_permanent() {
                    "the server refused permanently, so it was not retried: check the addresses and credentials"
                } else if is_tls_failure(&e) {
                    "not retried: check [smtp] tls and port; if the server's certificate comes from an internal CA, \
                     set [smtp] ca_file to that CA's PEM file"
                } else {
                    "not retried: check the [smtp] settings (host, port, tls)"
                };
                return Err(format!(
                    "sending to {}:{}: {what}; {advice}",
                    smtp.host, smtp.port
                ));
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

#[cfg(test)]
mod hardening_tests {
    use super::*;
    use std::sync::atomic::AtomicBool;

    fn smtp(extra: &str) -> SmtpConfig {
        let text = format!(
            "[smtp]\nhost = \"127.0.0.1\"\nport = 9\ntls = \"none\"\nfrom = \"a@b.cn\"\n{extra}\n"
        );
        crate::config::JobsFile::parse(&text, Path::new("jobs.toml"))
            .unwrap()
            .smtp
            .unwrap()
    }

    /// Issue 12 item 18: SIGTERM was not honoured during the retry backoff (57 s to stop).
    #[test]
    fn a_stop_during_the_backoff_ends_the_send_at_once() {
        let config = smtp("attempts = 5\nretry_delay_seconds = 3600\ntimeout_seconds = 2");
        let message = Message::builder()
            .from(config.from.clone())
            .to("c@d.cn".parse().unwrap())
            .subject("s")
            .body(String::from("b"))
            .unwrap();
        let stop = AtomicBool::new(true);
        let started = std::time::Instant::now();
        let err = send(
            &message,
            &config,
            &crate::clock::SystemClock,
            Some(&stop),
            &mut |_| {},
        )
        .unwrap_err();
        assert!(err.contains("stopped by a signal"), "{err}");
        assert!(started.elapsed() < Duration::from_secs(5));
    }

    #[test]
    fn redaction_removes_every_form_of_the_credentials() {
        use base64::Engine as _;
        let r = Redactor::new("analyst", "pa55word");
        let plain = base64::engine::general_purpose::STANDARD.encode("\0analyst\0pa55word");
        let text = format!(
            "535 no: AUTH PLAIN {plain}\r\n pa55word {}",
            "x".repeat(1000)
        );
        let clean = r.clean(&text);
        assert!(
            !clean.contains(&plain) && !clean.contains("pa55word"),
            "{clean}"
        );
        assert!(
            !clean.contains('\r') && clean.chars().count() <= 401,
            "{clean}"
        );
    }

    /// Messages: the size guard counted raw bytes, not the encoded message (477 KB of
    /// attachments made a 656 KB mail).
    #[test]
    fn the_size_limit_is_on_the_encoded_message() {
        let dir = tempfile::tempdir().unwrap();
        let text = "[smtp]\nhost = \"h\"\ntls = \"none\"\nfrom = \"a@b.cn\"\nmax_attachment_bytes = 10000\n\
                    [jobs.w]\nformats = [\"pdf\"]\noutput = \"o.{ext}\"\n[jobs.w.email]\nto = [\"c@d.cn\"]\n";
        let file = crate::config::JobsFile::parse(text, &dir.path().join("jobs.toml")).unwrap();
        let path = dir.path().join("o.pdf");
        std::fs::write(&path, vec![0xA5u8; 9000]).unwrap();
        let report = BuildOutput {
            files: vec![path],
            title: "t".into(),
            key_findings: vec![],
            html_summary: None,
        };
        let job = file.job("w").unwrap();
        let date = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let err = compose(
            "w",
            date,
            &[report],
            job.email.as_ref().unwrap(),
            file.smtp.as_ref().unwrap(),
        )
        .unwrap_err();
        assert!(err.contains("encoded message"), "{err}");
    }

    /// Issue 12 item 3: mail templates could print environment variables.
    #[test]
    fn mail_templates_cannot_read_the_environment() {
        let template = Template {
            origin: "subject.tera".into(),
            text: "{{ get_env(name=\"HOME\") }}".into(),
        };
        let err = render(&template, &tera::Context::new(), false).unwrap_err();
        assert!(err.contains("get_env"), "{err}");
    }
}
