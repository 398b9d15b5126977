//! Round fp21 (false positives counted on a held-out set, by kind): a count of every division of a
//! place's tier (云南16个州市, 北京市16个区, 全国31个省(区、市)), every street or community of a place
//! acting at once or serving as a work's base (全区12个街道同步开展, 依托全市120个社区), the exchange
//! rate of a points scheme (每服务1小时兑换1积分), a token sum (50元象征性补贴) and a rounding that
//! restates an exact figure (12036人次 … 1.2万余人次) are no facts; the near cases that are facts
//! stay. Short articles written for these tests, each extracted as a new user would.

use crate::support::article;

use article::{assert_none, facts_of, has};

/// A page of `place`'s social-work department, with `body` as its second sentence and a control
/// figure after.
fn page(place: &str, body: &str) -> String {
    format!(
        "{place}社会工作推进会召开\n\n\
         2024年4月2日,{place}委社会工作部召开社会工作推进会,部署社工站建设和志愿服务工作。{body}\
         全年新增持证社会工作者1860人。\n"
    )
}

/// Every division of the tier below a place, counted by the gazetteer's number of them, is its
/// whole set; a count below the whole, and what was built in each of them, stay.
#[test]
fn every_division_of_a_place_is_no_fact() {
    for (place, body, value) in [
        ("云南省", "“邻里守望”志愿服务行动覆盖16个州市。", 16.0),
        ("北京市", "今年16个区预计招聘社区工作者2000名。", 16.0),
        ("重庆市", "38个区县同步启动“社工进万家”活动。", 38.0),
        ("昆明市", "全市14个县（市、区）均已召开动员会。", 14.0),
        ("民政部", "全国31个省(区、市)都出台了实施意见。", 31.0),
        ("中央组织部", "党的地方委员会中,省(区、市)委31个。", 31.0),
    ] {
        let facts = facts_of("whole.txt", &page(place, body));
        assert_none(&facts, &[(value, "个")]);
        assert!(has(&facts, 1860.0, "人"), "{body}: {facts:#?}");
    }
    let facts = facts_of(
        "recruit.txt",
        &page("北京市", "今年16个区预计招聘社区工作者2000名。"),
    );
    assert!(has(&facts, 2000.0, "名"), "{facts:#?}");
    for (place, body, value) in [
        ("昆明市", "5个县(市、区)开展社工站建设试点。", 5.0),
        ("北京市", "16个区社工站已全部投入运营。", 16.0),
        ("云南省", "全省建成乡镇(街道)社工站16个。", 16.0),
    ] {
        let facts = facts_of("kept.txt", &page(place, body));
        assert!(has(&facts, value, "个"), "{body}: {facts:#?}");
    }
}

/// Every street, township or community of a place acting at once, or serving as the base of a
/// work, is the whole set; the communities a service reached, or a chosen few, stay.
#[test]
fn every_street_or_community_acting_at_once_is_no_fact() {
    for (body, value) in [
        ("全区12个街道同步开展“邻里节”活动。", 12.0),
        ("全区86个社区同时启动志愿服务月。", 86.0),
        ("全县9个乡镇相继成立志愿服务队。", 9.0),
        ("依托全市120个社区,开展志愿服务活动300场。", 120.0),
    ] {
        let facts = facts_of("together.txt", &page("泸州市", body));
        assert_none(&facts, &[(value, "个")]);
        assert!(has(&facts, 1860.0, "人"), "{body}: {facts:#?}");
    }
    for (body, value) in [
        ("志愿服务覆盖全市2706个社区。", 2706.0),
        ("选取12个街道同步开展社工站建设试点。", 12.0),
    ] {
        let facts = facts_of("reached.txt", &page("泸州市", body));
        assert!(has(&facts, value, "个"), "{body}: {facts:#?}");
    }
    // one after another, a later item of the list counts those that did so far, not all
    for (body, value) in [
        (
            "全省21个市(州)、43个县(市、区)陆续出台社区工作者薪酬制度。",
            43.0,
        ),
        (
            "全省21个市(州)、58个县(市、区)相继建立志愿服务联合会。",
            58.0,
        ),
        ("全省21个市(州)、37个县(市、区)纷纷出台了激励办法。", 37.0),
    ] {
        let facts = facts_of("so_far.txt", &page("四川省", body));
        assert!(has(&facts, value, "个"), "{body}: {facts:#?}");
    }
}

/// The rate a points scheme sets is a rule; what was exchanged, and exchange sites, are counts.
#[test]
fn a_points_exchange_rate_is_a_rule() {
    for (body, value, unit) in [
        ("志愿者每服务1小时兑换1积分。", 1.0, "小时"),
        ("志愿者服务时长每满10小时可兑换一次生活用品。", 10.0, "小时"),
        ("居民参加活动累计满5次即可兑换一份礼品。", 5.0, "次"),
    ] {
        let facts = facts_of("rate.txt", &page("泸州市", body));
        assert_none(&facts, &[(value, unit)]);
        assert!(has(&facts, 1860.0, "人"), "{body}: {facts:#?}");
    }
    for (body, value, unit) in [
        ("全市设立积分超市20个,兑换物品3200件。", 3200.0, "件"),
        ("全市设立20个兑换点,方便居民使用积分。", 20.0, "个"),
    ] {
        let facts = facts_of("exchanged.txt", &page("泸州市", body));
        assert!(has(&facts, value, unit), "{body}: {facts:#?}");
    }
}

/// A sum paid or charged only as a sign is no measure; a subsidy paid is.
#[test]
fn a_token_sum_is_no_fact() {
    for (body, value) in [
        ("参加清扫的志愿者每人领取50元象征性补贴。", 50.0),
        ("助餐点向老人象征性收取2元餐费。", 2.0),
        ("社区为志愿者象征性发放交通补贴每人20元。", 20.0),
    ] {
        let facts = facts_of("token.txt", &page("泸州市", body));
        assert_none(&facts, &[(value, "元")]);
        assert!(has(&facts, 1860.0, "人"), "{body}: {facts:#?}");
    }
    let facts = facts_of(
        "subsidy.txt",
        &page("泸州市", "全年向持证社工发放岗位补贴86万元。"),
    );
    assert!(has(&facts, 860000.0, "元"), "{facts:#?}");
}

/// Prose that rounds a figure already given exactly says it again; another figure of the same
/// thing, not its rounding, stays.
#[test]
fn a_rounding_restated_in_prose_is_the_same_fact() {
    for later in [
        "在这些活动中,志愿者服务群众1.2万余人次。",
        "志愿者服务群众约1.2万人次,反响良好。",
        "全年服务群众1万余人次,群众满意度高。",
    ] {
        let body = format!("全年累计服务群众12036人次,开展活动310场。{later}");
        let facts = facts_of("rounded.txt", &page("泸州市", &body));
        assert!(has(&facts, 12036.0, "人次"), "{later}: {facts:#?}");
        assert!(
            facts.iter().all(|f| f.unit != "人次" || f.value == 12036.0),
            "{later}: {facts:#?}"
        );
    }
    let body = "上半年服务群众12036人次。全年服务群众2.5万人次。";
    let facts = facts_of("another.txt", &page("泸州市", body));
    assert!(has(&facts, 25000.0, "人次"), "{facts:#?}");
}
