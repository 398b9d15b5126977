//! Attribution and reading that generalise beyond the dev corpus, one short article per
//! phenomenon of Chinese news text (written for these tests), each extracted as a new user would:
//! one file, no manifest. Glossed traditional pages, the scope a named community, street or
//! organisation carries, comparisons with a wider whole, counts that restate a set, and units.

use jianbao_facts::{Fact, Level};

use crate::support::article;

use article::find;

/// The facts of `text` as one article file.
fn facts_of(text: &str) -> Vec<Fact> {
    article::facts_of("article.txt", text)
}

#[test]
fn a_traditional_page_with_pinyin_glosses_is_read() {
    let text = "湖南省社會(huì)工作部推進(jìn)社區(qū)工作者隊(duì)伍建設(shè)\n\n\
        記者從湖南省委社會(huì)工作部獲悉,全省已有12個(gè)市、58個(gè)縣(市、區(qū))出臺(tái)社區(qū)工作者管理辦法。\n\n\
        截至目前,全省持證社會(huì)工作者達(dá)3.2萬(wàn)人,建成鄉(xiāng)鎮(zhèn)(街道)社會(huì)工作服務(wù)站1500個(gè)。";
    let facts = facts_of(text);
    for (value, unit) in [(58.0, "个"), (32_000.0, "人"), (1500.0, "个")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.province, "湖南", "{fact:#?}");
        assert_eq!(fact.level, Level::Province, "{fact:#?}");
        assert!(text.contains(&fact.quote), "{fact:#?}");
    }
}

#[test]
fn square_metres_people_times_and_hedged_thousands_are_read_and_land_is_not() {
    let text = "芜湖市镜湖区打造新就业群体服务阵地\n\n\
        近日,芜湖市镜湖区委社会工作部在辖区建成新就业群体服务中心,中心面积1200平米。\n\n\
        中心紧邻全长1.5公里的滨江步道,配套停车场占地3亩。今年以来,中心累计服务快递员、外卖骑手8600人(次),\
        开展技能培训近千人次。";
    let facts = facts_of(text);
    // 平米 keeps the text's unit (the lead's ruling of figures16's round)
    let area = find(&facts, 1200.0, "平米");
    assert_eq!(area.place, "芜湖市镜湖区", "{area:#?}");
    let served = find(&facts, 8600.0, "人次");
    assert!(served.quote.contains("8600人(次)"), "{served:#?}");
    let trained = find(&facts, 1000.0, "人次");
    assert_eq!(trained.qualifier, jianbao_facts::Qualifier::Under);
    assert!(
        !facts.iter().any(|f| f.value == 1.5 || f.value == 3.0),
        "{facts:#?}"
    );
}

#[test]
fn a_community_named_in_the_lead_carries_to_the_figures_that_follow() {
    let text = "幸福社区:小网格托起大民生\n\n\
        近日,记者走进合肥市蜀山区笔架山街道幸福社区。\n\n\
        社区现有居民3200户,组建志愿服务队5支,注册志愿者420名。\n\n\
        今年以来,累计开展志愿服务活动86场,服务居民2600余人次。";
    let facts = facts_of(text);
    for (value, unit) in [
        (3200.0, "户"),
        (420.0, "名"),
        (86.0, "场"),
        (2600.0, "人次"),
    ] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.place, "合肥市蜀山区笔架山街道幸福社区", "{fact:#?}");
        assert_eq!(fact.level, Level::Street, "{fact:#?}");
    }
}

#[test]
fn a_street_figure_stays_until_the_district_takes_over() {
    let text = "城关区雁北街道:志愿服务暖人心\n\n\
        兰州市城关区雁北街道党工委以党建引领志愿服务,街道现有注册志愿者3100名。\n\n\
        今年以来,街道开展志愿服务活动140场。\n\n\
        据了解,全区已建成新时代文明实践站点286个。";
    let facts = facts_of(text);
    for (value, unit) in [(3100.0, "名"), (140.0, "场")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.place, "兰州市城关区雁北街道", "{fact:#?}");
        assert_eq!(fact.level, Level::Street, "{fact:#?}");
    }
    let district = find(&facts, 286.0, "个");
    assert_eq!(district.place, "兰州市城关区", "{district:#?}");
    assert_eq!(district.level, Level::District);
}

#[test]
fn a_districts_figures_stay_with_the_district() {
    let text = "武侯区推动新就业群体融入基层治理\n\n\
        近日,成都市武侯区委社会工作部召开新就业群体服务管理工作推进会。\n\n\
        会议指出,武侯区已建成“暖蜂驿站”62个,吸纳快递员、外卖骑手参与社区治理1800余人次。";
    let facts = facts_of(text);
    for (value, unit) in [(62.0, "个"), (1800.0, "人次")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.place, "成都市武侯区", "{fact:#?}");
        assert_eq!(fact.level, Level::District, "{fact:#?}");
    }
}

#[test]
fn an_organisations_own_members_are_the_organisations_figures() {
    let text = "伍家岗区蓝天救援队:守护平安的志愿者\n\n\
        宜昌市伍家岗区蓝天救援队成立于2016年,是一支由志愿者组成的公益救援队伍。\n\n\
        救援队现有队员86名,去年参与应急救援和志愿服务120余次。\n\n\
        据了解,全区现有注册志愿者5.6万名。";
    let facts = facts_of(text);
    for (value, unit) in [(86.0, "名"), (120.0, "次")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.level, Level::Org, "{fact:#?}");
        assert!(fact.place.ends_with("伍家岗区"), "{fact:#?}");
    }
    let district = find(&facts, 56_000.0, "名");
    assert_eq!(district.level, Level::District, "{district:#?}");
}

#[test]
fn a_county_as_the_subject_of_a_clause_is_a_county() {
    let text = "南召县:整合社区资源服务新就业群体\n\n\
        河南省南阳市南召县通过整合社区党群服务中心资源,建成暖心驿站15个,服务快递员、外卖骑手3000余人次。";
    let facts = facts_of(text);
    for (value, unit) in [(15.0, "个"), (3000.0, "人次")] {
        let fact = find(&facts, value, unit);
        assert!(fact.place.ends_with("南召县"), "{fact:#?}");
        assert_eq!(fact.level, Level::District, "{fact:#?}");
    }
}

#[test]
fn a_comparison_with_the_wider_whole_keeps_the_figure_with_its_subject() {
    let text = "衢州市社会工作服务站实现全覆盖\n\n\
        衢州市率先在全省实现乡镇(街道)社会工作服务站全覆盖,建成社工站103个。\n\n\
        在全省率先出台社区工作者职业体系实施办法,全市持证社会工作者达4200人。\n\n\
        衢州市柯城区建成全省首个新就业群体友好街区,全区已建成暖新驿站46个。";
    let facts = facts_of(text);
    for (value, unit, place, level) in [
        (103.0, "个", "衢州市", Level::City),
        (4200.0, "人", "衢州市", Level::City),
        (46.0, "个", "衢州市柯城区", Level::District),
    ] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.place, place, "{fact:#?}");
        assert_eq!(fact.level, level, "{fact:#?}");
    }
}

#[test]
fn a_count_that_restates_the_list_before_it_is_not_a_fact() {
    let text = "西宁市推进社区工作者队伍建设\n\n\
        西宁市城东区、城中区、城西区、城北区、湟中区5个区(县)全面推行社区工作者职业体系。\n\n\
        全市乡镇(街道)社会工作服务站实现全覆盖,配备社会工作者310名。";
    let facts = facts_of(text);
    assert!(!facts.iter().any(|f| f.value == 5.0), "{facts:#?}");
    find(&facts, 310.0, "名");
}

#[test]
fn a_community_named_in_a_district_article_keeps_its_figures_until_the_district_returns() {
    let text = "武侯区推进志愿服务进社区\n\n\
        近日,成都市武侯区委社会工作部召开志愿服务工作推进会。\n\n\
        玉林街道玉林东路社区组建志愿服务队5支,注册志愿者420名。\n\n\
        今年以来,社区开展志愿服务活动86场,服务居民2600余人次。\n\n\
        据悉,全区已建成社区志愿服务站点120个。";
    let facts = facts_of(text);
    for (value, unit) in [(420.0, "名"), (86.0, "场"), (2600.0, "人次")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.place, "成都市武侯区玉林街道玉林东路社区", "{fact:#?}");
        assert_eq!(fact.level, Level::Street, "{fact:#?}");
    }
    let district = find(&facts, 120.0, "个");
    assert_eq!(district.place, "成都市武侯区", "{district:#?}");
    assert_eq!(district.level, Level::District);
}

#[test]
fn a_community_headline_with_a_lead_naming_only_the_community() {
    let text = "红星社区:党建引领绘就幸福底色\n\n\
        来源:长沙市开福区融媒体中心\n\n\
        近日,记者走进开福区红星社区,志愿者们正在为居民义务理发。\n\n\
        社区党委书记介绍,社区现有居民4100户,组建志愿服务队8支。\n\n\
        今年以来,累计开展志愿服务活动130余场。";
    let facts = facts_of(text);
    for (value, unit) in [(4100.0, "户"), (8.0, "支"), (130.0, "场")] {
        let fact = find(&facts, value, unit);
        assert!(fact.place.ends_with("红星社区"), "{fact:#?}");
        assert_eq!(fact.level, Level::Street, "{fact:#?}");
    }
}

#[test]
fn a_community_that_lies_in_a_district_keeps_the_figures_of_its_clause() {
    let text = "十堰市三桥社区:党建引领志愿服务 小巷里的大治理\n\n\
        三桥社区位于十堰市茅箭区,现有居民2100户,注册志愿者420名。\n\n\
        近年来,社区组建志愿服务队6支,累计开展志愿服务活动150场,服务居民3000余人次。";
    let facts = facts_of(text);
    for (value, unit) in [(2100.0, "户"), (420.0, "名"), (6.0, "支"), (3000.0, "人次")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.place, "十堰市茅箭区三桥社区", "{fact:#?}");
        assert_eq!(fact.level, Level::Street, "{fact:#?}");
    }
}

#[test]
fn a_county_that_lies_in_a_city_keeps_its_figures() {
    let text = "西峡县打造新就业群体温暖家园\n\n\
        西峡县地处南阳市西北部,全县已建成“暖新驿站”32个,服务快递员、外卖骑手1.5万人次。";
    let facts = facts_of(text);
    for (value, unit) in [(32.0, "个"), (15_000.0, "人次")] {
        let fact = find(&facts, value, unit);
        assert!(fact.place.ends_with("西峡县"), "{fact:#?}");
        assert_eq!(fact.level, Level::District, "{fact:#?}");
    }
}
