//! Round metric19: a report's year-on-year change framed by 与……相比 is no part of its label; a
//! change is no reading of the stock it changes, and the total told after it is (社会团体比上年
//! 减少156个,共有15620个); a change told before anything it changes takes the name of the total
//! after it (与上年相比减少9个,全省共有基金会801个); a place's profile in its own tier's words
//! (镇总面积, 幅员面积, 平方千米, 现有居民……人); the filed community organisations named by the act
//! of filing after the noun; the social-work exam's takers and a year's certificates. Short
//! articles written for these tests, each extracted as a new user would.

use crate::support::article;

use article::{facts_of, find, has, metric};

/// A provincial 民政 report's page with `body` as its second paragraph (a third on the
/// province's social workers makes it a page of the remit).
fn report(body: &str) -> String {
    format!(
        "浙江省发布民政事业发展报告\n\n\
         2024年3月5日,浙江省民政厅发布年度民政事业发展报告,介绍全省社会组织和社会工作发展情况。\n\n\
         {body}\n\n\
         全省持证社会工作者总数达到8.6万人,社区工作者队伍不断壮大。\n"
    )
}

/// The label of the fact stating `value` in `unit`.
fn label(text: &str, value: f64, unit: &str) -> String {
    find(&facts_of("report.txt", text), value, unit)
        .label
        .clone()
}

/// 与上年相比, 同去年同期相比, 和2022年相比: the comparison is no part of what the change counts,
/// as 比上年 is none; the label names the counted thing with the change.
#[test]
fn a_comparison_framed_by_xiangbi_leaves_the_label() {
    let cases = [
        (
            "全省社会团体与上年相比减少156个。",
            156.0,
            "社会团体（减少）",
        ),
        (
            "全省社会服务机构同去年同期相比增加210个。",
            210.0,
            "社会服务机构（增加）",
        ),
        ("全省基金会和2022年相比增加5个。", 5.0, "基金会（增加）"),
    ];
    for (body, value, expected) in cases {
        let got = label(&report(body), value, "个");
        assert_eq!(got, expected, "{body}");
        assert!(!got.contains("相比"), "{body}: {got}");
    }
    // a comparison with another place, not an earlier time, is left as it was: the figure stays
    let text = report("全省社会团体与全国平均水平相比多出12个百分点。");
    assert!(
        has(&facts_of("report.txt", &text), 12.0, "个百分点"),
        "{text}"
    );
}

/// A change of a stock keeps no metric; the total told after it in its sentence is the stock,
/// with the stock's row and a label without the change's mark.
#[test]
fn a_change_is_no_reading_and_the_total_after_it_is() {
    let cases = [
        (
            "截至2022年底,全省社会团体比上年减少156个,共有15620个。",
            (156.0, 15620.0),
            "social_organizations.social_groups",
            "社会团体",
        ),
        (
            "截至2022年底,全省社会服务机构与上年相比增加210个,共有24800个。",
            (210.0, 24800.0),
            "social_organizations.service_institutions",
            "社会服务机构",
        ),
        (
            "2021年全省民办非企业单位比上年增加301个,总数达24590个。",
            (301.0, 24590.0),
            "social_organizations.service_institutions",
            "民办非企业单位",
        ),
    ];
    for (body, (change, total), key, thing) in cases {
        let facts = facts_of("report.txt", &report(body));
        assert_eq!(metric(&facts, change, "个"), None, "{body}");
        assert_eq!(
            find(&facts, change, "个").label,
            if body.contains("减少") {
                format!("{thing}（减少）")
            } else {
                format!("{thing}（增加）")
            },
            "{body}"
        );
        assert_eq!(metric(&facts, total, "个").as_deref(), Some(key), "{body}");
        assert_eq!(find(&facts, total, "个").label, thing, "{body}");
    }
    // a metric that counts the change itself keeps it (报考人数…比去年增加)
    let facts = facts_of(
        "report.txt",
        &report("2023年全省社会工作者职业资格考试报考人数为5.1万人,比去年增加6400人。"),
    );
    assert_eq!(
        metric(&facts, 6400.0, "人").as_deref(),
        Some("social_workers.exam_applicants_increase")
    );
}

/// A change told before anything it changes is the change of the total named after it: its
/// label names that total's thing, and its quote runs on to show it.
#[test]
fn a_change_told_first_takes_the_name_of_the_total_after_it() {
    let cases = [
        (
            "截至2022年底,与上年相比减少9个,全省共有基金会801个。",
            (9.0, "个"),
            "基金会（减少）",
        ),
        (
            "截至2022年底,比上年增加120个,全省共有社会团体1.5万个。",
            (120.0, "个"),
            "社会团体（增加）",
        ),
        (
            "截至2022年底,与上年相比下降1.2%,全省共有社会组织41230个。",
            (1.2, "%"),
            "社会组织降幅",
        ),
    ];
    for (body, (value, unit), expected) in cases {
        let facts = facts_of("report.txt", &report(body));
        let change = find(&facts, value, unit);
        assert_eq!(change.label, expected, "{body}");
        let named = expected
            .trim_end_matches("（减少）")
            .trim_end_matches("（增加）");
        let named = named.trim_end_matches("降幅");
        assert!(change.quote.contains(named), "{body}: {change:#?}");
        assert_eq!(change.metric, None, "{body}");
    }
    // with nothing named after it, a change keeps the words its clause gives
    let facts = facts_of(
        "report.txt",
        &report("全省共有社会团体1.5万个。与上年相比增加120个。"),
    );
    let change = find(&facts, 120.0, "个");
    assert!(!change.quote.contains("1.5万"), "{change:#?}");
}

/// A page on a town's or community's social work, with its profile as `body`.
fn profile_page(body: &str) -> String {
    format!(
        "桃源镇社会工作服务站:专业社工助力基层治理\n\n\
         2024年5月8日,某县桃源镇社会工作服务站开展“社工进村居”活动。{body}\
         镇社工站今年开展活动120场,服务群众5600人次。\n"
    )
}

/// A place's area in its own tier's words (镇总面积, 幅员面积, 镇域面积, 平方千米) and its people
/// as the residents it has (现有居民……人) are its profile rows; a site's area is none.
#[test]
fn a_places_profile_in_its_own_words() {
    let cases: [(&str, f64, &str, &str); 5] = [
        (
            "桃源镇总面积128.5平方公里,总人口4.2万人。",
            128.5,
            "平方公里",
            "profile.area",
        ),
        (
            "桃源镇幅员面积96.3平方公里,辖8个行政村。",
            96.3,
            "平方公里",
            "profile.area",
        ),
        (
            "桃源镇镇域面积86平方公里,户籍人口2.1万人。",
            86.0,
            "平方公里",
            "profile.area",
        ),
        (
            "桃源镇行政区域面积52.7平方千米,户籍人口2.1万人。",
            52.7,
            "平方千米",
            "profile.area",
        ),
        (
            "桃源社区辖区面积2.3平方公里,现有居民3200户9800人。",
            9800.0,
            "人",
            "profile.population",
        ),
    ];
    for (body, value, unit, key) in cases {
        let facts = facts_of("profile.txt", &profile_page(body));
        assert_eq!(metric(&facts, value, unit).as_deref(), Some(key), "{body}");
    }
    // the people of the households keep the words the quote shows
    let facts = facts_of(
        "profile.txt",
        &profile_page("桃源社区辖区面积2.3平方公里,现有居民3200户9800人。"),
    );
    assert_eq!(find(&facts, 9800.0, "人").label, "居民");
    // a site's area (a park's, a building's) is no place's profile
    for body in [
        "镇里的产业园区总面积3.5平方公里,入驻企业20家。",
        "镇社工站建筑总面积450平方米,设有个案室和活动室。",
    ] {
        let facts = facts_of("profile.txt", &profile_page(body));
        for f in &facts {
            assert_ne!(f.metric.as_deref(), Some("profile.area"), "{body}: {f:#?}");
        }
    }
}

/// The filed community organisations named by the act of filing after the noun (备案数量, 其中
/// 备案的); the registered-and-filed whole keeps the community organisations' row.
#[test]
fn the_filed_community_organisations_by_the_act_of_filing() {
    let cases = [
        ("全省社区社会组织备案数量达到8600个。", 8600.0),
        (
            "全省共有社区社会组织12.6万个,其中备案的有9.8万个。",
            98000.0,
        ),
        ("全省社区社会组织中在街道备案的达5.6万个。", 56000.0),
    ];
    for (body, value) in cases {
        let facts = facts_of("report.txt", &report(body));
        assert_eq!(
            metric(&facts, value, "个").as_deref(),
            Some("social_organizations.community_filed"),
            "{body}"
        );
    }
    let facts = facts_of(
        "report.txt",
        &report("全省共有社区社会组织12.6万个,其中备案的有9.8万个。"),
    );
    assert_eq!(
        metric(&facts, 126000.0, "个").as_deref(),
        Some("social_organizations.community")
    );
    let facts = facts_of("report.txt", &report("全省登记备案社区社会组织5640个。"));
    assert_eq!(
        metric(&facts, 5640.0, "个").as_deref(),
        Some("social_organizations.community")
    );
}

/// The exam's takers (参加……考试, 参考人数) are its applicants' row; a year's certificates told
/// without the exam's name (取得证书的) are its passers where the figure is social work's, and a
/// trade's certificates are not.
#[test]
fn the_social_work_exams_takers_and_certificates() {
    let cases = [
        (
            "2023年全省有2.6万人参加社会工作者职业资格考试。",
            26000.0,
            "social_workers.exam_applicants",
        ),
        (
            "2023年全省社会工作者职业水平考试参考人数为2.4万人。",
            24000.0,
            "social_workers.exam_applicants",
        ),
        (
            "2023年全省通过社会工作者职业资格考试的有3200人,取得证书的有3100人。",
            3100.0,
            "social_workers.exam_passed",
        ),
        (
            "2023年,全省社会工作者职业资格考试取得资格证书的有2900人。",
            2900.0,
            "social_workers.exam_passed",
        ),
    ];
    for (body, value, key) in cases {
        let facts = facts_of("report.txt", &report(body));
        assert_eq!(metric(&facts, value, "人").as_deref(), Some(key), "{body}");
    }
    // a trade's training and its certificates are no social-work exam
    let text = "某县开展养老护理员技能培训\n\n\
                2024年4月2日,某县人社局举办养老护理员职业技能培训班,\
                参训学员120人,取得证书的有96人。\n";
    let facts = facts_of("care.txt", text);
    if has(&facts, 96.0, "人") {
        assert_eq!(metric(&facts, 96.0, "人"), None, "{facts:#?}");
    }
}
