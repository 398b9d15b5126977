//! Which part of the corpus an article belongs to. The dev set is what the extractor was
//! measured on while it was built, so its figures flatter it; the held-out sets were gathered
//! afterwards and nothing is tuned on them, so their figures say how extraction generalises to
//! articles nobody has looked at. A held-out set whose headline has guided a round of work is
//! spent for the next round's final measurement, so each round gets a fresh one (heldout2,
//! then heldout3 once heldout2's failure kinds had guided a round, then heldout4 once heldout3's
//! had, then heldout5 once heldout4's had, then heldout6 once heldout5's had, then heldout7 once heldout6's had, then heldout8 once heldout7's had, then heldout9 once heldout8's had, then heldout10 once heldout9's had, then heldout11 once heldout10's had, then heldout12 once heldout11's had, then heldout13 once heldout12's had, then heldout14 once heldout13's had).
//! The scorer reports every set apart and never pools them into one headline.

use serde::Deserialize;

/// The set named by an article's `set` key in devcorpus/articles.toml (absent: dev).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CorpusSet {
    /// Articles used while building the extractor.
    #[default]
    Dev,
    /// Articles gathered afterwards to measure generalisation; never tuned on.
    Heldout,
    /// A second set gathered after the first held-out headline had guided a round of work,
    /// so that the round's final measurement is on articles nobody has seen; never tuned on.
    Heldout2,
    /// A third set gathered after heldout2's failure kinds had guided a round of work (so
    /// heldout2 is now guided too): that round's final, unbiased measure; never tuned on.
    Heldout3,
    /// A fourth set gathered once heldout3's failure kinds were guiding a round of work (so
    /// heldout3 is guided too): that round's final, unbiased measure; never tuned on.
    Heldout4,
    /// A fifth set gathered once heldout4's failure kinds were guiding a round of work (so
    /// heldout4 is guided too): that round's final, unbiased measure; never tuned on.
    Heldout5,
    /// A sixth set gathered once heldout5's failure kinds were guiding a round of work (so
    /// heldout5 is guided too): that round's final, unbiased measure; never tuned on.
    Heldout6,
    /// A seventh set gathered once heldout6's failure kinds were guiding a round of work (so
    /// heldout6 is guided too): that round's final, unbiased measure; never tuned on.
    Heldout7,
    /// An eighth set gathered once heldout7's failure kinds were guiding a round of work (so
    /// heldout7 is guided too): that round's final, unbiased measure; never tuned on.
    Heldout8,
    /// A ninth set gathered once heldout8's failure kinds were guiding a round of work (so
    /// heldout8 is guided too): that round's final, unbiased measure; never tuned on.
    Heldout9,
    /// A tenth set gathered once heldout9's failure kinds were guiding a round of work (so
    /// heldout9 is guided too): that round's final, unbiased measure; never tuned on.
    Heldout10,
    /// An eleventh set gathered once heldout10's failure kinds were guiding a round of work (so
    /// heldout10 is guided too): that round's final, unbiased measure; never tuned on.
    Heldout11,
    /// A twelfth set gathered once heldout11's failure kinds were guiding a round of work (so
    /// heldout11 is guided too): that round's final, unbiased measure; never tuned on.
    Heldout12,
    /// A thirteenth set gathered once heldout12's failure kinds were guiding a round of work (so
    /// heldout12 is guided too): that round's final, unbiased measure; never tuned on.
    Heldout13,
    /// A fourteenth set gathered once heldout13's failure kinds were guiding a round of work (so
    /// heldout13 is guided too): that round's final, unbiased measure; never tuned on.
    Heldout14,
}

impl CorpusSet {
    /// Every set, in report order.
    pub const ALL: [CorpusSet; 15] = [
        CorpusSet::Dev,
        CorpusSet::Heldout,
        CorpusSet::Heldout2,
        CorpusSet::Heldout3,
        CorpusSet::Heldout4,
        CorpusSet::Heldout5,
        CorpusSet::Heldout6,
        CorpusSet::Heldout7,
        CorpusSet::Heldout8,
        CorpusSet::Heldout9,
        CorpusSet::Heldout10,
        CorpusSet::Heldout11,
        CorpusSet::Heldout12,
        CorpusSet::Heldout13,
        CorpusSet::Heldout14,
    ];

    /// The key as written in articles.toml and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            CorpusSet::Dev => "dev",
            CorpusSet::Heldout => "heldout",
            CorpusSet::Heldout2 => "heldout2",
            CorpusSet::Heldout3 => "heldout3",
            CorpusSet::Heldout4 => "heldout4",
            CorpusSet::Heldout5 => "heldout5",
            CorpusSet::Heldout6 => "heldout6",
            CorpusSet::Heldout7 => "heldout7",
            CorpusSet::Heldout8 => "heldout8",
            CorpusSet::Heldout9 => "heldout9",
            CorpusSet::Heldout10 => "heldout10",
            CorpusSet::Heldout11 => "heldout11",
            CorpusSet::Heldout12 => "heldout12",
            CorpusSet::Heldout13 => "heldout13",
            CorpusSet::Heldout14 => "heldout14",
        }
    }

    /// Every set's key joined by `separator`, for usage messages that name the choices.
    pub fn keys(separator: &str) -> String {
        CorpusSet::ALL.map(CorpusSet::as_str).join(separator)
    }

    /// Reads a `--set=` value.
    pub fn parse(name: &str) -> Option<CorpusSet> {
        CorpusSet::ALL.into_iter().find(|s| s.as_str() == name)
    }
}

/// The items of each set, in the order of [`CorpusSet::ALL`], leaving out sets with none.
pub fn by_set<T>(items: &[T], set_of: impl Fn(&T) -> CorpusSet) -> Vec<(CorpusSet, Vec<&T>)> {
    CorpusSet::ALL
        .into_iter()
        .map(|set| (set, items.iter().filter(|i| set_of(i) == set).collect()))
        .filter(|(_, part): &(CorpusSet, Vec<&T>)| !part.is_empty())
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
    fn an_entry_without_a_set_is_dev_and_heldout_is_read() {
        assert_eq!(entry("").unwrap().set, CorpusSet::Dev);
        assert_eq!(entry("set = \"heldout\"").unwrap().set, CorpusSet::Heldout);
        assert_eq!(
            entry("set = \"heldout2\"").unwrap().set,
            CorpusSet::Heldout2
        );
        assert_eq!(
            entry("set = \"heldout3\"").unwrap().set,
            CorpusSet::Heldout3
        );
        assert_eq!(
            entry("set = \"heldout4\"").unwrap().set,
            CorpusSet::Heldout4
        );
        assert_eq!(
            entry("set = \"heldout5\"").unwrap().set,
            CorpusSet::Heldout5
        );
        assert_eq!(
            entry("set = \"heldout6\"").unwrap().set,
            CorpusSet::Heldout6
        );
        assert_eq!(
            entry("set = \"heldout7\"").unwrap().set,
            CorpusSet::Heldout7
        );
        assert_eq!(
            entry("set = \"heldout8\"").unwrap().set,
            CorpusSet::Heldout8
        );
        assert_eq!(
            entry("set = \"heldout9\"").unwrap().set,
            CorpusSet::Heldout9
        );
        assert_eq!(
            entry("set = \"heldout10\"").unwrap().set,
            CorpusSet::Heldout10
        );
        assert_eq!(
            entry("set = \"heldout11\"").unwrap().set,
            CorpusSet::Heldout11
        );
        assert_eq!(
            entry("set = \"heldout12\"").unwrap().set,
            CorpusSet::Heldout12
        );
        assert_eq!(
            entry("set = \"heldout13\"").unwrap().set,
            CorpusSet::Heldout13
        );
        assert_eq!(
            entry("set = \"heldout14\"").unwrap().set,
            CorpusSet::Heldout14
        );
        assert_eq!(entry("set = \"dev\"").unwrap().set, CorpusSet::Dev);
    }

    #[test]
    fn an_unknown_set_is_an_error_not_dev() {
        assert!(entry("set = \"held-out\"").is_err());
        assert!(entry("set = \"heldout15\"").is_err());
        assert_eq!(CorpusSet::parse("heldout14"), Some(CorpusSet::Heldout14));
        assert_eq!(CorpusSet::parse("heldout13"), Some(CorpusSet::Heldout13));
        assert_eq!(CorpusSet::parse("heldout12"), Some(CorpusSet::Heldout12));
        assert_eq!(CorpusSet::parse("heldout11"), Some(CorpusSet::Heldout11));
        assert_eq!(CorpusSet::parse("heldout10"), Some(CorpusSet::Heldout10));
        assert_eq!(CorpusSet::parse("heldout9"), Some(CorpusSet::Heldout9));
        assert_eq!(CorpusSet::parse("heldout8"), Some(CorpusSet::Heldout8));
        assert_eq!(CorpusSet::parse("heldout7"), Some(CorpusSet::Heldout7));
        assert_eq!(CorpusSet::parse("heldout6"), Some(CorpusSet::Heldout6));
        assert_eq!(CorpusSet::parse("heldout5"), Some(CorpusSet::Heldout5));
        assert_eq!(CorpusSet::parse("heldout4"), Some(CorpusSet::Heldout4));
        assert_eq!(CorpusSet::parse("heldout3"), Some(CorpusSet::Heldout3));
        assert_eq!(CorpusSet::parse("heldout2"), Some(CorpusSet::Heldout2));
        assert_eq!(CorpusSet::parse("heldout"), Some(CorpusSet::Heldout));
        assert_eq!(CorpusSet::parse("dev"), Some(CorpusSet::Dev));
        assert_eq!(CorpusSet::parse("test"), None);
    }

    #[test]
    fn items_split_by_set_in_report_order_without_empty_sets() {
        let items = [
            ("a", CorpusSet::Heldout),
            ("e", CorpusSet::Heldout3),
            ("f", CorpusSet::Heldout4),
            ("g", CorpusSet::Heldout5),
            ("h", CorpusSet::Heldout6),
            ("i", CorpusSet::Heldout7),
            ("j", CorpusSet::Heldout8),
            ("k", CorpusSet::Heldout9),
            ("l", CorpusSet::Heldout10),
            ("m", CorpusSet::Heldout11),
            ("n", CorpusSet::Heldout12),
            ("o", CorpusSet::Heldout13),
            ("p", CorpusSet::Heldout14),
            ("d", CorpusSet::Heldout2),
            ("b", CorpusSet::Dev),
            ("c", CorpusSet::Heldout),
        ];
        let split = by_set(&items, |i| i.1);
        let names: Vec<(CorpusSet, Vec<&str>)> = split
            .iter()
            .map(|(set, part)| (*set, part.iter().map(|i| i.0).collect()))
            .collect();
        assert_eq!(
            names,
            vec![
                (CorpusSet::Dev, vec!["b"]),
                (CorpusSet::Heldout, vec!["a", "c"]),
                (CorpusSet::Heldout2, vec!["d"]),
                (CorpusSet::Heldout3, vec!["e"]),
                (CorpusSet::Heldout4, vec!["f"]),
                (CorpusSet::Heldout5, vec!["g"]),
                (CorpusSet::Heldout6, vec!["h"]),
                (CorpusSet::Heldout7, vec!["i"]),
                (CorpusSet::Heldout8, vec!["j"]),
                (CorpusSet::Heldout9, vec!["k"]),
                (CorpusSet::Heldout10, vec!["l"]),
                (CorpusSet::Heldout11, vec!["m"]),
                (CorpusSet::Heldout12, vec!["n"]),
                (CorpusSet::Heldout13, vec!["o"]),
                (CorpusSet::Heldout14, vec!["p"])
            ]
        );
        assert_eq!(
            CorpusSet::keys("|"),
            "dev|heldout|heldout2|heldout3|heldout4|heldout5|heldout6|heldout7|heldout8|heldout9|heldout10|heldout11|heldout12|heldout13|heldout14"
        );
        let only_dev = [("b", CorpusSet::Dev)];
        assert_eq!(by_set(&only_dev, |i| i.1).len(), 1);
    }
}
