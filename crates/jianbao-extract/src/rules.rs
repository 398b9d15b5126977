//! The fact rules: which figures of which articles become facts, and what each one is about
//! (place, level, theme, metric, label, date).

use crate::catalog::{self, is_clause_break, metric_for, theme_for, Patterns};
use crate::dates::{find_dates, DocDate};
use crate::ingest::{split_sentences, Normalized};
use crate::numbers::find_quantities;
use crate::places::{Gazetteer, PlaceId};
use crate::Document;
use jianbao_facts::{Catalog, Fact, Level, SourceInfo, Theme};
use std::ops::Range;

/// Words that mark an article as being about social work (党建引领, 新就业群体, 志愿服务 …).
const SOCIAL_WORK_TERMS: &[&str] = &[
    "社会工作",
    "社工",
    "新就业群体",
    "志愿",
    "社会组织",
    "基层治理",
    "党建",
    "新兴领域",
    "两新",
    "两企三新",
    "网格",
    "快递员",
    "外卖",
    "骑手",
    "党组织",
    "村干部",
    "乡村治理",
];

/// An article is relevant when social-work terms are frequent enough: at least this many hits …
const MIN_TERM_HITS: usize = 3;
/// … and at least this many per thousand characters.
const MIN_TERMS_PER_MILLE: usize = 2;

/// One document after analysis: its normalised text, articles and candidate facts (ids not yet set).
#[derive(Debug)]
pub struct AnalysedDoc {
    pub file: String,
    pub text: String,
    pub normalized: Normalized,
    pub articles: Vec<ArticleAnalysis>,
    /// Facts with the normalised range of the sentence each came from.
    pub facts: Vec<(Fact, Range<usize>)>,
    /// Where and when each body sentence of a relevant article stands, in text order: the
    /// points pass reads its places and dates from here rather than attributing them again.
    pub frames: Vec<SentenceFrame>,
    /// Candidate points with their sentence's normalised range (filled by [`crate::points`]).
    pub points: Vec<crate::points::Candidate>,
}

#[derive(Debug)]
pub struct ArticleAnalysis {
    pub relevant: bool,
    pub sentences: Vec<Range<usize>>,
    /// Normalised range of the headline, subtitle and byline lines (empty when there are none).
    pub head: Range<usize>,
}

/// A place as facts state it: province, display name and level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceRef {
    pub province: String,
    pub place: String,
    pub level: Level,
}

/// The places and dates of one body sentence as the fact rules see them.
#[derive(Debug, Clone)]
pub struct SentenceFrame {
    /// Normalised range of the sentence.
    pub range: Range<usize>,
    /// Index into [`AnalysedDoc::articles`].
    pub article: usize,
    /// Normalised range of the sentence's paragraph.
    pub paragraph: Range<usize>,
    /// Places named in the sentence: offset within the sentence and the place.
    pub places: Vec<(usize, PlaceRef)>,
    /// The place in force before the sentence (carried from earlier sentences, else the
    /// article's own place).
    pub carried_place: Option<PlaceRef>,
    /// Date expressions of the sentence (offsets within the sentence).
    pub dates: Vec<crate::dates::DateMention>,
    /// The date in force before the sentence (earlier in its paragraph), else the document date.
    pub carried_date: Option<String>,
}

/// The province, display name and level of a place in force (`None`: nowhere known).
fn place_ref(g: &Gazetteer, place: Option<Where>) -> PlaceRef {
    let (province, place, level) = match place {
        Some(Where::Place(p)) => (g.province_short(p), g.display(p), g.level(p)),
        Some(Where::National) => ("全国".to_owned(), "全国".to_owned(), Level::Province),
        Some(Where::Part(part)) => {
            let (province, whole) = match part.whole {
                Some(w) => (g.province_short(w), g.display(w)),
                None => ("全国".to_owned(), "全国".to_owned()),
            };
            (
                province,
                format!("{whole}{}", part.places.name()),
                part.level,
            )
        }
        None => (String::new(), String::new(), Level::Province),
    };
    PlaceRef {
        province,
        place,
        level,
    }
}

fn count_terms(text: &[char], terms: &[&str]) -> usize {
    let s: String = text.iter().collect();
    terms.iter().map(|t| s.matches(t).count()).sum()
}

/// Whether an article's text is about social work.
pub fn is_relevant(text: &[char]) -> bool {
    let hits = count_terms(text, SOCIAL_WORK_TERMS);
    hits >= MIN_TERM_HITS && hits * 1000 >= MIN_TERMS_PER_MILLE * text.len().max(1)
}

/// The province a text names most often (浙江, 山西 …), for sources without a manifest entry.
pub fn dominant_province(text: &str) -> Option<String> {
    let g = Gazetteer::embedded();
    let chars: Vec<char> = text.chars().collect();
    let mut counts: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
    for m in g.find(&chars, None) {
        *counts.entry(g.province_short(m.place)).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by_key(|(name, n)| (*n, std::cmp::Reverse(name.clone())))
        .map(|(name, _)| name)
}

/// Where a figure is: a gazetteer place, or the whole country.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Where {
    Place(PlaceId),
    National,
    /// Some (or each) of the places inside a whole: 浙江的一些县(市、区), 有的地方, 各地.
    Part(Part),
}

/// A quantifier-scoped place (see [`crate::scope`]): never the whole it lies in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Part {
    /// The place it lies in, or `None` for the whole country.
    whole: Option<PlaceId>,
    places: crate::scope::Quantified,
    level: Level,
}

impl Where {
    /// The place a quantifier scope inside this one lies in: the place itself when it is named
    /// right before the quantifier (浙江的一些县), else only its province — a scope met later in a
    /// sentence about 宁波 need not be inside 宁波, but is inside 浙江.
    fn whole_for_part(self, g: &Gazetteer, adjacent: bool) -> Option<PlaceId> {
        match self {
            Where::Place(p) if adjacent => Some(p),
            Where::Place(p) => Some(g.province(p)),
            Where::National => None,
            Where::Part(part) => part.whole.map(|w| g.province(w)),
        }
    }
}

/// Adds the quantifier-scoped places of a sentence to its place mentions (sorted by position).
fn add_part_scopes(
    g: &Gazetteer,
    chars: &[char],
    places: &mut Vec<(Range<usize>, Where)>,
    current: Option<Where>,
) {
    for scope in crate::scope::find_part_scopes(chars) {
        let before = places
            .iter()
            .rev()
            .find(|(r, _)| r.end <= scope.range.start);
        // 浙江的一些县, 浙江省部分地区, 全省各地: the place right before is the whole
        let adjacent = before.is_some_and(|(r, _)| {
            r.end == scope.range.start || (r.end + 1 == scope.range.start && chars[r.end] == '的')
        });
        let Some(around) = before.map(|(_, w)| *w).or(current) else {
            continue;
        };
        let whole = around.whole_for_part(g, adjacent);
        let part = Part {
            whole,
            places: scope.places,
            level: scope.places.level(whole.map(|w| g.level(w))),
        };
        places.push((scope.range.clone(), Where::Part(part)));
        places.sort_by_key(|(r, _)| r.start);
    }
}

fn word_at(chars: &[char], at: usize, word: &str) -> bool {
    let mut i = at;
    word.chars().all(|w| {
        let ok = chars.get(i) == Some(&w);
        i += 1;
        ok
    })
}

/// Whether `sentence` (opening a paragraph) names a quoted term (“窗帘之约”) that `previous` names.
fn continues_story(sentence: &[char], previous: &[char]) -> bool {
    let mut rest = sentence;
    while let Some(open) = rest.iter().position(|&c| c == '“') {
        let after = &rest[open + 1..];
        let Some(close) = after.iter().position(|&c| c == '”') else {
            break;
        };
        let term = &after[..close];
        if term.len() >= 2 && previous.windows(term.len()).any(|w| w == term) {
            return true;
        }
        rest = &after[close..];
    }
    false
}

/// Place mentions of a sentence, including 全省/我省/省委 (the article's province) and 全国.
fn mentions(
    g: &Gazetteer,
    chars: &[char],
    province: Option<PlaceId>,
) -> Vec<(Range<usize>, Where)> {
    let mut out: Vec<(Range<usize>, Where)> = g
        .find(chars, province)
        .into_iter()
        .map(|m| (m.range, Where::Place(m.place)))
        .collect();
    for i in 0..chars.len() {
        if let Some(p) = province {
            if ["全省", "我省", "省委", "省级"]
                .iter()
                .any(|w| word_at(chars, i, w))
                && !(i > 0 && chars[i - 1] == '市')
                // 6家全省性行业协会: right after a figure, 全省性 describes the counted
                // organisations, not where the figure is
                && !(chars.get(i + 2) == Some(&'性')
                    && chars[i.saturating_sub(3)..i].iter().any(|c| c.is_ascii_digit()))
            {
                out.push((i..i + 2, Where::Place(p)));
            }
        }
        // 全国 as the place of a figure, but not in 占全国 / 居全国 (a share of the national total)
        if word_at(chars, i, "全国")
            && !(i > 0 && matches!(chars[i - 1], '占' | '居' | '到' | '在'))
        {
            out.push((i..i + 2, Where::National));
        }
    }
    out.sort_by_key(|m| m.0.start);
    out
}

/// Words at which the thing counted after a figure ends and a predicate begins
/// (86名村干部**直呼**受益匪浅, 3个社区党支部**联合**组建).
const PREDICATE_STARTS: &[&str] = &[
    "直呼", "参与", "联合", "完成", "坐到", "开展", "成立", "约定", "提供", "实现", "还", "获",
    "为", "日常", "挂牌", "参加", "化解",
];

/// Words before a figure that say how it is stated, not what it counts.
const LEADING_WORDS: &[&str] = &[
    "截至目前",
    "目前",
    "如今",
    "去年以来",
    "今年以来",
    "近年来",
    "累计",
    "分别",
    "共",
    "实现",
    "已有",
];
const TRAILING_WORDS: &[&str] = &[
    "达到", "达", "为", "有", "均", "累计", "提升", "增长", "增加", "共",
];

/// The tail of `text` of at most `max` characters, starting at a word boundary where it can
/// (after 、 or 和 rather than in the middle of a name).
fn tail_at_boundary(text: &[char], max: usize) -> String {
    let start = text.len().saturating_sub(max);
    let start = if start == 0 {
        0
    } else {
        text[start..]
            .iter()
            .position(|&c| matches!(c, '、' | '和' | '及' | '与'))
            .map_or(start, |p| start + p + 1)
    };
    text[start..].iter().collect()
}

/// Label from the words around a figure: what follows it in its clause (115个**网约配送行业党委**),
/// else what precedes it (**持证人数**达到2.4万人); a change 从16名增加到了400多名 is marked.
fn label_from_text(
    chars: &[char],
    previous_end: usize,
    quantity_start: usize,
    quantity_end: usize,
    unit: &str,
) -> String {
    let is_break = |c: char| is_clause_break(c) && c != '、';
    // the clause, but not past the previous figure (14所高校和22万名在校师生)
    let clause_start = chars[..quantity_start]
        .iter()
        .rposition(|&c| is_break(c))
        .map_or(0, |p| p + 1)
        .max(previous_end.min(quantity_start));
    let whole_clause: String = chars[clause_start..quantity_start].iter().collect();
    let mut before: String = chars[clause_start..quantity_start].iter().collect();
    for w in LEADING_WORDS {
        if let Some(rest) = before.strip_prefix(w) {
            before = rest.to_owned();
        }
    }
    let mut change = None;
    for (w, mark) in [
        ("增加到了", "（增至）"),
        ("增加到", "（增至）"),
        ("增至", "（增至）"),
        ("减至", "（减至）"),
    ] {
        if let Some(rest) = before.strip_suffix(w) {
            before = rest.to_owned();
            change = Some(mark);
        }
    }
    if change.is_some() && before.is_empty() {
        // 从最初的16名增加到了400多名: the subject stands before the first figure
        let start = chars[..quantity_start]
            .iter()
            .rposition(|&c| is_break(c))
            .map_or(0, |p| p + 1);
        before = chars[start..quantity_start].iter().collect();
    }
    loop {
        let len = before.len();
        for w in TRAILING_WORDS {
            if let Some(rest) = before.strip_suffix(w) {
                before = rest.to_owned();
            }
        }
        if before.len() == len {
            break;
        }
    }
    // 独居老人从最初的16名增加到了400多名: the subject is what precedes 从
    if let Some(at) = before.find('从').filter(|&at| at > 0) {
        before.truncate(at);
    }
    let before_chars: Vec<char> = before.chars().collect();
    let after_end = (quantity_end..chars.len())
        .find(|&i| {
            (is_break(chars[i]) && !matches!(chars[i], '(' | ')'))
                || chars[i].is_ascii_digit()
                || matches!(chars[i], '。' | '…' | '《' | '“' | '和' | '与')
                // 115个网约配送行业党委、12个快递行业党委: the next list item is another figure
                || (chars[i] == '、' && chars.get(i + 1).is_some_and(|c| c.is_ascii_digit()))
                || PREDICATE_STARTS.iter().any(|w| {
                    w.chars()
                        .enumerate()
                        .all(|(k, c)| chars.get(i + k) == Some(&c))
                })
        })
        .unwrap_or(chars.len());
    let after: String = chars[quantity_end..after_end]
        .iter()
        .collect::<String>()
        .trim_start_matches('的')
        .to_owned();
    if after.starts_with("增加到") || after.starts_with("增至") || after.starts_with("减至")
    {
        change = Some("（起始）");
    }
    let mark = change.unwrap_or("");
    // what follows names the counted thing, unless it is a verb or a hedge (增加到, 以上, 不等)
    let after_names = after
        .chars()
        .next()
        .is_some_and(|c| !c.is_ascii() && !"以左不”\"增减提降达到从为占比较等".contains(c));
    let label = if unit == "%" {
        // a rate: what precedes and what follows (矛盾纠纷 100% 化解在基层)
        let rest_end = (quantity_end..chars.len())
            .find(|&i| is_break(chars[i]))
            .unwrap_or(chars.len());
        let rest: String = chars[quantity_end..rest_end]
            .iter()
            .filter(|c| !c.is_ascii_digit())
            .take(10)
            .collect();
        format!(
            "{}{}",
            tail_at_boundary(&before_chars, 16),
            rest.trim_start_matches('的')
        )
    } else if after_names {
        let after: String = after.chars().take(16).collect();
        if after.chars().count() >= 3 {
            after
        } else {
            format!("{}{after}", tail_at_boundary(&before_chars, 2))
        }
    } else if before.ends_with('等') && matches!(unit, "部门" | "家" | "个" | "所") {
        // 省委社会工作部、省委组织部等9部门
        format!("{}{unit}", tail_at_boundary(&before_chars, 24))
    } else if before_chars.len() < 3 {
        // 累计培训630余人次: keep the words that were trimmed rather than say just 培训
        tail_at_boundary(&whole_clause.chars().collect::<Vec<_>>(), 24)
    } else {
        tail_at_boundary(&before_chars, 24)
    };
    format!("{label}{mark}")
}

/// Words that open a clause continuing the one before it (……天马虹山轴承,**以及**文旅协会……
/// 走访调研25次): such a clause alone is a fragment, so its quote starts with the clause it continues.
const CONTINUATIONS: &[&str] = &[
    "以及", "并且", "而且", "同时", "其中", "及", "和", "与", "并", "且",
];
/// Words that begin like a continuation but are not one (及时, 和谐 …).
const NOT_CONTINUATIONS: &[&str] = &[
    "及时",
    "及早",
    "和谐",
    "和美",
    "和平",
    "和睦",
    "并肩",
    "并购",
    "与会",
    "与时俱进",
];

fn opens_with_continuation(clause: &[char]) -> bool {
    let start = clause
        .iter()
        .position(|c| !c.is_whitespace())
        .unwrap_or(clause.len());
    let clause = &clause[start..];
    CONTINUATIONS.iter().any(|w| word_at(clause, 0, w))
        && !NOT_CONTINUATIONS.iter().any(|w| word_at(clause, 0, w))
}

/// The quote of a figure: its clause (or, from `from` on, the clause that says where the figure
/// holds), widened leftwards within the sentence until it says enough and does not open with a
/// continuation (以及, 并, 其中 …).
fn quote_range(
    chars: &[char],
    sentence: &Range<usize>,
    from: usize,
    number_start: usize,
    quantity_end: usize,
) -> Range<usize> {
    const MIN_QUOTE_CHARS: usize = 16;
    let breaks = |c: char| is_clause_break(c) && c != '、' && c != '(' && c != ')';
    let clause_start = |at: usize| {
        (sentence.start..at)
            .rev()
            .find(|&i| breaks(chars[i]))
            .map_or(sentence.start, |p| p + 1)
    };
    let mut start = clause_start(from.min(number_start));
    while start > sentence.start
        && (quantity_end - start < MIN_QUOTE_CHARS
            || opens_with_continuation(&chars[start..number_start]))
    {
        start = clause_start(start - 1);
    }
    let mut end = (quantity_end..sentence.end)
        .find(|&i| breaks(chars[i]) || chars[i] == '\n')
        .unwrap_or(sentence.end);
    while end > start && (chars[end - 1].is_whitespace()) {
        end -= 1;
    }
    while start < end && chars[start].is_whitespace() {
        start += 1;
    }
    start..end
}

/// Analyses one document: articles, relevance, and a candidate fact for every reportable figure.
pub fn analyse(doc: &Document, info: Option<&SourceInfo>, catalog: &Catalog) -> AnalysedDoc {
    let g = Gazetteer::embedded();
    let normalized = Normalized::new(&doc.text);
    let doc_date = DocDate::parse(info.and_then(|i| i.date.as_deref()));
    let doc_province = info
        .and_then(|i| g.find_province(&i.province))
        .or_else(|| dominant_province(&doc.text).and_then(|p| g.find_province(&p)));
    let chars = &normalized.chars;
    let patterns = Patterns::new(catalog);
    let mut articles = Vec::new();
    let mut facts = Vec::new();
    let mut frames = Vec::new();
    for article in normalized.articles() {
        let lines = &normalized.lines[article.lines.clone()];
        let text_range =
            lines.first().map_or(0, |l| l.range.start)..lines.last().map_or(0, |l| l.range.end);
        let relevant = is_relevant(&chars[text_range]);
        let body = &lines[article.head_lines.min(lines.len())..];
        let sentences: Vec<Range<usize>> = body
            .iter()
            .flat_map(|l| split_sentences(&normalized, l.range.clone()))
            .collect();
        // The article's own place: the most specific place its headline names (else its first sentence).
        let head: Vec<Range<usize>> = lines[..article.head_lines.min(lines.len())]
            .iter()
            .map(|l| l.range.clone())
            .chain(sentences.first().cloned())
            .collect();
        let default = head
            .iter()
            .flat_map(|r| g.find(&chars[r.clone()], doc_province))
            .map(|m| m.place)
            .filter(|&p| {
                doc_province.is_none()
                    || Some(g.province(p)) == doc_province
                    || g.level(p) != Level::Province
            })
            .max_by_key(|&p| (g.level(p), std::cmp::Reverse(0)))
            .or(doc_province);
        let article_province = default.map(|p| g.province(p));
        let headline: Vec<char> = lines[..article.head_lines.min(lines.len())]
            .iter()
            .flat_map(|l| chars[l.range.clone()].iter().copied())
            .collect();
        if relevant {
            let mut sticky = default.map(Where::Place);
            let article_first_fact = facts.len();
            let mut carried_date: Option<String> = None;
            let mut paragraph = 0..0;
            for sentence in &sentences {
                if sentence.start >= paragraph.end {
                    carried_date = None;
                    let previous = paragraph.clone();
                    paragraph = sentence.start
                        ..(sentence.start..chars.len())
                            .find(|&i| chars[i] == '\n')
                            .unwrap_or(chars.len());
                    // a new paragraph is about the article's own place again, unless it goes on
                    // with the story of the last one (names a “term” the last one named)
                    if !continues_story(&chars[sentence.clone()], &chars[previous]) {
                        sticky = default.map(Where::Place);
                    }
                }
                let s = &chars[sentence.clone()];
                let quantities = find_quantities(s);
                let mut places: Vec<(Range<usize>, Where)> = mentions(g, s, article_province)
                    .into_iter()
                    .filter(|(_, w)| match (w, default) {
                        // a place that governs the article's own place says nothing more specific
                        (Where::Place(p), Some(d)) => *p == d || !g.contains(*p, d),
                        _ => true,
                    })
                    .collect();
                add_part_scopes(g, s, &mut places, sticky);
                let dates = find_dates(s, &doc_date);
                frames.push(SentenceFrame {
                    range: sentence.clone(),
                    article: articles.len(),
                    paragraph: paragraph.clone(),
                    places: places
                        .iter()
                        .map(|(r, w)| (r.start, place_ref(g, Some(*w))))
                        .collect(),
                    carried_place: sticky.map(|w| place_ref(g, Some(w))),
                    dates: dates.clone(),
                    carried_date: carried_date.clone().or_else(|| doc_date.as_of()),
                });
                // the metric patterns matter only for the sentence's figures
                let (hits, respectively) = if quantities.is_empty() {
                    (Vec::new(), None)
                } else {
                    let hits = patterns.hits(s);
                    let respectively = respectively_metrics(&hits, s);
                    (hits, respectively)
                };
                for (k, q) in quantities.iter().enumerate() {
                    let named = places.iter().rev().find(|(r, _)| r.start < q.number_start);
                    let place = named.map(|(_, w)| *w).or(sticky);
                    // a figure for some places carries the words that say so in its quote
                    let scope_at = named.and_then(|(r, w)| {
                        matches!(w, Where::Part(_)).then_some(sentence.start + r.start)
                    });
                    let as_of = dates
                        .iter()
                        .rev()
                        .find(|d| d.end <= q.number_start)
                        .and_then(|d| d.as_of.clone())
                        .or_else(|| carried_date.clone())
                        .or_else(|| doc_date.as_of());
                    let metric = respectively
                        .as_ref()
                        .and_then(|(first, list)| {
                            k.checked_sub(*first).and_then(|i| list.get(i)).copied()
                        })
                        .or_else(|| {
                            metric_for(catalog, &hits, s, q.number_start, q.range.end, &q.unit)
                        });
                    let metric_def = metric.map(|m| &catalog.metrics[m]);
                    let mut unit = q.unit.clone();
                    if unit.is_empty() {
                        match metric_def.and_then(|m| m.unit.clone()) {
                            Some(u) => unit = u,
                            None => continue, // a bare 万 figure whose unit nobody states
                        }
                    }
                    let previous_end = k.checked_sub(1).map_or(0, |p| quantities[p].range.end);
                    let text_label =
                        label_from_text(s, previous_end, q.range.start, q.range.end, &q.unit);
                    let label = metric_def.map_or_else(|| text_label.clone(), |m| m.label.clone());
                    if label.trim().is_empty() {
                        continue; // a figure nobody can say what it counts is not a fact
                    }
                    // the figure's own clause (between clause breaks; 、 joins list items)
                    let clause_start = s[..q.number_start]
                        .iter()
                        .rposition(|&c| is_clause_break(c) && c != '、')
                        .map_or(0, |p| p + 1);
                    let clause_end = (q.range.end..s.len())
                        .find(|&i| {
                            is_clause_break(s[i]) && s[i] != '、' && s[i] != '(' && s[i] != ')'
                        })
                        .unwrap_or(s.len());
                    let theme = metric_def.map_or_else(
                        || {
                            theme_for(
                                &s[clause_start..clause_end],
                                q.range.start - clause_start..q.range.end - clause_start,
                                s,
                                q.number_start,
                                &chars[paragraph.clone()],
                                &headline,
                            )
                        },
                        |m| m.theme,
                    );
                    let PlaceRef {
                        province,
                        place: place_name,
                        level,
                    } = place_ref(g, place);
                    let quote_r = quote_range(
                        chars,
                        sentence,
                        scope_at.unwrap_or(sentence.start + q.number_start),
                        sentence.start + q.number_start,
                        sentence.start + q.range.end,
                    );
                    let span = normalized.original_span(quote_r.clone());
                    let quote: String = doc
                        .text
                        .chars()
                        .skip(span[0])
                        .take(span[1] - span[0])
                        .collect();
                    // the same figure said again (3个社区党支部 … 3个社区还成立了 …) is one fact
                    let restated =
                        facts[article_first_fact..]
                            .iter()
                            .any(|(f, _): &(Fact, Range<usize>)| {
                                f.value == q.value
                                    && f.unit == unit
                                    && (f.label.starts_with(label.as_str())
                                        || label.starts_with(f.label.as_str()))
                            });
                    if restated {
                        continue;
                    }
                    facts.push((
                        Fact {
                            id: String::new(),
                            doc: doc.file.clone(),
                            province,
                            place: place_name,
                            level,
                            theme: if label.is_empty() {
                                Theme::Other
                            } else {
                                theme
                            },
                            metric: metric_def.map(|m| m.key.clone()),
                            label,
                            value: q.value,
                            value_max: q.value_max,
                            unit,
                            qualifier: q.qualifier,
                            as_of,
                            quote,
                            span,
                            also_cited: Vec::new(),
                        },
                        sentence.clone(),
                    ));
                }
                if let Some(d) = dates.iter().rev().find_map(|d| d.as_of.clone()) {
                    carried_date = Some(d);
                }
                if let Some((_, w)) = places.iter().rev().find(|(_, w)| *w != Where::National) {
                    sticky = Some(*w);
                }
            }
        }
        let head_lines = &lines[..article.head_lines.min(lines.len())];
        articles.push(ArticleAnalysis {
            relevant,
            sentences,
            head: head_lines.first().map_or(0, |l| l.range.start)
                ..head_lines.last().map_or(0, |l| l.range.end),
        });
    }
    AnalysedDoc {
        file: doc.file.clone(),
        text: doc.text.clone(),
        normalized,
        articles,
        facts,
        frames,
        points: Vec::new(),
    }
}

/// `A和B……分别增长X和Y`: the k-th figure after 分别 gets the k-th metric named before it.
/// Returns the index of the first such figure and the metrics in order.
fn respectively_metrics(hits: &[catalog::PatternHit], s: &[char]) -> Option<(usize, Vec<usize>)> {
    let at = (0..s.len()).find(|&i| word_at(s, i, "分别"))?;
    let mut before: Vec<&catalog::PatternHit> = hits
        .iter()
        .filter(|h| h.end <= at && !h.composite)
        .collect();
    before.sort_by_key(|h| h.start);
    let clause_start = s[..at]
        .iter()
        .rposition(|&c| is_clause_break(c) && c != '、')
        .map_or(0, |p| p + 1);
    let metrics: Vec<usize> = before
        .iter()
        .filter(|h| h.start >= clause_start)
        .map(|h| h.metric)
        .collect();
    if metrics.len() < 2 {
        return None;
    }
    let first = find_quantities(s)
        .iter()
        .position(|q| q.number_start > at)?;
    Some((first, metrics))
}
