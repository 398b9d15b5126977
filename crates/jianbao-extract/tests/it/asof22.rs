//! The period of figures in the ways the asof22 round read pages writing them (devcorpus/README.md,
//! `as_of`): a "now" word on a page without a date of its own, a lead's day months before the
//! page's own date, and a building's completion told as its founding (建成于). Articles written
//! for these tests in the way county sites, yearbooks and reposting sites print them.

use crate::support::article;

use article::find;

fn as_of(facts: &[jianbao_facts::Fact], value: f64, unit: &str) -> Option<String> {
    find(facts, value, unit).as_of.clone()
}

/// The facts of `text` saved as one file of a directory and read as `jianbao extract` and the
/// dev scorer read it (Sources::from_dir: the page's date line becomes its manifest date).
fn facts_from_dir(name: &str, text: &str) -> Vec<jianbao_facts::Fact> {
    let dir = std::env::temp_dir().join(format!("asof22_{}_{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    std::fs::write(dir.join(format!("{name}.txt")), text).expect("the article written");
    let sources = jianbao_extract::Sources::from_dir(&dir).expect("the article read");
    let facts = jianbao_extract::extract(&sources, &jianbao_extract::default_catalog()).facts;
    let _ = std::fs::remove_dir_all(&dir);
    facts
}

/// On a page with no date of its own, a "now" word (目前, 如今, 现有) dates nothing: not the year
/// the page's opening says it reports (README as_of rule 2: not a year an earlier sentence
/// named). A sentence that tells that year's story before its 目前 (2019年,……,目前……) keeps the
/// year, and a dated page keeps its month.
#[test]
fn a_now_word_on_an_undated_page_takes_no_earlier_year() {
    let facts = article::facts_of(
        "undated_now.txt",
        "西岭县志愿服务\n\
         2019年,西岭县注册志愿者4.1万人,志愿服务组织320个。\n\
         2020年,注册志愿者增至4.8万人。目前,全县有志愿服务站点210个。\n\
         如今,全县已建成社区志愿服务驿站65个。\n\
         全县现有持证社会工作者430人。\n",
    );
    assert_eq!(as_of(&facts, 41000.0, "人").as_deref(), Some("2019"));
    assert_eq!(as_of(&facts, 48000.0, "人").as_deref(), Some("2020"));
    assert_eq!(as_of(&facts, 210.0, "个"), None);
    assert_eq!(as_of(&facts, 65.0, "个"), None);
    assert_eq!(as_of(&facts, 430.0, "人"), None);
    // near negatives: the year told before 目前 in its own sentence, and a dated page
    let facts = article::facts_of(
        "undated_now_same_sentence.txt",
        "东坡市社区志愿服务\n\
         据介绍,2017年,东坡市委社会工作部指导新建社区志愿服务站24个,注册志愿者目前已覆盖全市310个社区。\n",
    );
    assert_eq!(as_of(&facts, 310.0, "个").as_deref(), Some("2017"));
    let facts = article::facts_of(
        "dated_now.txt",
        "南岭区志愿服务\n发布时间:2021-06-15 来源:南岭区融媒体中心\n\
         2020年,南岭区注册志愿者3.6万人。\n目前,全区有志愿服务站点150个。\n",
    );
    assert_eq!(as_of(&facts, 150.0, "个").as_deref(), Some("2021-06"));
}

/// A lead that opens with a day months before the page's own date (2月11日 on a page dated in
/// December: a story told, or reprinted, long after) tells an event: the day dates its own
/// paragraph's figures (README as_of rule 1), while 目前 in a later paragraph keeps the page's
/// date (rule 2). A day within weeks before the page's date is the story's and dates it. (Read
/// as from a directory, where the page's date line is its manifest date; a text given with no
/// manifest at all treats such a page date as a crawler's stamp instead: dates/dateline.rs.)
#[test]
fn a_leads_day_months_before_the_page_is_an_events() {
    for (page, lead_day) in [
        ("2016-12-21 05:08:15 来源:西岭政协网", "2月11日"),
        ("发布时间:2023-10-08 来源:东坡县融媒体中心", "3月5日"),
        ("2024年09月02日 10:15  来源:南岭日报", "4月20日上午"),
    ] {
        let text = format!(
            "西岭市新就业群体党建工作推进会召开\n{page}\n\
             {lead_day},西岭市委社会工作部召开新就业群体党建工作推进会,向快递员、外卖骑手发放慰问品350份。\n\
             目前,西岭市已建成暖新驿站344个,服务新就业群体3080人次。\n"
        );
        let facts = facts_from_dir(&format!("lead_day_apart_{}", lead_day.len()), &text);
        let page_month = jianbao_extract::self_description::describe(&text).date;
        assert!(page_month.is_some(), "{page}");
        assert_eq!(as_of(&facts, 344.0, "个"), page_month, "{page}");
        assert_eq!(as_of(&facts, 3080.0, "人次"), page_month, "{page}");
        // the event's own figure keeps its day's month
        assert_ne!(as_of(&facts, 350.0, "份"), page_month, "{page}");
        assert!(as_of(&facts, 350.0, "份").is_some(), "{page}");
    }
    // near negative: a story's day weeks before its page is the article's date
    let facts = facts_from_dir(
        "lead_day_close",
        "西岭县新就业群体关爱活动\n发布时间:2024-05-22 来源:西岭县融媒体中心\n\
         5月20日,西岭县委社会工作部开展新就业群体关爱活动,发放慰问品300份。\n\
         目前,全县已建成暖新驿站36个。\n",
    );
    assert_eq!(as_of(&facts, 36.0, "个").as_deref(), Some("2024-05"));
}

/// A page of January or February that tells a day of November or December without its year
/// (2025-01-03 above 12月30日,……) tells the year before's: news is told after it happens, and
/// the year's turn falls between. A day of the page's own months keeps the page's year.
#[test]
fn a_december_day_on_a_january_page_is_last_years() {
    for (page, day, want) in [
        ("2025-01-03 09:12 来源:东坡发布", "12月30日", "2024-12"),
        (
            "发布时间:2024-02-06 来源:西岭县融媒体中心",
            "11月28日",
            "2023-11",
        ),
        (
            "2023年01月10日 08:30  来源:南岭日报",
            "12月5日上午",
            "2022-12",
        ),
        (
            "发布时间:2024-02-06 来源:西岭县融媒体中心",
            "2月2日",
            "2024-02",
        ),
    ] {
        let text = format!(
            "东坡县志愿服务年会召开\n{page}\n\
             {day},东坡县委社会工作部召开志愿服务年会,表彰优秀志愿者120名。\n"
        );
        let facts = article::facts_of("year_turn.txt", &text);
        assert_eq!(
            as_of(&facts, 120.0, "名").as_deref(),
            Some(want),
            "{page} {day}"
        );
    }
}

/// A building's completion told with 建成于 or 落成于 is its founding (README as_of rule 5), a
/// history that dates none of the figures its sentence goes on to describe; 建成 counting what
/// a year built (2023年建成社工站50个) still dates them.
#[test]
fn a_completion_told_as_founding_dates_nothing() {
    for text in [
        "城北社区新时代文明实践站建成于2020年2月,下设志愿服务队伍3支。",
        "该志愿服务驿站落成于2021年,设有休息区、充电区等功能区6个。",
        "二里社区党群服务中心建成于2019年5月,设有志愿服务窗口4个。",
    ] {
        let page = format!(
            "西岭县新时代文明实践站志愿服务\n发布时间:2024-08-04 来源:西岭县融媒体中心\n\
             {text}该站今年开展志愿服务活动84场。\n"
        );
        let facts = article::facts_of("completion.txt", &page);
        let f = facts
            .iter()
            .find(|f| f.value < 10.0)
            .expect("the figure after the completion");
        assert_eq!(f.as_of, None, "{text}");
    }
    let facts = article::facts_of(
        "built_in_year.txt",
        "西岭县社工站建设\n发布时间:2024-08-04 来源:西岭县融媒体中心\n\
         2023年,西岭县委社会工作部指导建成乡镇(街道)社工站50个,实现全覆盖。\n",
    );
    assert_eq!(as_of(&facts, 50.0, "个").as_deref(), Some("2023"));
}
