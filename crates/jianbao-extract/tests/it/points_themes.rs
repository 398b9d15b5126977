//! Themes of points whose own words state a place's economic profile (theme13), on short
//! articles written for these tests: a park's or a zone's firms by rank and its output are
//! context, not the party building or the workers' services its paragraph goes on about.

use jianbao_extract::{default_catalog, extract, Sources};
use jianbao_facts::{FactSet, Manifest, Theme};

fn points_of(name: &str, text: &str) -> FactSet {
    let sources = Sources::from_texts(
        vec![(name.to_owned(), text.to_owned())],
        Manifest::default(),
    );
    extract(&sources, &default_catalog())
}

fn theme_of_point(facts: &FactSet, words: &str) -> Theme {
    facts
        .points
        .iter()
        .find(|p| p.text.contains(words))
        .unwrap_or_else(|| panic!("no point contains {words:?}: {:#?}", facts.points))
        .theme
}

#[test]
fn a_parks_economic_profile_is_context() {
    let cases = [
        (
            "yuanqu_a.txt",
            "高新区党建引领园区发展\n\
             2024年4月，区委社会工作部介绍，高新区党委推动园区党组织全覆盖，新建企业党组织23个。\n\
             园区已累计入驻企业860余家，其中规上工业企业120家，2023年实现工业产值超300亿元，位居全省前列。\n",
            "规上工业企业",
        ),
        (
            "yuanqu_b.txt",
            "经开区两新党建工作纪实\n\
             2024年5月，经开区党工委介绍，园区非公企业党组织覆盖率达到92%。\n\
             目前，经开区共有高新技术企业210家、上市公司8家，全年营业收入首次突破500亿元。\n",
            "高新技术企业",
        ),
        (
            "yuanqu_c.txt",
            "产业园区党建联盟成立\n\
             2024年6月，区委社会工作部牵头成立产业园区党建联盟，12家企业党组织加入。\n\
             该园区是全市率先建成的省级特色产业园，现有规模以上工业企业95家，年产值达180亿元。\n",
            "规模以上工业企业",
        ),
    ];
    for (name, text, words) in cases {
        let facts = points_of(name, text);
        assert_eq!(theme_of_point(&facts, words), Theme::Other, "{name}");
    }
}

/// A point that states figures takes the theme its figures get (what the sentence reports), not
/// the theme of the first remit word it names: the party's statistics listing every kind of
/// unit's base organisations are the party's statistics, a place's residents are its profile,
/// and workers' check-ups at a volunteers' station are the workers' service.
#[test]
fn a_point_with_figures_takes_its_figures_theme() {
    let cases = [
        (
            "tongji_a.txt",
            "全市党内统计数据发布\n\
             2024年6月，市委组织部发布党内统计数据。\n\
             截至2023年底，全市共有机关基层党组织1260个，事业单位基层党组织2318个，企业基层党组织1905个，社会组织基层党组织377个，基本实现应建尽建。\n",
            "机关基层党组织",
            Theme::Other,
        ),
        (
            "tongji_b.txt",
            "县党内统计公报\n\
             2024年7月，县委组织部公布了党内统计情况。\n\
             全县机关基层党组织达到410个，事业单位基层党组织620个，非公企业党组织和社会组织党组织共计280个，党组织覆盖持续扩大。\n",
            "机关基层党组织",
            Theme::Other,
        ),
        (
            "tongji_c.txt",
            "区党员队伍和党组织情况\n\
             2024年6月，区委组织部通报情况。\n\
             全区已有机关党组织320个、事业单位党组织540个，企业党组织和社会组织党组织分别为260个和90个，实现了应建尽建。\n",
            "机关党组织",
            Theme::Other,
        ),
    ];
    for (name, text, words, theme) in cases {
        let facts = points_of(name, text);
        assert_eq!(theme_of_point(&facts, words), theme, "{name}");
    }
}
