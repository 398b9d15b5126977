//! Place phenomena of this round's county pages, one article per wording (written for these
//! tests), each extracted as a new user would.

use jianbao_facts::Fact;

use crate::support::article;

use article::find;

/// The facts of `text` as one article file.
fn facts_of(text: &str) -> Vec<Fact> {
    article::facts_of("article.txt", text)
}

/// A county paper's page names an autonomous county by the part before its ethnic groups (长阳
/// for 长阳土家族自治县, 孟村 for 孟村回族自治县, 莫力达瓦 for 莫力达瓦达斡尔族自治旗): where no
/// other place is named, that short form gives the page its province, and its figures the
/// county (the short form is held only where it is no other word or place).
#[test]
fn an_autonomous_countys_short_form_gives_the_province() {
    let pages = [
        ("长阳", "湖北", "长阳土家族自治县"),
        ("峨边", "四川", "峨边彝族自治县"),
        ("莫力达瓦", "内蒙古", "莫力达瓦达斡尔族自治旗"),
    ];
    for (county, province, name) in pages {
        let text = format!(
            "{county}\n\n本报讯 近日,{county}新时代文明实践志愿服务队召开年度总结会。\
             据介绍,今年以来,{county}共组建志愿服务队伍42支,开展志愿服务活动380余场次。"
        );
        let facts = facts_of(&text);
        let fact = find(&facts, 42.0, "支");
        assert_eq!(fact.province, province, "{county}: {fact:#?}");
        assert!(fact.place.ends_with(name), "{county}: {fact:#?}");
    }
}

/// A short form another place shares (大通: 大通区 of Anhui and 大通回族土族自治县 of Qinghai)
/// or that is an ordinary word (互助, 通道) names no county and gives no province.
#[test]
fn an_ambiguous_or_ordinary_short_form_gives_no_province() {
    for (word, province) in [("大通", "青海"), ("互助", "青海"), ("通道", "湖南")] {
        let text = format!(
            "{word}服务见成效\n\n本报讯 近日,{word}志愿服务队召开年度总结会。\
             据介绍,今年以来,共组建志愿服务队伍42支,开展志愿服务活动380余场次。"
        );
        let facts = facts_of(&text);
        let fact = find(&facts, 42.0, "支");
        assert_ne!(fact.province, province, "{word}: {fact:#?}");
    }
}

/// A local outlet's dateline (某市新闻网讯, 某县日报讯, 某县发布讯) or a county paper's masthead
/// (今日某县, alone on its line) gives the province of a page whose body names no place.
#[test]
fn a_local_outlets_dateline_or_masthead_gives_the_province() {
    let pages = [
        ("义乌新闻网讯(记者 王某)", "浙江"),
        ("今日昆山 数字报\n\n本报讯(记者 王某)", "江苏"),
        ("晋江发布讯", "福建"),
    ];
    for (furniture, province) in pages {
        let text = format!(
            "{furniture}近日,街道“红马甲”志愿服务队召开年度总结会。据介绍,服务队现有队员86名,\
             今年以来开展志愿服务活动120余场次。"
        );
        let facts = facts_of(&text);
        let fact = find(&facts, 86.0, "名");
        assert_eq!(fact.province, province, "{furniture}: {fact:#?}");
    }
}

/// A national outlet's dateline (人民网讯, 新华网讯) names no place and gives no province.
#[test]
fn a_national_outlets_dateline_gives_no_province() {
    for furniture in ["人民网讯(记者 王某)", "新华网讯(记者 王某)"] {
        let text = format!(
            "{furniture}近日,街道“红马甲”志愿服务队召开年度总结会。据介绍,服务队现有队员86名,\
             今年以来开展志愿服务活动120余场次。"
        );
        let facts = facts_of(&text);
        let fact = find(&facts, 86.0, "名");
        assert_eq!(fact.province, "", "{furniture}: {fact:#?}");
    }
}

/// A local outlet's dateline (某市新闻网讯, 某市日报讯, 某市晚报讯) places a city's bulletin whose
/// body names the city nowhere (市信访局, 市民): the weakest cue, after the first sentence and
/// the headline; a figure whose clause names another place keeps that place.
#[test]
fn a_local_outlets_dateline_places_the_article() {
    let datelines = [
        "义乌新闻网讯(记者 王某)",
        "义乌日报讯(通讯员 李某)",
        "义乌晚报讯(记者 赵某)",
    ];
    for dateline in datelines {
        let text = format!(
            "上周信访工作情况通报\n\n{dateline}记者从市信访局了解到,上周共受理群众来信来访86件。\n\n\
             其中,反映物业管理问题的有32件。另外,上周全市新增注册志愿者120名。"
        );
        let facts = facts_of(&text);
        for (value, unit) in [(32.0, "件"), (120.0, "名")] {
            let fact = find(&facts, value, unit);
            assert_eq!(fact.province, "浙江", "{dateline}: {fact:#?}");
            assert!(fact.place.ends_with("义乌市"), "{dateline}: {fact:#?}");
        }
    }
}
