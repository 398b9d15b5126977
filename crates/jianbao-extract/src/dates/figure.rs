//! A figure's `as_of` (devcorpus/README.md, `as_of`): which of its sentence's dates, the
//! paragraph's carried date, the lead's cut-off or the article's own date holds for it, in the
//! README's order of rules.

use super::mentions::NOW;
use super::standing::{runs_to_now, standing, Standing, EVENT_REACH};
use super::{word_at, DateMention};

/// The dates in force when a figure's own sentence gives it none.
pub struct InForce<'a> {
    /// The last date an earlier sentence of the paragraph gave.
    pub carried: &'a Option<String>,
    /// The lead's statistical cut-off (据……显示,截至2018年底,……).
    pub cutoff: &'a Option<String>,
    /// The article's own date (its month, or the year a review or undated text reports).
    pub article: &'a Option<String>,
    /// Whether an earlier sentence of the paragraph told years past (近年来,……。……) and none
    /// since gave a date ([`years_past_after`](super::years_past_after)).
    pub years_past: bool,
}

/// The `as_of` of the figure at `figure_start` in sentence `s` (devcorpus/README.md, `as_of`):
/// the nearest resolved date before it in its sentence; after a relative date the page gives no
/// date for (目前, 今年, 2021年以来 on a page without a date: [`unresolved_relative`]), none, and
/// never a year named before it (从2014年底的210人上升到目前的2600人); a standing figure ([`standing`]) never the article's month (see
/// there for the rest); any other figure the carried date, the cut-off, else the article's date.
pub fn figure_as_of(
    s: &[char],
    dates: &[DateMention],
    figure_start: usize,
    in_force: InForce,
) -> Option<String> {
    if let Some(cut_off) = bracketed_cut_off(s, dates, figure_start) {
        return Some(cut_off);
    }
    // the nearest date before the figure that says when: a history's year (1968年出生) is passed
    // over, but a relative date the page cannot resolve (目前, 今年, 去年底, 2021年以来 on an
    // undated page) is the figure's period all the same, so no year before it is
    for d in dates.iter().rev().filter(|d| d.end <= figure_start) {
        if stock_now(s, d) && dates.iter().any(|e| e.end <= d.start && is_cut_off(s, e)) {
            // 截至2023年底,全省已有……: the cut-off's stock
            continue;
        }
        if let Some(day) = cut_off_day(s, dates, d, in_force.carried) {
            return Some(day);
        }
        // 截至2024年11月30日,全市热线今年共受理……: the year restated after a cut-off is the
        // cut-off's (the figure's period runs to its day)
        if let Some(cut) = dates.iter().find(|e| {
            e.end <= d.start && e.as_of.is_some() && e.as_of == d.as_of && is_cut_off(s, e)
        }) {
            if let Some(date) = figure_date(s, cut) {
                return Some(date);
            }
        }
        if let Some(date) = figure_date(s, d) {
            return Some(date);
        }
        if unresolved_relative(s, d) {
            return None;
        }
    }
    if follows_undated_now(s, dates, figure_start) {
        return None;
    }
    // 2019年,热线正式开通。开通以来,热线累计受理……: a span its sentence opens with no date
    // (成立以来, 开通以来, 运行至今) runs to the text's "now", so neither a date an earlier sentence
    // named nor the founding's year is the figure's, but the lead's cut-off or the article's date
    // (README as_of rule 2; none on a page without a date)
    if runs_to_now(s, figure_start)
        && !dates
            .iter()
            .any(|d| d.end <= figure_start && d.as_of.is_some())
    {
        return in_force.cutoff.clone().or_else(|| in_force.article.clone());
    }
    // a figure grown over years takes no single year an earlier sentence named; one described
    // as it stands keeps its paragraph's date (今年以来,……。累计……); both keep the lead's
    // cut-off, and of the article's own date only the year a review or year-only page reports
    let standing = match standing(s, dates, figure_start) {
        Standing::No if in_force.years_past && !runs_to_now(s, figure_start) => Standing::OverYears,
        told => told,
    };
    let carried = in_force
        .carried
        .clone()
        .filter(|_| standing != Standing::OverYears);
    carried.or_else(|| in_force.cutoff.clone()).or_else(|| {
        in_force
            .article
            .clone()
            .filter(|d| standing == Standing::No || d.len() == "YYYY".len())
    })
}

/// A cut-off's day written without its month (截至9日) read in the month its paragraph named
/// in an earlier sentence (`carried`: 3月5日,……启动。截至9日,……) when its own sentence named
/// none before it: the day belongs to the month the story is told in, which the reading of the
/// sentence alone ([`super::find_dates`]) takes from the page.
fn cut_off_day(
    s: &[char],
    dates: &[DateMention],
    d: &DateMention,
    carried: &Option<String>,
) -> Option<String> {
    let day_only = is_cut_off(s, d)
        && s.get(d.start).is_some_and(|c| c.is_ascii_digit())
        && !s[d.start..d.end].contains(&'月')
        && matches!(s.get(d.end.checked_sub(1)?), Some('日' | '号'));
    if !day_only {
        return None;
    }
    let named_before = dates
        .iter()
        .filter(|e| e.end <= d.start)
        .any(|e| e.as_of.as_ref().is_some_and(|a| a.len() >= "YYYY-MM".len()));
    let month = carried
        .as_deref()
        .filter(|c| c.len() >= "YYYY-MM".len() && !named_before)?;
    let day = d.as_of.as_deref()?.get("YYYY-MM-".len()..)?;
    Some(format!("{}-{day}", &month[.."YYYY-MM".len()]))
}

/// Words of an estimate or a plan over a period the text may leave unnamed (预计项目周期内服务
/// 500人): unlike 将 they say nothing of the year the aim falls in.
const ESTIMATES: &[&str] = &["预计", "计划", "预期"];

/// The `as_of` of an aim whose sentence names no year it is set for, from the date its sentence
/// or the article gives (`dated`) and the text of its sentence before it (`before`): what a body
/// says it 将 (will) do next (下一步,将培育……50家; 还将, 将有) is set for the year it writes in,
/// never for the month it was announced in; an estimate (预计, 计划) keeps its date.
pub fn aim_as_of(before: &str, dated: Option<String>) -> Option<String> {
    let will = before.rfind('将');
    let estimate = ESTIMATES.iter().filter_map(|w| before.rfind(w)).max();
    match (will, estimate) {
        (Some(w), e) if e.is_none_or(|e| e < w) => {
            dated.map(|d| d[..d.len().min("YYYY".len())].to_owned())
        }
        _ => dated,
    }
}

/// What the date mention `d` of sentence `s` dates a figure to: a cut-off (截至2022年2月15日)
/// or a deadline (3月8日前) to the day it names; an event's day (2025年1月25日,……举办) to its
/// month, as an event's figures are reported by the month they fall in.
pub fn figure_date(s: &[char], d: &DateMention) -> Option<String> {
    let date = d.as_of.clone()?;
    let cut_off = is_cut_off(s, d) || ends_a_tally(s, d);
    // (3月8日前 is a deadline; 12月5日前夕 and 5月1日前后 are an event's eve and its days around)
    let deadline =
        matches!(s.get(d.end), Some('前')) && !matches!(s.get(d.end + 1), Some('夕' | '后'));
    if date.len() == "YYYY-MM-DD".len() && !cut_off && !deadline {
        return Some(date[.."YYYY-MM".len()].to_owned());
    }
    Some(date)
}

/// Characters that join a span's start to its end (1月1日至11月30日, 1月—11月15日).
const SPAN_LINKS: &[char] = &['至', '到', '—', '–', '-', '－', '~', '～'];

/// Whether the day mention `d` closes a span that opens at the start of an earlier month
/// (2024年1月1日至11月30日, 1月至11月15日, 1月1日—11月30日): a tally over the months up to that
/// day, as 截至11月30日 is, so the figure keeps the day. A span within one month (5月12日至14日,
/// 11月1日至11月30日) is an event's days or the month's tally, and one that opens later in a
/// month (7月30日至8月2日) an event's days: they keep the month as an event's day does.
fn ends_a_tally(s: &[char], d: &DateMention) -> bool {
    let Some(date) = d.as_of.as_deref() else {
        return false;
    };
    if date.len() != "YYYY-MM-DD".len() || d.start < 3 || !SPAN_LINKS.contains(&s[d.start - 1]) {
        return false;
    }
    let month: Option<u32> = date.get(5..7).and_then(|m| m.parse().ok());
    span_start_month(&s[..d.start - 1]).is_some_and(|start| Some(start) != month)
}

/// The month of the date that `before` ends with (…1月1日, …1月, …2024年1月), opening on the month's
/// first day: the start of a tally's span.
fn span_start_month(before: &[char]) -> Option<u32> {
    let mut at = before.len();
    if matches!(before.last(), Some('日' | '号')) {
        at -= 1;
        // (a tally opens on a month's first day: 1月1日, 1月01日)
        let (day, digits) = digits_ending_at(before, at)?;
        if day != 1 {
            return None;
        }
        at -= digits;
    }
    if at == 0 || before[at - 1] != '月' {
        return None;
    }
    match digits_ending_at(before, at - 1)? {
        (month, 1 | 2) => Some(month),
        _ => None,
    }
}

/// The number written in ASCII digits that ends at `at` in `text`, with how many digits it has;
/// `None` when no digit ends there.
fn digits_ending_at(text: &[char], at: usize) -> Option<(u32, usize)> {
    let digits = text[..at]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_digit())
        .count();
    if digits == 0 {
        return None;
    }
    let value = text[at - digits..at]
        .iter()
        .collect::<String>()
        .parse()
        .ok()?;
    Some((value, digits))
}

/// The cut-off printed in brackets right after the figure at `figure_start`, in its clause
/// (注册志愿者8.6万人(截至2024年10月底), ……(数据截至目前)): statistics are often given with their
/// date after them.
fn bracketed_cut_off(s: &[char], dates: &[DateMention], figure_start: usize) -> Option<String> {
    let reach = &s[figure_start.min(s.len())..(figure_start + EVENT_REACH).min(s.len())];
    let open = figure_start
        + reach
            .iter()
            .position(|&c| matches!(c, '(' | '\u{ff08}' | ',' | '，' | '。' | ';' | '；'))?;
    if !matches!(s[open], '(' | '\u{ff08}') {
        return None;
    }
    let mut at = open + 1;
    for lead_in in ["数据", "统计"] {
        if word_at(s, at, lead_in) {
            at += lead_in.chars().count();
        }
    }
    if !(word_at(s, at, "截至") || word_at(s, at, "截止")) {
        return None;
    }
    dates
        .iter()
        .find(|d| d.start == at + 2)
        .and_then(|d| d.as_of.clone())
}

/// Whether the date mention `d` of sentence `s` says when the figure after it stands, relative to
/// a page date the page does not give, so that no year named before it in the sentence is the
/// figure's: the end of a change told from a dated start to now (从2014年底的210人上升到目前的
/// 2600人, 由2019年的12个增加至如今的45个, 2018年仅有30家,到目前已发展到120家: 目前 or 如今 after
/// 到, 至 or 达), and a stock told as it is now (2019年……,现有会员86名; 已有). Elsewhere a "now"
/// word after a year is read with it (2023年3月启动以来,目前……: a campaign's first months), and a
/// history's year (1968年出生) dates nothing.
fn unresolved_relative(s: &[char], d: &DateMention) -> bool {
    if d.as_of.is_some() {
        return false;
    }
    let end_of_change = d.start > 0
        && matches!(s[d.start - 1], '到' | '至' | '达')
        && ["目前", "如今"].iter().any(|w| word_at(s, d.start, w));
    end_of_change || stock_now(s, d)
}

/// Whether the date mention `d` is a stock's "now" (现有, 已有: has now, has by now).
fn stock_now(s: &[char], d: &DateMention) -> bool {
    ["现有", "已有"].iter().any(|w| word_at(s, d.start, w))
}

/// Whether the date mention `d` of sentence `s` is a cut-off (截至2023年底, 截止2018年).
fn is_cut_off(s: &[char], d: &DateMention) -> bool {
    d.start >= 2 && matches!(&s[d.start - 2..d.start], ['截', '至' | '止'])
}

/// Whether the figure at `figure_start` follows a "now" word of its sentence ([`NOW`]) that the
/// article gives no date for (目前 on an undated page): the text says "now", so a year named in
/// an earlier sentence is not the figure's.
fn follows_undated_now(s: &[char], dates: &[DateMention], figure_start: usize) -> bool {
    dates
        .iter()
        .rev()
        .find(|d| d.end <= figure_start)
        .is_some_and(|d| d.as_of.is_none() && NOW.iter().any(|w| word_at(s, d.start, w)))
}
