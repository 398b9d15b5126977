//! Theme words that name organisations rather than people: businesses and their outlets
//! (快递企业, 外卖平台) and social organisations, so a clause naming only them is about the
//! organisations, not the workers or members a remit serves.

use super::{is_cjk, ThemeWords};
use crate::catalog::find_from;
use jianbao_facts::Theme;

/// Words for businesses and their outlets, at the end of a new-employment word (平台企业,
/// 快递网点) or after it (外卖企业).
const BUSINESS_HEADS: &[&str] = &["企业", "平台", "公司", "网点", "物流"];

/// Whether the theme word `word` itself names businesses (快递企业, 平台企业, 快递物流).
pub(super) fn names_business(word: &[char]) -> bool {
    BUSINESS_HEADS.iter().any(|b| {
        let b: Vec<char> = b.chars().collect();
        word.ends_with(&b)
    })
}

/// Words that, followed by 企业/平台/公司, name businesses (外卖、网约车**企业**) rather than the
/// workers the new-employment theme is about (外卖员, 网约车司机).
pub(super) fn names_business_at(text: &[char], end: usize) -> bool {
    let window: Vec<char> = text[end..]
        .iter()
        .copied()
        .take_while(|&c| is_cjk(c) || c == '、')
        .take(10)
        .collect();
    ["企业", "平台", "公司"].iter().any(|b| {
        let b: Vec<char> = b.chars().collect();
        find_from(&window, &b, 0).is_some_and(|at| {
            let between: String = window[..at].iter().collect();
            !["员", "手", "司机", "哥", "者", "人"]
                .iter()
                .any(|w| between.contains(w))
        })
    })
}

/// Whether the theme words of `clause` (`hits`, from `theme_hits_with_setting`) only name
/// organisations — businesses (快递、外卖、网约车企业) and social organisations (文旅协会、农资商会)
/// — and it names at least one.
pub(super) fn names_only_organisations(
    words: &ThemeWords,
    clause: &[char],
    hits: impl Iterator<Item = (usize, usize, usize, bool)>,
) -> bool {
    let mut any = false;
    for (start, end, f, _) in hits {
        let organisation = match words.families[f].0 {
            Theme::SocialOrganizations => true,
            Theme::NewEmploymentGroups => {
                names_business(&clause[start..end]) || names_business_at(clause, end)
            }
            _ => false,
        };
        if !organisation {
            return false;
        }
        any = true;
    }
    any
}
