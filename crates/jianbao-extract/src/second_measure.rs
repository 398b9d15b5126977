//! A figure written right after another, with nothing between (群众到市走访86批213人次, 发生纠纷3起
//! 涉及15人 is not one; 受理12件35人次 is), counts the same visits, letters or cases in a second
//! measure word: petition and 信访 reports write 批 and 人次, 件 and 人 this way. It names no
//! thing of its own, so it takes what the figure before it counts.

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
}
