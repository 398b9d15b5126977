//! Place phenomena of round place16: a town written short (one character and 镇 or 乡) in the
//! chain that places a community (某旗薛镇兴隆社区), and a county's or banner's civilisation
//! practice centre, whose counts are its place's network, not one organisation's. One article
//! per wording, written for these tests, each extracted as a new user would.

use jianbao_facts::Level;

use crate::support::article;

use article::find;

/// A community's profile places it by its chain county → town → community, the town written
/// short; the bare name later in the text is the same community, and its figures keep the whole
/// chain (never the county alone, nor the community's name swallowing the town's).
#[test]
fn a_short_town_stays_in_its_communitys_chain() {
    let pages = [
        (
            "兴隆社区:党建引领基层治理",
            "准格尔旗薛镇兴隆社区是一个老旧小区较多的社区。兴隆社区现有居民2100户,\
             组建志愿服务队6支,注册志愿者120名。",
            "准格尔旗薛镇兴隆社区",
        ),
        (
            "党建引领基层治理 社区里的幸福事",
            "米易县丙镇新村社区位于县城南部。社区组建志愿服务队6支,注册志愿者120名,\
             居民2100户。",
            "米易县丙镇新村社区",
        ),
        (
            "党建引领 村里的志愿服务",
            "达拉特旗王乡新民村地处黄河南岸,是一个移民村。新民村组建志愿服务队6支,\
             注册志愿者120名。",
            "达拉特旗王乡新民村",
        ),
        (
            "党建引领基层治理",
            "准格尔旗薛镇沙圪堵东路社区是一个老旧小区较多的社区。社区现有居民2100户,\
             组建志愿服务队6支,注册志愿者120名。",
            "准格尔旗薛镇沙圪堵东路社区",
        ),
    ];
    for (headline, body, place) in pages {
        let text = format!("发布时间:2025-03-10\n\n{headline}\n\n{body}\n");
        let facts = article::facts_of("article.txt", &text);
        for (value, unit) in [(6.0, "支"), (120.0, "名")] {
            let fact = find(&facts, value, unit);
            assert!(fact.place.ends_with(place), "{body}: {fact:#?}");
            assert_eq!(fact.level, Level::Street, "{body}");
        }
    }
}

/// Elsewhere a single character before 镇 or 乡 is a word of the sentence, no town: a county's
/// figures stay the county's.
#[test]
fn a_word_ending_in_town_is_no_short_town() {
    let pages = [
        "米易县城镇社区组建志愿服务队6支,注册志愿者120名。",
        "米易县乡镇社区组建志愿服务队6支,注册志愿者120名。",
        "米易县城乡社区组建志愿服务队6支,注册志愿者120名。",
    ];
    for body in pages {
        let text = format!("发布时间:2025-03-10\n\n志愿服务进社区\n\n{body}\n");
        let facts = article::facts_of("article.txt", &text);
        let fact = find(&facts, 6.0, "支");
        assert!(fact.place.ends_with("米易县"), "{body}: {fact:#?}");
        assert_eq!(fact.level, Level::District, "{body}");
    }
}

/// A banner's or county's civilisation practice centre, however its name ends (实践中心,
/// 实践服务中心, 实践指导中心), heads its place's network: the stations, teams and activities
/// counted after it are the place's (district level), not one organisation's.
#[test]
fn a_practice_centre_tells_its_places_network() {
    let names = [
        "乌审旗新时代文明实践服务中心",
        "鄂托克旗新时代文明实践中心",
        "杭锦旗新时代文明实践指导中心",
    ];
    for name in names {
        let place = &name[..name.find("新时代").unwrap_or(0)];
        let body = format!(
            "近年来,{name}整合各方资源,推动志愿服务常态化。{name}始终坚持标准化推进阵地建设。\
             现有新时代文明实践所9个,新时代文明实践站186个。组建志愿服务队120支,\
             开展文明实践活动3300场次。"
        );
        let text = format!("发布时间:2025-03-10\n\n志愿服务温暖草原\n\n{body}\n");
        let facts = article::facts_of("article.txt", &text);
        for (value, unit) in [(186.0, "个"), (120.0, "支")] {
            let fact = find(&facts, value, unit);
            assert!(fact.place.ends_with(place), "{body}: {fact:#?}");
            assert_eq!(fact.level, Level::District, "{body}: {fact:#?}");
        }
    }
}

/// A county's or county-level city's own outlet (its dateline ends in 讯) calls its place 我市 or
/// 我县; a superior or a neighbour named first in its lead as the visitor (某市市委常委……来我市,
/// 某县考察团来我县) is not what the article is about: the figures told of 我市 are the outlet's
/// place's.
#[test]
fn an_outlets_own_voice_names_its_place() {
    let pages = [
        (
            "武夷山新闻网讯 4月8日,南平市委常委、宣传部部长率队来我市调研志愿服务工作。\
             截至目前,我市建成志愿服务站点58个,共有志愿服务队伍312支。",
            "武夷山市",
        ),
        (
            "福安新闻网讯 近日,宁德市民政局一行来我市考察社区治理。据了解,我市已培育社区社会组织\
             58个,组建志愿服务队伍312支。",
            "福安市",
        ),
        (
            "当涂新闻网讯 6月3日,和县县委社会工作部一行到我县学习考察。目前,我县共建成新时代文明\
             实践站58个,组建志愿服务队312支。",
            "当涂县",
        ),
    ];
    for (body, place) in pages {
        let text = format!("志愿服务观察\n\n{body}\n");
        let facts = article::facts_of("article.txt", &text);
        for (value, unit) in [(58.0, "个"), (312.0, "支")] {
            let fact = find(&facts, value, unit);
            assert!(fact.place.ends_with(place), "{body}: {fact:#?}");
            assert_eq!(fact.level, Level::District, "{body}: {fact:#?}");
        }
    }
}

/// A complex's or building's service centre named with its whereabouts (……党群服务中心位于某街道,
/// 坐落于某街道, 坐落在某街道): its own area and reach are the organisation's (level org) at the
/// street that clause names, not at the district the article is about.
#[test]
fn a_located_centre_sits_in_the_street_it_names() {
    let pages = [
        "拱墅区银泰城商圈党群服务中心位于祥符街道,面积1866平方米,服务商户600余家。",
        "拱墅区运河湾商务楼宇党群服务站坐落于祥符街道,建筑面积1866平方米,辐射企业600余家。",
        "拱墅区湖墅综合体党群服务中心坐落在祥符街道,使用面积1866平方米,联系商户600余家。",
    ];
    for body in pages {
        let text = format!(
            "发布时间:2025-03-10\n\n商圈党建激活新兴领域“红色引擎”\n\n近日,杭州市拱墅区推进新经济组织党建工作。{body}\n"
        );
        let facts = article::facts_of("article.txt", &text);
        for (value, unit) in [(1866.0, "平方米"), (600.0, "家")] {
            let fact = find(&facts, value, unit);
            assert!(fact.place.ends_with("拱墅区祥符街道"), "{body}: {fact:#?}");
            assert_eq!(fact.level, Level::Org, "{body}: {fact:#?}");
        }
    }
}
