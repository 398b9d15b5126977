//! Place phenomena of round place22: an autonomous prefecture written short (凉山州, 黔东南州,
//! 阿坝州九寨沟县) is that prefecture, and an organisation named by its level word alone (省慈善
//! 总会, 市志愿者协会, 区慈善总会) that leads a figure's clause is that level's place's own. Short
//! articles written for these tests, each extracted as a new user would.

use jianbao_facts::Level;

use crate::support::article;

use article::{facts_of, find};

/// An autonomous prefecture's page that names it only as its own papers do (three wordings: a
/// Sichuan, a Guizhou and a Yunnan prefecture, one with 全州 after it) is at that prefecture.
#[test]
fn an_autonomous_prefecture_written_short_is_the_prefecture() {
    let pages = [
        (
            "四川",
            "凉山彝族自治州",
            "支",
            "志愿服务工作简报\n\n近年来,凉山州志愿服务蓬勃发展。截至2023年底,凉山州共有注册志愿者\
             26万名,志愿服务队伍1800支。\n",
        ),
        (
            "贵州",
            "黔东南苗族侗族自治州",
            "个",
            "黔东南州新就业群体服务工作综述\n\n今年以来,黔东南州持续推进新就业群体服务。全州建成\
             骑手驿站1800个,服务新就业群体26万人次。\n",
        ),
        (
            "云南",
            "红河哈尼族彝族自治州",
            "名",
            "记者从红河州委社会工作部获悉,截至目前,红河州共有社会工作者1800名,注册志愿者26万名。\n",
        ),
    ];
    for (province, prefecture, unit, text) in pages {
        let facts = facts_of("prefecture.txt", text);
        let fact = find(&facts, 1800.0, unit);
        assert_eq!(fact.province, province, "{prefecture}: {fact:#?}");
        assert_eq!(fact.place, prefecture, "{prefecture}: {fact:#?}");
        assert_eq!(fact.level, Level::City, "{prefecture}: {fact:#?}");
    }
}

/// A county written after its prefecture's short name is that county, not a county whose name
/// the short name begins (阿坝州九寨沟县 is 九寨沟县, not 阿坝县).
#[test]
fn a_county_after_its_prefecture_written_short_is_that_county() {
    let text = "近日,阿坝州九寨沟县召开志愿服务工作会议。今年以来,九寨沟县累计开展志愿服务活动\
                860场,注册志愿者1.2万人。\n";
    let facts = facts_of("county.txt", text);
    let fact = find(&facts, 860.0, "场");
    assert_eq!(fact.province, "四川", "{fact:#?}");
    assert!(fact.place.ends_with("九寨沟县"), "{fact:#?}");
}

/// Negative: 巴州区 (a district of 巴中市) keeps its district; 巴州, 博州 and 克州 are no aliases.
#[test]
fn a_district_called_like_a_short_prefecture_stays() {
    let text = "近日,巴中市巴州区召开志愿服务工作会议。今年以来,巴州区累计开展志愿服务活动860场,\
                注册志愿者1.2万人。\n";
    let facts = facts_of("bazhou.txt", text);
    let fact = find(&facts, 860.0, "场");
    assert_eq!(fact.province, "四川", "{fact:#?}");
    assert_eq!(fact.place, "巴中市巴州区", "{fact:#?}");
}

/// An organisation named by its level word alone that opens a clause is its level's place's
/// own, not a county or city named earlier (three wordings: a province's charity federation after
/// a county's disaster, a province's volunteer team after 据了解 in a city's story, a district's
/// charity federation after a town named in the lead).
#[test]
fn an_organisation_named_by_its_level_word_is_its_levels() {
    let pages = [
        (
            "四川省",
            "志愿者驰援灾区\n\n8月8日,阿坝州九寨沟县发生地震。截至8月11日,省慈善总会共组织救灾志愿者\
             860名,接收社会爱心捐赠款300万元。\n",
        ),
        (
            "陕西省",
            "本报讯 7月26日,由西安市军休中心和省慈善协会志愿者服务队发起的共建点在西安蓝天小区设立。\
             据了解,省慈善协会志愿者服务队自2010年成立以来,已发展志愿者860多人,开展志愿服务三万多小时。\n",
        ),
        (
            "杭州市上城区",
            "近日,杭州市上城区紫阳街道举行志愿服务项目推介会。区志愿者协会当天认领志愿服务项目8个,\
             已累计组织志愿者860名参与项目服务。\n",
        ),
    ];
    for (place, text) in pages {
        let facts = facts_of("level_org.txt", text);
        let fact = find(
            &facts,
            860.0,
            if text.contains("860名") {
                "名"
            } else {
                "人"
            },
        );
        assert_eq!(fact.place, place, "{fact:#?}");
    }
}

/// The figures after such an organisation's sentence (其中……) stay its own, as its story goes on
/// about it.
#[test]
fn the_organisations_story_goes_on_after_it() {
    let text = "志愿者驰援灾区\n\n8月8日,阿坝州九寨沟县发生地震。截至8月11日,省慈善总会共接收社会\
                爱心捐赠款2088万元。其中,爱心企业捐赠1000万元,个人捐赠300万元,组织志愿者860名。\n";
    let facts = facts_of("level_org_after.txt", text);
    for (value, unit) in [(10_000_000.0, "元"), (860.0, "名")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.place, "四川省", "{fact:#?}");
    }
}

/// Negatives: a level word inside a clause (在市人民医院……, 由省慈善协会……发起) and one that
/// begins another word (市民志愿服务队) name no organisation of that level as a subject: the
/// figures keep the district they had.
#[test]
fn a_level_word_that_is_no_subject_moves_nothing() {
    let pages = [
        "近日,西安市雁塔区在市人民医院门诊大厅等10个点位设立人民建议征集箱。今年以来,雁塔区共收到\
         人民建议860条。\n",
        "近日,由省慈善协会发起的志愿服务活动在西安市雁塔区举行。雁塔区组织志愿者860名参与服务。\n",
        "近日,西安市雁塔区召开志愿服务工作会议。市民志愿服务队组织志愿者860名参与社区服务。\n",
    ];
    for text in pages {
        let facts = facts_of("not_level_org.txt", text);
        let fact = facts
            .iter()
            .find(|f| f.value == 860.0)
            .unwrap_or_else(|| panic!("no 860: {facts:#?}"));
        assert_eq!(fact.place, "西安市雁塔区", "{text}: {fact:#?}");
    }
}

/// A page that names no place at all is the country's when it speaks of the country anywhere,
/// in a scope too (three wordings: 在全国拥有, 我国……机构, and 在全国 after a quote-led opening).
#[test]
fn a_placeless_page_that_speaks_of_the_country_is_national() {
    let pages = [
        "救援队志愿者践行雷锋精神\n\n“帮助别人,快乐自己。”救援队队长说。\n这支救援队是民间公益救援\
         机构,他们的队伍在全国拥有418支,志愿者达20万人。\n",
        "救援队志愿者践行雷锋精神\n\n“帮助别人,快乐自己。”救援队队长说。\n这支救援队是我国民间公益\
         救援机构,现有队伍418支,志愿者达20万人。\n",
        "救援队志愿者践行雷锋精神\n\n“哪里有危险,哪里就有我们。”队员们说。\n“帮助别人,快乐自己。”\
         救援队队长说。\n如今,救援队在全国建立418支队伍,志愿者达20万人。\n",
    ];
    for text in pages {
        let facts = facts_of("placeless.txt", text);
        let fact = find(&facts, 200_000.0, "人");
        assert_eq!(fact.province, "全国", "{text}: {fact:#?}");
        assert_eq!(fact.place, "全国", "{text}: {fact:#?}");
    }
}

/// Negatives: a page that names its place keeps it though it says 在全国, and a share of the
/// national total (占全国) names no country on a placeless page.
#[test]
fn a_named_place_or_a_share_of_the_country_stays() {
    let text =
        "救援队志愿者践行雷锋精神\n\n“帮助别人,快乐自己。”救援队队长说。\n这支救援队是杭州市上城区\
                的民间公益救援机构,他们的队伍在全国拥有418支,志愿者达20万人。\n";
    let facts = facts_of("named.txt", text);
    let fact = find(&facts, 200_000.0, "人");
    assert_eq!(fact.place, "杭州市上城区", "{fact:#?}");
    let text =
        "救援队志愿者践行雷锋精神\n\n“帮助别人,快乐自己。”救援队队长说。\n这支救援队是民间公益救援\
                机构,现有队伍418支,志愿者达20万人,占全国救援志愿者的一成。\n";
    let facts = facts_of("share.txt", text);
    let fact = find(&facts, 200_000.0, "人");
    assert_eq!(fact.province, "", "{fact:#?}");
}
