//! Typography of what `jianbao build` writes, measured on the output as a reader gets it:
//! glyph positions read back from the PDF with PyMuPDF (`tests/typography_check.py`), the
//! Typst export compiled by Typst, the DOCX opened by LibreOffice, the PDF's structure tree
//! read by poppler. Each check skips with a note when its tool is missing, and fails then
//! under JIANBAO_REQUIRE_TOOLS=1 (as `.ci/run` sets it).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn skip(note: &str) {
    assert!(
        std::env::var_os("JIANBAO_REQUIRE_TOOLS").is_none(),
        "{note} (JIANBAO_REQUIRE_TOOLS is set)"
    );
    eprintln!("note: {note}; check skipped");
}

fn runs(program: &str, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .output()
        .is_ok_and(|o| o.status.success())
}

/// The default briefing and a one-region profile, as PDF, DOCX and Typst source, built once
/// for all tests of this file.
struct Outputs {
    dir: PathBuf,
    briefing: PathBuf,
    profile: PathBuf,
}

impl Outputs {
    fn get() -> &'static Outputs {
        static OUTPUTS: OnceLock<Outputs> = OnceLock::new();
        OUTPUTS.get_or_init(|| {
            let dir =
                std::env::temp_dir().join(format!("jianbao-typography-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).unwrap();
            let build = |extra: &[&str], out: &str| {
                let o = Command::new(env!("CARGO_BIN_EXE_jianbao"))
                    .args(["build", "--date", "2026-11-22", "--format", "pdf,docx,typ"])
                    .args(extra)
                    .arg("--out")
                    .arg(dir.join(out))
                    .current_dir(&dir)
                    .env_remove("SOURCE_DATE_EPOCH")
                    .output()
                    .unwrap();
                assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
                let stem = std::fs::read_dir(dir.join(out))
                    .unwrap()
                    .map(|e| e.unwrap().path())
                    .find(|p| p.extension().is_some_and(|e| e == "pdf"))
                    .unwrap();
                stem.with_extension("")
            };
            let briefing = build(&[], "briefing");
            let profile = build(&["--template", "profile", "--regions", "浙江"], "profile");
            Outputs {
                dir,
                briefing,
                profile,
            }
        })
    }

    fn both(&self) -> [&Path; 2] {
        [&self.briefing, &self.profile]
    }
}

fn with_ext(stem: &Path, ext: &str) -> PathBuf {
    stem.with_extension(ext)
}

/// Runs the PyMuPDF checker on `pdfs`: one JSON report per file.
fn check_glyphs(python: &Path, pdfs: &[PathBuf], extra: &[&str]) -> Vec<serde_json::Value> {
    let out = Command::new(python)
        .arg(repo().join("tests/typography_check.py"))
        .args(extra)
        .args(pdfs)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "typography_check.py failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn pymupdf() -> Option<PathBuf> {
    if runs("python3", &["-c", "import pymupdf"]) {
        Some(PathBuf::from("python3"))
    } else {
        skip("python3 with PyMuPDF (pip install pymupdf) is not installed");
        None
    }
}

#[test]
fn pdf_lines_are_solid_punctuation_compressed_and_start_cleanly() {
    let Some(python) = pymupdf() else { return };
    let outputs = Outputs::get();
    let pdfs: Vec<PathBuf> = outputs.both().iter().map(|s| with_ext(s, "pdf")).collect();
    let mut percent = Vec::new();
    for report in check_glyphs(&python, &pdfs, &[]) {
        let file = report["file"].as_str().unwrap();
        assert!(
            report["lines"].as_u64().unwrap() > 100,
            "{file}: too few lines read"
        );
        for key in ["loose_lines", "uncompressed", "bad_line_starts"] {
            let found = report[key].as_array().unwrap();
            assert!(
                found.is_empty(),
                "{file}: {} {key}: {:#?}",
                found.len(),
                &found[..found.len().min(5)]
            );
        }
        percent.extend(
            report["percent_han"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_f64().unwrap()),
        );
    }
    assert!(
        !percent.is_empty(),
        "the briefings have no % before Han to measure"
    );
    for gap in percent {
        assert!(
            (0.2..=0.3).contains(&gap),
            "gap after % before Han: {gap} em, want 0.25"
        );
    }
}

#[test]
fn typst_compiles_the_export_with_jianbao_column_widths_and_nothing_stacks() {
    let venv_python = repo().join("target/typst-venv/bin/python");
    if !runs(venv_python.to_str().unwrap(), &["-c", "import typst"]) {
        skip("Typst (target/typst-venv, see .ci/install) is not installed");
        return;
    }
    let Some(python) = pymupdf() else { return };
    let outputs = Outputs::get();
    let mut pdfs = Vec::new();
    for stem in outputs.both() {
        let typ = with_ext(stem, "typ");
        let pdf = with_ext(stem, "typst.pdf");
        let out = Command::new(&venv_python)
            .arg(repo().join("crates/jianbao-bench/typst_compile.py"))
            .arg(&typ)
            .arg(&pdf)
            .arg(repo().join("fonts"))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "typst: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        pdfs.push(pdf);
    }
    for report in check_glyphs(&python, &pdfs, &["--stacked-only"]) {
        let stacked = report["stacked"].as_array().unwrap();
        assert!(
            stacked.is_empty(),
            "{}: stacked columns {stacked:?}",
            report["file"]
        );
    }
}

/// Converts `docx` files to PDF in one LibreOffice process (one profile), into `out`.
fn soffice(profile: &Path, out: &Path, docx: &[PathBuf]) {
    std::fs::create_dir_all(out).unwrap();
    let o = Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(out)
        .args(docx)
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "soffice: {}",
        String::from_utf8_lossy(&o.stderr)
    );
}

/// Page images of `pdf` at a low resolution, as bytes per page.
fn page_images(pdf: &Path) -> Vec<Vec<u8>> {
    let prefix = pdf.with_extension("page");
    let o = Command::new("pdftoppm")
        .args(["-png", "-r", "40"])
        .arg(pdf)
        .arg(&prefix)
        .output()
        .unwrap();
    assert!(o.status.success());
    let dir = pdf.parent().unwrap();
    let stem = prefix.file_name().unwrap().to_string_lossy().into_owned();
    let mut pages: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with(&stem))
        .collect();
    pages.sort();
    pages.iter().map(|p| std::fs::read(p).unwrap()).collect()
}

/// Also the clreq line starts as LibreOffice sets the DOCX: the word joiner before each note
/// mark must keep "[n]" off line starts there too.
#[test]
fn two_docx_in_one_libreoffice_session_each_render_their_own_glyphs() {
    if !runs("soffice", &["--version"]) || !runs("pdftoppm", &["-v"]) {
        skip("LibreOffice (soffice) or pdftoppm is not installed");
        return;
    }
    let outputs = Outputs::get();
    let docx: Vec<PathBuf> = outputs.both().iter().map(|s| with_ext(s, "docx")).collect();
    let work = outputs.dir.join("lo");
    // Both in one process: the second document's embedded fonts must not be taken for the
    // first one's (same family, other subset).
    soffice(&work.join("profile-shared"), &work.join("shared"), &docx);
    for file in &docx {
        let name = file.file_stem().unwrap().to_string_lossy().into_owned();
        soffice(
            &work.join(format!("profile-{name}")),
            &work.join(&name),
            std::slice::from_ref(file),
        );
        let shared = page_images(&work.join("shared").join(format!("{name}.pdf")));
        let alone = page_images(&work.join(&name).join(format!("{name}.pdf")));
        assert!(!alone.is_empty());
        assert!(
            shared == alone,
            "{name}: converted after another jianbao DOCX in the same LibreOffice session, it \
             renders differently than on its own (embedded fonts taken from the other document)"
        );
        let Some(python) = pymupdf() else { continue };
        let pdf = work.join(&name).join(format!("{name}.pdf"));
        for report in check_glyphs(&python, &[pdf], &[]) {
            assert!(
                report["lines"].as_u64().unwrap() > 100,
                "{name}: too few lines read"
            );
            let found = report["bad_line_starts"].as_array().unwrap();
            assert!(
                found.is_empty(),
                "{name}: LibreOffice starts {} lines with a note mark or closing mark: {:#?}",
                found.len(),
                &found[..found.len().min(5)]
            );
        }
    }
}

/// A style sheet that asks for a line grid: the DOCX declares it (`w:docGrid`), and body lines
/// sit a whole number of grid lines apart in jianbao's PDF and in LibreOffice's rendering of
/// the DOCX alike, with no note mark starting a line in either.
#[test]
fn a_document_grid_is_declared_in_the_docx_and_kept_by_the_pdf_and_libreoffice() {
    if !runs("soffice", &["--version"]) {
        skip("LibreOffice (soffice) is not installed");
        return;
    }
    let Some(python) = pymupdf() else { return };
    let dir = Outputs::get().dir.join("grid");
    std::fs::create_dir_all(&dir).unwrap();
    let default = jianbao_doc::DEFAULT_STYLE_TOML;
    assert!(default.contains("document_grid = \"none\""));
    let toml = default.replacen("document_grid = \"none\"", "document_grid = \"lines\"", 1);
    let style = dir.join("grid.toml");
    std::fs::write(&style, &toml).unwrap();
    let sheet = jianbao_doc::StyleSheet::parse(&toml, &style).unwrap();
    let grid = sheet.grid().unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_jianbao"))
        .args(["build", "--date", "2026-11-22", "--format", "pdf,docx"])
        .arg("--style")
        .arg(&style)
        .arg("--out")
        .arg(&dir)
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let docx = dir.join("briefing-20261122.docx");
    let read = Command::new(&python)
        .args([
            "-c",
            "import re, sys, zipfile; print(' '.join(re.findall(r'<w:docGrid[^>]*>', \
             zipfile.ZipFile(sys.argv[1]).read('word/document.xml').decode())))",
        ])
        .arg(&docx)
        .output()
        .unwrap();
    let doc_grid = String::from_utf8_lossy(&read.stdout);
    let pitch_twips = (grid.line_pitch_pt * 20.0).round();
    assert!(
        doc_grid.contains("w:type=\"lines\"")
            && doc_grid.contains(&format!("w:linePitch=\"{pitch_twips}\"")),
        "docGrid: {doc_grid:?}"
    );
    soffice(
        &dir.join("profile"),
        &dir.join("lo"),
        std::slice::from_ref(&docx),
    );
    let pdfs = [
        dir.join("briefing-20261122.pdf"),
        dir.join("lo").join("briefing-20261122.pdf"),
    ];
    let arg = format!("--grid={},{}", grid.line_pitch_pt, sheet.body.size_pt);
    for report in check_glyphs(&python, &pdfs, &[&arg]) {
        let file = report["file"].as_str().unwrap();
        assert!(
            report["grid_pairs"].as_u64().unwrap() > 50,
            "{file}: too few body lines read"
        );
        for key in ["grid_off", "bad_line_starts"] {
            let found = report[key].as_array().unwrap();
            assert!(
                found.is_empty(),
                "{file}: {} {key}: {:#?}",
                found.len(),
                &found[..found.len().min(5)]
            );
        }
    }
}

#[test]
fn the_pdf_is_tagged_with_its_structure_and_text() {
    if !runs("pdfinfo", &["-v"]) {
        skip("pdfinfo (poppler-utils) is not installed");
        return;
    }
    let pdf = with_ext(&Outputs::get().briefing, "pdf");
    let o = Command::new("pdfinfo")
        .arg("-struct-text")
        .arg(&pdf)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let tree = String::from_utf8_lossy(&o.stdout);
    for element in [
        "Document", "H1", "H2", "P", "L", "LI", "Table", "TR", "TH", "TD", "Caption", "Note",
    ] {
        assert!(
            tree.lines().any(|l| l.trim_start().starts_with(element)),
            "no {element} in the structure tree:\n{}",
            &tree[..tree.len().min(3000)]
        );
    }
    assert!(
        tree.contains("总体情况"),
        "heading text missing from the structure"
    );
    assert!(
        tree.contains("浙江"),
        "paragraph text missing from the structure"
    );
    let info = Command::new("pdfinfo").arg(&pdf).output().unwrap();
    let info = String::from_utf8_lossy(&info.stdout);
    assert!(
        info.lines()
            .any(|l| l.split_whitespace().collect::<Vec<_>>() == ["Tagged:", "yes"]),
        "{info}"
    );
    // Running headers and footers are artifacts: not in the structure.
    assert!(!tree.contains("第 1 页"), "the footer is tagged as content");
}
