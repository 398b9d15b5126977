//! A sources directory: every readable file rendered, manifest entries completed from what the
//! files state, and every other file listed as skipped with the reason.

use crate::{classify, FileKind, Format, Metadata, Rendering, SourceError};
use jianbao_extract::{Document, Sources, TextEncoding};
use jianbao_facts::{Manifest, SourceInfo};
use std::path::{Path, PathBuf};

/// A file that was read, and how.
#[derive(Debug, Clone)]
pub struct ReadFile {
    pub file: String,
    pub format: Format,
    /// How the bytes were decoded, when that was a question.
    pub encoding: Option<String>,
}

/// A file in the sources directory that was not read, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub file: String,
    pub reason: String,
}

/// The sources of a directory with what was read and what was skipped.
#[derive(Debug, Clone)]
pub struct LoadedSources {
    pub sources: Sources,
    pub read: Vec<ReadFile>,
    pub skipped: Vec<Skipped>,
}

/// Files of a sources directory that are the directory's own, not sources.
fn is_own_file(name: &str) -> bool {
    name == "sources.toml" || name.starts_with('.') || name.starts_with("~$")
}

/// Reads every source file in `dir` (not its subdirectories) and `dir/sources.toml` if present.
///
/// A file's manifest entry comes from `sources.toml` when it lists the file; fields the entry
/// leaves empty (publisher, date, author) are filled from the file's own metadata. A file the
/// manifest does not list gets an entry from its metadata: the title it states (else its file
/// name), its date and outlet, and the province its text names most often.
pub fn load_dir(dir: &Path) -> Result<LoadedSources, SourceError> {
    let manifest_path = dir.join("sources.toml");
    let mut manifest = if manifest_path.exists() {
        Manifest::load(&manifest_path)?
    } else {
        Manifest::default()
    };
    let (articles, skipped) = scan(dir)?;
    let mut docs = Vec::new();
    let mut read = Vec::new();
    for (path, file, format) in articles {
        let bytes = crate::read_regular_file(&path)?;
        let rendering = crate::render_bytes(&bytes, format, &path.display().to_string())?;
        complete_entry(&mut manifest, &file, &rendering);
        read.push(ReadFile {
            file: file.clone(),
            format,
            encoding: rendering.encoding.clone(),
        });
        docs.push(Document {
            file,
            encoding: match rendering.encoding.as_deref() {
                Some(e) if e.starts_with("GB") => TextEncoding::Gb18030,
                // a Big5 page read as Big5 says so (it was reported as UTF-8)
                Some(e) if e == TextEncoding::Big5.as_str() => TextEncoding::Big5,
                _ => TextEncoding::Utf8,
            },
            text: rendering.text,
        });
    }
    if docs.is_empty() {
        let skipped_list = if skipped.is_empty() {
            String::new()
        } else {
            format!(
                " (skipped: {})",
                skipped
                    .iter()
                    .map(|s| format!("{}: {}", s.file, s.reason))
                    .collect::<Vec<_>>()
                    .join("; ")
            )
        };
        return Err(SourceError::Empty {
            path: dir.to_owned(),
            skipped: skipped_list,
        });
    }
    Ok(LoadedSources {
        sources: Sources::from_documents(docs, manifest),
        read,
        skipped,
    })
}

/// An article file of a sources directory: its path, file name and format.
type ArticleFile = (PathBuf, String, Format);

/// The files of `dir` that are articles, and those that are not.
fn scan(dir: &Path) -> Result<(Vec<ArticleFile>, Vec<Skipped>), SourceError> {
    let entries = std::fs::read_dir(dir).map_err(|source| SourceError::Io {
        path: dir.to_owned(),
        source,
    })?;
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    let mut articles = Vec::new();
    let mut skipped = Vec::new();
    for path in paths {
        let file = path
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default();
        if is_own_file(&file) {
            continue;
        }
        if path.is_dir() {
            skipped.push(Skipped {
                file,
                reason: "a directory: sources are not searched in subdirectories".to_owned(),
            });
            continue;
        }
        match classify(&path) {
            FileKind::Article(format) => articles.push((path, file, format)),
            FileKind::Skipped(reason) => skipped.push(Skipped { file, reason }),
        }
    }
    Ok((articles, skipped))
}

/// The files of a sources directory that are not read, with the reason (without reading any).
pub fn skipped_files(dir: &Path) -> Result<Vec<Skipped>, SourceError> {
    Ok(scan(dir)?.1)
}

/// Adds or completes `file`'s manifest entry from what the file states about itself.
fn complete_entry(manifest: &mut Manifest, file: &str, rendering: &Rendering) {
    match manifest.sources.iter_mut().find(|s| s.file == file) {
        // (a listed file with its date needs only its byline: a plain text's headline and date
        // line are not read for nothing)
        Some(entry) if entry.date.is_some() => {
            let (outlet, author) = rendering.byline();
            if entry.publisher.is_none() {
                entry.publisher = outlet;
            }
            if entry.author.is_none() {
                entry.author = author;
            }
        }
        Some(entry) => {
            let Metadata {
                date,
                date_basis,
                outlet,
                author,
                ..
            } = rendering.stated();
            if entry.publisher.is_none() {
                entry.publisher = outlet;
            }
            if date.is_some() {
                entry.date = date;
                entry.date_basis = date_basis;
            }
            if entry.author.is_none() {
                entry.author = author;
            }
        }
        None => {
            let Metadata {
                title,
                date,
                date_basis,
                outlet,
                author,
            } = rendering.stated();
            let note = if rendering.format == Format::Text {
                jianbao_extract::NOT_IN_MANIFEST_NOTE.to_owned()
            } else {
                "not in sources.toml: title, date and outlet as the file states them; province \
                 inferred from the text"
                    .to_owned()
            };
            manifest.sources.push(SourceInfo {
                file: file.to_owned(),
                title: title.unwrap_or_else(|| file.to_owned()),
                publisher: outlet,
                date,
                date_basis,
                province: jianbao_extract::rules::dominant_province(&rendering.text)
                    .unwrap_or_default(),
                note: Some(note),
                author,
                url: None,
                fetched: None,
            });
        }
    }
}
