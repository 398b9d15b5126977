//! Issue 12: hostile Markdown (deep nesting, characters no format can carry, runaway size)
//! gets a located error or is cleaned, never a stack overflow.

use jianbao_doc::{parse_markdown, plain_text, Block, MAX_MARKDOWN_BYTES};

#[test]
fn a_300_level_list_is_an_error_not_a_stack_overflow() {
    let mut text = String::new();
    for level in 0..300 {
        text.push_str(&"  ".repeat(level));
        text.push_str("- 项\n");
    }
    let err = parse_markdown(&text, "t.md").unwrap_err().to_string();
    assert!(err.starts_with("t.md:") && err.contains("nested"), "{err}");
}

#[test]
fn deep_quotes_and_emphasis_are_errors() {
    let quotes = format!("{} 引文\n", ">".repeat(1000));
    assert!(parse_markdown(&quotes, "q.md").is_err());
    let emphasis = format!("{}字{}", "*_".repeat(2500), "_*".repeat(2500));
    // pulldown-cmark may read part of it as text; it must never nest past the limit
    if let Ok(doc) = parse_markdown(&emphasis, "e.md") {
        assert!(!doc.blocks.is_empty());
    }
    let shallow = "> 引文\n>\n> - 列表 **加粗 _强调_**\n";
    assert!(parse_markdown(shallow, "s.md").is_ok());
}

#[test]
fn characters_no_format_can_carry_are_removed() {
    let doc = parse_markdown(
        "浙江\u{fffe}\u{ffff}省\u{0}\u{b}\u{1b}社会\u{2028}工作\n",
        "c.md",
    )
    .unwrap();
    let Block::Paragraph { content: inlines } = &doc.blocks[0] else {
        panic!("{:?}", doc.blocks)
    };
    assert_eq!(plain_text(inlines), "浙江省社会 工作");
}

#[test]
fn runaway_markdown_is_refused() {
    let text = "段落。\n\n".repeat(MAX_MARKDOWN_BYTES / 10 + 1);
    let err = parse_markdown(&text, "big.md").unwrap_err().to_string();
    assert!(err.contains("over the limit"), "{err}");
}
