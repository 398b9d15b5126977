//! Ingest and extraction: source texts → facts with provenance.
//!
//! Steps, one module each: [`ingest`] (decode, normalise with an offset map, split articles and
//! sentences), [`numbers`], [`dates`], [`places`] (gazetteer), [`catalog`] (metric matching),
//! [`rules`] (which figures become facts), [`points`] (the qualitative points: 做法, 成效, 特色,
//! 里程碑, 品牌, 问题, 下一步), [`merge`] (the same fact or point in two sources, reprints, and
//! where sources disagree) and [`check`] (validating a facts file against its sources).

mod attach;
mod awards;
pub mod catalog;
mod catalog_parts;
mod char_diff;
pub mod check;
mod check_fields;
mod cue_lists;
pub mod dates;
mod digit_groups;
mod first_chars;
mod form_fields;
mod honour_titles;
pub mod ingest;
pub mod labels;
mod locals;
pub mod merge;
mod named_zones;
mod national;
mod not_counts;
mod not_counts_ranks;
mod not_facts;
mod not_facts_conditions;
mod not_facts_counts;
mod not_facts_norms;
pub mod numbers;
pub mod places;
mod placing;
mod plausibility;
mod point_merge;
pub mod points;
mod profile_page;
mod relevance;
mod respectively;
mod restated;
mod road_names;
pub mod rules;
mod scope;
pub mod script;
mod second_measure;
pub mod self_description;
mod short_names;
mod silence;
mod spam;
mod targets;
mod topic;
mod whole_divisions;
mod word_lists;

pub use catalog::default_catalog;
pub use check::{check, CheckProblem};
pub use ingest::TextEncoding;
pub use silence::{silent_sources, why_silent, Silence};

use jianbao_facts::{Catalog, FactSet, Manifest, SchemaError, SourceInfo};
use std::path::{Path, PathBuf};

/// Errors reading sources; each names the file.
#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    #[error("{file}: neither UTF-8 (invalid at byte {utf8_offset}) nor GB18030 (invalid at byte {gb18030_offset}) nor Big5; re-save the file as UTF-8")]
    Undecodable {
        file: String,
        utf8_offset: usize,
        gb18030_offset: usize,
    },
    #[error("{path}: cannot read: {source}; {}", read_advice(path, source))]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    Schema(#[from] SchemaError),
    #[error("{path}: no source files (*.txt) found; point --sources at a directory of articles")]
    Empty { path: PathBuf },
}

/// What to do when a sources path cannot be read: a missing or mistyped directory is the usual cause.
fn read_advice(path: &Path, error: &std::io::Error) -> &'static str {
    match error.kind() {
        std::io::ErrorKind::NotFound => {
            "it does not exist: point --sources at a directory of .txt articles"
        }
        std::io::ErrorKind::PermissionDenied => {
            "make it readable, or point --sources at a directory of .txt articles you can read"
        }
        _ if path.is_file() => {
            "--sources takes a directory: point --sources at a directory of .txt articles"
        }
        _ => "check the path, or point --sources at a directory of .txt articles",
    }
}

/// Largest source file read: far above any article or page, below what exhausts memory.
const MAX_SOURCE_BYTES: u64 = 512 * 1024 * 1024;

/// Where the date of a text no manifest describes comes from (`SourceInfo::date_basis`).
pub const DATE_LINE_BASIS: &str = "the text's date line (发布时间, dateline)";
/// The note on a manifest entry made from a text itself (by this crate's loader and by
/// jianbao-sources').
pub const NOT_IN_MANIFEST_NOTE: &str =
    "not in sources.toml: title and date as the text states them, province inferred from the text";

/// One source document: its original text (the reference for every quote and span).
#[derive(Debug, Clone)]
pub struct Document {
    pub file: String,
    pub text: String,
    pub encoding: TextEncoding,
}

/// The loaded source texts and their manifest.
#[derive(Debug, Clone)]
pub struct Sources {
    docs: Vec<Document>,
    manifest: Manifest,
}

macro_rules! seed {
    ($name:literal) => {
        (
            $name,
            include_bytes!(concat!("../../../seeds/", $name)).as_slice(),
        )
    };
}

const SEEDS: [(&str, &[u8]); 5] = [
    seed!("000_40c3902e21c9d35c.txt"),
    seed!("001_afbddb86e510380a.txt"),
    seed!("002_f28ca3098ef270b4.txt"),
    seed!("003_e8530be8c786df57.txt"),
    seed!("004_93f98ffadb83952a.txt"),
];
const SEED_MANIFEST: &str = include_str!("../../../seeds/sources.toml");

impl Sources {
    /// The five seed articles and seeds/sources.toml, embedded in the binary.
    pub fn embedded() -> Sources {
        let manifest =
            Manifest::parse(SEED_MANIFEST, Path::new("seeds/sources.toml")).unwrap_or_default();
        let docs = SEEDS
            .iter()
            .filter_map(|(file, bytes)| {
                ingest::decode(bytes, file)
                    .ok()
                    .map(|(text, encoding)| Document {
                        file: (*file).to_owned(),
                        text,
                        encoding,
                    })
            })
            .collect();
        Sources { docs, manifest }
    }

    /// Reads every `*.txt` in `dir` (UTF-8 or GB18030), and `dir/sources.toml` if present.
    ///
    /// Without a manifest, or for files it does not list, minimal entries are inferred: the title is
    /// the file name, the province is the one the text names most often, and there is no date (so
    /// relative dates such as 今年 stay unresolved).
    pub fn from_dir(dir: &Path) -> Result<Sources, ExtractError> {
        let manifest_path = dir.join("sources.toml");
        let mut manifest = if manifest_path.exists() {
            Manifest::load(&manifest_path)?
        } else {
            Manifest::default()
        };
        let entries = std::fs::read_dir(dir).map_err(|source| ExtractError::Io {
            path: dir.to_owned(),
            source,
        })?;
        let mut files: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        if files.is_empty() {
            return Err(ExtractError::Empty {
                path: dir.to_owned(),
            });
        }
        let mut docs = Vec::new();
        for path in files {
            let bytes =
                jianbao_facts::read_regular_file(&path, MAX_SOURCE_BYTES).map_err(|source| {
                    ExtractError::Io {
                        path: path.clone(),
                        source,
                    }
                })?;
            let file = path
                .file_name()
                .map(|f| f.to_string_lossy().into_owned())
                .unwrap_or_default();
            let (text, encoding) = ingest::decode(&bytes, &path.display().to_string())?;
            if manifest.get(&file).is_none() {
                let stated = self_description::describe(&text);
                manifest.sources.push(SourceInfo {
                    file: file.clone(),
                    title: stated.title.unwrap_or_else(|| file.clone()),
                    date_basis: stated.date.as_ref().map(|_| DATE_LINE_BASIS.to_owned()),
                    date: stated.date,
                    publisher: None,
                    province: rules::dominant_province(&text).unwrap_or_default(),
                    note: Some(NOT_IN_MANIFEST_NOTE.to_owned()),
                    author: None,
                    url: None,
                    fetched: None,
                });
            }
            docs.push(Document {
                file,
                text,
                encoding,
            });
        }
        Ok(Sources { docs, manifest })
    }

    /// Builds sources from texts in memory (file name, text); the manifest may be empty.
    pub fn from_texts(texts: Vec<(String, String)>, manifest: Manifest) -> Sources {
        let docs = texts
            .into_iter()
            .map(|(file, text)| Document {
                file,
                text,
                encoding: TextEncoding::Utf8,
            })
            .collect();
        Sources { docs, manifest }
    }

    /// Builds sources from documents read elsewhere (jianbao-sources renders HTML, DOCX and PDF
    /// files into texts) and their manifest.
    pub fn from_documents(docs: Vec<Document>, manifest: Manifest) -> Sources {
        Sources { docs, manifest }
    }

    pub fn manifest(&self) -> &Manifest {
        &self.manifest
    }

    /// The documents in file-name order.
    pub fn documents(&self) -> &[Document] {
        &self.docs
    }

    pub fn document(&self, file: &str) -> Option<&Document> {
        self.docs.iter().find(|d| d.file == file)
    }
}

/// Builds the tables every extraction needs and builds at its start (the points vocabulary,
/// the catalog's patterns, the gazetteer, the targets' cues, the labels' vocabulary: about
/// 6 M instructions and 400 page faults), each once per process. Called on a thread of its
/// own while the sources are read, they are ready when the documents' threads start;
/// otherwise the first document to need each builds it.
pub fn prepare() {
    places::Gazetteer::embedded();
    catalog::embedded_patterns();
    targets::prepare();
    labels::prepare();
    points::prepare();
}

/// Extracts the facts of all sources, merges figures that several sources state, and lists where
/// sources disagree. Facts come in (doc, span) order; ids derive from content.
pub fn extract(sources: &Sources, catalog: &Catalog) -> FactSet {
    merge::merge(analyse_all(sources, catalog))
}

/// Analyses one document: its facts (rules), then its points.
fn analyse_one<'a>(
    sources: &Sources,
    catalog: &Catalog,
    doc: &'a Document,
) -> rules::AnalysedDoc<'a> {
    let mut analysed = rules::analyse(doc, sources.manifest.get(&doc.file), catalog);
    targets::mark(&mut analysed, sources.manifest.get(&doc.file));
    plausibility::drop_implausible(&mut analysed.facts);
    // spare capacity of the grown vector
    analysed.facts.shrink_to_fit();
    if sources.docs.len() > 1 {
        merge::prepare(&mut analysed);
    } else {
        // A document alone is aligned with no other, and its points' words are copied out:
        // merging needs no more of its normalised text (3 MB on a 2 MB text, held while
        // the points are written).
        analysed.normalized.release_chars();
    }
    analysed
}

/// Threads per core that analyse documents. With one per core, a corpus of a few documents
/// ended with one core idle while the other analysed the last document taken: on the seeds
/// the main thread analysed three (44.5 M instructions), the helper two (30.5 M), and merging
/// waited for the longer. With more threads than cores the kernel shares the cores among the
/// documents still being analysed, so both stay busy until the last two end. Bounded so that
/// a corpus of thousands of files does not start thousands of threads (each with its stack and,
/// in glibc, up to eight malloc arenas a core).
const THREADS_PER_CORE: usize = 4;

/// Analyses the documents, in their order, on one thread per document, at most
/// [`THREADS_PER_CORE`] a core (none more with one core): each document is analysed on its own,
/// only merging needs them all.
///
/// With a second core, a helper first compiles the points vocabulary and, with a third thread,
/// another compiles the catalog's patterns while this thread builds the gazetteer and starts
/// on the first document (each takes a few milliseconds, needed at every start, and only one
/// thread at a time can build each: the threads that need one wait for it, so they are begun
/// at once rather than each when the first document reaches it).
fn analyse_all<'a>(sources: &'a Sources, catalog: &Catalog) -> Vec<rules::AnalysedDoc<'a>> {
    let analyse = |d: &'a Document| analyse_one(sources, catalog, d);
    let docs = &sources.docs;
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
    if cores <= 1 || docs.is_empty() {
        return docs.iter().map(analyse).collect();
    }
    let threads = (cores * THREADS_PER_CORE).min(docs.len()).max(2);
    // Each thread takes the next document not yet taken, so a long one does not hold up the rest.
    // The first is this thread's: a helper that took it (this thread being late to start) would
    // allocate its analysis in the helper's own malloc arena, beside the one merging then grows
    // (a one-document corpus peaked a fifth higher that way).
    let next = std::sync::atomic::AtomicUsize::new(1);
    let work = |mut done: Vec<_>| loop {
        let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let Some(doc) = docs.get(k) else {
            return done;
        };
        done.push((k, analyse(doc)));
    };
    let mut done = std::thread::scope(|scope| {
        let helpers: Vec<_> = (1..threads)
            .map(|helper| {
                scope.spawn(move || {
                    match helper {
                        1 => points::prepare(),
                        2 => drop(catalog::compiled(catalog)),
                        _ => {}
                    }
                    work(Vec::new())
                })
            })
            .collect();
        let mut done = work(vec![(0, analyse(&docs[0]))]);
        for helper in helpers {
            match helper.join() {
                Ok(more) => done.extend(more),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        done
    });
    done.sort_unstable_by_key(|(k, _)| *k);
    done.into_iter().map(|(_, analysed)| analysed).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Analysing the documents on several threads must give what one thread gives: every
    /// document once, in document order, and the same facts, ids and conflicts.
    #[test]
    fn parallel_analysis_gives_the_serial_result() {
        let sources = Sources::embedded();
        let catalog = default_catalog();
        let serial: Vec<rules::AnalysedDoc<'_>> = sources
            .docs
            .iter()
            .map(|d| analyse_one(&sources, &catalog, d))
            .collect();
        let parallel = analyse_all(&sources, &catalog);
        let files = |docs: &[rules::AnalysedDoc<'_>]| -> Vec<String> {
            docs.iter().map(|d| d.file.clone()).collect()
        };
        assert_eq!(files(&parallel), files(&serial));
        let expected = merge::merge(serial);
        assert!(!expected.facts.is_empty());
        assert_eq!(merge::merge(parallel), expected);
        assert_eq!(extract(&sources, &catalog), expected);
    }

    /// A document alone releases its normalised text before merging (its points' words were
    /// copied out): its facts and points are those merging gives with the text kept.
    #[test]
    fn a_lone_document_merges_the_same_without_its_normalised_text() {
        let seeds = Sources::embedded();
        let catalog = default_catalog();
        let mut points = 0;
        for doc in seeds.documents() {
            let alone = Sources::from_documents(vec![doc.clone()], seeds.manifest().clone());
            let info = alone.manifest.get(&doc.file);
            let mut analysed = rules::analyse(doc, info, &catalog);
            targets::mark(&mut analysed, info);
            let kept = merge::merge(vec![analysed]);
            let released = extract(&alone, &catalog);
            assert_eq!(released, kept, "{}", doc.file);
            points += released.points.len();
        }
        assert!(points > 0);
    }
}
