//! Whose figure it is, for heldout18's counted theme kinds (round theme19), on short articles
//! written for these tests: what a place has as its profile states it (schools, temples, homes in
//! need, members counted among its people), a city hotline's requests counted by what they are
//! about, and the social organisations a street or a station incubates and their work.

use jianbao_facts::Theme;

use crate::support::article;

use article::{facts_of, find};

/// The theme of the figure `value` `unit` of `facts`.
fn theme(facts: &[jianbao_facts::Fact], value: f64, unit: &str) -> Theme {
    find(facts, value, unit).theme
}

/// 辖区内有学校2所, 村内有寺庙2座, 有低保户21户, 其中党员47名 in a paragraph that sizes the place
/// by its area or population: the place's profile (`other`), whatever remit the page goes on to.
#[test]
fn what_a_sized_place_has_is_its_profile() {
    let pages = [
        (
            "青松社区概况\n\n青松社区位于城区东部,辖区面积0.8平方公里,现有居民2100户6300人。\
             辖区内有学校2所、幼儿园3所,社区有低保户21户43人,残疾人58人。\n\n\
             近年来,青松社区坚持党建引领基层治理,划分网格8个,组建志愿服务队6支。\n",
            vec![(2.0, "所"), (3.0, "所"), (21.0, "户"), (58.0, "人")],
        ),
        (
            "白石村\n\n白石村隶属于白石镇,全村国土面积12.6平方公里,共有农户486户1920人,其中党员47名。\
             村内有寺庙2座,信教群众860人,有小学1所、卫生室1个。\n\n\
             白石村党支部以党建引领乡村治理,建立村级网格6个,组建志愿服务队2支。\n",
            vec![(47.0, "名"), (2.0, "座"), (860.0, "人"), (1.0, "所")],
        ),
        (
            "府前东社区\n\n基本概况\n府前东社区隶属端州区城东街道,管辖面积0.4平方公里。现有工作人员6人,辖区有户籍户1520户,\
             户籍人口4830人。目前有社区党员126人,接管退管人员410人,有低保户29户。\n\n\
             社区工作\n社区网格员每月走访居民,组建志愿服务队3支,开展志愿服务活动50余场。\n",
            vec![(126.0, "人"), (410.0, "人"), (29.0, "户")],
        ),
        (
            "河口镇概况\n\n河口镇位于县境北部,全镇总面积86平方公里,户籍人口3.2万人。\
             镇内有中学1所、小学4所,有寺院3座,信教群众1200余人。\n\n\
             近年来,河口镇党委坚持党建引领基层治理,组建志愿服务队18支。\n",
            vec![(1.0, "所"), (4.0, "所"), (3.0, "座"), (1200.0, "人")],
        ),
    ];
    for (text, profile) in pages {
        let facts = facts_of("profile.txt", text);
        for (value, unit) in profile {
            assert_eq!(
                theme(&facts, value, unit),
                Theme::Other,
                "{value}{unit}: {text}"
            );
        }
    }
}

/// The profile's limits: a party committee's branches and members (社区党委下设党支部5个,有党员168名:
/// d640's call), the page's own remits (网格, 志愿服务队) and the community's workers keep theirs, and a
/// page that does not size the place keeps its homes in need with the work around them.
#[test]
fn a_profile_leaves_remits_and_committees_alone() {
    let facts = facts_of(
        "profile_limits.txt",
        "青松社区概况\n\n青松社区位于城区东部,辖区面积0.8平方公里,现有居民2100户6300人。现有注册志愿者630名,占常住人口的10%。\
         社区党委下设党支部5个,有党员168名。现有社区工作者7人,辖区内有学校2所。\n\n\
         近年来,青松社区坚持党建引领基层治理,划分网格8个,组建志愿服务队6支,注册志愿者430名。\n",
    );
    assert_eq!(theme(&facts, 5.0, "个"), Theme::GrassrootsGovernance);
    assert_eq!(theme(&facts, 168.0, "名"), Theme::GrassrootsGovernance);
    assert_eq!(theme(&facts, 7.0, "人"), Theme::SocialWorkers);
    assert_eq!(theme(&facts, 2.0, "所"), Theme::Other);
    assert_eq!(theme(&facts, 8.0, "个"), Theme::GrassrootsGovernance);
    assert_eq!(theme(&facts, 6.0, "支"), Theme::Volunteers);
    assert_eq!(theme(&facts, 430.0, "名"), Theme::Volunteers);
    // a share after a remit in a profile's sentence is that remit's
    assert_eq!(theme(&facts, 630.0, "名"), Theme::Volunteers);
    assert_eq!(theme(&facts, 10.0, "%"), Theme::Volunteers);
    // no area or population sizes the place: the homes in need go with the page's work
    let facts = facts_of(
        "no_profile.txt",
        "绿园社区党建引领基层治理\n\n绿园社区有低保户21户,残疾人58人。\
         社区党委组织社工和志愿者开展关爱服务,走访困难群众300人次。\n",
    );
    assert_ne!(theme(&facts, 21.0, "户"), Theme::Other);
    assert_ne!(theme(&facts, 58.0, "人"), Theme::Other);
}

/// A city hotline's requests counted by what they are about (物业管理问题, 社区管理类问题, 基层治理类
/// 问题) and their shares are the petitions remit's, in three bulletins' wordings.
#[test]
fn a_city_hotlines_requests_by_subject_are_petitions() {
    let pages = [
        (
            "市12345热线发布上半年群众诉求分析报告\n\n2024年7月5日,市12345政务服务便民热线发布上半年诉求分析报告。\
             上半年,热线共受理群众诉求38620件。从反映问题看,群众反映物业管理问题3210件,占比8.3%;\
             反映社区环境卫生问题1860件。\n",
            vec![(3210.0, "件"), (8.3, "%"), (1860.0, "件")],
        ),
        (
            "2023年市民热线运行情况通报\n\n2023年,市12345热线共接听来电126万个,受理群众反映问题52.3万件,办结率99.1%。\
             其中,反映住房物业类问题8.6万件,占16.4%;社区管理类问题3.1万件,占5.9%;基层治理类问题1.5万件。\n",
            vec![
                (86000.0, "件"),
                (16.4, "%"),
                (31000.0, "件"),
                (5.9, "%"),
                (15000.0, "件"),
            ],
        ),
        (
            "2024年一季度市民诉求分析\n\n一季度,市12345政务服务便民热线共受理群众诉求2.76万件。\
             群众反映较集中的是物业管理类诉求4200件、社区环境类诉求1900件。\n",
            vec![(4200.0, "件"), (1900.0, "件")],
        ),
    ];
    for (text, requests) in pages {
        let facts = facts_of("hotline.txt", text);
        for (value, unit) in requests {
            assert_eq!(
                theme(&facts, value, unit),
                Theme::PetitionsAndProposals,
                "{value}{unit}: {text}"
            );
        }
    }
}

/// Requests of a kind that a community's grid collects, with no city hotline named, stay
/// grassroots service (themes18's 民情热线 and the grid's own work alike).
#[test]
fn requests_a_grid_collects_stay_grassroots() {
    let facts = facts_of(
        "grid.txt",
        "幸福社区网格化服务暖民心\n\n今年以来,幸福社区网格员走街串巷收集民意,共收集居民反映物业管理问题260件,\
         全部办结。社区网格员上门回访居民120户。\n",
    );
    assert_eq!(theme(&facts, 260.0, "件"), Theme::GrassrootsGovernance);
    assert_eq!(theme(&facts, 120.0, "户"), Theme::GrassrootsGovernance);
}

/// The social organisations a street, a base or a station incubates, and their activities, reach
/// and satisfaction, are the social organisations' remit, though social workers run or guide the
/// incubation.
#[test]
fn incubated_organisations_and_their_work_are_theirs() {
    let pages = [
        (
            "南河街道社工站孵化社区社会组织助力基层治理\n\n南河街道社工站充分发挥社工专业优势,今年以来共孵化培育社区社会组织17支。\
             社工指导孵化的社会组织开展邻里互助、助老助残等活动86场,服务群众4300余人次,活动满意度达97%。\n",
            vec![(17.0, "支"), (86.0, "场"), (4300.0, "人次"), (97.0, "%")],
        ),
        (
            "街道社会组织孵化基地助力社区治理\n\n花园街道社会组织孵化基地由专业社工团队运营,目前已孵化社区社会组织22家。\
             孵化的社会组织全年开展服务活动120场,服务居民5600人次,居民满意率95%。\n",
            vec![(22.0, "家"), (120.0, "场"), (5600.0, "人次"), (95.0, "%")],
        ),
        (
            "城北街道培育孵化社区社会组织\n\n城北街道社工站培育孵化社区社会组织15支,社工带领培育的社会组织开展邻里互助活动64场次,\
             惠及居民3200人次,活动满意率达96%。\n",
            vec![(15.0, "支"), (64.0, "场次"), (3200.0, "人次"), (96.0, "%")],
        ),
    ];
    for (text, work) in pages {
        let facts = facts_of("incubation.txt", text);
        for (value, unit) in work {
            let fact = find(&facts, value, unit);
            assert_eq!(
                fact.theme,
                Theme::SocialOrganizations,
                "{value}{unit}: {text}"
            );
            assert!(
                !fact
                    .metric
                    .as_deref()
                    .is_some_and(|m| m.starts_with("social_workers.")),
                "{value}{unit}: {:?}",
                fact.metric
            );
        }
    }
}

/// The social workers' own work beside an incubation (社工开展个案服务) stays theirs.
#[test]
fn social_workers_own_work_beside_an_incubation_stays_theirs() {
    let facts = facts_of(
        "shegong.txt",
        "南湖街道社工站发挥专业优势\n\n南湖街道社工站今年孵化社会组织5家,社工开展个案服务30个,\
         服务困难群众800人次,服务对象满意度达99%。\n",
    );
    assert_eq!(theme(&facts, 30.0, "个"), Theme::SocialWorkers);
    assert_eq!(theme(&facts, 800.0, "人次"), Theme::SocialWorkers);
    assert_eq!(theme(&facts, 5.0, "家"), Theme::SocialOrganizations);
}
