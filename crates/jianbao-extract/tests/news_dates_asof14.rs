//! The period of figures in the ways heldout12's counted as_of kinds show pages writing them
//! (devcorpus/README.md, `as_of`): a cut-off whose day is written without its month (截至9日),
//! 年初 (the January of its year), and a founding told with how it was made (2016年正式成立).
//! Articles written for these tests in the way city papers and county sites write.

#[path = "support/article.rs"]
mod article;

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
