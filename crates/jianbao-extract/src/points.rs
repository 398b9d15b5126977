//! The points pass: the qualitative points of each relevant article (做法, 成效, 特色/首创,
//! 里程碑, 品牌, 问题, 下一步), each an exact sentence or clause with its place, theme and date.
//!
//! It runs over what [`crate::rules::analyse`] produced: the normalised text, the articles and a
//! [`SentenceFrame`] per body sentence, so a point is placed and dated exactly as a figure in the
//! same sentence would be. The cue words are data (`data/points.toml`); each list says why its
//! words mark what they mark. Matching uses one Aho–Corasick automaton for all lists
//! ([`crate::cue_lists`]), so the pass is linear in the text.

use crate::catalog::{first_family, states_place_economy, theme_for, SentenceThemes};
use crate::cue_lists::{CueList, CueLists, CueListsBuilder, Hit, Scan};
use crate::ingest::Normalized;
use crate::numbers::count_quantities;
use crate::rules::{ArticleAnalysis, PlaceRef, SentenceFrame};
use jianbao_facts::{Level, Point, PointKind, Theme};
use rustc_hash::FxHashMap;
use serde::Deserialize;
use std::cell::OnceCell;
use std::ops::Range;
use std::sync::OnceLock;

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
    /// already in `articles`, of the document normalised as `normalized`.
    pub(crate) fn read(
        &mut self,
        normalized: &Normalized,
        articles: &[ArticleAnalysis],
        frames: impl Iterator<Item = SentenceFrame>,
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
                let Some(point) = read_unit(
                    vocabulary, chars, frame, &sentence, unit, &headline, &lookups,
                ) else {
                    continue;
                };
                let at = sentence.start + point.unit.start;
                let span = normalized.original_span(at..sentence.start + point.unit.end);
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

fn trim_range(chars: &[char], mut r: Range<usize>) -> Range<usize> {
    while r.start < r.end && chars[r.start].is_whitespace() {
        r.start += 1;
    }
    while r.end > r.start && chars[r.end - 1].is_whitespace() {
        r.end -= 1;
    }
    r
}

/// Whether `sentence` is the last text of the document and lacks its end: a page or excerpt cut
/// at a fixed length (……组成的专业化队伍,提). Its last clause is no point; earlier whole
/// clauses of it still are.
fn is_cut_off(chars: &[char], sentence: &Range<usize>) -> bool {
    let last_text = chars[sentence.end..].iter().all(|c| c.is_whitespace());
    last_text
        && sentence.end > sentence.start
        && !matches!(
            chars[sentence.end - 1],
            '。' | '.' | '!' | '?' | '！' | '？' | ';' | '；' | '”' | '"' | '」' | '）' | ')' | '…'
        )
}

/// A clause cut from a longer sentence ends at the `,` or `;` that joined it to the next one:
/// the point ends before it, so it does not read as broken off.
fn trim_clause_end(chars: &[char], mut r: Range<usize>) -> Range<usize> {
    while r.end > r.start && matches!(chars[r.end - 1], ',' | ';' | ':') {
        r.end -= 1;
    }
    r
}

/// A paragraph that is a subheading: short, without a sentence end (聚沙成塔 助力流动党员“筑巢扎根”),
/// or a lead-in ending in a dash (体制机制建设不断加强——).
fn is_heading(chars: &[char], paragraph: &Range<usize>) -> bool {
    let p = trim_range(chars, paragraph.clone());
    let text = &chars[p];
    // only a short paragraph is scanned: a long one is no heading (and scanning it for each of
    // its sentences would be quadratic)
    (text.len() <= 40 && !text.iter().any(|&c| crate::ingest::is_sentence_end(c)))
        || text.ends_with(&['—', '—'])
}

/// At most this many characters of a paragraph on either side of a sentence decide its theme
/// (an unpunctuated page is one huge paragraph: reading all of it per sentence is quadratic).
const THEME_CONTEXT_CHARS: usize = 1_000;

/// Cuts a closing byline in parentheses off a sentence: ……基层才能更具生机和活力。(潮新闻 记者 陆乐).
fn cut_byline(chars: &[char], r: Range<usize>) -> Range<usize> {
    let s = &chars[r.clone()];
    if s.last() != Some(&')') {
        return r;
    }
    let Some(open) = s.iter().rposition(|&c| c == '(') else {
        return r;
    };
    let inner = &s[open + 1..s.len() - 1];
    let inner_text: String = inner.iter().collect();
    let is_name = (2..=4).contains(&inner.len()) && inner.iter().all(|c| is_cjk(*c));
    let before_ends = open > 0 && crate::ingest::is_sentence_end(s[open - 1]);
    if inner.len() <= 24
        && (inner_text.contains("记者") || inner_text.contains("通讯员") || is_name)
        && (before_ends || inner_text.contains("记者"))
    {
        r.start..r.start + open
    } else {
        r
    }
}

/// Cuts an opening dateline off a sentence: 本报讯(记者 施安南 通讯员 姜亚彬)在城市街区中…
fn cut_dateline(chars: &[char], r: Range<usize>) -> Range<usize> {
    let s = &chars[r.clone()];
    if !s.starts_with(&['本', '报', '讯']) {
        return r;
    }
    let mut at = 3;
    if s.get(at) == Some(&'(') {
        if let Some(close) = s[at..].iter().position(|&c| c == ')').filter(|&p| p <= 30) {
            at += close + 1;
        }
    }
    r.start + at..r.end
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

fn is_question(s: &[char]) -> bool {
    s.iter().any(|&c| c == '?' || c == '？')
}

/// In an address written out (太原市迎泽区柳巷街道), each part starts within this many characters
/// of the part it lies in.
const ADDRESS_STEP: usize = 5;

/// A point must say at least this much (two concrete verbs, or a figure and a verb …).
const MIN_CONTENT: f64 = 2.0;

/// A unit that is (the end of) a quotation: “……” or ……” (closing a quote opened earlier).
fn is_speech(u: &[char]) -> bool {
    let opens = u.iter().filter(|&&c| c == '“').count();
    let closes = u.iter().filter(|&&c| c == '”').count();
    let last = u
        .iter()
        .rev()
        .find(|c| !matches!(c, '。' | '!' | '?' | ',' | ';'));
    (u.first() == Some(&'“') && last == Some(&'”')) || closes > opens
}

/// Reported voices (“我们站点上的快递员……”……): colour, not a point.
fn is_voice(s: &[char]) -> bool {
    s.first() == Some(&'“') && s.windows(2).any(|w| w == ['…', '…'])
}

fn is_clause_break(c: char) -> bool {
    matches!(c, ',' | ';' | ':' | '。' | '!' | '?')
}

/// A clause shorter than this is a lead-in (a date, a topic) and stays with the next one.
const MIN_CLAUSE_CHARS: usize = 13;

/// The units a sentence gives points in: the sentence itself when short enough, else runs of
/// clauses of at most `max_chars` (a single longer clause stands alone).
fn units(v: &Compiled, s: &[char]) -> Vec<Range<usize>> {
    if s.len() <= v.max_chars {
        return std::iter::once(0..s.len()).collect();
    }
    let mut clauses = Vec::new();
    let mut start = 0;
    for (i, &c) in s.iter().enumerate() {
        if is_clause_break(c) {
            clauses.push(start..i + 1);
            start = i + 1;
        }
    }
    if start < s.len() {
        clauses.push(start..s.len());
    }
    // A plan announced at the head of a sentence (下一步,……将……; 新的一年,……将……) governs every
    // clause after it: cut, the plan loses its object. Such a sentence stays whole up to twice
    // the limit.
    if s.len() <= 2 * v.max_chars {
        let text = crate::ingest::string_of(s);
        let head_end = clauses.get(1).or(clauses.first()).map_or(0, |c| c.end);
        if v.cues
            .scan(&text, s)
            .hits(v.plan)
            .iter()
            .any(|h| h.start < head_end)
        {
            return std::iter::once(0..s.len()).collect();
        }
    }
    // Runs of clauses of up to `max_chars`, closed at a clause that may stand alone: not a
    // continuation (较上年……, 其中……) and not after a short lead-in (截至2024年12月底,); closed
    // at ; always; a run with no such break grows until one comes (or to twice the limit).
    let opens_continuation = |clause: &Range<usize>| {
        let cs = &s[clause.clone()];
        let text = crate::ingest::string_of(cs);
        v.cues
            .scan(&text, cs)
            .hits(v.continuations)
            .first()
            .is_some_and(|h| h.start == 0)
    };
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut run: Option<(Range<usize>, usize)> = None; // (run, length of its last clause)
    for clause in clauses {
        run = match run {
            Some((r, last)) => {
                let too_long = clause.end - r.start > v.max_chars;
                let may_break = last >= MIN_CLAUSE_CHARS && !opens_continuation(&clause);
                if s[r.end - 1] == ';'
                    || (too_long && may_break)
                    || clause.end - r.start > 2 * v.max_chars
                {
                    out.push(r);
                    Some((clause.clone(), clause.len()))
                } else {
                    Some((r.start..clause.end, clause.len()))
                }
            }
            None => Some((clause.clone(), clause.len())),
        };
    }
    if let Some((r, _)) = run {
        out.push(r);
    }
    out
}

/// What a unit says, before it becomes a [`Point`].
struct UnitReading {
    unit: Range<usize>,
    kind: PointKind,
    also_kinds: Vec<PointKind>,
    place: PlaceRef,
    theme: Theme,
    date: Option<String>,
    as_of: Option<String>,
    score: f64,
    /// Ranges in the unit.
    cues: Vec<Range<usize>>,
    names: Vec<Range<usize>>,
}

/// Quoted names in `u` that are programme names: marked by a word after (…品牌, …驿站) or a verb
/// right before (打造“…”). Returns (range of the name without quotes).
fn programme_names(v: &Compiled, u: &[char], scan: &Scan) -> Vec<Range<usize>> {
    let after_hits = scan.hits(v.brand_after);
    let before_hits = scan.hits(v.brand_before);
    let mut names = Vec::new();
    let mut i = 0;
    while let Some(open) = u[i..].iter().position(|&c| c == '“').map(|p| p + i) {
        let Some(close) = u[open + 1..]
            .iter()
            .position(|&c| c == '”')
            .map(|p| p + open + 1)
        else {
            break;
        };
        let name = open + 1..close;
        i = close + 1;
        if name.len() < v.min_name_chars || name.len() > v.max_name_chars {
            continue;
        }
        let inner_marked = after_hits
            .iter()
            .any(|h| h.end == name.end && h.start > name.start);
        let marked_after = after_hits.iter().any(|h| h.start == close + 1);
        // 打造“…”, 推出“…”, and lists of names after one verb: 创建“红色加油站”“周末加油站”
        let marked_before = before_hits
            .iter()
            .any(|h| h.end <= open && open - h.end <= 4)
            || names
                .last()
                .is_some_and(|r: &Range<usize>| r.end + 1 == open || r.end + 2 == open);
        if inner_marked || marked_after || marked_before {
            names.push(name);
        }
    }
    names
}

/// Whether a unit tells the national background: it opens (after a date) with a central body
/// (党中央, 国务院, 党的二十大 …).
fn is_national(v: &Compiled, u: &[char]) -> bool {
    let start = u
        .iter()
        .position(|&c| !(c.is_ascii_digit() || "年月日至到前后底初旬以来,、 ".contains(c)))
        .unwrap_or(u.len());
    let rest_chars = &u[start..];
    let rest = crate::ingest::string_of(rest_chars);
    let opens_national = v
        .cues
        .scan(&rest, rest_chars)
        .hits(v.national)
        .first()
        .is_some_and(|h| h.start == 0 || rest.starts_with("这是")); // 这是中央首次……
    opens_national
}

/// Whether a date expression is a real date (has a year, month or day written out), not a
/// relative span such as 近年来 or 目前.
fn is_explicit_date(s: &[char], d: &crate::dates::DateMention) -> bool {
    s[d.start..d.end.min(s.len())]
        .iter()
        .any(|&c| c.is_ascii_digit() || c == '月')
}

/// What the units of one sentence look up alike, found when the first of them asks.
#[derive(Default)]
struct SentenceLookups {
    /// The sentence's theme words.
    themes: OnceCell<SentenceThemes>,
    /// The theme family ([`first_family`]) of the sentence's paragraph around it.
    paragraph_family: OnceCell<Option<Theme>>,
}

/// An article's headline as the units of its sentences read it.
struct Headline<'a> {
    chars: &'a [char],
    /// Its theme family ([`first_family`]), found when the first unit asks.
    family: &'a OnceCell<Option<Theme>>,
}

fn read_unit(
    v: &Compiled,
    chars: &[char],
    frame: &SentenceFrame,
    sentence: &Range<usize>,
    unit: Range<usize>,
    headline: &Headline,
    sentence_lookups: &SentenceLookups,
) -> Option<UnitReading> {
    let s = &chars[sentence.clone()];
    let u = &s[unit.clone()];
    let text = crate::ingest::string_of(u);
    let scan = v.cues.scan(&text, u);
    if !scan.hits(v.furniture).is_empty() {
        return None;
    }
    // frame offsets are within the frame's sentence; `sentence` may start later (trimmed)
    let shift = sentence.start - frame.range.start;
    let dates: Vec<&crate::dates::DateMention> = frame
        .dates
        .iter()
        .filter(|d| d.start >= shift + unit.start && d.end <= shift + unit.end)
        .collect();
    let frame_s = &chars[frame.range.clone()];
    let explicit: Vec<&&crate::dates::DateMention> = dates
        .iter()
        .filter(|d| is_explicit_date(frame_s, d) && d.as_of.is_some())
        .collect();
    let explicit_date = explicit.first().and_then(|d| d.as_of.clone());

    let measure_strong = scan.hits(v.measure_strong);
    let measure_weak = scan.hits(v.measure_weak);
    let result = scan.hits(v.result);
    let first = scan.hits(v.first);
    let clause_start = |at: usize| {
        u[..at]
            .iter()
            .rposition(|&c| is_clause_break(c))
            .map_or(0, |p| p + 1)
    };
    // an event is dated by a date in its clause or in the clause right before it
    let milestone: Vec<Hit> = scan
        .hits(v.milestone)
        .into_iter()
        .filter(|h| {
            let own = clause_start(h.start);
            let from = if own == 0 { 0 } else { clause_start(own - 1) };
            explicit.iter().any(|d| {
                let at = d.start - shift - unit.start;
                at >= from && at < h.start
            })
        })
        .collect();
    let plan = scan.hits(v.plan);
    let remedies = scan.hits(v.remedies);
    // a problem word after a remedy verb in its clause is the object of a measure
    let problem: Vec<Hit> = scan
        .hits(v.problem)
        .into_iter()
        .filter(|h| {
            let from = clause_start(h.start);
            !remedies.iter().any(|r| r.start >= from && r.end <= h.start)
        })
        .collect();
    let generic = scan.hits(v.generic);
    let names = programme_names(v, u, &scan);
    let documents = u.iter().filter(|&&c| c == '《').count();

    // the verb that launches a named programme (打造“…”) counts for the programme, not as a
    // measure of its own; a name the text calls a 品牌 is a brand outright
    let launching = measure_strong
        .iter()
        .filter(|h| {
            names
                .iter()
                .any(|n| h.end < n.start && n.start - h.end <= 4)
        })
        .count();
    let called_brand = names.iter().any(|n| {
        u[n.end..]
            .iter()
            .take(6)
            .collect::<String>()
            .contains("品牌")
    });
    let weight = |kind: PointKind| -> f64 {
        match kind {
            // issuing a 《document》 is a measure in itself
            PointKind::Measure => {
                2.0 * (measure_strong.len() - launching + documents.min(2)) as f64
                    + measure_weak.len() as f64
            }
            PointKind::Result => 2.0 * result.len() as f64,
            PointKind::First => 3.0 * first.len() as f64,
            PointKind::Milestone => 3.0 * milestone.len() as f64,
            PointKind::Brand if names.is_empty() => 0.0,
            PointKind::Brand => {
                3.0 * names.len().min(2) as f64
                    + 2.0 * launching as f64
                    + if called_brand { 2.0 } else { 0.0 }
            }
            PointKind::Problem => 2.0 * problem.len() as f64,
            PointKind::Plan => 3.0 * plan.len() as f64,
        }
    };
    // Kinds whose cues decide on their own: a plan is future whatever it names, an admitted
    // problem is a problem, a first or a dated event is what singles the sentence out.
    let decisive = [
        PointKind::Plan,
        PointKind::Problem,
        PointKind::First,
        PointKind::Milestone,
    ];
    let kind = v
        .priority
        .iter()
        .copied()
        .find(|k| decisive.contains(k) && weight(*k) > 0.0)
        .or_else(|| {
            // the others by weight, ties in priority order
            let mut best: Option<(PointKind, f64)> = None;
            for &k in &v.priority {
                let w = weight(k);
                if w > 0.0 && best.is_none_or(|(_, b)| w > b) {
                    best = Some((k, w));
                }
            }
            best.map(|(k, _)| k)
        })?;
    // a measure made only of intensity verbs (加强, 深化) says little; a point needs more
    let only_weak = kind == PointKind::Measure && measure_strong.is_empty();
    let also_kinds: Vec<PointKind> = PointKind::ALL
        .into_iter()
        .filter(|&k| k != kind && weight(k) >= 2.0)
        .collect();

    // How much it says.
    let figures = count_quantities(u, 3);
    let named_local = frame.places.iter().any(|(at, p)| {
        *at >= shift + unit.start && *at < shift + unit.end && p.level != Level::Province
    });
    let concrete = measure_strong.len() + result.len() + first.len() + milestone.len();
    // what the text says: figures, names, documents, dates, named places, concrete verbs; a
    // plan or an admitted problem says something by its own words
    let content = 1.5 * figures.min(3) as f64
        + 2.0 * names.len().min(2) as f64
        + 2.0 * documents.min(2) as f64
        + if explicit_date.is_some() { 1.0 } else { 0.0 }
        + if named_local { 1.0 } else { 0.0 }
        + concrete.min(4) as f64
        + if first.is_empty() { 0.0 } else { 1.0 }
        + match kind {
            PointKind::Plan => plan.len().min(2) as f64,
            PointKind::Problem => problem.len().min(2) as f64,
            _ => 0.0,
        };
    let mut score = content - generic.len().min(3) as f64;
    if only_weak {
        score -= 1.0;
    }
    if u.len() < 20 {
        score -= 1.0;
    }
    // reported speech is colour around the facts, cited less readily than the text's own words
    if is_speech(u) {
        score -= 1.5;
    }
    // a plan is kept however formulaic: the 下一步 of a report is what it says it will do
    if content < MIN_CONTENT || (score <= 0.5 && kind != PointKind::Plan) {
        return None;
    }

    // Where: the first place named before the first cue (Chinese puts the doer first:
    // 巢湖市将……, 在宁波,……), else the place in force.
    let cue_at = [
        &measure_strong,
        &measure_weak,
        &result,
        &first,
        &milestone,
        &plan,
        &problem,
    ]
    .iter()
    .filter_map(|hits| hits.first().map(|h| h.start))
    .min()
    .unwrap_or(0);
    let in_unit: Vec<&(usize, PlaceRef)> = frame
        .places
        .iter()
        .filter(|(at, p)| {
            *at >= shift + unit.start && *at < shift + unit.end && p.province != "全国"
            // 全国 in a doer's clause is a qualifier (全国社会工作者……考试)
        })
        .collect();
    // places before the first cue name the doer; a place after the verb is mostly its object
    // (成立了杭州富阳彩虹社区服务有限公司, 到太原调研), so without a doer the place in force
    // holds, and only without that the first place named
    let before_cue: Vec<&(usize, PlaceRef)> = in_unit
        .iter()
        .copied()
        .filter(|(at, _)| *at < shift + unit.start + cue_at.max(1))
        .collect();
    // the first, made as specific as an address written out goes (太原市迎泽区柳巷街道: each
    // part right after the one it lies in)
    let place = before_cue
        .first()
        .map(|(at, first)| {
            let mut chosen = (*at, first);
            for (next_at, next) in &before_cue[1..] {
                if *next_at <= chosen.0 + ADDRESS_STEP && next.place.starts_with(&chosen.1.place) {
                    chosen = (*next_at, next);
                }
            }
            chosen.1.clone()
        })
        .or_else(|| frame.carried_place.as_deref().cloned())
        .or_else(|| in_unit.first().map(|(_, p)| p.clone()))
        .unwrap_or(PlaceRef {
            province: String::new(),
            place: String::new(),
            level: Level::Province,
        });
    let place = if is_national(v, u) {
        PlaceRef {
            province: "全国".to_owned(),
            place: "全国".to_owned(),
            level: Level::Province,
        }
    } else {
        place
    };
    let paragraph = &chars[frame
        .paragraph
        .start
        .max(frame.range.start.saturating_sub(THEME_CONTEXT_CHARS))
        ..frame
            .paragraph
            .end
            .min(frame.range.end + THEME_CONTEXT_CHARS)];
    let theme = theme_for(
        u,
        cue_at..cue_at + 1,
        &[],
        sentence_lookups
            .themes
            .get_or_init(|| SentenceThemes::new(s)),
        unit.start + cue_at,
        || {
            *sentence_lookups
                .paragraph_family
                .get_or_init(|| first_family(paragraph))
        },
        || *headline.family.get_or_init(|| first_family(headline.chars)),
    );
    // 园区入驻企业1200余家,规上工业企业131家: a place's economic profile is context, not the
    // remit its paragraph goes on about
    let theme = if states_place_economy(u) {
        Theme::Other
    } else {
        theme
    };
    let as_of = explicit_date
        .clone()
        .or_else(|| dates.iter().find_map(|d| d.as_of.clone()))
        .or_else(|| {
            frame
                .dates
                .iter()
                .rev()
                .filter(|d| d.end <= shift + unit.start)
                .find_map(|d| d.as_of.clone())
        })
        .or_else(|| frame.carried_date.as_deref().map(str::to_owned));
    let mut cues: Vec<Range<usize>> = Vec::new();
    let hits_of = |k: PointKind| -> Vec<Hit> {
        match k {
            PointKind::Measure => measure_strong.clone(),
            PointKind::Result => result.clone(),
            PointKind::First => first.clone(),
            PointKind::Milestone => milestone.clone(),
            PointKind::Problem => problem.clone(),
            PointKind::Plan => plan.clone(),
            PointKind::Brand => Vec::new(),
        }
    };
    for k in std::iter::once(kind).chain(also_kinds.iter().copied()) {
        for h in hits_of(k) {
            let cue = &u[h.start..h.end];
            if !cues.iter().any(|c| &u[c.clone()] == cue) {
                cues.push(h.start..h.end);
            }
        }
    }
    Some(UnitReading {
        unit,
        kind,
        also_kinds,
        place,
        theme,
        date: explicit_date,
        as_of,
        score: (score * 10.0).round() / 10.0,
        cues,
        names,
    })
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
