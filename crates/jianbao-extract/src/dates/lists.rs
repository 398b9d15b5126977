//! A date that heads a list (截至2024年底,全区社会组织发展情况如下:) holds for the list's items
//! printed on lines of their own ((一)登记社会组织412家; …): official texts and briefings set a
//! statistical cut-off once above the figures it counts. Kept apart from a sentence's dates
//! because it is read across paragraphs, which otherwise each start without a date.

/// How many list items above a paragraph are walked back to find the list's heading: a long
/// list is still one list, and the bound keeps a page of short lines linear.
const MAX_ITEMS_BACK: usize = 30;

/// Whether the paragraph starting at `start` in `chars` is under a heading that ends with a colon
/// (……如下:, 具体情况:), directly or through items of its list: lines that open with an
/// enumerator ((一), 1., ①, 一是) or whose item before ends with a semicolon (建成驿站36个;).
pub fn under_list_heading(chars: &[char], start: usize) -> bool {
    let mut current = start;
    for _ in 0..MAX_ITEMS_BACK {
        let Some(previous) = paragraph_before(chars, current) else {
            return false;
        };
        let (line, item) = (
            &chars[previous.clone()],
            &chars[current..line_end(chars, current)],
        );
        if ends_with_any(line, &[':', '：']) {
            return true;
        }
        let in_list = ends_with_any(line, &[';', '；']) || (opens_item(line) && opens_item(item));
        if !in_list {
            return false;
        }
        current = previous.start;
    }
    false
}

/// The non-blank line before the one starting at `start`, trimmed of spaces.
fn paragraph_before(chars: &[char], start: usize) -> Option<std::ops::Range<usize>> {
    let mut end = start.checked_sub(1)?;
    // (skip the line break, and blank lines)
    while end > 0 && chars[end].is_whitespace() {
        end -= 1;
    }
    if chars[end].is_whitespace() {
        return None;
    }
    let begin = chars[..end]
        .iter()
        .rposition(|&c| c == '\n')
        .map_or(0, |i| i + 1);
    let skip = chars[begin..=end]
        .iter()
        .position(|c| !c.is_whitespace())
        .unwrap_or(0);
    Some(begin + skip..end + 1)
}

fn line_end(chars: &[char], start: usize) -> usize {
    chars[start..]
        .iter()
        .position(|&c| c == '\n')
        .map_or(chars.len(), |i| start + i)
}

fn ends_with_any(line: &[char], marks: &[char]) -> bool {
    line.iter()
        .rev()
        .find(|c| !c.is_whitespace())
        .is_some_and(|c| marks.contains(c))
}

/// Chinese numerals that number a list's items (一、, (二), 三是).
const ITEM_NUMERALS: &[char] = &['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/// Whether a line opens with an item's enumerator: (一) or （一）, 一、, 一是, 1. or 1、, (1), ①.
fn opens_item(line: &[char]) -> bool {
    let line = &line[line.iter().take_while(|c| c.is_whitespace()).count()..];
    let Some(&first) = line.first() else {
        return false;
    };
    if ('①'..='⑳').contains(&first) {
        return true;
    }
    let (open, at) = match first {
        '(' | '（' => (true, 1),
        _ => (false, 0),
    };
    let numeral = line[at..]
        .iter()
        .take_while(|c| c.is_ascii_digit() || ITEM_NUMERALS.contains(c))
        .count();
    if numeral == 0 || numeral > 2 {
        return false;
    }
    let after = line.get(at + numeral).copied();
    if open {
        matches!(after, Some(')' | '）'))
    } else {
        matches!(after, Some('、' | '是')) || (after == Some('.') && line[0].is_ascii_digit())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn under(text: &str, line: usize) -> bool {
        let chars: Vec<char> = text.chars().collect();
        let start = text
            .split('\n')
            .take(line)
            .map(|l| l.chars().count() + 1)
            .sum();
        under_list_heading(&chars, start)
    }

    #[test]
    fn items_under_a_colon_heading() {
        let text = "截至2024年底,全区情况如下:\n(一)登记社会组织412家;\n(二)备案1260个;\n全区开展活动30场。";
        assert!(under(text, 1));
        assert!(under(text, 2));
        assert!(under(text, 3));
        let text = "全区开展活动。\n(一)登记社会组织412家;";
        assert!(!under(text, 1));
        let text = "截至2024年底,情况如下:\n1.登记社会组织412家\n2.备案1260个";
        assert!(under(text, 2));
    }
}
