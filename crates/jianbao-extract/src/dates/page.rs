//! The publication date a page states about itself (a dateline, 发布时间, a CMS footer), for
//! sources without a manifest date: page furniture, read apart from the text's own dates.

use super::history::names_a_document_or_event;
use super::{digits_at, word_at, DocDate};

/// How many lines at the top of a page (and at its foot) may carry its publication date.
pub(crate) const DATE_LINES: usize = 30;
/// A line longer than this is text, not a dateline or a 发布时间 line.
pub(crate) const MAX_DATELINE_CHARS: usize = 60;

/// The publication date a page states about itself, for sources without a manifest date:
/// `2021-04-07 09:58`, `发布时间:2018-11-27`, `2025年01月24日 15:02`, `14.11.2021 17:50` on a
/// short line near the top or the foot of the page (page furniture, datelines), or a date a
/// page's layout sets over two lines (`2025` above `12/24`). Kept to the month, as a figure of
/// 目前 or 近日 is known to that precision. Unknown when no such line exists: a date inside the
/// text (12月5日, 2019年) is an event's, not the page's. The page's clock and a crawler's stamp
/// (今天是……星期一, GMT+8, 采集时间: [`is_clock_line`]) date nothing, and in each of head and foot
/// a line that names itself the publication line (发布时间, 来源 …) comes before a bare date.
pub fn date_from_lines<'a>(lines: impl DoubleEndedIterator<Item = &'a [char]> + Clone) -> DocDate {
    let head: Vec<&[char]> = lines.clone().take(DATE_LINES).collect();
    let issue_lines = lines.clone().take(ISSUE_LINES);
    let foot: Vec<&[char]> = lines.clone().rev().take(DATE_LINES).collect();
    // the story's own date line written without its year (an e-paper's 日期:11-05): a date line
    // of another month elsewhere on the page is the reader's or the site's, not the story's
    // (read as far down as an issue line: an e-paper prints its page list above the story)
    let yearless = lines
        .take(ISSUE_LINES)
        .chain(foot.iter().copied())
        .filter(|l| is_publication_line(l))
        .find_map(yearless_month);
    block_date(&head)
        .or_else(|| spaced_issue_date(issue_lines))
        .or_else(|| block_date(&foot))
        .filter(|&(_, month)| yearless.is_none_or(|y| month == Some(y)))
        .map_or_else(DocDate::default, |(year, month)| DocDate {
            year: Some(year),
            month,
            day: None,
            period: None,
        })
}

/// How many lines at the top of a page a newspaper's spaced issue line may stand in: an e-paper
/// prints its edition's page list (第01版:头版 … 第16版) before it.
pub(crate) const ISSUE_LINES: usize = 100;

/// The date of a newspaper page's issue line set with spaced characters ([`closed_up`]) among the
/// first lines of a page, below the [`DATE_LINES`] a dateline is looked for in: such a line is
/// never the text's own, wherever the edition's page list puts it.
fn spaced_issue_date<'a>(lines: impl Iterator<Item = &'a [char]>) -> Option<(i32, Option<u32>)> {
    lines
        .filter(|l| !is_clock_line(l))
        .filter_map(closed_up)
        .filter(|l| l.len() <= MAX_DATELINE_CHARS)
        .find_map(|l| written_date(&l))
}

/// The page's date among one block of lines (its head, or its foot read upwards): a labelled
/// publication line, else the first short line with a date, else a date set over two lines.
fn block_date(lines: &[&[char]]) -> Option<(i32, Option<u32>)> {
    // (a line set with spaced characters is as long as it reads closed up)
    let short = |l: &&&[char]| {
        closed_up(l).map_or(l.len(), |c| c.len()) <= MAX_DATELINE_CHARS && !is_clock_line(l)
    };
    // (a publication line may run longer with its source, author, views and font-size links,
    // and may give only the year and month)
    lines
        .iter()
        .filter(|l| is_publication_line(l))
        .find_map(|l| line_date(l).or_else(|| year_month(l)))
        .or_else(|| lines.iter().filter(short).find_map(|l| line_date(l)))
        .or_else(|| {
            lines.windows(2).find_map(|pair| {
                split_date(pair[0], pair[1]).or_else(|| split_date(pair[1], pair[0]))
            })
        })
}

/// Whether a line is the page's publication line (发布时间:……来源:……): short, no sentence,
/// not the page's clock, and named so ([`names_publication`]).
fn is_publication_line(line: &[char]) -> bool {
    line.len() <= MAX_LABELLED_DATELINE_CHARS
        && !line.contains(&'。')
        && !is_clock_line(line)
        && names_publication(line)
}

/// The month of a date a publication line writes as month and day without its year, digits
/// joined by `-` or `/` (日期:11-05, 发布时间:11/05 09:30), as an e-paper's story line and some
/// sites' lists print it; `None` when the line writes a year (a full date, 2024-11) or no such
/// date. A time of day (09:30) is joined by `:` and is not one.
fn yearless_month(line: &[char]) -> Option<u32> {
    if line_date(line).is_some() || year_month(line).is_some() {
        return None;
    }
    (0..line.len()).find_map(|i| {
        if i > 0 && (line[i - 1].is_ascii_digit() || matches!(line[i - 1], '-' | '/' | '.')) {
            return None;
        }
        let (month, m_end) = digits_at(line, i, 2).filter(|&(m, _)| (1..=12).contains(&m))?;
        let sep = *line.get(m_end)?;
        if !matches!(sep, '-' | '/') {
            return None;
        }
        let (day, d_end) = digits_at(line, m_end + 1, 2)?;
        let closes = line
            .get(d_end)
            .is_none_or(|c| !matches!(c, '-' | '/' | '.'));
        ((1..=31).contains(&day) && closes).then_some(month)
    })
}

/// The date a line states: a full date (its month), else a date written day and month first
/// (its month only where one number cannot be a month), read also with a newspaper layout's
/// spaces taken out ([`closed_up`]).
fn line_date(line: &[char]) -> Option<(i32, Option<u32>)> {
    written_date(line).or_else(|| closed_up(line).and_then(|l| written_date(&l)))
}

/// The date a line states as written (see [`line_date`]).
fn written_date(line: &[char]) -> Option<(i32, Option<u32>)> {
    page_date(line)
        .map(|(y, m)| (y, Some(m)))
        .or_else(|| day_first_date(line))
        .or_else(|| chinese_date(line))
}

/// A newspaper page's issue line set with its characters spaced out (2 0 2 4 年 5 月 2 0 日 星期一,
/// as an e-paper's layout prints it): the line with the spaces between digits and 年, 月 and 日
/// taken out, or `None` when no two digits are spaced apart.
fn closed_up(line: &[char]) -> Option<Vec<char>> {
    let part = |c: char| c.is_ascii_digit() || matches!(c, '年' | '月' | '日');
    let space = |c: char| matches!(c, ' ' | '\u{3000}' | '\u{a0}');
    let spaced = line
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && space(w[1]) && w[2].is_ascii_digit());
    if !spaced {
        return None;
    }
    let closed = (0..line.len())
        .filter(|&i| {
            !(space(line[i])
                && i > 0
                && part(line[i - 1])
                && line.get(i + 1).is_some_and(|&c| part(c)))
        })
        .map(|i| line[i])
        .collect();
    Some(closed)
}

/// The digits a year is written with in Chinese numerals (二〇二三年, 二零二三年).
const CHINESE_DIGITS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// How long a line may be that holds a date in Chinese numerals and perhaps its issuer: an
/// official document's date under its signature (西岭县委社会工作部 / 二〇二四年三月十五日).
const MAX_CHINESE_DATE_LINE_CHARS: usize = 24;

/// A date written in Chinese numerals, as an official document dates itself under its
/// signature (二〇二三年十一月五日, 二零二二年十二月): its year and month, on a short line.
fn chinese_date(line: &[char]) -> Option<(i32, Option<u32>)> {
    if line.len() > MAX_CHINESE_DATE_LINE_CHARS {
        return None;
    }
    let digit = |c: char| {
        let c = if c == '零' { '〇' } else { c };
        CHINESE_DIGITS.iter().position(|&d| d == c)
    };
    (0..line.len().saturating_sub(5)).find_map(|i| {
        let year = line[i..i + 4]
            .iter()
            .try_fold(0usize, |y, &c| digit(c).map(|d| y * 10 + d))?;
        if line[i + 4] != '年' || !(1990..=2100).contains(&year) {
            return None;
        }
        let rest = &line[i + 5..];
        let (month, width) = match rest {
            ['十', '一', '月', ..] => (11, 3),
            ['十', '二', '月', ..] => (12, 3),
            ['十', '月', ..] => (10, 2),
            [m, '月', ..] => (digit(*m).filter(|&m| m > 0)? as u32, 2),
            _ => return None,
        };
        // the date ends the line (a day in numerals, 日), after nothing but an issuer: not a
        // founding told in a short line (成立于一九九八年十月)
        let tail = &rest[width..];
        let day_only = tail
            .iter()
            .all(|&c| digit(c).is_some() || matches!(c, '十' | '日' | '号' | ' '));
        let told = line[..i]
            .iter()
            .any(|&c| matches!(c, '于' | '在' | '自' | '从'));
        (day_only && !told).then_some((year as i32, Some(month)))
    })
}

/// Words of data/page-date-lines.txt: what a short date line is.
const PAGE_DATE_LINES: &str = include_str!("../../../../data/page-date-lines.txt");

/// Whether `word` is written somewhere in `line`, a full-width colon read as `:`.
fn line_has(line: &[char], word: &[char]) -> bool {
    let same = |a: char, b: char| a == b || (a == '\u{ff1a}' && b == ':');
    word.first().is_some_and(|&first| {
        (0..line.len()).any(|i| {
            same(line[i], first)
                && line.len() - i >= word.len()
                && line[i..i + word.len()]
                    .iter()
                    .zip(word)
                    .all(|(&a, &b)| same(a, b))
        })
    })
}

/// Whether a line is the page's clock or a crawler's stamp (今天是2024年5月6日 星期一, 当前时间,
/// GMT+8, 2026-2-8 23:40 , Processed in …; data/page-date-lines.txt): the day the page was shown
/// or fetched, which says nothing of when the article was written.
pub fn is_clock_line(line: &[char]) -> bool {
    static WORDS: std::sync::OnceLock<Vec<Vec<char>>> = std::sync::OnceLock::new();
    WORDS
        .get_or_init(|| super::words::tagged_words(PAGE_DATE_LINES, "clock"))
        .iter()
        .any(|w| line_has(line, w))
}

/// Whether a line names itself the article's publication or source line (发布时间:, 来源:,
/// 发表于; data/page-date-lines.txt).
fn names_publication(line: &[char]) -> bool {
    static WORDS: std::sync::OnceLock<Vec<Vec<char>>> = std::sync::OnceLock::new();
    WORDS
        .get_or_init(|| super::words::tagged_words(PAGE_DATE_LINES, "publication"))
        .iter()
        .any(|w| line_has(line, w))
}

/// How long a line that names itself the publication line (发布时间:……来源:……作者:……浏览次数:
/// ……字号:大 中 小) may be and still be page furniture rather than text.
const MAX_LABELLED_DATELINE_CHARS: usize = 80;

/// A year and month without a day on a publication line (发布时间:2023-11, 日期:2023年11月,
/// 2023.11): the month the page was published.
fn year_month(line: &[char]) -> Option<(i32, Option<u32>)> {
    (0..line.len()).find_map(|i| {
        if i > 0 && line[i - 1].is_ascii_digit() {
            return None;
        }
        let (year, end) =
            digits_at(line, i, 4).filter(|&(y, e)| e - i == 4 && (1990..=2100).contains(&y))?;
        let sep = *line.get(end)?;
        if !matches!(sep, '-' | '/' | '.' | '年') {
            return None;
        }
        let (month, m_end) = digits_at(line, end + 1, 2).filter(|&(m, _)| (1..=12).contains(&m))?;
        // (not a full date, which line_date reads, nor a range 2023.11-2024.02 read in halves)
        let closes = match sep {
            '年' => line.get(m_end) == Some(&'月'),
            _ => line
                .get(m_end)
                .is_none_or(|c| !c.is_ascii_digit() && *c != sep),
        };
        closes.then_some((year as i32, Some(month)))
    })
}

/// A date a page's layout sets over two lines, the year on one and the month and day on the
/// other (`2025` above `12/24`, `12-24` beside `2025`): both lines hold nothing else but perhaps
/// a time of day.
fn split_date(year_line: &[char], day_line: &[char]) -> Option<(i32, Option<u32>)> {
    let year_line: Vec<char> = year_line
        .iter()
        .copied()
        .filter(|c| !c.is_whitespace())
        .collect();
    let year_line = year_line.strip_suffix(&['年']).unwrap_or(&year_line);
    let (year, end) = digits_at(year_line, 0, 4)?;
    if end != 4 || year_line.len() != 4 || !(1990..=2100).contains(&year) {
        return None;
    }
    let day_line: Vec<char> = day_line
        .iter()
        .copied()
        .filter(|c| !c.is_whitespace())
        .collect();
    let (month, m_end) = digits_at(&day_line, 0, 2).filter(|&(m, _)| (1..=12).contains(&m))?;
    if !matches!(day_line.get(m_end), Some('/' | '-' | '.' | '月')) {
        return None;
    }
    let (_, d_end) = digits_at(&day_line, m_end + 1, 2).filter(|&(d, _)| (1..=31).contains(&d))?;
    let rest = &day_line[d_end..];
    let rest = rest.strip_prefix(&['日']).unwrap_or(rest);
    // (nothing else on the line, or a time of day: 12/24 19:09 with its space taken out)
    let time_only = rest.iter().all(|c| c.is_ascii_digit() || *c == ':');
    time_only.then_some((year as i32, Some(month)))
}

/// A date written day and month first (`14.11.2021`, `24/12/2025`) or month and day first: the
/// year, and the month where one of the two numbers cannot be a month (14.11.2021 is in
/// November); where both can (03.01.2018), which comes first is not written, so only the year.
fn day_first_date(line: &[char]) -> Option<(i32, Option<u32>)> {
    const FORM: &[u8; 10] = b"dd.dd.dddd";
    line.windows(FORM.len()).enumerate().find_map(|(i, w)| {
        let sep = w[2];
        let fits = matches!(sep, '.' | '/')
            && w[5] == sep
            && w.iter()
                .zip(FORM)
                .all(|(c, f)| *f != b'd' || c.is_ascii_digit());
        let alone = (i == 0 || !line[i - 1].is_ascii_digit())
            && line.get(i + FORM.len()).is_none_or(|c| !c.is_ascii_digit());
        // (the numbers read only where the form fits: its characters are then ASCII digits,
        // where a string per window was a tenth of reading a page's head)
        let number = |from: usize, to: usize| {
            w[from..to]
                .iter()
                .fold(0, |n, c| n * 10 + c.to_digit(10).unwrap_or(0))
        };
        if !(fits && alone) {
            return None;
        }
        let (first, second, year) = (number(0, 2), number(3, 5), number(6, 10) as i32);
        if !(1990..=2100).contains(&year) || first == 0 || second == 0 {
            return None;
        }
        let month = match (first, second) {
            (13..=31, 1..=12) => Some(second),
            (1..=12, 13..=31) => Some(first),
            (1..=12, 1..=12) => None,
            _ => return None,
        };
        Some((year, month))
    })
}

/// A full date (year, month and day) written on a line: `2021-04-07`, `2021/4/7`, `2021.04.07`,
/// `2021年4月7日`.
fn page_date(line: &[char]) -> Option<(i32, u32)> {
    for i in 0..line.len() {
        if i > 0 && line[i - 1].is_ascii_digit() {
            continue;
        }
        let Some((year, end)) =
            digits_at(line, i, 4).filter(|&(y, e)| e - i == 4 && (1990..=2100).contains(&y))
        else {
            continue;
        };
        let sep = line.get(end).copied();
        if !matches!(sep, Some('-' | '/' | '.' | '年')) {
            continue;
        }
        let Some((month, m_end)) =
            digits_at(line, end + 1, 2).filter(|&(m, _)| (1..=12).contains(&m))
        else {
            continue;
        };
        let month_sep = line.get(m_end).copied();
        let day_at = match (sep, month_sep) {
            (Some('年'), Some('月')) => m_end + 1,
            (Some(s), Some(t)) if s == t => m_end + 1,
            _ => continue,
        };
        if digits_at(line, day_at, 2).is_some_and(|(d, _)| (1..=31).contains(&d)) {
            return Some((year as i32, month));
        }
    }
    None
}

/// How far into an undated text's lead its dateline may stand: after a 本报讯 or a reporter's
/// name in brackets (本报讯(记者 王芳 通讯员 李明)2024年12月30日,……), not deep in its story.
const LEAD_DATELINE_REACH: usize = 40;

/// The day and month a lead's dateline gives (本报讯(记者……)12月2日,……; 新华社合肥2月19日电;
/// 衡东融媒12月1日讯), with the year when it is written before them: a day and month ending the
/// lead's first clause or followed by a time of day, 电 or 讯, within its first
/// [`LEAD_DATELINE_REACH`] characters.
pub(super) fn lead_day(lead: &[char]) -> Option<(Option<i32>, u32, u32)> {
    let reach = &lead[..lead.len().min(LEAD_DATELINE_REACH)];
    let first_clause = reach
        .iter()
        .position(|&c| matches!(c, ',' | '。' | ';'))
        .unwrap_or(reach.len());
    (0..first_clause).find_map(|i| {
        if i > 0 && lead[i - 1].is_ascii_digit() {
            return None;
        }
        let (month, m_end) = digits_at(lead, i, 2)
            .filter(|&(m, e)| (1..=12).contains(&m) && lead.get(e) == Some(&'月'))?;
        let (day, d_end) = digits_at(lead, m_end + 1, 2)
            .filter(|&(d, e)| (1..=31).contains(&d) && matches!(lead.get(e), Some('日' | '号')))?;
        let after = &lead[d_end + 1..];
        let opens = after
            .first()
            .is_some_and(|&c| matches!(c, ',' | ' ' | '电' | '讯'))
            || ["上午", "下午", "晚", "凌晨", "早"]
                .iter()
                .any(|w| word_at(after, 0, w));
        if !opens {
            return None;
        }
        let written = (i >= 5 && lead[i - 1] == '年')
            .then(|| {
                digits_at(lead, i - 5, 4).filter(|&(y, e)| e == i - 1 && (1990..=2100).contains(&y))
            })
            .flatten()
            .map(|(y, _)| y as i32);
        // (去年12月5日, 前年: a day of another year, which no dateline gives; 今年 is this one)
        let other_year = written.is_none() && i >= 2 && lead[i - 1] == '年' && lead[i - 2] != '今';
        (!other_year).then_some((written, month, day))
    })
}

/// Words right before a day and month that put it in another year or make it no event's day of
/// the story (去年12月5日, 将于3月5日, 至3月5日).
const NOT_STORY_DAY: &[char] = &['年', '于', '至', '到', '—', '-', '~', '、'];

/// The day and month a lead tells its story on: its dateline's ([`lead_day`]), else the first
/// day and month of its first sentence that opens a clause or is followed by one or by a time
/// of day (为……,3月5日,县委社会工作部……; 3月5日上午,……), without a year before it and not after
/// 去年, 于 or 至 ([`NOT_STORY_DAY`]).
pub(super) fn story_day(lead: &[char]) -> Option<(Option<i32>, u32, u32)> {
    if let Some(day) = lead_day(lead) {
        return Some(day);
    }
    let sentence = &lead[..lead.iter().position(|&c| c == '。').unwrap_or(lead.len())];
    (0..sentence.len()).find_map(|i| {
        if i > 0 && (sentence[i - 1].is_ascii_digit() || NOT_STORY_DAY.contains(&sentence[i - 1])) {
            return None;
        }
        let (month, m_end) = digits_at(sentence, i, 2)
            .filter(|&(m, e)| (1..=12).contains(&m) && sentence.get(e) == Some(&'月'))?;
        let (day, d_end) = digits_at(sentence, m_end + 1, 2).filter(|&(d, e)| {
            (1..=31).contains(&d) && matches!(sentence.get(e), Some('日' | '号'))
        })?;
        let after = &sentence[d_end + 1..];
        let opens = after.first() == Some(&',')
            || ["上午", "下午", "晚", "凌晨"]
                .iter()
                .any(|w| word_at(after, 0, w));
        opens.then_some((None, month, day))
    })
}

/// The date an undated page's lead opens its story with, as a news dateline does (2024年12月30日,
/// 记者从……获悉; 新华社北京2024年12月30日电): the story's date, kept to the month as a page's
/// own date is. A day and month (a year alone opens a period: [`lead_year`](super::lead_year))
/// ending the lead's first clause or followed by a time of day, 电 or 讯. A day written without
/// its year (12月30日,2019年度……年会……举行) takes the year the lead's first sentence names, as
/// an annual event is named with its year, but not a year that is part of a name held or won
/// (举办2024年度……发布仪式), which dates nothing. From January to March a meeting often names
/// the year before (1月8日,召开2024年度总结会; 2月7日,2020年度……总结表彰会召开), so there only a
/// year written without 度 in a first sentence that looks back on no year (总结, 表彰, 述职 …:
/// data/standing-dates.txt `looks_back`) is the story's: the campaigns of the first months are
/// named with the year they open (3月5日,……2026年……志愿服务主题月启动仪式……举行; 3月4日,莆田市2022年
/// “3·5”……启动仪式举行).
pub fn lead_dateline(lead: &[char]) -> Option<DocDate> {
    let (year, month, _) = lead_day(lead)?;
    let year = match year {
        Some(y) => y as u32,
        None => {
            let sentence_end = lead.iter().position(|&c| c == '。').unwrap_or(lead.len());
            let early = month <= EARLY_MONTHS;
            if early && super::words::any_in(&lead[..sentence_end], super::words::looks_back()) {
                return None;
            }
            (0..sentence_end).find_map(|i| {
                let after_digit = i > 0 && lead[i - 1].is_ascii_digit();
                let named = i > 0
                    && (names_a_document_or_event(lead, i) || matches!(lead[i - 1], '比' | '较'));
                digits_at(lead, i, 4)
                    .filter(|&(y, e)| {
                        !named
                            && !after_digit
                            && e - i == 4
                            && lead.get(e) == Some(&'年')
                            && !(early && lead.get(e + 1) == Some(&'度'))
                            && (1990..=2100).contains(&y)
                    })
                    .map(|(y, _)| y)
            })?
        }
    };
    Some(DocDate {
        year: Some(year as i32),
        month: Some(month),
        day: None,
        period: None,
    })
}

/// The months (January to March) in which an event named with a year may name the year before
/// (a review of it, 年度 awards): see [`lead_dateline`].
const EARLY_MONTHS: u32 = 3;

/// The month a lead's dateline gives (本报讯(记者……)12月2日,……; 2024年12月2日,……) to a page
/// dated to its year only (a date line 03.12.2024 whose day and month cannot be told apart, a
/// manifest's year): the dateline's day falls in that year, unless it names another.
pub fn lead_month_of_year(page: &DocDate, lead: &[char]) -> Option<u32> {
    let year = page.year.filter(|_| page.month.is_none())?;
    let (written, month, _) = lead_day(lead)?;
    written.is_none_or(|w| w == year).then_some(month)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_year_only_page_takes_its_leads_month() {
        let year = DocDate::parse(Some("2024"));
        let lead = |t: &str| t.chars().collect::<Vec<char>>();
        assert_eq!(
            lead_month_of_year(
                &year,
                &lead("本报讯(记者 王芳)12月2日,西岭县召开志愿服务工作会议。")
            ),
            Some(12)
        );
        assert_eq!(
            lead_month_of_year(&year, &lead("2024年6月5日上午,西岭区骑手驿站揭牌。")),
            Some(6)
        );
        assert_eq!(
            lead_month_of_year(&year, &lead("2023年6月5日,西岭区骑手驿站揭牌。")),
            None
        );
        let month = DocDate::parse(Some("2024-11"));
        assert_eq!(
            lead_month_of_year(&month, &lead("12月2日,西岭县召开会议。")),
            None
        );
    }

    #[test]
    fn page_dates() {
        let lines: Vec<Vec<char>> = ["黑龙江:社工服务机构230余个", "2021-04-07 09:58 黑龙江日报 打印", "记者从省民政厅获悉,截至目前,全省现有社工服务机构230余个,较2019年增长15%,服务群众1.5万人次,成效显著。"]
            .iter()
            .map(|l| l.chars().collect())
            .collect();
        let date = date_from_lines(lines.iter().map(Vec::as_slice));
        assert_eq!(date.as_of().as_deref(), Some("2021-04"));
        let lines: Vec<Vec<char>> = ["发布时间:2025年01月24日 15:02"]
            .iter()
            .map(|l| l.chars().collect())
            .collect();
        assert_eq!(
            date_from_lines(lines.iter().map(Vec::as_slice))
                .as_of()
                .as_deref(),
            Some("2025-01")
        );
        let lines: Vec<Vec<char>> = ["12月5日是国际志愿者日"]
            .iter()
            .map(|l| l.chars().collect())
            .collect();
        assert_eq!(
            date_from_lines(lines.iter().map(Vec::as_slice)),
            DocDate::default()
        );
    }
}
