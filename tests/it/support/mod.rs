//! Helpers the root crate's integration test modules share.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Runs the `jianbao` binary in `dir` with `args` and the extra environment `env`, as a user
/// would; `SOURCE_DATE_EPOCH` is removed so that dates come from the run, not the caller's shell.
pub fn jianbao_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_jianbao"));
    command
        .args(args)
        .current_dir(dir)
        .env_remove("SOURCE_DATE_EPOCH");
    for (k, v) in env {
        command.env(k, v);
    }
    command.output().expect("the jianbao binary runs")
}

/// [`jianbao_env`] with no extra environment.
pub fn jianbao(dir: &Path, args: &[&str]) -> Output {
    jianbao_env(dir, args, &[])
}

/// Whether the external tool `name` (pdftotext, soffice, typst …) runs here. A missing tool skips
/// its check with a note, unless `JIANBAO_REQUIRE_TOOLS` is set, as `.ci/run` sets it: then a
/// missing tool fails the test rather than letting it pass unseen.
pub fn tool(name: &str) -> bool {
    let found = Command::new(name).arg("-v").output().is_ok();
    if !found {
        assert!(
            std::env::var_os("JIANBAO_REQUIRE_TOOLS").is_none(),
            "{name} is required (JIANBAO_REQUIRE_TOOLS) but not installed"
        );
        eprintln!("note: {name} not installed, check skipped");
    }
    found
}

/// The text of the PDF at `pdf` as `pdftotext` reads it, without whitespace (a line break or a
/// justified space may fall anywhere in a sentence).
pub fn pdf_text_unspaced(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    String::from_utf8_lossy(&out.stdout)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// A fresh scratch directory for test `name` with an empty `sources/` in it.
pub fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("jianbao-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("sources")).unwrap();
    dir
}

/// Builds the Markdown and PDF briefing of 2026-11-30 from the articles `sources` (file name,
/// text) in a fresh scratch directory for test `name`, as a user would; returns the directory
/// (the PDF is `out/briefing-20261130.pdf`) and the Markdown.
pub fn briefing_of(name: &str, sources: &[(&str, &str)]) -> (PathBuf, String) {
    let dir = scratch(name);
    for (file, text) in sources {
        std::fs::write(dir.join("sources").join(file), text).unwrap();
    }
    let out = jianbao(
        &dir,
        &[
            "build",
            "--sources",
            "sources",
            "--date",
            "2026-11-30",
            "--format",
            "md,pdf",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let md = std::fs::read_to_string(dir.join("out/briefing-20261130.md")).unwrap();
    (dir, md)
}
