//! Reading the corpus: the article list (devcorpus/articles.toml), each article's expected
//! facts (devcorpus/expected/<id>.toml) and their checks, and the errors that name the file
//! and what to do.

use crate::sets::CorpusSet;
use jianbao_facts::{Level, Theme};
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// Why the corpus cannot be scored; each names the file and what to do.
#[derive(Debug, thiserror::Error)]
pub(crate) enum CorpusError {
    #[error("{0}: the dev-corpus directory does not exist; pass DIR or set JIANBAO_DEVCORPUS, and rebuild the texts as devcorpus/README.md describes")]
    MissingDir(PathBuf),
    #[error("{0}: no such text; rebuild the texts with devcorpus/build.py as devcorpus/README.md describes, or pass --skip-missing to score only the texts on this machine")]
    MissingText(PathBuf),
    #[error("{path}: cannot read: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{0}; usage: devcorpus_score [DIR] [--json] [--article=ID]… [--set=dev|heldout|heldoutN] [--skip-missing] [--unexpected-metrics|--without-metric]"
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
pub(crate) struct Article {
    pub(crate) id: String,
    pub(crate) file: String,
    pub(crate) url: String,
    pub(crate) query: String,
    pub(crate) province: String,
    pub(crate) level: String,
    pub(crate) kind: String,
    pub(crate) script: String,
    pub(crate) encoding: String,
    pub(crate) furniture: bool,
    #[serde(default)]
    pub(crate) html: bool,
    /// dev (the default), heldout, heldout2, heldout3 … (sets.rs).
    #[serde(default)]
    pub(crate) set: CorpusSet,
    pub(crate) sha256: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ArticleList {
    pub(crate) article: Vec<Article>,
}

/// One fact of devcorpus/expected/<id>.toml.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ExpectedFact {
    pub(crate) province: String,
    pub(crate) place: String,
    pub(crate) level: String,
    pub(crate) theme: String,
    #[serde(default)]
    pub(crate) metric: Option<String>,
    #[serde(default)]
    pub(crate) label: Option<String>,
    pub(crate) value: f64,
    #[serde(default)]
    pub(crate) value_max: Option<f64>,
    pub(crate) unit: String,
    pub(crate) qualifier: String,
    #[serde(default)]
    pub(crate) as_of: Option<String>,
    pub(crate) quote: String,
    /// The text sets the figure as an aim (devcorpus/README.md, `target`).
    #[serde(default)]
    pub(crate) target: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ExpectedFile {
    #[serde(default)]
    pub(crate) fact: Vec<ExpectedFact>,
}

pub(crate) const QUALIFIERS: [&str; 5] = ["exact", "approx", "over", "under", "range"];

pub(crate) fn invalid(path: &Path, message: impl Into<String>) -> CorpusError {
    CorpusError::Invalid {
        path: path.to_owned(),
        message: message.into(),
    }
}

pub(crate) fn read(path: &Path) -> Result<Vec<u8>, CorpusError> {
    std::fs::read(path).map_err(|source| CorpusError::Read {
        path: path.to_owned(),
        source,
    })
}

pub(crate) fn read_toml<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, CorpusError> {
    let bytes = read(path)?;
    let text = String::from_utf8(bytes).map_err(|e| invalid(path, format!("not UTF-8: {e}")))?;
    jianbao_facts::parse_toml(&text, path).map_err(|e| invalid(path, e.to_string()))
}

/// Checks an expected fact's closed vocabularies, so a typo cannot silently never match.
pub(crate) fn check_expected(
    path: &Path,
    index: usize,
    e: &ExpectedFact,
) -> Result<(), CorpusError> {
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

/// One page is one article: a second entry for the same id or URL would count its facts twice
/// and, across sets, put a held-out page in the dev set (a lane reading it would tune on it).
pub(crate) fn check_one_entry_per_text(list: &ArticleList, path: &Path) -> Result<(), CorpusError> {
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
