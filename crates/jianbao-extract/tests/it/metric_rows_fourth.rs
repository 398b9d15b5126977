//! Catalog wordings for quantities every 社会工作 report states, on short articles written for
//! these tests: social workers trained (培训…社会工作从业人员…人次), professional posts developed
//! (开发专业岗位), professional service agencies (社会工作专业服务机构), charitable resources brought
//! in (引入慈善资源…元), casework counted in 例, and volunteer hours stated as a cumulative
//! duration (志愿服务累计时长); and the guards: a survey's sample and a rate of another base keep
//! no metric.

use crate::support::article;

use article::{facts_of, metric};

#[test]
fn a_social_work_report_states_training_posts_agencies_resources_and_cases() {
    let facts = facts_of(
        "shegong.txt",
        "柳州市社会工作高质量发展\n\
         2024年12月，柳州市委社会工作部介绍，全市推进社会工作人才队伍建设，\
         累计培训社会工作从业人员1.8万人次，开发专业岗位640个，培育社会工作专业服务机构57家。\
         全市乡镇(街道)社工站引入慈善资源2300万元，开展个案服务4200例。\n",
    );
    assert_eq!(
        metric(&facts, 18_000.0, "人次").as_deref(),
        Some("social_workers.trained_staff")
    );
    assert_eq!(
        metric(&facts, 640.0, "个").as_deref(),
        Some("social_workers.posts")
    );
    assert_eq!(
        metric(&facts, 57.0, "家").as_deref(),
        Some("social_workers.agencies")
    );
    assert_eq!(
        metric(&facts, 23_000_000.0, "元").as_deref(),
        Some("social_workers.resources_linked")
    );
    assert_eq!(
        metric(&facts, 4200.0, "例").as_deref(),
        Some("social_workers.cases")
    );
}

#[test]
fn volunteer_hours_stated_as_a_cumulative_duration_are_service_hours() {
    let facts = facts_of(
        "shichang.txt",
        "嘉兴市志愿服务\n\
         2024年12月，嘉兴市委社会工作部介绍，全市志愿服务队伍常态化开展志愿服务，\
         注册志愿者人数达到120万人，志愿服务累计时长达到3600万小时。\n",
    );
    assert_eq!(
        metric(&facts, 36_000_000.0, "小时").as_deref(),
        Some("volunteers.service_hours")
    );
}

#[test]
fn a_surveys_sample_and_a_rate_of_another_base_keep_no_metric() {
    let facts = facts_of(
        "diaocha.txt",
        "镇江市社区工作者调查\n\
         2024年10月，镇江市委社会工作部委托调查队对社区工作者队伍开展调研，\
         对210名社区工作者开展问卷调查，受访者中女性占比达61.2%。全市社区工作者总数为5400人。\n",
    );
    assert_eq!(metric(&facts, 210.0, "名"), None);
    assert_eq!(metric(&facts, 61.2, "%"), None);
    assert_eq!(
        metric(&facts, 5400.0, "人").as_deref(),
        Some("social_workers.community_workers")
    );
}
