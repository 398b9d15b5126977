//! Stations of the social-work system as heldout17 counted their kinds (round stations18): a plan
//! that counts the places it will act in before its verb (将在36个县……新设) sets aims; volunteers a
//! social-work station mobilises (联动志愿者) are the station's means, so its campaign's figures stay
//! social work; a sentence that names only a setting (困难群众) in a paragraph on a remit is that
//! remit's. Short articles written for these tests, each extracted as a new user would.

use jianbao_facts::Theme;

use crate::support::article;

use article::{facts_of, find};

/// The lead of the plan articles: what they are about.
const LEAD: &str =
    "近年来,湖南省持续推进社会工作服务体系建设,乡镇(街道)社工站成为服务困难群众的重要平台。";

/// 将在 / 计划在 + a count of places + a verb of building: the counts are aims of the year.
#[test]
fn a_plan_counting_its_places_before_its_verb_sets_aims() {
    let bodies = [
        "2020年,湖南省民政厅将在36个县(市、区)新设乡镇(街道)社工站210个。",
        "2020年,湖南省将在36个县新建乡镇社工站210个,推动社会工作服务向基层延伸。",
        "2020年,湖南省民政厅计划在36个县(市、区)建设乡镇(街道)社工站210个。",
    ];
    for body in bodies {
        let text = format!("湖南省推进乡镇社工站建设\n\n{LEAD}\n\n{body}\n");
        let facts = facts_of("plan.txt", &text);
        for value in [36.0, 210.0] {
            let fact = find(&facts, value, "个");
            assert!(fact.target, "{body}: {fact:#?}");
            assert_eq!(fact.as_of.as_deref(), Some("2020"), "{body}: {fact:#?}");
        }
    }
    // what was done in those places is reported, no aim
    let text = format!(
        "湖南省推进乡镇社工站建设\n\n{LEAD}\n\n2020年,湖南省民政厅已在36个县(市、区)建成乡镇(街道)社工站210个。\n"
    );
    let facts = facts_of("report.txt", &text);
    assert!(!find(&facts, 210.0, "个").target, "{facts:#?}");
}

/// A social-work station's campaign: the volunteers it mobilises (联动, 链接, 组织) and the
/// figures after them are the station's, with the social-work rows.
#[test]
fn volunteers_a_station_mobilises_are_its_means() {
    let bodies = [
        "长沙市岳麓区乡镇(街道)社工站开展“暖冬同行”系列活动,共开展活动45场,联动志愿者320人次,链接资源价值5.6万元,服务群众2100人次。",
        "长沙市岳麓区社工站围绕“一老一小”开展关爱服务,共开展活动45场,链接志愿者320人次,服务群众2100人次。",
        "长沙市岳麓区街道社工站持续开展助老服务,全年开展活动45场,组织志愿者320人次,服务群众2100人次。",
    ];
    for body in bodies {
        let text = format!("岳麓区社工站冬季服务\n\n{body}\n");
        let facts = facts_of("station.txt", &text);
        let volunteers = find(&facts, 320.0, "人次");
        assert_eq!(
            volunteers.theme,
            Theme::SocialWorkers,
            "{body}: {volunteers:#?}"
        );
        assert_eq!(volunteers.metric, None, "{body}: {volunteers:#?}");
        let served = find(&facts, 2100.0, "人次");
        assert_eq!(served.theme, Theme::SocialWorkers, "{body}: {served:#?}");
        assert_eq!(
            served.metric.as_deref(),
            Some("social_workers.people_served"),
            "{body}: {served:#?}"
        );
        let activities = find(&facts, 45.0, "场");
        assert_eq!(
            activities.metric.as_deref(),
            Some("social_workers.community_activities"),
            "{body}: {activities:#?}"
        );
    }
    // a volunteers' association that mobilises volunteers stays volunteering
    let text = "岳麓区志愿者协会冬季服务\n\n长沙市岳麓区志愿者协会开展“暖冬同行”系列活动,联动志愿者320人次,服务群众2100人次。\n";
    let facts = facts_of("association.txt", text);
    assert_eq!(
        find(&facts, 320.0, "人次").theme,
        Theme::Volunteers,
        "{facts:#?}"
    );
}

/// A sentence naming only a setting (困难群众, 社区) in a paragraph on social work is social work;
/// a sentence that names a remit of its own (志愿者) keeps it.
#[test]
fn a_setting_sentence_in_a_remit_paragraph_is_that_remits() {
    let bodies = [
        "长沙市岳麓区社工站的社工走访了辖区独居老人。春节前,走访慰问困难群众132人。",
        "长沙市岳麓区社工站的社工开展新春慰问。节前共慰问困难群众132人。",
        "长沙市岳麓区社工站的社工深入村组排查需求。截至1月底,入户看望困难群众132人。",
        "长沙市岳麓区社工站的社工联合社区开展新春慰问。春节前,走访慰问社区困难群众132人。",
    ];
    for body in bodies {
        let text = format!("岳麓区社工站新春慰问\n\n{VISITS_LEAD}\n\n{body}\n");
        let facts = facts_of("visits.txt", &text);
        let fact = find(&facts, 132.0, "人");
        assert_eq!(fact.theme, Theme::SocialWorkers, "{body}: {fact:#?}");
    }
    let text = format!(
        "岳麓区社工站新春慰问\n\n{VISITS_LEAD}\n\n长沙市岳麓区社工站的社工开展新春慰问。春节前,志愿者走访慰问困难群众132人。\n"
    );
    let facts = facts_of("volunteers.txt", &text);
    assert_eq!(
        find(&facts, 132.0, "人").theme,
        Theme::Volunteers,
        "{facts:#?}"
    );
}

/// The lead of the visit articles.
const VISITS_LEAD: &str = "长沙市岳麓区持续推进社会工作服务,为辖区居民提供专业服务。";
