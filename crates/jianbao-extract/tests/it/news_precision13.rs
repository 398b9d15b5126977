//! Which numbers are figures (precision13): the shares and age bands of a list of statistics, a
//! count of categories beside its items, a round magnitude hedged from both sides, a count whose
//! measure word stands in its name, and the norms a rule sets per head or per body, a floor-area
//! threshold and what a site can hold. One short article per wording (written for these tests),
//! each extracted as a new user would.

use jianbao_facts::{Fact, Qualifier};

use crate::support::article;

use article::{assert_none, find, has};

fn facts_of(text: &str) -> Vec<Fact> {
    article::facts_of("article.txt", text)
}

/// A district's news of its social-work department with `sentence` in its lead and two stocks
/// of the remit after it (志愿服务站210个, 注册志愿者3.2万名).
fn district_news(sentence: &str) -> Vec<Fact> {
    facts_of(&format!(
        "锦江区社会工作和志愿服务推进会召开\n\n近日,成都市锦江区委社会工作部召开推进会。{sentence}目前,全区建成志愿服务站210个,实名注册志愿者3.2万名。"
    ))
}

/// A list of statistics gives each count and then its share with 占 alone (女党员N名,占M%): the
/// share is a figure, labelled as the count's share.
#[test]
fn a_share_after_a_count_in_a_list_of_statistics_is_a_figure() {
    for (sentence, count, share, label) in [
        (
            "全省女党员58.6万名,占27.9%。",
            586_000.0,
            27.9,
            "女党员占比",
        ),
        (
            "新发展党员中,青年党员1.6万名,占64.5%。",
            16_000.0,
            64.5,
            "青年党员占比",
        ),
        (
            "全省持证社工4.2万人,占31.2%。",
            42_000.0,
            31.2,
            "持证社工占比",
        ),
    ] {
        let text = format!(
            "山西省党建工作数据发布\n\n截至2023年底,山西省非公有制企业党组织1.2万个,社会组织党组织3000个。{sentence}"
        );
        let facts = facts_of(&text);
        let _ = find(
            &facts,
            count,
            if sentence.contains('人') {
                "人"
            } else {
                "名"
            },
        );
        let f = find(&facts, share, "%");
        assert_eq!(f.label, label, "{sentence}");
    }
}

/// Party and workforce statistics count their people by age band (35岁以下党员N名, 30岁及以下
/// 党员, 31至35岁党员): the band is part of what is counted, the age no figure of its own.
#[test]
fn a_count_after_an_age_band_is_a_figure() {
    for (sentence, value, label) in [
        ("全省35岁以下党员4800名。", 4800.0, "35岁以下党员"),
        ("其中30岁及以下党员21.4万名。", 214_000.0, "30岁及以下党员"),
        ("31至35岁党员19.6万名。", 196_000.0, "31至35岁党员"),
        (
            "35周岁以下的社区工作者有620名。",
            620.0,
            "35周岁以下的社区工作者",
        ),
    ] {
        let text = format!(
            "山西省党建工作数据发布\n\n截至2023年底,山西省非公有制企业党组织1.2万个,社区工作者3.1万名。{sentence}"
        );
        let facts = facts_of(&text);
        let f = find(&facts, value, "名");
        assert_eq!(f.label, label, "{sentence}");
        assert!(
            !has(&facts, 35.0, "岁") && !has(&facts, 30.0, "岁"),
            "{sentence}"
        );
    }
}

/// A count of categories beside its items (7大类28个服务项目, 3类22项服务清单) is a figure of
/// its own, counting the kinds of what the items' figure counts; 大 alone stays a name (十八大).
#[test]
fn a_count_of_categories_beside_its_items_is_a_figure() {
    for (sentence, kinds, items, item_unit) in [
        ("梳理出7大类28个志愿服务项目。", 7.0, 28.0, "个"),
        ("形成3类22项便民服务清单。", 3.0, 22.0, "项"),
        ("整合为5大类40项社区服务。", 5.0, 40.0, "项"),
    ] {
        let facts = district_news(&format!("今年以来,区志愿服务联合会{sentence}"));
        let f = find(&facts, kinds, "类");
        assert!(f.label.ends_with("类别"), "{sentence}: {}", f.label);
        assert!(has(&facts, items, item_unit), "{sentence}");
    }
}

/// 近百余名, 近千余人: a round magnitude hedged from both sides is about it; 近百 and 百多 alone
/// stay vague (百余 alone is over a hundred).
#[test]
fn a_round_magnitude_hedged_from_both_sides_is_about_it() {
    for (sentence, value, unit) in [
        ("近百余名党员志愿者参与服务。", 100.0, "名"),
        ("走访慰问困难群众近百余户。", 100.0, "户"),
        ("近千余人次居民参加活动。", 1000.0, "人次"),
    ] {
        let facts = district_news(&format!("今年以来,{sentence}"));
        let f = find(&facts, value, unit);
        assert_eq!(f.qualifier, Qualifier::Approx, "{sentence}");
    }
    for vague in ["近百名志愿者参与服务。", "百多名志愿者参与服务。"] {
        let facts = district_news(&format!("今年以来,{vague}"));
        assert_none(&facts, &[(100.0, "名")]);
        assert!(has(&facts, 210.0, "个"), "{vague}");
    }
}

/// A count whose measure word stands in its name before the number (社区社会组织个数达11.1,
/// 参与人数达500) is counted in that measure word.
#[test]
fn a_count_named_with_its_measure_word_is_a_figure() {
    for (sentence, value, unit) in [
        ("城市社区平均拥有社区社会组织个数达11.1。", 11.1, "个"),
        ("活动参与人数达500,", 500.0, "人"),
        ("结对帮扶的困难家庭户数为320。", 320.0, "户"),
    ] {
        let facts = district_news(&format!("今年以来,全区{sentence}"));
        assert!(has(&facts, value, unit), "{sentence}: {facts:?}");
    }
}

/// Hours of training or service a rule sets per head and year (人均每年参加培训40小时以上,
/// 每名志愿者每年培训不少于12学时, 每人每年服务超过50小时) are norms; a reported average
/// without a minimum stays a figure.
#[test]
fn hours_a_rule_sets_per_head_are_norms() {
    for (rule, value, unit) in [
        ("社区工作者人均每年参加培训40小时以上", 40.0, "小时"),
        ("每名志愿者骨干每年接受培训不少于12学时", 12.0, "学时"),
        ("志愿者每人每年提供志愿服务时间超过50小时", 50.0, "小时"),
        ("村党组织书记人均培训时长不低于56小时", 56.0, "小时"),
    ] {
        let text = format!(
            "全区社会工作人才培训计划印发\n\n近日,银川市兴庆区委社会工作部印发培训计划,要求{rule}。今年以来,全区共培训社区工作者1200人次,志愿者人均服务时长25.6小时。"
        );
        let facts = facts_of(&text);
        assert_none(&facts, &[(value, unit)]);
        assert!(has(&facts, 1200.0, "人次"), "{rule}");
        assert!(has(&facts, 25.6, "小时"), "{rule}");
    }
}

/// What a rule sets for each village, community or grid (每个行政村建成1个志愿服务站, 每村配备1名
/// 社工, 为每个网格配备2名网格员) is a norm; an average per community and a ratio to a population
/// report what is and stay figures.
#[test]
fn what_a_rule_sets_for_each_body_is_a_norm() {
    for (rule, value, unit) in [
        ("每个行政村建成1个志愿服务站", 1.0, "个"),
        ("每村配备1名专职社工", 1.0, "名"),
        ("为每个网格配备2名专职网格员", 2.0, "名"),
        ("每个城市社区至少组建1支志愿服务队", 1.0, "支"),
    ] {
        let facts = district_news(&format!("会议要求,{rule}。"));
        assert_none(&facts, &[(value, unit)]);
        assert!(has(&facts, 210.0, "个"), "{rule}");
    }
    for (report, value) in [
        ("平均每个城市社区拥有社区社会组织11个", 11.0),
        ("每万人拥有持证社工28名", 28.0),
        ("每百万人口拥有志愿服务组织20个以上", 20.0),
    ] {
        let facts = district_news(&format!("截至2024年底,全区{report}。"));
        assert!(
            facts.iter().any(|f| f.value == value),
            "{report}: {facts:?}"
        );
    }
}

/// What a hall or a classroom can hold (可容纳300人, 能同时容纳80余人, 可接待200人) and the floor
/// area that brings a site under a rule (200平方米以上的党群服务中心) describe a site, not what was
/// done; the site's own count stays.
#[test]
fn capacity_and_floor_area_thresholds_are_no_figures() {
    for (sentence, value, unit) in [
        ("新建可容纳300人的培训中心1处", 300.0, "人"),
        ("活动室能同时容纳80余人", 80.0, "人"),
        ("多功能厅可接待200人", 200.0, "人"),
        ("推动200平方米以上的党群服务中心向社会开放", 200.0, "平方米"),
    ] {
        let facts = district_news(&format!("今年以来,全区{sentence},开展志愿服务活动46场。"));
        assert_none(&facts, &[(value, unit)]);
        assert!(has(&facts, 46.0, "场"), "{sentence}");
    }
}
