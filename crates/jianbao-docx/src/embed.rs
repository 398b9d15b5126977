//! Embedded fonts (ECMA-376 Part 1, 17.8.1): the used faces subset to the used characters,
//! obfuscated with a per-font key, and the font table that names and links them.

use std::collections::BTreeMap;

use jianbao_fonts::{FaceId, FontSet};

use crate::body::Usage;
use crate::units::xml_escape;
use crate::DocxError;

/// One embedded face, ready for the package.
pub(crate) struct EmbeddedFont {
    pub face: FaceId,
    /// The name the document calls the family by: unique to the subsets (see
    /// [`unique_family_names`]).
    pub family_name: String,
    /// The family name of the full font, e.g. "Noto Serif SC" (the font table's `w:altName`).
    pub installed_name: String,
    /// The subset's tag (six capitals derived from its glyph set).
    pub tag: String,
    /// Part name under `word/`, e.g. `fonts/font1.odttf`.
    pub part: String,
    /// Relationship id in `word/_rels/fontTable.xml.rels`.
    pub rel_id: String,
    /// `{XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}`.
    pub font_key: String,
    /// The obfuscated font file.
    pub odttf: Vec<u8>,
    pub signature: jianbao_fonts::FontSignature,
}

/// Subsets every face in `usage` and obfuscates it.
pub(crate) fn embed_fonts(fonts: &FontSet, usage: &Usage) -> Result<Vec<EmbeddedFont>, DocxError> {
    let subsets = fonts.subset_all(usage)?;
    let mut out = Vec::new();
    for (n, (face_id, subset)) in subsets.into_iter().enumerate() {
        let face = fonts.face(face_id)?;
        let guid = key_bytes(face.postscript_name(), &subset.bytes);
        // The subset is shared (FontSet remembers it for the PDF and later documents).
        let mut odttf = subset.bytes.clone();
        obfuscate(&mut odttf, &guid);
        out.push(EmbeddedFont {
            face: face_id,
            family_name: face.family_name().to_string(),
            installed_name: face.family_name().to_string(),
            tag: subset.tag.clone(),
            part: format!("fonts/font{}.odttf", n + 1),
            rel_id: format!("rId{}", n + 1),
            font_key: guid_string(&guid),
            odttf,
            signature: face.signature(),
        });
    }
    Ok(out)
}

/// Gives each embedded family a name unique to its subsets, "Noto Serif SC" becoming e.g.
/// "Noto Serif SC KQWJZT", and returns the (full name, unique name) pairs.
///
/// Word processors keep embedded fonts by family name for a whole session: LibreOffice writes
/// each one to a file named after the family and reuses that file for the next document that
/// embeds a family of the same name, so a second jianbao document showed empty boxes for every
/// character missing from the first one's subset (Word behaves the same with same-named
/// subsets). A name derived from the glyph sets of the family's subsets cannot clash with a
/// different subset, and the same subsets keep the same name (deterministic output). The font
/// table keeps the full family name as `w:altName`, for word processors that do not load
/// embedded fonts and look for an installed one.
pub(crate) fn unique_family_names(fonts: &mut [EmbeddedFont]) -> Vec<(String, String)> {
    let mut tags: BTreeMap<jianbao_fonts::Family, Vec<(bool, String)>> = BTreeMap::new();
    for f in fonts.iter() {
        tags.entry(f.face.family)
            .or_default()
            .push((f.face.bold, f.tag.clone()));
    }
    let mut renames = Vec::new();
    for f in fonts.iter_mut() {
        let mut family_tags = tags.get(&f.face.family).cloned().unwrap_or_default();
        family_tags.sort();
        let joined: String = family_tags.iter().map(|(_, t)| t.as_str()).collect();
        let unique = format!("{} {}", f.installed_name, family_tag(&joined));
        if !renames
            .iter()
            .any(|(from, _): &(String, String)| *from == f.installed_name)
        {
            renames.push((f.installed_name.clone(), unique.clone()));
        }
        f.family_name = unique;
    }
    renames
}

/// Six capital letters from a 64-bit FNV-1a hash of the subset tags of one family.
fn family_tag(tags: &str) -> String {
    const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut hash = tags.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(FNV_PRIME)
    });
    (0..6)
        .map(|_| {
            let letter = (b'A' + (hash % 26) as u8) as char;
            hash /= 26;
            letter
        })
        .collect()
}

/// Replaces the font names of `renames` in attribute values of an XML part
/// (`w:ascii="Noto Serif SC"` …); text content is untouched (a quote there is `&quot;`).
pub(crate) fn rename_fonts(xml: &[u8], renames: &[(String, String)]) -> Vec<u8> {
    let mut text = String::from_utf8_lossy(xml).into_owned();
    for (from, to) in renames {
        text = text.replace(
            &format!("=\"{}\"", xml_escape(from)),
            &format!("=\"{}\"", xml_escape(to)),
        );
    }
    text.into_bytes()
}

/// A deterministic 16-byte key: two 64-bit FNV-1a hashes of the PostScript name and the subset
/// bytes (same input, same key; different subsets, different keys), shaped as a version-4 GUID.
fn key_bytes(postscript_name: &str, font: &[u8]) -> [u8; 16] {
    const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
    let hash = |seed: u64| {
        postscript_name
            .bytes()
            .chain([0])
            .chain(font.iter().copied())
            .fold(seed, |h, b| (h ^ u64::from(b)).wrapping_mul(FNV_PRIME))
    };
    let mut key = [0u8; 16];
    key[..8].copy_from_slice(&hash(0xcbf2_9ce4_8422_2325).to_be_bytes());
    key[8..].copy_from_slice(&hash(0x6c62_272e_07bb_0142).to_be_bytes());
    key[6] = (key[6] & 0x0F) | 0x40;
    key[8] = (key[8] & 0x3F) | 0x80;
    key
}

/// The GUID written as `w:fontKey`: the key bytes as hex digits in order.
fn guid_string(key: &[u8; 16]) -> String {
    let hex: String = key.iter().map(|b| format!("{b:02X}")).collect();
    format!(
        "{{{}-{}-{}-{}-{}}}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// ECMA-376 font obfuscation: the first 32 bytes XORed with the GUID's bytes taken from its
/// hex digits in reverse order (the last byte of the GUID string first).
pub(crate) fn obfuscate(font: &mut [u8], guid: &[u8; 16]) {
    for (i, byte) in font.iter_mut().take(32).enumerate() {
        *byte ^= guid[15 - (i % 16)];
    }
}

/// `word/fontTable.xml`: one `w:font` per family, with its regular and bold subsets.
pub(crate) fn font_table_xml(fonts: &[EmbeddedFont]) -> String {
    let mut families: BTreeMap<(jianbao_fonts::Family, &str), Vec<&EmbeddedFont>> = BTreeMap::new();
    for f in fonts {
        families
            .entry((f.face.family, f.family_name.as_str()))
            .or_default()
            .push(f);
    }
    let mut x = String::from(concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        "\n",
        r#"<w:fonts xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#
    ));
    for ((family, name), faces) in families {
        let installed = faces[0].installed_name.as_str();
        // Regular's signature when there is one: it describes the family.
        let sig = faces
            .iter()
            .find(|f| !f.face.bold)
            .unwrap_or(&faces[0])
            .signature;
        let panose: String = sig.panose.iter().map(|b| format!("{b:02X}")).collect();
        let generic = match family {
            jianbao_fonts::Family::Serif => "roman",
            jianbao_fonts::Family::Sans => "swiss",
        };
        x.push_str(&format!(
            r#"<w:font w:name="{}"><w:altName w:val="{}"/><w:panose1 w:val="{panose}"/><w:charset w:val="86"/><w:family w:val="{generic}"/><w:pitch w:val="variable"/><w:sig w:usb0="{:08X}" w:usb1="{:08X}" w:usb2="{:08X}" w:usb3="{:08X}" w:csb0="{:08X}" w:csb1="{:08X}"/>"#,
            xml_escape(name),
            xml_escape(installed),
            sig.unicode_ranges[0],
            sig.unicode_ranges[1],
            sig.unicode_ranges[2],
            sig.unicode_ranges[3],
            sig.code_page_ranges[0],
            sig.code_page_ranges[1],
        ));
        for bold in [false, true] {
            if let Some(f) = faces.iter().find(|f| f.face.bold == bold) {
                let element = if bold { "embedBold" } else { "embedRegular" };
                x.push_str(&format!(
                    r#"<w:{element} r:id="{}" w:fontKey="{}" w:subsetted="1"/>"#,
                    f.rel_id, f.font_key
                ));
            }
        }
        x.push_str("</w:font>");
    }
    x.push_str("</w:fonts>");
    x
}

/// `word/_rels/fontTable.xml.rels`.
pub(crate) fn font_table_rels(fonts: &[EmbeddedFont]) -> String {
    let mut x = String::from(concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        "\n",
        r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
    ));
    for f in fonts {
        x.push_str(&format!(
            r#"<Relationship Id="{}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/font" Target="{}"/>"#,
            f.rel_id, f.part
        ));
    }
    x.push_str("</Relationships>");
    x
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn obfuscation_uses_the_reversed_guid_bytes_and_is_an_involution() {
        let guid = [
            0x01, 0x23, 0x45, 0x67, 0x89, 0xAB, 0xCD, 0xEF, 0x10, 0x32, 0x54, 0x76, 0x98, 0xBA,
            0xDC, 0xFE,
        ];
        assert_eq!(guid_string(&guid), "{01234567-89AB-CDEF-1032-547698BADCFE}");
        let original: Vec<u8> = (0..40).collect();
        let mut font = original.clone();
        obfuscate(&mut font, &guid);
        // Byte 0 is XORed with the last pair of hex digits of the GUID string.
        assert_eq!(font[0], 0xFE);
        assert_eq!(font[16], 16 ^ 0xFE);
        assert_eq!(font[15], 15 ^ 0x01);
        assert_eq!(&font[32..], &original[32..]);
        obfuscate(&mut font, &guid);
        assert_eq!(font, original);
    }

    #[test]
    fn keys_are_deterministic_and_differ_per_subset() {
        assert_eq!(key_bytes("A", b"xyz"), key_bytes("A", b"xyz"));
        assert_ne!(key_bytes("A", b"xyz"), key_bytes("A", b"xyw"));
        assert_ne!(key_bytes("A", b"xyz"), key_bytes("B", b"xyz"));
    }
}
