//! A stock told as built up (设立, 组建, 嵌入) states how things stand, not when: like 建成 and
//! 共有 it takes no month of the article, but keeps a date its sentence or paragraph gives
//! (devcorpus/README.md, `as_of`, rule 3). Articles written for these tests in the way district
//! papers and departments' sites write.

use crate::support::article;

use article::find;

fn as_of(facts: &[jianbao_facts::Fact], value: f64, unit: &str) -> Option<String> {
    find(facts, value, unit).as_of.clone()
}

/// Three wordings of a stock built up, on a dated page: none takes the page's month.
#[test]
fn a_stock_built_up_takes_no_month() {
    let facts = article::facts_of(
        "built.txt",
        "柳溪区织密基层服务网络\n发布时间:2025-08-14 09:30\n\
         柳溪区在各镇街设立社会工作服务站15个,打通服务群众“最后一米”。\n\
         区委社会工作部统筹各方力量,组建新时代文明实践志愿服务队46支。\n\
         依托商务楼宇和产业园区,在企业集中区域嵌入党群服务站点32个。\n",
    );
    for (value, unit) in [(15.0, "个"), (46.0, "支"), (32.0, "个")] {
        assert_eq!(as_of(&facts, value, unit), None, "{value}{unit}");
    }
}

/// A stock built up under a date keeps it: a year in its sentence, a 今年以来 opening its
/// paragraph.
#[test]
fn a_stock_built_up_keeps_its_own_date() {
    let facts = article::facts_of(
        "built_dated.txt",
        "柳溪区织密基层服务网络\n发布时间:2025-08-14 09:30\n\
         2024年,柳溪区在各镇街设立社会工作服务站15个。\n\
         今年以来,柳溪区持续推进志愿服务。区委社会工作部组建志愿服务队46支。\n",
    );
    assert_eq!(as_of(&facts, 15.0, "个").as_deref(), Some("2024"));
    assert_eq!(as_of(&facts, 46.0, "支").as_deref(), Some("2025"));
}

/// The people who make up a team formed at an event (组建了以6名持证社工为核心、10名志愿者为辅助的
/// 服务队) are the event's, dated to the article's month: the 以……为 frame describes the team, it
/// does not count a stock.
#[test]
fn a_teams_make_up_at_an_event_keeps_the_month() {
    let facts = article::facts_of(
        "team.txt",
        "桂园社区关爱新就业群体\n发布时间:2025-08-14 09:30\n\
         为解决快递员、外卖员的急难愁盼问题,桂园社区组建了以6名持证社工为核心、10名志愿者为辅助的服务队伍。\n",
    );
    for (value, unit) in [(6.0, "名"), (10.0, "名")] {
        assert_eq!(
            as_of(&facts, value, unit).as_deref(),
            Some("2025-08"),
            "{value}{unit}"
        );
    }
}
