//! Metrics, fallback, subsetting and error tests against the bundled Noto SC fonts.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use jianbao_fonts::{is_layout_only, FaceId, Family, FontError, FontSet, Run};
use owned_ttf_parser::{name_id, Face as TtfFace, Tag};

const SERIF: FaceId = FaceId::new(Family::Serif, false);
const SERIF_BOLD: FaceId = FaceId::new(Family::Serif, true);
const SANS: FaceId = FaceId::new(Family::Sans, false);
const SANS_BOLD: FaceId = FaceId::new(Family::Sans, true);

/// A briefing-like sample: CJK text, punctuation, digits, Latin, and a few layout characters.
const SAMPLE: &str = "2024年全国规模以上工业增加值同比增长5.8%，比上年加快1.2个百分点。\n\
    “新质生产力”一词首次写入政府工作报告（第3页）；GDP 达到134.9万亿元。\tQ1–Q4 简报 Page 12";

fn bundled_font_path(id: FaceId) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fonts")
        .join(id.file_name())
}

#[test]
fn names_and_metrics_are_those_of_noto_sc() {
    let fonts = FontSet::embedded();
    let expected = [
        (SERIF, "NotoSerifSC-Regular", "Noto Serif SC", 400),
        (SERIF_BOLD, "NotoSerifSC-Bold", "Noto Serif SC", 700),
        (SANS, "NotoSansSC-Regular", "Noto Sans SC", 400),
        (SANS_BOLD, "NotoSansSC-Bold", "Noto Sans SC", 700),
    ];
    for (id, postscript, family, weight) in expected {
        let face = fonts.face(id).unwrap();
        assert_eq!(face.id(), id);
        assert_eq!(face.postscript_name(), postscript);
        assert_eq!(face.family_name(), family);
        assert_eq!(face.signature().weight_class, weight);
        assert_eq!(face.units_per_em(), 1000);
        assert!(
            face.ascender() > 800 && face.ascender() < 1200,
            "{}",
            face.ascender()
        );
        assert!(face.descender() < -100 && face.descender() > -400);
        assert!(face.line_gap() >= 0);
        assert_eq!(face.advance('中'), Some(1.0));
        assert_eq!(face.advance('，'), Some(1.0));
        let latin = face.advance('a').unwrap();
        assert!(latin > 0.3 && latin < 0.7, "advance of 'a' is {latin}");
        assert!(face.advance('i').unwrap() < face.advance('m').unwrap());
        assert!(face.has_char('中') && face.glyph_id('中').is_some());
        assert_eq!(face.glyph_id('\u{1F600}'), None);
        assert_eq!(face.advance('\u{1F600}'), None);
        // GB2312 (Simplified Chinese) code page bit and the CJK Unified Ideographs range bit.
        assert_ne!(face.signature().code_page_ranges[0] & (1 << 18), 0);
        assert_ne!(face.signature().unicode_ranges[1] & (1 << (59 - 32)), 0);
    }
}

#[test]
fn faces_are_parsed_only_when_used() {
    let fonts = FontSet::embedded();
    assert!(format!("{fonts:?}").contains("parsed: []"));
    fonts.face(SANS_BOLD).unwrap();
    assert!(format!("{fonts:?}").contains("parsed: [FaceId { family: Sans, bold: true }]"));
}

#[test]
fn resolve_falls_back_to_a_face_that_has_the_character() {
    let fonts = FontSet::embedded();
    assert_eq!(fonts.resolve(SANS, '中').unwrap(), Some(SANS));
    // U+9FF0 (CJK Unified Ideographs, Unicode 13) is in Noto Serif SC only: same weight first.
    assert!(!fonts.face(SANS_BOLD).unwrap().has_char('\u{9FF0}'));
    assert_eq!(
        fonts.resolve(SANS_BOLD, '\u{9FF0}').unwrap(),
        Some(SERIF_BOLD)
    );
    assert_eq!(fonts.resolve(SANS, '\u{9FF0}').unwrap(), Some(SERIF));
    // U+30EDD (biáng, CJK Extension G) is in Noto Sans SC only.
    assert_eq!(fonts.resolve(SERIF, '\u{30EDD}').unwrap(), Some(SANS));
    assert_eq!(fonts.resolve(SERIF, '\u{1F600}').unwrap(), None);
}

#[test]
fn fallback_order_prefers_same_weight_then_same_family() {
    assert_eq!(
        SERIF_BOLD.fallback_order(),
        [SERIF_BOLD, SANS_BOLD, SERIF, SANS]
    );
    assert_eq!(SANS.fallback_order(), [SANS, SERIF, SANS_BOLD, SERIF_BOLD]);
}

#[test]
fn missing_lists_characters_no_face_has_sorted_once() {
    let fonts = FontSet::embedded();
    assert_eq!(fonts.missing(SAMPLE).unwrap(), Vec::<char>::new());
    let text = "增长😀\n\t𠀀 和😀\u{200B}\u{FEFF}\r\u{9FF0}\u{30EDD}";
    assert_eq!(fonts.missing(text).unwrap(), vec!['\u{1F600}', '\u{20000}']);
    assert!(is_layout_only('\n') && is_layout_only('\t') && is_layout_only(' '));
    assert!(!is_layout_only('中'));
}

fn sample_chars() -> BTreeSet<char> {
    SAMPLE.chars().collect()
}

/// ~600 distinct common CJK characters (a run of the CJK Unified Ideographs block the fonts
/// fully cover) plus the sample's characters.
fn many_chars() -> BTreeSet<char> {
    let mut chars = sample_chars();
    chars.extend((0x5000..0x5258).filter_map(char::from_u32));
    chars
}

fn be_u32(data: &[u8], at: usize) -> u32 {
    u32::from_be_bytes(data[at..at + 4].try_into().unwrap())
}

fn sum_words(data: &[u8]) -> u32 {
    data.chunks(4).fold(0u32, |sum, chunk| {
        let mut word = [0u8; 4];
        word[..chunk.len()].copy_from_slice(chunk);
        sum.wrapping_add(u32::from_be_bytes(word))
    })
}

/// Checks every table checksum and head.checkSumAdjustment; returns the table tags.
fn assert_checksums_valid(font: &[u8]) -> Vec<String> {
    let count = usize::from(u16::from_be_bytes([font[4], font[5]]));
    let mut tags = Vec::new();
    let mut head_offset = None;
    for i in 0..count {
        let record = 12 + 16 * i;
        let tag = String::from_utf8_lossy(&font[record..record + 4]).to_string();
        let stored = be_u32(font, record + 4);
        let offset = be_u32(font, record + 8) as usize;
        let length = be_u32(font, record + 12) as usize;
        assert_eq!(offset % 4, 0, "table {tag} is not 4-byte aligned");
        let mut table = font[offset..offset + length].to_vec();
        if tag == "head" {
            table[8..12].copy_from_slice(&[0; 4]);
            head_offset = Some(offset);
        }
        assert_eq!(sum_words(&table), stored, "checksum of table {tag}");
        tags.push(tag);
    }
    let head = head_offset.expect("subset has a head table");
    let adjustment = be_u32(font, head + 8);
    let mut zeroed = font.to_vec();
    zeroed[head + 8..head + 12].copy_from_slice(&[0; 4]);
    assert_eq!(
        0xB1B0_AFBAu32.wrapping_sub(sum_words(&zeroed)),
        adjustment,
        "head.checkSumAdjustment"
    );
    tags
}

#[test]
fn subset_round_trips_with_metrics_ranges_and_checksums() {
    let fonts = FontSet::embedded();
    let chars = many_chars();
    for id in FaceId::ALL {
        let face = fonts.face(id).unwrap();
        let subset = face.subset(&chars).unwrap();
        let layout_only: BTreeSet<char> = ['\n', '\t'].into();
        let expected: BTreeSet<char> = chars.difference(&layout_only).copied().collect();
        assert_eq!(subset.chars, expected);
        assert_eq!(subset.postscript_name, face.postscript_name());
        assert_eq!(
            subset.subset_name(),
            format!("{}+{}", subset.tag, face.postscript_name())
        );
        assert!(
            subset.bytes.len() < 1_000_000,
            "{} bytes",
            subset.bytes.len()
        );

        let parsed = TtfFace::parse(&subset.bytes, 0).expect("subset parses");
        assert_eq!(parsed.units_per_em(), face.units_per_em());
        assert_eq!(parsed.ascender(), face.ascender());
        assert_eq!(parsed.descender(), face.descender());
        // .notdef plus one glyph per character (a few characters may share glyphs).
        assert!(usize::from(parsed.number_of_glyphs()) <= expected.len() + 1);
        for &ch in &expected {
            let glyph = parsed
                .glyph_index(ch)
                .unwrap_or_else(|| panic!("{ch:?} unmapped in subset of {id:?}"));
            assert_ne!(glyph.0, 0, "{ch:?} maps to .notdef");
            let advance = f32::from(parsed.glyph_hor_advance(glyph).unwrap()) / 1000.0;
            assert_eq!(Some(advance), face.advance(ch), "advance of {ch:?}");
            assert!(parsed.outline_glyph(glyph, &mut NullOutline).is_some() || ch == ' ');
        }
        assert_eq!(parsed.glyph_index('龍'), None, "a character not asked for");

        let names: Vec<(u16, String)> = parsed
            .names()
            .into_iter()
            .filter_map(|n| Some((n.name_id, n.to_string()?)))
            .collect();
        assert!(names.contains(&(name_id::POST_SCRIPT_NAME, face.postscript_name().into())));
        assert!(names.contains(&(name_id::FAMILY, face.family_name().into())));

        let os2 = parsed.raw_face().table(Tag::from_bytes(b"OS/2")).unwrap();
        let signature = face.signature();
        for (i, range) in signature.unicode_ranges.iter().enumerate() {
            assert_eq!(be_u32(os2, 42 + 4 * i), *range, "ulUnicodeRange{}", i + 1);
        }
        assert_eq!(be_u32(os2, 78), signature.code_page_ranges[0]);
        assert_eq!(be_u32(os2, 82), signature.code_page_ranges[1]);

        assert_eq!(cmap_encodings(&parsed), vec![(0, 3), (3, 1)]);

        let tags = assert_checksums_valid(&subset.bytes);
        for required in [
            "OS/2", "cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post",
        ] {
            assert!(tags.iter().any(|t| t == required), "{required} in {tags:?}");
        }
    }
}

/// (platform, encoding) of each cmap subtable; every subtable must map every character the
/// face-wide lookup maps (checked by the callers through `glyph_index`).
fn cmap_encodings(face: &TtfFace<'_>) -> Vec<(u16, u16)> {
    let cmap = face.tables().cmap.expect("subset has a cmap");
    cmap.subtables
        .into_iter()
        .map(|sub| {
            let platform = match sub.platform_id {
                owned_ttf_parser::PlatformId::Unicode => 0,
                owned_ttf_parser::PlatformId::Macintosh => 1,
                owned_ttf_parser::PlatformId::Iso => 2,
                owned_ttf_parser::PlatformId::Windows => 3,
                owned_ttf_parser::PlatformId::Custom => 4,
            };
            (platform, sub.encoding_id)
        })
        .collect()
}

/// Characters each cmap subtable maps, by (platform, encoding).
fn cmap_coverage(face: &TtfFace<'_>) -> Vec<((u16, u16), BTreeSet<char>)> {
    let cmap = face.tables().cmap.unwrap();
    cmap_encodings(face)
        .into_iter()
        .zip(cmap.subtables)
        .map(|(key, sub)| {
            let mut chars = BTreeSet::new();
            sub.codepoints(|cp| {
                if let Some(ch) = char::from_u32(cp) {
                    if sub.glyph_index(cp).is_some_and(|g| g.0 != 0) {
                        chars.insert(ch);
                    }
                }
            });
            (key, chars)
        })
        .collect()
}

#[test]
fn subset_beyond_the_bmp_has_format_4_and_format_12_subtables() {
    let fonts = FontSet::embedded();
    let face = fonts.face(SANS_BOLD).unwrap();
    // U+25AD7 (Extension B) and U+30EDD (Extension G) are in Noto Sans SC.
    let chars: BTreeSet<char> = "简报 A1\u{25AD7}\u{30EDD}".chars().collect();
    let subset = face.subset(&chars).unwrap();
    let parsed = TtfFace::parse(&subset.bytes, 0).unwrap();
    assert_eq!(
        cmap_encodings(&parsed),
        vec![(0, 3), (0, 4), (3, 1), (3, 10)]
    );
    let bmp: BTreeSet<char> = chars
        .iter()
        .copied()
        .filter(|&c| u32::from(c) < 0x10000)
        .collect();
    for (key, covered) in cmap_coverage(&parsed) {
        let expected = if key.1 == 3 || key.1 == 1 {
            &bmp
        } else {
            &chars
        };
        assert_eq!(&covered, expected, "subtable {key:?}");
    }
    for &ch in &chars {
        let glyph = parsed.glyph_index(ch).unwrap();
        let advance = f32::from(parsed.glyph_hor_advance(glyph).unwrap()) / 1000.0;
        assert_eq!(Some(advance), face.advance(ch));
    }
    assert_checksums_valid(&subset.bytes);
    if let Some(problem) = ots_problem(&subset.bytes) {
        panic!("OTS rejects the subset: {problem}");
    }
}

/// What the OpenType Sanitizer says is wrong with `font`; `None` if it passes or is not
/// installed (then a note is printed).
fn ots_problem(font: &[u8]) -> Option<String> {
    if std::process::Command::new("ots-sanitize")
        .arg("--version")
        .output()
        .is_err()
    {
        skip_or_fail(
            "skipped OTS check: ots-sanitize is not installed (apt-get install opentype-sanitizer)",
        );
        return None;
    }
    let dir = std::env::temp_dir().join(format!(
        "jianbao-fonts-ots-{}-{:x}",
        std::process::id(),
        font.len()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("in.ttf"), font).unwrap();
    let out = std::process::Command::new("ots-sanitize")
        .arg(dir.join("in.ttf"))
        .arg(dir.join("out.ttf"))
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    (!out.status.success()).then(|| {
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

struct NullOutline;

impl owned_ttf_parser::OutlineBuilder for NullOutline {
    fn move_to(&mut self, _: f32, _: f32) {}
    fn line_to(&mut self, _: f32, _: f32) {}
    fn quad_to(&mut self, _: f32, _: f32, _: f32, _: f32) {}
    fn curve_to(&mut self, _: f32, _: f32, _: f32, _: f32, _: f32, _: f32) {}
    fn close(&mut self) {}
}

#[test]
fn subsets_are_deterministic_and_tags_follow_the_glyph_set() {
    let fonts = FontSet::embedded();
    let face = fonts.face(SERIF).unwrap();
    let a = face.subset(&sample_chars()).unwrap();
    let b = FontSet::embedded()
        .face(SERIF)
        .unwrap()
        .subset(&sample_chars())
        .unwrap();
    assert_eq!(a, b);
    assert_eq!(a.tag.len(), 6);
    assert!(a.tag.bytes().all(|c| c.is_ascii_uppercase()));
    let mut more = sample_chars();
    more.insert('鑫');
    assert_ne!(face.subset(&more).unwrap().tag, a.tag);
    let sans = fonts.face(SANS).unwrap().subset(&sample_chars()).unwrap();
    assert_ne!(sans.tag, a.tag);
}

#[test]
fn subset_rejects_characters_the_face_lacks() {
    let fonts = FontSet::embedded();
    let chars: BTreeSet<char> = ['中', '\u{9FF0}', '\u{1F600}', '\n'].into();
    match fonts.face(SANS).unwrap().subset(&chars) {
        Err(FontError::NotCovered { font, chars }) => {
            assert_eq!(font, "NotoSansSC-Regular");
            assert_eq!(chars, vec!['\u{9FF0}', '\u{1F600}']);
        }
        other => panic!("expected NotCovered, got {other:?}"),
    }
}

#[test]
fn empty_subset_holds_notdef_only() {
    let fonts = FontSet::embedded();
    let subset = fonts
        .face(SANS_BOLD)
        .unwrap()
        .subset(&BTreeSet::new())
        .unwrap();
    let parsed = TtfFace::parse(&subset.bytes, 0).unwrap();
    assert_eq!(parsed.number_of_glyphs(), 1);
    assert_checksums_valid(&subset.bytes);
}

#[test]
fn subset_all_matches_single_subsets_in_face_order() {
    let fonts = FontSet::embedded();
    let usage = BTreeMap::from([
        (SANS_BOLD, "简报".chars().collect::<BTreeSet<_>>()),
        (SERIF, sample_chars()),
        (SANS, "第一章 概况".chars().collect()),
    ]);
    let subsets = fonts.subset_all(&usage).unwrap();
    let ids: Vec<FaceId> = subsets.iter().map(|(id, _)| *id).collect();
    assert_eq!(ids, vec![SERIF, SANS, SANS_BOLD]);
    for (id, subset) in &subsets {
        assert_eq!(
            **subset,
            fonts.face(*id).unwrap().subset(&usage[id]).unwrap()
        );
    }
    // Enough characters to take the multi-threaded path.
    let large: BTreeSet<char> = (0x4E00..0x4E00 + 1200).filter_map(char::from_u32).collect();
    let usage: BTreeMap<FaceId, BTreeSet<char>> = FaceId::ALL
        .into_iter()
        .map(|id| (id, large.clone()))
        .collect();
    let subsets = fonts.subset_all(&usage).unwrap();
    assert_eq!(subsets.len(), 4);
    for (id, subset) in &subsets {
        assert_eq!(**subset, fonts.face(*id).unwrap().subset(&large).unwrap());
    }
    let bad = BTreeMap::from([(SANS, BTreeSet::from(['\u{1F600}']))]);
    assert!(matches!(
        fonts.subset_all(&bad),
        Err(FontError::NotCovered { .. })
    ));
}

#[test]
fn equal_character_sets_share_one_subset_across_calls_and_threads() {
    let fonts = FontSet::embedded();
    let chars = sample_chars();
    // Two threads asking at once get the one subset made by whichever came first.
    let (a, b) = std::thread::scope(|scope| {
        let other = scope.spawn(|| fonts.subset(SERIF, &chars).unwrap());
        let mine = fonts.subset(SERIF, &chars).unwrap();
        (mine, other.join().unwrap())
    });
    assert!(std::sync::Arc::ptr_eq(&a, &b));
    let usage = BTreeMap::from([(SERIF, chars.clone())]);
    assert!(std::sync::Arc::ptr_eq(
        &a,
        &fonts.subset_all(&usage).unwrap()[0].1
    ));
    assert_eq!(*a, fonts.face(SERIF).unwrap().subset(&chars).unwrap());
    // Keys are exact: another face or one more character is another subset.
    let sans = fonts.subset(SANS, &chars).unwrap();
    assert_eq!(sans.postscript_name, "NotoSansSC-Regular");
    let mut more = chars.clone();
    more.insert('○');
    let larger = fonts.subset(SERIF, &more).unwrap();
    assert!(larger.chars.contains(&'○') && !a.chars.contains(&'○'));
    // Failures are reported every time, not only the first.
    let bad = BTreeSet::from(['\u{1F600}']);
    for _ in 0..2 {
        assert!(matches!(
            fonts.subset(SANS, &bad),
            Err(FontError::NotCovered { .. })
        ));
    }
}

#[test]
fn many_distinct_subsets_stay_correct_after_old_ones_are_dropped() {
    let fonts = FontSet::embedded();
    let sets: Vec<BTreeSet<char>> = (0..40u32)
        .map(|i| [char::from_u32(0x4E00 + i).unwrap(), '年'].into())
        .collect();
    let first = fonts.subset(SANS, &sets[0]).unwrap();
    for chars in &sets {
        assert_eq!(&fonts.subset(SANS, chars).unwrap().chars, chars);
    }
    // The first set was dropped from the memo by now; asking again makes an equal subset.
    assert_eq!(*fonts.subset(SANS, &sets[0]).unwrap(), *first);
}

#[test]
fn add_digits_adds_0_to_9_to_every_used_face() {
    let fonts = FontSet::embedded();
    let mut usage = BTreeMap::from([
        (SERIF, BTreeSet::from(['中'])),
        (SANS_BOLD, BTreeSet::new()),
    ]);
    fonts.add_digits(&mut usage).unwrap();
    let digits: BTreeSet<char> = ('0'..='9').collect();
    assert_eq!(usage.len(), 2);
    assert!(usage[&SERIF].contains(&'中'));
    assert!(usage.values().all(|chars| chars.is_superset(&digits)));
}

#[test]
fn subset_loads_in_fonttools_when_installed() {
    let probe = std::process::Command::new("python3")
        .args(["-c", "import fontTools"])
        .output();
    if !matches!(probe, Ok(ref out) if out.status.success()) {
        skip_or_fail("skipped: python3 with fontTools is not installed (pip install fonttools)");
        return;
    }
    let fonts = FontSet::embedded();
    let chars = sample_chars();
    let subset = fonts.face(SERIF_BOLD).unwrap().subset(&chars).unwrap();
    let dir = std::env::temp_dir().join(format!("jianbao-fonts-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("subset.ttf");
    std::fs::write(&path, &subset.bytes).unwrap();
    let wanted: String = subset.chars.iter().collect();
    let script = r#"
import sys
from fontTools.ttLib import TTFont
font = TTFont(sys.argv[1])
cmap = font.getBestCmap()
missing = [c for c in sys.argv[2] if ord(c) not in cmap or cmap[ord(c)] == '.notdef']
assert not missing, missing
font['glyf']; font['hmtx']; font['post']
name = font['name']
print(name.getDebugName(1), name.getDebugName(6), font['OS/2'].ulUnicodeRange2, len(font.getGlyphOrder()))
"#;
    let out = std::process::Command::new("python3")
        .args(["-c", script])
        .arg(&path)
        .arg(&wanted)
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(
        out.status.success(),
        "fontTools rejected the subset: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        report.starts_with("Noto Serif SC NotoSerifSC-Bold "),
        "{report}"
    );
}

fn temp_font_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("jianbao-fonts-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for id in FaceId::ALL {
        std::fs::copy(bundled_font_path(id), dir.join(id.file_name())).unwrap();
    }
    dir
}

#[test]
fn from_dir_loads_the_same_faces() {
    let dir = temp_font_dir("ok");
    let fonts = FontSet::from_dir(&dir).unwrap();
    let face = fonts.face(SANS).unwrap();
    assert_eq!(face.postscript_name(), "NotoSansSC-Regular");
    assert!(face.source().ends_with("NotoSansSC-Regular.ttf"));
    let from_dir = face.subset(&sample_chars()).unwrap();
    let bundled = FontSet::embedded()
        .face(SANS)
        .unwrap()
        .subset(&sample_chars())
        .unwrap();
    assert_eq!(from_dir, bundled);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn from_dir_names_missing_and_broken_files() {
    let dir = temp_font_dir("broken");
    std::fs::remove_file(dir.join("NotoSansSC-Bold.ttf")).unwrap();
    let err = FontSet::from_dir(&dir).unwrap_err();
    assert!(matches!(err, FontError::MissingFile { .. }), "{err:?}");
    assert!(err.to_string().contains("NotoSansSC-Bold.ttf"), "{err}");

    let full = std::fs::read(bundled_font_path(SANS_BOLD)).unwrap();
    let truncations: [&[u8]; 5] = [
        &[],
        &full[..11],
        &full[..4096],
        &full[..full.len() / 2],
        b"this is not a font, just some text of a reasonable length",
    ];
    for broken in truncations {
        std::fs::write(dir.join("NotoSansSC-Bold.ttf"), broken).unwrap();
        match FontSet::from_dir(&dir) {
            Err(err @ FontError::Parse { .. }) => {
                assert!(err.to_string().contains("NotoSansSC-Bold.ttf"), "{err}")
            }
            // A file cut after the tables the parser checks may still load; it must then fail
            // cleanly, not panic, when used.
            Ok(fonts) => {
                let face = fonts.face(SANS_BOLD).unwrap();
                let _ = face.advance('中');
                assert!(face.subset(&sample_chars()).is_err());
            }
            Err(other) => panic!("unexpected error {other:?}"),
        }
    }
    let mut garbage = full.clone();
    for (i, byte) in garbage.iter_mut().enumerate().skip(12) {
        *byte = (i as u8).wrapping_mul(31);
    }
    std::fs::write(dir.join("NotoSansSC-Bold.ttf"), &garbage).unwrap();
    assert!(FontSet::from_dir(&dir).is_err());

    let err = FontSet::from_dir(&dir.join("no-such-dir")).unwrap_err();
    assert!(matches!(err, FontError::MissingFile { .. }));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn subset_loads_in_printpdf() {
    let fonts = FontSet::embedded();
    let chars = many_chars();
    for (id, subset) in fonts
        .subset_all(&FaceId::ALL.map(|id| (id, chars.clone())).into())
        .unwrap()
    {
        let face = fonts.face(id).unwrap();
        let mut warnings = Vec::new();
        let parsed = printpdf::ParsedFont::from_bytes(&subset.bytes, 0, &mut warnings)
            .unwrap_or_else(|| panic!("printpdf rejects the subset of {id:?}: {warnings:?}"));
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(parsed.units_per_em, 1000);
        for &ch in &subset.chars {
            let glyph = parsed
                .lookup_glyph_index(u32::from(ch))
                .unwrap_or_else(|| panic!("printpdf finds no glyph for {ch:?}"));
            let width = parsed.get_glyph_width(glyph).unwrap();
            assert_eq!(Some(f32::from(width) / 1000.0), face.advance(ch));
        }
        assert_eq!(
            parsed.pdf_font_metrics.us_weight_class,
            face.signature().weight_class
        );
    }
}

#[test]
fn subsets_pass_the_opentype_sanitizer_when_installed() {
    let fonts = FontSet::embedded();
    let usage = FaceId::ALL.map(|id| (id, many_chars())).into();
    for (id, subset) in fonts.subset_all(&usage).unwrap() {
        if let Some(problem) = ots_problem(&subset.bytes) {
            panic!("OTS rejects the subset of {id:?}: {problem}");
        }
    }
}

#[test]
fn runs_switch_faces_only_where_the_preferred_face_lacks_a_character() {
    let fonts = FontSet::embedded();
    assert_eq!(fonts.runs(SANS, "").unwrap(), vec![]);
    let text = "增长5.8%\n";
    assert_eq!(
        fonts.runs(SANS_BOLD, text).unwrap(),
        vec![Run {
            face: SANS_BOLD,
            range: 0..text.len()
        }]
    );
    // U+9FF0 is serif-only; the newline and the emoji (no face) stay in the current run.
    let text = "甲\u{9FF0}\n😀乙";
    let runs = fonts.runs(SANS, text).unwrap();
    let pieces: Vec<(FaceId, &str)> = runs
        .iter()
        .map(|r| (r.face, &text[r.range.clone()]))
        .collect();
    assert_eq!(
        pieces,
        vec![(SANS, "甲"), (SERIF, "\u{9FF0}\n😀"), (SANS, "乙")]
    );
    assert_eq!(fonts.runs(SERIF, "\n😀").unwrap()[0].face, SERIF);
}

#[test]
fn font_sets_can_be_shared_between_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<FontSet>();
    assert_send_sync::<jianbao_fonts::Face>();
    assert_send_sync::<jianbao_fonts::Subset>();
    assert_send_sync::<FontError>();
}

/// The hand-over to the PDF writer: a subset plus its `TAG+PostScriptName` as the font name
/// gives an embedded CID TrueType font under that name, with the text extractable.
#[test]
fn subset_embeds_in_a_printpdf_document_under_its_subset_name() {
    use printpdf::{
        Mm, Op, ParsedFont, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Pt, TextItem,
    };
    if std::process::Command::new("pdffonts")
        .arg("-v")
        .output()
        .is_err()
    {
        skip_or_fail("skipped: pdffonts is not installed (apt-get install poppler-utils)");
        return;
    }
    let text = "2024年全国规模以上工业增加值同比增长5.8%";
    let fonts = FontSet::embedded();
    let subset = fonts
        .face(SERIF)
        .unwrap()
        .subset(&text.chars().collect())
        .unwrap();
    let mut font = ParsedFont::from_bytes(&subset.bytes, 0, &mut Vec::new()).unwrap();
    font.font_name = Some(subset.subset_name());
    let mut pdf = PdfDocument::new("jianbao-fonts test");
    let font_id = pdf.add_font(&font);
    let page = PdfPage::new(
        Mm(210.0),
        Mm(297.0),
        vec![
            Op::StartTextSection,
            Op::SetFont {
                font: PdfFontHandle::External(font_id),
                size: Pt(12.0),
            },
            Op::SetTextCursor {
                pos: printpdf::Point::new(Mm(20.0), Mm(270.0)),
            },
            Op::ShowText {
                items: vec![TextItem::Text(text.to_string())],
            },
            Op::EndTextSection,
        ],
    );
    let bytes = pdf
        .with_pages(vec![page])
        .save(&PdfSaveOptions::default(), &mut Vec::new());
    let dir = std::env::temp_dir().join(format!("jianbao-fonts-pdf-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("subset.pdf");
    std::fs::write(&path, &bytes).unwrap();
    let fonts_out = std::process::Command::new("pdffonts")
        .arg(&path)
        .output()
        .unwrap();
    let text_out = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    let listing = String::from_utf8_lossy(&fonts_out.stdout);
    let line = listing
        .lines()
        .find(|l| l.starts_with(&subset.subset_name()))
        .unwrap_or_else(|| panic!("no font named {} in:\n{listing}", subset.subset_name()));
    assert!(line.contains("CID TrueType"), "{line}");
    assert!(
        line.contains("yes yes yes"),
        "emb/sub/uni not all yes: {line}"
    );
    assert!(bytes.len() < 100_000, "PDF of {} bytes", bytes.len());
    assert_eq!(String::from_utf8_lossy(&text_out.stdout).trim(), text);
}

/// Reports a check skipped for a missing tool; in CI (`JIANBAO_REQUIRE_TOOLS` set by .ci/run) a
/// missing tool is a failure, so a green run means every check really ran.
fn skip_or_fail(note: &str) {
    assert!(
        std::env::var_os("JIANBAO_REQUIRE_TOOLS").is_none(),
        "required tool missing: {note}"
    );
    eprintln!("{note}");
}
