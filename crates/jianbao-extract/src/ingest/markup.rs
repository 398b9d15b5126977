//! Image markup between and inside the lines of an article: an `<img>` tag, a Markdown picture
//! `![alt](address)`, a placeholder a copy printed where a picture stood ([图片], 【图】), or the
//! picture's file name (IMG_0512.jpg). None of it is text: normalising reads past it as if it
//! were not there (the original, and every quote, keep it). A line of it left in place would
//! split the sentence it interrupts, and, standing after blank lines as a title does, start a
//! new article: a street page cut at every picture into pieces each too short to be judged on
//! topic gave nothing. The vocabulary is data (data/image-markup.toml).

use std::sync::OnceLock;

#[cfg(test)]
const IMAGE_MARKUP: &str = include_str!("../../../../data/image-markup.toml");

// `MARKUP_WORDS`: data/image-markup.toml as `MarkupWords` of static lists, written when the crate
// was built (build.rs, build/flat_lists.rs), so that no start parses its TOML; the tests check
// it equals the parse.
include!(concat!(env!("OUT_DIR"), "/markup_words.rs"));

/// data/image-markup.toml: its lists are `L` (`Vec<String>` as the tests parse them, static
/// slices as build.rs writes them).
#[derive(serde::Deserialize, Debug)]
struct MarkupWords<L> {
    placeholders: L,
    extensions: L,
}

struct Markup {
    placeholders: Vec<Vec<char>>,
    /// `.jpg`, `.png` …, lower case.
    extensions: Vec<Vec<char>>,
}

fn markup() -> &'static Markup {
    static WORDS: OnceLock<Markup> = OnceLock::new();
    WORDS.get_or_init(|| {
        let words = &MARKUP_WORDS;
        Markup {
            placeholders: words
                .placeholders
                .iter()
                .map(|w| w.chars().flat_map(char::to_lowercase).collect())
                .collect(),
            extensions: words
                .extensions
                .iter()
                .map(|e| std::iter::once('.').chain(e.chars()).collect())
                .collect(),
        }
    })
}

/// The longest tag or Markdown picture read past (a data: address can be long; a longer run is
/// text with a stray bracket).
const MAX_MARKUP_CHARS: usize = 2000;

/// A bare placeholder line is at most this long (图片加载中12).
const MAX_PLACEHOLDER_CHARS: usize = 12;

/// The longest line taken for a picture's file name or address.
const MAX_FILE_NAME_CHARS: usize = 200;

/// The length of the image markup that opens with `c`, followed by `rest`: an `<img …>` tag or a
/// Markdown picture `![alt](address)`; 0 when there is none.
#[inline]
pub(crate) fn inline_len(c: char, rest: impl Iterator<Item = char> + Clone) -> usize {
    match c {
        '<' => {
            let mut tag = rest.clone().take(3).map(|c| c.to_ascii_lowercase());
            if !(tag.next() == Some('i') && tag.next() == Some('m') && tag.next() == Some('g')) {
                return 0;
            }
            // <img …>: to the closing >, with no other tag opening inside
            for (read, next) in (2..).zip(rest.take(MAX_MARKUP_CHARS)) {
                match next {
                    '>' => return read,
                    '<' | '\n' => return 0,
                    _ => {}
                }
            }
            0
        }
        '!' => {
            let mut rest = rest.take(MAX_MARKUP_CHARS);
            if rest.next() != Some('[') {
                return 0;
            }
            // ![alt](address): the alt text to ], then ( at once, then the address to )
            let mut read = 2;
            let mut stage = 0;
            for next in rest {
                read += 1;
                match (stage, next) {
                    (_, '\n') => return 0,
                    (0, ']') => stage = 1,
                    (1, '(') => stage = 2,
                    (1, _) => return 0,
                    (2, ')') => return read,
                    _ => {}
                }
            }
            0
        }
        _ => 0,
    }
}

/// Whether a (folded, simplified) line is nothing but image markup: tags only (<p><img …></p>,
/// <br/>), Markdown pictures only, a placeholder ([图片], 【图2】, 视频) or a picture's file name
/// or address (微信图片_20240512.jpg, /upload/2024/05/a1.png?x=1).
pub(crate) fn is_image_line(line: &[char]) -> bool {
    // most lines are text: they open with none of the marks markup opens with, are longer than
    // a bare placeholder and end in no file name's letter (one test, no copy)
    let opens_markup = line
        .first()
        .is_some_and(|c| matches!(c, '<' | '!' | '[' | '【' | '(' | '（' | '「' | '〔'));
    let ends_name = line.last().is_some_and(char::is_ascii_alphanumeric);
    if !opens_markup && !ends_name && line.len() > MAX_PLACEHOLDER_CHARS {
        return false;
    }
    let text: Vec<char> = line
        .iter()
        .copied()
        .filter(|c| !c.is_whitespace())
        .collect();
    if text.is_empty() {
        return false;
    }
    only_markup(&text) || is_placeholder(&text) || is_file_name(&text)
}

/// Tags and Markdown pictures with nothing between them.
fn only_markup(text: &[char]) -> bool {
    let mut i = 0;
    let mut any = false;
    while i < text.len() {
        let rest = text[i + 1..].iter().copied();
        let len = match text[i] {
            '<' if text
                .get(i + 1)
                .is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, '/' | '!')) =>
            {
                // any tag: to its closing >
                text[i + 1..]
                    .iter()
                    .take(MAX_MARKUP_CHARS)
                    .position(|&c| c == '>')
                    .filter(|&p| !text[i + 1..i + 1 + p].contains(&'<'))
                    .map_or(0, |p| p + 2)
            }
            '!' => inline_len('!', rest),
            _ => 0,
        };
        if len == 0 {
            return false;
        }
        // a tag only counts as markup with a picture among the tags, or as a bare tag line
        any = true;
        i += len;
    }
    any
}

/// A placeholder word, bare or in one pair of brackets, perhaps numbered.
fn is_placeholder(text: &[char]) -> bool {
    let inner = match (text.first(), text.last()) {
        (
            Some('[' | '【' | '(' | '（' | '<' | '「' | '〔'),
            Some(']' | '】' | ')' | '）' | '>' | '」' | '〕'),
        ) if text.len() >= 3 => &text[1..text.len() - 1],
        _ => text,
    };
    let word_end = inner
        .iter()
        .rposition(|c| !c.is_ascii_digit())
        .map_or(0, |p| p + 1);
    let word: Vec<char> = inner[..word_end]
        .iter()
        .flat_map(|c| c.to_lowercase())
        .collect();
    markup().placeholders.contains(&word)
}

/// A picture's file name or address: one word ending in a picture's extension (perhaps with a
/// query after it), without a clause mark.
fn is_file_name(text: &[char]) -> bool {
    if text.len() > MAX_FILE_NAME_CHARS
        || text
            .iter()
            .any(|&c| matches!(c, '，' | ',' | '。' | '；' | ';' | '、' | '：'))
    {
        return false;
    }
    let lower: Vec<char> = text.iter().map(|c| c.to_ascii_lowercase()).collect();
    let name_end = lower.iter().position(|&c| c == '?').unwrap_or(lower.len());
    let name = &lower[..name_end];
    markup()
        .extensions
        .iter()
        .any(|e| name.len() > e.len() && name.ends_with(e))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn the_data_file_parses_with_words_in_both_lists() {
        let words: MarkupWords<Vec<String>> =
            toml::from_str(IMAGE_MARKUP).expect("data/image-markup.toml");
        assert!(!words.placeholders.is_empty() && !words.extensions.is_empty());
    }

    #[test]
    fn the_static_words_are_the_data_file() {
        let parsed: MarkupWords<Vec<String>> =
            toml::from_str(IMAGE_MARKUP).expect("data/image-markup.toml");
        assert_eq!(format!("{MARKUP_WORDS:#?}"), format!("{parsed:#?}"));
    }

    #[test]
    fn picture_lines_of_every_kind_are_markup() {
        for line in [
            "<img src=\"/upload/2024/05/a1.jpg\" alt=\"社区服务中心外景\">",
            "<p><img src=\"a.png\"/></p>",
            "<br/>",
            "![](https://example.cn/a.jpg)",
            "![社区服务中心外景](a.jpg) ![](b.png)",
            "[图片]",
            "【图2】",
            "(图片)",
            "视频",
            "[IMAGE]",
            "IMG_20240512_093011.jpg",
            "微信图片_20240512.JPG",
            "/upload/2024/05/a1.png?x=1",
        ] {
            assert!(is_image_line(&chars(line)), "{line}");
        }
    }

    #[test]
    fn text_lines_are_not_markup() {
        for line in [
            "图为社区服务中心外景。",
            "图片来源:建昌道街道",
            "<<社区工作者条例>>",
            "社区设有服务窗口6个,功能室14间。",
            "图书馆",
            "访问www.example.cn了解详情,或下载附件方案.pdf",
            "[通知]",
        ] {
            assert!(!is_image_line(&chars(line)), "{line}");
        }
    }

    #[test]
    fn inline_markup_is_measured_to_its_end() {
        let len = |s: &str| {
            let c: Vec<char> = s.chars().collect();
            inline_len(c[0], c[1..].iter().copied())
        };
        assert_eq!(len("<img src=\"a.jpg\">下辖"), 17);
        assert_eq!(len("<IMG SRC=a.jpg>"), 15);
        assert_eq!(len("![外景](a.jpg)下辖"), 12);
        assert_eq!(len("<p>下辖"), 0);
        assert_eq!(len("!很好"), 0);
        assert_eq!(len("![未闭合"), 0);
        assert_eq!(len("<img 没有结尾\n"), 0);
    }
}
