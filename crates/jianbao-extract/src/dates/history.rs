//! Years that date nothing: a person's biography, a founding, a document's or an event's name.
//! They are written like any date (1968年, 2015年成立, 《2023年……方案》) but tell a history, not
//! the period of the figures around them, so reading a sentence's dates marks them unresolved.

use super::word_at;

/// Words after a date that make it a person's (or a thing's) history, not the period a figure
/// reports: 1965年出生, 1992年参加工作, 2001年入党.
pub(super) const BIOGRAPHY: &[&str] = &[
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

/// Words after a date that make it an honour a unit or person won (该社区2019年被评为全国示范社区,
/// 2021年荣获……称号): a history the text tells about its subject, like a biography, not the
/// period of the figures its sentence goes on to give.
pub(super) const HONOURS: &[&str] = &[
    "被评为",
    "被评选为",
    "被授予",
    "被命名为",
    "被确定为",
    "获评",
    "荣获",
    "入选",
];

/// Verbs of founding: a year written right before one and its clause's end (协会于2009年成立,
/// 2009年成立以来) or right after 成立于 dates the founding, a history the text tells, not the
/// period of the figures around it (2023年成立社工站50个 names what was founded: a figure's year).
/// 始于 (their story began in) is told the same way, and so is a launch (驿站于2023年3月投入使用,
/// 2024年5月揭牌以来): the figures after it count what the place has done since, up to the text's
/// "now", not in the month it opened.
const FOUNDING: &[&str] = &[
    "成立",
    "创办",
    "始建",
    "组建",
    "创建",
    "创立",
    "建立",
    "挂牌",
    "始",
    "投入使用",
    "投入运营",
    "投用",
    "启用",
    "揭牌",
    "开通",
    "上线",
    "开馆",
    "开业",
    // 驿站建成于2020年2月, 中心落成于2019年: a building's completion told as its founding
    "建成",
    "落成",
];

/// Words between a founding's year and its verb that say how it was founded (2016年正式成立,
/// 2014年注册成立, 2019年依法登记成立).
const FOUNDING_ADVERBS: &[&str] = &["正式", "注册", "登记", "依法登记", "依法注册", "经批准"];

/// Whether the date at `start..end` is a founding's: after 成立于 …, or before 成立 and then a
/// clause break, 以来 or 的.
pub(super) fn founding_year(chars: &[char], start: usize, end: usize) -> bool {
    let after_verb = FOUNDING.iter().any(|w| {
        let n = w.chars().count();
        start > n && chars[start - 1] == '于' && word_at(chars, start - n - 1, w)
    });
    // (2016年正式成立, 2014年注册成立: a founding told with how it was made)
    let verb_at = FOUNDING_ADVERBS
        .iter()
        .find(|a| word_at(chars, end, a))
        .map_or(end, |a| end + a.chars().count());
    let before_verb = FOUNDING.iter().any(|w| {
        let n = w.chars().count();
        word_at(chars, verb_at, w)
            && chars
                .get(verb_at + n)
                .is_none_or(|&c| crate::catalog::is_clause_break(c) || matches!(c, '的' | '以'))
    });
    after_verb || before_verb
}

/// Verbs of holding or winning something named with its year (举办2024年度……发布仪式, 荣获2023年度
/// ……称号, 印发2024年……方案): the year is part of the name, not the period of any figure.
const NAMING_VERBS: &[&str] = &[
    "举办", "举行", "召开", "荣获", "获评", "入选", "评为", "获得", "印发", "出台", "制定", "授予",
    "荣膺",
];

/// Whether the year at `start` is part of a name: inside a document's title (《泗县2023年……方案》)
/// or right after a verb that holds or wins something named with its year ([`NAMING_VERBS`]).
pub(super) fn names_a_document_or_event(chars: &[char], start: usize) -> bool {
    let in_title = chars[..start]
        .iter()
        .rev()
        .find(|&&c| matches!(c, '《' | '》'))
        .is_some_and(|&c| c == '《');
    // 荣获了2019年度……, 荣获“2019年度……”称号: a 了 or an opening quote between the verb and
    // the year
    let at = match start.checked_sub(1).map(|p| chars[p]) {
        Some('了' | '“' | '「' | '"') => start - 1,
        _ => start,
    };
    let after_verb = NAMING_VERBS.iter().any(|w| {
        let n = w.chars().count();
        at >= n && word_at(chars, at - n, w)
    });
    in_title || after_verb
}

/// Whether a year ending at `end` (its 年, or 年度's 度) opens a sentence that tells an honour
/// and counts nothing (2019年，该社区被评为全国示范社区; 2021年度，中心荣获“五星级驿站”称号): the
/// year dates the honour, a history told about the subject, not the figures of the sentences
/// after it. A number anywhere after the year in the sentence (2019年，社区开展活动30场，荣获……)
/// leaves the year to date it.
pub(super) fn opens_an_honour(chars: &[char], end: usize) -> bool {
    let rest = &chars[end.min(chars.len())..];
    !rest.iter().any(|c| c.is_ascii_digit())
        && (0..rest.len()).any(|k| HONOURS.iter().chain(AWARDED).any(|w| word_at(rest, k, w)))
}

/// Verbs of being awarded a title besides [`HONOURS`] (授予……称号, 荣膺), read only in a sentence
/// that counts nothing ([`opens_an_honour`]).
const AWARDED: &[&str] = &["授予", "荣膺", "称号"];

/// Whether a year ending at `end` (its 年) opens a sentence that tells a founding or a launch and
/// counts nothing (2019年,县12345热线正式开通; 2001年,益乐社区成立): the year dates the founding,
/// a history told about the subject like an honour's ([`opens_an_honour`]) or 成立于2001年
/// ([`founding_year`]), not the figures of the sentences after it (开通以来,热线累计受理……: what
/// was done since, up to the text's "now"; 社区辖区面积……: the place as it stands). The sentence
/// must close on the founding's verb (perhaps with 运行, 使用 or 了 after it): a sentence that goes
/// on after the verb (2019年,热线开通并受理……) or holds a number leaves the year to date it.
pub(super) fn opens_a_founding(chars: &[char], end: usize) -> bool {
    let rest = &chars[end.min(chars.len())..];
    // (a line's number, 12345 or 96345, is a name: a run of five digits or more counts nothing,
    // as counts that large are written with 万)
    let counts = rest
        .split(|c| !c.is_ascii_digit())
        .any(|run| !run.is_empty() && run.len() < 5);
    if counts {
        return false;
    }
    let body: &[char] = match rest
        .iter()
        .rposition(|c| !matches!(c, '。' | '!' | '！' | ' '))
    {
        Some(last) => &rest[..=last],
        None => return false,
    };
    let body = FOUNDING_TAILS
        .iter()
        .find(|t| body.ends_with(&t.chars().collect::<Vec<_>>()))
        .map_or(body, |t| &body[..body.len() - t.chars().count()]);
    // (not 始 alone: a sentence may close on 开始)
    FOUNDING
        .iter()
        .filter(|w| w.chars().count() > 1)
        .any(|w| body.ends_with(&w.chars().collect::<Vec<_>>()))
}

/// Words that may close a founding's sentence after its verb (正式开通运行, 投入使用了).
const FOUNDING_TAILS: &[&str] = &["运行", "服务", "了"];
