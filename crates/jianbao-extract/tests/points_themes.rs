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
