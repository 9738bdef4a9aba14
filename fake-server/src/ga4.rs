//! A fake Google Analytics Data API (GA4, v1beta) and its token endpoint, on 127.0.0.1.
//!
//! - `POST /v1beta/properties/{id}:runReport` and `:runRealtimeReport`: deterministic rows
//!   (dimension values `<name>-<row>`, integer metric values computed from the row), `rowCount`,
//!   `offset`/`limit` paging, `propertyQuota` when the request asks for it.
//! - `GET /v1beta/properties/{id}/metadata`: a few dimensions and metrics.
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
    max_in_flight: HashMap<String, i64>,
}

#[derive(Debug, Default)]
struct Inner {
    quotas: HashMap<String, Quota>,
    faults: Vec<Ga4Fault>,
    counters: Counters,
    issued: HashMap<String, Instant>,
    next_token: u64,
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
            .route("/v1beta/properties/{call}", post(report))
            .route("/v1beta/properties/{property}/metadata", get(metadata))
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

    /// Report requests received (answered or refused).
    pub fn reports_received(&self) -> usize {
        self.shared.lock().counters.reports
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

async fn report(
    State(shared): State<Arc<Shared>>,
    Path(call): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    shared.lock().counters.requests += 1;
    let Some((property, method)) = call.split_once(':') else {
        return google_error(StatusCode::NOT_FOUND, "NOT_FOUND", "Unknown method.");
    };
    let category = match method {
        "runReport" => "core",
        "runRealtimeReport" => "realtime",
        _ => return google_error(StatusCode::NOT_FOUND, "NOT_FOUND", "Unknown method."),
    };
    if !authorized(&shared, &headers) {
        return unauthenticated();
    }
    let request: Value = match serde_json::from_slice(&body) {
        Ok(request @ Value::Object(_)) => request,
        _ => {
            return google_error(
                StatusCode::BAD_REQUEST,
                "INVALID_ARGUMENT",
                "Invalid JSON payload received.",
            )
        }
    };
    let dimensions = names(&request, "dimensions");
    let metrics = names(&request, "metrics");
    let config = &shared.config;
    let cost = config.report_cost + config.cost_per_dimension * dimensions.len() as i64;
    let thresholded = dimensions.iter().any(|d| THRESHOLDED.contains(&d.as_str()));
    let key = quota_key(property, category);
    // Admission: injected faults, then the buckets, in the order Google checks them.
    enum Admission {
        Fault(u16),
        Refused(&'static str),
        Admitted(i64),
    }
    let admission = {
        let mut inner = shared.lock();
        inner.counters.reports += 1;
        let fault = inner.faults.iter_mut().find(|f| f.times > 0).map(|f| {
            f.times -= 1;
            f.status
        });
        let quota = quota_of(&mut inner, config, &key);
        let admission = if quota.server_errors <= 0 {
            Admission::Refused("Exhausted server errors per project per property per hour.")
        } else if let Some(status) = fault {
            if matches!(status, 500 | 503) {
                quota.server_errors -= 1;
            }
            Admission::Fault(status)
        } else if quota.in_flight >= config.concurrent_requests {
            Admission::Refused("Exhausted concurrent requests quota.")
        } else if thresholded && quota.thresholded < 1 {
            Admission::Refused("Exhausted potentially thresholded requests per hour.")
        } else if cost > quota.day {
            Admission::Refused("Exhausted property tokens per day. These quota tokens will return at midnight Pacific time.")
        } else if cost > quota.hour {
            Admission::Refused("Exhausted property tokens per hour. These quota tokens will return in under an hour.")
        } else if cost > quota.project_hour {
            Admission::Refused("Exhausted property tokens per hour for a project per property. These quota tokens will return in under an hour.")
        } else {
            quota.in_flight += 1;
            Admission::Admitted(quota.in_flight)
        };
        match admission {
            Admission::Fault(500 | 503) => inner.counters.answered_5xx += 1,
            Admission::Refused(_) => inner.counters.answered_429 += 1,
            Admission::Admitted(in_flight) => {
                let max = inner.counters.max_in_flight.entry(key.clone()).or_default();
                *max = (*max).max(in_flight);
            }
            Admission::Fault(_) => {}
        }
        admission
    };
    let in_flight = match admission {
        Admission::Admitted(_) => InFlight {
            shared: shared.clone(),
            key: key.clone(),
        },
        Admission::Refused(message) => {
            return google_error(StatusCode::TOO_MANY_REQUESTS, "RESOURCE_EXHAUSTED", message)
        }
        Admission::Fault(status) => {
            let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            let canonical = if status == StatusCode::SERVICE_UNAVAILABLE {
                "UNAVAILABLE"
            } else {
                "INTERNAL"
            };
            return google_error(status, canonical, "Internal error encountered.");
        }
    };
    if !config.report_delay.is_zero() {
        tokio::time::sleep(config.report_delay).await;
    }
    let offset = int_field(&request, "offset").unwrap_or(0);
    let limit = int_field(&request, "limit").unwrap_or(10_000);
    if limit == 0 || limit > 250_000 {
        return google_error(
            StatusCode::BAD_REQUEST,
            "INVALID_ARGUMENT",
            "limit must be positive and at most 250000.",
        );
    }
    let quota_json = {
        let mut inner = shared.lock();
        let quota = quota_of(&mut inner, config, &key);
        quota.day -= cost;
        quota.hour -= cost;
        quota.project_hour -= cost;
        if thresholded {
            quota.thresholded -= 1;
        }
        property_quota(quota, config, cost)
    };
    drop(in_flight);
    let rows: Vec<Value> = (offset..config.report_rows.min(offset.saturating_add(limit)))
        .map(|row| {
            json!({
                "dimensionValues": dimensions.iter().map(|d| json!({"value": format!("{d}-{row}")})).collect::<Vec<_>>(),
                "metricValues": (0..metrics.len() as u64).map(|m| json!({"value": ((row + 1) * (m + 7) % 1000).to_string()})).collect::<Vec<_>>(),
            })
        })
        .collect();
    let mut answer = json!({
        "dimensionHeaders": dimensions.iter().map(|d| json!({"name": d})).collect::<Vec<_>>(),
        "metricHeaders": metrics.iter().map(|m| json!({"name": m, "type": "TYPE_INTEGER"})).collect::<Vec<_>>(),
        "metadata": {"currencyCode": "USD", "timeZone": "America/Los_Angeles"},
        "kind": format!("analyticsData#{method}"),
    });
    if config.report_rows > 0 {
        answer["rows"] = Value::Array(rows);
        answer["rowCount"] = json!(config.report_rows);
    }
    if request.get("returnPropertyQuota") == Some(&Value::Bool(true)) {
        answer["propertyQuota"] = quota_json;
    }
    ([("content-type", "application/json")], answer.to_string()).into_response()
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
    shared.lock().counters.requests += 1;
    if !authorized(&shared, &headers) {
        return unauthenticated();
    }
    let dimension =
        |name: &str, ui: &str| json!({"apiName": name, "uiName": ui, "category": "Time"});
    let metric =
        |name: &str, ui: &str, kind: &str| json!({"apiName": name, "uiName": ui, "type": kind});
    let answer = json!({
        "name": format!("properties/{property}/metadata"),
        "dimensions": [dimension("date", "Date"), dimension("country", "Country"), dimension("userAgeBracket", "Age")],
        "metrics": [metric("activeUsers", "Active users", "TYPE_INTEGER"), metric("sessions", "Sessions", "TYPE_INTEGER")],
    });
    ([("content-type", "application/json")], answer.to_string()).into_response()
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
