//! The file itself: object streams, the body, a deflated cross-reference stream and an ID that
//! is the hash of the bytes before it.
//!
//! Why not lopdf's `save_with_options`: for the ~1,000 small dictionaries of the structure tree
//! it serialises every object three times (twice to learn offsets), deflates object streams
//! at its fastest level only and leaves the cross-reference stream uncompressed; measured on
//! the default briefing it took 8–9 ms of a ~75 ms render. Here each object is written once,
//! and the object streams are plain streams that `write`'s parallel deflate pass compresses
//! along with the content streams and fonts. The syntax follows lopdf's writer (ISO 32000-1
//! §7.3, §7.5.7 object streams, §7.5.8 cross-reference streams).

use std::collections::BTreeMap;

use lopdf::{Dictionary, Object, ObjectId, Stream, StringFormat};

use crate::PdfError;

/// Objects per object stream: a few streams, so that the parallel deflate pass can share them
/// out, each large enough to compress well.
const OBJECTS_PER_STREAM: usize = 500;

/// Where an object packed into an object stream now lives: (object stream number, index).
pub(crate) type Packed = BTreeMap<u32, (u32, u16)>;

/// Moves every object that may live in an object stream (not a stream, generation 0) into new
/// `ObjStm` streams added to `lo`, uncompressed (deflated later with the other streams).
pub(crate) fn pack_objects(lo: &mut lopdf::Document) -> Packed {
    let ids: Vec<ObjectId> = lo
        .objects
        .iter()
        .filter(|(id, object)| id.1 == 0 && !matches!(object, Object::Stream(_)))
        .map(|(id, _)| *id)
        .collect();
    let mut packed = Packed::new();
    for chunk in ids.chunks(OBJECTS_PER_STREAM) {
        let container = lo.new_object_id();
        let mut offsets = Vec::with_capacity(chunk.len() * 10);
        let mut body = Vec::with_capacity(chunk.len() * 64);
        for (index, id) in chunk.iter().enumerate() {
            let Some(object) = lo.objects.remove(id) else {
                continue;
            };
            if index > 0 {
                offsets.push(b' ');
            }
            offsets.extend_from_slice(format!("{} {}", id.0, body.len()).as_bytes());
            write_object(&mut body, &object);
            body.push(b'\n');
            packed.insert(id.0, (container.0, index as u16));
        }
        offsets.push(b'\n');
        let first = offsets.len() as i64;
        offsets.extend_from_slice(&body);
        let dict = Dictionary::from_iter(vec![
            ("Type", Object::Name(b"ObjStm".to_vec())),
            ("N", Object::Integer(chunk.len() as i64)),
            ("First", Object::Integer(first)),
        ]);
        lo.objects
            .insert(container, Object::Stream(Stream::new(dict, offsets)));
    }
    packed
}

/// Writes the file: header, the remaining (stream) objects, and a deflated cross-reference
/// stream whose trailer carries `lo`'s /Root and /Info and an /ID hashed from the bytes before
/// it, so that equal input gives equal files.
pub(crate) fn write_file(
    lo: &lopdf::Document,
    packed: &Packed,
    deflate: impl Fn(&[u8]) -> Result<Vec<u8>, PdfError>,
) -> Result<Vec<u8>, PdfError> {
    let size: usize = lo.objects.values().map(object_size_hint).sum();
    let mut out = Vec::with_capacity(size + 4096);
    out.extend_from_slice(format!("%PDF-{}\n%", lo.version).as_bytes());
    out.extend_from_slice(&[0xE2, 0xE3, 0xCF, 0xD3, b'\n']);
    let mut offsets: BTreeMap<u32, usize> = BTreeMap::new();
    for (id, object) in &lo.objects {
        if id.1 != 0 {
            return Err(PdfError::Write(format!(
                "object {} has generation {}, which this writer does not keep",
                id.0, id.1
            )));
        }
        offsets.insert(id.0, out.len());
        out.extend_from_slice(format!("{} 0 obj\n", id.0).as_bytes());
        write_object(&mut out, object);
        out.extend_from_slice(b"\nendobj\n");
    }

    let mut hash = Fnv::new();
    hash.write(&out);
    let id = hash.finish128();

    let xref_number = lo
        .objects
        .keys()
        .map(|id| id.0)
        .chain(packed.keys().copied())
        .max()
        .unwrap_or(0)
        + 1;
    let xref_offset = out.len();
    offsets.insert(xref_number, xref_offset);
    let offset_bytes = if xref_offset < 1 << 24 { 3 } else { 4 };
    let mut entries = Vec::with_capacity((xref_number as usize + 1) * (3 + offset_bytes));
    for number in 0..=xref_number {
        let (kind, field2, field3): (u8, u32, u16) = if let Some(&offset) = offsets.get(&number) {
            (1, offset as u32, 0)
        } else if let Some(&(container, index)) = packed.get(&number) {
            (2, container, index)
        } else {
            (0, 0, if number == 0 { 65535 } else { 0 })
        };
        entries.push(kind);
        entries.extend_from_slice(&field2.to_be_bytes()[4 - offset_bytes..]);
        entries.extend_from_slice(&field3.to_be_bytes());
    }
    let compressed = deflate(&entries)?;
    let mut trailer = Dictionary::new();
    trailer.set("Type", Object::Name(b"XRef".to_vec()));
    trailer.set("Size", Object::Integer(i64::from(xref_number) + 1));
    trailer.set(
        "W",
        Object::Array(vec![
            Object::Integer(1),
            Object::Integer(offset_bytes as i64),
            Object::Integer(2),
        ]),
    );
    for key in [b"Root".as_slice(), b"Info".as_slice()] {
        if let Ok(value) = lo.trailer.get(key) {
            trailer.set(key, value.clone());
        }
    }
    let id = Object::String(id.to_vec(), StringFormat::Hexadecimal);
    trailer.set("ID", Object::Array(vec![id.clone(), id]));
    trailer.set("Filter", Object::Name(b"FlateDecode".to_vec()));
    let xref = Stream::new(trailer, compressed);
    out.extend_from_slice(format!("{xref_number} 0 obj\n").as_bytes());
    write_object(&mut out, &Object::Stream(xref));
    out.extend_from_slice(format!("\nendobj\nstartxref\n{xref_offset}\n%%EOF").as_bytes());
    Ok(out)
}

fn object_size_hint(object: &Object) -> usize {
    match object {
        Object::Stream(s) => s.content.len() + 128,
        _ => 64,
    }
}

/// Objects that need a space before them after a number, name or keyword.
fn needs_separator(object: &Object) -> bool {
    matches!(
        object,
        Object::Null
            | Object::Boolean(_)
            | Object::Integer(_)
            | Object::Real(_)
            | Object::Reference(_)
    )
}

fn write_object(out: &mut Vec<u8>, object: &Object) {
    match object {
        Object::Null => out.extend_from_slice(b"null"),
        Object::Boolean(true) => out.extend_from_slice(b"true"),
        Object::Boolean(false) => out.extend_from_slice(b"false"),
        Object::Integer(value) => out.extend_from_slice(value.to_string().as_bytes()),
        Object::Real(value) => out.extend_from_slice(format!("{value}").as_bytes()),
        Object::Name(name) => write_name(out, name),
        Object::String(text, StringFormat::Literal) => write_literal(out, text),
        Object::String(text, StringFormat::Hexadecimal) => {
            const HEX: &[u8; 16] = b"0123456789ABCDEF";
            out.push(b'<');
            for &byte in text {
                out.push(HEX[usize::from(byte >> 4)]);
                out.push(HEX[usize::from(byte & 15)]);
            }
            out.push(b'>');
        }
        Object::Array(items) => {
            out.push(b'[');
            for (k, item) in items.iter().enumerate() {
                if k > 0 && needs_separator(item) {
                    out.push(b' ');
                }
                write_object(out, item);
            }
            out.push(b']');
        }
        Object::Dictionary(dict) => write_dictionary(out, dict),
        Object::Stream(stream) => {
            let mut dict = stream.dict.clone();
            dict.set("Length", Object::Integer(stream.content.len() as i64));
            write_dictionary(out, &dict);
            out.extend_from_slice(b"stream\n");
            out.extend_from_slice(&stream.content);
            out.extend_from_slice(b"\nendstream");
        }
        Object::Reference((number, generation)) => {
            out.extend_from_slice(format!("{number} {generation} R").as_bytes())
        }
    }
}

fn write_dictionary(out: &mut Vec<u8>, dict: &Dictionary) {
    out.extend_from_slice(b"<<");
    for (key, value) in dict {
        write_name(out, key);
        if needs_separator(value) {
            out.push(b' ');
        }
        write_object(out, value);
    }
    out.extend_from_slice(b">>");
}

/// A name: white space, delimiters, `#` and bytes outside `!`..=`~` as `#XX`.
fn write_name(out: &mut Vec<u8>, name: &[u8]) {
    out.push(b'/');
    for &byte in name {
        if b" \t\n\r\x0C()<>[]{}/%#".contains(&byte) || !(33..=126).contains(&byte) {
            out.extend_from_slice(format!("#{byte:02X}").as_bytes());
        } else {
            out.push(byte);
        }
    }
}

/// A literal string with `\`, `(`, `)` and CR escaped (escaping every parenthesis is always
/// valid and needs no balance check).
fn write_literal(out: &mut Vec<u8>, text: &[u8]) {
    out.push(b'(');
    for &byte in text {
        match byte {
            b'\\' | b'(' | b')' => out.extend_from_slice(&[b'\\', byte]),
            b'\r' => out.extend_from_slice(b"\\r"),
            _ => out.push(byte),
        }
    }
    out.push(b')');
}

/// FNV-1a, twice with different offsets, for a 128-bit content hash that never changes between
/// Rust versions (unlike std's hasher).
struct Fnv([u64; 2]);

impl Fnv {
    fn new() -> Fnv {
        Fnv([0xcbf2_9ce4_8422_2325, 0x6c62_272e_07bb_0142])
    }

    fn write(&mut self, bytes: &[u8]) {
        const PRIME: u64 = 0x0000_0100_0000_01b3;
        for &b in bytes {
            for h in &mut self.0 {
                *h = (*h ^ u64::from(b)).wrapping_mul(PRIME);
            }
        }
    }

    fn finish128(&self) -> [u8; 16] {
        let mut out = [0u8; 16];
        out[..8].copy_from_slice(&self.0[0].to_be_bytes());
        out[8..].copy_from_slice(&self.0[1].to_be_bytes());
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(object: &Object) -> String {
        let mut out = Vec::new();
        write_object(&mut out, object);
        String::from_utf8_lossy(&out).into_owned()
    }

    #[test]
    fn objects_are_written_in_pdf_syntax() {
        let dict = Dictionary::from_iter(vec![
            ("Type", Object::Name(b"StructElem".to_vec())),
            (
                "K",
                Object::Array(vec![1.into(), 2.into(), Object::Reference((7, 0))]),
            ),
            ("T", Object::string_literal("a(b)\\c")),
            ("A", Object::Name(b"x y#".to_vec())),
            ("R", Object::Real(0.5)),
        ]);
        assert_eq!(
            written(&Object::Dictionary(dict)),
            "<</Type/StructElem/K[1 2 7 0 R]/T(a\\(b\\)\\\\c)/A/x#20y#23/R 0.5>>"
        );
        assert_eq!(
            written(&Object::String(
                vec![0xFE, 0xFF, 0x4E, 0x2D],
                StringFormat::Hexadecimal
            )),
            "<FEFF4E2D>"
        );
    }

    #[test]
    fn packed_objects_leave_the_body_and_are_found_in_their_streams() {
        let mut lo = lopdf::Document::with_version("1.5");
        let a = lo.add_object(Dictionary::from_iter(vec![("A", Object::Integer(1))]));
        let s = lo.add_object(Stream::new(Dictionary::new(), b"q Q".to_vec()));
        let packed = pack_objects(&mut lo);
        assert_eq!(packed.get(&a.0), Some(&(s.0 + 1, 0)));
        assert!(!lo.objects.contains_key(&a));
        let Some(Object::Stream(objstm)) = lo.objects.get(&(s.0 + 1, 0)) else {
            panic!("no object stream");
        };
        let text = String::from_utf8_lossy(&objstm.content);
        assert_eq!(text, format!("{} 0\n<</A 1>>\n", a.0));
        assert_eq!(objstm.dict.get(b"First").unwrap(), &Object::Integer(4));
    }
}
