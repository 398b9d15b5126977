//! A form's field and its value (户数:2860户, 党员数:186名): a community's profile form or a
//! bulletin's tally names the counted thing before a colon, so the figure's own clause holds no
//! words and its label would be empty. [`field_before`] reads the field as the figure's label
//! (`data/form-fields.toml`).

use std::sync::OnceLock;

const FORM_FIELDS: &str = include_str!("../../../data/form-fields.toml");

/// data/form-fields.toml.
#[derive(serde::Deserialize)]
struct FormFields {
    max_chars: usize,
    not_fields: Vec<String>,
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
