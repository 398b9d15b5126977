//! The year a review or an undated text reports (2024年工作综述 published in 2025, 一年来 in
//! January, a lead opening 2017年,……): a period the title or lead gives for the whole text,
//! read once per article.

use super::{digits_at, word_at, DocDate};

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
    "亮点",
    "大事记",
];

/// How far after `YYYY年` a review word may stand in a title: the department's name may come
/// between (2025年度县委社会工作部工作总结).
const REVIEW_WORD_REACH: usize = 15;

/// Words right before a year in a title that make the text a review of that year (回眸2024,
/// 盘点2024年): a review written looking back names the year after its verb.
const REVIEW_VERBS: &[&str] = &["回眸", "回望", "回首", "回顾", "盘点", "总结", "细数"];

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
    "工作综述",
    "年度综述",
    "年度工作总结",
    "年度工作回顾",
    "年度报告",
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
/// first and tells the year's work after it. A lead that says so besides (2021年,本市……。一年来,
/// ……; ……全年……) is that year's review whenever in the next year it was published: work
/// reports and yearbooks often come out later than March.
pub fn lead_review_year(lead: &[char], doc: &DocDate) -> Option<i32> {
    let (year, month) = (doc.year?, doc.month?);
    let says_review = || {
        (0..lead.len()).any(|i| {
            YEAR_REVIEW_WORDS
                .iter()
                .chain(&["全年"])
                .any(|w| word_at(lead, i, w))
        })
    };
    lead_year(lead).filter(|&y| y + 1 == year && (month <= LAST_REVIEW_MONTH || says_review()))
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
        let opens_clause =
            i == 0 || matches!(s[i - 1], ',' | ' ' | '】' | ':') || after_dateline(&s[..i]);
        // (2019年,县12345热线正式开通。: a founding's year, a history, not the period reported)
        let sentence_end = s[end..]
            .iter()
            .position(|&c| matches!(c, '。' | '!' | '！' | '?' | '？' | '\n'))
            .map_or(s.len(), |k| end + k + 1);
        let founding = super::history::opens_a_founding(&s[..sentence_end], end + 1);
        let states_period = s.get(end + 1) == Some(&',') && opens_clause && !founding;
        states_period.then_some(year as i32)
    })
}

/// How far into a lead a news dateline and its byline reach (阳光讯(记者 高小雨 通讯员 郑懿)).
const DATELINE_REACH: usize = 40;

/// Whether `before` (the lead up to a year) is a news dateline, perhaps with its byline in
/// brackets: 本报讯, 新华社西安电, 阳光讯(记者 王芳 通讯员 李明), 融媒体中心讯(记者 张三): a
/// year written right after it opens the story's first clause as a year written first does.
fn after_dateline(before: &[char]) -> bool {
    if before.len() > DATELINE_REACH {
        return false;
    }
    let before: Vec<char> = before
        .iter()
        .copied()
        .filter(|c| !c.is_whitespace())
        .collect();
    let dateline = match before.last() {
        Some(')' | '\u{ff09}') => {
            let open = before.iter().rposition(|&c| matches!(c, '(' | '\u{ff08}'));
            open.map_or(&before[..0], |o| &before[..o])
        }
        _ => &before[..],
    };
    matches!(dateline.last(), Some('讯' | '电'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reviews_report_their_year() {
        let title: Vec<char> = "山西省委社会工作部2024年工作综述".chars().collect();
        assert_eq!(review_year(&title), Some(2024));
        let title: Vec<char> = "2025年志愿服务工作要点".chars().collect();
        assert_eq!(review_year(&title), None);
    }
}
