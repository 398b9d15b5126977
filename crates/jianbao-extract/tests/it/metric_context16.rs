//! Context metrics of metric16 (data/metrics.toml, block "metric16"), on short articles written
//! for these tests: a place's population and area as its profile states them (its households
//! take no row from any wording: data/metrics.toml; a
//! 辖区面积 in 平方公里 is no fact at all: data/not-facts.toml, land_area), the
//! villages and communities it has, its whole party membership and 党的基层组织 as bulletins give
//! them, and the requests its hotline accepted. Their parts, changes and one site's figures take
//! none of these rows.

use crate::support::article;

use article::{facts_of, find, metric};

#[test]
fn a_communitys_profile_gives_its_population_and_area() {
    let facts = facts_of(
        "gaikuang.txt",
        "青川市河西街道桃源社区志愿服务工作\n\
         2024年6月,青川市委社会工作部到桃源社区调研志愿服务工作。桃源社区常住人口12650人,总户数4210户,区域总面积16万平方米。\n\
         东城区柳岸社区户籍人口3870人,居民户1460户,住户1180户,常住人口2250户、5930人,社区面积42000平方米。\n\
         南城区杏林社区地处老城,人口6200人,辖区总面积85000平方米。北城区有7万的常住人口。\n",
    );
    for value in [12650.0, 3870.0, 6200.0, 5930.0] {
        assert_eq!(
            metric(&facts, value, "人").as_deref(),
            Some("profile.population"),
            "{value}"
        );
    }
    // the households' row is for hand-made facts only (data/metrics.toml): no wording gives it
    for value in [4210.0, 1460.0, 1180.0] {
        assert_eq!(find(&facts, value, "户").metric, None, "{value}");
    }
    // the population's words before 户 are no households' row (常住人口2250户): listing them
    // there too would leave 70万的常住人口 without its unit
    assert_eq!(find(&facts, 2250.0, "户").metric, None);
    assert_eq!(
        metric(&facts, 70000.0, "人").as_deref(),
        Some("profile.population")
    );
    for value in [160000.0, 42000.0, 85000.0] {
        assert_eq!(
            metric(&facts, value, "平方米").as_deref(),
            Some("profile.area"),
            "{value}"
        );
    }
}

#[test]
fn a_places_villages_and_communities_are_what_it_has() {
    let facts = facts_of(
        "xiaqu.txt",
        "青川市委社会工作部部署基层治理工作\n\
         2024年6月,青川市委社会工作部召开基层治理工作会议。青川市河西区共有186个行政村和52个城市社区。\
         东城区下辖9个街道,共有41个社区居委会。南城区下辖73个建制村。西城区共有58个建制村,北城区共有14个居委会。\n",
    );
    for value in [186.0, 73.0, 58.0] {
        assert_eq!(
            metric(&facts, value, "个").as_deref(),
            Some("profile.villages"),
            "{value}"
        );
    }
    for value in [52.0, 41.0, 14.0] {
        assert_eq!(
            metric(&facts, value, "个").as_deref(),
            Some("profile.communities"),
            "{value}"
        );
    }
}

#[test]
fn a_bulletins_whole_party_is_context_and_its_parts_are_none() {
    let facts = facts_of(
        "dangnei.txt",
        "青川省党内统计数据公布\n\
         2024年6月30日,青川省委组织部发布党内统计数据,省委社会工作部介绍新兴领域党建工作。截至2023年12月31日,全省共有中国共产党党员312.5万名。\
         党的基层组织16.4万个。其中,基层党委6800个。女党员92.1万名,占党员总数的29.5%。\n\
         河西市党员总数为41.2万名。东城市全市党员27.3万名,中国共产党现有基层组织1.26万个。西城市共有基层党组织8900个。\n",
    );
    for value in [3125000.0, 412000.0, 273000.0] {
        assert_eq!(
            metric(&facts, value, "名").as_deref(),
            Some("profile.party_members"),
            "{value}"
        );
    }
    for value in [164000.0, 12600.0, 8900.0] {
        assert_eq!(
            metric(&facts, value, "个").as_deref(),
            Some("profile.party_orgs"),
            "{value}"
        );
    }
    assert_eq!(find(&facts, 921000.0, "名").metric, None);
    assert_eq!(find(&facts, 6800.0, "个").metric, None);
}

#[test]
fn a_hotlines_accepted_requests_but_not_its_categories() {
    let facts = facts_of(
        "rexian.txt",
        "青川市12345热线一周综述\n\
         2024年5月13日,记者从青川市政务服务中心获悉,上周市12345政务服务热线共受理群众诉求8412件。\n\
         河西区12345热线当月受理各类工单2366件。\n\
         东城区民生热线本季度受理市民诉求1530件。\n\
         南城区12345专线上周实际受理市民投诉318件。\n",
    );
    for (value, unit) in [
        (8412.0, "件"),
        (2366.0, "件"),
        (1530.0, "件"),
        (318.0, "件"),
    ] {
        assert_eq!(
            metric(&facts, value, unit).as_deref(),
            Some("petitions.hotline_requests"),
            "{value}"
        );
    }
}

#[test]
fn what_a_programme_reaches_is_no_places_size() {
    let facts = facts_of(
        "fugai.txt",
        "青川市社区志愿服务项目推进会召开\n\
         2024年6月,青川市委社会工作部召开社区志愿服务项目推进会。河西区的助老项目服务人口3.2万人。\
         东城区的志愿服务驿站周边覆盖居民2800户。南城区每个城市社区平均管辖居民3100户。\n",
    );
    for (value, unit) in [(32000.0, "人"), (2800.0, "户"), (3100.0, "户")] {
        assert_eq!(find(&facts, value, unit).metric, None, "{value}");
    }
}
