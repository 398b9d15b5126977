//! Email delivery against a real SMTP server (aiosmtpd on 127.0.0.1): what arrives, how it
//! decodes in a standard parser, and retry behaviour when the server misbehaves.

use crate::common;

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::NaiveDate;
use common::{parse_with_python, skip_or_fail, utc, FakeClock, SmtpServer, TestBuilder};
use jianbao_jobs::{
    run_command_with_clock, Delivery, JobResult, JobsCommand, JobsFiles, RunSummary,
};

const DATE: (i32, u32, u32) = (2026, 11, 23);

fn jobs_file(dir: &Path, port: u16, smtp_extra: &str) -> PathBuf {
    jobs_file_with_tls(dir, port, "none", smtp_extra)
}

fn jobs_file_with_tls(dir: &Path, port: u16, tls: &str, smtp_extra: &str) -> PathBuf {
    let path = dir.join("jobs.toml");
    common::write(
        &path,
        &format!(
            r#"
[smtp]
host = "127.0.0.1"
port = {port}
tls = "{tls}"
from = "简报系统 <briefings@example.cn>"
retry_delay_seconds = 5
timeout_seconds = 10
{smtp_extra}

[jobs.weekly]
regions = ["广东", "江苏"]
formats = ["pdf", "docx", "html", "md"]
output = "out/{{job}}/{{date:%Y%m%d}}-周报.{{ext}}"

[jobs.weekly.email]
to = ["王处长 <leader@example.cn>"]
cc = ["analyst@example.cn"]
"#
        ),
    );
    path
}

fn run_weekly(jobs: &Path, dry_run: bool, builder: &TestBuilder, clock: &FakeClock) -> RunSummary {
    let cmd = JobsCommand::Run {
        files: JobsFiles {
            jobs: jobs.to_owned(),
            state: None,
        },
        names: vec!["weekly".to_owned()],
        due: false,
        dry_run,
        date: NaiveDate::from_ymd_opt(DATE.0, DATE.1, DATE.2),
    };
    run_command_with_clock(&cmd, builder, clock).unwrap()
}

fn clock() -> FakeClock {
    FakeClock::at(utc(2026, 11, 23, 1, 0))
}

fn failure(summary: &RunSummary) -> String {
    assert_eq!((summary.ran, summary.failed), (1, 1), "{summary:?}");
    match &summary.outcomes[0].result {
        JobResult::Failed(message) => message.clone(),
        other => panic!("expected a failure, got {other:?}"),
    }
}

fn tries(summary: &RunSummary) -> u32 {
    match &summary.outcomes[0].result {
        JobResult::Succeeded {
            delivery: Delivery::Sent { tries },
            ..
        } => *tries,
        other => panic!("expected a sent message, got {other:?}"),
    }
}

/// Checks a message as Python reads it: Chinese file names, MIME types, exact bytes, bodies.
fn check_message(eml: &Path, builder: &TestBuilder) {
    let parsed = parse_with_python(eml);
    assert!(parsed.defects.is_empty(), "{:?}", parsed.defects);
    assert_eq!(parsed.subject, "广东、江苏简报（2026-11-23）");
    assert!(parsed.from.contains("简报系统"), "{}", parsed.from);
    assert!(parsed.to.contains("王处长"), "{}", parsed.to);
    let text = parsed.text.as_deref().unwrap();
    assert!(text.contains("- 广东 GDP 同比增长 5.1%"), "{text}");
    assert!(
        text.contains("<b>不应被当作标签</b>"),
        "plain text is not escaped: {text}"
    );
    let html = parsed.html.as_deref().unwrap();
    assert!(html.contains("<li>广东 GDP 同比增长 5.1%</li>"), "{html}");
    assert!(
        html.contains("&lt;b&gt;不应被当作标签&lt;&#x2F;b&gt;"),
        "findings are escaped in HTML: {html}"
    );

    let request = &builder.calls()[0];
    let expected = [
        ("20261123-周报.pdf", "application/pdf", "pdf"),
        (
            "20261123-周报.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "docx",
        ),
        ("20261123-周报.html", "text/html", "html"),
        ("20261123-周报.md", "text/markdown", "md"),
    ];
    assert_eq!(parsed.attachments.len(), expected.len());
    for (attachment, (name, mime, format)) in parsed.attachments.iter().zip(expected) {
        assert_eq!(attachment.filename.as_deref(), Some(name));
        assert_eq!(attachment.content_type_name.as_deref(), Some(name));
        assert_eq!(attachment.content_type, mime);
        let (_, path) = request.outputs.iter().find(|(f, _)| f == format).unwrap();
        let on_disk = std::fs::read(path).unwrap();
        assert_eq!(
            attachment.data(),
            on_disk,
            "{name} decodes to the file written"
        );
        assert_eq!(on_disk, common::expected_content(request, format));
    }
}

#[test]
fn message_arrives_with_exact_attachments_and_chinese_names() {
    let dir = tempfile::tempdir().unwrap();
    let Some(server) = SmtpServer::start(&dir.path().join("smtp"), "accept", &[]) else {
        return;
    };
    let jobs = jobs_file(dir.path(), server.port, "");
    let builder = TestBuilder::default();
    let clock = clock();
    let summary = run_weekly(&jobs, false, &builder, &clock);
    assert!(summary.success(), "{summary:?}");
    assert_eq!(tries(&summary), 1);
    let messages = server.messages();
    assert_eq!(messages.len(), 1);
    check_message(&messages[0], &builder);
    // Both the To and the Cc address were given to the server as recipients.
    let data = server
        .events()
        .into_iter()
        .find(|e| e.starts_with("data "))
        .unwrap();
    assert!(
        data.contains("leader@example.cn") && data.contains("analyst@example.cn"),
        "{data}"
    );
    // RFC 2231 file names, as lettre writes them (checked so a change of encoding is noticed),
    // plus the RFC 2047 `name` parameter that older clients read.
    let raw = String::from_utf8_lossy(&std::fs::read(&messages[0]).unwrap()).into_owned();
    assert!(
        raw.contains("filename*0*=utf-8''20261123-%E5%91%A8%E6%8A%A5.pdf"),
        "{raw}"
    );
    assert!(clock.sleeps().is_empty());
}

#[test]
fn transient_421_is_retried_after_a_delay() {
    let dir = tempfile::tempdir().unwrap();
    let Some(server) = SmtpServer::start(&dir.path().join("smtp"), "421-first", &[]) else {
        return;
    };
    let jobs = jobs_file(dir.path(), server.port, "");
    let builder = TestBuilder::default();
    let clock = clock();
    let summary = run_weekly(&jobs, false, &builder, &clock);
    assert!(summary.success(), "{summary:?}");
    assert_eq!(tries(&summary), 2);
    assert_eq!(server.count("421"), 1);
    assert_eq!(server.messages().len(), 1);
    assert_eq!(clock.sleeps(), vec![Duration::from_secs(5)]);
    check_message(&server.messages()[0], &builder);
}

#[test]
fn dropped_connection_is_retried() {
    let dir = tempfile::tempdir().unwrap();
    let Some(server) = SmtpServer::start(&dir.path().join("smtp"), "drop-first", &[]) else {
        return;
    };
    let jobs = jobs_file(dir.path(), server.port, "");
    let clock = clock();
    let summary = run_weekly(&jobs, false, &TestBuilder::default(), &clock);
    assert!(summary.success(), "{summary:?}");
    assert_eq!(tries(&summary), 2);
    assert_eq!(server.count("drop"), 1);
    assert_eq!(server.messages().len(), 1);
}

#[test]
fn server_that_keeps_dropping_fails_after_three_tries_with_backoff() {
    let dir = tempfile::tempdir().unwrap();
    let Some(server) = SmtpServer::start(&dir.path().join("smtp"), "drop", &[]) else {
        return;
    };
    let jobs = jobs_file(dir.path(), server.port, "");
    let clock = clock();
    let summary = run_weekly(&jobs, false, &TestBuilder::default(), &clock);
    let message = failure(&summary);
    assert!(message.contains("failed 3 times"), "{message}");
    assert_eq!(server.count("mail"), 3);
    assert_eq!(
        clock.sleeps(),
        vec![Duration::from_secs(5), Duration::from_secs(10)]
    );
    assert!(server.messages().is_empty());
    // The outputs were written even though the mail could not go out.
    assert!(dir.path().join("out/weekly/20261123-周报.pdf").is_file());
}

#[test]
fn permanent_rejection_is_reported_not_retried() {
    let dir = tempfile::tempdir().unwrap();
    let Some(server) = SmtpServer::start(&dir.path().join("smtp"), "reject", &[]) else {
        return;
    };
    let jobs = jobs_file(dir.path(), server.port, "");
    let clock = clock();
    let summary = run_weekly(&jobs, false, &TestBuilder::default(), &clock);
    let message = failure(&summary);
    assert!(
        message.contains("550") && message.contains("not retried"),
        "{message}"
    );
    assert_eq!(server.count("mail"), 1);
    assert!(clock.sleeps().is_empty());
    assert!(server.messages().is_empty());
}

#[test]
fn refused_connection_is_retried_then_reported() {
    // A port nobody listens on: bind to get a free one, then close it.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let dir = tempfile::tempdir().unwrap();
    let jobs = jobs_file(dir.path(), port, "");
    let clock = clock();
    let summary = run_weekly(&jobs, false, &TestBuilder::default(), &clock);
    let message = failure(&summary);
    assert!(
        message.contains("failed 3 times") && message.contains(&format!("127.0.0.1:{port}")),
        "{message}"
    );
    assert_eq!(clock.sleeps().len(), 2);
}

#[test]
fn credentials_come_from_the_named_file_and_bad_ones_are_not_retried() {
    let dir = tempfile::tempdir().unwrap();
    let Some(server) = SmtpServer::start(
        &dir.path().join("smtp"),
        "accept",
        &["--auth", "analyst:right-password"],
    ) else {
        return;
    };
    let jobs = jobs_file(
        dir.path(),
        server.port,
        "credentials_file = \"secret/smtp.toml\"",
    );
    let secret = dir.path().join("secret/smtp.toml");

    common::write(&secret, "username = \"analyst\"\npassword = \"wrong\"\n");
    let clock = clock();
    let summary = run_weekly(&jobs, false, &TestBuilder::default(), &clock);
    let message = failure(&summary);
    assert!(
        message.contains("535") && message.contains("credentials"),
        "{message}"
    );
    assert_eq!((server.count("auth-fail"), server.count("auth-ok")), (1, 0));
    assert!(clock.sleeps().is_empty());

    common::write(
        &secret,
        "username = \"analyst\"\npassword = \"right-password\"\n",
    );
    let summary = run_weekly(&jobs, false, &TestBuilder::default(), &clock);
    assert!(summary.success(), "{summary:?}");
    assert_eq!(server.count("auth-ok"), 1);
    assert_eq!(server.messages().len(), 1);
}

#[test]
fn missing_credential_variable_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let extra = "username_env = \"JIANBAO_TEST_UNSET_USER_7f3a\"\npassword_env = \"JIANBAO_TEST_UNSET_PASSWORD_7f3a\"";
    let jobs = jobs_file(dir.path(), 9, extra);
    let summary = run_weekly(&jobs, false, &TestBuilder::default(), &clock());
    let message = failure(&summary);
    assert!(
        message.contains("JIANBAO_TEST_UNSET_USER_7f3a") && message.contains("not set"),
        "{message}"
    );
}

#[test]
fn oversized_attachments_are_refused_before_connecting() {
    let dir = tempfile::tempdir().unwrap();
    let Some(server) = SmtpServer::start(&dir.path().join("smtp"), "accept", &[]) else {
        return;
    };
    let jobs = jobs_file(dir.path(), server.port, "max_attachment_bytes = 1000");
    let summary = run_weekly(&jobs, false, &TestBuilder::default(), &clock());
    let message = failure(&summary);
    assert!(
        message.contains("over the limit") && message.contains("max_attachment_bytes"),
        "{message}"
    );
    assert!(
        message.contains("20261123-周报.pdf"),
        "names the files: {message}"
    );
    assert_eq!(server.count("mail"), 0);
}

#[test]
fn dry_run_writes_an_eml_that_parses_back() {
    let dir = tempfile::tempdir().unwrap();
    // Nothing listens on port 9 here; a dry run must not try.
    let jobs = jobs_file(dir.path(), 9, "");
    let builder = TestBuilder::default();
    let summary = run_weekly(&jobs, true, &builder, &clock());
    let eml = match &summary.outcomes[0].result {
        JobResult::Succeeded {
            delivery: Delivery::Eml(path),
            ..
        } => path.clone(),
        other => panic!("{other:?}"),
    };
    assert_eq!(eml, dir.path().join("out/weekly/weekly-20261123.eml"));
    if std::process::Command::new("python3")
        .arg("--version")
        .output()
        .is_err()
    {
        skip_or_fail("SKIPPED parsing: python3 is not installed");
        return;
    }
    check_message(&eml, &builder);
    assert!(
        !dir.path().join("jobs.state.toml").exists(),
        "a dry run records nothing"
    );
}

/// A throwaway CA and a certificate for 127.0.0.1 signed by it (openssl), as an internal mail
/// server would have. None (after a note) if openssl is missing.
fn make_certificates(dir: &Path) -> Option<(PathBuf, PathBuf)> {
    let run = |args: &[&str]| {
        std::process::Command::new("openssl")
            .args(args)
            .current_dir(dir)
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    };
    let ec = [
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
    ];
    let ok = run(&[
        &["req", "-x509"][..],
        &ec,
        &[
            "-keyout",
            "ca.key",
            "-out",
            "ca.pem",
            "-days",
            "2",
            "-subj",
            "/CN=jianbao test CA",
        ],
    ]
    .concat())
        && run(&[
            &["req"][..],
            &ec,
            &[
                "-keyout",
                "server.key",
                "-out",
                "server.csr",
                "-subj",
                "/CN=127.0.0.1",
            ],
        ]
        .concat())
        && std::fs::write(
            dir.join("server.ext"),
            "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n",
        )
        .is_ok()
        && run(&[
            "x509",
            "-req",
            "-in",
            "server.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-out",
            "server.pem",
            "-days",
            "2",
            "-extfile",
            "server.ext",
        ]);
    if !ok {
        skip_or_fail("SKIPPED: openssl is not available to make test certificates");
        return None;
    }
    // The server's certificate file carries its key too (what Python's load_cert_chain reads).
    Some((dir.join("server.pem"), dir.join("server.key")))
}

#[test]
fn starttls_and_implicit_tls_work_with_an_internal_ca() {
    for mode in ["starttls", "implicit"] {
        let dir = tempfile::tempdir().unwrap();
        let Some((cert, key)) = make_certificates(dir.path()) else {
            return;
        };
        let tls_args = [
            "--tls",
            mode,
            "--cert",
            cert.to_str().unwrap(),
            "--key",
            key.to_str().unwrap(),
        ];
        let Some(server) = SmtpServer::start(&dir.path().join("smtp"), "accept", &tls_args) else {
            return;
        };
        let jobs = jobs_file_with_tls(dir.path(), server.port, mode, "ca_file = \"ca.pem\"");
        let builder = TestBuilder::default();
        let summary = run_weekly(&jobs, false, &builder, &clock());
        assert!(summary.success(), "{mode}: {summary:?}");
        let data = server
            .events()
            .into_iter()
            .find(|e| e.starts_with("data "))
            .unwrap();
        assert!(
            data.ends_with(" tls"),
            "{mode}: the message went over TLS: {data}"
        );
        check_message(&server.messages()[0], &builder);
    }
}

#[test]
fn certificate_from_an_unknown_ca_is_refused_without_retrying() {
    let dir = tempfile::tempdir().unwrap();
    let Some((cert, key)) = make_certificates(dir.path()) else {
        return;
    };
    let tls_args = [
        "--tls",
        "implicit",
        "--cert",
        cert.to_str().unwrap(),
        "--key",
        key.to_str().unwrap(),
    ];
    let Some(server) = SmtpServer::start(&dir.path().join("smtp"), "accept", &tls_args) else {
        return;
    };
    let jobs = jobs_file_with_tls(dir.path(), server.port, "implicit", "");
    let clock = clock();
    let message = failure(&run_weekly(&jobs, false, &TestBuilder::default(), &clock));
    assert!(
        message.contains("UnknownIssuer") && message.contains("ca_file"),
        "{message}"
    );
    assert!(clock.sleeps().is_empty());
    assert!(server.messages().is_empty());
}

#[test]
fn templates_can_be_overridden_by_path_and_broken_ones_are_located() {
    let dir = tempfile::tempdir().unwrap();
    let jobs = jobs_file(dir.path(), 9, "");
    let mut text = std::fs::read_to_string(&jobs).unwrap();
    text.push_str(
        "subject_template = \"mail/subject.tera\"\ntext_template = \"mail/body.txt.tera\"\n",
    );
    common::write(&jobs, &text);
    common::write(
        &dir.path().join("mail/subject.tera"),
        "【{{ job }}】{{ title }}\n{{ date }}\n",
    );
    common::write(
        &dir.path().join("mail/body.txt.tera"),
        "{% for r in reports %}{% for f in r.key_findings %}* {{ f }}\n{% endfor %}{% endfor %}",
    );
    let summary = run_weekly(&jobs, true, &TestBuilder::default(), &clock());
    let JobResult::Succeeded {
        delivery: Delivery::Eml(eml),
        ..
    } = &summary.outcomes[0].result
    else {
        panic!("{summary:?}")
    };
    if std::process::Command::new("python3")
        .arg("--version")
        .output()
        .is_err()
    {
        skip_or_fail("SKIPPED parsing: python3 is not installed");
        return;
    }
    let parsed = parse_with_python(eml);
    assert_eq!(
        parsed.subject, "【weekly】广东、江苏简报 2026-11-23",
        "one line, whitespace collapsed"
    );
    assert_eq!(
        parsed
            .text
            .map(|t| t.replace("\r\n", "\n").trim_end().to_owned())
            .as_deref(),
        Some("* 广东 GDP 同比增长 5.1%\n* <b>不应被当作标签</b>")
    );
    assert!(
        parsed
            .html
            .unwrap()
            .contains("<li>广东 GDP 同比增长 5.1%</li>"),
        "the HTML body keeps its default"
    );

    common::write(&dir.path().join("mail/subject.tera"), "{{ title ");
    let cmd = JobsCommand::Run {
        files: JobsFiles {
            jobs: jobs.clone(),
            state: None,
        },
        names: vec!["weekly".to_owned()],
        due: false,
        dry_run: true,
        date: None,
    };
    let error = run_command_with_clock(&cmd, &TestBuilder::default(), &clock())
        .unwrap_err()
        .to_string();
    let line = text
        .lines()
        .position(|l| l.starts_with("subject_template"))
        .unwrap()
        + 1;
    assert!(
        error.contains(&format!("jobs.toml:{line}:")) && error.contains("subject.tera"),
        "{error}"
    );
}
