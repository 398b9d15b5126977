//! Round recall21 (the dev set's misses, by kind): a community's profile page passes the topic
//! check by its committee's words (党总支, 社区主任, 换届); the places a profile names as its
//! neighbours (南与徐州社区相邻, 东邻某某村) are no place of the page, nor is a numbered estate named
//! after a city (徐州五村). Short articles written for these tests, each
//! extracted as a new user would.

use crate::support::article;

use article::{facts_of, find, has};

/// A community's profile page in our own words: its size, people and committee, with
/// `committee` as the sentence about its committee and `neighbours` as its first sentence.
fn profile(neighbours: &str, committee: &str) -> String {
    format!(
        "桂园社区简介\n\
         {neighbours}辖区面积0.62平方公里,共有住宅楼41幢,常住人口9125人,辖区内有武汉市第三十一中学等单位。\n\
         {committee}社区现有低保户36户,残疾人88人。\n"
    )
}

/// A profile that names its party general branch, its head and its committee's election is the
/// community's own page (基层政权建设): its figures are read, though no other remit word is there.
#[test]
fn a_community_profile_passes_by_its_committees_words() {
    for committee in [
        "社区党总支下设3个党支部,社区主任由党总支书记兼任,社区居委会成员7名。",
        "社区完成第七届换届选举,社区主任兼任党总支书记,社区两委成员6名。",
        "换届后社区党总支共有党员214人,社区主任、副主任各1名,社区居委会干部8名。",
    ] {
        let facts = facts_of(
            "profile.txt",
            &profile("桂园社区东与桃源社区相邻。", committee),
        );
        assert!(has(&facts, 9125.0, "人"), "{committee}: {facts:#?}");
        assert!(has(&facts, 36.0, "户"), "{committee}: {facts:#?}");
    }
}

/// The same words on a page about no community (a company's party branch electing its committee)
/// give no facts: they count only where communities are the page's subject.
#[test]
fn committee_words_without_communities_give_nothing() {
    let facts = facts_of(
        "company.txt",
        "某机械公司召开党员大会\n\
         公司党总支完成换届选举,选举产生新一届委员5名,党总支书记由公司总经理兼任。\n\
         公司今年完成产值3.2亿元,同比增长12%。\n",
    );
    assert!(facts.is_empty(), "{facts:#?}");
}

/// A neighbour named after a city of another province (徐州社区 in 武汉) neither places the
/// profile's figures nor makes the page that city's: told with a side and 与……相邻, with a side
/// and a verb of bordering, or in a list of neighbours.
#[test]
fn a_profiles_neighbours_are_not_its_place() {
    for neighbours in [
        "桂园社区东与徐州社区相邻,西与桃源社区相邻。",
        "本社区北邻徐州社区,南接桃源社区。",
        "社区西接桃源社区、徐州社区,东至解放大道。",
    ] {
        let text = profile(
            neighbours,
            "社区党总支书记兼任社区主任,换届后社区居委会成员7名。",
        );
        let facts = facts_of("neighbours.txt", &text);
        let people = find(&facts, 9125.0, "人");
        assert_eq!(people.province, "湖北", "{neighbours}: {people:#?}");
        assert!(
            people.place.starts_with("武汉市"),
            "{neighbours}: {people:#?}"
        );
    }
}

/// A side inside a province's or city's name (山东临沂, 广东连州) is no neighbour: the place stays.
#[test]
fn a_side_inside_a_name_is_no_neighbour() {
    let facts = facts_of(
        "linyi.txt",
        "山东临沂市兰山区社区志愿服务推进\n\
         山东临沂市兰山区社会工作部组织社区志愿者开展志愿服务,全区注册志愿者达5.6万人。\n",
    );
    let volunteers = find(&facts, 56000.0, "人");
    assert_eq!(volunteers.province, "山东", "{volunteers:#?}");
    assert!(volunteers.place.contains("临沂"), "{volunteers:#?}");
}

/// A numbered estate named after a city (徐州五村, beside 桂园一村) is no mention of that city: the
/// page stays the province it names (武汉市, in a school's name); the city's short name before any
/// other word (徐州社区志愿者) still names it.
#[test]
fn a_numbered_estate_is_no_mention_of_its_citys_name() {
    for parts in [
        "桂园一村、桂园二村、徐州五村",
        "徐州三村、桂园一村",
        "桂园一村和徐州八村",
    ] {
        let text = format!(
            "桂园社区简介\n\
             社区按地理位置分为{parts}。辖区内有武汉市第三十一中学。\n\
             社区党总支书记兼任社区主任,换届后社区居委会成员7名,常住人口9125人。\n"
        );
        let facts = facts_of("estate.txt", &text);
        let people = find(&facts, 9125.0, "人");
        assert_eq!(people.province, "湖北", "{parts}: {people:#?}");
    }
    let facts = facts_of(
        "xuzhou.txt",
        "徐州社区志愿者服务队成立\n\
         徐州社区志愿服务联合会成立志愿者服务队,首批招募社区志愿者320名。\n",
    );
    let volunteers = find(&facts, 320.0, "名");
    assert_eq!(volunteers.province, "江苏", "{volunteers:#?}");
}

/// A city's page on social work, with `body` as its second sentence and a control figure after.
fn city_page(body: &str) -> String {
    format!(
        "银川市社会工作推进会召开\n\n\
         2024年4月2日,银川市委社会工作部召开全市社会工作推进会,部署社工站建设和志愿服务工作。{body}\
         全市持证社会工作者达1860人。\n"
    )
}

/// A figure whose own clause after a comma is only 有, 达 or 达到 counts what the clause before it
/// names, as a total after 共 does (城市管理类诉求位居第二,有35件); a clause before it that tells a
/// time (今年以来) names nothing.
#[test]
fn a_total_after_having_or_reaching_counts_the_clause_before() {
    for (body, value, unit) in [
        ("热线诉求中城市管理类诉求位居第二,有35件。", 35.0, "件"),
        ("今年全市社工考试报名人数再创新高,达4321名。", 4321.0, "名"),
        ("社区志愿服务队伍不断壮大,达到126支。", 126.0, "支"),
    ] {
        let facts = facts_of("total.txt", &city_page(body));
        let fact = find(&facts, value, unit);
        assert!(!fact.label.is_empty(), "{body}: {fact:#?}");
        assert!(has(&facts, 1860.0, "人"), "{body}: {facts:#?}");
    }
    let facts = facts_of("time.txt", &city_page("今年以来,有320件。"));
    assert!(!has(&facts, 320.0, "件"), "{facts:#?}");
}

/// Kinds of a service or course a station offers are counted in 种, as categories in 类; a small
/// Chinese numeral before 种 (三种模式, 四种重残家庭) names the kinds a plan or rule sets out and stays
/// no figure, whatever noun follows.
#[test]
fn kinds_are_counted_in_zhong() {
    for (body, value) in [
        ("全市骑手驿站提供就餐、休憩、充电等10余种服务。", 10.0),
        ("社工站为老人开设书法、手工等8种兴趣课程。", 8.0),
        ("志愿服务平台上线助餐、助浴、助医12种服务项目。", 12.0),
    ] {
        let facts = facts_of("kinds.txt", &city_page(body));
        assert!(has(&facts, value, "种"), "{body}: {facts:#?}");
    }
    for body in [
        "社工站探索三种服务模式。",
        "对四种重残家庭申请低保的,社工入户核查。",
    ] {
        let facts = facts_of("plan.txt", &city_page(body));
        assert!(
            !has(&facts, 3.0, "种") && !has(&facts, 4.0, "种"),
            "{body}: {facts:#?}"
        );
    }
}
