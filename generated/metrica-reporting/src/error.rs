//! The client's errors: a query refused before sending, an error the API answered (typed by
//! its [`ErrorType`]), a quota the governor would not spend, or the transport.

use std::fmt;

use yandex_direct_runtime::governor::QuotaError;
use yandex_direct_runtime::metrica::MetricaApiError;

use crate::generated::responses::ErrorType;
use crate::query::QueryError;

/// Why a call of [`MetricaReporting`](crate::client::MetricaReporting) failed.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// Refused before sending: the API would refuse it too. Nothing was sent.
    Refused(QueryError),
    /// The API answered with an error (`{"errors": [...], "code", "message"}`).
    Api(Box<ApiError>),
    /// The governor would not send: a local bucket (5,000 a day, 200 per 5 minutes, ...) has
    /// not enough left within the quota policy's wait.
    Quota(Box<QuotaError>),
    /// Paging made no progress: a page brought no rows before `total_rows` were read.
    Stalled {
        /// The 1-based offset of the page that came back empty.
        offset: u64,
        /// The `total_rows` the answers announced.
        total_rows: u64,
    },
    /// The network, a timeout, an answer that is not JSON or does not decode.
    Transport(yandex_direct_runtime::Error),
}

/// An error answered by the API, typed.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiError {
    /// The first error's `error_type`, as the open enum (an unknown one is kept as sent).
    pub error_type: Option<ErrorType>,
    /// The answer: HTTP status, `code`, `message`, every entry of `errors`.
    pub answer: MetricaApiError,
}

impl ApiError {
    /// Whether a quota ran out (`quota_requests_by_uid`, ...: HTTP 429 or a `quota_` type).
    pub fn is_quota_exhausted(&self) -> bool {
        self.answer.is_quota_exhausted()
    }

    /// The parameter at fault (`metrics`, `date1`), when the API named one.
    pub fn location(&self) -> Option<&str> {
        self.answer
            .errors
            .iter()
            .find_map(|e| e.location.as_deref())
    }
}

impl From<MetricaApiError> for ApiError {
    fn from(answer: MetricaApiError) -> Self {
        ApiError {
            error_type: answer.error_type().map(ErrorType::from_wire),
            answer,
        }
    }
}

impl Error {
    /// The API's `error_type`, for an error the API answered.
    pub fn error_type(&self) -> Option<&ErrorType> {
        match self {
            Error::Api(api) => api.error_type.as_ref(),
            _ => None,
        }
    }

    /// Whether the request was refused here, before anything was sent.
    pub fn is_refused(&self) -> bool {
        matches!(self, Error::Refused(_))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Refused(error) => write!(f, "refused before sending: {error}"),
            Error::Api(api) => write!(f, "{}", api.answer),
            Error::Quota(error) => write!(f, "{error}"),
            Error::Stalled { offset, total_rows } => write!(
                f,
                "the page at offset {offset} brought no rows, though the report has {total_rows}"
            ),
            Error::Transport(error) => write!(f, "{error}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Refused(error) => Some(error),
            Error::Transport(error) => Some(error),
            _ => None,
        }
    }
}

impl From<QueryError> for Error {
    fn from(error: QueryError) -> Self {
        Error::Refused(error)
    }
}

impl From<yandex_direct_runtime::Error> for Error {
    /// The runtime's Metrica errors sorted: the API's answer, the governor's refusal, the rest
    /// as transport.
    fn from(error: yandex_direct_runtime::Error) -> Self {
        match error {
            yandex_direct_runtime::Error::Metrica(api) => {
                Error::Api(Box::new(ApiError::from(*api)))
            }
            yandex_direct_runtime::Error::Quota(quota) => Error::Quota(quota),
            other => Error::Transport(other),
        }
    }
}
