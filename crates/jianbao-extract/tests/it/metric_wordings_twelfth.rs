//! Metric wordings of the twelfth catalog round, on short articles written for these tests: a
//! recruitment drive names the post it advertises (专职社区工作者, 社区专职工作者) and keeps its
//! row; a share of the community workers named by its holders (……者占比) is the workforce's
//! share; 党的工作覆盖 is also reported as 覆盖面; money for buying social-work services is named
//! by the services' short name (购买社工服务) and by the services' own funds (社工服务经费).

use crate::support::article;

use article::{facts_of, metric};

#[test]
fn a_recruitment_drive_names_the_post_it_advertises() {
    let facts = facts_of(
        "zhaopin.txt",
        "青川市社区工作者招聘启动\n\
         2024年3月,青川市民政局发布公告,面向社会公开招聘城市专职社区工作者120名。\
         河西区同时招录社区专职工作者45名。\
         东城区今年招考社区工作者38人。\
         目前全市共有专职社区工作者2860人。\n",
    );
    for (value, unit) in [(120.0, "名"), (45.0, "名"), (38.0, "人")] {
        assert_eq!(
            metric(&facts, value, unit).as_deref(),
            Some("social_workers.community_workers_recruited"),
            "{value}"
        );
    }
    // the workforce named by the same post stays the workforce
    assert_eq!(
        metric(&facts, 2860.0, "人").as_deref(),
        Some("social_workers.community_workers")
    );
}

#[test]
fn a_share_named_by_its_holders_is_the_workforces_share() {
    let facts = facts_of(
        "gongzuozhe.txt",
        "青川市社区工作者队伍建设\n\
         2024年5月,青川市民政局介绍,全市共有社区工作者8600人。\
         全部社区工作者中,大专及以上学历者占比91.2%,持有社工职业资格者占比22.4%;党员占比40.5%。\
         河西区社区工作者中持证者占比达30.5%。\
         东城区社区工作者持有社会工作者职业资格证书的比例为26.8%。\n",
    );
    assert_eq!(
        metric(&facts, 91.2, "%").as_deref(),
        Some("social_workers.community_workers_degree_share")
    );
    for value in [22.4, 30.5, 26.8] {
        assert_eq!(
            metric(&facts, value, "%").as_deref(),
            Some("social_workers.community_workers_certified_share"),
            "{value}"
        );
    }
    // a share of party members is no row of the catalog
    assert_eq!(metric(&facts, 40.5, "%"), None);
}

#[test]
fn party_work_coverage_is_also_a_coverage_extent() {
    let facts = facts_of(
        "fugai.txt",
        "青川市两新组织党建工作推进会召开\n\
         2024年7月,青川市委社会工作部介绍,全市非公企业党组织覆盖率达86.5%,党的工作覆盖面达98.2%。\
         河西区社会组织党的工作覆盖面达到100%。\
         东城区两新组织党的工作覆盖达到97.3%。\n",
    );
    assert_eq!(
        metric(&facts, 86.5, "%").as_deref(),
        Some("party.coverage_rate_nonpublic")
    );
    for value in [98.2, 100.0, 97.3] {
        assert_eq!(
            metric(&facts, value, "%").as_deref(),
            Some("party.work_coverage_rate"),
            "{value}"
        );
    }
}

#[test]
fn money_for_social_work_services_by_their_short_names() {
    let facts = facts_of(
        "goumai.txt",
        "青川市加大社会工作投入\n\
         2024年8月,青川市民政局介绍,今年全市将投入1800万元用于购买社工服务。\
         河西区落实社工服务经费260万元。\
         东城区安排社会工作专项资金150万元,实施社工服务项目12个。\
         南城区下达社工项目资金90万元。\n",
    );
    for value in [18_000_000.0, 2_600_000.0, 1_500_000.0, 900_000.0] {
        assert_eq!(
            metric(&facts, value, "元").as_deref(),
            Some("social_workers.funding"),
            "{value}"
        );
    }
    assert_eq!(
        metric(&facts, 12.0, "个").as_deref(),
        Some("social_workers.service_projects")
    );
}

#[test]
fn a_workforces_certified_part_named_by_chizheng_alone() {
    let facts = facts_of(
        "chizheng.txt",
        "青川市社会工作人才队伍建设\n\
         2024年6月,青川市民政局介绍,全市社会工作者1.2万人,其中持证4500人。\
         河西区社会工作专业人才1600人,其中持证人员730人。\
         东城区社会工作从业人员980人,其中持证社工410人。\
         南城区网格员中持证人员150人。\n",
    );
    for value in [4500.0, 730.0, 410.0] {
        assert_eq!(
            metric(&facts, value, "人").as_deref(),
            Some("social_workers.certified"),
            "{value}"
        );
    }
    // the wholes keep their rows
    assert_eq!(
        metric(&facts, 12000.0, "人").as_deref(),
        Some("social_workers.talent_pool")
    );
    // grid members' licences are not the social-work qualification
    assert_ne!(
        metric(&facts, 150.0, "人").as_deref(),
        Some("social_workers.certified")
    );
}

#[test]
fn projects_written_zhuanan_in_taiwan_vocabulary_are_projects() {
    let facts = facts_of(
        "zhuanan.txt",
        "青川縣社會工作服務全面鋪開\n\
         2024年9月,青川縣民政局介紹,今年全縣購買社會工作服務專案18個。\
         河西鎮社工站承接社工服務專案6個。\
         全縣志願服務組織發布志願服務專案240個,開展服務專案評比。\
         東城區實施社工專案9個。\n",
    );
    for value in [18.0, 6.0, 9.0] {
        assert_eq!(
            metric(&facts, value, "个").as_deref(),
            Some("social_workers.service_projects"),
            "{value}"
        );
    }
    assert_eq!(
        metric(&facts, 240.0, "个").as_deref(),
        Some("volunteers.projects")
    );
}
