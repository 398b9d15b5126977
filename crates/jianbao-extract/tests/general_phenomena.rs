//! Phenomena of Chinese news text met on articles nobody had tuned on (the general4 round):
//! each a short article written for this test, extracted as a new user would (one file, no
//! manifest).

use jianbao_extract::{default_catalog, extract, Sources};
use jianbao_facts::Theme;

#[path = "support/article.rs"]
#[allow(dead_code)] // facts_of: used by the tests to come in this file
mod article;

use article::find;

/// A report on online mass work (网上群众工作) names its remit by its channels — the leaders'
/// message board, 群众诉求 — not by 信访工作 or 人民建议征集; saved as GB18030 it must still be
/// read as relevant, and 2023年全年 dates its figures to 2023, not to the page's year.
#[test]
fn online_mass_work_saved_as_gb18030_is_read() {
    let text = "首页 > 工作动态\n\
                泉州市2023年网上群众工作情况通报\n\
                发布时间:2024-02-06\n\
                近日,泉州市信访局通报2023年网上群众工作情况,2023年全年,全市各级领导干部通过“领导留言板”回应群众诉求6320件,留言回复率96.1%。\n\
                2023年,群众来信来访总量同比下降约12%,网上信访占比提高到71%。\n\
                主办:泉州市信访局\n";
    let (bytes, _, unmappable) = encoding_rs::GB18030.encode(text);
    assert!(!unmappable);
    let dir = std::env::temp_dir().join(format!("jianbao-gb18030-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(dir.join("wangshang.txt"), &bytes).expect("write fixture");
    let sources = Sources::from_dir(&dir);
    std::fs::remove_dir_all(&dir).ok();
    let sources = sources.expect("a GB18030 file reads");
    assert_eq!(sources.documents()[0].text, text);
    let facts = extract(&sources, &default_catalog()).facts;
    let answered = find(&facts, 6320.0, "件");
    assert_eq!(answered.province, "福建");
    assert_eq!(answered.theme, Theme::PetitionsAndProposals);
    assert_eq!(answered.as_of.as_deref(), Some("2023"));
    let rate = find(&facts, 96.1, "%");
    assert_eq!(rate.as_of.as_deref(), Some("2023"));
    find(&facts, 71.0, "%");
}
