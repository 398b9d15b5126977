//! Catalog rows for quantities the remit's reports state across places, on short articles written
//! for these tests: the social workers placed at the 乡镇(街道) stations (驻站社工, 社工站……配备
//! 社工), and the messages the public leaves to leaders online with their replies and reply rate
//! (领导留言板); and the guards that keep near rows apart: the workforce as a whole stays the talent
//! pool, a station's own count stays the stations, a 信访 office's cases stay 信访, and a change of
//! the messages is no count of them.

use crate::support::article;

use article::{facts_of, metric};

#[test]
fn social_workers_placed_at_the_stations_are_the_stations_staff() {
    let facts = facts_of(
        "zhuzhan.txt",
        "桂林市乡镇(街道)社工站建设\n\
         2024年11月，桂林市委社会工作部介绍，全市已建成乡镇(街道)社工站146个，配备驻站社工420名，\
         全市社会工作专业人才达到6800人。\n",
    );
    assert_eq!(
        metric(&facts, 146.0, "个").as_deref(),
        Some("social_workers.stations")
    );
    assert_eq!(
        metric(&facts, 420.0, "名").as_deref(),
        Some("social_workers.station_staff")
    );
    assert_eq!(
        metric(&facts, 6800.0, "人").as_deref(),
        Some("social_workers.talent_pool")
    );
}

#[test]
fn stations_staffed_with_social_workers_count_the_stations_staff() {
    let facts = facts_of(
        "peibei.txt",
        "赣州市社会工作服务站\n\
         2024年10月，赣州市民政局介绍，全市建成社会工作服务站298个，配备社会工作人才610名，\
         另有3100名社会工作者驻站开展服务。\n",
    );
    assert_eq!(
        metric(&facts, 610.0, "名").as_deref(),
        Some("social_workers.station_staff")
    );
    assert_eq!(
        metric(&facts, 3100.0, "名").as_deref(),
        Some("social_workers.station_staff")
    );
}

#[test]
fn messages_to_leaders_online_their_replies_and_reply_rate() {
    let facts = facts_of(
        "liuyan.txt",
        "网上群众工作年度报告\n\
         2025年3月，人民网发布“领导留言板”年度报告。2024年，网民给安徽省各级领导干部留言41200件，\
         同比增长约12%，安徽省各级干部答复留言39800件，留言回复率96.6%。\
         安徽省信访局全年受理信访事项1.8万件。\n",
    );
    assert_eq!(
        metric(&facts, 41_200.0, "件").as_deref(),
        Some("petitions.online_messages")
    );
    assert_eq!(
        metric(&facts, 39_800.0, "件").as_deref(),
        Some("petitions.online_replies")
    );
    assert_eq!(
        metric(&facts, 96.6, "%").as_deref(),
        Some("petitions.online_reply_rate")
    );
    // the growth of the messages is no count of them (it has its own row,
    // tests/metric_rows_seventh.rs), and the petitions office's cases are 信访
    assert_ne!(
        metric(&facts, 12.0, "%").as_deref(),
        Some("petitions.online_messages")
    );
    assert_ne!(
        metric(&facts, 18_000.0, "件").as_deref(),
        Some("petitions.online_messages")
    );
}

#[test]
fn volunteers_serving_new_employment_workers_are_not_workers_who_volunteer() {
    let facts = facts_of(
        "xinjiuye.txt",
        "暖新服务队伍建设\n\
         2024年9月，湘潭市雨湖区委社会工作部介绍，为解决快递员、外卖员等新就业群体的急难愁盼问题，\
         城正街社区组建了以4名持证社工为核心、12名志愿者为辅助的服务队伍。\
         全区还招募骑手志愿者320名，参与社区治理。\n",
    );
    assert_ne!(
        metric(&facts, 12.0, "名").as_deref(),
        Some("volunteers.new_employment_volunteers")
    );
    assert_eq!(
        metric(&facts, 320.0, "名").as_deref(),
        Some("volunteers.new_employment_volunteers")
    );
}

#[test]
fn registered_social_organisations_by_legal_form() {
    let facts = facts_of(
        "shehuizuzhi.txt",
        "江西省社会组织发展情况\n\
         2025年1月，江西省委社会工作部、省民政厅介绍，全省推进社会组织高质量发展，加强社会组织党建工作。\
         截至2024年底，江西省依法登记社会组织3.2万个，其中社会团体1.1万个、社会服务机构2万个、\
         基金会520个。\n",
    );
    assert_eq!(
        metric(&facts, 32_000.0, "个").as_deref(),
        Some("social_organizations.total")
    );
    assert_eq!(
        metric(&facts, 11_000.0, "个").as_deref(),
        Some("social_organizations.social_groups")
    );
    assert_eq!(
        metric(&facts, 20_000.0, "个").as_deref(),
        Some("social_organizations.service_institutions")
    );
    assert_eq!(
        metric(&facts, 520.0, "个").as_deref(),
        Some("social_organizations.foundations")
    );
}

#[test]
fn a_list_of_legal_forms_and_another_remits_breakdown_keep_no_kind() {
    let facts = facts_of(
        "biaozhang.txt",
        "社会组织表彰\n\
         2024年10月，民政部召开表彰会议，共有312个社会团体、社会服务机构和基金会获得表彰。\
         同月，南昌市委社会工作部介绍，全市志愿团体总数为860个，包括43个社会团体、9个社会服务机构。\n",
    );
    assert_eq!(metric(&facts, 312.0, "个"), None);
    assert_eq!(metric(&facts, 43.0, "个"), None);
    assert_eq!(metric(&facts, 9.0, "个"), None);
}

#[test]
fn volunteer_groups_in_the_system_and_registered_organisations_are_organisations() {
    // 志愿团体 / 志愿服务团体 are the groups registered in the volunteer information system, which
    // reports name by every name of its organisations (data/metrics.toml, volunteers.organizations);
    // the teams a unit forms (志愿服务队 N支) keep their own row
    let facts = facts_of(
        "tuanti.txt",
        "九江市志愿服务发展\n\
         2024年12月，九江市委社会工作部介绍，全市实名注册志愿者达到86万人，\
         注册志愿服务团体4300个，依法登记的志愿服务组织210家，全年开展志愿服务活动1.2万场。\n",
    );
    assert_eq!(
        metric(&facts, 4300.0, "个").as_deref(),
        Some("volunteers.organizations")
    );
    assert_eq!(
        metric(&facts, 210.0, "家").as_deref(),
        Some("volunteers.organizations")
    );
    assert_eq!(
        metric(&facts, 860_000.0, "人").as_deref(),
        Some("volunteers.registered")
    );
}
