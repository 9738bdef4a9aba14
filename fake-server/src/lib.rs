//! Test servers for code that uses the [`yandex-direct`](yandex_direct) client, on 127.0.0.1.
//!
//! - [`FakeServer`]: a fake Yandex Direct API v5 (and v4 Live: see [`v4`]) driven by the same
//!   schema as the client. Every request body is decoded strictly with the typed request of its
//!   method (`yandex_direct::direct_v5::find_method(..).request`): an unknown field or a wrong
//!   type is answered with error 8000 and the fault's JSON path in `error_detail`, as the real
//!   API does. It keeps units per login (152 when the daily limit is spent), allows 5
//!   simultaneous requests per login (506 beyond), keeps campaigns, ad groups, ads and keywords
//!   per login (add, get, update, delete, suspend, resume, archive, unarchive, moderate; paging
//!   with `LimitedBy`), answers the Changes service from the same store, and can be told to
//!   inject faults ([`Fault`]).
//! - Items are checked one by one as the real API does ([`validate`]): a campaign without its
//!   campaign-type structure or `BiddingStrategy`, a `StartDate` that is not `YYYY-MM-DD`, an
//!   empty name, keyword or ad text get a per-item `Errors` entry while the other items succeed.
//! - Every other service of the schema (bids, keywordbids, bidmodifiers, sitelinks, vcards,
//!   adimages, retargetinglists, feeds, strategies, dictionaries, clients, keywordsresearch, ...)
//!   is served by a generic store driven by the schema ([`schema`]): `add` keeps items and answers
//!   new ids, `get` answers them (requested `FieldNames` only, `Page`/`LimitedBy`), item methods
//!   answer per-item results (8800 for unknown ids), `set` methods answer `SetResults`, and the
//!   rest answer the smallest valid result. Every such answer is checked against the method's
//!   typed response before it is sent.
//! - [`ga4::FakeGa4`]: a fake Google Analytics Data API (GA4): deterministic reports with
//!   paging, property quotas counted down in `propertyQuota` and answered 429 when spent,
//!   server-error injection, 10 requests in flight per property, and a token endpoint that
//!   checks service-account JWT assertions.
//! - [`metrica::FakeMetrica`]: a fake Yandex Metrica Reporting API: deterministic `data`,
//!   `bytime`, `drilldown` and `comparison` answers with paging, `ym:ad:directOrder` rows
//!   naming the campaigns of a fake Direct store, the 3-parallel-requests limit answered 429,
//!   the documented 400 errors, and `backend_error` injection.
//! - [`scripted::ScriptedServer`]: an HTTP server that answers a scripted sequence of replies
//!   (status, headers, body, a delay, a truncated, chunked or endless body) and records every
//!   request, for testing any HTTP client behaviour (Reports polling, Measurement Protocol
//!   collectors, retries on broken answers).
//!
//! The binary `fake-direct-server` runs a [`FakeServer`] from the command line
//! (`cargo run -p yandex-direct-fake-server -- --port 8080 --units 10000`), and with
//! `--ga4-port PORT` a [`ga4::FakeGa4`] beside it, with `--metrica-port PORT` a
//! [`metrica::FakeMetrica`] whose `ym:ad:` data names the campaigns of the default login.
//!
//! # Example
//!
//! ```
//! use yandex_direct::direct_v5::campaigns::{CampaignFieldEnum, GetRequest};
//! use yandex_direct::prelude::*;
//! use yandex_direct_fake_server::{FakeConfig, FakeServer, Fault, FaultKind};
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let server = FakeServer::start(FakeConfig::default()).await?;
//! let client = yandex_direct::Client::builder("any-token")
//!     .base_url(server.base_url())
//!     .client_login("my-client")
//!     .build()?;
//! let get = || GetRequest::new(vec![CampaignFieldEnum::Id, CampaignFieldEnum::Name]);
//!
//! // A new login has no campaigns yet; the call costs units.
//! let response = client.campaigns().get(get()).await?;
//! assert!(response.campaigns.is_none());
//! assert_eq!(server.count("campaigns", "get"), 1);
//! assert!(server.units_spent("my-client") > 0);
//!
//! // The next call meets an authorization error (53), which the client does not retry.
//! server.inject(Fault::new(FaultKind::ApiError(53)).on("campaigns", "get"));
//! let error = client.campaigns().get(get()).await.unwrap_err();
//! assert_eq!(error.code(), Some(53));
//! assert_eq!(server.requests().last().and_then(|r| r.header("Client-Login")), Some("my-client"));
//! # Ok(())
//! # }
//! ```

#![warn(missing_docs)]

mod deduplicate;
pub mod ga4;
mod generic;
pub mod metrica;
pub mod reports;
pub mod schema;
pub mod scripted;
pub mod store;
pub mod v4;
pub mod validate;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::Router;
use serde_json::{json, Value};
use tokio::sync::{oneshot, Notify};

pub use store::{Kind, Store};

/// How the fake server behaves.
#[derive(Debug, Clone)]
pub struct FakeConfig {
    /// The daily units limit of every login.
    pub daily_units: i64,
    /// Simultaneous requests allowed per login (the API allows 5).
    pub max_concurrent: usize,
    /// The tokens accepted; `None` accepts any non-empty token.
    pub tokens: Option<Vec<String>>,
    /// The login of requests without `Client-Login`.
    pub default_login: String,
    /// Units charged for every successful call, plus one per object in the answer.
    pub call_cost: i64,
    /// v4: polls of a job list after which a Wordstat or Forecast job is `Done`.
    pub v4_polls_until_done: u32,
    /// v4: how many Wordstat (and, separately, Forecast) jobs may exist at once.
    pub v4_job_slots: usize,
    /// v4 finance: the login finance tokens are computed for.
    pub finance_login: String,
    /// v4 finance: the master token finance tokens are computed with.
    pub finance_master_token: String,
}

/// A request header as text, if present and readable.
pub(crate) fn header_text(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

impl FakeConfig {
    /// The login a request acts for: its `Client-Login`, else [`FakeConfig::default_login`].
    fn login_of(&self, headers: &HeaderMap) -> String {
        header_text(headers, "Client-Login").unwrap_or_else(|| self.default_login.clone())
    }

    /// Whether an `Authorization` header value carries a token this server accepts: a
    /// non-empty Bearer token, one of `tokens` when they are set.
    fn accepts(&self, authorization: Option<&str>) -> bool {
        let token = authorization
            .and_then(|v| v.strip_prefix("Bearer "))
            .filter(|t| !t.is_empty());
        match (token, &self.tokens) {
            (None, _) => false,
            (Some(_), None) => true,
            (Some(t), Some(valid)) => valid.iter().any(|v| v == t),
        }
    }
}

/// A request's headers as [`RecordedRequest::headers`] keeps them.
fn recorded_headers(headers: &HeaderMap) -> Vec<(String, String)> {
    headers
        .iter()
        .map(|(n, v)| {
            (
                n.as_str().to_owned(),
                String::from_utf8_lossy(v.as_bytes()).into_owned(),
            )
        })
        .collect()
}

impl Default for FakeConfig {
    fn default() -> Self {
        FakeConfig {
            daily_units: 100_000,
            max_concurrent: 5,
            tokens: None,
            default_login: "fake-advertiser".to_owned(),
            call_cost: 10,
            v4_polls_until_done: 2,
            v4_job_slots: 5,
            finance_login: "agrom".to_owned(),
            finance_master_token: "AEgchkX2M3FBL8lU".to_owned(),
        }
    }
}

/// A fault to answer with instead of (or on top of) the normal answer.
#[derive(Debug, Clone, PartialEq)]
pub enum FaultKind {
    /// An API error with this code, before executing anything (52, 1000, 506, 53, ...).
    ApiError(i64),
    /// This HTTP status with an HTML body, before executing anything (500, 502, ...).
    Http(u16),
    /// Waits this long, then answers normally.
    Slow(Duration),
    /// Executes the call, then sends only the first half of the answer.
    Truncated,
    /// Executes the call, then answers with a body that is not JSON.
    InvalidJson,
}

/// A fault, for the next `times` matching calls.
#[derive(Debug, Clone, PartialEq)]
pub struct Fault {
    /// What happens.
    pub kind: FaultKind,
    /// Only calls of this service endpoint (`campaigns`), or any.
    pub service: Option<String>,
    /// Only calls of this method (`get`), or any.
    pub method: Option<String>,
    /// How many calls it applies to.
    pub times: usize,
}

impl Fault {
    /// A fault for the next call of any method.
    pub fn new(kind: FaultKind) -> Self {
        Fault {
            kind,
            service: None,
            method: None,
            times: 1,
        }
    }

    /// Only for `service.method`.
    pub fn on(mut self, service: &str, method: &str) -> Self {
        self.service = Some(service.to_owned());
        self.method = Some(method.to_owned());
        self
    }

    /// For the next `n` matching calls.
    pub fn times(mut self, n: usize) -> Self {
        self.times = n;
        self
    }
}

/// A request as the server saw it.
#[derive(Debug, Clone)]
pub struct RecordedRequest {
    /// The endpoint (`campaigns`).
    pub service: String,
    /// The JSON `method`, if the body had one.
    pub method: Option<String>,
    /// The login it counted under.
    pub login: String,
    /// The headers, names in lower case.
    pub headers: Vec<(String, String)>,
    /// The raw body.
    pub body: Vec<u8>,
}

impl RecordedRequest {
    /// The value of header `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }
}

#[derive(Debug, Default)]
struct Inner {
    faults: Vec<Fault>,
    requests: Vec<RecordedRequest>,
    in_flight: HashMap<String, usize>,
    max_in_flight: HashMap<String, usize>,
    total_in_flight: usize,
    max_total_in_flight: usize,
    units_spent: HashMap<String, i64>,
    units_limit: HashMap<String, i64>,
    stores: HashMap<String, Store>,
    hold: Option<(usize, Duration)>,
    releases: HashMap<String, u64>,
    next_request_id: u64,
    v4_jobs: v4::Jobs,
    reports: reports::ReportsState,
}

struct Shared {
    config: FakeConfig,
    inner: Mutex<Inner>,
    arrivals: Notify,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// A running fake server; stops when dropped.
pub struct FakeServer {
    addr: SocketAddr,
    shared: Arc<Shared>,
    shutdown: Option<oneshot::Sender<()>>,
}

impl std::fmt::Debug for FakeServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FakeServer")
            .field("addr", &self.addr)
            .finish()
    }
}

impl FakeServer {
    /// Starts a server on a free port of 127.0.0.1.
    pub async fn start(config: FakeConfig) -> std::io::Result<FakeServer> {
        FakeServer::start_on(config, SocketAddr::from(([127, 0, 0, 1], 0))).await
    }

    /// Starts a server on `addr` (port 0: any free port).
    pub async fn start_on(config: FakeConfig, addr: SocketAddr) -> std::io::Result<FakeServer> {
        let listener = tokio::net::TcpListener::bind(addr).await?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(Shared {
            config,
            inner: Mutex::new(Inner::default()),
            arrivals: Notify::new(),
        });
        let app = Router::new()
            .route("/json/v5/reports", post(reports::handle))
            .route("/json/v5/{service}", post(handle_v5))
            .route("/live/v4/json/", post(v4::handle_v4))
            .route("/live/v4/json", post(v4::handle_v4))
            .fallback(fallback)
            .with_state(shared.clone());
        let (tx, rx) = oneshot::channel::<()>();
        tokio::spawn(async move {
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(async {
                    let _ = rx.await;
                })
                .await;
        });
        Ok(FakeServer {
            addr,
            shared,
            shutdown: Some(tx),
        })
    }

    /// `http://127.0.0.1:PORT`, to give to `ClientBuilder::base_url`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Adds a fault of the Reports service for its next answer; they apply in the order added.
    pub fn inject_report_fault(&self, fault: reports::ReportFault) {
        self.shared.lock().reports.faults.push(fault);
    }

    /// Sets how the offline queue of reports answers (201/202 count and `retryIn`).
    pub fn set_report_queue(&self, queue: reports::ReportQueue) {
        self.shared.lock().reports.queue = queue;
    }

    /// Adds a fault; faults apply in the order they were added.
    pub fn inject(&self, fault: Fault) {
        self.shared.lock().faults.push(fault);
    }

    /// Makes every request wait until `n` requests of its login are in flight (or `timeout`
    /// passes), so that tests can see how many a client lets through at once.
    pub fn hold_until_in_flight(&self, n: usize, timeout: Duration) {
        self.shared.lock().hold = Some((n, timeout));
    }

    /// Every request received so far.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.shared.lock().requests.clone()
    }

    /// How many requests of `service.method` were received.
    pub fn count(&self, service: &str, method: &str) -> usize {
        self.shared
            .lock()
            .requests
            .iter()
            .filter(|r| r.service == service && r.method.as_deref() == Some(method))
            .count()
    }

    /// How many requests were received for `login` (any service).
    pub fn requests_of(&self, login: &str) -> usize {
        self.shared
            .lock()
            .requests
            .iter()
            .filter(|r| r.login == login)
            .count()
    }

    /// How many requests of `service.method` were received for `login`.
    pub fn count_of(&self, login: &str, service: &str, method: &str) -> usize {
        self.shared
            .lock()
            .requests
            .iter()
            .filter(|r| {
                r.login == login && r.service == service && r.method.as_deref() == Some(method)
            })
            .count()
    }

    /// Forgets the requests received so far (the counts start again from zero), keeping
    /// everything else.
    pub fn clear_requests(&self) {
        self.shared.lock().requests.clear();
    }

    /// The most requests of `login` that were in flight at once.
    pub fn max_in_flight(&self, login: &str) -> usize {
        self.shared
            .lock()
            .max_in_flight
            .get(login)
            .copied()
            .unwrap_or(0)
    }

    /// The most requests of all logins that were in flight at once.
    pub fn max_in_flight_total(&self) -> usize {
        self.shared.lock().max_total_in_flight
    }

    /// Sets the daily units limit of `login`.
    pub fn set_units_limit(&self, login: &str, limit: i64) {
        self.shared
            .lock()
            .units_limit
            .insert(login.to_owned(), limit);
    }

    /// Units `login` has spent today.
    pub fn units_spent(&self, login: &str) -> i64 {
        self.shared
            .lock()
            .units_spent
            .get(login)
            .copied()
            .unwrap_or(0)
    }

    /// The campaigns of `login`'s store (id and `Name`), read at every request of a fake
    /// Metrica server given them as [`metrica::MetricaConfig::campaigns`]: its `ym:ad:`
    /// data then names the campaigns this server keeps.
    pub fn metrica_campaigns(&self, login: &str) -> metrica::Campaigns {
        let shared = self.shared.clone();
        let login = login.to_owned();
        metrica::Campaigns::from_fn(move || {
            let inner = shared.lock();
            let Some(store) = inner.stores.get(&login) else {
                return Vec::new();
            };
            store
                .objects
                .get(&Kind::Campaign)
                .into_iter()
                .flatten()
                .map(|(id, obj)| {
                    let name = obj.fields.get("Name").and_then(Value::as_str);
                    (*id, name.unwrap_or_default().to_owned())
                })
                .collect()
        })
    }

    /// Runs `f` on the store of `login` (to seed data or to look at it).
    pub fn with_store<T>(&self, login: &str, f: impl FnOnce(&mut Store) -> T) -> T {
        let mut inner = self.shared.lock();
        f(inner.stores.entry(login.to_owned()).or_default())
    }
}

impl Drop for FakeServer {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

/// Counts a request in flight for as long as it lives.
struct InFlight {
    shared: Arc<Shared>,
    login: String,
}

impl Drop for InFlight {
    fn drop(&mut self) {
        let mut inner = self.shared.lock();
        if let Some(n) = inner.in_flight.get_mut(&self.login) {
            *n = n.saturating_sub(1);
        }
        inner.total_in_flight = inner.total_in_flight.saturating_sub(1);
    }
}

struct Answer {
    status: StatusCode,
    body: Vec<u8>,
    request_id: String,
    units: Option<(i64, i64, i64)>,
    login: String,
}

impl IntoResponse for Answer {
    fn into_response(self) -> Response {
        let mut response = (self.status, self.body).into_response();
        let headers = response.headers_mut();
        headers.insert(
            "Content-Type",
            HeaderValue::from_static("application/json; charset=utf-8"),
        );
        if let Ok(v) = HeaderValue::from_str(&self.request_id) {
            headers.insert("RequestId", v);
        }
        if let Some((spent, rest, limit)) = self.units {
            if let Ok(v) = HeaderValue::from_str(&format!("{spent}/{rest}/{limit}")) {
                headers.insert("Units", v);
            }
            if let Ok(v) = HeaderValue::from_str(&self.login) {
                headers.insert("Units-Used-Login", v);
            }
        }
        response
    }
}

fn error_body(request_id: &str, code: i64, string: &str, detail: &str) -> Vec<u8> {
    json!({"error": {
        "request_id": request_id,
        "error_code": code,
        "error_string": string,
        "error_detail": detail,
    }})
    .to_string()
    .into_bytes()
}

fn error_message(code: i64) -> &'static str {
    match code {
        52 => "Authorization server temporarily unavailable",
        53 => "Authorization error",
        54 => "No rights",
        152 => "Not enough units",
        506 => "Too many simultaneous connections",
        1000 => "Server temporarily unavailable",
        1001 => "Service temporarily unavailable",
        1002 => "Operation error",
        1020 => "Internal error",
        3500 => "Not supported",
        8000 => "Invalid request",
        8800 => "Object not found",
        _ => "Error",
    }
}

/// Takes the first fault that applies to `service.method`, counting it down.
fn take_fault(shared: &Shared, service: &str, method: &str) -> Option<FaultKind> {
    let mut inner = shared.lock();
    let position = inner.faults.iter().position(|f| {
        f.times > 0
            && f.service.as_deref().is_none_or(|s| s == service)
            && f.method.as_deref().is_none_or(|m| m == method)
    });
    position.map(|i| {
        let fault = &mut inner.faults[i];
        fault.times -= 1;
        let kind = fault.kind.clone();
        if fault.times == 0 {
            inner.faults.remove(i);
        }
        kind
    })
}

/// The answer an injected fault gives before the call is executed: an API error in the
/// protocol's own form (made by `api_error` from the code) or an HTTP error page; a slow fault
/// waits and lets the call go on (`None`), as do the faults that spoil the answer afterwards.
async fn fault_before_call(
    fault: Option<&FaultKind>,
    request_id: &str,
    login: &str,
    api_error: impl FnOnce(i64) -> Answer,
) -> Option<Answer> {
    match fault? {
        FaultKind::ApiError(code) => Some(api_error(*code)),
        FaultKind::Http(status) => Some(Answer {
            status: StatusCode::from_u16(*status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
            body: format!("<html><body><h1>{status}</h1>injected by the fake server</body></html>")
                .into_bytes(),
            request_id: request_id.to_owned(),
            units: None,
            login: login.to_owned(),
        }),
        FaultKind::Slow(delay) => {
            tokio::time::sleep(*delay).await;
            None
        }
        FaultKind::Truncated | FaultKind::InvalidJson => None,
    }
}

/// What an injected fault does to the answer of a call that was executed.
fn fault_after_call(fault: Option<&FaultKind>, body: &mut Vec<u8>) {
    match fault {
        Some(FaultKind::Truncated) => body.truncate(body.len() / 2),
        Some(FaultKind::InvalidJson) => *body = b"<html>not JSON</html>".to_vec(),
        _ => {}
    }
}

async fn fallback() -> impl IntoResponse {
    (
        StatusCode::NOT_FOUND,
        error_body(
            "",
            8000,
            "Invalid request",
            "unknown path: the fake server serves POST /json/v5/<service>",
        ),
    )
}

async fn handle_v5(
    State(shared): State<Arc<Shared>>,
    Path(service): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Answer {
    let header = |name: &str| header_text(&headers, name);
    let login = shared.config.login_of(&headers);
    let method_name = serde_json::from_slice::<Value>(&body)
        .ok()
        .and_then(|v| v.get("method").and_then(Value::as_str).map(str::to_owned));
    let request_id = {
        let mut inner = shared.lock();
        inner.next_request_id += 1;
        let id = format!(
            "{:019}",
            8_000_000_000_000_000_000u64 + inner.next_request_id
        );
        inner.requests.push(RecordedRequest {
            service: service.clone(),
            method: method_name.clone(),
            login: login.clone(),
            headers: recorded_headers(&headers),
            body: body.to_vec(),
        });
        id
    };
    let fail = |status: StatusCode, code: i64, detail: &str| Answer {
        status,
        body: error_body(&request_id, code, error_message(code), detail),
        request_id: request_id.clone(),
        units: None,
        login: login.clone(),
    };

    // Authorization.
    if !shared.config.accepts(header("Authorization").as_deref()) {
        return fail(StatusCode::OK, 53, "Invalid OAuth token");
    }

    // Simultaneous requests.
    let hold = {
        let mut inner = shared.lock();
        let n = inner.in_flight.entry(login.clone()).or_default();
        if *n >= shared.config.max_concurrent {
            drop(inner);
            return fail(
                StatusCode::OK,
                506,
                "Too many simultaneous requests for this login",
            );
        }
        *n += 1;
        let n = *n;
        let max = inner.max_in_flight.entry(login.clone()).or_default();
        *max = (*max).max(n);
        inner.total_in_flight += 1;
        inner.max_total_in_flight = inner.max_total_in_flight.max(inner.total_in_flight);
        inner.hold
    };
    let _in_flight = InFlight {
        shared: shared.clone(),
        login: login.clone(),
    };
    shared.arrivals.notify_waiters();
    if let Some((n, timeout)) = hold {
        // A barrier per login: when `n` requests are in flight, all those waiting go on.
        let deadline = tokio::time::Instant::now() + timeout;
        let generation = shared.lock().releases.get(&login).copied().unwrap_or(0);
        loop {
            let notified = shared.arrivals.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            {
                let mut inner = shared.lock();
                let released = inner.releases.get(&login).copied().unwrap_or(0) != generation;
                if released {
                    break;
                }
                if inner.in_flight.get(&login).copied().unwrap_or(0) >= n {
                    *inner.releases.entry(login.clone()).or_default() += 1;
                    drop(inner);
                    shared.arrivals.notify_waiters();
                    break;
                }
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                break;
            }
        }
    }

    // The method and its typed request.
    let Some(method) = method_name else {
        return fail(
            StatusCode::OK,
            8000,
            "the body is not a JSON object with a `method`",
        );
    };
    let Some(entry) = yandex_direct::direct_v5::find_method(&service, &method) else {
        return fail(
            StatusCode::OK,
            8000,
            &format!("unknown method `{service}.{method}`"),
        );
    };
    let checked = match (entry.request)(&body) {
        Ok(checked) => checked,
        Err(e) => {
            let path = if e.path.is_empty() {
                "."
            } else {
                e.path.as_str()
            };
            return fail(StatusCode::OK, 8000, &format!("at {path}: {}", e.message));
        }
    };

    // Faults.
    let fault = take_fault(&shared, &service, &method);
    let injected = |code| fail(StatusCode::OK, code, "injected by the fake server");
    if let Some(answer) = fault_before_call(fault.as_ref(), &request_id, &login, injected).await {
        return answer;
    }

    // Units and the call itself.
    let params = checked.get("params").cloned().unwrap_or(json!({}));
    let outcome = {
        let mut inner = shared.lock();
        let limit = inner
            .units_limit
            .get(&login)
            .copied()
            .unwrap_or(shared.config.daily_units);
        let spent = inner.units_spent.get(&login).copied().unwrap_or(0);
        if limit - spent < shared.config.call_cost {
            Err((152, (0, (limit - spent).max(0), limit)))
        } else {
            let store = inner.stores.entry(login.clone()).or_default();
            if store.login.is_empty() {
                store.login.clone_from(&login);
            }
            let result = store.execute(&service, &method, &params);
            let objects = result
                .as_ref()
                .ok()
                .and_then(|r| r.as_object())
                .and_then(|o| o.values().find_map(Value::as_array))
                .map_or(0, |a| a.len() as i64);
            let objects = store::object_units(&service, &method, &params, objects);
            let cost = (shared.config.call_cost + objects).min(limit - spent);
            let spent = spent + cost;
            inner.units_spent.insert(login.clone(), spent);
            Ok((result, (cost, limit - spent, limit)))
        }
    };
    let (result, units) = match outcome {
        Err((code, units)) => {
            let mut answer = fail(StatusCode::OK, code, "the daily units limit is spent");
            answer.units = Some(units);
            return answer;
        }
        Ok(outcome) => outcome,
    };
    let mut body = match result {
        Ok(result) => json!({ "result": result }).to_string().into_bytes(),
        Err((code, string, detail)) => error_body(&request_id, code, &string, &detail),
    };
    fault_after_call(fault.as_ref(), &mut body);
    Answer {
        status: StatusCode::OK,
        body,
        request_id,
        units: Some(units),
        login,
    }
}
