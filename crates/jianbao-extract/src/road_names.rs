//! Road names built from other places' names (南京东路, 北京路, 延安西路, 广州大道): a place name
//! followed by a road's ending (`data/road-names.toml`) is part of the road's name, so the
//! gazetteer does not read it as the place (a 上海 street called 南京东路街道 is no 南京).

use std::ops::Range;
use std::sync::OnceLock;

// `ROAD_WORDS`: data/road-names.toml as a `RoadWords`, written when the crate was built
// (build.rs, build/flat_lists.rs), so that no start parses its TOML; the tests check it equals the
// parse.
include!(concat!(env!("OUT_DIR"), "/road_words.rs"));

/// The lists of data/road-names.toml as build.rs writes them.
#[derive(Debug)]
struct RoadWords {
    directions: &'static str,
    endings: &'static [&'static str],
    not_endings: &'static [&'static str],
}

/// The words as characters, parsed once.
struct Words {
    directions: Vec<char>,
    endings: Vec<Vec<char>>,
    not_endings: Vec<Vec<char>>,
}

fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| {
        let raw = &ROAD_WORDS;
        let chars = |w: &&str| w.chars().collect::<Vec<char>>();
        Words {
            directions: raw.directions.chars().collect(),
            endings: raw.endings.iter().map(chars).collect(),
            not_endings: raw.not_endings.iter().map(chars).collect(),
        }
    })
}

/// Where a road's ending (路, 东路, 大道 …) follows a place name that ends at `at`: the ending's
/// range (after the direction, if any), or `None` when no road name goes on there.
pub(crate) fn road_ending_after(chars: &[char], at: usize) -> Option<Range<usize>> {
    let w = words();
    let start = match chars.get(at) {
        Some(c) if w.directions.contains(c) => at + 1,
        Some(_) => at,
        None => return None,
    };
    let rest = chars.get(start..)?;
    if w.not_endings.iter().any(|n| rest.starts_with(n)) {
        return None;
    }
    let ending = w.endings.iter().find(|e| rest.starts_with(e))?;
    Some(start..start + ending.len())
}

/// Whether a local name (suffix included) is a street office named after a road (南京东路街道,
/// 石油路街道, 解放大道街道): surely a street's name wherever it is written, as a road's name
/// before 街道 reads as nothing else.
pub(crate) fn names_street_after_road(name: &[char]) -> bool {
    let Some(road) = name.strip_suffix(&['街', '道'][..]) else {
        return false;
    };
    // the road's own name before its ending, at least one character (a bare 路街道 is none)
    words().endings.iter().any(|e| {
        road.len() > e.len() && road.ends_with(e) && {
            let before = &road[..road.len() - e.len()];
            !ends_a_non_ending(before, e)
        }
    })
}

/// Whether the ending `e` after `before` is really the tail of a word that is no ending (道路 in
/// …道路街道 is not 路 after 道).
fn ends_a_non_ending(before: &[char], e: &[char]) -> bool {
    let w = words();
    w.not_endings
        .iter()
        .any(|n| n.ends_with(e) && n.len() > e.len() && before.ends_with(&n[..n.len() - e.len()]))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// data/road-names.toml as the run-time parse reads it.
    #[derive(Debug, serde::Deserialize)]
    struct ParsedRoadWords {
        directions: String,
        endings: Vec<String>,
        not_endings: Vec<String>,
    }

    /// The static build.rs wrote is the file as the run-time parse reads it.
    #[test]
    fn road_words_static_equals_the_parse() {
        let parsed: ParsedRoadWords = toml::from_str(include_str!("../../../data/road-names.toml"))
            .expect("data/road-names.toml parses");
        assert_eq!(ROAD_WORDS.directions, parsed.directions);
        assert!(ROAD_WORDS.endings == parsed.endings.as_slice());
        assert!(ROAD_WORDS.not_endings == parsed.not_endings.as_slice());
    }

    fn ending(text: &str, at: usize) -> Option<String> {
        let chars: Vec<char> = text.chars().collect();
        road_ending_after(&chars, at).map(|r| chars[r].iter().collect())
    }

    #[test]
    fn road_endings_after_a_place_name() {
        assert_eq!(ending("南京东路街道", 2).as_deref(), Some("路"));
        assert_eq!(ending("北京路", 2).as_deref(), Some("路"));
        assert_eq!(ending("广州大道中", 2).as_deref(), Some("大道"));
        assert_eq!(ending("成都道", 2).as_deref(), Some("道"));
        assert_eq!(ending("延安西路", 2).as_deref(), Some("路"));
    }

    #[test]
    fn words_that_only_begin_like_an_ending() {
        assert_eq!(ending("江苏道路建设", 2), None);
        assert_eq!(ending("浙江道德模范", 2), None);
        assert_eq!(ending("和平街道", 2), None);
        assert_eq!(ending("城东街道", 2), None);
        assert_eq!(ending("浙江路径", 2), None);
        assert_eq!(ending("南京", 2), None);
        assert_eq!(ending("南京市民", 2), None);
    }

    #[test]
    fn streets_named_after_roads() {
        let street = |t: &str| names_street_after_road(&t.chars().collect::<Vec<char>>());
        assert!(street("南京东路街道"));
        assert!(street("石油路街道"));
        assert!(street("解放大道街道"));
        assert!(!street("和平街道"));
        assert!(!street("路街道"));
        assert!(!street("南京东路社区"));
    }
}
