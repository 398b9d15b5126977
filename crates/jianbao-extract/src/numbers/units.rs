//! The units and measure words of data/units.toml: the table read once, the unit written at a
//! position, the words that are no count, and unit families.

#[cfg(test)]
pub(super) const UNIT_DATA: &str = include_str!("../../../../data/units.toml");

// `UNIT_LISTS`: data/units.toml as a `UnitFile` of static slices, written when the crate was
// built (build.rs, build/flat_lists.rs), so that no start parses its TOML; the tests check it
// equals the parse.
include!(concat!(env!("OUT_DIR"), "/unit_lists.rs"));

/// The units and measure words of data/units.toml, parsed once.
pub(super) struct UnitTable {
    /// (written form, unit as facts write it, factor), longest written form first.
    pub(super) units: Vec<(Vec<char>, String, f64)>,
    pub(super) not_counts: Vec<Vec<char>>,
    pub(super) families: Vec<Vec<String>>,
    pub(super) chinese_counts: ChineseCounts,
    pub(super) tenths: Tenths,
    pub(super) rota: Rota,
    /// Words before a page's view counter (浏览量, 阅读).
    pub(super) counters: Vec<Vec<char>>,
    /// (noun after the measure word, count that is the whole set), e.g. (省, 31).
    pub(super) whole_sets: Vec<(Vec<char>, f64)>,
}

/// When a Chinese numeral below a hundred counts concrete units (data/units.toml). Lists `L`
/// are owned as the table holds them, static slices as build.rs writes them.
#[derive(serde::Deserialize, Default, Debug)]
pub(super) struct ChineseCounts<L = Vec<String>> {
    /// Measure words that count concrete units by themselves (幢, 户, 家 …).
    pub(super) measures: L,
    /// Measure words of kinds (种), which never count concrete units after a Chinese numeral.
    pub(super) kinds: L,
    /// Concrete nouns that make a generic measure word (个, 支 …) count (社区, 组织 …).
    pub(super) nouns: L,
}

/// 成 as a share in tenths (近三成), and the characters after it that make it a word instead.
#[derive(serde::Deserialize, Default, Debug)]
pub(super) struct Tenths<L = Vec<String>, S = String> {
    pub(super) unit: S,
    pub(super) not_before: L,
}

/// A duty rota: a few people per period (每天有1名县领导接访).
#[derive(serde::Deserialize, Default, Debug)]
pub(super) struct Rota<L = Vec<String>> {
    pub(super) periods: L,
    pub(super) verbs: L,
    pub(super) people_units: L,
}

/// data/units.toml: owned as it parses (the defaults), or of static slices and pairs as
/// build.rs writes it (lists `L`, strings `S`, units `U`, whole sets `W`, families `F`).
#[derive(serde::Deserialize, Debug)]
pub(super) struct UnitFile<
    L = Vec<String>,
    S = String,
    U = std::collections::BTreeMap<String, (String, u64)>,
    W = std::collections::BTreeMap<String, u64>,
    F = Vec<Vec<String>>,
> {
    pub(super) units: U,
    pub(super) not_counts: L,
    pub(super) families: F,
    pub(super) chinese_counts: ChineseCounts<L>,
    pub(super) tenths: Tenths<L, S>,
    pub(super) rota: Rota<L>,
    pub(super) whole_sets: W,
    pub(super) counters: L,
}

/// data/units.toml as build.rs writes it: static slices, the tables as (name, value) pairs.
pub(super) type StaticUnitFile = UnitFile<
    &'static [&'static str],
    &'static str,
    &'static [(&'static str, (&'static str, u64))],
    &'static [(&'static str, u64)],
    &'static [&'static [&'static str]],
>;

/// The static lists as the owned file the table is built from, maps and all (so the units and
/// whole sets come out in the parse's key order).
pub(super) fn unit_file_of(lists: &StaticUnitFile) -> UnitFile {
    let owned = |list: &[&str]| -> Vec<String> { list.iter().map(|w| w.to_string()).collect() };
    UnitFile {
        units: lists
            .units
            .iter()
            .map(|&(written, (unit, factor))| (written.to_string(), (unit.to_string(), factor)))
            .collect(),
        not_counts: owned(lists.not_counts),
        families: lists.families.iter().map(|f| owned(f)).collect(),
        chinese_counts: ChineseCounts {
            measures: owned(lists.chinese_counts.measures),
            kinds: owned(lists.chinese_counts.kinds),
            nouns: owned(lists.chinese_counts.nouns),
        },
        tenths: Tenths {
            unit: lists.tenths.unit.to_string(),
            not_before: owned(lists.tenths.not_before),
        },
        rota: Rota {
            periods: owned(lists.rota.periods),
            verbs: owned(lists.rota.verbs),
            people_units: owned(lists.rota.people_units),
        },
        whole_sets: lists
            .whole_sets
            .iter()
            .map(|&(noun, count)| (noun.to_string(), count))
            .collect(),
        counters: owned(lists.counters),
    }
}

pub(super) fn unit_table() -> &'static UnitTable {
    static TABLE: std::sync::OnceLock<UnitTable> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let file = unit_file_of(&UNIT_LISTS);
        let mut units: Vec<(Vec<char>, String, f64)> = file
            .units
            .into_iter()
            .map(|(written, (unit, factor))| (written.chars().collect(), unit, factor as f64))
            .collect();
        units.sort_by_key(|(w, _, _)| std::cmp::Reverse(w.len()));
        UnitTable {
            units,
            not_counts: file
                .not_counts
                .iter()
                .map(|w| w.chars().collect())
                .collect(),
            families: file.families,
            chinese_counts: file.chinese_counts,
            tenths: file.tenths,
            rota: file.rota,
            counters: file.counters.iter().map(|w| w.chars().collect()).collect(),
            whole_sets: file
                .whole_sets
                .into_iter()
                .map(|(noun, count)| (noun.chars().collect(), count as f64))
                .collect(),
        }
    })
}

/// Whether two units count the same thing (人 and 名, 家 and 个 …; data/units.toml `families`).
/// An empty unit matches any.
pub fn same_unit_family(a: &str, b: &str) -> bool {
    a.is_empty()
        || b.is_empty()
        || a == b
        || unit_table()
            .families
            .iter()
            .any(|f| f.iter().any(|u| same_word(u, a)) && f.iter().any(|u| same_word(u, b)))
}

/// The other measure words that count what `unit` counts (名 and 位 for 人; data/units.toml
/// `families`), each once: a figure restated in another of them states the same count.
pub fn unit_siblings(unit: &str) -> Vec<&'static str> {
    let mut siblings: Vec<&'static str> = Vec::new();
    for family in unit_table()
        .families
        .iter()
        .filter(|f| f.iter().any(|u| same_word(u, unit)))
    {
        for u in family {
            if !same_word(u, unit) && !siblings.contains(&u.as_str()) {
                siblings.push(u.as_str());
            }
        }
    }
    siblings
}

/// `a == b` for the few bytes of a unit, compared in place rather than by a call to memcmp
/// (units are compared in every figure's catalog lookup).
fn same_word(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).all(|(x, y)| x == y)
}

/// The unit written at `at`: (characters written, unit as facts write it, factor).
///
/// Unit characters are compared in simplified form: a mis-converted or mixed page keeps 個, 單,
/// 萬 that the page's script check did not convert.
pub(super) fn unit_at(chars: &[char], at: usize) -> Option<(usize, &'static str, f64)> {
    const LONGEST_UNIT: usize = 5;
    let mut written = ['\0'; LONGEST_UNIT];
    for (w, &c) in written.iter_mut().zip(chars.get(at..).unwrap_or_default()) {
        *w = crate::script::simplified(c);
    }
    unit_table()
        .units
        .iter()
        // (the first character first: it rules out most units without a slice comparison)
        .find(|(w, _, _)| {
            w.len() <= LONGEST_UNIT
                && w.first().is_none_or(|&c| c == written[0])
                && chars.len() >= at + w.len()
                && written[..w.len()] == w[..]
        })
        .map(|(w, u, f)| (w.len(), u.as_str(), *f))
}

pub(super) fn not_count_at(chars: &[char], at: usize) -> bool {
    // a longer unit written here is read as the unit (7大类 counts 类, 大 of 十八大 is a name)
    let unit_len = unit_at(chars, at).map_or(0, |(len, _, _)| len);
    unit_table().not_counts.iter().any(|w| {
        w.len() >= unit_len && chars.len() >= at + w.len() && chars[at..at + w.len()] == w[..]
    })
}
