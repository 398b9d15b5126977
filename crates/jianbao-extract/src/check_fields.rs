//! The field checks of `facts check` beyond "the quote is at its span": the quote must state
//! the fact's figure, and names that reach file names, Markdown and templates (ids, provinces,
//! places, labels) must be what they claim to be.

use crate::check::CheckProblem;
use crate::ingest::Normalized;
use crate::numbers::find_quantities;
use crate::places::Gazetteer;
use jianbao_facts::{Fact, Qualifier};

fn problem(out: &mut Vec<CheckProblem>, id: &str, problem: String, fix: &str) {
    out.push(CheckProblem {
        fact_id: id.to_owned(),
        problem,
        fix: fix.to_owned(),
    });
}

/// Ids are cited as footnote labels (`[^id]`) and quoted in templates: letters, digits, `-`
/// and `_` only, as `jianbao extract` writes them.
pub(crate) fn check_id(id: &str, out: &mut Vec<CheckProblem>) {
    let ok = !id.is_empty()
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if !ok {
        problem(
            out,
            id,
            format!("id {id:?} is not made of letters, digits, `-` and `_` (at most 64)"),
            "use the ids `jianbao extract` writes (re-run it)",
        );
    }
}

/// Characters a short name field never holds: line breaks and other control or invisible
/// format characters, which would inject Markdown or hide text. U+FFFD is none of these: it is
/// the visible mark of bytes a source could not decode, and extraction keeps it as text.
fn has_control(text: &str) -> bool {
    text.chars().any(|c| {
        c.is_control()
            || matches!(c, '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2060}'..='\u{206f}' | '\u{feff}' | '\u{fff0}'..='\u{fffc}' | '\u{fffe}' | '\u{ffff}')
    })
}

/// A place name as extraction writes one: letters (Chinese), digits and the brackets and
/// separators of names like 浙江省部分县（市、区）.
fn is_place_name(text: &str) -> bool {
    text.chars()
        .all(|c| c.is_alphanumeric() || "（）()、·".contains(c))
        && text.chars().count() <= 40
}

/// Province, place, label, unit, metric and date of one fact.
pub(crate) fn check_fact_fields(f: &Fact, out: &mut Vec<CheckProblem>) {
    check_id(&f.id, out);
    let g = Gazetteer::embedded();
    // empty: extraction found no place for the figure
    let province_ok =
        f.province.is_empty() || f.province == "全国" || g.find_province(&f.province).is_some();
    if !province_ok {
        problem(
            out,
            &f.id,
            format!("province {:?} is not a province", f.province),
            "write a province as in the gazetteer (浙江, 山西 …) or 全国",
        );
    }
    if !is_place_name(&f.place) {
        problem(
            out,
            &f.id,
            format!("place {:?} is not a place name", f.place),
            "write the place as extraction does (宁波市, 杭州市上城区紫阳街道 …)",
        );
    }
    for (field, value) in [
        ("label", f.label.as_str()),
        ("unit", f.unit.as_str()),
        ("metric", f.metric.as_deref().unwrap_or("")),
        ("as_of", f.as_of.as_deref().unwrap_or("")),
    ] {
        if has_control(value) || value.chars().count() > 200 {
            problem(
                out,
                &f.id,
                format!(
                    "{field} holds a line break or control character, or is over 200 characters"
                ),
                "keep it to one short line of text",
            );
        }
    }
}

/// Whether two figures are the same number (as read from text, not computed).
fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// The quote must state the fact's value, range and unit, and (for the primary quote) its
/// qualifier: a value of 1.7e308 citing "11个设区市" is not what the quote says.
///
/// `traditional` says whether the quoted page is written in traditional characters: extraction
/// reads such a page in simplified ones (萬 as 万), and a short quote alone may not show it.
pub(crate) fn check_quote_states_value(
    f: &Fact,
    quote: &str,
    traditional: bool,
    primary: bool,
    out: &mut Vec<CheckProblem>,
) {
    if quote.trim().is_empty() {
        return; // reported with the citation
    }
    // a quote lies within one paragraph as extraction joined it: its line breaks are OCR breaks
    let joined: String = quote
        .chars()
        .filter(|c| !matches!(c, '\n' | '\r'))
        .map(|c| {
            if traditional {
                crate::script::simplified(c)
            } else {
                c
            }
        })
        .collect();
    let chars = Normalized::new(&joined).chars;
    let states = find_quantities(&chars).iter().any(|q| {
        same(q.value, f.value)
            && match (q.value_max, f.value_max) {
                (None, None) => true,
                (Some(a), Some(b)) => same(a, b),
                _ => false,
            }
            // a figure whose unit the text leaves out takes its metric's unit
            && (q.unit == f.unit || q.unit.is_empty())
            && (!primary || q.qualifier == f.qualifier || (f.qualifier == Qualifier::Range && q.value_max.is_some()))
    });
    if !states {
        problem(
            out,
            &f.id,
            format!(
                "the quote {} does not state value {}{} {} ({:?})",
                crate::check::excerpt(quote),
                f.value,
                f.value_max.map(|m| format!("–{m}")).unwrap_or_default(),
                f.unit,
                f.qualifier
            ),
            "correct value, value_max, unit and qualifier to what the quote says, or re-run `jianbao extract`",
        );
    }
}
