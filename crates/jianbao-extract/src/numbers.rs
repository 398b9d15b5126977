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

mod bare_counts;
mod chinese;
mod signs;
#[cfg(test)]
mod tests;
mod units;

pub use chinese::parse_chinese;
use chinese::{chinese_digit, chinese_multiplier, is_chinese_numeral, is_large_multiplier};
use units::{not_count_at, unit_at, unit_table};
pub use units::{same_unit_family, unit_siblings};

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
    /// 近百余: hedged from both sides, about the magnitude.
    about: bool,
}

/// Words before a bare magnitude (百, 千, 万, 亿 without a digit) that make it a figure:
/// 上万名 (more than ten thousand), 超万人, 近千名, 逾百家, 过万, 破万.
const MAGNITUDE_HEDGES: &str = "上超逾近过破";

/// Whether `after` opens with a measure word of recorded times (人次, 次, 场次, 件次, 户次, 批次).
fn counts_recorded_times(after: &[char]) -> bool {
    let word: Vec<char> = after.iter().copied().take(3).collect();
    word.first() == Some(&'次') || (word.len() >= 2 && word[1] == '次')
}

/// Links between a count's name and its number (个数达11.1, 人数为500).
/// (已达, 共计: the tally as a total reached; misses21.)
const COUNT_NAME_LINKS: &[&str] = &[
    "已达到",
    "达到了",
    "已达",
    "达到",
    "约为",
    "共计",
    "总计",
    "达",
    "为",
    "是",
    "约",
    ":",
    "：",
];

/// 社区社会组织个数达11.1, 参与人数达500: a number with no unit after it whose name ends in a
/// measure word and 数 (个数, 人数, 家数) is counted in that measure word; the number ends its
/// clause. (Written 0 characters long: the unit stands before the number.)
fn unit_named_before(
    chars: &[char],
    start: usize,
    end: usize,
    num: &Numeral,
) -> Option<(usize, &'static str, f64)> {
    if num.chinese
        || chars
            .get(end)
            .is_some_and(|c| is_han_char(*c) || c.is_ascii_alphanumeric())
    {
        return None;
    }
    // 注册用户8万, 用户数突破5000: users, no measure word (data/bare-counts.toml)
    if let Some(unit) = bare_counts::people_named_before(chars, start) {
        return Some((0, unit, 1.0));
    }
    let mut at = start;
    if let Some(link) = COUNT_NAME_LINKS.iter().find(|w| ends_with_at(chars, at, w)) {
        at -= link.chars().count();
    }
    if at < 2 || chars[at - 1] != '数' {
        return None;
    }
    let (len, unit, factor) = unit_at(chars, at - 2)?;
    (len == 1 && factor == 1.0).then_some((0, unit, 1.0))
}

fn is_han_char(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// From this value up a bare magnitude (百万, 千万, 亿) is a scale, never a figure.
const VAGUE_BARE_MAGNITUDE: f64 = 1_000_000.0;

/// A bare magnitude read as a number: 上万名 (10000, over), 万余人 (10000, over), 近千名
/// (1000, under); 上千万, 超百万, 上亿 are scales, not figures. Alone (万家, 千方百计) it is a word, not a number.
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
    // 成千上万, 成百上千: an idiom of multitude, no amount
    if hedged == Some('上') && at >= 3 && chars[at - 3] == '成' && is_magnitude(&chars[at - 2]) {
        return None;
    }
    let value = parse_chinese(&chars[at..end])?;
    // 上百个, 上千名: "hundreds", "thousands", an order of magnitude rather than a figure, and so
    // is 近百户 (a story's "a hundred or so"); 近千 bounds a count from below a round thousand as
    // reports round their tallies (服务近千人次), so it is read as under a thousand; 上万, 近万
    // and more are read as figures (服务群众上万人次); 百余, 千余 and 万余 (a hundred-, thousand-,
    // ten-thousand-odd) are a round count and more, read as over it (the lead's ruling of the
    // 2026-12-01 evening round, as 万余 was before), while 百多 stays as vague as 上百
    let order_of_magnitude = match hedged {
        Some('上') => value < 10_000.0,
        Some('近') => value < 1_000.0,
        _ => value < 1_000.0,
    };
    let odd = hedged.is_none() && chars.get(end) == Some(&'余');
    // 近百余名, 近千余人: a round magnitude hedged from both sides (近 before, 余 after) is about
    // that magnitude, a figure read as approximate
    let both_ways = hedged == Some('近') && followed;
    if order_of_magnitude && !odd && (!followed || value < 1_000.0) && !both_ways {
        return None;
    }
    // 近千名志愿者汇聚, 近万人参加: a crowd guessed to a round magnitude; only a tally of
    // recorded visits or services (近千人次, 近万次, 近百场次) is bounded so from below
    if hedged == Some('近') && !both_ways && !counts_recorded_times(&chars[end..]) {
        return None;
    }
    // 超百万元, 上亿元, 破亿, 近千万: at a million and more, official statistics give digits
    // (1.2亿元, 2300余万元); a bare 百万, 千万 or 亿 after a hedge is a scale, not a tally
    if value >= VAGUE_BARE_MAGNITUDE {
        return None;
    }
    Some(Numeral {
        end,
        value,
        chinese: true,
        open_ended: followed && !both_ways,
        hedged_by: hedged.filter(|&p| matches!(p, '上' | '过' | '破')),
        about: both_ways,
    })
}

/// The value of the decimal `text` (digits with at most one point) times `multiplier` (a power
/// of ten: 万, 亿), computed from the digits as a whole number so that 2.3亿 is 230000000, not
/// 2.3 × 10⁸ = 229999999.99999997 as a binary fraction times the multiplier would give.
fn scaled_decimal(text: &str, multiplier: f64) -> Option<f64> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if multiplier == 1.0 || fraction.len() > 15 {
        return Some(text.parse::<f64>().ok()? * multiplier);
    }
    // digits (exact below 2^53) times the multiplier, divided by 10^fraction length: each step
    // is exact when its result is a whole number that f64 holds, and IEEE division rounds the
    // last one correctly
    let digits: f64 = format!("{whole}{fraction}").parse().ok()?;
    let places = i32::try_from(fraction.len()).ok()?;
    Some(digits * multiplier / 10f64.powi(places))
}

/// The separators of a range (200元到600元, 10-20人, 3—5个: an em or en dash, or a full-width
/// hyphen, joins a range as the hyphen does).
const RANGE_SEPARATORS: [&str; 8] = ["到", "至", "-", "~", "～", "—", "–", "－"];

/// Whether the bare numeral at `start..end` is the lower bound of a range whose upper bound ends
/// with a magnitude it shares (3~5万人次): a figure although no unit follows it.
fn shared_magnitude_range(chars: &[char], start: usize, end: usize) -> bool {
    RANGE_SEPARATORS.iter().any(|sep| {
        let upper_start = end + sep.chars().count();
        starts_with_at(chars, end, sep)
            && read_numeral(chars, upper_start).is_some_and(|upper| {
                shared_magnitude(chars, start..end, upper_start..upper.end) > 1.0
            })
    })
}

/// The magnitude (万, 亿, 万亿) that ends the numeral at `upper` when the numeral at `lower` ends
/// with none: the factor a range's lower bound shares with its upper bound; 1 otherwise.
fn shared_magnitude(chars: &[char], lower: Range<usize>, upper: Range<usize>) -> f64 {
    let trailing = |r: Range<usize>| -> f64 {
        chars[r]
            .iter()
            .rev()
            .take_while(|&&c| is_large_multiplier(c))
            .filter_map(|&c| chinese_multiplier(c))
            .product()
    };
    if trailing(lower) == 1.0 {
        trailing(upper)
    } else {
        1.0
    }
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
        let mut open_ended = false;
        // 5000余万, 24.4万余: 余/多 may stand before or after the multiplier
        if matches!(chars.get(end), Some('余' | '多'))
            && chars.get(end + 1).is_some_and(|&m| is_large_multiplier(m))
        {
            open_ended = true;
            end += 1;
        }
        let mut multiplier = 1.0;
        while let Some(m) = chars
            .get(end)
            .and_then(|&m| is_large_multiplier(m).then(|| chinese_multiplier(m))?)
        {
            multiplier *= m;
            end += 1;
        }
        let value = scaled_decimal(&text, multiplier)?;
        return value.is_finite().then_some(Numeral {
            end,
            value,
            chinese: false,
            open_ended,
            hedged_by: None,
            about: false,
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
                about: false,
            });
        }
        // shrink until it parses (一万元 parses whole; 一己 does not start a numeral)
        let mut e = end;
        while e > at {
            if let Some(value) = parse_chinese(&chars[at..e]) {
                // 二十余万元, 三十多万: 余/多 before the multiplier, as 5000余万 (more than the
                // round count of ten-thousands)
                if matches!(chars.get(e), Some('余' | '多'))
                    && chars.get(e + 1).is_some_and(|&m| is_large_multiplier(m))
                    && !chars[at..e].iter().any(|&c| is_large_multiplier(c))
                {
                    let multiplier = chinese_multiplier(chars[e + 1])?;
                    return Some(Numeral {
                        end: e + 2,
                        value: value * multiplier,
                        chinese: true,
                        open_ended: true,
                        hedged_by: None,
                        about: false,
                    });
                }
                return Some(Numeral {
                    end: e,
                    value,
                    chinese: true,
                    open_ended: false,
                    hedged_by: None,
                    about: false,
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
        // 突破80万人: broke through 800,000, so more than it
        ("突破", Qualifier::Over),
        ("多于", Qualifier::Over),
        ("大约", Qualifier::Approx),
        ("大概", Qualifier::Approx),
        ("大致", Qualifier::Approx),
        // 不少于200万人: no fewer than, so at least it (not the 少于 inside it)
        ("不得少于", Qualifier::Over),
        ("不少于", Qualifier::Over),
        // 至少达到2482个, 至少2000人: at least, a plan's floor (targets21)
        ("至少达到", Qualifier::Over),
        ("至少", Qualifier::Over),
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
/// (三个试点社区), or it counts teams formed (五支志愿者队伍, 组建三支队伍; data/bare-counts.toml
/// `[workforce]`). 一 never counts: 一个, 一名 is the indefinite article. The noun
/// is compared in simplified form, as units are: a mixed or mis-converted page keeps 兩個社區.
fn counts_concrete_units(
    chars: &[char],
    start: usize,
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
    // 四种重残家庭: kinds a rule sets out, whatever noun follows
    if counts.kinds.iter().any(|m| m == unit) {
        return false;
    }
    let noun_from = end + len;
    if bare_counts::counts_teams(chars, start, noun_from) {
        return true;
    }
    (noun_from..=noun_from + MAX_MODIFIER_CHARS)
        .take_while(|&i| {
            chars
                .get(i)
                .is_some_and(|&c| !crate::catalog::is_clause_break(c))
        })
        .any(|i| {
            counts.nouns.iter().any(|n| {
                (i..)
                    .zip(n.chars())
                    .all(|(k, c)| chars.get(k).map(|&t| crate::script::simplified(t)) == Some(c))
            })
        })
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

/// The most items a list restated by its count may have (a county's towns, a city's districts).
const MAX_RESTATED_ITEMS: usize = 30;

/// Kinds of division a count of listed places names (5个区(县), 3个乡镇), longest first.
const DIVISION_KINDS: &[&str] = &[
    "乡镇", "街道", "社区", "区", "县", "市", "旗", "镇", "乡", "村",
];
/// What may follow such a kind when the count is the set itself: the formula's alternatives in
/// parentheses (区(县), 县(市、区)), a clause break, or an adverb of the whole set (均, 全部).
const AFTER_DIVISION_KIND: &[&str] = &["(", ",", "。", ";", "均", "都", "全", "已", "分别", "共同"];

/// Whether the count at `start..end` restates the places listed right before it: 城东区、城中区、
/// 城西区、城北区、湟中区5个区(县)全面推行. The count is as many as the names listed (after 、, the
/// last perhaps after 和/及/与) and counts their kind of division itself, so it says nothing the
/// list does not: the set just named, not a figure of what was done. A count of something the
/// places have (彩虹社区、高桥社区、新联社区3个社区党支部) and items holding a figure of their own
/// (11个机构、1个中心) are no such restatement.
fn restates_the_list_before(chars: &[char], start: usize, end: usize, value: f64) -> bool {
    if value < 2.0 || value.fract() != 0.0 || value > MAX_RESTATED_ITEMS as f64 {
        return false;
    }
    let counts_the_division = DIVISION_KINDS.iter().any(|kind| {
        starts_with_at(chars, end, kind)
            && AFTER_DIVISION_KIND
                .iter()
                .any(|w| starts_with_at(chars, end + kind.chars().count(), w))
    });
    if !counts_the_division {
        return false;
    }
    let clause_start = chars[..start]
        .iter()
        .rposition(|&c| crate::catalog::is_clause_break(c) && c != '、')
        .map_or(0, |p| p + 1);
    let run = &chars[clause_start..start];
    if run
        .iter()
        .any(|c| c.is_ascii_digit() || is_chinese_numeral(*c))
    {
        return false;
    }
    let separators = run.iter().filter(|&&c| c == '、').count();
    if separators == 0 {
        return false;
    }
    // the last item may follow 和, 及 or 与 instead of 、
    let last = &run[run.iter().rposition(|&c| c == '、').map_or(0, |p| p + 1)..];
    let joined = last.iter().skip(1).any(|c| matches!(c, '和' | '及' | '与'));
    let items = separators + 1 + usize::from(joined);
    items as f64 == value
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
    first_quantities(chars, usize::MAX)
}

/// How `judge` reads the figure with `value` of `text` (for the unit tests of the not-fact
/// filters, which each judge one figure of a short text); panics when `text` states no such figure.
#[cfg(test)]
pub(crate) fn judge_figure(text: &str, value: f64, judge: fn(&[char], &Quantity) -> bool) -> bool {
    let s: Vec<char> = text.chars().collect();
    let qs = find_quantities(&s);
    let q = qs
        .iter()
        .find(|q| q.value == value)
        .unwrap_or_else(|| panic!("no {value} in {text}: {qs:?}"));
    judge(&s, q)
}

/// Whether a quantity can start at `c`: [`percent_in_words`] starts at 百, [`read_numeral`] at an
/// Arabic digit, a Chinese digit or 十, [`bare_magnitude`] at 百, 千, 万 or 亿. Most characters of
/// a sentence are none of these and are passed over at this one test.
fn may_start_quantity(c: char) -> bool {
    c.is_ascii_digit()
        || matches!(c, '十' | '百' | '千' | '万' | '亿' | '萬' | '億')
        || chinese_digit(c).is_some()
}

/// How many reportable quantities `chars` holds, counting no further than `most` (the points
/// pass weighs a clause's first few figures; the rest of it need not be read).
pub(crate) fn count_quantities(chars: &[char], most: usize) -> usize {
    first_quantities(chars, most).len()
}

/// The first `most` quantities of [`find_quantities`]: each is final once found, so stopping
/// after them gives what the whole scan begins with.
fn first_quantities(chars: &[char], most: usize) -> Vec<Quantity> {
    let quoted = quoted_mask(chars);
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() && out.len() < most {
        let c = chars[i];
        if !may_start_quantity(c) {
            i += 1;
            continue;
        }
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
    // 比上年增长-1.18%: a rate of change printed with its sign is that negative rate (a minus sign
    // elsewhere joins a range or a formula, below)
    if !num.chinese && signs::signed_rate_at(chars, start) {
        let mut q = unsigned_quantity(chars, quoted, start, num, true)?;
        if !signs::is_signed_unit(&q.unit) || q.value_max.is_some() {
            return None;
        }
        q.value = -q.value;
        q.range.start = q.range.start.min(start - 1);
        return Some(q);
    }
    unsigned_quantity(chars, quoted, start, num, false)
}

fn unsigned_quantity(
    chars: &[char],
    quoted: &[bool],
    start: usize,
    num: Numeral,
    signed: bool,
) -> Option<Quantity> {
    if quoted[start] {
        return None;
    }
    let prev = start.checked_sub(1).map(|p| chars[p]);
    // ordinals, per-unit rates and vague counts: 第二, 每千人口, 数百, 几十; after 数 or 几 an
    // Arabic figure is a count whose noun ends in 数 (总数1.4万个, 人数2200余人, 时数1237小时)
    if !signed
        && matches!(
            prev,
            Some('第' | '每' | '+' | '-' | '—' | '–' | '－' | '>' | '<' | '/' | '周')
        )
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
    let about = num.about;
    let mut open_ended = num.open_ended || plus;
    if matches!(chars.get(end), Some('余' | '多')) {
        // (近百余: the 余 of a figure read as about its magnitude says no "more than")
        open_ended = !about;
        end += 1;
    }
    // 连续5年, 平均年龄37.6岁, 近三成: words that are no count elsewhere count here
    let special = counted_in_time_or_share(chars, start, end, &num);
    let unit_written = match special {
        Some(_) => special,
        None if not_count_at(chars, end) => return None,
        // (the honour list first: 1项目 names a project, no count in 项)
        None => (!num.chinese && !open_ended)
            .then(|| bare_counts::honour_count_unit(chars, start, end))
            .flatten()
            .map(|unit| (0, unit, 1.0))
            .or_else(|| unit_at(chars, end))
            .or_else(|| unit_named_before(chars, start, end, &num)),
    };
    // 3~5万人次, 三至五万人: a bare lower bound sharing its upper bound's magnitude
    let bare_lower_bound = unit_written.is_none() && shared_magnitude_range(chars, start, num.end);
    // 十余个队, 二十多家: a Chinese numeral hedged with 余 or 多 is a tally rounded as reports
    // round theirs; the formulas of a plan (三个方面, 两个维护) are exact
    let hedged_tally = matches!(chars.get(num.end), Some('余' | '多')) && num.value > 1.0;
    if num.chinese
        && num.value < 100.0
        && special.is_none()
        && !bare_lower_bound
        && !hedged_tally
        && !counts_concrete_units(chars, start, end, unit_written, num.value)
    {
        return None;
    }
    let mut value = num.value;
    if let Some((len, _, factor)) = unit_written {
        end += len;
        value *= factor;
    } else if (num.end == start
        || !(num.value >= 10_000.0 && chars[num.end - 1] == '万' || chars[num.end - 1] == '亿'))
        && !bare_lower_bound
    {
        // a bare number without a unit is only a figure when a 万/亿 multiplier makes it a count
        return None;
    }
    // 1对1帮扶, 100对接: 对 joining two numbers or opening a word counts no pairs
    // (12部委, 3组织: 部 or 组 opening a word counts nothing in it)
    if unit_written.is_some_and(|(_, u, _)| {
        signs::pair_is_no_count(chars, end, u) || bare_counts::opens_another_word(chars, end, u)
    }) {
        return None;
    }
    let unit = unit_written.map_or("", |(_, u, _)| u).to_owned();
    if num.chinese && unit.is_empty() && !bare_lower_bound {
        return None;
    }
    // (次) after 件: 219件(次)
    let (mut qualifier, q_start) = qualifier_before(chars, start);
    if open_ended {
        qualifier = Qualifier::Over;
    }
    if about {
        qualifier = Qualifier::Approx;
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
    // ranges: 200元到600元, 200到600元, 3~5万人次 (its upper bound is no figure of its own)
    let mut value_max = None;
    for sep in RANGE_SEPARATORS {
        if starts_with_at(chars, end, sep)
            || (unit.is_empty() && starts_with_at(chars, num.end, sep))
        {
            let sep_at = if starts_with_at(chars, end, sep) {
                end
            } else {
                num.end
            };
            let upper_start = sep_at + sep.chars().count();
            if let Some(upper) = read_numeral(chars, upper_start) {
                // 3~5万人次, 三至五万元: Chinese writes a range's magnitude once, after its upper
                // bound; the lower bound has it too (30000, never 3)
                let value = if unit.is_empty() {
                    value * shared_magnitude(chars, start..num.end, upper_start..upper.end)
                } else {
                    value
                };
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
    // a bare lower bound whose range did not close with a unit (3~5万 alone) is no figure
    if bare_lower_bound {
        return None;
    }
    // nothing counted (已有0人发表了评论) is no figure
    if !value.is_finite() || value == 0.0 {
        return None;
    }
    if is_rota(chars, q_start, &unit, value)
        || crate::not_counts::states_rule_or_duration(chars, start, end, &unit, value, num.chinese)
        || enumerates_a_whole_set(chars, end, value)
        || restates_the_list_before(chars, q_start, end, value)
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
