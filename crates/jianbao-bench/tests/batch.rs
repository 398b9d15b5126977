//! The batch builder writes every briefing, in parallel, with the same bytes as a build on one
//! thread; and the default briefing's Typst export (what the benchmark compiles) compiles.

use chrono::NaiveDate;
use jianbao::{FactsInput, Format, Pipeline};
use jianbao_bench::{batch_build, benchmark_items, BatchError};
use std::path::{Path, PathBuf};
use std::process::Command;

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("jianbao-bench-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn parallel_batch_writes_the_same_files_as_one_thread() {
    let pipeline = Pipeline::new(None, None).unwrap();
    let evidence = jianbao::gather_evidence(&FactsInput::Sources(None), &pipeline.catalog).unwrap();
    let date = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let one = temp_dir("one");
    let two = temp_dir("two");
    let items_one = benchmark_items(6, date, &one);
    let items_two = benchmark_items(6, date, &two);

    for result in batch_build(&pipeline, &evidence, &items_one, 1) {
        result.unwrap();
    }
    let results = batch_build(&pipeline, &evidence, &items_two, 2);
    assert_eq!(results.len(), items_two.len());
    for (result, (a, b)) in results.into_iter().zip(items_one.iter().zip(&items_two)) {
        let built = result.unwrap();
        assert_eq!(built.files.len(), 2);
        for ((format, path_one), (_, path_two)) in a.outputs.iter().zip(&b.outputs) {
            let bytes_one = std::fs::read(path_one).unwrap();
            let bytes_two = std::fs::read(path_two).unwrap();
            let magic: &[u8] = match format {
                Format::Pdf => b"%PDF-",
                _ => b"PK\x03\x04",
            };
            assert!(bytes_two.starts_with(magic), "{}", path_two.display());
            assert!(
                bytes_one == bytes_two,
                "{} differs from its one-thread build",
                path_two.display()
            );
        }
    }
    std::fs::remove_dir_all(&one).unwrap();
    std::fs::remove_dir_all(&two).unwrap();
}

#[test]
fn one_failing_briefing_does_not_stop_the_batch() {
    let pipeline = Pipeline::new(None, None).unwrap();
    let evidence = jianbao::gather_evidence(&FactsInput::Sources(None), &pipeline.catalog).unwrap();
    let dir = temp_dir("fail");
    let mut items = benchmark_items(3, NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), &dir);
    items[1].spec.regions = vec!["不存在的省".to_owned()];
    let results = batch_build(&pipeline, &evidence, &items, 2);
    assert!(results[0].is_ok());
    assert!(results[1].is_err());
    assert!(results[2].is_ok());
    assert!(!items[1].outputs[0].1.exists());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn two_briefings_writing_one_file_are_refused() {
    let pipeline = Pipeline::new(None, None).unwrap();
    let evidence = jianbao::gather_evidence(&FactsInput::Sources(None), &pipeline.catalog).unwrap();
    let dir = temp_dir("dup");
    let mut items = benchmark_items(3, NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), &dir);
    items[2].outputs[1].1 = items[0].outputs[1].1.clone();
    let results = batch_build(&pipeline, &evidence, &items, 2);
    assert!(results[0].is_ok());
    assert!(results[1].is_ok());
    match &results[2] {
        Err(BatchError::DuplicateOutput { path, first }) => {
            assert_eq!(path, &items[0].outputs[1].1);
            assert_eq!(*first, 0);
        }
        other => panic!("expected a duplicate-output error, got {other:?}"),
    }
    assert!(
        !items[2].outputs[0].1.exists(),
        "the refused briefing wrote its PDF"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

fn typst_python() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("JIANBAO_TYPST_PYTHON") {
        return Some(PathBuf::from(p));
    }
    let venv = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/typst-venv/bin/python");
    let ok = Command::new(&venv)
        .args(["-c", "import typst"])
        .output()
        .is_ok_and(|o| o.status.success());
    ok.then_some(venv)
}

#[test]
fn default_briefing_typst_export_compiles() {
    let Some(python) = typst_python() else {
        skip_or_fail("note: skipped: no Python with the `typst` package (bench-vs-typst.sh installs it in target/typst-venv)");
        return;
    };
    let pipeline = Pipeline::new(None, None).unwrap();
    let evidence = jianbao::gather_evidence(&FactsInput::Sources(None), &pipeline.catalog).unwrap();
    let dir = temp_dir("typst");
    let item = &benchmark_items(1, NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(), &dir)[0];
    let briefing = pipeline.briefing(&evidence, &item.spec).unwrap();
    let typ = dir.join("briefing.typ");
    let pdf = dir.join("briefing.pdf");
    let source = jianbao_typst::render_typst(&briefing.document, &pipeline.style);
    std::fs::write(&typ, source).unwrap();
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Command::new(python)
        .arg(manifest.join("typst_compile.py"))
        .arg(&typ)
        .arg(&pdf)
        .arg(manifest.join("../../fonts"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "typst failed on {}: {}",
        typ.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    std::fs::remove_dir_all(&dir).unwrap();
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
