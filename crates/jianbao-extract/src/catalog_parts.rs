//! How a catalog pattern splits into the parts its automaton searches for. Shared with build.rs
//! (through `#[path]`), which builds that automaton for data/metrics.toml ahead of time, so that
//! both sides list the parts in the same order.

/// The marker of a wording every remit uses (`~服务群众`).
pub const GENERIC: char = '~';

/// The marker of a bare noun that names the thing only next to the figure (`=志愿者`: 志愿者50名,
/// 96名志愿者), since a word between them narrows it (53名常驻志愿者 are some of the volunteers).
pub const ADJACENT: char = '=';

/// A pattern without its markers: whether it was `~` (generic), `=` (adjacent), and the wording.
pub fn strip_markers(pattern: &str) -> (bool, bool, &str) {
    let (generic, pattern) = match pattern.strip_prefix(GENERIC) {
        Some(rest) => (true, rest),
        None => (false, pattern),
    };
    let (adjacent, pattern) = match pattern.strip_prefix(ADJACENT) {
        Some(rest) => (true, rest),
        None => (false, pattern),
    };
    (generic, adjacent, pattern)
}

/// The parts of a wording (`A…B` → `A`, `B`), in order.
pub fn parts(wording: &str) -> impl Iterator<Item = &str> {
    wording.split('…').filter(|p| !p.is_empty())
}
