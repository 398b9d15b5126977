//! Labels a figure's own words do not give: a change told before the thing it changes takes
//! that thing's label, and a figure with no words of its own is named by a form's field, the
//! clause or month before it, or the figure before it in another measure.

use super::figures::SentenceFact;
use super::Page;
use crate::catalog;
use crate::numbers::Quantity;

/// Names the changes a sentence tells before the thing they change (与上年相比减少9个,全省共有
/// 基金会801个: 基金会（减少）), as statistical reports and blue books write a year's change first
/// and the total after it: each takes the label of the first later figure of its sentence that
/// counts in its unit (any for a rate) and is no change itself, and its quote runs on to show it.
/// A change with no such figure after it keeps the label its words gave.
pub(super) fn name_changes_told_first(
    page: &Page,
    nameless: &[(usize, String)],
    facts: &mut [SentenceFact],
) {
    for (i, head) in nameless {
        let rate = matches!(facts[*i].0.unit.as_str(), "%" | "个百分点");
        let named = facts[i + 1..].iter().find(|(f, _)| {
            (rate || catalog::same_unit(&f.unit, &facts[*i].0.unit))
                && crate::labels::without_change_mark(&f.label) == f.label
                && !nameless.iter().any(|(n, _)| facts[*n].0.span == f.span)
        });
        let Some((total, _)) = named else {
            continue;
        };
        let label = crate::labels::change_label(&total.label, head);
        let end = total.span[1].max(facts[*i].0.span[1]);
        let change = &mut facts[*i].0;
        change.label = label;
        change.span[1] = end;
        change.quote = page
            .char_index
            .slice(&page.doc.text, change.span[0], change.span[1])
            .to_owned();
    }
}

/// The label of a figure whose own words name nothing, from what the text says around it: a
/// form's field (户数:2860户), the clause before a total (一是防疫类诉求,共329件), the thing named
/// before a month (诉求量5月852件), the figure before it in another measure (走访86批213人次) or
/// the households before their people (住户2100户,5800人). `last` is the index and label of the
/// sentence's last figure that became a fact.
pub(super) fn label_told_around(
    s: &[char],
    previous_end: usize,
    quantities: &[Quantity],
    k: usize,
    last: Option<(usize, &str)>,
) -> Option<String> {
    let q = &quantities[k];
    crate::form_fields::field_before(s, q.range.start)
        .or_else(|| {
            crate::form_fields::subject_before_total(
                s,
                previous_end,
                q.range.start,
                q.range.end,
                &q.unit,
            )
        })
        .or_else(|| {
            crate::form_fields::month_tally_label(
                s,
                previous_end,
                q.range.start,
                q.range.end,
                &q.unit,
            )
        })
        .or_else(|| crate::second_measure::first_measure_label(quantities, k, last))
        // (its words, before the row label of a metric its wording gave: 现有居民6876户1.6万人
        // is 居民, which the quote shows)
        .or_else(|| crate::second_measure::people_of_households_label(s, quantities, k, last))
}
