//! Catalog rows and wordings of the tenth metrics round, on short articles written for these
//! tests: party organisations in commercial buildings (楼宇党组织, a new row), volunteers on the
//! register (在册志愿者), activities closed by 等活动 in a volunteer report, practitioners said by
//! what they do (从事社会工作服务的人员), and the figures of a 分别 series, each paired with its own
//! item; each beside the nearest quantity it must not take.

use crate::support::article;

use article::{facts_of, find, metric};

#[test]
fn party_organisations_in_commercial_buildings_counted_three_ways() {
    let facts = facts_of(
        "louyu_dangzuzhi.txt",
        "楼宇党建工作推进会召开\n\
         2025年6月，杭州市上城区召开楼宇党建工作推进会。截至5月底，全区已组建楼宇党组织315个，\
         重点楼宇党组织覆盖率达到92%。全区现有商务楼宇128幢。\n\
         会上介绍，湖滨街道已有46个党组织设进商务楼宇，今年新建楼宇党组织12个。\n",
    );
    assert_eq!(
        metric(&facts, 315.0, "个").as_deref(),
        Some("party.building_orgs")
    );
    assert_eq!(
        metric(&facts, 46.0, "个").as_deref(),
        Some("party.building_orgs")
    );
    // a rate of the buildings, the buildings themselves and the new ones of a year are other
    // quantities
    assert_ne!(
        metric(&facts, 92.0, "%").as_deref(),
        Some("party.building_orgs")
    );
    assert_eq!(metric(&facts, 128.0, "幢"), None);
    assert_ne!(
        metric(&facts, 12.0, "个").as_deref(),
        Some("party.building_orgs")
    );
}

#[test]
fn party_organisations_in_buildings_said_as_the_buildings_stock() {
    let facts = facts_of(
        "louyu_dangjian_shi.txt",
        "商务楼宇党建提质增效\n\
         2024年，成都市武侯区持续推进楼宇党建，全区商务楼宇党组织达到208个，楼宇党组织书记\
         培训226人次。\n",
    );
    assert_eq!(
        metric(&facts, 208.0, "个").as_deref(),
        Some("party.building_orgs")
    );
    // the secretaries trained are people, not organisations
    assert_ne!(
        metric(&facts, 226.0, "人次").as_deref(),
        Some("party.building_orgs")
    );
}

#[test]
fn volunteers_on_the_register_are_the_registered() {
    let facts = facts_of(
        "zaice_zhiyuanzhe.txt",
        "志愿服务工作综述\n\
         2024年12月，兴宁县志愿服务联合会介绍，全县共有在册志愿者8600余名，志愿服务队伍120支。\
         城关镇登记在册的志愿者达到1500人。\n\
         县城社区党委下设党支部4个，共有在册党员175人。当天有500名志愿者参加义诊。\n",
    );
    assert_eq!(
        metric(&facts, 8600.0, "名").as_deref(),
        Some("volunteers.registered")
    );
    assert_eq!(
        metric(&facts, 1500.0, "人").as_deref(),
        Some("volunteers.registered")
    );
    // party members on a register and one day's volunteers are not the registered volunteers
    assert_ne!(
        metric(&facts, 175.0, "人").as_deref(),
        Some("volunteers.registered")
    );
    assert_ne!(
        metric(&facts, 500.0, "名").as_deref(),
        Some("volunteers.registered")
    );
}

#[test]
fn activities_listed_and_closed_by_deng_huodong_in_a_volunteer_report() {
    let facts = facts_of(
        "zhiyuan_denghuodong.txt",
        "志愿服务年度报告\n\
         2024年，全市注册志愿者达到12万人，共开展植树护绿、义诊义剪、助老助残等活动3200余场。\
         各县区志愿服务队组织敬老、助学等活动860场。\n\
         市委社会工作部为外卖骑手、快递小哥开展健康体检、法律咨询等活动40场。\n",
    );
    assert_eq!(
        metric(&facts, 3200.0, "场").as_deref(),
        Some("volunteers.activities")
    );
    assert_eq!(
        metric(&facts, 860.0, "场").as_deref(),
        Some("volunteers.activities")
    );
    // the same words for new-employment workers stay that remit's
    assert_eq!(
        metric(&facts, 40.0, "场").as_deref(),
        Some("new_employment.activities")
    );
}

#[test]
fn practitioners_said_by_the_work_they_do() {
    let facts = facts_of(
        "congshi_shehuigongzuo.txt",
        "全市社会工作发展情况\n\
         2023年，全市从事社会工作服务的人员达8000人，从事社会工作的专业人员3200名。\n\
         全年社会工作服务惠及群众12万人次。\n",
    );
    assert_eq!(
        metric(&facts, 8000.0, "人").as_deref(),
        Some("social_workers.talent_pool")
    );
    assert_eq!(
        metric(&facts, 3200.0, "名").as_deref(),
        Some("social_workers.talent_pool")
    );
    // the people the work serves are not its workers
    assert_ne!(
        metric(&facts, 120_000.0, "人次").as_deref(),
        Some("social_workers.talent_pool")
    );
}

#[test]
fn each_figure_of_a_fenbie_series_takes_its_own_item() {
    let facts = facts_of(
        "fenbie_xulie.txt",
        "社会工作人才队伍持续壮大\n\
         2024年，全市从事社会工作服务的工作者和持证社工分别达9000人和800人，民办社工机构16家。\n\
         全市注册志愿者和志愿服务组织分别达12万人和350个。\n\
         全市社工站、志愿服务站点分别为30个、12个。\n",
    );
    assert_eq!(
        metric(&facts, 9000.0, "人").as_deref(),
        Some("social_workers.talent_pool")
    );
    assert_eq!(
        metric(&facts, 800.0, "人").as_deref(),
        Some("social_workers.certified")
    );
    // 从事 is a verb of the item, not the 从 of a change (data/labels.toml good_starts)
    assert_eq!(find(&facts, 9000.0, "人").label, "从事社会工作服务的工作者");
    assert_eq!(find(&facts, 800.0, "人").label, "持证社工");
    // a figure in the clause after the series names its own thing
    assert_eq!(
        metric(&facts, 16.0, "家").as_deref(),
        Some("social_workers.agencies")
    );
    assert_eq!(
        metric(&facts, 120_000.0, "人").as_deref(),
        Some("volunteers.registered")
    );
    assert_eq!(
        metric(&facts, 350.0, "个").as_deref(),
        Some("volunteers.organizations")
    );
    assert_eq!(
        metric(&facts, 30.0, "个").as_deref(),
        Some("social_workers.stations")
    );
    assert_eq!(
        metric(&facts, 12.0, "个").as_deref(),
        Some("volunteers.stations")
    );
}

#[test]
fn exam_applicants_said_without_canjia() {
    let facts = facts_of(
        "baoming_shegong.txt",
        "社会工作者职业资格考试报名结束\n\
         2025年4月，嘉兴市社会工作者职业资格考试报名工作结束，全市共有1.2万人报名社工考试。\n\
         2024年，全省报名社会工作者职业水平考试的考生4100人，全省报名总人数达6.3万人，\
         其中1500人通过社工考试。\n\
         社区“时间银行”项目实施以来，已有500名志愿者报名。\n",
    );
    assert_eq!(
        metric(&facts, 12_000.0, "人").as_deref(),
        Some("social_workers.exam_applicants")
    );
    assert_eq!(
        metric(&facts, 4100.0, "人").as_deref(),
        Some("social_workers.exam_applicants")
    );
    assert_eq!(
        metric(&facts, 63_000.0, "人").as_deref(),
        Some("social_workers.exam_applicants")
    );
    // the passers and volunteers signing up for a project are not the exam's applicants
    assert_ne!(
        metric(&facts, 1500.0, "人").as_deref(),
        Some("social_workers.exam_applicants")
    );
    assert_ne!(
        metric(&facts, 500.0, "名").as_deref(),
        Some("social_workers.exam_applicants")
    );
}

#[test]
fn sign_ups_of_games_and_contests_are_not_the_exams_applicants() {
    // 报名人数 / 报名总人数 count every sign-up; only a social-work figure's are the exam's.
    let facts = facts_of(
        "baoming_other.txt",
        "赛会志愿者招募即将结束\n\
         截至今天中午，已有12万人报名成为运动会志愿者，预计截止时报名总人数将超过15万人。\n\
         本届志愿服务项目大赛报名人数达3200人。\n\
         市民运动会开幕，各项目报名人数共计8600人。\n",
    );
    for value in [150_000.0, 3200.0, 8600.0] {
        assert_ne!(
            metric(&facts, value, "人").as_deref(),
            Some("social_workers.exam_applicants"),
            "{value}"
        );
    }
}

#[test]
fn levels_named_together_sum_to_the_certified() {
    let facts = facts_of(
        "shegongshi_heji.txt",
        "社会工作人才队伍建设成效\n\
         2024年，全省共有社会工作师和助理社会工作师26400人，开发社会工作专业岗位14300个。\n\
         截至2024年底，全市助理社会工作师、社会工作师共3200人，其中社会工作师610人。\n\
         全区高级社会工作师及社会工作师合计150人。\n",
    );
    assert_eq!(
        metric(&facts, 26_400.0, "人").as_deref(),
        Some("social_workers.certified")
    );
    assert_eq!(
        metric(&facts, 3200.0, "人").as_deref(),
        Some("social_workers.certified")
    );
    assert_eq!(
        metric(&facts, 150.0, "人").as_deref(),
        Some("social_workers.certified")
    );
    // one level named alone keeps its own row
    assert_eq!(
        metric(&facts, 610.0, "人").as_deref(),
        Some("social_workers.certified_intermediate")
    );
}

#[test]
fn a_levels_exam_is_not_the_certified_of_that_level() {
    let facts = facts_of(
        "shegongshi_kaoshi.txt",
        "社会工作者职业资格考试成绩公布\n\
         2024年度全省社会工作者职业资格考试中，通过助理社会工作师考试的3120人，\
         高级社会工作师笔试合格人数14人，社会工作师考试合格者870人。\n\
         截至目前，全省共有3.1万人取得社会工作者职业资格证书，其中助理社会工作师23100人。\n",
    );
    for (value, unit) in [(3120.0, "人"), (14.0, "人"), (870.0, "人")] {
        let m = metric(&facts, value, unit);
        assert!(
            !matches!(
                m.as_deref(),
                Some(
                    "social_workers.certified_assistant"
                        | "social_workers.certified_intermediate"
                        | "social_workers.certified_senior"
                )
            ),
            "{value}{unit}: {m:?}"
        );
    }
    // the stock of a level keeps its row
    assert_eq!(
        metric(&facts, 23_100.0, "人").as_deref(),
        Some("social_workers.certified_assistant")
    );
}
