//! Metric wordings of the thirteenth catalog round, on short articles written for these tests: a
//! facility named after its figure and followed by a predicate that says it stands built, in use
//! or covering its area (社工站已实现全覆盖, 驿站建成投入使用) is still the place's stock; the
//! non-public firms' party organisations are also reported by how they were set up (单独建立,
//! 单独组建, 中已建立); visits of care (慰问活动) are the activities of the remit whose workers
//! they visit.

use crate::support::article;

use article::{facts_of, metric};

#[test]
fn a_facility_that_stands_built_or_covers_its_area_is_the_stock() {
    let facts = facts_of(
        "shegongzhan.txt",
        "青川县社工站建设综述\n\
         2024年5月10日,青川县民政局介绍,经过大半年的探索,全县15个乡镇(街道)社工站已实现全覆盖。\
         河西县16个乡镇(街道)社工站已建成,东城县17个乡镇(街道)社工站已投入使用。\n",
    );
    for value in [15.0, 16.0, 17.0] {
        assert_eq!(
            metric(&facts, value, "个").as_deref(),
            Some("social_workers.stations"),
            "{value}"
        );
    }
}

#[test]
fn rest_stations_counted_in_places_keep_their_row() {
    let facts = facts_of(
        "yizhan.txt",
        "青川市新就业群体服务阵地建设\n\
         2024年6月30日,青川市委社会工作部介绍,河西区户外劳动者服务站点已建成35处,\
         东城区现有42处骑手驿站已投入使用,南城区28处骑手驿站建成投入使用,\
         为快递员、外卖员提供歇脚休息服务。\n",
    );
    for value in [35.0, 42.0, 28.0] {
        assert_eq!(
            metric(&facts, value, "处").as_deref(),
            Some("new_employment.service_stations"),
            "{value}"
        );
    }
}

#[test]
fn non_public_firms_party_organisations_by_how_they_were_set_up() {
    let facts = facts_of(
        "feigong.txt",
        "青川市两新组织党建工作综述\n\
         2024年6月30日,青川市委社会工作部介绍,截至目前,全市纳入台账管理的非公有制企业共4700家,\
         单独建立党组织1226个。河西区非公企业单独组建党组织318个。\
         东城区非公有制企业中已建立党组织的有201个。南城区今年新建党组织45个。\n",
    );
    for value in [1226.0, 318.0, 201.0] {
        assert_eq!(
            metric(&facts, value, "个").as_deref(),
            Some("party.non_public_orgs"),
            "{value}"
        );
    }
    // what a year set up is the new ones' row
    assert_eq!(
        metric(&facts, 45.0, "个").as_deref(),
        Some("party.orgs_established")
    );
}

#[test]
fn visits_of_care_to_new_employment_workers_are_their_activities() {
    let facts = facts_of(
        "weiwen.txt",
        "青川市关爱新就业群体工作综述\n\
         2024年6月30日,青川市委社会工作部介绍,今年以来全市依托暖新驿站开展新就业群体慰问活动120场,\
         河西区为快递员、外卖员开展走访慰问活动45场次,东城区开展各种形式的慰问活动31场次,惠及骑手2000余人。\n",
    );
    for (value, unit) in [(120.0, "场"), (45.0, "场次"), (31.0, "场次")] {
        assert_eq!(
            metric(&facts, value, unit).as_deref(),
            Some("new_employment.activities"),
            "{value}"
        );
    }
}
