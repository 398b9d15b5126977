//! Figures and labels of the number pass, one short article per phenomenon, written for these
//! tests in the way county and city news pages word their figures.

use jianbao_facts::{Fact, Qualifier};

use crate::support::article;

use article::find;

/// The facts of `text` as one article file.
fn facts_of(text: &str) -> Vec<Fact> {
    article::facts_of("article.txt", text)
}

#[test]
fn a_figure_after_a_noun_ending_in_shu_is_a_count() {
    let facts = facts_of(
        "湖北省宜昌市志愿服务工作综述\n截至去年底,宜昌市志愿团体注册总数达1.3万个,志愿服务时数共计2460小时,志愿者人数3100余人。\n",
    );
    find(&facts, 13_000.0, "个");
    find(&facts, 2460.0, "小时");
    assert_eq!(find(&facts, 3100.0, "人").qualifier, Qualifier::Over);
    // 数百, 几十: vague amounts stay out
    let vague = facts_of("湖北省宜昌市志愿服务\n宜昌市数百名志愿者走进社区,几十支队伍参与服务。\n");
    assert!(vague.is_empty(), "{vague:#?}");
}

#[test]
fn a_figure_whose_words_name_nothing_counts_what_the_one_before_counts() {
    let facts = facts_of(
        "安徽省芜湖市新兴领域党建\n芜湖市行业协会商会党组织覆盖率达到85%,力争95%。今年芜湖市新建成45个社区食堂,累计建成320个。芜湖市实名注册志愿者达到52.3万人,比2023年底增加3.1万人。\n",
    );
    let target = find(&facts, 95.0, "%");
    assert_eq!(target.label, find(&facts, 85.0, "%").label);
    assert_eq!(find(&facts, 320.0, "个").label, "社区食堂");
    let change = find(&facts, 31_000.0, "人");
    assert!(
        change.label.contains("注册志愿者") && change.label.ends_with("（增加）"),
        "{}",
        change.label
    );
}

#[test]
fn a_verb_that_ends_its_clause_heads_the_counted_noun() {
    let facts = facts_of(
        "四川省绵阳市涪城区关爱新就业群体\n涪城区社会工作服务中心走访外卖站点12处,开展9场上门服务,覆盖骑手300余名。\n",
    );
    let services = find(&facts, 9.0, "场");
    assert!(services.label.ends_with("服务"), "{}", services.label);
    let stations = find(&facts, 12.0, "处");
    assert!(stations.label.ends_with("外卖站点"), "{}", stations.label);
}

#[test]
fn goods_handed_out_and_areas_have_their_units() {
    let facts = facts_of(
        "江苏省无锡市梁溪区清凉驿站志愿服务\n梁溪区志愿者在新就业群体驿站发放矿泉水2300瓶,服务户外劳动者800余人次。驿站所在社区面积3.6平方公里,社工和志愿者轮流值守。\n",
    );
    find(&facts, 2300.0, "瓶");
    find(&facts, 3.6, "平方公里");
}

#[test]
fn catalog_metrics_take_the_wordings_and_measure_words_reports_use() {
    let facts = facts_of(
        "贵州省遵义市志愿服务和社会工作发展情况\n截至今年6月,遵义市志愿团体注册总数2150个,志愿者人数48.6万人,全年开展各类志愿服务活动3200余次。全市社工总人数达1860人,建成社会组织孵化培育基地14个,社工行业协会3家。\n",
    );
    let metric = |value: f64, unit: &str| find(&facts, value, unit).metric.clone();
    assert_eq!(
        metric(2150.0, "个").as_deref(),
        Some("volunteers.organizations")
    );
    assert_eq!(
        metric(486_000.0, "人").as_deref(),
        Some("volunteers.registered")
    );
    assert_eq!(
        metric(3200.0, "次").as_deref(),
        Some("volunteers.activities")
    );
    assert_eq!(
        metric(1860.0, "人").as_deref(),
        Some("social_workers.talent_pool")
    );
    assert_eq!(
        metric(14.0, "个").as_deref(),
        Some("social_organizations.incubators")
    );
    let association = find(&facts, 3.0, "家");
    assert_eq!(
        association.metric.as_deref(),
        Some("social_workers.industry_orgs")
    );
    assert_eq!(association.theme, jianbao_facts::Theme::SocialWorkers);
}

#[test]
fn hundreds_and_thousands_are_vague_ten_thousands_are_read() {
    let facts = facts_of(
        "河南省开封市新就业群体关爱行动\n开封市动员上千名干部走访新就业群体,驿站为上百名骑手提供服务,全年服务新就业群体上万人次。\n",
    );
    assert!(facts.iter().all(|f| f.value >= 10_000.0), "{facts:#?}");
    assert_eq!(find(&facts, 10_000.0, "人次").qualifier, Qualifier::Over);
}
