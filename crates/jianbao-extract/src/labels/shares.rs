//! Shares written after the figure they are a share of (注册志愿者超150万人,**占总人口的**18%;
//! 党员志愿者420人,**占比达**28%) and shares whose clause names the part before 占 (其中**女性占**
//! 40%), and shares written before the things they count (78%的骑手遭遇过……): the label names the
//! part and says it is a share (注册志愿者占总人口比例, 女性占比, 骑手占比), never the base alone
//! (总人口), a verb left at the end (女性占) or the things alone (骑手). Words in data/labels.toml.

use super::words::{ends_with, starts_with, vocabulary};
use super::MAX_LABEL_CHARS;

/// What a share's own clause says of its base, when the clause opens with 占 and names no part
/// of its own (占总人口的 → 占总人口比例; 占比达 → 占比): the words to put after the label of
/// the figure before. `None` for any other clause or a unit a share is not written in.
fn share_words(clause_before: &[char], unit: &str) -> Option<String> {
    let v = vocabulary();
    if !v.share_units.iter().any(|u| u == unit) {
        return None;
    }
    let mut clause = clause_before;
    // the links between the base and the figure (达, 为, 约 …), from the end
    while let Some(w) = v.share_links.iter().find(|w| ends_with(clause, w)) {
        clause = &clause[..clause.len() - w.len()];
    }
    if starts_with(clause, &v.share_word) {
        // 占比分别为: a series of shares, each its own item's (respectively.rs), and no other
        // words after 占比 make it this figure's alone
        return (clause.len() == v.share_word.len()).then(|| v.share_word.iter().collect());
    }
    let base = clause.strip_prefix(v.share_opener.as_slice())?;
    // 女党员58.6万名,占27.9%: a list of statistics gives each count's share with 占 alone; the
    // share is of the whole the list is about, so the label says 占比
    if base.is_empty() {
        return Some(v.share_word.iter().collect());
    }
    let base = v
        .share_closers
        .iter()
        .find(|w| ends_with(base, w))
        .map_or(base, |w| &base[..base.len() - w.len()]);
    // the base is a noun phrase of its own: two characters at least, no clause break, no number
    let plain = base.len() >= 2
        && base
            .iter()
            .all(|&c| super::is_han(c) || c == '“' || c == '”');
    plain.then(|| {
        format!(
            "{}{}比例",
            v.share_opener.iter().collect::<String>(),
            base.iter().collect::<String>()
        )
    })
}

/// The label of a share whose own clause names no part (占总人口的18%), built on the label of the
/// figure before it in its sentence (注册志愿者 → 注册志愿者占总人口比例; a base too long for a
/// table cell leaves 注册志愿者占比); `None` when the clause is no such share or no figure
/// stands before it.
pub fn share_of_figure_before(
    clause_before: &[char],
    unit: &str,
    label_before: Option<&str>,
) -> Option<String> {
    let words = share_words(clause_before, unit)?;
    let part = super::CHANGE_MARKS
        .iter()
        .find_map(|mark| label_before?.strip_suffix(mark))
        .or(label_before)?;
    let whole = format!("{part}{words}");
    if whole.chars().count() <= MAX_LABEL_CHARS {
        return Some(whole);
    }
    let short = format!(
        "{part}{}",
        vocabulary().share_word.iter().collect::<String>()
    );
    (short.chars().count() <= MAX_LABEL_CHARS).then_some(short)
}

/// A share's label that names its part and ends with the opener (其中女性占 → 女性占比): the
/// figure is the part's share, so the label says so; any other label unchanged.
pub(super) fn part_share(label: String, unit: &str) -> String {
    let v = vocabulary();
    let words: Vec<char> = label.chars().collect();
    let opener = v.share_opener.as_slice();
    if v.share_units.iter().any(|u| u == unit)
        && words.len() > opener.len() + 1
        && ends_with(&words, opener)
        && !starts_with(&words, opener)
    {
        let tail: String = v.share_word[opener.len()..].iter().collect();
        format!("{label}{tail}")
    } else {
        label
    }
}

/// A share written before the things it counts, with 的 (78%的骑手遭遇过……, 超过60%的受访者表示
/// ……, 95%以上的乡镇(街道)建成社工站): the label read after the figure names those things, and
/// the figure is their share (骑手占比); a label that already names a rate (满意度, 覆盖率) and
/// any other label stay as they are. `quantity_end` is where the figure ends, `thing` where the
/// words after it start.
pub(super) fn share_of_things_after(
    chars: &[char],
    quantity_end: usize,
    thing: usize,
    unit: &str,
    label: String,
) -> String {
    let v = vocabulary();
    let words: Vec<char> = label.chars().collect();
    let end = quantity_end.min(thing).min(chars.len());
    let joined_by_de = chars[end..thing.min(chars.len())].contains(&'的');
    let named_after = starts_with(&chars[thing.min(chars.len())..], &words);
    let names_a_rate = v.rate_heads.iter().any(|w| ends_with(&words, w));
    if v.share_units.iter().any(|u| u == unit)
        && joined_by_de
        && named_after
        && words.len() >= 2
        && !names_a_rate
    {
        let whole = format!("{label}{}", v.share_word.iter().collect::<String>());
        if whole.chars().count() <= MAX_LABEL_CHARS {
            return whole;
        }
    }
    label
}

/// A share whose part is named after the figure by a copula (报名的志愿者中有近70%为在校大学生,
/// 参与者中约45%是党员, 其中六成为女性): the figure is the part's share of the whole its clause
/// opens with (报名的志愿者中在校大学生占比; 其中 names no whole: 女性占比). `before` is the tidied
/// label of the words before the figure, `after` the words after it; `None` unless the copula
/// opens them, a noun of Han characters follows, and the words before end with 中 or are empty.
pub(super) fn share_of_part_after(before: &str, after: &[char], unit: &str) -> Option<String> {
    let v = vocabulary();
    if !v.share_units.iter().any(|u| u == unit) {
        return None;
    }
    let copula = v.share_copulas.iter().find(|w| starts_with(after, w))?;
    let part: String = after[copula.len()..]
        .iter()
        .take_while(|&&c| super::is_han(c))
        .collect();
    let names_a_rate = v
        .rate_heads
        .iter()
        .any(|w| ends_with(&part.chars().collect::<Vec<char>>(), w));
    if part.chars().count() < 2 || names_a_rate {
        return None;
    }
    let share_word: String = v.share_word.iter().collect();
    let whole = before
        .strip_suffix("其中")
        .unwrap_or(before)
        .strip_suffix('中')
        .filter(|whole| whole.chars().count() >= 2);
    match whole {
        Some(whole) => {
            let label = format!("{whole}中{part}{share_word}");
            Some(if label.chars().count() <= MAX_LABEL_CHARS {
                label
            } else {
                format!("{part}{share_word}")
            })
        }
        None if before.is_empty() || before == "其中" => Some(format!("{part}{share_word}")),
        None => None,
    }
}
