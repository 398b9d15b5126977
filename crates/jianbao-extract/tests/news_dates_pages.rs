//! The dates pages carry about themselves and their story, in the forms real pages print them
//! (devcorpus/README.md, `as_of`): a date written day first or set over two lines, a site's
//! clock and a crawler's stamp, a labelled publication line under a bare stamp, a stamp its
//! story's dateline contradicts, a span that runs to the page's date (至今), a review's year
//! after a dateline, a review named by its verb or its kind, and a lead that reviews the year
//! before in a work report published late. Articles written for these tests, three wordings
//! for each rule, in the way portals, papers and departments' sites print them.

#[path = "support/article.rs"]
mod article;

use article::find;

fn as_of(facts: &[jianbao_facts::Fact], value: f64, unit: &str) -> Option<String> {
    find(facts, value, unit).as_of.clone()
}

/// The `as_of` of the one figure `value` `unit` of an article written as `text`, with a closing
/// line that makes it an article of the remit (志愿服务, 社会工作, 新就业群体).
fn dated(text: &str, value: f64, unit: &str) -> Option<String> {
    let text = format!(
        "{text}西岭县委社会工作部持续推动志愿服务、社会工作和新就业群体服务融合发展,凝聚志愿者力量参与基层治理。\n"
    );
    as_of(&article::facts_of("page.txt", &text), value, unit)
}

/// A date written day first (14.11.2021, 25/12/2020) is in the month the other number names
/// when the first cannot be a month: a 目前 figure under it is of that month.
#[test]
fn a_date_written_day_first_gives_its_month() {
    for (text, month) in [
        (
            "西岭市为骑手建爱心驿站\n\n14.11.2021  17:50\n\n目前,西岭市共有18处骑手爱心驿站建成投入使用。\n",
            "2021-11",
        ),
        (
            "西岭区社工站服务群众\n来源:西岭新闻网 25/12/2020 09:15\n目前,西岭区已建成乡镇社工站18个。\n",
            "2020-12",
        ),
        (
            "西岭县注册志愿者人数攀升\n30.06.2023\n截至目前,西岭县已有社区志愿服务队18支。\n",
            "2023-06",
        ),
    ] {
        assert_eq!(dated(text, 18.0, text_unit(text)).as_deref(), Some(month), "{text}");
    }
}

/// The unit of the figure 18 in the texts above (处, 个 or 支).
fn text_unit(text: &str) -> &'static str {
    ["处", "个", "支"]
        .into_iter()
        .find(|u| text.contains(&format!("18{u}")))
        .unwrap_or("个")
}

/// A page's layout may set its date over two lines, the year apart from the month and day
/// (2025 above 12/24 and the time; 05-16 above 2024年): that is the page's date.
#[test]
fn a_date_set_over_two_lines_is_the_page_date() {
    for (text, month) in [
        (
            "西岭市就业驿站服务暖心\n2025\n12/24\n19:09\n来源:\n西岭日报\n目前,西岭市已建成社区志愿服务站点26个。\n",
            "2025-12",
        ),
        (
            "西岭区新就业群体服务站点再扩容\n2024年\n05-16\n目前,西岭区已建成社区志愿服务站点26个。\n",
            "2024-05",
        ),
        (
            "西岭县社会组织健康发展\n03.18\n2023\n截至目前,西岭县已建成社区志愿服务站点26个。\n",
            "2023-03",
        ),
    ] {
        assert_eq!(dated(text, 26.0, "个").as_deref(), Some(month), "{text}");
    }
}

/// A site's clock (今天是……星期一, 当前时间) and a forum's or crawler's stamp (GMT+8, 2026-2-8
/// 23:40 , Processed in …) say when the page was shown or fetched: they date nothing, and a
/// page that has no other date line gives its 目前 no date.
#[test]
fn a_site_clock_or_crawler_stamp_dates_nothing() {
    for text in [
        "今天是:2024年5月6日 星期一\n西岭县社区志愿服务站点建设提速\n目前,西岭县已建成社区志愿服务站点32个。\n",
        "当前时间:2024-05-06 10:23\n首页 > 新闻中心\n西岭县社区志愿服务站点建设提速\n目前,西岭县已建成社区志愿服务站点32个。\n",
        "西岭县社区志愿服务站点建设提速\n目前,西岭县已建成社区志愿服务站点32个。\n回复\nGMT+8, 2026-2-8 23:40 , Processed in 0.044431 second(s), 21 queries .\n",
    ] {
        assert_eq!(dated(text, 32.0, "个"), None, "{text}");
    }
}

/// A line that names itself the publication or source line (发布时间, 来源, 日期：) dates the
/// article before a bare timestamp above it, which a crawler or a reposting site prints.
#[test]
fn a_labelled_publication_line_comes_before_a_bare_stamp() {
    for (text, month) in [
        (
            "2024-05-06 10:23:11\n西岭县志愿服务工作综述\n发布时间:2019-08-12 来源:西岭县文明办\n目前,西岭县有志愿服务组织41个。\n",
            "2019-08",
        ),
        (
            "2024-05-06 10:23:11\n西岭县志愿服务工作综述\n来源:西岭日报 2021-03-04\n目前,西岭县有志愿服务组织41个。\n",
            "2021-03",
        ),
        (
            "2024/05/06 10:23\n西岭县志愿服务工作综述\n日期：2022年6月1日\n目前,西岭县有志愿服务组织41个。\n",
            "2022-06",
        ),
    ] {
        assert_eq!(dated(text, 41.0, "个").as_deref(), Some(month), "{text}");
    }
}

/// A page's date line that its story's dateline contradicts (a stamp of May above a story of
/// 11月13日, a wire story of 2月19日 on a page of September) is a crawler's or an archive's:
/// the dateline without a year dates nothing, so 目前 and 现有 under it take no `as_of`. A
/// page printed within weeks of its dateline keeps its date.
#[test]
fn a_stamp_its_dateline_contradicts_dates_nothing() {
    for text in [
        "2024-05-06 10:23:11\n西岭区骑手驿站暖人心\n本报讯(记者 王芳)11月13日,记者走进西岭区城南骑手驿站。目前,西岭区共有骑手驿站47个。\n",
        "西岭区骑手驿站暖人心\n新华社西岭2月19日电(记者 李明)清晨,骑手们已经出发。目前,西岭区共有骑手驿站47个。\n2026-09-01 08:00\n",
        "西岭区骑手驿站暖人心\n西岭融媒12月1日讯 西岭区新就业群体关爱行动走深走实。西岭区现有骑手驿站47个。\n责编:张三\n2025-06-30\n",
    ] {
        assert_eq!(dated(text, 47.0, "个"), None, "{text}");
    }
    let weekly = "西岭区骑手驿站暖人心\n本报讯(记者 王芳)12月2日,西岭区骑手关爱活动在二里社区举行。目前,西岭区共有骑手驿站47个。\n《西岭导报》2024年12月17日 第5825期\n";
    assert_eq!(dated(weekly, 47.0, "个").as_deref(), Some("2024-12"));
}

/// A span that runs to the page's date (2024年至今, 2023年5月至今, 成立至今) is dated as 目前
/// is, by the page's month: its start year is not its period.
#[test]
fn a_span_to_the_page_date_takes_its_month() {
    for text in [
        "西岭县关爱新就业群体\n发布时间:2025-03-06 09:00\n2024年至今,西岭县委社会工作部开展各种形式的慰问活动31场次。\n",
        "西岭县关爱新就业群体\n发布时间:2025-03-06 09:00\n2023年5月至今,西岭县委社会工作部开展各种形式的慰问活动31场次。\n",
        "西岭县关爱新就业群体\n发布时间:2025-03-06 09:00\n西岭县骑手志愿服务队成立至今,累计开展慰问活动31场次。\n",
    ] {
        assert_eq!(dated(text, 31.0, "场次").as_deref(), Some("2025-03"), "{text}");
    }
    // on a page without a date of its own, such a span dates nothing
    let undated =
        "西岭县关爱新就业群体\n2024年至今,西岭县委社会工作部开展各种形式的慰问活动31场次。\n";
    assert_eq!(dated(undated, 31.0, "场次"), None);
}

/// A lead that opens its story with a year right after its dateline and byline (本报讯(记者
/// ……)2023年,……; 新华社西岭电 2022年,……) reports that year, as a lead opening with the year
/// does: an undated page's figures without a date of their own are that year's.
#[test]
fn a_year_after_the_dateline_is_the_period_reported() {
    for (text, year) in [
        (
            "西岭县志愿服务交出高质量答卷\n本报讯(记者 王芳 通讯员 李明)2023年,西岭县委社会工作部锚定主责主业,扎实推进志愿服务工作。\n\n全县注册志愿者达5032人。\n",
            "2023",
        ),
        (
            "西岭县志愿服务交出高质量答卷\n新华社西岭电 2022年,西岭县委社会工作部锚定主责主业,扎实推进志愿服务工作,成效明显。\n\n全县注册志愿者达5032人。\n",
            "2022",
        ),
        (
            "西岭县志愿服务交出高质量答卷\n阳光讯(记者 高明 通讯员 郑一)2025年,西岭县委社会工作部以党建为引领,扎实推进志愿服务工作。\n\n全县注册志愿者达5032人。\n",
            "2025",
        ),
    ] {
        assert_eq!(dated(text, 5032.0, "人").as_deref(), Some(year), "{text}");
    }
}

/// A title that looks back on a year with 总结 or 细数 before it (总结2024年亮点, 细数2023), or
/// names the year's 亮点 or 大事记, makes the text that year's review.
#[test]
fn a_review_named_by_its_verb_or_its_kind() {
    for (text, year) in [
        (
            "总结2024年亮点 西岭区社会工作再上新台阶\n\n新兴领域党建全域覆盖。全区132个新就业群体服务阵地共筑温馨港湾。\n",
            "2024",
        ),
        (
            "细数2023 | 西岭区社会工作这一年\n\n新兴领域党建全域覆盖。全区132个新就业群体服务阵地共筑温馨港湾。\n",
            "2023",
        ),
        (
            "西岭区2022年社会工作大事记\n\n新兴领域党建全域覆盖。全区132个新就业群体服务阵地共筑温馨港湾。\n",
            "2022",
        ),
    ] {
        assert_eq!(dated(text, 132.0, "个").as_deref(), Some(year), "{text}");
    }
}

/// A work report whose lead opens with the year before its publication and says it reviews it
/// (一年来, 过去一年, 全年) reports that year, even when it came out after March.
#[test]
fn a_late_work_report_reviewing_the_year_before() {
    for text in [
        "西岭市基层治理工作报告\n发布时间:2022-06-15 09:00\n2021年,本市坚持党建引领基层治理,推进社区减负增效。一年来,各区持续推进社区减负增效,社区服务能力明显提升。\n\n全市社区工作者达到3200人。\n",
        "西岭市基层治理工作报告\n发布时间:2022-07-01 09:00\n2021年,本市坚持党建引领基层治理,过去一年,各区持续推进社区减负增效,社区服务能力明显提升。\n\n全市社区工作者达到3200人。\n",
        "西岭市基层治理工作报告\n发布时间:2022-05-20 09:00\n2021年,本市坚持党建引领基层治理,全年各区持续推进社区减负增效,社区服务能力明显提升,成效明显。\n\n全市社区工作者达到3200人。\n",
    ] {
        assert_eq!(dated(text, 3200.0, "人").as_deref(), Some("2021"), "{text}");
    }
}
