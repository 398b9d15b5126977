//! The reader's check of a figure's label, which needs no expected label: a label names what a
//! figure counts, a noun phrase, so a reader rejects one that is a single character, holds a
//! clause break, opens or ends with a function word or a governing verb, or holds an adverb that
//! only stands before a predicate (信访问题已解决, 《办法》共六章). The words are data
//! (reader_words.toml next to this file), kept apart from the extractor's own lists.

use std::sync::OnceLock;

const READER_WORDS: &str = include_str!("reader_words.toml");

/// The word lists of reader_words.toml.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReaderWords {
    never_start_fragment: Vec<String>,
    never_start: Vec<String>,
    start_exceptions: Vec<String>,
    never_end: Vec<String>,
    end_exceptions: Vec<String>,
    never_inside: Vec<String>,
    inside_exceptions: Vec<String>,
}

/// The embedded word lists; a broken file is a bug caught by this module's tests, so it is
/// reported as an empty check rather than a crash of the scorer.
pub fn reader_words() -> Option<&'static ReaderWords> {
    static WORDS: OnceLock<Option<ReaderWords>> = OnceLock::new();
    WORDS
        .get_or_init(|| toml::from_str(READER_WORDS).ok())
        .as_ref()
}

/// Characters that end a clause: a label holding one runs over two clauses.
const CLAUSE_BREAKS: &str = "，,。；;：:！!？?\n";

/// Whether `word` occurs in `chars` at `at`.
fn word_at(chars: &[char], at: usize, word: &str) -> bool {
    (at..)
        .zip(word.chars())
        .all(|(k, c)| chars.get(k) == Some(&c))
}

/// Whether the `len` characters at `at` lie inside one of `exceptions` as it occurs in `chars`
/// (就 of 新就业群体 lies inside 就业).
fn excepted(chars: &[char], at: usize, len: usize, exceptions: &[String]) -> bool {
    exceptions.iter().any(|e| {
        let e_len = e.chars().count();
        e_len >= len
            && ((at + len).saturating_sub(e_len)..=at)
                .any(|start| start + e_len <= chars.len() && word_at(chars, start, e))
    })
}

/// Why a reader rejects `label`, or `None` when a reader accepts it. The extractor's marks of a
/// change at the end ((增至), （减至）) and quotation marks are not judged.
pub fn rejection(label: &str) -> Option<String> {
    let words = reader_words()?;
    let core = crate::matching::without_end_note(label);
    let chars: Vec<char> = core.chars().collect();
    let han = chars
        .iter()
        .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(*c) || c.is_ascii_uppercase())
        .count();
    if han < 2 {
        return Some("fewer than two characters".to_owned());
    }
    if let Some(c) = chars.iter().find(|c| CLAUSE_BREAKS.contains(**c)) {
        return Some(format!("holds the clause break {c}"));
    }
    if chars.first() == Some(&'、') || chars.last() == Some(&'、') {
        return Some("a list item cut at 、".to_owned());
    }
    let n = chars.len();
    // a relative clause closed by 的 before the head noun (建立志愿服务队伍的社区)
    let closed_by_de = |after: usize| {
        chars[after.min(n)..]
            .iter()
            .rev()
            .skip(1)
            .any(|&c| c == '的')
    };
    let opens = |list: &[String], waived_by_de: bool| {
        list.iter()
            .find(|w| {
                let len = w.chars().count();
                word_at(&chars, 0, w)
                    && !excepted(&chars, 0, len, &words.start_exceptions)
                    && !(waived_by_de && closed_by_de(len))
            })
            .cloned()
    };
    if let Some(w) =
        opens(&words.never_start_fragment, false).or_else(|| opens(&words.never_start, true))
    {
        return Some(format!("opens with {w}"));
    }
    if let Some(w) = words.never_end.iter().find(|w| {
        let len = w.chars().count();
        n >= len
            && word_at(&chars, n - len, w)
            && !excepted(&chars, n - len, len, &words.end_exceptions)
    }) {
        return Some(format!("ends with {w}"));
    }
    for at in 1..n {
        if let Some(w) = words.never_inside.iter().find(|w| {
            let len = w.chars().count();
            word_at(&chars, at, w)
                && !excepted(&chars, at, len, &words.inside_exceptions)
                && !closed_by_de(at + len)
        }) {
            return Some(format!("holds {w}"));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_lists_parse() {
        let words = reader_words().expect("reader_words.toml parses");
        assert!(!words.never_start.is_empty() && !words.never_inside.is_empty());
    }

    #[test]
    fn noun_phrases_pass() {
        for good in [
            "注册志愿者",
            "新就业群体劳动者",
            "社区综合服务设施",
            "在校学生",
            "个案服务",
            "公共服务设施",
            "U站",
            "义工人数（增至）",
            "“党建强、发展强”行业协会商会",
            "为老服务中心",
            "乡镇(街道)社会工作服务站示范站",
            "“家校警”护航服务",
            "村(居)",
            "年均志愿服务活动",
            "建立志愿服务队伍的社区",
            "已解决的交办信访问题",
            "认为社区工作量大、任务重的受访者占比",
        ] {
            assert_eq!(rejection(good), None, "{good}");
        }
    }

    #[test]
    fn verbs_clauses_function_words_and_fragments_are_rejected() {
        for (bad, why) in [
            ("为", "fewer than two characters"),
            ("伍", "fewer than two characters"),
            ("举办", "opens with 举办"),
            ("疑难信访案件减少", "ends with 减少"),
            ("党建工作指导员穿梭于楼宇园区", "holds 穿梭"),
            ("《办法》共六章", "holds 共"),
            ("个社区社工室的试点", "opens with 个"),
            ("“党爱超市”就兑换物品", "holds 就"),
            ("信访问题已化解", "holds 已"),
            ("中级社工具备省级获奖项目实操经验为核心", "holds 具备"),
            ("开展各类志愿服务活动", "opens with 开展"),
            ("、志愿项目", "a list item cut at 、"),
            ("社工，志愿者", "holds the clause break ，"),
        ] {
            assert_eq!(rejection(bad).as_deref(), Some(why), "{bad}");
        }
    }
}
