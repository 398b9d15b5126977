//! Matching extracted facts to hand-read expected facts, and the counts precision and recall
//! come from. Kept free of I/O so that its rules are tested on tiny inputs.

/// The fields of one figure that scoring compares, as strings (enums by their JSON names).
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub province: String,
    pub place: String,
    pub level: String,
    pub theme: String,
    pub metric: Option<String>,
    pub label: String,
    pub value: f64,
    pub value_max: Option<f64>,
    pub unit: String,
    pub qualifier: String,
    pub as_of: Option<String>,
    /// Expected: a snippet of the source; extracted: the fact's quote.
    pub quote: String,
    /// The text sets the figure as an aim rather than reporting it.
    pub target: bool,
}

/// Suffixes of full province and city names (宁夏回族自治区 → 宁夏, 银川市 → 银川).
const NAME_SUFFIXES: [&str; 7] = [
    "维吾尔自治区",
    "壮族自治区",
    "回族自治区",
    "自治区",
    "特别行政区",
    "省",
    "市",
];

/// A place name without its 省/市/自治区 suffix, when at least two characters remain.
fn bare_name(name: &str) -> &str {
    NAME_SUFFIXES
        .iter()
        .find_map(|s| name.strip_suffix(s))
        .filter(|rest| rest.chars().count() >= 2)
        .unwrap_or(name)
}

/// Provinces compare by short name: 宁夏 = 宁夏回族自治区, 北京 = 北京市.
pub fn same_province(expected: &str, got: &str) -> bool {
    bare_name(expected) == bare_name(got)
}

/// Places compare by their most specific part: 睢宁县 = 徐州市睢宁县 (one name ends the other),
/// 宁夏 = 宁夏回族自治区; but 鞍山市 ≠ 马鞍山市 and 和平区 ≠ 沈阳市和平区街道.
pub fn same_place(expected: &str, got: &str) -> bool {
    let (e, g) = (bare_name(expected), bare_name(got));
    if e == g {
        return true;
    }
    let (short, long) = if e.chars().count() <= g.chars().count() {
        (expected, got)
    } else {
        (got, expected)
    };
    // The shorter name must be a whole trailing component of the longer one.
    long.strip_suffix(short).is_some_and(|head| {
        short.chars().count() >= 2
            && ["省", "市", "区", "县", "州", "盟", "旗"]
                .iter()
                .any(|end| head.ends_with(end))
    })
}

/// Traditional forms of the measure words and units of this domain, read as their simplified
/// form so that 個 and 个 are the same unit.
const UNIT_CHARS: [(char, char); 14] = [
    ('個', '个'),
    ('項', '项'),
    ('場', '场'),
    ('塊', '块'),
    ('戶', '户'),
    ('處', '处'),
    ('條', '条'),
    ('張', '张'),
    ('間', '间'),
    ('隊', '队'),
    ('類', '类'),
    ('時', '时'),
    ('萬', '万'),
    ('億', '亿'),
];

/// A unit with traditional characters in simplified form.
pub fn normalize_unit(unit: &str) -> String {
    unit.chars()
        .map(|c| {
            UNIT_CHARS
                .iter()
                .find(|(t, _)| *t == c)
                .map_or(c, |(_, s)| *s)
        })
        .collect()
}

fn same_number(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// The same figure: value, upper bound and unit agree (the value+unit match).
pub fn same_figure(expected: &Figure, got: &Figure) -> bool {
    same_number(expected.value, got.value)
        && match (expected.value_max, got.value_max) {
            (None, None) => true,
            (Some(a), Some(b)) => same_number(a, b),
            _ => false,
        }
        && normalize_unit(&expected.unit) == normalize_unit(&got.unit)
}

/// The strict match: the same figure in the same province.
pub fn strict_match(expected: &Figure, got: &Figure) -> bool {
    same_figure(expected, got) && same_province(&expected.province, &got.province)
}

/// One-to-one pairs `(expected index, extracted index)` among the pairs `matches` accepts.
/// When one figure could pair with several, the pair whose extracted quote holds the expected
/// snippet wins, then the one in the right province, then the earlier one.
pub fn assign(
    expected: &[Figure],
    got: &[Figure],
    matches: impl Fn(&Figure, &Figure) -> bool,
) -> Vec<(usize, usize)> {
    let mut candidates: Vec<(u8, usize, usize)> = Vec::new();
    for (i, e) in expected.iter().enumerate() {
        for (j, g) in got.iter().enumerate() {
            if matches(e, g) {
                let quote = u8::from(g.quote.contains(e.quote.as_str()));
                let province = u8::from(same_province(&e.province, &g.province));
                candidates.push((2 * quote + province, i, j));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut used_e, mut used_g) = (vec![false; expected.len()], vec![false; got.len()]);
    let mut pairs = Vec::new();
    for (_, i, j) in candidates {
        if !used_e[i] && !used_g[j] {
            used_e[i] = true;
            used_g[j] = true;
            pairs.push((i, j));
        }
    }
    pairs.sort_unstable();
    pairs
}

/// The fields scored among matched figures, in report order.
pub const FIELDS: [&str; 9] = [
    "province",
    "place",
    "level",
    "theme",
    "metric",
    "qualifier",
    "as_of",
    "as_of_year",
    "target",
];

/// Whether `field` of a matched pair is right; `None` when the field is not scored for this
/// pair (metric only counts where the expected fact names one).
pub fn field_right(field: &str, expected: &Figure, got: &Figure) -> Option<bool> {
    let year = |d: &Option<String>| d.as_deref().map(|d| d.chars().take(4).collect::<String>());
    match field {
        "province" => Some(same_province(&expected.province, &got.province)),
        "place" => Some(same_place(&expected.place, &got.place)),
        "level" => Some(expected.level == got.level),
        "theme" => Some(expected.theme == got.theme),
        "metric" => expected
            .metric
            .as_ref()
            .map(|m| got.metric.as_ref() == Some(m)),
        "qualifier" => Some(expected.qualifier == got.qualifier),
        "as_of" => Some(expected.as_of == got.as_of),
        "as_of_year" => Some(year(&expected.as_of) == year(&got.as_of)),
        "target" => Some(expected.target == got.target),
        _ => None,
    }
}

/// What matching one article gives.
#[derive(Debug, Default, PartialEq)]
pub struct ArticleScore {
    /// Value+unit pairs (expected index, extracted index).
    pub loose: Vec<(usize, usize)>,
    /// Strict pairs (province + value + unit).
    pub strict: Vec<(usize, usize)>,
    /// Extracted figures left unmatched that restate a matched figure (same value and unit as a
    /// matched expected figure): reported, but not counted against precision.
    pub repeats: Vec<usize>,
    /// Extracted figures that match nothing and restate nothing: false positives.
    pub false_positives: Vec<usize>,
    /// Expected figures with no value+unit match.
    pub misses: Vec<usize>,
}

/// Matches one article's extracted figures against its expected ones.
pub fn score_article(expected: &[Figure], got: &[Figure]) -> ArticleScore {
    let loose = assign(expected, got, same_figure);
    let strict = assign(expected, got, strict_match);
    let matched_got: Vec<usize> = loose.iter().map(|&(_, j)| j).collect();
    let matched_expected: Vec<usize> = loose.iter().map(|&(i, _)| i).collect();
    let (mut repeats, mut false_positives) = (Vec::new(), Vec::new());
    for (j, g) in got.iter().enumerate() {
        if matched_got.contains(&j) {
            continue;
        }
        if matched_expected
            .iter()
            .any(|&i| same_figure(&expected[i], g))
        {
            repeats.push(j);
        } else {
            false_positives.push(j);
        }
    }
    let misses = (0..expected.len())
        .filter(|i| !matched_expected.contains(i))
        .collect();
    ArticleScore {
        loose,
        strict,
        repeats,
        false_positives,
        misses,
    }
}

/// A label without a note in parentheses at its end (expected 实名注册志愿者(标题), extracted
/// 义工人数（增至）) and with ASCII parentheses; a parenthesis that is part of the name stays
/// (村(居), 乡镇(街道)商会): a note is stripped only when two characters remain before it.
pub fn without_end_note(label: &str) -> String {
    let mut core: String = label
        .chars()
        .map(|c| match c {
            '（' => '(',
            '）' => ')',
            other => other,
        })
        .collect();
    while core.ends_with(')') {
        match core.rfind('(') {
            Some(open) if core[..open].chars().count() >= 2 => core.truncate(open),
            _ => break,
        }
    }
    core.trim().to_owned()
}

/// A label as labels are compared: [`without_end_note`], and without quotation marks, list
/// marks and parentheses (乡镇(街道)商会 = 乡镇街道商会, 省、市、县 = 省市县).
pub fn label_core(label: &str) -> String {
    without_end_note(label)
        .chars()
        .filter(|c| {
            !matches!(
                c,
                '“' | '”' | '"' | '「' | '」' | '‘' | '’' | '、' | '(' | ')'
            )
        })
        .collect()
}

/// Heads that turn a counted thing into its count (志愿者 → 志愿者人数): a label that adds one
/// to the expected label names the same figure.
const COUNT_HEADS: [&str; 7] = ["人数", "总数", "数量", "总量", "人次", "数", "规模"];

/// Whether `short` is `long` with some characters left out, in order.
fn is_subsequence(short: &[char], long: &[char]) -> bool {
    let mut rest = long.iter();
    short.iter().all(|c| rest.any(|l| l == c))
}

/// Whether an extracted label names the same counted thing as the expected one, within one noun
/// phrase. Chinese noun phrases end in their head (the thing counted) and put modifiers before
/// it, so, compared by [`label_core`], the labels agree when
/// - they are equal;
/// - both end in the same head (their last two characters) and the shorter one, of at least two
///   characters, is the longer one with modifiers left out, in order (expected 评选的骑士先锋,
///   extracted 骑士先锋; expected 社工, extracted 持证社工; 女性社区工作者占比 and 女性占比);
///   whether what a longer extracted label adds is a modifier and not a verb or a clause is the
///   reader's check ([`crate::reader::rejection`]), not this one;
/// - the extracted label is the expected one followed by a count head (志愿者 → 志愿者人数).
///
/// A label that keeps only a part that is not the head (expected 社工服务站持证社工, extracted
/// 社工服务站) names another thing and does not agree.
pub fn label_agrees(expected: &str, got: &str) -> bool {
    let (e, g) = (label_core(expected), label_core(got));
    let (ec, gc): (Vec<char>, Vec<char>) = (e.chars().collect(), g.chars().collect());
    let (short, long) = if ec.len() <= gc.len() {
        (&ec, &gc)
    } else {
        (&gc, &ec)
    };
    if short.len() < 2 {
        return false;
    }
    e == g
        || (short[short.len() - 2..] == long[long.len() - 2..] && is_subsequence(short, long))
        || g.strip_prefix(e.as_str())
            .is_some_and(|head| COUNT_HEADS.contains(&head))
}

/// `part / whole`, or 0 for an empty whole (a score over nothing is no success).
pub fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fig(province: &str, place: &str, value: f64, unit: &str, quote: &str) -> Figure {
        Figure {
            province: province.into(),
            place: place.into(),
            level: "city".into(),
            theme: "volunteers".into(),
            metric: None,
            label: String::new(),
            value,
            value_max: None,
            unit: unit.into(),
            qualifier: "exact".into(),
            as_of: Some("2024".into()),
            quote: quote.into(),
            target: false,
        }
    }

    #[test]
    fn province_and_place_names_compare_by_their_core() {
        assert!(same_province("宁夏", "宁夏回族自治区"));
        assert!(same_province("北京市", "北京"));
        assert!(!same_province("山西", "陕西"));
        assert!(same_place("徐州市睢宁县", "睢宁县"));
        assert!(same_place("银川市", "银川"));
        assert!(same_place(
            "苏州工业园区斜塘街道",
            "苏州市苏州工业园区斜塘街道"
        ));
        assert!(!same_place("鞍山市", "马鞍山市"));
        assert!(!same_place("和平区", "和平"));
        assert!(!same_place("成都市", "成都市高新区"));
    }

    #[test]
    fn traditional_units_equal_simplified_ones() {
        assert_eq!(normalize_unit("個"), "个");
        assert_eq!(normalize_unit("小時"), "小时");
        let e = fig("河北", "献县", 1300.0, "块", "1300余塊");
        let g = fig("河北", "献县", 1300.0, "塊", "清理1300余塊");
        assert!(same_figure(&e, &g));
        assert!(!same_figure(&e, &fig("河北", "献县", 1300.0, "个", "")));
        assert!(!same_figure(&e, &fig("河北", "献县", 130.0, "块", "")));
    }

    #[test]
    fn ranges_need_the_same_upper_bound() {
        let mut e = fig("浙江", "杭州市", 200.0, "元", "200元到600元");
        e.value_max = Some(600.0);
        let mut g = e.clone();
        assert!(same_figure(&e, &g));
        g.value_max = None;
        assert!(!same_figure(&e, &g));
    }

    #[test]
    fn strict_needs_the_province_and_loose_does_not() {
        let expected = vec![fig("江苏", "兴化市", 90.0, "个", "90个")];
        let got = vec![fig("浙江", "兴化市", 90.0, "个", "已建了90个")];
        let s = score_article(&expected, &got);
        assert_eq!(s.loose, vec![(0, 0)]);
        assert!(s.strict.is_empty());
        assert!(s.misses.is_empty() && s.false_positives.is_empty());
    }

    #[test]
    fn the_quote_decides_between_equal_figures() {
        let expected = vec![
            fig("江苏", "溧阳市", 5.0, "家", "成立党支部5家"),
            fig("江苏", "溧阳市", 5.0, "家", "异地商会5家"),
        ];
        let got = vec![
            fig("江苏", "溧阳市", 5.0, "家", "其中异地商会5家"),
            fig("江苏", "溧阳市", 5.0, "家", "市工商联成立党支部5家"),
        ];
        assert_eq!(assign(&expected, &got, same_figure), vec![(0, 1), (1, 0)]);
    }

    #[test]
    fn restatements_are_repeats_and_strangers_are_false_positives() {
        let expected = vec![
            fig("福建", "福建省", 6_590_000.0, "人", "659萬人"),
            fig("福建", "福建省", 650.0, "家", "650家"),
        ];
        let got = vec![
            fig("福建", "福建省", 6_590_000.0, "人", "標題659萬人"),
            fig("福建", "福建省", 6_590_000.0, "人", "正文659萬人"),
            fig("福建", "福建省", 60.0, "℃", "60℃"),
        ];
        let s = score_article(&expected, &got);
        assert_eq!(s.loose, vec![(0, 0)]);
        assert_eq!(s.repeats, vec![1]);
        assert_eq!(s.false_positives, vec![2]);
        assert_eq!(s.misses, vec![1]);
    }

    #[test]
    fn fields_are_judged_only_where_they_apply() {
        let e = fig("山东", "山东省", 2074.0, "家", "2074家");
        let mut g = e.clone();
        assert_eq!(field_right("metric", &e, &g), None);
        let mut with_metric = e.clone();
        with_metric.metric = Some("volunteers.organizations".into());
        assert_eq!(field_right("metric", &with_metric, &g), Some(false));
        g.as_of = Some("2024-12".into());
        assert_eq!(field_right("as_of", &e, &g), Some(false));
        assert_eq!(field_right("as_of_year", &e, &g), Some(true));
        g.place = "济南市".into();
        assert_eq!(field_right("place", &e, &g), Some(false));
        assert_eq!(field_right("target", &e, &g), Some(true));
        g.target = true;
        assert_eq!(field_right("target", &e, &g), Some(false));
    }

    #[test]
    fn empty_wholes_score_zero() {
        assert_eq!(ratio(0, 0), 0.0);
        assert_eq!(ratio(1, 4), 0.25);
    }
    #[test]
    fn label_cores_drop_quotes_and_end_notes() {
        assert_eq!(label_core("实名注册志愿者(标题)"), "实名注册志愿者");
        assert_eq!(label_core("义工人数（增至）"), "义工人数");
        assert_eq!(label_core("“党爱超市”兑换物品"), "党爱超市兑换物品");
        assert_eq!(label_core("乡镇(街道)商会"), "乡镇街道商会");
        assert_eq!(without_end_note("村(居)"), "村(居)");
        assert_eq!(without_end_note("(预计)"), "(预计)");
    }

    #[test]
    fn labels_agree_within_one_noun_phrase() {
        // equal, or the same head with fewer or more modifiers
        assert!(label_agrees("实名注册志愿者(标题)", "实名注册志愿者"));
        assert!(label_agrees("评选的骑士先锋", "骑士先锋"));
        assert!(label_agrees("社工", "持证社工"));
        assert!(label_agrees("志愿者", "志愿者人数"));
        assert!(label_agrees("女性社区工作者占比", "女性占比"));
        assert!(label_agrees("乡镇(街道)商会", "乡镇街道商会"));
        assert!(label_agrees(
            "“一刻钟社区服务圈”",
            "一刻钟社区服务圈（增至）"
        ));
        // another head, or one character
        assert!(!label_agrees("社工服务站持证社工", "社工服务站"));
        assert!(!label_agrees("持证社工", "工"));
        assert!(!label_agrees("志愿服务时长", "志愿服务项目"));
        assert!(!label_agrees("志愿者", "志愿者协会"));
        assert!(!label_agrees("社区工作者", "社工"));
        assert!(!label_agrees("", "志愿者"));
    }
}
