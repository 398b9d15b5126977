//! Writing output files so that a reader never sees half of one: write a temporary file in the
//! same directory, flush it to disk, then rename it over the final name. A set of files (the
//! formats of one briefing) is all-or-nothing: nothing is renamed until every temporary file is
//! complete.
//!
//! Temporary files come from `tempfile`: unpredictable names, created exclusively
//! (`O_CREAT|O_EXCL`, so a planted symlink is never followed), removed when a write fails.
//! Leftovers of a killed run are removed by the next write to the same name.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// A temporary file older than this, named like one of ours, was left by a run that died.
const STALE_TEMP_AGE: Duration = Duration::from_secs(3600);

/// Longest file-name component a name from data (a region) may contribute, in characters.
const MAX_NAME_CHARS: usize = 64;

#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    #[error("{path}: cannot write: {source}; check that the directory exists and is writable")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{dir}: --out names an existing file, not a directory; give a directory (it is created if missing)")]
    NotADirectory { dir: PathBuf },
    #[error("{name:?} cannot be part of a file name (empty, a path, a control character or over {MAX_NAME_CHARS} characters); name regions by their plain names such as 浙江")]
    UnsafeName { name: String },
}

/// Checks that `dir` can be an output directory: missing (it will be created) or a directory.
pub fn check_output_dir(dir: &Path) -> Result<(), OutputError> {
    match std::fs::metadata(dir) {
        Ok(meta) if !meta.is_dir() => Err(OutputError::NotADirectory {
            dir: dir.to_owned(),
        }),
        _ => Ok(()),
    }
}

/// `name` if it is safe as (part of) one file-name component: no separators, no `..`, no
/// leading dot, no control or invisible format characters, not too long. Names that come from
/// data (regions from a facts file) go through this before they become part of a path.
pub fn safe_name_part(name: &str) -> Result<&str, OutputError> {
    let bad = name.is_empty()
        || name.chars().count() > MAX_NAME_CHARS
        || name.starts_with('.')
        || name.contains("..")
        || name.chars().any(|c| {
            matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|')
                || c.is_control()
                || c.is_whitespace()
                || matches!(c, '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{feff}')
        });
    if bad {
        Err(OutputError::UnsafeName {
            name: name.to_owned(),
        })
    } else {
        Ok(name)
    }
}

/// Writes `bytes` to `path` atomically (temporary file + rename); creates missing parent
/// directories. On failure the temporary file is removed and `path` is untouched.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), OutputError> {
    write_all_atomically(&[(path, bytes)])
}

/// Like [`write_atomically`], for output too large to hold twice: `write` streams it into the
/// temporary file (buffer it: it gets the file itself).
pub fn write_atomically_with(
    path: &Path,
    write: impl FnOnce(&mut std::fs::File) -> std::io::Result<()>,
) -> Result<(), OutputError> {
    stage_with(path, write)?
        .persist(path)
        .map_err(|e| OutputError::Write {
            path: path.to_owned(),
            source: e.error,
        })?;
    Ok(())
}

/// Writes every file of a set atomically and all-or-nothing: each goes to its own temporary
/// file first, and only when all of them are complete and flushed are they renamed into place.
/// A failure before that (a full disk) leaves every target untouched.
pub fn write_all_atomically(files: &[(&Path, &[u8])]) -> Result<(), OutputError> {
    let mut staged = Vec::with_capacity(files.len());
    for (path, bytes) in files {
        staged.push((stage(path, bytes)?, *path));
    }
    for (temp, path) in staged {
        temp.persist(path).map_err(|e| OutputError::Write {
            path: path.to_owned(),
            source: e.error,
        })?;
    }
    Ok(())
}

/// Writes `bytes` to a fresh temporary file beside `path` and flushes it to disk.
fn stage(path: &Path, bytes: &[u8]) -> Result<tempfile::NamedTempFile, OutputError> {
    stage_with(path, |file| file.write_all(bytes))
}

/// Runs `write` on a fresh temporary file beside `path`, then flushes the file to disk.
fn stage_with(
    path: &Path,
    write: impl FnOnce(&mut std::fs::File) -> std::io::Result<()>,
) -> Result<tempfile::NamedTempFile, OutputError> {
    let fail = |source| OutputError::Write {
        path: path.to_owned(),
        source,
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir).map_err(fail)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let prefix = format!(".{name}.");
    remove_stale_temps(&dir, &prefix);
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    // tempfile creates 0600 files; an output is a document for others to read, so it gets the
    // mode `File::create` would give (0666 less the umask), still created exclusively.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let mut temp = builder.tempfile_in(&dir).map_err(fail)?;
    write(temp.as_file_mut()).map_err(fail)?;
    temp.as_file().sync_all().map_err(fail)?;
    Ok(temp)
}

/// Removes regular files `<prefix>*.tmp` in `dir` older than [`STALE_TEMP_AGE`]: what a killed
/// run left. Younger ones may belong to a run in progress and are kept.
fn remove_stale_temps(dir: &Path, prefix: &str) {
    for name in names_like(dir, prefix.as_bytes(), b".tmp") {
        let path = dir.join(name);
        let Ok(meta) = path.symlink_metadata() else {
            continue;
        };
        let old = meta
            .modified()
            .ok()
            .and_then(|m| m.elapsed().ok())
            .is_some_and(|age| age > STALE_TEMP_AGE);
        if meta.file_type().is_file() && old {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// The names in `dir` that start with `prefix` and end with `suffix`, compared as bytes.
///
/// The directory may hold thousands of unrelated entries (/tmp): on Linux it is read with
/// getdents into one buffer, each name looked at in place (`std::fs::read_dir` allocates and
/// frees every name twice, which was most of a `jianbao extract` run's writing in /tmp). The
/// names this keeps are ours: `prefix` (UTF-8), then tempfile's ASCII letters and `.tmp`.
#[cfg(target_os = "linux")]
fn names_like(dir: &Path, prefix: &[u8], suffix: &[u8]) -> Vec<std::ffi::OsString> {
    use rustix::fs::{Mode, OFlags, RawDir, CWD};
    use std::os::unix::ffi::OsStrExt;
    let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC;
    let Ok(fd) = rustix::fs::openat(CWD, dir, flags, Mode::empty()) else {
        return Vec::new();
    };
    let mut buffer = [std::mem::MaybeUninit::<u8>::uninit(); 32 * 1024];
    let mut entries = RawDir::new(fd, &mut buffer);
    let mut found = Vec::new();
    while let Some(Ok(entry)) = entries.next() {
        let name = entry.file_name().to_bytes();
        if name.starts_with(prefix) && name.ends_with(suffix) {
            found.push(std::ffi::OsStr::from_bytes(name).to_owned());
        }
    }
    found
}

/// The names in `dir` that start with `prefix` and end with `suffix`, compared as bytes.
#[cfg(not(target_os = "linux"))]
fn names_like(dir: &Path, prefix: &[u8], suffix: &[u8]) -> Vec<std::ffi::OsString> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .flatten()
        .map(|entry| entry.file_name())
        .filter(|name| {
            let name = name.as_encoded_bytes();
            name.starts_with(prefix) && name.ends_with(suffix)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_and_replaces_without_leftovers() {
        let dir = std::env::temp_dir().join(format!("jianbao-out-{}", std::process::id()));
        let path = dir.join("sub").join("简报.pdf");
        write_atomically(&path, b"one").unwrap();
        write_atomically(&path, b"two").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        let names: Vec<_> = std::fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "temporary files left: {names:?}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn threads_writing_one_path_never_see_each_others_halves() {
        let dir = std::env::temp_dir().join(format!("jianbao-out-threads-{}", std::process::id()));
        let path = dir.join("same.bin");
        std::thread::scope(|scope| {
            for byte in 0..8u8 {
                let path = &path;
                scope.spawn(move || {
                    for _ in 0..20 {
                        write_atomically(path, &vec![byte; 200_000]).unwrap();
                    }
                });
            }
        });
        let bytes = std::fs::read(&path).unwrap();
        assert_eq!(bytes.len(), 200_000);
        assert!(
            bytes.iter().all(|&b| b == bytes[0]),
            "file mixes two writers"
        );
        assert_eq!(
            std::fs::read_dir(&dir).unwrap().count(),
            1,
            "temporary files left"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn unwritable_target_is_an_error_and_leaves_nothing() {
        let dir = std::env::temp_dir().join(format!("jianbao-out-ro-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        // A directory where the file should go: rename fails.
        let path = dir.join("taken");
        std::fs::create_dir_all(path.join("inner")).unwrap();
        let err = write_atomically(&path, b"x").unwrap_err().to_string();
        assert!(err.contains("taken"), "{err}");
        let leftovers = std::fs::read_dir(&dir)
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .file_name()
                    .to_string_lossy()
                    .ends_with(".tmp")
            })
            .count();
        assert_eq!(leftovers, 0);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    /// Issue 12 item 2: a symlink planted at a predictable temporary name was followed and its
    /// target overwritten. Temporary names are now random and created exclusively; plant a
    /// symlink at every name the old scheme could use and at a guess of the new one.
    #[test]
    fn planted_symlinks_are_never_followed() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim.txt");
        std::fs::write(&victim, b"precious").unwrap();
        let path = dir.path().join("out.md");
        for serial in 0..4 {
            let old_name = format!(".out.md.{}-{serial}.tmp", std::process::id());
            std::os::unix::fs::symlink(&victim, dir.path().join(old_name)).unwrap();
        }
        write_atomically(&path, b"report").unwrap();
        assert_eq!(std::fs::read(&victim).unwrap(), b"precious");
        assert_eq!(std::fs::read(&path).unwrap(), b"report");
        assert!(!std::fs::symlink_metadata(&path)
            .unwrap()
            .file_type()
            .is_symlink());
    }

    /// Outputs are documents to share: they get the mode a plain `File::create` gives (0666
    /// less the umask), not the 0600 of a private temporary file.
    #[cfg(unix)]
    #[test]
    fn outputs_get_the_usual_file_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let plain = dir.path().join("plain.txt");
        std::fs::File::create(&plain).unwrap();
        let path = dir.path().join("out.md");
        write_atomically(&path, b"report").unwrap();
        let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), mode(&plain));
    }

    #[test]
    fn stale_temporary_files_are_removed_and_fresh_ones_kept() {
        let dir = tempfile::tempdir().unwrap();
        let stale = dir.path().join(".out.md.abc123.tmp");
        let fresh = dir.path().join(".out.md.def456.tmp");
        std::fs::write(&stale, b"x").unwrap();
        std::fs::write(&fresh, b"x").unwrap();
        let old = std::time::SystemTime::now() - Duration::from_secs(7200);
        std::fs::File::options()
            .write(true)
            .open(&stale)
            .unwrap()
            .set_modified(old)
            .unwrap();
        write_atomically(&dir.path().join("out.md"), b"r").unwrap();
        assert!(!stale.exists(), "stale temporary file kept");
        assert!(fresh.exists(), "a running writer's file was removed");
    }

    /// Issue 12 item 11: on a write failure in the middle of a set, no file of the set is
    /// replaced (the old DOCX was kept beside a new PDF).
    #[test]
    fn a_failing_file_of_a_set_leaves_every_target_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let pdf = dir.path().join("b.pdf");
        std::fs::write(&pdf, b"old pdf").unwrap();
        // The second target's directory cannot be created: a file is in the way.
        std::fs::write(dir.path().join("blocker"), b"").unwrap();
        let docx = dir.path().join("blocker").join("b.docx");
        let result = write_all_atomically(&[(&pdf, b"new pdf"), (&docx, b"new docx")]);
        assert!(result.is_err());
        assert_eq!(std::fs::read(&pdf).unwrap(), b"old pdf");
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .filter(|n| n.to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
    }

    #[test]
    fn names_from_data_cannot_become_paths() {
        for bad in [
            "/../../../../tmp/X",
            "..",
            "a/b",
            "浙江\n# 标题",
            "",
            ".hidden",
            "a\\b",
            "x\u{202e}y",
        ] {
            assert!(safe_name_part(bad).is_err(), "{bad:?} accepted");
        }
        assert_eq!(safe_name_part("浙江").unwrap(), "浙江");
    }

    #[test]
    fn out_naming_a_file_is_explained() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("f");
        std::fs::write(&file, b"").unwrap();
        let err = check_output_dir(&file).unwrap_err().to_string();
        assert!(err.contains("not a directory"), "{err}");
        assert!(check_output_dir(&dir.path().join("new")).is_ok());
    }
}
