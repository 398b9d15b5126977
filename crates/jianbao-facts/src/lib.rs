//! The fact schema of jianbao.
//!
//! Extraction writes these types and comparison reads them; keeping them in one small crate lets
//! both sides change independently while the JSON that users and outside checks rely on stays
//! fixed. Every figure carries its provenance (document, exact quote and character span) because a
//! briefing for leadership must trace each number back to a source.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::path::{Path, PathBuf};

/// Administrative or organisational level of the place a figure is about.
///
/// Comparison uses it to avoid ranking a county-level figure against a provincial one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Province,
    City,
    District,
    Street,
    Org,
}

impl Level {
    pub const ALL: [Level; 5] = [
        Level::Province,
        Level::City,
        Level::District,
        Level::Street,
        Level::Org,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Level::Province => "province",
            Level::City => "city",
            Level::District => "district",
            Level::Street => "street",
            Level::Org => "org",
        }
    }
}

/// The fixed set of themes a briefing is organised by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    Institutions,
    EmergingSectorPartyBuilding,
    NewEmploymentGroups,
    SocialOrganizations,
    SocialWorkers,
    Volunteers,
    GrassrootsGovernance,
    PetitionsAndProposals,
    Other,
}

impl Theme {
    /// All themes in briefing order.
    pub const ALL: [Theme; 9] = [
        Theme::Institutions,
        Theme::EmergingSectorPartyBuilding,
        Theme::NewEmploymentGroups,
        Theme::SocialOrganizations,
        Theme::SocialWorkers,
        Theme::Volunteers,
        Theme::GrassrootsGovernance,
        Theme::PetitionsAndProposals,
        Theme::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Institutions => "institutions",
            Theme::EmergingSectorPartyBuilding => "emerging_sector_party_building",
            Theme::NewEmploymentGroups => "new_employment_groups",
            Theme::SocialOrganizations => "social_organizations",
            Theme::SocialWorkers => "social_workers",
            Theme::Volunteers => "volunteers",
            Theme::GrassrootsGovernance => "grassroots_governance",
            Theme::PetitionsAndProposals => "petitions_and_proposals",
            Theme::Other => "other",
        }
    }

    /// The Chinese heading used in briefings.
    pub fn title_zh(self) -> &'static str {
        match self {
            Theme::Institutions => "机构建设",
            Theme::EmergingSectorPartyBuilding => "新兴领域党建",
            Theme::NewEmploymentGroups => "新就业群体",
            Theme::SocialOrganizations => "社会组织",
            Theme::SocialWorkers => "社会工作人才",
            Theme::Volunteers => "志愿服务",
            Theme::GrassrootsGovernance => "基层治理",
            Theme::PetitionsAndProposals => "信访与人民建议",
            Theme::Other => "其他",
        }
    }

    pub fn parse(s: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

impl fmt::Display for Theme {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How the source states a figure: 近 (under), 超/逾/以上/多/余 (over), 约 (approx), a range, or exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    Approx,
    Over,
    Under,
    Range,
}

/// One place in one source that states a figure: the exact clause and where it stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Citation {
    /// Source file name, as in the manifest (e.g. `001_afbddb86e510380a.txt`).
    pub doc: String,
    /// The exact text of the original file at `span`.
    pub quote: String,
    /// `[start, end)` in characters (Unicode scalar values) of the original file.
    pub span: [usize; 2],
}

/// One figure from a source, with what it counts, where, when, and where it was read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    /// Stable across runs: derived from the content, not from the order of extraction.
    pub id: String,
    /// The primary source file.
    pub doc: String,
    /// Province the figure belongs to (浙江, 山西, 安徽, 贵州, or another province name).
    pub province: String,
    /// Most specific place the figure is about (浙江省, 宁波市, 杭州市上城区紫阳街道, 巢湖市 …).
    pub place: String,
    pub level: Level,
    pub theme: Theme,
    /// Key of the metric catalog, or `None` when the figure fits no catalog metric.
    pub metric: Option<String>,
    /// Short Chinese label of what is counted.
    pub label: String,
    pub value: f64,
    /// Upper bound for ranges (200元到600元 → value 200, value_max 600).
    #[serde(default)]
    pub value_max: Option<f64>,
    /// The unit as written in the text: 人, 家, 个, 元, %, 个百分点, 人次, 名, 支 …
    pub unit: String,
    pub qualifier: Qualifier,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    #[serde(default)]
    pub as_of: Option<String>,
    /// The exact clause of the original file holding the figure.
    pub quote: String,
    /// `[start, end)` character offsets of `quote` in the original file.
    pub span: [usize; 2],
    /// Further sources stating the same figure (e.g. a newspaper reprint of the same article).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also_cited: Vec<Citation>,
}

impl Fact {
    /// The primary citation followed by every further one.
    pub fn citations(&self) -> impl Iterator<Item = Citation> + '_ {
        std::iter::once(Citation {
            doc: self.doc.clone(),
            quote: self.quote.clone(),
            span: self.span,
        })
        .chain(self.also_cited.iter().cloned())
    }
}

/// One of the disagreeing readings in a [`Conflict`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConflictVariant {
    /// The reading as the source gives it (e.g. `滴水服务团`).
    pub text: String,
    #[serde(flatten)]
    pub citation: Citation,
}

/// Two or more sources that disagree about a name or a number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conflict {
    pub id: String,
    /// `name` or `value`.
    pub field: String,
    /// What is disputed, in Chinese (e.g. 衢州市恳谈会举办地).
    pub subject: String,
    /// The fact the disagreement touches, if one was extracted.
    #[serde(default)]
    pub fact_id: Option<String>,
    pub variants: Vec<ConflictVariant>,
}

/// The output of `jianbao extract`: `{"facts": [...], "conflicts": [...]}`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FactSet {
    pub facts: Vec<Fact>,
    #[serde(default)]
    pub conflicts: Vec<Conflict>,
}

/// One source article as described in `seeds/sources.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceInfo {
    /// File name inside the sources directory.
    pub file: String,
    pub title: String,
    /// Publisher or outlet named in the text, when there is one.
    #[serde(default)]
    pub publisher: Option<String>,
    /// Publication date as far as the text supports it (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    #[serde(default)]
    pub date: Option<String>,
    /// How the date was inferred.
    #[serde(default)]
    pub date_basis: Option<String>,
    /// Province the article is mainly about.
    pub province: String,
    /// Free-form remarks (e.g. that a page is an OCR copy of another source).
    #[serde(default)]
    pub note: Option<String>,
    /// Author or reporter the source names (a byline, a document's author property).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// The address the file was fetched from (`jianbao fetch`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// When it was fetched, RFC 3339 in UTC.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fetched: Option<String>,
}

/// The source manifest (`sources.toml`): `[[source]]` tables.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    #[serde(rename = "source", default)]
    pub sources: Vec<SourceInfo>,
}

impl Manifest {
    pub fn get(&self, file: &str) -> Option<&SourceInfo> {
        self.sources.iter().find(|s| s.file == file)
    }
}

/// One canonical metric: what a comparison row is about and how sources word it.
///
/// The catalog is data (`metrics.toml`) so that a new metric is a line of data, not code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Metric {
    /// Dotted key, `theme_area.name` (e.g. `social_workers.certified`).
    pub key: String,
    pub theme: Theme,
    /// Chinese row label in comparison tables (e.g. 持证社会工作者).
    pub label: String,
    /// Unit the metric is normally stated in (人, 家, %, 个百分点 …).
    #[serde(default)]
    pub unit: Option<String>,
    /// Wordings in source text that denote this metric.
    #[serde(default)]
    pub patterns: Vec<String>,
    /// Whether values at different places may be compared side by side in a table row.
    #[serde(default = "default_true")]
    pub comparable: bool,
}

fn default_true() -> bool {
    true
}

/// The metric catalog: `[[metric]]` tables, in the order comparison tables list their rows.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Catalog {
    #[serde(rename = "metric", default)]
    pub metrics: Vec<Metric>,
}

impl Catalog {
    pub fn get(&self, key: &str) -> Option<&Metric> {
        self.metrics.iter().find(|m| m.key == key)
    }

    /// Parses catalog TOML; `path` names the file in errors.
    pub fn parse(text: &str, path: &Path) -> Result<Catalog, SchemaError> {
        parse_toml(text, path)
    }

    pub fn load(path: &Path) -> Result<Catalog, SchemaError> {
        Catalog::parse(&read_text(path)?, path)
    }
}

/// A location in a text file, 1-based, for error messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

impl LineCol {
    /// Converts a byte offset in `text` into a 1-based line and column (in characters).
    pub fn from_byte_offset(text: &str, offset: usize) -> LineCol {
        let offset = offset.min(text.len());
        let before = &text[..text.floor_char_boundary(offset)];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        LineCol {
            line,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

/// Errors reading the schema's files, always naming the file and, where known, line and column.
#[derive(Debug, thiserror::Error)]
pub enum SchemaError {
    #[error("{path}: cannot read: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}:{line}:{column}: {message}")]
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
}

fn read_text(path: &Path) -> Result<String, SchemaError> {
    std::fs::read_to_string(path).map_err(|source| SchemaError::Io {
        path: path.to_owned(),
        source,
    })
}

/// Parses TOML text, turning a parse error into one located by file, line and column.
pub fn parse_toml<T: serde::de::DeserializeOwned>(
    text: &str,
    path: &Path,
) -> Result<T, SchemaError> {
    toml::from_str(text).map_err(|e| {
        let at = e.span().map_or(LineCol { line: 1, column: 1 }, |s| {
            LineCol::from_byte_offset(text, s.start)
        });
        SchemaError::Syntax {
            path: path.to_owned(),
            line: at.line,
            column: at.column,
            message: e.message().to_owned(),
        }
    })
}

/// Parses JSON text, turning a parse error into one located by file, line and column.
pub fn parse_json<T: serde::de::DeserializeOwned>(
    text: &str,
    path: &Path,
) -> Result<T, SchemaError> {
    serde_json::from_str(text).map_err(|e| SchemaError::Syntax {
        path: path.to_owned(),
        line: e.line(),
        column: e.column(),
        message: e
            .to_string()
            .split(" at line ")
            .next()
            .unwrap_or_default()
            .to_owned(),
    })
}

impl Manifest {
    pub fn load(path: &Path) -> Result<Manifest, SchemaError> {
        parse_toml(&read_text(path)?, path)
    }
}

impl FactSet {
    pub fn load(path: &Path) -> Result<FactSet, SchemaError> {
        parse_json(&read_text(path)?, path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_json_is_located() {
        let text = "{\n  \"facts\": [\n    {\"id\": 3}\n  ]\n}";
        let err = parse_json::<FactSet>(text, Path::new("f.json"))
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("f.json:3:"), "{err}");
    }

    #[test]
    fn malformed_toml_is_located() {
        let text = "[[source]]\nfile = \"a\"\ntitle = = \"x\"\n";
        let err = parse_toml::<Manifest>(text, Path::new("s.toml"))
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("s.toml:3:"), "{err}");
    }

    #[test]
    fn line_col_counts_characters() {
        let text = "甲乙\n丙丁戊";
        let at = LineCol::from_byte_offset(text, text.find('戊').unwrap());
        assert_eq!(at, LineCol { line: 2, column: 3 });
    }

    #[test]
    fn themes_round_trip() {
        for t in Theme::ALL {
            assert_eq!(Theme::parse(t.as_str()), Some(t));
            let json = serde_json::to_string(&t).unwrap();
            assert_eq!(json, format!("\"{}\"", t.as_str()));
        }
    }
}
