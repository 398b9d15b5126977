//! Figures an article states that are not facts of the remit: the administrative make-up of a
//! place (全省11个设区市, 下辖8个区), prices and fees of a service (每份12元, 收费下调30%),
//! thresholds of a rule (凡职工满50人的, 超过6个月的,), counts that restate what was just listed
//! (上述5类, 这2个社区), the size of a plot of land (占地面积800平方米), round-the-clock hours
//! (每天24小时) and numerals inside fixed terms (三所一庭, 十户联防). Word lists in
//! `data/not-facts.toml`; each check keeps the counts beside it (what is built in each city,
//! funds, a site's floor area).

use crate::numbers::Quantity;
use serde::Deserialize;
use std::sync::OnceLock;

#[cfg(test)]
const NOT_FACTS: &str = include_str!("../../../data/not-facts.toml");

/// data/not-facts.toml as build.rs writes it: static slices for the lists and the one
/// character, which [`cues`] turns into the owned form the file parses to.
type StaticCues =
    Cues<&'static [&'static str], &'static str, &'static str, &'static [&'static str]>;

// `NOT_FACT_LISTS`: data/not-facts.toml as `StaticCues`, written when the crate was built
// (build.rs, build/flat_lists.rs), so that no start parses its TOML; the tests check it equals
// the parse.
include!(concat!(env!("OUT_DIR"), "/not_fact_lists.rs"));

/// Words as character vectors, longest first, so the longest written form is tried first.
#[derive(Debug)]
struct Words(Vec<Vec<char>>);

impl<'de> Deserialize<'de> for Words {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Words, D::Error> {
        let list = Vec::<String>::deserialize(d)?;
        Ok(Words::of(list.iter().map(String::as_str)))
    }
}

impl Words {
    /// The words as characters, longest first.
    fn of<'w>(list: impl Iterator<Item = &'w str>) -> Words {
        let mut words: Vec<Vec<char>> = list.map(|w| w.chars().collect()).collect();
        words.sort_by_key(|w| std::cmp::Reverse(w.len()));
        Words(words)
    }

    /// The longest word ending at `end`, by its length.
    fn ending_at(&self, text: &[char], end: usize) -> Option<usize> {
        self.0
            .iter()
            .find(|w| end >= w.len() && text[end - w.len()..end] == w[..])
            .map(Vec::len)
    }

    /// The longest word starting at `at`, by its length.
    fn starting_at(&self, text: &[char], at: usize) -> Option<usize> {
        self.0
            .iter()
            .find(|w| text.get(at..at + w.len()) == Some(&w[..]))
            .map(Vec::len)
    }

    fn inside(&self, text: &[char]) -> bool {
        self.0
            .iter()
            .any(|w| crate::catalog::find_from(text, w, 0).is_some())
    }
}

// Each struct is generic over its word lists `W` (sorted [`Words`] as the crate reads them,
// static slices as build.rs writes them), and likewise over its character `C`, string `S` and
// plain list `L`.

#[derive(Debug, Deserialize)]
struct MakeUp<W = Words> {
    wholes: W,
    links: W,
    governing: W,
    list_joins: W,
    divisions: W,
    followers: W,
    one_after_another: W,
    all_of_them: W,
}

#[derive(Debug, Deserialize)]
struct Prices<W = Words, C = char> {
    before: W,
    after: W,
    per: C,
    per_periods: W,
    change_before: W,
}

#[derive(Debug, Deserialize)]
struct Thresholds<W = Words> {
    reached: W,
    whenever: W,
    bounds: W,
    duties: W,
}

#[derive(Debug, Deserialize)]
struct Restating<W = Words> {
    anaphors: W,
    clause_openers: W,
}

#[derive(Debug, Deserialize)]
struct LandArea<W = Words, L = Vec<String>> {
    units: L,
    before: W,
}

#[derive(Debug, Deserialize)]
struct RoundTheClock<W = Words, S = String> {
    value: f64,
    unit: S,
    before: W,
}

#[derive(Debug, Deserialize)]
struct FixedTerms<W = Words> {
    followers: W,
}

#[derive(Debug, Deserialize)]
struct Cues<W = Words, C = char, S = String, L = Vec<String>> {
    make_up: MakeUp<W>,
    prices: Prices<W, C>,
    thresholds: Thresholds<W>,
    restating: Restating<W>,
    land_area: LandArea<W, L>,
    round_the_clock: RoundTheClock<W, S>,
    fixed_terms: FixedTerms<W>,
}

/// The static lists as the file parses them: words as characters, longest first.
fn cues_of(lists: &StaticCues) -> Cues {
    let words = |list: &[&str]| Words::of(list.iter().copied());
    let owned = |list: &[&str]| -> Vec<String> { list.iter().map(|w| w.to_string()).collect() };
    let m = &lists.make_up;
    let p = &lists.prices;
    let t = &lists.thresholds;
    Cues {
        make_up: MakeUp {
            wholes: words(m.wholes),
            links: words(m.links),
            governing: words(m.governing),
            list_joins: words(m.list_joins),
            divisions: words(m.divisions),
            followers: words(m.followers),
            one_after_another: words(m.one_after_another),
            all_of_them: words(m.all_of_them),
        },
        prices: Prices {
            before: words(p.before),
            after: words(p.after),
            // one character, as the tests check
            per: p.per.chars().next().unwrap_or_default(),
            per_periods: words(p.per_periods),
            change_before: words(p.change_before),
        },
        thresholds: Thresholds {
            reached: words(t.reached),
            whenever: words(t.whenever),
            bounds: words(t.bounds),
            duties: words(t.duties),
        },
        restating: Restating {
            anaphors: words(lists.restating.anaphors),
            clause_openers: words(lists.restating.clause_openers),
        },
        land_area: LandArea {
            units: owned(lists.land_area.units),
            before: words(lists.land_area.before),
        },
        round_the_clock: RoundTheClock {
            value: lists.round_the_clock.value,
            unit: lists.round_the_clock.unit.to_string(),
            before: words(lists.round_the_clock.before),
        },
        fixed_terms: FixedTerms {
            followers: words(lists.fixed_terms.followers),
        },
    }
}

fn cues() -> &'static Cues {
    static CUES: OnceLock<Cues> = OnceLock::new();
    CUES.get_or_init(|| cues_of(&NOT_FACT_LISTS))
}

fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// How far from a figure its clause is read: the cues of these kinds stand near it, and a
/// bounded reach keeps a page-long clause without punctuation linear in its length.
const CLAUSE_REACH: usize = 120;

/// Where the clause holding `at` starts (after the last clause break before it, within reach).
pub(crate) fn clause_start(s: &[char], at: usize) -> usize {
    let from = at.saturating_sub(CLAUSE_REACH);
    s[from..at]
        .iter()
        .rposition(|&c| crate::catalog::is_clause_break(c) && c != '、')
        .map_or(from, |p| from + p + 1)
}

/// Where the clause holding `at` ends (at the next clause break after it, within reach).
pub(crate) fn clause_end(s: &[char], at: usize) -> usize {
    let to = (at + CLAUSE_REACH).min(s.len());
    (at..to)
        .find(|&i| crate::catalog::is_clause_break(s[i]) && !matches!(s[i], '、' | '(' | ')'))
        .unwrap_or(to)
}

/// Whether the `k`-th figure of the sentence `s` is stated but is no fact of the remit (see the
/// module's documentation).
pub(crate) fn is_not_a_fact(s: &[char], quantities: &[Quantity], k: usize) -> bool {
    let q = &quantities[k];
    counts_the_make_up(s, quantities, k)
        || prices_a_service(s, q)
        || bounds_a_rule(s, q)
        || restates_what_was_listed(s, q)
        || sizes_land(s, q)
        || round_the_clock(s, q)
        || inside_a_fixed_term(s, q)
        || crate::not_facts_counts::is_not_a_fact(s, q)
        || crate::not_facts_norms::is_not_a_fact(s, q)
        || crate::not_facts_conditions::is_not_a_fact(s, q)
        || crate::not_counts_ranks::is_a_rank(s, q)
}

/// 全省11个设区市均……, 下辖8个区、11个县: every division of a place, counted after a word of
/// the whole or a verb of governing, or as a later item of such a list.
fn counts_the_make_up(s: &[char], quantities: &[Quantity], k: usize) -> bool {
    let m = &cues().make_up;
    let q = &quantities[k];
    if q.unit != "个" || q.value < 2.0 {
        return false;
    }
    // the division word right after the measure word, and what follows it
    let Some(len) = m.divisions.starting_at(s, q.range.end) else {
        return false;
    };
    let after = q.range.end + len;
    // (a quoted name after it is what is counted there: 176个镇(街)“双百工程”社工站)
    let ends_here = s
        .get(after)
        .is_none_or(|&c| crate::catalog::is_clause_break(c) || c == '\n');
    // 全县9个乡镇相继成立: the whole set one after another, when a word of the whole opens it
    let in_sequence = m.one_after_another.starting_at(s, after).is_some();
    if !ends_here && !in_sequence && m.followers.starting_at(s, after).is_none() {
        return false;
    }
    let at = q.range.start;
    // 16个区均已成立: said of each of them, the whole set
    if m.governing.ending_at(s, at).is_some() || m.all_of_them.starting_at(s, after).is_some() {
        return true;
    }
    let before_link = at - m.links.ending_at(s, at).unwrap_or(0);
    if m.wholes.ending_at(s, before_link).is_some() || m.wholes.ending_at(s, at).is_some() {
        return true;
    }
    // (下辖8个区、11个县: the list goes on; not in 全省16个市、43个县陆续出台, where a later item
    // counts those that have done it so far)
    let Some(join) = m.list_joins.ending_at(s, at).filter(|_| !in_sequence) else {
        return false;
    };
    k.checked_sub(1).is_some_and(|p| {
        let earlier = &quantities[p];
        let division_end =
            earlier.range.end + m.divisions.starting_at(s, earlier.range.end).unwrap_or(0);
        division_end == at - join && counts_the_make_up(s, quantities, p)
    })
}

/// 每份仅需12元, 收费标准为每小时40元, 以7元的价格, 收费下调30%: what a service costs its users.
fn prices_a_service(s: &[char], q: &Quantity) -> bool {
    let p = &cues().prices;
    let before = &s[clause_start(s, q.range.start)..q.range.start];
    match q.unit.as_str() {
        "元" => {
            let per_unit = (1..=2).any(|n| {
                let after_per = before.len().saturating_sub(n);
                before.len() > n
                    && before[after_per - 1] == p.per
                    && before[after_per..].iter().all(|&c| is_han(c))
                    && p.per_periods.starting_at(before, after_per).is_none()
            });
            per_unit || p.before.inside(before) || p.after.starting_at(s, q.range.end).is_some()
        }
        "%" => p.change_before.inside(before),
        _ => false,
    }
}

/// 凡职工满50人的非公企业,应当……; 党员流出超过6个月的,……: the bound of a condition.
fn bounds_a_rule(s: &[char], q: &Quantity) -> bool {
    let t = &cues().thresholds;
    let from = clause_start(s, q.range.start);
    let end = clause_end(s, q.range.end);
    let followed_by_de = s[q.range.end..end].iter().take(8).any(|&c| c == '的');
    if !followed_by_de {
        return false;
    }
    if t.reached.ending_at(s, q.number_start).is_some()
        || t.reached.ending_at(s, q.range.start).is_some()
        || t.whenever.inside(&s[from..q.range.start])
    {
        return true;
    }
    // a headless condition: 超过6个月的,
    let headless = s.get(q.range.end) == Some(&'的')
        && s.get(q.range.end + 1)
            .is_some_and(|&c| matches!(c, ',' | ';' | ':'));
    if headless {
        return true;
    }
    let bounded = t.bounds.inside(&s[from..q.number_start]);
    bounded && t.duties.inside(&s[end..(end + CLAUSE_REACH).min(s.len())])
}

/// 上述5类人员, 这2个社区, 以上3项做法: a count of what the text has just named.
fn restates_what_was_listed(s: &[char], q: &Quantity) -> bool {
    let r = &cues().restating;
    let at = q.range.start;
    r.anaphors.ending_at(s, at).is_some()
        || r.clause_openers
            .ending_at(s, at)
            .is_some_and(|len| clause_start(s, at) == at - len)
}

/// 占地面积800平方米, 辖区面积12平方公里: the size of a place or plot, not a site's floor area.
fn sizes_land(s: &[char], q: &Quantity) -> bool {
    let l = &cues().land_area;
    l.units.contains(&q.unit)
        && l.before
            .inside(&s[clause_start(s, q.range.start)..q.range.start])
}

/// 每天24小时, 7×24小时: when a service is open.
fn round_the_clock(s: &[char], q: &Quantity) -> bool {
    let r = &cues().round_the_clock;
    q.value == r.value && q.unit == r.unit && r.before.ending_at(s, q.range.start).is_some()
}

/// 三所一庭, 十户联防: a small Chinese numeral and its measure word inside a fixed term.
fn inside_a_fixed_term(s: &[char], q: &Quantity) -> bool {
    let f = &cues().fixed_terms;
    let chinese = s
        .get(q.number_start)
        .is_some_and(|&c| "一二两三四五六七八九十".contains(c));
    chinese
        && q.value < 100.0
        && (f.followers.starting_at(s, q.range.end).is_some()
            || s.get(q.range.end)
                .is_some_and(|&c| "一二两三四五六七八九十".contains(c)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numbers::find_quantities;

    /// Whether the figure `number` of `text` is stated but no fact.
    fn not_a_fact(text: &str, number: &str) -> bool {
        let s: Vec<char> = text.chars().collect();
        let quantities = find_quantities(&s);
        let n: Vec<char> = number.chars().collect();
        let k = quantities
            .iter()
            .position(|q| s[q.number_start..].starts_with(&n))
            .unwrap_or_else(|| panic!("no figure {number} in {text}"));
        is_not_a_fact(&s, &quantities, k)
    }

    #[test]
    fn the_data_file_parses() {
        assert!(!cues().make_up.divisions.0.is_empty());
    }

    /// The static build.rs wrote is data/not-facts.toml as it parses now.
    #[test]
    fn not_fact_lists_static_equals_the_parse() {
        let parsed: Cues = toml::from_str(NOT_FACTS).expect("data/not-facts.toml parses");
        assert_eq!(
            format!("{:#?}", cues_of(&NOT_FACT_LISTS)),
            format!("{parsed:#?}")
        );
    }

    #[test]
    fn make_up_is_no_fact_what_is_built_there_is() {
        assert!(not_a_fact("全省11个设区市均已成立指导中心", "11"));
        assert!(not_a_fact(
            "石家庄市下辖8个区、11个县,全市共有社工站205个",
            "11"
        ));
        assert!(not_a_fact(
            "全省共有13个市和167个县(市、区)的社会工作部",
            "167"
        ));
        assert!(!not_a_fact("全市共有社工站205个", "205"));
        assert!(!not_a_fact("其中32个县(市、区)开展了试点", "32"));
        assert!(!not_a_fact("全市15个乡镇办区社工站全覆盖", "15"));
        assert!(!not_a_fact("覆盖全市2706个社区", "2706"));
        assert!(!not_a_fact("全市1000个市场主体", "1000"));
        assert!(!not_a_fact(
            "全市176个镇(街)“双百工程”社工站覆盖村(居)",
            "176"
        ));
    }

    #[test]
    fn prices_are_no_facts_funds_and_values_are() {
        assert!(not_a_fact("合作餐厅每份仅需12元", "12"));
        assert!(not_a_fact("充电柜每次收费1元", "1"));
        assert!(not_a_fact("骑手以7元的价格享用套餐", "7"));
        assert!(not_a_fact("配送费每单3元", "3"));
        assert!(!not_a_fact("可以获得最高5000元/人的补贴", "5000"));
        assert!(!not_a_fact("持证社工每人补贴500元", "500"));
        assert!(not_a_fact("洗衣店对骑手的收费下调30%", "30"));
        assert!(!not_a_fact("区财政投入建设资金200万元", "200"));
        assert!(!not_a_fact("捐赠物资价值1089万余元", "1089"));
        assert!(!not_a_fact("覆盖率达到30%", "30"));
        assert!(!not_a_fact("区财政每年投入200万元", "200"));
        assert!(!not_a_fact("为企业节省200万元的费用", "200"));
    }

    #[test]
    fn thresholds_are_no_facts() {
        assert!(not_a_fact("凡职工满50人的非公企业,应当建立党组织", "50"));
        assert!(not_a_fact("党员流出超过6个月的,所在党组织应当联系", "6"));
        assert!(not_a_fact(
            "对拖欠工资超过3个月的企业,劳动监察部门应当介入",
            "3"
        ));
        assert!(!not_a_fact("组建了超过3万人的志愿者队伍", "3"));
        assert!(!not_a_fact("累计服务超过1000小时的志愿者达500名", "500"));
    }

    #[test]
    fn restatements_are_no_facts() {
        assert!(not_a_fact("上述5类人员共走访居民2.3万户", "5"));
        assert!(not_a_fact("这2个社区共收集居民意见460条", "2"));
        assert!(not_a_fact("以上3项做法已在全区推广", "3"));
        assert!(!not_a_fact("上述5类人员共走访居民2.3万户", "2.3"));
        assert!(!not_a_fact("党员人数100人以上3个支部", "100"));
    }

    #[test]
    fn land_hours_and_fixed_terms_are_no_facts() {
        assert!(not_a_fact(
            "中心占地面积800平方米,建筑面积1200平方米",
            "800"
        ));
        assert!(!not_a_fact(
            "中心占地面积800平方米,建筑面积1200平方米",
            "1200"
        ));
        assert!(not_a_fact("驿站开放时间为全年365天、每天24小时。", "24"));
        assert!(!not_a_fact("志愿者王某本月累计服务24小时。", "24"));
        assert!(not_a_fact("建立三所一庭联动机制", "三"));
        assert!(not_a_fact("实行十户联防", "十"));
        assert!(!not_a_fact("三个试点社区", "三"));
    }
}
