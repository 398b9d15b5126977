//! The period of a news article's figures: the day the news reports, as its lead gives it,
//! rather than the day the page was published (devcorpus/README.md, `as_of`). Articles written
//! for these tests in the way city papers print a story on their sites.

use crate::support::article;

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
        "江北区社会工作部推动骑手驿站建设\n2025-01-06 08:15:02 来源: 江城日报\n作为新组建的部门,江北区委社会工作部于2024年5月7日正式挂牌成立。目前,江北区建成骑手驿站36个,培育社会组织58家。\n",
    );
    assert_eq!(find(&facts, 58.0, "家").as_of.as_deref(), Some("2025-01"));
}

/// A standing description (先后, 累计, 共有, 近年来……) states how things stand or grew, not
/// when: no month of the article's, unless 现有, 已有 or 目前 says "now" (devcorpus/README.md,
/// `as_of`).
#[test]
fn standing_figures_take_no_month_unless_a_word_says_now() {
    let facts = article::facts_of(
        "standing.txt",
        "南湖区关爱新就业群体\n发布时间:2025-03-18 10:20\n\
         近年来,南湖区委社会工作部推动建成暖心驿站64个,培育骑手志愿服务队12支。\n\
         南湖区先后有28家社会组织参与关爱项目,累计服务快递员外卖员1.6万人次。\n\
         目前,全区注册志愿者达4.2万人;辖区现有社会工作服务站15个,已有持证社工310名。\n",
    );
    for (value, unit) in [(64.0, "个"), (12.0, "支"), (28.0, "家"), (16_000.0, "人次")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.as_of, None, "{fact:#?}");
    }
    for (value, unit) in [(42_000.0, "人"), (15.0, "个"), (310.0, "名")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.as_of.as_deref(), Some("2025-03"), "{fact:#?}");
    }
}

/// A year's review that does not name its year (一年来, 年终盘点) and is published early in the
/// next year reports the year before: its 今年以来 figures are that year's, while its 目前 is
/// still the day it was published.
#[test]
fn a_review_published_early_next_year_reports_the_year_before() {
    let facts = article::facts_of(
        "review.txt",
        "一年来,北塘区社会工作部这样干\n2025-01-09 17:30 来源: 北塘发布\n\
         今年以来,北塘区新建新就业群体服务站点23个,组织关爱活动150余场。\n\
         目前,全区登记社会组织达412家,社区工作者队伍达1860人。\n",
    );
    for (value, unit) in [(23.0, "个"), (150.0, "场")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.as_of.as_deref(), Some("2024"), "{fact:#?}");
    }
    for (value, unit) in [(412.0, "家"), (1860.0, "人")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.as_of.as_deref(), Some("2025-01"), "{fact:#?}");
    }
    // the same words in a story of June are the last twelve months, dated by its month
    let facts = article::facts_of(
        "midyear.txt",
        "一年来,北塘区社会工作部这样干\n2025-06-09 17:30 来源: 北塘发布\n\
         今年以来,北塘区新建新就业群体服务站点23个,组织关爱活动150余场。\n\
         目前,全区登记社会组织达412家,社区工作者队伍达1860人。\n",
    );
    assert_eq!(find(&facts, 23.0, "个").as_of.as_deref(), Some("2025"));
    assert_eq!(find(&facts, 412.0, "家").as_of.as_deref(), Some("2025-06"));
}

/// A year inside another clause's story (a founding, a document's title, the start of a span
/// that runs to now) dates none of the figures: 自2018年以来 counts up to the article's month.
#[test]
fn a_year_of_an_unrelated_clause_dates_no_figure() {
    let facts = article::facts_of(
        "history.txt",
        "西川区志愿服务联合会服务群众\n发布时间:2024-11-20 09:00\n\
         西川区志愿服务联合会成立于2016年,现有会员单位86家。\n\
         区委社会工作部印发《西川区2023年志愿服务提升方案》,全区志愿服务队伍发展到340支。\n\
         自2019年以来,联合会组织开展志愿服务活动2100余场。\n\
         这一做法始于2021年冬天的一次走访,社工们跑了9家平台企业。\n",
    );
    for (value, unit) in [(86.0, "家"), (340.0, "支"), (2100.0, "场"), (9.0, "家")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.as_of.as_deref(), Some("2024-11"), "{fact:#?}");
    }
}

/// 目前 on a page without a date says "now" without saying when: an earlier sentence's year
/// (截至2017年底) is not the figure's.
#[test]
fn now_on_an_undated_page_does_not_take_an_earlier_year() {
    let facts = article::facts_of(
        "undated.txt",
        "东江市社会工作人才队伍建设\n\
         据悉,截至2017年底,全市共有1260人通过全国社会工作者职业水平考试。目前,全市有社会工作行业协会7家,民办社会工作服务机构31家。\n",
    );
    assert_eq!(find(&facts, 1260.0, "人").as_of.as_deref(), Some("2017"));
    for (value, unit) in [(7.0, "家"), (31.0, "家")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.as_of, None, "{fact:#?}");
    }
}

/// A community's or a district's profile (辖区面积……, 下辖……, 辖区内有……) describes how the place
/// stands, not an event of the article's month: its figures take no `as_of`, while a reported
/// activity after it still takes the article's month (devcorpus/README.md, `as_of`, rule 3).
#[test]
fn a_profile_of_a_place_states_how_it_stands() {
    let facts = article::facts_of(
        "profile.txt",
        "青石社区:党建引领共建幸福家园\n发布时间:2024-09-12 10:00\n\
         青石社区位于西岭区东部,辖区面积1.6平方公里,有居民楼58栋,居民2300户。社区下辖6个网格,辖区内有幼儿园2所、沿街商户120家。\n\
         社区党委组织志愿者开展环境整治活动15场。\n",
    );
    for (value, unit) in [(58.0, "栋"), (2300.0, "户"), (120.0, "家")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.as_of, None, "{fact:#?}");
    }
    assert_eq!(find(&facts, 15.0, "场").as_of.as_deref(), Some("2024-09"));
}

/// A year's review names its year in forms other than `2024年工作综述`: the review word before
/// the year (回眸2024, 盘点2024年), 过去的一年 in its lead, or a lead that opens with the
/// year it reviews (2024年,……) in a text published early the next year.
#[test]
fn a_review_names_its_year_in_many_forms() {
    for (title, lead) in [
        (
            "回眸2024|西岭区社会工作交出暖心答卷",
            "西岭区委社会工作部坚持党建引领",
        ),
        (
            "西岭区社会工作交出暖心答卷",
            "过去的一年,西岭区委社会工作部坚持党建引领",
        ),
        (
            "西岭区社会工作交出暖心答卷",
            "2024年,西岭区委社会工作部坚持党建引领",
        ),
    ] {
        let text = format!(
            "{title}\n2025-01-15 09:30 来源: 西岭发布\n\
             {lead},聚焦新就业群体急难愁盼,推动各项工作落地见效,为全区基层治理注入新动能。\n\
             全年新建骑手驿站23个,开展关爱活动150余场,累计服务快递员外卖员1.2万人次。\n"
        );
        let facts = article::facts_of("review.txt", &text);
        for (value, unit) in [(23.0, "个"), (150.0, "场"), (12_000.0, "人次")] {
            let fact = find(&facts, value, unit);
            assert_eq!(
                fact.as_of.as_deref(),
                Some("2024"),
                "{title} {lead}: {fact:#?}"
            );
        }
    }
}

/// A cumulative figure whose cut-off follows it in brackets (累计……8.6万人(截至2024年10月底))
/// is dated by that cut-off: statistics are often printed with their date after them.
#[test]
fn a_cut_off_in_brackets_after_a_figure_dates_it() {
    let facts = article::facts_of(
        "cutoff.txt",
        "东岭区志愿服务蓬勃发展\n发布时间:2024-12-20 16:00\n\
         东岭区累计注册志愿者8.6万人(截至2024年10月底),志愿服务队伍发展到420支。\n",
    );
    assert_eq!(
        find(&facts, 86_000.0, "人").as_of.as_deref(),
        Some("2024-10")
    );
}

/// An event's figures take the month it falls in even when the text gives its day (2025年1月
/// 25日,……举办): a cut-off (截至2024年11月30日) keeps its day, as the figures count up to it.
#[test]
fn an_event_takes_its_month_a_cut_off_its_day() {
    let facts = article::facts_of(
        "event.txt",
        "西岭区举办新春关爱骑手活动\n发布时间:2025-02-03 11:00\n\
         2025年1月25日,西岭区委社会工作部在城南骑手驿站举办新春关爱活动,为骑手送上年货礼包300份。\n\
         活动吸引了区内9家平台企业参与。\n\
         截至2024年11月30日,全区登记注册志愿者4.8万人。\n",
    );
    assert_eq!(find(&facts, 300.0, "份").as_of.as_deref(), Some("2025-01"));
    assert_eq!(find(&facts, 9.0, "家").as_of.as_deref(), Some("2025-01"));
    assert_eq!(
        find(&facts, 48_000.0, "人").as_of.as_deref(),
        Some("2024-11-30")
    );
}

/// A review's title is not always the page's first line (crumbs and a masthead come first on a
/// disclosure page), and the department's name may stand between its year and 总结: its
/// standing figures are still that year's.
#[test]
fn a_review_title_below_the_crumbs_dates_its_figures() {
    for title in [
        "西岭县委社会工作部2025年工作总结",
        "2025年度西岭县委社会工作部工作总结",
    ] {
        let text = format!(
            "首页 > 信息公开 > 计划总结\n西岭县人民政府门户网站\n{title}\n发布时间:2025-12-20 10:00\n\
             县委社会工作部坚持围绕党建引领基层治理,统筹推进新就业群体服务、志愿服务和社会工作人才队伍建设。\n\
             全县累计建成新就业群体服务站点46个,先后培育社区社会组织130家。\n"
        );
        let facts = article::facts_of("review.txt", &text);
        for (value, unit) in [(46.0, "个"), (130.0, "家")] {
            let fact = find(&facts, value, unit);
            assert_eq!(fact.as_of.as_deref(), Some("2025"), "{title}: {fact:#?}");
        }
    }
}

/// A campaign's totals since a month (3月以来, 今年5月份以来) run to the article's date, not
/// to the month it started in (devcorpus/README.md, `as_of`, rule 2: a span that runs to now).
#[test]
fn a_span_since_a_month_is_dated_by_the_article() {
    let facts = article::facts_of(
        "campaign.txt",
        "西岭区“暖蜂行动”温暖骑手心\n发布时间:2025-06-18 09:00\n\
         3月以来,西岭区委社会工作部开展“暖蜂行动”,走访快递员外卖员1200人次。\n\
         今年4月份以来,全区新增骑手驿站14个。\n",
    );
    for (value, unit) in [(1200.0, "人次"), (14.0, "个")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.as_of.as_deref(), Some("2025-06"), "{fact:#?}");
    }
}
