//! Mutation fuzzing of every reader of user input, outside the default test run:
//!
//! ```sh
//! cargo run --release --example fuzz -- --target sources --iterations 1000000
//! cargo run --release --example fuzz -- --target all --iterations 1000000   # one after another
//! ```
//!
//! Targets: `sources` (decoding + extraction + checking the extracted facts), `markdown`
//! (Markdown → document model), `facts` (facts JSON loader + `facts check`), `style` (style
//! sheet), `jobs` (jobs file). Each input is a real file of the project (a seed article, a
//! briefing, a facts file, the style sheet, the example jobs file) mutated at random: bytes
//! flipped, spans deleted, duplicated or spliced, hostile tokens inserted (deep nesting, control
//! characters, huge numbers, NaN, `../`, FIFOs). A panic is caught and counted with the input
//! saved under `target/fuzz-findings/`; an input taking over `--hang-ms` (default 2000) counts
//! as a hang; a stack overflow or abort ends the process with a non-zero status. The run ends
//! with a line of figures per target and a non-zero exit when anything was found.
//! `--replay FILE` runs one saved input through the chosen target.
//!
//! A cargo-fuzz harness would need a nightly toolchain; this one runs on stable, reproducibly
//! (`--seed`), with a small in-file PRNG (splitmix64) so it needs no extra crate.

use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// splitmix64: small, fast and good enough to drive mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// Strings that have broken parsers before: nesting, controls, separators, numbers at the
/// edges of f64 and u64, paths out of a directory, special files, markup of every output.
const TOKENS: &[&str] = &[
    "\u{0}",
    "\u{b}",
    "\u{1b}",
    "\u{fffe}",
    "\u{ffff}",
    "\u{2028}",
    "\u{feff}",
    "\u{202e}",
    "\n",
    "\r\n",
    "\n\n\n",
    "。",
    "，",
    "“",
    "”",
    "（",
    "）",
    "万",
    "亿",
    "余",
    "%",
    "个百分点",
    "1.7e308",
    "1e309",
    "NaN",
    "nan",
    "inf",
    "-inf",
    "-0",
    "18446744073709551616",
    "9999999999999",
    "0.0000001",
    "-1",
    "2025-13-40",
    "0000-00-00",
    "/../../../../tmp/x",
    "..",
    "/dev/zero",
    "\"",
    "\\",
    "{{",
    "}}",
    "{%",
    "%}",
    "[^",
    "]",
    "<!--",
    "-->",
    "<script>",
    "&amp;",
    "&#0;",
    "> > > > > > > > ",
    "- - - - - - - - ",
    "* * *",
    "#",
    "|",
    "`",
    "~~~",
    "+++",
    "[[",
    "]]",
    "=",
    "\"\"\"",
    "'''",
    "浙江",
    "浙江省",
    "全国",
    "宁波市",
    "社会工作者",
    "志愿者",
    "27.5万人",
    "近3万名",
    "超过1.2亿元",
    "200元到600元",
    "六分之一",
    "第二",
    "2026年",
    "今年",
    "去年",
];

fn mutate(rng: &mut Rng, base: &[u8], corpus: &[Vec<u8>]) -> Vec<u8> {
    let mut data = base.to_vec();
    for _ in 0..1 + rng.below(6) {
        let len = data.len();
        match rng.below(9) {
            0 if len > 0 => {
                let at = rng.below(len);
                data[at] ^= 1 << rng.below(8);
            }
            1 if len > 0 => {
                let at = rng.below(len);
                let end = (at + 1 + rng.below(64)).min(len);
                data.drain(at..end);
            }
            2 if len > 0 => {
                let at = rng.below(len);
                let end = (at + 1 + rng.below(256)).min(len);
                let piece = data[at..end].to_vec();
                let to = rng.below(data.len() + 1);
                let most = if rng.below(20) == 0 { 2000 } else { 4 };
                let times = 1 + rng.below(most);
                for _ in 0..times {
                    data.splice(to..to, piece.iter().copied());
                }
            }
            3 => {
                let token = TOKENS[rng.below(TOKENS.len())].as_bytes();
                let at = rng.below(len + 1);
                let most = if rng.below(20) == 0 { 3000 } else { 3 };
                let times = 1 + rng.below(most);
                for _ in 0..times {
                    data.splice(at..at, token.iter().copied());
                }
            }
            4 => {
                let other = &corpus[rng.below(corpus.len())];
                if !other.is_empty() {
                    let at = rng.below(other.len());
                    let end = (at + 1 + rng.below(512)).min(other.len());
                    let to = rng.below(len + 1);
                    data.splice(to..to, other[at..end].iter().copied());
                }
            }
            5 if len > 0 => data.truncate(rng.below(len)),
            6 if len > 0 => {
                let at = rng.below(len);
                data[at] = b"0123456789.-e"[rng.below(13)];
            }
            7 => {
                let at = rng.below(len + 1);
                data.splice(at..at, (rng.next() as u32).to_string().bytes());
            }
            _ => {}
        }
    }
    data
}

/// TOML values that have broken readers of style sheets and jobs files before.
const TOML_VALUES: &[&str] = &[
    "nan",
    "inf",
    "-inf",
    "0",
    "-1",
    "0.0",
    "1e308",
    "-0.0",
    "2000000000",
    "18446744073709551615",
    "9223372036854775807",
    "true",
    "[]",
    "{}",
    "\"\"",
    "\"../../../../tmp/x\"",
    "\"/etc/passwd\"",
    "\"{job}.toml\"",
    "\"{job}/../{job}\"",
    "\"/dev/zero\"",
    "\"2025-13-40\"",
    "\"* * * * *\"",
    "\"0 0 31 2 *\"",
    "\"61 25 * * *\"",
    "\"Mars/Olympus\"",
    "\"none\"",
    "\"implicit\"",
    "\"a\\nb\"",
    "\"\u{fffe}\"",
    "\"{{ get_env(name='HOME') }}\"",
    "1979-05-27T07:32:00Z",
    "[1, \"a\"]",
    "{ a = 1 }",
    "\"#\"",
    "\"<script>\"",
    "\"pdf,pdf\"",
    "[\"pdf\", \"pdf\"]",
];

/// Structure-aware mutation of a TOML file: a few `key = value` lines (commented-out ones
/// included, which are the file's documented options) get a hostile value, are uncommented,
/// dropped or duplicated, so most inputs parse and reach the validation behind the parser.
fn mutate_toml(rng: &mut Rng, base: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(base);
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let settings: Vec<usize> = (0..lines.len())
        .filter(|&k| {
            let l = lines[k].trim_start_matches(['#', ' ']);
            l.split_once('=').is_some_and(|(key, _)| {
                !key.trim().is_empty()
                    && key
                        .trim()
                        .chars()
                        .all(|c| c.is_alphanumeric() || "_-.\"".contains(c))
            })
        })
        .collect();
    if settings.is_empty() {
        return base.to_vec();
    }
    for _ in 0..1 + rng.below(3) {
        let k = settings[rng.below(settings.len())];
        let line = lines[k].trim_start_matches(['#', ' ']).to_owned();
        let Some((key, _)) = line.split_once('=') else {
            continue;
        };
        match rng.below(6) {
            0 => lines[k] = line.clone(),
            1 => lines[k].clear(),
            2 => {
                let copy = lines[k].clone();
                lines.insert(k, copy);
            }
            _ => lines[k] = format!("{key}= {}", TOML_VALUES[rng.below(TOML_VALUES.len())]),
        }
    }
    lines.join("\n").into_bytes()
}

/// Structure-aware mutation of a JSON file: a few values anywhere in the tree are replaced by
/// hostile ones, removed or duplicated, so most inputs parse and reach the checks behind it.
fn mutate_json(rng: &mut Rng, base: &[u8]) -> Vec<u8> {
    let Ok(mut value) = serde_json::from_slice::<serde_json::Value>(base) else {
        return base.to_vec();
    };
    for _ in 0..1 + rng.below(3) {
        // a random path down the tree, stopping at random, as a JSON pointer
        let (mut pointer, mut parent) = (String::new(), String::new());
        let mut node = &value;
        loop {
            let step = match node {
                serde_json::Value::Array(items) if !items.is_empty() && rng.below(5) > 0 => {
                    let k = rng.below(items.len());
                    Some((k.to_string(), &items[k]))
                }
                serde_json::Value::Object(map) if !map.is_empty() && rng.below(5) > 0 => {
                    let (key, v) = map.iter().nth(rng.below(map.len())).expect("non-empty");
                    Some((key.replace('~', "~0").replace('/', "~1"), v))
                }
                _ => None,
            };
            let Some((segment, child)) = step else { break };
            parent = pointer.clone();
            pointer = format!("{pointer}/{segment}");
            node = child;
        }
        let last = pointer.rsplit('/').next().unwrap_or("").to_owned();
        match rng.below(10) {
            // drop or duplicate the element at the end of the path
            0 | 1 if !pointer.is_empty() => match value.pointer_mut(&parent) {
                Some(serde_json::Value::Array(items)) => {
                    if let Ok(k) = last.parse::<usize>() {
                        if rng.below(2) == 0 {
                            items.remove(k);
                        } else {
                            let copy = items[k].clone();
                            items.push(copy);
                        }
                    }
                }
                Some(serde_json::Value::Object(map)) => {
                    map.remove(&last.replace("~1", "/").replace("~0", "~"));
                }
                _ => {}
            },
            _ => {
                if let Some(target) = value.pointer_mut(&pointer) {
                    *target = hostile_json(rng, target);
                }
            }
        }
    }
    serde_json::to_vec_pretty(&value).unwrap_or_default()
}

/// A hostile replacement for a JSON value, mostly of the same kind.
fn hostile_json(rng: &mut Rng, old: &serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    let token = TOKENS[rng.below(TOKENS.len())];
    match (old, rng.below(6)) {
        // a container at the end of the path mostly stays (its type is what the reader wants)
        (Value::Array(_) | Value::Object(_), 0..=4) => old.clone(),
        (Value::Number(_), 0..=3) => {
            let numbers = [
                1.7e308,
                -1.0,
                0.0,
                1e-300,
                9_007_199_254_740_993.0,
                27.5,
                3e4,
            ];
            serde_json::json!(numbers[rng.below(numbers.len())])
        }
        (Value::String(s), 0..=3) => {
            let mut s = s.clone();
            let at = s
                .char_indices()
                .map(|(i, _)| i)
                .nth(rng.below(s.chars().count() + 1));
            s.insert_str(at.unwrap_or(s.len()), token);
            Value::String(s)
        }
        (_, 4) => Value::Null,
        _ => Value::String(token.to_owned()),
    }
}

/// Facts files of a few facts, conflicts and points each, cut from `file` (a whole file is too
/// slow to load and check a million times; its parts are not, and they keep its structure).
fn facts_parts(file: &[u8]) -> Vec<Vec<u8>> {
    let Ok(whole) = serde_json::from_slice::<serde_json::Value>(file) else {
        return vec![file.to_vec()];
    };
    let mut rng = Rng(7);
    (0..200)
        .map(|_| {
            let mut value = whole.clone();
            if let Some(map) = value.as_object_mut() {
                for items in map.values_mut().filter_map(|v| v.as_array_mut()) {
                    let keep = rng.below(8).min(items.len());
                    let from = rng.below(items.len() - keep + 1);
                    *items = items[from..from + keep].to_vec();
                }
            }
            serde_json::to_vec_pretty(&value).unwrap_or_default()
        })
        .collect()
}

/// A window of `text` of up to `max` bytes at a random place (a seed is too long to extract a
/// million times; its parts are not).
fn window(rng: &mut Rng, text: &[u8], max: usize) -> Vec<u8> {
    if text.len() <= max {
        return text.to_vec();
    }
    let at = rng.below(text.len() - max);
    text[at..at + 1 + rng.below(max)].to_vec()
}

/// Runs one input through the code under test (see [`Target::run`]).
type Runner = dyn Fn(&[u8]) -> bool;
/// A structure-aware mutation (see [`Target::structured`]).
type Mutator = fn(&mut Rng, &[u8]) -> Vec<u8>;

struct Target {
    name: &'static str,
    /// Files the inputs are mutated from.
    corpus: Vec<Vec<u8>>,
    /// Runs the code under test; errors are fine, only panics, aborts and hangs are findings.
    /// Returns whether the input got past the first parser into the code behind it (a target
    /// whose inputs are mostly rejected at the door tests little; the figure says so).
    run: Box<Runner>,
    /// Longest input window taken from a corpus file.
    window: usize,
    /// Shapes a window before it is mutated (wraps article text as a web page, say).
    shape: fn(&mut Rng, Vec<u8>) -> Vec<u8>,
    /// Mutation that keeps the file's structure (most inputs parse), used for 3 inputs in 4;
    /// the others get byte-level mutation.
    structured: Option<Mutator>,
}

/// Keeps a window as it is.
fn as_is(_: &mut Rng, window: Vec<u8>) -> Vec<u8> {
    window
}

/// An article window as one of the source formats, tagged by its first byte so that the run
/// (and a saved finding) knows how to read it: `T` text, `M` Markdown, `H` web page, `R` text
/// and a reprint of it with other figures (two documents, so merging and alignment run too).
fn as_source(rng: &mut Rng, window: Vec<u8>) -> Vec<u8> {
    let text = String::from_utf8_lossy(&window);
    let shaped = match rng.below(10) {
        0..=3 => format!("T{text}"),
        4 | 5 => {
            let mut md = String::from("M# 标题\n\n");
            for (k, para) in text.split('\n').enumerate() {
                let prefix = ["", "> ", "- ", "**", "## "][k % 5];
                md.push_str(&format!("{prefix}{para}\n\n"));
            }
            md
        }
        6 | 7 => {
            let body: String = text.split('\n').map(|p| format!("<p>{p}</p>\n")).collect();
            format!(
                "H<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>标题</title>\
                 <meta name=\"publishdate\" content=\"2025-06-01\"></head><body><nav>首页</nav>\
                 <article><h1>标题</h1><div class=\"content\">{body}</div></article>\
                 <footer>版权所有</footer><script>var x=1;</script></body></html>"
            )
        }
        _ => format!("R{text}"),
    };
    shaped.into_bytes()
}

/// A reprint of `text`: another heading before it and every third digit changed, so that
/// alignment pairs its sentences and the changed figures become conflicts.
fn reprint_of(text: &str) -> String {
    let mut count = 0;
    let body: String = text
        .chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => {
                count += 1;
                if count % 3 == 0 {
                    char::from_digit((d + 1) % 10, 10).unwrap_or(c)
                } else {
                    c
                }
            }
            None => c,
        })
        .collect();
    format!("转载：另一家媒体\n\n{body}")
}

/// Whether `text` is well-formed TOML: such an input got past the TOML parser into the checks
/// of the style sheet or jobs file.
fn is_toml(text: &str) -> bool {
    text.parse::<toml::Table>().is_ok()
}

fn read(path: &str) -> Vec<u8> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::read(root.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The text files of a directory of the project, sorted by name.
fn text_files(dir: &str) -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&root)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    files
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .filter_map(|p| std::fs::read(p).ok())
        .collect()
}

fn targets() -> Vec<Target> {
    let catalog = jianbao_extract::default_catalog();
    let embedded = jianbao_extract::Sources::embedded();
    let facts_json = serde_json::to_vec_pretty(&jianbao_extract::extract(&embedded, &catalog))
        .unwrap_or_default();
    let pipeline = jianbao::Pipeline::new(None, None).ok();
    let briefing = pipeline
        .as_ref()
        .and_then(|p| {
            let evidence =
                jianbao::gather_evidence(&jianbao::FactsInput::Sources(None), &p.catalog).ok()?;
            let spec = jianbao::BriefingSpec {
                template: jianbao_report::TemplateChoice::Name("briefing".into()),
                regions: Vec::new(),
                date: chrono::NaiveDate::from_ymd_opt(2026, 11, 22)?,
                allow_missing_glyphs: false,
                masthead: jianbao_report::Masthead::default(),
                missing_text: None,
            };
            p.briefing(&evidence, &spec).ok()
        })
        .map(|b| b.markdown.into_bytes())
        .unwrap_or_default();
    let sources_catalog = catalog.clone();
    let check_catalog = catalog.clone();
    let check_sources = embedded.clone();
    vec![
        Target {
            name: "sources",
            corpus: [
                text_files("seeds"),
                text_files("crates/jianbao-extract/tests/fixtures"),
            ]
            .concat(),
            window: 1500,
            shape: as_source,
            structured: None,
            run: Box::new(move |bytes| {
                let (tag, body) = bytes.split_first().map_or((b'T', bytes), |(t, b)| (*t, b));
                let format = match tag {
                    b'M' => jianbao_sources::Format::Markdown,
                    b'H' => jianbao_sources::Format::Html,
                    _ => jianbao_sources::Format::Text,
                };
                let Ok(rendering) = jianbao_sources::render_bytes(body, format, "fuzz.txt") else {
                    return false;
                };
                let mut texts = vec![("fuzz.txt".to_owned(), rendering.text)];
                if tag == b'R' {
                    texts.push(("reprint.txt".to_owned(), reprint_of(&texts[0].1)));
                }
                let info = |file: &str| jianbao_facts::SourceInfo {
                    file: file.into(),
                    title: "fuzz".into(),
                    publisher: None,
                    date: Some("2025-06".into()),
                    date_basis: None,
                    province: "浙江".into(),
                    note: None,
                    author: None,
                    url: None,
                    fetched: None,
                };
                let manifest = jianbao_facts::Manifest {
                    sources: texts.iter().map(|(file, _)| info(file)).collect(),
                };
                let sources = jianbao_extract::Sources::from_texts(texts, manifest);
                let facts = jianbao_extract::extract(&sources, &sources_catalog);
                // what extraction writes, checking accepts
                let problems = jianbao_extract::check(&facts, &sources, &sources_catalog);
                assert!(
                    problems.is_empty(),
                    "extracted facts fail their check: {problems:?}"
                );
                !facts.facts.is_empty() || !facts.points.is_empty()
            }),
        },
        Target {
            name: "markdown",
            corpus: vec![briefing, read("templates/macros.md")],
            window: 3000,
            shape: as_is,
            structured: None,
            run: Box::new(|bytes| {
                let text = String::from_utf8_lossy(bytes);
                jianbao_doc::parse_markdown(&text, "fuzz.md").is_ok()
            }),
        },
        Target {
            name: "facts",
            corpus: facts_parts(&facts_json),
            window: usize::MAX,
            shape: as_is,
            structured: Some(mutate_json),
            run: Box::new(move |bytes| {
                let text = String::from_utf8_lossy(bytes);
                let Ok(facts) =
                    jianbao_facts::parse_json::<jianbao_facts::FactSet>(&text, Path::new("f.json"))
                else {
                    return false;
                };
                let _ = jianbao_extract::check(&facts, &check_sources, &check_catalog);
                true
            }),
        },
        Target {
            name: "style",
            corpus: vec![read("templates/style.toml")],
            window: usize::MAX,
            shape: as_is,
            structured: Some(mutate_toml),
            run: Box::new(|bytes| {
                let text = String::from_utf8_lossy(bytes);
                let _ = jianbao_doc::StyleSheet::parse(&text, Path::new("style.toml"));
                is_toml(&text)
            }),
        },
        Target {
            name: "jobs",
            corpus: vec![read("jobs.example.toml")],
            window: usize::MAX,
            shape: as_is,
            structured: Some(mutate_toml),
            run: Box::new(|bytes| {
                let text = String::from_utf8_lossy(bytes);
                let _ = jianbao_jobs::check_jobs_file(&text, Path::new("/nonexistent/jobs.toml"));
                is_toml(&text)
            }),
        },
    ]
}

/// Figures of one target's run.
struct Figures {
    inputs: u64,
    /// Inputs that got past the first parser.
    reached: u64,
    panics: u64,
    hangs: u64,
    slowest: Duration,
    elapsed: Duration,
}

fn fuzz(target: &Target, iterations: u64, seed: u64, hang: Duration) -> Figures {
    let mut rng = Rng(seed
        ^ target
            .name
            .bytes()
            .fold(0u64, |h, b| h.wrapping_mul(31).wrapping_add(b as u64)));
    let findings = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/fuzz-findings");
    let mut figures = Figures {
        inputs: 0,
        reached: 0,
        panics: 0,
        hangs: 0,
        slowest: Duration::ZERO,
        elapsed: Duration::ZERO,
    };
    let started = Instant::now();
    for i in 0..iterations {
        let base = &target.corpus[rng.below(target.corpus.len())];
        let base = window(&mut rng, base, target.window);
        let base = (target.shape)(&mut rng, base);
        let input = match target.structured {
            Some(structured) if rng.below(4) > 0 => structured(&mut rng, &base),
            _ => mutate(&mut rng, &base, &target.corpus),
        };
        let t = Instant::now();
        let result = std::panic::catch_unwind(AssertUnwindSafe(|| (target.run)(&input)));
        let took = t.elapsed();
        figures.inputs += 1;
        figures.reached += u64::from(matches!(result, Ok(true)));
        figures.slowest = figures.slowest.max(took);
        let finding = match (result.is_err(), took > hang) {
            (true, _) => {
                figures.panics += 1;
                Some("panic")
            }
            (false, true) => {
                figures.hangs += 1;
                Some("hang")
            }
            _ => None,
        };
        if let Some(kind) = finding {
            let _ = std::fs::create_dir_all(&findings);
            let path = findings.join(format!("{}-{kind}-{i}.bin", target.name));
            let _ = std::fs::write(&path, &input);
            eprintln!(
                "{}: {kind} on input {i} ({took:?}), saved to {}",
                target.name,
                path.display()
            );
        }
        if (i + 1) % 100_000 == 0 {
            eprintln!(
                "{}: {} inputs, {} panics, {} hangs, {:.0} s",
                target.name,
                i + 1,
                figures.panics,
                figures.hangs,
                started.elapsed().as_secs_f64()
            );
        }
    }
    figures.elapsed = started.elapsed();
    figures
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|k| args.get(k + 1))
            .cloned()
    };
    let which = value("--target").unwrap_or_else(|| "all".into());
    let iterations: u64 = value("--iterations")
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let seed: u64 = value("--seed").and_then(|v| v.parse().ok()).unwrap_or(12);
    let hang = Duration::from_millis(
        value("--hang-ms")
            .and_then(|v| v.parse().ok())
            .unwrap_or(2000),
    );
    // panics are counted, not printed a million times
    std::panic::set_hook(Box::new(|info| {
        eprintln!("panic: {info}");
    }));
    let targets = targets();
    let chosen: Vec<&Target> = targets
        .iter()
        .filter(|t| which == "all" || t.name == which)
        .collect();
    if chosen.is_empty() {
        eprintln!("unknown target {which}; targets: sources, markdown, facts, style, jobs, all");
        std::process::exit(2);
    }
    if let Some(file) = value("--replay") {
        // one saved finding, for debugging it: the panic message shows what went wrong
        let bytes = std::fs::read(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
        for target in chosen {
            let reached = (target.run)(&bytes);
            println!(
                "{}: no panic (past the first parser: {reached})",
                target.name
            );
        }
        return;
    }
    let mut found = 0;
    for target in chosen {
        let f = fuzz(target, iterations, seed, hang);
        found += f.panics + f.hangs;
        println!(
            "{}: {} inputs ({:.0}% past the first parser), {} panics, {} hangs, slowest {:.1} ms, {:.1} s ({:.0} inputs/s)",
            target.name,
            f.inputs,
            100.0 * f.reached as f64 / f.inputs.max(1) as f64,
            f.panics,
            f.hangs,
            f.slowest.as_secs_f64() * 1000.0,
            f.elapsed.as_secs_f64(),
            f.inputs as f64 / f.elapsed.as_secs_f64().max(1e-9)
        );
    }
    if found > 0 {
        std::process::exit(1);
    }
}
