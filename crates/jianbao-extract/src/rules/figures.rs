//! Reading an article's sentences in order: recognise each sentence's places and dates, attach
//! every figure to the place and date in force, and classify it (label, metric, theme, level)
//! into a candidate fact.

use super::article::{Segment, Setting};
use super::quotes::{quote_range, showing_the_label};
use super::{labelling, own_level};
use super::{Page, PlaceRef, SentenceFrame};
use crate::catalog::{self, is_clause_break, theme_for};
use crate::dates::{find_dates, DateMention, DocDate};
use crate::ingest::{is_furniture, split_sentences};
use crate::numbers::{find_quantities, Quantity};
use crate::places::{Gazetteer, PlaceId};
use crate::placing::*;
use jianbao_facts::{Fact, Level, Theme};
use std::cell::OnceCell;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

mod carried;

/// A candidate fact with the normalised range of the sentence it came from.
pub(super) type SentenceFact = (Fact, Range<usize>);

/// Reads a relevant article's body sentences, then its headline's, into candidate facts and
/// (for the body) sentence frames.
pub(super) fn read_article(
    page: &Page,
    segment: &Segment,
    setting: &Setting,
    locals: &mut Locals,
    article: usize,
    facts: &mut Vec<SentenceFact>,
    frames: &mut Vec<SentenceFrame>,
) {
    let (g, normalized) = (page.g, &page.normalized);
    let chars = &normalized.chars;
    let article_province = setting.article_province;
    let article_date = &setting.article_date;
    let mut reading = Reading::new(setting.home);
    // the carried place and date of the last frame, shared by the frames after it that carry
    // the same
    let mut shared_place: Option<(Where, Arc<PlaceRef>)> = None;
    let mut shared_date: Option<Arc<str>> = None;
    let sentences = &segment.sentences;
    let headline_sentences: Vec<Range<usize>> = segment
        .head()
        .iter()
        .filter(|l| {
            !l.keyword_bar
                && !is_furniture(&chars[l.range.clone()])
                && !lists_places(g, &chars[l.range.clone()])
        })
        .flat_map(|l| split_sentences(normalized, l.range.clone()))
        .collect();
    for (index, sentence) in sentences.iter().chain(&headline_sentences).enumerate() {
        let in_headline = index >= sentences.len();
        reading.enter(chars, sentence, in_headline);
        let s = &chars[sentence.clone()];
        // a line that is only a place name (湖南省长沙市) heads what follows: the article's
        // own place from here on
        if let Some(p) = place_heading(g, s, article_province) {
            reading.home = Some(Where::Place(p));
            reading.sticky = reading.home;
            continue;
        }
        // 街道现有……, 社区共有……: the unit of that kind the text is about
        if let Some(unit) = unit_pointed_back(locals, s, reading.sticky, reading.home) {
            reading.sticky = Some(unit);
        }
        let quantities = find_quantities(s);
        let places = reading.sentence_places(page, setting, locals, s, &quantities);
        let dates = reading.sentence_dates(s, article_date);
        let (paragraph, sticky, carried_date) =
            (&reading.paragraph, reading.sticky, &reading.carried_date);
        // (frames are the body's, in text order, for the points pass)
        if !in_headline {
            let carried_place = sticky.map(|w| {
                shared_place
                    .as_ref()
                    .filter(|(at, _)| *at == w)
                    .map(|(_, p)| Arc::clone(p))
                    .unwrap_or_else(|| {
                        let p = Arc::new(place_ref(g, Some(w), locals, article_province));
                        shared_place = Some((w, Arc::clone(&p)));
                        p
                    })
            });
            let carried_date = carried_date
                .clone()
                .or_else(|| article_date.as_of())
                .map(|d| match &shared_date {
                    Some(same) if **same == *d => Arc::clone(same),
                    _ => Arc::clone(shared_date.insert(Arc::from(d))),
                });
            frames.push(SentenceFrame {
                range: sentence.clone(),
                article,
                paragraph: paragraph.clone(),
                places: places
                    .iter()
                    .map(|(r, w)| (r.start, place_ref(g, Some(*w), locals, article_province)))
                    .collect(),
                carried_place,
                dates: dates.clone(),
                carried_date,
            });
        }
        let patterns = &page.patterns;
        // the metric patterns matter only for the sentence's figures
        let (hits, respectively) = if quantities.is_empty() {
            (catalog::HitIndex::new(Vec::new()), None)
        } else {
            let hits = patterns.hits(s);
            let respectively = catalog::respective_metrics(&hits, s);
            (catalog::HitIndex::new(hits), respectively)
        };
        let mut figures = SentenceFigures {
            s,
            sentence,
            in_headline,
            quantities,
            places,
            dates,
            hits,
            respectively,
            sentence_themes: OnceCell::new(),
            // 中央社会工作部相继在……召开3场: the country's figures
            central: crate::attach::opens_with_central_body(s),
            // 该协会现有会员120家, 站点共有骑手300名: an organisation's own figures
            org_subject: crate::attach::org_subject(s).or_else(|| {
                // 天鹰救援队组织过……: an organisation named before, by its name
                crate::placing::own_figures::named_org_subject(s, &chars[..sentence.start])
            }),
            sentence_labels: Vec::new(),
            metrics_before: Vec::new(),
            labelled_last: None,
            nameless_changes: Vec::new(),
        };
        for k in 0..figures.quantities.len() {
            reading.classify_figure(page, setting, locals, &mut figures, k, facts);
        }
        labelling::name_changes_told_first(page, &figures.nameless_changes, facts);
        reading.carry_forward(g, setting, s, &figures.places, &figures.dates);
        // (a place inside the subject is where the organisation is: 成立于2012年的某县某某联盟)
        if figures
            .org_subject
            .as_ref()
            .is_some_and(|subject| figures.places.iter().all(|(r, _)| r.end <= subject.end))
        {
            reading.org_in_force = reading.sticky;
        }
    }
}

/// What carries from sentence to sentence as an article is read: the place and date in force,
/// the paragraph, and the figures already stated.
struct Reading {
    /// The article's own place (a heading line may move it).
    home: Option<Where>,
    /// The place in force: the last one named, until a new paragraph returns to `home`.
    sticky: Option<Where>,
    /// labels of the article's facts by value and unit, to find a figure said again
    stated: crate::restated::Stated,
    carried_date: Option<String>,
    /// a sentence of this paragraph told years past (近年来……) and none since gave a date
    years_past: bool,
    /// the statistical cut-off of the lead (据……显示,截止2018年底,……): a data release
    /// counts its later figures without a date of their own, in any paragraph, to it
    cutoff: Option<String>,
    /// the last year the text names in full (2023年), for 全年 and 过去一年 when undated
    last_year: Option<i32>,
    /// the organisation a sentence of this paragraph opened with as its subject (据介绍,
    /// 睢宁聚蜂同行社工服务站采用……), at its place: the paragraph goes on about it
    org_in_force: Option<Where>,
    paragraphs_met: usize,
    paragraph: Range<usize>,
    /// the current paragraph's theme, found once for all its figures
    paragraph_theme: OnceCell<Option<Theme>>,
}

/// Where and when one figure holds, from [`Reading::attach_figure`].
struct Attached<'f> {
    /// The last place its sentence names before it.
    named: Option<&'f (Range<usize>, Where)>,
    place: Option<Where>,
    /// Where the words that say which places the figure is for begin (its quote starts there).
    scope_at: Option<usize>,
    as_of: Option<String>,
}

/// One sentence's figures with what was recognised in it, for classifying each figure.
struct SentenceFigures<'s> {
    s: &'s [char],
    sentence: &'s Range<usize>,
    in_headline: bool,
    quantities: Vec<Quantity>,
    places: Vec<(Range<usize>, Where)>,
    dates: Vec<DateMention>,
    hits: catalog::HitIndex,
    respectively: Option<(usize, Vec<usize>)>,
    /// the sentence's theme words, found once for all its figures
    sentence_themes: OnceCell<catalog::SentenceThemes>,
    central: bool,
    /// Where the sentence's clause with one organisation as its subject begins and the subject
    /// ends (该协会, 站点, 公司党支部, 鞋业协会): it tells that organisation's own figures.
    org_subject: Option<Range<usize>>,
    /// (unit, label, metric, level) of the sentence's figures so far
    sentence_labels: Vec<(String, String, Option<usize>, Level)>,
    /// (start, metric) of the sentence's figures so far that have a metric
    metrics_before: Vec<(usize, usize)>,
    /// The index of the sentence's last figure that became a fact.
    labelled_last: Option<usize>,
    /// (index in the facts, mark or rate head) of the sentence's changes told before anything
    /// they change is named (与上年相比减少9个,全省共有基金会801个)
    nameless_changes: Vec<(usize, String)>,
}

impl Reading {
    fn new(home: Option<Where>) -> Reading {
        Reading {
            home,
            sticky: home,
            stated: HashMap::new(),
            carried_date: None,
            years_past: false,
            cutoff: None,
            last_year: None,
            org_in_force: None,
            paragraphs_met: 0,
            paragraph: 0..0,
            paragraph_theme: OnceCell::new(),
        }
    }

    /// Attach one figure (attach pass): the place it holds for (the last one its sentence names
    /// before it, a central body's, else the one in force) and its date (the nearest resolved
    /// one before it, else the one carried).
    fn attach_figure<'f>(
        &self,
        (s, sentence, central): (&[char], &Range<usize>, bool),
        (places, dates): (&'f [(Range<usize>, Where)], &[DateMention]),
        q: &Quantity,
        article_as_of: &Option<String>,
        (g, default, locals): (&Gazetteer, Option<PlaceId>, &Locals),
    ) -> Attached<'f> {
        let (sticky, carried_date, cutoff) = (self.sticky, &self.carried_date, &self.cutoff);
        let in_force = if central {
            Some(Where::National)
        } else {
            sticky
        };
        // 漓江路社区成功创建……,昆仑社区等7个社区被命名为……: a count of communities (of
        // streets) that closes a list of examples (awards.rs drops them) is no community's (no
        // street's) figure, when the community is named in an earlier clause than the count
        // (in its own, 某社区联合周边5个社区, it counts the community's partners); the one in
        // force holds it, when it can, else the article's own place or the place the community
        // lies in, which holds its siblings
        let holds = |w: &Where| !locals.cannot_hold_count(*w, &q.unit, &s[q.range.end..]);
        // (a part of a breakdown, 其中大冶市573件,阳新县278件, holds only its own count: the
        // total before it and the figures after it are the whole's)
        let mut named = places.iter().rev().find(|(r, _)| {
            r.start < q.number_start
                && (r.end == q.number_start || !crate::placing::breakdown_part(s, r))
        });
        let mut holder: Option<Where> = None;
        let closes_examples = q.number_start > 0 && s[q.number_start - 1] == '等';
        if let Some((_, w)) = named.filter(|(r, w)| {
            closes_examples
                && !holds(w)
                && s[r.end..q.number_start]
                    .iter()
                    .any(|&c| is_clause_break(c) && c != '、')
        }) {
            holder = match in_force.filter(|f| holds(f)) {
                Some(f) => Some(f),
                None => match w {
                    // (the article's own place, when it holds the community's district)
                    Where::Local(_, Some(p)) => Some(Where::Place(
                        default.filter(|&d| g.contains(d, *p)).unwrap_or(*p),
                    )),
                    _ => None,
                },
            };
            if holder.is_some() {
                named = None;
            }
        }
        // 超过了民政部要求的60%: a central body's figure, unless a place is named
        // between them
        let central_before = crate::attach::central_body_before(s, q.number_start)
            .filter(|&at| named.is_none_or(|(r, _)| r.start < at));
        let place = match central_before {
            Some(_) => Some(Where::National),
            None => named.map(|(_, w)| *w).or(holder).or(in_force),
        };
        // a figure for some places carries the words that say so in its quote
        let scope_at = named
            .and_then(|(r, w)| matches!(w, Where::Part(_)).then_some(sentence.start + r.start));
        // the nearest date before the figure that can be resolved (目前 in an
        // undated page says nothing; 2017年 before it does)
        let as_of = crate::dates::figure_as_of(
            s,
            dates,
            q.number_start,
            crate::dates::InForce {
                carried: carried_date,
                cutoff,
                article: article_as_of,
                years_past: self.years_past,
            },
        );
        Attached {
            named,
            place,
            scope_at,
            as_of,
        }
    }

    /// Classify one figure, attached by [`Reading::attach_figure`], into a candidate fact: its
    /// label, unit, metric, theme and level (none when it has no unit, says nothing it counts,
    /// or restates a figure already stated).
    fn classify_figure(
        &mut self,
        page: &Page,
        setting: &Setting,
        locals: &Locals,
        fig: &mut SentenceFigures,
        k: usize,
        facts: &mut Vec<SentenceFact>,
    ) {
        let (g, catalog, doc) = (page.g, page.catalog, page.doc);
        let (normalized, char_index) = (&page.normalized, &page.char_index);
        let chars = &normalized.chars;
        let (s, sentence, in_headline, central) =
            (fig.s, fig.sentence, fig.in_headline, fig.central);
        let (quantities, places, dates) = (&fig.quantities, &fig.places, &fig.dates);
        let (hits, respectively, sentence_themes) =
            (&fig.hits, &fig.respectively, &fig.sentence_themes);
        let sentence_labels = &mut fig.sentence_labels;
        let metrics_before = &mut fig.metrics_before;
        let q = &quantities[k];
        if crate::not_facts::is_not_a_fact(s, quantities, k) {
            return; // a price, a threshold, a place's make-up …: stated, but no fact
        }
        let (home, sticky, org_in_force) = (self.home, self.sticky, self.org_in_force);
        let (paragraph, paragraph_theme) = (&self.paragraph, &self.paragraph_theme);
        let (article_province, home_org, topic) =
            (setting.article_province, setting.home_org, setting.topic);
        let headline = &setting.headline;
        let headline_theme = &setting.headline_theme;
        let Attached {
            named,
            place,
            scope_at,
            as_of,
        } = self.attach_figure(
            (s, sentence, central),
            (places, dates),
            q,
            &setting.article_as_of,
            (g, setting.default, locals),
        );
        // 云南16个州市, 北京市16个区预计招聘: every division of a place's tier, no fact
        let candidates = [place, named.map(|(_, w)| *w), home];
        if crate::whole_divisions::counts_every_division(g, s, q, &candidates) {
            return;
        }
        let stated = &mut self.stated;
        // the part of the sentence read for this figure
        let window = catalog::context_window(s.len(), q.number_start, q.range.end);
        let previous_end = k.checked_sub(1).map_or(0, |p| quantities[p].range.end);
        // the fact keeps the text's own words (户外工作者服务站 stays so, never the
        // catalog's row label); the catalog label only when the text gives none
        let text_label =
            crate::labels::label_from_text(s, previous_end, q.range.start, q.range.end, &q.unit);
        // 江阳区、龙马潭区的社工站分别为12个、9个: each figure of the series is its own place's
        // (respectively.rs)
        // (a list of sibling places is read as one span, 杭州市、宁波市、温州市 at their province:
        // here each of them counts, so the span is read again place by place)
        let respective_place = crate::respectively::series_follows(s, quantities, k)
            .then(|| {
                let each: Vec<(Range<usize>, Where)> = places
                    .iter()
                    .flat_map(|(r, w)| {
                        let inner = &s[r.clone()];
                        let listed = inner.iter().any(|c| matches!(c, '、' | '和' | '及' | '与'));
                        let found = if listed {
                            mentions(
                                g,
                                inner,
                                article_province,
                                setting.default,
                                &page.named_cities,
                                &page.named_most,
                            )
                        } else {
                            Vec::new()
                        };
                        if found.len() >= 2 {
                            found
                                .into_iter()
                                .map(|(i, w, _)| (i.start + r.start..i.end + r.start, w))
                                .collect()
                        } else {
                            vec![(r.clone(), *w)]
                        }
                    })
                    .collect();
                crate::respectively::respective_place(s, quantities, k, &each)
            })
            .flatten();
        let place = respective_place.as_ref().map_or(place, |(w, _)| Some(*w));
        // 社工站、驿站分别为30个、12家: each figure of the series counts its own item
        let text_label = match respective_place {
            Some((_, label)) => label,
            None => crate::respectively::respective_item(s, quantities, k).unwrap_or(text_label),
        };
        // the figure's own clause (between clause breaks; 、 joins list items)
        let clause_start = s[window.start..q.number_start]
            .iter()
            .rposition(|&c| is_clause_break(c) && c != '、')
            .map_or(window.start, |p| window.start + p + 1);
        let clause_end = (q.range.end..window.end)
            .find(|&i| is_clause_break(s[i]) && s[i] != '、' && s[i] != '(' && s[i] != ')')
            .unwrap_or(window.end);
        let themes_of_sentence = || {
            sentence_themes.get_or_init(|| {
                // 全省党员队伍中,女党员……;少数民族党员……: the whole place named before a
                // semicolon still owns the figures after it
                catalog::SentenceThemes::new(s).whole_party_in(
                    &chars[super::quotes::full_sentence(chars, paragraph, sentence)],
                )
            })
        };
        // the theme the figure's words and setting give it, without a metric
        let context_theme = |label: &str| {
            let theme = theme_for(
                &s[clause_start..clause_end],
                q.range.start - clause_start..q.range.end - clause_start,
                &label.chars().collect::<Vec<char>>(),
                themes_of_sentence(),
                q.number_start,
                || {
                    *paragraph_theme
                        .get_or_init(|| catalog::paragraph_family(&chars[paragraph.clone()]))
                },
                // a paragraph and headline that name no remit, in a volunteers' feature, tell
                // of its team (16名队员紧急会合: the rescue team its lead calls volunteers)
                || {
                    headline_theme
                        .get_or_init(|| catalog::first_family(headline))
                        .or_else(|| catalog::volunteer_team_deeds(topic, &chars[paragraph.clone()]))
                },
            );
            // 12345热线……; 交通问题投诉有20件: complaints a petition channel receives
            let theme = if theme == Theme::Other
                && catalog::counts_complaints_to_a_channel(
                    label,
                    &chars[paragraph.clone()],
                    headline,
                ) {
                Theme::PetitionsAndProposals
            } else if theme == Theme::GrassrootsGovernance
                && catalog::counts_request_kind_to_hotline(
                    label,
                    &chars[paragraph.clone()],
                    headline,
                )
            {
                // 12345热线……反映物业管理问题3210件,占8.3%: what residents asked a city hotline
                // about, the petitions remit's (theme19)
                Theme::PetitionsAndProposals
            } else if crate::placing::counts_association_members(
                label,
                &chars[paragraph.clone()],
                headline,
            ) {
                // 联合会现有会员单位320家: a volunteer federation's members
                Theme::Volunteers
            } else {
                theme
            };
            // 社工指导孵化的社会组织开展活动86场,服务群众4300余人次: the incubated organisations'
            // own work, whatever social-work row the figure before took (theme19)
            if matches!(theme, Theme::SocialWorkers | Theme::SocialOrganizations)
                && catalog::incubated_organisations_act(s, q.number_start, label)
            {
                return Theme::SocialOrganizations;
            }
            // 辖区内有学校2所, 村内有寺庙2座, 有低保户34户71人 in a paragraph that sizes the place:
            // what the place has is its profile, context, whatever remit the figure before it or
            // the page names (theme19)
            if theme != Theme::Other
                && catalog::states_place_profile(
                    label,
                    &s[clause_start..clause_end],
                    q.range.start - clause_start..q.range.end - clause_start,
                    s,
                    q.number_start,
                    &chars[paragraph.clone()],
                )
            {
                return Theme::Other;
            }
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
                .flatten()
                // a gift (捐款3万余元) is no volunteering (labels9)
                .filter(|&t| t != Theme::Volunteers || !catalog::counts_gift_or_relief(label));
            carried.unwrap_or_else(|| {
                // 54.4万名村党组织书记中,……占17.4%: party figures a grassroots unit owns stay
                // grassroots work in a report on party building
                if theme == Theme::GrassrootsGovernance
                    && topic == Some(Theme::EmergingSectorPartyBuilding)
                    && themes_of_sentence().grassroots_party_before(q.number_start)
                {
                    return theme;
                }
                crate::topic::within_topic(theme, label, (clause, &chars[paragraph.clone()]), topic)
            })
        };
        // the catalog's wordings inside the window, found once for the metric and the check
        // that it counts the stock
        let window_hits_cell = OnceCell::new();
        let window_hits = || window_hits_cell.get_or_init(|| hits.within(&window));
        // and the wording that names what the figure counts, found once for both
        let best_hit_cell = OnceCell::new();
        let best_hit = || {
            *best_hit_cell.get_or_init(|| {
                catalog::best_hit(
                    catalog,
                    window_hits(),
                    &s[window.clone()],
                    q.number_start - window.start,
                    q.range.end - window.start,
                    &q.unit,
                )
            })
        };
        let mut metric = respectively
            .as_ref()
            .and_then(|(first, list)| k.checked_sub(*first).and_then(|i| list.get(i)).copied())
            .or_else(|| catalog::series_in_named_order(catalog, hits.all(), s, quantities, k))
            .or_else(|| {
                catalog::metric_of_best_hit(
                    catalog,
                    window_hits(),
                    best_hit(),
                    &s[window.clone()],
                    q.number_start - window.start,
                    &q.unit,
                    || context_theme(&text_label),
                )
            });
        // 今年新建驿站30个 (a change of the stock), 三个示范站点 (a distinguished
        // kind): no reading of the stock (catalog.rs)
        let not_the_stock = metric.is_some_and(|m| {
            catalog::counts_other_than_the_stock(
                catalog,
                best_hit(),
                &s[window.clone()],
                q.number_start - window.start,
                q.range.end - window.start,
                m,
            )
        });
        let mut metric_def = metric.map(|m| &catalog.metrics[m]);
        let mut unit = q.unit.clone();
        if unit.is_empty() {
            match metric_def.and_then(|m| m.unit.clone()) {
                Some(u) => unit = u,
                None => return, // a bare 万 figure whose unit nobody states
            }
        }
        // a figure whose words name nothing counts what the figure before it in
        // its sentence counts, in the same unit (覆盖率达到80%,力争90%)
        // (and its metric, unless it is a change of it: 比上年底增加3.1万人)
        let change = crate::labels::change_before(s, q.number_start);
        // 社会团体比上年减少156个: the change of a stock is no reading of it (devcorpus/README.md:
        // a change has no metric) unless the metric counts that change (报考人数…比去年增加); the
        // stock's metric stays in the sentence for a total told after it (……,共有15620个)
        let not_the_stock = not_the_stock
            || (change.is_some() && metric_def.is_some_and(|m| !catalog::counts_a_change(m)));
        // 常住人口3926户、10019人: the same thing in another unit (labels9)
        let text_label = match sentence_labels.last() {
            Some((u, l, _, _)) if k > 0 && *u == quantities[k - 1].unit => {
                crate::labels::second_measure(s, previous_end, q.range.start, text_label, l)
            }
            _ => text_label,
        };
        // the figure before it in its sentence that counts in the same unit
        let before_in_unit = sentence_labels
            .iter()
            .rev()
            .find(|(u, _, _, _)| catalog::same_unit(u, &unit));
        let inherited = before_in_unit.filter(|_| crate::labels::names_nothing(&text_label));
        if let (Some((_, _, Some(m), _)), None, None) = (inherited, change, metric_def) {
            metric = Some(*m);
            metric_def = Some(&catalog.metrics[*m]);
        }
        // 全市共有商会37家，其中乡镇商会11家: a part is not its whole's metric (a part
        // with a metric of its own, 其中持证社工320人, keeps it)
        let part_of_whole = metric.is_some_and(|m| {
            metrics_before.iter().any(|&(at, earlier)| {
                earlier == m && s[at..q.number_start].windows(2).any(|w| w == ['其', '中'])
            })
        });
        // 商会党委18个, 在86家商会中建立党组织: party building in the organisations, no reading
        // of their own stock (themes/counted.rs)
        let party_in_organisations = metric_def
            .is_some_and(|m| m.theme == Theme::SocialOrganizations)
            && catalog::counts_party_in_organisations(
                &text_label,
                &s[clause_start..clause_end],
                q.range.start - clause_start..q.range.end - clause_start,
            );
        // 民营企业家理想信念教育培训班6期: the party's education of the new sectors' people,
        // no other remit's training course (themes/neighbours.rs)
        let new_sector_education = metric_def
            .is_some_and(|m| m.theme != Theme::EmergingSectorPartyBuilding)
            && catalog::counts_new_sector_education(&text_label, &s[clause_start..clause_end], s);
        // 骑手兼职网格员86名: the workers in a role, not the role's row (themes/frames.rs)
        let workers_in_a_role = metric_def.is_some_and(|m| m.theme != Theme::NewEmploymentGroups)
            && catalog::counts_workers_in_a_role(
                &text_label,
                &s[clause_start..clause_end],
                q.range.start - clause_start..q.range.end - clause_start,
            );
        // 机关、事业单位党组织覆盖率为99.7%和95.2%, 全省共发展党员9.3万名: the party
        // organisations or members of offices, institutions, state firms, grassroots units or
        // a whole place, no new sector's (themes/counted.rs)
        let public_sector_party = metric_def
            .is_some_and(|m| m.theme == Theme::EmergingSectorPartyBuilding)
            && themes_of_sentence().counts_party_of_no_new_sector(
                &text_label,
                &s[clause_start..clause_end],
                q.range.start - clause_start,
            );
        // the catalog's row label still names what such a figure counts when its words do not
        // (发展35岁及以下党员7.3万名: 发展党员)
        let party_row_label = metric_def
            .filter(|_| public_sector_party)
            .map(|m| m.label.clone());
        // 社工站……联动志愿者320人次: the volunteers a station mobilises are its means, not a
        // reading of the volunteers' own rows (themes/neighbours.rs)
        let means_of_another = metric_def.is_some_and(|m| m.theme == Theme::Volunteers)
            && catalog::names_only_means(&s[clause_start..clause_end])
            && context_theme(&text_label) != Theme::Volunteers;
        // 社工指导孵化的社会组织开展活动86场: the incubated organisations' work, no reading of
        // the social workers' rows (theme19)
        let incubated_work = metric_def.is_some_and(|m| m.theme == Theme::SocialWorkers)
            && catalog::incubated_organisations_act(s, q.number_start, &text_label);
        // 现有工作人员5人,辖区有户籍户1704户: what a place has, in a paragraph that sizes it,
        // is its profile and takes no other remit's row from a wording in the clause before
        // (theme19; a row its own clause names, 现有工作人员5人, stays)
        let profile_stock = metric_def.is_some_and(|m| m.theme != Theme::Other)
            && best_hit().is_some_and(|h| h.end + window.start <= clause_start)
            && catalog::states_place_profile(
                &text_label,
                &s[clause_start..clause_end],
                q.range.start - clause_start..q.range.end - clause_start,
                s,
                q.number_start,
                &chars[paragraph.clone()],
            );
        if part_of_whole
            || incubated_work
            || profile_stock
            || means_of_another
            || party_in_organisations
            || new_sector_education
            || workers_in_a_role
            || public_sector_party
        {
            metric = None;
            metric_def = None;
        }
        // 其中省级25家: a level alone is that level's part of what the figure
        // before counts
        let level_of = before_in_unit.filter(|_| crate::labels::names_a_level(&text_label));
        // 留言9255件,同比增长约22%: a change with no subject of its own is the change of the
        // figure before it in its sentence (a rate of change of any unit, a count of the same)
        let rate = q.unit == "%" || q.unit == "个百分点";
        let own_change =
            crate::labels::change_of_figure_before(&s[clause_start..q.range.start], rate);
        let change_of_before = own_change
            .clone()
            .and_then(|head| {
                sentence_labels
                    .last()
                    .filter(|(u, _, _, _)| rate || catalog::same_unit(u, &unit))
                    .map(|(_, l, _, _)| crate::labels::change_label(l, &head))
            })
            // 注册志愿者超150万人,占总人口的18%: a share of what the figure before counts
            .or_else(|| {
                let before = sentence_labels.last().map(|(_, l, _, _)| l.as_str());
                crate::labels::share_of_figure_before(
                    &s[clause_start..q.range.start],
                    &q.unit,
                    before,
                )
            });
        // 与上年相比减少9个,全省共有基金会801个: a change told before anything it changes
        let nameless_change = own_change.filter(|_| change_of_before.is_none());
        let label = match (change_of_before, inherited, level_of) {
            (Some(changed), _, _) => changed,
            (None, _, Some((_, l, _, _))) => format!("{text_label}{l}"),
            // 社会团体比上年减少156个,共有15620个: the total after a change counts the thing
            // itself, not its change
            (None, Some((_, l, _, _)), None) => {
                format!(
                    "{}{}",
                    crate::labels::without_change_mark(l),
                    change.unwrap_or("")
                )
            }
            // 户数:2860户: a form's field names what its value counts
            (None, None, None) if text_label.is_empty() => {
                let last = fig.labelled_last.zip(sentence_labels.last());
                let last = last.map(|(i, (_, l, _, _))| (i, l.as_str()));
                labelling::label_told_around(s, previous_end, quantities, k, last)
                    .or_else(|| metric_def.map(|m| m.label.clone()))
                    .or_else(|| party_row_label.clone())
                    .unwrap_or_default()
            }
            (None, None, None) => text_label,
        };
        if label.trim().is_empty() {
            return; // a figure nobody can say what it counts is not a fact
        }
        // a headline figure the body contradicts (广州持证社工约37万人 over a body's 约3.7万人,
        // a slip or a page's mangling) is no fact: the body states the figure in full
        if in_headline && crate::restated::contradicts_the_body(stated, q, &unit, &label) {
            return;
        }
        // the same figure said again (3个社区党支部 … 3个社区还成立了 …) is one fact
        // (or rounded: 服务群众12036人次 … 服务群众1.2万人次)
        if crate::restated::restates(stated, q.value, &unit, &label, in_headline)
            || (!in_headline && crate::restated::rounds_an_earlier(stated, q, &unit, &label))
        {
            return;
        }
        stated
            .entry((q.value.to_bits(), unit.clone()))
            .or_default()
            .push((label.clone(), in_headline));
        // a distinguished kind with party building in its name (党建示范商会) is party building
        // in the organisations, not the organisations' own remit (themes/counted.rs)
        let theme = match metric_def {
            Some(_) if not_the_stock && catalog::names_party_in_new_sector(&label) => {
                Theme::EmergingSectorPartyBuilding
            }
            Some(m) => m.theme,
            None => context_theme(&label),
        };
        let PlaceRef {
            province,
            place: place_name,
            level: place_level,
        } = place_ref(g, place, locals, article_province);
        let level = own_level::figure_level(
            &own_level::FigureInSentence {
                s,
                quantities,
                k,
                clause: clause_start..clause_end,
                named,
                central,
                org_subject: fig.org_subject.as_ref(),
                whole_before: before_in_unit.map(|&(_, _, _, whole)| whole),
            },
            &own_level::InForce {
                home,
                sticky,
                org_in_force,
                home_org,
                home_association: setting.home_association,
            },
            place_level,
        );
        let quote_r = quote_range(
            chars,
            sentence,
            scope_at.unwrap_or(sentence.start + q.number_start),
            sentence.start + q.number_start,
            sentence.start + q.range.end,
        );
        let quote_r = showing_the_label(chars, sentence, quote_r, &label);
        let span = normalized.original_span(quote_r.clone());
        let quote = char_index.slice(&doc.text, span[0], span[1]).to_owned();
        // 总藬 read past 總?cè)藬: no label joins across a character the decoding lost
        let label = crate::labels::without_broken_text(&label, &quote);
        sentence_labels.push((unit.clone(), label.clone(), metric, level));
        fig.labelled_last = Some(k);
        if let Some(head) = nameless_change {
            fig.nameless_changes.push((facts.len(), head));
        }
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
}
