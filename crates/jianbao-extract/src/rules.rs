//! The fact rules: which figures of which articles become facts, and what each one is about
//! (place, level, theme, metric, label, date).

mod article;
mod figures;
mod labelling;
mod own_level;
mod quotes;

use crate::catalog;
use crate::dates::DocDate;
use crate::ingest::{is_furniture, Normalized};
use crate::places::{Gazetteer, PlaceId};
use crate::placing::*;
use crate::Document;
use jianbao_facts::{Catalog, Fact, Level, SourceInfo};
use std::ops::Range;
use std::sync::Arc;

/// Words that mark an article as being about social work (党建引领, 新就业群体, 志愿服务 …).
pub(crate) const SOCIAL_WORK_TERMS: &[&str] = &[
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
pub(crate) const MIN_TERM_HITS: usize = 3;
/// … and at least this many per thousand characters.
pub(crate) const MIN_TERMS_PER_MILLE: usize = 2;

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
    /// Candidate points with their sentence's normalised range, found by [`crate::points`]
    /// from the places and dates the fact rules gave each body sentence ([`SentenceFrame`]).
    pub points: crate::points::CandidatePoints,
    /// The bigrams of each article merging compares to find reprints, read on the document's
    /// own thread (filled by [`crate::merge::prepare`]; empty until then).
    pub(crate) article_grams: Vec<Option<Vec<u64>>>,
    /// The content hash of each candidate point, for merging to find points said twice (filled
    /// by [`crate::merge::prepare`] like `article_grams`).
    pub(crate) point_hashes: Vec<u64>,
}

#[derive(Debug)]
pub struct ArticleAnalysis {
    pub relevant: bool,
    pub sentences: Vec<Range<usize>>,
    /// Normalised range of the headline, subtitle and byline lines (empty when there are none).
    pub head: Range<usize>,
}

/// A place as facts state it: province, display name and level.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
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
    /// article's own place). Shared with the frames before it while it stays in force: a
    /// copy per sentence was a third of the frames' memory.
    pub carried_place: Option<Arc<PlaceRef>>,
    /// Date expressions of the sentence (offsets within the sentence).
    pub dates: Vec<crate::dates::DateMention>,
    /// The date in force before the sentence (earlier in its paragraph), else the document date;
    /// shared like `carried_place`.
    pub carried_date: Option<Arc<str>>,
}

/// Occurrences of `terms` in `text`, each term's occurrences not overlapping each other (as
/// `str::matches` counts them).
#[cfg(test)]
fn count_terms(text: &[char], terms: &[&str]) -> usize {
    crate::relevance::TermLists::new(&[terms.to_vec()]).counts::<1>(text)[0]
}

/// How many social-work terms an article's text holds (the topic check counts them).
pub(crate) fn term_hits(text: &[char]) -> usize {
    crate::relevance::term_hits(text)
}

/// Whether an article's text is about social work.
pub fn is_relevant(text: &[char]) -> bool {
    let hits = term_hits(text);
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
    // a converter's pinyin glosses split the names they follow (廣(guǎng)東(dōng)省): read past
    // them as the analysis does
    let chars = crate::script::without_glosses(&chars);
    let mut counts: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
    // teasers for other stories (相关新闻, 热点推荐 …) name other provinces: not counted
    // every line after the heading of the teasers is theirs; each line's characters go into one
    // buffer, not a vector a line
    let mut line: Vec<char> = Vec::new();
    for raw in chars.split(|&c| c == '\n') {
        line.clear();
        line.extend(raw.iter().filter(|c| !c.is_whitespace()).map(|&c| {
            if c == '：' {
                ':'
            } else {
                c
            }
        }));
        let line = &line[..];
        if crate::ingest::opens_teasers(line) {
            break;
        }
        // a spam title line's place (…美女香港) is the bait's, not the page's
        if crate::ingest::is_teaser_line(line) || crate::spam::is_advert(line) {
            continue;
        }
        for m in g.find_for_province(line) {
            // (a profile's neighbours, 南与徐州社区相邻, are not where the page is)
            if crate::placing::named_as_neighbour(line, m.range.clone()) {
                continue;
            }
            // (nor is a numbered estate named after a city, 徐州五村)
            if m.short && numbered_estate_at(line, m.range.end) {
                continue;
            }
            *counts.entry(g.province_short(m.place)).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .max_by_key(|(name, n)| (*n, std::cmp::Reverse(name.clone())))
        .map(|(name, _)| name)
        .or_else(|| province_by_epithet(&chars))
        .or_else(|| province_by_source_line(g, &chars))
        .or_else(|| province_by_autonomous_county(g, &chars))
        .or_else(|| province_by_named_after(g, &chars))
}

/// Endings of the proper names a place's short form opens (data/place-named-kinds.txt).
const PLACE_NAMED_KINDS: &str = include_str!("../../../data/place-named-kinds.txt");

/// How far after a short form the ending of the name it opens may lie (溧阳 + 天目湖旅游度假区).
const MAX_NAMED_CHARS: usize = 12;

/// The characters after which a short form may open a name (besides a break or the line's
/// start): the locatives and joiners that end the word before it (位于溧阳……, 在东台……).
const NAME_OPENERS: &str = "在于到至的和与及";

/// Numerals and the measure word that make the words after a short form a clause with a count.
const COUNT_CHARS: &str = "一二三四五六七八九十两百千万个";

/// The province of a county or city whose short form opens a proper name of a park, zone, new
/// town, estate or project (溧阳天目湖旅游度假区, 东台沿海经济区, 临平新城某某项目), when nothing else
/// names a province: the name is the place's, as a paper's own names are, and a page about such a
/// site often names its place no other way. Only a short form that begins a word (after a break,
/// a locative or a joiner: 鞍山 in 马鞍山 opens nothing) and that every place called so shares
/// one province (see [`local_places`]).
fn province_by_named_after(g: &Gazetteer, chars: &[char]) -> Option<String> {
    static KINDS: std::sync::OnceLock<Vec<Vec<char>>> = std::sync::OnceLock::new();
    let kinds = KINDS.get_or_init(|| crate::word_lists::char_words(PLACE_NAMED_KINDS));
    let is_han = crate::labels::is_han;
    (0..chars.len()).find_map(|i| {
        if i > 0 && is_han(chars[i - 1]) && !NAME_OPENERS.contains(chars[i - 1]) {
            return None;
        }
        (2..=MAX_OUTLET_PLACE_CHARS).find_map(|k| {
            let name = chars.get(i..i + k)?;
            let after = &chars[i + k..];
            let rest_len = after
                .iter()
                .take_while(|&&c| is_han(c))
                .take(MAX_NAMED_CHARS)
                .count();
            let rest = &after[..rest_len];
            // (a count between, 南华三个项目, is a clause, not a name)
            let named = (0..rest.len())
                .take_while(|&j| !COUNT_CHARS.contains(rest[j]))
                .any(|j| kinds.iter().any(|w| rest[j..].starts_with(w)));
            if !named || !name.iter().all(|&c| is_han(c)) {
                return None;
            }
            place_province(g, name)
        })
    })
}

/// Whether a numbered estate's numeral and 村 follow at `at` (徐州五村, 长湖地一村): cities' older
/// housing estates are numbered so, and a place's short form before them is the estate's name.
fn numbered_estate_at(line: &[char], at: usize) -> bool {
    line.get(at)
        .is_some_and(|&c| "一二三四五六七八九十".contains(c))
        && line.get(at + 1) == Some(&'村')
}

/// The province of the autonomous counties or banners a page names by their short form only
/// (孟村 for 孟村回族自治县: a county paper's page, its heading the county), when nothing else
/// names a province: the weakest cue, and only where every county so named lies in one province.
fn province_by_autonomous_county(g: &Gazetteer, chars: &[char]) -> Option<String> {
    let mut provinces = chars
        .split(|&c| c == '\n')
        .flat_map(|line| g.find_with_autonomous_short_forms(line))
        .filter(|m| m.short && g.is_autonomous_county(m.place))
        .map(|m| g.province(m.place));
    let first = provinces.next()?;
    provinces
        .all(|p| p == first)
        .then(|| g.province_short(first))
}

/// The longest short form of a place an outlet's name opens with (济源网, 鹤山日报).
const MAX_OUTLET_PLACE_CHARS: usize = 4;

/// The province of the local outlet a page names in its furniture, when its body names no place
/// of any province: a local outlet reports on its own place, but this is the weakest cue and
/// counts only where nothing else does. The outlet is read from the source line (来源:济源网,
/// 来源:某县融媒体中心), the dateline that opens a story (银川新闻网讯, 某县日报讯, 某县发布讯) or
/// the masthead of a county paper's page (今日常山, written alone on its line); a national
/// outlet (人民网讯, 新华网讯) names no place and gives nothing.
fn province_by_source_line(g: &Gazetteer, chars: &[char]) -> Option<String> {
    chars.split(|&c| c == '\n').find_map(|raw| {
        let line: Vec<char> = raw.iter().copied().filter(|c| !c.is_whitespace()).collect();
        if let Some(at) = (0..line.len().saturating_sub(2))
            .find(|&i| line[i] == '来' && line[i + 1] == '源' && matches!(line[i + 2], ':' | '：'))
        {
            return outlet_province(g, &line[at + 3..], false);
        }
        if let Some(name) = masthead_place(raw) {
            return place_province(g, &name);
        }
        outlet_province(g, &line, true)
    })
}

/// The place of a county paper's masthead (今日常山 as the first word of its line, 今日常山
/// 数字报纸): 今日 and a place's short form, nothing more in the word.
fn masthead_place(line: &[char]) -> Option<Vec<char>> {
    let word: Vec<char> = line
        .iter()
        .copied()
        .skip_while(|c| c.is_whitespace())
        .take_while(|c| !c.is_whitespace())
        .collect();
    let name = word.strip_prefix(&['今', '日'][..])?;
    (2..=MAX_OUTLET_PLACE_CHARS)
        .contains(&name.len())
        .then(|| name.to_vec())
}

/// The province of an outlet whose name opens `outlet` (济源网, 鹤山日报), read by the short
/// form of its place; as a dateline (`dateline`), the outlet's name must end in 讯 (银川新闻网讯).
fn outlet_province(g: &Gazetteer, outlet: &[char], dateline: bool) -> Option<String> {
    outlet_places(g, outlet, dateline).map(|places| g.province_short(g.province(places[0])))
}

/// The place of the local outlet whose dateline opens a story's first sentence (银川新闻网讯,
/// 某县日报讯), when one city or county is called so: the article's place where neither its
/// first sentence nor its headline names one, before the province alone.
pub(crate) fn dateline_outlet_place(g: &Gazetteer, sentence: &[char]) -> Option<PlaceId> {
    let end = crate::placing::dateline_end(sentence);
    let dateline: Vec<char> = sentence[..end]
        .iter()
        .copied()
        .filter(|c| !c.is_whitespace())
        .collect();
    let mut places = outlet_places(g, &dateline, true)?;
    places.dedup();
    match places[..] {
        [one] => Some(one),
        _ => None,
    }
}

/// The place of the local outlet a page's source line names (来源:济源网, 来源:某县融媒体中心),
/// when one city or county is called so: where a city's own news names its zone by kind alone
/// (高新区……), the city it lies in.
pub(crate) fn source_line_place(g: &Gazetteer, chars: &[char]) -> Option<PlaceId> {
    chars.split(|&c| c == '\n').find_map(|raw| {
        let line: Vec<char> = raw.iter().copied().filter(|c| !c.is_whitespace()).collect();
        let at = (0..line.len().saturating_sub(2)).find(|&i| {
            line[i] == '来' && line[i + 1] == '源' && matches!(line[i + 2], ':' | '：')
        })?;
        let mut places = outlet_places(g, &line[at + 3..], false)?;
        places.dedup();
        match places[..] {
            [one] => Some(one),
            _ => None,
        }
    })
}

/// The places an outlet whose name opens `outlet` is named after (see [`outlet_province`]).
fn outlet_places(g: &Gazetteer, outlet: &[char], dateline: bool) -> Option<Vec<PlaceId>> {
    (2..=MAX_OUTLET_PLACE_CHARS.min(outlet.len())).find_map(|k| {
        let rest = &outlet[k..];
        let word = crate::attach::OUTLET_WORDS
            .iter()
            .map(|w| w.chars().count())
            .zip(crate::attach::OUTLET_WORDS)
            .find(|(_, w)| rest.starts_with(&w.chars().collect::<Vec<_>>()))
            .map(|(n, _)| n)
            .or_else(|| (rest.first() == Some(&'网')).then_some(1))?;
        // 日报讯, 新闻网讯, 网讯: the outlet word, at most a character (网) more, then 讯
        if dateline
            && !rest[word..].iter().take(2).any(|&c| c == '讯')
            && !rest[..word].ends_with(&['讯'])
        {
            return None;
        }
        local_places(g, &outlet[..k])
    })
}

/// The province of the places called `name` in short form, only when every place so called is
/// a city or county of one province (an urban district's short form is as often a regional
/// outlet's word: 华龙网 is Chongqing's, not 华龙区's).
fn place_province(g: &Gazetteer, name: &[char]) -> Option<String> {
    local_places(g, name).map(|places| g.province_short(g.province(places[0])))
}

/// The places called `name` in short form, when every one is a city or county of one province
/// (see [`place_province`]).
fn local_places(g: &Gazetteer, name: &[char]) -> Option<Vec<PlaceId>> {
    let places = g.places_called(name);
    let province = g.province(*places.first()?);
    places
        .iter()
        .all(|&p| g.province(p) == province && g.name(p).ends_with(['市', '县']))
        .then_some(places)
}

/// Literary names of provinces (陇原 for 甘肃), one a line with the province's short name.
const PROVINCE_EPITHETS: &str = include_str!("../../../data/province-epithets.txt");

/// Campaigns one province names as its own (百千万工程 for 广东), one a line with the province's
/// short name: read as its literary names are.
const PROVINCE_CAMPAIGNS: &str = include_str!("../../../data/province-campaigns.txt");

/// The province a page names only by a literary name (情暖陇原) or a campaign of its own (百千万
/// 工程): the first such name written.
fn province_by_epithet(chars: &[char]) -> Option<String> {
    type Epithets = Vec<(Vec<char>, &'static str)>;
    static EPITHETS: std::sync::OnceLock<Epithets> = std::sync::OnceLock::new();
    let epithets = EPITHETS.get_or_init(|| {
        PROVINCE_EPITHETS
            .lines()
            .chain(PROVINCE_CAMPAIGNS.lines())
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .map(|(name, province)| (name.trim().chars().collect(), province.trim()))
            .collect()
    });
    (0..chars.len()).find_map(|i| {
        epithets
            .iter()
            .find(|(name, _)| chars[i..].starts_with(name))
            .map(|(_, province)| (*province).to_owned())
    })
}

/// What the whole page says before any article is read (the page pass): its normalised text,
/// its date and province, and the places it names, which every article's places are read
/// against (a county's short name counts only with its city named somewhere on the page).
struct Page<'p> {
    g: &'static Gazetteer,
    doc: &'p Document,
    catalog: &'p Catalog,
    normalized: Normalized,
    doc_date: DocDate,
    /// The date of figures that state none: the year a review reports, else the page's date.
    default_as_of: Option<String>,
    doc_province: Option<PlaceId>,
    patterns: std::sync::Arc<catalog::Patterns>,
    char_index: crate::ingest::CharIndex,
    named_cities: Vec<PlaceId>,
    named_most: NamedMost,
    /// Whether each line opens the page's tail of teasers for other stories (新闻推荐), found
    /// once for the page and each article's body.
    opens_teasers: Vec<bool>,
}

impl<'p> Page<'p> {
    /// Reads the page, and the streets and communities it names after their district.
    fn read(
        doc: &'p Document,
        info: Option<&SourceInfo>,
        catalog: &'p Catalog,
    ) -> (Page<'p>, Locals) {
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
        // (a title in traditional characters read in simplified form, as the text is)
        let title: Vec<char> = match info.map(|i| i.title.as_str()) {
            Some(t) if t != doc.file => Normalized::new(t).chars,
            _ => normalized
                .lines
                .first()
                .map(|l| normalized.chars[l.range.clone()].to_vec())
                .unwrap_or_default(),
        };
        let mut doc_date = doc_date;
        // the lead: the first line long enough to be a paragraph rather than a headline
        const MIN_LEAD_CHARS: usize = 40;
        let lead = || {
            normalized
                .lines
                .iter()
                .map(|l| &normalized.chars[l.range.clone()])
                .find(|l| l.len() >= MIN_LEAD_CHARS && !is_furniture(l))
        };
        // the short lines before the lead: a page's title may follow its crumbs and masthead
        const MAX_HEADING_LINES: usize = 12;
        let headings = normalized
            .lines
            .iter()
            .map(|l| &normalized.chars[l.range.clone()])
            .take_while(|l| l.len() < MIN_LEAD_CHARS || is_furniture(l))
            .take(MAX_HEADING_LINES);
        // a page's date line its lead's dateline contradicts is a crawler's or an archive's stamp
        if DocDate::parse(info.and_then(|i| i.date.as_deref()))
            .year
            .is_none()
            && lead().is_some_and(|l| crate::dates::page_date_stands_apart(&doc_date, l))
        {
            doc_date = DocDate::default();
        }
        // a page dated to its year only, whose lead's dateline gives the day (12月2日,……)
        if let Some(month) = lead().and_then(|l| crate::dates::lead_month_of_year(&doc_date, l)) {
            doc_date.month = Some(month);
        }
        // an undated page whose lead opens with its story's date (2024年12月30日,记者……获悉)
        if doc_date.year.is_none() {
            if let Some(dated) = lead().and_then(crate::dates::lead_dateline) {
                doc_date = dated;
            }
        }
        doc_date.period = crate::dates::review_year(&title)
            .or_else(|| headings.into_iter().find_map(crate::dates::review_year))
            .or_else(|| {
                // a review that does not name its year (一年来, 年终盘点) in its title or lead
                crate::dates::unnamed_review_year(&title, &doc_date)
                    .or_else(|| crate::dates::unnamed_review_year(lead()?, &doc_date))
                    // a lead that opens with the year before (2024年,……) published early
                    .or_else(|| crate::dates::lead_review_year(lead()?, &doc_date))
            })
            .or_else(|| {
                // an undated text: the year its opening says it reports
                doc_date
                    .year
                    .is_none()
                    .then(|| crate::dates::lead_year(lead()?))?
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
        let mut opens_teasers = Vec::with_capacity(normalized.lines.len());
        for line in &normalized.lines {
            let text = &chars[line.range.clone()];
            let mut found = crate::placing::find_places(g, text, doc_province);
            // a profile's neighbours (东与二七社区相邻) name no place of the page
            found.retain(|m| !crate::placing::named_as_neighbour(text, m.range.clone()));
            let opens = crate::ingest::opens_teasers(text);
            opens_teasers.push(opens);
            in_teasers = in_teasers || opens;
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
        // a page that names no city but one county-level city of its province by its short
        // form, again and again (鹤山 for 江门's 鹤山市), names that city's place as surely
        if named_cities.is_empty() {
            named_cities.extend(lone_county_city(g, &page_places, doc_province));
        }
        named_cities.sort_unstable();
        named_cities.dedup();
        let named_most = NamedMost::count(g, &page_places);
        let page = Page {
            g,
            doc,
            catalog,
            normalized,
            doc_date,
            default_as_of,
            doc_province,
            patterns,
            char_index,
            named_cities,
            named_most,
            opens_teasers,
        };
        (page, locals)
    }
}

/// How often a page must name a county-level city by its short form alone for the short form to
/// count where the page names no city (see [`lone_county_city`]).
const LONE_COUNTY_CITY_MENTIONS: usize = 2;

/// The city of the one county-level city (鹤山市, 义乌市) a page that names no city names by its
/// short form, at least twice and inside the page's province, with no other place so named: a
/// county-level city's own news calls it so throughout. A short form is otherwise held only with
/// its city named (上城 is as often another word), but a page about one such city never names
/// the prefecture around it. Districts' short forms stay doubtful.
fn lone_county_city(
    g: &Gazetteer,
    page_places: &[crate::places::PlaceMention],
    province: Option<PlaceId>,
) -> Option<PlaceId> {
    let province = province?;
    let mut lone: Option<(PlaceId, usize)> = None;
    for m in page_places {
        if g.level(m.place) == Level::Province {
            continue;
        }
        let county_city = m.short
            && g.level(m.place) == Level::District
            && g.name(m.place).ends_with('市')
            && g.province(m.place) == province;
        match lone {
            _ if !county_city => return None,
            None => lone = Some((m.place, 1)),
            Some((p, n)) if p == m.place => lone = Some((p, n + 1)),
            Some(_) => return None,
        }
    }
    let (place, n) = lone?;
    (n >= LONE_COUNTY_CITY_MENTIONS)
        .then(|| g.parent(place))
        .flatten()
}

/// Analyses one document: articles, relevance, and a candidate fact for every reportable figure.
///
/// The passes: the page ([`Page::read`]), then for each article its segments
/// ([`article::Segment`]: the body sentences, without page furniture), its own place and date
/// ([`article::Setting`]: headline, dateline, lead), and its sentences read in order
/// ([`figures::read_article`]: recognise each sentence's places and dates, attach each figure
/// to them and classify it). Merging the documents' facts is [`crate::merge`]'s.
pub fn analyse<'a>(
    doc: &'a Document,
    info: Option<&SourceInfo>,
    catalog: &Catalog,
) -> AnalysedDoc<'a> {
    let (page, mut locals) = Page::read(doc, info, catalog);
    let mut articles = Vec::new();
    let mut facts = Vec::new();
    let mut frames = Vec::new();
    let mut points = crate::points::Finder::new(&doc.text);
    for article in page.normalized.articles() {
        let segment = article::Segment::new(&page, &article);
        let setting = article::Setting::new(&page, &segment, &mut locals);
        let first_fact = facts.len();
        if segment.relevant {
            figures::read_article(
                &page,
                &segment,
                &setting,
                &mut locals,
                articles.len(),
                &mut facts,
                &mut frames,
            );
        }
        articles.push(segment.into_analysis());
        // the points pass reads the article's frames now: a page's frames held until its
        // end were 2.3 MB on a 2 MB text
        points.read(
            &page.normalized,
            &articles,
            frames.drain(..),
            &facts[first_fact..],
        );
    }
    AnalysedDoc {
        file: doc.file.clone(),
        text: &doc.text,
        normalized: page.normalized,
        articles,
        facts,
        points: points.finish(),
        article_grams: Vec::new(),
        point_hashes: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_province_named_with_glosses_is_the_pages_province() {
        for (text, province) in [
            (
                "遼(liáo)寧(níng)省誌願服務工作會議召開,全省註冊誌願者增加。",
                "辽宁",
            ),
            (
                "記者從廣[guǎng]東[dōng]省民政廳獲悉,社會工作者隊伍壯大。",
                "广东",
            ),
            (
                "甘【gān】肅【sù】省社會工作部部署新就業群體服務工作。",
                "甘肃",
            ),
        ] {
            assert_eq!(dominant_province(text).as_deref(), Some(province), "{text}");
        }
    }

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
