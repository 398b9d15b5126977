//! A figure's label: the noun phrase it counts, in the text's own words (115个**网约配送行业党委**,
//! **持证人数**达到2.4万人), never a function word (为, 有) or a piece of a word (伍, 展了活动).
//!
//! The words that shape labels are data (data/labels.toml).

use crate::catalog::{is_clause_break, thing_start};
use std::sync::OnceLock;

const LABEL_DATA: &str = include_str!("../../../data/labels.toml");

#[derive(serde::Deserialize, Default)]
struct LabelWords {
    predicate_starts: Vec<String>,
    leading_words: Vec<String>,
    trailing_words: Vec<String>,
    building_verbs: Vec<String>,
    bad_start: String,
    bad_end: String,
    good_starts: Vec<String>,
    subject_breakers: Vec<String>,
    not_labels: Vec<String>,
    compound_words: Vec<String>,
    speech_openers: Vec<String>,
    compound_heads: Vec<String>,
    clause_adverbs: Vec<String>,
    adverb_exceptions: Vec<String>,
    never_head_predicates: Vec<String>,
    averages: Vec<String>,
    completion_verbs: Vec<String>,
    generic_nouns: Vec<String>,
    attending_verbs: Vec<String>,
    furniture_words: Vec<String>,
    dateline_marks: Vec<String>,
    site_marks: Vec<String>,
    level_words: Vec<String>,
    verb_joiners: Vec<String>,
    duration_units: Vec<String>,
    comparison_verbs: Vec<String>,
    joint_action_words: Vec<String>,
}

struct Vocabulary {
    predicate_starts: Vec<Vec<char>>,
    /// Longest first, so that 截至目前 is stripped before 截至.
    leading_words: Vec<Vec<char>>,
    trailing_words: Vec<Vec<char>>,
    building_verbs: Vec<Vec<char>>,
    bad_start: Vec<char>,
    bad_end: Vec<char>,
    good_starts: Vec<Vec<char>>,
    subject_breakers: Vec<Vec<char>>,
    not_labels: Vec<Vec<char>>,
    compound_words: Vec<Vec<char>>,
    speech_openers: Vec<Vec<char>>,
    compound_heads: Vec<Vec<char>>,
    clause_adverbs: Vec<Vec<char>>,
    adverb_exceptions: Vec<Vec<char>>,
    never_head_predicates: Vec<Vec<char>>,
    averages: Vec<Vec<char>>,
    completion_verbs: Vec<Vec<char>>,
    generic_nouns: Vec<Vec<char>>,
    attending_verbs: Vec<Vec<char>>,
    furniture_words: Vec<Vec<char>>,
    dateline_marks: Vec<Vec<char>>,
    site_marks: Vec<Vec<char>>,
    level_words: Vec<Vec<char>>,
    verb_joiners: Vec<Vec<char>>,
    duration_units: Vec<String>,
    comparison_verbs: Vec<Vec<char>>,
    joint_action_words: Vec<Vec<char>>,
}

fn vocabulary() -> &'static Vocabulary {
    static WORDS: OnceLock<Vocabulary> = OnceLock::new();
    WORDS.get_or_init(|| {
        // the embedded file is checked by this module's tests, so it parses in a release
        let words: LabelWords = toml::from_str(LABEL_DATA).unwrap_or_default();
        let chars = |list: &[String]| -> Vec<Vec<char>> {
            let mut out: Vec<Vec<char>> = list.iter().map(|w| w.chars().collect()).collect();
            out.sort_by_key(|w| std::cmp::Reverse(w.len()));
            out
        };
        Vocabulary {
            predicate_starts: chars(&words.predicate_starts),
            leading_words: chars(&words.leading_words),
            trailing_words: chars(&words.trailing_words),
            building_verbs: chars(&words.building_verbs),
            bad_start: words.bad_start.chars().collect(),
            bad_end: words.bad_end.chars().collect(),
            good_starts: chars(&words.good_starts),
            subject_breakers: chars(&words.subject_breakers),
            not_labels: chars(&words.not_labels),
            compound_words: chars(&words.compound_words),
            speech_openers: chars(&words.speech_openers),
            compound_heads: chars(&words.compound_heads),
            clause_adverbs: chars(&words.clause_adverbs),
            adverb_exceptions: chars(&words.adverb_exceptions),
            never_head_predicates: chars(&words.never_head_predicates),
            averages: chars(&words.averages),
            completion_verbs: chars(&words.completion_verbs),
            generic_nouns: chars(&words.generic_nouns),
            attending_verbs: chars(&words.attending_verbs),
            furniture_words: chars(&words.furniture_words),
            dateline_marks: chars(&words.dateline_marks),
            site_marks: chars(&words.site_marks),
            level_words: chars(&words.level_words),
            verb_joiners: chars(&words.verb_joiners),
            duration_units: words.duration_units,
            comparison_verbs: chars(&words.comparison_verbs),
            joint_action_words: chars(&words.joint_action_words),
        }
    })
}

/// Whether `text` opens with `word`; the first characters are compared before the rest, as most
/// words of a list differ there (labels are read against every list at every character).
fn starts_with(text: &[char], word: &[char]) -> bool {
    match (text.first(), word.first()) {
        (Some(t), Some(w)) => {
            t == w && text.len() >= word.len() && text[1..word.len()] == word[1..]
        }
        (_, None) => true,
        (None, Some(_)) => false,
    }
}

/// Whether `text` ends with `word`, comparing the last characters first.
fn ends_with(text: &[char], word: &[char]) -> bool {
    match (text.last(), word.last()) {
        (Some(t), Some(w)) => {
            t == w && text.len() >= word.len() && text[text.len() - word.len()..] == *word
        }
        (_, None) => true,
        (None, Some(_)) => false,
    }
}

pub(crate) fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// Length of the longest word of `words` that starts `text` (0 when none does).
fn longest_at(words: &[Vec<char>], text: &[char]) -> usize {
    words
        .iter()
        .find(|w| starts_with(text, w))
        .map_or(0, |w| w.len())
}

/// Length of the clause adverb (已, 就, 累计 …) at `at` in `text`, unless it lies inside a word
/// that holds it (就 of 新就业群体, 均 of 人均); 0 when none is there.
fn adverb_at(text: &[char], at: usize) -> usize {
    let v = vocabulary();
    let len = longest_at(&v.clause_adverbs, &text[at.min(text.len())..]);
    let inside_word = len > 0
        && v.adverb_exceptions.iter().any(|w| {
            (at.saturating_sub(w.len() - 1)..=at)
                .any(|start| start + w.len() >= at + len && starts_with(&text[start..], w))
        });
    if inside_word {
        0
    } else {
        len
    }
}

/// `text` without its clause adverbs (驿站已累计服务新就业群体 → 驿站服务新就业群体): a label
/// names the counted thing and what was done with it, not when or how often.
fn without_adverbs(text: &[char]) -> Vec<char> {
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        match adverb_at(text, i) {
            0 => {
                out.push(text[i]);
                i += 1;
            }
            len => i += len,
        }
    }
    out
}

/// Whether a predicate starts at `at` (与, 参与, 完成 …): the counted thing named before ends
/// there, and what follows is something it does (3家社会组织**完成**登记).
pub fn predicate_at(chars: &[char], at: usize) -> bool {
    let rest = &chars[at.min(chars.len())..];
    vocabulary()
        .predicate_starts
        .iter()
        .any(|w| starts_with(rest, w))
}

/// Whether `gap` (between a thing named before a figure and the figure) holds a verb that makes
/// the figure count something else (与……签约29个项目).
pub fn breaks_subject(gap: &[char]) -> bool {
    let v = vocabulary();
    (0..gap.len()).any(|i| v.subject_breakers.iter().any(|w| starts_with(&gap[i..], w)))
}

/// A label without the pinyin glosses some pages print after characters (现xiàn有) and without
/// list punctuation at its ends (、党员).
fn tidy(label: &str) -> String {
    let kept: String = label
        .chars()
        .filter(|c| !c.is_alphabetic() || is_han(*c) || c.is_ascii_uppercase())
        .collect::<String>()
        // what is left of a gloss in parentheses (自然小区(qū))
        .replace("()", "");
    let v = vocabulary();
    let mut chars: Vec<char> = kept
        .trim_matches(|c: char| matches!(c, '、' | ',' | ';' | ':' | ' ' | '·'))
        .chars()
        .collect();
    // a particle or hedge left at an end (互联网外卖平台近, 乡镇社工站全) goes; a word that only
    // looks like one stays (在校师生)
    while chars.last().is_some_and(|c| v.bad_end.contains(c))
        && !v.compound_words.iter().any(|w| ends_with(&chars, w))
    {
        chars.pop();
    }
    loop {
        let len = chars.len();
        // an opening quote never closed in the label begins a remark (“我们站点…)
        if chars.first() == Some(&'“') && !chars.contains(&'”') {
            chars.remove(0);
        }
        // a speech opener or pronoun (我们, 据统计) and a place name (上海, 昆明全市) say who
        // speaks or where, not what is counted
        let opener = longest_at(&v.speech_openers, &chars)
            .max(leading_place(&chars))
            .max(longest_at(&v.leading_words, &chars));
        // a list of places (黑河、绥化、齐齐哈尔等地) is what is counted
        let listed_place = chars.get(opener) == Some(&'、');
        if opener > word_length(&chars) && chars.len() - opener >= 2 && !listed_place {
            chars.drain(..opener);
        }
        // a particle or preposition at the start goes, unless it begins a word (从业人员, 居民,
        // 在校师生)
        while chars.first().is_some_and(|c| v.bad_start.contains(c)) && !begins_word(&chars) {
            chars.remove(0);
        }
        if chars.len() == len {
            break;
        }
    }
    chars.into_iter().collect()
}

/// Length of the known word (good_starts, compound_words) that opens `chars`; 0 when none does.
fn word_length(chars: &[char]) -> usize {
    let v = vocabulary();
    longest_at(&v.good_starts, chars).max(longest_at(&v.compound_words, chars))
}

/// Whether `chars` opens with a word whose first character is otherwise a particle or
/// preposition (在校师生, 从业人员, 居民).
fn begins_word(chars: &[char]) -> bool {
    word_length(chars) > 0
}

/// Length of a place name that opens `chars` (上海, 沙坪坝区), when the gazetteer finds one
/// there; 0 otherwise.
fn leading_place(chars: &[char]) -> usize {
    let places = crate::places::Gazetteer::embedded();
    places
        .find(chars, None)
        .into_iter()
        .chain(places.find_for_province(chars))
        // a place that names a street or road (鞍山路, 中山街) is part of a longer name
        .filter(|m| {
            let next = chars.get(m.range.end).copied();
            // a place that names a Party committee (柳州市委, 柳州市委社会工作部) is part of
            // the body's name
            let committee = next == Some('委')
                || (next.is_some_and(|c| "省市县区州".contains(c))
                    && chars.get(m.range.end + 1) == Some(&'委'));
            m.range.start == 0
                && !committee
                && !next.is_some_and(|c| "路街巷弄道桥里号".contains(c))
        })
        .map(|m| m.range.end)
        .max()
        .unwrap_or(0)
}

/// Whether `label` names something a reader accepts: at least two Han characters, and no
/// particle, preposition or copula at either end.
pub fn is_usable(label: &str) -> bool {
    let v = vocabulary();
    let chars: Vec<char> = label.chars().collect();
    let han = chars.iter().filter(|&&c| is_han(c)).count();
    // a verb alone (建成, 开展, 服务) says what was done, not what was counted
    let bare_verb = v
        .building_verbs
        .iter()
        .chain(v.predicate_starts.iter())
        .any(|w| *w == chars);
    // a scope word alone (全市, 我省) says where, not what
    let placeholder = v.not_labels.contains(&chars)
        || v.leading_words.contains(&chars)
        || CHANGE_VERBS
            .iter()
            .any(|w| w.chars().eq(chars.iter().copied()));
    // a Latin initial is part of a name (U站)
    let han = han + usize::from(han > 0 && chars.iter().any(|c| c.is_ascii_uppercase()));
    // 持证社工(其中: a parenthesis opened and not closed is a cut phrase
    let balanced =
        chars.iter().filter(|&&c| c == '(').count() == chars.iter().filter(|&&c| c == ')').count();
    han >= 2
        && !bare_verb
        && !placeholder
        && balanced
        && (chars.first().is_some_and(|c| !v.bad_start.contains(c)) || begins_word(&chars))
        && (chars
            .iter()
            .rev()
            .find(|&&c| !matches!(c, '”' | '）' | ')' | '》'))
            .is_some_and(|c| !v.bad_end.contains(c))
            // a word that ends like a particle (报到, 到位)
            || v.compound_words.iter().any(|w| ends_with(&chars, w)))
        && !chars.iter().any(|&c| c.is_ascii_digit())
}

/// Whether `label` ends with a verb of building (骑手集中区域新建5个): the thing built is not
/// named, so such a label is the last resort.
fn ends_with_building_verb(label: &str) -> bool {
    let chars: Vec<char> = label.chars().collect();
    vocabulary()
        .building_verbs
        .iter()
        .any(|w| ends_with(&chars, w))
}

/// Verbs of change: a figure labelled by one alone (比2020年底增加104万人) is a change of the
/// thing the figure before it counts.
const CHANGE_VERBS: &[&str] = &["增加", "增长", "减少", "下降", "提高", "提升", "新增"];

/// Whether a figure's own label names no counted thing: only framing words and verbs (累计建成,
/// 力争) or nothing. Such a figure counts what the figure before it counts (新建成110个服务圈,
/// 累计建成1452个; 覆盖率达到80%,力争90%).
pub fn names_nothing(label: &str) -> bool {
    let v = vocabulary();
    let all: Vec<char> = label.chars().collect();
    let mut chars: &[char] = &all;
    loop {
        let len = chars.len();
        if let Some(w) = v.leading_words.iter().find(|w| starts_with(chars, w)) {
            chars = &chars[w.len()..];
        }
        while chars.first().is_some_and(|c| v.bad_start.contains(c)) {
            chars = &chars[1..];
        }
        if chars.len() == len {
            break;
        }
    }
    chars.is_empty()
        || CHANGE_VERBS
            .iter()
            .any(|w| w.chars().eq(chars.iter().copied()))
        || v.building_verbs
            .iter()
            .chain(v.predicate_starts.iter())
            .any(|w| w == chars)
        || (v.not_labels.iter().any(|w| w == chars) && !v.generic_nouns.iter().any(|w| w == chars))
}

/// The mark of a change when a verb of change stands right before a figure (比上年底增加3.1万人
/// → （增加）), if one does: the figure is a change of what the figure before it counts, and its
/// label says so in a note rather than ending in a verb.
pub fn change_before(chars: &[char], quantity_start: usize) -> Option<&'static str> {
    let mut before = &chars[..quantity_start.min(chars.len())];
    if before.last() == Some(&'了') {
        before = &before[..before.len() - 1];
    }
    CHANGE_VERBS
        .iter()
        .find(|w| {
            let w: Vec<char> = w.chars().collect();
            ends_with(before, &w)
        })
        .map(|w| {
            if matches!(*w, "减少" | "下降") {
                "（减少）"
            } else {
                "（增加）"
            }
        })
}

/// Strips leading words (time, place, 累计, 共 …) and trailing linking words (达到, 为 …) from the
/// text before a figure, and starts after the last verb of building or having (打造, 组建, 现有 …).
fn before_phrase(before: &[char]) -> Vec<char> {
    let v = vocabulary();
    let mut text: &[char] = before;
    // time expressions that open a clause: 截至2024年12月底, 2024年, 今年以来
    loop {
        let len = text.len();
        if let Some(w) = v.leading_words.iter().find(|w| starts_with(text, w)) {
            // 有 of 有效, 在 of 在校: a leading word never takes the start of a longer word
            if word_length(text) <= w.len() {
                text = &text[w.len()..];
            }
        }
        // 2024年 / 12月底 / 年底: dates at the start
        let digits = text.iter().take_while(|c| c.is_ascii_digit()).count();
        if digits > 0 && matches!(text.get(digits), Some('年' | '月')) {
            let mut k = digits + 1;
            while text.get(k).is_some_and(|c| "底末初中度以来".contains(*c)) {
                k += 1;
            }
            text = &text[k..];
        }
        if text.len() == len {
            break;
        }
    }
    // a date inside the phrase (仅2020年“党爱超市”就兑换物品, 比2020年底增加): what it counts
    // follows the date
    if let Some(after_date) = (0..text.len()).rev().find(|&i| {
        text[i].is_ascii_digit()
            && matches!(text.get(i + 1), Some('年' | '月' | '日'))
            && text.len() - i > 2
    }) {
        let mut k = after_date + 2;
        while text.get(k).is_some_and(|c| "底末初中度以来”".contains(*c)) {
            k += 1;
        }
        text = &text[k.min(text.len())..];
    }
    // 信访问题已解决154件: the figure counts the things completed (解决的信访问题)
    for done in ["已经", "已"] {
        let done: Vec<char> = done.chars().collect();
        if let Some(verb) = v.completion_verbs.iter().find(|w| ends_with(text, w)) {
            let at = text.len() - verb.len();
            if ends_with(&text[..at], &done) && at - done.len() >= 2 {
                let thing = &text[..at - done.len()];
                return verb
                    .iter()
                    .copied()
                    .chain(['的'])
                    .chain(thing.iter().copied())
                    .collect();
            }
        }
    }
    // 《办法》共六章47条: a count in characters right before the figure counts something else
    let numeral = |c: &char| "一二两三四五六七八九十百千".contains(*c);
    let count_in_words =
        text.len() >= 2 && !numeral(&text[text.len() - 1]) && numeral(&text[text.len() - 2]);
    if count_in_words {
        let start = text[..text.len() - 1]
            .iter()
            .rposition(|c| !numeral(c))
            .map_or(0, |p| p + 1);
        if start >= 2 {
            text = &text[..start];
        }
    }
    // adverbs inside the clause (专车全年累计出动, 人数已经) are no part of the label
    let kept = without_adverbs(text);
    let text: &[char] = if kept.len() >= 2 { &kept } else { text };
    let mut text = text;
    loop {
        let len = text.len();
        // one word at a time, longest first: 累计达 loses 达 and then 累计, never 计 of 累计
        if let Some(w) = v.trailing_words.iter().find(|w| ends_with(text, w)) {
            text = &text[..text.len() - w.len()];
        }
        if text.len() == len {
            break;
        }
    }
    // a rank reached (居全国第一位) closes what it ranks: the counted thing follows it
    if let Some(at) = (0..text.len()).rev().find(|&i| {
        text[i] == '第'
            && text[i + 1..]
                .iter()
                .position(|c| matches!(c, '位' | '名'))
                .is_some_and(|n| {
                    n > 0
                        && text[i + 1..i + 1 + n]
                            .iter()
                            .all(|c| "一二三四五六七八九十".contains(*c))
                })
    }) {
        let end = at
            + text[at..]
                .iter()
                .position(|c| matches!(c, '位' | '名'))
                .unwrap_or(0)
            + 1;
        if text.len() - end >= 2 {
            text = &text[end..];
        }
    }
    // the counted noun after the last verb of building or having
    let mut after_verb = None;
    for i in (0..text.len()).rev() {
        let Some(w) = v.building_verbs.iter().find(|w| starts_with(&text[i..], w)) else {
            continue;
        };
        // a resultative complement stays with its verb (评选出骑士先锋)
        let at = i + w.len() + usize::from(text.get(i + w.len()) == Some(&'出'));
        // a verb before a generic head is part of the name (孵化培育中心): an earlier verb
        // may still open the label (建成孵化培育中心)
        let mut rest = &text[at.min(text.len())..];
        while let Some(w) = v.building_verbs.iter().find(|w| starts_with(rest, w)) {
            rest = &rest[w.len()..];
        }
        if !rest.is_empty() && longest_at(&v.compound_heads, rest) == rest.len() {
            continue;
        }
        after_verb = Some(at).filter(|&at| text.len() - at >= 2);
        break;
    }
    if let Some(at) = after_verb {
        text = &text[at..];
    }
    // 大大超过了民政部要求的60%: what the figure is compared with follows the comparison
    if let Some(at) = (0..text.len()).rev().find_map(|i| {
        let verb = longest_at(&v.comparison_verbs, &text[i..]);
        (verb > 0 && text.len() - i - verb >= 2).then_some(i + verb)
    }) {
        text = &text[at..];
    }
    // 发现并纳管党员15名: of two verbs joined by 并 the figure counts the object of the last
    if let Some(at) = (1..text.len()).rev().find_map(|i| {
        let joiner = longest_at(&v.verb_joiners, &text[i..]);
        (joiner > 0 && text.len() - i - joiner >= 2 && !inside_compound(text, i, joiner))
            .then_some(i + joiner)
    }) {
        text = &text[at..];
    }
    // 协调解决子女教育难、看病就医难等实际问题5800余个: a list closed by 等 gives examples; the
    // figure counts the kind the list names after 等
    if let Some(at) = text.iter().rposition(|&c| c == '等') {
        // (a kind that names nothing on its own, 等活动, keeps its examples)
        let kind: String = text[at + 1..].iter().collect();
        if text.len() - at > 2 && text[..at].contains(&'、') && is_usable(&kind) {
            text = &text[at + 1..];
            // 涵盖菜品质量、烹饪工艺等领域的团体标准: the list sits in a modifier; the head
            // noun follows its 的
            if let Some(de) = text.iter().rposition(|&c| c == '的') {
                if text.len() - de > 2 {
                    text = &text[de + 1..];
                }
            }
        }
    }
    text.to_vec()
}

/// Whether the `len` characters at `at` in `text` lie inside a known word (合并 holds 并).
fn inside_compound(text: &[char], at: usize, len: usize) -> bool {
    vocabulary().compound_words.iter().any(|w| {
        (at.saturating_sub(w.len().saturating_sub(len))..=at)
            .any(|start| start + w.len() >= at + len && starts_with(&text[start..], w))
    })
}

/// `text` without page furniture and spam: a site's name planted in a reprint (AG九游会官网, from
/// its Latin letters to the site mark) and everything before the last furniture word or dateline
/// (行业动态, 信息时报讯): what a figure counts is never read across them.
fn after_furniture(text: &[char]) -> Vec<char> {
    let v = vocabulary();
    let mut out: Vec<char> = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        let site = v.site_marks.iter().find(|w| starts_with(&text[i..], w));
        if let Some(w) = site {
            // the planted name runs back to its Latin letters (or a few characters)
            let latin = out.iter().rposition(|c| c.is_ascii_uppercase());
            let back = match latin {
                Some(k) if out.len() - k <= 8 => out[..k]
                    .iter()
                    .rposition(|c| !c.is_ascii_uppercase())
                    .map_or(0, |p| p + 1),
                _ => out.len().saturating_sub(3),
            };
            out.truncate(back);
            i += w.len();
            continue;
        }
        let furniture = longest_at(&v.furniture_words, &text[i..])
            .max(longest_at(&v.dateline_marks, &text[i..]));
        if furniture > 0 {
            out.clear();
            i += furniture;
            continue;
        }
        out.push(text[i]);
        i += 1;
    }
    out
}

/// Where the words after a figure run into page furniture (的目标版权声明, 约37万人信息时报讯):
/// at a furniture word, or at the start of a dateline's line (the newspaper's name before 报讯),
/// which is the start of the words when a dateline follows within a line's length.
fn furniture_start(text: &[char]) -> Option<usize> {
    let v = vocabulary();
    (0..text.len()).find_map(|i| {
        if longest_at(&v.furniture_words, &text[i..]) > 0
            || longest_at(&v.site_marks, &text[i..]) > 0
        {
            Some(i)
        } else if longest_at(&v.dateline_marks, &text[i..]) > 0 {
            Some(0)
        } else {
            None
        }
    })
}

/// Whether `label` names only a level or a scope (其中省级25家): the figure is the part at that
/// level of what the figure before it counts.
pub fn names_a_level(label: &str) -> bool {
    let chars: Vec<char> = label.chars().collect();
    vocabulary().level_words.contains(&chars)
}

/// The last at most `max` characters of `text`, starting at a word boundary (after 、, 和, 及,
/// 与, 以及 or 的) rather than inside a word; the whole text when no boundary makes it short
/// enough and it is not much longer.
fn tail_at_boundary(text: &[char], max: usize) -> Vec<char> {
    if text.len() <= max {
        return text.to_vec();
    }
    let from = text.len() - max;
    let boundary = (from..text.len())
        .find(|&i| i > 0 && matches!(text[i - 1], '、' | '和' | '及' | '与' | '的'))
        .filter(|&i| text.len() - i >= 2);
    match boundary {
        Some(i) => text[i..].to_vec(),
        None if text.len() <= max + 8 => text.to_vec(),
        None => Vec::new(),
    }
}

/// Whether the words before a figure are the list item of the figure before it (1个组织、2个):
/// no clause break stands between the two figures and those words end at a list mark.
fn follows_a_list_item(previous_end: usize, clause_start: usize, before: &[char]) -> bool {
    previous_end > 0 && clause_start == previous_end && before.last() == Some(&'、')
}

/// `text` without asides in parentheses longer than a short name: 10名志愿者(涵盖医疗、教育等
///领域)为辅助 names 志愿者; a short one is part of the name (乡镇(街道)社工站, 县(市、区)).
fn without_asides(text: &[char]) -> Vec<char> {
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        let close = (text[i] == '(')
            .then(|| text[i..].iter().position(|&c| c == ')'))
            .flatten();
        match close {
            Some(n) if n > 5 => i += n + 1,
            _ => {
                out.push(text[i]);
                i += 1;
            }
        }
    }
    out
}

/// Verbs of change at the end of the words before a figure, and what the figure then is: a rate
/// after one is the rate of change (信访总量同比下降5% → 信访总量同比降幅), a count the amount of
/// change, marked (志愿者比上年增加300人 → 志愿者（增加）).
const CHANGE_ENDINGS: &[(&str, &str, &str)] = &[
    ("减少", "降幅", "（减少）"),
    ("下降", "降幅", "（减少）"),
    ("降低", "降幅", "（减少）"),
    ("增加", "增幅", "（增加）"),
    ("增长", "增幅", "（增加）"),
    ("提高", "增幅", "（增加）"),
    ("提升", "增幅", "（增加）"),
    ("上升", "增幅", "（增加）"),
];

/// The words before a figure without a verb of change at their end and the comparison before it
/// (同比, 比上年, 比2003年), with the noun or mark that says the figure is a change; `None` when
/// no verb of change ends them.
fn strip_change(before: &[char], rate: bool) -> Option<(Vec<char>, String)> {
    let (verb, rate_head, mark) = CHANGE_ENDINGS.iter().find(|(verb, _, _)| {
        let verb: Vec<char> = verb.chars().collect();
        ends_with(before, &verb)
    })?;
    let mut rest = before[..before.len() - verb.chars().count()].to_vec();
    let year_on_year: Vec<char> = "同比".chars().collect();
    let mut head = String::new();
    if ends_with(&rest, &year_on_year) {
        rest.truncate(rest.len() - 2);
        head.push_str("同比");
    } else if let Some(at) = rest.iter().rposition(|&c| c == '比') {
        // 比上年, 比2003年, 比去年同期: a comparison with an earlier time
        let tail = &rest[at + 1..];
        if tail.len() <= 8 && tail.iter().any(|&c| matches!(c, '年' | '月' | '期')) {
            rest.truncate(at);
        }
    }
    if rate {
        head.push_str(rate_head);
    } else {
        head = (*mark).to_owned();
    }
    Some((rest, head))
}

/// The most characters a label may have: a briefing's comparison table gives a label a cell of
/// about two lines.
const MAX_LABEL_CHARS: usize = 22;

/// Label from the words around a figure: what follows it in its clause (115个**网约配送行业党委**,
/// 300个“**暖新驿站**”), else what precedes it (**持证人数**达到2.4万人); a change
/// 从16名增加到了400多名 is marked. Empty when no usable label can be read.
pub fn label_from_text(
    chars: &[char],
    previous_end: usize,
    quantity_start: usize,
    quantity_end: usize,
    unit: &str,
) -> String {
    let v = vocabulary();
    // a line ends a clause too: a heading, a paragraph, a caption
    let is_break = |c: char| (is_clause_break(c) && c != '、') || c == '\n';
    // the clause, but not past the previous figure (14所高校和22万名在校师生); parentheses do
    // not end it (党群服务中心(站点)42处, 服务站点(120个))
    // (looked for after the previous figure only, so that a sentence of thousands of figures
    // is read once, not once per figure)
    let from = previous_end.min(quantity_start);
    let clause_start = chars[from..quantity_start]
        .iter()
        .rposition(|&c| is_break(c) && c != '(' && c != ')')
        .map_or(from, |p| from + p + 1);
    let mut before: Vec<char> = chars[clause_start..quantity_start]
        .iter()
        .copied()
        .filter(|&c| c != '(' && c != ')')
        .collect();
    // 1个组织、2个项目: after the figure before, what ends in 、 is that figure's list item
    if follows_a_list_item(previous_end, clause_start, &before) {
        before.clear();
    }
    let mut before = after_furniture(&before);
    let mut change = None;
    for (w, mark) in [
        ("增加到了", "（增至）"),
        ("发展到了", "（增至）"),
        ("增加到", "（增至）"),
        ("增长到", "（增至）"),
        ("增长至", "（增至）"),
        ("提高到", "（增至）"),
        ("提高至", "（增至）"),
        ("提升到", "（增至）"),
        ("提升至", "（增至）"),
        ("上升到", "（增至）"),
        ("上升至", "（增至）"),
        ("发展到", "（增至）"),
        ("发展至", "（增至）"),
        ("增至", "（增至）"),
        ("下降到", "（减至）"),
        ("下降至", "（减至）"),
        ("减少到", "（减至）"),
        ("减至", "（减至）"),
        ("降至", "（减至）"),
    ] {
        let w: Vec<char> = w.chars().collect();
        if ends_with(&before, &w) {
            before.truncate(before.len() - w.len());
            change = Some(mark);
            break;
        }
    }
    if change.is_some() && before.is_empty() {
        // 从最初的16名增加到了400多名: the subject stands before the first figure
        // (within the window a figure is read in, for pages without punctuation)
        let from = quantity_start.saturating_sub(crate::catalog::CONTEXT_CHARS);
        let start = chars[from..quantity_start]
            .iter()
            .rposition(|&c| is_break(c))
            .map_or(from, |p| from + p + 1);
        before = chars[start..quantity_start].to_vec();
    }
    // 独居老人从最初的16名增加到了400多名: the subject is what precedes 从
    // (not the 从 of a word: 从业人员)
    if let Some(at) =
        (1..before.len()).find(|&at| before[at] == '从' && !begins_word(&before[at..]))
    {
        before.truncate(at);
    }
    // 志愿服务活动年均5000场次: an average opens the label
    let average = v
        .averages
        .iter()
        .find(|w| ends_with(&before, w) && before.len() >= w.len() + 2)
        .map(|w| {
            before.truncate(before.len() - w.len());
            w.iter().collect::<String>()
        })
        .unwrap_or_default();
    // 疑难信访案件减少90%: the figure is the change of what precedes the verb
    let rate = unit == "%" || unit == "个百分点";
    let mut change_head = None;
    if change.is_none() {
        if let Some((rest, head)) =
            strip_change(&before, rate).filter(|(rest, _)| before_phrase(rest).len() >= 2)
        {
            before = rest;
            change_head = Some(head);
        }
    }
    // the whole clause before the figure, a readable phrase when no noun phrase can be cut out
    let clause: Vec<char> = before.clone();
    let before = before_phrase(&before);
    let thing = thing_start(chars, quantity_end);
    // read within the window a figure is read in, for pages without punctuation
    let read_end = chars
        .len()
        .min(thing.saturating_add(crate::catalog::CONTEXT_CHARS));
    // a quoted name is read whole (300个“暖新驿站”), to its closing mark
    let quote_close = (thing > quantity_end && chars[thing - 1] == '“')
        .then(|| chars[thing..read_end].iter().position(|&c| c == '”'))
        .flatten()
        .map(|p| thing + p);
    // where a predicate starts after the counted thing, read by longest match from its start: a
    // predicate counts only where a word begins, never inside a compound (志愿服务站点, 社区服务
    // 中心) or a longer predicate (参与); a verb that ends its clause is the head of the counted
    // noun, not a predicate (开展7场定向服务, 3个志愿服务)
    let mut predicate_here = Vec::new();
    let mut inside_word = Vec::new();
    let mut i = thing;
    while i < read_end && (!is_break(chars[i]) || matches!(chars[i], '(' | ')')) && chars[i] != '。'
    {
        let noun = longest_at(&v.compound_words, &chars[i..]);
        // a verb of building after the counted thing is its predicate (18个社区建立志愿队伍)
        let predicate = longest_at(&v.predicate_starts, &chars[i..])
            .max(longest_at(&v.building_verbs, &chars[i..]));
        // an adverb or a verb that never heads a noun ends the counted thing wherever it
        // stands (9个乡镇全部覆盖, 2个项目上榜)
        let never_head = adverb_at(chars, i).max(longest_at(&v.never_head_predicates, &chars[i..]));
        let step = noun.max(predicate).max(never_head).max(1);
        let here = (predicate > noun
            && chars
                .get(i + predicate)
                .is_some_and(|&c| !is_break(c) && c != '。'))
            || never_head > noun;
        predicate_here.push(here);
        predicate_here.extend(std::iter::repeat_n(false, step - 1));
        inside_word.push(false);
        inside_word.extend(std::iter::repeat_n(true, step - 1));
        i += step;
    }
    // where the counted thing ends, `joined` telling whether 和, 与, 及 end it too
    let stops_at = |i: usize, joined: bool| {
        if quote_close.is_some_and(|close| i <= close) {
            return false;
        }
        (is_break(chars[i]) && !matches!(chars[i], '(' | ')'))
            || chars[i].is_ascii_digit()
            || matches!(chars[i], '。' | '…' | '《')
            // 和, 与 join two things, unless inside a word (参与)
            || (joined
                && matches!(chars[i], '和' | '与' | '及')
                && inside_word.get(i - thing) != Some(&true))
            || (chars[i] == '“' && i > thing)
            // 115个网约配送行业党委、12个快递行业党委: the next list item is another figure
            || (chars[i] == '、' && chars.get(i + 1).is_some_and(|c| c.is_ascii_digit()))
            || (i > thing && predicate_here.get(i - thing) == Some(&true))
    };
    let after_end = (thing..read_end)
        .find(|&i| stops_at(i, true))
        .unwrap_or(read_end);
    let after_end = through_list(chars, thing, after_end, &stops_at);
    let mut after: Vec<char> = chars[thing..after_end]
        .iter()
        .copied()
        .filter(|&c| !matches!(c, '“' | '”'))
        .collect();
    if let Some(at) = furniture_start(&after) {
        after.truncate(at);
    }
    // a parenthesis opened and not closed in the clause (持证社工(其中2名…) is an aside: the
    // counted thing ends before it
    after = without_asides(&after);
    // a verb of building right after the measure word (26个打造综合性服务中心) governs the thing
    let verb = longest_at(&v.building_verbs, &after);
    if verb > 0 && after.len() >= verb + 2 {
        after.drain(..verb);
    }
    if let Some(open) = after.iter().rposition(|&c| c == '(') {
        if !after[open..].contains(&')') {
            after.truncate(open);
        }
    }
    // a verb of building that ends the clause (20个便民服务中心建设) and a locative (在8215家
    // 社会组织中建立) are not part of the thing
    if let Some(w) = v.building_verbs.iter().find(|w| ends_with(&after, w)) {
        if after.len() >= w.len() + 2 {
            after.truncate(after.len() - w.len());
        }
    }
    if after.len() >= 3
        && after.last() == Some(&'中')
        && !matches!(after[after.len() - 2], '高' | '初')
    {
        after.pop();
    }
    // 109个村结对帮扶: a noun of one character is named with what the clause says of it
    // (结对帮扶的村), as a relative clause before its head
    if after.len() == 1 && is_han(after[0]) {
        let rest_end = (after_end..read_end.min(after_end + 8))
            .find(|&i| is_break(chars[i]) || chars[i] == '。' || chars[i].is_ascii_digit())
            .unwrap_or(after_end);
        let rest = &chars[after_end..rest_end];
        if rest.len() >= 2 && rest_end < read_end && !chars[rest_end].is_ascii_digit() {
            let mut phrase: Vec<char> = without_adverbs(rest);
            phrase.push('的');
            phrase.push(after[0]);
            after = phrase;
        }
    }
    let after_text: String = after.iter().collect();
    // (read on the text itself: 到 ends the counted thing as a predicate of its own)
    let right_after: String = chars[thing..read_end.min(thing + 3)].iter().collect();
    if ["增加到", "增至", "减至", "增长到", "减少到", "降至"]
        .iter()
        .any(|w| right_after.starts_with(w))
    {
        change = Some("（起始）");
    }
    let mark = change.map_or_else(|| change_head.clone().unwrap_or_default(), str::to_owned);
    // what follows names the counted thing, unless it is a verb or a hedge (增加到, 以上, 不等);
    // people who take part (代表等300余人参加活动, 近300人齐聚春城) are named before the figure
    let attending = longest_at(&v.attending_verbs, &after) > 0;
    let after_names = after
        .first()
        .is_some_and(|&c| {
            (is_han(c) && !"以左不增减提降达到从为占比较等共居".contains(c))
                || c.is_ascii_uppercase()
        })
        // 居 of 居民 names people; 居 of 居全国第一 ranks the figure
        || word_length(&after) > 0;
    // an adverb right after the figure (5地已为……) opens its predicate: nothing is named there
    let after_names = after_names && adverb_at(&after, 0) == 0;
    let before_text = |max: usize| {
        tail_at_boundary(&before, max)
            .into_iter()
            .collect::<String>()
    };
    let candidates: Vec<String> = if change_head.is_some() {
        vec![before_text(24)]
    } else if rate {
        // a rate: what precedes and what follows (矛盾纠纷 100% 化解在基层)
        let rest: String = after.iter().take(10).collect();
        // (…要求的60%的目标: one 的 between them)
        let before = before_text(16);
        let rest = match rest.strip_prefix('的') {
            Some(tail) if before.ends_with('的') => tail.to_owned(),
            _ => rest,
        };
        vec![format!("{before}{rest}"), before, rest]
    } else if attending {
        // the people named before the figure; failing that, what they take part in
        let head: String = after.iter().take(16).collect();
        vec![before_text(24), head]
    } else if after_names && before.last() == Some(&'等') {
        // 省委宣传部、省文明办等11家单位: the list and its kind, or its kind alone when that
        // does not fit a label
        let head: String = after.iter().take(16).collect();
        let whole = tidy(&format!("{}{head}", before_text(24)));
        if before_text(24).chars().count() == before.len()
            && whole.chars().count() <= MAX_LABEL_CHARS
        {
            vec![head, whole]
        } else if is_usable(&tidy(&head)) {
            vec![head]
        } else {
            return format!("{average}{}{mark}", tidy(&head));
        }
    } else if after_names {
        let head: String = after.iter().take(16).collect();
        // 为新就业群体提供30多项服务: a generic noun after the figure names the thing with the
        // verb before it
        // 与县区政府共签约29个项目: a verb that makes the figure count something else names
        // it with that verb (签约项目)
        let breaker = v
            .subject_breakers
            .iter()
            .find(|w| w.len() >= 2 && ends_with(&clause, w));
        if v.not_labels.contains(&after) && ends_with_building_verb(&before_text(24)) {
            vec![format!("{}{head}", before_text(24)), head, before_text(24)]
        } else if let Some(verb) = breaker.filter(|_| v.not_labels.contains(&after)) {
            let verb: String = verb.iter().collect();
            vec![format!("{verb}{head}"), head, before_text(24)]
        } else {
            vec![head, before_text(24)]
        }
    } else if before.last() == Some(&'等') && matches!(unit, "部门" | "家" | "个" | "所" | "地")
    {
        // 省委社会工作部、省委组织部等9部门
        vec![format!("{}{unit}", before_text(24)), before_text(24)]
    } else {
        vec![before_text(24)]
    };
    let clause_text: String = tail_at_boundary(&clause, 24).into_iter().collect();
    let candidates: Vec<String> = candidates.into_iter().map(|c| tidy(&c)).collect();
    candidates
        .iter()
        .find(|c| is_usable(c) && !ends_with_building_verb(c))
        .or_else(|| candidates.iter().find(|c| is_usable(c)))
        .cloned()
        .or_else(|| Some(tidy(&clause_text)).filter(|c| is_usable(c)))
        // 2个项目上榜: a generic noun right after the figure is still what it counts
        .or_else(|| {
            Some(tidy(&after_text)).filter(|c| {
                let c: Vec<char> = c.chars().collect();
                v.generic_nouns.contains(&c)
            })
        })
        // 开展“公益行”系列活动,共举办3000多项: a verb of building alone names its object in
        // the clause before; failing that the verb stays, as a reader can still follow it
        .or_else(|| {
            let alone: Vec<char> = tidy(&clause_text).chars().collect();
            v.building_verbs.contains(&alone).then(|| {
                object_before(chars, clause_start, is_break)
                    .unwrap_or_else(|| alone.iter().collect())
            })
        })
        // 成立不足6个月: a verb before a length of time counts how long it lasted
        .map(|label| {
            let label_chars: Vec<char> = label.chars().collect();
            let ends_in_verb = v
                .building_verbs
                .iter()
                .chain(v.predicate_starts.iter())
                .any(|w| ends_with(&label_chars, w));
            if ends_in_verb && v.duration_units.iter().any(|u| u == unit) {
                format!("{label}时长")
            } else {
                label
            }
        })
        .map(|label| format!("{average}{label}{mark}"))
        .unwrap_or_default()
}

/// The end of the counted thing after a figure when a list runs on past 和, 与 or 及 (286个社会
/// 团体、社会服务机构和基金会获得, 1400余名党组织书记和党务工作者在): the whole list, when no
/// figure of its own follows its last item and it fits a label; else, for a list of 、, its first
/// item only (115家社会公益组织、高校专家学者及……近300人: 家 counts the organisations).
fn through_list(
    chars: &[char],
    thing: usize,
    end: usize,
    stops_at: &impl Fn(usize, bool) -> bool,
) -> usize {
    const MOST: usize = 16;
    // 与 is mostly the preposition "with" (6家商会与县区政府签约): only 和 and 及 join a list
    if end >= chars.len() || !matches!(chars[end], '和' | '及') {
        return end;
    }
    let listed = chars[thing..end].contains(&'、');
    let first_item = || {
        chars[thing..end]
            .iter()
            .position(|&c| c == '、')
            .map_or(end, |p| thing + p)
    };
    if !chars.get(end + 1).is_some_and(|&c| is_han(c)) {
        return if listed { first_item() } else { end };
    }
    let limit = chars.len().min(thing + MOST + 1);
    let Some(whole_end) = (end + 1..limit).find(|&i| stops_at(i, true)) else {
        return if listed { first_item() } else { end };
    };
    // a figure right after the last item (及负责人近300人) is that item's own
    let own_figure = chars[whole_end..chars.len().min(whole_end + 2)]
        .iter()
        .any(char::is_ascii_digit);
    // 和 before a joint action is "with" (商会和政府共同签约)
    let joint = longest_at(&vocabulary().joint_action_words, &chars[whole_end..]) > 0;
    if own_figure || joint {
        if listed {
            first_item()
        } else {
            end
        }
    } else {
        whole_end
    }
}

/// The object of the last verb of building in the clause that ends right before `clause_start`
/// (开展“公益行”系列活动 → “公益行”系列活动), when it is a usable label.
fn object_before(
    chars: &[char],
    clause_start: usize,
    is_break: impl Fn(char) -> bool,
) -> Option<String> {
    let end = clause_start.checked_sub(1)?;
    let from = end.saturating_sub(crate::catalog::CONTEXT_CHARS);
    let start = chars[from..end]
        .iter()
        .rposition(|&c| is_break(c))
        .map_or(from, |p| from + p + 1);
    let clause = &chars[start..end];
    let v = vocabulary();
    let at = (0..clause.len()).rev().find_map(|i| {
        longest_at(&v.building_verbs, &clause[i..])
            .checked_sub(1)
            .map(|n| i + n + 1)
    })?;
    Some(tidy(&clause[at..].iter().collect::<String>())).filter(|label| is_usable(label))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numbers::find_quantities;

    /// Labels of every figure in `text`, in order.
    fn labels(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        let quantities = find_quantities(&chars);
        quantities
            .iter()
            .enumerate()
            .map(|(k, q)| {
                let previous_end = k.checked_sub(1).map_or(0, |p| quantities[p].range.end);
                label_from_text(&chars, previous_end, q.range.start, q.range.end, &q.unit)
            })
            .collect()
    }

    #[test]
    fn embedded_words_parse() {
        let words: LabelWords = toml::from_str(LABEL_DATA).expect("data/labels.toml parses");
        assert!(!words.building_verbs.is_empty() && !words.bad_start.is_empty());
    }

    #[test]
    fn counted_noun_phrases() {
        assert_eq!(
            labels("组建115个网约配送行业党委、12个快递行业党委"),
            ["网约配送行业党委", "快递行业党委"]
        );
        assert_eq!(labels("全省持证人数达到2.4万人"), ["持证人数"]);
        assert_eq!(labels("全市累计打造300个“暖新驿站”,服务骑手"), ["暖新驿站"]);
        assert_eq!(labels("全县共有社会组织1200家"), ["社会组织"]);
        assert_eq!(labels("开展了活动56场"), ["开展了活动"]);
        assert_eq!(labels("组建志愿服务队伍98支"), ["志愿服务队伍"]);
        assert_eq!(labels("截至2024年底,注册志愿者达到12万人"), ["注册志愿者"]);
        // a level reached is marked, never cut inside the verb (义工人数发展, 学历将提升)
        assert_eq!(
            labels("平均每万人拥有社工7名,义工人数发展到3461人"),
            ["社工", "义工人数（增至）"]
        );
        assert_eq!(
            labels("全县持证社工比例将提升至60%"),
            ["持证社工比例（增至）"]
        );
    }

    #[test]
    fn labels_are_never_cut_inside_a_word() {
        // 志愿服务 and 社区服务 are one word: 服务 inside them is no predicate
        assert_eq!(labels("街道建起14个志愿服务驿站"), ["志愿服务驿站"]);
        assert_eq!(labels("全区运营9家社区服务中心"), ["社区服务中心"]);
        // a word that starts like a particle (从业人员, 居民) keeps its first character
        assert_eq!(
            labels("全市社工机构的从业人员近5000人"),
            ["社工机构的从业人员"]
        );
        assert_eq!(labels("小区有800多位居民需要照顾"), ["居民"]);
        // a predicate that contains a shorter one (参与 holds 与) is read whole
        assert_eq!(labels("党员100%参与巡河"), ["党员参与巡河"]);
        assert_eq!(labels("7家协会荣获先进称号"), ["协会"]);
        // 向 of 定向 is no preposition
        assert_eq!(labels("开展7场定向服务"), ["定向服务"]);
    }

    #[test]
    fn clause_structure_bounds_the_label() {
        // a rank closes what it ranks; the figure after it counts what follows
        assert_eq!(labels("注册社工人数超2万居全省第一位"), ["注册社工人数"]);
        assert_eq!(labels("位列全国第二名全市社工站达300个"), ["社工站"]);
        // a verb keeps its resultative complement; a generic head keeps its verb
        assert_eq!(labels("评选出优秀社工12名"), ["优秀社工"]);
        assert_eq!(labels("新建社区孵化培育中心8个"), ["社区孵化培育中心"]);
        // an aside in parentheses that is not closed is not part of the label
        assert_eq!(labels("组建了以5名专职社工(其中"), ["专职社工"]);
        // linking words go one at a time (累计达 never leaves 累)
        assert_eq!(labels("持证社工人数累计达900人"), ["持证社工人数"]);
        // 及 joins two counted things; a verb of building after the thing is its predicate
        assert_eq!(labels("有300户家庭及500位老人"), ["家庭", "老人"]);
        assert_eq!(labels("全区12个社区建立议事会"), ["社区"]);
        // a comparison or a hedge before the figure is not what it counts; 共 after a
        // counted thing is its predicate, 共青团 a name
        assert_eq!(labels("求助来电同比增长12%"), ["求助来电同比增幅"]);
        assert_eq!(labels("全区受理的来信量高达900件"), ["受理的来信量"]);
        assert_eq!(labels("40个社区共组织活动"), ["社区"]);
        assert_eq!(labels("共青团员2000名"), ["共青团员"]);
        // a Latin initial is part of a name
        assert_eq!(labels("全市有58个U站"), ["U站"]);
    }

    #[test]
    fn clauses_are_cut_down_to_the_counted_thing() {
        // adverbs are left out; 开展 and 发放 govern the thing counted
        assert_eq!(labels("驿站已累计服务骑手900人次"), ["驿站服务骑手"]);
        assert_eq!(labels("全年累计开展各类培训活动40场"), ["培训活动"]);
        assert_eq!(labels("志愿者已发放爱心包300份"), ["爱心包"]);
        // a verb of change makes the figure a change
        assert_eq!(labels("来访批次同比下降8%"), ["来访批次同比降幅"]);
        assert_eq!(labels("社工人数比上年增加60人"), ["社工人数（增加）"]);
        // the thing after a figure ends at an adverb or a verb that never heads a noun
        assert_eq!(labels("8个社区均已建成议事厅"), ["社区"]);
        assert_eq!(labels("300名社工扎根基层"), ["社工"]);
        assert_eq!(labels("6个社工室举行揭牌仪式"), ["社工室"]);
        // an aside in parentheses is not part of the name, a short one is
        assert_eq!(labels("12名党员(均为退休教师和医生)"), ["党员"]);
        assert_eq!(labels("20个村(社区)"), ["村(社区)"]);
        assert_eq!(labels("1个组织、2个项目上榜"), ["组织", "项目"]);
        // a verb of building alone names the object of the same verb in the clause before
        assert_eq!(
            labels("全区开展“邻里守望”系列活动,共举办120场"),
            ["“邻里守望”系列活动"]
        );
        // a line ends the counted thing: the next line is another paragraph or furniture
        assert_eq!(labels("持证社工约3万人\n\n本报讯(记者"), ["持证社工"]);
    }

    #[test]
    fn places_and_speech_openers_are_not_labels() {
        // a place that opens the clause says where, not what is counted
        assert_eq!(
            labels("合肥全市登记社区社会组织3100个"),
            ["登记社区社会组织"]
        );
        assert_eq!(
            labels("贵州志愿服务组织数量达900多家"),
            ["志愿服务组织数量"]
        );
        // a road named after a city is no place prefix to strip
        assert_eq!(labels("鞍山路周边居民达3200多位"), ["鞍山路周边居民"]);
        // a quoted remark: the speaker's pronoun and hedges go
        assert_eq!(labels("“我们驿站的订单每天大约300单"), ["驿站的订单"]);
        assert_eq!(labels("他们还有骑手60多名"), ["骑手"]);
    }

    #[test]
    fn lists_prepositions_and_predicates_after_the_figure() {
        // 与 before a joint action is "with": the figure counts what precedes it
        assert_eq!(
            labels("目前已有5家全市性行业协会与区政府共同签约")[0],
            "全市性行业协会"
        );
        // 到 is a predicate of its own, yet a change after the figure still marks it
        assert_eq!(
            labels("结对老人从最初的12名增加到了300多名"),
            ["结对老人（起始）", "结对老人（增至）"]
        );
        assert_eq!(labels("全县8000余名骑手到站点报到"), ["骑手"]);
        // 对 of 对象 is no preposition; 之一 says the thing is one of them
        assert_eq!(labels("近四成的受访对象选择社区岗位"), ["受访对象"]);
        assert_eq!(labels("该村是全省12个示范村之一"), ["示范村"]);
        // a generic noun after a verb that makes the figure count it is named with that verb
        assert_eq!(
            labels("5家协会与县政府共签约14个项目"),
            ["协会", "签约项目"]
        );
        // a list after the measure word is read through 和 unless a figure of its own follows
        assert_eq!(
            labels("组织200名网格员和楼栋长参加培训"),
            ["网格员和楼栋长"]
        );
        assert_eq!(
            labels("来自各地的60家社会组织、高校学者及企业代表近200人参会")[0],
            "社会组织"
        );
    }

    #[test]
    fn function_words_are_never_labels() {
        for bad in [
            "为",
            "有",
            "伍",
            "展了活动的",
            "的社工",
            "力争",
            "义工人数发展到",
            "持证社工(其中",
        ] {
            assert!(!is_usable(bad), "{bad}");
        }
        assert!(is_usable("社区工作者"));
        assert_eq!(labels("其中为120人"), [""]);
    }
}
