//! Link settings of the `jianbao` binary.

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
        // Linked at a fixed address (not position-independent): the relocated tables
        // (.data.rel.ro, 2.3 MB: chrono-tz's zones, HTML entities, glyph names, the place and
        // cue tables) then hold their final pointers in the file, and only the pages a run
        // reads are paged in, where a PIE has the loader write, and so keep resident, every
        // page of them at start. Peak memory of `jianbao extract` falls by about 2.2 MB at any
        // input size. The cost: the executable's own code and data lose address-space
        // randomisation (libraries, heap and stack keep it); jianbao reads local files and
        // runs no network service.
        println!("cargo::rustc-link-arg-bins=-no-pie");
    }
}
