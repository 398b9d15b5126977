//! The report: every set's headline, then groups, labels and per-article lists of the
//! articles asked for, printed for a reader or as JSON.

use crate::matching::{field_right, ratio, Figure, FIELDS};
use crate::reader;
use crate::sets::{by_set, CorpusSet};
use crate::{label_acceptable, totals, Scored, Totals};
use serde_json::json;
use std::collections::BTreeMap;

pub(crate) fn figure_json(f: &Figure) -> serde_json::Value {
    json!({
        "province": f.province, "place": f.place, "level": f.level, "theme": f.theme,
        "metric": f.metric, "label": f.label, "value": f.value, "value_max": f.value_max,
        "unit": f.unit, "qualifier": f.qualifier, "as_of": f.as_of, "quote": f.quote, "target": f.target,
    })
}

/// Recall and precision within groups of articles (by script, encoding, page furniture, kind,
/// level), so that a weakness of one kind of text shows.
pub(crate) fn groups(scored: &[&Scored]) -> BTreeMap<String, [usize; 4]> {
    let mut by: BTreeMap<String, [usize; 4]> = BTreeMap::new();
    for s in scored {
        let a = &s.article;
        let furniture = if a.furniture { "with" } else { "without" };
        for key in [
            format!("script {}", a.script),
            format!("encoding {}", a.encoding),
            format!("furniture {furniture}"),
            format!("kind {}", a.kind),
            format!("level {}", a.level),
        ] {
            let g = by.entry(key).or_default();
            g[0] += s.expected.len();
            g[1] += s.got.len() - s.score.repeats.len();
            g[2] += s.score.strict.len();
            g[3] += s.score.loose.len();
        }
    }
    by
}

/// Right and judged counts per field, with their ratio.
pub(crate) fn fields_json(
    fields: &BTreeMap<&'static str, (usize, usize)>,
) -> BTreeMap<&'static str, serde_json::Value> {
    fields
        .iter()
        .map(|(k, &(right, n))| {
            (
                *k,
                json!({"right": right, "judged": n, "accuracy": ratio(right, n)}),
            )
        })
        .collect()
}

/// The headline figures of a set of articles (or of all articles scored).
pub(crate) fn headline_json(articles: usize, t: &Totals) -> serde_json::Value {
    let judged = t.extracted - t.repeats;
    json!({
        "articles": articles,
        "expected": t.expected,
        "extracted": t.extracted,
        "repeats": t.repeats,
        "strict": {"matched": t.strict, "recall": ratio(t.strict, t.expected), "precision": ratio(t.strict, judged)},
        "value_unit": {"matched": t.loose, "recall": ratio(t.loose, t.expected), "precision": ratio(t.loose, judged)},
        "fields": fields_json(&t.fields),
        "fields_among_strict": fields_json(&t.strict_fields),
        "metric_share": ratio(t.with_metric, t.extracted),
        "metric_unexpected": [t.metric_unexpected, t.metric_none_expected],
        "targets": {"expected": t.targets.expected, "extracted": t.targets.extracted, "both": t.targets.both,
            "recall": ratio(t.targets.both, t.targets.expected), "precision": ratio(t.targets.both, t.targets.extracted)},
        "labels_rejected": {"facts": t.label_check.rejected_facts(), "of": t.label_check.extracted,
            "expected": t.label_check.expected_rejected.len()},
        "labels_acceptable": {"acceptable": t.label_check.acceptable, "judged": t.label_check.judged,
            "share": ratio(t.label_check.acceptable, t.label_check.judged)},
    })
}

/// The report as JSON: the headline of every set scored under "sets", and the headline,
/// groups, labels and per-article lists of the `detail` articles at the top level.
pub(crate) fn report_json(scored: &[Scored], detail: &[&Scored], t: &Totals) -> serde_json::Value {
    let articles: Vec<serde_json::Value> = detail
        .iter()
        .map(|s| {
            let wrong: Vec<serde_json::Value> = s
                .score
                .loose
                .iter()
                .map(|&(i, j)| {
                    let wrong: Vec<&str> = FIELDS
                        .iter()
                        .copied()
                        .filter(|f| field_right(f, &s.expected[i], &s.got[j]) == Some(false))
                        .collect();
                    json!({"expected": figure_json(&s.expected[i]), "got": figure_json(&s.got[j]), "wrong": wrong})
                })
                .collect();
            json!({
                "id": s.article.id, "set": s.article.set.name(), "url": s.article.url, "query": s.article.query, "province": s.article.province,
                "level": s.article.level, "kind": s.article.kind, "script": s.article.script,
                "encoding": s.article.encoding, "furniture": s.article.furniture, "html": s.article.html,
                "decoded_as": s.decoded_as, "error": s.error,
                "expected": s.expected.len(), "extracted": s.got.len(),
                "strict": s.score.strict.len(), "loose": s.score.loose.len(),
                "misses": s.score.misses.iter().map(|&i| figure_json(&s.expected[i])).collect::<Vec<_>>(),
                "false_positives": s.score.false_positives.iter().map(|&j| figure_json(&s.got[j])).collect::<Vec<_>>(),
                "repeats": s.score.repeats.iter().map(|&j| figure_json(&s.got[j])).collect::<Vec<_>>(),
                "matches": wrong,
                "label_disagreements": s.score.strict.iter()
                    .filter(|&&(i, j)| label_acceptable(&s.expected[i], &s.got[j]) == Some(false))
                    .map(|&(i, j)| json!({"expected": s.expected[i].label, "got": s.got[j].label}))
                    .collect::<Vec<_>>(),
            })
        })
        .collect();
    let mut report = headline_json(detail.len(), t);
    let sets: BTreeMap<String, serde_json::Value> = by_set(scored, |s| s.article.set)
        .into_iter()
        .map(|(set, part)| (set.name(), headline_json(part.len(), &totals(part))))
        .collect();
    let rest = json!({
        "sets": sets,
        "labels": t.labels,
        "label_check": {
            "strict_judged": t.label_check.judged,
            "agree": t.label_check.agree,
            "acceptable": t.label_check.acceptable,
            "acceptable_share": ratio(t.label_check.acceptable, t.label_check.judged),
            "extracted": t.label_check.extracted,
            "rejected_facts": t.label_check.rejected_facts(),
            "expected_rejected": t.label_check.expected_rejected,
            "rejected": t.label_check.rejected.iter()
                .map(|(label, (n, why, quote))| json!({"label": label, "count": n, "why": why, "quote": quote}))
                .collect::<Vec<_>>(),
        },
        "groups": groups(detail)
            .into_iter()
            .map(|(k, [expected, judged, strict, loose])| (k, json!({
                "expected": expected, "judged": judged, "strict": strict, "value_unit": loose,
                "strict_recall": ratio(strict, expected), "strict_precision": ratio(strict, judged),
            })))
            .collect::<BTreeMap<_, _>>(),
        "per_article": articles,
    });
    if let (Some(report), serde_json::Value::Object(rest)) = (report.as_object_mut(), rest) {
        report.extend(rest);
    }
    report
}

pub(crate) fn short(f: &Figure) -> String {
    let max = f.value_max.map_or(String::new(), |m| format!("–{m}"));
    format!("{}{max}{} [{}]", f.value, f.unit, f.qualifier)
}

/// Recall, precision, fields and metric share of one set of articles.
pub(crate) fn print_headline(set: CorpusSet, articles: usize, t: &Totals) {
    let judged = t.extracted - t.repeats;
    println!("{} set: {} articles, {} expected facts, {} extracted ({} repeats of a matched figure, not judged)", set.name(), articles, t.expected, t.extracted, t.repeats);
    println!(
        "strict (province + value + unit): recall {:.3} ({}/{}), precision {:.3} ({}/{})",
        ratio(t.strict, t.expected),
        t.strict,
        t.expected,
        ratio(t.strict, judged),
        t.strict,
        judged
    );
    println!(
        "value + unit:                     recall {:.3} ({}/{}), precision {:.3} ({}/{})",
        ratio(t.loose, t.expected),
        t.loose,
        t.expected,
        ratio(t.loose, judged),
        t.loose,
        judged
    );
    println!("fields right among matches:  value+unit           strict");
    for field in FIELDS {
        let (right, n) = t.fields.get(field).copied().unwrap_or_default();
        let (s_right, s_n) = t.strict_fields.get(field).copied().unwrap_or_default();
        let loose = format!("{:.3} ({right}/{n})", ratio(right, n));
        println!(
            "  {field:<11} {loose:<20} {:.3} ({s_right}/{s_n})",
            ratio(s_right, s_n)
        );
    }
    println!(
        "extracted facts with a catalog metric: {:.3} ({}/{})",
        ratio(t.with_metric, t.extracted),
        t.with_metric,
        t.extracted
    );
    println!(
        "metric given where the expected fact has none (strict matches): {} of {}",
        t.metric_unexpected, t.metric_none_expected
    );
    let aims = &t.targets;
    // A ratio over nothing is no measurement: say so instead of printing 0.000.
    let shown = |part: usize, whole: usize| {
        if whole == 0 {
            "n/a".to_owned()
        } else {
            format!("{:.3}", ratio(part, whole))
        }
    };
    println!(
        "targets: {} expected, {} extracted, {} both (strict matches): recall {}, precision {}",
        aims.expected,
        aims.extracted,
        aims.both,
        shown(aims.both, aims.expected),
        shown(aims.both, aims.extracted)
    );
    // counts only: which labels a held-out set holds is not shown unless asked for
    println!(
        "labels a reader rejects: {} of {} extracted facts; expected labels the reader's check rejects: {}; acceptable among strict matches: {} ({}/{})",
        t.label_check.rejected_facts(),
        t.label_check.extracted,
        t.label_check.expected_rejected.len(),
        shown(t.label_check.acceptable, t.label_check.judged),
        t.label_check.acceptable,
        t.label_check.judged
    );
}

/// The headline of every set scored, then groups, labels and per-article lists of the
/// `detail` articles.
pub(crate) fn print_report(scored: &[Scored], detail: &[&Scored], t: &Totals) {
    for (i, (set, part)) in by_set(scored, |s| s.article.set).into_iter().enumerate() {
        if i > 0 {
            println!();
        }
        print_headline(set, part.len(), &totals(part));
    }
    let hidden = scored.len() - detail.len();
    if hidden > 0 {
        println!("\n(groups, labels and per-article lists below: dev set only; the {hidden} held-out articles show only their headline unless asked for with --set={})", CorpusSet::KEYS);
    }
    println!(
        "\nby group: expected, judged extracted, strict recall / precision, value+unit recall"
    );
    for (key, [expected, judged, strict, loose]) in groups(detail) {
        println!(
            "  {key:<24} {expected:>4} {judged:>4}   {:.3} / {:.3}   {:.3}",
            ratio(strict, expected),
            ratio(strict, judged),
            ratio(loose, expected)
        );
    }
    println!("\nlabels (count, label):");
    let mut labels: Vec<(&String, &usize)> = t.labels.iter().collect();
    labels.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for (label, n) in labels {
        println!("  {n:>3}  {label:?}");
    }
    let lc = &t.label_check;
    println!(
        "\nlabels among strict matches: acceptable {:.3} ({}/{}; {} agree with the expected label)",
        ratio(lc.acceptable, lc.judged),
        lc.acceptable,
        lc.judged,
        lc.agree
    );
    println!(
        "labels a reader rejects: {} of {} extracted facts ({} distinct labels):",
        lc.rejected_facts(),
        lc.extracted,
        lc.rejected.len()
    );
    for (label, (n, why, quote)) in &lc.rejected {
        let quote: String = quote.replace('\n', " ").chars().take(60).collect();
        println!("  {n:>3}  {label:?}  ({why})  「{quote}」");
    }
    println!(
        "expected labels the reader's check rejects (a check of the check): {}",
        lc.expected_rejected.len()
    );
    for (label, why) in &lc.expected_rejected {
        println!("       {label:?}  ({why})");
    }
    println!("\nper article (expected / extracted / strict / value+unit, decoded as):");
    for s in detail {
        println!(
            "\n{}  [{} {} {} {} {} {}]  {}/{}/{}/{}  decoded as {}",
            s.article.id,
            s.article.set.name(),
            s.article.province,
            s.article.level,
            s.article.kind,
            s.article.script,
            s.article.encoding,
            s.expected.len(),
            s.got.len(),
            s.score.strict.len(),
            s.score.loose.len(),
            s.decoded_as
        );
        if let Some(e) = &s.error {
            println!("  ERROR {e}");
        }
        for &i in &s.score.misses {
            let e = &s.expected[i];
            println!(
                "  MISS  {}  {} {}  {:?}",
                short(e),
                e.place,
                e.theme,
                e.quote
            );
        }
        for &j in &s.score.false_positives {
            let g = &s.got[j];
            println!(
                "  FALSE {}  {}/{} {} label {:?}  {:?}",
                short(g),
                g.province,
                g.place,
                g.theme,
                g.label,
                g.quote
            );
        }
        for &j in &s.score.repeats {
            let g = &s.got[j];
            println!("  REPEAT {}  {:?}", short(g), g.quote);
        }
        for &(i, j) in &s.score.loose {
            let (e, g) = (&s.expected[i], &s.got[j]);
            let wrong: Vec<String> = FIELDS
                .iter()
                .filter(|f| field_right(f, e, g) == Some(false))
                .map(|f| match *f {
                    "province" => format!("province {}≠{}", g.province, e.province),
                    "place" => format!("place {}≠{}", g.place, e.place),
                    "level" => format!("level {}≠{}", g.level, e.level),
                    "theme" => format!("theme {}≠{}", g.theme, e.theme),
                    "metric" => format!("metric {:?}≠{:?}", g.metric, e.metric),
                    "qualifier" => format!("qualifier {}≠{}", g.qualifier, e.qualifier),
                    "as_of" => format!("as_of {:?}≠{:?}", g.as_of, e.as_of),
                    "target" => format!("target {}≠{}", g.target, e.target),
                    other => other.to_owned(),
                })
                .filter(|w| !w.starts_with("as_of_year"))
                .collect();
            if !wrong.is_empty() {
                println!("  WRONG {}  {}", short(e), wrong.join("; "));
            }
        }
        for &(i, j) in &s.score.strict {
            let (e, g) = (&s.expected[i], &s.got[j]);
            if label_acceptable(e, g) == Some(false) {
                let why = reader::evidence_rejection(&g.label, &g.quote)
                    .map_or(String::new(), |w| format!(" ({w})"));
                println!("  LABEL {}  {:?} ≠ {:?}{why}", short(e), g.label, e.label);
            }
        }
    }
}
