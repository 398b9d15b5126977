//! Shared test fixtures: a report builder that writes small real files, a clock that moves only
//! when told, a real SMTP server (aiosmtpd) and Python's email parser.
#![allow(dead_code)] // not every helper is used by this crate's tests

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::Duration;

use chrono::{DateTime, TimeZone, Utc};
use jianbao_jobs::{BuildOutput, BuildRequest, Clock, ReportBuilder};

pub fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap()
}

/// A clock that stands still until moved; `sleep` moves it and records the wait.
pub struct FakeClock {
    now: Mutex<DateTime<Utc>>,
    pub sleeps: Mutex<Vec<Duration>>,
}

impl FakeClock {
    pub fn at(now: DateTime<Utc>) -> FakeClock {
        FakeClock {
            now: Mutex::new(now),
            sleeps: Mutex::new(Vec::new()),
        }
    }

    pub fn set(&self, now: DateTime<Utc>) {
        *self.now.lock().unwrap() = now;
    }

    pub fn sleeps(&self) -> Vec<Duration> {
        self.sleeps.lock().unwrap().clone()
    }
}

impl Clock for FakeClock {
    fn now(&self) -> DateTime<Utc> {
        *self.now.lock().unwrap()
    }

    fn sleep(&self, duration: Duration) {
        self.sleeps.lock().unwrap().push(duration);
        let mut now = self.now.lock().unwrap();
        *now += chrono::Duration::from_std(duration).unwrap();
    }
}

/// The bytes the test builder writes for one output: readable header plus every byte value,
/// so a lossy transfer encoding would show.
pub fn expected_content(req: &BuildRequest, format: &str) -> Vec<u8> {
    let mut bytes = format!(
        "{} {} {} {}\n",
        req.job,
        req.date,
        format,
        req.regions.join(",")
    )
    .into_bytes();
    bytes.extend(0u8..=255);
    bytes
}

/// Writes every requested output (temp file in the same directory, then rename), slowly if
/// asked, and records each call.
#[derive(Default)]
pub struct TestBuilder {
    pub calls: Mutex<Vec<BuildRequest>>,
    /// Time spent writing each file (in small chunks), to widen race windows.
    pub write_delay: Duration,
    /// Jobs that fail instead of building.
    pub fail_jobs: Vec<String>,
    /// A file to append "job date" to after each build (visible across processes).
    pub log: Option<PathBuf>,
}

impl TestBuilder {
    pub fn calls(&self) -> Vec<BuildRequest> {
        self.calls.lock().unwrap().clone()
    }
}

impl ReportBuilder for TestBuilder {
    fn build(
        &self,
        req: &BuildRequest,
    ) -> Result<BuildOutput, Box<dyn std::error::Error + Send + Sync>> {
        self.calls.lock().unwrap().push(req.clone());
        if self.fail_jobs.contains(&req.job) {
            return Err(format!("no facts for {}", req.regions.join("、")).into());
        }
        let mut files = Vec::new();
        for (format, path) in &req.outputs {
            let bytes = expected_content(req, format);
            let tmp = path.with_file_name(format!(
                ".{}.part",
                path.file_name().unwrap().to_string_lossy()
            ));
            let mut file = std::fs::File::create(&tmp)?;
            for chunk in bytes.chunks(64) {
                file.write_all(chunk)?;
                file.flush()?;
                std::thread::sleep(self.write_delay / 5);
            }
            file.sync_all()?;
            std::fs::rename(&tmp, path)?;
            files.push(path.clone());
        }
        if let Some(log) = &self.log {
            let mut f = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(log)?;
            writeln!(f, "{} {}", req.job, req.date)?;
        }
        Ok(BuildOutput {
            files,
            title: format!("{}简报", req.regions.join("、")),
            key_findings: vec![
                "广东 GDP 同比增长 5.1%".to_owned(),
                "<b>不应被当作标签</b>".to_owned(),
            ],
            html_summary: None,
        })
    }
}

pub fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn have_aiosmtpd() -> bool {
    Command::new("python3")
        .args(["-c", "import aiosmtpd"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// A running `tests/smtp_server.py`; stopped (stdin closed, then waited for) when dropped.
pub struct SmtpServer {
    child: Child,
    pub port: u16,
    pub dir: PathBuf,
}

impl SmtpServer {
    /// Starts the server in `mode`, or returns None (after printing why) if python3 or
    /// aiosmtpd is missing.
    /// `extra` are further arguments: `--auth USER:PASSWORD`, `--tls implicit --cert C --key K`.
    pub fn start(dir: &Path, mode: &str, extra: &[&str]) -> Option<SmtpServer> {
        if !have_aiosmtpd() {
            skip_or_fail(
                "SKIPPED: python3 with aiosmtpd is not installed (.ci/install installs it)",
            );
            return None;
        }
        std::fs::create_dir_all(dir).unwrap();
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/smtp_server.py");
        let mut command = Command::new("python3");
        command.arg(script).arg(dir).arg(mode).args(extra);
        let mut child = command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let port = line
            .trim()
            .strip_prefix("PORT ")
            .unwrap_or_else(|| panic!("server said {line:?}"))
            .parse()
            .unwrap();
        Some(SmtpServer {
            child,
            port,
            dir: dir.to_owned(),
        })
    }

    pub fn events(&self) -> Vec<String> {
        std::fs::read_to_string(self.dir.join("events.log"))
            .unwrap_or_default()
            .lines()
            .map(str::to_owned)
            .collect()
    }

    pub fn count(&self, event: &str) -> usize {
        self.events()
            .iter()
            .filter(|e| e.split(' ').next() == Some(event))
            .count()
    }

    pub fn messages(&self) -> Vec<PathBuf> {
        let mut found: Vec<PathBuf> = std::fs::read_dir(&self.dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "eml"))
            .collect();
        found.sort();
        found
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        drop(self.child.stdin.take());
        for _ in 0..50 {
            if self.child.try_wait().ok().flatten().is_some() {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A message as Python's `email` package reads it.
#[derive(Debug, serde::Deserialize)]
pub struct ParsedMessage {
    pub subject: String,
    pub from: String,
    pub to: String,
    pub text: Option<String>,
    pub html: Option<String>,
    pub attachments: Vec<ParsedAttachment>,
    pub defects: Vec<String>,
}

#[derive(Debug, serde::Deserialize)]
pub struct ParsedAttachment {
    pub filename: Option<String>,
    pub content_type_name: Option<String>,
    pub content_type: String,
    pub data_hex: String,
}

impl ParsedAttachment {
    pub fn data(&self) -> Vec<u8> {
        (0..self.data_hex.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&self.data_hex[i..i + 2], 16).unwrap())
            .collect()
    }
}

pub fn parse_with_python(eml: &Path) -> ParsedMessage {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/parse_eml.py");
    let out = Command::new("python3")
        .arg(script)
        .arg(eml)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "parse_eml.py: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Reports a check skipped for a missing tool; in CI (`JIANBAO_REQUIRE_TOOLS` set by .ci/run) a
/// missing tool is a failure, so a green run means every check really ran.
pub fn skip_or_fail(note: &str) {
    assert!(
        std::env::var_os("JIANBAO_REQUIRE_TOOLS").is_none(),
        "required tool missing: {note}"
    );
    eprintln!("{note}");
}
