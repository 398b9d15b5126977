//! Traditional → simplified characters for analysis (a page from 香港, 澳门 or 台湾, or a mainland
//! page set in traditional characters).
//!
//! The vocabularies, the gazetteer and the number reader are written in simplified characters;
//! a traditional text (社會工作, 誌願者, 3萬個) is read through OpenCC's character tables
//! (data/opencc: `TSCharacters`, with the Taiwan and Hong Kong variant forms first brought to
//! OpenCC's standard). The conversion is one character for one character, so every position found
//! in the converted text is a position in the original: quotes stay exact in the original script.
//! Phrase-level conversion (OpenCC's `TSPhrases`) is not needed to recognise the domain's words and
//! would change lengths.

// `SIMPLIFIED_HAN` (the simplified form of each character of U+4E00..=U+9FFF) and
// `SIMPLIFIED_OTHER` (sorted (from, to) pairs of the other characters that change): OpenCC's
// tables (data/opencc) read when the crate was built (build.rs, build/opencc.rs).
include!(concat!(env!("OUT_DIR"), "/opencc.rs"));

/// The first character of `SIMPLIFIED_HAN`.
const HAN_FIRST: u32 = 0x4e00;

/// A page counts as traditional when at least this share (per mille) of its Han characters
/// have a different simplified form …
const MIN_TRADITIONAL_PER_MILLE: usize = 20;
/// … and at least this many do (a simplified page may quote a name such as 於 or 乾).
const MIN_TRADITIONAL_CHARS: usize = 5;

/// The simplified form of one character (itself when it has none).
pub fn simplified(c: char) -> char {
    if c.is_ascii() {
        return c;
    }
    match SIMPLIFIED_HAN.get((c as u32).wrapping_sub(HAN_FIRST) as usize) {
        Some(&s) => s,
        None => SIMPLIFIED_OTHER
            .binary_search_by_key(&c, |&(from, _)| from)
            .map_or(c, |k| SIMPLIFIED_OTHER[k].1),
    }
}

fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// Whether `chars` are written in traditional characters (enough of them have another
/// simplified form).
pub fn is_traditional<C: std::borrow::Borrow<char>>(chars: impl IntoIterator<Item = C>) -> bool {
    let (mut han, mut traditional) = (0usize, 0usize);
    for c in chars {
        let c = *c.borrow();
        if is_han(c) {
            han += 1;
            if simplified(c) != c {
                traditional += 1;
            }
        }
    }
    traditional >= MIN_TRADITIONAL_CHARS && traditional * 1000 >= MIN_TRADITIONAL_PER_MILLE * han
}

/// The longest pinyin syllable (zhuang, shuang).
const MAX_GLOSS_LETTERS: usize = 6;

/// The most syllables one gloss spells: a converter glosses a word at a time, and the words it
/// glosses (志願者(zhì yuàn zhě), 社會工作(shè huì gōng zuò)) are at most four characters …
const MAX_GLOSS_SYLLABLES: usize = 4;
/// … unless the gloss carries tones, which only pinyin does: then a longer word or name glossed
/// whole (新時代文明實踐站(xīn shí dài wén míng shí jiàn zhàn)) is one gloss too.
const MAX_TONED_GLOSS_SYLLABLES: usize = 8;

/// The closing bracket of each bracket a gloss may open with: parentheses half- and full-width,
/// square brackets, 【】, 〔〕, 〈〉 and angle brackets (converters and reading-aid plug-ins each
/// print their own).
const GLOSS_BRACKETS: &[(char, &[char])] = &[
    ('(', &[')', '）']),
    ('（', &[')', '）']),
    ('[', &[']', '］']),
    ('［', &[']', '］']),
    ('【', &['】']),
    ('〔', &['〕']),
    ('〈', &['〉']),
    // an HTML tag opens the same way (<p>, <b>): only a toned gloss counts in angle brackets
    ('<', &['>']),
    ('＜', &['＞']),
];

/// The length of a pinyin gloss that opens with `c`, followed by `rest`, right after `prev`;
/// 0 when there is none. Pages converted with reading aids print the pinyin of a character or a
/// word in brackets right after it: lower-case Latin letters, tone marks included (precomposed,
/// or a letter and a combining mark), one syllable (社區(qū), 鄉(xiāng)鎮(zhèn)), a word's syllables set
/// apart by spaces or apostrophes (誌願(zhì yuàn), 西安(xī'ān)) or written together with their
/// tone marks (誌願者(zhìyuànzhě)), or with tone numbers instead (服務(fu2 wu4)); a name's
/// syllables may open with a capital when the gloss carries tones (西安(Xī'ān)); the brackets
/// half- or full-width parentheses, square brackets, 【】, 〔〕, 〈〉 or, toned, angle brackets, spaces
/// allowed inside them (社區( qū )). After a Han character, a Chinese numeral's and a unit's included
/// (兩(liǎng)萬(wàn)人), or after the digits of a number, toned (5000(wǔ qiān)萬). A page saved in
/// an encoding that lost a character together with the gloss's opening bracket shows `?` in their
/// place (總?cè)藬?shù)): a `?` right after a Han character, followed by a toned gloss and its
/// closing parenthesis, is read past the same way. Such a gloss is no part of the words it
/// interrupts, so analysis reads past it (the original, quotes included, keeps it). It reads the
/// text as it goes, so normalising needs no copy of the text as characters.
#[inline]
pub fn gloss_len(c: char, rest: impl Iterator<Item = char>, prev: Option<char>) -> usize {
    let after_digit = prev.is_some_and(|p| p.is_ascii_digit());
    if !(prev.is_some_and(is_han) || after_digit) {
        return 0;
    }
    // a `?` standing for a lost character and the gloss's lost opening bracket
    let lost_opening = c == '?' && !after_digit;
    let closers: &[char] = if lost_opening {
        &[')', '）']
    } else {
        match GLOSS_BRACKETS.iter().find(|(open, _)| *open == c) {
            Some((_, closers)) => closers,
            None => return 0,
        }
    };
    let (mut syllables, mut toned, mut capital) = (0, false, false);
    // the run of letters being read, whether it carries a tone mark, whether a tone number has
    // just closed a syllable, and whether a letter has been read at all (spaces may pad the
    // brackets)
    let (mut letters, mut run_toned, mut closed, mut any) = (0, false, false, false);
    let longest = MAX_TONED_GLOSS_SYLLABLES * (MAX_GLOSS_LETTERS * 2 + 2) + 4;
    for (read, next) in (2..).zip(rest.take(longest + 1)) {
        if is_pinyin_letter(next) || (letters == 0 && next.is_uppercase() && next.is_alphabetic()) {
            // a capital opens a name's syllable only (Xī'ān, never APP)
            capital |= next.is_uppercase();
            closed = false;
            letters += 1;
            any = true;
            run_toned |= !next.is_ascii();
            continue;
        }
        if letters > 0 && is_combining_tone(next) {
            run_toned = true;
            continue;
        }
        if letters > 0 {
            // a run of letters is one syllable, or a whole word when tone marks show it is pinyin
            let fits = letters <= MAX_GLOSS_LETTERS
                || (run_toned && letters <= MAX_GLOSS_SYLLABLES * MAX_GLOSS_LETTERS);
            if !fits {
                return 0;
            }
            syllables += 1;
            toned |= run_toned;
            (letters, run_toned) = (0, false);
            // a tone number closes its syllable (fu2 wu4)
            if matches!(next, '1'..='5') {
                (toned, closed) = (true, true);
                continue;
            }
        } else if !closed && any && !matches!(next, ' ' | '\u{3000}') && !closers.contains(&next) {
            return 0;
        }
        closed = false;
        if closers.contains(&next) {
            if !any {
                return 0;
            }
            let limit = if toned {
                MAX_TONED_GLOSS_SYLLABLES
            } else {
                MAX_GLOSS_SYLLABLES
            };
            // after a digit, after a lost character and in a name's capitals only toned pinyin
            // is surely a gloss (2024(a), 附件(A) are not)
            let needs_tone = after_digit || lost_opening || capital || matches!(c, '<' | '＜');
            return if syllables > limit || (needs_tone && !toned) {
                0
            } else {
                read
            };
        }
        match next {
            ' ' | '\u{3000}' | '\'' | '’' if syllables < MAX_TONED_GLOSS_SYLLABLES => {}
            _ => return 0,
        }
    }
    0
}

/// `chars` without the pinyin glosses [`gloss_len`] reads past (for the readers of the original
/// text outside normalising, such as the page's province).
pub fn without_glosses(chars: &[char]) -> Vec<char> {
    let mut kept: Vec<char> = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let gloss = gloss_len(
            chars[i],
            chars[i + 1..].iter().copied(),
            kept.last().copied(),
        );
        if gloss > 0 {
            i += gloss;
        } else {
            kept.push(chars[i]);
            i += 1;
        }
    }
    kept
}

/// A combining tone mark (a letter and U+0301 for á): pages that decompose their text print
/// tones so.
fn is_combining_tone(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{0308}' | '\u{030c}')
}

/// A letter of a pinyin syllable as glosses print it: lower case, tone marks and ü included.
fn is_pinyin_letter(c: char) -> bool {
    c.is_lowercase() && c.is_alphabetic() && !is_han(c)
}

/// Characters that make a clause a question (吗, 呢, 什么, 怎么办, 为何, 哪里, 几个, 谁, 是否,
/// 难道): a `?` after a clause with one asks.
const QUESTION_WORDS: &[char] = &[
    '吗', '呢', '么', '嘛', '否', '何', '谁', '哪', '几', '怎', '难', '岂',
];

/// Characters that end an exclamation or a suggestion (吧, 啊, 呀): a `?` right after one asks.
const QUESTION_ENDS: &[char] = &['吧', '啊', '呀', '呗'];

/// The length of the `?` (or `?!`, `!?`) that opens with `c`, followed by `rest`, after the
/// (simplified) characters `before` of its line, when it stands for characters lost to an
/// encoding; 0 when it does not. A page converted to traditional characters and saved in an
/// encoding without some of them (GBK) shows a `?` for each lost character, inside a word
/// (服?站1031個, 隊?達6.2萬人), where a question mark never stands: between two Han
/// characters, before a number or right before a comma, in a clause that asks nothing. Analysis reads past it as it
/// reads past a gloss (the original keeps it), so the words around it and the figure after it
/// stay in one clause. Only for traditional pages: a simplified page's half-width `?` is a
/// question mark.
pub fn lost_character_len(c: char, rest: impl Iterator<Item = char>, before: &[char]) -> usize {
    let Some(&prev) = before.last() else {
        return 0;
    };
    if c != '?' || !is_han(prev) || QUESTION_ENDS.contains(&prev) {
        return 0;
    }
    let clause = before
        .iter()
        .rposition(|&c| !is_han(c) && !c.is_alphanumeric())
        .map_or(before, |p| &before[p + 1..]);
    if clause.iter().any(|c| QUESTION_WORDS.contains(c)) {
        return 0;
    }
    let mut len = 1;
    for next in rest {
        match next {
            '?' | '!' => len += 1,
            // a question mark never runs on into a comma
            next if is_han(next) || next.is_ascii_digit() || matches!(next, ',' | '，' | '、') => {
                return len
            }
            _ => return 0,
        }
    }
    0
}

/// The tables' source, to check the generated statics against (tests only).
// Only its reading half is used here: writing Rust is the build's.
#[cfg(test)]
#[allow(dead_code)]
#[path = "../build/opencc.rs"]
mod opencc_source;

#[cfg(test)]
mod tests {
    use super::*;

    /// The statics from the build give every character the form OpenCC's tables give it.
    #[test]
    fn generated_tables_are_the_opencc_tables() {
        let source = opencc_source::Simplifier::new(
            include_str!("../../../data/opencc/TWVariantsRev.txt"),
            include_str!("../../../data/opencc/HKVariantsRev.txt"),
            include_str!("../../../data/opencc/TSCharacters.txt"),
        );
        let mut changed = 0;
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            assert_eq!(
                simplified(c),
                source.simplified(c),
                "{c} U+{:04X}",
                c as u32
            );
            changed += usize::from(simplified(c) != c);
        }
        assert!(changed > 2_500, "only {changed} characters change");
    }

    fn convert(text: &str) -> String {
        text.chars().map(simplified).collect()
    }

    #[test]
    fn converts_the_domain_words_one_for_one() {
        assert_eq!(convert("社會工作部"), "社会工作部");
        assert_eq!(convert("誌願服務隊伍"), "志愿服务队伍");
        assert_eq!(convert("3萬個"), "3万个");
        assert_eq!(convert("臺灣"), "台湾");
        assert_eq!(convert("廣東省廣州市"), "广东省广州市");
    }

    fn without_glosses(text: &str) -> String {
        let chars: Vec<char> = text.chars().collect();
        let mut out = String::new();
        let mut i = 0;
        while i < chars.len() {
            let skip = gloss_len(chars[i], chars[i + 1..].iter().copied(), out.chars().last());
            if skip > 0 {
                i += skip;
            } else {
                out.push(chars[i]);
                i += 1;
            }
        }
        out
    }

    #[test]
    fn pinyin_glosses_after_characters_are_read_past() {
        assert_eq!(without_glosses("全市社區(qū)工作者"), "全市社區工作者");
        assert_eq!(without_glosses("12個(gè)鄉(xiāng)鎮(zhèn)"), "12個鄉鎮");
        assert_eq!(without_glosses("社区（qū）服务"), "社区服务");
        // a gloss needs a Han character before it and one syllable of lower-case letters
        assert_eq!(without_glosses("见附件(a)"), "见附件");
        assert_eq!(without_glosses("站点(APP)上线"), "站点(APP)上线");
        assert_eq!(without_glosses("2024(a)"), "2024(a)");
        assert_eq!(without_glosses("超過5000(wǔ qiān)萬"), "超過5000萬");
        assert_eq!(without_glosses("名称(zhuangshuang)"), "名称(zhuangshuang)");
    }

    #[test]
    fn glosses_of_words_and_numbers_are_read_past() {
        assert_eq!(without_glosses("誌願者(zhì yuàn zhě)3萬名"), "誌願者3萬名");
        assert_eq!(without_glosses("社會工作（shè huì gōng zuò）"), "社會工作");
        assert_eq!(
            without_glosses("兩(liǎng)萬(wàn)小時(xiǎo shí)"),
            "兩萬小時"
        );
        assert_eq!(without_glosses("誌願者(zhìyuànzhě)3萬名"), "誌願者3萬名");
        assert_eq!(without_glosses("服務(fu2 wu4)站"), "服務站");
        assert_eq!(without_glosses("服務(fu2wu4)站"), "服務站");
        assert_eq!(without_glosses("共5000(wu3 qian1)萬"), "共5000萬");
        // untoned English in parentheses is no gloss of a word, nor a tone number alone
        assert_eq!(without_glosses("社區(community)"), "社區(community)");
        assert_eq!(without_glosses("附件(2)"), "附件(2)");
        assert_eq!(without_glosses("服務(fu23)"), "服務(fu23)");
        // not a gloss: too many syllables, a space left open, no letters, a question
        assert_eq!(without_glosses("名称(a b c d e)"), "名称(a b c d e)");
        assert_eq!(without_glosses("服務(fú wù"), "服務(fú wù");
        assert_eq!(without_glosses("服務( )"), "服務( )");
        assert_eq!(without_glosses("怎么办?今年"), "怎么办?今年");
    }

    #[test]
    fn glosses_in_every_bracket_a_page_uses_are_read_past() {
        assert_eq!(without_glosses("社區[qū]服務[wù]站"), "社區服務站");
        assert_eq!(without_glosses("全縣【xiàn】誌願者"), "全縣誌願者");
        assert_eq!(without_glosses("鄉鎮〔zhèn〕幹部"), "鄉鎮幹部");
        assert_eq!(without_glosses("網格〈gé〉員"), "網格員");
        assert_eq!(without_glosses("全縣<xiàn>註冊"), "全縣註冊");
        // an HTML tag is no gloss
        assert_eq!(without_glosses("社區<p>服務</p>"), "社區<p>服務</p>");
        assert_eq!(without_glosses("社區<b>"), "社區<b>");
        assert_eq!(without_glosses("社區［qū］與社區[qū］"), "社區與社區");
        // a parenthesis closes with a parenthesis only
        assert_eq!(without_glosses("社區（qū]"), "社區（qū]");
        // a bracket of a footnote, a placeholder or English stays
        assert_eq!(without_glosses("見附件[1]"), "見附件[1]");
        assert_eq!(without_glosses("圖片【圖】"), "圖片【圖】");
        assert_eq!(without_glosses("平台[APP]"), "平台[APP]");
        // 【 and 〔 close with their own bracket only
        assert_eq!(without_glosses("社區【qū)"), "社區【qū)");
    }

    #[test]
    fn glosses_padded_capitalised_or_decomposed_are_read_past() {
        assert_eq!(without_glosses("社區( qū )服務( fú wù )"), "社區服務");
        assert_eq!(without_glosses("西安(Xī'ān)市"), "西安市");
        assert_eq!(without_glosses("長安(Cháng ān)區"), "長安區");
        assert_eq!(without_glosses("天河(Tiān’hé)區"), "天河區");
        // a letter followed by a combining tone mark (u + U+0304) is a toned letter
        assert_eq!(without_glosses("社區(qu\u{304})工作"), "社區工作");
        assert_eq!(without_glosses("誌願(zhi\u{300} yua\u{300}n)者"), "誌願者");
        // an untoned capital is a Latin word or a letter, not a name's gloss
        assert_eq!(without_glosses("附件(A)"), "附件(A)");
        assert_eq!(without_glosses("社區(Community)"), "社區(Community)");
        assert_eq!(without_glosses("平台(Ai)上線"), "平台(Ai)上線");
    }

    #[test]
    fn long_toned_glosses_of_whole_names_are_read_past() {
        assert_eq!(
            without_glosses("新時代文明實踐站(xīn shí dài wén míng shí jiàn zhàn)12個"),
            "新時代文明實踐站12個"
        );
        assert_eq!(
            without_glosses("黨群服務中心(dǎng qún fú wù zhōng xīn)3個"),
            "黨群服務中心3個"
        );
        // untoned, five syllables are no gloss; toned, nine are too many
        assert_eq!(without_glosses("名称(a b c d e)"), "名称(a b c d e)");
        assert_eq!(
            without_glosses("名称(ā ā ā ā ā ā ā ā ā)"),
            "名称(ā ā ā ā ā ā ā ā ā)"
        );
    }

    #[test]
    fn a_gloss_whose_opening_bracket_an_encoding_lost_is_read_past() {
        // the lost character and the bracket show as one `?`
        assert_eq!(without_glosses("總?cè)藬?shù)超1450萬人"), "總藬超1450萬人");
        assert_eq!(without_glosses("小?qū)內"), "小內");
        assert_eq!(without_glosses("號召?gòu)V大市民"), "號召V大市民");
        // a question, or untoned letters after one, stays
        assert_eq!(without_glosses("怎么办?今年"), "怎么办?今年");
        assert_eq!(without_glosses("是吗?ok)"), "是吗?ok)");
        assert_eq!(without_glosses("5?wǔ)"), "5?wǔ)");
    }

    fn without_lost_characters(text: &str) -> String {
        let chars: Vec<char> = text.chars().collect();
        let mut out = String::new();
        let mut i = 0;
        while i < chars.len() {
            let before: Vec<char> = out.chars().map(simplified).collect();
            let skip = lost_character_len(chars[i], chars[i + 1..].iter().copied(), &before);
            if skip > 0 {
                i += skip;
            } else {
                out.push(chars[i]);
                i += 1;
            }
        }
        out
    }

    #[test]
    fn a_question_mark_inside_a_word_is_a_lost_character() {
        assert_eq!(without_lost_characters("社工服?站1031個"), "社工服站1031個");
        assert_eq!(without_lost_characters("隊?達6.2萬人"), "隊達6.2萬人");
        assert_eq!(without_lost_characters("熱水?!壺"), "熱水壺");
        assert_eq!(without_lost_characters("達3.5萬?,社區"), "達3.5萬,社區");
        assert_eq!(
            without_lost_characters("新建社工站?!120個"),
            "新建社工站120個"
        );
        // questions stay questions
        assert_eq!(without_lost_characters("怎麼辦?記者"), "怎麼辦?記者");
        assert_eq!(without_lost_characters("有用嗎?今年"), "有用嗎?今年");
        assert_eq!(
            without_lost_characters("錢從哪裡來?記者"),
            "錢從哪裡來?記者"
        );
        assert_eq!(without_lost_characters("試試吧?好"), "試試吧?好");
        assert_eq!(without_lost_characters("服務? 記者"), "服務? 記者");
        assert_eq!(without_lost_characters("服務?”"), "服務?”");
    }

    #[test]
    fn tells_traditional_pages_from_simplified_ones() {
        let t: Vec<char> = "全省註冊誌願者達到1200萬人,志願服務時長超過3億小時。"
            .chars()
            .collect();
        assert!(is_traditional(&t));
        let s: Vec<char> = "全省注册志愿者达到1200万人,志愿服务时长超过3亿小时,成效显著。"
            .chars()
            .collect();
        assert!(!is_traditional(&s));
    }
}
