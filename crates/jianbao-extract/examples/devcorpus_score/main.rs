//! Scores extraction on the dev corpus (devcorpus/ at the workspace root; texts outside the
//! repository): `cargo run --release -p jianbao-extract --example devcorpus_score -- [DIR] [--json]`.
//!
//! Each article is extracted on its own, as a user would run it on one saved article: its text
//! file alone in a directory, no sources.toml. Extracted facts are matched to the hand-read
//! expected facts (strict: province + value (+value_max) + unit; loose: value + unit) and the
//! report gives precision, recall, per-field accuracy among matches, the share of facts with a
//! catalog metric, every label, and each article's misses and false positives. Labels are checked
//! twice: among strict matches, whether the extracted label agrees with the expected one within a
//! noun phrase and a reader accepts it (matching::label_agrees, reader::rejection); and over all
//! extracted facts, which labels a reader rejects and why (reader_words.toml), with no expected
//! label needed.
//! DIR defaults to $JIANBAO_DEVCORPUS, else /work/devcorpus; texts are read from DIR/texts.
//! `--article=ID` (repeatable) scores only those articles; `--set=dev|heldout|heldout2|heldout3|heldout4|heldout5|heldout6|heldout7|heldout8|heldout9|heldout10|heldout11|heldout12|heldout13|heldout14`
//! only that set. The dev set and the held-out sets (`set = "heldout"`, `"heldout2"`,
//! `"heldout3"`, `"heldout4"`, `"heldout5"`, `"heldout6"`, `"heldout7"`, `"heldout8"`, `"heldout9"`, `"heldout10"`, `"heldout11"`, `"heldout12"`, `"heldout13"` or `"heldout14"` in articles.toml, never tuned on) get headline
//! figures of their own.
//! `--unexpected-metrics` and `--without-metric` list dev figures by their metric instead of the
//! report (metric_lists.rs).

mod matching;
mod metric_lists;
mod reader;
mod sets;

use jianbao_extract::{default_catalog, extract, Sources};
use jianbao_facts::{Fact, Level, Theme};
use matching::{field_right, label_agrees, ratio, score_article, ArticleScore, Figure, FIELDS};
use serde::Deserialize;
use serde_json::json;
use sets::{by_set, CorpusSet};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Why the corpus cannot be scored; each names the file and what to do.
#[derive(Debug, thiserror::Error)]
enum CorpusError {
    #[error("{0}: the dev-corpus directory does not exist; pass DIR or set JIANBAO_DEVCORPUS, and rebuild the texts as devcorpus/README.md describes")]
    MissingDir(PathBuf),
    #[error("{0}: no such text; rebuild the texts with devcorpus/build.py as devcorpus/README.md describes")]
    MissingText(PathBuf),
    #[error("{path}: cannot read: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{0}; usage: devcorpus_score [DIR] [--json] [--article=ID]… [--set=dev|heldout|heldout2|heldout3|heldout4|heldout5|heldout6|heldout7|heldout8|heldout9|heldout10|heldout11|heldout12|heldout13|heldout14] [--unexpected-metrics|--without-metric]"
    )]
    Usage(String),
    #[error("{path}: {message}")]
    Invalid { path: PathBuf, message: String },
    #[error("{path}: sha256 is {actual}, articles.toml says {expected}: the text changed; rebuild it from the saved search result (devcorpus/build.py), or re-read its expected facts and update the sha256")]
    Changed {
        path: PathBuf,
        expected: String,
        actual: String,
    },
    #[error("{path}: fact {index}: the quote {quote:?} is not in {text}; fix the quote")]
    QuoteNotInText {
        path: PathBuf,
        index: usize,
        quote: String,
        text: PathBuf,
    },
}

/// One entry of devcorpus/articles.toml.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Article {
    id: String,
    file: String,
    url: String,
    query: String,
    province: String,
    level: String,
    kind: String,
    script: String,
    encoding: String,
    furniture: bool,
    #[serde(default)]
    html: bool,
    /// dev (the default), heldout, heldout2, heldout3, heldout4, heldout5, heldout6, heldout7, heldout8, heldout9, heldout10, heldout11, heldout12, heldout13 or heldout14.
    #[serde(default)]
    set: CorpusSet,
    sha256: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ArticleList {
    article: Vec<Article>,
}

/// One fact of devcorpus/expected/<id>.toml.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedFact {
    province: String,
    place: String,
    level: String,
    theme: String,
    #[serde(default)]
    metric: Option<String>,
    #[serde(default)]
    label: Option<String>,
    value: f64,
    #[serde(default)]
    value_max: Option<f64>,
    unit: String,
    qualifier: String,
    #[serde(default)]
    as_of: Option<String>,
    quote: String,
    /// The text sets the figure as an aim (devcorpus/README.md, `target`).
    #[serde(default)]
    target: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedFile {
    #[serde(default)]
    fact: Vec<ExpectedFact>,
}

const QUALIFIERS: [&str; 5] = ["exact", "approx", "over", "under", "range"];

fn invalid(path: &Path, message: impl Into<String>) -> CorpusError {
    CorpusError::Invalid {
        path: path.to_owned(),
        message: message.into(),
    }
}

fn read(path: &Path) -> Result<Vec<u8>, CorpusError> {
    std::fs::read(path).map_err(|source| CorpusError::Read {
        path: path.to_owned(),
        source,
    })
}

fn read_toml<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, CorpusError> {
    let bytes = read(path)?;
    let text = String::from_utf8(bytes).map_err(|e| invalid(path, format!("not UTF-8: {e}")))?;
    jianbao_facts::parse_toml(&text, path).map_err(|e| invalid(path, e.to_string()))
}

/// Checks an expected fact's closed vocabularies, so a typo cannot silently never match.
fn check_expected(path: &Path, index: usize, e: &ExpectedFact) -> Result<(), CorpusError> {
    let bad = |what: &str, v: &str| invalid(path, format!("fact {index}: unknown {what} {v:?}"));
    if !Level::ALL.iter().any(|l| l.as_str() == e.level) {
        return Err(bad("level", &e.level));
    }
    if Theme::parse(&e.theme).is_none() {
        return Err(bad("theme", &e.theme));
    }
    if !QUALIFIERS.contains(&e.qualifier.as_str()) {
        return Err(bad("qualifier", &e.qualifier));
    }
    Ok(())
}

fn expected_figure(e: &ExpectedFact) -> Figure {
    Figure {
        province: e.province.clone(),
        place: e.place.clone(),
        level: e.level.clone(),
        theme: e.theme.clone(),
        metric: e.metric.clone(),
        label: e.label.clone().unwrap_or_default(),
        value: e.value,
        value_max: e.value_max,
        unit: e.unit.clone(),
        qualifier: e.qualifier.clone(),
        as_of: e.as_of.clone(),
        quote: e.quote.clone(),
        target: e.target,
    }
}

fn extracted_figure(f: &Fact) -> Figure {
    let qualifier = serde_json::to_value(f.qualifier)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default();
    Figure {
        province: f.province.clone(),
        place: f.place.clone(),
        level: f.level.as_str().to_owned(),
        theme: f.theme.as_str().to_owned(),
        metric: f.metric.clone(),
        label: f.label.clone(),
        value: f.value,
        value_max: f.value_max,
        unit: f.unit.clone(),
        qualifier,
        as_of: f.as_of.clone(),
        quote: f.quote.clone(),
        target: f.target,
    }
}

/// One article ready to score: its expected figures and what extraction gave.
struct Scored {
    article: Article,
    expected: Vec<Figure>,
    got: Vec<Figure>,
    decoded_as: String,
    error: Option<String>,
    score: ArticleScore,
}

/// Loads an article's text, checks its sha256 and expected quotes, and extracts it alone.
fn score_one(
    root: &Path,
    dir: &Path,
    work: &Path,
    article: Article,
) -> Result<Scored, CorpusError> {
    let text_path = dir.join("texts").join(&article.file);
    if !text_path.is_file() {
        return Err(CorpusError::MissingText(text_path));
    }
    let bytes = read(&text_path)?;
    let actual: String = Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    if actual != article.sha256 {
        return Err(CorpusError::Changed {
            path: text_path,
            expected: article.sha256.clone(),
            actual,
        });
    }
    let expected_path = root.join("expected").join(format!("{}.toml", article.id));
    let expected: ExpectedFile = read_toml(&expected_path)?;
    let encoding =
        encoding_rs::Encoding::for_label(article.encoding.as_bytes()).ok_or_else(|| {
            invalid(
                &root.join("articles.toml"),
                format!("{}: unknown encoding {:?}", article.id, article.encoding),
            )
        })?;
    let (text, _, _) = encoding.decode(&bytes);
    for (index, e) in expected.fact.iter().enumerate() {
        check_expected(&expected_path, index, e)?;
        if !text.contains(&e.quote) {
            return Err(CorpusError::QuoteNotInText {
                path: expected_path,
                index,
                quote: e.quote.clone(),
                text: text_path,
            });
        }
    }
    // The article alone in a fresh directory: no manifest, nothing else to merge with.
    let alone = work.join(&article.id);
    std::fs::create_dir_all(&alone).map_err(|source| CorpusError::Read {
        path: alone.clone(),
        source,
    })?;
    std::fs::write(alone.join(&article.file), &bytes).map_err(|source| CorpusError::Read {
        path: alone.clone(),
        source,
    })?;
    let (got, decoded_as, error) = match Sources::from_dir(&alone) {
        Ok(sources) => {
            let decoded_as = sources
                .documents()
                .first()
                .map_or("-".to_owned(), |d| d.encoding.as_str().to_owned());
            let facts = extract(&sources, &default_catalog()).facts;
            (
                facts.iter().map(extracted_figure).collect(),
                decoded_as,
                None,
            )
        }
        Err(e) => (Vec::new(), "error".to_owned(), Some(e.to_string())),
    };
    let expected: Vec<Figure> = expected.fact.iter().map(expected_figure).collect();
    let score = score_article(&expected, &got);
    Ok(Scored {
        article,
        expected,
        got,
        decoded_as,
        error,
        score,
    })
}

/// Totals over the corpus.
#[derive(Default)]
struct Totals {
    expected: usize,
    extracted: usize,
    repeats: usize,
    strict: usize,
    loose: usize,
    with_metric: usize,
    /// Strict matches whose expected fact has no metric but whose extracted fact has one: a
    /// metric the README would not give, which sets the figure in a comparison row (`metric`
    /// right is judged only where the expected fact names one, so it cannot see these).
    metric_unexpected: usize,
    /// Strict matches whose expected fact has no metric.
    metric_none_expected: usize,
    /// Targets: expected, extracted, and both (a strict match both mark as an aim).
    targets: TargetTotals,
    /// field → (right, judged) among value+unit matches
    fields: BTreeMap<&'static str, (usize, usize)>,
    /// field → (right, judged) among strict matches
    strict_fields: BTreeMap<&'static str, (usize, usize)>,
    labels: BTreeMap<String, usize>,
    /// Label checks (see [`LabelTotals`]).
    label_check: LabelTotals,
}

/// How targets fare: a target field right among matches is mostly reported figures left alone,
/// so the aims themselves are counted too.
#[derive(Default)]
struct TargetTotals {
    expected: usize,
    extracted: usize,
    /// Strict matches where both the expected and the extracted fact are targets.
    both: usize,
}

/// How labels fare: among strict matches whose expected fact has a label, how many extracted
/// labels agree with it ([`label_agrees`]) and of those how many a reader also accepts; and over
/// all extracted facts, the labels a reader rejects ([`reader::rejection`]) with why.
#[derive(Default)]
struct LabelTotals {
    judged: usize,
    agree: usize,
    acceptable: usize,
    extracted: usize,
    /// label → (times extracted, why a reader rejects it, the first quote it was read from)
    rejected: BTreeMap<String, (usize, String, String)>,
    /// Expected labels the reader's check rejects, with why: a check of the check, which should
    /// pass what a careful reader wrote.
    expected_rejected: BTreeMap<String, String>,
}

impl LabelTotals {
    fn rejected_facts(&self) -> usize {
        self.rejected.values().map(|(n, _, _)| n).sum()
    }
}

/// Whether the extracted label of a strict pair is acceptable: it agrees with the expected label
/// and a reader accepts it. `None` when the expected fact has no label.
fn label_acceptable(expected: &Figure, got: &Figure) -> Option<bool> {
    (!expected.label.is_empty()).then(|| {
        label_agrees(&expected.label, &got.label)
            && reader::evidence_rejection(&got.label, &got.quote).is_none()
    })
}

fn totals<'a>(scored: impl IntoIterator<Item = &'a Scored>) -> Totals {
    let mut t = Totals::default();
    for s in scored {
        t.expected += s.expected.len();
        t.extracted += s.got.len();
        t.repeats += s.score.repeats.len();
        t.strict += s.score.strict.len();
        t.loose += s.score.loose.len();
        t.with_metric += s.got.iter().filter(|g| g.metric.is_some()).count();
        for &(i, j) in &s.score.strict {
            if s.expected[i].metric.is_none() {
                t.metric_none_expected += 1;
                t.metric_unexpected += usize::from(s.got[j].metric.is_some());
            }
        }
        t.targets.expected += s.expected.iter().filter(|e| e.target).count();
        t.targets.extracted += s.got.iter().filter(|g| g.target).count();
        t.targets.both += s
            .score
            .strict
            .iter()
            .filter(|&&(i, j)| s.expected[i].target && s.got[j].target)
            .count();
        for g in &s.got {
            *t.labels.entry(g.label.clone()).or_default() += 1;
            t.label_check.extracted += 1;
            if let Some(why) = reader::evidence_rejection(&g.label, &g.quote) {
                t.label_check
                    .rejected
                    .entry(g.label.clone())
                    .or_insert((0, why, g.quote.clone()))
                    .0 += 1;
            }
        }
        for e in &s.expected {
            if let Some(why) = reader::rejection(&e.label, &e.quote).filter(|_| !e.label.is_empty())
            {
                t.label_check.expected_rejected.insert(e.label.clone(), why);
            }
        }
        for &(i, j) in &s.score.strict {
            let (e, g) = (&s.expected[i], &s.got[j]);
            if let Some(acceptable) = label_acceptable(e, g) {
                t.label_check.judged += 1;
                t.label_check.agree += usize::from(label_agrees(&e.label, &g.label));
                t.label_check.acceptable += usize::from(acceptable);
            }
        }
        for (pairs, fields) in [
            (&s.score.loose, &mut t.fields),
            (&s.score.strict, &mut t.strict_fields),
        ] {
            for &(i, j) in pairs {
                for field in FIELDS {
                    if let Some(right) = field_right(field, &s.expected[i], &s.got[j]) {
                        let entry = fields.entry(field).or_default();
                        entry.0 += usize::from(right);
                        entry.1 += 1;
                    }
                }
            }
        }
    }
    t
}

fn figure_json(f: &Figure) -> serde_json::Value {
    json!({
        "province": f.province, "place": f.place, "level": f.level, "theme": f.theme,
        "metric": f.metric, "label": f.label, "value": f.value, "value_max": f.value_max,
        "unit": f.unit, "qualifier": f.qualifier, "as_of": f.as_of, "quote": f.quote, "target": f.target,
    })
}

/// Recall and precision within groups of articles (by script, encoding, page furniture, kind,
/// level), so that a weakness of one kind of text shows.
fn groups(scored: &[&Scored]) -> BTreeMap<String, [usize; 4]> {
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
fn fields_json(
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
fn headline_json(articles: usize, t: &Totals) -> serde_json::Value {
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
fn report_json(scored: &[Scored], detail: &[&Scored], t: &Totals) -> serde_json::Value {
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
                "id": s.article.id, "set": s.article.set.as_str(), "url": s.article.url, "query": s.article.query, "province": s.article.province,
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
    let sets: BTreeMap<&str, serde_json::Value> = by_set(scored, |s| s.article.set)
        .into_iter()
        .map(|(set, part)| (set.as_str(), headline_json(part.len(), &totals(part))))
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

fn short(f: &Figure) -> String {
    let max = f.value_max.map_or(String::new(), |m| format!("–{m}"));
    format!("{}{max}{} [{}]", f.value, f.unit, f.qualifier)
}

/// Recall, precision, fields and metric share of one set of articles.
fn print_headline(set: CorpusSet, articles: usize, t: &Totals) {
    let judged = t.extracted - t.repeats;
    println!("{} set: {} articles, {} expected facts, {} extracted ({} repeats of a matched figure, not judged)", set.as_str(), articles, t.expected, t.extracted, t.repeats);
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
fn print_report(scored: &[Scored], detail: &[&Scored], t: &Totals) {
    for (i, (set, part)) in by_set(scored, |s| s.article.set).into_iter().enumerate() {
        if i > 0 {
            println!();
        }
        print_headline(set, part.len(), &totals(part));
    }
    let hidden = scored.len() - detail.len();
    if hidden > 0 {
        println!("\n(groups, labels and per-article lists below: dev set only; the {hidden} held-out articles show only their headline unless asked for with --set=<one of {}>)", CorpusSet::keys(", "));
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
            s.article.set.as_str(),
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

fn run() -> Result<(), CorpusError> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (mut as_json, mut only, mut dirs, mut only_set) = (false, Vec::new(), Vec::new(), None);
    let mut listing = None;
    for arg in &args {
        if arg == "--json" {
            as_json = true;
        } else if let Some(list) = metric_lists::MetricList::from_option(arg) {
            listing = Some(list);
        } else if let Some(id) = arg.strip_prefix("--article=") {
            only.push(id.to_owned());
        } else if let Some(name) = arg.strip_prefix("--set=") {
            only_set = Some(CorpusSet::parse(name).ok_or_else(|| {
                CorpusError::Usage(format!("unknown set {name:?} ({})", CorpusSet::keys(", ")))
            })?);
        } else if arg.starts_with("--") {
            return Err(CorpusError::Usage(format!("unknown option {arg}")));
        } else {
            dirs.push(PathBuf::from(arg));
        }
    }
    if dirs.len() > 1 {
        return Err(CorpusError::Usage("more than one DIR".to_owned()));
    }
    let dir = dirs
        .pop()
        .or_else(|| std::env::var_os("JIANBAO_DEVCORPUS").map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("/work/devcorpus"));
    if !dir.join("texts").is_dir() {
        return Err(CorpusError::MissingDir(dir.join("texts")));
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../devcorpus");
    let mut list: ArticleList = read_toml(&root.join("articles.toml"))?;
    check_one_entry_per_text(&list, &root.join("articles.toml"))?;
    if let Some(id) = only
        .iter()
        .find(|id| !list.article.iter().any(|a| &a.id == *id))
    {
        return Err(CorpusError::Usage(format!(
            "no article {id:?} in devcorpus/articles.toml"
        )));
    }
    if !only.is_empty() {
        list.article.retain(|a| only.contains(&a.id));
    }
    if let Some(set) = only_set {
        list.article.retain(|a| a.set == set);
    }
    let work = std::env::temp_dir().join(format!("jianbao-devcorpus-{}", std::process::id()));
    let scored: Result<Vec<Scored>, CorpusError> = list
        .article
        .into_iter()
        .map(|a| score_one(&root, &dir, &work, a))
        .collect();
    // The scratch copies go whether or not scoring succeeded; failing to remove them is harmless.
    let _ = std::fs::remove_dir_all(&work);
    let scored = scored?;
    // The held-out set is never tuned on: unless it (or its articles) is asked for by name,
    // it shows only its headline, so that its misses are not read while working on the dev set.
    let asked = only_set.is_some() || !only.is_empty();
    let detail: Vec<&Scored> = scored
        .iter()
        .filter(|s| asked || s.article.set == CorpusSet::Dev)
        .collect();
    let t = totals(detail.iter().copied());
    if let Some(list) = listing {
        for line in metric_lists::lines(&detail, list) {
            println!("{line}");
        }
    } else if as_json {
        println!(
            "{}",
            serde_json::to_string_pretty(&report_json(&scored, &detail, &t)).unwrap_or_default()
        );
    } else {
        print_report(&scored, &detail, &t);
    }
    Ok(())
}

/// One page is one article: a second entry for the same id or URL would count its facts twice
/// and, across sets, put a held-out page in the dev set (a lane reading it would tune on it).
fn check_one_entry_per_text(list: &ArticleList, path: &Path) -> Result<(), CorpusError> {
    let mut seen: std::collections::HashMap<&str, &str> = std::collections::HashMap::new();
    for article in &list.article {
        for key in [article.id.as_str(), article.url.as_str()] {
            if let Some(first) = seen.insert(key, &article.id) {
                return Err(CorpusError::Invalid {
                    path: path.to_owned(),
                    message: format!(
                        "{} repeats {key:?} of {first}: one page is one article; remove the later entry and its expected facts",
                        article.id
                    ),
                });
            }
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("devcorpus_score: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A scratch corpus: DIR/texts/a.txt and ROOT/expected/a.toml, removed on drop.
    struct Scratch(PathBuf);

    impl Drop for Scratch {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    const TEXT: &str =
        "本报讯 截至2024年底，浙江省宁波市共有注册志愿者120万人，志愿服务组织3000个。";

    fn scratch(name: &str, expected: &str) -> (Scratch, Article) {
        let base =
            std::env::temp_dir().join(format!("devcorpus-test-{}-{name}", std::process::id()));
        std::fs::create_dir_all(base.join("texts")).unwrap();
        std::fs::create_dir_all(base.join("expected")).unwrap();
        std::fs::write(base.join("texts/a.txt"), TEXT).unwrap();
        std::fs::write(base.join("expected/a.toml"), expected).unwrap();
        let sha = Sha256::digest(TEXT.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let article = Article {
            id: "a".into(),
            file: "a.txt".into(),
            url: "https://example.org/a".into(),
            query: "q".into(),
            province: "浙江".into(),
            level: "city".into(),
            kind: "news".into(),
            script: "simplified".into(),
            encoding: "utf-8".into(),
            furniture: false,
            html: false,
            set: CorpusSet::Dev,
            sha256: sha,
        };
        (Scratch(base), article)
    }

    const ONE_FACT: &str = r#"
[[fact]]
province = "浙江"
place = "宁波市"
level = "city"
theme = "volunteers"
value = 1200000.0
unit = "人"
qualifier = "exact"
as_of = "2024"
quote = "注册志愿者120万人"
"#;

    #[test]
    fn a_page_entered_twice_is_refused_naming_both_entries() {
        let (_dir, first) = scratch("twice", ONE_FACT);
        let (_dir2, mut second) = scratch("twice2", ONE_FACT);
        second.id = "b".into();
        second.set = CorpusSet::Heldout8;
        let path = Path::new("articles.toml");
        let one = ArticleList {
            article: vec![first],
        };
        assert!(check_one_entry_per_text(&one, path).is_ok());
        let mut list = one;
        list.article.push(second);
        let message = check_one_entry_per_text(&list, path)
            .unwrap_err()
            .to_string();
        assert!(
            message.contains("b repeats \"https://example.org/a\" of a"),
            "{message}"
        );
    }

    #[test]
    fn a_text_that_matches_its_hash_is_extracted_and_scored() {
        let (dir, article) = scratch("ok", ONE_FACT);
        let work = dir.0.join("work");
        let scored = score_one(&dir.0, &dir.0, &work, article).unwrap();
        assert_eq!(scored.expected.len(), 1);
        assert_eq!(scored.decoded_as, "UTF-8");
        assert!(scored.error.is_none());
    }

    #[test]
    fn each_set_gets_its_own_headline_beside_the_detail_figures() {
        let (dev_dir, dev) = scratch("set-dev", ONE_FACT);
        let (held_dir, mut heldout) = scratch("set-heldout", ONE_FACT);
        heldout.set = CorpusSet::Heldout;
        let scored = vec![
            score_one(&dev_dir.0, &dev_dir.0, &dev_dir.0.join("work"), dev).unwrap(),
            score_one(&held_dir.0, &held_dir.0, &held_dir.0.join("work"), heldout).unwrap(),
        ];
        let split = by_set(&scored, |s| s.article.set);
        assert_eq!(split.len(), 2);
        for (_, part) in &split {
            assert_eq!(part.len(), 1);
            assert_eq!(totals(part.iter().copied()).expected, 1);
        }
        let all: Vec<&Scored> = scored.iter().collect();
        let report = report_json(&scored, &all, &totals(all.iter().copied()));
        assert_eq!(report["sets"]["dev"]["expected"], 1);
        assert_eq!(report["sets"]["heldout"]["expected"], 1);
        assert_eq!(report["expected"], 2);
        assert_eq!(report["per_article"][1]["set"], "heldout");
        // Details of the dev set alone still carry both sets' headlines.
        let report = report_json(&scored, &all[..1], &totals(all[..1].iter().copied()));
        assert_eq!(report["expected"], 1);
        assert_eq!(report["per_article"].as_array().map(Vec::len), Some(1));
        assert_eq!(report["sets"]["heldout"]["articles"], 1);
    }

    #[test]
    fn a_missing_text_is_named() {
        let (dir, mut article) = scratch("missing", ONE_FACT);
        article.file = "gone.txt".into();
        let err = score_one(&dir.0, &dir.0, &dir.0.join("work"), article)
            .err()
            .unwrap();
        assert!(
            matches!(err, CorpusError::MissingText(ref p) if p.ends_with("texts/gone.txt")),
            "{err}"
        );
    }

    #[test]
    fn a_changed_text_fails_its_hash() {
        let (dir, mut article) = scratch("changed", ONE_FACT);
        article.sha256 = "0".repeat(64);
        let err = score_one(&dir.0, &dir.0, &dir.0.join("work"), article)
            .err()
            .unwrap();
        assert!(matches!(err, CorpusError::Changed { .. }), "{err}");
        assert!(err.to_string().contains("a.txt"));
    }

    #[test]
    fn a_quote_not_in_the_text_and_an_unknown_theme_are_errors() {
        let (dir, article) = scratch(
            "quote",
            &ONE_FACT.replace("注册志愿者120万人", "注册志愿者130万人"),
        );
        let err = score_one(&dir.0, &dir.0, &dir.0.join("work"), article)
            .err()
            .unwrap();
        assert!(matches!(err, CorpusError::QuoteNotInText { .. }), "{err}");
        let (dir, article) = scratch(
            "theme",
            &ONE_FACT.replace("\"volunteers\"", "\"volunteer\""),
        );
        let err = score_one(&dir.0, &dir.0, &dir.0.join("work"), article)
            .err()
            .unwrap();
        assert!(err.to_string().contains("unknown theme"), "{err}");
    }
}
