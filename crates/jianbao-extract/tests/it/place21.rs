//! Place phenomena of round place21: a title of honour that ends in 社区 (全国敬老模范社区, 福建省
//! 诚信社区, 省级诚信社区) is no community's name and its 全国 or province no place, and a
//! development zone written short after its city (芜湖经开区, 合肥市高新区) is the listed zone of
//! that name, and a county named only as the opening of a park's or zone's name (溧陽天目湖旅遊
//! 度假區) still gives the page its province. Short articles written for these tests, each
//! extracted as a new user would.

use jianbao_facts::Level;

use crate::support::article;

use article::{facts_of, find};

/// A street's page listing the titles it won: the figures after the titles stay the street's
/// (three wordings: a quoted national title, a province's title, a scope-opened title without
/// quotes after 荣获).
#[test]
fn a_title_ending_in_community_names_no_community() {
    let pages = [
        "紫阳街道志愿服务工作简报\n\n杭州市上城区紫阳街道位于城区中心。近年来,街道先后获得“全国敬老模范社区”等\
         荣誉称号40多项。今年以来,街道累计开展志愿服务活动860场,注册志愿者1200人。\n",
        "紫阳街道志愿服务工作简报\n\n杭州市上城区紫阳街道位于城区中心。近年来,街道先后获得“浙江省学习型社区”等\
         荣誉称号40多项。今年以来,街道累计开展志愿服务活动860场,注册志愿者1200人。\n",
        "紫阳街道志愿服务工作简报\n\n杭州市上城区紫阳街道位于城区中心。近年来,街道荣获省级诚信社区等荣誉称号\
         40多项。今年以来,街道累计开展志愿服务活动860场,注册志愿者1200人。\n",
    ];
    for text in pages {
        let facts = facts_of("titles.txt", text);
        for (value, unit) in [(40.0, "项"), (860.0, "场"), (1200.0, "人")] {
            let fact = find(&facts, value, unit);
            assert_eq!(fact.province, "浙江", "{fact:#?}");
            assert_eq!(fact.place, "杭州市上城区紫阳街道", "{fact:#?}");
            assert_eq!(fact.level, Level::Street, "{fact:#?}");
        }
    }
}

/// 全国 after 获评 or an opening quote opens the title the subject won, not the country as the
/// place of the count of its honours (two wordings).
#[test]
fn national_after_a_verb_of_honour_is_the_titles() {
    for title in ["获评全国民主法治示范社区", "获得“全国综合减灾示范社区”"]
    {
        let text = format!(
            "东坡社区志愿服务见成效\n\n杭州市上城区东坡社区位于老城中心。近年来,东坡社区先后{title}等荣誉\
             称号20多项。社区现有注册志愿者300名,社会工作者12名。\n"
        );
        let facts = facts_of("national.txt", &text);
        let fact = find(&facts, 20.0, "项");
        assert_eq!(fact.province, "浙江", "{title}: {fact:#?}");
        assert!(fact.place.ends_with("东坡社区"), "{title}: {fact:#?}");
    }
}

/// Negative: a community written after its street, and a national report's 全国, are unchanged.
#[test]
fn a_named_community_and_the_country_stay() {
    let text = "近日,杭州市上城区紫阳街道东坡社区召开志愿服务总结会。今年以来,东坡社区累计开展志愿服务活动\
                860场,注册志愿者300名,社会工作者12名。\n";
    let facts = facts_of("community.txt", text);
    let fact = find(&facts, 860.0, "场");
    assert!(fact.place.ends_with("紫阳街道东坡社区"), "{fact:#?}");
    let text =
        "民政部:全国志愿服务事业发展迅速\n\n记者从民政部获悉,截至去年底,全国共有城乡社区综合服务\
                设施60万个,实名注册志愿者2.3亿人,志愿服务组织135万个,持证社会工作者160万名。\n";
    let facts = facts_of("country.txt", text);
    let fact = find(&facts, 600000.0, "个");
    assert_eq!(fact.place, "全国", "{fact:#?}");
}

/// A zone written short after its city (three wordings: 经开区 after the short name, 高新区
/// after the full name, 经开区 in a headline with 全区 after) is the listed zone.
#[test]
fn a_zone_written_short_is_its_listed_zone() {
    let pages = [
        (
            "芜湖经济技术开发区",
            "今年以来,芜湖经开区累计开展志愿服务活动860场,注册志愿者1.2万人,社会工作者300名。\n",
        ),
        (
            "合肥高新技术产业开发区",
            "今年以来,合肥市高新区累计开展志愿服务活动860场,注册志愿者1.2万人,社会工作者300名。\n",
        ),
        (
            "东营经济技术开发区",
            "东营经开区志愿服务见成效\n\n今年以来,东营经开区组织志愿者走进社区。全区累计开展志愿服务\
             活动860场,注册志愿者1.2万人,社会工作者300名。\n",
        ),
    ];
    for (zone, text) in pages {
        let facts = facts_of("zone.txt", text);
        let fact = find(&facts, 860.0, "场");
        assert!(fact.place.ends_with(zone), "{zone}: {fact:#?}");
        assert_eq!(fact.level, Level::District, "{zone}: {fact:#?}");
    }
}

/// Negative: a city with two zones of the kind (长春高新技术产业开发区 and 长春净月高新技术产业
/// 开发区 both end in 高新技术产业开发区, only the first in 长春 + it) and a zone the list lacks
/// (南京经开区) keep what they had.
#[test]
fn a_zone_the_list_lacks_stays_as_written() {
    let text = "今年以来,南京经开区累计开展志愿服务活动860场,注册志愿者1.2万人,社会工作者300名。\n";
    let facts = facts_of("nanjing.txt", text);
    let fact = find(&facts, 860.0, "场");
    assert_eq!(fact.place, "南京经开区", "{fact:#?}");
    assert_eq!(fact.province, "江苏", "{fact:#?}");
    let text = "今年以来,长春高新区累计开展志愿服务活动860场,注册志愿者1.2万人,社会工作者300名。\n";
    let facts = facts_of("changchun.txt", text);
    let fact = find(&facts, 860.0, "场");
    assert!(fact.place.ends_with("长春高新技术产业开发区"), "{fact:#?}");
}

/// A traditional-character page that names its county only as the opening of a park's, zone's or
/// project's name still has that county's province (three wordings: a resort, a coastal zone, a
/// park after 位於).
#[test]
fn a_short_form_opening_a_sites_name_gives_the_province() {
    let pages = [
        "本報訊 近日,溧陽天目湖旅遊度假區新就業群體黨群服務中心揭牌。今年以來,中心累計開展志願服務活動\
         860場,服務快遞員、外賣騎手1.2萬人次。\n",
        "本報訊 近日,東臺沿海經濟區黨群服務中心揭牌。今年以來,中心累計開展志願服務活動860場,服務快遞員、\
         外賣騎手1.2萬人次。\n",
        "本報訊 近日,位於邳州高新技術產業園區的黨群服務中心揭牌。今年以來,中心累計開展志願服務活動860場,\
         服務快遞員、外賣騎手1.2萬人次。\n",
    ];
    for text in pages {
        let facts = facts_of("site.txt", text);
        let fact = find(&facts, 860.0, "场");
        assert_eq!(fact.province, "江苏", "{fact:#?}");
    }
}

/// Negative: a short form followed by a count (南华三个项目) opens no name, and one inside a
/// longer word (鞍山 in 马鞍山) is no mention: neither gives a province it does not name.
#[test]
fn a_short_form_before_a_count_opens_no_name() {
    let text = "本報訊 近日,南華三個項目黨群服務中心揭牌。今年以來,中心累計開展志願服務活動860場,服務快遞員、\
                外賣騎手1.2萬人次。\n";
    let facts = facts_of("count.txt", text);
    let fact = find(&facts, 860.0, "场");
    assert_eq!(fact.province, "", "{fact:#?}");
    let text = "近日,马鞍山花园社区新就业群体党群服务中心揭牌。今年以来,中心累计开展志愿服务活动860场,服务快递员、\
                外卖骑手1.2万人次。\n";
    let facts = facts_of("maanshan.txt", text);
    let fact = find(&facts, 860.0, "场");
    assert_eq!(fact.province, "安徽", "{fact:#?}");
}
