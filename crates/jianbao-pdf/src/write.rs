//! Positioned pages → PDF bytes with printpdf, then a pass over the written objects with lopdf
//! for what printpdf's lean build leaves wrong: subset font names are set before writing; the
//! info dictionary, XMP metadata, language and a nested outline are written here, and the file
//! with its document ID by `serialize`, all derived from the input so that output is
//! byte-identical across runs.

use std::collections::BTreeMap;
use std::io::Write;

use flate2::write::ZlibEncoder;
use flate2::Compression;

use jianbao_doc::{Color, Document};
use jianbao_fonts::{FaceId, Subset};
use lopdf::{Dictionary, Object, ObjectId, Stream, StringFormat};
use printpdf::{
    DictItem, FontId, Line, LinePoint, Op, PaintMode, ParsedFont, PdfDocument, PdfFont,
    PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, Rect, Rgb, TextItem, TextMatrix,
};

use crate::layout::{Item, Layout, OutlineEntry, StructNode, TextLine};
use crate::{PdfError, PdfOptions};

pub(crate) fn write_pdf(
    layout: &Layout,
    subsets: &[(FaceId, std::sync::Arc<Subset>)],
    doc: &Document,
    opts: &PdfOptions,
) -> Result<Vec<u8>, PdfError> {
    let mut pdf = PdfDocument::new(&doc.meta.title);
    let mut font_ids = BTreeMap::new();
    for (n, (face, subset)) in subsets.iter().enumerate() {
        let mut warnings = Vec::new();
        let mut parsed =
            ParsedFont::from_bytes(&subset.bytes, 0, &mut warnings).ok_or_else(|| {
                PdfError::Write(format!(
                    "printpdf cannot parse the subset of {}",
                    subset.postscript_name
                ))
            })?;
        // BaseFont and FontName become `TAG+PostScriptName`, so readers know it is a subset.
        parsed.font_name = Some(subset.subset_name());
        let id = FontId(format!("F{}", n + 1));
        pdf.resources
            .fonts
            .map
            .insert(id.clone(), PdfFont::new(parsed));
        font_ids.insert(*face, id);
    }

    let width = layout.page_width;
    let height = layout.page_height;
    let mut marked = Vec::with_capacity(layout.pages.len());
    let pages = layout
        .pages
        .iter()
        .map(|page| {
            let (ops, mcids) = page_ops(&page.items, height, &font_ids, &layout.structure);
            marked.push(mcids);
            PdfPage::new(Pt(width).into(), Pt(height).into(), ops)
        })
        .collect();
    pdf.with_pages(pages);

    let save = PdfSaveOptions {
        optimize: false,
        subset_fonts: false,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut lo = pdf.to_lopdf_document(&save, &mut warnings);
    finish(&mut lo, layout, doc, opts, &marked)?;
    // The structure tree is many small dictionaries: object streams (PDF 1.5) deflate them
    // together, which keeps the tagged file about as small as the untagged one was.
    lo.version = "1.5".to_owned();
    let packed = crate::serialize::pack_objects(&mut lo);
    compress_streams(&mut lo)?;
    let bytes = crate::serialize::write_file(&lo, &packed, deflate)?;
    Ok(bytes)
}

/// Deflate level for the streams. Measured on the default briefing (zlib-rs, time of this pass):
/// level 1 1.9 ms / 297 KB PDF, 2 4.2 ms / 248 KB, 6 6.6 ms / 235 KB, 9 (lopdf's `compress()`)
/// 10.1 ms / 233 KB. Level 2 is the knee: level 1 saves 2 ms more but adds 49 KB, since
/// zlib-rs's level 1 uses only fixed Huffman codes, which suit the TrueType subsets badly.
const DEFLATE_LEVEL: u32 = 2;

/// Deflates every stream that has no filter yet and allows compression (the XMP metadata
/// stays readable), keeping the original where deflating would not save anything: lopdf's
/// `compress()` with a faster level.
///
/// With a second core the streams are split into two halves of about equal size, one deflated
/// on a helper thread: in `jianbao build` the DOCX is done by then and its core idle, and the
/// streams are independent, so the bytes are the same.
fn compress_streams(lo: &mut lopdf::Document) -> Result<(), PdfError> {
    let mut pending: Vec<&mut Stream> = lo
        .objects
        .values_mut()
        .filter_map(|object| match object {
            Object::Stream(s) if s.allows_compression && !s.dict.has(b"Filter") => Some(s),
            _ => None,
        })
        .collect();
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
    if cores < 2 || pending.len() < 2 {
        return pending.into_iter().try_for_each(deflate_stream);
    }
    // largest first, each to the lighter half
    pending.sort_by_key(|s| std::cmp::Reverse(s.content.len()));
    let (mut here, mut there) = (Vec::new(), Vec::new());
    let (mut here_bytes, mut there_bytes) = (0, 0);
    for stream in pending {
        if here_bytes <= there_bytes {
            here_bytes += stream.content.len();
            here.push(stream);
        } else {
            there_bytes += stream.content.len();
            there.push(stream);
        }
    }
    std::thread::scope(|scope| {
        let helper = scope.spawn(|| there.into_iter().try_for_each(deflate_stream));
        let mine = here.into_iter().try_for_each(deflate_stream);
        let theirs = helper
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        mine.and(theirs)
    })
}

/// `bytes` deflated (zlib format, as /FlateDecode wants) at [`DEFLATE_LEVEL`].
fn deflate(bytes: &[u8]) -> Result<Vec<u8>, PdfError> {
    let mut encoder = ZlibEncoder::new(
        Vec::with_capacity(bytes.len() / 2),
        Compression::new(DEFLATE_LEVEL),
    );
    encoder
        .write_all(bytes)
        .and_then(|()| encoder.finish())
        .map_err(|e| PdfError::Write(format!("deflating a stream: {e}")))
}

fn deflate_stream(stream: &mut Stream) -> Result<(), PdfError> {
    let compressed = deflate(&stream.content)?;
    // `/Filter /FlateDecode` costs 20 bytes in the dictionary.
    if compressed.len() + 20 < stream.content.len() {
        stream
            .dict
            .set("Filter", Object::Name(b"FlateDecode".to_vec()));
        stream.set_content(compressed);
    }
    Ok(())
}

fn rgb(color: Color) -> printpdf::Color {
    let [r, g, b] = color.unit_rgb();
    printpdf::Color::Rgb(Rgb {
        r,
        g,
        b,
        icc_profile: None,
    })
}

/// The page's content: fills and rules (marked as artifacts), then each text line as marked
/// content of its structure element (running header and footer as pagination artifacts).
/// Returns the ops and, for each marked-content id in order, its structure element.
fn page_ops(
    items: &[Item],
    height: f32,
    fonts: &BTreeMap<FaceId, FontId>,
    structure: &[StructNode],
) -> (Vec<Op>, Vec<usize>) {
    let mut ops = vec![Op::BeginMarkedContent {
        tag: "Artifact".to_owned(),
    }];
    for item in items {
        if let Item::Fill {
            x,
            y,
            width,
            height: h,
            color,
        } = *item
        {
            ops.push(Op::SetFillColor { col: rgb(color) });
            ops.push(Op::DrawRectangle {
                rectangle: Rect {
                    x: Pt(x),
                    y: Pt(height - y - h),
                    width: Pt(width),
                    height: Pt(h),
                    mode: Some(PaintMode::Fill),
                    winding_order: None,
                },
            });
        }
    }
    let mut stroke: Option<(Color, f32)> = None;
    for item in items {
        if let Item::Rule {
            x1,
            y1,
            x2,
            y2,
            width,
            color,
        } = *item
        {
            if stroke != Some((color, width)) {
                ops.push(Op::SetOutlineColor { col: rgb(color) });
                ops.push(Op::SetOutlineThickness { pt: Pt(width) });
                stroke = Some((color, width));
            }
            let point = |x: f32, y: f32| LinePoint {
                p: Point {
                    x: Pt(x),
                    y: Pt(height - y),
                },
                bezier: false,
            };
            ops.push(Op::DrawLine {
                line: Line {
                    points: vec![point(x1, y1), point(x2, y2)],
                    is_closed: false,
                },
            });
        }
    }
    ops.push(Op::EndMarkedContent);
    ops.push(Op::StartTextSection);
    let mut state = TextState::default();
    let mut mcids = Vec::new();
    for item in items {
        let Item::Text(line) = item else { continue };
        if line.glyphs.is_empty() {
            continue;
        }
        let mut properties = BTreeMap::new();
        let tag = match line
            .node
            .and_then(|n| structure.get(n).map(|s| (n, s.role)))
        {
            Some((node, role)) => {
                properties.insert("MCID".to_owned(), DictItem::Int(mcids.len() as i64));
                mcids.push(node);
                role
            }
            None => {
                properties.insert("Type".to_owned(), DictItem::Name(b"Pagination".to_vec()));
                "Artifact"
            }
        };
        ops.push(Op::BeginMarkedContentWithProperties {
            tag: tag.to_owned(),
            properties: DictItem::Dict { map: properties },
        });
        text_ops(line, height, fonts, &mut state, &mut ops);
        ops.push(Op::EndMarkedContent);
    }
    ops.push(Op::EndTextSection);
    (ops, mcids)
}

#[derive(Default)]
struct TextState {
    font: Option<(FaceId, f32)>,
    color: Option<Color>,
}

/// One line → runs of glyphs sharing font, size, colour and baseline, each a `Tm` and a `TJ`
/// whose offsets reproduce the laid-out positions (justification, Latin spacing).
fn text_ops(
    line: &TextLine,
    height: f32,
    fonts: &BTreeMap<FaceId, FontId>,
    state: &mut TextState,
    ops: &mut Vec<Op>,
) {
    let glyphs = &line.glyphs;
    let mut start = 0;
    while start < glyphs.len() {
        let first = glyphs[start];
        let mut end = start + 1;
        while end < glyphs.len() {
            let g = glyphs[end];
            if g.face != first.face
                || g.size != first.size
                || g.color != first.color
                || g.rise != first.rise
            {
                break;
            }
            end += 1;
        }
        let Some(font) = fonts.get(&first.face) else {
            start = end;
            continue;
        };
        if state.font != Some((first.face, first.size)) {
            ops.push(Op::SetFont {
                font: PdfFontHandle::External(font.clone()),
                size: Pt(first.size),
            });
            state.font = Some((first.face, first.size));
        }
        if state.color != Some(first.color) {
            ops.push(Op::SetFillColor {
                col: rgb(first.color),
            });
            state.color = Some(first.color);
        }
        ops.push(Op::SetTextMatrix {
            matrix: TextMatrix::Translate(Pt(first.x), Pt(height - line.baseline + first.rise)),
        });
        let mut items = Vec::new();
        let mut chunk = String::new();
        let mut pen = first.x;
        for g in &glyphs[start..end] {
            let dx = g.x - pen;
            if dx.abs() > 0.001 {
                if !chunk.is_empty() {
                    items.push(TextItem::Text(std::mem::take(&mut chunk)));
                }
                items.push(TextItem::Offset(-dx * 1000.0 / g.size));
            }
            chunk.push(g.ch);
            pen = g.x + g.advance;
        }
        if !chunk.is_empty() {
            items.push(TextItem::Text(chunk));
        }
        ops.push(Op::ShowText { items });
        start = end;
    }
}

/// Replaces printpdf's info dictionary and (absent) language, metadata and outline with
/// deterministic ones (the document ID is written with the file, see `serialize`).
fn finish(
    lo: &mut lopdf::Document,
    layout: &Layout,
    doc: &Document,
    opts: &PdfOptions,
    marked: &[Vec<usize>],
) -> Result<(), PdfError> {
    // printpdf declares 1.3; /Lang and the XMP metadata stream are PDF 1.4 features (the
    // file is saved as 1.5, for its object streams).
    let meta = &doc.meta;
    let date = opts.creation_date.format("%Y%m%d%H%M%S").to_string();
    let pdf_date = format!("D:{date}Z");
    let keywords = meta.keywords.join(", ");
    let subject = meta.subject.clone().unwrap_or_default();
    let author = meta.author.clone().unwrap_or_default();
    let producer = format!("jianbao {}", env!("CARGO_PKG_VERSION"));

    let mut info = Dictionary::new();
    info.set("Title", text_string(&meta.title));
    if !author.is_empty() {
        info.set("Author", text_string(&author));
    }
    if !subject.is_empty() {
        info.set("Subject", text_string(&subject));
    }
    if !keywords.is_empty() {
        info.set("Keywords", text_string(&keywords));
    }
    info.set("Creator", text_string("jianbao"));
    info.set("Producer", text_string(&producer));
    info.set("CreationDate", Object::string_literal(pdf_date.clone()));
    info.set("ModDate", Object::string_literal(pdf_date));
    let info_id = match lo.trailer.get(b"Info").and_then(Object::as_reference) {
        Ok(id) => {
            lo.objects.insert(id, Object::Dictionary(info));
            id
        }
        Err(_) => lo.add_object(info),
    };
    lo.trailer.set("Info", info_id);

    let xmp = xmp_packet(
        &meta.title,
        &author,
        &subject,
        &keywords,
        &meta.language,
        &opts.creation_date.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
        &producer,
    );
    let mut xmp_stream = Stream::new(
        Dictionary::from_iter(vec![
            ("Type", Object::Name(b"Metadata".to_vec())),
            ("Subtype", Object::Name(b"XML".to_vec())),
        ]),
        xmp.into_bytes(),
    );
    xmp_stream.allows_compression = false;
    let xmp_id = lo.add_object(xmp_stream);

    let page_ids: Vec<ObjectId> = lo.get_pages().into_values().collect();
    for (page, &page_id) in layout.pages.iter().zip(&page_ids) {
        add_link_annotations(lo, page_id, &page.items, layout.page_height)?;
    }
    let outline_id = write_outline(lo, &layout.outline, &page_ids, layout.page_height);
    crate::tags::write_structure(lo, &layout.structure, &page_ids, marked)?;

    let catalog = lo
        .catalog_mut()
        .map_err(|e| PdfError::Write(format!("no catalog: {e}")))?;
    catalog.set("Lang", text_string(&meta.language));
    catalog.set("Metadata", xmp_id);
    catalog.set(
        "ViewerPreferences",
        Dictionary::from_iter(vec![("DisplayDocTitle", Object::Boolean(true))]),
    );
    match outline_id {
        Some(id) => {
            catalog.set("Outlines", id);
            catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
        }
        None => {
            catalog.remove(b"Outlines");
        }
    }

    Ok(())
}

/// URI link annotations for the page's link areas (no border: the text itself is the link).
fn add_link_annotations(
    lo: &mut lopdf::Document,
    page_id: ObjectId,
    items: &[Item],
    page_height: f32,
) -> Result<(), PdfError> {
    let mut annotations = Vec::new();
    for item in items {
        if let Item::Link {
            x,
            y,
            width,
            height,
            url,
        } = item
        {
            let annotation = Dictionary::from_iter(vec![
                ("Type", Object::Name(b"Annot".to_vec())),
                ("Subtype", Object::Name(b"Link".to_vec())),
                (
                    "Rect",
                    Object::Array(vec![
                        Object::Real(*x),
                        Object::Real(page_height - y - height),
                        Object::Real(x + width),
                        Object::Real(page_height - y),
                    ]),
                ),
                ("Border", Object::Array(vec![0.into(), 0.into(), 0.into()])),
                (
                    "A",
                    Object::Dictionary(Dictionary::from_iter(vec![
                        ("S", Object::Name(b"URI".to_vec())),
                        ("URI", Object::string_literal(url.as_bytes().to_vec())),
                    ])),
                ),
            ]);
            annotations.push(Object::Reference(lo.add_object(annotation)));
        }
    }
    if !annotations.is_empty() {
        let page = lo
            .get_dictionary_mut(page_id)
            .map_err(|e| PdfError::Write(format!("page object: {e}")))?;
        page.set("Annots", Object::Array(annotations));
    }
    Ok(())
}

/// A PDF text string: UTF-16BE with a byte order mark.
fn text_string(text: &str) -> Object {
    let mut bytes = vec![0xFE, 0xFF];
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&unit.to_be_bytes());
    }
    Object::String(bytes, StringFormat::Hexadecimal)
}

/// Nested bookmarks from the headings (levels 1–3), each pointing at the heading's position.
fn write_outline(
    lo: &mut lopdf::Document,
    entries: &[OutlineEntry],
    pages: &[ObjectId],
    page_height: f32,
) -> Option<ObjectId> {
    if entries.is_empty() {
        return None;
    }
    let root = lo.new_object_id();
    let ids: Vec<ObjectId> = entries.iter().map(|_| lo.new_object_id()).collect();
    // Parent of each entry: the nearest earlier entry of a lower level, else the root.
    let mut parents = Vec::with_capacity(entries.len());
    let mut stack: Vec<usize> = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        while stack.last().is_some_and(|&p| entries[p].level >= e.level) {
            stack.pop();
        }
        parents.push(stack.last().copied());
        stack.push(i);
    }
    let children = |parent: Option<usize>| -> Vec<usize> {
        (0..entries.len())
            .filter(|&i| parents[i] == parent)
            .collect()
    };
    let mut dicts: Vec<Dictionary> = Vec::with_capacity(entries.len());
    for (i, e) in entries.iter().enumerate() {
        let mut d = Dictionary::new();
        d.set("Title", text_string(&e.title));
        d.set("Parent", parents[i].map_or(root, |p| ids[p]));
        let page = pages.get(e.page).copied().unwrap_or(pages[0]);
        d.set(
            "Dest",
            Object::Array(vec![
                Object::Reference(page),
                Object::Name(b"XYZ".to_vec()),
                Object::Null,
                Object::Real(page_height - e.y + 6.0),
                Object::Null,
            ]),
        );
        dicts.push(d);
    }
    let link = |dicts: &mut Vec<Dictionary>, siblings: &[usize]| {
        for (k, &s) in siblings.iter().enumerate() {
            if k > 0 {
                dicts[s].set("Prev", ids[siblings[k - 1]]);
            }
            if let Some(&next) = siblings.get(k + 1) {
                dicts[s].set("Next", ids[next]);
            }
        }
    };
    for i in 0..entries.len() {
        let kids = children(Some(i));
        if let (Some(&first), Some(&last)) = (kids.first(), kids.last()) {
            dicts[i].set("First", ids[first]);
            dicts[i].set("Last", ids[last]);
            dicts[i].set("Count", Object::Integer(kids.len() as i64));
            link(&mut dicts, &kids);
        }
    }
    let top = children(None);
    link(&mut dicts, &top);
    let mut root_dict = Dictionary::new();
    root_dict.set("Type", Object::Name(b"Outlines".to_vec()));
    root_dict.set("First", ids[top[0]]);
    root_dict.set("Last", ids[top[top.len() - 1]]);
    root_dict.set("Count", Object::Integer(top.len() as i64));
    lo.objects.insert(root, Object::Dictionary(root_dict));
    for (id, d) in ids.into_iter().zip(dicts) {
        lo.objects.insert(id, Object::Dictionary(d));
    }
    Some(root)
}

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn xmp_packet(
    title: &str,
    author: &str,
    subject: &str,
    keywords: &str,
    language: &str,
    date: &str,
    producer: &str,
) -> String {
    format!(
        r#"<?xpacket begin="{bom}" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{subject}</rdf:li></rdf:Alt></dc:description>
<dc:language><rdf:Bag><rdf:li>{language}</rdf:li></rdf:Bag></dc:language>
<pdf:Keywords>{keywords}</pdf:Keywords>
<pdf:Producer>{producer}</pdf:Producer>
<xmp:CreatorTool>jianbao</xmp:CreatorTool>
<xmp:CreateDate>{date}</xmp:CreateDate>
<xmp:ModifyDate>{date}</xmp:ModifyDate>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="r"?>"#,
        bom = '\u{FEFF}',
        title = xml_escape(title),
        author = xml_escape(author),
        subject = xml_escape(subject),
        keywords = xml_escape(keywords),
        language = xml_escape(language),
        producer = xml_escape(producer),
    )
}
