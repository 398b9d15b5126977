//! misses22: kinds of a held-out set's counted misses and false positives, each in short
//! articles in our own words: users counted with no measure word (注册用户8万), what one member
//! of staff is in charge of (一人负责30户: a ratio, no count), a span after a launch (开通1个月后),
//! every division of a place as the venues of one event (在全区6个街道举办), a plan's aims told in
//! sentences after its 到20XX年 lead, and a place named in passing (学习借鉴苏州市经验, 赴杭州考察学习,
//! 与嘉兴市相比) that must not move the figures around it.

use crate::support::article;

use article::{assert_none, facts_of, find, has};

/// A page of a district's social-work department dated 2025-05-12, with `body` after its lead.
fn page(body: &str) -> String {
    format!(
        "滨江区推进志愿服务和新就业群体服务\n发布时间：2025-05-12 09:30\n滨江区委社会工作部近日召开全区工作推进会。{body}\n"
    )
}

#[test]
fn users_counted_with_no_measure_word_are_people() {
    for (body, value) in [
        ("“骑手之家”小程序上线以来，注册用户已达2.3万。", 23_000.0),
        ("区志愿服务平台注册用户超过5000。", 5000.0),
        ("“滨江办”平台用户达到15万，日均受理诉求300件。", 150_000.0),
        ("目前，平台用户数突破1.2万。", 12_000.0),
    ] {
        let facts = facts_of("a.txt", &page(body));
        assert_eq!(find(&facts, value, "人").unit, "人", "{body}");
    }
    // a noun after the number (8万次访问) or users counted with their measure word stay as written
    let facts = facts_of(
        "a.txt",
        &page("平台注册用户8万次访问。燃气用户3200户完成安检。"),
    );
    assert!(!has(&facts, 80_000.0, "人"));
    let facts = facts_of("a.txt", &page("小程序用户达12万人。"));
    assert!(has(&facts, 120_000.0, "人"));
}

#[test]
fn what_one_member_of_staff_is_in_charge_of_is_a_ratio() {
    for (body, value, unit) in [
        (
            "网格员小周说：“我们这里一人负责30户，谁家有事都清楚。”",
            30.0,
            "户",
        ),
        ("目前，社区一名网格员负责200户左右。", 200.0, "户"),
        ("街道推行1名社工对接300名老人的服务模式。", 300.0, "名"),
        ("小区实行一个楼栋长包联40户。", 40.0, "户"),
        ("在村里，一名党员联系10户群众。", 10.0, "户"),
    ] {
        let facts = facts_of("a.txt", &page(body));
        assert_none(&facts, &[(value, unit)]);
    }
    // staff counted (11名网格员负责……), a record (累计, 了) and a 第一书记 stay
    for (body, value, unit) in [
        ("社区11名网格员负责辖区3200户的日常走访。", 3200.0, "户"),
        ("志愿者老李一人累计服务困难群众300户。", 300.0, "户"),
        ("驻村第一书记负责联系120户脱贫户。", 120.0, "户"),
        ("去年，一名党员联系了20户困难家庭。", 20.0, "户"),
    ] {
        let facts = facts_of("a.txt", &page(body));
        assert!(has(&facts, value, unit), "{body}");
    }
}

#[test]
fn a_span_after_a_launch_is_no_count() {
    for (body, value, unit) in [
        ("“小哥驿站”开通1个月后，日均接待骑手80人次。", 1.0, "个月"),
        ("平台运行3个月之后，共收集群众建议150条。", 3.0, "个月"),
        ("热线上线2年以后，服务范围扩大到全区。", 2.0, "年"),
    ] {
        let facts = facts_of("a.txt", &page(body));
        assert_none(&facts, &[(value, unit)]);
    }
    // what was done in that time stays
    let facts = facts_of("a.txt", &page("平台运行3个月之后，共收集群众建议150条。"));
    assert!(has(&facts, 150.0, "条"));
}

#[test]
fn every_division_of_a_place_as_the_venues_of_one_event_is_its_make_up() {
    for (body, value) in [
        ("“邻里节”当天在全区6个街道举办，吸引居民3000余人参与。", 6.0),
        ("集市活动同步在全区9个街道举行。", 9.0),
        ("5月10日，系列活动分别在全市5个区启动。", 5.0),
    ] {
        let facts = facts_of("a.txt", &page(body));
        assert_none(&facts, &[(value, "个")]);
    }
    // a count of the places an event reached without a word of the whole stays
    let facts = facts_of(
        "a.txt",
        &page("活动在6个街道的42个社区举办，服务居民3000人次。"),
    );
    assert!(has(&facts, 3000.0, "人次"));
}

/// Whether the fact of `value` `unit` in `text` is an aim, and its `as_of`.
fn aim(text: &str, value: f64, unit: &str) -> (bool, Option<String>) {
    let facts = facts_of("a.txt", text);
    let f = find(&facts, value, unit);
    (f.target, f.as_of.clone())
}

#[test]
fn a_plans_aims_after_its_dated_lead_are_aims_of_that_year() {
    let text = page(
        "《行动方案》提出，到2027年底，全区社区综合服务设施覆盖率达到100%。全区建成示范性社区社会组织200家，打造10个社区治理品牌。",
    );
    assert_eq!(aim(&text, 200.0, "家"), (true, Some("2027".into())));
    assert_eq!(aim(&text, 10.0, "个"), (true, Some("2027".into())));
    let text = page("方案明确，2025年至2027年，每年培训社区工作者5000人次。");
    assert!(aim(&text, 5000.0, "人次").0);
    let text = page("到2026年，全区新就业群体服务站点达到60个。全区培育骑手志愿服务队20支。");
    assert_eq!(aim(&text, 20.0, "支"), (true, Some("2026".into())));
    // what the page reports of its own year, or with 已 and 截至, stays a report
    let text = page("到2027年，全区站点达到60个。截至目前，全区已建成站点42个。");
    assert!(!aim(&text, 42.0, "个").0);
    let text = page("今年以来，全区建成示范性社区社会组织35家。");
    assert!(!aim(&text, 35.0, "家").0);
    // 年前 then a count of the year's parts is the period a report covers (a page misdated
    // before it), not a deadline; 年前 alone is one
    for body in [
        "2026年前11个月，全区共受理群众诉求12000件。",
        "2026年前三季度，全区共受理群众诉求12000件。",
        "2026年前半年，全区共受理群众诉求12000件。",
    ] {
        assert!(!aim(&page(body), 12000.0, "件").0, "{body}");
    }
    let text = page("2027年前，全区新就业群体服务站点达到60个。");
    assert!(aim(&text, 60.0, "个").0);
}

/// A work report of 德阳市 (四川) dated 2025-01-10, with `body` after its lead.
fn report(body: &str) -> String {
    format!(
        "德阳市委社会工作部2024年工作总结\n发布时间：2025-01-10\n2024年，市委社会工作部围绕中心抓落实。{body}\n"
    )
}

#[test]
fn a_place_named_in_passing_keeps_the_figures_at_home() {
    for (body, value, unit) in [
        (
            "我部学习借鉴江苏省苏州市经验，推动全市建成新就业群体服务站点86个。",
            86.0,
            "个",
        ),
        (
            "组织赴浙江杭州、江苏苏州考察学习，全市新培育志愿服务组织32个。",
            32.0,
            "个",
        ),
        (
            "与浙江省嘉兴市相比，全市注册志愿者占比仍有差距，全市持证社工达到2100人。",
            2100.0,
            "人",
        ),
        ("对标深圳市，全市建成社工站120个。", 120.0, "个"),
        (
            "组织赴江苏省苏州市考察学习，全市新培育志愿服务组织32个。",
            32.0,
            "个",
        ),
        (
            "全市组织骨干前往浙江省杭州市学习取经，新建社工站45个。",
            45.0,
            "个",
        ),
    ] {
        let facts = facts_of("a.txt", &report(body));
        let f = find(&facts, value, unit);
        assert_eq!(f.province, "四川", "{body}: {f:?}");
    }
    // a place that does the figure keeps it: the district itself, a service going to a village
    let facts = facts_of("a.txt", &report("旌阳区学习贯彻会议精神，建成社工站12个。"));
    assert!(find(&facts, 12.0, "个").place.contains("旌阳区"));
    let facts = facts_of(
        "a.txt",
        &report("组织志愿者赴旌阳区孝泉镇开展义诊，服务群众260人次。"),
    );
    assert!(find(&facts, 260.0, "人次").place.contains("孝泉镇"));
}
