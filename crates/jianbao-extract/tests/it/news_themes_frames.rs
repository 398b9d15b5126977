//! Themes from the frame of a figure's counted phrase, clause, sentence and paragraph, on short
//! articles written for these tests: new-employment workers counted by a role or a record
//! (党员, 网格员, 观察员, 台账) once the text has said who they are, and residents' requests a
//! street or its grid settles (grassroots service, not petitions).

use crate::support::article;

use article::{facts_of, find};
use jianbao_facts::Theme;

#[test]
fn workers_named_in_the_counted_phrase_keep_their_remit_in_a_role() {
    let facts = facts_of(
        "wanggeyuan.txt",
        "青石区引导新就业群体参与基层治理\n\
         2024年11月，青石区委社会工作部介绍，全区深化网格化服务管理。\
         今年以来，全区发展骑手兼职网格员86名，聘请快递小哥监督员40名。\n",
    );
    for (value, unit) in [(86.0, "名"), (40.0, "名")] {
        assert_eq!(
            find(&facts, value, unit).theme,
            Theme::NewEmploymentGroups,
            "{value}{unit}"
        );
    }
}

#[test]
fn party_members_among_workers_the_sentence_names_are_the_workers() {
    let facts = facts_of(
        "moupai.txt",
        "河西县开展新业态从业人员摸排\n\
         2024年10月，河西县委社会工作部介绍，全县组织力量开展摸排。\n\
         全县摸排外卖骑手、快递员1300余人，其中党员47名。\
         对辖区外卖站点逐一走访，为320名从业人员建立台账。\n",
    );
    assert_eq!(find(&facts, 47.0, "名").theme, Theme::NewEmploymentGroups);
    assert_eq!(find(&facts, 320.0, "名").theme, Theme::NewEmploymentGroups);
}

#[test]
fn party_members_in_a_paragraph_opening_on_the_workers_stations_are_the_workers() {
    let facts = facts_of(
        "yizhan.txt",
        "城南街道打造红色阵地\n\
         2024年9月，城南街道介绍工作情况。\n\
         城南街道依托“暖新驿站”凝聚外卖骑手和快递员。站点设立党员先锋岗，发放党员联系卡，累计推动流动党员亮身份65名。\n\
         城南社区党委现有党员175名。\n",
    );
    assert_eq!(find(&facts, 65.0, "名").theme, Theme::NewEmploymentGroups);
    // a community's own members stay the community's
    assert_eq!(find(&facts, 175.0, "名").theme, Theme::GrassrootsGovernance);
}

#[test]
fn a_firms_party_members_and_other_remits_keep_their_own_theme() {
    let facts = facts_of(
        "qiye.txt",
        "北塘区快递行业党建工作\n\
         2024年8月，北塘区委社会工作部介绍，全区推进快递行业党建工作，快递企业党员120名。\n\
         区里组织党员志愿者为骑手送清凉，参与党员志愿者300名。\n",
    );
    assert_eq!(
        find(&facts, 120.0, "名").theme,
        Theme::EmergingSectorPartyBuilding
    );
    assert_eq!(find(&facts, 300.0, "名").theme, Theme::Volunteers);
}

#[test]
fn members_the_partys_own_work_counts_stay_party_building() {
    let facts = facts_of(
        "fazhan.txt",
        "西岭市新就业群体党建工作\n\
         2024年11月，西岭市委社会工作部介绍，全市推进新业态新就业群体党建工作。\n\
         全市开展“组织找党员”行动，摸排外卖骑手流动党员38名，近年来在快递员中发展党员26人。\n",
    );
    for (value, unit) in [(38.0, "名"), (26.0, "人")] {
        assert_eq!(
            find(&facts, value, unit).theme,
            Theme::EmergingSectorPartyBuilding,
            "{value}{unit}"
        );
    }
}

#[test]
fn a_commerce_circles_businesses_are_its_profile() {
    let facts = facts_of(
        "shangquan.txt",
        "江北区商圈党建引领新就业群体融入\n\
         2024年10月，江北区委社会工作部介绍，全区推进商圈党建，服务外卖骑手和快递员。\n\
         滨江商圈聚集商户860余家，外卖骑手日均往来3000余人次。\
         老街步行街入驻商家230家。市场内经营户420户。\n\
         商圈发展暖新商户120家，为骑手提供歇脚、饮水服务。\n",
    );
    for (value, unit) in [(860.0, "家"), (230.0, "家"), (420.0, "户")] {
        assert_eq!(
            find(&facts, value, unit).theme,
            Theme::Other,
            "{value}{unit}"
        );
    }
    // merchants who serve the workers are the workers' remit
    assert_eq!(find(&facts, 120.0, "家").theme, Theme::NewEmploymentGroups);
}

#[test]
fn requests_a_street_or_its_grid_settles_are_grassroots_service() {
    let facts = facts_of(
        "jiesu.txt",
        "东关街道推行接诉即办\n\
         2024年12月，东关街道介绍，街道推行接诉即办，今年受理群众诉求1520件，满意率98%。\n\
         社区网格员上门走访，当天解决居民诉求，全年解决群众诉求230件。\n\
         小区物业服务中心收集居民诉求45条。\n",
    );
    for (value, unit) in [(1520.0, "件"), (98.0, "%"), (230.0, "件"), (45.0, "条")] {
        assert_eq!(
            find(&facts, value, unit).theme,
            Theme::GrassrootsGovernance,
            "{value}{unit}"
        );
    }
}

#[test]
fn requests_through_petition_channels_stay_petitions() {
    let facts = facts_of(
        "xinfang.txt",
        "东关区信访工作\n\
         2024年12月，东关区信访局介绍，全年受理群众诉求860件。\n\
         区里通过12345热线转办群众诉求3200件。\n",
    );
    for (value, unit) in [(860.0, "件"), (3200.0, "件")] {
        assert_eq!(
            find(&facts, value, unit).theme,
            Theme::PetitionsAndProposals,
            "{value}{unit}"
        );
    }
}
