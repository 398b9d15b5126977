//! Pages and clauses whose figures were lost (recall14): a charity page that writes 慈善 again and
//! again and the remit's own words once or never (a charity federation's year of giving, a
//! community charity fund, a charity association's winter relief), and a tally written as prose,
//! where the counted thing stands as a clause of its own and the figure's clause holds only a
//! total word (一是……类诉求,共329件; 开展……活动,共计120场). One short article per wording
//! (written for these tests), each extracted as a new user would.

use jianbao_facts::{Fact, Level};

use crate::support::article;

use article::{find, has};

fn facts_of(text: &str) -> Vec<Fact> {
    article::facts_of("article.txt", text)
}

/// A charity page is on topic: its figures are read (the money raised and handed out, the
/// relief's takers), though it never names 志愿, 社会组织 or 社会工作 often enough.
#[test]
fn a_charity_page_gives_its_figures() {
    for (text, value, unit) in [
        (
            "芜湖市慈善总会公布去年善款收支\n本报讯 3月2日,记者从芜湖市慈善总会获悉,2023年该总会全年募集善款1260万元,其中企业捐赠930万元。慈善总会负责人表示,将继续做好慈善事业。",
            12_600_000.0,
            "元",
        ),
        (
            "社区慈善基金助力老旧小区改造\n2022年5月,广州市海珠区南洲街获得区慈善会资助的社区慈善基金,首期募集善款12万元。基金资助了8个微改造项目,社区慈善项目惠及居民3000余人。",
            120_000.0,
            "元",
        ),
        (
            "县慈善协会开展冬季送温暖\n1月10日,常德市石门县慈善协会联合爱心企业开展冬季慈善救助,发放慰问金18万元。县慈善协会今年已募捐款物价值52万元,慈善救助覆盖全县。",
            180_000.0,
            "元",
        ),
    ] {
        let facts = facts_of(text);
        let _ = find(&facts, value, unit);
    }
}

/// A charity federation named with its place, then pointed back to (该市慈善总会, 该总会), tells
/// its own figures: level org.
#[test]
fn a_charity_federation_pointed_back_to_tells_its_own_figures() {
    for sentence in [
        "该市慈善总会通过助学、助医等项目共发放善款980万元。",
        "该市慈善总会全年发放善款980万元。",
        "去年,该市慈善总会累计发放善款980万元。",
    ] {
        let text = format!(
            "芜湖市慈善总会公布去年善款收支\n本报讯 记者从芜湖市慈善总会获悉,该总会全年募集善款1260万元,慈善项目惠及困难群众。{sentence}慈善总会负责人表示,将继续做好慈善事业。"
        );
        let facts = facts_of(&text);
        assert_eq!(
            find(&facts, 9_800_000.0, "元").level,
            Level::Org,
            "{sentence}"
        );
    }
}

/// A figure whose clause is only a total word (共, 共计, 合计, 累计) counts what the clause before
/// it names: its label is that clause, an enumerator (一是) left out.
#[test]
fn a_total_after_a_comma_counts_the_clause_before() {
    for (sentence, value, unit, label) in [
        (
            "区12345热线受理的诉求集中在两类:一是物业类诉求,共329件;二是噪音类投诉,合计45件。",
            329.0,
            "件",
            "物业类诉求",
        ),
        (
            "区12345热线受理的诉求集中在两类:一是物业类诉求,共329件;二是噪音类投诉,合计45件。",
            45.0,
            "件",
            "噪音类投诉",
        ),
        (
            "今年以来,全区开展志愿服务活动,共计120场。",
            120.0,
            "场",
            "志愿服务活动",
        ),
        (
            "截至目前,全区持证社会工作者,累计1200人。",
            1200.0,
            "人",
            "持证社会工作者",
        ),
    ] {
        let text = format!(
            "锦江区社会工作和志愿服务推进会召开\n\n近日,成都市锦江区委社会工作部召开推进会。{sentence}目前,全区建成志愿服务站210个。"
        );
        let facts = facts_of(&text);
        assert_eq!(find(&facts, value, unit).label, label, "{sentence}");
    }
}

/// The clause before keeps its catalog metric across the comma (全区持证社会工作者,共1200人 is the
/// certified social workers' stock).
#[test]
fn a_total_after_a_comma_keeps_the_metric_of_the_clause_before() {
    for (sentence, value, unit, metric) in [
        (
            "全区持证社会工作者,共1200人。",
            1200.0,
            "人",
            "social_workers.certified",
        ),
        (
            "全区开展志愿服务活动,共120场。",
            120.0,
            "场",
            "volunteers.activities",
        ),
        (
            "二是培育社区社会组织,共计86家。",
            86.0,
            "家",
            "social_organizations.community",
        ),
    ] {
        let text = format!(
            "锦江区社会工作和志愿服务推进会召开\n\n近日,成都市锦江区委社会工作部召开推进会。截至目前,{sentence}"
        );
        let facts = facts_of(&text);
        assert_eq!(
            article::metric(&facts, value, unit).as_deref(),
            Some(metric),
            "{sentence}"
        );
    }
}

/// A total word after a time clause, or after a list, names nothing: no label, no fact.
#[test]
fn a_total_after_a_time_clause_or_a_list_is_not_labelled_by_it() {
    for sentence in [
        "活动期间,共120场。",
        "今年以来,共120场。",
        "走访、慰问、调解,共120场。",
    ] {
        let text = format!(
            "锦江区社会工作和志愿服务推进会召开\n\n近日,成都市锦江区委社会工作部召开推进会。{sentence}目前,全区建成志愿服务站210个。"
        );
        let facts = facts_of(&text);
        assert!(!has(&facts, 120.0, "场"), "{sentence}: {facts:#?}");
    }
}
