//! Typed dates for the fields the API sends and takes as text (feature `time`).
//!
//! The generated types keep every date as the `String` that was on the wire, so that a value
//! the API sends is kept and sent back exactly as it came. These types are the checked way to
//! build and read such strings: a [`Date`] is a `YYYY-MM-DD` date (`StartDate`, `EndDate`,
//! report periods) and a [`DateTime`] a `YYYY-MM-DDTHH:MM:SSZ` UTC timestamp (the `Timestamp`
//! of the Changes service). Both convert into `String`, so they can be given to every generated
//! constructor and setter, which take `impl Into<String>`; both parse the strings the API
//! returns, refusing any other text with a [`DateError`] that names it.
//!
//! ```
//! use yandex_direct_runtime::dates::{Date, DateTime};
//!
//! let start = Date::parse("2030-01-01")?;
//! assert_eq!(String::from(start), "2030-01-01");
//! assert_eq!(start.get().month(), time::Month::January);
//!
//! let since = DateTime::parse("2030-01-01T09:30:00Z")?;
//! assert_eq!(since.to_string(), "2030-01-01T09:30:00Z");
//!
//! let error = Date::parse("2030-02-30").unwrap_err();
//! assert!(error.to_string().contains("\"2030-02-30\""));
//! # Ok::<(), yandex_direct_runtime::dates::DateError>(())
//! ```

use std::fmt;
use std::str::FromStr;

/// The `time` crate that [`Date`] and [`DateTime`] wrap, for its calendar arithmetic without a
/// dependency of one's own.
pub use time;

/// A text or value that is not a date or timestamp of the API's form.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{text:?} is not {expected}: {reason}")]
pub struct DateError {
    text: String,
    expected: &'static str,
    reason: String,
}

impl DateError {
    fn new(text: impl Into<String>, expected: &'static str, reason: impl fmt::Display) -> Self {
        DateError {
            text: text.into(),
            expected,
            reason: reason.to_string(),
        }
    }

    /// The text refused (for a conversion from a `time` value, that value as `time` prints it).
    pub fn text(&self) -> &str {
        &self.text
    }

    /// What was expected, e.g. `a date YYYY-MM-DD`.
    pub fn expected(&self) -> &'static str {
        self.expected
    }

    /// Why the text was refused, e.g. `the month is not 1-12`.
    pub fn reason(&self) -> &str {
        &self.reason
    }
}

const DATE: &str = "a date YYYY-MM-DD";
const DATE_TIME: &str = "a UTC timestamp YYYY-MM-DDTHH:MM:SSZ";

/// Reads the decimal digits of `bytes[range]` (ASCII digits only, no sign).
fn digits(bytes: &[u8], range: std::ops::Range<usize>) -> Option<u32> {
    bytes.get(range)?.iter().try_fold(0u32, |value, &byte| {
        byte.is_ascii_digit()
            .then(|| value * 10 + u32::from(byte - b'0'))
    })
}

/// Checks the `YYYY-MM-DD` that starts `text` and builds the date.
fn parse_date(text: &str, expected: &'static str) -> Result<time::Date, DateError> {
    let bytes = text.as_bytes();
    let separators = bytes.get(4) == Some(&b'-') && bytes.get(7) == Some(&b'-');
    let (Some(year), Some(month), Some(day), true) = (
        digits(bytes, 0..4),
        digits(bytes, 5..7),
        digits(bytes, 8..10),
        separators,
    ) else {
        return Err(DateError::new(text, expected, "wrong form"));
    };
    // Four digits fit in an `i32`, two in a `u8`.
    let year = i32::try_from(year).map_err(|error| DateError::new(text, expected, error))?;
    let month = u8::try_from(month)
        .ok()
        .and_then(|month| time::Month::try_from(month).ok())
        .ok_or_else(|| DateError::new(text, expected, "the month is not 1-12"))?;
    let day = u8::try_from(day).map_err(|error| DateError::new(text, expected, error))?;
    time::Date::from_calendar_date(year, month, day).map_err(|_| {
        DateError::new(
            text,
            expected,
            format_args!("{month} {year} has no day {day}"),
        )
    })
}

/// Refuses a year that `YYYY` cannot write.
fn check_year(
    date: time::Date,
    text: impl FnOnce() -> String,
    expected: &'static str,
) -> Result<(), DateError> {
    if (0..=9999).contains(&date.year()) {
        Ok(())
    } else {
        Err(DateError::new(
            text(),
            expected,
            "the year is not 0000-9999",
        ))
    }
}

fn write_date(f: &mut fmt::Formatter<'_>, date: time::Date) -> fmt::Result {
    write!(
        f,
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

/// A calendar date, written `YYYY-MM-DD` on the wire (`StartDate`, `EndDate`, `DateFrom`).
///
/// It converts into `String`, so it can be passed to every generated constructor and setter;
/// [`Date::parse`] reads the strings the API returns. The year is always 0000-9999.
///
/// ```
/// use yandex_direct_runtime::dates::Date;
///
/// let date = Date::parse("2030-01-01")?;
/// let next = Date::try_from(date.get().next_day().expect("not the last day"))?;
/// assert_eq!(String::from(next), "2030-01-02");
/// assert!(Date::parse("2030-1-2").is_err());
/// # Ok::<(), yandex_direct_runtime::dates::DateError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(time::Date);

impl Date {
    /// Reads a `YYYY-MM-DD` date, refusing any other text (also a day the month does not have),
    /// with an error that names the text.
    pub fn parse(text: &str) -> Result<Date, DateError> {
        if text.len() != 10 {
            return Err(DateError::new(text, DATE, "wrong form"));
        }
        parse_date(text, DATE).map(Date)
    }

    /// The date as a `time::Date`.
    pub const fn get(self) -> time::Date {
        self.0
    }
}

impl TryFrom<time::Date> for Date {
    type Error = DateError;

    /// Refuses a year outside 0000-9999, which `YYYY` cannot write.
    fn try_from(date: time::Date) -> Result<Date, DateError> {
        check_year(date, || date.to_string(), DATE)?;
        Ok(Date(date))
    }
}

impl From<Date> for time::Date {
    fn from(date: Date) -> time::Date {
        date.0
    }
}

impl fmt::Display for Date {
    /// Writes `YYYY-MM-DD`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_date(f, self.0)
    }
}

impl From<Date> for String {
    /// The wire text, `YYYY-MM-DD`.
    fn from(date: Date) -> String {
        date.to_string()
    }
}

impl FromStr for Date {
    type Err = DateError;

    fn from_str(text: &str) -> Result<Date, DateError> {
        Date::parse(text)
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Date::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// A UTC timestamp to the second, written `YYYY-MM-DDTHH:MM:SSZ` on the wire: the `Timestamp`
/// of the Changes service.
///
/// It converts into `String`, so it can be passed to every generated constructor and setter;
/// [`DateTime::parse`] reads the strings the API returns. The year is always 0000-9999 and the
/// value has no fraction of a second.
///
/// ```
/// use yandex_direct_runtime::dates::DateTime;
///
/// let timestamp = DateTime::parse("2030-01-01T23:59:59Z")?;
/// assert_eq!(timestamp.get().hour(), 23);
/// assert_eq!(String::from(timestamp), "2030-01-01T23:59:59Z");
/// assert!(DateTime::parse("2030-01-01 23:59:59").is_err());
/// # Ok::<(), yandex_direct_runtime::dates::DateError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateTime(time::UtcDateTime);

impl DateTime {
    /// Reads a `YYYY-MM-DDTHH:MM:SSZ` timestamp, refusing any other text (other offsets,
    /// fractions of a second, a day or time that does not exist), with an error that names
    /// the text.
    pub fn parse(text: &str) -> Result<DateTime, DateError> {
        let bytes = text.as_bytes();
        let form = bytes.len() == 20
            && bytes[10] == b'T'
            && bytes[13] == b':'
            && bytes[16] == b':'
            && bytes[19] == b'Z';
        let (Some(hour), Some(minute), Some(second), true) = (
            digits(bytes, 11..13),
            digits(bytes, 14..16),
            digits(bytes, 17..19),
            form,
        ) else {
            return Err(DateError::new(text, DATE_TIME, "wrong form"));
        };
        let date = parse_date(text, DATE_TIME)?;
        let out_of_range =
            |what: &str| DateError::new(text, DATE_TIME, format_args!("{what} out of range"));
        let hour = u8::try_from(hour).map_err(|_| out_of_range("hour"))?;
        let minute = u8::try_from(minute).map_err(|_| out_of_range("minute"))?;
        let second = u8::try_from(second).map_err(|_| out_of_range("second"))?;
        let time = time::Time::from_hms(hour, minute, second)
            .map_err(|error| DateError::new(text, DATE_TIME, error))?;
        Ok(DateTime(time::UtcDateTime::new(date, time)))
    }

    /// The current time, to the second.
    pub fn now() -> DateTime {
        DateTime(time::UtcDateTime::now().truncate_to_second())
    }

    /// The timestamp as a `time::UtcDateTime`.
    pub const fn get(self) -> time::UtcDateTime {
        self.0
    }
}

impl TryFrom<time::UtcDateTime> for DateTime {
    type Error = DateError;

    /// Drops the fraction of a second, which the wire form has not; refuses a year outside
    /// 0000-9999.
    fn try_from(value: time::UtcDateTime) -> Result<DateTime, DateError> {
        check_year(value.date(), || value.to_string(), DATE_TIME)?;
        Ok(DateTime(value.truncate_to_second()))
    }
}

impl TryFrom<time::OffsetDateTime> for DateTime {
    type Error = DateError;

    /// The same instant in UTC, without the fraction of a second; refuses a year outside
    /// 0000-9999 once in UTC.
    fn try_from(value: time::OffsetDateTime) -> Result<DateTime, DateError> {
        let utc = value
            .checked_to_utc()
            .ok_or_else(|| DateError::new(value.to_string(), DATE_TIME, "out of range in UTC"))?;
        DateTime::try_from(utc)
    }
}

impl From<DateTime> for time::UtcDateTime {
    fn from(value: DateTime) -> time::UtcDateTime {
        value.0
    }
}

impl From<DateTime> for time::OffsetDateTime {
    fn from(value: DateTime) -> time::OffsetDateTime {
        time::OffsetDateTime::new_utc(value.0.date(), value.0.time())
    }
}

impl fmt::Display for DateTime {
    /// Writes `YYYY-MM-DDTHH:MM:SSZ`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_date(f, self.0.date())?;
        write!(
            f,
            "T{:02}:{:02}:{:02}Z",
            self.0.hour(),
            self.0.minute(),
            self.0.second()
        )
    }
}

impl From<DateTime> for String {
    /// The wire text, `YYYY-MM-DDTHH:MM:SSZ`.
    fn from(value: DateTime) -> String {
        value.to_string()
    }
}

impl FromStr for DateTime {
    type Err = DateError;

    fn from_str(text: &str) -> Result<DateTime, DateError> {
        DateTime::parse(text)
    }
}

impl serde::Serialize for DateTime {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for DateTime {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<DateTime, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        DateTime::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip() {
        for text in [
            "2030-01-01",
            "2024-02-29",
            "0000-01-01",
            "9999-12-31",
            "1999-10-09",
        ] {
            let date = Date::parse(text).expect(text);
            assert_eq!(String::from(date), text);
            assert_eq!(text.parse::<Date>(), Ok(date));
            assert_eq!(Date::try_from(date.get()), Ok(date));
        }
        let date = Date::parse("2030-03-04").expect("valid");
        assert_eq!(
            date.get(),
            time::Date::from_calendar_date(2030, time::Month::March, 4).expect("valid")
        );
    }

    #[test]
    fn invalid_dates_are_refused_naming_the_text() {
        for (text, reason) in [
            ("", "wrong form"),
            ("2030-1-01", "wrong form"),
            ("2030-01-01T00:00:00Z", "wrong form"),
            ("2030/01/01", "wrong form"),
            ("+030-01-01", "wrong form"),
            ("2030-0a-01", "wrong form"),
            ("２０３０-01-01", "wrong form"),
            ("2030-13-01", "the month is not 1-12"),
            ("2030-00-01", "the month is not 1-12"),
            ("2030-02-30", "February 2030 has no day 30"),
            ("2023-02-29", "February 2023 has no day 29"),
            ("2030-01-00", "January 2030 has no day 0"),
        ] {
            let error = Date::parse(text).expect_err(text);
            assert_eq!(error.text(), text);
            assert_eq!(error.reason(), reason, "{text}");
            assert_eq!(error.expected(), "a date YYYY-MM-DD");
            assert_eq!(
                error.to_string(),
                format!("{text:?} is not a date YYYY-MM-DD: {reason}")
            );
        }
    }

    #[test]
    fn dates_outside_four_digit_years_are_refused() {
        let date = time::Date::from_calendar_date(-1, time::Month::January, 1).expect("valid");
        let error = Date::try_from(date).expect_err("negative year");
        assert_eq!(error.reason(), "the year is not 0000-9999");
    }

    #[test]
    fn timestamps_round_trip() {
        for text in [
            "2030-01-01T00:00:00Z",
            "2024-02-29T23:59:59Z",
            "2019-05-06T07:08:09Z",
        ] {
            let value = DateTime::parse(text).expect(text);
            assert_eq!(String::from(value), text);
            assert_eq!(text.parse::<DateTime>(), Ok(value));
            assert_eq!(DateTime::try_from(value.get()), Ok(value));
            let offset = time::OffsetDateTime::from(value);
            assert_eq!(DateTime::try_from(offset), Ok(value));
        }
    }

    #[test]
    fn timestamps_convert_to_utc_and_drop_fractions() {
        let date = time::Date::from_calendar_date(2030, time::Month::January, 1).expect("valid");
        let local = time::PrimitiveDateTime::new(
            date,
            time::Time::from_hms_milli(3, 0, 0, 500).expect("valid"),
        )
        .assume_offset(time::UtcOffset::from_hms(3, 0, 0).expect("valid"));
        let value = DateTime::try_from(local).expect("in range");
        assert_eq!(value.to_string(), "2030-01-01T00:00:00Z");
        let now = DateTime::now();
        assert_eq!(now.get().nanosecond(), 0);
        assert_eq!(DateTime::parse(&now.to_string()), Ok(now));
    }

    #[test]
    fn invalid_timestamps_are_refused_naming_the_text() {
        for text in [
            "2030-01-01",
            "2030-01-01T00:00:00",
            "2030-01-01 00:00:00Z",
            "2030-01-01T00:00:00+03:00",
            "2030-01-01T00:00:00.5Z",
            "2030-01-01T24:00:00Z",
            "2030-01-01T00:60:00Z",
            "2030-01-01T00:00:60Z",
            "2030-02-30T00:00:00Z",
            "2030-01-01T0a:00:00Z",
        ] {
            let error = DateTime::parse(text).expect_err(text);
            assert_eq!(error.text(), text);
            assert_eq!(error.expected(), "a UTC timestamp YYYY-MM-DDTHH:MM:SSZ");
            assert!(error
                .to_string()
                .starts_with(&format!("{text:?} is not a UTC timestamp")));
        }
    }

    #[test]
    fn serde_uses_the_wire_text() {
        let date = Date::parse("2030-01-01").expect("valid");
        assert_eq!(
            serde_json::to_string(&date).expect("encodes"),
            "\"2030-01-01\""
        );
        assert_eq!(
            serde_json::from_str::<Date>("\"2030-01-01\"").expect("decodes"),
            date
        );
        let error = serde_json::from_str::<Date>("\"2030-13-01\"").expect_err("invalid");
        assert!(error.to_string().contains("\"2030-13-01\""), "{error}");

        let value = DateTime::parse("2030-01-01T01:02:03Z").expect("valid");
        assert_eq!(
            serde_json::to_string(&value).expect("encodes"),
            "\"2030-01-01T01:02:03Z\""
        );
        assert_eq!(
            serde_json::from_str::<DateTime>("\"2030-01-01T01:02:03Z\"").expect("decodes"),
            value
        );
    }
}
