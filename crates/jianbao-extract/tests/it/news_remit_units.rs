//! Pages about one unit of the remit that name its general words once at most: a community
//! volunteer team, a civilian rescue team of volunteers, a rest station for couriers and riders.
//! Such a page names its unit (服务队, 救援队, 驿站) again and again; the unit counts towards the
//! page's relevance only where the page frames it as volunteering, charity or the work for the new
//! employment groups. Each article is written for these tests, one per wording; each must give its
//! figures, and pages with the same units off the remit (a tourist post, a fire brigade's rescue)
//! must give none.

use crate::support::article;

use article::{facts_of, find};

#[test]
fn a_page_about_one_team_or_station_of_the_remit_is_on_topic() {
    for (text, value, unit) in [
        (
            "“银发”服务队:小巷里的热心人\n\n城东街道桂花社区“银发”服务队成立于2018年3月,\
             现有队员45人,多是退休教师和医生。服务队坚持每周巡楼,帮独居老人买菜、修水电。\
             几年来,服务队开展志愿服务180余场次,结对帮扶困难家庭32户,队员们说,能帮就帮是\
             她们的志愿。\n",
            45.0,
            "人",
        ),
        (
            "山野里的守望者\n\n他们白天是教师、司机、店主,一接到求助就成了救援队员。\
             这支由志愿者自发组成的飞鹰救援队,现有队员86人,全靠热心公益的市民捐助装备。\
             成立以来,救援队参与山地搜救和防汛抢险120余次,找回走失群众60多名。\n",
            86.0,
            "人",
        ),
        (
            "户外劳动者有了歇脚地\n\n近日,新华路户外劳动者驿站正式启用,快递员、网约配送员、\
             环卫工人可在驿站免费喝水、充电、热饭。截至目前,全县已建成此类驿站12个,\
             外卖小哥们纷纷点赞。\n",
            12.0,
            "个",
        ),
    ] {
        let facts = facts_of("unit.txt", text);
        find(&facts, value, unit);
    }
}

#[test]
fn pages_with_the_same_units_off_the_remit_give_nothing() {
    for text in [
        // a tourist post: 驿站 without any frame
        "景区新添旅游驿站\n\n国庆前夕,山水景区新建旅游驿站6个,游客可在驿站休憩、购买饮品、\
         租借雨具。截至目前,景区共有游客服务驿站15个,日均接待游客3000人次。\n",
        // a fire brigade's mountain rescue: 救援队 without volunteering or charity
        "消防救援队连夜搜救被困驴友\n\n10月3日晚,5名驴友在北山迷路被困。消防救援队接警后\
         出动救援人员28名、车辆6辆,经过8小时搜索,将被困人员全部救出。\n",
        // a mountain rescue naming a volunteer once in passing
        "救援队山中搜救走失老人\n\n接到报警后,县应急救援队出动队员40名,一名志愿者提供了线索,\
         救援队搜索12小时后找到老人。\n",
    ] {
        let facts = facts_of("off.txt", text);
        assert!(facts.is_empty(), "{text}: {facts:#?}");
    }
}
