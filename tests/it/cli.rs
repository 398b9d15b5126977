//! End-to-end tests of the `jianbao` command, run as a user would: from a directory with no
//! project files, on the embedded defaults, and with bad input.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::support;
use support::{jianbao, tool};

/// A fresh empty directory, so the binary cannot lean on files of the repository.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("jianbao-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn build_on_embedded_defaults_writes_pdf_and_docx_from_any_directory() {
    let dir = scratch("build");
    let out = jianbao(&dir, &["build", "--date", "2026-11-22"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        files_in(&dir.join("out")),
        ["briefing-20261122.docx", "briefing-20261122.pdf"]
    );
    let printed = String::from_utf8_lossy(&out.stdout);
    assert!(printed.contains("briefing-20261122.pdf"), "{printed}");

    let pdf = std::fs::read(dir.join("out/briefing-20261122.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    assert!(
        pdf.len() < 1_500_000,
        "PDF is {} bytes: fonts not subset?",
        pdf.len()
    );
    let docx = std::fs::read(dir.join("out/briefing-20261122.docx")).unwrap();
    assert!(docx.starts_with(b"PK"));

    if tool("pdftotext") {
        let text = Command::new("pdftotext")
            .args(["-enc", "UTF-8"])
            .arg(dir.join("out/briefing-20261122.pdf"))
            .arg("-")
            .output()
            .unwrap();
        let text: String = String::from_utf8_lossy(&text.stdout)
            .split_whitespace()
            .collect();
        for needle in [
            "浙江",
            "山西",
            "安徽",
            "贵州",
            "27.5万",
            "报道未提及",
            "注释",
        ] {
            assert!(text.contains(needle), "PDF text lacks {needle}");
        }
    }

    // The same input gives the same bytes.
    let again = jianbao(&dir, &["build", "--date", "2026-11-22", "--out", "again"]);
    assert!(again.status.success(), "{}", stderr(&again));
    assert_eq!(
        std::fs::read(dir.join("again/briefing-20261122.pdf")).unwrap(),
        pdf,
        "PDF not reproducible"
    );
    assert_eq!(
        std::fs::read(dir.join("again/briefing-20261122.docx")).unwrap(),
        docx,
        "DOCX not reproducible"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn build_writes_html_markdown_and_typst_that_agree() {
    let dir = scratch("html");
    let out = jianbao(
        &dir,
        &["build", "--format", "html,md,typ", "--date", "2026-11-22"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let html = std::fs::read_to_string(dir.join("out/briefing-20261122.html")).unwrap();
    let md = std::fs::read_to_string(dir.join("out/briefing-20261122.md")).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(md.starts_with("+++"), "Markdown keeps its front matter");
    // (a number and its unit are kept together in nowrap spans: the text a reader sees)
    assert!(
        visible_text(&html).contains("2026年11月22日"),
        "report date in Chinese"
    );
    let typ = std::fs::read_to_string(dir.join("out/briefing-20261122.typ")).unwrap();
    assert!(
        typ.contains("#set page(") && typ.contains("注释"),
        "Typst export of the same document"
    );
    for region in ["浙江", "山西", "安徽", "贵州"] {
        assert!(
            html.contains(region) && md.contains(region),
            "{region} missing"
        );
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn extract_then_check_round_trips_and_tampering_is_caught() {
    let dir = scratch("extract");
    let out = jianbao(&dir, &["extract", "--out", "facts.json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("facts.json")).unwrap()).unwrap();
    let facts = json["facts"].as_array().unwrap();
    assert!(facts.len() > 100, "only {} facts", facts.len());
    for province in ["浙江", "山西", "安徽", "贵州"] {
        assert!(
            facts.iter().any(|f| f["province"] == province),
            "no facts for {province}"
        );
    }
    assert!(json["conflicts"].is_array());

    let ok = jianbao(&dir, &["facts", "check", "facts.json"]);
    assert!(ok.status.success(), "{}", stderr(&ok));

    // Move one quote's span: the check must name the fact and fail.
    let mut tampered = json.clone();
    let first = &mut tampered["facts"][0];
    let id = first["id"].as_str().unwrap().to_owned();
    let start = first["span"][0].as_u64().unwrap();
    first["span"][0] = (start + 1).into();
    std::fs::write(
        dir.join("bad.json"),
        serde_json::to_vec_pretty(&tampered).unwrap(),
    )
    .unwrap();
    let bad = jianbao(&dir, &["facts", "check", "bad.json"]);
    assert!(!bad.status.success());
    assert!(stderr(&bad).contains(&id), "{}", stderr(&bad));

    // A build from a tampered facts file refuses to print it.
    let build = jianbao(&dir, &["build", "--facts", "bad.json", "--format", "md"]);
    assert!(!build.status.success());
    assert!(
        files_in(&dir.join("out")).is_empty(),
        "nothing may be written"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn malformed_facts_file_is_located() {
    let dir = scratch("malformed");
    std::fs::write(
        dir.join("f.json"),
        "{\n  \"facts\": [\n    {\"id\": 1,}\n  ]\n}\n",
    )
    .unwrap();
    let out = jianbao(&dir, &["facts", "check", "f.json"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("f.json:3:"), "{}", stderr(&out));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn bad_input_gives_clear_errors_and_no_files() {
    let dir = scratch("errors");
    let missing = jianbao(&dir, &["build", "--sources", "no-such-dir"]);
    assert!(!missing.status.success());
    assert!(
        stderr(&missing).contains("no-such-dir"),
        "{}",
        stderr(&missing)
    );

    let format = jianbao(&dir, &["build", "--format", "pdf,odt"]);
    assert!(!format.status.success());
    assert!(stderr(&format).contains("odt"), "{}", stderr(&format));

    std::fs::write(
        dir.join("broken.tera"),
        "+++\ntitle = \"x\"\n+++\n\n第一行\n\n{{ facts | nosuchfilter }}\n",
    )
    .unwrap();
    let template = jianbao(
        &dir,
        &["build", "--template", "broken.tera", "--format", "md"],
    );
    assert!(!template.status.success());
    let err = stderr(&template);
    assert!(err.contains("broken.tera"), "{err}");
    assert!(err.contains("nosuchfilter"), "{err}");

    assert!(
        files_in(&dir.join("out")).is_empty(),
        "failed builds wrote {:?}",
        files_in(&dir.join("out"))
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn gb18030_sources_give_the_same_facts_as_utf8() {
    let dir = scratch("gbk");
    let text = include_str!("../../seeds/002_f28ca3098ef270b4.txt");
    for (sub, bytes) in [
        ("utf8", text.as_bytes().to_vec()),
        ("gbk", encoding_rs::GB18030.encode(text).0.into_owned()),
    ] {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
        std::fs::write(dir.join(sub).join("shanxi.txt"), bytes).unwrap();
    }
    let facts = |sub: &str| {
        let out = jianbao(&dir, &["extract", "--sources", sub]);
        assert!(out.status.success(), "{}", stderr(&out));
        let encoding = if sub == "gbk" {
            "shanxi.txt: GB18030"
        } else {
            "shanxi.txt: UTF-8"
        };
        assert!(
            stderr(&out).contains(encoding),
            "the detected encoding is reported: {}",
            stderr(&out)
        );
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        json["facts"].clone()
    };
    let utf8 = facts("utf8");
    assert!(utf8.as_array().unwrap().len() > 20, "{utf8}");
    assert!(utf8
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["value"] == 24000.0 && f["province"] == "山西"));
    assert_eq!(
        facts("gbk"),
        utf8,
        "GB18030 copy must give identical facts, spans included"
    );

    // Bytes that are neither UTF-8 nor GB18030 are an error naming the file and offset.
    std::fs::create_dir_all(dir.join("bad")).unwrap();
    std::fs::write(
        dir.join("bad/broken.txt"),
        [0xE5, 0xB1, 0xB1, 0x81, 0x20, 0xFF, 0xFF],
    )
    .unwrap();
    let out = jianbao(&dir, &["extract", "--sources", "bad"]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("broken.txt") && stderr(&out).contains("byte"),
        "{}",
        stderr(&out)
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn batch_builds_every_template_and_region_and_survives_one_failure() {
    let dir = scratch("batch");
    std::fs::write(
        dir.join("broken.tera"),
        "+++\ntitle = \"x\"\n+++\n\n{{ nosuch.field }}\n",
    )
    .unwrap();
    let out = jianbao(
        &dir,
        &[
            "build",
            "--template",
            "profile,broken.tera",
            "--each-region",
            "--regions",
            "浙江,贵州",
            "--format",
            "md,html",
            "--date",
            "2026-11-22",
        ],
    );
    // Two of the four reports use the broken template: they fail, the profiles are written.
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("broken.tera") && err.contains("2 of 4 reports failed"),
        "{err}"
    );
    assert_eq!(
        files_in(&dir.join("out")),
        [
            "profile-浙江-20261122.html",
            "profile-浙江-20261122.md",
            "profile-贵州-20261122.html",
            "profile-贵州-20261122.md"
        ]
    );
    let zhejiang = std::fs::read_to_string(dir.join("out/profile-浙江-20261122.md")).unwrap();
    assert!(
        zhejiang.contains("27.5万") && !zhejiang.contains("安顺经开区"),
        "a profile is about its own region"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn own_sources_without_manifest_compare_the_provinces_they_cover() {
    let dir = scratch("own");
    std::fs::create_dir_all(dir.join("src")).unwrap();
    std::fs::write(
        dir.join("src/anshun.txt"),
        include_str!("../../seeds/004_93f98ffadb83952a.txt"),
    )
    .unwrap();
    std::fs::write(
        dir.join("src/shanxi.txt"),
        include_str!("../../seeds/002_f28ca3098ef270b4.txt"),
    )
    .unwrap();
    // A province outside the seeds' four must not drop out of the default briefing unseen.
    std::fs::write(
        dir.join("src/gansu.txt"),
        "兰州市城关区新就业群体服务站点达到45个\n\n\
         本报讯 甘肃省兰州市城关区委社会工作部日前介绍，全区已建成新就业群体服务站点45个，\
         今年以来服务快递员、外卖骑手等新就业群体2.3万人次。\n",
    )
    .unwrap();
    let out = jianbao(
        &dir,
        &[
            "build",
            "--sources",
            "src",
            "--format",
            "md",
            "--date",
            "2026-11-22",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let md = std::fs::read_to_string(dir.join("out/briefing-20261122.md")).unwrap();
    assert!(
        // the provinces in the order the sources (sorted by file name) first report them
        md.contains("title = \"安徽、贵州、甘肃、山西社会工作情况比较\""),
        "{md}"
    );
    assert!(
        md.contains("日期不详"),
        "a source without a manifest has no date, and says so"
    );
    // A region asked for by name but absent from the sources is still an error (typos).
    let named = jianbao(
        &dir,
        &[
            "build",
            "--sources",
            "src",
            "--regions",
            "浙江",
            "--format",
            "md",
        ],
    );
    assert!(!named.status.success());
    assert!(stderr(&named).contains("浙江"), "{}", stderr(&named));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The text of an HTML page without its tags, as a browser shows it (entities left as written).
fn visible_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}
