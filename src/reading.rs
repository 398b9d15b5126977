//! How a reader of simplified characters reads a quote set in traditional ones. A briefing
//! quotes a source exactly (驛站雖然只有30平方米); beside such a quote it prints this reading
//! (驿站虽然只有30平方米), made with the extractor's character tables, one character for one, with
//! pinyin reading aids (社區(qū)) left out.

use jianbao_extract::script::{gloss_len, simplified};

/// Fewer changed characters than this leave a quote as it is: a simplified text may write a
/// name or a word with one traditional form (於, 乾).
const MIN_CHANGED: usize = 2;

/// The simplified reading of `quote`, or `None` when it is not written in traditional characters.
pub fn traditional_reading(quote: &str) -> Option<String> {
    let chars: Vec<char> = quote.chars().collect();
    let mut out = String::with_capacity(quote.len());
    let mut changed = 0usize;
    let mut i = 0;
    while i < chars.len() {
        let skip = gloss_len(chars[i], chars[i + 1..].iter().copied(), out.chars().last());
        if skip > 0 {
            i += skip;
            continue;
        }
        let c = simplified(chars[i]);
        changed += usize::from(c != chars[i]);
        out.push(c);
        i += 1;
    }
    (changed >= MIN_CHANGED).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_traditional_quote_is_read_in_simplified_characters() {
        assert_eq!(
            traditional_reading("驛站雖然只有30平方米").as_deref(),
            Some("驿站虽然只有30平方米")
        );
        assert_eq!(
            traditional_reading("現(xiàn)在已經(jīng)有500名志願者報名").as_deref(),
            Some("现在已经有500名志愿者报名")
        );
        assert_eq!(
            traditional_reading("全省註冊誌願者達1,200萬人").as_deref(),
            Some("全省注册志愿者达1,200万人")
        );
    }

    #[test]
    fn a_simplified_quote_has_no_reading() {
        assert_eq!(traditional_reading("全省注册志愿者1200万人"), None);
        assert_eq!(traditional_reading("於是全省注册志愿者1200万人"), None);
        assert_eq!(traditional_reading("社区(qū)工作者500名"), None);
    }
}
