//! The period of figures in the ways heldout12's counted as_of kinds show pages writing them
//! (devcorpus/README.md, `as_of`): a cut-off whose day is written without its month (截至9日),
//! 年初 (the January of its year), and a founding told with how it was made (2016年正式成立).
//! Articles written for these tests in the way city papers and county sites write.

use crate::support::article;

use article::find;

fn as_of(facts: &[jianbao_facts::Fact], value: f64, unit: &str) -> Option<String> {
    find(facts, value, unit).as_of.clone()
}

/// A cut-off's day without its month (截至9日, 截止12日17时, 截至20号) keeps its day, in the
/// month the paragraph told its story in, else in the page's month.
#[test]
fn a_cut_off_day_without_its_month_keeps_its_day() {
    let facts = article::facts_of(
        "cutoff_day.txt",
        "西岭市招募防汛志愿者\n发布时间:2025-07-14 09:10\n\
         7月3日,市委社会工作部发出招募令。截至9日,全市已有2300余名志愿者报名。\n\
         截止12日17时,河西区组建志愿服务队41支。\n\
         东坡县的报名也很踊跃,截至13号共有860名志愿者报名。\n",
    );
    assert_eq!(as_of(&facts, 2300.0, "名").as_deref(), Some("2025-07-09"));
    assert_eq!(as_of(&facts, 41.0, "支").as_deref(), Some("2025-07-12"));
    assert_eq!(as_of(&facts, 860.0, "名").as_deref(), Some("2025-07-13"));
}

/// A cut-off's day follows the month its paragraph named in an earlier sentence, not the page's
/// month (a story of late June told in July).
#[test]
fn a_cut_off_day_takes_its_paragraphs_month() {
    let facts = article::facts_of(
        "cutoff_day_june.txt",
        "南岭县开展夏季送清凉活动\n发布时间:2025-07-02 10:00\n\
         6月20日,县委社会工作部启动送清凉志愿服务。截至28日,累计走访新就业群体1500人次。\n",
    );
    assert_eq!(as_of(&facts, 1500.0, "人次").as_deref(), Some("2025-06-28"));
}

/// 年初 is the January of its year: 2024年初, 今年年初, 年初 alone on a dated page; a word that
/// opens with 初 (2023年初步建成) is not the start of the year, and 年初以来 runs to the page's
/// date.
#[test]
fn the_start_of_a_year_is_its_january() {
    let facts = article::facts_of(
        "year_start.txt",
        "东坡县社会工作服务站建设情况\n发布时间:2025-06-18 15:00\n\
         2024年初,全县建成乡镇社工站12个。\n\
         今年年初,县委社会工作部招募社区工作者85名。\n\
         年初,县志愿服务联合会发放慰问金36万元。\n\
         2023年初步建成村级服务点40个。\n",
    );
    assert_eq!(as_of(&facts, 12.0, "个").as_deref(), Some("2024-01"));
    assert_eq!(as_of(&facts, 85.0, "名").as_deref(), Some("2025-01"));
    assert_eq!(as_of(&facts, 360000.0, "元").as_deref(), Some("2025-01"));
    assert_eq!(as_of(&facts, 40.0, "个").as_deref(), Some("2023"));
}

/// A founding's year told with how it was founded (2016年正式成立, 2014年注册成立, 始建于2012年,
/// 创办于2018年) is a history: the stock after it takes none of it.
#[test]
fn a_founding_told_with_its_manner_dates_nothing() {
    let facts = article::facts_of(
        "founding.txt",
        "西岭市志愿服务组织巡礼\n\
         西岭市红叶志愿者协会2016年正式成立,拥有会员560名。\n\
         河西区晨光社工服务中心2014年注册成立,共有专职社工28名。\n\
         南岭县爱心驿站始建于2012年,累计服务群众9000余人次。\n\
         东坡县阳光公益社创办于2018年,下设服务队7支。\n",
    );
    for (value, unit) in [(560.0, "名"), (28.0, "名"), (9000.0, "人次"), (7.0, "支")] {
        assert_eq!(as_of(&facts, value, unit), None, "{value}{unit}");
    }
}

/// 截至今天, 截至今日 and 截至昨日 are the day the news is told: the page's month, not a date an
/// earlier sentence set ahead (招募将于8月1日结束).
#[test]
fn a_cut_off_today_is_the_pages_month() {
    let facts = article::facts_of(
        "today.txt",
        "西岭市社区志愿服务招募近尾声\n发布时间:2025-07-22 18:00\n\
         市委社会工作部的社区志愿者招募将于2025年8月1日结束。截至今天中午,已有4200名志愿者报名。\n\
         河西区的志愿者招募将于8月5日结束,截至今日已有860名志愿者报名。\n\
         南岭县的志愿者招募将于8月9日结束,截至昨日共有1300名志愿者报名。\n",
    );
    for (value, unit) in [(4200.0, "名"), (860.0, "名"), (1300.0, "名")] {
        assert_eq!(
            as_of(&facts, value, unit).as_deref(),
            Some("2025-07"),
            "{value}{unit}"
        );
    }
}

/// A place's name followed by 有 in the figure's clause (红旗村有农户420户, 二里街道有志愿服务队18支,
/// 东坡县有社会组织300余家) tells the place's make-up as it stands: no page month. 有 opening a
/// word of its own (市有关部门) is not it, and an event's verb after the figure (社区有50名志愿者参与)
/// makes the figure an event's takers.
#[test]
fn a_place_told_with_you_is_its_make_up() {
    let facts = article::facts_of(
        "place_has.txt",
        "西岭市基层治理观察\n发布时间:2025-05-09 08:30\n\
         红旗村有农户420户,是全镇最大的村。\n\
         二里街道有志愿服务队18支。\n\
         东坡县有社会组织300余家。\n\
         5月8日,市有关部门组织志愿者120名开展清洁行动。\n\
         5月7日,东园社区有50名志愿者参与义诊。\n",
    );
    for (value, unit) in [(420.0, "户"), (18.0, "支"), (300.0, "家")] {
        assert_eq!(as_of(&facts, value, unit), None, "{value}{unit}");
    }
    assert_eq!(as_of(&facts, 120.0, "名").as_deref(), Some("2025-05"));
    assert_eq!(as_of(&facts, 50.0, "名").as_deref(), Some("2025-05"));
}

/// A quota to be filled (招募指标, 招聘名额) and a selection still to be made (将从中选拔, 将择优
/// 选拔) are aims; those who applied are reported.
#[test]
fn quotas_and_selections_to_be_made_are_aims() {
    let facts = article::facts_of(
        "quota.txt",
        "西岭市招募社区志愿者\n发布时间:2025-04-09 08:30\n\
         今年全市社区志愿者招募指标为3000名。\n\
         河西区社区工作者招聘名额45名,已有620人报名。\n\
         报名结束后,将从中选拔800名骨干志愿者。\n\
         南岭县将择优选拔社区网格员60名。\n",
    );
    for (value, unit) in [(3000.0, "名"), (45.0, "名"), (800.0, "名"), (60.0, "名")] {
        assert!(find(&facts, value, unit).target, "{value}{unit}");
    }
    assert!(!find(&facts, 620.0, "人").target);
}

/// A programme named with 计划 (大学生志愿服务西部计划, 苏北计划, 研究生支教团) is no plan: the
/// volunteers it sent are reported, not aimed at.
#[test]
fn a_programme_named_with_a_plan_reports_its_deployments() {
    let facts = article::facts_of(
        "programme.txt",
        "西岭团市委志愿服务工作\n发布时间:2025-08-20 10:00\n\
         今年,大学生志愿服务西部计划选派志愿者126名到我市服务。\n\
         河西区通过苏北计划招募志愿者38名。\n\
         研究生支教团派出志愿者12名赴南岭县支教。\n",
    );
    for (value, unit) in [(126.0, "名"), (38.0, "名"), (12.0, "名")] {
        assert!(!find(&facts, value, unit).target, "{value}{unit}");
    }
}

/// A page whose date line gives its year but not which number is the month (03.12.2024) takes
/// the month its lead's dateline gives (12月2日,……; 本报讯(记者……)12月2日; 2024年12月2日上午): a
/// "now" of a later paragraph is that month, not the year.
#[test]
fn a_year_only_page_takes_its_leads_month() {
    for lead in [
        "12月2日,西岭县委社会工作部召开志愿服务工作推进会,全县新组建志愿服务队36支。",
        "本报讯(记者 王芳)12月2日,西岭县委社会工作部召开志愿服务工作推进会,全县新组建志愿服务队36支。",
        "2024年12月2日上午,西岭县委社会工作部召开志愿服务工作推进会,全县新组建志愿服务队36支。",
    ] {
        let facts = article::facts_of(
            "year_only.txt",
            &format!(
                "西岭县推进志愿服务\n03.12.2024 来源:西岭县融媒体中心\n{lead}\n\
                 目前,全县注册志愿者达5200名。\n"
            ),
        );
        assert_eq!(as_of(&facts, 5200.0, "名").as_deref(), Some("2024-12"), "{lead}");
    }
}
