//! Corrections that last: an analyst's file drops, marks wrong or relabels facts by id or by
//! quote; bad entries are reported at their line; corrections that match nothing are reported.

use jianbao_facts::{Catalog, Fact, FactSet, Level, Point, PointKind, Qualifier, Theme};
use jianbao_report::{Corrections, CorrectionsError};
use std::path::Path;

fn catalog() -> Catalog {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/metrics.toml"),
    )
    .expect("data/metrics.toml");
    Catalog::parse(&text, Path::new("metrics.toml")).expect("catalog parses")
}

fn fact(id: &str, metric: Option<&str>, quote: &str) -> Fact {
    Fact {
        id: id.into(),
        doc: "002.txt".into(),
        province: "山西".into(),
        place: "山西省".into(),
        level: Level::Province,
        theme: Theme::Volunteers,
        metric: metric.map(Into::into),
        label: "抽取标签".into(),
        value: 12.0,
        value_max: None,
        unit: "万人次".into(),
        qualifier: Qualifier::Exact,
        as_of: Some("2024".into()),
        quote: quote.into(),
        span: [0, quote.chars().count()],
        also_cited: Vec::new(),
        target: false,
    }
}

fn facts() -> FactSet {
    FactSet {
        facts: vec![
            fact(
                "a1",
                Some("volunteers.registered"),
                "参与“新春送温暖”活动志愿者12万人次",
            ),
            fact("b2", None, "天气晴好，气温12度"),
            fact("c3", None, "建成服务站点12个"),
        ],
        points: vec![
            point(
                "p1",
                PointKind::Plan,
                "会议提出了多项要求,包括筑牢服务阵地、畅通诉求渠道",
            ),
            point("p2", PointKind::Measure, "有的地方安排空间设置“驿站”"),
            point("p3", PointKind::Measure, "坚持夯实筑牢工作基础"),
        ],
        ..FactSet::default()
    }
}

fn point(id: &str, kind: PointKind, text: &str) -> Point {
    Point {
        id: id.into(),
        doc: "001.txt".into(),
        kind,
        also_kinds: Vec::new(),
        text: text.into(),
        span: [0, text.chars().count()],
        province: "浙江".into(),
        place: "浙江省".into(),
        level: Level::Province,
        theme: Theme::NewEmploymentGroups,
        date: None,
        as_of: Some("2024-11".into()),
        score: 5.0,
        cues: Vec::new(),
        names: Vec::new(),
        fact_ids: Vec::new(),
        also_cited: Vec::new(),
        conflict_ids: Vec::new(),
    }
}

fn parse(text: &str) -> Result<Corrections, CorrectionsError> {
    Corrections::parse(text, Path::new("corrections.toml"), &catalog())
}

#[test]
fn corrections_drop_and_relabel_by_id_and_by_quote() {
    let corrections = parse(
        r#"
[[correction]]
fact = "b2"
action = "drop"
reason = "版面上的天气消息"

[[correction]]
quote = "新春送温暖"
action = "relabel"
label = "活动参与志愿者人次"

[[correction]]
fact = "c3"
action = "wrong"
"#,
    )
    .unwrap();
    let mut facts = facts();
    let applied = corrections.apply(&mut facts);
    assert_eq!(
        (applied.dropped, applied.wrong, applied.relabelled),
        (1, 1, 1)
    );
    assert!(applied.unmatched.is_empty());
    assert_eq!(facts.facts.len(), 1);
    // A campaign's participants are no longer the registered-volunteer headcount.
    assert_eq!(facts.facts[0].label, "活动参与志愿者人次");
    assert_eq!(facts.facts[0].metric, None);
    // Applied again (the next build re-extracts the same facts): the same result.
    let mut again = self::facts();
    corrections.apply(&mut again);
    assert_eq!(again, facts);
}

#[test]
fn corrections_that_match_nothing_are_reported_with_their_line() {
    let corrections = parse(
        "[[correction]]\nfact = \"gone\"\naction = \"drop\"\n\n[[correction]]\nquote = \"不存在的原文\"\naction = \"wrong\"\n",
    )
    .unwrap();
    let applied = corrections.apply(&mut facts());
    assert_eq!(applied.unmatched.len(), 2);
    assert!(
        applied.unmatched[0].starts_with("corrections.toml:1:")
            && applied.unmatched[0].contains("gone"),
        "{:?}",
        applied.unmatched
    );
    assert!(applied.unmatched[1].starts_with("corrections.toml:5:"));
}

#[test]
fn bad_corrections_are_located() {
    let cases = [
        ("[[correction]]\naction = \"drop\"\n", 1, "say which fact"),
        (
            "[[correction]]\nfact = \"a1\"\naction = \"burn\"\n",
            3,
            "unknown variant",
        ),
        (
            "[[correction]]\nfact = \"a1\"\naction = \"relabel\"\nmetric = \"volunteers.nonsense\"\n",
            4,
            "unknown metric",
        ),
        (
            "[[correction]]\nfact = \"a1\"\naction = \"relabel\"\ntheme = \"sports\"\n",
            4,
            "unknown theme",
        ),
        (
            "[[correction]]\nfact = \"a1\"\naction = \"relabel\"\n",
            3,
            "needs at least one",
        ),
        (
            "[[correction]]\nfact = \"a1\"\nquote = \"x\"\naction = \"drop\"\n",
            3,
            "not both",
        ),
        (
            "[[correction]]\nfact = \"a1\"\naction = \"drop\"\nlabel = \"x\"\n",
            4,
            "relabel",
        ),
        ("[[correction]]\nfact = \"a1\"\nacton = \"drop\"\n", 3, "unknown field"),
    ];
    for (text, line, what) in cases {
        let err = parse(text).unwrap_err().to_string();
        assert!(
            err.starts_with(&format!("corrections.toml:{line}:")) && err.contains(what),
            "{text:?} → {err}"
        );
    }
}

#[test]
fn corrections_drop_and_rekind_points_by_id_and_by_text() {
    let corrections = parse(
        r#"
[[correction]]
text = "有的地方安排空间"
action = "drop"
reason = "没有说是哪里"

[[correction]]
point = "p1"
action = "relabel"
kind = "做法"
theme = "grassroots_governance"

[[correction]]
point = "p3"
action = "wrong"

[[correction]]
text = "已不在报道中的一句话"
action = "drop"
"#,
    )
    .unwrap();
    let mut facts = facts();
    let applied = corrections.apply(&mut facts);
    assert_eq!((applied.points_removed, applied.points_relabelled), (2, 1));
    // facts are untouched by corrections of points
    assert_eq!(facts.facts.len(), 3);
    assert_eq!(facts.points.len(), 1);
    assert_eq!(facts.points[0].id, "p1");
    assert_eq!(facts.points[0].kind, PointKind::Measure);
    assert_eq!(facts.points[0].theme, Theme::GrassrootsGovernance);
    // the stale entry is listed at its line, as for facts
    assert_eq!(applied.unmatched.len(), 1, "{:?}", applied.unmatched);
    assert!(
        applied.unmatched[0].starts_with("corrections.toml:17:")
            && applied.unmatched[0].contains("no point's text contains"),
        "{:?}",
        applied.unmatched
    );
    // a text pasted from the briefing (full-width punctuation) matches the source's text
    let pasted =
        parse("[[correction]]\ntext = \"会议提出了多项要求，包括\"\naction = \"drop\"\n").unwrap();
    let mut again = self::facts();
    assert_eq!(pasted.apply(&mut again).points_removed, 1);
}

#[test]
fn bad_point_corrections_are_located() {
    let cases = [
        (
            "[[correction]]\npoint = \"p1\"\naction = \"relabel\"\nkind = \"口号\"\n",
            4,
            "unknown point kind",
        ),
        (
            "[[correction]]\npoint = \"p1\"\naction = \"relabel\"\nlabel = \"x\"\n",
            4,
            "a point has no label",
        ),
        (
            "[[correction]]\nfact = \"a1\"\naction = \"relabel\"\nkind = \"做法\"\n",
            4,
            "`kind` is a point's",
        ),
        (
            "[[correction]]\npoint = \"p1\"\ntext = \"x\"\naction = \"drop\"\n",
            3,
            "not both",
        ),
        (
            "[[correction]]\npoint = \"p1\"\naction = \"relabel\"\n",
            3,
            "needs `kind`",
        ),
        (
            "[[correction]]\npoint = \"p1\"\naction = \"drop\"\nkind = \"做法\"\n",
            4,
            "relabel",
        ),
    ];
    for (text, line, what) in cases {
        let err = parse(text).unwrap_err().to_string();
        assert!(
            err.starts_with(&format!("corrections.toml:{line}:")) && err.contains(what),
            "{text:?} → {err}"
        );
    }
}

/// An aim the extraction missed (or a report it took for one) is set right by `target`; a point
/// has no target and a `drop` takes none.
#[test]
fn corrections_set_whether_a_fact_is_an_aim() {
    let corrections = parse(
        "[[correction]]\nfact = \"c3\"\naction = \"relabel\"\ntarget = true\n\n[[correction]]\nquote = \"新春送温暖\"\naction = \"relabel\"\ntarget = false\n",
    )
    .unwrap();
    let mut facts = facts();
    facts.facts[0].target = true;
    let applied = corrections.apply(&mut facts);
    assert_eq!(applied.relabelled, 2);
    let c3 = facts.facts.iter().find(|f| f.id == "c3").unwrap();
    assert!(c3.target);
    assert_eq!(
        c3.label, "抽取标签",
        "a target correction changes nothing else"
    );
    assert!(!facts.facts.iter().find(|f| f.id == "a1").unwrap().target);

    let on_point = parse("[[correction]]\npoint = \"p1\"\naction = \"relabel\"\ntarget = true\n")
        .unwrap_err()
        .to_string();
    assert!(
        on_point.starts_with("corrections.toml:4:") && on_point.contains("point"),
        "{on_point}"
    );
    let on_drop = parse("[[correction]]\nfact = \"c3\"\naction = \"drop\"\ntarget = true\n")
        .unwrap_err()
        .to_string();
    assert!(
        on_drop.starts_with("corrections.toml:4:") && on_drop.contains("relabel"),
        "{on_drop}"
    );
}
