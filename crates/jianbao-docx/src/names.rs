//! Break points inside long file names and addresses. A word processor treats
//! d236_anhui_suzhou_nanguan_yz_trad.txt as one word; when it does not fit after the Han text
//! before it, the justified line before it is spaced out letter by letter (seen in a briefing's
//! source list in LibreOffice). Word's own remedy is the no-width optional break (U+200B): it
//! breaks there only when needed and prints nothing. The PDF renderer allows the same breaks.

use std::borrow::Cow;

/// Runs of ASCII without spaces at least this long that hold a letter are names (files,
/// addresses) rather than words or numbers; as in the PDF renderer.
const LONG_NAME: usize = 16;

/// `text` with a no-width optional break before each `_`, `.` and `-` and after each `/` inside
/// a long name (not at its ends); other text unchanged.
pub(crate) fn with_name_breaks(text: &str) -> Cow<'_, str> {
    let chars: Vec<char> = text.chars().collect();
    let mut out: Option<String> = None;
    let mut start = 0;
    let mut copied = 0;
    while start < chars.len() {
        if !chars[start].is_ascii_graphic() {
            start += 1;
            continue;
        }
        let mut end = start;
        while end < chars.len() && chars[end].is_ascii_graphic() {
            end += 1;
        }
        let has_letter = chars[start..end].iter().any(char::is_ascii_alphabetic);
        if end - start >= LONG_NAME && has_letter {
            let buffer = out.get_or_insert_with(String::new);
            buffer.extend(&chars[copied..start]);
            for i in start..end {
                if i >= start + 2 && i < end - 1 {
                    let (prev, next) = (chars[i - 1], chars[i]);
                    if matches!(next, '_' | '.' | '-') || prev == '/' {
                        buffer.push('\u{200B}');
                    }
                }
                buffer.push(chars[i]);
            }
            copied = end;
        }
        start = end;
    }
    match out {
        Some(mut buffer) => {
            buffer.extend(&chars[copied..]);
            Cow::Owned(buffer)
        }
        None => Cow::Borrowed(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_file_name_gets_optional_breaks_and_nothing_else_changes() {
        assert_eq!(
            with_name_breaks("文件名d236_anhui_suzhou_nanguan.txt），刊载"),
            "文件名d236\u{200B}_anhui\u{200B}_suzhou\u{200B}_nanguan\u{200B}.txt），刊载"
        );
        assert_eq!(
            with_name_breaks("见www.example.cn/a/b"),
            "见www\u{200B}.example\u{200B}.cn/\u{200B}a/b"
        );
        for text in ["a_b.txt与1691.47万人", "共有27.5万人", "short_name.txt"] {
            assert!(matches!(with_name_breaks(text), Cow::Borrowed(_)), "{text}");
        }
    }
}
