//! Round misses19 (heldout18's counted misses and false positives, by kind): a rate printed with
//! its sign is negative (增长-1.18%); areas in 公顷 and couples in 对 are counted; a 分别 series after
//! a list of places gives each figure its place; spans of time placing an event (术后4个月, 前11个
//! 月), households set per grid or grid member (每个网格10至20户) and whole sets (全市343个街道乡镇、
//! 16个区全部纳入, 实现82个小区“议事角”全覆盖) are no facts. Short articles written for these tests,
//! each extracted as a new user would.

use crate::support::article;

use article::{assert_none, facts_of, find, has};

/// A city's page on social work, with `body` as its second sentence and a control figure after.
fn city_page(body: &str) -> String {
    format!(
        "泸州市社会工作推进会召开\n\n\
         2024年4月2日,泸州市委社会工作部召开全市社会工作推进会,部署社工站建设和志愿服务工作。{body}\
         全市持证社会工作者达1860人。\n"
    )
}

/// A growth rate printed with its minus sign after a word of growth is that negative rate; a fall
/// told with 下降 keeps its positive value (the dev calls: 降幅), and a range's dash is no sign.
#[test]
fn a_rate_printed_with_its_sign_is_negative() {
    for (body, value) in [
        ("全市社会组织比上年增长-1.18%。", -1.18),
        ("全市社会组织增速为 -2.3%。", -2.3),
        ("全市注册志愿者同比-0.65%。", -0.65),
    ] {
        let facts = facts_of("signed.txt", &city_page(body));
        let fact = find(&facts, value, "%");
        assert_eq!(fact.value, value, "{body}: {fact:#?}");
        assert!(has(&facts, 1860.0, "人"), "{body}: {facts:#?}");
    }
    let facts = facts_of("fall.txt", &city_page("全市社区志愿者比上年下降1.18%。"));
    assert!(has(&facts, 1.18, "%"), "{facts:#?}");
    assert!(!has(&facts, -1.18, "%"), "{facts:#?}");
}

/// Areas of land in 公顷 and couples or pairs in 对 are counted; 1对1 is a manner, no pairs.
#[test]
fn hectares_and_pairs_are_units() {
    for (body, value, unit) in [
        ("新建的社区公园占地13.2公顷。", 13.2, "公顷"),
        ("社区辖区总面积约86公顷。", 86.0, "公顷"),
        ("“和事佬”调解室今年成功劝和65对夫妻。", 65.0, "对"),
        ("人民调解委员会今年调解婚姻家庭纠纷32对。", 32.0, "对"),
        ("志愿者为50对新人举办集体婚礼。", 50.0, "对"),
    ] {
        let facts = facts_of("units.txt", &city_page(body));
        assert!(has(&facts, value, unit), "{body}: {facts:#?}");
    }
    let facts = facts_of(
        "manner.txt",
        &city_page("社工为困难老人开展1对1帮扶,全年入户走访420次。"),
    );
    assert_none(&facts, &[(1.0, "对")]);
    assert!(has(&facts, 420.0, "次"), "{facts:#?}");
}

/// Figures given after 分别 for a list of places named before it are each place's own.
#[test]
fn a_series_after_a_list_of_places_is_each_places() {
    // (a sentence, the unit, each figure with its place)
    type Series<'a> = (&'a str, &'a str, [(f64, &'a str, &'a str); 3]);
    let cases: [Series; 3] = [
        (
            "江阳区、龙马潭区、纳溪区的社工站分别为12个、9个、8个。",
            "个",
            [
                (12.0, "泸州市江阳区", ""),
                (9.0, "泸州市龙马潭区", ""),
                (8.0, "泸州市纳溪区", ""),
            ],
        ),
        (
            "北京市、上海市、天津市社会组织数量分别为1.3万个、1.7万个、0.6万个。",
            "个",
            [
                (13000.0, "北京市", ""),
                (17000.0, "上海市", ""),
                (6000.0, "天津市", ""),
            ],
        ),
        (
            "杭州市、宁波市、温州市的注册志愿者分别达到320万人、210万人、180万人。",
            "人",
            [
                (3_200_000.0, "杭州市", ""),
                (2_100_000.0, "宁波市", ""),
                (1_800_000.0, "温州市", ""),
            ],
        ),
    ];
    for (body, unit, figures) in cases {
        let facts = facts_of("series.txt", &city_page(body));
        for (value, place, _) in figures {
            let fact = find(&facts, value, unit);
            assert_eq!(fact.place, place, "{body}: {fact:#?}");
            assert!(
                !fact.label.contains('、'),
                "a figure's label names its list: {fact:#?}"
            );
        }
    }
    // a list of things (not places) keeps each its own item, at the page's place
    let facts = facts_of(
        "things.txt",
        &city_page("全市社工站、志愿服务驿站分别为30个、12家。"),
    );
    let stations = find(&facts, 30.0, "个");
    assert_eq!(stations.place, "泸州市", "{stations:#?}");
}

/// A span of time right after 后 or 前 places an event in time; a service's length stays.
#[test]
fn a_span_placing_an_event_is_no_figure() {
    for body in [
        "患者术后4个月康复出院,社工全程陪伴。",
        "热线开通后3个月,群众满意度明显提升。",
        "今年前11个月,社工站开展个案服务320个。",
    ] {
        let facts = facts_of("span.txt", &city_page(body));
        assert_none(&facts, &[(4.0, "个月"), (3.0, "个月"), (11.0, "个月")]);
    }
    let facts = facts_of(
        "service.txt",
        &city_page("今年前11个月,社工站开展个案服务320个。"),
    );
    assert!(has(&facts, 320.0, "个"), "{facts:#?}");
}

/// Households set for each grid or each grid member are a norm; households counted stay.
#[test]
fn households_per_grid_are_a_norm() {
    for body in [
        "全市按照每个网格10至20户的规模划分网格。",
        "每个网格10至20户,由网格员包联。",
        "每名网格员负责联系10至20户群众。",
    ] {
        let text = format!("{}社区现有住户3200户。", body);
        let facts = facts_of("norm.txt", &city_page(&text));
        assert_none(&facts, &[(10.0, "户"), (20.0, "户")]);
        assert!(has(&facts, 3200.0, "户"), "{body}: {facts:#?}");
    }
}

/// Every township of a city, or every compound a scheme covers, is no figure; sites counted stay.
#[test]
fn whole_sets_covered_are_no_facts() {
    for (body, absent) in [
        (
            "全市343个街道乡镇、16个区全部纳入网格化管理。",
            &[(343.0, "个"), (16.0, "个")][..],
        ),
        ("街道实现82个小区“议事角”全覆盖。", &[(82.0, "个")][..]),
        ("力争实现38个社区社工服务全覆盖。", &[(38.0, "个")][..]),
        ("全区12个社区已实现全覆盖。", &[(12.0, "个")][..]),
    ] {
        let facts = facts_of("whole.txt", &city_page(body));
        assert_none(&facts, absent);
        assert!(has(&facts, 1860.0, "人"), "{body}: {facts:#?}");
    }
    // the sites built to cover them are counted
    let facts = facts_of("sites.txt", &city_page("全市15个社区社工站全覆盖。"));
    assert!(has(&facts, 15.0, "个"), "{facts:#?}");
}
