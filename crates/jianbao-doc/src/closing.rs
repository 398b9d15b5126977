//! The last lines before a hard page break kept together: a page holding only the closing line
//! or two of a section (the body's last sentence alone before the 附表) is what an analyst
//! would not send. The PDF renderer closes such a page up into the page before it; Typst
//! paginates in its compiler, so the export puts the closing paragraphs in one non-breakable
//! block: the page they land on then holds at least [`MIN_CLOSING_LINES`] lines of them. The
//! DOCX gives each of these paragraphs `w:keepLines` and all but the last `w:keepNext`, which
//! Word and LibreOffice both honour; where the group is a whole section (its heading first),
//! the paragraph before the heading gets `w:keepNext` too, so the section never moves alone.

use crate::model::{plain_text, Block};
use crate::style::{StyleSheet, PT_PER_MM};

/// A page before a break holds more than three lines of text, as the PDF renderer's rule.
pub const MIN_CLOSING_LINES: usize = 4;

/// A paragraph longer than this many lines is not kept whole: widow control then keeps two of
/// its lines together, and a page is not left mostly empty.
const MAX_KEPT_PARAGRAPH_LINES: usize = 8;

/// The indices of `blocks` to keep together with what follows them up to the next page
/// break: for each page break, the headings and paragraphs right before it, from the last
/// back until they make [`MIN_CLOSING_LINES`] lines (estimated from the body's characters per
/// line). Empty where the block before a break is not a heading or paragraph, or where a
/// paragraph of the closing lines is too long to keep whole.
pub fn closing_blocks(blocks: &[Block], sheet: &StyleSheet) -> Vec<usize> {
    let width_pt = sheet.page.text_width_mm() * PT_PER_MM;
    let per_line = |size_pt: f32| ((width_pt / size_pt.max(1.0)).floor() as usize).max(1);
    let mut kept = Vec::new();
    for (at, block) in blocks.iter().enumerate() {
        if !matches!(block, Block::PageBreak) {
            continue;
        }
        let mut group = Vec::new();
        let mut lines = 0;
        for i in (0..at).rev() {
            let (chars, size) = match &blocks[i] {
                Block::Paragraph { content } => {
                    // the first-line indent of body text takes two characters
                    (plain_text(content).chars().count() + 2, sheet.body.size_pt)
                }
                Block::Heading { level, content } => (
                    plain_text(content).chars().count(),
                    sheet.heading((*level).clamp(1, 3)).size_pt,
                ),
                _ => break,
            };
            let n = chars.div_ceil(per_line(size)).max(1);
            if n > MAX_KEPT_PARAGRAPH_LINES {
                break;
            }
            group.push(i);
            lines += n;
            if lines >= MIN_CLOSING_LINES {
                break;
            }
        }
        // the group is only worth keeping when it is the whole of what might be left alone
        if group.len() > 1 || lines >= MIN_CLOSING_LINES {
            group.reverse();
            kept.extend(group);
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse_markdown;

    fn closing(md: &str) -> Vec<usize> {
        let doc = parse_markdown(md, "t.md").unwrap();
        closing_blocks(&doc.blocks, &StyleSheet::default_sheet())
    }

    #[test]
    fn the_short_paragraphs_before_a_break_are_kept_until_four_lines() {
        let mut md = String::from("# 一、下一步工作\n\n");
        for i in 0..6 {
            md.push_str(&format!("段落{i}：各地持续推进社会工作服务站建设。\n\n"));
        }
        md.push_str("<!-- pagebreak -->\n\n# 附表\n\n附表正文。\n");
        // seven blocks before the break (heading, six one-line paragraphs): the last four
        assert_eq!(closing(&md), vec![3, 4, 5, 6]);
    }

    #[test]
    fn a_heading_and_its_sentence_are_kept_together() {
        let md = "前文。\n\n# 五、下一步工作\n\n各地所依据的报道没有提到下一步工作安排。\n\n<!-- pagebreak -->\n\n# 附表\n";
        let kept = closing(md);
        assert!(kept.contains(&1) && kept.contains(&2), "{kept:?}");
    }

    #[test]
    fn no_break_or_a_table_before_it_keeps_nothing() {
        assert!(closing("一段。\n\n二段。\n").is_empty());
        let md = "| a | b |\n|---|---|\n| 1 | 2 |\n\n<!-- pagebreak -->\n\n# 附表\n";
        assert!(closing(md).is_empty());
    }
}
