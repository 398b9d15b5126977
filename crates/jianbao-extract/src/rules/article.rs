//! The article passes: segment an article into its sentences, then recognise its own place
//! and date (what its headline and lead say) before its figures are read.

use super::{is_relevant, ArticleAnalysis, Page};
use crate::dates::{find_dates, DocDate};
use crate::ingest::{is_furniture, split_sentences, Article, Line};
use crate::places::PlaceId;
use crate::placing::*;
use jianbao_facts::{Level, Theme};
use std::cell::OnceCell;
use std::ops::Range;

/// One article cut into what is read: its lines, whether it is about social work, and its body
/// sentences without page furniture, captions or teasers (segment pass: a figure or place
/// outside these sentences is not the article's).
pub(super) struct Segment<'n> {
    /// The article's lines, headline first.
    pub(super) lines: &'n [Line],
    /// How many of [`Segment::lines`] are headlines, subtitles or bylines.
    head_lines: usize,
    pub(super) relevant: bool,
    /// Normalised ranges of the body sentences, in text order.
    pub(super) sentences: Vec<Range<usize>>,
}

impl<'n> Segment<'n> {
    pub(super) fn new(page: &'n Page, article: &Article) -> Segment<'n> {
        let (g, normalized) = (page.g, &page.normalized);
        let chars = &normalized.chars;
        let lines = &normalized.lines[article.lines.clone()];
        let text_range =
            lines.first().map_or(0, |l| l.range.start)..lines.last().map_or(0, |l| l.range.end);
        let relevant = is_relevant(&chars[text_range.clone()]);
        let head_lines = article.head_lines.min(lines.len());
        let body = &lines[head_lines..];
        // the teasers for other stories after 新闻推荐 are not the article's
        let body = &body[..page.opens_teasers[article.lines.start + head_lines..article.lines.end]
            .iter()
            .position(|&opens| opens)
            .unwrap_or(body.len())];
        // page furniture, captions, keyword bars and teasers for other stories give no figure
        // and set no place
        let sentences: Vec<Range<usize>> = body
            .iter()
            .filter(|l| {
                let text = &chars[l.range.clone()];
                !l.keyword_bar && !crate::ingest::is_teaser_line(text) && !lists_places(g, text)
            })
            .filter_map(|l| {
                let text = &chars[l.range.clone()];
                if !is_furniture(text) {
                    return Some(l.range.clone());
                }
                // a credit or caption that runs on into the body: the body after it
                crate::ingest::body_after_credit(text).map(|k| l.range.start + k..l.range.end)
            })
            .flat_map(|range| split_sentences(normalized, range))
            .collect();
        // a community's, village's or street's own profile page sizes its unit without the
        // remit's words (profile_page.rs)
        let relevant = relevant || {
            let article_chars = &chars[text_range.clone()];
            let title = crate::locals::entry_name(article_chars)
                .map(|r| &article_chars[r])
                .or_else(|| {
                    lines[..head_lines]
                        .iter()
                        .find(|l| !l.keyword_bar && !is_furniture(&chars[l.range.clone()]))
                        .map(|l| &chars[l.range.clone()])
                });
            let first = sentences.first().map(|r| &chars[r.clone()]);
            crate::profile_page::is_unit_profile(g, title, first, article_chars)
        };
        Segment {
            lines,
            head_lines,
            relevant,
            sentences,
        }
    }

    /// The headline, subtitle and byline lines.
    pub(super) fn head(&self) -> &'n [Line] {
        &self.lines[..self.head_lines]
    }

    /// What the later passes keep of the article.
    pub(super) fn into_analysis(self) -> ArticleAnalysis {
        let head_lines = self.head();
        ArticleAnalysis {
            relevant: self.relevant,
            sentences: self.sentences,
            head: head_lines.first().map_or(0, |l| l.range.start)
                ..head_lines.last().map_or(0, |l| l.range.end),
        }
    }
}

/// How far into a headline or lead the name of the organisation an article is about is read
/// (a place and the organisation's name: 某自治区青年志愿者协会).
const HOME_ORG_NAME_CHARS: usize = 24;

/// Where and when an article stands before any of its figures is read (recognise pass for the
/// article: its headline, dateline and lead name its place and its reporting date, which every
/// figure without a place or date of its own inherits).
pub(super) struct Setting {
    /// The article's own place: its lead's, else its headline's, else the document's province.
    pub(super) default: Option<PlaceId>,
    pub(super) article_province: Option<PlaceId>,
    /// The article's own place as figures are attached to it (a street or community of the
    /// lead, 全国 …).
    pub(super) home: Option<Where>,
    /// The headline names the article's own street or community (上海市长寿路街道:……): the
    /// city or province its body names around it governs that street and names no figure of
    /// its own (see [`governs_home`]).
    pub(super) headed_by_local: bool,
    /// The lead is set in one organisation: the figures of the article's own place are its.
    pub(super) home_org: bool,
    /// That organisation is a place's volunteer association (placing/deployments.rs).
    pub(super) home_association: bool,
    /// The headline lines' characters, joined.
    pub(super) headline: Vec<char>,
    /// The headline's theme, found once for all the article's figures that need it.
    pub(super) headline_theme: OnceCell<Option<Theme>>,
    pub(super) topic: Option<Theme>,
    pub(super) article_as_of: Option<String>,
    pub(super) article_date: DocDate,
}

impl Setting {
    pub(super) fn new(page: &Page, segment: &Segment, locals: &mut Locals) -> Setting {
        let g = page.g;
        let doc_province = page.doc_province;
        let named_cities = &page.named_cities;
        let doc_date = &page.doc_date;
        let default_as_of = &page.default_as_of;
        let chars = &page.normalized.chars;
        let lines = segment.lines;
        let sentences = &segment.sentences;
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
            // a total split by its parts (市12345热线共受理诉求1655件,其中大冶市573件,阳新县278件):
            // the parts name no actor; two or more in one place are its parts, and the lead is
            // about that whole (placing/breakdowns.rs)
            let mut parts: Vec<PlaceId> = Vec::new();
            if !in_headline {
                found.retain(|m| {
                    let part = crate::placing::breakdown_part(text, &m.range);
                    if part {
                        parts.push(m.place);
                    }
                    !part
                });
                if found.is_empty() && parts.len() >= 2 {
                    let whole = g.parent(parts[0]);
                    if whole.is_some() && parts.iter().all(|&p| g.parent(p) == whole) {
                        return whole;
                    }
                }
            }
            // the lead of a story names its actor first (青海省委社会工作部联合西宁市委……): the
            // first place written (with the names joined to it: 杭州市上城区紫阳街道), not
            // partners or places named later
            if !in_headline {
                // a byline in brackets ((新重庆-重庆日报记者 周传勇)) names the paper, not the actor
                let in_brackets = inside_pairs(text, '(', ')');
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
        let in_headline = segment
            .head()
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
            // (吴兴区等8个单位获评……: examples of a commended set are not what the lead is about)
            .map(|r| crate::awards::lead_before_examples(g, chars, r.clone(), doc_province))
            .collect();
        let first_placed = lead_sentences
            .iter()
            .take(OPENING_SENTENCES)
            .enumerate()
            .find_map(|(k, s)| place_of(s, false).map(|p| (k, p)));
        // (an anecdote's scene under a headline that names the article's place: see
        // `tells_anecdote`)
        let scene = |r: &Range<usize>| in_headline.is_some() && tells_anecdote(&chars[r.clone()]);
        let in_first_sentence = first_placed
            .filter(|&(k, _)| !scene(&lead_sentences[k]))
            .map(|(_, p)| p)
            .filter(|&p| in_headline.is_none_or(|h| g.contains(h, p)));
        // a national report (我国社会组织……; 记者从民政部获悉,截至……全国共有……): an opening
        // that speaks of the country before it names any place, and names no whole of its own
        // (我省, 全市), is the country's, whichever province the page names most or a manifest
        // gives (a later section's 浙江:……, a file of a province's bundle)
        let mut opening_lines: Vec<Range<usize>> = segment
            .head()
            .iter()
            .filter(|l| !l.keyword_bar && !is_furniture(&chars[l.range.clone()]))
            .map(|l| l.range.clone())
            .collect();
        let before_place = opening_lines.len() + first_placed.map_or(OPENING_SENTENCES, |(k, _)| k);
        opening_lines.extend(lead_sentences.iter().take(OPENING_SENTENCES).cloned());
        let national = in_headline.is_none()
            && opening_lines
                .iter()
                .take(before_place)
                .any(|r| crate::national::speaks_of_country(&chars[r.clone()]))
            && !opening_lines
                .iter()
                .any(|r| crate::national::names_own_whole(&chars[r.clone()]));
        let default = if national {
            None
        } else {
            // a local outlet's dateline (银川新闻网讯) where the page names its place nowhere
            // better, inside the page's province
            let by_dateline = lead_sentences
                .iter()
                .take(OPENING_SENTENCES)
                .find_map(|s| super::dateline_outlet_place(g, &chars[s.clone()]))
                .filter(|&p| doc_province.is_none_or(|d| g.contains(d, p)));
            // a county's or city's own outlet (福鼎新闻网讯) speaks of its place as 我市, 我县:
            // where its lead does so, a place it names that the outlet's place does not hold
            // (宁德市市委常委……率队来我市, 秭归县委……来我市考察) is a visitor's or a superior's,
            // and the article is about the outlet's own place
            let own_voice = by_dateline.filter(|&p| {
                in_first_sentence.is_some_and(|q| q != p && !g.contains(p, q))
                    && lead_sentences
                        .iter()
                        .take(OPENING_SENTENCES)
                        .any(|s| speaks_as_own(&chars[s.clone()], g.name(p)))
            });
            own_voice
                .or(in_first_sentence)
                .or(in_headline)
                .or(by_dateline)
                .or(doc_province)
        };
        let article_province = default.map(|p| g.province(p));
        // the article's own street, community or zone, when its opening names one inside its
        // place: anywhere in its first sentence (近日,坪山区石井街道……) or headline, else first
        // in the next opening sentence that names a place (……!59岁的她是杨浦区鞍山一村第二居民区
        // 党总支书记)
        let mut home = default.map(Where::Place);
        let inside = |p: PlaceId| default.is_none_or(|d| g.contains(d, p) || g.contains(p, d));
        let first = lead_sentences.first().filter(|s| !scene(s)).map(|s| {
            (
                s.start + dateline_end(&chars[s.clone()])..s.end,
                false,
                false,
            )
        });
        let headlines = segment
            .head()
            .iter()
            .filter(|l| !l.keyword_bar)
            .map(|l| (l.range.clone(), false, true));
        let opening = lead_sentences
            .iter()
            .take(OPENING_SENTENCES)
            .skip(1)
            .filter(|s| !scene(s))
            .map(|s| (s.clone(), true, false));
        let mut headed_by_local = false;
        for (r, first_chain, in_headline) in first
            .clone()
            .into_iter()
            .chain(headlines.clone())
            .chain(opening)
        {
            match local_named(g, &chars[r], doc_province, locals, &inside, first_chain) {
                Some(Some(w)) => {
                    home = Some(w);
                    headed_by_local = in_headline;
                    break;
                }
                Some(None) if first_chain => break,
                _ => {}
            }
        }
        // the headline line itself (past crumbs and furniture above it); a wiki entry is titled
        // by its infobox's name (中文名:府前西社区), its first line being a section heading
        let headline_line = crate::locals::entry_name(chars)
            .map(|r| &chars[r])
            .or_else(|| {
                segment
                    .head()
                    .iter()
                    .find(|l| !l.keyword_bar && !is_furniture(&chars[l.range.clone()]))
                    .map(|l| &chars[l.range.clone()])
            });
        // a street or community the headline or lead names with no place before it lies where the
        // dateline, byline or source line says (中新网杭州3月2日电; 来源:皇姑区融媒体中心)
        if !matches!(home, Some(Where::Local(..))) && !national {
            let around = page.named_most.around_unit(g, default, doc_province);
            let lead = first.as_ref().map(|(r, _, _)| &chars[r.clone()]);
            let around = around.map(Where::Place);
            if let Some((w, named_in_headline)) =
                local_subject(g, locals, headline_line, lead, doc_province, around)
            {
                home = Some(w);
                headed_by_local = named_in_headline;
            }
        }
        // a city's outlet names its own development zone by kind alone (高新区……, 来源:济源网):
        // an article whose headline or lead opens so is about that zone
        let city_level = default.is_none_or(|d| g.level(d) <= Level::City);
        if !matches!(home, Some(Where::Local(..))) && !national && city_level {
            let city = page
                .named_most
                .around_unit(g, default, doc_province)
                .or_else(|| super::source_line_place(g, chars))
                .filter(|&c| doc_province.is_none_or(|p| g.contains(p, c)))
                .filter(|&c| default.is_none_or(|d| d == c || g.contains(d, c)));
            let lead = first.as_ref().map(|(r, _, _)| &chars[r.clone()]);
            if let Some((w, named_in_headline)) =
                bare_zone_subject(g, locals, headline_line, lead, city)
            {
                home = Some(w);
                headed_by_local = named_in_headline;
            }
        }
        // an article that names no province nor city but 全国 in its opening is the country's
        // (全国快递骑手总人数超……)
        if national
            || (default.is_none()
                && opening_lines.iter().any(|r| {
                    let text = &chars[r.clone()];
                    (0..text.len()).any(|i| national_at(text, i))
                }))
        {
            home = Some(Where::National);
        }
        // a page that names no place at all, nor a province (a national organisation's story
        // reposted by a site of no place: 蓝天救援队……他们的队伍在全国拥有418支), is the country's
        // when its body speaks of the country anywhere (在全国, 遍及全国, 我国): its figures are
        // otherwise nowhere
        if home.is_none()
            && default.is_none()
            && page.named_most.city.is_none()
            && page.named_most.district.is_none()
            && lines
                .iter()
                .any(|l| crate::national::names_country_anywhere(&chars[l.range.clone()]))
        {
            home = Some(Where::National);
        }
        // a lead set in one organisation (在普陀区市场监督管理局……监管所,): the figures the
        // article tells of its own place are that organisation's
        let home_org = first
            .as_ref()
            .is_some_and(|(r, _, _)| lead_in_org(g, &chars[r.clone()], doc_province))
            || article_about_org(
                g,
                headline_line,
                first.as_ref().map(|(r, _, _)| &chars[r.clone()]),
                doc_province,
            );
        let home_association = home_org
            && [
                headline_line,
                first.as_ref().map(|(r, _, _)| &chars[r.clone()]),
            ]
            .into_iter()
            .flatten()
            .any(|text| {
                crate::placing::names_association(&text[..text.len().min(HOME_ORG_NAME_CHARS)])
            });
        let headline: Vec<char> = segment
            .head()
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
                // (a day months before the page's own date, 2月11日 on a page of December, is
                // an event's that the page tells later: it dates its own paragraph's figures,
                // README as_of rule 1, and the page's date stays the article's, rule 2)
                if crate::dates::page_date_stands_apart(doc_date, text) {
                    return None;
                }
                let lead_start = dateline_end(text);
                find_dates(text, doc_date).into_iter().find_map(|d| {
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
        Setting {
            default,
            article_province,
            home,
            headed_by_local,
            home_org,
            home_association,
            headline,
            headline_theme: OnceCell::new(),
            topic,
            article_as_of,
            article_date,
        }
    }
}

/// Whether `sentence` speaks of the place called `name` in the first person (我市 for 福鼎市, 我县
/// for 当涂县, 我旗 for a banner): the words a place's own outlet uses for it.
fn speaks_as_own(sentence: &[char], name: &str) -> bool {
    let Some(kind) = name.chars().last() else {
        return false;
    };
    sentence.windows(2).any(|w| w[0] == '我' && w[1] == kind)
}
