//! Machine-converted reprints in traditional characters, one short article per feature (written
//! for these tests), each extracted as a new user would: one file, no manifest. Such pages keep
//! the pinyin a converter printed after words and numbers (誌願者(zhì yuàn zhě), 5000(wǔ qiān)萬),
//! show `?` where the encoding they were saved in lost a character (服?站), and sit under a bar
//! of spam site names. Analysis reads past glosses and lost characters; quotes keep them.

use jianbao_facts::{Fact, Level};

#[path = "support/article.rs"]
mod article;

use article::find;

/// The facts of `text` as one article file.
fn facts_of(text: &str) -> Vec<Fact> {
    article::facts_of("article.txt", text)
}

/// `fact` is a province-wide figure of 广东 quoted exactly from `text`.
fn assert_province_wide(fact: &Fact, text: &str) {
    assert_eq!(fact.province, "广东", "{fact:#?}");
    assert_eq!(fact.level, Level::Province, "{fact:#?}");
    assert!(text.contains(&fact.quote), "{fact:#?}");
}

#[test]
fn glosses_of_whole_words_inside_a_figures_clause_are_read_past() {
    // every term of the remit is glossed word by word, so no term is read whole unless the
    // glosses are read past
    let text = "廣州市新就業(jiù yè)群體(qún tǐ)服務陣地建設見成效\n\n\
        記者從廣州市委社會(shè huì)工作部獲悉,全市建成新就業(jiù yè)群體(qún tǐ)\
        服務(fú wù)站點(zhàn diǎn)1200個,註冊(zhù cè)誌願者(zhì yuàn zhě)3萬名參與\
        關愛(guān ài)新就業(jiù yè)群體(qún tǐ)行動。";
    let facts = facts_of(text);
    for (value, unit) in [(1200.0, "个"), (30_000.0, "名")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.province, "广东", "{fact:#?}");
        assert_eq!(fact.place, "广州市", "{fact:#?}");
        assert!(text.contains(&fact.quote), "{fact:#?}");
        assert!(
            !fact.label.chars().any(|c| c.is_ascii_lowercase()),
            "{fact:#?}"
        );
    }
    let stations = find(&facts, 1200.0, "个");
    assert_eq!(stations.theme, jianbao_facts::Theme::NewEmploymentGroups);
    assert!(stations.quote.contains("站點(zhàn diǎn)1200個"));
}

#[test]
fn glosses_after_the_digits_of_a_number_are_read_past() {
    let text = "廣東省誌願服務時長再創新高\n\n\
        記者從廣東省委社會工作部獲悉,今年以來,全省誌願服務時長超過5000(wǔ qiān)萬小時(xiǎo shí),\
        培訓社會工作者三(sān)千(qiān)人次。";
    let facts = facts_of(text);
    let hours = find(&facts, 50_000_000.0, "小时");
    assert_province_wide(hours, text);
    assert!(hours.quote.contains("5000(wǔ qiān)萬"), "{hours:#?}");
    assert_province_wide(find(&facts, 3000.0, "人次"), text);
}

#[test]
fn a_question_mark_for_a_lost_character_keeps_its_clause_whole() {
    let text = "廣東省社會工作服務站實現鄉鎮全覆蓋\n\n\
        記者從廣東省委社會工作部獲悉,全省已建成鄉鎮(街道)社會工作服?站1600個,實現全覆蓋;\
        全省持證社會工作者達11.5萬?,社區工作者隊?達20.6萬人。\n\n\
        為什麼要建站?記者了解到,站點主要為困難群眾提供服務。";
    let facts = facts_of(text);
    for (value, unit) in [(1600.0, "个"), (115_000.0, "人"), (206_000.0, "人")] {
        assert_province_wide(find(&facts, value, unit), text);
    }
    assert!(find(&facts, 1600.0, "个").quote.contains("服?站1600個"));
}
