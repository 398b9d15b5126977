//! Real processes: two `run --due` invocations at once, a run killed mid-build, and the daemon
//! stopping on SIGTERM after the job in hand. Each child is this test binary re-run on the
//! ignored `child_process` entry point, with the command line in an environment variable and
//! parsed by the same clap enum the root CLI embeds.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use clap::Parser;
use common::TestBuilder;
use jianbao_jobs::{run_command, JobsCommand, JobsFiles};

const ARGS_VAR: &str = "JIANBAO_JOBS_TEST_CHILD_ARGS";
const DELAY_VAR: &str = "JIANBAO_JOBS_TEST_CHILD_DELAY_MS";
const LOG_VAR: &str = "JIANBAO_JOBS_TEST_CHILD_LOG";

#[derive(Parser)]
#[command(name = "jianbao")]
struct Cli {
    #[command(subcommand)]
    command: Top,
}

#[derive(clap::Subcommand)]
enum Top {
    /// As the root CLI embeds it: `jianbao jobs ...`.
    #[command(subcommand)]
    Jobs(JobsCommand),
}

/// Entry point of the child processes (run only by the tests below, via `--ignored`).
#[test]
#[ignore = "entry point for child processes started by the other tests"]
fn child_process() {
    let args = std::env::var(ARGS_VAR).expect("run by the process tests only");
    let Top::Jobs(command) = Cli::parse_from(args.split('\n')).command;
    let builder = TestBuilder {
        write_delay: Duration::from_millis(std::env::var(DELAY_VAR).unwrap().parse().unwrap()),
        log: Some(PathBuf::from(std::env::var(LOG_VAR).unwrap())),
        ..TestBuilder::default()
    };
    match run_command(&command, &builder) {
        Ok(summary) if summary.success() => std::process::exit(0),
        Ok(_) => std::process::exit(1),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2)
        }
    }
}

fn spawn_child(dir: &Path, args: &[&str], delay_ms: u64) -> Child {
    let mut all = vec!["jianbao", "jobs"];
    all.extend_from_slice(args);
    Command::new(std::env::current_exe().unwrap())
        .args([
            "--ignored",
            "--exact",
            // the name of `child_process` above in the one test binary (tests/it/main.rs)
            "processes::child_process",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(ARGS_VAR, all.join("\n"))
        .env(DELAY_VAR, delay_ms.to_string())
        .env(LOG_VAR, dir.join("builds.log"))
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn builds(dir: &Path) -> Vec<String> {
    std::fs::read_to_string(dir.join("builds.log"))
        .unwrap_or_default()
        .lines()
        .map(str::to_owned)
        .collect()
}

/// A jobs file whose two daily jobs are due now: the state says they were last covered in 2020.
fn due_setup(dir: &Path) -> PathBuf {
    let jobs = dir.join("jobs.toml");
    common::write(
        &jobs,
        r#"
[jobs.daily]
regions = ["广东"]
formats = ["pdf", "docx"]
output = "out/{job}/{date:%Y%m%d}-日报.{ext}"
schedule = "0 0 * * *"
time_zone = "UTC"

[jobs.profile]
formats = ["md"]
output = "out/{job}/{date:%Y%m%d}.{ext}"
schedule = "0 0 * * *"
time_zone = "UTC"
"#,
    );
    common::write(
        &dir.join("jobs.state.toml"),
        "[jobs.daily]\ncovered_until = \"2020-01-01T00:00:00Z\"\n\n[jobs.profile]\ncovered_until = \"2020-01-01T00:00:00Z\"\n",
    );
    jobs
}

fn wait_for(what: &str, timeout: Duration, mut done: impl FnMut() -> bool) {
    let start = Instant::now();
    while !done() {
        assert!(start.elapsed() < timeout, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn today() -> String {
    chrono::Utc::now().format("%Y%m%d").to_string()
}

#[test]
fn two_overlapping_due_processes_build_each_output_once() {
    let dir = tempfile::tempdir().unwrap();
    let jobs = due_setup(dir.path());
    let jobs_arg = jobs.to_str().unwrap();
    let children: Vec<Child> = (0..2)
        .map(|_| spawn_child(dir.path(), &["run", "--due", "--jobs", jobs_arg], 300))
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let mut log = builds(dir.path());
    log.sort();
    let day = chrono::Utc::now().date_naive().to_string();
    assert_eq!(
        log,
        vec![format!("daily {day}"), format!("profile {day}")],
        "each job built once"
    );
    assert!(dir
        .path()
        .join(format!("out/daily/{}-日报.pdf", today()))
        .is_file());
}

#[test]
fn killed_run_leaves_no_partial_output_and_the_next_run_recovers() {
    let dir = tempfile::tempdir().unwrap();
    let jobs = due_setup(dir.path());
    let mut child = spawn_child(
        dir.path(),
        &["run", "--due", "--jobs", jobs.to_str().unwrap()],
        5000,
    );
    let out_dir = dir.path().join("out/daily");
    let partial = out_dir.join(format!(".{}-日报.pdf.part", today()));
    wait_for(
        "the build to start writing",
        Duration::from_secs(60),
        || partial.exists(),
    );
    child.kill().unwrap(); // SIGKILL: no chance to clean up
    child.wait().unwrap();

    let pdf = out_dir.join(format!("{}-日报.pdf", today()));
    assert!(!pdf.exists(), "no half-written file at the final path");
    let state: toml::Value =
        toml::from_str(&std::fs::read_to_string(dir.path().join("jobs.state.toml")).unwrap())
            .unwrap();
    let daily = &state["jobs"]["daily"];
    assert_eq!(
        daily["covered_until"].as_str(),
        Some("2020-01-01T00:00:00Z"),
        "window not marked done"
    );
    assert!(daily.get("last_started").is_some() && daily.get("last_finished").is_none());

    // The next invocation gets the lock the OS released and runs the job again, completely.
    let builder = TestBuilder::default();
    let cmd = JobsCommand::Run {
        files: JobsFiles {
            jobs: jobs.clone(),
            state: None,
        },
        names: vec![],
        due: true,
        dry_run: false,
        date: None,
    };
    let summary = run_command(&cmd, &builder).unwrap();
    assert_eq!((summary.ran, summary.failed, summary.skipped), (2, 0, 0));
    let request = builder
        .calls()
        .into_iter()
        .find(|r| r.job == "daily")
        .unwrap();
    assert_eq!(
        std::fs::read(&pdf).unwrap(),
        common::expected_content(&request, "pdf")
    );
}

#[test]
fn daemon_finishes_the_job_in_hand_and_stops_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let jobs = dir.path().join("jobs.toml");
    // Every second (six fields: the first is seconds), so the daemon has work right away.
    common::write(
        &jobs,
        "[jobs.tick]\nformats = [\"md\"]\noutput = \"out/{job}.{ext}\"\nschedule = \"* * * * * *\"\ntime_zone = \"UTC\"\n",
    );
    let mut child = spawn_child(
        dir.path(),
        &["daemon", "--jobs", jobs.to_str().unwrap()],
        1500,
    );
    let partial = dir.path().join("out/.tick.md.part");
    wait_for("the daemon to start a job", Duration::from_secs(60), || {
        partial.exists()
    });
    let signalled = Instant::now();
    let pid = libc::pid_t::try_from(child.id()).unwrap();
    // SAFETY: kill(2) on our own child's pid has no memory effects.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGTERM) }, 0);
    let mut stderr = String::new();
    std::io::Read::read_to_string(child.stderr.as_mut().unwrap(), &mut stderr).unwrap();
    let exit = child.wait().unwrap();
    assert!(
        exit.success(),
        "clean exit after SIGTERM: {exit:?}\n{stderr}"
    );
    assert!(stderr.contains("daemon stopping"), "{stderr}");
    assert!(signalled.elapsed() < Duration::from_secs(20));
    // The job in hand was completed and recorded, and no other job was started after the signal.
    assert_eq!(builds(dir.path()).len(), 1, "{stderr}");
    assert!(dir.path().join("out/tick.md").is_file() && !partial.exists());
    let state = std::fs::read_to_string(dir.path().join("jobs.state.toml")).unwrap();
    assert!(state.contains("last_result = \"ok\""), "{state}");
}
