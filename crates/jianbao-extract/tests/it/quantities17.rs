//! Numbers and measure words of round quantities17: counts written with 大 or 小 before their
//! measure word (5大项32小项, 8大项, 3大中心), small Chinese numerals counting concrete
//! units on a mixed page (兩個社區), and the numbers that are no
//! count: a house's entrance in an address (2栋1单元), the time a plan took (经过6个月论证), one person
//! for each post (各1名) and every community of a jurisdiction told bare (辖区12个社区的居民). One
//! short article per wording, written for these tests, each extracted as a new user would; each keeps
//! a stock of the remit beside what it tests, so a page that gave nothing would fail too.

use jianbao_facts::Fact;

use crate::support::article;

use article::{assert_none, find};

/// A street's news with `sentence` in its body and two stocks of the remit after it.
fn street_news(sentence: &str) -> Vec<Fact> {
    article::facts_of(
        "article.txt",
        &format!(
            "发布时间:2025-03-10\n\n党建引领基层治理 志愿服务暖民心\n\n成都市武侯区玉林街道社区党委持续推进基层治理。{sentence}目前,街道共有注册志愿者1860名,组建志愿服务队12支。\n"
        ),
    )
}

fn has_stocks(facts: &[Fact]) {
    let _ = find(facts, 1860.0, "名");
    let _ = find(facts, 12.0, "支");
}

/// A task list's or a survey's categories and items, and centres counted with 大, keep the unit
/// the text writes (大项, 小项, 大中心); with 个 between (40个小项) the measure word is 个, and 大类
/// stays 类, as the earlier sets read them.
#[test]
fn counts_with_big_and_small_keep_their_unit() {
    for (sentence, figures) in [
        (
            "街道梳理出社区工作事项5大项32小项,明确社区依法履职事项。",
            vec![(5.0, "大项"), (32.0, "小项")],
        ),
        (
            "街道开展居民需求调查,问卷涵盖8大项40个小项,共发放问卷1200份。",
            vec![(8.0, "大项"), (40.0, "个"), (1200.0, "份")],
        ),
        (
            "街道制定社区工作事项清单,涵盖6大项、28个小项。",
            vec![(6.0, "大项"), (28.0, "个")],
        ),
        (
            "街道综治中心整合调解、信访、法律服务3大中心,设置服务窗口12个。",
            vec![(3.0, "大中心"), (12.0, "个")],
        ),
        (
            "街道志愿服务队开展服务项目7大类,惠及群众5200人次。",
            vec![(7.0, "类"), (5200.0, "人次")],
        ),
    ] {
        let facts = street_news(sentence);
        has_stocks(&facts);
        for (value, unit) in figures {
            let _ = find(&facts, value, unit);
        }
    }
}

/// 大 alone after a number stays a name, and a small Chinese numeral before 大 names a plan's
/// structure: neither is a count.
#[test]
fn big_alone_and_a_plans_big_parts_stay_no_counts() {
    for (sentence, absent) in [
        (
            "街道党委学习贯彻党的二十大精神,开展宣讲活动。",
            vec![(20.0, "大")],
        ),
        (
            "街道打造四大中心、五大板块的服务体系。",
            vec![(4.0, "大中心"), (5.0, "大板块")],
        ),
        ("街道聚焦三大项重点任务推进减负工作。", vec![(3.0, "大项")]),
    ] {
        let facts = street_news(sentence);
        has_stocks(&facts);
        assert_none(&facts, &absent);
    }
}

/// A small Chinese numeral counting communities a team reaches or the bodies a street pairs with
/// counts, on a page that mixes traditional characters into simplified text too.
#[test]
fn small_chinese_numerals_count_concrete_units_on_mixed_pages() {
    for (sentence, value, unit) in [
        ("志愿服务队常态化服务周边兩個社區的独居老人。", 2.0, "个"),
        ("志愿服务队在兩個試點小區设立服务点。", 2.0, "个"),
        ("志愿服务队覆盖三个居民小区。", 3.0, "个"),
        ("街道与辖区兩家企業结对共建。", 2.0, "家"),
    ] {
        let facts = street_news(sentence);
        has_stocks(&facts);
        let _ = find(&facts, value, unit);
    }
}

/// Numbers that are no count: a building's and an entrance's number in an address, the time a
/// plan or a building took before it opened, one person for each post of a body, and every
/// community of the jurisdiction told bare.
#[test]
fn addresses_lead_times_posts_and_whole_jurisdictions_are_no_counts() {
    for (sentence, absent) in [
        (
            "请2栋1单元的居民于3月5日到社区居委会登记。",
            vec![(2.0, "栋"), (1.0, "单"), (1.0, "单元")],
        ),
        (
            "家住5幢3单元的张阿姨报名参加了志愿服务。",
            vec![(5.0, "幢"), (3.0, "单")],
        ),
        (
            "街道党群服务中心经过6个月论证和筹备,于去年建成。",
            vec![(6.0, "个月")],
        ),
        ("社区驿站历时3个月筹备,正式挂牌运行。", vec![(3.0, "个月")]),
        ("居民议事会设主任、副主任各1名,委员7名。", vec![(1.0, "名")]),
        ("社区商会选举会长、秘书长各1人。", vec![(1.0, "人")]),
        (
            "为方便辖区12个社区的居民办事,便民服务中心延时服务。",
            vec![(12.0, "个")],
        ),
        ("面向辖区8个社区居民开展义诊。", vec![(8.0, "个")]),
    ] {
        let facts = street_news(sentence);
        has_stocks(&facts);
        assert_none(&facts, &absent);
    }
}

/// Beside those, counts stay: buildings renovated, members of a committee, what the communities
/// of a jurisdiction have, the hours a trained volunteer served.
#[test]
fn counts_beside_them_stay() {
    for (sentence, value, unit) in [
        ("街道改造老旧楼房12栋,惠及居民860户。", 12.0, "栋"),
        ("居民议事会设主任、副主任各1名,委员7名。", 7.0, "名"),
        ("辐射辖区内6个小区党支部开展共建。", 6.0, "个"),
        ("经过培训的志愿者累计服务1200小时。", 1200.0, "小时"),
    ] {
        let facts = street_news(sentence);
        has_stocks(&facts);
        let _ = find(&facts, value, unit);
    }
}
