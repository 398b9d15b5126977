//! Relevance and place phenomena of round relevance17: a press page on people's mediation (人民调解,
//! its committees, mediators and the disputes they settle) and a county's case report on
//! 基层社会治理 or 市域社会治理 (its 综治中心, grids and disputes resolved) are the remit of 信访 and
//! 基层治理 and pass the topic check on those names, while a court's mediation news, a company's
//! dispute and a consumer complaint page, which write 调解 and 纠纷 as often, stay out; and a spam
//! title line of an adult site (…黄色网址美女香港) sets neither the page's place nor its province.
//! One article per wording, written for these tests, each extracted as a new user would.

use jianbao_facts::Level;

use crate::support::article;

use article::{facts_of, find};

/// People's mediation reported by a province, a county and (in traditional script with pinyin
/// glosses after some characters) a region: each gives its figures.
#[test]
fn a_peoples_mediation_page_is_on_topic() {
    let pages = [
        (
            "全省人民调解工作会议召开",
            "记者从全省人民调解工作会议上获悉,截至去年底,湖南省共有人民调解委员会4.1万个,\
             人民调解员15.6万名。今年以来,全省各级人民调解组织共调解矛盾纠纷23.8万件,\
             调解成功率达97.2%。",
            (41_000.0, "个", "湖南"),
        ),
        (
            "宣城市泾县:人民调解织密基层“解纷网”",
            "泾县在每个村(社区)设立调委会,配备专兼职人民调解员,形成县、乡、村三级人民调解网络。\
             今年1至9月,全县调委会共排查调处各类纠纷1260件,其中村级调委会化解986件。",
            (1260.0, "件", "安徽"),
        ),
        (
            "西藏自治區人民調(tiáo)解工作綜述",
            "近年來,西藏自治區司法廳指導(dǎo)各地健全人民調(tiáo)解組織,全區(qū)建成村(居)人民調(tiáo)解委員會5400余個,\
             人民調(tiáo)解員達3.2萬(wàn)名,去年共調(tiáo)解糾紛1.8萬(wàn)件。",
            (32_000.0, "名", "西藏"),
        ),
    ];
    for (title, body, (value, unit, province)) in pages {
        let facts = facts_of("article.txt", &format!("{title}\n{body}\n"));
        let fact = find(&facts, value, unit);
        assert_eq!(fact.province, province, "{title}: {fact:#?}");
    }
}

/// A county's or city's case report on its governance: a 综治中心 one door for disputes, a
/// 基层社会治理 model told in its grids, a 市域社会治理 pilot: each gives its figures.
#[test]
fn a_county_governance_case_report_is_on_topic() {
    let pages = [
        (
            "案例:打造实战化县级综治中心",
            "临洮县投入120万元建成县综治中心,整合信访、司法、法院等部门进驻,设置服务窗口12个。\
             综治中心运行以来,共受理群众诉求860件,化解率达96%。",
            (860.0, "件"),
        ),
        (
            "庄浪县“三治融合”推进基层社会治理",
            "庄浪县以基层社会治理为抓手,全县划分网格1350个,配备专兼职网格员1420名,\
             今年以来排查化解矛盾纠纷2100余件,基层社会治理水平持续提升。",
            (1350.0, "个"),
        ),
        (
            "市域社会治理现代化试点工作经验交流",
            "作为全国市域社会治理现代化试点城市,天水市建成市、县、乡三级综治中心128个,\
             在市域社会治理中打通服务群众“最后一公里”,全市矛盾纠纷调处成功率98.5%。",
            (128.0, "个"),
        ),
    ];
    for (title, body, (value, unit)) in pages {
        let facts = facts_of("article.txt", &format!("{title}\n{body}\n"));
        let fact = find(&facts, value, unit);
        assert_eq!(fact.province, "甘肃", "{title}: {fact:#?}");
    }
}

/// Dispute words without the remit's names: a court's mediation news (that names a people's
/// mediator once), a company's dispute settled by mediation and a consumer complaint page are
/// still off topic and give nothing.
#[test]
fn a_courts_or_a_companys_or_a_consumers_dispute_stays_out() {
    let pages = [
        "区法院诉前调解成效明显\n\
         今年以来,区人民法院坚持调解优先,诉前调解民商事纠纷1860件,调解成功率达65%,\
         邀请人民调解员参与调解案件320件,平均办理时长缩短至18天。\n",
        "某公司与供应商合同纠纷达成和解\n\
         记者获悉,某科技公司与供应商的合同纠纷经商事调解中心调解达成和解,\
         双方约定分3期支付货款1200万元,此前该纠纷已持续14个月。\n",
        "市消费者协会发布一季度投诉分析\n\
         一季度,市消费者协会共受理消费投诉2310件,调解成功1980件,为消费者挽回经济损失156万元,\
         其中预付式消费纠纷占投诉总量的31.5%。\n",
    ];
    for text in pages {
        let facts = facts_of("article.txt", text);
        assert!(facts.is_empty(), "{text}: {facts:#?}");
    }
}

/// An adult site's bait set as a page's title line, closed by a place (香港, 澳门, 台湾): the
/// community page under it keeps its own community and province.
#[test]
fn a_spam_title_line_sets_neither_place_nor_province() {
    for spam in [
        "日韩精品一区二区黄色网址美女香港",
        "国产精品在线观看午夜福利澳门",
        "成人视频毛片看片台湾",
    ] {
        let text = format!(
            "{spam}\n\
             北京市朝阳区劲松街道农光里社区:党建引领基层治理见实效\n\
             农光里社区现有居民3200户,社区组建志愿服务队8支,注册志愿者460名,\
             今年以来开展志愿服务活动120场。\n"
        );
        let facts = facts_of("article.txt", &text);
        for (value, unit) in [(8.0, "支"), (460.0, "名")] {
            let fact = find(&facts, value, unit);
            assert_eq!(fact.province, "北京", "{spam}: {fact:#?}");
            assert!(fact.place.contains("农光里社区"), "{spam}: {fact:#?}");
            assert_eq!(fact.level, Level::Street, "{spam}: {fact:#?}");
        }
    }
}

/// One of those words alone (最美女骑手 holds 美女) makes no spam line: a title that names a
/// place with it still places the page.
#[test]
fn one_spam_word_in_a_real_title_keeps_its_place() {
    let text = "北京市海淀区评选“最美女骑手”\n\
        近日,海淀区委社会工作部开展新就业群体评选活动,全区共有骑手驿站45个,\
        评选出优秀外卖骑手20名。\n";
    let facts = facts_of("article.txt", text);
    let fact = find(&facts, 45.0, "个");
    assert_eq!(fact.province, "北京", "{fact:#?}");
    assert!(fact.place.contains("海淀区"), "{fact:#?}");
}
