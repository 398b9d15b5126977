//! `jianbao jobs ...`: the subcommands, as a clap enum the root CLI embeds with one line.

use std::path::PathBuf;

use chrono::NaiveDate;

/// The jobs file and the state file every subcommand works on.
#[derive(Debug, Clone, PartialEq, Eq, clap::Args)]
pub struct JobsFiles {
    /// The jobs file (TOML; see jobs.example.toml). Relative paths in it are relative to it.
    #[arg(long = "jobs", value_name = "FILE", default_value = "jobs.toml")]
    pub jobs: PathBuf,
    /// Where past runs are recorded (default: `<jobs file stem>.state.toml` beside the jobs file).
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
        /// How many upcoming run times to show per job (at most 1000).
        #[arg(long, value_name = "N", default_value_t = 3, value_parser = clap::value_parser!(u16).range(0..=1000))]
        next: u16,
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

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Parser)]
    struct Cli {
        #[command(subcommand)]
        jobs: JobsCommand,
    }

    fn parse(args: &[&str]) -> Result<JobsCommand, clap::Error> {
        Cli::try_parse_from(std::iter::once("jobs").chain(args.iter().copied())).map(|c| c.jobs)
    }

    #[test]
    fn run_needs_names_or_due_but_not_both() {
        assert!(parse(&["run"]).is_err());
        assert!(parse(&["run", "--due", "weekly"]).is_err());
        assert!(parse(&["run", "--due", "--date", "2026-11-23"]).is_err());
        let Ok(JobsCommand::Run { names, date, .. }) =
            parse(&["run", "a", "b", "--date", "2026-11-23"])
        else {
            panic!("run a b did not parse");
        };
        assert_eq!(names, ["a", "b"]);
        assert_eq!(date, NaiveDate::from_ymd_opt(2026, 11, 23));
    }

    /// Issue 12 item 15: `jobs list --next 100000000` ran out of memory.
    #[test]
    fn next_is_capped() {
        let err = parse(&["list", "--next", "100000000"])
            .err()
            .unwrap()
            .to_string();
        assert!(err.contains("1000"), "{err}");
        assert!(parse(&["list", "--next", "1000"]).is_ok());
    }

    #[test]
    fn state_file_defaults_beside_the_jobs_file() {
        let Ok(JobsCommand::List { files, next }) =
            parse(&["list", "--jobs", "/srv/jb/briefings.toml"])
        else {
            panic!("list did not parse");
        };
        assert_eq!(next, 3);
        assert_eq!(
            files.state_path(),
            PathBuf::from("/srv/jb/briefings.state.toml")
        );
        let Ok(JobsCommand::Daemon { files }) = parse(&["daemon"]) else {
            panic!("daemon did not parse")
        };
        assert_eq!(files.jobs, PathBuf::from("jobs.toml"));
        assert_eq!(files.state_path(), PathBuf::from("jobs.state.toml"));
    }
}
