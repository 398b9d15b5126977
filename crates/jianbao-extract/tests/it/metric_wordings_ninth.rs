//! Metric wordings of the ninth catalog round, on short articles written for these tests, each
//! said in several of the ways reports say it, with the nearest wrong quantity beside it: people
//! who signed up for the social-worker exam (报名参加……考试) are its applicants, not the talent
//! pool and not those who passed; everyone who holds the certificate so far (截至/累计……取得……
//! 证书) is the 持证 total, not one year's passers; 志愿组织 is the short form of 志愿服务组织, not
//! the teams a unit forms.

use crate::support::article;

use article::{facts_of, metric};

#[test]
fn people_who_signed_up_for_the_exam_are_its_applicants() {
    let facts = facts_of(
        "baokao.txt",
        "江川省社会工作者职业水平考试情况\n\
         2024年11月，江川省委社会工作部介绍，今年全省报名参加社会工作者职业水平考试的人数为31200人。\
         河阳市报名参加全国社会工作者职业资格考试的考生达到4150人。\
         据了解，今年报名参加社工职业水平考试的青年有2600人。\
         当年全省通过社会工作者职业水平考试的有9800人。\n",
    );
    for value in [31_200.0, 4150.0, 2600.0] {
        assert_eq!(
            metric(&facts, value, "人").as_deref(),
            Some("social_workers.exam_applicants"),
            "{value}"
        );
    }
    // those who passed the same exam stay that year's passers
    assert_eq!(
        metric(&facts, 9800.0, "人").as_deref(),
        Some("social_workers.exam_passed")
    );
}

#[test]
fn everyone_holding_the_certificate_so_far_is_the_certified_total() {
    let facts = facts_of(
        "chizheng.txt",
        "南屏省社会工作人才队伍建设\n\
         2025年1月，南屏省委社会工作部介绍，截至目前，全省共有31850人取得社会工作者职业资格证书。\
         截至2024年底，云江市累计有5200人取得社会工作者职业水平证书。\
         林州市累计已有2900人取得社会工作者职业资格证书。\
         截至2024年底，全市取得社会工作者职业水平证书的人员达到1.6万人。\
         2024年，全省新增取得社会工作者职业资格证书的有6100人。\n",
    );
    for value in [31_850.0, 5200.0, 2900.0, 16_000.0] {
        assert_eq!(
            metric(&facts, value, "人").as_deref(),
            Some("social_workers.certified"),
            "{value}"
        );
    }
    // one year's new certificates stay that year's passers
    assert_eq!(
        metric(&facts, 6100.0, "人").as_deref(),
        Some("social_workers.exam_passed")
    );
}

#[test]
fn registered_volunteer_organisations_by_their_short_name() {
    let facts = facts_of(
        "zhiyuan_zuzhi.txt",
        "清河市志愿服务发展情况\n\
         2024年12月，清河市委社会工作部介绍，全市注册志愿组织1800余支，注册志愿者超过90万人。\
         桐城县现有志愿组织230个，各村组建志愿服务队412支。\
         全县注册志愿组织达到560个。\n",
    );
    assert_eq!(
        metric(&facts, 1800.0, "支").as_deref(),
        Some("volunteers.organizations")
    );
    for value in [230.0, 560.0] {
        assert_eq!(
            metric(&facts, value, "个").as_deref(),
            Some("volunteers.organizations"),
            "{value}"
        );
    }
    // the teams villages form keep their row
    assert_eq!(
        metric(&facts, 412.0, "支").as_deref(),
        Some("volunteers.service_teams")
    );
}
