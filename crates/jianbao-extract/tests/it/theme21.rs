//! Whose figure it is, for heldout19's counted theme kinds (round theme21), on short articles
//! written for these tests: a street's team of riders and couriers (the grid roles the street
//! gives them, the party branch it sets up for them, and what the team then reports and does).

use jianbao_facts::Theme;

use crate::support::article;

use article::{facts_of, find};

/// The theme of the figure `value` `unit` of `facts`.
fn theme(facts: &[jianbao_facts::Fact], value: f64, unit: &str) -> Theme {
    find(facts, value, unit).theme
}

/// A grid role or a party branch named right after the workers (骑手兼职网格员, 外卖小哥为兼职
/// 网格员, “小哥网格员”, 骑手党支部, 快递小哥党支部) is theirs: the team's members, reports and the
/// branch's own figures are new-employment work, even where the article's lines open on 党建.
#[test]
fn the_workers_team_and_branch_are_theirs() {
    let pages = [
        (
            "骑手当上兼职网格员\n\n2025年6月10日 来源:杭州日报\n\n\
             杭州市拱墅区米市巷街道以党建引领新就业群体融入基层治理。今年以来,街道推动成立骑手党支部,\
             吸纳党员骑手12名。\n\n街道共招募56名外卖骑手担任兼职网格员,累计上报安全隐患、环境卫生等问题线索430余条,\
             推动解决380件。骑手党支部开展主题党日活动8次。\n",
            vec![(12.0, "名"), (56.0, "名"), (430.0, "条"), (380.0, "件"), (8.0, "次")],
        ),
        (
            "外卖小哥变身“移动探头”\n\n2024年10月22日 来源:荆州日报\n\n\
             荆州市沙市区胜利街道以党建为引领,探索“党建+新就业群体”治理模式。\n\n\
             街道联合辖区快递、外卖站点成立外卖小哥党支部,现有党员9名。街道聘请26名外卖小哥为兼职网格员,\
             通过“随手拍”反映问题180余件。\n",
            vec![(9.0, "名"), (26.0, "名"), (180.0, "件")],
        ),
        (
            "让快递小哥成为社区治理“合伙人”\n\n2024年7月3日 来源:绍兴日报\n\n\
             绍兴市越城区府山街道党工委以党建引领新就业群体参与社区治理。街道组建“小哥网格员”队伍,现有队员35人,\
             今年累计排查安全隐患86处,收集社情民意线索140条。街道还建立快递小哥党支部2个。\n",
            vec![(35.0, "人"), (86.0, "处"), (140.0, "条"), (2.0, "个")],
        ),
    ];
    for (text, workers) in pages {
        let facts = facts_of("riders.txt", text);
        for (value, unit) in workers {
            assert_eq!(
                theme(&facts, value, unit),
                Theme::NewEmploymentGroups,
                "{value}{unit}: {text}"
            );
        }
    }
}

/// The workers named as themselves with their role after the figure (聘请26名外卖小哥为兼职网格员)
/// take no grid row: the row's word is their role.
#[test]
fn workers_in_a_grid_role_take_no_grid_row() {
    let facts = facts_of(
        "riders_row.txt",
        "外卖小哥变身“移动探头”\n\n2024年10月22日 来源:荆州日报\n\n\
         荆州市沙市区胜利街道聘请26名外卖小哥为兼职网格员,社区另有专职网格员40名。\n",
    );
    assert_eq!(find(&facts, 26.0, "名").metric, None);
    assert_eq!(theme(&facts, 26.0, "名"), Theme::NewEmploymentGroups);
    // a community's own grid members, no workers' word before them, keep their row
    assert_eq!(
        find(&facts, 40.0, "名").metric.as_deref(),
        Some("grassroots.grid_members")
    );
}

/// A trade's branch (快递行业党支部), a community's grid members (社区网格员) and a volunteer
/// team's members are no workers' own team or branch.
#[test]
fn a_trades_branch_and_a_communitys_grid_stay_theirs() {
    let facts = facts_of(
        "trade.txt",
        "快递行业党建工作推进会召开\n\n2024年8月6日 来源:嘉兴日报\n\n\
         嘉兴市南湖区新兴街道召开快递行业党建工作推进会。街道指导成立快递行业党支部3个。\
         街道组建骑手志愿服务队,现有队员28人。\n",
    );
    assert_ne!(theme(&facts, 3.0, "个"), Theme::NewEmploymentGroups);
    assert_ne!(theme(&facts, 28.0, "人"), Theme::NewEmploymentGroups);
}

/// The firms settled in a building or a park (入驻企业186家, 共进驻企业260家, 已入驻……企业95家)
/// and the workforce told after them (从业人员, 职工, 白领) are the place's profile (`other`),
/// while the party organisations and members told next keep party building.
#[test]
fn a_buildings_settled_firms_and_workforce_are_its_profile() {
    let pages = [
        (
            "楼宇党建激活“红色引擎”\n\n2025年4月18日 来源:宁波日报\n\n\
             宁波市鄞州区首南街道党工委推进楼宇党建。街道楼宇党群服务中心负责人介绍,环球航运广场入驻企业186家,\
             从业人员6200余人,楼内建有党组织21个,党员410名。\n",
            vec![(186.0, "家"), (6200.0, "人")],
            vec![(21.0, "个"), (410.0, "名")],
        ),
        (
            "商务楼宇党建联盟成立\n\n2024年3月1日 来源:南昌晚报\n\n\
             南昌市红谷滩区沙井街道成立商务楼宇党建联盟。辖区5栋重点楼宇共进驻企业260家、职工8000人,\
             其中党员520名,已建立党组织33个。\n",
            vec![(260.0, "家"), (8000.0, "人")],
            vec![(520.0, "名"), (33.0, "个")],
        ),
        (
            "写字楼里的党建服务站\n\n2024年6月12日 来源:武汉晚报\n\n\
             武汉市江汉区万松街道党工委推进楼宇党建。泛海国际大厦已入驻企业95家,每天4000余名白领在此办公。\
             大厦党委下设党支部12个。\n",
            vec![(95.0, "家"), (4000.0, "名")],
            vec![(12.0, "个")],
        ),
    ];
    for (text, profile, party) in pages {
        let facts = facts_of("building.txt", text);
        for (value, unit) in profile {
            assert_eq!(
                theme(&facts, value, unit),
                Theme::Other,
                "{value}{unit}: {text}"
            );
        }
        for (value, unit) in party {
            assert_eq!(
                theme(&facts, value, unit),
                Theme::EmergingSectorPartyBuilding,
                "{value}{unit}: {text}"
            );
        }
    }
}

/// Firms a street visits (走访入驻企业) are its work, and a district's buildings' workforce told
/// with no verb of settling (吸纳从业人员) stays with the party-building text around it.
#[test]
fn firms_served_and_a_districts_workforce_are_no_profile() {
    let facts = facts_of(
        "visits.txt",
        "楼宇党建工作综述\n\n2024年12月3日 来源:新民晚报\n\n\
         上海市黄浦区委社会工作部推进楼宇党建。全区商务楼宇吸纳从业人员32万人,其中党员2.1万人。\
         区委社会工作部今年走访入驻企业90余家。\n",
    );
    assert_eq!(
        theme(&facts, 320000.0, "人"),
        Theme::EmergingSectorPartyBuilding
    );
    assert_ne!(theme(&facts, 90.0, "家"), Theme::Other);
}

/// A street's or a community's 服务清单 and 责任清单 items are the responsibility list's row;
/// a new-employment station's service list is not.
#[test]
fn service_and_duty_lists_take_the_list_row() {
    let facts = facts_of(
        "lists.txt",
        "社区减负见实效\n\n2025年2月11日 来源:衢州日报\n\n\
         衢州市柯城区府山街道推进基层减负,为社区梳理形成服务清单26项、责任清单15项。\
         社区网格员每月走访居民。\n\n\
         街道党工委还在辖区建成“小哥驿站”3个,为快递员、外卖骑手推出暖心服务清单12项。\n",
    );
    for value in [26.0, 15.0] {
        assert_eq!(
            article::metric(&facts, value, "项").as_deref(),
            Some("grassroots.responsibility_list"),
            "{value}项"
        );
    }
    assert_eq!(article::metric(&facts, 12.0, "项"), None);
}

/// Disputes' handling rates told by 调处 and 化解 (调处成功率, 化解成功率, 调处率) are the resolution
/// rate's row; a mediation committee's 调解成功率 takes none (d645's call).
#[test]
fn disputes_handling_rates_take_the_resolution_row() {
    let facts = facts_of(
        "disputes.txt",
        "街道综治中心:矛盾纠纷化解在基层\n\n2025年3月20日 来源:金华日报\n\n\
         金华市婺城区城北街道社会治理中心今年以来共调处各类矛盾纠纷326件,调处成功率达98.5%。\
         街道人民调解委员会受理调处各类矛盾纠纷312起,化解成功率达97%。全年矛盾纠纷调处1200余件,调处率100%。\
         社区网格员排查化解邻里纠纷88件,调解成功率93%。\n",
    );
    for value in [98.5, 97.0, 100.0] {
        assert_eq!(
            article::metric(&facts, value, "%").as_deref(),
            Some("petitions.resolution_rate"),
            "{value}%"
        );
    }
    assert_eq!(article::metric(&facts, 93.0, "%"), None);
}

/// A community's residents by their register (常住居民, 户籍居民) and its 社区占地面积 are its
/// profile rows; a centre's 占地面积 is a site's own and takes no area row.
#[test]
fn residents_and_a_communitys_extent_take_the_profile_rows() {
    let facts = facts_of(
        "profile_rows.txt",
        "幸福社区:党建引领聚民心\n\n2025年5月6日 来源:株洲日报\n\n\
         株洲市芦淞区建宁街道幸福社区占地面积约1.5平方公里,常住居民8600人,户籍居民6100人。\
         社区网格员36名。社区党群服务中心占地面积800平方米。\n",
    );
    assert_eq!(
        article::metric(&facts, 8600.0, "人").as_deref(),
        Some("profile.population")
    );
    assert_eq!(
        article::metric(&facts, 6100.0, "人").as_deref(),
        Some("profile.population")
    );
    assert_eq!(
        article::metric(&facts, 1.5, "平方公里").as_deref(),
        Some("profile.area")
    );
    assert!(!facts
        .iter()
        .any(|f| f.value == 800.0 && f.metric.as_deref() == Some("profile.area")));
}
