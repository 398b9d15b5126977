//! Catalog rows and wordings for quantities every 社会工作部 report gives, on short articles
//! written for these tests: a whole stated before the part of it done (N件信访问题已解决M件) or
//! before a disposal construction (N个党组织将M名党员…), petitioners going past their county
//! (越级上访) apart from the visits a place received, services provided in person-times,
//! 人民建议 campaigns in 项, social work's community activities, training of social workers and
//! volunteers (in 人次 too), signboards cleared counted in 个, a year's exam passers apart from
//! everyone certified so far; and the guards: a subset after 其中, a change (增加N), a rate of another base, the
//! organisations that did something, beneficiaries of a remit with no such row.

use crate::support::article;

use article::{facts_of, metric};

#[test]
fn a_whole_stated_before_the_part_of_it_done_keeps_its_metric() {
    let facts = facts_of(
        "xinfang.txt",
        "商洛市信访积案化解\n\
         2024年6月，商洛市信访局介绍，全市扎实推进信访工作，依法办理信访事项，今年以来全市信访总量1460件，比上年增加35件。\
         目前，全市交办的320件信访问题已化解286件。\n",
    );
    assert_eq!(
        metric(&facts, 1460.0, "件").as_deref(),
        Some("petitions.volume")
    );
    // a change of the volume is no volume
    assert_eq!(metric(&facts, 35.0, "件"), None);
    assert_eq!(
        metric(&facts, 320.0, "件").as_deref(),
        Some("petitions.cases")
    );
    assert_eq!(
        metric(&facts, 286.0, "件").as_deref(),
        Some("petitions.cases_resolved")
    );
}

#[test]
fn organisations_in_a_disposal_construction_stand_as_themselves() {
    let facts = facts_of(
        "liangxin.txt",
        "吉林省新兴领域党建\n\
         2024年9月，吉林省委社会工作部介绍，全省2.6万个新兴领域党组织把11.2万名党员\
         凝聚在一起。今年已有130个新兴领域党组织完成换届。\n",
    );
    assert_eq!(
        metric(&facts, 26_000.0, "个").as_deref(),
        Some("party.emerging_orgs")
    );
    // the organisations that did something are some of them, not how many there are
    assert_eq!(metric(&facts, 130.0, "个"), None);
}

#[test]
fn petitioners_going_past_their_county_are_not_visits_received() {
    let facts = facts_of(
        "yueji.txt",
        "衢州市开化县信访工作\n\
         2023年，开化县深化信访工作法治化，依法分类处理信访事项，压实信访工作责任，县信访局全年接待来访群众420批次；到省进京上访群众12批86人次，\
         进京上访量同比减少30%。\n",
    );
    assert_eq!(
        metric(&facts, 420.0, "批次").as_deref(),
        Some("petitions.visits_received")
    );
    assert_eq!(
        metric(&facts, 12.0, "批").as_deref(),
        Some("petitions.visits_to_higher_levels")
    );
    assert_eq!(
        metric(&facts, 86.0, "人次").as_deref(),
        Some("petitions.visits_to_higher_levels")
    );
    let leaders = facts_of(
        "xiafang.txt",
        "浙江省领导干部下访接访\n\
         2024年，浙江深化信访工作法治化，依法办理信访事项，压实信访工作责任，\
         全省共有3.1万余人次领导干部下访，累计接待群众9.6万余批次。\n",
    );
    assert_eq!(
        metric(&leaders, 96_000.0, "批次").as_deref(),
        Some("petitions.leader_receptions")
    );
    // a rate of change is no count of petitioners
    assert_ne!(
        metric(&facts, 30.0, "%").as_deref(),
        Some("petitions.visits_to_higher_levels")
    );
}

#[test]
fn provided_services_in_person_times_take_the_remits_row_or_none() {
    let zhiyuan = facts_of(
        "zhiyuan.txt",
        "宁波市志愿服务\n\
         2024年12月，宁波市委社会工作部介绍，全市志愿服务队伍深入社区，\
         全年累计提供服务46万人次。\n",
    );
    assert_eq!(
        metric(&zhiyuan, 460_000.0, "人次").as_deref(),
        Some("volunteers.people_served")
    );
    // a community centre's services have no people-served row (grid visits, open facilities
    // and centre services are no one quantity): no metric rather than another remit's
    let shequ = facts_of(
        "shequ.txt",
        "宁波市城乡社区服务\n\
         2024年12月，宁波市委社会工作部介绍，全市推进基层治理，以党建引领社区服务，\
         完善社区服务中心功能，全市社区服务中心全年累计提供服务85万人次。\n",
    );
    assert_eq!(metric(&shequ, 850_000.0, "人次"), None);
}

#[test]
fn proposal_campaigns_are_counted_in_xiang_too() {
    let facts = facts_of(
        "jianyi.txt",
        "庆阳市人民建议征集工作\n\
         2025年6月，庆阳市委社会工作部介绍，全市人民建议征集工作为政策制定提供参考，\
         今年已完成4项专项建议征集，收到人民建议320条。\n",
    );
    assert_eq!(
        metric(&facts, 4.0, "项").as_deref(),
        Some("petitions.proposal_campaigns")
    );
    assert_eq!(
        metric(&facts, 320.0, "条").as_deref(),
        Some("petitions.proposals_collected")
    );
}

#[test]
fn social_work_community_activities_have_a_row_beside_casework_and_groups() {
    let facts = facts_of(
        "sgz.txt",
        "柳州市乡镇社工站建设\n\
         2024年11月，柳州市民政局介绍，全市推进乡镇社工站建设，社会工作者扎根基层，\
         全市乡镇社工站已开展社区活动260余场次、\
         个案服务1800人次，小组活动90个。\n",
    );
    assert_eq!(
        metric(&facts, 260.0, "场次").as_deref(),
        Some("social_workers.community_activities")
    );
    assert_eq!(
        metric(&facts, 1800.0, "人次").as_deref(),
        Some("social_workers.case_service_visits")
    );
    assert_eq!(
        metric(&facts, 90.0, "个").as_deref(),
        Some("social_workers.group_activities")
    );
    // a volunteer team's activities in a community are no social-work method
    let zhiyuan = facts_of(
        "zyd.txt",
        "柳州市志愿服务\n\
         2024年11月，柳州市文明办介绍，全市深化志愿服务，志愿者队伍壮大，志愿服务队今年开展社区活动150场。\n",
    );
    assert_ne!(
        metric(&zhiyuan, 150.0, "场").as_deref(),
        Some("social_workers.community_activities")
    );
}

#[test]
fn training_of_social_workers_is_counted_in_person_times() {
    let facts = facts_of(
        "peixun.txt",
        "江西省社会工作人才培养\n\
         2024年10月，江西省民政厅介绍，全省举办各类社工服务人员、管理人员及社会工作\
         考前培训累计2.1万余人次。今年各地还培训网格员3000人次。\
         组织党组织书记、党务工作者、社区工作者参加培训班，累计培训500余人次。\n",
    );
    assert_eq!(
        metric(&facts, 21_000.0, "人次").as_deref(),
        Some("social_workers.trained_staff")
    );
    // grid members are no social workers
    assert_ne!(
        metric(&facts, 3000.0, "人次").as_deref(),
        Some("social_workers.trained_staff")
    );
    // people of several remits trained together are no count of social workers trained
    assert_ne!(
        metric(&facts, 500.0, "人次").as_deref(),
        Some("social_workers.trained_staff")
    );
}

#[test]
fn the_people_a_service_benefits_take_their_remits_row_or_none() {
    let zhiyuan = facts_of(
        "cishan.txt",
        "延吉市慈善志愿服务\n\
         2024年5月，延吉市志愿者协会介绍，志愿者开展“慈善行”救助活动，累计救助物资30万元，\
         受益群众达2600余人。\n",
    );
    // a charity drive's beneficiaries in a volunteer text have no row of their own: none,
    // rather than the social-work row the same words name
    assert_eq!(metric(&zhiyuan, 2600.0, "人"), None);
    let shegong = facts_of(
        "shegong.txt",
        "绥化市社会工作服务\n\
         2024年5月，绥化市民政局介绍，全市推进社会工作服务，社会工作者深入社区，\
         全市社工站开展个案服务1200个，受益群众达1.5万人。\n",
    );
    assert_eq!(
        metric(&shegong, 15_000.0, "人").as_deref(),
        Some("social_workers.beneficiaries")
    );
}

#[test]
fn signboards_cleared_in_ge_and_stations_that_hang_one_are_apart() {
    let facts = facts_of(
        "paizi.txt",
        "揭阳市基层减负\n\
         2024年8月，揭阳市委社会工作部介绍，全市组织各村(社区)清理规范村级组织挂牌1.2万个。\n\
         2024年8月，揭阳市新就业群体服务工作推进，全市暖新驿站挂牌30个。\n",
    );
    assert_eq!(
        metric(&facts, 12_000.0, "个").as_deref(),
        Some("grassroots.signboards_cleared")
    );
    assert_ne!(
        metric(&facts, 30.0, "个").as_deref(),
        Some("grassroots.signboards_cleared")
    );
}

#[test]
fn a_subset_after_qizhong_and_a_rate_of_another_base_get_no_metric() {
    let facts = facts_of(
        "shetuan.txt",
        "漳州市志愿服务组织\n\
         2024年3月，漳州市民政局介绍，全市登记的志愿服务组织320家，其中市级45家。\
         全市共有社区综合服务设施1800个，其中设置志愿服务站点1650个，志愿服务站点在社区\
         综合服务设施中的覆盖比例达91.7%。\n",
    );
    assert_eq!(
        metric(&facts, 320.0, "家").as_deref(),
        Some("volunteers.organizations")
    );
    assert_eq!(metric(&facts, 45.0, "家"), None);
    assert_eq!(
        metric(&facts, 91.7, "%").as_deref(),
        Some("volunteers.station_coverage")
    );
}

#[test]
fn passing_the_exam_in_a_year_and_so_far_are_two_rows() {
    let facts = facts_of(
        "kaoshi.txt",
        "盐城市社会工作人才队伍\n\
         2024年12月，盐城市民政局介绍，全市推进社会工作人才队伍建设，社会工作者扎根基层。\
         2024年，全市726人通过社会工作者职业资格考试。\
         截至2024年底，全市共5180人通过全国社会工作者职业水平考试。\n",
    );
    assert_eq!(
        metric(&facts, 726.0, "人").as_deref(),
        Some("social_workers.exam_passed")
    );
    assert_eq!(
        metric(&facts, 5180.0, "人").as_deref(),
        Some("social_workers.certified")
    );
}

#[test]
fn volunteer_training_in_people_and_in_person_times() {
    let facts = facts_of(
        "zypx.txt",
        "常德市志愿服务能力提升\n\
         2024年9月，常德市委社会工作部介绍，全市深化志愿服务，壮大志愿者队伍，\
         今年培训志愿者骨干1200人，开展志愿者培训累计8600人次。\n",
    );
    assert_eq!(
        metric(&facts, 1200.0, "人").as_deref(),
        Some("volunteers.trained")
    );
    assert_eq!(
        metric(&facts, 8600.0, "人次").as_deref(),
        Some("volunteers.trained_person_times")
    );
}

#[test]
fn things_made_new_in_a_year_are_a_change_of_the_stock() {
    let facts = facts_of(
        "xinjian.txt",
        "芜湖市新就业群体服务\n\
         2024年12月，芜湖市委社会工作部介绍，全市关爱快递员、外卖骑手等新就业群体，\
         今年新建暖新驿站36个，全市累计建成暖新驿站280个，累计新建暖新驿站250个。\
         今年新建党组织12个。\n",
    );
    // the new ones are a change of the stations a city has
    assert_eq!(metric(&facts, 36.0, "个"), None);
    assert_eq!(
        metric(&facts, 280.0, "个").as_deref(),
        Some("new_employment.service_stations")
    );
    // every new one so far is the stock
    assert_eq!(
        metric(&facts, 250.0, "个").as_deref(),
        Some("new_employment.service_stations")
    );
    // a row about new things keeps them
    assert_eq!(
        metric(&facts, 12.0, "个").as_deref(),
        Some("party.orgs_established")
    );
}

#[test]
fn problems_solved_for_riders_are_the_new_employment_remits_only() {
    let facts = facts_of(
        "wenti.txt",
        "天津市西青区暖新服务\n\
         2024年10月，西青区委社会工作部介绍，全区关爱快递员、外卖骑手等新就业群体，\
         梳理骑手反映的8类问题，协调解决停车难、就医难等实际问题1200余个。\n",
    );
    assert_eq!(
        metric(&facts, 1200.0, "个").as_deref(),
        Some("new_employment.problems_solved")
    );
    // the kinds of problems listed are no problems solved
    assert_eq!(metric(&facts, 8.0, "类"), None);
    // volunteers who help solve a river's problems are no riders' problems solved
    let zhiyuan = facts_of(
        "xunhe.txt",
        "深圳市坪山区巡河志愿服务\n\
         2024年10月，坪山区志愿者协会介绍，巡河志愿服务队深化志愿服务，志愿者\
         有效协助推动解决辖区河道各类问题30余个。\n",
    );
    assert_ne!(
        metric(&zhiyuan, 30.0, "个").as_deref(),
        Some("new_employment.problems_solved")
    );
}

#[test]
fn model_sites_and_pilots_are_a_kind_of_the_stock_not_the_stock() {
    let facts = facts_of(
        "models.txt",
        "某市推进社工站建设\n\
         2025年3月，某市民政局介绍，截至2024年底，全市建成乡镇（街道）社会工作服务站126个，\
         评定市级社会工作服务站示范站点9个，其中12个星级行业协会商会参与共建。\n",
    );
    assert_eq!(
        metric(&facts, 126.0, "个").as_deref(),
        Some("social_workers.stations")
    );
    // model sites are a distinguished kind of station: no reading of the stock
    assert_eq!(metric(&facts, 9.0, "个"), None);
    // rated associations likewise
    assert_eq!(metric(&facts, 12.0, "个"), None);
}

#[test]
fn a_metric_that_counts_pilots_keeps_them() {
    let facts = facts_of(
        "pilots.txt",
        "某区社区治理试点\n\
         2025年3月，某区委社会工作部介绍，全区确定基层治理试点社区15个，推动社会工作者、志愿者参与社区治理。\n",
    );
    assert_eq!(
        metric(&facts, 15.0, "个").as_deref(),
        Some("grassroots.communities_covered")
    );
}
