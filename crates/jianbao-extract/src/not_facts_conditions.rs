//! Figures that state the terms a rule, a programme or a circumstance sets rather than what was
//! done, beside [`crate::not_facts_norms`]: the eligibility thresholds of social assistance
//! (低保标准每人每年9600元), the bound of a condition (工作不足6个月的人员, 在人员不足6人的情况下),
//! the term of a traineeship or a post (见习期为6个月) and a minimum of activities per period
//! (每月至少开展2次), and the spread of single amounts (少则1000元). Word lists in
//! `data/not-facts-conditions.toml`.

use crate::not_facts::{clause_end, clause_start};
use crate::numbers::Quantity;
use serde::Deserialize;
use std::sync::OnceLock;

const CONDITIONS_FILE: &str = include_str!("../../../data/not-facts-conditions.toml");

#[derive(Deserialize)]
struct AssistanceStandards {
    programmes: Vec<String>,
    standard: Vec<String>,
    spending: Vec<String>,
    units: Vec<String>,
}

#[derive(Deserialize)]
struct Circumstances {
    bounds: Vec<String>,
    closings: Vec<String>,
}

#[derive(Deserialize)]
struct Terms {
    words: Vec<String>,
    links: Vec<String>,
    units: Vec<String>,
}

#[derive(Deserialize)]
struct ActivityMinimums {
    periods: Vec<String>,
    bounds: Vec<String>,
    units: Vec<String>,
}

#[derive(Deserialize)]
struct Spreads {
    words: Vec<String>,
}

#[derive(Deserialize)]
struct ExchangeRates {
    links: Vec<String>,
    verbs: Vec<String>,
    nouns: Vec<String>,
}

#[derive(Deserialize)]
struct TokenAmounts {
    words: Vec<String>,
    units: Vec<String>,
}

#[derive(Deserialize)]
struct Conditions {
    assistance_standards: AssistanceStandards,
    circumstances: Circumstances,
    terms: Terms,
    activity_minimums: ActivityMinimums,
    spreads: Spreads,
    exchange_rates: ExchangeRates,
    token_amounts: TokenAmounts,
}

fn conditions() -> &'static Conditions {
    static CONDITIONS: OnceLock<Conditions> = OnceLock::new();
    CONDITIONS.get_or_init(|| {
        toml::from_str(CONDITIONS_FILE).expect("data/not-facts-conditions.toml parses")
    })
}

/// The longest run of characters read between a standard's word and its figure (城乡低保标准分别
/// 由每人每年9000元和7200元提高到: the second rise is still the standard's).
const STANDARD_REACH: usize = 40;

/// The longest verb read between a bound and the figure of a minimum (至少开展2次, 不少于组织1次).
const MAX_VERB_CHARS: usize = 4;

fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

fn word_at(s: &[char], at: usize, word: &str) -> bool {
    let mut rest = s.get(at..).unwrap_or(&[]).iter();
    word.chars().all(|c| rest.next() == Some(&c))
}

/// Where the last of `words` inside `s` starts, and its length.
fn last_of(words: &[String], s: &[char]) -> Option<(usize, usize)> {
    (0..s.len()).rev().find_map(|i| {
        words
            .iter()
            .filter(|w| word_at(s, i, w))
            .map(|w| (i, w.chars().count()))
            .max_by_key(|&(_, n)| n)
    })
}

fn inside(words: &[String], s: &[char]) -> bool {
    last_of(words, s).is_some()
}

/// The length of the longest of `words` ending at `end` of `s`.
fn ending_at(words: &[String], s: &[char], end: usize) -> Option<usize> {
    words
        .iter()
        .map(|w| w.chars().count())
        .filter(|&n| end >= n)
        .filter(|&n| {
            let w = words
                .iter()
                .find(|w| w.chars().count() == n && word_at(s, end - n, w));
            w.is_some()
        })
        .max()
}

/// Whether the figure `q` of the sentence `s` is one of this module's kinds of non-fact.
pub(crate) fn is_not_a_fact(s: &[char], q: &Quantity) -> bool {
    sets_an_assistance_standard(s, q)
        || bounds_a_condition(s, q)
        || is_a_term(s, q)
        || sets_a_minimum_per_period(s, q)
        || describes_a_spread(s, q)
        || sets_an_exchange_rate(s, q)
        || is_a_token_sum(s, q)
}

/// 每服务1小时兑换1积分, 每满10小时可兑换: the rate a points scheme sets.
fn sets_an_exchange_rate(s: &[char], q: &Quantity) -> bool {
    let e = &conditions().exchange_rates;
    let at = q.range.end;
    let link = e
        .links
        .iter()
        .find(|w| word_at(s, at, w))
        .map_or(0, |w| w.chars().count());
    // (the longest verb: 兑换点 is a site, not 兑 before 换点)
    let verb = e
        .verbs
        .iter()
        .filter(|w| word_at(s, at + link, w))
        .map(|w| w.chars().count())
        .max();
    verb.is_some_and(|len| !e.nouns.iter().any(|n| word_at(s, at + link + len, n)))
}

/// 每人发放50元象征性补贴: a sum paid or charged only as a sign.
fn is_a_token_sum(s: &[char], q: &Quantity) -> bool {
    let t = &conditions().token_amounts;
    t.units.contains(&q.unit)
        && inside(
            &t.words,
            &s[clause_start(s, q.range.start)..clause_end(s, q.range.end)],
        )
}

/// 捐款数额少则1000元,多则数十万元: the spread of single amounts, a descriptor.
fn describes_a_spread(s: &[char], q: &Quantity) -> bool {
    let words = &conditions().spreads.words;
    ending_at(words, s, q.range.start).is_some() || ending_at(words, s, q.number_start).is_some()
}

/// 城乡低保标准由每人每年9000元提高到9600元, 特困人员基本生活标准不低于低保标准的1.3倍.
fn sets_an_assistance_standard(s: &[char], q: &Quantity) -> bool {
    let a = &conditions().assistance_standards;
    if !a.units.contains(&q.unit) {
        return false;
    }
    let before = &s[..q.number_start];
    let Some((at, len)) = last_of(&a.standard, before) else {
        return false;
    };
    let between = &before[at + len..];
    between.len() <= STANDARD_REACH
        && inside(&a.programmes, &before[..at])
        && !inside(&a.spending, between)
        && !between.iter().any(|&c| matches!(c, '。' | ';' | '；'))
}

/// 工作不足6个月的人员, 报名人数不足6人的岗位, 在成立不足6个月、到位人员不足6人的情况下.
fn bounds_a_condition(s: &[char], q: &Quantity) -> bool {
    let c = &conditions().circumstances;
    if q.unit == "%" {
        return false;
    }
    let bounded = ending_at(&c.bounds, s, q.number_start).is_some()
        || ending_at(&c.bounds, s, q.range.start).is_some();
    if !bounded {
        return false;
    }
    // a relative clause: 的 and a noun right after the figure
    let relative =
        s.get(q.range.end) == Some(&'的') && s.get(q.range.end + 1).is_some_and(|&c| is_han(c));
    // the clause run through 、 closed by a circumstance
    let mut end = clause_end(s, q.range.end);
    while s.get(end) == Some(&'、') {
        end = clause_end(s, end + 1);
    }
    let run = &s[q.range.end..end];
    relative
        || c.closings
            .iter()
            .any(|w| (0..run.len()).any(|i| word_at(run, i, w)))
}

/// 见习期为6个月, 服务期2年, 为期3个月的岗位见习.
fn is_a_term(s: &[char], q: &Quantity) -> bool {
    let t = &conditions().terms;
    if !t.units.contains(&q.unit) {
        return false;
    }
    let start = q.range.start.min(q.number_start);
    let link = ending_at(&t.links, s, start).unwrap_or(0);
    ending_at(&t.words, s, start - link).is_some()
}

/// 各志愿服务站每月至少开展2次志愿服务活动, 每季度不少于召开1次.
fn sets_a_minimum_per_period(s: &[char], q: &Quantity) -> bool {
    let m = &conditions().activity_minimums;
    if !m.units.contains(&q.unit) {
        return false;
    }
    let from = clause_start(s, q.range.start);
    let clause = &s[from..q.number_start];
    let Some((at, len)) = last_of(&m.bounds, clause) else {
        return false;
    };
    let verb = &clause[at + len..];
    verb.len() <= MAX_VERB_CHARS
        && verb.iter().all(|&c| is_han(c))
        && inside(&m.periods, &clause[..at])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn not_a_fact(text: &str, value: f64) -> bool {
        crate::numbers::judge_figure(text, value, is_not_a_fact)
    }

    #[test]
    fn assistance_standards_are_thresholds_amounts_spent_are_not() {
        let text = "城市低保标准由每人每年9000元提高到9600元。";
        assert!(not_a_fact(text, 9000.0));
        assert!(not_a_fact(text, 9600.0));
        assert!(not_a_fact("农村低保标准提高到每人每月680元。", 680.0));
        assert!(not_a_fact("农村低保标准每人每月提高50元。", 50.0));
        assert!(not_a_fact("最低生活保障标准年均增长6.2%。", 6.2));
        assert!(!not_a_fact(
            "提高低保标准后,全年发放低保金1.2亿元。",
            120_000_000.0
        ));
        assert!(!not_a_fact("按新标准,保障低保对象3.2万人。", 32_000.0));
        assert!(!not_a_fact("全市发放临时救助金860万元。", 8_600_000.0));
        // a benefit's rules: an extra sum for a kind of recipient, a sum deducted from income
        assert!(not_a_fact(
            "对享受低保待遇的在校孤儿,每人每年增发1500元。",
            1500.0
        ));
        let text = "单亲家庭申请低保时,核算家庭收入时分别扣减1000元、600元。";
        assert!(not_a_fact(text, 1000.0));
        assert!(not_a_fact(text, 600.0));
        assert!(not_a_fact("特困供养的重残人员每人每月加发120元。", 120.0));
        assert!(!not_a_fact(
            "今年为低保对象增发一次性生活补贴,共计发放资金860万元。",
            8_600_000.0
        ));
    }

    #[test]
    fn bounds_of_a_condition_are_no_figures() {
        assert!(not_a_fact("对工作不足6个月的人员不予发放补贴。", 6.0));
        assert!(not_a_fact("报名人数不足6人的岗位将取消。", 6.0));
        let text = "在成立不足6个月、到位人员不足5人的情况下,成功举办培训。";
        assert!(not_a_fact(text, 6.0));
        assert!(not_a_fact(text, 5.0));
        assert!(!not_a_fact("全区社工站覆盖率不足50%的问题仍然存在。", 50.0));
        assert!(!not_a_fact("到位人员不足6人,工作压力较大。", 6.0));
        assert!(!not_a_fact("组建了一支近300人的志愿者队伍。", 300.0));
    }

    #[test]
    fn terms_of_a_scheme_are_periods() {
        assert!(not_a_fact("招募见习人员30名,见习期为6个月。", 6.0));
        assert!(not_a_fact("服务期24个月,期满考核合格的优先录用。", 24.0));
        assert!(not_a_fact("开展为期3个月的岗位见习。", 3.0));
        assert!(not_a_fact("聘期一般为36个月。", 36.0));
        assert!(!not_a_fact("招募见习人员30名,见习期为6个月。", 30.0));
        assert!(!not_a_fact("志愿者累计服务时长6个月以上的有120名。", 120.0));
    }

    #[test]
    fn a_spread_of_single_amounts_is_a_descriptor() {
        assert!(not_a_fact("捐款数额少则1000元,多则数十万元。", 1000.0));
        assert!(not_a_fact("每次活动少则20人,多则100余人。", 20.0));
        assert!(not_a_fact("每次活动少则20人,多则100余人。", 100.0));
        assert!(!not_a_fact("共有100余人参加活动。", 100.0));
    }

    #[test]
    fn minimums_per_period_are_norms_counts_are_not() {
        assert!(not_a_fact(
            "各社区志愿服务站每月至少开展2次志愿服务活动。",
            2.0
        ));
        assert!(not_a_fact("社工站每季度不少于召开1次联席会议。", 1.0));
        assert!(not_a_fact("党员志愿者每周至少服务3小时。", 3.0));
        assert!(!not_a_fact("每年开展志愿服务活动120次以上。", 120.0));
        assert!(!not_a_fact("今年以来,社区至少开展了12次活动。", 12.0));
    }
}
