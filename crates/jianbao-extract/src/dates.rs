//! Dates in a text: the document's own date and the period it reports, the date expressions of
//! each sentence, and the `as_of` of each figure (devcorpus/README.md, `as_of`). Split by concern
//! so that each rule of the README's `as_of` row has one home.

mod dateline;
mod document;
mod figure;
mod history;
mod lists;
mod mentions;
mod page;
mod reviews;
mod standing;
mod words;

pub use dateline::page_date_stands_apart;
pub use document::DocDate;
pub use figure::{aim_as_of, figure_as_of, figure_date, InForce};
pub use lists::under_list_heading;
pub use mentions::{find_dates, DateMention, PAST_YEAR};
pub use page::{date_from_lines, lead_dateline, lead_month_of_year};
pub(crate) use page::{DATE_LINES, ISSUE_LINES, MAX_DATELINE_CHARS};
pub use reviews::{lead_review_year, lead_year, review_year, unnamed_review_year};
pub use standing::{standing, years_past_after, Standing, HABITS, PROFILE, STANDING, YEARS_PAST};

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the date is known.
fn format_date(year: i32, month: Option<u32>, day: Option<u32>) -> String {
    match (month, day) {
        (Some(m), Some(d)) => format!("{year:04}-{m:02}-{d:02}"),
        (Some(m), None) => format!("{year:04}-{m:02}"),
        _ => format!("{year:04}"),
    }
}

/// The number of at most `max` ASCII digits at `at` (none when more digits follow) and its end.
fn digits_at(chars: &[char], at: usize, max: usize) -> Option<(u32, usize)> {
    let mut end = at;
    while end < chars.len() && end - at < max && chars[end].is_ascii_digit() {
        end += 1;
    }
    if end == at || chars.get(end).is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    let value = chars[at..end].iter().collect::<String>().parse().ok()?;
    Some((value, end))
}

/// Whether `word` is written at `at`.
fn word_at(chars: &[char], at: usize, word: &str) -> bool {
    let mut i = at;
    word.chars().all(|w| {
        let ok = chars.get(i) == Some(&w);
        i += 1;
        ok
    })
}
