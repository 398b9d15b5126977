//! A ranking told without a ranking word (排名, 位列 …): the ranked units listed right after the
//! figure (前五名分别为 …), or the measure they are ranked by right before 前 (参与率前三位). The
//! figure is the ranking's cut-off, not a count of people, though 名 and 位 are measure words of
//! people; 前 as a word of time (此前, 之前) ranks nothing. Each article is written for these tests.

use crate::support::article;

use article::{facts_of, find, has};

fn facts_of_text(text: &str) -> Vec<jianbao_facts::Fact> {
    facts_of(
        "rank.txt",
        &format!("社会工作部:志愿服务和社会工作稳步推进\n\n{text}\n"),
    )
}

#[test]
fn a_ranking_without_a_ranking_word_is_no_count_of_people() {
    for (text, rank) in [
        (
            "去年全省各市志愿者注册率前五名分别为杭州、宁波、嘉兴、湖州、绍兴,全省注册志愿者达到1500万人。",
            5.0,
        ),
        (
            "在年度考核中,得分前3位依次是城南街道、城北街道和江滨街道,全区现有社区工作者860人。",
            3.0,
        ),
        (
            "群众满意度前十名的社工站获得表彰,全市共建成乡镇社工站120个。",
            10.0,
        ),
    ] {
        let facts = facts_of_text(text);
        assert!(
            !has(&facts, rank, "名") && !has(&facts, rank, "位"),
            "{text}: {facts:#?}"
        );
        assert!(!facts.is_empty(), "{text}");
    }
}

#[test]
fn people_counted_after_a_word_of_time_stay_counts() {
    let facts = facts_of_text(
        "此前12名志愿者分别来自三个社区,如今服务队已发展到60名志愿者,全市注册志愿者达到42万人。",
    );
    find(&facts, 60.0, "名");
}
