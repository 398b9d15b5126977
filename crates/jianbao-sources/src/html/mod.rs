//! Saved web pages: the article's main text, without the page's navigation, ads, related-links
//! lists, footers and scripts, and the title, date, outlet and author the page states.
//!
//! The page is parsed by html5ever (through scraper) as a browser would. The main text is found
//! the way readability tools find it: every block of prose scores by its length and punctuation,
//! the score flows to the block's parent and (halved) grandparent, and the element with the best
//! score, discounted by how much of its text is links, is the article. Subtrees that are page
//! furniture by tag (`nav`, `footer`, `script` …) or by class/id (`nav`, `footer`, `share`,
//! `related` …) score nothing and are not rendered, nor are link lists and byline/copyright lines
//! inside the article element.

mod content;
mod furniture;
mod metadata;

use crate::loose_text;
use crate::text::cjk_count;
use crate::{Format, Rendering, SourceError};
use content::{heading_before, main_content, render_block, Stats};
use furniture::is_furniture_line;
use metadata::{byline_metadata, page_metadata, select_text, strip_site_name, unlabelled_date};
use scraper::Html;

pub(crate) use metadata::text_byline;

pub fn render(
    bytes: &[u8],
    file: &str,
    http_charset: Option<&str>,
) -> Result<Rendering, SourceError> {
    let (source, encoding) = decode(bytes, http_charset);
    let page = Html::parse_document(&source);
    let mut metadata = page_metadata(&page);
    let stats = Stats::of_page(&page);
    let Some(main) = main_content(&page, &stats) else {
        return Err(SourceError::NoText {
            file: file.to_owned(),
            why: "the page has no block of prose; it may need JavaScript to show its text".into(),
        });
    };
    if metadata.title.is_none() {
        // the heading right above the article, else the <title> without the site's name, else
        // the page's first <h1>, else a bare headline line above the article
        metadata.title = heading_before(main, &stats)
            .or_else(|| {
                select_text(&page, "title")
                    .as_deref()
                    .map(strip_site_name)
                    .filter(|t| !t.is_empty())
            })
            .or_else(|| select_text(&page, "h1").filter(|h| cjk_count(h) >= 4))
            .or_else(|| loose_text::headline_before(main));
    }
    let mut lines = Vec::new();
    render_block(main, &stats, &mut lines, &mut String::new());
    let body: Vec<String> = lines
        .into_iter()
        .filter(|line| !is_furniture_line(line))
        .collect();
    byline_metadata(&page, &mut metadata);
    if metadata.date.is_none() {
        if let Some(date) = unlabelled_date(main, &stats) {
            metadata.date = Some(date);
            metadata.date_basis = Some("the date line above the article".to_owned());
        }
    }
    let mut text = String::new();
    if let Some(title) = &metadata.title {
        if body.first() != Some(title) {
            text.push_str(title);
            text.push('\n');
        }
    }
    for line in &body {
        text.push_str(line);
        text.push('\n');
    }
    Ok(Rendering {
        format: Format::Html,
        text,
        metadata,
        encoding: Some(encoding),
    })
}

/// Decodes the page: a byte-order mark, else the charset the HTTP header declared, else the one
/// the page declares in a `<meta>` tag, else UTF-8 when the bytes are valid UTF-8, else GB18030
/// (which reads GBK and GB2312). A declared charset the bytes do not fit gives way to one they
/// fit. Returns the text and a description of the choice.
pub fn decode(bytes: &[u8], http_charset: Option<&str>) -> (String, String) {
    if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return (
            text.into_owned(),
            format!("{} (byte-order mark)", encoding.name()),
        );
    }
    let declared = http_charset
        .and_then(|label| encoding_rs::Encoding::for_label(label.trim().as_bytes()))
        .map(|e| (e, "HTTP header"))
        .or_else(|| meta_charset(bytes).map(|e| (e, "meta charset")));
    if let Some((encoding, basis)) = declared {
        if let Some(text) = encoding.decode_without_bom_handling_and_without_replacement(bytes) {
            return (text.into_owned(), format!("{} ({basis})", encoding.name()));
        }
    }
    let sniffed = match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_owned(), "UTF-8".to_owned()),
        Err(_) => {
            let (text, _, malformed) = encoding_rs::GB18030.decode(bytes);
            let note = if malformed {
                "GB18030 (undecodable bytes replaced by U+FFFD)"
            } else {
                "GB18030"
            };
            (text.into_owned(), note.to_owned())
        }
    };
    match declared {
        Some((encoding, basis)) => (
            sniffed.0,
            format!(
                "{} (the {basis} says {}, which the bytes do not fit)",
                sniffed.1,
                encoding.name()
            ),
        ),
        None => sniffed,
    }
}

/// The charset a `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">`
/// in the first 4 KiB declares.
fn meta_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(at) = find(&lower[from..], b"charset") {
        let mut i = from + at + b"charset".len();
        from = i;
        while i < lower.len() && lower[i].is_ascii_whitespace() {
            i += 1;
        }
        if lower.get(i) != Some(&b'=') {
            continue;
        }
        i += 1;
        while i < lower.len()
            && (lower[i].is_ascii_whitespace() || matches!(lower[i], b'"' | b'\''))
        {
            i += 1;
        }
        let start = i;
        while i < lower.len()
            && (lower[i].is_ascii_alphanumeric() || matches!(lower[i], b'-' | b'_' | b':' | b'.'))
        {
            i += 1;
        }
        if let Some(encoding) = encoding_rs::Encoding::for_label(&lower[start..i]) {
            // a page cannot declare UTF-16 in ASCII; browsers read it as UTF-8
            return Some(
                if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE {
                    encoding_rs::UTF_8
                } else {
                    encoding
                },
            );
        }
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_charset_gbk_page_decodes() {
        let (body, _, _) = encoding_rs::GBK.encode("<p>社会工作者27.5万人</p>");
        let mut page = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body>".to_vec();
        page.extend_from_slice(&body);
        let (text, how) = decode(&page, None);
        assert!(text.contains("社会工作者27.5万人"), "{text}");
        assert!(how.contains("GBK") && how.contains("meta"), "{how}");
    }

    #[test]
    fn http_header_charset_wins_over_sniffing() {
        let (body, _, _) = encoding_rs::GBK.encode("志愿者");
        let (text, how) = decode(&body, Some("GBK"));
        assert_eq!(text, "志愿者");
        assert!(how.contains("HTTP"), "{how}");
    }

    fn article_text(page: &str) -> String {
        render(page.as_bytes(), "page.html", None).unwrap().text
    }

    #[test]
    fn an_article_inside_a_form_is_found() {
        // university and government sites built on the VSB system wrap the article in a form
        let page = r#"<html><head><title>社区志愿服务站建设办法-公告</title></head><body>
<table><tr><td><div class="menu"><a href="/">首页</a> <a href="/a">通知公告</a></div></td></tr>
<tr><td><form name="_newscontent_fromname"><div id="vsb_content">
<p>第一条　为规范社区志愿服务站建设，制定本办法。</p>
<p>第二条　每个社区至少建设1个志愿服务站，配备专兼职管理人员2名以上。</p>
<p>第三条　志愿服务站应当公开服务项目、服务时间和联系方式，接受居民监督。</p>
</div></form></td></tr>
<tr><td><form class="search"><input name="q"><p>站内搜索：请输入关键词，支持全文检索</p></form></td></tr></table></body></html>"#;
        let text = article_text(page);
        assert!(
            text.contains("第二条 每个社区至少建设1个志愿服务站"),
            "{text}"
        );
        assert!(text.contains("第三条"), "{text}");
        assert!(!text.contains("站内搜索"), "{text}");
    }

    #[test]
    fn a_long_disclaimer_does_not_outscore_a_short_article() {
        let page = r#"<html><body><div class="w600"><div class="art_context">
<p>据本报消息，全区今年新建社会工作站12个。</p>
<p>目前，全区社会工作站已达48个，实现街道全覆盖，服务群众2.3万人次。</p>
</div>
<div class="tips"><p>【免责声明】本文仅代表作者本人观点，与本网无关。本网对文中陈述、观点判断保持中立，不对所包含内容的准确性、可靠性或完整性提供任何明示或暗示的保证，请读者仅作参考，并请自行承担全部责任，本网不承担任何连带责任，如有侵权请联系删除。</p></div>
</div></body></html>"#;
        let text = article_text(page);
        assert!(text.contains("全区社会工作站已达48个"), "{text}");
        assert!(!text.contains("免责声明"), "{text}");
    }

    #[test]
    fn a_labelled_source_and_a_numeric_author_in_meta_tags() {
        let page = r#"<html><head><meta name="source" content="来源：某某日报-社会频道 原创稿">
<meta name="author" content="104821"></head><body><div id="zoom">
<p>全市持证社会工作者达到1.2万人，较上年增长15%。</p></div></body></html>"#;
        let r = render(page.as_bytes(), "page.html", None).unwrap();
        assert_eq!(r.metadata.outlet.as_deref(), Some("某某日报-社会频道"));
        assert_eq!(r.metadata.author, None);
    }

    #[test]
    fn the_heading_above_the_article_is_its_title_when_the_title_tag_names_the_section() {
        let page = r#"<html><head><title>工作动态--某市社会工作协会</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/dt">工作动态</a></div>
<div class="main"><div class="left"><h3>工作动态</h3></div>
<div class="detail"><h5>全市社区工作者培训班开班</h5>
<div class="ly">发布时间：2024-05-18 来源：某市社会工作协会</div>
<div class="detailCon"><p>5月16日，全市社区工作者培训班开班，来自各区的社区工作者260人参加培训。</p>
<p>培训为期3天，内容包括社区治理、社会工作方法和政策解读，结业考核合格率达到98%。</p></div></div></div>
</body></html>"#;
        let r = render(page.as_bytes(), "page.html", None).unwrap();
        assert_eq!(
            r.metadata.title.as_deref(),
            Some("全市社区工作者培训班开班")
        );
        assert!(
            r.text.starts_with("全市社区工作者培训班开班\n"),
            "{}",
            r.text
        );
        assert_eq!(r.metadata.date.as_deref(), Some("2024-05-18"));
    }

    #[test]
    fn a_byline_label_with_its_value_in_the_next_element() {
        let page = r#"<html><head><title>全省志愿服务工作推进会召开</title></head><body>
<div class="detail"><div class="title">全省志愿服务工作推进会召开</div>
<div class="info"><div class="pubDate">发布日期: <span>2024-06-24</span></div>
<div class="src">来源于：<span>某省文明办</span></div></div>
<div class="TRS_Editor"><p>会议通报，全省注册志愿者已达1200万人，志愿服务组织3.2万个。</p>
<p>今年以来，全省开展志愿服务活动15万场次，服务时长超过4000万小时。</p></div></div></body></html>"#;
        let r = render(page.as_bytes(), "page.html", None).unwrap();
        assert_eq!(r.metadata.date.as_deref(), Some("2024-06-24"));
        assert_eq!(r.metadata.outlet.as_deref(), Some("某省文明办"));
    }

    #[test]
    fn an_unlabelled_date_line_above_the_article_is_its_date() {
        let page = r#"<html><body>
<div class="side"><ul><li><a href="/1">其他新闻</a> 2018-01-02</li></ul></div>
<div class="newscontent"><h1>社区工作者队伍建设调查</h1>
<div class="news_about"><p>王明/某某青年报</p><p> 2024-09-24 09:10 </p></div>
<div class="news_txt">记者调查发现，全市社区工作者已达1.8万人，其中持证社会工作者占比超过四成。<br>
下一步，全市将新建社区工作者培训基地5个。</div></div></body></html>"#;
        let r = render(page.as_bytes(), "page.html", None).unwrap();
        assert_eq!(r.metadata.date.as_deref(), Some("2024-09-24"), "{r:?}");
        assert_eq!(r.metadata.title.as_deref(), Some("社区工作者队伍建设调查"));
        assert!(!r.text.contains("2018"), "{}", r.text);
    }
}
