//! The scope of an organisation's own figures and of a sector's (the scope8 round): each
//! phenomenon told in three wordings that official and news texts use for it, in short articles
//! written for this test, extracted as a new user would (one file, no manifest).

use jianbao_facts::{Fact, Level};

#[path = "support/article.rs"]
mod article;

use article::{facts_of, find};

fn assert_org(facts: &[Fact], value: f64, unit: &str, place: &str) {
    let fact = find(facts, value, unit);
    assert_eq!(fact.level, Level::Org, "{fact:#?}");
    assert!(fact.place.ends_with(place), "{fact:#?}");
}

/// A feature opens in the building, station or centre it is about, written as an address (在位于
/// ……路的X写字楼, 走进……街道的“Y”党群服务站, 在……路口的骑手驿站里): the figures it tells
/// without naming another place are that organisation's (org), at the district it names.
#[test]
fn a_lead_set_at_an_organisations_address() {
    let building = "楼宇党建让“竖起来的社区”更有温度\n\
                    2025-04-10 来源:福州日报\n\
                    在位于鼓楼区五四路的恒力金融中心写字楼,党群服务站每天开放到晚上九点,楼宇党建、志愿服务和新就业群体关爱都在这里开展。\n\
                    楼内已入驻企业120余家,从业人员4000多名,其中党员86名。\n\
                    全区共有重点商务楼宇42幢,楼宇党组织实现全覆盖。\n";
    let facts = facts_of("louyu.txt", building);
    for (value, unit) in [(120.0, "家"), (4000.0, "名"), (86.0, "名")] {
        assert_org(&facts, value, unit, "福州市鼓楼区");
    }
    let district = find(&facts, 42.0, "幢");
    assert_eq!(district.level, Level::District, "{district:#?}");

    let station = "暖心服务留住骑手的脚步\n\
                   2025-06-03 来源:渝北区融媒体中心\n\
                   走进渝北区龙山街道的“红领驿家”党群服务站,骑手们正在休息区喝水充电,党员志愿者为新就业群体送上绿豆汤。\n\
                   今年以来,站里累计接待快递员、外卖骑手6800余人次,开展关爱活动26场。\n";
    let facts = facts_of("yizhan.txt", station);
    for (value, unit) in [(6800.0, "人次"), (26.0, "场")] {
        assert_org(&facts, value, unit, "渝北区龙山街道");
    }

    let corner = "骑手驿站里的夏天\n\
                  2025-07-21 来源:拱墅发布\n\
                  在拱墅区半山街道石祥路口的骑手驿站里,空调、冰柜和充电柜一应俱全,街道党建联盟和志愿者轮流值守,服务新就业群体。\n\
                  开放一年来,共服务户外劳动者1.2万人次,发放防暑物资900余份。\n";
    let facts = facts_of("lukou.txt", corner);
    for (value, unit) in [(12000.0, "人次"), (900.0, "份")] {
        assert_org(&facts, value, unit, "拱墅区半山街道");
    }
}

/// An organisation as the subject of its figure's clause, written by its quoted name (“暖心小屋”
/// 党群驿站虽然只有40平方米), by its kind after a word pointing back with a modifier (该培育中心
/// 目前入驻……), or by its full name with its community (红星社区党群服务中心建筑面积……): the
/// figure is the organisation's own (org), where the article places it.
#[test]
fn an_organisation_named_as_the_subject_of_its_clause() {
    let quoted = "小驿站 大温暖\n\
                  2025-05-12 来源:埇桥区融媒体中心\n\
                  埇桥区北关街道持续推进新就业群体服务阵地建设,党员志愿者常态化开展暖“新”服务。\n\
                  “暖心小屋”党群驿站虽然只有40平方米,却配齐了冰箱、微波炉和药箱,是快递员、外卖骑手歇脚的好去处。\n";
    let facts = facts_of("xiaowu.txt", quoted);
    let station = find(&facts, 40.0, "平方米");
    assert_eq!(station.level, Level::Org, "{station:#?}");

    let incubator = "社会组织有了“孵化器”\n\
                     2025-03-08 来源:芜湖日报\n\
                     日前,鸠江区社会组织培育中心建成投用,由区委社会工作部指导运营,为社区社会组织提供孵化服务。\n\
                     该培育中心目前入驻社会组织15家,提供办公工位40个。\n";
    let facts = facts_of("fuhua.txt", incubator);
    for (value, unit) in [(15.0, "家"), (40.0, "个")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.level, Level::Org, "{fact:#?}");
        assert!(fact.place.ends_with("鸠江区"), "{fact:#?}");
    }

    let centre = "家门口的服务更贴心\n\
                  2025-02-26 来源:梅列区融媒体中心\n\
                  近年来,梅列区列东街道红星社区以党建引领基层治理,着力提升为民服务水平。\n\
                  红星社区党群服务中心建筑面积850平方米,设有功能室9个,志愿服务站常年开放。\n\
                  社区共有居民3200户,注册志愿者410名。\n";
    let facts = facts_of("hongxing.txt", centre);
    for (value, unit) in [(850.0, "平方米"), (9.0, "个")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.level, Level::Org, "{fact:#?}");
        assert!(fact.place.ends_with("红星社区"), "{fact:#?}");
    }
    let community = find(&facts, 3200.0, "户");
    assert_eq!(community.level, Level::Street, "{community:#?}");
}

/// Members counted for a sector of organisations (我区38家行业协会商会共吸纳会员单位, 行业协会
/// 商会现有会员企业, 18家异地商会共有会员企业) are the sector's, at the place that counts them,
/// not one organisation's own members.
#[test]
fn a_sectors_members_are_the_places() {
    let district = "行业协会商会党建工作推进会召开\n\
                    2025-04-18 来源:姑苏区委社会工作部\n\
                    会上通报,区委社会工作部推动行业协会商会党建工作和党组织覆盖,我区38家行业协会商会共吸纳会员单位2300余家。\n";
    let facts = facts_of("guest.txt", district);
    let members = find(&facts, 2300.0, "家");
    assert_eq!(members.level, Level::District, "{members:#?}");

    let city = "绍兴市加强行业协会商会党建\n\
                2025-05-20 来源:绍兴日报\n\
                近年来,绍兴市委社会工作部持续推进行业协会商会党建工作,党组织覆盖率稳步提升。\n\
                目前,行业协会商会现有会员企业1.6万余家。\n";
    let facts = facts_of("shaoxing.txt", city);
    let members = find(&facts, 16000.0, "家");
    assert_eq!(members.level, Level::City, "{members:#?}");

    let chambers = "异地商会凝聚发展合力\n\
                    2025-06-09 来源:赣州日报\n\
                    近年来,赣州市委社会工作部推进异地商会党建工作,异地商会发展迅速,党组织覆盖面不断扩大。\n\
                    18家异地商会共有会员企业960家。\n";
    let facts = facts_of("yidi.txt", chambers);
    let members = find(&facts, 960.0, "家");
    assert_eq!(members.level, Level::City, "{members:#?}");
}
