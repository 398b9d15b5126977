//! Norms and standards a text states (what each unit must have, the size a staffing norm is
//! keyed to, a pay standard), ranges written with a dash, and what firms save or their plant can
//! process: none is a fact of the remit (devcorpus/README.md, "What counts as an expected fact":
//! rules and thresholds are not facts), each beside the real figures of the same shape that
//! report what is (每万人拥有持证社工N名, 全市配备社工N名). Short articles written for these
//! tests in the way rules, plans and news word them (data/not-facts-norms.toml).

use jianbao_facts::Fact;

use crate::support::article;

use article::{assert_none, find};

fn facts_of(text: &str) -> Vec<Fact> {
    article::facts_of("article.txt", text)
}

#[test]
fn a_per_unit_bound_is_a_norm_and_a_reported_ratio_is_a_fact() {
    let facts = facts_of(
        "青海省出台社区工作者队伍建设办法\n《办法》明确,社区工作者配备标准为每万城镇常住人口不少于16人,每个社区工作站配备不少于2名专职社工。截至目前,全省共有社区工作者1.1万人,每万人拥有持证社工9名。\n",
    );
    find(&facts, 11_000.0, "人");
    find(&facts, 9.0, "名");
    assert_none(&facts, &[(16.0, "人"), (2.0, "名")]);

    let facts = facts_of(
        "湖南省株洲市社区党群服务阵地建设\n株洲市委社会工作部介绍,按照规划,每个城市社区党群服务中心面积不低于400平方米,每百户居民拥有的服务面积不少于30平方米。目前全市已建成社区党群服务中心326个,注册志愿者15万人。\n",
    );
    find(&facts, 326.0, "个");
    assert_none(&facts, &[(400.0, "平方米"), (30.0, "平方米")]);

    let facts = facts_of(
        "山西省晋中市社工站建设\n晋中市要求每个乡镇(街道)社工站原则上不少于3名社工。全市已建成乡镇(街道)社工站118个,驻站社工354名。\n",
    );
    find(&facts, 118.0, "个");
    find(&facts, 354.0, "名");
    assert_none(&facts, &[(3.0, "名")]);
}

#[test]
fn a_staffing_norm_keyed_to_sizes_is_no_count() {
    let facts = facts_of(
        "甘肃省天水市规范社区居委会人员配备\n天水市出台意见,社区居民委员会原则上按照5至9人配置工作人员:1500户以下配备5人,1500户—2500户配备7人,2500户以上配备9人。目前全市共有城市社区居委会86个。\n",
    );
    find(&facts, 86.0, "个");
    assert_none(
        &facts,
        &[
            (5.0, "人"),
            (7.0, "人"),
            (9.0, "人"),
            (1500.0, "户"),
            (2500.0, "户"),
        ],
    );

    let facts = facts_of(
        "四川省宜宾市社区工作者配备\n宜宾市明确,城市社区按每个社区6名社工的比例配备,3000人以下的社区配备4人。全市已配备社区工作者4800名。\n",
    );
    find(&facts, 4800.0, "名");
    assert_none(&facts, &[(6.0, "名"), (4.0, "人")]);
}

#[test]
fn a_pay_standard_is_a_rule_and_pay_reported_stays() {
    let facts = facts_of(
        "江西省九江市提高社区工作者待遇\n九江市规定,社区工作者月基本工资不低于2600元,正职岗位工资标准为3200元,并以每月3500元为基数缴纳住房公积金。2024年,全市社区工作者平均月收入达4100元,全市共投入社区工作者薪酬保障资金1.2亿元。\n",
    );
    find(&facts, 120_000_000.0, "元");
    assert_none(&facts, &[(2600.0, "元"), (3200.0, "元"), (3500.0, "元")]);
}

#[test]
fn a_range_written_with_a_dash_is_one_figure() {
    let facts = facts_of(
        "广东省佛山市志愿服务品牌培育\n佛山市计划每年培育3—5个志愿服务品牌项目。目前全市共有注册志愿者120万人。\n",
    );
    find(&facts, 1_200_000.0, "人");
    assert_none(&facts, &[(5.0, "个")]);

    let facts = facts_of(
        "浙江省嘉兴市社工站\n嘉兴市将在每个镇街打造2–4个社工服务点,全市已建成镇街社工站72个。\n",
    );
    find(&facts, 72.0, "个");
    assert_none(&facts, &[(4.0, "个")]);
}

#[test]
fn firms_savings_and_plant_are_outside_the_remit() {
    let facts = facts_of(
        "浙江省温州市产业链党建联盟\n温州市组建产业链党建联盟86个,覆盖企业党组织1200余个。联盟通过共享采购渠道为企业节约成本3000余万元,帮助会员企业降低物流费用800万元。\n",
    );
    find(&facts, 86.0, "个");
    find(&facts, 1200.0, "个");
    assert_none(&facts, &[(30_000_000.0, "元"), (8_000_000.0, "元")]);

    let facts = facts_of(
        "江苏省南京市快递行业党建\n南京市快递分拣中心党支部组织党员骨干攻坚,分拣中心日处理能力提升至80万件。全市已建成快递行业党组织56个,发展快递员党员210名。\n",
    );
    find(&facts, 56.0, "个");
    find(&facts, 210.0, "名");
    assert_none(&facts, &[(800_000.0, "件")]);
}
