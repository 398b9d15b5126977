//! Place and level phenomena of round place19: a banner of Inner Mongolia written by its usual
//! abbreviation (科右中旗), a total split by its parts after 其中 (其中大冶市573件,阳新县278件),
//! whose parts hold only their own counts, and a community told by what happened to it
//! (县城新成立社区), which is no name. Short articles written for these tests, each extracted
//! as a new user would.

use jianbao_facts::Level;

use crate::support::article;

use article::{facts_of, find};

/// A banner's page that names itself only by its abbreviation is the banner's, in 内蒙古, at
/// county level (three wordings: headline and lead, a lead with 全旗, an outlet's 我旗).
#[test]
fn a_banner_written_by_its_abbreviation_is_that_banner() {
    let pages = [
        (
            "科尔沁右翼中旗",
            "发布时间:2024-05-06\n\n科右中旗新时代文明实践志愿服务见成效\n\n今年以来,科右中旗累计开展\
             志愿服务活动860场,参与志愿者1.2万人次。\n",
        ),
        (
            "察哈尔右翼前旗",
            "发布时间:2024-05-06\n\n学雷锋 志愿行\n\n3月5日,察右前旗组织志愿者走进社区开展学雷锋志愿\
             服务活动。目前,全旗共有注册志愿者1.2万人,累计开展志愿服务活动860场。\n",
        ),
        (
            "达尔罕茂明安联合旗",
            "发布时间:2024-05-06\n\n达茂旗志愿服务见成效\n\n近日,记者从达茂旗文明办获悉,今年以来,\
             我旗累计开展志愿服务活动860场,参与志愿者1.2万人次。\n",
        ),
    ];
    for (banner, text) in pages {
        let facts = facts_of("banner.txt", text);
        let fact = find(&facts, 860.0, "场");
        assert_eq!(fact.province, "内蒙古", "{banner}: {fact:#?}");
        assert!(fact.place.ends_with(banner), "{banner}: {fact:#?}");
        assert_eq!(fact.level, Level::District, "{banner}: {fact:#?}");
    }
}

/// A two-character abbreviation (莫旗) is as easily part of another word: it is the banner only
/// on a page of 内蒙古; a banner written in full stays itself.
#[test]
fn a_two_character_abbreviation_needs_its_region() {
    let text = "发布时间:2024-05-06\n\n内蒙古莫旗:志愿服务暖民心\n\n今年以来,莫旗累计开展志愿服务活动860场,\
                参与志愿者1.2万人次。\n";
    let facts = facts_of("mo.txt", text);
    let fact = find(&facts, 860.0, "场");
    assert!(fact.place.ends_with("莫力达瓦达斡尔族自治旗"), "{fact:#?}");
    let text = "发布时间:2024-05-06\n\n阿拉善左旗志愿服务见成效\n\n今年以来,阿拉善左旗累计开展志愿服务活动\
                860场,参与志愿者1.2万人次。\n";
    let facts = facts_of("full.txt", text);
    let fact = find(&facts, 860.0, "场");
    assert!(fact.place.ends_with("阿拉善左旗"), "{fact:#?}");
    assert_eq!(fact.province, "内蒙古", "{fact:#?}");
}

/// A total split by its parts after 其中: each part keeps its own count, the total and the
/// figures after the split stay the whole's; a lead that names only the parts (市12345热线……其中
/// 大冶市573件,阳新县278件) is about the place they are parts of.
#[test]
fn the_parts_of_a_breakdown_hold_only_their_own_counts() {
    // the whole named
    let text = "湖州市志愿服务工作综述\n\n发布时间:2024-05-06\n\n截至目前,全市共有注册志愿者56万人,其中吴兴区\
                12万人,德清县9万人,长兴县11万人;志愿服务组织3200个。\n今年以来,全市开展志愿服务活动1.2万场。\n";
    let facts = facts_of("huzhou.txt", text);
    for (value, unit) in [(560000.0, "人"), (3200.0, "个"), (12000.0, "场")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.place, "湖州市", "{fact:#?}");
        assert_eq!(fact.level, Level::City, "{fact:#?}");
    }
    assert!(find(&facts, 110000.0, "人").place.ends_with("长兴县"));
    // the whole unnamed, two districts of one city as its parts
    let text =
        "发布时间:2024-05-06\n\n近日,记者从市委社会工作部获悉,全市已建成社区社会工作室210个,其中\
                龙湖区56个,金平区48个,配备专职社工420名。\n";
    let facts = facts_of("shantou.txt", text);
    for (value, unit) in [(210.0, "个"), (420.0, "名")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.place, "汕头市", "{fact:#?}");
        assert_eq!(fact.level, Level::City, "{fact:#?}");
    }
    assert!(find(&facts, 48.0, "个").place.ends_with("金平区"));
    // a city's hotline, its counties as the parts, and a second paragraph
    let text =
        "本报讯 春节假期,市12345热线共受理市民诉求1655件,其中大冶市573件,阳新县278件;包括咨询\
                1127件、求助257件。\n春节假期市民诉求主要集中在三大类,防疫类诉求共329件。\n";
    let facts = facts_of("huangshi.txt", text);
    for (value, unit) in [(1655.0, "件"), (1127.0, "件"), (329.0, "件")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.place, "黄石市", "{fact:#?}");
        assert_eq!(fact.level, Level::City, "{fact:#?}");
    }
    assert!(find(&facts, 278.0, "件").place.ends_with("阳新县"));
}

/// Negative: a place told after 其中 with a verb of its own (其中,织里镇作为试点,组建……) is no
/// part of a breakdown, and the story goes on about it as before.
#[test]
fn a_place_told_after_qizhong_with_a_verb_stays_in_force() {
    let text = "发布时间:2024-05-06\n\n吴兴区志愿服务工作亮点纷呈\n\n今年以来,吴兴区开展志愿服务活动3200场,其中,\
                吴兴区织里镇作为试点,组建志愿服务队45支。织里镇志愿者达1.2万人。\n";
    let facts = facts_of("wuxing.txt", text);
    assert!(find(&facts, 3200.0, "场").place.ends_with("吴兴区"));
    for (value, unit) in [(45.0, "支"), (12000.0, "人")] {
        let fact = find(&facts, value, unit);
        assert!(fact.place.ends_with("织里镇"), "{fact:#?}");
        assert_eq!(fact.level, Level::Street, "{fact:#?}");
    }
}

/// A community told by its founding or by where it lies (县城新成立社区, 新设立社区, 城区新成立社区)
/// is no name: the figures stay the county's or city's, not a pseudo-place's.
#[test]
fn a_newly_founded_community_is_no_place_name() {
    let pages = [
        (
            "望谟县",
            "望谟县县城新成立社区组建志愿服务队12支,服务搬迁群众2600人次",
        ),
        (
            "紫云苗族布依族自治县",
            "紫云县新设立社区组建志愿服务队12支,服务搬迁群众2600人次",
        ),
        (
            "福泉市",
            "福泉市城区新成立社区组建志愿服务队12支,服务搬迁群众2600人次",
        ),
    ];
    for (county, lead) in pages {
        let text =
            format!("发布时间:2024-05-06\n\n志愿服务暖人心 社区志愿服务队\n\n今年以来,{lead}。\n");
        let facts = facts_of("new.txt", &text);
        let fact = find(&facts, 12.0, "支");
        assert!(fact.place.ends_with(county), "{county}: {fact:#?}");
        assert!(!fact.place.contains("社区"), "{county}: {fact:#?}");
    }
}

/// Negative: a community with a name of its own stays the figures' place.
#[test]
fn a_named_community_keeps_its_figures() {
    let text = "发布时间:2024-05-06\n\n志愿服务暖人心 社区志愿服务队\n\n今年以来,望谟县王母街道平洞社区组建\
                志愿服务队12支,服务搬迁群众2600人次。\n";
    let facts = facts_of("named.txt", text);
    let fact = find(&facts, 12.0, "支");
    assert!(fact.place.ends_with("平洞社区"), "{fact:#?}");
    assert_eq!(fact.level, Level::Street, "{fact:#?}");
}
