//! Care a community gives a group (themesasof15), on short articles written for these tests: in
//! a report on riders and couriers, the wishes a community collects, the care events it holds and
//! the packages it hands out are new-employment work even in a paragraph that opens on the
//! community's name; in a report on a community's own work they stay grassroots work.

use crate::support::article;

use article::{facts_of, find};
use jianbao_facts::Theme;

#[test]
fn wishes_a_community_collects_for_riders_are_new_employment_work() {
    let facts = facts_of(
        "xinyuan_a.txt",
        "外卖骑手的心愿有人接\n\
         2024年12月3日，一名外卖骑手在驿站心愿墙上写下想要一副护膝。\n\
         快递员、外卖骑手等新就业群体常年奔波在路上，骑手们的需求多种多样。\n\
         骑手小王说，冬天跑单最怕手脚冻僵。\n\
         目前，南湖社区已收到“微心愿”42个，其中35个已经实现。\n",
    );
    assert_eq!(find(&facts, 42.0, "个").theme, Theme::NewEmploymentGroups);
}

#[test]
fn care_events_and_packages_under_a_streets_name_are_new_employment_work() {
    let facts = facts_of(
        "guanai_b.txt",
        "快递小哥过了一个暖冬\n\
         2025年1月，快递小哥们在站点收到了街道送来的年货。\n\
         快递员老李说，这是他在城里过的第五个春节。\n\
         外卖骑手们也收到了热乎的饺子。\n\
         今年以来，西城街道河口社区开展暖心活动15场，送出新年礼包260份。\n",
    );
    assert_eq!(find(&facts, 15.0, "场").theme, Theme::NewEmploymentGroups);
    assert_eq!(find(&facts, 260.0, "份").theme, Theme::NewEmploymentGroups);
}

#[test]
fn care_services_told_after_a_community_are_new_employment_work() {
    let facts = facts_of(
        "fuwu_d.txt",
        "货车司机有了歇脚的驿站\n\
         2024年8月，网约车司机张师傅在加油站旁的驿站里喝上了凉茶。\n\
         网约车司机、货车司机等新就业群体大多在路边吃饭、休息。\n\
         今年以来，青峰社区为司机们提供关爱服务1300余人次。\n",
    );
    assert_eq!(
        find(&facts, 1300.0, "人次").theme,
        Theme::NewEmploymentGroups
    );
}

#[test]
fn care_in_a_report_on_a_communitys_own_work_stays_grassroots() {
    let facts = facts_of(
        "shequ_c.txt",
        "北塘社区网格治理有新招\n\
         2024年10月，北塘社区把辖区划分为12个网格，网格员每周入户走访。\n\
         社区议事会每月召开一次，居民的问题当场商量。\n\
         社区为独居老人收集“微心愿”56个。\n",
    );
    assert_eq!(find(&facts, 56.0, "个").theme, Theme::GrassrootsGovernance);
}
