//! Norms, standards and quantities outside the remit that an article states but that are no
//! facts, beside [`crate::not_facts`] and [`crate::not_facts_counts`]: what each unit must have
//! (配备标准为每万城镇常住人口不少于18人, 2000户以下配备5人, 原则上按照5至9人配置), a pay standard
//! (月基本工资不低于3000元) and what firms save or their plant can process (为企业节约成本300万元,
//! 日处理能力50万件). Word lists in `data/not-facts-norms.toml`; each check keeps the figures of
//! the same shape that report what is (每万人拥有持证社工28名, 全省持证社工不少于5万人 as an aim).

use crate::not_facts::{clause_end, clause_start};
use crate::numbers::Quantity;
use jianbao_facts::Qualifier;
use serde::Deserialize;

#[cfg(test)]
const NORM_CUES_FILE: &str = include_str!("../../../data/not-facts-norms.toml");

// `NORM_CUES`: data/not-facts-norms.toml as `NormCues` of static lists, written when the crate
// was built (build.rs, build/flat_lists.rs), so that no start parses its TOML; the tests check it
// equals the parse.
include!(concat!(env!("OUT_DIR"), "/norm_cues.rs"));

/// data/not-facts-norms.toml: its lists are `L` (`Vec<String>` as the tests parse them, static
/// slices as build.rs writes them).
#[derive(Deserialize, Debug)]
struct Norms<L> {
    bounds: L,
    frames: L,
    duties: L,
    standard_after: L,
    per_before: L,
    verbs: L,
    size_bounds: L,
    openers: L,
    principle_verbs: L,
}

#[derive(Deserialize, Debug)]
struct PayStandards<L> {
    pay: L,
    standard: L,
    after: L,
}

#[derive(Deserialize, Debug)]
struct OutsideRemit<L> {
    saving: L,
    costs: L,
    capacity: L,
    capacity_units: L,
}

#[derive(Deserialize, Debug)]
struct PerUnitRules<L> {
    hour_units: L,
    heads: L,
    periods: L,
    training: L,
    per: L,
    bodies: L,
    measure: L,
    single_bodies: L,
    averages: L,
    totals: L,
    reached: L,
    holds: L,
    count_units: L,
    one: L,
    one_measures: L,
    one_bodies: L,
    charge_verbs: L,
    charged_units: L,
    one_not_after: L,
}

#[derive(Deserialize, Debug)]
struct NormCues<L> {
    norms: Norms<L>,
    pay_standards: PayStandards<L>,
    outside_remit: OutsideRemit<L>,
    per_unit_rules: PerUnitRules<L>,
}

type Static = &'static [&'static str];

fn cues() -> &'static NormCues<Static> {
    &NORM_CUES
}

fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// Whether `word` stands at `at` of `s`.
fn word_at(s: &[char], at: usize, word: &str) -> bool {
    let mut rest = s.get(at..).unwrap_or(&[]).iter();
    word.chars().all(|c| rest.next() == Some(&c))
}

/// The length of the longest of `words` standing at `at`.
fn starting_at(words: Static, s: &[char], at: usize) -> Option<usize> {
    words
        .iter()
        .filter(|w| word_at(s, at, w))
        .map(|w| w.chars().count())
        .max()
}

/// Whether one of `words` ends at `end`.
fn ending_at(words: Static, s: &[char], end: usize) -> bool {
    words.iter().any(|w| {
        // the last character first: most words do not end there, and need not be counted
        let Some(last) = w.chars().next_back() else {
            return true;
        };
        end >= 1 && s.get(end - 1) == Some(&last) && {
            let n = w.chars().count();
            end >= n && word_at(s, end - n, w)
        }
    })
}

fn inside(words: Static, s: &[char]) -> bool {
    (0..s.len()).any(|i| words.iter().any(|w| word_at(s, i, w)))
}

/// Whether the figure `q` of the sentence `s` is one of this module's kinds of non-fact.
pub(crate) fn is_not_a_fact(s: &[char], q: &Quantity) -> bool {
    bounded_per_unit(s, q)
        || states_the_standard(s, q)
        || keyed_to_a_size(s, q)
        || sized_for_staffing(s, q)
        || set_in_principle(s, q)
        || sets_pay(s, q)
        || outside_the_remit(s, q)
        || hours_set_per_head(s, q)
        || set_for_each_body(s, q)
        || what_a_site_holds(s, q)
        || charged_to_one(s, q)
}

/// How many characters may stand between a verb of charge and its figure (负责全村约200户,
/// 联系服务辖区80户).
const CHARGE_GAP: usize = 5;

/// 一人负责30户, 一名网格员负责200户左右, 1名社工对接300名老人: what one member of staff is in
/// charge of, the ratio a scheme keeps, told with 一 for 每 (data/not-facts-norms.toml
/// `[per_unit_rules]`, `one` … `one_not_after`). Not when a digit or a word (第一书记, 统一) holds
/// the 一, nor a record (一人累计服务300户, 一名党员联系了20户).
fn charged_to_one(s: &[char], q: &Quantity) -> bool {
    let r = &cues().per_unit_rules;
    if !r.charged_units.contains(&q.unit.as_str()) {
        return false;
    }
    let from = clause_start(s, q.range.start);
    let clause = &s[from..q.range.start];
    if inside(cues().per_unit_rules.totals, clause) {
        return false;
    }
    (clause.len().saturating_sub(CHARGE_GAP)..=clause.len()).any(|verb_end| {
        r.charge_verbs.iter().any(|v| {
            let n = v.chars().count();
            if verb_end < n || !word_at(clause, verb_end - n, v) {
                return false;
            }
            // (了 or a total after the verb: what was done, a record)
            let gap = &clause[verb_end..];
            if gap.contains(&'了') || gap.iter().any(|c| c.is_ascii_digit()) {
                return false;
            }
            let body_end = verb_end - n;
            r.one_bodies.iter().any(|b| {
                let m = b.chars().count();
                body_end >= m
                    && word_at(clause, body_end - m, b)
                    && one_before(clause, body_end - m)
            })
        })
    })
}

/// Whether 一 or 1 (perhaps with a measure word) ends at `at` of `clause`, standing on its own.
fn one_before(clause: &[char], at: usize) -> bool {
    let r = &cues().per_unit_rules;
    let at = if r
        .one_measures
        .iter()
        .any(|m| at >= 1 && word_at(clause, at - 1, m))
    {
        at - 1
    } else {
        at
    };
    r.one.iter().any(|o| {
        at >= 1
            && word_at(clause, at - 1, o)
            && clause.get(at.wrapping_sub(2)).is_none_or(|&p| {
                !p.is_ascii_digit()
                    && !"一二两三四五六七八九十百千万".contains(p)
                    && !r.one_not_after.iter().any(|w| w.starts_with(p))
            })
    })
}

/// 社区工作者人均每年参加培训40小时以上, 每名志愿者每年培训不少于12学时: hours of training a
/// rule sets per head (a per-head word, a minimum, and a period or a word of training). A verb of
/// reaching right before the figure (人均服务时长达20个小时以上) reports the average reached.
fn hours_set_per_head(s: &[char], q: &Quantity) -> bool {
    let r = &cues().per_unit_rules;
    if !r.hour_units.contains(&q.unit.as_str()) {
        return false;
    }
    let clause = &s[clause_start(s, q.range.start)..q.number_start];
    // (以上 after it, 超过 or 超 before it, or a bound of [norms])
    let bounded = ending_at(cues().norms.bounds, s, q.number_start)
        || ending_at(cues().norms.bounds, s, q.range.start);
    if !bounded && ending_at(r.reached, s, q.range.start) {
        return false;
    }
    let minimum = matches!(q.qualifier, Qualifier::Over) || bounded;
    // (a per head with a minimum is a norm; without a head, a yearly period and a word of
    // training: 每年参加培训40小时以上)
    minimum
        && (inside(r.heads, clause) || (inside(r.periods, clause) && inside(r.training, clause)))
        && !inside(r.totals, clause)
}

/// 每个行政村建成1个志愿服务站, 每村配备1名社工: what a rule sets for each body, 每 and the
/// body standing in the figure's clause before it (not an average: 平均每个社区配备11名).
fn set_for_each_body(s: &[char], q: &Quantity) -> bool {
    let r = &cues().per_unit_rules;
    if !r.count_units.contains(&q.unit.as_str()) {
        return false;
    }
    let from = clause_start(s, q.range.start);
    let clause = &s[from..q.range.start];
    if inside(r.averages, clause) || inside(r.totals, clause) {
        return false;
    }
    (0..clause.len()).any(|i| {
        let Some(per) = starting_at(r.per, clause, i) else {
            return false;
        };
        let at = i + per + starting_at(r.measure, clause, i + per).unwrap_or(0);
        // the body right after 每 (个), perhaps after a short modifier (每个城市社区); a person
        // or a household right after 每 (每人, 每户); never a ratio to a population (每万人,
        // 每百万人口: a numeral between)
        (at..clause.len().min(at + 3)).any(|b| {
            let modifier = &clause[at..b];
            let plain = modifier
                .iter()
                .all(|&c| is_han(c) && !"一二两三四五六七八九十百千万亿".contains(c));
            starting_at(r.bodies, clause, b).is_some_and(|len| {
                let word: String = clause[b..b + len].iter().collect();
                let person = r.single_bodies.contains(&word.as_str());
                // (每村1名: the figure may follow the body at once)
                plain && b + len <= clause.len() && (!person || b == i + per)
            })
        })
    })
}

/// 可容纳300人的活动室, 能同时容纳80余人: what a site can hold, a descriptor of it.
fn what_a_site_holds(s: &[char], q: &Quantity) -> bool {
    ending_at(cues().per_unit_rules.holds, s, q.range.start)
        || ending_at(cues().per_unit_rules.holds, s, q.number_start)
}

/// The clause before the figure, up to where its qualifier or number starts.
fn before<'a>(s: &'a [char], q: &Quantity) -> &'a [char] {
    &s[clause_start(s, q.range.start)..q.range.start]
}

/// 配备标准为每万城镇常住人口不少于18人, 每站配备不少于2名社工, 每个社区建有不低于350平方米: a
/// lower bound right before the figure, in a clause with a per-unit frame, a word of the standard
/// or a verb of staffing.
fn bounded_per_unit(s: &[char], q: &Quantity) -> bool {
    let n = &cues().norms;
    // (不少于 reads as the qualifier 少于 after 不: the bound ends at the number)
    let bound = ending_at(n.bounds, s, q.number_start) || ending_at(n.bounds, s, q.range.start);
    let clause = &s[clause_start(s, q.range.start)..q.number_start];
    if bound && inside(n.frames, clause) {
        return true;
    }
    // 确保每年走访住户1次以上: a minimum written after the figure, in a duty's per-unit clause
    let minimum_after =
        matches!(q.qualifier, Qualifier::Over) && word_at(s, q.range.end - 2, "以上");
    minimum_after && clause.contains(&'每') && inside(n.duties, clause)
}

/// 按每个社区5名社工比例配备, 按照每户0.2平方米以上标准配建: the figure of a standard, followed by
/// the word of the standard, with 每 or 按 before it in its clause.
fn states_the_standard(s: &[char], q: &Quantity) -> bool {
    let n = &cues().norms;
    // (the counted noun may stand between: 按每个社区5名社工比例, 6名社工的比例)
    let standard = (0..=MAX_NOUN_BEFORE_STANDARD).any(|k| {
        let at = q.range.end + k;
        s.get(q.range.end..at)
            .is_some_and(|noun| noun.iter().all(|&c| ('\u{4e00}'..='\u{9fff}').contains(&c)))
            && starting_at(n.standard_after, s, at).is_some()
    });
    standard && inside(n.per_before, before(s, q))
}

/// 2000户以下配备5人, 2000户—3000户配备7人: a size bounded or given as a range, right before a
/// verb of staffing, is what a norm is keyed to.
fn keyed_to_a_size(s: &[char], q: &Quantity) -> bool {
    let n = &cues().norms;
    let sized = matches!(q.qualifier, Qualifier::Range)
        || (matches!(q.qualifier, Qualifier::Over | Qualifier::Under)
            && ending_at(n.size_bounds, s, q.range.end));
    sized && starting_at(n.verbs, s, q.range.end).is_some()
}

/// The longest noun read between a figure and the word of its standard (社工 in 5名社工比例).
const MAX_NOUN_BEFORE_STANDARD: usize = 4;

/// The longest size read before a verb of staffing (2000户—3000户).
const MAX_SIZE_CHARS: usize = 16;

fn is_dash(c: char) -> bool {
    matches!(c, '—' | '-' | '–' | '－')
}

/// 3000户以上配备9人: the figure right after a size bound and a verb of staffing.
fn sized_for_staffing(s: &[char], q: &Quantity) -> bool {
    let n = &cues().norms;
    let from = clause_start(s, q.range.start);
    let Some(verb_start) = (from..q.range.start).rev().find(|&i| {
        n.verbs
            .iter()
            .any(|v| word_at(s, i, v) && i + v.chars().count() == q.range.start)
    }) else {
        return false;
    };
    // the size right before the verb: a digit, a short unit and a bound, or a range of digits
    // (a dash joins the range's ends, though it breaks clauses elsewhere: 2000户—3000户配备7人)
    let size_start = (from.saturating_sub(MAX_SIZE_CHARS)..verb_start)
        .rev()
        .take_while(|&i| !crate::catalog::is_clause_break(s[i]) || is_dash(s[i]))
        .last()
        .unwrap_or(verb_start);
    let size = &s[size_start..verb_start];
    // a bound after a digit and its unit, ending the size or followed by 的 and a short noun
    // (3000户以上配备, 3000人以下的社区配备)
    let bounded = (0..size.len()).any(|at| {
        let Some(len) = starting_at(n.size_bounds, size, at) else {
            return false;
        };
        let rest = &size[at + len..];
        let digit_before = size[at.saturating_sub(3)..at]
            .iter()
            .any(|c| c.is_ascii_digit());
        let noun_after = rest.is_empty()
            || (rest[0] == '的'
                && rest.len() <= MAX_NOUN_BEFORE_STANDARD
                && rest[1..]
                    .iter()
                    .all(|&c| ('\u{4e00}'..='\u{9fff}').contains(&c)));
        digit_before && noun_after
    });
    // a range of sizes: a separator with a digit after it and a digit right before it, perhaps
    // with its unit (2000户—3000户, 5至9); a span of years (2021—2025年配备) or a deadline
    // (到2025年底配备) is no size
    let ranged = !size
        .last()
        .is_some_and(|&c| c.is_ascii_digit() || matches!(c, '年' | '月' | '日' | '底'))
        && (1..size.len().saturating_sub(1)).any(|j| {
            let sep = matches!(size[j], '—' | '-' | '–' | '－' | '至' | '到');
            let digit_before = size[j - 1].is_ascii_digit()
                || (j >= 2
                    && size[j - 2].is_ascii_digit()
                    && !matches!(size[j - 1], '年' | '月' | '日'));
            sep && digit_before && size[j + 1].is_ascii_digit()
        });
    bounded || ranged
}

/// 原则上按照5至9人配置工作人员, 按照1:1的比例配备: a principle or basis before the figure, a verb
/// of staffing right after it.
fn set_in_principle(s: &[char], q: &Quantity) -> bool {
    let n = &cues().norms;
    let after = q.range.end + usize::from(s.get(q.range.end) == Some(&'的'));
    let staffed = starting_at(n.principle_verbs, s, after).is_some();
    staffed && inside(n.openers, before(s, q))
}

/// 月基本工资不低于3000元, 岗位工资标准为2800元, 以每月4000元为基数: a pay standard.
fn sets_pay(s: &[char], q: &Quantity) -> bool {
    let p = &cues().pay_standards;
    if q.unit != "元" {
        return false;
    }
    let before = &s[clause_start(s, q.range.start)..q.number_start];
    (inside(p.pay, before) && inside(p.standard, before))
        || starting_at(p.after, s, q.range.end).is_some()
}

/// 为企业节约成本300万元, 分拣中心日处理能力50万件: what firms save or their plant can process.
fn outside_the_remit(s: &[char], q: &Quantity) -> bool {
    let o = &cues().outside_remit;
    let before = before(s, q);
    if inside(o.saving, before)
        && inside(
            o.costs,
            &s[clause_start(s, q.range.start)..clause_end(s, q.range.end)],
        )
    {
        return true;
    }
    o.capacity_units.contains(&q.unit.as_str()) && inside(o.capacity, before)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the figure with `value` in `text` is judged no fact here.
    fn not_a_fact(text: &str, value: f64) -> bool {
        crate::numbers::judge_figure(text, value, is_not_a_fact)
    }

    #[test]
    fn the_static_cues_are_the_data_file() {
        let parsed: NormCues<Vec<String>> =
            toml::from_str(NORM_CUES_FILE).expect("data/not-facts-norms.toml");
        assert_eq!(format!("{NORM_CUES:#?}"), format!("{parsed:#?}"));
    }

    #[test]
    fn bounded_per_unit_figures_are_norms() {
        assert!(not_a_fact("标准为每万城镇常住人口不少于18人。", 18.0));
        assert!(not_a_fact("每个社区建有不低于350平方米的服务设施。", 350.0));
        assert!(not_a_fact(
            "每万名城镇常住人口拥有社区工作者不低于25人。",
            25.0
        ));
        assert!(!not_a_fact("全市每万人拥有持证社工28名。", 28.0));
        assert!(!not_a_fact("到2025年全省持证社工不少于5万人。", 50_000.0));
        assert!(not_a_fact("确保每年走访住户1次以上。", 1.0));
        assert!(not_a_fact("社工须每月开展小组活动2次以上。", 2.0));
        assert!(!not_a_fact("每年开展志愿服务活动120次以上。", 120.0));
    }

    #[test]
    fn sizes_and_principles_of_a_rule_are_norms() {
        assert!(not_a_fact("2000户以下配备5人,3000户以上配备9人。", 2000.0));
        assert!(not_a_fact("2000户以下配备5人,3000户以上配备9人。", 5.0));
        assert!(not_a_fact("2000户以下配备5人,3000户以上配备9人。", 9.0));
        assert!(not_a_fact("原则上按照5至9人配置工作人员。", 9.0));
        assert!(not_a_fact("按每个社区5名社工比例逐步配备。", 5.0));
        assert!(!not_a_fact("全区配备专职社工120名。", 120.0));
        assert!(!not_a_fact("为辖区38个社区配备社工76名。", 76.0));
        assert!(not_a_fact("2000户—3000户配备7人。", 7.0));
        assert!(not_a_fact("3000人以下的社区配备4人。", 4.0));
        assert!(!not_a_fact("力争到2025年底配备200名社工。", 200.0));
        assert!(!not_a_fact("2021—2025年配备200名社工。", 200.0));
    }

    #[test]
    fn pay_standards_are_norms_pay_reported_is_not() {
        assert!(not_a_fact("社区工作者月基本工资不低于3000元。", 3000.0));
        assert!(not_a_fact("正职岗位工资标准为2800元。", 2800.0));
        assert!(not_a_fact("以每月4000元为基数缴纳公积金。", 4000.0));
        assert!(!not_a_fact("社区工作者平均月收入达5200元。", 5200.0));
        assert!(!not_a_fact("持证社工每人补贴500元。", 500.0));
    }

    #[test]
    fn firms_savings_and_plant_are_outside_the_remit() {
        assert!(not_a_fact("党建联盟为企业节约成本300万元。", 3_000_000.0));
        assert!(not_a_fact("帮助会员企业降低物流成本120万元。", 1_200_000.0));
        assert!(not_a_fact("分拣中心日处理能力达50万件。", 500_000.0));
        assert!(!not_a_fact("为困难群众节省医疗费用20万元。", 200_000.0));
        assert!(!not_a_fact("12345热线日均处理诉求120件。", 120.0));
    }
}
