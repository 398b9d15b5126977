//! Figures that are not facts of the remit, each beside the real facts next to it: counts of
//! every city or county of a place (its administrative make-up), prices and fees of a service,
//! thresholds of a rule, counts that restate what was just listed, descriptors of a site, numbers
//! inside fixed terms, and vague amounts (devcorpus/README.md, "What counts as an expected fact").
//! One short article per kind, written for these tests in the way official and news texts word
//! them.

use jianbao_facts::Fact;

use crate::support::article;

use article::{assert_none, find};

fn facts_of(text: &str) -> Vec<Fact> {
    article::facts_of("article.txt", text)
}

#[test]
fn the_make_up_of_a_place_is_no_count_but_what_is_spread_over_it_is() {
    let facts = facts_of(
        "河北省推进基层志愿服务站点建设\n河北省社会工作部介绍,全省11个设区市均已成立志愿服务指导中心,各地共建成社区志愿服务站1260个。石家庄市下辖8个区、11个县,全市共有社工站205个,其中32个县(市、区)开展了试点。全省共有13个市和167个县(市、区)的社会工作部挂牌运行。\n",
    );
    find(&facts, 1260.0, "个");
    find(&facts, 205.0, "个");
    find(&facts, 32.0, "个");
    assert_none(
        &facts,
        &[(11.0, "个"), (8.0, "个"), (13.0, "个"), (167.0, "个")],
    );
}

#[test]
fn prices_and_fees_describe_a_service_and_funds_stay_facts() {
    let facts = facts_of(
        "浙江省杭州市拱墅区新就业群体暖心驿站\n拱墅区建成暖心驿站36个,为外卖骑手提供充电、饮水等服务。驿站的充电柜每次收费1元,合作餐厅为骑手提供优惠套餐,每份仅需12元,家政服务收费标准为每小时40元,一家物业企业以每月800元的租金提供驿站场地,合作洗衣店对骑手的收费下调30%。区财政投入建设资金200万元,驿站累计服务骑手2.6万人次。\n",
    );
    find(&facts, 36.0, "个");
    find(&facts, 2_000_000.0, "元");
    find(&facts, 26_000.0, "人次");
    assert_none(
        &facts,
        &[(1.0, "元"), (12.0, "元"), (40.0, "元"), (30.0, "%")],
    );
}

#[test]
fn thresholds_of_a_rule_are_no_figures() {
    let facts = facts_of(
        "江苏省苏州市新兴领域党建工作\n苏州市规定,凡职工满50人的非公企业,应当单独建立党组织;党员流出超过6个月的,所在党组织应当主动联系。目前,全市已在1.2万家非公企业建立党组织,覆盖率达到92%。\n",
    );
    find(&facts, 12_000.0, "家");
    find(&facts, 92.0, "%");
    assert_none(&facts, &[(50.0, "人"), (6.0, "个月")]);
}

#[test]
fn counts_that_restate_what_was_just_listed_are_no_new_figures() {
    let facts = facts_of(
        "四川省绵阳市涪城区社区志愿服务\n涪城区组织社区工作者、网格员、楼栋长、志愿者和社工开展入户走访,上述5类人员共走访居民2.3万户。城南社区和城北社区建立了“邻里议事会”,这2个社区共收集居民意见460条。以上3项做法已在全区推广。\n",
    );
    find(&facts, 23_000.0, "户");
    find(&facts, 460.0, "条");
    assert_none(&facts, &[(5.0, "类"), (2.0, "个"), (3.0, "项")]);
}

#[test]
fn a_site_land_area_and_round_the_clock_hours_describe_it() {
    let facts = facts_of(
        "山东省潍坊市奎文区社会工作服务中心\n奎文区社会工作服务中心占地面积800平方米,建筑面积1200平方米,全年365天、每天24小时为群众提供服务。中心有专职社工12名,今年以来开展社会工作个案服务320例,组织志愿者服务群众1.1万人次。\n",
    );
    find(&facts, 1200.0, "平方米");
    find(&facts, 320.0, "例");
    find(&facts, 11_000.0, "人次");
    assert_none(&facts, &[(800.0, "平方米"), (24.0, "小时")]);
}

#[test]
fn numerals_inside_fixed_terms_are_no_counts() {
    let facts = facts_of(
        "湖南省衡阳市雁峰区基层治理\n雁峰区推行“三所联调”,在各街道建立三所一庭联动机制,实行十户联防,由社区工作者和志愿者包片负责。今年以来,全区社会工作部门和社区共化解信访矛盾纠纷860起,调解成功率达到98%。\n",
    );
    find(&facts, 860.0, "起");
    find(&facts, 98.0, "%");
    assert_none(&facts, &[(3.0, "所"), (10.0, "户")]);
}

#[test]
fn vague_hundreds_are_no_figures_a_thousand_odd_is() {
    let facts = facts_of(
        "广东省佛山市顺德区志愿服务\n顺德区组织百多名志愿者走进社区,上千名群众参与活动,成千上万名市民受益。今年以来,全区注册志愿者新增1500余人,累计开展志愿服务活动2300场。\n",
    );
    find(&facts, 1500.0, "人");
    find(&facts, 2300.0, "场");
    assert_none(&facts, &[(100.0, "名"), (1000.0, "名"), (10_000.0, "名")]);
}
