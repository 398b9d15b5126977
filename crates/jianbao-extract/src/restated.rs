//! Whether a figure restates one its article has already stated. A title restates a body figure
//! in the same measure word or in another of its family (名 for 人, 家 for 个: data/units.toml
//! `families`): 8000名志愿者 in the body, 8000人 in the title. The headline is read after the
//! body, so a headline figure restates any body figure of its value and family. A body figure
//! restates an earlier one only in the same measure word and when it also counts the same thing
//! (one label the start of the other): two counts of one article in 个 and 家 may share a value
//! and a head noun, and a wrong drop loses a fact.

use crate::catalog;
use crate::numbers::Quantity;
use jianbao_facts::Qualifier;
use std::collections::HashMap;

/// The figures an article has stated so far: (value's bits, unit) → their labels, each marked
/// whether a headline stated it.
pub(crate) type Stated = HashMap<(u64, String), Vec<(String, bool)>>;

/// Whether the figure `value` `unit` counting `label` restates one of `stated`.
pub(crate) fn restates(
    stated: &Stated,
    value: f64,
    unit: &str,
    label: &str,
    in_headline: bool,
) -> bool {
    let bits = value.to_bits();
    std::iter::once(unit)
        .chain(if in_headline {
            crate::numbers::unit_siblings(unit)
        } else {
            Vec::new()
        })
        .filter_map(|u| stated.get(&(bits, u.to_owned())))
        .any(|labels| {
            // (a headline's own list, 1项目、1组织、1社区入围, names items of one value and
            // measure word: a headline figure restates any body figure, another of its headline
            // only by its label, as a body figure does; misses21)
            (in_headline && labels.iter().any(|(_, headline)| !headline))
                || labels.iter().any(|(earlier, _)| {
                    earlier.starts_with(label) || label.starts_with(earlier.as_str())
                })
        })
}

/// Whether a headline's figure counts what a body figure of the same unit and label counts, and
/// no such body figure agrees with it. A headline restates or rounds its body's figure (近86万
/// for 857312, 超3万 for 32000, both facts in their own right); one more than a tenth away from
/// every body figure of the same thing, or on the wrong side of its 超/近, is a slip of the title
/// or of the page, and a wrong number is worse than a missing one.
pub(crate) fn contradicts_the_body(stated: &Stated, q: &Quantity, unit: &str, label: &str) -> bool {
    let same_thing = |(value_bits, stated_unit): &(u64, String), labels: &Vec<(String, bool)>| {
        let counts_it = labels.iter().any(|(l, headline)| {
            !headline && !l.is_empty() && (l.starts_with(label) || label.starts_with(l.as_str()))
        });
        (counts_it && catalog::same_unit(stated_unit, unit)).then(|| f64::from_bits(*value_bits))
    };
    let mut body_values = stated
        .iter()
        .filter_map(|(key, labels)| same_thing(key, labels))
        .peekable();
    if body_values.peek().is_none() || label.is_empty() {
        return false;
    }
    let agrees = |body: f64| match q.qualifier {
        Qualifier::Over => body >= q.value,
        Qualifier::Under => body <= q.value,
        _ => (body - q.value).abs() <= 0.1 * body.abs(),
    };
    !body_values.any(agrees)
}

/// The smallest step a figure written in round numbers from which a restated rounding is read
/// (1.2万 for 12036, 3千 for 2968): prose rounds to thousands or ten thousands; a smaller step
/// (120人 beside 118人) as often counts another thing.
const LEAST_ROUNDING_STEP: f64 = 1000.0;

/// The step `value` is rounded to (12000 → 1000), when it has at most three significant digits.
fn rounding_step(value: f64) -> Option<f64> {
    if value.fract() != 0.0 || value < 1.0 {
        return None;
    }
    let mut step = 1.0;
    while value % (step * 10.0) == 0.0 {
        step *= 10.0;
    }
    (value / step < 1000.0).then_some(step)
}

/// Whether a body figure restates, rounded, a more exact one its article has already stated of
/// the same thing in the same measure word (全年服务群众12036人次 … 这1.2万人次, 服务群众1.2万余人次):
/// prose that rounds a figure given exactly before says it again, and a second fact of the rounded
/// value would be a wrong number. Only when the earlier figure rounds to it at its step (or, with
/// 余 or 多, lies within the step above it).
pub(crate) fn rounds_an_earlier(stated: &Stated, q: &Quantity, unit: &str, label: &str) -> bool {
    let Some(step) = rounding_step(q.value).filter(|&s| s >= LEAST_ROUNDING_STEP) else {
        return false;
    };
    if label.is_empty() {
        return false;
    }
    stated.iter().any(|((bits, stated_unit), labels)| {
        let earlier = f64::from_bits(*bits);
        let finer = rounding_step(earlier).is_none_or(|s| s < step);
        let rounds_to = match q.qualifier {
            Qualifier::Exact | Qualifier::Approx => (earlier / step).round() * step == q.value,
            Qualifier::Over => earlier > q.value && earlier < q.value + step,
            _ => false,
        };
        stated_unit == unit
            && earlier != q.value
            && finer
            && rounds_to
            && labels.iter().any(|(l, _)| same_thing(l, label))
    })
}

/// Whether two labels name one thing: one the start or the end of the other (服务群众 and
/// 志愿者服务群众: prose restating a figure names its subject again).
fn same_thing(a: &str, b: &str) -> bool {
    !a.is_empty()
        && !b.is_empty()
        && (a.starts_with(b) || b.starts_with(a) || a.ends_with(b) || b.ends_with(a))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stated(figures: &[(f64, &str, &str)]) -> Stated {
        let mut s = Stated::new();
        for &(value, unit, label) in figures {
            s.entry((value.to_bits(), unit.to_owned()))
                .or_default()
                .push((label.to_owned(), false));
        }
        s
    }

    fn quantity(value: f64, qualifier: Qualifier) -> Quantity {
        Quantity {
            range: 0..1,
            number_start: 0,
            value,
            value_max: None,
            unit: "人次".to_owned(),
            qualifier,
        }
    }

    #[test]
    fn a_rounding_of_an_exact_figure_restates_it() {
        let body = stated(&[(12036.0, "人次", "服务群众")]);
        let restated = |value, qualifier| {
            rounds_an_earlier(&body, &quantity(value, qualifier), "人次", "服务群众")
        };
        assert!(restated(12000.0, Qualifier::Exact));
        assert!(restated(12000.0, Qualifier::Over));
        assert!(restated(10000.0, Qualifier::Over));
        // another value, or a step finer than a thousand
        assert!(!restated(13000.0, Qualifier::Exact));
        assert!(!restated(12040.0, Qualifier::Exact));
        assert!(!restated(12036.0, Qualifier::Exact));
        // another thing counted
        let other = rounds_an_earlier(&body, &quantity(12000.0, Qualifier::Exact), "人次", "培训");
        assert!(!other);
    }

    #[test]
    fn a_headline_restates_a_body_figure_in_any_measure_word_of_its_family() {
        let body = stated(&[(8000.0, "名", "志愿者")]);
        assert!(restates(&body, 8000.0, "人", "参与", true));
        assert!(restates(&body, 8000.0, "名", "参与", true));
        assert!(!restates(&body, 8000.0, "元", "经费", true));
        assert!(!restates(&body, 800.0, "人", "志愿者", true));
    }

    #[test]
    fn a_headline_figure_restates_another_of_its_headline_only_by_its_label() {
        let mut figures = Stated::new();
        figures
            .entry((1.0f64.to_bits(), "个".to_owned()))
            .or_default()
            .push(("项目".to_owned(), true));
        assert!(!restates(&figures, 1.0, "个", "组织", true));
        assert!(restates(&figures, 1.0, "个", "项目", true));
    }

    #[test]
    fn a_body_figure_restates_only_an_earlier_count_of_the_same_thing_and_word() {
        let body = stated(&[(120.0, "个", "志愿服务队"), (35.0, "名", "社工")]);
        assert!(restates(&body, 120.0, "个", "志愿服务队", false));
        assert!(restates(&body, 35.0, "名", "社工站社工", false));
        assert!(!restates(&body, 120.0, "个", "企业", false));
        assert!(!restates(&body, 35.0, "人", "社工", false));
    }
}
