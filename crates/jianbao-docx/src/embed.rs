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
    pub family_name: String,
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
            part: format!("fonts/font{}.odttf", n + 1),
            rel_id: format!("rId{}", n + 1),
            font_key: guid_string(&guid),
            odttf,
            signature: face.signature(),
        });
    }
    Ok(out)
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
            r#"<w:font w:name="{}"><w:panose1 w:val="{panose}"/><w:charset w:val="86"/><w:family w:val="{generic}"/><w:pitch w:val="variable"/><w:sig w:usb0="{:08X}" w:usb1="{:08X}" w:usb2="{:08X}" w:usb3="{:08X}" w:csb0="{:08X}" w:csb1="{:08X}"/>"#,
            xml_escape(name),
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
