//! Chinese numerals: digits (一, 两, 〇), multipliers (十, 百, 千, 万, 亿 and 萬, 億) and the reader
//! of a run of them (十二万五千).

pub(super) fn chinese_digit(c: char) -> Option<u64> {
    Some(match c {
        '零' | '〇' => 0,
        '一' => 1,
        '二' | '两' | '兩' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

pub(super) fn chinese_multiplier(c: char) -> Option<f64> {
    Some(match c {
        '十' => 10.0,
        '百' => 100.0,
        '千' => 1_000.0,
        // 萬 and 億 in traditional pages the script check missed (mis-converted, mixed)
        '万' | '萬' => 10_000.0,
        '亿' | '億' => 100_000_000.0,
        _ => return None,
    })
}

/// 万 and 亿 (and their traditional forms), the multipliers written after Arabic digits.
pub(super) fn is_large_multiplier(c: char) -> bool {
    chinese_multiplier(c).is_some_and(|m| m >= 10_000.0)
}

pub(super) fn is_chinese_numeral(c: char) -> bool {
    chinese_digit(c).is_some() || chinese_multiplier(c).is_some()
}

/// Parses a run of Chinese numerals (一万, 两千, 二十三, 十二万五千); `None` if malformed.
pub fn parse_chinese(text: &[char]) -> Option<f64> {
    if text.is_empty() {
        return None;
    }
    let mut total = 0.0; // completed 万/亿 groups
    let mut section = 0.0; // below 万
    let mut digit: Option<f64> = None;
    // the largest of 万/亿 so far: a smaller one after it closes a group below it (两亿两千万 is
    // 2亿 + 2千万), a larger one scales everything before it (一万亿)
    let mut largest = 0.0;
    for &c in text {
        if let Some(d) = chinese_digit(c) {
            if digit.is_some() {
                return None; // 二三 is not a number
            }
            digit = Some(d as f64);
        } else if let Some(m) = chinese_multiplier(c) {
            if m >= 10_000.0 {
                section += digit.take().unwrap_or(0.0);
                if section == 0.0 && total == 0.0 {
                    section = 1.0;
                }
                if m < largest {
                    total += section * m;
                } else {
                    total = (total + section) * m;
                    largest = m;
                }
                section = 0.0;
            } else {
                section += digit.take().unwrap_or(1.0) * m;
            }
        } else {
            return None;
        }
    }
    Some(total + section + digit.unwrap_or(0.0))
}
