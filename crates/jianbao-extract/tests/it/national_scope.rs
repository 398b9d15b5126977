//! A national article's scope: figures the country reports stay 全国 though a later section is
//! headed by a province or a province is cited in passing; one article per phenomenon of Chinese
//! official and news texts (written for these tests), each extracted as a new user would.

use jianbao_facts::{Fact, Level};

use crate::support::article;

use article::find;

/// The facts of `text` as one article file.
fn facts_of(text: &str) -> Vec<Fact> {
    article::facts_of("article.txt", text)
}

#[test]
fn a_later_province_heading_does_not_take_the_national_figures() {
    let text = "我国社会组织发展稳中有进\n\n\
        记者从民政部获悉,截至2023年底,我国共有社会组织88.2万个,其中社会团体37.2万个,民办非企业单位50.1万个。\n\n\
        登记的行业协会商会约11万家,2023年新登记社会组织1.6万个。\n\n\
        浙江:培育枢纽型组织\n\n\
        浙江省在全省推行社会组织“一站式”服务,目前杭州、宁波、温州已建成社会组织服务中心98个,孵化社区社会组织2.3万个。浙江各地还成立了社会组织党委。\n\n\
        下一步,民政部将继续推动社会组织高质量发展。";
    let facts = facts_of(text);
    for (value, unit) in [
        (882_000.0, "个"),
        (372_000.0, "个"),
        (501_000.0, "个"),
        (110_000.0, "家"),
        (16_000.0, "个"),
    ] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.province, "全国", "{fact:#?}");
        assert_eq!(fact.place, "全国", "{fact:#?}");
        assert_eq!(fact.level, Level::Province);
    }
    for (value, unit) in [(98.0, "个"), (23_000.0, "个")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.province, "浙江", "{fact:#?}");
        assert_eq!(fact.place, "浙江省", "{fact:#?}");
    }
}

#[test]
fn a_province_cited_in_passing_keeps_its_own_figure_only() {
    let text = "全国志愿服务工作取得新进展\n\n\
        中央社会工作部日前介绍,截至今年6月底,全国实名注册志愿者达2.5亿人,志愿服务组织135万个。\n\n\
        各地创新服务方式,例如四川省成都市建成社区志愿服务站点3200个。\n\n\
        志愿者累计记录服务时长超过50亿小时。";
    let facts = facts_of(text);
    for (value, unit) in [
        (250_000_000.0, "人"),
        (1_350_000.0, "个"),
        (5_000_000_000.0, "小时"),
    ] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.province, "全国", "{fact:#?}");
        assert_eq!(fact.level, Level::Province);
    }
    let example = find(&facts, 3200.0, "个");
    assert_eq!(example.province, "四川", "{example:#?}");
    assert_eq!(example.place, "成都市");
}

#[test]
fn a_province_article_that_reports_a_national_list_stays_the_provinces() {
    let text = "民政部公布全国先进社会组织名单\n\n\
        近日,民政部公布全国先进社会组织表彰名单,我省共有5家社会组织入选。\n\n\
        据了解,河北省现有登记社会组织2.1万个。";
    let facts = facts_of(text);
    let listed = find(&facts, 5.0, "家");
    assert_eq!(listed.province, "河北", "{listed:#?}");
}

#[test]
fn a_first_in_the_country_stays_where_it_opened() {
    let text = "全国首个新就业群体服务中心揭牌\n\n\
        近日,全国首个新就业群体综合服务中心在杭州市上城区揭牌。\n\n\
        中心由区委社会工作部牵头建设,面积达1200平方米,开业以来已服务快递员、外卖骑手3000人次。";
    let facts = facts_of(text);
    let served = find(&facts, 3000.0, "人次");
    assert_eq!(served.province, "浙江", "{served:#?}");
}
