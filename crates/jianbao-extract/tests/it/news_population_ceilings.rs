//! A count of people larger than the population of the place it would be attributed to is not
//! that place's figure (plausibility.rs, data/population-ceilings.tsv): each case a short
//! article written for this test, extracted as a new user would (one file, no manifest).

use crate::support::article;

use article::{facts_of, find};

/// A national total told without 全国 in its sentence, on a page whose photo caption names a
/// city: the city must not be given tens of millions of volunteers.
#[test]
fn a_national_total_is_never_a_citys() {
    for (name, text) in [
        (
            "caption.txt",
            "我国实名注册志愿者超两亿\n\
             志愿者在泉州市街头开展文明劝导服务（网络图片）\n\
             记者日前从有关部门获悉，截至10月底，信息系统实名注册志愿者超过2.3亿人，\
             志愿服务组织超过135万个。\n",
        ),
        (
            "dateline.txt",
            "本报泉州11月2日电 志愿服务信息系统最新数据显示，实名注册志愿者已达2.3亿人，\
             比上年增长8%。\n",
        ),
        (
            "street.txt",
            "泉州市鲤城区开元街道志愿服务站日前揭牌。据介绍，截至目前，实名注册志愿者超过2.3亿人，\
             志愿服务队伍遍布城乡。街道现有注册志愿者3200名。\n",
        ),
    ] {
        let facts = facts_of(name, text);
        for fact in &facts {
            assert!(
                !(fact.value >= 230_000_000.0 && fact.province != "全国"),
                "{name}: {fact:#?}"
            );
        }
    }
}

/// Counts a place can hold stay, and so do counts of visits (人次), which are not people.
#[test]
fn plausible_counts_and_visits_stay() {
    let facts = facts_of(
        "fujian.txt",
        "福建省委社会工作部日前介绍，全省实名注册志愿者达1260万人，\
         今年以来参与志愿服务超过5000万人次。\n",
    );
    assert_eq!(find(&facts, 12_600_000.0, "人").province, "福建");
    assert_eq!(find(&facts, 50_000_000.0, "人次").province, "福建");
}
