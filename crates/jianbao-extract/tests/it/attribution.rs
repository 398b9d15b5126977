//! Where and when a figure holds, one short article per phenomenon of Chinese news and official
//! texts (written for these tests), each extracted as a new user would: one file, no manifest.

use jianbao_facts::{Fact, Level};

use crate::support::article;

use article::find;

/// The facts of `text` as one article file.
fn facts_of(text: &str) -> Vec<Fact> {
    article::facts_of("article.txt", text)
}

#[test]
fn a_venue_is_not_the_owner_of_the_figures_reported_there() {
    let text = "株洲发布2023年度志愿服务数据\n\n\
        1月10日,2023年度株洲市志愿服务工作推进会在荷塘区文化馆召开。\n\n\
        会议发布了全年数据:注册志愿者达到42万人,志愿服务组织1260个,志愿服务时长超过900万小时,社区志愿服务站点实现全覆盖。\n\n\
        下一步,株洲将继续推动志愿服务向社区延伸。";
    let facts = facts_of(text);
    let volunteers = find(&facts, 420_000.0, "人");
    assert_eq!(volunteers.place, "株洲市");
    assert_eq!(volunteers.level, Level::City);
    assert_eq!(volunteers.province, "湖南");
    let groups = find(&facts, 1260.0, "个");
    assert_eq!(groups.place, "株洲市");
}

#[test]
fn coordinated_districts_share_their_city() {
    let text = "贵州启动骑手关爱行动\n\n\
        近日,贵州省委社会工作部在贵阳市举行新就业群体关爱行动启动仪式,为贵阳市南明区、云岩区80名快递员和外卖骑手代表送上慰问品。\n\n\
        在骑手较为集中的南明区和云岩区,项目将开展心理疏导、职业技能培训等志愿服务,预计服务新就业群体600人,开展主题活动12场。";
    let facts = facts_of(text);
    for (value, unit) in [(80.0, "名"), (600.0, "人"), (12.0, "场")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.place, "贵阳市", "{fact:#?}");
        assert_eq!(fact.level, Level::City);
    }
}

#[test]
fn a_province_that_opens_the_figure_clause_overrides_the_county() {
    let text = "安吉县推行干部下访接待群众\n\n\
        近日,安吉县委主要负责同志又一次到联系点接访,听取群众对信访事项办理的意见。全县今年已接待群众320批次,信访工作重心下移。\n\n\
        “安吉的做法是浙江信访工作的缩影。”省信访局负责人介绍,近5年来,浙江共计有3.2万余人次领导干部下访,累计接待群众9.6万余批次。";
    let facts = facts_of(text);
    let county = find(&facts, 320.0, "批次");
    assert_eq!(county.place, "安吉县");
    assert_eq!(county.level, Level::District);
    let cadres = find(&facts, 32_000.0, "人次");
    assert_eq!(cadres.place, "浙江省");
    assert_eq!(cadres.level, Level::Province);
    let received = find(&facts, 96_000.0, "批次");
    assert_eq!(received.place, "浙江省");
}

#[test]
fn the_whole_city_of_a_county_level_city_is_that_city() {
    let text = "宜兴市实现商会党建全覆盖\n\n\
        近日,宜兴市工商联介绍,全市共有商会42家,其中行业商会15家,已成立商会党组织38个,党建工作覆盖全部商会,社会组织党建不断加强。";
    let facts = facts_of(text);
    let chambers = find(&facts, 42.0, "家");
    assert_eq!(chambers.place, "宜兴市");
    assert_eq!(chambers.level, Level::District);
    assert_eq!(chambers.province, "江苏");
}

#[test]
fn a_common_phrase_is_no_city_and_province_short_names_count() {
    // 幸福安康 is not 安康市 (陕西): the text is about 北京
    let text = "社会服务送到群众身边\n\n\
        社会建设关系群众的幸福安康。北京社会服务管理不断完善,新兴领域党建扎实推进,本市已在商务楼宇建立党组织860个,覆盖从业人员12万名,楼宇党建和社会组织党建同步加强。";
    let facts = facts_of(text);
    let orgs = find(&facts, 860.0, "个");
    assert_eq!(orgs.province, "北京");
}

#[test]
fn an_undated_text_reports_the_year_its_lead_opens_with() {
    let text = "社区服务圈建设成效明显\n\n\
        据市民政局介绍,2019年,全市新建社区服务站36个,目前已覆盖社区1200个,社区工作者和志愿者常驻服务。\n\n\
        各区新建志愿服务点480个,惠及居民56万人,社工和志愿者参与基层治理。";
    let facts = facts_of(text);
    assert_eq!(find(&facts, 36.0, "个").as_of.as_deref(), Some("2019"));
    assert_eq!(find(&facts, 1200.0, "个").as_of.as_deref(), Some("2019"));
    assert_eq!(find(&facts, 480.0, "个").as_of.as_deref(), Some("2019"));
}

#[test]
fn now_is_the_day_the_news_gives_and_a_cutoff_carries_on() {
    let text = "志愿服务数据发布\n\n\
        据市志愿服务信息系统显示,截至2023年底,全市注册志愿者31万人,志愿服务时长超过600万小时。\n\n\
        全市志愿服务组织共计860个,社区志愿服务站点覆盖所有社区。\n\n\
        2024年11月28日,记者从市民政局获悉,截至目前,全市持证社会工作者2150人。";
    let facts = facts_of(text);
    assert_eq!(find(&facts, 310_000.0, "人").as_of.as_deref(), Some("2023"));
    // a later paragraph without a date of its own is counted to the lead's cut-off
    assert_eq!(find(&facts, 860.0, "个").as_of.as_deref(), Some("2023"));
    assert_eq!(find(&facts, 2150.0, "人").as_of.as_deref(), Some("2024-11"));
}

#[test]
fn so_far_this_year_is_the_year() {
    let text = "街道志愿服务活跃\n\n发布日期:2023-06-12 10:20\n\n\
        今年以来,街道开展志愿服务活动320场,累计服务居民1.5万人次,志愿者队伍不断壮大,社工站参与基层治理。";
    let facts = facts_of(text);
    assert_eq!(find(&facts, 320.0, "场").as_of.as_deref(), Some("2023"));
}

#[test]
fn an_outlet_or_a_byline_does_not_set_the_article_place() {
    let text = "暖新驿站温暖骑手\n\n\
        据杭州日报报道(记者 王明 通讯员 李华),近日,拱墅区已建成暖新驿站56个,为新就业群体和外卖骑手提供歇脚、充电服务,志愿者常驻值守。";
    let facts = facts_of(text);
    let stations = find(&facts, 56.0, "个");
    assert_eq!(stations.place, "杭州市拱墅区");
    assert_eq!(stations.level, Level::District);
}

#[test]
fn a_province_named_only_by_its_epithet() {
    let text = "全省注册志愿者超过80万人\n\n\
        截至目前,全省通过志愿服务信息系统注册的志愿者超过80万人,志愿服务组织3200个。省民政厅将继续开展“情暖八桂”学雷锋志愿服务活动。";
    let facts = facts_of(text);
    let volunteers = find(&facts, 800_000.0, "人");
    assert_eq!(volunteers.province, "广西");
    assert_eq!(volunteers.level, Level::Province);
}

#[test]
fn an_organisation_named_after_its_place_owns_its_figures() {
    let text = "我省两家社会组织获评全国先进\n\n\
        近日,民政部公布全国先进社会组织名单,我省共有2家社会组织获此荣誉。\
        南充市阳光志愿服务中心累计实施公益项目36个,服务群众1.2万人次;\
        绵阳市餐饮行业协会牵头制定团体标准8项,开展志愿服务活动40场。";
    let facts = facts_of(text);
    let projects = find(&facts, 36.0, "个");
    assert_eq!(projects.level, Level::Org);
    assert_eq!(projects.place, "南充市");
    let standards = find(&facts, 8.0, "项");
    assert_eq!(standards.level, Level::Org);
    assert_eq!(standards.place, "绵阳市");
    assert_eq!(standards.province, "四川");
}

#[test]
fn a_comparison_base_is_no_period_and_the_whole_year_is_the_one_last_named() {
    let text = "信访工作成效明显\n\n\
        近日,县信访局介绍了近年来的信访工作。到2021年,全县信访总量比2015年减少46%,信访事项办结率达到98%。\n\n\
        会议发布了年度数据。2022年,全县受理人民建议征集320条,接访群众1500人次。\n\n\
        据介绍,全年全县化解信访积案85件,信访工作群众满意度持续提升。";
    let facts = facts_of(text);
    assert_eq!(find(&facts, 46.0, "%").as_of.as_deref(), Some("2021"));
    assert_eq!(find(&facts, 85.0, "件").as_of.as_deref(), Some("2022"));
}

#[test]
fn teasers_after_news_recommendations_are_not_the_article() {
    let text = "甘肃省注册志愿者达180万人\n\n\
        截至目前,全省共登记注册志愿者180万人,志愿服务组织1.2万个,志愿服务时长持续增长。\n\n\
        新闻推荐\n\n\
        兰州某建设公司成功落地融资租赁业务12亿元,助力志愿服务和社会组织发展。";
    let facts = facts_of(text);
    assert!(facts.iter().any(|f| f.value == 1_800_000.0));
    assert!(
        !facts.iter().any(|f| f.value == 1_200_000_000.0),
        "{facts:#?}"
    );
}

#[test]
fn districts_of_several_cities_listed_together_share_their_province() {
    let text = "志愿服务记录试点成效明显\n\n\
        近年来,省民政厅在兰州市安宁区、天水市秦州区、酒泉市肃州区开展志愿服务记录试点工作,举办志愿服务培训班6期,注册志愿者和志愿服务组织稳步增长。";
    let facts = facts_of(text);
    let courses = find(&facts, 6.0, "期");
    assert_eq!(courses.place, "甘肃省");
    assert_eq!(courses.level, Level::Province);
}

#[test]
fn the_scope_of_an_award_is_not_the_place_of_the_figure() {
    let text = "社区志愿服务获评典型\n\n\
        近日,龙岗区园山街道大康社区开展垃圾分类志愿服务。社区获评龙岗区绿色社区建设典型案例,居民垃圾分类知晓率达96%,社区志愿者参与率持续提升。";
    let facts = facts_of(text);
    let share = find(&facts, 96.0, "%");
    assert_eq!(share.level, Level::Street, "{share:#?}");
}

#[test]
fn a_street_written_with_its_community_is_a_place_without_its_district() {
    let text = "社区项目获佳绩\n\n\
        近日,湘潭市志愿服务项目大赛圆满落幕。在这项赛事中,板塘街道青松社区的新就业群体关爱项目脱颖而出,荣获第一名。\n\n\
        青松社区组建了以8名社工为骨干的志愿服务队,为骑手提供暖新服务。";
    let facts = facts_of(text);
    let team = find(&facts, 8.0, "名");
    assert_eq!(team.level, Level::Street, "{team:#?}");
    assert!(team.place.ends_with("板塘街道青松社区"), "{team:#?}");
}
