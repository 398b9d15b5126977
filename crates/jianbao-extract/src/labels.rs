//! A figure's label: the noun phrase it counts, in the text's own words (115个**网约配送行业党委**,
//! **持证人数**达到2.4万人), never a function word (为, 有) or a piece of a word (伍, 展了活动).
//!
//! The words that shape labels are data (data/labels.toml).

mod acts;
mod bare_verbs;
mod broken;
mod clauses;
mod from_text;
mod honours;
mod lists;
mod shares;
mod since;
#[cfg(test)]
mod tests;
mod words;
mod years;

use crate::catalog::{is_clause_break, thing_start};
use bare_verbs::{only_verbs, topic_before};
use lists::{follows_a_list_item, tail_at_boundary, through_list};
use words::{ends_with, longest_at, starts_with, vocabulary};

pub use broken::without_broken_text;
pub use from_text::label_from_text;
pub use shares::share_of_figure_before;

/// Builds the labels' vocabulary now rather than at the first label (so that another thread can).
pub(crate) fn prepare() {
    vocabulary();
}

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

/// `label` without the clause adverbs that stand inside it right before a verb (志愿服务队已开展各类
/// 服务 → 志愿服务队开展各类服务, 驿站均已提供 → 驿站提供): when a label keeps its subject and
/// verb, the adverb only says when or how often the thing was done, and a reader rejects a label
/// that holds one. An adverb that opens the label is a leading word and handled there.
fn without_adverbs_before_verbs(label: String) -> String {
    let v = vocabulary();
    let chars: Vec<char> = label.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let mut run_end = i;
        if i >= 2 {
            while run_end < chars.len() {
                match adverb_at(&chars, run_end) {
                    0 => break,
                    len => run_end += len,
                }
            }
        }
        let rest = &chars[run_end..];
        let verb = longest_at(&v.action_verbs, rest).max(longest_at(&v.building_verbs, rest));
        if run_end > i && verb > 0 && rest.len() > verb {
            i = run_end;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    if out.len() == chars.len() {
        label
    } else {
        out.into_iter().collect()
    }
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

/// Whether a predicate that says the facility named before stands built, in use or covering its
/// area starts at `at` (社工站**已实现全覆盖**, 驿站**建成投入使用**): what is named before is still
/// the stock the figure counts, not some of it that did something.
pub fn standing_predicate_at(chars: &[char], at: usize) -> bool {
    longest_at(
        &vocabulary().standing_predicates,
        &chars[at.min(chars.len())..],
    ) > 0
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
    // a verb of taking part that closes the label (40家单位参与, 300名居民参加) is the counted
    // thing's predicate: it becomes a relative clause closed by 的 (参与的单位), as a verb that
    // governs the counted noun does, and is never cut inside (单位参)
    if let Some(w) = v
        .attending_verbs
        .iter()
        .find(|w| ends_with(&chars, w) && chars.len() >= w.len() + 2)
    {
        let thing = chars.len() - w.len();
        let mut relative: Vec<char> = w.to_vec();
        relative.push('的');
        relative.extend_from_slice(&chars[..thing]);
        chars = relative;
    }
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
    // the aspect particle 了 after a verb (培训了社区工作者) marks a completed act, never part
    // of what is counted; a word that holds it (了解, 为了) stays
    let mut chars = without_aspect_particle(&chars);
    // a conjunction and a restrictive adverb (驿站虽然只, 不但面积) join and restrict clauses
    // (clauses.rs)
    chars = clauses::without_clause_joints(&chars);
    // 发展具有大专及以上学历党员: tables name such people without the verb of having
    chars = without_qualification_verb(chars);
    // a place name stuck to the end (a headline's place run on into the next line: 友好场景
    // 沙坪坝) says where, not what; a list of places (黑河、绥化) is what is counted
    let place = trailing_place(&chars);
    if place > 0 && chars.len() - place >= 2 && !chars[..chars.len() - place].contains(&'、') {
        chars.truncate(chars.len() - place);
    }
    chars.into_iter().collect()
}

/// `chars` without a verb of having that opens a qualification (发展具有大专及以上学历党员 →
/// 发展大专及以上学历党员), as statistical tables name such people; kept when no qualification word
/// follows it or a 的 closes its clause (具有法人资格的社会组织 reads as a noun phrase already).
fn without_qualification_verb(chars: Vec<char>) -> Vec<char> {
    let v = vocabulary();
    let Some((at, len)) = (0..chars.len()).find_map(|i| {
        let len = longest_at(&v.qualification_verbs, &chars[i..]);
        (len > 0).then_some((i, len))
    }) else {
        return chars;
    };
    let rest = &chars[at + len..];
    let qualified = (0..rest.len()).any(|i| longest_at(&v.qualification_words, &rest[i..]) > 0);
    if !qualified || rest.contains(&'的') {
        return chars;
    }
    [&chars[..at], rest].concat()
}

/// `chars` without the aspect particle 了 inside it, after a Han character and before another
/// (开展了关爱活动 → 开展关爱活动), unless it lies inside a word of `adverb_exceptions` (了解).
fn without_aspect_particle(chars: &[char]) -> Vec<char> {
    let v = vocabulary();
    (0..chars.len())
        .filter(|&i| {
            let particle = chars[i] == '了'
                && i > 0
                && is_han(chars[i - 1])
                && chars.get(i + 1).is_some_and(|&c| is_han(c) || c == '“');
            // (the words are looked for around a particle only, not around every character)
            let inside_word = || {
                v.adverb_exceptions.iter().any(|w| {
                    (i.saturating_sub(w.len() - 1)..=i)
                        .any(|start| start + w.len() > i && starts_with(&chars[start..], w))
                })
            };
            !particle || inside_word()
        })
        .map(|i| chars[i])
        .collect()
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
        && !chars.iter().enumerate().any(|(i, &c)| {
            c.is_ascii_digit() && !in_model_name(&chars, i) && !in_age_bound(&chars, i)
        })
}

/// Whether the digit at `at` gives an age that bounds a group of people (35岁以下党员,
/// 30岁及以下党员, 31至35岁党员, 35周岁以下的社区工作者): party and workforce statistics count
/// their people by age band, and the band is part of what is counted.
fn in_age_bound(chars: &[char], at: usize) -> bool {
    let run_end = |from: usize| {
        chars[from..]
            .iter()
            .position(|c| !c.is_ascii_digit())
            .map_or(chars.len(), |p| from + p)
    };
    let is_age_word = |i: usize| {
        chars.get(i) == Some(&'岁')
            || (chars.get(i) == Some(&'周') && chars.get(i + 1) == Some(&'岁'))
    };
    let end = run_end(at);
    if is_age_word(end) {
        return true;
    }
    // 31至35岁: the lower end of a band
    let joined = chars
        .get(end)
        .is_some_and(|c| matches!(c, '至' | '到' | '-' | '—' | '–' | '～' | '~'));
    joined && chars.get(end + 1).is_some_and(char::is_ascii_digit) && is_age_word(run_end(end + 1))
}

/// Whether the digit at `at` belongs to a model's name of the `8+N`, `1+3+X` kind (文明实践8+N
/// 志愿服务品牌项目, “1+N”服务体系): official texts name a scheme by its parts joined with +, which
/// is no figure of its own.
fn in_model_name(chars: &[char], at: usize) -> bool {
    let run_start = chars[..at]
        .iter()
        .rposition(|c| !c.is_ascii_digit())
        .map_or(0, |p| p + 1);
    let run_end = chars[at..]
        .iter()
        .position(|c| !c.is_ascii_digit())
        .map_or(chars.len(), |p| at + p);
    let joined_after = chars.get(run_end) == Some(&'+')
        && chars
            .get(run_end + 1)
            .is_some_and(char::is_ascii_alphanumeric);
    let joined_before = run_start > 0 && chars[run_start - 1] == '+';
    joined_after || joined_before
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
pub(crate) const CHANGE_VERBS: &[&str] = &[
    "增加", "增长", "减少", "下降", "提高", "提升", "新增", "净增", "净减",
];

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
            if matches!(*w, "减少" | "下降" | "净减") {
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
    // the figure before may itself be a change (比上年增加120家,增长4.8%): the rate is the change
    // of what it counts, never a change of its mark (登记社会组织增幅, not …（增加）增幅)
    let base = CHANGE_MARKS
        .iter()
        .find_map(|mark| base.strip_suffix(mark))
        .unwrap_or(base);
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

/// `label` without the mark of a change it ends with (社会团体（减少） → 社会团体): what the figure
/// it was given to counts, for a total told after that change.
pub fn without_change_mark(label: &str) -> &str {
    ["（增加）", "（减少）"]
        .iter()
        .find_map(|mark| label.strip_suffix(mark))
        .unwrap_or(label)
}

/// The words between a wording and its figure without a comparison with an earlier time framed
/// by 与……相比 at their end (社会团体与上年相比减少156个: 减少): the comparison is no subject of
/// its own, as 比上年 is none.
pub fn without_time_comparison(gap: &[char]) -> Vec<char> {
    for end in (0..=gap.len()).rev() {
        if let Some(at) = comparison_with_earlier_time(&gap[..end]) {
            let mut kept = gap[..at].to_vec();
            kept.extend_from_slice(&gap[end..]);
            return kept;
        }
    }
    gap.to_vec()
}

/// The marks a label ends with when its figure is a change or a level reached (（增加）,
/// （增至）): notes on the figure, not part of what it counts.
const CHANGE_MARKS: &[&str] = &["（增加）", "（减少）", "（增至）", "（减至）", "（起始）"];

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

/// Where the last service number in `text` ends: a run of at least three digits that is no
/// quantity, followed by a word (12345热线, 96345平台), as hotlines and platforms are named,
/// when words follow it.
fn service_number_end(text: &[char]) -> Option<usize> {
    let end = (3..text.len()).rev().find(|&i| {
        is_han(text[i])
            && !matches!(text[i], '年' | '月' | '日')
            && text[i - 3..i].iter().all(char::is_ascii_digit)
    })?;
    let start = text[..end]
        .iter()
        .rposition(|c| !c.is_ascii_digit())
        .map_or(0, |p| p + 1);
    let a_quantity = crate::numbers::find_quantities(&text[start..])
        .first()
        .is_some_and(|q| q.range.start == 0);
    (!a_quantity && text.len() - end >= 2).then_some(end)
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
    // a span to now (中心启用以来, 自运营以来) says since when: the thing and what follows
    // stay (since.rs)
    let spanless = since::without_span_to_now(text);
    let mut text: &[char] = &spanless;
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
    // a service number naming a hotline or platform (12345市民服务热线受理诉求, 12349养老热线):
    // part of a name, never a count; what the figure counts follows it
    if let Some(after_number) = service_number_end(text) {
        text = &text[after_number..];
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
/// (行业动态, 信息时报讯): what a figure counts is never read across them, and a headline shown
/// in a briefing's source list never carries them.
pub(crate) fn after_furniture(text: &[char]) -> Vec<char> {
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

/// The label of a figure that follows the figure before it with only a 、 between them and
/// whose own words name nothing (常住人口3926户、10019人, 困难群众230户、512人): a second
/// measure of the same thing in another unit, labelled as the figure before (`before`); `label`
/// unchanged otherwise. `previous_end` is where the figure before ends, `quantity_start` where
/// this one starts.
pub fn second_measure(
    chars: &[char],
    previous_end: usize,
    quantity_start: usize,
    label: String,
    before: &str,
) -> String {
    let adjacent = previous_end > 0
        && quantity_start == previous_end + 1
        && chars.get(previous_end) == Some(&'、');
    if adjacent && names_nothing(&label) && is_usable(before) {
        before.to_owned()
    } else {
        label
    }
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
/// change, marked (志愿者比上年增加300人 → 志愿者（增加）). The first that ends the words wins.
const CHANGE_ENDINGS: &[(&str, &str, &str)] = &[
    // 净增, 净减: the net change statistical bulletins give (党员总数…,比上年净增11.7万名);
    // before 增加 so that 净增加 is not left with its 净
    ("净增加", "增幅", "（增加）"),
    ("净减少", "降幅", "（减少）"),
    ("净增", "增幅", "（增加）"),
    ("净减", "降幅", "（减少）"),
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
    // (compared from the last character, the verb not collected into a Vec for each ending)
    let (verb, rate_head, mark) = CHANGE_ENDINGS.iter().find(|(verb, _, _)| {
        let mut from_end = before.iter().rev();
        verb.chars().rev().all(|c| from_end.next() == Some(&c))
    })?;
    let mut rest = before[..before.len() - verb.chars().count()].to_vec();
    let year_on_year: Vec<char> = "同比".chars().collect();
    let mut head = String::new();
    if ends_with(&rest, &year_on_year) {
        rest.truncate(rest.len() - 2);
        head.push_str("同比");
    } else if let Some(at) = comparison_with_earlier_time(&rest) {
        // 社会团体与上年相比减少156个: the comparison framed by 与……相比 (how statistical
        // reports and blue books write it) is no more part of what is counted than 比上年
        rest.truncate(at);
    } else if let Some(at) = rest.iter().rposition(|&c| matches!(c, '比' | '较')) {
        // 比上年, 比2003年, 较去年同期: a comparison with an earlier time (较 is its written
        // form in reports)
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

/// Where a comparison with an earlier time framed by a coverb and 相比 (与上年相比, 同去年同期相比,
/// 和2022年相比, 与上年度相比较) starts, when `words` end with one: a short time ending in 年, 月, 期
/// or 年度 between the two. `None` for any other ending (与全国平均水平相比 compares places, and
/// is left as it was).
fn comparison_with_earlier_time(words: &[char]) -> Option<usize> {
    let framed = ["相比", "相比较", "比较"]
        .iter()
        .map(|w| w.chars().collect::<Vec<char>>())
        .find(|w| ends_with(words, w))?;
    let inner_end = words.len() - framed.len();
    let from = inner_end.saturating_sub(9);
    // the nearest coverb with a time after it (同去年同期相比: not the 同 of 同期)
    let ends_in_time = matches!(words[..inner_end].last(), Some('年' | '月' | '期' | '度'));
    (from..inner_end.saturating_sub(1))
        .rev()
        .find(|&i| matches!(words[i], '与' | '同' | '和' | '跟') && inner_end - i > 2)
        .filter(|_| ends_in_time)
}

/// The words before a figure when a comparison and a verb of change open its object (同比增加
/// 暖新驿站45个, 较上年减少信访事项30件): the object with the rest of the clause before the
/// comparison, and the mark of a change; `None` when no comparison stands right before a verb of
/// change with at least two characters after it. A comparison is never part of what is counted.
fn change_with_object(before: &[char]) -> Option<(Vec<char>, &'static str)> {
    (0..before.len()).find_map(|at| {
        let comparison = if starts_with(&before[at..], &['同', '比']) {
            2
        } else if matches!(before[at], '比' | '较') {
            // 比上年, 较去年同期, 比2023年: a short time ending in 年, 月 or 期
            (at + 2..before.len().min(at + 10))
                .find(|&end| matches!(before[end - 1], '年' | '月' | '期'))
                .map_or(0, |end| end - at)
        } else {
            0
        };
        if comparison == 0 {
            return None;
        }
        let verb_at = at + comparison;
        let (verb, _, mark) = CHANGE_ENDINGS.iter().find(|(verb, _, _)| {
            before[verb_at..].starts_with(&verb.chars().collect::<Vec<_>>())
        })?;
        let object = verb_at + verb.chars().count();
        (before.len() - object >= 2).then(|| {
            let mut text = before[..at].to_vec();
            text.extend_from_slice(&before[object..]);
            (text, *mark)
        })
    })
}

/// The most characters a label may have: a briefing's comparison table gives a label a cell of
/// about two lines.
const MAX_LABEL_CHARS: usize = 22;
