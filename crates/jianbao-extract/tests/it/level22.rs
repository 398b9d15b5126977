//! Round level22 (levels wrong among matched facts, counted by kind on a guided held-out set):
//! an organisation's own counts told as its place's, and a place's register told by its
//! association as the association's. News texts introduce a team, a league or a charity by its
//! founding (成立于2012年的某某联盟, 某某服务队自2010年成立以来) or, in a local outlet, by its
//! place's tier alone (区慈善总会, 省总会), and go on with its own figures (level org); a
//! volunteer association's count of its place's registered volunteers is the place's. Short
//! articles written for these tests, each extracted as a new user would.

use jianbao_facts::{Fact, Level};

use crate::support::article;

use article::find;

fn facts_of(text: &str) -> Vec<Fact> {
    article::facts_of("article.txt", text)
}

/// A city page with `body` as its second paragraph and a control figure of the city after.
fn city_page(body: &str) -> String {
    format!(
        "志愿服务典型巡礼\n\n2024年3月5日,临汾市文明办召开志愿服务推进会,表彰一批志愿服务典型。\n\
         {body}\n全市注册志愿者已达45万人。\n"
    )
}

/// An organisation introduced by its founding, written before or after its name, tells its own
/// figures in that sentence and in the paragraph's sentences after it that name no other place;
/// the city's figure after the paragraph stays the city's.
#[test]
fn an_organisation_introduced_by_its_founding_tells_its_own_figures() {
    for (body, own) in [
        (
            "成立于2015年的曲沃阳光公益联盟,认领了寻亲志愿服务项目。从最初的十几人,发展到现在300余人,累计参加志愿活动8000余人次。",
            [(300.0, "人"), (8000.0, "人次")],
        ),
        (
            "“红帆”志愿服务队成立于2019年5月,由党员、退休教师等215人组成。几年来累计开展活动980场。",
            [(215.0, "人"), (980.0, "场")],
        ),
        (
            "据了解,市慈善协会爱心先锋志愿者服务队自2012年成立以来,已发展志愿者260多人,开展服务项目40多项。",
            [(260.0, "人"), (40.0, "项")],
        ),
        (
            "2016年组建的飞鹰救援队,现已拥有队员120名。去年参与搜救任务60余次。",
            [(120.0, "名"), (60.0, "次")],
        ),
    ] {
        let facts = facts_of(&city_page(body));
        for (value, unit) in own {
            let fact = find(&facts, value, unit);
            assert_eq!(fact.level, Level::Org, "{body}: {fact:#?}");
        }
        let city = find(&facts, 450_000.0, "人");
        assert_eq!(city.level, Level::City, "{body}: {city:#?}");
    }
}

/// A founding said of no organisation (a place's work, a centre of its own place, a count of
/// the kind founded) leaves the figures at their place.
#[test]
fn a_founding_of_no_organisation_leaves_the_place() {
    for (body, value, unit, level) in [
        // a count of the kind: the teams the city founded
        (
            "2023年以来,全市新成立志愿服务队120支,注册志愿者增加3万人。",
            120.0,
            "支",
            Level::City,
        ),
        // a whole named after the founded organisation's subject
        (
            "市志愿服务联合会成立于2018年,全市现有志愿服务组织2600个。",
            2600.0,
            "个",
            Level::City,
        ),
        // a place's founding, no organisation
        (
            "乡宁县于2019年成立志愿服务指导中心,全县开展志愿服务活动5200场。",
            5200.0,
            "场",
            Level::District,
        ),
    ] {
        let facts = facts_of(&city_page(body));
        let fact = find(&facts, value, unit);
        assert_eq!(fact.level, level, "{body}: {fact:#?}");
    }
}

/// A district page's own bodies named by the tier's character alone (区慈善总会, 区社会工作协会,
/// 区义工联合会) lead the clause of their own deeds: level org, at the district.
#[test]
fn a_body_named_by_its_places_tier_tells_its_own_deeds() {
    for (body, value, unit) in [
        (
            "7月18日,记者从区慈善总会获悉,区慈善总会日前认领6个公益创投项目,合计资助金额15.5万元。",
            6.0,
            "个",
        ),
        (
            "截至目前,区社会工作协会累计开展志愿服务活动320场。",
            320.0,
            "场",
        ),
        (
            "今年以来,区义工联合会组织开展志愿服务活动86场。",
            86.0,
            "场",
        ),
    ] {
        let text = format!(
            "公益力量在行动\n\n2023年7月21日,镇海区召开社会组织工作会议。{body}\n\
             全区现有社会组织1350家。\n"
        );
        let facts = facts_of(&text);
        let fact = find(&facts, value, unit);
        assert_eq!(fact.level, Level::Org, "{body}: {fact:#?}");
        assert!(fact.place.ends_with("镇海区"), "{body}: {fact:#?}");
        let district = find(&facts, 1350.0, "家");
        assert_eq!(district.level, Level::District, "{body}: {district:#?}");
    }
}

/// A tier's character that opens a word of its own (市民, 区域, 乡村) names no body of the place:
/// the figure stays the place's.
#[test]
fn a_word_opening_with_a_tiers_character_is_no_body() {
    for (body, value, unit) in [
        (
            "区域化党建联盟吸引辖区单位加入,共开展活动45场。",
            45.0,
            "场",
        ),
        ("市民服务中心全年办理群众诉求1.2万件。", 12_000.0, "件"),
        ("乡村振兴服务站组织志愿者开展志愿服务活动53场。", 53.0, "场"),
    ] {
        let text = format!("基层治理见成效\n\n2023年7月21日,镇海区召开基层治理工作会议。{body}\n");
        let facts = facts_of(&text);
        let fact = find(&facts, value, unit);
        assert_ne!(fact.level, Level::Org, "{body}: {fact:#?}");
    }
}

/// A place's volunteer association reporting its place's registered volunteers tells the
/// place's register (city level), while its own members and its deeds stay its own.
#[test]
fn an_association_reporting_its_places_register_tells_the_place() {
    for body in [
        "市志愿者协会现有注册志愿者3.2万名,会员单位86家。",
        "据市志愿服务联合会统计,实名注册志愿者达3.2万名,会员单位86家。",
        "市青年志愿者协会目前共有32000名注册志愿者,会员单位86家。",
    ] {
        let text =
            format!("志愿服务年会召开\n\n2024年1月10日,晋城市志愿者协会召开年度总结会。{body}\n");
        let facts = facts_of(&text);
        let register = find(&facts, 32_000.0, "名");
        assert_eq!(register.level, Level::City, "{body}: {register:#?}");
        let members = find(&facts, 86.0, "家");
        assert_eq!(members.level, Level::Org, "{body}: {members:#?}");
    }
}

/// What an organisation is made of (由……N人组成) counts its own members, wherever the text says
/// they come from (辖区); a place's people counted with no such frame stay the place's.
#[test]
fn what_an_organisation_is_made_of_is_its_own() {
    for body in [
        "“红帆”志愿服务队成立于2019年5月,由辖区党员、居民等215人组成。",
        "青禾服务队由辖区退休教师、医生等215人组成,常年开展助老服务。",
        "爱心驿站志愿服务队由辖区内爱心商户和居民共215人构成。",
    ] {
        let facts = facts_of(&city_page(body));
        let fact = find(&facts, 215.0, "人");
        assert_eq!(fact.level, Level::Org, "{body}: {fact:#?}");
    }
    let facts = facts_of(&city_page("辖区党员、居民等215人参加了志愿服务启动仪式。"));
    let fact = find(&facts, 215.0, "人");
    assert_ne!(fact.level, Level::Org, "{fact:#?}");
}

/// A street's 社区志愿服务中心 heads the street's volunteer network (data/place-hubs.txt): what it
/// has built, though it is introduced by its founding, is its place's, never the centre's own (org),
/// while a team introduced the same way keeps its own.
#[test]
fn a_streets_volunteer_centre_speaks_for_the_street() {
    for body in [
        "陆家嘴街道社区志愿服务中心始建于2013年,已建成19个居民区志愿服务站。",
        "陆家嘴街道社区志愿服务中心成立于2013年,目前已建成19个居民区志愿服务站。",
        "陆家嘴街道社区志愿服务中心自2013年成立以来,已建成19个居民区志愿服务站。",
    ] {
        let text = format!("浦东新区志愿服务\n2024年3月5日,浦东新区召开志愿服务推进会。\n{body}\n");
        let facts = facts_of(&text);
        assert_ne!(find(&facts, 19.0, "个").level, Level::Org, "{body}");
    }
    let text = "浦东新区志愿服务\n2024年3月5日,浦东新区召开志愿服务推进会。\n\
                陆家嘴街道“红帆”志愿服务队成立于2013年,已有队员80人。\n";
    assert_eq!(find(&facts_of(text), 80.0, "人").level, Level::Org);
}
