//! Places the text names only to say where another place is: a seat where a prefecture's or a
//! county's government sits (X地区行署驻Y), and where a place lies (X社区位于Y区). Neither is a
//! mention of its own; the clause's figures stay with its subject.

use super::*;

/// Words between a prefecture or city and the place its government sits in (大兴安岭地区行署驻
/// 加格达奇区, 甘孜州州府所在地康定市, 县政府驻地城关镇), their last characters.
const SEAT_WORDS: &[&str] = &["驻地", "所在地", "驻"];
/// The most characters of the government's name and the seat word between the two places
/// (行署驻, 州人民政府所在地).
const MAX_SEAT_GAP: usize = 8;

/// A place's seat named as where its government sits (X地区行署驻Y市) is a location of the
/// place before it, not a mention of its own: the clause's figures stay with that place.
pub(super) fn drop_seats(g: &Gazetteer, chars: &[char], places: &mut Vec<(Range<usize>, Where)>) {
    let mut k = 0;
    while k + 1 < places.len() {
        let (whole, seat) = (&places[k], &places[k + 1]);
        let is_seat = match (whole.1, seat.1) {
            (Where::Place(whole_place), Where::Place(seat_place)) => {
                let gap = chars.get(whole.0.end..seat.0.start).unwrap_or(&[]);
                whole_place != seat_place
                    && g.contains(whole_place, seat_place)
                    && gap.len() <= MAX_SEAT_GAP
                    && gap.iter().all(|&c| crate::labels::is_han(c))
                    && SEAT_WORDS
                        .iter()
                        .any(|w| gap.ends_with(&w.chars().collect::<Vec<_>>()))
            }
            _ => false,
        };
        if is_seat {
            places.remove(k + 1);
        } else {
            k += 1;
        }
    }
}

/// The most characters of a chain's first links that may be gone before its last (十堰市 in
/// 十堰市茅箭区, a city that governs the article's own district).
const MAX_CHAIN_GAP: usize = 8;

/// Words saying where the place before them lies (三桥社区位于十堰市茅箭区), longest first. A
/// profile says what the unit belongs to the same way (青石社区隶属于株洲市荷塘区月塘街道, 该村
/// 隶属某某镇, 某某街道隶属于某某区): the chain after 隶属 is where the unit lies, as after 位于.
const WHEREABOUTS: &[&str] = &[
    "坐落于",
    "坐落在",
    "地处于",
    "隶属于",
    "地处",
    "位于",
    "处于",
    "隶属",
];

/// A place followed by where it lies (三桥社区位于十堰市茅箭区,现有居民2100户; 南召县地处南阳市
/// 东北部): the places after 位于 say where the subject is, so they are no mention of their own
/// and the clause's figures stay with its subject; a named community or street takes them as the
/// place it lies in.
pub(super) fn locate_at_whereabouts(
    g: &Gazetteer,
    chars: &[char],
    places: &mut Vec<(Range<usize>, Where)>,
    locals: &mut Locals,
) {
    let mut k = 0;
    while k + 1 < places.len() {
        let subject = places[k].clone();
        let word = WHEREABOUTS
            .iter()
            .find(|w| word_at(chars, subject.0.end, w))
            .map_or(0, |w| w.chars().count());
        let at = subject.0.end + word;
        // the place after the word, written as a chain (十堰市茅箭区): its last link (the
        // chain's first links may be gone already, as places governing the article's own one)
        let mut last = k;
        // (a town or street the gazetteer does not list may end the chain: 南汇村位于秀洲区
        // 王江泾镇东部)
        while word > 0
            && last + 1 < places.len()
            && (matches!(places[last + 1].1, Where::Place(_))
                || matches!(places[last + 1].1, Where::Local(..)))
            && if last == k {
                let start = places[k + 1].0.start;
                start >= at
                    && start - at <= MAX_CHAIN_GAP
                    && chars[at..start].iter().all(|&c| crate::labels::is_han(c))
            } else {
                places[last + 1].0.start == places[last].0.end
            }
        {
            last += 1;
        }
        // a community or village located in a town or street: named under it
        if let (Where::Local(local, _), Where::Local(town, parent)) = (subject.1, places[last].1) {
            let written: String = chars[subject.0.clone()].iter().collect();
            if last > k && crate::locals::below_street(&chars[subject.0.clone()]) {
                let shown = format!("{}{written}", locals.shown[town]);
                if !locals.by_shown.contains_key(&shown) {
                    locals.by_shown.remove(&locals.shown[local]);
                    locals.by_shown.insert(shown.clone(), local);
                    locals.shown[local] = shown;
                }
                locals.parents[local] = parent;
                places[k].1 = Where::Local(local, parent);
                places.drain(k + 1..=last);
                k += 1;
                continue;
            }
        }
        let whereabouts = match places[last].1 {
            Where::Place(p) if last > k => Some(p),
            _ => None,
        };
        let Some(p) = whereabouts else {
            k += 1;
            continue;
        };
        let holds = match subject.1 {
            Where::Local(local, _) if matches!(g.level(p), Level::City | Level::District) => {
                let written: String = chars[subject.0.clone()].iter().collect();
                let shown = format!("{}{written}", g.display(p));
                if !locals.by_shown.contains_key(&shown) {
                    locals.by_shown.remove(&locals.shown[local]);
                    locals.by_shown.insert(shown.clone(), local);
                    locals.shown[local] = shown;
                }
                locals.parents[local] = Some(p);
                places[k].1 = Where::Local(local, Some(p));
                true
            }
            Where::Place(own) => own != p && g.contains(p, own),
            _ => false,
        };
        if holds {
            places.drain(k + 1..=last);
        }
        k += 1;
    }
}

/// The most characters of a unit's bare kind before its whereabouts word (社区, 该社区, 目前本村).
const MAX_BARE_SUBJECT_CHARS: usize = 5;

/// Drops the places a clause opened by a unit's bare kind names as where the unit lies (社区位于
/// 东区西南部,辖区面积1.1平方公里; 该村地处秀洲区北部): a profile says so of the community or
/// village it is about, and the clause's figures stay that unit's, never the district's. So does
/// a clause with no subject of its own after a sentence opened by the unit's name (青石社区隶属于
/// 月塘街道,位于荷塘区东北部; 某某村始建于明代,地处某某县西部): its subject is still the unit.
pub(super) fn drop_bare_unit_whereabouts(chars: &[char], places: &mut Vec<(Range<usize>, Where)>) {
    if places.is_empty() {
        return;
    }
    let opens_on_unit = places.first().is_some_and(|(r, w)| {
        r.start == 0
            && matches!(w, Where::Local(..))
            && (crate::locals::is_community(&chars[r.clone()])
                || crate::locals::is_street(&chars[r.clone()]))
    });
    places.retain(|(r, w)| {
        !matches!(w, Where::Place(_)) || !after_bare_unit_whereabouts(chars, r.start, opens_on_unit)
    });
}

/// Whether a place starting at `start` is written after a whereabouts word (位于, 地处) with at
/// most a chain's first links between, in a clause that opens with a unit's bare kind, or (where
/// the sentence `opens_on_unit`'s name) with the whereabouts word itself.
fn after_bare_unit_whereabouts(chars: &[char], start: usize, opens_on_unit: bool) -> bool {
    WHEREABOUTS.iter().any(|w| {
        let length = w.chars().count();
        (0..=MAX_CHAIN_GAP).any(|gap| {
            let Some(at) = start.checked_sub(gap + length) else {
                return false;
            };
            if !word_at(chars, at, w)
                || !chars[at + length..start]
                    .iter()
                    .all(|&c| crate::labels::is_han(c))
            {
                return false;
            }
            let clause_start = chars[..at]
                .iter()
                .rposition(|&c| crate::catalog::is_clause_break(c) || c == '\n')
                .map_or(0, |i| i + 1);
            (opens_on_unit && at == clause_start && clause_start > 0)
                || (at - clause_start <= MAX_BARE_SUBJECT_CHARS
                    && crate::locals::unit_kind_subject(&chars[clause_start..]).is_some())
        })
    })
}
