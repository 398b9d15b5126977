use super::units::{unit_file_of, UnitFile, UNIT_DATA, UNIT_LISTS};
use super::*;

fn one(text: &str) -> Quantity {
    let chars: Vec<char> = text.chars().collect();
    let found = find_quantities(&chars);
    assert_eq!(found.len(), 1, "{text}: {found:?}");
    found[0].clone()
}

fn none(text: &str) {
    let chars: Vec<char> = text.chars().collect();
    assert!(
        find_quantities(&chars).is_empty(),
        "{text}: {:?}",
        find_quantities(&chars)
    );
}

#[test]
fn embedded_units_parse() {
    let file: UnitFile = toml::from_str(UNIT_DATA).expect("data/units.toml parses");
    assert!(file.units.len() > 40 && !file.not_counts.is_empty());
}

/// The static build.rs wrote is data/units.toml as it parses now.
#[test]
fn unit_lists_static_equals_the_parse() {
    let parsed: UnitFile = toml::from_str(UNIT_DATA).expect("data/units.toml parses");
    assert_eq!(
        format!("{:#?}", unit_file_of(&UNIT_LISTS)),
        format!("{parsed:#?}")
    );
}

#[test]
fn units_and_measure_words_of_the_domain() {
    let q = one("累计服务8万个小时");
    assert_eq!((q.value, q.unit.as_str()), (80_000.0, "小时"));
    let q = one("志愿服务时长3.2万小时");
    assert_eq!((q.value, q.unit.as_str()), (32_000.0, "小时"));
    let q = one("化解信访积案56起");
    assert_eq!((q.value, q.unit.as_str()), (56.0, "起"));
    let q = one("办理群众诉求1.2万件次");
    assert_eq!((q.value, q.unit.as_str()), (12_000.0, "件次"));
    let q = one("服务群众5.6万余人次");
    assert_eq!(
        (q.value, q.unit.as_str(), q.qualifier),
        (56_000.0, "人次", Qualifier::Over)
    );
    let q = one("建成社工站120座");
    assert_eq!((q.value, q.unit.as_str()), (120.0, "座"));
    let q = one("成立不足6个月");
    assert_eq!((q.value, q.unit.as_str()), (6.0, "个月"));
    let q = one("登记的志愿服务队伍达1,260支");
    assert_eq!((q.value, q.unit.as_str()), (1_260.0, "支"));
    let q = one("投入资金500万元");
    assert_eq!((q.value, q.unit.as_str()), (5_000_000.0, "元"));
}

#[test]
fn bare_magnitudes() {
    let q = one("带动上万名志愿者");
    assert_eq!(
        (q.value, q.unit.as_str(), q.qualifier),
        (10_000.0, "名", Qualifier::Over)
    );
    let q = one("参与群众超万人");
    assert_eq!((q.value, q.qualifier), (10_000.0, Qualifier::Over));
    let q = one("服务万余人次");
    assert_eq!(
        (q.value, q.unit.as_str(), q.qualifier),
        (10_000.0, "人次", Qualifier::Over)
    );
    let q = one("服务骑手近万人次");
    assert_eq!((q.value, q.qualifier), (10_000.0, Qualifier::Under));
    let q = one("千余名社工");
    assert_eq!((q.value, q.qualifier), (1_000.0, Qualifier::Over));
    // 近千 bounds a tally (nearly a thousand), a figure under it
    let q = one("服务新就业群体近千人次");
    assert_eq!(
        (q.value, q.unit.as_str(), q.qualifier),
        (1_000.0, "人次", Qualifier::Under)
    );
    // an order of magnitude (上百, 上千, 近百, 百多) is no figure
    none("上千名骑手参与");
    none("百多名社工走进社区");
    // 百余, like 千余 and 万余, is a round count and more
    let q = one("百余名社工走进社区");
    assert_eq!(
        (q.value, q.unit.as_str(), q.qualifier),
        (100.0, "名", Qualifier::Over)
    );
    none("成千上万名群众参与");
    none("成百上千个家庭受益");
    none("向楼里的近百户居民发放物资");
    none("千方百计做好服务");
    none("万家灯火");
    // a hedged million or more (超百万, 上千万, 上亿, 破亿) is a scale, not a tally
    none("吸引超百万元社会资金投入");
    none("其中不乏上亿元的合作项目");
    none("这栋楼宇的年税收已经破亿元");
    none("带动近千万元的消费");
    // 近 before a round magnitude guesses a crowd; it bounds only a tally of recorded times
    none("近千名志愿者汇聚于广场");
    none("活动吸引近万人参加");
    none("为近千户居民送去慰问品");
    assert_eq!(one("累计服务群众近万人次").value, 10_000.0);
    assert_eq!(one("开展走访近千次").value, 1_000.0);
}

#[test]
fn square_metres_people_times_and_sizes_of_land() {
    // 平米 is 平方米 written short: the figure keeps the text's unit (the lead's ruling of
    // figures16's round)
    let q = one("服务阵地面积5000余平米");
    assert_eq!(
        (q.value, q.unit.as_str(), q.qualifier),
        (5_000.0, "平米", Qualifier::Over)
    );
    let q = one("累计服务1.6万人(次)");
    assert_eq!((q.value, q.unit.as_str()), (16_000.0, "人次"));
    // lengths and sizes of land describe a place, not what was done
    none("沿着全长0.9公里的街巷");
    none("项目占地8亩");
    none("流转土地1.2万亩");
}

#[test]
fn a_count_that_restates_the_list_before_it_is_no_figure() {
    none("西宁市城东区、城中区、城西区、城北区、湟中区5个区(县)全面推行");
    none("东城区、西城区和朝阳区3个区均已建成");
    // a count of what the listed places have is a figure
    let q = one("彩虹社区、高桥社区、新联社区3个社区党支部联合组建");
    assert_eq!(q.value, 3.0);
    // a count of more than the list names, and items with figures of their own, are figures
    let q = one("城东区、城中区等12个区(县)全面推行");
    assert_eq!(q.value, 12.0);
    let chars: Vec<char> = "11个社会服务机构、31个街道参与".chars().collect();
    assert_eq!(find_quantities(&chars).len(), 2);
}

#[test]
fn chinese_numerals() {
    let p = |s: &str| parse_chinese(&s.chars().collect::<Vec<_>>());
    assert_eq!(p("一万"), Some(10_000.0));
    assert_eq!(p("两千"), Some(2_000.0));
    assert_eq!(p("二十三"), Some(23.0));
    assert_eq!(p("十二万五千"), Some(125_000.0));
    assert_eq!(p("二三"), None);
    // a 万 group after an 亿 group adds to it; a larger multiplier scales what came before
    assert_eq!(p("两亿两千万"), Some(220_000_000.0));
    assert_eq!(p("三亿五千万"), Some(350_000_000.0));
    assert_eq!(p("一万亿"), Some(1_000_000_000_000.0));
}

#[test]
fn multipliers_decimals_and_qualifiers() {
    let q = one("全省有6.97万家社会组织");
    assert_eq!(
        (q.value, q.unit.as_str(), q.qualifier),
        (69_700.0, "家", Qualifier::Exact)
    );
    let q = one("备案类社区社会组织24.4万余家");
    assert_eq!(
        (q.value, q.unit.as_str(), q.qualifier),
        (244_000.0, "家", Qualifier::Over)
    );
    let q = one("注册志愿者近2000万,");
    assert_eq!(
        (q.value, q.unit.as_str(), q.qualifier),
        (20_000_000.0, "", Qualifier::Under)
    );
    let q = one("日均服务超500人次");
    assert_eq!(
        (q.value, q.unit.as_str(), q.qualifier),
        (500.0, "人次", Qualifier::Over)
    );
    let q = one("奖励更是高达一万元");
    assert_eq!((q.value, q.unit.as_str()), (10_000.0, "元"));
    let q = one("周围的十几名高龄独居老人");
    assert_eq!(
        (q.value, q.unit.as_str(), q.qualifier),
        (10.0, "名", Qualifier::Over)
    );
    let q = one("招聘岗位3000多个");
    assert_eq!((q.value, q.qualifier), (3000.0, Qualifier::Over));
}

#[test]
fn percentages_fractions_ranges() {
    let q = one("较上年增长34个百分点");
    assert_eq!((q.value, q.unit.as_str()), (34.0, "个百分点"));
    let q = one("覆盖率达79%");
    assert_eq!((q.value, q.unit.as_str()), (79.0, "%"));
    let q = one("占到全国近六分之一");
    assert_eq!(
        (q.value, q.unit.as_str(), q.qualifier),
        (0.1667, "分数", Qualifier::Under)
    );
    let q = one("每个月都能获得200元到600元不等的津贴");
    assert_eq!(
        (q.value, q.value_max, q.unit.as_str(), q.qualifier),
        (200.0, Some(600.0), "元", Qualifier::Range)
    );
    // the magnitude written once, after the upper bound, is the lower bound's too
    for (text, low, high, unit) in [
        ("每年开展志愿服务3~5万人次", 30000.0, 50000.0, "人次"),
        ("预计投入资金1至1.5亿元", 100_000_000.0, 150_000_000.0, "元"),
        ("全年服务群众三至五万人", 30000.0, 50000.0, "人"),
        ("吸纳会员2—3万名", 20000.0, 30000.0, "名"),
    ] {
        let q = one(text);
        assert_eq!(
            (q.value, q.value_max, q.unit.as_str(), q.qualifier),
            (low, Some(high), unit, Qualifier::Range),
            "{text}"
        );
    }
    let q = one("招募1万至2万名志愿者");
    assert_eq!((q.value, q.value_max), (10000.0, Some(20000.0)));
}

#[test]
fn not_figures() {
    none("构建“1+N”政策体系");
    none("“1133”工作思路");
    none("激发“1+1>2”治理效能");
    none("2024年1月12日全省机构改革动员大会后");
    none("第2个工作日");
    none("一条主线、一套制度、三个聚焦、三项举措");
    none("为65岁以上老年人提供");
    none("每千人口拥有");
    none("党的十八大以来");
    none("数百名高龄独居老人");
    none("5G创新谷");
    none("凡有正式党员3人以上的,单独建立党支部");
    none("用24小时不熄的灯光守护居民");
    none("已有0人发表了评论");
    none("时间:2022-01-04 浏览量:128 次 来源:中国社会报");
    none("阅读量 3562次");
    none("2021-2025年规划");
    none("1—3月份");
    let q = one("组织亲子阅读20场");
    assert_eq!((q.value, q.unit.as_str()), (20.0, "场"));
}

#[test]
fn small_chinese_numerals_count_only_concrete_units() {
    let q = one("德胜街社区是我市三个试点社区之一");
    assert_eq!((q.value, q.unit.as_str()), (3.0, "个"));
    let q = one("省慈善总会等八家组织联办");
    assert_eq!((q.value, q.unit.as_str()), (8.0, "家"));
    let q = one("小区里有三幢楼被封闭");
    assert_eq!((q.value, q.unit.as_str()), (3.0, "幢"));
    none("实施六个行动、三项措施,建强两支队伍");
    none("在信访大厅设立十个工作部");
    none("构建县乡村三级联动机制");
    none("一名党员就是一面旗帜");
    none("31个省(区、市)和新疆生产建设兵团相关负责同志参加会议");
    let q = one("共计有4.5万余人次省、市、县三级领导干部下访");
    assert_eq!((q.value, q.unit.as_str()), (45_000.0, "人次"));
    let q = one("全国已有28个省份出台实施意见");
    assert_eq!((q.value, q.unit.as_str()), (28.0, "个"));
}

#[test]
fn years_running_average_ages_and_tenths() {
    let q = one("连续5年在全省考核中被评为优秀");
    assert_eq!((q.value, q.unit.as_str()), (5.0, "年"));
    none("经过3年努力");
    none("近8年来");
    let q = one("社区工作者平均年龄为37.6岁");
    assert_eq!((q.value, q.unit.as_str()), (37.6, "岁"));
    none("今年65岁的老党员");
    let q = one("近三成的受访者");
    assert_eq!(
        (q.value, q.unit.as_str(), q.qualifier),
        (3.0, "成", Qualifier::Under)
    );
    none("12成员单位");
}

#[test]
fn rotas_names_and_hedges() {
    none("实行每天有1名县领导公开接访");
    none("每周安排2名干部值班");
    none("县4套班子领导下访接待群众");
    let q = one("每天大概2500单");
    assert_eq!((q.value, q.qualifier), (2500.0, Qualifier::Approx));
    let q = one("注册志愿者200名左右");
    assert_eq!((q.value, q.qualifier), (200.0, Qualifier::Approx));
}

#[test]
fn traditional_numerals_and_units_left_unconverted() {
    let q = one("服務群眾1.2萬人次");
    assert_eq!((q.value, q.unit.as_str()), (12_000.0, "人次"));
    let q = one("成立志願服務隊伍35個");
    assert_eq!((q.value, q.unit.as_str()), (35.0, "个"));
    let q = one("超3億元");
    assert_eq!((q.value, q.unit.as_str()), (300_000_000.0, "元"));
}

#[test]
fn percentages_in_words_plus_signs_and_upper_bounds() {
    let q = one("百分之八十的社区建立了志愿服务站");
    assert_eq!((q.value, q.unit.as_str()), (80.0, "%"));
    let q = one("矛盾纠纷化解率达到百分之百");
    assert_eq!((q.value, q.unit.as_str()), (100.0, "%"));
    let q = one("全年服务群众10万+人次");
    assert_eq!(
        (q.value, q.unit.as_str(), q.qualifier),
        (100_000.0, "人次", Qualifier::Over)
    );
    none("构建“5+2+N”服务体系");
    none("推行1+N工作法");
    let q = one("成立不足6个月");
    assert_eq!(q.qualifier, Qualifier::Under);
    let q = one("平均等待时间不到5分钟,服务骑手不到300人");
    assert_eq!((q.value, q.qualifier), (300.0, Qualifier::Under));
}

#[test]
fn two_figures_in_a_row() {
    let chars: Vec<char> = "接访约访下访群众183批293人次".chars().collect();
    let found = find_quantities(&chars);
    assert_eq!(
        found
            .iter()
            .map(|q| (q.value, q.unit.as_str()))
            .collect::<Vec<_>>(),
        vec![(183.0, "批"), (293.0, "人次")]
    );
}

/// A decimal before 万 or 亿 is the number the text writes, not a binary fraction times the
/// multiplier (2.3亿 was 229999999.99999997).
#[test]
fn decimals_times_wan_and_yi_are_exact() {
    for (text, value) in [
        ("投入资金2.3亿元", 230_000_000.0),
        ("注册志愿者1691.47万人", 16_914_700.0),
        ("服务群众24.4万余人次", 244_000.0),
        ("建成社工站1.7萬余個", 17_000.0),
        ("覆盖0.25万户", 2_500.0),
        ("慈善资金1.05亿元", 105_000_000.0),
    ] {
        assert_eq!(one(text).value, value, "{text}");
    }
}
