//! A city's or district's review of its community work (figures15): such a page names the remit
//! by 社区建设, 基层组织和政权建设 and 社区实体化 rather than by 社会工作 or 志愿服务, and had been
//! dropped as off topic with all its figures. Housing pages (住建's 居住社区建设, 完整社区建设) and
//! a city's economy page that mentions community building in passing stay off topic. Short
//! articles written for these tests.

use jianbao_facts::Fact;

use crate::support::article;

use article::has;

fn facts_of(text: &str) -> Vec<Fact> {
    article::facts_of("article.txt", text)
}

#[test]
fn a_review_of_community_building_is_read() {
    // an official's review, a work meeting's report, a reform's first year
    for (text, figures) in [
        (
            "市民政局局长谈城市社区建设\n\n2023年以来,汉州市把社区建设作为民生工程来抓,新设社区21个,全市社区总数达到86个。市财政三年累计投入社区建设资金1.6亿元。下一步,汉州市将持续推进基层组织和政权建设,推动社区实体化运行。",
            vec![(86.0, "个"), (160_000_000.0, "元")],
        ),
        (
            "全市社区建设工作会议召开\n\n5月20日,宜阳市社区建设工作会议召开。会议通报,去年全市新增社区居委会12个,社区总数达到158个,全年投入社区建设资金8600万元。会议要求,各县区要把基层组织和政权建设摆在突出位置。",
            vec![(158.0, "个"), (86_000_000.0, "元")],
        ),
        (
            "社区实体化改革一年间\n\n一年来,临川市推动社区实体化运行,全市138个社区全部完成改革,新设社区17个。市级财政安排社区建设补助资金3200万元,为加强基层组织和政权建设打下基础。",
            vec![(138.0, "个"), (32_000_000.0, "元")],
        ),
    ] {
        let facts = facts_of(text);
        for (value, unit) in figures {
            assert!(has(&facts, value, unit), "{value}{unit}: {text}");
        }
    }
}

#[test]
fn housing_and_economy_pages_stay_off_topic() {
    for text in [
        "城市居住社区建设补短板行动方案\n\n按照住建部门的部署,今年全县将完成老旧小区改造12个,开展完整社区建设试点3个,居住社区建设补短板项目总投资2.5亿元。",
        "完整社区建设试点名单公布\n\n住建部门近日公布完整社区建设试点,全省共有26个社区入选,将新建便民商业网点140个,完整社区建设投资超过5亿元。",
        "上半年全市经济运行稳中向好\n\n上半年,全市地区生产总值增长6.1%,规上工业增加值增长7.2%,社会消费品零售总额达到320亿元,新建社区商业网点35个,城市社区建设同步推进。",
    ] {
        let facts = facts_of(text);
        assert!(facts.is_empty(), "{text}: {facts:#?}");
    }
}
