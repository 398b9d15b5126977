//! A sentence that opens on a year and tells only an honour (themesasof15; README as_of rule 5):
//! the year dates the honour, not the figures of the sentences after it, which take the page's
//! date (rule 6). Articles written for these tests in the way district and community pages
//! introduce a place before its figures.

use crate::support::article;

use article::find;

fn as_of(facts: &[jianbao_facts::Fact], value: f64, unit: &str) -> Option<String> {
    find(facts, value, unit).as_of.clone()
}

#[test]
fn an_honours_year_does_not_date_the_figures_after_it() {
    let facts = article::facts_of(
        "honours.txt",
        "青溪社区志愿服务见闻\n发布时间:2025-05-09 08:30\n\
         2019年，青溪社区被评为全国志愿服务示范社区。社区志愿者开展邻里互助活动45场。\n\
         2021年度，社区骑手驿站荣获“五星级驿站”称号。驿站为快递员、外卖骑手提供服务2600人次。\n\
         2022年，社区社工站被省民政厅授予“优秀社会工作服务站”称号。社工站开展个案服务130个。\n",
    );
    for (value, unit) in [(45.0, "场"), (2600.0, "人次"), (130.0, "个")] {
        assert_eq!(
            as_of(&facts, value, unit).as_deref(),
            Some("2025-05"),
            "{value}{unit}"
        );
    }
}

#[test]
fn a_year_whose_sentence_counts_something_still_dates_it() {
    let facts = article::facts_of(
        "counted.txt",
        "青溪社区志愿服务见闻\n发布时间:2025-05-09 08:30\n\
         2019年，青溪社区志愿者开展活动30场，社区被评为全国志愿服务示范社区。\n",
    );
    assert_eq!(as_of(&facts, 30.0, "场").as_deref(), Some("2019"));
}
