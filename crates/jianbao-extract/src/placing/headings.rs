//! A line that names only a street, town or community heads the section after it: district and
//! city round-ups and work reports tell several units in turn, each under a line of its own
//! (石羊街道, 【幸福里社区】, （一）城南街道:), so the section's figures are that unit's until the
//! next such heading, not the district's the article is about.

use super::{local_inside, Locals, Where};
use crate::places::{Gazetteer, PlaceId};

/// The most characters a unit's heading line holds past its numbering and brackets.
const MAX_HEADING_CHARS: usize = 16;
/// Characters that set a heading apart: brackets, colons, bullets and spaces.
const HEADING_MARKS: &[char] = &[
    '【', '】', '[', ']', '〔', '〕', ':', '：', ' ', '　', '■', '●', '◆', '▲', '·', '(', ')',
    '（', '）', '、', '.',
];
/// Numerals that number a heading (一、, （二）, 3.).
const HEADING_NUMERALS: &str = "一二三四五六七八九十0123456789";
/// Characters that close a heading's number.
const NUMBERING_ENDS: &[char] = &['、', '.', '．', '）', ')'];

/// The unit a heading line names when it is nothing but a local unit's name, perhaps after its
/// district or city and numbering (石羊街道, 【幸福里社区】, 二、城南街道:, 武侯区簇桥街道):
/// it lies in the place the line names, else in `around` (the article's own place).
pub(crate) fn local_heading(
    g: &Gazetteer,
    locals: &mut Locals,
    line: &[char],
    province: Option<PlaceId>,
    around: Option<Where>,
) -> Option<Where> {
    let line = &line[line
        .iter()
        .take_while(|c| HEADING_MARKS.contains(c))
        .count()..];
    // its numbering: numerals closed by 、 . or a bracket (二、, （一）, 3.)
    let numerals = line
        .iter()
        .take_while(|c| HEADING_NUMERALS.contains(**c))
        .count();
    let numbered = numerals > 0
        && line
            .get(numerals)
            .is_some_and(|c| NUMBERING_ENDS.contains(c));
    let line = if numbered {
        &line[numerals + 1..]
    } else {
        line
    };
    let core: Vec<char> = line
        .iter()
        .copied()
        .filter(|c| !HEADING_MARKS.contains(c))
        .collect();
    if core.is_empty() || core.len() > MAX_HEADING_CHARS {
        return None;
    }
    let found = super::find_places(g, &core, province);
    // the places the line opens with, one run (武侯区, 成都市武侯区)
    let chain_end = found
        .iter()
        .take_while(|m| m.range.start == 0 || found.iter().any(|o| o.range.end == m.range.start))
        .map(|m| m.range.end)
        .max()
        .unwrap_or(0);
    let known: Vec<std::ops::Range<usize>> = found.iter().map(|m| m.range.clone()).collect();
    let local = crate::locals::find_locals(&core, &known)
        .into_iter()
        .next()?;
    if local.start != chain_end
        || local.end != core.len()
        || crate::locals::is_estate(&core[local.clone()])
    {
        return None;
    }
    let place = found
        .iter()
        .filter(|m| m.range.end <= chain_end)
        .map(|m| m.place)
        .max_by_key(|&p| g.level(p))
        .map(Where::Place)
        .or(around)?;
    local_inside(g, locals, place, &core[local])
}
