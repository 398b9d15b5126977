//! Phenomena of the general6 round: reports on 基层治理 and on 信访/人民建议 that name their remit
//! only by its own vocabulary (居委会, 接诉即办, 12345, 诉求), national articles with a section
//! about one province, and series of items under one verb. Each a short article written for this
//! test, extracted as a new user would (one file, no manifest).

use jianbao_facts::Level;

use crate::support::article;

use article::{facts_of, find};

/// A residents' committee's (居委会) report on its own work names its remit as residents'
/// self-government (居民议事, 楼栋长, 社区治理), not as 社会工作 or 志愿: since the 2023 reform
/// 基层政权建设 is the social-work departments' remit, so the report is read.
#[test]
fn a_residents_committee_report_is_relevant() {
    let text = "新城里的“居民议事厅”\n\
                来源:苏州日报 2025-05-20\n\
                江苏省苏州市相城区澄阳新城的桂香居委会成立三年来,把居民自治作为社区治理的抓手。\n\
                居委会推行“楼栋长”制度,选出楼栋长46名,每月召开居民议事会,今年以来协商解决停车、加装电梯等居民关心的事项38件。\n\
                居委会还在小区里设立“居民说事点”6处,收集居民意见建议210余条。\n";
    let facts = facts_of("juweihui.txt", text);
    let heads = find(&facts, 46.0, "名");
    assert_eq!(heads.province, "江苏", "{heads:#?}");
    find(&facts, 38.0, "件");
    find(&facts, 6.0, "处");
}

/// A municipality's report on 接诉即办 (answering citizens' requests through the 12345 hotline)
/// counts 诉求, 办结率 and 满意率: that is the 信访 and 人民建议 remit the 2023 reform gave the
/// social-work departments, named by its own channel.
#[test]
fn a_hotline_report_is_relevant() {
    let text = "接诉即办一年间:12345热线回应市民诉求\n\
                2025-01-15 来源:本市新闻\n\
                重庆市深化接诉即办改革,2024年12345市民服务热线共受理市民诉求1260万件,诉求办结率达98.6%,满意率达95.2%。\n\
                各区推行“未诉先办”,针对高频诉求开展专项治理,解决供暖、物业等难题3200余个。\n";
    let facts = facts_of("jiesu.txt", text);
    let requests = find(&facts, 12_600_000.0, "件");
    assert_eq!(requests.province, "重庆", "{requests:#?}");
    find(&facts, 98.6, "%");
    find(&facts, 95.2, "%");
}

/// A community's report from 新疆 on its grid work and services to residents: 网格员, 居民,
/// 社区工作者 are 基层治理's own words.
#[test]
fn a_community_report_from_xinjiang_is_relevant() {
    let text = "乌鲁木齐市天山区红柳社区:把服务送到居民家门口\n\
                发布时间:2025-06-03\n\
                新疆乌鲁木齐市天山区红柳社区辖区有居民3100余户,社区划分网格8个,配备网格员16名。\n\
                社区居委会组织居民开展邻里互助,今年已为独居老人上门服务420次。\n";
    let facts = facts_of("hongliu.txt", text);
    let grids = find(&facts, 8.0, "个");
    assert_eq!(grids.province, "新疆", "{grids:#?}");
    assert_eq!(grids.level, Level::Street, "{grids:#?}");
    find(&facts, 16.0, "名");
}

/// A series of items under one verb (建成A30个、B50支、C12家) states a figure per item: each
/// later item counts its own noun, written before its number, as the first item's does.
#[test]
fn every_item_of_a_series_under_one_verb_is_a_figure() {
    let text = "某市2024年社会工作和志愿服务综述\n\
                2024年,河南省洛阳市建成乡镇(街道)社工站30个、志愿服务队50支、新就业群体暖心驿站12家。\n\
                全年培训社区工作者1200人次,开展志愿服务活动300场次,其中邻里互助活动120场次。\n\
                全市新增持证社会工作者分别为初级260名、中级85名。\n";
    let facts = facts_of("series.txt", text);
    for (value, unit) in [
        (30.0, "个"),
        (50.0, "支"),
        (12.0, "家"),
        (1200.0, "人次"),
        (300.0, "场次"),
        (120.0, "场次"),
        (260.0, "名"),
        (85.0, "名"),
    ] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.province, "河南", "{fact:#?}");
    }
    assert!(find(&facts, 50.0, "支").label.contains("志愿服务队"));
    assert!(find(&facts, 12.0, "家").label.contains("驿站"));
}

/// 突破 (breaks through) a figure says more than it, as 超 does; 超六成 is a share over 六成.
#[test]
fn breaking_through_and_shares_in_tenths() {
    let text = "湖北省宜昌市志愿服务发展情况\n\
                截至2024年底,宜昌市注册志愿者突破80万人。\n\
                全市已有20-30家社会组织参与社区服务项目。\n\
                在参加社会工作者职业资格考试的人员中,社区工作者超六成。\n";
    let facts = facts_of("tupo.txt", text);
    let volunteers = find(&facts, 800_000.0, "人");
    assert_eq!(
        volunteers.qualifier,
        jianbao_facts::Qualifier::Over,
        "{volunteers:#?}"
    );
    let share = find(&facts, 6.0, "成");
    assert_eq!(
        share.qualifier,
        jianbao_facts::Qualifier::Over,
        "{share:#?}"
    );
}
