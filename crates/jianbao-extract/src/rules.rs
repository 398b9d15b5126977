//! The fact rules: which figures of which articles become facts, and what each one is about
//! (place, level, theme, metric, label, date).

use crate::catalog::{self, is_clause_break, metric_in_context, theme_for};
use crate::dates::{find_dates, DocDate};
use crate::ingest::{is_furniture, split_sentences, Normalized};
use crate::numbers::find_quantities;
use crate::places::{Gazetteer, PlaceId};
use crate::placing::*;
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
    // the departments lead the work of lightening grassroots burdens (基层减负: the plaques,
    // tasks and certificates of 村级组织)
    "基层减负",
    "村级组织",
    // 信访 and 人民建议征集 as work, not an agency named in passing (县信访局副局长)
    "人民建议征集",
    "信访工作",
    "信访事项",
    "信访问题",
    "信访案件",
    "信访积案",
    "信访量",
    "接访",
    "社区工作者",
];

/// An article is relevant when social-work terms are frequent enough: at least this many hits …
const MIN_TERM_HITS: usize = 3;
/// … and at least this many per thousand characters.
const MIN_TERMS_PER_MILLE: usize = 2;

/// One document after analysis: its normalised text, articles and candidate facts (ids not yet set).
#[derive(Debug)]
pub struct AnalysedDoc<'a> {
    pub file: String,
    /// The original text, borrowed from its [`Document`] (not copied: it can be large).
    pub text: &'a str,
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

fn count_terms(text: &[char], terms: &[&str]) -> usize {
    let terms: Vec<Vec<char>> = terms.iter().map(|t| t.chars().collect()).collect();
    // one bit per first character (by its code modulo 64): most characters start no term and
    // are passed over at one test, where searching the text once per term cost more than the
    // rest of the relevance check
    let first_bits = terms
        .iter()
        .filter_map(|t| t.first())
        .fold(0u64, |bits, &c| bits | 1 << (c as u32 % 64));
    // each term's occurrences do not overlap each other (as `str::matches` counts them)
    let mut free_from = vec![0usize; terms.len()];
    let mut hits = 0;
    for (i, &c) in text.iter().enumerate() {
        if first_bits & (1 << (c as u32 % 64)) == 0 {
            continue;
        }
        for (term, free) in terms.iter().zip(free_from.iter_mut()) {
            if term.first() == Some(&c) && i >= *free && text[i..].starts_with(term) {
                hits += 1;
                *free = i + term.len();
            }
        }
    }
    hits
}

/// Whether an article's text is about social work.
pub fn is_relevant(text: &[char]) -> bool {
    let hits =
        count_terms(text, SOCIAL_WORK_TERMS) + count_terms(text, crate::relevance::channel_terms());
    hits >= MIN_TERM_HITS && hits * 1000 >= MIN_TERMS_PER_MILLE * text.len().max(1)
}

/// The province a text names most often (浙江, 山西 …), for sources without a manifest entry.
pub fn dominant_province(text: &str) -> Option<String> {
    let g = Gazetteer::embedded();
    let mut chars: Vec<char> = text.chars().collect();
    if crate::script::is_traditional(&chars) {
        chars
            .iter_mut()
            .for_each(|c| *c = crate::script::simplified(*c));
    }
    let mut counts: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
    // teasers for other stories (相关新闻, 热点推荐 …) name other provinces: not counted
    let mut in_teasers = false;
    for line in chars.split(|&c| c == '\n') {
        let line: Vec<char> = line
            .iter()
            .filter(|c| !c.is_whitespace())
            .map(|&c| if c == '：' { ':' } else { c })
            .collect();
        let line = &line[..];
        in_teasers = in_teasers || crate::ingest::opens_teasers(line);
        if in_teasers || crate::ingest::is_teaser_line(line) {
            continue;
        }
        for m in g.find_for_province(line) {
            *counts.entry(g.province_short(m.place)).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .max_by_key(|(name, n)| (*n, std::cmp::Reverse(name.clone())))
        .map(|(name, _)| name)
        .or_else(|| province_by_epithet(&chars))
}

/// Literary names of provinces (陇原 for 甘肃), one a line with the province's short name.
const PROVINCE_EPITHETS: &str = include_str!("../../../data/province-epithets.txt");

/// The province a page names only by a literary name (情暖陇原): the first such name written.
fn province_by_epithet(chars: &[char]) -> Option<String> {
    let epithets: Vec<(Vec<char>, &str)> = PROVINCE_EPITHETS
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(name, province)| (name.trim().chars().collect(), province.trim()))
        .collect();
    (0..chars.len()).find_map(|i| {
        epithets
            .iter()
            .find(|(name, _)| chars[i..].starts_with(name))
            .map(|(_, province)| (*province).to_owned())
    })
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
pub fn analyse<'a>(
    doc: &'a Document,
    info: Option<&SourceInfo>,
    catalog: &Catalog,
) -> AnalysedDoc<'a> {
    let g = Gazetteer::embedded();
    let normalized = Normalized::new(&doc.text);
    // the manifest's date, else the date the page states about itself (发布时间, dateline)
    let doc_date = match DocDate::parse(info.and_then(|i| i.date.as_deref())) {
        // the original lines: repairing broken lines may join a date line to the next one
        DocDate { year: None, .. } => {
            let lines: Vec<Vec<char>> = doc.text.lines().map(|l| l.chars().collect()).collect();
            crate::dates::date_from_lines(lines.iter().map(Vec::as_slice))
        }
        date => date,
    };
    // a review of a year (2024年工作综述) reports that year, whenever it was published
    let title: Vec<char> = match info.map(|i| i.title.as_str()) {
        Some(t) if !t.ends_with(".txt") => t.chars().collect(),
        _ => normalized
            .lines
            .first()
            .map(|l| normalized.chars[l.range.clone()].to_vec())
            .unwrap_or_default(),
    };
    let mut doc_date = doc_date;
    doc_date.period = crate::dates::review_year(&title).or_else(|| {
        // an undated text: the year its opening says it reports
        doc_date.year.is_none().then(|| {
            // the lead: the first line long enough to be a paragraph rather than a headline
            const MIN_LEAD_CHARS: usize = 40;
            let lead = normalized
                .lines
                .iter()
                .map(|l| &normalized.chars[l.range.clone()])
                .find(|l| l.len() >= MIN_LEAD_CHARS && !is_furniture(l))?;
            crate::dates::lead_year(lead)
        })?
    });
    let default_as_of = doc_date
        .period
        .map(|y| format!("{y:04}"))
        .or_else(|| doc_date.as_of());
    let doc_province = info
        .and_then(|i| g.find_province(&i.province))
        .or_else(|| dominant_province(&doc.text).and_then(|p| g.find_province(&p)));
    let chars = &normalized.chars;
    let patterns = crate::catalog::compiled(catalog);
    let char_index = crate::ingest::CharIndex::new(&doc.text);
    // named streets and communities met so far, as facts name them (柳巷街道察院后社区)
    let mut locals = Locals::default();
    // the cities the document names, or names a county of in full: a county's short form
    // (上城) counts as a place only with its city in the document
    // (one pass over the lines also learns the streets and communities the document names after
    // their district, so that a headline naming 石井街道 alone is understood)
    let mut named_cities: Vec<PlaceId> = Vec::new();
    // every place the page names before its tail of teasers for other stories, for the city and
    // district it names most (a city paper's masthead: 全市 is its city)
    let mut page_places: Vec<crate::places::PlaceMention> = Vec::new();
    let mut in_teasers = false;
    for line in &normalized.lines {
        let text = &chars[line.range.clone()];
        let found = crate::placing::find_places(g, text, doc_province);
        in_teasers = in_teasers || crate::ingest::opens_teasers(text);
        if !in_teasers && !crate::ingest::is_teaser_line(text) {
            page_places.extend(found.iter().cloned());
        }
        named_cities.extend(
            found
                .iter()
                .filter(|m| !(m.short && g.level(m.place) == Level::District))
                .filter_map(|m| g.ancestor_at(m.place, Level::City)),
        );
        let mut named: Vec<(Range<usize>, Where)> = found
            .into_iter()
            .map(|m| (m.range, Where::Place(m.place)))
            .collect();
        add_local_places(g, text, &mut named, &mut locals, None);
    }
    named_cities.sort_unstable();
    named_cities.dedup();
    let named_most = NamedMost::count(g, &page_places);
    let mut articles = Vec::new();
    let mut facts = Vec::new();
    let mut frames = Vec::new();
    for article in normalized.articles() {
        let lines = &normalized.lines[article.lines.clone()];
        let text_range =
            lines.first().map_or(0, |l| l.range.start)..lines.last().map_or(0, |l| l.range.end);
        let relevant = is_relevant(&chars[text_range]);
        let body = &lines[article.head_lines.min(lines.len())..];
        // the teasers for other stories after 新闻推荐 are not the article's
        let body = &body[..body
            .iter()
            .position(|l| crate::ingest::opens_teasers(&chars[l.range.clone()]))
            .unwrap_or(body.len())];
        // page furniture, captions, keyword bars and teasers for other stories give no figure
        // and set no place
        let sentences: Vec<Range<usize>> = body
            .iter()
            .filter(|l| {
                let text = &chars[l.range.clone()];
                !l.keyword_bar
                    && !is_furniture(text)
                    && !crate::ingest::is_teaser_line(text)
                    && !lists_places(g, text)
            })
            .flat_map(|l| split_sentences(&normalized, l.range.clone()))
            .collect();
        // The article's own place: the most specific place its headline names; else the one its
        // first sentence names inside the document's province, past a dateline (新华社南宁…电
        // says where the reporter filed). A line that lists places (navigation: 南宁市 柳州市
        // 桂林市 …) or is a breadcrumb (地方网 > 广西 > 正文) names no article's place.
        let place_of = |r: &Range<usize>, in_headline: bool| -> Option<PlaceId> {
            let text = &chars[r.clone()];
            if in_headline && text.iter().filter(|&&c| c == '>').count() >= 2 {
                return None;
            }
            let from = if in_headline { 0 } else { dateline_end(text) };
            let text = &text[from..];
            let mut found: Vec<crate::places::PlaceMention> =
                crate::placing::find_places(g, text, doc_province)
                    .into_iter()
                    .filter(|m| {
                        !(m.short && g.level(m.place) == Level::District)
                            || g.parent(m.place).is_some_and(|c| named_cities.contains(&c))
                    })
                    .filter(|m| {
                        doc_province.is_none()
                            || Some(g.province(m.place)) == doc_province
                            || (in_headline && g.level(m.place) != Level::Province)
                    })
                    .collect();
            // a venue (在越秀区东山宾馆举行) is where an event was held, not what it reports
            let ranges: Vec<Range<usize>> = found.iter().map(|m| m.range.clone()).collect();
            let venue = crate::attach::venue_mask(text, &ranges);
            let mut k = 0;
            found.retain(|_| {
                k += 1;
                !venue[k - 1]
            });
            // the lead of a story names its actor first (青海省委社会工作部联合西宁市委……): the
            // first place written (with the names joined to it: 杭州市上城区紫阳街道), not
            // partners or places named later
            if !in_headline {
                // a byline in brackets ((新重庆-重庆日报记者 周传勇)) names the paper, not the actor
                let mut depth = 0usize;
                let in_brackets: Vec<bool> = text
                    .iter()
                    .map(|&c| {
                        match c {
                            '(' => depth += 1,
                            ')' => depth = depth.saturating_sub(1),
                            _ => {}
                        }
                        depth > 0
                    })
                    .collect();
                found.retain(|m| {
                    !in_brackets[m.range.start] && !crate::attach::names_outlet(text, &m.range)
                });
                let chain = found
                    .iter()
                    .zip(found.iter().skip(1))
                    .take_while(|(a, b)| a.range.end == b.range.start)
                    .count();
                found.truncate(chain + 1);
            }
            let found: Vec<PlaceId> = found.into_iter().map(|m| m.place).collect();
            if in_headline && found.len() >= 3 {
                return None;
            }
            found.into_iter().max_by_key(|&p| g.level(p))
        };
        let in_headline = lines[..article.head_lines.min(lines.len())]
            .iter()
            .filter(|l| !l.keyword_bar && !is_furniture(&chars[l.range.clone()]))
            .filter_map(|l| place_of(&l.range, true))
            .max_by_key(|&p| g.level(p));
        // the first sentence may name a place inside the headline's (上城区 → 上城区紫阳街道)
        // (the first of its first sentences that names one: a yearbook entry opens with 【概况】
        // 2013年,成武县……)
        const OPENING_SENTENCES: usize = 3;
        // the lead's sentences: a line of the page's date or time (2022-04-17 17:37:00) says
        // nothing about the story, and would push its lead out of the opening
        const MIN_LEAD_HAN: usize = 4;
        let lead_sentences: Vec<Range<usize>> = sentences
            .iter()
            .filter(|r| {
                chars[(*r).clone()]
                    .iter()
                    .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(*c))
                    .count()
                    >= MIN_LEAD_HAN
            })
            .cloned()
            .collect();
        let in_first_sentence = lead_sentences
            .iter()
            .take(OPENING_SENTENCES)
            .find_map(|s| place_of(s, false))
            .filter(|&p| in_headline.is_none_or(|h| g.contains(h, p)));
        let default = in_first_sentence.or(in_headline).or(doc_province);
        let article_province = default.map(|p| g.province(p));
        // the article's own street, community or zone, when its opening names one inside its
        // place: anywhere in its first sentence (近日,坪山区石井街道……) or headline, else first
        // in the next opening sentence that names a place (……!59岁的她是杨浦区鞍山一村第二居民区
        // 党总支书记)
        let mut home = default.map(Where::Place);
        let inside = |p: PlaceId| default.is_none_or(|d| g.contains(d, p) || g.contains(p, d));
        let first = lead_sentences
            .first()
            .map(|s| (s.start + dateline_end(&chars[s.clone()])..s.end, false));
        let headlines = lines[..article.head_lines.min(lines.len())]
            .iter()
            .filter(|l| !l.keyword_bar)
            .map(|l| (l.range.clone(), false));
        let opening = lead_sentences
            .iter()
            .take(OPENING_SENTENCES)
            .skip(1)
            .map(|s| (s.clone(), true));
        for (r, first_chain) in first
            .clone()
            .into_iter()
            .chain(headlines.clone())
            .chain(opening)
        {
            match local_named(
                g,
                &chars[r],
                doc_province,
                &mut locals,
                &inside,
                first_chain,
            ) {
                Some(Some(w)) => {
                    home = Some(w);
                    break;
                }
                Some(None) if first_chain => break,
                _ => {}
            }
        }
        // an article that names no province nor city but 全国 in its opening is the country's
        // (全国快递骑手总人数超……)
        if default.is_none() {
            let mut opening = headlines
                .map(|(r, _)| r)
                .chain(lead_sentences.iter().take(OPENING_SENTENCES).cloned());
            if opening.any(|r| {
                let text = &chars[r];
                (0..text.len()).any(|i| national_at(text, i))
            }) {
                home = Some(Where::National);
            }
        }
        // a lead set in one organisation (在普陀区市场监督管理局……监管所,): the figures the
        // article tells of its own place are that organisation's
        let home_org = first
            .as_ref()
            .is_some_and(|(r, _)| lead_in_org(g, &chars[r.clone()], doc_province));
        let headline: Vec<char> = lines[..article.head_lines.min(lines.len())]
            .iter()
            .flat_map(|l| chars[l.range.clone()].iter().copied())
            .collect();
        let topic = crate::topic::dominant(lines.iter().map(|l| &chars[l.range.clone()]));
        // the day the news reports (2024年12月30日,记者从……获悉) is the article's own date for
        // its figures, at month precision, rather than the day the page was published; a review
        // of a year keeps its year
        // (the first sentence opens with the day, at its start or right after its dateline:
        // 本报讯(记者……)2024年12月30日,……; a page whose headline and lead lines were joined
        // has the dateline inside its first sentence)
        let reported_day = sentences
            .first()
            .filter(|_| doc_date.period.is_none())
            .and_then(|s| {
                let text = &chars[s.clone()];
                let lead_start = dateline_end(text);
                find_dates(text, &doc_date).into_iter().find_map(|d| {
                    let day = d.as_of.filter(|d| d.len() == "YYYY-MM-DD".len())?;
                    let opens_lead = d.start == lead_start
                        || (d.start > 0 && matches!(text[d.start - 1], ')' | '讯' | '电'));
                    (opens_lead && text.get(d.end) == Some(&','))
                        .then(|| DocDate::parse(Some(&day[.."YYYY-MM".len()])))
                })
            });
        // 目前, 今年 and undated figures of this article are of that day's month
        let article_as_of = match &reported_day {
            Some(day) => day.as_of(),
            None => default_as_of.clone(),
        };
        let article_date = reported_day.unwrap_or_else(|| doc_date.clone());
        // the headline's and the current paragraph's theme, found once for all their figures
        let headline_theme = std::cell::OnceCell::new();
        let mut paragraph_theme = std::cell::OnceCell::new();
        if relevant {
            let mut sticky = home;
            // labels of the article's facts by value and unit, to find a figure said again
            let mut stated: std::collections::HashMap<(u64, String), Vec<String>> =
                std::collections::HashMap::new();
            let mut carried_date: Option<String> = None;
            // the statistical cut-off of the lead (据……显示,截止2018年底,……): a data release
            // counts its later figures without a date of their own, in any paragraph, to it
            let mut cutoff: Option<String> = None;
            // the last year the text names in full (2023年), for 全年 and 过去一年 when undated
            let mut last_year: Option<i32> = None;
            // the organisation a sentence of this paragraph opened with as its subject (据介绍,
            // 睢宁聚蜂同行社工服务站采用……), at its place: the paragraph goes on about it
            let mut org_in_force: Option<Where> = None;
            let mut paragraphs_met = 0;
            let mut paragraph = 0..0;
            // the headline's own figures, read after the body: a title that rounds a figure of
            // the body (近53万人 for 528740人) states a fact of its own, one that restates it
            // (社工服务机构230余个) does not
            let headline_sentences: Vec<Range<usize>> = lines
                [..article.head_lines.min(lines.len())]
                .iter()
                .filter(|l| {
                    !l.keyword_bar
                        && !is_furniture(&chars[l.range.clone()])
                        && !lists_places(g, &chars[l.range.clone()])
                })
                .flat_map(|l| split_sentences(&normalized, l.range.clone()))
                .collect();
            for (index, sentence) in sentences.iter().chain(&headline_sentences).enumerate() {
                let in_headline = index >= sentences.len();
                if in_headline {
                    // about the article's own place and date, like a paragraph of its own (the
                    // lead's statistical cut-off dates the body's figures, not the title's)
                    carried_date = None;
                    cutoff = None;
                    paragraph_theme = std::cell::OnceCell::new();
                    paragraph = sentence.clone();
                    sticky = home;
                } else if sentence.start >= paragraph.end {
                    carried_date = None;
                    org_in_force = None;
                    paragraph_theme = std::cell::OnceCell::new();
                    paragraphs_met += 1;
                    let previous = paragraph.clone();
                    paragraph = sentence.start
                        ..(sentence.start..chars.len())
                            .find(|&i| chars[i] == '\n')
                            .unwrap_or(chars.len());
                    // a new paragraph is about the article's own place again, unless it goes on
                    // with the story of the last one (names a “term” the last one named)
                    if !continues_story(&chars[sentence.clone()], &chars[previous]) {
                        sticky = home;
                    }
                }
                let s = &chars[sentence.clone()];
                // a line that is only a place name (湖南省长沙市) heads what follows: the article's
                // own place from here on
                if let Some(p) = place_heading(g, s, article_province) {
                    home = Some(Where::Place(p));
                    sticky = home;
                    continue;
                }
                let quantities = find_quantities(s);
                let numbers: Vec<usize> = quantities.iter().map(|q| q.number_start).collect();
                let mut places: Vec<(Range<usize>, Where)> =
                    mentions(g, s, article_province, default, &named_cities, &named_most)
                        .into_iter()
                        .filter(|(r, _, _)| crate::attach::designation_holds(s, r, &numbers))
                        .filter(|(r, w, explicit)| match (w, default) {
                            // a place that governs the article's own place says nothing more
                            // specific, unless the text says the whole of it (全市) or it is the
                            // subject of a figure's clause (浙江共计有……)
                            (Where::Place(p), Some(d)) => {
                                *explicit
                                    || *p == d
                                    || !g.contains(*p, d)
                                    || crate::attach::opens_figure_clause(s, r, &numbers)
                            }
                            _ => true,
                        })
                        .map(|(r, w, _)| (r, w))
                        .collect();
                add_local_places(g, s, &mut places, &mut locals, sticky);
                whole_zone(s, &mut places, home, &locals);
                drop_venues_and_join(g, s, &mut places);
                add_part_scopes(g, s, &mut places, sticky);
                let mut dates = find_dates(s, &article_date);
                // 全年, 过去一年 in an undated text: the year it last named (2023年,全市……;
                // 据介绍,全年全市……)
                for d in dates.iter_mut().filter(|d| d.as_of.is_none()) {
                    let word: String = s[d.start..d.end].iter().collect();
                    if word == "全年" || crate::dates::PAST_YEAR.contains(&word.as_str()) {
                        d.as_of = last_year.map(|y: i32| format!("{y:04}"));
                    }
                }
                if let Some(y) = dates.iter().rev().find_map(|d| {
                    let written = s.get(d.start..d.start + 5)?;
                    let year: String = written[..4].iter().collect();
                    (written[4] == '年' && d.as_of.is_some()).then(|| year.parse().ok())?
                }) {
                    last_year = Some(y);
                }
                // (frames are the body's, in text order, for the points pass)
                frames.extend((!in_headline).then(|| {
                    SentenceFrame {
                        range: sentence.clone(),
                        article: articles.len(),
                        paragraph: paragraph.clone(),
                        places: places
                            .iter()
                            .map(|(r, w)| {
                                (r.start, place_ref(g, Some(*w), &locals, article_province))
                            })
                            .collect(),
                        carried_place: sticky
                            .map(|w| place_ref(g, Some(w), &locals, article_province)),
                        dates: dates.clone(),
                        carried_date: carried_date.clone().or_else(|| article_date.as_of()),
                    }
                }));
                // the metric patterns matter only for the sentence's figures
                let (hits, respectively) = if quantities.is_empty() {
                    (catalog::HitIndex::new(Vec::new()), None)
                } else {
                    let hits = patterns.hits(s);
                    let respectively = respectively_metrics(&hits, s);
                    (catalog::HitIndex::new(hits), respectively)
                };
                // the sentence's theme words, found once for all its figures
                let sentence_themes = std::cell::OnceCell::new();
                // (unit, label, metric) of the sentence's figures so far
                let mut sentence_labels: Vec<(String, String, Option<usize>)> = Vec::new();
                // 中央社会工作部相继在……召开3场: the country's figures
                let central = crate::attach::opens_with_central_body(s);
                // (start, metric) of the sentence's figures so far that have a metric
                let mut metrics_before: Vec<(usize, usize)> = Vec::new();
                for (k, q) in quantities.iter().enumerate() {
                    let named = places.iter().rev().find(|(r, _)| r.start < q.number_start);
                    let in_force = if central {
                        Some(Where::National)
                    } else {
                        sticky
                    };
                    // 超过了民政部要求的60%: a central body's figure, unless a place is named
                    // between them
                    let central_before = crate::attach::central_body_before(s, q.number_start)
                        .filter(|&at| named.is_none_or(|(r, _)| r.start < at));
                    let place = match central_before {
                        Some(_) => Some(Where::National),
                        None => named.map(|(_, w)| *w).or(in_force),
                    };
                    // a figure for some places carries the words that say so in its quote
                    let scope_at = named.and_then(|(r, w)| {
                        matches!(w, Where::Part(_)).then_some(sentence.start + r.start)
                    });
                    // the nearest date before the figure that can be resolved (目前 in an
                    // undated page says nothing; 2017年 before it does)
                    let as_of = dates
                        .iter()
                        .rev()
                        .filter(|d| d.end <= q.number_start)
                        .find_map(|d| d.as_of.clone())
                        .or_else(|| carried_date.clone())
                        .or_else(|| cutoff.clone())
                        .or_else(|| article_as_of.clone());
                    // the part of the sentence read for this figure
                    let window = catalog::context_window(s.len(), q.number_start, q.range.end);
                    let previous_end = k.checked_sub(1).map_or(0, |p| quantities[p].range.end);
                    // the fact keeps the text's own words (户外工作者服务站 stays so, never the
                    // catalog's row label); the catalog label only when the text gives none
                    let text_label = crate::labels::label_from_text(
                        s,
                        previous_end,
                        q.range.start,
                        q.range.end,
                        &q.unit,
                    );
                    // the figure's own clause (between clause breaks; 、 joins list items)
                    let clause_start = s[window.start..q.number_start]
                        .iter()
                        .rposition(|&c| is_clause_break(c) && c != '、')
                        .map_or(window.start, |p| window.start + p + 1);
                    let clause_end = (q.range.end..window.end)
                        .find(|&i| {
                            is_clause_break(s[i]) && s[i] != '、' && s[i] != '(' && s[i] != ')'
                        })
                        .unwrap_or(window.end);
                    // the theme the figure's words and setting give it, without a metric
                    let context_theme = |label: &str| {
                        let theme = theme_for(
                            &s[clause_start..clause_end],
                            q.range.start - clause_start..q.range.end - clause_start,
                            sentence_themes.get_or_init(|| catalog::SentenceThemes::new(s)),
                            q.number_start,
                            || {
                                *paragraph_theme.get_or_init(|| {
                                    catalog::first_family(&chars[paragraph.clone()])
                                })
                            },
                            || *headline_theme.get_or_init(|| catalog::first_family(&headline)),
                        );
                        // a clause that names no remit goes on about the figure before it in
                        // its sentence (开展“护航”服务超2000小时,惠及旅客10万余人次)
                        let clause = &s[clause_start..clause_end];
                        let carried = (!catalog::names_remit(clause))
                            .then(|| {
                                metrics_before
                                    .iter()
                                    .rev()
                                    .find(|(at, _)| *at < clause_start)
                                    .map(|&(_, m)| catalog.metrics[m].theme)
                            })
                            .flatten();
                        carried.unwrap_or_else(|| {
                            crate::topic::within_topic(
                                theme,
                                label,
                                &chars[paragraph.clone()],
                                topic,
                            )
                        })
                    };
                    let mut metric = respectively
                        .as_ref()
                        .and_then(|(first, list)| {
                            k.checked_sub(*first).and_then(|i| list.get(i)).copied()
                        })
                        .or_else(|| {
                            let near = &window;
                            metric_in_context(
                                catalog,
                                &hits.within(near),
                                &s[near.clone()],
                                q.number_start - near.start,
                                q.range.end - near.start,
                                &q.unit,
                                || context_theme(&text_label),
                            )
                        });
                    // 今年新建驿站30个 (a change of the stock), 三个示范站点 (a distinguished
                    // kind): no reading of the stock (catalog.rs)
                    let not_the_stock = metric.is_some_and(|m| {
                        catalog::counts_other_than_the_stock(
                            catalog,
                            &hits.within(&window),
                            &s[window.clone()],
                            q.number_start - window.start,
                            q.range.end - window.start,
                            &q.unit,
                            m,
                        )
                    });
                    let mut metric_def = metric.map(|m| &catalog.metrics[m]);
                    let mut unit = q.unit.clone();
                    if unit.is_empty() {
                        match metric_def.and_then(|m| m.unit.clone()) {
                            Some(u) => unit = u,
                            None => continue, // a bare 万 figure whose unit nobody states
                        }
                    }
                    // a figure whose words name nothing counts what the figure before it in
                    // its sentence counts, in the same unit (覆盖率达到80%,力争90%)
                    // (and its metric, unless it is a change of it: 比上年底增加3.1万人)
                    let change = crate::labels::change_before(s, q.number_start);
                    let inherited = crate::labels::names_nothing(&text_label)
                        .then(|| {
                            sentence_labels
                                .iter()
                                .rev()
                                .find(|(u, _, _)| catalog::same_unit(u, &unit))
                        })
                        .flatten();
                    if let (Some((_, _, Some(m))), None, None) = (inherited, change, metric_def) {
                        metric = Some(*m);
                        metric_def = Some(&catalog.metrics[*m]);
                    }
                    // 全市共有商会37家，其中乡镇商会11家: a part is not its whole's metric (a part
                    // with a metric of its own, 其中持证社工320人, keeps it)
                    let part_of_whole = metric.is_some_and(|m| {
                        metrics_before.iter().any(|&(at, earlier)| {
                            earlier == m
                                && s[at..q.number_start].windows(2).any(|w| w == ['其', '中'])
                        })
                    });
                    if part_of_whole {
                        metric = None;
                        metric_def = None;
                    }
                    // 其中省级25家: a level alone is that level's part of what the figure
                    // before counts
                    let level_of = crate::labels::names_a_level(&text_label)
                        .then(|| {
                            sentence_labels
                                .iter()
                                .rev()
                                .find(|(u, _, _)| catalog::same_unit(u, &unit))
                        })
                        .flatten();
                    let label = match (inherited, level_of) {
                        (_, Some((_, l, _))) => format!("{text_label}{l}"),
                        (Some((_, l, _)), None) => format!("{l}{}", change.unwrap_or("")),
                        (None, None) if text_label.is_empty() => {
                            metric_def.map_or_else(String::new, |m| m.label.clone())
                        }
                        (None, None) => text_label,
                    };
                    if label.trim().is_empty() {
                        continue; // a figure nobody can say what it counts is not a fact
                    }
                    // the same figure said again (3个社区党支部 … 3个社区还成立了 …) is one fact
                    let same_figure = stated.entry((q.value.to_bits(), unit.clone())).or_default();
                    let restated = (in_headline && !same_figure.is_empty())
                        || same_figure.iter().any(|earlier| {
                            earlier.starts_with(label.as_str())
                                || label.starts_with(earlier.as_str())
                        });
                    if restated {
                        continue;
                    }
                    same_figure.push(label.clone());
                    let theme = metric_def.map_or_else(|| context_theme(&label), |m| m.theme);
                    let PlaceRef {
                        province,
                        place: place_name,
                        mut level,
                    } = place_ref(g, place, &locals, article_province);
                    // 昭通市秋城志愿服务中心累计实施……: an organisation's own figure, at its place
                    if let Some((r, Where::Place(_))) = named {
                        let whole_word = matches!(s[r.start], '全' | '我' | '本')
                            || s.get(r.start + 1) == Some(&'里');
                        if !whole_word && crate::attach::org_after(s, r.end, q.number_start) {
                            level = Level::Org;
                        }
                    }
                    if home_org && named.is_none() && !central && sticky == home {
                        level = Level::Org;
                    }
                    // “我们站里有17名工作人员” after 睢宁聚蜂同行社工服务站采用……: the
                    // organisation's own figure
                    if named.is_none()
                        && !central
                        && org_in_force.is_some()
                        && sticky == org_in_force
                    {
                        level = Level::Org;
                    }
                    let quote_r = quote_range(
                        chars,
                        sentence,
                        scope_at.unwrap_or(sentence.start + q.number_start),
                        sentence.start + q.number_start,
                        sentence.start + q.range.end,
                    );
                    let span = normalized.original_span(quote_r.clone());
                    let quote = char_index.slice(&doc.text, span[0], span[1]).to_owned();
                    sentence_labels.push((unit.clone(), label.clone(), metric));
                    if let Some(m) = metric {
                        metrics_before.push((q.number_start, m));
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
                            metric: metric_def.filter(|_| !not_the_stock).map(|m| m.key.clone()),
                            label,
                            value: q.value,
                            value_max: q.value_max,
                            unit,
                            qualifier: q.qualifier,
                            as_of,
                            quote,
                            span,
                            also_cited: Vec::new(),
                            target: false,
                        },
                        sentence.clone(),
                    ));
                }
                if let Some(d) = dates.iter().rev().find_map(|d| d.as_of.clone()) {
                    carried_date = Some(d);
                }
                let cut_off = |d: &&crate::dates::DateMention| {
                    d.start >= 2 && matches!(&s[d.start - 2..d.start], ['截', '至' | '止'])
                };
                if let Some(d) = dates
                    .iter()
                    .rev()
                    .filter(cut_off)
                    .find_map(|d| d.as_of.clone())
                    .filter(|_| paragraphs_met == 1)
                {
                    cutoff = Some(d);
                }
                // a place that governs the article's own one (全省 in a city's article) says where
                // its own clause's figure is, and the story goes on about the article's place
                let governs_home = |w: &Where| match (w, default) {
                    (Where::Place(p), Some(d)) => *p != d && g.contains(*p, d),
                    _ => false,
                };
                if let Some((_, w)) = places.iter().rev().find(|(_, w)| *w != Where::National) {
                    if !governs_home(w) {
                        sticky = Some(*w);
                    }
                }
                if let Some((r, w)) = places.first() {
                    org_in_force = (places.len() == 1
                        && matches!(w, Where::Place(_))
                        && crate::attach::opens_with_org(s, r))
                    .then_some(*w);
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
        text: &doc.text,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_are_counted_as_str_matches_counts_them() {
        for text in [
            "",
            "社会工作部推进社会工作,社工和志愿者参与志愿服务。",
            "党建引领基层治理,新兴领域党建,党组织覆盖两企三新;网格员网格化。",
            "外卖骑手骑手快递员,新就业群体新就业群体",
            "信访工作信访事项人民建议征集基层减负村级组织村干部乡村治理",
        ] {
            let chars: Vec<char> = text.chars().collect();
            let by_str: usize = SOCIAL_WORK_TERMS
                .iter()
                .map(|t| text.matches(t).count())
                .sum();
            assert_eq!(count_terms(&chars, SOCIAL_WORK_TERMS), by_str, "{text}");
        }
    }
}
