//! The four Noto SC faces jianbao renders with: loading (bundled or from a directory), layout
//! metrics, coverage with fallback, and subsetting to the characters a document uses.
//!
//! Both renderers share this crate so that the PDF and the DOCX of a briefing measure text with
//! the same metrics, switch faces at the same characters and embed the same subset fonts.
//!
//! The flow for a renderer:
//! 1. [`FontSet::missing`] over the document's text: if any character has no face, fail with
//!    the list (and where it occurs) instead of printing .notdef boxes.
//! 2. [`FontSet::runs`] per styled span: the face for each stretch of text, with fallback;
//!    [`Face::advance`] for line layout, [`Face::ascender`] etc. for line height.
//! 3. Collect the characters of each face's runs, add the digits ([`FontSet::add_digits`]) and
//!    call [`FontSet::subset_all`]; embed [`Subset::bytes`] under [`Subset::subset_name`]. The
//!    set remembers recent subsets, so the PDF and the DOCX of one document subset each face once.
//!
//! ```
//! use std::collections::{BTreeMap, BTreeSet};
//! use jianbao_fonts::{FaceId, Family, FontSet};
//!
//! let fonts = FontSet::embedded();
//! let text = "2024年增长5.8%";
//! assert!(fonts.missing(text)?.is_empty());
//! let mut usage: BTreeMap<FaceId, BTreeSet<char>> = BTreeMap::new();
//! let mut width_em = 0.0;
//! for run in fonts.runs(FaceId::new(Family::Serif, false), text)? {
//!     let face = fonts.face(run.face)?;
//!     let piece = &text[run.range];
//!     width_em += piece.chars().filter_map(|c| face.advance(c)).sum::<f32>();
//!     usage.entry(run.face).or_default().extend(piece.chars());
//! }
//! fonts.add_digits(&mut usage)?;
//! for (id, subset) in fonts.subset_all(&usage)? {
//!     println!("{id:?}: {} ({} bytes)", subset.subset_name(), subset.bytes.len());
//! }
//! # Ok::<(), jianbao_fonts::FontError>(())
//! ```

mod error;
mod face;
mod sfnt;
mod subset;

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use std::path::Path;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

pub use error::FontError;
pub use face::{Face, FontSignature};
pub use subset::Subset;

/// Type family of a face: Serif (宋体-like, body text) or Sans (黑体-like, headings).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Family {
    /// Noto Serif SC.
    Serif,
    /// Noto Sans SC.
    Sans,
}

/// One of the four faces: a family in regular or bold weight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FaceId {
    /// Serif or sans.
    pub family: Family,
    /// Bold (700) rather than regular (400).
    pub bold: bool,
}

impl FaceId {
    /// All four faces, in a fixed order (serif regular, serif bold, sans regular, sans bold).
    pub const ALL: [FaceId; 4] = [
        FaceId::new(Family::Serif, false),
        FaceId::new(Family::Serif, true),
        FaceId::new(Family::Sans, false),
        FaceId::new(Family::Sans, true),
    ];

    /// The face of `family` in the given weight.
    pub const fn new(family: Family, bold: bool) -> FaceId {
        FaceId { family, bold }
    }

    /// File name of this face, both in the bundled set and in a font directory.
    pub const fn file_name(self) -> &'static str {
        match (self.family, self.bold) {
            (Family::Serif, false) => "NotoSerifSC-Regular.ttf",
            (Family::Serif, true) => "NotoSerifSC-Bold.ttf",
            (Family::Sans, false) => "NotoSansSC-Regular.ttf",
            (Family::Sans, true) => "NotoSansSC-Bold.ttf",
        }
    }

    fn index(self) -> usize {
        match (self.family, self.bold) {
            (Family::Serif, false) => 0,
            (Family::Serif, true) => 1,
            (Family::Sans, false) => 2,
            (Family::Sans, true) => 3,
        }
    }

    /// The order in which to look for a character the face lacks: itself, the other family in
    /// the same weight, its own family in the other weight, then the remaining face.
    pub fn fallback_order(self) -> [FaceId; 4] {
        let other_family = match self.family {
            Family::Serif => Family::Sans,
            Family::Sans => Family::Serif,
        };
        [
            self,
            FaceId::new(other_family, self.bold),
            FaceId::new(self.family, !self.bold),
            FaceId::new(other_family, !self.bold),
        ]
    }
}

/// A stretch of text drawn with one face (see [`FontSet::runs`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    /// The face to draw the stretch with.
    pub face: FaceId,
    /// Byte range of the stretch in the text given to [`FontSet::runs`].
    pub range: std::ops::Range<usize>,
}

/// Characters that need no glyph of their own: control characters (newline, tab, …),
/// whitespace and zero-width format characters. Renderers lay them out as breaks or spaces;
/// they are never reported missing and are skipped by subsetting when a face lacks them.
pub fn is_layout_only(ch: char) -> bool {
    ch.is_control()
        || ch.is_whitespace()
        || matches!(ch, '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}')
}

static BUNDLED: [&[u8]; 4] = [
    include_bytes!("../../../fonts/NotoSerifSC-Regular.ttf"),
    include_bytes!("../../../fonts/NotoSerifSC-Bold.ttf"),
    include_bytes!("../../../fonts/NotoSansSC-Regular.ttf"),
    include_bytes!("../../../fonts/NotoSansSC-Bold.ttf"),
];

/// Below this many characters over all faces, [`FontSet::subset_all`] works on one thread.
const PARALLEL_MIN_CHARS: usize = 4000;

/// Where a face's bytes come from until it is parsed.
enum Source {
    /// Bundled in the binary; parsed on first use.
    Bundled(&'static [u8]),
    /// Read and parsed when the set was loaded from a directory.
    Loaded,
}

struct Slot {
    source: Source,
    face: OnceLock<Result<Face, FontError>>,
}

/// How many subsets [`FontSet::subset`] keeps: the four faces of a few documents. Each is
/// 50-300 KB for a briefing, so the memo stays a few MB in a long batch.
const MEMO_CAPACITY: usize = 32;

/// A subset being made or made, shared by every caller that asks for the same characters.
type SubsetCell = Arc<OnceLock<Result<Arc<Subset>, FontError>>>;

/// Subsets made so far, by exact face and character set; the oldest are dropped first.
#[derive(Default)]
struct SubsetMemo {
    cells: HashMap<(FaceId, BTreeSet<char>), SubsetCell>,
    order: VecDeque<(FaceId, BTreeSet<char>)>,
}

impl SubsetMemo {
    /// The cell for `key`, new and empty if this key was not asked for (or was dropped).
    fn cell(&mut self, id: FaceId, chars: &BTreeSet<char>) -> SubsetCell {
        let key = (id, chars.clone());
        if let Some(cell) = self.cells.get(&key) {
            return Arc::clone(cell);
        }
        let cell = SubsetCell::default();
        if self.order.len() >= MEMO_CAPACITY {
            if let Some(oldest) = self.order.pop_front() {
                self.cells.remove(&oldest);
            }
        }
        self.order.push_back(key.clone());
        self.cells.insert(key, Arc::clone(&cell));
        cell
    }
}

/// The four faces. Bundled faces are parsed on first use, so a document that uses two faces
/// never parses the other two. Subsets are made once per face and character set and then
/// shared (the PDF and the DOCX of a briefing, or the briefings of a batch, that use the same
/// characters). Share one set between threads freely (`Sync`).
pub struct FontSet {
    slots: [Slot; 4],
    subsets: Mutex<SubsetMemo>,
}

impl std::fmt::Debug for FontSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let parsed: Vec<FaceId> = FaceId::ALL
            .into_iter()
            .filter(|id| self.slots[id.index()].face.get().is_some())
            .collect();
        f.debug_struct("FontSet")
            .field("parsed", &parsed)
            .finish_non_exhaustive()
    }
}

impl FontSet {
    /// The four fonts bundled in the binary (no files needed at run time). Costs nothing until
    /// a face is used.
    pub fn embedded() -> FontSet {
        FontSet {
            slots: BUNDLED.map(|data| Slot {
                source: Source::Bundled(data),
                face: OnceLock::new(),
            }),
            subsets: Mutex::default(),
        }
    }

    /// Loads the four files named by [`FaceId::file_name`] from `dir` (user-supplied
    /// replacements for the bundled fonts). Reads and checks all four now, so a missing or broken
    /// file is reported before any rendering starts, naming the file.
    pub fn from_dir(dir: &Path) -> Result<FontSet, FontError> {
        let expected = FaceId::ALL
            .iter()
            .map(|id| id.file_name())
            .collect::<Vec<_>>()
            .join(", ");
        let slots = FaceId::ALL.map(|_| Slot {
            source: Source::Loaded,
            face: OnceLock::new(),
        });
        for id in FaceId::ALL {
            let path = dir.join(id.file_name());
            let data = std::fs::read(&path).map_err(|e| match e.kind() {
                std::io::ErrorKind::NotFound => FontError::MissingFile {
                    path: path.clone(),
                    expected: expected.clone(),
                },
                _ => FontError::Read {
                    path: path.clone(),
                    source: Arc::new(e),
                },
            })?;
            let face = Face::from_vec(id, path.display().to_string(), data)?;
            // Each slot is new and filled once, so `set` cannot find it occupied.
            let _ = slots[id.index()].face.set(Ok(face));
        }
        Ok(FontSet {
            slots,
            subsets: Mutex::default(),
        })
    }

    /// The parsed face `id`, parsing it on first use.
    pub fn face(&self, id: FaceId) -> Result<&Face, FontError> {
        let slot = &self.slots[id.index()];
        slot.face
            .get_or_init(|| match slot.source {
                Source::Bundled(data) => {
                    Face::from_static(id, format!("bundled font {}", id.file_name()), data)
                }
                Source::Loaded => Err(FontError::Parse {
                    font: id.file_name().to_string(),
                    problem: "the face was not loaded with the font directory".to_string(),
                }),
            })
            .as_ref()
            .map_err(Clone::clone)
    }

    /// [`FontSet::resolve`] with the character's advance in em on the face found: one cmap
    /// lookup per face tried, where `resolve` and then `Face::advance` take two (the line
    /// breaker measures every character of a document this way).
    pub fn resolve_advance(
        &self,
        preferred: FaceId,
        ch: char,
    ) -> Result<Option<(FaceId, f32)>, FontError> {
        for id in preferred.fallback_order() {
            if let Some(em) = self.face(id)?.advance(ch) {
                return Ok(Some((id, em)));
            }
        }
        Ok(None)
    }

    /// The face to draw `ch` with: `preferred` if it has the character, else the first face in
    /// [`FaceId::fallback_order`] that has it; `None` if no face has it. Parses faces as needed.
    pub fn resolve(&self, preferred: FaceId, ch: char) -> Result<Option<FaceId>, FontError> {
        for id in preferred.fallback_order() {
            if self.face(id)?.has_char(ch) {
                return Ok(Some(id));
            }
        }
        Ok(None)
    }

    /// The characters of `text` that no face has, sorted and without duplicates, leaving out
    /// layout-only characters ([`is_layout_only`]). Renderers fail with this list rather than
    /// print .notdef boxes.
    pub fn missing(&self, text: &str) -> Result<Vec<char>, FontError> {
        let mut missing = BTreeSet::new();
        let mut checked = BTreeSet::new();
        for ch in text.chars() {
            if is_layout_only(ch) || !checked.insert(ch) {
                continue;
            }
            if self.resolve(FaceId::ALL[0], ch)?.is_none() {
                missing.insert(ch);
            }
        }
        Ok(missing.into_iter().collect())
    }

    /// Splits `text` into maximal runs that each draw with one face: the face [`resolve`]
    /// picks for each character, starting from `preferred`. Layout-only characters the faces
    /// lack (newline, tab, zero-width space) and characters no face has stay in the run they
    /// occur in (the first run's face is then `preferred`); call [`missing`] first to report
    /// the latter. Empty text gives no runs.
    ///
    /// Both renderers use this so a PDF and a DOCX of the same text switch faces at the same
    /// places.
    ///
    /// [`resolve`]: FontSet::resolve
    /// [`missing`]: FontSet::missing
    pub fn runs(&self, preferred: FaceId, text: &str) -> Result<Vec<Run>, FontError> {
        let mut runs: Vec<Run> = Vec::new();
        for (at, ch) in text.char_indices() {
            let end = at + ch.len_utf8();
            let face = match self.resolve(preferred, ch)? {
                Some(face) => face,
                None => runs.last().map_or(preferred, |run| run.face),
            };
            match runs.last_mut() {
                Some(run) if run.face == face => run.range.end = end,
                _ => runs.push(Run {
                    face,
                    range: at..end,
                }),
            }
        }
        Ok(runs)
    }

    /// Adds the digits 0-9 to every face in `usage`, as far as the face has them. Both
    /// renderers call this before [`FontSet::subset_all`]: a word processor draws the page and
    /// list numbers of a DOCX itself, in any face, and the PDF asking for the same characters
    /// lets one subset per face serve both formats.
    pub fn add_digits(
        &self,
        usage: &mut BTreeMap<FaceId, BTreeSet<char>>,
    ) -> Result<(), FontError> {
        for (&id, chars) in usage.iter_mut() {
            let face = self.face(id)?;
            chars.extend(('0'..='9').filter(|&ch| face.has_char(ch)));
        }
        Ok(())
    }

    /// [`Face::subset`] of face `id`, made once per exact character set and then shared: later
    /// calls with the same characters (from any thread) get the same subset, and a call made
    /// while another thread makes it waits for that one instead of subsetting again.
    pub fn subset(&self, id: FaceId, chars: &BTreeSet<char>) -> Result<Arc<Subset>, FontError> {
        let cell = self
            .subsets
            .lock()
            // The memo is consistent after every statement, so a panic elsewhere leaves it usable.
            .unwrap_or_else(PoisonError::into_inner)
            .cell(id, chars);
        cell.get_or_init(|| self.face(id)?.subset(chars).map(Arc::new))
            .clone()
    }

    /// Subsets several faces at once (each through [`FontSet::subset`]), returning the subsets in
    /// `FaceId` order. Large jobs run on one thread per core. Faces with an empty character set
    /// still get a subset (`.notdef` only).
    pub fn subset_all(
        &self,
        usage: &BTreeMap<FaceId, BTreeSet<char>>,
    ) -> Result<Vec<(FaceId, Arc<Subset>)>, FontError> {
        // Parse first, on this thread, so errors come back in a fixed order.
        for &id in usage.keys() {
            self.face(id)?;
        }
        let jobs: Vec<(FaceId, &BTreeSet<char>)> =
            usage.iter().map(|(&id, chars)| (id, chars)).collect();
        // One worker per core, this thread being one of them, and only for large jobs: every
        // extra thread starts a fresh malloc arena whose page faults (the subsetter allocates a
        // few MB per face) cost more than ~600-character subsets take (measured: 4 faces x 600
        // characters, 16 ms on one thread vs 16-40 ms on two; x 3,000 characters, 50-70 ms vs
        // 40-60 ms).
        let total_chars: usize = usage.values().map(BTreeSet::len).sum();
        let workers = if total_chars >= PARALLEL_MIN_CHARS {
            std::thread::available_parallelism()
                .map_or(1, usize::from)
                .clamp(1, jobs.len().max(1))
        } else {
            1
        };
        type Made = Result<Arc<Subset>, FontError>;
        let run = |worker: usize| -> Vec<(usize, Made)> {
            (worker..jobs.len())
                .step_by(workers)
                .map(|i| (i, self.subset(jobs[i].0, jobs[i].1)))
                .collect()
        };
        let mut results: Vec<(usize, Made)> = std::thread::scope(|scope| {
            let helpers: Vec<_> = (1..workers).map(|w| scope.spawn(move || run(w))).collect();
            let mut results = run(0);
            for helper in helpers {
                results.extend(helper.join().map_err(|_| FontError::Subset {
                    font: "(several faces)".to_string(),
                    problem: "a subsetting thread panicked".to_string(),
                })?);
            }
            Ok::<_, FontError>(results)
        })?;
        results.sort_by_key(|(i, _)| *i);
        results
            .into_iter()
            .map(|(i, subset)| Ok((jobs[i].0, subset?)))
            .collect()
    }
}
