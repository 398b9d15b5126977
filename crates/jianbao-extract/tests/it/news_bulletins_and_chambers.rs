//! Pages of the remit that name none of its general words: a petition bulletin counting visits
//! and letters, a hotline's weekly figures, and a chamber's founding or party-branch page. Each
//! article is written for these tests, one per wording; each must give its figures, and pages off
//! the remit with the same outward shape (a business visit, a trade body abroad) must give none.

use crate::support::article;

use article::{facts_of, find, has};

#[test]
fn petition_bulletins_counting_visits_and_letters_are_on_topic() {
    for (text, value, unit) in [
        (
            "洛阳市信访情况周报\n\n3月4日至10日,全市共接待群众到市走访86批213人次,其中集访5批97人次。\
             收到书面来信41件,初信初访占比七成。各县区越级访较上周有所减少。\n",
            213.0,
            "人次",
        ),
        (
            "本月信访形势\n\n本月,群众进京走访3人次,到省走访12人次。全市共收到人民来信58件,\
             重复信访件较上月下降。\n",
            58.0,
            "件",
        ),
        (
            "岳阳市上半年群众来信来访情况\n\n上半年,全市信访总量1260件次,其中书面来信430件次,\
             信访接待场所接待群众上访312批次。\n",
            430.0,
            "件次",
        ),
        (
            "第6周全市信访情况\n\n2月3日至9日,全市共接待群众来访45批118人,受理群众信访63件,\
             其中信访件按期受理率100%。\n",
            63.0,
            "件",
        ),
    ] {
        let facts = facts_of("bulletin.txt", text);
        find(&facts, value, unit);
    }
}

#[test]
fn a_bulletin_counting_kinds_of_petition_in_short_forms_is_on_topic() {
    for (text, value, unit) in [
        (
            "信访工作通报\n第20期\n\n本周,市信访局共接待群众来访38批76人次,较上周减少6批。\
             集体访3批41人次,主要反映劳资纠纷问题。\n",
            41.0,
            "人次",
        ),
        (
            "全市信访情况\n\n5月13日至19日,全市来访52批97人次,来信18件,网信77件。\n",
            18.0,
            "件",
        ),
        (
            "县信访局周报\n\n本周网上信访46件,来访12批23人次,越级访1批2人次。\n",
            23.0,
            "人次",
        ),
    ] {
        let facts = facts_of("short_forms.txt", text);
        find(&facts, value, unit);
    }
    // 来访 and 来信 as everyday words, with no figure of the genre after them
    let visit = "市领导会见来访客商\n\n来访客商一行12人考察园区,双方签约项目3个,总投资8亿元。\n";
    let facts = facts_of("visit.txt", visit);
    assert!(facts.is_empty(), "{facts:#?}");
}

#[test]
fn hotline_and_mailbox_bulletins_are_on_topic() {
    for (text, value, unit) in [
        (
            "上周市长热线接电情况\n\n上周,市长热线共接到市民来电1520个,受理投诉632件,\
             其中物业问题投诉118件。\n",
            632.0,
            "件",
        ),
        (
            "三季度市长信箱办理情况\n\n三季度,市长信箱共收到群众来电来信985件,按期办结率98.6%。\
             书记信箱收到来信47件。\n",
            985.0,
            "件",
        ),
        (
            "合肥市政务服务热线月报\n\n本月政务服务热线受理群众来电23400个,市长公开电话转办诉求1860件。\n",
            1860.0,
            "件",
        ),
    ] {
        let facts = facts_of("hotline.txt", text);
        find(&facts, value, unit);
    }
}

#[test]
fn a_chamber_page_naming_its_guidance_is_on_topic() {
    for (text, value, unit) in [
        (
            "泉州市安溪商会成立\n\n5月8日,泉州市安溪商会成立大会举行,市工商联主席出席。\
             商会首批会员企业126家,选举产生第一届理事会。\n",
            126.0,
            "家",
        ),
        (
            "常州市湖南商会党支部揭牌\n\n常州市湖南商会党支部近日揭牌,商会现有会员企业210家,\
             有党员15名。商会会长表示,将带领会员服务两地发展。\n",
            15.0,
            "名",
        ),
        (
            "蘭州市溫州商會舉行成立大會\n\n蘭州市溫州商會成立大會日前舉行,市委統戰部、市民政局有關負責人出席。\
             商會現有會員企業86家,會員企業年產值逾30億元。\n",
            86.0,
            "家",
        ),
    ] {
        let facts = facts_of("chamber.txt", text);
        find(&facts, value, unit);
    }
}

#[test]
fn pages_of_the_same_shape_off_the_remit_give_nothing() {
    for text in [
        // a business visit: 走访 without a petition
        "市领导走访重点企业\n\n3月5日,市领导走访重点企业,召开座谈会,现场签约项目12个,总投资36亿元。\n",
        // a trade body with no guidance of the Party or the state named (three chamber names: on
        // topic but for the missing guidance)
        "台北商業總會沿革\n\n商會全國聯合會1946年成立,當時各省市商會約50個單位、400多名代表參加。\
         商會後更名為商業總會,現有會員公會120家。\n",
        // an investment fair naming chambers in passing
        "经贸洽谈会开幕\n\n洽谈会吸引多家异地商会和企业参加,商会代表现场推介,行业协会发布榜单,\
         共签约项目28个,金额52亿元。\n",
    ] {
        let facts = facts_of("off.txt", text);
        assert!(facts.is_empty(), "{text}: {facts:#?}");
    }
}

#[test]
fn a_rank_in_a_ranking_is_no_count_of_people() {
    for (text, rank) in [
        (
            "银川市12345热线上周受理市民投诉210件,办结满意率位于前三名的单位是金凤区、永宁县、西夏区。",
            3.0,
        ),
        (
            "全市志愿服务工作考核排名前5位的街道受到通报表扬,全市注册志愿者达到42万人。",
            5.0,
        ),
        (
            "该社工站服务满意度名列全省前十名,站内现有持证社工18名。",
            10.0,
        ),
    ] {
        let facts = facts_of(
            "rank.txt",
            &format!("社会工作部:志愿服务和社会工作稳步推进\n\n{text}\n"),
        );
        assert!(
            !has(&facts, rank, "名") && !has(&facts, rank, "位"),
            "{text}: {facts:#?}"
        );
        assert!(!facts.is_empty(), "{text}");
    }
}

#[test]
fn a_title_restating_a_body_figure_in_another_measure_word_is_one_fact() {
    for (text, value) in [
        (
            "8000人参与城市志愿服务\n\n今年以来,杭州市组织8000名志愿者参与城市志愿服务,累计服务时长12万小时。\n",
            8000.0,
        ),
        (
            "全市持证社工达3500名\n\n截至6月底,全市持证社会工作者3500人,社工站覆盖率100%。\n",
            3500.0,
        ),
        (
            "120位党员志愿者结对帮扶\n\n街道组织120名党员志愿者与困难家庭结对,开展志愿服务300场次。\n",
            120.0,
        ),
    ] {
        let facts = facts_of("restated.txt", text);
        let n = facts.iter().filter(|f| f.value == value).count();
        assert_eq!(n, 1, "{text}: {facts:#?}");
    }
}
