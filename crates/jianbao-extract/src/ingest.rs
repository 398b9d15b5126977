//! Reading a source: decoding (UTF-8 or GB18030/GBK), normalising for analysis while keeping a map
//! back to the original characters, and splitting a page into articles and sentences.
//!
//! Analysis runs on the normalised text; every position it finds is mapped back through
//! [`Normalized::original_span`], so quotes stay exact substrings of the original file.

use crate::ExtractError;
use std::ops::Range;

mod credits;
mod furniture;
mod markup;

pub use credits::body_after_credit;
pub(crate) use furniture::is_keyword_bar;
pub use furniture::{is_furniture, is_teaser_line, opens_teasers};
use furniture::{is_summary, opens_furniture};

/// The encoding a source file was read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextEncoding {
    Utf8,
    /// GB18030, a superset of GBK and GB2312: common for Chinese government texts.
    Gb18030,
    /// Big5: traditional-character pages from 台湾 and 香港.
    Big5,
}

impl TextEncoding {
    pub fn as_str(self) -> &'static str {
        match self {
            TextEncoding::Utf8 => "UTF-8",
            TextEncoding::Gb18030 => "GB18030",
            TextEncoding::Big5 => "Big5",
        }
    }
}

/// Decodes a source file: UTF-8 first (a leading BOM is dropped), then Big5 when the bytes read
/// as Big5 and a detector (chardetng, Firefox's) judges them Big5, else GB18030.
///
/// Big5 and GB18030 overlap in their byte ranges, so a Big5 page decodes "successfully" as
/// GB18030 into nonsense; the detector scores both by the Chinese text each would give.
/// Bytes that are valid in no candidate give an error naming the file and the byte offsets where
/// UTF-8 and GB18030 decoding failed.
pub fn decode(bytes: &[u8], file: &str) -> Result<(String, TextEncoding), ExtractError> {
    let bytes = bytes
        .strip_prefix(b"\xEF\xBB\xBF".as_slice())
        .unwrap_or(bytes);
    // simdutf8 tells valid text from invalid alike, faster; std says where invalid text fails
    if let Ok(text) = simdutf8::basic::from_utf8(bytes) {
        return Ok((text.to_owned(), TextEncoding::Utf8));
    }
    let utf8_error = match std::str::from_utf8(bytes) {
        Ok(text) => return Ok((text.to_owned(), TextEncoding::Utf8)),
        Err(e) => e.valid_up_to(),
    };
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    if detector.guess(None, chardetng::Utf8Detection::Deny) == encoding_rs::BIG5 {
        if let Ok(text) = decode_strictly(encoding_rs::BIG5, bytes) {
            return Ok((text, TextEncoding::Big5));
        }
    }
    match decode_strictly(encoding_rs::GB18030, bytes) {
        Ok(text) => Ok((text, TextEncoding::Gb18030)),
        Err(gb18030_offset) => Err(ExtractError::Undecodable {
            file: file.to_owned(),
            utf8_offset: utf8_error,
            gb18030_offset,
        }),
    }
}

/// Decodes `bytes` without replacement characters; on malformed input, the byte offset of the
/// first bad sequence.
fn decode_strictly(
    encoding: &'static encoding_rs::Encoding,
    bytes: &[u8],
) -> Result<String, usize> {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let capacity = decoder
        .max_utf8_buffer_length_without_replacement(bytes.len())
        .unwrap_or(bytes.len() * 3);
    let mut text = String::with_capacity(capacity);
    let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut text, true);
    match result {
        encoding_rs::DecoderResult::InputEmpty => Ok(text),
        encoding_rs::DecoderResult::Malformed(bad, after) => {
            Err(read.saturating_sub(bad as usize + after as usize))
        }
        encoding_rs::DecoderResult::OutputFull => Err(read),
    }
}

/// Finds the text of a character range of a large string without walking it from the start:
/// the byte offset of every [`CharIndex::STRIDE`]-th character is kept, so a lookup walks at
/// most that many characters (quotes of many facts of a large file stay linear overall).
#[derive(Debug, Clone)]
pub struct CharIndex {
    /// Byte offset of characters 0, STRIDE, 2·STRIDE, …
    checkpoints: Vec<usize>,
}

impl CharIndex {
    const STRIDE: usize = 256;

    pub fn new(text: &str) -> CharIndex {
        CharIndex {
            checkpoints: text
                .char_indices()
                .step_by(Self::STRIDE)
                .map(|(b, _)| b)
                .collect(),
        }
    }

    /// Byte offset of character `at` (the text's length past its end).
    fn byte_at(&self, text: &str, at: usize) -> usize {
        let Some(&base) = self.checkpoints.get(at / Self::STRIDE) else {
            return text.len();
        };
        text[base..]
            .char_indices()
            .nth(at % Self::STRIDE)
            .map_or(text.len(), |(b, _)| base + b)
    }

    /// Characters `[start, end)` of `text` (clamped to it).
    pub fn slice<'t>(&self, text: &'t str, start: usize, end: usize) -> &'t str {
        let from = self.byte_at(text, start);
        let to = self.byte_at(text, end.max(start));
        &text[from..to.max(from)]
    }
}

/// `chars` as a `String`, its bytes reserved at once: collecting characters reserves one byte
/// each and grows as Chinese text takes three (the points pass turns every unit it reads into
/// text for its cue automaton).
pub(crate) fn string_of(chars: &[char]) -> String {
    let mut text = String::with_capacity(chars.iter().map(|c| c.len_utf8()).sum());
    text.extend(chars);
    text
}

/// Characters that end a sentence.
pub(crate) fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '；' | ';')
}

/// Characters after which a line may legitimately end (so the break is not an OCR artefact).
fn is_line_end(c: char) -> bool {
    is_sentence_end(c) || matches!(c, ')' | '）' | '…' | '—' | ':' | '：')
}

fn is_horizontal_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{3000}' | '\u{a0}' | '\r')
}

/// Characters that carry no text: other control characters, zero-width and direction marks,
/// the byte-order mark, and noncharacters (U+FFFE …). Web pages and conversions leave them
/// inside words (提\u{200b}升); analysis skips them, so they never split a word or reach a
/// label, while quotes, taken from the original, keep them.
fn is_invisible(c: char) -> bool {
    (c.is_control() && !matches!(c, '\n' | '\t' | '\r'))
        || matches!(c, '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2060}'..='\u{206f}' | '\u{feff}' | '\u{fdd0}'..='\u{fdef}')
        || (c as u32) & 0xfffe == 0xfffe
}

/// Full-width ASCII variants (digits, letters, %, …) become their ASCII forms.
fn fold_width(c: char) -> char {
    match c {
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    }
}

/// A line shorter than this that ends without punctuation is taken as a headline, not a broken line.
const MIN_BROKEN_LINE_CHARS: usize = 22;

/// Titles and subheadings of Chinese web pages and papers are at most this long (a longer line
/// without a sentence end is text).
const MAX_HEADLINE_CHARS: usize = 40;

/// A title or subheading written on a line of its own: short, with no clause inside it (no
/// comma, 。 or ;), ending as it likes (相互成就, 正式启动!, 怎么办?) and perhaps exclaiming or
/// asking halfway (点赞!全市……). A line broken by a copy is part of a sentence, which runs on
/// past the break; such a line standing at the start of a paragraph has no comma only when
/// it is very short, and then it is shorter than [`MIN_BROKEN_LINE_CHARS`] anyway.
fn is_title_like(text: &[char]) -> bool {
    !text.is_empty()
        && text.len() <= MAX_HEADLINE_CHARS
        && !text
            .iter()
            .any(|&c| matches!(c, ',' | '，' | '。' | ';' | '；'))
}

/// A page's date line (2025-01-06 08:15 来源:……, 2025/01/06): it stands on its own under the
/// title, and no sentence runs on into it (a date inside a sentence is written 2025年1月6日).
fn opens_with_numeric_date(line: &[char]) -> bool {
    line.len() >= 6
        && line[..4].iter().all(|c| c.is_ascii_digit())
        && matches!(line[4], '-' | '/' | '.')
        && line[5].is_ascii_digit()
}

/// The text prepared for analysis, with the original position of every character.
#[derive(Debug, Clone)]
pub struct Normalized {
    /// Normalised characters: width folded, stray spaces removed, OCR-broken lines rejoined.
    pub chars: Vec<char>,
    /// The original character index of each of `chars`, and one extra entry (the original
    /// length) that closes the last span.
    origin: OriginMap,
    /// Per normalised line (paragraph): its range and how many blank lines preceded it.
    pub lines: Vec<Line>,
    /// The original is in traditional characters (analysed here in simplified ones).
    pub traditional: bool,
}

/// Where each normalised character stands in the original, stored as runs: normalising drops a
/// character here and there (spaces, line breaks), so the original index mostly grows by one
/// with the normalised one. A run starts wherever it does not, so a page takes a few bytes per
/// line rather than four per character. 32 bits: sources are limited far below 4G characters.
#[derive(Debug, Clone, Default)]
struct OriginMap {
    /// Normalised index where each run starts, ascending (the first is 0).
    starts: Vec<u32>,
    /// Original index of the first character of each run.
    origins: Vec<u32>,
    /// How many normalised indices have an original one.
    len: usize,
    /// The original index of the last normalised index pushed.
    last: Option<u32>,
}

impl OriginMap {
    /// Runs of `origin`, the original index of each normalised index.
    #[cfg(test)]
    fn new(origin: &[u32]) -> OriginMap {
        let mut map = OriginMap::default();
        for &o in origin {
            map.push(o);
        }
        map.finish()
    }

    /// Appends the original index of the next normalised index (so the full per-character map
    /// is never held: a run is stored only where the index jumps).
    fn push(&mut self, o: u32) {
        if self.last.and_then(|l| l.checked_add(1)) != Some(o) {
            self.starts.push(self.len as u32);
            self.origins.push(o);
        }
        self.last = Some(o);
        self.len += 1;
    }

    /// The map with spare capacity released.
    fn finish(mut self) -> OriginMap {
        self.starts.shrink_to_fit();
        self.origins.shrink_to_fit();
        self
    }

    /// The original index of normalised index `i`; `None` past the end.
    fn get(&self, i: usize) -> Option<usize> {
        if i >= self.len {
            return None;
        }
        // the last run starting at or before `i` (the first run starts at 0)
        let run = self.starts.partition_point(|&s| s as usize <= i) - 1;
        Some(self.origins[run] as usize + (i - self.starts[run] as usize))
    }
}

/// One normalised line: a paragraph after OCR repair.
#[derive(Debug, Clone)]
pub struct Line {
    pub range: Range<usize>,
    pub blank_lines_before: usize,
    /// The original text of the line had a space between two CJK characters (typical of bylines).
    pub had_inner_space: bool,
    /// The line is a keyword bar or tag line (see [`is_keyword_bar`]): page furniture.
    pub keyword_bar: bool,
}

/// One physical line of the original after width folding and space removal.
#[derive(Default)]
struct RawLine {
    chars: Vec<char>,
    origin: Vec<u32>,
    had_inner_space: bool,
    /// Where (in `chars`) a space stood between two CJK characters.
    gaps: Vec<usize>,
}

impl RawLine {
    fn clear(&mut self) {
        self.chars.clear();
        self.origin.clear();
        self.had_inner_space = false;
        self.gaps.clear();
    }
}

/// Joins physical lines that OCR broke mid-sentence and collapses blank lines, one line at a
/// time (so the whole text is never held twice as lines).
struct Joiner {
    chars: Vec<char>,
    origin: OriginMap,
    lines: Vec<Line>,
    blank: usize,
    /// Start of the line being built.
    open: Option<usize>,
    /// The line being built ends mid-sentence.
    joinable: bool,
}

impl Joiner {
    fn push(&mut self, line: &RawLine) {
        if line.chars.is_empty() {
            self.blank += 1;
            return;
        }
        // a gambling advert around the text is furniture of the same kind (`spam`)
        let keyword_bar =
            is_keyword_bar(&line.chars, &line.gaps) || crate::spam::is_advert(&line.chars);
        // a byline, dateline, date or source line, keyword bar, teaser or summary never
        // continues the line above (that is a headline)
        let starts_own_line = line.chars.first() == Some(&'■')
            || line.chars.starts_with(&['本', '报', '讯'])
            || (line.had_inner_space && line.chars.len() <= 12)
            || keyword_bar
            || opens_with_numeric_date(&line.chars)
            || opens_furniture(&line.chars)
            || is_teaser_line(&line.chars)
            || is_summary(&line.chars);
        let continues = self.joinable && self.open.is_some() && !starts_own_line;
        if continues {
            // continue the previous line
        } else {
            if let Some(start) = self.open.take() {
                if let Some(last) = self.lines.last_mut() {
                    last.range = start..self.chars.len();
                }
                // a newline separates paragraphs in the normalised text
                self.chars.push('\n');
                let next = self.origin.last.map_or(0, |o| o + 1);
                self.origin.push(next);
            }
            self.open = Some(self.chars.len());
            self.lines.push(Line {
                range: self.chars.len()..self.chars.len(),
                blank_lines_before: self.blank,
                had_inner_space: false,
                keyword_bar,
            });
        }
        self.blank = 0;
        if line.had_inner_space {
            if let Some(last) = self.lines.last_mut() {
                last.had_inner_space = true;
            }
        }
        let line_len = self
            .lines
            .last()
            .map_or(0, |l| self.chars.len() - l.range.start)
            + line.chars.len();
        // a closing quote ends a line only after a sentence end: 。” (“企呼我应”⏎码 is a broken line)
        let n = line.chars.len();
        let ends_clean = match line.chars.last() {
            Some('”' | '"' | '’') => n >= 2 && is_line_end(line.chars[n - 2]),
            Some(&c) => is_line_end(c),
            None => true,
        };
        // a caption or credit (图为……  李某 摄) ends its line, whatever its punctuation, and so
        // do a keyword bar, a teaser and a title or subheading standing alone at the start of
        // a paragraph
        self.joinable = line_len >= MIN_BROKEN_LINE_CHARS
            && !ends_clean
            && !is_furniture(&line.chars)
            && !keyword_bar
            && !is_teaser_line(&line.chars)
            // a page's summary is often its description cut short: the text below is the body
            && !is_summary(&line.chars)
            && (continues || !is_title_like(&line.chars));
        self.chars.extend_from_slice(&line.chars);
        for &o in &line.origin {
            self.origin.push(o);
        }
    }
}

impl Normalized {
    /// Normalises `original`: see the module documentation. Time and memory are linear in
    /// the text (a few bytes per character beyond the result).
    pub fn new(original: &str) -> Normalized {
        // read from the original as it goes: a copy of it as characters would be 4 bytes a
        // character beside the result
        let total = original.chars().count();
        // a traditional page is analysed in simplified characters, one for one
        let traditional = crate::script::is_traditional(original.chars());
        let fold = |c: char| {
            let c = fold_width(c);
            if traditional {
                crate::script::simplified(c)
            } else {
                c
            }
        };
        let mut joiner = Joiner {
            chars: Vec::with_capacity(total),
            origin: OriginMap::default(),
            lines: Vec::new(),
            blank: 0,
            open: None,
            joinable: false,
        };
        let mut current = RawLine::default();
        // The next character after a space that is not a horizontal space (its index, and the
        // character unless the text ends first), found once per run of spaces: valid for every
        // position before it.
        let mut next_solid: Option<(usize, Option<char>)> = None;
        let mut rest = original.chars().enumerate();
        while let Some((i, c)) = rest.next() {
            // a Han character (most of every text) opens no markup, gloss or lost character
            // and is no space: kept at once
            if ('\u{4e00}'..='\u{9fff}').contains(&c) {
                current.chars.push(fold(c));
                current.origin.push(i as u32);
                continue;
            }
            if c == '\n' {
                // a line of image markup is read past as if it were not there
                if !markup::is_image_line(&current.chars) {
                    joiner.push(&current);
                }
                current.clear();
                continue;
            }
            if is_invisible(c) {
                continue;
            }
            // a picture's tag or Markdown inside a line (……5.6万人,<img …>下辖): see `markup`
            let inline = markup::inline_len(c, rest.clone().map(|(_, c)| c));
            if inline > 0 {
                rest.nth(inline - 2);
                continue;
            }
            // a pinyin gloss read past (社區(qū)): see `script::gloss_len`
            let gloss = crate::script::gloss_len(
                c,
                rest.clone().map(|(_, c)| c),
                current.chars.last().copied(),
            );
            if gloss > 0 {
                rest.nth(gloss - 2);
                continue;
            }
            // a character an encoding lost (服?站): see `script::lost_character_len`
            if traditional {
                let lost = crate::script::lost_character_len(
                    c,
                    rest.clone().map(|(_, c)| c),
                    &current.chars,
                );
                if lost > 0 {
                    if lost > 1 {
                        rest.nth(lost - 2);
                    }
                    continue;
                }
            }
            let c = fold(c);
            if is_horizontal_space(c) {
                if next_solid.is_none_or(|(k, _)| k <= i) {
                    next_solid = Some(
                        rest.clone()
                            .find(|&(_, c)| !is_horizontal_space(fold_width(c)))
                            .map_or((total, None), |(k, c)| (k, Some(c))),
                    );
                }
                let next = next_solid.and_then(|(_, c)| c).map(fold_width);
                let prev = current.chars.last().copied();
                let keep = matches!((prev, next), (Some(p), Some(n)) if p.is_ascii_alphanumeric() && n.is_ascii_alphanumeric());
                if keep {
                    current.chars.push(' ');
                    current.origin.push(i as u32);
                } else if matches!((prev, next), (Some(p), Some(n)) if !p.is_ascii() && !n.is_ascii() && n != '\n')
                {
                    current.had_inner_space = true;
                    if current.gaps.last() != Some(&current.chars.len()) {
                        current.gaps.push(current.chars.len());
                    }
                } else if matches!((prev, next), (Some(p), Some(n)) if p.is_ascii_alphanumeric() != n.is_ascii_alphanumeric() && n != '\n')
                    && current.gaps.last() != Some(&current.chars.len())
                {
                    // a space between a Latin word and a Han one (开云体育app 皇冠体育) sets
                    // terms apart in a bar, though it is no inner space of a Chinese line
                    current.gaps.push(current.chars.len());
                }
                continue;
            }
            current.chars.push(c);
            current.origin.push(i as u32);
        }
        if !markup::is_image_line(&current.chars) {
            joiner.push(&current);
        }
        if let (Some(start), Some(last)) = (joiner.open, joiner.lines.last_mut()) {
            last.range = start..joiner.chars.len();
        }
        joiner.origin.push(total as u32);
        // spaces and line breaks dropped leave spare room
        joiner.chars.shrink_to_fit();
        joiner.lines.shrink_to_fit();
        Normalized {
            chars: joiner.chars,
            origin: joiner.origin.finish(),
            lines: joiner.lines,
            traditional,
        }
    }

    /// Frees the normalised characters once nothing will read them again (the lines and the
    /// map to the original stay, so spans still translate).
    pub fn release_chars(&mut self) {
        self.chars = Vec::new();
    }

    /// The original character span `[start, end)` covering normalised characters `range`.
    pub fn original_span(&self, range: Range<usize>) -> [usize; 2] {
        let start = self.origin.get(range.start).unwrap_or(0);
        let end = if range.end > range.start {
            self.origin.get(range.end - 1).map_or(start, |o| o + 1)
        } else {
            start
        };
        [start, end.max(start)]
    }

    pub fn text(&self, range: Range<usize>) -> String {
        self.chars[range.start.min(self.chars.len())..range.end.min(self.chars.len())]
            .iter()
            .collect()
    }

    /// Splits the page into articles: see [`split_articles`].
    pub fn articles(&self) -> Vec<Article> {
        split_articles(self)
    }
}

/// One article of a page: its headline lines and body lines (indices into [`Normalized::lines`]).
#[derive(Debug, Clone)]
pub struct Article {
    pub lines: Range<usize>,
    /// Lines at the start that are headlines, subtitles or bylines rather than body text.
    pub head_lines: usize,
}

fn line_text(n: &Normalized, i: usize) -> &[char] {
    &n.chars[n.lines[i].range.clone()]
}

fn starts_with(text: &[char], prefix: &str) -> bool {
    let mut it = text.iter();
    prefix.chars().all(|p| it.next() == Some(&p))
}

/// A headline or subtitle line: short, with no sentence end inside it, or a title that exclaims
/// or asks (see [`is_title_like`]).
fn is_headline(text: &[char]) -> bool {
    (!text.is_empty()
        && text.len() <= MAX_HEADLINE_CHARS
        && !text.iter().any(|&c| is_sentence_end(c)))
        || is_title_like(text)
}

/// A byline line: `■记者 …`, or a few names separated by spaces (`张梦月 夏 衍`), or a lone name.
fn is_byline(n: &Normalized, i: usize) -> bool {
    let text = line_text(n, i);
    starts_with(text, "■")
        || (text.len() <= 12 && n.lines[i].had_inner_space && text.iter().all(|c| !c.is_ascii()))
        || (text.len() <= 4
            && text.len() >= 2
            && text.iter().all(|c| ('\u{4e00}'..='\u{9fff}').contains(c)))
}

/// A line that closes an article: a parenthesised signature `(本报记者 陆乐)` or a photo credit `… 摄`.
fn is_article_end(text: &[char]) -> bool {
    is_signature(text) || is_photo_credit(text)
}

fn is_signature(text: &[char]) -> bool {
    text.len() <= 24 && text.first() == Some(&'(') && text.last() == Some(&')')
}

fn is_photo_credit(text: &[char]) -> bool {
    text.len() <= 30 && text.last() == Some(&'摄')
}

/// Whether line `i`, right after a photo credit, goes on with the same story: a news page sets
/// its photos between its paragraphs, each with a caption that says what the photo shows and
/// who took it (图为…… 张三 摄), so a body paragraph after such a caption is the story's next
/// paragraph. A bare credit (记者 张三 摄) closes a photo story, and a page of several stories
/// opens the next one with its headline.
fn continues_after_credit(n: &Normalized, i: usize) -> bool {
    let credit = line_text(n, i - 1);
    is_photo_credit(credit)
        && !is_signature(credit)
        && credit
            .windows(2)
            .any(|w| w == ['图', '为'] || w == ['圖', '為'])
        && !is_headline(line_text(n, i))
}

/// Splits a page into articles at: `本报讯` datelines, headline-plus-byline blocks, signatures and
/// photo credits that close an article, `(上接…)` continuations, and headlines after two or more
/// blank lines. The headline (and summary) lines just above a dateline or byline belong to the
/// new article.
pub fn split_articles(n: &Normalized) -> Vec<Article> {
    let count = n.lines.len();
    let mut starts = vec![false; count];
    if count == 0 {
        return Vec::new();
    }
    starts[0] = true;
    let headline_block_start = |i: usize| -> usize {
        let mut s = i;
        while s > 0
            && s + 4 > i
            && (is_headline(line_text(n, s - 1)) || is_summary(line_text(n, s - 1)))
            && !is_article_end(line_text(n, s - 1))
        {
            s -= 1;
        }
        s
    };
    for i in 0..count {
        let text = line_text(n, i);
        if starts_with(text, "本报讯") || starts_with(text, "(上接") {
            starts[headline_block_start(i)] = true;
        }
        if i > 0 && is_byline(n, i) {
            let above = line_text(n, i - 1);
            if is_headline(above) && (above.contains(&':') || starts_with(text, "■")) {
                starts[headline_block_start(i - 1)] = true;
            }
        }
        if i > 0 && is_article_end(line_text(n, i - 1)) && !continues_after_credit(n, i) {
            starts[i] = true;
        }
        if n.lines[i].blank_lines_before >= 2 && is_headline(text) && i + 1 < count {
            starts[i] = true;
        }
    }
    let mut articles = Vec::new();
    let mut begin = 0;
    let ends = starts
        .iter()
        .enumerate()
        .skip(1)
        .filter(|(_, &s)| s)
        .map(|(i, _)| i)
        .chain([count]);
    for i in ends {
        {
            // a page's crumbs or site furniture above its title (当前位置: 首页 > 新闻 > 行业动态)
            // do not end its head: the title below them is still its headline
            let head_lines = (begin..i)
                .take_while(|&l| {
                    is_headline(line_text(n, l))
                        || is_byline(n, l)
                        || n.lines[l].keyword_bar
                        // (a credit that runs on into the body opens the body)
                        || (is_furniture(line_text(n, l))
                            && body_after_credit(line_text(n, l)).is_none())
                        || is_summary(line_text(n, l))
                })
                .count();
            articles.push(Article {
                lines: begin..i,
                head_lines,
            });
            begin = i;
        }
    }
    articles
}

/// Splits a line (paragraph) into sentences at 。！？; and similar; returns normalised ranges.
pub fn split_sentences(n: &Normalized, line: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = line.start;
    let mut i = line.start;
    while i < line.end {
        if is_sentence_end(n.chars[i]) {
            let mut end = i + 1;
            // keep a closing quote with its sentence: 。”
            while end < line.end && matches!(n.chars[end], '”' | '"' | '’' | ')') {
                end += 1;
            }
            out.push(start..end);
            start = end;
            i = end;
            continue;
        }
        i += 1;
    }
    if start < line.end {
        out.push(start..line.end);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The runs give back every original index, wherever the indices jump (forwards or back),
    /// and nothing past the end.
    #[test]
    fn origin_runs_give_back_every_index() {
        let origin = [0u32, 1, 2, 4, 5, 9, 9, 10, 3, 4, 12, u32::MAX, 0];
        let map = OriginMap::new(&origin);
        for (i, &o) in origin.iter().enumerate() {
            assert_eq!(map.get(i), Some(o as usize), "index {i}");
        }
        assert_eq!(map.get(origin.len()), None);
        assert_eq!(map.starts.len(), 8);
        assert_eq!(OriginMap::new(&[]).get(0), None);
    }

    #[test]
    fn decodes_gb18030_and_says_so() {
        let (bytes, _, _) = encoding_rs::GB18030.encode("社会工作者27.5万人");
        let (text, enc) = decode(&bytes, "x.txt").unwrap();
        assert_eq!(text, "社会工作者27.5万人");
        assert_eq!(enc, TextEncoding::Gb18030);
        assert_eq!(
            decode("志愿者".as_bytes(), "u.txt").unwrap().1,
            TextEncoding::Utf8
        );
    }

    #[test]
    fn undecodable_bytes_name_file_and_offset() {
        let err = decode(b"abc\xff\xff\xffdef", "bad.txt")
            .unwrap_err()
            .to_string();
        assert!(err.contains("bad.txt") && err.contains("byte 3"), "{err}");
    }

    #[test]
    fn repairs_ocr_breaks_and_keeps_offsets() {
        let original = "在浙江,线上通过“民呼我为”码、“企呼我应”\n\n码,线下借助小哥驿站。\n标题\n社会组织 24.4 万余家。";
        let n = Normalized::new(original);
        let text: String = n.chars.iter().collect();
        assert!(text.contains("“企呼我应”码,线下"), "{text}");
        assert!(text.contains("社会组织24.4万余家"), "{text}");
        let at = text.chars().position(|c| c == '2').unwrap();
        let span = n.original_span(at..at + 7);
        let quote: String = original
            .chars()
            .skip(span[0])
            .take(span[1] - span[0])
            .collect();
        assert_eq!(quote, "24.4 万余家");
    }

    #[test]
    fn char_index_slices_like_chars_skip_take() {
        let text: String = "社会工作者27.5万人，a b。".repeat(100);
        let index = CharIndex::new(&text);
        let n = text.chars().count();
        for (start, end) in [
            (0, 0),
            (0, 5),
            (255, 257),
            (256, 600),
            (n - 3, n),
            (n, n + 4),
        ] {
            let expected: String = text.chars().skip(start).take(end - start).collect();
            assert_eq!(index.slice(&text, start, end), expected, "{start}..{end}");
        }
    }

    #[test]
    fn gb18030_pages_are_not_taken_for_big5() {
        for text in [
            include_str!("../../../seeds/001_afbddb86e510380a.txt"),
            include_str!("../../../seeds/002_f28ca3098ef270b4.txt"),
            include_str!("../../../seeds/004_93f98ffadb83952a.txt"),
        ] {
            let (bytes, _, _) = encoding_rs::GB18030.encode(text);
            let (decoded, enc) = decode(&bytes, "x.txt").unwrap();
            assert_eq!(enc, TextEncoding::Gb18030);
            assert_eq!(decoded, text);
        }
    }

    #[test]
    fn big5_is_detected_not_read_as_gb18030() {
        let original = "香港社會福利署資助的社會工作者共有2.3萬人,註冊志願者超過12萬人。";
        let (bytes, _, unmappable) = encoding_rs::BIG5.encode(original);
        assert!(!unmappable);
        let (text, enc) = decode(&bytes, "big5.txt").unwrap();
        assert_eq!(enc, TextEncoding::Big5);
        assert_eq!(text, original);
    }

    #[test]
    fn traditional_text_is_analysed_in_simplified_with_original_offsets() {
        let original = "全港社會工作者共有 2.3萬人,註冊誌願者超過12萬人。";
        let n = Normalized::new(original);
        assert!(n.traditional);
        let text: String = n.chars.iter().collect();
        assert!(text.contains("社会工作者共有2.3万人"), "{text}");
        let at = text.chars().position(|c| c == '2').unwrap();
        let span = n.original_span(at..at + 5);
        let quote: String = original
            .chars()
            .skip(span[0])
            .take(span[1] - span[0])
            .collect();
        assert_eq!(quote, "2.3萬人");
    }

    #[test]
    fn furniture_and_captions() {
        let line = |s: &str| Normalized::new(s).chars;
        assert!(is_furniture(&line("图为某某县志愿者在社区服务。")));
        assert!(is_furniture(&line("责任编辑：王某")));
        assert!(is_furniture(&line("志愿者为老人理发。 张三 摄")));
        assert!(!is_furniture(&line("全省注册志愿者达到1200万人。")));
    }

    #[test]
    fn invisible_characters_never_split_a_word() {
        let original = "覆盖率同比提\u{fffe}\u{200b}升\u{feff}5个百分点\u{1b}。";
        let n = Normalized::new(original);
        assert_eq!(
            n.chars.iter().collect::<String>(),
            "覆盖率同比提升5个百分点。"
        );
        // offsets still lead back to the original
        let span = n.original_span(5..7);
        let quote: String = original
            .chars()
            .skip(span[0])
            .take(span[1] - span[0])
            .collect();
        assert_eq!(quote, "提\u{fffe}\u{200b}升");
    }

    #[test]
    fn keyword_bars_are_many_short_terms_and_titles_with_spaces_are_not() {
        let bar = |s: &str| {
            let n = Normalized::new(s);
            n.lines[0].keyword_bar
        };
        assert!(bar("关键词: 志愿服务 社会工作 新就业群体"));
        assert!(bar("社工 | 社区 | 志愿者"));
        assert!(bar(
            "社工证报考 社工培训 志愿者招募 骑手驿站 社区工作者招聘"
        ));
        assert!(!bar("聚焦新就业群体 打造暖心驿站 共建友好城市"));
        assert!(!bar("社工站 36个 驿站 20个 服务点 15个"));
        assert!(!bar("全区建成驿站36个,服务骑手2万人次。"));
        // a spam bar of site names, some with Latin letters and digits
        assert!(bar(
            "澳门新葡京 AG九游会 开云体育app 皇冠体育 亚博体育 威尼斯人 金沙娱乐 米乐m6 凯发k8 华体会hth"
        ));
        assert!(bar(
            "吃瓜网|91制片厂|果冻传媒|午夜福利|亚洲看片|在线二区,自拍偷拍,天美传媒,高清91,精品站"
        ));
        // ten clauses set apart by commas are a sentence, and a figure line is no bar
        assert!(!bar(
            "建站点,强阵地,优服务,聚人心,树品牌,育人才,重宣传,抓考核,促提升,见实效"
        ));
        assert!(!bar("社工站 36个 驿站 20个 服务点 15个 书屋 8个 食堂 5个"));
    }

    #[test]
    fn folds_full_width() {
        let n = Normalized::new("覆盖率达７９％");
        assert_eq!(n.chars.iter().collect::<String>(), "覆盖率达79%");
    }
}
