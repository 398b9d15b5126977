//! Metric wordings of the eighth catalog round, on short articles written for these tests, each
//! rule said in several of the ways reports say it, with the nearest wrong quantity beside it:
//! the groups of the volunteer information system (志愿服务团体, 注册志愿团体, 注册志愿者服务组织)
//! are its organisations, not the teams a unit forms (志愿服务队 N支); participation counted in
//! 人次 (参与志愿服务人次) is the participants', not the people served; a rate per head (人均,
//! 平均每名, 每万名) is no total; organisations that have set up party organisations (N个非公有制
//! 企业已建立党组织) are the ones covered, not party organisations founded, and the rate after them
//! is their kind's coverage; the stations of new-employment workers under their other names (惠工
//! 小站, 骑手服务站, 新就业群体服务点), but not the gig-work markets' (零工驿站).

use crate::support::article;

use article::{facts_of, metric};

#[test]
fn groups_of_the_volunteer_system_are_its_organisations_and_teams_stay_teams() {
    let facts = facts_of(
        "tuanti_zuzhi.txt",
        "陕西志愿服务工作推进会召开\n\
         本报讯 2024年11月，陕西省委社会工作部通报，全省在全国志愿服务信息系统中实名注册志愿者达到857万人，\
         志愿服务团体数量达到2360个。\
         同月，渭南市委社会工作部介绍，全市注册志愿团体总数为860个，注册志愿者服务组织较上年有所增加。\
         延安市委社会工作部介绍，全市注册志愿者服务组织超过1100个，各单位组建志愿服务队126支。\
         榆林市志愿者团体450个，志愿服务持续开展。\n",
    );
    for value in [2360.0, 860.0, 1100.0, 450.0] {
        assert_eq!(
            metric(&facts, value, "个").as_deref(),
            Some("volunteers.organizations"),
            "{value}"
        );
    }
    // the teams a unit forms keep their row, and the volunteers theirs
    assert_eq!(
        metric(&facts, 126.0, "支").as_deref(),
        Some("volunteers.service_teams")
    );
    assert_eq!(
        metric(&facts, 8_570_000.0, "人").as_deref(),
        Some("volunteers.registered")
    );
}

#[test]
fn participation_in_person_times_is_the_participants_not_the_people_served() {
    let facts = facts_of(
        "canyu_renci.txt",
        "嘉兴市志愿服务年度数据\n\
         2025年1月，嘉兴市委社会工作部发布，2024年全市参与志愿服务人次达到48万人次，增幅12%。\
         全市各志愿服务组织参加志愿服务人次超过21万人次。\
         秀洲区志愿服务参与人次3.6万人次，志愿服务惠及群众20万人次。\n",
    );
    for value in [480_000.0, 210_000.0, 36_000.0] {
        assert_eq!(
            metric(&facts, value, "人次").as_deref(),
            Some("volunteers.participants"),
            "{value}"
        );
    }
    // the people the service reached are another row
    assert_eq!(
        metric(&facts, 200_000.0, "人次").as_deref(),
        Some("volunteers.people_served")
    );
}

#[test]
fn a_rate_per_head_is_no_total() {
    let facts = facts_of(
        "renjun.txt",
        "台州市志愿服务发展报告发布\n\
         2025年3月，台州市委社会工作部发布报告，2024年全市志愿服务时长为860万小时，人均志愿服务时间为13.6小时。\
         全市志愿者人均服务时长较上年提高，路桥区志愿者人均服务时长21小时，平均每名党员志愿者志愿服务时长32小时。\
         全市登记社会组织4200家，平均每万名户籍人口拥有社会组织6.8个，每万人口拥有持证社工5.2人。\n",
    );
    assert_eq!(metric(&facts, 13.6, "小时"), None);
    assert_eq!(metric(&facts, 21.0, "小时"), None);
    assert_eq!(metric(&facts, 32.0, "小时"), None);
    assert_eq!(metric(&facts, 6.8, "个"), None);
    // the totals keep their rows, and a metric that is a rate per head keeps its figure
    assert_eq!(
        metric(&facts, 8_600_000.0, "小时").as_deref(),
        Some("volunteers.service_hours")
    );
    assert_eq!(
        metric(&facts, 4200.0, "家").as_deref(),
        Some("social_organizations.total")
    );
    assert_eq!(
        metric(&facts, 5.2, "人").as_deref(),
        Some("social_workers.per_10000_residents")
    );
}

#[test]
fn organisations_that_set_up_party_organisations_are_the_ones_covered() {
    let facts = facts_of(
        "jianli_dangzuzhi.txt",
        "两新组织党建工作统计\n\
         2024年6月，江西省委社会工作部发布党建统计数据，全省3.1万个非公有制企业已建立党组织，覆盖率为71.5%；\
         8600个社会组织已建立党组织，覆盖率为63.2%。\
         南昌市2600家非公企业建立党组织，420个社会组织法人单位建立党组织。\
         今年以来，全省新建党组织350个，非公企业党组织860个持续巩固。\n",
    );
    assert_eq!(
        metric(&facts, 31_000.0, "个").as_deref(),
        Some("party.covered_non_public_orgs")
    );
    assert_eq!(
        metric(&facts, 2600.0, "家").as_deref(),
        Some("party.covered_non_public_orgs")
    );
    assert_eq!(
        metric(&facts, 8600.0, "个").as_deref(),
        Some("party.covered_social_orgs")
    );
    assert_eq!(
        metric(&facts, 420.0, "个").as_deref(),
        Some("party.covered_social_orgs")
    );
    // the rate after each is its kind's coverage
    assert_eq!(
        metric(&facts, 71.5, "%").as_deref(),
        Some("party.coverage_rate_nonpublic")
    );
    assert_eq!(
        metric(&facts, 63.2, "%").as_deref(),
        Some("party.coverage_rate_social_orgs")
    );
    // party organisations founded or counted are their own rows
    assert_ne!(
        metric(&facts, 350.0, "个").as_deref(),
        Some("party.covered_non_public_orgs")
    );
    assert_eq!(
        metric(&facts, 860.0, "个").as_deref(),
        Some("party.non_public_orgs")
    );
}

#[test]
fn a_coverage_rate_over_no_named_kind_stays_the_general_one() {
    let facts = facts_of(
        "fugailv.txt",
        "新兴领域党建工作推进\n\
         2024年9月，赣州市委社会工作部介绍，全市新兴领域党组织覆盖率达到91%，\
         非公有制企业已建立党组织的数量持续增加。\n",
    );
    assert_eq!(
        metric(&facts, 91.0, "%").as_deref(),
        Some("party.coverage_rate")
    );
}

#[test]
fn stations_of_new_employment_workers_under_their_other_names() {
    let facts = facts_of(
        "huigong_xiaozhan.txt",
        "关爱新就业群体\n\
         2025年4月，嘉兴市南湖区委社会工作部介绍，全区已为外卖骑手、快递员等新就业群体建成130多个惠工小站。\
         秀洲区建成骑手服务站45个，桐乡市设立新就业群体服务点62个，海宁市打造小哥加油站18个。\
         全市另建成零工驿站12个、志愿服务驿站7个。\n",
    );
    for value in [130.0, 45.0, 62.0, 18.0] {
        assert_eq!(
            metric(&facts, value, "个").as_deref(),
            Some("new_employment.service_stations"),
            "{value}"
        );
    }
    // the gig-work markets' stations are no rest stations, and volunteers' stations have their row
    assert_eq!(metric(&facts, 12.0, "个"), None);
    assert_eq!(
        metric(&facts, 7.0, "个").as_deref(),
        Some("volunteers.stations")
    );
}

#[test]
fn the_registration_rate_is_the_share_of_registered_volunteers() {
    let facts = facts_of(
        "zhuce_lv.txt",
        "绍兴市志愿服务调查报告发布\n\
         2025年3月，绍兴市委社会工作部发布报告，全市志愿者注册率达到18.5%。\
         截至2024年底，全市实名注册志愿者超过95万人，注册志愿者人数占常住人口比例超过17.8%。\
         自2015年以来，全市志愿者实名注册人数不断增长，注册率从0.4%上升至18.5%。\
         全市活跃志愿者占常住人口的6.2%，志愿服务活动参与率为35%。\n",
    );
    assert_eq!(
        metric(&facts, 17.8, "%").as_deref(),
        Some("volunteers.registration_share")
    );
    assert_eq!(
        metric(&facts, 0.4, "%").as_deref(),
        Some("volunteers.registration_share")
    );
    let shares: Vec<_> = facts
        .iter()
        .filter(|f| f.value == 18.5 && f.unit == "%")
        .collect();
    assert!(
        shares
            .iter()
            .any(|f| f.metric.as_deref() == Some("volunteers.registration_share")),
        "{shares:#?}"
    );
    // the active volunteers' share and a rate of taking part are other quantities
    assert_ne!(
        metric(&facts, 6.2, "%").as_deref(),
        Some("volunteers.registration_share")
    );
    assert_eq!(metric(&facts, 35.0, "%"), None);
}

#[test]
fn a_places_whole_before_social_organisations_is_their_stock() {
    let facts = facts_of(
        "quanqu_shzz.txt",
        "社会组织高质量发展\n\
         2024年12月，钦州市钦南区委社会工作部介绍，全区社会组织达到856家。\
         灵山县委社会工作部介绍，全县社会组织312家，我市社会组织已达1960家。\
         全市社会组织党组织460个，全区社会组织开展公益活动200场。\n",
    );
    for value in [856.0, 312.0, 1960.0] {
        assert_eq!(
            metric(&facts, value, "家").as_deref(),
            Some("social_organizations.total"),
            "{value}"
        );
    }
    // the organisations' party organisations and activities are other rows
    assert_eq!(
        metric(&facts, 460.0, "个").as_deref(),
        Some("party.social_org_party_orgs")
    );
    assert_ne!(
        metric(&facts, 200.0, "场").as_deref(),
        Some("social_organizations.total")
    );
}

#[test]
fn the_workers_a_place_has_are_its_new_employment_workers() {
    let facts = facts_of(
        "xinjiuye_qunti.txt",
        "新就业群体服务管理\n\
         2024年10月，成都市委社会工作部介绍，全市有外卖骑手、快递员、网约车司机等新就业群体约42万人。\
         青羊区共有新就业群体2.1万余人，金牛区现有新就业群体8600人。\
         全市摸排新就业群体党员3200余名，亮明身份的党员骑手860名。\
         锦江区为1500名新就业群体提供免费体检，服务新就业群体3.6万人次。\n",
    );
    for value in [420_000.0, 21_000.0, 8600.0] {
        assert_eq!(
            metric(&facts, value, "人").as_deref(),
            Some("new_employment.workers"),
            "{value}"
        );
    }
    // riders who are party members are party members, not workers a survey found
    assert_eq!(
        metric(&facts, 860.0, "名").as_deref(),
        Some("new_employment.party_members")
    );
    // the people a service reached are no stock
    assert_ne!(
        metric(&facts, 1500.0, "名").as_deref(),
        Some("new_employment.workers")
    );
    assert_eq!(
        metric(&facts, 36_000.0, "人次").as_deref(),
        Some("new_employment.served")
    );
}

#[test]
fn social_work_stations_and_certificates_under_their_everyday_names() {
    let facts = facts_of(
        "shegong_fuwuzhan.txt",
        "社会工作服务体系建设\n\
         2024年12月，佛山市委社会工作部介绍，全市建成镇街社工服务站32个，社工服务站覆盖率100%。\
         顺德区社会工作服务站点达到41个，高明区建成社工服务站点18个。\
         全市取得社工证的人员达到5600人，三水区持有社工证的有820人，持有社工证的社区工作者1200名。\
         全市建成新就业群体服务站点120个，打造新就业群体服务空间96个。\n",
    );
    for value in [32.0, 41.0, 18.0] {
        assert_eq!(
            metric(&facts, value, "个").as_deref(),
            Some("social_workers.stations"),
            "{value}"
        );
    }
    assert_eq!(
        metric(&facts, 100.0, "%").as_deref(),
        Some("social_workers.station_coverage")
    );
    assert_eq!(
        metric(&facts, 5600.0, "人").as_deref(),
        Some("social_workers.certified")
    );
    // community workers who hold it are community workers; workers' stations keep their row
    assert_ne!(
        metric(&facts, 1200.0, "名").as_deref(),
        Some("social_workers.certified")
    );
    for value in [120.0, 96.0] {
        assert_eq!(
            metric(&facts, value, "个").as_deref(),
            Some("new_employment.service_stations"),
            "{value}"
        );
    }
}

#[test]
fn party_and_mass_service_positions_are_the_service_centres() {
    let facts = facts_of(
        "dangqun_zhendi.txt",
        "党建引领基层治理\n\
         2024年11月，肇庆市委社会工作部介绍，全市建成党群服务阵地860个。\
         端州区建成各级党群服务阵地120余个，四会市党群服务阵地达到96个。\
         全市建成新就业群体服务阵地35个。\n",
    );
    for value in [860.0, 120.0, 96.0] {
        assert_eq!(
            metric(&facts, value, "个").as_deref(),
            Some("grassroots.party_service_centers"),
            "{value}"
        );
    }
    assert_eq!(
        metric(&facts, 35.0, "个").as_deref(),
        Some("new_employment.service_stations")
    );
}

#[test]
fn a_series_names_its_thing_in_the_clause_before_its_values() {
    let facts = facts_of(
        "xulie.txt",
        "社会工作和志愿服务发展综述\n\
         2025年2月，湖州市委社会工作部介绍，全市持证社工人数不断增长，从2015年的210人发展到2024年的2600人。\
         全市注册志愿者人数逐年增加，由2020年的4.5万人增加到2024年的9.8万人。\
         全市社会组织数量稳步提升，已经从2018年的5200家发展到2024年的7600家。\
         全市社工人数达到4800人，持证社工人数达到2600人。\n",
    );
    for (value, unit, key) in [
        (210.0, "人", "social_workers.certified"),
        (2600.0, "人", "social_workers.certified"),
        (45_000.0, "人", "volunteers.registered"),
        (98_000.0, "人", "volunteers.registered"),
        (5200.0, "家", "social_organizations.total"),
        (7600.0, "家", "social_organizations.total"),
    ] {
        assert_eq!(metric(&facts, value, unit).as_deref(), Some(key), "{value}");
    }
    // the certified are no count of the whole workforce (社工人数 inside 持证社工人数)
    assert_eq!(
        metric(&facts, 4800.0, "人").as_deref(),
        Some("social_workers.talent_pool")
    );
}

#[test]
fn people_trained_or_commended_are_no_workforce() {
    let facts = facts_of(
        "peixun_duixiang.txt",
        "社会工作队伍建设\n\
         2024年12月，宜宾市委社会工作部介绍，全市现有社区工作者6800人，全年培训社区工作者1200人，\
         轮训网格员3600人，表彰优秀社区工作者120人。\
         翠屏区培训300名社区工作者，全市培训志愿者骨干500余人，招录社区工作者260人，专职网格员4100名。\n",
    );
    assert_eq!(metric(&facts, 1200.0, "人"), None);
    assert_eq!(metric(&facts, 3600.0, "人"), None);
    assert_eq!(metric(&facts, 120.0, "人"), None);
    assert_eq!(metric(&facts, 300.0, "名"), None);
    // the workforce, and the metrics that count the action itself, keep their figures
    assert_eq!(
        metric(&facts, 6800.0, "人").as_deref(),
        Some("social_workers.community_workers")
    );
    assert_eq!(
        metric(&facts, 4100.0, "名").as_deref(),
        Some("grassroots.grid_members")
    );
    assert_eq!(
        metric(&facts, 500.0, "人").as_deref(),
        Some("volunteers.trained")
    );
    assert_eq!(
        metric(&facts, 260.0, "人").as_deref(),
        Some("social_workers.community_workers_recruited")
    );
}

#[test]
fn activities_of_training_are_still_activities() {
    let facts = facts_of(
        "peixun_huodong.txt",
        "关爱新就业群体\n\
         2024年9月，沙坪坝区委社会工作部介绍，区里为快递员、外卖骑手开展健康体检、技能培训等活动20余场次。\n",
    );
    assert_eq!(
        metric(&facts, 20.0, "场次").as_deref(),
        Some("new_employment.activities")
    );
}
