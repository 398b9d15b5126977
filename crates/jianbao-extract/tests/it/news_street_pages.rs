//! Street and community pages that used to give nothing, one short article per wording (written
//! for these tests), each extracted as a new user would: one file, no manifest.
//!
//! - A street's or community's page names its own bodies and service places (党群服务中心, 街道
//!   党工委, 社区党委, 社区综合服务站) rather than the remit's words: it is on topic.
//! - Pictures between the lines (an `<img>` tag, Markdown, a [图片] placeholder, a file name),
//!   after blank lines like a title, no longer cut the page into articles too short to be on
//!   topic, nor split the sentence they interrupt.
//! - A credit or caption that runs on into the body on one line (来源:…… 记者……, 图为……) gives
//!   the body back after its first sentence.
//!
//! Every text holds at most two of the remit's older terms, so each fails without its rule.

use jianbao_facts::{Fact, Level};

use crate::support::article;

use article::{find, has};

fn facts_of(text: &str) -> Vec<Fact> {
    article::facts_of("article.txt", text)
}

#[test]
fn a_street_profile_under_its_party_working_committee_is_on_topic() {
    let text = "红旗街道：服务群众零距离\n\n\
        红旗街道党工委介绍，街道地处天津市河东区中部，辖区面积2.6平方公里，常住人口4.3万人，\
        下辖9个社区。街道党工委推动机关干部下沉到街道党群服务中心，今年以来走访居民3100户。";
    let facts = facts_of(text);
    let homes = find(&facts, 3100.0, "户");
    assert_eq!(homes.province, "天津", "{homes:#?}");
    assert!(text.contains(&homes.quote));
    assert!(has(&facts, 43_000.0, "人"), "{facts:#?}");
}

#[test]
fn a_community_service_centre_page_is_on_topic_in_traditional_script() {
    // 黨群服務中心 and 社區黨委, read in simplified form
    let text = "長興社區黨群服務中心煥新開放\n\n\
        南京市鼓樓區長興社區黨委書記介紹，新建成的黨群服務中心設有服務窗口6個、功能室11間，\
        開放以來黨群服務中心累計接待居民1.5萬人次。";
    let facts = facts_of(text);
    let visits = find(&facts, 15_000.0, "人次");
    assert_eq!(visits.province, "江苏", "{visits:#?}");
    assert!(text.contains(&visits.quote), "{visits:#?}");
    assert!(has(&facts, 6.0, "个"), "{facts:#?}");
}

#[test]
fn a_community_comprehensive_service_station_is_on_topic() {
    let text = "家门口的服务站\n\n\
        成都市武侯区玉林街道的社区综合服务站今年完成改造，社区综合服务站设置便民服务事项42项，\
        社区党支部组织党员轮流值守，全年办理居民事项8600件。";
    let facts = facts_of(text);
    let matters = find(&facts, 8600.0, "件");
    assert_eq!(matters.province, "四川", "{matters:#?}");
    assert!(has(&facts, 42.0, "项"), "{facts:#?}");
}

/// A street page with pictures set between its paragraphs by blank lines: each picture line
/// would stand like a title and start an article of its own.
fn street_page_with(picture: &str) -> String {
    format!(
        "金桥街道社区服务中心：家门口的暖心驿站\n\n\n\
        上海市浦东新区金桥街道社区服务中心负责人介绍，中心常态化开展志愿服务。\n\n\n\
        {picture}\n\n\n\
        中心设有服务窗口8个，功能室15间，今年以来服务居民2.4万人次。"
    )
}

#[test]
fn pictures_between_paragraphs_do_not_cut_the_page() {
    for picture in [
        "<img src=\"/upload/2024/05/center.jpg\" alt=\"中心外景\">",
        "![](https://example.cn/upload/center.jpg)",
        "[图片]",
        "IMG_20240512_093011.jpg",
    ] {
        let text = street_page_with(picture);
        let facts = facts_of(&text);
        let visits = find(&facts, 24_000.0, "人次");
        assert_eq!(visits.province, "上海", "{picture}: {visits:#?}");
        assert!(text.contains(&visits.quote), "{picture}: {visits:#?}");
        assert!(has(&facts, 8.0, "个"), "{picture}: {facts:#?}");
    }
}

#[test]
fn a_picture_inside_a_sentence_is_read_past_and_the_quote_keeps_it() {
    let text = "幸福街道志愿服务见成效\n\n\
        济南市历下区幸福街道社区服务中心介绍，街道注册志愿者3200名，\n\
        ![志愿者合影](https://example.cn/a.jpg)\n\
        今年以来开展志愿服务活动180场。社区服务中心常态化组织志愿服务。";
    let facts = facts_of(text);
    let events = find(&facts, 180.0, "场");
    assert_eq!(events.province, "山东", "{events:#?}");
    let volunteers = find(&facts, 3200.0, "名");
    assert!(text.contains(&volunteers.quote), "{volunteers:#?}");
    // inline: the tag inside the line is not part of the words
    let inline = "幸福街道志愿服务见成效\n\n\
        济南市历下区幸福街道社区服务中心介绍，街道注册志愿者<img src=\"a.jpg\">3200名，\
        开展志愿服务活动180场。社区服务中心常态化组织志愿服务。";
    let facts = facts_of(inline);
    let volunteers = find(&facts, 3200.0, "名");
    assert!(inline.contains(&volunteers.quote), "{volunteers:#?}");
    assert!(!volunteers.label.contains("img"), "{volunteers:#?}");
}

#[test]
fn a_source_line_run_on_into_the_body_gives_the_body() {
    let text = "半数居民是志愿者\n\n\
        来源:晨报 记者 王某 通讯员 李某 3月5日,社区志愿者为环卫工人送上热茶。3月5日一早,\
        济南市历城区东风街道的志愿服务站已开门,社区党委书记介绍,目前志愿服务队成员2100名,\
        社区常住人口1800户。";
    let facts = facts_of(text);
    let members = find(&facts, 2100.0, "名");
    assert_eq!(members.province, "山东", "{members:#?}");
    assert!(text.contains(&members.quote), "{members:#?}");
    assert!(has(&facts, 1800.0, "户"), "{facts:#?}");
}

#[test]
fn a_caption_run_on_into_the_body_gives_the_body() {
    let text = "社工站里的新面孔\n\n\
        图为社工入户走访困难老人。今年以来,郑州市金水区社工站开展个案服务210个,\
        链接慈善资源86万元,服务困难群众3.2万人次,社工站的专业服务覆盖全区。";
    let facts = facts_of(text);
    let served = find(&facts, 32_000.0, "人次");
    assert_eq!(served.province, "河南", "{served:#?}");
    assert_eq!(served.level, Level::District, "{served:#?}");
    assert!(has(&facts, 210.0, "个"), "{facts:#?}");
}

#[test]
fn an_author_line_run_on_into_the_body_gives_the_body() {
    let text = "小区里的议事会\n\n\
        作者:赵某 本报记者。近日,杭州市拱墅区米市巷街道召开居民议事会,街道党工委组织\
        居民代表42人参加,议定小区改造事项9项,居民自治有了新平台。";
    let facts = facts_of(text);
    let matters = find(&facts, 9.0, "项");
    assert_eq!(matters.province, "浙江", "{matters:#?}");
    assert!(has(&facts, 42.0, "人"), "{facts:#?}");
}
