//! Place phenomena of round place15: a count of communities (or of streets) that closes a list
//! of examples is never one community's (one street's) figure, though a community is the last
//! place its sentence names before it; and a page headed by a street that speaks of its city as
//! a whole (我市, 全市) goes on about the city. One article per wording, written for these tests,
//! each extracted as a new user would.

use jianbao_facts::Level;

use crate::support::article;

use article::find;

/// A review names one model community (street) in a clause, then the set of others it counts,
/// with examples before 等: the count is the city's in force, not the community's named first.
#[test]
fn a_count_of_communities_is_no_communitys() {
    let pages = [
        "近年来,焦作市深化社区治理,解放区民主街道北寺社区率先建成智慧平台,\
         山阳区东方红街道映湖社区等14个社区纳入社会工作服务站市级试点。",
        "今年以来,绍兴市推进社区治理,越城区北海街道塔山社区建成首个社工室,\
         柯桥区柯岩街道新风社区、上虞区百官街道江扬社区等14个社区纳入社会工作服务站试点。",
        "近年来,温州市全力推动街道社工站建设,鹿城区五马街道社工站被评为省级示范站,\
         瓯海区娄桥街道等14个街道获评市级示范街道。",
    ];
    for (body, city) in pages.into_iter().zip(["焦作市", "绍兴市", "温州市"]) {
        let text = format!("发布时间:2024-07-10\n\n社区治理观察\n\n{body}\n");
        let facts = article::facts_of("article.txt", &text);
        let fact = find(&facts, 14.0, "个");
        assert_eq!(fact.place, city, "{body}: {fact:#?}");
        assert_eq!(fact.level, Level::City, "{body}");
    }
}

/// A page headed by a street of a city (焦作市民主街道……) that speaks of its city as a whole
/// (我市, 全市, 本市) goes on about the city in that paragraph: the next sentence's figure is the
/// city's, not the street's of the headline.
#[test]
fn a_city_said_whole_holds_its_paragraph() {
    let pages = [
        (
            "焦作市民主街道社区治理见闻",
            "近年来,我市坚持把社区治理作为基层工作的重点。今年以来,共培育社区社会组织320家。",
            320.0,
            "家",
            "焦作市",
        ),
        (
            "绍兴市北海街道:社区治理一线观察",
            "全市深入推进社区治理。截至目前,已建成社区志愿服务站46个。",
            46.0,
            "个",
            "绍兴市",
        ),
        (
            "温州市五马街道社区治理走访记",
            "本市把志愿服务融入社区治理各环节。目前已有注册志愿者5.2万人。",
            52000.0,
            "人",
            "温州市",
        ),
    ];
    for (headline, body, value, unit, city) in pages {
        let text = format!("发布时间:2024-07-10\n\n{headline}\n\n{body}\n");
        let facts = article::facts_of("article.txt", &text);
        let fact = find(&facts, value, unit);
        assert_eq!(fact.place, city, "{body}: {fact:#?}");
        assert_eq!(fact.level, Level::City, "{body}");
    }
}
