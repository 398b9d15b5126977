//! A figure's label is the counted noun phrase, never a verb, a clause or a function word: one
//! short article per phenomenon, written for these tests in the way county and city reports word
//! their figures.

use jianbao_facts::Fact;

use crate::support::article;

use article::find;

/// The facts of `text` as one article file, with a closing line that makes it an article about
/// social work.
fn facts_of(text: &str) -> Vec<Fact> {
    let text = format!("{text}市委社会工作部表示,将继续发挥社会工作者和志愿者的作用。\n");
    article::facts_of("article.txt", &text)
}

#[test]
fn adverbs_before_a_figure_are_left_out() {
    let facts = facts_of(
        "江西省九江市关爱户外劳动者\n九江市各爱心驿站已累计服务环卫工人1200余人次,“暖心食堂”就兑换爱心餐券3500张。\n",
    );
    assert_eq!(find(&facts, 1200.0, "人次").label, "爱心驿站服务环卫工人");
    assert_eq!(find(&facts, 3500.0, "张").label, "“暖心食堂”兑换爱心餐券");
}

#[test]
fn the_object_of_kaizhan_is_the_activity_counted() {
    let facts = facts_of(
        "湖南省株洲市志愿服务\n今年以来,株洲市各社区累计开展各类邻里互助活动860场,发放防诈骗宣传册1.2万份。\n",
    );
    assert_eq!(find(&facts, 860.0, "场").label, "邻里互助活动");
    assert_eq!(find(&facts, 12_000.0, "份").label, "防诈骗宣传册");
}

#[test]
fn a_figure_after_a_verb_of_change_is_a_change() {
    let facts = facts_of(
        "山东省潍坊市信访工作\n潍坊市群众来信同比下降12%,重复信访减少35%。潍坊市注册志愿者比上年增加2.6万人。\n",
    );
    assert_eq!(find(&facts, 12.0, "%").label, "群众来信同比降幅");
    assert_eq!(find(&facts, 35.0, "%").label, "重复信访降幅");
    assert_eq!(find(&facts, 26_000.0, "人").label, "注册志愿者（增加）");
}

#[test]
fn the_thing_after_a_figure_ends_at_its_predicate() {
    let facts = facts_of(
        "福建省泉州市基层治理\n泉州市1500名网格员穿梭于大街小巷,36个村(社区)全覆盖,12个示范项目上榜省级名单,9个乡镇已全部建成议事厅。\n",
    );
    assert_eq!(find(&facts, 1500.0, "名").label, "网格员");
    assert_eq!(find(&facts, 36.0, "个").label, "村(社区)");
    // (what the counted received names them: the commended, not every 示范项目)
    assert_eq!(find(&facts, 12.0, "个").label, "上榜省级名单的示范项目");
    assert_eq!(find(&facts, 9.0, "个").label, "乡镇");
}

#[test]
fn a_long_aside_in_parentheses_is_not_part_of_the_label() {
    let facts = facts_of(
        "浙江省湖州市社区服务\n湖州市某社区组建了以8名社工(其中3名取得中级职业资格)为骨干、20名志愿者(来自医疗、法律等行业)为补充的服务队。\n",
    );
    assert_eq!(find(&facts, 20.0, "名").label, "志愿者");
}

#[test]
fn completed_things_averages_and_list_items_keep_their_meaning() {
    let facts = facts_of(
        "河南省洛阳市基层治理\n洛阳市交办的96件矛盾纠纷已化解81件。全市志愿服务活动年均4200场次。洛阳市1个社区、3个项目入选全省典型。\n",
    );
    assert_eq!(find(&facts, 81.0, "件").label, "化解的矛盾纠纷");
    assert_eq!(find(&facts, 4200.0, "场次").label, "年均志愿服务活动");
    assert_eq!(find(&facts, 3.0, "个").label, "入选全省典型的项目");
}

#[test]
fn a_count_in_words_and_an_aspect_particle_are_not_the_label() {
    let facts = facts_of(
        "广东省韶关市志愿服务\n《韶关市志愿服务条例》共五章38条。韶关市志愿服务站点覆盖了1200个社区。\n",
    );
    assert_eq!(find(&facts, 38.0, "条").label, "《韶关市志愿服务条例》");
    assert_eq!(find(&facts, 1200.0, "个").label, "社区");
}

#[test]
fn people_who_take_part_are_named_before_the_figure() {
    let facts = facts_of(
        "河南省洛阳市新就业群体关爱活动\n洛阳市外卖骑手、快递员和网约车司机代表200余人参加启动仪式,全市社会工作者近500人齐聚龙门。\n",
    );
    assert_eq!(
        find(&facts, 200.0, "人").label,
        "外卖骑手、快递员和网约车司机代表"
    );
    assert_eq!(find(&facts, 500.0, "人").label, "社会工作者");
    // nobody named before the figure: the figure is still a fact, the count of the people who
    // took part in what follows (tests/label_people_and_shares.rs)
    let facts =
        facts_of("河南省洛阳市志愿服务\n洛阳市志愿服务月启动,当天共有600余人参加志愿服务活动。\n");
    assert_eq!(find(&facts, 600.0, "人").label, "参加志愿服务活动的人数");
}

// The kinds of label a reader rejects (crates/jianbao-extract/README.md, "Labels a reader
// rejects"), one article each.

#[test]
fn the_counted_noun_ends_where_its_predicate_begins() {
    // a verb that puts the thing somewhere, makes it up or moves it is its predicate
    let facts = facts_of(
        "湖北省宜昌市新兴领域党建\n宜昌市已将860个党组织设进产业园区,抽调12名业务骨干组成督导组,全市2.3万名快递员到社区报到。宜昌市25个村结对帮扶。\n",
    );
    assert_eq!(find(&facts, 860.0, "个").label, "党组织");
    assert_eq!(find(&facts, 12.0, "名").label, "业务骨干");
    assert_eq!(find(&facts, 23_000.0, "名").label, "快递员");
    // a noun of one character is named with what its clause says of it
    assert_eq!(find(&facts, 25.0, "个").label, "结对帮扶的村");
}

#[test]
fn a_list_is_labelled_by_its_kind() {
    // a list closed by 等 before the figure gives examples: the kind after 等 is the label
    let facts = facts_of(
        "四川省绵阳市新就业群体服务\n绵阳市帮助骑手解决子女入学难、停车充电难等急难愁盼问题1200余个。绵阳市共有120名网格员和楼栋长参加培训。\n",
    );
    assert_eq!(find(&facts, 1200.0, "个").label, "急难愁盼问题");
    // a list after the measure word is read to its last item
    assert_eq!(find(&facts, 120.0, "名").label, "网格员和楼栋长");
    // a list of places closed by 等 before a measure word that names places
    let facts =
        facts_of("黑龙江省社会工作\n牡丹江、佳木斯、鸡西等5地已为社区工作者发放岗位补贴。\n");
    assert_eq!(find(&facts, 5.0, "地").label, "牡丹江、佳木斯、鸡西等地");
}

#[test]
fn furniture_and_spam_never_enter_a_label() {
    let facts = facts_of(
        "吉林省长春市志愿服务\n长春市志愿服务站点覆盖率达95%,高于省里要求的80%的目标\n版权声明:本站部分文章来源于网络。\n",
    );
    assert_eq!(find(&facts, 80.0, "%").label, "省里要求的目标");
    let facts = facts_of(
        "吉林省长春市社会工作\n行业动态长春持XY娱乐官网证社工约1.2万人\n长春日报讯(记者 王明)长春市社会工作服务站已覆盖全部街道。\n",
    );
    assert_eq!(find(&facts, 12_000.0, "人").label, "持证社工");
}

#[test]
fn a_level_alone_is_the_part_at_that_level() {
    let facts = facts_of("湖南省志愿服务\n湖南省登记的志愿服务组织1300家,其中省级40家。\n");
    assert_eq!(find(&facts, 40.0, "家").label, "省级登记的志愿服务组织");
}

#[test]
fn a_clause_before_the_figure_gives_its_head_noun() {
    // of two verbs joined by 并, the object of the last; a length of time after a verb alone
    let facts = facts_of(
        "广西壮族自治区柳州市新兴领域党建\n柳州市摸排并纳管流动党员36名。柳州市委社会工作部组建不足8个月,已完成机构改革。柳州市骑手凭卡以5元的价格享用爱心午餐。\n",
    );
    assert_eq!(find(&facts, 36.0, "名").label, "纳管流动党员");
    assert_eq!(
        find(&facts, 8.0, "个月").label,
        "柳州市委社会工作部组建时长"
    );
    // (以5元的价格: a price of a service is no fact at all, tests/figures_not_facts.rs)
    assert!(
        !facts.iter().any(|f| f.value == 5.0 && f.unit == "元"),
        "{facts:#?}"
    );
}

#[test]
fn a_bare_verb_names_the_topic_its_sentence_opens_with() {
    // the object of 收集 is fronted as the sentence's topic, a time frame between them
    let facts = facts_of(
        "浙江省湖州市人民建议征集工作\n各类社情民意建议,今年以来,湖州市收集了3600余条。\n",
    );
    assert_eq!(find(&facts, 3600.0, "条").label, "收集社情民意建议");
}

#[test]
fn a_bare_verb_after_another_figure_counts_what_that_figure_counts() {
    // 悬挂 alone names nothing: the 2000 signs are signs like the 1300 before them
    let facts = facts_of("河北省邢台市社区减负\n全县清理各类挂牌1300余块,规范悬挂2000余块。\n");
    let before = find(&facts, 1300.0, "块").label.clone();
    assert!(before.contains("挂牌"), "{before}");
    assert_eq!(find(&facts, 2000.0, "块").label, before, "not 规范悬挂");
}

#[test]
fn a_time_frame_before_the_figure_is_left_out() {
    let facts = facts_of(
        "四川省绵阳市关爱新就业群体项目\n绵阳市启动暖蜂驿站项目,预计项目周期内服务快递小哥800人。\n",
    );
    assert_eq!(find(&facts, 800.0, "人").label, "服务快递小哥");
}

#[test]
fn a_run_of_years_counts_the_years_its_clause_held() {
    // too long for a cell with its subject: what held, without it
    let facts = facts_of(
        "湖北省宜昌市社会组织\n宜昌市社会组织促进会连续8年编制发布《社会组织发展蓝皮书》。\n",
    );
    assert_eq!(
        find(&facts, 8.0, "年").label,
        "连续编制发布《社会组织发展蓝皮书》的年数"
    );
    // an evaluation's venue (在全市考核中) says where, not what held
    let facts = facts_of(
        "浙江省宁海县信访工作\n宁海县信访工作连续6年在全市考核中被评为先进,群众满意率逐年提高。\n",
    );
    assert_eq!(
        find(&facts, 6.0, "年").label,
        "信访工作连续被评为先进的年数"
    );
}

#[test]
fn a_list_sharing_its_head_with_the_figure_is_kept_whole() {
    let facts = facts_of(
        "广东省佛山市顺德区大良街道\n大良街道推动驻区企业党组织、在职党员到居住社区报到,驻区企业党组织、在职党员到居住社区报到率均达98%。\n",
    );
    assert_eq!(
        find(&facts, 98.0, "%").label,
        "驻区企业党组织、在职党员到居住社区报到率"
    );
    // X和Y用房: the second item opens with a verb that modifies its noun
    let facts = facts_of(
        "北京市通州区社区建设\n通州区今年完成15个社区办公和服务用房改造工作,居民议事有了固定场所。\n",
    );
    assert_eq!(find(&facts, 15.0, "个").label, "社区办公和服务用房改造工作");
}

#[test]
fn spam_glued_inside_a_clause_is_cut_before_the_list_is_read() {
    let facts = facts_of(
        "广东省佛山市社会工作\n全市社工帮助化解邻里纠纷、物业矛盾等重点行业动态ZX娱乐官网、难点问题320余件,服务群众1.2万人次。\n",
    );
    assert_eq!(find(&facts, 320.0, "件").label, "重点、难点问题");
}

#[test]
fn a_citation_mark_ends_the_clause_and_the_figure_keeps_its_own_words() {
    let facts = facts_of(
        "云南省曲靖市社会组织\n曲靖市阳光社会工作服务中心为全市200余名困难老人提供服务 [3] - 曲靖市城南志愿服务中心累计实施公益项目40个,链接帮扶资金300万元。\n",
    );
    assert_eq!(
        find(&facts, 40.0, "个").label,
        "城南志愿服务中心实施公益项目"
    );
}

#[test]
fn people_reached_by_a_service_are_a_count_of_people() {
    let facts = facts_of(
        "安徽省芜湖市志愿服务\n今年芜湖市开展邻里互助活动300场,服务覆盖2.5万人次,惠及独居老人1800户。\n",
    );
    assert_eq!(find(&facts, 25_000.0, "人次").label, "服务覆盖人次");
}

#[test]
fn a_label_too_long_for_a_table_cell_loses_its_opening_verb() {
    let facts = facts_of(
        "广西壮族自治区社会工作培训\n今年共培训人社系统、团委系统和相关区直单位社会工作负责人420人次。\n",
    );
    let label = &find(&facts, 420.0, "人次").label;
    assert!(label.chars().count() <= 22, "{label}");
    assert!(label.ends_with("社会工作负责人"), "{label}");
}

#[test]
fn a_change_with_no_subject_of_its_own_is_the_change_of_the_figure_before() {
    let facts = facts_of(
        "湖北省武汉市信访工作\n武汉市网上信访平台全年收到群众来信4600件,同比增长约15%。武汉市社区志愿者达到3.2万人,同比增加2100人。\n",
    );
    assert_eq!(find(&facts, 4600.0, "件").label, "网上信访平台收到群众来信");
    assert_eq!(
        find(&facts, 15.0, "%").label,
        "网上信访平台收到群众来信同比增幅"
    );
    assert_eq!(find(&facts, 2100.0, "人").label, "社区志愿者（增加）");
    // a comparison with an earlier year names nothing either
    let facts =
        facts_of("湖北省宜昌市志愿服务\n截至2024年底,宜昌市注册志愿者达12万人,比上年增加2万人。\n");
    assert_eq!(find(&facts, 20_000.0, "人").label, "注册志愿者（增加）");
}

#[test]
fn the_quote_shows_what_a_label_taken_from_earlier_in_its_sentence_names() {
    // a figure that counts what an earlier clause names: its quote reaches back to that clause
    let facts = facts_of(
        "浙江省嘉兴市基层治理\n嘉兴市累计建成360个邻里中心,2025年还将增加45个。\n各类群众意见,半年来,嘉兴市收集了6800余条。\n",
    );
    let added = find(&facts, 45.0, "个");
    assert_eq!(added.label, "邻里中心（增加）");
    assert!(added.quote.contains("邻里中心"), "{}", added.quote);
    let gathered = find(&facts, 6800.0, "条");
    assert!(gathered.label.ends_with("意见"), "{}", gathered.label);
    assert!(gathered.quote.contains("群众意见"), "{}", gathered.quote);
}

#[test]
fn a_change_of_a_long_phrase_keeps_the_act_after_its_coverb() {
    let facts = facts_of(
        "四川省成都市信访工作\n今年以来,市民通过“网上群众工作部”向成都市各级领导干部留言6100件,同比增长约18%。\n",
    );
    assert_eq!(find(&facts, 18.0, "%").label, "领导干部留言同比增幅");
}

#[test]
fn a_manner_opened_by_yi_after_the_counted_people_is_not_part_of_them() {
    // N名X以……方式/以实际行动……: 以 opens how they act; 以上, 以及 and 可以 are other words
    let facts = facts_of(
        "安徽省马鞍山市志愿服务\n全市近1.2万名文明实践志愿者骨干以实际行动投身社区治理,\
         600名党员志愿者以线上线下结合的方式开展宣讲,45支巾帼志愿服务队以“邻里守望”为主题入户走访。\
         全市3000名以上志愿者参与活动,80个志愿服务队以及50家爱心企业参与其中,200名志愿者可以随时响应。\n",
    );
    let label = |value: f64, unit: &str| find(&facts, value, unit).label.clone();
    assert_eq!(
        [
            label(12000.0, "名"),
            label(600.0, "名"),
            label(45.0, "支"),
            label(3000.0, "名"),
            label(80.0, "个"),
            label(50.0, "家"),
        ],
        [
            "文明实践志愿者骨干",
            "党员志愿者",
            "巾帼志愿服务队",
            "志愿者",
            "志愿服务队",
            "爱心企业",
        ]
    );
}
