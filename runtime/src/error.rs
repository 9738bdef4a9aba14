//! The one error type of the client, with categories a caller can act on.

use std::fmt;
use std::sync::Arc;

use serde::Serialize;

use super::method::Api;
use super::wire::UnknownFields;

/// Everything a call can fail with.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The API answered with an error object.
    #[error("{0}")]
    Api(ApiError),
    /// The request could not be sent or the answer not received (connection, TLS, an HTTP
    /// status without an API error object, a redirect).
    #[error("transport error: {message}")]
    Transport {
        /// What failed.
        message: String,
        /// The HTTP status, when an answer came.
        status: Option<u16>,
        /// Whether the request is known not to have reached the server (safe to resend).
        not_sent: bool,
        /// The `RequestId` header, when an answer came with one: a write whose answer could
        /// not be read may still have run, and this names it to support.
        request_id: Option<String>,
        /// The underlying failure (`reqwest::Error`, `std::io::Error`, ...), when there is one.
        #[source]
        source: Option<BoxError>,
    },
    /// No answer in time.
    #[error("timed out after {0:?}")]
    Timeout(std::time::Duration),
    /// The answer is not what the schema says.
    #[error("{0}")]
    Decode(DecodeError),
    /// The request could not be encoded, or was refused by the client before sending.
    #[error("invalid request: {0}")]
    InvalidRequest(String),
    /// Not sent: a quota bucket had not enough left for it ([`crate::governor`]).
    #[error("{0}")]
    Quota(Box<crate::governor::QuotaError>),
    /// A Google API answered with its error object (`{"error": {"code", "status", ...}}`).
    #[cfg(feature = "google")]
    #[error("{0}")]
    Google(Box<crate::google::GoogleApiError>),
    /// Yandex Metrica answered with its error object (`{"errors": [..], "code", "message"}`).
    #[cfg(feature = "metrica")]
    #[error("{0}")]
    Metrica(Box<crate::metrica::MetricaApiError>),
}

impl Error {
    /// The API error, if this is one.
    pub fn api(&self) -> Option<&ApiError> {
        match self {
            Error::Api(e) => Some(e),
            _ => None,
        }
    }

    /// The category of an API error (`None` for transport, timeout, decode and request errors).
    pub fn kind(&self) -> Option<ErrorKind> {
        self.api().map(ApiError::kind)
    }

    /// The API error code, if this is an API error.
    pub fn code(&self) -> Option<i64> {
        self.api().map(|e| e.code)
    }

    /// The request id the server gave the failed call, when known (API errors, and transport
    /// and decode errors of answers that carried a `RequestId` header).
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Api(e) => e.request_id.as_deref(),
            Error::Transport { request_id, .. } => request_id.as_deref(),
            Error::Decode(e) => e.request_id.as_deref(),
            Error::Timeout(_) | Error::InvalidRequest(_) | Error::Quota(_) => None,
            #[cfg(feature = "google")]
            Error::Google(_) => None,
            #[cfg(feature = "metrica")]
            Error::Metrica(_) => None,
        }
    }

    /// A transport error without an answer (`status` and `request_id` unknown).
    pub fn transport(
        message: impl Into<String>,
        not_sent: bool,
        source: Option<BoxError>,
    ) -> Error {
        Error::Transport {
            message: message.into(),
            status: None,
            not_sent,
            request_id: None,
            source,
        }
    }

    /// An answer with HTTP `status` that carries no API error object.
    pub fn http_status_error(
        status: u16,
        message: impl Into<String>,
        request_id: Option<String>,
    ) -> Error {
        Error::Transport {
            message: message.into(),
            status: Some(status),
            not_sent: false,
            request_id,
            source: None,
        }
    }

    /// The size and the limit, if this is an answer refused for a body over the client's
    /// limit ([`BodyLimits`](crate::BodyLimits)): an [`Error::Transport`] whose source is a
    /// [`BodyTooLarge`].
    pub fn body_too_large(&self) -> Option<&BodyTooLarge> {
        match self {
            Error::Transport {
                source: Some(source),
                ..
            } => source.downcast_ref(),
            _ => None,
        }
    }

    /// The decode error (JSON path and raw body), if the answer did not match the schema.
    pub fn decode_error(&self) -> Option<&DecodeError> {
        match self {
            Error::Decode(e) => Some(e),
            _ => None,
        }
    }

    /// The HTTP status of the answer, when one came.
    pub fn http_status(&self) -> Option<u16> {
        match self {
            Error::Api(e) => Some(e.http_status),
            Error::Transport { status, .. } => *status,
            #[cfg(feature = "google")]
            Error::Google(e) => Some(e.http_status),
            #[cfg(feature = "metrica")]
            Error::Metrica(e) => Some(e.http_status),
            _ => None,
        }
    }

    /// Whether the failure says that the request was certainly not executed by the server, so
    /// that even a write may be sent again: the connection could not be made, or the API refused
    /// the call before doing anything (52 authorization unavailable, 152 no units,
    /// 506 too many connections, 53/54/58/513/3000/3001 refused access).
    pub fn not_executed(&self) -> bool {
        match self {
            Error::Transport { not_sent, .. } => *not_sent,
            Error::InvalidRequest(_) | Error::Quota(_) => true,
            // A quota refusal runs nothing.
            #[cfg(feature = "google")]
            Error::Google(e) => e.is_quota_exhausted(),
            #[cfg(feature = "metrica")]
            Error::Metrica(e) => e.is_quota_exhausted(),
            Error::Api(e) => matches!(
                e.code,
                52 | 53 | 54 | 58 | 152 | 506 | 513 | 3000 | 3001 | 57
            ),
            Error::Timeout(_) | Error::Decode(_) => false,
        }
    }

    /// Whether the failure is temporary on the server's side or the network's: API errors of
    /// kind [`ErrorKind::Temporary`], HTTP 5xx, connection failures and timeouts.
    pub fn is_temporary(&self) -> bool {
        match self {
            Error::Api(e) => e.kind() == ErrorKind::Temporary,
            Error::Transport { status, .. } => match status {
                Some(code) => (500..600).contains(code),
                None => true,
            },
            Error::Timeout(_) => true,
            Error::Decode(_) | Error::InvalidRequest(_) | Error::Quota(_) => false,
            #[cfg(feature = "google")]
            Error::Google(e) => e.is_temporary(),
            #[cfg(feature = "metrica")]
            Error::Metrica(e) => e.is_temporary(),
        }
    }

    /// The least time to wait before sending again, when the error says (Metrica's
    /// per-second and parallel-request limits refill within a second). The retry policy waits
    /// at least this long.
    pub fn retry_after(&self) -> Option<std::time::Duration> {
        match self {
            #[cfg(feature = "metrica")]
            Error::Metrica(e) => e.retry_after(),
            _ => None,
        }
    }
}

/// What kind of API error this is, to decide what to do about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Token invalid or expired, application not registered (53, 58, 513): fix credentials.
    Auth,
    /// No rights for the object or method, wrong `Client-Login` (54, 3000, 3001).
    Rights,
    /// Not enough units (152): wait until they are restored.
    UnitsExhausted,
    /// Too many simultaneous requests (506, v4 57): retry later.
    TooManyConnections,
    /// A temporary failure of the service (52, 1000, 1001, 1002, 1020; v4 500, 503, 504).
    Temporary,
    /// The request itself is wrong (8000, 3500, v4 71, 350...): do not repeat it unchanged.
    InvalidRequest,
    /// The object or client was not found (8800, v4 73, 91).
    NotFound,
    /// Limits of the API (56, 9000, v4 55, 56): retry much later.
    RequestLimit,
    /// Anything else.
    Other,
}

impl ErrorKind {
    /// Classifies a v4 Live error code: as v5, except that 54-56 are limits there.
    pub fn from_v4_code(code: i64) -> ErrorKind {
        match code {
            54..=56 => ErrorKind::RequestLimit,
            _ => ErrorKind::from_code(code),
        }
    }

    /// Classifies a Direct API v5 error code (v4 shares most codes, see
    /// [`ErrorKind::from_v4_code`]).
    pub fn from_code(code: i64) -> ErrorKind {
        match code {
            53 | 58 | 513 => ErrorKind::Auth,
            54 | 3000 | 3001 => ErrorKind::Rights,
            152 => ErrorKind::UnitsExhausted,
            506 | 57 => ErrorKind::TooManyConnections,
            52 | 1000 | 1001 | 1002 | 1020 | 500 | 503 | 504 => ErrorKind::Temporary,
            8000 | 3500 | 71 | 245 | 350 | 509 => ErrorKind::InvalidRequest,
            8800 | 73 | 91 | 370 => ErrorKind::NotFound,
            55 | 56 | 9000 => ErrorKind::RequestLimit,
            _ => ErrorKind::Other,
        }
    }
}

/// An error answered by the API.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiError {
    /// The numeric code.
    pub code: i64,
    /// The short description (`error_string`, v4 `error_str`).
    pub message: String,
    /// The details (`error_detail`).
    pub detail: String,
    /// The request id, from the body or the `RequestId` header.
    pub request_id: Option<String>,
    /// The HTTP status the error came with.
    pub http_status: u16,
    /// The protocol that answered: v4 Live gives some codes another meaning than v5.
    pub api: Api,
}

impl ApiError {
    /// The category of the error, by the code's meaning in the protocol that answered.
    pub fn kind(&self) -> ErrorKind {
        match self.api {
            Api::DirectV5 => ErrorKind::from_code(self.code),
            Api::DirectV4 => ErrorKind::from_v4_code(self.code),
        }
    }

    /// Builds the error from a v5 error object.
    pub fn from_body(
        body: &ApiErrorBody,
        http_status: u16,
        header_request_id: Option<&str>,
    ) -> Self {
        ApiError {
            code: body.error_code.value,
            message: body.error_string.clone().unwrap_or_default(),
            detail: body.error_detail.clone().unwrap_or_default(),
            request_id: body
                .request_id
                .clone()
                .or_else(|| header_request_id.map(str::to_owned)),
            http_status,
            api: Api::DirectV5,
        }
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "API error {} ({:?}): {}",
            self.code,
            self.kind(),
            self.message
        )?;
        if !self.detail.is_empty() {
            write!(f, ": {}", self.detail)?;
        }
        if let Some(id) = &self.request_id {
            write!(f, " [request id {id}]")?;
        }
        Ok(())
    }
}

impl std::error::Error for ApiError {}

/// An answer body over the client's limit ([`BodyLimits`](crate::BodyLimits)): the source of
/// the [`Error::Transport`] that refuses it ([`Error::body_too_large`]). The answer is dropped
/// as soon as its size is known, so memory stays bounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BodyTooLarge {
    /// The limit, in bytes.
    pub limit: u64,
    /// The size the answer announced in `Content-Length`, or the bytes read when the body went
    /// past the limit.
    pub size: u64,
    /// Whether `size` was announced by `Content-Length` (then nothing of the body was read).
    pub announced: bool,
}

impl fmt::Display for BodyTooLarge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let BodyTooLarge {
            limit,
            size,
            announced,
        } = self;
        if *announced {
            write!(f, "the answer announces {size} bytes")?;
        } else {
            write!(f, "the answer went past {size} bytes")?;
        }
        write!(f, ", over the limit of {limit} bytes")
    }
}

impl std::error::Error for BodyTooLarge {}

/// The boxed cause of an error.
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// A body that does not match the schema: where, what, and the raw body itself.
#[derive(Clone)]
pub struct DecodeError {
    /// The JSON path of the fault (`.` is the root), e.g. `result.Campaigns[2].Id`.
    pub path: String,
    /// What is wrong there.
    pub message: String,
    /// The raw body, kept for diagnosis.
    pub raw: Vec<u8>,
    /// The `RequestId` header of the answer, when it had one.
    pub request_id: Option<String>,
    source: Option<Arc<serde_json::Error>>,
}

impl DecodeError {
    /// A fault at `path` found by the caller (not by the JSON parser).
    pub fn new(path: String, message: String, raw: &[u8]) -> Self {
        DecodeError {
            path,
            message,
            raw: raw.to_vec(),
            request_id: None,
            source: None,
        }
    }

    /// A fault the JSON parser reported at `path`; it stays reachable as the error's source.
    pub fn from_json(path: String, error: serde_json::Error, raw: &[u8]) -> Self {
        DecodeError {
            path,
            message: error.to_string(),
            raw: raw.to_vec(),
            request_id: None,
            source: Some(Arc::new(error)),
        }
    }

    /// The same error naming the answer's `RequestId`.
    pub fn with_request_id(mut self, request_id: Option<String>) -> Self {
        self.request_id = request_id;
        self
    }

    /// Whether the body ended in the middle of a value (an answer cut off in transit), as the
    /// JSON parser classifies it.
    pub fn is_truncated(&self) -> bool {
        self.source
            .as_ref()
            .is_some_and(|e| e.classify() == serde_json::error::Category::Eof)
    }
}

// Equal when they say the same about the same body; the parser's error object is not compared.
impl PartialEq for DecodeError {
    fn eq(&self, other: &Self) -> bool {
        self.path == other.path
            && self.message == other.message
            && self.raw == other.raw
            && self.request_id == other.request_id
    }
}

impl Eq for DecodeError {}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() || self.path == "." {
            write!(f, "{}", self.message)
        } else {
            write!(f, "at {}: {}", self.path, self.message)
        }
    }
}

impl fmt::Debug for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DecodeError")
            .field("path", &self.path)
            .field("message", &self.message)
            .field("raw", &String::from_utf8_lossy(&self.raw))
            .finish()
    }
}

impl std::error::Error for DecodeError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

/// The error object of a v5 response, `{"error": {...}}`.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct ApiErrorBody {
    /// The request's id, for Yandex support.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// The error code (some services send it as a string; that form is kept).
    pub error_code: ErrorCode,
    /// The short description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_string: Option<String>,
    /// The details.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_detail: Option<String>,
    /// Keys besides these, kept.
    #[serde(flatten)]
    pub unknown_fields: UnknownFields,
}

/// An error code as sent: a number, or a number in a string (the Reports service).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ErrorCode {
    /// The code.
    pub value: i64,
    /// Whether it came as a string, so that it is encoded back the same way.
    pub quoted: bool,
}

impl Serialize for ErrorCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.quoted {
            serializer.collect_str(&self.value)
        } else {
            serializer.serialize_i64(self.value)
        }
    }
}

impl<'de> serde::Deserialize<'de> for ErrorCode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(serde::Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Number(i64),
            Text(String),
        }
        match Raw::deserialize(deserializer)? {
            Raw::Number(value) => Ok(ErrorCode {
                value,
                quoted: false,
            }),
            Raw::Text(text) => text
                .trim()
                .parse()
                .map(|value| ErrorCode {
                    value,
                    quoted: true,
                })
                .map_err(|_| {
                    serde::de::Error::custom(format_args!("error_code `{text}` is not a number"))
                }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_54_to_56_are_limits_in_v4_and_54_is_rights_in_v5() {
        let error = |code, api| ApiError {
            code,
            message: String::new(),
            detail: String::new(),
            request_id: None,
            http_status: 200,
            api,
        };
        assert_eq!(error(54, Api::DirectV5).kind(), ErrorKind::Rights);
        for code in 54..=56 {
            assert_eq!(
                error(code, Api::DirectV4).kind(),
                ErrorKind::RequestLimit,
                "{code}"
            );
        }
        assert_eq!(error(53, Api::DirectV4).kind(), ErrorKind::Auth);
        assert_eq!(error(152, Api::DirectV4).kind(), ErrorKind::UnitsExhausted);
    }

    #[test]
    fn a_truncated_body_is_recognised_by_the_parser_category_and_keeps_its_source() {
        let cut = br#"{"result": {"Campaigns": [{"Id": 1"#;
        let parse_error = serde_json::from_slice::<serde_json::Value>(cut).expect_err("cut");
        let error = DecodeError::from_json(".".into(), parse_error, cut);
        assert!(error.is_truncated());
        let source = std::error::Error::source(&error).expect("the parser error");
        assert!(source.downcast_ref::<serde_json::Error>().is_some());
        let bad = b"{\"result\": nope}";
        let parse_error = serde_json::from_slice::<serde_json::Value>(bad).expect_err("bad");
        assert!(!DecodeError::from_json(".".into(), parse_error, bad).is_truncated());
    }
}
