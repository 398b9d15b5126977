//! Where a Chinese line may give or take space, so that justified lines stay solid (W3C clreq
//! §3.1.6 punctuation adjustment, §3.2 Han–Latin spacing, §3.8 justification).
//!
//! Every gap between two characters of a line has three properties, in points:
//! - *shrink*: how much it may close when a line is a little too long: the blank half of a
//!   full-width punctuation mark (。，、：；！？ and closing brackets on their right, opening brackets
//!   on their left) and half of the quarter em between Han and Latin text or of a word space;
//! - *first stretch*: how much it may open before any space goes between Han characters: the
//!   same places, up to a quarter em each, so a loose line widens at punctuation and at
//!   Han–Latin boundaries first and reads as solid;
//! - *even*: whether it takes a share of what is left (not inside a Latin word or a number, not
//!   before or inside a footnote mark).
//!
//! A full-width mark that ends a line is set at half width (its blank half hangs outside the
//! measure), as clreq allows for line-end punctuation.

use crate::text::{sits_left, sits_right, Measured};

/// Whether `m` is part of a footnote mark "[n]" (which is never spaced out or broken).
pub(crate) fn is_note(m: &Measured) -> bool {
    m.style.note
}

/// The blank half of a full-width mark that sits left in its em box and is not compressed
/// yet: what a line-end mark gives up.
pub(crate) fn end_trim(m: &Measured) -> f32 {
    if m.drawn && sits_left(m.ch) && m.advance > m.glyph_advance - 0.01 {
        0.5 * m.style.size
    } else {
        0.0
    }
}

/// How much the gap before `chars[i]` may close.
pub(crate) fn shrink(chars: &[Measured], i: usize) -> f32 {
    let (prev, next) = (&chars[i - 1], &chars[i]);
    if is_note(next) {
        return 0.0;
    }
    let mut total = end_trim(prev);
    if next.drawn && sits_right(next.ch) && next.gap_before >= 0.0 {
        total += 0.5 * next.style.size;
    }
    if next.gap_before > 0.0 {
        total += 0.5 * next.gap_before;
    }
    if prev.ch == ' ' {
        total += 0.4 * prev.advance;
    }
    total
}

/// How much the gap before `chars[i]` may open before Han characters are spaced out.
pub(crate) fn first_stretch(chars: &[Measured], i: usize) -> f32 {
    let (prev, next) = (&chars[i - 1], &chars[i]);
    if is_note(next) {
        return 0.0;
    }
    if is_pair(prev, next) {
        return 0.0;
    }
    let flexible = end_trim(prev) > 0.0
        || (next.drawn && sits_right(next.ch))
        || next.gap_before > 0.0
        || prev.ch == ' ';
    if flexible {
        0.25 * next.style.size.max(prev.style.size)
    } else {
        0.0
    }
}

/// Whether the gap before `chars[i]` takes a share of the space left after the first stretch
/// (not inside a Latin word, a note mark or a compressed punctuation pair).
pub(crate) fn even(chars: &[Measured], i: usize) -> bool {
    let (a, b) = (&chars[i - 1], &chars[i]);
    !(is_note(b) || (is_word_char(a.ch) && is_word_char(b.ch)) || is_pair(a, b))
}

/// Two adjacent full-width marks, set with half the blank between them (clreq §3.1.6): the
/// gap stays as compressed.
fn is_pair(prev: &Measured, next: &Measured) -> bool {
    let punct = |c: char| sits_left(c) || sits_right(c);
    punct(prev.ch) && punct(next.ch)
}

pub(crate) fn is_latin_or_digit(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '\u{C0}'..='\u{24F}')
}

/// A character of a Latin word, number, file name or address: the gap between two of them is
/// never opened (d244_anhui_hanshan.txt, www.example.cn/a?b=1 would read letter-spaced).
fn is_word_char(c: char) -> bool {
    is_latin_or_digit(c) || (c.is_ascii_graphic() && !matches!(c, '(' | ')' | '[' | ']'))
}

/// Running sums of the three gap properties, so that a line's totals cost O(1) in the
/// line breaker. Index `i` holds the sum over the gaps before characters `1..=i`.
pub(crate) struct GlueSums {
    shrink: Vec<f32>,
    first: Vec<f32>,
    even: Vec<f32>,
}

impl GlueSums {
    pub fn new(chars: &[Measured]) -> GlueSums {
        let n = chars.len();
        let mut sums = GlueSums {
            shrink: vec![0.0; n.max(1)],
            first: vec![0.0; n.max(1)],
            even: vec![0.0; n.max(1)],
        };
        for i in 1..n {
            sums.shrink[i] = sums.shrink[i - 1] + shrink(chars, i);
            sums.first[i] = sums.first[i - 1] + first_stretch(chars, i);
            sums.even[i] = sums.even[i - 1] + if even(chars, i) { 1.0 } else { 0.0 };
        }
        sums
    }

    /// Totals over the gaps inside the line of characters `start..visible_end`:
    /// (shrink, first stretch, number of even gaps).
    pub fn line(&self, start: usize, visible_end: usize) -> (f32, f32, f32) {
        if visible_end <= start + 1 {
            return (0.0, 0.0, 0.0);
        }
        let last = visible_end - 1;
        (
            self.shrink[last] - self.shrink[start],
            self.first[last] - self.first[start],
            self.even[last] - self.even[start],
        )
    }
}

/// The cost of setting a line `slack` points short of the measure (negative: too long),
/// relative to its font size: shrinking costs little (a half-width mark is normal in clreq),
/// stretching at punctuation a little more, spacing out Han characters the most. `None` when
/// the line cannot be set at all.
pub(crate) fn badness(slack: f32, size: f32, glue: (f32, f32, f32)) -> Option<f32> {
    let (shrink, first, even) = glue;
    if slack < 0.0 {
        if -slack > shrink + 0.01 {
            return None;
        }
        let ratio = -slack / shrink.max(0.01);
        return Some((ratio * 8.0).powi(2));
    }
    let spots = first / (0.25 * size);
    let used_first = slack.min(first);
    let first_em = if spots > 0.0 {
        used_first / spots / size
    } else {
        0.0
    };
    let rest_em = (slack - used_first) / even.max(1.0) / size;
    Some((first_em * 40.0).powi(2) + (rest_em * 100.0).powi(2))
}

/// Extra space (negative: less) after each character of `chars[start..visible_end]` but the
/// last, so that the line takes `slack` more points: shrink first when it is too long;
/// otherwise the first stretch, then an even share for each even gap (when `spread`; ragged
/// lines keep their natural spacing).
pub(crate) fn distribute(
    chars: &[Measured],
    start: usize,
    visible_end: usize,
    slack: f32,
    spread: bool,
) -> Vec<f32> {
    let gaps = visible_end.saturating_sub(start + 1);
    let mut extra = vec![0.0f32; gaps];
    if gaps == 0 {
        return extra;
    }
    let gap = |k: usize| start + 1 + k;
    if slack < 0.0 {
        let capacity: Vec<f32> = (0..gaps).map(|k| shrink(chars, gap(k))).collect();
        let total: f32 = capacity.iter().sum();
        if total > 0.0 {
            let ratio = (-slack / total).min(1.0);
            for (e, c) in extra.iter_mut().zip(&capacity) {
                *e = -c * ratio;
            }
        }
        return extra;
    }
    if !spread || slack == 0.0 {
        return extra;
    }
    let caps: Vec<f32> = (0..gaps).map(|k| first_stretch(chars, gap(k))).collect();
    let first_total: f32 = caps.iter().sum();
    let used = slack.min(first_total);
    if first_total > 0.0 {
        let ratio = used / first_total;
        for (e, c) in extra.iter_mut().zip(&caps) {
            *e = c * ratio;
        }
    }
    let rest = slack - used;
    if rest > 0.0 {
        let weights: Vec<bool> = (0..gaps).map(|k| even(chars, gap(k))).collect();
        let count = weights.iter().filter(|w| **w).count();
        if count > 0 {
            let per = rest / count as f32;
            for (e, w) in extra.iter_mut().zip(&weights) {
                if *w {
                    *e += per;
                }
            }
        } else if let Some(first) = caps.iter().position(|c| *c > 0.0) {
            // Nothing else may open: the flexible gaps take it all.
            let spots = caps.iter().filter(|c| **c > 0.0).count() as f32;
            for (e, c) in extra.iter_mut().zip(&caps).skip(first) {
                if *c > 0.0 {
                    *e += rest / spots;
                }
            }
        }
    }
    extra
}

/// Han characters in a line, for tests of the spacing.
#[cfg(test)]
pub(crate) fn han_gaps(chars: &[Measured], xs: &[f32], start: usize) -> Vec<f32> {
    use crate::text::is_han;
    (1..xs.len())
        .filter(|&k| is_han(chars[start + k - 1].ch) && is_han(chars[start + k].ch))
        .map(|k| (xs[k] - xs[k - 1] - chars[start + k - 1].advance) / chars[start + k].style.size)
        .collect()
}
