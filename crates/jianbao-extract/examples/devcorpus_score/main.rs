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
//! `--article=ID` (repeatable) scores only those articles; `--set=dev|heldout|heldoutN`
//! only that set. The dev set and each held-out set (`set = "heldout"`, `"heldout2"`,
//! `"heldout3"` … in articles.toml, never tuned on) get headline figures of their own.
//! `--unexpected-metrics` and `--without-metric` list dev figures by their metric instead of the
//! report (metric_lists.rs). `--skip-missing` scores only the articles whose text is on this
//! machine (a corpus partly rebuilt), naming the ones left out; without it a missing text is an
//! error, so that a full run never silently scores less than the whole corpus.

mod corpus;
mod matching;
mod metric_lists;
mod reader;
mod report;
mod sets;

use corpus::{
    check_expected, check_one_entry_per_text, invalid, read, read_toml, Article, ArticleList,
    CorpusError, ExpectedFact, ExpectedFile,
};
use jianbao_extract::{default_catalog, extract, Sources};
use jianbao_facts::Fact;
use matching::{field_right, label_agrees, score_article, ArticleScore, Figure, FIELDS};
use report::{print_report, report_json};
use sets::CorpusSet;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

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
pub(crate) struct Scored {
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
pub(crate) struct Totals {
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
pub(crate) fn label_acceptable(expected: &Figure, got: &Figure) -> Option<bool> {
    (!expected.label.is_empty()).then(|| {
        label_agrees(&expected.label, &got.label)
            && reader::evidence_rejection(&got.label, &got.quote).is_none()
    })
}

pub(crate) fn totals<'a>(scored: impl IntoIterator<Item = &'a Scored>) -> Totals {
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

fn run() -> Result<(), CorpusError> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (mut as_json, mut only, mut dirs, mut only_set) = (false, Vec::new(), Vec::new(), None);
    let (mut listing, mut skip_missing) = (None, false);
    for arg in &args {
        if arg == "--json" {
            as_json = true;
        } else if arg == "--skip-missing" {
            skip_missing = true;
        } else if let Some(list) = metric_lists::MetricList::from_option(arg) {
            listing = Some(list);
        } else if let Some(id) = arg.strip_prefix("--article=") {
            only.push(id.to_owned());
        } else if let Some(name) = arg.strip_prefix("--set=") {
            only_set = Some(CorpusSet::parse(name).ok_or_else(|| {
                CorpusError::Usage(format!("unknown set {name:?} ({})", CorpusSet::KEYS))
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
        if list.article.is_empty() {
            return Err(CorpusError::Usage(format!(
                "no article of set {:?} in devcorpus/articles.toml",
                set.name()
            )));
        }
    }
    let mut left_out = Vec::new();
    if skip_missing {
        let (present, missing): (Vec<Article>, Vec<Article>) = list
            .article
            .into_iter()
            .partition(|a| dir.join("texts").join(&a.file).is_file());
        list.article = present;
        left_out = missing.into_iter().map(|a| a.id).collect();
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
        if !left_out.is_empty() {
            println!(
                "left out (--skip-missing): {} articles without a text on this machine: {}\n",
                left_out.len(),
                left_out.join(" ")
            );
        }
        print_report(&scored, &detail, &t);
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
    use crate::sets::by_set;

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
        second.set = CorpusSet::Heldout(8);
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
        heldout.set = CorpusSet::Heldout(1);
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
