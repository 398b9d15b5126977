//! Units and people picked out by an honour (优秀, 先进, 模范, 十佳, 最美 right before the counted
//! noun) are a distinguished kind within the stock, like 试点 or 示范: a count of them sets no
//! stock metric, or a briefing would compare fourteen commended organisations with another
//! place's seven hundred. Short articles written for this test.

use crate::support::article;

use article::{facts_of, metric};

#[test]
fn honoured_units_and_people_keep_no_stock_metric() {
    let facts = facts_of(
        "youxiu.txt",
        "某市召开志愿服务组织座谈会\n\
         2025年1月，某市委社会工作部召开全市志愿服务组织座谈会，全市14家优秀志愿服务组织代表参加。\
         截至2024年底，全市共有志愿服务组织700个，注册志愿者52万人。\n",
    );
    assert_eq!(metric(&facts, 14.0, "家"), None);
    assert_eq!(
        metric(&facts, 700.0, "个").as_deref(),
        Some("volunteers.organizations")
    );
}

#[test]
fn advanced_and_model_units_are_a_kind_too() {
    let facts = facts_of(
        "xianjin.txt",
        "某省社会组织工作会议\n\
         2025年3月，某省委社会工作部召开全省社会组织工作会议。会议表彰了32家先进社会组织和15名模范社区工作者，\
         评出十佳志愿服务队伍10支。截至2024年底，全省共有社会组织4.2万家，社区工作者18万名。\n",
    );
    assert_eq!(metric(&facts, 32.0, "家"), None);
    assert_eq!(metric(&facts, 15.0, "名"), None);
    assert_eq!(metric(&facts, 10.0, "支"), None);
    assert_eq!(
        metric(&facts, 42_000.0, "家").as_deref(),
        Some("social_organizations.total")
    );
}
