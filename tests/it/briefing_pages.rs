//! The default 简报 must fit its page target: the body (报头 to 下一步工作) in at most six A4
//! pages of the PDF, so the 附表 starts on page 7 at the latest. Read page by page with
//! `pdftotext`, as a reader would turn the pages.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support;
use support::tool;

/// The last page the body may end on.
const BODY_PAGES: usize = 6;

fn page_text(pdf: &Path, page: usize) -> String {
    let out = Command::new("pdftotext")
        .args([
            "-enc",
            "UTF-8",
            "-f",
            &page.to_string(),
            "-l",
            &page.to_string(),
        ])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(out.status.success(), "pdftotext failed on page {page}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn page_count(pdf: &Path) -> usize {
    let out = Command::new("pdfinfo")
        .arg(pdf)
        .output()
        .expect("pdfinfo runs");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo prints the page count")
}

#[test]
fn default_briefing_body_fits_six_pages() {
    if !tool("pdftotext") || !tool("pdfinfo") {
        return;
    }
    let dir: PathBuf = std::env::temp_dir().join(format!("jianbao-pages-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_jianbao"))
        .args(["build", "--date", "2026-11-22", "--format", "pdf,md"])
        .current_dir(&dir)
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .expect("the jianbao binary runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let markdown = std::fs::read_to_string(dir.join("out/briefing-20261122.md")).unwrap();
    plans_and_points_read_as_a_briefing(&markdown);
    let pdf = dir.join("out/briefing-20261122.pdf");
    let pages = page_count(&pdf);
    // The 附表's first table caption (附表1 浙江) marks where the body has ended; the body's
    // own mention of 附表 in running text is not at the start of a line with a number.
    let appendix_page = (1..=pages).find(|&p| {
        page_text(&pdf, p).lines().any(|l| {
            l.trim_start()
                .strip_prefix("附表")
                .is_some_and(|rest| rest.trim_start().starts_with(|c: char| c.is_ascii_digit()))
        })
    });
    let appendix_page = appendix_page.expect("the briefing has a 附表");
    assert!(
        appendix_page <= BODY_PAGES + 1,
        "the 附表 starts on page {appendix_page} of {pages}: the body runs past {BODY_PAGES} pages"
    );
    // and the body is a briefing, not a stub: the 下一步 section is on the pages before it
    let body: String = (1..appendix_page).map(|p| page_text(&pdf, p)).collect();
    for section in [
        "总体情况",
        "主要做法与特色",
        "数据比较",
        "值得关注",
        "下一步工作",
    ] {
        assert!(body.contains(section), "{section} missing from the body");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

fn section<'m>(markdown: &'m str, heading: &str) -> &'m str {
    markdown
        .split(heading)
        .nth(1)
        .and_then(|rest| rest.split("\n# ").next())
        .unwrap_or_else(|| panic!("no section {heading}"))
}

fn cited_ids(text: &str) -> Vec<&str> {
    text.split("[^")
        .skip(1)
        .filter_map(|rest| rest.split(']').next())
        .collect()
}

/// The 下一步 of a province is the province's own plan, whole; a region without one is named;
/// a figure of the 总体情况 is not quoted again by a point of 主要做法 or 值得关注.
fn plans_and_points_read_as_a_briefing(markdown: &str) {
    let plans = section(markdown, "# 五、下一步工作");
    let zhejiang = plans
        .lines()
        .find(|l| l.starts_with("**浙江**"))
        .expect("浙江 has a plan of the province");
    assert!(!zhejiang.contains("街道"), "{zhejiang}");
    let shanxi = plans
        .lines()
        .find(|l| l.starts_with("**山西**"))
        .expect("山西 has a plan");
    assert!(shanxi.contains("落实落细。」"), "the plan is cut: {shanxi}");
    assert!(plans.contains("没有提到本地下一步工作安排"), "{plans}");

    // 主要做法 cites at least three points of each region; at most a third of the comparison
    // cells read 报道未提及.
    let practice = section(markdown, "# 二、主要做法与特色");
    for region in ["浙江", "山西", "安徽", "贵州"] {
        let points = practice
            .lines()
            .filter(|l| l.starts_with(&format!("**{region}**")))
            .count();
        assert!(points >= 3, "{region}: {points} points in 主要做法");
    }
    let comparison = section(markdown, "# 三、数据比较");
    let cells: Vec<&str> = comparison
        .lines()
        .filter(|l| l.starts_with('|') && !l.starts_with("|:") && !l.starts_with("| 指标"))
        .flat_map(|l| l.trim_matches('|').split('|').skip(1))
        .map(str::trim)
        .collect();
    let empty = cells.iter().filter(|c| **c == "报道未提及").count();
    assert!(
        !cells.is_empty() && empty * 3 <= cells.len(),
        "{empty} of {} cells empty",
        cells.len()
    );

    let overview = cited_ids(section(markdown, "# 一、总体情况"));
    let facts_of_points: Vec<&str> = [
        section(markdown, "# 二、主要做法与特色"),
        section(markdown, "# 四、值得关注的做法"),
    ]
    .into_iter()
    .flat_map(cited_ids)
    .collect();
    // points cite themselves (p…); the facts inside a quoted point are in its footnote, so the
    // check is on the point texts: no 总体情况 figure's quote is inside a printed point
    for id in &facts_of_points {
        assert!(
            !overview.contains(id),
            "{id} is in 总体情况 and again in a point"
        );
    }
    // the figures of the 总体情况 (a point's id starts with p: the programmes it names are
    // cited to points no other section prints)
    for id in overview.into_iter().filter(|id| !id.starts_with('p')) {
        let quote = markdown
            .lines()
            .find_map(|l| l.strip_prefix(&format!("[^{id}]: ")))
            .and_then(|note| note.split('「').nth(1))
            .and_then(|q| q.split('」').next())
            .unwrap_or_else(|| panic!("footnote of {id}"));
        for points in [
            section(markdown, "# 二、主要做法与特色"),
            section(markdown, "# 四、值得关注的做法"),
        ] {
            assert!(
                !points.contains(quote),
                "the 总体情况 figure {quote} is quoted again by a point"
            );
        }
    }
}
