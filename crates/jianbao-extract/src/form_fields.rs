//! A form's field and its value (户数:2860户, 党员数:186名): a community's profile form or a
//! bulletin's tally names the counted thing before a colon, so the figure's own clause holds no
//! words and its label would be empty. [`field_before`] reads the field as the figure's label
//! (`data/form-fields.toml`). A tally written as prose does the same with a comma: the counted
//! thing stands as a clause of its own and the figure's clause holds only a total word
//! (一是防疫类诉求,共329件; 开展志愿服务活动,共120场), read by [`subject_before_total`]; a tally
//! by month puts the month between the thing and each count (诉求量5月852件), read by
//! [`month_tally_label`].

use std::ops::Range;
use std::sync::OnceLock;

const FORM_FIELDS: &str = include_str!("../../../data/form-fields.toml");

/// data/form-fields.toml.
#[derive(serde::Deserialize)]
struct FormFields {
    max_chars: usize,
    not_fields: Vec<String>,
    total_words: Vec<String>,
    enumerators: Vec<String>,
    max_subject_chars: usize,
    time_ends: Vec<String>,
    month_links: Vec<String>,
    trend_ends: Vec<String>,
}

fn form_fields() -> &'static FormFields {
    static FIELDS: OnceLock<FormFields> = OnceLock::new();
    FIELDS.get_or_init(|| toml::from_str(FORM_FIELDS).expect("data/form-fields.toml parses"))
}

/// The field name before the colon right before the figure at `at` of `s` (户数:2860户 → 户数):
/// two to `max_chars` Chinese characters that start `s` or follow a clause break, a table bar or
/// a space, and are no word that opens a list (其中:). `None` when the figure follows no colon.
pub(crate) fn field_before(s: &[char], at: usize) -> Option<String> {
    let FormFields {
        max_chars,
        not_fields,
        ..
    } = form_fields();
    let mut end = at.min(s.len());
    while end > 0 && s[end - 1] == ' ' {
        end -= 1;
    }
    if end == 0 || !matches!(s[end - 1], ':' | '：') {
        return None;
    }
    end -= 1;
    let start = (0..end)
        .rev()
        .take_while(|&i| crate::labels::is_han(s[i]))
        .last()?;
    let opens = start == 0
        || matches!(
            s[start - 1],
            ',' | '，' | ';' | '；' | '。' | '、' | '|' | ' ' | '\n' | '(' | '（'
        );
    let field: String = s[start..end].iter().collect();
    let len = end - start;
    (opens && (2..=*max_chars).contains(&len) && !not_fields.contains(&field)).then_some(field)
}

/// The subject clause of a figure whose own clause is only a total word after a comma (一是防疫类
/// 诉求,共329件 → 防疫类诉求): its range in `s`, an enumerator (一是, 其一) left out. The figure's
/// own clause runs from the last break before `number_start`; the subject clause begins after
/// `from` (the figure before it in its sentence) and after any clause break, and holds only Han
/// characters (a list or a clause with figures is no subject), at most `max_subject_chars`.
pub(crate) fn subject_clause(s: &[char], from: usize, number_start: usize) -> Option<Range<usize>> {
    let FormFields {
        total_words,
        enumerators,
        max_subject_chars,
        time_ends,
        ..
    } = form_fields();
    let number_start = number_start.min(s.len());
    let own_end = s[..number_start]
        .iter()
        .rposition(|&c| !c.is_whitespace())?
        + 1;
    let own_start = s[..own_end]
        .iter()
        .rposition(|&c| !crate::labels::is_han(c))
        .map_or(0, |p| p + 1);
    let own: String = s[own_start..own_end].iter().collect();
    if !total_words.contains(&own) {
        return None;
    }
    let comma = own_start
        .checked_sub(1)
        .filter(|&c| matches!(s[c], ',' | '，'))?;
    let from = from.min(comma);
    let mut start = (from..comma)
        .rev()
        .find(|&i| (crate::catalog::is_clause_break(s[i]) && s[i] != '、') || s[i] == '\n')
        .map_or(from, |i| i + 1);
    if let Some(e) = enumerators
        .iter()
        .map(|e| e.chars().collect::<Vec<char>>())
        .find(|e| s[start..comma].starts_with(e))
    {
        start += e.len();
    }
    let subject = &s[start..comma];
    // 活动期间,共120场: a time, not a thing counted
    let a_time = time_ends
        .iter()
        .any(|w| subject.ends_with(&w.chars().collect::<Vec<char>>()));
    (!subject.is_empty()
        && !a_time
        && subject.len() <= *max_subject_chars
        && subject.iter().all(|&c| crate::labels::is_han(c)))
    .then_some(start..comma)
}

/// The label of a figure whose own clause is only a total word after a comma (一是防疫类诉求,
/// 共329件 → 防疫类诉求): the clause before the comma ([`subject_clause`]) names what it counts,
/// read as if the figure followed it (开展志愿服务活动,共120场 reads as 开展志愿服务活动120场).
/// The figure spans `start..end` of `s` in `unit`, after the figure before it at `previous_end`.
/// `None` where the figure's clause holds other words or the subject gives no usable label.
pub(crate) fn subject_before_total(
    s: &[char],
    previous_end: usize,
    start: usize,
    end: usize,
    unit: &str,
) -> Option<String> {
    let subject = &s[subject_clause(s, previous_end, start)?];
    label_of_subject(subject, &s[start..end.min(s.len())], unit)
}

/// The usable label of `figure` read as if `subject` stood right before it.
fn label_of_subject(subject: &[char], figure: &[char], unit: &str) -> Option<String> {
    let joined: Vec<char> = subject.iter().chain(figure).copied().collect();
    let label = crate::labels::label_from_text(
        &joined,
        0,
        subject.len(),
        subject.len() + figure.len(),
        unit,
    );
    crate::labels::is_usable(&label).then_some(label)
}

/// Where the month right before a figure starting at `start` begins (诉求量**5月**852件,
/// **到10月**276件, 5月份为852件): `None` when no month 1 to 12 stands there.
fn month_before(s: &[char], start: usize) -> Option<usize> {
    let mut p = start.min(s.len());
    if p > 0 && matches!(s[p - 1], '为' | '是') {
        p -= 1;
    }
    if p > 0 && s[p - 1] == '份' {
        p -= 1;
    }
    if p == 0 || s[p - 1] != '月' {
        return None;
    }
    let month_end = p - 1;
    let digits = s[..month_end]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(**c))
        .count();
    let month_start = month_end - digits;
    let written: String = s[month_start..month_end].iter().collect();
    let month = written.parse::<u32>().ok().or_else(|| {
        let numeral = crate::numbers::parse_chinese(&s[month_start..month_end])?;
        (numeral.fract() == 0.0).then_some(numeral as u32)
    })?;
    if !(1..=12).contains(&month) || digits > 2 {
        return None;
    }
    let links = &form_fields().month_links;
    let link = links.iter().find_map(|l| {
        let l: Vec<char> = l.chars().collect();
        s[..month_start].ends_with(&l).then_some(l.len())
    });
    Some(month_start - link.unwrap_or(0))
}

/// The label of a count told after its month (诉求量5月852件 → 诉求量; 热线诉求逐月下降,5月852件
/// → 热线诉求): the words before the month, or, when the month opens its clause, the clause
/// before it without its trend word (data/form-fields.toml, `trend_ends`), read as if the figure
/// followed them. `None` where no month stands before the figure or no usable label results.
pub(crate) fn month_tally_label(
    s: &[char],
    previous_end: usize,
    start: usize,
    end: usize,
    unit: &str,
) -> Option<String> {
    let month_start = month_before(s, start)?;
    let figure = &s[start..end.min(s.len())];
    let read = |subject: &[char]| label_of_subject(subject, figure, unit);
    let is_break = |c: char| (crate::catalog::is_clause_break(c) && c != '、') || c == '\n';
    let from = previous_end.min(month_start);
    let own_start = (from..month_start)
        .rev()
        .find(|&i| is_break(s[i]))
        .map_or(from, |i| i + 1);
    if own_start < month_start {
        return read(&s[own_start..month_start]);
    }
    // 热线诉求逐月下降,5月852件: the clause before names the thing and its trend
    let comma = own_start
        .checked_sub(1)
        .filter(|&c| matches!(s[c], ',' | '，' | ':' | '：'))?;
    let start = (0..comma)
        .rev()
        .find(|&i| is_break(s[i]))
        .map_or(0, |i| i + 1);
    let mut subject = &s[start..comma];
    if let Some(trend) = form_fields().trend_ends.iter().find_map(|w| {
        let w: Vec<char> = w.chars().collect();
        subject.ends_with(&w).then_some(w.len())
    }) {
        subject = &subject[..subject.len() - trend];
    }
    (subject.len() <= form_fields().max_subject_chars)
        .then(|| read(subject))
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(text: &str) -> Option<String> {
        let s: Vec<char> = text.chars().collect();
        // the last figure of the text
        let last = s.iter().rposition(|c| c.is_ascii_digit()).unwrap();
        let at = (0..=last)
            .rev()
            .take_while(|&i| s[i].is_ascii_digit())
            .last()
            .unwrap();
        field_before(&s, at)
    }

    #[test]
    fn a_field_before_a_colon_names_the_figure() {
        assert_eq!(field("户数:2860户").as_deref(), Some("户数"));
        assert_eq!(field("常住人口：7420人").as_deref(), Some("常住人口"));
        assert_eq!(field("| 注册志愿者: 560名").as_deref(), Some("注册志愿者"));
        assert_eq!(
            field("辖区面积0.8平方公里,党员数:186名").as_deref(),
            Some("党员数")
        );
    }

    #[test]
    fn no_field_where_the_colon_opens_a_list_or_a_sentence() {
        assert_eq!(field("其中:男3316人"), None);
        assert_eq!(field("党员186名"), None);
        assert_eq!(
            field("社区负责人在座谈会上介绍今年以来的工作情况:120场"),
            None
        );
    }
}
