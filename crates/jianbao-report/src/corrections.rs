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
//!
//! [[correction]]
//! fact = "f9b1d0c2a7e4"
//! action = "relabel"
//! target = true                # the source sets the figure as an aim (false: it reports it)
//! ```
//!
//! Points (the quoted sentences of 主要做法, 值得关注, 下一步) are corrected the same way, by
//! `point = "<id>"` or by `text = "<piece of the point's text>"`; `relabel` of a point changes
//! its `kind` (做法, 成效, 特色/首创, 里程碑, 品牌, 问题, 下一步 or their keys) and/or `theme`:
//!
//! ```toml
//! [[correction]]
//! text = "有的地方安排空间设置"   # every point whose text holds it
//! action = "drop"
//!
//! [[correction]]
//! point = "p8701b89f8900"
//! action = "relabel"
//! kind = "做法"                 # a meeting's demands reported as done, not planned
//! ```
//!
//! `drop` removes a fact that should not be reported (out of scope, a duplicate); `wrong`
//! removes a fact the extraction read wrongly. `relabel` with a `label` but no `metric` also
//! takes the figure out of the catalog: a catalogued figure is shown under its catalog label,
//! so a new label says the catalog metric was the wrong one. A correction that matches nothing
//! is reported (`jianbao facts check`, and a warning on every build), because the facts it was
//! written for have changed.

use jianbao_facts::{Catalog, Fact, FactSet, LineCol, Point, PointKind, Theme};
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
    /// A point's new kind (`relabel` of a point only).
    pub kind: Option<PointKind>,
    /// `target = true|false` in the file: the fact is (not) an aim the source sets, so that a
    /// briefing shows it beside the current figure rather than as it (`relabel` of a fact only).
    pub aim: Option<bool>,
    pub reason: Option<String>,
}

/// Which facts or points a correction is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// The fact with this id.
    Id(String),
    /// Every fact whose quote contains this text.
    Quote(String),
    /// The point with this id.
    PointId(String),
    /// Every point whose text contains this text.
    PointText(String),
}

impl Target {
    /// Whether the correction is about points rather than facts.
    pub fn is_point(&self) -> bool {
        matches!(self, Target::PointId(_) | Target::PointText(_))
    }
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
    point: Option<Spanned<String>>,
    text: Option<Spanned<String>>,
    kind: Option<Spanned<String>>,
    doc: Option<String>,
    action: Spanned<Action>,
    label: Option<Spanned<String>>,
    metric: Option<Spanned<String>>,
    theme: Option<Spanned<String>>,
    /// `target = true|false`: whether the fact is an aim (named `aim` here, as `target` is what
    /// a correction matches).
    #[serde(rename = "target")]
    aim: Option<Spanned<bool>>,
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
    /// Points left out (`drop` or `wrong`).
    pub points_removed: usize,
    /// Points given a new kind or theme.
    pub points_relabelled: usize,
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
            let given: Vec<(&str, &Spanned<String>)> = [
                ("fact", &raw.fact),
                ("quote", &raw.quote),
                ("point", &raw.point),
                ("text", &raw.text),
            ]
            .into_iter()
            .filter_map(|(name, v)| v.as_ref().map(|v| (name, v)))
            .collect();
            let target = match given.as_slice() {
                [(name, value)] if !value.get_ref().trim().is_empty() => {
                    let value = value.get_ref().trim().to_owned();
                    match *name {
                        "fact" => Target::Id(value),
                        "quote" => Target::Quote(value),
                        "point" => Target::PointId(value),
                        _ => Target::PointText(value),
                    }
                }
                [(_, value)] => return Err(at(value.span().start, "the id or text to match is empty".into())),
                [] => return Err(at(
                    start,
                    "say which fact or point: `fact = \"<id>\"`, `quote = \"<text of a fact's quote>\"`, `point = \"<id>\"` or `text = \"<text of a point>\"`"
                        .into(),
                )),
                [_, (name, second), ..] => {
                    return Err(at(
                        second.span().start,
                        format!("`{name}` given too: name one fact or point, by `fact`, `quote`, `point` or `text`, not both"),
                    ))
                }
            };
            let on_point = target.is_point();
            if on_point {
                if let Some(field) = raw.label.as_ref().or(raw.metric.as_ref()) {
                    return Err(at(
                        field.span().start,
                        "a point has no label or metric: relabel a point with `kind` and/or `theme`".into(),
                    ));
                }
                if let Some(aim) = &raw.aim {
                    return Err(at(
                        aim.span().start,
                        "`target` is a fact's: a point is no figure; use it with `fact` or `quote`"
                            .into(),
                    ));
                }
            } else if let Some(kind) = &raw.kind {
                return Err(at(
                    kind.span().start,
                    "`kind` is a point's: use it with `point` or `text`".into(),
                ));
            }
            let action = *raw.action.get_ref();
            if action == Action::Relabel
                && raw.label.is_none()
                && raw.metric.is_none()
                && raw.theme.is_none()
                && raw.kind.is_none()
                && raw.aim.is_none()
            {
                let needs = if on_point {
                    "`relabel` of a point needs `kind` and/or `theme`"
                } else {
                    "`relabel` needs at least one of `label`, `metric`, `theme` or `target`"
                };
                return Err(at(raw.action.span().start, needs.into()));
            }
            if action != Action::Relabel {
                if let Some(field) = raw
                    .label
                    .as_ref()
                    .or(raw.metric.as_ref())
                    .or(raw.theme.as_ref())
                    .or(raw.kind.as_ref())
                    .map(|f| f.span().start)
                    .or(raw.aim.as_ref().map(|a| a.span().start))
                {
                    return Err(at(
                        field,
                        format!("`{action:?}` leaves the fact or point out; `label`, `metric`, `theme`, `kind` and `target` belong to `action = \"relabel\"`").to_lowercase(),
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
            let kind = match &raw.kind {
                Some(k) => Some(PointKind::parse(k.get_ref().trim()).ok_or_else(|| {
                    let known: Vec<String> = PointKind::ALL
                        .iter()
                        .map(|k| format!("{} ({})", k.as_str(), k.title_zh()))
                        .collect();
                    at(
                        k.span().start,
                        format!(
                            "unknown point kind `{}`: use one of {}",
                            k.get_ref(),
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
                kind,
                aim: raw.aim.map(Spanned::into_inner),
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
            if c.target.is_point() {
                self.apply_to_points(c, &mut facts.points, &mut applied);
                continue;
            }
            let matches = |f: &Fact| {
                let in_doc = c.doc.as_deref().is_none_or(|d| d == f.doc);
                in_doc
                    && match &c.target {
                        Target::Id(id) => &f.id == id,
                        Target::Quote(q) => contains(&f.quote, q),
                        Target::PointId(_) | Target::PointText(_) => false,
                    }
            };
            let count = facts.facts.iter().filter(|f| matches(f)).count();
            if count == 0 {
                self.unmatched(c, &mut applied);
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
                        if let Some(aim) = c.aim {
                            f.target = aim;
                        }
                    }
                    applied.relabelled += count;
                }
            }
        }
        applied
    }

    /// The message for a correction that matched nothing.
    fn unmatched(&self, c: &Correction, applied: &mut Applied) {
        let what = match &c.target {
            Target::Id(id) => format!("no fact has id `{id}`"),
            Target::Quote(q) => format!("no fact's quote contains “{q}”"),
            Target::PointId(id) => format!("no point has id `{id}`"),
            Target::PointText(t) => format!("no point's text contains “{t}”"),
        };
        applied.unmatched.push(format!(
            "{}:{}: correction matches nothing: {what}; the facts changed since it was written: update or delete it",
            self.path.display(),
            c.line
        ));
    }

    /// Applies one correction about points.
    fn apply_to_points(&self, c: &Correction, points: &mut Vec<Point>, applied: &mut Applied) {
        let matches = |p: &Point| {
            c.doc.as_deref().is_none_or(|d| d == p.doc)
                && match &c.target {
                    Target::PointId(id) => &p.id == id,
                    Target::PointText(t) => contains(&p.text, t),
                    Target::Id(_) | Target::Quote(_) => false,
                }
        };
        let count = points.iter().filter(|p| matches(p)).count();
        if count == 0 {
            self.unmatched(c, applied);
            return;
        }
        match c.action {
            Action::Drop | Action::Wrong => {
                points.retain(|p| !matches(p));
                applied.points_removed += count;
            }
            Action::Relabel => {
                for p in points.iter_mut().filter(|p| matches(p)) {
                    if let Some(kind) = c.kind {
                        p.also_kinds.retain(|k| *k != kind);
                        p.kind = kind;
                    }
                    if let Some(theme) = c.theme {
                        p.theme = theme;
                    }
                }
                applied.points_relabelled += count;
            }
        }
    }
}

/// Whether a source text holds `piece`, as written or with the punctuation readers see
/// (full-width between Chinese), so an analyst can paste from the briefing or the source.
fn contains(text: &str, piece: &str) -> bool {
    text.contains(piece) || crate::format::zh_punctuation(text).contains(piece)
}
