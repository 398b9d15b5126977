//! How long reading takes: a 50-page PDF report made by jianbao's renderer and a 2 MB saved web
//! page (an article inside a large page of navigation, links and scripts).
//!
//! `cargo run --release -p jianbao-sources --example read_speed`

use jianbao_sources::{render_bytes, Format};
use std::time::Instant;

const PARAGRAPH: &str = "截至今年6月底，全市持证社会工作者达到3.2万人，较去年同期增长18%。全市已建成乡镇（街道）社会工作站196个，在新就业群体服务方面累计建成“小哥驿站”1200余个，吸纳快递员、外卖送餐员等新就业群体加入志愿服务队伍8600余人。";

fn pdf_of_pages(pages: usize) -> (Vec<u8>, usize) {
    let mut md = String::from("# 社会工作年度报告\n\n");
    let mut count = 0;
    // a heading and 7 paragraphs fill about one A4 page in the default style sheet
    for section in 1..=pages {
        md.push_str(&format!("## 第{section}部分\n\n"));
        for _ in 0..7 {
            md.push_str(PARAGRAPH);
            md.push_str("\n\n");
        }
        count += 1;
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
    let _ = count;
    (rendered.bytes, rendered.pages)
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

fn time<F: FnMut()>(runs: u32, mut f: F) -> f64 {
    f();
    let start = Instant::now();
    for _ in 0..runs {
        f();
    }
    start.elapsed().as_secs_f64() * 1000.0 / f64::from(runs)
}

fn main() {
    let (pdf, pages) = pdf_of_pages(50);
    let pdf_ms = time(5, || {
        let r = render_bytes(&pdf, Format::Pdf, "report.pdf").expect("pdf reads");
        assert!(r.text.len() > 100_000);
    });
    println!(
        "PDF  {pages} pages, {:>8} bytes: {pdf_ms:>7.1} ms per read",
        pdf.len()
    );
    let page = big_page(2 * 1024 * 1024);
    let html_ms = time(5, || {
        let r = render_bytes(page.as_bytes(), Format::Html, "page.html").expect("page reads");
        assert!(r.text.contains("小哥驿站") && !r.text.contains("相关新闻"));
    });
    println!(
        "HTML {:>8} bytes:          {html_ms:>7.1} ms per read",
        page.len()
    );
}
