//! A number and its unit on one line in what a word processor makes of the DOCX title, which
//! jianbao breaks itself (body/title.rs): 2025年12 | 月 never ends a title line.
//!
//! The body is left to the word processor: LibreOffice 7.4 breaks Chinese text between any
//! two characters but those of its line-start and line-end lists, and ignores a word joiner
//! there (it only loses its quarter-em space between the digits and the ideograph).

use jianbao_doc::{parse_markdown, StyleSheet};
use jianbao_docx::render_docx;
use jianbao_fonts::FontSet;

use crate::render::libreoffice_pdf;
use crate::support::options;

/// Titles on a page about twelve title characters wide, a growing run of padding moving their
/// numbers across the line end: LibreOffice never ends a title line between a number and its
/// unit. The control titles, the same with 的 for every unit, do end lines after a number, so
/// the check can fail.
#[test]
fn a_title_line_never_ends_between_a_number_and_its_unit() {
    let title = "截至2025年12月底社会工作者27万名情况比较";
    let mut style = StyleSheet::default_sheet();
    style.page.width_mm = style.page.margin_left_mm
        + style.page.margin_right_mm
        + 12.0 * style.title.size_pt / jianbao_doc::PT_PER_MM;
    let mut split = Vec::new();
    for units in [true, false] {
        let mut found = Vec::new();
        // (One LibreOffice run per title: a few paddings, which put both numbers at a line end.)
        for pad in [0, 2, 4] {
            let text = if units {
                title.to_string()
            } else {
                title.replace(['年', '月', '万', '名'], "的")
            };
            let md = format!(
                "+++\ntitle = \"{}{text}\"\n+++\n\n正文。\n",
                "甲".repeat(pad)
            );
            let doc = parse_markdown(&md, "title.md").unwrap();
            let docx = render_docx(&doc, &style, &FontSet::embedded(), &options()).unwrap();
            let Some((_, text)) = libreoffice_pdf(&format!("title-{units}-{pad}"), &docx.bytes)
            else {
                return;
            };
            found.extend(jianbao_doc::line_ends_after_numbers(
                text.lines().map(String::from),
                |c| {
                    jianbao_doc::is_unit(c)
                        || jianbao_doc::is_number_char(c)
                        || (!units && c == '的')
                },
            ));
        }
        split.push(found);
    }
    assert!(
        split[0].is_empty(),
        "split from their units: {:#?}",
        split[0]
    );
    assert!(
        !split[1].is_empty(),
        "the control never put a line end after a number"
    );
}
