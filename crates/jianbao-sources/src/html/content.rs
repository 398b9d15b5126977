//! Finding the article: every element's text measures in one pass, the best-scoring block of
//! prose (see the module documentation of `html`), the heading above it, and its text rendered
//! one line per block element.

use super::furniture::{is_disclaimer, is_furniture};
use crate::text::{cjk_count, collapse_space};
use ego_tree::{NodeId, NodeRef};
use scraper::{Html, Node};
use std::collections::HashMap;

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
pub(super) struct Stats {
    measures: HashMap<NodeId, Measure>,
    pub(super) furniture: std::collections::HashSet<NodeId>,
}

impl Stats {
    pub(super) fn of_page(page: &Html) -> Stats {
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
pub(super) fn main_content<'a>(page: &'a Html, stats: &Stats) -> Option<NodeRef<'a, Node>> {
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
pub(super) fn heading_before(main: NodeRef<'_, Node>, stats: &Stats) -> Option<String> {
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

/// Renders an element's text, one line per block element.
pub(super) fn render_block(
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
