//! Escaping text for Typst source: markup mode (body text) and string literals (code mode).
//!
//! Briefings quote sources verbatim, and a quote may contain anything: `#` in an article
//! number, `*` in a footnote mark, `2026-11` (which Typst markup would turn into a minus
//! sign), `https://` (an automatic link), `...` (an ellipsis). Every character that markup
//! would read as syntax or as a shorthand is escaped, so the printed text is exactly the
//! source text.

/// Appends `text` to `out` as Typst markup that prints exactly `text`.
///
/// `at_line_start`: the text begins a line of markup (a paragraph, a heading, a content
/// block), where a leading `1.` would start a numbered list; the leading digit is then escaped.
/// Line breaks and other control characters become spaces: a newline in markup would end the
/// paragraph or the heading. A number and its first unit get a word joiner between them,
/// written as the escape `\u{2060}` so it shows in the source: Typst would otherwise break
/// 2021年12|月 across lines (see [`jianbao_doc::number_unit_spans`]).
pub(crate) fn push_markup(out: &mut String, text: &str, at_line_start: bool) {
    let mut line_start = at_line_start;
    let mut units = jianbao_doc::number_unit_spans(text)
        .into_iter()
        .map(|span| span.end)
        .peekable();
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if units.next_if(|&end| end == at + c.len_utf8()).is_some() {
            out.push_str("\\u{2060}");
        }
        match c {
            // Syntax in markup: escape, comment/term-list (`/`), strong, emphasis, raw, math,
            // reference, label, content block, non-breaking space, heading, list and enum
            // markers, smart quotes, and `-` (en/em dash, soft hyphen, and minus before digits).
            '\\' | '#' | '*' | '_' | '`' | '$' | '@' | '<' | '>' | '[' | ']' | '~' | '/' | '='
            | '-' | '+' | '"' | '\'' => {
                out.push('\\');
                out.push(c);
            }
            // `...` is the ellipsis shorthand.
            '.' if chars.peek().is_some_and(|&(_, next)| next == '.') => out.push_str("\\."),
            '0'..='9' if line_start => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() && c != '\t' => out.push(' '),
            c => out.push(c),
        }
        if !c.is_whitespace() {
            line_start = false;
        }
    }
}

/// Like [`push_markup`], with every occurrence of one of `words` (longest first) set in an
/// unbreakable box: a title's place names (海南, 新疆维吾尔自治区) are never split across lines,
/// which Typst's CJK line breaking (a break between any two ideographs) would otherwise do.
/// The box is closed with `;`, so a following `(`, `[` or `.` stays text.
pub(crate) fn push_markup_keeping(
    out: &mut String,
    text: &str,
    at_line_start: bool,
    words: &[&str],
) {
    let mut words: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| w.chars().count() >= 2 && !w.chars().any(char::is_whitespace))
        .collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    let mut line_start = at_line_start;
    let mut plain = 0;
    let mut at = 0;
    while at < text.len() {
        match words.iter().find(|w| text[at..].starts_with(**w)) {
            Some(word) => {
                push_markup(out, &text[plain..at], line_start);
                out.push_str("#box[");
                push_markup(out, word, false);
                out.push_str("];");
                line_start = false;
                at += word.len();
                plain = at;
            }
            None => at += text[at..].chars().next().map_or(1, char::len_utf8),
        }
    }
    push_markup(out, &text[plain..], line_start);
}

/// Appends `text` to `out` as a Typst string literal, quotes included.
pub(crate) fn push_string_literal(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn markup(text: &str, at_line_start: bool) -> String {
        let mut out = String::new();
        push_markup(&mut out, text, at_line_start);
        out
    }

    fn literal(text: &str) -> String {
        let mut out = String::new();
        push_string_literal(&mut out, text);
        out
    }

    #[test]
    fn markup_syntax_characters_are_escaped() {
        assert_eq!(
            markup("#a *b* _c_ `d` $e$ @f <g> [h] \\i ~j", false),
            "\\#a \\*b\\* \\_c\\_ \\`d\\` \\$e\\$ \\@f \\<g\\> \\[h\\] \\\\i \\~j"
        );
    }

    #[test]
    fn shorthands_and_comments_are_escaped() {
        // Dates and negative figures keep their hyphen-minus; `--` stays two hyphens.
        assert_eq!(markup("2026-11-22", false), "2026\\-11\\-22");
        assert_eq!(markup("-3.5%", false), "\\-3.5%");
        assert_eq!(markup("a--b", false), "a\\-\\-b");
        assert_eq!(markup("等...", false), "等\\.\\..");
        assert_eq!(markup("1.5", false), "1.5");
        assert_eq!(markup("https://x.cn/a", false), "https:\\/\\/x.cn\\/a");
        assert_eq!(
            markup("a // b /* c */", false),
            "a \\/\\/ b \\/\\* c \\*\\/"
        );
        assert_eq!(markup("\"引\" 'q'", false), "\\\"引\\\" \\'q\\'");
    }

    #[test]
    fn list_and_heading_markers_at_line_start_are_escaped() {
        assert_eq!(markup("1. 增长", true), "\\1. 增长");
        assert_eq!(markup("  12. 增长", true), "  \\12. 增长");
        assert_eq!(markup("第1. 项", true), "第1. 项");
        assert_eq!(markup("1. 增长", false), "1. 增长");
        assert_eq!(markup("- a", true), "\\- a");
        assert_eq!(markup("+ a", true), "\\+ a");
        assert_eq!(markup("= a", true), "\\= a");
        assert_eq!(markup("/ a: b", true), "\\/ a: b");
    }

    #[test]
    fn newlines_cannot_end_a_paragraph() {
        assert_eq!(markup("甲\n\n乙\r丙\u{0}", false), "甲  乙 丙 ");
    }

    #[test]
    fn chinese_text_is_unchanged_but_for_joiners_before_units() {
        let text = "浙江省地区生产总值（GDP）增长5.5%，居全国前列。";
        assert_eq!(markup(text, false), text);
        assert_eq!(
            markup("浙江省2024年增长5.5%，高于全国0.5个百分点。", false),
            "浙江省2024\\u{2060}年增长5.5%，高于全国0.5\\u{2060}个百分点。"
        );
    }

    #[test]
    fn a_number_keeps_its_unit_at_a_line_start_and_after_escapes() {
        assert_eq!(markup("12月", true), "\\12\\u{2060}月");
        assert_eq!(markup("2021年12月", false), "2021\\u{2060}年12\\u{2060}月");
        assert_eq!(markup("-3人", false), "\\-3\\u{2060}人");
        assert_eq!(markup("万人", false), "万人");
    }

    #[test]
    fn kept_words_are_boxed_longest_first() {
        let mut out = String::new();
        push_markup_keeping(
            &mut out,
            "北京、海南和新疆维吾尔自治区(2026-11)社会工作",
            true,
            &["海南", "新疆", "新疆维吾尔自治区", "北京", ""],
        );
        assert_eq!(
            out,
            "#box[北京];、#box[海南];和#box[新疆维吾尔自治区];(2026\\-11)社会工作"
        );
        let mut out = String::new();
        push_markup_keeping(&mut out, "1. 海南", true, &["海南"]);
        assert_eq!(out, "\\1. #box[海南];");
    }

    #[test]
    fn string_literals_escape_quotes_backslashes_and_controls() {
        assert_eq!(literal("a\"b\\c\nd\u{1}"), "\"a\\\"b\\\\c\\nd\\u{1}\"");
        assert_eq!(literal("简报"), "\"简报\"");
    }
}
