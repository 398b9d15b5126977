//! The period of a news article's figures: the day the news reports, as its lead gives it,
//! rather than the day the page was published (devcorpus/README.md, `as_of`). Articles written
//! for these tests in the way city papers print a story on their sites.

#[path = "support/article.rs"]
mod article;

use article::find;

#[test]
fn figures_of_a_news_story_take_the_month_its_lead_reports() {
    let facts = article::facts_of(
        "article.txt",
        "江北区为骑手打造友好街区\n2025-01-06 08:15:02 来源: 江城日报\n江城日报讯(记者 李明)2024年12月30日,记者从江北区新就业群体服务工作新闻发布会上获悉,目前,江北区建成骑手驿站36个。\n江北区社会工作部还联合企业开展关爱骑手活动20余场次,覆盖骑手3000余人。\n",
    );
    assert_eq!(find(&facts, 36.0, "个").as_of.as_deref(), Some("2024-12"));
    assert_eq!(find(&facts, 20.0, "场次").as_of.as_deref(), Some("2024-12"));
}

#[test]
fn a_date_inside_the_lead_is_an_event_not_the_story_date() {
    let facts = article::facts_of(
        "article.txt",
        "江北区社会工作部一年来工作回眸\n2025-01-06 08:15:02 来源: 江城日报\n作为新组建的部门,江北区委社会工作部于2024年5月7日正式挂牌成立。目前,江北区建成骑手驿站36个,培育社会组织58家。\n",
    );
    assert_eq!(find(&facts, 58.0, "家").as_of.as_deref(), Some("2025-01"));
}
