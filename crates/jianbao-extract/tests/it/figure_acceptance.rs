//! Which figures are facts: one short article per phenomenon, written for these tests in the
//! way county and city news pages and survey reports word their figures (devcorpus/README.md,
//! "What counts as an expected fact").

use jianbao_facts::{Fact, Qualifier};

use crate::support::article;

use article::{find, has};

/// The facts of `text` as one article file.
fn facts_of(text: &str) -> Vec<Fact> {
    article::facts_of("article.txt", text)
}

#[test]
fn small_chinese_numerals_count_concrete_units_not_the_parts_of_a_plan() {
    let facts = facts_of(
        "安徽省宿州市埇桥区社区志愿服务\n埇桥区实施“邻里守望”六个行动,推出三项措施,建强两支志愿服务队伍。道东街道是全区三个试点社区所在街道,辖区社会组织、志愿服务队等五家组织联合开展服务,为两幢老旧楼栋的独居老人送餐。\n",
    );
    find(&facts, 3.0, "个");
    find(&facts, 5.0, "家");
    find(&facts, 2.0, "幢");
    for (value, unit) in [(6.0, "个"), (3.0, "项"), (2.0, "支")] {
        assert!(!has(&facts, value, unit), "{value}{unit}: {facts:#?}");
    }
}

#[test]
fn years_running_count_but_plan_horizons_do_not() {
    let facts = facts_of(
        "江西省赣州市信访工作\n赣州市信访工作连续4年在全省考核中被评为优秀。经过3年努力,全市信访积案化解率达到96%。近8年来,全市各级接访群众2.3万人次。\n",
    );
    find(&facts, 4.0, "年");
    find(&facts, 96.0, "%");
    find(&facts, 23_000.0, "人次");
    assert!(
        !has(&facts, 3.0, "年") && !has(&facts, 8.0, "年"),
        "{facts:#?}"
    );
}

#[test]
fn a_workforce_average_age_and_a_share_in_tenths_are_statistics_a_person_age_is_not() {
    let facts = facts_of(
        "湖北省襄阳市社区工作者队伍调查\n调查显示,襄阳市社区工作者平均年龄为39.2岁,近四成的社区工作者持有社会工作者职业资格证书。今年58岁的社区党委书记王某已在社区工作了20年。\n",
    );
    find(&facts, 39.2, "岁");
    assert_eq!(find(&facts, 4.0, "成").qualifier, Qualifier::Under);
    assert!(!has(&facts, 58.0, "岁"), "{facts:#?}");
}

#[test]
fn rotas_names_with_numbers_and_orders_of_magnitude_are_no_figures() {
    let facts = facts_of(
        "河南省周口市信访工作\n周口市实行每天有1名市领导公开接访,市4套班子领导带头下访,全年接待群众3600余批次。社区工作者和志愿者为近百户居民上门服务,累计服务居民1.5万人次。\n",
    );
    find(&facts, 3600.0, "批次");
    find(&facts, 15_000.0, "人次");
    for (value, unit) in [(1.0, "名"), (4.0, "套"), (100.0, "户")] {
        assert!(!has(&facts, value, unit), "{value}{unit}: {facts:#?}");
    }
}

#[test]
fn hedges_before_and_after_a_figure_make_it_approximate() {
    let facts = facts_of(
        "浙江省温州市鹿城区新就业群体服务\n鹿城区外卖骑手服务驿站站长介绍,驿站每天接待骑手大概300人次,周末服务骑手500人次左右。鹿城区社会工作部表示,将为新就业群体建设更多驿站。\n",
    );
    assert_eq!(find(&facts, 300.0, "人次").qualifier, Qualifier::Approx);
    assert_eq!(find(&facts, 500.0, "人次").qualifier, Qualifier::Approx);
}

#[test]
fn traditional_numerals_and_units_in_a_mixed_page_are_read() {
    // a simplified page with figures pasted from a traditional source (too few traditional
    // characters for the page to count as traditional)
    let facts = facts_of(
        "广东省珠海市香洲区志愿服务\n香洲区志愿服务工作扎实推进,全区志愿者服务群众1.6萬人次,成立志愿服务队伍48個。香洲区社会工作部表示,将继续推动志愿服务常态化。\n",
    );
    find(&facts, 16_000.0, "人次");
    find(&facts, 48.0, "个");
}

#[test]
fn counts_of_every_province_list_who_took_part() {
    let facts = facts_of(
        "全国行业协会商会党建工作交流会召开\n中央社会工作部召开行业协会商会党建工作交流会,31个省(区、市)和新疆生产建设兵团党委社会工作部负责同志参加会议。截至目前,全国已有28个省份出台行业协会商会党建工作实施意见,新建行业协会商会党组织1200余个。\n",
    );
    find(&facts, 28.0, "个");
    assert!(!has(&facts, 31.0, "个"), "{facts:#?}");
}

#[test]
fn an_article_on_lightening_grassroots_burdens_is_read() {
    let facts = facts_of(
        "河北省保定市清苑区村级组织挂牌清理\n清苑区推进基层减负,开展村级组织挂牌清理规范工作。截至目前,全区共清理村级组织外部挂牌860余块,抽调28名干部组成督导组,确保基层减负见实效。\n",
    );
    find(&facts, 860.0, "块");
    find(&facts, 28.0, "名");
}

#[test]
fn a_headline_that_rounds_a_figure_states_a_fact_one_that_restates_it_does_not() {
    let facts = facts_of(
        "陕西实名注册志愿者近86万人\n\n本报讯 陕西省志愿服务工作推进会近日召开。会上通报,我省在全国志愿服务信息系统实名注册志愿者人数达857312人,志愿服务团体2360个。\n",
    );
    assert_eq!(find(&facts, 860_000.0, "人").qualifier, Qualifier::Under);
    find(&facts, 857_312.0, "人");
    let restating = facts_of(
        "陕西志愿服务团体达2360个\n\n本报讯 陕西省志愿服务工作推进会近日召开。会上通报,我省在全国志愿服务信息系统实名注册志愿服务团体2360个。\n",
    );
    let teams = restating
        .iter()
        .filter(|f| f.value == 2360.0 && f.unit == "个")
        .count();
    assert_eq!(teams, 1, "{restating:#?}");
}

/// A portal's 摘要 line (the page description above the text) or a newspaper's 核心提示 repeats
/// the body's figure in other words: one fact, the body's; a figure only the summary states is
/// still read.
#[test]
fn a_summary_line_that_restates_a_body_figure_is_not_a_second_fact() {
    let facts = facts_of(
        "我省注册志愿者超过500万人\n\n摘要:我省实名注册志愿者达512万人,,某省人民政府门户网站\n\n记者从省民政厅获悉,截至目前,全省在全国志愿服务信息系统中实名注册的志愿者达512万人、志愿服务团体3.2万个。\n",
    );
    let registered = facts.iter().filter(|f| f.value == 5_120_000.0).count();
    assert_eq!(registered, 1, "{facts:#?}");
    let body = find(&facts, 5_120_000.0, "人");
    assert!(body.quote.contains("全国志愿服务信息系统"), "{body:#?}");
    find(&facts, 32_000.0, "个");
    let own = facts_of(
        "江西赣州社工站建设提速\n\n核心提示:全市已建成乡镇(街道)社工站46个。\n\n本报讯 赣州市民政局日前召开推进会,要求年底前实现乡镇(街道)社工站全覆盖。\n",
    );
    find(&own, 46.0, "个");
}

#[test]
fn a_headline_figure_the_body_contradicts_is_no_fact() {
    // the headline's 25万 is ten times the body's 2.5万 of the same thing: a slip of the title
    // (or of the page) that no reader could trust; the rounding 近2.5万 stays a fact
    let facts = facts_of(
        "江西赣州持证社工约25万人\n\n本报讯 赣州市民政局日前通报,全市持证社工约2.5万人,建成乡镇(街道)社工站120个。\n",
    );
    find(&facts, 25_000.0, "人");
    assert!(facts.iter().all(|f| f.value != 250_000.0), "{facts:#?}");
    let rounded = facts_of(
        "江西赣州持证社工近2.5万人\n\n本报讯 赣州市民政局日前通报,全市持证社工24816人,建成乡镇(街道)社工站120个。\n",
    );
    assert_eq!(find(&rounded, 25_000.0, "人").qualifier, Qualifier::Under);
    find(&rounded, 24_816.0, "人");
}

#[test]
fn percentages_in_words_plus_signs_and_upper_bounds_are_read() {
    let facts = facts_of(
        "湖南省株洲市荷塘区志愿服务\n荷塘区百分之八十的社区建立了志愿服务站,全年志愿者服务群众10万+人次。新组建的社区志愿服务队伍成立不足6个月,已吸纳志愿者不到300人。\n",
    );
    find(&facts, 80.0, "%");
    assert_eq!(find(&facts, 100_000.0, "人次").qualifier, Qualifier::Over);
    assert_eq!(find(&facts, 300.0, "人").qualifier, Qualifier::Under);
}
