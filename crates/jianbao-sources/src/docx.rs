//! DOCX: the body's paragraphs in document order, each table row as one line, and the title,
//! author and date from the core properties (`docProps/core.xml`). Headers, footers, comments and
//! deleted text (tracked changes) are not part of the article and are left out.

use crate::{Format, Metadata, Rendering, SourceError};
use quick_xml::events::Event;
use std::io::Read;

/// No part of a Word file is this large; a larger one is a damaged file or a zip bomb.
const MAX_PART_BYTES: u64 = 64 * 1024 * 1024;

pub fn render(bytes: &[u8], file: &str) -> Result<Rendering, SourceError> {
    let unreadable = |what: String| SourceError::Unreadable {
        file: file.to_owned(),
        what,
    };
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| {
        unreadable(format!(
            "not a Word (.docx) file ({e}); re-save it from Word or WPS as .docx"
        ))
    })?;
    let body = read_part(&mut archive, "word/document.xml")
        .map_err(|e| unreadable(format!("word/document.xml: {e}")))?
        .ok_or_else(|| {
            unreadable("has no word/document.xml, so it is not a Word document".to_owned())
        })?;
    let text = body_text(&body).map_err(|e| unreadable(format!("word/document.xml: {e}")))?;
    let metadata = match read_part(&mut archive, "docProps/core.xml") {
        Ok(Some(core)) => core_properties(&core),
        _ => Metadata::default(),
    };
    Ok(Rendering {
        format: Format::Docx,
        text,
        metadata,
        encoding: None,
    })
}

fn read_part(
    archive: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>,
    name: &str,
) -> Result<Option<String>, String> {
    let entry = match archive.by_name(name) {
        Ok(entry) => entry,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(e.to_string()),
    };
    let mut text = String::new();
    entry
        .take(MAX_PART_BYTES)
        .read_to_string(&mut text)
        .map_err(|e| e.to_string())?;
    Ok(Some(text))
}

/// Appends the text an entity reference stands for (`&amp;`, `&#x4E00;`).
fn push_reference(
    out: &mut String,
    reference: &quick_xml::events::BytesRef<'_>,
) -> Result<(), String> {
    if let Some(c) = reference.resolve_char_ref().map_err(|e| e.to_string())? {
        out.push(c);
    } else {
        let name = reference.decode().map_err(|e| e.to_string())?;
        if let Some(s) = quick_xml::escape::resolve_predefined_entity(&name) {
            out.push_str(s);
        }
    }
    Ok(())
}

fn body_text(xml: &str) -> Result<String, String> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut lines: Vec<String> = Vec::new();
    let mut paragraph = String::new();
    let mut row: Vec<String> = Vec::new();
    let mut table_depth = 0usize;
    let mut in_text = false;
    let end_paragraph =
        |paragraph: &mut String, row: &mut Vec<String>, lines: &mut Vec<String>, in_table: bool| {
            let text = crate::text::collapse_space(paragraph);
            paragraph.clear();
            if text.is_empty() {
                return;
            }
            if in_table {
                row.push(text);
            } else {
                lines.push(text);
            }
        };
    loop {
        match reader.read_event().map_err(|e| e.to_string())? {
            Event::Start(e) => match e.local_name().as_ref() {
                b"t" => in_text = true,
                b"tbl" => table_depth += 1,
                b"tr" if table_depth == 1 => row.clear(),
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                b"tab" => paragraph.push(' '),
                b"br" | b"cr" => {
                    end_paragraph(&mut paragraph, &mut row, &mut lines, table_depth > 0)
                }
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                b"t" => in_text = false,
                b"p" => end_paragraph(&mut paragraph, &mut row, &mut lines, table_depth > 0),
                b"tr" if table_depth == 1 => {
                    let line = row.join(" ");
                    if !line.is_empty() {
                        lines.push(line);
                    }
                    row.clear();
                }
                b"tbl" => table_depth = table_depth.saturating_sub(1),
                _ => {}
            },
            Event::Text(t) if in_text => {
                paragraph.push_str(&t.decode().map_err(|e| e.to_string())?)
            }
            Event::GeneralRef(r) if in_text => push_reference(&mut paragraph, &r)?,
            Event::Eof => break,
            _ => {}
        }
    }
    end_paragraph(&mut paragraph, &mut row, &mut lines, false);
    let mut text = lines.join("\n");
    text.push('\n');
    Ok(text)
}

/// Title, author and date (`dcterms:created`) of `docProps/core.xml`.
fn core_properties(xml: &str) -> Metadata {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut metadata = Metadata::default();
    let mut field: Option<Vec<u8>> = None;
    let mut value = String::new();
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => {
                field = Some(e.local_name().as_ref().to_vec());
                value.clear();
            }
            Ok(Event::Text(t)) if field.is_some() => {
                value.push_str(&t.decode().unwrap_or_default());
            }
            Ok(Event::GeneralRef(r)) if field.is_some() => {
                let _ = push_reference(&mut value, &r);
            }
            Ok(Event::End(_)) => {
                let text = crate::text::collapse_space(&value);
                match field.take().as_deref() {
                    Some(b"title") if !text.is_empty() => metadata.title = Some(text),
                    Some(b"creator") if !text.is_empty() => metadata.author = Some(text),
                    Some(b"created") => {
                        if let Some(date) = crate::text::normalize_date(&text) {
                            metadata.date = Some(date);
                            metadata.date_basis =
                                Some("DOCX core properties (dcterms:created)".to_owned());
                        }
                    }
                    _ => {}
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
    }
    metadata
}

#[cfg(test)]
mod tests {
    #[test]
    fn paragraphs_tables_and_entities_in_order() {
        let xml = r#"<w:document xmlns:w="w"><w:body>
            <w:p><w:r><w:t>标题</w:t></w:r></w:p>
            <w:p><w:r><w:t xml:space="preserve">社会组织 </w:t></w:r><w:r><w:t>24&amp;万家</w:t></w:r><w:r><w:delText>删</w:delText></w:r></w:p>
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>浙江</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>27.5万人</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            <w:p><w:r><w:t>完</w:t></w:r></w:p></w:body></w:document>"#;
        assert_eq!(
            super::body_text(xml).unwrap(),
            "标题\n社会组织 24&万家\n浙江 27.5万人\n完\n"
        );
    }

    #[test]
    fn core_properties_give_title_author_date() {
        let xml = r#"<cp:coreProperties xmlns:cp="c" xmlns:dc="d" xmlns:dcterms="t"><dc:title>报告</dc:title><dc:creator>张三</dc:creator><dcterms:created>2024-03-05T08:00:00Z</dcterms:created></cp:coreProperties>"#;
        let m = super::core_properties(xml);
        assert_eq!(m.title.as_deref(), Some("报告"));
        assert_eq!(m.author.as_deref(), Some("张三"));
        assert_eq!(m.date.as_deref(), Some("2024-03-05"));
    }
}
