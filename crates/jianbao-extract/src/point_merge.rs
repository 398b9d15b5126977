//! Points across sources: reprints, duplicates and ids.
//!
//! A source that reprints another (a newspaper page carrying an abridged copy of a news-site
//! article) is one report, not two: [`detect_reprints`] finds such article pairs from the
//! sentences [`crate::merge`] aligned, and [`merge_points`] folds a reprint's points into the
//! original's, cited as further sources. Points that several independent sources state in the
//! same words become one point too. Everything here is linear in the number of points and
//! aligned sentences (hash maps, no comparison of all pairs).

use crate::merge::{stable_hash, SentenceRef};
use crate::points::CandidatePoints;
use crate::rules::AnalysedDoc;
use jianbao_facts::{Citation, Conflict, Fact, Point, Reprint};
use rustc_hash::FxHashMap;
use std::collections::HashMap;

/// An article reprints another when at least this share of its sentences are found again there.
const REPRINT_SHARE: f64 = 0.5;
/// Sentences shorter than this (in characters) are not counted when judging a reprint
/// (datelines, one-word headings say nothing about copying).
const MIN_COUNTED_SENTENCE: usize = 8;

/// The article each sentence of a document belongs to, by sentence start.
fn article_of_sentence(doc: &AnalysedDoc) -> HashMap<usize, usize> {
    doc.articles
        .iter()
        .enumerate()
        .flat_map(|(k, a)| a.sentences.iter().map(move |r| (r.start, k)))
        .collect()
}

/// Article pairs (original, reprint) whose aligned sentences make up most of the reprint.
pub(crate) fn detect_reprints(
    docs: &[AnalysedDoc],
    pairs: &[(SentenceRef<'_>, SentenceRef<'_>)],
) -> Vec<Reprint> {
    let index: HashMap<&str, (usize, HashMap<usize, usize>)> = docs
        .iter()
        .enumerate()
        .map(|(k, d)| (d.file.as_str(), (k, article_of_sentence(d))))
        .collect();
    // (original doc, article, reprint doc, article) → aligned sentences of the reprint
    let mut shared: HashMap<(usize, usize, usize, usize), usize> = HashMap::new();
    for (p, s) in pairs {
        let (Some((pd, pa)), Some((sd, sa))) = (
            index
                .get(p.doc.file.as_str())
                .and_then(|(d, m)| m.get(&p.range.start).map(|a| (*d, *a))),
            index
                .get(s.doc.file.as_str())
                .and_then(|(d, m)| m.get(&s.range.start).map(|a| (*d, *a))),
        ) else {
            continue;
        };
        if s.range.len() >= MIN_COUNTED_SENTENCE {
            *shared.entry((pd, pa, sd, sa)).or_default() += 1;
        }
    }
    let mut out: Vec<Reprint> = shared
        .into_iter()
        .filter_map(|((pd, pa, sd, sa), n)| {
            let (original, reprint) = (&docs[pd], &docs[sd]);
            let article = &reprint.articles[sa];
            let counted = article
                .sentences
                .iter()
                .filter(|r| r.len() >= MIN_COUNTED_SENTENCE)
                .count();
            let share = n as f64 / counted.max(1) as f64;
            if share < REPRINT_SHARE {
                return None;
            }
            let span_of = |d: &AnalysedDoc, k: usize| {
                let a = &d.articles[k];
                let start = a
                    .head
                    .start
                    .min(a.sentences.first().map_or(a.head.start, |r| r.start));
                let end = a.sentences.last().map_or(a.head.end, |r| r.end);
                d.normalized.original_span(start..end)
            };
            let basis = if reprint.articles.len() > original.articles.len() {
                format!(
                    "{} is a page of {} articles; {} of its sentences repeat {}, a single report",
                    reprint.file,
                    reprint.articles.len(),
                    n,
                    original.file
                )
            } else {
                format!(
                    "{n} sentences of {} repeat {}; with as many articles in each, the file listed first is taken as the original",
                    reprint.file, original.file
                )
            };
            Some(Reprint {
                doc: reprint.file.clone(),
                span: span_of(reprint, sa),
                original: original.file.clone(),
                original_span: span_of(original, pa),
                shared: (share.min(1.0) * 100.0).round() / 100.0,
                basis,
            })
        })
        .collect();
    // one article may repeat two originals: the original breaks the tie, so that the order does
    // not follow the hash map's (which changes from run to run)
    out.sort_by(|a, b| {
        (&a.doc, a.span, &a.original, a.original_span).cmp(&(
            &b.doc,
            b.span,
            &b.original,
            b.original_span,
        ))
    });
    out
}

/// The characters of [`content_key`], one by one.
fn content_chars(text: &str) -> impl Iterator<Item = char> + '_ {
    text.chars().filter(|&c| {
        ('\u{4e00}'..='\u{9fff}').contains(&c)
            || c.is_ascii_alphanumeric()
            || (!c.is_ascii() && c.is_alphanumeric())
    })
}

/// FNV-1a of [`content_chars`]: points with the same content key have the same hash.
fn content_hash(text: &str) -> u64 {
    content_chars(text).fold(0xcbf2_9ce4_8422_2325u64, |h, c| {
        (h ^ u64::from(c)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The [`content_hash`] of each of a document's candidate points, in their order: `text` is the
/// document's original text.
pub(crate) fn content_hashes_of(text: &str, points: &CandidatePoints) -> Vec<u64> {
    points
        .candidates
        .iter()
        .map(|c| content_hash(c.text(text)))
        .collect()
}

/// The letters and digits of a text: two points with the same key say the same thing, whatever
/// the punctuation, spacing or line breaks.
fn content_key(text: &str) -> String {
    // CJK and ASCII first: the general Unicode lookup is the slow path (measured with callgrind);
    // the key is never longer than the text, so it is allocated once, and each run of kept
    // characters is copied as one slice rather than char by char
    let keep = |c: char| {
        ('\u{4e00}'..='\u{9fff}').contains(&c)
            || c.is_ascii_alphanumeric()
            || (!c.is_ascii() && c.is_alphanumeric())
    };
    let mut key = String::with_capacity(text.len());
    let mut run_start: Option<usize> = None;
    for (at, c) in text.char_indices() {
        match (keep(c), run_start) {
            (true, None) => run_start = Some(at),
            (false, Some(start)) => {
                key.push_str(&text[start..at]);
                run_start = None;
            }
            _ => {}
        }
    }
    if let Some(start) = run_start {
        key.push_str(&text[start..]);
    }
    key
}

fn point_id(p: &Point) -> String {
    let key = format!("{}|{}|{}", p.province, p.kind, content_key(&p.text));
    format!("p{:012x}", stable_hash(&key) & 0xffff_ffff_ffff)
}

/// Merges the candidate points of all documents: a reprint's points into the original's, the
/// same words in several sources into one point; writes out the points kept, with ids, the facts
/// and conflicts each holds, sorted by (doc, span).
///
/// `candidates` holds each document's candidate points, in the order of `docs`.
pub(crate) fn merge_points(
    docs: &[AnalysedDoc],
    candidates: Vec<CandidatePoints>,
    content_hashes: Vec<Vec<u64>>,
    pairs: &[(SentenceRef<'_>, SentenceRef<'_>)],
    facts: &[Fact],
    conflicts: &[Conflict],
) -> Vec<Point> {
    // every candidate as (document, index among the document's candidates)
    let all: Vec<(usize, usize)> = candidates
        .iter()
        .enumerate()
        .flat_map(|(d, points)| (0..points.len()).map(move |k| (d, k)))
        .collect();
    let candidate = |k: usize| &candidates[all[k].0].candidates[all[k].1];
    let doc_of = |k: usize| &docs[all[k].0];
    let text_of = |k: usize| candidate(k).text(doc_of(k).text);
    let cite = |k: usize| Citation {
        doc: doc_of(k).file.clone(),
        quote: text_of(k).to_owned(),
        span: candidate(k).span,
    };
    // each candidate's content hash, as crate::merge::prepare found it on the document's thread,
    // else now
    let hashes: Vec<u64> = docs
        .iter()
        .zip(&candidates)
        .enumerate()
        .flat_map(|(d, (doc, points))| match content_hashes.get(d) {
            Some(found) if found.len() == points.len() => found.clone(),
            _ => content_hashes_of(doc.text, points),
        })
        .collect();
    drop(content_hashes);
    let mut by_sentence: FxHashMap<(&str, usize), Vec<usize>> = FxHashMap::default();
    for (k, &(d, _)) in all.iter().enumerate() {
        by_sentence
            .entry((docs[d].file.as_str(), candidate(k).sentence_start))
            .or_default()
            .push(k);
    }
    let mut dropped = vec![false; all.len()];
    let mut citations: Vec<(usize, Citation)> = Vec::new();
    for (p, s) in pairs {
        let (Some(primary), Some(secondary)) = (
            by_sentence.get(&(p.doc.file.as_str(), p.range.start)),
            by_sentence.get(&(s.doc.file.as_str(), s.range.start)),
        ) else {
            continue;
        };
        for &sk in secondary {
            if dropped[sk] {
                continue;
            }
            let kind = candidate(sk).kind;
            let twin = primary
                .iter()
                .copied()
                .find(|&pk| !dropped[pk] && candidate(pk).kind == kind)
                .or_else(|| primary.iter().copied().find(|&pk| !dropped[pk]));
            if let Some(pk) = twin {
                dropped[sk] = true;
                citations.push((pk, cite(sk)));
            }
        }
    }
    drop(by_sentence);
    // the same words in another source (or said twice): one point, the first in source order.
    // Points are looked up by the hash of their content key, then compared in place: the first
    // of each content, among those of its hash.
    let mut firsts_by_hash: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
    for k in 0..all.len() {
        if dropped[k] {
            continue;
        }
        let firsts = firsts_by_hash.entry(hashes[k]).or_default();
        let text = text_of(k);
        match firsts
            .iter()
            .copied()
            .find(|&first| content_chars(text_of(first)).eq(content_chars(text)))
        {
            Some(first) => {
                dropped[k] = true;
                if doc_of(first).file != doc_of(k).file {
                    citations.push((first, cite(k)));
                }
            }
            None => firsts.push(k),
        }
    }
    drop(firsts_by_hash);
    drop(hashes);
    let mut also_cited: FxHashMap<usize, Vec<Citation>> = FxHashMap::default();
    for (k, c) in citations {
        let cited = also_cited.entry(k).or_default();
        if !cited.contains(&c) {
            cited.push(c);
        }
    }
    // the candidates kept, by (doc, span), their order breaking ties; only these are written out
    let mut kept: Vec<usize> = (0..all.len()).filter(|&k| !dropped[k]).collect();
    drop(dropped);
    kept.sort_unstable_by(|&a, &b| {
        (&doc_of(a).file, candidate(a).span, a).cmp(&(&doc_of(b).file, candidate(b).span, b))
    });
    let mut points: Vec<Point> = kept
        .into_iter()
        .map(|k| {
            let (d, c) = all[k];
            let doc = &docs[d];
            let mut point = candidates[d].point(c, &doc.file, doc.text);
            point.also_cited = also_cited.remove(&k).unwrap_or_default();
            point
        })
        .collect();
    drop(also_cited);
    drop(all);
    drop(candidates);
    let mut seen: FxHashMap<String, usize> = FxHashMap::default();
    for p in &mut points {
        let base = point_id(p);
        let n = seen.entry(base.clone()).or_insert(0);
        *n += 1;
        p.id = if *n == 1 { base } else { format!("{base}-{n}") };
    }
    attach_facts_and_conflicts(&mut points, facts, conflicts);
    points
}

/// Sets each point's `fact_ids` (facts whose quote lies inside it) and `conflict_ids`
/// (conflicts with a reading inside it), by binary search in per-document sorted lists.
fn attach_facts_and_conflicts(points: &mut [Point], facts: &[Fact], conflicts: &[Conflict]) {
    let mut fact_spans: HashMap<&str, Vec<([usize; 2], &str)>> = HashMap::new();
    for f in facts {
        fact_spans
            .entry(f.doc.as_str())
            .or_default()
            .push((f.span, f.id.as_str()));
    }
    let mut conflict_spans: HashMap<&str, Vec<([usize; 2], &str)>> = HashMap::new();
    for c in conflicts {
        for v in &c.variants {
            conflict_spans
                .entry(v.citation.doc.as_str())
                .or_default()
                .push((v.citation.span, c.id.as_str()));
        }
    }
    for list in fact_spans.values_mut().chain(conflict_spans.values_mut()) {
        list.sort_unstable();
    }
    let inside = |map: &HashMap<&str, Vec<([usize; 2], &str)>>, doc: &str, span: [usize; 2]| {
        let Some(list) = map.get(doc) else {
            return Vec::new();
        };
        let from = list.partition_point(|(s, _)| s[0] < span[0]);
        let mut ids: Vec<String> = list[from..]
            .iter()
            .take_while(|(s, _)| s[0] < span[1])
            .filter(|(s, _)| s[1] <= span[1])
            .map(|(_, id)| (*id).to_owned())
            .collect();
        ids.dedup();
        ids
    };
    for p in points {
        p.fact_ids = inside(&fact_spans, &p.doc, p.span);
        let mut conflicts = inside(&conflict_spans, &p.doc, p.span);
        for c in &p.also_cited {
            conflicts.extend(inside(&conflict_spans, &c.doc, c.span));
        }
        conflicts.sort_unstable();
        conflicts.dedup();
        p.conflict_ids = conflicts;
    }
}

#[cfg(test)]
mod tests {
    use super::{content_chars, content_hash, content_key};

    /// Texts with one content key have one hash, and their characters compare equal in place,
    /// as merging looks points up.
    #[test]
    fn content_hashes_follow_content_keys() {
        let texts = [
            "全省12,000名社工持证。",
            "全省 12000 名“社工”持证",
            "全市12000名社工持证",
        ];
        for a in texts {
            for b in texts {
                let same = content_key(a) == content_key(b);
                assert_eq!(content_chars(a).eq(content_chars(b)), same, "{a} {b}");
                if same {
                    assert_eq!(content_hash(a), content_hash(b), "{a} {b}");
                }
            }
        }
    }

    /// Only letters and digits, in order, whatever punctuation, spaces and line breaks lie
    /// between, at the start or at the end.
    #[test]
    fn content_keys_keep_letters_and_digits() {
        assert_eq!(
            content_key("（一）全省 12,000名 “社工”\n持证；Ａ类ok。"),
            "一全省12000名社工持证Ａ类ok"
        );
        assert_eq!(content_key("社会组织"), "社会组织");
        assert_eq!(content_key("，。；"), "");
    }
}
