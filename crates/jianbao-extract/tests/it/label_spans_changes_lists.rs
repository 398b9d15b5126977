//! A label names what its own figure counts, never a span of time, the next list item, the
//! name of the platform a thing is kept in, or one word of a list: a span to now (中心启用以来),
//! a change's starting value (由35%提高到90%), a rate followed by the next item of its list
//! (办结率98%、满意率99%), a quoted platform name that makes a label too long for a table cell,
//! items of a list closed by 等 and a total that received an honour, and a second measure of a
//! thing (常住人口3926户、10019人); a conjunction, a restrictive adverb (虽然只有30平方米) and a
//! vague amount in words after the thing (13支小分队近千名志愿者) are never part of it, nor an
//! adverb with its copula (奖励更是高达); an amount per head or a range (5000元/人的补贴, 200元到
//! 600元不等的津贴) names the noun after its 的; and a station named for a service (党群服务驿站)
//! is never cut at its 服务. One short article per wording, written for
//! these tests in the way city, district and street reports word them.

use jianbao_facts::Fact;

use crate::support::article;

use article::find;

/// The facts of `text` as one article file, with a closing line that makes it an article about
/// social work.
fn facts_of(text: &str) -> Vec<Fact> {
    let text = format!("{text}区委社会工作部表示,将继续发挥社会工作者和志愿者的作用。\n");
    article::facts_of("article.txt", &text)
}

fn label_of(text: &str, value: f64, unit: &str) -> String {
    find(&facts_of(text), value, unit).label.clone()
}

#[test]
fn a_span_to_now_is_no_part_of_the_label() {
    // the thing that had the event stays; the event and 以来 go
    assert_eq!(
        label_of(
            "浙江省湖州市吴兴区\n吴兴区月河街道党群服务中心启用以来累计服务党员群众12万人次。\n",
            120000.0,
            "人次"
        ),
        "月河街道党群服务中心服务党员群众"
    );
    assert_eq!(
        label_of(
            "福建省泉州市丰泽区\n丰泽区东海骑手驿站自运营以来共接待外卖骑手3200人次。\n",
            3200.0,
            "人次"
        ),
        "东海骑手驿站接待外卖骑手"
    );
    assert_eq!(
        label_of(
            "江西省九江市人民建议征集\n九江市人民建议征集平台上线以来收到群众建议1500余条。\n",
            1500.0,
            "条"
        ),
        "人民建议征集平台收到群众建议"
    );
}

#[test]
fn the_starting_value_of_a_change_is_marked_not_named_by_the_verb() {
    assert_eq!(
        label_of(
            "湖南省株洲市社会工作\n株洲市乡镇社工站覆盖率由35%提高到90%。\n",
            35.0,
            "%"
        ),
        "乡镇社工站覆盖率（起始）"
    );
    assert_eq!(
        label_of(
            "广西壮族自治区柳州市志愿服务\n柳州市志愿者注册率从0.4%上升至18.5%。\n",
            0.4,
            "%"
        ),
        "志愿者注册率（起始）"
    );
    assert_eq!(
        label_of(
            "河北省邯郸市社会工作\n邯郸市持证社会工作者从1200人增长至3500人。\n",
            1200.0,
            "人"
        ),
        "持证社会工作者（起始）"
    );
}

#[test]
fn a_rate_stops_where_the_next_item_of_its_list_starts() {
    assert_eq!(
        label_of(
            "吉林省长春市朝阳区接诉即办\n今年以来,朝阳区办理群众诉求120件、按时办结率98%、群众满意率99%。\n",
            98.0,
            "%"
        ),
        "按时办结率"
    );
    assert_eq!(
        label_of(
            "山西省太原市小店区网格治理\n小店区网格事件上报率96%、处置率97%。\n",
            96.0,
            "%"
        ),
        "网格事件上报率"
    );
    assert_eq!(
        label_of(
            "云南省曲靖市社会工作\n曲靖市乡镇社工站建成率95%、运营率90%。\n",
            95.0,
            "%"
        ),
        "乡镇社工站建成率"
    );
}

#[test]
fn a_quoted_platform_name_goes_when_the_label_is_too_long() {
    assert_eq!(
        label_of(
            "江西省志愿服务\n截至2024年底,全国志愿服务信息系统“志愿江西”平台实名认证注册志愿者达860万人。\n",
            8_600_000.0,
            "人"
        ),
        "平台实名认证注册志愿者"
    );
    assert_eq!(
        label_of(
            "湖北省志愿服务\n湖北省志愿服务信息管理系统“志愿湖北”线上实名注册青年志愿者达120万人。\n",
            1_200_000.0,
            "人"
        ),
        "线上实名注册青年志愿者"
    );
    assert_eq!(
        label_of(
            "河南省志愿服务\n截至2024年底,全国志愿服务信息系统“志愿河南”实名注册志愿服务队伍达5.2万支。\n",
            52000.0,
            "支"
        ),
        "实名注册志愿服务队伍"
    );
}

#[test]
fn items_of_an_honoured_list_are_counted_as_honoured() {
    assert_eq!(
        label_of(
            "江苏省盐城市志愿服务\n盐城市有4名个人、2个组织、1个项目等7个典型获评“江苏省志愿服务之星”。\n",
            1.0,
            "个"
        ),
        "获评“江苏省志愿服务之星”的项目"
    );
    assert_eq!(
        label_of(
            "安徽省合肥市志愿服务\n合肥市评出5名个人、3个集体等8个先进典型被评为“最美志愿者”。\n",
            3.0,
            "个"
        ),
        "被评为“最美志愿者”的集体"
    );
    assert_eq!(
        label_of(
            "山东省济南市社会工作\n济南市有3个社区、2家社会组织等5个单位入选全省示范名单。\n",
            2.0,
            "家"
        ),
        "入选全省示范名单的社会组织"
    );
}

#[test]
fn a_station_named_for_a_service_is_never_cut_at_its_service() {
    // 服务 before a station's or a space's noun is part of its name, not the predicate of
    // what stands before it
    assert_eq!(
        label_of(
            "安徽省宿州市埇桥区\n埇桥区南关街道计划新建32个党群服务驿站。\n",
            32.0,
            "个"
        ),
        "党群服务驿站"
    );
    assert_eq!(
        label_of(
            "湖北省宜昌市新就业群体\n宜昌市在商圈开设12个骑手服务专区。\n",
            12.0,
            "个"
        ),
        "骑手服务专区"
    );
    assert_eq!(
        label_of(
            "广东省惠州市新就业群体\n惠州市设立45个新就业群体服务网点。\n",
            45.0,
            "个"
        ),
        "新就业群体服务网点"
    );
}

#[test]
fn a_second_measure_of_a_thing_takes_its_label() {
    // 3926户、10019人: one thing counted in two units, never the label of an earlier figure
    // in the second unit
    assert_eq!(
        label_of(
            "山东省东营市东营区\n锦华社区志愿服务队成员2100名,社区常住人口3100户、8600人。\n",
            8600.0,
            "人"
        ),
        "社区常住人口"
    );
    assert_eq!(
        label_of(
            "河南省新乡市红旗区\n红旗区培训社区工作者300名,辖区低保对象1320户、2650人。\n",
            2650.0,
            "人"
        ),
        "辖区低保对象"
    );
    assert_eq!(
        label_of(
            "江苏省扬州市广陵区\n广陵区动员党员志愿者460名,走访困难群众230户、512人。\n",
            512.0,
            "人"
        ),
        "走访困难群众"
    );
}

#[test]
fn conjunctions_and_restrictive_adverbs_are_no_part_of_the_label() {
    assert_eq!(
        label_of(
            "安徽省宿州市埇桥区\n苏宁商圈的党群驿站虽然只有30平方米,但物品一应俱全。\n",
            30.0,
            "平方米"
        ),
        "苏宁商圈的党群驿站"
    );
    assert_eq!(
        label_of(
            "江苏省苏州市姑苏区\n新的社区党群服务中心建成后,不但面积扩展到1500平方米,功能也更完善。\n",
            1500.0,
            "平方米"
        ),
        "面积（增至）"
    );
    assert_eq!(
        label_of(
            "浙江省台州市椒江区\n椒江区户外劳动者驿站尽管仅有20平方米,却配齐了冰箱和微波炉。\n",
            20.0,
            "平方米"
        ),
        "户外劳动者驿站"
    );
}

#[test]
fn a_vague_amount_after_the_counted_thing_is_the_next_phrase() {
    assert_eq!(
        label_of(
            "湖南省益阳市安化县\n3月5日,13支志愿服务小分队近千名志愿者汇聚县城广场。\n",
            13.0,
            "支"
        ),
        "志愿服务小分队"
    );
    assert_eq!(
        label_of(
            "四川省德阳市旌阳区\n活动中,8家社会组织上百名社工走进社区。\n",
            8.0,
            "家"
        ),
        "社会组织"
    );
    assert_eq!(
        label_of(
            "河北省保定市竞秀区\n20支党员先锋队数百名党员下沉社区开展服务。\n",
            20.0,
            "支"
        ),
        "党员先锋队"
    );
}

#[test]
fn an_amount_per_head_or_a_range_names_the_noun_after_its_de() {
    assert_eq!(
        label_of(
            "浙江省温州市社会工作\n温州市取得社会工作师资格证的,可以获得最高5000元/人的补贴。\n",
            5000.0,
            "元"
        ),
        "补贴"
    );
    assert_eq!(
        label_of(
            "江苏省常州市社区工作者\n常州市持证社区工作者每月可领取300元/人的职业津贴。\n",
            300.0,
            "元"
        ),
        "职业津贴"
    );
    assert_eq!(
        label_of(
            "福建省厦门市社会工作\n被聘为专职社工的,每个月都能获得200元到600元不等的岗位补贴。\n",
            200.0,
            "元"
        ),
        "岗位补贴"
    );
}

#[test]
fn an_adverb_with_its_copula_is_no_part_of_the_label() {
    assert_eq!(
        label_of(
            "浙江省杭州市社会工作\n考取高级社会工作师证书的,奖励更是高达1万元。\n",
            10000.0,
            "元"
        ),
        "奖励"
    );
    assert_eq!(
        label_of(
            "江苏省南京市志愿服务\n南京市志愿者人数更是达到120万人。\n",
            1_200_000.0,
            "人"
        ),
        "志愿者人数"
    );
    assert_eq!(
        label_of(
            "四川省成都市社会组织\n成都市登记社会组织则是达到1.3万家。\n",
            13000.0,
            "家"
        ),
        "登记社会组织"
    );
}
