//! Figures a unit states about itself, told by the kind of figure rather than by who is the
//! clause's subject (attribution by subject cost unseen text levels: see devcorpus/README.md).
//!
//! A floor area in 平方米 is a property of one building or room: 该中心总建筑面积760平方米,
//! 50多平方米的驿站, 驿站虽然只有30平方米, 1280平方米的党群活动服务中心. News and official texts
//! state a place's space only as a total over the facilities it counts (全区建成……总面积3万
//! 平方米), as a standard for each (每个占地13.5平方米, 面积均超过600平方米) or in 平方公里; so
//! a 平方米 figure in a sentence that names one facility and neither counts facilities before it
//! nor speaks of a whole or of each is that facility's own figure (level org, at the place it is
//! in).
//!
//! A place right before a rank (合肥市规模最大的……, 武汉市首个楼宇党委, 青海省内首家……) names the
//! whole the clause's subject stands out in, not the place of the subject's figures.

use crate::numbers::Quantity;
use std::ops::Range;

/// Kinds of a single facility (data/facility-kinds.txt).
const FACILITY_KINDS: &str = include_str!("../../../../data/facility-kinds.txt");

/// The unit of floor area (平方 is read as it by the unit table; 平米 keeps its own unit and is
/// not read here: tried, it made a community's office area in 平米 a facility's, at org level).
const FLOOR_AREA_UNIT: &str = "平方米";

/// The largest floor area read as one facility's: the largest service centres and office
/// towers news texts describe stay below it, while a district's or a city's totals of space
/// (33.5万平方米, 468万平方米) lie far above.
const MAX_FACILITY_AREA: f64 = 20_000.0;

/// Measure words of facilities and organisations counted (建成驿站12个, 32个社区……面积均超过):
/// an area after such a count in its sentence is a total or a standard of the counted set.
const COUNTED_FACILITY_UNITS: &[&str] = &["个", "家", "座", "处", "所", "间", "栋", "幢", "支"];

/// Words before an area that make it a whole's total or each unit's standard, not one
/// facility's (全区, 各社区, 每个, 均, 总计, 合计, 累计).
const WHOLE_OR_EACH: &[&str] = &[
    "全省", "全市", "全区", "全县", "全镇", "全乡", "全街", "各", "每", "均", "总计", "合计",
    "累计",
];

fn facility_kinds() -> &'static [Vec<char>] {
    static KINDS: std::sync::OnceLock<Vec<Vec<char>>> = std::sync::OnceLock::new();
    KINDS.get_or_init(|| crate::word_lists::char_words(FACILITY_KINDS))
}

fn contains(haystack: &[char], word: &[char]) -> bool {
    crate::catalog::find_from(haystack, word, 0).is_some()
}

/// Whether the `k`th figure of sentence `s` is one facility's floor area (see the module
/// documentation): its unit is 平方米 and at most [`MAX_FACILITY_AREA`], its sentence up to the
/// end of its clause (`clause_end`) names a facility, no figure before it in its sentence counts
/// facilities, and no word of a whole or of each stands before it in its sentence.
pub(crate) fn is_facility_area(
    s: &[char],
    quantities: &[Quantity],
    k: usize,
    clause_end: usize,
) -> bool {
    let q = &quantities[k];
    if q.unit != FLOOR_AREA_UNIT || q.value > MAX_FACILITY_AREA || q.value_max.is_some() {
        return false;
    }
    let counted_before = quantities[..k]
        .iter()
        .any(|p| COUNTED_FACILITY_UNITS.contains(&p.unit.as_str()));
    if counted_before {
        return false;
    }
    let before = &s[..q.number_start];
    let whole_or_each = WHOLE_OR_EACH
        .iter()
        .any(|w| contains(before, &w.chars().collect::<Vec<_>>()));
    if whole_or_each {
        return false;
    }
    let read = &s[..clause_end.min(s.len())];
    facility_kinds().iter().any(|kind| contains(read, kind))
}

/// Words after a place that rank the clause's subject within it (合肥市规模最大的……, 武汉市首个
/// 楼宇党委, 青海省内首家志愿服务站, 中山市异地商会中最早……): the place is the whole the subject
/// stands out in, as 全市首个 is (`scope::compares_with_whole`), not the place of the subject's
/// figures. A first batch (首批) counts the place's own units and is not among them.
const RANKED_WITHIN: &[&str] = &[
    "首个",
    "首家",
    "首支",
    "首座",
    "唯一",
    "第一个",
    "第一家",
    "规模最大",
    "最大",
    "最早",
    "最先",
];

/// Words between a place and its ranking word (省内, 市内, 范围内).
const RANK_SCOPE_WORDS: &[&str] = &["范围内", "内"];

/// Whether the place mention at `place` is the whole its clause's subject is ranked within (see
/// [`RANKED_WITHIN`]), written with 是 or 为 before it or right before the ranked noun.
pub(crate) fn ranks_within(s: &[char], place: &std::ops::Range<usize>) -> bool {
    let mut at = place.end;
    if let Some(w) = RANK_SCOPE_WORDS.iter().find(|w| starts_with_at(s, at, w)) {
        at += w.chars().count();
    }
    RANKED_WITHIN.iter().any(|w| starts_with_at(s, at, w))
}

fn starts_with_at(s: &[char], at: usize, word: &str) -> bool {
    word.chars()
        .enumerate()
        .all(|(i, c)| s.get(at + i) == Some(&c))
}

/// Words after a named organisation that make it its clause's subject, beyond a place's
/// predicates (data/org-subject-predicates.txt).
const ORG_SUBJECT_PREDICATES: &str = include_str!("../../../../data/org-subject-predicates.txt");

fn org_subject_predicates() -> &'static [Vec<char>] {
    static WORDS: std::sync::OnceLock<Vec<Vec<char>>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| crate::word_lists::char_words(ORG_SUBJECT_PREDICATES))
}

/// A place pointed back to before an organisation's name (该市慈善总会, 该县志愿者协会): the name
/// after it is the one the text named before with its place.
const POINTED_PLACES: &[&[char]] = &[
    &['该', '省'],
    &['该', '市'],
    &['该', '区'],
    &['该', '县'],
    &['该', '镇'],
    &['该', '街', '道'],
];

/// The longest organisation name read as a clause's subject (天鹰救援队, 阳光志愿服务队).
const MAX_NAMED_SUBJECT_CHARS: usize = 16;

/// The most clauses of a sentence read for its named subject (两年多来,天鹰救援队组织过……).
const NAMED_SUBJECT_CLAUSES: usize = 2;

/// Where the subject ends when one of the first clauses of `s` opens with an organisation's
/// full name (ending in an organisation's suffix, data/org-suffixes.txt) that the text named
/// before (`before`) and a predicate follows it: 两年多来,天鹰救援队组织过搜救200多次;
/// 阳光服务队今年开展活动40场. News texts introduce an organisation once and then tell its deeds
/// with its name as the subject: the figures of that clause, and of the paragraph's sentences
/// after it that name no place (他们还组织了……), are the organisation's own (level org). A name
/// met for the first time is not read: without segmentation, a verb phrase ending in a kind
/// (加强服务队……) reads the same.
pub(crate) fn named_org_subject(s: &[char], before: &[char]) -> Option<Range<usize>> {
    let mut start = 0;
    for clause in s
        .split(|&c| crate::catalog::is_clause_break(c) && c != '、')
        .take(NAMED_SUBJECT_CLAUSES)
    {
        // a name is Han characters (a brand in quotes may open it: “能大姐”服务队): the run of
        // them that opens the clause, measured once, bounds every name tried
        let name_run = clause
            .iter()
            .take(MAX_NAMED_SUBJECT_CHARS)
            .take_while(|&&c| crate::labels::is_han(c) || "“”".contains(c))
            .count();
        let found = (2..=name_run).rev().find(|&end| {
            let name = &clause[..end];
            let after = &clause[end..];
            crate::labels::is_han(name[name.len() - 1])
                && crate::attach::ends_with_org_suffix(name)
                && !crate::locals::opens_with_verb(name)
                && (crate::locals::opens_predicate(after)
                    || org_subject_predicates().iter().any(|w| {
                        after.len() >= w.len() && after.iter().zip(w).all(|(a, b)| a == b)
                    }))
                && (contains(before, name)
                    // 该市慈善总会 after 马鞍山市慈善总会: the place pointed back to
                    || POINTED_PLACES
                        .iter()
                        .any(|p| name.starts_with(p) && name.len() > p.len() + 1 && contains(before, &name[p.len()..])))
        });
        if let Some(end) = found {
            return Some(start..start + end);
        }
        start += clause.len() + 1;
    }
    None
}

/// Words after an organisation's name that say where it is (摩根党群服务中心地处锦江区……,
/// ……党群服务站位于……园区), longest first.
const LOCATED_WORDS: &[&str] = &["坐落于", "坐落在", "地处", "位于", "落户"];

/// The first characters of [`LOCATED_WORDS`].
fn located_first_chars() -> &'static crate::first_chars::FirstChars {
    static FIRST: std::sync::OnceLock<crate::first_chars::FirstChars> = std::sync::OnceLock::new();
    FIRST.get_or_init(|| {
        let words: Vec<Vec<char>> = LOCATED_WORDS.iter().map(|w| w.chars().collect()).collect();
        crate::first_chars::FirstChars::of(words.iter().map(Vec::as_slice))
    })
}

/// The longest organisation name read before a word of whereabouts (“白领驿家”中铁中环时代广场
/// 党群服务站).
const MAX_LOCATED_NAME_CHARS: usize = 24;

/// The most clauses of a sentence read for its located subject (记者了解到,……中心地处……).
const LOCATED_CLAUSES: usize = 2;

/// Words before a figure that make it a whole's or each unit's, not the located organisation's
/// (全区, 辖区, 各, 每).
const WHOLE_WORDS: &[&str] = &[
    "全省", "全市", "全区", "全县", "全镇", "全乡", "全街", "辖区", "各", "每",
];

/// Whether `between` (the words from an organisation's subject to a figure) names a whole place
/// ([`WHOLE_WORDS`] of two characters: 全区, 辖区): the figure is then that whole's. (各 and 每
/// are left out here: an organisation's own deeds are told 每年, 各类.)
pub(crate) fn names_whole(between: &[char]) -> bool {
    WHOLE_WORDS
        .iter()
        .filter(|w| w.chars().count() > 1)
        .any(|w| contains(between, &w.chars().collect::<Vec<_>>()))
}

/// Where the clause saying where an organisation is begins and ends, when one of the first
/// clauses of `s` opens with the organisation's name (ending in an organisation's suffix or a
/// facility's kind) followed by a word of whereabouts: 摩根党群服务中心地处锦江区……, “白领驿家”
/// ……党群服务站位于……园区. A service centre or station described so goes on to tell its own reach
/// (涵盖5个党支部, 服务191家企业, 辐射6幢楼宇、企业430余家): the places after the word say where
/// it is, and the figures after that clause are the organisation's own (level org).
pub(crate) fn located_org(s: &[char]) -> Option<Range<usize>> {
    let mut start = 0;
    for clause in s
        .split(|&c| crate::catalog::is_clause_break(c) && c != '、')
        .take(LOCATED_CLAUSES)
    {
        let name_end = (0..clause.len().min(MAX_LOCATED_NAME_CHARS + 1)).find(|&i| {
            // (one bit test passes over the characters that start none of the words)
            located_first_chars().may_start(clause[i])
                && LOCATED_WORDS.iter().any(|w| starts_with_at(clause, i, w))
        });
        if let Some(end) = name_end {
            let name = &clause[..end];
            let named_org = name
                .iter()
                .all(|&c| crate::labels::is_han(c) || "“”·".contains(c))
                && (crate::attach::ends_with_org_suffix(name)
                    || facility_kinds().iter().any(|k| name.ends_with(k)));
            if named_org {
                return Some(start + end..start + clause.len());
            }
        }
        start += clause.len() + 1;
    }
    None
}

/// Whether the figure starting at `number_start` in `s` is the located organisation's own (see
/// [`located_org`]): it follows the clause of whereabouts, and no word of a whole or of each
/// stands between that clause and it.
pub(crate) fn told_by_located_org(s: &[char], number_start: usize) -> bool {
    located_org(s).is_some_and(|at| {
        number_start > at.end
            && !WHOLE_WORDS
                .iter()
                .any(|w| contains(&s[at.end..number_start], &w.chars().collect::<Vec<_>>()))
    })
}

/// How news texts introduce an organisation whose own figures follow (data/org-introductions.toml).
const INTRODUCTIONS: &str = include_str!("../../../../data/org-introductions.toml");

#[derive(serde::Deserialize)]
struct IntroductionWords {
    founding_verbs: Vec<String>,
    founding_ends: Vec<String>,
    founding_leads: Vec<String>,
    level_words: Vec<String>,
    not_level_words: Vec<String>,
    composition_ends: Vec<String>,
}

/// [`IntroductionWords`] as characters, longest first.
struct Introductions {
    founding_verbs: Vec<Vec<char>>,
    founding_ends: Vec<Vec<char>>,
    founding_leads: Vec<Vec<char>>,
    level_words: Vec<char>,
    not_level_words: Vec<Vec<char>>,
    composition_ends: Vec<Vec<char>>,
}

fn introductions() -> &'static Introductions {
    static WORDS: std::sync::OnceLock<Introductions> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        // a build-time file of this crate: a malformed one fails the tests, not a user's run
        let words: IntroductionWords = toml::from_str(INTRODUCTIONS).unwrap_or(IntroductionWords {
            founding_verbs: Vec::new(),
            founding_ends: Vec::new(),
            founding_leads: Vec::new(),
            level_words: Vec::new(),
            not_level_words: Vec::new(),
            composition_ends: Vec::new(),
        });
        let chars = |list: Vec<String>| -> Vec<Vec<char>> {
            let mut out: Vec<Vec<char>> = list.iter().map(|w| w.chars().collect()).collect();
            out.sort_by_key(|w| std::cmp::Reverse(w.len()));
            out
        };
        Introductions {
            founding_verbs: chars(words.founding_verbs),
            founding_ends: chars(words.founding_ends),
            founding_leads: chars(words.founding_leads),
            level_words: words
                .level_words
                .iter()
                .filter_map(|w| w.chars().next())
                .collect(),
            not_level_words: chars(words.not_level_words),
            composition_ends: chars(words.composition_ends),
        }
    })
}

/// The longest organisation name read as introduced by its founding or its place's tier
/// (省慈善协会慈善先锋志愿者服务队).
const MAX_INTRODUCED_NAME_CHARS: usize = 20;

/// Characters of the date of a founding (2012年11月, 二〇一八年).
fn is_date_char(c: char) -> bool {
    c.is_ascii_digit() || "年月日〇零一二三四五六七八九十".contains(c)
}

fn word_len_at(text: &[char], at: usize, words: &[Vec<char>]) -> Option<usize> {
    words
        .iter()
        .find(|w| text.get(at..at + w.len()) == Some(w.as_slice()))
        .map(Vec::len)
}

/// Where a founding written from `at` of `text` ends: a lead (自, 于), a date, a verb of founding
/// and what follows a founding (于, 以来, 的 …, or the clause's end): 自2010年成立以来, 成立于,
/// 于2018年成立, 2012年成立的.
fn founding_end(text: &[char], at: usize) -> Option<usize> {
    let words = introductions();
    let mut i = at + word_len_at(text, at, &words.founding_leads).unwrap_or(0);
    while text.get(i).is_some_and(|&c| is_date_char(c)) {
        i += 1;
    }
    i += word_len_at(text, i, &words.founding_verbs)?;
    if i >= text.len() {
        return Some(i);
    }
    word_len_at(text, i, &words.founding_ends).map(|n| i + n)
}

/// Whether `name` may be an organisation's name: Han characters (a brand in quotes may open
/// it), ending in an organisation's suffix, opening with no verb.
fn is_org_name(name: &[char]) -> bool {
    name.last().is_some_and(|&c| crate::labels::is_han(c))
        && name
            .iter()
            .all(|&c| crate::labels::is_han(c) || "“”·".contains(c))
        && crate::attach::ends_with_org_suffix(name)
        && !crate::locals::opens_with_verb(name)
}

/// Whether `after` (the words after a name) makes the name its clause's subject: the clause
/// ends, or a predicate follows.
fn subject_before(after: &[char]) -> bool {
    after.is_empty()
        || crate::locals::opens_predicate(after)
        || org_subject_predicates()
            .iter()
            .any(|w| after.len() >= w.len() && after.iter().zip(w).all(|(a, b)| a == b))
}

/// Where the subject ends when `clause` introduces an organisation by its founding
/// (data/org-introductions.toml): its name then a founding (某某志愿服务队成立于2018年11月;
/// 某某服务队自2010年成立以来,已发展……), or a founding then 的 and its name as the subject
/// (成立于2012年的某某公益联盟,……). A profile of an organisation opens so and goes on with its
/// own figures, whether or not the text named it before.
pub(crate) fn founded_org_subject(clause: &[char]) -> Option<usize> {
    let run = |from: usize| {
        clause[from..]
            .iter()
            .take(MAX_INTRODUCED_NAME_CHARS)
            .take_while(|&&c| crate::labels::is_han(c) || "“”·".contains(c))
            .count()
    };
    // 某某服务队成立于……
    let name_run = run(0);
    let named_first = (2..=name_run)
        .rev()
        .find(|&end| is_org_name(&clause[..end]) && founding_end(clause, end).is_some());
    if named_first.is_some() {
        return named_first;
    }
    // 成立于2012年的某某联盟, 2015年组建的某某救援队
    let mut at = founding_end(clause, 0)?;
    if clause.get(at - 1) != Some(&'的') {
        while clause.get(at).is_some_and(|&c| is_date_char(c)) {
            at += 1;
        }
        if clause.get(at) != Some(&'的') {
            return None;
        }
        at += 1;
    }
    let name_run = run(at);
    (2..=name_run)
        .rev()
        .map(|n| at + n)
        .find(|&end| is_org_name(&clause[at..end]) && subject_before(&clause[end..]))
}

/// Where the subject ends when `clause` opens with a body named by its place's tier alone
/// (data/org-introductions.toml: 区慈善总会日前认领……, 省总会接收到……): a local outlet names its
/// own place's bodies so, and what follows in the clause is the body's own deed.
pub(crate) fn level_word_org_subject(clause: &[char]) -> Option<usize> {
    let words = introductions();
    let first = *clause.first()?;
    if !words.level_words.contains(&first)
        || word_len_at(clause, 0, &words.not_level_words).is_some()
    {
        return None;
    }
    let name_run = clause
        .iter()
        .take(MAX_INTRODUCED_NAME_CHARS)
        .take_while(|&&c| crate::labels::is_han(c))
        .count();
    (2..=name_run).rev().find(|&end| {
        let after = &clause[end..];
        is_org_name(&clause[..end])
            && after.first().is_some_and(|&c| {
                crate::labels::is_han(c) && !crate::attach::NOT_AN_ACTOR_AFTER.contains(c)
            })
    })
}

/// Whether the figure at `number_start..end` of `s` counts what an organisation is made of
/// (data/org-introductions.toml: 由辖区党员、居民等317人组成): a word of making up right after
/// it and 由 before it in its clause. The figure is then the organisation's own members.
pub(crate) fn counts_composition(s: &[char], number_start: usize, end: usize) -> bool {
    let clause_start = (0..number_start)
        .rev()
        .find(|&i| crate::catalog::is_clause_break(s[i]) && s[i] != '、')
        .map_or(0, |i| i + 1);
    word_len_at(s, end, &introductions().composition_ends).is_some()
        && s[clause_start..number_start].contains(&'由')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numbers::find_quantities;

    fn facility_area_at(text: &str, k: usize) -> bool {
        let s: Vec<char> = text.chars().collect();
        let quantities = find_quantities(&s);
        let q = &quantities[k];
        let clause_end = (q.range.end..s.len())
            .find(|&i| "，,。；;".contains(s[i]))
            .unwrap_or(s.len());
        is_facility_area(&s, &quantities, k, clause_end)
    }

    fn named_subject(text: &str, before: &str) -> Option<String> {
        let s: Vec<char> = text.chars().collect();
        let b: Vec<char> = before.chars().collect();
        named_org_subject(&s, &b).map(|r| s[r].iter().collect())
    }

    #[test]
    fn an_organisation_named_before_is_the_subject_of_its_own_figures() {
        let before = "这支队伍就是本地的飞燕救援队。小河志愿服务队成立于前年。";
        assert_eq!(
            named_subject("三年来,飞燕救援队先后参与搜救90多次", before).as_deref(),
            Some("飞燕救援队")
        );
        assert_eq!(
            named_subject("小河志愿服务队累计开展活动60场", before).as_deref(),
            Some("小河志愿服务队")
        );
        assert_eq!(
            named_subject("去年,飞燕救援队共组织培训20场", before).as_deref(),
            Some("飞燕救援队")
        );
        let quoted = "某某社区“巧手妈妈”服务队成立于2019年。";
        assert_eq!(
            named_subject("“巧手妈妈”服务队自成立以来坚持每周值班", quoted).as_deref(),
            Some("“巧手妈妈”服务队")
        );
        let league = "东湖街道红枫志愿服务联盟昨日成立。";
        assert_eq!(
            named_subject("红枫志愿服务联盟下辖服务队12支", league).as_deref(),
            Some("红枫志愿服务联盟")
        );
    }

    #[test]
    fn a_civilisation_practice_station_is_one_organisation() {
        let before = "青山村新时代文明实践站、河东社区新时代文明实践站去年挂牌。";
        assert_eq!(
            named_subject("青山村新时代文明实践站现有志愿者40名", before).as_deref(),
            Some("青山村新时代文明实践站")
        );
        assert_eq!(
            named_subject("目前,河东社区新时代文明实践站已开展宣讲30场", before).as_deref(),
            Some("河东社区新时代文明实践站")
        );
        // a town's 实践所 tells the town's figures
        let town = "城关镇新时代文明实践所去年挂牌。";
        assert_eq!(
            named_subject("城关镇新时代文明实践所开展活动50场", town),
            None
        );
    }

    #[test]
    fn a_name_not_met_before_or_a_counted_kind_is_no_named_subject() {
        let before = "飞燕救援队成立于前年。";
        // a name met for the first time
        assert_eq!(named_subject("青松志愿服务队开展活动30场", before), None);
        // a count of the kind, with no name of one
        assert_eq!(named_subject("全区建成服务队120支", before), None);
        // the name is not the clause's subject
        assert_eq!(named_subject("群众为飞燕救援队送来锦旗3面", before), None);
    }

    #[test]
    fn one_facility_states_its_own_floor_area() {
        assert!(facility_area_at(
            "该中心总建筑面积760平方米,设服务窗口3个",
            0
        ));
        assert!(facility_area_at("走进这个50多平方米的驿站,可以看到", 0));
        assert!(facility_area_at("驿站虽然只有30平方米,却配齐了冰箱", 0));
        assert!(facility_area_at(
            "新的党群服务中心建成后,面积扩展到1500平方米",
            0
        ));
    }

    #[test]
    fn a_whole_or_a_standard_of_space_is_no_facility_area() {
        // a count of facilities before it: a total or a standard of the counted set
        assert!(!facility_area_at("全区建成驿站12个,总面积3000平方米", 1));
        assert!(!facility_area_at("32个社区服务用房面积均超过600平方米", 1));
        // each one's standard, a whole's total, a place's land
        assert!(!facility_area_at("每个驿站占用13.5平方米", 0));
        assert!(!facility_area_at("全市党群服务阵地面积达5000平方米", 0));
        assert!(!facility_area_at(
            "商务区总面积33.5万平方米,建成楼宇16幢",
            0
        ));
        // no facility named: a place's space
        assert!(!facility_area_at("今年改造老旧小区绿地3000平方米", 0));
    }
}
