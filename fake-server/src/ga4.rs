//! A fake Google Analytics Data API (GA4, v1beta) and its token endpoint, on 127.0.0.1.
//!
//! - `POST /v1beta/properties/{id}:runReport` and `:runRealtimeReport`: deterministic rows
//!   (dimension values `<name>-<row>`, integer metric values computed from the row), `rowCount`,
//!   `offset`/`limit` paging, `propertyQuota` when the request asks for it.
//! - `:runPivotReport`, `:batchRunReports`, `:batchRunPivotReports` (up to 5 reports, one
//!   admission for their added-up cost, each answer with its own `propertyQuota`),
//!   `:checkCompatibility` (a fixed pair is incompatible: `userAgeBracket` with `sessions`;
//!   an unknown name is 400; no token cost).
//! - `GET /v1beta/properties/{id}/metadata`: a few dimensions and metrics, a custom
//!   dimension among them (`customEvent:plan`).
//! - `audienceExports`: `create` answers a long-running `Operation` (the export is finished at
//!   once), `get`, `list` (paged by `pageSize`), `query` (`offset`/`limit` over
//!   [`Ga4Config::audience_rows`] rows); `create` costs [`Ga4Config::audience_export_cost`].
//! - Quotas per property and category (core, realtime), as the real API keeps them: tokens per
//!   day (refilled at midnight Pacific time), per hour and per project per hour (refilled at
//!   every multiple of [`Ga4Config::hour`] since the Unix epoch, so a test can shorten the
//!   hour), concurrent requests, server errors per hour and potentially thresholded requests
//!   per hour. A report costs [`Ga4Config::report_cost`] tokens plus
//!   [`Ga4Config::cost_per_dimension`] per dimension; a request whose cost is more than a
//!   bucket has left, or beyond the concurrency limit, is answered 429 `RESOURCE_EXHAUSTED`
//!   naming the bucket, as Google words it.
//! - Server errors (500, 503) on demand ([`FakeGa4::inject`]), counted against the
//!   server-error bucket; once it is spent, every request is refused for the hour.
//! - `POST /token`: the JWT bearer grant. The assertion's RS256 signature is checked with the
//!   public half of the registered service account's key, and its `iss`, `aud` (this
//!   endpoint's URL) and `exp`; the access tokens it issues expire after
//!   [`Ga4Config::token_lifetime`].
//!
//! [`FakeGa4::service_account_key_json`] writes a key file pointing at this server, made with a
//! throwaway test key ([`TEST_SERVICE_ACCOUNT_KEY_PEM`]) that protects nothing.

// The helpers answer a refusal with the response itself (`Err(Response)`): a test server's
// handlers are not hot, and boxing every answer would only add noise.
#![allow(clippy::result_large_err)]

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine as _;
use serde_json::{json, Value};
use tokio::sync::oneshot;

/// A throwaway RSA key made for these tests only. It protects nothing: never use it for
/// anything real.
pub const TEST_SERVICE_ACCOUNT_KEY_PEM: &str = include_str!("../keys/test-service-account.pem");

/// A second throwaway test key, registered nowhere: assertions signed with it are refused.
pub const OTHER_TEST_KEY_PEM: &str = include_str!("../keys/other-test-key.pem");

/// The service account the fake server knows by default.
pub const TEST_CLIENT_EMAIL: &str = "fake-ga4@fake-project.iam.gserviceaccount.com";

/// The static bearer token the fake server accepts by default.
pub const TEST_BEARER_TOKEN: &str = "fake-ga4-bearer-token";

/// Dimensions that make a request potentially thresholded.
const THRESHOLDED: [&str; 5] = [
    "userAgeBracket",
    "userGender",
    "brandingInterest",
    "audienceId",
    "audienceName",
];

/// How the fake Data API behaves.
#[derive(Debug, Clone)]
pub struct Ga4Config {
    /// Tokens per property per day.
    pub tokens_per_day: i64,
    /// Tokens per property per hour.
    pub tokens_per_hour: i64,
    /// Tokens per project per property per hour.
    pub tokens_per_project_per_hour: i64,
    /// Requests in flight per property and category.
    pub concurrent_requests: i64,
    /// Server errors per project per property per hour.
    pub server_errors_per_hour: i64,
    /// Potentially thresholded requests per property per hour.
    pub thresholded_per_hour: i64,
    /// The length of the "hour" of the hourly buckets (shorter in tests).
    pub hour: Duration,
    /// Tokens a report costs.
    pub report_cost: i64,
    /// Tokens a report costs more per dimension.
    pub cost_per_dimension: i64,
    /// Rows of every report (0: empty reports, without `rows` and `rowCount`).
    pub report_rows: u64,
    /// Tokens an `audienceExports.create` costs.
    pub audience_export_cost: i64,
    /// Rows of every audience export.
    pub audience_rows: u64,
    /// How long a report takes to answer (to see requests overlap).
    pub report_delay: Duration,
    /// How long an issued access token is valid.
    pub token_lifetime: Duration,
    /// Bearer tokens accepted as they are (besides the tokens the token endpoint issued).
    pub bearer_tokens: Vec<String>,
    /// Service accounts the token endpoint knows: email and PEM (PKCS#8) private key, whose
    /// public half checks their assertions.
    pub service_accounts: Vec<(String, String)>,
}

impl Default for Ga4Config {
    /// The standard property's limits, 10-token reports of 25 rows, hour-long tokens.
    fn default() -> Self {
        Ga4Config {
            tokens_per_day: 200_000,
            tokens_per_hour: 40_000,
            tokens_per_project_per_hour: 14_000,
            concurrent_requests: 10,
            server_errors_per_hour: 10,
            thresholded_per_hour: 120,
            hour: Duration::from_secs(3600),
            report_cost: 10,
            cost_per_dimension: 0,
            report_rows: 25,
            audience_export_cost: 10,
            audience_rows: 25,
            report_delay: Duration::ZERO,
            token_lifetime: Duration::from_secs(3600),
            bearer_tokens: vec![TEST_BEARER_TOKEN.to_owned()],
            service_accounts: vec![(
                TEST_CLIENT_EMAIL.to_owned(),
                TEST_SERVICE_ACCOUNT_KEY_PEM.to_owned(),
            )],
        }
    }
}

/// A server error the fake answers the next report requests with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ga4Fault {
    /// 500 or 503 (counted as server errors), or any other status.
    pub status: u16,
    /// How many requests it applies to.
    pub times: usize,
}

/// The figures of one property and category.
#[derive(Debug, Clone)]
struct Quota {
    day: i64,
    hour: i64,
    project_hour: i64,
    server_errors: i64,
    thresholded: i64,
    in_flight: i64,
    hour_index: u128,
    day_ends: SystemTime,
}

#[derive(Debug, Default)]
struct Counters {
    /// Every Data API request (any method, answered or not); token exchanges aside.
    requests: usize,
    reports: usize,
    answered_429: usize,
    answered_5xx: usize,
    token_exchanges: usize,
    metadata: usize,
    max_in_flight: HashMap<String, i64>,
}

#[derive(Debug, Default)]
struct Inner {
    quotas: HashMap<String, Quota>,
    faults: Vec<Ga4Fault>,
    counters: Counters,
    issued: HashMap<String, Instant>,
    next_token: u64,
    exports: Vec<StoredExport>,
    next_export: u64,
}

#[derive(Debug)]
struct Shared {
    config: Ga4Config,
    /// The public keys of `config.service_accounts`, by email.
    public_keys: HashMap<String, Vec<u8>>,
    token_url: String,
    inner: Mutex<Inner>,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// A running fake Data API; stops when dropped.
#[derive(Debug)]
pub struct FakeGa4 {
    addr: SocketAddr,
    shared: Arc<Shared>,
    shutdown: Option<oneshot::Sender<()>>,
}

/// The DER of a PEM `PRIVATE KEY` block's RSA public half.
fn public_key_of(pem: &str) -> Option<Vec<u8>> {
    let body = pem
        .split_once("-----BEGIN PRIVATE KEY-----")?
        .1
        .split_once("-----END PRIVATE KEY-----")?
        .0;
    let der = STANDARD
        .decode(
            body.chars()
                .filter(|c| !c.is_whitespace())
                .collect::<String>(),
        )
        .ok()?;
    let pair = ring::signature::RsaKeyPair::from_pkcs8(&der).ok()?;
    Some(pair.public().as_ref().to_vec())
}

impl FakeGa4 {
    /// Starts a server on a free port of 127.0.0.1.
    pub async fn start(config: Ga4Config) -> std::io::Result<FakeGa4> {
        FakeGa4::start_on(config, SocketAddr::from(([127, 0, 0, 1], 0))).await
    }

    /// Starts a server on `addr`.
    pub async fn start_on(config: Ga4Config, addr: SocketAddr) -> std::io::Result<FakeGa4> {
        let mut public_keys = HashMap::new();
        for (email, pem) in &config.service_accounts {
            let key = public_key_of(pem).ok_or_else(|| {
                std::io::Error::new(
                    std::io::ErrorKind::InvalidInput,
                    format!("the key of service account {email} is not a PEM PKCS#8 RSA key"),
                )
            })?;
            public_keys.insert(email.clone(), key);
        }
        let listener = tokio::net::TcpListener::bind(addr).await?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(Shared {
            config,
            public_keys,
            token_url: format!("http://{addr}/token"),
            inner: Mutex::new(Inner::default()),
        });
        let app = Router::new()
            .route("/token", post(token))
            .route("/v1beta/properties/{call}", post(post_call))
            .route("/v1beta/properties/{property}/metadata", get(metadata))
            .route(
                "/v1beta/properties/{property}/audienceExports",
                get(exports_collection).post(exports_collection),
            )
            .route(
                "/v1beta/properties/{property}/audienceExports/{rest}",
                get(one_export).post(one_export),
            )
            .fallback(not_served)
            .with_state(shared.clone());
        let (tx, rx) = oneshot::channel::<()>();
        tokio::spawn(async move {
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(async {
                    let _ = rx.await;
                })
                .await;
        });
        Ok(FakeGa4 {
            addr,
            shared,
            shutdown: Some(tx),
        })
    }

    /// `http://127.0.0.1:<port>`: the client's base URL.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The token endpoint's URL (the key file's `token_uri`).
    pub fn token_url(&self) -> &str {
        &self.shared.token_url
    }

    /// A service-account key file for the default test account, its `token_uri` pointing at
    /// this server.
    pub fn service_account_key_json(&self) -> String {
        self.key_json_signed_with(TEST_SERVICE_ACCOUNT_KEY_PEM)
    }

    /// A key file naming the default test account but holding another key `pem` (to see the
    /// token endpoint refuse it).
    pub fn key_json_signed_with(&self, pem: &str) -> String {
        json!({
            "type": "service_account",
            "project_id": "fake-project",
            "private_key_id": "fake-key-1",
            "private_key": pem,
            "client_email": TEST_CLIENT_EMAIL,
            "token_uri": self.token_url(),
        })
        .to_string()
    }

    /// Answers the next `fault.times` report requests with `fault.status`.
    pub fn inject(&self, fault: Ga4Fault) {
        self.shared.lock().faults.push(fault);
    }

    /// Data API requests received, of any method (token exchanges aside): a request a client
    /// refused to send never shows here.
    pub fn requests_received(&self) -> usize {
        self.shared.lock().counters.requests
    }

    /// Requests that went through the quota admission (answered or refused): every report,
    /// pivot report, batch (one each), `checkCompatibility` and `audienceExports.create`.
    pub fn reports_received(&self) -> usize {
        self.shared.lock().counters.reports
    }

    /// `getMetadata` requests received.
    pub fn metadata_received(&self) -> usize {
        self.shared.lock().counters.metadata
    }

    /// Requests answered 429.
    pub fn answered_429(&self) -> usize {
        self.shared.lock().counters.answered_429
    }

    /// Requests answered 500 or 503.
    pub fn answered_server_errors(&self) -> usize {
        self.shared.lock().counters.answered_5xx
    }

    /// Access tokens issued by the token endpoint.
    pub fn token_exchanges(&self) -> usize {
        self.shared.lock().counters.token_exchanges
    }

    /// The most report requests of `property` (`123`) and `category` (`core`, `realtime`)
    /// that were in flight at once.
    pub fn max_in_flight(&self, property: &str, category: &str) -> i64 {
        let key = quota_key(property, category);
        self.shared
            .lock()
            .counters
            .max_in_flight
            .get(&key)
            .copied()
            .unwrap_or(0)
    }

    /// What is left of `property`'s `category` buckets, as `propertyQuota` would report it.
    pub fn property_quota(&self, property: &str, category: &str) -> Value {
        let shared = &*self.shared;
        let mut inner = shared.lock();
        let quota = quota_of(&mut inner, &shared.config, &quota_key(property, category));
        property_quota(quota, &shared.config, 0)
    }
}

impl Drop for FakeGa4 {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

fn quota_key(property: &str, category: &str) -> String {
    format!("{property}/{category}")
}

fn hour_index(config: &Ga4Config, now: SystemTime) -> u128 {
    let since = now.duration_since(UNIX_EPOCH).unwrap_or_default();
    since.as_millis() / config.hour.as_millis().max(1)
}

/// The buckets of `key`, refilled when their window has passed.
fn quota_of<'a>(inner: &'a mut Inner, config: &Ga4Config, key: &str) -> &'a mut Quota {
    let now = SystemTime::now();
    let hour = hour_index(config, now);
    let quota = inner.quotas.entry(key.to_owned()).or_insert_with(|| Quota {
        day: config.tokens_per_day,
        hour: config.tokens_per_hour,
        project_hour: config.tokens_per_project_per_hour,
        server_errors: config.server_errors_per_hour,
        thresholded: config.thresholded_per_hour,
        in_flight: 0,
        hour_index: hour,
        day_ends: yandex_direct::runtime::governor::next_pacific_midnight(now),
    });
    if quota.hour_index != hour {
        quota.hour_index = hour;
        quota.hour = config.tokens_per_hour;
        quota.project_hour = config.tokens_per_project_per_hour;
        quota.server_errors = config.server_errors_per_hour;
        quota.thresholded = config.thresholded_per_hour;
    }
    if now >= quota.day_ends {
        quota.day = config.tokens_per_day;
        quota.day_ends = yandex_direct::runtime::governor::next_pacific_midnight(now);
    }
    quota
}

fn property_quota(quota: &Quota, config: &Ga4Config, consumed: i64) -> Value {
    let status =
        |consumed: i64, remaining: i64| json!({"consumed": consumed, "remaining": remaining});
    json!({
        "tokensPerDay": status(consumed, quota.day),
        "tokensPerHour": status(consumed, quota.hour),
        "tokensPerProjectPerHour": status(consumed, quota.project_hour),
        "concurrentRequests": status(0, config.concurrent_requests - quota.in_flight),
        "serverErrorsPerProjectPerHour": status(0, quota.server_errors),
        "potentiallyThresholdedRequestsPerHour": status(0, quota.thresholded),
    })
}

fn google_error(status: StatusCode, canonical: &str, message: &str) -> Response {
    let body = json!({"error": {"code": status.as_u16(), "message": message, "status": canonical}});
    (
        status,
        [("content-type", "application/json")],
        body.to_string(),
    )
        .into_response()
}

fn authorized(shared: &Shared, headers: &HeaderMap) -> bool {
    let Some(token) = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
    else {
        return false;
    };
    if shared.config.bearer_tokens.iter().any(|t| t == token) {
        return true;
    }
    let inner = shared.lock();
    inner
        .issued
        .get(token)
        .is_some_and(|expires| Instant::now() < *expires)
}

fn unauthenticated() -> Response {
    google_error(
        StatusCode::UNAUTHORIZED,
        "UNAUTHENTICATED",
        "Request had invalid authentication credentials. Expected OAuth 2 access token.",
    )
}

/// Decrements the in-flight count of a key when the request ends, however it ends.
struct InFlight {
    shared: Arc<Shared>,
    key: String,
}

impl Drop for InFlight {
    fn drop(&mut self) {
        if let Some(quota) = self.shared.lock().quotas.get_mut(&self.key) {
            quota.in_flight -= 1;
        }
    }
}

fn int_field(request: &Value, name: &str) -> Option<u64> {
    match request.get(name)? {
        Value::Number(n) => n.as_u64(),
        Value::String(s) => s.parse().ok(),
        _ => None,
    }
}

fn names(request: &Value, field: &str) -> Vec<String> {
    request
        .get(field)
        .and_then(Value::as_array)
        .map(|items| {
            items
                .iter()
                .filter_map(|item| item.get("name").and_then(Value::as_str))
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

/// How a call was let in: an injected fault, a refusal (429) naming the bucket, or admitted
/// (its in-flight slot freed when the guard drops).
enum Admission {
    Fault(u16),
    Refused(&'static str),
    Admitted(InFlight),
}

/// Admission of a call costing `cost` tokens of `key`: injected faults, then the buckets, in
/// the order Google checks them. Counts the answer it leads to.
fn admit(shared: &Arc<Shared>, key: &str, cost: i64, thresholded: bool) -> Admission {
    let config = &shared.config;
    let mut inner = shared.lock();
    inner.counters.reports += 1;
    let fault = inner.faults.iter_mut().find(|f| f.times > 0).map(|f| {
        f.times -= 1;
        f.status
    });
    let quota = quota_of(&mut inner, config, key);
    let admission = if quota.server_errors <= 0 {
        Err("Exhausted server errors per project per property per hour.")
    } else if let Some(status) = fault {
        if matches!(status, 500 | 503) {
            quota.server_errors -= 1;
        }
        Ok(Err(status))
    } else if quota.in_flight >= config.concurrent_requests {
        Err("Exhausted concurrent requests quota.")
    } else if thresholded && quota.thresholded < 1 {
        Err("Exhausted potentially thresholded requests per hour.")
    } else if cost > quota.day {
        Err("Exhausted property tokens per day. These quota tokens will return at midnight Pacific time.")
    } else if cost > quota.hour {
        Err("Exhausted property tokens per hour. These quota tokens will return in under an hour.")
    } else if cost > quota.project_hour {
        Err("Exhausted property tokens per hour for a project per property. These quota tokens will return in under an hour.")
    } else {
        quota.in_flight += 1;
        Ok(Ok(quota.in_flight))
    };
    match admission {
        Err(message) => {
            inner.counters.answered_429 += 1;
            Admission::Refused(message)
        }
        Ok(Err(status)) => {
            if matches!(status, 500 | 503) {
                inner.counters.answered_5xx += 1;
            }
            Admission::Fault(status)
        }
        Ok(Ok(in_flight)) => {
            let max = inner
                .counters
                .max_in_flight
                .entry(key.to_owned())
                .or_default();
            *max = (*max).max(in_flight);
            Admission::Admitted(InFlight {
                shared: shared.clone(),
                key: key.to_owned(),
            })
        }
    }
}

/// The answer to a call that was not admitted.
fn not_admitted(admission: Admission) -> Result<InFlight, Response> {
    match admission {
        Admission::Admitted(in_flight) => Ok(in_flight),
        Admission::Refused(message) => Err(google_error(
            StatusCode::TOO_MANY_REQUESTS,
            "RESOURCE_EXHAUSTED",
            message,
        )),
        Admission::Fault(status) => {
            let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            let canonical = if status == StatusCode::SERVICE_UNAVAILABLE {
                "UNAVAILABLE"
            } else {
                "INTERNAL"
            };
            Err(google_error(
                status,
                canonical,
                "Internal error encountered.",
            ))
        }
    }
}

/// Takes `cost` tokens of `key`'s buckets (and one thresholded request); the figures after.
fn charge(shared: &Shared, key: &str, cost: i64, thresholded: bool) -> Value {
    let config = &shared.config;
    let mut inner = shared.lock();
    let quota = quota_of(&mut inner, config, key);
    quota.day -= cost;
    quota.hour -= cost;
    quota.project_hour -= cost;
    if thresholded {
        quota.thresholded -= 1;
    }
    property_quota(quota, config, cost)
}

fn invalid_argument(message: &str) -> Response {
    google_error(StatusCode::BAD_REQUEST, "INVALID_ARGUMENT", message)
}

fn json_answer(answer: &Value) -> Response {
    ([("content-type", "application/json")], answer.to_string()).into_response()
}

/// The JSON object of a request body, or the answer refusing it.
fn request_object(body: &[u8]) -> Result<Value, Response> {
    match serde_json::from_slice(body) {
        Ok(request @ Value::Object(_)) => Ok(request),
        _ => Err(invalid_argument("Invalid JSON payload received.")),
    }
}

/// What a report request costs and whether it is potentially thresholded.
fn report_cost(config: &Ga4Config, request: &Value) -> (i64, bool) {
    let dimensions = names(request, "dimensions");
    let cost = config.report_cost + config.cost_per_dimension * dimensions.len() as i64;
    let thresholded = dimensions.iter().any(|d| THRESHOLDED.contains(&d.as_str()));
    (cost, thresholded)
}

/// The value of metric `m` in row `row`: deterministic, an integer.
fn metric_value(row: u64, m: u64) -> String {
    ((row + 1) * (m + 7) % 1000).to_string()
}

fn headers(dimensions: &[String], metrics: &[String]) -> (Value, Value) {
    (
        dimensions.iter().map(|d| json!({"name": d})).collect(),
        metrics
            .iter()
            .map(|m| json!({"name": m, "type": "TYPE_INTEGER"}))
            .collect(),
    )
}

fn report_rows(dimensions: &[String], metrics: &[String], rows: std::ops::Range<u64>) -> Value {
    rows.map(|row| {
        json!({
            "dimensionValues": dimensions.iter().map(|d| json!({"value": format!("{d}-{row}")})).collect::<Vec<_>>(),
            "metricValues": (0..metrics.len() as u64).map(|m| json!({"value": metric_value(row, m)})).collect::<Vec<_>>(),
        })
    })
    .collect()
}

/// The answer of one `runReport` (or `runRealtimeReport`), without `propertyQuota`.
fn report_answer(config: &Ga4Config, request: &Value, kind: &str) -> Result<Value, Response> {
    let offset = int_field(request, "offset").unwrap_or(0);
    let limit = int_field(request, "limit").unwrap_or(10_000);
    if limit == 0 || limit > 250_000 {
        return Err(invalid_argument(
            "limit must be positive and at most 250000.",
        ));
    }
    let dimensions = names(request, "dimensions");
    let metrics = names(request, "metrics");
    let (dimension_headers, metric_headers) = headers(&dimensions, &metrics);
    let mut answer = json!({
        "dimensionHeaders": dimension_headers,
        "metricHeaders": metric_headers,
        "metadata": {"currencyCode": "USD", "timeZone": "America/Los_Angeles"},
        "kind": format!("analyticsData#{kind}"),
    });
    if config.report_rows > 0 {
        let end = config.report_rows.min(offset.saturating_add(limit));
        answer["rows"] = report_rows(&dimensions, &metrics, offset..end);
        answer["rowCount"] = json!(config.report_rows);
    }
    Ok(answer)
}

/// The answer of one `runPivotReport`: the rows up to the first pivot's `limit`, a header per
/// pivot. Without `propertyQuota`.
fn pivot_answer(config: &Ga4Config, request: &Value) -> Result<Value, Response> {
    let pivots: Vec<Value> = request
        .get("pivots")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    if pivots.is_empty() {
        return Err(invalid_argument("A pivot report needs at least one pivot."));
    }
    let mut limit = u64::MAX;
    for pivot in &pivots {
        match int_field(pivot, "limit") {
            Some(l) if (1..=250_000).contains(&l) => limit = limit.min(l),
            Some(_) => {
                return Err(invalid_argument(
                    "pivot limit must be positive and at most 250000.",
                ))
            }
            None => {}
        }
    }
    let dimensions = names(request, "dimensions");
    let metrics = names(request, "metrics");
    let (dimension_headers, metric_headers) = headers(&dimensions, &metrics);
    let rows = config.report_rows.min(limit);
    let pivot_headers: Vec<Value> = pivots
        .iter()
        .map(|pivot| {
            let fields: Vec<&str> = pivot
                .get("fieldNames")
                .and_then(Value::as_array)
                .map(|names| names.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            json!({
                "pivotDimensionHeaders": (0..rows).map(|row| json!({
                    "dimensionValues": fields.iter().map(|f| json!({"value": format!("{f}-{row}")})).collect::<Vec<_>>(),
                })).collect::<Vec<_>>(),
                "rowCount": config.report_rows,
            })
        })
        .collect();
    let mut answer = json!({
        "pivotHeaders": pivot_headers,
        "dimensionHeaders": dimension_headers,
        "metricHeaders": metric_headers,
        "metadata": {"currencyCode": "USD", "timeZone": "America/Los_Angeles"},
        "kind": "analyticsData#runPivotReport",
    });
    if rows > 0 {
        answer["rows"] = report_rows(&dimensions, &metrics, 0..rows);
    }
    Ok(answer)
}

/// `POST /v1beta/properties/{id}:{method}`.
async fn post_call(
    State(shared): State<Arc<Shared>>,
    Path(call): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    shared.lock().counters.requests += 1;
    let Some((property, method)) = call.split_once(':') else {
        return google_error(StatusCode::NOT_FOUND, "NOT_FOUND", "Unknown method.");
    };
    if !matches!(
        method,
        "runReport"
            | "runRealtimeReport"
            | "runPivotReport"
            | "batchRunReports"
            | "batchRunPivotReports"
            | "checkCompatibility"
    ) {
        return google_error(StatusCode::NOT_FOUND, "NOT_FOUND", "Unknown method.");
    }
    if !authorized(&shared, &headers) {
        return unauthenticated();
    }
    let request = match request_object(&body) {
        Ok(request) => request,
        Err(answer) => return answer,
    };
    let answered = match method {
        "checkCompatibility" => check_compatibility(&shared, property, &request).await,
        "batchRunReports" | "batchRunPivotReports" => {
            batch(&shared, property, method, &request).await
        }
        _ => report(&shared, property, method, &request).await,
    };
    answered.unwrap_or_else(|refusal| refusal)
}

/// `runReport`, `runRealtimeReport`, `runPivotReport`.
async fn report(
    shared: &Arc<Shared>,
    property: &str,
    method: &str,
    request: &Value,
) -> Result<Response, Response> {
    let config = &shared.config;
    let category = if method == "runRealtimeReport" {
        "realtime"
    } else {
        "core"
    };
    let key = quota_key(property, category);
    let (cost, thresholded) = report_cost(config, request);
    let in_flight = not_admitted(admit(shared, &key, cost, thresholded))?;
    if !config.report_delay.is_zero() {
        tokio::time::sleep(config.report_delay).await;
    }
    let mut answer = if method == "runPivotReport" {
        pivot_answer(config, request)?
    } else {
        report_answer(config, request, method)?
    };
    let quota = charge(shared, &key, cost, thresholded);
    drop(in_flight);
    if request.get("returnPropertyQuota") == Some(&Value::Bool(true)) {
        answer["propertyQuota"] = quota;
    }
    Ok(json_answer(&answer))
}

/// `batchRunReports`, `batchRunPivotReports`: one admission for the whole batch (its reports'
/// costs added up), then each report charged and answered with its own `propertyQuota`.
async fn batch(
    shared: &Arc<Shared>,
    property: &str,
    method: &str,
    request: &Value,
) -> Result<Response, Response> {
    let config = &shared.config;
    let requests: Vec<Value> = request
        .get("requests")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    if requests.is_empty() || requests.len() > 5 {
        return Err(invalid_argument("A batch holds between 1 and 5 requests."));
    }
    let key = quota_key(property, "core");
    let costs: Vec<(i64, bool)> = requests.iter().map(|r| report_cost(config, r)).collect();
    let total = costs.iter().map(|(cost, _)| cost).sum();
    let thresholded = costs.iter().any(|(_, t)| *t);
    let in_flight = not_admitted(admit(shared, &key, total, thresholded))?;
    if !config.report_delay.is_zero() {
        tokio::time::sleep(config.report_delay).await;
    }
    let pivot = method == "batchRunPivotReports";
    let mut reports = Vec::with_capacity(requests.len());
    for one in &requests {
        let answer = if pivot {
            pivot_answer(config, one)
        } else {
            report_answer(config, one, "runReport")
        };
        reports.push(answer?);
    }
    for ((answer, one), (cost, thresholded)) in reports.iter_mut().zip(&requests).zip(&costs) {
        let quota = charge(shared, &key, *cost, *thresholded);
        if one.get("returnPropertyQuota") == Some(&Value::Bool(true)) {
            answer["propertyQuota"] = quota;
        }
    }
    drop(in_flight);
    let answer = if pivot {
        json!({"pivotReports": reports, "kind": "analyticsData#batchRunPivotReports"})
    } else {
        json!({"reports": reports, "kind": "analyticsData#batchRunReports"})
    };
    Ok(json_answer(&answer))
}

/// The dimensions and metrics of every property's metadata: `(name, uiName, category or
/// type, custom)`.
const METADATA_DIMENSIONS: [(&str, &str, &str, bool); 5] = [
    ("date", "Date", "Time", false),
    ("country", "Country", "Geography", false),
    (
        "deviceCategory",
        "Device category",
        "Platform / Device",
        false,
    ),
    ("userAgeBracket", "Age", "Demographics", false),
    ("customEvent:plan", "Plan", "Custom", true),
];
const METADATA_METRICS: [(&str, &str, &str, bool); 3] = [
    ("activeUsers", "Active users", "TYPE_INTEGER", false),
    ("sessions", "Sessions", "TYPE_INTEGER", false),
    (
        "purchaseRevenue",
        "Purchase revenue",
        "TYPE_CURRENCY",
        false,
    ),
];

/// The pairs the fake's `checkCompatibility` finds incompatible (dimension, metric).
const INCOMPATIBLE: [(&str, &str); 1] = [("userAgeBracket", "sessions")];

fn dimension_metadata((name, ui, category, custom): (&str, &str, &str, bool)) -> Value {
    json!({"apiName": name, "uiName": ui, "category": category, "customDefinition": custom})
}

fn metric_metadata((name, ui, kind, custom): (&str, &str, &str, bool)) -> Value {
    json!({"apiName": name, "uiName": ui, "type": kind, "customDefinition": custom})
}

/// `checkCompatibility`: every metadata dimension and metric, `INCOMPATIBLE` with the request
/// when [`INCOMPATIBLE`] pairs it with one of the request's names; an unknown name is 400.
/// Admitted like a report (faults, concurrency) at no token cost; no `propertyQuota` (the
/// API's answer has none).
async fn check_compatibility(
    shared: &Arc<Shared>,
    property: &str,
    request: &Value,
) -> Result<Response, Response> {
    let dimensions = names(request, "dimensions");
    let metrics = names(request, "metrics");
    for d in &dimensions {
        if !METADATA_DIMENSIONS.iter().any(|m| m.0 == d) {
            return Err(invalid_argument(&format!(
                "Field {d} is not a valid dimension."
            )));
        }
    }
    for m in &metrics {
        if !METADATA_METRICS.iter().any(|x| x.0 == m) {
            return Err(invalid_argument(&format!(
                "Field {m} is not a valid metric."
            )));
        }
    }
    let key = quota_key(property, "core");
    let in_flight = not_admitted(admit(shared, &key, 0, false))?;
    let filter = request
        .get("compatibilityFilter")
        .and_then(Value::as_str)
        .unwrap_or("COMPATIBILITY_UNSPECIFIED");
    let word = |incompatible: bool| {
        if incompatible {
            "INCOMPATIBLE"
        } else {
            "COMPATIBLE"
        }
    };
    let shown =
        |compatibility: &str| filter == "COMPATIBILITY_UNSPECIFIED" || filter == compatibility;
    let dimension_compatibilities: Vec<Value> = METADATA_DIMENSIONS
        .iter()
        .map(|entry| {
            let incompatible = INCOMPATIBLE
                .iter()
                .any(|(d, m)| *d == entry.0 && metrics.iter().any(|x| x == m));
            (entry, word(incompatible))
        })
        .filter(|(_, compatibility)| shown(compatibility))
        .map(|(entry, compatibility)| {
            json!({"dimensionMetadata": dimension_metadata(*entry), "compatibility": compatibility})
        })
        .collect();
    let metric_compatibilities: Vec<Value> = METADATA_METRICS
        .iter()
        .map(|entry| {
            let incompatible = INCOMPATIBLE
                .iter()
                .any(|(d, m)| *m == entry.0 && dimensions.iter().any(|x| x == d));
            (entry, word(incompatible))
        })
        .filter(|(_, compatibility)| shown(compatibility))
        .map(|(entry, compatibility)| {
            json!({"metricMetadata": metric_metadata(*entry), "compatibility": compatibility})
        })
        .collect();
    drop(in_flight);
    Ok(json_answer(&json!({
        "dimensionCompatibilities": dimension_compatibilities,
        "metricCompatibilities": metric_compatibilities,
    })))
}

/// A method or path the fake does not serve: counted, answered 404 as Google would.
async fn not_served(State(shared): State<Arc<Shared>>) -> Response {
    shared.lock().counters.requests += 1;
    google_error(StatusCode::NOT_FOUND, "NOT_FOUND", "Unknown method.")
}

async fn metadata(
    State(shared): State<Arc<Shared>>,
    Path(property): Path<String>,
    headers: HeaderMap,
) -> Response {
    {
        let mut inner = shared.lock();
        inner.counters.requests += 1;
        inner.counters.metadata += 1;
    }
    if !authorized(&shared, &headers) {
        return unauthenticated();
    }
    let answer = json!({
        "name": format!("properties/{property}/metadata"),
        "dimensions": METADATA_DIMENSIONS.iter().map(|d| dimension_metadata(*d)).collect::<Vec<_>>(),
        "metrics": METADATA_METRICS.iter().map(|m| metric_metadata(*m)).collect::<Vec<_>>(),
    });
    json_answer(&answer)
}

/// One audience export as the fake keeps it.
#[derive(Debug, Clone)]
struct StoredExport {
    property: String,
    id: u64,
    audience: String,
    dimensions: Vec<String>,
}

impl StoredExport {
    fn name(&self) -> String {
        format!("properties/{}/audienceExports/{}", self.property, self.id)
    }

    /// The export as the API shows it: finished at once, [`Ga4Config::audience_rows`] rows.
    fn to_json(&self, config: &Ga4Config) -> Value {
        json!({
            "name": self.name(),
            "audience": self.audience,
            "audienceDisplayName": format!("Audience {}", self.audience.rsplit('/').next().unwrap_or("")),
            "dimensions": self.dimensions.iter().map(|d| json!({"dimensionName": d})).collect::<Vec<_>>(),
            "state": "ACTIVE",
            "beginCreatingTime": "2026-01-01T00:00:00Z",
            "creationQuotaTokensCharged": config.audience_export_cost,
            "rowCount": config.audience_rows,
            "percentageCompleted": 100,
        })
    }
}

/// Every `audienceExports` call: `POST .../audienceExports` (create), `GET .../audienceExports`
/// (list), `GET .../audienceExports/{id}` (get), `POST .../audienceExports/{id}:query`.
async fn audience_exports(
    shared: Arc<Shared>,
    property: String,
    rest: Option<String>,
    post: bool,
    query: HashMap<String, String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    shared.lock().counters.requests += 1;
    if !authorized(&shared, &headers) {
        return unauthenticated();
    }
    let config = &shared.config;
    let key = quota_key(&property, "core");
    match (rest, post) {
        (None, true) => {
            let request = match request_object(&body) {
                Ok(request) => request,
                Err(answer) => return answer,
            };
            let audience = request
                .get("audience")
                .and_then(Value::as_str)
                .unwrap_or("");
            let prefix = format!("properties/{property}/audiences/");
            if !audience.starts_with(&prefix) || audience.len() == prefix.len() {
                return invalid_argument(&format!(
                    "audience must be of the form {prefix}{{audience}}."
                ));
            }
            let dimensions: Vec<String> = request
                .get("dimensions")
                .and_then(Value::as_array)
                .map(|items| {
                    items
                        .iter()
                        .filter_map(|d| d.get("dimensionName").and_then(Value::as_str))
                        .map(str::to_owned)
                        .collect()
                })
                .unwrap_or_default();
            if dimensions.is_empty() {
                return invalid_argument("An audience export needs at least one dimension.");
            }
            let in_flight =
                match not_admitted(admit(&shared, &key, config.audience_export_cost, false)) {
                    Ok(in_flight) => in_flight,
                    Err(answer) => return answer,
                };
            charge(&shared, &key, config.audience_export_cost, false);
            drop(in_flight);
            let export = {
                let mut inner = shared.lock();
                inner.next_export += 1;
                let export = StoredExport {
                    property: property.clone(),
                    id: inner.next_export,
                    audience: audience.to_owned(),
                    dimensions,
                };
                inner.exports.push(export.clone());
                export
            };
            let mut metadata = export.to_json(config);
            metadata["@type"] =
                json!("type.googleapis.com/google.analytics.data.v1beta.AudienceExportMetadata");
            json_answer(&json!({
                "name": format!("properties/{property}/operations/audienceExport/{}", export.id),
                "metadata": metadata,
                "done": false,
            }))
        }
        (None, false) => {
            let exports: Vec<StoredExport> = shared
                .lock()
                .exports
                .iter()
                .filter(|e| e.property == property)
                .cloned()
                .collect();
            let page_size = query
                .get("pageSize")
                .and_then(|s| s.parse::<usize>().ok())
                .filter(|&n| n > 0)
                .unwrap_or(1000)
                .min(1000);
            let start = match query.get("pageToken").map(|t| t.parse::<usize>()) {
                None => 0,
                Some(Ok(start)) if start <= exports.len() => start,
                Some(_) => return invalid_argument("The page token is not one this server gave."),
            };
            let end = exports.len().min(start + page_size);
            let mut answer = json!({
                "audienceExports": exports[start..end].iter().map(|e| e.to_json(config)).collect::<Vec<_>>(),
            });
            if end < exports.len() {
                answer["nextPageToken"] = json!(end.to_string());
            }
            json_answer(&answer)
        }
        (Some(rest), post) => {
            let (id, verb) = match rest.split_once(':') {
                Some((id, verb)) => (id.to_owned(), Some(verb.to_owned())),
                None => (rest, None),
            };
            let export = shared
                .lock()
                .exports
                .iter()
                .find(|e| e.property == property && e.id.to_string() == id)
                .cloned();
            let Some(export) = export else {
                return google_error(
                    StatusCode::NOT_FOUND,
                    "NOT_FOUND",
                    &format!(
                        "Audience export properties/{property}/audienceExports/{id} not found."
                    ),
                );
            };
            match (verb.as_deref(), post) {
                (None, false) => json_answer(&export.to_json(config)),
                (Some("query"), true) => {
                    let request = match request_object(&body) {
                        Ok(request) => request,
                        Err(answer) => return answer,
                    };
                    let offset = int_field(&request, "offset").unwrap_or(0);
                    let limit = int_field(&request, "limit").unwrap_or(10_000);
                    if limit == 0 || limit > 250_000 {
                        return invalid_argument("limit must be positive and at most 250000.");
                    }
                    let end = config.audience_rows.min(offset.saturating_add(limit));
                    let rows: Vec<Value> = (offset..end)
                        .map(|row| json!({
                            "dimensionValues": export.dimensions.iter().map(|d| json!({"value": format!("{d}-{row}")})).collect::<Vec<_>>(),
                        }))
                        .collect();
                    json_answer(&json!({
                        "audienceExport": export.to_json(config),
                        "audienceRows": rows,
                        "rowCount": config.audience_rows,
                    }))
                }
                _ => google_error(StatusCode::NOT_FOUND, "NOT_FOUND", "Unknown method."),
            }
        }
    }
}

async fn exports_collection(
    State(shared): State<Arc<Shared>>,
    Path(property): Path<String>,
    method: axum::http::Method,
    uri: axum::http::Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let post = method == axum::http::Method::POST;
    // The list's `pageSize` and `pageToken`: digits, never percent-encoded.
    let query = uri
        .query()
        .unwrap_or("")
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
    audience_exports(shared, property, None, post, query, headers, body).await
}

async fn one_export(
    State(shared): State<Arc<Shared>>,
    Path((property, rest)): Path<(String, String)>,
    method: axum::http::Method,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let post = method == axum::http::Method::POST;
    audience_exports(
        shared,
        property,
        Some(rest),
        post,
        HashMap::new(),
        headers,
        body,
    )
    .await
}

fn invalid_grant(description: &str) -> Response {
    let body = json!({"error": "invalid_grant", "error_description": description});
    (
        StatusCode::BAD_REQUEST,
        [("content-type", "application/json")],
        body.to_string(),
    )
        .into_response()
}

/// Checks a JWT assertion; `Err` says why it is refused.
fn check_assertion(shared: &Shared, assertion: &str) -> Result<(), String> {
    let mut parts = assertion.split('.');
    let (Some(header), Some(claims), Some(signature), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err("Invalid JWT: not three parts.".into());
    };
    let decode = |part: &str| -> Result<Value, String> {
        let bytes = URL_SAFE_NO_PAD
            .decode(part)
            .map_err(|_| "Invalid JWT: not base64url.".to_owned())?;
        serde_json::from_slice(&bytes).map_err(|_| "Invalid JWT: not JSON.".to_owned())
    };
    let header = decode(header)?;
    let claims = decode(claims)?;
    if header.get("alg").and_then(Value::as_str) != Some("RS256") {
        return Err("Invalid JWT: alg must be RS256.".into());
    }
    let issuer = claims.get("iss").and_then(Value::as_str).unwrap_or("");
    let public_key = shared
        .public_keys
        .get(issuer)
        .ok_or_else(|| format!("Invalid JWT: unknown issuer {issuer}."))?;
    let signature = URL_SAFE_NO_PAD
        .decode(signature)
        .map_err(|_| "Invalid JWT Signature.".to_owned())?;
    let signed = &assertion[..assertion.rfind('.').unwrap_or(0)];
    ring::signature::UnparsedPublicKey::new(
        &ring::signature::RSA_PKCS1_2048_8192_SHA256,
        public_key,
    )
    .verify(signed.as_bytes(), &signature)
    .map_err(|_| "Invalid JWT Signature.".to_owned())?;
    if claims.get("aud").and_then(Value::as_str) != Some(shared.token_url.as_str()) {
        return Err("Invalid JWT: aud is not this token endpoint.".into());
    }
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_secs();
    let exp = claims.get("exp").and_then(Value::as_u64).unwrap_or(0);
    let iat = claims
        .get("iat")
        .and_then(Value::as_u64)
        .unwrap_or(u64::MAX);
    if exp <= now || iat > now + 60 || exp.saturating_sub(iat) > 3600 {
        return Err("Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe.".into());
    }
    Ok(())
}

async fn token(State(shared): State<Arc<Shared>>, body: Bytes) -> Response {
    let form = String::from_utf8_lossy(&body);
    let field = |name: &str| {
        form.split('&')
            .filter_map(|pair| pair.split_once('='))
            .find(|(key, _)| *key == name)
            .map(|(_, value)| value.to_owned())
    };
    if field("grant_type").as_deref()
        != Some("urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer")
    {
        return invalid_grant("grant_type must be urn:ietf:params:oauth:grant-type:jwt-bearer.");
    }
    let Some(assertion) = field("assertion") else {
        return invalid_grant("assertion is missing.");
    };
    if let Err(reason) = check_assertion(&shared, &assertion) {
        return invalid_grant(&reason);
    }
    let lifetime = shared.config.token_lifetime;
    let token = {
        let mut inner = shared.lock();
        inner.next_token += 1;
        inner.counters.token_exchanges += 1;
        let token = format!("fake-ga4-access-{}", inner.next_token);
        inner
            .issued
            .insert(token.clone(), Instant::now() + lifetime);
        token
    };
    let body = json!({
        "access_token": token,
        "expires_in": lifetime.as_secs().max(1),
        "token_type": "Bearer",
    });
    ([("content-type", "application/json")], body.to_string()).into_response()
}
