//! What one unit (a sentence or a run of clauses) says as a point: its kind by its cue words,
//! how much it says, and its place, theme and date as a figure of the same sentence gets them.

use super::sentences::is_clause_break;
use super::Compiled;
use crate::catalog::{first_family, states_place_economy, theme_for, SentenceThemes};
use crate::cue_lists::{Hit, Scan};
use crate::numbers::count_quantities;
use crate::rules::{PlaceRef, SentenceFrame};
use jianbao_facts::{Level, PointKind, Theme};
use std::cell::OnceCell;
use std::ops::Range;

/// At most this many characters of a paragraph on either side of a sentence decide its theme
/// (an unpunctuated page is one huge paragraph: reading all of it per sentence is quadratic).
const THEME_CONTEXT_CHARS: usize = 1_000;

/// In an address written out (太原市迎泽区柳巷街道), each part starts within this many characters
/// of the part it lies in.
const ADDRESS_STEP: usize = 5;

/// A point must say at least this much (two concrete verbs, or a figure and a verb …).
const MIN_CONTENT: f64 = 2.0;

/// A unit that is (the end of) a quotation: “……” or ……” (closing a quote opened earlier).
fn is_speech(u: &[char]) -> bool {
    let opens = u.iter().filter(|&&c| c == '“').count();
    let closes = u.iter().filter(|&&c| c == '”').count();
    let last = u
        .iter()
        .rev()
        .find(|c| !matches!(c, '。' | '!' | '?' | ',' | ';'));
    (u.first() == Some(&'“') && last == Some(&'”')) || closes > opens
}

/// What a unit says, before it becomes a [`Point`].
pub(super) struct UnitReading {
    pub(super) unit: Range<usize>,
    pub(super) kind: PointKind,
    pub(super) also_kinds: Vec<PointKind>,
    pub(super) place: PlaceRef,
    pub(super) theme: Theme,
    pub(super) date: Option<String>,
    pub(super) as_of: Option<String>,
    pub(super) score: f64,
    /// Ranges in the unit.
    pub(super) cues: Vec<Range<usize>>,
    pub(super) names: Vec<Range<usize>>,
}

/// Quoted names in `u` that are programme names: marked by a word after (…品牌, …驿站) or a verb
/// right before (打造“…”). Returns (range of the name without quotes).
fn programme_names(v: &Compiled, u: &[char], scan: &Scan) -> Vec<Range<usize>> {
    let after_hits = scan.hits(v.brand_after);
    let before_hits = scan.hits(v.brand_before);
    let mut names = Vec::new();
    let mut i = 0;
    while let Some(open) = u[i..].iter().position(|&c| c == '“').map(|p| p + i) {
        let Some(close) = u[open + 1..]
            .iter()
            .position(|&c| c == '”')
            .map(|p| p + open + 1)
        else {
            break;
        };
        let name = open + 1..close;
        i = close + 1;
        if name.len() < v.min_name_chars || name.len() > v.max_name_chars {
            continue;
        }
        let inner_marked = after_hits
            .iter()
            .any(|h| h.end == name.end && h.start > name.start);
        let marked_after = after_hits.iter().any(|h| h.start == close + 1);
        // 打造“…”, 推出“…”, and lists of names after one verb: 创建“红色加油站”“周末加油站”
        let marked_before = before_hits
            .iter()
            .any(|h| h.end <= open && open - h.end <= 4)
            || names
                .last()
                .is_some_and(|r: &Range<usize>| r.end + 1 == open || r.end + 2 == open);
        if inner_marked || marked_after || marked_before {
            names.push(name);
        }
    }
    names
}

/// Whether a unit tells the national background: it opens (after a date) with a central body
/// (党中央, 国务院, 党的二十大 …).
fn is_national(v: &Compiled, u: &[char]) -> bool {
    let start = u
        .iter()
        .position(|&c| !(c.is_ascii_digit() || "年月日至到前后底初旬以来,、 ".contains(c)))
        .unwrap_or(u.len());
    let rest_chars = &u[start..];
    let rest = crate::ingest::string_of(rest_chars);
    let opens_national = v
        .cues
        .scan(&rest, rest_chars)
        .hits(v.national)
        .first()
        .is_some_and(|h| h.start == 0 || rest.starts_with("这是")); // 这是中央首次……
    opens_national
}

/// Whether a date expression is a real date (has a year, month or day written out), not a
/// relative span such as 近年来 or 目前.
fn is_explicit_date(s: &[char], d: &crate::dates::DateMention) -> bool {
    s[d.start..d.end.min(s.len())]
        .iter()
        .any(|&c| c.is_ascii_digit() || c == '月')
}

/// What the units of one sentence look up alike, found when the first of them asks.
#[derive(Default)]
pub(super) struct SentenceLookups {
    /// The sentence's theme words.
    themes: OnceCell<SentenceThemes>,
    /// The theme family ([`first_family`]) of the sentence's paragraph around it.
    paragraph_family: OnceCell<Option<Theme>>,
}

/// An article's headline as the units of its sentences read it.
pub(super) struct Headline<'a> {
    pub(super) chars: &'a [char],
    /// Its theme family ([`first_family`]), found when the first unit asks.
    pub(super) family: &'a OnceCell<Option<Theme>>,
}

pub(super) fn read_unit(
    v: &Compiled,
    chars: &[char],
    frame: &SentenceFrame,
    sentence: &Range<usize>,
    unit: Range<usize>,
    headline: &Headline,
    sentence_lookups: &SentenceLookups,
) -> Option<UnitReading> {
    let s = &chars[sentence.clone()];
    let u = &s[unit.clone()];
    let text = crate::ingest::string_of(u);
    let scan = v.cues.scan(&text, u);
    if !scan.hits(v.furniture).is_empty() {
        return None;
    }
    // frame offsets are within the frame's sentence; `sentence` may start later (trimmed)
    let shift = sentence.start - frame.range.start;
    let dates: Vec<&crate::dates::DateMention> = frame
        .dates
        .iter()
        .filter(|d| d.start >= shift + unit.start && d.end <= shift + unit.end)
        .collect();
    let frame_s = &chars[frame.range.clone()];
    let explicit: Vec<&&crate::dates::DateMention> = dates
        .iter()
        .filter(|d| is_explicit_date(frame_s, d) && d.as_of.is_some())
        .collect();
    let explicit_date = explicit.first().and_then(|d| d.as_of.clone());

    let measure_strong = scan.hits(v.measure_strong);
    let measure_weak = scan.hits(v.measure_weak);
    let result = scan.hits(v.result);
    let first = scan.hits(v.first);
    let clause_start = |at: usize| {
        u[..at]
            .iter()
            .rposition(|&c| is_clause_break(c))
            .map_or(0, |p| p + 1)
    };
    // an event is dated by a date in its clause or in the clause right before it
    let milestone: Vec<Hit> = scan
        .hits(v.milestone)
        .into_iter()
        .filter(|h| {
            let own = clause_start(h.start);
            let from = if own == 0 { 0 } else { clause_start(own - 1) };
            explicit.iter().any(|d| {
                let at = d.start - shift - unit.start;
                at >= from && at < h.start
            })
        })
        .collect();
    let plan = scan.hits(v.plan);
    let remedies = scan.hits(v.remedies);
    // a problem word after a remedy verb in its clause is the object of a measure
    let problem: Vec<Hit> = scan
        .hits(v.problem)
        .into_iter()
        .filter(|h| {
            let from = clause_start(h.start);
            !remedies.iter().any(|r| r.start >= from && r.end <= h.start)
        })
        .collect();
    let generic = scan.hits(v.generic);
    let names = programme_names(v, u, &scan);
    let documents = u.iter().filter(|&&c| c == '《').count();

    // the verb that launches a named programme (打造“…”) counts for the programme, not as a
    // measure of its own; a name the text calls a 品牌 is a brand outright
    let launching = measure_strong
        .iter()
        .filter(|h| {
            names
                .iter()
                .any(|n| h.end < n.start && n.start - h.end <= 4)
        })
        .count();
    let called_brand = names.iter().any(|n| {
        u[n.end..]
            .iter()
            .take(6)
            .collect::<String>()
            .contains("品牌")
    });
    let weight = |kind: PointKind| -> f64 {
        match kind {
            // issuing a 《document》 is a measure in itself
            PointKind::Measure => {
                2.0 * (measure_strong.len() - launching + documents.min(2)) as f64
                    + measure_weak.len() as f64
            }
            PointKind::Result => 2.0 * result.len() as f64,
            PointKind::First => 3.0 * first.len() as f64,
            PointKind::Milestone => 3.0 * milestone.len() as f64,
            PointKind::Brand if names.is_empty() => 0.0,
            PointKind::Brand => {
                3.0 * names.len().min(2) as f64
                    + 2.0 * launching as f64
                    + if called_brand { 2.0 } else { 0.0 }
            }
            PointKind::Problem => 2.0 * problem.len() as f64,
            PointKind::Plan => 3.0 * plan.len() as f64,
        }
    };
    // Kinds whose cues decide on their own: a plan is future whatever it names, an admitted
    // problem is a problem, a first or a dated event is what singles the sentence out.
    let decisive = [
        PointKind::Plan,
        PointKind::Problem,
        PointKind::First,
        PointKind::Milestone,
    ];
    let kind = v
        .priority
        .iter()
        .copied()
        .find(|k| decisive.contains(k) && weight(*k) > 0.0)
        .or_else(|| {
            // the others by weight, ties in priority order
            let mut best: Option<(PointKind, f64)> = None;
            for &k in &v.priority {
                let w = weight(k);
                if w > 0.0 && best.is_none_or(|(_, b)| w > b) {
                    best = Some((k, w));
                }
            }
            best.map(|(k, _)| k)
        })?;
    // a measure made only of intensity verbs (加强, 深化) says little; a point needs more
    let only_weak = kind == PointKind::Measure && measure_strong.is_empty();
    let also_kinds: Vec<PointKind> = PointKind::ALL
        .into_iter()
        .filter(|&k| k != kind && weight(k) >= 2.0)
        .collect();

    // How much it says.
    let figures = count_quantities(u, 3);
    let named_local = frame.places.iter().any(|(at, p)| {
        *at >= shift + unit.start && *at < shift + unit.end && p.level != Level::Province
    });
    let concrete = measure_strong.len() + result.len() + first.len() + milestone.len();
    // what the text says: figures, names, documents, dates, named places, concrete verbs; a
    // plan or an admitted problem says something by its own words
    let content = 1.5 * figures.min(3) as f64
        + 2.0 * names.len().min(2) as f64
        + 2.0 * documents.min(2) as f64
        + if explicit_date.is_some() { 1.0 } else { 0.0 }
        + if named_local { 1.0 } else { 0.0 }
        + concrete.min(4) as f64
        + if first.is_empty() { 0.0 } else { 1.0 }
        + match kind {
            PointKind::Plan => plan.len().min(2) as f64,
            PointKind::Problem => problem.len().min(2) as f64,
            _ => 0.0,
        };
    let mut score = content - generic.len().min(3) as f64;
    if only_weak {
        score -= 1.0;
    }
    if u.len() < 20 {
        score -= 1.0;
    }
    // reported speech is colour around the facts, cited less readily than the text's own words
    if is_speech(u) {
        score -= 1.5;
    }
    // a plan is kept however formulaic: the 下一步 of a report is what it says it will do
    if content < MIN_CONTENT || (score <= 0.5 && kind != PointKind::Plan) {
        return None;
    }

    // Where: the first place named before the first cue (Chinese puts the doer first:
    // 巢湖市将……, 在宁波,……), else the place in force.
    let cue_at = [
        &measure_strong,
        &measure_weak,
        &result,
        &first,
        &milestone,
        &plan,
        &problem,
    ]
    .iter()
    .filter_map(|hits| hits.first().map(|h| h.start))
    .min()
    .unwrap_or(0);
    let in_unit: Vec<&(usize, PlaceRef)> = frame
        .places
        .iter()
        .filter(|(at, p)| {
            *at >= shift + unit.start && *at < shift + unit.end && p.province != "全国"
            // 全国 in a doer's clause is a qualifier (全国社会工作者……考试)
        })
        .collect();
    // places before the first cue name the doer; a place after the verb is mostly its object
    // (成立了杭州富阳彩虹社区服务有限公司, 到太原调研), so without a doer the place in force
    // holds, and only without that the first place named
    let before_cue: Vec<&(usize, PlaceRef)> = in_unit
        .iter()
        .copied()
        .filter(|(at, _)| *at < shift + unit.start + cue_at.max(1))
        .collect();
    // the first, made as specific as an address written out goes (太原市迎泽区柳巷街道: each
    // part right after the one it lies in)
    let place = before_cue
        .first()
        .map(|(at, first)| {
            let mut chosen = (*at, first);
            for (next_at, next) in &before_cue[1..] {
                if *next_at <= chosen.0 + ADDRESS_STEP && next.place.starts_with(&chosen.1.place) {
                    chosen = (*next_at, next);
                }
            }
            chosen.1.clone()
        })
        .or_else(|| frame.carried_place.as_deref().cloned())
        .or_else(|| in_unit.first().map(|(_, p)| p.clone()))
        .unwrap_or(PlaceRef {
            province: String::new(),
            place: String::new(),
            level: Level::Province,
        });
    let place = if is_national(v, u) {
        PlaceRef {
            province: "全国".to_owned(),
            place: "全国".to_owned(),
            level: Level::Province,
        }
    } else {
        place
    };
    let paragraph = &chars[frame
        .paragraph
        .start
        .max(frame.range.start.saturating_sub(THEME_CONTEXT_CHARS))
        ..frame
            .paragraph
            .end
            .min(frame.range.end + THEME_CONTEXT_CHARS)];
    let theme = theme_for(
        u,
        cue_at..cue_at + 1,
        &[],
        sentence_lookups
            .themes
            .get_or_init(|| SentenceThemes::new(s)),
        unit.start + cue_at,
        || {
            *sentence_lookups
                .paragraph_family
                .get_or_init(|| first_family(paragraph))
        },
        || *headline.family.get_or_init(|| first_family(headline.chars)),
    );
    // 园区入驻企业1200余家,规上工业企业131家: a place's economic profile is context, not the
    // remit its paragraph goes on about
    let theme = if states_place_economy(u) {
        Theme::Other
    } else {
        theme
    };
    let as_of = explicit_date
        .clone()
        .or_else(|| dates.iter().find_map(|d| d.as_of.clone()))
        .or_else(|| {
            frame
                .dates
                .iter()
                .rev()
                .filter(|d| d.end <= shift + unit.start)
                .find_map(|d| d.as_of.clone())
        })
        .or_else(|| frame.carried_date.as_deref().map(str::to_owned));
    let mut cues: Vec<Range<usize>> = Vec::new();
    let hits_of = |k: PointKind| -> Vec<Hit> {
        match k {
            PointKind::Measure => measure_strong.clone(),
            PointKind::Result => result.clone(),
            PointKind::First => first.clone(),
            PointKind::Milestone => milestone.clone(),
            PointKind::Problem => problem.clone(),
            PointKind::Plan => plan.clone(),
            PointKind::Brand => Vec::new(),
        }
    };
    for k in std::iter::once(kind).chain(also_kinds.iter().copied()) {
        for h in hits_of(k) {
            let cue = &u[h.start..h.end];
            if !cues.iter().any(|c| &u[c.clone()] == cue) {
                cues.push(h.start..h.end);
            }
        }
    }
    Some(UnitReading {
        unit,
        kind,
        also_kinds,
        place,
        theme,
        date: explicit_date,
        as_of,
        score: (score * 10.0).round() / 10.0,
        cues,
        names,
    })
}
