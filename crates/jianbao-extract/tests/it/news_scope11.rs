//! Place phenomena of this round's news pages, one article per wording (written for these tests),
//! each extracted as a new user would.

use jianbao_facts::Fact;

use crate::support::article;

use article::find;

/// The facts of `text` as one article file.
fn facts_of(text: &str) -> Vec<Fact> {
    article::facts_of("article.txt", text)
}

/// A city's party-building story that opens at a red heritage site named after a central body
/// (中共中央……旧址, 中共一大会址, ……纪念馆) is still the city's: the site is where the story
/// stands, not a national report's subject.
#[test]
fn a_heritage_site_named_after_a_central_body_does_not_make_the_article_national() {
    let openings = [
        "在老城区的一条弄堂里,有一处中共中央军委机关的旧址,如今成了楼宇党员的学习阵地。",
        "紧挨着中共中央局机关旧址的写字楼里,白领们午休时常来这里参观。",
        "每逢周末,中共中央某部门纪念馆前总有年轻党员排队参观。",
    ];
    for opening in openings {
        let text = format!(
            "{opening}\n\n把党的组织覆盖到新兴领域,是上海基层党建的重要经验。\n\n\
             截至目前,上海共有1320幢商务楼宇,85%的重点楼宇建立了楼宇党组织,共组建楼宇党组织2400多个。\n\n\
             下一步,各区将继续推进楼宇党建。"
        );
        let facts = facts_of(&text);
        for (value, unit) in [(1320.0, "幢"), (2400.0, "个")] {
            let fact = find(&facts, value, unit);
            assert_eq!(fact.province, "上海", "{opening}: {fact:#?}");
            assert_eq!(fact.place, "上海市", "{opening}: {fact:#?}");
        }
    }
}

/// The acting body stays national: a lead whose subject is a central body keeps its figures the
/// country's though a later sentence names a memorial.
#[test]
fn a_central_body_as_subject_still_makes_the_article_national() {
    let text = "民政部日前介绍,截至2023年底,全国共有社会组织88.2万个,其中社会团体37.2万个。\n\n\
        各地还依托纪念馆、旧址开展社会组织党建活动。";
    let facts = facts_of(text);
    let fact = find(&facts, 882_000.0, "个");
    assert_eq!(fact.province, "全国", "{fact:#?}");
}

/// A county-level outlet's page whose body names no place of its own (开发区, 商会, 本镇) is
/// about the outlet's place: its source line (来源:某某网, 某某日报, 某某融媒体中心) gives the
/// province, the weakest cue, read only when the body names none.
#[test]
fn a_source_line_gives_the_province_when_the_body_names_no_place() {
    let sources = ["来源:义乌网", "来源:昆山日报", "来源:晋江融媒体中心"];
    let provinces = ["浙江", "江苏", "福建"];
    for (source, province) in sources.into_iter().zip(provinces) {
        let text = format!(
            "经济开发区商会召开会员大会\n\n2024年03月08日\n\n{source}\n\n\
             3月7日,经济开发区商会召开第二届会员大会。据介绍,商会成立以来,现有会员企业86家,\
             商会党支部有党员15名。\n\n编辑:王某"
        );
        let facts = facts_of(&text);
        let fact = find(&facts, 86.0, "家");
        assert_eq!(fact.province, province, "{source}: {fact:#?}");
    }
}

/// An outlet named by a word that is also an urban district's short form (华龙网, a regional
/// portal; 华龙区 lies in another province) gives no province.
#[test]
fn an_urban_districts_short_form_in_a_source_line_gives_no_province() {
    let text = "经济开发区商会召开会员大会\n\n来源:华龙网\n\n\
        3月7日,经济开发区商会召开第二届会员大会。据介绍,商会成立以来,现有会员企业86家,\
        商会党支部有党员15名。";
    let facts = facts_of(text);
    let fact = find(&facts, 86.0, "家");
    assert_ne!(fact.province, "河南", "{fact:#?}");
}
