//! Signed rates and pairs (data/signs-and-pairs.toml): a minus sign read as a rate's sign only
//! after a word of growth or a copula (比上年增长-1.18%), and 对 read as a count of pairs only
//! when it does not join two numbers or open another word (劝和65对, not 1对1, 对接).

use std::sync::OnceLock;

const DATA: &str = include_str!("../../../../data/signs-and-pairs.toml");

#[derive(serde::Deserialize)]
struct SignedRates {
    minus: Vec<String>,
    after: Vec<String>,
    units: Vec<String>,
}

#[derive(serde::Deserialize)]
struct Pairs {
    unit: String,
    not_before: Vec<String>,
}

#[derive(serde::Deserialize)]
struct File {
    signed_rates: SignedRates,
    pairs: Pairs,
}

struct Cues {
    minus: Vec<char>,
    after: Vec<Vec<char>>,
    units: Vec<String>,
    pair_unit: String,
    pair_not_before: Vec<Vec<char>>,
}

fn cues() -> &'static Cues {
    static CUES: OnceLock<Cues> = OnceLock::new();
    CUES.get_or_init(|| {
        let f: File = toml::from_str(DATA).expect("data/signs-and-pairs.toml parses");
        let chars = |l: Vec<String>| l.iter().map(|w| w.chars().collect()).collect();
        Cues {
            minus: f
                .signed_rates
                .minus
                .iter()
                .filter_map(|m| m.chars().next())
                .collect(),
            after: chars(f.signed_rates.after),
            units: f.signed_rates.units,
            pair_unit: f.pairs.unit,
            pair_not_before: chars(f.pairs.not_before),
        }
    })
}

/// Whether the character before the number at `start` is a minus sign that is the sign of a rate:
/// a word of growth or a copula right before it (spaces between allowed).
pub(super) fn signed_rate_at(chars: &[char], start: usize) -> bool {
    let c = cues();
    let Some(sign) = start.checked_sub(1) else {
        return false;
    };
    if !c.minus.contains(&chars[sign]) {
        return false;
    }
    let mut end = sign;
    while end > 0 && chars[end - 1] == ' ' {
        end -= 1;
    }
    c.after
        .iter()
        .any(|w| end >= w.len() && chars[end - w.len()..end] == w[..])
}

/// Whether `unit` is a rate a sign may stand before (%, 个百分点).
pub(super) fn is_signed_unit(unit: &str) -> bool {
    cues().units.iter().any(|u| u == unit)
}

/// Whether 对 read as the unit of the figure ending at `end` (past the unit) joins two numbers or
/// opens another word (1对1, 对接): no count of pairs.
pub(super) fn pair_is_no_count(chars: &[char], end: usize, unit: &str) -> bool {
    let c = cues();
    if unit != c.pair_unit {
        return false;
    }
    let after = &chars[end.min(chars.len())..];
    after.first().is_some_and(|ch| ch.is_ascii_digit())
        || c.pair_not_before.iter().any(|w| after.starts_with(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn a_sign_after_growth_is_a_rate_sign() {
        let s = chars("比上年增长-1.18%");
        assert!(signed_rate_at(&s, 6));
        let s = chars("增速为 -0.65%");
        assert!(signed_rate_at(&s, 5));
        // a range or a formula: no sign
        let s = chars("3-5人");
        assert!(!signed_rate_at(&s, 2));
        let s = chars("比例3%-5%");
        assert!(!signed_rate_at(&s, 5));
    }

    #[test]
    fn pairs_joining_numbers_are_no_count() {
        let s = chars("1对1帮扶");
        assert!(pair_is_no_count(&s, 2, "对"));
        let s = chars("65对夫妻");
        assert!(!pair_is_no_count(&s, 3, "对"));
        let s = chars("100对接");
        assert!(pair_is_no_count(&s, 4, "对"));
    }
}
