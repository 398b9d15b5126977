//! Place phenomena of local pages (round place13): a county paper's own dateline before a town,
//! and a community whose name opens with a character that elsewhere joins two words. One
//! article per wording, written for these tests, each extracted as a new user would.

use jianbao_facts::{Fact, Level};

use crate::support::article;

use article::find;

/// The facts of `text` as one article file.
fn facts_of(text: &str) -> Vec<Fact> {
    article::facts_of("article.txt", text)
}

/// A district or county paper's dateline (南谯区讯, 某县融媒讯) is often printed with a space
/// before the story, which reading drops between Han characters: the 讯 closes the dateline, so
/// the town that opens the story is named alone, in the dateline's district, never 南谯区讯某镇.
#[test]
fn a_local_dateline_does_not_open_the_towns_name() {
    let pages = [
        ("南谯区讯 ", "龙山镇", "滁州市南谯区龙山镇"),
        ("琅琊区讯 ", "清流街道", "滁州市琅琊区清流街道"),
        ("来安县讯 ", "半塔镇", "来安县半塔镇"),
    ];
    for (dateline, town, place) in pages {
        let text = format!(
            "2024年05月06日\n\n志愿服务进万家\n\n{dateline}{town}近年来坚持培育志愿服务品牌,\
             目前全镇共有志愿服务队伍15支、志愿者320人。\n"
        );
        let facts = facts_of(&text);
        for unit in ["支", "人"] {
            let value = if unit == "支" { 15.0 } else { 320.0 };
            let fact = find(&facts, value, unit);
            assert_eq!(fact.place, place, "{dateline}{town}: {fact:#?}");
            assert_eq!(fact.level, Level::Street, "{dateline}{town}");
        }
    }
}

/// A community named right after the street, town or district it lies in may open with 和 or 向
/// (和平花园社区, 和美社区, 向阳社区): a community is never listed beside the place above it, so
/// the character is its name's, and the figures are the community's.
#[test]
fn a_community_name_may_open_with_he_or_xiang() {
    let pages = [
        (
            "洪泽区高良涧街道和平花园社区",
            "淮安市洪泽区高良涧街道和平花园社区",
        ),
        ("海安市城东镇和美社区", "海安市城东镇和美社区"),
        ("皇姑区向阳社区", "沈阳市皇姑区向阳社区"),
        ("仓山区城门镇和平村", "福州市仓山区城门镇和平村"),
    ];
    for (written, place) in pages {
        let text = format!(
            "发布时间:2024-06-03\n\n本报讯 近日,{written}组建邻里互助志愿服务队,\
             现有志愿者45名,今年以来开展活动12场。\n"
        );
        let facts = facts_of(&text);
        let fact = find(&facts, 45.0, "名");
        assert_eq!(fact.place, place, "{written}: {fact:#?}");
        assert_eq!(fact.level, Level::Street, "{written}");
    }
}

/// Two communities joined by 和 stay two names: the rule above takes 和 only after a street,
/// town or district, never after a community of the same rank.
#[test]
fn two_communities_joined_by_he_stay_apart() {
    let texts = [
        "发布时间:2024-06-03\n\n本报讯 近日,洪泽区东风社区和平安社区共同组建志愿服务队,现有志愿者45名。\n",
        "发布时间:2024-06-03\n\n本报讯 近日,皇姑区北塔社区和向荣社区联合开展活动,志愿者45名参加服务。\n",
        "发布时间:2024-06-03\n\n本报讯 近日,海安市西场社区和美华社区组建联合志愿服务队,现有志愿者45名。\n",
    ];
    for text in texts {
        for fact in facts_of(text) {
            assert!(
                !fact.place.contains("社区和"),
                "a community opened with 和 after another: {fact:#?}"
            );
        }
    }
}

/// A city (or county) that runs pilots in a set of places names one or two of them and closes
/// the list with 等 and the count (在某区某街道等15个街道(乡镇)实施试点, 在某区、某区等5个县区
/// 开展试点, 选取某街道等3个试点社区): the count is the set's, the figure of the city in force,
/// never of the first example, even where no word of commendation is said.
#[test]
fn a_count_of_places_closing_a_list_is_the_wholes() {
    let pages = [
        (
            "绵阳市15个街道纳入社会工作服务站试点",
            "近日,市民政局印发通知,确定在涪城区城郊街道等15个街道(乡镇)实施社会工作服务体系建设试点项目,带动运行一批社会工作服务站。",
            15.0,
            "绵阳市",
        ),
        (
            "南充市推进新就业群体服务阵地建设",
            "今年以来,南充市在顺庆区、高坪区等5个县区开展新就业群体服务阵地建设试点,引导快递员、外卖送餐员就近歇脚。",
            5.0,
            "南充市",
        ),
        (
            "宜宾市探索五社联动",
            "宜宾市选取翠屏区白沙湾街道等3个试点社区,探索社区、社会组织、社会工作者联动机制,培育社区社会组织。",
            3.0,
            "宜宾市",
        ),
    ];
    for (headline, body, value, place) in pages {
        let text = format!("发布时间:2024-03-12\n\n{headline}\n\n{body}\n");
        let facts = facts_of(&text);
        let fact = find(&facts, value, "个");
        assert_eq!(fact.place, place, "{body}: {fact:#?}");
        assert_eq!(fact.level, Level::City, "{body}");
    }
}

/// A body introduced as a city's first or largest of its kind and named after a dash (某市首家
/// 社区志愿服务联合会——某社区某联盟) opens its name with the community it is in: the
/// community is a place of the city, and the body's figures stay there, not at the city.
#[test]
fn a_community_after_a_dash_opens_the_bodys_name() {
    let pages = [
        (
            "六安市首家社区志愿服务联合会——东城社区东城帮帮团正式成立,下辖志愿服务团队24支,核心志愿者近600人。",
            24.0,
            "支",
            "六安市东城社区",
        ),
        (
            "芜湖市首个社区志愿服务总队——花津社区邻里汇志愿服务队日前成立,注册志愿者230名。",
            230.0,
            "名",
            "芜湖市花津社区",
        ),
        (
            "蚌埠市规模最大的社区志愿服务组织——朝阳社区红管家志愿联盟成立三年来,累计开展志愿服务活动420场。",
            420.0,
            "场",
            "蚌埠市朝阳社区",
        ),
    ];
    for (body, value, unit, place) in pages {
        let text = format!("发布时间:2024-06-03\n\n本报讯 记者获悉,{body}\n");
        let facts = facts_of(&text);
        let fact = find(&facts, value, unit);
        assert_eq!(fact.place, place, "{body}: {fact:#?}");
    }
}
