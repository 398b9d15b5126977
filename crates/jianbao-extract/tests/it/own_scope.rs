//! The scope of an organisation's, a community's and a street's own figures (the scope4 round):
//! each phenomenon a short article written for this test in the way official and news texts tell
//! of one unit, extracted as a new user would (one file, no manifest).

use jianbao_facts::Level;

use crate::support::article;

use article::{facts_of, find};

/// A story about one association refers to it by its kind alone (该协会, 协会党委, 去年,协会……)
/// once it has named it: those sentences tell the association's own members, branches and
/// activities, at level org in the city it is in, never the city's figures.
#[test]
fn an_association_referred_to_by_its_kind_keeps_its_figures() {
    let text = "温州市鞋业协会:党建引领行业抱团发展\n\
                来源:温州日报 2025-05-10\n\
                近年来,在市委社会工作部指导下,温州市鞋业协会坚持新兴领域党建引领,推进行业协会商会党建工作,积极为会员企业纾困解难。\n\
                该协会现有会员企业320家,其中规上企业86家。协会党委下设党支部12个,有党员156名。\n\
                去年,协会组织企业参加展会15场。全市共有行业协会商会210家。\n";
    let facts = facts_of("xiehui.txt", text);
    for (value, unit) in [
        (320.0, "家"),
        (86.0, "家"),
        (12.0, "个"),
        (156.0, "名"),
        (15.0, "场"),
    ] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.level, Level::Org, "{fact:#?}");
        assert_eq!(fact.place, "温州市", "{fact:#?}");
    }
    let city = find(&facts, 210.0, "家");
    assert_eq!(city.level, Level::City, "{city:#?}");
}

/// A riders' station and a firm's party branch are told of by their kind (站点共有骑手……,
/// 公司党支部有党员……): their staff and members are theirs (org), while 全区 in the same
/// article is the district's.
#[test]
fn a_station_and_a_firms_branch_told_of_by_their_kind() {
    let text = "成都:外卖骑手有了“暖心港湾”\n\
                2025-03-02 来源:成都发布\n\
                在成都市武侯区,美团玉林站点是区委社会工作部新就业群体党建工作的示范点,关心关爱快递员、外卖骑手等新就业群体。\n\
                站点共有骑手300名,其中党员骑手18名。\n\
                辖区一家物流公司也在推进新兴领域党建,公司党支部有党员15名。全区已建成新就业群体服务站点58个。\n";
    let facts = facts_of("zhandian.txt", text);
    for (value, unit) in [(300.0, "名"), (18.0, "名"), (15.0, "名")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.level, Level::Org, "{fact:#?}");
        assert_eq!(fact.place, "成都市武侯区", "{fact:#?}");
    }
    let district = find(&facts, 58.0, "个");
    assert_eq!(district.level, Level::District, "{district:#?}");
}

/// A provincial paper's story of one centre in a city: a new paragraph that goes on about the
/// centre by its kind (中心每年……) stays with the centre at its city, not with the province the
/// article is about.
#[test]
fn an_organisations_next_paragraph_stays_at_its_place() {
    let text = "社工机构扎根基层\n\
                2025-06-01 来源:江苏民政\n\
                江苏省社会工作部推动社会工作发展。南京市心悦社会工作服务中心成立于2012年,目前有专职社工56名。\n\
                中心每年开展个案服务300余个。\n\
                全省持证社会工作者达9.6万名。\n";
    let facts = facts_of("zhongxin.txt", text);
    for (value, unit) in [(56.0, "名"), (300.0, "个")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.level, Level::Org, "{fact:#?}");
        assert_eq!(fact.place, "南京市", "{fact:#?}");
    }
    let province = find(&facts, 96_000.0, "名");
    assert_eq!(province.level, Level::Province, "{province:#?}");
}

/// 在区委社会工作部指导下 names the body that guides the community, not the community's place:
/// the community's figures stay at community level under its street, not at the district.
#[test]
fn a_guiding_committee_is_not_the_communitys_place() {
    let text = "社区里的“幸福食堂”\n\
                2025-06-01 来源:金水融媒\n\
                郑州市金水区花园路街道丰产路社区在区委社会工作部指导下推进基层治理,发展志愿服务。\n\
                社区现有居民3200户,注册志愿者420名。\n";
    let facts = facts_of("shequ.txt", text);
    for (value, unit) in [(3200.0, "户"), (420.0, "名")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.place, "郑州市金水区花园路街道丰产路社区", "{fact:#?}");
        assert_eq!(fact.level, Level::Street, "{fact:#?}");
    }
}

/// A street's story that visits one of its communities (在东坡路社区,记者看到……) then goes on
/// with 街道已组建……: the bare kind points back to the street, so its figures are not the
/// community's; a community named by its secretary (东坡路社区书记介绍,社区有……) keeps its own.
#[test]
fn a_street_and_a_community_named_in_passing() {
    let text = "湖滨街道:基层治理有新招\n\
                2025-06-01 来源:上城发布\n\
                今年以来,杭州市上城区湖滨街道推进基层治理,发展志愿服务。\n\
                在东坡路社区,记者看到志愿者正在为老人理发。\n\
                目前,街道已组建志愿服务队伍45支,注册志愿者6800名。\n\
                清波门社区书记介绍,社区有志愿者560名。\n";
    let facts = facts_of("jiedao.txt", text);
    for (value, unit) in [(45.0, "支"), (6800.0, "名")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.place, "杭州市上城区湖滨街道", "{fact:#?}");
        assert_eq!(fact.level, Level::Street, "{fact:#?}");
    }
    let community = find(&facts, 560.0, "名");
    assert!(community.place.ends_with("清波门社区"), "{community:#?}");
    assert_eq!(community.level, Level::Street, "{community:#?}");
}

/// A kind of organisation counted as the subject of 建成/达 (社工站已建成128个) is a count of
/// such organisations in the place, not one organisation's own figure.
#[test]
fn a_kind_counted_as_subject_is_the_places_figure() {
    let text = "社会工作服务站点亮基层\n\
                2025-06-01 来源:睢宁发布\n\
                近年来,徐州市睢宁县委社会工作部推动社会工作发展。\n\
                目前,社工站已建成18个,社工站现有专职社工56名。\n";
    let facts = facts_of("shegongzhan.txt", text);
    let stations = find(&facts, 18.0, "个");
    assert_eq!(stations.level, Level::District, "{stations:#?}");
    assert!(stations.place.ends_with("睢宁县"), "{stations:#?}");
}

/// A village located in its town (南汇村位于……王江泾镇东部) is named under that town, and 全村
/// in the next paragraph points back to the village: its figures are the village's, not the
/// town's above it.
#[test]
fn a_village_located_in_its_town_keeps_its_figures() {
    let text = "南汇村:党建引领乡村治理\n\
                2025-06-01 来源:嘉兴日报\n\
                南汇村位于嘉兴市秀洲区王江泾镇东部,近年来推进基层治理,发展志愿服务。\n\
                全村共有农户860户,党员120名。\n";
    let facts = facts_of("cun.txt", text);
    for (value, unit) in [(860.0, "户"), (120.0, "名")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.place, "嘉兴市秀洲区王江泾镇南汇村", "{fact:#?}");
        assert_eq!(fact.level, Level::Street, "{fact:#?}");
    }
}

/// A community's article quoting its town (王江泾镇社会工作部门介绍,该社区现有……) or opening a
/// clause with a time word before the kind (目前社区有……): the figures after 该社区/社区 are the
/// community's, not the town's named just before.
#[test]
fn a_community_pointed_back_to_after_its_town_is_named() {
    let text = "社区治理有温度\n\
                2025-06-01 来源:嘉兴日报\n\
                嘉兴市秀洲区王江泾镇南汇社区推进基层治理,发展志愿服务。\n\
                王江泾镇社会工作部门介绍,该社区现有居民2600户。\n\
                社区党委书记说,王江泾镇给了社区很大支持。目前社区有志愿者320名。\n";
    let facts = facts_of("shequ_zhen.txt", text);
    for (value, unit) in [(2600.0, "户"), (320.0, "名")] {
        let fact = find(&facts, value, unit);
        assert_eq!(fact.place, "嘉兴市秀洲区王江泾镇南汇社区", "{fact:#?}");
        assert_eq!(fact.level, Level::Street, "{fact:#?}");
    }
}
