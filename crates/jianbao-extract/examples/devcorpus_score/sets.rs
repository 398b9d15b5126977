//! Which part of the corpus an article belongs to. The dev set is what the extractor was
//! measured on while it was built, so its figures flatter it; the held-out sets were gathered
//! afterwards and nothing is tuned on them, so their figures say how extraction generalises to
//! articles nobody has looked at. A held-out set whose failure kinds have guided a round of work
//! is spent for the next round's final measurement, so each round gets a fresh one: heldout,
//! then heldout2, heldout3 … (`heldoutN`), each gathered once the one before it was guiding a
//! round. The numbering is open, so a new round's set needs no change here.
//! The scorer reports every set apart and never pools them into one headline.

use serde::{Deserialize, Deserializer};

/// The set named by an article's `set` key in devcorpus/articles.toml (absent: dev).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum CorpusSet {
    /// Articles used while building the extractor.
    #[default]
    Dev,
    /// The n-th set gathered afterwards to measure generalisation (`heldout` is the first,
    /// then `heldout2`, `heldout3` …); never tuned on.
    Heldout(u16),
}

impl CorpusSet {
    /// The choices as a usage message names them.
    pub const KEYS: &'static str = "dev|heldout|heldoutN (N = 2, 3, …)";

    /// The key as written in articles.toml and on the command line.
    pub fn name(self) -> String {
        match self {
            CorpusSet::Dev => "dev".to_owned(),
            CorpusSet::Heldout(1) => "heldout".to_owned(),
            CorpusSet::Heldout(n) => format!("heldout{n}"),
        }
    }

    /// Reads a key: `dev`, `heldout`, or `heldout` and a number from 2 written without
    /// leading zeros (so each set has one spelling and a typo is an error, not a new set).
    pub fn parse(name: &str) -> Option<CorpusSet> {
        match name {
            "dev" => Some(CorpusSet::Dev),
            "heldout" => Some(CorpusSet::Heldout(1)),
            _ => {
                let digits = name.strip_prefix("heldout")?;
                let canonical =
                    digits.bytes().all(|b| b.is_ascii_digit()) && !digits.starts_with('0');
                let n: u16 = digits.parse().ok().filter(|_| canonical)?;
                (n >= 2).then_some(CorpusSet::Heldout(n))
            }
        }
    }
}

impl<'de> Deserialize<'de> for CorpusSet {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = String::deserialize(deserializer)?;
        CorpusSet::parse(&name).ok_or_else(|| {
            serde::de::Error::custom(format!("unknown set {name:?}: write {}", CorpusSet::KEYS))
        })
    }
}

/// The items of each set present, dev first and then the held-out sets in the order they were
/// gathered.
pub fn by_set<T>(items: &[T], set_of: impl Fn(&T) -> CorpusSet) -> Vec<(CorpusSet, Vec<&T>)> {
    let mut sets: Vec<CorpusSet> = items.iter().map(&set_of).collect();
    sets.sort_unstable();
    sets.dedup();
    sets.into_iter()
        .map(|set| (set, items.iter().filter(|i| set_of(i) == set).collect()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Entry {
        #[serde(default)]
        set: CorpusSet,
    }

    fn entry(toml: &str) -> Result<Entry, String> {
        jianbao_facts::parse_toml(toml, std::path::Path::new("articles.toml"))
            .map_err(|e| e.to_string())
    }

    #[test]
    fn an_entry_without_a_set_is_dev_and_every_heldout_is_read() {
        assert_eq!(entry("").unwrap().set, CorpusSet::Dev);
        assert_eq!(entry("set = \"dev\"").unwrap().set, CorpusSet::Dev);
        assert_eq!(
            entry("set = \"heldout\"").unwrap().set,
            CorpusSet::Heldout(1)
        );
        for n in [2u16, 9, 13, 14, 27] {
            let toml = format!("set = \"heldout{n}\"");
            assert_eq!(entry(&toml).unwrap().set, CorpusSet::Heldout(n));
            assert_eq!(
                CorpusSet::parse(&CorpusSet::Heldout(n).name()),
                Some(CorpusSet::Heldout(n))
            );
        }
    }

    #[test]
    fn an_unknown_or_misspelt_set_is_an_error_not_dev() {
        for bad in [
            "held-out",
            "heldout1",
            "heldout0",
            "heldout02",
            "heldout-3",
            "heldout+3",
            "Heldout2",
            "test",
            "",
        ] {
            assert!(entry(&format!("set = \"{bad}\"")).is_err(), "{bad}");
            assert_eq!(CorpusSet::parse(bad), None, "{bad}");
        }
        let message = entry("set = \"held-out\"").err().unwrap();
        assert!(message.contains("heldoutN"), "{message}");
    }

    #[test]
    fn items_split_by_set_in_report_order_without_empty_sets() {
        let items = [
            ("a", CorpusSet::Heldout(1)),
            ("e", CorpusSet::Heldout(10)),
            ("f", CorpusSet::Heldout(3)),
            ("d", CorpusSet::Heldout(2)),
            ("b", CorpusSet::Dev),
            ("c", CorpusSet::Heldout(1)),
        ];
        let names: Vec<(String, Vec<&str>)> = by_set(&items, |i| i.1)
            .iter()
            .map(|(set, part)| (set.name(), part.iter().map(|i| i.0).collect()))
            .collect();
        assert_eq!(
            names,
            [
                ("dev", vec!["b"]),
                ("heldout", vec!["a", "c"]),
                ("heldout2", vec!["d"]),
                ("heldout3", vec!["f"]),
                ("heldout10", vec!["e"]),
            ]
            .map(|(n, v)| (n.to_owned(), v))
        );
        let only_dev = [("b", CorpusSet::Dev)];
        assert_eq!(by_set(&only_dev, |i| i.1).len(), 1);
    }
}
