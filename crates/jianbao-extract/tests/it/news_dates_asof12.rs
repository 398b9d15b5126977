//! The period of figures in four ways pages date them that earlier rules misread
//! (devcorpus/README.md, `as_of`): an aim in a notice or plan titled with its year, a span that
//! starts with a year and a clause before its 以来, a stock told as grown from one size to
//! another, and a practice kept up for years (连续N年) or an incubator's output. Articles written
//! for these tests in the way county notices, district papers and departments' sites write.

use crate::support::article;

use article::find;

fn as_of(facts: &[jianbao_facts::Fact], value: f64, unit: &str) -> Option<String> {
    find(facts, value, unit).as_of.clone()
}

/// A recruitment notice or a work plan titled with its year sets the aims of its body for that
/// year when their sentence names none, whatever the page's month; a title naming a span or a
/// year before the page's does not.
#[test]
fn aims_take_the_year_their_title_names() {
    let notice = article::facts_of(
        "notice.txt",
        "2026年西岭县公开招聘专职社区工作者公告\n发布时间:2025-12-18 09:00\n\
         为加强社区工作者队伍建设,经县委社会工作部研究,决定面向社会公开招聘专职社区工作者。\n\
         本次计划招聘专职社区工作者36名,其中城关街道20名,河西街道16名。\n",
    );
    for (value, unit) in [(36.0, "名"), (20.0, "名"), (16.0, "名")] {
        let fact = find(&notice, value, unit);
        assert!(fact.target, "{value}{unit}");
        assert_eq!(fact.as_of.as_deref(), Some("2026"), "{value}{unit}");
    }
    let plan = article::facts_of(
        "plan.txt",
        "东坡区2025年度志愿服务工作要点\n发布日期:2025-02-26\n\
         今年,区委社会工作部将持续推动志愿服务提质增效。\n\
         全区拟新建社区志愿服务站点25个,计划培育志愿服务品牌项目12个。\n",
    );
    for (value, unit) in [(25.0, "个"), (12.0, "个")] {
        let fact = find(&plan, value, unit);
        assert!(fact.target, "{value}{unit}");
        assert_eq!(fact.as_of.as_deref(), Some("2025"), "{value}{unit}");
    }
    // a span in the title sets no one year: the aim keeps the page's date as before
    let span = article::facts_of(
        "span.txt",
        "南岭市志愿服务发展规划(2024—2026年)解读\n发布时间:2024-05-10 10:00\n\
         市委社会工作部介绍,全市计划新建志愿服务站点300个。\n",
    );
    let fact = find(&span, 300.0, "个");
    assert!(fact.target);
    assert_eq!(fact.as_of.as_deref(), Some("2024-05"));
}

/// A year that opens a clause closed by 以来 or 至今 (自2021年启动……以来, 从2019年承接……以来,
/// 2022年开展……至今) starts a span that runs to the page's date: the figures after it are the
/// page's month, not that year's.
#[test]
fn a_span_from_a_year_through_its_clause_runs_to_the_page_date() {
    let facts = article::facts_of(
        "spans.txt",
        "西岭区新就业群体服务持续升温\n发布时间:2025-06-12 10:00\n\
         自2021年启动“暖心驿站”建设以来,全区建成驿站58个。\n\
         从2019年承接社区社工服务项目以来,该中心服务居民2600余人次。\n\
         2022年开展“邻里守望”结对帮扶至今,志愿者走访独居老人4100人次。\n\
         2023年,全区开展志愿服务活动900场。\n",
    );
    for (value, unit) in [(58.0, "个"), (2600.0, "人次"), (4100.0, "人次")] {
        assert_eq!(
            as_of(&facts, value, unit).as_deref(),
            Some("2025-06"),
            "{value}{unit}"
        );
    }
    assert_eq!(as_of(&facts, 900.0, "场").as_deref(), Some("2023"));
}

/// A stock told as grown from one size to another (从最初的12人发展到300余人, 由5家增加到42家,
/// 从成立之初的8支壮大到26支) tells how it grew, not when: neither size takes the page's month.
/// With a "now" word the later size is the page's (发展到如今的……), as 目前 is.
#[test]
fn a_stock_told_as_grown_takes_no_month() {
    let facts = article::facts_of(
        "grown.txt",
        "东坡街道志愿服务队伍不断壮大\n发布时间:2025-04-18 09:00\n\
         东坡街道“红马甲”志愿服务队从最初的12人发展到320余人。\n\
         街道社区社会组织由5家增加到42家。\n\
         辖区志愿服务队伍从成立之初的8支壮大到26支。\n\
         街道“银龄”互助队从最初的15人发展到如今的140余人。\n\
         4月16日,街道组织志愿者开展义诊活动,服务居民180人次。\n",
    );
    for (value, unit) in [
        (12.0, "人"),
        (320.0, "人"),
        (5.0, "家"),
        (42.0, "家"),
        (8.0, "支"),
        (26.0, "支"),
    ] {
        assert_eq!(as_of(&facts, value, unit), None, "{value}{unit}");
    }
    assert_eq!(as_of(&facts, 140.0, "人").as_deref(), Some("2025-04"));
    assert_eq!(as_of(&facts, 180.0, "人次").as_deref(), Some("2025-04"));
}

/// A practice kept up for years (连续8年开展……, 连续三年举办……) adds up those years, and an
/// incubator's output (孵化培育社会组织……, 累计孵化……) is the stock it raised: neither takes the
/// page's month. A course held in the same paragraph is the page's.
#[test]
fn practices_kept_up_for_years_and_incubated_stocks_take_no_month() {
    let facts = article::facts_of(
        "years.txt",
        "南岭市推动社区社会组织发展\n发布日期: 2024-10-22 15:00\n\
         南岭市连续8年开展社会组织公益创投活动,为110余个服务项目提供资金支持。\n\
         该区连续三年举办社区志愿服务项目大赛,累计吸引参赛团队230支。\n\
         市社会组织孵化基地孵化培育社区社会组织640个。\n\
         西岭区依托孵化中心孵化公益项目75个。\n\
         市委社会工作部举办社会组织能力提升研修班6期。\n",
    );
    for (value, unit) in [(110.0, "个"), (230.0, "支"), (640.0, "个"), (75.0, "个")] {
        assert_eq!(as_of(&facts, value, unit), None, "{value}{unit}");
    }
    assert_eq!(as_of(&facts, 6.0, "期").as_deref(), Some("2024-10"));
}
