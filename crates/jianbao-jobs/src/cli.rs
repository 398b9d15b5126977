//! `jianbao jobs ...`: the subcommands, as a clap enum the root CLI embeds with one line.

use std::path::PathBuf;

use chrono::NaiveDate;

/// The jobs file and the state file every subcommand works on.
#[derive(Debug, Clone, PartialEq, Eq, clap::Args)]
pub struct JobsFiles {
    /// The jobs file (TOML; see jobs.example.toml). Relative paths in it are relative to it.
    #[arg(long = "jobs", value_name = "FILE", default_value = "jobs.toml")]
    pub jobs: PathBuf,
    /// Where past runs are recorded [default: <jobs file stem>.state.toml next to the jobs file].
    #[arg(long = "state", value_name = "FILE")]
    pub state: Option<PathBuf>,
}

impl JobsFiles {
    /// The state file: given, or `jobs.state.toml` beside `jobs.toml`.
    pub fn state_path(&self) -> PathBuf {
        self.state.clone().unwrap_or_else(|| {
            let stem = self
                .jobs
                .file_stem()
                .map_or_else(|| "jobs".into(), |s| s.to_string_lossy().into_owned());
            self.jobs.with_file_name(format!("{stem}.state.toml"))
        })
    }
}

/// Scheduled report jobs: list them, run them now or when due, or keep running as a daemon.
#[derive(Debug, Clone, PartialEq, Eq, clap::Subcommand)]
pub enum JobsCommand {
    /// Show each job, its schedule, its next run times and its last run.
    List {
        #[command(flatten)]
        files: JobsFiles,
        /// How many upcoming run times to show per job.
        #[arg(long, value_name = "N", default_value_t = 3)]
        next: usize,
    },
    /// Run the named jobs now, or with --due the jobs whose scheduled time has come since their
    /// last run (safe to call from cron every few minutes).
    Run {
        #[command(flatten)]
        files: JobsFiles,
        /// Jobs to run now.
        #[arg(value_name = "NAME", required_unless_present = "due")]
        names: Vec<String>,
        /// Run every job that fell due since its last run (a missed window runs once).
        #[arg(long, conflicts_with = "names")]
        due: bool,
        /// Build the outputs but write the email as an .eml file beside them instead of sending
        /// it; records nothing in the state file.
        #[arg(long)]
        dry_run: bool,
        /// Report date for named jobs [default: today in the job's time zone].
        #[arg(long, value_name = "YYYY-MM-DD", conflicts_with = "due")]
        date: Option<NaiveDate>,
    },
    /// Stay running: sleep until the next job is due, run it, repeat. Stops after the job in
    /// hand on SIGTERM or SIGINT (a second signal stops at once).
    Daemon {
        #[command(flatten)]
        files: JobsFiles,
    },
}
