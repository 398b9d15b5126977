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
    /// Further sources stating the same figure (a source listed in [`FactSet::reprints`] as a
    /// reprint of `doc` is the same report again, not corroboration).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also_cited: Vec<Citation>,
    /// The text sets this figure as an aim (力争到2027年达到90%, 预计服务500人) rather than
    /// reporting it: a briefing shows it beside the current value, never as that value, and
    /// `as_of` is the year it is set for. Absent in the JSON when false, so facts files written
    /// before the field existed read and re-serialise unchanged.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub target: bool,
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

/// What a [`Point`] tells: the sections of a 简报 (主要做法, 成效, 特色与经验, 下一步 …) are
/// built from these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PointKind {
    /// 做法: a measure taken (建立, 出台, 推行, 开展, 打造, 实施 …).
    Measure,
    /// 成效: a result (覆盖率达, 实现, 化解, 惠及 …).
    Result,
    /// 特色/首创: a first or a ranking (率先, 首个, 首家, 全国首位, 位居全国前列).
    First,
    /// 里程碑: a dated event (挂牌, 成立, 召开, 印发 with a date).
    Milestone,
    /// 品牌: a named programme (“小哥驿站”, “窗帘之约”).
    Brand,
    /// 问题: a problem or shortcoming the source admits (短板, 不足, 仍存在).
    Problem,
    /// 下一步: a plan (下一步, 将, 接下来, 力争).
    Plan,
}

impl PointKind {
    /// All kinds in the order a 简报 uses them.
    pub const ALL: [PointKind; 7] = [
        PointKind::Measure,
        PointKind::Result,
        PointKind::First,
        PointKind::Milestone,
        PointKind::Brand,
        PointKind::Problem,
        PointKind::Plan,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PointKind::Measure => "measure",
            PointKind::Result => "result",
            PointKind::First => "first",
            PointKind::Milestone => "milestone",
            PointKind::Brand => "brand",
            PointKind::Problem => "problem",
            PointKind::Plan => "plan",
        }
    }

    /// The Chinese name used in briefings.
    pub fn title_zh(self) -> &'static str {
        match self {
            PointKind::Measure => "做法",
            PointKind::Result => "成效",
            PointKind::First => "特色/首创",
            PointKind::Milestone => "里程碑",
            PointKind::Brand => "品牌",
            PointKind::Problem => "问题",
            PointKind::Plan => "下一步",
        }
    }

    /// Parses the key (`measure`) or the Chinese name (`做法`).
    pub fn parse(s: &str) -> Option<PointKind> {
        PointKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s || k.title_zh() == s)
    }
}

impl fmt::Display for PointKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One qualitative point of a source: an exact sentence or clause saying what a place did,
/// achieved, started first, plans or lacks, with where it stands in the source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Point {
    /// Stable across runs: derived from the content (`p` + hash of province, kind and text).
    pub id: String,
    /// The primary source file.
    pub doc: String,
    pub kind: PointKind,
    /// Further kinds the text also has (a 做法 that names a 品牌 and states a 成效).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also_kinds: Vec<PointKind>,
    /// The exact text of the original file at `span` (a sentence, or a clause of a long one).
    pub text: String,
    /// `[start, end)` character offsets of `text` in the original file.
    pub span: [usize; 2],
    /// Province the point belongs to (浙江, 山西 …), as for facts.
    pub province: String,
    /// Most specific place the point is about (巢湖市, 宁波市, 浙江省 …).
    pub place: String,
    pub level: Level,
    pub theme: Theme,
    /// The date the text itself names (an event's date: 2024年1月12日 → `2024-01-12`).
    #[serde(default)]
    pub date: Option<String>,
    /// The date the point holds at: `date`, else the date in force in its paragraph, else the
    /// document date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    #[serde(default)]
    pub as_of: Option<String>,
    /// How much the point says (specific actions, named programmes, figures and dates raise it;
    /// generic slogans lower it). Only the order matters.
    pub score: f64,
    /// The cue words that decided the kinds, as they stand in `text`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cues: Vec<String>,
    /// Named programmes, mechanisms and places of service the text names (小哥驿站, 窗帘之约).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub names: Vec<String>,
    /// Ids of the facts whose quotes lie within the point's text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fact_ids: Vec<String>,
    /// Further sources saying the same (a source listed in [`FactSet::reprints`] as a reprint of
    /// `doc` is the same report again, not corroboration).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also_cited: Vec<Citation>,
    /// Ids of conflicts whose readings lie in this point's text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflict_ids: Vec<String>,
}

impl Point {
    /// The primary citation followed by every further one.
    pub fn citations(&self) -> impl Iterator<Item = Citation> + '_ {
        std::iter::once(Citation {
            doc: self.doc.clone(),
            quote: self.text.clone(),
            span: self.span,
        })
        .chain(self.also_cited.iter().cloned())
    }
}

/// A source (or an article of a page) that reprints another: one report, counted once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reprint {
    /// The reprinting source file.
    pub doc: String,
    /// `[start, end)` characters of the reprinting article in `doc` (a page may hold others).
    pub span: [usize; 2],
    /// The original source file.
    pub original: String,
    /// `[start, end)` characters of the reprinted article in `original`.
    pub original_span: [usize; 2],
    /// Share of the reprint's sentences found again in the original (0–1).
    pub shared: f64,
    /// Why `original` is taken as the original (earlier date, fuller text, a page of many articles).
    pub basis: String,
}

/// The output of `jianbao extract`: `{"facts": [...], "conflicts": [...], "points": [...],
/// "reprints": [...]}`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FactSet {
    pub facts: Vec<Fact>,
    #[serde(default)]
    pub conflicts: Vec<Conflict>,
    /// Qualitative points in (doc, span) order.
    #[serde(default)]
    pub points: Vec<Point>,
    /// Sources that reprint another source (their facts and points cite the original first).
    #[serde(default)]
    pub reprints: Vec<Reprint>,
}

impl FactSet {
    /// The reprint relation covering character `at` of `doc`, if that part of `doc` reprints
    /// another source.
    pub fn reprint_at(&self, doc: &str, at: usize) -> Option<&Reprint> {
        self.reprints
            .iter()
            .find(|r| r.doc == doc && r.span[0] <= at && at < r.span[1])
    }

    /// Whether `citation` repeats `original_doc` because its text reprints it (so it is the same
    /// report again, not a second source).
    pub fn is_reprint_of(&self, citation: &Citation, original_doc: &str) -> bool {
        self.reprint_at(&citation.doc, citation.span[0])
            .is_some_and(|r| r.original == original_doc)
    }

    /// The reading of the original among a conflict's variants, when one variant's source
    /// reprints another's: the reprint's differing reading is a copying or OCR error there.
    pub fn original_reading<'a>(&self, conflict: &'a Conflict) -> Option<&'a ConflictVariant> {
        conflict.variants.iter().find(|v| {
            conflict
                .variants
                .iter()
                .any(|w| self.is_reprint_of(&w.citation, &v.citation.doc))
        })
    }
}

/// One source article as described in `seeds/sources.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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
#[serde(deny_unknown_fields)]
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

/// Largest facts file, manifest or catalog read (a facts file of 100,000 facts is ~60 MB).
const MAX_SCHEMA_FILE_BYTES: u64 = 256 * 1024 * 1024;

fn read_text(path: &Path) -> Result<String, SchemaError> {
    read_regular_text(path, MAX_SCHEMA_FILE_BYTES).map_err(|source| SchemaError::Io {
        path: path.to_owned(),
        source,
    })
}

/// Reads a regular file of at most `max_bytes`. A FIFO, a device (`/dev/zero`) or a directory
/// is refused before reading, so that a wrong path never hangs or exhausts memory.
pub fn read_regular_file(path: &Path, max_bytes: u64) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let not_regular = || {
        std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "not a regular file (a directory, FIFO or device); give the path of an ordinary file",
        )
    };
    // checked before opening: opening a FIFO for reading blocks until someone writes to it
    if !std::fs::metadata(path)?.is_file() {
        return Err(not_regular());
    }
    let file = std::fs::File::open(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(not_regular());
    }
    if meta.len() > max_bytes {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!("{} bytes, over the limit of {max_bytes}", meta.len()),
        ));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(max_bytes + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max_bytes {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!("grew past the limit of {max_bytes} bytes while being read"),
        ));
    }
    Ok(bytes)
}

/// [`read_regular_file`] as UTF-8 text.
pub fn read_regular_text(path: &Path, max_bytes: u64) -> std::io::Result<String> {
    String::from_utf8(read_regular_file(path, max_bytes)?).map_err(|e| {
        std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!(
                "not UTF-8 (invalid at byte {}); re-save it as UTF-8",
                e.utf8_error().valid_up_to()
            ),
        )
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
        Manifest::parse(&read_text(path)?, path)
    }

    /// Parses manifest TOML (unknown keys are errors) and checks every date is a real
    /// calendar date written `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (2025-13-40 is not).
    pub fn parse(text: &str, path: &Path) -> Result<Manifest, SchemaError> {
        let manifest: Manifest = parse_toml(text, path)?;
        for source in &manifest.sources {
            let Some(date) = &source.date else { continue };
            if !is_partial_date(date) {
                let at = text
                    .find(&format!("\"{date}\""))
                    .map_or(LineCol { line: 1, column: 1 }, |b| {
                        LineCol::from_byte_offset(text, b)
                    });
                return Err(SchemaError::Syntax {
                    path: path.to_owned(),
                    line: at.line,
                    column: at.column,
                    message: format!(
                        "date {date:?} of {} is not a calendar date; write YYYY, YYYY-MM or YYYY-MM-DD",
                        source.file
                    ),
                });
            }
        }
        Ok(manifest)
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real year, month or day.
pub fn is_partial_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let numbers: Option<Vec<u32>> = parts
        .iter()
        .zip([4usize, 2, 2])
        .map(|(p, len)| {
            (p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
                .then(|| p.parse().ok())
                .flatten()
        })
        .collect();
    let Some(numbers) = numbers.filter(|n| n.len() == parts.len()) else {
        return false;
    };
    let days_in = |year: u32, month: u32| match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        _ => 0,
    };
    match numbers.as_slice() {
        [year] => *year >= 1,
        [_, month] => (1..=12).contains(month),
        [year, month, day] => {
            (1..=12).contains(month) && *day >= 1 && *day <= days_in(*year, *month)
        }
        _ => false,
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
    fn manifest_refuses_unknown_keys_and_impossible_dates() {
        let unknown =
            "[[source]]\nfile = \"a.txt\"\ntitle = \"t\"\nprovince = \"浙江\"\ntilte = \"x\"\n";
        let err = Manifest::parse(unknown, Path::new("s.toml"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("tilte"), "{err}");
        let bad_date = "[[source]]\nfile = \"a.txt\"\ntitle = \"t\"\nprovince = \"浙江\"\ndate = \"2025-13-40\"\n";
        let err = Manifest::parse(bad_date, Path::new("s.toml"))
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("s.toml:5:") && err.contains("2025-13-40"),
            "{err}"
        );
        for good in ["2025", "2025-02", "2024-02-29"] {
            assert!(is_partial_date(good), "{good}");
        }
        for bad in ["2025-02-29", "2025-1", "25", "2025-00", "x"] {
            assert!(!is_partial_date(bad), "{bad}");
        }
    }

    #[test]
    fn special_files_are_refused_without_blocking() {
        let dir = std::env::temp_dir().join(format!("jianbao-fifo-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let fifo = dir.join("source.txt");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if made.is_ok_and(|s| s.success()) {
            let err = read_regular_file(&fifo, 1000).unwrap_err().to_string();
            assert!(err.contains("not a regular file"), "{err}");
        }
        let err = read_regular_file(Path::new("/dev/zero"), 1000)
            .unwrap_err()
            .to_string();
        assert!(err.contains("not a regular file"), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn themes_round_trip() {
        for t in Theme::ALL {
            assert_eq!(Theme::parse(t.as_str()), Some(t));
            let json = serde_json::to_string(&t).unwrap();
            assert_eq!(json, format!("\"{}\"", t.as_str()));
        }
    }

    #[test]
    fn target_flag_is_optional_and_omitted_when_false() {
        let old = r#"{"facts":[{"id":"a","doc":"d.txt","province":"浙江","place":"浙江省","level":"province","theme":"volunteers","metric":null,"label":"志愿者","value":5.0,"unit":"人","qualifier":"exact","quote":"志愿者5人","span":[0,5]}],"conflicts":[]}"#;
        let set: FactSet = parse_json(old, Path::new("old.json")).unwrap();
        assert!(
            !set.facts[0].target,
            "a file written before the field reads as reported"
        );
        let again = serde_json::to_string(&set.facts[0]).unwrap();
        assert!(!again.contains("target"), "{again}");
        let mut aim = set.facts[0].clone();
        aim.target = true;
        let json = serde_json::to_string(&aim).unwrap();
        assert!(json.ends_with(r#""target":true}"#), "{json}");
        let back: Fact = serde_json::from_str(&json).unwrap();
        assert!(back.target);
    }
}
