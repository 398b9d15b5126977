//! The period of figures in the ways news and official texts date them that news_dates.rs leaves
//! out: practices told as habits, a launch's or an honour's date in a neighbouring clause, a
//! cut-off that heads a list, an event's dateline, 今年以来 with a publication date, a review
//! published the next January, aims (devcorpus/README.md, `as_of`). Articles written for these
//! tests in the way district papers and departments' sites write.

use crate::support::article;

use article::find;

fn as_of(facts: &[jianbao_facts::Fact], value: f64, unit: &str) -> Option<String> {
    find(facts, value, unit).as_of.clone()
}

/// A practice told as a habit (一直, 常态化, 每年 …) states what a place does, not what it did
/// in the article's month: no `as_of` of its own, but a date its paragraph gave still holds
/// (今年以来,……。……常态化开展……). An event after it keeps the article's month.
#[test]
fn practices_told_as_habits_take_no_month() {
    let facts = article::facts_of(
        "habits.txt",
        "东坡街道志愿服务温暖邻里\n发布时间:2025-05-20 09:00\n\
         多年来,东坡街道坚持开展“邻里守望”志愿服务,组建志愿服务队8支。\n\
         东坡街道一直重视志愿服务,常态化开展邻里互助活动,培育志愿服务骨干260人。\n\
         街道每年组织开展关爱老人志愿服务活动300余场。\n\
         5月18日,街道组织志愿者120人开展义诊活动。\n\
         今年以来,东坡街道持续推动志愿服务融入基层治理。依托辖区9个志愿服务站点,常态化开展文明劝导等服务410场。\n",
    );
    for (value, unit) in [(8.0, "支"), (260.0, "人"), (300.0, "场")] {
        assert_eq!(as_of(&facts, value, unit), None, "{value}{unit}");
    }
    assert_eq!(as_of(&facts, 120.0, "人").as_deref(), Some("2025-05"));
    assert_eq!(as_of(&facts, 410.0, "场").as_deref(), Some("2025"));
}

/// A launch's date (于2023年3月投入使用) and an honour's (2019年被评为……) tell the history of
/// their clause's subject: the figures the sentence goes on to give are counted up to the text's
/// own date, not in the month the station opened or the year the honour came.
#[test]
fn a_launch_or_an_honour_in_a_neighbouring_clause_dates_no_figure() {
    let facts = article::facts_of(
        "clause.txt",
        "西岭区骑手驿站暖心\n发布时间:2025-04-10 09:00\n\
         城南骑手驿站于2023年3月投入使用,为快递员外卖员提供休息、充电等服务5000余人次。\n\
         该社区2019年被评为全国综合减灾示范社区,社区志愿服务队有队员86名。\n\
         2022年,西岭区委社会工作部在全市率先启动“暖蜂驿站”建设。目前,全区建成驿站42个。\n\
         全区登记社会组织达318家。2021年,西岭区获评全省社会组织工作先进区。\n",
    );
    for (value, unit) in [(5000.0, "人次"), (86.0, "名"), (42.0, "个"), (318.0, "家")] {
        assert_eq!(
            as_of(&facts, value, unit).as_deref(),
            Some("2025-04"),
            "{value}{unit}"
        );
    }
}

/// A statistical cut-off set once above a list (截至2024年12月底,……如下:) dates the list's
/// items printed on lines of their own; a paragraph after the list starts without it.
#[test]
fn a_cut_off_heading_a_list_dates_its_items() {
    let facts = article::facts_of(
        "list.txt",
        "西岭区社会组织发展情况\n发布时间:2025-03-02 10:00\n\
         西岭区委社会工作部持续推动社会组织健康发展。\n\
         截至2024年12月底,全区社会组织发展情况如下:\n\
         (一)登记社会组织412家;\n\
         (二)备案社区社会组织1260个;\n\
         (三)持证社会工作者980人。\n\
         西岭区委社会工作部组织社会组织开展公益活动35场。\n",
    );
    for (value, unit) in [(412.0, "家"), (1260.0, "个"), (980.0, "人")] {
        assert_eq!(
            as_of(&facts, value, unit).as_deref(),
            Some("2024-12"),
            "{value}{unit}"
        );
    }
    assert_eq!(as_of(&facts, 35.0, "场").as_deref(), Some("2025-03"));
}

/// An event's dateline (5月10日,……举行; 西岭日报2025年5月11日讯) dates its figures to the
/// month, not the day.
#[test]
fn an_event_dateline_gives_its_month() {
    let facts = article::facts_of(
        "dateline.txt",
        "西岭区举办骑手运动会\n2025-05-12 18:20 来源: 西岭发布\n\
         本报讯(记者 王芳)5月10日,西岭区首届骑手运动会在城南体育公园举行。来自12家平台企业的骑手300余人参加比赛。\n\
         西岭日报2025年5月11日讯 全区新就业群体服务站点已达56个。\n",
    );
    for (value, unit) in [(12.0, "家"), (300.0, "人"), (56.0, "个")] {
        assert_eq!(
            as_of(&facts, value, unit).as_deref(),
            Some("2025-05"),
            "{value}{unit}"
        );
    }
}

/// 今年以来 reports the year so far (the publication's year); a 2025 review published in
/// January 2026 dates its 今年以来, standing and dated-in-the-year figures to 2025 and its 目前 to
/// its publication month.
#[test]
fn this_year_so_far_and_a_review_published_next_january() {
    let facts = article::facts_of(
        "thisyear.txt",
        "西岭区志愿服务成效显著\n发布时间:2025-07-08 09:00\n\
         今年以来,西岭区委社会工作部组织开展志愿服务活动1800余场,服务群众5.2万人次。\n",
    );
    assert_eq!(as_of(&facts, 1800.0, "场").as_deref(), Some("2025"));
    let facts = article::facts_of(
        "review.txt",
        "西岭县委社会工作部2025年工作总结\n发布时间:2026-01-15 10:00\n\
         今年以来,县委社会工作部新建新就业群体服务站点46个。全县累计培育社区社会组织130家。目前,全县注册志愿者达5.6万人。\n\
         12月5日,县里举办国际志愿者日主题活动,表彰优秀志愿者50名。\n",
    );
    assert_eq!(as_of(&facts, 46.0, "个").as_deref(), Some("2025"));
    assert_eq!(as_of(&facts, 130.0, "家").as_deref(), Some("2025"));
    assert_eq!(as_of(&facts, 56_000.0, "人").as_deref(), Some("2026-01"));
    assert_eq!(as_of(&facts, 50.0, "名").as_deref(), Some("2025-12"));
}

/// An aim is set for a year: the year it names (力争到2027年), else for what a body says it 将
/// do next the year it writes in (今年……还将, 下一步……将), never the month it was announced;
/// an estimate over a project's period (预计项目周期内) keeps the date of its announcement.
#[test]
fn aims_take_a_year() {
    let facts = article::facts_of(
        "aims.txt",
        "西岭区持续关爱新就业群体\n发布时间:2025-04-10 09:00\n\
         力争到2027年,全区建成骑手驿站80个。\n\
         今年,西岭区还将新增社区志愿服务队30支。\n\
         下一步,区委社会工作部将培育社区社会组织50家。\n\
         区委社会工作部启动新就业群体社会工作服务项目,预计项目周期内服务骑手600人。\n",
    );
    for (value, unit, year) in [
        (80.0, "个", "2027"),
        (30.0, "支", "2025"),
        (50.0, "家", "2025"),
        (600.0, "人", "2025-04"),
    ] {
        let fact = find(&facts, value, unit);
        assert!(fact.target, "{fact:#?}");
        assert_eq!(fact.as_of.as_deref(), Some(year), "{fact:#?}");
    }
}

/// A paragraph that opens with years past (近年来,……) goes on telling how the stock grew in its
/// next sentences: their figures take no month of the article's, until a sentence gives a date
/// (目前, 今年) or a new paragraph starts.
#[test]
fn years_past_hold_for_the_paragraph_they_open() {
    let facts = article::facts_of(
        "paragraph.txt",
        "南湖区新就业群体服务提质扩面\n发布时间:2025-03-18 10:20\n\
         近年来,南湖区委社会工作部把关爱新就业群体作为重点工作来抓。全区建成暖心驿站64个,培育骑手志愿服务队12支。目前,全区注册骑手志愿者达1500人。\n\
         南湖区委社会工作部组织开展骑手座谈会8场。\n",
    );
    for (value, unit) in [(64.0, "个"), (12.0, "支")] {
        assert_eq!(as_of(&facts, value, unit), None, "{value}{unit}");
    }
    for (value, unit) in [(1500.0, "人"), (8.0, "场")] {
        assert_eq!(
            as_of(&facts, value, unit).as_deref(),
            Some("2025-03"),
            "{value}{unit}"
        );
    }
}

/// A page that prints no date of its own but whose lead opens with its story's date, as a news
/// dateline does (2024年12月30日,记者从……获悉): the story's month is the article's, for its
/// later paragraphs as for its 目前.
#[test]
fn an_undated_page_takes_its_lead_dateline() {
    let facts = article::facts_of(
        "undated.txt",
        "江北区为骑手打造友好街区\n\
         2024年12月30日,记者从江北区新就业群体服务工作新闻发布会上获悉,目前,江北区建成骑手驿站36个。\n\
         江北区委社会工作部还联合企业开展关爱骑手活动20余场次,覆盖骑手3000余人。\n",
    );
    for (value, unit) in [(36.0, "个"), (20.0, "场次")] {
        assert_eq!(
            as_of(&facts, value, unit).as_deref(),
            Some("2024-12"),
            "{value}{unit}"
        );
    }
}

/// A lead that opens with a day but not its year (12月30日,2024年度……年会……举行) on an undated
/// page takes the year its first sentence names, as an annual event is named with its year; a
/// year that is part of a name held (举办2024年度……仪式) dates nothing, so the page stays undated.
#[test]
fn an_undated_lead_day_takes_the_year_its_sentence_names() {
    let facts = article::facts_of(
        "annual.txt",
        "西岭区社会工作年会举行\n\
         12月30日,2024年度西岭区社会工作年会在城南举行,来自全区86家社会组织的代表参加。\n\
         目前,西岭区委社会工作部指导登记社会组织412家。\n",
    );
    for (value, unit) in [(86.0, "家"), (412.0, "家")] {
        assert_eq!(
            as_of(&facts, value, unit).as_deref(),
            Some("2024-12"),
            "{value}{unit}"
        );
    }
    let facts = article::facts_of(
        "named.txt",
        "西岭区志愿服务典型发布\n\
         7月31日上午,西岭区委社会工作部举办2024年度志愿服务先进典型发布仪式,全区12个志愿服务项目上榜。\n\
         目前,西岭区委社会工作部指导登记社会组织412家。\n",
    );
    assert_eq!(as_of(&facts, 412.0, "家"), None);
}

/// 前 after a day makes it a deadline (3月8日前, kept to the day), but 前夕 (on the eve of) and
/// 前后 (around) date an event, which is reported by its month.
#[test]
fn the_eve_of_a_day_is_an_event_not_a_deadline() {
    let facts = article::facts_of(
        "eve.txt",
        "西岭区志愿者在行动\n发布时间:2024-12-09 10:00\n\
         12月5日前夕,西岭区委社会工作部组织志愿者300人走进社区开展便民服务。\n\
         5月1日前后,西岭区委社会工作部开展关爱骑手活动12场。\n\
         各街道须于3月8日前完成社工站建设12个。\n",
    );
    assert_eq!(as_of(&facts, 300.0, "人").as_deref(), Some("2024-12"));
    assert_eq!(as_of(&facts, 12.0, "场").as_deref(), Some("2024-05"));
    assert_eq!(as_of(&facts, 12.0, "个").as_deref(), Some("2024-03-08"));
}
