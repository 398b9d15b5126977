//! Where a figure is, the scope9 round: each phenomenon a short article written for this test in
//! the way news pages are laid out, extracted as a new user would (one file, no manifest).

use jianbao_facts::Level;

#[path = "support/article.rs"]
mod article;

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
