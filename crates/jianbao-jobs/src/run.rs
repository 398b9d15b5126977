//! Running jobs: now, when due, or as a daemon; one job's failure never stops the others.

use std::collections::BTreeSet;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{DateTime, NaiveDate, Utc};

use crate::builder::{BuildOutput, BuildRequest, ReportBuilder};
use crate::cli::{JobsCommand, JobsFiles};
use crate::clock::Clock;
use crate::config::{Job, JobsFile};
use crate::error::JobsError;
use crate::mail;
use crate::pattern::Fields;
use crate::state::{JobState, StateStore};

/// How a command went, job by job. The caller turns `failed > 0` into a non-zero exit.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RunSummary {
    /// Jobs that were started (including those that failed).
    pub ran: usize,
    /// Jobs that were started and failed.
    pub failed: usize,
    /// Jobs that were not started (another process holds their lock).
    pub skipped: usize,
    /// One entry per job started or skipped, in order.
    pub outcomes: Vec<JobOutcome>,
}

impl RunSummary {
    /// True when no job failed.
    pub fn success(&self) -> bool {
        self.failed == 0
    }

    fn record(&mut self, outcome: JobOutcome) {
        match outcome.result {
            JobResult::Succeeded { .. } => self.ran += 1,
            JobResult::Failed(_) => {
                self.ran += 1;
                self.failed += 1;
            }
            JobResult::Skipped(_) => self.skipped += 1,
        }
        self.outcomes.push(outcome);
    }
}

/// What happened to one job.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobOutcome {
    /// The job's name in the jobs file.
    pub job: String,
    /// The report date the job ran for.
    pub date: Option<NaiveDate>,
    pub result: JobResult,
}

/// A job's result: done, failed (with the reason and what to do), or not started.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JobResult {
    /// The outputs were written and the email (if any) delivered.
    Succeeded {
        files: Vec<PathBuf>,
        delivery: Delivery,
    },
    /// Why the job failed, with what to do about it.
    Failed(String),
    /// Why the job was not started.
    Skipped(String),
}

/// What became of a successful job's email.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivery {
    /// The job has no email table.
    NotConfigured,
    /// Sent; the server accepted it on this try (1 = first).
    Sent { tries: u32 },
    /// `--dry-run`: the message was written here instead.
    Eml(PathBuf),
}

/// Runs a `jianbao jobs` subcommand with the real clock. Prints progress and log lines to
/// stderr (`list` prints its table to stdout); never exits the process.
pub fn run_command(
    cmd: &JobsCommand,
    builder: &dyn ReportBuilder,
) -> Result<RunSummary, JobsError> {
    run_command_with_clock(cmd, builder, &crate::clock::SystemClock)
}

/// [`run_command`] with an injected clock (tests move time instead of waiting; SMTP retry
/// backoff and the daemon's sleeps go through it too).
pub fn run_command_with_clock(
    cmd: &JobsCommand,
    builder: &dyn ReportBuilder,
    clock: &dyn Clock,
) -> Result<RunSummary, JobsError> {
    match cmd {
        JobsCommand::List { files, next } => {
            let file = JobsFile::load(&files.jobs)?;
            let store = StateStore::new(files.state_path());
            let state = store.load()?;
            for note in store.take_notes() {
                eprintln!("jianbao jobs: {note}");
            }
            print!("{}", list(&file, &state, clock.now(), *next as usize));
            Ok(RunSummary::default())
        }
        JobsCommand::Run {
            files,
            names,
            due,
            dry_run,
            date,
        } => {
            let file = JobsFile::load(&files.jobs)?;
            let never = AtomicBool::new(false);
            let runner = Runner::new(&file, files, builder, clock, *dry_run, None);
            let summary = if *due {
                runner.run_due(&never)?
            } else {
                runner.run_named(names, *date)?
            };
            // `--due` runs from cron every few minutes, and cron mails whatever is printed: say
            // nothing when nothing was due.
            if !*due || summary.ran + summary.skipped > 0 {
                runner.progress.summary(&summary);
            }
            Ok(summary)
        }
        JobsCommand::Daemon { files } => daemon(files, builder, clock),
    }
}

fn list(
    file: &JobsFile,
    state: &crate::state::StateFile,
    now: DateTime<Utc>,
    next: usize,
) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    if file.jobs.is_empty() {
        let _ = writeln!(out, "{}: no jobs declared", file.path.display());
    }
    for job in &file.jobs {
        let email = job.email.as_ref().map_or_else(
            || "no email".to_owned(),
            |e| {
                format!(
                    "email to {}",
                    e.to.iter()
                        .map(|m| m.email.to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            },
        );
        let _ = writeln!(out, "{}  [{}]  {}", job.name, job.formats.join(", "), email);
        match &job.schedule {
            Some(schedule) => {
                let _ = writeln!(
                    out,
                    "  schedule: {} ({})",
                    schedule.expression(),
                    job.time_zone
                );
                let mut after = now;
                let mut times = Vec::new();
                for _ in 0..next {
                    let Some(t) = schedule.next_after(after) else {
                        break;
                    };
                    times.push(t.format("%Y-%m-%d %a %H:%M %Z").to_string());
                    after = t.with_timezone(&Utc);
                }
                let _ = writeln!(out, "  next: {}", times.join(" | "));
            }
            None => {
                let _ = writeln!(
                    out,
                    "  schedule: none (runs only with `jianbao jobs run {}`)",
                    job.name
                );
            }
        }
        if let Some(record) = state.jobs.get(&job.name) {
            if let (Some(finished), Some(result)) = (record.last_finished, &record.last_result) {
                let local = finished
                    .with_timezone(&job.time_zone)
                    .format("%Y-%m-%d %H:%M %Z");
                let _ = writeln!(out, "  last run: {local}: {result}");
            } else if let Some(started) = record.last_started {
                let local = started
                    .with_timezone(&job.time_zone)
                    .format("%Y-%m-%d %H:%M %Z");
                let _ = writeln!(
                    out,
                    "  last run: started {local}, not finished (running now, or killed)"
                );
            }
        }
    }
    out
}

struct Runner<'a> {
    file: &'a JobsFile,
    store: StateStore,
    builder: &'a dyn ReportBuilder,
    clock: &'a dyn Clock,
    progress: Progress<'a>,
    dry_run: bool,
    /// Set by SIGTERM/SIGINT in the daemon: stops a retry wait (`None` outside the daemon).
    stop: Option<&'a AtomicBool>,
}

impl<'a> Runner<'a> {
    fn new(
        file: &'a JobsFile,
        files: &JobsFiles,
        builder: &'a dyn ReportBuilder,
        clock: &'a dyn Clock,
        dry_run: bool,
        stop: Option<&'a AtomicBool>,
    ) -> Runner<'a> {
        Runner {
            file,
            store: StateStore::new(files.state_path()),
            builder,
            clock,
            progress: Progress::new(clock),
            dry_run,
            stop,
        }
    }

    /// Says what the state store had to recover from (a corrupt file, a date in the future).
    fn log_state_notes(&self) {
        for note in self.store.take_notes() {
            self.progress.log(&note);
        }
    }

    /// `jobs run NAME...`: every named job now, dated today in its time zone unless `date` is given.
    fn run_named(
        &self,
        names: &[String],
        date: Option<NaiveDate>,
    ) -> Result<RunSummary, JobsError> {
        let mut seen = BTreeSet::new();
        let mut jobs = Vec::new();
        for name in names {
            let job = self.file.job(name)?;
            if seen.insert(name) {
                jobs.push(job);
            }
        }
        let mut summary = RunSummary::default();
        for (index, job) in jobs.iter().enumerate() {
            let date =
                date.unwrap_or_else(|| self.clock.now().with_timezone(&job.time_zone).date_naive());
            let Some(_lock) = self.store.try_lock_job(&job.name)? else {
                summary.record(JobOutcome {
                    job: job.name.clone(),
                    date: Some(date),
                    result: JobResult::Failed(format!(
                        "another jianbao process is running this job now (lock beside {}); try again when it finishes",
                        self.store.path().display()
                    )),
                });
                continue;
            };
            summary.record(self.run_recorded(job, date, None, (index + 1, jobs.len()))?);
        }
        Ok(summary)
    }

    /// `jobs run --due`: each scheduled job whose latest scheduled time is not yet covered.
    fn run_due(&self, stop: &AtomicBool) -> Result<RunSummary, JobsError> {
        let scheduled: Vec<&Job> = self
            .file
            .jobs
            .iter()
            .filter(|j| j.schedule.is_some())
            .collect();
        let mut summary = RunSummary::default();
        for (index, job) in scheduled.iter().enumerate() {
            if stop.load(Ordering::SeqCst) {
                break;
            }
            let Some(schedule) = &job.schedule else {
                continue;
            };
            let Some(_lock) = self.store.try_lock_job(&job.name)? else {
                self.progress.log(&format!(
                    "{}: skipped, another jianbao process is running it",
                    job.name
                ));
                summary.record(JobOutcome {
                    job: job.name.clone(),
                    date: None,
                    result: JobResult::Skipped("another jianbao process is running it".to_owned()),
                });
                continue;
            };
            // Read the state only now, under the job's lock: a process that ran it meanwhile
            // has recorded that.
            let state = self.store.load();
            self.log_state_notes();
            let record = state?.jobs.get(&job.name).cloned().unwrap_or_default();
            let now = self.clock.now();
            // a record from the future (a clock that ran ahead, an edited file) would hold the
            // job back until then: say so, and count from now
            let record = match record.covered_until {
                Some(covered) if covered > now => {
                    self.progress.log(&format!(
                        "{}: the state file says it is covered until {}, which is in the future; counting from now instead",
                        job.name,
                        covered.format("%Y-%m-%d %H:%M:%S UTC")
                    ));
                    if !self.dry_run {
                        self.store
                            .update(&job.name, |s| s.covered_until = Some(now))?;
                    }
                    JobState {
                        covered_until: Some(now),
                        ..record
                    }
                }
                _ => record,
            };
            let Some(covered_until) = record.covered_until else {
                if !self.dry_run {
                    self.store
                        .update(&job.name, |s| s.covered_until = Some(now))?;
                }
                let next = schedule
                    .next_after(now)
                    .map(|t| t.format("%Y-%m-%d %H:%M %Z").to_string());
                self.progress.log(&format!(
                    "{}: first seen, runs from its next scheduled time on ({})",
                    job.name,
                    next.as_deref().unwrap_or("never")
                ));
                continue;
            };
            let Some(slot) = schedule.due(covered_until, now) else {
                continue;
            };
            let outcome = self.run_recorded(
                job,
                slot.date_naive(),
                Some(slot.with_timezone(&Utc)),
                (index + 1, scheduled.len()),
            )?;
            summary.record(outcome);
        }
        Ok(summary)
    }

    /// Runs one job (its lock already held) and records start and end in the state file;
    /// a scheduled run also marks its slot covered, whether it succeeded or not (the error is
    /// reported; `jobs run NAME` reruns it), so a broken job does not rerun every few minutes.
    fn run_recorded(
        &self,
        job: &Job,
        date: NaiveDate,
        slot: Option<DateTime<Utc>>,
        position: (usize, usize),
    ) -> Result<JobOutcome, JobsError> {
        if !self.dry_run {
            let now = self.clock.now();
            self.store.update(&job.name, |s: &mut JobState| {
                s.last_started = Some(now);
                s.last_finished = None;
                s.last_result = None;
            })?;
        }
        let step = self.progress.start(&format!(
            "[{}/{}] {} ({date})",
            position.0, position.1, job.name
        ));
        // Every run is the next issue; the number is kept only when the run succeeds.
        let issue = self.next_issue(job)?;
        let result = self.run_job(job, date, slot, issue, &step);
        match &result {
            Ok((files, delivery)) => {
                let delivered = match delivery {
                    Delivery::NotConfigured => String::new(),
                    Delivery::Sent { tries: 1 } => ", emailed".to_owned(),
                    Delivery::Sent { tries } => format!(", emailed on try {tries}"),
                    Delivery::Eml(path) => format!(", email written to {}", path.display()),
                };
                step.finish(true, &format!("{} file(s){delivered}", files.len()));
            }
            Err(message) => step.finish(false, message),
        }
        if !self.dry_run {
            let now = self.clock.now();
            let text = match &result {
                Ok(_) => "ok".to_owned(),
                Err(message) => format!("failed: {message}"),
            };
            let succeeded = result.is_ok();
            self.store.update(&job.name, |s| {
                s.last_finished = Some(now);
                s.last_result = Some(text);
                if succeeded {
                    s.last_issue = Some(issue);
                }
                if let Some(slot) = slot {
                    s.covered_until = Some(s.covered_until.map_or(slot, |c| c.max(slot)));
                }
            })?;
        }
        Ok(JobOutcome {
            job: job.name.clone(),
            date: Some(date),
            result: match result {
                Ok((files, delivery)) => JobResult::Succeeded { files, delivery },
                Err(message) => JobResult::Failed(message),
            },
        })
    }

    /// The files a job reads, which its outputs must never replace.
    fn protected_files(&self, job: &Job) -> Vec<PathBuf> {
        let mut files = vec![self.file.path.clone(), self.store.path().to_owned()];
        if let Some(sources) = &job.sources {
            // a manifest named directly stands for its directory of articles
            files.push(match sources.is_file() {
                true => sources
                    .parent()
                    .map_or_else(|| sources.clone(), Path::to_path_buf),
                false => sources.clone(),
            });
        }
        files.extend(job.facts.iter().cloned());
        files.extend(
            job.template
                .iter()
                .map(PathBuf::from)
                .filter(|p| p.components().count() > 1),
        );
        files
    }

    fn requests(
        &self,
        job: &Job,
        date: NaiveDate,
        issue: u32,
    ) -> Result<Vec<BuildRequest>, String> {
        let protected = self.protected_files(job);
        let region_sets: Vec<Vec<String>> = if job.each_region {
            job.regions.iter().map(|r| vec![r.clone()]).collect()
        } else {
            vec![job.regions.clone()]
        };
        let base = self.file.base_dir();
        region_sets
            .into_iter()
            .map(|regions| {
                let region = if job.each_region {
                    regions.first().map(String::as_str)
                } else {
                    None
                };
                let outputs = job
                    .formats
                    .iter()
                    .map(|format| {
                        let fields = Fields {
                            job: &job.name,
                            date,
                            ext: format,
                            region,
                        };
                        let relative = job.output.render(&fields);
                        crate::guard::output_path(&base, &relative, format, &protected)
                            .map(|path| (format.clone(), path))
                    })
                    .collect::<Result<Vec<_>, String>>()?;
                Ok(BuildRequest {
                    masthead: crate::builder::Masthead {
                        issue: Some(issue),
                        ..job.masthead.clone()
                    },
                    corrections: job.corrections.clone(),
                    job: job.name.clone(),
                    template: job.template.clone(),
                    regions,
                    formats: job.formats.clone(),
                    sources: job.sources.clone(),
                    facts: job.facts.clone(),
                    date,
                    outputs,
                })
            })
            .collect()
    }

    fn run_job(
        &self,
        job: &Job,
        date: NaiveDate,
        slot: Option<DateTime<Utc>>,
        issue: u32,
        step: &Step,
    ) -> Result<(Vec<PathBuf>, Delivery), String> {
        let mut reports: Vec<BuildOutput> = Vec::new();
        for request in self.requests(job, date, issue)? {
            for (_, path) in &request.outputs {
                if let Some(dir) = path.parent() {
                    std::fs::create_dir_all(dir).map_err(|e| {
                        format!("cannot create output directory {}: {e}", dir.display())
                    })?;
                }
            }
            step.stage(&format!(
                "building {} for {}",
                request.formats.join(", "),
                region_label(&request.regions)
            ));
            let output = self.builder.build(&request).map_err(|e| {
                format!(
                    "building {}: {}",
                    region_label(&request.regions),
                    mail::error_chain(&*e)
                )
            })?;
            for (_, path) in &request.outputs {
                if !path.is_file() {
                    return Err(format!(
                        "the report builder returned without writing {}; this is a bug in the builder",
                        path.display()
                    ));
                }
            }
            reports.push(output);
        }
        let files: Vec<PathBuf> = reports
            .iter()
            .flat_map(|r| r.files.iter().cloned())
            .collect();
        let Some(email) = &job.email else {
            return Ok((files, Delivery::NotConfigured));
        };
        let Some(smtp) = &self.file.smtp else {
            return Ok((files, Delivery::NotConfigured));
        };
        step.stage("composing email");
        let message = mail::compose(&job.name, date, &reports, email, smtp)?;
        if self.dry_run {
            let dir = files
                .first()
                .and_then(|f| f.parent())
                .map_or_else(|| self.file.base_dir(), Path::to_path_buf);
            let path = dir.join(format!("{}-{}.eml", job.name, date.format("%Y%m%d")));
            mail::write_eml(&message, &path)?;
            return Ok((files, Delivery::Eml(path)));
        }
        // Record the attempt before sending: if the state cannot be written afterwards, the
        // slot is already covered and the next `--due` does not mail the report again.
        self.store
            .update(&job.name, |s| {
                if let Some(slot) = slot {
                    s.covered_until = Some(s.covered_until.map_or(slot, |c| c.max(slot)));
                }
                s.last_result = Some(
                    "sending email (if this stays, the run died while sending: check the inbox before `jianbao jobs run`)"
                        .to_owned(),
                );
            })
            .map_err(|e| format!("email not sent: the attempt could not be recorded first: {e}"))?;
        step.stage(&format!("sending email via {}:{}", smtp.host, smtp.port));
        let tries = mail::send(&message, smtp, self.clock, self.stop, &mut |note| {
            step.note(note)
        })?;
        Ok((files, Delivery::Sent { tries }))
    }

    /// The issue number (第N期) this run of `job` gets: one more than the last successful run's,
    /// or the job's first issue.
    fn next_issue(&self, job: &Job) -> Result<u32, JobsError> {
        let state = self.store.load()?;
        Ok(state
            .jobs
            .get(&job.name)
            .and_then(|s| s.last_issue)
            .map_or(job.first_issue, |n| n.saturating_add(1)))
    }
}

fn region_label(regions: &[String]) -> String {
    if regions.is_empty() {
        "all regions".to_owned()
    } else {
        regions.join("、")
    }
}

/// The daemon re-reads the jobs file and re-checks at least this often, so edits to the file,
/// jobs skipped because another process held them, and clock jumps are picked up.
const DAEMON_RECHECK: Duration = Duration::from_secs(600);

fn daemon(
    files: &JobsFiles,
    builder: &dyn ReportBuilder,
    clock: &dyn Clock,
) -> Result<RunSummary, JobsError> {
    use signal_hook::consts::{SIGINT, SIGTERM};
    let stop = Arc::new(AtomicBool::new(false));
    let mut ids = Vec::new();
    for signal in [SIGTERM, SIGINT] {
        // A second signal while stopping ends the process at once (exit code 1).
        let registered =
            signal_hook::flag::register_conditional_shutdown(signal, 1, Arc::clone(&stop))
                .and_then(|a| {
                    signal_hook::flag::register(signal, Arc::clone(&stop)).map(|b| [a, b])
                });
        match registered {
            Ok(pair) => ids.extend(pair),
            Err(e) => return Err(JobsError::Signals(e)),
        }
    }
    let result = daemon_loop(files, builder, clock, &stop);
    for id in ids {
        signal_hook::low_level::unregister(id);
    }
    result
}

fn daemon_loop(
    files: &JobsFiles,
    builder: &dyn ReportBuilder,
    clock: &dyn Clock,
    stop: &AtomicBool,
) -> Result<RunSummary, JobsError> {
    let progress = Progress::new(clock);
    let mut file = JobsFile::load(&files.jobs)?;
    let mut total = RunSummary::default();
    progress.log(&format!(
        "daemon started with {} (pid {})",
        files.jobs.display(),
        std::process::id()
    ));
    loop {
        if !file.jobs.iter().any(|j| j.schedule.is_some()) {
            return Err(JobsError::NothingScheduled {
                path: files.jobs.clone(),
            });
        }
        let runner = Runner::new(&file, files, builder, clock, false, Some(stop));
        let summary = runner.run_due(stop)?;
        if summary.ran + summary.skipped > 0 {
            progress.summary(&summary);
        }
        total.ran += summary.ran;
        total.failed += summary.failed;
        total.skipped += summary.skipped;
        total.outcomes.extend(summary.outcomes);
        if stop.load(Ordering::SeqCst) {
            break;
        }
        let now = clock.now();
        let next = file
            .jobs
            .iter()
            .filter_map(|j| {
                j.schedule
                    .as_ref()
                    .and_then(|s| s.next_after(now))
                    .map(|t| (t, &j.name))
            })
            .min_by_key(|(t, _)| t.with_timezone(&Utc));
        let recheck = now + chrono::Duration::from_std(DAEMON_RECHECK).unwrap_or_default();
        let wake = match &next {
            Some((t, name)) if t.with_timezone(&Utc) <= recheck => {
                progress.log(&format!(
                    "next: {name} at {}",
                    t.format("%Y-%m-%d %H:%M:%S %Z")
                ));
                t.with_timezone(&Utc)
            }
            _ => recheck,
        };
        while !stop.load(Ordering::SeqCst) {
            let left = (wake - clock.now()).to_std().unwrap_or_default();
            if left.is_zero() {
                break;
            }
            clock.sleep(left.min(Duration::from_secs(1)));
        }
        if stop.load(Ordering::SeqCst) {
            break;
        }
        match JobsFile::load(&files.jobs) {
            Ok(reloaded) => file = reloaded,
            Err(e) => progress.log(&format!("keeping the previous jobs: {e}")),
        }
    }
    progress.log("daemon stopping (signal received)");
    progress.summary(&total);
    Ok(total)
}

/// Progress on a terminal (a spinner per job), plain timestamped log lines otherwise.
struct Progress<'a> {
    terminal: bool,
    clock: &'a dyn Clock,
}

struct Step<'a> {
    progress: &'a Progress<'a>,
    label: String,
    bar: Option<indicatif::ProgressBar>,
    started: Instant,
}

impl<'a> Progress<'a> {
    fn new(clock: &'a dyn Clock) -> Progress<'a> {
        Progress {
            terminal: std::io::stderr().is_terminal(),
            clock,
        }
    }

    fn log(&self, message: &str) {
        if self.terminal {
            eprintln!("{message}");
        } else {
            eprintln!(
                "{} jianbao jobs: {message}",
                self.clock.now().format("%Y-%m-%dT%H:%M:%SZ")
            );
        }
    }

    fn start(&'a self, label: &str) -> Step<'a> {
        let bar = self.terminal.then(|| {
            let bar = indicatif::ProgressBar::new_spinner();
            if let Ok(style) =
                indicatif::ProgressStyle::with_template("{spinner} {prefix} {msg} ({elapsed})")
            {
                bar.set_style(style);
            }
            bar.set_prefix(label.to_owned());
            bar.enable_steady_tick(Duration::from_millis(120));
            bar
        });
        if bar.is_none() {
            self.log(&format!("{label}: started"));
        }
        Step {
            progress: self,
            label: label.to_owned(),
            bar,
            started: Instant::now(),
        }
    }

    fn summary(&self, summary: &RunSummary) {
        self.log(&format!(
            "{} ran, {} failed, {} skipped",
            summary.ran, summary.failed, summary.skipped
        ));
        for outcome in &summary.outcomes {
            if let JobResult::Failed(message) = &outcome.result {
                self.log(&format!("FAILED {}: {message}", outcome.job));
            }
        }
    }
}

impl Step<'_> {
    fn stage(&self, message: &str) {
        match &self.bar {
            Some(bar) => bar.set_message(message.to_owned()),
            None => self.progress.log(&format!("{}: {message}", self.label)),
        }
    }

    /// A note that should stay visible (e.g. a retried send).
    fn note(&self, message: &str) {
        match &self.bar {
            Some(bar) => bar.println(format!("  {}: {message}", self.label)),
            None => self.progress.log(&format!("{}: {message}", self.label)),
        }
    }

    fn finish(self, ok: bool, message: &str) {
        let verdict = if ok { "done" } else { "FAILED" };
        let line = format!(
            "{}: {verdict} in {:.1} s: {message}",
            self.label,
            self.started.elapsed().as_secs_f64()
        );
        if let Some(bar) = self.bar {
            bar.finish_and_clear();
        }
        self.progress.log(&line);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn list_shows_next_runs_in_the_job_time_zone_and_last_result() {
        let text = "[jobs.weekly]\nformats = [\"pdf\"]\noutput = \"o.{ext}\"\nschedule = \"0 8 * * MON\"\n\
                    [jobs.adhoc]\nformats = [\"md\"]\noutput = \"a.{ext}\"\n";
        let file = JobsFile::parse(text, Path::new("jobs.toml")).unwrap();
        let mut state = crate::state::StateFile::default();
        let finished = Utc.with_ymd_and_hms(2026, 11, 16, 0, 0, 5).unwrap();
        state.jobs.insert(
            "weekly".into(),
            JobState {
                last_finished: Some(finished),
                last_result: Some("ok".into()),
                ..JobState::default()
            },
        );
        let now = Utc.with_ymd_and_hms(2026, 11, 22, 12, 0, 0).unwrap();
        let out = list(&file, &state, now, 2);
        assert!(
            out.contains("next: 2026-11-23 Mon 08:00 CST | 2026-11-30 Mon 08:00 CST"),
            "{out}"
        );
        assert!(out.contains("last run: 2026-11-16 08:00 CST: ok"), "{out}");
        assert!(
            out.contains("runs only with `jianbao jobs run adhoc`"),
            "{out}"
        );
    }
}
