//! The Google REST protocol (the GA4 Data API first): JSON over `GET`/`POST` to
//! `{base}/{path}` with a bearer token, on the runtime's one transport (the same retry loop,
//! body limit and TLS setup as Direct), governed by the quota [`Governor`].
//!
//! - Auth ([`auth`]): a plain bearer token, or a service-account key exchanged for tokens at
//!   its own `token_uri`, cached and renewed before it expires.
//! - Errors: Google's `{"error": {"code", "message", "status", "details"}}` becomes
//!   [`Error::Google`] with a [`GoogleApiError`]; a 429 names the bucket that ran out.
//! - Quotas ([`ga4`]): every metered Data API call reserves its estimated cost before it is
//!   sent and settles with the answer's `propertyQuota` (asked for in every report request
//!   unless the caller opts out); a server error (500, 503) is retried only while the
//!   server-error bucket keeps its margin; a 429 is never retried.

pub mod auth;
mod error;
pub mod ga4;

use std::sync::Arc;
use std::time::Duration;

use serde::de::DeserializeOwned;
use tracing::Instrument;

use crate::client::BodyLimits;
use crate::error::Error;
use crate::governor::{Demand, Figure, Governor, QuotaPolicy};
use crate::method::Access;
use crate::retry::RetryPolicy;
use crate::transport::Retries;

pub use auth::{GoogleAuth, ServiceAccount, ServiceAccountKey};
pub use error::GoogleApiError;

/// The GA4 Data API's host.
pub const ANALYTICS_DATA_URL: &str = "https://analyticsdata.googleapis.com";

/// Builds a [`GoogleClient`].
#[derive(Debug, Clone)]
pub struct GoogleClientBuilder {
    auth: GoogleAuth,
    base_url: String,
    timeout: Duration,
    connect_timeout: Option<Duration>,
    user_agent: String,
    retry: RetryPolicy,
    body_limits: BodyLimits,
    http: Option<reqwest::Client>,
    governor: Option<Governor>,
    quota_policy: QuotaPolicy,
    return_property_quota: bool,
}

impl GoogleClientBuilder {
    /// Uses another host (a fake server), e.g. `http://127.0.0.1:8080`.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = url.into().trim_end_matches('/').to_owned();
        self
    }

    /// Sets the time allowed for one HTTP exchange.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Sets the time allowed to open a connection (ignored with
    /// [`GoogleClientBuilder::http_client`]).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// Sets the `User-Agent` header.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// Sets the retry policy (default: [`RetryPolicy::default`]).
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Sets the largest answer read: [`BodyLimits::json`] applies to every answer.
    pub fn body_limits(mut self, limits: BodyLimits) -> Self {
        self.body_limits = limits;
        self
    }

    /// Uses a caller-supplied reqwest client (shared with a Direct client, say).
    pub fn http_client(mut self, http: reqwest::Client) -> Self {
        self.http = Some(http);
        self
    }

    /// Shares a governor with other clients (of any API), so that one place knows what they
    /// may still spend. Default: a governor of this client's own.
    pub fn governor(mut self, governor: Governor) -> Self {
        self.governor = Some(governor);
        self
    }

    /// What a call does when a bucket has not enough left (default [`QuotaPolicy::Fail`]).
    pub fn quota_policy(mut self, policy: QuotaPolicy) -> Self {
        self.quota_policy = policy;
        self
    }

    /// Whether report requests ask for `returnPropertyQuota` when they do not say (default
    /// true: without the figures the governor can only count its own estimates).
    pub fn return_property_quota(mut self, yes: bool) -> Self {
        self.return_property_quota = yes;
        self
    }

    /// Builds the client.
    pub fn build(self) -> Result<GoogleClient, Error> {
        let http = match self.http {
            Some(http) => http,
            None => {
                let mut builder = crate::client::http_client_builder()
                    .redirect(reqwest::redirect::Policy::none());
                if let Some(timeout) = self.connect_timeout {
                    builder = builder.connect_timeout(timeout);
                }
                builder.build().map_err(|e| {
                    Error::transport(
                        format!("cannot build the HTTP client: {e}"),
                        true,
                        Some(Box::new(e)),
                    )
                })?
            }
        };
        Ok(GoogleClient {
            inner: Arc::new(Inner {
                http,
                auth: self.auth,
                base_url: self.base_url,
                timeout: self.timeout,
                user_agent: self.user_agent,
                retry: self.retry,
                body_limit: self.body_limits.json,
                governor: self.governor.unwrap_or_default(),
                quota_policy: self.quota_policy,
                return_property_quota: self.return_property_quota,
            }),
        })
    }
}

/// A client of Google REST APIs. Cheap to clone; clones share connections, the token cache
/// and the governor.
#[derive(Debug, Clone)]
pub struct GoogleClient {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    http: reqwest::Client,
    auth: GoogleAuth,
    base_url: String,
    timeout: Duration,
    user_agent: String,
    retry: RetryPolicy,
    body_limit: u64,
    governor: Governor,
    quota_policy: QuotaPolicy,
    return_property_quota: bool,
}

/// One call: the HTTP method, the path under the base URL, the JSON body, and how the call is
/// governed.
#[derive(Debug, Clone, PartialEq)]
pub struct GoogleCall {
    /// `GET` or `POST`.
    pub method: reqwest::Method,
    /// The path under the base URL, e.g. `v1beta/properties/123:runReport`.
    pub path: String,
    /// The JSON body (`POST`).
    pub body: Option<serde_json::Value>,
    /// Whether sending it twice is harmless (reports are reads; `audienceExports.create` is
    /// not): decides which failures are retried.
    pub access: Access,
    /// The client's quota policy, unless set here.
    pub quota_policy: Option<QuotaPolicy>,
    /// The client's `returnPropertyQuota` choice, unless set here.
    pub return_property_quota: Option<bool>,
}

impl GoogleCall {
    /// A `GET` of `path`, a read.
    pub fn get(path: impl Into<String>) -> Self {
        GoogleCall {
            method: reqwest::Method::GET,
            path: path.into(),
            body: None,
            access: Access::Read,
            quota_policy: None,
            return_property_quota: None,
        }
    }

    /// A `POST` of `body` to `path`, a read (reports are; say otherwise with
    /// [`GoogleCall::access`]).
    pub fn post(path: impl Into<String>, body: serde_json::Value) -> Self {
        GoogleCall {
            method: reqwest::Method::POST,
            body: Some(body),
            ..GoogleCall::get(path)
        }
    }

    /// Sets whether the call is a read or a write.
    pub fn access(mut self, access: Access) -> Self {
        self.access = access;
        self
    }

    /// Sets the quota policy of this call.
    pub fn quota_policy(mut self, policy: QuotaPolicy) -> Self {
        self.quota_policy = Some(policy);
        self
    }

    /// Sets whether this call's report requests ask for `returnPropertyQuota`.
    pub fn return_property_quota(mut self, yes: bool) -> Self {
        self.return_property_quota = Some(yes);
        self
    }
}

/// A decoded answer with the quota figures it reported. Derefs to the result.
#[derive(Debug, Clone, PartialEq)]
pub struct GoogleResponse<T> {
    /// The decoded body.
    pub result: T,
    /// The `propertyQuota` figures of the answer (empty when it had none, or the call is not
    /// metered).
    pub property_quota: Vec<Figure>,
}

impl<T> std::ops::Deref for GoogleResponse<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.result
    }
}

/// Turns an answer's body (and its quota figures) into the caller's result; its error decides
/// whether to retry.
type DecodeFn<'a> = dyn FnMut(&[u8], Vec<Figure>) -> Result<(), Error> + Send + 'a;

impl GoogleClient {
    /// Starts a client of the GA4 Data API authorized by `auth`.
    pub fn builder(auth: GoogleAuth) -> GoogleClientBuilder {
        GoogleClientBuilder {
            auth,
            base_url: ANALYTICS_DATA_URL.to_owned(),
            timeout: Duration::from_secs(300),
            connect_timeout: None,
            user_agent: concat!("yandex-direct-rust/", env!("CARGO_PKG_VERSION")).to_owned(),
            retry: RetryPolicy::default(),
            body_limits: BodyLimits::default(),
            http: None,
            governor: None,
            quota_policy: QuotaPolicy::Fail,
            return_property_quota: true,
        }
    }

    /// The governor of this client's calls.
    pub fn governor(&self) -> &Governor {
        &self.inner.governor
    }

    /// The credentials.
    pub fn auth(&self) -> &GoogleAuth {
        &self.inner.auth
    }

    /// `GET`s `path` and decodes the answer.
    pub async fn get<R: DeserializeOwned + Send>(
        &self,
        path: &str,
    ) -> Result<GoogleResponse<R>, Error> {
        self.call(GoogleCall::get(path)).await
    }

    /// `POST`s `body` to `path` and decodes the answer.
    pub async fn post<B: serde::Serialize, R: DeserializeOwned + Send>(
        &self,
        path: &str,
        body: &B,
    ) -> Result<GoogleResponse<R>, Error> {
        let body = serde_json::to_value(body).map_err(|e| Error::InvalidRequest(e.to_string()))?;
        self.call(GoogleCall::post(path, body)).await
    }

    /// Makes a call: reserves its quota, sends it with retries, settles the quota with the
    /// answer's figures, and decodes the answer.
    pub async fn call<R: DeserializeOwned + Send>(
        &self,
        call: GoogleCall,
    ) -> Result<GoogleResponse<R>, Error> {
        let mut decoded: Option<GoogleResponse<R>> = None;
        let mut decode = |body: &[u8], property_quota: Vec<Figure>| -> Result<(), Error> {
            let result = crate::method::decode::<R>(body).map_err(Error::Decode)?;
            decoded = Some(GoogleResponse {
                result,
                property_quota,
            });
            Ok(())
        };
        self.call_traced(call, &mut decode).await?;
        decoded.ok_or_else(|| Error::InvalidRequest("the call ended without a result".into()))
    }

    /// Runs a call inside its `google.call` span. Not generic: every call shares this code.
    async fn call_traced(&self, call: GoogleCall, decode: &mut DecodeFn<'_>) -> Result<(), Error> {
        let inner = &*self.inner;
        let GoogleCall {
            method,
            path,
            mut body,
            access,
            quota_policy,
            return_property_quota,
        } = call;
        let demand = ga4::demand(
            &method,
            &path,
            body.as_mut(),
            return_property_quota.unwrap_or(inner.return_property_quota),
            quota_policy.unwrap_or(inner.quota_policy),
        );
        let body = match body {
            Some(body) => Some(bytes::Bytes::from(
                serde_json::to_vec(&body).map_err(|e| Error::InvalidRequest(e.to_string()))?,
            )),
            None => None,
        };
        let url = format!("{}/{}", inner.base_url, path.trim_start_matches('/'));
        let span = tracing::info_span!(
            "google.call",
            api = "google",
            http_method = %method,
            path = %path,
            quota_key = tracing::field::Empty,
            tokens_estimated = tracing::field::Empty,
            tokens_consumed = tracing::field::Empty,
            request_id = tracing::field::Empty,
            attempts = tracing::field::Empty,
        );
        if let Some(demand) = &demand {
            span.record("quota_key", tracing::field::display(&demand.key));
        }
        let governor = &inner.governor;
        let may_retry = |error: &Error| match (&demand, error.http_status()) {
            (Some(demand), Some(500 | 503)) => {
                let allowed = governor.may_retry_server_error(&demand.key);
                if !allowed {
                    tracing::warn!(
                        key = %demand.key,
                        "not retrying a server error: the server-error bucket is down to its margin"
                    );
                }
                allowed
            }
            _ => true,
        };
        let calls = async {
            let mut retries = Retries::new(&inner.retry, access, "Google API", &span);
            loop {
                retries.start();
                let outcome = self
                    .attempt(&method, &url, &body, demand.as_ref(), &span)
                    .await
                    .and_then(|(answer, figures)| decode(&answer, figures));
                match outcome {
                    Ok(()) => {
                        retries.succeeded();
                        return Ok(());
                    }
                    Err(error) => {
                        let allowed = may_retry(&error);
                        retries.failed(error, allowed).await?
                    }
                }
            }
        };
        calls.instrument(span.clone()).await
    }

    /// One exchange: reserve, authorize, send, read, settle. Gives the answer and, for a
    /// governed call, its `propertyQuota` figures.
    async fn attempt(
        &self,
        method: &reqwest::Method,
        url: &str,
        body: &Option<bytes::Bytes>,
        demand: Option<&Demand>,
        span: &tracing::Span,
    ) -> Result<(bytes::Bytes, Vec<Figure>), Error> {
        use reqwest::header::{HeaderValue, AUTHORIZATION, CONTENT_TYPE, USER_AGENT};
        let inner = &*self.inner;
        // Reserved first: a request refused for its quota is not even authorized.
        let reservation = match demand {
            Some(demand) => Some(
                inner
                    .governor
                    .reserve(demand)
                    .await
                    .map_err(|e| Error::Quota(Box::new(e)))?,
            ),
            None => None,
        };
        if let Some(reservation) = &reservation {
            span.record("tokens_estimated", reservation.estimate());
        }
        let token = match &inner.auth {
            GoogleAuth::Bearer(token) => token.clone(),
            GoogleAuth::ServiceAccount(account) => {
                account
                    .token(&inner.http, inner.timeout, inner.body_limit)
                    .await?
            }
        };
        let mut authorization = HeaderValue::from_str(&format!("Bearer {}", token.expose()))
            .map_err(|_| Error::InvalidRequest("the access token is not a valid header".into()))?;
        authorization.set_sensitive(true);
        let mut request = inner
            .http
            .request(method.clone(), url)
            .timeout(inner.timeout)
            .header(AUTHORIZATION, authorization)
            .header(USER_AGENT, &inner.user_agent);
        if let Some(body) = body {
            request = request
                .header(CONTENT_TYPE, "application/json; charset=utf-8")
                .body(body.clone());
        }
        // A failure to send or read releases the reservation (dropped unsettled).
        let response = request
            .send()
            .await
            .map_err(|e| crate::client::transport(e, inner.timeout, None))?;
        let status = response.status().as_u16();
        let answer =
            crate::client::read_body(response, inner.body_limit, inner.timeout, &None).await?;
        if (200..300).contains(&status) {
            let Some(reservation) = reservation else {
                return Ok((answer, Vec::new()));
            };
            let figures = ga4::figures(&answer);
            if let Some(consumed) = figures
                .iter()
                .filter(|f| f.bucket.starts_with("tokens"))
                .map(|f| f.consumed)
                .max()
            {
                span.record("tokens_consumed", consumed);
            }
            reservation.settle(&figures);
            return Ok((answer, figures));
        }
        let error = GoogleApiError::from_body(status, &answer);
        if let Some(reservation) = reservation {
            match &error {
                _ if matches!(status, 500 | 503) => reservation.server_error(),
                Some(error) if error.is_quota_exhausted() => match error.exhausted_bucket() {
                    Some(bucket) => reservation.exhausted(bucket),
                    None => reservation.release(),
                },
                _ => reservation.release(),
            }
        }
        Err(match error {
            Some(error) => Error::Google(Box::new(error)),
            None => {
                let snippet: String = String::from_utf8_lossy(&answer).chars().take(200).collect();
                Error::http_status_error(status, format!("HTTP {status}: {}", snippet.trim()), None)
            }
        })
    }
}
