//! Themes of neighbouring remits on short articles written for these tests: the political
//! education of private entrepreneurs and chambers is party work in the new sectors, charity
//! beside volunteering is context, and a social-work station's figures stay social work when it
//! works through volunteers.

use crate::support::article;

use article::{facts_of, find};
use jianbao_facts::Theme;

#[test]
fn entrepreneurs_political_education_is_emerging_sector_party_building() {
    let facts = facts_of(
        "qiyejia.txt",
        "临川市加强非公有制经济人士理想信念教育\n\
         2024年10月，临川市委社会工作部介绍，全市深化非公有制企业和行业协会商会党建工作，\
         以党建引领非公有制经济健康发展。今年以来，全市分批次开展民营企业家理想信念教育，覆盖非公有制经济人士5200人次。\n\
         市里组织120名新生代企业家赴革命老区开展红色教育。\n",
    );
    for (value, unit) in [(5200.0, "人次"), (120.0, "名")] {
        assert_eq!(
            find(&facts, value, unit).theme,
            Theme::EmergingSectorPartyBuilding,
            "{value}{unit}"
        );
    }
}

#[test]
fn figures_of_an_entrepreneurs_training_take_its_remit() {
    let facts = facts_of(
        "peixun.txt",
        "株洲市非公有制企业党建工作\n\
         2024年10月，株洲市委社会工作部介绍，全市深化非公有制企业党建工作，\
         以党建引领非公有制经济健康发展，推动党建工作与企业发展深度融合。\n\
         今年以来，全市商会围绕新生代企业家成长需求，分批次开展集中学习，累计参训学员4300人次。\n",
    );
    assert_eq!(
        find(&facts, 4300.0, "人次").theme,
        Theme::EmergingSectorPartyBuilding
    );
}

#[test]
fn chambers_taking_part_in_political_education_are_party_work() {
    let facts = facts_of(
        "shanghui.txt",
        "云川区行业协会商会党建工作\n\
         2024年9月，云川区委社会工作部介绍，全区持续推进行业协会商会党建工作。\n\
         区里指导23家商会开展主题教育，各商会结合自身特点开展专题宣讲32场。\n\
         全区共有商会41家。\n",
    );
    assert_eq!(
        find(&facts, 23.0, "家").theme,
        Theme::EmergingSectorPartyBuilding
    );
    assert_eq!(
        find(&facts, 32.0, "场").theme,
        Theme::EmergingSectorPartyBuilding
    );
    // the chambers' own stock stays theirs
    assert_eq!(find(&facts, 41.0, "家").theme, Theme::SocialOrganizations);
}

#[test]
fn charity_raised_beside_volunteers_is_context() {
    let facts = facts_of(
        "cishan.txt",
        "东林区志愿服务工作\n\
         2024年12月，东林区委社会工作部介绍，全区志愿服务蓬勃发展，志愿者队伍不断壮大。\n\
         今年，全区志愿者积极参与“99公益日”活动，各社区设立慈善基金23个，\
         发放救助物资价值49万元。\n\
         全区注册志愿者达15万人。\n",
    );
    assert_eq!(find(&facts, 23.0, "个").theme, Theme::Other);
    assert_eq!(find(&facts, 490_000.0, "元").theme, Theme::Other);
    assert_eq!(find(&facts, 150_000.0, "人").theme, Theme::Volunteers);
}

#[test]
fn a_social_work_stations_outcomes_stay_social_work_when_volunteers_help() {
    let facts = facts_of(
        "shegongzhan.txt",
        "南川市乡镇社工站服务成效明显\n\
         2024年11月，南川市委社会工作部介绍，全市乡镇（街道）社工站实现全覆盖。\n\
         今年以来，各社工站链接志愿者力量，走访困难老人2300户。\n",
    );
    assert_eq!(find(&facts, 2300.0, "户").theme, Theme::SocialWorkers);
}

#[test]
fn party_members_among_new_employment_workers_are_that_group() {
    let facts = facts_of(
        "huoche.txt",
        "衡阳市货车司机关心关爱\n\
         2024年8月，衡阳市委社会工作部介绍，全市持续做好新就业群体党建和关心关爱工作，\
         在物流园区设立“司机之家”，为货车司机等新就业群体提供休息、餐饮等服务。\n\
         今年以来，全市摸排货车司机党员38名，新建物流行业党支部6个。\n",
    );
    assert_eq!(find(&facts, 38.0, "名").theme, Theme::NewEmploymentGroups);
    assert_eq!(
        find(&facts, 6.0, "个").theme,
        Theme::EmergingSectorPartyBuilding
    );
}

#[test]
fn an_entrepreneurs_course_is_no_social_work_training_course() {
    let facts = facts_of(
        "peixunban.txt",
        "株洲市非公有制经济人士教育培训\n\
         2024年10月，株洲市委社会工作部介绍，全市深化非公有制企业和行业协会商会党建工作，\
         以党建引领非公有制经济健康发展。\n\
         今年以来，全市举办民营企业家理想信念教育培训班6期。\n",
    );
    let course = find(&facts, 6.0, "期");
    assert_eq!(course.theme, Theme::EmergingSectorPartyBuilding);
    assert_eq!(course.metric, None);
}

#[test]
fn couriers_named_by_their_trade_are_new_employment_workers() {
    let facts = facts_of(
        "kuaidi.txt",
        "湘潭市岳塘区新就业群体服务\n\
         2024年7月，岳塘区委社会工作部介绍，全区聚焦新就业群体急难愁盼，推进新就业群体党建和关爱服务。\n\
         岳塘区物流园区集中，辖区现有快递从业人员3000余人。\n",
    );
    assert_eq!(find(&facts, 3000.0, "人").theme, Theme::NewEmploymentGroups);
}
