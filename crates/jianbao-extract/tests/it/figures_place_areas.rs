//! A place's area in 平方公里 (a community's, a street's, a town's or a county's 辖区面积, 总面积,
//! 土地面积) is its profile: a fact in 平方公里, theme other (the lead's ruling of figures16's
//! round), while the plot a site stands on (占地面积800平方米) stays no fact. An area written 平米
//! (平方米 written short) keeps the text's unit. Short articles written for these tests.

use jianbao_facts::Theme;

use crate::support::article;

use article::{find, has};

fn facts_of(text: &str) -> Vec<jianbao_facts::Fact> {
    article::facts_of("article.txt", text)
}

#[test]
fn a_places_area_in_square_kilometres_is_its_profile() {
    for (text, value) in [
        (
            "青松社区基本情况\n青松社区辖区面积1.8平方公里,常住人口6200人。社区党委下设4个网格党支部,居委会组织志愿者开展网格巡查,社区治理有序。",
            1.8,
        ),
        (
            "走进河湾街道\n河湾街道总面积12.6平方公里,下设社区居委会和社区工作站,街道党工委推动党建引领基层治理,组建志愿服务队28支。",
            12.6,
        ),
        (
            "石门镇:网格里的基层治理\n石门镇土地面积约86平方公里,全镇划分网格112个,专职网格员与村干部、志愿者一起走访群众,社会工作站提供个案服务。",
            86.0,
        ),
    ] {
        let facts = facts_of(text);
        assert!(has(&facts, value, "平方公里"), "{text}: {facts:#?}");
        let area = find(&facts, value, "平方公里");
        assert_eq!(area.theme, Theme::Other, "{text}");
        // the catalog's context row for a place's area (metric16) or none; never a remit's row
        assert!(
            matches!(area.metric.as_deref(), None | Some("profile.area")),
            "{text}: {area:#?}"
        );
    }
}

#[test]
fn a_plot_stays_no_fact_and_a_short_unit_is_kept() {
    let text = "社区党群服务中心启用\n社区党群服务中心占地300平米,建筑面积420平米,设有社会工作室、志愿服务站和议事厅,社区工作者在此为居民办事。";
    let facts = facts_of(text);
    assert!(!has(&facts, 300.0, "平米"), "{facts:#?}");
    assert!(!has(&facts, 300.0, "平方米"), "{facts:#?}");
    assert!(has(&facts, 420.0, "平米"), "{facts:#?}");
    for text in [
        "驿站启用\n街道新就业群体驿站面积80平米,外卖骑手、快递员可以在这里休息、充电,志愿者每天值守。",
        "老街社区搬进新家\n社区新办公用房面积达350平米,设有一站式服务大厅,社区工作者和志愿者为居民服务更方便了,社区治理也更顺了。",
    ] {
        let facts = facts_of(text);
        assert!(
            facts.iter().any(|f| f.unit == "平米" && f.value >= 80.0),
            "{text}: {facts:#?}"
        );
    }
}
