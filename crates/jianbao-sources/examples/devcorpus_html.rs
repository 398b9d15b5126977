//! Real saved web pages against their plain text (issue 13): how much of each page's article
//! jianbao-sources reads, how much page furniture it keeps, and whether the facts from the page
//! are those from the plain text.
//!
//!     cargo run --release -p jianbao-sources --example devcorpus_html -- [DIR] [--show]
//!
//! The pages are listed in devcorpus/html.toml; their HTML lives in DIR/html (DIR defaults to
//! $JIANBAO_DEVCORPUS, else /work/devcorpus) and must have the listed sha256. Each page is
//! compared with its plain text: the dev-corpus text of the same page (`text`), or the text of
//! its article block as a reader sees it (`article`, a CSS selector). Per page:
//!
//! - **text recall**: the share of the plain text's characters, sentence by sentence, that the
//!   page's rendering contains; **text precision**: the share of the rendering's characters, line
//!   by line, that are in the plain text (the title line, which `sources show` puts first, aside);
//! - the facts extracted from the plain text and from the page (each alone in a directory, read
//!   by `load_dir` as `jianbao` reads a sources directory), and how many are the same figure
//!   (province, value, unit);
//! - where the dev corpus has expected facts for the page (devcorpus/expected/<id>.toml), strict
//!   recall and precision of each against them, by the dev-corpus scorer's own matching rules.
//!
//! `--show` prints, per page, the manifest entry read from the page (title, date, outlet, author,
//! province), the rendering's lines that are not in the plain text and the plain text's
//! sentences the rendering lacks.

#[path = "../../jianbao-extract/examples/devcorpus_score/matching.rs"]
#[allow(dead_code)]
mod matching;

use jianbao_extract::{default_catalog, extract};
use jianbao_facts::{Fact, SourceInfo};
use jianbao_sources::load_dir;
use matching::{ratio, score_article, Figure};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Page {
    id: String,
    file: String,
    origin: String,
    kind: String,
    #[serde(default)]
    article: Option<String>,
    #[serde(default)]
    text: Option<String>,
    sha256: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PageList {
    page: Vec<Page>,
}

/// One fact of devcorpus/expected/<id>.toml, as far as strict matching needs it.
#[derive(Debug, Deserialize)]
struct ExpectedFact {
    province: String,
    place: String,
    level: String,
    theme: String,
    #[serde(default)]
    metric: Option<String>,
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
struct ExpectedFile {
    #[serde(default)]
    fact: Vec<ExpectedFact>,
}

fn expected_figure(e: &ExpectedFact) -> Figure {
    Figure {
        province: e.province.clone(),
        place: e.place.clone(),
        level: e.level.clone(),
        theme: e.theme.clone(),
        metric: e.metric.clone(),
        label: String::new(),
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
        qualifier: String::new(),
        as_of: f.as_of.clone(),
        quote: f.quote.clone(),
        target: f.target,
    }
}

/// A block-level tag: its text starts a new line in the plain text of an article block.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "br"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "tr"
            | "table"
            | "section"
            | "blockquote"
            | "center"
    )
}

/// The visible text of the first element matching `selector`, a line per block element.
fn article_text(html: &str, selector: &str) -> Result<String, String> {
    let page = scraper::Html::parse_document(html);
    let parsed = scraper::Selector::parse(selector)
        .map_err(|e| format!("bad selector {selector:?}: {e}"))?;
    let element = page
        .select(&parsed)
        .next()
        .ok_or_else(|| format!("no element matches {selector:?}"))?;
    let mut text = String::new();
    for edge in element.traverse() {
        match edge {
            ego_tree::iter::Edge::Open(node) => match node.value() {
                scraper::Node::Text(t) => {
                    let hidden = node.ancestors().any(|a| {
                        matches!(a.value(), scraper::Node::Element(e) if matches!(e.name(), "script" | "style"))
                    });
                    if !hidden {
                        text.push_str(t);
                    }
                }
                scraper::Node::Element(e) if is_block(e.name()) => text.push('\n'),
                _ => {}
            },
            ego_tree::iter::Edge::Close(node) => {
                if matches!(node.value(), scraper::Node::Element(e) if is_block(e.name())) {
                    text.push('\n');
                }
            }
        }
    }
    Ok(text
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
        + "\n")
}

/// Text without white space, for comparing renderings that space words differently.
fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The plain text's sentences (at 。！？ and line ends), without white space.
fn sentences(text: &str) -> Vec<String> {
    text.split(['\n', '。', '！', '？'])
        .map(squeeze)
        .filter(|s| s.chars().count() >= 2)
        .collect()
}

struct TextScore {
    recall: f64,
    precision: f64,
    missing: Vec<String>,
    extra: Vec<String>,
}

fn text_score(plain: &str, rendered: &str, title: Option<&str>) -> TextScore {
    let rendered_all = squeeze(rendered);
    let plain_all = squeeze(plain);
    let (mut found, mut total, mut missing) = (0, 0, Vec::new());
    for s in sentences(plain) {
        let n = s.chars().count();
        total += n;
        if rendered_all.contains(&s) {
            found += n;
        } else {
            missing.push(s);
        }
    }
    let (mut kept, mut all, mut extra) = (0, 0, Vec::new());
    for (i, line) in rendered.lines().enumerate() {
        if i == 0 && title.is_some_and(|t| squeeze(t) == squeeze(line)) {
            continue;
        }
        let line = squeeze(line);
        let n = line.chars().count();
        all += n;
        if plain_all.contains(&line) {
            kept += n;
        } else {
            extra.push(line);
        }
    }
    TextScore {
        recall: ratio(found, total),
        precision: ratio(kept, all),
        missing,
        extra,
    }
}

/// Reads one file alone in a scratch directory as `jianbao` reads a sources directory: its
/// analysed text, its manifest entry, and the facts extracted from it.
fn read_alone(
    work: &Path,
    name: &str,
    bytes: &[u8],
) -> Result<(String, Option<SourceInfo>, Vec<Fact>), String> {
    let dir = work.join(name);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    std::fs::write(dir.join(name), bytes).map_err(|e| format!("{}: {e}", dir.display()))?;
    let loaded = load_dir(&dir).map_err(|e| e.to_string())?;
    let text = loaded
        .sources
        .documents()
        .first()
        .map(|d| d.text.clone())
        .unwrap_or_default();
    let entry = loaded.sources.manifest().sources.first().cloned();
    let facts = extract(&loaded.sources, &default_catalog()).facts;
    Ok((text, entry, facts))
}

/// Facts of the page that are the same figure (province, value, unit) as one of the text's.
fn common_facts(a: &[Fact], b: &[Fact]) -> usize {
    let mut unused: Vec<&Fact> = a.iter().collect();
    let mut common = 0;
    for f in b {
        if let Some(i) = unused
            .iter()
            .position(|g| g.province == f.province && g.value == f.value && g.unit == f.unit)
        {
            unused.remove(i);
            common += 1;
        }
    }
    common
}

/// Strict recall and precision against expected facts, as the dev-corpus scorer counts them.
fn strict(expected: &[Figure], facts: &[Fact]) -> (usize, usize, usize) {
    let got: Vec<Figure> = facts.iter().map(extracted_figure).collect();
    let score = score_article(expected, &got);
    (
        score.strict.len(),
        expected.len(),
        got.len() - score.repeats.len(),
    )
}

fn run() -> Result<(), String> {
    let mut show = false;
    let mut dirs = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--show" => show = true,
            a if a.starts_with("--") => return Err(format!("unknown option {a}")),
            _ => dirs.push(PathBuf::from(arg)),
        }
    }
    let dir = dirs
        .pop()
        .or_else(|| std::env::var_os("JIANBAO_DEVCORPUS").map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("/work/devcorpus"));
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../devcorpus");
    let list_path = root.join("html.toml");
    let list: PageList = toml::from_str(
        &std::fs::read_to_string(&list_path)
            .map_err(|e| format!("{}: {e}", list_path.display()))?,
    )
    .map_err(|e| format!("{}: {e}", list_path.display()))?;
    let work = std::env::temp_dir().join(format!("jianbao-devcorpus-html-{}", std::process::id()));
    println!(
        "{:<22} {:<11} {:>6} {:>6} {:>6} | {:>5} {:>5} {:>5} | {:>13} {:>13}",
        "page",
        "kind",
        "chars",
        "t.rec",
        "t.prec",
        "f.txt",
        "f.htm",
        "same",
        "strict R/P txt",
        "strict R/P htm"
    );
    let (mut sum_found, mut sum_total) = (0.0, 0.0);
    for page in &list.page {
        let path = dir.join("html").join(&page.file);
        let html = std::fs::read(&path).map_err(|e| {
            format!(
                "{}: {e}; copy it from {} (devcorpus/html.toml)",
                path.display(),
                page.origin
            )
        })?;
        let sha: String = Sha256::digest(&html)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        if sha != page.sha256 {
            return Err(format!(
                "{}: sha256 is {sha}, devcorpus/html.toml says {}; copy it again from {}",
                path.display(),
                page.sha256,
                page.origin
            ));
        }
        let plain = match (&page.text, &page.article) {
            (Some(text), None) => {
                let p = dir.join("texts").join(text);
                std::fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()))?
            }
            (None, Some(selector)) => article_text(&String::from_utf8_lossy(&html), selector)
                .map_err(|e| format!("{}: {e}", page.id))?,
            _ => {
                return Err(format!(
                    "{}: page {} needs exactly one of `text` and `article`",
                    list_path.display(),
                    page.id
                ))
            }
        };
        let (rendered, entry, page_facts) =
            read_alone(&work, &page.file, &html).map_err(|e| format!("{}: {e}", page.id))?;
        let (_, _, text_facts) = read_alone(&work, &format!("{}.txt", page.id), plain.as_bytes())
            .map_err(|e| format!("{}: {e}", page.id))?;
        let score = text_score(&plain, &rendered, entry.as_ref().map(|e| e.title.as_str()));
        let chars = squeeze(&plain).chars().count();
        sum_found += score.recall * chars as f64;
        sum_total += chars as f64;
        let expected_path = root.join("expected").join(format!("{}.toml", page.id));
        let (strict_text, strict_page) = if expected_path.is_file() {
            let expected: ExpectedFile = toml::from_str(
                &std::fs::read_to_string(&expected_path)
                    .map_err(|e| format!("{}: {e}", expected_path.display()))?,
            )
            .map_err(|e| format!("{}: {e}", expected_path.display()))?;
            let expected: Vec<Figure> = expected.fact.iter().map(expected_figure).collect();
            let fmt = |(m, e, g): (usize, usize, usize)| {
                format!("{m}/{e} {:.2}/{:.2}", ratio(m, e), ratio(m, g))
            };
            (
                fmt(strict(&expected, &text_facts)),
                fmt(strict(&expected, &page_facts)),
            )
        } else {
            ("-".to_owned(), "-".to_owned())
        };
        println!(
            "{:<22} {:<11} {:>6} {:>6.3} {:>6.3} | {:>5} {:>5} {:>5} | {:>13} {:>13}",
            page.id,
            page.kind,
            chars,
            score.recall,
            score.precision,
            text_facts.len(),
            page_facts.len(),
            common_facts(&text_facts, &page_facts),
            strict_text,
            strict_page
        );
        if show {
            if let Some(e) = &entry {
                let none = || "-".to_owned();
                println!(
                    "    title {} | date {} | outlet {} | author {} | province {}",
                    e.title,
                    e.date.clone().unwrap_or_else(none),
                    e.publisher.clone().unwrap_or_else(none),
                    e.author.clone().unwrap_or_else(none),
                    e.province
                );
            }
            for line in &score.extra {
                println!("    + {line}");
            }
            for sentence in &score.missing {
                println!("    - {sentence}");
            }
        }
    }
    let _ = std::fs::remove_dir_all(&work);
    println!(
        "all pages: text recall {:.3} (by characters of plain text)",
        sum_found / sum_total.max(1.0)
    );
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("devcorpus_html: {e}");
            ExitCode::FAILURE
        }
    }
}
