//! How long reading takes: a 50-page PDF report made by jianbao's renderer (with its running
//! header and page-number footer; every heading and paragraph must come back, once) and a 2 MB
//! saved web page (an article inside a large page of navigation, links and scripts).
//!
//! `cargo run --release -p jianbao-sources --example read_speed`

use jianbao_sources::{render_bytes, Format};
use std::time::Instant;

const TITLE: &str = "社会工作年度报告";
const PARAGRAPHS_PER_SECTION: usize = 7;
const PARAGRAPH: &str = "截至今年6月底，全市持证社会工作者达到3.2万人，较去年同期增长18%。全市已建成乡镇（街道）社会工作站196个，在新就业群体服务方面累计建成“小哥驿站”1200余个，吸纳快递员、外卖送餐员等新就业群体加入志愿服务队伍8600余人。";

/// A report of `sections` sections (a heading and 7 equal paragraphs each) rendered by jianbao's
/// PDF renderer, which sets a running header (the title) and a page-number footer on the pages.
fn report_pdf(sections: usize) -> (Vec<u8>, usize) {
    let mut md = format!("# {TITLE}\n\n");
    for section in 1..=sections {
        md.push_str(&format!("## 第{section}部分\n\n"));
        for _ in 0..PARAGRAPHS_PER_SECTION {
            md.push_str(PARAGRAPH);
            md.push_str("\n\n");
        }
    }
    let doc = jianbao_doc::parse_markdown(&md, "read_speed").expect("markdown");
    let opts = jianbao_pdf::PdfOptions {
        creation_date: chrono::NaiveDate::from_ymd_opt(2024, 7, 5)
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .expect("date"),
        allow_missing_glyphs: false,
        header_text: None,
    };
    let rendered = jianbao_pdf::render_pdf(
        &doc,
        &jianbao_doc::StyleSheet::default_sheet(),
        &jianbao_fonts::FontSet::embedded(),
        &opts,
    )
    .expect("pdf");
    (rendered.bytes, rendered.pages)
}

/// A report of exactly `pages` pages: the number of sections is adjusted until the renderer
/// fills that many pages.
fn pdf_of_pages(pages: usize) -> (Vec<u8>, usize) {
    let mut sections = pages;
    for _ in 0..20 {
        let (bytes, got) = report_pdf(sections);
        match got.cmp(&pages) {
            std::cmp::Ordering::Equal => return (bytes, sections),
            std::cmp::Ordering::Less => sections += 1.max((pages - got) * sections / got / 2),
            std::cmp::Ordering::Greater => sections -= 1.max((got - pages) * sections / got / 2),
        }
    }
    panic!("no number of sections fills exactly {pages} pages");
}

/// Every heading and every paragraph of the report is in the text, once each, and nothing of
/// the running header and footer is.
fn check_report(text: &str, sections: usize) {
    let lines: Vec<&str> = text.lines().collect();
    let paragraphs = lines.iter().filter(|l| **l == PARAGRAPH).count();
    assert_eq!(
        paragraphs,
        sections * PARAGRAPHS_PER_SECTION,
        "paragraphs lost or merged"
    );
    for section in 1..=sections {
        let heading = format!("第{section}部分");
        assert_eq!(
            lines.iter().filter(|l| **l == heading).count(),
            1,
            "{heading}"
        );
    }
    assert_eq!(
        lines.iter().filter(|l| **l == TITLE).count(),
        1,
        "the running header is kept"
    );
    assert!(!text.contains("页 /"), "a page-number footer is kept");
    assert_eq!(lines.len(), 1 + sections * (1 + PARAGRAPHS_PER_SECTION));
}

fn big_page(target_bytes: usize) -> String {
    let mut page = String::from("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>社会工作_某日报</title></head><body>");
    let mut i = 0;
    while page.len() < target_bytes / 2 {
        page.push_str(&format!(
            "<div class=\"nav\"><ul><li><a href=\"/n{i}\">新闻{i}</a></li><li><a href=\"/g{i}\">政务{i}</a></li></ul></div><script>var x{i} = \"{}\";</script>",
            "统计".repeat(20)
        ));
        i += 1;
    }
    page.push_str("<div class=\"content\">");
    for _ in 0..200 {
        page.push_str(&format!("<p>{PARAGRAPH}</p>"));
    }
    page.push_str("</div>");
    while page.len() < target_bytes {
        page.push_str(&format!(
            "<div class=\"related\"><a href=\"/r{i}\">相关新闻{i}：社区工作者职业体系建设推进会召开</a></div>"
        ));
        i += 1;
    }
    page.push_str("</body></html>");
    page
}

/// Milliseconds per run: the fastest of `runs` (what the code costs; the machine may be shared,
/// which only ever adds time) and the mean.
fn time<F: FnMut()>(runs: u32, mut f: F) -> (f64, f64) {
    f();
    let mut fastest = f64::INFINITY;
    let mut total = 0.0;
    for _ in 0..runs {
        let start = Instant::now();
        f();
        let ms = start.elapsed().as_secs_f64() * 1000.0;
        fastest = fastest.min(ms);
        total += ms;
    }
    (fastest, total / f64::from(runs))
}

fn main() {
    let pages = 50;
    let (pdf, sections) = pdf_of_pages(pages);
    let (pdf_ms, pdf_mean) = time(9, || {
        let r = render_bytes(&pdf, Format::Pdf, "report.pdf").expect("pdf reads");
        check_report(&r.text, sections);
    });
    println!(
        "PDF  {pages} pages ({} paragraphs, all read), {:>8} bytes: {pdf_ms:>7.1} ms per read (mean {pdf_mean:.1})",
        sections * PARAGRAPHS_PER_SECTION,
        pdf.len()
    );
    let page = big_page(2 * 1024 * 1024);
    let (html_ms, html_mean) = time(9, || {
        let r = render_bytes(page.as_bytes(), Format::Html, "page.html").expect("page reads");
        assert!(r.text.contains("小哥驿站") && !r.text.contains("相关新闻"));
    });
    println!(
        "HTML {:>8} bytes:          {html_ms:>7.1} ms per read (mean {html_mean:.1})",
        page.len()
    );
}
