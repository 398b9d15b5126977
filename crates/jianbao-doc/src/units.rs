//! A number and the unit after it are read as one: 27.5万人, 2021年12月, 34个百分点. clreq
//! (W3C, Requirements for Chinese Text Layout) keeps them on one line, but Unicode line
//! breaking (UAX #14), which Typst and browsers follow, allows a break between a digit and
//! the ideograph after it (2021年12|月). This is the one list of units every renderer uses:
//! the PDF line breaker and the DOCX title forbid the break themselves, the Typst export
//! writes a word joiner (U+2060) there, the HTML page a span that does not wrap.

use std::ops::Range;

/// Characters that act as units or measure words after a number: "27.5万人", "34个百分点",
/// "2026年", "18.6%". A number and the units that follow it stay on one line.
pub fn is_unit(c: char) -> bool {
    is_han_unit(c) || is_postfix_sign(c)
}

/// Units written with an ideograph, which UAX #14 lets a line break separate from a digit.
fn is_han_unit(c: char) -> bool {
    matches!(
        c,
        '万' | '亿'
            | '千'
            | '百'
            | '十'
            | '个'
            | '人'
            | '元'
            | '名'
            | '家'
            | '所'
            | '项'
            | '次'
            | '倍'
            | '岁'
            | '年'
            | '月'
            | '日'
            | '号'
            | '时'
            | '分'
            | '秒'
            | '点'
            | '户'
            | '件'
            | '篇'
            | '条'
            | '位'
            | '张'
            | '台'
            | '辆'
            | '吨'
            | '米'
            | '克'
            | '升'
            | '度'
            | '亩'
            | '公'
            | '顷'
            | '里'
            | '斤'
            | '余'
            | '多'
            | '册'
            | '座'
            | '套'
            | '批'
            | '期'
            | '周'
            | '天'
    )
}

/// Postfix signs (UAX #14 class PO), which Unicode line breaking and the clreq line-start rule
/// already keep with the number before them.
fn is_postfix_sign(c: char) -> bool {
    matches!(c, '%' | '％' | '‰' | '℃')
}

/// Characters of a written number: digits (ASCII and full-width), the decimal point and the
/// thousands separator.
pub fn is_number_char(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '.' | ',' | '０'..='９')
}

/// Whether `next` is a unit directly after the number character `prev`: no line may break
/// between them.
pub fn binds_unit(prev: char, next: char) -> bool {
    is_number_char(prev) && is_unit(next)
}

/// The byte ranges of `text` that hold a number and its first unit where a renderer following
/// UAX #14 could break between them ("2021年12月" gives "2021年" and "12月"; "18.6%" none).
pub fn number_unit_spans(text: &str) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut number_start = None;
    let mut prev = None;
    for (i, c) in text.char_indices() {
        if let (Some(p), Some(start)) = (prev, number_start) {
            if binds_unit(p, c) && is_han_unit(c) {
                spans.push(start..i + c.len_utf8());
            }
        }
        if is_number_char(c) {
            number_start.get_or_insert(i);
        } else {
            number_start = None;
        }
        prev = Some(c);
    }
    spans
}

/// The line ends among a rendering's `lines` that fall right after a number and before a
/// character for which `next` holds, each as "line | next line": where a reader would see a number
/// split from what follows it. The renderers' tests read their output's lines (the PDF layout's,
/// pdftotext's) with it; whitespace inside a line is left out first.
pub fn line_ends_after_numbers(
    lines: impl IntoIterator<Item = String>,
    next: impl Fn(char) -> bool,
) -> Vec<String> {
    let lines: Vec<String> = lines
        .into_iter()
        .map(|l| l.chars().filter(|c| !c.is_whitespace()).collect::<String>())
        .filter(|l| !l.is_empty())
        .collect();
    lines
        .windows(2)
        .filter(|pair| {
            let end = pair[0].chars().last().unwrap_or(' ');
            let start = pair[1].chars().next().unwrap_or(' ');
            is_number_char(end) && next(start)
        })
        .map(|pair| format!("{} | {}", pair[0], pair[1]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<&str> {
        number_unit_spans(text)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn a_number_and_its_first_unit_are_one_span() {
        assert_eq!(spans("截至2021年12月底"), ["2021年", "12月"]);
        assert_eq!(spans("持证社工27.5万人"), ["27.5万"]);
        assert_eq!(spans("高于全国3.4个百分点"), ["3.4个"]);
        assert_eq!(spans("共１２名"), ["１２名"]);
        assert_eq!(spans("覆盖1,200户"), ["1,200户"]);
    }

    #[test]
    fn signs_and_words_without_a_number_are_left_alone() {
        // UAX #14 already keeps 18.6% together; 万人 after no number is a word.
        assert!(spans("增长18.6%，达5‰和37℃").is_empty());
        assert!(spans("万人空巷，十年树木").is_empty());
        assert!(spans("GDP年增长").is_empty());
        assert!(spans("").is_empty());
    }

    #[test]
    fn the_line_breaker_rule_covers_every_unit() {
        for (prev, next) in [('5', '月'), ('.', '万'), ('９', '人'), ('5', '%')] {
            assert!(binds_unit(prev, next), "{prev}{next}");
        }
        for (prev, next) in [('月', '5'), ('5', '的'), ('a', '人'), ('5', 'k')] {
            assert!(!binds_unit(prev, next), "{prev}{next}");
        }
    }

    #[test]
    fn line_ends_after_numbers_are_found_and_nothing_else() {
        let lines = [
            "截至2021年12",
            "月底,持证 社工",
            "27.5万人",
            "覆盖1,200",
            "户。",
        ]
        .map(String::from);
        assert_eq!(
            line_ends_after_numbers(lines, is_unit),
            ["截至2021年12 | 月底,持证社工", "覆盖1,200 | 户。"]
        );
    }
}
