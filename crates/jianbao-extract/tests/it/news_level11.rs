//! Levels and places of this round's dev pages (organisations' and zones' own figures), one
//! article per wording (written for these tests), each extracted as a new user would.

use jianbao_facts::{Fact, Level};

use crate::support::article;

use article::find;

/// The facts of `text` as one article file.
fn facts_of(text: &str) -> Vec<Fact> {
    article::facts_of("article.txt", text)
}

/// A city's outlet names its own development zone by kind alone (高新区, 经开区, 高新技术产业
/// 开发区): a headline or lead that opens with it is about that zone of the city the source line
/// names, and the zone's figures are at district level there.
#[test]
fn a_zone_named_by_kind_alone_is_the_source_lines_citys() {
    let pages = [
        (
            "高新区新建成3个党群服务站点\n\n来源:济源网\n\n",
            "高新区",
            "近日,新建成的党群服务站点投入使用。据了解,截至目前已有企业110家入驻,其中",
        ),
        (
            "经开区召开社会组织工作会议\n\n2024年03月02日 来源:绵阳网\n\n",
            "经开区",
            "会议指出,截至目前已有企业110家,其中",
        ),
        (
            "党建引领促发展\n\n来源:济源网\n\n",
            "高新技术产业开发区",
            "3月2日,高新技术产业开发区召开新兴领域党建工作会议。据了解,截至目前已有企业110家,其中",
        ),
    ];
    for (head, kind, body) in pages {
        let text = format!("{head}{body}规上企业42家。新就业群体服务站点累计服务骑手800人次。");
        let facts = facts_of(&text);
        let fact = find(&facts, 110.0, "家");
        assert!(fact.place.ends_with(kind), "{kind}: {fact:#?}");
        assert_eq!(fact.level, Level::District, "{kind}: {fact:#?}");
    }
}

/// A service centre or station said to lie somewhere (地处, 位于, 坐落于) goes on to tell its own
/// reach: the branches, firms and staff after that clause are its figures (level org), and the
/// place after the word only says where it is, so the figures stay at the article's street.
#[test]
fn a_located_centre_tells_its_own_reach() {
    let sentences = [
        "据介绍,滨江党群服务中心地处高新区核心区域,涵盖8个党支部,服务企业120家。",
        "“红领驿家”国贸大厦党群服务站位于商务区东侧,辐射周边楼宇企业120家,白领3000余人。",
        "该楼宇党群服务站坐落于国贸大厦二楼,联系服务企业120家、党员260名。",
    ];
    for sentence in sentences {
        let text = format!(
            "福州市鼓楼区华大街道楼宇党群服务站启用\n\n本报讯 近日,福州市鼓楼区华大街道楼宇党群服务站正式\
             启用,推进新兴领域党建工作。{sentence}街道将持续推进楼宇党建。"
        );
        let facts = facts_of(&text);
        let fact = find(&facts, 120.0, "家");
        assert_eq!(fact.level, Level::Org, "{sentence}: {fact:#?}");
        assert!(fact.place.ends_with("华大街道"), "{sentence}: {fact:#?}");
    }
}

/// A whole or each named after the whereabouts (全区, 辖区, 每个) takes the figure back from the
/// located organisation.
#[test]
fn a_whole_after_a_located_centre_keeps_its_figure() {
    let text = "福州市鼓楼区华大街道楼宇党群服务站启用\n\n本报讯 近日,福州市鼓楼区华大街道楼宇党群服务站正式启用,\
                推进新兴领域党建工作。党群服务站位于国贸大厦二楼,辖区现有楼宇企业120家。";
    let facts = facts_of(text);
    let fact = find(&facts, 120.0, "家");
    assert_ne!(fact.level, Level::Org, "{fact:#?}");
}

/// A chamber of one place's people in another (异地商会) works in its host place: the wider of
/// the two (宁化县北京商会, 古田县深圳商会) or, between places alike, the first, as its host's
/// registry names it (上海市泰州商会). Its members are its own (level org) there.
#[test]
fn a_chamber_of_one_places_people_is_its_hosts() {
    let pages = [
        ("宁化县北京商会", "北京", "北京市"),
        ("古田县深圳商会", "广东", "深圳市"),
        ("上海市泰州商会", "上海", "上海市"),
    ];
    for (chamber, province, host) in pages {
        let text = format!(
            "{chamber}召开会员大会\n\n本报讯 近日,{chamber}召开第二届会员大会,商会党支部书记\
             介绍了党建引领商会发展情况。目前,{chamber}现有会员企业120家,\
             组织会员参与志愿服务活动30余场。"
        );
        let facts = facts_of(&text);
        let fact = find(&facts, 120.0, "家");
        assert_eq!(fact.province, province, "{chamber}: {fact:#?}");
        assert!(fact.place.starts_with(host), "{chamber}: {fact:#?}");
        assert_eq!(fact.level, Level::Org, "{chamber}: {fact:#?}");
    }
}

/// A county-level city's own page calls it by its short form throughout and never names the
/// prefecture around it; where a campaign of its province's own (百千万工程) says which province
/// it is, the short form named again and again places the figures in that city.
#[test]
fn a_county_citys_short_form_named_throughout_places_its_figures() {
    for (city, full) in [("台山", "台山市"), ("英德", "英德市"), ("普宁", "普宁市")]
    {
        let text = format!(
            "志愿服务暖人心\n\n近日,志愿者走进社区开展服务。会议要求,紧扣“百千万工程”重点任务,\
             不断擦亮{city}志愿服务品牌。\n目前,{city}共有志愿服务队伍320支,注册志愿者4.2万名。"
        );
        let facts = facts_of(&text);
        let fact = find(&facts, 320.0, "支");
        assert_eq!(fact.province, "广东", "{city}: {fact:#?}");
        assert!(fact.place.ends_with(full), "{city}: {fact:#?}");
        assert_eq!(fact.level, Level::District, "{city}: {fact:#?}");
    }
}

/// Named once only, such a short form stays as doubtful as any other county's.
#[test]
fn a_county_citys_short_form_named_once_places_nothing() {
    let text = "志愿服务暖人心\n\n近日,志愿者走进社区开展服务。会议要求,紧扣“百千万工程”重点任务,\
                提升志愿服务水平。\n目前,台山共有志愿服务队伍320支,注册志愿者4.2万名。";
    let facts = facts_of(text);
    let fact = find(&facts, 320.0, "支");
    assert!(!fact.place.ends_with("台山市"), "{fact:#?}");
}
