//! Round asoflevel17: a lead that opens with its story's day from January to March and names the
//! year of the campaign it reports. Articles written for these tests in the ways county papers
//! and departments' sites write; each is extracted as a new user would.

use crate::support::article;

use article::find;

fn as_of(facts: &[jianbao_facts::Fact], value: f64, unit: &str) -> Option<String> {
    find(facts, value, unit).as_of.clone()
}

/// An undated page whose lead opens with a day of January to March and names the campaign it
/// reports with its year (2026年……志愿服务主题月, 莆田市2022年“3·5”……, 启动2023年……宣传活动): the
/// campaigns of the year's first months are named with the year they open, so the story's month
/// is the article's, for the event's figures in the paragraphs after the lead.
#[test]
fn an_early_campaign_named_with_its_year_dates_the_story() {
    let pages = [
        "3月5日上午,“全民志愿行”暨2026年东坡县志愿服务主题月启动仪式在县文化广场举行,县委社会工作部组织志愿者开展志愿服务。\n\
         现场设置志愿服务摊位24个,400余名志愿者参加。\n",
        "东坡讯 3月4日,眉山市2026年“3·5”学雷锋纪念日志愿服务暨东坡区志愿服务月启动仪式举行,区委社会工作部组织志愿者开展志愿服务。\n\
         启动仪式现场,东坡区为24支志愿服务队授旗,400名志愿者代表参加。\n",
        "东坡新闻网2月20日讯 今天,东坡区启动2026年社会工作和志愿服务主题宣传活动,区委社会工作部组织志愿者开展志愿服务。\n\
         现场设置志愿服务摊位24个,400余名志愿者参加。\n",
    ];
    for body in pages {
        let text = format!("东坡区志愿服务主题活动启动\n{body}");
        let facts = article::facts_of("early.txt", &text);
        let volunteers = facts
            .iter()
            .find(|f| f.value == 400.0)
            .unwrap_or_else(|| panic!("{body}: {facts:#?}"));
        assert_eq!(
            volunteers.as_of.as_deref(),
            Some(expected_month(body)),
            "{body}"
        );
        let sites = facts
            .iter()
            .find(|f| f.value == 24.0)
            .unwrap_or_else(|| panic!("{body}: {facts:#?}"));
        assert_eq!(sites.as_of.as_deref(), Some(expected_month(body)), "{body}");
    }
}

/// The month each page's lead opens with.
fn expected_month(body: &str) -> &'static str {
    if body.contains("2月20日") {
        "2026-02"
    } else {
        "2026-03"
    }
}

/// From January to March a meeting that looks back on a year (总结, 表彰) or an award of a year
/// (2025年度) names the year before, so the lead's day takes no year from it and the page stays
/// undated; a day without any year named dates nothing either.
#[test]
fn an_early_look_back_names_no_year_of_the_story() {
    let pages = [
        "1月16日,东坡区志愿者协会召开2025年志愿服务工作总结表彰会,区委社会工作部组织志愿者开展志愿服务。\n\
         目前,东坡区志愿者协会有志愿服务队24支。\n",
        "2月7日,2025年度东坡区志愿服务先进典型发布会召开,区委社会工作部组织志愿者开展志愿服务。\n\
         目前,东坡区志愿者协会有志愿服务队24支。\n",
        "3月5日上午,东坡区学雷锋志愿服务主题活动在城南广场举行,区委社会工作部组织志愿者开展志愿服务。\n\
         目前,东坡区志愿者协会有志愿服务队24支。\n",
    ];
    for body in pages {
        let text = format!("东坡区志愿服务\n{body}");
        let facts = article::facts_of("look_back.txt", &text);
        assert_eq!(as_of(&facts, 24.0, "支"), None, "{body}");
    }
}

/// Later in the year a day without its year still takes the year its first sentence names
/// (12月30日,2025年度……年会……举行), as before this round.
#[test]
fn a_late_day_keeps_the_year_its_sentence_names() {
    let facts = article::facts_of(
        "annual.txt",
        "东坡区志愿服务年会举行\n\
         12月30日,2025年度东坡区志愿服务年会在城南举行,区委社会工作部组织志愿者开展志愿服务。\n\
         会上,24个志愿服务项目受到表扬,400名志愿者参加。\n",
    );
    assert_eq!(as_of(&facts, 24.0, "个").as_deref(), Some("2025-12"));
}
