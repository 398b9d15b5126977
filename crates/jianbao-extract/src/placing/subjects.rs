//! The subject a sentence or clause points back to by a unit's kind alone (社区开展……, 该街道现有
//! ……): official and news texts name the unit they are about once and then refer to it by its
//! kind, so the nearest unit of that kind is meant, not the place named in the clause before.

use super::{Locals, Where};
use crate::places::{Gazetteer, PlaceId};
use jianbao_facts::Level;
use std::ops::Range;

/// The most clauses of a paragraph's first sentence read for its subject (今年以来,社区开展……).
const SUBJECT_CLAUSES: usize = 2;

/// Whether `sentence` (opening a paragraph) goes on with the story of `previous`: it names a
/// quoted term (“窗帘之约”) that `previous` names, or its subject is the bare kind of the local
/// unit named before (今年以来,社区开展……; 该街道现有……), which points back to that unit.
pub(crate) fn continues_story(sentence: &[char], previous: &[char]) -> bool {
    let opens_with_unit = sentence
        .split(|&c| crate::catalog::is_clause_break(c) && c != '、')
        .take(SUBJECT_CLAUSES)
        .any(crate::locals::opens_with_unit_kind);
    if opens_with_unit {
        return true;
    }
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

/// The unit a sentence's bare kind points back to when the place in force is of another kind:
/// 街道现有…… after a paragraph about one of its communities is the street, 社区共有…… in an
/// article about a community after a sentence about its street is the community. Official and
/// news texts refer to the unit they are about by its kind alone, so the nearest unit of that kind
/// — the place in force, a unit it lies in, or the article's own place — is meant. `None` when the
/// sentence opens with no such kind or the place in force is already of it.
pub(crate) fn unit_pointed_back(
    locals: &Locals,
    sentence: &[char],
    sticky: Option<Where>,
    home: Option<Where>,
) -> Option<Where> {
    let kind = sentence
        .split(|&c| crate::catalog::is_clause_break(c) && c != '、')
        .take(SUBJECT_CLAUSES)
        .find_map(crate::locals::unit_kind_subject)?;
    unit_of_kind(locals, kind, sticky, home)
}

/// A clause after the first that opens with the bare kind of a unit (王江泾镇社会工作部门介绍,
/// 该社区现有居民……) after a place of another kind was named: the unit of that kind is the
/// subject of that clause's figures, not the place named in the clause before (see
/// [`unit_pointed_back`]). Added to the sentence's places at the clause's start.
pub(crate) fn add_unit_subjects(
    locals: &Locals,
    chars: &[char],
    places: &mut Vec<(Range<usize>, Where)>,
    home: Option<Where>,
) {
    let mut start = 0;
    let mut added = Vec::new();
    for clause in chars.split(|&c| crate::catalog::is_clause_break(c) && c != '、') {
        let before = places
            .iter()
            .rev()
            .find(|(r, _)| r.end <= start)
            .map(|(_, w)| *w);
        let kind = (start > 0 && before.is_some())
            .then(|| crate::locals::unit_kind_subject(clause))
            .flatten();
        if let Some(unit) = kind.and_then(|kind| unit_of_kind(locals, kind, before, home)) {
            added.push((start..start + kind.map_or(0, <[char]>::len), unit));
        }
        start += clause.len() + 1;
    }
    if !added.is_empty() {
        places.extend(added);
        places.sort_by_key(|(r, _)| r.start);
    }
}

/// The unit of `kind` meant where the place in force is `sticky`: `None` when that is of the
/// kind already, else a unit of the kind it lies in, else the article's own place when of it.
fn unit_of_kind(
    locals: &Locals,
    kind: &[char],
    sticky: Option<Where>,
    home: Option<Where>,
) -> Option<Where> {
    let of_kind = |w: Option<Where>| match w {
        Some(Where::Local(k, _)) => locals.shown[k].chars().collect::<Vec<_>>().ends_with(kind),
        _ => false,
    };
    if of_kind(sticky) {
        return None;
    }
    // a unit the place in force lies in, named before it (杭州市上城区湖滨街道 for
    // 杭州市上城区湖滨街道东坡路社区)
    if let Some(Where::Local(k, _)) = sticky {
        let shown: Vec<char> = locals.shown[k].chars().collect();
        let outer = (1..shown.len()).rev().find_map(|end| {
            let prefix = &shown[..end];
            if !prefix.ends_with(kind) {
                return None;
            }
            let name: String = prefix.iter().collect();
            locals.by_shown.get(&name).copied()
        });
        if let Some(j) = outer {
            return Some(Where::Local(j, locals.parents[j]));
        }
    }
    if of_kind(home) {
        return home;
    }
    // else the unit of that kind named last (南汇村位于……。全村共有……)
    let last = (0..locals.shown.len())
        .rev()
        .find(|&k| locals.shown[k].chars().collect::<Vec<_>>().ends_with(kind))?;
    Some(Where::Local(last, locals.parents[last]))
}

/// Whether an article is about one organisation: its headline, or its lead past a time word
/// (2024年,平阳县个体私营企业协会在……), opens with a place and the organisation's name written
/// after it as the subject (海曙区快递物流行业联合党委:……, 平阳县个体私营企业协会2024年工作回顾).
/// An association's, a chamber's or a federation's own news and year review then go on about it
/// as 我会, 协会, 联合党委 or with no subject at all, so the figures the article tells of its own
/// place are the organisation's (level org), unless their sentence names a whole (全市) or
/// another place.
pub(crate) fn article_about_org(
    g: &Gazetteer,
    headline: Option<&[char]>,
    lead: Option<&[char]>,
    province: Option<PlaceId>,
) -> bool {
    let opens_with_org = |text: &[char]| {
        super::first_place_run(g, text, province)
            .is_some_and(|run| crate::attach::opens_with_org(text, &run))
    };
    headline.is_some_and(opens_with_org) || lead.is_some_and(opens_with_org)
}

/// Characters after a name that opens a headline and make it the headline's subject (小河街道:
/// ……, 幸福里社区 小网格撬动大治理, 小河街道——……).
const HEADING_SUBJECT_AFTER: &[char] = &[':', ' ', '—', '-', '|', ','];
/// Characters that set a headline's opening place apart from the unit after it (拱墅区:小河街道
/// ……, 【皇姑区】幸福里社区……, 拱墅区 小河街道……).
const HEADING_PLACE_AFTER: &[char] = &[':', ' ', '|', '】', ']', '·', '—'];

/// The street or community an article is about when its headline or lead names it with no place
/// before it: the headline opens with it as its subject (小河街道:“红色楼长”……, 小河街道打造
/// ……), or, under a
/// headline that names no place, the lead's first clause is set in it (在幸福里社区,……) or opens
/// with it as subject (幸福里社区现有……). Such a story says where the unit lies only in its
/// dateline (中新网杭州3月2日电), byline or source line (来源:皇姑区融媒体中心), whose place is
/// `around`: the unit lies there, and the article's figures without a place of their own are the
/// unit's, not the district's or the city's. The bool says whether the headline named it.
pub(crate) fn local_subject(
    g: &Gazetteer,
    locals: &mut Locals,
    headline: Option<&[char]>,
    lead: Option<&[char]>,
    province: Option<PlaceId>,
    around: Option<Where>,
) -> Option<(Where, bool)> {
    let places_and_locals = |text: &[char]| {
        let found = super::find_places(g, text, province);
        let known: Vec<Range<usize>> = found.iter().map(|m| m.range.clone()).collect();
        let units = crate::locals::find_locals(text, &known);
        (found, units)
    };
    if let Some(text) = headline {
        let (found, units) = places_and_locals(text);
        let local = units.first().cloned();
        // 拱墅区:小河街道……, 【皇姑区】幸福里社区……: the headline's own district or city, set
        // apart before the unit, says where it lies
        let opening = found
            .iter()
            .take_while(|m| m.range.start <= 1)
            .last()
            .filter(|m| matches!(g.level(m.place), Level::City | Level::District))
            .map(|m| {
                let after = (m.range.end..text.len())
                    .find(|&i| !HEADING_PLACE_AFTER.contains(&text[i]))
                    .unwrap_or(text.len());
                (after, m.place)
            })
            .filter(|&(after, _)| after > found[0].range.end);
        // 长湖地社区简介, 民建社区概况: a community's or village's own page, titled by its name
        // alone or with a profile's heading
        let profile = |r: &Range<usize>| {
            crate::locals::below_street(&text[r.clone()])
                && crate::locals::titles_profile(&text[r.end..])
        };
        if let Some(unit) = chained_profile(g, locals, text, &found, &units, &profile) {
            return Some((unit, true));
        }
        if let Some(range) = local.filter(|r| {
            let subject = text
                .get(r.end)
                .is_some_and(|c| HEADING_SUBJECT_AFTER.contains(c))
                || crate::locals::opens_predicate(&text[r.end..])
                || profile(r);
            subject && !crate::locals::is_estate(&text[r.clone()])
        }) {
            let place = match opening {
                Some((at, p)) if at == range.start => Some(Where::Place(p)),
                _ if range.start == 0 => around,
                _ => None,
            };
            if let Some(place) = place {
                return super::local_inside(g, locals, place, &text[range]).map(|w| (w, true));
            }
            // a community's own page that names no place it lies in: the community alone, in
            // the page's province
            if range.start == 0 && profile(&range) {
                let name: String = text[range].iter().collect();
                let k = locals.add(name.clone(), name, None, Level::Street);
                return Some((Where::Local(k, None), true));
            }
        }
        if !found.is_empty() {
            return None;
        }
    }
    let text = lead?;
    let clause_end = text
        .iter()
        .position(|&c| crate::catalog::is_clause_break(c) && c != '、')
        .unwrap_or(text.len());
    let local = places_and_locals(text).1.into_iter().next();
    let (start, after_time) = super::zones::subject_starts(text);
    let range = local.filter(|r| {
        let name = &text[r.clone()];
        let framed = r.end <= clause_end
            && !crate::locals::is_estate(name)
            && (crate::locals::in_locative_frame(text, r)
                || crate::locals::opens_clause_as_subject(text, r));
        // 近日,某某街道开展……; 日前,某某镇新时代文明实践所……: a street or town that opens the
        // lead (past its time) is the story's subject, as local news names its own street
        let opens_lead = (r.start == start || Some(r.start) == after_time)
            && !crate::locals::below_street(name)
            && !crate::locals::is_estate(name)
            && text
                .get(r.end)
                .is_some_and(|&c| !crate::catalog::is_clause_break(c) && c != '、');
        framed || opens_lead
    })?;
    super::local_inside(g, locals, around?, &text[range]).map(|w| (w, false))
}

/// The unit of a profile title that writes its whole chain (四川省攀枝花市东区东华街道民建社区概况,
/// 某某市某某区某某镇某某村村情简介): the community or village of `profile`, with the street or town
/// written before it, inside the district or city written right before them. Such a title is the
/// page's address line, each link of it where the next lies. `found` and `units` are the title's
/// places and local names.
fn chained_profile(
    g: &Gazetteer,
    locals: &mut Locals,
    text: &[char],
    found: &[crate::places::PlaceMention],
    units: &[Range<usize>],
    profile: &dyn Fn(&Range<usize>) -> bool,
) -> Option<Where> {
    /// Characters a unit's name may start after its district or city without being part of the
    /// found name (a direction 东 the local finder leaves out of 东华街道).
    const GAP: usize = 2;
    let unit = units.last().filter(|r| profile(r))?;
    let place = found.iter().rev().find(|m| {
        m.range.end <= unit.start
            && unit.start - m.range.end <= GAP
            && matches!(g.level(m.place), Level::City | Level::District)
    })?;
    let name = &text[place.range.end..unit.end];
    if !name.iter().all(|c| c.is_alphabetic()) {
        return None;
    }
    // the community alone is how the body names it: it lies in the street the title writes
    let community = crate::locals::street_before_unit(name).unwrap_or(0);
    let mut around = Where::Place(place.place);
    if community > 0 {
        around = super::local_inside(g, locals, around, &name[..community])?;
    }
    super::local_inside(g, locals, around, &name[community..])
}

/// Words that name a person by how neighbours call them (张大爷, 王大姐, 李师傅), or say where a
/// person lives: a story's scene, not its subject.
const PERSON_ADDRESS: &[[char; 2]] = &[
    ['大', '爷'],
    ['大', '妈'],
    ['阿', '姨'],
    ['大', '姐'],
    ['奶', '奶'],
    ['爷', '爷'],
    ['师', '傅'],
    // 家住……: where a person lives
    ['家', '住'],
];

/// Whether a lead sentence tells an anecdote: it quotes someone's words (“每周三下午,志愿者都会来
/// 陪我聊天。”), says where a person lives (家住……), or names a person as neighbours do (王大姐).
/// News features open so in one resident's community before turning to the whole their headline
/// names (黑龙江:……, 宁夏:……): the anecdote's community or district is a scene, not the article's
/// own place, so it refines neither the headline's place nor sets a street of its own.
pub(crate) fn tells_anecdote(sentence: &[char]) -> bool {
    let quotes_speech = {
        let mut rest = sentence;
        let mut found = false;
        while let Some(open) = rest.iter().position(|&c| c == '“') {
            let after = &rest[open + 1..];
            let close = after.iter().position(|&c| c == '”').unwrap_or(after.len());
            if after[..close]
                .iter()
                .any(|&c| matches!(c, ',' | '。' | '!' | '?'))
            {
                found = true;
                break;
            }
            rest = &after[close..];
        }
        found
    };
    quotes_speech
        || sentence
            .windows(2)
            .any(|w| PERSON_ADDRESS.iter().any(|p| w == p.as_slice()))
}
