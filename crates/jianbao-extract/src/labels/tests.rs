use super::words::{LabelWords, LABEL_DATA, LABEL_LISTS};
use super::*;
use crate::numbers::find_quantities;

/// Labels of every figure in `text`, in order.
fn labels(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let quantities = find_quantities(&chars);
    quantities
        .iter()
        .enumerate()
        .map(|(k, q)| {
            let previous_end = k.checked_sub(1).map_or(0, |p| quantities[p].range.end);
            label_from_text(&chars, previous_end, q.range.start, q.range.end, &q.unit)
        })
        .collect()
}

#[test]
fn embedded_words_parse() {
    let words: LabelWords = toml::from_str(LABEL_DATA).expect("data/labels.toml parses");
    assert!(!words.building_verbs.is_empty() && !words.bad_start.is_empty());
}

/// The static build.rs wrote is the file as the run-time parse reads it: every field, every word
/// in order. (`Debug` prints a `Vec<String>` and a `&[&str]`, a `String` and a `&str` alike, and
/// both structs list their fields in one order.)
#[test]
fn label_lists_static_equals_the_parse() {
    let parsed: LabelWords = toml::from_str(LABEL_DATA).expect("data/labels.toml parses");
    let parsed = format!("{parsed:#?}").replacen("LabelWords", "LabelLists", 1);
    assert_eq!(format!("{:#?}", &LABEL_LISTS), parsed);
}

#[test]
fn counted_noun_phrases() {
    assert_eq!(
        labels("组建115个网约配送行业党委、12个快递行业党委"),
        ["网约配送行业党委", "快递行业党委"]
    );
    assert_eq!(labels("全省持证人数达到2.4万人"), ["持证人数"]);
    assert_eq!(labels("全市累计打造300个“暖新驿站”,服务骑手"), ["暖新驿站"]);
    assert_eq!(labels("全县共有社会组织1200家"), ["社会组织"]);
    // (the aspect particle 了 is no part of a label: a reader rejects 开展了活动)
    assert_eq!(labels("开展了活动56场"), ["开展活动"]);
    assert_eq!(labels("组建志愿服务队伍98支"), ["志愿服务队伍"]);
    assert_eq!(labels("截至2024年底,注册志愿者达到12万人"), ["注册志愿者"]);
    // a level reached is marked, never cut inside the verb (义工人数发展, 学历将提升)
    assert_eq!(
        labels("平均每万人拥有社工7名,义工人数发展到3461人"),
        ["社工", "义工人数（增至）"]
    );
    assert_eq!(
        labels("全县持证社工比例将提升至60%"),
        ["持证社工比例（增至）"]
    );
}

#[test]
fn labels_are_never_cut_inside_a_word() {
    // 志愿服务 and 社区服务 are one word: 服务 inside them is no predicate
    assert_eq!(labels("街道建起14个志愿服务驿站"), ["志愿服务驿站"]);
    assert_eq!(labels("全区运营9家社区服务中心"), ["社区服务中心"]);
    // a word that starts like a particle (从业人员, 居民) keeps its first character
    assert_eq!(
        labels("全市社工机构的从业人员近5000人"),
        ["社工机构的从业人员"]
    );
    assert_eq!(labels("小区有800多位居民需要照顾"), ["居民"]);
    // a predicate that contains a shorter one (参与 holds 与) is read whole
    assert_eq!(labels("党员100%参与巡河"), ["党员参与巡河"]);
    // (and what the counted received names them: honours.rs)
    assert_eq!(labels("7家协会荣获先进称号"), ["荣获先进称号的协会"]);
    // 向 of 定向 is no preposition
    assert_eq!(labels("开展7场定向服务"), ["定向服务"]);
}

#[test]
fn clause_structure_bounds_the_label() {
    // a rank closes what it ranks; the figure after it counts what follows
    assert_eq!(labels("注册社工人数超2万居全省第一位"), ["注册社工人数"]);
    assert_eq!(labels("位列全国第二名全市社工站达300个"), ["社工站"]);
    // a verb keeps its resultative complement; a generic head keeps its verb
    assert_eq!(labels("评选出优秀社工12名"), ["优秀社工"]);
    assert_eq!(labels("新建社区孵化培育中心8个"), ["社区孵化培育中心"]);
    // an aside in parentheses that is not closed is not part of the label
    assert_eq!(labels("组建了以5名专职社工(其中"), ["专职社工"]);
    // linking words go one at a time (累计达 never leaves 累)
    assert_eq!(labels("持证社工人数累计达900人"), ["持证社工人数"]);
    // 及 joins two counted things; a verb of building after the thing is its predicate
    assert_eq!(labels("有300户家庭及500位老人"), ["家庭", "老人"]);
    assert_eq!(labels("全区12个社区建立议事会"), ["社区"]);
    // a comparison or a hedge before the figure is not what it counts; 共 after a
    // counted thing is its predicate, 共青团 a name
    assert_eq!(labels("求助来电同比增长12%"), ["求助来电同比增幅"]);
    assert_eq!(labels("全区受理的来信量高达900件"), ["受理的来信量"]);
    assert_eq!(labels("40个社区共组织活动"), ["社区"]);
    assert_eq!(labels("共青团员2000名"), ["共青团员"]);
    // a Latin initial is part of a name
    assert_eq!(labels("全市有58个U站"), ["U站"]);
    // a place then a leading word of scope (各级, 各类, 各项): both go whole, never 级 of 各级
    assert_eq!(labels("南昌市各级网格员走访群众6300户"), ["网格员走访群众"]);
    assert_eq!(
        labels("苏州市各类社会组织承接项目420个"),
        ["社会组织承接项目"]
    );
}

#[test]
fn clauses_are_cut_down_to_the_counted_thing() {
    // adverbs are left out; 开展 and 发放 govern the thing counted
    assert_eq!(labels("驿站已累计服务骑手900人次"), ["驿站服务骑手"]);
    assert_eq!(labels("全年累计开展各类培训活动40场"), ["培训活动"]);
    assert_eq!(labels("志愿者已发放爱心包300份"), ["爱心包"]);
    // a verb of change makes the figure a change
    assert_eq!(labels("来访批次同比下降8%"), ["来访批次同比降幅"]);
    assert_eq!(labels("社工人数比上年增加60人"), ["社工人数（增加）"]);
    // 净增, 净减: a bulletin's net change is a change, and 净 is no part of what it counts
    assert_eq!(labels("社工人数比上年净增60人"), ["社工人数（增加）"]);
    assert_eq!(labels("社会组织较上年净减少20家"), ["社会组织（减少）"]);
    assert_eq!(labels("注册志愿者比去年净减300人"), ["注册志愿者（减少）"]);
    // the thing after a figure ends at an adverb or a verb that never heads a noun
    assert_eq!(labels("8个社区均已建成议事厅"), ["社区"]);
    assert_eq!(labels("300名社工扎根基层"), ["社工"]);
    assert_eq!(labels("6个社工室举行揭牌仪式"), ["社工室"]);
    // an aside in parentheses is not part of the name, a short one is
    assert_eq!(labels("12名党员(均为退休教师和医生)"), ["党员"]);
    assert_eq!(labels("20个村(社区)"), ["村(社区)"]);
    // (the last item is named with the honour its clause tells; an earlier item, whose clause
    // ends at 、, is not yet: honours.rs)
    assert_eq!(labels("1个组织、2个项目上榜"), ["组织", "上榜的项目"]);
    // a verb of building alone names the object of the same verb in the clause before
    assert_eq!(
        labels("全区开展“邻里守望”系列活动,共举办120场"),
        ["“邻里守望”系列活动"]
    );
    // a line ends the counted thing: the next line is another paragraph or furniture
    assert_eq!(labels("持证社工约3万人\n\n本报讯(记者"), ["持证社工"]);
}

#[test]
fn places_and_speech_openers_are_not_labels() {
    // a place that opens the clause says where, not what is counted
    assert_eq!(
        labels("合肥全市登记社区社会组织3100个"),
        ["登记社区社会组织"]
    );
    assert_eq!(
        labels("贵州志愿服务组织数量达900多家"),
        ["志愿服务组织数量"]
    );
    // a road named after a city is no place prefix to strip
    assert_eq!(labels("鞍山路周边居民达3200多位"), ["鞍山路周边居民"]);
    // a quoted remark: the speaker's pronoun and hedges go
    assert_eq!(labels("“我们驿站的订单每天大约300单"), ["驿站的订单"]);
    assert_eq!(labels("他们还有骑手60多名"), ["骑手"]);
}

#[test]
fn lists_prepositions_and_predicates_after_the_figure() {
    // 与 before a joint action is "with": the figure counts what precedes it
    assert_eq!(
        labels("目前已有5家全市性行业协会与区政府共同签约")[0],
        "全市性行业协会"
    );
    // 到 is a predicate of its own, yet a change after the figure still marks it
    assert_eq!(
        labels("结对老人从最初的12名增加到了300多名"),
        ["结对老人（起始）", "结对老人（增至）"]
    );
    assert_eq!(labels("全县8000余名骑手到站点报到"), ["骑手"]);
    // 对 of 对象 is no preposition (and a share written before them is their share: shares.rs);
    // 之一 says the thing is one of them
    assert_eq!(labels("近四成的受访对象选择社区岗位"), ["受访对象占比"]);
    assert_eq!(labels("该村是全省12个示范村之一"), ["示范村"]);
    // a generic noun after a verb that makes the figure count it is named with that verb
    assert_eq!(
        labels("5家协会与县政府共签约14个项目"),
        ["协会", "签约项目"]
    );
    // a list after the measure word is read through 和 unless a figure of its own follows
    assert_eq!(
        labels("组织200名网格员和楼栋长参加培训"),
        ["网格员和楼栋长"]
    );
    assert_eq!(
        labels("来自各地的60家社会组织、高校学者及企业代表近200人参会")[0],
        "社会组织"
    );
}

#[test]
fn function_words_are_never_labels() {
    for bad in [
        "为",
        "有",
        "伍",
        "展了活动的",
        "的社工",
        "力争",
        "义工人数发展到",
        "持证社工(其中",
    ] {
        assert!(!is_usable(bad), "{bad}");
    }
    assert!(is_usable("社区工作者"));
    assert_eq!(labels("其中为120人"), [""]);
}

#[test]
fn a_place_stuck_to_the_end_of_a_label_goes() {
    // a headline's place run on into the words after a figure (友好场景 / 沙坪坝区): where,
    // not what (a name the gazetteer reads without a province at hand)
    assert_eq!(tidy("骑手友好场景沙坪坝区"), "骑手友好场景");
    assert_eq!(tidy("志愿服务站点哈尔滨市"), "志愿服务站点");
    // a list of places is what is counted
    assert_eq!(tidy("黑河、绥化"), "黑河、绥化");
    assert_eq!(tidy("鞍山路周边居民"), "鞍山路周边居民");
}

#[test]
fn a_list_that_shares_the_words_after_it_is_kept_whole() {
    // both items report: the rate is of the list, not of its last item
    assert_eq!(
        labels("驻区企业党组织、在职党员到居住社区报到率均达98%"),
        ["驻区企业党组织、在职党员到居住社区报到率"]
    );
    // X和Y用房: the verb that opens the second item is its modifier, not a predicate
    assert_eq!(
        labels("城关镇完成15个社区办公和服务用房改造工作。"),
        ["社区办公和服务用房改造工作"]
    );
}

#[test]
fn spam_planted_inside_a_clause_is_cut_before_the_list_is_read() {
    assert_eq!(
        labels("帮助化解邻里纠纷、物业矛盾等重点行业动态ZX娱乐官网、难点问题320余件"),
        ["重点、难点问题"]
    );
    // furniture that opens a line still restarts the words read
    assert_eq!(labels("行业动态全市持证社工约3万人"), ["持证社工"]);
}

#[test]
fn a_run_of_years_counts_the_years_its_clause_held() {
    assert_eq!(
        labels("宁海县信访工作连续6年在全市考核中被评为先进。"),
        ["信访工作连续被评为先进的年数"]
    );
    // too long with its subject: what held, without it
    assert_eq!(
        labels("市社会组织促进会连续9年编制发布《全市社会组织发展报告》。"),
        ["连续编制发布《全市社会组织发展报告》的年数"]
    );
}

#[test]
fn a_citation_mark_ends_the_clause_before_a_figure() {
    assert_eq!(
        labels("为200余名困难老人提供服务 [3] - 城南志愿服务中心累计实施公益项目40个"),
        ["困难老人", "城南志愿服务中心实施公益项目"]
    );
}

#[test]
fn what_a_group_is_made_of_modifies_the_counted_noun() {
    assert_eq!(
        labels("全区3000余名以外卖员、快递员为主的新就业形态劳动者加入工会"),
        ["新就业形态劳动者"]
    );
}

#[test]
fn a_verb_of_serving_alone_names_the_count_of_people() {
    // its own count, never the label of another figure of the sentence
    assert_eq!(
        labels("爱心驿站已发放饮品1200瓶,服务460人次。"),
        ["饮品", "服务人次"]
    );
}

/// A joint word after 的 qualifies the list's own noun (……的共同努力, 的联合行动): the list of
/// people stands whole; right after the list it is "with" (商会和政府共同签约).
#[test]
fn a_joint_word_after_de_keeps_the_list_whole() {
    assert_eq!(
        labels("在60多位企业家及有关人士的共同努力下"),
        ["企业家及有关人士"]
    );
    assert_eq!(labels("经过30名社工和志愿者的共同努力"), ["社工和志愿者"]);
    assert_eq!(
        labels("在20家商会及会员企业的联合推动下"),
        ["商会及会员企业"]
    );
    // right after the list, the joint word makes 和 "with"
    assert_eq!(labels("6家商会和县政府共同签约")[0], "商会");
}

/// A scheme named by its parts joined with + (8+N, 1+N, 5+X) is part of the counted thing's
/// name, not another figure: the label keeps it instead of borrowing the figure before's.
#[test]
fn a_model_name_with_plus_is_part_of_the_label() {
    assert_eq!(
        labels("打造文明实践8+N志愿服务品牌项目10个")[0],
        "文明实践8+N志愿服务品牌项目"
    );
    assert_eq!(labels("建成“1+N”服务体系12个")[0], "“1+N”服务体系");
    assert_eq!(labels("打造5+X社区服务阵地30个")[0], "5+X社区服务阵地");
}

/// An adverb between a label's subject and its verb (已, 均已, 已经) says only when the thing was
/// done: the label keeps the subject, verb and object without it.
#[test]
fn adverbs_before_a_labels_verb_are_dropped() {
    let got: Vec<String> = [
        "8支志愿服务队已开展各类服务22次",
        "全街道8支志愿服务队均已开展各类服务22次",
        "今年以来,8支志愿服务队已经开展各类服务22次",
    ]
    .iter()
    .map(|text| labels(text).pop().unwrap_or_default())
    .collect();
    assert_eq!(got, ["志愿服务队开展各类服务"; 3]);
    // 还 of 生还者, 归还, 退还 is part of a word, not the adverb 还
    for (text, word) in [
        ("救援队成功搜救生还者12人", "生还者"),
        ("今年共退还押金8笔", "退还押金"),
        ("志愿者帮助归还失物30件", "归还失物"),
    ] {
        let label = labels(text).pop().unwrap_or_default();
        assert!(label.ends_with(word), "{text}: {label}");
    }
}

/// 本次/此次 (this time) open a clause as 今年 or 当天 do: a time word, never part of the label.
#[test]
fn this_time_words_do_not_open_a_label() {
    for text in [
        "本次拟面向社会公开招聘专职社区工作者10名",
        "此次共招募青年志愿者120名",
        "本次活动共发放宣传资料800份",
    ] {
        let label = labels(text).pop().unwrap_or_default();
        assert!(
            !label.starts_with("本次") && !label.starts_with("此次") && !label.is_empty(),
            "{text}: {label}"
        );
    }
}

/// A verb of taking part that closes what the figure counts (40多家单位参与) becomes a relative
/// clause closed by 的, never a label cut inside the verb (单位参).
#[test]
fn a_closing_verb_of_taking_part_opens_a_relative_clause() {
    assert_eq!(tidy("单位参与"), "参与的单位");
    assert_eq!(tidy("机关干部参加"), "参加的机关干部");
    assert_eq!(tidy("社区居民报名"), "报名的社区居民");
    assert_eq!(tidy("志愿者参加"), "参加的志愿者");
}
