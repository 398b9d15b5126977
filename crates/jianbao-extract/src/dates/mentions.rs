//! Reading the date expressions of a sentence, absolute (2024年1月12日, 截至“十二五”末) or
//! relative to the document's date (今年9月底, 去年以来, 截至目前), into `YYYY`, `YYYY-MM` or
//! `YYYY-MM-DD`: what a sentence says about time, before any figure is dated by it.

use super::history::{
    founding_year, names_a_document_or_event, opens_a_founding, opens_an_honour, BIOGRAPHY, HONOURS,
};
use super::{digits_at, format_date, word_at, DocDate};
use std::ops::Range;

/// Words after a date that make it the start of a span running to the text's own "now":
/// 自2018年以来, 2024年至今, 2023年5月迄今, 2022年到现在.
pub(super) const SINCE: &[&str] = &["以来", "至今", "迄今", "到现在", "到目前"];

/// The end of 以来, 至今 … ([`SINCE`]; or 份以来) right after a date at `end`: the date opens a
/// span that runs to the text's own "now" (自2018年以来累计……, 2024年至今,……开展……), so it is
/// the span's start, not its period.
fn since_end(chars: &[char], end: usize) -> Option<usize> {
    let at = end + usize::from(chars.get(end) == Some(&'份'));
    SINCE
        .iter()
        .find(|w| word_at(chars, at, w))
        .map(|w| at + w.chars().count())
}

/// How far after a date its clause may run to a 以来 that makes the date a span's start.
const SINCE_CLAUSE_REACH: usize = 24;

/// The end of a 以来 or 至今 ([`SINCE`]) that closes the clause a date at `end` opens (自2021年
/// 启动“暖心驿站”建设以来, 2023年开展结对帮扶至今, 从2019年承接项目以来): the date is the start
/// of a span running to the text's own "now", however the clause names what began then. Only
/// within [`SINCE_CLAUSE_REACH`] characters and before any clause break or other number, so
/// that a later clause's 以来 or a figure of the clause is not read with it.
fn since_after_clause(chars: &[char], end: usize) -> Option<usize> {
    let reach = chars.len().min(end + SINCE_CLAUSE_REACH);
    for at in end..reach {
        let c = chars[at];
        if c.is_ascii_digit() || crate::catalog::is_clause_break(c) {
            return None;
        }
        if let Some(w) = SINCE.iter().find(|w| word_at(chars, at, w)) {
            return Some(at + w.chars().count());
        }
    }
    None
}

/// The five-year plan periods (“十二五”) and their last years: 截至“十二五”末 is 2015.
const PLAN_PERIODS: &[(&str, i32)] = &[
    ("十一五", 2010),
    ("十二五", 2015),
    ("十三五", 2020),
    ("十四五", 2025),
    ("十五五", 2030),
];

/// The last year of a plan period written at `at` (十二五, perhaps in quotation marks) and
/// followed by 末, 期末 or 期间: the year and the expression's end.
fn plan_period_at(chars: &[char], at: usize) -> Option<(i32, usize)> {
    let quoted = matches!(chars.get(at), Some('“' | '"' | '\''));
    let name_at = at + usize::from(quoted);
    let &(name, year) = PLAN_PERIODS
        .iter()
        .find(|(p, _)| word_at(chars, name_at, p))?;
    let mut end = name_at + name.chars().count();
    if quoted {
        if !matches!(chars.get(end), Some('”' | '"' | '\'')) {
            return None;
        }
        end += 1;
    }
    let tail = ["期末", "期间", "末", "时期"]
        .into_iter()
        .find(|w| word_at(chars, end, w))?;
    Some((year, end + tail.chars().count()))
}

/// A date expression in a sentence: where it ends and what it means (`None`: unresolvable, e.g. a
/// relative date in an undated document).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    pub as_of: Option<String>,
}

/// Reads `M月[D日]` at `at`; returns (month, day, end).
fn month_day(chars: &[char], at: usize) -> Option<(u32, Option<u32>, usize)> {
    let (month, end) = digits_at(chars, at, 2)?;
    if chars.get(end) != Some(&'月') || !(1..=12).contains(&month) {
        return None;
    }
    let end = end + 1;
    if let Some((day, d_end)) = digits_at(chars, end, 2) {
        if matches!(chars.get(d_end), Some('日' | '号')) && (1..=31).contains(&day) {
            return Some((month, Some(day), d_end + 1));
        }
    }
    Some((month, None, end))
}

/// Relative expressions that mean "as of the document's date".
pub(super) const NOW: &[&str] = &[
    "截至目前",
    "截止目前",
    // (截至今天中午, 截至昨日: the day the news is told, known to the page's month)
    "截至今天",
    "截至今日",
    "截止今天",
    "截止今日",
    "截至昨天",
    "截至昨日",
    "目前",
    "如今",
    "眼下",
    "当前",
    "现有",
    "已有",
    "今年以来",
    "去年以来",
    "近期",
    "近日",
    "日前",
];

/// Characters before 年内 that make it a span's or another year's (一年内, 两年内, 三年内 are a
/// duration; 今年内, 本年内, 当年内, 同年内, 次年内, 每年内 name their own year).
const NOT_THIS_YEAR_BEFORE: &[char] = &[
    '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '两', '几', '半', '多', '数', '今',
    '本', '当', '该', '同', '周', '每', '全', '去', '明', '后', '前', '近', '这', '那', '此', '历',
    '次', '年', '翌', '首', '上', '下', '元', '来', '余',
];

/// Whether 年内 at `at` says "within this year" (年内建成社工站20个, 力争年内实现全覆盖): not after a
/// number or a word that names another year or a span ([`NOT_THIS_YEAR_BEFORE`]).
fn within_this_year(chars: &[char], at: usize) -> bool {
    chars.get(at) == Some(&'年')
        && chars.get(at + 1) == Some(&'内')
        && (at == 0
            || !(chars[at - 1].is_ascii_digit() || NOT_THIS_YEAR_BEFORE.contains(&chars[at - 1])))
}

/// How far after a year's 年度 an honour's title ([`super::words::honour_title`]) is looked for.
const HONOUR_REACH: usize = 16;

/// Whether the year ending at `end` (2024年, then 度) names an honour its clause goes on to
/// give (2024年度全省志愿服务先进典型, 2023年度优秀志愿者): a title before any clause break, number,
/// 的 or 为 (2023年度……评为优秀的有25家 is the year's count).
fn names_an_honour(chars: &[char], end: usize) -> bool {
    if chars.get(end) != Some(&'度') {
        return false;
    }
    let titles = super::words::honour_title();
    let reach = chars.len().min(end + 1 + HONOUR_REACH);
    for k in end + 1..reach {
        let c = chars[k];
        if c.is_ascii_digit() || crate::catalog::is_clause_break(c) || matches!(c, '的' | '为') {
            return false;
        }
        if titles.iter().any(|t| super::words::at(chars, k, t)) {
            return true;
        }
    }
    false
}

/// Words for "the past year" whose year only the text around them tells.
pub const PAST_YEAR: &[&str] = &["过去一年", "过去的一年", "一年来"];

/// The characters a date written in words can start with (all other dates start with a digit):
/// the first characters of 今年, 本年, 去年, 全年 and of [`NOW`] and [`PAST_YEAR`].
fn date_word_starts() -> &'static [char] {
    static STARTS: std::sync::OnceLock<Vec<char>> = std::sync::OnceLock::new();
    STARTS.get_or_init(|| {
        let mut starts: Vec<char> = ["今年", "本年", "去年", "全年", "年内"]
            .iter()
            .chain(NOW)
            .chain(PAST_YEAR)
            .filter_map(|w| w.chars().next())
            .chain(['十', '“', '"', '\''])
            .collect();
        starts.sort_unstable();
        starts.dedup();
        starts
    })
}

/// Finds the date expressions of a sentence.
pub fn find_dates(chars: &[char], doc: &DocDate) -> Vec<DateMention> {
    let mut out = Vec::new();
    let mut i = 0;
    let word_starts = date_word_starts();
    while i < chars.len() {
        // most characters start no date: skip them before trying every form below
        if !chars[i].is_ascii_digit() && !word_starts.contains(&chars[i]) {
            i += 1;
            continue;
        }
        // 2024年[M月[D日]], 2024年度
        if let Some((year, end)) = digits_at(chars, i, 4).filter(|&(y, e)| {
            e - i == 4 && (1900..=2100).contains(&y) && chars.get(e) == Some(&'年')
        }) {
            if i == 0 || !chars[i - 1].is_ascii_digit() {
                let mut end = end + 1;
                let (month, day) = match month_day(chars, end) {
                    Some((m, d, e)) => {
                        end = e;
                        (Some(m), d)
                    }
                    // 2021年全年: the whole of that year, not the document's 全年
                    None if word_at(chars, end, "全年") => {
                        end += 2;
                        (None, None)
                    }
                    // 2024年前11个月: a tally of the year's first months, to the last of them
                    None if first_months_at(chars, end).is_some() => {
                        let (m, e) = first_months_at(chars, end).unwrap_or((12, end));
                        end = e;
                        (Some(m), None)
                    }
                    // 2024年初, 2024年年初: that year's January
                    None => match year_start_at(chars, end) {
                        Some(e) => {
                            end = e;
                            (Some(1), None)
                        }
                        None => (None, None),
                    },
                };
                let biography = BIOGRAPHY
                    .iter()
                    .chain(HONOURS)
                    .any(|w| word_at(chars, end, w))
                    || founding_year(chars, i, end);
                // 比2003年减少57%: the base of a comparison, not the period of the figure
                let compared = i > 0 && matches!(chars[i - 1], '比' | '较');
                // 自2018年以来, 2022年10月份以来: a span that runs to the text's "now"
                let since = since_end(chars, end).or_else(|| since_after_clause(chars, end));
                let named = names_a_document_or_event(chars, i)
                    || (month.is_none() && names_an_honour(chars, end))
                    || (month.is_none()
                        && since.is_none()
                        && (opens_an_honour(chars, end) || opens_a_founding(chars, end)));
                let as_of = if biography || compared || named {
                    None
                } else if since.is_some() {
                    doc.now()
                } else {
                    Some(format_date(year as i32, month, day))
                };
                let end = since.unwrap_or(end);
                out.push(DateMention {
                    start: i,
                    end,
                    as_of,
                });
                i = end;
                continue;
            }
        }
        // 截至“十二五”末, “十三五”期间: the plan period's last year
        if let Some((year, end)) = plan_period_at(chars, i) {
            out.push(DateMention {
                start: i,
                end,
                as_of: Some(format_date(year, None, None)),
            });
            i = end;
            continue;
        }
        if word_at(chars, i, "今年") || word_at(chars, i, "本年") {
            let after = i + 2;
            // 今年年初, 今年初: this year's January (今年年初以来: a span to now)
            if let Some(end) = year_start_at(chars, after) {
                i = push_month_day(&mut out, chars, doc, i..end, 1, None);
                continue;
            }
            if let Some((m, d, end)) = month_day(chars, after) {
                i = push_month_day(&mut out, chars, doc, i..end, m, d);
                continue;
            }
            // 今年前11个月: this year's first months, to the last of them
            if let Some((m, end)) = first_months_at(chars, after) {
                i = push_month_day(&mut out, chars, doc, i..end, m, None);
                continue;
            }
            // 今年以来: a total over this year so far, reported as the year's
            if word_at(chars, after, "以来") {
                out.push(DateMention {
                    start: i,
                    end: after + 2,
                    as_of: doc.this_year(),
                });
                i = after + 2;
                continue;
            }
            // 今年学雷锋月: the month of 学雷锋 is March
            let lei_feng =
                (after..chars.len().min(after + 3)).find(|&k| word_at(chars, k, "学雷锋月"));
            if let Some(k) = lei_feng {
                out.push(DateMention {
                    start: i,
                    end: k + 4,
                    as_of: doc.written_year().map(|y| format_date(y, Some(3), None)),
                });
                i = k + 4;
                continue;
            }
            out.push(DateMention {
                start: i,
                end: after,
                as_of: doc.written_year().map(|y| format_date(y, None, None)),
            });
            i = after;
            continue;
        }
        // 年初 alone (年初以来, 年初,……): the January of the year the text writes in
        if chars[i] == '年'
            && (i == 0
                || !(chars[i - 1].is_ascii_digit() || NOT_THIS_YEAR_BEFORE.contains(&chars[i - 1])))
        {
            if let Some(end) = year_start_at(chars, i + 1).filter(|&e| e == i + 2) {
                i = push_month_day(&mut out, chars, doc, i..end, 1, None);
                continue;
            }
        }
        // 年内 (within the year the text writes in): this year, as 今年 is
        if within_this_year(chars, i) {
            out.push(DateMention {
                start: i,
                end: i + 2,
                as_of: doc.written_year().map(|y| format_date(y, None, None)),
            });
            i += 2;
            continue;
        }
        if let Some(word) = NOW.iter().find(|w| word_at(chars, i, w)) {
            let end = i + word.chars().count();
            // 2024年12月31日,记者……获悉,截至目前: the day the news gives is its 目前
            // (not a day still to come: 招募将于8月5日结束,截至今日……)
            let to_come = |d: &&DateMention| {
                d.start >= 2 && matches!(&chars[d.start - 2..d.start], ['将', '于' | '在'])
            };
            let reported_day = out
                .iter()
                .rev()
                .filter(|d| !to_come(d))
                .filter_map(|d| d.as_of.as_deref())
                .find(|d| d.len() == "YYYY-MM-DD".len())
                .map(|d| d[.."YYYY-MM".len()].to_owned());
            // on a page with no date of its own, a "now" word gives none rather than the year
            // its lead says it reports (README as_of rule 2: not a year an earlier sentence
            // named), unless its own sentence told that year's story before it (2017年,……新建
            // ……,目前已覆盖……); 今年以来 is the reported year's, as 今年 is
            let told_before = out.iter().any(|d| d.as_of.is_some());
            let as_of = match *word {
                "去年以来" => doc.this_year(),
                "今年以来" => reported_day.or_else(|| doc.now()),
                _ if told_before => reported_day.or_else(|| doc.now()),
                _ => reported_day.or_else(|| doc.as_of()),
            };
            out.push(DateMention {
                start: i,
                end,
                as_of,
            });
            i = end;
            continue;
        }
        // 去年 (a time), but not 比去年/较去年 (a comparison)
        if word_at(chars, i, "去年") && !(i > 0 && matches!(chars[i - 1], '比' | '较')) {
            out.push(DateMention {
                start: i,
                end: i + 2,
                // (截至去年底 in a review published in January: the year it reviews, so the
                // publication year's 去年, not the written year's)
                as_of: doc.year.map(|y| format_date(y - 1, None, None)),
            });
            i += 2;
            continue;
        }
        // 过去一年, 一年来: the year the text last named (an undated review), else nothing
        if let Some(word) = PAST_YEAR.iter().find(|w| word_at(chars, i, w)) {
            let end = i + word.chars().count();
            out.push(DateMention {
                start: i,
                end,
                as_of: None,
            });
            i = end;
            continue;
        }
        if word_at(chars, i, "全年") {
            out.push(DateMention {
                start: i,
                end: i + 2,
                as_of: doc.this_year(),
            });
            i += 2;
            continue;
        }
        // 截至9日: a cut-off's day without its month, in the month the sentence last named,
        // else the page's (figure_as_of prefers a month its paragraph named before)
        if let Some((day, end)) = cut_off_day_at(chars, i) {
            let month_named = out
                .iter()
                .rev()
                .filter_map(|d| d.as_of.as_deref())
                .find(|d| d.len() >= "YYYY-MM".len())
                .map(|d| d[.."YYYY-MM".len()].to_owned());
            let as_of = month_named
                .or_else(|| Some(format_date(doc.year?, Some(doc.month?), None)))
                .map(|m| format!("{m}-{day:02}"));
            out.push(DateMention {
                start: i,
                end,
                as_of,
            });
            i = end;
            continue;
        }
        // M月[D日] without a year: this year of the document
        if i == 0 || !chars[i - 1].is_ascii_digit() {
            if let Some((m, d, end)) = month_day(chars, i) {
                i = push_month_day(&mut out, chars, doc, i..end, m, d);
                continue;
            }
        }
        i += 1;
    }
    restate_years_of_precise_dates(&mut out);
    out
}

/// Characters after 年初 that make it a word of its own rather than the start of the year
/// (2024年初步建成, 年初见成效, 2023年初次): 初步, 初见, 初具 ….
const NOT_YEAR_START_AFTER: &[char] = &[
    '步', '见', '具', '显', '次', '心', '衷', '创', '级', '中', '审', '选', '赛', '稿', '始', '期',
    '任', '评', '筛', '探', '定', '试', '露',
];

/// The end of 初 or 年初 at `at`, right after a year's 年 (2024年初, 2024年年初, 今年年初): the
/// start of that year, its January; not a word that opens with 初 (初步, 初见成效:
/// [`NOT_YEAR_START_AFTER`]).
fn year_start_at(chars: &[char], at: usize) -> Option<usize> {
    let end = if chars.get(at) == Some(&'初') {
        at + 1
    } else if word_at(chars, at, "年初") {
        at + 2
    } else {
        return None;
    };
    let word = chars
        .get(end)
        .is_some_and(|c| NOT_YEAR_START_AFTER.contains(c));
    (!word).then_some(end)
}

/// The numerals a count of the year's first months may be written with (前十一个月), longest
/// first.
const MONTH_NUMERALS: &[(&str, u32)] = &[
    ("十二", 12),
    ("十一", 11),
    ("十", 10),
    ("九", 9),
    ("八", 8),
    ("七", 7),
    ("六", 6),
    ("五", 5),
    ("四", 4),
    ("三", 3),
    ("两", 2),
    ("二", 2),
];

/// The last month and the end of 前N个月 at `at`, right after a year (2024年前11个月, 今年前十个月):
/// a tally of the year's first N months (hotlines, registries and bulletins report so), which
/// runs to the N-th month as 1—11月 does, not a span of time counted in months.
fn first_months_at(chars: &[char], at: usize) -> Option<(u32, usize)> {
    if chars.get(at) != Some(&'前') {
        return None;
    }
    let (n, end) = match digits_at(chars, at + 1, 2) {
        Some(found) => found,
        None => {
            let (w, n) = MONTH_NUMERALS
                .iter()
                .find(|(w, _)| word_at(chars, at + 1, w))?;
            (*n, at + 1 + w.chars().count())
        }
    };
    ((2..=12).contains(&n) && word_at(chars, end, "个月")).then_some((n, end + 2))
}

/// A cut-off's day written without its month at `at` (截至9日, 截止15日24时): the day and the
/// end of 日 or 号.
fn cut_off_day_at(chars: &[char], at: usize) -> Option<(u32, usize)> {
    if at < 2 || !matches!(&chars[at - 2..at], ['截', '至' | '止']) {
        return None;
    }
    let (day, end) = digits_at(chars, at, 2)?;
    (matches!(chars.get(end), Some('日' | '号')) && (1..=31).contains(&day))
        .then_some((day, end + 1))
}

/// Pushes the mention of `M月[D日]` (or 年初, as January) written at `written`, or, with 以来
/// after it, of a span that runs to now; returns where reading goes on.
fn push_month_day(
    out: &mut Vec<DateMention>,
    chars: &[char],
    doc: &DocDate,
    written: Range<usize>,
    month: u32,
    day: Option<u32>,
) -> usize {
    let since = since_end(chars, written.end);
    let end = since.unwrap_or(written.end);
    out.push(DateMention {
        start: written.start,
        end,
        as_of: month_day_as_of(doc, month, day, since.is_some()),
    });
    end
}

/// How many months on either side of the year's turn a page's month and a day it tells without
/// a year may stand for the day to be the year before's (see [`month_day_as_of`]).
const TURN_MONTHS: u32 = 2;

/// The date of `M月[D日]` in the year the document writes in, or, opening a span that runs to
/// now (3月以来, 今年5月份以来), the document's "now".
fn month_day_as_of(doc: &DocDate, month: u32, day: Option<u32>, since: bool) -> Option<String> {
    if since {
        return doc.now();
    }
    // a page of January or February telling a day of November or December without its year
    // (2025-01-03 above 12月30日,……年会召开) tells the year before's: news is told after it
    // happens, and the year's turn falls between
    let year_before = doc.year.is_some()
        && doc.period.is_none()
        && doc.month.is_some_and(|m| m <= TURN_MONTHS)
        && month > 12 - TURN_MONTHS;
    doc.written_year()
        .map(|y| if year_before { y - 1 } else { y })
        .map(|y| format_date(y, Some(month), day))
}

/// A year alone written after a day or month of that year in the same sentence (3月20日,全市启动
/// 2023年“学雷锋”志愿服务月……) restates its year, often inside a campaign's name: the figures
/// after it keep the day's precision.
fn restate_years_of_precise_dates(dates: &mut [DateMention]) {
    let mut precise: Option<String> = None;
    for d in dates.iter_mut() {
        match d.as_of.as_deref() {
            Some(date) if date.len() > "YYYY".len() => precise = Some(date.to_owned()),
            Some(year) => {
                if let Some(p) = precise.as_ref().filter(|p| p.starts_with(year)) {
                    d.as_of = Some(p.clone());
                }
            }
            None => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(text: &str, doc: &str) -> Vec<Option<String>> {
        let chars: Vec<char> = text.chars().collect();
        find_dates(&chars, &DocDate::parse(Some(doc)))
            .into_iter()
            .map(|d| d.as_of)
            .collect()
    }

    #[test]
    fn biographies_date_nothing() {
        assert_eq!(
            dates("张某,1968年出生,2019年起任站长", "2024"),
            vec![None, None]
        );
    }

    #[test]
    fn absolute_and_relative() {
        assert_eq!(
            dates("2024年1月12日全省机构改革动员大会", "2024-11"),
            vec![Some("2024-01-12".into())]
        );
        assert_eq!(
            dates("截至2024年12月底,覆盖率达79%", "2025"),
            vec![Some("2024-12".into())]
        );
        assert_eq!(
            dates("截至今年9月底,全省有", "2024-11"),
            vec![Some("2024-09".into())]
        );
        assert_eq!(
            dates("去年以来,派驻党建指导员31名", "2025"),
            vec![Some("2025".into())]
        );
        assert_eq!(
            dates("截至目前,浙江持证社会工作者", "2024-11"),
            vec![Some("2024-11".into())]
        );
        assert_eq!(
            dates("今年学雷锋月期间", "2025"),
            vec![Some("2025-03".into())]
        );
        assert_eq!(
            dates("比去年增加6.4万", "2024-11"),
            Vec::<Option<String>>::new()
        );
        assert_eq!(
            dates("3月8日前,11个设区市", "2024-11"),
            vec![Some("2024-03-08".into())]
        );
        assert_eq!(dates("目前", ""), vec![None]);
        assert_eq!(
            dates("3月20日,全市启动2023年“学雷锋”志愿服务月活动", "2023-03"),
            vec![Some("2023-03-20".into()), Some("2023-03-20".into())]
        );
        assert_eq!(
            dates("2023年12月底社工站达到120个,2022年为98个", "2024-01"),
            vec![Some("2023-12".into()), Some("2022".into())]
        );
        assert_eq!(
            dates("截至“十二五”末,全市社会组织达1200家", "2019-05"),
            vec![Some("2015".into())]
        );
        assert_eq!(
            dates("该协会于2009年成立,现有会员120名", "2024-05"),
            vec![None, Some("2024-05".into())]
        );
        assert_eq!(
            dates("2023年成立社工站50个", "2024-05"),
            vec![Some("2023".into())]
        );
        assert_eq!(
            dates("2021年全年,全市受理群众诉求超8万件", "2022-01"),
            vec![Some("2021".into())]
        );
    }
}
