//! The gazetteer's tables, computed when the crate is built (build.rs) from data/divisions.tsv,
//! data/places-extra.tsv and data/place-words.txt and written as Rust statics into OUT_DIR, so
//! that no process parses them at start. The data files stay the source of truth; a malformed
//! line fails the build with its file and line. Shared with the crate's tests through `#[path]`.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

/// A line of a data file that cannot be read: the build stops with its file and line.
#[derive(Debug, Clone, PartialEq)]
pub struct DataError {
    pub file: &'static str,
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for DataError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// Where the gazetteer's files live, as errors name them.
pub const DIVISIONS_FILE: &str = "data/divisions.tsv";
pub const EXTRA_FILE: &str = "data/places-extra.tsv";

/// A level as the generated code names it (`jianbao_facts::Level`'s variants, in its order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Province,
    City,
    District,
    Street,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Place<'a> {
    pub name: &'a str,
    pub parent: Option<usize>,
    pub level: Level,
}

/// A name as written (`alias_chars[chars]`), the places it may denote (`alias_places[places]`)
/// and whether it is a short form (宁波 for 宁波市).
#[derive(Debug, Clone, PartialEq)]
pub struct Alias {
    pub chars: std::ops::Range<usize>,
    pub places: std::ops::Range<usize>,
    pub short: bool,
}

/// The gazetteer as the extractor searches it: aliases grouped by their first two characters,
/// longest first within a group, then by alias, each alias's places ascending.
#[derive(Debug, Clone, PartialEq)]
pub struct Tables<'a> {
    pub places: Vec<Place<'a>>,
    pub alias_chars: Vec<char>,
    pub alias_places: Vec<usize>,
    pub aliases: Vec<Alias>,
}

use super::short_names;

/// The short form of an official name (浙江 for 浙江省, 宁波 for 宁波市, 上城 for 上城区).
pub fn short_name(name: &str, level: Level) -> Option<&str> {
    let suffixes = match level {
        Level::Province => short_names::PROVINCE_SUFFIXES,
        Level::City => short_names::CITY_SUFFIXES,
        Level::District => short_names::DISTRICT_SUFFIXES,
        Level::Street => return None,
    };
    short_names::without_suffix(name, suffixes)
}

/// The lines of a data file that hold data (not comments, not blank), with their line numbers.
fn data_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(k, line)| (k + 1, line))
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
}

/// The four tab-separated cells of a data line, or the error naming what the file expects.
fn four_cells<'a>(
    file: &'static str,
    line: usize,
    text: &'a str,
    expected: &str,
) -> Result<[&'a str; 4], DataError> {
    let cells: Vec<&str> = text.split('\t').collect();
    <[&str; 4]>::try_from(cells.as_slice()).map_err(|_| DataError {
        file,
        line,
        message: format!(
            "{} tab-separated cells where 4 are expected ({expected}); fix the line",
            cells.len()
        ),
    })
}

/// An alias as the tables order it: first two characters, longest first, the alias, the order
/// met.
type SortKey<'a> = (
    (char, Option<char>),
    std::cmp::Reverse<usize>,
    &'a str,
    usize,
);

/// The part of an autonomous county's or banner's name before its ethnic groups (孟村 for
/// 孟村回族自治县, 莫力达瓦 for 莫力达瓦达斡尔族自治旗), the way news and official texts write it
/// after the first mention; none when nothing but the groups is left (鄂温克族自治旗).
fn autonomous_short_name<'a>(name: &'a str, groups: &[&str]) -> Option<&'a str> {
    let mut rest = name
        .strip_suffix("自治县")
        .or_else(|| name.strip_suffix("自治旗"))?;
    let mut stripped = false;
    // a group is written with 族 (回族) or, for a name of two or more characters, without it
    // (巴里坤哈萨克自治县)
    while let Some(before) = groups.iter().find_map(|g| {
        rest.strip_suffix('族')
            .and_then(|r| r.strip_suffix(g))
            .or_else(|| {
                (g.chars().count() >= 2)
                    .then(|| rest.strip_suffix(g))
                    .flatten()
            })
            .filter(|r| !r.is_empty())
    }) {
        rest = before;
        stripped = true;
    }
    (stripped && rest.chars().count() >= 2 && !groups.contains(&rest)).then_some(rest)
}

/// Reads the files into the gazetteer's tables.
pub fn build<'a>(
    divisions: &'a str,
    extra: &'a str,
    words: &'a str,
    ethnic_groups: &'a str,
) -> Result<Tables<'a>, DataError> {
    let groups: Vec<&str> = ethnic_groups
        .lines()
        .map(str::trim)
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .collect();
    // short forms of autonomous counties and banners (孟村 for 孟村回族自治县), added once every
    // name is known, and only where no other place, alias or ordinary word is called so
    let mut autonomous_shorts: Vec<(&'a str, usize)> = Vec::new();
    let ordinary_words: HashSet<&str> = words
        .lines()
        .map(str::trim)
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .collect();
    let mut places: Vec<Place<'a>> = Vec::new();
    let mut by_code: HashMap<&str, usize> = HashMap::new();
    // (alias, place, whether it is a short form such as 宁波 for 宁波市), in the order met: an
    // alias is a short form when it was first met as one
    let mut named: Vec<(&'a str, usize, bool)> = Vec::new();
    for (line, text) in data_lines(divisions) {
        let [code, name, parent, kind] =
            four_cells(DIVISIONS_FILE, line, text, "code, name, parent code, kind")?;
        let error = |message: String| DataError {
            file: DIVISIONS_FILE,
            line,
            message,
        };
        let level = match kind {
            "province" => Level::Province,
            "city" => Level::City,
            "district" => Level::District,
            "street" => Level::Street,
            other => {
                return Err(error(format!(
                    "kind {other:?} is none of province, city, district, street"
                )))
            }
        };
        if name.is_empty() {
            return Err(error("the name is empty".to_owned()));
        }
        let parent = match parent {
            "" => None,
            code => Some(by_code.get(code).copied().ok_or_else(|| {
                error(format!(
                    "parent code {code} is not listed on an earlier line; list the parent first"
                ))
            })?),
        };
        if by_code.contains_key(code) {
            return Err(error(format!("code {code} is listed twice")));
        }
        let id = places.len();
        places.push(Place {
            name,
            parent,
            level,
        });
        by_code.insert(code, id);
        named.push((name, id, false));
        if let Some(short) = short_name(name, level) {
            if !(matches!(level, Level::District | Level::City) && ordinary_words.contains(short)) {
                named.push((short, id, true));
            }
        }
        if level == Level::District {
            if let Some(short) = autonomous_short_name(name, &groups) {
                autonomous_shorts.push((short, id));
            }
        }
    }
    for (line, text) in data_lines(extra) {
        let [name, alias_list, parent, kind] =
            four_cells(EXTRA_FILE, line, text, "name, aliases, parent code, kind")?;
        let error = |message: String| DataError {
            file: EXTRA_FILE,
            line,
            message,
        };
        let aliases = alias_list.split(',').filter(|a| !a.is_empty());
        if kind == "province" {
            // a province-level region the division codes of the mainland do not list
            let id = places.len();
            places.push(Place {
                name,
                parent: None,
                level: Level::Province,
            });
            named.push((name, id, false));
            named.extend(aliases.map(|alias| (alias, id, false)));
            continue;
        }
        if kind != "district" && kind != "alias" {
            return Err(error(format!(
                "kind {kind:?} is none of district, alias, province"
            )));
        }
        let parent_id = by_code.get(parent).copied().ok_or_else(|| {
            error(format!(
                "parent code {parent:?} is not in {DIVISIONS_FILE}; give the code of the place it lies in"
            ))
        })?;
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
        named.extend(aliases.map(|alias| (alias, id, false)));
    }
    let taken: HashSet<&str> = named.iter().map(|&(alias, _, _)| alias).collect();
    for &(short, id) in &autonomous_shorts {
        let unique = autonomous_shorts
            .iter()
            .filter(|&&(s, _)| s == short)
            .count()
            == 1;
        if unique && !taken.contains(short) && !ordinary_words.contains(short) {
            named.push((short, id, true));
        }
    }
    // By first two characters (none for a one-character alias first), longest first, then by
    // alias, then in the order met, so each alias's entries keep that order.
    let mut keyed: Vec<SortKey> = named
        .iter()
        .enumerate()
        .filter_map(|(met, &(alias, _, _))| {
            let mut cs = alias.chars();
            let first = cs.next()?;
            let length = alias.chars().count();
            Some(((first, cs.next()), std::cmp::Reverse(length), alias, met))
        })
        .collect();
    keyed.sort_unstable();
    let mut tables = Tables {
        places,
        alias_chars: Vec::new(),
        alias_places: Vec::new(),
        aliases: Vec::new(),
    };
    for same in keyed.chunk_by(|a, b| a.2 == b.2) {
        let (_, _, alias, met) = same[0];
        let chars_start = tables.alias_chars.len();
        tables.alias_chars.extend(alias.chars());
        let mut ids: Vec<usize> = same.iter().map(|e| named[e.3].1).collect();
        ids.sort_unstable();
        ids.dedup();
        let places_start = tables.alias_places.len();
        tables.alias_places.extend(ids);
        tables.aliases.push(Alias {
            chars: chars_start..tables.alias_chars.len(),
            places: places_start..tables.alias_places.len(),
            short: named[met].2,
        });
    }
    Ok(tables)
}

impl Tables<'_> {
    /// The tables as Rust statics (`PLACE_NAMES`, `PLACES`, `ALIAS_CHARS`, `ALIAS_PLACES`,
    /// `ALIASES`) of the types `Place` and `Alias` and the enum `Level` that the including module
    /// defines. A place's name is a byte range of `PLACE_NAMES`, all names in one string: a table
    /// of `&str` holds a pointer per place, which the loader of a position-independent binary
    /// writes at every start (33 pages of relocated data); a table of numbers is read-only data,
    /// its pages read only where a run looks.
    pub fn to_rust(&self) -> String {
        let mut out = String::new();
        let mut names = String::new();
        let mut places = String::new();
        for p in &self.places {
            let start = names.len();
            names.push_str(p.name);
            let _ = writeln!(
                places,
                "Place {{ name: ({start}, {}), parent: {:?}, level: Level::{:?} }},",
                names.len(),
                p.parent,
                p.level
            );
        }
        let _ = writeln!(out, "static PLACE_NAMES: &str = {names:?};");
        let _ = writeln!(out, "static PLACES: [Place; {}] = [", self.places.len());
        out.push_str(&places);
        out.push_str("];\n");
        let _ = writeln!(
            out,
            "static ALIAS_CHARS: [char; {}] = [",
            self.alias_chars.len()
        );
        for c in &self.alias_chars {
            let _ = write!(out, "{c:?},");
        }
        out.push_str("];\n");
        let _ = writeln!(
            out,
            "static ALIAS_PLACES: [PlaceId; {}] = [",
            self.alias_places.len()
        );
        for id in &self.alias_places {
            let _ = write!(out, "{id},");
        }
        out.push_str("];\n");
        let _ = writeln!(out, "static ALIASES: [Alias; {}] = [", self.aliases.len());
        for a in &self.aliases {
            let _ = writeln!(
                out,
                "Alias {{ chars: {}..{}, places: {}..{}, short: {} }},",
                a.chars.start, a.chars.end, a.places.start, a.places.end, a.short
            );
        }
        out.push_str("];\n");
        out
    }
}
