//! Dates in a sentence, absolute (2024年1月12日) or relative to the document's date (今年9月底,
//! 去年以来, 截至目前), turned into `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.

/// The document's date as far as the manifest knows it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocDate {
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

impl DocDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; anything else gives an unknown date.
    pub fn parse(text: Option<&str>) -> DocDate {
        let mut parts = text.unwrap_or("").split('-');
        let year = parts.next().and_then(|y| y.parse().ok());
        let month = parts.next().and_then(|m| m.parse().ok());
        let day = parts.next().and_then(|d| d.parse().ok());
        DocDate { year, month, day }
    }

    /// The document date as an `as_of` value, or `None` when unknown.
    pub fn as_of(&self) -> Option<String> {
        Some(format_date(self.year?, self.month, self.day))
    }
}

fn format_date(year: i32, month: Option<u32>, day: Option<u32>) -> String {
    match (month, day) {
        (Some(m), Some(d)) => format!("{year:04}-{m:02}-{d:02}"),
        (Some(m), None) => format!("{year:04}-{m:02}"),
        _ => format!("{year:04}"),
    }
}

/// A date expression in a sentence: where it ends and what it means (`None`: unresolvable, e.g. a
/// relative date in an undated document).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    pub start: usize,
    pub end: usize,
    pub as_of: Option<String>,
}

fn digits_at(chars: &[char], at: usize, max: usize) -> Option<(u32, usize)> {
    let mut end = at;
    while end < chars.len() && end - at < max && chars[end].is_ascii_digit() {
        end += 1;
    }
    if end == at || chars.get(end).is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    let value = chars[at..end].iter().collect::<String>().parse().ok()?;
    Some((value, end))
}

fn word_at(chars: &[char], at: usize, word: &str) -> bool {
    let mut i = at;
    word.chars().all(|w| {
        let ok = chars.get(i) == Some(&w);
        i += 1;
        ok
    })
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
const NOW: &[&str] = &[
    "截至目前",
    "截止目前",
    "目前",
    "如今",
    "眼下",
    "当前",
    "现有",
    "今年以来",
    "去年以来",
    "近年来",
    "近期",
    "日前",
];

/// Finds the date expressions of a sentence.
pub fn find_dates(chars: &[char], doc: &DocDate) -> Vec<DateMention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
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
                    None => (None, None),
                };
                out.push(DateMention {
                    start: i,
                    end,
                    as_of: Some(format_date(year as i32, month, day)),
                });
                i = end;
                continue;
            }
        }
        if word_at(chars, i, "今年") || word_at(chars, i, "本年") {
            let after = i + 2;
            if let Some((m, d, end)) = month_day(chars, after) {
                out.push(DateMention {
                    start: i,
                    end,
                    as_of: doc.year.map(|y| format_date(y, Some(m), d)),
                });
                i = end;
                continue;
            }
            if word_at(chars, after, "以来") {
                out.push(DateMention {
                    start: i,
                    end: after + 2,
                    as_of: doc.as_of(),
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
                    as_of: doc.year.map(|y| format_date(y, Some(3), None)),
                });
                i = k + 4;
                continue;
            }
            out.push(DateMention {
                start: i,
                end: after,
                as_of: doc.year.map(|y| format_date(y, None, None)),
            });
            i = after;
            continue;
        }
        if let Some(word) = NOW.iter().find(|w| word_at(chars, i, w)) {
            let end = i + word.chars().count();
            out.push(DateMention {
                start: i,
                end,
                as_of: doc.as_of(),
            });
            i = end;
            continue;
        }
        // 去年 (a time), but not 比去年/较去年 (a comparison)
        if word_at(chars, i, "去年") && !(i > 0 && matches!(chars[i - 1], '比' | '较')) {
            out.push(DateMention {
                start: i,
                end: i + 2,
                as_of: doc.year.map(|y| format_date(y - 1, None, None)),
            });
            i += 2;
            continue;
        }
        if word_at(chars, i, "全年") {
            out.push(DateMention {
                start: i,
                end: i + 2,
                as_of: doc.year.map(|y| format_date(y, None, None)),
            });
            i += 2;
            continue;
        }
        // M月[D日] without a year: this year of the document
        if i == 0 || !chars[i - 1].is_ascii_digit() {
            if let Some((m, d, end)) = month_day(chars, i) {
                out.push(DateMention {
                    start: i,
                    end,
                    as_of: doc.year.map(|y| format_date(y, Some(m), d)),
                });
                i = end;
                continue;
            }
        }
        i += 1;
    }
    out
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
    }
}
