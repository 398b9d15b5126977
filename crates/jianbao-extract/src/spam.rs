//! Gambling and betting adverts around a reprinted article (`data/spam-adverts.txt`): a hacked
//! or scraped page sets a paragraph praising a betting site (注册即送88元彩金, 首存再送100%)
//! above or among the real text. Such a line is page furniture, like a keyword bar: it gives no
//! figure and no place.

const ADVERT_WORDS: &str = include_str!("../../../data/spam-adverts.txt");

/// A line with at least this many different advert words is an advert: one alone may be news
/// (a report on closing a 赌场).
const MIN_ADVERT_WORDS: usize = 2;

fn advert_words() -> &'static [Vec<char>] {
    static WORDS: std::sync::OnceLock<Vec<Vec<char>>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        ADVERT_WORDS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| l.chars().collect())
            .collect()
    })
}

/// Whether a (normalised, simplified) line is a gambling advert.
pub(crate) fn is_advert(line: &[char]) -> bool {
    let words = advert_words();
    let found = words
        .iter()
        .filter(|w| line.windows(w.len()).any(|s| s == w.as_slice()))
        .take(MIN_ADVERT_WORDS)
        .count();
    found >= MIN_ADVERT_WORDS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn a_betting_advert_is_told_from_news() {
        assert!(is_advert(&chars(
            "某某体育是领先的线上娱乐平台,注册即送88元彩金,首存再送100%。"
        )));
        assert!(!is_advert(&chars(
            "警方依法关停一处地下赌场,抓获涉案人员12名。"
        )));
        assert!(!is_advert(&chars(
            "全区注册志愿者达到3100名,开展活动140场。"
        )));
        // every word of the list is one an advert uses, none a word of this domain
        assert!(advert_words().len() >= 10);
        assert!(advert_words().iter().all(|w| w.len() >= 2));
    }
}
