//! Catalog rows added in the seventh catalog round, on short articles written for these tests:
//! the yearly growth of the messages the public leaves to leaders online and of the replies
//! (留言量、回复量同比增长, which the message boards' yearly reports give for every province and
//! city), and the 两新 organisations that achieve 双向进入、交叉任职 (counted beside 党建入章);
//! and the guards that keep them apart from their neighbours: a fall, a change in messages and a
//! change against a named earlier year are no growth, and the counts keep their own rows.

use crate::support::article;

use article::{facts_of, metric};

#[test]
fn growth_of_messages_and_of_replies_on_the_boards() {
    let facts = facts_of(
        "liuyan_zengzhang.txt",
        "网上群众工作年度数据\n\
         2025年2月，人民网发布“领导留言板”年度数据。2024年，网民给江西省各级领导干部留言52300件，\
         同比增长约17%，江西省各级干部答复留言50100件，同比增长约21%，留言回复率95.8%。\
         江西省委社会工作部把网上群众工作纳入信访工作格局，推动群众诉求及时办理。\n",
    );
    assert_eq!(
        metric(&facts, 17.0, "%").as_deref(),
        Some("petitions.online_messages_growth")
    );
    assert_eq!(
        metric(&facts, 21.0, "%").as_deref(),
        Some("petitions.online_replies_growth")
    );
    // the counts and the rate keep their rows
    assert_eq!(
        metric(&facts, 52_300.0, "件").as_deref(),
        Some("petitions.online_messages")
    );
    assert_eq!(
        metric(&facts, 50_100.0, "件").as_deref(),
        Some("petitions.online_replies")
    );
    assert_eq!(
        metric(&facts, 95.8, "%").as_deref(),
        Some("petitions.online_reply_rate")
    );
}

#[test]
fn growth_of_the_replies_said_as_their_volume() {
    let facts = facts_of(
        "huifuliang.txt",
        "领导留言板办理情况\n\
         2024年3月，湖州市委社会工作部介绍，2023年全市各级干部回复网民留言6120件，回复量同比增速约9%。\
         全市把留言办理纳入网上群众工作考核，群众诉求办理情况每月通报。\n",
    );
    assert_eq!(
        metric(&facts, 9.0, "%").as_deref(),
        Some("petitions.online_replies_growth")
    );
}

#[test]
fn a_fall_a_change_in_messages_and_another_base_year_are_no_growth() {
    let facts = facts_of(
        "liuyan_xiajiang.txt",
        "领导留言板年度盘点\n\
         2025年1月，绍兴市委社会工作部介绍，2024年网民给全市各级领导干部留言8400件，同比下降6%。\
         全市答复留言8100件，比上年增加350件。\
         网民留言量比2020年增长40%。\
         全市信访部门把网上群众工作作为信访工作的重要渠道，群众诉求件件有回音。\
         全市12345热线全年受理群众诉求9.6万件，回复量同比增长15%。\n",
    );
    // a hotline's replies are another channel's: 回复量 counts only after 留言 in its sentence
    assert_ne!(
        metric(&facts, 15.0, "%").as_deref(),
        Some("petitions.online_replies_growth")
    );
    assert_eq!(metric(&facts, 6.0, "%"), None);
    assert_ne!(
        metric(&facts, 350.0, "件").as_deref(),
        Some("petitions.online_replies_growth")
    );
    assert_eq!(metric(&facts, 40.0, "%"), None);
}

#[test]
fn organisations_achieving_dual_entry_beside_charter_inclusion() {
    let facts = facts_of(
        "shuangxiang.txt",
        "两新组织党建工作综述\n\
         2024年12月，宁波市委社会工作部介绍，全市3120家非公企业和社会组织实现“党建入章”，\
         1860家非公企业实现“双向进入、交叉任职”，新兴领域党组织达到4200个。\n",
    );
    assert_eq!(
        metric(&facts, 1860.0, "家").as_deref(),
        Some("party.dual_entry")
    );
    assert_eq!(
        metric(&facts, 3120.0, "家").as_deref(),
        Some("party.charter_inclusion")
    );
    assert_eq!(
        metric(&facts, 4200.0, "个").as_deref(),
        Some("party.emerging_orgs")
    );
}

#[test]
fn organisations_awarded_the_national_title_by_place() {
    let facts = facts_of(
        "xianjin.txt",
        "社会组织表彰\n\
         2025年2月，湖北省民政厅介绍，全省共有9家社会组织荣获“全国先进社会组织”称号，\
         全省依法登记的社会组织达到2.9万家。\
         在第五次“全国先进社会组织”表彰中，襄阳市有3家社会组织获此殊荣。\
         同月，全省另有40家社会组织获评省级先进社会组织。\
         宜昌市2家单位获评全国先进社会组织，十堰市1家社会组织入选全国先进社会组织。\n",
    );
    assert_eq!(
        metric(&facts, 2.0, "家").as_deref(),
        Some("social_organizations.national_advanced")
    );
    assert_eq!(
        metric(&facts, 1.0, "家").as_deref(),
        Some("social_organizations.national_advanced")
    );
    assert_eq!(
        metric(&facts, 9.0, "家").as_deref(),
        Some("social_organizations.national_advanced")
    );
    assert_eq!(
        metric(&facts, 3.0, "家").as_deref(),
        Some("social_organizations.national_advanced")
    );
    assert_eq!(
        metric(&facts, 29_000.0, "家").as_deref(),
        Some("social_organizations.total")
    );
    // a province's own title is another award
    assert_ne!(
        metric(&facts, 40.0, "家").as_deref(),
        Some("social_organizations.national_advanced")
    );
}

#[test]
fn the_national_total_of_the_title_stated_by_legal_forms() {
    // the ministry's decision names the awarded by their legal forms; the list they make is no
    // count of its first kind, and the title after it says what the figure counts
    let facts = facts_of(
        "mingdan.txt",
        "全国先进社会组织名单公布\n\
         2025年1月，民政部印发决定，授予中国社会工作联合会等290个社会团体、社会服务机构和基金会“全国先进社会组织”称号。\
         社会组织是社会治理的重要力量，社会组织党建工作同步加强。\n",
    );
    assert_eq!(
        metric(&facts, 290.0, "个").as_deref(),
        Some("social_organizations.national_advanced")
    );
}

#[test]
fn social_workers_the_stations_took_on_are_the_stations_staff() {
    let facts = facts_of(
        "xina.txt",
        "乡镇社工站建设\n\
         2024年8月，南宁市民政局介绍，全市已建成乡镇(街道)社工站118个，\
         目前在这些社工站，政府购买服务资金超过3000万元，并吸纳320名社工扎根基层。\n",
    );
    assert_eq!(
        metric(&facts, 320.0, "名").as_deref(),
        Some("social_workers.station_staff")
    );
    assert_eq!(
        metric(&facts, 118.0, "个").as_deref(),
        Some("social_workers.stations")
    );
}
