//! The Yandex Metrica Reporting API's transport: `GET {base}/stat/v1/{endpoint}?{query}` with
//! `Authorization: OAuth <token>`, on the runtime's one transport (the same retry loop, body
//! limit and TLS setup as Direct and Google), governed by the quota [`Governor`].
//!
//! - Errors: `{"errors": [{"error_type", "message", "location"}], "code", "message"}` becomes
//!   [`Error::Metrica`] with a [`MetricaApiError`]; a body that is not this object becomes an
//!   [`Error::Transport`] with the status and the start of the body.
//! - Limits held locally ([`Profile::metrica`](crate::governor::Profile::metrica)): per user,
//!   keyed by a fingerprint of the token (never the token), 3 requests in flight (the next one
//!   waits for a slot), 5,000 a day and 200 Reporting requests per 5 minutes; and 30 a second
//!   for the whole process ([`QuotaKey::metrica_ip`]). A request a bucket cannot take is not
//!   sent: it fails with [`Error::Quota`] or waits, by the [`QuotaPolicy`].
//! - The server's own limits: a 429 (or 420) `quota_requests_by_ip` or
//!   `quota_parallel_requests` is waited out (a second) and sent again within the retry
//!   policy's attempts; `quota_requests_by_uid` and the other daily quotas fail at once, and
//!   the daily bucket stays empty until midnight UTC. A 503 `backend_error` is retried with
//!   the policy's backoff.

mod error;

use std::sync::Arc;
use std::time::Duration;

use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};
use tracing::Instrument;

use crate::client::{BodyLimits, Token};
use crate::error::Error;
use crate::governor::{metrica_buckets, Demand, Governor, QuotaKey, QuotaPolicy, Reservation};
use crate::method::Access;
use crate::retry::RetryPolicy;
use crate::transport::Retries;

pub use error::{MetricaApiError, MetricaErrorItem};

/// The Metrica API's host.
pub const METRICA_API_URL: &str = "https://api-metrika.yandex.net";

/// The Reporting API's endpoints, under `/stat/v1/`.
pub mod endpoints {
    /// A table: rows of dimension values with their metrics.
    pub const DATA: &str = "data";
    /// Metrics by time intervals.
    pub const BYTIME: &str = "data/bytime";
    /// A tree: one level of the dimensions at a time.
    pub const DRILLDOWN: &str = "data/drilldown";
    /// Two segments side by side.
    pub const COMPARISON: &str = "data/comparison";
    /// Two segments side by side, as a tree.
    pub const COMPARISON_DRILLDOWN: &str = "data/comparison/drilldown";
}

/// Builds a [`MetricaClient`].
#[derive(Debug, Clone)]
pub struct MetricaClientBuilder {
    token: Token,
    base_url: String,
    timeout: Duration,
    connect_timeout: Option<Duration>,
    user_agent: String,
    retry: RetryPolicy,
    body_limits: BodyLimits,
    http: Option<reqwest::Client>,
    governor: Option<Governor>,
    quota_policy: QuotaPolicy,
}

impl MetricaClientBuilder {
    /// Uses another host (a fake server), e.g. `http://127.0.0.1:8080`.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = url.into().trim_end_matches('/').to_owned();
        self
    }

    /// Sets the time allowed for one HTTP exchange (default 300 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// Sets the time allowed to open a connection (ignored with
    /// [`MetricaClientBuilder::http_client`]).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// Sets the `User-Agent` header.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// Sets the retry policy (default: [`RetryPolicy::default`], 4 attempts).
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
    /// may still spend: two clients of one token share its 3 slots. Default: a governor of this
    /// client's own.
    pub fn governor(mut self, governor: Governor) -> Self {
        self.governor = Some(governor);
        self
    }

    /// What a call does when a bucket has not enough left (default [`QuotaPolicy::Fail`]; a
    /// call beyond the 3 in flight waits for a slot either way).
    pub fn quota_policy(mut self, policy: QuotaPolicy) -> Self {
        self.quota_policy = policy;
        self
    }

    /// Builds the client.
    pub fn build(self) -> Result<MetricaClient, Error> {
        if self.token.expose().is_empty() {
            return Err(Error::InvalidRequest(
                "the Metrica OAuth token is empty".into(),
            ));
        }
        let mut authorization =
            reqwest::header::HeaderValue::from_str(&format!("OAuth {}", self.token.expose()))
                .map_err(|_| {
                    Error::InvalidRequest("the Metrica OAuth token is not a valid header".into())
                })?;
        authorization.set_sensitive(true);
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
        Ok(MetricaClient {
            inner: Arc::new(Inner {
                http,
                quota_key: QuotaKey::new(QuotaKey::METRICA, token_fingerprint(&self.token)),
                authorization,
                base_url: self.base_url,
                timeout: self.timeout,
                user_agent: self.user_agent,
                retry: self.retry,
                body_limit: self.body_limits.json,
                governor: self.governor.unwrap_or_default(),
                quota_policy: self.quota_policy,
            }),
        })
    }
}

/// The scope of a token's quota key: the first 16 hex digits of a SHA-256 of the token, so
/// that keys, logs and snapshots never show the token, and nothing leads back to it.
pub fn token_fingerprint(token: &Token) -> String {
    let digest = Sha256::digest(format!("yandex-metrica-token\0{}", token.expose()).as_bytes());
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// A client of the Metrica Reporting API. Cheap to clone; clones share connections and the
/// governor.
#[derive(Debug, Clone)]
pub struct MetricaClient {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    http: reqwest::Client,
    /// The token's quota key (its fingerprint, not the token).
    quota_key: QuotaKey,
    /// `OAuth <token>`, marked sensitive: reqwest's `Debug` shows it as `Sensitive`.
    authorization: reqwest::header::HeaderValue,
    base_url: String,
    timeout: Duration,
    user_agent: String,
    retry: RetryPolicy,
    body_limit: u64,
    governor: Governor,
    quota_policy: QuotaPolicy,
}

/// One call: the endpoint under `/stat/v1/` and its query parameters, sent as they are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MetricaCall {
    /// The endpoint: `data`, `data/bytime`, ... ([`endpoints`]).
    pub endpoint: String,
    /// The query parameters in order (`ids`, `metrics`, `dimensions`, `date1`, ...).
    pub query: Vec<(String, String)>,
    /// The client's quota policy, unless set here.
    pub quota_policy: Option<QuotaPolicy>,
}

impl MetricaCall {
    /// A call of `endpoint` (`data`, `data/bytime`, ...) without parameters yet.
    pub fn new(endpoint: impl Into<String>) -> Self {
        MetricaCall {
            endpoint: endpoint.into(),
            query: Vec::new(),
            quota_policy: None,
        }
    }

    /// A call of `data` (a table).
    pub fn data() -> Self {
        MetricaCall::new(endpoints::DATA)
    }

    /// A call of `data/bytime`.
    pub fn bytime() -> Self {
        MetricaCall::new(endpoints::BYTIME)
    }

    /// A call of `data/drilldown`.
    pub fn drilldown() -> Self {
        MetricaCall::new(endpoints::DRILLDOWN)
    }

    /// A call of `data/comparison`.
    pub fn comparison() -> Self {
        MetricaCall::new(endpoints::COMPARISON)
    }

    /// A call of `data/comparison/drilldown`.
    pub fn comparison_drilldown() -> Self {
        MetricaCall::new(endpoints::COMPARISON_DRILLDOWN)
    }

    /// Adds the query parameter `name=value` (a name may repeat).
    pub fn param(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.query.push((name.into(), value.into()));
        self
    }

    /// Sets the quota policy of this call.
    pub fn quota_policy(mut self, policy: QuotaPolicy) -> Self {
        self.quota_policy = Some(policy);
        self
    }
}

/// A decoded answer. Derefs to the result.
#[derive(Debug, Clone, PartialEq)]
pub struct MetricaResponse<T> {
    /// The decoded body.
    pub result: T,
    /// How many times the call was sent (1 unless retried).
    pub attempts: u32,
}

impl<T> std::ops::Deref for MetricaResponse<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.result
    }
}

/// Turns an answer's body into the caller's result; its error decides whether to retry.
type DecodeFn<'a> = dyn FnMut(&[u8]) -> Result<(), Error> + Send + 'a;

impl MetricaClient {
    /// Starts a client authorized by the OAuth `token` (sent as `Authorization: OAuth
    /// <token>`, never logged).
    pub fn builder(token: impl Into<String>) -> MetricaClientBuilder {
        MetricaClientBuilder {
            token: Token::new(token),
            base_url: METRICA_API_URL.to_owned(),
            timeout: Duration::from_secs(300),
            connect_timeout: None,
            user_agent: concat!("yandex-direct-rust/", env!("CARGO_PKG_VERSION")).to_owned(),
            retry: RetryPolicy::default(),
            body_limits: BodyLimits::default(),
            http: None,
            governor: None,
            quota_policy: QuotaPolicy::Fail,
        }
    }

    /// The governor of this client's calls.
    pub fn governor(&self) -> &Governor {
        &self.inner.governor
    }

    /// The token's quota key: api [`QuotaKey::METRICA`], scope its [`token_fingerprint`].
    pub fn quota_key(&self) -> &QuotaKey {
        &self.inner.quota_key
    }

    /// The base URL calls go to.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// Sends `call` and decodes the answer as `T` (a generated response type, or
    /// `serde_json::Value`).
    pub async fn get<T: DeserializeOwned + Send>(
        &self,
        call: MetricaCall,
    ) -> Result<MetricaResponse<T>, Error> {
        let mut decoded: Option<T> = None;
        let mut decode = |body: &[u8]| -> Result<(), Error> {
            decoded = Some(crate::method::decode::<T>(body).map_err(Error::Decode)?);
            Ok(())
        };
        let attempts = self.call_traced(call, &mut decode).await?;
        let result = decoded
            .ok_or_else(|| Error::InvalidRequest("the call ended without a result".into()))?;
        Ok(MetricaResponse { result, attempts })
    }

    /// Sends `call` and gives the answer's body as it came (checked to be JSON).
    pub async fn get_raw(&self, call: MetricaCall) -> Result<MetricaResponse<bytes::Bytes>, Error> {
        let mut body: Option<bytes::Bytes> = None;
        let mut keep = |answer: &[u8]| -> Result<(), Error> {
            crate::method::decode::<serde::de::IgnoredAny>(answer).map_err(Error::Decode)?;
            body = Some(bytes::Bytes::copy_from_slice(answer));
            Ok(())
        };
        let attempts = self.call_traced(call, &mut keep).await?;
        let result =
            body.ok_or_else(|| Error::InvalidRequest("the call ended without a result".into()))?;
        Ok(MetricaResponse { result, attempts })
    }

    /// Runs a call inside its `metrica.call` span; gives the number of attempts. Not generic:
    /// every call shares this code.
    async fn call_traced(
        &self,
        call: MetricaCall,
        decode: &mut DecodeFn<'_>,
    ) -> Result<u32, Error> {
        let inner = &*self.inner;
        let MetricaCall {
            endpoint,
            query,
            quota_policy,
        } = call;
        let endpoint = endpoint.trim_matches('/');
        let mut url = reqwest::Url::parse(&format!("{}/stat/v1/{endpoint}", inner.base_url))
            .map_err(|e| {
                Error::InvalidRequest(format!(
                    "the Metrica URL `{}/stat/v1/{endpoint}` is not valid: {e}",
                    inner.base_url
                ))
            })?;
        if !query.is_empty() {
            url.query_pairs_mut().extend_pairs(&query);
        }
        let policy = quota_policy.unwrap_or(inner.quota_policy);
        let user = Demand::new(inner.quota_key.clone())
            .with_count(metrica_buckets::REQUESTS_PER_DAY, 1)
            .with_count(metrica_buckets::REPORTING_PER_5_MINUTES, 1)
            .with_policy(policy);
        let ip = Demand::new(QuotaKey::metrica_ip())
            .with_count(metrica_buckets::REQUESTS_PER_SECOND_PER_IP, 1)
            .with_policy(policy);
        let span = tracing::info_span!(
            "metrica.call",
            api = "metrica",
            endpoint = %endpoint,
            quota_key = %inner.quota_key,
            request_id = tracing::field::Empty,
            attempts = tracing::field::Empty,
        );
        let calls = async {
            let mut retries = Retries::new(&inner.retry, Access::Read, "Metrica API", &span);
            loop {
                let attempt = retries.start();
                let outcome = self
                    .attempt(&url, &user, &ip)
                    .await
                    .and_then(|answer| decode(&answer));
                match outcome {
                    Ok(()) => {
                        retries.succeeded();
                        return Ok(attempt);
                    }
                    Err(error) => retries.failed(error, true).await?,
                }
            }
        };
        calls.instrument(span.clone()).await
    }

    /// One exchange: reserve the user's and the IP's buckets, send, read, settle.
    async fn attempt(
        &self,
        url: &reqwest::Url,
        user: &Demand,
        ip: &Demand,
    ) -> Result<bytes::Bytes, Error> {
        use reqwest::header::{ACCEPT, AUTHORIZATION, USER_AGENT};
        let inner = &*self.inner;
        let governor = &inner.governor;
        let quota = |e| Error::Quota(Box::new(e));
        // The user's slot first: the per-second bucket is taken only when about to send.
        let user_reservation = governor.reserve(user).await.map_err(quota)?;
        let ip_reservation = governor.reserve(ip).await.map_err(quota)?;
        // A failure to send or read releases both reservations (dropped unsettled).
        let response = inner
            .http
            .get(url.clone())
            .timeout(inner.timeout)
            .header(AUTHORIZATION, inner.authorization.clone())
            .header(USER_AGENT, &inner.user_agent)
            .header(ACCEPT, "application/json")
            .send()
            .await
            .map_err(|e| crate::client::transport(e, inner.timeout, None))?;
        let status = response.status().as_u16();
        let answer =
            crate::client::read_body(response, inner.body_limit, inner.timeout, &None).await?;
        if (200..300).contains(&status) {
            user_reservation.settle_spent();
            ip_reservation.settle_spent();
            return Ok(answer);
        }
        let error = MetricaApiError::from_body(status, &answer);
        settle_refused(user_reservation, ip_reservation, error.as_ref());
        Err(match error {
            Some(error) => Error::Metrica(Box::new(error)),
            None => {
                let snippet: String = String::from_utf8_lossy(&answer).chars().take(200).collect();
                Error::http_status_error(
                    status,
                    format!("HTTP {status} from Metrica: {}", snippet.trim()),
                    None,
                )
            }
        })
    }
}

/// Settles the reservations of a refused request: a limit that refills within a second
/// charged nothing; a spent daily quota empties the day's bucket until midnight UTC; anything
/// else reached the server and counts.
fn settle_refused(user: Reservation, ip: Reservation, error: Option<&MetricaApiError>) {
    match error {
        Some(error) if error.is_short_quota() => {
            user.release();
            ip.release();
        }
        Some(error) if error.exhausted_quota() == Some("quota_requests_by_uid") => {
            user.exhausted(metrica_buckets::REQUESTS_PER_DAY);
            ip.settle_spent();
        }
        _ => {
            user.settle_spent();
            ip.settle_spent();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_token_is_neither_shown_nor_in_the_key() {
        let client = MetricaClient::builder("secret-metrica-token")
            .build()
            .expect("a client");
        let shown = format!("{client:?}");
        assert!(!shown.contains("secret-metrica-token"), "{shown}");
        let key = client.quota_key();
        assert_eq!(key.api(), QuotaKey::METRICA);
        assert_eq!(key.scope().len(), 16);
        assert!(!key.scope().contains("secret"));
        let other = MetricaClient::builder("another-token")
            .build()
            .expect("a client");
        assert_ne!(other.quota_key(), key);
        assert!(MetricaClient::builder("").build().is_err());
    }

    #[test]
    fn calls_collect_their_parameters_in_order() {
        let call = MetricaCall::bytime()
            .param("ids", "44147844")
            .param("metrics", "ym:s:visits")
            .quota_policy(QuotaPolicy::Wait {
                max: Duration::from_secs(1),
            });
        assert_eq!(call.endpoint, "data/bytime");
        assert_eq!(
            call.query,
            vec![
                ("ids".to_owned(), "44147844".to_owned()),
                ("metrics".to_owned(), "ym:s:visits".to_owned())
            ]
        );
        assert!(call.quota_policy.is_some());
    }
}
