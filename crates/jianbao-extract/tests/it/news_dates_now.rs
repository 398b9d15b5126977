//! "Now" in a sentence that also names a year (devcorpus/README.md, `as_of`, rule 2): a change
//! told from a dated start to now gives the earlier value its year and the value reached now the
//! page's date, none on a page without one, never the start's year; a stock told as it is now
//! (现有, 已有) likewise. Articles written for these tests in the way county papers, portals and
//! reposts without a date line write.

use crate::support::article;

use article::find;

fn as_of(facts: &[jianbao_facts::Fact], value: f64, unit: &str) -> Option<String> {
    find(facts, value, unit).as_of.clone()
}

/// A series from a dated start to now (从……的……上升到目前的……, 由……增加至如今的……, ……到目前已
/// 发展到……) on a page without a date: the start's value keeps its year, the value reached now
/// takes no year at all.
#[test]
fn the_end_of_a_change_to_now_takes_no_earlier_year() {
    let facts = article::facts_of(
        "series.txt",
        "青川县社会工作人才队伍不断壮大\n\
         青川县持证社会工作者从2016年底的35人上升到目前的412人。\n\
         全县社会工作服务机构由2019年的6家增加至如今的28家。\n\
         2018年全县仅有社区社会组织30家,到目前已发展到156家。\n",
    );
    assert_eq!(as_of(&facts, 35.0, "人").as_deref(), Some("2016"));
    assert_eq!(as_of(&facts, 6.0, "家").as_deref(), Some("2019"));
    assert_eq!(as_of(&facts, 30.0, "家").as_deref(), Some("2018"));
    for (value, unit) in [(412.0, "人"), (28.0, "家"), (156.0, "家")] {
        assert_eq!(as_of(&facts, value, unit), None, "{value}{unit}");
    }
}

/// The same series on a dated page: the value reached now takes the page's month.
#[test]
fn the_end_of_a_change_to_now_takes_the_pages_month() {
    let facts = article::facts_of(
        "series_dated.txt",
        "青川县社会工作人才队伍不断壮大\n发布时间:2025-06-12 10:00\n\
         青川县持证社会工作者从2016年底的35人上升到目前的412人。\n\
         全县社会工作服务机构由2019年的6家增加至如今的28家。\n",
    );
    assert_eq!(as_of(&facts, 35.0, "人").as_deref(), Some("2016"));
    assert_eq!(as_of(&facts, 412.0, "人").as_deref(), Some("2025-06"));
    assert_eq!(as_of(&facts, 28.0, "家").as_deref(), Some("2025-06"));
}

/// A stock told as it is now (现有, 已有) after a year of its subject's history on a page without
/// a date: the year is the history's, not the stock's.
#[test]
fn a_stock_told_as_now_after_a_year_takes_no_year() {
    let facts = article::facts_of(
        "now_stock.txt",
        "红石街道志愿服务队伍壮大\n\
         红石街道志愿服务协会2019年在区民政局登记,现有会员186名。\n\
         2021年街道启动“邻里帮”项目,已有志愿者320名参与结对。\n\
         该协会2020年换届后,现有理事15名。\n",
    );
    for (value, unit) in [(186.0, "名"), (320.0, "名"), (15.0, "名")] {
        assert_eq!(as_of(&facts, value, unit), None, "{value}{unit}");
    }
}

/// Not every "now" word after a year cuts it off: a cut-off's 已有 is the cut-off's
/// (截至2023年底,全省已有……), the news's own timing (2021年度……考试结果近日揭晓,……3506人) dates the
/// report, and a value reached 到 a dated end keeps that date.
#[test]
fn a_cut_off_or_the_news_timing_keeps_the_year_before() {
    let facts = article::facts_of(
        "kept.txt",
        "全省志愿服务发展\n\
         截至2023年底,全省已有注册志愿者620万人。\n\
         2021年度社会工作者职业水平考试结果近日揭晓,我省共有3506人通过考试。\n\
         全省志愿服务组织从2020年的1.2万个增加到2023年的2.1万个。\n",
    );
    assert_eq!(as_of(&facts, 6_200_000.0, "人").as_deref(), Some("2023"));
    assert_eq!(as_of(&facts, 3506.0, "人").as_deref(), Some("2021"));
    assert_eq!(as_of(&facts, 12_000.0, "个").as_deref(), Some("2020"));
    assert_eq!(as_of(&facts, 21_000.0, "个").as_deref(), Some("2023"));
}
