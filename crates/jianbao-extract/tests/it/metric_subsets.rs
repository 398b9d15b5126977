//! Figures that count a part of a metric's stock, or a change of it, keep no metric; the stock
//! beside them keeps its own (data/metric-subsets.toml, catalog/subsets.rs). Short articles
//! written for these tests: party coverage by the kind of organisation it is over, organisations
//! of a place's people elsewhere (异地商会), units rated by a quoted slogan (“四好”商会), functional
//! party branches listed after the new ones, a list whose verb counts new things, a change
//! against another base year, workers stationed at a post, and 流动党员 a campaign found apart
//! from ones received.

use crate::support::article;

use article::{facts_of, find, metric};

#[test]
fn party_coverage_is_compared_by_the_kind_of_organisation_it_is_over() {
    let facts = facts_of(
        "fugai.txt",
        "安徽省新兴领域党建工作推进会召开\n\
         2024年12月，安徽省委社会工作部通报，全省非公有制企业党组织覆盖率达到86%，\
         社会组织党组织覆盖率达到72%。全省行业协会商会党组织覆盖率达到91%，力争2026年达到95%。\n",
    );
    assert_eq!(
        metric(&facts, 86.0, "%").as_deref(),
        Some("party.coverage_rate_nonpublic")
    );
    assert_eq!(
        metric(&facts, 72.0, "%").as_deref(),
        Some("party.coverage_rate_social_orgs")
    );
    assert_eq!(
        metric(&facts, 91.0, "%").as_deref(),
        Some("party.coverage_rate_associations")
    );
    // an aim keeps the metric of what it measures
    let aim = find(&facts, 95.0, "%");
    assert!(aim.target, "{aim:?}");
    assert_eq!(
        aim.metric.as_deref(),
        Some("party.coverage_rate_associations")
    );
}

#[test]
fn organisations_of_a_places_people_elsewhere_and_rated_ones_are_a_kind() {
    let facts = facts_of(
        "shanghui.txt",
        "赣州市推动商会规范发展\n\
         2024年12月，赣州市委社会工作部介绍，全市加强社会组织党建，推动社会组织和行业协会商会规范发展，全市共有行业协会商会386家。\
         市工商联指导各县在长三角、珠三角成立异地赣州商会14家，全年培育“四好”商会27家。\n",
    );
    assert_eq!(
        metric(&facts, 386.0, "家").as_deref(),
        Some("social_organizations.associations")
    );
    assert_eq!(metric(&facts, 14.0, "家"), None);
    assert_eq!(metric(&facts, 27.0, "家"), None);
}

#[test]
fn functional_branches_listed_after_new_ones_are_a_kind() {
    let facts = facts_of(
        "dangzhibu.txt",
        "南通市楼宇党建\n\
         2024年，南通市崇川区深化新兴领域党建工作，压实楼宇党建责任，按照应建尽建的要求，\
         在商务楼宇中成立党支部18个、功能性党支部45个。\n",
    );
    assert_eq!(
        metric(&facts, 18.0, "个").as_deref(),
        Some("party.orgs_established")
    );
    assert_eq!(metric(&facts, 45.0, "个"), None);
}

#[test]
fn every_item_of_a_list_whose_verb_counts_new_things_is_new() {
    let facts = facts_of(
        "peiyu.txt",
        "曲靖市社会组织孵化\n\
         2024年，曲靖市社会组织孵化基地运行良好，当年新培育公益慈善类组织36家、社区社会组织420个。\
         截至2024年底，全市社区社会组织达到5800个。\n",
    );
    assert_eq!(metric(&facts, 36.0, "家"), None);
    assert_eq!(metric(&facts, 420.0, "个"), None);
    assert_eq!(
        metric(&facts, 5800.0, "个").as_deref(),
        Some("social_organizations.community")
    );
}

#[test]
fn a_change_against_another_base_year_or_of_a_kind_is_no_year_on_year_change() {
    let facts = facts_of(
        "xinfangliang.txt",
        "德州市信访形势\n\
         2024年，德州市深化信访工作法治化，依法分类处理信访事项，压实信访工作责任，\
         全市信访总量同比下降8%，集体访同比下降12%。\n",
    );
    assert_eq!(
        metric(&facts, 8.0, "%").as_deref(),
        Some("petitions.volume_change")
    );
    assert_eq!(metric(&facts, 12.0, "%"), None);
    let since = facts_of(
        "xinfangbi.txt",
        "丽水市松阳县信访工作\n\
         2008年，松阳县推行领导干部下访，依法分类处理信访事项，压实信访工作责任，\
         全县信访总量比2004年减少46%，重复信访减少70%。\n",
    );
    assert_eq!(metric(&since, 46.0, "%"), None);
    assert_eq!(metric(&since, 70.0, "%"), None);
}

#[test]
fn workers_stationed_at_a_post_are_a_part_of_the_workforce() {
    let facts = facts_of(
        "zhuzhan.txt",
        "湖北省社会工作人才\n\
         截至2024年底，湖北省社会工作专业人才达到9.6万人，2.1万名社会工作者驻站开展服务。\n",
    );
    assert_eq!(
        metric(&facts, 96_000.0, "人").as_deref(),
        Some("social_workers.talent_pool")
    );
    // a part of the workforce, never its whole: the stations' staff have a row of their own
    assert_eq!(
        metric(&facts, 21_000.0, "名").as_deref(),
        Some("social_workers.station_staff")
    );
}

#[test]
fn mobile_party_members_are_counted_only_as_a_campaign_found_them() {
    let facts = facts_of(
        "liudong.txt",
        "郑州市流动党员管理\n\
         2024年，郑州市委社会工作部开展流动党员集中排查，压实基层党组织责任，共摸排出流动党员2300名。\
         市内商务楼宇党组织全年接纳流动党员640名。\n",
    );
    assert_eq!(
        metric(&facts, 2300.0, "名").as_deref(),
        Some("party.mobile_members_found")
    );
    assert_eq!(metric(&facts, 640.0, "名"), None);
}

#[test]
fn new_ones_named_between_the_wording_and_the_figure_are_a_change() {
    let facts = facts_of(
        "xinzeng.txt",
        "绍兴市新兴领域党建\n\
         2024年12月，绍兴市委社会工作部介绍，全市推进新兴领域党建扩面提质，\
         全年新兴领域党组织新增126个，全市新兴领域党组织达到4800个。\
         柯桥区新增新兴领域党组织38个。全市注册志愿者今年新增3.2万人。\n",
    );
    // new party organisations have a row of their own; other new ones none
    assert_eq!(
        metric(&facts, 126.0, "个").as_deref(),
        Some("party.orgs_established")
    );
    assert_eq!(
        metric(&facts, 38.0, "个").as_deref(),
        Some("party.orgs_established")
    );
    assert_eq!(metric(&facts, 32_000.0, "人"), None);
    assert_eq!(
        metric(&facts, 4800.0, "个").as_deref(),
        Some("party.emerging_orgs")
    );
}

#[test]
fn one_events_participants_are_no_stock() {
    let facts = facts_of(
        "huodong.txt",
        "台州市志愿服务\n\
         2024年3月，台州市委社会工作部组织学雷锋志愿服务活动，全市注册志愿者达到98万人。\
         此次活动共有志愿者120名参与，为群众提供义诊、家电维修等志愿服务。\n",
    );
    assert_eq!(
        metric(&facts, 980_000.0, "人").as_deref(),
        Some("volunteers.registered")
    );
    assert_eq!(metric(&facts, 120.0, "名"), None);
}

#[test]
fn the_commended_of_an_honour_keep_no_stock_metric() {
    // N个X入选/获奖/被评为……: the figure counts the commended; the stock beside keeps its row,
    // and an aside that mentions an award (获奖项目经验) tells no honour of its figure
    let facts = facts_of(
        "rongyu.txt",
        "江苏省淮安市志愿服务工作推进会召开\n\
         2025年11月，淮安市共有志愿服务组织420个，注册志愿者38万名。全市5个志愿服务组织入选全省先进典型，\
         另有6个志愿服务项目在全省志愿服务项目大赛上获奖，9个社区被评为全省志愿服务示范社区。\
         清河区组建了以12名持证社会工作者（其中3名具备省级获奖项目经验）为核心的服务队伍。\n",
    );
    assert_eq!(
        metric(&facts, 420.0, "个").as_deref(),
        Some("volunteers.organizations")
    );
    for (value, unit) in [(5.0, "个"), (6.0, "个"), (9.0, "个")] {
        assert_eq!(metric(&facts, value, unit), None, "{value}{unit}");
    }
    assert_eq!(
        metric(&facts, 12.0, "名").as_deref(),
        Some("social_workers.certified")
    );
}

#[test]
fn the_commended_of_an_honour_are_labelled_as_such() {
    // the label says what the counted received, so a table row never reads as the stock
    let facts = facts_of(
        "rongyu_labels.txt",
        "江苏省淮安市志愿服务工作推进会召开\n\
         2025年11月，淮安市共有志愿服务组织420个。全市5个志愿服务组织入选全省先进典型，\
         另有6个志愿服务项目在全省志愿服务项目大赛上获奖，9个社区被评为全省志愿服务示范社区。\n",
    );
    let label = |value: f64| find(&facts, value, "个").label.clone();
    assert_eq!(
        [label(420.0), label(5.0), label(6.0), label(9.0)],
        [
            "志愿服务组织",
            "入选全省先进典型的志愿服务组织",
            "在全省志愿服务项目大赛上获奖的志愿服务项目",
            "被评为全省志愿服务示范社区的社区",
        ]
    );
}
