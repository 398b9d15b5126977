//! Matching a figure's wording to the metric catalog (data/metrics.toml) and to a theme.
//!
//! A pattern is a wording that denotes a metric. `A…B` means `A` somewhere earlier in the sentence
//! and `B` next to the figure, for figures that only make sense with their sentence
//! (报考人数 … 比去年增加 6.4万). `~A` marks a wording every remit uses (服务群众, 开展活动): it
//! denotes the metric only for a figure whose own theme is the metric's.

mod breakdowns;
mod compiled_patterns;
mod respective;
mod series;
mod subsets;
mod themes;

pub(crate) use subsets::counts_other_than_the_stock;
pub(crate) use themes::{
    counts_care, counts_complaints_to_a_channel, counts_gift_or_relief, counts_grassroots_party,
    counts_new_sector_education, counts_request_kind_to_hotline, first_family,
    incubated_organisations_act, names_grassroots_body, names_no_theme_but, names_only_means,
    names_remit, opening_family, paragraph_family, settles_requests_at_grassroots,
    states_place_economy, states_place_profile, volunteer_team_deeds,
};
pub use themes::{
    counts_party_in_organisations, counts_workers_in_a_role, names_party_in_new_sector, theme_for,
    SentenceThemes,
};

use crate::catalog_parts;
use daachorse::CharwiseDoubleArrayAhoCorasick;
use jianbao_facts::{Catalog, Metric, Theme};
pub(crate) use respective::{respective_metrics, series_in_named_order};
use std::ops::Range;

/// A metric of data/metrics.toml as the build read it (`jianbao_facts::Metric` with static
/// strings).
struct EmbeddedMetric {
    key: &'static str,
    theme: Theme,
    label: &'static str,
    unit: Option<&'static str>,
    patterns: &'static [&'static str],
    comparable: bool,
}

// `METRICS`: data/metrics.toml, parsed when the crate was built (build.rs, build/catalog.rs) by
// `Catalog::parse`, so that no start pays for its TOML; the tests check it equals the file parsed
// now. `EMBEDDED_PARTS`: the distinct parts of its patterns in the order `Patterns::new` meets
// them, and `EMBEDDED_AUTOMATON` the serialised automaton over them (value = index).
include!(concat!(env!("OUT_DIR"), "/catalog.rs"));

/// The embedded metric catalog (data/metrics.toml).
pub fn default_catalog() -> Catalog {
    let metrics = METRICS
        .iter()
        .map(|m| Metric {
            key: m.key.to_owned(),
            theme: m.theme,
            label: m.label.to_owned(),
            unit: m.unit.map(str::to_owned),
            patterns: m.patterns.iter().map(|&p| p.to_owned()).collect(),
            comparable: m.comparable,
        })
        .collect();
    Catalog { metrics }
}

/// Where a catalog pattern occurs in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PatternHit {
    pub metric: usize,
    /// For a composite pattern, the end of its earlier parts' occurrence nearest the last part
    /// (`信访总量…下降`: the end of 信访总量); `start` otherwise.
    pub lead_end: usize,
    /// Range of the pattern's last part.
    pub start: usize,
    pub end: usize,
    /// Whether the pattern has several parts (more specific than a single wording).
    pub composite: bool,
    pub length: usize,
    /// Whether the wording is one every remit uses (`~` in data/metrics.toml), so that only a
    /// figure of the metric's own theme gets the metric.
    pub generic: bool,
    /// Whether the wording names the counted thing only next to the figure (`=` in
    /// data/metrics.toml), never from later in its clause.
    pub adjacent: bool,
}

/// Where `needle` is first written in `chars` at or after `from`; `None` for an empty needle.
/// The crate's word searches over chars go through it: a slice comparison at every position
/// calls memcmp each time, which callgrind showed at 15% of the seeds' instructions.
/// The first character alone rules out most positions: it is compared with [`SCAN_LANES`]
/// characters at once (one vector comparison, no branch per character), and only a block that
/// holds it is looked at position by position; the rest of the word is then compared character
/// by character (most words are two to four characters, where memcmp's call costs more).
pub(crate) fn find_from(chars: &[char], needle: &[char], from: usize) -> Option<usize> {
    let (&first, rest) = needle.split_first()?;
    let last_start = chars.len().checked_sub(needle.len())?;
    let mut at = from;
    while at <= last_start {
        let end = (at + SCAN_LANES).min(last_start + 1);
        if end - at == SCAN_LANES
            && !chars[at..end]
                .iter()
                .fold(false, |seen, &c| seen | (c == first))
        {
            at = end;
            continue;
        }
        if let Some(i) = (at..end).find(|&i| {
            chars[i] == first
                && chars[i + 1..i + needle.len()]
                    .iter()
                    .zip(rest)
                    .all(|(a, b)| a == b)
        }) {
            return Some(i);
        }
        at = end;
    }
    None
}

/// Characters [`find_from`] compares with a word's first at once.
const SCAN_LANES: usize = 8;

/// The catalog's patterns split into their parts (`A…B` → `A`, `B`), with one Aho-Corasick
/// automaton over every distinct part: a sentence is scanned once for all of them, however long
/// the catalog grows. Made once per document instead of once per sentence.
pub(crate) struct Patterns {
    list: Vec<CompiledPattern>,
    /// The parts of every pattern one after another (`CompiledPattern::parts` is a range of
    /// it), each an index of a distinct part (the automaton's values).
    pattern_parts: Vec<usize>,
    automaton: Option<CharwiseDoubleArrayAhoCorasick<u32>>,
    part_lengths: Vec<usize>,
    /// Per part, the patterns (indices into `list`, ascending) it ends: only those can match
    /// where the part occurs, so a sentence is not checked against every pattern.
    ending_with: Vec<Vec<usize>>,
}

struct CompiledPattern {
    metric: usize,
    /// Its parts, in `Patterns::pattern_parts`.
    parts: Range<usize>,
    /// Characters of the whole pattern, `…` included.
    length: usize,
    generic: bool,
    adjacent: bool,
}

impl Patterns {
    pub(crate) fn new(catalog: &Catalog) -> Patterns {
        let mut part_texts: Vec<String> = Vec::new();
        // part → its index in `part_texts` (a scan of the list per part was quadratic)
        let mut part_index: rustc_hash::FxHashMap<&str, usize> = Default::default();
        let mut list = Vec::new();
        let mut pattern_parts = Vec::new();
        for (metric, m) in catalog.metrics.iter().enumerate() {
            for pattern in &m.patterns {
                let (generic, adjacent, pattern) = catalog_parts::strip_markers(pattern);
                let start = pattern_parts.len();
                pattern_parts.extend(catalog_parts::parts(pattern).map(|part| {
                    *part_index.entry(part).or_insert_with(|| {
                        part_texts.push(part.to_owned());
                        part_texts.len() - 1
                    })
                }));
                if pattern_parts.len() > start {
                    list.push(CompiledPattern {
                        metric,
                        parts: start..pattern_parts.len(),
                        length: pattern.chars().count(),
                        generic,
                        adjacent,
                    });
                }
            }
        }
        let part_lengths = part_texts.iter().map(|p| p.chars().count()).collect();
        let ending_with = ending_with(&list, &pattern_parts, part_texts.len());
        // the parts of data/metrics.toml were compiled when the crate was built (build.rs);
        // another catalog's are compiled now. They are short literal strings, distinct and
        // non-empty, so building cannot fail; without an automaton nothing matches.
        let automaton = (part_texts == EMBEDDED_PARTS)
            .then(embedded_automaton)
            .or_else(|| CharwiseDoubleArrayAhoCorasick::new(&part_texts).ok());
        Patterns {
            list,
            pattern_parts,
            automaton,
            part_lengths,
            ending_with,
        }
    }

    /// The parts of `pattern`, in order.
    fn parts_of(&self, pattern: &CompiledPattern) -> &[usize] {
        &self.pattern_parts[pattern.parts.clone()]
    }

    /// Every occurrence of every pattern in `chars` (one sentence), in catalog order.
    pub(crate) fn hits(&self, chars: &[char]) -> Vec<PatternHit> {
        let Some(automaton) = &self.automaton else {
            return Vec::new();
        };
        // the characters read, without the pinyin glosses some pages print after characters
        // (新兴领(lǐng)域党组织 names 新兴领域党组织); positions map back to `chars`
        let kept = outside_glosses(chars);
        let text: String = kept.iter().map(|&i| chars[i]).collect();
        // byte offset → character offset
        let mut char_at = vec![0usize; text.len() + 1];
        let mut k = 0;
        for (i, (byte, c)) in text.char_indices().enumerate() {
            char_at[byte..byte + c.len_utf8()].fill(i);
            k = i + 1;
        }
        char_at[text.len()] = k;
        // starts of every part, in order of position
        let mut starts: Vec<Vec<usize>> = vec![Vec::new(); self.part_lengths.len()];
        for m in automaton.find_overlapping_iter(&text) {
            starts[m.value() as usize].push(char_at[m.start()]);
        }
        // a pattern matches only where its last part occurs: those patterns, in catalog order
        let mut candidates: Vec<usize> = starts
            .iter()
            .zip(&self.ending_with)
            .filter(|(at, _)| !at.is_empty())
            .flat_map(|(_, patterns)| patterns.iter().copied())
            .collect();
        candidates.sort_unstable();
        let mut hits = Vec::new();
        for pattern in candidates.into_iter().map(|k| &self.list[k]) {
            let Some((&last, earlier)) = self.parts_of(pattern).split_last() else {
                continue;
            };
            // earlier parts in order; the last part anywhere after them
            let mut from = 0;
            // where the search for the last earlier part began
            let mut lead_from = 0;
            let mut ok = true;
            for &part in earlier {
                lead_from = from;
                match starts[part].iter().find(|&&at| at >= from) {
                    Some(&at) => from = at + self.part_lengths[part],
                    None => {
                        ok = false;
                        break;
                    }
                }
            }
            if !ok {
                continue;
            }
            for &pos in starts[last].iter().filter(|&&at| at >= from) {
                // the end of the last earlier part's occurrence nearest this last part
                let lead_end = earlier.last().map_or(pos, |&part| {
                    let length = self.part_lengths[part];
                    starts[part]
                        .iter()
                        .filter(|&&at| at >= lead_from && at + length <= pos)
                        .map(|&at| at + length)
                        .max()
                        .unwrap_or(from)
                });
                hits.push(PatternHit {
                    metric: pattern.metric,
                    lead_end: if lead_end == pos {
                        kept[pos]
                    } else {
                        kept[lead_end - 1] + 1
                    },
                    start: kept[pos],
                    end: kept[pos + self.part_lengths[last] - 1] + 1,
                    composite: !earlier.is_empty(),
                    length: pattern.length,
                    generic: pattern.generic,
                    adjacent: pattern.adjacent,
                });
            }
        }
        hits
    }
}

/// Indices of the characters of `chars` outside pinyin glosses: a gloss is one syllable of
/// lower-case Latin letters (tone marks included) in parentheses right after a Han character
/// (現(xiàn)有), as some portals print them; such a gloss never belongs to a wording.
fn outside_glosses(chars: &[char]) -> Vec<usize> {
    let mut kept = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '(' && i > 0 && crate::labels::is_han(chars[i - 1]) {
            let letters = chars[i + 1..]
                .iter()
                .take_while(|c| {
                    c.is_lowercase() && c.is_alphabetic() && !crate::labels::is_han(**c)
                })
                .count();
            if (1..=6).contains(&letters) && chars.get(i + 1 + letters) == Some(&')') {
                i += letters + 2;
                continue;
            }
        }
        kept.push(i);
        i += 1;
    }
    kept
}

/// The automaton over [`EMBEDDED_PARTS`] that build.rs compiled (value = index).
fn embedded_automaton() -> CharwiseDoubleArrayAhoCorasick<u32> {
    // SAFETY: EMBEDDED_AUTOMATON is the output of `serialize` that build.rs
    // (`verified_automaton`) read back with daachorse's checked `deserialize` and
    // re-serialised to the same bytes, with the daachorse version this crate links.
    let (automaton, _) =
        unsafe { CharwiseDoubleArrayAhoCorasick::deserialize_unchecked(EMBEDDED_AUTOMATON) };
    automaton
}

/// Per part (of `parts` distinct ones), the patterns of `list` (ascending) whose last part it is.
fn ending_with(list: &[CompiledPattern], pattern_parts: &[usize], parts: usize) -> Vec<Vec<usize>> {
    let mut ending_with = vec![Vec::new(); parts];
    for (k, pattern) in list.iter().enumerate() {
        if let Some(&last) = pattern_parts[pattern.parts.clone()].last() {
            ending_with[last].push(k);
        }
    }
    ending_with
}

/// data/metrics.toml's patterns, read back once per process from what build.rs compiled.
pub(crate) fn embedded_patterns() -> &'static std::sync::Arc<Patterns> {
    static EMBEDDED: std::sync::OnceLock<std::sync::Arc<Patterns>> = std::sync::OnceLock::new();
    EMBEDDED.get_or_init(|| std::sync::Arc::new(compiled_patterns::embedded()))
}

/// The compiled patterns of `catalog`, built once per process for the catalog in use (documents
/// are analysed with the same catalog, on several threads).
pub(crate) fn compiled(catalog: &Catalog) -> std::sync::Arc<Patterns> {
    // data/metrics.toml's, compiled when the crate was built: neither compiled nor its catalog
    // copied and compared at every call
    if compiled_patterns::is_embedded(catalog) {
        return embedded_patterns().clone();
    }
    type Cached = Option<(Catalog, std::sync::Arc<Patterns>)>;
    static CACHE: std::sync::Mutex<Cached> = std::sync::Mutex::new(None);
    let mut cache = CACHE
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some((cached, patterns)) = cache.as_ref() {
        if cached == catalog {
            return patterns.clone();
        }
    }
    let patterns = std::sync::Arc::new(Patterns::new(catalog));
    *cache = Some((catalog.clone(), patterns.clone()));
    patterns
}

/// How far before and after a figure its clause and catalog wordings are looked for. Clauses of
/// official and news texts are far shorter; a longer run without a clause break is a page without
/// punctuation, whose figures are read within this window so that extraction stays linear.
pub(crate) const CONTEXT_CHARS: usize = 400;

/// The part of a sentence of `len` characters that is read for the figure at
/// `number_start..quantity_end`.
pub(crate) fn context_window(len: usize, number_start: usize, quantity_end: usize) -> Range<usize> {
    number_start.saturating_sub(CONTEXT_CHARS)..(quantity_end + CONTEXT_CHARS).min(len)
}

/// A sentence's pattern hits indexed by position, so that each figure looks only at the hits
/// near it rather than at every hit of a sentence with thousands of them.
pub(crate) struct HitIndex {
    /// In catalog order, as [`Patterns::hits`] gives them.
    hits: Vec<PatternHit>,
    /// Indices into `hits` by start.
    by_start: Vec<usize>,
}

impl HitIndex {
    pub(crate) fn new(hits: Vec<PatternHit>) -> HitIndex {
        let mut by_start: Vec<usize> = (0..hits.len()).collect();
        by_start.sort_by_key(|&i| hits[i].start);
        HitIndex { hits, by_start }
    }

    /// Every hit of the sentence, in catalog order.
    pub(crate) fn all(&self) -> &[PatternHit] {
        &self.hits
    }

    /// The hits that lie within `window`, in catalog order, positioned relative to its start.
    pub(crate) fn within(&self, window: &Range<usize>) -> Vec<PatternHit> {
        let from = self
            .by_start
            .partition_point(|&i| self.hits[i].start < window.start);
        let mut inside: Vec<usize> = self.by_start[from..]
            .iter()
            .copied()
            .take_while(|&i| self.hits[i].start < window.end)
            .filter(|&i| self.hits[i].end <= window.end)
            .collect();
        inside.sort_unstable();
        inside
            .into_iter()
            .map(|i| PatternHit {
                lead_end: self.hits[i].lead_end.max(window.start) - window.start,
                start: self.hits[i].start - window.start,
                end: self.hits[i].end - window.start,
                ..self.hits[i].clone()
            })
            .collect()
    }
}

/// Every occurrence of every catalog pattern in `chars` (one sentence).
pub fn pattern_hits(catalog: &Catalog, chars: &[char]) -> Vec<PatternHit> {
    Patterns::new(catalog).hits(chars)
}

/// Whether a figure's unit fits a metric's unit: the same, or of one family (人 and 名, 家 and
/// 个 …: data/units.toml).
pub fn same_unit(a: &str, b: &str) -> bool {
    crate::numbers::same_unit_family(a, b)
}

pub(crate) fn is_clause_break(c: char) -> bool {
    matches!(
        c,
        ',' | '，' | ';' | '；' | ':' | '：' | '。' | '!' | '?' | '、' | '(' | ')' | '—'
    )
}

/// Where the counted thing starts after a figure: past 的 and opening quotation marks
/// (300个“暖新驿站”, 12支的……).
pub(crate) fn thing_start(chars: &[char], quantity_end: usize) -> usize {
    let mut at = quantity_end;
    while chars
        .get(at)
        .is_some_and(|&c| matches!(c, '的' | '“' | '"' | '「' | '《' | '‘'))
    {
        at += 1;
    }
    at
}

/// The catalog metric a figure denotes, where a wording every remit uses (`~` in the catalog) or
/// one that metrics of several themes list is settled by the theme the figure's context gives it
/// (`context_theme`, asked only then).
///
/// Official texts say 服务群众10万人次, 开展活动200场, 投入资金300万元 of a social-work station,
/// a volunteer service and a station for delivery riders alike; the catalog lists such a wording
/// under each remit's metric, and the figure takes the metric of its own remit. When no metric of
/// that remit has the wording the figure gets none: a wrong metric would set it in another
/// remit's comparison row.
pub fn metric_in_context(
    catalog: &Catalog,
    hits: &[PatternHit],
    chars: &[char],
    number_start: usize,
    quantity_end: usize,
    unit: &str,
    context_theme: impl FnOnce() -> Theme,
) -> Option<usize> {
    let best = best_hit(catalog, hits, chars, number_start, quantity_end, unit);
    metric_of_best_hit(
        catalog,
        hits,
        best,
        chars,
        number_start,
        unit,
        context_theme,
    )
}

/// [`metric_in_context`] from the figure's [`best_hit`], found once for it and for
/// [`counts_other_than_the_stock`].
pub(crate) fn metric_of_best_hit(
    catalog: &Catalog,
    hits: &[PatternHit],
    best: Option<&PatternHit>,
    chars: &[char],
    number_start: usize,
    unit: &str,
    context_theme: impl FnOnce() -> Theme,
) -> Option<usize> {
    let best = best?;
    if let Some(whole) = subsets::whole_of_joined_levels(catalog, hits, best, chars) {
        // 社会工作师和助理社会工作师26413人: the levels' sum, the whole's row
        return Some(whole);
    }
    if breakdowns::bare_noun_splits_another_whole(
        catalog,
        hits,
        best,
        chars,
        number_start,
        best.metric,
    ) {
        // 志愿团体1253个，包括57个社会团体: a part of the volunteers' whole, of no row here
        return None;
    }
    if best.generic && unit.is_empty() {
        // a wording every remit uses says too little to give a bare 万 its unit
        // (8000万新就业群体服务 is no count of services)
        return None;
    }
    let unit_ok = unit_fits(catalog, unit);
    let mut sharing = hits
        .iter()
        .filter(|h| h.start == best.start && h.end == best.end && h.length == best.length)
        .filter(|h| unit_ok(h));
    let theme = catalog.metrics[best.metric].theme;
    if !best.generic
        && sharing
            .clone()
            .all(|h| catalog.metrics[h.metric].theme == theme)
    {
        return Some(best.metric);
    }
    let context = context_theme();
    sharing
        .find(|h| catalog.metrics[h.metric].theme == context)
        .map(|h| h.metric)
}

/// Whether `metric` counts a change itself (报考人数…比去年增加, 党组织覆盖率同比提升): one of its
/// wordings holds a verb of change, so a figure told as a change can read it.
pub(crate) fn counts_a_change(metric: &jianbao_facts::Metric) -> bool {
    metric
        .patterns
        .iter()
        .any(|p| crate::labels::CHANGE_VERBS.iter().any(|v| p.contains(v)))
}

/// Whether a pattern's metric can be stated in `unit`: the same unit or family; a metric without
/// a unit counts things, never a rate or money (矛盾纠纷100%化解在基层).
fn unit_fits<'a>(catalog: &'a Catalog, unit: &'a str) -> impl Fn(&&PatternHit) -> bool + 'a {
    move |h: &&PatternHit| match catalog.metrics[h.metric].unit.as_deref() {
        Some(u) => same_unit(u, unit),
        None => !matches!(unit, "%" | "个百分点" | "分数" | "元"),
    }
}

/// Whether the words between a composite pattern's last part and the figure after it only lead
/// up to the figure (报考人数……比去年增加6.4万, 占常住人口的比例达12%): a composite's parts
/// may lie far apart in the sentence, so its last part must stand next to the figure, not name
/// another thing before it (覆盖……社区基金达577个 counts funds, not communities). A 者 right
/// after the last part makes it the people who have it (大专及以上学历者占比88.9%, 持证者占比): the
/// same thing, named as its holders.
fn next_to_figure(gap: &[char]) -> bool {
    const LEAD_INS: [&str; 13] = [
        "比例", "比重", "占比", "总数", "总量", "人数", "数量", "提升", "提高", "达到", "分别",
        "累计", "超过",
    ];
    let mut i = usize::from(gap.first() == Some(&'者'));
    while i < gap.len() {
        if let Some(w) = LEAD_INS
            .iter()
            .find(|w| gap[i..].starts_with(&w.chars().collect::<Vec<_>>()))
        {
            i += w.chars().count();
        } else if "达为是共有约近超逾的计了至到等将已均:： ".contains(gap[i]) {
            i += 1;
        } else {
            return false;
        }
    }
    true
}

/// The pattern hit that names what a figure counts: a pattern right after the figure
/// (115个**网约配送行业党委**) or the nearest one before it in the same clause
/// (**持证人数**达到2.4万人); see [`metric_in_context`].
pub(crate) fn best_hit<'h>(
    catalog: &Catalog,
    hits: &'h [PatternHit],
    chars: &[char],
    number_start: usize,
    quantity_end: usize,
    unit: &str,
) -> Option<&'h PatternHit> {
    // a parenthesis does not end the clause: 社工站(室)1200个, (其中持证社工320人)
    let is_break = |c: char| is_clause_break(c) && !matches!(c, '、' | '(' | ')');
    let clause_start = chars[..number_start]
        .iter()
        .rposition(|&c| is_break(c))
        .map_or(0, |p| p + 1);
    // 持证社工人数不断增长，从2015年的200人……: a series' values name their thing a clause before
    let clause_start = series::wording_clause_start(chars, clause_start, number_start, is_break);
    // 开展志愿服务活动,共120场: a figure whose clause is only a total word counts what the clause
    // before it names
    let clause_start = crate::form_fields::subject_clause(chars, 0, number_start)
        .map_or(clause_start, |subject| subject.start.min(clause_start));
    let unit_ok = unit_fits(catalog, unit);
    let after = hits
        .iter()
        .filter(&unit_ok)
        // a name of the counted thing, not a short verb (700个**减至**219个)
        .filter(|h| h.end - h.start >= 3)
        .filter(|h| h.start == thing_start(chars, quantity_end))
        // 80家商会会员企业: the organisation's members, not organisations of its kind
        .filter(|h| !members_follow(chars, h.end))
        // 286个社会团体、社会服务机构和基金会获得……称号: a bare kind noun opening a list the
        // figure sums names no one kind; a wording further in the clause may name the whole
        .filter(|h| !breakdowns::bare_noun_opens_a_list(h, chars, number_start))
        // 3家社会组织完成登记: the organisations that did something, not how many there are;
        // people who take part (500名志愿者参与) are still the people the metric counts, and a
        // wording that holds its verb (设区市均挂牌成立) says what it says
        .filter(|h| {
            !crate::labels::predicate_at(chars, h.end)
                || catalog.metrics[h.metric]
                    .unit
                    .as_deref()
                    .is_some_and(|u| same_unit(u, "人"))
                || (h.start..h.end).any(|i| crate::labels::predicate_at(chars, i))
                || whole_before_a_figure(chars, h.end, unit)
                // 15个乡镇(街道)社工站已实现全覆盖: the stations stand, the place's stock
                || crate::labels::standing_predicate_at(chars, h.end)
        })
        // the wording that names the most of the noun after the figure (1500个社会组织法人单位
        // 建立党组织 over 共有…社会组织), then a composite, then the longer
        .max_by_key(|h| (h.end, h.composite, h.length));
    if after.is_some() {
        return after;
    }
    let before = hits
        .iter()
        .filter(&unit_ok)
        .filter(|h| h.end <= number_start && h.start >= clause_start)
        // nearest, then the longest wording next to the figure (综合党组织 over 组建…党组织);
        // of composites ending in the same words, the one whose lead is nearest (非公企业……，社会
        // 组织……党组织覆盖率达70%: the social organisations' rate), then the longer
        .max_by_key(|h| {
            let lead = if h.composite { h.lead_end } else { 0 };
            (h.end, h.end - h.start, h.composite, lead, h.length)
        })
        // the nearest one only, and only when nothing in between makes the figure count
        // something else
        .filter(|h| {
            let gap = &chars[h.end..number_start];
            if h.composite {
                next_to_figure(gap) && !completed_before(chars, h, unit)
            } else {
                // 社工、志愿者、群众等300余人: the figure sums a list the wording is one item
                // of (成立党支部5家、功能性党支部32家 gives each item its own figure)
                let sums_a_list = gap.contains(&'、') && gap.contains(&'等');
                // 组织志愿者为1800余名新就业群体劳动者提供体检: after 为/给 the figure counts
                // the people it is done for, named after it, not the doers named before
                let done_for = gap.iter().any(|&c| matches!(c, '为' | '给'))
                    && chars
                        .get(thing_start(chars, quantity_end))
                        .is_some_and(|&c| crate::labels::is_han(c));
                // (社会团体与上年相比减少156个: a comparison with an earlier time breaks nothing)
                !crate::labels::breaks_subject(&crate::labels::without_time_comparison(gap))
                    && !sums_a_list
                    && !done_for
                    && !counts_members(gap)
            }
        });
    if before.is_some() {
        return before;
    }
    // last resort: a wording later in the same clause (最高5000元/人的**补贴**); a parenthesis
    // does not end it (9个设区市和所有县(市、区)……均由党委副书记担任)
    let clause_end = (quantity_end..chars.len())
        .find(|&i| is_clause_break(chars[i]) && !matches!(chars[i], '(' | ')' | '、'))
        .unwrap_or(chars.len());
    hits.iter()
        .filter(&unit_ok)
        .filter(|h| !h.adjacent)
        .filter(|h| h.start >= quantity_end && h.end <= clause_end)
        .min_by_key(|h| (h.start, std::cmp::Reverse(h.length)))
        .filter(|h| {
            let gap = &chars[quantity_end..h.start];
            // 公益组织109家、社区社会组织1963个: after 、 the next item names its own figure's
            // thing
            gap.first() != Some(&'、')
                && !members_follow(chars, h.end)
                && !crate::labels::predicate_at(chars, h.end)
                && !crate::labels::breaks_subject(gap)
                && !holds_figure(&chars[quantity_end..h.start])
        })
}

/// Whether the words between an organisation's wording and its figure name the organisation's
/// members (商会共有会员企业80多家, 协会现有会员单位120家, 联合会成员单位达45个): the figure
/// counts the member firms or units, which are no organisations of the wording's kind.
fn counts_members(gap: &[char]) -> bool {
    ["会员", "成员单位", "成员企业"].iter().any(|word| {
        let word: Vec<char> = word.chars().collect();
        gap.windows(word.len()).any(|w| w == word.as_slice())
    })
}

/// Whether an organisation's wording ending at `end` goes on to name its members (商会会员企业).
fn members_follow(chars: &[char], end: usize) -> bool {
    counts_members(&chars[end.min(chars.len())..(end + 4).min(chars.len())])
}

/// Whether the predicate at `at`, right after a figure's counted thing, goes on to another
/// figure that makes the first one a whole rather than the things that did something: a base
/// and the part of it done (218件信访问题已解决154件, 120个社区已建成80个: a short predicate,
/// then a figure in the figure's own `unit`), or the disposal construction (3.9万个党组织将
/// 19.8万名党员凝聚起来: 将/把 and a figure, the organisations stand as themselves). 3家社会组织
/// 完成登记 names no figure after its predicate and stays the organisations that did it.
fn whole_before_a_figure(chars: &[char], at: usize, unit: &str) -> bool {
    let rest = &chars[at.min(chars.len())..];
    let words = rest
        .iter()
        .take_while(|&&c| crate::labels::is_han(c) && !c.is_ascii_digit())
        .count();
    if !rest.get(words).is_some_and(|c| c.is_ascii_digit()) {
        return false;
    }
    if words == 1 && matches!(rest[0], '将' | '把') {
        return true;
    }
    if !(1..=4).contains(&words) || unit.is_empty() {
        return false;
    }
    let number = rest[words..]
        .iter()
        .take_while(|&&c| c.is_ascii_digit() || matches!(c, '.' | '万' | '亿' | '余' | '多'))
        .count();
    let unit: Vec<char> = unit.chars().collect();
    rest[words + number..].starts_with(&unit)
}

/// Whether a composite wording was already completed by an earlier figure in the same unit
/// (信访总量同比下降5%，集体访同比下降11%: 信访总量…下降 ends at the 5%, and the 11% counts what
/// its own clause names): between the earlier parts and the last one stand the last part's words
/// and a figure in `unit`. A figure between the parts that the wording leads through
/// (占常住人口18%，远高于全国6%; 培训干部1000人次，基层干部4000人次) keeps it, as does a figure
/// in another unit (物资43.9万件，价值4093.8万元), a part of the same account.
fn completed_before(chars: &[char], hit: &PatternHit, unit: &str) -> bool {
    let between = &chars[hit.lead_end.min(hit.start)..hit.start];
    let last_part = &chars[hit.start..hit.end.min(chars.len())];
    let Some(repeated) = between
        .windows(last_part.len())
        .position(|w| w == last_part)
    else {
        return false;
    };
    holds_figure_in(&between[repeated..], unit)
}

/// Whether `gap` holds a figure in `unit` (5%, 1000余人次, 3.1万人).
fn holds_figure_in(gap: &[char], unit: &str) -> bool {
    let unit: Vec<char> = unit.chars().collect();
    if unit.is_empty() {
        return false;
    }
    gap.iter().enumerate().any(|(i, c)| {
        c.is_ascii_digit()
            && !gap
                .get(i + 1)
                .is_some_and(|n| n.is_ascii_digit() || *n == '.')
            && {
                let rest = &gap[i + 1..];
                let magnitude = rest
                    .iter()
                    .take_while(|&&c| matches!(c, '万' | '亿' | '余' | '多'))
                    .count();
                rest[magnitude..].starts_with(&unit)
            }
    })
}

/// Whether `gap`, between a figure and a wording later in its clause, holds another figure
/// (在21个县(市、区)已建成运营150个乡镇社工站: the stations are the 150, not the 21), so that
/// the wording names that figure's thing. Years and days (截至2023年底) are dates, not figures;
/// a gap that is itself one figure in another unit (183批293人次) states the same thing twice.
fn holds_figure(gap: &[char]) -> bool {
    let digits = gap
        .iter()
        .take_while(|c| c.is_ascii_digit() || **c == '.')
        .count();
    if digits > 0 && (1..=2).contains(&(gap.len() - digits)) {
        return false;
    }
    gap.iter().enumerate().any(|(i, c)| {
        c.is_ascii_digit()
            && gap.get(i + 1).is_some_and(|next| {
                !next.is_ascii_digit() && !matches!(next, '年' | '月' | '日' | '号' | '.')
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_catalog_parses_and_is_consistent() {
        let catalog = Catalog::parse(
            include_str!("../../../data/metrics.toml"),
            std::path::Path::new("data/metrics.toml"),
        )
        .expect("data/metrics.toml must parse");
        assert_eq!(
            default_catalog(),
            catalog,
            "the catalog built into the crate (build.rs) must equal data/metrics.toml parsed now"
        );
        assert!(catalog.metrics.len() >= 20);
        let mut keys: Vec<&str> = catalog.metrics.iter().map(|m| m.key.as_str()).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), catalog.metrics.len(), "duplicate metric keys");
        for m in &catalog.metrics {
            assert!(!m.patterns.is_empty(), "{} has no patterns", m.key);
        }
    }

    #[test]
    fn built_in_automaton_is_the_catalogs_parts_each_found_as_itself() {
        let catalog = default_catalog();
        let patterns = Patterns::new(&catalog);
        let mut parts: Vec<&str> = Vec::new();
        for m in &catalog.metrics {
            for pattern in &m.patterns {
                let (_, _, wording) = catalog_parts::strip_markers(pattern);
                for part in catalog_parts::parts(wording) {
                    if !parts.contains(&part) {
                        parts.push(part);
                    }
                }
            }
        }
        assert_eq!(
            parts, EMBEDDED_PARTS,
            "build.rs must list the parts as Patterns::new does"
        );
        assert_eq!(patterns.part_lengths.len(), EMBEDDED_PARTS.len());
        let (built, _) = CharwiseDoubleArrayAhoCorasick::<u32>::deserialize(EMBEDDED_AUTOMATON)
            .expect("the automaton build.rs wrote reads back");
        for (index, part) in EMBEDDED_PARTS.iter().enumerate() {
            assert!(
                built
                    .find_overlapping_iter(part)
                    .any(|m| m.value() as usize == index && m.end() - m.start() == part.len()),
                "part {index} ({part}) not found as itself"
            );
        }
    }

    #[test]
    fn nearest_pattern_wins() {
        let catalog = default_catalog();
        let text: Vec<char> = "全省有6.97万家社会组织,备案类社区社会组织24.4万余家"
            .chars()
            .collect();
        let hits = pattern_hits(&catalog, &text);
        let key = |start: usize, end: usize| {
            metric_in_context(&catalog, &hits, &text, start, end, "家", || {
                Theme::SocialOrganizations
            })
            .map(|m| catalog.metrics[m].key.clone())
        };
        let second = text.iter().rposition(|&c| c == '2').expect("second figure");
        assert_eq!(key(3, 9).as_deref(), Some("social_organizations.total"));
        assert_eq!(
            key(second, text.len()).as_deref(),
            Some("social_organizations.community_filed")
        );
    }
}
