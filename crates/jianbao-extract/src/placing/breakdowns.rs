//! The parts of a whole just counted (……共受理市民诉求1655件,其中大冶市573件,阳新县278件): a
//! breakdown names each part with its own count right after it, and the text goes on about the
//! whole. Official and news texts give a total first and split it after 其中; the places of the
//! split are where their own counts are, not the total's, nor the figures told after the split.

use std::ops::Range;

/// Whether the place named at `r` in sentence `s` is one part of a breakdown: named after 其中 in
/// its sentence, with no semicolon or full stop between (a new clause of the sentence may be
/// about that place on its own), and followed right away by its own count (阳新县278件).
pub(crate) fn breakdown_part(s: &[char], r: &Range<usize>) -> bool {
    if !s.get(r.end).is_some_and(char::is_ascii_digit) {
        return false;
    }
    let before = &s[..r.start.min(s.len())];
    let Some(at) = before.windows(2).rposition(|w| w == ['其', '中']) else {
        return false;
    };
    !before[at..].iter().any(|&c| matches!(c, ';' | '；' | '。'))
}

#[cfg(test)]
mod tests {
    use super::breakdown_part;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn a_place_with_its_count_after_qizhong_is_a_part() {
        let s = chars("全市共受理诉求1655件,其中大冶市573件,阳新县278件;包括咨询1127件");
        let at = |name: &str| {
            let text: String = s.iter().collect();
            let start = text[..text.find(name).unwrap()].chars().count();
            start..start + name.chars().count()
        };
        assert!(breakdown_part(&s, &at("大冶市")));
        assert!(breakdown_part(&s, &at("阳新县")));
        // a place told with a verb, or after a semicolon, is no part
        let s = chars("其中,阳新县建成站点12个");
        assert!(!breakdown_part(&s, &(3..6)));
        let s = chars("其中城区5个;阳新县12个");
        assert!(!breakdown_part(&s, &(9..12)));
    }
}
