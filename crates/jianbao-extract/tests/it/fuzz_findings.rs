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

/// `text` with every third digit one higher, after a heading of its own: a reprint whose
/// figures disagree, as the fuzzer's two-document inputs make them.
fn reprint_of(text: &str) -> String {
    let mut count = 0;
    let body: String = text
        .chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => {
                count += 1;
                if count % 3 == 0 {
                    char::from_digit((d + 1) % 10, 10).unwrap_or(c)
                } else {
                    c
                }
            }
            None => c,
        })
        .collect();
    format!("转载：另一家媒体\n\n{body}")
}

fn extract_and_check_with_reprint(text: &str) -> (FactSet, Vec<String>) {
    let sources = Sources::from_texts(
        vec![
            ("a.txt".into(), text.into()),
            ("b.txt".into(), reprint_of(text)),
        ],
        Manifest::default(),
    );
    let catalog = default_catalog();
    let facts = extract(&sources, &catalog);
    let problems = check(&facts, &sources, &catalog)
        .iter()
        .map(ToString::to_string)
        .collect();
    (facts, problems)
}

/// One disagreement found by two differences of one sentence pair was listed twice, under one
/// id, when another conflict sorted between them.
#[test]
fn a_disagreement_is_listed_once() {
    let (facts, problems) = extract_and_check_with_reprint(
        "某省委社会工作部2024年工作综述2865826942\n\n2025-01-20 来源:省委社会工作部\n\n\
         一年来,全省登记的社会组织共计3.1万家。截至去年底,全省实名注册志愿者达到980万人。\n\
         部长张某,1968年出生,2019年起抅任现职,全省征集人民建议2.3万条。\n",
    );
    assert!(!facts.conflicts.is_empty());
    assert!(problems.is_empty(), "{problems:?}");
}
