//! Places below the county and zones that no gazetteer lists, one short article per phenomenon of
//! Chinese news and official texts (written for these tests), each extracted as a new user would:
//! one file, no manifest.

use jianbao_facts::{Fact, Level};

use crate::support::article;

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
        // (the listed zone's official name since place21: 合肥高新技术产业开发区)
        assert!(fact.place.ends_with("合肥高新技术产业开发区"), "{fact:#?}");
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

#[test]
fn a_lead_set_in_one_organisation_gives_its_figures_at_org_level() {
    let text = "社工服务中心里的“暖新”故事\n\n\
        在徐汇区民政局社会组织服务中心,有这样一群年轻的社会工作者。\n\n\
        去年以来,他们走访快递网点12个,为新就业群体开展志愿服务活动36场。";
    let facts = facts_of(text);
    let visits = find(&facts, 12.0, "个");
    assert!(visits.place.ends_with("徐汇区"), "{visits:#?}");
    assert_eq!(visits.province, "上海");
    assert_eq!(visits.level, Level::Org);
}

#[test]
fn a_central_body_acting_in_several_cities_reports_national_figures() {
    let text = "全市社会组织党建工作会议召开\n\n\
        6月以来,民政部先后在成都市、武汉市召开2场社会组织党建工作座谈会,部署社会组织党建和志愿服务工作。\n\n\
        今年以来,全市新成立社会组织党组织45个,社会组织党建工作覆盖率达到92%。";
    let facts = facts_of(text);
    let meetings = find(&facts, 2.0, "场");
    assert_eq!(meetings.province, "全国", "{meetings:#?}");
    assert_eq!(meetings.place, "全国");
}

#[test]
fn an_article_naming_only_the_whole_country_is_the_countrys() {
    let text = "全国新就业形态劳动者超8000万人,其中网约配送员约1300万人。\n\n\
        这些骑手和快递员是城市运转的毛细血管,各地持续推进新就业群体党建,建设暖新驿站,志愿服务和关爱行动不断深化。";
    let facts = facts_of(text);
    let couriers = find(&facts, 13_000_000.0, "人");
    assert_eq!(couriers.province, "全国", "{couriers:#?}");
    assert_eq!(couriers.place, "全国");
}

#[test]
fn city_level_demonstration_sites_are_the_citys() {
    let text = "高新区社工站建设提速\n\n\
        近日,乌鲁木齐高新区召开社会工作服务站建设推进会。\n\n\
        据介绍,该区北站街道社工站是市级12个示范站点之一,全区已建成社工站18家,社会工作者常驻服务。";
    let facts = facts_of(text);
    let sites = find(&facts, 12.0, "个");
    assert_eq!(sites.place, "乌鲁木齐市", "{sites:#?}");
    assert_eq!(sites.level, Level::City);
    let stations = find(&facts, 18.0, "家");
    assert_eq!(stations.place, "乌鲁木齐高新区");
    assert_eq!(stations.level, Level::District);
}

#[test]
fn a_designation_describing_an_event_is_not_the_place_of_a_later_figure() {
    let text = "行业协会商会党建引领发展\n\n\
        近日,福建省社会组织党建工作推进会召开,多家行业协会商会作交流发言。\n\n\
        福建省茶产业协会承办省级茶艺职业技能大赛,组织会员开展志愿服务,累计服务茶农茶企超2000家。";
    let facts = facts_of(text);
    let served = find(&facts, 2000.0, "家");
    assert_eq!(served.place, "福建省", "{served:#?}");
    assert_eq!(served.level, Level::Org);
}

#[test]
fn a_target_set_by_a_central_body_is_the_countrys() {
    let text = "江西社区志愿服务站点覆盖率超九成\n\n\
        截至去年底,全省社区综合服务设施中设置志愿服务站点8120个,覆盖比例达91%,高于民政部提出的70%的目标,志愿服务和社会工作融合发展。";
    let facts = facts_of(text);
    let target = find(&facts, 70.0, "%");
    assert_eq!(target.province, "全国", "{target:#?}");
    let coverage = find(&facts, 91.0, "%");
    assert_eq!(coverage.province, "江西", "{coverage:#?}");
}

#[test]
fn whole_words_bind_to_the_articles_place_at_their_level() {
    let text = "睢县推进社会组织党建\n\n\
        近日,商丘市睢县召开社会组织党建工作推进会,部署社会工作和志愿服务重点任务。\n\n\
        会议指出,全县现有社会组织126家,本县已建立社会组织党组织48个;全市共有社会组织2300家;全省注册志愿者超过1800万人。";
    let facts = facts_of(text);
    let county = find(&facts, 126.0, "家");
    assert_eq!(county.place, "睢县", "{county:#?}");
    assert_eq!(county.level, Level::District);
    let branches = find(&facts, 48.0, "个");
    assert_eq!(branches.place, "睢县", "{branches:#?}");
    let city = find(&facts, 2300.0, "家");
    assert_eq!(city.place, "商丘市", "{city:#?}");
    assert_eq!(city.level, Level::City);
    let province = find(&facts, 18_000_000.0, "人");
    assert_eq!(province.place, "河南省", "{province:#?}");
    assert_eq!(province.level, Level::Province);
}

#[test]
fn sentences_after_an_organisation_opens_the_paragraph_are_about_it() {
    let text = "泗洪打造新就业群体服务阵地\n\n\
        近日,宿迁市泗洪县推进新就业群体服务阵地建设,全县已建成暖新驿站24个。\n\n\
        据介绍,泗洪暖蜂社工服务站采用“社工+志愿者”模式,为骑手提供歇脚、充电、心理疏导等服务。“我们站里有12名工作人员,其中持证社工5名。”\n\n\
        下一步,全县将新建驿站10个。";
    let facts = facts_of(text);
    let staff = find(&facts, 12.0, "名");
    assert_eq!(staff.level, Level::Org, "{staff:#?}");
    assert_eq!(staff.place, "泗洪县");
    let county = find(&facts, 24.0, "个");
    assert_eq!(county.level, Level::District);
    let planned = find(&facts, 10.0, "个");
    assert_eq!(planned.level, Level::District, "{planned:#?}");
}
