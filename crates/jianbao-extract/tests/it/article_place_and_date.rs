//! An article's own place and date as Chinese news pages set them (the general5 round): a
//! street or community heading the article, a prefecture naming its seat, a title with the
//! site's crumbs or channel glued to it. Each a short article written for this test, extracted
//! as a new user would (one file, no manifest).

use crate::support::article;

use article::find;
use jianbao_facts::Level;

/// A street office's page heads its story with its own name under its city
/// (上海市长寿路街道:……) and may open with the city's policy (近年来,上海市……): the article is
/// the street's, so figures that name no other unit stay at street level, not the city's, and
/// the street is shown under its city (a province-level city is a city too).
#[test]
fn an_article_headed_by_a_street_keeps_its_figures_at_the_street() {
    let facts = article::facts_of(
        "street.txt",
        "上海市长寿路街道:党建引领打造新就业群体“暖心家园”\n\
         2025-03-18 来源:普陀时讯\n\
         近年来,上海市持续推进新就业群体党建工作。街道依托党群服务阵地建成“暖心驿站”12个。\n\
         目前,街道已组建骑手志愿服务队8支。\n",
    );
    for (value, unit) in [(12.0, "个"), (8.0, "支")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.province, "上海");
        assert_eq!(fact.place, "上海市长寿路街道", "{fact:#?}");
        assert_eq!(fact.level, Level::Street, "{fact:#?}");
    }
}

/// The same holds for a community heading the article under its city, when the body's first
/// sentence names only the city's office.
#[test]
fn an_article_headed_by_a_community_keeps_its_figures_at_the_community() {
    let facts = article::facts_of(
        "community.txt",
        "杭州市翠苑一区社区:志愿服务进楼道\n\
         发布时间:2025-04-02\n\
         杭州市文明办近日发布志愿服务典型案例。社区组建楼道志愿服务队15支,注册志愿者达620名。\n",
    );
    for (value, unit) in [(15.0, "支"), (620.0, "名")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.province, "浙江");
        assert!(fact.place.ends_with("翠苑一区社区"), "{fact:#?}");
        assert_eq!(fact.level, Level::Street, "{fact:#?}");
    }
}

/// A street met only as the venue of an event in the lead does not head the article: the
/// district the body names keeps its own figures.
#[test]
fn a_venue_street_in_the_lead_does_not_take_the_districts_figures() {
    let facts = article::facts_of(
        "venue.txt",
        "江城推进骑手友好街区建设\n\
         发布时间:2025-03-02\n\
         3月1日,江城新就业群体关爱活动在武汉市江岸区百步亭社区举行。\n\
         近年来,江岸区建成骑手驿站80多个,服务骑手1.2万人次。\n",
    );
    let stations = find(&facts, 80.0, "个");
    assert_eq!(stations.place, "武汉市江岸区", "{stations:#?}");
    assert_eq!(stations.level, Level::District);
}

/// A prefecture's opening sentence says where its government sits (行署驻……, 州府所在地……):
/// the seat is where the prefecture is run from, not what the sentence's figures count.
#[test]
fn a_prefectures_seat_does_not_narrow_its_figures() {
    let facts = article::facts_of(
        "seat.txt",
        "大兴安岭地区推进志愿服务制度化\n\
         发布时间:2025-06-12\n\
         大兴安岭地区行署驻加格达奇区,辖4个县(区)。截至目前,全区注册志愿者达5.6万人,志愿服务组织210个。\n\
         地区志愿服务联合会组织志愿者深入社区开展志愿服务,志愿服务制度化建设不断推进。\n",
    );
    // (辖4个县(区) is the prefecture's make-up, no fact: tests/figures_not_facts.rs)
    for (value, unit) in [(210.0, "个"), (56_000.0, "人")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.place, "大兴安岭地区", "{fact:#?}");
        assert_eq!(fact.level, Level::City, "{fact:#?}");
    }
    let facts = article::facts_of(
        "seat2.txt",
        "甘孜藏族自治州构建新就业群体服务体系\n\
         发布时间:2025-05-20\n\
         甘孜藏族自治州州府所在地康定市,建有新就业群体骑手驿站46个。\n\
         州委社会工作部推动新就业群体党建工作,组织快递员、外卖骑手参与社区志愿服务。\n",
    );
    let stations = find(&facts, 46.0, "个");
    assert_eq!(stations.place, "甘孜藏族自治州", "{stations:#?}");
}

/// A page's crumbs above its title, with the last crumb (the channel, 行业动态) glued to the
/// title's start: the line is still the headline, so a headline figure the body contradicts
/// (37万 in the title, 3.7万 in the body) is no fact.
#[test]
fn a_title_with_crumbs_glued_to_it_is_still_the_headline() {
    let facts = article::facts_of(
        "crumbs.txt",
        "某某信息网\n\
         当前位置: 首页 > 新闻信息 > 行业动态\n\
         行业动态广州持证社工约37万人\n\
         信息时报讯(记者 王明)1月18日,广州市社会工作协会发布2023年度行业数据。2023年,全市持证社工约3.7万人,从业社会工作者达1.38万人。\n",
    );
    assert!(!facts.iter().any(|f| f.value == 370_000.0), "{facts:#?}");
    find(&facts, 37_000.0, "人");
}
