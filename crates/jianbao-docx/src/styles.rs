//! `word/styles.xml`: the shared style sheet as named Word styles.
//!
//! Written here rather than with docx-rs's style API because that API writes style and property
//! children out of schema order and cannot express `w:lang`, `w:firstLineChars` or table styles.
//! Every paragraph of the body refers to one of these styles and carries (almost) no direct
//! formatting, so a user restyles the document by editing styles.

use jianbao_doc::{Family, ParagraphStyle, StyleSheet, TextAlign};
use jianbao_fonts::{FaceId, FontSet};

use crate::units::{half_points, twips, xml_escape};
use crate::DocxError;

/// Style ids used by the body writer (`w:pStyle` / `w:rStyle` / `w:tblStyle` values).
pub(crate) mod id {
    pub const TITLE: &str = "Title";
    pub const SUBTITLE: &str = "Subtitle";
    pub const BYLINE: &str = "Byline";
    pub const HEADINGS: [&str; 3] = ["Heading1", "Heading2", "Heading3"];
    pub const BODY: &str = "BodyText";
    pub const LIST: &str = "ListParagraph";
    pub const QUOTE: &str = "Quote";
    pub const CODE: &str = "Code";
    pub const TABLE_HEADER: &str = "TableHeader";
    pub const TABLE_TEXT: &str = "TableText";
    pub const CAPTION: &str = "Caption";
    pub const TABLE_NOTE: &str = "TableNote";
    pub const NOTE_TEXT: &str = "NoteText";
    pub const RULE: &str = "HorizontalRule";
    pub const HEADER: &str = "Header";
    pub const FOOTER: &str = "Footer";
    pub const EMPHASIS: &str = "Emphasis";
    pub const STRONG: &str = "Strong";
    pub const NOTE_REFERENCE: &str = "NoteReference";
    pub const TABLE: &str = "BriefingTable";
    pub const MASTHEAD_NAME: &str = "MastheadName";
    pub const MASTHEAD_ISSUE: &str = "MastheadIssue";
    pub const MASTHEAD_INFO: &str = "MastheadInfo";
    pub const COLOPHON: &str = "Colophon";
}

/// The family names the runs refer to, read from the fonts (e.g. "Noto Serif SC").
#[derive(Debug, Clone)]
pub(crate) struct FamilyNames {
    serif: String,
    sans: String,
}

impl FamilyNames {
    pub(crate) fn from_fonts(fonts: &FontSet) -> Result<FamilyNames, DocxError> {
        let name = |family| -> Result<String, DocxError> {
            Ok(fonts
                .face(FaceId::new(family, false))?
                .family_name()
                .to_string())
        };
        Ok(FamilyNames {
            serif: name(jianbao_fonts::Family::Serif)?,
            sans: name(jianbao_fonts::Family::Sans)?,
        })
    }

    /// The same families under the names of `renames` (full name → name in the document).
    pub(crate) fn renamed(&self, renames: &[(String, String)]) -> FamilyNames {
        let rename = |name: &str| {
            renames
                .iter()
                .find(|(from, _)| from == name)
                .map_or_else(|| name.to_owned(), |(_, to)| to.clone())
        };
        FamilyNames {
            serif: rename(&self.serif),
            sans: rename(&self.sans),
        }
    }

    pub(crate) fn get(&self, family: jianbao_fonts::Family) -> &str {
        match family {
            jianbao_fonts::Family::Serif => &self.serif,
            jianbao_fonts::Family::Sans => &self.sans,
        }
    }

    pub(crate) fn of(&self, family: Family) -> &str {
        self.get(font_family(family))
    }
}

/// The font crate's family for a style-sheet family.
pub(crate) fn font_family(family: Family) -> jianbao_fonts::Family {
    match family {
        Family::Serif => jianbao_fonts::Family::Serif,
        Family::Sans => jianbao_fonts::Family::Sans,
    }
}

/// `<w:rFonts>` with the same family in all four slots, so Latin text and digits use the
/// embedded face too.
pub(crate) fn rfonts_xml(name: &str) -> String {
    let n = xml_escape(name);
    format!(r#"<w:rFonts w:ascii="{n}" w:hAnsi="{n}" w:eastAsia="{n}" w:cs="{n}"/>"#)
}

fn jc(align: TextAlign) -> &'static str {
    match align {
        TextAlign::Left => "left",
        TextAlign::Center => "center",
        TextAlign::Right => "right",
        TextAlign::Justify => "both",
    }
}

/// Extra paragraph properties a role needs beyond its [`ParagraphStyle`].
#[derive(Default)]
struct Extra {
    outline_level: Option<u8>,
    /// `w:pBdr` content.
    borders: Option<String>,
    next: Option<&'static str>,
    /// Hanging indent in characters (notes list: the number hangs out).
    hanging_chars: f32,
    /// `w:tabs` content (the 报头's date sits at a right tab).
    tabs: Option<String>,
    /// Snap to the document grid (body text and lists when the style sheet asks for a grid:
    /// Word then sets their characters on the character grid).
    snap_to_grid: bool,
}

fn border(side: &str, size_eighths: u32, space: u32, color: &str) -> String {
    format!(
        r#"<w:{side} w:val="single" w:sz="{size_eighths}" w:space="{space}" w:color="{color}"/>"#
    )
}

fn paragraph_style(
    out: &mut String,
    style_id: &str,
    name: &str,
    s: &ParagraphStyle,
    names: &FamilyNames,
    extra: Extra,
) {
    out.push_str(&format!(
        r#"<w:style w:type="paragraph"{custom} w:styleId="{style_id}"><w:name w:val="{name}"/><w:basedOn w:val="Normal"/>"#,
        custom = if is_builtin(name) { "" } else { r#" w:customStyle="1""# },
    ));
    if let Some(next) = extra.next {
        out.push_str(&format!(r#"<w:next w:val="{next}"/>"#));
    }
    out.push_str("<w:qFormat/><w:pPr>");
    if s.keep_with_next {
        out.push_str("<w:keepNext/><w:keepLines/>");
    }
    if let Some(b) = &extra.borders {
        out.push_str(&format!("<w:pBdr>{b}</w:pBdr>"));
    }
    if let Some(t) = &extra.tabs {
        out.push_str(&format!("<w:tabs>{t}</w:tabs>"));
    }
    if extra.snap_to_grid {
        out.push_str("<w:snapToGrid/>");
    }
    out.push_str(&format!(
        r#"<w:spacing w:before="{}" w:after="{}" w:line="{}" w:lineRule="exact"/>"#,
        twips(s.space_before_pt),
        twips(s.space_after_pt),
        twips(s.line_pitch_pt()),
    ));
    let char_twips = |chars: f32| twips(chars * s.size_pt);
    let hanging = extra.hanging_chars;
    let left = s.left_indent_chars + hanging;
    if left > 0.0 || s.first_line_indent_chars > 0.0 {
        let mut ind = format!(r#"<w:ind w:left="{}""#, char_twips(left));
        if hanging > 0.0 {
            ind.push_str(&format!(
                r#" w:hanging="{}" w:hangingChars="{}""#,
                char_twips(hanging),
                (hanging * 100.0).round()
            ));
        } else if s.first_line_indent_chars > 0.0 {
            // Both: firstLineChars scales with the font size when a user restyles; Word and
            // LibreOffice prefer it, readers that do not know it use the twips.
            ind.push_str(&format!(
                r#" w:firstLine="{}" w:firstLineChars="{}""#,
                char_twips(s.first_line_indent_chars),
                (s.first_line_indent_chars * 100.0).round()
            ));
        }
        ind.push_str("/>");
        out.push_str(&ind);
    }
    out.push_str(&format!(r#"<w:jc w:val="{}"/>"#, jc(s.align)));
    if let Some(level) = extra.outline_level {
        out.push_str(&format!(r#"<w:outlineLvl w:val="{level}"/>"#));
    }
    out.push_str("</w:pPr>");
    out.push_str(&run_properties(s, names));
    out.push_str("</w:style>");
}

fn run_properties(s: &ParagraphStyle, names: &FamilyNames) -> String {
    let mut r = String::from("<w:rPr>");
    r.push_str(&rfonts_xml(names.of(s.family)));
    if s.bold {
        r.push_str("<w:b/><w:bCs/>");
    } else {
        r.push_str(r#"<w:b w:val="0"/><w:bCs w:val="0"/>"#);
    }
    let sz = half_points(s.size_pt);
    r.push_str(&format!(
        r#"<w:color w:val="{}"/><w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/></w:rPr>"#,
        s.color.hex()
    ));
    r
}

/// Names Word knows (lower-case built-in names are translated in its UI, and python-docx
/// reports them as "Heading 1" etc.).
fn is_builtin(name: &str) -> bool {
    matches!(
        name,
        "Normal"
            | "Title"
            | "Subtitle"
            | "heading 1"
            | "heading 2"
            | "heading 3"
            | "Body Text"
            | "List Paragraph"
            | "Quote"
            | "caption"
            | "header"
            | "footer"
            | "Emphasis"
            | "Strong"
            | "endnote reference"
    )
}

/// The whole `word/styles.xml`.
pub(crate) fn styles_xml(sheet: &StyleSheet, names: &FamilyNames, language: &str) -> String {
    let body = &sheet.body;
    let lang = xml_escape(language);
    let mut x = String::with_capacity(16 * 1024);
    x.push_str(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#);
    x.push('\n');
    x.push_str(
        r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#,
    );
    // Document defaults: body family in every slot, Chinese as the East Asian language.
    x.push_str("<w:docDefaults><w:rPrDefault><w:rPr>");
    x.push_str(&rfonts_xml(names.of(body.family)));
    let sz = half_points(body.size_pt);
    x.push_str(&format!(
        r#"<w:kern w:val="2"/><w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/><w:lang w:val="en-US" w:eastAsia="{lang}" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>"#
    ));
    x.push_str(r#"<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>"#);

    // Normal: the base of every paragraph style; no grid snapping so exact line pitches hold.
    x.push_str(r#"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl/><w:kinsoku/><w:overflowPunct/><w:autoSpaceDE/><w:autoSpaceDN/><w:snapToGrid w:val="0"/><w:jc w:val="both"/></w:pPr>"#);
    x.push_str(&run_properties(body, names));
    x.push_str("</w:style>");
    x.push_str(r#"<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>"#);
    x.push_str(r#"<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#);
    x.push_str(r#"<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>"#);

    let rule = sheet.rule_color.hex();
    let none = Extra::default;
    paragraph_style(
        &mut x,
        id::TITLE,
        "Title",
        &sheet.title,
        names,
        Extra {
            next: Some(id::SUBTITLE),
            ..none()
        },
    );
    paragraph_style(
        &mut x,
        id::SUBTITLE,
        "Subtitle",
        &sheet.subtitle,
        names,
        Extra {
            next: Some(id::BYLINE),
            ..none()
        },
    );
    paragraph_style(
        &mut x,
        id::BYLINE,
        "Byline",
        &sheet.byline,
        names,
        Extra {
            next: Some(id::BODY),
            // The 1 pt rule in the house colour that closes the title block, as in the PDF.
            borders: Some(border("bottom", 8, 1, &rule)),
            ..none()
        },
    );
    for level in 1..=3u8 {
        paragraph_style(
            &mut x,
            id::HEADINGS[usize::from(level - 1)],
            &format!("heading {level}"),
            sheet.heading(level),
            names,
            Extra {
                outline_level: Some(level - 1),
                next: Some(id::BODY),
                ..none()
            },
        );
    }
    let on_grid = || Extra {
        snap_to_grid: sheet.grid().is_some(),
        ..none()
    };
    paragraph_style(&mut x, id::BODY, "Body Text", body, names, on_grid());
    paragraph_style(
        &mut x,
        id::LIST,
        "List Paragraph",
        &sheet.list_item,
        names,
        on_grid(),
    );
    // A bar in the rule colour marks quotes, as in the PDF.
    paragraph_style(
        &mut x,
        id::QUOTE,
        "Quote",
        &sheet.quote,
        names,
        Extra {
            borders: Some(border("left", 12, 8, &rule)),
            ..none()
        },
    );
    paragraph_style(&mut x, id::CODE, "Code", &sheet.code, names, none());
    paragraph_style(
        &mut x,
        id::TABLE_HEADER,
        "Table Header",
        &sheet.table_header,
        names,
        none(),
    );
    paragraph_style(
        &mut x,
        id::TABLE_TEXT,
        "Table Text",
        &sheet.table_cell,
        names,
        none(),
    );
    paragraph_style(
        &mut x,
        id::CAPTION,
        "caption",
        &sheet.caption,
        names,
        none(),
    );
    paragraph_style(
        &mut x,
        id::TABLE_NOTE,
        "Table Note",
        &sheet.table_note,
        names,
        none(),
    );
    paragraph_style(
        &mut x,
        id::NOTE_TEXT,
        "Note Text",
        &sheet.footnote,
        names,
        Extra {
            hanging_chars: 2.5,
            ..none()
        },
    );
    // A rule is an empty paragraph with a bottom border; small, so it adds little space.
    let mut rule_style = sheet.body.clone();
    rule_style.first_line_indent_chars = 0.0;
    rule_style.size_pt = 6.0;
    rule_style.line_height = 1.0;
    rule_style.space_before_pt = 0.0;
    rule_style.space_after_pt = 6.0;
    paragraph_style(
        &mut x,
        id::RULE,
        "Horizontal Rule",
        &rule_style,
        names,
        Extra {
            borders: Some(border("bottom", 6, 1, &rule)),
            ..none()
        },
    );
    paragraph_style(
        &mut x,
        id::HEADER,
        "header",
        &sheet.header,
        names,
        Extra {
            borders: Some(border("bottom", 4, 4, &rule)),
            ..none()
        },
    );
    paragraph_style(
        &mut x,
        id::FOOTER,
        "footer",
        &sheet.footer,
        names,
        Extra {
            borders: Some(border("top", 4, 4, &rule)),
            ..none()
        },
    );

    // The 简报's 报头: name, issue, then unit and date on one line (the date at a right tab)
    // above a red rule; the 报尾 lines share one top and one bottom rule (Word and LibreOffice
    // draw one box around consecutive paragraphs with the same borders).
    paragraph_style(
        &mut x,
        id::MASTHEAD_NAME,
        "Masthead Name",
        &sheet.masthead_name,
        names,
        none(),
    );
    paragraph_style(
        &mut x,
        id::MASTHEAD_ISSUE,
        "Masthead Issue",
        &sheet.masthead_issue,
        names,
        none(),
    );
    let masthead_rule = ((sheet.masthead_rule_width_pt * 8.0).round() as u32).clamp(2, 96);
    let text_width = twips(sheet.page.text_width_mm() * jianbao_doc::PT_PER_MM);
    paragraph_style(
        &mut x,
        id::MASTHEAD_INFO,
        "Masthead Info",
        &sheet.masthead_info,
        names,
        Extra {
            borders: Some(border(
                "bottom",
                masthead_rule,
                4,
                &sheet.masthead_rule_color.hex(),
            )),
            tabs: Some(format!(r#"<w:tab w:val="right" w:pos="{text_width}"/>"#)),
            ..none()
        },
    );
    paragraph_style(
        &mut x,
        id::COLOPHON,
        "Colophon",
        &sheet.colophon,
        names,
        Extra {
            borders: Some(format!(
                "{}{}",
                border("top", 6, 4, "000000"),
                border("bottom", 6, 4, "000000")
            )),
            ..none()
        },
    );

    // Character styles: emphasis is set in the other family (Chinese has no italics).
    x.push_str(&format!(
        r#"<w:style w:type="character" w:styleId="{}"><w:name w:val="Emphasis"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="20"/><w:qFormat/><w:rPr>{}</w:rPr></w:style>"#,
        id::EMPHASIS,
        rfonts_xml(names.of(sheet.emphasis_family))
    ));
    x.push_str(&format!(
        r#"<w:style w:type="character" w:styleId="{}"><w:name w:val="Strong"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="22"/><w:qFormat/><w:rPr><w:b/><w:bCs/></w:rPr></w:style>"#,
        id::STRONG
    ));
    x.push_str(&format!(
        r#"<w:style w:type="character" w:styleId="{}"><w:name w:val="endnote reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>"#,
        id::NOTE_REFERENCE
    ));

    // The table style: rules and cell padding from the style sheet.
    let t = &sheet.table;
    let size = ((t.border_width_pt * 8.0).round() as u32).clamp(2, 96);
    let color = t.border_color.hex();
    let pad = twips(t.cell_padding_pt);
    let sides: String = ["top", "left", "bottom", "right", "insideH", "insideV"]
        .iter()
        .map(|side| border(side, size, 0, &color))
        .collect();
    x.push_str(&format!(
        r#"<w:style w:type="table" w:customStyle="1" w:styleId="{}"><w:name w:val="Briefing Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/><w:tblPr><w:tblBorders>{sides}</w:tblBorders><w:tblCellMar><w:top w:w="{pad}" w:type="dxa"/><w:left w:w="{pad}" w:type="dxa"/><w:bottom w:w="{pad}" w:type="dxa"/><w:right w:w="{pad}" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#,
        id::TABLE
    ));
    x.push_str("</w:styles>");
    x
}
