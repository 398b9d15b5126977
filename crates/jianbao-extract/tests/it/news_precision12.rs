//! Figures of street and community pages that are no facts (a place's own parts, the size that
//! brings a body under a rule, a count restating the places just named, ten-odd), and labels of
//! lists, pairings and funds; one short article per wording (written for these tests), each
//! extracted as a new user would.

use jianbao_facts::Fact;

use crate::support::article;

use article::{assert_none, find, has};

fn facts_of(text: &str) -> Vec<Fact> {
    article::facts_of("article.txt", text)
}

/// A street's or community's profile opens with its own parts (辖区有9个小区, 下辖11个行政村、
/// 3个社区, 划分为8个网格): its make-up, not a count of the remit; what its volunteers did stays.
#[test]
fn a_street_or_community_profile_counts_its_own_parts() {
    for (profile, absent) in [
        (
            "东河社区地处城区东部,辖区有9个小区,居民4200户。",
            (9.0, "个"),
        ),
        (
            "西湖街道下辖11个行政村、3个社区,常住人口5万人。",
            (3.0, "个"),
        ),
        ("南苑社区共划分为8个网格,配备专职网格员8名。", (8.0, "个")),
        (
            "中兴社区位于县城中心,辖6个开放式小区,流动人口多。",
            (6.0, "个"),
        ),
    ] {
        let text = format!(
            "社区志愿服务工作推进会召开\n\n{profile}今年以来,社区志愿服务队开展志愿服务活动36场,服务居民1200人次。"
        );
        let facts = facts_of(&text);
        assert_none(&facts, &[absent]);
        assert!(has(&facts, 36.0, "场"), "{profile}");
        assert!(has(&facts, 1200.0, "人次"), "{profile}");
    }
}

/// The size that brings a body under a rule (3000户以上城市社区, 5000人以上社区) is a threshold;
/// the counts of the plan stay.
#[test]
fn the_size_that_brings_a_body_under_a_rule_is_no_count() {
    for rule in [
        "年底前完成对3000户以上城市社区的优化拆分",
        "为居民5000人以上社区增配社区工作者",
        "推动建筑面积800平方米以上楼宇建立党组织",
    ] {
        let text = format!(
            "社区工作者队伍建设方案印发\n\n近日,市委社会工作部印发社区工作者队伍建设方案。方案要求,{rule},全市社区工作者将达到6000名。"
        );
        let facts = facts_of(&text);
        assert_none(&facts, &[(3000.0, "户"), (5000.0, "人"), (800.0, "平方米")]);
        assert!(has(&facts, 6000.0, "名"), "{rule}");
    }
}

/// A clause opened by a small Chinese count of the places its sentence has just listed
/// restates them; the stations counted later stay.
#[test]
fn a_count_restating_the_places_just_named_is_no_fact() {
    for sentence in [
        "年初在东河乡、西坪镇进行社工站试点,半年来,两个社工站运行平稳",
        "先在南苑社区和北苑社区试行,三个月后,两个社区的议事会均已成立",
        "选定城关镇、河口镇、新集乡试点,三个乡镇的社工站先行挂牌",
    ] {
        let text = format!(
            "县社会工作服务站建设推进\n\n近日,县委社会工作部推进乡镇社会工作服务站建设。{sentence}。目前,全县已建成乡镇社工站15个。"
        );
        let facts = facts_of(&text);
        assert_none(&facts, &[(2.0, "个"), (3.0, "个")]);
        assert!(has(&facts, 15.0, "个"), "{sentence}");
    }
}

/// 十多家, 十几名: ten-some is a story's rough count, as 上百 is (十余, like 百余 and 万余, is
/// over ten: tests/figures_odd_counts.rs).
#[test]
fn ten_odd_is_a_rough_count() {
    for rough in [
        "楼内已有十多家企业通过沙龙平台达成合作",
        "十几名志愿者参与了清扫",
        "已有十多个社区参与",
    ] {
        let text = format!("楼宇党建工作推进\n\n近日,区委社会工作部推进商务楼宇党建工作。据统计,{rough},党群服务中心服务企业职工3000人次。");
        let facts = facts_of(&text);
        assert_none(&facts, &[(10.0, "家"), (10.0, "名"), (10.0, "个")]);
        assert!(has(&facts, 3000.0, "人次"), "{rough}");
    }
}

/// Labels: an item of a list ends before the next item's hedged figure (191家企业、近3000名
/// 员工), places paired with are named by the pairing (结对共建的村), and money put to a purpose
/// is the investment in it.
#[test]
fn labels_of_lists_pairings_and_funds() {
    let text = "党群服务中心服务辖区企业\n\n中心服务191家企业、近3000名员工。驿站服务80家商户、约2000名骑手。\
        社区与镇区7个村结对共建,与12个村结对帮扶。驻区单位与6个村结对共建。\
        镇里将投入超过4400万元用于社区购买社工服务,区里投资80万元用于社工站点改造。";
    let facts = facts_of(text);
    assert_eq!(find(&facts, 191.0, "家").label, "企业");
    assert_eq!(find(&facts, 80.0, "家").label, "商户");
    assert_eq!(find(&facts, 7.0, "个").label, "结对共建的村");
    assert_eq!(find(&facts, 12.0, "个").label, "结对帮扶的村");
    assert_eq!(find(&facts, 6.0, "个").label, "结对共建的村");
    assert_eq!(
        find(&facts, 44_000_000.0, "元").label,
        "用于社区购买社工服务的投入"
    );
    assert_eq!(
        find(&facts, 800_000.0, "元").label,
        "用于社工站点改造的投资"
    );
}
