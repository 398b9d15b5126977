//! The 总体情况 and the scope note a leader reads: a region whose figures no comparison table
//! shows still gets its main figures (place, level, date) and named practices, each cited; the
//! briefing says which regions and levels it covers and what it cannot compare; the 附表 never
//! shows a bare number or a cue word as what a figure counts.

use chrono::NaiveDate;
use jianbao_doc::{parse_markdown, plain_text, Block};
use jianbao_facts::{Catalog, Fact, FactSet, Level, Manifest, Point, PointKind, Qualifier, Theme};
use jianbao_report::{build_context, ReportOptions, TemplateChoice, Templates};
use std::path::Path;

#[allow(clippy::too_many_arguments)]
pub(crate) fn fact(
    id: &str,
    province: &str,
    place: &str,
    level: Level,
    theme: Theme,
    metric: Option<&str>,
    value: f64,
    unit: &str,
    as_of: &str,
    quote: &str,
) -> Fact {
    Fact {
        id: id.into(),
        doc: format!("{province}.txt"),
        province: province.into(),
        place: place.into(),
        level,
        theme,
        metric: metric.map(Into::into),
        label: "抽取标签".into(),
        value,
        value_max: None,
        unit: unit.into(),
        qualifier: Qualifier::Exact,
        as_of: Some(as_of.into()),
        quote: quote.into(),
        // one clause per fact: apart from each other
        span: {
            let start = 1000 * id.len() + id.bytes().map(usize::from).sum::<usize>() * 10;
            [start, start + quote.chars().count()]
        },
        also_cited: Vec::new(),
        target: false,
    }
}

fn point(
    id: &str,
    kind: PointKind,
    province: &str,
    place: &str,
    names: &[&str],
    text: &str,
) -> Point {
    let start = 100 * id.len();
    Point {
        id: id.into(),
        doc: format!("{province}.txt"),
        kind,
        also_kinds: Vec::new(),
        text: text.into(),
        span: [start, start + text.chars().count()],
        province: province.into(),
        place: place.into(),
        level: Level::City,
        theme: Theme::SocialWorkers,
        date: None,
        as_of: Some("2024".into()),
        score: 8.0,
        cues: Vec::new(),
        names: names.iter().map(|n| (*n).to_owned()).collect(),
        fact_ids: Vec::new(),
        also_cited: Vec::new(),
        conflict_ids: Vec::new(),
    }
}

const STATIONS: &str = "6261个“爱心驿站”、72个“司机之家”让新就业群体感受到温暖";

fn facts() -> FactSet {
    use Level::*;
    use Theme::*;
    let mut aim = fact(
        "sx-aim",
        "山西",
        "山西省",
        Province,
        SocialWorkers,
        Some("social_workers.certified"),
        80_000.0,
        "人",
        "2027",
        "力争到2027年全省持证社会工作者达到8万人",
    );
    aim.target = true;
    FactSet {
        facts: vec![
            fact(
                "zj-volunteers",
                "浙江",
                "浙江省",
                Province,
                Volunteers,
                Some("volunteers.registered"),
                2e7,
                "人",
                "2024-11",
                "全省有注册志愿者2000万人",
            ),
            fact(
                "zj-stations",
                "浙江",
                "浙江省",
                Province,
                NewEmploymentGroups,
                Some("new_employment.service_stations"),
                6261.0,
                "个",
                "2024-11",
                STATIONS,
            ),
            fact(
                "zj-homes",
                "浙江",
                "浙江省",
                Province,
                NewEmploymentGroups,
                Some("new_employment.service_stations"),
                72.0,
                "个",
                "2024-11",
                STATIONS,
            ),
            fact(
                "sx-volunteers",
                "山西",
                "山西省",
                Province,
                Volunteers,
                Some("volunteers.registered"),
                1.2e7,
                "人",
                "2024",
                "全省注册志愿者1200万人",
            ),
            aim,
            // 山东: a provincial figure from before the departments (history, no cell) and a
            // city's uncatalogued figure
            fact(
                "sd-volunteers",
                "山东",
                "山东省",
                Province,
                Volunteers,
                Some("volunteers.registered"),
                1.69e7,
                "人",
                "2021",
                "全省实名注册志愿者1690万人",
            ),
            fact(
                "sd-team",
                "山东",
                "青岛市",
                City,
                PetitionsAndProposals,
                None,
                30.0,
                "名",
                "2024",
                "全市遴选组建起由30名特邀建议人组成的队伍",
            ),
        ],
        points: vec![
            point(
                "sd-brand",
                PointKind::Brand,
                "山东",
                "青岛市",
                &["萤火计划"],
                "青岛市打造了“萤火计划”社工站服务品牌",
            ),
            // too short for 主要做法 (scores below its bar), printed nowhere else
            Point {
                score: 3.0,
                ..point(
                    "sd-milestone",
                    PointKind::Milestone,
                    "山东",
                    "青岛市",
                    &["社工站建设年"],
                    "2024年3月，青岛市启动“社工站建设年”",
                )
            },
        ],
        ..FactSet::default()
    }
}

fn catalog() -> Catalog {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/metrics.toml"),
    )
    .expect("data/metrics.toml");
    Catalog::parse(&text, Path::new("metrics.toml")).expect("catalog parses")
}

fn render(regions: &[&str]) -> String {
    let mut opts = ReportOptions::new(NaiveDate::from_ymd_opt(2026, 11, 22).unwrap());
    opts.regions = regions.iter().map(|r| (*r).to_owned()).collect();
    opts.template = TemplateChoice::parse("briefing");
    let ctx = build_context(&facts(), &catalog(), &Manifest::default(), &opts).expect("context");
    let markdown = Templates::new()
        .expect("templates")
        .render(&opts.template, &ctx)
        .expect("render");
    // every citation resolves and every footnote is referenced
    parse_markdown(&markdown, "briefing").unwrap_or_else(|e| panic!("{e}\n{markdown}"));
    markdown
}

pub(crate) fn paragraph<'m>(markdown: &'m str, start: &str) -> &'m str {
    markdown
        .lines()
        .find(|l| l.starts_with(start))
        .unwrap_or_else(|| panic!("no paragraph starting {start}\n{markdown}"))
}

/// A region none of whose figures is in a comparison table is summed up by its own figures
/// (widest scope first, with place, level and date) and named practices, not sent to the 附表.
#[test]
fn a_region_outside_the_tables_gets_its_own_summary() {
    let markdown = render(&["浙江", "山西", "山东"]);
    let shandong = paragraph(&markdown, "**山东**。");
    assert!(!shandong.contains("均见附表"), "{shandong}");
    assert!(
        shandong.contains("据报道，注册志愿者1690万人（2021年）[^sd-volunteers]"),
        "the provincial figure, dated: {shandong}"
    );
    assert!(
        shandong.contains(
            "青岛市（市级）：「全市遴选组建起由30名特邀建议人组成的队伍」（2024年）[^sd-team]"
        ),
        "the city figure in its source's words, with place and level: {shandong}"
    );
    assert!(
        shandong.find("sd-volunteers") < shandong.find("sd-team"),
        "province before city: {shandong}"
    );
    // named programmes of points no other section prints (the brand is in 值得关注: said once)
    assert!(
        shandong.contains("青岛市“社工站建设年”[^sd-milestone]"),
        "{shandong}"
    );
    assert!(!shandong.contains("sd-brand"), "{shandong}");
    // 浙江 and 山西 report registered volunteers too: 山东's figure is left out for its date,
    // not for want of a like figure elsewhere, and the paragraph says so
    assert!(
        shandong.contains("其与其他地区相同指标的数字早于2023年，只作历史参考，未作比较。"),
        "{shandong}"
    );
    assert!(
        !shandong.contains("没有其他地区报道的同一指标"),
        "{shandong}"
    );
    // a region in the tables is not said to be uncompared
    let zhejiang = paragraph(&markdown, "**浙江**。");
    assert!(!zhejiang.contains("未作比较"), "{zhejiang}");
}

/// The scope note says which regions and levels the briefing covers and what it cannot compare.
#[test]
fn the_scope_note_says_what_is_covered_and_what_cannot_be_compared() {
    let markdown = render(&["浙江", "山西", "山东"]);
    let scope = paragraph(&markdown, "本期涉及");
    assert!(
        scope.contains("浙江（省级）、山西（省级）、山东（省级、市级）"),
        "{scope}"
    );
    assert!(scope.contains("两地以上都报道的指标一项"), "{scope}");
    assert!(scope.contains("只有一地报道"), "{scope}");
    assert!(scope.contains("不同层级"), "{scope}");
    assert!(scope.contains("不相互比较"), "{scope}");
    assert!(scope.contains("2023年以前的数字只作历史参考"), "{scope}");
    // the rule that chose the figures of a region outside the tables (山东) is stated
    assert!(
        scope.contains("总体情况中，没有比较数字可列的地区按范围从大到小"),
        "{scope}"
    );
    assert!(
        scope.contains("不是已取得的成绩"),
        "an aim is said to be one: {scope}"
    );
}

/// Figures of one quote that share a catalog label are told apart by words that say what each
/// counts (6261个“爱心驿站”), never by a bare number.
#[test]
fn appendix_rows_never_show_a_bare_number_as_their_words() {
    let markdown = render(&["浙江", "山西"]);
    let doc = parse_markdown(&markdown, "briefing").unwrap();
    let table = doc
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Table(t)
                if t.caption
                    .as_ref()
                    .is_some_and(|c| plain_text(c).contains("附表1 浙江")) =>
            {
                Some(t)
            }
            _ => None,
        })
        .expect("附表1 浙江");
    let labels: Vec<String> = table
        .rows
        .iter()
        .map(|r| plain_text(&r[1].content))
        .filter(|l| l.contains("驿站"))
        .collect();
    assert_eq!(labels.len(), 2, "{labels:?}");
    assert!(labels[0].ends_with("「6261个“爱心驿站”」"), "{labels:?}");
    assert!(labels[1].contains("「72个“司机之家”"), "{labels:?}");
}

/// A render of `facts()` with more facts.
pub(crate) fn render_with(extra: Vec<Fact>, regions: &[&str]) -> String {
    render_with_sources(extra, regions, &Manifest::default())
}

/// [`render_with`] with sources that carry their publication dates.
fn render_with_sources(extra: Vec<Fact>, regions: &[&str], manifest: &Manifest) -> String {
    let mut set = facts();
    set.facts.extend(extra);
    let mut opts = ReportOptions::new(NaiveDate::from_ymd_opt(2026, 11, 22).unwrap());
    opts.regions = regions.iter().map(|r| (*r).to_owned()).collect();
    opts.template = TemplateChoice::parse("briefing");
    let ctx = build_context(&set, &catalog(), manifest, &opts).expect("context");
    let markdown = Templates::new()
        .expect("templates")
        .render(&opts.template, &ctx)
        .expect("render");
    parse_markdown(&markdown, "briefing").unwrap_or_else(|e| panic!("{e}\n{markdown}"));
    markdown
}

/// 福建's 659万 registered volunteers as a fact dated `as_of`, stated by `quote`.
fn fujian_volunteers(id: &str, as_of: &str, quote: &str) -> Fact {
    fact(
        id,
        "福建",
        "福建省",
        Level::Province,
        Theme::Volunteers,
        Some("volunteers.registered"),
        6.59e6,
        "人",
        as_of,
        quote,
    )
}

/// A figure a source states twice (its summary repeats its body) is said once in the 总体情况.
#[test]
fn a_figure_stated_twice_is_summed_up_once() {
    let twice = |id: &str, quote: &str| fujian_volunteers(id, "2024", quote);
    let markdown = render_with(
        vec![
            twice("fj-1", "全省注册志愿者659万人"),
            twice("fj-2", "目前我省注册志愿者达659万人"),
        ],
        &["浙江", "福建"],
    );
    let fujian = paragraph(&markdown, "**福建**。");
    assert_eq!(fujian.matches("659万人").count(), 1, "{fujian}");
}

/// A total a source dates to a cut-off and states again as the page's present (截至去年底…;
/// 目前…已达) is one figure, cited by the later statement; two dates of its own are two figures.
#[test]
fn a_total_restated_as_the_present_is_one_figure() {
    let stated = fujian_volunteers;
    let manifest: Manifest = toml::from_str(
        "[[source]]\nfile = \"福建.txt\"\ntitle = \"福建志愿服务\"\nprovince = \"福建\"\ndate = \"2022-01-10\"\n",
    )
    .expect("manifest");
    let markdown = render_with_sources(
        vec![
            stated("fj-1", "2021", "截至2021年底，全省注册志愿者659万人"),
            stated("fj-2", "2022-01", "目前全省注册志愿者已达659万人"),
        ],
        &["浙江", "福建"],
        &manifest,
    );
    assert_eq!(markdown.matches("659万人[^").count(), 1, "{markdown}");
    assert!(markdown.contains("659万人[^fj-2]"), "{markdown}");
    assert!(!markdown.contains("[^fj-1]"), "{markdown}");
    // a year of its own is no page's present: 2021 and 2022 are a series that did not move
    let markdown = render_with_sources(
        vec![
            stated("fj-1", "2021", "2021年全省注册志愿者659万人"),
            stated("fj-2", "2022", "2022年全省注册志愿者659万人"),
        ],
        &["浙江", "福建"],
        &manifest,
    );
    assert!(
        markdown.contains("[^fj-1]") && markdown.contains("[^fj-2]"),
        "{markdown}"
    );
    // a headline's round figure of the same total is that total, said exactly in the body
    let mut headline = stated("fj-0", "2022-01", "全省注册志愿者超650万人");
    headline.value = 6.5e6;
    headline.qualifier = Qualifier::Over;
    let markdown = render_with_sources(
        vec![
            headline.clone(),
            stated("fj-1", "2021", "截至2021年底，全省注册志愿者659万人"),
        ],
        &["浙江", "福建"],
        &manifest,
    );
    assert!(!markdown.contains("[^fj-0]"), "{markdown}");
    assert!(markdown.contains("659万人[^fj-1]"), "{markdown}");
    // … but not one the 超 contradicts (超660万 over 659万)
    let mut other = headline.clone();
    other.value = 6.6e6;
    let markdown = render_with_sources(
        vec![
            other,
            stated("fj-1", "2021", "截至2021年底，全省注册志愿者659万人"),
        ],
        &["浙江", "福建"],
        &manifest,
    );
    assert!(markdown.contains("[^fj-0]"), "{markdown}");
}

/// A region whose only figure is an aim that a comparison row shows beside another region's
/// figure is summed up by that aim, as an aim, not sent to the 附表.
#[test]
fn a_region_whose_aim_is_in_a_table_states_it_as_an_aim() {
    let mut aim = fact(
        "hb-aim",
        "湖北",
        "石首市",
        Level::District,
        Theme::Volunteers,
        Some("volunteers.registered"),
        50_000.0,
        "人",
        "2027",
        "力争到2027年全市注册志愿者达到5万人",
    );
    aim.target = true;
    // 浙江 and 山西 state the figure: a row, where 湖北's cell shows the aim beside 报道未提及
    let markdown = render_with(vec![aim], &["浙江", "山西", "湖北"]);
    let hubei = paragraph(&markdown, "**湖北**。");
    assert!(!hubei.contains("均见附表"), "{hubei}");
    assert!(!hubei.contains("据报道，"), "an aim is no result: {hubei}");
    assert!(
        hubei.contains("报道提出的目标：石首市（县级）注册志愿者5万人（2027年目标）[^hb-aim]"),
        "{hubei}"
    );
}

/// Two catalog figures of one list clause (注册志愿者…、志愿服务队伍…) are both main figures of a
/// region; a figure without a metric from that clause (a part: 其中省级…) is not.
#[test]
fn a_list_clause_gives_each_of_its_metrics_but_not_its_parts() {
    let clause = "全省注册志愿者162万人、志愿服务队伍1.4万个，其中省级队伍120个";
    let in_clause = |id: &str, metric: Option<&str>, value: f64, unit: &str, offset: usize| {
        let mut f = fact(
            id,
            "甘肃",
            "甘肃省",
            Level::Province,
            Theme::Volunteers,
            metric,
            value,
            unit,
            // history (before 2023): no comparison, the summary names main figures
            "2019-03",
            clause,
        );
        f.span = [offset, offset + clause.chars().count()];
        f
    };
    let markdown = render_with(
        vec![
            in_clause(
                "gs-registered",
                Some("volunteers.registered"),
                1.62e6,
                "人",
                500,
            ),
            in_clause(
                "gs-teams",
                Some("volunteers.service_teams"),
                14_000.0,
                "个",
                505,
            ),
            in_clause("gs-provincial", None, 120.0, "个", 510),
        ],
        &["浙江", "甘肃"],
    );
    let gansu = paragraph(&markdown, "**甘肃**。");
    assert!(gansu.contains("[^gs-registered]"), "{gansu}");
    assert!(gansu.contains("[^gs-teams]"), "{gansu}");
    assert!(!gansu.contains("[^gs-provincial]"), "{gansu}");
}

/// A figure of one building, station or site (its floor area, its tenants, the years it has
/// stood) is never a region's main figure in the 总体情况, even when extraction could not tell it
/// is a unit's own and left it at the district: the region's counted work is. It stays in the
/// 附表 with its words.
#[test]
fn a_sites_own_figures_never_sum_up_a_region() {
    let district = |id: &str, value: f64, unit: &str, quote: &str| {
        let mut f = fact(
            id,
            "湖北",
            "武汉市某区",
            Level::District,
            Theme::EmergingSectorPartyBuilding,
            None,
            value,
            unit,
            "2024",
            quote,
        );
        f.doc = "湖北.txt".into();
        f
    };
    let markdown = render_with(
        vec![
            district(
                "hb-area",
                1280.0,
                "平方米",
                "1280平方米的党群活动服务中心明亮洁净",
            ),
            district("hb-tenants", 80.0, "家", "这栋写字楼已入驻80余家企业"),
            district("hb-years", 7.0, "年", "让这座大楼税收连续7年破亿元"),
            district("hb-park", 45.0, "家", "园区内45家企业建立了党组织"),
            district("hb-staff", 5000.0, "名", "每天5000多名员工在此忙碌穿梭"),
            district("hb-members", 30.0, "名", "全区新兴领域新发展党员30名"),
        ],
        &["浙江", "湖北"],
    );
    let hubei = paragraph(&markdown, "**湖北**。");
    assert!(hubei.contains("新发展党员30名"), "{hubei}");
    for own in [
        "1280平方米",
        "入驻80",
        "连续7年",
        "园区内45家",
        "5000多名员工",
    ] {
        assert!(!hubei.contains(own), "{own} in {hubei}");
        assert!(markdown.contains(own), "{own} left out of the 附表");
    }
}

/// A story about one office tower goes on about it: the figures of the passage after one that
/// names the tower as their holder (已入驻, 在此) are the tower's, not the district's, even where
/// their own clause names no site (仅半年就有30多名党员亮明身份). A figure of the same source far
/// from that passage, or of another place, still sums up the region.
#[test]
fn the_passage_after_a_sites_figure_is_the_sites() {
    let at = |id: &str, place: &str, span: usize, value: f64, unit: &str, quote: &str| {
        let mut f = fact(
            id,
            "湖北",
            place,
            Level::District,
            Theme::EmergingSectorPartyBuilding,
            None,
            value,
            unit,
            "2024",
            quote,
        );
        f.doc = "湖北.txt".into();
        f.span = [span, span + quote.chars().count()];
        f
    };
    let markdown = render_with(
        vec![
            at(
                "hb-tenants",
                "武汉市某区",
                80,
                80.0,
                "家",
                "这栋写字楼已入驻80余家企业",
            ),
            at(
                "hb-found",
                "武汉市某区",
                300,
                30.0,
                "名",
                "仅半年就有30多名党员亮明身份",
            ),
            at(
                "hb-salon",
                "武汉市某区",
                420,
                12.0,
                "场",
                "党委每月举办沙龙活动12场",
            ),
            at(
                "hb-far",
                "武汉市某区",
                3000,
                260.0,
                "个",
                "全区新建新兴领域党组织260个",
            ),
            at(
                "hb-other",
                "武汉市另区",
                350,
                45.0,
                "名",
                "该区新发展快递员党员45名",
            ),
        ],
        &["浙江", "湖北"],
    );
    let hubei = paragraph(&markdown, "**湖北**。");
    for kept in ["党组织260个", "快递员党员45名"] {
        assert!(hubei.contains(kept), "{kept} missing from {hubei}");
    }
    for own in ["30多名党员", "沙龙活动12场"] {
        assert!(!hubei.contains(own), "{own} in {hubei}");
        assert!(markdown.contains(own), "{own} left out of the 附表");
    }
}

/// A source whose figures name a place of no known province (城中区: several provinces have
/// one) is not silently dropped: the scope note names it, its places and how many figures are
/// left out.
#[test]
fn a_source_of_no_province_is_named_in_the_scope_note() {
    let mut unplaced = fact(
        "cz-1",
        "",
        "城中区",
        Level::District,
        Theme::Volunteers,
        Some("volunteers.registered"),
        5000.0,
        "人",
        "2024",
        "城中区注册志愿者5000人",
    );
    unplaced.doc = "chengzhong.txt".into();
    let markdown = render_with(vec![unplaced], &["浙江", "山西"]);
    let scope = paragraph(&markdown, "本期涉及");
    assert!(
        scope.contains("（涉及城中区）未写明所属省份，无法归入任何地区，其1项数字未列入本期。"),
        "{scope}"
    );
    assert!(!markdown.contains("5000人"), "{markdown}");
}

/// A source that states no headline (the loader titles it by its file name) is cited by the
/// place its figures are about, said to be untitled where sources are listed, with its file
/// name kept there; never 《its file name》 as if that were a headline.
#[test]
fn an_untitled_source_is_named_for_its_place_not_its_file() {
    let mut manifest = Manifest::default();
    for (file, title) in [("浙江.txt", "浙江.txt"), ("山西.txt", "山西社会工作综述")]
    {
        manifest.sources.push(jianbao_facts::SourceInfo {
            file: file.into(),
            title: title.into(),
            publisher: None,
            date: None,
            date_basis: None,
            province: String::new(),
            note: None,
            author: None,
            url: None,
            fetched: None,
        });
    }
    let mut opts = ReportOptions::new(NaiveDate::from_ymd_opt(2026, 11, 22).unwrap());
    opts.regions = vec!["浙江".into(), "山西".into()];
    opts.template = TemplateChoice::parse("briefing");
    let ctx = build_context(&facts(), &catalog(), &manifest, &opts).expect("context");
    let markdown = Templates::new()
        .expect("templates")
        .render(&opts.template, &ctx)
        .expect("render");
    assert!(!markdown.contains("《浙江.txt》"), "{markdown}");
    assert!(
        markdown.contains("浙江省报道（原文无标题，文件名浙江.txt）"),
        "{markdown}"
    );
    assert!(markdown.contains("《山西社会工作综述》"), "{markdown}");
    assert!(markdown.contains("]: 浙江省报道："), "{markdown}");
}

/// An untitled local page that mentions a national honour among its own figures is named for
/// its own place, not 全国报道 (a dev briefing named a community's page so, on a tie of one
/// figure each with the national honour stated first).
#[test]
fn an_untitled_local_page_is_not_named_for_national_context() {
    let mut set = facts();
    let mut honours = fact(
        "zj-honours",
        "浙江",
        "全国",
        Level::Province,
        Theme::Other,
        None,
        70.0,
        "项",
        "2024",
        "先后获得“全国敬老模范社区”等70多项荣誉称号",
    );
    honours.qualifier = Qualifier::Over;
    // more national context than the page's own figures: still not its name
    for n in 0..8 {
        let mut h = honours.clone();
        h.id = format!("zj-honours-{n}");
        h.value += n as f64;
        set.facts.insert(0, h);
    }
    let mut manifest = Manifest::default();
    manifest.sources.push(jianbao_facts::SourceInfo {
        file: "浙江.txt".into(),
        title: "浙江.txt".into(),
        publisher: None,
        date: None,
        date_basis: None,
        province: String::new(),
        note: None,
        author: None,
        url: None,
        fetched: None,
    });
    let mut opts = ReportOptions::new(NaiveDate::from_ymd_opt(2026, 11, 22).unwrap());
    opts.regions = vec!["浙江".into()];
    opts.template = TemplateChoice::parse("briefing");
    let ctx = build_context(&set, &catalog(), &manifest, &opts).expect("context");
    let markdown = Templates::new()
        .expect("templates")
        .render(&opts.template, &ctx)
        .expect("render");
    assert!(!markdown.contains("全国报道"), "{markdown}");
    assert!(
        markdown.contains("（原文无标题，文件名浙江.txt）"),
        "{markdown}"
    );
}

/// A figure quoted in traditional characters keeps its exact quote; the footnote adds the
/// reading a caller supplies (the extractor's converter), and a simplified quote gets none.
#[test]
fn a_traditional_quote_gets_its_reading_beside_it() {
    let mut set = facts();
    let mut traditional = fact(
        "hk-1",
        "浙江",
        "浙江省",
        Level::Province,
        Theme::Volunteers,
        Some("volunteers.registered"),
        2.1e7,
        "人",
        "2025",
        "全省註冊誌願者2100萬人",
    );
    traditional.doc = "浙江.txt".into();
    set.facts.push(traditional);
    let mut opts = ReportOptions::new(NaiveDate::from_ymd_opt(2026, 11, 22).unwrap());
    opts.regions = vec!["浙江".into(), "山西".into()];
    opts.template = TemplateChoice::parse("briefing");
    let mut ctx = build_context(&set, &catalog(), &Manifest::default(), &opts).expect("context");
    ctx.add_readings(|q| {
        q.contains('誌')
            .then(|| q.replace("註冊誌願者", "注册志愿者").replace('萬', "万"))
    });
    let markdown = Templates::new()
        .expect("templates")
        .render(&opts.template, &ctx)
        .expect("render");
    let note = paragraph(&markdown, "[^hk-1]:");
    assert!(
        note.ends_with("「全省註冊誌願者2100萬人」（简体：全省注册志愿者2100万人）"),
        "{note}"
    );
    assert_eq!(markdown.matches("（简体：").count(), 1, "{markdown}");
}

/// A 附表 row whose figure the source does not date says so (不详) rather than leaving its
/// 时间 cell blank, which reads as a rendering fault.
#[test]
fn an_undated_appendix_row_says_its_date_is_unknown() {
    let mut undated = fact(
        "ah-1",
        "安徽",
        "阜阳市",
        Level::City,
        Theme::Volunteers,
        Some("volunteers.registered"),
        1.5e6,
        "人",
        "2024",
        "全市注册志愿者150万人",
    );
    undated.as_of = None;
    let markdown = render_with(vec![undated], &["浙江", "安徽"]);
    let row = markdown
        .lines()
        .find(|l| l.starts_with("| 志愿服务 |") && l.contains("[^ah-1]"))
        .unwrap_or_else(|| panic!("no 附表 row\n{markdown}"));
    assert!(row.ends_with("| 不详 |"), "{row}");
}

/// A source quoted only for a point (no figure of it cited) is listed in the 资料来源 and
/// counted in the lead: its footnote names it, and a briefing lists every source it quotes
/// (a dev briefing quoted a city's new-year address under 机构建设 and listed 7 of its 8
/// sources, leaving that one out).
#[test]
fn a_source_quoted_only_for_a_point_is_listed() {
    let mut set = facts();
    for p in &mut set.points {
        p.doc = "青岛.txt".into();
    }
    let mut manifest = Manifest::default();
    for (file, title) in [
        ("浙江.txt", "浙江志愿服务综述"),
        ("山西.txt", "山西社会工作综述"),
        ("山东.txt", "山东志愿服务综述"),
        ("青岛.txt", "青岛打造社工站品牌"),
    ] {
        manifest.sources.push(jianbao_facts::SourceInfo {
            file: file.into(),
            title: title.into(),
            publisher: None,
            date: None,
            date_basis: None,
            province: String::new(),
            note: None,
            author: None,
            url: None,
            fetched: None,
        });
    }
    let mut opts = ReportOptions::new(NaiveDate::from_ymd_opt(2026, 11, 22).unwrap());
    opts.regions = vec!["浙江".into(), "山西".into(), "山东".into()];
    opts.template = TemplateChoice::parse("briefing");
    let ctx = build_context(&set, &catalog(), &manifest, &opts).expect("context");
    assert!(
        ctx.cited_points.iter().any(|id| id == "sd-brand"),
        "the brand is quoted: {:?}",
        ctx.cited_points
    );
    let markdown = Templates::new()
        .expect("templates")
        .render(&opts.template, &ctx)
        .expect("render");
    let sources = markdown
        .split("# 资料来源")
        .nth(1)
        .unwrap_or_else(|| panic!("no 资料来源\n{markdown}"));
    assert!(sources.contains("《青岛打造社工站品牌》"), "{sources}");
    assert!(
        !sources.contains("《青岛打造社工站品牌》，刊载媒体未注明，日期不详；引用数据"),
        "{sources}"
    );
    assert_eq!(
        ctx.sources.len(),
        4,
        "{:?}",
        ctx.sources.iter().map(|s| &s.file).collect::<Vec<_>>()
    );
}
