//! Round counts18: a place's profile on a governance page (its compounds, stationed units,
//! settlers and their villages of origin are context, `other`); whole sets that are no facts
//! (every district told with 均已, a city's 村居 told with 全部, the communities a sentence splits
//! into grids); a tally by month (诉求量5月852件) labelled by the thing named before the month; the
//! digits of a code in 位. Short articles written for these tests, each extracted as a new user
//! would.

use jianbao_facts::Theme;

use crate::support::article;

use article::{assert_none, facts_of, find, has};

/// A page on a community's or an estate's governance, with `body` as its second sentence.
fn governance_page(body: &str) -> String {
    format!(
        "宜昌市夷陵区桃溪社区:网格化治理见实效\n\n\
         2024年6月3日,宜昌市夷陵区桃溪社区深化网格化管理,推动基层治理提质增效。{body}\
         社区网格员今年化解矛盾纠纷35件。\n"
    )
}

/// Compounds, stationed units, settlers and the villages they came from describe the place, on
/// a governance page too; the disputes its grid members settle stay governance.
#[test]
fn a_places_profile_on_a_governance_page_is_context() {
    let cases: [(&str, &[(f64, &str)]); 4] = [
        (
            "社区现有居民小区11个,驻区单位21家,常住人口9300人。",
            &[(11.0, "个"), (21.0, "家")],
        ),
        (
            "社区辖区内有驻社区单位18家、居民小区7个。",
            &[(18.0, "家"), (7.0, "个")],
        ),
        (
            "社区共有搬迁群众1300户4700人,分别来自全区9个乡镇64个村。",
            &[(4700.0, "人"), (9.0, "个"), (64.0, "个")],
        ),
        (
            "社区共安置来自7个乡镇的群众1460户5120人,建有安置楼38栋。",
            &[(7.0, "个"), (5120.0, "人"), (38.0, "栋")],
        ),
    ];
    for (body, profile) in cases {
        let facts = facts_of("profile.txt", &governance_page(body));
        for &(value, unit) in profile {
            let fact = find(&facts, value, unit);
            assert_eq!(fact.theme, Theme::Other, "{body}: {fact:#?}");
        }
        let disputes = find(&facts, 35.0, "件");
        assert_ne!(disputes.theme, Theme::Other, "{body}: {disputes:#?}");
    }
}

/// Every district told with 均已, a city's 村居 with 全部, and the communities a sentence
/// splits into grids are whole sets; the grids counted and a coverage told with 全部 stay.
#[test]
fn whole_sets_are_no_facts() {
    // (a sentence, the whole sets it counts, a part it counts that stays)
    type WholeSet<'a> = (&'a str, &'a [(f64, &'a str)], (f64, &'a str));
    let cases: [WholeSet; 3] = [
        (
            "全市12个区均已建立接诉即办机制,各区组建网格员队伍3600人。",
            &[(12.0, "个")],
            (3600.0, "人"),
        ),
        (
            "全市1600多个村居全部设立网格,配备网格员4200名。",
            &[(1600.0, "个")],
            (4200.0, "名"),
        ),
        (
            "桃溪街道的15个社区又被分为118个网格,每个网格配有网格员。",
            &[(15.0, "个")],
            (118.0, "个"),
        ),
    ];
    for (body, absent, kept) in cases {
        let text = format!(
            "宜昌市基层治理工作综述\n\n\
             2024年6月3日,宜昌市委社会工作部推进党建引领基层治理。{body}\n"
        );
        let facts = facts_of("whole.txt", &text);
        assert_none(&facts, absent);
        assert!(has(&facts, kept.0, kept.1), "{body}: {facts:#?}");
    }
    // a coverage reached, told with 全部 and no word of the whole before it, stays a fact
    let text = "宜昌市夷陵区社工站建设\n\n\
                2024年6月3日,夷陵区推进乡镇社工站建设,11个乡镇全部覆盖,配备社工46名。\n";
    let facts = facts_of("coverage.txt", text);
    assert!(has(&facts, 11.0, "个"), "{facts:#?}");
}

/// A street's monthly counts told after each month are facts, each dated to its month.
#[test]
fn a_tally_by_month_gives_each_month_its_count() {
    for series in [
        "辖区12345热线诉求量逐月下降,5月852件、6月757件,到10月276件。",
        "辖区热线工单呈下降趋势:5月852件,6月757件,10月276件。",
        "街道热线诉求量5月为852件,6月为757件,10月为276件。",
    ] {
        let text = format!(
            "宜昌市西陵区学院街道:党建引领接诉即办\n\n\
             2024年11月5日,宜昌市西陵区学院街道党工委推行党建引领“接诉即办”。{series}\
             街道共有网格员86名。\n"
        );
        let facts = facts_of("series.txt", &text);
        for (value, month) in [(852.0, "2024-05"), (757.0, "2024-06"), (276.0, "2024-10")] {
            let fact = find(&facts, value, "件");
            assert_eq!(fact.as_of.as_deref(), Some(month), "{series}: {fact:#?}");
            assert!(!fact.label.is_empty(), "{series}: {fact:#?}");
        }
    }
}

/// The digits of a code counted in 位 are positions, no people; people in 位 stay.
#[test]
fn a_codes_digits_are_no_people() {
    for sentence in [
        "核对身份证号码前6位即可登记",
        "填写统一社会信用代码的后4位即可登记",
        "输入行政区划代码前6位即可查询",
    ] {
        let text = format!(
            "宜昌市西陵区:志愿者服务登记\n\n\
             2024年9月1日,宜昌市西陵区新时代文明实践中心招募志愿者。{sentence},已有32位志愿者报名。\n"
        );
        let facts = facts_of("code.txt", &text);
        assert_none(&facts, &[(6.0, "位"), (4.0, "位")]);
        assert!(has(&facts, 32.0, "位"), "{sentence}: {facts:#?}");
    }
}
