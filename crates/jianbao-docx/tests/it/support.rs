//! Helpers every DOCX test module shares: the fixed render options, scratch directories, and
//! how a missing external tool (python-docx, LibreOffice) is skipped or, under
//! JIANBAO_REQUIRE_TOOLS, fails.

use std::path::PathBuf;
use std::process::Command;

use jianbao_docx::DocxOptions;

/// Options with a fixed creation time, so that output bytes are reproducible.
pub fn options() -> DocxOptions {
    DocxOptions {
        created: chrono::NaiveDate::from_ymd_opt(2026, 11, 22)
            .and_then(|d| d.and_hms_opt(8, 30, 0))
            .unwrap(),
        allow_missing_glyphs: false,
        header_text: None,
    }
}

/// A fresh directory for one test, unique to the test's name and this process.
pub fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("jianbao-docx-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Whether `program` runs with `args` and succeeds.
pub fn works(program: &str, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .output()
        .is_ok_and(|o| o.status.success())
}

/// A tool a test needs is missing: a note on stderr, or a failure when JIANBAO_REQUIRE_TOOLS is set.
pub fn skip_or_fail(note: &str) {
    assert!(
        std::env::var_os("JIANBAO_REQUIRE_TOOLS").is_none(),
        "required tool missing: {note}"
    );
    eprintln!("{note}");
}
