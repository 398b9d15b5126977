//! Patches of docx-rs's XML that its API cannot express: child elements put into the order the
//! schema prescribes (Word rejects or ignores some out-of-order properties), table header rows
//! marked `w:tblHeader`, relationships to parts that are not written dropped.

use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, Writer};

use crate::DocxError;

/// An XML element with its children, or any other event kept as it was.
enum Node {
    Element {
        start: BytesStart<'static>,
        children: Vec<Node>,
        /// Written as `<x/>` originally (and again if it still has no children).
        empty: bool,
    },
    Other(Event<'static>),
}

impl Node {
    fn name(&self) -> Option<&[u8]> {
        match self {
            Node::Element { start, .. } => Some(start.name().into_inner()),
            Node::Other(_) => None,
        }
    }
}

fn xml_error(part: &str, problem: impl ToString) -> DocxError {
    DocxError::Xml {
        part: part.to_string(),
        problem: problem.to_string(),
    }
}

fn parse(xml: &[u8], part: &str) -> Result<Vec<Node>, DocxError> {
    let mut reader = Reader::from_reader(xml);
    // Stack of open elements; the bottom entry collects the top-level nodes.
    let mut stack: Vec<(Option<BytesStart<'static>>, Vec<Node>)> = vec![(None, Vec::new())];
    loop {
        let event = reader
            .read_event()
            .map_err(|e| xml_error(part, format!("at byte {}: {e}", reader.buffer_position())))?;
        match event {
            Event::Eof => break,
            Event::Start(start) => stack.push((Some(start.into_owned()), Vec::new())),
            Event::End(_) => {
                let (start, children) = stack
                    .pop()
                    .ok_or_else(|| xml_error(part, "unbalanced end tag"))?;
                let start = start.ok_or_else(|| xml_error(part, "unbalanced end tag"))?;
                let parent = stack
                    .last_mut()
                    .ok_or_else(|| xml_error(part, "unbalanced end tag"))?;
                parent.1.push(Node::Element {
                    start,
                    children,
                    empty: false,
                });
            }
            Event::Empty(start) => {
                let parent = stack
                    .last_mut()
                    .ok_or_else(|| xml_error(part, "unbalanced tags"))?;
                parent.1.push(Node::Element {
                    start: start.into_owned(),
                    children: Vec::new(),
                    empty: true,
                });
            }
            other => {
                let parent = stack
                    .last_mut()
                    .ok_or_else(|| xml_error(part, "unbalanced tags"))?;
                parent.1.push(Node::Other(other.into_owned()));
            }
        }
    }
    if stack.len() != 1 {
        return Err(xml_error(part, "unclosed element at end of part"));
    }
    Ok(stack.pop().map(|(_, nodes)| nodes).unwrap_or_default())
}

fn write(nodes: &[Node], part: &str) -> Result<Vec<u8>, DocxError> {
    let mut writer = Writer::new(Vec::new());
    write_nodes(&mut writer, nodes).map_err(|e| xml_error(part, e))?;
    Ok(writer.into_inner())
}

fn write_nodes(writer: &mut Writer<Vec<u8>>, nodes: &[Node]) -> std::io::Result<()> {
    for node in nodes {
        match node {
            Node::Element {
                start,
                children,
                empty,
            } => {
                if children.is_empty() && *empty {
                    writer.write_event(Event::Empty(start.borrow()))?;
                } else {
                    writer.write_event(Event::Start(start.borrow()))?;
                    write_nodes(writer, children)?;
                    writer.write_event(Event::End(start.to_end()))?;
                }
            }
            Node::Other(event) => writer.write_event(event.borrow())?,
        }
    }
    Ok(())
}

/// Child order of the property elements docx-rs writes, from the WordprocessingML schema
/// (ECMA-376 Part 1, 17.3–17.7). Children not listed go last, in their original order.
const ORDERS: &[(&str, &[&str])] = &[
    (
        "w:pPr",
        &[
            "w:pStyle",
            "w:keepNext",
            "w:keepLines",
            "w:pageBreakBefore",
            "w:framePr",
            "w:widowControl",
            "w:numPr",
            "w:suppressLineNumbers",
            "w:pBdr",
            "w:shd",
            "w:tabs",
            "w:suppressAutoHyphens",
            "w:kinsoku",
            "w:wordWrap",
            "w:overflowPunct",
            "w:topLinePunct",
            "w:autoSpaceDE",
            "w:autoSpaceDN",
            "w:bidi",
            "w:adjustRightInd",
            "w:snapToGrid",
            "w:spacing",
            "w:ind",
            "w:contextualSpacing",
            "w:mirrorIndents",
            "w:suppressOverlap",
            "w:jc",
            "w:textDirection",
            "w:textAlignment",
            "w:textboxTightWrap",
            "w:outlineLvl",
            "w:divId",
            "w:cnfStyle",
            "w:rPr",
            "w:sectPr",
            "w:pPrChange",
        ],
    ),
    (
        "w:rPr",
        &[
            "w:ins",
            "w:del",
            "w:moveFrom",
            "w:moveTo",
            "w:rStyle",
            "w:rFonts",
            "w:b",
            "w:bCs",
            "w:i",
            "w:iCs",
            "w:caps",
            "w:smallCaps",
            "w:strike",
            "w:dstrike",
            "w:outline",
            "w:shadow",
            "w:emboss",
            "w:imprint",
            "w:noProof",
            "w:snapToGrid",
            "w:vanish",
            "w:webHidden",
            "w:color",
            "w:spacing",
            "w:w",
            "w:kern",
            "w:position",
            "w:sz",
            "w:szCs",
            "w:highlight",
            "w:u",
            "w:effect",
            "w:bdr",
            "w:shd",
            "w:fitText",
            "w:vertAlign",
            "w:rtl",
            "w:cs",
            "w:em",
            "w:lang",
            "w:eastAsianLayout",
            "w:specVanish",
            "w:oMath",
            "w:rPrChange",
        ],
    ),
    (
        "w:tblPr",
        &[
            "w:tblStyle",
            "w:tblpPr",
            "w:tblOverlap",
            "w:bidiVisual",
            "w:tblStyleRowBandSize",
            "w:tblStyleColBandSize",
            "w:tblW",
            "w:jc",
            "w:tblCellSpacing",
            "w:tblInd",
            "w:tblBorders",
            "w:shd",
            "w:tblLayout",
            "w:tblCellMar",
            "w:tblLook",
            "w:tblCaption",
            "w:tblDescription",
        ],
    ),
    (
        "w:tcPr",
        &[
            "w:cnfStyle",
            "w:tcW",
            "w:gridSpan",
            "w:hMerge",
            "w:vMerge",
            "w:tcBorders",
            "w:shd",
            "w:noWrap",
            "w:tcMar",
            "w:textDirection",
            "w:tcFitText",
            "w:vAlign",
            "w:hideMark",
        ],
    ),
    (
        "w:sectPr",
        &[
            "w:headerReference",
            "w:footerReference",
            "w:footnotePr",
            "w:endnotePr",
            "w:type",
            "w:pgSz",
            "w:pgMar",
            "w:paperSrc",
            "w:pgBorders",
            "w:lnNumType",
            "w:pgNumType",
            "w:cols",
            "w:formProt",
            "w:vAlign",
            "w:noEndnote",
            "w:titlePg",
            "w:textDirection",
            "w:bidi",
            "w:rtlGutter",
            "w:docGrid",
            "w:printerSettings",
        ],
    ),
    (
        "w:lvl",
        &[
            "w:start",
            "w:numFmt",
            "w:lvlRestart",
            "w:pStyle",
            "w:isLgl",
            "w:suff",
            "w:lvlText",
            "w:lvlPicBulletId",
            "w:legacy",
            "w:lvlJc",
            "w:pPr",
            "w:rPr",
        ],
    ),
    (
        "w:abstractNum",
        &[
            "w:nsid",
            "w:multiLevelType",
            "w:tmpl",
            "w:name",
            "w:styleLink",
            "w:numStyleLink",
            "w:lvl",
        ],
    ),
    (
        "w:numbering",
        &[
            "w:numPicBullet",
            "w:abstractNum",
            "w:num",
            "w:numIdMacAtCleanup",
        ],
    ),
    (
        "w:numPr",
        &["w:ilvl", "w:numId", "w:numberingChange", "w:ins"],
    ),
    ("w:tc", &["w:tcPr"]),
    ("w:tr", &["w:tblPrEx", "w:trPr"]),
    ("w:tbl", &["w:tblPr", "w:tblGrid"]),
    ("w:p", &["w:pPr"]),
    ("w:r", &["w:rPr"]),
];

/// The elements whose children are all in [`ORDERS`] (so that unknown ones may go last); for
/// the others (`w:tc`, `w:p` …) only the listed children move, to the front.
const FRONT_ONLY: &[&str] = &["w:tc", "w:tr", "w:tbl", "w:p", "w:r"];

fn reorder(nodes: &mut [Node]) {
    for node in nodes.iter_mut() {
        if let Node::Element {
            start, children, ..
        } = node
        {
            reorder(children);
            let name = start.name().into_inner().to_vec();
            if let Some((parent, order)) = ORDERS.iter().find(|(n, _)| n.as_bytes() == name) {
                let front_only = FRONT_ONLY.contains(parent);
                let rank = |n: &Node| match n.name() {
                    Some(child) => match order.iter().position(|o| o.as_bytes() == child) {
                        Some(i) => i,
                        None if front_only => order.len(),
                        None => order.len() + 1,
                    },
                    // Whitespace or comments stay with what precedes them (stable sort).
                    None => {
                        if front_only {
                            order.len()
                        } else {
                            order.len() + 1
                        }
                    }
                };
                children.sort_by_key(rank);
            }
        }
    }
}

fn elements_named<'a>(
    nodes: &'a mut [Node],
    name: &'a [u8],
) -> impl Iterator<Item = &'a mut Vec<Node>> + 'a {
    nodes.iter_mut().filter_map(move |n| match n {
        Node::Element {
            start, children, ..
        } if start.name().into_inner() == name => Some(children),
        _ => None,
    })
}

/// Marks the first `header_rows[k]` rows of the k-th table of the body as header rows, which
/// word processors repeat on every page the table spans.
fn mark_header_rows(nodes: &mut [Node], header_rows: &[usize]) {
    let mut tables = Vec::new();
    collect_tables(nodes, &mut tables);
    for (rows, count) in tables.into_iter().zip(header_rows) {
        for row in elements_named(rows, b"w:tr").take(*count) {
            let has_tr_pr = row.iter().any(|n| n.name() == Some(b"w:trPr"));
            if !has_tr_pr {
                row.insert(
                    0,
                    Node::Element {
                        start: BytesStart::new("w:trPr"),
                        children: Vec::new(),
                        empty: false,
                    },
                );
            }
            if let Some(children) = elements_named(row, b"w:trPr").next() {
                children.push(Node::Element {
                    start: BytesStart::new("w:tblHeader"),
                    children: Vec::new(),
                    empty: true,
                });
            }
        }
    }
}

fn collect_tables<'a>(nodes: &'a mut [Node], out: &mut Vec<&'a mut Vec<Node>>) {
    for node in nodes.iter_mut() {
        if let Node::Element {
            start, children, ..
        } = node
        {
            if start.name().into_inner() == b"w:tbl" {
                out.push(children);
            } else {
                collect_tables(children, out);
            }
        }
    }
}

/// Removes what docx-rs adds to every table although nobody asked: direct black borders that
/// would hide the table style's, and a `w:type` attribute on `w:gridCol` that the schema does
/// not have.
fn clean_tables(nodes: &mut [Node]) {
    for node in nodes.iter_mut() {
        if let Node::Element {
            start, children, ..
        } = node
        {
            match start.name().into_inner() {
                b"w:tblPr" => children.retain(|c| c.name() != Some(b"w:tblBorders")),
                b"w:gridCol" => set_attribute(start, b"w:type", None),
                _ => {}
            }
            clean_tables(children);
        }
    }
}

/// Sets (`Some`) or removes (`None`) an attribute, keeping the others in their order.
fn set_attribute(start: &mut BytesStart<'static>, key: &[u8], value: Option<&[u8]>) {
    let mut attributes: Vec<(Vec<u8>, Vec<u8>)> = start
        .attributes()
        .flatten()
        .map(|a| (a.key.into_inner().to_vec(), a.value.into_owned()))
        .collect();
    match (attributes.iter_mut().find(|(k, _)| k == key), value) {
        (Some(existing), Some(value)) => existing.1 = value.to_vec(),
        (None, Some(value)) => attributes.push((key.to_vec(), value.to_vec())),
        (_, None) => attributes.retain(|(k, _)| k != key),
    }
    start.clear_attributes();
    for (key, value) in &attributes {
        start.push_attribute((key.as_slice(), value.as_slice()));
    }
}

fn attribute(start: &BytesStart<'_>, key: &str) -> Option<Vec<u8>> {
    start
        .try_get_attribute(key)
        .ok()
        .flatten()
        .map(|a| a.value.into_owned())
}

/// docx-rs names hyperlink relationships from a process-wide counter and lists them in hash
/// order; renames them `rIdLinkN` in order of appearance and sorts them, so output is the same
/// on every run.
fn renumber_links(document: &mut [Node], rels: &mut [Node]) {
    let mut renamed: Vec<(Vec<u8>, Vec<u8>)> = Vec::new();
    rename_links_in(document, &mut renamed);
    for relationships in elements_named(rels, b"Relationships") {
        for node in relationships.iter_mut() {
            if let Node::Element { start, .. } = node {
                let Some(id) = attribute(start, "Id") else {
                    continue;
                };
                if let Some((_, new)) = renamed.iter().find(|(old, _)| *old == id) {
                    set_attribute(start, b"Id", Some(new));
                }
            }
        }
        let rank = |node: &Node| match node {
            Node::Element { start, .. } => attribute(start, "Id")
                .and_then(|id| renamed.iter().position(|(_, new)| *new == id))
                .map_or(0, |i| i + 1),
            Node::Other(_) => 0,
        };
        relationships.sort_by_key(rank);
    }
}

fn rename_links_in(nodes: &mut [Node], renamed: &mut Vec<(Vec<u8>, Vec<u8>)>) {
    for node in nodes.iter_mut() {
        if let Node::Element {
            start, children, ..
        } = node
        {
            if start.name().into_inner() == b"w:hyperlink" {
                if let Some(old) = attribute(start, "r:id") {
                    let new = match renamed.iter().find(|(o, _)| *o == old) {
                        Some((_, new)) => new.clone(),
                        None => {
                            let new = format!("rIdLink{}", renamed.len() + 1).into_bytes();
                            renamed.push((old, new.clone()));
                            new
                        }
                    };
                    set_attribute(start, b"r:id", Some(&new));
                }
            }
            rename_links_in(children, renamed);
        }
    }
}

/// `word/document.xml` and its relationships: schema order, table header rows, tables styled
/// by their style, hyperlink ids that do not depend on the process.
pub(crate) fn document(
    xml: &[u8],
    rels: &[u8],
    header_rows: &[usize],
) -> Result<(Vec<u8>, Vec<u8>), DocxError> {
    let mut nodes = parse(xml, "word/document.xml")?;
    let mut rel_nodes = parse(rels, "word/_rels/document.xml.rels")?;
    renumber_links(&mut nodes, &mut rel_nodes);
    mark_header_rows(&mut nodes, header_rows);
    clean_tables(&mut nodes);
    reorder(&mut nodes);
    Ok((
        write(&nodes, "word/document.xml")?,
        write(&rel_nodes, "word/_rels/document.xml.rels")?,
    ))
}

/// `word/numbering.xml` with every level of abstract numbering `abstract_id` raised by
/// `half_points` (`w:position`, which docx-rs cannot write): small bullets sit at the middle of
/// the line rather than on the baseline.
pub(crate) fn raise_levels(
    xml: &[u8],
    abstract_id: usize,
    half_points: i32,
) -> Result<Vec<u8>, DocxError> {
    let part = "word/numbering.xml";
    let mut nodes = parse(xml, part)?;
    let id = abstract_id.to_string();
    let mut found = false;
    for numbering in elements_named(&mut nodes, b"w:numbering") {
        for node in numbering.iter_mut() {
            let Node::Element {
                start, children, ..
            } = node
            else {
                continue;
            };
            let is_target = start.name().into_inner() == b"w:abstractNum"
                && start
                    .try_get_attribute("w:abstractNumId")
                    .ok()
                    .flatten()
                    .is_some_and(|a| a.value.as_ref() == id.as_bytes());
            if !is_target {
                continue;
            }
            found = true;
            for level in elements_named(children, b"w:lvl") {
                if !level.iter().any(|n| n.name() == Some(b"w:rPr")) {
                    level.push(Node::Element {
                        start: BytesStart::new("w:rPr"),
                        children: Vec::new(),
                        empty: false,
                    });
                }
                if let Some(rpr) = elements_named(level, b"w:rPr").next() {
                    let mut position = BytesStart::new("w:position");
                    position.push_attribute(("w:val", half_points.to_string().as_str()));
                    rpr.push(Node::Element {
                        start: position,
                        children: Vec::new(),
                        empty: true,
                    });
                }
            }
        }
    }
    if !found {
        return Err(xml_error(
            part,
            format!("no abstract numbering {abstract_id}"),
        ));
    }
    write(&nodes, part)
}

/// docx-rs writes an (empty) `w:rPr` inside each numbering level's `w:pPr`, which the schema
/// does not allow there (CT_PPrGeneral); the level's own `w:rPr` stays.
fn drop_level_paragraph_rpr(nodes: &mut [Node]) {
    for node in nodes.iter_mut() {
        if let Node::Element {
            start, children, ..
        } = node
        {
            if start.name().into_inner() == b"w:lvl" {
                for ppr in elements_named(children, b"w:pPr") {
                    ppr.retain(|n| n.name() != Some(b"w:rPr"));
                }
            } else {
                drop_level_paragraph_rpr(children);
            }
        }
    }
}

/// `word/numbering.xml`: schema order, no run properties inside level paragraph properties.
pub(crate) fn numbering(xml: &[u8]) -> Result<Vec<u8>, DocxError> {
    let part = "word/numbering.xml";
    let mut nodes = parse(xml, part)?;
    drop_level_paragraph_rpr(&mut nodes);
    reorder(&mut nodes);
    write(&nodes, part)
}

/// Any other WordprocessingML part from docx-rs: schema order only.
pub(crate) fn part(xml: &[u8], part: &str) -> Result<Vec<u8>, DocxError> {
    let mut nodes = parse(xml, part)?;
    reorder(&mut nodes);
    write(&nodes, part)
}

/// A relationships part without the relationships whose target is in `dropped`.
pub(crate) fn relationships(
    xml: &[u8],
    dropped: &[&str],
    part: &str,
) -> Result<Vec<u8>, DocxError> {
    let mut nodes = parse(xml, part)?;
    for rels in elements_named(&mut nodes, b"Relationships") {
        rels.retain(|n| match n {
            Node::Element { start, .. } => !start
                .try_get_attribute("Target")
                .ok()
                .flatten()
                .is_some_and(|t| dropped.iter().any(|d| t.value.as_ref() == d.as_bytes())),
            Node::Other(_) => true,
        });
    }
    write(&nodes, part)
}

/// Whether a relationships part still refers to `target`.
pub(crate) fn has_target(xml: &[u8], target: &str) -> Result<bool, DocxError> {
    let nodes = parse(xml, "relationships")?;
    Ok(nodes.iter().any(|n| match n {
        Node::Element { children, .. } => children.iter().any(|c| match c {
            Node::Element { start, .. } => start
                .try_get_attribute("Target")
                .ok()
                .flatten()
                .is_some_and(|t| t.value.as_ref() == target.as_bytes()),
            Node::Other(_) => false,
        }),
        Node::Other(_) => false,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn properties_are_put_in_schema_order() {
        let xml = br#"<w:p><w:pPr><w:rPr/><w:pStyle w:val="A"/><w:jc w:val="both"/><w:keepNext/></w:pPr><w:r><w:rPr><w:sz w:val="2"/><w:rStyle w:val="B"/></w:rPr><w:t>x &amp; y</w:t></w:r></w:p>"#;
        let out = part(xml, "t").unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            r#"<w:p><w:pPr><w:pStyle w:val="A"/><w:keepNext/><w:jc w:val="both"/><w:rPr/></w:pPr><w:r><w:rPr><w:rStyle w:val="B"/><w:sz w:val="2"/></w:rPr><w:t>x &amp; y</w:t></w:r></w:p>"#
        );
    }

    #[test]
    fn header_rows_get_tbl_header() {
        let xml = br#"<w:body><w:tbl><w:tblPr><w:tblBorders><w:top/></w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="5" w:type="dxa"/></w:tblGrid><w:tr><w:trPr><w:cantSplit/></w:trPr></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr></w:tr></w:tbl></w:body>"#;
        let rels = br#"<Relationships/>"#;
        let out = String::from_utf8(document(xml, rels, &[1]).unwrap().0).unwrap();
        assert!(!out.contains("tblBorders"));
        assert_eq!(out.matches("<w:tblHeader/>").count(), 1);
        assert!(
            out.contains(r#"<w:tblPr></w:tblPr><w:tblGrid><w:gridCol w:w="5"/></w:tblGrid>"#),
            "{out}"
        );
        assert!(out.contains(r#"<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr></w:tr><w:tr><w:trPr><w:cantSplit/></w:trPr>"#), "{out}");
    }

    #[test]
    fn hyperlinks_are_renumbered_in_document_order() {
        let xml = br#"<w:body><w:p><w:hyperlink r:id="rIdHyperlink7"/><w:hyperlink r:id="rIdHyperlink5"/><w:hyperlink r:id="rIdHyperlink7"/></w:p></w:body>"#;
        let rels = br#"<Relationships><Relationship Id="rIdHyperlink5" Target="b"/><Relationship Id="rId1" Target="styles.xml"/><Relationship Id="rIdHyperlink7" Target="a"/></Relationships>"#;
        let (doc, rels) = document(xml, rels, &[]).unwrap();
        let doc = String::from_utf8(doc).unwrap();
        let rels = String::from_utf8(rels).unwrap();
        assert_eq!(
            doc,
            r#"<w:body><w:p><w:hyperlink r:id="rIdLink1"/><w:hyperlink r:id="rIdLink2"/><w:hyperlink r:id="rIdLink1"/></w:p></w:body>"#
        );
        assert_eq!(
            rels,
            r#"<Relationships><Relationship Id="rId1" Target="styles.xml"/><Relationship Id="rIdLink1" Target="a"/><Relationship Id="rIdLink2" Target="b"/></Relationships>"#
        );
    }

    #[test]
    fn bullet_levels_are_raised() {
        let xml = br#"<w:numbering><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:rPr><w:sz w:val="12"/></w:rPr></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"/></w:abstractNum></w:numbering>"#;
        let out = String::from_utf8(raise_levels(xml, 2, 5).unwrap()).unwrap();
        assert!(out.contains(r#"<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:rPr><w:position w:val="5"/></w:rPr></w:lvl>"#), "{out}");
        assert_eq!(out.matches("w:position").count(), 1);
        assert!(raise_levels(xml, 3, 5).is_err());
    }

    #[test]
    fn numbering_levels_lose_paragraph_run_properties_and_num_pr_is_ordered() {
        let xml = br#"<w:numbering><w:abstractNum><w:lvl><w:pPr><w:ind w:left="1"/><w:rPr/></w:pPr><w:rPr><w:sz w:val="2"/></w:rPr><w:start w:val="1"/></w:lvl></w:abstractNum></w:numbering>"#;
        let out = String::from_utf8(numbering(xml).unwrap()).unwrap();
        assert_eq!(
            out,
            r#"<w:numbering><w:abstractNum><w:lvl><w:start w:val="1"/><w:pPr><w:ind w:left="1"/></w:pPr><w:rPr><w:sz w:val="2"/></w:rPr></w:lvl></w:abstractNum></w:numbering>"#
        );
        let p = br#"<w:pPr><w:numPr><w:numId w:val="3"/><w:ilvl w:val="0"/></w:numPr></w:pPr>"#;
        let out = String::from_utf8(part(p, "t").unwrap()).unwrap();
        assert!(
            out.contains(r#"<w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>"#),
            "{out}"
        );
    }

    #[test]
    fn malformed_xml_is_an_error() {
        assert!(part(b"<a><b></a>", "t").is_err());
    }
}
