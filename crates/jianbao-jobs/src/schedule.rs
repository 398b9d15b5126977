//! Cron schedules in a time zone, and the one rule for when a job is due.
//!
//! Syntax: standard 5-field cron (`minute hour day-of-month month day-of-week`, e.g.
//! `0 8 * * MON`), optionally with a leading seconds field; names (MON, JAN), ranges, steps,
//! `L` and `#` as in croner. Times are wall-clock times in the job's time zone.
//!
//! Due rule: a job is due when a scheduled time lies after the point its state says is covered
//! and at or before now. Only the latest such time is run, so a machine that was off for three
//! weekly windows runs the job once, dated by the latest window.

use crate::zone::Zone;
use chrono::{DateTime, Utc};
use croner::parser::{CronParser, Seconds};
use croner::Cron;

#[derive(Debug, Clone)]
pub(crate) struct Schedule {
    expression: String,
    cron: Cron,
    time_zone: Zone,
}

impl Schedule {
    /// Parses a cron expression and checks that it ever fires.
    pub fn parse(expression: &str, time_zone: Zone) -> Result<Schedule, String> {
        let cron = CronParser::builder().seconds(Seconds::Optional).build().parse(expression).map_err(|e| {
            format!(
                "cron schedule `{expression}`: {e}; write 5 fields `minute hour day month weekday`, e.g. \"0 8 * * MON\" \
                 (Mondays 08:00) or \"0 7 1 * *\" (the 1st of each month, 07:00)"
            )
        })?;
        let schedule = Schedule {
            expression: expression.to_owned(),
            cron,
            time_zone,
        };
        if schedule.next_after(Utc::now()).is_none() {
            return Err(format!(
                "cron schedule `{expression}` never fires (e.g. 30 February); fix the day or month"
            ));
        }
        Ok(schedule)
    }

    pub fn expression(&self) -> &str {
        &self.expression
    }

    /// The first scheduled time strictly after `after`.
    pub fn next_after(&self, after: DateTime<Utc>) -> Option<DateTime<Zone>> {
        self.cron
            .find_next_occurrence(&after.with_timezone(&self.time_zone), false)
            .ok()
    }

    /// The latest scheduled time at or before `now`.
    pub fn latest_at_or_before(&self, now: DateTime<Utc>) -> Option<DateTime<Zone>> {
        self.cron
            .find_previous_occurrence(&now.with_timezone(&self.time_zone), true)
            .ok()
    }

    /// The scheduled time to run now, if one fell due after `covered_until`.
    pub fn due(&self, covered_until: DateTime<Utc>, now: DateTime<Utc>) -> Option<DateTime<Zone>> {
        self.latest_at_or_before(now)
            .filter(|slot| slot.with_timezone(&Utc) > covered_until)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn zone(name: &str) -> Zone {
        Zone::named(name).unwrap()
    }

    fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap()
    }

    fn weekly() -> Schedule {
        Schedule::parse("0 8 * * MON", zone("Asia/Shanghai")).unwrap()
    }

    #[test]
    fn monday_eight_shanghai_is_midnight_utc() {
        // 2026-11-23 is a Monday; 08:00 in Shanghai (UTC+8) is 00:00 UTC.
        let next = weekly().next_after(utc(2026, 11, 20, 12, 0)).unwrap();
        assert_eq!(next.with_timezone(&Utc), utc(2026, 11, 23, 0, 0));
        assert_eq!(next.format("%a %H:%M").to_string(), "Mon 08:00");
    }

    #[test]
    fn due_exactly_at_the_slot_and_not_before() {
        let s = weekly();
        let covered = utc(2026, 11, 20, 0, 0);
        assert!(s.due(covered, utc(2026, 11, 22, 23, 59)).is_none());
        assert_eq!(
            s.due(covered, utc(2026, 11, 23, 0, 0))
                .unwrap()
                .with_timezone(&Utc),
            utc(2026, 11, 23, 0, 0)
        );
        // Once covered up to the slot, it is not due again until next week.
        assert!(s
            .due(utc(2026, 11, 23, 0, 0), utc(2026, 11, 29, 23, 0))
            .is_none());
        assert!(s
            .due(utc(2026, 11, 23, 0, 0), utc(2026, 11, 30, 0, 0))
            .is_some());
    }

    #[test]
    fn missed_windows_run_once_for_the_latest() {
        // Covered up to 2 Nov; machine off until Wednesday 25 Nov: three Mondays were missed.
        let slot = weekly()
            .due(utc(2026, 11, 2, 0, 0), utc(2026, 11, 25, 9, 0))
            .unwrap();
        assert_eq!(
            slot.date_naive(),
            chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
        );
    }

    #[test]
    fn day_boundary_follows_the_job_time_zone() {
        // 07:00 on the 1st in Shanghai is 23:00 UTC on the last day of the previous month.
        let monthly = Schedule::parse("0 7 1 * *", zone("Asia/Shanghai")).unwrap();
        let slot = monthly
            .due(utc(2026, 11, 1, 0, 0), utc(2026, 11, 30, 23, 30))
            .unwrap();
        assert_eq!(
            slot.date_naive(),
            chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
        );
        assert_eq!(slot.with_timezone(&Utc), utc(2026, 11, 30, 23, 0));
        // The same expression in London fires 8 hours later in absolute time.
        let london = Schedule::parse("0 7 1 * *", zone("Europe/London")).unwrap();
        assert!(london
            .due(utc(2026, 11, 1, 8, 0), utc(2026, 11, 30, 23, 30))
            .is_none());
        assert_eq!(
            london
                .next_after(utc(2026, 11, 30, 23, 30))
                .unwrap()
                .with_timezone(&Utc),
            utc(2026, 12, 1, 7, 0)
        );
    }

    #[test]
    fn daylight_saving_shift_keeps_wall_clock_time() {
        // New York leaves DST on 1 Nov 2026: 08:00 local is 12:00 UTC before, 13:00 UTC after.
        let daily = Schedule::parse("0 8 * * *", zone("America/New_York")).unwrap();
        assert_eq!(
            daily
                .next_after(utc(2026, 10, 31, 13, 0))
                .unwrap()
                .with_timezone(&Utc),
            utc(2026, 11, 1, 13, 0)
        );
        assert_eq!(
            daily
                .next_after(utc(2026, 10, 30, 13, 0))
                .unwrap()
                .with_timezone(&Utc),
            utc(2026, 10, 31, 12, 0)
        );
    }

    #[test]
    fn optional_seconds_field() {
        let s = Schedule::parse("30 0 8 * * MON", zone("UTC")).unwrap();
        let next = s.next_after(utc(2026, 11, 22, 0, 0)).unwrap();
        assert_eq!(
            next.format("%Y-%m-%d %H:%M:%S").to_string(),
            "2026-11-23 08:00:30"
        );
    }

    #[test]
    fn bad_and_impossible_expressions_are_refused() {
        assert!(Schedule::parse("0 8 * *", zone("UTC")).is_err());
        assert!(Schedule::parse("0 8 30 2 *", zone("UTC"))
            .unwrap_err()
            .contains("never fires"));
    }
}
