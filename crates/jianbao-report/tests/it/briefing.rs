//! The briefing a reader gets: right figure in the right cell with the right scope note, 未披露
//! where data is missing, citations that resolve, Markdown that parses to the expected model, and
//! template errors located by file and line.

use chrono::NaiveDate;
use jianbao_doc::{parse_markdown, plain_text, Block, Document, Inline, Table};
use jianbao_facts::{
    Catalog, Citation, Conflict, ConflictVariant, Fact, FactSet, Level, Manifest, Point, PointKind,
    Qualifier, Reprint, SourceInfo, Theme,
};
use jianbao_report::{
    build_context, regions_with_facts, Masthead, ReportError, ReportOptions, TemplateChoice,
    Templates,
};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

#[allow(clippy::too_many_arguments)]
fn fact(
    id: &str,
    doc: &str,
    province: &str,
    place: &str,
    level: Level,
    theme: Theme,
    metric: Option<&str>,
    value: f64,
    unit: &str,
    qualifier: Qualifier,
    as_of: &str,
    quote: &str,
) -> Fact {
    Fact {
        id: id.into(),
        doc: doc.into(),
        province: province.into(),
        place: place.into(),
        level,
        theme,
        metric: metric.map(Into::into),
        label: "抽取标签".into(),
        value,
        value_max: None,
        unit: unit.into(),
        qualifier,
        as_of: Some(as_of.into()),
        quote: quote.into(),
        span: [0, quote.chars().count()],
        also_cited: Vec::new(),
        target: false,
    }
}

const ZJ: &str = "001_afbddb86e510380a.txt";
const SX: &str = "002_f28ca3098ef270b4.txt";
const AH_GZ: &str = "004_93f98ffadb83952a.txt";
const ZJ_OCR: &str = "000_40c3902e21c9d35c.txt";

/// Realistic facts from the seed articles.
fn facts() -> FactSet {
    use Level::*;
    use Qualifier::*;
    use Theme::*;
    let mut certified = fact(
        "zj-certified",
        ZJ,
        "浙江",
        "浙江省",
        Province,
        SocialWorkers,
        Some("social_workers.certified"),
        275000.0,
        "人",
        Exact,
        "2024-11",
        "截至目前,浙江持证社会工作者27.5万人",
    );
    certified.also_cited.push(Citation {
        doc: ZJ_OCR.into(),
        quote: "浙江持证社会工作者27.5万人".into(),
        span: [10, 25],
    });
    let mut allowance = fact(
        "zj-allowance",
        ZJ,
        "浙江",
        "浙江省",
        Province,
        SocialWorkers,
        Some("social_workers.subsidy"),
        200.0,
        "元",
        Range,
        "2024-11",
        "每个月都能获得200元到600元不等的津贴",
    );
    allowance.value_max = Some(600.0);
    FactSet {
        facts: vec![
            certified,
            fact(
                "zj-registered",
                ZJ,
                "浙江",
                "浙江省",
                Province,
                Volunteers,
                Some("volunteers.registered"),
                2e7,
                "人",
                Under,
                "2024-11",
                "目前,全省有注册志愿者近2000万",
            ),
            fact(
                "zj-active-share",
                ZJ,
                "浙江",
                "浙江省",
                Province,
                Volunteers,
                Some("volunteers.active_share"),
                18.0,
                "%",
                Exact,
                "2024-11",
                "活跃志愿者近1200万,占常住人口18%",
            ),
            fact(
                "cn-active-share",
                ZJ,
                "全国",
                "全国",
                Province,
                Volunteers,
                Some("volunteers.active_share_national"),
                6.0,
                "%",
                Exact,
                "2024-11",
                "远高于全国6%的平均水平",
            ),
            fact(
                "zj-community-orgs",
                ZJ,
                "浙江",
                "浙江省",
                Province,
                SocialOrganizations,
                Some("social_organizations.community_filed"),
                244000.0,
                "家",
                Over,
                "2024-09",
                "备案类社区社会组织 24.4 万余家",
            ),
            allowance,
            fact(
                "zj-ningbo",
                ZJ,
                "浙江",
                "宁波市",
                City,
                SocialWorkers,
                None,
                5000.0,
                "元",
                Exact,
                "2024-11",
                "取得社会工作师资格证的,可以获得最高5000元/人的补贴",
            ),
            fact(
                "sx-certified",
                SX,
                "山西",
                "山西省",
                Province,
                SocialWorkers,
                Some("social_workers.certified"),
                24000.0,
                "人",
                Exact,
                "2024",
                "全省持证人数达到2.4万人,再创历史新高",
            ),
            fact(
                "sx-coverage",
                SX,
                "山西",
                "山西省",
                Province,
                EmergingSectorPartyBuilding,
                Some("party.new_business_coverage"),
                79.0,
                "%",
                Exact,
                "2024-12",
                "全省新业态企业党组织覆盖率达79%",
            ),
            fact(
                "sx-coverage-change",
                SX,
                "山西",
                "山西省",
                Province,
                EmergingSectorPartyBuilding,
                Some("party.new_business_coverage_change"),
                34.0,
                "个百分点",
                Exact,
                "2024-12",
                "较上年增长34个百分点",
            ),
            fact(
                "sx-instructors",
                SX,
                "山西",
                "山西省",
                Province,
                EmergingSectorPartyBuilding,
                Some("party.instructors"),
                200.0,
                "人",
                Over,
                "2024",
                "新选派党建指导员200余人",
            ),
            fact(
                "ah-new-members",
                AH_GZ,
                "安徽",
                "巢湖市",
                District,
                EmergingSectorPartyBuilding,
                Some("party.new_members"),
                15.0,
                "人",
                Exact,
                "2025",
                "近年来,在新就业群体中发展党员15人",
            ),
            fact(
                "ah-teams",
                AH_GZ,
                "安徽",
                "巢湖市",
                District,
                Volunteers,
                Some("volunteers.service_teams"),
                5.0,
                "支",
                Exact,
                "2025",
                "组建5支志愿服务队",
            ),
            fact(
                "ah-merchants",
                AH_GZ,
                "安徽",
                "巢湖市",
                District,
                NewEmploymentGroups,
                None,
                500.0,
                "人次",
                Over,
                "2025",
                "“暖新商户”日均服务超500人次",
            ),
            fact(
                "gz-instructors",
                AH_GZ,
                "贵州",
                "安顺经开区",
                District,
                EmergingSectorPartyBuilding,
                Some("party.instructors"),
                31.0,
                "名",
                Exact,
                "2025",
                "去年以来,派驻党建指导员31名",
            ),
            fact(
                "gz-new-members",
                AH_GZ,
                "贵州",
                "安顺经开区",
                District,
                EmergingSectorPartyBuilding,
                Some("party.new_members"),
                22.0,
                "名",
                Exact,
                "2025",
                "入党积极分子59名,发展党员22名",
            ),
            fact(
                "gz-teams",
                AH_GZ,
                "贵州",
                "安顺经开区",
                District,
                Volunteers,
                Some("volunteers.service_teams"),
                98.0,
                "支",
                Exact,
                "2025",
                "志愿服务队伍98支",
            ),
            {
                // the same figure read differently further on in the source (a reading of
                // its own, not a second figure of the first clause)
                let mut other_reading = fact(
                    "gz-teams-b",
                    AH_GZ,
                    "贵州",
                    "安顺经开区",
                    District,
                    Volunteers,
                    Some("volunteers.service_teams"),
                    96.0,
                    "支",
                    Exact,
                    "2025",
                    "志愿服务队伍96支|*_",
                );
                other_reading.span = [500, 512];
                other_reading
            },
        ],
        conflicts: vec![Conflict {
            id: "c1".into(),
            field: "name".into(),
            subject: "取得□的".into(),
            fact_id: Some("zj-ningbo".into()),
            variants: vec![
                ConflictVariant {
                    text: "社会工作师资格证".into(),
                    citation: Citation {
                        doc: ZJ.into(),
                        quote: "社会工作师资格证".into(),
                        span: [0, 8],
                    },
                },
                ConflictVariant {
                    text: "社会工作者资格证书".into(),
                    citation: Citation {
                        doc: ZJ_OCR.into(),
                        quote: "社会工作者资格证书".into(),
                        span: [0, 9],
                    },
                },
            ],
        }],
        points: vec![
            point(
                "p-zj-party",
                ZJ,
                "浙江",
                EmergingSectorPartyBuilding,
                PointKind::Measure,
                5.0,
                "2024-09",
                "浙江推动快递、外卖、网约车平台企业全面建立党组织",
            ),
            point(
                "p-zj-first",
                ZJ,
                "浙江",
                SocialWorkers,
                PointKind::First,
                6.0,
                "2024-11",
                "浙江持证社会工作者人数居全国首位",
            ),
            point(
                "p-zj-old",
                ZJ_OCR,
                "浙江",
                SocialWorkers,
                PointKind::Measure,
                9.0,
                "2019",
                "2019年起该区试行社区工作者职业体系",
            ),
            point(
                "p-sx-plan",
                SX,
                "山西",
                EmergingSectorPartyBuilding,
                PointKind::Plan,
                4.0,
                "2025",
                "下一步将持续推进新兴领域党建扩面提质",
            ),
            point(
                "p-sx-institutions",
                SX,
                "山西",
                Institutions,
                PointKind::Result,
                4.0,
                "2024-12",
                "省市县三级社会工作部门全部组建到位",
            ),
        ],
        reprints: vec![Reprint {
            doc: ZJ_OCR.into(),
            span: [0, 100],
            original: ZJ.into(),
            original_span: [0, 100],
            shared: 0.98,
            basis: "版面稿件删节转载潮新闻报道".into(),
        }],
    }
}

#[allow(clippy::too_many_arguments)]
fn point(
    id: &str,
    doc: &str,
    province: &str,
    theme: Theme,
    kind: PointKind,
    score: f64,
    as_of: &str,
    text: &str,
) -> Point {
    Point {
        id: id.into(),
        doc: doc.into(),
        kind,
        also_kinds: Vec::new(),
        text: text.into(),
        // Apart from each other: overlapping points of one source are one point.
        span: {
            let start = 1000 * (id.len() + id.bytes().map(usize::from).sum::<usize>());
            [start, start + text.chars().count()]
        },
        province: province.into(),
        place: format!("{province}省"),
        level: Level::Province,
        theme,
        date: None,
        as_of: Some(as_of.into()),
        score,
        cues: Vec::new(),
        names: Vec::new(),
        fact_ids: Vec::new(),
        also_cited: Vec::new(),
        conflict_ids: Vec::new(),
    }
}

fn manifest() -> Manifest {
    let source =
        |file: &str, title: &str, publisher: Option<&str>, date: &str, province: &str| SourceInfo {
            file: file.into(),
            title: title.into(),
            publisher: publisher.map(Into::into),
            date: Some(date.into()),
            date_basis: None,
            province: province.into(),
            note: None,
            author: None,
            url: None,
            fetched: None,
        };
    Manifest {
        sources: vec![
            source(
                ZJ_OCR,
                "关爱新就业群体 培育基层治理力量（报纸版面OCR）",
                Some("浙江日报"),
                "2024-11",
                "浙江",
            ),
            source(
                ZJ,
                "中央首次召开社会工作会议,浙江如何落实部署",
                Some("潮新闻"),
                "2024-11",
                "浙江",
            ),
            source(SX, "山西省委社会工作部2024年工作综述", None, "2025", "山西"),
            source(
                AH_GZ,
                "安徽省巢湖市：扎实做好新就业群体凝聚服务工作",
                None,
                "2025",
                "安徽",
            ),
        ],
    }
}

fn catalog() -> Catalog {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/metrics.toml"),
    )
    .expect("data/metrics.toml");
    Catalog::parse(&text, Path::new("metrics.toml")).expect("catalog parses")
}

fn date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn render(regions: &[&str], template: &str) -> (String, Document) {
    render_facts(&facts(), regions, template)
}

/// [`render`] of another set of facts.
fn render_facts(set: &FactSet, regions: &[&str], template: &str) -> (String, Document) {
    let mut opts = ReportOptions::new(date());
    opts.regions = regions.iter().map(|r| (*r).to_owned()).collect();
    opts.template = TemplateChoice::parse(template);
    let ctx = build_context(set, &catalog(), &manifest(), &opts).expect("context");
    let markdown = Templates::new()
        .expect("templates")
        .render(&opts.template, &ctx)
        .expect("render");
    let doc = parse_markdown(&markdown, template).unwrap_or_else(|e| panic!("{e}\n{markdown}"));
    (markdown, doc)
}

fn tables(doc: &Document) -> Vec<&Table> {
    doc.blocks
        .iter()
        .filter_map(|b| {
            if let Block::Table(t) = b {
                Some(t)
            } else {
                None
            }
        })
        .collect()
}

fn table_with_caption<'d>(doc: &'d Document, caption: &str) -> &'d Table {
    tables(doc)
        .into_iter()
        .find(|t| {
            t.caption
                .as_ref()
                .is_some_and(|c| plain_text(c).contains(caption))
        })
        .unwrap_or_else(|| panic!("no table captioned {caption}"))
}

/// The plain text of a cell in the row labelled `row`, column `region`.
fn cell(table: &Table, row: &str, region: &str) -> String {
    let column = table.header[0]
        .iter()
        .position(|c| plain_text(&c.content) == region)
        .expect("region column");
    let r = table
        .rows
        .iter()
        .find(|r| r.iter().take(2).any(|c| plain_text(&c.content) == row))
        .unwrap_or_else(|| panic!("no row {row}"));
    plain_text(&r[column].content)
}

/// The text of every paragraph and list item of the body.
fn paragraphs(doc: &Document) -> Vec<String> {
    doc.blocks
        .iter()
        .flat_map(|b| match b {
            Block::List(l) => l
                .items
                .iter()
                .flatten()
                .filter_map(|b| {
                    if let Block::Paragraph { content } = b {
                        Some(plain_text(content))
                    } else {
                        None
                    }
                })
                .collect(),
            Block::Paragraph { content } => vec![plain_text(content)],
            _ => vec![],
        })
        .collect()
}

/// Footnote label → footnote text, and the label a footnote number stands for.
fn footnote_for(doc: &Document, number: usize) -> (String, String) {
    let note = &doc.footnotes[number - 1];
    let text: Vec<String> = note
        .blocks
        .iter()
        .map(|b| {
            if let Block::Paragraph { content } = b {
                plain_text(content)
            } else {
                String::new()
            }
        })
        .collect();
    (note.label.clone(), text.join(""))
}

fn first_ref(content: &[Inline]) -> usize {
    content
        .iter()
        .find_map(|i| {
            if let Inline::FootnoteRef { number } = i {
                Some(*number)
            } else {
                None
            }
        })
        .expect("a footnote reference")
}

fn cell_content<'t>(table: &'t Table, row: &str, column: usize) -> &'t [Inline] {
    let r = table
        .rows
        .iter()
        .find(|r| r.iter().take(2).any(|c| plain_text(&c.content) == row))
        .expect("row");
    &r[column].content
}

#[test]
fn right_figure_in_the_right_cell_with_scope_notes() {
    let (markdown, doc) = render(&["浙江", "山西", "安徽", "贵州"], "briefing");
    assert_eq!(doc.meta.title, "浙江、山西、安徽、贵州社会工作情况比较");
    assert_eq!(doc.meta.date.as_deref(), Some("2026年11月22日"));
    assert_eq!(doc.meta.date_iso.as_deref(), Some("2026-11-22"));

    // A table per theme, with the columns of the regions that report its rows.
    let workers = table_with_caption(&doc, "社会工作人才");
    assert_eq!(
        workers.header[0]
            .iter()
            .map(|c| plain_text(&c.content))
            .collect::<Vec<_>>(),
        ["指标", "浙江", "山西"]
    );
    let zj = cell(workers, "持证社会工作者", "浙江");
    assert!(zj.starts_with("27.5万人["), "{zj}");
    assert!(zj.ends_with("（2024年11月）"), "{zj}");
    assert!(cell(workers, "持证社会工作者", "山西").starts_with("2.4万人["));
    // Not comparable: the allowance range is not a table row.
    assert!(!workers
        .rows
        .iter()
        .any(|r| plain_text(&r[0].content).contains("补贴")));

    let party = table_with_caption(&doc, "新兴领域党建");
    assert_eq!(cell(party, "党建指导员", "安徽"), "报道未提及");
    assert!(cell(party, "党建指导员", "山西").starts_with("200余人["));
    let gz = cell(party, "党建指导员", "贵州");
    assert!(
        gz.starts_with("31名[") && gz.ends_with("（安顺经开区，2025年）"),
        "{gz}"
    );
    let ah = cell(party, "发展党员", "安徽");
    assert!(ah.starts_with("15人[") && ah.contains("（巢湖市，"), "{ah}");
    // A local figure names its place in its cell; the section says once, above the tables,
    // that such figures are not set against provincial ones (no note repeated under each).
    assert!(markdown_section(&markdown, "# 三、").contains(
        "括注地名的是市、县、街道或开发区数据，只反映当地情况，不与全省或其他层级的数据比较或排序"
    ),);

    // Two readings for one place: the cell shows one, cites both, and a note says so.
    let volunteers = table_with_caption(&doc, "志愿服务");
    let teams = cell(volunteers, "志愿服务队伍", "贵州");
    assert!(
        teams.starts_with("98支[")
            && teams.contains("（安顺经开区，")
            && teams.matches('[').count() == 2,
        "{teams}"
    );
    assert!(
        volunteers
            .notes
            .iter()
            .any(|n| plain_text(n).contains("所依据报道给出的数字不一")),
        "{:?}",
        volunteers.notes
    );
    assert!(tables(&doc).iter().all(|t| t
        .rows
        .iter()
        .all(|r| r.iter().all(|c| plain_text(&c.content) != "0"))));
}

/// The text of the section whose heading starts with `heading`, up to the next `# ` heading.
fn markdown_section<'m>(markdown: &'m str, heading: &str) -> &'m str {
    markdown
        .split(heading)
        .nth(1)
        .and_then(|rest| rest.split("\n# ").next())
        .unwrap_or_default()
}

/// The comparison tables of the body (not the 附表).
fn comparison_tables(doc: &Document) -> Vec<&Table> {
    tables(doc)
        .into_iter()
        .filter(|t| {
            !t.caption
                .as_ref()
                .is_some_and(|c| plain_text(c).starts_with("附表"))
        })
        .collect()
}

/// A comparison row needs two regions: a figure only one region reports is in that region's
/// 附表, never a row of 报道未提及; at most a third of the cells are empty.
#[test]
fn comparison_rows_need_two_regions_and_the_rest_goes_to_the_appendix() {
    let (markdown, doc) = render(&["浙江", "山西", "安徽", "贵州"], "briefing");
    let (mut cells, mut empty) = (0, 0);
    for table in comparison_tables(&doc) {
        for row in &table.rows {
            let stated = row[1..]
                .iter()
                .filter(|c| plain_text(&c.content) != "报道未提及")
                .count();
            let label = plain_text(&row[0].content);
            assert!(stated >= 2, "row with one region: {label}");
            // 新业态企业党组织覆盖率 (山西 only) and 注册志愿者 (浙江 only) are no rows.
            assert!(
                label != "新业态企业党组织覆盖率" && label != "注册志愿者",
                "{label}"
            );
            cells += row.len() - 1;
            empty += row.len() - 1 - stated;
        }
    }
    assert!(
        cells > 0 && empty * 3 <= cells,
        "{empty} of {cells} cells empty"
    );
    // The 附表 has the figures only one region reports.
    let sx = table_with_caption(&doc, "附表2 山西");
    assert!(sx
        .rows
        .iter()
        .any(|r| plain_text(&r[2].content).starts_with("79%[")));
    let zj = table_with_caption(&doc, "附表1 浙江");
    assert!(zj
        .rows
        .iter()
        .any(|r| plain_text(&r[2].content).starts_with("近2000万人[")));
    // A figure stated twice at one place (here by a reprint) is listed once.
    let certified = zj
        .rows
        .iter()
        .filter(|r| plain_text(&r[2].content).starts_with("27.5万人"))
        .count();
    assert_eq!(certified, 1);
    assert!(!markdown.contains("未披露"), "{markdown}");
}

#[test]
fn missing_figures_read_as_configured_never_as_withheld() {
    let mut opts = ReportOptions::new(date());
    opts.missing_text = "—".into();
    let ctx = build_context(&facts(), &catalog(), &manifest(), &opts).unwrap();
    let markdown = Templates::new()
        .unwrap()
        .render(&opts.template, &ctx)
        .unwrap();
    let doc = parse_markdown(&markdown, "briefing").unwrap();
    let party = table_with_caption(&doc, "新兴领域党建");
    assert_eq!(cell(party, "党建指导员", "安徽"), "—");
    assert!(!markdown.contains("未披露") && !markdown.contains("报道未提及"));
}

#[test]
fn masthead_and_colophon_come_from_the_options() {
    let mut opts = ReportOptions::new(date());
    opts.masthead = Masthead {
        name: "社会工作动态".into(),
        issue: Some(12),
        unit: Some("省委社会工作部办公室".into()),
        report_to: Some("省委办公厅".into()),
        send_to: None,
        issue_to: Some("各市委社会工作部".into()),
    };
    let ctx = build_context(&facts(), &catalog(), &manifest(), &opts).unwrap();
    let markdown = Templates::new()
        .unwrap()
        .render(&opts.template, &ctx)
        .unwrap();
    let doc = parse_markdown(&markdown, "briefing").unwrap();
    let m = doc.meta.masthead.expect("masthead");
    assert_eq!(m.name, "社会工作动态");
    assert_eq!(m.issue, "第12期");
    assert_eq!(m.unit, "省委社会工作部办公室");
    assert_eq!(m.date, "2026年11月22日");
    assert_eq!(
        doc.meta.colophon,
        ["报：省委办公厅", "发：各市委社会工作部"]
    );
    // Without options: the default name, no number, no unit, no 报尾.
    let (_, doc) = render(&["浙江", "山西"], "briefing");
    let m = doc.meta.masthead.expect("masthead");
    assert_eq!(m.name, "社会工作情况简报");
    assert!(m.issue.is_empty() && m.unit.is_empty());
    assert!(doc.meta.colophon.is_empty());
}

/// A theme is "not covered" only when the sources do not discuss it: a point about it counts,
/// not only a figure. Points dated before the departments existed are no highlights, plans go
/// to 下一步, a reprint is named as such and never as a second source.
#[test]
fn coverage_points_and_reprints_tell_the_truth() {
    let (markdown, doc) = render(&["浙江", "山西", "安徽", "贵州"], "briefing");
    let body = paragraphs(&doc);
    // 浙江 has no figure about 新兴领域党建 but a point: it is covered, and the point is cited.
    assert!(
        !body
            .iter()
            .any(|t| t.contains("报道未涉及") && t.contains("浙江") && t.contains("新兴领域党建")),
        "{body:#?}"
    );
    let practice = markdown
        .split("# 二、主要做法与特色")
        .nth(1)
        .and_then(|rest| rest.split("# 三、").next())
        .unwrap_or_default();
    let party_section = practice
        .split("新兴领域党建\n")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .unwrap_or_else(|| panic!("{practice}"));
    assert!(
        party_section.contains("「浙江推动")
            && !party_section
                .lines()
                .any(|l| l.contains("浙江") && l.contains("未涉及本领域")),
        "{party_section}"
    );
    assert!(markdown.contains("「浙江推动快递、外卖、网约车平台企业全面建立党组织」"));
    // 山西's 机构建设 is a point without a figure: covered, not a gap.
    assert!(markdown.contains("「省市县三级社会工作部门全部组建到位」"));
    assert!(
        !body
            .iter()
            .any(|t| t.starts_with("山西。") && t.contains("机构建设")),
        "{body:#?}"
    );
    // Before the departments existed: not printed.
    assert!(!markdown.contains("2019年起该区试行"), "{markdown}");
    // 特色 and plans have their sections.
    let notable = markdown.split("# 四、").nth(1).unwrap_or_default();
    assert!(notable.contains("居全国首位"), "{notable}");
    let plans = markdown.split("# 五、").nth(1).unwrap_or_default();
    assert!(plans.contains("扩面提质"), "{plans}");
    // The reprint: named as one in the 导语 and in the footnote, never as 另见.
    assert!(body[0].contains("转载"), "{}", body[0]);
    let workers = table_with_caption(&doc, "社会工作人才");
    let (_, note) = footnote_for(&doc, first_ref(cell_content(workers, "持证社会工作者", 1)));
    assert!(
        note.contains("转载同文") && !note.contains("另见"),
        "{note}"
    );
}

#[test]
fn text_never_ranks_local_figures_against_provincial_ones() {
    let (markdown, doc) = render(&["浙江", "山西", "安徽", "贵州"], "briefing");
    let body = paragraphs(&doc);
    // 持证社会工作者: both provincial, side by side in the table, but raw totals of provinces of
    // very different size are never set against each other as a ratio (浙江约为山西的11.5倍).
    assert!(
        !body.iter().any(|t| t.contains("倍") && t.contains("山西")),
        "{body:#?}"
    );
    assert!(!markdown.contains("11.5倍"), "{markdown}");
    assert!(!markdown.contains("各省均以全省口径"), "{markdown}");
    // 党建指导员: 山西 provincial, 贵州 only 安顺经开区: no side-by-side finding.
    assert!(
        !body.iter().any(|t| t.starts_with("党建指导员：")),
        "{markdown}"
    );
    // Derived points where the source gives the base, each stated once.
    let versus: Vec<&String> = body
        .iter()
        .filter(|t| t.contains("3倍") && t.contains("12个百分点"))
        .collect();
    assert_eq!(versus.len(), 1, "{body:#?}");
    assert!(versus[0].contains("18%") && versus[0].contains("6%"));
    assert_eq!(
        body.iter()
            .filter(|t| t.contains("79%") && t.contains("34个百分点") && t.contains("45%"))
            .count(),
        1,
        "{body:#?}"
    );
    // Regions whose facts are all local say so in their paragraph.
    assert!(
        body.iter()
            .any(|t| t.starts_with("安徽。") && t.contains("只涉及巢湖市")),
        "{body:#?}"
    );
}

/// Every sentence of the body either quotes a source (「…」 is a piece of a cited quote) or
/// states figures that its citations hold; numbers not in a citation are dates or computations
/// the sentence marks as 推算.
#[test]
fn every_sentence_is_a_cited_quote_or_computed_from_cited_figures() {
    let (_, doc) = render(&["浙江", "山西", "安徽", "贵州"], "briefing");
    let ctx = build_context(
        &facts(),
        &catalog(),
        &manifest(),
        &ReportOptions::new(date()),
    )
    .unwrap();
    // A citation's text: the footnote, and for a point the whole sentence it stands for.
    let note_text = |n: usize| {
        let (label, text) = footnote_for(&doc, n);
        let point = ctx
            .points
            .get(&label)
            .map(|p| p.text_display.clone())
            .unwrap_or_default();
        format!("{text}{point}")
    };
    let mut body_blocks: Vec<Vec<Inline>> = Vec::new();
    // The body: everything before the 附表 (the appendix tables and the source list follow).
    for block in &doc.blocks {
        match block {
            Block::Heading { content, .. } if plain_text(content).starts_with("附表") => break,
            Block::Paragraph { content } => body_blocks.push(content.clone()),
            Block::List(l) => {
                for item in &l.items {
                    for b in item {
                        if let Block::Paragraph { content } = b {
                            body_blocks.push(content.clone());
                        }
                    }
                }
            }
            _ => {}
        }
    }
    let mut checked = 0;
    for content in &body_blocks {
        // Split into sentences at 。 and ；, keeping each sentence's footnote numbers.
        let mut sentences: Vec<(String, Vec<usize>)> = vec![(String::new(), Vec::new())];
        for inline in content {
            match inline {
                Inline::FootnoteRef { number } => sentences.last_mut().unwrap().1.push(*number),
                other => {
                    for ch in plain_text(std::slice::from_ref(other)).chars() {
                        sentences.last_mut().unwrap().0.push(ch);
                        if ch == '。' || ch == '；' {
                            sentences.push((String::new(), Vec::new()));
                        }
                    }
                }
            }
        }
        for (text, refs) in sentences {
            let cited: String = refs.iter().map(|n| note_text(*n)).collect();
            // Quotes are pieces of cited quotes.
            for quote in text.split('「').skip(1) {
                let quote = quote.split('」').next().unwrap_or_default();
                assert!(
                    cited.contains(quote),
                    "quote not in its citation: {quote} in {text}"
                );
            }
            // Numbers are in the citations, dates, or marked computations.
            let chars: Vec<char> = text.chars().collect();
            let mut i = 0;
            while i < chars.len() {
                if !chars[i].is_ascii_digit() {
                    i += 1;
                    continue;
                }
                let start = i;
                while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
                    i += 1;
                }
                let number: String = chars[start..i].iter().collect();
                let is_date = matches!(chars.get(i), Some('年' | '月' | '日' | '期'));
                let computed = text.contains("推算");
                assert!(
                    is_date || computed || cited.contains(&number),
                    "{number} in “{text}” is neither cited nor a date nor a marked computation"
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 20, "only {checked} numbers checked");
}

#[test]
fn every_figure_cites_a_fact_and_every_citation_resolves() {
    let facts = facts();
    let ids: HashSet<&str> = facts
        .facts
        .iter()
        .map(|f| f.id.as_str())
        .chain(facts.points.iter().map(|p| p.id.as_str()))
        .collect();
    for template in ["briefing"] {
        let (_, doc) = render(&["浙江", "山西", "安徽", "贵州"], template);
        assert!(!doc.footnotes.is_empty());
        for note in &doc.footnotes {
            assert!(
                ids.contains(note.label.as_str()),
                "footnote {} is not a fact id",
                note.label
            );
        }
        for table in comparison_tables(&doc) {
            for row in &table.rows {
                for c in &row[1..] {
                    let text = plain_text(&c.content);
                    let cites = c
                        .content
                        .iter()
                        .any(|i| matches!(i, Inline::FootnoteRef { .. }));
                    let date_only =
                        text.ends_with('年') || text.ends_with('月') || text.ends_with('日');
                    assert!(
                        text == "报道未提及"
                            || cites
                            || date_only
                            || !text.chars().any(|c| c.is_ascii_digit()),
                        "uncited cell {text}"
                    );
                }
            }
        }
    }
    let (_, doc) = render(&["浙江", "山西", "安徽", "贵州"], "briefing");
    let table = table_with_caption(&doc, "社会工作人才");
    let (label, text) = footnote_for(&doc, first_ref(cell_content(table, "持证社会工作者", 1)));
    assert_eq!(label, "zj-certified");
    assert!(
        text.contains("《中央首次召开社会工作会议，浙江如何落实部署》（2024年11月）"),
        "{text}"
    );
    assert!(
        text.contains("「截至目前，浙江持证社会工作者27.5万人」"),
        "{text}"
    );
    assert!(
        text.contains("《关爱新就业群体 培育基层治理力量（报纸版面OCR）》转载同文")
            && !text.contains("另见"),
        "{text}"
    );
}

#[test]
fn quotes_in_the_context_stay_exact_and_text_is_escaped() {
    let opts = ReportOptions::new(date());
    let ctx = build_context(&facts(), &catalog(), &manifest(), &opts).unwrap();
    let certified = &ctx.facts["zj-certified"];
    assert_eq!(certified.quote, "截至目前,浙江持证社会工作者27.5万人");
    assert_eq!(
        certified.quote_display,
        "截至目前，浙江持证社会工作者27.5万人"
    );
    let json = serde_json::to_value(&ctx).unwrap();
    assert_eq!(json["report"]["date"], "2026年11月22日");
    // 机构建设 has no figure but a point of 山西: the sources discuss it, so it is a theme.
    assert_eq!(json["themes"][0]["key"], "institutions");

    let markdown = Templates::new()
        .unwrap()
        .render(&opts.template, &ctx)
        .unwrap();
    assert!(
        markdown.contains("志愿服务队伍96支\\|\\*\\_"),
        "Markdown specials in data are escaped"
    );
    let doc = parse_markdown(&markdown, "briefing").unwrap();
    assert!(doc
        .visible_texts()
        .iter()
        .any(|t| t.contains("志愿服务队伍96支|*_")));
}

#[test]
fn profile_of_one_region() {
    let (_, doc) = render(&["安徽省"], "profile");
    assert_eq!(doc.meta.title, "安徽社会工作情况概览");
    let party = table_with_caption(&doc, "安徽新兴领域党建");
    assert!(!doc.visible_texts().iter().any(|t| t.contains("未披露")));
    let row = &party.rows[0];
    assert!(plain_text(&row[1].content).starts_with("15人["));
    assert_eq!(plain_text(&row[2].content), "巢湖市");
    // Other regions are not in a profile.
    assert!(!doc.visible_texts().iter().any(|t| t.contains("浙江持证")));

    let err = {
        let mut opts = ReportOptions::new(date());
        opts.template = TemplateChoice::parse("profile");
        let ctx = build_context(&facts(), &catalog(), &manifest(), &opts).unwrap();
        Templates::new()
            .unwrap()
            .render(&opts.template, &ctx)
            .unwrap_err()
    };
    assert!(err.to_string().contains("templates/profile.md"), "{err}");
    assert!(err.to_string().contains("exactly one"), "{err}");
}

#[test]
fn unknown_region_and_template_say_what_exists() {
    let mut opts = ReportOptions::new(date());
    opts.regions = vec!["西藏".into()];
    let err = build_context(&facts(), &catalog(), &manifest(), &opts).unwrap_err();
    assert!(
        matches!(&err, ReportError::UnknownRegion { known, .. } if known.contains("浙江")),
        "{err}"
    );
    let ctx = build_context(
        &facts(),
        &catalog(),
        &manifest(),
        &ReportOptions::new(date()),
    )
    .unwrap();
    let err = Templates::new()
        .unwrap()
        .render(&TemplateChoice::Name("brief".into()), &ctx)
        .unwrap_err();
    assert!(err.to_string().contains("briefing, profile"), "{err}");
}

/// A province whose only figures are context (`other`) has nothing a briefing shows: the default
/// regions leave it out, so a directory holding such an article still makes a briefing rather
/// than failing with "no facts for region".
#[test]
fn default_regions_leave_out_provinces_with_only_context_figures() {
    let mut set = facts();
    let with_facts = regions_with_facts(&set);
    assert!(with_facts.iter().any(|r| r == "浙江"), "{with_facts:?}");
    set.facts.push(fact(
        "gs-context",
        "009_gansu.txt",
        "甘肃",
        "兰州市",
        Level::City,
        Theme::Other,
        None,
        21.0,
        "家",
        Qualifier::Exact,
        "2024-06",
        "全市21家医疗卫生单位参与义诊",
    ));
    set.facts.push(fact(
        "national",
        "009_gansu.txt",
        "全国",
        "全国",
        Level::Province,
        Theme::Volunteers,
        None,
        2.3e8,
        "人",
        Qualifier::Exact,
        "2024-06",
        "全国注册志愿者2.3亿人",
    ));
    let regions = regions_with_facts(&set);
    assert_eq!(
        regions, with_facts,
        "neither context nor national figures add a column"
    );
    let mut opts = ReportOptions::new(date());
    opts.regions = regions;
    build_context(&set, &catalog(), &manifest(), &opts).unwrap();
}

fn temp_template(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("jianbao-report-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn broken_templates_give_located_errors() {
    let ctx = build_context(
        &facts(),
        &catalog(),
        &manifest(),
        &ReportOptions::new(date()),
    )
    .unwrap();
    let templates = Templates::new().unwrap();

    let syntax = temp_template(
        "syntax.md",
        "+++\ntitle = \"x\"\n+++\n\n正文\n{% for t in themes %}\n{{ t.title \n{% endfor %}\n",
    );
    let err = templates
        .render(&TemplateChoice::Path(syntax.clone()), &ctx)
        .unwrap_err();
    let ReportError::Template { template, line, .. } = &err else {
        panic!("{err}")
    };
    assert_eq!(template, &syntax.display().to_string());
    // The `{{` opened on line 7 is found unclosed where line 8 starts a tag.
    assert_eq!(*line, Some(8), "{err}");

    let variable = temp_template(
        "variable.md",
        "正文\n\n{% for t in themes %}\n{{ t.titel }}\n{% endfor %}\n",
    );
    let err = templates
        .render(&TemplateChoice::Path(variable.clone()), &ctx)
        .unwrap_err();
    let message = err.to_string();
    assert!(
        message.starts_with(&format!("{}:4: ", variable.display())),
        "{message}"
    );
    assert!(message.contains("t.titel"), "{message}");

    let filter = temp_template("filter.md", "第一行\n{{ report.date | zh_dat }}\n");
    let err = templates
        .render(&TemplateChoice::Path(filter), &ctx)
        .unwrap_err();
    assert!(
        err.to_string().contains(":2: ") && err.to_string().contains("zh_dat"),
        "{err}"
    );

    // A user template may use the built-in macros.
    let custom = temp_template(
        "custom.md",
        "{% import \"macros.md\" as m %}# 自定义\n\n{% for id in cited %}{{ id | cite }}{% endfor %}\n{{ m::footnotes(facts=facts, cited=cited) }}\n",
    );
    let markdown = templates
        .render(&TemplateChoice::Path(custom), &ctx)
        .unwrap();
    parse_markdown(&markdown, "custom.md").unwrap();
}

#[test]
fn regions_choose_and_order_the_columns() {
    let (_, doc) = render(&["贵州", "安徽省"], "briefing");
    let volunteers = table_with_caption(&doc, "志愿服务");
    assert_eq!(
        volunteers.header[0]
            .iter()
            .map(|c| plain_text(&c.content))
            .collect::<Vec<_>>(),
        ["指标", "贵州", "安徽"]
    );
    let gz = cell(volunteers, "志愿服务队伍", "贵州");
    assert!(
        gz.starts_with("98支[") && gz.contains("（安顺经开区，"),
        "{gz}"
    );
    assert_eq!(doc.meta.title, "贵州、安徽社会工作情况比较");
}

#[test]
fn templates_are_shared_across_threads() {
    fn send_sync<T: Send + Sync>() {}
    send_sync::<Templates>();
    let templates = Templates::new().unwrap();
    let ctx = build_context(
        &facts(),
        &catalog(),
        &manifest(),
        &ReportOptions::new(date()),
    )
    .unwrap();
    let choice = TemplateChoice::Name("briefing".into());
    let outputs: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..2)
            .map(|_| scope.spawn(|| templates.render(&choice, &ctx).unwrap()))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert_eq!(outputs[0], outputs[1]);
}

/// Two figures of one clause count two things (全省持证人数达到2.4万人、高级社工师26人): no
/// "sources differ" note. A figure dated before the departments existed is history, not a
/// cell beside another region's current figure: it stays in the 附表.
#[test]
fn one_clause_is_no_conflict_and_history_is_no_cell() {
    let mut set = facts();
    let clause = "全省持证人数达到2.4万人,再创历史新高";
    let mut senior = fact(
        "sx-senior",
        SX,
        "山西",
        "山西省",
        Level::Province,
        Theme::SocialWorkers,
        Some("social_workers.certified"),
        26.0,
        "人",
        Qualifier::Exact,
        "2024",
        clause,
    );
    senior.span = [0, clause.chars().count()];
    set.facts.push(senior);
    set.facts.push(fact(
        "ah-certified-2019",
        AH_GZ,
        "安徽",
        "安徽省",
        Level::Province,
        Theme::SocialWorkers,
        Some("social_workers.certified"),
        9000.0,
        "人",
        Qualifier::Exact,
        "2019",
        "2019年全省持证社会工作者9000人",
    ));
    let mut opts = ReportOptions::new(date());
    opts.regions = ["浙江", "山西", "安徽"].map(String::from).to_vec();
    let ctx = build_context(&set, &catalog(), &manifest(), &opts).expect("context");
    let row = ctx
        .themes
        .iter()
        .flat_map(|t| &t.rows)
        .find(|r| r.metric == "social_workers.certified")
        .expect("the certified row");
    let shanxi = &row.cells[1];
    assert_eq!(shanxi.fact_id.as_deref(), Some("sx-certified"));
    assert!(shanxi.conflicting_fact_ids.is_empty(), "{shanxi:?}");
    assert!(!row.cells[2].disclosed, "{:?}", row.cells[2]);
    assert!(ctx
        .appendix
        .iter()
        .any(|a| a.region == "安徽" && a.rows.iter().any(|r| r.fact_id == "ah-certified-2019")));
}

/// An organisation's own figure names the place it is in: the region's list of places names
/// that place once, at its own level, not again as 单位.
#[test]
fn a_place_is_listed_once_when_an_organisation_in_it_has_figures_too() {
    let mut set = facts();
    set.facts.push(fact(
        "ah-station-staff",
        AH_GZ,
        "安徽",
        "巢湖市",
        Level::Org,
        Theme::NewEmploymentGroups,
        None,
        6.0,
        "名",
        Qualifier::Exact,
        "2025",
        "驿站有工作人员6名",
    ));
    let mut opts = ReportOptions::new(date());
    opts.regions = ["浙江", "山西", "安徽", "贵州"].map(str::to_owned).to_vec();
    let ctx = build_context(&set, &catalog(), &manifest(), &opts).expect("context");
    let ah = ctx.regions.iter().find(|r| r.name == "安徽").expect("安徽");
    let chaohu: Vec<_> = ah
        .local_places
        .iter()
        .filter(|p| p.place == "巢湖市")
        .collect();
    assert_eq!(chaohu.len(), 1, "{:?}", ah.local_places);
    assert_eq!(chaohu[0].level, Level::District);
}

/// A theme whose figures all stay out of the profile's table and highlights (here: dated before
/// the departments were set up) says where they are instead of leaving its heading empty.
#[test]
fn a_profile_section_without_table_or_highlights_points_to_the_appendix() {
    let mut set = facts();
    set.facts.push(fact(
        "ah-old-associations",
        AH_GZ,
        "安徽",
        "巢湖市",
        Level::District,
        Theme::SocialOrganizations,
        None,
        37.0,
        "家",
        Qualifier::Exact,
        "2021",
        "全市共有商会37家",
    ));
    let (markdown, _) = render_facts(&set, &["安徽"], "profile");
    let section = markdown_section(&markdown, "、社会组织");
    assert!(section.contains("均见附表"), "{markdown}");
    assert!(markdown.contains("全市共有商会37家"), "{markdown}");
}

/// A target (力争全省持证社会工作者达到30万人) is an aim: never a cell's figure, never a conflict
/// with the reported figure of its place and date, and labelled an aim wherever it is printed.
#[test]
fn a_target_is_labelled_an_aim_and_never_conflicts() {
    let mut set = facts();
    let clause = "力争全省持证社会工作者达到30万人";
    let mut aim = fact(
        "zj-certified-aim",
        ZJ,
        "浙江",
        "浙江省",
        Level::Province,
        Theme::SocialWorkers,
        Some("social_workers.certified"),
        300_000.0,
        "人",
        Qualifier::Exact,
        "2024-11",
        clause,
    );
    aim.target = true;
    aim.span = [200, 200 + clause.chars().count()];
    set.facts.push(aim);
    let mut opts = ReportOptions::new(date());
    opts.regions = ["浙江", "山西"].map(String::from).to_vec();
    let ctx = build_context(&set, &catalog(), &manifest(), &opts).expect("context");
    let row = ctx
        .themes
        .iter()
        .flat_map(|t| &t.rows)
        .find(|r| r.metric == "social_workers.certified")
        .expect("the certified row");
    let zj = &row.cells[0];
    assert_eq!(zj.fact_id.as_deref(), Some("zj-certified"), "{zj:?}");
    assert!(zj.conflicting_fact_ids.is_empty(), "{zj:?}");
    assert_eq!(zj.target_fact_id.as_deref(), Some("zj-certified-aim"));
    assert_eq!(zj.target_as_of_text.as_deref(), Some("2024年11月目标"));
    assert!(ctx
        .themes
        .iter()
        .all(|t| t.conflict_notes.iter().all(|n| n.shown != "zj-certified")));
    let view = &ctx.facts["zj-certified-aim"];
    assert!(view.target);
    assert_eq!(view.as_of_text.as_deref(), Some("2024年11月目标"));

    let (_, doc) = render_facts(&set, &["浙江", "山西"], "briefing");
    let workers = table_with_caption(&doc, "社会工作人才");
    let shown = cell(workers, "持证社会工作者", "浙江");
    assert!(
        shown.starts_with("27.5万人[") && shown.contains("；2024年11月目标30万人["),
        "{shown}"
    );
    let (_, profile) = render_facts(&set, &["浙江"], "profile");
    let table = table_with_caption(&profile, "浙江社会工作人才");
    let figure = table
        .rows
        .iter()
        .map(|r| plain_text(&r[1].content))
        .find(|t| t.starts_with("27.5万人["))
        .expect("the certified row of the profile");
    assert!(figure.contains("；2024年11月目标30万人["), "{figure}");
}

/// A region whose only figures are aims (力争到2027年全省社工站覆盖率达到100%) is not summed up
/// as what was reported: its 总体情况 paragraph names them as the aims the reports set.
#[test]
fn a_region_with_only_aims_states_them_as_aims_in_the_overview() {
    let mut set = facts();
    set.facts.retain(|f| f.doc != SX);
    let clause = "力争到2027年全省持证社会工作者达到8万人";
    let mut aim = fact(
        "sx-certified-aim",
        SX,
        "山西",
        "山西省",
        Level::Province,
        Theme::SocialWorkers,
        Some("social_workers.certified"),
        80_000.0,
        "人",
        Qualifier::Exact,
        "2027",
        clause,
    );
    aim.target = true;
    set.facts.push(aim);
    let (markdown, _) = render_facts(&set, &["浙江", "山西"], "briefing");
    let paragraph = markdown
        .lines()
        .find(|l| l.starts_with("**山西**。"))
        .expect("山西's overview paragraph");
    assert!(paragraph.contains("报道提出的目标："), "{paragraph}");
    assert!(!paragraph.contains("据报道"), "{paragraph}");
    assert!(paragraph.contains("8万人（2027年目标）"), "{paragraph}");
    let zhejiang = markdown
        .lines()
        .find(|l| l.starts_with("**浙江**。"))
        .expect("浙江's overview paragraph");
    assert!(zhejiang.contains("据报道，"), "{zhejiang}");
    assert!(!zhejiang.contains("报道提出的目标"), "{zhejiang}");
}

/// A unit's own figure (a station's certified staff) is not its place's total: it never fills a
/// comparison cell beside another region's total, the region's summary does not state it, and
/// the 附表 names it a unit's figure.
#[test]
fn a_units_own_figure_stays_out_of_the_comparison_and_the_summary() {
    let mut set = facts();
    set.facts.push(fact(
        "ah-station-certified",
        AH_GZ,
        "安徽",
        "巢湖市",
        Level::Org,
        Theme::SocialWorkers,
        Some("social_workers.certified"),
        7.0,
        "名",
        Qualifier::Exact,
        "2025",
        "我们站里有持证社工7名",
    ));
    let mut opts = ReportOptions::new(date());
    opts.regions = ["浙江", "安徽"].map(str::to_owned).to_vec();
    let ctx = build_context(&set, &catalog(), &manifest(), &opts).expect("context");
    let in_a_cell = ctx
        .themes
        .iter()
        .flat_map(|t| &t.rows)
        .flat_map(|r| &r.cells)
        .any(|c| c.fact_ids.iter().any(|id| id == "ah-station-certified"));
    assert!(!in_a_cell, "{:?}", ctx.themes);
    let ah = ctx.regions.iter().find(|r| r.name == "安徽").expect("安徽");
    assert!(
        !ah.key_facts.iter().any(|id| id == "ah-station-certified"),
        "{:?}",
        ah.key_facts
    );
    let row = ctx
        .appendix
        .iter()
        .filter(|a| a.region == "安徽")
        .flat_map(|a| &a.rows)
        .find(|r| r.fact_id == "ah-station-certified")
        .expect("in the appendix");
    assert_eq!(row.place, "巢湖市（单位）");
}

/// A point that is first of all a plan is printed under 下一步工作 even when it names a
/// programme (a 品牌 too): 值得关注 took it first, and 下一步工作 then said that no source states
/// one while the 总体情况 said the region's report covers 下一步.
#[test]
fn a_plan_naming_a_programme_is_read_under_next_steps() {
    let mut set = facts();
    let mut plan = point(
        "p-sx-brand-plan",
        SX,
        "山西",
        Theme::EmergingSectorPartyBuilding,
        PointKind::Plan,
        8.0,
        "2025",
        "下一步将在全省推广“红色驿站”服务品牌",
    );
    plan.also_kinds = vec![PointKind::Brand];
    set.points.retain(|p| p.kind != PointKind::Plan);
    set.points.push(plan);
    let (markdown, _) = render_facts(&set, &["浙江", "山西"], "briefing");
    let plans = markdown_section(&markdown, "# 五、下一步工作");
    assert!(plans.contains("红色驿站"), "{plans}");
    let notable = markdown_section(&markdown, "# 四、值得关注的做法");
    assert!(!notable.contains("红色驿站"), "{notable}");
}

/// The 总体情况 names the kinds of a region's points only when no section quotes them, and says
/// they were left out: "报道内容涉及做法" under a region whose 做法 the briefing quotes a page later
/// (or never) read as a promise the briefing did not keep.
#[test]
fn the_overview_names_only_kinds_the_briefing_leaves_out() {
    let mut set = facts();
    // 山西's one point names no programme, so the 总体情况 has no names to give for it
    set.points.retain(|p| p.doc != SX);
    set.points.push(point(
        "p-sx-plain-measure",
        SX,
        "山西",
        Theme::Volunteers,
        PointKind::Measure,
        6.0,
        "2025",
        "全省各级社会工作部门组织志愿者深入社区开展邻里互助活动",
    ));
    let (markdown, _) = render_facts(&set, &["浙江", "山西"], "briefing");
    assert!(markdown.contains("邻里互助活动"), "{markdown}");
    let overview = markdown_section(&markdown, "# 一、总体情况");
    assert!(overview.contains("**山西**"), "{markdown}");
    assert!(!overview.contains("报道内容涉及"), "{overview}");
    for kind in ["做法", "成效", "首创", "里程碑", "下一步"] {
        if overview.contains(&format!("另有{kind}")) || overview.contains(&format!("、{kind}方面"))
        {
            assert!(overview.contains("本期未摘录"), "{overview}");
        }
    }
}
