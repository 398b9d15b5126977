//! Saved pages that are fragments rather than whole documents: no `<head>`, no `<title>`, the
//! headline a bare line of text above the article block (forum archivers, reposted WeChat
//! articles, text copied out of a browser). The fixtures are written for these tests.

use jianbao_sources::{render_bytes, Format};

/// A forum archiver's copy of a reposted WeChat article: the poster's byline and the headline as
/// bare text, then the editor's nested `<section>`s with an empty spacer before the prose.
const ARCHIVER_REPOST: &str = r#"社工小王 发表于 2025-3-8 10:02:33

某区社工站开进快递网点，一年服务快递员3200人次

<div style="max-width:677px;"><section data-pm-slice="0 0 []"><section nodeleaf=""><br></section><section style="padding:0 16px;"><p style="font-size:15px;"><span leaf="">去年以来，某区12个街道社工站把服务送进快递网点，开展小组活动86场。</span></p><p style="font-size:15px;"><span leaf="">社工站还培训快递员“流动网格员”410名，收集社区治理线索520条。</span></p></section></section></div>"#;

#[test]
fn a_bare_headline_above_the_article_is_its_title_and_first_line() {
    let r = render_bytes(ARCHIVER_REPOST.as_bytes(), Format::Html, "repost.html").unwrap();
    let title = "某区社工站开进快递网点，一年服务快递员3200人次";
    assert_eq!(r.metadata.title.as_deref(), Some(title));
    assert!(r.text.starts_with(&format!("{title}\n")), "{}", r.text);
    assert!(r.text.contains("开展小组活动86场"), "{}", r.text);
    assert!(r.text.contains("收集社区治理线索520条"), "{}", r.text);
}

#[test]
fn a_forum_byline_dates_the_page_but_stays_out_of_the_text() {
    let r = render_bytes(ARCHIVER_REPOST.as_bytes(), Format::Html, "repost.html").unwrap();
    assert_eq!(r.metadata.date.as_deref(), Some("2025-03-08"));
    assert_eq!(r.metadata.author, None, "the poster is not the author");
    assert!(!r.text.contains("发表于"), "{}", r.text);
}

#[test]
fn bare_text_that_is_not_title_sized_is_not_taken_for_a_headline() {
    // an author's name alone on the line above the article, as copied 美篇 pages have it
    let page = "张三\n\n<p class=\"ql-block\">今年以来，社区新培育志愿服务队伍8支，注册志愿者新增360名。</p>\
<p class=\"ql-block\">志愿者累计服务居民2100人次，服务时长超过5000小时。</p>";
    let r = render_bytes(page.as_bytes(), Format::Html, "page.html").unwrap();
    assert_eq!(r.metadata.title, None);
    // a paragraph with text between the bare line and the article: the line heads something else
    let page = "全市志愿服务工作推进会召开\n<p>会议由市文明办主持，各区代表参加。</p>\
<div><p>会议通报，全市注册志愿者已达120万人，志愿服务组织3200个，志愿服务项目1.1万个。</p>\
<p>今年全市将新建志愿服务站点150个，培训志愿服务骨干2000名，开展活动1万场。</p></div>";
    let r = render_bytes(page.as_bytes(), Format::Html, "page.html").unwrap();
    assert_eq!(r.metadata.title, None);
}

/// A traditional-script article whose text is bare lines around tags a spam site injected: the
/// header lines (title, date, outlet) and the prose are one text node.
const BARE_LINES_TRADITIONAL: &str = "<s id=\"x1\"></s><s id=\"x1\"><nobr id=\"x1\"></nobr></s>
  • 某網移動版

    社區志願者守護890戶居民

    2023-11-05 08:30:00
    來源:某某日報
    字號

       記者從街道獲悉,該社區現有志願者126名,今年以來開展入戶走訪2300餘人次。

      社區黨委書記介紹,志願者隊伍中黨員佔比超過六成,服務時長累計1.5萬小時。
";

#[test]
fn bylines_of_a_bare_text_page_in_traditional_script_are_read() {
    let r = render_bytes(BARE_LINES_TRADITIONAL.as_bytes(), Format::Html, "page.html").unwrap();
    assert_eq!(r.metadata.date.as_deref(), Some("2023-11-05"), "{r:?}");
    assert_eq!(r.metadata.outlet.as_deref(), Some("某某日報"), "{r:?}");
    assert!(r.text.contains("開展入戶走訪2300餘人次"), "{}", r.text);
}

#[test]
fn a_traditional_label_in_its_own_element_is_read_like_a_simplified_one() {
    let page = "<html><head><title>社區工作者培訓班開班</title></head><body>\
<div class=\"info\"><span>發布時間：2024-05-18</span> <span>來源：某市社會工作協會</span></div>\
<div class=\"content\"><p>5月16日，全市社區工作者培訓班開班，來自各區的社區工作者260人參加培訓。</p>\
<p>培訓為期3天，內容包括社區治理、社會工作方法和政策解讀，結業考核合格率達到98%。</p></div>\
</body></html>";
    let r = render_bytes(page.as_bytes(), Format::Html, "page.html").unwrap();
    assert_eq!(r.metadata.date.as_deref(), Some("2024-05-18"));
    assert_eq!(r.metadata.outlet.as_deref(), Some("某市社會工作協會"));
}
