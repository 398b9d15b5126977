//! Level and place phenomena of round place14: volunteers a place's volunteer association sends
//! are the place's, and a state-level new area a province administers is a place of its own.
//! One article per wording, written for these tests, each extracted as a new user would.

use jianbao_facts::{Fact, Level};

use crate::support::article;

use article::find;

/// The facts of `text` as one article file.
fn facts_of(text: &str) -> Vec<Fact> {
    article::facts_of("article.txt", text)
}

/// A region's, a city's or a county's volunteer association (青年志愿者协会, 志愿者联合会) is
/// how the place calls up its volunteers: those it sends (派出, 组织, 招募 … 志愿者) are the
/// place's, at its level, not the association's own (level org); its members stay its own.
#[test]
fn an_associations_deployment_is_the_places() {
    let pages = [
        (
            "宁夏回族自治区青年志愿者协会先后派出志愿者260名,在各火车站开展春运引导服务。",
            260.0,
            "名",
            "宁夏回族自治区",
            Level::Province,
        ),
        (
            "为保障马拉松赛事,宜宾市志愿者联合会组织120名青年志愿者承担补给站服务。",
            120.0,
            "名",
            "宜宾市",
            Level::City,
        ),
        (
            "暑期,桐庐县青年志愿者协会面向高校招募志愿者85人,分赴各乡镇开展支教。",
            85.0,
            "人",
            "桐庐县",
            Level::District,
        ),
    ];
    for (body, value, unit, place, level) in pages {
        let text = format!("发布时间:2024-07-10\n\n青年志愿者在行动\n\n{body}\n");
        let facts = facts_of(&text);
        let fact = find(&facts, value, unit);
        assert!(fact.place.ends_with(place), "{body}: {fact:#?}");
        assert_eq!(fact.level, level, "{body}");
    }
}

/// The association's own members are its own figure, and so are a team's volunteers.
#[test]
fn an_associations_members_stay_its_own() {
    let pages = [
        (
            "宜宾市志愿者联合会现有会员单位64家,覆盖全市各区县。",
            64.0,
            "家",
        ),
        ("宜宾市蓝天救援队组织队员32名参加演练。", 32.0, "名"),
    ];
    for (body, value, unit) in pages {
        let text = format!(
            "发布时间:2024-07-10\n\n志愿服务动态\n\n{body}志愿者们表示,将继续弘扬志愿服务精神,\
             参与社区志愿服务。\n"
        );
        let facts = facts_of(&text);
        let fact = find(&facts, value, unit);
        assert_eq!(fact.level, Level::Org, "{body}: {fact:#?}");
    }
}

/// 雄安新区, like 贵安新区 and 西咸新区, is a state-level new area its province administers
/// through a management committee: its figures are its own (district level), not 河北's.
#[test]
fn a_state_level_new_area_is_a_place() {
    let bodies = [
        "雄安新区今年以来累计开展志愿服务活动1200余场。",
        "据统计,河北雄安新区现有注册志愿者5.6万名。",
        "近日,雄安新区组织志愿服务队伍46支参与城市清洁行动。",
    ];
    for body in bodies {
        let text = format!(
            "发布时间:2024-07-10\n\n志愿服务动态\n\n{body}志愿者们表示,将继续弘扬志愿服务精神,\
             参与社区志愿服务。\n"
        );
        let facts = facts_of(&text);
        assert!(!facts.is_empty(), "{body}");
        for fact in &facts {
            assert_eq!(fact.place, "雄安新区", "{body}: {fact:#?}");
            assert_eq!(fact.level, Level::District, "{body}");
            assert_eq!(fact.province, "河北", "{body}");
        }
    }
}

/// A new area's or a city's sub-area run like a street (片区) is written between the area and a
/// community of it (雄安新区某片区某社区): the community's figures are the community's, named
/// with its sub-area, never its province's.
#[test]
fn a_community_under_a_sub_area() {
    let pages = [
        ("雄安新区容西片区", "金湖社区", "雄安新区容西片区金湖社区"),
        ("雄安新区雄东片区", "白鹭社区", "雄安新区雄东片区白鹭社区"),
        ("雄安新区启动区", "文华社区", "雄安新区启动区文华社区"),
    ];
    for (area, community, place) in pages {
        let text = format!(
            "发布时间:2024-07-10\n\n志愿服务动态\n\n近日,{area}{community}成立邻里互助志愿服务队,\
             现有志愿者126名,今年以来开展活动18场。\n"
        );
        let facts = facts_of(&text);
        let fact = find(&facts, 126.0, "名");
        assert_eq!(fact.place, place, "{area}{community}: {fact:#?}");
        assert_eq!(fact.level, Level::Street, "{area}{community}");
    }
}

/// A relocation estate (易地扶贫搬迁安置区, 安置小区, 集中安置点) is run as a community of its
/// own: written after the county or county-level city it lies in, its figures are its own
/// (street level), not the city's.
#[test]
fn a_relocation_estate_is_a_place_of_its_own() {
    let pages = [
        (
            "格尔木市",
            "昆北易地扶贫搬迁安置区",
            "海西蒙古族藏族自治州格尔木市昆北易地扶贫搬迁安置区",
        ),
        ("清镇市", "红塔安置小区", "贵阳市清镇市红塔安置小区"),
        ("沅陵县", "松溪集中安置点", "怀化市沅陵县松溪集中安置点"),
    ];
    for (city, estate, place) in pages {
        let text = format!(
            "发布时间:2024-07-10\n\n志愿服务进安置区\n\n近日,{city}{estate}组建邻里互助志愿服务队,\
             现有志愿者86名,今年以来开展活动18场。\n"
        );
        let facts = facts_of(&text);
        let fact = find(&facts, 86.0, "名");
        assert!(
            place.ends_with(&fact.place) || fact.place.ends_with(place),
            "{city}{estate}: {fact:#?}"
        );
        assert_eq!(fact.level, Level::Street, "{city}{estate}");
    }
}
