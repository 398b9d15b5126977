//! Markdown: the text of headings, paragraphs, list items and table rows, one block a line, with
//! the marks (#, **, links' addresses) left out by the CommonMark parser.

use crate::{Format, Metadata, Rendering};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

pub fn render(source: &str, encoding: &str) -> Rendering {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut title: Option<String> = None;
    let mut in_title = false;
    let flush = |current: &mut String, lines: &mut Vec<String>| {
        let line = crate::text::collapse_space(current);
        if !line.is_empty() {
            lines.push(line);
        }
        current.clear();
    };
    for event in Parser::new_ext(source, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                flush(&mut current, &mut lines);
                in_title = level == HeadingLevel::H1 && title.is_none();
            }
            Event::End(TagEnd::Heading(_)) => {
                if in_title {
                    title = Some(crate::text::collapse_space(&current));
                    in_title = false;
                }
                flush(&mut current, &mut lines);
            }
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Item
                | TagEnd::TableRow
                | TagEnd::TableHead
                | TagEnd::CodeBlock
                | TagEnd::BlockQuote(_),
            ) => flush(&mut current, &mut lines),
            Event::Start(Tag::Item | Tag::TableRow | Tag::TableHead) => {
                flush(&mut current, &mut lines)
            }
            Event::End(TagEnd::TableCell) => current.push(' '),
            Event::Text(t) | Event::Code(t) => current.push_str(&t),
            Event::SoftBreak => join_break(&mut current),
            Event::HardBreak => flush(&mut current, &mut lines),
            _ => {}
        }
    }
    flush(&mut current, &mut lines);
    let mut text = lines.join("\n");
    text.push('\n');
    Rendering {
        format: Format::Markdown,
        text,
        metadata: Metadata {
            title: title.filter(|t| !t.is_empty()),
            ..Metadata::default()
        },
        encoding: Some(encoding.to_owned()),
    }
}

/// A line break inside a paragraph: nothing between Chinese characters, a space between words.
fn join_break(current: &mut String) {
    if current
        .chars()
        .last()
        .is_some_and(|c| c.is_ascii_alphanumeric())
    {
        current.push(' ');
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn marks_are_left_out_and_blocks_are_lines() {
        let r = super::render(
            "# 标题\n\n全省**社会工作者**达\n27.5万人,见[报道](http://x)。\n\n- 一项\n- 二项\n",
            "UTF-8",
        );
        assert_eq!(
            r.text,
            "标题\n全省社会工作者达27.5万人,见报道。\n一项\n二项\n"
        );
        assert_eq!(r.metadata.title.as_deref(), Some("标题"));
    }
}
