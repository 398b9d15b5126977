//! How figures, dates and text read in a Chinese briefing.
//!
//! The same functions fill the context (`text` fields) and back the template filters, so a figure
//! reads the same wherever a template prints it.

use crate::quoted_numbers::numbers_in;
use chrono::{Datelike, NaiveDate};
use jianbao_facts::Qualifier;

/// A number as a Chinese reader expects it: `2205`, `95.2`, `27.5万`, `2000万`, `1.2亿`.
///
/// Figures from 1万 up are written in 万 (from 1亿 in 亿), with at most four decimals and no
/// trailing zeros, so nothing the source stated is rounded away.
pub fn zh_number(value: f64) -> String {
    let magnitude = value.abs();
    if magnitude >= 1e8 {
        format!("{}亿", decimal(value / 1e8, 4))
    } else if magnitude >= 1e4 {
        format!("{}万", decimal(value / 1e4, 4))
    } else {
        decimal(value, 2)
    }
}

/// `value` with at most `digits` decimals and without trailing zeros.
pub fn decimal(value: f64, digits: usize) -> String {
    let text = format!("{value:.digits$}");
    let text = if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.')
    } else {
        &text
    };
    if text == "-0" {
        "0".to_owned()
    } else {
        text.to_owned()
    }
}

/// A fraction as Chinese sources state shares: 0.2 → 五分之一, 0.1667 → 六分之一; other values as
/// a percentage (0.37 → 37%).
pub fn zh_fraction(value: f64) -> String {
    const DIGITS: [&str; 11] = [
        "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
    ];
    for (denominator, denominator_text) in DIGITS.iter().enumerate().skip(2) {
        for (numerator, numerator_text) in DIGITS.iter().enumerate().take(denominator).skip(1) {
            let exact = numerator as f64 / denominator as f64;
            if (value - exact).abs() < 0.0005 && gcd(numerator, denominator) == 1 {
                return format!("{denominator_text}分之{numerator_text}");
            }
        }
    }
    format!("{}%", decimal(value * 100.0, 1))
}

fn gcd(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}

/// How an over-statement reads: `超500人次`, `5000余个` or `400多名`, following the source's word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OverWord {
    /// 超X (also used for 逾、以上 and when the quote does not tell).
    Chao,
    /// X余
    Yu,
    /// X多
    Duo,
    /// 10余万: 余 between the digits and their scale (万, 亿), as the source writes it
    YuBeforeScale,
    /// 10多万: 多 between the digits and their scale
    DuoBeforeScale,
}

impl OverWord {
    /// Reads which word the source used after a number in `quote`.
    pub fn from_quote(quote: &str) -> OverWord {
        let chars: Vec<char> = quote.chars().collect();
        for pair in chars.windows(2) {
            let number_end =
                pair[0].is_ascii_digit() || matches!(pair[0], '十' | '百' | '千' | '万' | '亿');
            if number_end && pair[1] == '余' {
                return OverWord::Yu;
            }
            if number_end && pair[1] == '多' {
                return OverWord::Duo;
            }
        }
        OverWord::Chao
    }

    /// The word the source uses with the figure `value` itself: in 「开展活动30余场，服务群众超
    /// 2000人次」 the 2000 is 超, though an earlier figure of the clause is 余. Falls back to
    /// [`OverWord::from_quote`] when the quote does not write the value in digits.
    pub fn for_value(quote: &str, value: f64) -> OverWord {
        let chars: Vec<char> = quote.chars().collect();
        let numbers = numbers_in(&chars);
        if let Some(number) = numbers.iter().find(|n| n.is(value)) {
            return match chars.get(number.end) {
                Some('余' | '餘') => OverWord::Yu,
                Some('多') => OverWord::Duo,
                _ => OverWord::Chao,
            };
        }
        // 750余万元, 10多万人: the word stands between the digits and their scale
        for number in &numbers {
            let word = chars.get(number.digits_end).copied();
            let scale = match chars.get(number.digits_end + 1) {
                Some('万' | '萬') => 1e4,
                Some('亿' | '億') => 1e8,
                _ => continue,
            };
            let digits: String = chars[number.start..number.digits_end].iter().collect();
            let read = digits.parse::<f64>().ok().map(|d| d * scale);
            if read.is_some_and(|r| (r - value).abs() < 1e-6 * value.abs().max(1.0)) {
                match word {
                    Some('余' | '餘') => return OverWord::YuBeforeScale,
                    Some('多') => return OverWord::DuoBeforeScale,
                    _ => {}
                }
            }
        }
        // 超一万多小时: the value in Chinese numerals, with its own word after it
        if let Some(end) = han_number_end(&chars, value) {
            return match chars.get(end) {
                Some('余' | '餘') => OverWord::Yu,
                Some('多') => OverWord::Duo,
                _ => OverWord::Chao,
            };
        }
        // not found: 超 is true of any over-statement, while the quote's first 余 or 多 may
        // belong to another figure (约500余人，时长超一万多小时)
        OverWord::Chao
    }
}

/// Where the first run of Chinese numerals in `chars` that reads `value` ends (一万, 三千五百,
/// 两萬), if any.
fn han_number_end(chars: &[char], value: f64) -> Option<usize> {
    let digit = |c: char| {
        "零一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .or(match c {
                '两' | '兩' => Some(2),
                '〇' => Some(0),
                _ => None,
            })
    };
    let unit = |c: char| match c {
        '十' => Some(10.0),
        '百' => Some(100.0),
        '千' => Some(1000.0),
        '万' | '萬' => Some(1e4),
        '亿' | '億' => Some(1e8),
        _ => None,
    };
    let mut i = 0;
    while i < chars.len() {
        if digit(chars[i]).is_none() && unit(chars[i]).is_none() {
            i += 1;
            continue;
        }
        let (mut total, mut section, mut pending) = (0.0f64, 0.0f64, None::<f64>);
        while i < chars.len() {
            if let Some(d) = digit(chars[i]) {
                pending = Some(d as f64);
            } else if let Some(u) = unit(chars[i]) {
                if u >= 1e8 {
                    total = (total + section + pending.unwrap_or(0.0)).max(1.0) * u;
                    section = 0.0;
                } else if u >= 1e4 {
                    let group = section + pending.unwrap_or(0.0);
                    total += if group == 0.0 { 1.0 } else { group } * u;
                    section = 0.0;
                } else {
                    section += pending.unwrap_or(1.0) * u;
                }
                pending = None;
            } else {
                break;
            }
            i += 1;
        }
        let read = total + section + pending.unwrap_or(0.0);
        if (read - value).abs() < 1e-6 * value.abs().max(1.0) {
            return Some(i);
        }
    }
    None
}

/// A figure with its unit and qualifier: `27.5万人`, `近2000万人`, `24.4万余家`, `200–600元`,
/// `79%`, `34个百分点`, `近五分之一`.
pub fn figure(
    value: f64,
    value_max: Option<f64>,
    unit: &str,
    qualifier: Qualifier,
    over: OverWord,
) -> String {
    figure_with(value, value_max, unit, qualifier, over, zh_number)
}

/// A figure as [`figure`] writes it, but read against the source's `quote`: the over-word it
/// uses (余, 多, 超), and a count the source writes in plain digits (全市共有注册志愿者2139259人)
/// printed in those digits rather than turned into 213.9259万, which no reader would write and
/// which no longer matches the quote at a glance.
pub fn figure_as_written(
    value: f64,
    value_max: Option<f64>,
    unit: &str,
    qualifier: Qualifier,
    quote: &str,
) -> String {
    let written = figure_with(
        value,
        value_max,
        unit,
        qualifier,
        OverWord::for_value(quote, value),
        |v| {
            if written_in_digits(quote, v) {
                decimal(v, 0)
            } else {
                zh_number(v)
            }
        },
    );
    // 不足6人 is less than six, which 近6人 (nearly six) would misstate; 不少于200万人 and
    // 20%以上 are at least (the bound included), which 超 (more than) would misstate
    match (
        qualifier,
        under_word(quote, value),
        at_least_word(quote, value, unit),
    ) {
        (Qualifier::Under, Some(word), _) => written.replacen('近', word, 1),
        (Qualifier::Over, _, Some(AtLeast::Before(word))) if written.starts_with('超') => {
            written.replacen('超', word, 1)
        }
        (Qualifier::Over, _, Some(AtLeast::After)) if written.starts_with('超') => {
            format!("{}以上", &written['超'.len_utf8()..])
        }
        _ => written,
    }
}

/// How a quote bounds a figure from below with the bound included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AtLeast {
    /// 不少于, 不低于 or 至少 before the number.
    Before(&'static str),
    /// 以上 right after the number and its unit (20%以上, 500人以上).
    After,
}

/// The at-least word a quote writes with its number `value` (in digits): 不少于, 不低于 or 至少
/// before it, or 以上 after it and its `unit`. `None` for 超, 逾, 余, 多 or none of them.
pub fn at_least_word(quote: &str, value: f64, unit: &str) -> Option<AtLeast> {
    let chars: Vec<char> = quote.chars().collect();
    let number = numbers_in(&chars).into_iter().find(|n| n.is(value))?;
    let before = |n: usize| -> String {
        chars[number.start.saturating_sub(n)..number.start]
            .iter()
            .collect()
    };
    match before(3).as_str() {
        "不少于" | "不少於" => return Some(AtLeast::Before("不少于")),
        "不低于" | "不低於" => return Some(AtLeast::Before("不低于")),
        _ => {}
    }
    if before(2) == "至少" {
        return Some(AtLeast::Before("至少"));
    }
    let unit: Vec<char> = unit.chars().collect();
    let mut at = number.end;
    if chars[at..].starts_with(&unit) {
        at += unit.len();
    }
    chars[at..]
        .starts_with(&['以', '上'])
        .then_some(AtLeast::After)
}

/// The word an under-figure's quote puts before its number `value` when it is not 近 (将近,
/// 接近): 不足 and 不到 (less than), 未满 (not yet). `None` where the quote says 近, none of
/// them, or does not write the value in digits.
pub fn under_word(quote: &str, value: f64) -> Option<&'static str> {
    let chars: Vec<char> = quote.chars().collect();
    let number = numbers_in(&chars).into_iter().find(|n| n.is(value))?;
    let before: String = chars[number.start.saturating_sub(2)..number.start]
        .iter()
        .collect();
    match before.as_str() {
        "不足" => Some("不足"),
        "不到" => Some("不到"),
        "未满" | "未滿" => Some("未满"),
        _ => None,
    }
}

/// Whether `quote` writes the whole number `value` (1万 or more) in plain digits, with or
/// without thousands separators (84426, 2,139,259), and not followed by 万 or 亿.
pub fn written_in_digits(quote: &str, value: f64) -> bool {
    if value < 1e4 || value.fract() != 0.0 || value >= 1e15 {
        return false;
    }
    let wanted = decimal(value, 0);
    let chars: Vec<char> = quote.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() || (i > 0 && matches!(chars[i - 1], '.' | '．')) {
            i += 1;
            continue;
        }
        let mut digits = String::new();
        while i < chars.len()
            && (chars[i].is_ascii_digit()
                || (chars[i] == ',' && chars.get(i + 1).is_some_and(char::is_ascii_digit)))
        {
            if chars[i].is_ascii_digit() {
                digits.push(chars[i]);
            }
            i += 1;
        }
        let scaled_or_decimal = matches!(chars.get(i), Some('万' | '亿' | '.' | '．'));
        if digits == wanted && !scaled_or_decimal {
            return true;
        }
    }
    false
}

fn figure_with(
    value: f64,
    value_max: Option<f64>,
    unit: &str,
    qualifier: Qualifier,
    over: OverWord,
    plain: impl Fn(f64) -> String,
) -> String {
    let number = |v: f64| match unit {
        "分数" => zh_fraction(v),
        "%" => format!("{}%", decimal(v, 2)),
        // a share in tenths is written in Chinese numerals (超九成, 近三成), never 超9成
        "成" if v.fract() == 0.0 && (1.0..=9.0).contains(&v) => zh_numeral(v as u64),
        _ => plain(v),
    };
    let unit_text = match unit {
        "分数" | "%" => "",
        other => other,
    };
    if let (Qualifier::Range, Some(max)) = (qualifier, value_max) {
        return format!("{}–{}{unit_text}", number(value), number(max));
    }
    let core = number(value);
    match qualifier {
        Qualifier::Exact | Qualifier::Range => format!("{core}{unit_text}"),
        Qualifier::Approx => format!("约{core}{unit_text}"),
        Qualifier::Under => format!("近{core}{unit_text}"),
        Qualifier::Over => match over {
            OverWord::Chao => format!("超{core}{unit_text}"),
            // 余/多 stand between the number and the unit; for 万 figures after 万 (24.4万余家).
            OverWord::Yu => format!("{core}余{unit_text}"),
            OverWord::Duo => format!("{core}多{unit_text}"),
            // 10余万人次 stays as the source wrote it, not 10万余人次 (a little over 100,000)
            OverWord::YuBeforeScale => format!("{}{unit_text}", before_scale(&core, '余')),
            OverWord::DuoBeforeScale => format!("{}{unit_text}", before_scale(&core, '多')),
        },
    }
}

/// `core` (a number as printed, 10万) with `word` before its closing scale (10余万), or after it
/// when it has none.
fn before_scale(core: &str, word: char) -> String {
    match core.chars().last() {
        Some(scale @ ('万' | '亿')) => {
            let digits = &core[..core.len() - scale.len_utf8()];
            format!("{digits}{word}{scale}")
        }
        _ => format!("{core}{word}"),
    }
}

/// The qualifier as a word (for templates that word figures themselves).
pub fn qualifier_word(qualifier: Qualifier, over: OverWord) -> &'static str {
    match qualifier {
        Qualifier::Exact | Qualifier::Range => "",
        Qualifier::Approx => "约",
        Qualifier::Under => "近",
        Qualifier::Over => match over {
            OverWord::Chao => "超",
            OverWord::Yu | OverWord::YuBeforeScale => "余",
            OverWord::Duo | OverWord::DuoBeforeScale => "多",
        },
    }
}

/// A percentage: `percent(18.0)` → `18%`.
pub fn percent(value: f64) -> String {
    format!("{}%", decimal(value, 1))
}

/// A difference of percentages: `points(12.0)` → `12个百分点`.
pub fn points(value: f64) -> String {
    format!("{}个百分点", decimal(value, 1))
}

/// A section number in Chinese: 1 → 一, 10 → 十, 12 → 十二, 20 → 二十 (up to 99).
pub fn zh_numeral(n: u64) -> String {
    const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0..=9 => DIGITS[n as usize].to_owned(),
        10..=19 => format!(
            "十{}",
            if n == 10 {
                ""
            } else {
                DIGITS[(n - 10) as usize]
            }
        ),
        20..=99 => format!(
            "{}十{}",
            DIGITS[(n / 10) as usize],
            if n.is_multiple_of(10) {
                ""
            } else {
                DIGITS[(n % 10) as usize]
            }
        ),
        _ => n.to_string(),
    }
}

/// A report date: 2026年11月22日.
pub fn zh_date(date: NaiveDate) -> String {
    format!("{}年{}月{}日", date.year(), date.month(), date.day())
}

/// An as-of date of a fact or a source (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) in Chinese:
/// 2024年、2024年11月、2024年3月8日. Text in another shape is returned unchanged.
pub fn zh_partial_date(text: &str) -> String {
    if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return zh_date(date);
    }
    let mut parts = text.split('-');
    let year = parts.next().and_then(|y| y.parse::<i32>().ok());
    let month = parts.next().map(|m| m.parse::<u32>().ok());
    match (year, month, parts.next()) {
        (Some(y), None, None) => format!("{y}年"),
        (Some(y), Some(Some(m)), None) if (1..=12).contains(&m) => format!("{y}年{m}月"),
        _ => text.to_owned(),
    }
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3000..=0x303F | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0x20000..=0x3FFFF
        | 0x2018..=0x201F | 0x2026 | 0x2014)
}

/// A Han character (not punctuation or a full-width form).
fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3FFFF)
}

/// The length of the pinyin gloss `chars` opens with: a bracket (half- or full-width), one to
/// four syllables of lower-case pinyin letters with at least one tone mark (xiàng, zhì yuàn
/// zhě), and its closing bracket. A bracket of Latin words (APP, a) or plain letters is no gloss.
fn gloss_len(chars: &[char]) -> Option<usize> {
    const TONED: &str = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
    if !matches!(chars.first(), Some('(' | '（')) {
        return None;
    }
    let close = chars
        .iter()
        .take(30)
        .position(|c| matches!(c, ')' | '）'))?;
    let inside = &chars[1..close];
    let syllables: Vec<&[char]> = inside.split(|c| *c == ' ').collect();
    let pinyin = |c: &char| c.is_ascii_lowercase() || *c == 'ü' || TONED.contains(*c);
    let well_formed = !inside.is_empty()
        && syllables.len() <= 4
        && syllables
            .iter()
            .all(|s| (1..=6).contains(&s.len()) && s.iter().all(pinyin));
    (well_formed && inside.iter().any(|c| TONED.contains(*c))).then_some(close + 1)
}

/// Text as shown in a report: half-width punctuation next to Chinese text becomes full-width
/// (GB/T 15834: `,` → `，`, `?` → `？`, `:` → `：`, `;` → `；`, `!` → `！`, `(` `)` → `（）`),
/// and line breaks inside the text (OCR copies) are dropped between Chinese characters or
/// become one space elsewhere; pinyin glosses after characters (項(xiàng)目) are dropped. Words
/// are never changed.
pub fn zh_punctuation(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() && c != '\u{3000}' {
            let start = i;
            while i < chars.len() && chars[i].is_whitespace() && chars[i] != '\u{3000}' {
                i += 1;
            }
            let before = start.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i).copied();
            let had_break = chars[start..i].contains(&'\n');
            let cjk_side = before.is_some_and(is_cjk) || after.is_some_and(is_cjk);
            // A line break next to Chinese text is layout (OCR, page width); a space is kept.
            if before.is_some() && after.is_some() && !(cjk_side && had_break) {
                out.push(' ');
            }
            continue;
        }
        let prev = out.chars().next_back();
        // a pinyin gloss some portals print after each character (項(xiàng)目): a reading aid of
        // the page, not the reporter's words
        if prev.is_some_and(|p| is_han(p) || p.is_ascii_digit()) {
            if let Some(len) = gloss_len(&chars[i..]) {
                i += len;
                continue;
            }
        }
        let next = chars[i + 1..].iter().find(|c| !c.is_whitespace()).copied();
        let beside_cjk = prev.is_some_and(is_cjk) || next.is_some_and(is_cjk);
        let full = match c {
            ',' if beside_cjk && !between_digits(prev, next) => Some('，'),
            '?' if beside_cjk => Some('？'),
            '!' if beside_cjk => Some('！'),
            ';' if beside_cjk => Some('；'),
            ':' if beside_cjk && !between_digits(prev, next) => Some('：'),
            '(' if next.is_some_and(is_cjk) || prev.is_some_and(is_cjk) => Some('（'),
            ')' if prev.is_some_and(is_cjk) || next.is_some_and(is_cjk) => Some('）'),
            _ => None,
        };
        match full {
            Some(f) => {
                // A full-width mark carries its own spacing.
                while out.ends_with(' ') {
                    out.pop();
                }
                out.push(f);
                i += 1;
                while i < chars.len() && chars[i] == ' ' {
                    i += 1;
                }
            }
            None => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

fn between_digits(prev: Option<char>, next: Option<char>) -> bool {
    prev.is_some_and(|c| c.is_ascii_digit()) && next.is_some_and(|c| c.is_ascii_digit())
}

/// Escapes text so that it reads literally in Markdown, in running text and in table cells:
/// `\ * _ [ ] < > | # ` ~ &` get a backslash (`&` so that `&amp;` is not read as an entity), a
/// leading `- + =` too (a list item or heading underline), and line breaks become spaces (data
/// on a line of its own would start a heading or list). Tera calls it on every `{{ … }}` output
/// (autoescape); `| safe` bypasses it for markup a filter writes (`cite`).
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (k, c) in text.chars().enumerate() {
        if matches!(
            c,
            '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}' | '\u{b}' | '\u{c}'
        ) {
            out.push(' ');
            continue;
        }
        if matches!(
            c,
            '\\' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '`' | '~' | '&'
        ) || (k == 0 && matches!(c, '-' | '+' | '='))
        {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_over_or_under_figure_reads_with_the_word_of_its_quote() {
        let w = |v: f64, unit: &str, q: Qualifier, quote: &str| {
            figure_as_written(v, None, unit, q, quote)
        };
        // 餘 of a traditional page, as 余
        assert_eq!(w(10.0, "场", Qualifier::Over, "開了10餘場懇談會"), "10余场");
        assert_eq!(w(30.0, "个", Qualifier::Over, "建成30余个站点"), "30余个");
        // the word between the digits and 万 stays there: 10余万 is ten-odd ten thousands
        // (up to 190,000), 10万余 a little over 100,000
        assert_eq!(
            w(7.5e6, "元", Qualifier::Over, "投入750余万元新建"),
            "750余万元"
        );
        assert_eq!(
            w(1.0e5, "人次", Qualifier::Over, "惠及群众10余萬人次"),
            "10余万人次"
        );
        assert_eq!(
            w(1.0e5, "人", Qualifier::Over, "服务群众10多万人"),
            "10多万人"
        );
        assert_eq!(
            w(3.0e8, "元", Qualifier::Over, "募集善款3余亿元"),
            "3余亿元"
        );
        // after the scale, as written (24.4万余家)
        assert_eq!(
            w(2.44e5, "家", Qualifier::Over, "共有24.4万余家"),
            "24.4万余家"
        );
        // less than is not nearly
        assert_eq!(w(6.0, "人", Qualifier::Under, "到位人员不足6人"), "不足6人");
        assert_eq!(
            w(6.0, "个月", Qualifier::Under, "成立不到6个月"),
            "不到6个月"
        );
        assert_eq!(
            w(200.0, "人", Qualifier::Under, "参与人数近200人"),
            "近200人"
        );
        assert_eq!(w(3.0, "年", Qualifier::Under, "建站将近3年"), "近3年");
        // at least is not more than: the bound is included
        assert_eq!(
            w(2e6, "人", Qualifier::Over, "注册志愿者总数不少于200万人"),
            "不少于200万人"
        );
        assert_eq!(
            w(90.0, "%", Qualifier::Over, "覆盖率不低于90%"),
            "不低于90%"
        );
        assert_eq!(
            w(3.0, "次", Qualifier::Over, "每年至少3次集中培训"),
            "至少3次"
        );
        assert_eq!(
            w(20.0, "%", Qualifier::Over, "参与率达到20%以上"),
            "20%以上"
        );
        assert_eq!(
            w(500.0, "人", Qualifier::Over, "培训社工500人以上"),
            "500人以上"
        );
        // 超 and 逾 stay 超, and 以上 after another figure is not this one's
        assert_eq!(w(500.0, "人", Qualifier::Over, "服务超500人"), "超500人");
        assert_eq!(
            w(
                500.0,
                "人",
                Qualifier::Over,
                "服务逾500人，其中60岁以上老人"
            ),
            "超500人"
        );
    }

    #[test]
    fn the_over_word_is_the_one_written_with_the_figure() {
        // the value in Chinese numerals: its own 多, not the 余 of the figure before it
        assert_eq!(
            OverWord::for_value("注册青年志愿者约500余人，志愿服务时长超一万多小时", 1e4),
            OverWord::Duo
        );
        assert_eq!(
            OverWord::for_value("开展活动三十余场，惠及群众两千五百多人次", 2500.0),
            OverWord::Duo
        );
        assert_eq!(OverWord::for_value("一亿两千万余元", 1.2e8), OverWord::Yu);
        // a traditional 萬 after the digits, a pinyin gloss after it: 超, not the 5400's 余
        assert_eq!(
            OverWord::for_value("超過5400余場，累計提供志愿崗位超1萬（wàn）個", 1e4),
            OverWord::Chao
        );
        // a value the quote does not write: 超, true of any over-statement
        assert_eq!(
            OverWord::for_value("服务阵地5000余个，覆盖全市", 7.0),
            OverWord::Chao
        );
        assert_eq!(
            figure_as_written(
                1e4,
                None,
                "小时",
                Qualifier::Over,
                "志愿者约500余人，时长超一万多小时"
            ),
            "1万多小时"
        );
        let quote = "党群阵地累计开展活动30余场，服务群众超2000人次，志愿者400多名";
        assert_eq!(
            figure_as_written(2000.0, None, "人次", Qualifier::Over, quote),
            "超2000人次"
        );
        assert_eq!(
            figure_as_written(30.0, None, "场", Qualifier::Over, quote),
            "30余场"
        );
        assert_eq!(
            figure_as_written(400.0, None, "名", Qualifier::Over, quote),
            "400多名"
        );
        assert_eq!(
            figure_as_written(
                24.4e4,
                None,
                "家",
                Qualifier::Over,
                "社区社会组织24.4万余家"
            ),
            "24.4万余家"
        );
    }

    #[test]
    fn a_count_written_in_digits_keeps_its_digits() {
        let exact = Qualifier::Exact;
        assert_eq!(
            figure_as_written(2139259.0, None, "人", exact, "全市共有注册志愿者2139259人"),
            "2139259人"
        );
        assert_eq!(
            figure_as_written(84426.0, None, "场", exact, "开展活动84,426场，同比增长"),
            "84426场"
        );
        assert_eq!(
            figure_as_written(
                10307.0,
                None,
                "件次",
                Qualifier::Over,
                "受理信访10307余件次"
            ),
            "10307余件次"
        );
        // written in 万, or a different number in digits: the 万 form
        assert_eq!(
            figure_as_written(275000.0, None, "人", exact, "持证社会工作者27.5万人"),
            "27.5万人"
        );
        assert_eq!(
            figure_as_written(20000.0, None, "人", exact, "新增2万人，累计120000人次"),
            "2万人"
        );
        assert_eq!(
            figure_as_written(16914700.0, None, "人", exact, "达到1691.47万人"),
            "1691.47万人"
        );
        assert!(!written_in_digits("12345.6万人", 12345.0));
    }

    #[test]
    fn numbers_read_in_wan_and_yi() {
        assert_eq!(zh_number(275000.0), "27.5万");
        assert_eq!(zh_number(69700.0), "6.97万");
        assert_eq!(zh_number(20000000.0), "2000万");
        assert_eq!(zh_number(2205.0), "2205");
        assert_eq!(zh_number(95.2), "95.2");
        assert_eq!(zh_number(10000.0), "1万");
        assert_eq!(zh_number(120000000.0), "1.2亿");
        assert_eq!(zh_number(0.0), "0");
    }

    #[test]
    fn figures_carry_qualifier_and_unit() {
        let f = |v, max, unit, q, w| figure(v, max, unit, q, w);
        assert_eq!(
            f(275000.0, None, "人", Qualifier::Exact, OverWord::Chao),
            "27.5万人"
        );
        assert_eq!(
            f(20000000.0, None, "人", Qualifier::Under, OverWord::Chao),
            "近2000万人"
        );
        assert_eq!(
            f(244000.0, None, "家", Qualifier::Over, OverWord::Yu),
            "24.4万余家"
        );
        assert_eq!(
            f(500.0, None, "人次", Qualifier::Over, OverWord::Chao),
            "超500人次"
        );
        assert_eq!(
            f(400.0, None, "名", Qualifier::Over, OverWord::Duo),
            "400多名"
        );
        assert_eq!(
            f(200.0, Some(600.0), "元", Qualifier::Range, OverWord::Chao),
            "200–600元"
        );
        assert_eq!(f(79.0, None, "%", Qualifier::Exact, OverWord::Chao), "79%");
        assert_eq!(
            f(9.0, None, "成", Qualifier::Over, OverWord::Chao),
            "超九成"
        );
        assert_eq!(
            f(3.0, None, "成", Qualifier::Under, OverWord::Chao),
            "近三成"
        );
        assert_eq!(f(8.0, None, "成", Qualifier::Exact, OverWord::Chao), "八成");
        assert_eq!(
            f(34.0, None, "个百分点", Qualifier::Exact, OverWord::Chao),
            "34个百分点"
        );
        assert_eq!(
            f(0.2, None, "分数", Qualifier::Under, OverWord::Chao),
            "近五分之一"
        );
        assert_eq!(
            f(0.1667, None, "分数", Qualifier::Under, OverWord::Chao),
            "近六分之一"
        );
        assert_eq!(
            f(10000.0, None, "平方米", Qualifier::Over, OverWord::Chao),
            "超1万平方米"
        );
        assert_eq!(
            f(29.0, None, "个", Qualifier::Approx, OverWord::Chao),
            "约29个"
        );
    }

    #[test]
    fn over_word_follows_the_quote() {
        assert_eq!(
            OverWord::from_quote("备案类社区社会组织 24.4 万余家"),
            OverWord::Yu
        );
        assert_eq!(OverWord::from_quote("服务阵地5000余个"), OverWord::Yu);
        assert_eq!(OverWord::from_quote("增加到了400多名"), OverWord::Duo);
        assert_eq!(
            OverWord::from_quote("“暖新商户”日均服务超500人次"),
            OverWord::Chao
        );
    }

    #[test]
    fn dates_read_in_chinese() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        assert_eq!(zh_date(d), "2026年11月22日");
        assert_eq!(zh_partial_date("2024-03-08"), "2024年3月8日");
        assert_eq!(zh_partial_date("2024-11"), "2024年11月");
        assert_eq!(zh_partial_date("2025"), "2025年");
        assert_eq!(zh_partial_date("去年"), "去年");
    }

    #[test]
    fn section_numerals() {
        assert_eq!(zh_numeral(1), "一");
        assert_eq!(zh_numeral(10), "十");
        assert_eq!(zh_numeral(12), "十二");
        assert_eq!(zh_numeral(20), "二十");
        assert_eq!(zh_numeral(35), "三十五");
    }

    #[test]
    fn percent_and_points() {
        assert_eq!(percent(18.0), "18%");
        assert_eq!(percent(26.666), "26.7%");
        assert_eq!(points(12.0), "12个百分点");
    }

    #[test]
    fn punctuation_between_chinese_becomes_full_width() {
        assert_eq!(
            zh_punctuation("截至目前,浙江持证社会工作者27.5万人,居全国首位"),
            "截至目前，浙江持证社会工作者27.5万人，居全国首位"
        );
        assert_eq!(
            zh_punctuation("中央为何高规格部署社会工作?做好"),
            "中央为何高规格部署社会工作？做好"
        );
        assert_eq!(zh_punctuation("所有县(市、区)党委"), "所有县（市、区）党委");
        assert_eq!(
            zh_punctuation("共集聚社会工作人才103\n\n人"),
            "共集聚社会工作人才103人"
        );
        assert_eq!(zh_punctuation("1,000 and 10:30, ok"), "1,000 and 10:30, ok");
        assert_eq!(
            zh_punctuation("关爱新就业群体 培育基层治理力量"),
            "关爱新就业群体 培育基层治理力量"
        );
        assert_eq!(zh_punctuation("党支\n\n部联合"), "党支部联合");
        assert_eq!(
            zh_punctuation("共支持公益項（xiàng）目90個(gè)，服務(wù)群眾"),
            "共支持公益項目90個，服務群眾"
        );
        assert_eq!(
            zh_punctuation("志願者（zhì yuàn zhě）超過5000(wǔ qiān)萬"),
            "志願者超過5000萬"
        );
        // brackets of Latin words, untoned letters or after no character stay
        assert_eq!(zh_punctuation("站点(APP)上线"), "站点（APP）上线");
        assert!(zh_punctuation("见附件(a)").contains("a"));
        assert!(zh_punctuation("(xiàng)目").contains("xiàng"));
        assert_eq!(
            zh_punctuation("备案类社区社会组织 24.4 万余家"),
            "备案类社区社会组织 24.4 万余家"
        );
    }

    #[test]
    fn markdown_specials_are_escaped() {
        assert_eq!(
            escape_markdown("a|b*c_[d]<e>#"),
            "a\\|b\\*c\\_\\[d\\]\\<e\\>\\#"
        );
        assert_eq!(escape_markdown("27.5万人"), "27.5万人");
        // issue 12 item 9: a line break in a province or label injected a heading or list items
        assert_eq!(escape_markdown("浙江\n# 标题\n- 项"), "浙江 \\# 标题 - 项");
        assert_eq!(escape_markdown("- 项"), "\\- 项");
        // and entities in titles were decoded
        assert_eq!(escape_markdown("A&amp;B"), "A\\&amp;B");
    }
}
