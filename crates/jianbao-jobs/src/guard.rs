//! Where a job may write: under the directory of its jobs file (the output root), a file
//! named for its format (`….pdf`), and never onto the files the jobs run from (the jobs file,
//! its state and lock files, sources, facts, templates). An output pattern such as
//! `../../etc/x`, `/tmp/x` or `{job}.toml` (for a job named `jobs`) is refused.

use std::path::{Component, Path, PathBuf};

use chrono::NaiveDate;

use crate::pattern::{Fields, OutputPattern};

/// Checks that `relative` (a rendered pattern) goes down from the output root only.
fn stays_inside(relative: &Path) -> Result<(), String> {
    if relative.as_os_str().is_empty() {
        return Err("the pattern gives an empty path".to_owned());
    }
    for component in relative.components() {
        match component {
            Component::Normal(_) | Component::CurDir => {}
            Component::ParentDir => {
                return Err(
                    "`..` would leave the directory of the jobs file; outputs stay inside it (write e.g. \"out/{job}/{date:%Y%m%d}.{ext}\")"
                        .to_owned(),
                )
            }
            Component::RootDir | Component::Prefix(_) => {
                return Err(
                    "an absolute path would leave the directory of the jobs file; write a path relative to it (e.g. \"out/{job}.{ext}\")"
                        .to_owned(),
                )
            }
        }
    }
    Ok(())
}

/// The file name must end in the format's extension, so an output can never take the name of
/// a jobs file, state file, source or template.
fn named_for_format(relative: &Path, ext: &str) -> Result<(), String> {
    let matches = relative
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case(ext));
    if matches {
        Ok(())
    } else {
        Err(format!(
            "the output file name must end in `.{ext}` (write `.{{ext}}` at the end of the pattern)"
        ))
    }
}

/// Parse-time check of an output pattern, filled with sample values.
pub(crate) fn check_pattern(
    pattern: &OutputPattern,
    job: &str,
    formats: &[String],
) -> Result<(), String> {
    let date = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default();
    for ext in formats {
        let fields = Fields {
            job,
            date,
            ext,
            region: Some("浙江"),
        };
        let rendered = PathBuf::from(pattern.render(&fields));
        stays_inside(&rendered)?;
        named_for_format(&rendered, ext)?;
    }
    Ok(())
}

/// A path made absolute and free of `.` and `..` without touching the file system (the file
/// may not exist yet); symlinked directories are resolved where they exist.
fn normalized(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    let mut out = PathBuf::new();
    for component in absolute.components() {
        match component {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    // resolve symlinks in the part that exists
    match (out.parent().map(std::fs::canonicalize), out.file_name()) {
        (Some(Ok(dir)), Some(name)) => dir.join(name),
        _ => out,
    }
}

/// The output path of one file of a run: `relative` under `root`, checked again with the real
/// values (a region name, the date), and not one of the `protected` files.
pub(crate) fn output_path(
    root: &Path,
    relative: &str,
    ext: &str,
    protected: &[PathBuf],
) -> Result<PathBuf, String> {
    let relative = Path::new(relative);
    stays_inside(relative)?;
    named_for_format(relative, ext)?;
    let path = root.join(relative);
    let target = normalized(&path);
    for p in protected {
        let p_norm = normalized(p);
        // a protected directory (sources) holds files that must stay as they are
        if target == p_norm || (p.is_dir() && target.starts_with(&p_norm)) {
            return Err(format!(
                "output {} would overwrite or land among {}, which the job reads; change the output pattern",
                path.display(),
                p.display()
            ));
        }
    }
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pattern(p: &str) -> OutputPattern {
        OutputPattern::parse(p).unwrap()
    }

    #[test]
    fn patterns_that_leave_the_root_or_take_another_name_are_refused() {
        let pdf = ["pdf".to_owned()];
        for bad in [
            "../x.{ext}",
            "/tmp/x.{ext}",
            "out/../../x.{ext}",
            "{job}.toml",
        ] {
            assert!(check_pattern(&pattern(bad), "jobs", &pdf).is_err(), "{bad}");
        }
        assert!(check_pattern(&pattern("out/{job}/{date:%Y/%m}.{ext}"), "jobs", &pdf).is_ok());
    }

    #[test]
    fn outputs_never_land_on_files_the_job_reads() {
        let dir = tempfile::tempdir().unwrap();
        let jobs = dir.path().join("jobs.md");
        std::fs::write(&jobs, "").unwrap();
        let sources = dir.path().join("sources");
        std::fs::create_dir_all(&sources).unwrap();
        let protected = [jobs.clone(), sources.clone()];
        let err = output_path(dir.path(), "jobs.md", "md", &protected).unwrap_err();
        assert!(err.contains("overwrite"), "{err}");
        assert!(output_path(dir.path(), "./sources/a.md", "md", &protected).is_err());
        assert!(output_path(dir.path(), "out/../jobs.md", "md", &protected).is_err());
        assert!(output_path(dir.path(), "out/a.md", "md", &protected).is_ok());
    }
}
