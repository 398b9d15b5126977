//! Whose figure it is, for heldout17's counted theme kinds (round themes18), on short articles
//! written for these tests: the “三有” firms' coverage named with the firms in full or in a series,
//! a whole place's party organisations and members as its profile, the non-public sector's
//! organisations as the base of its party building, and a grid's work told inside a volunteer
//! team's story.

use jianbao_facts::Theme;

use crate::support::article;

use article::{facts_of, find, metric};

/// “三有”非公有制企业 names the firms the rate is over: whole, with 党组织覆盖率 later in its
/// clause, or first of a series of rates; a plain 非公有制企业 rate keeps the non-public row.
#[test]
fn three_have_firms_take_their_own_coverage_row() {
    let pages = [
        (
            "黔南州非公党建工作推进会召开\n\n2024年3月8日,会议通报,全州“三有”非公有制企业党组织覆盖率达到93.6%,\
             非公有制企业党组织覆盖率达到71.2%。\n",
            93.6,
            71.2,
        ),
        (
            "铜仁市两新党建持续深化\n\n2024年3月8日,市委社会工作部介绍,全市“三有”非公企业中已建立党组织的占比提升,\
             党组织覆盖率达到93.6%。全市非公有制企业党组织覆盖率达到71.2%。\n",
            93.6,
            71.2,
        ),
        (
            "遵义市两新组织党建综述\n\n2024年3月8日,全市4200家“三有”非公有制企业和830家社会组织建立了党组织,\
             党组织覆盖率达到93.6%、86.4%。全市非公有制企业党组织覆盖率为71.2%。\n",
            93.6,
            71.2,
        ),
    ];
    for (text, three_have, non_public) in pages {
        let facts = facts_of("sanyou.txt", text);
        assert_eq!(
            metric(&facts, three_have, "%").as_deref(),
            Some("party.three_have_coverage"),
            "{text}"
        );
        assert_eq!(
            metric(&facts, non_public, "%").as_deref(),
            Some("party.coverage_rate_nonpublic"),
            "{text}"
        );
    }
    let facts = facts_of(
        "sanyou_series.txt",
        "遵义市两新组织党建综述\n\n2024年3月8日,全市4200家“三有”非公有制企业和830家社会组织建立了党组织,\
         党组织覆盖率达到93.6%、86.4%。\n",
    );
    assert_eq!(
        metric(&facts, 86.4, "%").as_deref(),
        Some("party.coverage_rate_social_orgs")
    );
}

/// 全市共有党组织N个、党员N名: the whole place's party, its profile, though the sentence goes on to
/// the non-public sector; a community's own organisations and members, and a whole place's women
/// members, take no profile row.
#[test]
fn a_whole_places_party_is_its_profile() {
    let pages = [
        (
            "安顺市两新组织党建工作\n\n2024年6月30日,市委社会工作部介绍,全市共有党组织3120个、党员6.8万名,\
             非公有制经济组织5600户。\n",
            3120.0,
            68000.0,
        ),
        (
            "毕节市七星关区两新党建工作综述\n\n2024年6月30日,区委社会工作部介绍,截至2023年底,全县共有党组织1460个、党员2.3万名。\n",
            1460.0,
            23000.0,
        ),
        (
            "贵州省两新组织党建工作会议召开\n\n2024年6月30日,省委社会工作部介绍,截至2023年底,全省共有党组织9.6万个、党员210万名,\
             比上年有所增加。\n",
            96000.0,
            2100000.0,
        ),
    ];
    for (text, orgs, members) in pages {
        let facts = facts_of("dangyuan.txt", text);
        let org = find(&facts, orgs, "个");
        assert_eq!(org.metric.as_deref(), Some("profile.party_orgs"), "{text}");
        assert_eq!(org.theme, Theme::Other, "{text}");
        let member = find(&facts, members, "名");
        assert_eq!(
            member.metric.as_deref(),
            Some("profile.party_members"),
            "{text}"
        );
        assert_eq!(member.theme, Theme::Other, "{text}");
    }
    let facts = facts_of(
        "shequ.txt",
        "安顺市西秀区东关街道桃园社区党建工作\n\n2024年6月30日,区委社会工作部到桃园社区调研。桃园社区共有党组织4个、党员126名。\
         全市共有女党员2.1万名。\n",
    );
    assert_eq!(find(&facts, 126.0, "名").metric, None);
    assert_eq!(find(&facts, 21000.0, "名").metric, None);
}

/// 非公有制经济组织N户 on a party-building page: the sector the remit builds on, not a place's
/// economy; the place's own shops and homes stay its profile.
#[test]
fn the_non_public_sectors_organisations_are_its_party_buildings_base() {
    let pages = [
        "拉萨市非公党建工作取得新进展\n\n2024年6月30日,市委社会工作部介绍,全市现有非公有制经济组织5600户,\
         从业人员8.1万人,已建立非公企业党组织420个。\n",
        "林芝市两新党建综述\n\n2024年6月30日,市委社会工作部介绍,截至目前,全市共有非公有制经济组织5600户,\
         非公企业党组织420个。\n",
        "山南市非公党建工作\n\n2024年6月30日,市委社会工作部介绍,全市非公经济组织达5600户,建立党组织420个,\
         党组织覆盖率达80%。\n",
    ];
    for text in pages {
        let facts = facts_of("feigong.txt", text);
        assert_eq!(
            find(&facts, 5600.0, "户").theme,
            Theme::EmergingSectorPartyBuilding,
            "{text}"
        );
        assert_eq!(find(&facts, 5600.0, "户").metric, None, "{text}");
    }
    // the place's own shops and homes on the same page stay its profile
    let facts = facts_of(
        "getihu.txt",
        "拉萨市非公党建工作取得新进展\n\n2024年6月30日,市委社会工作部介绍,全市现有非公有制经济组织5600户,\
         已建立非公企业党组织420个。全市有个体工商户2.1万户,辖区居民3.4万户。\n",
    );
    assert_eq!(find(&facts, 21000.0, "户").theme, Theme::Other);
    assert_eq!(find(&facts, 34000.0, "户").theme, Theme::Other);
}

/// A grid's own work told in a volunteer team's story is grassroots governance; the team's
/// service counts stay volunteering.
#[test]
fn a_grids_work_in_a_volunteer_story_stays_the_grids() {
    let pages = [
        "南京市秣陵街道“红马甲”志愿服务队温暖居民\n\n2024年5月10日,秣陵街道“红马甲”志愿服务队成立三年来,\
         累计服务居民3200次,开展志愿服务活动260场。街道网格员今年以来排查处理问题420件。\n",
        "苏州市白洋湾街道“银发”志愿服务队风采\n\n2024年5月10日,白洋湾街道“银发”志愿服务队成立以来,\
         累计服务居民3200次,开展志愿服务活动260场。街道综治网格今年以来发现处置问题420件。\n",
        "无锡市崇安寺街道“蓝天”志愿服务队纪实\n\n2024年5月10日,崇安寺街道“蓝天”志愿服务队成立以来,\
         累计服务居民3200次,开展志愿服务活动260场。各网格今年以来共发现并处置问题420件。\n",
    ];
    for text in pages {
        let facts = facts_of("wangge.txt", text);
        assert_eq!(
            find(&facts, 420.0, "件").theme,
            Theme::GrassrootsGovernance,
            "{text}"
        );
        assert_eq!(
            find(&facts, 3200.0, "次").theme,
            Theme::Volunteers,
            "{text}"
        );
        assert_eq!(find(&facts, 260.0, "场").theme, Theme::Volunteers, "{text}");
    }
}

/// A volunteer team taking part in grid work: the grid is what the volunteers join, and the
/// sentence's service counts stay the team's.
#[test]
fn volunteers_joining_grid_work_keep_their_service_counts() {
    let pages = [
        "银川市兴庆区胜利街街道网格化治理\n\n2024年8月3日,胜利街街道深化网格化服务管理。街道组建“邻里帮”志愿服务队,\
         队员们常态化参与网格巡查,今年以来累计服务1200次,协助解决问题86件。\n",
        "银川市金凤区黄河东路街道基层治理\n\n2024年8月3日,黄河东路街道推进基层治理。辖区“银发”志愿者协助社区治理,\
         今年以来累计服务1200次,帮助化解问题86件。\n",
        "银川市西夏区文昌路街道治理纪实\n\n2024年8月3日,文昌路街道推进网格化管理。“巾帼”志愿服务队助力基层治理,\
         全年累计服务1200次,解决问题86件。\n",
    ];
    for text in pages {
        let facts = facts_of("canyu.txt", text);
        assert_eq!(find(&facts, 86.0, "件").theme, Theme::Volunteers, "{text}");
    }
    // the grid named as the doer in the figure's own clause keeps its figure
    let facts = facts_of(
        "wangge2.txt",
        "银川市兴庆区胜利街街道网格化治理\n\n2024年8月3日,胜利街街道“邻里帮”志愿服务队参与网格巡查,\
         累计服务1200次;街道网格员今年排查处理问题420件。\n",
    );
    assert_eq!(find(&facts, 420.0, "件").theme, Theme::GrassrootsGovernance);
}

/// 12345 counts a street's grid or office handles are the hotline's, with the verb first too
/// (共受理12345市民热线诉求N件); a community's own 民情热线 is grassroots service.
#[test]
fn hotline_counts_at_a_street_stay_the_hotlines() {
    let pages = [
        (
            "北京市朝阳区双井街道接诉即办工作\n\n2024年8月3日,双井街道深化接诉即办改革,\
             今年1月至6月共受理12345市民热线诉求1850件。\n",
            1850.0,
            Some("petitions.hotline_requests"),
        ),
        (
            "上海市长宁区新华路街道社区治理\n\n2024年8月3日,新华路街道依托社区议事会推进治理,\
             街道网格平台今年处置12345工单320件。\n",
            320.0,
            None,
        ),
        (
            "北京市西城区月坛街道接诉即办\n\n2024年8月3日,月坛街道推进社区治理,今年受理12345热线工单960件,\
             响应率100%。\n",
            960.0,
            Some("petitions.hotline_requests"),
        ),
    ];
    for (text, value, row) in pages {
        let facts = facts_of("rexian.txt", text);
        let fact = find(&facts, value, "件");
        assert_eq!(fact.theme, Theme::PetitionsAndProposals, "{text}");
        assert_eq!(fact.metric.as_deref(), row, "{text}");
    }
    let facts = facts_of(
        "minqing.txt",
        "南京市秣陵街道网格化治理\n\n2024年5月10日,区委社会工作部到秣陵街道调研网格化治理。\
         社区民情热线今年共受理居民反映问题260件,办结251件。\n",
    );
    assert_eq!(find(&facts, 260.0, "件").theme, Theme::GrassrootsGovernance);
}

/// A volunteer federation's member units, counted in a sentence that names only 联合会 or 协会,
/// are volunteering's; a chamber's member firms keep their own remit.
#[test]
fn a_volunteer_federations_members_are_volunteerings() {
    let pages = [
        "湖南省志愿服务联合会第二次会员代表大会召开\n\n2024年3月5日,大会在长沙召开,总结五年来全省志愿服务工作。\
         联合会现有会员单位320家。全省实名注册志愿者达1200万人。\n",
        "株洲市志愿者协会换届\n\n2024年3月5日,株洲市志愿者协会召开换届大会。协会目前有成员单位320个,\
         个人会员1.2万名。全市实名注册志愿者达52万人。\n",
        "湘潭市青年志愿者协会年会\n\n2024年3月5日,湘潭市青年志愿者协会年会召开,全市志愿服务工作稳步推进。\
         协会吸纳团体会员320家。\n",
    ];
    for text in pages {
        let facts = facts_of("huiyuan.txt", text);
        let fact = facts
            .iter()
            .find(|f| f.value == 320.0)
            .unwrap_or_else(|| panic!("no 320: {facts:#?}"));
        assert_eq!(fact.theme, Theme::Volunteers, "{text}");
    }
    let facts = facts_of(
        "shanghui.txt",
        "湘潭市工商联商会党建工作\n\n2024年3月5日,市委社会工作部到湘潭市浙江商会调研。商会现有会员单位320家,\
         建立党支部1个。\n",
    );
    assert_ne!(find(&facts, 320.0, "家").theme, Theme::Volunteers);
}

/// The parts a 其中 clause gives after a whole take the whole's remit: the non-public sector's
/// foreign firms and sole traders are its party building's base, not the place's economy, and a
/// volunteers' whole keeps its parts.
#[test]
fn parts_after_qizhong_take_the_wholes_remit() {
    let pages = [
        "茂名市非公党建工作推进\n\n2024年2月11日,市委社会工作部介绍,目前全市有非公有制经济组织8.6万户,\
         其中外资企业1793户、个体工商户7.2万个,已建立党组织344个。全市共有党组织3120个、党员6.8万名。\n",
        "阳江市两新党建综述\n\n2024年2月11日,市委社会工作部介绍,全市非公经济组织达8.6万户,\
         其中个体工商户7.2万个、外资企业1793户。全市共有党组织3120个、党员6.8万名。\n",
        "云浮市非公有制经济组织党建\n\n2024年2月11日,市委社会工作部介绍,全市现有非公有制经济组织8.6万户,\
         其中外资企业1793户,个体工商户7.2万个。全市共有党组织3120个、党员6.8万名。\n",
    ];
    for text in pages {
        let facts = facts_of("qizhong.txt", text);
        assert_eq!(
            find(&facts, 1793.0, "户").theme,
            Theme::EmergingSectorPartyBuilding,
            "{text}"
        );
    }
    let facts = facts_of(
        "zhiyuanzhe.txt",
        "茂名市志愿服务工作\n\n2024年2月11日,全市实名注册志愿者达52万人,其中党员志愿者8.6万人。全市志愿服务队伍达3200支。\n",
    );
    assert_eq!(find(&facts, 86000.0, "人").theme, Theme::Volunteers);
}
