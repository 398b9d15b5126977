//! An analyst's corrections: facts marked wrong, relabelled or dropped, kept in a small TOML file
//! and applied on every build and scheduled run, so a fix made once is never lost when the
//! facts are extracted again.
//!
//! ```toml
//! [[correction]]
//! fact = "f3a9c2e1"            # by id …
//! action = "drop"              # drop | wrong | relabel
//! reason = "版面上与社会工作无关的稿件"
//!
//! [[correction]]
//! quote = "参与志愿服务活动"     # … or by a piece of the quote (every fact whose quote holds it)
//! doc = "002_f28ca3098ef270b4.txt"   # optional: only in this source
//! action = "relabel"
//! label = "志愿服务活动参与人次"
//! metric = ""                  # optional: a catalog key, or "" to take the figure out of tables
//! theme = "volunteers"         # optional
//! ```
//!
//! `drop` removes a fact that should not be reported (out of scope, a duplicate); `wrong`
//! removes a fact the extraction read wrongly. `relabel` with a `label` but no `metric` also
//! takes the figure out of the catalog: a catalogued figure is shown under its catalog label,
//! so a new label says the catalog metric was the wrong one. A correction that matches nothing
//! is reported (`jianbao facts check`, and a warning on every build), because the facts it was
//! written for have changed.

use jianbao_facts::{Catalog, Fact, FactSet, LineCol, Theme};
use serde::Deserialize;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// What a correction does to the facts it matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Leave the fact out: it is not about the briefing's subject, or repeats another.
    Drop,
    /// Leave the fact out: the extraction misread the source.
    Wrong,
    /// Change what the fact is said to count (label, metric, theme).
    Relabel,
}

/// One correction, as written in the file, with where it stands.
#[derive(Debug, Clone)]
pub struct Correction {
    /// 1-based line of the `[[correction]]` entry in the file.
    pub line: usize,
    pub target: Target,
    /// Restrict a quote match to one source file.
    pub doc: Option<String>,
    pub action: Action,
    pub label: Option<String>,
    /// `Some("")` takes the fact out of the catalog (and out of comparison tables).
    pub metric: Option<String>,
    pub theme: Option<Theme>,
    pub reason: Option<String>,
}

/// Which facts a correction is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// The fact with this id.
    Id(String),
    /// Every fact whose quote contains this text.
    Quote(String),
}

/// A corrections file, checked against the catalog.
#[derive(Debug, Clone, Default)]
pub struct Corrections {
    pub path: PathBuf,
    pub corrections: Vec<Correction>,
}

/// A bad corrections file: where and what.
#[derive(Debug, thiserror::Error)]
pub enum CorrectionsError {
    #[error("{path}: cannot read the corrections file: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}:{line}:{column}: {message}")]
    Invalid {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    correction: Vec<Spanned<RawCorrection>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCorrection {
    fact: Option<Spanned<String>>,
    quote: Option<Spanned<String>>,
    doc: Option<String>,
    action: Spanned<Action>,
    label: Option<Spanned<String>>,
    metric: Option<Spanned<String>>,
    theme: Option<Spanned<String>>,
    reason: Option<String>,
}

/// What applying corrections did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Applied {
    /// Facts left out as `drop`.
    pub dropped: usize,
    /// Facts left out as `wrong`.
    pub wrong: usize,
    /// Facts relabelled.
    pub relabelled: usize,
    /// Corrections that matched no fact: `file:line: …` messages.
    pub unmatched: Vec<String>,
}

impl Corrections {
    /// Reads and checks a corrections file.
    pub fn load(path: &Path, catalog: &Catalog) -> Result<Corrections, CorrectionsError> {
        let text = std::fs::read_to_string(path).map_err(|source| CorrectionsError::Read {
            path: path.to_owned(),
            source,
        })?;
        Corrections::parse(&text, path, catalog)
    }

    /// Parses corrections TOML; `path` names the file in errors.
    pub fn parse(
        text: &str,
        path: &Path,
        catalog: &Catalog,
    ) -> Result<Corrections, CorrectionsError> {
        let at = |offset: usize, message: String| {
            let lc = LineCol::from_byte_offset(text, offset);
            CorrectionsError::Invalid {
                path: path.to_owned(),
                line: lc.line,
                column: lc.column,
                message,
            }
        };
        let raw: RawFile = jianbao_facts::parse_toml(text, path).map_err(|e| match e {
            jianbao_facts::SchemaError::Syntax {
                path,
                line,
                column,
                message,
            } => CorrectionsError::Invalid {
                path,
                line,
                column,
                message: format!("{message} (see `jianbao help build` for the corrections format)"),
            },
            jianbao_facts::SchemaError::Io { path, source } => {
                CorrectionsError::Read { path, source }
            }
        })?;
        let mut corrections = Vec::new();
        for entry in raw.correction {
            let start = entry.span().start;
            let raw = entry.into_inner();
            let target =
                match (raw.fact, raw.quote) {
                    (Some(id), None) if !id.get_ref().trim().is_empty() => {
                        Target::Id(id.get_ref().trim().to_owned())
                    }
                    (None, Some(q)) if !q.get_ref().trim().is_empty() => {
                        Target::Quote(q.get_ref().trim().to_owned())
                    }
                    (Some(_), Some(q)) => {
                        return Err(at(
                            q.span().start,
                            "give either `fact` (an id) or `quote` (text of the quote), not both"
                                .into(),
                        ))
                    }
                    _ => return Err(at(
                        start,
                        "say which fact: `fact = \"<id>\"` or `quote = \"<text of its quote>\"`"
                            .into(),
                    )),
                };
            let action = *raw.action.get_ref();
            if action == Action::Relabel
                && raw.label.is_none()
                && raw.metric.is_none()
                && raw.theme.is_none()
            {
                return Err(at(
                    raw.action.span().start,
                    "`relabel` needs at least one of `label`, `metric` or `theme`".into(),
                ));
            }
            if action != Action::Relabel {
                if let Some(field) = raw
                    .label
                    .as_ref()
                    .or(raw.metric.as_ref())
                    .or(raw.theme.as_ref())
                {
                    return Err(at(
                        field.span().start,
                        format!("`{action:?}` leaves the fact out; `label`, `metric` and `theme` belong to `action = \"relabel\"`").to_lowercase(),
                    ));
                }
            }
            if let Some(label) = &raw.label {
                if label.get_ref().trim().is_empty() {
                    return Err(at(label.span().start, "the new label is empty".into()));
                }
            }
            if let Some(metric) = &raw.metric {
                let key = metric.get_ref().trim();
                if !key.is_empty() && catalog.get(key).is_none() {
                    return Err(at(
                        metric.span().start,
                        format!("unknown metric `{key}`: use a key of the metric catalog (data/metrics.toml), or \"\" to take the figure out of the catalog"),
                    ));
                }
            }
            let theme = match &raw.theme {
                Some(t) => Some(Theme::parse(t.get_ref().trim()).ok_or_else(|| {
                    let known: Vec<&str> = Theme::ALL.iter().map(|t| t.as_str()).collect();
                    at(
                        t.span().start,
                        format!(
                            "unknown theme `{}`: use one of {}",
                            t.get_ref(),
                            known.join(", ")
                        ),
                    )
                })?),
                None => None,
            };
            corrections.push(Correction {
                line: LineCol::from_byte_offset(text, start).line,
                target,
                doc: raw.doc,
                action,
                label: raw.label.map(|l| l.into_inner().trim().to_owned()),
                metric: raw.metric.map(|m| m.into_inner().trim().to_owned()),
                theme,
                reason: raw.reason,
            });
        }
        Ok(Corrections {
            path: path.to_owned(),
            corrections,
        })
    }

    /// Applies every correction to `facts`, in file order, and says what it did and which
    /// corrections matched nothing.
    pub fn apply(&self, facts: &mut FactSet) -> Applied {
        let mut applied = Applied::default();
        for c in &self.corrections {
            let matches = |f: &Fact| {
                let in_doc = c.doc.as_deref().is_none_or(|d| d == f.doc);
                in_doc
                    && match &c.target {
                        Target::Id(id) => &f.id == id,
                        Target::Quote(q) => {
                            f.quote.contains(q.as_str())
                                || crate::format::zh_punctuation(&f.quote).contains(q.as_str())
                        }
                    }
            };
            let count = facts.facts.iter().filter(|f| matches(f)).count();
            if count == 0 {
                let what = match &c.target {
                    Target::Id(id) => format!("no fact has id `{id}`"),
                    Target::Quote(q) => format!("no fact's quote contains “{q}”"),
                };
                applied.unmatched.push(format!(
                    "{}:{}: correction matches nothing: {what}; the facts changed since it was written: update or delete it",
                    self.path.display(),
                    c.line
                ));
                continue;
            }
            match c.action {
                Action::Drop | Action::Wrong => {
                    facts.facts.retain(|f| !matches(f));
                    if c.action == Action::Drop {
                        applied.dropped += count;
                    } else {
                        applied.wrong += count;
                    }
                }
                Action::Relabel => {
                    for f in facts.facts.iter_mut().filter(|f| matches(f)) {
                        if let Some(label) = &c.label {
                            f.label = label.clone();
                        }
                        match (&c.metric, &c.label) {
                            (Some(metric), _) => {
                                f.metric = (!metric.is_empty()).then(|| metric.clone())
                            }
                            (None, Some(_)) => f.metric = None,
                            (None, None) => {}
                        }
                        if let Some(theme) = c.theme {
                            f.theme = theme;
                        }
                    }
                    applied.relabelled += count;
                }
            }
        }
        applied
    }
}
