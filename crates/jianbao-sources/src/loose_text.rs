//! Text a saved page leaves outside any element, above its article: page fragments copied out of
//! a browser, forum archivers (Discuz! `archiver/` pages) and reposts of WeChat articles often
//! have no `<title>` and no heading; the headline is a bare line of text in `<body>` before the
//! article block, under a forum byline (`用户名 发表于 2026-5-19 09:19:14`).

use crate::text::{cjk_count, collapse_space, normalize_date};
use ego_tree::NodeRef;
use scraper::Node;

/// The headline written as bare text just above the article: the last line of the nearest text
/// before the article element or one of its ancestors below `<body>`, when it is title-sized (6
/// to 80 characters, at least 6 of them Chinese) and not a byline. Empty elements in between
/// (a `<section><br></section>` spacer) do not count; an element with text does, and then the
/// bare text is not the article's headline.
pub(crate) fn headline_before(main: NodeRef<'_, Node>) -> Option<String> {
    let mut node = main;
    loop {
        for sibling in node.prev_siblings() {
            match sibling.value() {
                Node::Text(t) => {
                    let last = t.lines().map(collapse_space).rfind(|l| !l.is_empty());
                    if let Some(line) = last {
                        return is_headline(&line).then_some(line);
                    }
                }
                Node::Element(_) => {
                    let has_text = sibling
                        .descendants()
                        .any(|d| matches!(d.value(), Node::Text(t) if !t.trim().is_empty()));
                    if has_text {
                        return None;
                    }
                }
                _ => {}
            }
        }
        node = node.parent()?;
        if !matches!(node.value(), Node::Element(e) if !matches!(e.name(), "body" | "html")) {
            return None;
        }
    }
}

fn is_headline(line: &str) -> bool {
    cjk_count(line) >= 6 && line.chars().count() <= 80 && forum_byline_date(line).is_none()
}

/// The date of a forum byline, `[poster ]发表于 date`, as `YYYY-MM-DD`. Only a line that is the
/// byline and nothing else counts, so a sentence quoting a date (`文章发表于2024年3月的期刊`) does
/// not. The poster is not taken as the author: on archivers and repost accounts it is whoever
/// reposted the article.
pub(crate) fn forum_byline_date(line: &str) -> Option<String> {
    let line = collapse_space(line);
    let (before, after) = line.split_once("发表于")?;
    let after = after.trim();
    let date_like = after
        .chars()
        .all(|c| c.is_ascii_digit() || " -/:.年月日".contains(c));
    if !date_like || after.chars().count() > 20 {
        return None;
    }
    let poster = before.trim();
    if poster.contains(' ') || poster.chars().count() > 20 {
        return None;
    }
    normalize_date(after)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_forum_byline_gives_its_date() {
        assert_eq!(
            forum_byline_date("社工小王 发表于 2025-3-8 10:02:33").as_deref(),
            Some("2025-03-08")
        );
        assert_eq!(
            forum_byline_date("发表于 2025-3-8").as_deref(),
            Some("2025-03-08")
        );
        assert_eq!(forum_byline_date("该文发表于2024年3月的期刊上"), None);
        assert_eq!(forum_byline_date("本报记者 李明 发表于 2025-3-8"), None);
    }
}
