//! A relative clause opened by 在 right after the measure word (8名在本月过生日的外卖员) modifies
//! the counted noun after its 的: the label is that noun, not the words before the figure, and a
//! plain verb after the noun (组织了, 送上) ends it. Words that begin with 在 but are words of
//! their own (在职党员, 在校学生) stay in the label. Short articles written for these tests.

use jianbao_facts::Fact;

use crate::support::article;

use article::find;

/// The facts of `text` as one article file, with a closing line that makes it an article about
/// the care of new-employment workers.
fn facts_of(text: &str) -> Vec<Fact> {
    let text =
        format!("{text}区委社会工作部表示,将持续做好新就业群体关爱服务,社区志愿者也参与其中。\n");
    article::facts_of("article.txt", &text)
}

#[test]
fn the_noun_after_a_zai_clause_is_counted() {
    let facts = facts_of(
        "浙江省温州市鹿城区关爱新就业群体\n五马街道府前社区的工作人员为辖区内12名在10月过生日的快递员组织了一场生日会。\n",
    );
    assert_eq!(find(&facts, 12.0, "名").label, "快递员");
    let facts = facts_of(
        "江苏省扬州市广陵区关爱新就业群体\n汶河街道某社区为辖区20名在本月过生日的外卖骑手送上生日蛋糕。\n",
    );
    assert_eq!(find(&facts, 20.0, "名").label, "外卖骑手");
    let facts = facts_of(
        "湖北省宜昌市西陵区关爱新就业群体\n社区党委为30位在辖区奔波的网约车司机送去防暑药品。\n",
    );
    assert_eq!(find(&facts, 30.0, "位").label, "网约车司机");
}

#[test]
fn words_that_begin_with_zai_stay_in_the_label() {
    let facts = facts_of(
        "河南省洛阳市西工区社区报到\n今年以来,全区共有860名在职党员到社区报到,其中在校学生志愿者120名。\n",
    );
    assert_eq!(find(&facts, 860.0, "名").label, "在职党员");
}
