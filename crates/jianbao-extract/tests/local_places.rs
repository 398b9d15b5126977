//! Places below the county and zones that no gazetteer lists, one short article per phenomenon of
//! Chinese news and official texts (written for these tests), each extracted as a new user would:
//! one file, no manifest.

use jianbao_facts::{Fact, Level};

#[path = "support/article.rs"]
mod article;

use article::find;

/// The facts of `text` as one article file.
fn facts_of(text: &str) -> Vec<Fact> {
    article::facts_of("article.txt", text)
}

#[test]
fn a_development_zone_named_after_its_city_is_a_district_level_place() {
    let text = "合肥高新区打造暖新服务阵地\n\n\
        近日,合肥高新区委社会工作部召开新就业群体服务工作推进会。\n\n\
        据介绍,全区已建成暖新驿站26个,今年以来服务快递员、外卖骑手1.2万人次,志愿者常驻值守。";
    let facts = facts_of(text);
    for (value, unit) in [(26.0, "个"), (12_000.0, "人次")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.place, "合肥高新区", "{fact:#?}");
        assert_eq!(fact.level, Level::District);
        assert_eq!(fact.province, "安徽");
    }
}

#[test]
fn a_new_area_named_after_a_district_is_shown_under_its_city() {
    let text = "广州南沙新区志愿服务再上台阶\n\n\
        今年以来,南沙新区新增注册志愿者8600名,开展志愿服务活动1500余场,志愿服务组织不断壮大。";
    let facts = facts_of(text);
    let volunteers = find(&facts, 8600.0, "名");
    assert_eq!(volunteers.place, "广州市南沙新区");
    assert_eq!(volunteers.level, Level::District);
}

#[test]
fn a_headline_naming_a_street_alone_is_understood_from_the_body() {
    let text = "注册志愿者超5000人!雁滩街道志愿服务暖民心\n\n\
        近日,兰州市城关区雁滩街道召开志愿服务工作总结会,表彰优秀志愿者和志愿服务项目。\n\n\
        据介绍,街道现有注册志愿者5200余名,今年开展志愿服务活动860场。";
    let facts = facts_of(text);
    let title = find(&facts, 5000.0, "人");
    assert_eq!(title.place, "兰州市城关区雁滩街道", "{title:#?}");
    assert_eq!(title.level, Level::Street);
    let activities = find(&facts, 860.0, "场");
    assert_eq!(activities.level, Level::Street);
}

#[test]
fn a_lead_that_introduces_its_community_sets_the_articles_place() {
    let text = "社区书记的一天\n\n\
        “大事小事,居民的事都是我的事。”这是她常挂在嘴边的话。\n\n\
        今年52岁的王芳是长沙市岳麓区望月湖街道枫林社区党委书记。\n\n\
        据介绍,社区以党建引领基层治理,共有居民2860户,组建志愿服务队6支,社区工作者和志愿者常态化开展邻里互助。";
    let facts = facts_of(text);
    let households = find(&facts, 2860.0, "户");
    assert_eq!(
        households.place, "长沙市岳麓区望月湖街道枫林社区",
        "{households:#?}"
    );
    assert_eq!(households.level, Level::Street);
}

#[test]
fn a_road_named_after_a_city_is_not_that_city() {
    let text = "沈河区打造骑手友好街区\n\n\
        近日,沈阳市沈河区委社会工作部在辖区推进骑手友好街区建设。\n\n\
        大连路周边商户集中,聚集外卖骑手600余名,街区已设置暖新驿站4个。";
    let facts = facts_of(text);
    let riders = find(&facts, 600.0, "名");
    assert_eq!(riders.place, "沈阳市沈河区", "{riders:#?}");
    assert_eq!(riders.level, Level::District);
}

#[test]
fn a_community_written_where_only_a_place_can_stand_lies_in_the_street() {
    let text = "金桥街道推行志愿服务积分\n\n\
        近日,淄博市张店区金桥街道推出志愿服务积分兑换机制。\n\n\
        在青松社区,志愿者的服务时长都会存进“爱心银行”,可兑换生活用品。目前已有86名志愿者参与兑换。";
    let facts = facts_of(text);
    let volunteers = find(&facts, 86.0, "名");
    assert_eq!(
        volunteers.place, "淄博市张店区金桥街道青松社区",
        "{volunteers:#?}"
    );
    assert_eq!(volunteers.level, Level::Street);
}

#[test]
fn communities_listed_together_share_their_street() {
    let text = "石桥街道探索片区党建\n\n\
        近日,宁波市鄞州区石桥街道探索片区联建。\n\n\
        由石桥街道党工委牵头,东湖社区、南岸社区、西河社区3个社区党支部联合组建片区党建联盟,共同开展志愿服务。";
    let facts = facts_of(text);
    let branches = find(&facts, 3.0, "个");
    assert_eq!(branches.place, "宁波市鄞州区石桥街道", "{branches:#?}");
    assert_eq!(branches.level, Level::Street);
}
