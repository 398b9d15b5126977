//! The title's line breaks. A word processor breaks a centred Chinese title between any two
//! ideographs wherever its measure runs out: LibreOffice set 社会|工作 and 四|川 across the
//! lines of a briefing's title. The DOCX title is therefore broken here, with explicit line
//! breaks that Word and LibreOffice both honour, only between the words it keeps whole (the
//! regions and 社会工作, `Metadata::keywords`), into lines of even length (as the PDF and Typst
//! balance theirs), each narrower than the measure by a margin, so no renderer breaks it again.

use super::widths::{auto_spaced, AUTO_SPACE_EM};

/// Room left on each line, in em, for what word processors measure differently (punctuation
/// not compressed, kerning, a fallback face).
const SLACK_EM: f32 = 1.0;

/// Characters a line may not start with (GB/T 15834, clreq): closing punctuation.
fn no_line_start(c: char) -> bool {
    "、，。；：？！）》」』〉】”’…—·,.;:?!)]%".contains(c)
}

/// Characters a line may not end with: opening punctuation.
fn no_line_end(c: char) -> bool {
    "（《「『〈【“‘([".contains(c)
}

/// The lines of `title` set `measure_em` wide (the text width over the font size), each char's
/// advance in em given by `advance`. One line when it fits, or when no break fits.
pub(super) fn title_lines(
    title: &str,
    keywords: &[String],
    measure_em: f32,
    advance: impl Fn(char) -> f32,
) -> Vec<String> {
    let kept = jianbao_doc::kept_word_spans(title, keywords);
    let chars: Vec<(usize, char)> = title.char_indices().collect();
    let n = chars.len();
    // widths[i]: the advance of chars[..i] with the auto spaces between them.
    let mut widths = vec![0.0f32; n + 1];
    let mut gaps = vec![0.0f32; n];
    for (i, &(_, c)) in chars.iter().enumerate() {
        if i > 0 && auto_spaced(chars[i - 1].1, c) {
            gaps[i] = AUTO_SPACE_EM;
        }
        widths[i + 1] = widths[i] + gaps[i] + advance(c);
    }
    // A line of chars[a..b] drops the gap before its first character.
    let width = |a: usize, b: usize| widths[b] - widths[a] - gaps[a];
    let allowed = |i: usize| {
        let (at, next) = chars[i];
        let prev = chars[i - 1].1;
        let inside_word = kept.iter().any(|s| s.start < at && at < s.end);
        let inside_latin = prev.is_ascii_alphanumeric() && next.is_ascii_alphanumeric();
        !(inside_word
            || inside_latin
            || no_line_start(next)
            || no_line_end(prev)
            || jianbao_doc::binds_unit(prev, next)
            || next.is_whitespace())
    };
    let limit = measure_em - SLACK_EM;
    let greedy = |limit: f32| -> Option<Vec<usize>> {
        let mut breaks = Vec::new();
        let mut start = 0;
        while width(start, n) > limit {
            let end = (start + 1..n).rfind(|&i| allowed(i) && width(start, i) <= limit)?;
            breaks.push(end);
            start = end;
        }
        Some(breaks)
    };
    if n == 0 || width(0, n) <= limit {
        return vec![title.to_string()];
    }
    let Some(mut breaks) = greedy(limit) else {
        return vec![title.to_string()];
    };
    // The narrowest measure that needs no more lines: no line is left with a word or two.
    let count = breaks.len();
    let (mut narrow, mut wide) = (width(0, n) / (count + 1) as f32, limit);
    for _ in 0..12 {
        let mid = (narrow + wide) / 2.0;
        match greedy(mid) {
            Some(b) if b.len() <= count => {
                wide = mid;
                breaks = b;
            }
            _ => narrow = mid,
        }
    }
    let mut bounds: Vec<usize> = vec![0];
    bounds.extend(breaks.iter().map(|&i| chars[i].0));
    bounds.push(title.len());
    bounds
        .windows(2)
        .map(|w| title[w[0]..w[1]].trim().to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn em(c: char) -> f32 {
        if c.is_ascii() {
            0.5
        } else {
            1.0
        }
    }

    fn keywords(title: &str) -> Vec<String> {
        let mut words: Vec<String> = title
            .trim_end_matches("社会工作情况比较")
            .split('、')
            .map(str::to_string)
            .collect();
        words.push("社会工作".to_string());
        words
    }

    #[test]
    fn a_title_that_fits_stays_one_line() {
        let title = "浙江、山西、安徽、贵州社会工作情况比较";
        assert_eq!(title_lines(title, &keywords(title), 21.9, em), [title]);
    }

    #[test]
    fn lines_break_between_kept_words_and_are_even() {
        for title in [
            "广东、湖南、宁夏、辽宁、安徽、四川、黑龙江、新疆社会工作情况比较",
            "内蒙古、黑龙江、新疆维吾尔自治区、广西壮族自治区社会工作情况比较",
            "北京、天津、河北、山西、内蒙古、辽宁、吉林、黑龙江、上海、江苏、浙江、安徽、福建、江西社会工作情况比较",
        ] {
            let kept = keywords(title);
            let lines = title_lines(title, &kept, 21.9, em);
            assert!(lines.len() >= 2, "{lines:?}");
            assert_eq!(lines.concat(), title);
            let lengths: Vec<usize> = lines.iter().map(|l| l.chars().count()).collect();
            assert!(lengths.iter().all(|&l| l <= 20), "{lines:?}");
            let (min, max) = (lengths.iter().min(), lengths.iter().max());
            // balanced: no short last line (breaks fall only between whole words)
            assert!(2 * min.unwrap() >= *max.unwrap(), "uneven: {lines:?}");
            for line in &lines {
                assert!(!line.starts_with('、'), "{lines:?}");
            }
            // every line boundary falls between kept words, never inside one
            let mut at = 0;
            for line in &lines[..lines.len() - 1] {
                at += line.len();
                let inside = jianbao_doc::kept_word_spans(title, &kept)
                    .iter()
                    .any(|s| s.start < at && at < s.end);
                assert!(!inside, "{lines:?}");
            }
        }
    }

    #[test]
    fn a_title_never_breaks_between_a_number_and_its_unit() {
        // Padding moves each number across the line end; a break falls before the number or
        // after its unit, never between (2025年12|月).
        for pad in 0..12 {
            let title = format!("{}截至2025年12月底社会工作者27万名比较", "甲".repeat(pad));
            let lines = title_lines(&title, &[], 12.0, em);
            assert!(lines.len() >= 2, "{lines:?}");
            for pair in lines.windows(2) {
                let (end, start) = (pair[0].chars().last(), pair[1].chars().next());
                if let (Some(end), Some(start)) = (end, start) {
                    assert!(!jianbao_doc::binds_unit(end, start), "{lines:?}");
                }
            }
        }
    }

    #[test]
    fn a_title_with_no_break_that_fits_is_left_to_the_word_processor() {
        let title = "社会工作社会工作社会工作社会工作社会工作社会工作";
        let kept = vec![title.to_string()];
        assert_eq!(title_lines(title, &kept, 21.9, em), [title]);
    }
}
