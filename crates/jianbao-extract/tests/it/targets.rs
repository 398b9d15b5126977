//! Aims and survey samples, one short article in our own words per phenomenon: each aim cue, the
//! disposal 将, 目标任务 as a count, a survey's sample, and an aim and a report of the same value
//! kept apart.

use crate::support::article;

use article::{facts_of, find};

/// A dated page about a city's social-work meeting, with `body` as its text.
fn page(body: &str) -> String {
    format!("某市召开社会工作推进会\n发布时间：2025-05-20 10:00\n某市社会工作部近日召开全市社会工作推进会。{body}\n")
}

fn target_of(body: &str, value: f64, unit: &str) -> (bool, Option<String>) {
    let facts = facts_of("a.txt", &page(body));
    let f = find(&facts, value, unit);
    (f.target, f.as_of.clone())
}

#[test]
fn li_zheng_sets_an_aim_for_its_year() {
    let body = "截至2025年4月底，全市持证社会工作者已有3200人。会议提出，力争到2027年底，全市持证社会工作者达到5000人。";
    assert_eq!(target_of(body, 5000.0, "人"), (true, Some("2027".into())));
    assert!(!target_of(body, 3200.0, "人").0);
}

#[test]
fn zheng_qu_with_a_verb_is_an_aim_and_funds_obtained_are_not() {
    let body = "全市争取年内新建社区志愿服务站30个。各区积极争取上级资金300万元。";
    assert!(target_of(body, 30.0, "个").0);
    assert!(!target_of(body, 3_000_000.0, "元").0);
}

#[test]
fn mu_biao_wei_is_an_aim_and_mu_biao_ren_wu_counts_items() {
    let body = "全年培育社区社会组织的目标为200家。方案制定目标任务22项。";
    assert!(target_of(body, 200.0, "家").0);
    assert!(!target_of(body, 22.0, "项").0);
}

#[test]
fn ji_hua_before_a_verb_is_an_aim_but_family_planning_is_not() {
    let body = "今年全市计划新建新就业群体服务驿站40个。全市计划生育协会现有会员1200人。";
    assert!(target_of(body, 40.0, "个").0);
    assert!(!target_of(body, 1200.0, "人").0);
}

#[test]
fn yu_ji_is_an_estimate_but_beyond_the_estimate_is_a_report() {
    let body =
        "驿站预计全年服务快递员、外卖骑手5000人次。志愿服务活动吸引了超出预计的800名志愿者参加。";
    assert!(target_of(body, 5000.0, "人次").0);
    assert!(!target_of(body, 800.0, "名").0);
}

#[test]
fn ni_and_que_bao_set_aims() {
    let body = "市社会工作部拟招募社区志愿者100名。各区要确保年底前社会工作服务站覆盖率达到100%。";
    assert!(target_of(body, 100.0, "名").0);
    assert!(target_of(body, 100.0, "%").0);
}

#[test]
fn jiang_before_a_change_verb_is_an_aim_the_disposal_jiang_is_not() {
    let body = "全市注册志愿者将提升至60万人。本市将1429个党组织设进商务楼宇。";
    assert!(target_of(body, 600_000.0, "人").0);
    assert!(!target_of(body, 1429.0, "个").0);
}

#[test]
fn hai_jiang_with_a_verb_is_an_aim() {
    let body = "2025年还将增加志愿服务站100个。";
    assert!(target_of(body, 100.0, "个").0);
}

#[test]
fn until_a_later_year_with_a_change_verb_is_an_aim() {
    let body = "到2026年，全市社区社会组织达到1500家。到2024年底，全市社区社会组织达到1200家。";
    assert_eq!(target_of(body, 1500.0, "家"), (true, Some("2026".into())));
    assert!(
        !target_of(body, 1200.0, "家").0,
        "a year already past is a report"
    );
}

#[test]
fn a_survey_sample_has_no_metric_but_its_shares_keep_theirs() {
    let body = "课题组对162名社区工作者开展问卷调查，回收有效问卷158份。调查显示，全市社区工作者共有5600名。";
    let facts = facts_of("a.txt", &page(body));
    assert_eq!(find(&facts, 162.0, "名").metric, None);
    assert_eq!(find(&facts, 158.0, "份").metric, None);
    let workforce = find(&facts, 5600.0, "名");
    assert!(workforce.metric.is_some(), "{workforce:#?}");
}

#[test]
fn a_target_and_a_report_of_the_same_value_stay_two_facts() {
    let one = "截至2025年4月底，全市社会工作服务站覆盖率为90%。";
    let other = "某区召开社会工作推进会\n发布时间：2025-05-20 10:00\n某市社会工作部近日召开全市社会工作推进会。力争到2027年，全市社会工作服务站覆盖率达到90%。\n";
    let sources = jianbao_extract::Sources::from_texts(
        vec![
            ("a.txt".to_owned(), page(one)),
            ("b.txt".to_owned(), other.to_owned()),
        ],
        jianbao_facts::Manifest::default(),
    );
    let facts = jianbao_extract::extract(&sources, &jianbao_extract::default_catalog()).facts;
    let nineties: Vec<_> = facts
        .iter()
        .filter(|f| f.value == 90.0 && f.unit == "%")
        .collect();
    assert_eq!(nineties.len(), 2, "{facts:#?}");
    assert_ne!(nineties[0].id, nineties[1].id);
    assert_eq!(nineties.iter().filter(|f| f.target).count(), 1);
}

#[test]
fn a_figure_named_the_aim_after_it_is_an_aim() {
    let body = "全市社区志愿服务站点覆盖率达到92%，高于省里要求的80%的目标。";
    assert!(target_of(body, 80.0, "%").0);
    assert!(!target_of(body, 92.0, "%").0);
}

#[test]
fn an_aim_for_the_end_of_a_plan_period_is_dated_its_last_year() {
    let body = "到“十五五”末，全市持证社会工作者将提升至8000人以上。";
    assert_eq!(target_of(body, 8000.0, "人"), (true, Some("2030".into())));
}

#[test]
fn a_report_up_to_a_date_of_this_year_is_no_aim() {
    let body = "截至2025年4月底，全市持证社会工作者达到3200人，社会工作服务站覆盖率为75.3%。";
    assert!(!target_of(body, 3200.0, "人").0);
    assert!(!target_of(body, 75.3, "%").0);
}

#[test]
fn mu_biao_shi_you_wang_and_yu_qi_set_aims() {
    let body = "全区的目标是新建社区志愿服务站25个。新就业群体服务驿站有望突破300个。项目预期带动社区志愿者800名参与。";
    assert!(target_of(body, 25.0, "个").0);
    assert!(target_of(body, 300.0, "个").0);
    assert!(target_of(body, 800.0, "名").0);
}

#[test]
fn the_people_or_bodies_a_survey_asked_have_no_metric() {
    let body = "课题组调查了60家社会组织。受访的300名社区工作者中，持证社会工作者占比为41%。全市社区工作者共有5600名。";
    let facts = facts_of("a.txt", &page(body));
    assert_eq!(find(&facts, 60.0, "家").metric, None);
    assert_eq!(find(&facts, 300.0, "名").metric, None);
    assert!(find(&facts, 5600.0, "名").metric.is_some());
}
