//! The one error type of the client, with categories a caller can act on.

use std::fmt;

use super::method::ApiErrorBody;

/// Everything a call can fail with.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The API answered with an error object.
    #[error("{0}")]
    Api(ApiError),
    /// The request could not be sent or the answer not received (connection, TLS, HTTP status
    /// without a JSON error body).
    #[error("transport error: {message}")]
    Transport {
        /// What failed.
        message: String,
        /// The HTTP status, when an answer came.
        status: Option<u16>,
        /// Whether the request is known not to have reached the server (safe to resend).
        not_sent: bool,
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
}

impl Error {
    /// The API error, if this is one.
    pub fn api(&self) -> Option<&ApiError> {
        match self {
            Error::Api(e) => Some(e),
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
    /// Classifies a Direct API error code (v5 and v4 share most codes).
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
}

impl ApiError {
    /// The category of the error.
    pub fn kind(&self) -> ErrorKind {
        ErrorKind::from_code(self.code)
    }

    /// Builds the error from a v5 error object.
    pub fn from_body(body: &ApiErrorBody, http_status: u16, header_request_id: Option<&str>) -> Self {
        ApiError {
            code: body.error_code.value,
            message: body.error_string.clone().unwrap_or_default(),
            detail: body.error_detail.clone().unwrap_or_default(),
            request_id: body
                .request_id
                .clone()
                .or_else(|| header_request_id.map(str::to_owned)),
            http_status,
        }
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "API error {} ({:?}): {}", self.code, self.kind(), self.message)?;
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

/// A body that does not match the schema: where, what, and the raw body itself.
#[derive(Clone, PartialEq, Eq)]
pub struct DecodeError {
    /// The JSON path of the fault (`.` is the root), e.g. `result.Campaigns[2].Id`.
    pub path: String,
    /// What is wrong there.
    pub message: String,
    /// The raw body, kept for diagnosis.
    pub raw: Vec<u8>,
}

impl DecodeError {
    /// A fault at `path`.
    pub fn new(path: String, message: String, raw: &[u8]) -> Self {
        DecodeError {
            path,
            message,
            raw: raw.to_vec(),
        }
    }
}

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

impl std::error::Error for DecodeError {}
