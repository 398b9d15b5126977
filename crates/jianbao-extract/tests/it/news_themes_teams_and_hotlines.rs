//! Themes of figures whose paragraph names no remit (theme12), on short articles written for
//! these tests: a feature on one team says once, in its lead, that its members are volunteers and
//! then tells its deeds in paragraphs that name no remit again (the article's remit decides, not
//! `other`); a hotline's or a petitions office's bulletin names its channel in the headline or
//! the lead and then counts complaints by kind (what the channel receives is petitions).

use crate::support::article;

use article::{facts_of, find};
use jianbao_facts::Theme;

#[test]
fn a_volunteer_rescue_teams_deeds_are_volunteering() {
    let facts = facts_of(
        "qingsong.txt",
        "山里的守护者\n\
         2024年6月，县委社会工作部介绍，青松应急救援队是全县注册的志愿服务组织，队员都是志愿者。\n\
         去年夏天，山洪过后，队员们连续奋战三天，转移被困群众80余名。\n\
         两年来，这支队伍还组织了40多场急救培训。\n",
    );
    assert_eq!(find(&facts, 80.0, "名").theme, Theme::Volunteers);
    assert_eq!(find(&facts, 40.0, "场").theme, Theme::Volunteers);
}

#[test]
fn a_volunteer_groups_later_paragraphs_keep_its_remit() {
    let facts = facts_of(
        "hehu.txt",
        "护河人的一年\n\
         2024年3月，区委社会工作部介绍，清溪镇护河志愿服务队是全区志愿服务品牌，队员多为退休教师志愿者。\n\
         一年来，队员们沿河巡查120余次，劝阻垂钓、游泳等行为300余人次。\n",
    );
    assert_eq!(find(&facts, 120.0, "次").theme, Theme::Volunteers);
    assert_eq!(find(&facts, 300.0, "人次").theme, Theme::Volunteers);
}

#[test]
fn a_places_people_stay_context_in_a_volunteers_story() {
    let facts = facts_of(
        "yigong.txt",
        "南岭县义工下乡\n\
         2024年5月，县委社会工作部介绍，南岭县义工联合会是全县注册的志愿服务组织，会员都是志愿者。\n\
         5月，联合会的医疗分队走进石门村。石门村常住人口1200余人，多为老人和儿童。\n\
         当天，队员中的医生为村民义诊160人次。\n",
    );
    assert_eq!(find(&facts, 1200.0, "人").theme, Theme::Other);
    assert_eq!(find(&facts, 160.0, "人次").theme, Theme::Volunteers);
}

#[test]
fn complaints_counted_after_a_hotline_headline_are_petitions() {
    let facts = facts_of(
        "rexian.txt",
        "上月12345热线受理市民来电4200余个\n\
         2024年4月，记者从市政务服务中心了解到，上月全市共受理市民来电4200余个。\n\
         从类别看，噪音扰民问题投诉有85件，房屋漏水问题投诉有63件。\n",
    );
    assert_eq!(find(&facts, 85.0, "件").theme, Theme::PetitionsAndProposals);
    assert_eq!(find(&facts, 63.0, "件").theme, Theme::PetitionsAndProposals);
}

#[test]
fn letters_counted_in_a_petitions_offices_paragraph_are_petitions() {
    let facts = facts_of(
        "laixin.txt",
        "县里通报一季度群众来信情况\n\
         2024年4月，县委社会工作部、县信访局通报一季度信访工作情况。\n\
         其中，反映征地补偿问题的来信有42件，反映拖欠工资的举报有17件。\n",
    );
    assert_eq!(find(&facts, 42.0, "件").theme, Theme::PetitionsAndProposals);
    assert_eq!(find(&facts, 17.0, "件").theme, Theme::PetitionsAndProposals);
}

#[test]
fn complaints_with_no_channel_named_are_not_petitions() {
    let facts = facts_of(
        "xiaofei.txt",
        "春节消费维权情况\n\
         2024年2月，区委社会工作部介绍了全区志愿服务和社会工作情况。\n\
         区市场监管局介绍，节日期间共处理商品质量投诉56件。\n",
    );
    assert_ne!(find(&facts, 56.0, "件").theme, Theme::PetitionsAndProposals);
}

#[test]
fn a_parks_firms_and_output_are_its_profile() {
    let facts = facts_of(
        "yuanqu.txt",
        "东湖园区党建引领发展\n\
         2024年6月，东湖园区党委介绍，园区两新组织党建工作联盟已吸纳成员单位30家。\
         园区现有规上工业企业45家、国家高新技术企业18家，2023年工业产值达62亿元。\n",
    );
    assert_eq!(find(&facts, 45.0, "家").theme, Theme::Other);
    assert_eq!(find(&facts, 18.0, "家").theme, Theme::Other);
    assert_eq!(find(&facts, 6_200_000_000.0, "元").theme, Theme::Other);
}

#[test]
fn party_organisations_built_in_a_parks_firms_stay_party_building() {
    let facts = facts_of(
        "yuanqu2.txt",
        "西岭园区两新党建\n\
         2024年6月，西岭园区党委在27家规上企业中建立党组织，实现党的组织全覆盖。\n",
    );
    assert_eq!(
        find(&facts, 27.0, "家").theme,
        Theme::EmergingSectorPartyBuilding
    );
}
