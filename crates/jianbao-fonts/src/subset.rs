//! Subsetting a face to the characters a document uses.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::panic::AssertUnwindSafe;

use allsorts::binary::read::ReadScope;
use allsorts::error::ParseError;
use allsorts::subset::{CmapTarget, SubsetProfile};
use allsorts::tables::{FontTableProvider, OpenTypeFont};
use allsorts::tag;

use crate::face::{write_signature_ranges, Face};
use crate::{is_layout_only, sfnt, FontError};

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
        let font = font_data
            .table_provider(0)
            .map_err(|e| fail(format!("reading the table directory: {e}")))?;
        let (subsetter_glyphs, replaced) =
            subsetter_input(&font, &mappings, &glyphs).map_err(fail)?;
        let subset =
            run_subsetter(&WithTables { font, replaced }, &subsetter_glyphs).map_err(fail)?;
        let bytes = finish(&subset, self, &covered).map_err(fail)?;

        Ok(Subset {
            bytes,
            tag: subset_tag(self.postscript_name(), &glyphs),
            postscript_name: self.postscript_name().to_string(),
            chars: covered,
        })
    }
}

/// Runs the subsetter on `font` for `glyphs` (sorted, with `.notdef`).
fn run_subsetter<P: FontTableProvider>(font: &P, glyphs: &[u16]) -> Result<Vec<u8>, String> {
    // The subsetter can panic on corrupt glyph data (arithmetic overflow on offsets); a font
    // from a user's directory must give an error instead.
    std::panic::catch_unwind(AssertUnwindSafe(|| {
        allsorts::subset::subset(font, glyphs, &profile(), CmapTarget::Unicode)
    }))
    .map_err(|_| {
        "the subsetter crashed on the font's glyph data, which is probably corrupt".to_string()
    })?
    .map_err(|e| e.to_string())
}

/// Tables replacing those of the font, handed to the subsetter in [`WithTables`].
type ReplacedTables = Vec<(u32, Vec<u8>)>;

/// The glyph ids to hand the subsetter and the tables to replace in `font` so that it reads
/// only the kept glyphs: the compacted font of [`sfnt::compact_glyphs`] (glyphs `0..n`), or if
/// a kept glyph is composite, `loca`/`glyf` restricted to `glyphs` ([`sfnt::restricted_glyf`]);
/// a font without `glyf` (CFF outlines) is read as it is. The cmap always maps just `mappings`.
fn subsetter_input<P: FontTableProvider>(
    font: &P,
    mappings: &[(char, u16)],
    glyphs: &[u16],
) -> Result<(Vec<u16>, ReplacedTables), String> {
    let read = |tag: u32| {
        font.table_data(tag).map_err(|e| {
            let name = String::from_utf8_lossy(&tag.to_be_bytes()).into_owned();
            format!("reading the {name} table: {e}")
        })
    };
    let full_cmap = || vec![(tag::CMAP, sfnt::lookup_cmap(mappings))];
    let (Some(head), Some(loca), Some(glyf)) =
        (read(tag::HEAD)?, read(tag::LOCA)?, read(tag::GLYF)?)
    else {
        return Ok((glyphs.to_vec(), full_cmap()));
    };
    // head.indexToLocFormat: 0 for 16-bit loca offsets, 1 for 32-bit ones.
    let long_offsets = match head.get(HEAD_INDEX_TO_LOC_FORMAT..HEAD_INDEX_TO_LOC_FORMAT + 2) {
        Some([0, 0]) => false,
        Some([0, 1]) => true,
        _ => return Err("the head table has no valid indexToLocFormat".to_string()),
    };
    let (Some(hhea), Some(hmtx), Some(maxp)) =
        (read(tag::HHEA)?, read(tag::HMTX)?, read(tag::MAXP)?)
    else {
        return Err("the font lacks one of the hhea, hmtx and maxp tables".to_string());
    };
    let source = sfnt::GlyphSource {
        loca: &loca,
        glyf: &glyf,
        long_offsets,
        hhea: &hhea,
        hmtx: &hmtx,
        maxp: &maxp,
    };
    if let Some(compact) = sfnt::compact_glyphs(&source, glyphs)? {
        // `glyphs` is sorted and holds every mapped glyph, so the search always succeeds.
        let renumbered: Vec<(char, u16)> = mappings
            .iter()
            .filter_map(|&(ch, glyph)| {
                Some((ch, u16::try_from(glyphs.binary_search(&glyph).ok()?).ok()?))
            })
            .collect();
        let count = u16::try_from(glyphs.len()).map_err(|_| "more than 65,535 glyphs requested")?;
        let tables = vec![
            (tag::CMAP, sfnt::lookup_cmap(&renumbered)),
            (tag::LOCA, compact.loca),
            (tag::GLYF, compact.glyf),
            (tag::HHEA, compact.hhea),
            (tag::HMTX, compact.hmtx),
            (tag::MAXP, compact.maxp),
        ];
        return Ok(((0..count).collect(), tables));
    }
    let restricted = sfnt::restricted_glyf(&loca, &glyf, long_offsets, glyphs)?;
    let mut tables = full_cmap();
    tables.push((tag::LOCA, restricted.loca));
    tables.push((tag::GLYF, restricted.glyf));
    Ok((glyphs.to_vec(), tables))
}

/// Offset of `indexToLocFormat` inside the head table.
const HEAD_INDEX_TO_LOC_FORMAT: usize = 50;

/// The font as the subsetter sees it, with some tables replaced: a cmap that maps only the
/// requested characters, and glyph tables that hold only the requested glyphs ([`subsetter_input`]).
///
/// The subsetter scans every cmap entry and checks it against the glyph list (a linear search),
/// so a full CJK cmap (~31,000 entries) costs O(entries x glyphs); a cmap of just the requested
/// characters makes that negligible and keeps the subset's cmap to exactly those characters.
/// It also reads the start of every glyph in `glyf` (paging in the whole 10-15 MB table) and
/// builds a record per glyph of the font.
struct WithTables<P> {
    font: P,
    replaced: ReplacedTables,
}

impl<P: FontTableProvider> FontTableProvider for WithTables<P> {
    fn table_data(&self, tag: u32) -> Result<Option<Cow<'_, [u8]>>, ParseError> {
        match self.replaced.iter().find(|(t, _)| *t == tag) {
            Some((_, data)) => Ok(Some(Cow::Borrowed(data))),
            None => self.font.table_data(tag),
        }
    }

    fn has_table(&self, tag: u32) -> bool {
        self.replaced.iter().any(|(t, _)| *t == tag) || self.font.has_table(tag)
    }

    fn table_tags(&self) -> Option<Vec<u32>> {
        self.font.table_tags()
    }
}

/// Turns the subsetter's output into the font to embed: the cmap gets Windows encoding records
/// (the subsetter writes Unicode-platform ones only, and Windows will not load such a font), and
/// OS/2 gets the full font's `ulUnicodeRange*`/`ulCodePageRange*` back (the subsetter recomputes
/// them from the kept characters and loses the CJK bits, which word processors use to choose a
/// font for Chinese text). Checksums are recomputed.
fn finish(subset: &[u8], face: &Face, chars: &BTreeSet<char>) -> Result<Vec<u8>, String> {
    let parsed = owned_ttf_parser::Face::parse(subset, 0)
        .map_err(|e| format!("the subsetter wrote an unreadable font ({e})"))?;
    let mappings = chars
        .iter()
        .map(|&ch| match parsed.glyph_index(ch) {
            Some(glyph) if glyph.0 != 0 => Ok((ch, glyph.0)),
            _ => Err(format!(
                "the subsetter dropped {ch:?} (U+{:04X})",
                u32::from(ch)
            )),
        })
        .collect::<Result<Vec<_>, String>>()?;
    let mut tables = sfnt::read_tables(subset).ok_or("the subset has a broken table directory")?;
    for table in &mut tables {
        match &table.tag {
            b"cmap" => table.data = sfnt::embedding_cmap(&mappings)?,
            b"OS/2" if !write_signature_ranges(&mut table.data, &face.signature()) => {
                return Err("the subset's OS/2 table is too short".to_string());
            }
            _ => {}
        }
    }
    sfnt::assemble(tables)
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
    use crate::{FaceId, FontSet};

    /// How the subsetter is handed the font in [`raw_subset`].
    #[derive(Debug, Clone, Copy, PartialEq)]
    enum Input {
        /// Only the cmap replaced, as before glyph tables were cut down.
        FullGlyphTables,
        /// `loca`/`glyf` restricted to the kept glyphs (the path for composite glyphs).
        Restricted,
        /// What `Face::subset` hands it.
        AsSubsetDoes,
    }

    /// The subsetter's output for `chars` of `face`.
    fn raw_subset(face: &Face, chars: &str, input: Input) -> Vec<u8> {
        let mappings: Vec<(char, u16)> = chars
            .chars()
            .collect::<BTreeSet<char>>()
            .into_iter()
            .map(|ch| (ch, face.glyph_id(ch).unwrap()))
            .collect();
        let mut glyphs: Vec<u16> = mappings.iter().map(|m| m.1).chain([0]).collect();
        glyphs.sort_unstable();
        glyphs.dedup();
        let font_data = ReadScope::new(face.data())
            .read::<OpenTypeFont<'_>>()
            .unwrap();
        let font = font_data.table_provider(0).unwrap();
        let table = |tag: u32| font.table_data(tag).unwrap().unwrap();
        let full_glyf_len = table(tag::GLYF).len();
        let (subsetter_glyphs, replaced) = match input {
            Input::FullGlyphTables => (glyphs, vec![(tag::CMAP, sfnt::lookup_cmap(&mappings))]),
            Input::Restricted => {
                let long_offsets = table(tag::HEAD)[51] == 1;
                let restricted = sfnt::restricted_glyf(
                    &table(tag::LOCA),
                    &table(tag::GLYF),
                    long_offsets,
                    &glyphs,
                )
                .unwrap();
                let replaced = vec![
                    (tag::CMAP, sfnt::lookup_cmap(&mappings)),
                    (tag::LOCA, restricted.loca),
                    (tag::GLYF, restricted.glyf),
                ];
                (glyphs, replaced)
            }
            Input::AsSubsetDoes => {
                let (ids, replaced) = subsetter_input(&font, &mappings, &glyphs).unwrap();
                // The bundled faces have no composite glyphs, so this is the compacted font.
                assert_eq!(ids, (0..glyphs.len() as u16).collect::<Vec<_>>());
                (ids, replaced)
            }
        };
        if input != Input::FullGlyphTables {
            let (_, glyf) = replaced.iter().find(|(t, _)| *t == tag::GLYF).unwrap();
            // Cutting down must actually drop glyph data, or the comparison proves nothing.
            assert!(glyf.len() < full_glyf_len / 10);
        }
        run_subsetter(&WithTables { font, replaced }, &subsetter_glyphs).unwrap()
    }

    #[test]
    fn cut_down_glyph_tables_give_the_same_subset_as_the_full_ones() {
        let fonts = FontSet::embedded();
        let many: String = (0x5000..0x5258).filter_map(char::from_u32).collect();
        let sets = [
            "",
            "0123456789",
            "第 1 页 / 共 14 页",
            // ㄧ is the one character of Noto Serif SC past numberOfHMetrics.
            "2024年全省地区生产总值同比增长5.8%（初步核算）。●○.)ㄧ",
            many.as_str(),
        ];
        for id in FaceId::ALL {
            let face = fonts.face(id).unwrap();
            for chars in sets {
                let full = raw_subset(face, chars, Input::FullGlyphTables);
                for input in [Input::Restricted, Input::AsSubsetDoes] {
                    assert!(
                        full == raw_subset(face, chars, input),
                        "{id:?}, {chars:?}: {input:?} changed the subset"
                    );
                }
            }
        }
    }

    #[test]
    fn tag_is_six_capitals_and_depends_on_glyphs_and_face() {
        let a = subset_tag("NotoSerifSC-Regular", &[0, 5, 9]);
        assert_eq!(a.len(), 6);
        assert!(a.bytes().all(|b| b.is_ascii_uppercase()));
        assert_eq!(a, subset_tag("NotoSerifSC-Regular", &[0, 5, 9]));
        assert_ne!(a, subset_tag("NotoSerifSC-Regular", &[0, 5, 10]));
        assert_ne!(a, subset_tag("NotoSansSC-Regular", &[0, 5, 9]));
    }
}
