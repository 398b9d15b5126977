//! Themes of what a figure counts, on short articles written for these tests (themes11): a
//! station named for another purpose or people (成长驿站, 心灵驿站, 养老服务站) is no
//! new-employment station, so the remit its sentence names otherwise decides; 新时代文明实践
//! sites and their work are volunteering; the purchase of social-work services and the
//! agencies providing them are social work; charity money a charity body raises is context.

use crate::support::article;

use article::{facts_of, find};
use jianbao_facts::Theme;

#[test]
fn a_childrens_growth_station_is_no_workers_station() {
    let facts = facts_of(
        "chengzhang.txt",
        "青禾街道关爱儿童\n\
         2024年5月，青禾区委社会工作部介绍了全区志愿服务工作。\
         2024年5月，青禾街道志愿者协会介绍，协会依托“成长驿站”，今年以来开展课业辅导36场。\n",
    );
    assert_eq!(find(&facts, 36.0, "场").theme, Theme::Volunteers);
}

#[test]
fn a_counselling_station_is_no_workers_station() {
    let facts = facts_of(
        "xinling.txt",
        "柳湾社区社工站见闻\n\
         2024年3月，柳湾社区社工站介绍，社工在心灵驿站开展心理疏导，服务居民420人次。\n",
    );
    assert_eq!(find(&facts, 420.0, "人次").theme, Theme::SocialWorkers);
}

#[test]
fn an_old_peoples_station_is_no_workers_station() {
    let facts = facts_of(
        "yanglao.txt",
        "东坝镇敬老志愿行\n\
         2024年8月，东坝镇志愿服务队走进各村养老服务站，为老人理发、测血压，共服务老人150人次。\n",
    );
    assert_eq!(find(&facts, 150.0, "人次").theme, Theme::Volunteers);
}

#[test]
fn an_outdoor_workers_station_stays_theirs() {
    let facts = facts_of(
        "aixin.txt",
        "和平社区暖心服务\n\
         2024年7月，和平社区介绍，社区在路口设立爱心驿站，为快递员、外卖骑手提供饮水、充电，\
         累计服务2000人次。\n",
    );
    assert_eq!(
        find(&facts, 2000.0, "人次").theme,
        Theme::NewEmploymentGroups
    );
}

#[test]
fn practice_stations_built_are_volunteering() {
    let facts = facts_of(
        "shijianzhan.txt",
        "南溪镇文明实践全覆盖\n\
         2024年5月，南溪县委社会工作部介绍了全县志愿服务和社会组织工作。\
         2024年5月，南溪镇介绍，全镇已建成新时代文明实践站26个，实现村(社区)全覆盖。\n",
    );
    assert_eq!(find(&facts, 26.0, "个").theme, Theme::Volunteers);
}

#[test]
fn a_practice_stations_investment_is_volunteering() {
    let facts = facts_of(
        "touru.txt",
        "桥西社区阵地焕新\n\
         2024年9月，桥西区委社会工作部介绍了全区志愿服务工作。\
         2024年9月，桥西社区介绍，社区文明实践站投入资金48万元，完成网格议事厅和阅览室改造。\n",
    );
    assert_eq!(find(&facts, 480_000.0, "元").theme, Theme::Volunteers);
}

#[test]
fn a_practice_points_talks_are_volunteering() {
    let facts = facts_of(
        "xuanjiang.txt",
        "城关街道理论宣讲进网格\n\
         2024年10月，城关区委社会工作部介绍了全区志愿服务工作。\
         2024年10月，城关街道介绍，街道依托网格员队伍和各村实践点，今年以来开展理论宣讲46场。\n",
    );
    assert_eq!(find(&facts, 46.0, "场").theme, Theme::Volunteers);
}

#[test]
fn purchased_social_work_services_are_social_work() {
    let facts = facts_of(
        "goumai.txt",
        "西城区购买服务\n\
         2024年3月，西城区委社会工作部介绍了全区社会工作服务情况。\
         2024年3月，西城区民政局介绍，区里今年向社会组织购买社会工作服务项目46个。\n",
    );
    assert_eq!(find(&facts, 46.0, "个").theme, Theme::SocialWorkers);
}

#[test]
fn a_social_work_service_centres_figures_are_social_work() {
    let facts = facts_of(
        "zhongxin.txt",
        "北关街道引入专业力量\n\
         2024年5月，北关区委社会工作部介绍了全区社会工作服务情况。\
         2024年5月，北关街道介绍，街道引入社会组织，由阳光社会工作服务中心承接，\
         今年开展入户探访320次。\n",
    );
    assert_eq!(find(&facts, 320.0, "次").theme, Theme::SocialWorkers);
}

#[test]
fn social_work_agencies_hosted_are_social_work() {
    let facts = facts_of(
        "jigou.txt",
        "东湖区社会组织孵化\n\
         2024年7月，东湖区社会组织孵化基地介绍，基地现入驻社会工作机构9家。\n",
    );
    assert_eq!(find(&facts, 9.0, "家").theme, Theme::SocialWorkers);
}

#[test]
fn charity_money_a_foundation_raises_is_context() {
    let facts = facts_of(
        "jijinhui.txt",
        "清河区慈善一年\n\
         2024年12月，清河区委社会工作部介绍了全区社会组织和志愿服务工作。\
         2024年12月，清河区慈善基金会介绍，基金会全年募集善款320万元，用于助学、助医。\n",
    );
    assert_eq!(find(&facts, 3_200_000.0, "元").theme, Theme::Other);
}

#[test]
fn charity_funds_an_association_gathers_are_context() {
    let facts = facts_of(
        "lianhehui.txt",
        "江北区社会组织联合会送温暖\n\
         2024年1月，江北区委社会工作部介绍了全区社会组织和志愿服务工作。\
         2024年1月，江北区社会组织联合会介绍，会员单位春节前共筹集慈善资金85万元。\n",
    );
    assert_eq!(find(&facts, 850_000.0, "元").theme, Theme::Other);
}

#[test]
fn donations_a_charity_group_raises_are_context() {
    let facts = facts_of(
        "gongyi.txt",
        "东城区公益日\n\
         2024年9月，东城区委社会工作部介绍了全区社会组织和志愿服务工作。\
         2024年9月，东城区公益组织“爱心联盟”在公益日期间收到市民捐款46万元。\n",
    );
    assert_eq!(find(&facts, 460_000.0, "元").theme, Theme::Other);
}

#[test]
fn money_an_organisation_links_stays_its_work() {
    let facts = facts_of(
        "lianjie.txt",
        "南山区社会组织助困\n\
         2024年6月，南山区社会组织服务中心介绍，辖区社会组织链接善款120万元，帮扶困难家庭300户。\n",
    );
    assert_eq!(
        find(&facts, 1_200_000.0, "元").theme,
        Theme::SocialOrganizations
    );
}
