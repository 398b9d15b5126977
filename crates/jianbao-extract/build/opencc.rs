//! Traditional → simplified, one character for one, computed when the crate is built (build.rs)
//! from OpenCC's character tables in data/opencc and written as Rust statics into OUT_DIR: a
//! direct-indexed table for the CJK Unified Ideographs block (most of every text) and a sorted
//! list for the few other characters that change, so no process parses the tables at start and a
//! character costs one array read. Shared with the crate's tests through `#[path]`.

use std::collections::HashMap;
use std::fmt::Write as _;

/// The block read by direct index: CJK Unified Ideographs.
pub const HAN_FIRST: char = '\u{4e00}';
pub const HAN_LAST: char = '\u{9fff}';

/// Each OpenCC table line is `from<TAB>to [alternatives]`; the first target is the default.
/// Lines of another form (the comment header) are no mappings.
fn read_table(text: &str, into: &mut HashMap<char, char>) {
    for line in text.lines() {
        let mut cells = line.split('\t');
        let (Some(from), Some(to)) = (cells.next(), cells.next()) else {
            continue;
        };
        let mut from_chars = from.chars();
        let first_target = to.split(' ').next().unwrap_or_default();
        let mut target_chars = first_target.chars();
        let to = target_chars
            .next()
            .filter(|_| target_chars.next().is_none());
        if let (Some(f), None, Some(t)) = (from_chars.next(), from_chars.next(), to) {
            into.entry(f).or_insert(t);
        }
    }
}

/// The simplified form of every character: the Taiwan and Hong Kong variant forms brought to
/// OpenCC's standard first, then standard traditional → simplified (a character none of the
/// tables lists is itself).
pub struct Simplifier {
    variants: HashMap<char, char>,
    simplified: HashMap<char, char>,
}

impl Simplifier {
    pub fn new(tw_variants_rev: &str, hk_variants_rev: &str, ts_characters: &str) -> Simplifier {
        let mut variants = HashMap::new();
        read_table(tw_variants_rev, &mut variants);
        read_table(hk_variants_rev, &mut variants);
        let mut simplified = HashMap::new();
        read_table(ts_characters, &mut simplified);
        Simplifier {
            variants,
            simplified,
        }
    }

    /// The simplified form of one character (itself when it has none).
    pub fn simplified(&self, c: char) -> char {
        if c.is_ascii() {
            return c;
        }
        let standard = self.variants.get(&c).copied().unwrap_or(c);
        self.simplified
            .get(&standard)
            .or_else(|| self.simplified.get(&c))
            .copied()
            .unwrap_or(standard)
    }

    /// The characters outside the direct block that change, ascending.
    fn changed_outside_block(&self) -> Vec<(char, char)> {
        let mut changed: Vec<(char, char)> = self
            .variants
            .keys()
            .chain(self.simplified.keys())
            .copied()
            .filter(|c| !(HAN_FIRST..=HAN_LAST).contains(c))
            .map(|c| (c, self.simplified(c)))
            .filter(|(c, s)| c != s)
            .collect();
        changed.sort_unstable();
        changed.dedup();
        changed
    }

    /// The statics `SIMPLIFIED_HAN` (one entry per character of the block) and
    /// `SIMPLIFIED_OTHER` (sorted (from, to) pairs).
    pub fn to_rust(&self) -> String {
        let mut out = String::new();
        let block = u32::from(HAN_LAST) - u32::from(HAN_FIRST) + 1;
        let _ = writeln!(out, "static SIMPLIFIED_HAN: [char; {block}] = [");
        for c in (HAN_FIRST..=HAN_LAST).map(|c| self.simplified(c)) {
            let _ = write!(out, "{c:?},");
        }
        out.push_str("];\n");
        let other = self.changed_outside_block();
        let _ = writeln!(
            out,
            "static SIMPLIFIED_OTHER: [(char, char); {}] = [",
            other.len()
        );
        for (from, to) in other {
            let _ = write!(out, "({from:?}, {to:?}),");
        }
        out.push_str("];\n");
        out
    }
}
