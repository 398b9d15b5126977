//! Figures that count a part of the stock a metric compares, or a change of it, and so keep no
//! metric (devcorpus/README.md: "a fact that only approximates a metric (a subset, a change, a
//! rate of another base) has none"): things made new in a period, a distinguished kind (pilots,
//! model or rated units, the organisations of a place's people elsewhere), and a change against
//! a named earlier year where the metric compares year-on-year. The words are data
//! (data/metric-subsets.toml), read when the crate was built (build/subset_words.rs).

use super::PatternHit;
use jianbao_facts::Catalog;

// `NEW_ONES`, `KIND_MARKS`, `RATED_IN_QUOTES`, `LEADING_KIND_MARKS`, `SAMPLE_WORDS`,
// `EVENT_WORDS`, `YEAR_ON_YEAR_METRICS`, `PER_HEAD_WORDS`, `ACTION_WORDS`, `HONOUR_VERBS`, `LEVEL_WHOLE`,
// `LEVEL_PARTS`, `LEVEL_EXAMS`:
// data/metric-subsets.toml as build.rs read it; the tests check they equal the file parsed now.
include!(concat!(env!("OUT_DIR"), "/metric_subsets.rs"));

/// How far before the counted wording a leading kind mark may stand (异地泗县商会: a county's
/// name between): a noun phrase's modifiers, not the clause before it.
const LEADING_REACH: usize = 6;

/// Whether the figure at `number_start..quantity_end`, given `metric` by
/// [`super::metric_in_context`] from its `best_hit` ([`super::best_hit`]), counts something other
/// than the stock the metric compares, so
/// that it keeps no metric: new things of a period ([`counts_new_ones`]), a distinguished kind
/// ([`counts_a_kind`]), a survey's sample or one event's count ([`clause_names`] of
/// `SAMPLE_WORDS`, `EVENT_WORDS`), a change against another base year
/// ([`changes_from_another_year`]), a rate per head ([`counts_per_head`]), the objects of
/// an action ([`counts_objects_of_an_action`]), a level's exam ([`names_a_levels_exam`]) or the
/// commended of an honour told in its clause (`HONOUR_VERBS`, unless the metric counts that honour).
pub(crate) fn counts_other_than_the_stock(
    catalog: &Catalog,
    best_hit: Option<&PatternHit>,
    chars: &[char],
    number_start: usize,
    quantity_end: usize,
    metric: usize,
) -> bool {
    let Some(hit) = best_hit else {
        return false;
    };
    let m = &catalog.metrics[metric];
    counts_new_ones(&m.patterns, hit, chars, number_start)
        || counts_a_kind(&m.patterns, hit, chars, number_start)
        || clause_names(
            chars,
            number_start,
            quantity_end,
            &[&SAMPLE_WORDS, &EVENT_WORDS],
        )
        || (YEAR_ON_YEAR_METRICS.contains(&m.key.as_str())
            && changes_from_another_year(&chars[..number_start]))
        || counts_per_head(&m.patterns, chars, number_start)
        || (m.unit.as_deref().is_some_and(|u| super::same_unit(u, "人"))
            && counts_objects_of_an_action(&m.patterns, hit, chars, number_start))
        || names_a_levels_exam(&m.key, hit, chars)
        || (tells_an_honour(chars, number_start, quantity_end)
            && !metric_names(&m.patterns, &HONOUR_VERBS))
}

/// Whether the figure's clause, outside its asides in parentheses, tells an honour
/// (3个志愿组织和社区入选……, 另有3个项目在全省大赛上获奖): the figure counts the commended. An
/// aside describes a counted thing (6名持证社工(其中2名具备省级获奖项目实操经验)) and tells no
/// honour of the figure.
fn tells_an_honour(chars: &[char], number_start: usize, quantity_end: usize) -> bool {
    let mut depth = 0usize;
    let clause: String = chars[clause_around(chars, number_start, quantity_end)]
        .iter()
        .filter(|&&c| {
            match c {
                '(' | '（' => depth += 1,
                ')' | '）' => depth = depth.saturating_sub(1),
                _ => return depth == 0,
            }
            false
        })
        .collect();
    HONOUR_VERBS.iter().any(|w| clause.contains(w))
}

/// Whether a level's wording names that level's exam (通过助理社会工作师考试的2890人, 高级社会
/// 工作师笔试合格人数11人): its takers or passers, not the certified of that level.
fn names_a_levels_exam(key: &str, hit: &PatternHit, chars: &[char]) -> bool {
    LEVEL_PARTS.contains(&key)
        && LEVEL_EXAMS.iter().any(|w| {
            let w: Vec<char> = w.chars().collect();
            chars.get(hit.end..hit.end + w.len()) == Some(&w[..])
        })
}

/// How far before the counted wording an action's verb may stand (表彰优秀社区工作者): the
/// object's modifiers, not the clause before it.
const ACTION_REACH: usize = 4;

/// Where the words leading up to a figure's reading end: the wording's start when the wording
/// stands before the figure (新建驿站30个), else the figure's (新建成110个驿站).
fn lead_start(hit: &PatternHit, number_start: usize) -> usize {
    if hit.end <= number_start {
        hit.start
    } else {
        number_start
    }
}

/// Whether the counted noun is the object of an action (全年培训社区工作者1200人, 表彰优秀社区
/// 工作者120人, 培训300名社区工作者): the people trained or commended, not the workforce the
/// metric compares, unless the metric counts that action (培训志愿者骨干). Asked only of metrics
/// that count people: 培训等活动20余场次 counts the activities themselves.
fn counts_objects_of_an_action(
    patterns: &[String],
    hit: &PatternHit,
    chars: &[char],
    number_start: usize,
) -> bool {
    // the words before the wording (培训社区工作者1200人) or before the figure (培训300名…)
    let lead = lead_start(hit, number_start);
    let before = &chars[..lead.min(chars.len())];
    let reach = before.len().saturating_sub(ACTION_REACH + 2);
    let phrase_start = before[reach..]
        .iter()
        .rposition(|&c| super::is_clause_break(c) || c.is_ascii_digit())
        .map_or(reach, |p| reach + p + 1);
    let phrase: String = before[phrase_start..].iter().collect();
    ACTION_WORDS.iter().any(|w| phrase.contains(w)) && !metric_names(patterns, &ACTION_WORDS)
}

/// Whether the figure's clause, before the figure, makes it a rate per head or household
/// (人均志愿服务时长13.85小时, 平均每名志愿者服务20小时, 每万名户籍人口拥有社会组织9.3个): a rate
/// of another base than the total the metric compares, unless the metric is that rate (每万人口
/// 拥有社会工作者).
fn counts_per_head(patterns: &[String], chars: &[char], number_start: usize) -> bool {
    let before = &chars[..number_start.min(chars.len())];
    let clause_start = before
        .iter()
        .rposition(|&c| super::is_clause_break(c) && !matches!(c, '、' | '(' | ')'))
        .map_or(0, |p| p + 1);
    let clause: String = before[clause_start..].iter().collect();
    PER_HEAD_WORDS.iter().any(|w| clause.contains(w)) && !metric_names(patterns, &PER_HEAD_WORDS)
}

/// Whether `s` starts with `word`, compared character by character (no copy of the word as
/// characters per figure: these checks run for every figure given a metric).
fn starts_with_word(s: &[char], word: &str) -> bool {
    let mut rest = s.iter();
    word.chars().all(|c| rest.next() == Some(&c))
}

/// Whether `s` ends with `word`, compared character by character.
fn ends_with_word(s: &[char], word: &str) -> bool {
    let mut rest = s.iter().rev();
    word.chars().rev().all(|c| rest.next() == Some(&c))
}

/// Whether a metric's own wordings name one of `words` (新建党组织, 试点社区): then the figure
/// counting such things is that metric's reading, not a part of it.
fn metric_names(patterns: &[String], words: &[&str]) -> bool {
    patterns.iter().any(|p| words.iter().any(|w| p.contains(w)))
}

/// Whether the figure counts new things (今年新建驿站30个, 新建成110个服务圈) while the metric
/// counts all of them: a change of the stock, which has no metric (the README's rule), unless the
/// metric is itself about new things (新建党组织, 新增持证社工). 累计新建 sums every new one so
/// far, the stock itself. The figure still says what it counts: a figure after it that names
/// nothing (新建成110个，累计建成1452个) takes the metric.
fn counts_new_ones(
    patterns: &[String],
    hit: &PatternHit,
    chars: &[char],
    number_start: usize,
) -> bool {
    // the words before the figure (新建成110个…) or before the wording (新建驿站30个)
    let lead = lead_start(hit, number_start);
    let mut before = &chars[..lead.min(chars.len())];
    if before.last() == Some(&'了') {
        before = &before[..before.len() - 1];
    }
    // the text first: most figures name no new things, and searching every wording of the
    // metric for every word of new things cost more than the rest of this check
    (ends_with_new_ones(before)
        || list_of_new_ones(before)
        || new_ones_after(hit, chars, number_start))
        && !metric_names(patterns, &NEW_ONES)
}

/// Whether new things are named between the wording and the figure after it (全市党组织新增
/// 120个, 注册志愿者今年新增3.2万人): the figure is what was added, not the stock.
fn new_ones_after(hit: &PatternHit, chars: &[char], number_start: usize) -> bool {
    if hit.end > number_start {
        return false;
    }
    let mut gap = &chars[hit.end..number_start];
    while gap
        .last()
        .is_some_and(|c| matches!(c, '了' | '达' | '共' | '约' | '近' | '超'))
    {
        gap = &gap[..gap.len() - 1];
    }
    ends_with_new_ones(gap)
}

/// Whether `before` ends with a word of new things, not after 累计.
fn ends_with_new_ones(before: &[char]) -> bool {
    NEW_ONES.iter().any(|w| {
        ends_with_word(before, w)
            && !before[..before.len() - w.chars().count()].ends_with(&['累', '计'])
    })
}

/// Whether the figure's item continues a list whose verb counts new things (新建驿站30个、服务点
/// 20个; 协助培育公益组织109家、社区社会组织1963个): the verb before the first item governs every
/// item after 、.
fn list_of_new_ones(before: &[char]) -> bool {
    if before.last() != Some(&'、') {
        return false;
    }
    let clause_start = before
        .iter()
        .rposition(|&c| super::is_clause_break(c) && c != '、')
        .map_or(0, |p| p + 1);
    let clause = &before[clause_start..];
    // the first item's words: up to its figure
    let first_figure = clause
        .iter()
        .position(char::is_ascii_digit)
        .unwrap_or(clause.len());
    let opening = &clause[..first_figure];
    NEW_ONES.iter().any(|w| {
        (0..opening.len()).any(|at| {
            starts_with_word(&opening[at..], w) && !opening[..at].ends_with(&['累', '计'])
        })
    })
}

/// Whether the figure's wording names a distinguished kind of what the metric counts: a kind mark
/// right before the wording (试点社区) or right after it (社会工作服务站示范站点), or opening the
/// figure's own item of a list after the wording (成立党支部5家、功能性党支部32家), a quoted rating
/// right before it (“四好”商会), or a leading mark opening its noun phrase (异地泗县商会). Like a
/// part after 其中, such a count has no metric unless the metric itself counts that kind. A quoted
/// name before the wording that rates nothing is no such mark: it is mostly the local brand of
/// the very thing counted (暖“新”驿站210个, “先蜂骑手”红色加油站380个).
fn counts_a_kind(
    patterns: &[String],
    hit: &PatternHit,
    chars: &[char],
    number_start: usize,
) -> bool {
    let before = &chars[..hit.start.min(chars.len())];
    let after = &chars[hit.end.min(chars.len())..];
    let adjacent = KIND_MARKS
        .iter()
        .any(|w| ends_with_word(before, w) || starts_with_word(after, w));
    // the text first, the metric's wordings (many substring searches) only for a kind named
    (adjacent
        || rated_in_quotes(before)
        || opens_with_a_leading_mark(before)
        || own_item_is_a_kind(hit, chars, number_start))
        && !(metric_names(patterns, &KIND_MARKS) || metric_names(patterns, &LEADING_KIND_MARKS))
}

/// Whether the figure, after a wording that opens a list (成立党支部5家、功能性党支部32家),
/// names its own item with a kind mark at its start: the wording's verb is shared, the thing
/// counted is that kind.
fn own_item_is_a_kind(hit: &PatternHit, chars: &[char], number_start: usize) -> bool {
    if hit.end > number_start {
        return false;
    }
    let gap = &chars[hit.end..number_start];
    let Some(item_start) = gap.iter().rposition(|&c| c == '、') else {
        return false;
    };
    let item = &gap[item_start + 1..];
    KIND_MARKS.iter().any(|w| starts_with_word(item, w))
}

/// Whether `before` ends with a quoted rating (“党建强、发展强”, “四好”): a closing quotation
/// mark after a rating's last character.
fn rated_in_quotes(before: &[char]) -> bool {
    let Some((&close, rest)) = before.split_last() else {
        return false;
    };
    matches!(close, '”' | '"' | '」')
        && rest.last().is_some_and(|last| {
            RATED_IN_QUOTES.iter().any(|w| {
                let mut word = w.chars();
                word.next() == Some(*last) && word.next().is_none()
            })
        })
}

/// Whether a leading kind mark (异地, 外地) opens the noun phrase that ends right before the
/// wording, within [`LEADING_REACH`] characters and no clause break.
fn opens_with_a_leading_mark(before: &[char]) -> bool {
    let reach = before.len().saturating_sub(LEADING_REACH + 2);
    let phrase_start = before[reach..]
        .iter()
        .rposition(|&c| super::is_clause_break(c))
        .map_or(reach, |p| reach + p + 1);
    let phrase = &before[phrase_start..];
    LEADING_KIND_MARKS.iter().any(|w| {
        (0..phrase.len())
            .position(|at| starts_with_word(&phrase[at..], w))
            .is_some_and(|at| phrase.len() - at - w.chars().count() <= LEADING_REACH)
    })
}

/// The figure's clause: between the clause breaks around it (a list's 、 and an aside's
/// parentheses do not end it).
fn clause_around(
    chars: &[char],
    number_start: usize,
    quantity_end: usize,
) -> std::ops::Range<usize> {
    let is_break = |c: &char| super::is_clause_break(*c) && !matches!(c, '、' | '(' | ')');
    let start = chars[..number_start]
        .iter()
        .rposition(is_break)
        .map_or(0, |p| p + 1);
    let end = chars[quantity_end.min(chars.len())..]
        .iter()
        .position(is_break)
        .map_or(chars.len(), |p| quantity_end + p);
    start..end
}

/// Whether the figure's clause, between the clause breaks around it, names a word of `lists`: a
/// survey's sample (对210名社区工作者开展问卷调查, 受访群众1500人) or one event (此次活动共有志愿者
/// 120名参与).
fn clause_names(
    chars: &[char],
    number_start: usize,
    quantity_end: usize,
    lists: &[&[&str]],
) -> bool {
    // as text, searched once per word (UTF-8 is self-synchronising, so a word occurs in the text
    // exactly where its characters occur in the clause), not one character copy of each word
    // per figure and a window comparison per position
    let clause: String = chars[clause_around(chars, number_start, quantity_end)]
        .iter()
        .collect();
    lists
        .iter()
        .any(|words| words.iter().any(|w| clause.contains(w)))
}

/// Whether the sentence before a change names another base year (比2003年减少57%, 较2019年下降,
/// 与2020年相比): a change over several years, not the year-on-year change (同比) a metric
/// compares. The base holds for the rest of the sentence (比2003年减少57%，疑难案件减少90%).
/// The whole's metric when the figure's wording is a level of a whole the catalog lists by
/// level and another level's wording is joined to it right before it (社会工作师和助理社会工作师
/// 26413人, 助理社会工作师、社会工作师共3200人): the figure sums the levels, so it counts the whole
/// (`[levels]` of data/metric-subsets.toml). `None` for a level named alone (其中社会工作师610人).
pub(crate) fn whole_of_joined_levels(
    catalog: &Catalog,
    hits: &[PatternHit],
    best: &PatternHit,
    chars: &[char],
) -> Option<usize> {
    let key = |h: &PatternHit| catalog.metrics[h.metric].key.as_str();
    if !LEVEL_PARTS.contains(&key(best)) {
        return None;
    }
    let joiner = best.start.checked_sub(1)?;
    if !matches!(chars.get(joiner), Some('和' | '、' | '及' | '与')) {
        return None;
    }
    hits.iter()
        .find(|h| h.end == joiner && !h.composite && LEVEL_PARTS.contains(&key(h)))?;
    let whole = LEVEL_WHOLE.first()?;
    catalog.metrics.iter().position(|m| m.key == *whole)
}

fn changes_from_another_year(before: &[char]) -> bool {
    before.iter().enumerate().any(|(i, &c)| {
        matches!(c, '比' | '较' | '与')
            && before
                .get(i + 1..i + 6)
                .is_some_and(|year| year[..4].iter().all(char::is_ascii_digit) && year[4] == '年')
    })
}

// the build's parser of data/metric-subsets.toml, for the test that the statics equal the file
#[cfg(test)]
#[path = "../../build/subset_words.rs"]
mod subset_words;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_lists_are_the_data_file_parsed_now() {
        let text = include_str!("../../../../data/metric-subsets.toml");
        let parsed = subset_words::parse(text).expect("data/metric-subsets.toml must parse");
        assert_eq!(parsed.new_ones, NEW_ONES);
        assert_eq!(parsed.kind_marks, KIND_MARKS);
        assert_eq!(parsed.rated_in_quotes, RATED_IN_QUOTES);
        assert_eq!(parsed.leading_kind_marks, LEADING_KIND_MARKS);
        assert_eq!(parsed.sample_words, SAMPLE_WORDS);
        assert_eq!(parsed.event_words, EVENT_WORDS);
        assert_eq!(parsed.year_on_year, YEAR_ON_YEAR_METRICS);
        assert_eq!(parsed.per_head, PER_HEAD_WORDS);
        assert_eq!(parsed.action_objects, ACTION_WORDS);
        assert_eq!(parsed.honour_verbs, HONOUR_VERBS);
        assert_eq!(parsed.level_whole, LEVEL_WHOLE);
        assert_eq!(parsed.level_parts, LEVEL_PARTS);
        assert_eq!(parsed.level_exams, LEVEL_EXAMS);
        assert_eq!(
            subset_words::to_rust(&parsed),
            include_str!(concat!(env!("OUT_DIR"), "/metric_subsets.rs")),
            "build.rs must write the lists the file holds"
        );
    }

    #[test]
    fn metric_keys_named_are_catalog_keys() {
        let catalog = super::super::default_catalog();
        for key in YEAR_ON_YEAR_METRICS
            .iter()
            .chain(LEVEL_WHOLE.iter())
            .chain(LEVEL_PARTS.iter())
        {
            assert!(
                catalog.metrics.iter().any(|m| m.key == *key),
                "data/metric-subsets.toml names {key}, no metric of data/metrics.toml"
            );
        }
    }

    #[test]
    fn a_malformed_list_is_named() {
        let err = subset_words::parse("[new_ones]\nwords = [\"新建\", 3]\n").unwrap_err();
        assert!(
            err.contains("data/metric-subsets.toml: [new_ones] words"),
            "{err}"
        );
        let err = subset_words::parse("[new_ones]\nwords = [\"新建\"]\n").unwrap_err();
        assert!(err.contains("[kinds] adjacent is missing"), "{err}");
    }

    #[test]
    fn kind_marks_and_other_years() {
        let chars = |s: &str| s.chars().collect::<Vec<_>>();
        assert!(rated_in_quotes(&chars("培育“四好”")));
        assert!(!rated_in_quotes(&chars("暖“新驿站”")));
        assert!(opens_with_a_leading_mark(&chars("成立异地泗县")));
        assert!(!opens_with_a_leading_mark(&chars("异地就医结算后，全县")));
        assert!(changes_from_another_year(&chars(
            "信访总量比2003年减少57%，疑难案件减少"
        )));
        assert!(!changes_from_another_year(&chars("信访总量同比下降")));
        assert!(list_of_new_ones(&chars("今年新建驿站30个、")));
        assert!(!list_of_new_ones(&chars("累计新建驿站30个、")));
        assert!(!list_of_new_ones(&chars("新建驿站30个，现有服务点20个、")));
    }
}
