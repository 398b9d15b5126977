//! A count of every division of the tier right below a place (云南16个州市, 北京市16个区预计招聘,
//! 全国31个省(区、市), 省(区、市)委31个): the whole set of a jurisdiction's divisions, named by their
//! number as texts would say "every district", which reports nothing done. The value is checked
//! against the gazetteer: the number of divisions it lists at that tier under the figure's place,
//! the place named before it or the article's own. A count below the whole (5个区开展试点) and a
//! noun going on from the division word (16个区社工站: what was built in each) stay figures. Word
//! lists and the reasons in `data/whole-divisions.toml`; the township tier, which the gazetteer
//! does not hold, is told by words in `data/not-facts.toml` `[make_up]`.

use crate::numbers::Quantity;
use crate::places::{Gazetteer, PlaceId};
use crate::placing::Where;
use jianbao_facts::Level;
use serde::Deserialize;
use std::sync::OnceLock;

const LISTS_FILE: &str = include_str!("../../../data/whole-divisions.toml");

#[derive(Deserialize)]
struct Lists {
    below_province: Vec<String>,
    below_city: Vec<String>,
    national: Vec<String>,
    national_count: f64,
    committees: Vec<String>,
    followers: Vec<String>,
}

/// The tier a division word names.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Tier {
    BelowProvince,
    BelowCity,
    National,
}

/// The lists as characters: the division words with their tier, longest first.
struct Words {
    divisions: Vec<(Vec<char>, Tier)>,
    national_count: f64,
    committees: Vec<Vec<char>>,
    followers: Vec<Vec<char>>,
}

fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| {
        let lists: Lists = toml::from_str(LISTS_FILE).expect("data/whole-divisions.toml parses");
        let chars = |w: &String| w.chars().collect::<Vec<char>>();
        let mut divisions: Vec<(Vec<char>, Tier)> = [
            (&lists.below_province, Tier::BelowProvince),
            (&lists.below_city, Tier::BelowCity),
            (&lists.national, Tier::National),
        ]
        .into_iter()
        .flat_map(|(list, tier)| list.iter().map(move |w| (chars(w), tier)))
        .collect();
        divisions.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        Words {
            divisions,
            national_count: lists.national_count,
            committees: lists.committees.iter().map(chars).collect(),
            followers: lists.followers.iter().map(chars).collect(),
        }
    })
}

fn starts(s: &[char], at: usize, w: &[char]) -> bool {
    s.get(at..at + w.len()) == Some(w)
}

/// Whether the figure `q` of the sentence `s` counts every division of a place's tier; `places`
/// are the places it may be the divisions of (its own, the one named before it, the article's).
pub(crate) fn counts_every_division(
    g: &Gazetteer,
    s: &[char],
    q: &Quantity,
    places: &[Option<Where>],
) -> bool {
    if q.unit != "个" || q.value < 2.0 || q.value.fract() != 0.0 {
        return false;
    }
    let Some(tier) = tier_after(s, q.range.end).or_else(|| tier_before(s, q.number_start)) else {
        return false;
    };
    let value = q.value as usize;
    let ids = places.iter().flatten().filter_map(|w| match *w {
        Where::Place(p) | Where::Local(_, Some(p)) => Some(p),
        _ => None,
    });
    match tier {
        Tier::National => q.value == words().national_count,
        Tier::BelowProvince => ids
            .map(|p| g.province(p))
            .any(|p| divisions_below(g, p, Level::City).contains(&value)),
        Tier::BelowCity => ids
            .filter_map(|p| g.ancestor_at(p, Level::City).or_else(|| municipality(g, p)))
            .any(|p| divisions_below(g, p, Level::District).contains(&value)),
    }
}

/// The counts a text may give for the divisions of `place` at `level`: those alone, and (for a
/// province) with the county-level places it governs directly (湖北's 17个市州).
fn divisions_below(g: &Gazetteer, place: PlaceId, level: Level) -> [usize; 2] {
    let own = g.children_at(place, level);
    let direct = match level {
        Level::City => g.children_at(place, Level::District),
        _ => 0,
    };
    [own, own + direct]
}

/// The municipality `p` lies in (北京市, whose districts it governs with no city between).
fn municipality(g: &Gazetteer, p: PlaceId) -> Option<PlaceId> {
    let province = g.province(p);
    (g.children_at(province, Level::City) == 0).then_some(province)
}

/// The tier of a division word right after the measure word that ends the counted phrase (a
/// clause break or a follower after it).
fn tier_after(s: &[char], at: usize) -> Option<Tier> {
    let w = words();
    let (word, tier) = w.divisions.iter().find(|(d, _)| starts(s, at, d))?;
    let after = at + word.len();
    let ends = s
        .get(after)
        .is_none_or(|&c| crate::catalog::is_clause_break(c) || c == '\n');
    (ends || w.followers.iter().any(|f| starts(s, after, f))).then_some(*tier)
}

/// The tier of a division word (perhaps with 委) opening its clause right before the number, as
/// the party's statistical communiqué lists committees (其中,省(区、市)委31个).
fn tier_before(s: &[char], number_start: usize) -> Option<Tier> {
    let w = words();
    let committee = w
        .committees
        .iter()
        .find(|c| number_start >= c.len() && starts(s, number_start - c.len(), c))
        .map_or(0, Vec::len);
    let end = number_start - committee;
    let (word, tier) = w
        .divisions
        .iter()
        .find(|(d, _)| end >= d.len() && starts(s, end - d.len(), d))?;
    let start = end - word.len();
    let opens = start == 0 || crate::catalog::is_clause_break(s[start - 1]);
    (opens && *tier == Tier::National).then_some(*tier)
}
