//! Words that join or restrict clauses around a figure, never part of what it counts: a
//! conjunction (驿站**虽然**只有30平方米, **不但**面积扩展到1500平方米), a restrictive adverb
//! (**只**有, **仅**占) and a vague amount that opens the next phrase (13支小分队**近千**名志愿者).
//! Their words are data (data/labels.toml: clause_conjunctions, restrictive_adverbs).

use super::words::{ends_with, longest_at, vocabulary};

/// Hedges before a vague amount in characters (近千, 上百, 数十).
const VAGUE_HEDGES: &str = "近约超逾上数";
/// Characters of an amount written in words (千, 百, 万).
const WORD_NUMERALS: &str = "十百千万亿两";

/// `label` without conjunctions at either end and restrictive adverbs at its end (驿站虽然只 →
/// 驿站, 不但面积 → 面积), and without a vague amount in words at its end (志愿服务小分队近千 →
/// 志愿服务小分队); at least two characters are always left.
pub(super) fn without_clause_joints(label: &[char]) -> Vec<char> {
    let v = vocabulary();
    let mut chars: &[char] = label;
    loop {
        let len = chars.len();
        let opening = longest_at(&v.clause_conjunctions, chars);
        if opening > 0 && chars.len() - opening >= 2 {
            chars = &chars[opening..];
        }
        let closing = v
            .clause_conjunctions
            .iter()
            .chain(v.restrictive_adverbs.iter())
            .find(|w| ends_with(chars, w) && chars.len() - w.len() >= 2);
        if let Some(w) = closing {
            chars = &chars[..chars.len() - w.len()];
        }
        let numerals = chars
            .iter()
            .rev()
            .take_while(|c| WORD_NUMERALS.contains(**c))
            .count();
        let hedged = numerals > 0
            && chars.len() > numerals + 2
            && VAGUE_HEDGES.contains(chars[chars.len() - numerals - 1]);
        if hedged {
            chars = &chars[..chars.len() - numerals - 1];
        }
        if chars.len() == len {
            return chars.to_vec();
        }
    }
}

/// Whether a vague amount in words starts at `at` in `chars` (近千名志愿者, 上百名社工, 数百名
/// 党员): a hedge and a numeral in words. After a figure it opens the next phrase, which the
/// figure's counted thing never runs into.
pub(super) fn vague_amount_at(chars: &[char], at: usize) -> bool {
    chars.get(at).is_some_and(|c| VAGUE_HEDGES.contains(*c))
        && chars
            .get(at + 1)
            .is_some_and(|c| WORD_NUMERALS.contains(*c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(label: &str) -> String {
        without_clause_joints(&label.chars().collect::<Vec<_>>())
            .into_iter()
            .collect()
    }

    #[test]
    fn joints_and_vague_amounts_go() {
        assert_eq!(cut("驿站虽然只"), "驿站");
        assert_eq!(cut("不但面积"), "面积");
        assert_eq!(
            cut("新时代文明实践志愿服务小分队近千"),
            "新时代文明实践志愿服务小分队"
        );
        assert_eq!(cut("但覆盖率仅"), "覆盖率");
        // a word that only holds such a character stays
        assert_eq!(cut("但是"), "但是");
        assert_eq!(cut("百千万工程"), "百千万工程");
        assert_eq!(cut("社会组织"), "社会组织");
        assert_eq!(cut("社会工作人才"), "社会工作人才");
    }
}
