//! Matching a figure's wording to the metric catalog (data/metrics.toml) and to a theme.
//!
//! A pattern is a wording that denotes a metric. `A…B` means `A` somewhere earlier in the sentence
//! and `B` next to the figure, for figures that only make sense with their sentence
//! (报考人数 … 比去年增加 6.4万). `~A` marks a wording every remit uses (服务群众, 开展活动): it
//! denotes the metric only for a figure whose own theme is the metric's.

use crate::catalog_parts;
use daachorse::CharwiseDoubleArrayAhoCorasick;
use jianbao_facts::{Catalog, Metric, Theme};
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

fn find_from(chars: &[char], needle: &[char], from: usize) -> Option<usize> {
    let (&first, rest) = needle.split_first()?;
    if chars.len() < needle.len() {
        return None;
    }
    // the first character alone rules out most positions without a slice comparison
    (from..=chars.len() - needle.len())
        .find(|&i| chars[i] == first && chars[i + 1..i + needle.len()] == *rest)
}

/// The catalog's patterns split into their parts (`A…B` → `A`, `B`), with one Aho-Corasick
/// automaton over every distinct part: a sentence is scanned once for all of them, however long
/// the catalog grows. Made once per document instead of once per sentence.
pub(crate) struct Patterns {
    list: Vec<CompiledPattern>,
    /// Every distinct part; `CompiledPattern::parts` index into it (the automaton's values).
    automaton: Option<CharwiseDoubleArrayAhoCorasick<u32>>,
    part_lengths: Vec<usize>,
}

struct CompiledPattern {
    metric: usize,
    parts: Vec<usize>,
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
        for (metric, m) in catalog.metrics.iter().enumerate() {
            for pattern in &m.patterns {
                let (generic, adjacent, pattern) = catalog_parts::strip_markers(pattern);
                let parts: Vec<usize> = catalog_parts::parts(pattern)
                    .map(|part| {
                        *part_index.entry(part).or_insert_with(|| {
                            part_texts.push(part.to_owned());
                            part_texts.len() - 1
                        })
                    })
                    .collect();
                if !parts.is_empty() {
                    list.push(CompiledPattern {
                        metric,
                        parts,
                        length: pattern.chars().count(),
                        generic,
                        adjacent,
                    });
                }
            }
        }
        let part_lengths = part_texts.iter().map(|p| p.chars().count()).collect();
        // the parts of data/metrics.toml were compiled when the crate was built (build.rs);
        // another catalog's are compiled now. They are short literal strings, distinct and
        // non-empty, so building cannot fail; without an automaton nothing matches.
        let automaton = if part_texts == EMBEDDED_PARTS {
            CharwiseDoubleArrayAhoCorasick::deserialize(EMBEDDED_AUTOMATON)
                .ok()
                .map(|(automaton, _)| automaton)
        } else {
            None
        }
        .or_else(|| CharwiseDoubleArrayAhoCorasick::new(&part_texts).ok());
        Patterns {
            list,
            automaton,
            part_lengths,
        }
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
        let mut hits = Vec::new();
        for pattern in &self.list {
            let Some((&last, earlier)) = pattern.parts.split_last() else {
                continue;
            };
            // earlier parts in order; the last part anywhere after them
            let mut from = 0;
            let mut ok = true;
            for &part in earlier {
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
                hits.push(PatternHit {
                    metric: pattern.metric,
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

/// The compiled patterns of `catalog`, built once per process for the catalog in use (documents
/// are analysed with the same catalog, on several threads).
pub(crate) fn compiled(catalog: &Catalog) -> std::sync::Arc<Patterns> {
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
    let best = best_hit(catalog, hits, chars, number_start, quantity_end, unit)?;
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

/// Words that make a figure count the things made new in a period (新建成110个服务圈, 新建驿站
/// 30个), a change of a stock rather than the stock.
const NEW_ONES: [&str; 7] = [
    "新建成",
    "新建",
    "新增",
    "新成立",
    "新组建",
    "新培育",
    "新设立",
];

/// Whether the figure at `number_start..quantity_end`, given `metric` by [`metric_in_context`],
/// counts new things (今年新建驿站30个, 新建成110个服务圈) while the metric counts all of them:
/// a change of the stock, which has no metric (the README's rule), unless the metric is itself
/// about new things (新建党组织, 新增持证社工). 累计新建 sums every new one so far, the stock
/// itself. The figure still says what it counts: a figure after it that names nothing
/// (新建成110个，累计建成1452个) takes the metric.
pub(crate) fn counts_new_ones(
    catalog: &Catalog,
    hits: &[PatternHit],
    chars: &[char],
    number_start: usize,
    quantity_end: usize,
    unit: &str,
    metric: usize,
) -> bool {
    let Some(hit) = best_hit(catalog, hits, chars, number_start, quantity_end, unit) else {
        return false;
    };
    let metric = &catalog.metrics[metric];
    if metric
        .patterns
        .iter()
        .any(|p| NEW_ONES.iter().any(|w| p.contains(w)))
    {
        return false;
    }
    // the words before the figure (新建成110个…) or before the wording (新建驿站30个)
    let lead = if hit.end <= number_start {
        hit.start
    } else {
        number_start
    };
    let mut before = &chars[..lead];
    if before.last() == Some(&'了') {
        before = &before[..before.len() - 1];
    }
    NEW_ONES.iter().any(|w| {
        let w: Vec<char> = w.chars().collect();
        before.ends_with(&w) && !before[..before.len() - w.len()].ends_with(&['累', '计'])
    })
}

/// Words that make a counted noun a distinguished kind of it (三个试点社区, 9个社工站示范站点, 星级
/// 社会组织): official texts name pilots, model sites and rated units apart from the whole, so such
/// a count is a subset, never the stock a metric compares.
const KIND_MARKS: [&str; 6] = ["试点", "示范", "标杆", "星级", "品牌", "样板"];

/// Whether the figure's wording names a distinguished kind of what the metric counts: a kind mark
/// right before the wording (试点社区) or right after it (社会工作服务站示范站点). Like a part after
/// 其中, such a count has no metric unless the metric itself counts that kind. A quoted name
/// before the wording is no such mark: it is mostly the local brand of the very thing counted
/// (暖“新”驿站210个, “先蜂骑手”红色加油站380个).
pub(crate) fn counts_a_kind(
    catalog: &Catalog,
    hits: &[PatternHit],
    chars: &[char],
    number_start: usize,
    quantity_end: usize,
    unit: &str,
    metric: usize,
) -> bool {
    let Some(hit) = best_hit(catalog, hits, chars, number_start, quantity_end, unit) else {
        return false;
    };
    if catalog.metrics[metric]
        .patterns
        .iter()
        .any(|p| KIND_MARKS.iter().any(|w| p.contains(w)))
    {
        return false;
    }
    let before = &chars[..hit.start];
    let after = &chars[hit.end.min(chars.len())..];
    KIND_MARKS.iter().any(|w| {
        let w: Vec<char> = w.chars().collect();
        before.ends_with(&w) || after.starts_with(&w)
    })
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
/// another thing before it (覆盖……社区基金达577个 counts funds, not communities).
fn next_to_figure(gap: &[char]) -> bool {
    const LEAD_INS: [&str; 12] = [
        "比例", "比重", "占比", "总数", "总量", "人数", "数量", "提升", "提高", "达到", "分别",
        "累计",
    ];
    let mut i = 0;
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
fn best_hit<'h>(
    catalog: &Catalog,
    hits: &'h [PatternHit],
    chars: &[char],
    number_start: usize,
    quantity_end: usize,
    unit: &str,
) -> Option<&'h PatternHit> {
    // a parenthesis does not end the clause: 社工站(室)1200个, (其中持证社工320人)
    let clause_start = chars[..number_start]
        .iter()
        .rposition(|&c| is_clause_break(c) && !matches!(c, '、' | '(' | ')'))
        .map_or(0, |p| p + 1);
    let unit_ok = unit_fits(catalog, unit);
    let after = hits
        .iter()
        .filter(&unit_ok)
        // a name of the counted thing, not a short verb (700个**减至**219个)
        .filter(|h| h.end - h.start >= 3)
        .filter(|h| h.start == thing_start(chars, quantity_end))
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
        })
        .max_by_key(|h| (h.composite, h.length));
    if after.is_some() {
        return after;
    }
    let before = hits
        .iter()
        .filter(&unit_ok)
        .filter(|h| h.end <= number_start && h.start >= clause_start)
        // nearest, then the longest wording next to the figure (综合党组织 over 组建…党组织)
        .max_by_key(|h| (h.end, h.end - h.start, h.length, h.composite))
        // the nearest one only, and only when nothing in between makes the figure count
        // something else
        .filter(|h| {
            let gap = &chars[h.end..number_start];
            if h.composite {
                next_to_figure(gap)
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
                !crate::labels::breaks_subject(gap) && !sums_a_list && !done_for
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
            !crate::labels::predicate_at(chars, h.end)
                && !crate::labels::breaks_subject(&chars[quantity_end..h.start])
                && !holds_figure(&chars[quantity_end..h.start])
        })
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

/// Theme words (data/themes.toml), each word as characters, compiled once per process: the
/// theme of every figure and point is looked up in its clause, sentence, paragraph and headline.
/// A theme family: its theme and its words.
type Family = (Theme, Vec<Vec<char>>);

struct ThemeWords {
    /// In order: the first family found wins.
    families: Vec<Family>,
    /// (family, word) indices by the word's first character: a text is scanned once for all
    /// theme words, not once per word (themes are looked up for every figure and point).
    by_first: rustc_hash::FxHashMap<char, Vec<(usize, usize)>>,
    /// For each family's words, whether the word names a setting of every remit (社区) rather
    /// than the remit itself (data/themes.toml `setting_words`).
    setting: Vec<Vec<bool>>,
    emerging_context: Vec<Vec<char>>,
    party_words: Vec<Vec<char>>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct ThemeData {
    family: Vec<FamilyData>,
    emerging_context: Vec<String>,
    party_words: Vec<String>,
    setting_words: Vec<String>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct FamilyData {
    theme: String,
    words: Vec<String>,
}

const THEMES: &str = include_str!("../../../data/themes.toml");

fn parse_themes(text: &str) -> Result<ThemeWords, String> {
    let data: ThemeData = toml::from_str(text).map_err(|e| e.to_string())?;
    let chars =
        |list: &[String]| -> Vec<Vec<char>> { list.iter().map(|w| w.chars().collect()).collect() };
    let families = data
        .family
        .iter()
        .map(|f| {
            let words = chars(&f.words);
            Theme::parse(&f.theme)
                .map(|t| (t, words))
                .ok_or_else(|| format!("unknown theme {:?}", f.theme))
        })
        .collect::<Result<Vec<Family>, _>>()?;
    let mut by_first: rustc_hash::FxHashMap<char, Vec<(usize, usize)>> = Default::default();
    for (f, (_, words)) in families.iter().enumerate() {
        for (k, w) in words.iter().enumerate() {
            if let Some(&c) = w.first() {
                by_first.entry(c).or_default().push((f, k));
            }
        }
    }
    let setting = data
        .family
        .iter()
        .map(|f| {
            f.words
                .iter()
                .map(|w| data.setting_words.contains(w))
                .collect()
        })
        .collect();
    Ok(ThemeWords {
        families,
        by_first,
        setting,
        emerging_context: chars(&data.emerging_context),
        party_words: chars(&data.party_words),
    })
}

fn theme_words() -> &'static ThemeWords {
    static WORDS: std::sync::OnceLock<ThemeWords> = std::sync::OnceLock::new();
    // the embedded file is checked by this module's tests, so it parses in a release
    WORDS.get_or_init(|| {
        parse_themes(THEMES).unwrap_or(ThemeWords {
            families: Vec::new(),
            by_first: Default::default(),
            setting: Vec::new(),
            emerging_context: Vec::new(),
            party_words: Vec::new(),
        })
    })
}

fn contains(text: &[char], word: &[char]) -> bool {
    find_from(text, word, 0).is_some()
}

/// The first theme family (in data/themes.toml order) that `text` mentions.
pub(crate) fn first_family(text: &[char]) -> Option<Theme> {
    let words = theme_words();
    theme_hits(words, text)
        .map(|(_, _, f)| f)
        .min()
        .map(|f| words.families[f].0)
}

/// Whether `text` names a remit by its own word (志愿, 社工, 骑手 …), not only a setting (社区).
pub(crate) fn names_remit(text: &[char]) -> bool {
    first_remit_family(text).is_some()
}

/// The theme family that `text` names most often by a remit's own word, not by a setting every
/// remit shares (志愿 in 社区志愿服务, not 社区); of families named as often, the first. A
/// clause listing a remit's measures names that remit again and again (新就业群体, 骑手 …), and a
/// passing mention of another (开展公益志愿活动) among them does not make it that remit's.
fn first_remit_family(text: &[char]) -> Option<Theme> {
    let words = theme_words();
    let mut counts = vec![0usize; words.families.len()];
    for (_, _, f, setting) in theme_hits_with_setting(words, text) {
        if !setting {
            counts[f] += 1;
        }
    }
    let most = *counts.iter().max()?;
    (most > 0)
        .then(|| counts.iter().position(|&n| n == most))
        .flatten()
        .map(|f| words.families[f].0)
}

/// The family of the first theme word in `text`, in text order (what a paragraph opens with).
pub(crate) fn opening_family(text: &[char]) -> Option<Theme> {
    let words = theme_words();
    theme_hits(words, text)
        .next()
        .map(|(_, _, f)| words.families[f].0)
}

/// Every theme word in `text`: (start, end, family index), in text order.
fn theme_hits<'a>(
    words: &'a ThemeWords,
    text: &'a [char],
) -> impl Iterator<Item = (usize, usize, usize)> + 'a {
    theme_hits_with_setting(words, text).map(|(start, end, f, _)| (start, end, f))
}

/// Every theme word in `text`: (start, end, family index, whether it names a setting), in text
/// order. A word inside a longer theme word is not read on its own: 社区服务站 is a community's
/// station, not the new-employment 服务站 inside it.
fn theme_hits_with_setting<'a>(
    words: &'a ThemeWords,
    text: &'a [char],
) -> impl Iterator<Item = (usize, usize, usize, bool)> + 'a {
    // a plain loop, the first character matched by `by_first` and the rest compared in place:
    // this scan runs for every figure and point, and the iterator chain and a memcmp call per
    // candidate word cost more than the comparison itself
    let mut all: Vec<(usize, usize, usize, bool)> = Vec::new();
    for (i, c) in text.iter().enumerate() {
        let Some(candidates) = words.by_first.get(c) else {
            continue;
        };
        for &(f, k) in candidates {
            let w = &words.families[f].1[k];
            if text.len() - i >= w.len() && text[i + 1..i + w.len()].iter().eq(&w[1..]) {
                let setting = words.setting.get(f).and_then(|s| s.get(k)) == Some(&true);
                all.push((i, i + w.len(), f, setting));
            }
        }
    }
    // hits are in order of start, and theme words are short: a longer word holding this one
    // starts at most LONGEST characters before it
    const LONGEST: usize = 16;
    let inside_longer = |k: usize| {
        let (start, end, _, _) = all[k];
        let from = all.partition_point(|h| h.0 + LONGEST < start);
        let to = all.partition_point(|h| h.0 <= start);
        all[from..to]
            .iter()
            .any(|h| h.1 >= end && h.1 - h.0 > end - start)
    };
    let kept: Vec<(usize, usize, usize, bool)> = (0..all.len())
        .filter(|&k| !inside_longer(k))
        .map(|k| all[k])
        .collect();
    kept.into_iter()
}

/// The theme words of one sentence, found once for all its figures: a sentence with thousands
/// of figures (a page without full stops) is scanned once, not once per figure.
pub struct SentenceThemes {
    /// Every theme word.
    all: NearestWords,
    /// The words that name a remit itself, not a setting every remit shares (社区).
    remit: NearestWords,
    first: Option<Theme>,
    first_remit: Option<Theme>,
    mentions_party: bool,
    mentions_emerging_context: bool,
}

/// Theme words of a sentence by where they end, for the nearest one before a figure.
struct NearestWords {
    /// Ends of the words, in increasing order.
    ends: Vec<usize>,
    /// For each word in `ends` order, the family of the word ending nearest before or at its
    /// end (of words ending at the same place, the first family).
    nearest: Vec<usize>,
}

impl NearestWords {
    /// From (end, family) pairs.
    fn new(mut hits: Vec<(usize, usize)>) -> NearestWords {
        hits.sort_unstable();
        let mut nearest = Vec::with_capacity(hits.len());
        let mut best: Option<(usize, std::cmp::Reverse<usize>)> = None;
        for &(end, f) in &hits {
            let key = (end, std::cmp::Reverse(f));
            if best.is_none_or(|b| key > b) {
                best = Some(key);
            }
            nearest.push(best.map_or(f, |(_, std::cmp::Reverse(f))| f));
        }
        NearestWords {
            ends: hits.iter().map(|&(end, _)| end).collect(),
            nearest,
        }
    }

    /// The family of the word that ends nearest before `at`.
    fn before(&self, at: usize) -> Option<Theme> {
        let count = self.ends.partition_point(|&end| end <= at);
        let f = *self.nearest.get(count.checked_sub(1)?)?;
        Some(theme_words().families[f].0)
    }
}

impl SentenceThemes {
    /// The theme words of `sentence`.
    pub fn new(sentence: &[char]) -> SentenceThemes {
        let words = theme_words();
        let hits: Vec<(usize, usize, bool)> = theme_hits_with_setting(words, sentence)
            .map(|(_, end, f, setting)| (end, f, setting))
            .collect();
        let first = hits.iter().map(|&(_, f, _)| f).min();
        let first_remit = hits.iter().filter(|h| !h.2).map(|&(_, f, _)| f).min();
        let mentions = |list: &[Vec<char>]| list.iter().any(|w| contains(sentence, w));
        SentenceThemes {
            all: NearestWords::new(hits.iter().map(|&(end, f, _)| (end, f)).collect()),
            remit: NearestWords::new(
                hits.iter()
                    .filter(|h| !h.2)
                    .map(|&(end, f, _)| (end, f))
                    .collect(),
            ),
            first: first.map(|f| words.families[f].0),
            first_remit: first_remit.map(|f| words.families[f].0),
            mentions_party: mentions(&words.party_words),
            mentions_emerging_context: mentions(&words.emerging_context),
        }
    }
}

/// Verbs of having before a counted thing: 现有企业300余家, 拥有……
const HAVING: &[&str] = &["现有", "拥有", "共有", "已有", "有"];

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// What a figure of having counts (辖区**未成年人**有5000余人, 邻里社区现有**企业**300余家,
/// 有53名**常驻志愿者**), or `None` when the clause does not state a having.
///
/// Such a figure describes the place (its population, its businesses); only the counted thing
/// itself can make it a social-work figure, not the setting it is stated in.
fn counted_by_having(clause: &[char], figure: &Range<usize>) -> Option<Vec<char>> {
    let before = &clause[..figure.start];
    let after: Vec<char> = clause[figure.end..]
        .iter()
        .copied()
        .take_while(|&c| is_cjk(c))
        .take(8)
        .collect();
    // 有N…: the thing follows the figure, or else is the subject before 有
    if before.last() == Some(&'有') {
        if !after.is_empty() {
            return Some(after);
        }
        let subject = &before[..before.len() - 1];
        let start = HAVING
            .iter()
            .filter_map(|h| find_from(subject, &h.chars().collect::<Vec<_>>(), 0))
            .min()
            .unwrap_or(subject.len());
        return Some(subject[..start].to_vec());
    }
    // 现有企业N: the thing stands between the verb and the figure
    HAVING.iter().take(4).find_map(|h| {
        let h: Vec<char> = h.chars().collect();
        let at = (0..before.len())
            .rev()
            .find(|&i| before[i..].starts_with(&h))?;
        let thing = &before[at + h.len()..];
        (!thing.is_empty() && thing.iter().all(|&c| is_cjk(c)))
            .then(|| thing.iter().copied().chain(after.iter().copied()).collect())
    })
}

/// Words that, followed by 企业/平台/公司, name businesses (外卖、网约车**企业**) rather than the
/// workers the new-employment theme is about (外卖员, 网约车司机).
fn names_business_at(text: &[char], end: usize) -> bool {
    let window: Vec<char> = text[end..]
        .iter()
        .copied()
        .take_while(|&c| is_cjk(c) || c == '、')
        .take(10)
        .collect();
    ["企业", "平台", "公司"].iter().any(|b| {
        let b: Vec<char> = b.chars().collect();
        find_from(&window, &b, 0).is_some_and(|at| {
            let between: String = window[..at].iter().collect();
            !["员", "手", "司机", "哥", "者", "人"]
                .iter()
                .any(|w| between.contains(w))
        })
    })
}

/// Whether the theme words of `clause` only name organisations — businesses (快递、外卖、网约车企业)
/// and social organisations (文旅协会、农资商会) — and it names at least one.
fn names_only_organisations(clause: &[char]) -> bool {
    let words = theme_words();
    let mut any = false;
    for (_, end, f) in theme_hits(words, clause) {
        let organisation = match words.families[f].0 {
            Theme::SocialOrganizations => true,
            Theme::NewEmploymentGroups => names_business_at(clause, end),
            _ => false,
        };
        if !organisation {
            return false;
        }
        any = true;
    }
    any
}

/// The theme of a figure without a catalog metric (`figure`: its range within `clause`):
///
/// - a figure of having (辖区未成年人有5000余人) is about what it counts, else it is context (other);
/// - a figure about businesses and social organisations in a sentence about party organisations
///   is emerging-sector party building (到……企业、协会走访调研25次,摸排党组织129个);
/// - else from its own clause; else from the theme word nearest before it in its sentence
///   (覆盖**党员**6500余人次,带动企业非党职工列席学习1800余人次); else from anywhere in the
///   sentence; else its paragraph; else its article's headline. At the clause and sentence a
///   remit's own word counts before a setting every remit shares (社区, 困难: a 社工站's
///   社区工作300余场次,受益群众3.5万人 are social work).
pub fn theme_for(
    clause: &[char],
    figure: Range<usize>,
    sentence: &SentenceThemes,
    number_at: usize,
    paragraph: impl FnOnce() -> Option<Theme>,
    headline: impl FnOnce() -> Option<Theme>,
) -> Theme {
    if let Some(counted) = counted_by_having(clause, &figure) {
        return first_family(&counted).unwrap_or(Theme::Other);
    }
    if names_only_organisations(clause) && sentence.mentions_party {
        return Theme::EmergingSectorPartyBuilding;
    }
    // a remit's own word decides before a setting every remit shares (社区 in 社区志愿服务),
    // unless the setting is what the figure counts and its clause names no remit
    // (3个村(社区)获……资金支持, but 310个社区组织志愿服务活动)
    let words = theme_words();
    let clause_remit = first_remit_family(clause);
    let counted = theme_hits_with_setting(words, &clause[figure.end.min(clause.len())..])
        .next()
        .filter(|&(start, _, _, setting)| setting && start <= 2 && clause_remit.is_none())
        .map(|(_, _, f, _)| words.families[f].0);
    let theme = counted
        .or(clause_remit)
        .or_else(|| sentence.remit.before(number_at))
        .or(sentence.first_remit)
        .or_else(|| first_family(clause))
        .or_else(|| sentence.all.before(number_at))
        .or(sentence.first)
        .or_else(paragraph)
        .or_else(headline)
        .unwrap_or(Theme::Other);
    if theme == Theme::EmergingSectorPartyBuilding && !sentence.mentions_emerging_context {
        // a community's own party organisation is grassroots work, not the emerging sectors
        return Theme::GrassrootsGovernance;
    }
    theme
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
    fn embedded_theme_words_parse_and_name_every_theme() {
        let words = parse_themes(THEMES).expect("data/themes.toml must parse");
        for theme in Theme::ALL.into_iter().filter(|&t| t != Theme::Other) {
            assert!(
                words
                    .families
                    .iter()
                    .any(|(t, w)| *t == theme && !w.is_empty()),
                "data/themes.toml has no words for {theme:?}"
            );
        }
        assert!(!words.party_words.is_empty() && !words.emerging_context.is_empty());
        assert!(parse_themes(
            "[[family]]\ntheme = \"sports\"\nwords = []\nemerging_context = []\nparty_words = []"
        )
        .is_err());
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
