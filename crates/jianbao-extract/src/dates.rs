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

    /// Whether the text reviews the year before the one it was published in (a 2024年工作综述
    /// published in January 2025): written at that year's end, its "this year" is that year
    /// (its 目前 and 如今 are still its publication date).
    fn reviews_last_year(&self) -> bool {
        matches!((self.period, self.year), (Some(p), Some(y)) if y == p + 1)
    }

    /// What 目前 and 截至目前 mean: the document's date (a review of 2024 published in 2025
    /// states its 如今 in 2025), else the year an undated text reports.
    pub fn now(&self) -> Option<String> {
        self.as_of()
            .or_else(|| self.period.map(|y| format_date(y, None, None)))
    }

    /// The year 今年 names: the document's, but a review's year for a review of the year before,
    /// else the year an undated text reports.
    fn written_year(&self) -> Option<i32> {
        if self.reviews_last_year() {
            return self.period;
        }
        self.year.or(self.period)
    }

    /// The year of 全年 and 今年以来 (see [`DocDate::written_year`]).
    fn this_year(&self) -> Option<String> {
        self.written_year().map(|y| format_date(y, None, None))
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

/// How far after `YYYY年` a review word may stand in a title: the department's name may come
/// between (2025年度县委社会工作部工作总结).
const REVIEW_WORD_REACH: usize = 15;

/// Words right before a year in a title that make the text a review of that year (回眸2024,
/// 盘点2024年): a review written looking back names the year after its verb.
const REVIEW_VERBS: &[&str] = &["回眸", "回望", "回首", "回顾", "盘点"];

/// How many characters (a separator: ·, |, a space) may stand between a review verb and the
/// year it looks back on.
const REVIEW_VERB_GAP: usize = 1;

/// The year a review reports on, from its title: 《山西省委社会工作部2024年工作综述》 published in
/// 2025 describes 2024, so its figures without a date of their own are 2024's; so does a title
/// that looks back on the year with a verb before it (回眸2024|……, 盘点2024年……).
pub fn review_year(title: &[char]) -> Option<i32> {
    (0..title.len()).find_map(|i| {
        if i > 0 && title[i - 1].is_ascii_digit() {
            return None;
        }
        let (year, end) =
            digits_at(title, i, 4).filter(|&(y, e)| e - i == 4 && (1990..=2100).contains(&y))?;
        let looked_back = REVIEW_VERBS.iter().any(|w| {
            let n = w.chars().count();
            (0..=REVIEW_VERB_GAP).any(|gap| i >= n + gap && word_at(title, i - n - gap, w))
        });
        if looked_back {
            return Some(year as i32);
        }
        if title.get(end) != Some(&'年') {
            return None;
        }
        let window = &title[end + 1..(end + 1 + REVIEW_WORD_REACH).min(title.len())];
        REVIEW_WORDS
            .iter()
            .any(|w| (0..window.len()).any(|k| word_at(window, k, w)))
            .then_some(year as i32)
    })
}

/// Words in a title or lead that make the text a review of a year without naming it: 一年来,
/// 过去一年, 年终盘点, 年度总结 ….
const YEAR_REVIEW_WORDS: &[&str] = &[
    "一年来",
    "过去一年",
    "过去的一年",
    "这一年",
    "年终",
    "年度盘点",
    "年度总结",
    "年度回顾",
    "全年工作",
];

/// The last month of the next year in which a review of a year is still published (年终
/// reviews and work reports come out from December to March).
const LAST_REVIEW_MONTH: u32 = 3;

/// The year a review reports when its title or lead (`text`) says it reviews a year without
/// naming it (一年来, 年终盘点): published early in the next year (January to March), the year
/// before; published in December, that year. Other months: none (一年来 in June is the last
/// twelve months, dated by the article's month).
pub fn unnamed_review_year(text: &[char], doc: &DocDate) -> Option<i32> {
    let (year, month) = (doc.year?, doc.month?);
    let reviews = (0..text.len()).any(|i| YEAR_REVIEW_WORDS.iter().any(|w| word_at(text, i, w)));
    match month {
        _ if !reviews => None,
        12 => Some(year),
        m if m <= LAST_REVIEW_MONTH => Some(year - 1),
        _ => None,
    }
}

/// The year a dated text reviews when its lead opens with it (2024年,西岭区委社会工作部……) and it
/// was published early in the next year (January to March): a year-end review sets its year
/// first and tells the year's work after it.
pub fn lead_review_year(lead: &[char], doc: &DocDate) -> Option<i32> {
    let (year, month) = (doc.year?, doc.month?);
    lead_year(lead).filter(|&y| y + 1 == year && month <= LAST_REVIEW_MONTH)
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
/// 始于 (their story began in) is told the same way.
const FOUNDING: &[&str] = &["成立", "组建", "创建", "创立", "建立", "挂牌", "始"];

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

/// Verbs of holding or winning something named with its year (举办2024年度……发布仪式, 荣获2023年度
/// ……称号, 印发2024年……方案): the year is part of the name, not the period of any figure.
const NAMING_VERBS: &[&str] = &[
    "举办", "举行", "召开", "荣获", "获评", "入选", "评为", "获得", "印发", "出台", "制定",
];

/// Whether the year at `start` is part of a name: inside a document's title (《泗县2023年……方案》)
/// or right after a verb that holds or wins something named with its year ([`NAMING_VERBS`]).
fn names_a_document_or_event(chars: &[char], start: usize) -> bool {
    let in_title = chars[..start]
        .iter()
        .rev()
        .find(|&&c| matches!(c, '《' | '》'))
        .is_some_and(|&c| c == '《');
    let after_verb = NAMING_VERBS.iter().any(|w| {
        let n = w.chars().count();
        start >= n && word_at(chars, start - n, w)
    });
    in_title || after_verb
}

/// The end of 以来 (or 份以来) right after a date at `end`: the date opens a span that runs
/// to the text's own "now" (自2018年以来累计……), so it is the span's start, not its period.
fn since_end(chars: &[char], end: usize) -> Option<usize> {
    let at = end + usize::from(chars.get(end) == Some(&'份'));
    word_at(chars, at, "以来").then_some(at + 2)
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
    "已有",
    "今年以来",
    "去年以来",
    "近期",
    "近日",
    "日前",
];

/// Words of years past (近年来累计培育……): the stock as it grew over years, which the text dates
/// to no month; they open a sentence and hold for all of it.
pub const YEARS_PAST: &[&str] = &["近年来", "多年来", "历年来", "近几年", "这些年来"];

/// Words of a standing description (先后建成……, 全市共有……, 累计服务……): the stock as it stands,
/// which the text dates to no month; they hold for their own clause and the 其中 clauses that
/// split it. 现有, 已有 and 目前 (in [`NOW`]) say "now" instead and date a figure to the
/// article's month.
pub const STANDING: &[&str] = &["先后", "累计", "共有", "拥有", "建成"];

/// Words of a place's profile (辖区面积1.6平方公里,有居民楼58栋……; 下辖6个网格): the place as it
/// stands, which the text dates to no month; they hold for the rest of their sentence, whose
/// clauses go on listing the place's make-up (有居民……户, 商户……家).
pub const PROFILE: &[&str] = &[
    "辖区面积",
    "辖区内有",
    "辖区有",
    "下辖",
    "总面积",
    "常住人口",
    "户籍人口",
];

/// Verbs after a figure that make 共有 count the takers of an event rather than a stock (共有286个
/// 社会组织获得称号, 共有300名志愿者参与): a reported event, dated as events are.
const EVENT_VERBS: &[&str] = &["获", "参加", "参与", "入选", "受到", "报名", "被评"];

/// Where a clause ends for a standing word's reach: punctuation, and the brackets and spaces
/// that set off the items of a page's list (…超3000家 [2] - 云南省……).
fn ends_clause(c: char) -> bool {
    (crate::catalog::is_clause_break(c) && !matches!(c, '、' | '(' | ')'))
        || matches!(c, '[' | ']' | '【' | '】' | ' ' | '\u{3000}')
}

/// Where the clause of the figure at `figure_start` begins, a 其中 clause reaching back to the
/// clause it splits (全市共有商会37家,其中乡镇商会11家).
fn standing_clause_start(s: &[char], figure_start: usize) -> usize {
    let reach = figure_start.saturating_sub(STANDING_REACH);
    let mut start = figure_start.min(s.len());
    loop {
        let begins = s[reach.min(start)..start]
            .iter()
            .rposition(|&c| ends_clause(c))
            .map_or(reach.min(start), |i| reach.min(start) + i + 1);
        if begins > 0 && word_at(s, begins, "其中") {
            start = begins - 1;
            continue;
        }
        return begins;
    }
}

/// How far before a figure [`standing`] reads its sentence (for a standing or years-past word,
/// a 以来, its clause's start): farther back a long sentence is about other figures, and a
/// bounded reach keeps a page-long unpunctuated sentence linear in its length.
const STANDING_REACH: usize = 240;
/// How far after a figure an event's verb (共有N人参与) is looked for.
const EVENT_REACH: usize = 40;

/// How a figure without a date of its own stands ([`standing`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Not a standing figure: a reported event's, dated as events are.
    No,
    /// Described as it stands (先后, 累计, 共有 …): its paragraph's date still holds for it.
    AsItStands,
    /// Grown over years (近年来, 多年来 …): no single year an earlier sentence named is its.
    OverYears,
}

/// How the figure starting at `figure_start` in sentence `s` stands: over years with a word of
/// years past ([`YEARS_PAST`]) before it in its sentence, else as it stands with a standing word
/// ([`STANDING`]) in its clause (共有 not before an event's verb, [`EVENT_VERBS`]) or a
/// profile's word ([`PROFILE`]) before it in its sentence (not before an event's verb); either only
/// with no 以来 (a span that runs to the text's "now": 成立以来, 自……以来) before it and no date
/// before it in its sentence other than a history's (成立于2015年, 1968年出生, 《2023年……方案》),
/// which dates nothing.
pub fn standing(s: &[char], dates: &[DateMention], figure_start: usize) -> Standing {
    let figure_start = figure_start.min(s.len());
    let before = &s[figure_start.saturating_sub(STANDING_REACH)..figure_start];
    let history =
        |d: &DateMention| d.as_of.is_none() && s.get(d.start).is_some_and(|c| c.is_ascii_digit());
    let finds = |text: &[char], word: &str| (0..text.len()).any(|i| word_at(text, i, word));
    let clause = &s[standing_clause_start(s, figure_start)..figure_start];
    let rest = &s[figure_start..(figure_start + EVENT_REACH).min(s.len())];
    let rest = &rest[..rest
        .iter()
        .position(|&c| ends_clause(c))
        .unwrap_or(rest.len())];
    let event = EVENT_VERBS.iter().any(|w| finds(rest, w));
    let standing_word = STANDING
        .iter()
        .any(|w| finds(clause, w) && !(matches!(*w, "共有" | "拥有") && event))
        || (PROFILE.iter().any(|w| finds(before, w)) && !event);
    let undated =
        dates.iter().filter(|d| d.end <= figure_start).all(history) && !finds(before, "以来");
    if !undated {
        Standing::No
    } else if YEARS_PAST.iter().any(|w| finds(before, w)) {
        Standing::OverYears
    } else if standing_word {
        Standing::AsItStands
    } else {
        Standing::No
    }
}

/// The dates in force when a figure's own sentence gives it none.
pub struct InForce<'a> {
    /// The last date an earlier sentence of the paragraph gave.
    pub carried: &'a Option<String>,
    /// The lead's statistical cut-off (据……显示,截至2018年底,……).
    pub cutoff: &'a Option<String>,
    /// The article's own date (its month, or the year a review or undated text reports).
    pub article: &'a Option<String>,
}

/// The `as_of` of the figure at `figure_start` in sentence `s` (devcorpus/README.md, `as_of`):
/// the nearest resolved date before it in its sentence; after an undated "now" word (目前 on a
/// page without a date), none; a standing figure ([`standing`]) never the article's month (see
/// there for the rest); any other figure the carried date, the cut-off, else the article's date.
pub fn figure_as_of(
    s: &[char],
    dates: &[DateMention],
    figure_start: usize,
    in_force: InForce,
) -> Option<String> {
    let stated = dates
        .iter()
        .rev()
        .filter(|d| d.end <= figure_start)
        .find_map(|d| figure_date(s, d));
    if let Some(cut_off) = bracketed_cut_off(s, dates, figure_start) {
        return Some(cut_off);
    }
    if stated.is_some() {
        return stated;
    }
    if follows_undated_now(s, dates, figure_start) {
        return None;
    }
    // a figure grown over years takes no single year an earlier sentence named; one described
    // as it stands keeps its paragraph's date (今年以来,……。累计……); both keep the lead's
    // cut-off, and of the article's own date only the year a review or year-only page reports
    let standing = standing(s, dates, figure_start);
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

/// What the date mention `d` of sentence `s` dates a figure to: a cut-off (截至2022年2月15日)
/// or a deadline (3月8日前) to the day it names; an event's day (2025年1月25日,……举办) to its
/// month, as an event's figures are reported by the month they fall in.
pub fn figure_date(s: &[char], d: &DateMention) -> Option<String> {
    let date = d.as_of.clone()?;
    let cut_off = d.start >= 2 && matches!(&s[d.start - 2..d.start], ['截', '至' | '止']);
    let deadline = matches!(s.get(d.end), Some('前'));
    if date.len() == "YYYY-MM-DD".len() && !cut_off && !deadline {
        return Some(date[.."YYYY-MM".len()].to_owned());
    }
    Some(date)
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

/// Whether the figure at `figure_start` follows a "now" word of its sentence ([`NOW`]) that the
/// article gives no date for (目前 on an undated page): the text says "now", so a year named in
/// an earlier sentence is not the figure's.
pub fn follows_undated_now(s: &[char], dates: &[DateMention], figure_start: usize) -> bool {
    dates
        .iter()
        .rev()
        .find(|d| d.end <= figure_start)
        .is_some_and(|d| d.as_of.is_none() && NOW.iter().any(|w| word_at(s, d.start, w)))
}

/// Words for "the past year" whose year only the text around them tells.
pub const PAST_YEAR: &[&str] = &["过去一年", "过去的一年", "一年来"];

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
                let named = names_a_document_or_event(chars, i);
                // 自2018年以来, 2022年10月份以来: a span that runs to the text's "now"
                let since = since_end(chars, end);
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
            if let Some((m, d, end)) = month_day(chars, after) {
                let since = since_end(chars, end);
                out.push(DateMention {
                    start: i,
                    end: since.unwrap_or(end),
                    as_of: month_day_as_of(doc, m, d, since.is_some()),
                });
                i = since.unwrap_or(end);
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
        // M月[D日] without a year: this year of the document
        if i == 0 || !chars[i - 1].is_ascii_digit() {
            if let Some((m, d, end)) = month_day(chars, i) {
                let since = since_end(chars, end);
                out.push(DateMention {
                    start: i,
                    end: since.unwrap_or(end),
                    as_of: month_day_as_of(doc, m, d, since.is_some()),
                });
                i = since.unwrap_or(end);
                continue;
            }
        }
        i += 1;
    }
    restate_years_of_precise_dates(&mut out);
    out
}

/// The date of `M月[D日]` in the year the document writes in, or, opening a span that runs to
/// now (3月以来, 今年5月份以来), the document's "now".
fn month_day_as_of(doc: &DocDate, month: u32, day: Option<u32>, since: bool) -> Option<String> {
    if since {
        return doc.now();
    }
    doc.written_year().map(|y| format_date(y, Some(month), day))
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
