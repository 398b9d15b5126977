//! Phenomena of Chinese news text met on articles nobody had tuned on (the general4 round):
//! each a short article written for this test, extracted as a new user would (one file, no
//! manifest).

use jianbao_extract::{default_catalog, extract, Sources};
use jianbao_facts::Theme;

use crate::support::article;

use article::find;

/// A report on online mass work (网上群众工作) names its remit by its channels — the leaders'
/// message board, 群众诉求 — not by 信访工作 or 人民建议征集; saved as GB18030 it must still be
/// read as relevant, and 2023年全年 dates its figures to 2023, not to the page's year.
#[test]
fn online_mass_work_saved_as_gb18030_is_read() {
    let text = "首页 > 工作动态\n\
                泉州市2023年网上群众工作情况通报\n\
                发布时间:2024-02-06\n\
                近日,泉州市信访局通报2023年网上群众工作情况,2023年全年,全市各级领导干部通过“领导留言板”回应群众诉求6320件,留言回复率96.1%。\n\
                2023年,群众来信来访总量同比下降约12%,网上信访占比提高到71%。\n\
                主办:泉州市信访局\n";
    let (bytes, _, unmappable) = encoding_rs::GB18030.encode(text);
    assert!(!unmappable);
    let dir = std::env::temp_dir().join(format!("jianbao-gb18030-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(dir.join("wangshang.txt"), &bytes).expect("write fixture");
    let sources = Sources::from_dir(&dir);
    std::fs::remove_dir_all(&dir).ok();
    let sources = sources.expect("a GB18030 file reads");
    assert_eq!(sources.documents()[0].text, text);
    let facts = extract(&sources, &default_catalog()).facts;
    let answered = find(&facts, 6320.0, "件");
    assert_eq!(answered.province, "福建");
    assert_eq!(answered.theme, Theme::PetitionsAndProposals);
    assert_eq!(answered.as_of.as_deref(), Some("2023"));
    let rate = find(&facts, 96.1, "%");
    assert_eq!(rate.as_of.as_deref(), Some("2023"));
    find(&facts, 71.0, "%");
}

/// Cities name their roads after other places (南京东路 and 北京路 in 上海, 广州大道): a place
/// name that begins a road's name is no mention of that place, and a street office named after
/// a road (南京东路街道) is a street, wherever it is written.
#[test]
fn roads_named_after_other_places_are_not_those_places() {
    let text = "南京东路街道:商务楼宇里的“两新”党建\n\
                来源:上海黄浦 2025-06-12\n\
                南京东路街道地处上海市中心,东起外滩,西至西藏中路,辖区内北京东路、延安东路一带商务楼宇林立。\n\
                目前,街道已在楼宇中建成党群服务站12个,覆盖“两新”组织1300余家,组建志愿服务队伍45支。\n\
                街道还与北京路沿线的38家商户结成“暖心联盟”,为快递员、外卖骑手提供歇脚点。\n\
                南京东路街道现有社区工作者260名。\n";
    let facts = article::facts_of("nanjingdonglu.txt", text);
    for (value, unit) in [(12.0, "个"), (1300.0, "家"), (45.0, "支"), (38.0, "家")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.province, "上海", "{fact:#?}");
    }
    let workers = find(&facts, 260.0, "名");
    assert_eq!(workers.province, "上海");
    assert!(workers.place.ends_with("南京东路街道"), "{workers:#?}");
    assert_eq!(workers.level, jianbao_facts::Level::Street);
}

/// Statistical and yearbook style groups digits by three with a space or thin space (83 691人)
/// as news does with a comma (12,345; full-width 12，345): each is one number, never its last
/// group alone.
#[test]
fn digits_grouped_by_three_are_one_number() {
    let text = "某市2024年志愿服务发展报告\n\
                2024年,全市注册志愿者达83 691人,志愿服务时长12,345小时,登记社会组织1\u{2009}204家。\n\
                全市持证社会工作者达3，560名,新增志愿者1\u{a0}050名。\n";
    let facts = article::facts_of("groups.txt", text);
    for (value, unit) in [
        (83_691.0, "人"),
        (12_345.0, "小时"),
        (1_204.0, "家"),
        (3_560.0, "名"),
        (1_050.0, "名"),
    ] {
        find(&facts, value, unit);
    }
    for (value, unit) in [(691.0, "人"), (204.0, "家"), (50.0, "名")] {
        assert!(
            !facts.iter().any(|f| f.value == value && f.unit == unit),
            "{value} {unit}: {facts:#?}"
        );
    }
}

/// A prefecture (地区, 盟, 自治州) is a city-level place, and calls itself 全区 in its own texts;
/// a new area named after its city with a name of its own (南京江北新区) is a district-level place
/// of that city, not the city.
#[test]
fn prefectures_and_new_areas_keep_their_level() {
    let text = "阿克苏地区年鉴·社会工作\n\
                【概况】2019年,全区持证社会工作者达1260名,建成乡镇(街道)社工站95个。\n";
    let facts = article::facts_of("prefecture.txt", text);
    for (value, unit) in [(1260.0, "名"), (95.0, "个")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.place, "阿克苏地区", "{fact:#?}");
        assert_eq!(fact.level, jianbao_facts::Level::City, "{fact:#?}");
    }
    let text = "南京江北新区:社工站实现街道全覆盖\n\
                2024-08-09 来源:南京日报\n\
                近日,记者从南京江北新区社会事业局获悉,新区已建成街道社工站8个,持证社会工作者达620名。\n";
    let facts = article::facts_of("new_area.txt", text);
    for (value, unit) in [(8.0, "个"), (620.0, "名")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.province, "江苏");
        assert!(fact.place.contains("江北新区"), "{fact:#?}");
        assert_eq!(fact.level, jianbao_facts::Level::District, "{fact:#?}");
    }
}

/// A staffing norm (每个社区至少配备1名), a time limit (15个工作日) and durations or repetitions in
/// small Chinese numerals (连续六年, 两次) are rules and durations, not counts of the remit; the
/// counts beside them stay.
#[test]
fn rules_and_durations_are_not_counts() {
    let text = "某市出台社区工作者队伍建设办法\n\
                2024-04-08 来源:某市日报\n\
                办法明确,每个城乡社区至少配备1名专职社会工作者,按每百户居民配备1名社区工作者的标准配齐配强。\n\
                信访事项受理后须在15个工作日内告知信访人。\n\
                该市志愿服务联合会连续六年获评优秀组织,今年两次组织志愿者培训,共培训志愿者860名。\n\
                全市已建成社工站126个。\n";
    let facts = article::facts_of("norms.txt", text);
    for (value, unit) in [(1.0, "名"), (15.0, "个"), (6.0, "年"), (2.0, "次")] {
        assert!(
            !facts.iter().any(|f| f.value == value && f.unit == unit),
            "{value} {unit}: {facts:#?}"
        );
    }
    find(&facts, 860.0, "名");
    find(&facts, 126.0, "个");
}

/// 截至“十二五”末 is 2015, the plan period's last year; a year that dates a founding told in
/// passing (协会于2009年成立) dates none of the figures after it.
#[test]
fn plan_periods_and_foundings_date_figures_right() {
    let text = "某市社会组织发展回顾\n\
                发布时间:2019-05-20\n\
                截至“十二五”末,全市登记社会组织达1200家。\n\
                市志愿服务联合会于2009年成立,会员单位已达86家。\n";
    let facts = article::facts_of("periods.txt", text);
    assert_eq!(find(&facts, 1200.0, "家").as_of.as_deref(), Some("2015"));
    let members = find(&facts, 86.0, "家");
    assert_ne!(members.as_of.as_deref(), Some("2009"), "{members:#?}");
}

/// A campaign named with its year (2023年“学雷锋”志愿服务月) after the day the text gives (3月20日)
/// keeps that day for its figures, not the bare year.
#[test]
fn an_events_day_outweighs_the_year_in_its_name() {
    let text = "某市启动“学雷锋”志愿服务月\n\
                发布时间:2023-03-22\n\
                3月20日,某市启动2023年“学雷锋”志愿服务月活动,当天组织志愿者1200名走上街头。\n";
    let facts = article::facts_of("event.txt", text);
    let volunteers = find(&facts, 1200.0, "名");
    assert!(
        volunteers
            .as_of
            .as_deref()
            .is_some_and(|d| d.starts_with("2023-03")),
        "{volunteers:#?}"
    );
}
