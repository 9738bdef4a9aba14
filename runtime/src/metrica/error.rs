//! Metrica's error answers: `{"errors": [{"error_type", "message", "location"}], "code",
//! "message"}`.

use std::fmt;
use std::time::Duration;

/// The `error_type`s of limits that refill within a second: waited out and sent again.
const SHORT_QUOTAS: [&str; 2] = ["quota_requests_by_ip", "quota_parallel_requests"];

/// One entry of an error answer's `errors`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
pub struct MetricaErrorItem {
    /// What went wrong (`invalid_parameter`, `quota_requests_by_uid`, ...), kept as sent: the
    /// generated crate has the enum of the known ones.
    #[serde(default)]
    pub error_type: String,
    /// The server's explanation.
    #[serde(default)]
    pub message: String,
    /// The parameter at fault (`metrics`, `date1`), when named.
    #[serde(default)]
    pub location: Option<String>,
}

/// An error answered by Yandex Metrica.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricaApiError {
    /// The HTTP status the error came with.
    pub http_status: u16,
    /// `code` (the HTTP status again, as Metrica sends it; the status when absent).
    pub code: i64,
    /// `message`: the first error's message, as the server repeats it.
    pub message: String,
    /// `errors`: each with its `error_type`.
    pub errors: Vec<MetricaErrorItem>,
}

impl MetricaApiError {
    /// Reads an error answer; `None` when the body is not Metrica's error object (a proxy's
    /// page, say).
    pub fn from_body(http_status: u16, body: &[u8]) -> Option<Self> {
        #[derive(serde::Deserialize)]
        struct Body {
            errors: Vec<MetricaErrorItem>,
            code: Option<i64>,
            message: Option<String>,
        }
        let body: Body = serde_json::from_slice(body).ok()?;
        let message = body
            .message
            .or_else(|| body.errors.first().map(|e| e.message.clone()))
            .unwrap_or_default();
        Some(MetricaApiError {
            http_status,
            code: body.code.unwrap_or(i64::from(http_status)),
            message,
            errors: body.errors,
        })
    }

    /// The first error's `error_type` (`invalid_parameter`, `quota_parallel_requests`, ...).
    pub fn error_type(&self) -> Option<&str> {
        self.errors.first().map(|e| e.error_type.as_str())
    }

    /// Whether a limit was met: HTTP 429 (or 420, the status the English docs name) or an
    /// `error_type` starting with `quota_`.
    pub fn is_quota_exhausted(&self) -> bool {
        matches!(self.http_status, 420 | 429)
            || self
                .errors
                .iter()
                .any(|e| e.error_type.starts_with("quota_"))
    }

    /// The quota that ran out, by its `error_type` (`quota_requests_by_uid`, ...).
    pub fn exhausted_quota(&self) -> Option<&str> {
        if !self.is_quota_exhausted() {
            return None;
        }
        self.errors
            .iter()
            .map(|e| e.error_type.as_str())
            .find(|t| t.starts_with("quota_"))
            .or(self.error_type())
    }

    /// Whether the limit met refills within a second (requests per IP per second, parallel
    /// requests per user): the client waits and sends again.
    pub fn is_short_quota(&self) -> bool {
        self.exhausted_quota()
            .is_some_and(|quota| SHORT_QUOTAS.contains(&quota))
    }

    /// Whether sending again later may succeed: a server error (500, 502, 503 `backend_error`,
    /// 504) or a limit that refills within a second. A daily quota is not: it lasts until
    /// midnight.
    pub fn is_temporary(&self) -> bool {
        matches!(self.http_status, 500 | 502 | 503 | 504) || self.is_short_quota()
    }

    /// How long to wait before sending again, for a limit that refills within a second.
    pub fn retry_after(&self) -> Option<Duration> {
        self.is_short_quota().then_some(Duration::from_secs(1))
    }
}

impl fmt::Display for MetricaApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Metrica API error {}", self.http_status)?;
        if let Some(error_type) = self.error_type() {
            write!(f, " {error_type}")?;
        }
        write!(f, ": {}", self.message)?;
        if let Some(location) = self.errors.iter().find_map(|e| e.location.as_deref()) {
            write!(f, " (at `{location}`)")?;
        }
        if let Some(quota) = self.exhausted_quota() {
            write!(f, " (quota `{quota}` exhausted)")?;
        }
        Ok(())
    }
}

impl std::error::Error for MetricaApiError {}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(status: u16, body: serde_json::Value) -> MetricaApiError {
        MetricaApiError::from_body(status, body.to_string().as_bytes()).expect("an error object")
    }

    #[test]
    fn errors_keep_their_type_message_and_location() {
        let e = error(
            400,
            serde_json::json!({"errors": [{"error_type": "invalid_parameter",
                "message": "Exceeded number of metrics in request, value: 36, limit: 20, error code: 4015"}],
                "code": 400}),
        );
        assert_eq!(e.error_type(), Some("invalid_parameter"));
        assert_eq!(e.code, 400);
        assert!(!e.is_temporary() && !e.is_quota_exhausted());
        assert_eq!(
            e.to_string(),
            "Metrica API error 400 invalid_parameter: Exceeded number of metrics in request, \
             value: 36, limit: 20, error code: 4015"
        );
        assert!(MetricaApiError::from_body(502, b"<html>Bad gateway</html>").is_none());
    }

    #[test]
    fn quotas_are_told_apart_by_their_type() {
        let quota = |status: u16, error_type: &str| {
            error(
                status,
                serde_json::json!({"errors": [{"error_type": error_type, "message": "limit"}],
                    "code": status, "message": "limit"}),
            )
        };
        let parallel = quota(429, "quota_parallel_requests");
        assert!(parallel.is_temporary() && parallel.is_short_quota());
        assert_eq!(parallel.retry_after(), Some(Duration::from_secs(1)));
        let by_ip = quota(420, "quota_requests_by_ip");
        assert!(by_ip.is_short_quota());
        let daily = quota(429, "quota_requests_by_uid");
        assert_eq!(daily.exhausted_quota(), Some("quota_requests_by_uid"));
        assert!(!daily.is_temporary() && daily.retry_after().is_none());
        assert!(daily
            .to_string()
            .contains("quota `quota_requests_by_uid` exhausted"));
        let backend = quota(503, "backend_error");
        assert!(backend.is_temporary() && backend.retry_after().is_none());
    }
}
