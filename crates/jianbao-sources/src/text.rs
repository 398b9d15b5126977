//! Text clean-up shared by the readers.

use unicode_normalization::UnicodeNormalization;

/// Kangxi radicals, CJK radical supplement forms and CJK compatibility ideographs become the
/// unified ideographs they stand for (NFKC of those characters only): PDF fonts often map glyphs
/// to them, and 社会工作 spelled with ⼯ (U+2F2F) would match nothing.
pub fn unify_ideographs(text: &str) -> String {
    if !text.chars().any(needs_unifying) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if needs_unifying(c) {
            out.extend(std::iter::once(c).nfkc());
        } else {
            out.push(c);
        }
    }
    out
}

fn needs_unifying(c: char) -> bool {
    matches!(c as u32, 0x2E80..=0x2EFF | 0x2F00..=0x2FDF | 0xF900..=0xFAFF | 0x2F800..=0x2FA1F)
}

/// Collapses runs of white space (including U+3000 and no-break spaces) to one space and trims:
/// markup's line breaks and indentation are not part of the text.
pub fn collapse_space(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for c in text.chars() {
        if c.is_whitespace() || c == '\u{a0}' || c == '\u{200b}' || c == '\u{feff}' {
            pending_space = !out.is_empty();
        } else {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push(c);
        }
    }
    out
}

/// Counts CJK ideographs: how much Chinese text a block holds.
pub fn cjk_count(text: &str) -> usize {
    text.chars().filter(|c| is_cjk(*c)).count()
}

pub fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F)
}

/// Normalises a date written as `2024-03-05`, `2024/3/5`, `2024年3月5日`, `20240305` or an ISO
/// timestamp to `YYYY-MM-DD`; `None` when it is not a plausible date.
pub fn normalize_date(text: &str) -> Option<String> {
    let digits_groups: Vec<u32> = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .take(3)
        .map(|s| s.parse::<u32>().unwrap_or(0))
        .collect();
    let (y, m, d) = match digits_groups.as_slice() {
        [compact, ..] if *compact >= 19_000_101 && *compact <= 21_001_231 => {
            (compact / 10_000, compact / 100 % 100, compact % 100)
        }
        [y, m, d, ..] => (*y, *m, *d),
        _ => return None,
    };
    chrono::NaiveDate::from_ymd_opt(y as i32, m, d)
        .filter(|_| (1949..=2100).contains(&y))
        .map(|date| date.format("%Y-%m-%d").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kangxi_radicals_and_compatibility_forms_become_unified_ideographs() {
        assert_eq!(unify_ideographs("社会⼯作"), "社会工作");
        assert_eq!(unify_ideographs("\u{F9B4}"), "\u{9818}");
        assert_eq!(unify_ideographs("志愿者"), "志愿者");
    }

    #[test]
    fn dates_in_the_usual_spellings() {
        assert_eq!(
            normalize_date("2024-03-05 10:20").as_deref(),
            Some("2024-03-05")
        );
        assert_eq!(
            normalize_date("2024年3月5日").as_deref(),
            Some("2024-03-05")
        );
        assert_eq!(normalize_date("2024/3/5").as_deref(), Some("2024-03-05"));
        assert_eq!(normalize_date("20240305").as_deref(), Some("2024-03-05"));
        assert_eq!(normalize_date("2024-02-30"), None);
        assert_eq!(normalize_date("电话 0571-8888"), None);
    }

    #[test]
    fn white_space_collapses() {
        assert_eq!(
            collapse_space("\n\u{3000}\u{3000}社会 \n 组织\u{a0} "),
            "社会 组织"
        );
    }
}
