//! The dates pages carry about themselves and their story, in the forms real pages print them
//! (devcorpus/README.md, `as_of`): a date written day first or set over two lines, a site's
//! clock and a crawler's stamp, a labelled publication line under a bare stamp, a stamp its
//! story's dateline or story day contradicts, a stock counted over a span that runs to the
//! page's date (成立至今), a review's year after a dateline, a review named by its verb or its
//! kind, a lead that reviews the year before in a work report published late, and a profile
//! told as it stands (设有, 下设, 总人口). Articles written for these tests, three wordings for
//! each rule (each wording fails without its rule), in the way portals, papers and
//! departments' sites print them.

use crate::support::article;

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
        "西岭县社区志愿服务站点建设提速\n目前,西岭县已建成社区志愿服务站点32个。\n回复\nGMT+8, 2026-2-8 23:40\n",
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

/// A stock counted since a start that runs to the page's date (成立至今,累计……; 投用至今; 开通迄今)
/// is dated as 目前 is, by the page's month, as 成立以来 is: 累计 alone would date it to nothing.
#[test]
fn a_span_to_the_page_date_takes_its_month() {
    let wrong: Vec<&str> = [
        "西岭县关爱新就业群体\n发布时间:2025-03-06 09:00\n西岭县骑手志愿服务队成立至今,累计开展慰问活动31场次。\n",
        "西岭县关爱新就业群体\n发布时间:2025-03-06 09:00\n城南骑手驿站自投用至今,累计开展慰问活动31场次。\n",
        "西岭县关爱新就业群体\n发布时间:2025-03-06 09:00\n骑手服务热线开通迄今,累计开展慰问活动31场次。\n",
    ]
    .into_iter()
    .filter(|text| dated(text, 31.0, "场次").as_deref() != Some("2025-03"))
    .collect();
    assert!(wrong.is_empty(), "not the page's month: {wrong:#?}");
    // on a page without a date of its own, such a span dates nothing
    let undated = "西岭县关爱新就业群体\n西岭县骑手志愿服务队成立至今,累计开展慰问活动31场次。\n";
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

/// A story told from a later clause of its lead (为……,3月5日,县委社会工作部……; ……,11月13日上午,
/// ……) has that day as its date too: a page stamp months from it is no date of the article's.
#[test]
fn a_stamp_months_from_the_story_day_dates_nothing() {
    let wrong: Vec<&str> = [
        "2024-09-06 10:23:11\n西岭县倾听骑手心声\n为深入了解新就业群体的工作生活和困难诉求,3月5日,西岭县委社会工作部组织开展意见征集活动。目前,全县共有骑手驿站47个。\n",
        "西岭县倾听骑手心声\n为推动新就业群体服务工作走深走实,11月13日上午,西岭县委社会工作部走进城南骑手驿站。目前,全县共有骑手驿站47个。\n2024-05-06\n",
        "采编:李四 2025/08/30\n西岭县倾听骑手心声\n寒潮来袭,1月15日,西岭县委社会工作部联合县总工会开展送温暖活动,记者随队采访。目前,全县共有骑手驿站47个。\n",
    ]
    .into_iter()
    .filter(|text| dated(text, 47.0, "个").is_some())
    .collect();
    assert!(wrong.is_empty(), "dated by a stamp: {wrong:#?}");
}

/// A review that names its kind without its year (工作综述, 年度工作总结, 年度报告) and is
/// published early in the next year reports the year before.
#[test]
fn a_review_named_by_its_kind_reports_the_year_before() {
    let wrong: Vec<&str> = [
        "西岭区委社会工作部年度工作综述\n发布时间:2025-01-20 09:00\n新兴领域党建全域覆盖,社会工作高质量发展迈出坚实步伐。\n\n全区132个新就业群体服务阵地共筑温馨港湾。\n",
        "西岭区委社会工作部年度工作总结\n发布时间:2025-02-11 09:00\n新兴领域党建全域覆盖,社会工作高质量发展迈出坚实步伐。\n\n全区132个新就业群体服务阵地共筑温馨港湾。\n",
        "西岭区志愿服务年度报告发布\n发布时间:2025-03-03 09:00\n西岭区志愿服务年度报告显示,新兴领域党建全域覆盖,社会工作高质量发展迈出坚实步伐。\n\n全区132个新就业群体服务阵地共筑温馨港湾。\n",
    ]
    .into_iter()
    .filter(|text| dated(text, 132.0, "个").as_deref() != Some("2024"))
    .collect();
    assert!(wrong.is_empty(), "not the reviewed year: {wrong:#?}");
}

/// What a place or a centre is made of, told as it stands (中心设有……, 街道下设……, 配有……;
/// 总人口, 流动人口, 总户数 before it in its sentence), is no figure of the page's month.
#[test]
fn a_profile_as_it_stands_takes_no_month() {
    let wrong: Vec<&str> = [
        "西岭街道党群服务中心焕新\n发布时间:2025-04-10 09:00\n中心设有服务窗口8个,为居民提供一站式服务。\n",
        "西岭街道党群服务中心焕新\n发布时间:2025-04-10 09:00\n街道下设社区8个,推动志愿服务进网入格。\n",
        "西岭街道党群服务中心焕新\n发布时间:2025-04-10 09:00\n西岭街道总人口5.6万人,流动人口1.2万人,总户数2.1万户,辖区社区8个。\n",
    ]
    .into_iter()
    .filter(|text| dated(text, 8.0, "个").is_some())
    .collect();
    assert!(wrong.is_empty(), "given the page's month: {wrong:#?}");
}

/// A publication line that runs long with its source, author, view count and font-size links
/// (发布时间:……来源:……浏览次数:……字号:大 中 小), or gives only the year and month (日期:2021年6月),
/// still dates the page: a 目前 figure under it is of that month.
#[test]
fn a_long_or_monthly_publication_line_dates_the_page() {
    let wrong: Vec<&str> = [
        "西岭区社区志愿服务站点全覆盖\n发布时间:2023-11-05 10:23:11 来源:西岭区融媒体中心 作者:张三 浏览次数:1234 字号:大 中 小 【打印】【关闭】\n目前,西岭区已建成社区志愿服务站点58个。\n",
        "西岭区社区志愿服务站点全覆盖\n发布日期:2023年11月16日 信息来源:西岭区人民政府办公室 作者:西岭区委社会工作部 阅读次数:356 【字体:大 中 小】\n目前,西岭区已建成社区志愿服务站点58个。\n",
        "西岭区社区志愿服务站点全覆盖\n日期:2023年11月 来源:西岭日报\n目前,西岭区已建成社区志愿服务站点58个。\n",
    ]
    .into_iter()
    .filter(|text| dated(text, 58.0, "个").as_deref() != Some("2023-11"))
    .collect();
    assert!(wrong.is_empty(), "not the page's month: {wrong:#?}");
}

/// An official document dates itself under its signature in Chinese numerals (二〇二四年三月十五日,
/// 二零二二年十二月): the page's month, as a 发布时间 line gives it.
#[test]
fn a_date_in_chinese_numerals_under_the_signature_dates_the_page() {
    let wrong: Vec<(&str, &str)> = [
        (
            "西岭县志愿服务工作情况通报\n目前,西岭县已建成社区志愿服务站点64个。\n西岭县委社会工作部\n二〇二四年三月十五日\n",
            "2024-03",
        ),
        (
            "西岭县志愿服务工作情况通报\n目前,西岭县已建成社区志愿服务站点64个。\n二零二二年十二月\n",
            "2022-12",
        ),
        (
            "西岭县志愿服务工作情况通报\n目前,西岭县已建成社区志愿服务站点64个。\n中共西岭县委社会工作部 二〇二三年十一月五日\n",
            "2023-11",
        ),
    ]
    .into_iter()
    .filter(|(text, month)| dated(text, 64.0, "个").as_deref() != Some(*month))
    .collect();
    assert!(wrong.is_empty(), "not the document's month: {wrong:#?}");
}
