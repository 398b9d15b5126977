//! End-to-end tests: render realistic Chinese briefings and check the PDF with poppler and qpdf.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use jianbao_doc::{parse_markdown, Document, StyleSheet};
use jianbao_fonts::FontSet;
use jianbao_pdf::{layout::layout_document, render_pdf, PdfError, PdfOptions, RenderedPdf};

const BRIEFING: &str = include_str!("../fixtures/briefing.md");

fn fonts() -> &'static FontSet {
    static FONTS: OnceLock<FontSet> = OnceLock::new();
    FONTS.get_or_init(FontSet::embedded)
}

fn options() -> PdfOptions {
    PdfOptions {
        creation_date: chrono::NaiveDate::from_ymd_opt(2026, 11, 22)
            .and_then(|d| d.and_hms_opt(8, 30, 0))
            .unwrap(),
        allow_missing_glyphs: false,
        header_text: None,
    }
}

fn render(markdown: &str) -> (Document, RenderedPdf) {
    let doc = parse_markdown(markdown, "test.md").unwrap();
    let pdf = render_pdf(&doc, &StyleSheet::default_sheet(), fonts(), &options()).unwrap();
    (doc, pdf)
}

/// Writes `pdf` to a temp file named after the test.
fn write_temp(name: &str, pdf: &RenderedPdf) -> PathBuf {
    let dir = std::env::temp_dir().join("jianbao-pdf-tests");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{name}.pdf"));
    std::fs::write(&path, &pdf.bytes).unwrap();
    path
}

/// Runs a tool; `None` (with a note) when it is not installed.
fn run(tool: &str, args: &[&str], file: &Path) -> Option<(bool, String)> {
    match Command::new(tool).args(args).arg(file).output() {
        Ok(out) => Some((
            out.status.success(),
            String::from_utf8_lossy(&out.stdout).into_owned()
                + &String::from_utf8_lossy(&out.stderr),
        )),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            skip_or_fail(&format!(
                "note: {tool} is not installed; skipping this check"
            ));
            None
        }
        Err(e) => panic!("running {tool}: {e}"),
    }
}

fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0x20000..=0x3FFFF)
}

fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

const NO_START: &str = "。，、：；！？）】》」』”’…〉〕］%";
const NO_END: &str = "（【《「『“‘〈〔［";

#[test]
fn fonts_are_embedded_subset_and_mapped_to_unicode() {
    let (_, pdf) = render(BRIEFING);
    let path = write_temp("fonts", &pdf);
    let Some((ok, out)) = run("pdffonts", &[], &path) else {
        return;
    };
    assert!(ok, "{out}");
    let rows: Vec<&str> = out.lines().skip(2).collect();
    assert!(
        rows.len() >= 3,
        "expected serif, serif bold, sans bold at least:\n{out}"
    );
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        let name = cols[0];
        let (tag, ps) = name
            .split_once('+')
            .unwrap_or_else(|| panic!("no subset tag: {row}"));
        assert!(
            tag.len() == 6 && tag.bytes().all(|b| b.is_ascii_uppercase()),
            "{row}"
        );
        assert!(
            ps.starts_with("NotoSerifSC-") || ps.starts_with("NotoSansSC-"),
            "{row}"
        );
        assert_eq!(&cols[1..3], ["CID", "TrueType"], "{row}");
        assert_eq!(&cols[4..7], ["yes", "yes", "yes"], "emb sub uni: {row}");
    }
    assert!(
        pdf.bytes.len() < 400_000,
        "a three-page briefing should weigh a few hundred KB, not {} bytes",
        pdf.bytes.len()
    );
}

#[test]
fn every_text_of_the_model_comes_back_from_pdftotext() {
    let (doc, pdf) = render(BRIEFING);
    let path = write_temp("text", &pdf);
    let Some(raw) = pdftotext_stdout(&path, &["-raw", "-enc", "UTF-8"]) else {
        return;
    };
    // Page headers and footers interrupt paragraphs that cross pages.
    let mut text = squeeze(&raw).replace(&squeeze(&doc.meta.title), "");
    for n in 1..=pdf.pages {
        text = text.replace(&format!("第{n}页/共{}页", pdf.pages), "");
    }
    for expected in doc.visible_texts() {
        let expected = squeeze(&expected);
        assert!(
            text.contains(&expected),
            "missing from the PDF text: {expected}\n---\n{text}"
        );
    }
    // No spaces inside Chinese runs: every run of Han characters of the model comes back
    // verbatim once line ends are joined.
    let joined: String = raw.lines().collect();
    for expected in doc.visible_texts() {
        for run in expected
            .split(|c: char| !is_han(c))
            .filter(|r| r.chars().count() > 1)
        {
            assert!(
                joined.contains(run),
                "Chinese run {run} comes back with spaces"
            );
        }
    }
}

fn pdftotext_stdout(path: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new("pdftotext")
        .args(args)
        .arg(path)
        .arg("-")
        .output();
    match out {
        Ok(out) => {
            assert!(out.status.success());
            Some(String::from_utf8(out.stdout).unwrap())
        }
        Err(_) => {
            skip_or_fail("note: pdftotext is not installed; skipping this check");
            None
        }
    }
}

#[test]
fn no_line_starts_with_a_closing_mark_or_ends_with_an_opening_mark() {
    let doc = parse_markdown(BRIEFING, "briefing.md").unwrap();
    let layout = layout_document(&doc, &StyleSheet::default_sheet(), fonts(), &options()).unwrap();
    let mut lines = 0;
    for page in &layout.pages {
        for line in page.lines() {
            let text = line.text();
            let (Some(first), Some(last)) = (text.chars().next(), text.chars().last()) else {
                continue;
            };
            assert!(
                !NO_START.contains(first),
                "line starts with {first}: {text}"
            );
            assert!(!NO_END.contains(last), "line ends with {last}: {text}");
            lines += 1;
        }
    }
    assert!(lines > 40);

    // The same in the PDF's own text positions.
    let (_, pdf) = render(BRIEFING);
    let path = write_temp("bbox", &pdf);
    let Some(xhtml) = pdftotext_stdout(&path, &["-bbox-layout"]) else {
        return;
    };
    let mut checked = 0;
    for line in xhtml.split("<line").skip(1) {
        let words: String = line
            .split("<word")
            .skip(1)
            .filter_map(|w| {
                w.split_once('>')
                    .and_then(|(_, rest)| rest.split_once("</word>"))
            })
            .map(|(text, _)| text)
            .collect();
        let (Some(first), Some(last)) = (words.chars().next(), words.chars().last()) else {
            continue;
        };
        assert!(
            !NO_START.contains(first),
            "PDF line starts with {first}: {words}"
        );
        assert!(!NO_END.contains(last), "PDF line ends with {last}: {words}");
        checked += 1;
    }
    assert!(
        checked > 40,
        "only {checked} lines found in -bbox-layout output"
    );
}

#[test]
fn numbers_stay_with_their_units_and_dashes_are_not_split() {
    let doc = parse_markdown(BRIEFING, "briefing.md").unwrap();
    let layout = layout_document(&doc, &StyleSheet::default_sheet(), fonts(), &options()).unwrap();
    let lines: Vec<String> = layout
        .pages
        .iter()
        .flat_map(|p| p.lines().map(|l| l.text()))
        .collect();
    for pair in lines.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let end = a.chars().last().unwrap_or(' ');
        let start = b.chars().next().unwrap_or(' ');
        assert!(
            !(end.is_ascii_digit() && "万亿个人元%".contains(start)),
            "{a} | {b}"
        );
        assert!(!(end == '—' && start == '—'), "{a} | {b}");
        assert!(!(end == '…' && start == '…'), "{a} | {b}");
    }
    for needle in ["27.5万", "79%", "3.4个", "1,200个", "百分点"] {
        assert!(
            lines.iter().any(|l| l.contains(needle)),
            "{needle} was split"
        );
    }
}

/// In a column about ten characters wide, with a growing run of padding moving every number
/// across the line end, no line ends between a number and its unit (the rule the Typst, DOCX
/// title and HTML outputs share, `jianbao_doc::binds_unit`); the same text with 的 for every
/// unit does end lines after a number, so the check can fail.
#[test]
fn a_narrow_column_never_splits_a_number_from_its_unit() {
    let sentence = "截至2021年12月底，全省持证社工27.5万人，高于全国3.4个百分点，覆盖1,200户。";
    let mut style = StyleSheet::default_sheet();
    style.page.width_mm = style.page.margin_left_mm + style.page.margin_right_mm + 60.0;
    let mut split = Vec::new();
    for units in [true, false] {
        let mut md = String::from("+++\ntitle = \"测试\"\n+++\n\n");
        for pad in 0..12 {
            let text = if units {
                sentence.to_string()
            } else {
                sentence.replace(['年', '月', '万', '个', '户'], "的")
            };
            md.push_str(&format!("{}{text}\n\n", "甲".repeat(pad)));
        }
        let doc = parse_markdown(&md, "units.md").unwrap();
        let layout = layout_document(&doc, &style, fonts(), &options()).unwrap();
        let lines = layout
            .pages
            .iter()
            .flat_map(|p| p.lines().map(|l| l.text()));
        split.push(jianbao_doc::line_ends_after_numbers(lines, |c| {
            jianbao_doc::is_unit(c) || jianbao_doc::is_number_char(c) || (!units && c == '的')
        }));
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

#[test]
fn qpdf_finds_no_errors() {
    let (_, pdf) = render(BRIEFING);
    let path = write_temp("qpdf", &pdf);
    let Some((ok, out)) = run("qpdf", &["--check"], &path) else {
        return;
    };
    assert!(ok, "{out}");
    assert!(out.contains("No syntax or stream encoding errors"), "{out}");
    assert!(!out.to_lowercase().contains("warning"), "{out}");
}

#[test]
fn the_same_input_gives_identical_bytes() {
    let (_, a) = render(BRIEFING);
    let fresh = FontSet::embedded();
    let doc = parse_markdown(BRIEFING, "test.md").unwrap();
    let b = render_pdf(&doc, &StyleSheet::default_sheet(), &fresh, &options()).unwrap();
    assert_eq!(a.pages, b.pages);
    assert!(a.bytes == b.bytes, "two renderings differ");
}

#[test]
fn metadata_outline_and_language_are_written() {
    let (_, pdf) = render(BRIEFING);
    let path = write_temp("meta", &pdf);
    let Some((ok, info)) = run("pdfinfo", &[], &path) else {
        return;
    };
    assert!(ok);
    assert!(info.contains("四省社会工作人才队伍建设比较简报"), "{info}");
    assert!(info.contains("jianbao 研究组"), "{info}");
    assert!(info.contains("Nov 22 08:30:00 2026"), "{info}");
    let text = String::from_utf8_lossy(&pdf.bytes);
    assert!(text.contains("<dc:language><rdf:Bag><rdf:li>zh-CN"));
    // Dictionaries sit in compressed object streams: read them with lopdf.
    let parsed = lopdf::Document::load_mem(&pdf.bytes).unwrap();
    assert!(parsed.catalog().unwrap().has(b"Lang"));
    let uris: Vec<Vec<u8>> = parsed
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter_map(|d| d.get(b"A").ok()?.as_dict().ok()?.get(b"URI").ok())
        .filter_map(|u| u.as_str().ok().map(<[u8]>::to_vec))
        .collect();
    assert!(
        uris.contains(&b"https://tidenews.com.cn/news.html?id=2826150".to_vec()),
        "the footnote's link is not clickable: {uris:?}"
    );
    if let Some((_, outline)) = run("qpdf", &["--json", "--json-key=outlines"], &path) {
        for title in ["一、总体情况", "（一）人才规模", "三、问题与建议", "注释"]
        {
            assert!(outline.contains(title), "outline lacks {title}: {outline}");
        }
    }
}

#[test]
fn a_character_no_font_has_is_reported_with_its_place() {
    let markdown = "# 标题\n\n正文里有一个表情😀和一个罕用字𪛖。\n";
    let doc = parse_markdown(markdown, "t.md").unwrap();
    let err = render_pdf(&doc, &StyleSheet::default_sheet(), fonts(), &options()).unwrap_err();
    let PdfError::MissingGlyphs(missing) = &err else {
        panic!("unexpected error {err}");
    };
    let chars: Vec<char> = missing.iter().map(|m| m.ch).collect();
    assert_eq!(chars, ['😀', '\u{2A6D6}']);
    let message = err.to_string();
    assert!(
        message.contains("U+1F600") && message.contains("U+2A6D6"),
        "{message}"
    );
    assert!(
        message.contains("block 2") && message.contains("一个表情"),
        "{message}"
    );

    let allowed = PdfOptions {
        allow_missing_glyphs: true,
        ..options()
    };
    let pdf = render_pdf(&doc, &StyleSheet::default_sheet(), fonts(), &allowed).unwrap();
    assert_eq!(pdf.warnings.len(), 1);
    assert!(pdf.warnings[0].contains("U+1F600"));
}

/// A table of 120 rows with wrapped cells: it must span pages, repeat its header on each, and
/// keep every cell's text.
#[test]
fn a_long_table_repeats_its_header_on_every_page() {
    let mut md = String::from("+++\ntitle = \"长表压力测试\"\n+++\n\n# 附表\n\nTable: 附表1 各县（市、区）社工站情况\n\n| 序号 | 县（市、区） | 建站情况说明 | 服务人次 |\n|---:|:---|:---|---:|\n");
    for i in 1..=120 {
        let note = if i % 3 == 0 {
            "已建成并投入运营，配备专职社工3名，开展困境儿童关爱、独居老人探访等服务项目，与村（社区）服务点形成联动"
        } else {
            "已建成，配备专职社工2名"
        };
        md.push_str(&format!(
            "| {i} | 第{i}县 | {note} | {}人次 |\n",
            1000 + i * 37
        ));
    }
    md.push_str("\n注：服务人次为2025年全年累计数。\n");
    let (doc, pdf) = render(&md);
    assert!(pdf.pages >= 4, "only {} pages", pdf.pages);

    let layout = layout_document(&doc, &StyleSheet::default_sheet(), fonts(), &options()).unwrap();
    for (n, page) in layout.pages.iter().enumerate() {
        let texts: Vec<String> = page.lines().map(|l| l.text()).collect();
        assert!(
            texts.iter().any(|t| t == "建站情况说明"),
            "page {} has no table header: {texts:?}",
            n + 1
        );
    }
    let path = write_temp("long-table", &pdf);
    if let Some(raw) = pdftotext_stdout(&path, &["-raw"]) {
        let text = squeeze(&raw);
        for expected in doc.visible_texts() {
            assert!(text.contains(&squeeze(&expected)), "missing {expected}");
        }
    }
}

/// A single row taller than a page is cut between lines instead of running off the page.
#[test]
fn a_row_taller_than_a_page_is_split_between_lines() {
    let long =
        "社工站按照“一站一策”原则开展服务，重点关注困境儿童、留守老人和残疾人群体。".repeat(60);
    let md = format!("| 项目 | 说明 |\n|---|---|\n| 甲 | {long} |\n| 乙 | 短 |\n");
    let doc = parse_markdown(&md, "t.md").unwrap();
    let sheet = StyleSheet::default_sheet();
    let layout = layout_document(&doc, &sheet, fonts(), &options()).unwrap();
    assert!(layout.pages.len() >= 2);
    let bottom = (sheet.page.height_mm - sheet.page.margin_bottom_mm) * jianbao_doc::PT_PER_MM;
    let footer_top =
        (sheet.page.height_mm - sheet.page.footer_distance_mm) * jianbao_doc::PT_PER_MM - 12.0;
    for page in &layout.pages {
        for line in page.lines() {
            assert!(
                line.baseline <= bottom || line.baseline >= footer_top,
                "text below the text area at {}: {}",
                line.baseline,
                line.text()
            );
        }
    }
    let all: String = layout
        .pages
        .iter()
        .flat_map(|p| p.lines().filter(|l| l.baseline <= bottom).map(|l| l.text()))
        .collect();
    // The header row is repeated on the second page, inside the long cell text.
    let all = squeeze(&all).replace("项目说明", "");
    assert!(all.contains(&squeeze(&long)), "{all}");
}

/// No paragraph leaves a single line at the bottom or top of a page, and no heading ends a page.
#[test]
fn widows_orphans_and_headings_at_page_breaks() {
    let sentence = "各地持续推进社会工作服务站建设，服务对象覆盖困难群众和特殊群体。";
    let mut md = String::new();
    for p in 0..48 {
        if p % 5 == 0 {
            md.push_str(&format!("## 第{}部分\n\n", p / 5 + 1));
        }
        // 2 to 8 lines, each paragraph distinct by its number.
        let repeat = 2 + (p * 7) % 11;
        md.push_str(&format!("段落{p}：{}\n\n", sentence.repeat(repeat)));
    }
    let doc = parse_markdown(&md, "t.md").unwrap();
    let sheet = StyleSheet::default_sheet();
    let layout = layout_document(&doc, &sheet, fonts(), &options()).unwrap();
    assert!(layout.pages.len() >= 4);
    let bottom = (sheet.page.height_mm - sheet.page.margin_bottom_mm) * jianbao_doc::PT_PER_MM;
    let blocks: Vec<String> = doc.visible_texts().iter().map(|t| squeeze(t)).collect();

    // (page, block) of every body line, matching lines to blocks in order.
    let mut placed: Vec<(usize, usize)> = Vec::new();
    let (mut block, mut used) = (0usize, 0usize);
    for (n, page) in layout.pages.iter().enumerate() {
        for line in page.lines().filter(|l| l.baseline <= bottom) {
            let text = squeeze(&line.text());
            if !blocks[block][used..].starts_with(&text) {
                assert_eq!(
                    used,
                    blocks[block].len(),
                    "block {block} cut short before {text}"
                );
                block += 1;
                used = 0;
            }
            assert!(
                blocks[block][used..].starts_with(&text),
                "line {text} out of order: block {block} is {}",
                blocks[block]
            );
            used += text.len();
            placed.push((n, block));
        }
    }
    let mut split_paragraphs = 0;
    for pair in placed.windows(2) {
        let ((page_a, block_a), (page_b, block_b)) = (pair[0], pair[1]);
        if page_a == page_b {
            continue;
        }
        split_paragraphs += usize::from(block_a == block_b);
        assert!(
            !blocks[block_a].starts_with("第") || block_a == block_b,
            "heading {} ends page {}",
            blocks[block_a],
            page_a + 1
        );
        if block_a == block_b {
            let on = |page: usize| {
                placed
                    .iter()
                    .filter(|&&(p, b)| p == page && b == block_a)
                    .count()
            };
            assert!(
                on(page_a) >= 2,
                "orphan: one line of block {block_a} ends page {}",
                page_a + 1
            );
            assert!(
                on(page_b) >= 2,
                "widow: one line of block {block_a} starts page {}",
                page_b + 1
            );
        }
    }
    assert!(
        split_paragraphs > 0,
        "no paragraph crossed a page: the test proves nothing"
    );
}

#[test]
fn a_wrapped_title_is_balanced_and_centred() {
    // 30 characters at the title size need two lines; greedy breaking would leave a short tail.
    let title = "浙江、山西、安徽、贵州、江苏、广东六省社会工作情况比较简报";
    let md = format!("+++\ntitle = \"{title}\"\n+++\n\n正文。\n");
    let doc = parse_markdown(&md, "t.md").unwrap();
    let sheet = StyleSheet::default_sheet();
    let layout = layout_document(&doc, &sheet, fonts(), &options()).unwrap();
    let title_lines: Vec<_> = layout.pages[0]
        .lines()
        .filter(|l| {
            l.glyphs
                .first()
                .is_some_and(|g| (g.size - sheet.title.size_pt).abs() < 0.01)
        })
        .collect();
    assert_eq!(
        title_lines.len(),
        2,
        "{:?}",
        title_lines.iter().map(|l| l.text()).collect::<Vec<_>>()
    );
    let lens: Vec<usize> = title_lines
        .iter()
        .map(|l| l.text().chars().count())
        .collect();
    assert!(
        lens[0].abs_diff(lens[1]) <= 2,
        "unbalanced title lines {lens:?}"
    );
    assert_eq!(
        title_lines.iter().map(|l| l.text()).collect::<String>(),
        title
    );
    // Each line is centred on the page's text column.
    let page = &sheet.page;
    let centre = (page.margin_left_mm + page.text_width_mm() / 2.0) * 72.0 / 25.4;
    for line in &title_lines {
        let (first, last) = (line.glyphs.first().unwrap(), line.glyphs.last().unwrap());
        let mid = (first.x + last.x + last.advance) / 2.0;
        assert!(
            (mid - centre).abs() < sheet.title.size_pt,
            "line {:?} centred at {mid}, page centre {centre}",
            line.text()
        );
    }
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

#[test]
fn nested_lists_mark_levels_as_the_docx_does() {
    let md = "+++\ntitle = \"列表\"\n+++\n\n- 第一层\n  - 第二层\n\n1. 甲\n   1. 乙\n";
    let doc = parse_markdown(md, "t.md").unwrap();
    let layout = layout_document(&doc, &StyleSheet::default_sheet(), fonts(), &options()).unwrap();
    let lines: Vec<String> = layout.pages[0].lines().map(|l| l.text()).collect();
    let find = |s: &str| {
        lines
            .iter()
            .find(|l| l.ends_with(s))
            .unwrap_or_else(|| panic!("no line with {s}: {lines:?}"))
            .clone()
    };
    assert!(find("第一层").starts_with('●'), "{lines:?}");
    assert!(find("第二层").starts_with('○'), "{lines:?}");
    assert!(find("甲").starts_with("1."), "{lines:?}");
    assert!(
        find("乙").starts_with("1."),
        "nested numbers read 1. too: {lines:?}"
    );
}

/// A page holding only the last lines before a hard page break (the body's closing sentence
/// alone before the 附表, in briefings of dev articles) is closed up into the page before it:
/// whatever the length of the body, the page before the break carries more than three lines,
/// read back page by page with pdftotext.
#[test]
fn no_page_holds_only_a_line_or_two_before_a_page_break() {
    let sentence = "各地持续推进社会工作服务站建设，服务对象覆盖困难群众。";
    let mut short = Vec::new();
    for n in 18..48 {
        let mut md = String::new();
        for p in 0..n {
            md.push_str(&format!("段落{p}：{sentence}\n\n"));
        }
        md.push_str("<!-- pagebreak -->\n\n# 附表\n\n附表正文。\n");
        let (_, pdf) = render(&md);
        let path = write_temp(&format!("short-page-{n}"), &pdf);
        let Some(text) = pdftotext_stdout(&path, &["-layout"]) else {
            return;
        };
        let pages: Vec<&str> = text.split('\u{c}').collect();
        let appendix = pages
            .iter()
            .position(|p| p.contains("附表正文"))
            .expect("the appendix is printed");
        let lines = pages[appendix - 1]
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.contains("页 /"))
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

#[test]
fn a_title_never_breaks_inside_a_region_name() {
    // Titles as briefings name them, regions in the keywords; 四|川 was split before.
    let sheet = StyleSheet::default_sheet();
    for regions in [
        &[
            "广东",
            "湖南",
            "宁夏",
            "辽宁",
            "安徽",
            "四川",
            "黑龙江",
            "新疆",
        ][..],
        &[
            "内蒙古",
            "黑龙江",
            "新疆维吾尔自治区",
            "广西壮族自治区",
            "海南",
        ],
        &[
            "北京",
            "天津",
            "河北",
            "山西",
            "内蒙古",
            "辽宁",
            "吉林",
            "上海",
            "江苏",
            "浙江",
        ],
        &["浙江", "山西", "安徽", "贵州", "四川", "重庆", "西藏"],
        &[
            "河北",
            "山西",
            "内蒙古",
            "辽宁",
            "吉林",
            "黑龙江",
            "上海",
            "江苏",
            "浙江",
            "安徽",
        ],
    ] {
        let title = format!("{}社会工作情况比较", regions.join("、"));
        let mut words = vec!["社会工作", "简报"];
        words.extend_from_slice(regions);
        let keywords: Vec<String> = words.iter().map(|k| format!("{k:?}")).collect();
        let md = format!(
            "+++\ntitle = {title:?}\nkeywords = [{}]\n+++\n\n正文。\n",
            keywords.join(", ")
        );
        let doc = parse_markdown(&md, "t.md").unwrap();
        let layout = layout_document(&doc, &sheet, fonts(), &options()).unwrap();
        let lines: Vec<String> = layout.pages[0]
            .lines()
            .filter(|l| {
                l.glyphs
                    .first()
                    .is_some_and(|g| (g.size - sheet.title.size_pt).abs() < 0.01)
            })
            .map(|l| l.text().replace('\u{2060}', ""))
            .collect();
        assert_eq!(lines.concat(), title, "{lines:?}");
        let mut at = 0;
        for line in &lines[..lines.len() - 1] {
            at += line.len();
            for word in &words {
                let split = title
                    .match_indices(word)
                    .any(|(i, _)| i < at && at < i + word.len());
                assert!(!split, "{word} split across title lines {lines:?}");
            }
        }
    }
}
