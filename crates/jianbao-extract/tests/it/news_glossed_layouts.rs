//! Machine-converted pages print their pinyin glosses in many layouts: in square brackets, 【】 or
//! 〔〕 rather than parentheses, padded with spaces, with a capital and an apostrophe in a name
//! (Xī'ān), with tones as combining marks, a long name glossed whole, or with the opening bracket
//! lost together with a character to a wrong encoding (總?cè)藬?shù)). Whatever the layout, a glossed
//! page gives the facts its plain form gives, with quotes exact in the original. Each article is
//! short and written for these tests, and is extracted as a new user would: one file, no manifest.

use jianbao_facts::Fact;

use crate::support::article;

/// The facts of `text` as one article file.
fn facts_of(text: &str) -> Vec<Fact> {
    article::facts_of("article.txt", text)
}

/// (value, unit, province, place, level, theme, metric, as_of) of each fact, in order.
fn readings(facts: &[Fact]) -> Vec<String> {
    let mut rows: Vec<String> = facts
        .iter()
        .map(|f| {
            format!(
                "{} {} {} {} {:?} {:?} {:?} {:?}",
                f.value, f.unit, f.province, f.place, f.level, f.theme, f.metric, f.as_of
            )
        })
        .collect();
    rows.sort();
    rows
}

/// `glossed` gives the facts `plain` gives (and at least `min` of them), each quoted exactly
/// from `glossed`.
fn same_facts(plain: &str, glossed: &str, min: usize) {
    let (p, g) = (facts_of(plain), facts_of(glossed));
    assert!(p.len() >= min, "{p:#?}");
    assert_eq!(readings(&p), readings(&g), "{glossed}");
    for fact in &g {
        assert!(glossed.contains(&fact.quote), "{fact:#?}");
    }
}

/// A county's volunteers, a city's social workers and a street's new-employment work, as
/// plain traditional text.
const COUNTY: &str = "臨朐縣誌願服務隊伍持續壯大\n\n\
    2023年6月12日,記者從濰坊市臨朐縣委社會工作部獲悉,截至5月底,全縣註冊誌願者達8.6萬人,\
    誌願服務隊伍420支,今年以來開展誌願服務活動1500餘場次。";
const CITY: &str = "南寧市社會工作人才隊伍建設見成效\n\n\
    2024年3月5日,記者從南寧市委社會工作部了解到,全市持證社會工作者已達6200人,\
    建成鄉鎮(街道)社工站118個,實現全覆蓋。";
const STREET: &str = "東湖街道暖新驛站溫暖騎手\n\n\
    2024年11月20日,杭州市臨平區東湖街道新就業群體黨群服務驛站揭牌。\
    街道社區工作者介紹,轄區現有快遞員、外賣騎手等新就業群體1300餘人,已建成驛站9個。";

/// Every gloss after the characters the converter glosses, in brackets `open`…`close`.
fn glossed(text: &str, open: &str, close: &str) -> String {
    [
        ("誌願", "誌願{o}zhì yuàn{c}"),
        ("服務", "服務{o}fú wù{c}"),
        ("隊伍", "隊伍{o}duì wǔ{c}"),
        ("縣", "縣{o}xiàn{c}"),
        ("萬", "萬{o}wàn{c}"),
        ("鄉鎮", "鄉鎮{o}xiāng zhèn{c}"),
        ("實現", "實現{o}shí xiàn{c}"),
        ("驛站", "驛站{o}yì zhàn{c}"),
        ("區", "區{o}qū{c}"),
        ("群體", "群體{o}qún tǐ{c}"),
        ("餘", "餘{o}yú{c}"),
    ]
    .iter()
    .fold(text.to_owned(), |t, (word, with)| {
        t.replace(word, &with.replace("{o}", open).replace("{c}", close))
    })
}

#[test]
fn glosses_in_square_brackets_give_the_plain_pages_facts() {
    same_facts(COUNTY, &glossed(COUNTY, "[", "]"), 3);
    same_facts(CITY, &glossed(CITY, "[", "]"), 2);
    same_facts(STREET, &glossed(STREET, "［", "］"), 2);
}

#[test]
fn glosses_in_lenticular_and_tortoise_brackets_give_the_plain_pages_facts() {
    same_facts(COUNTY, &glossed(COUNTY, "【", "】"), 3);
    same_facts(CITY, &glossed(CITY, "〔", "〕"), 2);
    same_facts(STREET, &glossed(STREET, "【", "】"), 2);
}

#[test]
fn glosses_padded_with_spaces_give_the_plain_pages_facts() {
    same_facts(COUNTY, &glossed(COUNTY, "( ", " )"), 3);
    same_facts(CITY, &glossed(CITY, "（ ", " ）"), 2);
    same_facts(STREET, &glossed(STREET, "(", " )"), 2);
}

#[test]
fn glosses_with_combining_tone_marks_give_the_plain_pages_facts() {
    // a page in decomposed form: each toned vowel a letter and a combining mark
    let decomposed = |t: String| {
        t.replace('ì', "i\u{300}")
            .replace('à', "a\u{300}")
            .replace('ú', "u\u{301}")
            .replace('ù', "u\u{300}")
            .replace('ǔ', "u\u{30c}")
            .replace('ū', "u\u{304}")
            .replace('ā', "a\u{304}")
            .replace('è', "e\u{300}")
            .replace('í', "i\u{301}")
            .replace('ǐ', "i\u{30c}")
    };
    same_facts(COUNTY, &decomposed(glossed(COUNTY, "(", ")")), 3);
    same_facts(CITY, &decomposed(glossed(CITY, "(", ")")), 2);
    same_facts(STREET, &decomposed(glossed(STREET, "(", ")")), 2);
}

#[test]
fn names_glossed_with_capitals_and_apostrophes_keep_their_places() {
    let county = COUNTY
        .replace("臨朐縣", "臨朐(Lín qú)縣")
        .replace("濰坊市", "濰坊(Wéi'fāng)市");
    same_facts(COUNTY, &county, 3);
    let city = CITY.replace("南寧市", "南寧(Nán’níng)市");
    same_facts(CITY, &city, 2);
    let street = STREET
        .replace("杭州市", "杭州(Háng zhōu)市")
        .replace("臨平區", "臨平(Lín píng)區(qū)");
    same_facts(STREET, &street, 2);
}

#[test]
fn long_names_glossed_whole_are_read_past() {
    let county = COUNTY.replace("誌願服務隊伍", "誌願服務隊伍(zhì yuàn fú wù duì wǔ)");
    same_facts(COUNTY, &county, 3);
    let city = CITY.replace(
        "持證社會工作者",
        "持證社會工作者(chí zhèng shè huì gōng zuò zhě)",
    );
    same_facts(CITY, &city, 2);
    let street = STREET.replace(
        "新就業群體黨群服務驛站",
        "新就業群體黨群服務驛站(xīn jiù yè qún tǐ dǎng qún fú wù)",
    );
    same_facts(STREET, &street, 2);
}

#[test]
fn glosses_whose_opening_bracket_was_lost_with_a_character_are_read_past() {
    // a page saved in an encoding that lost a character with the `(` after it shows `?`; the
    // figure after such a word is still read
    let text = "全國快遞騎手總?cè)藬?shù)超1450萬人\n\n\
        2025年1月8日,中國快遞協會發布的報告顯示,全國快遞騎手總?cè)藬?shù)超1450萬人,\
        其中新就業群體中的黨員?yuán)達12萬人。";
    let facts = facts_of(text);
    let riders = article::find(&facts, 14_500_000.0, "人");
    assert!(text.contains(&riders.quote), "{riders:#?}");
    let members = article::find(&facts, 120_000.0, "人");
    assert!(text.contains(&members.quote), "{members:#?}");
    for fact in &facts {
        assert!(
            !fact
                .label
                .chars()
                .any(|c| c.is_ascii_lowercase() || c == '?'),
            "{fact:#?}"
        );
    }
}

#[test]
fn toned_glosses_in_angle_brackets_are_no_markup() {
    // a toned gloss in angle brackets is no tag: the page's lines stay body text
    same_facts(COUNTY, &glossed(COUNTY, "<", ">"), 3);
    same_facts(CITY, &glossed(CITY, "＜", "＞"), 2);
    same_facts(STREET, &glossed(STREET, "<", ">"), 2);
}
