//! The page's title, date, outlet and author: `<meta>` tags, bylines (`来源：`, `发布时间：`,
//! `作者：`) and an unlabelled date line above the article; and a plain text's byline lines.

use super::content::Stats;
use crate::loose_text;
use crate::text::{cjk_count, collapse_space, normalize_date};
use crate::Metadata;
use ego_tree::NodeRef;
use scraper::{Html, Node};

/// The text of the first element matching `selector`, collapsed.
pub(super) fn select_text(page: &Html, selector: &str) -> Option<String> {
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
pub(super) fn page_metadata(page: &Html) -> Metadata {
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
pub(super) fn strip_site_name(title: &str) -> String {
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
pub(super) fn byline_metadata(page: &Html, m: &mut Metadata) {
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
pub(super) fn unlabelled_date(main: NodeRef<'_, Node>, stats: &Stats) -> Option<String> {
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
    use super::*;

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
