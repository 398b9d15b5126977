//! Aims read as reported figures, and reported figures that must not become aims (awards7): a
//! future-marked headline over a body that tells the same count plainly, 还将 after a reported
//! figure, 将有, 将…评定/表彰, a plan's list after its colon; and 已将, 将 of a past year, 即将
//! with a date past the article's, a verb that only describes the noun of a disposal 将, 将有条件
//! 的…, an event's own arrangements (此次…将有). One short article in our own words each.

use crate::support::article;

use article::{facts_of, find};

/// A dated page about a city's social-work department, with `body` as its text under `title`
/// after a lead on the department's meeting.
fn page(title: &str, body: &str) -> String {
    format!("{title}\n发布时间：2025-04-10 10:00\n湖州市委社会工作部近日召开全市社会工作推进会。{body}\n")
}

fn target_of(title: &str, body: &str, value: f64, unit: &str) -> (bool, Option<String>) {
    let facts = facts_of("a.txt", &page(title, body));
    let f = find(&facts, value, unit);
    (f.target, f.as_of.clone())
}

const TITLE: &str = "湖州市推进新就业群体服务工作";

#[test]
fn a_future_headline_makes_the_same_count_in_the_body_an_aim_of_the_year() {
    let title = "湖州市今年将建30个新就业群体服务驿站";
    let body = "记者从湖州市委社会工作部获悉，今年，湖州市在商圈、园区新建30个新就业群体服务驿站，为快递员、外卖骑手提供休息服务。目前，全市已有30个社区建立志愿服务队。";
    assert_eq!(
        target_of(title, body, 30.0, "个"),
        (true, Some("2025".into()))
    );
    let facts = facts_of("a.txt", &page(title, body));
    let teams = facts
        .iter()
        .find(|f| f.value == 30.0 && f.quote.contains("已有"))
        .expect("the reported count of communities");
    assert!(!teams.target, "a reported count is no aim: {teams:#?}");
}

#[test]
fn hai_jiang_after_a_reported_figure_sets_an_aim_even_before_a_preposition() {
    let body = "截至3月底，全市已有驿站215个，今年还将为5000名快递员、外卖骑手提供免费体检。";
    assert!(!target_of(TITLE, body, 215.0, "个").0);
    assert_eq!(
        target_of(TITLE, body, 5000.0, "名"),
        (true, Some("2025".into()))
    );
}

#[test]
fn jiang_you_counts_what_is_to_happen_but_not_a_disposal_of_a_described_noun() {
    let body = "今年全市将有50个社区完成社会工作服务站标准化建设。全区将有条件的80个社区纳入志愿服务试点。";
    assert_eq!(
        target_of(TITLE, body, 50.0, "个"),
        (true, Some("2025".into()))
    );
    assert!(!target_of(TITLE, body, 80.0, "个").0);
}

#[test]
fn jiang_before_awarding_verbs_sets_aims() {
    let body = "下半年，市委社会工作部将评定20个星级志愿服务组织，还将表彰100名优秀志愿者。";
    assert!(target_of(TITLE, body, 20.0, "个").0);
    assert!(target_of(TITLE, body, 100.0, "名").0);
}

#[test]
fn a_plans_list_after_its_colon_is_aims() {
    let body = "2025年工作计划：新建驿站30个，培训社会工作者500人次。";
    assert!(target_of(TITLE, body, 30.0, "个").0);
    assert!(target_of(TITLE, body, 500.0, "人次").0);
}

#[test]
fn what_was_done_with_jiang_is_no_aim() {
    let body = "全市已将120个服务站点纳入统一管理，已将驿站覆盖率提升至85%。2023年，全市将驿站数量提升至150个。";
    assert!(!target_of(TITLE, body, 85.0, "%").0, "已将: done");
    assert!(!target_of(TITLE, body, 150.0, "个").0, "a past year's 将");
}

#[test]
fn ji_jiang_with_a_date_past_the_articles_is_no_aim() {
    let body = "即将于2024年底建成的驿站有12个。即将于2025年底建成的驿站有18个。";
    assert!(!target_of(TITLE, body, 12.0, "个").0);
    assert!(target_of(TITLE, body, 18.0, "个").0);
}

#[test]
fn a_verb_that_describes_the_object_of_jiang_is_no_aim() {
    let body = "各区将新建的40个驿站纳入地图导航。各区将新建驿站60个。";
    assert!(!target_of(TITLE, body, 40.0, "个").0);
    assert!(target_of(TITLE, body, 60.0, "个").0);
}

#[test]
fn an_events_own_arrangements_are_reported() {
    let body =
        "义诊活动当天启动。此次全县将有21家医疗卫生单位参与，为新就业群体劳动者提供体检服务。";
    assert!(!target_of(TITLE, body, 21.0, "家").0);
}

#[test]
fn more_verbs_and_openers_of_a_plan_after_jiang() {
    let body = "下一步，市委社会工作部还将新设户外劳动者驿站20个，将面向社会遴选50名新就业群体志愿服务骨干。";
    assert!(target_of(TITLE, body, 20.0, "个").0);
    assert!(target_of(TITLE, body, 50.0, "名").0);
}

#[test]
fn a_headline_aim_counts_the_same_thing_in_a_unit_of_its_family() {
    let title = "湖州市将培育30家新就业群体友好商户";
    let body = "今年，湖州市在各区培育新就业群体友好商户30个，为快递员、外卖骑手提供歇脚服务。";
    assert!(target_of(title, body, 30.0, "个").0);
}
