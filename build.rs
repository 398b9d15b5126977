//! Link settings of the `jianbao` binary.

use std::path::Path;

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let target = |key: &str| std::env::var(key).unwrap_or_default();
    // Relative relocations packed (DT_RELR; GNU ld >= 2.38, glibc >= 2.36, as on the Debian 12
    // machines and CI): the binary's ~86,000 relative relocations (pointers in its static tables)
    // become a 35 KB bitmap instead of a 2 MB table that the dynamic loader read at every start.
    // Peak memory falls by about 2.3 MB (`jianbao --version` 7.9 -> 5.7 MB, `jianbao extract` on
    // the seeds 14.2 -> 11.9 MB). An older GNU ld warns and links without it.
    if target("CARGO_CFG_TARGET_OS") == "linux" && target("CARGO_CFG_TARGET_ENV") == "gnu" {
        println!("cargo::rustc-link-arg-bins=-Wl,-z,pack-relative-relocs");
    }
    order_extract_functions();
}

/// The functions `jianbao extract` runs (link/extract-order.txt, written by
/// crates/jianbao-bench/extract-link-order.sh) are laid out side by side at the start of the
/// code. The kernel maps up to 16 cached pages around each page fault of a file-backed mapping,
/// so the few hundred functions a run needs, spread over 12 MB of code in link order, kept about
/// 3.3 MB of code resident; side by side about 1.7 MB (peak RSS of `jianbao extract` on 2 MB:
/// 26.0 -> 24.4 MB). Only lld reads the list (`--symbol-ordering-file`): rustc links with its
/// own lld on x86_64 Linux since 1.90, unless a linker is configured. Names the linker does not
/// find (a dependency upgraded) are skipped silently; a stale list costs memory, not
/// correctness.
fn order_extract_functions() {
    let list = Path::new(env!("CARGO_MANIFEST_DIR")).join("link/extract-order.txt");
    println!("cargo::rerun-if-changed={}", list.display());
    println!("cargo::rerun-if-env-changed=RUSTC_LINKER");
    let var = |key: &str| std::env::var(key).unwrap_or_default();
    let own_lld = var("CARGO_CFG_TARGET_ARCH") == "x86_64"
        && var("CARGO_CFG_TARGET_OS") == "linux"
        && var("CARGO_CFG_TARGET_ENV") == "gnu"
        && std::env::var_os("RUSTC_LINKER").is_none()
        && !var("CARGO_ENCODED_RUSTFLAGS").contains("link")
        && rustc_minor().is_some_and(|minor| minor >= 90);
    let path = list.to_string_lossy();
    // -Wl splits its argument at commas
    if own_lld && list.is_file() && !path.contains(',') {
        println!("cargo::rustc-link-arg-bins=-Wl,--symbol-ordering-file={path}");
        println!("cargo::rustc-link-arg-bins=-Wl,--no-warn-symbol-ordering");
    }
}

/// The minor version of the rustc building this (`rustc 1.95.0 (…)` → 95).
fn rustc_minor() -> Option<u32> {
    let rustc = std::env::var_os("RUSTC")?;
    let out = std::process::Command::new(rustc)
        .arg("--version")
        .output()
        .ok()?;
    let text = String::from_utf8(out.stdout).ok()?;
    let version = text.split_whitespace().nth(1)?;
    let mut parts = version.split('.');
    (parts.next()? == "1").then_some(())?;
    parts.next()?.parse().ok()
}
