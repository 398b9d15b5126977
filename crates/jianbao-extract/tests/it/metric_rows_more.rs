//! Catalog rows that official texts report in every province and city, on short articles
//! written for these tests: volunteers counted without 注册, social work's casework, group
//! work and the people it serves, agency staff, 信访 volume and cases settled, 人民建议征集
//! campaigns, 党建入章 and the register of 非公企业, the coverage of incubators; wordings are
//! found across the pinyin glosses some portals print.

use crate::support::article;

use article::{facts_of, metric};

#[test]
fn volunteers_without_registration_have_a_row_of_their_own() {
    let facts = facts_of(
        "zyz.txt",
        "常州市社区志愿服务站建设\n\
         2024年5月，常州市委社会工作部介绍，全市实名注册志愿者达到86万人。\
         天宁区红梅街道志愿服务站现有志愿者120名，今年培育志愿者骨干和新志愿者共计培育志愿者460人。\
         街道组织社工、志愿者、居民等300余人参加志愿服务集市。\
         护河行动有45名常驻志愿者。\n",
    );
    assert_eq!(
        metric(&facts, 860_000.0, "人").as_deref(),
        Some("volunteers.registered")
    );
    assert_eq!(
        metric(&facts, 120.0, "名").as_deref(),
        Some("volunteers.volunteers")
    );
    assert_eq!(
        metric(&facts, 460.0, "人").as_deref(),
        Some("volunteers.volunteers")
    );
    // the 300 are social workers, volunteers and residents together: no row counts them
    assert_eq!(metric(&facts, 300.0, "人"), None);
    // standing volunteers are some of the volunteers: a word between narrows the thing
    assert_eq!(metric(&facts, 45.0, "名"), None);
}

#[test]
fn social_work_methods_and_the_people_served_have_rows() {
    let facts = facts_of(
        "sgz.txt",
        "淮安市乡镇社工站年度成效\n\
         2024年12月，淮安市民政局通报，全市乡镇（街道）社工站全年开展个案服务1200个，\
         小组活动360个，累计服务对象达5600人。\
         全市现有社工机构85家，从业人员2100余人。\n",
    );
    assert_eq!(
        metric(&facts, 1200.0, "个").as_deref(),
        Some("social_workers.cases")
    );
    assert_eq!(
        metric(&facts, 360.0, "个").as_deref(),
        Some("social_workers.group_activities")
    );
    assert_eq!(
        metric(&facts, 5600.0, "人").as_deref(),
        Some("social_workers.beneficiaries")
    );
    assert_eq!(
        metric(&facts, 2100.0, "人").as_deref(),
        Some("social_workers.agency_staff")
    );
}

#[test]
fn petition_volume_cases_settled_and_proposal_campaigns() {
    let facts = facts_of(
        "xinfang.txt",
        "绍兴市信访工作年度综述\n\
         2024年1月，绍兴市信访局介绍，2023年全市受理群众信访量8650件次，\
         化解信访事项7900件。市人民建议征集办公室全年开展人民建议征集活动35个。\n",
    );
    assert_eq!(
        metric(&facts, 8650.0, "件次").as_deref(),
        Some("petitions.volume")
    );
    assert_eq!(
        metric(&facts, 7900.0, "件").as_deref(),
        Some("petitions.cases_resolved")
    );
    assert_eq!(
        metric(&facts, 35.0, "个").as_deref(),
        Some("petitions.proposal_campaigns")
    );
}

#[test]
fn party_building_in_charters_and_the_register_of_private_firms() {
    let facts = facts_of(
        "liangxin.txt",
        "江西省新兴领域党建工作推进\n\
         2024年7月，江西省委社会工作部介绍，全省纳入台账管理的非公企业共3.6万家，\
         1.8万家社会组织实现“党建入章”。\n",
    );
    assert_eq!(
        metric(&facts, 36_000.0, "家").as_deref(),
        Some("party.ledger_non_public_orgs")
    );
    assert_eq!(
        metric(&facts, 18_000.0, "家").as_deref(),
        Some("party.charter_inclusion")
    );
}

#[test]
fn incubator_coverage_is_a_rate_of_its_own() {
    let facts = facts_of(
        "fuhua.txt",
        "曲靖市社会组织培育发展\n\
         2024年9月，曲靖市委社会工作部介绍，全市着力培育社会组织，支持社区社会组织参与\
         基层治理，全市建成县级社会组织孵化基地8个，覆盖率达88.9%。\n",
    );
    assert_eq!(
        metric(&facts, 8.0, "个").as_deref(),
        Some("social_organizations.incubators")
    );
    assert_eq!(
        metric(&facts, 88.9, "%").as_deref(),
        Some("social_organizations.incubator_coverage")
    );
}

#[test]
fn a_pinyin_gloss_inside_a_wording_does_not_hide_it() {
    let facts = facts_of(
        "pinyin.txt",
        "辽宁省两新组织党建\n\
         2024年6月，记者从辽宁省委社会工作部获悉，全省现(xiàn)有新兴领(lǐng)域党组织3.2万个、\
         党员15.6万名。\n",
    );
    assert_eq!(
        metric(&facts, 32_000.0, "个").as_deref(),
        Some("party.emerging_orgs")
    );
    assert_eq!(
        metric(&facts, 156_000.0, "名").as_deref(),
        Some("party.emerging_members")
    );
}

#[test]
fn activities_summed_with_deng_are_the_remits_activities() {
    let facts = facts_of(
        "qishou.txt",
        "南昌市关爱新就业群体\n\
         2024年8月，南昌市委社会工作部介绍，今年以来为快递员、外卖骑手提供法律咨询、\
         技能培训等活动40余场。\n",
    );
    assert_eq!(
        metric(&facts, 40.0, "场").as_deref(),
        Some("new_employment.activities")
    );
}

#[test]
fn new_employment_workers_reporting_to_their_community() {
    let facts = facts_of(
        "baodao.txt",
        "嘉兴市新就业群体融入基层治理\n\
         2024年10月，嘉兴市委社会工作部介绍，全市建成新就业群体服务站点260个，\
         今年以来已有8600余名新就业群体到社区报到，参与社区治理。\
         全市另有3200名在职党员到社区报到。\n",
    );
    assert_eq!(
        metric(&facts, 8600.0, "名").as_deref(),
        Some("new_employment.reported_to_community")
    );
    // in-service party members reporting to a community are no riders or couriers
    assert_ne!(
        metric(&facts, 3200.0, "名").as_deref(),
        Some("new_employment.reported_to_community")
    );
}

#[test]
fn workers_reached_in_people_and_in_visits_have_their_own_rows() {
    let facts = facts_of(
        "fugai.txt",
        "合肥市暖新驿站服务新就业群体\n\
         2024年11月，合肥市委社会工作部介绍，全市暖新驿站今年服务新就业群体12万人次，\
         开展定向服务40场，覆盖配送员超3000名。\n",
    );
    assert_eq!(
        metric(&facts, 120_000.0, "人次").as_deref(),
        Some("new_employment.served")
    );
    assert_eq!(
        metric(&facts, 3000.0, "名").as_deref(),
        Some("new_employment.served_people")
    );
}

#[test]
fn teams_and_degree_shares_said_without_their_remits_name() {
    let teams = facts_of(
        "duiwu.txt",
        "苏州市社区志愿服务\n\
         2024年4月，苏州市姑苏区双塔街道介绍，街道推动志愿服务常态化，注册志愿者超过6000人，\
         培育孵化“邻里守望”等12支专项队伍。\n",
    );
    assert_eq!(
        metric(&teams, 12.0, "支").as_deref(),
        Some("volunteers.service_teams")
    );
    let degrees = facts_of(
        "xueli.txt",
        "无锡市社区工作者队伍调查\n\
         2024年7月，无锡市委社会工作部对全市社区工作者队伍开展专题调研。\
         调研显示，社区工作者平均年龄38岁。受访者中，大专及以上学历占比82.5%。\n",
    );
    assert_eq!(
        metric(&degrees, 82.5, "%").as_deref(),
        Some("social_workers.community_workers_degree_share")
    );
}

/// The party's yearly statistical bulletins (党内统计公报) count party organisations by the kind
/// of body they sit in, with 基层 between (社会组织基层党组织): the social organisations' row,
/// while the offices', institutions' and firms' (which include state firms) get none.
#[test]
fn a_party_bulletins_social_organisation_branches_have_their_row() {
    let facts = facts_of(
        "tjgb.txt",
        "某省党内统计公报\n\
         截至2024年12月31日，全省共有机关基层党组织12000个，事业单位基层党组织23000个，\
         企业基层党组织31000个，社会组织基层党组织5200个。\n",
    );
    assert_eq!(
        metric(&facts, 5200.0, "个").as_deref(),
        Some("party.social_org_party_orgs")
    );
    assert_eq!(metric(&facts, 31000.0, "个"), None);
    assert_eq!(metric(&facts, 12000.0, "个"), None);
}

/// Petition statistics count letters and visits together in 批(件)次 (a visit a 批次, a letter a
/// 件次), with full-width or half-width brackets, beside the people in 人次: the unit is read
/// whole, never cut to 批.
#[test]
fn letters_and_visits_counted_in_batches_or_letters_keep_their_unit() {
    for text in [
        "某市信访工作\n2023年，某省某市各级共受理群众来信来访3120批(件)次、9870人次。\n",
        "某市信访工作\n2023年，某省某市各级共受理群众来信来访3120批（件）次、9870人次。\n",
        "某市信访工作\n2023年，吉林省长春市各级信访部门共受理群众来访3120批(件)次，涉及群众9870人次。\n",
    ] {
        let facts = facts_of("xf.txt", text);
        assert!(
            facts.iter().any(|f| f.value == 3120.0 && f.unit == "批(件)次"),
            "{text}: {:?}",
            facts.iter().map(|f| (f.value, &f.unit)).collect::<Vec<_>>()
        );
        assert!(facts.iter().any(|f| f.value == 9870.0 && f.unit == "人次"));
    }
    // letters and visits received together are the petitions' volume
    let facts = facts_of(
        "xf3.txt",
        "某市信访工作\n2023年，某省某市各级共受理群众来信来访3120批(件)次、9870人次。\n",
    );
    assert_eq!(
        metric(&facts, 3120.0, "批(件)次").as_deref(),
        Some("petitions.volume")
    );
    // a count of batches alone stays in 批
    let facts = facts_of(
        "xf2.txt",
        "某市信访工作\n2023年，某省某市各级信访部门共受理群众来信来访3120件次，接待群众集体访46批。\n",
    );
    assert!(facts.iter().any(|f| f.value == 46.0 && f.unit == "批"));
}
