//! Which numbers are figures (figures15): a round count with 余 and a counted noun (十余家, 百余名,
//! 千余项) is that count and more, read as over it as 万余 always was (the lead's ruling of the
//! 2026-12-01 evening round); 上千, 近百, 百多, 十多 and 十几 stay vague. One short article per
//! wording (written for these tests), each keeping a stock of the remit beside the figure.

use jianbao_facts::{Fact, Qualifier};

use crate::support::article;

use article::{assert_none, find, has};

/// A district's volunteering news with `sentence` in its body and two stocks after it.
fn district_news(sentence: &str) -> Vec<Fact> {
    article::facts_of(
        "article.txt",
        &format!(
            "东城区志愿服务工作推进会召开\n\n近日,东城区委社会工作部召开志愿服务推进会。{sentence}目前,全区建成志愿服务站86个,实名注册志愿者2.4万名。"
        ),
    )
}

#[test]
fn a_round_count_with_yu_is_over_it() {
    for (sentence, value, unit) in [
        ("今年以来,全区组织百余名志愿者走进养老院。", 100.0, "名"),
        ("驿站开放后,百余位快递员办理了暖心卡。", 100.0, "位"),
        ("活动当天,社区为百余户独居老人上门检修电器。", 100.0, "户"),
        ("全年共有千余名居民报名参加志愿服务。", 1000.0, "名"),
        ("各街道将在本月开展千余项主题志愿服务活动。", 1000.0, "项"),
        ("楼内已有十余家企业签约加入共建联盟。", 10.0, "家"),
        ("十余名社工为困难家庭提供个案服务。", 10.0, "名"),
        ("工作组入户走访十余户困难家庭。", 10.0, "户"),
    ] {
        let facts = district_news(sentence);
        let f = find(&facts, value, unit);
        assert_eq!(f.qualifier, Qualifier::Over, "{sentence}");
        assert!(has(&facts, 86.0, "个"), "{sentence}");
    }
}

#[test]
fn vague_magnitudes_stay_vague() {
    for (sentence, absent) in [
        ("活动吸引上千名市民参与。", (1000.0, "名")),
        ("百多名志愿者走上街头。", (100.0, "名")),
        ("向近百户居民发放物资。", (100.0, "户")),
        ("十多家企业前来咨询。", (10.0, "家")),
        ("十几名党员参加了清扫。", (10.0, "名")),
    ] {
        let facts = district_news(sentence);
        assert_none(&facts, &[absent]);
        assert!(has(&facts, 24_000.0, "名"), "{sentence}");
    }
}

/// Reports and posts published are counted in 篇次 (a post on each platform it went to) as well
/// as in 篇: the count keeps its measure word.
#[test]
fn posts_are_counted_in_pian_ci() {
    for (sentence, value) in [
        ("平台全年发布志愿服务信息3.5万篇次。", 35_000.0),
        ("累计推送宣传稿件1200篇次。", 1200.0),
        ("各级媒体刊发活动报道260余篇次。", 260.0),
    ] {
        let facts = district_news(sentence);
        let _ = find(&facts, value, "篇次");
        assert!(has(&facts, 86.0, "个"), "{sentence}");
    }
}
