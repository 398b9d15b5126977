//! A label never carries a character the page's decoding left broken. A page converted with
//! pinyin glosses and then saved in a wrong encoding loses characters with the glosses' opening
//! brackets (總?cè)藬?shù)): a `?` with a gloss after it stands for what was lost, and the Han character
//! after such a mark (and its gloss) may be what the mis-decoding made of the next bytes (藬).
//! Analysis reads past the mark, so a label may join the character before it to the one after
//! (总藬), a pair with a character lost between, no word of the text; the label is cut before that
//! pair, keeping what comes before it.

/// Whether `c` is a Han character.
fn is_han(c: char) -> bool {
    crate::labels::is_han(c)
}

/// The (before, broken) character pairs of `quote` around a lost-character mark, in simplified
/// form: the Han character before a `?` and the Han character right after the mark and the
/// gloss that follows it (?cè)).
fn broken_pairs(quote: &str) -> Vec<(char, char)> {
    let q: Vec<char> = quote.chars().collect();
    let mut pairs = Vec::new();
    for i in 1..q.len() {
        if q[i] != '?' || !is_han(q[i - 1]) {
            continue;
        }
        // the gloss after the mark, to its closing bracket (letters only), if there is one
        let mut j = i + 1;
        while q.get(j).is_some_and(|c| c.is_alphabetic() && !is_han(*c)) {
            j += 1;
        }
        // (a bare `?` may be a question mark: only a mark with its gloss is read as lost text)
        if j == i + 1 || !matches!(q.get(j), Some(')' | '）')) {
            continue;
        }
        let after = j + 1;
        if let Some(&broken) = q.get(after).filter(|c| is_han(**c)) {
            pairs.push((
                crate::script::simplified(q[i - 1]),
                crate::script::simplified(broken),
            ));
        }
    }
    pairs
}

/// `label` without a character `quote` shows broken: cut before the first pair of a character
/// and the one after it (总藬 in 快递骑手(含外卖、快递)总藬 leaves 快递骑手(含外卖、快递)).
pub fn without_broken_text(label: &str, quote: &str) -> String {
    let pairs = broken_pairs(quote);
    if pairs.is_empty() {
        return label.to_owned();
    }
    let l: Vec<char> = label.chars().collect();
    let Some(cut) = (0..l.len().saturating_sub(1)).find(|&i| pairs.contains(&(l[i], l[i + 1])))
    else {
        return label.to_owned();
    };
    // (an item or an opening bracket left open at the cut goes too)
    let kept: String = l[..cut]
        .iter()
        .collect::<String>()
        .trim_end_matches(['、', '(', '（', ',', '，'])
        .to_owned();
    // (a label the cut would leave without a word is kept: nothing better is known)
    if kept.chars().filter(|&c| is_han(c)).count() < 2 {
        label.to_owned()
    } else {
        kept
    }
}

#[cfg(test)]
mod tests {
    use super::without_broken_text;

    #[test]
    fn a_broken_character_is_cut_from_a_label() {
        let quote = "全國快遞騎手(含外賣、快遞)總?cè)藬?shù)超1450萬人";
        assert_eq!(
            without_broken_text("快递骑手(含外卖、快递)总藬", quote),
            "快递骑手(含外卖、快递)"
        );
        assert_eq!(
            without_broken_text("社区工作者、网格员总藬", "社區工作者、網格員總?cè)藬56人"),
            "社区工作者、网格员"
        );
        // a question mark is no lost text; a cut that leaves no word keeps the label
        assert_eq!(
            without_broken_text("志愿者", "怎麼辦?志願者320名"),
            "志愿者"
        );
        assert_eq!(without_broken_text("总藬", "總?cè)藬320人"), "总藬");
        // a quote with no broken mark keeps its label
        assert_eq!(
            without_broken_text("注册志愿者", "註冊志願者320名"),
            "注册志愿者"
        );
    }
}
