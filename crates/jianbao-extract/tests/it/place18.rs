//! Place and level phenomena of round place18: a relocation estate written before its community
//! (某某安置小区某某社区) is a part of the community, which is the figures' place. Short articles
//! written for these tests, each extracted as a new user would.

use jianbao_facts::Level;

use crate::support::article;

use article::{facts_of, find};

/// A relocation estate run into its community's name: the community is the place, at street
/// level, and the estate named alone later is the same community.
#[test]
fn a_relocation_estate_before_its_community_is_part_of_it() {
    let pages = [
        ("信阳市息县", "城南安置小区", "城南社区"),
        ("清镇市", "红塔集中安置点", "红塔社区"),
        ("沅陵县", "松溪易地扶贫搬迁安置区", "松溪村"),
    ];
    for (county, estate, community) in pages {
        let text = format!(
            "发布时间:2024-07-10\n\n新家园里的志愿服务\n\n近日,{county}{estate}{community}组建邻里互助志愿服务队,\
             队员56名。{community}今年以来开展志愿服务活动32场,服务搬迁群众1200人次。{estate}共安置搬迁群众1800户。\n"
        );
        let facts = facts_of("estate.txt", &text);
        for (value, unit) in [(32.0, "场"), (1200.0, "人次"), (1800.0, "户")] {
            let fact = find(&facts, value, unit);
            assert!(fact.place.ends_with(community), "{county}: {fact:#?}");
            assert!(!fact.place.contains(estate), "{county}: {fact:#?}");
            assert_eq!(fact.level, Level::Street, "{county}: {fact:#?}");
        }
    }
}

/// A community named alone after a lead that wrote it behind its estate (a noun after its name,
/// 社区组织, keeps the lead from chaining it): the same community, not a unit inside the estate.
#[test]
fn a_community_named_again_after_its_estate_is_the_same_place() {
    let text = "信阳市息县:搬迁群众住进新家\n\n本报讯 近日,信阳市息县七里店安置小区七里店社区组织志愿者开展\
                便民服务活动。七里店社区现有居民1800户,志愿服务队开展活动32场,服务居民1200人次。\n";
    let facts = facts_of("lead.txt", text);
    for (value, unit) in [(1800.0, "户"), (32.0, "场"), (1200.0, "人次")] {
        let fact = find(&facts, value, unit);
        assert!(fact.place.ends_with("息县七里店社区"), "{fact:#?}");
    }
}

/// Negative: a relocation estate written with no community of it keeps its own figures at street
/// level, as before.
#[test]
fn an_estate_alone_keeps_its_figures() {
    let text = "发布时间:2024-07-10\n\n新家园里的志愿服务\n\n近日,清镇市红塔安置小区组建邻里互助志愿服务队。\
                红塔安置小区今年以来开展志愿服务活动32场,共安置搬迁群众1800户。\n";
    let facts = facts_of("estate.txt", text);
    for (value, unit) in [(32.0, "场"), (1800.0, "户")] {
        let fact = find(&facts, value, unit);
        assert!(fact.place.ends_with("清镇市红塔安置小区"), "{fact:#?}");
        assert_eq!(fact.level, Level::Street, "{fact:#?}");
    }
}
