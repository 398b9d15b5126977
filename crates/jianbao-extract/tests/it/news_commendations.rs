//! Counts of a commended set named by examples (awards7): a meeting or a list that commends
//! units and people names one or two of them before 等 and then the count (表彰了吴兴区、德清县等
//! 5个先进县区). The count is the commending body's or the meeting's place's figure, at its
//! level, never the example's; so is a count after 其中 that splits the set. Each phenomenon is a
//! short article written for this test, extracted as a new user would (one file, no manifest).

use jianbao_facts::Level;

use crate::support::article;

use article::{facts_of, find};

fn assert_at(facts: &[jianbao_facts::Fact], value: f64, unit: &str, place: &str, level: Level) {
    let fact = find(facts, value, unit);
    assert_eq!(
        (fact.place.as_str(), fact.level),
        (place, level),
        "{fact:#?}"
    );
}

/// A city's commendation meeting: one district named before 等 (吴兴区等5个先进县区), a street
/// named with its district before 等 (吴兴区爱山街道等20个先进集体), and the people commended
/// after them in the same sentence are all the city's figures, at city level.
#[test]
fn a_city_meeting_commends_sets_named_by_one_example() {
    let text = "湖州市召开志愿服务工作表彰大会\n\
                发布时间：2025-03-20 10:00\n\
                3月18日，湖州市召开全市志愿服务工作表彰大会。会议表彰了吴兴区等5个志愿服务先进县区，吴兴区爱山街道等20个先进集体和100名先进个人。\n";
    let facts = facts_of("biaozhang.txt", text);
    for (value, unit) in [(5.0, "个"), (20.0, "个"), (100.0, "名")] {
        assert_at(&facts, value, unit, "湖州市", Level::City);
    }
}

/// A province's meeting gives a title to districts of several cities and commends a street
/// among others: the counts, and the part after 其中 that splits the commended set, are the
/// province's.
#[test]
fn a_province_meeting_and_the_part_after_qi_zhong_are_the_provinces() {
    let text = "浙江省表彰一批志愿服务先进典型\n\
                发布时间：2025-06-12 09:30\n\
                6月10日，浙江省委社会工作部召开全省志愿服务工作推进会。会议授予杭州市上城区、宁波市海曙区等15个县（市、区）“志愿服务示范县”称号，表彰温州市鹿城区五马街道等60个先进集体，其中社区志愿服务站22个。\n";
    let facts = facts_of("shengji.txt", text);
    for (value, unit) in [(15.0, "个"), (60.0, "个"), (22.0, "个")] {
        assert_at(&facts, value, unit, "浙江省", Level::Province);
    }
}

/// Units of a city honoured by a higher body (获评, 被评为): the count of those honoured is the
/// city's, whose article it is, not the place of the unit named first; the examples leave no
/// place in force for the next sentence.
#[test]
fn units_honoured_are_the_place_the_article_is_about() {
    let text = "湖州市多个单位获评省级志愿服务示范单位\n\
                发布时间：2025-04-02 16:00\n\
                近日，省文明办公布了省级志愿服务示范单位名单，湖州市吴兴区爱山街道等8个单位获评省级志愿服务示范单位，德清县等3个县区被评为全省志愿服务工作先进县区。截至3月底，全市注册志愿者达到62万人。\n";
    let facts = facts_of("huoping.txt", text);
    for (value, unit) in [(8.0, "个"), (3.0, "个"), (620_000.0, "人")] {
        assert_at(&facts, value, unit, "湖州市", Level::City);
    }
}

/// A place named for a figure of its own after the commended set (其中安吉县3个) keeps it: only
/// the examples before 等 place nothing.
#[test]
fn a_place_named_for_its_own_part_keeps_it() {
    let text = "湖州市命名一批星级志愿服务站\n\
                发布时间：2025-05-08 11:00\n\
                5月6日，湖州市委社会工作部命名德清县武康街道、长兴县雉城街道等12个社区为五星级志愿服务站，其中安吉县3个。\n";
    let facts = facts_of("mingming.txt", text);
    assert_at(&facts, 12.0, "个", "湖州市", Level::City);
    let own = find(&facts, 3.0, "个");
    assert!(own.place.ends_with("安吉县"), "{own:#?}");
    assert_eq!(own.level, Level::District, "{own:#?}");
}

/// Outside commendation a list closed by 等 names the bodies that act (some province's
/// associations co-host a forum): their place stays the figure's.
#[test]
fn bodies_that_act_keep_their_place_outside_commendation() {
    let text = "社会工作论坛在昆明举行\n\
                发布时间：2025-07-02 08:00\n\
                本次论坛由云南省民政厅指导，云南省社会工作联合会主办，云南省社会组织促进会、云南省志愿服务联合会等六家组织协办。论坛吸引了社会工作者300余人参加。\n";
    let facts = facts_of("luntan.txt", text);
    let hosts = find(&facts, 6.0, "家");
    assert_eq!(hosts.place, "云南省", "{hosts:#?}");
}
