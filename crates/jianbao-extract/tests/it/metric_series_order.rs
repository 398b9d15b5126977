//! A bare series of figures in one unit (覆盖率分别… without 分别: 党组织覆盖率达到90%、85%)
//! after a clause naming as many catalog things pairs the figures with the things in the order
//! named, as official statistics write them; the short articles are written for these tests.
//! Before, every figure of the series took the nearest thing named, so the first rate was printed
//! as the social organisations' one.

use crate::support::article;

use article::{facts_of, metric};

fn rates_of(text: &str) -> Vec<(f64, Option<String>)> {
    let facts = facts_of("series.txt", text);
    [90.5, 84.2]
        .into_iter()
        .map(|v| (v, metric(&facts, v, "%")))
        .collect()
}

#[test]
fn a_bare_series_pairs_with_the_things_in_the_order_named() {
    for text in [
        "青川市党内统计公报\n2024年6月30日,青川市委组织部发布公报。两新组织党组织覆盖率稳步提升,\
         3200家非公有制企业和1200家社会组织建立了党组织,党组织覆盖率达到90.5%、84.2%。\n",
        "河西区两新党建综述\n2024年6月30日,河西区委社会工作部介绍,全区非公有制企业和社会组织\
         建立党组织的不断增加,党组织覆盖率分达90.5%、84.2%,比上年均有提升。\n",
        "东城区新兴领域党建\n2024年6月30日,东城区委社会工作部介绍,全区已建立党组织的非公有制企业\
         860家、社会组织310家,党组织覆盖率为90.5%、84.2%。\n",
    ] {
        let rates = rates_of(text);
        assert_eq!(
            rates[0].1.as_deref(),
            Some("party.coverage_rate_nonpublic"),
            "{text}"
        );
        assert_eq!(
            rates[1].1.as_deref(),
            Some("party.coverage_rate_social_orgs"),
            "{text}"
        );
    }
}

#[test]
fn a_series_after_one_named_thing_is_left_to_each_figure() {
    // one thing named, two figures: not a pairing; the social organisations' rate stays the
    // nearest wording's, as before
    let rates = rates_of(
        "南城区社会组织党建\n2024年6月30日,南城区委社会工作部介绍,全区社会组织党组织覆盖率\
         由84.2%提高到90.5%、工作覆盖率同步提升。\n",
    );
    assert_ne!(rates[0].1.as_deref(), Some("party.coverage_rate_nonpublic"));
    assert_ne!(rates[1].1.as_deref(), Some("party.coverage_rate_nonpublic"));
}
