//! Tests of measuring, line breaking (clreq rules) and justification.

use super::*;

fn measured(text: &str) -> Vec<Measured> {
    let style = CharStyle {
        family: Family::Serif,
        bold: false,
        size: 10.0,
        color: Color { r: 0, g: 0, b: 0 },
        rise: 0.0,
        link: None,
        note: false,
    };
    let mut prev: Option<char> = None;
    text.chars()
        .map(|ch| {
            let gap = match prev {
                Some(p) if is_cjk_latin_boundary(p, ch) => 2.5,
                _ => 0.0,
            };
            prev = Some(ch);
            Measured {
                ch,
                face: FaceId::ALL[0],
                style,
                advance: if ch.is_ascii() { 5.0 } else { 10.0 },
                glyph_advance: if ch.is_ascii() { 5.0 } else { 10.0 },
                gap_before: gap,
                drawn: true,
            }
        })
        .collect()
}

fn breakable_before(text: &str) -> Vec<char> {
    let m = measured(text);
    let b = break_opportunities(&m);
    (1..m.len())
        .filter(|&i| b.allowed[i])
        .map(|i| m[i].ch)
        .collect()
}

#[test]
fn numbers_keep_their_units() {
    let text = "共有27.5万人参加，提高34个百分点至79%。";
    let m = measured(text);
    let b = break_opportunities(&m);
    let chars: Vec<char> = text.chars().collect();
    let glued = |from: usize, to: usize| (from + 1..to).all(|i| !b.allowed[i]);
    let find = |s: &str| text[..text.find(s).unwrap()].chars().count();
    let at = find("27.5万人");
    assert!(glued(at, at + 6), "{:?}", &chars[at..at + 6]);
    let at = find("34个百分点");
    assert!(glued(at, at + 6));
    let at = find("79%");
    assert!(glued(at, at + 4), "79% and the full stop stay together");
}

#[test]
fn closing_marks_never_start_and_opening_marks_never_end_a_line() {
    let text = "他说：“《报告》（2026年）显示——增长……明显”。";
    for c in breakable_before(text) {
        assert!(!no_line_start(c), "break allowed before {c}");
    }
    let m = measured(text);
    let b = break_opportunities(&m);
    for i in 1..m.len() {
        if b.allowed[i] {
            assert!(
                !no_line_end(m[i - 1].ch),
                "break allowed after {}",
                m[i - 1].ch
            );
            assert!(!(m[i - 1].ch == '—' && m[i].ch == '—'));
            assert!(!(m[i - 1].ch == '…' && m[i].ch == '…'));
        }
    }
}

#[test]
fn justified_lines_fill_the_width_and_the_last_line_is_ragged() {
    let m = measured(&"浙江持证社会工作者数量居全国首位，".repeat(5));
    let lines = break_lines(&m, 95.0, 95.0, TextAlign::Justify);
    assert!(lines.len() > 3);
    for line in &lines[..lines.len() - 1] {
        let last = line.end - 1 - line.start;
        let right = line.xs[last] + m[line.end - 1].advance;
        assert!((right - 95.0).abs() < 0.05, "line ends at {right}");
    }
    let last = lines.last().unwrap();
    assert!(last.xs[last.xs.len() - 1] + 10.0 < 95.0);
    for line in &lines {
        assert!(!no_line_start(m[line.start].ch));
    }
}

#[test]
fn a_file_name_is_never_letter_spaced() {
    // A source titled by its file name: one unbreakable run of Latin letters, digits,
    // underscores and dots. A justified line holding it opens at punctuation and Han gaps,
    // and a line that is the run alone stays as set: never between the run's characters.
    let name = "d244_anhui_hanshan_zyz_report.txt";
    for text in [format!("依据《{name}》比较"), name.to_owned()] {
        let m = set(&text);
        for slack in [3.0, 12.0, 40.0] {
            let extra = justify::distribute(&m, 0, m.len(), slack, true);
            for (k, e) in extra.iter().enumerate() {
                let (a, b) = (m[k].ch, m[k + 1].ch);
                if a.is_ascii_graphic() && b.is_ascii_graphic() {
                    assert!(e.abs() < 0.01, "{a}|{b} spaced by {e} in {text}");
                }
            }
        }
    }
}

#[test]
fn a_long_file_name_breaks_before_the_line_ahead_of_it_is_spaced_out() {
    // A source list entry: Han text, then a file name too long to join it on the line.
    let m = set("宿州市埇桥区南关街道报道（原文无标题，文件名d236_anhui_suzhou_nanguan_yz_trad.txt），刊载媒体未注明，日期不详；引用数据3项。");
    for width in [250.0, 270.0, 290.0, 310.0] {
        let lines = break_lines(&m, width, width, TextAlign::Justify);
        for line in &lines[..lines.len() - 1] {
            for gap in crate::justify::han_gaps(&m, &line.xs, line.start) {
                assert!(gap < 0.1, "Han gap {gap} em at width {width}");
            }
        }
    }
    // short runs and numbers never break
    let b = break_opportunities(&set("文件a_b.txt与1691.47万人"));
    assert!(b.last_resort[..13].iter().all(|r| *r == 0));
}

#[test]
fn latin_gets_a_quarter_em_from_han() {
    let m = measured("共有AI应用");
    assert_eq!(m[2].gap_before, 2.5);
    assert_eq!(m[3].gap_before, 0.0);
    assert_eq!(m[4].gap_before, 2.5);
}

/// Measured text as `Collector::measure` sets it: gaps and punctuation compression.
fn set(text: &str) -> Vec<Measured> {
    let mut m = measured(text);
    compress_punctuation(&mut m);
    m
}

#[test]
fn every_adjacent_punctuation_pair_is_compressed() {
    // "）：「" and "：《": the colon and the closing bracket give up their blank halves.
    let m = set("年）：「到");
    assert_eq!(m[1].advance, 5.0, "）before ：");
    assert_eq!(m[2].advance, 5.0, "：before 「");
    let m = set("出处：《报告》");
    assert_eq!(m[2].advance, 5.0);
    // Two opening brackets: the second moves into the first one's blank half.
    let m = set("「《报告》」");
    assert_eq!(m[1].gap_before, -5.0);
}

#[test]
fn a_per_cent_sign_gets_a_quarter_em_before_han() {
    let m = measured("100%化解");
    assert_eq!(m[4].gap_before, 2.5);
}

#[test]
fn a_note_mark_never_starts_a_line_and_is_never_spaced_out() {
    let mut m = measured("社会工作者共有数量[12]，据此推算上年约为");
    for c in &mut m[9..13] {
        c.style.note = true;
    }
    let b = break_opportunities(&m);
    for (allowed, c) in b.allowed.iter().zip(&m).skip(9).take(4) {
        assert!(!allowed, "break allowed before {}", c.ch);
    }
    for width in [60.0, 75.0, 95.0, 105.0] {
        for line in break_lines(&m, width, width, TextAlign::Justify) {
            assert!(
                !m[line.start].style.note,
                "line starts inside the mark at {width}"
            );
            let chars = &m[line.start..line.end];
            for (pair, xs) in chars.windows(2).zip(line.xs.windows(2)) {
                if pair[1].style.note {
                    let gap = xs[1] - xs[0] - pair[0].advance;
                    assert!(gap.abs() < 0.01, "mark spaced out by {gap} at {width}");
                }
            }
        }
    }
}

#[test]
fn a_line_shrinks_its_punctuation_rather_than_spread_its_han() {
    // Eleven characters with a comma in 105 pt: natural 110 pt, so either the comma gives
    // up its blank half or the line breaks before the last character and spreads out.
    let m = set("浙江山西安徽，贵州巢湖安顺经开区");
    let lines = break_lines(&m, 105.0, 105.0, TextAlign::Justify);
    let first = &lines[0];
    assert_eq!(
        first.end,
        11,
        "{:?}",
        lines.iter().map(|l| l.end).collect::<Vec<_>>()
    );
    let last = first.end - 1 - first.start;
    assert!((first.xs[last] + 10.0 - 105.0).abs() < 0.05);
    for gap in crate::justify::han_gaps(&m, &first.xs, first.start) {
        assert!(gap.abs() < 0.01, "Han gap {gap} em");
    }
}

#[test]
fn a_line_end_comma_hangs_its_blank_half() {
    // "浙江山西安徽贵州巢，" is 100 pt set, 95 pt with the comma at half width.
    let m = set("浙江山西安徽贵州巢，湖安顺");
    let lines = break_lines(&m, 95.0, 95.0, TextAlign::Justify);
    assert_eq!(lines[0].end, 10);
}

#[test]
fn an_overlong_word_is_broken_by_characters() {
    let m = measured("https://example.org/a/very/long/path");
    let lines = break_lines(&m, 50.0, 50.0, TextAlign::Left);
    assert!(lines.len() > 2);
    for l in &lines {
        let right = l.xs[l.xs.len() - 1] + m[l.end - 1].advance;
        assert!(right <= 50.01, "line ends at {right}");
    }
    assert_eq!(lines.last().unwrap().end, m.len());
}
