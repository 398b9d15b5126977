//! Themes of party-and-masses service centres on short articles written for these tests: a
//! street's or community's 党群服务中心 (党群阵地) is the base of grassroots service, so what it
//! holds and does is grassroots work, whatever remits its services touch; a new sector's centre
//! (楼宇党群服务中心) is that sector's party building.

use crate::support::article;

use article::{facts_of, find};
use jianbao_facts::Theme;

#[test]
fn a_community_centres_floor_space_is_grassroots_work() {
    let facts = facts_of(
        "mianji.txt",
        "青石街道社区服务提质\n\
         2024年6月，青石区委社会工作部介绍，新建成的柳岸社区党群服务中心面积达800平方米，\
         可满足居民开展志愿服务、文体活动等需求。\n",
    );
    assert_eq!(
        find(&facts, 800.0, "平方米").theme,
        Theme::GrassrootsGovernance
    );
}

#[test]
fn activities_held_at_the_centre_are_grassroots_work() {
    let facts = facts_of(
        "zhendi.txt",
        "南湖社区打造暖心家园\n\
         2024年11月，南湖社区介绍，社区在服务大厅旁设立爱心驿站，为快递员、外卖骑手提供歇脚场所。\
         2024年以来，党群阵地累计开展政策宣讲、技能培训等活动50余场，服务群众超3000人次。\n",
    );
    assert_eq!(find(&facts, 50.0, "场").theme, Theme::GrassrootsGovernance);
    assert_eq!(
        find(&facts, 3000.0, "人次").theme,
        Theme::GrassrootsGovernance
    );
}

#[test]
fn people_a_street_centre_served_are_grassroots_work() {
    let facts = facts_of(
        "fuwu.txt",
        "东关街道党群服务中心一年记\n\
         2024年12月，东关街道介绍，街道党群服务中心今年接待办事群众1.2万人次，\
         其中为新就业群体办理各类事项的窗口设在一楼。\n",
    );
    assert_eq!(
        find(&facts, 12_000.0, "人次").theme,
        Theme::GrassrootsGovernance
    );
}

#[test]
fn a_new_sectors_centre_is_its_party_building() {
    let facts = facts_of(
        "louyu.txt",
        "江城区推进园区党建\n\
         2024年9月，江城区委社会工作部介绍，全区推进产业园区党建工作。\
         今年以来，科创园区党群服务中心举办青年联谊、法律咨询等活动120余场，\
         服务入驻企业职工5000余人次。\n",
    );
    assert_eq!(
        find(&facts, 120.0, "场").theme,
        Theme::EmergingSectorPartyBuilding
    );
    assert_eq!(
        find(&facts, 5000.0, "人次").theme,
        Theme::EmergingSectorPartyBuilding
    );
}

#[test]
fn a_commerce_circles_centre_is_its_party_building() {
    let facts = facts_of(
        "shangquan.txt",
        "河西区商圈党建见闻\n\
         2024年8月，河西区委社会工作部介绍，区里深化商圈党建。\
         步行街商圈党群服务中心面积达600平方米，设有法律咨询、心理疏导等功能区。\n",
    );
    assert_eq!(
        find(&facts, 600.0, "平方米").theme,
        Theme::EmergingSectorPartyBuilding
    );
}

#[test]
fn a_centre_named_as_the_venue_of_other_work_gives_no_theme() {
    let facts = facts_of(
        "changdi.txt",
        "白鹭街道推进文化阵地建设\n\
         2024年7月，白鹭区委社会工作部介绍了基层阵地建设情况。\n\
         白鹭街道在中心党群服务中心开设“书香角”，\
         在学校和企业设立8个非遗传习点。\n\
         街道依托党群服务中心打造“邻里茶室”，在各小区建成4个读书角。\n",
    );
    assert_eq!(find(&facts, 8.0, "个").theme, Theme::Other);
    assert_eq!(find(&facts, 4.0, "个").theme, Theme::Other);
}
