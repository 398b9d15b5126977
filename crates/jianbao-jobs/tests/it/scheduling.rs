//! `jobs run --due` and `jobs run NAME` with an injected clock: due times across days, time
//! zones and missed windows, failures that do not stop other jobs, and threads contending for
//! the same job.

use crate::common;

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::NaiveDate;
use common::{utc, FakeClock, TestBuilder};
use jianbao_jobs::{
    run_command_with_clock, JobResult, JobsCommand, JobsError, JobsFiles, RunSummary,
};

const JOBS: &str = r#"
[jobs.weekly]
regions = ["广东", "江苏"]
formats = ["pdf", "docx"]
output = "out/{job}/{date:%Y%m%d}-周报.{ext}"
schedule = "0 8 * * MON"          # Asia/Shanghai by default

[jobs.monthly]
regions = ["广东", "江苏"]
each_region = true
formats = ["md"]
output = "out/{job}/{region}-{date:%Y%m}.{ext}"
schedule = "0 7 1 * *"
time_zone = "Asia/Shanghai"

[jobs.manual]
formats = ["html"]
output = "out/{job}-{date}.{ext}"
"#;

fn setup(text: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let jobs = dir.path().join("jobs.toml");
    common::write(&jobs, text);
    (dir, jobs)
}

fn files(jobs: &Path) -> JobsFiles {
    JobsFiles {
        jobs: jobs.to_owned(),
        state: None,
    }
}

fn due(jobs: &Path, builder: &TestBuilder, clock: &FakeClock) -> RunSummary {
    let cmd = JobsCommand::Run {
        files: files(jobs),
        names: vec![],
        due: true,
        dry_run: false,
        date: None,
    };
    run_command_with_clock(&cmd, builder, clock).unwrap()
}

fn run_named(
    jobs: &Path,
    names: &[&str],
    builder: &TestBuilder,
    clock: &FakeClock,
) -> Result<RunSummary, JobsError> {
    let cmd = JobsCommand::Run {
        files: files(jobs),
        names: names.iter().map(|n| n.to_string()).collect(),
        due: false,
        dry_run: false,
        date: None,
    };
    run_command_with_clock(&cmd, builder, clock)
}

/// (job, date) of each build since the last call.
fn builds_since(builder: &TestBuilder, seen: &mut usize) -> Vec<(String, String)> {
    let calls = builder.calls();
    let new = calls[*seen..]
        .iter()
        .map(|r| (r.job.clone(), r.date.to_string()))
        .collect();
    *seen = calls.len();
    new
}

fn pair(job: &str, date: &str) -> (String, String) {
    (job.to_owned(), date.to_owned())
}

#[test]
fn due_runs_follow_the_schedule_across_days_time_zones_and_missed_windows() {
    let (dir, jobs) = setup(JOBS);
    let builder = TestBuilder::default();
    let clock = FakeClock::at(utc(2026, 11, 21, 12, 0)); // Saturday
    let mut seen = 0;

    // First sighting: nothing runs for windows before the job was known.
    let summary = due(&jobs, &builder, &clock);
    assert_eq!((summary.ran, summary.failed), (0, 0));
    assert!(dir.path().join("jobs.state.toml").is_file());

    // Monday 07:59 in Shanghai (Sunday 23:59 UTC): not yet.
    clock.set(utc(2026, 11, 22, 23, 59));
    assert_eq!(due(&jobs, &builder, &clock).ran, 0);

    // Monday 08:00 Shanghai = 00:00 UTC: the weekly briefing, dated Monday.
    clock.set(utc(2026, 11, 23, 0, 0));
    let summary = due(&jobs, &builder, &clock);
    assert_eq!(summary.ran, 1);
    assert_eq!(
        builds_since(&builder, &mut seen),
        vec![pair("weekly", "2026-11-23")]
    );
    let pdf = dir.path().join("out/weekly/20261123-周报.pdf");
    assert!(pdf.is_file() && dir.path().join("out/weekly/20261123-周报.docx").is_file());
    assert!(
        matches!(&summary.outcomes[0].result, JobResult::Succeeded { files, .. } if files.contains(&pdf))
    );

    // Calling again (cron every few minutes) does nothing until the next window.
    clock.set(utc(2026, 11, 23, 0, 5));
    assert_eq!(due(&jobs, &builder, &clock).ran, 0);
    clock.set(utc(2026, 11, 29, 23, 59));
    assert_eq!(due(&jobs, &builder, &clock).ran, 0);

    // 1 December 07:30 Shanghai (30 November 23:30 UTC): Monday's weekly and the monthly run,
    // the monthly dated by the Shanghai day (the 1st), one build per region.
    clock.set(utc(2026, 11, 30, 23, 30));
    let summary = due(&jobs, &builder, &clock);
    assert_eq!(summary.ran, 2);
    let mut builds = builds_since(&builder, &mut seen);
    builds.sort();
    assert_eq!(
        builds,
        vec![
            pair("monthly", "2026-12-01"),
            pair("monthly", "2026-12-01"),
            pair("weekly", "2026-11-30")
        ]
    );
    let regions: Vec<Vec<String>> = builder
        .calls()
        .iter()
        .filter(|r| r.job == "monthly")
        .map(|r| r.regions.clone())
        .collect();
    assert_eq!(
        regions,
        vec![vec!["广东".to_owned()], vec!["江苏".to_owned()]]
    );
    assert!(dir.path().join("out/monthly/广东-202612.md").is_file());
    assert!(dir.path().join("out/monthly/江苏-202612.md").is_file());

    // The machine is off for three weeks (7, 14 and 21 December missed): one run, for the latest.
    clock.set(utc(2026, 12, 23, 2, 0));
    let summary = due(&jobs, &builder, &clock);
    assert_eq!(summary.ran, 1);
    assert_eq!(
        builds_since(&builder, &mut seen),
        vec![pair("weekly", "2026-12-21")]
    );
    assert_eq!(due(&jobs, &builder, &clock).ran, 0);

    // The job without a schedule never ran.
    assert!(builder.calls().iter().all(|r| r.job != "manual"));
}

#[test]
fn a_failing_job_does_not_stop_the_others() {
    let (dir, jobs) = setup(JOBS);
    let builder = TestBuilder {
        fail_jobs: vec!["weekly".to_owned()],
        ..TestBuilder::default()
    };
    let clock = FakeClock::at(utc(2026, 11, 25, 4, 0));
    let summary = run_named(&jobs, &["weekly", "manual"], &builder, &clock).unwrap();
    assert_eq!((summary.ran, summary.failed, summary.skipped), (2, 1, 0));
    assert!(!summary.success());
    match &summary.outcomes[0].result {
        JobResult::Failed(message) => {
            assert!(message.contains("no facts for 广东、江苏"), "{message}")
        }
        other => panic!("{other:?}"),
    }
    // Manual runs are dated today in the job's time zone.
    assert!(dir.path().join("out/manual-2026-11-25.html").is_file());
    let state = std::fs::read_to_string(dir.path().join("jobs.state.toml")).unwrap();
    assert!(
        state.contains("failed: building 广东、江苏: no facts"),
        "{state}"
    );
}

#[test]
fn a_failed_scheduled_window_is_reported_once_not_retried_every_tick() {
    let (_dir, jobs) = setup(JOBS);
    let builder = TestBuilder {
        fail_jobs: vec!["weekly".to_owned()],
        ..TestBuilder::default()
    };
    let clock = FakeClock::at(utc(2026, 11, 20, 0, 0));
    due(&jobs, &builder, &clock);
    clock.set(utc(2026, 11, 23, 0, 1));
    let summary = due(&jobs, &builder, &clock);
    assert_eq!((summary.ran, summary.failed), (1, 1));
    clock.set(utc(2026, 11, 23, 0, 6));
    assert_eq!(due(&jobs, &builder, &clock).ran, 0);
}

#[test]
fn explicit_date_and_unknown_names() {
    let (dir, jobs) = setup(JOBS);
    let builder = TestBuilder::default();
    let clock = FakeClock::at(utc(2026, 11, 25, 4, 0));
    let cmd = JobsCommand::Run {
        files: files(&jobs),
        names: vec!["weekly".to_owned()],
        due: false,
        dry_run: false,
        date: NaiveDate::from_ymd_opt(2026, 10, 5),
    };
    assert!(run_command_with_clock(&cmd, &builder, &clock)
        .unwrap()
        .success());
    assert!(dir.path().join("out/weekly/20261005-周报.pdf").is_file());

    let error = run_named(&jobs, &["weekly", "weekley"], &builder, &clock)
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("no job named `weekley`") && error.contains("manual, monthly, weekly"),
        "{error}"
    );
    assert_eq!(
        builder.calls().len(),
        1,
        "nothing runs when a name is wrong"
    );
}

#[test]
fn jobs_file_errors_name_the_place() {
    let (_dir, jobs) = setup(
        "[jobs.w]\nformats = [\"pdf\"]\noutput = \"o.{ext}\"\nschedule = \"0 8 * * MONDAY\"\n",
    );
    let error = run_named(
        &jobs,
        &["w"],
        &TestBuilder::default(),
        &FakeClock::at(utc(2026, 1, 1, 0, 0)),
    )
    .unwrap_err()
    .to_string();
    assert!(
        error.contains("jobs.toml:4:12:") && error.contains("0 8 * * MON"),
        "{error}"
    );
}

#[test]
fn concurrent_due_runs_in_threads_build_each_job_once() {
    let (dir, jobs) = setup(JOBS);
    let builder = TestBuilder {
        write_delay: Duration::from_millis(200),
        ..TestBuilder::default()
    };
    let clock = FakeClock::at(utc(2026, 11, 20, 0, 0));
    due(&jobs, &builder, &clock);
    clock.set(utc(2026, 11, 30, 23, 30)); // weekly and monthly both due
    let summaries: Vec<RunSummary> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..4)
            .map(|_| scope.spawn(|| due(&jobs, &builder, &clock)))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let mut builds: Vec<(String, Vec<String>)> = builder
        .calls()
        .iter()
        .map(|r| (r.job.clone(), r.regions.clone()))
        .collect();
    builds.sort();
    assert_eq!(
        builds.len(),
        3,
        "weekly once, monthly once per region: {builds:?}"
    );
    assert_eq!(summaries.iter().map(|s| s.ran).sum::<usize>(), 2);
    assert!(summaries.iter().all(RunSummary::success));
    assert!(dir.path().join("out/weekly/20261130-周报.pdf").is_file());
}

#[test]
fn explicit_run_of_a_job_running_elsewhere_fails_clearly() {
    let (_dir, jobs) = setup(JOBS);
    let builder = TestBuilder {
        write_delay: Duration::from_millis(800),
        ..TestBuilder::default()
    };
    let clock = FakeClock::at(utc(2026, 11, 25, 4, 0));
    std::thread::scope(|scope| {
        let first = scope.spawn(|| run_named(&jobs, &["weekly"], &builder, &clock).unwrap());
        while builder.calls().is_empty() {
            std::thread::sleep(Duration::from_millis(10));
        }
        let second = run_named(&jobs, &["weekly"], &builder, &clock).unwrap();
        match &second.outcomes[0].result {
            JobResult::Failed(message) => {
                assert!(message.contains("another jianbao process"), "{message}")
            }
            other => panic!("{other:?}"),
        }
        assert!(first.join().unwrap().success());
    });
    assert_eq!(builder.calls().len(), 1);
}

#[test]
fn each_successful_run_is_the_next_issue_with_the_jobs_masthead() {
    let (_dir, jobs) = setup(
        r#"
[jobs.weekly]
formats = ["md"]
output = "out/{job}-{date}.{ext}"
corrections = "corrections.toml"

[jobs.weekly.briefing]
name = "社会工作动态"
unit = "省委社会工作部办公室"
report_to = "省委办公厅"
issue_to = "各市委社会工作部"
first_issue = 7

[jobs.other]
formats = ["md"]
output = "out/{job}-{date}.{ext}"
"#,
    );
    let failing = TestBuilder {
        fail_jobs: vec!["weekly".to_owned()],
        ..TestBuilder::default()
    };
    let builder = TestBuilder::default();
    let clock = FakeClock::at(utc(2026, 11, 25, 4, 0));
    run_named(&jobs, &["weekly", "other"], &builder, &clock).unwrap();
    // A failed run does not use up a number.
    run_named(&jobs, &["weekly"], &failing, &clock).unwrap();
    run_named(&jobs, &["weekly", "other"], &builder, &clock).unwrap();
    let issues: Vec<(String, Option<u32>)> = builder
        .calls()
        .iter()
        .map(|r| (r.job.clone(), r.masthead.issue))
        .collect();
    assert_eq!(
        issues,
        [
            ("weekly".to_owned(), Some(7)),
            ("other".to_owned(), Some(1)),
            ("weekly".to_owned(), Some(8)),
            ("other".to_owned(), Some(2)),
        ]
    );
    assert_eq!(failing.calls()[0].masthead.issue, Some(8));
    let weekly = &builder.calls()[0];
    assert_eq!(weekly.masthead.name.as_deref(), Some("社会工作动态"));
    assert_eq!(
        weekly.masthead.unit.as_deref(),
        Some("省委社会工作部办公室")
    );
    assert_eq!(weekly.masthead.send_to, None);
    assert!(weekly
        .corrections
        .as_deref()
        .is_some_and(|p| p.ends_with("corrections.toml")));
}

#[test]
fn issue_number_zero_is_located() {
    let (_dir, jobs) = setup(
        "[jobs.weekly]\nformats = [\"md\"]\noutput = \"out/{job}.{ext}\"\n\n[jobs.weekly.briefing]\nfirst_issue = 0\n",
    );
    let err = run_named(
        &jobs,
        &["weekly"],
        &TestBuilder::default(),
        &FakeClock::at(utc(2026, 11, 25, 4, 0)),
    )
    .unwrap_err()
    .to_string();
    assert!(
        err.contains("jobs.toml:6:") && err.contains("numbered from 1"),
        "{err}"
    );
}
