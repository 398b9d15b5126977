//! The daemon with an injected clock: it wakes exactly at the scheduled time, runs the job once,
//! and stops on SIGTERM. Kept in its own test binary because it signals its own process.

use crate::common;

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use chrono::{DateTime, TimeZone, Utc};
use common::{utc, FakeClock, TestBuilder};
use jianbao_jobs::{run_command_with_clock, Clock, JobsCommand, JobsFiles};

/// A fake clock that sends SIGTERM to this process once it passes `stop_at`, as an operator
/// would (`kill PID`), so the daemon's real signal handling is what stops it.
struct SignallingClock {
    inner: FakeClock,
    stop_at: DateTime<Utc>,
    signalled: AtomicBool,
}

impl Clock for SignallingClock {
    fn now(&self) -> DateTime<Utc> {
        self.inner.now()
    }

    fn sleep(&self, duration: Duration) {
        self.inner.sleep(duration);
        if self.inner.now() >= self.stop_at && !self.signalled.swap(true, Ordering::SeqCst) {
            // SAFETY: kill(2) with our own pid and a signal number has no memory effects.
            let sent = unsafe { libc::kill(libc::getpid(), libc::SIGTERM) };
            assert_eq!(sent, 0);
            // Delivery is asynchronous; give the handler a moment to set the flag.
            std::thread::sleep(Duration::from_millis(200));
        }
    }
}

#[test]
fn daemon_wakes_at_the_scheduled_time_runs_once_and_stops_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let jobs = dir.path().join("jobs.toml");
    common::write(
        &jobs,
        "[jobs.weekly]\nregions = [\"浙江\"]\nformats = [\"pdf\"]\noutput = \"out/{date:%Y%m%d}.{ext}\"\n\
         schedule = \"0 8 * * MON\"\n",
    );
    let clock = SignallingClock {
        // Saturday, at an odd second so that coarse polling would not hit 08:00 by chance.
        inner: FakeClock::at(Utc.with_ymd_and_hms(2026, 11, 21, 12, 3, 17).unwrap()),
        stop_at: utc(2026, 11, 23, 0, 30), // Monday 08:30 in Shanghai
        signalled: AtomicBool::new(false),
    };
    let builder = TestBuilder::default();
    let cmd = JobsCommand::Daemon {
        files: JobsFiles {
            jobs: jobs.clone(),
            state: None,
        },
    };
    let summary = run_command_with_clock(&cmd, &builder, &clock).unwrap();

    assert_eq!((summary.ran, summary.failed), (1, 0));
    let dates: Vec<String> = builder.calls().iter().map(|r| r.date.to_string()).collect();
    assert_eq!(dates, ["2026-11-23"]);
    assert!(Path::new(&dir.path().join("out/20261123.pdf")).is_file());
    // It started the job exactly at Monday 08:00 Shanghai (00:00 UTC), neither early nor late.
    let state: toml::Value =
        toml::from_str(&std::fs::read_to_string(dir.path().join("jobs.state.toml")).unwrap())
            .unwrap();
    assert_eq!(
        state["jobs"]["weekly"]["last_started"].as_str(),
        Some("2026-11-23T00:00:00Z")
    );
    assert_eq!(
        state["jobs"]["weekly"]["covered_until"].as_str(),
        Some("2026-11-23T00:00:00Z")
    );
    // Its waits were short slices, so a signal is noticed within a second.
    assert!(clock
        .inner
        .sleeps()
        .iter()
        .all(|d| *d <= Duration::from_secs(1)));
    assert!(
        clock.now() >= clock.stop_at && clock.now() < clock.stop_at + chrono::Duration::seconds(5)
    );
}
