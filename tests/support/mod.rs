//! Helpers the workspace's integration tests share (each tests/*.rs file is its own crate and
//! includes this module with `mod support;`).

use std::process::Command;

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
