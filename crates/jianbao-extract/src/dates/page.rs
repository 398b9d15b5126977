//! The publication date a page states about itself (a dateline, 发布时间, a CMS footer), for
//! sources without a manifest date: page furniture, read apart from the text's own dates.

use super::history::names_a_document_or_event;
use super::{digits_at, word_at, DocDate};

/// How many lines at the top of a page (and at its foot) may carry its publication date.
pub(crate) const DATE_LINES: usize = 30;
/// A line longer than this is text, not a dateline or a 发布时间 line.
pub(crate) const MAX_DATELINE_CHARS: usize = 60;

/// The publication date a page states about itself, for sources without a manifest date:
/// `2021-04-07 09:58`, `发布时间:2018-11-27`, `2025年01月24日 15:02` on a short line near the
/// top or the foot of the page (page furniture, datelines). Kept to the month, as a figure of
/// 目前 or 近日 is known to that precision. Unknown when no such line exists: a date inside the
/// text (12月5日, 2019年) is an event's, not the page's.
pub fn date_from_lines<'a>(lines: impl DoubleEndedIterator<Item = &'a [char]> + Clone) -> DocDate {
    let head = lines.clone().take(DATE_LINES);
    let foot = lines.rev().take(DATE_LINES);
    for line in head.chain(foot) {
        if line.len() > MAX_DATELINE_CHARS {
            continue;
        }
        if let Some((year, month)) = page_date(line) {
            return DocDate {
                year: Some(year),
                month: Some(month),
                day: None,
                period: None,
            };
        }
        if let Some(year) = dotted_year(line) {
            return DocDate {
                year: Some(year),
                ..DocDate::default()
            };
        }
    }
    DocDate::default()
}

/// The year of a date written day and month first (`03.01.2018`): whether the day or the month
/// comes first is not written, so only the year is known.
fn dotted_year(line: &[char]) -> Option<i32> {
    const FORM: &[u8; 10] = b"dd.dd.dddd";
    line.windows(FORM.len()).enumerate().find_map(|(i, w)| {
        let fits = w.iter().zip(FORM).all(|(c, f)| {
            if *f == b'd' {
                c.is_ascii_digit()
            } else {
                *c == char::from(*f)
            }
        });
        let alone = (i == 0 || !line[i - 1].is_ascii_digit())
            && line.get(i + FORM.len()).is_none_or(|c| !c.is_ascii_digit());
        // (the year read only where the form fits: its four characters are then ASCII digits,
        // where a string per window was a tenth of reading a page's head)
        let year = (fits && alone).then(|| {
            w[6..]
                .iter()
                .fold(0, |y, c| y * 10 + c.to_digit(10).unwrap_or(0) as i32)
        })?;
        (1990..=2100).contains(&year).then_some(year)
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

/// The date an undated page's lead opens its story with, as a news dateline does (2024年12月30日,
/// 记者从……获悉; 新华社北京2024年12月30日电): the story's date, kept to the month as a page's
/// own date is. A day and month (a year alone opens a period: [`lead_year`](super::lead_year))
/// ending the lead's first clause or followed by a time of day, 电 or 讯. A day written without
/// its year (12月30日,2019年度……年会……举行) takes the year the lead's first sentence names, as
/// an annual event is named with its year; not from January to March, when a meeting often
/// names the year before (1月8日,召开2024年度总结会), and not a year that is part of a name
/// held or won (举办2024年度……发布仪式), which dates nothing.
pub fn lead_dateline(lead: &[char]) -> Option<DocDate> {
    let reach = &lead[..lead.len().min(LEAD_DATELINE_REACH)];
    let first_clause = reach
        .iter()
        .position(|&c| matches!(c, ',' | '。' | ';'))
        .unwrap_or(reach.len());
    let (year, month) = (0..first_clause).find_map(|i| {
        if i > 0 && lead[i - 1].is_ascii_digit() {
            return None;
        }
        let (month, m_end) = digits_at(lead, i, 2)
            .filter(|&(m, e)| (1..=12).contains(&m) && lead.get(e) == Some(&'月'))?;
        let d_end = digits_at(lead, m_end + 1, 2)
            .filter(|&(d, e)| (1..=31).contains(&d) && matches!(lead.get(e), Some('日' | '号')))?
            .1;
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
            .map(|(y, _)| y);
        Some((written, month))
    })?;
    let year = match year {
        Some(y) => y,
        None if month > 3 => {
            let sentence_end = lead.iter().position(|&c| c == '。').unwrap_or(lead.len());
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
                            && (1990..=2100).contains(&y)
                    })
                    .map(|(y, _)| y)
            })?
        }
        None => return None,
    };
    Some(DocDate {
        year: Some(year as i32),
        month: Some(month),
        day: None,
        period: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
