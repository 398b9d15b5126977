//! A figure written right after another, with nothing between (群众到市走访86批213人次, 发生纠纷3起
//! 涉及15人 is not one; 受理12件35人次 is), counts the same visits, letters or cases in a second
//! measure word: petition and 信访 reports write 批 and 人次, 件 and 人 this way. It names no
//! thing of its own, so it takes what the figure before it counts. A profile writes a place's
//! households and their people the same way, or with a comma between (居民1260户3580人, 共有住户
//! 2100户,5800人): a bare count of people right after a count of households, ending its clause,
//! counts the people of those households.

use crate::numbers::Quantity;

/// The label of figure `k` when it is the second measure of the figure before it: that figure's
/// label (`labelled_last`: the index and label of the sentence's last figure that became a fact).
pub(crate) fn first_measure_label(
    quantities: &[Quantity],
    k: usize,
    labelled_last: Option<(usize, &str)>,
) -> Option<String> {
    let before = k.checked_sub(1)?;
    let (index, label) = labelled_last?;
    (index == before
        && quantities[before].range.end == quantities[k].range.start
        && quantities[before].unit != quantities[k].unit
        && !label.trim().is_empty())
    .then(|| label.to_owned())
}

/// Units of households, and of the people a bare count after them counts.
const HOUSEHOLDS: &str = "户";
const PEOPLE: &[&str] = &["人", "名"];

/// The label of figure `k` of sentence `s` when it counts, bare, the people of the households
/// the figure before it counts (住户2100户,5800人): that figure's label. Only a comma or an
/// enumeration comma between them, and the clause ends after it.
pub(crate) fn people_of_households_label(
    s: &[char],
    quantities: &[Quantity],
    k: usize,
    labelled_last: Option<(usize, &str)>,
) -> Option<String> {
    let before = k.checked_sub(1)?;
    let (index, label) = labelled_last?;
    let (households, people) = (&quantities[before], &quantities[k]);
    let between = s.get(households.range.end..people.range.start)?;
    let ends_clause = s
        .get(people.range.end)
        .is_none_or(|c| matches!(c, ',' | '，' | '。' | ';' | '；' | '、'));
    (index == before
        && households.unit == HOUSEHOLDS
        && PEOPLE.contains(&people.unit.as_str())
        && matches!(between, [',' | '，' | '、'])
        && ends_clause
        && !label.trim().is_empty())
    .then(|| label.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numbers::find_quantities;

    fn quantities(text: &str) -> Vec<Quantity> {
        find_quantities(&text.chars().collect::<Vec<char>>())
    }

    #[test]
    fn a_figure_right_after_another_takes_its_label() {
        let qs = quantities("群众到市走访86批213人次");
        assert_eq!(
            first_measure_label(&qs, 1, Some((0, "群众到市走访"))),
            Some("群众到市走访".to_owned())
        );
    }

    #[test]
    fn a_figure_apart_or_after_a_dropped_one_does_not() {
        let apart = quantities("走访86批,涉及213人次");
        assert_eq!(first_measure_label(&apart, 1, Some((0, "走访"))), None);
        let joined = quantities("走访86批213人次");
        assert_eq!(first_measure_label(&joined, 1, None), None);
        assert_eq!(first_measure_label(&joined, 0, Some((0, "走访"))), None);
    }

    #[test]
    fn bare_people_after_households_take_their_label() {
        for text in [
            "共有住户2100户,5800人,",
            "农户460户、1520人。",
            "辖区居民3400户,9800名",
        ] {
            let chars: Vec<char> = text.chars().collect();
            let qs = find_quantities(&chars);
            assert_eq!(
                people_of_households_label(&chars, &qs, 1, Some((0, "住户"))),
                Some("住户".to_owned()),
                "{text}"
            );
        }
        for text in [
            "共有住户2100户,5800人参加活动",
            "共有住户2100户,服务5800人",
            "慰问困难群众120人,300户",
        ] {
            let chars: Vec<char> = text.chars().collect();
            let qs = find_quantities(&chars);
            assert_eq!(
                people_of_households_label(&chars, &qs, 1, Some((0, "住户"))),
                None,
                "{text}"
            );
        }
    }
}
