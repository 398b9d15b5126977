//! The exported source compiles with Typst, without warnings, using the repository's fonts,
//! and the PDF prints every text of the document verbatim (checked with pdftotext).
//!
//! Needs the `typst` Python package: by default in `target/typst-venv` (created by
//! `crates/jianbao-bench/bench-vs-typst.sh`), or the interpreter named by `JIANBAO_TYPST_PYTHON`.
//! Skips with a note when neither is there.

use jianbao_doc::{parse_markdown, Block, Document, Inline, StyleSheet};
use jianbao_typst::render_typst;
use std::path::{Path, PathBuf};
use std::process::Command;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn typst_python() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("JIANBAO_TYPST_PYTHON") {
        return Some(PathBuf::from(p));
    }
    let venv = workspace().join("target/typst-venv/bin/python");
    let ok = Command::new(&venv)
        .args(["-c", "import typst"])
        .output()
        .is_ok_and(|o| o.status.success());
    ok.then_some(venv)
}

/// Compiles `source` to PDF with only the repository's fonts; returns the PDF path, or the
/// error or warnings Typst reported.
fn compile(python: &Path, source: &str, name: &str) -> Result<PathBuf, String> {
    let dir = std::env::temp_dir().join(format!("jianbao-typst-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let typ = dir.join(format!("{name}.typ"));
    let pdf = dir.join(format!("{name}.pdf"));
    std::fs::write(&typ, source).unwrap();
    let script = "import sys, typst\n\
        _, warnings = typst.compile_with_warnings(sys.argv[1], output=sys.argv[2], \
        font_paths=[sys.argv[3]], ignore_system_fonts=True)\n\
        for w in warnings: print('warning:', w.message, w.diagnostic, file=sys.stderr)\n\
        sys.exit(1 if warnings else 0)\n";
    let out = Command::new(python)
        .arg("-c")
        .arg(script)
        .arg(&typ)
        .arg(&pdf)
        .arg(workspace().join("fonts"))
        .output()
        .unwrap();
    if out.status.success() {
        Ok(pdf)
    } else {
        Err(format!(
            "typst failed on {}:\n{}",
            typ.display(),
            String::from_utf8_lossy(&out.stderr)
        ))
    }
}

fn pdf_text(pdf: &Path) -> Option<String> {
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Text without any whitespace: line breaks and justification move spaces around.
/// The text without white space and without the word joiners that keep note marks with the
/// character before them (zero-width, but extracted with the text).
fn squeeze(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{2060}')
        .collect()
}

const MARKDOWN: &str = r#"+++
title = "四省经济运行比较简报"
subtitle = "2024年主要指标"
author = "研究室"
subject = "省际比较"
date = "2026年11月22日"
date_iso = "2026-11-22"
keywords = ["GDP", "比较"]
+++

# 一、总体情况

浙江省2024年地区生产总值增长5.5%，**高于全国0.5个百分点**，*增速居前*[^zj]。山西省增长`1.2%`，详见[统计公报](https://www.stats.gov.cn/sj/)。

1. 第一项：浙江
2. 第二项：山西
   - 嵌套条目

- 要点甲
- 要点乙

表：主要指标（单位：%）

| 地区 | GDP增速 | 居民收入增速 |
|:-----|------:|:-----:|
| 浙江 | 5.5 | 5.2 |
| 山西 | 1.2 | 5.1 |

注：数据来自各省统计公报。

> 原文：“全省地区生产总值增长5.5%。”

## 二、分项

```
代码 块  保留空格
```

---

<!-- pagebreak -->

### 三、附录

最后一段[^sx]。

[^zj]: 浙江省统计局，2025年1月。
[^sx]: 山西省统计局。
"#;

/// Text that Typst markup would otherwise read as syntax or shorthands.
const NASTY: &str = "#1 *粗* _斜_ `码` $x$ @ref <lab> [括] \\ ~ // /* 2026-11-22 -3.5% a--b 等... \"引\" 'q' https://x.cn/a = + 1. ;";

fn sample() -> Document {
    let mut doc = parse_markdown(MARKDOWN, "test.md").unwrap();
    doc.blocks.push(Block::Paragraph {
        content: vec![Inline::text(NASTY)],
    });
    // Starts with "1." (would be a numbered list) and follows embedded expressions with
    // characters that would continue them.
    doc.blocks.push(Block::Paragraph {
        content: vec![
            Inline::text("1. 开头"),
            Inline::Strong {
                content: vec![Inline::text("粗")],
            },
            Inline::text(".增长"),
            Inline::FootnoteRef { number: 1 },
            Inline::text("(注)"),
            Inline::LineBreak,
            Inline::text(";末"),
        ],
    });
    doc
}

#[test]
fn exported_source_compiles_cleanly_and_prints_every_text() {
    let Some(python) = typst_python() else {
        skip_or_fail("note: skipped: no Python with the `typst` package (run crates/jianbao-bench/bench-vs-typst.sh once, or set JIANBAO_TYPST_PYTHON)");
        return;
    };
    let doc = sample();
    let source = render_typst(&doc, &StyleSheet::default_sheet());
    let pdf = compile(&python, &source, "sample").unwrap_or_else(|e| panic!("{e}"));
    let Some(text) = pdf_text(&pdf) else {
        skip_or_fail("note: pdftotext missing; checked compilation only");
        return;
    };
    let printed = squeeze(&text);
    for expected in doc.visible_texts() {
        // Code blocks keep their spaces in the source; only the characters are compared.
        assert!(
            printed.contains(&squeeze(&expected)),
            "missing from the PDF: {expected:?}\n--- PDF text ---\n{text}"
        );
    }
    // The running header (the title) is on page 2, not on page 1, which opens with the title.
    let page = |n: &str| {
        let out = Command::new("pdftotext")
            .args(["-enc", "UTF-8", "-f", n, "-l", n])
            .arg(&pdf)
            .arg("-")
            .output()
            .unwrap();
        squeeze(&String::from_utf8_lossy(&out.stdout))
    };
    assert_eq!(page("1").matches("四省经济运行比较简报").count(), 1);
    assert_eq!(page("2").matches("四省经济运行比较简报").count(), 1);
    for expected in [
        "2026年11月22日·研究室",
        "注释",
        "[1]浙江省统计局",
        "第1页/共2页",
        "第2页/共2页",
    ] {
        assert!(
            printed.contains(expected),
            "missing {expected:?} in\n{text}"
        );
    }
}

#[test]
fn fonts_are_the_bundled_noto_faces() {
    let Some(python) = typst_python() else {
        skip_or_fail("note: skipped: no Python with the `typst` package");
        return;
    };
    let source = render_typst(&sample(), &StyleSheet::default_sheet());
    let pdf = compile(&python, &source, "fonts").unwrap_or_else(|e| panic!("{e}"));
    let Ok(out) = Command::new("pdffonts").arg(&pdf).output() else {
        skip_or_fail("note: pdffonts missing; skipped");
        return;
    };
    let listing = String::from_utf8_lossy(&out.stdout);
    for face in [
        "NotoSerifSC-Regular",
        "NotoSerifSC-Bold",
        "NotoSansSC-Regular",
        "NotoSansSC-Bold",
    ] {
        assert!(listing.contains(face), "{face} not embedded:\n{listing}");
    }
    let faces = listing.lines().skip(2).count();
    let noto = listing
        .lines()
        .skip(2)
        .filter(|l| l.contains("Noto"))
        .count();
    assert_eq!(faces, noto, "a font other than Noto SC is used:\n{listing}");
}

#[test]
fn a_style_sheet_change_reaches_the_source() {
    let mut style = StyleSheet::default_sheet();
    style.body.size_pt = 13.0;
    style.page.margin_left_mm = 31.5;
    let source = render_typst(&sample(), &style);
    assert!(source.contains("size: 13pt"), "{source}");
    assert!(source.contains("left: 31.5mm"), "{source}");
}

/// Reports a check skipped for a missing tool; in CI (`JIANBAO_REQUIRE_TOOLS` set by .ci/run) a
/// missing tool is a failure, so a green run means every check really ran.
fn skip_or_fail(note: &str) {
    assert!(
        std::env::var_os("JIANBAO_REQUIRE_TOOLS").is_none(),
        "required tool missing: {note}"
    );
    eprintln!("{note}");
}

/// The closing lines before a hard page break never make a page of their own: in the same
/// bodies the PDF renderer's test sets (one-line paragraphs, then a page break and the 附表),
/// the page before the 附表 holds more than three lines of body text, read back page by page
/// with pdftotext. Without the export's unbreakable closing block, bodies of 28-30
/// paragraphs left one to three lines there.
#[test]
fn no_page_holds_only_a_line_or_two_before_a_page_break() {
    let Some(python) = typst_python() else {
        skip_or_fail("note: skipped: no Python with the `typst` package");
        return;
    };
    let sentence = "各地持续推进社会工作服务站建设，服务对象覆盖困难群众。";
    let mut short = Vec::new();
    for n in 24..36 {
        let mut md = String::from("+++\ntitle = \"测试\"\n+++\n\n");
        for p in 0..n {
            md.push_str(&format!("段落{p}：{sentence}\n\n"));
        }
        md.push_str("<!-- pagebreak -->\n\n# 附表\n\n附表正文。\n");
        let doc = parse_markdown(&md, "closing.md").unwrap();
        let source = render_typst(&doc, &StyleSheet::default_sheet());
        let pdf = compile(&python, &source, &format!("closing-{n}")).unwrap();
        let Some(text) = pdf_text(&pdf) else {
            skip_or_fail("note: pdftotext missing; skipped");
            return;
        };
        let pages: Vec<&str> = text.split('\u{c}').collect();
        let appendix = pages
            .iter()
            .position(|p| p.contains("附表正文"))
            .expect("the appendix is printed");
        let lines = pages[appendix - 1]
            .lines()
            .filter(|l| l.contains("段落"))
            .count();
        if lines <= 3 {
            short.push((n, lines));
        }
    }
    assert!(
        short.is_empty(),
        "(paragraphs, lines on the page before the break): {short:?}"
    );
}

/// A title naming the regions it compares never breaks inside a region's name (海 | 南): the
/// document's keywords are set unbreakable in the title. Titles of one to seven regions before
/// the compared ones move every name across the line end, read back with pdftotext.
#[test]
fn a_title_never_breaks_inside_a_region_name() {
    let Some(python) = typst_python() else {
        skip_or_fail("note: skipped: no Python with the `typst` package");
        return;
    };
    let regions = [
        "宁夏",
        "广东",
        "贵州",
        "山东",
        "上海",
        "海南",
        "福建",
        "内蒙古",
        "黑龙江",
        "新疆",
    ];
    let mut split = Vec::new();
    for n in 1..=regions.len() {
        for start in 0..2 {
            let named = &regions[start..n.max(start + 1)];
            let title = format!("{}社会工作情况比较", named.join("、"));
            let keywords: Vec<String> = named.iter().map(|r| format!("\"{r}\"")).collect();
            let md = format!(
                "+++\ntitle = \"{title}\"\nkeywords = [\"社会工作\", {}]\n+++\n\n正文。\n",
                keywords.join(", ")
            );
            let doc = parse_markdown(&md, "title.md").unwrap();
            let source = render_typst(&doc, &StyleSheet::default_sheet());
            let pdf = compile(&python, &source, &format!("title-{n}-{start}")).unwrap();
            let Some(text) = pdf_text(&pdf) else {
                skip_or_fail("note: pdftotext missing; skipped");
                return;
            };
            let lines: Vec<&str> = text.lines().map(str::trim).collect();
            for pair in lines.windows(2) {
                for region in named.iter().chain(["社会工作"].iter()) {
                    let chars: Vec<char> = region.chars().collect();
                    for cut in 1..chars.len() {
                        let head: String = chars[..cut].iter().collect();
                        let tail: String = chars[cut..].iter().collect();
                        if pair[0].ends_with(&head) && pair[1].starts_with(&tail) {
                            split.push(format!("{title}: {} | {}", pair[0], pair[1]));
                        }
                    }
                }
            }
        }
    }
    assert!(split.is_empty(), "names split across lines: {split:#?}");
}

/// Body paragraphs in a column about ten characters wide, a growing run of padding before
/// each moving its numbers across the line end: with the units ("2021年12月底", "27.5万人"),
/// or, as a control, with 的 in their place.
fn narrow_column(units: bool) -> (Document, StyleSheet) {
    let sentence = "截至2021年12月底，全省持证社工27.5万人，高于全国3.4个百分点，覆盖1,200户。";
    let mut md = String::from("+++\ntitle = \"测试\"\n+++\n\n");
    for pad in 0..12 {
        let text = if units {
            sentence.to_string()
        } else {
            sentence.replace(['年', '月', '万', '个', '户'], "的")
        };
        md.push_str(&format!("{}{text}\n\n", "甲".repeat(pad)));
    }
    let mut style = StyleSheet::default_sheet();
    style.page.width_mm = style.page.margin_left_mm + style.page.margin_right_mm + 60.0;
    (parse_markdown(&md, "units.md").unwrap(), style)
}

/// A number never ends a line without its unit (2021年12 | 月), which Typst's Unicode line
/// breaking allows: the export writes a word joiner between them. The control text, the
/// same with 的 for every unit, does break after a number, so the check can fail.
#[test]
fn a_number_and_its_unit_stay_on_one_line() {
    let Some(python) = typst_python() else {
        skip_or_fail("note: skipped: no Python with the `typst` package");
        return;
    };
    let mut split = Vec::new();
    for units in [true, false] {
        let (doc, style) = narrow_column(units);
        let source = render_typst(&doc, &style);
        let pdf = compile(&python, &source, &format!("units-{units}")).unwrap();
        let Some(text) = pdf_text(&pdf) else {
            skip_or_fail("note: pdftotext missing; skipped");
            return;
        };
        split.push(jianbao_doc::line_ends_after_numbers(
            text.lines().map(squeeze),
            |c| jianbao_doc::is_unit(c) || jianbao_doc::is_number_char(c) || (!units && c == '的'),
        ));
    }
    assert!(
        split[0].is_empty(),
        "split from their units: {:#?}",
        split[0]
    );
    assert!(
        !split[1].is_empty(),
        "the control never put a line end after a number"
    );
}
