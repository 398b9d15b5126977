//! Figures given in series after 分别 and counts written in small Chinese numerals, one short
//! article per phenomenon of Chinese official and news texts (written for these tests), each
//! extracted as a new user would.

use jianbao_facts::Fact;

use crate::support::article;

use article::find;

/// The facts of `text` as one article file.
fn facts_of(text: &str) -> Vec<Fact> {
    article::facts_of("article.txt", text)
}

#[test]
fn each_figure_after_fenbie_counts_its_own_item() {
    let text = "临安区社会工作服务体系建设提速\n\n\
        今年以来,临安区新增社工站、志愿服务驿站分别为30个、12家,服务群众2.6万人次。\n\n\
        全区持证社会工作者和注册志愿者分别达到850人和6.2万人。";
    let facts = facts_of(text);
    let stations = find(&facts, 30.0, "个");
    assert!(!stations.label.contains('、'), "{stations:#?}");
    assert!(stations.label.ends_with("社工站"), "{stations:#?}");
    let posts = find(&facts, 12.0, "家");
    assert_eq!(posts.label, "志愿服务驿站", "{posts:#?}");
    let workers = find(&facts, 850.0, "人");
    assert!(workers.label.ends_with("持证社会工作者"), "{workers:#?}");
    let volunteers = find(&facts, 62_000.0, "人");
    assert_eq!(volunteers.label, "注册志愿者", "{volunteers:#?}");
}

#[test]
fn a_list_sharing_its_head_noun_keeps_it() {
    let text = "我区两新组织党建工作质量提升\n\n\
        杭州市滨江区委社会工作部持续推进新兴领域党建工作。截至今年6月,全区非公企业党的组织和工作覆盖率分别达到92%和98%。";
    let facts = facts_of(text);
    for value in [92.0, 98.0] {
        let rate = find(&facts, value, "%");
        assert!(rate.label.ends_with("覆盖率"), "{rate:#?}");
    }
}

#[test]
fn a_small_chinese_numeral_counts_the_facilities_built() {
    let text = "昌化镇社会工作服务站点建设见成效\n\n\
        今年以来,杭州市临安区昌化镇党委社会工作部推进社会工作服务体系建设,围绕“三个聚焦”,实施三大行动,建成三个社工站,新设两个党群服务中心,成立四个党支部。";
    let facts = facts_of(text);
    let stations = find(&facts, 3.0, "个");
    assert!(stations.label.ends_with("社工站"), "{stations:#?}");
    find(&facts, 2.0, "个");
    find(&facts, 4.0, "个");
    // the parts of a plan are no figures
    assert_eq!(facts.len(), 3, "{facts:#?}");
}

#[test]
fn a_list_summed_up_by_its_count_keeps_each_item_whole() {
    let text = "全市社会组织登记情况\n\n\
        合肥市委社会工作部推进社会组织党建工作。截至去年底,合肥市民政局登记的社会团体、民办非企业单位两类社会组织分别为1520个、2360个。";
    let facts = facts_of(text);
    find(&facts, 1520.0, "个");
    let units = find(&facts, 2360.0, "个");
    assert!(!units.label.contains("两类"), "{units:#?}");
}
