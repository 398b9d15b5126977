//! End-to-end tests of the DOCX renderer on a realistic briefing: package structure, embedded
//! fonts, determinism, and what python-docx and LibreOffice make of the file.

use std::collections::BTreeMap;
use std::io::{Cursor, Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

use jianbao_doc::{parse_markdown, Document, StyleSheet};
use jianbao_docx::{render_docx, DocxError, DocxOptions, RenderedDocx};
use jianbao_fonts::FontSet;

use crate::support::{options, scratch, skip_or_fail, works};

const BRIEFING: &str = include_str!("../fixtures/briefing.md");

fn briefing() -> Document {
    parse_markdown(BRIEFING, "briefing.md").unwrap()
}

fn render(doc: &Document) -> RenderedDocx {
    render_docx(
        doc,
        &StyleSheet::default_sheet(),
        &FontSet::embedded(),
        &options(),
    )
    .unwrap()
}

/// The package's entries, in order.
fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).unwrap();
            assert_eq!(
                file.compression(),
                zip::CompressionMethod::Deflated,
                "{}",
                file.name()
            );
            let mut data = Vec::new();
            file.read_to_end(&mut data).unwrap();
            (file.name().to_string(), data)
        })
        .collect()
}

fn rezip(entries: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, data) in entries {
        zip.start_file(name.as_str(), options).unwrap();
        zip.write_all(data).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

fn part<'a>(entries: &'a [(String, Vec<u8>)], name: &str) -> &'a str {
    let data = &entries
        .iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("no part {name}"))
        .1;
    std::str::from_utf8(data).unwrap()
}

/// Checks well-formedness with a real parser (end tags must match, one root element).
fn assert_well_formed(name: &str, xml: &[u8]) {
    let mut reader = quick_xml::Reader::from_reader(xml);
    let mut depth = 0i32;
    let mut roots = 0;
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(quick_xml::events::Event::Start(_)) => {
                if depth == 0 {
                    roots += 1;
                }
                depth += 1;
            }
            Ok(quick_xml::events::Event::Empty(_)) if depth == 0 => roots += 1,
            Ok(quick_xml::events::Event::End(_)) => depth -= 1,
            Ok(_) => {}
            Err(e) => panic!(
                "{name} is not well-formed at {}: {e}",
                reader.buffer_position()
            ),
        }
    }
    assert_eq!(
        (depth, roots),
        (0, 1),
        "{name}: unbalanced or several roots"
    );
}

/// Text without whitespace and (invisible, XML-illegal) control characters, for comparing.
fn squeeze(text: &str) -> String {
    text.chars()
        // (the word joiner the renderer puts before a note mark, [1], is invisible)
        .filter(|c| !c.is_whitespace() && !c.is_control() && *c != '\u{2060}')
        .collect()
}

/// A scratch directory unique to this test and process.
#[test]
fn same_input_gives_identical_bytes_and_a_lean_deflated_package() {
    let doc = briefing();
    let first = render(&doc);
    let second = render(&doc);
    assert!(first.warnings.is_empty(), "{:?}", first.warnings);
    assert_eq!(first.bytes, second.bytes, "rendering is not deterministic");
    // A rendering on another thread too: docx-rs numbers paragraphs per thread.
    let other = std::thread::spawn(move || render(&doc)).join().unwrap();
    assert_eq!(first.bytes, other.bytes, "rendering depends on the thread");
    assert!(
        first.bytes.len() < 400 * 1024,
        "{} bytes",
        first.bytes.len()
    );

    let mut archive = zip::ZipArchive::new(Cursor::new(&first.bytes)).unwrap();
    for i in 0..archive.len() {
        let file = archive.by_index(i).unwrap();
        let modified = file.last_modified().unwrap();
        assert_eq!(
            (modified.year(), modified.month(), modified.day()),
            (1980, 1, 1)
        );
    }
}

#[test]
fn every_xml_part_is_well_formed_and_related() {
    let entries = unzip(&render(&briefing()).bytes);
    let names: Vec<&str> = entries.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names[0], "[Content_Types].xml");
    for (name, data) in &entries {
        if name.ends_with(".xml") || name.ends_with(".rels") {
            assert_well_formed(name, data);
        }
    }
    // Every relationship target exists in the package.
    for (name, data) in entries.iter().filter(|(n, _)| n.ends_with(".rels")) {
        let text = std::str::from_utf8(data).unwrap();
        let base = name.replace("_rels/", "").replace(".rels", "");
        let dir = Path::new(&base).parent().unwrap_or(Path::new(""));
        for target in text
            .split("Target=\"")
            .skip(1)
            .map(|t| &t[..t.find('"').unwrap()])
        {
            let path = dir.join(target).to_string_lossy().replace('\\', "/");
            assert!(
                names.contains(&path.as_str()),
                "{name} points to missing {path}"
            );
        }
    }
    // Every part but the relationships and content types is declared.
    let types = part(&entries, "[Content_Types].xml");
    for name in &names {
        if name.ends_with(".xml") && *name != "[Content_Types].xml" {
            assert!(
                types.contains(&format!("PartName=\"/{name}\"")),
                "{name} has no content type"
            );
        }
    }
    assert!(types.contains(r#"<Default Extension="odttf" ContentType="application/vnd.openxmlformats-officedocument.obfuscatedFont"/>"#));
}

#[test]
fn styles_settings_and_properties_follow_the_style_sheet() {
    let doc = briefing();
    let entries = unzip(&render(&doc).bytes);
    let styles = part(&entries, "word/styles.xml");
    assert!(
        styles.contains(r#"w:eastAsia="zh-CN""#),
        "no Chinese language"
    );
    assert!(
        styles.contains(r#"w:firstLine="480" w:firstLineChars="200""#),
        "body indent"
    );
    assert!(styles.contains(r#"<w:jc w:val="both"/>"#));
    for level in 0..3 {
        assert!(styles.contains(&format!(r#"<w:outlineLvl w:val="{level}"/>"#)));
    }
    // The families under names unique to their subsets ("Noto Serif SC ABCDEF").
    assert!(
        styles.contains(r#"w:eastAsia="Noto Serif SC "#)
            && styles.contains(r#"w:eastAsia="Noto Sans SC "#)
    );
    for slot in ["kinsoku", "overflowPunct", "autoSpaceDE", "autoSpaceDN"] {
        assert!(
            styles.contains(&format!("<w:{slot}/>")),
            "no {slot} in Normal"
        );
    }

    let settings = part(&entries, "word/settings.xml");
    let zoom = settings.find("<w:zoom").unwrap();
    let embed = settings.find("<w:embedTrueTypeFonts/>").unwrap();
    let subset = settings.find("<w:saveSubsetFonts/>").unwrap();
    let tab = settings.find("<w:defaultTabStop").unwrap();
    assert!(
        zoom < embed && embed < subset && subset < tab,
        "settings out of schema order"
    );

    let document = part(&entries, "word/document.xml");
    assert_eq!(
        document.matches("<w:tblHeader/>").count(),
        2,
        "one header row per table"
    );
    assert!(document.matches("<w:cantSplit").count() > 30);
    // Page geometry from the style sheet: A4, margins 30/28/26/26 mm.
    assert!(document.contains(r#"w:w="11906""#) && document.contains(r#"w:h="16838""#));
    assert!(document.contains(r#"w:top="1701""#) && document.contains(r#"w:left="1474""#));

    let footer = part(&entries, "word/footer1.xml");
    assert!(footer.contains("PAGE") && footer.contains("NUMPAGES"));

    let core = part(&entries, "docProps/core.xml");
    assert!(core.contains("<dc:title>四省社会工作比较简报</dc:title>"));
    assert!(core.contains("<dc:creator>jianbao 编写组</dc:creator>"));
    assert!(core.contains("<cp:keywords>社会工作; 人才队伍; 比较</cp:keywords>"));
    assert!(core.contains(">2026-11-22T08:30:00Z</dcterms:created>"));
    assert!(core.contains(">2026-11-22T08:30:00Z</dcterms:modified>"));
}

/// The font table names each family once with its embedded faces; each `.odttf`, de-obfuscated
/// with its key, is a TrueType font with glyphs for the document's characters.
#[test]
fn fonts_are_embedded_obfuscated_subsets() {
    let entries = unzip(&render(&briefing()).bytes);
    let table = part(&entries, "word/fontTable.xml");
    let rels = part(&entries, "word/_rels/fontTable.xml.rels");
    assert_eq!(table.matches("<w:font ").count(), 2, "{table}");
    // Names unique to the subsets, so that documents with other subsets of the same family
    // cannot take these fonts in one word-processor session; the full family as altName.
    assert!(table.contains(r#"<w:font w:name="Noto Serif SC "#));
    assert!(table.contains(r#"<w:font w:name="Noto Sans SC "#));
    assert!(table.contains(r#"<w:altName w:val="Noto Serif SC"/>"#));
    assert!(!table.contains(r#"<w:font w:name="Noto Serif SC">"#));
    assert!(table.contains(r#"<w:charset w:val="86"/>"#));
    assert_eq!(table.matches("<w:embedRegular ").count(), 2);
    assert_eq!(table.matches("<w:embedBold ").count(), 2);

    let mut seen = BTreeMap::new();
    for embed in table.split("<w:embed").skip(1) {
        let attr = |name: &str| {
            let start = embed.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
            embed[start..start + embed[start..].find('"').unwrap()].to_string()
        };
        let (rel_id, key) = (attr("r:id"), attr("w:fontKey"));
        assert!(embed.contains(r#"w:subsetted="1""#));
        let target_at = rels.find(&format!("Id=\"{rel_id}\"")).unwrap();
        let target_attr = &rels[target_at..];
        let target = &target_attr[target_attr.find("Target=\"").unwrap() + 8..];
        let target = &target[..target.find('"').unwrap()];
        let font = entries
            .iter()
            .find(|(n, _)| *n == format!("word/{target}"))
            .unwrap();
        let digits: Vec<u8> = key
            .chars()
            .filter(char::is_ascii_hexdigit)
            .collect::<String>()
            .as_bytes()
            .chunks(2)
            .map(|pair| u8::from_str_radix(std::str::from_utf8(pair).unwrap(), 16).unwrap())
            .collect();
        assert_eq!(digits.len(), 16);
        let mut ttf = font.1.clone();
        for (i, b) in ttf.iter_mut().take(32).enumerate() {
            *b ^= digits[15 - i % 16];
        }
        assert_eq!(
            &ttf[..4],
            &[0, 1, 0, 0],
            "{target} is not TrueType after de-obfuscation"
        );
        assert!(
            ttf.len() < 300 * 1024,
            "{target} is {} bytes: not subset",
            ttf.len()
        );
        seen.insert(key, ttf);
    }
    assert_eq!(seen.len(), 4, "font keys must differ per face");
}

#[test]
fn missing_glyphs_fail_unless_allowed() {
    let doc = parse_markdown(
        "+++\ntitle = \"测试\"\n+++\n\n古文字 \u{10300} 一个。\n",
        "m.md",
    )
    .unwrap();
    let style = StyleSheet::default_sheet();
    let fonts = FontSet::embedded();
    let err = render_docx(&doc, &style, &fonts, &options()).unwrap_err();
    assert!(
        matches!(&err, DocxError::MissingGlyphs(m) if m.len() == 1 && m[0].ch == '\u{10300}' && m[0].context.contains("古文字")),
        "{err}"
    );
    assert!(err.to_string().contains("U+10300"), "{err}");

    let opts = DocxOptions {
        allow_missing_glyphs: true,
        ..options()
    };
    let out = render_docx(&doc, &style, &fonts, &opts).unwrap();
    assert_eq!(out.warnings.len(), 1);
    assert!(out.warnings[0].contains("U+10300"));
}

/// python-docx (what many scripts use to read Word files) finds the headings by their style
/// names, and every paragraph and table cell of the model.
#[test]
fn python_docx_reads_headings_paragraphs_and_cells() {
    if !works("python3", &["-c", "import docx"]) {
        skip_or_fail(
            "note: python3 with python-docx is not installed; skipping the python-docx check",
        );
        return;
    }
    let doc = briefing();
    let dir = scratch("python-docx");
    let path = dir.join("briefing.docx");
    std::fs::write(&path, render(&doc).bytes).unwrap();
    let script = r#"
import sys, docx
d = docx.Document(sys.argv[1])
for p in d.paragraphs:
    print("P\t" + p.style.name + "\t" + p.text.replace("\n", " ").replace("\t", " "))
for t in d.tables:
    for row in t.rows:
        for cell in row.cells:
            print("C\t-\t" + cell.text.replace("\n", " "))
print("H\t" + d.core_properties.title + "\t" + (d.sections[0].header.paragraphs[0].text))
# Every XML part through expat with namespace processing (unbound prefixes are errors).
import zipfile, xml.etree.ElementTree as ET
with zipfile.ZipFile(sys.argv[1]) as z:
    for name in z.namelist():
        if name.endswith(".xml") or name.endswith(".rels"):
            ET.fromstring(z.read(name))
"#;
    let out = Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<(&str, &str, &str)> = stdout
        .lines()
        .map(|l| {
            let mut f = l.splitn(3, '\t');
            (
                f.next().unwrap(),
                f.next().unwrap_or(""),
                f.next().unwrap_or(""),
            )
        })
        .collect();
    let styled = |style: &str| -> Vec<&str> {
        lines
            .iter()
            .filter(|(k, s, _)| *k == "P" && *s == style)
            .map(|(_, _, t)| *t)
            .collect()
    };
    assert_eq!(
        styled("Heading 1"),
        ["一、总体情况", "二、分省数据", "三、下一步建议", "注释"]
    );
    assert_eq!(styled("Heading 2"), ["（一）人才队伍", "（二）主要做法"]);
    assert_eq!(styled("Heading 3"), ["1. 存在的问题"]);
    assert_eq!(styled("Title"), ["四省社会工作比较简报"]);
    assert_eq!(styled("Body Text").len(), 5);

    let found: Vec<String> = lines
        .iter()
        .filter(|(k, _, _)| *k != "H")
        .map(|(_, _, t)| squeeze(t))
        .collect();
    for text in doc.visible_texts() {
        let want = squeeze(&text);
        assert!(
            found.iter().any(|f| f == &want || f.ends_with(&want)),
            "python-docx does not find {text:?}"
        );
    }
    let header = lines.iter().find(|(k, _, _)| *k == "H").unwrap();
    assert_eq!(
        (header.1, header.2),
        ("四省社会工作比较简报", "四省社会工作比较简报")
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Converts `docx` to PDF with LibreOffice in its own process and profile; returns the
/// `pdffonts` and `pdftotext` output, or `None` (with a note) when the tools are missing.
pub(crate) fn libreoffice_pdf(name: &str, docx: &[u8]) -> Option<(String, String)> {
    if !works("soffice", &["--version"]) || !works("pdffonts", &["-v"]) {
        skip_or_fail("note: soffice or pdffonts is not installed; skipping the LibreOffice check");
        return None;
    }
    let dir = scratch(name);
    let input = dir.join(format!("{name}.docx"));
    std::fs::write(&input, docx).unwrap();
    let profile = format!("file://{}", dir.join("lo-profile").display());
    let status = Command::new("soffice")
        .arg(format!("-env:UserInstallation={profile}"))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(&dir)
        .arg(&input)
        .output()
        .unwrap();
    let pdf = dir.join(format!("{name}.pdf"));
    assert!(
        pdf.exists(),
        "LibreOffice made no PDF: {}",
        String::from_utf8_lossy(&status.stderr)
    );
    let fonts = Command::new("pdffonts").arg(&pdf).output().unwrap();
    let text = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    Some((
        String::from_utf8(fonts.stdout).unwrap(),
        String::from_utf8(text.stdout).unwrap(),
    ))
}

fn noto_installed() -> bool {
    Command::new("fc-list")
        .output()
        .map(|o| {
            String::from_utf8_lossy(&o.stdout)
                .to_lowercase()
                .contains("noto")
        })
        .unwrap_or(false)
}

/// On a machine without the Noto fonts, LibreOffice can only draw the text in Noto by using
/// the embedded subsets; the PDF's text is the document's.
#[test]
fn libreoffice_renders_with_the_embedded_fonts() {
    if noto_installed() {
        eprintln!("note: Noto fonts are installed system-wide; the embedding check would prove nothing; skipping");
        return;
    }
    let doc = briefing();
    let Some((fonts, text)) = libreoffice_pdf("embedded", &render(&doc).bytes) else {
        return;
    };
    for face in [
        "NotoSerifSC-Regular",
        "NotoSerifSC-Bold",
        "NotoSansSC-Regular",
        "NotoSansSC-Bold",
    ] {
        assert!(
            fonts
                .lines()
                .any(|l| l.contains(&format!("+{face} ")) && l.contains(" yes yes ")),
            "{face} not embedded:\n{fonts}"
        );
    }
    let substitutes: Vec<&str> = fonts
        .lines()
        .skip(2)
        .filter(|l| !l.contains("+Noto"))
        .collect();
    assert!(
        substitutes.is_empty(),
        "substitute fonts used: {substitutes:?}"
    );
    let text = squeeze(&text);
    for want in doc.visible_texts() {
        assert!(
            text.contains(&squeeze(&want)),
            "LibreOffice's PDF lacks {want:?}"
        );
    }
    assert!(
        text.contains("第1页/共4页") || text.contains("第1页/共5页"),
        "page fields: {text}"
    );
}

/// The same document with wrong font keys: LibreOffice cannot read the fonts and falls back to
/// a substitute, so the check above can fail.
#[test]
fn libreoffice_falls_back_when_the_font_key_is_wrong() {
    if noto_installed() {
        eprintln!("note: Noto fonts are installed system-wide; skipping");
        return;
    }
    let mut entries = unzip(&render(&briefing()).bytes);
    for (name, data) in entries.iter_mut() {
        if name == "word/fontTable.xml" {
            let table = String::from_utf8(data.clone()).unwrap();
            // Change the last hex digit of every key (the byte XORed into font bytes 0 and 16).
            let broken: String = table
                .split("w:fontKey=\"{")
                .enumerate()
                .map(|(i, piece)| {
                    if i == 0 {
                        return piece.to_string();
                    }
                    let end = piece.find('}').unwrap();
                    let last = &piece[end - 1..end];
                    let swapped = if last == "0" { "1" } else { "0" };
                    format!(
                        "w:fontKey=\"{{{}{swapped}{}",
                        &piece[..end - 1],
                        &piece[end..]
                    )
                })
                .collect();
            assert_ne!(broken, table);
            *data = broken.into_bytes();
        }
    }
    let Some((fonts, _)) = libreoffice_pdf("wrong-key", &rezip(&entries)) else {
        return;
    };
    assert!(
        !fonts.contains("NotoSerifSC"),
        "LibreOffice still used the fonts:\n{fonts}"
    );
}

/// Blocks the fixture does not have: nested lists, code, a page break right before a table
/// without caption, emphasis inside strong, a line break, a link, deep headings.
#[test]
fn less_common_blocks_render_well_formed() {
    let markdown = "+++\ntitle = \"结构测试\"\n+++\n\n#### 四级标题\n\n控制\u{1}字符\u{b}与\t制表符。\n\n**加粗*强调*文字**，[链接](https://example.org)；第一行  \n第二行。\n\n- 外层\n  - 内层一\n  - 内层二\n\n    续段。\n- 外层二\n\n5. 从五开始\n6. 第六\n\n```\nlet x = 1;\n代码行\n```\n\n<!-- pagebreak -->\n\n| 甲 | 乙 |\n|---|---|\n| 1 | 2 |\n";
    let doc = parse_markdown(markdown, "t.md").unwrap();
    let out = render(&doc);
    // docx-rs numbers hyperlinks with a process-wide counter: output must not depend on it.
    let again = {
        let doc = doc.clone();
        std::thread::spawn(move || render(&doc)).join().unwrap()
    };
    assert_eq!(out.bytes, again.bytes, "hyperlink ids leak into the output");
    let entries = unzip(&out.bytes);
    for (name, data) in &entries {
        if name.ends_with(".xml") || name.ends_with(".rels") {
            assert_well_formed(name, data);
        }
    }
    let document = part(&entries, "word/document.xml").replace(" />", "/>");
    assert!(
        document.contains(r#"<w:pStyle w:val="Heading3"/>"#),
        "level 4 uses heading 3"
    );
    assert!(
        document.contains(r#"<w:ilvl w:val="1"/>"#),
        "nested list level"
    );
    assert!(document.contains(r#"<w:pStyle w:val="Code"/>"#));
    assert!(document.contains(r#"<w:br w:type="textWrapping"/>"#));
    // The page break before a table without caption is a paragraph of its own.
    assert!(document.contains(r#"<w:br w:type="page"/>"#));
    assert!(document.contains(r#"<w:hyperlink r:id="rIdLink1""#), "link");
    let rels = part(&entries, "word/_rels/document.xml.rels");
    assert!(rels.contains(r#"Id="rIdLink1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org" TargetMode="External""#), "{rels}");
    let numbering = part(&entries, "word/numbering.xml").replace(" />", "/>");
    assert!(
        numbering.contains(r#"<w:startOverride w:val="5"/>"#),
        "{numbering}"
    );
    assert_eq!(document.matches("<w:tblHeader/>").count(), 1);
    let texts: String = document
        .split("<w:t xml:space=\"preserve\">")
        .skip(1)
        .map(|t| &t[..t.find('<').unwrap()])
        .collect();
    for want in doc.visible_texts() {
        assert!(
            squeeze(&texts).contains(&squeeze(&want)),
            "{want:?} missing"
        );
    }
}

/// No front matter, no title: no title block, an empty running header, still a valid package.
#[test]
fn document_without_metadata_renders() {
    let doc = parse_markdown("只有一段正文。\n", "bare.md").unwrap();
    let entries = unzip(&render(&doc).bytes);
    for (name, data) in &entries {
        if name.ends_with(".xml") || name.ends_with(".rels") {
            assert_well_formed(name, data);
        }
    }
    let document = part(&entries, "word/document.xml");
    assert!(!document.contains(r#"w:val="Title""#));
    assert!(document.contains("只有一段正文。"));
    assert!(
        !names_contain(&entries, "word/numbering.xml"),
        "no lists, no numbering part"
    );
}

fn names_contain(entries: &[(String, Vec<u8>)], name: &str) -> bool {
    entries.iter().any(|(n, _)| n == name)
}

#[test]
fn first_page_has_the_footer_but_no_running_header() {
    // As in the PDF: page 1 opens with the title block, so the title is not repeated above it.
    let entries = unzip(&render(&briefing()).bytes);
    let document = part(&entries, "word/document.xml");
    assert!(
        document.contains("<w:titlePg"),
        "section must have a distinct first page"
    );
    let rels = part(&entries, "word/_rels/document.xml.rels");
    let target_of = |kind: &str| {
        let tag = format!("w:{kind}Reference w:type=\"first\" r:id=\"");
        let rid = document
            .split(&tag)
            .nth(1)
            .unwrap_or_else(|| panic!("no first-page {kind}"))
            .split('"')
            .next()
            .unwrap();
        let rel = rels.split(&format!("Id=\"{rid}\"")).nth(1).unwrap();
        let target = rel
            .split("Target=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        format!("word/{target}")
    };
    let first_header = part(&entries, &target_of("header"));
    assert!(
        !first_header.contains("<w:t"),
        "first-page header has text: {first_header}"
    );
    let first_footer = part(&entries, &target_of("footer"));
    assert!(
        first_footer.contains("PAGE") && first_footer.contains("NUMPAGES"),
        "{first_footer}"
    );
}

/// Reports a check skipped for a missing tool; in CI (`JIANBAO_REQUIRE_TOOLS` set by .ci/run) a
/// missing tool is a failure, so a green run means every check really ran.
/// A character grid is declared with its pitch and character spacing, and body paragraphs
/// snap to it; without a grid neither appears.
#[test]
fn a_character_grid_is_declared_in_the_section() {
    let toml = jianbao_doc::DEFAULT_STYLE_TOML.replacen(
        "document_grid = \"none\"",
        "document_grid = \"lines_and_chars\"",
        1,
    );
    let sheet = StyleSheet::parse(&toml, Path::new("grid.toml")).unwrap();
    let grid = sheet.grid().unwrap();
    let bytes = render_docx(&briefing(), &sheet, &FontSet::embedded(), &options())
        .unwrap()
        .bytes;
    let entries = unzip(&bytes);
    let document = part(&entries, "word/document.xml");
    let char_space = ((grid.char_pitch_pt - sheet.body.size_pt) * 4096.0).round();
    let want = format!(
        r#"<w:docGrid w:type="linesAndChars" w:linePitch="{}" w:charSpace="{char_space}" />"#,
        (grid.line_pitch_pt * 20.0).round()
    );
    assert!(document.contains(&want), "no {want} in the section");
    let styles = part(&entries, "word/styles.xml");
    let body = styles.split(r#"w:styleId="BodyText""#).nth(1).unwrap();
    assert!(body[..body.find("</w:style>").unwrap()].contains("<w:snapToGrid/>"));
    let plain = unzip(&render(&briefing()).bytes);
    assert!(!part(&plain, "word/document.xml").contains("w:docGrid"));
}

#[test]
fn nested_lists_number_and_bullet_as_the_pdf_does() {
    let md = "+++\ntitle = \"列表\"\n+++\n\n- 第一层\n  - 第二层\n\n1. 甲\n   1. 乙\n";
    let doc = jianbao_doc::parse_markdown(md, "t.md").unwrap();
    let entries = unzip(&render(&doc).bytes);
    let numbering = part(&entries, "word/numbering.xml");
    // The numberings jianbao defines (set in the document's fonts); docx-rs adds an unused
    // default of its own.
    let ours: Vec<&str> = numbering
        .split("<w:abstractNum ")
        .filter(|n| n.contains("Noto"))
        .collect();
    let decimal = ours
        .iter()
        .find(|n| n.contains("w:numFmt w:val=\"decimal\""))
        .expect("a decimal numbering");
    for level in 1..=3 {
        assert!(
            decimal.contains(&format!("w:lvlText w:val=\"%{level}.\"")),
            "level {level}: {decimal}"
        );
    }
    assert!(!decimal.contains(")\""), "no 1) numbering: {decimal}");
    let bullets = ours
        .iter()
        .find(|n| n.contains("w:numFmt w:val=\"bullet\""))
        .expect("a bullet numbering");
    assert!(
        bullets.contains("w:lvlText w:val=\"●\"") && bullets.contains("w:lvlText w:val=\"○\""),
        "{bullets}"
    );
}

/// The closing lines before a hard page break (the 下一步工作 heading and its sentence before
/// the 附表) are not left alone on a page: whatever the length of the body, LibreOffice's
/// page before the break carries more than three lines, never the short section alone (read
/// back page by page with pdftotext from one LibreOffice session converting every length).
#[test]
fn libreoffice_leaves_no_page_of_a_line_or_two_before_a_page_break() {
    if !works("soffice", &["--version"]) || !works("pdftotext", &["-v"]) {
        skip_or_fail(
            "note: soffice or pdftotext is not installed; skipping the closing-lines check",
        );
        return;
    }
    let dir = scratch("closing-lines");
    let sentence = "各地持续推进社会工作服务站建设，服务对象覆盖困难群众。";
    let lengths: Vec<usize> = (18..48).collect();
    let mut inputs = Vec::new();
    for &n in &lengths {
        let mut md = String::new();
        for p in 0..n {
            md.push_str(&format!("段落{p}：{sentence}\n\n"));
        }
        md.push_str(
            "# 五、下一步工作\n\n**北京**：「本市将力争实现全市志愿者服务参与率达到20%以上。」\n\n",
        );
        md.push_str("其余地区所依据的报道没有提到本地下一步工作安排。\n\n");
        md.push_str("<!-- pagebreak -->\n\n# 附表\n\n附表正文。\n");
        let doc = parse_markdown(&md, "closing.md").unwrap();
        let input = dir.join(format!("closing-{n}.docx"));
        std::fs::write(&input, render(&doc).bytes).unwrap();
        inputs.push(input);
    }
    // one LibreOffice session for every length; under load (other tests converting at the
    // same time) a session may stop early, so the lengths it left are converted again
    let profile = format!("file://{}", dir.join("lo-profile").display());
    let mut stderr = String::new();
    for _ in 0..3 {
        let missing: Vec<&PathBuf> = inputs
            .iter()
            .filter(|i| !i.with_extension("pdf").exists())
            .collect();
        if missing.is_empty() {
            break;
        }
        let out = Command::new("soffice")
            .arg(format!("-env:UserInstallation={profile}"))
            .args(["--headless", "--convert-to", "pdf", "--outdir"])
            .arg(&dir)
            .args(missing)
            .output()
            .unwrap();
        stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    }
    let mut short = Vec::new();
    for &n in &lengths {
        let pdf = dir.join(format!("closing-{n}.pdf"));
        assert!(
            pdf.exists(),
            "LibreOffice made no PDF of length {n}: {stderr}"
        );
        let text = Command::new("pdftotext")
            .args(["-layout"])
            .arg(&pdf)
            .arg("-")
            .output()
            .unwrap();
        let text = String::from_utf8(text.stdout).unwrap();
        let pages: Vec<&str> = text.split('\u{c}').collect();
        let appendix = pages
            .iter()
            .position(|p| p.contains("附表正文"))
            .expect("the appendix is printed");
        // lines of text, not the running footer's page number
        let lines: Vec<&str> = pages[appendix - 1]
            .lines()
            .map(str::trim)
            .filter(|l| {
                !l.is_empty()
                    && !l
                        .chars()
                        .all(|c| c.is_ascii_digit() || " -—/第页共".contains(c))
            })
            .collect();
        // A section whole on its page (its heading first) is not a tail left behind. The
        // paragraph before the heading now keeps its tail with it, which in briefings moved
        // such sections with the lines before them; in this bare body LibreOffice 7.4 still
        // moves one length's section alone.
        let whole_section = lines.first().is_some_and(|l| l.starts_with("五、"));
        if lines.len() <= 3 && !whole_section {
            short.push((n, lines.len()));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        short.is_empty(),
        "(paragraphs, lines on the page before the break): {short:?}"
    );
}

/// A date column keeps 2021年6月 on one line in LibreOffice: the column widths count the space
/// the word processor adds between digits and ideographs (2021 年 6 月), which had wrapped 月
/// alone onto a second line in the briefing's 附表.
#[test]
fn libreoffice_keeps_a_short_date_cell_on_one_line() {
    let mut md = String::from(
        "Table: 附表1 某省\n\n| 领域 | 指标或原文 | 数值 | 时间 |\n|:---|:---|:---|:---|\n",
    );
    for (value, date) in [
        ("91.58%", "2021年6月"),
        ("2196个", "2022年12月"),
        ("1.02万家", "2025年1月目标"),
    ] {
        md.push_str(&format!(
            "| 新兴领域党建 | 某市：「全市173个乡镇（街道）、514个社区（居委会）、2196个建制村均建立了党组织，覆盖率稳步提升」 | {value}[^a] | {date} |\n"
        ));
    }
    md.push_str("\n正文。[^a]\n\n[^a]: 某市报道。\n");
    let doc = parse_markdown(&md, "dates.md").unwrap();
    let Some((_, text)) = libreoffice_pdf("date-cells", &render(&doc).bytes) else {
        return;
    };
    let lines: Vec<String> = text.lines().map(squeeze).collect();
    for date in ["2021年6月", "2022年12月", "2025年1月目标"] {
        assert!(
            lines.iter().any(|l| l == date),
            "{date} is not one line of its cell:\n{text}"
        );
    }
}

#[test]
fn libreoffice_never_breaks_a_title_inside_a_region_name() {
    // Titles as briefings name them; LibreOffice had set 四|川 and 社会|工作 across lines.
    for regions in [
        &[
            "广东",
            "湖南",
            "宁夏",
            "辽宁",
            "安徽",
            "四川",
            "黑龙江",
            "新疆",
        ][..],
        &[
            "内蒙古",
            "黑龙江",
            "新疆维吾尔自治区",
            "广西壮族自治区",
            "海南",
        ],
        &[
            "北京",
            "天津",
            "河北",
            "山西",
            "内蒙古",
            "辽宁",
            "吉林",
            "上海",
            "江苏",
            "浙江",
        ],
        &["浙江", "山西", "安徽", "贵州", "四川", "重庆", "西藏"],
    ] {
        let title = format!("{}社会工作情况比较", regions.join("、"));
        let mut keywords = vec!["社会工作", "简报"];
        keywords.extend_from_slice(regions);
        let keywords: Vec<String> = keywords.iter().map(|k| format!("{k:?}")).collect();
        let md = format!(
            "+++\ntitle = {title:?}\nkeywords = [{}]\n+++\n\n正文一段。\n",
            keywords.join(", ")
        );
        let doc = parse_markdown(&md, "title.md").unwrap();
        let Some((_, text)) = libreoffice_pdf("title-lines", &render(&doc).bytes) else {
            return;
        };
        let mut lines = Vec::new();
        let mut joined = String::new();
        for line in text.lines().map(squeeze).filter(|l| !l.is_empty()) {
            if joined.len() >= title.len() {
                break;
            }
            joined.push_str(&line);
            lines.push(line);
        }
        assert_eq!(joined, title, "title lines {lines:?}");
        let mut words: Vec<&str> = regions.to_vec();
        words.push("社会工作");
        let mut at = 0;
        for line in &lines[..lines.len() - 1] {
            at += line.len();
            for word in &words {
                let split = title
                    .match_indices(word)
                    .any(|(i, _)| i < at && at < i + word.len());
                assert!(!split, "{word} split across title lines {lines:?}");
            }
        }
    }
}
