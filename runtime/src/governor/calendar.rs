//! Calendar arithmetic for quota windows: UTC civil dates and midnight in America/Los_Angeles,
//! without a time zone database (the US daylight saving rules have been fixed since 2007:
//! from 02:00 on the second Sunday of March to 02:00 on the first Sunday of November).

use std::time::{Duration, SystemTime, UNIX_EPOCH};

const DAY: i64 = 86_400;
const HOUR: i64 = 3_600;

/// Seconds since the Unix epoch (negative before it).
pub(crate) fn unix_seconds(at: SystemTime) -> i64 {
    match at.duration_since(UNIX_EPOCH) {
        Ok(after) => after.as_secs() as i64,
        Err(before) => -(before.duration().as_secs_f64().ceil() as i64),
    }
}

/// The moment `seconds` after the Unix epoch.
pub(crate) fn from_unix_seconds(seconds: i64) -> SystemTime {
    if seconds >= 0 {
        UNIX_EPOCH + Duration::from_secs(seconds as u64)
    } else {
        UNIX_EPOCH - Duration::from_secs(seconds.unsigned_abs())
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's `days_from_civil`).
pub(crate) fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month = i64::from(month);
    let day_of_year =
        (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The date (year, month, day) of a day number since 1970-01-01 (`civil_from_days`).
pub(crate) fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// The day number of the `nth` Sunday (1-based) of `month` in `year`.
fn nth_sunday(year: i64, month: u32, nth: i64) -> i64 {
    let first = days_from_civil(year, month, 1);
    // 1970-01-01 was a Thursday: weekday 0 = Sunday.
    let weekday = (first + 4).rem_euclid(7);
    first + (7 - weekday) % 7 + 7 * (nth - 1)
}

/// The UTC offset of Pacific time at `unix` seconds: -7 h in daylight saving time, else -8 h.
pub(crate) fn pacific_offset(unix: i64) -> i64 {
    let (year, _, _) = civil_from_days(unix.div_euclid(DAY));
    // 02:00 PST is 10:00 UTC; 02:00 PDT is 09:00 UTC.
    let starts = nth_sunday(year, 3, 2) * DAY + 10 * HOUR;
    let ends = nth_sunday(year, 11, 1) * DAY + 9 * HOUR;
    if (starts..ends).contains(&unix) {
        -7 * HOUR
    } else {
        -8 * HOUR
    }
}

/// The first midnight in America/Los_Angeles strictly after `at`: when Google's daily quotas
/// come back.
pub fn next_pacific_midnight(at: SystemTime) -> SystemTime {
    let unix = unix_seconds(at);
    let local = unix + pacific_offset(unix);
    let next_local_midnight = (local.div_euclid(DAY) + 1) * DAY;
    // Clocks change at 02:00, so midnight itself is never ambiguous: whichever offset holds at
    // the candidate instant is the one.
    let as_standard = next_local_midnight + 8 * HOUR;
    let utc = if pacific_offset(as_standard) == -8 * HOUR {
        as_standard
    } else {
        next_local_midnight + 7 * HOUR
    };
    from_unix_seconds(utc)
}

/// The first instant after `at` that is a whole multiple of `period` since the Unix epoch (the
/// top of the next hour for one hour; the next UTC midnight for one day).
pub fn next_multiple_of(at: SystemTime, period: Duration) -> SystemTime {
    let period_ms = period.as_millis().max(1);
    let now_ms = match at.duration_since(UNIX_EPOCH) {
        Ok(after) => after.as_millis(),
        Err(_) => 0,
    };
    let next = (now_ms / period_ms + 1) * period_ms;
    UNIX_EPOCH + Duration::from_millis(u64::try_from(next).unwrap_or(u64::MAX))
}

/// `2026-12-07 10:00:00 UTC`: a moment for messages.
pub fn format_utc(at: SystemTime) -> String {
    let unix = unix_seconds(at);
    let (year, month, day) = civil_from_days(unix.div_euclid(DAY));
    let second_of_day = unix.rem_euclid(DAY);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02}:{:02} UTC",
        second_of_day / HOUR,
        second_of_day % HOUR / 60,
        second_of_day % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(year: i64, month: u32, day: u32, hour: i64, minute: i64) -> SystemTime {
        from_unix_seconds(days_from_civil(year, month, day) * DAY + hour * HOUR + minute * 60)
    }

    #[test]
    fn civil_dates_round_trip() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        for days in (-800_000..800_000).step_by(997) {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days, "{y}-{m}-{d}");
        }
        assert_eq!(
            format_utc(utc(2024, 2, 29, 23, 59)),
            "2024-02-29 23:59:00 UTC"
        );
    }

    #[test]
    fn daylight_saving_boundaries_of_2026() {
        // 2026: DST from Sunday 8 March 10:00 UTC to Sunday 1 November 09:00 UTC.
        assert_eq!(nth_sunday(2026, 3, 2), days_from_civil(2026, 3, 8));
        assert_eq!(nth_sunday(2026, 11, 1), days_from_civil(2026, 11, 1));
        let at = |y, mo, d, h, mi| pacific_offset(unix_seconds(utc(y, mo, d, h, mi))) / HOUR;
        assert_eq!(at(2026, 3, 8, 9, 59), -8);
        assert_eq!(at(2026, 3, 8, 10, 0), -7);
        assert_eq!(at(2026, 11, 1, 8, 59), -7);
        assert_eq!(at(2026, 11, 1, 9, 0), -8);
        assert_eq!(at(2026, 7, 4, 12, 0), -7);
        assert_eq!(at(2026, 12, 25, 12, 0), -8);
    }

    #[test]
    fn pacific_midnight_in_winter_summer_and_on_the_days_clocks_change() {
        // Winter: midnight PST is 08:00 UTC.
        assert_eq!(
            next_pacific_midnight(utc(2026, 12, 7, 9, 0)),
            utc(2026, 12, 8, 8, 0)
        );
        // Before 08:00 UTC it is still the previous Pacific day.
        assert_eq!(
            next_pacific_midnight(utc(2026, 12, 7, 7, 59)),
            utc(2026, 12, 7, 8, 0)
        );
        // Exactly at midnight: the next one.
        assert_eq!(
            next_pacific_midnight(utc(2026, 12, 7, 8, 0)),
            utc(2026, 12, 8, 8, 0)
        );
        // Summer: midnight PDT is 07:00 UTC.
        assert_eq!(
            next_pacific_midnight(utc(2026, 7, 4, 12, 0)),
            utc(2026, 7, 5, 7, 0)
        );
        // Saturday 7 March 2026, PST; the midnight that starts the spring-forward day is PST.
        assert_eq!(
            next_pacific_midnight(utc(2026, 3, 7, 12, 0)),
            utc(2026, 3, 8, 8, 0)
        );
        // On the spring-forward day (a 23-hour day) the next midnight is PDT.
        assert_eq!(
            next_pacific_midnight(utc(2026, 3, 8, 12, 0)),
            utc(2026, 3, 9, 7, 0)
        );
        // The fall-back day (25 hours) starts at midnight PDT and ends at midnight PST.
        assert_eq!(
            next_pacific_midnight(utc(2026, 10, 31, 12, 0)),
            utc(2026, 11, 1, 7, 0)
        );
        assert_eq!(
            next_pacific_midnight(utc(2026, 11, 1, 7, 0)),
            utc(2026, 11, 2, 8, 0)
        );
        // New Year in Los Angeles.
        assert_eq!(
            next_pacific_midnight(utc(2026, 12, 31, 20, 0)),
            utc(2027, 1, 1, 8, 0)
        );
    }

    #[test]
    fn hourly_windows_end_at_the_top_of_the_hour() {
        let hour = Duration::from_secs(3600);
        assert_eq!(
            next_multiple_of(utc(2026, 12, 7, 9, 17), hour),
            utc(2026, 12, 7, 10, 0)
        );
        assert_eq!(
            next_multiple_of(utc(2026, 12, 7, 9, 0), hour),
            utc(2026, 12, 7, 10, 0)
        );
        let day = Duration::from_secs(86_400);
        assert_eq!(
            next_multiple_of(utc(2026, 12, 7, 9, 17), day),
            utc(2026, 12, 8, 0, 0)
        );
    }
}
