//! Places and levels of streets and towns that local news names with little around them: a
//! street or town opening the lead with no district written before it, a town whose name ends
//! in 城镇, a street named after its own district (连云区连云街道), and a paper's 本报讯 dateline
//! written without its space. One article per wording (written for these tests), each extracted
//! as a new user would.

use jianbao_facts::{Fact, Level};

use crate::support::article;

use article::find;

/// The facts of `text` as one article file.
fn facts_of(text: &str) -> Vec<Fact> {
    article::facts_of("article.txt", text)
}

/// Local news names its own street or town alone at the head of its lead (近日,某某街道……;
/// 日前,某某镇……; 某某乡……): the district the page names later (a venue of its activity) is where it lies, and the
/// figures that follow are the street's, not the district's.
#[test]
fn a_street_opening_the_lead_is_the_storys_place() {
    let leads = [
        (
            "近日,青石街道新时代文明实践所组织志愿者走进社区。",
            "青石街道",
        ),
        ("日前,白沙镇社工站召开志愿服务推进会。", "白沙镇"),
        ("今年以来,柳湾乡结合实际推进新时代文明实践建设。", "柳湾乡"),
    ];
    for (lead, street) in leads {
        let text = format!(
            "志愿服务暖人心\n\n{lead}目前,该地已组建志愿服务队8支,注册志愿者1200名。\n\
             6月13日,志愿者在江宁区东山小学开展文明礼仪主题活动。"
        );
        let facts = facts_of(&text);
        let fact = find(&facts, 1200.0, "名");
        assert!(fact.place.ends_with(street), "{street}: {fact:#?}");
        assert_eq!(fact.level, Level::Street, "{street}: {fact:#?}");
    }
}

/// A town whose name ends in 城镇 (古城镇, 凤城镇, 石城镇) is no generic 城镇 when one of its
/// communities or villages is written right after it: its figures stay at street level.
#[test]
fn a_town_ending_in_chengzhen_with_its_community_is_a_town() {
    let leads = [
        "近日,古城镇东关社区新时代文明实践站举办志愿服务集市",
        "日前,凤城镇阳光花园社区联合辖区单位开展志愿服务活动",
        "近日,石城镇黄岭村新时代文明实践站举办志愿服务集市",
    ];
    for lead in leads {
        let text = format!(
            "志愿服务进社区\n\n徐州日报讯(记者 王明)3月5日,{lead},现场设置志愿服务摊点26个,吸引居民400余人参与。"
        );
        let facts = facts_of(&text);
        let fact = find(&facts, 26.0, "个");
        assert_eq!(fact.level, Level::Street, "{lead}: {fact:#?}");
        assert!(fact.place.contains("城镇"), "{lead}: {fact:#?}");
    }
    // the word 城镇 itself names no town
    let text =
        "城镇志愿服务\n\n徐州日报讯 3月5日,全市推进新型城镇建设,城镇社区新建志愿服务站26个。";
    let facts = facts_of(text);
    if let Some(fact) = facts.iter().find(|f| f.value == 26.0) {
        assert_ne!(fact.level, Level::Street, "{fact:#?}");
    }
}

/// A street named after its district repeats the district's short name (连云区连云街道, 鼓楼区
/// 鼓楼街道, 鲤城区鲤城街道): the street is the place, written in full or later alone.
#[test]
fn a_street_named_after_its_district_keeps_its_name() {
    let cases = [
        ("连云港市连云区连云街道", "连云街道"),
        ("福州市鼓楼区鼓楼街道", "鼓楼街道"),
        ("泉州市鲤城区鲤城街道", "鲤城街道"),
    ];
    for (full, alone) in cases {
        let text = format!(
            "社区志愿服务队开展活动\n\n3月5日,{full}荷花社区志愿服务队开展环境整治活动,22名志愿者参与。\
             {alone}荷花社区文明实践点设置了阅览室、棋牌室等6个功能室。"
        );
        let facts = facts_of(&text);
        for (value, unit) in [(22.0, "名"), (6.0, "个")] {
            let fact = find(&facts, value, unit);
            assert!(
                fact.place.ends_with(&format!("{alone}荷花社区")),
                "{full} {value}: {fact:#?}"
            );
        }
    }
}
