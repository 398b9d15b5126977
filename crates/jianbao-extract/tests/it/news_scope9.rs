//! Where a figure is, the scope9 round: each phenomenon a short article written for this test in
//! the way news pages are laid out, extracted as a new user would (one file, no manifest).

use jianbao_facts::Level;

use crate::support::article;

use article::{facts_of, find};

/// A news page prints a photo above its text with a caption that credits the picture to the web
/// (网络图片, 网络配图, 图片来源于网络; 網絡圖片 in traditional script), often twice (the picture's
/// alt text and the caption under it). The caption says where the photo was taken, not what the
/// national figures of the text are about: it sets no place and gives no figure.
#[test]
fn a_caption_crediting_the_web_sets_no_place() {
    for caption in [
        "春运期间,300多名志愿者在成都东站服务旅客(网络图片)",
        "春运期间,300多名志愿者在成都东站服务旅客(网络配图)",
        "春运期间,300多名志愿者在成都东站服务旅客(图片来源于网络)",
        "春運期間,300多名志願者在成都東站服務旅客(網絡圖片)",
    ] {
        let text = format!(
            "全国实名注册志愿者超过2亿人\n\
             2024-12-05\n\
             {caption}\n\
             {caption}\n\
             本报讯 5日,记者从中国志愿服务联合会获悉,截至11月底,全国志愿服务信息系统实名注册志愿者\
             超过2亿人,志愿服务组织超过135万个,累计记录志愿服务时间约50亿小时。\n"
        );
        let facts = facts_of("caption_web.txt", &text);
        for (value, unit) in [
            (200_000_000.0, "人"),
            (1_350_000.0, "个"),
            (5_000_000_000.0, "小时"),
        ] {
            let fact = find(&facts, value, unit);
            assert_eq!(fact.province, "全国", "{caption}: {fact:#?}");
            assert_eq!(fact.level, Level::Province, "{caption}: {fact:#?}");
        }
        assert!(
            facts.iter().all(|f| f.value != 300.0),
            "{caption}: {facts:#?}"
        );
    }
}

/// 其中 divides the total counted just before it: 全市有建议员126名,其中2名成员…… are two of the
/// city's 126, so a member noun (成员, 队员, 会员) after the part does not make it one
/// organisation's membership; the part keeps the scope of its whole.
#[test]
fn a_part_of_a_citys_total_is_not_an_organisations_membership() {
    for (sentence, whole, part) in [
        (
            "目前全市共有人民建议征集员126名,其中2名成员被省信访局聘为特邀建议人。",
            126.0,
            2.0,
        ),
        (
            "全市登记在册的应急志愿者达5600名,其中300名队员参加了省里组织的水上救援培训。",
            5600.0,
            300.0,
        ),
        (
            "截至年底,全市共有网格员860名,其中120名成员为退役军人。",
            860.0,
            120.0,
        ),
    ] {
        let text = format!(
            "金川市汇聚民智民意 基层治理有新力量\n\
             2025-01-10 来源:金川日报\n\
             本报讯 近年来,金川市委社会工作部坚持党建引领基层治理,广泛动员群众参与。\n\
             {sentence}\n"
        );
        let facts = facts_of("part_of_whole.txt", &text.replace("金川", "淮安"));
        let whole = find(&facts, whole, "名");
        assert_eq!(whole.level, Level::City, "{sentence}: {whole:#?}");
        let part = find(&facts, part, "名");
        assert_eq!(part.level, Level::City, "{sentence}: {part:#?}");
        assert_eq!(part.place, whole.place, "{sentence}: {part:#?}");
    }
}

/// The rule above leaves an organisation's own members alone: a part (其中) of what a volunteer
/// team counts is the team's too.
#[test]
fn a_part_of_a_teams_members_stays_its_own() {
    let text = "淮安市蓝天救援队:志愿服务十年守护平安\n\
                2025-01-10 来源:淮安日报\n\
                本报讯 在市委社会工作部指导下,淮安市蓝天救援队积极开展应急救援志愿服务。\n\
                救援队现有队员86名,其中30名队员为退役军人。\n";
    let facts = facts_of("team_part.txt", text);
    for value in [86.0, 30.0] {
        let fact = find(&facts, value, "名");
        assert_eq!(fact.level, Level::Org, "{fact:#?}");
    }
}
