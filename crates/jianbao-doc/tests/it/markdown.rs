use jianbao_doc::{parse_markdown, plain_text, Align, Block, Inline};

const BRIEFING: &str = r#"+++
title = "四省社会工作比较简报"
subtitle = "浙江、山西、安徽、贵州"
author = "jianbao"
date = "2026年11月22日"
keywords = ["社会工作", "比较"]
+++

# 一、总体情况

浙江持证社会工作者**27.5万人**，居全国首位[^s1]。
这是第二行，软换行不应插入空格。

Table: 表1 社会工作人才

| 指标 | 浙江 | 山西 |
|:-----|-----:|:----:|
| 持证社会工作者 | 27.5万人[^s1] | 2.4万人 |
| 志愿者 | *近*2000万 | 未披露 |

注：山西数据为全省口径。

注②：巢湖市为县级市口径。

- 第一项
- 第二项 with English
  words

1. 有序

<!-- pagebreak -->

> 截至目前，浙江持证社会工作者27.5万人。

---

[^s1]: 潮新闻《浙江如何落实部署》。
"#;

#[test]
fn briefing_parses_to_the_expected_model() {
    let doc = parse_markdown(BRIEFING, "briefing.md").unwrap();
    assert_eq!(doc.meta.title, "四省社会工作比较简报");
    assert_eq!(doc.meta.subtitle.as_deref(), Some("浙江、山西、安徽、贵州"));
    assert_eq!(doc.meta.keywords, vec!["社会工作", "比较"]);
    assert_eq!(doc.meta.language, "zh-CN");

    let kinds: Vec<&str> = doc
        .blocks
        .iter()
        .map(|b| match b {
            Block::Heading { .. } => "h",
            Block::Paragraph { .. } => "p",
            Block::List(_) => "list",
            Block::Table(_) => "table",
            Block::BlockQuote { .. } => "quote",
            Block::Rule => "rule",
            Block::PageBreak => "break",
            Block::CodeBlock { .. } => "code",
            Block::Chart(_) => "chart",
        })
        .collect();
    assert_eq!(
        kinds,
        ["h", "p", "table", "list", "list", "break", "quote", "rule"]
    );

    let Block::Paragraph { content } = &doc.blocks[1] else {
        panic!()
    };
    assert_eq!(
        plain_text(content),
        "浙江持证社会工作者27.5万人，居全国首位[1]。这是第二行，软换行不应插入空格。"
    );
    assert!(matches!(&content[1], Inline::Strong { content } if plain_text(content) == "27.5万人"));

    let Block::Table(table) = &doc.blocks[2] else {
        panic!()
    };
    assert_eq!(
        plain_text(table.caption.as_ref().unwrap()),
        "表1 社会工作人才"
    );
    assert_eq!(table.align, [Align::Left, Align::Right, Align::Center]);
    assert_eq!(table.header.len(), 1);
    assert_eq!(plain_text(&table.header[0][1].content), "浙江");
    assert_eq!(table.rows.len(), 2);
    assert_eq!(plain_text(&table.rows[0][1].content), "27.5万人[1]");
    assert_eq!(plain_text(&table.rows[1][2].content), "未披露");
    assert_eq!(table.notes.len(), 2);
    assert_eq!(plain_text(&table.notes[1]), "注②：巢湖市为县级市口径。");

    let Block::List(list) = &doc.blocks[3] else {
        panic!()
    };
    assert_eq!(list.start, None);
    let Block::Paragraph { content } = &list.items[1][0] else {
        panic!()
    };
    assert_eq!(plain_text(content), "第二项 with English words");
    let Block::List(ordered) = &doc.blocks[4] else {
        panic!()
    };
    assert_eq!(ordered.start, Some(1));

    assert_eq!(doc.footnotes.len(), 1);
    assert_eq!(doc.footnotes[0].number, 1);
    assert_eq!(doc.footnotes[0].label, "s1");

    let texts = doc.visible_texts();
    assert!(texts.contains(&"潮新闻《浙江如何落实部署》。".to_owned()));
    assert!(texts.contains(&"有序".to_owned()));
}

#[test]
fn footnotes_are_numbered_by_first_reference() {
    let md = "甲[^b]乙[^a]丙[^b]\n\n[^a]: A\n\n[^b]: B\n";
    let doc = parse_markdown(md, "t.md").unwrap();
    let labels: Vec<_> = doc
        .footnotes
        .iter()
        .map(|f| (f.number, f.label.as_str()))
        .collect();
    assert_eq!(labels, [(1, "b"), (2, "a")]);
}

#[test]
fn undefined_footnote_is_located() {
    let err = parse_markdown("第一行\n\n第二行[^x]\n", "brief.md").unwrap_err();
    assert_eq!((err.line, err.column), (3, 4));
    assert!(
        err.to_string().starts_with("brief.md:3:4: footnote [^x]"),
        "{err}"
    );
}

#[test]
fn bad_front_matter_is_located_in_the_markdown() {
    let err = parse_markdown(
        "+++\ntitle = \"a\"\ntitel = \"b\"\n+++\n\n正文\n",
        "brief.md",
    )
    .unwrap_err();
    assert_eq!(err.line, 3, "{err}");
    assert!(err.message.contains("titel"), "{err}");
}

#[test]
fn raw_html_and_images_are_rejected_with_location() {
    let err = parse_markdown("正文\n\n<div>x</div>\n", "b.md").unwrap_err();
    assert_eq!(err.line, 3);
    let err = parse_markdown("图 ![x](a.png)\n", "b.md").unwrap_err();
    assert!(err.message.contains("images"), "{err}");
}

#[test]
fn caption_after_table_is_taken() {
    let md = "| a | b |\n|---|---|\n| 1 | 2 |\n\n表：事后标题\n\n正文\n";
    let doc = parse_markdown(md, "t.md").unwrap();
    let Block::Table(t) = &doc.blocks[0] else {
        panic!()
    };
    assert_eq!(plain_text(t.caption.as_ref().unwrap()), "事后标题");
    assert_eq!(doc.blocks.len(), 2);
}
