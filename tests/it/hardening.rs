//! Issue 12, end to end: hostile data, templates and environment get a clear error and a
//! non-zero exit, never a file outside `--out`, a secret in a report, a hang or a crash.

use std::path::PathBuf;
use std::process::{Command, Output};

use crate::support;
use support::{jianbao, jianbao_env};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("jianbao-hard-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Item 1: a province from a facts file became part of an output path (`/../../tmp/X`).
#[test]
fn a_province_that_is_a_path_never_leaves_out() {
    let dir = scratch("province");
    let extracted = jianbao(&dir, &["extract", "--out", "facts.json"]);
    assert!(extracted.status.success(), "{}", stderr(&extracted));
    let escape = dir.join("escaped");
    let facts = std::fs::read_to_string(dir.join("facts.json")).unwrap();
    let hostile = facts.replacen(
        "\"province\": \"浙江\"",
        &format!("\"province\": \"/../../../..{}/X\"", escape.display()),
        1,
    );
    assert_ne!(hostile, facts);
    std::fs::write(dir.join("facts.json"), hostile).unwrap();
    let out = jianbao(
        &dir,
        &[
            "build",
            "--facts",
            "facts.json",
            "--each-region",
            "--format",
            "md",
            "--date",
            "2026-11-22",
        ],
    );
    assert!(!out.status.success());
    assert!(stderr(&out).contains("not a province"), "{}", stderr(&out));
    assert!(!escape.exists(), "a file was written outside --out");
}

/// Item 3: templates could print environment variables (the SMTP password).
#[test]
fn templates_cannot_read_the_environment() {
    let dir = scratch("getenv");
    std::fs::write(
        dir.join("t.md"),
        "# 简报\n\n{{ get_env(name=\"JB_SECRET\") }}\n",
    )
    .unwrap();
    let out = jianbao_env(
        &dir,
        &[
            "build",
            "--template",
            "t.md",
            "--format",
            "md",
            "--date",
            "2026-11-22",
        ],
        &[("JB_SECRET", "hunter2-secret")],
    );
    assert!(!out.status.success());
    assert!(stderr(&out).contains("get_env"), "{}", stderr(&out));
    let written: String = std::fs::read_dir(dir.join("out"))
        .map(|d| {
            d.flatten()
                .map(|e| std::fs::read_to_string(e.path()).unwrap_or_default())
                .collect()
        })
        .unwrap_or_default();
    assert!(!written.contains("hunter2-secret"));
}

/// Items 14, 15, 17: a recursive macro, a huge range, `/dev/zero` as template.
#[test]
fn runaway_templates_are_errors() {
    let dir = scratch("runaway");
    std::fs::write(
        dir.join("rec.md"),
        "{% macro deep(n) %}{{ self::deep(n=n+1) }}{% endmacro deep %}{{ self::deep(n=1) }}\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("big.md"),
        "{% for i in range(end=200000000) %}x{% endfor %}\n",
    )
    .unwrap();
    for (template, expect) in [
        ("rec.md", "recursion"),
        ("big.md", "limit"),
        ("/dev/zero", "not a regular file"),
    ] {
        let out = jianbao(&dir, &["build", "--template", template, "--format", "md"]);
        assert!(!out.status.success(), "{template}");
        assert!(
            stderr(&out).contains(expect),
            "{template}: {}",
            stderr(&out)
        );
    }
}

/// Messages: a negative or non-numeric SOURCE_DATE_EPOCH was silently misused.
#[test]
fn a_bad_source_date_epoch_is_an_error() {
    let dir = scratch("epoch");
    for bad in ["-5", "yesterday", "1e9"] {
        let out = jianbao_env(
            &dir,
            &["build", "--format", "md"],
            &[("SOURCE_DATE_EPOCH", bad)],
        );
        assert!(!out.status.success(), "{bad}");
        assert!(
            stderr(&out).contains("SOURCE_DATE_EPOCH"),
            "{}",
            stderr(&out)
        );
    }
    let out = jianbao_env(
        &dir,
        &["build", "--format", "md", "--date", "2026-11-22"],
        &[("SOURCE_DATE_EPOCH", "1764000000")],
    );
    assert!(out.status.success(), "{}", stderr(&out));
}

/// Messages: `--out` naming a file said "File exists"; `--format pdf,pdf` built twice.
#[test]
fn out_naming_a_file_and_repeated_formats() {
    let dir = scratch("out");
    std::fs::write(dir.join("taken"), "").unwrap();
    let out = jianbao(&dir, &["build", "--format", "md", "--out", "taken"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("not a directory"), "{}", stderr(&out));
    let out = jianbao(
        &dir,
        &["build", "--format", "md,md", "--date", "2026-11-22"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let printed = String::from_utf8_lossy(&out.stdout);
    assert_eq!(printed.lines().count(), 1, "{printed}");
}

/// Item 17: a FIFO among the sources hung the run.
#[test]
fn a_fifo_among_the_sources_is_an_error_not_a_hang() {
    let dir = scratch("fifo");
    let sources = dir.join("src");
    std::fs::create_dir_all(&sources).unwrap();
    std::fs::write(sources.join("a.txt"), "浙江省社会工作者27.5万人。").unwrap();
    let made = Command::new("mkfifo").arg(sources.join("b.txt")).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("note: mkfifo not available, check skipped");
        return;
    }
    let out = jianbao(&dir, &["extract", "--sources", "src"]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("not a regular file"),
        "{}",
        stderr(&out)
    );
}

/// Item 10: unknown keys and impossible dates in sources.toml were accepted and printed.
#[test]
fn sources_toml_refuses_unknown_keys_and_impossible_dates() {
    let dir = scratch("manifest");
    let sources = dir.join("src");
    std::fs::create_dir_all(&sources).unwrap();
    std::fs::write(sources.join("a.txt"), "浙江省社会工作者27.5万人。").unwrap();
    std::fs::write(
        sources.join("sources.toml"),
        "[[source]]\nfile = \"a.txt\"\ntitle = \"t\"\nprovince = \"浙江\"\ndate = \"2025-13-40\"\n",
    )
    .unwrap();
    let out = jianbao(&dir, &["extract", "--sources", "src"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("sources.toml:5:"), "{}", stderr(&out));
}
