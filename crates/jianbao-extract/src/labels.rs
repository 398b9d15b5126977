//! A figure's label: the noun phrase it counts, in the text's own words (115个**网约配送行业党委**,
//! **持证人数**达到2.4万人), never a function word (为, 有) or a piece of a word (伍, 展了活动).
//!
//! The words that shape labels are data (data/labels.toml).

mod bare_verbs;
mod lists;
#[cfg(test)]
mod tests;
mod words;
mod years;

use crate::catalog::{is_clause_break, thing_start};
use bare_verbs::{only_verbs, topic_before};
use lists::{follows_a_list_item, tail_at_boundary, through_list};
use words::{ends_with, longest_at, starts_with, vocabulary};

pub(crate) fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
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
        .trim_matches(|c: char| matches!(c, '、' | ',' | ';' | ':' | ' ' | '·' | '-' | '–'))
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
        // 在校师生) or a leading word the next round drops whole (各 of 各级 after a place:
        // 重庆市各级干部 → 干部, never 级干部)
        while chars.first().is_some_and(|c| v.bad_start.contains(c))
            && !begins_word(&chars)
            && longest_at(&v.leading_words, &chars) == 0
        {
            chars.remove(0);
        }
        if chars.len() == len {
            break;
        }
    }
    // a place name stuck to the end (a headline's place run on into the next line: 友好场景
    // 沙坪坝) says where, not what; a list of places (黑河、绥化) is what is counted
    let place = trailing_place(&chars);
    if place > 0 && chars.len() - place >= 2 && !chars[..chars.len() - place].contains(&'、') {
        chars.truncate(chars.len() - place);
    }
    chars.into_iter().collect()
}

/// Length of a place name that ends `chars` (…沙坪坝), when the gazetteer finds one there and it
/// does not start the label; 0 otherwise.
fn trailing_place(chars: &[char]) -> usize {
    let places = crate::places::Gazetteer::embedded();
    places
        .find(chars, None)
        .into_iter()
        .filter(|m| m.range.end == chars.len() && m.range.start > 0)
        .map(|m| m.range.end - m.range.start)
        .max()
        .unwrap_or(0)
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
        // 清理标识1300块,悬挂2000块: verbs alone count what the figure before counts
        || only_verbs(chars)
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

/// What a figure whose clause says only a comparison and a verb of change before it (同比增长
/// 约22%, 比上年增加300件) adds to the label of the figure before it in its sentence, whose
/// change it is: a rate of change (同比增幅, 降幅) for a rate, the mark of a change (（增加）) for
/// a count. `clause_before` is the clause from its start to the figure (qualifier included);
/// `None` when it names something of its own (来访批次同比下降).
pub fn change_of_figure_before(clause_before: &[char], rate: bool) -> Option<String> {
    let mut before = clause_before;
    while let Some((last, rest)) = before.split_last() {
        if !matches!(last, '了' | '约' | '近' | '超' | '逾') {
            break;
        }
        before = rest;
    }
    let (rest, head) = strip_change(before, rate)?;
    names_nothing(&rest.iter().collect::<String>()).then_some(head)
}

/// The label of a change of what `base` names: `base` then `head` (同比增幅, （增加）). A base
/// too long for a table cell with the head keeps what follows its last coverb, the act counted
/// and whom it reaches (群众通过热线给市区两级领导干部留言 → 领导干部留言同比增幅).
pub fn change_label(base: &str, head: &str) -> String {
    let whole = format!("{base}{head}");
    if whole.chars().count() <= MAX_LABEL_CHARS {
        return whole;
    }
    let chars: Vec<char> = base.chars().collect();
    let v = vocabulary();
    let after_coverb = (0..chars.len()).rev().find_map(|i| {
        let w = longest_at(&v.coverbs, &chars[i..]);
        (w > 0
            && chars.len() - i - w >= 2
            && !begins_word(&chars[i..])
            && !inside_compound(&chars, i, w))
        .then_some(i + w)
    });
    after_coverb
        .map(|at| tidy(&chars[at..].iter().collect::<String>()))
        .filter(|short| is_usable(short))
        .map_or(whole, |short| format!("{short}{head}"))
}

/// The last two Han characters of what `label` names, without its end note (（增加）) or the
/// rate of change it was given (同比增幅): the words its quote must show for the label to trace
/// to it (一刻钟社区服务圈（增加） → 务圈); `None` when fewer than two are left.
pub fn named_ending(label: &str) -> Option<[char; 2]> {
    let mut core = label.trim_end();
    while let Some(open) = core.ends_with('）').then(|| core.rfind('（')).flatten() {
        core = &core[..open];
    }
    for (_, rate_head, _) in CHANGE_ENDINGS {
        if let Some(rest) = core.strip_suffix(rate_head) {
            core = rest.strip_suffix("同比").unwrap_or(rest);
            break;
        }
    }
    let han: Vec<char> = core.chars().filter(|&c| is_han(c)).collect();
    (han.len() >= 2).then(|| [han[han.len() - 2], han[han.len() - 1]])
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
    // a time frame (项目周期内, 三年内) says when: the words after it say what
    if let Some(at) = (0..text.len()).rev().find_map(|i| {
        let w = longest_at(&v.time_frame_ends, &text[i..]);
        (w > 0 && text.len() - i - w >= 2).then_some(i + w)
    }) {
        text = &text[at..];
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
        // a furniture word glued to a planted site name (难点行业动态XX官网、热点个案) is part of
        // the spam planted inside the clause: it goes, and the clause reads on across it
        if let Some(end) = (furniture > 0)
            .then(|| planted_site_end(text, i + furniture))
            .flatten()
        {
            i = end;
            continue;
        }
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

/// The end of a planted site name that starts at `at` (XX娱乐官网: Latin letters, a few
/// characters, a site mark), if one does.
fn planted_site_end(text: &[char], at: usize) -> Option<usize> {
    let latin = text[at.min(text.len())..]
        .iter()
        .take_while(|c| c.is_ascii_uppercase())
        .count();
    if latin == 0 {
        return None;
    }
    let v = vocabulary();
    (at + latin..text.len().min(at + latin + 7)).find_map(|k| {
        let mark = longest_at(&v.site_marks, &text[k..]);
        (mark > 0).then_some(k + mark)
    })
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
    // so does a citation mark (…提供服务 [2] - 秋城志愿服务中心实施公益项目58个)
    let clause_start = (clause_start..quantity_start)
        .rev()
        .find(|&i| citation_at(chars, i).is_some_and(|end| end <= quantity_start))
        .and_then(|i| citation_at(chars, i))
        .unwrap_or(clause_start);
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
    // 4000余名以快递员、外卖员为主的新就业形态劳动者: what the group is made of is a modifier;
    // the counted noun follows it
    let thing = framed_noun_start(chars, thing).unwrap_or(thing);
    // 连续5年被评为优秀: a run of years counts the years in which its clause held
    if let Some(label) = years::running_years_label(
        chars,
        clause_start,
        quantity_start,
        thing,
        unit,
        MAX_LABEL_CHARS,
    ) {
        return label;
    }
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
            || citation_at(chars, i).is_some()
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
        tail_at_boundary(&before, max, MAX_LABEL_CHARS)
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
    let clause_text: String = tail_at_boundary(&clause, 24, MAX_LABEL_CHARS)
        .into_iter()
        .collect();
    let candidates: Vec<String> = candidates.into_iter().map(|c| tidy(&c)).collect();
    candidates
        .iter()
        .find(|c| is_usable(c) && !ends_with_building_verb(c))
        .or_else(|| candidates.iter().find(|c| is_usable(c)))
        .cloned()
        .or_else(|| Some(tidy(&clause_text)).filter(|c| is_usable(c)))
        // 服务575人次: a verb of serving alone before a count of people names that count
        .or_else(|| {
            let alone: Vec<char> = tidy(&clause_text).chars().collect();
            let (_, count) = v.people_counts.iter().find(|(u, _)| u == unit)?;
            v.serving_verbs
                .contains(&alone)
                .then(|| format!("{}{count}", alone.iter().collect::<String>()))
        })
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
            // (a verb of doing only when it follows the figure: 连续11年编制发布)
            let follows_figure = chars[thing..].starts_with(&label_chars);
            let ends_in_verb = v
                .building_verbs
                .iter()
                .chain(v.predicate_starts.iter())
                .chain(v.action_verbs.iter().filter(|_| follows_figure))
                .any(|w| ends_with(&label_chars, w));
            if ends_in_verb && v.duration_units.iter().any(|u| u == unit) {
                format!("{label}时长")
            } else if let Some((_, count)) = v.people_counts.iter().find(|(u, _)| {
                u == unit && v.reach_verbs.iter().any(|w| ends_with(&label_chars, w))
            }) {
                // 服务覆盖10万人次: what the figure counts is the people reached
                format!("{label}{count}")
            } else if only_verbs(&label_chars) {
                // 各类意见建议,今年以来,全区收集了3200条: the verb's object is the topic
                match topic_before(chars, clause_start) {
                    Some(topic) => format!("{label}{topic}"),
                    None => label,
                }
            } else {
                label
            }
        })
        // 培训民政系统、文明办系统和……业务负责人330人次: a label longer than a table cell
        // holds loses the verb that opens it, leaving the people or things counted
        .map(|label| {
            let label_chars: Vec<char> = label.chars().collect();
            let verb = longest_at(&v.subject_breakers, &label_chars)
                .max(longest_at(&v.building_verbs, &label_chars))
                .max(longest_at(&v.action_verbs, &label_chars));
            if label_chars.len() > MAX_LABEL_CHARS && verb >= 2 && label_chars.len() - verb >= 2 {
                label_chars[verb..].iter().collect()
            } else {
                label
            }
        })
        .map(|label| format!("{average}{label}{mark}"))
        .unwrap_or_default()
}

/// The end of a citation mark that starts at `at` ([2], [12]: an AI summary's or a wiki's
/// reference to its source), if one does; it closes a statement as a full stop would. Other
/// bracketed text (forum markup, [color]) is no such mark.
fn citation_at(chars: &[char], at: usize) -> Option<usize> {
    if chars.get(at) != Some(&'[') {
        return None;
    }
    let digits = chars[at + 1..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    (digits > 0 && digits <= 3 && chars.get(at + 1 + digits) == Some(&']'))
        .then_some(at + 2 + digits)
}

/// Where the counted noun starts when a modifier of what a group is made of opens the words
/// after a figure (以快递员、外卖员为主的 + 新就业形态劳动者): after the modifier's closing
/// words, when they close it within its clause and a noun follows.
fn framed_noun_start(chars: &[char], thing: usize) -> Option<usize> {
    if chars.get(thing) != Some(&'以') {
        return None;
    }
    let v = vocabulary();
    (thing + 2..chars.len().min(thing + 24))
        .take_while(|&i| !(is_clause_break(chars[i]) && chars[i] != '、') && chars[i] != '\n')
        .find_map(|i| {
            let close = longest_at(&v.framing_closers, &chars[i..]);
            (close > 0 && chars.get(i + close).is_some_and(|&c| is_han(c) || c == '“'))
                .then_some(i + close)
        })
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
