//! The Data API's request limits, checked before a request is sent: a request the API would
//! refuse costs quota tokens (and counts against the hourly error bucket) for nothing.

use std::fmt;
use std::str::FromStr;

use crate::types::{
    BatchRunPivotReportsRequest, BatchRunReportsRequest, DateRange, QueryAudienceExportRequest,
    RunPivotReportRequest, RunRealtimeReportRequest, RunReportRequest,
};

/// At most this many dimensions in one request.
pub const MAX_DIMENSIONS: usize = 9;
/// At most this many metrics in one request.
pub const MAX_METRICS: usize = 10;
/// At most this many date ranges in one request.
pub const MAX_DATE_RANGES: usize = 4;
/// At most this many requests in one batch.
pub const MAX_BATCH_REQUESTS: usize = 5;
/// The largest `limit` (rows per answer) the API takes.
pub const MAX_LIMIT: i64 = 250_000;
/// The page size when a request names no `limit` (the API's own default).
pub const DEFAULT_LIMIT: i64 = 10_000;

/// A request refused before sending: where in the request, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestCheckError {
    /// Where: `dimensions`, `dateRanges[1].startDate`, `requests[2].limit`, `property`.
    pub at: String,
    /// Why, in words.
    pub reason: String,
}

impl RequestCheckError {
    fn new(at: impl Into<String>, reason: impl Into<String>) -> Self {
        RequestCheckError {
            at: at.into(),
            reason: reason.into(),
        }
    }

    pub(crate) fn inside(mut self, prefix: &str) -> Self {
        self.at = format!("{prefix}.{}", self.at);
        self
    }
}

impl fmt::Display for RequestCheckError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "request refused before sending: `{}`: {}",
            self.at, self.reason
        )
    }
}

impl std::error::Error for RequestCheckError {}

/// A GA4 property's id: a number (`1234`), written `properties/1234` in paths.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PropertyId(pub u64);

impl PropertyId {
    /// The resource name, `properties/{id}`.
    pub fn resource(&self) -> String {
        format!("properties/{}", self.0)
    }
}

impl fmt::Display for PropertyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl From<u64> for PropertyId {
    fn from(id: u64) -> Self {
        PropertyId(id)
    }
}

impl FromStr for PropertyId {
    type Err = RequestCheckError;

    /// `1234` or `properties/1234`.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let digits = text.strip_prefix("properties/").unwrap_or(text);
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(RequestCheckError::new(
                "property",
                format!("`{text}` is not a property id (a number, as in `properties/1234`)"),
            ));
        }
        digits.parse().map(PropertyId).map_err(|_| {
            RequestCheckError::new(
                "property",
                format!("`{text}` is too large for a property id"),
            )
        })
    }
}

fn count<T>(items: &Option<Vec<T>>) -> usize {
    items.as_ref().map_or(0, Vec::len)
}

fn at_most(at: &str, what: &str, n: usize, max: usize) -> Result<(), RequestCheckError> {
    if n > max {
        return Err(RequestCheckError::new(
            at,
            format!("{n} {what}, at most {max} per request"),
        ));
    }
    Ok(())
}

fn check_limit(at: &str, limit: Option<i64>) -> Result<(), RequestCheckError> {
    match limit {
        Some(limit) if !(1..=MAX_LIMIT).contains(&limit) => Err(RequestCheckError::new(
            at,
            format!("{limit} is out of range: 1 to {MAX_LIMIT}"),
        )),
        _ => Ok(()),
    }
}

fn check_offset(offset: Option<i64>) -> Result<(), RequestCheckError> {
    match offset {
        Some(offset) if offset < 0 => Err(RequestCheckError::new(
            "offset",
            format!("{offset} is negative"),
        )),
        _ => Ok(()),
    }
}

/// Whether `date` is one the API takes: `YYYY-MM-DD`, `today`, `yesterday` or `NdaysAgo`.
pub fn is_valid_date(date: &str) -> bool {
    if date == "today" || date == "yesterday" {
        return true;
    }
    if let Some(n) = date.strip_suffix("daysAgo") {
        return !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit());
    }
    let bytes = date.as_bytes();
    let digits = |range: std::ops::Range<usize>| bytes[range].iter().all(u8::is_ascii_digit);
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return false;
    }
    if !(digits(0..4) && digits(5..7) && digits(8..10)) {
        return false;
    }
    let month: u32 = date[5..7].parse().unwrap_or(0);
    let day: u32 = date[8..10].parse().unwrap_or(0);
    (1..=12).contains(&month) && (1..=31).contains(&day)
}

fn check_date_ranges(ranges: &Option<Vec<DateRange>>) -> Result<(), RequestCheckError> {
    at_most("dateRanges", "date ranges", count(ranges), MAX_DATE_RANGES)?;
    for (i, range) in ranges.iter().flatten().enumerate() {
        for (key, date) in [
            ("startDate", &range.start_date),
            ("endDate", &range.end_date),
        ] {
            match date {
                Some(date) if !is_valid_date(date) => {
                    return Err(RequestCheckError::new(
                        format!("dateRanges[{i}].{key}"),
                        format!(
                            "`{date}` is not a date: YYYY-MM-DD, `today`, `yesterday` or `NdaysAgo`"
                        ),
                    ))
                }
                _ => {}
            }
        }
    }
    Ok(())
}

fn check_property_field(property: &Option<String>) -> Result<(), RequestCheckError> {
    match property {
        Some(property) if !property.is_empty() => property.parse::<PropertyId>().map(drop),
        _ => Ok(()),
    }
}

/// Checks a `runReport` request against the API's limits.
pub fn check_run_report(request: &RunReportRequest) -> Result<(), RequestCheckError> {
    at_most(
        "dimensions",
        "dimensions",
        count(&request.dimensions),
        MAX_DIMENSIONS,
    )?;
    at_most("metrics", "metrics", count(&request.metrics), MAX_METRICS)?;
    check_date_ranges(&request.date_ranges)?;
    check_limit("limit", request.limit)?;
    check_offset(request.offset)?;
    check_property_field(&request.property)
}

/// Checks a `runPivotReport` request against the API's limits.
pub fn check_run_pivot_report(request: &RunPivotReportRequest) -> Result<(), RequestCheckError> {
    at_most(
        "dimensions",
        "dimensions",
        count(&request.dimensions),
        MAX_DIMENSIONS,
    )?;
    at_most("metrics", "metrics", count(&request.metrics), MAX_METRICS)?;
    check_date_ranges(&request.date_ranges)?;
    for (i, pivot) in request.pivots.iter().flatten().enumerate() {
        check_limit(&format!("pivots[{i}].limit"), pivot.limit)?;
    }
    check_property_field(&request.property)
}

/// Checks a `runRealtimeReport` request against the API's limits.
pub fn check_run_realtime_report(
    request: &RunRealtimeReportRequest,
) -> Result<(), RequestCheckError> {
    at_most(
        "dimensions",
        "dimensions",
        count(&request.dimensions),
        MAX_DIMENSIONS,
    )?;
    at_most("metrics", "metrics", count(&request.metrics), MAX_METRICS)?;
    check_limit("limit", request.limit)
}

fn check_batch_size(n: usize) -> Result<(), RequestCheckError> {
    if n == 0 {
        return Err(RequestCheckError::new(
            "requests",
            "a batch needs a request",
        ));
    }
    at_most("requests", "requests", n, MAX_BATCH_REQUESTS)
}

/// Checks a `batchRunReports` request: its size and every request in it.
pub fn check_batch_run_reports(request: &BatchRunReportsRequest) -> Result<(), RequestCheckError> {
    check_batch_size(count(&request.requests))?;
    for (i, one) in request.requests.iter().flatten().enumerate() {
        check_run_report(one).map_err(|e| e.inside(&format!("requests[{i}]")))?;
    }
    Ok(())
}

/// Checks a `batchRunPivotReports` request: its size and every request in it.
pub fn check_batch_run_pivot_reports(
    request: &BatchRunPivotReportsRequest,
) -> Result<(), RequestCheckError> {
    check_batch_size(count(&request.requests))?;
    for (i, one) in request.requests.iter().flatten().enumerate() {
        check_run_pivot_report(one).map_err(|e| e.inside(&format!("requests[{i}]")))?;
    }
    Ok(())
}

/// Checks an `audienceExports.query` request's paging.
pub fn check_query_audience_export(
    request: &QueryAudienceExportRequest,
) -> Result<(), RequestCheckError> {
    check_limit("limit", request.limit)?;
    check_offset(request.offset)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_the_api_takes() {
        for good in ["2026-01-31", "today", "yesterday", "7daysAgo", "0daysAgo"] {
            assert!(is_valid_date(good), "{good}");
        }
        for bad in [
            "2026-13-01",
            "2026-1-1",
            "daysAgo",
            "-3daysAgo",
            "tomorrow",
            "",
            "2026/01/01",
        ] {
            assert!(!is_valid_date(bad), "{bad}");
        }
    }

    #[test]
    fn property_ids_are_numbers() {
        assert_eq!("1234".parse::<PropertyId>(), Ok(PropertyId(1234)));
        assert_eq!(
            "properties/1234".parse::<PropertyId>(),
            Ok(PropertyId(1234))
        );
        let error = "abc".parse::<PropertyId>().unwrap_err();
        assert_eq!(error.at, "property");
        assert!(error.reason.contains("`abc`"), "{error}");
        assert!("".parse::<PropertyId>().is_err());
        assert!("12 34".parse::<PropertyId>().is_err());
    }
}
