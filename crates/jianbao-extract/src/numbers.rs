//! Finding quantities in a sentence: Arabic and Chinese numerals, 万/亿 multipliers, decimals,
//! percentages and 个百分点, fractions (六分之一), ranges (200元到600元) and the qualifiers that
//! hedge them (近, 超, 余, 约 …).
//!
//! Only quantities with a counting unit are returned: years, dates, ages, ordinals (第二), figures
//! inside quotation marks (slogans such as “1+N”, “1133”), small Chinese numerals that name the
//! parts of a plan (三个聚焦, 六个行动), duty rotas and counts of a whole set (31个省) are not figures
//! a briefing reports. The word lists behind these rules are data/units.toml.

use jianbao_facts::Qualifier;
use std::ops::Range;

/// A quantity found in normalised text.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// From the first qualifier or digit to the end of the unit.
    pub range: Range<usize>,
    /// Where the numeral itself starts (after any qualifier prefix).
    pub number_start: usize,
    pub value: f64,
    pub value_max: Option<f64>,
    /// Unit as written; empty when the text gives none (e.g. 报考人数达到30.4万).
    pub unit: String,
    pub qualifier: Qualifier,
}

const UNIT_DATA: &str = include_str!("../../../data/units.toml");

/// The units and measure words of data/units.toml, parsed once.
struct UnitTable {
    /// (written form, unit as facts write it, factor), longest written form first.
    units: Vec<(Vec<char>, String, f64)>,
    not_counts: Vec<Vec<char>>,
    families: Vec<Vec<String>>,
    chinese_counts: ChineseCounts,
    tenths: Tenths,
    rota: Rota,
    /// Words before a page's view counter (浏览量, 阅读).
    counters: Vec<Vec<char>>,
    /// (noun after the measure word, count that is the whole set), e.g. (省, 31).
    whole_sets: Vec<(Vec<char>, f64)>,
}

/// When a Chinese numeral below a hundred counts concrete units (data/units.toml).
#[derive(serde::Deserialize, Default)]
struct ChineseCounts {
    /// Measure words that count concrete units by themselves (幢, 户, 家 …).
    measures: Vec<String>,
    /// Concrete nouns that make a generic measure word (个, 支 …) count (社区, 组织 …).
    nouns: Vec<String>,
}

/// 成 as a share in tenths (近三成), and the characters after it that make it a word instead.
#[derive(serde::Deserialize, Default)]
struct Tenths {
    unit: String,
    not_before: Vec<String>,
}

/// A duty rota: a few people per period (每天有1名县领导接访).
#[derive(serde::Deserialize, Default)]
struct Rota {
    periods: Vec<String>,
    verbs: Vec<String>,
    people_units: Vec<String>,
}

#[derive(serde::Deserialize)]
struct UnitFile {
    units: std::collections::BTreeMap<String, (String, u64)>,
    not_counts: Vec<String>,
    families: Vec<Vec<String>>,
    chinese_counts: ChineseCounts,
    tenths: Tenths,
    rota: Rota,
    whole_sets: std::collections::BTreeMap<String, u64>,
    counters: Vec<String>,
}

fn unit_table() -> &'static UnitTable {
    static TABLE: std::sync::OnceLock<UnitTable> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        // the embedded file is checked by this module's tests, so it parses in a release
        let file: UnitFile = toml::from_str(UNIT_DATA).unwrap_or(UnitFile {
            units: Default::default(),
            not_counts: Vec::new(),
            families: Vec::new(),
            chinese_counts: ChineseCounts::default(),
            tenths: Tenths::default(),
            rota: Rota::default(),
            whole_sets: Default::default(),
            counters: Vec::new(),
        });
        let mut units: Vec<(Vec<char>, String, f64)> = file
            .units
            .into_iter()
            .map(|(written, (unit, factor))| (written.chars().collect(), unit, factor as f64))
            .collect();
        units.sort_by_key(|(w, _, _)| std::cmp::Reverse(w.len()));
        UnitTable {
            units,
            not_counts: file
                .not_counts
                .iter()
                .map(|w| w.chars().collect())
                .collect(),
            families: file.families,
            chinese_counts: file.chinese_counts,
            tenths: file.tenths,
            rota: file.rota,
            counters: file.counters.iter().map(|w| w.chars().collect()).collect(),
            whole_sets: file
                .whole_sets
                .into_iter()
                .map(|(noun, count)| (noun.chars().collect(), count as f64))
                .collect(),
        }
    })
}

/// Whether two units count the same thing (人 and 名, 家 and 个 …; data/units.toml `families`).
/// An empty unit matches any.
pub fn same_unit_family(a: &str, b: &str) -> bool {
    a.is_empty()
        || b.is_empty()
        || a == b
        || unit_table()
            .families
            .iter()
            .any(|f| f.iter().any(|u| u == a) && f.iter().any(|u| u == b))
}

fn chinese_digit(c: char) -> Option<u64> {
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

fn chinese_multiplier(c: char) -> Option<f64> {
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
fn is_large_multiplier(c: char) -> bool {
    chinese_multiplier(c).is_some_and(|m| m >= 10_000.0)
}

fn is_chinese_numeral(c: char) -> bool {
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
                total = (total + section) * m;
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

fn starts_with_at(chars: &[char], at: usize, word: &str) -> bool {
    (at..)
        .zip(word.chars())
        .all(|(i, w)| chars.get(i) == Some(&w))
}

fn ends_with_at(chars: &[char], end: usize, word: &str) -> bool {
    let len = word.chars().count();
    end >= len && starts_with_at(chars, end - len, word)
}

/// Which characters of `chars` lie inside quotation marks or book-title marks.
///
/// Only short quotations count (slogans and names such as “1+N”, “10分钟暖新服务圈”); figures in
/// quoted speech (“……全年服务青少年1100余人次……”) are figures like any other.
fn quoted_mask(chars: &[char]) -> Vec<bool> {
    const MAX_SLOGAN_CHARS: usize = 15;
    let mut mask = vec![false; chars.len()];
    let mut open: Vec<usize> = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '“' | '《' | '「' => open.push(i),
            '”' | '》' | '」' => {
                if let Some(start) = open.pop() {
                    if i - start <= MAX_SLOGAN_CHARS + 1 {
                        mask[start..=i].iter_mut().for_each(|m| *m = true);
                    }
                }
            }
            _ => {}
        }
    }
    mask
}

struct Numeral {
    end: usize,
    value: f64,
    chinese: bool,
    /// 十几: the numeral itself says "more than".
    open_ended: bool,
    /// 上万, 过千, 破万: the word before a bare magnitude that says "more than" it.
    hedged_by: Option<char>,
}

/// Words before a bare magnitude (百, 千, 万, 亿 without a digit) that make it a figure:
/// 上万名 (more than ten thousand), 超万人, 近千名, 逾百家, 过万, 破万.
const MAGNITUDE_HEDGES: &str = "上超逾近过破";

/// A bare magnitude read as a number: 上万名 (10000, over), 万余人 (10000, over), 近千名
/// (1000, under), 上千万 (10 000 000). Alone (万家, 千方百计) it is a word, not a number.
fn bare_magnitude(chars: &[char], at: usize) -> Option<Numeral> {
    let is_magnitude = |c: &char| matches!(c, '百' | '千' | '万' | '亿' | '萬' | '億');
    if !chars.get(at).is_some_and(is_magnitude) {
        return None;
    }
    let mut end = at;
    while chars.get(end).is_some_and(is_magnitude) {
        end += 1;
    }
    let prev = at.checked_sub(1).map(|p| chars[p]);
    let hedged = prev.filter(|p| MAGNITUDE_HEDGES.contains(*p));
    let followed = matches!(chars.get(end), Some('余' | '多'));
    if hedged.is_none() && !followed {
        return None;
    }
    // 百分之 is a percentage word, not a magnitude
    if chars.get(end) == Some(&'分') {
        return None;
    }
    let value = parse_chinese(&chars[at..end])?;
    // 上百个, 上千名, 近百户, 近千名: "hundreds", "nearly a thousand", an order of magnitude
    // rather than a figure; 上万, 近万 and more are read as figures (reports round large counts
    // so: 服务群众上万人次), as are 百余, 千余 (a hundred-odd)
    if matches!(hedged, Some('上' | '近')) && !followed && value < 10_000.0 {
        return None;
    }
    Some(Numeral {
        end,
        value,
        chinese: true,
        open_ended: followed,
        hedged_by: hedged.filter(|&p| matches!(p, '上' | '过' | '破')),
    })
}

/// Reads an Arabic (with optional decimal and 万/亿) or Chinese numeral at `at`.
fn read_numeral(chars: &[char], at: usize) -> Option<Numeral> {
    let c = *chars.get(at)?;
    if c.is_ascii_digit() {
        let mut end = at;
        // thousands separators: 1,260 and 12,345,678 (a group of exactly three digits follows)
        let group_follows = |k: usize| {
            crate::digit_groups::is_thousands_separator(chars[k])
                && k - at <= 3 + (k - at) / 4 * 4
                && (1..=3).all(|d| chars.get(k + d).is_some_and(|c| c.is_ascii_digit()))
                && !chars.get(k + 4).is_some_and(|c| c.is_ascii_digit())
        };
        while end < chars.len()
            && (chars[end].is_ascii_digit()
                || (chars[end] == '.' && chars.get(end + 1).is_some_and(|d| d.is_ascii_digit()))
                || (end > at && group_follows(end)))
        {
            end += 1;
        }
        let text: String = chars[at..end]
            .iter()
            .filter(|&&c| !crate::digit_groups::is_thousands_separator(c))
            .collect();
        let mut value: f64 = text.parse().ok()?;
        let mut open_ended = false;
        // 5000余万, 24.4万余: 余/多 may stand before or after the multiplier
        if matches!(chars.get(end), Some('余' | '多'))
            && chars.get(end + 1).is_some_and(|&m| is_large_multiplier(m))
        {
            open_ended = true;
            end += 1;
        }
        while let Some(m) = chars
            .get(end)
            .and_then(|&m| is_large_multiplier(m).then(|| chinese_multiplier(m))?)
        {
            value *= m;
            end += 1;
        }
        return value.is_finite().then_some(Numeral {
            end,
            value,
            chinese: false,
            open_ended,
            hedged_by: None,
        });
    }
    // a Chinese numeral starts with a digit or 十 (万家, 千企 are words, not numbers)
    if chinese_digit(c).is_some() || c == '十' {
        let mut end = at;
        while end < chars.len() && is_chinese_numeral(chars[end]) {
            end += 1;
        }
        // 十几 / 几十
        if chars.get(end) == Some(&'几') {
            let value = parse_chinese(&chars[at..end])?;
            return Some(Numeral {
                end: end + 1,
                value,
                chinese: true,
                open_ended: true,
                hedged_by: None,
            });
        }
        // shrink until it parses (一万元 parses whole; 一己 does not start a numeral)
        let mut e = end;
        while e > at {
            if let Some(value) = parse_chinese(&chars[at..e]) {
                return Some(Numeral {
                    end: e,
                    value,
                    chinese: true,
                    open_ended: false,
                    hedged_by: None,
                });
            }
            e -= 1;
        }
    }
    None
}

fn qualifier_before(chars: &[char], start: usize) -> (Qualifier, usize) {
    for (word, q) in [
        ("超过", Qualifier::Over),
        ("多于", Qualifier::Over),
        ("大约", Qualifier::Approx),
        ("大概", Qualifier::Approx),
        ("大致", Qualifier::Approx),
        ("将近", Qualifier::Under),
        ("接近", Qualifier::Under),
        ("不足", Qualifier::Under),
        ("不到", Qualifier::Under),
        ("少于", Qualifier::Under),
        ("近", Qualifier::Under),
        ("约", Qualifier::Approx),
        ("超", Qualifier::Over),
        ("逾", Qualifier::Over),
    ] {
        if ends_with_at(chars, start, word) {
            let at = start - word.chars().count();
            // 签约29个, 节约 …: 约 inside a word is not "about"
            if word == "约" && at > 0 && "签节合预制相邀契条公履违".contains(chars[at - 1])
            {
                continue;
            }
            return (q, at);
        }
    }
    (Qualifier::Exact, start)
}

/// The unit written at `at`: (characters written, unit as facts write it, factor).
///
/// Unit characters are compared in simplified form: a mis-converted or mixed page keeps 個, 單,
/// 萬 that the page's script check did not convert.
fn unit_at(chars: &[char], at: usize) -> Option<(usize, &'static str, f64)> {
    const LONGEST_UNIT: usize = 5;
    let mut written = ['\0'; LONGEST_UNIT];
    for (w, &c) in written.iter_mut().zip(chars.get(at..).unwrap_or_default()) {
        *w = crate::script::simplified(c);
    }
    unit_table()
        .units
        .iter()
        .find(|(w, _, _)| {
            w.len() <= LONGEST_UNIT && chars.len() >= at + w.len() && written[..w.len()] == w[..]
        })
        .map(|(w, u, f)| (w.len(), u.as_str(), *f))
}

fn not_count_at(chars: &[char], at: usize) -> bool {
    unit_table()
        .not_counts
        .iter()
        .any(|w| chars.len() >= at + w.len() && chars[at..at + w.len()] == w[..])
}

/// The clause before `at`: back to the last clause break, at most `max` characters.
fn clause_before(chars: &[char], at: usize, max: usize) -> &[char] {
    let from = at.saturating_sub(max);
    let start = chars[from..at]
        .iter()
        .rposition(|&c| crate::catalog::is_clause_break(c) && c != '、')
        .map_or(from, |p| from + p + 1);
    &chars[start..at]
}

fn contains_word(text: &[char], word: &str) -> bool {
    (0..text.len()).any(|i| starts_with_at(text, i, word))
}

/// Units that `not_counts` refuses elsewhere but that count in these settings:
/// - 连续5年 (five years running) counts the years of an achievement; a plan's horizon
///   (经过3年努力, 近8年来) and a period (三年接纳) stay out;
/// - 平均年龄37.6岁: a workforce's average age is a statistic, a person's age (65岁) is not;
/// - 近三成, 八成以上: a share in tenths (see `[tenths]` in data/units.toml).
fn counted_in_time_or_share(
    chars: &[char],
    start: usize,
    end: usize,
    num: &Numeral,
) -> Option<(usize, &'static str, f64)> {
    let at = |c: char| chars.get(end) == Some(&c);
    if at('年') && ends_with_at(chars, start, "连续") && num.value.fract() == 0.0 {
        return Some((1, "年", 1.0));
    }
    if at('岁') {
        let before = clause_before(chars, start, 12);
        return (contains_word(before, "平均年龄") || ends_with_at(before, before.len(), "平均"))
            .then_some((1, "岁", 1.0));
    }
    let tenths = &unit_table().tenths;
    let len = tenths.unit.chars().count();
    let opens_word = |w: &String| starts_with_at(chars, end + len, w);
    (len > 0
        && starts_with_at(chars, end, &tenths.unit)
        && num.value < 10.0
        && !tenths.not_before.iter().any(opens_word))
    .then_some((len, tenths.unit.as_str(), 1.0))
}

/// Whether a Chinese numeral below a hundred counts concrete units rather than naming the parts
/// of a plan (see `[chinese_counts]` in data/units.toml): its measure word counts concrete
/// units by itself (三幢, 八家), or a concrete noun follows it after at most a short modifier
/// (三个试点社区). 一 never counts: 一个, 一名 is the indefinite article.
fn counts_concrete_units(
    chars: &[char],
    end: usize,
    unit: Option<(usize, &'static str, f64)>,
    value: f64,
) -> bool {
    const MAX_MODIFIER_CHARS: usize = 3;
    let Some((len, unit, _)) = unit else {
        return false;
    };
    if value <= 1.0 {
        return false;
    }
    let counts = &unit_table().chinese_counts;
    if counts.measures.iter().any(|m| m == unit) {
        return true;
    }
    let noun_from = end + len;
    (noun_from..=noun_from + MAX_MODIFIER_CHARS)
        .take_while(|&i| {
            chars
                .get(i)
                .is_some_and(|&c| !crate::catalog::is_clause_break(c))
        })
        .any(|i| counts.nouns.iter().any(|n| starts_with_at(chars, i, n)))
}

/// A duty rota (每天有1名县领导接访, 每周安排2名干部值班) says how a duty is manned, not what
/// was done: a few people per day, week or month (see `[rota]` in data/units.toml).
fn is_rota(chars: &[char], q_start: usize, unit: &str, value: f64) -> bool {
    const MAX_ROTA_PEOPLE: f64 = 10.0;
    let rota = &unit_table().rota;
    if value >= MAX_ROTA_PEOPLE || !rota.people_units.iter().any(|u| u == unit) {
        return false;
    }
    let before = clause_before(chars, q_start, 12);
    rota.verbs
        .iter()
        .any(|v| ends_with_at(before, before.len(), v))
        && rota.periods.iter().any(|p| contains_word(before, p))
}

/// 31个省(区、市): a count of every unit of a whole (see `[whole_sets]` in data/units.toml),
/// the noun right after the measure word 个.
fn enumerates_a_whole_set(chars: &[char], end: usize, value: f64) -> bool {
    end > 0
        && chars[end - 1] == '个'
        && unit_table().whole_sets.iter().any(|(noun, whole)| {
            value >= *whole && chars.get(end..end + noun.len()) == Some(&noun[..])
        })
}

/// A percentage written in words, as speeches and some reports do: 百分之八十 (80%), 百分之百.
fn percent_in_words(chars: &[char], at: usize) -> Option<Quantity> {
    if !starts_with_at(chars, at, "百分之") {
        return None;
    }
    let from = at + 3;
    let (value, end) = if chars.get(from) == Some(&'百') {
        (100.0, from + 1)
    } else {
        let numeral = read_numeral(chars, from).filter(|n| n.chinese)?;
        (numeral.value, numeral.end)
    };
    let (mut qualifier, q_start) = qualifier_before(chars, at);
    let mut end = end;
    if starts_with_at(chars, end, "以上") {
        qualifier = Qualifier::Over;
        end += 2;
    }
    Some(Quantity {
        range: q_start..end,
        number_start: at,
        value,
        value_max: None,
        unit: "%".to_owned(),
        qualifier,
    })
}

/// A page's view counter (浏览量:128次, 阅读量 3562): page furniture, not a figure of the story.
fn counts_views(chars: &[char], q_start: usize) -> bool {
    let mut at = q_start;
    while at > 0 && matches!(chars[at - 1], ':' | '：' | ' ') {
        at -= 1;
    }
    unit_table()
        .counters
        .iter()
        .any(|w| at >= w.len() && chars[at - w.len()..at] == w[..])
}

/// Finds every reportable quantity in `chars` (one sentence of normalised text).
pub fn find_quantities(chars: &[char]) -> Vec<Quantity> {
    let quoted = quoted_mask(chars);
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let boundary_ok = i == 0
            || !(chars[i - 1].is_ascii_alphanumeric()
                || chars[i - 1] == '.'
                || is_chinese_numeral(chars[i - 1]) && !c.is_ascii_digit());
        if let Some(q) = boundary_ok.then(|| percent_in_words(chars, i)).flatten() {
            i = q.range.end;
            out.push(q);
            continue;
        }
        let numeral = if boundary_ok {
            read_numeral(chars, i).or_else(|| bare_magnitude(chars, i))
        } else {
            None
        };
        let Some(num) = numeral else {
            i += 1;
            continue;
        };
        let next = num.end;
        let hedged_by = num.hedged_by;
        if let Some(mut q) = quantity_from(chars, &quoted, i, num) {
            // 上万, 过千, 破万: more than the magnitude
            if hedged_by.is_some() && q.range.start == i {
                q.range.start = i - 1;
                q.qualifier = Qualifier::Over;
            }
            i = q.range.end.max(i + 1);
            out.push(q);
        } else {
            i = next.max(i + 1);
        }
    }
    out
}

fn quantity_from(chars: &[char], quoted: &[bool], start: usize, num: Numeral) -> Option<Quantity> {
    if quoted[start] {
        return None;
    }
    let prev = start.checked_sub(1).map(|p| chars[p]);
    // ordinals, per-unit rates and vague counts: 第二, 每千人口, 数百, 几十; after 数 or 几 an
    // Arabic figure is a count whose noun ends in 数 (总数1.4万个, 人数2200余人, 时数1237小时)
    if matches!(prev, Some('第' | '每' | '+' | '-' | '>' | '<' | '/' | '周'))
        || (matches!(prev, Some('数' | '几')) && num.chinese)
    {
        return None;
    }
    let mut end = num.end;
    let next = chars.get(end).copied();
    // 10万+人次, 100+场 (more than): a plus sign before a unit; before a letter or a digit it
    // joins a formula or a name (1+N, 5+2+N)
    let plus = next == Some('+')
        && !num.chinese
        && !chars
            .get(end + 1)
            .is_some_and(|c| c.is_ascii_alphanumeric())
        && unit_at(chars, end + 1).is_some();
    if plus {
        end += 1;
    } else if next.is_some_and(|n| n.is_ascii_alphabetic() || n == '+' || n == '>' || n == '<') {
        return None;
    }
    // fractions: 六分之一
    if starts_with_at(chars, end, "分之") {
        let denominator = num.value;
        let numerator = read_numeral(chars, end + 2)?;
        if denominator <= 0.0 || numerator.value > denominator {
            return None;
        }
        let (qualifier, q_start) = qualifier_before(chars, start);
        let value = (numerator.value / denominator * 10_000.0).round() / 10_000.0;
        return Some(Quantity {
            range: q_start..numerator.end,
            number_start: start,
            value,
            value_max: None,
            unit: "分数".to_owned(),
            qualifier,
        });
    }
    let mut open_ended = num.open_ended || plus;
    if matches!(chars.get(end), Some('余' | '多')) {
        open_ended = true;
        end += 1;
    }
    // 连续5年, 平均年龄37.6岁, 近三成: words that are no count elsewhere count here
    let special = counted_in_time_or_share(chars, start, end, &num);
    let unit_written = match special {
        Some(_) => special,
        None if not_count_at(chars, end) => return None,
        None => unit_at(chars, end),
    };
    if num.chinese
        && num.value < 100.0
        && special.is_none()
        && !counts_concrete_units(chars, end, unit_written, num.value)
    {
        return None;
    }
    let mut value = num.value;
    if let Some((len, _, factor)) = unit_written {
        end += len;
        value *= factor;
    } else if num.end == start
        || !(num.value >= 10_000.0 && chars[num.end - 1] == '万' || chars[num.end - 1] == '亿')
    {
        // a bare number without a unit is only a figure when a 万/亿 multiplier makes it a count
        return None;
    }
    let unit = unit_written.map_or("", |(_, u, _)| u).to_owned();
    if num.chinese && unit.is_empty() {
        return None;
    }
    // (次) after 件: 219件(次)
    let (mut qualifier, q_start) = qualifier_before(chars, start);
    if open_ended {
        qualifier = Qualifier::Over;
    }
    if starts_with_at(chars, end, "以上") {
        qualifier = Qualifier::Over;
        end += 2;
    } else if starts_with_at(chars, end, "左右") {
        qualifier = Qualifier::Approx;
        end += 2;
    } else if starts_with_at(chars, end, "以下") || starts_with_at(chars, end, "以内") {
        qualifier = Qualifier::Under;
        end += 2;
    }
    // ranges: 200元到600元, 200到600元, 10-20人
    let mut value_max = None;
    for sep in ["到", "至", "-", "~", "～"] {
        if starts_with_at(chars, end, sep)
            || (unit.is_empty() && starts_with_at(chars, num.end, sep))
        {
            let sep_at = if starts_with_at(chars, end, sep) {
                end
            } else {
                num.end
            };
            if let Some(upper) = read_numeral(chars, sep_at + sep.chars().count()) {
                let mut upper_end = upper.end;
                let upper_unit = unit_at(chars, upper_end);
                let upper_value = upper.value * upper_unit.map_or(1.0, |(_, _, f)| f);
                if upper_unit.is_some_and(|(_, u, _)| u == unit || unit.is_empty())
                    && upper_value > value
                {
                    upper_end += upper_unit.map_or(0, |(len, _, _)| len);
                    value_max = Some(upper_value);
                    qualifier = Qualifier::Range;
                    return Some(Quantity {
                        range: q_start..upper_end,
                        number_start: start,
                        value: if unit.is_empty() {
                            value * upper_unit.map_or(1.0, |(_, _, f)| f)
                        } else {
                            value
                        },
                        value_max,
                        unit: upper_unit.map_or("", |(_, u, _)| u).to_owned(),
                        qualifier,
                    });
                }
            }
        }
    }
    // nothing counted (已有0人发表了评论) is no figure
    if !value.is_finite() || value == 0.0 {
        return None;
    }
    if is_rota(chars, q_start, &unit, value)
        || crate::not_counts::states_rule_or_duration(chars, start, end, &unit, value, num.chinese)
        || enumerates_a_whole_set(chars, end, value)
        || counts_views(chars, q_start)
    {
        return None;
    }
    // a threshold in a rule (凡有正式党员3人以上的) and a service that never stops (24小时不熄的
    // 灯光, 24小时值守) are not figures of what was done
    if starts_with_at(chars, end, "的")
        && matches!(qualifier, Qualifier::Over | Qualifier::Under)
        && (starts_with_at(chars, end - 2, "以上") || starts_with_at(chars, end - 2, "以下"))
    {
        return None;
    }
    if value == 24.0
        && unit == "小时"
        && chars
            .get(end)
            .is_some_and(|&c| ('\u{4e00}'..='\u{9fff}').contains(&c))
    {
        return None;
    }
    Some(Quantity {
        range: q_start..end,
        number_start: start,
        value,
        value_max,
        unit,
        qualifier,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Quantity {
        let chars: Vec<char> = text.chars().collect();
        let found = find_quantities(&chars);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        found[0].clone()
    }

    fn none(text: &str) {
        let chars: Vec<char> = text.chars().collect();
        assert!(
            find_quantities(&chars).is_empty(),
            "{text}: {:?}",
            find_quantities(&chars)
        );
    }

    #[test]
    fn embedded_units_parse() {
        let file: UnitFile = toml::from_str(UNIT_DATA).expect("data/units.toml parses");
        assert!(file.units.len() > 40 && !file.not_counts.is_empty());
    }

    #[test]
    fn units_and_measure_words_of_the_domain() {
        let q = one("累计服务8万个小时");
        assert_eq!((q.value, q.unit.as_str()), (80_000.0, "小时"));
        let q = one("志愿服务时长3.2万小时");
        assert_eq!((q.value, q.unit.as_str()), (32_000.0, "小时"));
        let q = one("化解信访积案56起");
        assert_eq!((q.value, q.unit.as_str()), (56.0, "起"));
        let q = one("办理群众诉求1.2万件次");
        assert_eq!((q.value, q.unit.as_str()), (12_000.0, "件次"));
        let q = one("服务群众5.6万余人次");
        assert_eq!(
            (q.value, q.unit.as_str(), q.qualifier),
            (56_000.0, "人次", Qualifier::Over)
        );
        let q = one("建成社工站120座");
        assert_eq!((q.value, q.unit.as_str()), (120.0, "座"));
        let q = one("成立不足6个月");
        assert_eq!((q.value, q.unit.as_str()), (6.0, "个月"));
        let q = one("登记的志愿服务队伍达1,260支");
        assert_eq!((q.value, q.unit.as_str()), (1_260.0, "支"));
        let q = one("投入资金500万元");
        assert_eq!((q.value, q.unit.as_str()), (5_000_000.0, "元"));
    }

    #[test]
    fn bare_magnitudes() {
        let q = one("带动上万名志愿者");
        assert_eq!(
            (q.value, q.unit.as_str(), q.qualifier),
            (10_000.0, "名", Qualifier::Over)
        );
        let q = one("参与群众超万人");
        assert_eq!((q.value, q.qualifier), (10_000.0, Qualifier::Over));
        let q = one("服务万余人次");
        assert_eq!(
            (q.value, q.unit.as_str(), q.qualifier),
            (10_000.0, "人次", Qualifier::Over)
        );
        let q = one("近万名骑手");
        assert_eq!((q.value, q.qualifier), (10_000.0, Qualifier::Under));
        let q = one("百余名社工");
        assert_eq!((q.value, q.qualifier), (100.0, Qualifier::Over));
        // an order of magnitude below ten thousand is no figure
        none("近千名骑手");
        none("向楼里的近百户居民发放物资");
        none("千方百计做好服务");
        none("万家灯火");
    }

    #[test]
    fn chinese_numerals() {
        let p = |s: &str| parse_chinese(&s.chars().collect::<Vec<_>>());
        assert_eq!(p("一万"), Some(10_000.0));
        assert_eq!(p("两千"), Some(2_000.0));
        assert_eq!(p("二十三"), Some(23.0));
        assert_eq!(p("十二万五千"), Some(125_000.0));
        assert_eq!(p("二三"), None);
    }

    #[test]
    fn multipliers_decimals_and_qualifiers() {
        let q = one("全省有6.97万家社会组织");
        assert_eq!(
            (q.value, q.unit.as_str(), q.qualifier),
            (69_700.0, "家", Qualifier::Exact)
        );
        let q = one("备案类社区社会组织24.4万余家");
        assert_eq!(
            (q.value, q.unit.as_str(), q.qualifier),
            (244_000.0, "家", Qualifier::Over)
        );
        let q = one("注册志愿者近2000万,");
        assert_eq!(
            (q.value, q.unit.as_str(), q.qualifier),
            (20_000_000.0, "", Qualifier::Under)
        );
        let q = one("日均服务超500人次");
        assert_eq!(
            (q.value, q.unit.as_str(), q.qualifier),
            (500.0, "人次", Qualifier::Over)
        );
        let q = one("奖励更是高达一万元");
        assert_eq!((q.value, q.unit.as_str()), (10_000.0, "元"));
        let q = one("周围的十几名高龄独居老人");
        assert_eq!(
            (q.value, q.unit.as_str(), q.qualifier),
            (10.0, "名", Qualifier::Over)
        );
        let q = one("招聘岗位3000多个");
        assert_eq!((q.value, q.qualifier), (3000.0, Qualifier::Over));
    }

    #[test]
    fn percentages_fractions_ranges() {
        let q = one("较上年增长34个百分点");
        assert_eq!((q.value, q.unit.as_str()), (34.0, "个百分点"));
        let q = one("覆盖率达79%");
        assert_eq!((q.value, q.unit.as_str()), (79.0, "%"));
        let q = one("占到全国近六分之一");
        assert_eq!(
            (q.value, q.unit.as_str(), q.qualifier),
            (0.1667, "分数", Qualifier::Under)
        );
        let q = one("每个月都能获得200元到600元不等的津贴");
        assert_eq!(
            (q.value, q.value_max, q.unit.as_str(), q.qualifier),
            (200.0, Some(600.0), "元", Qualifier::Range)
        );
    }

    #[test]
    fn not_figures() {
        none("构建“1+N”政策体系");
        none("“1133”工作思路");
        none("激发“1+1>2”治理效能");
        none("2024年1月12日全省机构改革动员大会后");
        none("第2个工作日");
        none("一条主线、一套制度、三个聚焦、三项举措");
        none("为65岁以上老年人提供");
        none("每千人口拥有");
        none("党的十八大以来");
        none("数百名高龄独居老人");
        none("5G创新谷");
        none("凡有正式党员3人以上的,单独建立党支部");
        none("用24小时不熄的灯光守护居民");
        none("已有0人发表了评论");
        none("时间:2022-01-04 浏览量:128 次 来源:中国社会报");
        none("阅读量 3562次");
        let q = one("组织亲子阅读20场");
        assert_eq!((q.value, q.unit.as_str()), (20.0, "场"));
    }

    #[test]
    fn small_chinese_numerals_count_only_concrete_units() {
        let q = one("德胜街社区是我市三个试点社区之一");
        assert_eq!((q.value, q.unit.as_str()), (3.0, "个"));
        let q = one("省慈善总会等八家组织联办");
        assert_eq!((q.value, q.unit.as_str()), (8.0, "家"));
        let q = one("小区里有三幢楼被封闭");
        assert_eq!((q.value, q.unit.as_str()), (3.0, "幢"));
        none("实施六个行动、三项措施,建强两支队伍");
        none("在信访大厅设立十个工作部");
        none("构建县乡村三级联动机制");
        none("一名党员就是一面旗帜");
        none("31个省(区、市)和新疆生产建设兵团相关负责同志参加会议");
        let q = one("共计有4.5万余人次省、市、县三级领导干部下访");
        assert_eq!((q.value, q.unit.as_str()), (45_000.0, "人次"));
        let q = one("全国已有28个省份出台实施意见");
        assert_eq!((q.value, q.unit.as_str()), (28.0, "个"));
    }

    #[test]
    fn years_running_average_ages_and_tenths() {
        let q = one("连续5年在全省考核中被评为优秀");
        assert_eq!((q.value, q.unit.as_str()), (5.0, "年"));
        none("经过3年努力");
        none("近8年来");
        let q = one("社区工作者平均年龄为37.6岁");
        assert_eq!((q.value, q.unit.as_str()), (37.6, "岁"));
        none("今年65岁的老党员");
        let q = one("近三成的受访者");
        assert_eq!(
            (q.value, q.unit.as_str(), q.qualifier),
            (3.0, "成", Qualifier::Under)
        );
        none("12成员单位");
    }

    #[test]
    fn rotas_names_and_hedges() {
        none("实行每天有1名县领导公开接访");
        none("每周安排2名干部值班");
        none("县4套班子领导下访接待群众");
        let q = one("每天大概2500单");
        assert_eq!((q.value, q.qualifier), (2500.0, Qualifier::Approx));
        let q = one("注册志愿者200名左右");
        assert_eq!((q.value, q.qualifier), (200.0, Qualifier::Approx));
    }

    #[test]
    fn traditional_numerals_and_units_left_unconverted() {
        let q = one("服務群眾1.2萬人次");
        assert_eq!((q.value, q.unit.as_str()), (12_000.0, "人次"));
        let q = one("成立志願服務隊伍35個");
        assert_eq!((q.value, q.unit.as_str()), (35.0, "个"));
        let q = one("超3億元");
        assert_eq!((q.value, q.unit.as_str()), (300_000_000.0, "元"));
    }

    #[test]
    fn percentages_in_words_plus_signs_and_upper_bounds() {
        let q = one("百分之八十的社区建立了志愿服务站");
        assert_eq!((q.value, q.unit.as_str()), (80.0, "%"));
        let q = one("矛盾纠纷化解率达到百分之百");
        assert_eq!((q.value, q.unit.as_str()), (100.0, "%"));
        let q = one("全年服务群众10万+人次");
        assert_eq!(
            (q.value, q.unit.as_str(), q.qualifier),
            (100_000.0, "人次", Qualifier::Over)
        );
        none("构建“5+2+N”服务体系");
        none("推行1+N工作法");
        let q = one("成立不足6个月");
        assert_eq!(q.qualifier, Qualifier::Under);
        let q = one("平均等待时间不到5分钟,服务骑手不到300人");
        assert_eq!((q.value, q.qualifier), (300.0, Qualifier::Under));
    }

    #[test]
    fn two_figures_in_a_row() {
        let chars: Vec<char> = "接访约访下访群众183批293人次".chars().collect();
        let found = find_quantities(&chars);
        assert_eq!(
            found
                .iter()
                .map(|q| (q.value, q.unit.as_str()))
                .collect::<Vec<_>>(),
            vec![(183.0, "批"), (293.0, "人次")]
        );
    }
}
