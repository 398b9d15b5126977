//! Figures that state a rule or a duration rather than count something of the remit: staffing
//! norms (每个社区至少配备1名), time limits (15个工作日) and durations or repetitions in small
//! Chinese numerals (连续六年, 两次). Cue words in `data/not-counts.toml`.

use serde::Deserialize;

#[cfg(test)]
const NOT_COUNTS: &str = include_str!("../../../data/not-counts.toml");

// `NOT_COUNT_CUES`: data/not-counts.toml as `Cues` of static lists, written when the crate was
// built (build.rs, build/flat_lists.rs), so that no start parses its TOML; the tests check it
// equals the parse.
include!(concat!(env!("OUT_DIR"), "/not_count_cues.rs"));

/// The lists are `L` (`Vec<String>` as the tests parse them, static slices as build.rs writes
/// them), the words `S`.
#[derive(Debug, Deserialize)]
struct StaffingNorm<L, S> {
    minimum: L,
    per: S,
    verbs: L,
    totals: L,
}

#[derive(Debug, Deserialize)]
struct TimeLimit<L> {
    after: L,
}

#[derive(Debug, Deserialize)]
struct SmallChineseDurations<L> {
    units: L,
    below: f64,
}

/// 短短2小时, 2个月时间, 3天内: how long an action took.
#[derive(Debug, Deserialize)]
struct SpanOfAnAction<L> {
    units: L,
    before: L,
    after: L,
}

/// 3个多月来, 10天以来: a period that runs to now.
#[derive(Debug, Deserialize)]
struct PeriodToNow<L> {
    spans: L,
    to_now: L,
}

/// 4个层级: the levels of a structure.
#[derive(Debug, Deserialize)]
struct StructureLevels<L> {
    after: L,
}

/// 每6个人中就有1名: a share told as a ratio.
#[derive(Debug, Deserialize)]
struct RatioWithinAGroup<L, S> {
    every: S,
    has: L,
    reach: usize,
}

/// 设主任、副主任各1名: one person for each post, a body's structure.
#[derive(Debug, Deserialize)]
struct OneEach<L> {
    before: L,
    units: L,
    most: f64,
}

/// 2栋1单元: a building's number before its entrance, an address.
#[derive(Debug, Deserialize)]
struct Address<L> {
    buildings: L,
    entrances: L,
}

/// 代码前6位: the positions of a code's digits.
#[derive(Debug, Deserialize)]
struct CodeDigits<L> {
    codes: L,
    sides: L,
    units: L,
}

#[derive(Debug, Deserialize)]
struct Cues<L, S> {
    staffing_norm: StaffingNorm<L, S>,
    time_limit: TimeLimit<L>,
    small_chinese_durations: SmallChineseDurations<L>,
    span_of_an_action: SpanOfAnAction<L>,
    ratio_within_a_group: RatioWithinAGroup<L, S>,
    period_to_now: PeriodToNow<L>,
    structure_levels: StructureLevels<L>,
    one_each: OneEach<L>,
    address: Address<L>,
    code_digits: CodeDigits<L>,
}

fn cues() -> &'static Cues<&'static [&'static str], &'static str> {
    &NOT_COUNT_CUES
}

/// How far before a figure a staffing norm's words (每个……至少配备) are looked for.
const NORM_REACH: usize = 120;

fn text_has(text: &[char], word: &str) -> bool {
    // compared in place, the first character first: no copy of the word per call
    let (length, first) = (word.chars().count(), word.chars().next());
    length <= text.len()
        && (0..=text.len() - length).any(|at| {
            Some(text[at]) == first && text[at..at + length].iter().copied().eq(word.chars())
        })
}

/// Whether the figure whose number starts at `start` and whose quantity (unit and qualifier
/// included) ends at `end` states a rule or a duration, not a count.
pub(crate) fn states_rule_or_duration(
    chars: &[char],
    start: usize,
    end: usize,
    unit: &str,
    value: f64,
    chinese: bool,
) -> bool {
    let c = cues();
    let durations = &c.small_chinese_durations;
    if chinese && value < durations.below && durations.units.contains(&unit) {
        return true;
    }
    // (the quantity's end is past its unit: 15个 then 工作日, or 15 then 个工作日)
    let after = &chars[end.min(chars.len())..];
    let unit_len = unit.chars().count();
    let after_number = chars.get(end.saturating_sub(unit_len)..).unwrap_or(after);
    // compared in place: no copy of each word per figure
    let starts_with = |text: &[char], word: &str| {
        let mut rest = text.iter();
        word.chars().all(|ch| rest.next() == Some(&ch))
    };
    if c.time_limit
        .after
        .iter()
        .any(|w| starts_with(after, w) || (unit == "个" && starts_with(after_number, w)))
    {
        return true;
    }
    if spans_an_action(chars, start, after, unit)
        || ratio_within_a_group(chars, start)
        || one_person_each(chars, start, unit, value)
        || building_in_an_address(after, unit)
        || digits_of_a_code(chars, start, unit)
    {
        return true;
    }
    // 3个多月来, 两个月以来: a period to now; 4个层级: a structure's levels
    let period = &c.period_to_now;
    if period.spans.iter().any(|span| {
        starts_with(after_number, span)
            && period.to_now.iter().any(|w| {
                after_number
                    .get(span.chars().count()..)
                    .is_some_and(|rest| starts_with(rest, w))
            })
    }) || c
        .structure_levels
        .after
        .iter()
        .any(|w| starts_with(after_number, w))
    {
        return true;
    }
    // (within a clause's reach: a page-long clause without punctuation stays linear)
    let reach = start.saturating_sub(NORM_REACH);
    let clause_start = chars[reach..start]
        .iter()
        .rposition(|&ch| crate::catalog::is_clause_break(ch))
        .map_or(reach, |p| reach + p + 1);
    let before = &chars[clause_start..start];
    let norm = &c.staffing_norm;
    let staffing = norm.verbs.iter().any(|v| text_has(before, v))
        && !norm.totals.iter().any(|t| text_has(before, t));
    staffing && (norm.minimum.iter().any(|m| text_has(before, m)) || text_has(before, norm.per))
}

/// Whether `word` ends `text`.
fn ends_with_word(text: &[char], word: &str) -> bool {
    let length = word.chars().count();
    text.len() >= length && text[text.len() - length..].iter().copied().eq(word.chars())
}

/// Whether `text` opens with `word`.
fn starts_with_word(text: &[char], word: &str) -> bool {
    let length = word.chars().count();
    text.len() >= length && text[..length].iter().copied().eq(word.chars())
}

/// 短短2小时解决了诉求, 用2个月时间收到建议, 3天内完成排查: the span an action took.
fn spans_an_action(chars: &[char], start: usize, after: &[char], unit: &str) -> bool {
    let span = &cues().span_of_an_action;
    if !span.units.contains(&unit) {
        return false;
    }
    let before = &chars[..start];
    span.before.iter().any(|w| ends_with_word(before, w))
        || span.after.iter().any(|w| starts_with_word(after, w))
}

/// 设主任、副主任各1名, 会长、秘书长各1人: one person for each post, how a body is staffed.
fn one_person_each(chars: &[char], start: usize, unit: &str, value: f64) -> bool {
    let each = &cues().one_each;
    value <= each.most
        && each.units.contains(&unit)
        && each
            .before
            .iter()
            .any(|w| ends_with_word(&chars[..start], w))
}

/// 代码前6位, 号码的后4位: the positions of a code's digits, no people.
fn digits_of_a_code(chars: &[char], start: usize, unit: &str) -> bool {
    let code = &cues().code_digits;
    if !code.units.contains(&unit) {
        return false;
    }
    let Some(side) = code
        .sides
        .iter()
        .find(|w| ends_with_word(&chars[..start], w))
    else {
        return false;
    };
    let before = &chars[..start - side.chars().count()];
    let before = before.strip_suffix(&['的']).unwrap_or(before);
    code.codes.iter().any(|w| ends_with_word(before, w))
}

/// 2栋1单元, 5幢3单元: a building's number followed by its entrance's, an address (`after` is
/// the text after the building's measure word).
fn building_in_an_address(after: &[char], unit: &str) -> bool {
    let address = &cues().address;
    if !address.buildings.contains(&unit) {
        return false;
    }
    let digits = after.iter().take_while(|c| c.is_ascii_digit()).count();
    digits > 0
        && address
            .entrances
            .iter()
            .any(|w| starts_with_word(&after[digits..], w))
}

/// 每6个人中就有1名志愿者, 平均每5户就有1户: the second figure of a ratio.
fn ratio_within_a_group(chars: &[char], start: usize) -> bool {
    let ratio = &cues().ratio_within_a_group;
    let before = &chars[..start];
    ratio.has.iter().any(|w| {
        if !ends_with_word(before, w) {
            return false;
        }
        let opening = before.len() - w.chars().count();
        let reach = opening.saturating_sub(ratio.reach);
        // 每 in the same clause, within reach of the words of having
        let clause = before[reach..opening]
            .iter()
            .rposition(|&ch| crate::catalog::is_clause_break(ch))
            .map_or(reach, |p| reach + p + 1);
        text_has(&before[clause..opening], ratio.every)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(text: &str, number: &str, unit: &str, value: f64, chinese: bool) -> bool {
        let chars: Vec<char> = text.chars().collect();
        let n: Vec<char> = number.chars().collect();
        let start = chars
            .windows(n.len())
            .position(|w| w == n.as_slice())
            .expect("number");
        let end = start + n.len() + unit.chars().count();
        states_rule_or_duration(&chars, start, end, unit, value, chinese)
    }

    #[test]
    fn the_data_file_parses() {
        assert!(!cues().staffing_norm.verbs.is_empty());
    }

    /// The static build.rs wrote is data/not-counts.toml as it parses now.
    #[test]
    fn not_count_cues_static_equals_the_parse() {
        let parsed: Cues<Vec<String>, String> =
            toml::from_str(NOT_COUNTS).expect("data/not-counts.toml parses");
        assert_eq!(format!("{:#?}", cues()), format!("{parsed:#?}"));
    }

    #[test]
    fn rules_and_durations_are_no_counts() {
        assert!(rule(
            "每个城乡社区至少配备1名专职社工",
            "1",
            "名",
            1.0,
            false
        ));
        assert!(rule("按每百户居民配备1名社区工作者", "1", "名", 1.0, false));
        assert!(rule("须在15个工作日内办结", "15", "个", 15.0, false));
        assert!(rule("连续六年获评优秀", "六", "年", 6.0, true));
        assert!(rule("两次组织志愿者培训", "两", "次", 2.0, true));
        assert!(rule("网格员在短短2小时解决了诉求", "2", "小时", 2.0, false));
        assert!(rule("用3个月时间走访企业", "3", "个月", 3.0, false));
        assert!(rule("5天内完成排查", "5", "天", 5.0, false));
        assert!(rule("每8个人中就有1名志愿者", "1", "名", 1.0, false));
        assert!(rule("平均每4户就有1户参与", "1", "户", 1.0, false));
        // a period to now, in three wordings
        assert!(rule("3个多月来,专班走访企业", "3", "个", 3.0, false));
        assert!(rule("两个月以来,街道排查隐患", "两", "个月", 2.0, true));
        assert!(rule("10天来,志愿者轮流值守", "10", "天", 10.0, false));
        // a structure's levels, in three wordings
        assert!(rule(
            "构建市、区、街道、社区4个层级的网络",
            "4",
            "个",
            4.0,
            false
        ));
        assert!(rule("形成三个层次的服务体系", "三", "个", 3.0, true));
        assert!(rule("全区搭建起五个层级的组织架构", "五", "个", 5.0, true));
        // the time a plan or a building took, in three wordings
        assert!(rule("经过6个月论证,中心正式启用", "6", "个月", 6.0, false));
        assert!(rule("历时3个月筹备,驿站挂牌运行", "3", "个月", 3.0, false));
        assert!(rule("历经8个月建设,服务站投用", "8", "个月", 8.0, false));
        // one person for each post, in three wordings
        assert!(rule("设主任、副主任各1名", "1", "名", 1.0, false));
        assert!(rule("会长、秘书长各1人", "1", "人", 1.0, false));
        assert!(rule("选举书记、副书记各1位", "1", "位", 1.0, false));
        // a building's number in an address, in three wordings
        assert!(rule("请2栋1单元居民到场", "2", "栋", 2.0, false));
        assert!(rule("家住5幢3单元的张阿姨", "5", "幢", 5.0, false));
        assert!(rule("小区12栋2单元楼道", "12", "栋", 12.0, false));
    }

    #[test]
    fn counts_stay_counts() {
        assert!(!rule("全市配备专职社工1260名", "1260", "名", 1260.0, false));
        assert!(!rule(
            "每万名常住人口拥有持证社工18人",
            "18",
            "人",
            18.0,
            false
        ));
        assert!(!rule("连续5年开展培训", "5", "年", 5.0, false));
        assert!(!rule("开展活动120次", "120", "次", 120.0, false));
        assert!(!rule("志愿服务时长2万小时", "2万", "小时", 20_000.0, false));
        assert!(!rule("街道中有12个社区", "12", "个", 12.0, false));
        assert!(!rule(
            "3个月来共办结诉求1200件",
            "1200",
            "件",
            1200.0,
            false
        ));
        assert!(!rule(
            "建成3个层级各异的站点120个",
            "120",
            "个",
            120.0,
            false
        ));
        assert!(!rule("新建3个多功能活动室", "3", "个", 3.0, false));
        // counts beside those: hours served, several people each, buildings counted
        assert!(!rule(
            "经过培训的志愿者服务120小时",
            "120",
            "小时",
            120.0,
            false
        ));
        assert!(!rule("两支服务队各招募3名队员", "3", "名", 3.0, false));
        assert!(!rule("两个社区各有1200名居民", "1200", "名", 1200.0, false));
        assert!(!rule("改造老旧楼房12栋,惠及居民", "12", "栋", 12.0, false));
        assert!(!rule("共有楼栋12栋、单元48个", "12", "栋", 12.0, false));
        assert!(!rule(
            "每个社区都有，辖区就有3名社工",
            "3",
            "名",
            3.0,
            false
        ));
    }
}
