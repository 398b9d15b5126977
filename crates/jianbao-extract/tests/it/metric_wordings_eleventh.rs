//! Metric wordings of the eleventh catalog round, on short articles written for these tests: a
//! 驿站 named for volunteering (志愿者驿站, 学雷锋驿站) is a volunteer station, not one of the
//! stations for delivery riders and outdoor workers, which keep their own qualifiers (暖新驿站,
//! 骑手驿站, 户外劳动者驿站); a chamber's or association's members (会员企业, 会员单位, 成员单位)
//! are no associations of its kind.

use crate::support::article;

use article::{facts_of, find, metric};

#[test]
fn a_station_named_for_volunteering_is_a_volunteer_station() {
    let facts = facts_of(
        "yizhan.txt",
        "青川市志愿服务阵地建设\n\
         2024年6月，青川市委社会工作部介绍，全市已建成志愿者驿站128个。\
         各县区依托党群服务中心设立学雷锋驿站46个。\
         城区各社区共有志愿驿站35个。\
         同时，全市建成暖新驿站210个、骑手驿站64个、户外劳动者驿站92个。\n",
    );
    for value in [128.0, 46.0, 35.0] {
        let fact = find(&facts, value, "个");
        assert_eq!(
            fact.metric.as_deref(),
            Some("volunteers.stations"),
            "{value}"
        );
        assert_eq!(fact.theme, jianbao_facts::Theme::Volunteers, "{value}");
    }
    // the workers' stations stay the new-employment stations
    for value in [210.0, 64.0, 92.0] {
        assert_eq!(
            metric(&facts, value, "个").as_deref(),
            Some("new_employment.service_stations"),
            "{value}"
        );
    }
}

#[test]
fn an_organisations_members_are_no_organisations_of_its_kind() {
    let facts = facts_of(
        "huiyuan.txt",
        "云州市温商商会党支部揭牌\n\n\
         9月3日,云州市温商商会党支部揭牌成立,市委统战部、市工商联有关负责人出席。\
         该商会共有会员企业86家,有党员12名。\
         同日揭牌的市物流行业协会党支部所在协会现有会员单位132家。\
         全市共有58家商会会员企业参与结对帮扶。\
         据介绍,全市共有行业协会商会1260家。\n",
    );
    for value in [86.0, 132.0, 58.0] {
        assert_eq!(metric(&facts, value, "家"), None, "{value}");
    }
    // the associations themselves keep their row
    assert_eq!(
        metric(&facts, 1260.0, "家").as_deref(),
        Some("social_organizations.associations")
    );
}
