//! Aims as plans and work reports write them (targets21): the aim's words in the figure's own
//! clause (计划招聘的N名, a change 由A调整为B whose B is the aim and A the baseline), the reach of
//! an aim word over the list its lead opens (将围绕……, 新建N个, 打造M个; 力争……;……), a deadline
//! (今年底前, 2026年底前) as an aim's date, and what is no aim: a plan's completion rate, an
//! estimate an outcome is told against, 计划生育, a list item with a time of its own, a cue that
//! ends an item. One short article in our own words each.

use crate::support::article;

use article::{facts_of, find};

/// A page of a district's social-work department dated 2025-05-12, with `body` after its lead.
fn page(body: &str) -> String {
    format!(
        "滨江区推进社会工作和新就业群体服务\n发布时间：2025-05-12 09:30\n滨江区委社会工作部近日召开全区社会工作推进会。{body}\n"
    )
}

/// Whether the fact of `value` `unit` in `body` is an aim, and its `as_of`.
fn target_of(body: &str, value: f64, unit: &str) -> (bool, Option<String>) {
    let facts = facts_of("a.txt", &page(body));
    let f = find(&facts, value, unit);
    (f.target, f.as_of.clone())
}

fn aim_of(year: &str) -> (bool, Option<String>) {
    (true, Some(year.into()))
}

#[test]
fn a_planned_count_after_the_verb_and_de_is_the_plans() {
    for (body, value, unit) in [
        (
            "据介绍，全区计划招聘的60名社区工作者将全部充实到社区一线。",
            60.0,
            "名",
        ),
        (
            "今年拟开展的24个公益创投项目涵盖助老、助残和青少年服务。",
            24.0,
            "个",
        ),
        ("街道预计招募的150名楼栋志愿者将在6月前到岗。", 150.0, "名"),
    ] {
        assert!(target_of(body, value, unit).0, "{body}");
    }
    // the disposal 将 of a noun a verb describes stays a report
    let body = "全区已将新建的45个驿站纳入统一管理。";
    assert!(!target_of(body, 45.0, "个").0);
}

#[test]
fn a_change_from_a_baseline_sets_its_end_as_the_aim() {
    let body = "方案提出，计划将全区城市社区由126个调整为138个。";
    assert!(!target_of(body, 126.0, "个").0, "the baseline");
    assert_eq!(target_of(body, 138.0, "个"), aim_of("2025"));
    let body = "今年全区将社区工作者持证率由55%提高到70%。";
    assert!(!target_of(body, 55.0, "%").0, "the baseline");
    assert!(target_of(body, 70.0, "%").0);
    let body = "区里将从300名候选人中评选出20名最美社工。";
    assert!(!target_of(body, 300.0, "名").0, "the pool");
    assert!(target_of(body, 20.0, "名").0);
    // 由 of a make-up keeps its figure as it was
    let body = "服务队由35名社工和志愿者组成。";
    assert!(!target_of(body, 35.0, "名").0);
}

#[test]
fn a_lead_in_with_no_verb_reaches_the_clauses_that_follow() {
    let body = "今年，园区党委将以党建为引领，新建党群服务站6个，打造红色楼宇4栋。";
    assert_eq!(target_of(body, 6.0, "个"), aim_of("2025"));
    assert_eq!(target_of(body, 4.0, "栋"), aim_of("2025"));
    let body = "下一步，协会将围绕骑手需求，重点培育7个品牌服务项目。";
    assert_eq!(target_of(body, 7.0, "个"), aim_of("2025"));
    let body = "今年，中心将重点做好以下工作：开通服务热线3条，培训网格员400人次。";
    assert_eq!(target_of(body, 3.0, "条"), aim_of("2025"));
    assert_eq!(target_of(body, 400.0, "人次"), aim_of("2025"));
}

#[test]
fn an_aim_word_covers_the_items_of_its_list() {
    let body = "到2027年，全区社会组织规范化登记率达到92%；建成孵化基地8个；培育优秀公益项目60个；开通心理援助热线2条。";
    assert_eq!(target_of(body, 92.0, "%"), aim_of("2027"));
    assert_eq!(target_of(body, 8.0, "个"), aim_of("2027"));
    assert_eq!(target_of(body, 60.0, "个"), aim_of("2027"));
    assert_eq!(target_of(body, 2.0, "条"), aim_of("2027"));
    let body = "力争全年新建爱心驿站12个；组织骑手体检900人次。";
    assert!(target_of(body, 900.0, "人次").0);
}

#[test]
fn a_list_item_with_its_own_time_or_after_a_purpose_clause_is_reported() {
    let body = "计划新建驿站15个；去年全区建成驿站9个。";
    assert!(target_of(body, 15.0, "个").0);
    assert!(!target_of(body, 9.0, "个").0);
    let body = "计划新建驿站15个；目前已建成11个。";
    assert!(!target_of(body, 11.0, "个").0);
    // 确保 closes its own item: the next item's departments are the scheme's, not an aim
    let body =
        "常驻力量：联合7个部门常态化驻点，确保群众诉求有人接；轮驻力量：13个部门按需轮流进驻。";
    assert!(!target_of(body, 13.0, "个").0);
}

#[test]
fn a_deadline_sets_aims_of_its_year() {
    let body = "今年底前，全区新建社会工作服务站9个；2026年底前，全区社工岗位总量达到320个。";
    assert_eq!(target_of(body, 9.0, "个"), aim_of("2025"));
    assert_eq!(target_of(body, 320.0, "个"), aim_of("2026"));
    let body = "年底前，各街道新增志愿服务站点16个。";
    assert_eq!(target_of(body, 16.0, "个"), aim_of("2025"));
    // a past deadline, a span ago and the year's first months are no deadline of an aim
    for (body, value) in [
        ("2023年底前，全区新建社会工作服务站9个。", 9.0),
        ("今年前4个月，全区新建社会工作服务站9个。", 9.0),
        ("3年前，全区仅有社会工作服务站9个。", 9.0),
    ] {
        assert!(!target_of(body, value, "个").0, "{body}");
    }
}

#[test]
fn what_is_no_aim() {
    // a plan's completion rate is a report of how far it was carried out
    let body = "全区社区工作者招聘计划完成率达到97%。";
    assert!(!target_of(body, 97.0, "%").0);
    // an estimate an outcome is told against, and the outcome
    let body = "去年义诊活动预计吸引400人参加，实际参与群众超过650人。";
    assert!(!target_of(body, 400.0, "人").0);
    assert!(!target_of(body, 650.0, "人").0);
    let body = "该项目原预计服务800人次，实际服务1200人次。";
    assert!(!target_of(body, 800.0, "人次").0);
    // the disposal 将 of a report, and a 将 of last year
    let body = "去年，社区将为老服务作为重点，为老人送餐3100人次。";
    assert!(!target_of(body, 3100.0, "人次").0);
    let body = "区里将继续教育作为重点，新建社工学习点12个。";
    assert!(!target_of(body, 12.0, "个").0);
    let body = "去年，园区将以党建为引领，新建党群服务站6个。";
    assert!(!target_of(body, 6.0, "个").0);
    // family planning is no plan
    let body = "全区计划生育协会有会员1500人。";
    assert!(!target_of(body, 1500.0, "人").0);
}

#[test]
fn a_plans_floor_for_a_whole_place_is_an_aim_not_a_norm() {
    let body = "2026年底前，全区社工岗位设置总量至少达到320个。";
    let facts = facts_of("a.txt", &page(body));
    let f = find(&facts, 320.0, "个");
    assert!(f.target && f.as_of.as_deref() == Some("2026"), "{f:#?}");
    assert_eq!(f.qualifier, jianbao_facts::Qualifier::Over);
    let body = "到2027年，全区持证社会工作者总数至少达到900人。";
    let f = find(&facts_of("a.txt", &page(body)), 900.0, "人").clone();
    assert_eq!(f.qualifier, jianbao_facts::Qualifier::Over);
    // a norm per unit stays no count
    let body = "每个社区至少配备2名专职社会工作者。";
    let facts = facts_of("a.txt", &page(body));
    assert!(
        !facts.iter().any(|f| f.value == 2.0 && f.unit == "名"),
        "{facts:#?}"
    );
}

#[test]
fn an_aim_over_a_span_from_the_texts_year_is_set_for_its_last_year() {
    let body = "力争3年内全区培育品牌社会组织25家。";
    assert_eq!(target_of(body, 25.0, "家"), aim_of("2027"));
    let body = "全区争取用两年时间实现社工站服务100%覆盖。";
    assert_eq!(target_of(body, 100.0, "%"), aim_of("2026"));
    let body = "今后5年内，全区将新建社区养老服务站40个。";
    assert_eq!(target_of(body, 40.0, "个"), aim_of("2029"));
    // years past are no span of an aim
    let (aim, as_of) = target_of("近3年内，全区共培育品牌社会组织25家。", 25.0, "家");
    assert!(!aim && as_of.as_deref() != Some("2027"), "{as_of:?}");
}
