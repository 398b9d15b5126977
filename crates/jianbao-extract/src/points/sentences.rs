//! The shape of a point's text: trimming a sentence of its byline and dateline, telling
//! headings, questions, voices and cut-off ends, and cutting a long sentence into the runs of
//! clauses points are made of.

use super::Compiled;
use std::ops::Range;

pub(super) fn trim_range(chars: &[char], mut r: Range<usize>) -> Range<usize> {
    while r.start < r.end && chars[r.start].is_whitespace() {
        r.start += 1;
    }
    while r.end > r.start && chars[r.end - 1].is_whitespace() {
        r.end -= 1;
    }
    r
}

/// Whether `sentence` is the last text of the document and lacks its end: a page or excerpt cut
/// at a fixed length (……组成的专业化队伍,提). Its last clause is no point; earlier whole
/// clauses of it still are.
pub(super) fn is_cut_off(chars: &[char], sentence: &Range<usize>) -> bool {
    let last_text = chars[sentence.end..].iter().all(|c| c.is_whitespace());
    last_text
        && sentence.end > sentence.start
        && !matches!(
            chars[sentence.end - 1],
            '。' | '.' | '!' | '?' | '！' | '？' | ';' | '；' | '”' | '"' | '」' | '）' | ')' | '…'
        )
}

/// A clause cut from a longer sentence ends at the `,` or `;` that joined it to the next one:
/// the point ends before it, so it does not read as broken off.
pub(super) fn trim_clause_end(chars: &[char], mut r: Range<usize>) -> Range<usize> {
    while r.end > r.start && matches!(chars[r.end - 1], ',' | ';' | ':') {
        r.end -= 1;
    }
    r
}

/// A paragraph that is a subheading: short, without a sentence end (聚沙成塔 助力流动党员“筑巢扎根”),
/// or a lead-in ending in a dash (体制机制建设不断加强——).
pub(super) fn is_heading(chars: &[char], paragraph: &Range<usize>) -> bool {
    let p = trim_range(chars, paragraph.clone());
    let text = &chars[p];
    // only a short paragraph is scanned: a long one is no heading (and scanning it for each of
    // its sentences would be quadratic)
    (text.len() <= 40 && !text.iter().any(|&c| crate::ingest::is_sentence_end(c)))
        || text.ends_with(&['—', '—'])
}

/// Cuts a closing byline in parentheses off a sentence: ……基层才能更具生机和活力。(潮新闻 记者 陆乐).
pub(super) fn cut_byline(chars: &[char], r: Range<usize>) -> Range<usize> {
    let s = &chars[r.clone()];
    if s.last() != Some(&')') {
        return r;
    }
    let Some(open) = s.iter().rposition(|&c| c == '(') else {
        return r;
    };
    let inner = &s[open + 1..s.len() - 1];
    let inner_text: String = inner.iter().collect();
    let is_name = (2..=4).contains(&inner.len()) && inner.iter().all(|c| is_cjk(*c));
    let before_ends = open > 0 && crate::ingest::is_sentence_end(s[open - 1]);
    if inner.len() <= 24
        && (inner_text.contains("记者") || inner_text.contains("通讯员") || is_name)
        && (before_ends || inner_text.contains("记者"))
    {
        r.start..r.start + open
    } else {
        r
    }
}

/// Cuts an opening dateline off a sentence: 本报讯(记者 施安南 通讯员 姜亚彬)在城市街区中…
pub(super) fn cut_dateline(chars: &[char], r: Range<usize>) -> Range<usize> {
    let s = &chars[r.clone()];
    if !s.starts_with(&['本', '报', '讯']) {
        return r;
    }
    let mut at = 3;
    if s.get(at) == Some(&'(') {
        if let Some(close) = s[at..].iter().position(|&c| c == ')').filter(|&p| p <= 30) {
            at += close + 1;
        }
    }
    r.start + at..r.end
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

pub(super) fn is_question(s: &[char]) -> bool {
    s.iter().any(|&c| c == '?' || c == '？')
}

/// Reported voices (“我们站点上的快递员……”……): colour, not a point.
pub(super) fn is_voice(s: &[char]) -> bool {
    s.first() == Some(&'“') && s.windows(2).any(|w| w == ['…', '…'])
}

pub(super) fn is_clause_break(c: char) -> bool {
    matches!(c, ',' | ';' | ':' | '。' | '!' | '?')
}

/// A clause shorter than this is a lead-in (a date, a topic) and stays with the next one.
const MIN_CLAUSE_CHARS: usize = 13;

/// The units a sentence gives points in: the sentence itself when short enough, else runs of
/// clauses of at most `max_chars` (a single longer clause stands alone).
pub(super) fn units(v: &Compiled, s: &[char]) -> Vec<Range<usize>> {
    if s.len() <= v.max_chars {
        return std::iter::once(0..s.len()).collect();
    }
    let mut clauses = Vec::new();
    let mut start = 0;
    for (i, &c) in s.iter().enumerate() {
        if is_clause_break(c) {
            clauses.push(start..i + 1);
            start = i + 1;
        }
    }
    if start < s.len() {
        clauses.push(start..s.len());
    }
    // A plan announced at the head of a sentence (下一步,……将……; 新的一年,……将……) governs every
    // clause after it: cut, the plan loses its object. Such a sentence stays whole up to twice
    // the limit.
    if s.len() <= 2 * v.max_chars {
        let text = crate::ingest::string_of(s);
        let head_end = clauses.get(1).or(clauses.first()).map_or(0, |c| c.end);
        if v.cues
            .scan(&text, s)
            .hits(v.plan)
            .iter()
            .any(|h| h.start < head_end)
        {
            return std::iter::once(0..s.len()).collect();
        }
    }
    // Runs of clauses of up to `max_chars`, closed at a clause that may stand alone: not a
    // continuation (较上年……, 其中……) and not after a short lead-in (截至2024年12月底,); closed
    // at ; always; a run with no such break grows until one comes (or to twice the limit).
    let opens_continuation = |clause: &Range<usize>| {
        let cs = &s[clause.clone()];
        let text = crate::ingest::string_of(cs);
        v.cues
            .scan(&text, cs)
            .hits(v.continuations)
            .first()
            .is_some_and(|h| h.start == 0)
    };
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut run: Option<(Range<usize>, usize)> = None; // (run, length of its last clause)
    for clause in clauses {
        run = match run {
            Some((r, last)) => {
                let too_long = clause.end - r.start > v.max_chars;
                let may_break = last >= MIN_CLAUSE_CHARS && !opens_continuation(&clause);
                if s[r.end - 1] == ';'
                    || (too_long && may_break)
                    || clause.end - r.start > 2 * v.max_chars
                {
                    out.push(r);
                    Some((clause.clone(), clause.len()))
                } else {
                    Some((r.start..clause.end, clause.len()))
                }
            }
            None => Some((clause.clone(), clause.len())),
        };
    }
    if let Some((r, _)) = run {
        out.push(r);
    }
    out
}
