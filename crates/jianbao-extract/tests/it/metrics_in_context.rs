//! The metric catalog on short articles written for these tests: wordings every remit uses
//! (服务群众 … 人次, 开展活动 … 场, 投入资金 … 元) take the metric of the figure's own remit or
//! none; named stations and qualification levels have metrics of their own; a station named
//! for its remit gives its figures that remit's theme.

use crate::support::article;

use article::{facts_of, find, metric};
use jianbao_facts::Theme;

#[test]
fn people_served_belongs_to_the_remit_that_served_them() {
    let social_work = facts_of(
        "sgz.txt",
        "杭州市乡镇社工站建设综述\n\
         2024年5月，记者从杭州市委社会工作部获悉，全市乡镇（街道）社工站已实现全覆盖。\
         今年以来，各社工站累计服务群众12.6万人次，开展个案服务3400人次。\n",
    );
    assert_eq!(
        metric(&social_work, 126_000.0, "人次").as_deref(),
        Some("social_workers.people_served")
    );
    assert_eq!(
        metric(&social_work, 3400.0, "人次").as_deref(),
        Some("social_workers.case_service_visits")
    );
    let volunteering = facts_of(
        "zyfw.txt",
        "宁波市志愿服务持续深化\n\
         2024年6月，宁波市文明办介绍，全市志愿者积极参与社区志愿服务，志愿服务队伍\
         今年以来开展活动2300余场，服务群众8.5万人次。\n",
    );
    assert_eq!(
        metric(&volunteering, 85_000.0, "人次").as_deref(),
        Some("volunteers.people_served")
    );
    assert_eq!(
        metric(&volunteering, 2300.0, "场").as_deref(),
        Some("volunteers.activities")
    );
    // grid work has no people-served row: the figure keeps no metric rather than another's
    let grid = facts_of(
        "wangge.txt",
        "温州市网格化基层治理\n\
         2024年3月，温州市推进基层治理，社区党组织带领网格员下沉一线，\
         全市网格员入户走访服务群众4.2万人次。\n",
    );
    assert_eq!(metric(&grid, 42_000.0, "人次"), None);
}

#[test]
fn money_takes_the_remit_it_is_put_into() {
    let facts = facts_of(
        "zijin.txt",
        "广西社会工作服务站建设\n\
         2024年9月，广西壮族自治区民政厅介绍，社会工作服务站让社工扎根基层。\
         全区安排彩票公益金2300万元支持乡镇社工站建设，\
         各地投入的政府购买服务项目资金超过8000万元。\n",
    );
    assert_eq!(
        metric(&facts, 23_000_000.0, "元").as_deref(),
        Some("social_workers.funding")
    );
    assert_eq!(
        metric(&facts, 80_000_000.0, "元").as_deref(),
        Some("social_workers.funding")
    );
    // what an association spends on its members is no funding of social organisations
    let association = facts_of(
        "shanghui.txt",
        "绍兴市行业协会商会服务发展\n\
         2024年8月，绍兴市委社会工作部介绍，全市社会组织和行业协会商会党建工作持续推进，\
         社会组织服务能力不断提升。\
         行业协会商会投入资金2600万元帮扶会员企业，开展行业活动320场。\n",
    );
    assert_eq!(metric(&association, 26_000_000.0, "元"), None);
    assert_eq!(metric(&association, 320.0, "场"), None);
}

#[test]
fn volunteer_stations_are_no_drivers_stations() {
    let facts = facts_of(
        "zhandian.txt",
        "山东省社区志愿服务站点建设\n\
         2024年4月，山东省民政厅介绍，全省社区综合服务设施中已设置志愿服务站点5.2万个，\
         志愿服务站点覆盖率达91.5%。各志愿服务站今年发放宣传资料3万份。\n",
    );
    let stations = find(&facts, 52_000.0, "个");
    assert_eq!(stations.metric.as_deref(), Some("volunteers.stations"));
    assert_eq!(stations.theme, Theme::Volunteers);
    assert_eq!(
        metric(&facts, 91.5, "%").as_deref(),
        Some("volunteers.station_coverage")
    );
    assert_eq!(find(&facts, 30_000.0, "份").theme, Theme::Volunteers);
}

#[test]
fn a_drivers_station_gives_its_figures_the_new_employment_theme() {
    let facts = facts_of(
        "yizhan.txt",
        "嘉兴市暖新驿站服务新就业群体\n\
         2024年7月，嘉兴市已建成暖新驿站210个。驿站今年以来服务快递员、外卖骑手3.6万人次，\
         开展关爱活动150场，驿站累计发放清凉饮品1.2万瓶。\n",
    );
    assert_eq!(
        metric(&facts, 210.0, "个").as_deref(),
        Some("new_employment.service_stations")
    );
    assert_eq!(
        metric(&facts, 36_000.0, "人次").as_deref(),
        Some("new_employment.served")
    );
    assert_eq!(
        metric(&facts, 150.0, "场").as_deref(),
        Some("new_employment.activities")
    );
    assert_eq!(
        find(&facts, 12_000.0, "瓶").theme,
        Theme::NewEmploymentGroups
    );
}

#[test]
fn each_level_of_the_social_worker_qualification_is_its_own_row() {
    let facts = facts_of(
        "chizheng.txt",
        "渭南市社会工作人才队伍建设\n\
         截至2024年底，渭南市持证社会工作人才达2100人，其中助理社会工作师1500人、\
         社会工作师580人、高级社会工作师20人。\n",
    );
    assert_eq!(
        metric(&facts, 2100.0, "人").as_deref(),
        Some("social_workers.certified")
    );
    assert_eq!(
        metric(&facts, 1500.0, "人").as_deref(),
        Some("social_workers.certified_assistant")
    );
    assert_eq!(
        metric(&facts, 580.0, "人").as_deref(),
        Some("social_workers.certified_intermediate")
    );
    assert_eq!(
        metric(&facts, 20.0, "人").as_deref(),
        Some("social_workers.certified_senior")
    );
}

#[test]
fn community_service_circles_and_the_community_workforce() {
    let circles = facts_of(
        "shenghuoquan.txt",
        "北京市社区服务体系建设\n\
         2024年2月，北京市委社会工作部介绍，社区工作者和志愿者共同参与基层治理，\
         全市累计建成一刻钟社区服务圈1600个，城市社区覆盖率达到95%。\n",
    );
    assert_eq!(
        metric(&circles, 1600.0, "个").as_deref(),
        Some("grassroots.service_circles")
    );
    assert_eq!(
        metric(&circles, 95.0, "%").as_deref(),
        Some("grassroots.service_circle_coverage")
    );
    let workforce = facts_of(
        "shegong.txt",
        "常州市社区工作者队伍建设\n\
         2024年10月，常州市委社会工作部介绍，全市有68.5%的社区工作者持有社会工作者职业资格证书，\
         社区工作者中大专及以上学历占比达到80.2%。\n",
    );
    assert_eq!(
        metric(&workforce, 68.5, "%").as_deref(),
        Some("social_workers.community_workers_certified_share")
    );
    assert_eq!(
        metric(&workforce, 80.2, "%").as_deref(),
        Some("social_workers.community_workers_degree_share")
    );
}

#[test]
fn a_composite_wording_counts_only_the_thing_next_to_the_figure() {
    let facts = facts_of(
        "jijin.txt",
        "广州市社工服务数据发布\n\
         2024年1月，广州市社会工作协会发布数据，全市社工站服务覆盖城乡2600多个村(居)，\
         依托社工站培育的社区基金达530个。\n",
    );
    // 覆盖……社区 before 基金 does not make the funds communities covered
    assert_eq!(metric(&facts, 530.0, "个"), None);
    assert_eq!(find(&facts, 530.0, "个").theme, Theme::SocialWorkers);
}

#[test]
fn densities_and_beneficiaries_are_rows_of_their_own() {
    let facts = facts_of(
        "midu.txt",
        "坪山区社会工作发展\n\
         2024年3月，坪山区委社会工作部介绍，全区社会工作者队伍不断壮大，社工机构达15家，\
         平均每万人拥有社工9名。各社工站开展个案服务和小组活动，直间接受益人群近8万人。\n",
    );
    assert_eq!(
        metric(&facts, 9.0, "名").as_deref(),
        Some("social_workers.per_10000_residents")
    );
    assert_eq!(
        metric(&facts, 80_000.0, "人").as_deref(),
        Some("social_workers.beneficiaries")
    );
    let organisations = facts_of(
        "biaoshi.txt",
        "山东省志愿服务组织标识工作\n\
         2024年3月，山东省民政厅介绍，全省志愿服务组织身份标识工作持续推进，志愿者队伍不断壮大，\
         每百万人口标识志愿服务组织数达25个。\n",
    );
    assert_eq!(
        metric(&organisations, 25.0, "个").as_deref(),
        Some("volunteers.organizations_per_million")
    );
}

#[test]
fn a_wording_past_another_figure_names_that_figure() {
    let facts = facts_of(
        "xian.txt",
        "广西乡镇社工站建设\n\
         2024年10月，广西壮族自治区民政厅介绍，社会工作服务站让社工扎根基层，\
         目前在35个县(市、区)已建成运营260个乡镇社工站。\n",
    );
    assert_eq!(metric(&facts, 35.0, "个"), None);
    assert_eq!(
        metric(&facts, 260.0, "个").as_deref(),
        Some("social_workers.stations")
    );
}

#[test]
fn opinions_are_peoples_proposals_only_in_that_remit() {
    let proposals = facts_of(
        "renmin.txt",
        "江西省人民建议征集工作\n\
         2024年12月，江西省委社会工作部介绍，全省人民建议征集工作扎实推进，\
         今年以来共收集意见建议5600条。\n",
    );
    assert_eq!(
        metric(&proposals, 5600.0, "条").as_deref(),
        Some("petitions.proposals_collected")
    );
    let associations = facts_of(
        "jiedairi.txt",
        "长沙市行业协会商会接待日\n\
         2024年12月，长沙市委社会工作部介绍，全市社会组织和行业协会商会设立接待日，\
         社会组织服务企业，今年收集意见建议310条。\n",
    );
    assert_eq!(metric(&associations, 310.0, "条"), None);
}

#[test]
fn a_clause_naming_no_remit_goes_on_about_the_figure_before_it() {
    let facts = facts_of(
        "huhang.txt",
        "深圳市北站社区春运护航\n\
         2024年2月，深圳市北站社区组织志愿者参与春运服务，社区志愿服务队伍不断壮大，\
         志愿者和社工在站前广场为旅客答疑解难。\
         社区党委牵头辖区单位累计开展“护航”服务超1500小时，惠及旅客8万余人次。\n",
    );
    assert_eq!(
        metric(&facts, 1500.0, "小时").as_deref(),
        Some("volunteers.service_hours")
    );
    let served = find(&facts, 80_000.0, "人次");
    assert_eq!(served.metric.as_deref(), Some("volunteers.people_served"));
    assert_eq!(served.theme, Theme::Volunteers);
}

#[test]
fn a_generic_wording_gives_no_unit_to_a_bare_wan() {
    let facts = facts_of(
        "wan.txt",
        "苏州市社工走进外卖站点\n\
         2024年5月，苏州市委社会工作部介绍，社工把课堂开进外卖站点，为全国8000万新就业群体服务探路，\
         骑手和快递员纷纷点赞，社工服务站累计服务骑手3200人次。\n",
    );
    assert!(facts.iter().all(|f| f.value != 80_000_000.0), "{facts:#?}");
    assert_eq!(
        metric(&facts, 3200.0, "人次").as_deref(),
        Some("new_employment.served")
    );
}

/// After 为/给 a figure counts the people something is done for, named after it: the doers
/// named before (组织志愿者) give it no metric of theirs.
#[test]
fn people_done_for_are_not_the_doers_before_them() {
    let facts = facts_of(
        "tijian.txt",
        "盐城市关爱新就业群体\n\
         2025年4月，盐城市委社会工作部介绍，全市组织志愿者为2600余名外卖骑手和快递员提供免费体检。\
         全市注册志愿者为38万名。\n",
    );
    assert_ne!(
        metric(&facts, 2600.0, "名").as_deref(),
        Some("volunteers.recruited")
    );
    assert_eq!(
        metric(&facts, 380_000.0, "名").as_deref(),
        Some("volunteers.registered")
    );
}

/// The parts of a whole after 其中 are not the whole's metric; a part with a metric of its own
/// keeps that one.
#[test]
fn parts_after_qizhong_do_not_take_the_whole_s_metric() {
    let facts = facts_of(
        "shanghui.txt",
        "无锡市行业协会商会党建工作\n\
         2024年9月，无锡市委社会工作部介绍，全市共有行业协会商会156家，其中乡镇商会42家、异地商会17家。\
         全市社会工作者1.2万人，其中持证社会工作者3800人。\n",
    );
    let whole = metric(&facts, 156.0, "家");
    assert!(whole.is_some());
    assert_ne!(metric(&facts, 42.0, "家"), whole);
    assert_ne!(metric(&facts, 17.0, "家"), whole);
    assert_eq!(
        metric(&facts, 3800.0, "人").as_deref(),
        Some("social_workers.certified")
    );
}
