//! More figures an article states that are not facts of the remit, beside [`crate::not_facts`]:
//! a count that restates the items its sentence has just named (河东区、河西区和南开区3个区), a
//! count of every community or village of a place (下辖12个社区), the media of a press visit
//! (15家媒体记者) and a per-unit funding standard (每个社区每年20万元). Word lists in
//! `data/not-facts-counts.toml`; each check keeps the counts beside it.

use crate::not_facts::{clause_end, clause_start};
use crate::numbers::Quantity;
use serde::Deserialize;
use std::sync::OnceLock;

#[cfg(test)]
const COUNT_CUES_FILE: &str = include_str!("../../../data/not-facts-counts.toml");

// `COUNT_CUES`: data/not-facts-counts.toml as `CountCues` of static lists, written when the crate
// was built (build.rs, build/flat_lists.rs), so that no start parses its TOML; the tests check it
// equals the parse.
include!(concat!(env!("OUT_DIR"), "/count_cues.rs"));

/// data/not-facts-counts.toml: its lists are `L` (`Vec<String>` as the tests parse them, static
/// slices as build.rs writes them).
#[derive(Deserialize, Debug)]
struct Restated<L> {
    separators: L,
    between: L,
    after: L,
    max_noun_chars: usize,
}

#[derive(Deserialize, Debug)]
struct Communities<L> {
    units: L,
    governing: L,
    wholes: L,
    links: L,
    list_joins: L,
    modifiers: L,
    jurisdictions: L,
    after_jurisdiction: L,
    splits: L,
    all_of_them: L,
    bases: L,
    whole_tiers: L,
    coverage: L,
    coverage_leads: L,
    coverage_sites: L,
}

#[derive(Deserialize, Debug)]
struct SizeThresholds<L> {
    units: L,
    bounds: L,
    nouns: L,
    reach: usize,
}

#[derive(Deserialize, Debug)]
struct NamedPlaces<L> {
    suffixes: L,
    joins: L,
    max_item_chars: usize,
    max_value: f64,
}

#[derive(Deserialize, Debug)]
struct VagueTens<L> {
    words: L,
}

#[derive(Deserialize, Debug)]
struct Media<L> {
    nouns: L,
    reach: usize,
}

#[derive(Deserialize, Debug)]
struct PerUnitMoney<L> {
    units: L,
    periods: L,
    totals: L,
}

#[derive(Deserialize, Debug)]
struct CountCues<L> {
    restated: Restated<L>,
    communities: Communities<L>,
    media: Media<L>,
    per_unit_money: PerUnitMoney<L>,
    size_thresholds: SizeThresholds<L>,
    named_places: NamedPlaces<L>,
    vague_tens: VagueTens<L>,
}

/// Words as characters, longest first (the longest written form is tried first).
fn words(list: &[&str]) -> Vec<Vec<char>> {
    let mut words: Vec<Vec<char>> = list.iter().map(|w| w.chars().collect()).collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    words
}

struct Cues {
    separators: Vec<Vec<char>>,
    between: Vec<Vec<char>>,
    after: Vec<Vec<char>>,
    max_noun_chars: usize,
    community_units: Vec<Vec<char>>,
    governing: Vec<Vec<char>>,
    wholes: Vec<Vec<char>>,
    links: Vec<Vec<char>>,
    community_joins: Vec<Vec<char>>,
    community_modifiers: Vec<Vec<char>>,
    jurisdictions: Vec<Vec<char>>,
    after_jurisdiction: Vec<Vec<char>>,
    splits: Vec<Vec<char>>,
    all_of_them: Vec<Vec<char>>,
    bases: Vec<Vec<char>>,
    whole_tiers: Vec<Vec<char>>,
    coverage: Vec<Vec<char>>,
    coverage_leads: Vec<Vec<char>>,
    coverage_sites: Vec<Vec<char>>,
    size_units: Vec<String>,
    size_bounds: Vec<Vec<char>>,
    sized_nouns: Vec<Vec<char>>,
    size_reach: usize,
    place_suffixes: Vec<Vec<char>>,
    place_joins: Vec<Vec<char>>,
    max_place_chars: usize,
    max_places: f64,
    vague_tens: Vec<Vec<char>>,
    media: Vec<Vec<char>>,
    media_reach: usize,
    per_units: Vec<Vec<char>>,
    per_periods: Vec<Vec<char>>,
    totals: Vec<Vec<char>>,
}

fn cues() -> &'static Cues {
    static CUES: OnceLock<Cues> = OnceLock::new();
    CUES.get_or_init(|| {
        let c = &COUNT_CUES;
        Cues {
            separators: words(c.restated.separators),
            between: words(c.restated.between),
            after: words(c.restated.after),
            max_noun_chars: c.restated.max_noun_chars,
            community_units: words(c.communities.units),
            governing: words(c.communities.governing),
            wholes: words(c.communities.wholes),
            links: words(c.communities.links),
            community_joins: words(c.communities.list_joins),
            community_modifiers: words(c.communities.modifiers),
            jurisdictions: words(c.communities.jurisdictions),
            after_jurisdiction: words(c.communities.after_jurisdiction),
            splits: words(c.communities.splits),
            all_of_them: words(c.communities.all_of_them),
            bases: words(c.communities.bases),
            whole_tiers: words(c.communities.whole_tiers),
            coverage: words(c.communities.coverage),
            coverage_leads: words(c.communities.coverage_leads),
            coverage_sites: words(c.communities.coverage_sites),
            size_units: c
                .size_thresholds
                .units
                .iter()
                .map(|u| u.to_string())
                .collect(),
            size_bounds: words(c.size_thresholds.bounds),
            sized_nouns: words(c.size_thresholds.nouns),
            size_reach: c.size_thresholds.reach,
            place_suffixes: words(c.named_places.suffixes),
            place_joins: words(c.named_places.joins),
            max_place_chars: c.named_places.max_item_chars,
            max_places: c.named_places.max_value,
            vague_tens: words(c.vague_tens.words),
            media: words(c.media.nouns),
            media_reach: c.media.reach,
            per_units: words(c.per_unit_money.units),
            per_periods: words(c.per_unit_money.periods),
            totals: words(c.per_unit_money.totals),
        }
    })
}

fn starting_at(words: &[Vec<char>], s: &[char], at: usize) -> Option<usize> {
    words
        .iter()
        .find(|w| s.get(at..at + w.len()) == Some(&w[..]))
        .map(Vec::len)
}

fn ending_at(words: &[Vec<char>], s: &[char], end: usize) -> Option<usize> {
    words
        .iter()
        .find(|w| end >= w.len() && s[end - w.len()..end] == w[..])
        .map(Vec::len)
}

fn inside(words: &[Vec<char>], s: &[char]) -> bool {
    words
        .iter()
        .any(|w| crate::catalog::find_from(s, w, 0).is_some())
}

/// Whether the figure `q` of the sentence `s` is one of this module's kinds of non-fact.
pub(crate) fn is_not_a_fact(s: &[char], q: &Quantity) -> bool {
    restates_named_items(s, q)
        || restates_quoted_names(s, q)
        || counts_every_community(s, q)
        || sizes_a_body_under_a_rule(s, q)
        || restates_named_places(s, q)
        || ten_odd(s, q)
        || counts_the_press(s, q)
        || per_unit_standard(s, q)
}

/// The sentence's items before `end`, as the separators set them apart, each without its
/// quotes and brackets; the last item first.
fn items_before(s: &[char], end: usize) -> Vec<&[char]> {
    let separators = &cues().separators;
    let mut items = Vec::new();
    let mut item_end = end;
    let mut i = end;
    while i > 0 {
        if let Some(len) = ending_at(separators, s, i) {
            items.push(&s[i..item_end]);
            i -= len;
            item_end = i;
        } else if crate::ingest::is_sentence_end(s[i - 1]) {
            break;
        } else {
            i -= 1;
        }
    }
    items.push(&s[i..item_end]);
    items
        .into_iter()
        .map(|item| {
            // a quoted name is the item, not the verb before it (推出“暖蜂”)
            let item = match item
                .iter()
                .rposition(|c| matches!(c, '“' | '《' | '「' | '‘'))
            {
                Some(open) => &item[open..],
                None => item,
            };
            let start = item
                .iter()
                .position(|c| !"“”\"‘’'《》「」()（）".contains(*c))
                .unwrap_or(item.len());
            let end = item
                .iter()
                .rposition(|c| !"“”\"‘’'《》「」()（）".contains(*c))
                .map_or(start, |p| p + 1);
            &item[start..end.max(start)]
        })
        .collect()
}

/// A name in a list right before its count is short (河东, “春雨”, 阳光): a longer item is a
/// clause that governs the count (省民政厅会同省文明办、省直机关工委举办3期培训班).
const MAX_LISTED_NAME_CHARS: usize = 6;

/// 河东区、河西区和南开区3个区, 在甲社区、乙社区开展试点,覆盖2个社区, 甲、乙、丙三个站: a count
/// equal to the items its sentence has just named that end with the counted noun, or to the list
/// standing right before it.
fn restates_named_items(s: &[char], q: &Quantity) -> bool {
    let c = cues();
    if q.value < 2.0 || q.value.fract() != 0.0 || q.value > 30.0 || q.unit.is_empty() {
        return false;
    }
    let count = q.value as usize;
    let at = q.range.start;
    // the counted noun: the characters after the measure word up to a clause break or a word
    // that may follow it; none within reach, and the count counts something longer
    let Some(noun_len) = (1..=c.max_noun_chars).find(|&n| {
        let end = q.range.end + n;
        end <= s.len()
            && s[q.range.end..end]
                .iter()
                .all(|&ch| ('\u{4e00}'..='\u{9fff}').contains(&ch))
            && (s
                .get(end)
                .is_none_or(|&ch| crate::catalog::is_clause_break(ch) || ch == '\n')
                || starting_at(&c.after, s, end).is_some())
    }) else {
        return false;
    };
    // the list right before the count (甲、乙、丙三个站; 甲、乙和丙等3个计划)
    let list_end = at - ending_at(&c.between, s, at).unwrap_or(0);
    let from = clause_start(s, list_end);
    let clause: Vec<&[char]> = items_before(&s[from..], list_end - from)
        .into_iter()
        .take_while(|item| !item.is_empty())
        .collect();
    let listed_here = list_end > from
        && s[from..list_end]
            .iter()
            .any(|&ch| matches!(ch, '、' | '和' | '及' | '与'))
        && s[from..list_end]
            .iter()
            .all(|&ch| !matches!(ch, ',' | ':' | ';'))
        && clause.len() == count
        && clause
            .iter()
            .all(|item| item.len() <= MAX_LISTED_NAME_CHARS);
    if listed_here {
        return true;
    }
    // items of the counted noun named earlier in the sentence, one each (…区、…区和…区……覆盖3个区)
    for head_len in [noun_len.min(2), 1] {
        let head = &s[q.range.end + noun_len - head_len..q.range.end + noun_len];
        // an item names one when a name stands before the noun (在甲社区, 乙社区开展试点)
        let named = items_before(s, at)
            .into_iter()
            .filter(|item| item.windows(head_len).skip(1).any(|w| w == head))
            .count();
        if named == count {
            return true;
        }
    }
    false
}

/// The longest counted noun read after a run of quoted names (主题志愿服务项目).
const MAX_QUOTED_NOUN_CHARS: usize = 10;
/// The longest quoted name of such a run (“我们的讲堂”, “邻里守望”).
const MAX_QUOTED_NAME_CHARS: usize = 12;

/// “甲”“乙”和“丙”等3个项目。: a count no larger than the run of quoted names right before it
/// restates them, where the names follow one another without 、 (as brand lists are printed) and
/// the counted noun ends the clause; a run shorter than the count (“甲”“乙”等5个) names examples
/// of a larger set, and the count stays a fact.
fn restates_quoted_names(s: &[char], q: &Quantity) -> bool {
    let c = cues();
    if q.value < 2.0 || q.value.fract() != 0.0 || q.value > 30.0 || q.unit.is_empty() {
        return false;
    }
    let noun_len = s[q.range.end..]
        .iter()
        .take_while(|&&ch| ('\u{4e00}'..='\u{9fff}').contains(&ch))
        .count();
    let noun_end = q.range.end + noun_len;
    let ends_clause = s
        .get(noun_end)
        .is_none_or(|&ch| crate::catalog::is_clause_break(ch) || ch == '\n');
    if noun_len == 0 || noun_len > MAX_QUOTED_NOUN_CHARS || !ends_clause {
        return false;
    }
    let mut i = q.range.start - ending_at(&c.between, s, q.range.start).unwrap_or(0);
    let mut names = 0;
    loop {
        if names > 0 && i > 0 && matches!(s[i - 1], '、' | '和' | '及' | '与') {
            i -= 1;
        }
        if i == 0 || s[i - 1] != '”' {
            break;
        }
        let Some(open) = s[..i - 1].iter().rposition(|&ch| ch == '“') else {
            break;
        };
        if i - 1 - open > MAX_QUOTED_NAME_CHARS {
            break;
        }
        names += 1;
        i = open;
    }
    names >= 2 && names >= q.value as usize
}

/// 下辖12个社区, 全区共有112个社区。, 辖区有14个小区, 下辖8个社区、3个村: every community,
/// village, compound or grid of a place.
fn counts_every_community(s: &[char], q: &Quantity) -> bool {
    let c = cues();
    if q.unit != "个" || q.value < 2.0 {
        return false;
    }
    // the unit, perhaps after a word of its kind (辖4个开放式小区)
    let unit_at = q.range.end + starting_at(&c.community_modifiers, s, q.range.end).unwrap_or(0);
    let Some(len) = starting_at(&c.community_units, s, unit_at) else {
        return false;
    };
    let after = unit_at + len;
    let ends_here = s
        .get(after)
        .is_none_or(|&ch| crate::catalog::is_clause_break(ch) || ch == '\n');
    // 辖区12个社区的居民, 辖区26个社区、农村: the whole jurisdiction's communities, told bare
    let whole_jurisdiction = ending_at(&c.jurisdictions, s, q.range.start).is_some()
        && (ends_here || starting_at(&c.after_jurisdiction, s, after).is_some());
    // 街道的18个社区又被分为126个网格: the whole the sentence splits into its parts
    let split = starting_at(&c.splits, s, after).is_some();
    // 全区86个社区均已建成: every one of the place's communities; 全市1400多个村居: its whole
    // grassroots tier
    let all_of_them = starting_at(&c.all_of_them, s, after).is_some();
    let whole_tier = starting_at(&c.whole_tiers, s, unit_at).is_some();
    let whole = ending_at(&c.wholes, s, q.range.start);
    let whole_before = whole.is_some();
    // 依托全市897个社区: every community of the place as the base of a work
    let base = whole.is_some_and(|w| ending_at(&c.bases, s, q.range.start - w).is_some());
    whole_jurisdiction
        || base
        || split
        || covered_in_whole(s, after)
        || ((all_of_them || whole_tier) && whole_before)
        || ((ends_here || all_of_them) && community_count_opens_make_up(s, q.range.start, 0))
}

/// The most characters of a service's name between a counted unit and its coverage word
/// (社区社工服务全覆盖).
const COVERAGE_NAME_CHARS: usize = 6;

/// 实现82个小区“议事角”全覆盖, 38个社区社工服务全覆盖, 12个社区已实现全覆盖: the communities a
/// scheme covers in whole (`after` is where the unit ends); not when what stands between names a
/// site counted there (15个社区社工站全覆盖: the stations built).
fn covered_in_whole(s: &[char], after: usize) -> bool {
    let c = cues();
    let mut i = after;
    let quoted = s.get(i) == Some(&'“');
    // a quoted name of the scheme
    if quoted {
        match s[i..]
            .iter()
            .take(MAX_QUOTED_NAME_CHARS + 2)
            .position(|&ch| ch == '”')
        {
            Some(close) => i += close + 1,
            None => return false,
        }
    }
    let name_start = i;
    while i < s.len() && i - name_start <= COVERAGE_NAME_CHARS {
        if starting_at(&c.coverage, s, i).is_some() {
            break;
        }
        if let Some(lead) = starting_at(&c.coverage_leads, s, i) {
            if starting_at(&c.coverage, s, i + lead).is_some() {
                break;
            }
        }
        if !crate::labels::is_han(s[i]) {
            return false;
        }
        i += 1;
    }
    let name = &s[name_start..i];
    let lead = starting_at(&c.coverage_leads, s, i).unwrap_or(0);
    // (36个村(社区)全覆盖 alone, with no scheme, service or lead named, stays: what was covered
    // is not said, so the count is read as the coverage reached)
    starting_at(&c.coverage, s, i + lead).is_some()
        && (quoted || !name.is_empty() || lead > 0)
        && !c.coverage_sites.iter().any(|w| name.ends_with(w))
}

/// Whether the community count whose number starts at `at` follows a verb of governing or a
/// word of the whole place with its link, or is a later item of a list whose first item does
/// (下辖8个社区、3个村); `depth` bounds the walk back along the list.
fn community_count_opens_make_up(s: &[char], at: usize, depth: usize) -> bool {
    let c = cues();
    if ending_at(&c.governing, s, at).is_some() {
        return true;
    }
    if let Some(link) = ending_at(&c.links, s, at) {
        if ending_at(&c.wholes, s, at - link).is_some() {
            return true;
        }
    }
    if depth >= 4 {
        return false;
    }
    // an earlier item: join, unit, 个, its number
    let Some(join) = ending_at(&c.community_joins, s, at) else {
        return false;
    };
    let Some(unit) = ending_at(&c.community_units, s, at - join) else {
        return false;
    };
    let measure = at - join - unit;
    if measure == 0 || s[measure - 1] != '个' {
        return false;
    }
    let number_end = measure - 1;
    let number_start = (0..number_end)
        .rev()
        .take_while(|&i| s[i].is_ascii_digit() || "一二两三四五六七八九十百千".contains(s[i]))
        .last()
        .unwrap_or(number_end);
    number_start < number_end && community_count_opens_make_up(s, number_start, depth + 1)
}

/// 对3000户以上城市社区进行拆分, 职工50人以上的企业: the size that brings a body under a rule.
fn sizes_a_body_under_a_rule(s: &[char], q: &Quantity) -> bool {
    let c = cues();
    if !c.size_units.contains(&q.unit) {
        return false;
    }
    // the bound read as the figure's qualifier (3000户以上) or standing after it
    let mut at = match ending_at(&c.size_bounds, s, q.range.end) {
        Some(_) => q.range.end,
        None => match starting_at(&c.size_bounds, s, q.range.end) {
            Some(bound) => q.range.end + bound,
            None => return false,
        },
    };
    if s.get(at) == Some(&'的') {
        at += 1;
    }
    let han = s[at.min(s.len())..]
        .iter()
        .take(c.size_reach)
        .take_while(|&&ch| ('\u{4e00}'..='\u{9fff}').contains(&ch))
        .count();
    (1..=han).any(|n| ending_at(&c.sized_nouns, s, at + n).is_some())
}

/// 在上港乡、歪子镇进行试点……,两个社工站运行顺畅: a clause opened by a small Chinese count of the
/// places its sentence has just listed.
fn restates_named_places(s: &[char], q: &Quantity) -> bool {
    let c = cues();
    if q.value < 2.0 || q.value > c.max_places || q.value.fract() != 0.0 {
        return false;
    }
    let chinese = s
        .get(q.number_start)
        .is_some_and(|&ch| "两二三四五六七八九".contains(ch));
    if !chinese || clause_start(s, q.number_start) != q.number_start {
        return false;
    }
    let count = q.value as usize;
    let sentence_start = (0..q.number_start)
        .rev()
        .find(|&i| crate::ingest::is_sentence_end(s[i]))
        .map_or(0, |i| i + 1);
    let before = &s[sentence_start..q.number_start];
    let is_place_end = |end: usize| ending_at(&c.place_suffixes, before, end).is_some();
    // each run of joined places: a place ending at a join, then places up to the next join
    let mut i = 0;
    while i < before.len() {
        let Some(join) = starting_at(&c.place_joins, before, i) else {
            i += 1;
            continue;
        };
        if !is_place_end(i) {
            i += join;
            continue;
        }
        let mut places = 1;
        let mut at = i + join;
        loop {
            // the next place: a short run of Han characters ending with a place suffix
            let run = before[at..]
                .iter()
                .take(c.max_place_chars)
                .take_while(|&&ch| ('\u{4e00}'..='\u{9fff}').contains(&ch))
                .count();
            let Some(end) = (2..=run).rev().find(|&n| is_place_end(at + n)) else {
                break;
            };
            places += 1;
            match starting_at(&c.place_joins, before, at + end) {
                Some(next) => at += end + next,
                None => break,
            }
        }
        if places == count && places >= 2 {
            return true;
        }
        i = at.max(i + join);
    }
    false
}

/// 十多个部门, 十几名: ten-some, a rough count (十余家 is over ten, as 百余 is over a hundred).
fn ten_odd(s: &[char], q: &Quantity) -> bool {
    starting_at(&cues().vague_tens, s, q.number_start).is_some()
}

/// 组织15家媒体记者, 20余名记者参加采访: the media of a press visit.
fn counts_the_press(s: &[char], q: &Quantity) -> bool {
    let c = cues();
    let limit = clause_end(s, q.range.end).min(q.range.end + c.media_reach + 1);
    (q.range.end..limit).any(|i| starting_at(&c.media, s, i).is_some())
}

/// 每个社区每年20万元, 每村每年安排工作经费5万元: what each body or site is granted.
fn per_unit_standard(s: &[char], q: &Quantity) -> bool {
    let c = cues();
    if q.unit != "元" {
        return false;
    }
    let before = &s[clause_start(s, q.range.start)..q.range.start];
    if inside(&c.totals, before) {
        return false;
    }
    before.iter().enumerate().any(|(i, &ch)| {
        ch == '每'
            && starting_at(&c.per_units, before, i + 1)
                .is_some_and(|len| starting_at(&c.per_periods, before, i + 1 + len).is_none())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the figure with `value` in `text` is judged no fact here.
    fn not_a_fact(text: &str, value: f64) -> bool {
        crate::numbers::judge_figure(text, value, is_not_a_fact)
    }

    #[test]
    fn the_data_file_parses() {
        let c: CountCues<Vec<String>> =
            toml::from_str(COUNT_CUES_FILE).expect("data/not-facts-counts.toml");
        assert!(!c.restated.separators.is_empty() && c.media.reach > 0);
    }

    #[test]
    fn the_static_cues_are_the_data_file() {
        let parsed: CountCues<Vec<String>> =
            toml::from_str(COUNT_CUES_FILE).expect("data/not-facts-counts.toml");
        assert_eq!(format!("{COUNT_CUES:#?}"), format!("{parsed:#?}"));
    }

    #[test]
    fn counts_restating_named_items_are_not_facts() {
        assert!(not_a_fact("在河东区、河西区和南开区3个区开展试点", 3.0));
        assert!(not_a_fact("在甲社区、乙社区开展试点,覆盖2个社区", 2.0));
        assert!(not_a_fact("制定“春雨”、“繁星”和“护苗”3个计划", 3.0));
        assert!(!not_a_fact(
            "省民政厅会同省文明办、省直机关工委举办3期培训班",
            3.0
        ));
        assert!(not_a_fact("新建阳光、幸福2个驿站", 2.0));
        // a list of examples closed by 等 with fewer items: the count adds to it
        assert!(!not_a_fact("在河东区、河西区等5个区开展试点", 5.0));
        // a total of the kinds listed
        assert!(!not_a_fact("全市建成社工站、驿站和服务点120个", 120.0));
        assert!(!not_a_fact("覆盖全市2706个社区", 2706.0));
        // the named items' party branches: a longer noun
        assert!(!not_a_fact(
            "东湖社区、南岸社区、西河社区3个社区党支部联合组建片区党建联盟",
            3.0
        ));
    }

    #[test]
    fn every_community_of_a_place_is_its_make_up() {
        assert!(not_a_fact("街道下辖12个社区。", 12.0));
        assert!(not_a_fact("全区共有112个社区,常住人口30万人", 112.0));
        assert!(!not_a_fact("全区共有50个社区(村)拥有志愿服务品牌", 50.0));
        assert!(!not_a_fact("覆盖全市2706个社区。", 2706.0));
        assert!(!not_a_fact("新建12个社区。", 12.0));
    }

    #[test]
    fn a_street_or_community_profile_counts_its_own_parts() {
        assert!(not_a_fact(
            "该社区地处城区东部,辖区有9个小区,居民4200户",
            9.0
        ));
        assert!(not_a_fact("街道辖区内设6个社居委,常住人口5万人", 6.0));
        assert!(not_a_fact("社区共划分为8个网格,配备专职网格员8名", 8.0));
        assert!(not_a_fact("镇下辖11个行政村、3个社区,总人口4万", 3.0));
        assert!(not_a_fact("街道辖5个社区和2个村。", 2.0));
        assert!(not_a_fact("该社区辖6个开放式小区,流动人口多", 6.0));
        // what is built in them, or reached, stays
        assert!(!not_a_fact("辖区有9个小区党支部参与共建", 9.0));
        assert!(!not_a_fact("社区志愿者走访了12个小区。", 12.0));
        assert!(!not_a_fact("新建5个社区、3个村的服务站", 3.0));
        assert!(!not_a_fact("辖区有31栋居民楼", 31.0));
        assert!(!not_a_fact("全市共有20个示范社区。", 20.0));
    }

    #[test]
    fn a_jurisdictions_communities_told_bare_are_its_make_up() {
        assert!(not_a_fact(
            "为方便辖区12个社区的居民办事,中心延时服务",
            12.0
        ));
        assert!(not_a_fact("截至目前,辖区26个社区、农村建成助餐点", 26.0));
        assert!(not_a_fact("活动覆盖辖区内9个小区。", 9.0));
        assert!(not_a_fact("面向辖区8个社区居民开展义诊", 8.0));
        // what they have, or a count after another word, stays
        assert!(!not_a_fact("辐射辖区内6个小区党支部", 6.0));
        assert!(!not_a_fact("辖区12个社区建成服务站15个", 15.0));
        assert!(!not_a_fact("志愿者走访了12个社区的居民", 12.0));
    }

    #[test]
    fn the_size_that_brings_a_body_under_a_rule_is_no_count() {
        assert!(not_a_fact("年底前完成对3000户以上城市社区的拆分", 3000.0));
        assert!(not_a_fact("为居民5000人以上社区增配社区工作者", 5000.0));
        assert!(not_a_fact("推动建筑面积800平方米以上楼宇建立党组织", 800.0));
        assert!(!not_a_fact("員工100人以上企業1家", 1.0));
        assert!(!not_a_fact("服务居民3000户以上。", 3000.0));
        assert!(!not_a_fact("参与群众500人以上,覆盖社区8个", 500.0));
    }

    #[test]
    fn a_count_restating_the_places_just_listed_is_no_fact() {
        assert!(not_a_fact(
            "年初在东河乡、西坪镇进行社工站试点,半年来,两个社工站运行平稳",
            2.0
        ));
        assert!(not_a_fact(
            "先在南苑社区和北苑社区试行,三个月后,两个社区的议事会均已成立",
            2.0
        ));
        assert!(not_a_fact(
            "选定城关镇、河口镇、新集乡试点,三个乡镇共服务群众800人次",
            3.0
        ));
        assert!(!not_a_fact(
            "选定城关镇、河口镇、新集乡试点,三个乡镇共服务群众800人次",
            800.0
        ));
        // a count inside its clause, in digits, or of another number
        assert!(!not_a_fact("在东河乡、西坪镇试点,新建两个社工站", 2.0));
        assert!(!not_a_fact("在东河乡、西坪镇试点,2个社工站运行平稳", 2.0));
        assert!(!not_a_fact("在东河乡、西坪镇试点,三个社工站运行平稳", 3.0));
    }

    #[test]
    fn ten_odd_is_a_rough_count() {
        assert!(not_a_fact("等十多家企业达成合作", 10.0));
        assert!(not_a_fact("已有十几个社区参与", 10.0));
        assert!(not_a_fact("十多名志愿者参与清扫", 10.0));
        assert!(!not_a_fact("等十余家企业达成合作", 10.0));
        assert!(!not_a_fact("共有12家企业达成合作", 12.0));
        assert!(!not_a_fact("四十余名志愿者参与清扫", 40.0));
    }

    #[test]
    fn the_press_of_a_visit_is_not_the_remit() {
        assert!(not_a_fact("组织15家媒体记者走进社区", 15.0));
        assert!(not_a_fact("20余名记者参加采访", 20.0));
        assert!(not_a_fact("邀请12家中央和省级媒体", 12.0));
        assert!(!not_a_fact("建成驿站120个,记者了解到", 120.0));
    }

    #[test]
    fn per_unit_standards_are_not_amounts_spent() {
        assert!(not_a_fact("按照每个社区每年20万元的标准拨付", 200_000.0));
        assert!(not_a_fact("每个站点每年补助运营经费3万元", 30_000.0));
        assert!(!not_a_fact("持证社工每人补贴500元", 500.0));
        assert!(!not_a_fact("每个月都能获得200元到600元不等的津贴", 200.0));
        assert!(not_a_fact("每村每年安排工作经费5万元", 50_000.0));
        assert!(!not_a_fact("每年投入200万元", 2_000_000.0));
        assert!(!not_a_fact("为每个社区配备经费,共投入300万元", 3_000_000.0));
    }
}
