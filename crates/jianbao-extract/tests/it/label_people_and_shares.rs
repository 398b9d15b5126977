//! The counted noun phrase of figures that count people by what they did and of shares written
//! after the figure they are a share of. One short article per wording, written for these tests
//! in the way provincial, city and county reports word these figures: at least three wordings
//! per rule, each compared whole so that a failure shows every wording.

use crate::support::article;

use article::find;

/// The labels of the figures `value unit` of `text` read as one article file, with a closing
/// line that makes it an article about social work.
fn labels(text: &str, figures: &[(f64, &str)]) -> Vec<String> {
    let text = format!("{text}市委社会工作部表示,将继续发挥社会工作者和志愿者的作用。\n");
    let facts = article::facts_of("article.txt", &text);
    figures
        .iter()
        .map(|&(value, unit)| find(&facts, value, unit).label.clone())
        .collect()
}

#[test]
fn people_counted_by_an_act_after_the_figure_are_the_count_of_those_people() {
    // N人 + what they did: a table row names the people who did it
    let got = [
        labels(
            "江西省社会工作\n2024年,全省共有3200人通过社会工作者职业资格考试。\n",
            &[(3200.0, "人")],
        ),
        labels(
            "四川省绵阳市社会工作\n截至目前,全市1800余人取得助理社会工作师证书,去年450人加入志愿服务组织。\n",
            &[(1800.0, "人"), (450.0, "人")],
        ),
        labels(
            "河南省洛阳市志愿服务\n今年全市1.2万人参加了志愿服务培训。\n",
            &[(12000.0, "人")],
        ),
    ];
    assert_eq!(
        got,
        [
            vec!["通过社会工作者职业资格考试的人数"],
            vec!["取得助理社会工作师证书的人数", "加入志愿服务组织的人数"],
            vec!["参加志愿服务培训的人数"],
        ]
    );
}

#[test]
fn a_relative_clause_before_a_count_of_people_names_those_people() {
    // VP的 + N人: the clause closed by 的 says which people are counted
    let got = [
        labels(
            "湖南省株洲市社会工作\n全市报考人数5200人,其中通过中级社会工作师考试的460人。\n",
            &[(460.0, "人")],
        ),
        labels(
            "湖南省湘潭市社会工作\n取得证书的1200余人全部纳入人才库。\n",
            &[(1200.0, "人")],
        ),
        labels(
            "湖南省岳阳市社区工作者\n首批签约的320人已上岗。\n",
            &[(320.0, "人")],
        ),
    ];
    assert_eq!(
        got,
        [
            vec!["通过中级社会工作师考试的人数"],
            vec!["取得证书的人数"],
            vec!["首批签约的人数"],
        ]
    );
}

#[test]
fn what_counted_people_did_or_became_is_not_part_of_the_label() {
    // the people are counted; 投身, 下沉, 取得, 成为 open the clause's predicate
    let got = [
        labels(
            "江苏省常州市志愿服务\n全市12万名志愿者投身疫情防控,3000余名党员下沉社区。\n",
            &[(120000.0, "名"), (3000.0, "名")],
        ),
        labels(
            "江苏省镇江市社会工作\n去年全市860名社区工作者取得社工证。\n",
            &[(860.0, "名")],
        ),
        labels(
            "江苏省扬州市新就业群体\n全市45名骑手成为兼职网格员。\n",
            &[(45.0, "名")],
        ),
    ];
    assert_eq!(
        got,
        [vec!["志愿者", "党员"], vec!["社区工作者"], vec!["骑手"]]
    );
}

#[test]
fn a_share_after_a_figure_is_the_share_of_what_that_figure_counts() {
    // 占 + base: the share of the figure before, never the base alone
    let got = [
        labels(
            "山东省烟台市志愿服务\n全市注册志愿者超150万人,占总人口的18%。\n",
            &[(18.0, "%")],
        ),
        labels(
            "广西柳州市社会工作\n全区持证社工860人,占社区工作者总数的35%。\n",
            &[(35.0, "%")],
        ),
        labels(
            "广西桂林市志愿服务\n全市有党员志愿者420人,占比达28%。\n",
            &[(28.0, "%")],
        ),
        labels(
            "贵州省遵义市新就业群体\n全市新就业群体党员95名,占新就业群体从业人员比例为1.2%。\n",
            &[(1.2, "%")],
        ),
    ];
    assert_eq!(
        got,
        [
            vec!["注册志愿者占总人口比例"],
            vec!["持证社工占社区工作者总数比例"],
            vec!["党员志愿者占比"],
            vec!["新就业群体党员占新就业群体从业人员比例"],
        ]
    );
}

#[test]
fn a_share_whose_clause_names_its_part_says_it_is_a_share() {
    // part + 占 + figure: the part's share, never a label ending with 占
    let got = [
        labels(
            "江西省九江市社会工作\n全市持证社工中,大专以上学历的占62%,其中党员占35%。\n",
            &[(62.0, "%"), (35.0, "%")],
        ),
        labels(
            "江西省萍乡市社会工作\n全市社区工作者2300名,其中持证社工占18%。\n",
            &[(18.0, "%")],
        ),
    ];
    assert_eq!(
        got,
        [vec!["大专以上学历的占比", "党员占比"], vec!["持证社工占比"]]
    );
}

#[test]
fn a_share_written_before_the_things_it_counts_is_their_share() {
    // N%的 + things: the share of those things, never the things alone; a rate stays a rate
    let got = [
        labels(
            "上海市普陀区新就业群体\n调研显示,78%的骑手都遭遇过深夜无处歇脚的困境。\n",
            &[(78.0, "%")],
        ),
        labels(
            "浙江省宁波市社会工作\n问卷显示,超过60%的受访者表示愿意参与社区服务。\n",
            &[(60.0, "%")],
        ),
        labels(
            "湖北省社会工作\n截至去年底,全省已有85%的乡镇(街道)建成社工站,群众满意率达到98%。\n",
            &[(85.0, "%"), (98.0, "%")],
        ),
    ];
    assert_eq!(
        got,
        [
            vec!["骑手占比"],
            vec!["受访者占比"],
            vec!["乡镇(街道)占比", "群众满意率"],
        ]
    );
}

#[test]
fn where_counted_people_are_posted_is_not_part_of_the_label() {
    // 驻站, 驻村, 入驻 after the counted thing open its predicate
    let got = [
        labels(
            "广东省社会工作\n全省4万名社会工作者驻站开展服务。\n",
            &[(40000.0, "名")],
        ),
        labels(
            "贵州省铜仁市基层治理\n全市1200名机关干部驻村帮扶。\n",
            &[(1200.0, "名")],
        ),
        labels(
            "四川省成都市社会组织\n孵化基地已有30家社会组织入驻。\n",
            &[(30.0, "家")],
        ),
    ];
    assert_eq!(
        got,
        [vec!["社会工作者"], vec!["机关干部"], vec!["社会组织"]]
    );
}

#[test]
fn a_parenthesis_closed_before_the_figure_stays_in_the_label() {
    // an alias or an inclusion in brackets after the counted noun is part of its name, never
    // glued to it (服务站点驿站)
    let got = [
        labels(
            "河北省邯郸市新就业群体\n今年以来,全市新建户外劳动者服务站点(驿站)86个。\n",
            &[(86.0, "个")],
        ),
        labels(
            "河北省沧州市社会工作\n全市持证社会工作者(含助理社会工作师)达到3600人。\n",
            &[(3600.0, "人")],
        ),
        labels(
            "河北省衡水市志愿服务\n全市有志愿服务队伍(团体)1260支,志愿者12.5万名。\n",
            &[(1260.0, "支")],
        ),
    ];
    assert_eq!(
        got,
        [
            vec!["户外劳动者服务站点(驿站)"],
            vec!["持证社会工作者(含助理社会工作师)"],
            vec!["志愿服务队伍(团体)"],
        ]
    );
}

#[test]
fn a_share_whose_part_follows_a_copula_is_that_parts_share_of_the_whole() {
    // A中(有)N%为B / A中N%是B / 其中N成为B: B's share of A, never A joined to the copula
    let got = [
        labels(
            "浙江省杭州市志愿服务\n截至昨日,报名的赛会志愿者中有近65%为在校大学生。\n",
            &[(65.0, "%")],
        ),
        labels(
            "湖北省宜昌市社会工作\n全市持证社会工作者中约38%是社区工作者,其中七成为女性。\n",
            &[(38.0, "%"), (7.0, "成")],
        ),
        labels(
            "福建省泉州市志愿服务\n新招募的志愿者中,52%为党员。\n",
            &[(52.0, "%")],
        ),
    ];
    assert_eq!(
        got,
        [
            vec!["报名的赛会志愿者中在校大学生占比"],
            vec!["持证社会工作者中社区工作者占比", "女性占比"],
            vec!["党员占比"],
        ]
    );
}

#[test]
fn a_copula_before_the_figure_or_after_a_count_leaves_the_label_alone() {
    // 为 before a share names no part after it (满意率为98%), and a count (not a share unit)
    // followed by 为 keeps its noun
    let got = [
        labels(
            "江苏省苏州市志愿服务\n全市志愿服务项目群众满意率为98%。\n",
            &[(98.0, "%")],
        ),
        labels(
            "江苏省南通市社会工作\n全市新增社工站32个,为群众提供服务。\n",
            &[(32.0, "个")],
        ),
    ];
    assert_eq!(got, [vec!["志愿服务项目群众满意率"], vec!["新增社工站"]]);
}

#[test]
fn a_verb_of_having_before_a_qualification_is_left_out_of_the_label() {
    // 具有/具备 + 学历, 职称, 资格: tables name the people without the verb; a clause closed by 的
    // already reads as a noun phrase and stays
    let got = [
        labels(
            "湖南省党内统计\n全年发展具有大专及以上学历党员3.1万名。\n",
            &[(31000.0, "名")],
        ),
        labels(
            "四川省社会工作\n全省具备中级职称社会工作者2600人。\n",
            &[(2600.0, "人")],
        ),
        labels(
            "广东省社会工作\n全省具有社会工作者职业资格的人员达8.2万人。\n",
            &[(82000.0, "人")],
        ),
        labels(
            "云南省志愿服务\n全省具有鲜明特色的志愿服务品牌项目120个。\n",
            &[(120.0, "个")],
        ),
    ];
    assert_eq!(
        got,
        [
            vec!["发展大专及以上学历党员"],
            vec!["中级职称社会工作者"],
            vec!["具有社会工作者职业资格的人员"],
            vec!["具有鲜明特色的志愿服务品牌项目"],
        ]
    );
}
