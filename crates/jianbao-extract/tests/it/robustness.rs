//! Every quote is exact, facts are deterministic, bad files give located errors, and no input panics.

use jianbao_extract::{check, default_catalog, extract, ExtractError, Sources};
use jianbao_facts::{Catalog, FactSet, Manifest};
use proptest::prelude::*;
use std::path::Path;

#[test]
fn every_quote_is_the_original_text_at_its_span() {
    let sources = Sources::embedded();
    let facts = extract(&sources, &default_catalog());
    assert!(facts.facts.len() > 100, "only {} facts", facts.facts.len());
    for f in &facts.facts {
        for c in f.citations() {
            let text = &sources.document(&c.doc).expect("cited document").text;
            let at: String = text
                .chars()
                .skip(c.span[0])
                .take(c.span[1] - c.span[0])
                .collect();
            assert_eq!(at, c.quote, "fact {}", f.id);
        }
    }
    for c in &facts.conflicts {
        for v in &c.variants {
            let text = &sources
                .document(&v.citation.doc)
                .expect("cited document")
                .text;
            let at: String = text
                .chars()
                .skip(v.citation.span[0])
                .take(v.citation.span[1] - v.citation.span[0])
                .collect();
            assert_eq!(at, v.citation.quote, "conflict {}", c.id);
            assert!(
                v.citation.quote.contains(&v.text) || at.replace([' ', '\n'], "").contains(&v.text),
                "conflict {}: {:?} not in {:?}",
                c.id,
                v.text,
                v.citation.quote
            );
        }
    }
    assert!(
        check(&facts, &sources, &default_catalog()).is_empty(),
        "{:?}",
        check(&facts, &sources, &default_catalog())
    );
}

#[test]
fn output_is_deterministic_sorted_and_ids_unique() {
    let sources = Sources::embedded();
    let a = extract(&sources, &default_catalog());
    let b = extract(&sources, &default_catalog());
    assert_eq!(a, b);
    let keys: Vec<_> = a.facts.iter().map(|f| (f.doc.clone(), f.span)).collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    let mut ids: Vec<_> = a.facts.iter().map(|f| f.id.clone()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), a.facts.len());
}

#[test]
fn the_reprint_is_merged_and_its_disagreements_listed() {
    let facts = extract(&Sources::embedded(), &default_catalog());
    let certified = facts
        .facts
        .iter()
        .find(|f| f.metric.as_deref() == Some("social_workers.certified") && f.province == "浙江")
        .expect("浙江 certified social workers");
    assert_eq!(certified.value, 275_000.0);
    assert!(
        certified.doc.starts_with("001")
            && certified
                .also_cited
                .iter()
                .any(|c| c.doc.starts_with("000"))
    );
    let pairs: Vec<(String, String)> = facts
        .conflicts
        .iter()
        .map(|c| (c.variants[0].text.clone(), c.variants[1].text.clone()))
        .collect();
    for (a, b) in [
        ("衢州市滴滴服务站", "衢州市滴水服务团"),
        ("天宁评谈", "天守评谈"),
        ("中央社会工作会议", "中央社会工作部"),
    ] {
        assert!(
            pairs.contains(&(a.to_owned(), b.to_owned())),
            "missing conflict {a} / {b}: {pairs:?}"
        );
    }
}

#[test]
fn check_reports_moved_quotes_unknown_metrics_and_duplicate_ids() {
    let sources = Sources::embedded();
    let catalog = default_catalog();
    let mut facts = extract(&sources, &catalog);
    facts.facts[0].span[0] += 1;
    facts.facts[1].metric = Some("no.such_metric".to_owned());
    facts.facts[3].id = facts.facts[2].id.clone();
    let problems: Vec<String> = check(&facts, &sources, &catalog)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        problems
            .iter()
            .any(|p| p.contains(&facts.facts[0].id) && p.contains("is not at span")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("no.such_metric") && p.contains("not in the catalog")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("more than one fact")),
        "{problems:?}"
    );
}

#[test]
fn malformed_facts_and_catalog_files_are_located() {
    let dir = std::env::temp_dir().join(format!("jianbao-extract-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let facts_path = dir.join("facts.json");
    std::fs::write(
        &facts_path,
        "{\"facts\": [\n  {\"id\": \"x\",\n   \"theme\": \"no_such_theme\"}\n]}",
    )
    .unwrap();
    let err = FactSet::load(&facts_path).unwrap_err().to_string();
    assert!(err.contains("facts.json:") && err.contains(":3:"), "{err}");
    let catalog_path = dir.join("metrics.toml");
    std::fs::write(
        &catalog_path,
        "[[metric]]\nkey = \"a\"\ntheme = \"volunteers\"\nlabel = \"x\"\npatterns = [\"a\",\n",
    )
    .unwrap();
    let err = Catalog::load(&catalog_path).unwrap_err().to_string();
    assert!(
        err.contains("metrics.toml:") && (err.contains(":5:") || err.contains(":6:")),
        "{err}"
    );
    std::fs::write(
        &catalog_path,
        "[[metric]]\nkey = \"a\"\ntheme = \"no_such_theme\"\nlabel = \"x\"\n",
    )
    .unwrap();
    let err = Catalog::load(&catalog_path).unwrap_err().to_string();
    assert!(err.contains("metrics.toml:3:"), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn from_dir_reads_gb18030_and_names_undecodable_files() {
    let dir = std::env::temp_dir().join(format!("jianbao-extract-dir-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (gbk, _, _) = encoding_rs::GB18030.encode("山西省太原市社会工作综述\n截至目前,全省持证社会工作者2.4万人,社会工作人才队伍和志愿服务队伍不断壮大。");
    std::fs::write(dir.join("a.txt"), &gbk).unwrap();
    let sources = Sources::from_dir(&dir).unwrap();
    assert_eq!(sources.documents()[0].encoding.as_str(), "GB18030");
    assert_eq!(sources.manifest().sources[0].province, "山西");
    let facts = extract(&sources, &default_catalog());
    assert!(
        facts
            .facts
            .iter()
            .any(|f| f.value == 24_000.0 && f.province == "山西" && f.as_of.is_none()),
        "{facts:?}"
    );
    std::fs::write(dir.join("b.txt"), b"ok\xff\xfe\xfd").unwrap();
    match Sources::from_dir(&dir) {
        Err(e @ ExtractError::Undecodable { .. }) => assert!(
            e.to_string().contains("b.txt") && e.to_string().contains("byte 2"),
            "{e}"
        ),
        other => panic!("expected an encoding error, got {other:?}"),
    }
    std::fs::remove_dir_all(&dir).ok();
}

fn extract_text(text: String) -> FactSet {
    let sources = Sources::from_texts(vec![("x.txt".to_owned(), text)], Manifest::default());
    extract(&sources, &default_catalog())
}

#[test]
fn embedded_sources_are_complete() {
    let sources = Sources::embedded();
    assert_eq!(sources.documents().len(), 5);
    assert_eq!(sources.manifest().sources.len(), 5);
    for doc in sources.documents() {
        let info = sources
            .manifest()
            .get(&doc.file)
            .expect("every seed is in sources.toml");
        assert!(
            info.date.is_some() && info.date_basis.is_some(),
            "{}",
            doc.file
        );
        assert_eq!(doc.encoding.as_str(), "UTF-8");
    }
}

/// A page of blanks and one word repeated with no punctuation (a broken export) is read to the
/// end, alone and twice in one run. How long it takes is a timing check outside the default run
/// (long_inputs.rs): a wall-clock limit here failed on a loaded machine.
#[test]
fn large_unpunctuated_input_is_read() {
    let page = format!(
        "{}社会工作者27.5万人{}",
        " ".repeat(200_000),
        "志愿者".repeat(50_000)
    );
    let facts = extract_text(page.clone());
    let twice = Sources::from_texts(
        vec![
            ("a.txt".to_owned(), page.clone()),
            ("b.txt".to_owned(), page),
        ],
        Manifest::default(),
    );
    let both = extract(&twice, &default_catalog());
    assert!(facts.facts.iter().all(|f| f.value.is_finite()));
    assert!(both.facts.iter().all(|f| f.value.is_finite()));
}

#[test]
fn edge_inputs_do_not_panic() {
    for text in [
        "",
        "\n\n\n",
        "99999999999999999999亿人",
        "近九九九九九九九九九九九九亿亿亿亿名",
        "1.2.3.4万家",
        "“",
        "””“",
        "分之一",
        "六分之",
        "十几",
        "200元到",
    ] {
        let facts = extract_text(text.to_owned());
        assert!(facts.facts.iter().all(|f| f.value.is_finite()), "{text}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn random_unicode_never_panics(text in "\\PC{0,300}") {
        let facts = extract_text(text.clone());
        for f in &facts.facts {
            let at: String = text.chars().skip(f.span[0]).take(f.span[1] - f.span[0]).collect();
            prop_assert_eq!(at, f.quote.clone());
        }
    }

    #[test]
    fn chinese_like_text_never_panics(text in "[0-9０-９一二三四五六七八九十百千万亿两几余多近超约个人名家元%。，,；\n “”分之到至第年月日 全省浙江宁波社会组织志愿者]{0,200}") {
        let facts = extract_text(text.clone());
        for f in &facts.facts {
            prop_assert!(f.value.is_finite());
            let at: String = text.chars().skip(f.span[0]).take(f.span[1] - f.span[0]).collect();
            prop_assert_eq!(at, f.quote.clone());
        }
    }

    #[test]
    fn random_bytes_decode_or_fail_cleanly(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let dir = std::env::temp_dir().join(format!("jianbao-extract-bytes-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("r.txt"), &bytes).unwrap();
        match Sources::from_dir(&dir) {
            Ok(sources) => { let _ = extract(&sources, &default_catalog()); }
            Err(e) => prop_assert!(e.to_string().contains("r.txt")),
        }
    }
}

#[test]
fn catalog_entries_are_data() {
    // a new metric is one more table in the TOML, no code
    let text = format!("{}\n[[metric]]\nkey = \"volunteers.new_row\"\ntheme = \"volunteers\"\nlabel = \"常驻志愿者\"\nunit = \"名\"\npatterns = [\"常驻志愿者\"]\n", include_str!("../../../../data/metrics.toml"));
    let catalog = Catalog::parse(&text, Path::new("metrics.toml")).unwrap();
    let facts = extract(&Sources::embedded(), &catalog);
    assert!(facts
        .facts
        .iter()
        .any(|f| f.metric.as_deref() == Some("volunteers.new_row") && f.value == 53.0));
}
