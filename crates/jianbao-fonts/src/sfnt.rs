//! Byte-level sfnt work around the subsetter: the reduced cmap, loca and glyf it is handed,
//! cmap tables with Windows encodings, and reassembling a font with valid checksums (OpenType
//! spec: "Organization of an OpenType Font", "cmap", "loca", "glyf").

use std::collections::BTreeSet;

/// A table of a font: its tag and contents.
pub(crate) struct Table {
    pub tag: [u8; 4],
    pub data: Vec<u8>,
}

fn be_u16(data: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes(data.get(at..at + 2)?.try_into().ok()?))
}

fn be_u32(data: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(data.get(at..at + 4)?.try_into().ok()?))
}

/// The tables of a single (non-collection) font, copied out; `None` if the directory or a
/// table lies outside `font`.
pub(crate) fn read_tables(font: &[u8]) -> Option<Vec<Table>> {
    let count = usize::from(be_u16(font, 4)?);
    (0..count)
        .map(|i| {
            let record = 12 + 16 * i;
            let offset = usize::try_from(be_u32(font, record + 8)?).ok()?;
            let length = usize::try_from(be_u32(font, record + 12)?).ok()?;
            Some(Table {
                tag: font.get(record..record + 4)?.try_into().ok()?,
                data: font.get(offset..offset.checked_add(length)?)?.to_vec(),
            })
        })
        .collect()
}

/// OpenType checksum: the sum of big-endian u32 words, the last one zero-padded.
pub(crate) fn checksum(data: &[u8]) -> u32 {
    data.chunks(4).fold(0u32, |sum, chunk| {
        let mut word = [0u8; 4];
        word[..chunk.len()].copy_from_slice(chunk);
        sum.wrapping_add(u32::from_be_bytes(word))
    })
}

/// Offset of `checkSumAdjustment` inside the head table.
const HEAD_CHECKSUM_ADJUSTMENT: usize = 8;

/// Writes a TrueType font of `tables` (sorted by tag, 4-byte aligned), with every table checksum
/// and head `checkSumAdjustment` computed as the spec says: table checksums with the adjustment
/// zeroed, the adjustment 0xB1B0AFBA minus the checksum of the whole file.
pub(crate) fn assemble(mut tables: Vec<Table>) -> Result<Vec<u8>, String> {
    tables.sort_by_key(|t| t.tag);
    let count = u16::try_from(tables.len()).map_err(|_| "too many tables")?;
    let head = tables
        .iter_mut()
        .find(|t| &t.tag == b"head")
        .ok_or("the font has no head table")?;
    head.data
        .get_mut(HEAD_CHECKSUM_ADJUSTMENT..HEAD_CHECKSUM_ADJUSTMENT + 4)
        .ok_or("the head table is truncated")?
        .copy_from_slice(&[0; 4]);

    let entry_selector = 15 - count.max(1).leading_zeros() as u16; // floor(log2(count))
    let search_range = 16u16 << entry_selector;
    let mut font = Vec::new();
    font.extend_from_slice(&0x0001_0000u32.to_be_bytes()); // TrueType outlines
    for value in [
        count,
        search_range,
        entry_selector,
        (count * 16).wrapping_sub(search_range),
    ] {
        font.extend_from_slice(&value.to_be_bytes());
    }
    let mut offset = 12 + 16 * tables.len();
    for table in &tables {
        let length = u32::try_from(table.data.len()).map_err(|_| "a table is over 4 GB")?;
        let start = u32::try_from(offset).map_err(|_| "the font is over 4 GB")?;
        font.extend_from_slice(&table.tag);
        font.extend_from_slice(&checksum(&table.data).to_be_bytes());
        font.extend_from_slice(&start.to_be_bytes());
        font.extend_from_slice(&length.to_be_bytes());
        offset += table.data.len().next_multiple_of(4);
    }
    let mut adjustment_at = 0;
    for table in &tables {
        if &table.tag == b"head" {
            adjustment_at = font.len() + HEAD_CHECKSUM_ADJUSTMENT;
        }
        font.extend_from_slice(&table.data);
        font.resize(font.len().next_multiple_of(4), 0);
    }
    let adjustment = 0xB1B0_AFBAu32.wrapping_sub(checksum(&font));
    font[adjustment_at..adjustment_at + 4].copy_from_slice(&adjustment.to_be_bytes());
    Ok(font)
}

/// Groups of consecutive characters mapped to consecutive glyphs: `[first char, last char,
/// first glyph]`. `mappings` must be sorted by character.
fn sequential_groups(mappings: &[(char, u16)]) -> Vec<[u32; 3]> {
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
    groups
}

/// A format 12 subtable (any Unicode character) of `mappings` (sorted by character).
fn format12(mappings: &[(char, u16)]) -> Vec<u8> {
    let groups = sequential_groups(mappings);
    let mut table = Vec::with_capacity(16 + 12 * groups.len());
    table.extend_from_slice(&12u16.to_be_bytes()); // format
    table.extend_from_slice(&0u16.to_be_bytes()); // reserved
                                                  // At most 0x110000 groups of 12 bytes: the sizes fit in u32.
    table.extend_from_slice(&((16 + 12 * groups.len()) as u32).to_be_bytes());
    table.extend_from_slice(&0u32.to_be_bytes()); // language
    table.extend_from_slice(&(groups.len() as u32).to_be_bytes());
    for value in groups.into_iter().flatten() {
        table.extend_from_slice(&value.to_be_bytes());
    }
    table
}

/// A format 4 subtable (Basic Multilingual Plane) of the BMP characters of `mappings` (sorted by
/// character): one delta segment per run of consecutive characters and glyphs, plus the
/// closing 0xFFFF segment.
fn format4(mappings: &[(char, u16)]) -> Result<Vec<u8>, String> {
    let bmp: Vec<(char, u16)> = mappings
        .iter()
        .copied()
        .filter(|&(ch, _)| u32::from(ch) < 0xFFFF)
        .collect();
    let mut segments: Vec<[u16; 3]> = sequential_groups(&bmp)
        .into_iter()
        // BMP characters and glyph ids fit in u16.
        .map(|[start, end, glyph]| [start as u16, end as u16, glyph as u16])
        .collect();
    segments.push([0xFFFF, 0xFFFF, 0]);
    let too_many = || {
        format!(
            "{} characters are too scattered for a format 4 cmap; subset fewer characters",
            bmp.len()
        )
    };
    let seg_count = u16::try_from(segments.len()).map_err(|_| too_many())?;
    let length = u16::try_from(16 + 8 * segments.len()).map_err(|_| too_many())?;
    let entry_selector = 15 - seg_count.leading_zeros() as u16; // floor(log2(segCount))
    let search_range = 2u16 << entry_selector;
    let mut table = Vec::with_capacity(usize::from(length));
    for value in [
        4,
        length,
        0, // language
        seg_count * 2,
        search_range,
        entry_selector,
        seg_count * 2 - search_range,
    ] {
        table.extend_from_slice(&value.to_be_bytes());
    }
    for [_, end, _] in &segments {
        table.extend_from_slice(&end.to_be_bytes());
    }
    table.extend_from_slice(&0u16.to_be_bytes()); // reservedPad
    for [start, _, _] in &segments {
        table.extend_from_slice(&start.to_be_bytes());
    }
    for [start, _, glyph] in &segments {
        // idDelta: glyph = (char + delta) mod 65536.
        table.extend_from_slice(&glyph.wrapping_sub(*start).to_be_bytes());
    }
    for _ in &segments {
        table.extend_from_slice(&0u16.to_be_bytes()); // idRangeOffset: use idDelta
    }
    Ok(table)
}

/// A cmap table whose encoding records `(platform, encoding, subtable index)` (sorted) point at
/// `subtables`.
fn cmap_table(records: &[(u16, u16, usize)], subtables: &[Vec<u8>]) -> Vec<u8> {
    let mut offsets = Vec::with_capacity(subtables.len());
    let mut offset = 4 + 8 * records.len();
    for subtable in subtables {
        offsets.push(offset);
        offset += subtable.len();
    }
    let mut table = Vec::with_capacity(offset);
    table.extend_from_slice(&0u16.to_be_bytes()); // version
    table.extend_from_slice(&(records.len() as u16).to_be_bytes());
    for &(platform, encoding, index) in records {
        table.extend_from_slice(&platform.to_be_bytes());
        table.extend_from_slice(&encoding.to_be_bytes());
        // Subtables are small (format 4 is at most 64 KB), so offsets fit in u32.
        table.extend_from_slice(&(offsets[index] as u32).to_be_bytes());
    }
    for subtable in subtables {
        table.extend_from_slice(subtable);
    }
    table
}

/// A cmap with one Windows UCS-4 format 12 subtable: cheap to build for any characters, read
/// only by the subsetter.
pub(crate) fn lookup_cmap(mappings: &[(char, u16)]) -> Vec<u8> {
    cmap_table(&[(3, 10, 0)], &[format12(mappings)])
}

/// The cmap a subset font ships: a format 4 subtable for Unicode BMP (platform 0) and Windows
/// BMP (3, 1), which Windows needs to load the font at all, and when there are characters
/// beyond the BMP a format 12 subtable for Unicode full (0, 4) and Windows UCS-4 (3, 10).
pub(crate) fn embedding_cmap(mappings: &[(char, u16)]) -> Result<Vec<u8>, String> {
    let bmp = format4(mappings)?;
    if mappings.iter().all(|&(ch, _)| u32::from(ch) < 0x1_0000) {
        return Ok(cmap_table(&[(0, 3, 0), (3, 1, 0)], &[bmp]));
    }
    Ok(cmap_table(
        &[(0, 3, 0), (0, 4, 1), (3, 1, 0), (3, 10, 1)],
        &[bmp, format12(mappings)],
    ))
}

/// Byte range of glyph `glyph` in `glyf`, from `loca` (`long_offsets`: 32-bit entries, else
/// 16-bit entries holding half the offset); `None` if the entries are missing or out of order.
fn glyph_range(loca: &[u8], long_offsets: bool, glyph: u16) -> Option<std::ops::Range<usize>> {
    let g = usize::from(glyph);
    let (start, end) = if long_offsets {
        (
            usize::try_from(be_u32(loca, 4 * g)?).ok()?,
            usize::try_from(be_u32(loca, 4 * g + 4)?).ok()?,
        )
    } else {
        (
            2 * usize::from(be_u16(loca, 2 * g)?),
            2 * usize::from(be_u16(loca, 2 * g + 2)?),
        )
    };
    (start <= end).then_some(start..end)
}

/// Glyph ids a composite glyph is built from (OpenType "glyf": composite glyph description);
/// empty for a simple or empty glyph. Stops at the first truncated component record.
fn composite_components(glyph: &[u8]) -> Vec<u16> {
    const ARG_1_AND_2_ARE_WORDS: u16 = 0x0001;
    const WE_HAVE_A_SCALE: u16 = 0x0008;
    const MORE_COMPONENTS: u16 = 0x0020;
    const WE_HAVE_AN_X_AND_Y_SCALE: u16 = 0x0040;
    const WE_HAVE_A_TWO_BY_TWO: u16 = 0x0080;
    let mut components = Vec::new();
    // A negative numberOfContours marks a composite glyph; its components follow the 10-byte
    // glyph header.
    if be_u16(glyph, 0).is_none_or(|contours| (contours as i16) >= 0) {
        return components;
    }
    let mut at = 10;
    while let (Some(flags), Some(component)) = (be_u16(glyph, at), be_u16(glyph, at + 2)) {
        components.push(component);
        at += 4;
        at += if flags & ARG_1_AND_2_ARE_WORDS != 0 {
            4
        } else {
            2
        };
        at += if flags & WE_HAVE_A_SCALE != 0 {
            2
        } else if flags & WE_HAVE_AN_X_AND_Y_SCALE != 0 {
            4
        } else if flags & WE_HAVE_A_TWO_BY_TWO != 0 {
            8
        } else {
            0
        };
        if flags & MORE_COMPONENTS == 0 {
            break;
        }
    }
    components
}

/// A font's `loca` and `glyf` tables.
pub(crate) struct GlyphTables {
    pub loca: Vec<u8>,
    pub glyf: Vec<u8>,
}

/// `loca` and `glyf` tables in which every glyph is empty except `glyphs` and the components of
/// the kept composite glyphs (recursively); glyph ids and the offset format stay as they are.
///
/// The subsetter reads the start of every glyph when it parses `glyf`: handed the whole table
/// of a 65,535-glyph CJK face, that pages in 10-15 MB per face. Handed this one, it reads only
/// the kept glyphs, and its output is byte-identical (tested).
pub(crate) fn restricted_glyf(
    loca: &[u8],
    glyf: &[u8],
    long_offsets: bool,
    glyphs: &[u16],
) -> Result<GlyphTables, String> {
    let entry = if long_offsets { 4 } else { 2 };
    let glyph_count = (loca.len() / entry)
        .checked_sub(1)
        .ok_or("the loca table is empty")?;
    let glyph_data = |glyph: u16| -> Result<&[u8], String> {
        if usize::from(glyph) >= glyph_count {
            return Err(format!(
                "glyph {glyph} is used but the loca table has only {glyph_count} glyphs"
            ));
        }
        glyph_range(loca, long_offsets, glyph)
            .and_then(|range| glyf.get(range))
            .ok_or_else(|| format!("the loca entry of glyph {glyph} points outside the glyf table"))
    };
    let mut keep: BTreeSet<u16> = glyphs.iter().copied().collect();
    let mut to_visit: Vec<u16> = keep.iter().copied().collect();
    while let Some(glyph) = to_visit.pop() {
        for component in composite_components(glyph_data(glyph)?) {
            if keep.insert(component) {
                to_visit.push(component);
            }
        }
    }
    let mut new_glyf = Vec::new();
    for &glyph in &keep {
        new_glyf.extend_from_slice(glyph_data(glyph)?);
        if !long_offsets && new_glyf.len() % 2 == 1 {
            // Short offsets count 2-byte units; valid fonts never need this padding.
            new_glyf.push(0);
        }
    }
    if !long_offsets && new_glyf.len() > 2 * usize::from(u16::MAX) {
        return Err("the kept glyphs do not fit a table with short loca offsets".to_string());
    }
    let mut new_loca = Vec::with_capacity(loca.len());
    let mut offset = 0usize;
    let mut kept = keep.iter().peekable();
    for glyph in 0..=glyph_count {
        if long_offsets {
            // At most the size of the original glyf, whose offsets fit in u32.
            new_loca.extend_from_slice(&(offset as u32).to_be_bytes());
        } else {
            new_loca.extend_from_slice(&((offset / 2) as u16).to_be_bytes());
        }
        if kept.next_if(|&&g| usize::from(g) == glyph).is_some() {
            let length = glyph_data(glyph as u16)?.len();
            offset += if long_offsets {
                length
            } else {
                length.next_multiple_of(2)
            };
        }
    }
    Ok(GlyphTables {
        loca: new_loca,
        glyf: new_glyf,
    })
}

/// The tables a font's glyphs live in, as read from the full font.
pub(crate) struct GlyphSource<'a> {
    pub loca: &'a [u8],
    pub glyf: &'a [u8],
    pub long_offsets: bool,
    pub hhea: &'a [u8],
    pub hmtx: &'a [u8],
    pub maxp: &'a [u8],
}

/// Offset of `numberOfHMetrics` in hhea.
const HHEA_NUMBER_OF_H_METRICS: usize = 34;
/// Offset of `numGlyphs` in maxp.
const MAXP_NUM_GLYPHS: usize = 4;

/// A font's glyph tables cut down to `glyphs`, renumbered `0..glyphs.len()` in that order.
pub(crate) struct CompactGlyphs {
    pub loca: Vec<u8>,
    pub glyf: Vec<u8>,
    pub hhea: Vec<u8>,
    pub hmtx: Vec<u8>,
    pub maxp: Vec<u8>,
}

/// `loca`, `glyf`, `hmtx` (one full metric per glyph), `hhea` and `maxp` of a font holding only
/// `glyphs` (sorted, unique, `.notdef` first), glyph `glyphs[i]` becoming glyph `i`: the
/// numbering the subsetter gives them anyway, so subsetting this font for glyphs `0..n` gives
/// the same bytes as subsetting the full font for `glyphs`, without the subsetter building a
/// record for each of the full font's ~31,000 glyphs. `None` when a kept glyph is composite:
/// its component ids would need renumbering, which [`restricted_glyf`] leaves to the subsetter.
pub(crate) fn compact_glyphs(
    font: &GlyphSource<'_>,
    glyphs: &[u16],
) -> Result<Option<CompactGlyphs>, String> {
    let tables = restricted_glyf(font.loca, font.glyf, font.long_offsets, glyphs)?;
    let mut loca = Vec::with_capacity((glyphs.len() + 1) * if font.long_offsets { 4 } else { 2 });
    let mut push_offset = |at: usize| {
        if font.long_offsets {
            // At most the size of the original glyf, whose offsets fit in u32.
            loca.extend_from_slice(&(at as u32).to_be_bytes());
        } else {
            loca.extend_from_slice(&((at / 2) as u16).to_be_bytes());
        }
    };
    for &glyph in glyphs {
        let range = glyph_range(&tables.loca, font.long_offsets, glyph)
            .ok_or_else(|| format!("glyph {glyph} has no loca entry"))?;
        let data = tables.glyf.get(range.clone()).unwrap_or_default();
        if !composite_components(data).is_empty() {
            return Ok(None);
        }
        push_offset(range.start);
    }
    push_offset(tables.glyf.len());
    let count = u16::try_from(glyphs.len()).map_err(|_| "more than 65,535 glyphs requested")?;
    let long_metrics = usize::from(
        be_u16(font.hhea, HHEA_NUMBER_OF_H_METRICS).ok_or("the hhea table is truncated")?,
    );
    let last_advance = long_metrics
        .checked_sub(1)
        .and_then(|last| font.hmtx.get(4 * last..4 * last + 2))
        .ok_or("the hmtx table has no metrics")?;
    let mut hmtx = Vec::with_capacity(4 * glyphs.len());
    for &glyph in glyphs {
        let g = usize::from(glyph);
        // Glyphs past numberOfHMetrics share the last advance and have only a side bearing.
        let (advance, side_bearing) = if g < long_metrics {
            (
                font.hmtx.get(4 * g..4 * g + 2),
                font.hmtx.get(4 * g + 2..4 * g + 4),
            )
        } else {
            let at = 4 * long_metrics + 2 * (g - long_metrics);
            (Some(last_advance), font.hmtx.get(at..at + 2))
        };
        let (Some(advance), Some(side_bearing)) = (advance, side_bearing) else {
            return Err(format!("the hmtx table has no metrics for glyph {glyph}"));
        };
        hmtx.extend_from_slice(advance);
        hmtx.extend_from_slice(side_bearing);
    }
    let with_count = |table: &[u8], at: usize, name: &str| {
        let mut table = table.to_vec();
        table
            .get_mut(at..at + 2)
            .ok_or_else(|| format!("the {name} table is truncated"))?
            .copy_from_slice(&count.to_be_bytes());
        Ok::<_, String>(table)
    };
    // Kept glyphs sit in glyf in id order, so the compacted table is the restricted one with
    // the empty glyphs' loca entries left out.
    Ok(Some(CompactGlyphs {
        loca,
        glyf: tables.glyf,
        hhea: with_count(font.hhea, HHEA_NUMBER_OF_H_METRICS, "hhea")?,
        hmtx,
        maxp: with_count(font.maxp, MAXP_NUM_GLYPHS, "maxp")?,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A composite glyph (numberOfContours -1, zeroed bounding box) of `components`, each a
    /// record `(flags, glyph id)` followed by its arguments and transform as the flags say.
    fn composite(components: &[(u16, u16)]) -> Vec<u8> {
        let mut glyph = vec![0xFF, 0xFF, 0, 0, 0, 0, 0, 0, 0, 0];
        for &(flags, id) in components {
            glyph.extend_from_slice(&flags.to_be_bytes());
            glyph.extend_from_slice(&id.to_be_bytes());
            let args = if flags & 0x0001 != 0 { 4 } else { 2 };
            let transform = match flags & 0x00C8 {
                0x0008 => 2,
                0x0040 => 4,
                0x0080 => 8,
                _ => 0,
            };
            glyph.resize(glyph.len() + args + transform, 7);
        }
        glyph
    }

    /// `loca` (long or short offsets) and `glyf` of `glyphs`, each glyph padded to even length.
    fn font_tables(glyphs: &[Vec<u8>], long_offsets: bool) -> (Vec<u8>, Vec<u8>) {
        let (mut loca, mut glyf) = (Vec::new(), Vec::new());
        for glyph in glyphs.iter().map(Vec::as_slice).chain([&[][..]]) {
            if long_offsets {
                loca.extend_from_slice(&(glyf.len() as u32).to_be_bytes());
            } else {
                loca.extend_from_slice(&((glyf.len() / 2) as u16).to_be_bytes());
            }
            glyf.extend_from_slice(glyph);
            glyf.resize(glyf.len().next_multiple_of(2), 0);
        }
        loca.truncate(loca.len() - if long_offsets { 4 } else { 2 });
        if long_offsets {
            loca.extend_from_slice(&(glyf.len() as u32).to_be_bytes());
        } else {
            loca.extend_from_slice(&((glyf.len() / 2) as u16).to_be_bytes());
        }
        (loca, glyf)
    }

    #[test]
    fn restricted_glyf_keeps_requested_glyphs_and_nested_composite_components() {
        const MORE: u16 = 0x0020;
        let simple = |n: u8| vec![0, 1, n, n, n, n, n, n, n, n, n, n];
        // 0 .notdef, 1-2 and 5 simple, 3 = 1 + 4 (words, scale), 4 = 2 (x/y scale),
        // 6 = 5 (2x2), 7 simple and never referenced.
        let glyphs = vec![
            simple(10),
            simple(11),
            simple(12),
            composite(&[(0x0001 | 0x0008 | MORE, 1), (0x0001, 4)]),
            composite(&[(0x0040, 2)]),
            simple(15),
            composite(&[(0x0080, 5)]),
            simple(17),
        ];
        for long_offsets in [false, true] {
            let (loca, glyf) = font_tables(&glyphs, long_offsets);
            let GlyphTables {
                loca: new_loca,
                glyf: new_glyf,
            } = restricted_glyf(&loca, &glyf, long_offsets, &[0, 3]).unwrap();
            assert_eq!(new_loca.len(), loca.len());
            let data = |loca: &[u8], glyf: &[u8], g: u16| -> Vec<u8> {
                glyf[glyph_range(loca, long_offsets, g).unwrap()].to_vec()
            };
            for g in 0..8u16 {
                let kept = data(&new_loca, &new_glyf, g);
                if [0, 1, 2, 3, 4].contains(&g) {
                    assert_eq!(kept, data(&loca, &glyf, g), "glyph {g} must be kept");
                } else {
                    assert!(kept.is_empty(), "glyph {g} must be empty");
                }
            }
        }
    }

    #[test]
    fn compact_glyphs_renumbers_glyphs_and_metrics_and_leaves_composites_to_the_subsetter() {
        let simple = |n: u8| vec![0, 1, n, n, n, n, n, n, n, n, n, n];
        let glyphs = vec![
            simple(10),
            simple(11),
            simple(12),
            simple(13),
            composite(&[(0, 1)]),
        ];
        let (loca, glyf) = font_tables(&glyphs, false);
        // Two long metrics; glyphs 2-4 share the last advance (0x0200) with their own bearings.
        let hmtx = [1, 0, 0, 1, 2, 0, 0, 2, 0, 3, 0, 4, 0, 5];
        let mut hhea = vec![0; 36];
        hhea[34..36].copy_from_slice(&2u16.to_be_bytes());
        let mut maxp = vec![0; 6];
        maxp[4..6].copy_from_slice(&5u16.to_be_bytes());
        let source = GlyphSource {
            loca: &loca,
            glyf: &glyf,
            long_offsets: false,
            hhea: &hhea,
            hmtx: &hmtx,
            maxp: &maxp,
        };
        let compact = compact_glyphs(&source, &[0, 3]).unwrap().unwrap();
        assert_eq!(compact.hmtx, vec![1, 0, 0, 1, 2, 0, 0, 4]);
        assert_eq!(compact.hhea[34..36], 2u16.to_be_bytes());
        assert_eq!(compact.maxp[4..6], 2u16.to_be_bytes());
        assert_eq!(compact.loca, vec![0, 0, 0, 6, 0, 12]);
        assert_eq!(compact.glyf, [simple(10), simple(13)].concat());
        assert!(compact_glyphs(&source, &[0, 4]).unwrap().is_none());
        assert!(compact_glyphs(
            &GlyphSource {
                hmtx: &hmtx[..8],
                ..source
            },
            &[0, 3]
        )
        .is_err());
    }

    #[test]
    fn restricted_glyf_rejects_glyphs_outside_the_tables() {
        let (loca, glyf) = font_tables(
            &[
                vec![0, 1, 2, 3],
                vec![0xFF, 0xFF, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0],
            ],
            true,
        );
        assert!(restricted_glyf(&loca, &glyf, true, &[0, 5]).is_err());
        // Glyph 1 is a composite of glyph 9, which the font does not have.
        assert!(restricted_glyf(&loca, &glyf, true, &[0, 1]).is_err());
        assert!(restricted_glyf(&loca, &glyf[..4], true, &[1]).is_err());
        assert!(restricted_glyf(&[], &[], true, &[0]).is_err());
    }

    #[test]
    fn checksum_pads_the_last_word_with_zeros() {
        assert_eq!(checksum(&[0, 0, 0, 1, 0, 0, 0, 2]), 3);
        assert_eq!(checksum(&[1]), 0x0100_0000);
        assert_eq!(checksum(&[0xFF; 8]), 0xFFFF_FFFE);
    }

    #[test]
    fn groups_merge_consecutive_characters_with_consecutive_glyphs() {
        let mappings = [('a', 5), ('b', 6), ('c', 9), ('e', 10), ('中', 11)];
        assert_eq!(
            sequential_groups(&mappings),
            vec![
                [0x61, 0x62, 5],
                [0x63, 0x63, 9],
                [0x65, 0x65, 10],
                [0x4E2D, 0x4E2D, 11]
            ]
        );
    }

    #[test]
    fn format4_header_fields_follow_the_spec() {
        // Three segments (two runs plus 0xFFFF): searchRange 4, entrySelector 1, rangeShift 2.
        let table = format4(&[('a', 1), ('b', 2), ('z', 3), ('\u{20000}', 4)]).unwrap();
        let field = |i: usize| u16::from_be_bytes([table[2 * i], table[2 * i + 1]]);
        assert_eq!(
            (0..7).map(field).collect::<Vec<_>>(),
            vec![4, 16 + 8 * 3, 0, 6, 4, 1, 2]
        );
        assert_eq!(table.len(), 16 + 8 * 3);
    }
}
