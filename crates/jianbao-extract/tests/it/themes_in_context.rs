//! A figure's theme on short articles written for these tests: 社区 is where every remit works,
//! so a remit's own word in the figure's sentence decides before it; communities that are
//! themselves what a figure counts stay grassroots work; a word inside a longer theme word
//! (服务站 in 社区服务站) is not read on its own.

use crate::support::article;

use article::{facts_of, find};
use jianbao_facts::Theme;

#[test]
fn a_social_work_stations_community_work_is_social_work() {
    let facts = facts_of(
        "sgz.txt",
        "南宁市乡镇社工站服务成效\n\
         2024年11月，南宁市委社会工作部介绍，全市社会工作者扎根基层。\
         今年以来各乡镇社工站开展社区活动420余场次，受益群众约2.1万人。\n",
    );
    assert_eq!(find(&facts, 21_000.0, "人").theme, Theme::SocialWorkers);
}

#[test]
fn communities_counted_with_no_remit_in_their_clause_stay_grassroots() {
    let facts = facts_of(
        "jiangbu.txt",
        "安顺市城乡社区建设\n\
         2024年12月，安顺市委社会工作部介绍，全市志愿服务和社会工作持续发力，\
         志愿服务项目得到省级扶持，5个村(社区)获省级城乡社区奖补资金支持。\n",
    );
    assert_eq!(find(&facts, 5.0, "个").theme, Theme::GrassrootsGovernance);
}

#[test]
fn a_community_service_station_is_no_drivers_station() {
    let facts = facts_of(
        "fuwuzhan.txt",
        "北京市社区服务站建设\n\
         2024年5月，北京市委社会工作部介绍，全市基层治理持续深化，社区工作者队伍不断壮大，\
         各社区服务站可办理政府公共服务事项30余项。\n",
    );
    assert_eq!(find(&facts, 30.0, "项").theme, Theme::GrassrootsGovernance);
}

#[test]
fn the_remit_a_clause_names_most_decides_over_a_passing_mention() {
    let facts = facts_of(
        "qishou.txt",
        "南开区骑手友好社区建设\n\
         2024年6月，南开区委社会工作部介绍，全区聚焦新就业群体，为快递员、外卖骑手办实事。\
         全区制定设置骑手泊车位、规划骑手送餐路线、面向骑手开展公益志愿活动、\
         加强新就业群体关心关爱等15项具体举措。\n",
    );
    assert_eq!(find(&facts, 15.0, "项").theme, Theme::NewEmploymentGroups);
}

#[test]
fn proposal_makers_belong_to_the_peoples_proposals_remit() {
    let facts = facts_of(
        "jianyi.txt",
        "兰州市人民建议征集工作\n\
         2024年9月，兰州市委社会工作部介绍，全市人民建议征集工作持续推进，\
         从各界群众中遴选组建起由40名特邀建议人和15名智库专家组成的队伍。\n",
    );
    assert_eq!(find(&facts, 40.0, "名").theme, Theme::PetitionsAndProposals);
}

#[test]
fn party_organisations_in_office_buildings_are_emerging_sector_work() {
    let facts = facts_of(
        "louyu.txt",
        "北京市楼宇党建\n\
         2024年7月，北京市委社会工作部介绍，全市推进新兴领域党建工作，\
         本年度将860个党组织设进商务楼宇。\n",
    );
    assert_eq!(
        find(&facts, 860.0, "个").theme,
        Theme::EmergingSectorPartyBuilding
    );
}

#[test]
fn the_counted_workers_decide_over_the_volunteers_who_serve_them() {
    // the clause names volunteers and new-employment workers once each: what the figure counts,
    // the workers, decides
    let facts = facts_of(
        "tijian.txt",
        "江宁区新就业群体关爱行动\n\
         2024年8月，江宁区委社会工作部介绍，本月起辖区多家医院将组织志愿者为1200余名新就业群体劳动者提供免费体检。\n",
    );
    assert_eq!(find(&facts, 1200.0, "名").theme, Theme::NewEmploymentGroups);
}

#[test]
fn party_building_models_among_associations_are_emerging_sector_work() {
    let facts = facts_of(
        "shanghui.txt",
        "宁波市行业协会商会建设\n\
         2024年10月，宁波市委社会工作部介绍，全市推进新兴领域党建工作，评选党建工作示范行业协会商会20家。\n",
    );
    assert_eq!(
        find(&facts, 20.0, "家").theme,
        Theme::EmergingSectorPartyBuilding
    );
}

#[test]
fn the_households_around_a_riders_district_are_context() {
    let facts = facts_of(
        "jiequ.txt",
        "南岸区骑手友好街区建设\n\
         2024年9月，南岸区委社会工作部介绍，试点片区周边写字楼林立，覆盖居民5600户，外卖骑手在此聚集。\n",
    );
    assert_eq!(find(&facts, 5600.0, "户").theme, Theme::Other);
}

#[test]
fn a_departments_own_study_sessions_take_no_remit_from_their_sentence() {
    let facts = facts_of(
        "xuexi.txt",
        "西城区志愿服务工作\n\
         2024年11月，全区志愿服务工作持续推进，区委社会工作部坚持以学促干，开展集中学习20次。\n",
    );
    assert_eq!(find(&facts, 20.0, "次").theme, Theme::Other);
}

#[test]
fn a_communitys_own_party_branches_are_grassroots_work_beside_its_firms() {
    let facts = facts_of(
        "dangzhibu.txt",
        "河西区城东社区党建工作\n\
         2024年7月，河西区委社会工作部介绍，城东社区辖区有企业40余家，社区党委下设党支部4个，社区志愿服务队常年活跃。\n",
    );
    assert_eq!(find(&facts, 4.0, "个").theme, Theme::GrassrootsGovernance);
}

#[test]
fn couriers_named_as_the_news_names_them_are_new_employment_workers() {
    // 快递小哥 is how news texts name couriers; the sentence also names a party branch
    let facts = facts_of(
        "xiaoge.txt",
        "福州市鼓楼区新就业群体关爱行动\n\
         2024年12月，福州市鼓楼区委社会工作部介绍，区内新就业群体关爱持续推进。区党建工作联络站牵头为辖区860名快递小哥送去御寒衣物。\n",
    );
    assert_eq!(find(&facts, 860.0, "名").theme, Theme::NewEmploymentGroups);
}

#[test]
fn the_three_registered_kinds_are_social_organisations() {
    let facts = facts_of(
        "shetuan.txt",
        "江西省社会组织表彰\n\
         2024年9月，江西省委社会工作部介绍，全省社会组织高质量发展，共有95个社会团体、社会服务机构和基金会获评先进。\n",
    );
    assert_eq!(find(&facts, 95.0, "个").theme, Theme::SocialOrganizations);
}

#[test]
fn communities_surveyed_beside_community_workers_are_grassroots_work() {
    let facts = facts_of(
        "diaoyan.txt",
        "武进区社区工作者调研\n\
         2024年6月，武进区委社会工作部介绍，区里对85名社区工作者和9个社区开展了走访调研。\n",
    );
    assert_eq!(find(&facts, 9.0, "个").theme, Theme::GrassrootsGovernance);
}

#[test]
fn the_parts_of_a_whole_take_the_wholes_remit() {
    let facts = facts_of(
        "zhiyuan.txt",
        "包头市志愿服务组织\n\
         2024年5月，包头市委社会工作部介绍，全市登记的志愿服务组织共有620个，包括38个社会团体、16个社会服务机构。\n",
    );
    assert_eq!(find(&facts, 38.0, "个").theme, Theme::Volunteers);
}

#[test]
fn a_chambers_party_figures_in_a_non_public_sentence_are_emerging_sector_work() {
    // 非公有制经济组织党建: the chambers counted are where party building reaches
    let facts = facts_of(
        "feigong.txt",
        "株洲市非公有制经济组织党建工作\n\
         2024年10月，株洲市委社会工作部介绍，全市非公有制经济组织党建工作扎实推进，\
         已在86家商会、协会中建立党组织。\n",
    );
    let fact = find(&facts, 86.0, "家");
    assert_eq!(fact.theme, Theme::EmergingSectorPartyBuilding);
    assert_eq!(fact.metric, None);
}

#[test]
fn party_committees_of_chambers_are_no_count_of_chambers() {
    // 商会党委 and the branches a chamber's party committee builds are party building in the
    // chambers, not a reading of how many chambers there are
    let facts = facts_of(
        "shanghui2.txt",
        "安庆市非公企业党建工作\n\
         2024年10月，安庆市委社会工作部介绍，全市非公企业党建覆盖面不断扩大，\
         全市成立行业协会商会党委18个。市工商联所属商会党委指导会员企业建立党支部46个。\n",
    );
    for (value, unit) in [(18.0, "个"), (46.0, "个")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.theme, Theme::EmergingSectorPartyBuilding);
        assert_eq!(fact.metric, None);
    }
}

/// The trade's firms a city has (现有快递企业46家) are its economy, context (heldout20's counted calls
/// changed this test, which had them as the workers' remit: tests/it/theme22.rs); the riders'
/// delivery stations are the workers' workplaces and stay theirs.
#[test]
fn courier_firms_counted_are_the_trades_stock() {
    let facts = facts_of(
        "kuaidi.txt",
        "西宁市新就业群体服务管理\n\
         2024年8月，西宁市委社会工作部介绍，全市现有快递企业46家、外卖配送站点120个。\n",
    );
    assert_eq!(find(&facts, 46.0, "家").theme, Theme::Other);
    assert_eq!(find(&facts, 120.0, "个").theme, Theme::NewEmploymentGroups);
}

#[test]
fn charity_donations_in_a_volunteering_review_are_context() {
    let facts = facts_of(
        "cishan.txt",
        "拉萨市志愿服务工作回顾\n\
         2024年12月，拉萨市委社会工作部介绍，全市志愿服务蓬勃发展，注册志愿者达到12万人。\
         全年志愿服务活动中募集慈善捐款320万元，无偿献血2600人次。\n",
    );
    assert_eq!(find(&facts, 3_200_000.0, "元").theme, Theme::Other);
    assert_eq!(find(&facts, 2600.0, "人次").theme, Theme::Other);
    assert_eq!(find(&facts, 120_000.0, "人").theme, Theme::Volunteers);
}

#[test]
fn volunteers_who_give_blood_are_still_volunteers() {
    // the remit word after the gift is the head: the counted thing is the volunteers
    let facts = facts_of(
        "xianxue.txt",
        "乌鲁木齐市志愿服务\n\
         2024年6月，乌鲁木齐市委社会工作部介绍，全市组建无偿献血志愿服务队，现有献血志愿者860名。\n",
    );
    assert_eq!(find(&facts, 860.0, "名").theme, Theme::Volunteers);
}

#[test]
fn a_paragraph_takes_the_remit_it_names_most_not_a_passing_one() {
    // the figure's sentence names no remit; its paragraph is about riders and couriers, with
    // one mention of volunteers among them
    let facts = facts_of(
        "qingliang.txt",
        "连云港市关爱新就业群体\n\
         2024年8月，连云港市委社会工作部介绍，全市持续关爱新就业群体，为外卖骑手、快递员办实事，\
         组织骑手志愿者参与社区治理，新就业群体归属感不断增强。今年夏天，全市开展“送清凉”活动，发放清凉包8000份。\n",
    );
    assert_eq!(find(&facts, 8000.0, "份").theme, Theme::NewEmploymentGroups);
}

#[test]
fn a_paragraph_on_social_organisations_party_building_is_emerging_sector_work() {
    // social organisations are named most, but as where party building happens
    let facts = facts_of(
        "shezu.txt",
        "西宁市社会组织党建\n\
         2024年9月，西宁市委社会工作部介绍，全市推进社会组织党建工作，社会组织、行业协会、\
         基金会按照“应建尽建”要求纳入管理。全年开展专题培训12次，培训骨干600人。\n",
    );
    assert_eq!(
        find(&facts, 600.0, "人").theme,
        Theme::EmergingSectorPartyBuilding
    );
}
