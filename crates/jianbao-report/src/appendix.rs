//! The 附表 (every figure of every region, also those no other region reports) and the period the
//! data cover, so that the body can keep to comparable rows without losing a figure.

use crate::format;
use crate::quoted_numbers::numbers_in;
use jianbao_facts::{Catalog, Fact, Level, Theme};
use serde::Serialize;
use std::collections::HashSet;

/// All figures of one region, in briefing theme order.
#[derive(Debug, Clone, Serialize)]
pub struct AppendixRegion {
    pub region: String,
    pub rows: Vec<AppendixRow>,
}

/// One figure of the 附表.
#[derive(Debug, Clone, Serialize)]
pub struct AppendixRow {
    pub fact_id: String,
    pub theme_title: String,
    /// What is counted: the catalog label, or for an uncatalogued figure the source's clause
    /// (an extractor's rough label is never printed as a row label).
    pub label: String,
    /// `true` when `label` is the source's clause (print it as a quote).
    pub label_is_quote: bool,
    /// The source's own words for this figure (乡镇（街道）商会11家) when the region has other
    /// figures under the same label, place and date (全市共有商会37家, 行业商会18家): print them
    /// next to the label so the rows can be told apart. `None` when the label is enough.
    pub detail: Option<String>,
    /// When the quoted `label` (or `detail`) is in traditional characters, its reading in
    /// simplified ones, to print beside it; `None` otherwise (see `Context::add_readings`).
    pub label_reading: Option<String>,
    pub detail_reading: Option<String>,
    /// The figure as shown (27.5万人).
    pub text: String,
    /// The place when it is below province level (巢湖市; 睢宁县（单位） for a unit's own
    /// figure), else empty.
    pub place: String,
    pub as_of_text: Option<String>,
}

/// The appendix rows of one region's facts (`facts` already restricted to the region and to the
/// briefing's themes, in fact-set order). A figure stated twice at one place (a reprint, a
/// summary repeating the body) is listed once, unless the body already cites that very fact
/// (`cited`): every footnote needs a reference, and the 附表 is where a highlight's is.
pub(crate) fn appendix_rows(
    region: &str,
    facts: &[&Fact],
    themes: &[Theme],
    catalog: &Catalog,
    cited: &HashSet<String>,
) -> AppendixRegion {
    let mut rows: Vec<AppendixRow> = Vec::new();
    let mut seen: Vec<(String, String, String, String, String)> = Vec::new();
    for theme in themes {
        for fact in facts.iter().filter(|f| f.theme == *theme) {
            let text = crate::context::fact_text(fact);
            let catalogued = fact.metric.as_deref().and_then(|k| catalog.get(k));
            // an uncatalogued figure is shown in its source's words: the clause that states
            // it, else the whole quote (the footnote has the whole quote either way)
            let label = catalogued.map_or_else(
                || {
                    let quote = format::zh_punctuation(&fact.quote);
                    clause_words(&quote, fact.value).unwrap_or(quote)
                },
                |m| m.label.clone(),
            );
            // what the figure counts is part of the key: 深圳1个社区、1个组织 are two figures
            // of one quote, not one figure stated twice
            let key = (
                fact.place.clone(),
                label.clone(),
                fact.label.clone(),
                text.clone(),
                crate::context::as_of_text(fact).unwrap_or_default(),
            );
            if seen.contains(&key) && !cited.contains(&fact.id) {
                continue;
            }
            seen.push(key);
            rows.push(AppendixRow {
                fact_id: fact.id.clone(),
                theme_title: theme.title_zh().to_owned(),
                label,
                label_is_quote: catalogued.is_none(),
                detail: None,
                label_reading: None,
                detail_reading: None,
                text,
                // a unit's own figure is named as one, not as its place's total
                place: match fact.level {
                    Level::Province => String::new(),
                    Level::Org => format!("{}（单位）", fact.place),
                    _ => fact.place.clone(),
                },
                as_of_text: crate::context::as_of_text(fact),
            });
        }
    }
    // Rows that share a catalog label, place and date but give different figures would read
    // as contradictions (常州市：行业协会商会 37家/11家/18家): each gets its quote's own words.
    // Rows that quote the same words for the same figure text (深圳1个社区、1个组织) say
    // what each counts before the quote.
    let shared: Vec<bool> = (0..rows.len())
        .map(|i| {
            rows[i].label_is_quote
                && rows.iter().enumerate().any(|(j, other)| {
                    j != i
                        && other.label_is_quote
                        && other.label == rows[i].label
                        && other.place == rows[i].place
                        && other.text == rows[i].text
                })
        })
        .collect();
    for (row, shared) in rows.iter_mut().zip(shared) {
        if !shared {
            continue;
        }
        let Some(fact) = facts.iter().find(|f| f.id == row.fact_id) else {
            continue;
        };
        let counted = format::zh_punctuation(&fact.label);
        if readable_label(&counted) {
            let quote = std::mem::replace(&mut row.label, counted);
            row.label_is_quote = false;
            row.detail = Some(quote);
        } else if let Some(words) = figure_words(&fact.quote, fact.value) {
            // the extractor's label is a fragment (为, 展了活动, 90): the quote's own words
            // around the figure say what it counts, shown as a quote
            row.label = words;
        }
    }
    for i in 0..rows.len() {
        if rows[i].label_is_quote || rows[i].detail.is_some() {
            continue;
        }
        let ambiguous = rows.iter().enumerate().any(|(j, other)| {
            j != i
                && !other.label_is_quote
                && other.label == rows[i].label
                && other.place == rows[i].place
                && other.as_of_text == rows[i].as_of_text
                && other.text != rows[i].text
        });
        if ambiguous {
            let fact = facts.iter().find(|f| f.id == rows[i].fact_id);
            rows[i].detail = fact.map(|f| {
                figure_words(&f.quote, f.value).unwrap_or_else(|| format::zh_punctuation(&f.quote))
            });
        }
    }
    AppendixRegion {
        region: region.to_owned(),
        rows,
    }
}

/// The words of `quote` that state the figure `value`, so that a reader can tell what it
/// counts: from the clause or list break before it (， 、 ； ： 其中) through the figure and its
/// unit (全市共有商会37家 → 乡镇（街道）商会11家 for 11). Chinese puts the counted noun after
/// the measure word as often as before the number (6261个“爱心驿站”), so when words follow the
/// unit the phrase runs on to the next break; when neither side names anything (力争90%: a cue
/// word and a bare figure) the clause before is taken too. `None` when the figure is not found
/// exactly once as written in Arabic numerals.
pub(crate) fn figure_words(quote: &str, value: f64) -> Option<String> {
    words_between(quote, value, &BREAKS)
}

/// The clause of `quote` that states the figure `value`, as [`figure_words`] but across list
/// breaks (、): in running text a figure is read with its whole clause (现场为某区、某区100名
/// 代表发放…), not from the last item of a list of places.
pub(crate) fn clause_words(quote: &str, value: f64) -> Option<String> {
    let clause_breaks: Vec<char> = BREAKS.iter().copied().filter(|c| *c != '、').collect();
    words_between(quote, value, &clause_breaks)
}

/// The words of `quote` around the figure `value`, bounded by `breaks`.
fn words_between(quote: &str, value: f64, breaks: &[char]) -> Option<String> {
    let chars: Vec<char> = quote.chars().collect();
    let mut found: Vec<(usize, usize)> = Vec::new();
    for number in numbers_in(&chars) {
        number.value?;
        if number.is(value) {
            let mut end = number.end;
            // the unit: a per-cent sign, or the CJK characters right after the number (余家, 名, 个)
            if matches!(chars.get(end), Some('%' | '％')) {
                end += 1;
            } else {
                while end < chars.len() && end - number.digits_end < 3 && is_unit_char(chars[end]) {
                    end += 1;
                }
            }
            found.push((number.start, end));
        }
    }
    let [(start, end)] = found.as_slice() else {
        return None;
    };
    let is_break = |c: &char| breaks.contains(c);
    let mut from = chars[..*start]
        .iter()
        .rposition(is_break)
        .map_or(0, |p| p + 1);
    let head: String = chars[from..*start].iter().collect();
    if let Some(rest) = head.strip_prefix("其中") {
        from += head.chars().count() - rest.chars().count();
    }
    let mut to = *end;
    let noun_follows =
        |c: &char| ('\u{4e00}'..='\u{9fff}').contains(c) || matches!(c, '“' | '「' | '《' | '‘');
    // a gloss in brackets right after the counted noun is part of its name (12个街道（乡镇）,
    // 514个社区（居委会）): the words go on after it, never end at its opening bracket
    let gloss_end = matches!(chars.get(to), Some('（' | '('))
        .then(|| {
            chars[to..]
                .iter()
                .take(12)
                .position(|c| matches!(c, '）' | ')'))
        })
        .flatten()
        .filter(|&p| !chars[to..to + p].iter().any(is_break));
    if let Some(p) = gloss_end {
        to += p + 1;
    }
    // the characters taken as the unit may run into the next words (7地以150元…: 以 is no
    // unit), seen when another number follows them at once: the clause goes on, as after a noun
    let next_number = chars.get(to).is_some_and(char::is_ascii_digit);
    if chars.get(to).is_some_and(noun_follows) || next_number {
        // the counted noun follows the measure word, or a verb follows the glossed noun
        // (12个街道（乡镇）实施试点项目): on to the clause's end (a space or a note mark after
        // the figure ends it: what follows is not its noun)
        to = chars[to..]
            .iter()
            .position(is_break)
            .map_or(chars.len(), |p| to + p);
    } else if names_nothing(&chars[from..*start]) && from > 0 {
        // a cue word before a bare figure: the clause before says what it is
        from = chars[..from - 1]
            .iter()
            .rposition(is_break)
            .map_or(0, |p| p + 1);
    }
    let words: String = chars[from..to].iter().collect();
    Some(format::zh_punctuation(words.trim()))
}

/// Whether an extracted label can stand as what a row counts: at least two Chinese
/// characters and no digits (a cue word, a function word or a piece of the figure cannot).
fn readable_label(label: &str) -> bool {
    !label.chars().any(|c| c.is_ascii_digit())
        && label
            .chars()
            .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
            .count()
            >= 2
}

/// Clause and list breaks that end the words of a figure.
const BREAKS: [char; 8] = ['，', ',', '、', '；', ';', '：', ':', '。'];

/// Whether the words before a figure are too short to name what it counts: fewer than three
/// Chinese characters is a cue word (力争, 达到, 共有) or nothing, never a counted noun with its
/// verb (覆盖率达, 成立党支部).
fn names_nothing(words: &[char]) -> bool {
    words
        .iter()
        .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(*c))
        .count()
        < 3
}

/// Characters that may follow a number as its unit or qualifier (家, 个, 名, 余, 多).
fn is_unit_char(c: char) -> bool {
    !c.is_ascii()
        && !matches!(
            c,
            '，' | '、' | '；' | '：' | '。' | '（' | '）' | '“' | '”'
        )
}

/// The period a set of as-of dates covers, as a reader wants it: 2024年12月, 2023年至2024年.
/// A year and a month of that same year are the year (2024 and 2024-12 cover 2024年, not
/// 2024年至2024年12月: the year already holds its December). `None` when no date is known.
pub(crate) fn period_text<'a>(dates: impl Iterator<Item = &'a str>) -> Option<String> {
    let mut dates: Vec<&str> = dates.filter(|d| !d.is_empty()).collect();
    dates.sort_unstable();
    let (first, last) = (dates.first()?, dates.last()?);
    let first_text = format::zh_partial_date(first);
    let within_first = last
        .strip_prefix(*first)
        .is_some_and(|rest| rest.starts_with('-'));
    let last_text = format::zh_partial_date(last);
    Some(if first_text == last_text || within_first {
        first_text
    } else {
        format!("{first_text}至{last_text}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_sharing_a_label_carry_their_own_words() {
        let quote = "全市共有商会37家，其中乡镇（街道）商会11家、行业商会18家";
        let fact = |id: &str, value: f64| Fact {
            id: id.into(),
            doc: "d.txt".into(),
            province: "江苏".into(),
            place: "常州市".into(),
            level: Level::City,
            theme: Theme::SocialOrganizations,
            metric: Some("social_organizations.associations".into()),
            label: "商会".into(),
            value,
            value_max: None,
            unit: "家".into(),
            qualifier: jianbao_facts::Qualifier::Exact,
            as_of: Some("2021-03".into()),
            quote: quote.into(),
            span: [0, quote.chars().count()],
            also_cited: Vec::new(),
            target: false,
        };
        let facts = [fact("a", 37.0), fact("b", 11.0), fact("c", 18.0)];
        let refs: Vec<&Fact> = facts.iter().collect();
        let catalog = Catalog::parse(
            "[[metric]]\nkey = \"social_organizations.associations\"\nlabel = \"行业协会商会\"\ntheme = \"social_organizations\"\nunit = \"家\"\n",
            std::path::Path::new("m.toml"),
        )
        .expect("catalog");
        let rows = appendix_rows(
            "江苏",
            &refs,
            &[Theme::SocialOrganizations],
            &catalog,
            &HashSet::new(),
        )
        .rows;
        let details: Vec<Option<&str>> = rows.iter().map(|r| r.detail.as_deref()).collect();
        assert_eq!(
            details,
            [
                Some("全市共有商会37家"),
                Some("乡镇（街道）商会11家"),
                Some("行业商会18家")
            ]
        );
    }

    /// A fact of an uncatalogued figure: its quote is the row's label.
    fn quoted(id: &str, label: &str, quote: &str) -> Fact {
        Fact {
            id: id.into(),
            doc: "d.txt".into(),
            province: "广东".into(),
            place: "深圳市".into(),
            level: Level::City,
            theme: Theme::Volunteers,
            metric: None,
            label: label.into(),
            value: 1.0,
            value_max: None,
            unit: "个".into(),
            qualifier: jianbao_facts::Qualifier::Exact,
            as_of: Some("2024".into()),
            quote: quote.into(),
            span: [0, quote.chars().count()],
            also_cited: Vec::new(),
            target: false,
        }
    }

    #[test]
    fn figures_of_one_quote_counting_different_things_are_two_rows() {
        let quote = "全市有1个社区、1个组织入选全国典型";
        let facts = [quoted("a", "社区", quote), quoted("b", "组织", quote)];
        let refs: Vec<&Fact> = facts.iter().collect();
        let rows = appendix_rows(
            "广东",
            &refs,
            &[Theme::Volunteers],
            &Catalog::default(),
            &HashSet::new(),
        )
        .rows;
        let shown: Vec<(&str, &str, Option<&str>)> = rows
            .iter()
            .map(|r| (r.fact_id.as_str(), r.label.as_str(), r.detail.as_deref()))
            .collect();
        assert_eq!(
            shown,
            [("a", "社区", Some(quote)), ("b", "组织", Some(quote))]
        );
    }

    #[test]
    fn figures_of_one_quote_with_fragment_labels_show_the_words_around_them() {
        let quote = "全市有1个社区、1个组织入选全国典型";
        let facts = [quoted("a", "为", quote), quoted("b", "1个", quote)];
        let refs: Vec<&Fact> = facts.iter().collect();
        let rows = appendix_rows(
            "广东",
            &refs,
            &[Theme::Volunteers],
            &Catalog::default(),
            &HashSet::new(),
        )
        .rows;
        for row in &rows {
            assert!(row.label_is_quote, "{row:?}");
            assert_ne!(row.label, "为");
            assert_ne!(row.label, "1个");
        }
    }

    /// An uncatalogued figure is shown with the clause that states it, not the whole quote: a
    /// 附表 row of a sentence of forty characters is not read.
    #[test]
    fn an_uncatalogued_row_shows_the_clause_of_its_figure() {
        let quote =
            "对有需求的困难群众提供社会服务8600余人次，先后有34家志愿者协会参与志愿服务项目";
        let fact = Fact {
            value: 34.0,
            unit: "家".into(),
            ..quoted("a", "志愿者协会", quote)
        };
        let rows = appendix_rows(
            "广东",
            &[&fact],
            &[Theme::Volunteers],
            &Catalog::default(),
            &HashSet::new(),
        )
        .rows;
        assert_eq!(rows[0].label, "先后有34家志愿者协会参与志愿服务项目");
        assert!(rows[0].label_is_quote);
    }

    #[test]
    fn a_repeated_figure_is_listed_once_unless_the_body_cites_the_repeat() {
        let quote = "全市有1个社区入选全国典型";
        let facts = [quoted("a", "社区", quote), quoted("b", "社区", quote)];
        let refs: Vec<&Fact> = facts.iter().collect();
        let ids = |cited: &HashSet<String>| -> Vec<String> {
            appendix_rows(
                "广东",
                &refs,
                &[Theme::Volunteers],
                &Catalog::default(),
                cited,
            )
            .rows
            .into_iter()
            .map(|r| r.fact_id)
            .collect()
        };
        assert_eq!(ids(&HashSet::new()), ["a"]);
        assert_eq!(ids(&HashSet::from(["b".to_owned()])), ["a", "b"]);
    }

    #[test]
    fn figure_words_tell_figures_of_one_clause_apart() {
        let quote = "全市共有商会37家，其中乡镇（街道）商会11家、行业商会18家、特色商会2家";
        assert_eq!(
            figure_words(quote, 37.0).as_deref(),
            Some("全市共有商会37家")
        );
        assert_eq!(
            figure_words(quote, 11.0).as_deref(),
            Some("乡镇（街道）商会11家")
        );
        assert_eq!(figure_words(quote, 18.0).as_deref(), Some("行业商会18家"));
        assert_eq!(figure_words(quote, 2.0).as_deref(), Some("特色商会2家"));
        assert_eq!(
            figure_words("备案类社区社会组织 24.4 万余家", 244000.0).as_deref(),
            None,
            "a figure written with spaces is not found as written: the whole quote is shown"
        );
        assert_eq!(
            figure_words("注册志愿者1.5万人", 15000.0).as_deref(),
            Some("注册志愿者1.5万人")
        );
        assert_eq!(figure_words("两个数字12和12", 12.0), None);
    }

    /// A figure whose counted noun follows it, or whose clause holds only a cue word, is shown
    /// with the words that say what it counts, never as a bare number or 「力争90」.
    #[test]
    fn figure_words_keep_the_bracketed_gloss_of_their_noun() {
        assert_eq!(
            figure_words("在某区某街道等12个街道（乡镇）实施省级试点项目", 12.0).as_deref(),
            Some("在某区某街道等12个街道（乡镇）实施省级试点项目"),
            "what the glossed places do is what the figure tells"
        );
        assert_eq!(
            figure_words("全区9个镇（街道）全部建成社工站，服务群众", 9.0).as_deref(),
            Some("全区9个镇（街道）全部建成社工站")
        );
        assert_eq!(
            figure_words(
                "全市173个乡镇（街道）、514个社区（居委会）、2196个建制村均建立了党组织",
                514.0
            )
            .as_deref(),
            Some("全市173个乡镇（街道）、514个社区（居委会）")
        );
        assert_eq!(
            figure_words("新建站点8个(含村级)，服务群众", 8.0).as_deref(),
            Some("新建站点8个（含村级）")
        );
        // the noun glossed, the words before still say what the figure is
        assert_eq!(
            figure_words("项目得到省级重点扶持，3个村（社区）", 3.0).as_deref(),
            Some("项目得到省级重点扶持，3个村（社区）")
        );
        // a bracket that opens a clause of its own (a list inside it) is not a gloss
        assert_eq!(
            figure_words("共有社区12个（其中城市社区5个，农村社区7个）", 12.0).as_deref(),
            Some("共有社区12个")
        );
    }

    #[test]
    fn figure_words_never_leave_a_bare_number_or_a_cue_word() {
        let stations = "6261个“爱心驿站”、72个“司机之家”让新就业群体感受到温暖";
        assert_eq!(
            figure_words(stations, 6261.0).as_deref(),
            Some("6261个“爱心驿站”")
        );
        assert_eq!(
            figure_words(stations, 72.0).as_deref(),
            Some("72个“司机之家”让新就业群体感受到温暖")
        );
        assert_eq!(
            figure_words("3.9万个新兴领域党组织凝聚起19.8万名党员", 39000.0).as_deref(),
            Some("3.9万个新兴领域党组织凝聚起19.8万名党员")
        );
        assert_eq!(
            figure_words("全市行业协会商会党组织覆盖率达到80%，力争90%", 90.0).as_deref(),
            Some("全市行业协会商会党组织覆盖率达到80%，力争90%")
        );
        assert_eq!(
            figure_words("孵化基地15个，覆盖率达93.75%", 93.75).as_deref(),
            Some("覆盖率达93.75%")
        );
        assert_eq!(
            clause_words("现场为兴庆区、金凤区100名骑手代表发放温暖包", 100.0).as_deref(),
            Some("现场为兴庆区、金凤区100名骑手代表发放温暖包"),
            "in running text the clause is whole, not its last list item"
        );
        assert_eq!(
            figure_words("社区社会组织1963个 [2] 省民政厅搭建孵化平台", 1963.0).as_deref(),
            Some("社区社会组织1963个"),
            "a space ends the figure's words: what follows is page furniture"
        );
    }

    #[test]
    fn a_unit_run_into_the_next_figure_keeps_the_clause() {
        // 以 after the measure word 地 is no unit: the words go on past the next figure
        assert_eq!(
            clause_words("甲、乙、丙等5地以100元-300元不等发放了补贴", 5.0).as_deref(),
            Some("甲、乙、丙等5地以100元-300元不等发放了补贴")
        );
        assert_eq!(
            figure_words("全市共有商会37家，其中行业商会18家", 18.0).as_deref(),
            Some("行业商会18家")
        );
    }

    #[test]
    fn period_reads_first_to_last() {
        assert_eq!(
            period_text(["2024-12", "2023", "2024"].into_iter()).as_deref(),
            Some("2023年至2024年12月")
        );
        assert_eq!(period_text(["2024"].into_iter()).as_deref(), Some("2024年"));
        // a month of the first date's own year adds nothing to the year
        assert_eq!(
            period_text(["2024-12", "2024"].into_iter()).as_deref(),
            Some("2024年")
        );
        assert_eq!(
            period_text(["2024-12", "2024-03"].into_iter()).as_deref(),
            Some("2024年3月至2024年12月")
        );
        assert_eq!(period_text(std::iter::empty()), None);
    }
}
