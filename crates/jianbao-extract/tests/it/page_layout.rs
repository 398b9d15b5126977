//! How a web page and its text copy lay an article out: a title on its own line (which may
//! exclaim or ask halfway), a date or 来源 line under it, a keyword bar of site tags, teasers and
//! subheadings standing alone between paragraphs. None of these lines belongs to the paragraph
//! above or below it. One short article per phenomenon (written for these tests), each extracted
//! as a new user would: one file, no manifest.

use jianbao_extract::ingest::Normalized;
use jianbao_facts::Level;

use crate::support::article;

use article::find;

/// The normalised lines (paragraphs) of `text`.
fn lines_of(text: &str) -> Vec<String> {
    let n = Normalized::new(text);
    n.lines.iter().map(|l| n.text(l.range.clone())).collect()
}

#[test]
fn a_title_that_exclaims_halfway_stands_alone_and_its_restated_figure_is_one_fact() {
    let text = "点赞!一年收到群众建议12000余条 合肥让金点子落地生根\n\
        来源:合肥日报\n\
        去年以来,合肥市委社会工作部人民建议征集办公室共收到群众建议1.2万余条,\
        其中采纳办理860条。人民建议征集工作让社会工作部门更好倾听民声。\n";
    let lines = lines_of(text);
    assert_eq!(
        lines[0], "点赞!一年收到群众建议12000余条合肥让金点子落地生根",
        "{lines:#?}"
    );
    let facts = article::facts_of("article.txt", text);
    let restated: Vec<_> = facts
        .iter()
        .filter(|f| f.value == 12_000.0 && f.unit == "条")
        .collect();
    assert_eq!(restated.len(), 1, "{facts:#?}");
    let adopted = find(&facts, 860.0, "条");
    assert_eq!(adopted.place, "合肥市", "{adopted:#?}");
    assert_eq!(adopted.level, Level::City);
}

#[test]
fn a_long_title_stands_before_its_date_line_rather_than_running_on() {
    let text = "全区新就业群体服务阵地建设提速 暖心驿站实现街道全覆盖\n\
        2025-03-02 09:10 来源:合肥日报\n\
        近日,记者从合肥市蜀山区委社会工作部获悉,全区已建成暖新驿站36个。\n";
    let lines = lines_of(text);
    assert_eq!(lines.len(), 3, "{lines:#?}");
    assert!(lines[1].starts_with("2025-03-02"), "{lines:#?}");
}

#[test]
fn a_keyword_bar_above_the_title_leaves_the_title_recognised() {
    // the lead names no place: the article's place is its title's
    let text = "关键词: 志愿服务 社会工作 新就业群体 暖心驿站 基层治理\n\
        合肥市蜀山区暖新驿站实现街道全覆盖\n\
        2025-03-02 来源:合肥日报\n\
        近日,记者从区委社会工作部获悉,全区已建成暖新驿站36个,今年以来服务骑手3万人次。\n";
    let n = Normalized::new(text);
    let _ = n;
    let facts = article::facts_of("article.txt", text);
    for (value, unit) in [(36.0, "个"), (30_000.0, "人次")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.place, "合肥市蜀山区", "{fact:#?}");
        assert_eq!(fact.level, Level::District);
    }
}

#[test]
fn a_spam_keyword_line_between_paragraphs_names_no_place_for_the_next() {
    let text = "合肥市蜀山区社区工作者队伍持续壮大\n\n\
        近日,合肥市蜀山区委社会工作部召开社区工作者队伍建设推进会。\n\
        社工证报考 杭州社工培训 志愿者招募 骑手驿站 社区工作者招聘\n\
        目前,全区共有社区工作者1200名,其中持证社工460名。\n";
    let lines = lines_of(text);
    assert!(lines.iter().any(|l| l.starts_with("目前")), "{lines:#?}");
    let facts = article::facts_of("article.txt", text);
    for (value, unit) in [(1200.0, "名"), (460.0, "名")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.province, "安徽", "{fact:#?}");
        assert_eq!(fact.place, "合肥市蜀山区", "{fact:#?}");
    }
}

#[test]
fn a_teaser_between_paragraphs_gives_no_figure_to_the_article() {
    let text = "合肥市蜀山区志愿服务站点建设见成效\n\n\
        近日,合肥市蜀山区委社会工作部召开志愿服务工作推进会。\n\
        热门推荐 芜湖市新建志愿服务站点150个打造十五分钟服务圈\n\
        目前,全区已建成志愿服务站点85个。\n";
    let facts = article::facts_of("article.txt", text);
    assert!(
        facts.iter().all(|f| f.value != 150.0),
        "a teaser's figure: {facts:#?}"
    );
    let stations = find(&facts, 85.0, "个");
    assert_eq!(stations.place, "合肥市蜀山区", "{stations:#?}");
}

#[test]
fn a_subheading_stands_alone_and_a_broken_line_is_still_joined() {
    let text = "一、聚焦骑手急难愁盼 打造暖心服务网络全覆盖体系\n\
        今年以来,全区新建暖新驿站12个,服务骑手2万人次。\n\
        全区持证社会工作者达到460名,较上年增加80名,社会工作服务站实现街\n\
        道全覆盖。\n";
    let lines = lines_of(text);
    assert_eq!(
        lines,
        [
            "一、聚焦骑手急难愁盼打造暖心服务网络全覆盖体系",
            "今年以来,全区新建暖新驿站12个,服务骑手2万人次。",
            "全区持证社会工作者达到460名,较上年增加80名,社会工作服务站实现街道全覆盖。",
        ]
    );
}
