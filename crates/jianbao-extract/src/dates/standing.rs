//! Standing descriptions (近年来……, 先后建成……, 全市共有……, a place's profile): figures that
//! state how things stand or grew, not when, and so never take the article's month. Kept apart
//! from the dating of events because the words that mark them are a vocabulary of their own.

use super::mentions::SINCE;
use super::{word_at, words, DateMention};

/// Words of years past (近年来累计培育……): the stock as it grew over years, which the text dates
/// to no month; they open a sentence and hold for all of it.
pub const YEARS_PAST: &[&str] = &["近年来", "多年来", "历年来", "近几年", "这些年来"];

/// Words of a habit (街道一直坚持……, 常态化开展……, 每年组织……): a practice told as what a place
/// does, not as what it did in a month. Like [`PROFILE`] they hold for the rest of their
/// sentence, and like a standing word they keep a date an earlier sentence of the paragraph gave
/// (今年以来,……。……常态化开展……2571场 are this year's).
pub const HABITS: &[&str] = &["一直", "始终", "长期", "常态化", "常年", "每年", "历来"];

/// The words before 以来 that make it years past (多年以来, 长期以来), not a span from a dated
/// start that runs to the text's "now" (成立以来, 自2018年以来).
const YEARS_PAST_BEFORE_SINCE: &[&str] = &["多年", "长期", "近年", "历年", "一直"];

/// Words of a standing description (先后建成……, 全市共有……, 累计服务……, 中心设有……, 街道下设……):
/// the stock as it stands,
/// which the text dates to no month; they hold for their own clause and the 其中 clauses that
/// split it. 现有, 已有 and 目前 (in [`NOW`]) say "now" instead and date a figure to the
/// article's month.
pub const STANDING: &[&str] = &[
    "先后", "累计", "共有", "拥有", "建成", "设有", "配有", "下设", "内设", "辖有",
];

/// Verbs of building a stock up (全区设立社工站15个, 组建志愿服务队46支, 在楼宇中嵌入服务点32个):
/// the stock as it was built, which the text dates to no month,
/// like a [`STANDING`] word; not where the figures make up what is built (组建了以6名持证社工为核心、
/// 10名志愿者为辅助的服务队: the 以……为 frame describes one team formed at the event).
/// Incubating is told the same way (孵化培育社会组织5269个, 累计孵化公益项目120个): the stock an
/// incubator has raised, not what it did in the page's month. (培育 and 培养 alone also tell a
/// year's or a campaign's work, 今年培育……; tried and left out, asof12.)
pub const BUILT: &[&str] = &["设立", "组建", "嵌入", "孵化"];

/// Verbs of growth from a start to a later size (志愿服务队从最初的12人发展到300余人, 由5家增加到
/// 42家): with 从 or 由 before the start, both sizes tell how a stock grew, not when; a "now"
/// word (发展到如今的300人) dates the later one as 目前 does, read before this.
const GROWN_TO: &[&str] = &[
    "发展到",
    "发展至",
    "发展为",
    "增加到",
    "增加至",
    "增长到",
    "增长至",
    "壮大到",
    "壮大至",
    "扩大到",
    "扩大至",
    "增至",
];

/// Whether the figure at `figure_start` is either size of a growth told in its clause: after
/// 从 or 由 and before a verb of [`GROWN_TO`], or after such a verb that follows 从 or 由 in the
/// clause.
fn grown(s: &[char], figure_start: usize) -> bool {
    let start = standing_clause_start(s, figure_start);
    let end = (figure_start..s.len().min(figure_start + EVENT_REACH))
        .find(|&i| ends_clause(s[i]) && s[i] != ' ')
        .unwrap_or(s.len().min(figure_start + EVENT_REACH));
    let verb_at = |i: usize| GROWN_TO.iter().any(|w| word_at(s, i, w));
    let from_before = |to: usize| s[start..to].iter().any(|&c| matches!(c, '从' | '由'));
    // the start: 从……N人, then the verb after it
    let verb_after = (figure_start..end).find(|&i| verb_at(i));
    // the later size: the verb before it, after 从 or 由
    let verb_before = (start..figure_start).rev().find(|&i| verb_at(i));
    verb_after.is_some_and(|_| from_before(figure_start)) || verb_before.is_some_and(from_before)
}

/// Whether the figure at `figure_start` of `s` follows a practice kept up for years (连续8年开展
/// ……, 连续三年举办……), whose figures add up those years as a habit's do (the N年 itself, the
/// habit's length, is read as any figure). Only in the run of comma-joined clauses that ends at
/// the figure: a list's other item (…连续11年编制…… [2] - ……制定5项) is another subject's.
fn years_running(s: &[char], figure_start: usize) -> bool {
    let figure_start = figure_start.min(s.len());
    let reach = figure_start.saturating_sub(STANDING_REACH);
    let from = s[reach..figure_start]
        .iter()
        .rposition(|&c| ends_clause(c) && !matches!(c, ',' | '，'))
        .map_or(reach, |i| reach + i + 1);
    let text = &s[from..figure_start];
    (0..text.len()).any(|i| {
        word_at(text, i, "连续") && {
            let n = text[i + 2..]
                .iter()
                .take_while(|c| c.is_ascii_digit() || "一二三四五六七八九十两".contains(**c))
                .count();
            n > 0 && text.get(i + 2 + n) == Some(&'年')
        }
    })
}

/// Whether a verb of [`BUILT`] stands in `clause` (the text of the figure's clause before it) with
/// the figure as what it builds: no 以 (以……为核心) between the verb and the figure.
fn built_stock(clause: &[char]) -> bool {
    BUILT.iter().any(|w| {
        let n = w.chars().count();
        (0..clause.len())
            .rev()
            .find(|&i| word_at(clause, i, w))
            .is_some_and(|i| !clause[i + n..].contains(&'以'))
    })
}

/// Words of a place's profile (辖区面积1.6平方公里,有居民楼58栋……; 下辖6个网格): the place as it
/// stands, which the text dates to no month; they hold for the rest of their sentence, whose
/// clauses go on listing the place's make-up (有居民……户, 商户……家).
pub const PROFILE: &[&str] = &[
    "辖区面积",
    "辖区内有",
    "辖区有",
    "下辖",
    "总面积",
    // 占地面积0.87平方公里, 土地面积约2平方公里, 村域面积11.59平方公里: a community's or
    // village's land told in its profile
    "占地面积",
    "土地面积",
    "村域面积",
    "常住人口",
    "户籍人口",
    "总人口",
    "居住人口",
    "流动人口",
    "常住居民",
    "总户数",
    "管辖",
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
pub(super) const EVENT_REACH: usize = 40;

/// Whether a 以来 or 至今 ([`SINCE`]) before the figure at `figure_start` in its sentence opens
/// a span that runs to the text's "now" (成立以来, 自……以来, 成立至今), not years past (多年以来).
// (`str::starts_with(char)`, which clippy suggests, is a memcmp call for each character tried)
#[allow(clippy::chars_next_cmp)]
pub(super) fn runs_to_now(s: &[char], figure_start: usize) -> bool {
    let figure_start = figure_start.min(s.len());
    let before = &s[figure_start.saturating_sub(STANDING_REACH)..figure_start];
    // (a word is tried only where its first character stands)
    (0..before.len()).any(|i| {
        SINCE
            .iter()
            .any(|w| w.chars().next() == Some(before[i]) && word_at(before, i, w))
            && !YEARS_PAST_BEFORE_SINCE
                .iter()
                .any(|w| i >= 2 && word_at(before, i - 2, w))
    })
}

/// Whether years past are told in force after sentence `s` with dates `dates`, `before` saying
/// whether they were before it: a paragraph that opens 近年来,…… goes on telling the stock as it
/// grew in its next sentences, until one gives a date (去年, 5月18日, 目前).
pub fn years_past_after(s: &[char], dates: &[DateMention], before: bool) -> bool {
    if dates.iter().any(|d| d.as_of.is_some()) {
        return false;
    }
    // (a sentence's characters are tried only where one of the words could start)
    static STARTS: std::sync::OnceLock<Vec<char>> = std::sync::OnceLock::new();
    let starts =
        STARTS.get_or_init(|| YEARS_PAST.iter().filter_map(|w| w.chars().next()).collect());
    before
        || s.iter()
            .enumerate()
            .any(|(i, c)| starts.contains(c) && YEARS_PAST.iter().any(|w| word_at(s, i, w)))
}

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
/// years past ([`YEARS_PAST`]) or of a yearly average (年均, 平均每年: data/standing-dates.txt)
/// before it in its sentence, else as it stands with a standing word
/// ([`STANDING`]) in its clause (共有 not before an event's verb, [`EVENT_VERBS`]) or a
/// profile's or a habit's word ([`PROFILE`], [`HABITS`]) before it in its sentence (not before an
/// event's verb), or a whole place told with 有 in its clause (全县有……, likewise); either only
/// with no 以来 (a span that runs to the text's "now": 成立以来, 自……以来) before it and no date
/// before it in its sentence other than a history's (成立于2015年, 1968年出生, 《2023年……方案》),
/// which dates nothing.
pub fn standing(s: &[char], dates: &[DateMention], figure_start: usize) -> Standing {
    let figure_start = figure_start.min(s.len());
    let before = &s[figure_start.saturating_sub(STANDING_REACH)..figure_start];
    let history =
        |d: &DateMention| d.as_of.is_none() && s.get(d.start).is_some_and(|c| c.is_ascii_digit());
    // (a word is tried only where its first character stands)
    let finds = |text: &[char], word: &str| {
        let first = word.chars().next();
        (0..text.len()).any(|i| Some(text[i]) == first && word_at(text, i, word))
    };
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
        || ((words::any_in(clause, words::whole_place_has()) || words::place_has(clause))
            && !event)
        || built_stock(clause)
        || grown(s, figure_start)
        || ((PROFILE.iter().chain(HABITS).any(|w| finds(before, w))
            || words::any_in(before, words::profile())
            || years_running(s, figure_start))
            && !event);
    let undated = dates.iter().filter(|d| d.end <= figure_start).all(history)
        && !runs_to_now(s, figure_start);
    if !undated {
        Standing::No
    } else if YEARS_PAST.iter().any(|w| finds(before, w))
        || words::any_in(before, words::yearly_average())
    {
        Standing::OverYears
    } else if standing_word {
        Standing::AsItStands
    } else {
        Standing::No
    }
}
