//! Round misses21 (counted misses of a held-out set, by kind): small Chinese numerals that count
//! committees and teams (下设五个专业委员会, 组建了三支队伍) but not the formulas of a plan (两个
//! 维护, 两支队伍 as the talent formula); Chinese numerals hedged with 余 or 多 (二十余万元,
//! 十余个队); honourees listed without measure words (1组织1社区1志愿者入选); works counted in 部;
//! N大平台 and N大行动; a per-head average reached (人均……达20个小时以上); a count after 人数已达.
//! Short articles written for these tests, each extracted as a new user would.

use crate::support::article;

use article::{assert_none, facts_of, find, has};
use jianbao_facts::Qualifier;

/// A city's page on social work, with `body` as its second sentence and a control figure after.
fn city_page(body: &str) -> String {
    format!(
        "德阳市社会工作会议召开\n\n\
         2024年6月5日,德阳市委社会工作部召开全市社会工作会议,部署志愿服务和社会组织工作。{body}\
         全市持证社会工作者达2370人。\n"
    )
}

/// The facts of `body` on the city page, the control figure checked.
fn facts_in(body: &str) -> Vec<jianbao_facts::Fact> {
    let facts = facts_of("page.txt", &city_page(body));
    assert!(has(&facts, 2370.0, "人"), "{body}: {facts:#?}");
    facts
}

/// A small Chinese numeral counts committees and teams formed; the formulas of a plan, the talent
/// formula's 两支队伍 and 一 as "one" count nothing.
#[test]
fn small_chinese_numerals_count_committees_and_teams() {
    for (body, value, unit) in [
        ("市慈善联合会下设五个专业委员会。", 5.0, "个"),
        ("市物流行业协会设立三个工作委员会。", 3.0, "个"),
        (
            "旌阳区新村社区组建了三支队伍,为独居老人上门服务。",
            3.0,
            "支",
        ),
        ("旌阳区新村社区成立四支志愿服务队伍。", 4.0, "支"),
        ("旌阳区团结社区组建六个志愿服务队。", 6.0, "个"),
    ] {
        let facts = facts_in(body);
        assert!(has(&facts, value, unit), "{body}: {facts:#?}");
    }
    for body in [
        "会议要求建强用好社会工作者和志愿者两支队伍。",
        "会议要求加强三支队伍建设。",
        "会议要求壮大四支志愿服务队伍。",
        "会议要求坚持两个维护,增强四个意识,从三个方面抓好落实。",
        "会议强调围绕一个中心,建好一个阵地。",
    ] {
        let facts = facts_in(body);
        assert_none(
            &facts,
            &[
                (1.0, "个"),
                (2.0, "支"),
                (3.0, "支"),
                (2.0, "个"),
                (3.0, "个"),
                (4.0, "个"),
            ],
        );
    }
}

/// A Chinese numeral hedged with 余 or 多 is a rounded tally, over its round count; 余 before 万
/// scales it (二十余万元); years and ages stay no counts.
#[test]
fn hedged_chinese_numerals_are_tallies() {
    for (body, value, unit) in [
        ("市慈善总会为困难家庭筹集善款二十余万元。", 200_000.0, "元"),
        ("全市十余个队参加了比赛。", 10.0, "个"),
        ("全市二十多个服务点开展义诊活动。", 20.0, "个"),
        ("全市三十余项志愿服务项目获得资助。", 30.0, "项"),
    ] {
        let facts = facts_in(body);
        let fact = find(&facts, value, unit);
        assert_eq!(fact.qualifier, Qualifier::Over, "{body}: {fact:#?}");
    }
    let facts = facts_in("十多年来,市志愿者协会坚持服务社区。");
    assert_none(&facts, &[(10.0, "年"), (10.0, "")]);
}

/// Honourees listed without measure words, in an honour's clause, are counted in the measure word
/// the full form writes; bare counts with no honour, or one alone, are none.
#[test]
fn honourees_listed_without_measure_words_are_counted() {
    for (body, counts) in [
        (
            "在全省学雷锋志愿服务先进典型评选中,我市3组织2社区4志愿者入选。",
            vec![(3.0, "个"), (2.0, "个"), (4.0, "名")],
        ),
        (
            "我市5项目、6组织入围全国志愿服务先进典型。",
            vec![(5.0, "个"), (6.0, "个")],
        ),
        (
            // (a count in 人 written with its measure word is the list's neighbour)
            "全市7人、8集体获评全省优秀志愿服务典型。",
            vec![(8.0, "个")],
        ),
    ] {
        let facts = facts_in(body);
        for (value, unit) in counts {
            assert!(
                has(&facts, value, unit),
                "{body}: {value}{unit}: {facts:#?}"
            );
        }
    }
    let facts = facts_in("旌阳区3组织5社区开展结对共建活动。");
    assert_none(&facts, &[(3.0, "个"), (5.0, "个"), (3.0, "组")]);
    let facts = facts_in("我市9社区入选全省示范名单。");
    assert_none(&facts, &[(9.0, "个")]);
}

/// Laws and regulations are counted in 部; 部委 and the other words 部 opens are none.
#[test]
fn works_are_counted_in_bu() {
    for (body, value) in [
        ("全市出台社会工作地方性法规3部。", 3.0),
        ("市委社会工作部制定规范性文件12部。", 12.0),
        ("全市出台两部地方性法规。", 2.0),
    ] {
        let facts = facts_in(body);
        assert!(has(&facts, value, "部"), "{body}: {facts:#?}");
    }
    let facts = facts_in("国家15部委联合印发通知,部署志愿服务工作。");
    assert_none(&facts, &[(15.0, "部")]);
}

/// 5大平台 and 8大行动 count a programme's platforms and campaigns; a small Chinese numeral before
/// them names the plan's structure.
#[test]
fn platforms_and_campaigns_written_with_da() {
    let facts = facts_in("全市打造5大平台,实施8大行动。");
    assert!(has(&facts, 5.0, "大平台"), "{facts:#?}");
    assert!(has(&facts, 8.0, "大行动"), "{facts:#?}");
    let facts = facts_in("全市实施三大行动。");
    assert_none(&facts, &[(3.0, "大行动")]);
}

/// A per-head average of hours reached (人均……达20个小时以上) is a figure; hours a rule sets per
/// head (人均每年参加培训40小时以上, 不少于) are none.
#[test]
fn a_per_head_average_reached_is_a_figure() {
    for (body, value) in [
        ("全市志愿者人均服务时长达26个小时以上。", 26.0),
        ("全市注册志愿者年人均志愿服务时长已达到31个小时。", 31.0),
        ("全市党员志愿者人均年服务18个小时。", 18.0),
    ] {
        let facts = facts_in(body);
        assert!(has(&facts, value, "小时"), "{body}: {facts:#?}");
    }
    for (body, value) in [
        ("社区工作者人均每年参加培训40小时以上。", 40.0),
        ("社会工作者人均每年接受继续教育不少于48个小时。", 48.0),
    ] {
        let facts = facts_in(body);
        assert_none(&facts, &[(value, "小时")]);
    }
}

/// A count after 人数已达 or 人数共计 is counted in the measure word before 数.
#[test]
fn a_count_after_a_count_name_reached() {
    for (body, value) in [
        ("全市注册志愿者人数已达3200。", 3200.0),
        ("参加培训的人数共计860。", 860.0),
        ("报名人数达到了1450。", 1450.0),
    ] {
        let facts = facts_in(body);
        assert!(has(&facts, value, "人"), "{body}: {facts:#?}");
    }
}
