//! Named places below the county that no gazetteer lists: streets (柳巷街道), towns (青村镇) and
//! communities (察院后社区). A figure stated for one stays at street level: it is never promoted to
//! the city or district the article is about. The words are data (data/local-places.toml).

use crate::first_chars::FirstChars;
use std::ops::Range;
use std::sync::OnceLock;

#[cfg(test)]
const LOCAL_DATA: &str = include_str!("../../../data/local-places.toml");

// `LOCAL_WORDS`: data/local-places.toml as `LocalWords` of static lists, written when the crate
// was built (build.rs, build/flat_lists.rs), so that no start parses its TOML; the tests check it
// equals the parse.
include!(concat!(env!("OUT_DIR"), "/local_words.rs"));

/// data/local-places.toml: its lists are `L` (`Vec<String>` as the tests parse them, static
/// slices as build.rs writes them), its words `S`.
#[derive(serde::Deserialize, Debug)]
struct LocalWords<L, S> {
    suffixes: L,
    max_name_chars: usize,
    boundaries: S,
    name_openers: S,
    generic: L,
    not_starts: L,
    not_after: L,
    below_street: L,
    estates: L,
    relocation_suffixes: L,
    relocation_words: L,
    zone_suffixes: L,
    zone_full_suffixes: L,
    locative_before: L,
    locative_after: S,
    subject_after: L,
    counted_kinds: L,
    street_kinds: L,
    community_kinds: L,
    kind_enders: S,
    short_town_suffixes: L,
    street_suffixes: L,
    cut_after: L,
    profile_titles: L,
    entry_name_keys: L,
}

struct Vocabulary {
    suffixes: Vec<Vec<char>>,
    /// The first characters of `suffixes`.
    suffix_starts: Vec<char>,
    /// The characters that may start a suffix: most characters of a text start none, and one
    /// bit test rules them out.
    may_start_suffix: FirstChars,
    max_name_chars: usize,
    boundaries: Vec<char>,
    name_openers: Vec<char>,
    generic: Vec<Vec<char>>,
    not_starts: Vec<Vec<char>>,
    not_after: Vec<Vec<char>>,
    below_street: Vec<Vec<char>>,
    estates: Vec<Vec<char>>,
    relocation_suffixes: Vec<Vec<char>>,
    relocation_words: Vec<Vec<char>>,
    zone_suffixes: Vec<Vec<char>>,
    /// Pairs of a zone's suffix as written and an official one (see [`official_zone_suffixes`]).
    zone_full_suffixes: Vec<(String, String)>,
    locative_before: Vec<Vec<char>>,
    locative_after: Vec<char>,
    subject_after: Vec<Vec<char>>,
    counted_kinds: Vec<Vec<char>>,
    street_kinds: Vec<Vec<char>>,
    community_kinds: Vec<Vec<char>>,
    kind_enders: Vec<char>,
    short_town_suffixes: Vec<Vec<char>>,
    street_suffixes: Vec<Vec<char>>,
    cut_after: Vec<Vec<char>>,
    profile_titles: Vec<Vec<char>>,
    entry_name_keys: Vec<Vec<char>>,
}

fn vocabulary() -> &'static Vocabulary {
    static WORDS: OnceLock<Vocabulary> = OnceLock::new();
    WORDS.get_or_init(|| {
        let words = &LOCAL_WORDS;
        let chars = |list: &[&str]| -> Vec<Vec<char>> {
            let mut out: Vec<Vec<char>> = list.iter().map(|w| w.chars().collect()).collect();
            out.sort_by_key(|w| std::cmp::Reverse(w.len()));
            out
        };
        let suffixes = chars(words.suffixes);
        let mut suffix_starts: Vec<char> =
            suffixes.iter().filter_map(|s| s.first().copied()).collect();
        suffix_starts.sort_unstable();
        suffix_starts.dedup();
        let may_start_suffix = FirstChars::of(suffixes.iter().map(Vec::as_slice));
        Vocabulary {
            may_start_suffix,
            suffix_starts,
            suffixes,
            max_name_chars: words.max_name_chars,
            boundaries: words.boundaries.chars().collect(),
            name_openers: words.name_openers.chars().collect(),
            generic: chars(words.generic),
            not_starts: chars(words.not_starts),
            not_after: chars(words.not_after),
            below_street: chars(words.below_street),
            estates: chars(words.estates),
            relocation_suffixes: chars(words.relocation_suffixes),
            relocation_words: chars(words.relocation_words),
            zone_suffixes: chars(words.zone_suffixes),
            zone_full_suffixes: words
                .zone_full_suffixes
                .iter()
                .filter_map(|w| w.split_once(':'))
                .map(|(a, b)| (a.to_owned(), b.to_owned()))
                .collect(),
            locative_before: chars(words.locative_before),
            locative_after: words.locative_after.chars().collect(),
            subject_after: chars(words.subject_after),
            counted_kinds: chars(words.counted_kinds),
            street_kinds: chars(words.street_kinds),
            community_kinds: chars(words.community_kinds),
            kind_enders: words.kind_enders.chars().collect(),
            short_town_suffixes: chars(words.short_town_suffixes),
            street_suffixes: chars(words.street_suffixes),
            cut_after: chars(words.cut_after),
            profile_titles: chars(words.profile_titles),
            entry_name_keys: chars(words.entry_name_keys),
        }
    })
}

/// Whether `text` starts with `word`, compared character by character: these words are a few
/// characters long and most differ at the first, where a slice comparison calls memcmp (the
/// vocabularies are tried at many places of every sentence).
fn starts_with(text: &[char], word: &[char]) -> bool {
    text.len() >= word.len() && text.iter().zip(word).all(|(t, w)| t == w)
}

fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// Every named street, town or community in `chars` (one sentence) that does not overlap
/// `known` (places the gazetteer found, in order of position): the range of its name, suffix
/// included.
pub fn find_locals(chars: &[char], known: &[Range<usize>]) -> Vec<Range<usize>> {
    let v = vocabulary();
    let mut out: Vec<Range<usize>> = Vec::new();
    let (mut next_known, mut known_end) = (0, 0);
    let mut i = 0;
    while i < chars.len() {
        // (most characters start no suffix: one bit test each rules them out)
        if !v.may_start_suffix.may_start(chars[i]) || !v.suffix_starts.contains(&chars[i]) {
            i += 1;
            continue;
        }
        let Some(suffix) = v.suffixes.iter().find(|s| starts_with(&chars[i..], s)) else {
            i += 1;
            continue;
        };
        let end = i + suffix.len();
        // 南湖小区社区, 鞍山村社区: an estate or village that names the community after it
        // (not a village's page title, 桃溪村村情简介)
        let names_next = (v.estates.contains(suffix) || suffix[..] == ['村'])
            && v.below_street.iter().any(|s| starts_with(&chars[end..], s))
            && !titles_profile(&chars[end..]);
        if names_next {
            i = end;
            continue;
        }
        // 某新区某片区某社区: a sub-area is a name only with a unit of it written right after
        if suffix[..] == ['片', '区'] && !names_unit_after(chars, end) {
            i = end;
            continue;
        }
        if v.not_after.iter().any(|w| starts_with(&chars[end..], w))
            && !titles_profile(&chars[end..])
        {
            i = end;
            continue;
        }
        // the name runs back to a boundary, a known place, a previous local name or a non-Han
        // (known places come in order: one pass over them for the whole sentence)
        while next_known < known.len() && known[next_known].end <= i {
            known_end = known_end.max(known[next_known].end);
            next_known += 1;
        }
        let floor = known_end.max(out.last().map_or(0, |r| r.end));
        // 某某易地扶贫搬迁安置区: the relocation's words stand between the name and the suffix
        let mut name_end = i;
        if v.relocation_suffixes.contains(suffix) {
            while let Some(w) = v
                .relocation_words
                .iter()
                .find(|w| name_end > floor + w.len() && ends_with(&chars[..name_end], w))
            {
                name_end -= w.len();
            }
        }
        let floor = floor.max(name_end.saturating_sub(v.max_name_chars));
        let mut start = name_end;
        while start > floor && is_han(chars[start - 1]) && !v.boundaries.contains(&chars[start - 1])
        {
            start -= 1;
        }
        // 拱墅区和睦街道, 皇姑区向阳社区: right after the place it lies in, a name may open with a
        // character that elsewhere is a word of its own (和, 向); taken only where the rest alone
        // is too short to be a name (拱墅区和小河街道 keeps 小河街道)
        if start == known_end + 1
            && known_end > 0
            && i - start < 2
            && is_han(chars[known_end])
            && v.boundaries.contains(&chars[known_end])
        {
            start = known_end;
        }
        // 高良涧街道和平花园社区, 洪泽区和美社区: a community or village right after the street,
        // town or district it lies in, with 和 or 向 between, is never coordinated with it (a
        // community is not listed beside the place above it): the character opens its name
        let anchor = out
            .last()
            .filter(|r| r.end > known_end && !below_street(&chars[r.start..r.end]))
            .map_or(known_end, |r| r.end);
        if start == anchor + 1
            && anchor > 0
            && v.name_openers.contains(&chars[anchor])
            && v.below_street.contains(suffix)
            && !v.estates.contains(suffix)
        {
            start = anchor;
        }
        // 合并而成卫星社区, 已完成社区换届: a verb of becoming or completing ends the sentence's
        // words before the name, which starts after it
        if let Some(cut) = (start..=name_end).rev().find_map(|k| {
            v.cut_after
                .iter()
                .find(|w| ends_with(&chars[start..k], w))
                .map(|_| k)
        }) {
            start = cut;
        }
        let name = &chars[start..name_end];
        let whole = &chars[start..end];
        // 城乡社区, 农村社区: a kind of place; 乡镇, 城镇: one word, unless a longer name ends
        // so and a community or village of it follows (域城镇泰和花园社区, 古城镇东关村), which
        // the word 城镇 never has
        let generic = v.generic.iter().any(|g| {
            ends_with(name, g)
                || (ends_with(whole, g) && !(whole.len() > g.len() && names_unit_after(chars, end)))
        });
        let overlaps = known[next_known..]
            .iter()
            .take_while(|r| r.start < end)
            .any(|r| start < r.end);
        let verb = v.not_starts.iter().any(|w| starts_with(name, w));
        // 准格尔旗薛镇兴隆社区: a town written short (one character and 镇 or 乡) right after
        // the county it lies in, with a community or village of it after it, is a name: the
        // chain county → town → community is how a community's profile places it, and the
        // community's name must not swallow the town's
        let short_town = name.len() == 1
            && start == known_end
            && known_end > 0
            && v.short_town_suffixes.contains(suffix)
            && names_unit_after(chars, end)
            && !v.not_starts.iter().any(|w| starts_with(&chars[end..], w));
        if (name.len() >= 2 || short_town) && !generic && !verb && !overlaps {
            out.push(start..end);
        }
        i = end;
    }
    out
}

/// Whether a community's or village's name starts at `at` (泰和花园社区, 东关村): two to
/// `max_name_chars` Han characters (a name may hold a word that elsewhere bounds one, 和), then
/// a suffix below a street.
fn names_unit_after(chars: &[char], at: usize) -> bool {
    let v = vocabulary();
    (at + 2..=at + v.max_name_chars).any(|j| {
        j < chars.len()
            && chars[at..j].iter().all(|&c| is_han(c))
            && v.below_street.iter().any(|s| starts_with(&chars[j..], s))
    })
}

/// Whether `text` ends with `word`, compared from the last character (as [`starts_with`]).
fn ends_with(text: &[char], word: &[char]) -> bool {
    text.len() >= word.len()
        && text
            .iter()
            .rev()
            .zip(word.iter().rev())
            .all(|(t, w)| t == w)
}

/// The length of a development zone's or new area's suffix written at `at` (高新区 in 成都高新区,
/// 经济技术开发区, 新区 in 坪山新区), right after the name of the city or district it belongs to.
pub fn zone_suffix_at(chars: &[char], at: usize) -> Option<usize> {
    let rest = chars.get(at..)?;
    vocabulary()
        .zone_suffixes
        .iter()
        .find(|s| starts_with(rest, s))
        .map(Vec::len)
}

/// The suffixes a zone written with `written` (经开区, 高新区) may bear in its official name
/// (经济技术开发区; 高新技术产业开发区 or 高新技术开发区): data/local-places.toml's
/// `zone_full_suffixes`.
pub fn official_zone_suffixes(written: &str) -> impl Iterator<Item = &'static str> + '_ {
    vocabulary()
        .zone_full_suffixes
        .iter()
        .filter(move |(w, _)| w == written)
        .map(|(_, full)| full.as_str())
}

/// Whether the local name at `range` is written where only a place can stand: after 在, 来到,
/// 位于 … and before a clause break, 的, 里 or 内 (在上斜街社区,; 来到青村镇,).
pub fn in_locative_frame(chars: &[char], range: &std::ops::Range<usize>) -> bool {
    let v = vocabulary();
    let after = chars
        .get(range.end)
        .is_none_or(|c| v.locative_after.contains(c));
    after
        && v.locative_before
            .iter()
            .any(|w| ends_with(&chars[..range.start], w))
}

/// Whether the community or village name at `range` opens an apposition after a dash (首家社区
/// 志愿服务联合会——某某社区某某联盟): the name the dash gives opens with the place the body is
/// in, which only a place can be there.
pub fn opens_apposition(chars: &[char], range: &std::ops::Range<usize>) -> bool {
    const DASHES: &[char] = &['—', '─', '－'];
    range.start >= 2
        && DASHES.contains(&chars[range.start - 1])
        && DASHES.contains(&chars[range.start - 2])
        && below_street(&chars[range.clone()])
        && !is_estate(&chars[range.clone()])
}

/// Whether the community or village name at `range` opens its clause as its subject (东关社区是
/// ……, 大王村现有……): a name written so is surely a place, inside the place the text is about.
pub fn opens_clause_as_subject(chars: &[char], range: &std::ops::Range<usize>) -> bool {
    let v = vocabulary();
    let opens = range.start == 0
        || matches!(
            chars[range.start - 1],
            ',' | '。' | ';' | ':' | '!' | '?' | '\n' | ' '
        );
    // without segmentation a longer run back to the clause break may hold a verb (加快推进社区
    // 建设): only a short name is surely one
    const MAX_SUBJECT_NAME_CHARS: usize = 3;
    let suffix = v
        .suffixes
        .iter()
        .find(|s| ends_with(&chars[range.clone()], s))
        .map_or(0, Vec::len);
    let short = range.len() - suffix <= MAX_SUBJECT_NAME_CHARS;
    let rest = &chars[range.end.min(chars.len())..];
    short
        && opens
        && below_street(&chars[range.clone()])
        && !is_estate(&chars[range.clone()])
        && (v.subject_after.iter().any(|w| starts_with(rest, w))
            || v.not_starts.iter().any(|w| starts_with(rest, w)))
}

/// Words before a kind of unit that point back to the one named (该社区, 本村, 全村).
const POINTING_BACK: &[&[char]] = &[&['该'], &['本'], &['全'], &['这', '个'], &['此']];

/// Whether `clause` opens with the bare kind of a local unit as its subject (社区现有……, 该街道
/// 开展……, 村里共有……): the unit named before, not a new place, so what follows goes on about it.
pub fn opens_with_unit_kind(clause: &[char]) -> bool {
    unit_kind_subject(clause).is_some()
}

/// The kind of local unit (街道, 社区, 村 …) that `clause` opens with as its subject, as
/// [`opens_with_unit_kind`] finds it.
pub fn unit_kind_subject(clause: &[char]) -> Option<&'static [char]> {
    let v = vocabulary();
    v.suffixes
        .iter()
        .find(|kind| {
            !v.estates.contains(kind)
                && after_pointing_back(clause, kind).is_some_and(opens_predicate)
        })
        .map(Vec::as_slice)
}

/// Time words a clause may open with before its subject (目前社区有……, 如今该协会……).
const TIME_BEFORE_SUBJECT: &[&[char]] = &[&['目', '前'], &['如', '今'], &['现', '在']];

/// The text after a subject, past a time word and a word pointing back (目前, 该, 本), when
/// `clause` opens with `kind`.
pub(crate) fn after_pointing_back<'c>(clause: &'c [char], kind: &[char]) -> Option<&'c [char]> {
    let clause = TIME_BEFORE_SUBJECT
        .iter()
        .find(|w| starts_with(clause, w))
        .map_or(clause, |w| &clause[w.len()..]);
    let rest = POINTING_BACK
        .iter()
        .find(|w| starts_with(clause, w))
        .map_or(clause, |w| &clause[w.len()..]);
    starts_with(rest, kind).then(|| &rest[kind.len()..])
}

/// The length of the verb, adverb or word of having that `text` opens with (see
/// [`opens_predicate`]), its longest reading.
pub(crate) fn predicate_len(text: &[char]) -> Option<usize> {
    let v = vocabulary();
    v.subject_after
        .iter()
        .chain(&v.not_starts)
        .filter(|w| starts_with(text, w))
        .map(Vec::len)
        .max()
}

/// Whether `text` opens with what follows a subject: a verb or adverb of the sentence (现有, 开展,
/// 已 …) or a word of having or being (是, 有, 共).
pub(crate) fn opens_predicate(text: &[char]) -> bool {
    let v = vocabulary();
    v.subject_after.iter().any(|w| starts_with(text, w))
        || v.not_starts.iter().any(|w| starts_with(text, w))
}

/// How far into a page a wiki entry's infobox name is looked for: its first lines.
const ENTRY_NAME_REACH: usize = 600;

/// The name a wiki entry's infobox gives it (- 中文名:府前西社区), in the page's first lines: an
/// encyclopedia page is titled by that name, while its first line is a section heading (基本介绍).
/// Keys are compared in simplified form (`entry_name_keys` in data/local-places.toml).
pub fn entry_name(text: &[char]) -> Option<Range<usize>> {
    let v = vocabulary();
    let reach = text.len().min(ENTRY_NAME_REACH);
    let mut start = 0;
    while start < reach {
        let end = text[start..]
            .iter()
            .position(|&c| c == '\n')
            .map_or(text.len(), |p| start + p);
        let line_start = (start..end)
            .find(|&i| !matches!(text[i], '-' | '•' | '·' | '*' | ' ' | '\t'))
            .unwrap_or(end);
        let line = &text[line_start..end];
        for key in &v.entry_name_keys {
            let keyed = line.len() > key.len()
                && line
                    .iter()
                    .zip(key)
                    .all(|(&c, &k)| crate::script::simplified(c) == k)
                && matches!(line[key.len()], ':' | '：');
            let name_start = line_start + key.len() + 1;
            if keyed && end > name_start && end - name_start <= v.max_name_chars + 4 {
                return Some(name_start..end);
            }
        }
        start = end + 1;
    }
    None
}

/// Whether `rest`, what a title writes after the community or village that opens it, makes the
/// title its own page's (长湖地社区简介, 民建社区概况, a bare 府前西社区): nothing, or a profile's
/// heading (`profile_titles` in data/local-places.toml).
pub fn titles_profile(rest: &[char]) -> bool {
    let rest: Vec<char> = rest
        .iter()
        .copied()
        .filter(|c| !c.is_whitespace())
        .collect();
    rest.is_empty() || vocabulary().profile_titles.contains(&rest)
}

/// Where the street or town that `name` writes before its community or village ends (东华街道
/// | 民建社区, 某某镇 | 某某村): after the first street suffix (`street_suffixes` in
/// data/local-places.toml) whose rest is a unit below a street with a name of its own.
pub fn street_before_unit(name: &[char]) -> Option<usize> {
    let v = vocabulary();
    (1..name.len()).find(|&i| {
        let rest = &name[i..];
        v.street_suffixes.iter().any(|s| ends_with(&name[..i], s))
            && below_street(rest)
            && v.below_street
                .iter()
                .any(|kind| ends_with(rest, kind) && rest.len() > kind.len() + 1)
    })
}

/// Whether the local name `name` (suffix included) lies below a street: a community, village,
/// 居民区 or housing estate, which an article about a street names inside it.
pub fn below_street(name: &[char]) -> bool {
    vocabulary().below_street.iter().any(|s| ends_with(name, s))
}

/// Whether a count whose unit is `unit`, followed by `after`, counts places (12个街道(乡镇),
/// 5个试点社区, 8县区, 5地): the kinds are data (`counted_kinds` in data/local-places.toml).
pub fn counts_places(unit: &str, after: &[char]) -> bool {
    const PILOT: &[char] = &['试', '点'];
    let v = vocabulary();
    let unit: Vec<char> = unit.chars().collect();
    let after = after.strip_prefix(PILOT).unwrap_or(after);
    v.counted_kinds
        .iter()
        .any(|k| *k == unit || (unit[..] == ['个'] && starts_with(after, k)))
}

/// Whether a local place named `name` (a street 回风街道, a community 漓江路社区) cannot hold a
/// count whose unit is `unit`, followed by `after`: a count of streets or towns is never one
/// street's, and a count of communities or villages never one community's or village's
/// (`street_kinds`, `community_kinds` in data/local-places.toml). A street may hold its
/// communities (某街道共有12个社区).
pub fn cannot_hold_count(name: &[char], unit: &str, after: &[char]) -> bool {
    const PILOT: &[char] = &['试', '点'];
    let v = vocabulary();
    let unit: Vec<char> = unit.chars().collect();
    let after = after.strip_prefix(PILOT).unwrap_or(after);
    let ends_noun = |k: &[char]| {
        after
            .get(k.len())
            .is_none_or(|&c| !is_han(c) || v.kind_enders.contains(&c))
    };
    let counts = |kinds: &[Vec<char>]| {
        kinds
            .iter()
            .any(|k| *k == unit || (unit[..] == ['个'] && starts_with(after, k) && ends_noun(k)))
    };
    if counts(&v.street_kinds) {
        return true;
    }
    below_street(name) && counts(&v.community_kinds)
}

/// Whether the local name `name` is a street or town (`street_suffixes` in
/// data/local-places.toml: 月塘街道, 螺溪镇).
pub fn is_street(name: &[char]) -> bool {
    vocabulary()
        .street_suffixes
        .iter()
        .any(|s| ends_with(name, s) && name.len() > s.len())
}

/// Whether the local name `name` is a housing estate (二普小区): no division, so a figure about
/// it is given at the place it lies in.
pub fn is_estate(name: &[char]) -> bool {
    let v = vocabulary();
    // 某某安置小区: a relocation estate is run as a community of its own
    v.estates.iter().any(|s| ends_with(name, s))
        && !v.relocation_suffixes.iter().any(|s| ends_with(name, s))
}

/// Whether the local name `name` is a relocation estate (七里店安置小区, 某某集中安置点): an estate
/// run as a community of its own where the text names no community of it, and a part of the
/// community written right after it (某某安置小区某某社区) where it does.
pub fn is_relocation_estate(name: &[char]) -> bool {
    vocabulary()
        .relocation_suffixes
        .iter()
        .any(|s| ends_with(name, s))
}

/// Whether the local name `name` is a community, village or 居民区 with a committee of its own:
/// below a street, and neither a housing estate nor a relocation estate.
pub fn is_community(name: &[char]) -> bool {
    below_street(name) && !is_relocation_estate(name) && !is_estate(name)
}

/// Whether `text` opens with a verb or adverb of a sentence (新增, 建成, 已 …), which no name does.
pub(crate) fn opens_with_verb(text: &[char]) -> bool {
    vocabulary().not_starts.iter().any(|w| starts_with(text, w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        find_locals(&chars, &[])
            .into_iter()
            .map(|r| chars[r].iter().collect())
            .collect()
    }

    /// A rank said of a community, a street or a village (合肥市首家社区志愿服务联合会, 全省首批
    /// 街道, 唯一的村) begins no name of one.
    #[test]
    fn a_rank_begins_no_name() {
        for text in [
            "合肥市首家社区志愿服务联合会成立",
            "成为全省首个社区书院",
            "入选全省首批街道试点",
            "是全市唯一社区级服务中心",
        ] {
            assert!(names(text).is_empty(), "{text}: {:?}", names(text));
        }
        assert_eq!(names("在幸福里社区,志愿者"), ["幸福里社区"]);
    }

    /// The static build.rs wrote is data/local-places.toml as it parses now.
    #[test]
    fn local_words_static_equals_the_parse() {
        let parsed: LocalWords<Vec<String>, String> =
            toml::from_str(LOCAL_DATA).expect("data/local-places.toml parses");
        assert!(!parsed.suffixes.is_empty());
        assert_eq!(format!("{LOCAL_WORDS:#?}"), format!("{parsed:#?}"));
    }

    #[test]
    fn a_name_opening_with_a_function_character_after_its_place() {
        let after_place = |text: &str| {
            let chars: Vec<char> = text.chars().collect();
            // the place is the first three characters (拱墅区, 皇姑区)
            find_locals(&chars, std::slice::from_ref(&(0..3)))
                .into_iter()
                .map(|r| chars[r].iter().collect::<String>())
                .collect::<Vec<_>>()
        };
        assert_eq!(after_place("拱墅区和睦街道召开"), ["和睦街道"]);
        assert_eq!(after_place("皇姑区向阳社区现有"), ["向阳社区"]);
        assert_eq!(after_place("拱墅区和小河街道联合"), ["小河街道"]);
        assert!(after_place("拱墅区与村干部").is_empty());
        assert!(after_place("拱墅区有乡镇6个").is_empty());
    }

    #[test]
    fn a_community_opening_its_clause_as_subject() {
        let subject = |text: &str| {
            let chars: Vec<char> = text.chars().collect();
            let found = find_locals(&chars, &[]);
            found
                .first()
                .is_some_and(|r| opens_clause_as_subject(&chars, r))
        };
        assert!(subject("东关社区是全区首批示范社区"));
        assert!(subject("据介绍,大王村现有志愿者86名"));
        // a verb taking 社区 as its object, a name inside a clause, an estate
        assert!(!subject("培育队伍8支,助力社区开展活动"));
        assert!(!subject("他说东关社区是示范社区"));
        assert!(!subject("加快推进社区建设"));
        assert!(!subject("南湖小区是老旧小区"));
    }

    #[test]
    fn a_bare_kind_of_unit_as_subject_points_back() {
        let opens = |t: &str| opens_with_unit_kind(&t.chars().collect::<Vec<_>>());
        assert!(opens("社区现有居民3200户"));
        assert!(opens("该街道累计开展活动"));
        assert!(opens("村里共有党员56名") || opens("村共有党员56名"));
        assert!(!opens("社区工作者队伍不断壮大"));
        assert!(!opens("社区治理是基层治理的基础"));
        assert!(!opens("小区现有居民"));
    }

    #[test]
    fn named_streets_and_communities() {
        assert_eq!(names("在柳巷街道察院后社区,"), ["柳巷街道", "察院后社区"]);
        assert_eq!(names("青村镇组建志愿服务队12支"), ["青村镇"]);
        assert!(names("推动城乡社区治理,全市乡镇和社区工作者").is_empty());
        assert!(names("各乡镇(街道)社工站").is_empty());
        assert_eq!(
            names("在津头街道南湖小区社区举行"),
            ["津头街道", "南湖小区社区"]
        );
        assert_eq!(names("在鞍山一村第二居民区,"), ["鞍山一村", "第二居民区"]);
    }
}
