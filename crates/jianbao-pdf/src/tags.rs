//! Tagged PDF (ISO 32000-1 §14.7–14.8): the logical structure of the layout as a structure
//! tree, so that screen readers, reflow and text extraction read headings, paragraphs, lists,
//! tables (with header cells) and notes in order, and skip page furniture.
//!
//! printpdf writes no structure; the page content marks each text line with its element's
//! type and a marked-content id (`/P <</MCID n>> BDC … EMC`, see `write::page_ops`), and this
//! pass adds the tree, the parent tree and the catalog entries with lopdf.

use lopdf::{Dictionary, Object, ObjectId};

use crate::layout::StructNode;
use crate::PdfError;

fn name(text: &str) -> Object {
    Object::Name(text.as_bytes().to_vec())
}

/// Writes the structure tree of `nodes` into `lo`. `marked[p][mcid]` is the element that the
/// marked content `mcid` of page `p` belongs to.
pub(crate) fn write_structure(
    lo: &mut lopdf::Document,
    nodes: &[StructNode],
    pages: &[ObjectId],
    marked: &[Vec<usize>],
) -> Result<(), PdfError> {
    let root_id = lo.new_object_id();
    let document_id = lo.new_object_id();
    let ids: Vec<ObjectId> = nodes.iter().map(|_| lo.new_object_id()).collect();

    // Kids in document order: child elements (created in reading order), then the element's
    // own marked content in page order.
    let mut kids: Vec<Vec<Object>> = vec![Vec::new(); nodes.len()];
    let mut document_kids = Vec::new();
    for (i, node) in nodes.iter().enumerate() {
        match node.parent {
            Some(p) => kids[p].push(Object::Reference(ids[i])),
            None => document_kids.push(Object::Reference(ids[i])),
        }
    }
    let mut content: Vec<Vec<(usize, i64)>> = vec![Vec::new(); nodes.len()];
    let mut nums = Vec::with_capacity(2 * pages.len());
    for (index, (&page_id, mcids)) in pages.iter().zip(marked).enumerate() {
        let mut parents = Vec::with_capacity(mcids.len());
        for (mcid, &node) in mcids.iter().enumerate() {
            content[node].push((index, mcid as i64));
            parents.push(Object::Reference(ids[node]));
        }
        nums.push(Object::Integer(index as i64));
        nums.push(Object::Array(parents));
        lo.get_dictionary_mut(page_id)
            .map_err(|e| PdfError::Write(format!("page object: {e}")))?
            .set("StructParents", Object::Integer(index as i64));
    }

    for (i, node) in nodes.iter().enumerate() {
        let mut elem = Dictionary::new();
        elem.set("Type", name("StructElem"));
        elem.set("S", name(node.role));
        elem.set("P", node.parent.map_or(document_id, |p| ids[p]));
        let own = &content[i];
        let mut k = std::mem::take(&mut kids[i]);
        // Content on one page: plain MCIDs with the page on the element (the compact form).
        let one_page = own
            .first()
            .map(|f| f.0)
            .filter(|&p| own.iter().all(|c| c.0 == p));
        if let Some(page) = one_page {
            elem.set("Pg", pages[page]);
            k.extend(own.iter().map(|&(_, mcid)| Object::Integer(mcid)));
        } else {
            k.extend(own.iter().map(|&(page, mcid)| {
                Object::Dictionary(Dictionary::from_iter(vec![
                    ("Type", name("MCR")),
                    ("Pg", Object::Reference(pages[page])),
                    ("MCID", Object::Integer(mcid)),
                ]))
            }));
        }
        elem.set("K", Object::Array(k));
        if node.role == "TH" {
            elem.set(
                "A",
                Dictionary::from_iter(vec![("O", name("Table")), ("Scope", name("Column"))]),
            );
        }
        lo.objects.insert(ids[i], Object::Dictionary(elem));
    }

    let document = Dictionary::from_iter(vec![
        ("Type", name("StructElem")),
        ("S", name("Document")),
        ("P", Object::Reference(root_id)),
        ("K", Object::Array(document_kids)),
    ]);
    lo.objects.insert(document_id, Object::Dictionary(document));
    let root = Dictionary::from_iter(vec![
        ("Type", name("StructTreeRoot")),
        ("K", Object::Reference(document_id)),
        (
            "ParentTree",
            Object::Dictionary(Dictionary::from_iter(vec![("Nums", Object::Array(nums))])),
        ),
        ("ParentTreeNextKey", Object::Integer(pages.len() as i64)),
    ]);
    lo.objects.insert(root_id, Object::Dictionary(root));

    let catalog = lo
        .catalog_mut()
        .map_err(|e| PdfError::Write(format!("no catalog: {e}")))?;
    catalog.set("StructTreeRoot", root_id);
    catalog.set(
        "MarkInfo",
        Dictionary::from_iter(vec![("Marked", Object::Boolean(true))]),
    );
    Ok(())
}
