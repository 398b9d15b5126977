//! Where a figure is, the scope10 round: each phenomenon a short article written for this test in
//! the way news pages are laid out, extracted as a new user would (one file, no manifest).

use jianbao_facts::Level;

use crate::support::article;

use article::{facts_of, find};

/// A floor area in 平方米 is a property of one building or room. A district's or a street's story
/// that describes one station or centre (该中心总建筑面积……, ……平方米的驿站, 驿站虽然只有……平方米,
/// 面积扩展到……平方米) states the facility's own figure: level org, at the place it is in, while
/// the place's own counts in the same story keep the place's level.
#[test]
fn one_facilitys_floor_area_is_its_own() {
    for sentence in [
        "该中心总建筑面积860平方米,设有阅览室、母婴室和议事厅。",
        "走进这个60多平方米的暖心驿站,饮水机、微波炉、充电柜一应俱全。",
        "驿站虽然只有40平方米,却配齐了桌椅、冰箱和应急药箱。",
        "改造后的党群服务中心面积扩展到1200平方米,成了居民常来的“客厅”。",
    ] {
        let text = format!(
            "青川区:小驿站暖了新就业群体的心\n\
             2025-03-12 来源:青川融媒\n\
             本报讯 近年来,广元市青川县聚焦快递员、外卖骑手等新就业群体,建成新就业群体服务驿站\
             26个,今年以来开展关爱活动48场。\n\
             {sentence}\n"
        );
        let facts = facts_of("facility_area.txt", &text);
        let area = facts
            .iter()
            .find(|f| f.unit == "平方米")
            .unwrap_or_else(|| panic!("{sentence}: no area in {facts:#?}"));
        assert_eq!(area.level, Level::Org, "{sentence}: {area:#?}");
        assert_eq!(area.province, "四川", "{sentence}: {area:#?}");
        let stations = find(&facts, 26.0, "个");
        assert_eq!(stations.level, Level::District, "{sentence}: {stations:#?}");
    }
}

/// The space a place counts over its facilities (全县建成……,总面积……; ……个社区……面积均超过) or
/// sets as each one's standard (每个驿站……) is the place's figure, as is an area no facility is
/// named for: the facility rule leaves them at the place's level.
#[test]
fn a_places_total_or_standard_of_space_keeps_the_place() {
    let mut found = 0;
    for (sentence, value) in [
        ("全县建成新就业群体服务驿站26个,总面积3200平方米。", 3200.0),
        ("县城32个社区的服务用房面积均超过600平方米。", 600.0),
        ("每个服务驿站的使用面积不少于15平方米。", 15.0),
        ("全县新建党群服务阵地总面积达1.5万平方米。", 15_000.0),
    ] {
        found += 1;
        let text = format!(
            "青川县:党建引领基层治理见实效\n\
             2025-03-12 来源:青川融媒\n\
             本报讯 近年来,广元市青川县坚持党建引领,完善社区服务阵地,今年以来开展志愿服务活动\
             120场。\n\
             {sentence}\n"
        );
        let facts = facts_of("place_area.txt", &text);
        match facts
            .iter()
            .find(|f| f.unit == "平方米" && f.value == value)
        {
            Some(area) => assert_ne!(area.level, Level::Org, "{sentence}: {area:#?}"),
            None => found -= 1,
        }
    }
    // (a standard may be no figure at all; the totals are figures)
    assert!(found >= 2, "only {found} of the areas were read as figures");
}

/// A place after which the text ranks its clause's subject (是成都市规模最大的……, 成为绵阳市首家
/// ……, 泸州市内首个……, 宜宾市唯一……) is the whole the subject stands out in, as 全市首个 is:
/// the subject's figures after it stay the subject's, never that city's. A first batch (成都市首批
/// 20个社区) counts the place's own units and keeps the place.
#[test]
fn a_place_a_subject_is_ranked_within_takes_none_of_its_figures() {
    for (sentence, district, value, unit) in [
        (
            "成都市武侯区志愿服务联合会是成都市规模最大的区级志愿服务组织,下辖志愿服务队伍32支。",
            "武侯区",
            32.0,
            "支",
        ),
        (
            "绵阳市游仙区新就业群体服务中心成为绵阳市首家区级骑手服务阵地,今年以来已服务骑手3200人次。",
            "游仙区",
            3200.0,
            "人次",
        ),
        (
            "泸州市江阳区红石社工服务站是泸州市内首个获评五星的社工站,现有持证社工18名。",
            "江阳区",
            18.0,
            "名",
        ),
        (
            "宜宾市翠屏区快递行业党委是宜宾市唯一的区级快递行业党委,下设党支部9个。",
            "翠屏区",
            9.0,
            "个",
        ),
    ] {
        let text = format!(
            "四川:党建引领新兴领域“两新”融合\n\
             2025-03-12 来源:四川日报\n\
             本报讯 近年来,四川省坚持党建引领,推动新兴领域党建和志愿服务融合发展。\n\
             {sentence}\n"
        );
        let facts = facts_of("ranked_within.txt", &text);
        let fact = find(&facts, value, unit);
        assert_ne!(fact.level, Level::City, "{sentence}: {fact:#?}");
        assert!(fact.place.contains(district), "{sentence}: {fact:#?}");
    }
    let text = "四川:社区志愿服务提质增效\n\
                2025-03-12 来源:四川日报\n\
                本报讯 近年来,四川省推动志愿服务进社区。成都市首批20个社区获评志愿服务示范社区。\n";
    let facts = facts_of("first_batch.txt", text);
    let fact = find(&facts, 20.0, "个");
    assert_eq!(fact.level, Level::City, "{fact:#?}");
    assert_eq!(fact.place, "成都市", "{fact:#?}");
}
