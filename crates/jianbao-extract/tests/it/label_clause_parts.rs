//! A label stops where another part of the clause starts: a comparison (较上年, 同比), the aspect
//! particle 了 after a verb, the examples of a list closed by 等, a list that only modifies the
//! head noun after its 的. One short article per phenomenon, written for these tests in the way
//! city and county reports word their figures.

use jianbao_facts::Fact;

use crate::support::article;

use article::find;

/// The facts of `text` as one article file, with a closing line that makes it an article about
/// social work.
fn facts_of(text: &str) -> Vec<Fact> {
    let text = format!("{text}市委社会工作部表示,将继续发挥社会工作者和志愿者的作用。\n");
    article::facts_of("article.txt", &text)
}

#[test]
fn a_comparison_written_with_jiao_is_not_part_of_the_label() {
    // reports write a comparison with an earlier time as 较上年 as often as 比上年
    let facts =
        facts_of("湖北省襄阳市信访工作\n襄阳市信访总量较上年下降15%,网上信访较去年同期增长6%。\n");
    assert_eq!(find(&facts, 15.0, "%").label, "信访总量降幅");
    assert_eq!(find(&facts, 6.0, "%").label, "网上信访增幅");
}

#[test]
fn a_comparison_before_a_verb_of_change_and_its_object_marks_a_change() {
    // 同比增加 + the thing added: the figure is the change of that thing
    let facts = facts_of(
        "安徽省芜湖市新就业群体\n芜湖市同比增加暖新驿站45个,较上年减少重复信访事项30件。\n",
    );
    assert_eq!(find(&facts, 45.0, "个").label, "暖新驿站（增加）");
    assert_eq!(find(&facts, 30.0, "件").label, "重复信访事项（减少）");
}

#[test]
fn the_aspect_particle_le_is_not_part_of_the_label() {
    let facts = facts_of(
        "湖北省宜昌市社会工作\n今年宜昌市培训了社区工作者1800人次,各街道走访了独居老人2600户。\n",
    );
    assert_eq!(find(&facts, 1800.0, "人次").label, "培训社区工作者");
    assert_eq!(find(&facts, 2600.0, "户").label, "街道走访独居老人");
}

#[test]
fn a_list_closed_by_deng_before_a_count_of_people_names_those_people() {
    // 等 closes examples: the figure counts people of those kinds, never the examples alone
    let facts =
        facts_of("河南省开封市新就业群体\n全市快递员、外卖员、网约车司机等300余人参加座谈。\n");
    assert_eq!(
        find(&facts, 300.0, "人").label,
        "快递员、外卖员、网约车司机等人"
    );
}

#[test]
fn a_long_list_in_a_modifier_leaves_the_head_noun() {
    // the list says where the people come from; the noun after 的 is what is counted
    let facts = facts_of(
        "河南省开封市新就业群体\n来自物流企业、快递网点和平台站点的党员骨干及普通员工代表120人参加培训。\n",
    );
    assert_eq!(find(&facts, 120.0, "人").label, "党员骨干及普通员工代表");
}

#[test]
fn a_rate_after_a_change_is_the_rate_of_what_is_counted() {
    // 比上年增加120家,增长4.8%: the rate is the growth of the organisations, not of the change
    let facts =
        facts_of("江苏省镇江市社会组织\n镇江市登记社会组织2600家,比上年增加120家,增长4.8%。\n");
    assert_eq!(find(&facts, 120.0, "家").label, "登记社会组织（增加）");
    assert_eq!(find(&facts, 4.8, "%").label, "登记社会组织增幅");
}
