//! The command line's source commands: `jianbao sources show FILE`, `jianbao fetch URL...`, and
//! the list of files a sources directory holds that are not read.

use clap::{Args, Subcommand};
use jianbao::Error;
use jianbao_sources::fetch::{fetch_all, FetchOptions};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

#[derive(Subcommand)]
pub enum SourcesCommand {
    /// Print the text jianbao analyses for a source file (a web page's article text, a Word
    /// file's paragraphs, a PDF's text layer): facts' spans and quotes refer to this text.
    Show {
        /// A .txt, .md, .html/.htm, .docx or .pdf file.
        file: PathBuf,
        /// Start each line with the character offset of its first character (as in `span`).
        #[arg(long)]
        offsets: bool,
    },
}

/// `jianbao fetch`'s arguments.
#[derive(Args)]
pub struct FetchArgs {
    /// Page addresses (http:// or https://).
    #[arg(required = true, value_name = "URL")]
    urls: Vec<String>,
    /// Sources directory to save into (created if missing); each page gets a sources.toml entry.
    #[arg(long, value_name = "DIR")]
    into: PathBuf,
    /// Give up on a page after this many seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = 60)]
    timeout: u64,
    /// Refuse pages larger than this many megabytes.
    #[arg(long, value_name = "MB", default_value_t = 20)]
    max_size: u64,
}

pub fn run_sources(command: SourcesCommand) -> Result<ExitCode, Error> {
    match command {
        SourcesCommand::Show { file, offsets } => {
            let rendering = jianbao_sources::read_path(&file)?;
            let m = &rendering.metadata;
            eprintln!(
                "{}: {}{}",
                file.display(),
                rendering.format.as_str(),
                rendering
                    .encoding
                    .as_deref()
                    .map(|e| format!(", {e}"))
                    .unwrap_or_default()
            );
            for (label, value) in [
                ("title", &m.title),
                ("date", &m.date),
                ("outlet", &m.outlet),
                ("author", &m.author),
            ] {
                if let Some(value) = value {
                    eprintln!("  {label}: {value}");
                }
            }
            if offsets {
                let mut offset = 0usize;
                for line in rendering.text.split_inclusive('\n') {
                    print!("{offset:>7}  {line}");
                    offset += line.chars().count();
                }
            } else {
                print!("{}", rendering.text);
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

pub fn run_fetch(args: FetchArgs) -> Result<ExitCode, Error> {
    let options = FetchOptions {
        total_timeout: Duration::from_secs(args.timeout.max(1)),
        connect_timeout: Duration::from_secs(args.timeout.clamp(1, 10)),
        max_bytes: args.max_size.max(1) * 1024 * 1024,
        ..FetchOptions::default()
    };
    let mut failed = 0;
    for result in fetch_all(&args.urls, &args.into, &options) {
        match result {
            Ok(page) => {
                let path = args.into.join(&page.file);
                println!("{}", path.display());
                let e = &page.entry;
                eprintln!(
                    "  {}{}{} ({} bytes{}){}",
                    e.title,
                    e.date
                        .as_deref()
                        .map(|d| format!(", {d}"))
                        .unwrap_or_default(),
                    e.publisher
                        .as_deref()
                        .map(|p| format!(", {p}"))
                        .unwrap_or_default(),
                    page.bytes,
                    page.final_url
                        .as_deref()
                        .map(|u| format!(", redirected to {u}"))
                        .unwrap_or_default(),
                    if page.entry_kept {
                        "; its sources.toml entry was kept"
                    } else {
                        ""
                    }
                );
            }
            Err(e) => {
                failed += 1;
                eprintln!("error: {e}");
            }
        }
    }
    if failed > 0 {
        eprintln!("{failed} of {} pages not saved", args.urls.len());
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

/// Says which files of the sources directory `--sources` names were not read, and why.
pub fn report_skipped(sources: Option<&Path>) -> Result<(), Error> {
    if let Some(dir) = jianbao::sources_dir(sources) {
        for skipped in jianbao_sources::skipped_files(&dir)? {
            eprintln!("skipped {}: {}", skipped.file, skipped.reason);
        }
    }
    Ok(())
}
