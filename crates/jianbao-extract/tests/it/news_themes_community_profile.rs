//! Themes of a community's profile (theme13), on short articles written for these tests: a
//! place's size and a community's office space, told where the community is introduced, are
//! context (`other`), while the floor space of a centre named by its remit keeps the remit.

use crate::support::article;

use article::{facts_of, find};
use jianbao_facts::Theme;

#[test]
fn a_communitys_size_and_office_space_are_context() {
    let facts = facts_of(
        "shequ_a.txt",
        "青石社区：志愿服务暖人心\n\
         2024年5月，区委社会工作部介绍，青石社区位于城区东部，辖区总面积12万平方米，社区办公用房面积420平方米。\n\
         社区组建志愿服务队6支，注册志愿者380名。\n",
    );
    assert_eq!(find(&facts, 120000.0, "平方米").theme, Theme::Other);
    assert_eq!(find(&facts, 420.0, "平方米").theme, Theme::Other);
    assert_eq!(find(&facts, 380.0, "名").theme, Theme::Volunteers);
}

#[test]
fn a_communitys_area_beside_its_grid_work_is_context() {
    let facts = facts_of(
        "jiedao_b.txt",
        "东湖街道网格化治理见实效\n\
         2024年3月，区委社会工作部介绍，东湖街道兴华社区总面积9.5万平方米，社区配备专职网格员16名，化解矛盾纠纷30余件。\n",
    );
    assert_eq!(find(&facts, 95000.0, "平方米").theme, Theme::Other);
}

#[test]
fn a_remits_own_centre_keeps_its_floor_space() {
    let facts = facts_of(
        "zhongxin_c.txt",
        "城南街道党群服务中心启用\n\
         2024年6月，城南街道党群服务中心正式启用，党群服务中心办公面积达到1200平方米，每月开展活动20余场。\n",
    );
    assert_ne!(find(&facts, 1200.0, "平方米").theme, Theme::Other);
}
