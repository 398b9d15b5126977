//! Inputs the fuzzer (`cargo run --release --example fuzz -- --target sources`) found where
//! extraction wrote facts that its own check then refused: what extraction writes, checking
//! accepts.

use jianbao_extract::{check, default_catalog, extract, Sources};
use jianbao_facts::{FactSet, Manifest};

fn extract_and_check(text: &str) -> (FactSet, Vec<String>) {
    let sources = Sources::from_texts(vec![("a.txt".into(), text.into())], Manifest::default());
    let catalog = default_catalog();
    let facts = extract(&sources, &catalog);
    let problems = check(&facts, &sources, &catalog)
        .iter()
        .map(ToString::to_string)
        .collect();
    (facts, problems)
}

/// A page in traditional characters is read in simplified ones (2.6萬 is 26,000); a quote of it
/// with few traditional characters of its own must be read the same way when checked.
#[test]
fn a_traditional_page_quote_is_checked_in_its_pages_script() {
    let (facts, problems) = extract_and_check(
        "社會福利署資料顯示,本年度共有註冊社會工作者2.6萬人,較上年增加1200人;\
         資助的社會服務機構共170家,各區社工人手較去年充足。政府將繼續支援社會工作專業發展。",
    );
    assert!(
        facts.facts.iter().any(|f| f.value == 26_000.0),
        "{:?}",
        facts.facts
    );
    assert!(problems.is_empty(), "{problems:?}");
}

/// U+FFFD stands for bytes that could not be decoded; it is a visible character, not a control,
/// and a label next to it is still one line of text.
#[test]
fn a_label_next_to_an_undecodable_character_passes_check() {
    let (facts, problems) = extract_and_check(
        "合肥市社会工作部推进新就业群体服务。打造“暖心驿站”\u{fffd}\u{fffd}区”“友好街区”“友好商圈”等\
         新就业群体服务场景32家,遴选33家商户挂牌“暖新商户”。",
    );
    assert!(
        facts.facts.iter().any(|f| f.label.contains('\u{fffd}')),
        "{:?}",
        facts.facts
    );
    assert!(problems.is_empty(), "{problems:?}");
}
