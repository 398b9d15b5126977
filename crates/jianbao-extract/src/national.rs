//! Whether an article is the country's: a national report (我国社会组织……; 记者从民政部获悉,截至
//! 年底全国共有……) opens with the country or a central body as its subject and names no place
//! of its own, so its figures are 全国 however often a later section names one province.

use crate::placing::{national_at, WHOLE_PLACE_WORDS};

/// Whether an opening line or sentence speaks of the country: 全国 as a place (not 占全国 nor
/// a name such as 全国文明城市), 我国, or a central body (民政部, 中央社会工作部 …).
pub(crate) fn speaks_of_country(text: &[char]) -> bool {
    (0..text.len()).any(|i| {
        national_at(text, i)
            || (text[i] == '我' && text.get(i + 1) == Some(&'国'))
            || crate::attach::central_body_at(text, i)
    })
}

/// Whether a line or sentence names the country anywhere (see [`speaks_of_country`]), in a scope
/// too (在全国拥有418支, 遍及全国, 到全国各地): for a page that names no place at all, the only
/// place it speaks of. A share (占全国, 居全国) and a name or title (全国文明城市) are not.
pub(crate) fn names_country_anywhere(text: &[char]) -> bool {
    (0..text.len()).any(|i| {
        let scope =
            i > 0 && matches!(text[i - 1], '在' | '到' | '及') && national_at(&text[i..], 0);
        national_at(text, i) || scope || (text[i] == '我' && text.get(i + 1) == Some(&'国'))
    })
}

/// Whether a line or sentence names its own place as a whole (我省, 全市, 本县 …): such an
/// article is a province's, city's or county's that reports what the country did for it
/// (民政部公布……,我省共有2家), not the country's.
pub(crate) fn names_own_whole(text: &[char]) -> bool {
    (0..text.len()).any(|i| {
        matches!(text[i], '全' | '我' | '本')
            && WHOLE_PLACE_WORDS.iter().any(|(word, _)| {
                let mut word = word.chars();
                word.next() == Some(text[i])
                    && word
                        .enumerate()
                        .all(|(k, w)| text.get(i + 1 + k) == Some(&w))
            })
    })
}
