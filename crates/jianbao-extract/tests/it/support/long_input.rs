//! Long generated articles of the shapes the fuzzer found extraction hanging on: one huge
//! sentence full of figures and catalog words (with and without clause breaks), a huge paragraph
//! of short sentences whose figures take their theme from the paragraph, and a huge headline.

/// The shape of a generated article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// One sentence of clauses, each with a figure and a catalog wording.
    Sentence,
    /// One sentence without any clause break: every figure shares one clause.
    Unbroken,
    /// One paragraph of short sentences without theme words of their own.
    Paragraph,
    /// A headline line with theme words, then short sentences that take its theme.
    Headline,
    /// One sentence of figures each followed by a quotation mark that is never closed.
    Unclosed,
}

impl Shape {
    pub const ALL: [Shape; 5] = [
        Shape::Sentence,
        Shape::Unbroken,
        Shape::Paragraph,
        Shape::Headline,
        Shape::Unclosed,
    ];
}

/// An article of `shape` of about `bytes` bytes (UTF-8).
pub fn generate(shape: Shape, bytes: usize) -> String {
    let (head, piece, tail) = match shape {
        Shape::Sentence => (
            "全省推进社会工作。",
            "持证社会工作者达到2.4万人，新增志愿者123名、社区社会组织45家，",
            "。",
        ),
        Shape::Unbroken => (
            "全省推进社会工作。",
            "持证社会工作者2.4万人志愿者123名",
            "。",
        ),
        Shape::Paragraph => (
            "全省推进社会工作。",
            "共建成站点12个。新增服务中心3家。",
            "",
        ),
        Shape::Unclosed => ("全省推进社会工作。", "社区志愿者服务站3个“暖新驿站", "。"),
        Shape::Headline => (
            "",
            "新就业群体志愿服务社会组织",
            "\n\n共建成站点12个。新增服务中心3家。",
        ),
    };
    let mut text = String::from(head);
    while text.len() + tail.len() < bytes {
        text.push_str(piece);
    }
    text.push_str(tail);
    if shape == Shape::Headline {
        // the body's sentences, as many bytes again as the headline
        let sentences = "共建成站点12个。新增服务中心3家。";
        let body = text.len();
        while text.len() < 2 * body {
            text.push_str(sentences);
        }
    }
    text
}
