//! The period of figures in the ways heldout14's counted as_of kinds show pages writing them
//! (devcorpus/README.md, `as_of`): a figure averaged over the years (年均), an e-paper reader's
//! own date bar beside its story's date line written without a year (日期:11-05), and a repost's
//! post line above a dateline (电头) that gives no year. Articles written for these tests in
//! the way county sites, e-paper readers and reposting sites print them.

use crate::support::article;

use article::find;

fn as_of(facts: &[jianbao_facts::Fact], value: f64, unit: &str) -> Option<String> {
    find(facts, value, unit).as_of.clone()
}

/// A figure averaged over the years (年均, 平均每年, 年平均) is a rate over an unnamed run of
/// years: the month of an opening an earlier sentence of its paragraph told is not its, while a
/// date of its own sentence still is.
#[test]
fn a_yearly_average_takes_no_earlier_sentences_month() {
    let facts = article::facts_of(
        "yearly_average.txt",
        "东坡县志愿服务基地简介\n发布时间:2024-05-20 10:12\n\
         2019年4月,东坡县首个志愿服务基地在滨江公园揭牌。基地设有理发、义诊等服务点,年均开展便民服务活动300余场。\n\
         2021年6月,县志愿者协会的爱心驿站投入使用。驿站平均每年接待户外劳动者1.2万人次。\n\
         2020年3月,县里组建了应急救援志愿服务队。队伍成立后,年平均参与救援任务45次。\n\
         2023年,县志愿者协会年均组织培训18期。\n",
    );
    assert_eq!(as_of(&facts, 300.0, "场"), None);
    assert_eq!(as_of(&facts, 12000.0, "人次"), None);
    assert_eq!(as_of(&facts, 45.0, "次"), None);
    assert_eq!(as_of(&facts, 18.0, "期").as_deref(), Some("2023"));
}

/// An e-paper reader prints its own date bar (the day it is read, or its latest issue) above
/// the story, whose own date line gives the day without its year (日期:11-05): a bar of another
/// month is not the story's date, so figures told without a date of their own get none. A bar
/// of the story's month is its issue's date.
#[test]
fn an_e_paper_readers_date_bar_is_not_its_storys_date() {
    let facts = article::facts_of(
        "epaper_bar.txt",
        "西岭日报数字报\n2026年12月01日 星期二\n第03版:要闻\n上一版 下一版\n\
         西岭县志愿服务队伍不断壮大\n日期:11-05 来源:西岭日报\n\
         本报讯 近日,记者从西岭县委社会工作部获悉,全县目前已有注册志愿者3.2万人。\n",
    );
    assert_eq!(as_of(&facts, 32000.0, "人"), None);
    let facts = article::facts_of(
        "epaper_bar_slash.txt",
        "南岭晚报电子版\n今日导读 往期回顾\n2025-09-30\n\
         南岭区志愿服务站点遍布城乡\n发布时间:06/18 09:30  作者:王芳\n\
         记者从南岭区委社会工作部获悉,目前全区建成志愿服务站点14个。\n",
    );
    assert_eq!(as_of(&facts, 14.0, "个"), None);
    let facts = article::facts_of(
        "epaper_bar_same_month.txt",
        "东坡日报数字报\n2025年11月05日 星期三\n第02版:综合\n\
         东坡县新就业群体服务站点全覆盖\n日期:11-05 来源:东坡日报\n\
         本报讯 记者从东坡县委社会工作部获悉,目前全县已建成新就业群体服务站点86个。\n",
    );
    assert_eq!(as_of(&facts, 86.0, "个").as_deref(), Some("2025-11"));
}

/// A repost's post line (2018年09月19日 16:24 | 来源:……) gives the year of a dateline (电头) that
/// gives none (新华社……9月17日电, 本报讯 9月17日, 中新網……9月17日電): the article's figures
/// told without a date of their own are of that month.
#[test]
fn a_reposts_post_line_dates_its_datelines_story() {
    let facts = article::facts_of(
        "repost_wire.txt",
        "西岭县志愿服务队伍不断壮大\n2018年09月19日 16:24 | 来源:西岭新闻网\n\
         新华社西宁9月17日电(记者 李明)记者从西岭县委社会工作部获悉,西岭县目前已建成志愿服务站点410个。\n",
    );
    assert_eq!(as_of(&facts, 410.0, "个").as_deref(), Some("2018-09"));
    let facts = article::facts_of(
        "repost_paper.txt",
        "南岭区召开志愿服务推进会\n发布时间:2019-06-03 08:40 来源:南岭日报\n\
         本报讯 6月1日上午,南岭区召开志愿服务工作推进会。\n\
         会上,南岭区表彰优秀志愿者320名。\n",
    );
    assert_eq!(as_of(&facts, 320.0, "名").as_deref(), Some("2019-06"));
    let facts = article::facts_of(
        "repost_trad.txt",
        "東坡縣志願服務站點遍布城鄉\n2020年10月12日 10:05 | 來源:東坡在線\n\
         中新網東坡10月10日電 (記者 趙敏)記者10日從東坡縣委社會工作部獲悉,東坡縣目前已建成志願服務站點18個。\n",
    );
    assert_eq!(as_of(&facts, 18.0, "个").as_deref(), Some("2020-10"));
}
