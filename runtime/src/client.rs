//! The client: configuration, and the one generic call path every generated method uses.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use serde::de::DeserializeOwned;
use serde::Serialize;

use reqwest::header::HeaderName;
use tracing::Instrument;

use super::error::{ApiError, BodyTooLarge, DecodeError, Error};
use super::finance::FinanceCredentials;
use super::governor::Reservation;
use super::governor::{Demand, Figure, Governor, QuotaKey, QuotaPolicy};
use super::limiter::{Limiter, Slot, DEFAULT_MAX_IN_FLIGHT};
use super::method::{decode, Api, MethodInfo, ResponseEnvelope};
use super::retry::RetryPolicy;
use super::transport::Retries;
/// Kept here too: the units figures were first defined in this module.
pub use super::units::Units;
use super::units::{UnitsSnapshot, UnitsTracker};

/// The production API host.
pub const PRODUCTION_URL: &str = "https://api.direct.yandex.com";
/// The sandbox API host.
pub const SANDBOX_URL: &str = "https://api-sandbox.direct.yandex.com";
/// The path v4 Live requests go to, after the base URL.
pub const V4_PATH: &str = "/live/v4/json/";

/// An OAuth token. Never printed: `Debug` and `Display` show it redacted.
#[derive(Clone, PartialEq, Eq)]
pub struct Token(String);

impl Token {
    /// Wraps a token.
    pub fn new(token: impl Into<String>) -> Self {
        Token(token.into())
    }

    /// The secret itself, for building the `Authorization` header.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(<redacted>)")
    }
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

/// How to reach the API and as whom.
#[derive(Debug, Clone)]
pub struct Config {
    /// The OAuth token.
    pub token: Token,
    /// `Client-Login`: the advertiser an agency acts for.
    pub client_login: Option<String>,
    /// `Accept-Language`: the language of messages (`ru`, `en`, ...).
    pub accept_language: Option<String>,
    /// Send `Use-Operator-Units: true` (agencies spending their own units). Never sent as false.
    pub use_operator_units: bool,
    /// Scheme and host, e.g. [`PRODUCTION_URL`]; paths such as `/json/v5/<service>` follow it.
    pub base_url: String,
    /// Time allowed for one HTTP exchange (sending the request and reading the whole answer).
    pub timeout: Duration,
    /// The `User-Agent` header.
    pub user_agent: String,
    /// When to send a failed call again.
    pub retry: RetryPolicy,
    /// The credentials of v4 finance methods (`finance_token`, `operation_num`), if any.
    pub finance: Option<FinanceCredentials>,
    /// The largest answer bodies read into memory, per kind of answer.
    pub body_limits: BodyLimits,
}

/// The largest answer body the client reads, per kind of answer: a larger one (announced by
/// `Content-Length` or found while reading) is an error, and memory stays bounded whatever a
/// server or a proxy sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BodyLimits {
    /// A v5 JSON answer (default 256 MiB: a `get` of 10,000 keywords with every field is a few
    /// MiB).
    pub json: u64,
    /// A v4 Live answer (default 64 MiB).
    pub v4: u64,
    /// A Reports answer read whole: an error, or a report when streaming does not apply
    /// (default 2 GiB). A report (HTTP 200) streams at constant memory and has no limit.
    pub report: u64,
}

impl Default for BodyLimits {
    fn default() -> Self {
        BodyLimits {
            json: 256 << 20,
            v4: 64 << 20,
            report: 2 << 30,
        }
    }
}

/// Builds a [`Client`].
#[derive(Debug, Clone)]
pub struct ClientBuilder {
    config: Config,
    http: Option<reqwest::Client>,
    connect_timeout: Option<Duration>,
    limiter: Option<Limiter>,
    governor: Option<Governor>,
    quota_policy: QuotaPolicy,
    max_in_flight: usize,
}

impl ClientBuilder {
    /// Sets `Client-Login`.
    pub fn client_login(mut self, login: impl Into<String>) -> Self {
        self.config.client_login = Some(login.into());
        self
    }

    /// Sets `Accept-Language`.
    pub fn accept_language(mut self, language: impl Into<String>) -> Self {
        self.config.accept_language = Some(language.into());
        self
    }

    /// Asks for `Use-Operator-Units: true`.
    pub fn use_operator_units(mut self, yes: bool) -> Self {
        self.config.use_operator_units = yes;
        self
    }

    /// Uses the sandbox.
    pub fn sandbox(mut self) -> Self {
        self.config.base_url = SANDBOX_URL.to_owned();
        self
    }

    /// Uses another host (a proxy, a fake server), e.g. `http://127.0.0.1:8080`.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.config.base_url = url.into().trim_end_matches('/').to_owned();
        self
    }

    /// Sets the time allowed for one HTTP exchange.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.config.timeout = timeout;
        self
    }

    /// Sets the largest answer bodies the client reads (see [`BodyLimits`]).
    pub fn body_limits(mut self, limits: BodyLimits) -> Self {
        self.config.body_limits = limits;
        self
    }

    /// Sets the time allowed to open a connection (ignored with [`ClientBuilder::http_client`]).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// Sets the `User-Agent` header.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.config.user_agent = user_agent.into();
        self
    }

    /// Uses a caller-supplied reqwest client (proxies, TLS settings, connection pool).
    pub fn http_client(mut self, http: reqwest::Client) -> Self {
        self.http = Some(http);
        self
    }

    /// Sets the retry policy (default: [`RetryPolicy::default`]).
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.config.retry = policy;
        self
    }

    /// Sets how many requests may be in flight per login (default 5, the API's limit).
    pub fn max_in_flight_per_login(mut self, n: usize) -> Self {
        self.max_in_flight = n.max(1);
        self
    }

    /// Shares a limiter with other clients, so that they count their requests together.
    pub fn limiter(mut self, limiter: Limiter) -> Self {
        self.limiter = Some(limiter);
        self
    }

    /// Counts every call in `governor` (key [`QuotaKey::direct`] of the `Client-Login`), so
    /// that a program using several APIs asks one place what it may still spend
    /// ([`Governor::snapshot`]). The governor's Direct profile then decides the requests in
    /// flight per login (5; [`ClientBuilder::max_in_flight_per_login`] and
    /// [`ClientBuilder::limiter`] no longer apply), and a call is not sent when the login's
    /// units left (the last `Units` header) or the governor's budget cannot cover its estimate
    /// (the units the same method last cost, else 10): it fails with [`Error::Quota`], or
    /// waits by [`ClientBuilder::quota_policy`]. With a shared store
    /// ([`GovernorBuilder::shared_store`](crate::governor::GovernorBuilder::shared_store)) the
    /// slots, units figures and budgets are those of every process using the store.
    pub fn governor(mut self, governor: Governor) -> Self {
        self.governor = Some(governor);
        self
    }

    /// What a call does when the governor's units or budget cannot cover it (default
    /// [`QuotaPolicy::Fail`]; only with [`ClientBuilder::governor`]).
    pub fn quota_policy(mut self, policy: QuotaPolicy) -> Self {
        self.quota_policy = policy;
        self
    }

    /// Sets the credentials of v4 finance methods (`CreateInvoice`, `TransferMoney`, ...): the
    /// client adds `finance_token` and a fresh `operation_num` to each attempt of such a call.
    pub fn finance(mut self, credentials: FinanceCredentials) -> Self {
        self.config.finance = Some(credentials);
        self
    }

    /// Builds the client.
    pub fn build(self) -> Result<Client, Error> {
        let http = match self.http {
            Some(http) => http,
            None => {
                let mut builder = http_client_builder().redirect(reqwest::redirect::Policy::none());
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
        let limiter = self
            .limiter
            .unwrap_or_else(|| Limiter::new(self.max_in_flight));
        Ok(Client {
            prepared: Arc::new(Prepared::new(&self.config, &limiter)),
            config: Arc::new(self.config),
            shared: Arc::new(Shared {
                http,
                limiter,
                units: UnitsTracker::new(),
                units_by_client_login: UnitsTracker::new(),
                governor: self.governor,
                quota_policy: self.quota_policy,
                finance_locks: Default::default(),
            }),
        })
    }
}

/// A Direct API client. Cheap to clone; clones share connections, the per-login limit of
/// requests in flight and the units figures.
#[derive(Debug, Clone)]
pub struct Client {
    config: Arc<Config>,
    /// Made from `config` once: what every request of this client sends the same.
    prepared: Arc<Prepared>,
    shared: Arc<Shared>,
}

/// The parts of a request that depend only on the configuration, checked and built once per
/// client rather than per request: header values, and the URL of each service (parsing a URL
/// with its host name costs more than the rest of building a request).
#[derive(Debug)]
struct Prepared {
    /// `Bearer <token>`, marked sensitive (kept out of debug output); `None` when the token
    /// is not a valid header value, which each request then reports.
    authorization: Option<reqwest::header::HeaderValue>,
    client_login: Option<reqwest::header::HeaderValue>,
    accept_language: Option<reqwest::header::HeaderValue>,
    user_agent: Option<reqwest::header::HeaderValue>,
    /// The base URL as parsed, if it parses; services' URLs are made from it on first use.
    base_url: Option<reqwest::Url>,
    urls: std::sync::RwLock<std::collections::HashMap<&'static str, reqwest::Url>>,
    /// The limiter's semaphore of this client's login.
    slots: Arc<tokio::sync::Semaphore>,
}

impl Prepared {
    fn new(config: &Config, limiter: &Limiter) -> Prepared {
        use reqwest::header::HeaderValue;
        let value = |text: &str| HeaderValue::from_str(text).ok();
        let authorization = value(&format!("Bearer {}", config.token.expose())).map(|mut v| {
            v.set_sensitive(true);
            v
        });
        Prepared {
            authorization,
            client_login: config.client_login.as_deref().and_then(value),
            accept_language: config.accept_language.as_deref().and_then(value),
            user_agent: value(&config.user_agent),
            base_url: reqwest::Url::parse(&config.base_url).ok(),
            urls: Default::default(),
            slots: limiter.semaphore(config.client_login.as_deref().unwrap_or("")),
        }
    }

    /// The URL of v5 service `endpoint`, parsed once; `None` when the base URL does not parse
    /// (the request then reports it).
    fn v5_url(&self, endpoint: &'static str) -> Option<reqwest::Url> {
        let read = self
            .urls
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(url) = read.get(endpoint) {
            return Some(url.clone());
        }
        drop(read);
        let mut url = self.base_url.clone()?;
        {
            let mut path = url.path_segments_mut().ok()?;
            path.pop_if_empty().extend(["json", "v5", endpoint]);
        }
        self.urls
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .insert(endpoint, url.clone());
        Some(url)
    }
}

#[derive(Debug)]
struct Shared {
    http: reqwest::Client,
    limiter: Limiter,
    units: UnitsTracker,
    /// The same figures keyed by the `Client-Login` the call was made with (`""` without
    /// one), whatever login the API charged: what [`Client::units_left`] reads.
    units_by_client_login: UnitsTracker,
    /// One lock per finance login: its calls go one at a time, each taking its operation
    /// number just before it is sent, so that the numbers reach the server in order.
    /// Told the units figures of every answer, when the builder was given one.
    governor: Option<Governor>,
    /// What a call does when the governor's buckets cannot cover it.
    quota_policy: QuotaPolicy,
    finance_locks: std::sync::Mutex<std::collections::HashMap<String, Arc<tokio::sync::Mutex<()>>>>,
}

impl Shared {
    fn finance_lock(&self, login: &str) -> Arc<tokio::sync::Mutex<()>> {
        let mut locks = self
            .finance_locks
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        locks.entry(login.to_owned()).or_default().clone()
    }
}

/// What the response headers said about a call.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ResponseMeta {
    /// `RequestId`.
    pub request_id: Option<String>,
    /// `Units`.
    pub units: Option<Units>,
    /// `Units-Used-Login`: whose units were spent.
    pub units_used_login: Option<String>,
}

/// A typed result with the call's metadata. Derefs to the result.
#[derive(Debug, Clone, PartialEq)]
pub struct Response<T> {
    /// The typed `result`.
    pub result: T,
    /// Request id and units.
    pub meta: ResponseMeta,
}

impl<T> Response<T> {
    /// The result without the metadata.
    pub fn into_inner(self) -> T {
        self.result
    }
}

impl<T> std::ops::Deref for Response<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.result
    }
}

/// The raw answer of one exchange, before decoding.
pub(crate) struct RawResponse {
    pub(crate) status: u16,
    pub(crate) body: bytes::Bytes,
    pub(crate) meta: ResponseMeta,
    /// Every header, for protocols that read more than the common ones (Reports).
    #[cfg_attr(not(feature = "reports"), allow(dead_code))]
    pub(crate) headers: reqwest::header::HeaderMap,
    /// A report (HTTP 200 of `reports`) whose body is left to be streamed: its first chunk,
    /// the response, and the login's slot, held until the body is read.
    #[cfg(feature = "reports")]
    pub(crate) stream: Option<StreamingBody>,
}

impl RawResponse {
    /// Whether the body is left to be streamed (a report).
    fn is_streaming(&self) -> bool {
        #[cfg(feature = "reports")]
        return self.stream.is_some();
        #[cfg(not(feature = "reports"))]
        false
    }
}

/// The unread body of a report answer.
#[cfg(feature = "reports")]
pub(crate) struct StreamingBody {
    pub(crate) first: bytes::Bytes,
    pub(crate) response: reqwest::Response,
    pub(crate) slot: Option<super::limiter::Slot>,
    /// The longest wait for the next bytes.
    pub(crate) idle_timeout: Duration,
}

/// Headers a call adds to the common ones (Reports' `processingMode`, ...).
pub(crate) type ExtraHeaders<'a> = &'a [(&'static str, String)];

/// Makes the body of each attempt (attempt 1 is the first): v5 sends the same bytes every time,
/// v4 finance calls need a fresh operation number per attempt.
pub(crate) type BodyFn<'a> = dyn FnMut(u32) -> Result<bytes::Bytes, Error> + Send + 'a;

/// Turns the answer of an attempt into the caller's result; its error decides about retrying.
pub(crate) type DecodeFn<'a> = dyn FnMut(RawResponse) -> Result<(), Error> + Send + 'a;

impl Client {
    /// Starts a client with an OAuth token, for the production API.
    pub fn builder(token: impl Into<String>) -> ClientBuilder {
        ClientBuilder {
            config: Config {
                token: Token::new(token),
                client_login: None,
                accept_language: None,
                use_operator_units: false,
                base_url: PRODUCTION_URL.to_owned(),
                timeout: Duration::from_secs(300),
                user_agent: concat!("yandex-direct-rust/", env!("CARGO_PKG_VERSION")).to_owned(),
                retry: RetryPolicy::default(),
                finance: None,
                body_limits: BodyLimits::default(),
            },
            http: None,
            connect_timeout: None,
            limiter: None,
            governor: None,
            quota_policy: QuotaPolicy::Fail,
            max_in_flight: DEFAULT_MAX_IN_FLIGHT,
        }
    }

    /// The configuration.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The same client acting for another advertiser (`Client-Login`); it shares connections,
    /// limits and units figures with this one.
    pub fn with_login(&self, login: impl Into<String>) -> Client {
        let mut config = (*self.config).clone();
        config.client_login = Some(login.into());
        Client {
            prepared: Arc::new(Prepared::new(&config, &self.shared.limiter)),
            config: Arc::new(config),
            shared: self.shared.clone(),
        }
    }

    /// The same client with another retry policy.
    pub fn with_retry_policy(&self, policy: RetryPolicy) -> Client {
        let mut config = (*self.config).clone();
        config.retry = policy;
        Client {
            config: Arc::new(config),
            prepared: self.prepared.clone(),
            shared: self.shared.clone(),
        }
    }

    /// The same client with other finance credentials (v4 finance methods).
    pub fn with_finance(&self, credentials: FinanceCredentials) -> Client {
        let mut config = (*self.config).clone();
        config.finance = Some(credentials);
        Client {
            config: Arc::new(config),
            prepared: self.prepared.clone(),
            shared: self.shared.clone(),
        }
    }

    /// The limiter of requests in flight per login.
    pub fn limiter(&self) -> &Limiter {
        &self.shared.limiter
    }

    /// The latest units figures of `login` (as named by `Units-Used-Login`, else by
    /// `Client-Login`; the empty string for the token's own account).
    pub fn units(&self, login: &str) -> Option<UnitsSnapshot> {
        self.shared.units.get(login)
    }

    /// The units figures of the latest answer to a call made with this client's `Client-Login`
    /// (or without one, when it has none): "how many units do I have left". `None` until such
    /// a call has been answered with a `Units` header.
    pub fn units_left(&self) -> Option<UnitsSnapshot> {
        self.shared.units_by_client_login.get(self.login_key())
    }

    /// The latest units figures of every login seen by this client and its clones.
    pub fn units_all(&self) -> std::collections::HashMap<String, UnitsSnapshot> {
        self.shared.units.all()
    }

    /// The login requests are limited and counted under: `Client-Login`, or `""`.
    fn login_key(&self) -> &str {
        self.config.client_login.as_deref().unwrap_or("")
    }

    /// Calls a v5 method with typed params; the generated service methods are one line over this.
    ///
    /// Waits for a free slot of the login (at most 5 requests in flight), retries by the
    /// [`RetryPolicy`], and records the units figures of the answer.
    pub async fn call<P: Serialize, R: DeserializeOwned + Send>(
        &self,
        method: &'static MethodInfo,
        params: &P,
    ) -> Result<Response<R>, Error> {
        #[derive(Serialize)]
        struct Envelope<'a, P> {
            method: &'a str,
            params: &'a P,
        }
        let body = serde_json::to_vec(&Envelope {
            method: method.method,
            params,
        })
        .map_err(|e| Error::InvalidRequest(e.to_string()))?;
        self.call_body(method, body).await
    }

    /// Sends an already encoded body `{"method", "params"}` to `method`'s endpoint, with the
    /// limits and retries of [`Client::call`].
    pub async fn call_body<R: DeserializeOwned + Send>(
        &self,
        method: &'static MethodInfo,
        body: Vec<u8>,
    ) -> Result<Response<R>, Error> {
        // Only decoding depends on `R`: the retry loop below is compiled once, not per method.
        let body = bytes::Bytes::from(body);
        let mut make_body = move |_attempt: u32| Ok(body.clone());
        let mut decoded: Option<Response<R>> = None;
        let mut decode = |raw: RawResponse| -> Result<(), Error> {
            decoded = Some(decode_v5::<R>(raw)?);
            Ok(())
        };
        self.call_traced(method, false, &[], &mut make_body, &mut decode)
            .await?;
        decoded.ok_or_else(|| Error::InvalidRequest("the call ended without a result".into()))
    }

    /// Runs a call of either protocol inside its `direct.call` span, with the login's limit and
    /// the retry policy. Not generic: v5 and v4 calls of every method share this code. `signed`:
    /// a v4 finance operation, whose attempts go one at a time per finance login (each takes the
    /// next operation number).
    pub(crate) async fn call_traced(
        &self,
        method: &'static MethodInfo,
        signed: bool,
        headers: ExtraHeaders<'_>,
        make_body: &mut BodyFn<'_>,
        decode: &mut DecodeFn<'_>,
    ) -> Result<(), Error> {
        let span = tracing::info_span!(
            "direct.call",
            api = api_name(method.api),
            service = method.service_name,
            method = method.method,
            login = self.login_key(),
            request_id = tracing::field::Empty,
            units_spent = tracing::field::Empty,
            units_rest = tracing::field::Empty,
            units_limit = tracing::field::Empty,
            attempts = tracing::field::Empty,
        );
        self.call_with_retries(method, signed, headers, make_body, &span, decode)
            .instrument(span.clone())
            .await
    }

    /// Sends the body of each attempt under the login's concurrency limit, retrying by the
    /// policy; `decode` turns each answer into the caller's result (its error decides whether
    /// to retry).
    async fn call_with_retries(
        &self,
        method: &'static MethodInfo,
        signed: bool,
        headers: ExtraHeaders<'_>,
        make_body: &mut BodyFn<'_>,
        span: &tracing::Span,
        decode: &mut DecodeFn<'_>,
    ) -> Result<(), Error> {
        let finance_lock = match (&self.config.finance, signed) {
            (Some(credentials), true) => Some(self.shared.finance_lock(&credentials.login)),
            _ => None,
        };
        let mut retries = Retries::new(&self.config.retry, method.access, "Direct API", span);
        loop {
            let attempt = retries.start();
            let outcome = {
                let _finance_turn = match &finance_lock {
                    Some(lock) => Some(lock.lock().await),
                    None => None,
                };
                #[cfg_attr(not(feature = "reports"), allow(unused_mut))]
                let mut slot = self.take_slot(method).await?;
                // Made once the slot is held: a finance call's operation number is taken right
                // before it is sent. A body that cannot be made ends the call.
                let body = make_body(attempt)?;
                #[cfg_attr(not(feature = "reports"), allow(unused_mut))]
                let mut outcome = self.send(method, headers, body).await;
                // The governor's reservation is settled with the answer's units, unless the
                // slot stays with a streamed report.
                let streaming = matches!(&outcome, Ok(raw) if raw.is_streaming());
                let reservation = slot.reservation.take_if(|_| !streaming);
                let settled = reservation.is_some();
                if let Some(reservation) = reservation {
                    self.settle(reservation, outcome.as_ref().ok()).await;
                }
                // A report streamed after this call returns keeps the slot while it downloads.
                #[cfg(feature = "reports")]
                if let Ok(RawResponse {
                    stream: Some(stream),
                    ..
                }) = &mut outcome
                {
                    stream.slot = Some(slot);
                }
                #[cfg(not(feature = "reports"))]
                drop(slot);
                (outcome, settled)
            };
            let (outcome, settled) = outcome;
            let outcome = outcome.and_then(|raw| {
                self.record_meta(&raw.meta, span, settled);
                decode(raw)
            });
            match outcome {
                Ok(()) => {
                    retries.succeeded();
                    return Ok(());
                }
                Err(error) => retries.failed(error, true).await?,
            }
        }
    }

    /// A slot of the login: the governor's reservation when the client has a governor, else
    /// the limiter's.
    async fn take_slot(&self, method: &'static MethodInfo) -> Result<Slot, Error> {
        let Some(governor) = &self.shared.governor else {
            return Ok(Limiter::acquire_from(self.prepared.slots.clone()).await);
        };
        let demand = Demand::new(QuotaKey::direct(self.login_key()))
            .with_shape(Demand::shape_of(&(method.service_name, method.method)))
            .with_policy(self.shared.quota_policy);
        let reservation = governor
            .reserve(&demand)
            .await
            .map_err(|e| Error::Quota(Box::new(e)))?;
        Ok(Slot::reserved(reservation))
    }

    /// Settles a reservation with what the answer said: its units when they are the login's
    /// own (not another login's charged through `Units-Used-Login`), else nothing charged.
    async fn settle(&self, reservation: Reservation, answer: Option<&RawResponse>) {
        let units = answer.and_then(|raw| {
            let own = raw
                .meta
                .units_used_login
                .as_deref()
                .is_none_or(|used| used == self.login_key());
            raw.meta.units.filter(|_| own)
        });
        match units {
            Some(units) => {
                reservation
                    .settle_shared(&[Figure::from_units(units)])
                    .await
            }
            None => reservation.release_shared().await,
        }
    }

    /// Records the answer's figures; `settled`: its reservation was settled with them.
    fn record_meta(&self, meta: &ResponseMeta, span: &tracing::Span, settled: bool) {
        if let Some(id) = &meta.request_id {
            span.record("request_id", id.as_str());
        }
        if let Some(units) = meta.units {
            span.record("units_spent", units.spent);
            span.record("units_rest", units.rest);
            span.record("units_limit", units.limit);
            let login = meta
                .units_used_login
                .as_deref()
                .unwrap_or_else(|| self.login_key());
            self.shared.units.record(login, units);
            if let Some(governor) = &self.shared.governor {
                // The login's own units were settled with its reservation.
                if !(settled && login == self.login_key()) {
                    governor.update(&QuotaKey::direct(login), &[Figure::from_units(units)]);
                }
            }
            self.shared
                .units_by_client_login
                .record(self.login_key(), units);
        }
    }

    /// One HTTP exchange in `method`'s protocol: v5 posts to `/json/v5/<endpoint>` with the
    /// token in `Authorization` and the `Client-Login` family of headers; v4 posts to
    /// `/live/v4/json/` with the token (and locale) inside the body, which the caller made.
    async fn send(
        &self,
        method: &MethodInfo,
        headers: ExtraHeaders<'_>,
        body: bytes::Bytes,
    ) -> Result<RawResponse, Error> {
        use reqwest::header::{
            HeaderValue, ACCEPT_LANGUAGE, AUTHORIZATION, CONTENT_TYPE, USER_AGENT,
        };
        const JSON: HeaderValue = HeaderValue::from_static("application/json; charset=utf-8");
        let config = &*self.config;
        let mut request = match method.api {
            Api::DirectV5 => {
                let prepared = &*self.prepared;
                // What was prepared is used; what could not be is given as text, so that the
                // request reports why (an invalid base URL or header value) as before.
                let mut request = match prepared.v5_url(method.endpoint) {
                    Some(url) => self.shared.http.post(url),
                    None => self
                        .shared
                        .http
                        .post(format!("{}/json/v5/{}", config.base_url, method.endpoint)),
                };
                request = match &prepared.authorization {
                    Some(value) => request.header(AUTHORIZATION, value.clone()),
                    None => {
                        request.header(AUTHORIZATION, format!("Bearer {}", config.token.expose()))
                    }
                };
                if let Some(login) = &config.client_login {
                    request = match &prepared.client_login {
                        Some(value) => request.header(CLIENT_LOGIN, value.clone()),
                        None => request.header(CLIENT_LOGIN, login),
                    };
                }
                if let Some(language) = &config.accept_language {
                    request = match &prepared.accept_language {
                        Some(value) => request.header(ACCEPT_LANGUAGE, value.clone()),
                        None => request.header(ACCEPT_LANGUAGE, language),
                    };
                }
                if config.use_operator_units {
                    request = request.header(USE_OPERATOR_UNITS, "true");
                }
                request
            }
            Api::DirectV4 => {
                let url = format!("{}{}", config.base_url, V4_PATH);
                self.shared.http.post(url)
            }
        };
        request = match &self.prepared.user_agent {
            Some(value) => request.header(USER_AGENT, value.clone()),
            None => request.header(USER_AGENT, &config.user_agent),
        }
        .header(CONTENT_TYPE, JSON);
        for (name, value) in headers {
            request = request.header(*name, value);
        }
        // A report is streamed: its time limit is per wait for bytes, not for the whole body.
        #[cfg(feature = "reports")]
        let streamed = method.api == Api::DirectV5 && method.endpoint == "reports";
        #[cfg(not(feature = "reports"))]
        let streamed = false;
        let sent = if streamed {
            match tokio::time::timeout(config.timeout, request.body(body).send()).await {
                Ok(sent) => sent,
                Err(_) => return Err(Error::Timeout(config.timeout)),
            }
        } else {
            request.timeout(config.timeout).body(body).send().await
        };
        let mut response = sent.map_err(|e| transport(e, config.timeout, None))?;
        let status = response.status().as_u16();
        // The headers are moved out, not copied: the body is read without them.
        let headers = std::mem::take(response.headers_mut());
        let header = |name: &HeaderName| header_in(&headers, name);
        let meta = ResponseMeta {
            request_id: header(&REQUEST_ID).map(str::to_owned),
            units: header(&UNITS).and_then(Units::parse),
            units_used_login: header(&UNITS_USED_LOGIN).map(str::to_owned),
        };
        if response.status().is_redirection() {
            // API calls are never redirected: following one would resend the call elsewhere (as
            // a GET without its body, by HTTP's rules), so it is reported instead.
            let location = header(&reqwest::header::LOCATION)
                .unwrap_or_default()
                .to_owned();
            return Err(Error::http_status_error(
                status,
                format!("HTTP {status}: the API answered with a redirect to `{location}`, which is not followed"),
                meta.request_id,
            ));
        }
        let limit = match (method.api, method.endpoint) {
            (Api::DirectV4, _) => config.body_limits.v4,
            (Api::DirectV5, "reports") => config.body_limits.report,
            (Api::DirectV5, _) => config.body_limits.json,
        };
        #[cfg(feature = "reports")]
        if streamed && status == 200 {
            // The first bytes tell a report from an error sent with HTTP 200 (JSON), which is
            // read whole and decoded like any other answer.
            let first = match tokio::time::timeout(config.timeout, response.chunk()).await {
                Ok(chunk) => chunk
                    .map_err(|e| transport(e, config.timeout, meta.request_id.clone()))?
                    .unwrap_or_default(),
                Err(_) => return Err(Error::Timeout(config.timeout)),
            };
            let json = first
                .iter()
                .find(|b| !b.is_ascii_whitespace())
                .is_some_and(|&b| b == b'{');
            if !json {
                return Ok(RawResponse {
                    status,
                    body: bytes::Bytes::new(),
                    meta,
                    headers,
                    stream: Some(StreamingBody {
                        first,
                        response,
                        slot: None,
                        idle_timeout: config.timeout,
                    }),
                });
            }
            let mut body = bytes::BytesMut::from(&first[..]);
            let rest = tokio::time::timeout(
                config.timeout,
                read_body(
                    response,
                    config.body_limits.json,
                    config.timeout,
                    &meta.request_id,
                ),
            )
            .await
            .map_err(|_| Error::Timeout(config.timeout))??;
            body.extend_from_slice(&rest);
            return Ok(RawResponse {
                status,
                body: body.freeze(),
                meta,
                headers,
                stream: None,
            });
        }
        let body = if streamed {
            tokio::time::timeout(
                config.timeout,
                read_body(response, limit, config.timeout, &meta.request_id),
            )
            .await
            .map_err(|_| Error::Timeout(config.timeout))??
        } else {
            read_body(response, limit, config.timeout, &meta.request_id).await?
        };
        Ok(RawResponse {
            status,
            body,
            meta,
            headers,
            #[cfg(feature = "reports")]
            stream: None,
        })
    }
}

fn api_name(api: Api) -> &'static str {
    match api {
        Api::DirectV5 => "v5",
        Api::DirectV4 => "v4",
    }
}

// Header names made at compile time: a name given as text is parsed on every use.
const CLIENT_LOGIN: HeaderName = HeaderName::from_static("client-login");
const USE_OPERATOR_UNITS: HeaderName = HeaderName::from_static("use-operator-units");
const REQUEST_ID: HeaderName = HeaderName::from_static("requestid");
const UNITS: HeaderName = HeaderName::from_static("units");
const UNITS_USED_LOGIN: HeaderName = HeaderName::from_static("units-used-login");

/// A response header as trimmed text, if present and readable.
pub(crate) fn header_in(
    headers: &reqwest::header::HeaderMap,
    name: impl reqwest::header::AsHeaderName,
) -> Option<&str> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
}

/// Reads an answer's body, at most `limit` bytes: a larger one is refused as soon as it is known
/// (from `Content-Length`, or once the bytes read pass the limit), so memory stays bounded.
pub(crate) async fn read_body(
    mut response: reqwest::Response,
    limit: u64,
    timeout: Duration,
    request_id: &Option<String>,
) -> Result<bytes::Bytes, Error> {
    let status = response.status().as_u16();
    let too_large = |size: u64, announced: bool| {
        let refused = BodyTooLarge {
            limit,
            size,
            announced,
        };
        Error::Transport {
            message: format!("{refused} (ClientBuilder::body_limits)"),
            status: Some(status),
            not_sent: false,
            request_id: request_id.clone(),
            source: Some(Box::new(refused)),
        }
    };
    if let Some(length) = response.content_length().filter(|&n| n > limit) {
        return Err(too_large(length, true));
    }
    let capacity = response
        .content_length()
        .unwrap_or(0)
        .min(limit)
        .min(1 << 20);
    // Most answers come in one chunk, which is kept as it is rather than copied.
    let mut single: Option<bytes::Bytes> = None;
    let mut body = bytes::BytesMut::new();
    let mut size = 0u64;
    while let Some(chunk) = response
        .chunk()
        .await
        .map_err(|e| transport(e, timeout, request_id.clone()))?
    {
        size += chunk.len() as u64;
        if size > limit {
            return Err(too_large(size, false));
        }
        if size == chunk.len() as u64 && single.is_none() {
            single = Some(chunk);
            continue;
        }
        if let Some(first) = single.take() {
            body.reserve(usize::try_from(capacity.max(size)).unwrap_or(0));
            body.extend_from_slice(&first);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(match single {
        Some(whole) => whole,
        None => body.freeze(),
    })
}

/// A reqwest client builder with the TLS backend of the crate's features ready: every HTTP
/// client the runtime makes starts here.
pub(crate) fn http_client_builder() -> reqwest::ClientBuilder {
    #[cfg(feature = "rustls-ring")]
    {
        // reqwest's `rustls-no-provider` needs a process-wide crypto provider; an application
        // that installed its own keeps it (installing again only reports that one exists).
        let _ = rustls::crypto::ring::default_provider().install_default();
    }
    reqwest::Client::builder()
}

/// Maps a reqwest failure into [`Error::Transport`] or [`Error::Timeout`], keeping it as the
/// error's source. A connection that could not be made (connect timeouts included) is
/// `not_sent`: the request never left, so even a write may be sent again.
pub(crate) fn transport(e: reqwest::Error, timeout: Duration, request_id: Option<String>) -> Error {
    let not_sent = e.is_connect();
    if e.is_timeout() && !not_sent {
        return Error::Timeout(timeout);
    }
    let status = e.status().map(|s| s.as_u16());
    // The URL carries no secret, but it is noise in every message.
    let e = e.without_url();
    // The message spells out the chain for printing; the source keeps it for programs.
    let mut message = e.to_string();
    let mut cause = std::error::Error::source(&e);
    while let Some(inner) = cause {
        message.push_str(": ");
        message.push_str(&inner.to_string());
        cause = inner.source();
    }
    Error::Transport {
        message,
        status,
        not_sent,
        request_id,
        source: Some(Box::new(e)),
    }
}

/// Decodes fast, and again with path tracking only when that fails, to name the fault's path.
fn decode_v5<R: DeserializeOwned>(raw: RawResponse) -> Result<Response<R>, Error> {
    let envelope: ResponseEnvelope<R> = match decode(&raw.body) {
        Ok(envelope) => envelope,
        Err(e) if !(200..300).contains(&raw.status) => {
            let snippet: String = String::from_utf8_lossy(&raw.body)
                .chars()
                .take(200)
                .collect();
            return Err(Error::http_status_error(
                raw.status,
                format!("HTTP {}: {} ({})", raw.status, snippet.trim(), e.message),
                raw.meta.request_id,
            ));
        }
        Err(e) => return Err(Error::Decode(e.with_request_id(raw.meta.request_id))),
    };
    if let Some(error) = &envelope.error {
        return Err(Error::Api(ApiError::from_body(
            error,
            raw.status,
            raw.meta.request_id.as_deref(),
        )));
    }
    match envelope.result {
        Some(result) => Ok(Response {
            result,
            meta: raw.meta,
        }),
        // A proxy's or balancer's own JSON (`503 {"message": ...}`): the status decides.
        None if !(200..300).contains(&raw.status) => Err(Error::http_status_error(
            raw.status,
            format!(
                "HTTP {}: {}",
                raw.status,
                String::from_utf8_lossy(&raw.body)
                    .chars()
                    .take(200)
                    .collect::<String>()
                    .trim()
            ),
            raw.meta.request_id,
        )),
        None => Err(Error::Decode(
            DecodeError::new(
                String::new(),
                "the body has neither `result` nor `error`".to_owned(),
                &raw.body,
            )
            .with_request_id(raw.meta.request_id),
        )),
    }
}
