//! The same article as .txt, as a saved web page, as a .docx and as a PDF gives the same facts,
//! none from the page furniture; quotes are found again when the files are read again.

use crate::common;

use jianbao_extract::{check, default_catalog, extract};
use jianbao_facts::Fact;
use jianbao_sources::{load_dir, render_bytes, Format};
use std::collections::BTreeMap;
use std::path::Path;

/// What a fact says, leaving out where it was found.
fn content(f: &Fact) -> String {
    format!(
        "{}|{}|{}|{}|{}|{:?}|{}|{:?}",
        f.province,
        f.place,
        f.metric.as_deref().unwrap_or(&f.label),
        f.value,
        f.unit,
        f.value_max,
        f.theme,
        f.as_of
    )
}

/// Extracts the facts of the one-file sources directory `dir`, checks every quote against the
/// file read again, and returns the facts' contents.
fn facts_of(dir: &Path) -> Vec<String> {
    let loaded = load_dir(dir).unwrap();
    let catalog = default_catalog();
    let facts = extract(&loaded.sources, &catalog);
    // `facts check` reads the original files again through the same readers
    let again = load_dir(dir).unwrap();
    let problems = check(&facts, &again.sources, &catalog);
    assert!(problems.is_empty(), "{dir:?}: {problems:?}");
    for f in &facts.facts {
        for furniture in common::FURNITURE_FIGURES {
            assert!(
                !f.quote.contains(furniture),
                "{dir:?}: a fact from the page furniture: {}",
                f.quote
            );
        }
    }
    facts.facts.iter().map(content).collect()
}

/// The share of facts two lists have in common (as multisets), over the longer list.
fn agreement(a: &[String], b: &[String]) -> f64 {
    let mut counts: BTreeMap<&String, i64> = BTreeMap::new();
    for x in a {
        *counts.entry(x).or_default() += 1;
    }
    let mut common = 0;
    for y in b {
        if let Some(n) = counts.get_mut(y).filter(|n| **n > 0) {
            *n -= 1;
            common += 1;
        }
    }
    common as f64 / a.len().max(b.len()).max(1) as f64
}

fn one_file_dir(
    name: &str,
    file: &str,
    bytes: &[u8],
    manifest: Option<&str>,
) -> std::path::PathBuf {
    let dir = common::scratch_dir(name);
    std::fs::write(dir.join(file), bytes).unwrap();
    if let Some(manifest) = manifest {
        std::fs::write(dir.join("sources.toml"), manifest).unwrap();
    }
    dir
}

#[test]
fn the_same_article_in_every_format_gives_the_same_facts() {
    let manifest = format!(
        "[[source]]\nfile = \"article.txt\"\ntitle = \"{}\"\ndate = \"{}\"\nprovince = \"浙江\"\n",
        common::TITLE,
        common::DATE
    );
    let txt = facts_of(&one_file_dir(
        "same-txt",
        "article.txt",
        common::text().as_bytes(),
        Some(&manifest),
    ));
    assert!(
        txt.len() >= 10,
        "the article should give its figures: {txt:#?}"
    );
    let md = common::markdown();
    let others = [
        (
            "html",
            "article.html",
            common::html_page(common::PARAGRAPHS).into_bytes(),
        ),
        ("docx", "article.docx", common::docx(&md)),
        ("pdf", "article.pdf", common::pdf(&md)),
        ("md", "article.md", md.clone().into_bytes()),
    ];
    for (name, file, bytes) in others {
        // Markdown states no date: it gets the manifest entry the .txt has
        let manifest = (name == "md").then(|| manifest.replace("article.txt", file));
        let dir = one_file_dir(&format!("same-{name}"), file, &bytes, manifest.as_deref());
        let facts = facts_of(&dir);
        let share = agreement(&txt, &facts);
        assert!(
            share >= 0.95,
            "{name}: {:.0}% of the facts agree with the .txt\ntxt: {txt:#?}\n{name}: {facts:#?}",
            share * 100.0
        );
    }
}

#[test]
fn the_web_page_renders_as_the_article_alone_with_its_metadata() {
    let page = common::html_page(common::PARAGRAPHS);
    let r = render_bytes(page.as_bytes(), Format::Html, "page.html").unwrap();
    assert_eq!(r.text, common::text(), "{}", r.text);
    assert_eq!(r.metadata.title.as_deref(), Some(common::TITLE));
    assert_eq!(r.metadata.date.as_deref(), Some(common::DATE));
    assert_eq!(r.metadata.outlet.as_deref(), Some("杭州日报"));
    assert_eq!(r.metadata.author.as_deref(), Some("王明"));
}

#[test]
fn a_gbk_page_declared_in_a_meta_tag_reads_correctly() {
    let page =
        common::html_page(common::PARAGRAPHS).replace("charset=\"utf-8\"", "charset=\"gbk\"");
    let page = page.replace(
        "<meta charset=\"utf-8\">",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">",
    );
    // characters GBK lacks (©) become numeric character references, as in real GBK pages
    let (bytes, _, _) = encoding_rs::GBK.encode(&page);
    let r = render_bytes(&bytes, Format::Html, "gbk.html").unwrap();
    assert_eq!(r.text, common::text());
    assert!(
        r.encoding.as_deref().unwrap().starts_with("GBK"),
        "{:?}",
        r.encoding
    );
}

#[test]
fn docx_and_pdf_render_the_paragraphs_in_order() {
    let md = common::markdown();
    let docx = render_bytes(&common::docx(&md), Format::Docx, "a.docx").unwrap();
    assert_eq!(docx.text, common::text());
    assert_eq!(docx.metadata.date.as_deref(), Some(common::DATE));
    let pdf = render_bytes(&common::pdf(&md), Format::Pdf, "a.pdf").unwrap();
    assert_eq!(pdf.text, common::text());
    assert_eq!(pdf.metadata.date.as_deref(), Some(common::DATE));
}

#[test]
fn a_long_pdf_drops_running_headers_and_page_numbers() {
    let mut md = format!("# {}\n\n", common::TITLE);
    for i in 1..=12 {
        md.push_str(&format!("## 第{i}部分\n\n"));
        for p in common::PARAGRAPHS {
            md.push_str(p);
            md.push_str("\n\n");
        }
    }
    let r = render_bytes(&common::pdf(&md), Format::Pdf, "long.pdf").unwrap();
    let lines: Vec<&str> = r.text.lines().collect();
    // the running header (the title) is gone from every page after the first
    assert_eq!(
        lines.iter().filter(|l| **l == common::TITLE).count(),
        1,
        "{}",
        r.text
    );
    assert!(
        !lines.iter().any(|l| l.chars().all(|c| c.is_ascii_digit())),
        "{}",
        r.text
    );
    assert_eq!(
        lines
            .iter()
            .filter(|l| **l == common::PARAGRAPHS[2])
            .count(),
        12,
        "{}",
        r.text
    );
}

#[test]
fn a_pdf_of_equal_paragraphs_keeps_every_one_at_the_page_edges() {
    // the same paragraph over and over: its lines begin and end most pages, at the same places,
    // yet they are body text and must all come back; only the running header and footer go
    let sections = 10;
    let mut md = format!("# {}\n\n", common::TITLE);
    for i in 1..=sections {
        md.push_str(&format!("## 第{i}部分\n\n"));
        for _ in 0..7 {
            md.push_str(common::PARAGRAPHS[1]);
            md.push_str("\n\n");
        }
    }
    let r = render_bytes(&common::pdf(&md), Format::Pdf, "equal.pdf").unwrap();
    let lines: Vec<&str> = r.text.lines().collect();
    assert_eq!(
        lines
            .iter()
            .filter(|l| **l == common::PARAGRAPHS[1])
            .count(),
        sections * 7,
        "{}",
        r.text
    );
    assert_eq!(lines.len(), 1 + sections * 8, "{}", r.text);
}

#[test]
fn manifest_entries_override_what_the_file_states() {
    let manifest =
        "[[source]]\nfile = \"article.html\"\ntitle = \"分析员改过的标题\"\nprovince = \"浙江\"\n";
    let dir = one_file_dir(
        "override",
        "article.html",
        common::html_page(common::PARAGRAPHS).as_bytes(),
        Some(manifest),
    );
    let loaded = load_dir(&dir).unwrap();
    let entry = loaded.sources.manifest().get("article.html").unwrap();
    assert_eq!(entry.title, "分析员改过的标题");
    // fields the manifest leaves empty come from the page
    assert_eq!(entry.date.as_deref(), Some(common::DATE));
    assert_eq!(entry.publisher.as_deref(), Some("杭州日报"));
    assert_eq!(entry.author.as_deref(), Some("王明"));
}

#[test]
fn files_that_are_not_articles_are_listed_as_skipped() {
    let dir = one_file_dir("skipped", "article.txt", common::text().as_bytes(), None);
    std::fs::write(dir.join("photo.jpg"), b"\xff\xd8\xff").unwrap();
    std::fs::write(dir.join("figures.xlsx"), b"PK").unwrap();
    std::fs::create_dir_all(dir.join("old")).unwrap();
    let loaded = load_dir(&dir).unwrap();
    let skipped: Vec<&str> = loaded.skipped.iter().map(|s| s.file.as_str()).collect();
    assert_eq!(skipped, ["figures.xlsx", "old", "photo.jpg"]);
    assert!(loaded.skipped[0].reason.contains("spreadsheet"));
    assert!(loaded.skipped[2].reason.contains("image"));
    assert_eq!(loaded.read.len(), 1);
}

#[test]
fn a_directory_of_images_only_says_what_it_skipped() {
    let dir = one_file_dir("only-images", "scan.png", b"\x89PNG", None);
    let err = load_dir(&dir).unwrap_err().to_string();
    assert!(
        err.contains("no source files") && err.contains("scan.png: an image"),
        "{err}"
    );
}

#[test]
fn a_pdf_without_text_needs_ocr() {
    use pdf_extract::{Dictionary, Document, Object, Stream};
    let mut doc = Document::with_version("1.5");
    let content = doc.add_object(Stream::new(
        Dictionary::new(),
        b"0 0 m 100 100 l S".to_vec(),
    ));
    let pages_id = doc.new_object_id();
    let mut page = Dictionary::new();
    page.set("Type", Object::Name(b"Page".to_vec()));
    page.set("Parent", Object::Reference(pages_id));
    page.set(
        "MediaBox",
        Object::Array(vec![0.into(), 0.into(), 595.into(), 842.into()]),
    );
    page.set("Contents", Object::Reference(content));
    page.set("Resources", Object::Dictionary(Dictionary::new()));
    let page_id = doc.add_object(page);
    let mut pages = Dictionary::new();
    pages.set("Type", Object::Name(b"Pages".to_vec()));
    pages.set("Kids", Object::Array(vec![Object::Reference(page_id)]));
    pages.set("Count", Object::Integer(1));
    doc.objects.insert(pages_id, Object::Dictionary(pages));
    let mut catalog = Dictionary::new();
    catalog.set("Type", Object::Name(b"Catalog".to_vec()));
    catalog.set("Pages", Object::Reference(pages_id));
    let catalog_id = doc.add_object(catalog);
    doc.trailer.set("Root", Object::Reference(catalog_id));
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).unwrap();
    let err = render_bytes(&bytes, Format::Pdf, "scan.pdf")
        .unwrap_err()
        .to_string();
    assert!(err.contains("scan.pdf") && err.contains("OCR"), "{err}");
}

#[test]
fn damaged_files_are_errors_naming_the_file() {
    for (format, file) in [(Format::Pdf, "bad.pdf"), (Format::Docx, "bad.docx")] {
        let err = render_bytes(b"not really", format, file)
            .unwrap_err()
            .to_string();
        assert!(err.contains(file), "{err}");
    }
    let truncated = &common::pdf(&common::markdown())[..2000];
    assert!(render_bytes(truncated, Format::Pdf, "cut.pdf").is_err());
}

/// A text saved without its headline opens with its dateline (电头), which is no title: the
/// source list names it by its file, not 《某某网讯(记者某某)》; a headline above the dateline
/// stays the title.
#[test]
fn a_dateline_is_no_title_of_a_text() {
    let body = "\n3月2日，某县社会工作部组织志愿者走进社区，开展志愿服务活动30余场。\n";
    for dateline in [
        "某县新闻网讯（记者 王某 通讯员 李某）",
        "新华社北京3月1日电（记者张某）",
        "本報訊(記者 趙某)",
    ] {
        let text = format!("{dateline}{body}");
        let r = render_bytes(text.as_bytes(), Format::Text, "a.txt").unwrap();
        assert_eq!(r.stated().title, None, "{dateline}");
        let titled = format!("某县志愿服务进社区\n{dateline}{body}");
        let r = render_bytes(titled.as_bytes(), Format::Text, "a.txt").unwrap();
        assert_eq!(
            r.stated().title.as_deref(),
            Some("某县志愿服务进社区"),
            "{dateline}"
        );
    }
}
