//! One parsed font face: names, layout metrics and cmap lookups.

use owned_ttf_parser::{name_id, AsFaceRef, GlyphId, OwnedFace, Tag};

use crate::{FaceId, FontError};

/// The bytes a face is parsed from: borrowed from the binary, or owned when read from disk.
enum Parsed {
    Static(Box<owned_ttf_parser::Face<'static>>),
    Owned(OwnedFace),
}

/// OS/2 fields that word processors use to match a font to a script (e.g. DOCX `w:sig`,
/// `w:panose1`), and that a subset must keep so Chinese text is still given this font.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FontSignature {
    /// `ulUnicodeRange1..4`: Unicode blocks the font claims to cover.
    pub unicode_ranges: [u32; 4],
    /// `ulCodePageRange1..2`: code pages the font claims (bit 18 is GB2312 Simplified Chinese).
    pub code_page_ranges: [u32; 2],
    /// The 10-byte PANOSE classification.
    pub panose: [u8; 10],
    /// `usWeightClass` (400 regular, 700 bold).
    pub weight_class: u16,
}

/// A parsed font face. Cheap to query: lookups read the font bytes in place.
pub struct Face {
    id: FaceId,
    font: String,
    parsed: Parsed,
    postscript_name: String,
    family_name: String,
    signature: FontSignature,
}

impl std::fmt::Debug for Face {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Face")
            .field("id", &self.id)
            .field("font", &self.font)
            .field("postscript_name", &self.postscript_name)
            .finish_non_exhaustive()
    }
}

/// Byte offsets of OS/2 fields (OpenType spec, OS/2 table).
const OS2_PANOSE: usize = 32;
const OS2_UNICODE_RANGES: usize = 42;
const OS2_CODE_PAGE_RANGES: usize = 78;
/// An OS/2 table of version 1 or later is at least this long and carries code page ranges.
const OS2_V1_LEN: usize = 86;

impl Face {
    /// Parses font bytes that live for the whole program (the bundled fonts).
    pub(crate) fn from_static(
        id: FaceId,
        font: String,
        data: &'static [u8],
    ) -> Result<Face, FontError> {
        check_single_font(&font, data)?;
        let face = owned_ttf_parser::Face::parse(data, 0).map_err(|e| FontError::Parse {
            font: font.clone(),
            problem: e.to_string(),
        })?;
        Face::build(id, font, Parsed::Static(Box::new(face)))
    }

    /// Parses font bytes read from a file; the face keeps them.
    pub(crate) fn from_vec(id: FaceId, font: String, data: Vec<u8>) -> Result<Face, FontError> {
        check_single_font(&font, &data)?;
        let face = OwnedFace::from_vec(data, 0).map_err(|e| FontError::Parse {
            font: font.clone(),
            problem: e.to_string(),
        })?;
        Face::build(id, font, Parsed::Owned(face))
    }

    fn build(id: FaceId, font: String, parsed: Parsed) -> Result<Face, FontError> {
        let face = match &parsed {
            Parsed::Static(face) => face,
            Parsed::Owned(face) => face.as_face_ref(),
        };
        let bad = |problem: &str| FontError::Parse {
            font: font.clone(),
            problem: problem.to_string(),
        };
        if face.tables().glyf.is_none() || face.tables().cmap.is_none() {
            return Err(bad(
                "it has no TrueType outlines (glyf table) or no character map (cmap table)",
            ));
        }
        if face.units_per_em() == 0 {
            return Err(bad("unitsPerEm in the head table is 0"));
        }
        let postscript_name = english_name(face, name_id::POST_SCRIPT_NAME)
            .ok_or_else(|| bad("the name table has no PostScript name (name ID 6)"))?;
        let family_name = english_name(face, name_id::FAMILY)
            .or_else(|| english_name(face, name_id::TYPOGRAPHIC_FAMILY))
            .ok_or_else(|| bad("the name table has no family name (name ID 1)"))?;
        let os2 = face
            .raw_face()
            .table(Tag::from_bytes(b"OS/2"))
            .ok_or_else(|| bad("it has no OS/2 table"))?;
        let signature = read_signature(os2).ok_or_else(|| bad("its OS/2 table is truncated"))?;
        Ok(Face {
            id,
            font,
            parsed,
            postscript_name,
            family_name,
            signature,
        })
    }

    fn ttf(&self) -> &owned_ttf_parser::Face<'_> {
        match &self.parsed {
            Parsed::Static(face) => face,
            Parsed::Owned(face) => face.as_face_ref(),
        }
    }

    /// The whole font file (10-15 MB), e.g. to install next to an export for another tool.
    /// Documents embed [`Face::subset`] output instead.
    pub fn data(&self) -> &[u8] {
        match &self.parsed {
            Parsed::Static(face) => face.raw_face().data,
            Parsed::Owned(face) => face.as_slice(),
        }
    }

    /// Where this face came from, for messages: a file path or "bundled font FILE".
    pub fn source(&self) -> &str {
        &self.font
    }

    /// Which of the four faces this is.
    pub fn id(&self) -> FaceId {
        self.id
    }

    /// PostScript name (name ID 6), e.g. `NotoSerifSC-Regular`; PDF BaseFont names derive from it.
    pub fn postscript_name(&self) -> &str {
        &self.postscript_name
    }

    /// Family name (name ID 1, the one Windows and Word match fonts by), e.g. `Noto Serif SC`;
    /// the name DOCX runs and the font table refer to. Regular and bold share it.
    pub fn family_name(&self) -> &str {
        &self.family_name
    }

    /// Font design units per em (1000 for Noto SC); divide the metrics below by it.
    pub fn units_per_em(&self) -> u16 {
        self.ttf().units_per_em()
    }

    /// Ascender in font units (OS/2 typo value when the font asks for it, else hhea).
    pub fn ascender(&self) -> i16 {
        self.ttf().ascender()
    }

    /// Descender in font units, negative below the baseline.
    pub fn descender(&self) -> i16 {
        self.ttf().descender()
    }

    /// Line gap in font units.
    pub fn line_gap(&self) -> i16 {
        self.ttf().line_gap()
    }

    /// Glyph index of `ch`, or `None` when the face has no glyph for it (maps to .notdef).
    pub fn glyph_id(&self, ch: char) -> Option<u16> {
        match self.ttf().glyph_index(ch) {
            Some(GlyphId(0)) | None => None,
            Some(GlyphId(id)) => Some(id),
        }
    }

    /// Whether the face has a glyph for `ch`.
    pub fn has_char(&self, ch: char) -> bool {
        self.glyph_id(ch).is_some()
    }

    /// Horizontal advance of `ch` in em (font units / units per em), for line layout.
    /// `None` when the face has no glyph for `ch`.
    pub fn advance(&self, ch: char) -> Option<f32> {
        let face = self.ttf();
        let glyph = self.glyph_id(ch)?;
        let units = face.glyph_hor_advance(GlyphId(glyph))?;
        Some(f32::from(units) / f32::from(face.units_per_em()))
    }

    /// OS/2 script-matching fields of the full font (kept unchanged in subsets).
    pub fn signature(&self) -> FontSignature {
        self.signature
    }
}

/// Rejects font collections: the renderers embed single fonts.
fn check_single_font(font: &str, data: &[u8]) -> Result<(), FontError> {
    if owned_ttf_parser::fonts_in_collection(data).is_some() {
        return Err(FontError::Parse {
            font: font.to_string(),
            problem: "it is a font collection (.ttc), not a single font".to_string(),
        });
    }
    Ok(())
}

/// An English (or language-neutral Unicode) name record, decoded.
fn english_name(face: &owned_ttf_parser::Face<'_>, name_id: u16) -> Option<String> {
    let names = face.names();
    let mut fallback = None;
    for name in names.into_iter().filter(|n| n.name_id == name_id) {
        if let Some(text) = name.to_string().filter(|t| !t.trim().is_empty()) {
            if name.language_id == 0x0409 {
                return Some(text);
            }
            fallback.get_or_insert(text);
        }
    }
    fallback
}

fn read_u32(data: &[u8], offset: usize) -> Option<u32> {
    let bytes = data.get(offset..offset + 4)?;
    Some(u32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]))
}

/// Reads the script-matching fields of an OS/2 table; `None` if it is too short.
pub(crate) fn read_signature(os2: &[u8]) -> Option<FontSignature> {
    let weight = os2.get(4..6)?;
    let panose: [u8; 10] = os2.get(OS2_PANOSE..OS2_PANOSE + 10)?.try_into().ok()?;
    let mut unicode_ranges = [0u32; 4];
    for (i, range) in unicode_ranges.iter_mut().enumerate() {
        *range = read_u32(os2, OS2_UNICODE_RANGES + 4 * i)?;
    }
    let version = u16::from_be_bytes([os2[0], os2[1]]);
    let code_page_ranges = if version >= 1 && os2.len() >= OS2_V1_LEN {
        [
            read_u32(os2, OS2_CODE_PAGE_RANGES)?,
            read_u32(os2, OS2_CODE_PAGE_RANGES + 4)?,
        ]
    } else {
        [0, 0]
    };
    Some(FontSignature {
        unicode_ranges,
        code_page_ranges,
        panose,
        weight_class: u16::from_be_bytes([weight[0], weight[1]]),
    })
}

/// Writes the Unicode and code page ranges of `signature` into an OS/2 table in place.
/// Returns `false` if the table is too short to hold them.
pub(crate) fn write_signature_ranges(os2: &mut [u8], signature: &FontSignature) -> bool {
    if os2.len() < OS2_UNICODE_RANGES + 16 {
        return false;
    }
    for (i, range) in signature.unicode_ranges.iter().enumerate() {
        let at = OS2_UNICODE_RANGES + 4 * i;
        os2[at..at + 4].copy_from_slice(&range.to_be_bytes());
    }
    let version = u16::from_be_bytes([os2[0], os2[1]]);
    if version >= 1 && os2.len() >= OS2_V1_LEN {
        for (i, range) in signature.code_page_ranges.iter().enumerate() {
            let at = OS2_CODE_PAGE_RANGES + 4 * i;
            os2[at..at + 4].copy_from_slice(&range.to_be_bytes());
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Family;

    /// Deterministic pseudo-random numbers (xorshift), so failures reproduce.
    struct Xorshift(u64);

    impl Xorshift {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
    }

    /// Corrupts bytes inside loca and glyf (where a subsetter follows offsets and component
    /// references) and checks that measuring and subsetting return errors or results, never
    /// panic.
    #[test]
    fn corrupt_glyph_data_never_panics() {
        let id = FaceId::new(Family::Sans, true);
        let original = crate::FontSet::embedded().face(id).unwrap().data().to_vec();
        let range_of = |tag: &[u8; 4]| {
            let count = usize::from(u16::from_be_bytes([original[4], original[5]]));
            (0..count)
                .map(|i| 12 + 16 * i)
                .find(|&r| &original[r..r + 4] == tag)
                .map(|r| {
                    let at = |o: usize| {
                        u32::from_be_bytes(original[r + o..r + o + 4].try_into().unwrap()) as usize
                    };
                    at(8)..at(8) + at(12)
                })
                .unwrap()
        };
        let (loca, glyf) = (range_of(b"loca"), range_of(b"glyf"));
        let chars: std::collections::BTreeSet<char> = "中国经济增长百分点简报".chars().collect();
        let mut rng = Xorshift(0x9E37_79B9_7F4A_7C15);
        let mut subset_errors = 0;
        for round in 0..12 {
            let mut data = original.clone();
            for _ in 0..2000 {
                let region = if rng.next().is_multiple_of(2) {
                    &loca
                } else {
                    &glyf
                };
                // Glyphs of common characters sit early in glyf; aim there half of the time.
                let span = if round % 2 == 0 {
                    region.len()
                } else {
                    region.len().min(400_000)
                };
                let at = region.start + (rng.next() as usize) % span;
                data[at] = rng.next() as u8;
            }
            if let Ok(face) = Face::from_vec(id, format!("corrupt round {round}"), data) {
                let _ = face.advance('中');
                if face.subset(&chars).is_err() {
                    subset_errors += 1;
                }
            }
        }
        // The corruption must reach the subsetter, or this test proves nothing.
        assert!(subset_errors > 0);
    }
}
