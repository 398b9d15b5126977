//! A community's or village's own page (round community17): its title names it alone or with a
//! profile's heading (某某社区简介, 某某社区概况, 某某村村情简介), and the figures that name no other
//! place are its own, at street level, never the city a school's or a hospital's name in its body
//! holds; 部分社区党员 counts people, no communities inside it; a verb of becoming before 社区
//! (合并而成, 完成) begins no name. Short articles written for these tests, each extracted as a new
//! user would.

use jianbao_facts::Level;

use crate::support::article;

use article::{facts_of, find};

/// A profile page titled by the community's name, with or without a heading after it: its own
/// figures stay the community's though its body names its city inside a unit's name.
#[test]
fn a_page_titled_by_its_community_keeps_its_figures() {
    let pages = [
        (
            "青柳社区简介",
            "青柳社区东临河滨路,西接铁路。辖区面积0.6平方公里,共有住宅楼42幢,常住居民3100户,\
             常住人口8200人。辖区内有宜昌市第五中学等单位。社区有直管党员186人。社区组建志愿服务队6支,注册志愿者380名,\
             开展志愿服务活动120场。",
            "青柳社区",
        ),
        (
            "松岭社区概况",
            "松岭社区北起长江路,南至学院街。社区总面积0.9平方公里,居民2600户,人口7400人,\
             辖区内有宜昌市第一人民医院。社区有直管党员186人,住宅楼42幢。社区组建志愿服务队6支,\
             注册志愿者380名,开展志愿服务活动120场。",
            "松岭社区",
        ),
        (
            "桃溪村村情简介",
            "桃溪村东与李家湾相邻。全村辖6个村民小组,常住人口8200人,辖区内有宜昌市实验小学分校。\
             全村有党员186人,住宅楼42幢。全村组建志愿服务队6支,\
             注册志愿者380名,开展志愿服务活动120场。",
            "桃溪村",
        ),
    ];
    for (headline, body, place) in pages {
        let text = format!("{headline}\n\n{body}\n");
        let facts = facts_of("profile.txt", &text);
        for (value, unit) in [(8200.0, "人"), (380.0, "名"), (42.0, "幢")] {
            if let Some(fact) = facts.iter().find(|f| f.value == value && f.unit == unit) {
                assert!(fact.place.ends_with(place), "{headline}: {fact:#?}");
                assert_eq!(fact.level, Level::Street, "{headline}: {fact:#?}");
            }
        }
        let fact = find(&facts, 380.0, "名");
        assert!(fact.place.ends_with(place), "{headline}: {fact:#?}");
        assert_eq!(fact.level, Level::Street, "{headline}: {fact:#?}");
    }
}

/// A city's page that names one community in its body (not its title) stays the city's.
#[test]
fn a_city_page_naming_a_community_stays_the_citys() {
    let text = "宜昌市社区志愿服务工作简介\n\n\
                宜昌市共有注册志愿者12万名,志愿服务队伍860支。青柳社区等社区组建了志愿服务站。\n";
    let facts = facts_of("city.txt", text);
    let fact = find(&facts, 860.0, "支");
    assert_eq!(fact.place, "宜昌市", "{fact:#?}");
    assert_eq!(fact.level, Level::City);
}

/// On a community's page 部分社区党员, 一些社区志愿者 are some of its people: its figures stay
/// the community's, never a place made of 部分社区.
#[test]
fn some_community_people_are_no_part_of_places() {
    for sentence in [
        "组织部分社区党员开展义诊,服务居民120人次。",
        "一些社区志愿者参与巡逻,服务居民120人次。",
        "部分社区老人报名参加,服务居民120人次。",
    ] {
        let text = format!(
            "梧桐社区:志愿服务进楼栋\n\n\
             2024年5月,宜昌市西陵区梧桐社区开展志愿服务活动,社区注册志愿者380名。\
             {sentence}\n"
        );
        let facts = facts_of("part.txt", &text);
        let fact = find(&facts, 120.0, "人次");
        assert!(!fact.place.contains("部分"), "{sentence}: {fact:#?}");
        assert!(!fact.place.contains("一些"), "{sentence}: {fact:#?}");
    }
}

/// A history of merged committees (合并而成某社区) and a verb before 社区 (已完成社区换届) run no
/// words of the sentence into a community's name.
#[test]
fn a_verb_of_becoming_begins_no_community_name() {
    for (sentence, name) in [
        (
            "2003年由东塔居委会合并而成卫星社区居民委员会。卫星社区现有居民2970户。",
            "卫星社区",
        ),
        (
            "两个居委会合并成卫星社区。卫星社区现有居民2970户。",
            "卫星社区",
        ),
        (
            "宜昌市西陵区已完成社区换届。卫星社区现有居民2970户。",
            "卫星社区",
        ),
    ] {
        let text = format!(
            "卫星社区概况\n\n{sentence}社区组建志愿服务队6支,注册志愿者380名,开展志愿服务活动120场。\n"
        );
        let facts = facts_of("merge.txt", &text);
        let fact = find(&facts, 2970.0, "户");
        assert!(fact.place.ends_with(name), "{sentence}: {fact:#?}");
        assert!(!fact.place.contains("成"), "{sentence}: {fact:#?}");
    }
}

/// A profile title that writes its whole address (省, 市, 区 or 县, 街道 or 镇, then the community
/// or village): the figures are the unit's inside that street or town, and the body's bare name of
/// the unit is the same unit, not a second one inside it.
#[test]
fn a_profile_title_with_its_whole_address_keeps_the_street() {
    let pages = [
        (
            "湖北省宜昌市西陵区学院街道青柳社区概况",
            "青柳社区",
            "西陵区学院街道青柳社区",
        ),
        (
            "湖北省宜昌市夷陵区小溪塔街道松岭社区简介",
            "松岭社区",
            "夷陵区小溪塔街道松岭社区",
        ),
        (
            "湖北省宜昌市远安县旧县镇桃溪村村情简介",
            "桃溪村",
            "远安县旧县镇桃溪村",
        ),
    ];
    for (headline, unit, place) in pages {
        let text = format!(
            "{headline}\n\n{unit}成立于2001年,辖区面积0.6平方公里,现有居民3100户8200人;\
             {unit}党委下设12个党支部,共有党员186名。{unit}组建志愿服务队6支,注册志愿者380名。\n"
        );
        let facts = facts_of("address_title.txt", &text);
        for (value, unit_word) in [(8200.0, "人"), (186.0, "名"), (380.0, "名")] {
            let fact = find(&facts, value, unit_word);
            assert!(fact.place.ends_with(place), "{headline}: {fact:#?}");
            assert!(!fact.place.ends_with(&format!("{unit}{unit}")), "{fact:#?}");
            assert_eq!(fact.level, Level::Street, "{headline}: {fact:#?}");
        }
    }
    // a community whose own name holds a town's suffix (新镇社区) is not split at it
    let facts = facts_of(
        "address_title_town_word.txt",
        "湖北省宜昌市西陵区学院街道新镇社区概况\n\n\
         新镇社区辖区面积0.8平方公里,现有居民2900户7600人;新镇社区组建志愿服务队5支,注册志愿者310名。\n",
    );
    let fact = find(&facts, 310.0, "名");
    assert!(fact.place.ends_with("学院街道新镇社区"), "{fact:#?}");
}

/// A wiki entry about a community or village is titled by its infobox's name (中文名:……), its
/// first line being a section heading (基本介绍): the page's figures are that unit's, at street
/// level, in simplified or traditional script, with or without list marks before the fields. An
/// association's entry (an organisation, not a place) keeps its city.
#[test]
fn a_wiki_entry_is_titled_by_its_infobox_name() {
    let pages = [
        (
            "基本介绍\n- 中文名:青柳社区\n- 管辖面积:0.6平方公里\n- 行政级别:社区\n基本概况\n",
            "青柳社区",
        ),
        (
            "基本介紹\n中文名稱：松嶺社區\n所屬地區：湖北省宜昌市\n基本概況\n",
            "松岭社区",
        ),
        (
            "基本信息\n• 中文名：桃溪村\n• 行政类别：行政村\n村情概况\n",
            "桃溪村",
        ),
    ];
    for (head, place) in pages {
        let text = format!(
            "{head}辖区内有宜昌市第五中学等单位。现有工作人员7人,常住人口8200人,注册志愿者380名,\
             组建志愿服务队6支。\n"
        );
        let facts = facts_of("wiki.txt", &text);
        for (value, unit) in [(8200.0, "人"), (380.0, "名")] {
            let fact = find(&facts, value, unit);
            assert!(fact.place.ends_with(place), "{head}: {fact:#?}");
            assert_eq!(fact.level, Level::Street, "{head}: {fact:#?}");
        }
    }
    // an organisation's entry names no unit below the city
    let association = "基本介绍\n- 中文名:宜昌市志愿者协会\n基本概况\n\
                       宜昌市志愿者协会现有会员单位320家,注册志愿者3200名,常年开展志愿服务活动。\n";
    let facts = facts_of("association.txt", association);
    let fact = find(&facts, 3200.0, "名");
    assert_eq!(fact.place, "宜昌市", "{fact:#?}");
}
