//! A grassroots unit's own profile page (round profile22): a community's, village's or street's
//! encyclopedia entry, 社区简介, 村情简介 or 街道概况 sizes the unit (area, people, homes, parts)
//! without one word of the social-work remit, and is in scope as a page about the basic unit of
//! 基层治理; a page about something else that sizes a place (an estate's advert, a tourist
//! listing, a health centre's or a company's profile) stays out. A profile's first sentence says
//! what the unit belongs to (隶属于……) or where it lies in a clause of its own (……,位于某区东北部):
//! those places are where the unit is, not the figures' place. Short articles written for these
//! tests, each extracted as a new user would.

use jianbao_facts::{Level, Theme};

use crate::support::article;

use article::{facts_of, find};

/// Profile pages naming no remit word give their rows, at the unit, as its profile (`other`):
/// titled by the unit alone, by a chain of places and a heading, by a village's 村情简介, by a
/// street's 概况, by an infobox's name, or by a section heading with the unit opening the body.
#[test]
fn a_units_own_profile_page_gives_its_rows() {
    let pages = [
        (
            "青石社区\n\n青石社区位于株洲市荷塘区东北部,辖区面积1.8平方公里,现有居民4120户,\
             常住人口11600人,辖区内有学校2所。社区先后获评省级文明社区、市级和谐社区。\n",
            11600.0,
            "青石社区",
        ),
        (
            "湖南省株洲市荷塘区月塘街道青石社区概况\n\n社区辖区面积1.8平方公里,共有居民4120户,\
             常住人口11600人。辖区内设有日间照料中心、卫生服务站和图书室。\n",
            11600.0,
            "青石社区",
        ),
        (
            "柳湾村村情简介\n\n柳湾村位于泰和县螺溪镇西北部,村域面积6.2平方公里,辖12个村民小组,\
             共有农户680户,总人口2860人,耕地面积3400亩。柳湾村先后被评为省级美丽乡村示范村。\n",
            2860.0,
            "柳湾村",
        ),
        (
            "月塘街道概况\n\n月塘街道位于株洲市荷塘区中部,辖区面积12.5平方公里,下辖8个社区,\
             常住人口9.6万人,共有居民3.1万户。街道先后获得省级文明街道等称号。\n",
            96000.0,
            "月塘街道",
        ),
        (
            "基本介绍\n- 中文名:石门社区\n- 行政区类别:社区\n\n石门社区位于岳阳市岳阳楼区南部,\
             辖区面积0.9平方公里,现有居民2300户,常住人口6500人,辖区内有居民小区11个。\n",
            6500.0,
            "石门社区",
        ),
        (
            "基本情况\n\n石门社区隶属于岳阳市岳阳楼区金鹗山街道,辖区面积0.9平方公里,\
             现有居民2300户,常住人口6500人,辖区内有居民小区11个。\n",
            6500.0,
            "石门社区",
        ),
    ];
    for (text, people, unit) in pages {
        let facts = facts_of("profile.txt", text);
        let fact = find(&facts, people, "人");
        assert!(fact.place.ends_with(unit), "{text}: {fact:#?}");
        assert_eq!(fact.level, Level::Street, "{text}: {fact:#?}");
        assert_eq!(fact.theme, Theme::Other, "{text}: {fact:#?}");
    }
}

/// Pages that size a place but are about something else give nothing: an estate's advert
/// (容积率, 均价), a tourist listing of a village (门票, 开放时间), a health centre's profile (its
/// title ends with the centre, not the community), a property company's, and a unit's news page
/// with one kind of row only.
#[test]
fn pages_about_something_else_that_size_a_place_give_nothing() {
    for text in [
        "碧水湾社区\n\n碧水湾社区位于株洲市天元区核心地段,总户数1800户,由12栋高层住宅组成,\
         小区容积率2.5,绿化率40%,常住人口预计5000人,均价每平方米9800元,辖区面积约0.2平方公里。\n",
        "桃花村\n\n桃花村位于湖州市安吉县,村域面积3.2平方公里,全村人口1800人,农户520户,\
         下辖6个自然村。门票60元,开放时间8:00至17:30,每年三月桃花盛开。\n",
        "青石社区卫生服务中心简介\n\n青石社区卫生服务中心位于株洲市荷塘区,服务辖区面积1.8平方公里,\
         服务常住人口11600人、居民4120户,覆盖9个居民小区。中心现有医护人员36人,开放床位20张。\n",
        "株洲青石物业管理有限公司简介\n\n公司位于荷塘区青石社区,管理住宅小区9个,服务住户4120户,\
         服务人口11600人,管理面积1.8平方公里,现有员工86人。\n",
        "青石社区\n\n青石社区举办邻里节,辖区居民300余人参加,活动持续一整天,共设摊位26个。\n",
    ] {
        let facts = facts_of("other.txt", text);
        assert!(facts.is_empty(), "{text}: {facts:#?}");
    }
}

/// What a profile's unit belongs to (隶属于 a chain of places) and where it lies in a clause with
/// no subject of its own after the unit's name: those places are the unit's whereabouts, and its
/// figures stay the unit's, at street level, never the district's.
#[test]
fn a_units_belonging_and_whereabouts_do_not_place_its_figures() {
    for (text, unit) in [
        (
            "青石社区简介\n\n青石社区隶属于湖南省株洲市荷塘区月塘街道,位于荷塘区东北部。\
             社区辖区面积1.8平方公里,现有居民4120户,常住人口11600人,社区有志愿者团队3支。\n",
            "月塘街道青石社区",
        ),
        (
            "柳湾村简介\n\n柳湾村隶属泰和县螺溪镇,地处泰和县西北部。全村辖12个村民小组,\
             共有农户680户,常住人口11600人,组建志愿服务队3支。\n",
            "柳湾村",
        ),
        (
            "石门社区概况\n\n石门社区成立于2001年,位于岳阳楼区南部。社区辖区面积0.9平方公里,\
             现有居民2300户,常住人口11600人,社区有志愿者团队3支。\n",
            "石门社区",
        ),
    ] {
        let facts = facts_of("profile.txt", text);
        let fact = find(&facts, 11600.0, "人");
        assert!(fact.place.ends_with(unit), "{text}: {fact:#?}");
        assert_eq!(fact.level, Level::Street, "{text}: {fact:#?}");
    }
}

/// A district's own whereabouts (荷塘区位于株洲市东部) leaves the district its figures: the
/// sentence opens on no community, village or street.
#[test]
fn a_districts_whereabouts_keeps_its_figures() {
    let text = "荷塘区志愿服务概况\n\n荷塘区位于株洲市东部,全区注册志愿者5.2万人,\
                志愿服务队伍320支,开展志愿服务活动1800场。\n";
    let facts = facts_of("district.txt", text);
    let fact = find(&facts, 320.0, "支");
    assert_eq!(fact.place, "株洲市荷塘区", "{fact:#?}");
    assert_eq!(fact.level, Level::District, "{fact:#?}");
}
