//! Cross-document merging: a page that reprints another source's article (000 reprints 001) is found
//! by aligning the texts; a figure both state becomes one fact citing both, and where the aligned
//! sentences differ in a name or a number, the difference is listed as a conflict.

use crate::char_diff::diff;
use crate::ingest::CharIndex;
use crate::rules::AnalysedDoc;
use jianbao_facts::{Citation, Conflict, ConflictVariant, Fact, FactSet};
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::BTreeMap;
use std::ops::Range;

/// Two articles are copies of one another from this bigram similarity (Dice) on.
const ARTICLE_SIMILARITY: f64 = 0.4;
/// Two sentences say the same thing from this similarity on.
const SENTENCE_SIMILARITY: f64 = 0.5;

/// The distinct bigrams of a text's letters and digits, packed two chars to a `u64`, sorted:
/// comparing two of them is a merge walk rather than a hash lookup per bigram.
fn bigrams(chars: &[char]) -> Vec<u64> {
    bigrams_of(chars.iter().copied(), chars.len())
}

/// [`bigrams`] of characters that need not lie together (an article's sentences), from an
/// upper bound of their number. A long text repeats most of its bigrams, so the list is sorted
/// and deduplicated whenever it fills and grows only when that leaves it more than half full:
/// it stays near the number of distinct bigrams rather than eight bytes per character. The
/// set keeps no spare capacity: every article's set is held while documents are aligned.
fn bigrams_of(chars: impl Iterator<Item = char>, most: usize) -> Vec<u64> {
    const FIRST_CAPACITY: usize = 4_096;
    let mut grams = Vec::with_capacity(most.min(FIRST_CAPACITY));
    let mut previous: Option<char> = None;
    for c in chars.filter(|&c| is_letter_or_digit(c)) {
        if let Some(p) = previous {
            if grams.len() == grams.capacity() {
                grams.sort_unstable();
                grams.dedup();
                if grams.len() > grams.capacity() / 2 {
                    grams.reserve(grams.capacity());
                }
            }
            grams.push(u64::from(p) << 32 | u64::from(c));
        }
        previous = Some(c);
    }
    grams.sort_unstable();
    grams.dedup();
    grams.shrink_to_fit();
    grams
}

/// `char::is_alphanumeric` with the common cases first: CJK ideographs and ASCII are most of
/// every text, and the general Unicode table lookup is the slow path of whole-article bigrams.
fn is_letter_or_digit(c: char) -> bool {
    is_cjk(c) || c.is_ascii_alphanumeric() || (!c.is_ascii() && c.is_alphanumeric())
}

/// Dice similarity of two bigram sets from [`bigrams`] (merging reads it through
/// [`dice_reaching`]; the tests compare with it).
#[cfg(test)]
fn dice(a: &[u64], b: &[u64]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    // without branches on the comparison, which a CPU cannot predict here
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        let (x, y) = (a[i], b[j]);
        common += usize::from(x == y);
        i += usize::from(x <= y);
        j += usize::from(y <= x);
    }
    2.0 * common as f64 / (a.len() + b.len()) as f64
}

/// [`dice`] of `a` and `b` when it reaches `least`, else `None`: the walk stops once the
/// bigrams left cannot bring it there (most pairs of articles compared share too little).
fn dice_reaching(a: &[u64], b: &[u64], least: f64) -> Option<f64> {
    // checked every so many steps: a bound per step would cost what the walk saves
    dice_reaching_by(a, b, least, 256)
}

/// [`dice_reaching`] for sentences (a few dozen bigrams each), whose bound is checked more
/// often: most sentences a reprint's sentence is compared with are not it (comparing them to
/// the end was a sixth of merging the seeds).
fn sentence_dice_reaching(a: &[u64], b: &[u64], least: f64) -> Option<f64> {
    dice_reaching_by(a, b, least, 16)
}

/// [`dice_reaching`] with the bound checked every `steps` steps of the walk. The score is
/// [`dice`]'s, computed alike.
fn dice_reaching_by(a: &[u64], b: &[u64], least: f64, steps: usize) -> Option<f64> {
    if a.is_empty() || b.is_empty() {
        return (0.0 >= least).then_some(0.0);
    }
    let total = (a.len() + b.len()) as f64;
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        let stop = (i + steps).min(a.len());
        while i < stop && j < b.len() {
            let (x, y) = (a[i], b[j]);
            common += usize::from(x == y);
            i += usize::from(x <= y);
            j += usize::from(y <= x);
        }
        // at most every bigram left of the shorter rest is common yet
        let most = common + (a.len() - i).min(b.len() - j);
        if 2.0 * most as f64 / total < least {
            return None;
        }
    }
    let score = 2.0 * common as f64 / total;
    (score >= least).then_some(score)
}

/// The highest [`dice`] two sets of these sizes can have (when the smaller is inside the larger).
fn dice_bound(a: &[u64], b: &[u64]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    2.0 * a.len().min(b.len()) as f64 / (a.len() + b.len()) as f64
}

/// FNV-1a: a tiny, stable hash for content-derived ids (std's hasher may change between releases).
pub(crate) fn stable_hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
    })
}

/// One sentence of one document, as alignment pairs them.
pub(crate) struct SentenceRef<'a> {
    pub(crate) doc: &'a AnalysedDoc<'a>,
    pub(crate) range: Range<usize>,
}

impl SentenceRef<'_> {
    fn chars(&self) -> &[char] {
        &self.doc.normalized.chars[self.range.clone()]
    }
}

/// The bigrams of each relevant article's sentences taken together (`None` for the others), so
/// that every article is reduced once rather than once per pair of documents.
fn article_bigrams(doc: &AnalysedDoc) -> Vec<Option<Vec<u64>>> {
    doc.articles
        .iter()
        .map(|article| {
            article.relevant.then(|| {
                let chars = &doc.normalized.chars;
                let sentences = || article.sentences.iter().map(|r| &chars[r.clone()]);
                bigrams_of(
                    sentences().flatten().copied(),
                    sentences().map(<[char]>::len).sum(),
                )
            })
        })
        .collect()
}

/// Per article of a pair's secondary document (the reprint), the article of its primary
/// document it copies: the most similar one, the first (lowest index) of equals, with that
/// similarity.
type Originals = FxHashMap<usize, (f64, usize)>;

/// Of documents `i` < `j` (with `articles` articles each, by index), (primary, secondary): the
/// source with fewer articles is the original, a page of many articles reprints it.
fn primary_first(articles: impl Fn(usize) -> usize, i: usize, j: usize) -> (usize, usize) {
    if articles(j) < articles(i) {
        (j, i)
    } else {
        (i, j)
    }
}

/// Records that article `pa` of the primary document and `sa` of the secondary are `score`
/// similar: `sa`'s original is the most similar primary article, the first of equals.
fn note_original(originals: &mut Originals, pa: usize, sa: usize, score: f64) {
    let best = originals.entry(sa).or_insert((score, pa));
    if score > best.0 || (score == best.0 && pa < best.1) {
        *best = (score, pa);
    }
}

/// The fewest bigrams an article of `size` bigrams shares with any article it is
/// [`ARTICLE_SIMILARITY`]-similar to: from 2c ≥ t(|x| + |y|) and |y| ≥ c, c ≥ t|x| / (2 − t).
/// Rounded down a hair, never up: a bound too high would lose a pair.
fn least_overlap(size: usize) -> usize {
    let t = ARTICLE_SIMILARITY;
    ((t * size as f64 / (2.0 - t)) - 1e-9).ceil().max(0.0) as usize
}

/// The pairs of documents (i < j) that hold copies of one another's articles, each with the
/// [`Originals`] of its secondary document's articles; every other pair has no two relevant
/// articles [`ARTICLE_SIMILARITY`]-similar, so [`align`] skips it. Every similar pair of articles
/// is compared here, and only here (aligning them once computed every similarity again).
///
/// Prefix filtering (Chaudhuri et al., "A primitive operator for similarity joins", 2006):
/// with the bigrams of every article ordered rarest first, two articles sharing at least
/// [`least_overlap`] bigrams share one among the first `size − least_overlap + 1` of each.
/// Only those prefixes are indexed and looked up, so articles are compared only when they
/// share uncommon content, rather than every pair of a many-file corpus; a pair of documents is
/// a candidate when two of their articles are similar enough.
fn candidate_pairs(grams: &[Vec<Option<Vec<u64>>>]) -> BTreeMap<(usize, usize), Originals> {
    // (document, article index in it, bigrams)
    let articles: Vec<(usize, usize, &[u64])> = grams
        .iter()
        .enumerate()
        .flat_map(|(doc, articles)| {
            articles
                .iter()
                .enumerate()
                .filter_map(|(index, g)| g.as_deref().map(|g| (index, g)))
                .filter(|(_, g)| !g.is_empty())
                .map(move |(index, g)| (doc, index, g))
        })
        .collect();
    // FxHash: bigrams are integers, looked up once per bigram of every article
    let mut frequency: FxHashMap<u64, u32> = FxHashMap::default();
    for (_, _, g) in &articles {
        for &gram in *g {
            *frequency.entry(gram).or_default() += 1;
        }
    }
    // bigram → articles (earlier ones) with it in their prefix
    let mut index: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
    let mut pairs: BTreeMap<(usize, usize), Originals> = BTreeMap::new();
    // the article whose lookup last compared each earlier article (each pair is compared once)
    let mut compared_for = vec![usize::MAX; articles.len()];
    // (frequency, bigram) of an article's bigrams that another article shares, reused
    let mut shared: Vec<(u32, u64)> = Vec::new();
    for (k, &(doc, article, g)) in articles.iter().enumerate() {
        let prefix = (g.len() + 1)
            .saturating_sub(least_overlap(g.len()))
            .clamp(1, g.len());
        // A bigram of this article alone (frequency 1) is in no other article's prefix, so it
        // finds nothing and is found by nothing: only the shared ones are indexed and looked
        // up. They come after every unshared one in rarest-first order, so the prefix holds
        // `prefix − unshared` of them, the rarest (ties by bigram, as a sort of all would give);
        // each key is looked up once, not at every comparison.
        shared.clear();
        shared.extend(
            g.iter()
                .map(|gram| (frequency[gram], *gram))
                .filter(|&(count, _)| count > 1),
        );
        let unshared = g.len() - shared.len();
        let take = prefix.saturating_sub(unshared);
        if take == 0 {
            continue;
        }
        if take < shared.len() {
            shared.select_nth_unstable(take - 1);
        }
        for &(_, gram) in &shared[..take] {
            let earlier = index.entry(gram).or_default();
            for &other in earlier.iter() {
                if compared_for[other] == k {
                    continue;
                }
                compared_for[other] = k;
                let (other_doc, other_article, other_grams) = articles[other];
                if other_doc == doc || dice_bound(g, other_grams) < ARTICLE_SIMILARITY {
                    continue;
                }
                if let Some(score) = dice_reaching(g, other_grams, ARTICLE_SIMILARITY) {
                    let (i, j) = (other_doc.min(doc), other_doc.max(doc));
                    let (primary, _) = primary_first(|d| grams[d].len(), i, j);
                    let (pa, sa) = if primary == doc {
                        (article, other_article)
                    } else {
                        (other_article, article)
                    };
                    note_original(pairs.entry((i, j)).or_default(), pa, sa, score);
                }
            }
            earlier.push(k);
        }
    }
    pairs
}

/// Reads what merging needs of one analysed document of a corpus of several, while documents
/// are still analysed on as many threads (merging runs on one): its articles' bigrams and its
/// candidate points' content hashes.
pub(crate) fn prepare(doc: &mut AnalysedDoc) {
    doc.article_grams = article_bigrams(doc);
    doc.point_hashes = crate::point_merge::content_hashes_of(doc.text, &doc.points);
}

/// Pairs of aligned sentences (primary, secondary) across copied articles.
#[cfg(test)]
fn align<'a>(docs: &'a [AnalysedDoc]) -> Vec<(SentenceRef<'a>, SentenceRef<'a>)> {
    align_with(docs, Vec::new())
}

/// [`align`] with the articles' bigrams [`prepare`] read (`grams`, taken from the documents),
/// each document's read here where it was not.
fn align_with<'a>(
    docs: &'a [AnalysedDoc],
    mut grams: Vec<Vec<Option<Vec<u64>>>>,
) -> Vec<(SentenceRef<'a>, SentenceRef<'a>)> {
    // a copy needs two documents: one alone has no pair, so its bigrams are not worth reading
    if docs.len() < 2 {
        return Vec::new();
    }
    grams.resize_with(docs.len(), Vec::new);
    for (doc, grams) in docs.iter().zip(grams.iter_mut()) {
        if grams.len() != doc.articles.len() {
            *grams = article_bigrams(doc);
        }
    }
    let candidates = candidate_pairs(&grams);
    drop(grams);
    let mut pairs = Vec::new();
    for (&(i, j), originals) in &candidates {
        align_pair(docs, i, j, originals, &mut pairs);
    }
    pairs
}

/// Aligns the sentences of copied articles of documents `i` < `j` onto `pairs`, each article of
/// the secondary document with its original from `originals`.
fn align_pair<'a>(
    docs: &'a [AnalysedDoc],
    i: usize,
    j: usize,
    originals: &Originals,
    pairs: &mut Vec<(SentenceRef<'a>, SentenceRef<'a>)>,
) {
    let (p, s) = primary_first(|d| docs[d].articles.len(), i, j);
    let (primary, secondary) = (&docs[p], &docs[s]);
    // An article reprints one article: each secondary article is aligned with the primary one
    // most similar to it (the first of equals), not with every similar one; a page repeating
    // one article a thousand times made a million article pairs. In order of the primary
    // article, then of the secondary one.
    let mut copies: Vec<(usize, usize)> =
        originals.iter().map(|(&sa, &(_, pa))| (pa, sa)).collect();
    copies.sort_unstable();
    for (pa, sa) in copies {
        let (pa, sa) = (&primary.articles[pa], &secondary.articles[sa]);
        let secondary_grams: Vec<Vec<u64>> = sa
            .sentences
            .iter()
            .map(|r| bigrams(&secondary.normalized.chars[r.clone()]))
            .collect();
        // sentences with the same bigrams score alike and the first of equals wins, so each
        // distinct one is compared once (a page repeating a paragraph made this quadratic)
        let mut first_with: FxHashMap<&[u64], usize> = FxHashMap::default();
        let distinct: Vec<(usize, &Vec<u64>)> = secondary_grams
            .iter()
            .enumerate()
            .filter(|&(k, g)| *first_with.entry(g.as_slice()).or_insert(k) == k)
            .collect();
        for pr in &pa.sentences {
            let pg = bigrams(&primary.normalized.chars[pr.clone()]);
            if pg.len() < 4 {
                continue;
            }
            // the most similar sentence (the first of equals), if similar enough; a
            // sentence whose size alone keeps it below that is not compared. A sentence
            // reprinted as it was is found at once: its bigrams are a distinct sentence's, whose
            // similarity 1 no other distinct sentence reaches (most of a reprint's sentences;
            // comparing each with every sentence was a tenth of merging the seeds).
            let mut best: Option<(f64, usize)> = first_with.get(pg.as_slice()).map(|&k| (1.0, k));
            let others = if best.is_some() {
                &[][..]
            } else {
                &distinct[..]
            };
            for &(k, sg) in others {
                let bound = dice_bound(&pg, sg);
                if bound < SENTENCE_SIMILARITY || best.is_some_and(|b| bound <= b.0) {
                    continue;
                }
                // the first of equals stays: a later one must score above it
                let least = best.map_or(SENTENCE_SIMILARITY, |b| b.0.max(SENTENCE_SIMILARITY));
                if let Some(score) = sentence_dice_reaching(&pg, sg, least) {
                    if best.is_none_or(|b| score > b.0) {
                        best = Some((score, k));
                    }
                }
            }
            if let Some((_, k)) = best {
                pairs.push((
                    SentenceRef {
                        doc: primary,
                        range: pr.clone(),
                    },
                    SentenceRef {
                        doc: secondary,
                        range: sa.sentences[k].clone(),
                    },
                ));
            }
        }
    }
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// Characters at which a disputed term stops growing leftwards.
const TERM_STOPS: &str = "在的和与是为由对从将了得取有把向";

/// Widens a differing range to the term around it: leftwards over CJK text, rightwards only up to
/// a closing quote (天守评谈”).
fn widen(chars: &[char], r: Range<usize>) -> Range<usize> {
    let mut start = r.start;
    while start > 0
        && r.start - start < 6
        && is_cjk(chars[start - 1])
        && !TERM_STOPS.contains(chars[start - 1])
    {
        start -= 1;
    }
    let mut end = r.end;
    if let Some(k) =
        (r.end..chars.len().min(r.end + 4)).find(|&k| matches!(chars[k], '”' | '"' | '》'))
    {
        if chars[r.end..k].iter().all(|&c| is_cjk(c)) {
            end = k;
        }
    }
    start..end
}

/// Readings that name the same thing from a different standpoint (我省 for 浙江省).
fn is_deictic(text: &str) -> bool {
    ["我", "本", "全", "我省", "本省", "全省", "我市", "本市"].contains(&text)
}

/// What a disputed reading is about, as its sentence with the reading blanked out (一场恳谈会在□举行);
/// a clause too short to say anything takes the clause before it along (11月5日至6日,□召开).
fn subject_of(chars: &[char], disputed: Range<usize>) -> String {
    const LEFT_CHARS: usize = 12;
    const RIGHT_CHARS: usize = 8;
    let is_stop = |c: char| matches!(c, '。' | ';' | '\n');
    let is_break = |c: char| c == ',' || is_stop(c);
    let mut start = chars[..disputed.start]
        .iter()
        .rposition(|&c| is_break(c))
        .map_or(0, |p| p + 1);
    if disputed.start - start < 4 && start > 0 && chars[start - 1] == ',' {
        start = chars[..start - 1]
            .iter()
            .rposition(|&c| is_break(c))
            .map_or(0, |p| p + 1);
    }
    let start = start.max(disputed.start.saturating_sub(LEFT_CHARS));
    // begin at a boundary rather than in the middle of a word
    let start = if chars[..start].last().is_some_and(|c| !is_break(*c)) {
        chars[start..disputed.start]
            .iter()
            .position(|&c| matches!(c, '、' | '，' | '“'))
            .map_or(start, |p| start + p + 1)
    } else {
        start
    };
    let end = (disputed.end..chars.len())
        .find(|&k| is_break(chars[k]))
        .unwrap_or(chars.len())
        .min(disputed.end + RIGHT_CHARS);
    let left: String = chars[start..disputed.start].iter().collect();
    let right: String = chars[disputed.end..end].iter().collect();
    format!("{left}□{right}")
}

/// The citation of a normalised range of `doc`; `index` (of the document's text) finds the quote
/// without walking the text from its start, which made many conflicts in a large file quadratic.
fn citation(doc: &AnalysedDoc, index: &CharIndex, range: Range<usize>) -> Citation {
    let span = doc.normalized.original_span(range);
    Citation {
        doc: doc.file.clone(),
        quote: index.slice(doc.text, span[0], span[1]).to_owned(),
        span,
    }
}

/// The vectors one after another, in the first one's buffer: a corpus of one large document
/// (the usual way to hit the memory peak) moves nothing, where collecting into a new vector
/// held every candidate twice.
pub(crate) fn concat<T>(vecs: Vec<Vec<T>>) -> Vec<T> {
    let total: usize = vecs.iter().map(Vec::len).sum();
    let mut vecs = vecs.into_iter();
    let mut all = vecs.next().unwrap_or_default();
    all.reserve_exact(total - all.len());
    for more in vecs {
        all.extend(more);
    }
    all
}

fn content_id(f: &Fact) -> String {
    let key = format!(
        "{}|{}|{}|{}|{}|{}",
        f.province,
        f.place,
        f.metric.as_deref().unwrap_or(&f.label),
        f.value,
        f.unit,
        f.as_of.as_deref().unwrap_or("")
    );
    // an aim is another fact than a report of the same value (reported facts keep their ids)
    let key = if f.target { key + "|target" } else { key };
    format!("f{:012x}", stable_hash(&key) & 0xffff_ffff_ffff)
}

/// Merges the candidate facts of all documents into the final fact set. Takes the documents so
/// that their facts and points move into the fact set rather than being copied (a copy of every
/// fact and point was the peak of memory on long inputs).
pub fn merge(mut docs: Vec<AnalysedDoc<'_>>) -> FactSet {
    let candidate_facts: Vec<Vec<(Fact, Range<usize>)>> = docs
        .iter_mut()
        .map(|d| std::mem::take(&mut d.facts))
        .collect();
    let candidate_points: Vec<crate::points::CandidatePoints> = docs
        .iter_mut()
        .map(|d| std::mem::take(&mut d.points))
        .collect();
    let grams: Vec<Vec<Option<Vec<u64>>>> = docs
        .iter_mut()
        .map(|d| std::mem::take(&mut d.article_grams))
        .collect();
    let point_hashes: Vec<Vec<u64>> = docs
        .iter_mut()
        .map(|d| std::mem::take(&mut d.point_hashes))
        .collect();
    let docs = docs.as_slice();
    let pairs = align_with(docs, grams);
    let char_index: FxHashMap<&str, CharIndex> = docs
        .iter()
        .map(|d| (d.file.as_str(), CharIndex::new(d.text)))
        .collect();
    // (doc, sentence start) → facts of that sentence, by position in `all`
    let mut all: Vec<(Fact, Range<usize>)> = concat(candidate_facts);
    let mut by_sentence: FxHashMap<(String, usize), Vec<usize>> = FxHashMap::default();
    for (k, (f, r)) in all.iter().enumerate() {
        by_sentence
            .entry((f.doc.clone(), r.start))
            .or_default()
            .push(k);
    }
    let mut dropped = vec![false; all.len()];
    let mut conflicts = Vec::new();
    for (p, s) in &pairs {
        let primary_facts = by_sentence
            .get(&(p.doc.file.clone(), p.range.start))
            .cloned()
            .unwrap_or_default();
        let secondary_facts = by_sentence
            .get(&(s.doc.file.clone(), s.range.start))
            .cloned()
            .unwrap_or_default();
        for &sk in &secondary_facts {
            let twin = primary_facts.iter().copied().find(|&pk| {
                all[pk].0.value == all[sk].0.value
                    && all[pk].0.unit == all[sk].0.unit
                    && all[pk].0.target == all[sk].0.target
                    && !dropped[pk]
            });
            if let Some(pk) = twin {
                if dropped[sk] {
                    continue;
                }
                dropped[sk] = true;
                let cite = Citation {
                    doc: all[sk].0.doc.clone(),
                    quote: all[sk].0.quote.clone(),
                    span: all[sk].0.span,
                };
                if !all[pk].0.also_cited.contains(&cite) {
                    all[pk].0.also_cited.push(cite);
                }
            }
        }
        for (ra, rb) in diff(p.chars(), s.chars()) {
            // the differing characters are read in place, not copied to strings
            let (ta, tb) = (&p.chars()[ra.clone()], &s.chars()[rb.clone()]);
            let substantive = |t: &[char]| t.iter().any(|&c| is_cjk(c) || c.is_ascii_digit());
            if ra.is_empty() || rb.is_empty() || !substantive(ta) || !substantive(tb) {
                continue;
            }
            let wa = widen(p.chars(), ra.clone());
            let wb = widen(s.chars(), rb.clone());
            let (va, vb): (String, String) = (
                p.chars()[wa.clone()].iter().collect(),
                s.chars()[wb.clone()].iter().collect(),
            );
            let in_byline = |d: &SentenceRef| d.chars().windows(2).any(|w| w == ['记', '者']);
            if is_deictic(&va) || is_deictic(&vb) || in_byline(p) || in_byline(s) {
                continue;
            }
            let field = if ta.iter().chain(tb).any(char::is_ascii_digit) {
                "value"
            } else {
                "name"
            };
            let subject = subject_of(p.chars(), wa.clone());
            let clause = |d: &SentenceRef, r: &Range<usize>| -> Range<usize> {
                let c = d.chars();
                let start = c[..r.start]
                    .iter()
                    .rposition(|&x| matches!(x, ',' | '。' | ';'))
                    .map_or(0, |k| k + 1);
                let end = (r.end..c.len())
                    .find(|&k| matches!(c[k], ',' | '。' | ';'))
                    .unwrap_or(c.len());
                d.range.start + start..d.range.start + end
            };
            let fact_id = primary_facts.first().copied();
            conflicts.push((
                fact_id,
                Conflict {
                    id: String::new(),
                    field: field.to_owned(),
                    subject,
                    fact_id: None,
                    variants: vec![
                        ConflictVariant {
                            text: va,
                            citation: citation(
                                p.doc,
                                &char_index[p.doc.file.as_str()],
                                clause(p, &wa),
                            ),
                        },
                        ConflictVariant {
                            text: vb,
                            citation: citation(
                                s.doc,
                                &char_index[s.doc.file.as_str()],
                                clause(s, &wb),
                            ),
                        },
                    ],
                },
            ));
        }
    }
    // the maps of the merging passes go before the facts are renumbered
    drop(by_sentence);
    let mut facts: Vec<(Fact, usize)> = all
        .into_iter()
        .enumerate()
        .filter(|(k, _)| !dropped[*k])
        .map(|(k, (f, _))| (f, k))
        .collect();
    // sorted in place: the original index breaks ties as a stable sort would, without the
    // stable sort's scratch copy of every fact (1.5 MB on a 2 MB text, at the memory peak)
    facts.sort_unstable_by(|a, b| {
        (a.0.doc.cmp(&b.0.doc))
            .then(a.0.span.cmp(&b.0.span))
            .then(a.1.cmp(&b.1))
    });
    let mut seen: FxHashMap<String, usize> = FxHashMap::default();
    let mut id_of: FxHashMap<usize, String> = FxHashMap::default();
    for (f, k) in facts.iter_mut() {
        let base = content_id(f);
        let n = seen.entry(base.clone()).or_insert(0);
        *n += 1;
        f.id = if *n == 1 { base } else { format!("{base}-{n}") };
        id_of.insert(*k, f.id.clone());
    }
    drop(seen);
    let mut conflicts: Vec<Conflict> = conflicts
        .into_iter()
        .map(|(fact, mut c)| {
            c.fact_id = fact.and_then(|k| id_of.get(&k).cloned());
            let key = c
                .variants
                .iter()
                .map(|v| format!("{}@{}:{}", v.text, v.citation.doc, v.citation.span[0]))
                .collect::<Vec<_>>()
                .join("|");
            c.id = format!("c{:012x}", stable_hash(&key) & 0xffff_ffff_ffff);
            c
        })
        .collect();
    drop(id_of);
    conflicts.sort_by(|a, b| {
        let key = |c: &Conflict| {
            c.variants
                .first()
                .map(|v| (v.citation.doc.clone(), v.citation.span))
        };
        key(a).cmp(&key(b))
    });
    // the same disagreement found twice (two differences widened to one term) is listed once;
    // equal ids need not be neighbours after sorting
    let mut listed = FxHashSet::default();
    conflicts.retain(|c| listed.insert(c.id.clone()));
    let facts: Vec<Fact> = facts.into_iter().map(|(f, _)| f).collect();
    let points = crate::point_merge::merge_points(
        docs,
        candidate_points,
        point_hashes,
        &pairs,
        &facts,
        &conflicts,
    );
    FactSet {
        reprints: crate::point_merge::detect_reprints(docs, &pairs),
        facts,
        conflicts,
        points,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Alignment as it was before [`candidate_pairs`]: every pair of documents, every pair of
    /// their articles compared.
    fn align_every_pair<'a>(
        docs: &'a [AnalysedDoc<'a>],
    ) -> Vec<(SentenceRef<'a>, SentenceRef<'a>)> {
        let grams: Vec<Vec<Option<Vec<u64>>>> = docs.iter().map(article_bigrams).collect();
        let mut pairs = Vec::new();
        for i in 0..docs.len() {
            for j in i + 1..docs.len() {
                let (p, s) = primary_first(|d| grams[d].len(), i, j);
                let mut originals = Originals::default();
                for (pa, pg) in grams[p].iter().enumerate() {
                    for (sa, sg) in grams[s].iter().enumerate() {
                        if let (Some(pg), Some(sg)) = (pg, sg) {
                            let score = dice(pg, sg);
                            if score >= ARTICLE_SIMILARITY {
                                note_original(&mut originals, pa, sa, score);
                            }
                        }
                    }
                }
                align_pair(docs, i, j, &originals, &mut pairs);
            }
        }
        pairs
    }

    fn named(
        pairs: &[(SentenceRef, SentenceRef)],
    ) -> Vec<(String, Range<usize>, String, Range<usize>)> {
        pairs
            .iter()
            .map(|(p, s)| {
                (
                    p.doc.file.clone(),
                    p.range.clone(),
                    s.doc.file.clone(),
                    s.range.clone(),
                )
            })
            .collect()
    }

    /// Every third digit one higher: a reprint whose figures disagree.
    fn with_other_figures(text: &str) -> String {
        let mut count = 0;
        text.chars()
            .map(|c| match c.to_digit(10) {
                Some(d) => {
                    count += 1;
                    if count % 3 == 0 {
                        char::from_digit((d + 1) % 10, 10).unwrap_or(c)
                    } else {
                        c
                    }
                }
                None => c,
            })
            .collect()
    }

    /// Indexing articles by their rarest bigrams finds every pair of documents that comparing
    /// all pairs finds, in the same order: the seeds (two of which reprint each other), reprints
    /// with other figures, halves, and pages of two articles.
    #[test]
    fn candidate_pairs_align_like_every_pair() {
        let seeds = crate::Sources::embedded();
        let texts: Vec<String> = seeds.documents().iter().map(|d| d.text.clone()).collect();
        let mut corpus: Vec<(String, String)> = Vec::new();
        for (k, text) in texts.iter().enumerate() {
            corpus.push((format!("{k}.txt"), text.clone()));
            corpus.push((format!("{k}-reprint.txt"), with_other_figures(text)));
            let half: String = text.chars().take(text.chars().count() / 2).collect();
            corpus.push((format!("{k}-half.txt"), half));
            let next = &texts[(k + 1) % texts.len()];
            corpus.push((format!("{k}-page.txt"), format!("{text}\n\n{next}")));
        }
        let sources = crate::Sources::from_texts(corpus, jianbao_facts::Manifest::default());
        let docs = crate::analyse_all(&sources, &crate::default_catalog());
        let every = named(&align_every_pair(&docs));
        assert!(
            every.len() > 100,
            "too few aligned sentences to compare: {}",
            every.len()
        );
        let candidates = named(&align(&docs));
        assert!(
            candidates == every,
            "{} aligned sentences through candidate pairs, {} through every pair",
            candidates.len(),
            every.len()
        );
    }

    /// A page repeating one article and a reprint of that page: each reprinted article is
    /// aligned with one original, so there are no more pairs than sentences (every copy with
    /// every copy made a million article pairs of a 168 KB page).
    #[test]
    fn a_repeated_article_is_aligned_once_per_copy() {
        let seeds = crate::Sources::embedded();
        let article = &seeds.documents()[4].text;
        let page = format!("{article}\n\n").repeat(12);
        let sources = crate::Sources::from_texts(
            vec![
                ("page.txt".into(), page.clone()),
                ("reprint.txt".into(), with_other_figures(&page)),
            ],
            jianbao_facts::Manifest::default(),
        );
        let docs = crate::analyse_all(&sources, &crate::default_catalog());
        let relevant = docs[0].articles.iter().filter(|a| a.relevant).count();
        assert!(
            relevant >= 12,
            "the page should hold 12 articles: {relevant}"
        );
        let sentences: usize = docs[0].articles.iter().map(|a| a.sentences.len()).sum();
        let pairs = align(&docs).len();
        assert!(
            pairs > 0 && pairs <= sentences,
            "{pairs} pairs for {sentences} sentences"
        );
    }

    /// Documents that share no uncommon content are not compared at all.
    #[test]
    fn unrelated_documents_are_not_candidates() {
        let article = |g: &[u64]| vec![Some(g.to_vec())];
        let grams = vec![
            article(&[1, 2, 3, 4, 5, 6, 7, 8]),
            article(&[1, 2, 3, 4, 5, 6, 7, 9]),
            article(&[20, 21, 22, 23, 24, 25, 26, 27]),
        ];
        let pairs: Vec<(usize, usize)> = candidate_pairs(&grams).into_keys().collect();
        assert_eq!(pairs, [(0, 1)]);
    }
}
