//! Measures a change proposed for jianbao-fonts: hand allsorts' subsetter `loca`/`glyf`
//! tables that hold only the requested glyphs (and their composite components), as the
//! subsetter is already handed a cmap of only the requested characters.
//!
//! allsorts reads the first two bytes of every glyph of `glyf` when it parses the table (65,535
//! glyphs per Noto SC face), which pages in the whole 10-15 MB table of each face and allocates
//! a record per glyph. With the restricted tables it reads only the glyphs it keeps; the output
//! is byte-identical (checked here).
//!
//! usage: subset_glyf full|restricted [RUNS]
//! Run each mode in its own process (e.g. under `/usr/bin/time -v`) to compare peak memory:
//! the first subset of each face is "cold" (font pages not yet read), later ones "warm".

use allsorts::binary::read::ReadScope;
use allsorts::error::ParseError;
use allsorts::subset::{subset, CmapTarget, SubsetProfile};
use allsorts::tables::{FontTableProvider, OpenTypeFont};
use allsorts::tag;
use chrono::NaiveDate;
use jianbao::{BriefingSpec, FactsInput, Pipeline};
use jianbao_bench::BENCH_REGIONS;
use jianbao_fonts::FaceId;
use jianbao_report::TemplateChoice;
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::time::Instant;

/// The font with some tables replaced.
struct Replaced<'a, P> {
    font: P,
    tables: BTreeMap<u32, &'a [u8]>,
}

impl<P: FontTableProvider> FontTableProvider for Replaced<'_, P> {
    fn table_data(&self, tag: u32) -> Result<Option<Cow<'_, [u8]>>, ParseError> {
        match self.tables.get(&tag) {
            Some(data) => Ok(Some(Cow::Borrowed(data))),
            None => self.font.table_data(tag),
        }
    }

    fn has_table(&self, tag: u32) -> bool {
        self.tables.contains_key(&tag) || self.font.has_table(tag)
    }

    fn table_tags(&self) -> Option<Vec<u32>> {
        self.font.table_tags()
    }
}

fn be16(d: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes(d.get(at..at + 2)?.try_into().ok()?))
}

fn be32(d: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(d.get(at..at + 4)?.try_into().ok()?))
}

/// A cmap with one format 12 subtable mapping exactly `mappings`.
fn cmap(mappings: &[(char, u16)]) -> Vec<u8> {
    let mut t = Vec::new();
    t.extend(0u16.to_be_bytes()); // version
    t.extend(1u16.to_be_bytes()); // one encoding record
    t.extend(3u16.to_be_bytes()); // Windows
    t.extend(10u16.to_be_bytes()); // full Unicode
    t.extend(12u32.to_be_bytes()); // subtable offset
    let len = 16 + 12 * mappings.len() as u32;
    t.extend(12u16.to_be_bytes());
    t.extend(0u16.to_be_bytes());
    t.extend(len.to_be_bytes());
    t.extend(0u32.to_be_bytes());
    t.extend((mappings.len() as u32).to_be_bytes());
    for &(ch, glyph) in mappings {
        t.extend(u32::from(ch).to_be_bytes());
        t.extend(u32::from(ch).to_be_bytes());
        t.extend(u32::from(glyph).to_be_bytes());
    }
    t
}

/// Byte range of glyph `g` in `glyf`, from `loca` (`long`: 32-bit offsets).
fn glyph_range(loca: &[u8], long: bool, g: usize) -> Option<(usize, usize)> {
    if long {
        Some((be32(loca, 4 * g)? as usize, be32(loca, 4 * g + 4)? as usize))
    } else {
        Some((
            2 * be16(loca, 2 * g)? as usize,
            2 * be16(loca, 2 * g + 2)? as usize,
        ))
    }
}

/// Component glyph ids of a composite glyph (OpenType glyf, composite glyph description).
fn components(glyph: &[u8]) -> Vec<u16> {
    const ARG_1_AND_2_ARE_WORDS: u16 = 0x0001;
    const WE_HAVE_A_SCALE: u16 = 0x0008;
    const MORE_COMPONENTS: u16 = 0x0020;
    const WE_HAVE_AN_X_AND_Y_SCALE: u16 = 0x0040;
    const WE_HAVE_A_TWO_BY_TWO: u16 = 0x0080;
    let mut out = Vec::new();
    if be16(glyph, 0).is_none_or(|n| (n as i16) >= 0) {
        return out;
    }
    let mut at = 10;
    while let (Some(flags), Some(id)) = (be16(glyph, at), be16(glyph, at + 2)) {
        out.push(id);
        at += 4 + if flags & ARG_1_AND_2_ARE_WORDS != 0 {
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
    out
}

/// `loca` and `glyf` in which every glyph outside `glyphs` (closed over composite components)
/// is empty; glyph ids are unchanged.
fn restricted_glyf(loca: &[u8], glyf: &[u8], long: bool, glyphs: &[u16]) -> (Vec<u8>, Vec<u8>) {
    let count = loca.len() / if long { 4 } else { 2 } - 1;
    let mut keep: BTreeSet<u16> = glyphs.iter().copied().collect();
    let mut todo: Vec<u16> = glyphs.to_vec();
    while let Some(g) = todo.pop() {
        if let Some((s, e)) = glyph_range(loca, long, usize::from(g)) {
            for c in components(glyf.get(s..e).unwrap_or_default()) {
                if keep.insert(c) {
                    todo.push(c);
                }
            }
        }
    }
    let mut new_loca = Vec::with_capacity(loca.len());
    let mut new_glyf = Vec::new();
    let push_offset = |loca: &mut Vec<u8>, at: usize| {
        if long {
            loca.extend((at as u32).to_be_bytes());
        } else {
            loca.extend(((at / 2) as u16).to_be_bytes());
        }
    };
    for g in 0..count {
        push_offset(&mut new_loca, new_glyf.len());
        if keep.contains(&(g as u16)) {
            if let Some((s, e)) = glyph_range(loca, long, g) {
                new_glyf.extend_from_slice(glyf.get(s..e).unwrap_or_default());
            }
        }
    }
    push_offset(&mut new_loca, new_glyf.len());
    (new_loca, new_glyf)
}

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

fn vm_hwm_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let restricted = match args.next().as_deref() {
        Some("restricted") => true,
        Some("full") => false,
        _ => return Err("usage: subset_glyf full|restricted [RUNS]".into()),
    };
    let runs: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(10);

    // The characters the default briefing's PDF uses, per face.
    let pipeline = Pipeline::new(None, None)?;
    let evidence = jianbao::gather_evidence(&FactsInput::Sources(None), &pipeline.catalog)?;
    let spec = BriefingSpec {
        template: TemplateChoice::parse("briefing"),
        regions: BENCH_REGIONS.map(str::to_owned).to_vec(),
        date: NaiveDate::from_ymd_opt(2026, 11, 22).ok_or("date")?,
        allow_missing_glyphs: false,
    };
    let briefing = pipeline.briefing(&evidence, &spec)?;
    let opts = jianbao_pdf::PdfOptions {
        creation_date: jianbao::creation_time(spec.date),
        allow_missing_glyphs: false,
        header_text: None,
    };
    let layout = jianbao_pdf::layout::layout_document(
        &briefing.document,
        &pipeline.style,
        &pipeline.fonts,
        &opts,
    )?;
    let before_kb = vm_hwm_kb();

    let mut times = Vec::new();
    let mut outputs: Vec<Vec<u8>> = Vec::new();
    for run in 0..=runs {
        let start = Instant::now();
        outputs.clear();
        for (&id, chars) in &layout.usage {
            let face = pipeline.fonts.face(id)?;
            let mappings: Vec<(char, u16)> = chars
                .iter()
                .filter_map(|&c| Some((c, face.glyph_id(c)?)))
                .collect();
            let mut glyphs: Vec<u16> = mappings.iter().map(|m| m.1).chain([0]).collect();
            glyphs.sort_unstable();
            glyphs.dedup();
            let font = ReadScope::new(face.data()).read::<OpenTypeFont<'_>>()?;
            let provider = font.table_provider(0)?;
            let cmap = cmap(&mappings);
            let mut tables: BTreeMap<u32, &[u8]> = BTreeMap::from([(tag::CMAP, cmap.as_slice())]);
            let replaced;
            if restricted {
                let head = provider.read_table_data(tag::HEAD)?;
                let long = be16(&head, 50) == Some(1);
                let loca = provider.read_table_data(tag::LOCA)?;
                let glyf = provider.read_table_data(tag::GLYF)?;
                replaced = restricted_glyf(&loca, &glyf, long, &glyphs);
                tables.insert(tag::LOCA, &replaced.0);
                tables.insert(tag::GLYF, &replaced.1);
            }
            let provider = Replaced {
                font: provider,
                tables,
            };
            outputs.push(subset(&provider, &glyphs, &profile(), CmapTarget::Unicode)?);
            if run == 0 && id == FaceId::ALL[0] {
                eprintln!("{id:?}: {} glyphs kept", glyphs.len());
            }
        }
        times.push(start.elapsed().as_secs_f64() * 1e3);
    }
    let cold = times.remove(0);
    times.sort_by(f64::total_cmp);
    let digest: u64 = outputs
        .iter()
        .flat_map(|o| o.iter())
        .fold(0xcbf2_9ce4_8422_2325, |h, &b| {
            (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
        });
    println!(
        "{}: 4 faces subset, cold {cold:.2} ms, warm median {:.2} ms; peak RSS grew {:.1} MB while subsetting; output {} bytes, digest {digest:016x}",
        if restricted { "restricted glyf" } else { "full glyf" },
        times[times.len() / 2],
        (vm_hwm_kb().saturating_sub(before_kb)) as f64 / 1024.0,
        outputs.iter().map(Vec::len).sum::<usize>(),
    );
    Ok(())
}
