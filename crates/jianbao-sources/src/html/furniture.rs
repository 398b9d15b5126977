//! Page furniture: tags, class and id words of navigation, footers, sharing and ads, and the
//! short lines inside an article element (bylines, editors, copyright) that are not its text.

/// Tags whose content is never article text. `form` is not one: content-management systems of
/// Chinese government and university sites (VSB) wrap the whole article in a `<form>`; a search
/// or login form is furniture by its inputs and its class (`search`, `login`).
fn is_furniture_tag(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "iframe"
            | "nav"
            | "header"
            | "footer"
            | "aside"
            | "select"
            | "button"
            | "svg"
            | "canvas"
            | "object"
            | "embed"
            | "head"
            | "input"
            | "textarea"
            | "video"
            | "audio"
            | "map"
    )
}

/// Class and id words of page furniture (navigation, footers, sharing, related links, ads,
/// comments, QR codes, pagination), in English and the pinyin abbreviations Chinese sites use.
const FURNITURE_WORDS: &[&str] = &[
    "nav",
    "navbar",
    "menu",
    "footer",
    "foot",
    "bottom",
    "copyright",
    "banquan",
    "share",
    "fenxiang",
    "bdshare",
    "related",
    "relate",
    "xgxw",
    "xgwz",
    "xglj",
    "recommend",
    "tuijian",
    "comment",
    "comments",
    "pinglun",
    "sidebar",
    "side",
    "aside",
    "breadcrumb",
    "crumb",
    "crumbs",
    "position",
    "location",
    "dqwz",
    "banner",
    "ad",
    "ads",
    "advert",
    "advertisement",
    "gg",
    "guanggao",
    "sponsor",
    "login",
    "search",
    "toolbar",
    "tools",
    "hot",
    "rank",
    "paihang",
    "friendlink",
    "links",
    "yqlj",
    "pagination",
    "pager",
    "page-nav",
    "qrcode",
    "erweima",
    "ewm",
    "popup",
    "modal",
    "cookie",
    "header",
    "top",
    "topbar",
    "logo",
    "print",
    "dayin",
    "close",
];

/// Class and id words of article containers: an element carrying one is never furniture.
const CONTENT_WORDS: &[&str] = &[
    "article",
    "content",
    "main",
    "text",
    "detail",
    "body",
    "zoom",
    "trs_editor",
    "story",
    "post",
    "entry",
    "zw",
    "zhengwen",
    "news_content",
    "con",
];

fn class_words(element: &scraper::node::Element) -> Vec<String> {
    let mut words = Vec::new();
    for value in [element.attr("class"), element.id()].into_iter().flatten() {
        for word in value.split(|c: char| !c.is_ascii_alphanumeric() && c != '_') {
            if !word.is_empty() {
                words.push(word.to_ascii_lowercase());
            }
        }
    }
    words
}

pub(super) fn is_furniture(element: &scraper::node::Element) -> bool {
    if is_furniture_tag(element.name()) {
        return true;
    }
    if element.attr("hidden").is_some()
        || element.attr("style").is_some_and(|s| {
            s.replace(' ', "")
                .to_ascii_lowercase()
                .contains("display:none")
        })
    {
        return true;
    }
    let words = class_words(element);
    words.iter().any(|w| FURNITURE_WORDS.contains(&w.as_str()))
        && !words.iter().any(|w| CONTENT_WORDS.contains(&w.as_str()))
}

/// A site's disclaimer or copyright notice (`【免责声明】本文仅代表作者本人观点…`): long, full of
/// commas, so it would outscore a short article if it counted as prose.
pub(super) fn is_disclaimer(text: &str) -> bool {
    let text = text.trim_start_matches(['【', '[', '（', '(', ' ']);
    [
        "免责声明",
        "版权声明",
        "郑重声明",
        "本站郑重声明",
        "特别声明",
        "声明：",
    ]
    .iter()
    .any(|s| text.starts_with(s))
}

/// Short lines that are page furniture even inside the article element: bylines, editors,
/// print and share buttons, copyright and contact lines.
pub(super) fn is_furniture_line(line: &str) -> bool {
    const STARTS: &[&str] = &[
        "来源",
        "发布时间",
        "发布日期",
        "发表时间",
        "日期：",
        "时间：",
        "作者：",
        "责任编辑",
        "责编",
        "编辑：",
        "编辑:",
        "编辑 ",
        "审核",
        "校对",
        "字号",
        "【字体",
        "字体：",
        "分享",
        "打印",
        "【打印",
        "关闭",
        "【关闭",
        "扫一扫",
        "版权所有",
        "Copyright",
        "copyright",
        "©",
        "(c)",
        "ICP",
        "联系电话",
        "电话：",
        "电话:",
        "传真",
        "地址：",
        "邮编",
        "网站标识码",
        "主办单位",
        "主办：",
        "承办",
        "技术支持",
        "浏览次数",
        "阅读次数",
        "点击数",
        "上一篇",
        "下一篇",
        "相关链接",
        "相关新闻",
        "相关阅读",
        "【相关",
        "【纠错】",
        "返回顶部",
    ];
    if is_disclaimer(line) {
        return true;
    }
    // editors' lines are often bracketed: (责编：…), 【编辑：…】
    let line = line.trim_start_matches(['【', '[', '（', '(']);
    let count = line.chars().count();
    count <= 120
        && (STARTS.iter().any(|s| line.starts_with(s))
            || line.contains("ICP备")
            || line.contains("版权所有")
            || line.contains("公网安备"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bracketed_editor_lines_are_furniture() {
        for line in [
            "(责编：王明、李华)",
            "【编辑：赵强】",
            "（责任编辑：陈静）",
            "编辑 刘青 校对 孙平",
            "【版权声明】本网所刊内容未经授权不得转载",
        ] {
            assert!(is_furniture_line(line), "{line}");
        }
        assert!(!is_furniture_line("（一）健全社区工作者职业体系"));
        assert!(!is_furniture_line("编辑部所在的社区共有志愿者300人。"));
    }
}
