//! Issue 12 for jobs and mail, against small SMTP servers written here (no aiosmtpd needed):
//! a server that trickles, one that echoes the AUTH line, and one after whose acceptance the
//! state cannot be written.

use crate::common;

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use common::{utc, FakeClock, TestBuilder};
use jianbao_jobs::{run_command_with_clock, JobResult, JobsCommand, JobsFiles};

/// How a fake server answers.
#[derive(Clone, Copy)]
enum Behaviour {
    /// Sends the greeting one byte every 300 ms, for ever.
    Trickle,
    /// Offers AUTH and refuses it, echoing the client's AUTH line in the reply.
    EchoAuth,
    /// Accepts mail, then runs the hook (to break the state file) before answering 250.
    Accept,
}

struct FakeServer {
    port: u16,
    mails: Arc<AtomicUsize>,
}

fn serve(behaviour: Behaviour, hook: Option<Box<dyn Fn() + Send + Sync>>) -> FakeServer {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let mails = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&mails);
    let hook: Arc<Option<Box<dyn Fn() + Send + Sync>>> = Arc::new(hook);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let counter = Arc::clone(&counter);
            let hook = Arc::clone(&hook);
            std::thread::spawn(move || {
                let _ = session(stream, behaviour, &counter, hook.as_ref().as_deref());
            });
        }
    });
    FakeServer { port, mails }
}

fn session(
    mut stream: TcpStream,
    behaviour: Behaviour,
    mails: &AtomicUsize,
    hook: Option<&(dyn Fn() + Send + Sync)>,
) -> std::io::Result<()> {
    if let Behaviour::Trickle = behaviour {
        loop {
            stream.write_all(b"2")?;
            std::thread::sleep(Duration::from_millis(300));
        }
    }
    stream.write_all(b"220 fake ESMTP\r\n")?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut line = String::new();
    let mut in_data = false;
    loop {
        line.clear();
        if reader.read_line(&mut line)? == 0 {
            return Ok(());
        }
        if in_data {
            if line == ".\r\n" {
                in_data = false;
                mails.fetch_add(1, Ordering::SeqCst);
                if let Some(hook) = hook {
                    hook();
                }
                stream.write_all(b"250 accepted\r\n")?;
            }
            continue;
        }
        let upper = line.to_ascii_uppercase();
        let reply: String = if upper.starts_with("EHLO") {
            "250-fake\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n".into()
        } else if upper.starts_with("AUTH") {
            format!("535 5.7.8 rejected: {}\r\n", line.trim_end())
        } else if upper.starts_with("DATA") {
            in_data = true;
            "354 go on\r\n".into()
        } else if upper.starts_with("QUIT") {
            stream.write_all(b"221 bye\r\n")?;
            return Ok(());
        } else {
            "250 ok\r\n".into()
        };
        stream.write_all(reply.as_bytes())?;
    }
}

fn jobs_file(dir: &Path, port: u16, smtp_extra: &str) -> PathBuf {
    let path = dir.join("jobs.toml");
    common::write(
        &path,
        &format!(
            "[smtp]\nhost = \"127.0.0.1\"\nport = {port}\ntls = \"none\"\nfrom = \"a@example.cn\"\n\
             timeout_seconds = 1\nattempts = 1\n{smtp_extra}\n\n\
             [jobs.weekly]\nformats = [\"md\"]\noutput = \"out/{{job}}-{{date:%Y%m%d}}.{{ext}}\"\n\
             schedule = \"0 8 * * MON\"\n[jobs.weekly.email]\nto = [\"b@example.cn\"]\n"
        ),
    );
    path
}

fn run(
    jobs: &Path,
    due: bool,
    clock: &FakeClock,
) -> Result<jianbao_jobs::RunSummary, jianbao_jobs::JobsError> {
    let cmd = JobsCommand::Run {
        files: JobsFiles {
            jobs: jobs.to_owned(),
            state: None,
        },
        names: if due {
            Vec::new()
        } else {
            vec!["weekly".to_owned()]
        },
        due,
        dry_run: false,
        date: (!due).then(|| NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()),
    };
    run_command_with_clock(&cmd, &TestBuilder::default(), clock)
}

fn failure(summary: &jianbao_jobs::RunSummary) -> String {
    match &summary.outcomes[0].result {
        JobResult::Failed(message) => message.clone(),
        other => panic!("expected a failure, got {other:?}"),
    }
}

/// Item 18: a server trickling a byte every 300 ms kept the send alive past
/// `timeout_seconds` for ever (the timeout was per read); and the message said
/// "Resource temporarily unavailable (os error 11)".
#[test]
fn a_trickling_server_is_given_up_on_after_timeout_seconds() {
    let dir = tempfile::tempdir().unwrap();
    let server = serve(Behaviour::Trickle, None);
    let jobs = jobs_file(dir.path(), server.port, "");
    let clock = FakeClock::at(utc(2026, 11, 23, 1, 0));
    let started = Instant::now();
    let summary = run(&jobs, false, &clock).unwrap();
    assert!(
        started.elapsed() < Duration::from_secs(8),
        "took {:?}",
        started.elapsed()
    );
    let message = failure(&summary);
    assert!(message.contains("timeout_seconds"), "{message}");
    assert!(!message.contains("os error 11"), "{message}");
}

/// Item 5: a server echoing the AUTH line put the credentials into logs and the state file.
#[test]
fn server_replies_are_redacted() {
    let dir = tempfile::tempdir().unwrap();
    let server = serve(Behaviour::EchoAuth, None);
    common::write(
        &dir.path().join("secret.toml"),
        "username = \"analyst\"\npassword = \"S3cret-pass\"\n",
    );
    let jobs = jobs_file(
        dir.path(),
        server.port,
        "credentials_file = \"secret.toml\"",
    );
    let clock = FakeClock::at(utc(2026, 11, 23, 1, 0));
    let summary = run(&jobs, false, &clock).unwrap();
    let message = failure(&summary);
    assert!(message.contains("535"), "{message}");
    let state = std::fs::read_to_string(dir.path().join("jobs.state.toml")).unwrap();
    use base64::Engine as _;
    let plain = base64::engine::general_purpose::STANDARD.encode("\0analyst\0S3cret-pass");
    for secret in ["S3cret-pass", plain.as_str()] {
        assert!(!message.contains(secret), "{message}");
        assert!(!state.contains(secret), "{state}");
    }
}

/// Item 5: AUTH over plain text to another machine is refused before anything is sent.
#[test]
fn plain_text_auth_to_a_remote_host_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let jobs = jobs_file(dir.path(), 25, "credentials_file = \"secret.toml\"");
    let text = std::fs::read_to_string(&jobs)
        .unwrap()
        .replace("127.0.0.1", "mail.example.cn");
    std::fs::write(&jobs, text).unwrap();
    let clock = FakeClock::at(utc(2026, 11, 23, 1, 0));
    let err = run(&jobs, false, &clock).unwrap_err().to_string();
    assert!(err.contains("clear text"), "{err}");
}

/// Item 12: mail sent, then the state could not be written: the next `--due` mailed the
/// report again.
#[test]
fn a_report_is_never_mailed_twice_when_the_state_write_fails() {
    let dir = tempfile::tempdir().unwrap();
    let lock = dir.path().join("jobs.state.toml.lock");
    let breaker = lock.clone();
    // once the mail is accepted, the state lock file becomes a directory: updates fail
    let server = serve(
        Behaviour::Accept,
        Some(Box::new(move || {
            let _ = std::fs::remove_file(&breaker);
            let _ = std::fs::create_dir_all(&breaker);
        })),
    );
    let jobs = jobs_file(dir.path(), server.port, "");
    // Sunday: first seen; Monday 08:00 Shanghai (00:00 UTC) is due
    let clock = FakeClock::at(utc(2026, 11, 22, 1, 0));
    run(&jobs, true, &clock).unwrap();
    clock.set(utc(2026, 11, 23, 1, 0));
    let first = run(&jobs, true, &clock);
    assert_eq!(server.mails.load(Ordering::SeqCst), 1);
    assert!(
        first.is_err(),
        "the state write after sending should fail here"
    );
    std::fs::remove_dir_all(&lock).unwrap();
    clock.set(utc(2026, 11, 23, 1, 5));
    let again = run(&jobs, true, &clock).unwrap();
    assert_eq!(again.ran, 0, "{again:?}");
    assert_eq!(server.mails.load(Ordering::SeqCst), 1, "mailed twice");
}

/// Item 13: a covered_until in the future silently disabled a job.
#[test]
fn a_future_covered_until_is_reset_and_the_job_runs() {
    let dir = tempfile::tempdir().unwrap();
    let server = serve(Behaviour::Accept, None);
    let jobs = jobs_file(dir.path(), server.port, "");
    common::write(
        &dir.path().join("jobs.state.toml"),
        "[jobs.weekly]\ncovered_until = \"2099-01-01T00:00:00Z\"\n",
    );
    let clock = FakeClock::at(utc(2026, 11, 22, 1, 0));
    run(&jobs, true, &clock).unwrap();
    clock.set(utc(2026, 11, 23, 1, 0));
    let summary = run(&jobs, true, &clock).unwrap();
    assert_eq!(summary.ran, 1, "{summary:?}");
    assert_eq!(server.mails.load(Ordering::SeqCst), 1);
}

/// Item 18: absurd retry settings were accepted.
#[test]
fn absurd_retry_settings_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::at(utc(2026, 11, 23, 1, 0));
    for extra in [
        "retry_delay_seconds = 18446744073709551615",
        "timeout_seconds = 0",
    ] {
        let jobs = jobs_file(dir.path(), 25, "");
        let text = std::fs::read_to_string(&jobs).unwrap();
        let text = text.replace("timeout_seconds = 1\n", &format!("{extra}\n"));
        std::fs::write(&jobs, text).unwrap();
        let err = run(&jobs, false, &clock).unwrap_err().to_string();
        assert!(err.contains("out of bounds"), "{extra}: {err}");
    }
}

/// Item 4: an output pattern could point anywhere, even onto the jobs file.
#[test]
fn outputs_stay_inside_and_off_the_jobs_files() {
    let dir = tempfile::tempdir().unwrap();
    let clock = FakeClock::at(utc(2026, 11, 23, 1, 0));
    for pattern in ["../escape.{ext}", "/tmp/escape.{ext}", "{job}.toml"] {
        let path = dir.path().join("jobs.toml");
        common::write(
            &path,
            &format!("[jobs.jobs]\nformats = [\"md\"]\noutput = \"{pattern}\"\n"),
        );
        let cmd = JobsCommand::Run {
            files: JobsFiles {
                jobs: path.clone(),
                state: None,
            },
            names: vec!["jobs".to_owned()],
            due: false,
            dry_run: false,
            date: None,
        };
        let err = run_command_with_clock(&cmd, &TestBuilder::default(), &clock)
            .unwrap_err()
            .to_string();
        assert!(err.contains("jobs.toml:3:"), "{pattern}: {err}");
    }
}
