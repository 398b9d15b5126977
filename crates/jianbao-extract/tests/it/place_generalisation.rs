//! Where figures of new articles are: the whole-place words of a city or district paper, figures
//! of a community inside a district article, teasers for other provinces' stories and names
//! written inside a longer local name. One short article per phenomenon of Chinese news and
//! official texts (written for these tests), each extracted as a new user would: one file, no
//! manifest.

use jianbao_facts::{Fact, Level};

use crate::support::article;

use article::find;

/// The facts of `text` as one article file.
fn facts_of(text: &str) -> Vec<Fact> {
    article::facts_of("article.txt", text)
}

#[test]
fn a_city_papers_whole_city_is_the_city_its_masthead_names() {
    // a city paper writes 本报讯 and 我市/全市 and names its city only in its masthead and source
    // line: 全市 is that city, never the province
    let text = "信阳日报\n\n\
        我市新就业群体服务阵地建设提速\n\n\
        本报讯 近日,记者从市委社会工作部获悉,我市已建成暖新驿站135个,今年以来服务快递员、外卖骑手3.6万人次。\n\n\
        据介绍,全市现有注册志愿者52万人,本市持证社会工作者达到2100名。\n\n\
        来源:信阳日报";
    let facts = facts_of(text);
    for (value, unit) in [
        (135.0, "个"),
        (36_000.0, "人次"),
        (520_000.0, "人"),
        (2100.0, "名"),
    ] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.province, "河南", "{fact:#?}");
        assert_eq!(fact.place, "信阳市", "{fact:#?}");
        assert_eq!(fact.level, Level::City, "{fact:#?}");
    }
}

#[test]
fn whole_city_words_bind_to_the_city_the_body_names_when_the_lead_names_none() {
    // the lead speaks of 我市 and the city is named only further down: 全市 is that city
    let text = "党建引领新兴领域高质量发展\n\n\
        今年以来,我市坚持党建引领,全市新兴领域党组织覆盖率达到92%,新建行业党委8个。\n\n\
        会上,邯郸市委社会工作部负责同志介绍,下一步将推动快递、外卖平台企业党组织应建尽建。";
    let facts = facts_of(text);
    let coverage = find(&facts, 92.0, "%");
    assert_eq!(coverage.province, "河北", "{coverage:#?}");
    assert_eq!(coverage.place, "邯郸市", "{coverage:#?}");
    assert_eq!(coverage.level, Level::City);
}

#[test]
fn a_whole_county_is_the_county_a_county_paper_names() {
    let text = "全县社会工作服务站实现全覆盖\n\n\
        近日,记者从县委社会工作部了解到,全县已建成乡镇(街道)社会工作服务站15个,配备专职社工46名。\n\n\
        来源:固始县融媒体中心";
    let facts = facts_of(text);
    let stations = find(&facts, 15.0, "个");
    assert_eq!(stations.province, "河南", "{stations:#?}");
    assert!(stations.place.ends_with("固始县"), "{stations:#?}");
    assert_eq!(stations.level, Level::District);
}

#[test]
fn teasers_for_other_provinces_stories_set_no_place() {
    // the article is about 襄阳; the related links after it name another province twice
    let text = "襄阳市志愿服务工作推进会召开\n\n\
        近日,襄阳市志愿服务工作推进会召开。据介绍,全市注册志愿者达到86万人,志愿服务组织3200个。\n\n\
        相关新闻:\n\
        浙江省杭州市召开社会工作会议 浙江省部署新就业群体服务\n\
        延伸阅读 浙江宁波:新建暖新驿站200个\n";
    let facts = facts_of(text);
    let volunteers = find(&facts, 860_000.0, "人");
    assert_eq!(volunteers.province, "湖北", "{volunteers:#?}");
    assert_eq!(volunteers.place, "襄阳市", "{volunteers:#?}");
    assert!(
        facts.iter().all(|f| f.province != "浙江"),
        "a teaser gave a fact: {facts:#?}"
    );
}

#[test]
fn teasers_naming_another_province_more_often_do_not_set_the_articles_province() {
    // the lead names its city once; the related links after it name 浙江 again and again: the
    // article (and the lead's place) stays 湖北's
    let text = "党建引领新就业群体融入基层治理\n\n\
        近日,襄阳市委社会工作部召开新就业群体党建工作推进会。据介绍,全市已建成暖新驿站240个,服务快递员、外卖骑手、网约车司机5.2万人次。\n\n\
        相关新闻\n\
        浙江:新就业群体服务暖心 浙江杭州建成驿站 浙江宁波骑手友好社区\n\
        浙江温州:社会工作部召开会议\n";
    let facts = facts_of(text);
    let stations = find(&facts, 240.0, "个");
    assert_eq!(stations.province, "湖北", "{stations:#?}");
    assert_eq!(stations.place, "襄阳市", "{stations:#?}");
    assert_eq!(stations.level, Level::City);
}

#[test]
fn a_teaser_line_above_the_article_sets_no_place() {
    // a portal's block of recommended links above the headline names other places
    let text = "热点推荐 福建:全省社会组织超3万家 福建泉州:社工站建设全覆盖 福建漳州召开推进会\n\n\
        六安市社会组织党建工作综述\n\n\
        今年以来,六安市委社会工作部推进社会组织党建,全市已建立社会组织党组织320个,实现应建尽建。";
    let facts = facts_of(text);
    let branches = find(&facts, 320.0, "个");
    assert_eq!(branches.province, "安徽", "{branches:#?}");
    assert_eq!(branches.place, "六安市", "{branches:#?}");
}

#[test]
fn a_communitys_figures_stay_with_the_community_in_a_district_article() {
    // a district article turns to one of its communities, named as the subject of its sentence:
    // the community's figures are the community's, at street level
    let text = "金水区打造“一刻钟”便民服务圈\n\n\
        近日,郑州市金水区委社会工作部召开基层治理工作推进会。\n\n\
        其中,花园路街道丰产路社区组建志愿服务队12支,社区共有居民4800户。\n\n\
        据介绍,全区已建成社区社会工作室96个。";
    let facts = facts_of(text);
    let teams = find(&facts, 12.0, "支");
    assert_eq!(teams.level, Level::Street, "{teams:#?}");
    assert_eq!(
        teams.place, "郑州市金水区花园路街道丰产路社区",
        "{teams:#?}"
    );
    let households = find(&facts, 4800.0, "户");
    assert_eq!(households.level, Level::Street, "{households:#?}");
    let district = find(&facts, 96.0, "个");
    assert_eq!(district.place, "郑州市金水区", "{district:#?}");
    assert_eq!(district.level, Level::District);
}

#[test]
fn a_village_named_as_the_subject_of_a_figure_keeps_its_figure() {
    let text = "蒙城县推进农村志愿服务\n\n\
        近日,亳州市蒙城县召开志愿服务工作推进会,部署新时代文明实践志愿服务。\n\n\
        小涧镇大王村常态化开展邻里互助,村里现有志愿者86名。全县注册志愿者超过12万人。";
    let facts = facts_of(text);
    let village = find(&facts, 86.0, "名");
    assert_eq!(village.level, Level::Street, "{village:#?}");
    assert!(village.place.ends_with("大王村"), "{village:#?}");
    let county = find(&facts, 120_000.0, "人");
    assert_eq!(county.level, Level::District, "{county:#?}");
}

#[test]
fn a_city_named_inside_a_local_name_of_another_province_is_no_place() {
    // 杨浦区鞍山一村 is a 居民区 of 上海, not 辽宁's 鞍山
    let text = "居民区书记的战“疫”日记\n\n\
        “多跑一趟,居民就多一份安心。”这是她的口头禅。\n\n\
        今年56岁的李红是上海市杨浦区鞍山一村第二居民区党总支书记。\n\n\
        据介绍,居民区共有居民1800户,组建志愿服务队5支,社区工作者和志愿者轮流值守,党建引领基层治理。";
    let facts = facts_of(text);
    let households = find(&facts, 1800.0, "户");
    assert_eq!(households.province, "上海", "{households:#?}");
    assert_eq!(households.level, Level::Street, "{households:#?}");
    assert!(
        households.place.ends_with("杨浦区鞍山一村第二居民区"),
        "{households:#?}"
    );
}

#[test]
fn the_county_government_written_as_county_li_is_the_county() {
    // 县里/省里: the county's (province's) government, not the village in force
    let text = "献县规范村级组织挂牌\n\n\
        近日,沧州市献县南河头乡南韩庄村清理了办公场所外部挂牌,推进党建引领基层治理、为基层减负。\n\n\
        为此,县里抽调了20名骨干力量组成检查小组,督导社会工作和基层治理整改到位。";
    let facts = facts_of(text);
    let inspectors = find(&facts, 20.0, "名");
    assert_eq!(inspectors.level, Level::District, "{inspectors:#?}");
    assert!(inspectors.place.ends_with("献县"), "{inspectors:#?}");
}

#[test]
fn a_city_articles_comparison_with_its_province_does_not_carry_the_province() {
    // 居全省第二 and 高于全省平均水平 compare the city with its province: the figures after them
    // are still the city's
    let text = "沧州市志愿服务工作综述\n\n\
        今年以来,沧州市委社会工作部统筹推进志愿服务。全市注册志愿者达到86万人,居全省第二位。\
        其中,新增注册志愿者3.2万人,志愿服务组织达到2100个。\n\n\
        全市持证社会工作者增长明显,持证率高于全省平均水平。新增持证社工460名,建成社工站170个。";
    let facts = facts_of(text);
    for (value, unit) in [
        (32_000.0, "人"),
        (2100.0, "个"),
        (460.0, "名"),
        (170.0, "个"),
    ] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.place, "沧州市", "{fact:#?}");
        assert_eq!(fact.level, Level::City, "{fact:#?}");
    }
}

#[test]
fn a_community_opening_its_sentence_keeps_its_figures_in_a_district_article() {
    // a district's story turns to one community, written alone as the subject of a sentence
    let text = "西工区志愿服务进社区\n\n\
        近日,洛阳市西工区委社会工作部推进志愿服务进社区,全区注册志愿者达到6.8万人。\n\n\
        东关社区是全区首批志愿服务示范社区,社区现有志愿者210名,组建志愿服务队7支。";
    let facts = facts_of(text);
    let volunteers = find(&facts, 210.0, "名");
    assert_eq!(volunteers.level, Level::Street, "{volunteers:#?}");
    assert!(volunteers.place.ends_with("东关社区"), "{volunteers:#?}");
    let district = find(&facts, 68_000.0, "人");
    assert_eq!(district.level, Level::District, "{district:#?}");
}

#[test]
fn a_pinyin_gloss_between_names_still_chains_them() {
    // some portals print a syllable's pinyin after a character (区(qū)): the names on either
    // side are still written one after the other
    let text = "居民区书记的战“疫”日记\n\n\
        “多跑一趟,居民就多一份安心。”这是她的口头禅。\n\n\
        今年56岁的李红是上海市杨浦区(qū)鞍山一村第二居民区党总支书记。\n\n\
        据介绍,居民区共有居民1800户,组建志愿服务队5支,社区工作者和志愿者轮流值守,党建引领基层治理。";
    let facts = facts_of(text);
    let households = find(&facts, 1800.0, "户");
    assert_eq!(households.province, "上海", "{households:#?}");
    assert_eq!(households.level, Level::Street, "{households:#?}");
    assert!(
        households.place.ends_with("鞍山一村第二居民区"),
        "{households:#?}"
    );
}

#[test]
fn a_whole_city_after_a_named_city_is_that_city() {
    // a report on several cities: 宁波 named right before 全市 is the city it speaks of
    let text = "襄阳市考察学习新就业群体服务经验\n\n\
        近日,襄阳市委社会工作部赴浙江考察学习新就业群体服务工作,交流了暖新驿站建设情况。\n\n\
        座谈会上,宁波市介绍,全市已建成骑手驿站300个。温州市介绍,全市新就业群体党员达到2600名。";
    let facts = facts_of(text);
    let ningbo = find(&facts, 300.0, "个");
    assert_eq!(ningbo.place, "宁波市", "{ningbo:#?}");
    let wenzhou = find(&facts, 2600.0, "名");
    assert_eq!(wenzhou.place, "温州市", "{wenzhou:#?}");
}

#[test]
fn a_district_articles_whole_city_after_its_city_is_the_city() {
    let text = "桃城区推进社会工作服务站建设\n\n\
        近日,衡水市桃城区委社会工作部推进社会工作服务站建设,全区已建成社工站12个。\n\n\
        据介绍,衡水市委社会工作部统筹推进,全市已建成社工站118个,持证社会工作者和志愿者常态化服务群众。";
    let facts = facts_of(text);
    let city = find(&facts, 118.0, "个");
    assert_eq!(city.place, "衡水市", "{city:#?}");
    assert_eq!(city.level, Level::City);
    let district = find(&facts, 12.0, "个");
    assert_eq!(district.level, Level::District, "{district:#?}");
}
