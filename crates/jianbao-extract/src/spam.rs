//! Gambling and betting adverts around a reprinted article (`data/spam-adverts.txt`): a hacked
//! or scraped page sets a paragraph praising a betting site (注册即送88元彩金, 首存再送100%)
//! above or among the real text, or an adult site's bait as its title line (国产精品一区二区,
//! 午夜福利 …, often closed by a place's name, …黄色网址美女香港). Such a line is page furniture,
//! like a keyword bar: it gives no figure, no place and no province.

use crate::first_chars::FirstChars;

const ADVERT_WORDS: &str = include_str!("../../../data/spam-adverts.txt");

/// The advert words, and the characters that start them: most characters start no advert word
/// and are passed over at one test (every line of every page is read).
struct AdvertWords {
    words: Vec<Vec<char>>,
    first_chars: FirstChars,
}

fn advert_words() -> &'static AdvertWords {
    static WORDS: std::sync::OnceLock<AdvertWords> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let words: Vec<Vec<char>> = crate::word_lists::char_words(ADVERT_WORDS);
        let first_chars = FirstChars::of(words.iter().map(Vec::as_slice));
        AdvertWords { words, first_chars }
    })
}

/// Whether a (normalised, simplified) line is a gambling advert: it has two different advert
/// words (one alone may be news: a report on closing a 赌场).
pub(crate) fn is_advert(line: &[char]) -> bool {
    let adverts = advert_words();
    // the first advert word found, to tell a second, different one from it
    let mut first_found: Option<usize> = None;
    for (i, &c) in line.iter().enumerate() {
        if !adverts.first_chars.may_start(c) {
            continue;
        }
        let rest = &line[i..];
        for (k, w) in adverts.words.iter().enumerate() {
            // compared character by character, in place (no memcmp call per position)
            let found = rest.len() >= w.len() && rest.iter().zip(w).all(|(a, b)| a == b);
            if !found {
                continue;
            }
            match first_found {
                Some(f) if f != k => return true,
                _ => first_found = Some(k),
            }
        }
    }
    false
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
        // an adult site's bait as a title line, closed by a place; one such word in a real
        // title (最美女骑手) is no bait
        assert!(is_advert(&chars("日韩精品一区二区黄色网址美女香港")));
        assert!(is_advert(&chars(
            "欧美精品专区在线观看,国产精品午夜福利视频"
        )));
        assert!(!is_advert(&chars("海淀区评选“最美女骑手”")));
        assert!(!is_advert(&chars("活动全程网络直播,市民可在线观看。")));
        // every word of the list is one an advert uses, none a word of this domain
        assert!(advert_words().words.len() >= 10);
        assert!(advert_words().words.iter().all(|w| w.len() >= 2));
    }
}
