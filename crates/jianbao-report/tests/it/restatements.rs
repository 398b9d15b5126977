//! What a region's 总体情况 and 附表 must not say: an event's size as the region's headline, one
//! set or one figure printed twice, the whole country's figure as a province's. Each test renders
//! the briefing and reads the Markdown a reader gets.

use crate::overview::{fact, paragraph, render_with};
use jianbao_facts::{Fact, Level, Qualifier, Theme};

/// A figure of `province` (province level, no catalog metric) in its own clause.
fn plain(id: &str, province: &str, value: f64, unit: &str, quote: &str) -> Fact {
    let mut f = fact(
        id,
        province,
        &format!("{province}省"),
        Level::Province,
        Theme::SocialOrganizations,
        None,
        value,
        unit,
        "2025-12",
        quote,
    );
    f.doc = format!("{province}.txt");
    // extraction labels each statement by its own words: two statements are not one label
    f.label = quote.into();
    f
}

/// Who came to one meeting, who put it on and how many departments signed one paper measure that
/// event or paper, not the province: none of them heads its summary, whatever the wording
/// (齐聚, 代表参加, 联办, 出席, 联合印发). They stay in the 附表. A figure of people taking part in
/// the region's work (参加志愿服务) is no attendance and still sums the region up.
#[test]
fn an_events_guests_and_hosts_never_sum_up_a_region() {
    let events = [
        (
            "yn-gathered",
            300.0,
            "人",
            "来自省内外的社工机构负责人近300人齐聚昆明",
        ),
        (
            "yn-riders",
            150.0,
            "名",
            "150余名外卖骑手代表参加了新春慰问活动",
        ),
        (
            "yn-hosts",
            8.0,
            "家",
            "省社会组织促进会等8家单位联办本届年会",
        ),
        ("yn-guests", 200.0, "名", "出席开幕式的200名嘉宾来自各地"),
        (
            "yn-signers",
            11.0,
            "个",
            "由省委社会工作部等11个部门联合印发的实施意见提出",
        ),
    ];
    let mut extra: Vec<Fact> = events
        .iter()
        .map(|(id, value, unit, quote)| plain(id, "云南", *value, unit, quote))
        .collect();
    extra.push(plain(
        "yn-volunteers",
        "云南",
        3200.0,
        "名",
        "全省累计有3200名社工参加乡镇社工站驻站服务",
    ));
    let markdown = render_with(extra, &["浙江", "云南"]);
    let yunnan = paragraph(&markdown, "**云南**。");
    for (id, _, _, quote) in events {
        assert!(!yunnan.contains(id), "{id} in {yunnan}");
        assert!(
            markdown.contains(&format!("[^{id}]")),
            "{id} left out of the 附表"
        );
        assert!(markdown.contains(quote), "{quote} left out of the 附表");
    }
    assert!(yunnan.contains("[^yn-volunteers]"), "{yunnan}");
}

/// A province figure its source also gives for the whole country (the page's headline restating
/// the body's national total, placed by another name on the page) is the national figure:
/// shown in no province's summary or 附表. Three kinds of count: stations, staff and funds.
/// A figure of the province's own (another value) stays, and so does a rate equal to the
/// country's (a province's 90% may be the nation's 90%).
#[test]
fn a_national_total_restated_in_a_headline_is_no_provinces() {
    let doc = "全国社工站.txt";
    let figure = |id: &str, province: &str, metric: &str, value: f64, unit: &str, quote: &str| {
        let mut f = fact(
            id,
            province,
            if province == "全国" {
                "全国"
            } else {
                "内蒙古自治区"
            },
            Level::Province,
            Theme::SocialWorkers,
            Some(metric),
            value,
            unit,
            if province == "全国" { "2021" } else { "2022" },
            quote,
        );
        f.doc = doc.into();
        f.qualifier = Qualifier::Over;
        f
    };
    let restated = [
        (
            "nm-stations",
            "social_workers.stations",
            17_000.0,
            "个",
            "建成1.7万余个社工站",
        ),
        (
            "nm-staff",
            "social_workers.station_staff",
            40_000.0,
            "名",
            "配备4万余名社工",
        ),
        (
            "nm-funds",
            "social_workers.funding",
            2.49e9,
            "元",
            "全年投入24.9亿元",
        ),
    ];
    let mut extra: Vec<Fact> = Vec::new();
    for (id, metric, value, unit, quote) in restated {
        extra.push(figure(id, "内蒙古", metric, value, unit, quote));
    }
    for (id, metric, value, unit, quote) in [
        (
            "qg-stations",
            "social_workers.stations",
            17_000.0,
            "个",
            "全国已建成乡镇（街道）社工站1.7万余个",
        ),
        (
            "qg-staff",
            "social_workers.station_staff",
            40_000.0,
            "名",
            "全国4万余名社会工作者驻站开展服务",
        ),
        (
            "qg-funds",
            "social_workers.funding",
            2.49e9,
            "元",
            "全国社工站建设投入资金24.9亿元",
        ),
        (
            "qg-coverage",
            "social_workers.station_coverage",
            90.0,
            "%",
            "全国社工站覆盖率达90%",
        ),
    ] {
        extra.push(figure(id, "全国", metric, value, unit, quote));
    }
    // the province's own figures: another value, and a rate equal to the country's
    extra.push(figure(
        "nm-own",
        "内蒙古",
        "social_workers.stations",
        1_000.0,
        "个",
        "全区建成社工站1000余个",
    ));
    extra.push(figure(
        "nm-coverage",
        "内蒙古",
        "social_workers.station_coverage",
        90.0,
        "%",
        "全区社工站覆盖率达90%",
    ));
    let markdown = render_with(extra, &["浙江", "内蒙古"]);
    for (id, ..) in restated {
        assert!(
            !markdown.contains(&format!("[^{id}]")),
            "{id} shown:\n{markdown}"
        );
    }
    assert!(markdown.contains("[^nm-own]"), "{markdown}");
    assert!(markdown.contains("[^nm-coverage]"), "{markdown}");
}

/// A set a source counts again with the word its first statement gave it (试点, 示范, 省级试点),
/// or a headline naming in short a set its body lists, is one figure, cited once by the statement
/// without that word, in the 总体情况 and the 附表 alike. Two
/// sets of one count named alike (新建12个驿站, 改造12个驿站), or a later word the first statement
/// never used, stay two figures.
#[test]
fn a_set_counted_again_with_its_own_word_is_one_figure() {
    let cases = [
        (
            "在某区某街道等12个街道（乡镇）实施社会工作服务体系建设试点项目",
            "据了解，在12个试点街道（乡镇）中",
            12.0,
        ),
        (
            "全市认定30个社区为社区治理示范点",
            "这30个示范社区每季度接受评估",
            30.0,
        ),
        (
            "全省遴选10个县（市、区）开展省级试点",
            "10个省级试点县（市、区）先行探索",
            10.0,
        ),
    ];
    for (first, again, value) in cases {
        let a = plain("sc-first", "四川", value, "个", first);
        let mut b = plain("sc-again", "四川", value, "个", again);
        b.span = [a.span[1] + 40, a.span[1] + 40 + again.chars().count()];
        let markdown = render_with(vec![a, b], &["浙江", "四川"]);
        assert!(markdown.contains("[^sc-first]"), "{markdown}");
        assert!(
            !markdown.contains("[^sc-again]"),
            "{again} printed:\n{markdown}"
        );
    }
    // a headline naming the set in short: the body's statement, which lists it, stands
    let a = plain(
        "sc-title",
        "四川",
        8.0,
        "个",
        "区慈善总会认领8个公益创投项目",
    );
    let body = "区慈善总会从26个公益创投立项项目中认领了助老、助残、环保等8个项目";
    let mut b = plain("sc-body", "四川", 8.0, "个", body);
    b.span = [a.span[1] + 40, a.span[1] + 40 + body.chars().count()];
    let markdown = render_with(vec![a, b], &["浙江", "四川"]);
    assert!(markdown.contains("[^sc-body]"), "{markdown}");
    assert!(!markdown.contains("[^sc-title]"), "{markdown}");
    for (first, again) in [
        ("某区新建12个驿站", "某区改造12个驿站"),
        ("在12个街道开展服务", "12个示范街道获评先进"),
        ("在12个街道开展服务", "12个社区建立议事会"),
    ] {
        let a = plain("sc-first", "四川", 12.0, "个", first);
        let mut b = plain("sc-again", "四川", 12.0, "个", again);
        b.span = [a.span[1] + 40, a.span[1] + 40 + again.chars().count()];
        let markdown = render_with(vec![a, b], &["浙江", "四川"]);
        assert!(
            markdown.contains("[^sc-first]") && markdown.contains("[^sc-again]"),
            "{first} / {again}:\n{markdown}"
        );
    }
}

/// The count an aim starts from (由743个调整为841个) is in the aim's own words: the 总体情况 quotes
/// them once, as the aim, not once more as a reading of the year. A figure in a clause of its own
/// is still a reading.
#[test]
fn the_count_an_aim_starts_from_is_said_with_the_aim() {
    for (quote, from, to) in [
        ("计划将全市城市社区由743个调整为841个", 743.0, 841.0),
        ("力争将新就业群体驿站从120个增加到200个", 120.0, 200.0),
        ("推动全市社区党群服务中心由60个增至90个", 60.0, 90.0),
    ] {
        let mut now = plain("ln-now", "辽宁", from, "个", quote);
        now.level = Level::City;
        now.place = "大连市".into();
        let mut aim = now.clone();
        aim.id = "ln-aim".into();
        aim.value = to;
        aim.target = true;
        let mut other = plain("ln-other", "辽宁", 1000.0, "名", "定向招录社区工作者1000名");
        other.level = Level::City;
        other.place = "大连市".into();
        let markdown = render_with(vec![now, aim, other], &["浙江", "辽宁"]);
        let liaoning = paragraph(&markdown, "**辽宁**。");
        assert_eq!(liaoning.matches(quote).count(), 1, "{liaoning}");
        assert!(!liaoning.contains("[^ln-now]"), "{liaoning}");
        assert!(liaoning.contains("[^ln-aim]"), "{liaoning}");
        assert!(liaoning.contains("[^ln-other]"), "{liaoning}");
    }
}

/// One source giving one place's uncatalogued figure again in other words (提出24条工作重点,
/// then 承接……24项重点工作; 建成5个驿站, then 这5处驿站) is named once in the 总体情况, whatever
/// unit each wording takes. The same number from another source, or of another place, is
/// another figure and stays.
#[test]
fn a_paragraph_names_one_sources_figure_once() {
    for (first, unit_a, again, unit_b) in [
        (
            "全省提出24条工作重点",
            "条",
            "全面承接意见中九个方面24项重点工作",
            "项",
        ),
        ("全省建成5个骑手驿站", "个", "这5处驿站全天开放", "处"),
        (
            "省里遴选3家社工机构结对帮扶",
            "家",
            "3所机构派驻社工常驻乡镇",
            "所",
        ),
    ] {
        let a = plain("hl-first", "黑龙江", value_of(first), unit_a, first);
        let mut b = plain("hl-again", "黑龙江", value_of(again), unit_b, again);
        b.span = [a.span[1] + 300, a.span[1] + 300 + again.chars().count()];
        let markdown = render_with(vec![a, b], &["浙江", "黑龙江"]);
        let region = paragraph(&markdown, "**黑龙江**。");
        assert!(region.contains("[^hl-first]"), "{region}");
        assert!(!region.contains("[^hl-again]"), "{region}");
        // the 附表 still lists both statements
        assert!(markdown.contains("[^hl-again]"), "{markdown}");
    }
    // another source's or another place's equal number is another figure
    let a = plain("hl-first", "黑龙江", 24.0, "条", "全省提出24条工作重点");
    let mut other_doc = plain("hl-doc", "黑龙江", 24.0, "项", "全面承接24项重点工作");
    other_doc.doc = "另一篇.txt".into();
    let mut other_place = plain("hl-city", "黑龙江", 24.0, "项", "哈尔滨市承接24项重点工作");
    other_place.place = "哈尔滨市".into();
    other_place.level = Level::City;
    let markdown = render_with(vec![a, other_doc, other_place], &["浙江", "黑龙江"]);
    let region = paragraph(&markdown, "**黑龙江**。");
    for id in ["hl-first", "hl-doc", "hl-city"] {
        assert!(region.contains(&format!("[^{id}]")), "{id}: {region}");
    }
}

/// The one number written in digits in `quote`.
fn value_of(quote: &str) -> f64 {
    let digits: String = quote.chars().filter(char::is_ascii_digit).collect();
    digits.parse().expect("a number in the quote")
}

/// End to end, from a short article written for this test through the extractor: a province's
/// 年会 story gives its guests and then the province's totals a speaker reports (dated before
/// 2023, so the 总体情况 names its main figures by the summary's rule); the 总体情况 names the
/// totals, not the guests, and the 附表 keeps the guests with their words.
#[test]
fn a_meetings_story_is_summed_up_by_the_provinces_totals() {
    use jianbao_extract::{default_catalog, extract, Sources};
    let manifest: jianbao_facts::Manifest = toml::from_str(
        "[[source]]\nfile = \"nianhui.txt\"\ntitle = \"某省社会工作年会召开\"\nprovince = \"云南\"\ndate = \"2019-12-20\"\n",
    )
    .expect("manifest");
    let texts = vec![
        (
            "nianhui.txt".to_owned(),
            "云南省社会工作年会召开\n12月18日，2019年度云南省社会工作年会在昆明召开，来自全省各地的社会工作机构负责人和专家学者近400人齐聚一堂。\n\
             会上介绍，目前云南省持证社会工作者达4.2万人，社会工作服务机构360多家。"
                .to_owned(),
        ),
    ];
    let sources = Sources::from_texts(texts, manifest);
    let catalog = default_catalog();
    let facts = extract(&sources, &catalog);
    let guests = facts
        .facts
        .iter()
        .find(|f| f.quote.contains("齐聚") && f.value == 400.0)
        .unwrap_or_else(|| panic!("the guests are a figure: {:#?}", facts.facts));
    let mut opts = jianbao_report::ReportOptions::new(
        chrono::NaiveDate::from_ymd_opt(2026, 1, 5).expect("date"),
    );
    opts.regions = vec!["云南".into()];
    let ctx = jianbao_report::build_context(&facts, &catalog, sources.manifest(), &opts)
        .expect("context");
    let markdown = jianbao_report::Templates::new()
        .expect("templates")
        .render(&opts.template, &ctx)
        .expect("render");
    let yunnan = paragraph(&markdown, "**云南**。");
    assert!(!yunnan.contains("齐聚"), "{yunnan}");
    assert!(!yunnan.contains(&guests.id), "{yunnan}");
    assert!(yunnan.contains("4.2万人"), "{yunnan}");
    assert!(
        markdown.contains(&format!("[^{}]", guests.id)),
        "{markdown}"
    );
}
