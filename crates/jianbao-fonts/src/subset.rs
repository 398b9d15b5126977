//! Subsetting a face to the characters a document uses.

use std::borrow::Cow;
use std::collections::BTreeSet;

use allsorts::binary::read::ReadScope;
use allsorts::error::ParseError;
use allsorts::subset::{CmapTarget, SubsetProfile};
use allsorts::tables::{FontTableProvider, OpenTypeFont};
use allsorts::tag;

use crate::face::{write_signature_ranges, Face};
use crate::{is_layout_only, FontError};

/// A standalone TrueType font holding only the glyphs of some characters, ready to embed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subset {
    /// The font file: glyf/loca, a Unicode cmap, hmtx/hhea, maxp, head, name, post and OS/2 (with
    /// the full font's Unicode and code page ranges), all checksums valid.
    pub bytes: Vec<u8>,
    /// Six capital letters derived from the face and its glyph set: the same characters always
    /// give the same tag, different glyph sets (almost surely) different tags.
    pub tag: String,
    /// PostScript name of the full face, e.g. `NotoSerifSC-Regular` (the subset's name table
    /// keeps the original names).
    pub postscript_name: String,
    /// The requested characters the subset has glyphs for (layout-only characters the face
    /// lacks, such as `\n`, are left out).
    pub chars: BTreeSet<char>,
}

impl Subset {
    /// `TAG+PostScriptName`, the name a subset font carries as PDF BaseFont/FontName,
    /// e.g. `HEIGID+NotoSerifSC-Regular`.
    pub fn subset_name(&self) -> String {
        format!("{}+{}", self.tag, self.postscript_name)
    }
}

/// Tables kept: the minimum for a valid OpenType font, plus the TrueType hinting programs when
/// present (glyph instructions may call into them).
fn profile() -> SubsetProfile {
    SubsetProfile::Custom(vec![
        tag::CMAP,
        tag::HEAD,
        tag::HHEA,
        tag::HMTX,
        tag::MAXP,
        tag::NAME,
        tag::OS_2,
        tag::POST,
        tag::CVT,
        tag::FPGM,
        tag::PREP,
    ])
}

impl Face {
    /// Subsets this face to `chars`, always keeping `.notdef`. Deterministic: the same
    /// characters give byte-identical output.
    ///
    /// Characters the face lacks are an error ([`FontError::NotCovered`]), except layout-only
    /// ones ([`is_layout_only`], e.g. newline or tab), which are skipped.
    pub fn subset(&self, chars: &BTreeSet<char>) -> Result<Subset, FontError> {
        let mut covered = BTreeSet::new();
        let mut mappings = Vec::with_capacity(chars.len());
        let mut missing = Vec::new();
        for &ch in chars {
            match self.glyph_id(ch) {
                Some(glyph) => {
                    covered.insert(ch);
                    mappings.push((ch, glyph));
                }
                None if is_layout_only(ch) => {}
                None => missing.push(ch),
            }
        }
        if !missing.is_empty() {
            return Err(FontError::NotCovered {
                font: self.postscript_name().to_string(),
                chars: missing,
            });
        }
        let mut glyphs: Vec<u16> = mappings.iter().map(|&(_, glyph)| glyph).collect();
        glyphs.push(0);
        glyphs.sort_unstable();
        glyphs.dedup();

        let fail = |problem: String| FontError::Subset {
            font: self.postscript_name().to_string(),
            problem,
        };
        let font_data = ReadScope::new(self.data())
            .read::<OpenTypeFont<'_>>()
            .map_err(|e| fail(format!("reading the font: {e}")))?;
        let provider = WithCmap {
            font: font_data
                .table_provider(0)
                .map_err(|e| fail(format!("reading the table directory: {e}")))?,
            cmap: cmap_for(&mappings),
        };
        let mut bytes =
            allsorts::subset::subset(&provider, &glyphs, &profile(), CmapTarget::Unicode)
                .map_err(|e| fail(e.to_string()))?;
        restore_os2_ranges(&mut bytes, self).map_err(fail)?;

        Ok(Subset {
            bytes,
            tag: subset_tag(self.postscript_name(), &glyphs),
            postscript_name: self.postscript_name().to_string(),
            chars: covered,
        })
    }
}

/// The font as the subsetter sees it, with a cmap that maps only the requested characters.
///
/// The subsetter scans every cmap entry and checks it against the glyph list (a linear search),
/// so a full CJK cmap (~31,000 entries) costs O(entries x glyphs); a cmap of just the requested
/// characters makes that negligible and keeps the subset's cmap to exactly those characters.
struct WithCmap<P> {
    font: P,
    cmap: Vec<u8>,
}

impl<P: FontTableProvider> FontTableProvider for WithCmap<P> {
    fn table_data(&self, tag: u32) -> Result<Option<Cow<'_, [u8]>>, ParseError> {
        if tag == tag::CMAP {
            Ok(Some(Cow::Borrowed(&self.cmap)))
        } else {
            self.font.table_data(tag)
        }
    }

    fn has_table(&self, tag: u32) -> bool {
        tag == tag::CMAP || self.font.has_table(tag)
    }

    fn table_tags(&self) -> Option<Vec<u32>> {
        self.font.table_tags()
    }
}

/// A cmap table with one Windows UCS-4 (3, 10) format 12 subtable mapping `mappings`
/// (sorted by character), runs of consecutive characters and glyphs merged into one group.
fn cmap_for(mappings: &[(char, u16)]) -> Vec<u8> {
    let mut groups: Vec<[u32; 3]> = Vec::new();
    for &(ch, glyph) in mappings {
        let (ch, glyph) = (u32::from(ch), u32::from(glyph));
        match groups.last_mut() {
            Some([start, end, start_glyph])
                if ch == *end + 1 && glyph == *start_glyph + (ch - *start) =>
            {
                *end = ch;
            }
            _ => groups.push([ch, ch, glyph]),
        }
    }
    // Sizes fit: at most 0x110000 groups of 12 bytes.
    let subtable_len = 16 + 12 * groups.len() as u32;
    let mut cmap = Vec::with_capacity(12 + subtable_len as usize);
    cmap.extend_from_slice(&0u16.to_be_bytes()); // version
    cmap.extend_from_slice(&1u16.to_be_bytes()); // numTables
    cmap.extend_from_slice(&3u16.to_be_bytes()); // platformID: Windows
    cmap.extend_from_slice(&10u16.to_be_bytes()); // encodingID: Unicode full repertoire
    cmap.extend_from_slice(&12u32.to_be_bytes()); // subtable offset
    cmap.extend_from_slice(&12u16.to_be_bytes()); // format
    cmap.extend_from_slice(&0u16.to_be_bytes()); // reserved
    cmap.extend_from_slice(&subtable_len.to_be_bytes());
    cmap.extend_from_slice(&0u32.to_be_bytes()); // language
    cmap.extend_from_slice(&(groups.len() as u32).to_be_bytes());
    for group in groups {
        for value in group {
            cmap.extend_from_slice(&value.to_be_bytes());
        }
    }
    cmap
}

/// The subsetter recomputes OS/2 `ulUnicodeRange*` from the kept characters and loses the CJK
/// bits; word processors use them to choose a font for Chinese text, so put the full font's
/// values back, then fix the table checksum and head `checkSumAdjustment`.
fn restore_os2_ranges(font: &mut [u8], face: &Face) -> Result<(), String> {
    let directory = table_directory(font).ok_or("the subset has a broken table directory")?;
    let os2 = directory
        .iter()
        .find(|t| &t.tag == b"OS/2")
        .ok_or("the subset has no OS/2 table")?;
    let table = font
        .get_mut(os2.offset..os2.offset + os2.length)
        .ok_or("the subset's OS/2 table lies outside the file")?;
    if !write_signature_ranges(table, &face.signature()) {
        return Err("the subset's OS/2 table is too short".to_string());
    }
    fix_checksums(font)
}

/// One entry of an sfnt table directory.
struct TableRecord {
    tag: [u8; 4],
    /// Byte offset of the record's checksum field in the file.
    record_at: usize,
    offset: usize,
    length: usize,
}

fn be_u32(data: &[u8], at: usize) -> Option<u32> {
    let b = data.get(at..at + 4)?;
    Some(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
}

fn table_directory(font: &[u8]) -> Option<Vec<TableRecord>> {
    let count = usize::from(u16::from_be_bytes(font.get(4..6)?.try_into().ok()?));
    (0..count)
        .map(|i| {
            let at = 12 + 16 * i;
            Some(TableRecord {
                tag: font.get(at..at + 4)?.try_into().ok()?,
                record_at: at + 4,
                offset: usize::try_from(be_u32(font, at + 8)?).ok()?,
                length: usize::try_from(be_u32(font, at + 12)?).ok()?,
            })
        })
        .collect()
}

/// OpenType checksum: the sum of big-endian u32 words, the last one zero-padded.
fn checksum(data: &[u8]) -> u32 {
    data.chunks(4).fold(0u32, |sum, chunk| {
        let mut word = [0u8; 4];
        word[..chunk.len()].copy_from_slice(chunk);
        sum.wrapping_add(u32::from_be_bytes(word))
    })
}

/// Offset of `checkSumAdjustment` inside the head table.
const HEAD_CHECKSUM_ADJUSTMENT: usize = 8;

/// Recomputes every table checksum and head `checkSumAdjustment` (OpenType spec, "Calculating
/// checksums"): table checksums are taken with the adjustment zeroed, the adjustment is
/// 0xB1B0AFBA minus the checksum of the whole file.
fn fix_checksums(font: &mut [u8]) -> Result<(), String> {
    let directory = table_directory(font).ok_or("the subset has a broken table directory")?;
    let head = directory
        .iter()
        .find(|t| &t.tag == b"head")
        .ok_or("the subset has no head table")?;
    let adjustment_at = head.offset + HEAD_CHECKSUM_ADJUSTMENT;
    font.get_mut(adjustment_at..adjustment_at + 4)
        .ok_or("the subset's head table lies outside the file")?
        .copy_from_slice(&[0; 4]);
    for table in &directory {
        let data = font
            .get(table.offset..table.offset + table.length)
            .ok_or("a table of the subset lies outside the file")?;
        let sum = checksum(data);
        font[table.record_at..table.record_at + 4].copy_from_slice(&sum.to_be_bytes());
    }
    let adjustment = 0xB1B0_AFBAu32.wrapping_sub(checksum(font));
    font[adjustment_at..adjustment_at + 4].copy_from_slice(&adjustment.to_be_bytes());
    Ok(())
}

/// Six capital letters from a 64-bit FNV-1a hash of the face name and the sorted glyph ids.
/// FNV rather than std's hasher: its output must not change between Rust versions.
fn subset_tag(postscript_name: &str, glyphs: &[u16]) -> String {
    const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;
    let bytes = postscript_name
        .bytes()
        .chain([0])
        .chain(glyphs.iter().flat_map(|g| g.to_be_bytes()));
    let mut hash = bytes.fold(FNV_OFFSET, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(FNV_PRIME)
    });
    (0..6)
        .map(|_| {
            let letter = char::from(b'A' + (hash % 26) as u8);
            hash /= 26;
            letter
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tag_is_six_capitals_and_depends_on_glyphs_and_face() {
        let a = subset_tag("NotoSerifSC-Regular", &[0, 5, 9]);
        assert_eq!(a.len(), 6);
        assert!(a.bytes().all(|b| b.is_ascii_uppercase()));
        assert_eq!(a, subset_tag("NotoSerifSC-Regular", &[0, 5, 9]));
        assert_ne!(a, subset_tag("NotoSerifSC-Regular", &[0, 5, 10]));
        assert_ne!(a, subset_tag("NotoSansSC-Regular", &[0, 5, 9]));
    }

    #[test]
    fn checksum_pads_the_last_word_with_zeros() {
        assert_eq!(checksum(&[0, 0, 0, 1, 0, 0, 0, 2]), 3);
        assert_eq!(checksum(&[1]), 0x0100_0000);
        assert_eq!(checksum(&[0xFF; 8]), 0xFFFF_FFFE);
    }
}
