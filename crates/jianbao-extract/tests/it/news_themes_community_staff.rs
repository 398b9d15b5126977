//! A community's own staff and committee members (theme16), on short articles written for
//! these tests: 社区工作人员, 两委成员 and 居委会成员 are its community workers (social work), and
//! its staff named as such take the catalog's community-workers row; committee members keep none.

use crate::support::article;

use article::{facts_of, find, metric};
use jianbao_facts::Theme;

#[test]
fn a_communitys_staff_and_committee_are_its_community_workers() {
    let facts = facts_of(
        "shequ_renyuan.txt",
        "南桥社区减负增效见实效\n\
         2024年5月,区委社会工作部介绍,南桥社区有社区工作人员14名,其中大学文化的占60%。\
         北桥社区两委成员7人,平均年龄41岁。西桥社区居委会成员5名。\n",
    );
    for (value, unit) in [(14.0, "名"), (60.0, "%"), (7.0, "人"), (5.0, "名")] {
        assert_eq!(
            find(&facts, value, unit).theme,
            Theme::SocialWorkers,
            "{value}{unit}"
        );
    }
}

#[test]
fn a_communitys_staff_named_as_such_take_the_community_workers_row() {
    let facts = facts_of(
        "shequ_renyuan_b.txt",
        "南桥社区减负增效见实效\n\
         2024年5月,区委社会工作部介绍,南桥社区有社区工作人员14名,其中大学文化的占60%。\
         北桥社区现有社区专职工作人员9名,两委成员7人。东桥社区有12名社区工作人员,居委会成员5名。\n",
    );
    for (value, unit) in [(14.0, "名"), (9.0, "名"), (12.0, "名")] {
        assert_eq!(
            metric(&facts, value, unit).as_deref(),
            Some("social_workers.community_workers"),
            "{value}{unit}"
        );
    }
    assert_eq!(metric(&facts, 7.0, "人"), None);
}
