//! Figures that tell how fast something was done, a ratio within a group or a scale rather than a
//! tally, one short article per wording (written for these tests), each extracted as a new user
//! would. Each text keeps a real figure beside the non-fact, so the rule must tell them apart.

use jianbao_facts::Fact;

use crate::support::article;

use article::has;

/// The facts of `text` under a headline that puts it on topic.
fn facts_of(text: &str) -> Vec<Fact> {
    article::facts_of(
        "article.txt",
        &format!("社会工作部：志愿服务和社会工作稳步推进\n\n{text}"),
    )
}

#[test]
fn the_span_an_action_took_is_no_fact() {
    for (text, span, unit, kept, kept_unit) in [
        (
            "南关社区网格员上门走访，短短3小时就为居民协调解决了漏水问题。今年社区志愿者累计服务居民2600人次。",
            3.0,
            "小时",
            2600.0,
            "人次",
        ),
        (
            "市社会工作部用4个月时间征集人民建议，共收到群众建议320条。",
            4.0,
            "个月",
            320.0,
            "条",
        ),
        (
            "街道组织党员志愿者在7天内完成辖区独居老人排查，全街道现有注册志愿者5800人。",
            7.0,
            "天",
            5800.0,
            "人",
        ),
    ] {
        let facts = facts_of(text);
        assert!(!has(&facts, span, unit), "{text}: {facts:#?}");
        assert!(has(&facts, kept, kept_unit), "{text}: {facts:#?}");
    }
}

#[test]
fn service_hours_stay_facts() {
    let facts = facts_of("全区志愿者今年累计志愿服务时长达到12万小时，开展活动860场。");
    assert_eq!(article::find(&facts, 120_000.0, "小时").unit, "小时");
}

#[test]
fn a_ratio_within_a_group_is_no_count() {
    for (text, kept, kept_unit) in [
        (
            "全市实名注册志愿者达95万人，占常住人口的16%，每6个人中就有1名志愿者。",
            950_000.0,
            "人",
        ),
        (
            "该县注册志愿者12万人，平均每5户居民就有1户参与志愿服务。",
            120_000.0,
            "人",
        ),
        (
            "目前全省持证社会工作者4.2万人，每10名社区工作者里有1名持证社工。",
            42_000.0,
            "人",
        ),
    ] {
        let facts = facts_of(text);
        assert!(
            !has(&facts, 1.0, "名") && !has(&facts, 1.0, "户"),
            "{text}: {facts:#?}"
        );
        assert!(has(&facts, kept, kept_unit), "{text}: {facts:#?}");
    }
}

#[test]
fn a_hedged_million_or_more_is_a_scale() {
    for (text, kept, kept_unit) in [
        (
            "楼宇党委联系企业86家，其中不乏上亿元的投资项目。",
            86.0,
            "家",
        ),
        (
            "这座商务楼宇年税收连续多年破亿元，楼内党员职工达到320名。",
            320.0,
            "名",
        ),
        (
            "项目吸引超百万元社会资金投入，带动志愿者1500人参与。",
            1500.0,
            "人",
        ),
    ] {
        let facts = facts_of(text);
        assert!(!facts.iter().any(|f| f.unit == "元"), "{text}: {facts:#?}");
        assert!(has(&facts, kept, kept_unit), "{text}: {facts:#?}");
    }
}

/// A photo credited to the web (……(网络图片), 图片来源网络) is a caption: its figure is the
/// photo's, often another place's, never the article's.
#[test]
fn a_caption_credited_to_the_web_gives_no_figure() {
    for caption in [
        "去年国际马拉松赛前，3000多名志愿者在体育中心接受培训(网络图片)",
        "社区志愿者为860户居民上门送去春联 图片来源网络",
        "两千余名骑手参加暖蜂驿站开放活动（资料图 图源网络）",
    ] {
        let text = format!(
            "全省实名注册志愿者达到1260万人，志愿服务组织4.6万个。\n\n{caption}\n\n\
             省社会工作部表示，将持续推动志愿服务常态化。"
        );
        let facts = facts_of(&text);
        assert!(
            !has(&facts, 3000.0, "名") && !has(&facts, 860.0, "户") && !has(&facts, 2000.0, "名"),
            "{caption}: {facts:#?}"
        );
        assert!(has(&facts, 12_600_000.0, "人"), "{caption}: {facts:#?}");
    }
}

/// 近 before a round magnitude (近千名, 近万人) guesses a crowd; it bounds a tally only of recorded
/// times (近万人次).
#[test]
fn a_crowd_near_a_round_magnitude_is_vague() {
    for text in [
        "学雷锋活动日当天，近千名志愿者汇聚广场，全县注册志愿者达到6.8万人。",
        "骑手关爱节吸引近万人参加，全市已建成暖蜂驿站320个。",
        "社区党员为近千户居民送去春联，辖区现有社会组织45家。",
    ] {
        let facts = facts_of(text);
        assert!(
            !has(&facts, 1_000.0, "名")
                && !has(&facts, 10_000.0, "人")
                && !has(&facts, 1_000.0, "户"),
            "{text}: {facts:#?}"
        );
        assert!(
            has(&facts, 68_000.0, "人") || has(&facts, 320.0, "个") || has(&facts, 45.0, "家"),
            "{text}: {facts:#?}"
        );
    }
    let facts = facts_of("今年以来，全市社工站累计服务困难群众近万人次。");
    assert!(has(&facts, 10_000.0, "人次"), "{facts:#?}");
}
