//! Themes of party figures by who owns the party organisations or members counted (theme13), on
//! short articles written for these tests. The party's own statistics (a province's or the
//! country's bulletin) count the whole membership and every kind of unit's party organisations:
//! those are context (`other`); the party organisations and secretaries of streets, towns,
//! communities and villages are grassroots work; the party organisations of offices, public
//! institutions and state firms are context; only non-public firms' and social organisations'
//! party organisations are emerging-sector party building.

use crate::support::article;

use article::{facts_of, find};
use jianbao_facts::Theme;

#[test]
fn a_provinces_membership_is_the_partys_statistics() {
    let facts = facts_of(
        "dangyuan_a.txt",
        "江西省党员队伍持续壮大\n\
         省委组织部日前发布数据，截至2023年底，全省共有中国共产党党员210.5万名，比上年底净增1.8万名。\n\
         全省党员队伍中，女党员55.2万名，占26.2%；大专及以上学历党员101.3万名，占48.1%。\n\
         新兴领域党建扎实推进，全省1.1万个社会组织已建立党组织。\n",
    );
    assert_eq!(find(&facts, 2105000.0, "名").theme, Theme::Other);
    assert_eq!(find(&facts, 18000.0, "名").theme, Theme::Other);
    assert_eq!(find(&facts, 552000.0, "名").theme, Theme::Other);
    assert_eq!(find(&facts, 1013000.0, "名").theme, Theme::Other);
}

#[test]
fn recruits_broken_down_after_their_whole_stay_the_partys_statistics() {
    let facts = facts_of(
        "dangyuan_b.txt",
        "四川省党员队伍稳步发展\n\
         省委组织部日前发布数据，截至2023年底，四川省党的基层组织7.9万个。\n\
         2023年，全省共发展党员3.1万名。其中，发展女党员1.4万名；在生产、工作一线发展党员1.7万名。\n\
         新兴领域党建扎实推进，全省1.3万个社会组织已建立党组织，覆盖率为71.2%。\n",
    );
    assert_eq!(find(&facts, 79000.0, "个").theme, Theme::Other);
    assert_eq!(find(&facts, 31000.0, "名").theme, Theme::Other);
    assert_eq!(find(&facts, 14000.0, "名").theme, Theme::Other);
    assert_eq!(find(&facts, 17000.0, "名").theme, Theme::Other);
    // the whole membership's recruits are no new sector's recruits
    assert_eq!(find(&facts, 31000.0, "名").metric, None);
}

#[test]
fn grassroots_units_own_their_party_organisations_and_secretaries() {
    let facts = facts_of(
        "dangyuan_c.txt",
        "中国共产党基层组织建设情况\n\
         截至2023年底，全国共有党的基层组织500万余个。\n\
         9.8万名社区党组织书记中，大专及以上学历的占61.5%。\n\
         全国8950个城市街道、29600个乡镇已建立党组织，覆盖率均超过99%。\n\
         全国29.6万个社会组织已建立党组织，覆盖率为60.5%。\n",
    );
    assert_eq!(
        find(&facts, 98000.0, "名").theme,
        Theme::GrassrootsGovernance
    );
    assert_eq!(find(&facts, 61.5, "%").theme, Theme::GrassrootsGovernance);
    assert_eq!(
        find(&facts, 8950.0, "个").theme,
        Theme::GrassrootsGovernance
    );
    assert_eq!(find(&facts, 99.0, "%").theme, Theme::GrassrootsGovernance);
}

#[test]
fn offices_and_state_firms_are_no_new_sector_but_non_public_firms_are() {
    let facts = facts_of(
        "dangyuan_d.txt",
        "湖北省基层党组织覆盖情况\n\
         截至2023年底，全省机关单位党组织覆盖率为99.8%，国有企业党组织覆盖率为93.5%。\n\
         全省共有事业单位基层党组织21034个，社会组织基层党组织5120个。\n\
         全省6.2万个非公有制企业已建立党组织，覆盖率为70.2%。\n",
    );
    let offices = find(&facts, 99.8, "%");
    assert_eq!(offices.theme, Theme::Other);
    assert_eq!(offices.metric, None);
    assert_eq!(find(&facts, 93.5, "%").theme, Theme::Other);
    assert_eq!(find(&facts, 21034.0, "个").theme, Theme::Other);
    assert_eq!(
        find(&facts, 5120.0, "个").theme,
        Theme::EmergingSectorPartyBuilding
    );
    assert_eq!(
        find(&facts, 62000.0, "个").theme,
        Theme::EmergingSectorPartyBuilding
    );
    assert_eq!(
        find(&facts, 70.2, "%").theme,
        Theme::EmergingSectorPartyBuilding
    );
}

#[test]
fn a_firms_party_members_in_a_new_sector_report_stay_new_sector() {
    let facts = facts_of(
        "dangyuan_e.txt",
        "高新区两新党建工作扎实推进\n\
         2024年5月，区委社会工作部介绍，全区非公企业新建党组织12个，发展党员35名。\n",
    );
    assert_eq!(
        find(&facts, 35.0, "名").theme,
        Theme::EmergingSectorPartyBuilding
    );
}
