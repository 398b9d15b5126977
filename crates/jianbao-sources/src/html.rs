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

use crate::loose_text;
use crate::text::{cjk_count, collapse_space, normalize_date};
use crate::{Format, Metadata, Rendering, SourceError};
use ego_tree::{NodeId, NodeRef};
use scraper::{Html, Node};
use std::collections::HashMap;

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

fn is_furniture(element: &scraper::node::Element) -> bool {
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

fn is_block_tag(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "br"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "ul"
            | "ol"
            | "tr"
            | "table"
            | "tbody"
            | "thead"
            | "blockquote"
            | "section"
            | "article"
            | "main"
            | "dd"
            | "dt"
            | "dl"
            | "pre"
            | "figure"
            | "figcaption"
            | "hr"
            | "center"
            | "address"
    )
}

/// Text measures of one element's rendered content (furniture subtrees count nothing).
#[derive(Debug, Clone, Copy, Default)]
struct Measure {
    chars: usize,
    link_chars: usize,
    links: usize,
    commas: usize,
    /// CJK characters in the element's own text nodes (not its children's).
    own_cjk: usize,
}

/// Measures of every element, computed in one pass over the tree.
struct Stats {
    measures: HashMap<NodeId, Measure>,
    furniture: std::collections::HashSet<NodeId>,
}

impl Stats {
    fn of_page(page: &Html) -> Stats {
        let mut measures: HashMap<NodeId, Measure> = HashMap::new();
        let mut furniture = std::collections::HashSet::new();
        // iterative post-order: children before parents, no recursion on deep pages
        let mut stack: Vec<(NodeRef<'_, Node>, bool)> = vec![(page.tree.root(), false)];
        let mut link_depth_of: HashMap<NodeId, bool> = HashMap::new();
        while let Some((node, done)) = stack.pop() {
            if let Node::Element(e) = node.value() {
                if !done && is_furniture(e) {
                    furniture.insert(node.id());
                    measures.insert(node.id(), Measure::default());
                    continue;
                }
            }
            if !done {
                let inside_link = node
                    .parent()
                    .is_some_and(|p| link_depth_of.get(&p.id()).copied().unwrap_or(false))
                    || matches!(node.value(), Node::Element(e) if e.name() == "a");
                link_depth_of.insert(node.id(), inside_link);
                stack.push((node, true));
                for child in node.children() {
                    stack.push((child, false));
                }
                continue;
            }
            let mut m = Measure::default();
            for child in node.children() {
                match child.value() {
                    Node::Text(t) => {
                        let text: &str = t;
                        let n = text.chars().filter(|c| !c.is_whitespace()).count();
                        m.chars += n;
                        m.own_cjk += cjk_count(text);
                        m.commas += text
                            .chars()
                            .filter(|c| matches!(c, '，' | ',' | '。' | '、' | '；'))
                            .count();
                        if link_depth_of.get(&node.id()).copied().unwrap_or(false) {
                            m.link_chars += n;
                        }
                    }
                    Node::Element(_) => {
                        if let Some(c) = measures.get(&child.id()) {
                            m.chars += c.chars;
                            m.link_chars += c.link_chars;
                            m.links += c.links;
                            m.commas += c.commas;
                        }
                    }
                    _ => {}
                }
            }
            if matches!(node.value(), Node::Element(e) if e.name() == "a") {
                m.links += 1;
            }
            measures.insert(node.id(), m);
        }
        Stats {
            measures,
            furniture,
        }
    }

    fn get(&self, id: NodeId) -> Measure {
        self.measures.get(&id).copied().unwrap_or_default()
    }

    fn link_density(&self, id: NodeId) -> f64 {
        let m = self.get(id);
        if m.chars == 0 {
            1.0
        } else {
            m.link_chars as f64 / m.chars as f64
        }
    }
}

/// The element holding the article's text: see the module documentation.
fn main_content<'a>(page: &'a Html, stats: &Stats) -> Option<NodeRef<'a, Node>> {
    let mut scores: HashMap<NodeId, f64> = HashMap::new();
    for node in page.tree.nodes() {
        let Node::Element(e) = node.value() else {
            continue;
        };
        let m = stats.get(node.id());
        let paragraph_like =
            matches!(e.name(), "p" | "pre" | "td" | "blockquote") || m.own_cjk >= 20;
        if !paragraph_like || stats.furniture.contains(&node.id()) {
            continue;
        }
        let prose = if matches!(e.name(), "p" | "pre" | "td" | "blockquote") {
            m.chars
        } else {
            m.own_cjk
        };
        if prose < 10 || is_disclaimer(&text_start(node)) {
            continue;
        }
        let score = 1.0 + m.commas as f64 + (prose as f64 / 100.0).min(3.0);
        let mut ancestor = node.parent();
        for share in [1.0, 0.5] {
            let Some(a) = ancestor else { break };
            if !matches!(a.value(), Node::Element(_)) {
                break;
            }
            *scores.entry(a.id()).or_default() += score * share;
            ancestor = a.parent();
        }
        // a lone block of text (<div>text<br>text</div>) is its own candidate
        if m.own_cjk >= 20 {
            *scores.entry(node.id()).or_default() += score;
        }
    }
    let best = scores
        .iter()
        .map(|(id, score)| (*id, score * (1.0 - stats.link_density(*id))))
        .filter(|(_, s)| *s > 0.0)
        // ties: the earlier node in the document, so the choice does not depend on hashing
        .max_by(|a, b| a.1.total_cmp(&b.1).then_with(|| b.0.cmp(&a.0)))?
        .0;
    page.tree.get(best)
}

/// The article's heading when it stands just above the article element, outside it (a `<h5>`
/// over the text block, as many site templates have it, while the `<title>` names only the site
/// section): the nearest heading among the preceding siblings of the article element and of its
/// parent and grandparent. Headings of fewer than 6 Chinese characters are section names.
fn heading_before(main: NodeRef<'_, Node>, stats: &Stats) -> Option<String> {
    let is_heading = |name: &str| matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6");
    let mut node = main;
    for _ in 0..3 {
        for sibling in node.prev_siblings() {
            let Some(element) = scraper::ElementRef::wrap(sibling) else {
                continue;
            };
            if stats.furniture.contains(&sibling.id()) || stats.get(sibling.id()).chars > 300 {
                continue;
            }
            let heading = if is_heading(element.value().name()) {
                Some(element)
            } else {
                element
                    .descendants()
                    .filter_map(scraper::ElementRef::wrap)
                    .find(|e| is_heading(e.value().name()))
            };
            if let Some(heading) = heading {
                let text = collapse_space(&heading.text().collect::<String>());
                if cjk_count(&text) >= 6 && text.chars().count() <= 80 {
                    return Some(text);
                }
            }
        }
        node = node.parent()?;
    }
    None
}

/// The first characters of an element's text, enough to recognise a disclaimer.
fn text_start(node: NodeRef<'_, Node>) -> String {
    let Some(element) = scraper::ElementRef::wrap(node) else {
        return String::new();
    };
    element
        .text()
        .flat_map(str::chars)
        .filter(|c| !c.is_whitespace())
        .take(12)
        .collect()
}

/// A site's disclaimer or copyright notice (`【免责声明】本文仅代表作者本人观点…`): long, full of
/// commas, so it would outscore a short article if it counted as prose.
fn is_disclaimer(text: &str) -> bool {
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

/// Renders an element's text, one line per block element.
fn render_block(
    node: NodeRef<'_, Node>,
    stats: &Stats,
    lines: &mut Vec<String>,
    line: &mut String,
) {
    let mut stack: Vec<(NodeRef<'_, Node>, bool)> = vec![(node, false)];
    while let Some((node, closing)) = stack.pop() {
        match node.value() {
            Node::Text(t) => line.push_str(t),
            Node::Element(e) => {
                let block = is_block_tag(e.name());
                if closing {
                    if block {
                        end_line(line, lines);
                    }
                    continue;
                }
                if stats.furniture.contains(&node.id()) || is_link_list(node.id(), e, stats) {
                    continue;
                }
                if block {
                    end_line(line, lines);
                }
                if e.name() == "img" {
                    continue;
                }
                stack.push((node, true));
                let children: Vec<_> = node.children().collect();
                for child in children.into_iter().rev() {
                    stack.push((child, false));
                }
            }
            _ => {
                if !closing {
                    for child in node.children().collect::<Vec<_>>().into_iter().rev() {
                        stack.push((child, false));
                    }
                }
            }
        }
    }
    end_line(line, lines);
}

fn end_line(line: &mut String, lines: &mut Vec<String>) {
    let text = collapse_space(line);
    line.clear();
    if !text.is_empty() {
        lines.push(text);
    }
}

/// A block that is mostly links (a related-articles list, a pager): not article text.
fn is_link_list(id: NodeId, e: &scraper::node::Element, stats: &Stats) -> bool {
    if !is_block_tag(e.name()) {
        return false;
    }
    let m = stats.get(id);
    m.links >= 2 && stats.link_density(id) > 0.5
}

/// Short lines that are page furniture even inside the article element: bylines, editors,
/// print and share buttons, copyright and contact lines.
fn is_furniture_line(line: &str) -> bool {
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

/// The text of the first element matching `selector`, collapsed.
fn select_text(page: &Html, selector: &str) -> Option<String> {
    let selector = scraper::Selector::parse(selector).ok()?;
    page.select(&selector)
        .map(|e| collapse_space(&e.text().collect::<String>()))
        .find(|t| !t.is_empty())
}

/// The `content` of the first `<meta>` whose `name` or `property` is one of `keys`.
fn meta_content(page: &Html, keys: &[&str]) -> Option<String> {
    let selector = scraper::Selector::parse("meta").ok()?;
    for key in keys {
        for meta in page.select(&selector) {
            let e = meta.value();
            let named = [e.attr("name"), e.attr("property"), e.attr("itemprop")]
                .into_iter()
                .flatten()
                .any(|n| n.eq_ignore_ascii_case(key));
            if named {
                if let Some(content) = e
                    .attr("content")
                    .map(collapse_space)
                    .filter(|c| !c.is_empty())
                {
                    return Some(content);
                }
            }
        }
    }
    None
}

/// Title, date, outlet and author from `<meta>` tags, and the title from an `<h1>` that the
/// `<title>` contains; `render` falls back on the heading above the article and the `<title>`.
fn page_metadata(page: &Html) -> Metadata {
    let mut m = Metadata::default();
    let head_title = select_text(page, "title");
    m.title = meta_content(page, &["ArticleTitle", "og:title", "twitter:title"]).or_else(|| {
        // a heading the <title> contains is the article's own title (the <title> usually
        // adds the site's name)
        let heading = select_text(page, "h1").filter(|h| h.chars().count() >= 4);
        match (&heading, &head_title) {
            (Some(h), Some(t)) if t.contains(h.as_str()) => heading,
            _ => None,
        }
    });
    const DATE_KEYS: &[&str] = &[
        "PubDate",
        "publishdate",
        "publish_date",
        "pubdate",
        "article:published_time",
        "og:published_time",
        "og:release_date",
        "datePublished",
        "firstpublishedtime",
        "dc.date",
        "DC.Date.Created",
        "dcterms.created",
        "date",
    ];
    for key in DATE_KEYS {
        if let Some(date) = meta_content(page, &[key]).and_then(|d| normalize_date(&d)) {
            m.date = Some(date);
            m.date_basis = Some(format!("<meta {key}>"));
            break;
        }
    }
    m.outlet = meta_content(
        page,
        &[
            "ContentSource",
            "source",
            "og:site_name",
            "SiteName",
            "citation_publisher",
        ],
    );
    // some sites label the value (`来源：人民网`)
    m.outlet = m.outlet.map(|o| {
        labelled(&o, "来源")
            .filter(|_| o.starts_with("来源"))
            .unwrap_or(o)
    });
    // a number is a content-management system's user id, not a name
    m.author = meta_content(page, &["author", "article:author", "Author"])
        .filter(|a| !a.chars().all(|c| c.is_ascii_digit()));
    m
}

/// `文章标题_浙江日报` or `文章标题 - 中国政府网` → `文章标题`.
fn strip_site_name(title: &str) -> String {
    for separator in [" - ", "_", " | ", "|", "——", " – "] {
        if let Some((first, _)) = title.split_once(separator) {
            if first.trim().chars().count() >= 4 {
                return first.trim().to_owned();
            }
        }
    }
    title.to_owned()
}

/// Fills what the `<meta>` tags did not give from the page's bylines (`来源：`, `发布时间：`,
/// `作者：`): short text nodes outside scripts, the first one naming each field wins. A label
/// whose value is in the next element (`发布日期: <span>2012-06-24</span>`) is read with the
/// text of its parent.
fn byline_metadata(page: &Html, m: &mut Metadata) {
    for node in page.tree.nodes() {
        if m.date.is_some() && m.outlet.is_some() && m.author.is_some() {
            return;
        }
        let Node::Text(t) = node.value() else {
            continue;
        };
        let in_script = node
            .parent()
            .is_some_and(|p| matches!(p.value(), Node::Element(e) if matches!(e.name(), "script" | "style" | "title")));
        if m.date.is_none() && !in_script {
            if let Some(date) = t.lines().find_map(loose_text::forum_byline_date) {
                m.date = Some(date);
                m.date_basis = Some("the page's forum byline (发表于)".to_owned());
            }
        }
        if in_script {
            continue;
        }
        // a byline is a short text node, or a short line of a long one in pages whose text is
        // bare lines (copies with the markup stripped, spam sites' injected tags around text)
        let whole = collapse_space(t);
        let lines: Vec<String> = if whole.chars().count() <= 200 {
            vec![whole]
        } else {
            t.lines()
                .map(collapse_space)
                .filter(|l| !l.is_empty() && l.chars().count() <= 200)
                .collect()
        };
        let single = lines.len() == 1;
        for line in lines {
            let mut line = simplified_labels(&line);
            if !is_byline(&line) {
                continue;
            }
            if single && line.ends_with(['：', ':']) {
                if let Some(parent) = node.parent().and_then(scraper::ElementRef::wrap) {
                    line = simplified_labels(&collapse_space(&parent.text().collect::<String>()));
                }
            }
            read_byline(&line, m);
        }
    }
}

/// How many lines at each end of a plain text are read for its byline.
const TEXT_BYLINE_LINES: usize = 12;
/// A byline line is short; a longer line naming 来源 is prose (资金来源:……).
const MAX_TEXT_BYLINE_CHARS: usize = 80;

/// The outlet and author a plain text states in its byline lines (来源：某市民政, 作者：张某) at its
/// head or foot: an article saved as text keeps its page's byline as a line. The date is left to
/// the extraction's own reading of the date line, so the source list and the figures agree.
pub(crate) fn text_byline(text: &str) -> (Option<String>, Option<String>) {
    // (from each end without collecting the text's lines; a short text's lines may be read
    // twice, the first reading of a field winning)
    let head = text.lines().take(TEXT_BYLINE_LINES);
    let foot = text.lines().rev().take(TEXT_BYLINE_LINES);
    let mut m = Metadata::default();
    for line in head.chain(foot) {
        // only the outlet and author are read: a line naming neither label is passed over
        if !["来源", "來源", "作者"]
            .iter()
            .any(|label| line.contains(label))
        {
            continue;
        }
        let line = simplified_labels(&collapse_space(line));
        if line.chars().count() <= MAX_TEXT_BYLINE_CHARS
            && is_byline(&line)
            && labels_stand_alone(&line)
        {
            read_byline(&line, &mut m);
        }
    }
    // (a value runs to the first space: 洛阳网 2025.09.09 08:19 names the outlet, then the date)
    let first_word =
        |v: Option<String>| v.and_then(|v| v.split_whitespace().next().map(str::to_owned));
    (first_word(m.outlet), first_word(m.author))
}

/// Whether every 来源 and 作者 of a line starts a field (line start, or after a space, a digit or
/// a mark), not a word of prose (资金来源, 创作者).
fn labels_stand_alone(line: &str) -> bool {
    ["来源", "作者"].iter().all(|label| {
        line.match_indices(label).all(|(at, _)| {
            line[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !crate::text::is_cjk(c))
        })
    })
}

/// Fills the fields a byline line names that are still empty.
fn read_byline(line: &str, m: &mut Metadata) {
    if m.date.is_none() {
        for label in ["发布时间", "发布日期", "发表时间", "时间", "日期"] {
            if let Some(value) = labelled(line, label).and_then(|v| normalize_date(&v)) {
                m.date = Some(value);
                m.date_basis = Some(format!("the page's byline ({label})"));
                break;
            }
        }
    }
    if m.outlet.is_none() {
        m.outlet = labelled(line, "来源于").or_else(|| labelled(line, "来源"));
    }
    if m.author.is_none() {
        m.author = labelled(line, "作者");
    }
}

/// The byline labels of traditional-script pages (`來源：`, `發布時間：`) in their simplified
/// spelling, so one set of labels reads both; the values are left as written.
fn simplified_labels(line: &str) -> String {
    [
        ("來源", "来源"),
        ("發佈", "发布"),
        ("發布", "发布"),
        ("發表", "发表"),
        ("時間", "时间"),
    ]
    .iter()
    .fold(line.to_owned(), |l, (traditional, simplified)| {
        l.replace(traditional, simplified)
    })
}

/// The page's date when no byline labels it: a line that is a date and nothing else
/// (`2019-09-24 09:10`) in the article's header, that is near the article element (within its
/// parent or grandparent, where templates put title, outlet and date) and before its first
/// line of prose, outside page furniture.
fn unlabelled_date(main: NodeRef<'_, Node>, stats: &Stats) -> Option<String> {
    // not as far up as <body>, whose top bar may show today's date
    let below_body = |n: &NodeRef<'_, Node>| matches!(n.value(), Node::Element(e) if !matches!(e.name(), "body" | "html"));
    let parent = main.parent().filter(below_body);
    let header = parent
        .and_then(|p| p.parent())
        .filter(below_body)
        .or(parent)
        .unwrap_or(main);
    for node in header.descendants() {
        let Node::Text(t) = node.value() else {
            continue;
        };
        if node.ancestors().any(|a| stats.furniture.contains(&a.id())) {
            continue;
        }
        // line by line: pages of bare text lines hold header and prose in one text node
        for line in t.lines() {
            // prose: a sentence, not a title
            if cjk_count(line) >= 20 && line.contains(['，', '。', '；']) {
                return None;
            }
            let text = collapse_space(line);
            if is_date_line(&text) {
                return normalize_date(&text);
            }
        }
    }
    None
}

/// A line that is a date (and time) and nothing else.
fn is_date_line(text: &str) -> bool {
    text.chars().count() <= 20
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || " -/:.年月日".contains(c))
        && normalize_date(text).is_some()
}

fn is_byline(text: &str) -> bool {
    ["来源", "来源于", "发布时间", "发布日期", "作者", "时间"]
        .iter()
        .any(|l| text.contains(&format!("{l}：")) || text.contains(&format!("{l}:")))
}

/// The value after `label：` in a byline, up to the next space-separated label.
fn labelled(line: &str, label: &str) -> Option<String> {
    let at = line.find(label)?;
    let rest = line[at + label.len()..].trim_start();
    let rest = rest
        .strip_prefix('：')
        .or_else(|| rest.strip_prefix(':'))?
        .trim_start();
    let mut value = String::new();
    for (i, word) in rest.split(' ').enumerate() {
        if word.contains('：')
            || word.contains(':') && !word.chars().next().is_some_and(|c| c.is_ascii_digit())
        {
            break;
        }
        // a date keeps its time (2024-03-05 10:20); a name ends at the first space
        if i > 0 && !word.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            break;
        }
        if i > 0 {
            value.push(' ');
        }
        value.push_str(word);
    }
    let value = value
        .trim_end_matches(['】', ']', '|', '丨'])
        .trim()
        .to_owned();
    (!value.is_empty()).then_some(value)
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_plain_texts_byline_names_its_outlet_and_author() {
        let text = "资金来源:市财政专项资金500万元\n217 2018-11-27 来源: 某市民政\n据全国志愿服务信息系统显示,截至2018年底,我市注册志愿者232214名。\n";
        assert_eq!(text_byline(text), (Some("某市民政".to_owned()), None));
        let foot = "全市新建社工站46个。\n\n作者：李某 來源：某日报 2025.09.09 08:19\n";
        assert_eq!(
            text_byline(foot),
            (Some("某日报".to_owned()), Some("李某".to_owned()))
        );
    }
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

    #[test]
    fn bylines_give_outlet_date_and_author() {
        let line = "来源：浙江日报 发布时间：2024-03-05 10:20 作者：陆乐";
        assert_eq!(labelled(line, "来源").as_deref(), Some("浙江日报"));
        assert_eq!(
            labelled(line, "发布时间").as_deref(),
            Some("2024-03-05 10:20")
        );
        assert_eq!(labelled(line, "作者").as_deref(), Some("陆乐"));
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

    #[test]
    fn site_name_is_stripped_from_the_title() {
        assert_eq!(
            strip_site_name("全省社会工作会议召开_浙江日报"),
            "全省社会工作会议召开"
        );
        assert_eq!(
            strip_site_name("全省社会工作会议召开 - 中国政府网"),
            "全省社会工作会议召开"
        );
    }
}
