//! Aims and survey samples: the pass after the fact rules that marks a figure its sentence sets
//! as an aim (力争到2027年覆盖率达到90%, 计划新建驿站40个, 预计服务500人次, 还将增加100个) as a
//! target, dated the year it is set for, and takes the metric off a figure that counts the people
//! or bodies a survey asked (对162名社区工作者开展调研, 回收问卷158份).
//!
//! A target keeps the metric of what it measures, so a briefing can set the aim beside the
//! current value; it must never be read as that value. A survey's sample is not the workforce or
//! sector it was drawn from, so it fits no catalog metric. Cue words are `data/targets.toml`.

mod reach;

use crate::rules::AnalysedDoc;
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use jianbao_facts::{Fact, SourceInfo};
use reach::{deadline_year, list_start, span_years};
use serde::Deserialize;
use std::ops::Range;
use std::sync::OnceLock;

#[cfg(test)]
const TARGET_DATA: &str = include_str!("../../../data/targets.toml");

/// The word lists of `data/targets.toml` (see the comments there): lists `L` and plan periods
/// `P` (`Vec<String>` and a map as the tests parse them, static slices as build.rs writes them).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct TargetWords<L, P> {
    aim: L,
    aim_with_verb: L,
    aim_verbs: L,
    not_aim: L,
    reported: L,
    outcome_after: L,
    aim_after: L,
    until: L,
    until_verbs: L,
    change_to: L,
    deadline: L,
    future_openers: L,
    disposal_verbs: L,
    past_words: L,
    baseline_before: L,
    own_time: L,
    openers_before_count: L,
    future_cues: L,
    this_event: L,
    relative_years: L,
    span_ends: L,
    span_not_after: L,
    periods: P,
    survey: SurveyWords<L>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SurveyWords<L> {
    sample_before: L,
    filler: L,
    survey_words: L,
    not_object: L,
}

/// The lists as the crate reads them: static slices.
type Words = TargetWords<&'static [&'static str], &'static [(&'static str, i32)]>;

// `TARGET_WORDS`: data/targets.toml as `Words`, written when the crate was built (build.rs,
// build/flat_lists.rs), so that no start parses its TOML; the tests check it equals the parse.
include!(concat!(env!("OUT_DIR"), "/target_words.rs"));

/// What a cue word is.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Cue {
    /// Sets an aim on its own (力争, 预计).
    Aim,
    /// Sets an aim only before a verb of its clause (计划新建, 将提升至).
    AimWithVerb,
    /// Holds a cue but sets no aim (计划生育, 将近, 目标任务).
    NotAim,
}

/// The lists, with the cues compiled into one leftmost-longest automaton (blockers included, so
/// that 计划生育 wins over 计划).
struct Compiled {
    words: &'static Words,
    cues: Option<AhoCorasick>,
    kinds: Vec<Cue>,
}

/// Compiles the targets' cues now rather than at the first figure read (so that another thread can).
pub(crate) fn prepare() {
    compiled();
}

fn compiled() -> &'static Compiled {
    static COMPILED: OnceLock<Compiled> = OnceLock::new();
    COMPILED.get_or_init(|| {
        let words = &TARGET_WORDS;
        let mut patterns: Vec<&str> = Vec::new();
        let mut kinds = Vec::new();
        for (list, kind) in [
            (words.not_aim, Cue::NotAim),
            (words.aim, Cue::Aim),
            (words.aim_with_verb, Cue::AimWithVerb),
        ] {
            for &w in list {
                if !patterns.contains(&w) {
                    patterns.push(w);
                    kinds.push(kind);
                }
            }
        }
        // a contiguous NFA: the same matches as the DFA the builder would pick, built in a
        // fraction of its time (this is built at every start; the texts searched are short).
        // A double-array automaton serialised by build.rs (as the catalog's) reads back in more
        // instructions than this build takes: its character table is read whole at each start.
        let cues = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(&patterns)
            .ok();
        Compiled { words, cues, kinds }
    })
}

/// How far before a figure (characters) its sentence is searched for an aim's cue: a lead-in
/// (力争到2027年,) and a few parallel clauses of aims, not a whole unpunctuated page.
const MAX_CUE_DISTANCE: usize = 240;

/// Normalised text folds full-width punctuation to half-width: these end a clause.
fn is_clause_break(c: char) -> bool {
    matches!(c, ',' | ';' | ':' | '。' | '!' | '?' | '\n')
}

/// An aim found before a figure: the year it is set for when the text names one.
#[derive(Debug, Clone, PartialEq)]
struct Aim {
    year: Option<i32>,
    /// Set by a cue of the text's own future (今年将, 还将): without a year of its own it is an
    /// aim of the document's year.
    future: bool,
}

/// Marks the targets and survey samples among `doc`'s facts. `info` is the manifest entry (its
/// date says which years are still to come when the text has no date line).
pub(crate) fn mark(doc: &mut AnalysedDoc<'_>, info: Option<&SourceInfo>) {
    if doc.facts.is_empty() {
        return;
    }
    let c = compiled();
    let mut doc_year: Option<Option<i32>> = None;
    let text = doc.text;
    let mut year_of_doc = || {
        *doc_year.get_or_insert_with(|| {
            let stated = crate::dates::DocDate::parse(info.and_then(|i| i.date.as_deref()));
            stated.year.or_else(|| {
                let lines: Vec<Vec<char>> = text.lines().map(|l| l.chars().collect()).collect();
                crate::dates::date_from_lines(lines.iter().map(Vec::as_slice)).year
            })
        })
    };
    let normalized = &doc.normalized;
    let headline_aims = headline_aims(c, normalized, &doc.articles, &mut year_of_doc);
    for (fact, sentence) in doc.facts.iter_mut() {
        let Some(at) = figure_at(normalized, fact, sentence) else {
            continue;
        };
        let chars = &normalized.chars;
        // an aim's cue leads its sentence's clause or stands a few clauses before the figure
        let floor = at.figure.saturating_sub(MAX_CUE_DISTANCE);
        let reach = floor.max(sentence.start);
        let before = crate::ingest::string_of(&chars[reach..at.figure]);
        let clause_before = crate::ingest::string_of(&chars[at.clause.start..at.figure]);
        let clause_after = crate::ingest::string_of(&chars[at.figure..at.clause.end]);
        let sentence_after = crate::ingest::string_of(&chars[at.figure..sentence.end]);
        let outcome_after = c
            .words
            .outcome_after
            .iter()
            .any(|w| sentence_after.contains(w));
        let aim = aim_before(c, &before, &mut year_of_doc)
            .or_else(|| {
                let list = floor.max(list_start(c.words, chars, sentence.start, at.figure));
                (list < reach)
                    .then(|| {
                        let list = crate::ingest::string_of(&chars[list..at.figure]);
                        list_aim(c, &list, &mut year_of_doc)
                    })
                    .flatten()
            })
            .or_else(|| {
                aim_named_after(c.words, &clause_after).then(|| Aim {
                    year: year_before(&before),
                    future: false,
                })
            })
            .filter(|_| !outcome_after && !is_baseline(c.words, &clause_before, &clause_after));
        // 湖州市今年将建30个驿站 over a body that tells the same count without a cue (今年,湖州市
        // ……新建30个驿站): the headline says it is still to come
        let aim = aim.or_else(|| {
            let reported = c.words.reported.iter().any(|w| clause_before.contains(w));
            let in_head = headline_aims
                .iter()
                .any(|h| h.head.contains(&sentence.start));
            (!reported && !in_head)
                .then(|| {
                    headline_aims.iter().find(|h| {
                        h.body.contains(&sentence.start)
                            && h.value == fact.value
                            && crate::numbers::same_unit_family(&h.unit, &fact.unit)
                            && counts_the_same(&h.counted, &fact.label)
                    })
                })
                .flatten()
                .map(|h| h.aim.clone())
        });
        if let Some(aim) = aim {
            fact.target = true;
            // a notice or plan titled with its year (2025年……公开招聘社区工作者公告, 2024年志愿
            // 服务工作要点) sets its aims for that year when their sentence names none; a title
            // of a year before the page's (2023年工作总结 on a 2024 page) is a review's
            let titled = title_year(normalized, &doc.articles, sentence.start)
                .filter(|&y| year_of_doc().is_none_or(|d| y >= d));
            let year = aim
                .year
                .or_else(|| period_year(c.words, &before))
                .or_else(|| {
                    span_years(c.words, &before)
                        .zip(year_of_doc())
                        .map(|(n, d)| d + n - 1)
                })
                .or(titled)
                .or_else(|| aim.future.then(&mut year_of_doc).flatten());
            fact.as_of = match year {
                Some(year) => Some(format!("{year:04}")),
                None => crate::dates::aim_as_of(&before, fact.as_of.take()),
            };
        }
        let lead = &chars[at.figure.saturating_sub(LEAD_REACH)..at.figure];
        if !fact.target
            && dated_after_the_page(c.words, fact, &clause_before, lead, &mut year_of_doc)
        {
            fact.target = true;
        }
        if is_survey_sample(&c.words.survey, fact, &clause_before, &clause_after) {
            fact.metric = None;
        }
    }
}

/// Whether the fact is dated a year after the page's own (a plan's 到2027年底,……达到100%。全市建成
/// ……200家, a 2025—2027年 plan's 每年培训5000人次, on a 2025 page): a figure the dates pass reads
/// as of a year still to come can be no reading of what is, only what a plan sets for that year.
/// Plans write one 到20XX年 lead and then their aims in sentences of their own, each without a
/// cue. Not when the page's year is unknown, nor with a word of reporting in the figure's clause
/// (截至, 已, 累计: a page dated before what it reports is misdated, not a plan). The year must
/// stand in the text before the figure (within `LEAD_REACH`, `lead`) as a lead of time: 20XX年 then
/// a clause break, 底, 末, 前 (not opening a part of the year: 2021年前11个月) or 至 (到2027年底,  2025年至2027年,), not a year that describes a
/// noun (面向2022—2023年应届毕业生招录1000名: the graduates' years, no aim's).
fn dated_after_the_page(
    words: &Words,
    fact: &jianbao_facts::Fact,
    clause_before: &str,
    lead: &[char],
    year_of_doc: &mut impl FnMut() -> Option<i32>,
) -> bool {
    let Some(year) = fact
        .as_of
        .as_deref()
        .and_then(|a| a.get(..4))
        .and_then(|y| y.parse::<i32>().ok())
    else {
        return false;
    };
    let written: Vec<char> = format!("{year:04}年").chars().collect();
    let as_lead = (0..lead.len().saturating_sub(written.len() - 1))
        .rev()
        .find(|&i| lead[i..].starts_with(&written))
        .is_some_and(|i| {
            let after = &lead[i + written.len()..];
            match after.first() {
                None => true,
                // 2027年前 is a deadline; 2021年前11个月, 2021年前三季度 a part of the year reported
                Some('前') => !after.get(1).is_some_and(|&c| opens_a_count(c)),
                Some(&c) => is_clause_break(c) || "底末至内".contains(c),
            }
        });
    as_lead
        && !words.reported.iter().any(|w| clause_before.contains(w))
        && year_of_doc().is_some_and(|d| year > d)
}

/// Whether `c` opens a count of a year's parts (前11个月, 前三季度, 前半年): 年前 then opens the
/// part of the year a report covers, not a deadline.
fn opens_a_count(c: char) -> bool {
    c.is_ascii_digit() || "一二两三四五六七八九十半几".contains(c)
}

/// How far before a figure (characters) the year of a plan's lead is looked for: the lead's
/// sentence and a few sentences of aims after it.
const LEAD_REACH: usize = 300;

/// The one year the title of the article holding the sentence at `sentence_start` names
/// (2025年舟山市普陀区公开招聘……公告, 西岭区2024年度志愿服务工作计划): the article's first head
/// line, else the page's first line when it is short enough to be a title. None when the title
/// names no year, several, or a span (2021—2025年, 2024-2026年), which sets no one year.
fn title_year(
    normalized: &crate::ingest::Normalized,
    articles: &[crate::rules::ArticleAnalysis],
    sentence_start: usize,
) -> Option<i32> {
    /// A first line longer than this is the text's lead, not its title.
    const MAX_TITLE_CHARS: usize = 40;
    let chars = &normalized.chars;
    let article = articles.iter().find(|a| {
        matches!((a.sentences.first(), a.sentences.last()),
            (Some(f), Some(l)) if (f.start..l.end).contains(&sentence_start))
    })?;
    let title: &[char] = if article.head.is_empty() {
        let first = normalized.lines.first()?;
        let line = &chars[first.range.clone()];
        if line.len() > MAX_TITLE_CHARS || first.range.start >= sentence_start {
            return None;
        }
        line
    } else {
        let head = &chars[article.head.clone()];
        head.split(|&c| c == '\n').find(|l| !l.is_empty())?
    };
    one_year(title)
}

/// The one year (20XX年, 20XX年度) a title names, not one end of a span.
fn one_year(title: &[char]) -> Option<i32> {
    let span_mark = |c: char| matches!(c, '—' | '-' | '~' | '至' | '到' | '–');
    let mut found: Option<i32> = None;
    for i in 0..title.len().saturating_sub(4) {
        let digits = &title[i..i + 4];
        if !(digits.iter().all(char::is_ascii_digit) && digits[0] == '2') {
            continue;
        }
        if i > 0 && (title[i - 1].is_ascii_digit() || span_mark(title[i - 1])) {
            return None;
        }
        let after = title.get(i + 4).copied();
        if after.is_some_and(span_mark) {
            return None;
        }
        if after != Some('年') {
            continue;
        }
        let year: i32 = digits.iter().collect::<String>().parse().ok()?;
        if found.is_some_and(|y| y != year) {
            return None;
        }
        found = Some(year);
    }
    found
}

/// A figure a headline sets as an aim (湖州市今年将建30个新就业群体服务驿站), with the article
/// it heads.
struct HeadlineAim {
    /// The article's head lines and body sentences (normalised ranges).
    head: Range<usize>,
    body: Range<usize>,
    value: f64,
    unit: String,
    /// The headline's words right after the figure (新就业群体服务驿站): the body's figure must
    /// count the same thing.
    counted: Vec<char>,
    aim: Aim,
}

/// How many characters after a headline's figure say what it counts.
const HEADLINE_NOUN_CHARS: usize = 12;

/// Whether a fact's label shares a pair of characters with what a headline's figure counts
/// (驿站 in 新就业群体服务驿站 and 驿站): the same thing counted, not another count of 30.
fn counts_the_same(counted: &[char], label: &str) -> bool {
    let label: Vec<char> = label.chars().collect();
    label.windows(2).any(|w| counted.windows(2).any(|c| c == w))
}

/// The figures the head lines of each article set as aims: a headline speaks of the article's
/// own time (将建, 将有, 力争), so its body may tell the same count as the plain news of what is
/// planned (今年,全市在商圈新建30个驿站), which is still an aim.
fn headline_aims(
    c: &Compiled,
    normalized: &crate::ingest::Normalized,
    articles: &[crate::rules::ArticleAnalysis],
    doc_year: &mut impl FnMut() -> Option<i32>,
) -> Vec<HeadlineAim> {
    let chars = &normalized.chars;
    let mut aims = Vec::new();
    for article in articles.iter().filter(|a| a.relevant && !a.head.is_empty()) {
        let (Some(first), Some(last)) = (article.sentences.first(), article.sentences.last())
        else {
            continue;
        };
        let body = first.start..last.end;
        for line in chars[article.head.clone()].split(|&ch| ch == '\n') {
            for q in crate::numbers::find_quantities(line) {
                let before: String = line[..q.number_start].iter().collect();
                if let Some(aim) = aim_before(c, &before, doc_year) {
                    let counted = line[q.range.end..]
                        .iter()
                        .take_while(|&&ch| !is_clause_break(ch) && ch != ' ')
                        .take(HEADLINE_NOUN_CHARS)
                        .copied()
                        .collect();
                    aims.push(HeadlineAim {
                        head: article.head.clone(),
                        body: body.clone(),
                        value: q.value,
                        unit: q.unit.clone(),
                        counted,
                        aim,
                    });
                }
            }
        }
    }
    aims
}

/// Where a fact's figure stands in the normalised text: its clause and its first character.
struct FigureAt {
    clause: Range<usize>,
    figure: usize,
}

/// The fact's clause is the last clause of its quote (a quote ends with the figure's clause);
/// the figure is the Arabic number in it that is no year, month or ordinal and reads the fact's
/// value (由743个调整为841个: 841's figure is the second), else the first such number, else the
/// clause's end (a figure in Chinese numerals: then only words before the clause's end count).
fn figure_at(
    normalized: &crate::ingest::Normalized,
    fact: &Fact,
    sentence: &Range<usize>,
) -> Option<FigureAt> {
    let chars = &normalized.chars;
    if sentence.end > chars.len() || sentence.is_empty() {
        return None;
    }
    // original offsets grow with normalised ones: the first character past the quote's end
    let (mut low, mut high) = (sentence.start, sentence.end);
    while low < high {
        let mid = low + (high - low) / 2;
        if normalized.original_span(mid..mid + 1)[0] < fact.span[1] {
            low = mid + 1;
        } else {
            high = mid;
        }
    }
    let quote_end = low;
    if quote_end == sentence.start {
        return None;
    }
    let floor = quote_end
        .saturating_sub(MAX_CUE_DISTANCE)
        .max(sentence.start);
    let clause_start = (floor..quote_end)
        .rev()
        .find(|&i| is_clause_break(chars[i]))
        .map_or(floor, |i| i + 1);
    let clause = clause_start..quote_end;
    let mut i = clause.start;
    let mut first = None;
    while i < clause.end {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < clause.end && (chars[i].is_ascii_digit() || chars[i] == '.') {
            i += 1;
        }
        let dated = chars
            .get(i)
            .is_some_and(|&c| matches!(c, '年' | '月' | '日' | '号'));
        let ordinal = start > 0 && chars[start - 1] == '第';
        if dated || ordinal {
            continue;
        }
        first.get_or_insert(start);
        let digits = crate::ingest::string_of(&chars[start..i]);
        if digits
            .parse::<f64>()
            .is_ok_and(|v| reads_value(v, fact.value))
        {
            return Some(FigureAt {
                clause,
                figure: start,
            });
        }
    }
    let figure = first.unwrap_or(clause.end);
    Some(FigureAt { clause, figure })
}

/// Whether the digits `written` give `value` by a scale a figure is written with (万, 亿, 千, 百).
fn reads_value(written: f64, value: f64) -> bool {
    [1.0, 100.0, 1e3, 1e4, 1e8]
        .iter()
        .any(|scale| (written * scale - value).abs() <= 1e-6 * value.abs().max(1.0))
}

/// The aim a list's lead sets for a figure in a later item (`list` runs from the list's start to
/// the figure): the cue must stand before the list's first count (力争新建驿站10个;培训骑手200
/// 人次; 今年将重点做好以下工作:新建……;培训……). A cue after it (……8个部门驻点,确保服务不打烊;
/// 18个部门轮驻) is that item's own purpose clause and sets nothing for the items after.
fn list_aim(c: &Compiled, list: &str, doc_year: &mut impl FnMut() -> Option<i32>) -> Option<Aim> {
    let lead_end = first_figure(list)?;
    aim_with_cue(c, list, doc_year)
        .filter(|&(_, cue_at)| cue_at < lead_end)
        .map(|(aim, _)| aim)
}

/// Whether the figure is the starting value of a change its clause tells (由743个调整为841个,
/// 从60%提高到80%): a baseline, never the aim.
fn is_baseline(words: &Words, clause_before: &str, clause_after: &str) -> bool {
    words
        .baseline_before
        .iter()
        .any(|w| clause_before.ends_with(w))
        && words.change_to.iter().any(|v| clause_after.contains(v))
}

/// The aim set for a figure whose sentence reads `before` up to it, if any: the last cue before
/// the figure, with no word of reporting between them, or 到20XX年 with a change verb in a year
/// not before the document's own.
fn aim_before(
    c: &Compiled,
    before: &str,
    doc_year: &mut impl FnMut() -> Option<i32>,
) -> Option<Aim> {
    aim_with_cue(c, before, doc_year).map(|(aim, _)| aim)
}

/// [`aim_before`] with the byte offset in `before` of the cue (or the 到, the deadline's year) that
/// sets the aim.
fn aim_with_cue(
    c: &Compiled,
    before: &str,
    doc_year: &mut impl FnMut() -> Option<i32>,
) -> Option<(Aim, usize)> {
    let words = &c.words;
    let last_cue = c.cues.as_ref().and_then(|cues| {
        cues.find_iter(before)
            .filter(|m| c.kinds[m.pattern().as_usize()] != Cue::NotAim)
            .last()
    });
    if let Some(m) = last_cue {
        let after = &before[m.end()..];
        let reported = words.reported.iter().any(|w| after.contains(w));
        let cue = &before[m.start()..m.end()];
        let sets_aim = match c.kinds[m.pattern().as_usize()] {
            Cue::AimWithVerb => {
                let disposal = words.future_cues.contains(&cue);
                verb_follows(words, after, disposal) || opens_future(words, after)
            }
            // 将有条件的社区纳入……: the disposal 将 of a noun that 有……的 describes
            _ if cue.ends_with('有') => !describes_noun(after),
            _ => true,
        };
        if sets_aim && !reported {
            if !words.future_cues.contains(&cue) {
                let aim = Aim {
                    year: year_after(after).or_else(|| year_before(&before[..m.start()])),
                    future: false,
                };
                return Some((aim, m.start()));
            }
            // 将, 还将, 即将: the future of the text's own time, unless a year before the
            // document's says the act is past (2023年,全市将……提升至150个 in a 2025 article)
            let year = year_after(after).or_else(|| year_of_clause(words, &before[..m.start()]));
            let past = year.zip(doc_year()).is_some_and(|(y, d)| y < d)
                || (year_after(after).is_none() && told_as_past(words, &before[..m.start()]));
            // (in the cue's own clause: 此次全县将有21家单位……)
            let own_clause = before[..m.start()]
                .rsplit(is_clause_break)
                .next()
                .unwrap_or_default();
            let event = words.this_event.iter().any(|w| own_clause.contains(w));
            if !past && !event {
                return Some((Aim { year, future: true }, m.start()));
            }
        }
    }
    // 到2027年底,全市持证社工达到5000人: a change by a year still to come
    let until = until_year(words, before)
        .filter(|(_, after)| words.until_verbs.iter().any(|v| after.contains(v)));
    // 2022年底前,……达到2482个: what is to be done by a deadline
    let (year, after) = until.or_else(|| {
        deadline_year(words, before, doc_year).filter(|(_, after)| has_aim_verb(words, after, true))
    })?;
    let reported = words.reported.iter().any(|w| after.contains(w));
    let aim = Aim {
        year: Some(year),
        future: false,
    };
    (!reported && doc_year().is_some_and(|d| year >= d))
        .then_some((aim, before.len() - after.len()))
}

/// Whether a verb of `aim_verbs` stands in `s` before its first figure that is no starting
/// value of a change (将社区由743个调整为: 743 is passed over). A verb followed by 的 modifies a
/// noun: after the disposal 将 (`disposal`, 将新建的40个驿站纳入……) or a deadline it tells what
/// the noun is; after 计划 or 拟 (计划招聘的1000名, 拟开展的20个项目) the figure is still the plan's.
fn has_aim_verb(words: &Words, s: &str, disposal: bool) -> bool {
    let upto = aim_figure(words, s).unwrap_or(s.len());
    let s = &s[..upto];
    words.aim_verbs.iter().any(|v| {
        s.match_indices(v)
            .any(|(i, _)| !(disposal && s[i + v.len()..].starts_with('的')))
    })
}

/// Byte offset of the first figure in `s` that is neither a year nor the starting value of a
/// change (由743个, 从100名候选人中).
fn aim_figure(words: &Words, s: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(at) = first_figure(&s[from..]).map(|i| i + from) {
        if !words.baseline_before.iter().any(|w| s[..at].ends_with(w)) {
            return Some(at);
        }
        from = s[at..]
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .map_or(s.len(), |i| at + i);
    }
    None
}

/// Whether an aim verb follows an auxiliary cue before any other figure: in the cue's own
/// clause (计划新建驿站, 将提升至), or after a lead-in clause of time alone (争取到2026年,全市……
/// 实现), or in the figure's own clause after a lead-in with no figure that opens the plan's
/// sentence (将围绕骑手需求,新建驿站5个; 将重点做好以下工作:……). A figure right after the cue
/// (将1429个党组织设进楼宇) is its object: the disposal 将 (`disposal`: the cue is one of 将's).
fn verb_follows(words: &Words, after: &str, disposal: bool) -> bool {
    let clause_end = after.find(is_clause_break).unwrap_or(after.len());
    let own = &after[..clause_end];
    let has_verb = |s: &str| has_aim_verb(words, s, disposal);
    if has_verb(own) {
        return true;
    }
    let rest = &after[clause_end..];
    let time_only = !own.is_empty()
        && own
            .chars()
            .all(|c| c.is_ascii_digit() || "到至在于年底前内月今明全末".contains(c));
    if time_only && has_verb(rest) {
        return true;
    }
    let lead_in = first_figure(own).is_none()
        && !words.disposal_verbs.iter().any(|v| own.contains(v))
        && (words.future_openers.iter().any(|w| own.starts_with(w)) || rest.starts_with(':'));
    let figure_clause = rest.rsplit(is_clause_break).next().unwrap_or_default();
    lead_in && !rest.is_empty() && has_verb(figure_clause)
}

/// Whether an auxiliary cue is followed by a preposition or an adverb (还将为5000名骑手提供体检,
/// 将陆续建成, 将在36个县新设) in the figure's own clause: the auxiliary of a verb still to come, which may follow
/// the figure. `after` runs from the cue to the figure.
fn opens_future(words: &Words, after: &str) -> bool {
    // 将在36个县……新设: a preposition of place before the count of places the plan names
    // (`after` ends where the figure starts: the count is that figure or one before it)
    let before_count = || {
        words.openers_before_count.iter().any(|w| {
            after
                .strip_prefix(w)
                .is_some_and(|rest| rest.chars().next().is_none_or(|c| c.is_ascii_digit()))
        })
    };
    !after.contains(is_clause_break)
        && (words.future_openers.iter().any(|w| after.starts_with(w)) || before_count())
}

/// Whether the words after 将有 describe a noun (将有条件的村, 将有意愿的骑手): 的 within a few
/// characters, before any clause break or figure.
fn describes_noun(after: &str) -> bool {
    const MAX_DESCRIPTION_CHARS: usize = 4;
    after
        .chars()
        .take(MAX_DESCRIPTION_CHARS + 1)
        .take_while(|&ch| !is_clause_break(ch) && !ch.is_ascii_digit())
        .any(|ch| ch == '的')
}

/// The year that dates a cue written after `s` (its sentence before the cue): the last `20XX年`
/// in the cue's clause or the clause before it (2023年,全市将……), unless a word of time counted
/// from the text's own date follows it (2023年建成100个,今年将……).
fn year_of_clause(words: &Words, s: &str) -> Option<i32> {
    let mut breaks = s.rmatch_indices(is_clause_break);
    let _own = breaks.next();
    let from = breaks.next().map_or(0, |(i, b)| i + b.len());
    let near = &s[from..];
    let year = year_before(near)?;
    let written = near.rfind(&format!("{year}年"))?;
    let relative = words
        .relative_years
        .iter()
        .any(|w| near[written..].contains(w));
    (!relative).then_some(year)
}

/// Whether a word of past time (去年, 上年 …) stands in the clause of a cue written after `s` or
/// the clause before it, with no word of the text's own time after it (去年建成100个,今年将……).
fn told_as_past(words: &Words, s: &str) -> bool {
    let mut breaks = s.rmatch_indices(is_clause_break);
    let _own = breaks.next();
    let from = breaks.next().map_or(0, |(i, b)| i + b.len());
    let near = &s[from..];
    words
        .past_words
        .iter()
        .filter_map(|w| near.rfind(w).map(|at| at + w.len()))
        .max()
        .is_some_and(|end| !words.relative_years.iter().any(|r| near[end..].contains(r)))
}

/// Byte offset of the first Arabic number in `s` that is no year (2025年).
fn first_figure(s: &str) -> Option<usize> {
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !c.is_ascii_digit() {
            continue;
        }
        let mut next = None;
        while let Some(&(_, d)) = chars.peek() {
            if d.is_ascii_digit() || d == '.' {
                chars.next();
            } else {
                next = Some(d);
                break;
            }
        }
        if !matches!(next, Some('年' | '月' | '日' | '号')) {
            return Some(i);
        }
    }
    None
}

/// The year of the first `20XX年` in `s` (力争到2027年底 → 2027).
fn year_after(s: &str) -> Option<i32> {
    let chars: Vec<char> = s.chars().collect();
    chars.windows(5).find_map(|w| {
        (w[..4].iter().all(char::is_ascii_digit) && w[4] == '年' && w[0] == '2')
            .then(|| w[..4].iter().collect::<String>().parse().ok())
            .flatten()
    })
}

/// The year of the last `20XX年` in `s` (2018年还将增加 → 2018, not an earlier 2017年).
fn year_before(s: &str) -> Option<i32> {
    let chars: Vec<char> = s.chars().collect();
    chars.windows(5).rev().find_map(|w| {
        (w[..4].iter().all(char::is_ascii_digit) && w[4] == '年' && w[0] == '2')
            .then(|| w[..4].iter().collect::<String>().parse().ok())
            .flatten()
    })
}

/// The last year of a plan period the text names before the figure (到“十四五”末 → 2025).
fn period_year(words: &Words, before: &str) -> Option<i32> {
    words
        .periods
        .iter()
        .filter_map(|(name, year)| before.rfind(name).map(|at| (at, *year)))
        .max()
        .map(|(_, year)| year)
}

/// Whether the figure is named an aim right after it: 民政部要求的60%的目标. `after` is its
/// clause from the figure; the aim word must follow the figure and its unit closely.
fn aim_named_after(words: &Words, after: &str) -> bool {
    const MAX_FIGURE_CHARS: usize = 10;
    let figure_end = after
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || c == '.' || c == '%'))
        .map_or(after.len(), |(i, _)| i);
    let near: String = after[figure_end..].chars().take(MAX_FIGURE_CHARS).collect();
    words.aim_after.iter().any(|w| {
        near.find(w)
            .is_some_and(|at| !near[..at].chars().any(|c| c.is_ascii_digit()) && at <= 6)
    })
}

/// The last `到20XX年` (or 至) in `s`: its year and the text after it.
fn until_year<'s>(words: &Words, s: &'s str) -> Option<(i32, &'s str)> {
    let mut found = None;
    for word in words.until {
        for (at, _) in s.match_indices(word) {
            // 截至2025年5月底 reports up to a date: the 至 of a reporting word is no aim's
            let upto = &s[..at + word.len()];
            if words.reported.iter().any(|r| upto.ends_with(r)) {
                continue;
            }
            let rest = &s[at + word.len()..];
            let digits: String = rest.chars().take(4).collect();
            let is_year = digits.len() == 4
                && digits.chars().all(|c| c.is_ascii_digit())
                && rest[4..].starts_with('年');
            if let (true, Ok(year)) = (is_year, digits.parse::<i32>()) {
                if found.is_none_or(|(_, a, _)| at > a) {
                    found = Some((year, at, &rest[4..]));
                }
            }
        }
    }
    found.map(|(year, _, after)| (year, after))
}

/// Whether the figure counts a survey's sample: 受访的300家企业, 回收问卷158份, 对162名社区
/// 工作者开展调研. `before` and `after` are its clause before and from the figure. Shares are
/// what the survey found and keep their metric.
fn is_survey_sample(
    words: &SurveyWords<&'static [&'static str]>,
    fact: &Fact,
    before: &str,
    after: &str,
) -> bool {
    if matches!(fact.unit.as_str(), "%" | "个百分点" | "成" | "分数") {
        return false;
    }
    let mut rest = before;
    while let Some(shorter) = words.filler.iter().find_map(|f| rest.strip_suffix(f)) {
        rest = shorter;
    }
    if words.sample_before.iter().any(|w| rest.ends_with(w)) {
        return true;
    }
    let object_of_dui = before.char_indices().any(|(i, c)| {
        c == '对'
            && !words.not_object.iter().any(|w| {
                w.char_indices().any(|(k, wc)| {
                    wc == '对' && i >= k && before.get(i - k..).is_some_and(|t| t.starts_with(w))
                })
            })
    });
    let clause_end = after.find(is_clause_break).unwrap_or(after.len());
    let surveyed = words
        .survey_words
        .iter()
        .any(|w| after[..clause_end].contains(w));
    if object_of_dui && surveyed {
        return true;
    }
    fact.unit == "份" && (before.contains("问卷") || after[..clause_end].contains("问卷"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_lists_parse() {
        let words: TargetWords<Vec<String>, Periods> =
            toml::from_str(TARGET_DATA).expect("data/targets.toml parses");
        assert!(words.aim.iter().any(|w| w == "力争"));
        assert!(!words.survey.sample_before.is_empty());
        assert!(compiled().cues.is_some());
    }

    /// The plan periods as a test parses them, shown as the static's `(name, year)` pairs.
    #[derive(Deserialize)]
    struct Periods(toml::Table);

    impl std::fmt::Debug for Periods {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.debug_list()
                // a year that is no whole number shows as none the static can hold
                .entries(
                    self.0
                        .iter()
                        .map(|(name, year)| (name.as_str(), year.as_integer().unwrap_or(i64::MIN))),
                )
                .finish()
        }
    }

    /// The static build.rs wrote is data/targets.toml as it parses now.
    #[test]
    fn target_words_static_equals_the_parse() {
        let parsed: TargetWords<Vec<String>, Periods> =
            toml::from_str(TARGET_DATA).expect("data/targets.toml parses");
        assert_eq!(format!("{TARGET_WORDS:#?}"), format!("{parsed:#?}"));
    }

    fn aim(before: &str, doc_year: Option<i32>) -> Option<Aim> {
        aim_before(compiled(), before, &mut || doc_year)
    }

    #[test]
    fn cues_set_aims_and_blockers_do_not() {
        assert_eq!(
            aim("会议提出,力争到2027年底,全市持证社会工作者达到", None),
            Some(Aim {
                year: Some(2027),
                future: false
            })
        );
        assert!(aim("今年全市计划新建新就业群体服务驿站", None).is_some());
        assert!(aim("全市计划生育协会会员", None).is_none());
        assert!(aim("本市将", None).is_none());
        assert!(aim("本市还将", None).is_none());
        assert!(aim("制定目标任务", None).is_none());
        assert!(aim("活动吸引了超出预计的", None).is_none());
        assert!(aim("计划新建驿站50个,目前已建成", None).is_none());
        assert!(aim("积极争取上级资金", None).is_none());
        // 将在N个县……: the plan's places counted before its verb; 将在职党员: a noun
        assert!(aim("2020年,全省将在", Some(2020)).is_some());
        assert!(aim("2020年,全省将在36个县(市、区)新设乡镇社工站", Some(2020)).is_some());
        assert!(aim("全市将在职党员", None).is_none());
    }

    #[test]
    fn until_a_year_counts_only_for_years_still_to_come() {
        let before = "到2026年,全省社区社会组织达到";
        assert_eq!(
            aim(before, Some(2025)),
            Some(Aim {
                year: Some(2026),
                future: false
            })
        );
        assert_eq!(aim(before, Some(2027)), None);
        assert_eq!(aim(before, None), None, "no date: no way to tell");
        assert_eq!(aim("到2026年底,全省已有", Some(2025)), None);
        assert_eq!(
            aim("截至2025年5月底,全省持证社会工作者达到", Some(2025)),
            None
        );
    }

    #[test]
    fn the_year_set_is_the_one_nearest_before_the_cue() {
        let before = "2017年,全市新建成110个,累计建成1452个,2018年还将增加";
        assert_eq!(
            aim(before, None),
            Some(Aim {
                year: Some(2018),
                future: true
            })
        );
    }

    #[test]
    fn an_aim_named_after_the_figure_and_plan_periods() {
        let words = &compiled().words;
        assert!(aim_named_after(words, "60%的目标"));
        assert!(aim_named_after(words, "100个的目标"));
        assert!(!aim_named_after(words, "60%,为完成全年目标打下基础"));
        assert_eq!(period_year(words, "到“十四五”末,全市计划"), Some(2025));
        assert_eq!(period_year(words, "今年全市"), None);
    }

    #[test]
    fn the_texts_own_future_and_its_past() {
        let words = &compiled().words;
        assert_eq!(year_of_clause(words, "2023年,全市"), Some(2023));
        assert_eq!(year_of_clause(words, "2023年建成100个,今年全市还"), None);
        assert_eq!(
            year_of_clause(words, "2019年启动试点,全市新建50个,全市"),
            None
        );
        assert!(opens_future(words, "为5000名骑手"));
        assert!(!opens_future(words, "为群众办实事,全市"));
        assert!(describes_noun("条件的80个社区"));
        assert!(!describes_noun("50个社区完成"));
        assert_eq!(
            aim("今年全市将有", Some(2025)).map(|a| a.future),
            Some(true)
        );
        assert_eq!(aim("2023年,全市将驿站数量提升至", Some(2025)), None);
        assert_eq!(aim("全市已将覆盖率提升至", Some(2025)), None);
    }

    #[test]
    fn the_first_figure_skips_years() {
        assert_eq!(first_figure("2025年新增30个"), Some("2025年新增".len()));
        assert_eq!(first_figure("到2027年"), None);
    }
}
