//! The document's date (the manifest's, or the page's own) and the year a review or an undated
//! text reports: kept apart from reading a sentence's dates because every relative date (今年,
//! 目前, 全年) is resolved against it.

use super::format_date;

/// The document's date as far as the manifest knows it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocDate {
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
    /// The year the text reports, when its title or lead says so rather than its date: a review
    /// of 2014 published in 2015 ([`review_year`](super::review_year)), an undated text that
    /// opens 2017年, … or 2023年度 … ([`lead_year`](super::lead_year)). Figures without a date
    /// of their own are that year's.
    pub period: Option<i32>,
}

impl DocDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; anything else gives an unknown date.
    pub fn parse(text: Option<&str>) -> DocDate {
        let mut parts = text.unwrap_or("").split('-');
        let year = parts.next().and_then(|y| y.parse().ok());
        let month = parts.next().and_then(|m| m.parse().ok());
        let day = parts.next().and_then(|d| d.parse().ok());
        DocDate {
            year,
            month,
            day,
            period: None,
        }
    }

    /// Whether the text reviews the year before the one it was published in (a 2024年工作综述
    /// published in January 2025): written at that year's end, its "this year" is that year
    /// (its 目前 and 如今 are still its publication date).
    fn reviews_last_year(&self) -> bool {
        matches!((self.period, self.year), (Some(p), Some(y)) if y == p + 1)
    }

    /// What 目前 and 截至目前 mean: the document's date (a review of 2024 published in 2025
    /// states its 如今 in 2025), else the year an undated text reports.
    pub fn now(&self) -> Option<String> {
        self.as_of()
            .or_else(|| self.period.map(|y| format_date(y, None, None)))
    }

    /// The year 今年 names: the document's, but a review's year for a review of the year before,
    /// else the year an undated text reports.
    pub(super) fn written_year(&self) -> Option<i32> {
        if self.reviews_last_year() {
            return self.period;
        }
        self.year.or(self.period)
    }

    /// The year of 全年 and 今年以来 (see [`DocDate::written_year`]).
    pub(super) fn this_year(&self) -> Option<String> {
        self.written_year().map(|y| format_date(y, None, None))
    }

    /// The document date as an `as_of` value, or `None` when unknown.
    pub fn as_of(&self) -> Option<String> {
        Some(format_date(self.year?, self.month, self.day))
    }
}
