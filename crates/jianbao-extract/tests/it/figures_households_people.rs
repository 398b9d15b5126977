//! A profile writes a place's households and their people together, with or without a comma
//! (居民1260户3580人, 住户2100户,5800人): the bare count of people after the households had been
//! dropped for want of a noun (figures16). It takes the households' label. Short articles written
//! for these tests.

use crate::support::article;

use article::find;

#[test]
fn bare_people_after_households_are_the_households_people() {
    for (text, households, people) in [
        (
            "河湾社区概况\n河湾社区辖区内共有住户2100户,5800人,社区党支部组织志愿服务队开展社区治理,网格员常态化走访。",
            2100.0,
            5800.0,
        ),
        (
            "石桥村:网格连民心\n石桥村农户460户、1520人,村党支部带领志愿者参与乡村治理,社会工作站和网格员常态化走访。",
            460.0,
            1520.0,
        ),
        (
            "青松社区基本情况\n青松社区常住居民3400户,9800人。社区党委下设网格党支部,组织志愿者开展网格服务。",
            3400.0,
            9800.0,
        ),
    ] {
        let facts = article::facts_of("article.txt", text);
        let f = find(&facts, people, "人");
        let h = find(&facts, households, "户");
        assert_eq!((&f.label, f.theme), (&h.label, h.theme), "{text}: {f:#?}");
        assert!(!f.label.is_empty(), "{f:#?}");
    }
}

#[test]
fn people_doing_something_after_households_keep_their_own_reading() {
    // the people count opens a clause of its own: not the households' people
    let text = "社区志愿服务\n社区走访困难群众120户,服务群众300人次,组织志愿者开展网格服务,社会工作站建立台账。";
    let facts = article::facts_of("article.txt", text);
    assert!(!facts.iter().any(|f| f.value == 300.0 && f.unit == "人"));
}
