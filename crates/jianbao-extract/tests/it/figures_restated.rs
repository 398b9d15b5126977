//! Counts and amounts an article states that are not facts of the remit, one short article per
//! wording (written for these tests), each extracted as a new user would: a count restating the
//! items its sentence has just named, a count of every community of a place, the media of a press
//! visit and a per-unit funding standard. Each text keeps a real figure beside the non-fact, so
//! the rule must tell them apart.

use jianbao_facts::Fact;

use crate::support::article;

use article::{find, has};

/// The facts of `text` under a headline that puts it on topic (the texts are one sentence of
/// an article).
fn facts_of(text: &str) -> Vec<Fact> {
    article::facts_of(
        "article.txt",
        &format!("社会工作部：志愿服务和社会工作稳步推进\n\n{text}"),
    )
}

#[test]
fn counts_restating_the_items_just_named_are_not_facts() {
    for (text, restated) in [
        (
            "天津市河北区在望海楼街道、鸿顺里街道和江都路街道3个街道开展社区志愿服务试点，\
             培育志愿服务组织46个。",
            3.0,
        ),
        (
            "沈阳市在和平区、沈河区开展新就业群体服务试点，覆盖2个区，建成暖心驿站85个。",
            2.0,
        ),
        (
            "泉州市社会工作部推出“暖蜂”、“护航”和“安居”3项行动，全市注册志愿者达到52万人。",
            3.0,
        ),
    ] {
        let facts = facts_of(text);
        assert!(
            !has(&facts, restated, "个") && !has(&facts, restated, "项"),
            "{text}: {facts:#?}"
        );
        assert!(
            has(&facts, 46.0, "个") || has(&facts, 85.0, "个") || has(&facts, 520_000.0, "人"),
            "{text}: {facts:#?}"
        );
    }
}

#[test]
fn counts_restating_a_run_of_quoted_names_are_not_facts() {
    for (text, restated) in [
        (
            "新时代文明实践站设立了“邻里课堂”“巷口议事”“银龄互助”和“红色影院”等4个志愿服务品牌。\
             全年开展志愿服务活动860场次。",
            4.0,
        ),
        (
            "县委社会工作部打造“暖蜂驿站”“骑士之家”“小哥课堂”3个关爱项目。全年开展志愿服务活动860场次。",
            3.0,
        ),
        (
            "社区组建了“红管家”“绿邻居”“蓝骑士”与“金钥匙”4支志愿服务队,全年开展志愿服务活动860场次。",
            4.0,
        ),
    ] {
        let facts = facts_of(text);
        assert!(
            ["个", "支"].iter().all(|unit| !has(&facts, restated, unit)),
            "{text}: {facts:#?}"
        );
        find(&facts, 860.0, "场次");
    }
}

#[test]
fn a_run_of_quoted_examples_shorter_than_its_count_leaves_it_a_fact() {
    let text = "全市培育了“邻里课堂”“巷口议事”等12个志愿服务品牌。全年开展志愿服务活动860场次。";
    let facts = facts_of(text);
    find(&facts, 12.0, "个");
}

#[test]
fn examples_closed_by_deng_leave_the_count_a_fact() {
    let text =
        "天津市河北区在望海楼街道、鸿顺里街道等5个街道开展社区志愿服务试点，培育志愿服务组织46个。";
    let facts = facts_of(text);
    find(&facts, 5.0, "个");
}

#[test]
fn every_community_of_a_place_is_its_make_up() {
    for text in [
        "红桥街道下辖12个社区。街道建成社区志愿服务站12个，注册志愿者3100名。",
        "石家庄市长安区共辖9个社区，区委社会工作部培育社区社会组织140家。",
        "全区共有112个社区，今年以来全区社区工作者开展入户走访2.6万户次。",
    ] {
        let facts = facts_of(text);
        let makeup = [12.0, 9.0, 112.0];
        assert!(
            !facts.iter().any(|f| makeup.contains(&f.value)
                && f.label.contains("社区")
                && f.unit == "个"
                && f.quote.contains("辖")
                || f.quote.starts_with("全区共有")),
            "{text}: {facts:#?}"
        );
        assert!(
            has(&facts, 3100.0, "名") || has(&facts, 140.0, "家") || has(&facts, 26_000.0, "户次"),
            "{text}: {facts:#?}"
        );
    }
    // a count of communities that the remit reached stays a fact
    let covered = "全市志愿服务站点覆盖全市2706个社区。";
    find(&facts_of(covered), 2706.0, "个");
}

#[test]
fn the_press_of_a_visit_is_not_the_remit() {
    for text in [
        "近日，区委社会工作部组织15家媒体记者走进新就业群体服务驿站，全区已建成驿站86个。",
        "采访团一行20余名记者参观了社区党群服务中心，该区注册志愿者达到4.2万人。",
        "活动邀请12家中央和省级媒体参加，全市新兴领域党组织达到1630个。",
    ] {
        let facts = facts_of(text);
        assert!(
            !has(&facts, 15.0, "家") && !has(&facts, 20.0, "名") && !has(&facts, 12.0, "家"),
            "{text}: {facts:#?}"
        );
        assert!(
            has(&facts, 86.0, "个") || has(&facts, 42_000.0, "人") || has(&facts, 1630.0, "个"),
            "{text}: {facts:#?}"
        );
    }
}

#[test]
fn a_per_unit_funding_standard_is_not_an_amount_spent() {
    for (text, standard) in [
        (
            "成都市按照每个社区每年20万元的标准拨付社区保障资金，全市社区工作者达到3.1万人。",
            200_000.0,
        ),
        (
            "该县每村每年安排村级组织工作经费5万元，全县村级组织减负清单事项减少42项。",
            50_000.0,
        ),
        (
            "市委社会工作部为每个新就业群体服务站点每年补助运营经费3万元，全市站点达到260个。",
            30_000.0,
        ),
    ] {
        let facts = facts_of(text);
        assert!(!has(&facts, standard, "元"), "{text}: {facts:#?}");
        assert!(
            has(&facts, 31_000.0, "人") || has(&facts, 42.0, "项") || has(&facts, 260.0, "个"),
            "{text}: {facts:#?}"
        );
    }
    // a yearly budget and a worker's allowance are figures
    let budget = "区财政每年投入社区志愿服务经费200万元，持证社工每人补贴500元。";
    let facts = facts_of(budget);
    find(&facts, 2_000_000.0, "元");
}
