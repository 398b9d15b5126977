//! The points pass: the qualitative points of each relevant article (做法, 成效, 特色/首创,
//! 里程碑, 品牌, 问题, 下一步), each an exact sentence or clause with its place, theme and date.
//!
//! It runs over what [`crate::rules::analyse`] produced: the normalised text, the articles and a
//! [`SentenceFrame`] per body sentence, so a point is placed and dated exactly as a figure in the
//! same sentence would be. The cue words are data (`data/points.toml`); each list says why its
//! words mark what they mark. Matching uses one Aho–Corasick automaton for all lists
//! ([`crate::cue_lists`]), so the pass is linear in the text.

use crate::cue_lists::{CueList, CueLists, CueListsBuilder};
use crate::ingest::Normalized;
use crate::rules::{ArticleAnalysis, PlaceRef, SentenceFrame};
use jianbao_facts::{Fact, Level, Point, PointKind, Theme};
use reading::{read_unit, Headline, SentenceLookups, UnitReading};
use rustc_hash::FxHashMap;
use sentences::{
    cut_byline, cut_dateline, is_cut_off, is_heading, is_question, is_voice, trim_clause_end,
    trim_range, units,
};
use serde::Deserialize;
use std::cell::OnceCell;
use std::ops::Range;
use std::sync::OnceLock;

mod figures;
mod reading;
mod sentences;

#[cfg(test)]
const VOCABULARY: &str = include_str!("../../../data/points.toml");

// `POINT_LISTS`: data/points.toml as a `Vocabulary` of static lists, written when the crate was
// built (build.rs, build/flat_lists.rs), so that no start parses its TOML; the tests check it
// equals the parse.
include!(concat!(env!("OUT_DIR"), "/point_lists.rs"));

/// data/points.toml: its lists are `L` (`Vec<String>` as the tests parse it, static slices as
/// build.rs writes it), its kinds `K`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Vocabulary<L, K> {
    priority: K,
    min_chars: usize,
    max_chars: usize,
    continuations: L,
    measure: MeasureCues<L>,
    result: Cues<L>,
    first: Cues<L>,
    milestone: Cues<L>,
    brand: BrandCues<L>,
    problem: ProblemCues<L>,
    plan: Cues<L>,
    generic: Phrases<L>,
    furniture: Phrases<L>,
    national: NationalSubjects<L>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NationalSubjects<L> {
    subjects: L,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Cues<L> {
    strong: L,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MeasureCues<L> {
    strong: L,
    weak: L,
    /// Nouns holding a cue (社会组织, 指导员): blocked in every list.
    blockers: L,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProblemCues<L> {
    strong: L,
    remedies: L,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct BrandCues<L> {
    after: L,
    before: L,
    min_name_chars: usize,
    max_name_chars: usize,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Phrases<L> {
    phrases: L,
}

/// The compiled vocabulary.
struct Compiled {
    priority: Vec<PointKind>,
    min_chars: usize,
    max_chars: usize,
    /// Every list below, compiled together.
    cues: CueLists,
    continuations: CueList,
    measure_strong: CueList,
    measure_weak: CueList,
    result: CueList,
    first: CueList,
    milestone: CueList,
    brand_after: CueList,
    brand_before: CueList,
    min_name_chars: usize,
    max_name_chars: usize,
    problem: CueList,
    remedies: CueList,
    plan: CueList,
    generic: CueList,
    furniture: CueList,
    national: CueList,
}

/// Parses the embedded vocabulary, as the tests check [`POINT_LISTS`] against.
#[cfg(test)]
fn parse_vocabulary(
    text: &str,
) -> Result<Vocabulary<Vec<String>, Vec<PointKind>>, jianbao_facts::SchemaError> {
    jianbao_facts::parse_toml(text, std::path::Path::new("data/points.toml"))
}

/// Compiles the vocabulary now rather than at the first [`find`] (so that another thread can).
pub(crate) fn prepare() {
    compiled();
}

fn compiled() -> Option<&'static Compiled> {
    static COMPILED: OnceLock<Option<Compiled>> = OnceLock::new();
    COMPILED
        .get_or_init(|| {
            let v = &POINT_LISTS;
            let b = v.measure.blockers;
            let mut lists = CueListsBuilder::default();
            let continuations = lists.add(v.continuations, &[]);
            let measure_strong = lists.add(v.measure.strong, b);
            let measure_weak = lists.add(v.measure.weak, b);
            let result = lists.add(v.result.strong, b);
            let first = lists.add(v.first.strong, b);
            let milestone = lists.add(v.milestone.strong, b);
            let brand_after = lists.add(v.brand.after, b);
            let brand_before = lists.add(v.brand.before, b);
            let problem = lists.add(v.problem.strong, b);
            let remedies = lists.add(v.problem.remedies, b);
            let plan = lists.add(v.plan.strong, b);
            let generic = lists.add(v.generic.phrases, b);
            let furniture = lists.add(v.furniture.phrases, b);
            let national = lists.add(v.national.subjects, &[]);
            Some(Compiled {
                priority: v.priority.to_vec(),
                min_chars: v.min_chars,
                max_chars: v.max_chars,
                cues: lists.build()?,
                continuations,
                measure_strong,
                measure_weak,
                result,
                first,
                milestone,
                brand_after,
                brand_before,
                min_name_chars: v.brand.min_name_chars,
                max_name_chars: v.brand.max_name_chars,
                problem,
                remedies,
                plan,
                generic,
                furniture,
                national,
            })
        })
        .as_ref()
}

/// Sentences longer than this are not sentences (an unpunctuated page, a table dump): no point.
const MAX_SENTENCE_CHARS: usize = 600;

/// A candidate point before merging: what the point says, its texts held as spans and small
/// indexes into its document's [`CandidatePoints`], so that only the points merging keeps are
/// written out as strings (on a 2 MB text, half the candidates are dropped as said twice, and
/// their strings were a third of the memory at its peak).
#[derive(Debug, Clone)]
pub struct Candidate {
    /// Normalised start of its sentence, by which merging aligns it with other sources.
    pub sentence_start: usize,
    /// `[start, end)` character offsets of its text in the original.
    pub span: [usize; 2],
    /// The same as byte offsets, by which its text is read.
    bytes: Range<usize>,
    pub kind: PointKind,
    /// Further kinds, one bit per kind in [`PointKind::ALL`]'s order.
    also_kinds: u8,
    level: Level,
    theme: Theme,
    score: f64,
    /// Index of its province and place in [`CandidatePoints::places`].
    place: usize,
    /// Indexes of its dates in [`CandidatePoints::dates`].
    date: Option<usize>,
    as_of: Option<usize>,
    /// Where its cue words start in [`CandidatePoints::words`], how many there are, then how
    /// many names follow them.
    words_at: usize,
    cue_count: usize,
    name_count: usize,
}

/// The candidate points of one document with what they share: each place and date once, and
/// the text of their cue words and names.
#[derive(Debug, Default)]
pub struct CandidatePoints {
    /// In text order.
    pub candidates: Vec<Candidate>,
    places: Vec<PlaceRef>,
    dates: Vec<Box<str>>,
    /// The cue words and names, each a byte range of `word_text`.
    words: Vec<[usize; 2]>,
    /// The cue words and names of the candidates, one after another: copied out of the
    /// normalised text, so that writing the points needs no more of it.
    word_text: String,
}

impl Candidate {
    /// Its text: the original `text` of its document at its span.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.bytes.clone()]
    }
}

impl CandidatePoints {
    pub fn len(&self) -> usize {
        self.candidates.len()
    }

    pub fn is_empty(&self) -> bool {
        self.candidates.is_empty()
    }

    /// Frees the spare capacity of its vectors.
    pub fn shrink_to_fit(&mut self) {
        self.candidates.shrink_to_fit();
        self.places.shrink_to_fit();
        self.dates.shrink_to_fit();
        self.words.shrink_to_fit();
        self.word_text.shrink_to_fit();
    }

    /// Candidate `k` as a point (id empty, nothing attached): `file` is its document's name,
    /// `text` its original text.
    pub(crate) fn point(&self, k: usize, file: &str, text: &str) -> Point {
        let c = &self.candidates[k];
        let place = &self.places[c.place];
        let date = |d: Option<usize>| d.map(|d| self.dates[d].to_string());
        let word = |r: &[usize; 2]| -> String { self.word_text[r[0]..r[1]].to_owned() };
        let words = &self.words[c.words_at..c.words_at + c.cue_count + c.name_count];
        let (cues, names) = words.split_at(c.cue_count);
        Point {
            id: String::new(),
            doc: file.to_owned(),
            kind: c.kind,
            also_kinds: PointKind::ALL
                .into_iter()
                .enumerate()
                .filter(|(bit, _)| c.also_kinds & (1 << bit) != 0)
                .map(|(_, k)| k)
                .collect(),
            text: c.text(text).to_owned(),
            span: c.span,
            province: place.province.clone(),
            place: place.place.clone(),
            level: c.level,
            theme: c.theme,
            date: date(c.date),
            as_of: date(c.as_of),
            score: c.score,
            cues: cues.iter().map(word).collect(),
            names: names.iter().map(word).collect(),
            fact_ids: Vec::new(),
            also_cited: Vec::new(),
            conflict_ids: Vec::new(),
        }
    }
}

/// Builds a document's [`CandidatePoints`], storing each place and date once.
#[derive(Default)]
struct CandidateStore {
    points: CandidatePoints,
    place_ids: FxHashMap<PlaceRef, usize>,
    date_ids: FxHashMap<Box<str>, usize>,
}

impl CandidateStore {
    fn place(&mut self, place: PlaceRef) -> usize {
        let places = &mut self.points.places;
        *self.place_ids.entry(place).or_insert_with_key(|p| {
            places.push(p.clone());
            places.len() - 1
        })
    }

    fn date(&mut self, date: Option<String>) -> Option<usize> {
        let date = date?;
        if let Some(&id) = self.date_ids.get(date.as_str()) {
            return Some(id);
        }
        let date: Box<str> = date.into();
        self.points.dates.push(date.clone());
        let id = self.points.dates.len() - 1;
        self.date_ids.insert(date, id);
        Some(id)
    }

    /// Adds what `unit` says; `at` is where the unit starts in the normalised text `chars`.
    fn add(
        &mut self,
        sentence_start: usize,
        (span, bytes): ([usize; 2], Range<usize>),
        (at, chars): (usize, &[char]),
        unit: UnitReading,
    ) {
        let level = unit.place.level;
        let place = self.place(unit.place);
        let date = self.date(unit.date);
        let as_of = self.date(unit.as_of);
        let words_at = self.points.words.len();
        let CandidatePoints {
            words, word_text, ..
        } = &mut self.points;
        words.extend(unit.cues.iter().chain(&unit.names).map(|r| {
            let start = word_text.len();
            word_text.extend(&chars[at + r.start..at + r.end]);
            [start, word_text.len()]
        }));
        let also_kinds = PointKind::ALL
            .into_iter()
            .enumerate()
            .filter(|(_, k)| unit.also_kinds.contains(k))
            .fold(0u8, |bits, (bit, _)| bits | 1 << bit);
        self.points.candidates.push(Candidate {
            sentence_start,
            span,
            bytes,
            kind: unit.kind,
            also_kinds,
            level,
            theme: unit.theme,
            score: unit.score,
            place,
            date,
            as_of,
            words_at,
            cue_count: unit.cues.len(),
            name_count: unit.names.len(),
        });
    }
}

/// Finds the points of one document, in text order, from the frames of its sentences, an
/// article at a time: the frames of an article are read as soon as the fact rules have made
/// them, so a page's frames are never all held at once (2.3 MB on a 2 MB text).
pub(crate) struct Finder<'t> {
    vocabulary: Option<&'static Compiled>,
    cursor: CharCursor<'t>,
    out: CandidateStore,
}

impl<'t> Finder<'t> {
    /// A finder for the document whose original text is `text`.
    pub(crate) fn new(text: &'t str) -> Finder<'t> {
        Finder {
            vocabulary: compiled(),
            cursor: CharCursor::new(text),
            out: CandidateStore::default(),
        }
    }

    /// Reads the sentence `frames` (in text order; each is freed once read) of articles
    /// already in `articles`, of the document normalised as `normalized`; `facts` are the
    /// figures the fact rules found in those sentences (a point stating figures takes their
    /// theme).
    pub(crate) fn read(
        &mut self,
        normalized: &Normalized,
        articles: &[ArticleAnalysis],
        frames: impl Iterator<Item = SentenceFrame>,
        facts: &[(Fact, Range<usize>)],
    ) {
        let Some(vocabulary) = self.vocabulary else {
            return;
        };
        let chars = &normalized.chars;
        // the theme family of the current article's headline, found once for all its units
        let mut headline_family: (usize, OnceCell<Option<Theme>>) = (usize::MAX, OnceCell::new());
        for frame in frames {
            let frame = &frame;
            let Some(article) = articles.get(frame.article) else {
                continue;
            };
            let sentence = trim_range(chars, frame.range.clone());
            if sentence.len() > MAX_SENTENCE_CHARS || is_heading(chars, &frame.paragraph) {
                continue;
            }
            let sentence = cut_dateline(chars, cut_byline(chars, sentence));
            let s = &chars[sentence.clone()];
            if s.len() < vocabulary.min_chars || is_question(s) || is_voice(s) {
                continue;
            }
            let headline = &chars[article.head.clone()];
            if headline_family.0 != frame.article {
                headline_family = (frame.article, OnceCell::new());
            }
            let headline = Headline {
                chars: headline,
                family: &headline_family.1,
            };
            let cut_off = is_cut_off(chars, &sentence);
            // the sentence's theme words and its paragraph's theme family, found once for all
            // its units
            let lookups = SentenceLookups::default();
            for unit in units(vocabulary, s) {
                if cut_off && unit.end == s.len() {
                    continue;
                }
                let unit = trim_clause_end(s, trim_range(s, unit));
                if unit.len() < vocabulary.min_chars {
                    continue;
                }
                let Some(mut point) = read_unit(
                    vocabulary, chars, frame, &sentence, unit, &headline, &lookups,
                ) else {
                    continue;
                };
                let at = sentence.start + point.unit.start;
                let span = normalized.original_span(at..sentence.start + point.unit.end);
                if let Some(theme) = figures::theme_of_figures(facts, span) {
                    point.theme = theme;
                }
                let bytes = self.cursor.bytes(span);
                self.out
                    .add(frame.range.start, (span, bytes), (at, chars), point);
            }
        }
    }

    /// The candidate points found, without spare capacity.
    pub(crate) fn finish(self) -> CandidatePoints {
        let mut points = self.out.points;
        points.shrink_to_fit();
        points
    }
}

/// Slices the original text by character spans that mostly come in increasing order, without
/// counting characters from the start each time (which would be quadratic on a long document).
struct CharCursor<'a> {
    text: &'a str,
    char_at: usize,
    byte_at: usize,
}

impl<'a> CharCursor<'a> {
    fn new(text: &'a str) -> CharCursor<'a> {
        CharCursor {
            text,
            char_at: 0,
            byte_at: 0,
        }
    }

    fn seek(&mut self, char_index: usize) -> usize {
        if char_index < self.char_at {
            self.char_at = 0;
            self.byte_at = 0;
        }
        let rest = &self.text[self.byte_at..];
        let skip = char_index - self.char_at;
        let bytes: usize = rest.chars().take(skip).map(char::len_utf8).sum();
        self.byte_at += bytes;
        self.char_at += skip;
        self.byte_at
    }

    /// The byte range of characters `span`.
    fn bytes(&mut self, span: [usize; 2]) -> Range<usize> {
        let start = self.seek(span[0]);
        let len: usize = self.text[start..]
            .chars()
            .take(span[1].saturating_sub(span[0]))
            .map(char::len_utf8)
            .sum();
        start..start + len
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    /// The static build.rs wrote is the file as the run-time parse reads it: every list, every
    /// word in order. (`Debug` prints a `Vec` and a slice, a `String` and a `&str` alike.)
    #[test]
    fn point_lists_static_equals_the_parse() {
        let parsed = parse_vocabulary(VOCABULARY).expect("data/points.toml must parse");
        assert_eq!(format!("{:#?}", &POINT_LISTS), format!("{parsed:#?}"));
    }

    #[test]
    fn embedded_vocabulary_parses() {
        assert!(compiled().is_some());
        let v = parse_vocabulary(VOCABULARY).expect("data/points.toml must parse");
        assert_eq!(v.priority.len(), PointKind::ALL.len());
        for k in PointKind::ALL {
            assert!(v.priority.contains(&k), "{k} missing from priority");
        }
        assert!(v.min_chars < v.max_chars);
        assert!(!v.measure.strong.is_empty() && !v.plan.strong.is_empty());
    }

    /// The shared automaton finds what one automaton per list found, on the vocabulary's own
    /// lists over every line of the seed articles.
    #[test]
    fn shared_automaton_matches_one_automaton_per_list() {
        let v = parse_vocabulary(VOCABULARY).expect("data/points.toml must parse");
        let b = &v.measure.blockers;
        let lists: Vec<(Vec<String>, Vec<String>)> = [
            (&v.continuations, &Vec::new()),
            (&v.measure.strong, b),
            (&v.measure.weak, b),
            (&v.result.strong, b),
            (&v.first.strong, b),
            (&v.milestone.strong, b),
            (&v.brand.after, b),
            (&v.brand.before, b),
            (&v.problem.strong, b),
            (&v.problem.remedies, b),
            (&v.plan.strong, b),
            (&v.generic.phrases, b),
            (&v.furniture.phrases, b),
            (&v.national.subjects, &Vec::new()),
        ]
        .into_iter()
        .map(|(w, b)| (w.clone(), b.clone()))
        .collect();
        let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
        let mut texts = Vec::new();
        for entry in std::fs::read_dir(&seeds).expect("seeds/ is readable") {
            let path = entry.expect("a seed entry").path();
            if let Ok(text) = std::fs::read_to_string(&path) {
                texts.extend(text.lines().map(str::to_owned));
            }
        }
        assert!(texts.len() > 50, "seed lines read from {}", seeds.display());
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        crate::cue_lists::tests::assert_same_hits(&lists, &texts);
    }

    #[test]
    fn vocabulary_uses_the_cue_automaton_built_with_the_crate() {
        let compiled = compiled().expect("the vocabulary compiles");
        assert!(
            compiled.cues.is_built_in(),
            "build/cue_words.rs must list exactly the cue words the points pass adds"
        );
    }
}
