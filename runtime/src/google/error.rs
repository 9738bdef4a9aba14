//! Google's error answers: `{"error": {"code", "message", "status", "details"}}`.

use std::fmt;

use crate::governor::ga4_buckets;

/// An error answered by a Google API.
#[derive(Debug, Clone, PartialEq)]
pub struct GoogleApiError {
    /// The HTTP status the error came with.
    pub http_status: u16,
    /// `error.code` (the HTTP status again, as Google sends it).
    pub code: i64,
    /// `error.status`: the canonical code (`RESOURCE_EXHAUSTED`, `INVALID_ARGUMENT`, ...).
    pub status: String,
    /// `error.message`.
    pub message: String,
    /// `error.details`, as sent (their shape differs by `@type`).
    pub details: Vec<serde_json::Value>,
}

impl GoogleApiError {
    /// Reads an error answer; `None` when the body is not Google's error object (a proxy's
    /// page, say).
    pub fn from_body(http_status: u16, body: &[u8]) -> Option<Self> {
        #[derive(serde::Deserialize)]
        struct Envelope {
            error: Body,
        }
        #[derive(serde::Deserialize)]
        struct Body {
            code: Option<i64>,
            #[serde(default)]
            message: String,
            #[serde(default)]
            status: String,
            #[serde(default)]
            details: Vec<serde_json::Value>,
        }
        let Envelope { error } = serde_json::from_slice(body).ok()?;
        Some(GoogleApiError {
            http_status,
            code: error.code.unwrap_or(i64::from(http_status)),
            status: error.status,
            message: error.message,
            details: error.details,
        })
    }

    /// Whether a quota ran out (429 `RESOURCE_EXHAUSTED`).
    pub fn is_quota_exhausted(&self) -> bool {
        self.http_status == 429 || self.status == "RESOURCE_EXHAUSTED"
    }

    /// Whether the server failed on its side (500 `INTERNAL`, 503 `UNAVAILABLE`): the errors
    /// the GA4 server-error bucket counts.
    pub fn is_server_error(&self) -> bool {
        matches!(self.http_status, 500 | 503)
    }

    /// Whether sending again later may succeed: server errors and gateway faults (500, 502,
    /// 503, 504). A quota error is not: it lasts until its bucket refills.
    pub fn is_temporary(&self) -> bool {
        matches!(self.http_status, 500 | 502 | 503 | 504)
    }

    /// For an exhausted quota, the GA4 bucket that ran out, by its `propertyQuota` name: named
    /// in the details, or recognised in the message ("Exhausted property tokens per hour ...").
    pub fn exhausted_bucket(&self) -> Option<&'static str> {
        if !self.is_quota_exhausted() {
            return None;
        }
        let details = serde_json::Value::Array(self.details.clone()).to_string();
        if let Some(named) = ga4_buckets::ALL
            .iter()
            .find(|name| details.contains(*name) || self.message.contains(*name))
        {
            return Some(named);
        }
        let message = self.message.to_ascii_lowercase();
        let phrases: [(&[&str], &'static str); 6] = [
            (
                &[
                    "tokens per project per property",
                    "tokens per hour for a project",
                ],
                ga4_buckets::TOKENS_PER_PROJECT_PER_HOUR,
            ),
            (&["tokens per day"], ga4_buckets::TOKENS_PER_DAY),
            (&["tokens per hour"], ga4_buckets::TOKENS_PER_HOUR),
            (&["concurrent"], ga4_buckets::CONCURRENT_REQUESTS),
            (
                &["server errors"],
                ga4_buckets::SERVER_ERRORS_PER_PROJECT_PER_HOUR,
            ),
            (
                &["thresholded"],
                ga4_buckets::POTENTIALLY_THRESHOLDED_REQUESTS_PER_HOUR,
            ),
        ];
        phrases
            .iter()
            .find(|(words, _)| words.iter().any(|w| message.contains(w)))
            .map(|(_, bucket)| *bucket)
    }
}

impl fmt::Display for GoogleApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Google API error {} {}: {}",
            self.code, self.status, self.message
        )?;
        if let Some(bucket) = self.exhausted_bucket() {
            write!(f, " (quota bucket `{bucket}` exhausted)")?;
        }
        Ok(())
    }
}

impl std::error::Error for GoogleApiError {}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(status: u16, body: serde_json::Value) -> GoogleApiError {
        GoogleApiError::from_body(status, body.to_string().as_bytes()).expect("an error object")
    }

    #[test]
    fn errors_keep_code_status_message_and_details() {
        let e = error(
            400,
            serde_json::json!({"error": {"code": 400, "message": "Field foo is not valid",
                "status": "INVALID_ARGUMENT",
                "details": [{"@type": "type.googleapis.com/google.rpc.BadRequest"}]}}),
        );
        assert_eq!((e.code, e.status.as_str()), (400, "INVALID_ARGUMENT"));
        assert_eq!(e.details.len(), 1);
        assert!(!e.is_temporary() && !e.is_quota_exhausted());
        assert_eq!(e.exhausted_bucket(), None);
        assert_eq!(
            e.to_string(),
            "Google API error 400 INVALID_ARGUMENT: Field foo is not valid"
        );
        assert!(GoogleApiError::from_body(502, b"<html>Bad gateway</html>").is_none());
    }

    #[test]
    fn a_429_names_the_bucket_that_ran_out() {
        let exhausted = |message: &str| {
            error(
                429,
                serde_json::json!({"error": {"code": 429, "message": message,
                    "status": "RESOURCE_EXHAUSTED"}}),
            )
            .exhausted_bucket()
        };
        assert_eq!(
            exhausted("Exhausted property tokens per hour for a project per property. These quota tokens will return in under an hour."),
            Some("tokensPerProjectPerHour")
        );
        assert_eq!(
            exhausted("Exhausted property tokens per hour. These quota tokens will return in under an hour."),
            Some("tokensPerHour")
        );
        assert_eq!(
            exhausted("Exhausted property tokens per day."),
            Some("tokensPerDay")
        );
        assert_eq!(
            exhausted("Exhausted concurrent requests quota."),
            Some("concurrentRequests")
        );
        assert_eq!(
            exhausted("Exhausted potentially thresholded requests per hour."),
            Some("potentiallyThresholdedRequestsPerHour")
        );
        assert_eq!(exhausted("Resource has been exhausted."), None);
        let in_details = error(
            429,
            serde_json::json!({"error": {"code": 429, "message": "Quota exceeded",
                "status": "RESOURCE_EXHAUSTED", "details": [{
                    "@type": "type.googleapis.com/google.rpc.QuotaFailure",
                    "violations": [{"subject": "tokensPerDay"}]}]}}),
        );
        assert_eq!(in_details.exhausted_bucket(), Some("tokensPerDay"));
    }
}
