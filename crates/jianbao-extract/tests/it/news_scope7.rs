//! The scope of organisations', streets' and communities' own figures (the scope7 round): each
//! phenomenon a short article written for this test in the way official and news texts tell of
//! one unit, extracted as a new user would (one file, no manifest).

use jianbao_facts::Level;

use crate::support::article;

use article::{facts_of, find};

/// An association's year review is headed by the association (平阳县个体私营企业协会2024年工作
/// 回顾) and goes on about it as 本会, 我会 or with no subject at all, section after section: its
/// member units, members, activities, party branch and giving are its own (org), at its county.
#[test]
fn an_associations_year_review_tells_its_own_figures() {
    let text = "平阳县个体私营企业协会2024年工作回顾\n\
                来源:平阳县委社会工作部 2025-01-15\n\
                2024年,平阳县个体私营企业协会在县委社会工作部指导下,坚持党建引领,服务会员发展。\n\
                一、加强自身建设\n\
                全年新发展会员单位86家,目前会员单位达520家、个人会员1300名。\n\
                二、开展服务活动\n\
                本会全年组织政策宣讲12场,走访会员企业210家次。\n\
                我会党委下设党支部9个,有党员128名。\n\
                三、服务社会\n\
                组织会员企业参与公益捐赠,累计捐款捐物折合360万元,结对帮扶困难家庭45户。\n";
    let facts = facts_of("huigu.txt", text);
    for (value, unit) in [
        (86.0, "家"),
        (520.0, "家"),
        (1300.0, "名"),
        (12.0, "场"),
        (210.0, "家次"),
        (9.0, "个"),
        (128.0, "名"),
        (3_600_000.0, "元"),
        (45.0, "户"),
    ] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.level, Level::Org, "{fact:#?}");
        assert!(fact.place.ends_with("平阳县"), "{fact:#?}");
    }
}

/// A sector's joint party committee named in the headline and the lead (海曙区快递物流行业联合
/// 党委) is then 联合党委 alone: its branches, members and activities are its own, while 全区 in
/// the same article is the district's.
#[test]
fn a_joint_party_committee_told_of_by_its_kind() {
    let text = "海曙区快递物流行业联合党委:让新就业群体有归属感\n\
                2025-03-18 来源:宁波日报\n\
                近年来,海曙区快递物流行业联合党委在区委社会工作部指导下,把新兴领域党建工作延伸到每个网点。\n\
                联合党委现有下属党支部11个,党员136名,其中快递员党员52名。\n\
                去年以来,联合党委组织开展关爱新就业群体活动48场,惠及快递小哥2300余人次。\n\
                全区共有快递网点260个。\n";
    let facts = facts_of("lianhe.txt", text);
    for (value, unit) in [
        (11.0, "个"),
        (136.0, "名"),
        (52.0, "名"),
        (48.0, "场"),
        (2300.0, "人次"),
    ] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.level, Level::Org, "{fact:#?}");
        assert_eq!(fact.place, "宁波市海曙区", "{fact:#?}");
    }
    let district = find(&facts, 260.0, "个");
    assert_eq!(district.level, Level::District, "{district:#?}");
}

/// An association's own news speaks of it as 我会 and 本会 after its lead names it: what 本会
/// and 我会党支部 have and do is the association's.
#[test]
fn an_association_speaking_of_itself() {
    let text = "我会召开2024年度会员大会\n\
                2025-01-20 来源:鹿城区社会组织服务中心\n\
                1月18日,温州市鹿城区物业管理协会召开2024年度会员大会,区委社会工作部有关负责人出席会议。\n\
                会议通报,本会目前有会员单位68家,全年开展行业培训9期,培训从业人员1200余人次。\n\
                我会党支部现有党员23名,推动行业协会商会党建工作提质增效。\n";
    let facts = facts_of("wohui.txt", text);
    for (value, unit) in [(68.0, "家"), (9.0, "期"), (1200.0, "人次"), (23.0, "名")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.level, Level::Org, "{fact:#?}");
        assert_eq!(fact.place, "温州市鹿城区", "{fact:#?}");
    }
}

/// A community's own story names it in the headline (幸福里社区:……) or sets its lead in it (在
/// 幸福里社区,……) with no district before it: where it lies only the source line says (来源:
/// 皇姑区融媒体中心). Its residents, grids, teams and volunteers are the community's (street
/// level, inside 皇姑区), never the province's or the district's.
#[test]
fn a_community_placed_only_by_its_source_line() {
    let headed = "幸福里社区:小网格撬动大治理\n\
                  来源:皇姑区融媒体中心 2025-04-10\n\
                  初春时节,记者走进这个老旧楼院集中的社区,看到志愿者正在清理楼道。\n\
                  社区现有居民4200户,划分网格12个,组建志愿服务队6支,注册志愿者达380名。\n\
                  近年来,社区累计解决居民诉求560余件。\n";
    let set_in = "“小网格”撬动“大治理”\n\
                  来源:皇姑区融媒体中心 2025-04-10\n\
                  在幸福里社区,一场议事会正在进行。社区现有居民4200户,划分网格12个,组建志愿服务队6支,注册志愿者达380名。\n\
                  近年来,社区累计解决居民诉求560余件。\n";
    for (name, text) in [("headed.txt", headed), ("set_in.txt", set_in)] {
        let facts = facts_of(name, text);
        for (value, unit) in [
            (4200.0, "户"),
            (12.0, "个"),
            (6.0, "支"),
            (380.0, "名"),
            (560.0, "件"),
        ] {
            let fact = find(&facts, value, unit);
            assert_eq!(fact.level, Level::Street, "{name}: {fact:#?}");
            assert_eq!(fact.place, "沈阳市皇姑区幸福里社区", "{name}: {fact:#?}");
        }
    }
}

/// A district name several cities share (铁西区 of 沈阳, 鞍山 and 四平) written right after its
/// city (沈阳市铁西区) is that city's district: names chain from the outer place to the inner,
/// so the community after it lies there and keeps its figures at street level.
#[test]
fn a_shared_district_name_after_its_city() {
    let text = "幸福里社区:小网格撬动大治理\n\
                来源:沈阳日报 2025-04-10\n\
                沈阳市铁西区幸福里社区是一个老旧楼院集中的社区。\n\
                社区现有居民4200户,划分网格12个,组建志愿服务队6支,注册志愿者达380名。\n";
    let facts = facts_of("tiexi.txt", text);
    for (value, unit) in [(4200.0, "户"), (12.0, "个"), (6.0, "支"), (380.0, "名")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.level, Level::Street, "{fact:#?}");
        assert_eq!(fact.place, "沈阳市铁西区幸福里社区", "{fact:#?}");
    }
}

/// A feature headed by its province (黑龙江:……, 宁夏:……) may open with one resident's story in
/// a community (quoted words, 家住……, 张大爷, 王大姐): that scene is not the article's place, so
/// the province's figures after it (全省……, 全区……, and the next sentence's without a place)
/// stay the province's, never the community's, street's or district's.
#[test]
fn a_provinces_figures_after_an_anecdote() {
    let quoted = "黑龙江:志愿服务温暖龙江大地\n\
                  2025-12-05 来源:黑龙江日报\n\
                  “每周三下午,志愿者都会来陪我聊天。”家住哈尔滨市道里区新阳路街道安和社区的张大爷说。社区志愿者还帮他买菜、打扫卫生。\n\
                  截至目前,全省实名注册志愿者达820万人。志愿服务组织达2.6万个,累计志愿服务时长超1.2亿小时。\n";
    let facts = facts_of("quoted.txt", quoted);
    for (value, unit) in [
        (8_200_000.0, "人"),
        (26_000.0, "个"),
        (120_000_000.0, "小时"),
    ] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.level, Level::Province, "{fact:#?}");
        assert_eq!(fact.place, "黑龙江省", "{fact:#?}");
    }
    let scene = "宁夏:志愿服务温暖万家\n\
                 2025-12-05 来源:宁夏日报\n\
                 在银川市兴庆区丽景街道丽子园社区,志愿者王大姐每周都会去看望独居老人。\n\
                 “能帮上忙,我心里高兴。”王大姐说。\n\
                 截至目前,全区实名注册志愿者达120万人,志愿服务组织8000余个。\n";
    let facts = facts_of("scene.txt", scene);
    for (value, unit) in [(1_200_000.0, "人"), (8000.0, "个")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.level, Level::Province, "{fact:#?}");
        assert_eq!(fact.place, "宁夏回族自治区", "{fact:#?}");
    }
}

/// A management area that its province runs through a management committee (长白山管委会,
/// with districts of its own: 池西区) is no city whose name hides inside its own (白山 in 长白山):
/// a community of it keeps its figures at street level in that area, never 白山市's.
#[test]
fn a_management_areas_community_is_no_other_city() {
    let text = "长白山池西区:志愿服务让景区更温暖\n\
                2025-07-12 来源:长白山发布\n\
                近日,长白山管委会池西区白桦社区发动志愿者开展景区文明引导活动,社区现有注册志愿者260名。\n\
                今年以来,社区开展志愿服务活动85场。\n";
    let facts = facts_of("chixi.txt", text);
    for (value, unit) in [(260.0, "名"), (85.0, "场")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.province, "吉林", "{fact:#?}");
        assert_eq!(fact.level, Level::Street, "{fact:#?}");
        assert!(fact.place.starts_with("长白山"), "{fact:#?}");
        assert!(fact.place.ends_with("池西区白桦社区"), "{fact:#?}");
    }
}

/// A street's own story headed by the street with a verb (小河街道打造……) names no district:
/// the city paper in its source line (来源:杭州日报) says where it lies, and the street's
/// communities, teams and volunteers are its own (street level), not the city's.
#[test]
fn a_street_heading_its_story_with_a_verb() {
    let text = "小河街道打造“红色楼长”队伍 激活基层治理\n\
                2025-03-02 来源:杭州日报\n\
                “有事找楼长,准没错。”说起“红色楼长”,居民们都竖起大拇指。\n\
                街道现有社区9个,今年以来组建志愿服务队伍32支,注册志愿者达2100名,开展志愿服务活动460余场。\n";
    let facts = facts_of("xiaohe.txt", text);
    for (value, unit) in [(9.0, "个"), (32.0, "支"), (2100.0, "名"), (460.0, "场")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.level, Level::Street, "{fact:#?}");
        assert_eq!(fact.place, "杭州市小河街道", "{fact:#?}");
    }
}

/// A street whose name opens with a character that is elsewhere a word of its own (和睦街道,
/// 向阳社区), written right after its district: a name, whose figures are the street's.
#[test]
fn a_street_name_opening_with_a_function_character() {
    let text = "“红色楼长”激活基层治理\n\
                2025-03-02 来源:杭州日报\n\
                本报讯(记者 李青)近日,杭州市拱墅区和睦街道召开“红色楼长”工作推进会。\n\
                街道现有社区9个,常住人口4.2万人。今年以来,街道组建志愿服务队伍32支,注册志愿者达2100名。\n";
    let facts = facts_of("hemu.txt", text);
    for (value, unit) in [(9.0, "个"), (32.0, "支"), (2100.0, "名")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.level, Level::Street, "{fact:#?}");
        assert_eq!(fact.place, "杭州市拱墅区和睦街道", "{fact:#?}");
    }
}

/// A headline that opens with its district set apart from the street after it (拱墅区:小河街道
/// 打造……) is the street's story: the street lies in that district and its figures are its own,
/// while 全区 in the body is the district's.
#[test]
fn a_street_after_its_district_in_the_headline() {
    let text = "拱墅区:小河街道打造“红色楼长”队伍 激活基层治理\n\
                2025-03-02 来源:杭州日报\n\
                “有事找楼长,准没错。”说起“红色楼长”,居民们都竖起大拇指。\n\
                街道现有社区9个,今年以来组建志愿服务队伍32支,注册志愿者达2100名,开展志愿服务活动460余场。\n\
                全区已建成“红色楼长”队伍1200余支。\n";
    let facts = facts_of("gongshu.txt", text);
    for (value, unit) in [(9.0, "个"), (32.0, "支"), (2100.0, "名"), (460.0, "场")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.level, Level::Street, "{fact:#?}");
        assert_eq!(fact.place, "杭州市拱墅区小河街道", "{fact:#?}");
    }
    let district = find(&facts, 1200.0, "支");
    assert_eq!(district.level, Level::District, "{district:#?}");
}
