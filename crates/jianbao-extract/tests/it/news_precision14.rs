//! Which numbers are figures (precision14): the eligibility thresholds of social assistance and
//! their rises, the bounds of a condition, the term of a traineeship or a post, a minimum of
//! activities a rule sets per period, and lamps counted in 盏. One short article per wording
//! (written for these tests), each extracted as a new user would; each keeps a stock of the remit
//! beside the non-figure, so a page that gave nothing would fail too.

use jianbao_facts::Fact;

use crate::support::article;

use article::{assert_none, find, has};

fn facts_of(text: &str) -> Vec<Fact> {
    article::facts_of("article.txt", text)
}

/// A city's civil-affairs news with `sentence` in its body and two stocks of the remit after it.
fn city_news(sentence: &str) -> Vec<Fact> {
    facts_of(&format!(
        "民政社会工作推进会召开\n\n2024年7月,洛阳市民政局、市委社会工作部召开社会救助和社会工作推进会。{sentence}目前,全市建成乡镇(街道)社工站86个,注册志愿者41.5万名。"
    ))
}

fn has_stocks(facts: &[Fact]) {
    let _ = find(facts, 86.0, "个");
    let _ = find(facts, 415_000.0, "名");
}

/// The income line of 低保 or 特困 support, and its rise, is a threshold the government sets, not
/// money spent; what was paid out stays a figure.
#[test]
fn assistance_standards_are_thresholds() {
    for (sentence, absent) in [
        (
            "会议通报,全市城市低保标准由每人每年9000元提高到9600元。",
            vec![(9000.0, "元"), (9600.0, "元")],
        ),
        (
            "城乡最低生活保障标准分别提高到每人每月820元和650元。",
            vec![(820.0, "元"), (650.0, "元")],
        ),
        (
            "特困人员基本生活标准同步上调,农村低保标准每人每月提高50元,增幅6.5%。",
            vec![(50.0, "元"), (6.5, "%")],
        ),
    ] {
        let facts = city_news(sentence);
        has_stocks(&facts);
        assert_none(&facts, &absent);
    }
    // amounts paid and people covered under the standard stay figures
    let facts = city_news("提高低保标准后,全年累计发放低保金2.3亿元,保障低保对象3.6万人。");
    has_stocks(&facts);
    let _ = find(&facts, 230_000_000.0, "元");
    let _ = find(&facts, 36_000.0, "人");
}

/// A bound picking out whom a condition applies to, or the circumstance the work was done in.
#[test]
fn bounds_of_a_condition_are_no_figures() {
    for (sentence, absent) in [
        (
            "对在岗不足6个月的社区工作者暂不发放绩效补贴。",
            vec![(6.0, "个月")],
        ),
        ("报名人数不满8人的见习岗位将予以取消。", vec![(8.0, "人")]),
        (
            "在机构组建未满5个月、专职人员不到7人的情况下,完成了全市社工站摸底。",
            vec![(5.0, "个月"), (7.0, "人")],
        ),
    ] {
        let facts = city_news(sentence);
        has_stocks(&facts);
        assert_none(&facts, &absent);
    }
    // a shortfall reported as such stays a figure
    let facts = city_news("全市社区专职社工不足1200人,缺口较大。");
    assert!(has(&facts, 1200.0, "人"), "{facts:#?}");
}

/// The term of a traineeship, a post or a programme is a period it sets.
#[test]
fn terms_of_a_scheme_are_periods() {
    for (sentence, absent, kept) in [
        (
            "面向高校毕业生招募社工见习人员40名,见习期为6个月。",
            (6.0, "个月"),
            (40.0, "名"),
        ),
        (
            "首批选聘社区专职工作者120名,服务期限:36个月。",
            (36.0, "个月"),
            (120.0, "名"),
        ),
        (
            "组织25名青年社工开展为期3个月的岗位实训。",
            (3.0, "个月"),
            (25.0, "名"),
        ),
    ] {
        let facts = city_news(sentence);
        has_stocks(&facts);
        assert_none(&facts, &[absent]);
        let _ = find(&facts, kept.0, kept.1);
    }
}

/// A minimum of activities a rule sets per period is a norm; a count reported stays a figure.
#[test]
fn minimums_per_period_are_norms() {
    for (sentence, absent) in [
        ("要求各社工站每月至少开展2次小组活动。", (2.0, "次")),
        (
            "各村(社区)志愿服务队每季度不少于组织3场志愿服务。",
            (3.0, "场"),
        ),
        ("党员志愿者每周最少参与服务4小时。", (4.0, "小时")),
    ] {
        let facts = city_news(sentence);
        has_stocks(&facts);
        assert_none(&facts, &[absent]);
    }
    let facts = city_news("今年以来,各社工站开展小组活动320次。");
    let _ = find(&facts, 320.0, "次");
}

/// Lamps and lights a campaign installs are counted in 盏.
#[test]
fn lamps_are_counted_in_zhan() {
    for sentence in [
        "志愿者在12个村安装太阳能路灯320盏。",
        "共为老旧小区更换楼道灯320盏,照亮居民回家路。",
        "党员志愿服务队点亮“微心愿”路灯320盏。",
    ] {
        let facts = city_news(sentence);
        has_stocks(&facts);
        let _ = find(&facts, 320.0, "盏");
    }
}

/// Pairs and sets handed out in care and New Year activities are counted in 副.
#[test]
fn pairs_and_sets_are_counted_in_fu() {
    for sentence in [
        "志愿者为环卫工人送去防寒手套240副。",
        "社区书法志愿者现场书写春联240副,送到独居老人家中。",
        "驿站为快递小哥准备护膝240副、暖宝宝500片。",
    ] {
        let facts = city_news(sentence);
        has_stocks(&facts);
        let _ = find(&facts, 240.0, "副");
    }
}

/// A charity federation's appeal names no social-work word (社会工作, 志愿, 社区 …) but is of the
/// remit's family: its takings are read, as the federation's own figures, charity money `other`.
#[test]
fn a_charity_appeal_is_on_topic() {
    for (text, value) in [
        (
            "湖州市慈善总会发起抗洪救灾募捐\n\n8月5日,湖州市慈善总会向社会各界发出募捐倡议。截至8月9日,湖州市慈善总会共接收救灾善款386.5万元,其中企业捐赠210万元。善款将全部用于灾区群众救助。",
            3_865_000.0,
        ),
        (
            "爱心汇聚 共渡难关\n\n地震发生后,宜宾市慈善会开通捐赠通道,社会各界踊跃捐款。截至目前,宜宾市慈善会已募集善款386.5万元,首批善款已拨付灾区。",
            3_865_000.0,
        ),
        (
            "一方有难 八方支援\n\n连日来,岳阳市慈善总会持续开展慈善募捐,共募集救灾款物价值386.5万元,慈善总会将按照捐赠人意愿及时拨付。",
            3_865_000.0,
        ),
    ] {
        let facts = facts_of(text);
        let f = find(&facts, value, "元");
        assert_eq!(f.theme, jianbao_facts::Theme::Other, "{f:#?}");
    }
}
