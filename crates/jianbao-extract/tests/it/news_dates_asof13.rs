//! The period of figures in the ways heldout11's counted as_of failures show pages writing them
//! (devcorpus/README.md, `as_of`): a whole place's profile told with 有, a year that names an
//! honour (2024年度……先进典型), 年内 (within this year), and a newspaper page whose issue line
//! spaces its characters out. Articles written for these tests in the way county sites, city
//! papers and e-paper pages write.

use crate::support::article;

use article::find;

fn as_of(facts: &[jianbao_facts::Fact], value: f64, unit: &str) -> Option<String> {
    find(facts, value, unit).as_of.clone()
}

/// A whole place followed by 有 (全县有……, 县域内有……, 全镇有……) gives the place's profile, as
/// 辖区内有 does: no page month. An event's verb after the figure (全市有N名志愿者参与) makes the
/// figure an event's takers.
#[test]
fn a_whole_place_told_with_you_is_its_profile() {
    let facts = article::facts_of(
        "profile.txt",
        "东坡县推进城乡社区治理\n发布时间:2025-05-09 08:30\n\
         全县有城乡社区186个,县域内有社会组织470余家。\n\
         全镇有网格员96名,分布在12个村。\n\
         5月8日,全市有3200名志愿者参与清洁家园行动。\n",
    );
    for (value, unit) in [(186.0, "个"), (470.0, "家"), (96.0, "名")] {
        assert_eq!(as_of(&facts, value, unit), None, "{value}{unit}");
    }
    assert_eq!(as_of(&facts, 3200.0, "名").as_deref(), Some("2025-05"));
}

/// A year followed by 年度 and an honour's title in its clause (2024年度全省志愿服务先进典型,
/// 2023年度优秀志愿者, 2024年度最美社工) names the honour: the figures beside it keep the
/// event's month. A year whose 年度 opens its own clause still dates its figures.
#[test]
fn a_year_naming_an_honour_dates_nothing() {
    let facts = article::facts_of(
        "honour.txt",
        "西岭市志愿服务组织座谈会召开\n发布时间:2025-01-24 08:00\n\
         1月22日,市委社会工作部召开座谈会。2024年度全省志愿服务先进典型、全市14家优秀志愿服务组织代表参加。\n\
         1月23日,河西区表彰2023年度优秀志愿者代表及38支志愿服务队。\n\
         1月20日,南岭县为2024年度最美社工和9家社会工作服务机构颁奖。\n\
         2024年度,全市开展志愿服务活动5600场。\n",
    );
    for (value, unit) in [(14.0, "家"), (38.0, "支"), (9.0, "家")] {
        assert_eq!(
            as_of(&facts, value, unit).as_deref(),
            Some("2025-01"),
            "{value}{unit}"
        );
    }
    assert_eq!(as_of(&facts, 5600.0, "场").as_deref(), Some("2024"));
}

/// 年内 (力争年内, 年内新建, 年内已……) is within the year the page writes in: the year, not the
/// page's month; a number before it (一年内, 两年内) makes a span, which names no year.
#[test]
fn within_the_year_is_the_pages_year() {
    let facts = article::facts_of(
        "within.txt",
        "东坡区加快社工站建设\n发布时间:2025-04-16 11:00\n\
         区委社会工作部介绍,年内全区新建社区社工室24个。\n\
         全区力争年内实现镇街社工站覆盖率100%。\n\
         截至目前,年内已培训社区工作者860人次。\n",
    );
    assert_eq!(as_of(&facts, 24.0, "个").as_deref(), Some("2025"));
    assert_eq!(as_of(&facts, 100.0, "%").as_deref(), Some("2025"));
    assert_eq!(as_of(&facts, 860.0, "人次").as_deref(), Some("2025-04"));
}

/// A newspaper page's issue line set with spaced characters (2 0 2 5 年 6 月 1 8 日, as e-paper
/// layouts print it) is the page's date, however the line goes on (星期三, 第03版).
#[test]
fn a_spaced_issue_line_dates_the_page() {
    for head in [
        "2 0 2 5 年 6 月 1 8 日 星期三",
        "西岭日报 2 0 2 5 年 6 月 1 8 日 第 0 3 版",
        "2 0 2 5年6月1 8日",
        "南岭日报 专刊 00012 邻里守望 暖心相伴 2025-06-18 31264455 3 2025年6月18日 星期三",
    ] {
        let facts = article::facts_of(
            "issue.txt",
            &format!(
                "{head}\n南岭区志愿服务活动走深走实\n\
                 近日,南岭区委社会工作部组织开展“邻里守望”志愿服务活动,服务居民1200人次。\n"
            ),
        );
        assert_eq!(
            as_of(&facts, 1200.0, "人次").as_deref(),
            Some("2025-06"),
            "{head}"
        );
    }
}

/// An e-paper prints its edition's page list before the issue line: a spaced issue line further
/// down the page's head than a dateline is looked for still dates the page.
#[test]
fn a_spaced_issue_line_below_the_page_list_dates_the_page() {
    let pages: String = (1..=16).map(|n| format!("第{n:02}版\n新闻\n")).collect();
    let facts = article::facts_of(
        "epaper.txt",
        &format!(
            "首页 | 版面导航 | 标题导航\n{pages}2 0 2 5 年 1 1 月 0 4 日 星期二\n\
             西岭区志愿服务活动走深走实\n\
             近日,西岭区委社会工作部组织开展敬老志愿服务活动,服务老人850人次。\n"
        ),
    );
    assert_eq!(as_of(&facts, 850.0, "人次").as_deref(), Some("2025-11"));
}
