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

/// A window of `text` of up to `max` bytes at a random place (a seed is too long to extract a
/// million times; its parts are not).
fn window(rng: &mut Rng, text: &[u8], max: usize) -> Vec<u8> {
    if text.len() <= max {
        return text.to_vec();
    }
    let at = rng.below(text.len() - max);
    text[at..at + 1 + rng.below(max)].to_vec()
}

struct Target {
    name: &'static str,
    /// Files the inputs are mutated from.
    corpus: Vec<Vec<u8>>,
    /// Runs the code under test; errors are fine, only panics, aborts and hangs are findings.
    run: Box<dyn Fn(&[u8])>,
    /// Longest input window taken from a corpus file.
    window: usize,
}

fn read(path: &str) -> Vec<u8> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::read(root.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn seeds() -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
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
            corpus: seeds(),
            window: 1500,
            run: Box::new(move |bytes| {
                let Ok((text, _)) = jianbao_extract::ingest::decode(bytes, "fuzz.txt") else {
                    return;
                };
                let manifest = jianbao_facts::Manifest {
                    sources: vec![jianbao_facts::SourceInfo {
                        file: "fuzz.txt".into(),
                        title: "fuzz".into(),
                        publisher: None,
                        date: Some("2025-06".into()),
                        date_basis: None,
                        province: "浙江".into(),
                        note: None,
                        author: None,
                        url: None,
                        fetched: None,
                    }],
                };
                let sources =
                    jianbao_extract::Sources::from_texts(vec![("fuzz.txt".into(), text)], manifest);
                let facts = jianbao_extract::extract(&sources, &sources_catalog);
                // what extraction writes, checking accepts
                let problems = jianbao_extract::check(&facts, &sources, &sources_catalog);
                assert!(
                    problems.is_empty(),
                    "extracted facts fail their check: {problems:?}"
                );
            }),
        },
        Target {
            name: "markdown",
            corpus: vec![briefing, read("templates/macros.md")],
            window: 3000,
            run: Box::new(|bytes| {
                let text = String::from_utf8_lossy(bytes);
                let _ = jianbao_doc::parse_markdown(&text, "fuzz.md");
            }),
        },
        Target {
            name: "facts",
            corpus: vec![facts_json],
            window: usize::MAX,
            run: Box::new(move |bytes| {
                let text = String::from_utf8_lossy(bytes);
                if let Ok(facts) =
                    jianbao_facts::parse_json::<jianbao_facts::FactSet>(&text, Path::new("f.json"))
                {
                    let _ = jianbao_extract::check(&facts, &check_sources, &check_catalog);
                }
            }),
        },
        Target {
            name: "style",
            corpus: vec![read("templates/style.toml")],
            window: usize::MAX,
            run: Box::new(|bytes| {
                let text = String::from_utf8_lossy(bytes);
                let _ = jianbao_doc::StyleSheet::parse(&text, Path::new("style.toml"));
            }),
        },
        Target {
            name: "jobs",
            corpus: vec![read("jobs.example.toml")],
            window: usize::MAX,
            run: Box::new(|bytes| {
                let text = String::from_utf8_lossy(bytes);
                let _ = jianbao_jobs::check_jobs_file(&text, Path::new("/nonexistent/jobs.toml"));
            }),
        },
    ]
}

/// Figures of one target's run.
struct Figures {
    inputs: u64,
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
        panics: 0,
        hangs: 0,
        slowest: Duration::ZERO,
        elapsed: Duration::ZERO,
    };
    let started = Instant::now();
    for i in 0..iterations {
        let base = &target.corpus[rng.below(target.corpus.len())];
        let base = window(&mut rng, base, target.window);
        let input = mutate(&mut rng, &base, &target.corpus);
        let t = Instant::now();
        let result = std::panic::catch_unwind(AssertUnwindSafe(|| (target.run)(&input)));
        let took = t.elapsed();
        figures.inputs += 1;
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
    let mut found = 0;
    for target in chosen {
        let f = fuzz(target, iterations, seed, hang);
        found += f.panics + f.hangs;
        println!(
            "{}: {} inputs, {} panics, {} hangs, slowest {:.1} ms, {:.1} s ({:.0} inputs/s)",
            target.name,
            f.inputs,
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
