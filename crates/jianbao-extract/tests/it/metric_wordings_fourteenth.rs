//! Metric wordings of the fourteenth catalog round, on short articles written for these tests:
//! firms and social organisations counted by the party organisations they have, with the noun
//! after its clause (已建立党组织的非公企业N家) or a whole place's verb before the figure (共有N个
//! 社会组织法人单位建立党组织); a coverage rate whose sentence names the non-public firms or the
//! social organisations is theirs, the nearest named; registered volunteers' share of a place's
//! population with the place between (占全县常住人口的); a community's own staff; merchants
//! called 商家 as well as 商户.

use crate::support::article;

use article::{facts_of, metric};

#[test]
fn firms_and_organisations_named_after_their_party_organisations() {
    let facts = facts_of(
        "fugai.txt",
        "青川市两新组织党建工作综述\n\
         2024年6月30日,青川市委社会工作部介绍,全市已建立党组织的非公企业达到3120家。\
         河西区建立了党组织的非公有制企业有412家,东城区已建立党组织的民营企业共205家。\
         南城区已建立党组织的社会组织有96家,北城区建立了党组织的社会组织58个。\n",
    );
    for (value, unit) in [(3120.0, "家"), (412.0, "家"), (205.0, "家")] {
        assert_eq!(
            metric(&facts, value, unit).as_deref(),
            Some("party.covered_non_public_orgs"),
            "{value}"
        );
    }
    for (value, unit) in [(96.0, "家"), (58.0, "个")] {
        assert_eq!(
            metric(&facts, value, unit).as_deref(),
            Some("party.covered_social_orgs"),
            "{value}"
        );
    }
}

#[test]
fn the_longest_wording_after_a_figure_beats_a_whole_places_verb() {
    let facts = facts_of(
        "tongji.txt",
        "青川省党内统计数据发布\n\
         2024年6月30日,中共青川省委组织部发布党内统计数据。河西市共有1500个社会组织法人单位建立党组织。\
         东城市有1800个社会组织法人单位建立了党组织。南城市现有2100家非公有制企业法人单位已建立党组织。\n",
    );
    for value in [1500.0, 1800.0] {
        assert_eq!(
            metric(&facts, value, "个").as_deref(),
            Some("party.covered_social_orgs"),
            "{value}"
        );
    }
    assert_eq!(
        metric(&facts, 2100.0, "家").as_deref(),
        Some("party.covered_non_public_orgs")
    );
}

#[test]
fn a_coverage_rate_is_of_the_organisations_its_sentence_names_nearest() {
    let facts = facts_of(
        "fugailv.txt",
        "青川市两新组织党建工作推进会召开\n\
         2024年5月20日,青川市委社会工作部召开两新组织党建工作推进会。\
         全市已建立党组织的非公企业达到3120家,党组织覆盖率达到85.6%。\
         河西区非公有制企业党建工作扎实推进,党的组织覆盖率为81%。\
         南城区已建立党组织的社会组织有96家,党组织覆盖率为66%。\
         东城区非公企业党组织覆盖率达85%,社会组织党组织覆盖率达70%。\n",
    );
    for value in [85.6, 81.0, 85.0] {
        assert_eq!(
            metric(&facts, value, "%").as_deref(),
            Some("party.coverage_rate_nonpublic"),
            "{value}"
        );
    }
    for value in [66.0, 70.0] {
        assert_eq!(
            metric(&facts, value, "%").as_deref(),
            Some("party.coverage_rate_social_orgs"),
            "{value}"
        );
    }
}

#[test]
fn registered_volunteers_share_of_a_named_places_population() {
    let facts = facts_of(
        "zhucelv.txt",
        "青川县志愿服务工作综述\n\
         2024年12月30日,青川县委社会工作部介绍,全县注册志愿者达到12.6万人,占全县常住人口的21.3%。\
         河西镇实名注册志愿者占辖区人口总数的25.4%。东城街道注册志愿者人数占街道户籍人口的比例达到19%。\n",
    );
    assert_eq!(
        metric(&facts, 126000.0, "人").as_deref(),
        Some("volunteers.registered")
    );
    for value in [21.3, 25.4, 19.0] {
        assert_eq!(
            metric(&facts, value, "%").as_deref(),
            Some("volunteers.registration_share"),
            "{value}"
        );
    }
}

#[test]
fn a_communitys_own_staff() {
    let facts = facts_of(
        "shequ.txt",
        "青川市社区工作者队伍建设纪实\n\
         2024年6月30日,青川市委社会工作部介绍,全市共有社区工作者8600人,东城街道幸福社区现有工作人员12名。\
         河西街道和平社区共有专职工作人员9人。南城街道团结社区有工作人员15名。\n",
    );
    for (value, unit) in [(12.0, "名"), (9.0, "人"), (15.0, "名")] {
        assert_eq!(
            metric(&facts, value, unit).as_deref(),
            Some("social_workers.community_workers"),
            "{value}"
        );
    }
}

#[test]
fn merchants_that_care_for_new_employment_workers_called_shangjia() {
    let facts = facts_of(
        "shangjia.txt",
        "青川市关爱新就业群体工作综述\n\
         2024年6月30日,青川市委社会工作部介绍,全市为快递员、外卖员提供优惠服务的友好商家已达320家,\
         东城区挂牌“暖新商家”85家,河西区新就业群体爱心商家达到126家。\n",
    );
    for value in [320.0, 85.0, 126.0] {
        assert_eq!(
            metric(&facts, value, "家").as_deref(),
            Some("new_employment.warm_merchants"),
            "{value}"
        );
    }
}

#[test]
fn registered_volunteers_by_the_registration_they_went_through() {
    let facts = facts_of(
        "zhuce.txt",
        "青川县志愿服务工作综述\n\
         2024年12月30日,青川县委社会工作部介绍,全县实名注册的志愿服务人员达到8.6万人。\
         河西镇注册成为志愿者的居民有3200人。北城街道实名认证志愿者2600名,\
         南城街道实名认证的志愿者有1900人。\n",
    );
    for (value, unit) in [
        (86000.0, "人"),
        (3200.0, "人"),
        (2600.0, "名"),
        (1900.0, "人"),
    ] {
        assert_eq!(
            metric(&facts, value, unit).as_deref(),
            Some("volunteers.registered"),
            "{value}"
        );
    }
}

#[test]
fn volunteers_on_duty_are_participants_not_people_served() {
    let facts = facts_of(
        "shanggang.txt",
        "青川县志愿服务工作综述\n\
         2024年12月30日,青川县委社会工作部介绍,全年志愿者上岗服务8.5万人次,累计服务群众30万人次。\
         河西镇志愿者在文明劝导岗上岗服务1.2万人次。东城街道各类志愿者上岗服务达到9000人次。\n",
    );
    for value in [85000.0, 12000.0, 9000.0] {
        assert_eq!(
            metric(&facts, value, "人次").as_deref(),
            Some("volunteers.participants"),
            "{value}"
        );
    }
    assert_eq!(
        metric(&facts, 300000.0, "人次").as_deref(),
        Some("volunteers.people_served")
    );
}

#[test]
fn social_work_courses_and_money_by_their_short_names() {
    let facts = facts_of(
        "peixun.txt",
        "青川市社会工作人才队伍建设综述\n\
         2024年6月30日,青川市委社会工作部介绍,全市共有持证社会工作者3200人。\
         全市举办社会工作培训16期,河西区开展社区工作者业务培训9期,东城区组织社工实务培训7期。\
         全市政府购买社会工作服务项目资金1200万元,东城区落实社工站运营经费300万元,\
         南城区社工服务项目资金180万元。\n",
    );
    for value in [16.0, 9.0, 7.0] {
        assert_eq!(
            metric(&facts, value, "期").as_deref(),
            Some("social_workers.training_courses"),
            "{value}"
        );
    }
    for value in [12_000_000.0, 3_000_000.0, 1_800_000.0] {
        assert_eq!(
            metric(&facts, value, "元").as_deref(),
            Some("social_workers.funding"),
            "{value}"
        );
    }
}
