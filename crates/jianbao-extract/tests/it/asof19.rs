//! Round asof19: totals over a span that ends on a day or after the year's first months, figures
//! after a line's or a place's founding, and a place's profile after its founding year. Articles
//! written for these tests in the ways hotline bulletins, departments' sites and community pages
//! write; each is extracted as a new user would.

use crate::support::article;

use article::find;

fn as_of(facts: &[jianbao_facts::Fact], value: f64, unit: &str) -> Option<String> {
    find(facts, value, unit).as_of.clone()
}

/// A hotline page of December 2024 (its 发布时间 line) with `body` as its only paragraph.
fn hotline_page(body: &str) -> Vec<jianbao_facts::Fact> {
    let text = format!(
        "东坡区12345热线运行情况\n发布时间:2024-12-20 09:30 来源:东坡区委社会工作部\n{body}\n"
    );
    article::facts_of("hotline.txt", &text)
}

/// A tally over months that ends on a day (1月1日至11月30日, 1月—11月15日, 2024年1月1日到10月31日)
/// counts up to that day, as 截至11月30日 does: the figure keeps the day, not only its month.
#[test]
fn a_tally_over_months_keeps_the_day_it_runs_to() {
    let cases = [
        (
            "2024年1月1日至11月30日,东坡区12345热线共受理群众诉求15.6万件,办结率99.2%。",
            "2024-11-30",
        ),
        (
            "今年1月—11月15日,东坡区12345热线共受理群众诉求15.6万件,办结率99.2%。",
            "2024-11-15",
        ),
        (
            "2024年1月1日到10月31日,东坡区12345热线共受理群众诉求15.6万件,办结率99.2%。",
            "2024-10-31",
        ),
    ];
    for (body, day) in cases {
        let facts = hotline_page(body);
        assert_eq!(
            as_of(&facts, 156000.0, "件").as_deref(),
            Some(day),
            "{body}"
        );
        assert_eq!(as_of(&facts, 99.2, "%").as_deref(), Some(day), "{body}");
    }
}

/// Days within one month are an event's days or the month's own tally, and days that open late in
/// a month (10月30日至11月2日) an event's: the month, as before.
#[test]
fn days_within_one_month_keep_the_month() {
    let cases = [
        "11月1日至11月30日,东坡区12345热线共受理群众诉求1.6万件,办结率99.2%。",
        "11月12日至14日,东坡区委社会工作部举办网格员培训班,120名网格员参加。",
        "10月30日至11月2日,东坡区委社会工作部举办网格员培训班,120名网格员参加。",
    ];
    for body in cases {
        let facts = hotline_page(body);
        let f = facts
            .iter()
            .find(|f| f.value == 16000.0 || f.value == 120.0)
            .unwrap_or_else(|| panic!("{body}: {facts:#?}"));
        assert_eq!(f.as_of.as_deref(), Some("2024-11"), "{body}");
    }
}

/// The year's first months counted (2024年前11个月, 今年前10个月, 今年前三个月) run to the last of
/// them, as 1—11月 does: the month, not only the year.
#[test]
fn the_first_months_of_a_year_run_to_the_last() {
    let cases = [
        (
            "2024年前11个月,东坡区12345热线共受理群众诉求15.6万件,办结率99.2%。",
            "2024-11",
        ),
        (
            "今年前10个月,东坡区12345热线共受理群众诉求15.6万件,办结率99.2%。",
            "2024-10",
        ),
        (
            "今年前三个月,东坡区12345热线共受理群众诉求15.6万件,办结率99.2%。",
            "2024-03",
        ),
    ];
    for (body, month) in cases {
        let facts = hotline_page(body);
        assert_eq!(
            as_of(&facts, 156000.0, "件").as_deref(),
            Some(month),
            "{body}"
        );
    }
    // a span of months that no year opens is a duration, not the year's first months
    let facts = hotline_page(
        "今年以来,东坡区12345热线共受理群众诉求15.6万件。热线试运行的前3个月,共接听来电4200个。",
    );
    assert_eq!(as_of(&facts, 156000.0, "件").as_deref(), Some("2024"));
}

/// A year restated after a cut-off (截至2024年11月30日,……今年共受理……) is the cut-off's: the
/// figure keeps its day; 今年 alone stays the year.
#[test]
fn a_year_restated_after_a_cut_off_keeps_the_cut_off() {
    let cases = [
        "截至2024年11月30日,东坡区12345热线今年共受理群众诉求15.6万件。",
        "截至2024年11月30日,东坡区12345热线2024年共受理群众诉求15.6万件。",
        "截止2024年11月30日,今年东坡区12345热线共受理群众诉求15.6万件。",
    ];
    for body in cases {
        let facts = hotline_page(body);
        assert_eq!(
            as_of(&facts, 156000.0, "件").as_deref(),
            Some("2024-11-30"),
            "{body}"
        );
    }
    let facts = hotline_page("今年,东坡区12345热线共受理群众诉求15.6万件。");
    assert_eq!(as_of(&facts, 156000.0, "件").as_deref(), Some("2024"));
}

/// A line or a centre founded in a year its own sentence tells (2019年,……正式开通。) and whose
/// later figures run from then (开通以来, 成立以来, 运行至今): the totals run to the page's date,
/// not to the founding's year.
#[test]
fn totals_since_a_launch_run_to_the_page() {
    let cases = [
        "2019年,东坡区12345热线正式开通。开通以来,热线累计受理群众诉求82万件,群众满意率96%。",
        "2016年,东坡区社会工作服务中心成立。成立以来,中心累计开展个案服务1200个,服务群众3.5万人次。",
        "2020年,东坡区志愿服务平台正式上线运行。运行至今,平台累计注册志愿者4.2万人,发布志愿服务项目860个。",
    ];
    for body in cases {
        let facts = hotline_page(body);
        assert!(!facts.is_empty(), "{body}");
        for f in &facts {
            assert_eq!(f.as_of.as_deref(), Some("2024-12"), "{body}: {f:#?}");
        }
    }
}

/// A sentence that opens with a year and counts in it is that year's report, and on a page with
/// no date a total since a launch has no date at all.
#[test]
fn a_counted_year_and_an_undated_launch_stay_as_they_were() {
    let facts = hotline_page(
        "2019年,东坡区12345热线共受理群众诉求12万件。今年1—11月,热线共受理群众诉求15.6万件。",
    );
    assert_eq!(as_of(&facts, 120000.0, "件").as_deref(), Some("2019"));
    assert_eq!(as_of(&facts, 156000.0, "件").as_deref(), Some("2024-11"));
    let facts = article::facts_of(
        "undated.txt",
        "东坡区12345热线\n2019年,东坡区12345热线正式开通。开通以来,热线累计受理群众诉求82万件,群众满意率96%。\n",
    );
    assert_eq!(as_of(&facts, 820000.0, "件"), None);
}

/// A community's profile after its founding (成立于2001年12月,社区面积……; 2001年,……社区成立。
/// 社区辖区面积……; 组建于2001年,村庄面积……): the place as it stands, dated neither by the page's
/// month nor by the founding's year.
#[test]
fn a_profile_after_a_founding_has_no_date() {
    let cases = [
        "东坡区苏祠街道益乐社区成立于2001年12月,社区面积2.3平方公里,居民户数4500户,人口1.2万人。",
        "2001年,东坡区苏祠街道益乐社区成立。社区辖区面积2.3平方公里,常住人口1.2万人,居民4500户。",
        "东坡区苏祠街道益乐社区组建于2001年,区域面积2.3平方公里,实有人口1.2万人,居民4500户。",
    ];
    for body in cases {
        let text = format!(
            "益乐社区概况\n发布时间:2023-05-06\n{body}\n益乐社区党委下设党支部5个,社区志愿服务队开展志愿服务活动,社区网格员走访居民。\n"
        );
        let facts = article::facts_of("profile.txt", &text);
        assert_eq!(as_of(&facts, 2.3, "平方公里"), None, "{body}");
        assert_eq!(as_of(&facts, 12000.0, "人"), None, "{body}");
        assert_eq!(as_of(&facts, 4500.0, "户"), None, "{body}");
    }
    // told with 现有 (now), the profile is the page's, as before
    let facts = article::facts_of(
        "profile.txt",
        "益乐社区概况\n发布时间:2023-05-06\n东坡区苏祠街道益乐社区于2001年成立,现有居民4500户、1.2万人。\n益乐社区党委下设党支部5个,社区志愿服务队开展志愿服务活动,社区网格员走访居民。\n",
    );
    assert_eq!(as_of(&facts, 4500.0, "户").as_deref(), Some("2023-05"));
}
