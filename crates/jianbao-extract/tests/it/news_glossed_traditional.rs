//! Machine-converted reprints in traditional characters, one short article per feature (written
//! for these tests), each extracted as a new user would: one file, no manifest. Such pages keep
//! the pinyin a converter printed after words and numbers (誌願者(zhì yuàn zhě), 5000(wǔ qiān)萬),
//! show `?` where the encoding they were saved in lost a character (服?站), and sit under a bar
//! of spam site names. Analysis reads past glosses and lost characters; quotes keep them.

use jianbao_facts::{Fact, Level};

use crate::support::article;

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
fn glosses_written_together_or_with_tone_numbers_are_read_past() {
    // a converter may write a word's syllables together (xīnjiùyè) or mark tones with numbers
    let text = "深圳市新就業(xīnjiùyè)群體(qúntǐ)服務站點(zhan4 dian3)超千個\n\n\
        記者從深圳市委社會(she4hui4)工作部獲悉,全市已建成新就業(xīnjiùyè)群體(qúntǐ)\
        服務(fu2 wu4)站點(zhan4 dian3)1200個,服務(fu2 wu4)快遞員、外賣騎手(qí shǒu)\
        等新就業(jiu4 ye4)群體(qun2 ti3)35萬人次。";
    let facts = facts_of(text);
    for (value, unit) in [(1200.0, "个"), (350_000.0, "人次")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.place, "深圳市", "{fact:#?}");
        assert_eq!(
            fact.theme,
            jianbao_facts::Theme::NewEmploymentGroups,
            "{fact:#?}"
        );
        assert!(text.contains(&fact.quote), "{fact:#?}");
        assert!(
            !fact.label.chars().any(|c| c.is_ascii_alphanumeric()),
            "{fact:#?}"
        );
    }
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

#[test]
fn a_spam_bar_of_site_names_above_the_title_stays_out_of_the_article() {
    let text = "澳門新葡京 AG九游會 開雲體育app 皇冠體育官網 亞博體育 威尼斯人 金沙娛樂 銀河娛樂 \
        永利皇宮 美高梅 太陽城 博天堂 樂動體育 華體會hth 必威體育 米樂m6 愛游戲 星空體育 凱發k8\n\
        海珠區南華西街道:誌願服務暖人心\n\
        街道現有註冊誌願者3100名,今年以來開展誌願服務活動140場。";
    let facts = facts_of(text);
    for (value, unit) in [(3100.0, "名"), (140.0, "场")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.place, "广州市海珠区南华西街道", "{fact:#?}");
        assert_eq!(fact.level, Level::Street, "{fact:#?}");
        // the bar does not run on into the title, nor the title into the lead
        assert!(!fact.quote.contains("暖人心"), "{fact:#?}");
        assert!(text.contains(&fact.quote), "{fact:#?}");
    }
}

#[test]
fn a_glossed_traditional_page_under_a_spam_bar_is_read_whole() {
    let text = "吃瓜網在線|91製片廠MyZ9|果凍傳媒|午夜福利|亞洲看片|高清影院,自拍第二頁,天美傳媒,精品在線91,免費觀看\n\n\
        廣東省委社會(shè huì)工作部:誌願(zhì yuàn)服務擦亮幸福底色\n\n\
        時間:2025-06-12   瀏覽量:128 次  來源:南方日報\n\n\
        記者從省委社會(huì)工作部獲悉,截至今年5月底,全省註冊誌願者(zhì yuàn zhě)達到1860萬(wàn)人,\
        誌願服務組織(zǔ zhī)3.2萬(wàn)個,社會工作服?站1600個。";
    let facts = facts_of(text);
    for (value, unit) in [(18_600_000.0, "人"), (32_000.0, "个"), (1600.0, "个")] {
        let fact = find(&facts, value, unit);
        assert_province_wide(fact, text);
        assert_eq!(fact.as_of.as_deref(), Some("2025-05"), "{fact:#?}");
    }
}

#[test]
fn a_betting_advert_above_the_text_gives_no_figure() {
    let text = "AG九游會官網|開雲體育app下載|米樂m6官網登錄\n\
        開雲體育是亞洲領先的線上娛樂平台,提供體育投注、真人視訊等服務。註冊即送88元彩金,首存再送100%。\n\
        社區(qū)工作者隊(duì)伍建設(shè)紀(jì)實\n\
        發(fā)布時間:2025-04-18 來源:長沙晚報\n\
        長沙市開福區(qū)委社會(huì)工作部堅持把社區(qū)工作者隊(duì)伍建設(shè)作為基層治理的基礎(chǔ)工程。\n\
        目前,全區(qū)共有社區(qū)工作者1260名,其中持證社工達到430名。";
    let facts = facts_of(text);
    for (value, unit) in [(1260.0, "名"), (430.0, "名")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.place, "长沙市开福区", "{fact:#?}");
        assert_eq!(fact.as_of.as_deref(), Some("2025-04"), "{fact:#?}");
    }
    assert!(
        !facts.iter().any(|f| f.value == 88.0 || f.unit == "%"),
        "{facts:#?}"
    );
}
