//! Inline text → measured characters → lines: font fallback, the Unicode line-breaking
//! algorithm tightened by the Chinese rules of W3C clreq, CJK–Latin spacing and justification.

use jianbao_doc::{
    binds_unit, is_number_char, is_unit, Color, Family, Inline, ParagraphStyle, StyleSheet,
    TextAlign,
};
use jianbao_fonts::{is_layout_only, FaceId, FontSet};
use unicode_linebreak::{linebreaks, BreakOpportunity};

use crate::justify::{self, is_latin_or_digit, is_note, GlueSums};
use crate::layout::Glyph;
use crate::{Location, PdfError};

/// How a run of characters is to be set before font fallback.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct CharStyle {
    pub family: Family,
    pub bold: bool,
    pub size: f32,
    pub color: Color,
    /// Baseline shift upwards in points (footnote marks).
    pub rise: f32,
    /// Index of the link target (into the document's link list) this text belongs to.
    pub link: Option<u32>,
    /// Part of a footnote mark "[n]": never broken before or inside, never spaced out.
    pub note: bool,
}

impl CharStyle {
    pub fn of(style: &ParagraphStyle) -> CharStyle {
        CharStyle {
            family: style.family,
            bold: style.bold,
            size: style.size_pt,
            color: style.color,
            rise: 0.0,
            link: None,
            note: false,
        }
    }

    fn face(self) -> FaceId {
        let family = match self.family {
            Family::Serif => jianbao_fonts::Family::Serif,
            Family::Sans => jianbao_fonts::Family::Sans,
        };
        FaceId::new(family, self.bold)
    }
}

/// A character with its resolved face and advance, ready for line breaking.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Measured {
    pub ch: char,
    pub face: FaceId,
    pub style: CharStyle,
    /// Advance in points as set (after punctuation compression).
    pub advance: f32,
    /// The font's own advance in points (what the PDF viewer moves by).
    pub glyph_advance: f32,
    /// Extra space before this character (quarter em between Chinese and Latin), dropped at a
    /// line start.
    pub gap_before: f32,
    /// Whether the character is drawn (layout-only characters and missing glyphs are not).
    pub drawn: bool,
}

/// Flattens inline content into styled characters. Footnote references become small raised
/// `[n]` marks, as in GB/T 7714 citations (and as `plain_text` spells them).
pub(crate) fn flatten(
    content: &[Inline],
    base: CharStyle,
    sheet: &StyleSheet,
    links: &mut Vec<String>,
    out: &mut Vec<(char, CharStyle)>,
) {
    for inline in content {
        match inline {
            Inline::Text { text } => out.extend(text.chars().map(|c| (c, base))),
            Inline::Code { text } => {
                let code = CharStyle {
                    family: sheet.code.family,
                    ..base
                };
                out.extend(text.chars().map(|c| (c, code)));
            }
            Inline::Emphasis { content } => {
                let emphasis = CharStyle {
                    family: sheet.emphasis_family,
                    ..base
                };
                flatten(content, emphasis, sheet, links, out);
            }
            Inline::Strong { content } => {
                flatten(content, CharStyle { bold: true, ..base }, sheet, links, out)
            }
            Inline::Link { url, content } => {
                let index = u32::try_from(links.len()).ok();
                links.push(url.clone());
                let linked = CharStyle {
                    link: index,
                    ..base
                };
                flatten(content, linked, sheet, links, out)
            }
            Inline::FootnoteRef { number } => {
                let mark = CharStyle {
                    size: base.size * 0.6,
                    rise: base.size * 0.36,
                    note: true,
                    ..base
                };
                out.push(('[', mark));
                let mut digits = [0u8; 20];
                let text = format_number(*number, &mut digits);
                out.extend(text.chars().map(|c| (c, mark)));
                out.push((']', mark));
            }
            Inline::LineBreak => out.push(('\n', base)),
        }
    }
}

fn format_number(mut n: usize, buf: &mut [u8; 20]) -> &str {
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    std::str::from_utf8(&buf[at..]).unwrap_or("?")
}

/// Collects what the renderer needs to report across the whole document.
pub(crate) struct Collector<'f> {
    pub fonts: &'f FontSet,
    pub allow_missing: bool,
    /// Missing characters with where they occur.
    pub missing: Vec<(char, Location, String)>,
    /// Characters drawn per face, for subsetting.
    pub usage: std::collections::BTreeMap<FaceId, std::collections::BTreeSet<char>>,
}

impl Collector<'_> {
    /// Resolves fonts and measures `chars`. Missing characters are recorded with `location`.
    pub fn measure(
        &mut self,
        chars: &[(char, CharStyle)],
        location: &Location,
    ) -> Result<Vec<Measured>, PdfError> {
        let mut out: Vec<Measured> = Vec::with_capacity(chars.len());
        for (i, &(ch, style)) in chars.iter().enumerate() {
            let preferred = style.face();
            // Control and zero-width characters take no room; other spaces are drawn when a
            // face has them, else left as blank room of their usual width.
            let resolved = if ch.is_control() || (is_layout_only(ch) && !ch.is_whitespace()) {
                None
            } else {
                self.fonts.resolve_advance(preferred, ch)?
            };
            let (face, advance, drawn) = match resolved {
                Some((face, em)) => (face, em * style.size, true),
                None if ch == '\t' => (preferred, 2.0 * style.size, false),
                None if ch.is_whitespace() && !ch.is_control() => {
                    let em = if ch == '\u{3000}' { 1.0 } else { 0.25 };
                    (preferred, em * style.size, false)
                }
                None => {
                    if !is_layout_only(ch) {
                        let from = i.saturating_sub(12);
                        let to = (i + 13).min(chars.len());
                        let context: String = chars[from..to].iter().map(|(c, _)| *c).collect();
                        self.missing.push((ch, location.clone(), context));
                    }
                    (preferred, 0.0, false)
                }
            };
            let gap_before = match out.last() {
                Some(prev) if is_cjk_latin_boundary(prev.ch, ch) => 0.25 * style.size,
                _ => 0.0,
            };
            out.push(Measured {
                ch,
                face,
                style,
                advance,
                glyph_advance: advance,
                gap_before,
                drawn: drawn && !matches!(ch, '\n' | '\t'),
            });
        }
        compress_punctuation(&mut out);
        Ok(out)
    }

    /// Records the glyphs of a laid-out line as used.
    pub fn record(&mut self, glyphs: &[Glyph]) {
        for g in glyphs {
            self.usage.entry(g.face).or_default().insert(g.ch);
        }
    }
}

/// Full-width punctuation whose glyph sits in the left half of its em box (Simplified Chinese
/// forms, as in the Noto SC fonts): closing brackets and quotes, 。，、：；！？.
pub(crate) fn sits_left(c: char) -> bool {
    matches!(
        c,
        '。' | '，'
            | '、'
            | '：'
            | '；'
            | '！'
            | '？'
            | '）'
            | '》'
            | '」'
            | '』'
            | '”'
            | '’'
            | '】'
            | '〕'
            | '〉'
            | '〗'
            | '］'
    )
}

/// Full-width opening brackets and quotes, whose glyph sits in the right half of the em box.
pub(crate) fn sits_right(c: char) -> bool {
    matches!(
        c,
        '（' | '《' | '「' | '『' | '“' | '‘' | '【' | '〔' | '〈' | '〖' | '［'
    )
}

/// clreq §3.1.6: adjacent punctuation marks are set with half the blank between them, so that
/// "。《" or "），" do not open a full em of white.
fn compress_punctuation(chars: &mut [Measured]) {
    for i in 1..chars.len() {
        let (prev, next) = (chars[i - 1].ch, chars[i].ch);
        let half = 0.5 * chars[i - 1].style.size;
        if sits_left(prev) && (sits_left(next) || sits_right(next)) && chars[i - 1].drawn {
            chars[i - 1].advance = chars[i - 1].glyph_advance - half;
        } else if sits_right(prev) && sits_right(next) {
            chars[i].gap_before -= 0.5 * chars[i].style.size;
        }
    }
}

/// Han ideographs (and the Chinese characters of the CJK compatibility and extension blocks).
pub(crate) fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3FFFF)
}

/// clreq §3.2: a quarter em between Han characters and Latin letters or digits, and after a
/// per cent or per mille sign before Han ("100% 化解", as the digits before it have).
fn is_cjk_latin_boundary(prev: char, next: char) -> bool {
    (is_han(prev) && is_latin_or_digit(next))
        || ((is_latin_or_digit(prev) || matches!(prev, '%' | '‰')) && is_han(next))
}

/// Characters that must not start a line (clreq "行首禁则"): closing brackets and quotes,
/// sentence and clause punctuation, the ellipsis, and their ASCII forms.
pub(crate) fn no_line_start(c: char) -> bool {
    matches!(
        c,
        '。' | '，'
            | '、'
            | '：'
            | '；'
            | '！'
            | '？'
            | '）'
            | '】'
            | '》'
            | '」'
            | '』'
            | '”'
            | '’'
            | '…'
            | '〉'
            | '〕'
            | '〗'
            | '］'
            | '｝'
            | '〙'
            | '．'
            | '·'
            | '・'
            | '%'
            | '％'
            | '‰'
            | '℃'
            | ','
            | '.'
            | ':'
            | ';'
            | '!'
            | '?'
            | ')'
            | ']'
            | '}'
    )
}

/// Characters that must not end a line (clreq "行尾禁则"): opening brackets and quotes.
pub(crate) fn no_line_end(c: char) -> bool {
    matches!(
        c,
        '（' | '【'
            | '《'
            | '「'
            | '『'
            | '“'
            | '‘'
            | '〈'
            | '〔'
            | '〖'
            | '［'
            | '｛'
            | '〘'
            | '('
            | '['
            | '{'
    )
}

/// Where lines may break: `allowed[i]` says a line may end before character `i`,
/// `mandatory[i]` that it must, `last_resort[i] > 0` that it may only when the line would
/// otherwise be set visibly loose (the value counts units after the number, deeper breaks
/// being worse: "3.4个|百分点" before "3.4个百分|点"). Index `len` (the end) is always mandatory.
pub(crate) struct Breaks {
    pub allowed: Vec<bool>,
    pub mandatory: Vec<bool>,
    pub last_resort: Vec<u8>,
}

/// UAX #14 break opportunities, then clreq prohibitions on top.
pub(crate) fn break_opportunities(chars: &[Measured]) -> Breaks {
    let n = chars.len();
    let mut allowed = vec![false; n + 1];
    let mut mandatory = vec![false; n + 1];
    let mut last_resort = vec![0u8; n + 1];
    let text: String = chars.iter().map(|m| m.ch).collect();
    let mut byte_to_char = Vec::with_capacity(text.len() + 1);
    for (i, c) in text.chars().enumerate() {
        byte_to_char.extend(std::iter::repeat_n(i, c.len_utf8()));
    }
    byte_to_char.push(n);
    for (byte, kind) in linebreaks(&text) {
        let at = byte_to_char[byte];
        allowed[at] = true;
        if kind == BreakOpportunity::Mandatory {
            mandatory[at] = true;
        }
    }
    allowed[n] = true;
    mandatory[n] = true;

    // Length of the number (and unit chain) ending at each position, to glue units to numbers.
    // How many unit characters follow the last number before position i (0: not after one).
    let mut units_after_number = 0u8;
    let mut after_number = false;
    for i in 1..n {
        let (prev, next) = (chars[i - 1].ch, chars[i].ch);
        after_number = if is_number_char(prev) {
            units_after_number = 0;
            true
        } else {
            after_number && is_unit(prev)
        };
        if after_number && is_unit(prev) {
            units_after_number = units_after_number.saturating_add(1);
        }
        if mandatory[i] {
            continue;
        }
        let forbidden = is_note(&chars[i])
            || no_line_start(next)
            || no_line_end(prev)
            || (prev == next && matches!(next, '—' | '…' | '⋯'))
            || binds_unit(prev, next)
            || (is_number_char(prev) && is_number_char(next));
        if forbidden {
            allowed[i] = false;
        } else if after_number && is_unit(next) {
            // Inside a unit chain ("万|人", "个|百分点"): kept together unless that would
            // leave the line before it visibly loose.
            if allowed[i] {
                last_resort[i] = units_after_number;
            }
            allowed[i] = false;
        }
    }
    allow_breaks_in_long_names(chars, &allowed, &mut last_resort);
    Breaks {
        allowed,
        mandatory,
        last_resort,
    }
}

/// Runs of ASCII without spaces at least this long that hold a letter are names (files,
/// addresses) rather than words or numbers.
const LONG_NAME: usize = 16;

/// A file name or address (d236_anhui_suzhou_nanguan_yz_trad.txt) is one unbreakable run for
/// UAX #14; when it does not fit after the Han text before it, the whole line before it would
/// be spaced out. As with URLs in print (Chicago 14.18), it may break as a last resort before
/// an underscore, a dot or a hyphen, or after a slash, without a hyphen added.
fn allow_breaks_in_long_names(chars: &[Measured], allowed: &[bool], last_resort: &mut [u8]) {
    let n = chars.len();
    let mut start = 0;
    while start < n {
        if !chars[start].ch.is_ascii_graphic() {
            start += 1;
            continue;
        }
        let mut end = start;
        while end < n && chars[end].ch.is_ascii_graphic() {
            end += 1;
        }
        let has_letter = chars[start..end].iter().any(|m| m.ch.is_ascii_alphabetic());
        if end - start >= LONG_NAME && has_letter {
            for i in start + 2..end - 1 {
                let (prev, next) = (chars[i - 1].ch, chars[i].ch);
                let name_break = matches!(next, '_' | '.' | '-') || prev == '/';
                if name_break && !allowed[i] && !is_note(&chars[i]) && last_resort[i] == 0 {
                    last_resort[i] = 1;
                }
            }
        }
        start = end;
    }
}

/// One line: characters `start..end` of the paragraph, with the x position (relative to the
/// line's left edge) of each character.
#[derive(Debug, Clone)]
pub(crate) struct LineSpan {
    pub start: usize,
    pub end: usize,
    /// x of each character in `start..end`, in points from the left edge of the text area of
    /// this line (after indents).
    pub xs: Vec<f32>,
}

/// Breaks `chars` into lines of `width` points (the first line `first_width`) and positions the
/// characters according to `align` (justified lines fill the width; the last line and lines
/// ended by a hard break stay ragged). A line may be set tighter than its natural width by
/// the shrink of its punctuation and Han–Latin gaps (see [`justify`]).
pub(crate) fn break_lines(
    chars: &[Measured],
    first_width: f32,
    width: f32,
    align: TextAlign,
) -> Vec<LineSpan> {
    Breaker::new(chars).lines(first_width, width, align)
}

/// A paragraph prepared for line breaking: its break opportunities and running widths,
/// computed once and reused for every measure tried (balanced centred lines try a dozen).
pub(crate) struct Breaker<'c> {
    chars: &'c [Measured],
    breaks: Breaks,
    metrics: LineMetrics,
}

impl<'c> Breaker<'c> {
    pub fn new(chars: &'c [Measured]) -> Breaker<'c> {
        Breaker {
            chars,
            breaks: break_opportunities(chars),
            metrics: LineMetrics::new(chars),
        }
    }

    /// The lines, positioned: see [`break_lines`].
    pub fn lines(&self, first_width: f32, width: f32, align: TextAlign) -> Vec<LineSpan> {
        let chars = self.chars;
        self.ends(first_width, width, align)
            .into_iter()
            .map(|(start, end, ragged)| {
                let avail = if start == 0 { first_width } else { width };
                position(chars, &self.metrics, start, end, avail, align, ragged)
            })
            .collect()
    }

    /// How many lines the paragraph takes at `width` (without positioning them).
    pub fn line_count(&self, width: f32, align: TextAlign) -> usize {
        self.ends(width, width, align).len()
    }

    /// `(start, end, ragged)` of each line.
    fn ends(&self, first_width: f32, width: f32, align: TextAlign) -> Vec<(usize, usize, bool)> {
        let (chars, breaks, metrics) = (self.chars, &self.breaks, &self.metrics);
        let n = chars.len();
        if n == 0 {
            return Vec::new();
        }
        if align == TextAlign::Justify {
            if let Some(lines) = total_fit(chars, breaks, metrics, first_width, width) {
                return lines;
            }
        }
        let mut spans = Vec::new();
        let mut start = 0;
        let mut last_fit: Option<usize> = None;
        let mut last_resort_fit: Option<usize> = None;
        let mut at = 1;
        const EPSILON: f32 = 0.01;
        // Extra space per gap (in em) beyond which a line counts as loose: about where readers
        // notice gaps, and where text extraction starts to read them as spaces.
        const LOOSE: f32 = 0.08;
        let line_width = |start: usize, end: usize| metrics.width(start, end);
        while start < n {
            let avail = if spans.is_empty() { first_width } else { width };
            if at > n {
                break;
            }
            if !breaks.allowed[at] {
                // The first such point after the last ordinary one: "3.4个|百分点", not "3.4个百分|点".
                if breaks.last_resort[at] > 0
                    && last_resort_fit.is_none()
                    && line_width(start, at) <= avail + EPSILON
                {
                    last_resort_fit = Some(at);
                }
                at += 1;
                continue;
            }
            let fits = line_width(start, at) <= avail + EPSILON;
            if fits {
                if breaks.mandatory[at] {
                    spans.push((start, at, true));
                    start = at;
                    last_fit = None;
                    last_resort_fit = None;
                    at = start + 1;
                    continue;
                }
                last_fit = Some(at);
                last_resort_fit = None;
                at += 1;
                continue;
            }
            let too_loose = |end: usize| {
                let gaps = (metrics.trimmed_end(start, end) - start)
                    .saturating_sub(1)
                    .max(1) as f32;
                (avail - line_width(start, end)) / gaps > LOOSE * chars[start].style.size
            };
            let end = match (last_fit, last_resort_fit) {
                (Some(f), Some(r)) if r > f && too_loose(f) => r,
                (Some(f), _) => f,
                (None, Some(r)) => r,
                (None, None) => {
                    // Nothing fits (a word longer than the line): break by characters.
                    let mut e = start + 1;
                    while e < at && line_width(start, e + 1) <= avail + EPSILON {
                        e += 1;
                    }
                    e
                }
            };
            spans.push((start, end, false));
            start = end;
            last_fit = None;
            last_resort_fit = None;
            at = start + 1;
        }
        spans
    }
}

/// Natural widths and glue of the lines that can be cut from one paragraph.
struct LineMetrics {
    /// `prefix[i]`: width of `chars[0..i]` including their gaps.
    prefix: Vec<f32>,
    /// `trim[e]`: `e` less the white space just before it.
    trim: Vec<usize>,
    /// `hang[e]`: what the mark before `e` gives up at a line end ([`justify::end_trim`]).
    hang: Vec<f32>,
    /// `gap[i]`: the gap before `chars[i]` (none at a line start).
    gap: Vec<f32>,
    glue: GlueSums,
}

impl LineMetrics {
    fn new(chars: &[Measured]) -> LineMetrics {
        let n = chars.len();
        let mut prefix = Vec::with_capacity(n + 1);
        let mut trim = Vec::with_capacity(n + 1);
        let mut hang = Vec::with_capacity(n + 1);
        prefix.push(0.0f32);
        trim.push(0);
        hang.push(0.0);
        let mut sum = 0.0;
        for (i, m) in chars.iter().enumerate() {
            sum += m.gap_before + m.advance;
            prefix.push(sum);
            trim.push(if m.ch.is_whitespace() { trim[i] } else { i + 1 });
            hang.push(justify::end_trim(m));
        }
        LineMetrics {
            prefix,
            trim,
            hang,
            gap: chars.iter().map(|m| m.gap_before).collect(),
            glue: GlueSums::new(chars),
        }
    }

    /// The end of the line `start..end` without its trailing spaces.
    fn trimmed_end(&self, start: usize, end: usize) -> usize {
        self.trim[end].max(start)
    }

    /// Natural width of the line `start..end`: no gap before its first character, trailing
    /// spaces and the blank half of a line-end mark hanging outside.
    fn width(&self, start: usize, end: usize) -> f32 {
        let e = self.trimmed_end(start, end);
        if e <= start {
            0.0
        } else {
            self.prefix[e] - self.prefix[start] - self.gap[start] - self.hang[e]
        }
    }
}

/// Knuth–Plass style total fit for justified text: chooses the breaks that minimise the sum
/// of squared badness over the whole paragraph, so that one loose line is not paid for by
/// the greedy choice of an earlier one. Lines may shrink by their punctuation and Han–Latin
/// glue before they must stretch. Last-resort breaks cost a penalty, and a last line of
/// a single character (a "孤字") is avoided when possible. Returns `(start, end, ragged)` per
/// line, or `None` when some piece does not fit at all (the greedy breaker handles that).
fn total_fit(
    chars: &[Measured],
    breaks: &Breaks,
    metrics: &LineMetrics,
    first_width: f32,
    width: f32,
) -> Option<Vec<(usize, usize, bool)>> {
    const LINE_PENALTY: f32 = 10.0;
    const LAST_RESORT_PENALTY: f32 = 60.0;
    const SHORT_LAST_LINE_PENALTY: f32 = 80.0;
    let n = chars.len();
    let candidates: Vec<usize> = (0..=n)
        .filter(|&i| i == 0 || breaks.allowed[i] || breaks.last_resort[i] > 0)
        .collect();
    let mut best = vec![f32::INFINITY; candidates.len()];
    let mut from = vec![0usize; candidates.len()];
    best[0] = 0.0;
    for jj in 1..candidates.len() {
        let j = candidates[jj];
        let ragged = breaks.mandatory[j];
        for ii in (0..jj).rev() {
            let i = candidates[ii];
            let avail = if i == 0 { first_width } else { width };
            let w = metrics.width(i, j);
            let visible = metrics.trimmed_end(i, j);
            let glue = metrics.glue.line(i, visible);
            if w - glue.0 > avail + 0.01 {
                break;
            }
            if best[ii].is_finite() {
                let size = chars[i].style.size;
                let mut cost = LINE_PENALTY;
                if ragged {
                    let short = j == n
                        && i > 0
                        && chars[i..visible]
                            .iter()
                            .filter(|m| !no_line_start(m.ch))
                            .nth(1)
                            .is_none();
                    if short {
                        cost += SHORT_LAST_LINE_PENALTY;
                    }
                    if w > avail {
                        cost += justify::badness(avail - w, size, glue).unwrap_or(0.0);
                    }
                } else {
                    cost += justify::badness(avail - w, size, glue).unwrap_or(f32::INFINITY);
                }
                if !breaks.allowed[j] {
                    cost += LAST_RESORT_PENALTY * f32::from(breaks.last_resort[j]).powi(2);
                }
                if best[ii] + cost < best[jj] {
                    best[jj] = best[ii] + cost;
                    from[jj] = ii;
                }
            }
            if breaks.mandatory[i] {
                // A line never runs across a hard break.
                break;
            }
        }
    }
    let last = candidates.len() - 1;
    if !best[last].is_finite() {
        return None;
    }
    let mut lines = Vec::new();
    let mut jj = last;
    while jj > 0 {
        let ii = from[jj];
        lines.push((
            candidates[ii],
            candidates[jj],
            breaks.mandatory[candidates[jj]],
        ));
        jj = ii;
    }
    lines.reverse();
    Some(lines)
}

/// x positions of the line `start..end`: natural spacing, then shrunk when it is too long for
/// `avail`, spread to fill it when justified and not `ragged`, or moved for centred and
/// right-aligned text.
fn position(
    chars: &[Measured],
    metrics: &LineMetrics,
    start: usize,
    end: usize,
    avail: f32,
    align: TextAlign,
    ragged: bool,
) -> LineSpan {
    let visible_end = metrics.trimmed_end(start, end);
    let mut xs = Vec::with_capacity(end - start);
    let mut x = 0.0f32;
    for (i, m) in chars[start..end].iter().enumerate() {
        if i > 0 {
            x += m.gap_before;
        }
        xs.push(x);
        x += m.advance;
    }
    let width = metrics.width(start, end);
    let slack = avail - width;
    let spread = align == TextAlign::Justify && !ragged;
    let extra = justify::distribute(chars, start, visible_end, slack, spread);
    let mut shift = 0.0;
    for (k, e) in extra.iter().enumerate() {
        shift += e;
        xs[k + 1] += shift;
    }
    for x in xs.iter_mut().skip(visible_end.saturating_sub(start).max(1)) {
        *x += shift;
    }
    let set_width = width + shift;
    let room = (avail - set_width).max(0.0);
    match align {
        TextAlign::Center => xs.iter_mut().for_each(|x| *x += room / 2.0),
        TextAlign::Right => xs.iter_mut().for_each(|x| *x += room),
        _ => {}
    }
    LineSpan { start, end, xs }
}

/// The narrowest width a text can be set in (its widest unbreakable piece) and its natural
/// width on one line (the widest hard-broken line), for table column widths.
pub(crate) fn min_max_width(chars: &[Measured]) -> (f32, f32) {
    if chars.is_empty() {
        return (0.0, 0.0);
    }
    let breaks = break_opportunities(chars);
    let (mut min, mut max) = (0.0f32, 0.0f32);
    let (mut piece, mut line) = (0.0f32, 0.0f32);
    for (i, m) in chars.iter().enumerate() {
        if breaks.allowed[i] {
            min = min.max(piece);
            piece = 0.0;
        }
        if breaks.mandatory[i] {
            max = max.max(line);
            line = 0.0;
        }
        let gap = if piece > 0.0 { m.gap_before } else { 0.0 };
        if !m.ch.is_whitespace() {
            piece += gap + m.advance;
        }
        line += if line > 0.0 { m.gap_before } else { 0.0 } + m.advance;
    }
    (min.max(piece), max.max(line))
}

#[cfg(test)]
mod tests;
