//! Dates in a sentence, absolute (2024年1月12日) or relative to the document's date (今年9月底,
//! 去年以来, 截至目前), turned into `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.

/// The document's date as far as the manifest knows it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocDate {
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
    /// The year the text reports, when its title or lead says so rather than its date: a review
    /// of 2014 published in 2015 ([`review_year`]), an undated text that opens 2017年, … or
    /// 2023年度 … ([`lead_year`]). Figures without a date of their own are that year's.
    pub period: Option<i32>,
}

impl DocDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; anything else gives an unknown date.
    pub fn parse(text: Option<&str>) -> DocDate {
        let mut parts = text.unwrap_or("").split('-');
        let year = parts.next().and_then(|y| y.parse().ok());
        let month = parts.next().and_then(|m| m.parse().ok());
        let day = parts.next().and_then(|d| d.parse().ok());
        DocDate {
            year,
            month,
            day,
            period: None,
        }
    }

    /// What 目前 and 截至目前 mean: the document's date (a review of 2024 published in 2025
    /// states its 如今 in 2025), else the year an undated text reports.
    fn now(&self) -> Option<String> {
        self.as_of()
            .or_else(|| self.period.map(|y| format_date(y, None, None)))
    }

    /// The year of 全年 and 今年以来: the document's, else the year an undated text reports.
    fn this_year(&self) -> Option<String> {
        self.year
            .or(self.period)
            .map(|y| format_date(y, None, None))
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

/// How many lines at the top of a page (and at its foot) may carry its publication date.
const DATE_LINES: usize = 30;
/// A line longer than this is text, not a dateline or a 发布时间 line.
const MAX_DATELINE_CHARS: usize = 60;

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
    const FORM: &str = "dd.dd.dddd";
    let form: Vec<char> = FORM.chars().collect();
    line.windows(form.len()).enumerate().find_map(|(i, w)| {
        let fits = w.iter().zip(&form).all(|(c, f)| {
            if *f == 'd' {
                c.is_ascii_digit()
            } else {
                c == f
            }
        });
        let alone = (i == 0 || !line[i - 1].is_ascii_digit())
            && line.get(i + form.len()).is_none_or(|c| !c.is_ascii_digit());
        let year: i32 = w[6..].iter().collect::<String>().parse().ok()?;
        (fits && alone && (1990..=2100).contains(&year)).then_some(year)
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

/// Words after `YYYY年` in a title that make the text a review of that year (2024年工作综述).
const REVIEW_WORDS: &[&str] = &[
    "综述",
    "总结",
    "回顾",
    "盘点",
    "年报",
    "工作报告",
    "成绩单",
    "述职",
    "年终",
];

/// The year a review reports on, from its title: 《山西省委社会工作部2024年工作综述》 published in
/// 2025 describes 2024, so its figures without a date of their own are 2024's.
pub fn review_year(title: &[char]) -> Option<i32> {
    (0..title.len()).find_map(|i| {
        if i > 0 && title[i - 1].is_ascii_digit() {
            return None;
        }
        let (year, end) =
            digits_at(title, i, 4).filter(|&(y, e)| e - i == 4 && (1990..=2100).contains(&y))?;
        if title.get(end) != Some(&'年') {
            return None;
        }
        let window = &title[end + 1..(end + 10).min(title.len())];
        REVIEW_WORDS
            .iter()
            .any(|w| (0..window.len()).any(|k| word_at(window, k, w)))
            .then_some(year as i32)
    })
}

/// The year an article's lead paragraph (`s`) says it reports, for a text without a date of its
/// own: a lead that opens a clause with the year (据介绍,2017年,北京新建成……; a yearbook's
/// 【概况】 2013年,成武县……). A 年度 in the lead names an award or a meeting as often as a
/// period (2024年度全国志愿服务先进典型), so it says nothing.
pub fn lead_year(s: &[char]) -> Option<i32> {
    (0..s.len()).find_map(|i| {
        if i > 0 && s[i - 1].is_ascii_digit() {
            return None;
        }
        let (year, end) =
            digits_at(s, i, 4).filter(|&(y, e)| e - i == 4 && (1990..=2100).contains(&y))?;
        if s.get(end) != Some(&'年') {
            return None;
        }
        let opens_clause = i == 0 || matches!(s[i - 1], ',' | ' ' | '】' | ':');
        let states_period = s.get(end + 1) == Some(&',') && opens_clause;
        states_period.then_some(year as i32)
    })
}

/// Words after a date that make it a person's (or a thing's) history, not the period a figure
/// reports: 1965年出生, 1992年参加工作, 2001年入党.
const BIOGRAPHY: &[&str] = &[
    "出生",
    "起担任",
    "担任",
    "调任",
    "当选",
    "生人",
    "参加工作",
    "入党",
    "毕业",
    "入伍",
    "参军",
    "任职",
    "起任",
    "至今",
];

/// Verbs of founding: a year written right before one and its clause's end (协会于2009年成立,
/// 2009年成立以来) or right after 成立于 dates the founding, a history the text tells, not the
/// period of the figures around it (2023年成立社工站50个 names what was founded: a figure's year).
const FOUNDING: &[&str] = &["成立", "组建", "创建", "创立", "建立", "挂牌"];

/// Whether the date at `start..end` is a founding's: after 成立于 …, or before 成立 and then a
/// clause break, 以来 or 的.
fn founding_year(chars: &[char], start: usize, end: usize) -> bool {
    let after_verb = FOUNDING.iter().any(|w| {
        let n = w.chars().count();
        start > n && chars[start - 1] == '于' && word_at(chars, start - n - 1, w)
    });
    let before_verb = FOUNDING.iter().any(|w| {
        let n = w.chars().count();
        word_at(chars, end, w)
            && chars
                .get(end + n)
                .is_none_or(|&c| crate::catalog::is_clause_break(c) || matches!(c, '的' | '以'))
    });
    after_verb || before_verb
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

/// Words for "the past year" whose year only the text around them tells.
pub const PAST_YEAR: &[&str] = &["过去一年", "一年来"];

/// The characters a date written in words can start with (all other dates start with a digit):
/// the first characters of 今年, 本年, 去年, 全年 and of [`NOW`] and [`PAST_YEAR`].
fn date_word_starts() -> &'static [char] {
    static STARTS: std::sync::OnceLock<Vec<char>> = std::sync::OnceLock::new();
    STARTS.get_or_init(|| {
        let mut starts: Vec<char> = ["今年", "本年", "去年", "全年"]
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
                    None => (None, None),
                };
                let biography = BIOGRAPHY.iter().any(|w| word_at(chars, end, w))
                    || founding_year(chars, i, end);
                // 比2003年减少57%: the base of a comparison, not the period of the figure
                let compared = i > 0 && matches!(chars[i - 1], '比' | '较');
                out.push(DateMention {
                    start: i,
                    end,
                    as_of: (!biography && !compared).then(|| format_date(year as i32, month, day)),
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
            if let Some((m, d, end)) = month_day(chars, after) {
                out.push(DateMention {
                    start: i,
                    end,
                    as_of: doc.year.map(|y| format_date(y, Some(m), d)),
                });
                i = end;
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
            // 2024年12月31日,记者……获悉,截至目前: the day the news gives is its 目前
            let reported_day = out
                .iter()
                .rev()
                .filter_map(|d| d.as_of.as_deref())
                .find(|d| d.len() == "YYYY-MM-DD".len())
                .map(|d| d[.."YYYY-MM".len()].to_owned());
            let as_of = match *word {
                "去年以来" => doc.this_year(),
                _ => reported_day.or_else(|| doc.now()),
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
    restate_years_of_precise_dates(&mut out);
    out
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
    fn reviews_report_their_year() {
        let title: Vec<char> = "山西省委社会工作部2024年工作综述".chars().collect();
        assert_eq!(review_year(&title), Some(2024));
        let title: Vec<char> = "2025年志愿服务工作要点".chars().collect();
        assert_eq!(review_year(&title), None);
    }

    #[test]
    fn page_dates_and_biographies() {
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
