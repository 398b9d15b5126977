//! The points pass: each kind on fixtures written for these tests, reprints counted once, and
//! the seeds giving the kinds a briefing needs.

use jianbao_extract::{check, default_catalog, extract, Sources};
use jianbao_facts::{FactSet, Manifest, PointKind, SourceInfo};

fn source(file: &str, date: &str, province: &str) -> SourceInfo {
    SourceInfo {
        file: file.into(),
        title: file.into(),
        publisher: None,
        date: Some(date.into()),
        date_basis: None,
        province: province.into(),
        note: None,
        author: None,
        url: None,
        fetched: None,
    }
}

fn run(texts: &[(&str, &str)], manifest: Manifest) -> (FactSet, Sources) {
    let sources = Sources::from_texts(
        texts
            .iter()
            .map(|(f, t)| ((*f).to_owned(), (*t).to_owned()))
            .collect(),
        manifest,
    );
    let facts = extract(&sources, &default_catalog());
    let problems = check(&facts, &sources, &default_catalog());
    assert!(problems.is_empty(), "{problems:#?}");
    (facts, sources)
}

/// A made-up report in the register of a city's work summary: one sentence per kind.
const CITY_REPORT: &str = "常州市：推动新就业群体服务提质增效

■记者 王明

近年来,常州市持续加强新就业群体服务工作。
2023年3月15日,常州市委社会工作部正式挂牌成立。
常州市出台《常州市新就业群体关爱服务十条措施》,建立“企业+社区+站点”联动机制,在全市设立户外劳动者服务站120个。
常州市创新打造“骑士加油站”服务品牌,为外卖骑手提供休息、饮水和充电服务。
截至今年6月底,全市新就业群体党组织覆盖率达到85%,较上年提高20个百分点。
常州市在全省率先出台新就业群体参与基层治理激励办法,相关工作位居全省前列。
当前,部分平台企业党建工作基础仍然薄弱,服务阵地分布还不均衡。
下一步,常州市将进一步完善服务阵地布局,力争年底前实现镇街全覆盖。
";

fn city_points() -> FactSet {
    let manifest = Manifest {
        sources: vec![source("city.txt", "2024-07", "江苏")],
    };
    run(&[("city.txt", CITY_REPORT)], manifest).0
}

fn point_with<'a>(facts: &'a FactSet, words: &str) -> &'a jianbao_facts::Point {
    facts
        .points
        .iter()
        .find(|p| p.text.contains(words))
        .unwrap_or_else(|| panic!("no point contains {words:?}: {:#?}", facts.points))
}

#[test]
fn each_kind_is_found() {
    let facts = city_points();
    let kind_of = |words: &str| point_with(&facts, words).kind;
    assert_eq!(kind_of("正式挂牌成立"), PointKind::Milestone);
    assert_eq!(kind_of("十条措施"), PointKind::Measure);
    assert_eq!(kind_of("骑士加油站"), PointKind::Brand);
    assert_eq!(kind_of("覆盖率达到85%"), PointKind::Result);
    assert_eq!(kind_of("率先出台"), PointKind::First);
    assert_eq!(kind_of("仍然薄弱"), PointKind::Problem);
    assert_eq!(kind_of("下一步"), PointKind::Plan);
}

#[test]
fn points_carry_place_date_theme_and_links() {
    let facts = city_points();
    let milestone = point_with(&facts, "正式挂牌成立");
    assert_eq!(milestone.date.as_deref(), Some("2023-03-15"));
    assert_eq!(milestone.province, "江苏");
    assert!(milestone.place.contains("常州"), "{}", milestone.place);
    let result = point_with(&facts, "覆盖率达到85%");
    assert_eq!(result.as_of.as_deref(), Some("2024-06"));
    assert!(!result.fact_ids.is_empty(), "the 85% fact lies inside");
    let brand = point_with(&facts, "骑士加油站");
    assert_eq!(brand.names, vec!["骑士加油站".to_owned()]);
    assert_eq!(
        brand.theme,
        jianbao_facts::Theme::NewEmploymentGroups,
        "{brand:#?}"
    );
}

#[test]
fn headlines_bylines_and_slogans_are_not_points() {
    let facts = city_points();
    for p in &facts.points {
        assert!(!p.text.contains("提质增效"), "headline taken: {}", p.text);
        assert!(!p.text.contains("王明"), "byline taken: {}", p.text);
        assert!(!p.text.contains("持续加强"), "slogan taken: {}", p.text);
    }
}

#[test]
fn better_points_rank_higher() {
    let facts = city_points();
    let measure = point_with(&facts, "十条措施").score;
    let problem = point_with(&facts, "仍然薄弱").score;
    assert!(measure > problem, "{measure} vs {problem}");
}

/// An original report and a newspaper page that reprints it (with one word misread) next to an
/// unrelated story.
const ORIGINAL: &str = "新就业群体有了温暖港湾

镇江市把关心关爱新就业群体作为社会工作的重要任务,推动党建引领新就业群体融入基层治理。
镇江市在城区建成“暖新驿站”服务阵地86个,为快递员、外卖配送员提供歇脚、饮水、充电等服务。
镇江市组建新就业群体志愿服务队12支,引导快递员担任流动网格员,及时发现和报告安全隐患。
今年以来,全市新就业群体志愿者参与社区治理活动300余场次,累计服务群众1.2万人次。
下一步,镇江市将继续完善服务阵地布局,推动更多新就业群体参与社区志愿服务。(记者 赵云)
";

const PAGE: &str = "新就业群体有了温暖港湾
■本报记者 赵云
镇江市把关心关爱新就业群体作为社会工作的重要任务,推动党建引领新就业群体融入基层治理。
镇江市在城区建成“暖心驿站”服务阵地86个,为快递员、外卖配送员提供歇脚、饮水、充电等服务。
镇江市组建新就业群体志愿服务队12支,引导快递员担任流动网格员,及时发现和报告安全隐患。
今年以来,全市新就业群体志愿者参与社区治理活动300余场次,累计服务群众1.2万人次。
(本报记者 赵云)

本报讯 11月3日,记者从气象部门获悉,本月以来全省气温较常年同期偏高2摄氏度,降水偏少三成。气象部门提醒,早晚温差较大,市民注意添衣保暖。
";

fn reprint_case() -> FactSet {
    let manifest = Manifest {
        sources: vec![
            source("a_original.txt", "2024-10", "江苏"),
            source("b_page.txt", "2024-10", "江苏"),
        ],
    };
    run(
        &[("a_original.txt", ORIGINAL), ("b_page.txt", PAGE)],
        manifest,
    )
    .0
}

#[test]
fn a_reprint_is_one_source() {
    let facts = reprint_case();
    assert_eq!(facts.reprints.len(), 1, "{:#?}", facts.reprints);
    let r = &facts.reprints[0];
    assert_eq!(
        (r.doc.as_str(), r.original.as_str()),
        ("b_page.txt", "a_original.txt")
    );
    assert!(r.shared >= 0.75, "{r:#?}");
    // the page's copies of the original's points are not points of their own
    assert!(
        facts.points.iter().all(|p| p.doc == "a_original.txt"),
        "{:#?}",
        facts.points
    );
    let station = point_with(&facts, "服务阵地86个");
    assert!(
        station.text.contains("暖新驿站"),
        "the original's reading first"
    );
    assert_eq!(station.also_cited.len(), 1);
    assert_eq!(station.also_cited[0].doc, "b_page.txt");
    assert!(facts.is_reprint_of(&station.also_cited[0], &station.doc));
}

#[test]
fn the_original_reading_is_named() {
    let facts = reprint_case();
    let conflict = facts
        .conflicts
        .iter()
        .find(|c| c.variants.iter().any(|v| v.text.contains("暖心")))
        .unwrap_or_else(|| panic!("no conflict for 暖新/暖心: {:#?}", facts.conflicts));
    let original = facts
        .original_reading(conflict)
        .expect("an original reading");
    assert_eq!(original.citation.doc, "a_original.txt");
    assert!(original.text.contains("暖新"), "{original:#?}");
    let station = point_with(&facts, "服务阵地86个");
    assert!(station.conflict_ids.contains(&conflict.id));
}

#[test]
fn unknown_point_kind_is_rejected_with_its_place() {
    let text = r#"{"facts": [], "points": [{"id": "p1", "doc": "a.txt", "kind": "slogan",
  "text": "x", "span": [0, 1], "province": "浙江", "place": "浙江省", "level": "province",
  "theme": "other", "score": 1.0}]}"#;
    let err = jianbao_facts::parse_json::<FactSet>(text, std::path::Path::new("f.json"))
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("f.json:") && err.contains("slogan"),
        "{err}"
    );
}

#[test]
fn check_finds_a_moved_point_and_an_empty_one() {
    let manifest = Manifest {
        sources: vec![source("city.txt", "2024-07", "江苏")],
    };
    let (mut facts, sources) = run(&[("city.txt", CITY_REPORT)], manifest);
    facts.points[0].span[0] += 1;
    facts.points[1].text = " ".into();
    let problems = check(&facts, &sources, &default_catalog());
    assert!(problems
        .iter()
        .any(|p| p.fact_id == facts.points[0].id && p.problem.contains("not at span")));
    assert!(problems
        .iter()
        .any(|p| p.fact_id == facts.points[1].id && p.problem.contains("empty")));
}

#[test]
fn seeds_give_measures_for_every_region() {
    let sources = Sources::embedded();
    let facts = extract(&sources, &default_catalog());
    assert!(check(&facts, &sources, &default_catalog()).is_empty());
    for region in ["浙江", "山西", "安徽", "贵州"] {
        let measures = facts
            .points
            .iter()
            .filter(|p| p.province == region && p.kind == PointKind::Measure)
            .count();
        assert!(measures >= 3, "{region}: {measures} 做法 points");
    }
    let kinds: std::collections::BTreeSet<PointKind> =
        facts.points.iter().map(|p| p.kind).collect();
    for k in [
        PointKind::Result,
        PointKind::First,
        PointKind::Milestone,
        PointKind::Brand,
        PointKind::Plan,
    ] {
        assert!(kinds.contains(&k), "no {k} point on the seeds");
    }
}

#[test]
fn seed_reprint_is_found_and_counted_once() {
    let sources = Sources::embedded();
    let facts = extract(&sources, &default_catalog());
    let r = facts
        .reprints
        .iter()
        .find(|r| r.doc.starts_with("000_"))
        .expect("000 reprints 001");
    assert!(r.original.starts_with("001_"));
    // 000's unrelated stories (weather, opera, fire drills) give no points, and its copy of
    // 001 gives none of its own where 001 says the same
    let from_000: Vec<&str> = facts
        .points
        .iter()
        .filter(|p| p.doc.starts_with("000_") && p.span[0] < r.span[1])
        .map(|p| p.text.as_str())
        .collect();
    assert!(from_000.len() <= 2, "{from_000:#?}");
}

/// A plan announced at the head of a long sentence keeps every clause it governs; a meeting's
/// demands are the plan of the body that met; a text cut off at a fixed length gives no point
/// from its broken last clause; a clause cut from a long sentence ends before its comma.
#[test]
fn plans_stay_whole_and_cut_off_text_is_no_point() {
    let text = "某市推进社会工作高质量发展

新的一年,市委社会工作部将全面贯彻落实全市社会工作会议精神,聚焦突出抓好新兴领域党的建设、抓好党建引领基层治理和基层政权建设、抓好凝聚服务群众工作,坚持问题导向、目标导向,强化系统思维,以更加扎实的作风、更加务实的举措,确保各项重点任务落实落细。
今年9月20日,某市召开新就业群体党建工作座谈会。
会议提出了多项要求,包括筑牢服务阵地、畅通诉求渠道、完善保障机制,持续引导新就业群体融入基层治理。
市委社会工作部在全市建成户外劳动者服务站120个,组建志愿服务队伍35支,招募志愿者1200余人,开展关爱活动300余场次,覆盖快递员、外卖配送员、网约车司机等新就业群体2万余人,推动服务阵地向社区延伸,形成一刻钟服务圈。
遴选并组建起由30名特邀建议人和20名论证评估智库成员组成的专业化队伍,提";
    let manifest = Manifest {
        sources: vec![source("plan.txt", "2025-01", "江苏")],
    };
    let (facts, _) = run(&[("plan.txt", text)], manifest);
    let plan = point_with(&facts, "新的一年");
    assert_eq!(plan.kind, PointKind::Plan);
    assert!(plan.text.ends_with("落实落细。"), "{}", plan.text);
    let demands = point_with(&facts, "会议提出了多项要求");
    assert_eq!(demands.kind, PointKind::Plan);
    assert!(
        !facts.points.iter().any(|p| p.text.ends_with(",提")),
        "{:#?}",
        facts.points
    );
    assert!(
        facts
            .points
            .iter()
            .all(|p| !p.text.ends_with(',') && !p.text.ends_with(';')),
        "{:#?}",
        facts.points
    );
}
