//! Themes of gifts on short articles written for these tests: a gift or relief told right after
//! volunteers' or a party branch's work (志愿服务300余次,捐款3万余元) is context
//! whoever gives it and never goes on about the figure before it; the volunteers and the
//! charities counted keep their remit.

use crate::support::article;

use article::find;
use jianbao_facts::{Fact, Theme};

/// The facts of `text` as the file `name`, with a closing line that makes it an article about
/// social work.
fn facts_of(name: &str, text: &str) -> Vec<Fact> {
    let text = format!("{text}区委社会工作部表示,将持续推进相关工作。\n");
    article::facts_of(name, &text)
}

#[test]
fn a_gift_after_volunteering_in_its_sentence_is_context() {
    for (text, value, unit) in [
        (
            "珲春市商圈志愿服务\n2024年,商圈业主参与走访慰问、爱心理发等志愿服务300余次,捐款3万余元。\n",
            30000.0,
            "元",
        ),
        (
            "德阳市旌阳区志愿服务\n今年以来,全区志愿服务队开展助老志愿服务1200余场次,募集善款86万元。\n",
            860_000.0,
            "元",
        ),
        (
            "岳阳市志愿服务\n去年,全市志愿者开展应急志愿服务450次,发放救助物资2.3万件。\n",
            23000.0,
            "件",
        ),
    ] {
        let facts = facts_of("gift.txt", text);
        assert_eq!(find(&facts, value, unit).theme, Theme::Other, "{text}");
    }
}

#[test]
fn a_gift_by_party_members_is_context() {
    let facts = facts_of(
        "party.txt",
        "南充市非公企业党建\n全市非公企业党组织开展主题党日活动,组织党员捐款12万元。\n\
         快递行业党委发动党员为困难群众捐赠慰问物资3000余件。\n\
         全区“两新”党组织开展结对帮扶,党员捐款捐物折合46万元。\n",
    );
    for (value, unit) in [(120_000.0, "元"), (3000.0, "件"), (460_000.0, "元")] {
        assert_eq!(
            find(&facts, value, unit).theme,
            Theme::Other,
            "{value}{unit}"
        );
    }
    // the volunteers counted stay volunteering, and a charity counted its remit
    let facts = facts_of(
        "donors.txt",
        "宜宾市志愿服务\n全市登记献血志愿者860名,培育慈善组织35家。\n",
    );
    assert_eq!(find(&facts, 860.0, "名").theme, Theme::Volunteers);
    assert_eq!(find(&facts, 35.0, "家").theme, Theme::SocialOrganizations);
}
