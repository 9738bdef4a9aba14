//! A fake Yandex Metrica Reporting API (`GET /stat/v1/data*`), on 127.0.0.1.
//!
//! - Endpoints `data`, `data/bytime`, `data/drilldown`, `data/comparison` and
//!   `data/comparison/drilldown`, answering in the documented shapes: the `query` echo, `data`
//!   rows of `dimensions` (`{name, id}` objects) and `metrics`, `total_rows`,
//!   `total_rows_rounded`, `sampled`, `sample_share`, `totals`, `min`, `max`, `data_lag`,
//!   `contains_sensitive_data`; bytime's arrays of arrays and `time_intervals` (`group`: `day`,
//!   `week`, `month`, `all`); drilldown rows with `dimension` and `expand` (`parent_id`);
//!   comparison metrics as `{a, b}` (segment `b` is half of `a` when `filters_b` is set).
//! - Deterministic data per campaign, date and traffic source: `ym:ad:directOrder` and
//!   `ym:ad:<attribution>DirectOrder` (and `ym:s:<attribution>DirectClickOrder`) answer one
//!   row per campaign of [`Campaigns`], `id` the campaign id and `name` its name, so that
//!   Direct's costs and Metrica's visits join on the campaign id. The campaigns can be read
//!   from a fake Direct server's store ([`crate::FakeServer::metrica_campaigns`]).
//!   Dimensions: those, `ym:s:date`/`ym:ad:date`, `ym:s:<attribution>TrafficSource`.
//!   Metrics: `ym:s:visits`, `users`, `pageviews`, `bounceRate`, `goal<id>reaches`,
//!   `goal<id>visits`, `goal<id>revenue`, `goal<id>conversionRate`; `ym:ad:visits`, `clicks`,
//!   `<currency>AdCost` (`ym:ad:RUBAdCost`), the goal metrics and
//!   `goal<id>converted<currency>Revenue` (the revenue, in any currency). Values are a sum over
//!   the cells a row covers, so rows add up to `totals`, and `bytime` by day adds up to `data`:
//!   a campaign's day is the same figure whichever endpoint reads it (what the costs joined to
//!   outcomes are tested with).
//! - Paging: 1-based `offset`, `limit` (default 100, at most 100,000).
//! - `Authorization: OAuth <token>` required: 401 `unauthorized` without it, 403
//!   `invalid_token` for a token not accepted. `ids` of [`MetricaConfig::forbidden_counters`]
//!   get 403 `access_denied`.
//! - More than [`MetricaConfig::parallel_requests`] requests of one token in flight: 429
//!   `quota_parallel_requests`, as the API answers it.
//! - The documented 400s: `missing_parameter` (no `ids` or `metrics`), `invalid_parameter`
//!   (more than 20 metrics as "Exceeded number of metrics in request, value: 36, limit: 20,
//!   error code: 4015", more than 10 dimensions, an unknown metric or dimension, a bad date,
//!   `offset` below 1, `limit` out of range, `ym:ad:` mixed with `ym:s:`).
//! - Faults on demand ([`FakeMetrica::inject`]): 503 `backend_error`, a 429 of any quota, or a
//!   body that is not JSON.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use tokio::sync::oneshot;

/// The token the fake server accepts when [`MetricaConfig::tokens`] is left as it is.
pub const TEST_METRICA_TOKEN: &str = "fake-metrica-token";

/// The most metrics of one request.
const MAX_METRICS: usize = 20;
/// The most dimensions of one request.
const MAX_DIMENSIONS: usize = 10;
/// The largest `limit`.
const MAX_LIMIT: usize = 100_000;

/// The traffic sources of `ym:s:<attribution>TrafficSource`: id and name.
const TRAFFIC_SOURCES: [(&str, &str); 4] = [
    ("ad", "Ad traffic"),
    ("organic", "Search engine traffic"),
    ("direct", "Direct traffic"),
    ("referral", "Link traffic"),
];

/// The campaigns `ym:ad:` answers for: id and name, read at every request.
#[derive(Clone)]
pub struct Campaigns(Arc<dyn Fn() -> Vec<(i64, String)> + Send + Sync>);

impl Campaigns {
    /// A fixed list.
    pub fn fixed(campaigns: Vec<(i64, String)>) -> Self {
        Campaigns(Arc::new(move || campaigns.clone()))
    }

    /// Read from `source` at every request (a Direct store, say).
    pub fn from_fn(source: impl Fn() -> Vec<(i64, String)> + Send + Sync + 'static) -> Self {
        Campaigns(Arc::new(source))
    }

    /// The campaigns now, in id order.
    pub fn list(&self) -> Vec<(i64, String)> {
        let mut list = (self.0)();
        list.sort_by_key(|(id, _)| *id);
        list
    }
}

impl std::fmt::Debug for Campaigns {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Campaigns").field(&self.list()).finish()
    }
}

/// How the fake Metrica server behaves.
#[derive(Debug, Clone)]
pub struct MetricaConfig {
    /// The OAuth tokens accepted; `None` accepts any non-empty token.
    pub tokens: Option<Vec<String>>,
    /// Requests of one token in flight at once (the API allows 3); beyond, 429.
    pub parallel_requests: usize,
    /// How long every answer takes (to see requests overlap).
    pub answer_delay: Duration,
    /// The campaigns of `ym:ad:directOrder`.
    pub campaigns: Campaigns,
    /// Counters (`ids`) the token may not read: 403 `access_denied`.
    pub forbidden_counters: Vec<String>,
}

impl Default for MetricaConfig {
    /// Accepts [`TEST_METRICA_TOKEN`], 3 parallel requests, no delay, three campaigns with the
    /// fake Direct store's first ids (70000001..=70000003).
    fn default() -> Self {
        MetricaConfig {
            tokens: Some(vec![TEST_METRICA_TOKEN.to_owned()]),
            parallel_requests: 3,
            answer_delay: Duration::ZERO,
            campaigns: Campaigns::fixed(
                (1..=3)
                    .map(|n| (70_000_000 + n, format!("Campaign {n}")))
                    .collect(),
            ),
            forbidden_counters: Vec::new(),
        }
    }
}

/// A fault the fake answers the next requests with (after the OAuth check).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MetricaFault {
    /// The HTTP status.
    pub status: u16,
    /// The `error_type` of the error body; `None`: an HTML body, not JSON.
    pub error_type: Option<String>,
    /// How many requests it applies to.
    pub times: usize,
}

impl MetricaFault {
    /// 503 `backend_error` for the next `times` requests.
    pub fn backend_error(times: usize) -> Self {
        MetricaFault {
            status: 503,
            error_type: Some("backend_error".to_owned()),
            times,
        }
    }

    /// 429 with quota `error_type` (`quota_requests_by_uid`, `quota_parallel_requests`, ...)
    /// for the next `times` requests.
    pub fn quota(error_type: &str, times: usize) -> Self {
        MetricaFault {
            status: 429,
            error_type: Some(error_type.to_owned()),
            times,
        }
    }

    /// `status` with an HTML body (a proxy's page) for the next `times` requests.
    pub fn not_json(status: u16, times: usize) -> Self {
        MetricaFault {
            status,
            error_type: None,
            times,
        }
    }
}

/// A request as the fake server saw it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MetricaRequest {
    /// The path (`/stat/v1/data`).
    pub path: String,
    /// The decoded query parameters, in order.
    pub query: Vec<(String, String)>,
    /// The `Authorization` header, as sent.
    pub authorization: Option<String>,
}

#[derive(Debug, Default)]
struct Inner {
    requests: Vec<MetricaRequest>,
    faults: Vec<MetricaFault>,
    in_flight: HashMap<String, usize>,
    max_in_flight: usize,
    answered_429: usize,
    answered_5xx: usize,
}

#[derive(Debug)]
struct Shared {
    config: MetricaConfig,
    inner: Mutex<Inner>,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// A running fake Metrica Reporting API; stops when dropped.
#[derive(Debug)]
pub struct FakeMetrica {
    addr: SocketAddr,
    shared: Arc<Shared>,
    shutdown: Option<oneshot::Sender<()>>,
}

impl FakeMetrica {
    /// Starts a server on a free port of 127.0.0.1.
    pub async fn start(config: MetricaConfig) -> std::io::Result<FakeMetrica> {
        FakeMetrica::start_on(config, SocketAddr::from(([127, 0, 0, 1], 0))).await
    }

    /// Starts a server on `addr` (port 0: any free port).
    pub async fn start_on(config: MetricaConfig, addr: SocketAddr) -> std::io::Result<FakeMetrica> {
        let listener = tokio::net::TcpListener::bind(addr).await?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(Shared {
            config,
            inner: Mutex::new(Inner::default()),
        });
        let app = Router::new()
            .route("/stat/v1/{*endpoint}", get(handle))
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
        Ok(FakeMetrica {
            addr,
            shared,
            shutdown: Some(tx),
        })
    }

    /// `http://127.0.0.1:<port>`: the client's base URL.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Answers the next `fault.times` requests with the fault; faults apply in the order
    /// added.
    pub fn inject(&self, fault: MetricaFault) {
        self.shared.lock().faults.push(fault);
    }

    /// Requests received (answered or refused): a request a client refused to send never
    /// shows here.
    pub fn requests_received(&self) -> usize {
        self.shared.lock().requests.len()
    }

    /// Every request received so far.
    pub fn requests(&self) -> Vec<MetricaRequest> {
        self.shared.lock().requests.clone()
    }

    /// The most requests of one token in flight at once, refused ones included.
    pub fn max_in_flight(&self) -> usize {
        self.shared.lock().max_in_flight
    }

    /// Requests answered 429.
    pub fn answered_429(&self) -> usize {
        self.shared.lock().answered_429
    }

    /// Requests answered 5xx.
    pub fn answered_server_errors(&self) -> usize {
        self.shared.lock().answered_5xx
    }
}

impl Drop for FakeMetrica {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

/// Counts a request of a token in flight for as long as it lives.
struct InFlight {
    shared: Arc<Shared>,
    token: String,
}

impl Drop for InFlight {
    fn drop(&mut self) {
        if let Some(n) = self.shared.lock().in_flight.get_mut(&self.token) {
            *n = n.saturating_sub(1);
        }
    }
}

/// An error answer in the API's shape.
fn error(status: u16, error_type: &str, message: &str, location: Option<&str>) -> Response {
    let mut item = json!({"error_type": error_type, "message": message});
    if let Some(location) = location {
        item["location"] = json!(location);
    }
    let body = json!({"errors": [item], "code": status, "message": message});
    json_answer(status, body)
}

fn json_answer(status: u16, body: Value) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (
        status,
        [("content-type", "application/json; charset=UTF-8")],
        body.to_string(),
    )
        .into_response()
}

fn invalid(message: &str, location: &str) -> Response {
    error(400, "invalid_parameter", message, Some(location))
}

async fn not_served(uri: Uri) -> Response {
    error(
        404,
        "not_found",
        &format!("No such endpoint: {}", uri.path()),
        None,
    )
}

/// `%XX` and `+` decoded; `None` for a bad escape or text that is not UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = text.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

fn parse_query(raw: &str) -> Option<Vec<(String, String)>> {
    raw.split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            Some((percent_decode(name)?, percent_decode(value)?))
        })
        .collect()
}

async fn handle(
    State(shared): State<Arc<Shared>>,
    uri: Uri,
    RawQuery(raw): RawQuery,
    headers: HeaderMap,
) -> Response {
    let authorization = crate::header_text(&headers, "authorization");
    let query = parse_query(raw.as_deref().unwrap_or(""));
    shared.lock().requests.push(MetricaRequest {
        path: uri.path().to_owned(),
        query: query.clone().unwrap_or_default(),
        authorization: authorization.clone(),
    });
    let Some(authorization) = authorization else {
        return error(401, "unauthorized", "Unauthorized", None);
    };
    let token = authorization
        .strip_prefix("OAuth ")
        .map(str::trim)
        .filter(|t| !t.is_empty());
    let accepted = match (token, &shared.config.tokens) {
        (None, _) => false,
        (Some(_), None) => true,
        (Some(t), Some(valid)) => valid.iter().any(|v| v == t),
    };
    let Some(token) = token.filter(|_| accepted) else {
        return error(403, "invalid_token", "Invalid oauth_token", None);
    };
    let refusal = {
        let mut inner = shared.lock();
        let n = inner.in_flight.entry(token.to_owned()).or_default();
        *n += 1;
        let now = *n;
        inner.max_in_flight = inner.max_in_flight.max(now);
        if now > shared.config.parallel_requests {
            inner.answered_429 += 1;
            Some(error(
                429,
                "quota_parallel_requests",
                "Quota exceeded: parallel requests per user",
                None,
            ))
        } else if let Some(fault) = inner.faults.iter_mut().find(|f| f.times > 0) {
            fault.times -= 1;
            let fault = fault.clone();
            match fault.status {
                429 | 420 => inner.answered_429 += 1,
                500..=599 => inner.answered_5xx += 1,
                _ => {}
            }
            Some(match &fault.error_type {
                Some(error_type) => error(fault.status, error_type, "Injected fault", None),
                None => (
                    StatusCode::from_u16(fault.status).unwrap_or(StatusCode::BAD_GATEWAY),
                    [("content-type", "text/html")],
                    "<html><body>Bad gateway</body></html>",
                )
                    .into_response(),
            })
        } else {
            None
        }
    };
    // Made once the lock is given back: its drop takes the lock again.
    let _in_flight = InFlight {
        shared: shared.clone(),
        token: token.to_owned(),
    };
    if let Some(refusal) = refusal {
        return refusal;
    }
    if !shared.config.answer_delay.is_zero() {
        tokio::time::sleep(shared.config.answer_delay).await;
    }
    let Some(query) = query else {
        return invalid("The query string is not valid URL encoding", "query");
    };
    let endpoint = uri.path().trim_start_matches("/stat/v1/").trim_matches('/');
    match Report::parse(&query, &shared.config) {
        Ok(report) => match report.answer(endpoint, &query) {
            Some(body) => json_answer(200, body),
            None => error(
                404,
                "not_found",
                &format!("No such endpoint: {}", uri.path()),
                None,
            ),
        },
        Err(response) => *response,
    }
}

/// A civil date as days since 1970-01-01.
type Day = i64;

/// Days since the epoch of `y-m-d` (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> Day {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The `(year, month, day)` of a day since the epoch.
fn civil_from_days(z: Day) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (
        if m <= 2 {
            yoe + era * 400 + 1
        } else {
            yoe + era * 400
        },
        m,
        d,
    )
}

fn format_day(day: Day) -> String {
    let (y, m, d) = civil_from_days(day);
    format!("{y:04}-{m:02}-{d:02}")
}

fn today() -> Day {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_secs();
    (secs / 86_400) as Day
}

/// `YYYY-MM-DD`, `today`, `yesterday` or `NdaysAgo`.
fn parse_day(text: &str) -> Option<Day> {
    match text {
        "today" => return Some(today()),
        "yesterday" => return Some(today() - 1),
        _ => {}
    }
    if let Some(n) = text.strip_suffix("daysAgo") {
        return n.parse::<i64>().ok().map(|n| today() - n);
    }
    let mut parts = text.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (y, m, d): (i64, i64, i64) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    let day = days_from_civil(y, m, d);
    // 2026-02-30 does not come back as itself.
    (civil_from_days(day) == (y, m, d)).then_some(day)
}

/// One atomic piece of the fake data: a campaign's traffic of one source on one day.
#[derive(Debug, Clone, Copy)]
struct Cell {
    campaign: usize,
    day: Day,
    source: usize,
}

/// A dimension the fake knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dimension {
    Campaign,
    Date,
    TrafficSource,
}

/// A metric the fake knows.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Metric {
    Visits,
    Users,
    Pageviews,
    BounceRate,
    Clicks,
    AdCost,
    GoalReaches(u64),
    GoalVisits(u64),
    GoalRevenue(u64),
    GoalConversionRate(u64),
}

/// A name's namespace and the rest: `ym:ad:visits` → (`ym:ad`, `visits`).
fn split_name(name: &str) -> Option<(&str, &str)> {
    let rest = name.strip_prefix("ym:")?;
    let (namespace, field) = rest.split_once(':')?;
    Some((&name[..namespace.len() + 3], field))
}

/// `<attribution>Suffix` or `suffix` (the attribution left to its default).
fn is_attributed(field: &str, suffix: &str) -> bool {
    let mut lower = suffix.to_owned();
    lower[..1].make_ascii_lowercase();
    field == lower
        || field.strip_suffix(suffix).is_some_and(|attribution| {
            !attribution.is_empty()
                && attribution
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '_')
        })
}

fn parse_dimension(name: &str) -> Option<Dimension> {
    let (namespace, field) = split_name(name)?;
    match (namespace, field) {
        (_, "date") if namespace == "ym:s" || namespace == "ym:ad" => Some(Dimension::Date),
        ("ym:ad", f) if is_attributed(f, "DirectOrder") => Some(Dimension::Campaign),
        ("ym:s", f) if is_attributed(f, "DirectClickOrder") => Some(Dimension::Campaign),
        ("ym:s", f) if is_attributed(f, "TrafficSource") => Some(Dimension::TrafficSource),
        _ => None,
    }
}

fn parse_metric(name: &str) -> Option<Metric> {
    let (namespace, field) = split_name(name)?;
    if namespace != "ym:s" && namespace != "ym:ad" {
        return None;
    }
    if let Some(rest) = field.strip_prefix("goal") {
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        let goal: u64 = rest[..digits].parse().ok()?;
        return match &rest[digits..] {
            "reaches" => Some(Metric::GoalReaches(goal)),
            "visits" => Some(Metric::GoalVisits(goal)),
            "revenue" => Some(Metric::GoalRevenue(goal)),
            // `ym:ad:goal<goal_id>converted<currency>Revenue`: the same revenue, whatever the
            // currency.
            converted
                if converted
                    .strip_prefix("converted")
                    .and_then(|r| r.strip_suffix("Revenue"))
                    .is_some_and(|c| c.len() == 3 && c.chars().all(|c| c.is_ascii_uppercase())) =>
            {
                Some(Metric::GoalRevenue(goal))
            }
            "conversionRate" => Some(Metric::GoalConversionRate(goal)),
            _ => None,
        };
    }
    match (namespace, field) {
        (_, "visits") => Some(Metric::Visits),
        ("ym:s", "users") => Some(Metric::Users),
        ("ym:s", "pageviews") => Some(Metric::Pageviews),
        ("ym:s", "bounceRate") => Some(Metric::BounceRate),
        ("ym:ad", "clicks") => Some(Metric::Clicks),
        ("ym:ad", f)
            if f.len() == 9
                && f.ends_with("AdCost")
                && f[..3].chars().all(|c| c.is_ascii_uppercase()) =>
        {
            Some(Metric::AdCost)
        }
        _ => None,
    }
}

/// A deterministic number in `0..modulus` from the parts.
fn spread(parts: &[&str], modulus: u64) -> u64 {
    let digest = Sha256::digest(parts.join("\u{1f}").as_bytes());
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    u64::from_le_bytes(first) % modulus.max(1)
}

/// The additive figures of a set of cells.
#[derive(Debug, Clone, Copy, Default)]
struct Sums {
    visits: f64,
    users: f64,
    pageviews: f64,
    bounces: f64,
    clicks: f64,
    cost: f64,
}

/// Builds and answers one report.
struct Report {
    namespace: String,
    campaigns: Vec<(i64, String)>,
    date1: Day,
    date2: Day,
    dimensions: Vec<(String, Dimension)>,
    metrics: Vec<(String, Metric)>,
    limit: usize,
    offset: usize,
}

impl Report {
    /// Checks the parameters as the API does; the error answer otherwise.
    fn parse(query: &[(String, String)], config: &MetricaConfig) -> Result<Report, Box<Response>> {
        let param = |name: &str| {
            query
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.as_str())
        };
        let list = |name: &str| -> Vec<String> {
            param(name)
                .map(|v| {
                    v.split(',')
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(str::to_owned)
                        .collect()
                })
                .unwrap_or_default()
        };
        let missing = |name: &str| {
            error(
                400,
                "missing_parameter",
                &format!("Required parameter '{name}' is missing"),
                Some(name),
            )
        };
        let ids = list("ids");
        if ids.is_empty() {
            return Err(Box::new(missing("ids")));
        }
        if let Some(id) = ids.iter().find(|id| id.parse::<u64>().is_err()) {
            return Err(Box::new(invalid(
                &format!("Wrong parameter: 'ids', value: '{id}'"),
                "ids",
            )));
        }
        if let Some(id) = ids.iter().find(|id| config.forbidden_counters.contains(id)) {
            return Err(Box::new(error(
                403,
                "access_denied",
                &format!("Access is denied to counter {id}"),
                None,
            )));
        }
        let metric_names = list("metrics");
        if metric_names.is_empty() {
            return Err(Box::new(missing("metrics")));
        }
        if metric_names.len() > MAX_METRICS {
            return Err(Box::new(invalid(
                &format!(
                    "Exceeded number of metrics in request, value: {}, limit: {MAX_METRICS}, error code: 4015",
                    metric_names.len()
                ),
                "metrics",
            )));
        }
        let dimension_names = list("dimensions");
        if dimension_names.len() > MAX_DIMENSIONS {
            return Err(Box::new(invalid(
                &format!(
                    "Exceeded number of dimensions in request, value: {}, limit: {MAX_DIMENSIONS}, error code: 4016",
                    dimension_names.len()
                ),
                "dimensions",
            )));
        }
        let mut metrics = Vec::new();
        for name in metric_names {
            let Some(metric) = parse_metric(&name) else {
                return Err(Box::new(invalid(
                    &format!("Unknown metric: {name}"),
                    "metrics",
                )));
            };
            metrics.push((name, metric));
        }
        let mut dimensions = Vec::new();
        for name in dimension_names {
            let Some(dimension) = parse_dimension(&name) else {
                return Err(Box::new(invalid(
                    &format!("Unknown dimension: {name}"),
                    "dimensions",
                )));
            };
            dimensions.push((name, dimension));
        }
        let namespaces: Vec<&str> = metrics
            .iter()
            .map(|(n, _)| n.as_str())
            .chain(dimensions.iter().map(|(n, _)| n.as_str()))
            .filter_map(|n| split_name(n).map(|(ns, _)| ns))
            .collect();
        let namespace = namespaces.first().copied().unwrap_or("ym:s").to_owned();
        if namespaces.iter().any(|ns| *ns != namespace) {
            return Err(Box::new(invalid(
                "Dimensions and metrics of different namespaces (ym:ad and ym:s) cannot be mixed in one query",
                "metrics",
            )));
        }
        let day = |name: &str, default: Day| {
            match param(name) {
            None => Ok(default),
            Some(text) => parse_day(text).ok_or_else(|| {
                Box::new(invalid(
                    &format!("Wrong parameter: '{name}', value: '{text}'. Expected YYYY-MM-DD, today, yesterday or NdaysAgo"),
                    name,
                ))
            }),
        }
        };
        let date2 = day("date2", today())?;
        let date1 = day("date1", date2 - 6)?;
        if date1 > date2 {
            return Err(Box::new(invalid("date1 is after date2", "date1")));
        }
        let number = |name: &str, default: usize, range: std::ops::RangeInclusive<usize>| {
            match param(name) {
                None => Ok(default),
                Some(text) => text
                    .parse::<usize>()
                    .ok()
                    .filter(|n| range.contains(n))
                    .ok_or_else(|| {
                        Box::new(invalid(
                            &format!(
                                "Wrong parameter: '{name}', value: '{text}', allowed: {}..={}",
                                range.start(),
                                range.end()
                            ),
                            name,
                        ))
                    }),
            }
        };
        let limit = number("limit", 100, 1..=MAX_LIMIT)?;
        let offset = number("offset", 1, 1..=usize::MAX)?;
        Ok(Report {
            namespace,
            campaigns: config.campaigns.list(),
            date1,
            date2,
            dimensions,
            metrics,
            limit,
            offset,
        })
    }

    /// The traffic sources of the report's namespace: `ym:ad` is Direct's ad traffic only.
    fn sources(&self) -> usize {
        if self.namespace == "ym:ad" {
            1
        } else {
            TRAFFIC_SOURCES.len()
        }
    }

    fn cells(&self) -> Vec<Cell> {
        let mut cells = Vec::new();
        for campaign in 0..self.campaigns.len() {
            for day in self.date1..=self.date2 {
                for source in 0..self.sources() {
                    cells.push(Cell {
                        campaign,
                        day,
                        source,
                    });
                }
            }
        }
        cells
    }

    fn cell_key(&self, cell: &Cell) -> [String; 3] {
        [
            self.campaigns[cell.campaign].0.to_string(),
            format_day(cell.day),
            TRAFFIC_SOURCES[cell.source].0.to_owned(),
        ]
    }

    fn sums(&self, cell: &Cell) -> Sums {
        let [c, d, s] = self.cell_key(cell);
        let visits = 5 + spread(&[&c, &d, &s, "visits"], 60);
        let clicks = visits + spread(&[&c, &d, &s, "clicks"], 10);
        Sums {
            visits: visits as f64,
            users: (visits - visits / 5) as f64,
            pageviews: (visits * 2 + spread(&[&c, &d, &s, "pageviews"], 20)) as f64,
            bounces: (visits * (10 + spread(&[&c, &d, &s, "bounce"], 30)) / 100) as f64,
            clicks: clicks as f64,
            cost: (clicks * 1_750 + spread(&[&c, &d, &s, "cost"], 1_000)) as f64 / 100.0,
        }
    }

    fn goal_reaches(&self, cell: &Cell, goal: u64) -> f64 {
        let [c, d, s] = self.cell_key(cell);
        let visits = self.sums(cell).visits as u64;
        (visits * spread(&[&c, &d, &s, &goal.to_string()], 25) / 100) as f64
    }

    /// A metric's value over `cells`.
    fn value(&self, metric: &Metric, cells: &[&Cell]) -> f64 {
        let total = |f: &dyn Fn(&Cell) -> f64| cells.iter().map(|c| f(c)).sum::<f64>();
        let ratio = |part: f64, whole: f64| {
            if whole == 0.0 {
                0.0
            } else {
                (part * 100.0 / whole * 100.0).round() / 100.0
            }
        };
        match metric {
            Metric::Visits => total(&|c| self.sums(c).visits),
            Metric::Users => total(&|c| self.sums(c).users),
            Metric::Pageviews => total(&|c| self.sums(c).pageviews),
            Metric::Clicks => total(&|c| self.sums(c).clicks),
            Metric::AdCost => (total(&|c| self.sums(c).cost) * 100.0).round() / 100.0,
            Metric::BounceRate => ratio(
                total(&|c| self.sums(c).bounces),
                total(&|c| self.sums(c).visits),
            ),
            Metric::GoalReaches(goal) | Metric::GoalVisits(goal) => {
                total(&|c| self.goal_reaches(c, *goal))
            }
            Metric::GoalRevenue(goal) => total(&|c| self.goal_reaches(c, *goal) * 1_250.0),
            Metric::GoalConversionRate(goal) => ratio(
                total(&|c| self.goal_reaches(c, *goal)),
                total(&|c| self.sums(c).visits),
            ),
        }
    }

    fn values(&self, cells: &[&Cell]) -> Vec<Value> {
        self.metrics
            .iter()
            .map(|(_, m)| number(self.value(m, cells)))
            .collect()
    }

    /// The `{name, id}` object of a dimension's value for `cell`.
    fn dimension_value(&self, dimension: Dimension, cell: &Cell) -> Value {
        match dimension {
            Dimension::Campaign => {
                let (id, name) = &self.campaigns[cell.campaign];
                json!({"name": name, "id": id.to_string()})
            }
            Dimension::Date => json!({"name": format_day(cell.day)}),
            Dimension::TrafficSource => {
                let (id, name) = TRAFFIC_SOURCES[cell.source];
                json!({"name": name, "id": id})
            }
        }
    }

    /// The rows over `dimensions`, in dimension order: each row's dimension values and its
    /// cells.
    fn group<'c>(
        &self,
        dimensions: &[Dimension],
        cells: &'c [Cell],
    ) -> Vec<(Vec<Value>, Vec<&'c Cell>)> {
        let coordinate = |d: Dimension, c: &Cell| match d {
            Dimension::Campaign => c.campaign as i64,
            Dimension::Date => c.day,
            Dimension::TrafficSource => c.source as i64,
        };
        let mut groups: std::collections::BTreeMap<Vec<i64>, Vec<&Cell>> = Default::default();
        for cell in cells {
            let key = dimensions.iter().map(|d| coordinate(*d, cell)).collect();
            groups.entry(key).or_default().push(cell);
        }
        groups
            .into_values()
            .map(|cells| {
                let values = dimensions
                    .iter()
                    .map(|d| self.dimension_value(*d, cells[0]))
                    .collect();
                (values, cells)
            })
            .collect()
    }

    fn page<T: Clone>(&self, rows: &[T]) -> Vec<T> {
        rows.iter()
            .skip(self.offset - 1)
            .take(self.limit)
            .cloned()
            .collect()
    }

    fn query_echo(&self, query: &[(String, String)]) -> Value {
        let mut echo = serde_json::Map::new();
        for (name, value) in query {
            echo.insert(name.clone(), json!(value));
        }
        let ids: Vec<Value> = query
            .iter()
            .find(|(n, _)| n == "ids")
            .map(|(_, v)| v.split(',').filter_map(|id| id.trim().parse::<u64>().ok()))
            .into_iter()
            .flatten()
            .map(|id| json!(id))
            .collect();
        echo.insert("ids".into(), json!(ids));
        echo.insert(
            "dimensions".into(),
            json!(self.dimensions.iter().map(|(n, _)| n).collect::<Vec<_>>()),
        );
        echo.insert(
            "metrics".into(),
            json!(self.metrics.iter().map(|(n, _)| n).collect::<Vec<_>>()),
        );
        echo.insert("date1".into(), json!(format_day(self.date1)));
        echo.insert("date2".into(), json!(format_day(self.date2)));
        echo.insert("limit".into(), json!(self.limit));
        echo.insert("offset".into(), json!(self.offset));
        echo.entry("attribution").or_insert(json!("LastSign"));
        echo.entry("currency").or_insert(json!("RUB"));
        // The real echo sends some numbers as strings.
        echo.insert("auto_group_size".into(), json!("1"));
        echo.insert("quantile".into(), json!("50"));
        Value::Object(echo)
    }

    /// The fields every answer has besides its rows.
    fn envelope(&self, query: &[(String, String)], total_rows: usize, cells: usize) -> Value {
        json!({
            "query": self.query_echo(query),
            "total_rows": total_rows,
            "total_rows_rounded": false,
            "sampled": false,
            "contains_sensitive_data": false,
            "sample_share": 1.0,
            "sample_size": cells,
            "sample_space": cells,
            "data_lag": 0,
        })
    }

    /// Per metric, the least and the most over `rows`.
    fn extremes(&self, rows: &[Vec<Value>]) -> (Vec<Value>, Vec<Value>) {
        (0..self.metrics.len())
            .map(|i| {
                let column = rows.iter().filter_map(|r| r.get(i).and_then(Value::as_f64));
                let min = column.clone().fold(f64::INFINITY, f64::min);
                let max = column.fold(f64::NEG_INFINITY, f64::max);
                if min.is_finite() {
                    (number(min), number(max))
                } else {
                    (json!(0), json!(0))
                }
            })
            .unzip()
    }

    /// The answer of `endpoint`, `None` for an endpoint the API does not have.
    fn answer(&self, endpoint: &str, query: &[(String, String)]) -> Option<Value> {
        let cells = self.cells();
        let all: Vec<&Cell> = cells.iter().collect();
        let dimensions: Vec<Dimension> = self.dimensions.iter().map(|(_, d)| *d).collect();
        let param = |name: &str| query.iter().find(|(n, _)| n == name).map(|(_, v)| v);
        let segment_b_halved = param("filters_b").is_some_and(|f| !f.is_empty());
        let halve = |values: Vec<Value>| -> Vec<Value> {
            values
                .into_iter()
                .map(|v| number((v.as_f64().unwrap_or(0.0) / 2.0).floor()))
                .collect()
        };
        let compare = |values: Vec<Value>| {
            let b = if segment_b_halved {
                halve(values.clone())
            } else {
                values.clone()
            };
            json!({"a": values, "b": b})
        };
        let mut body = match endpoint {
            "data" | "data/comparison" => {
                let rows = self.group(&dimensions, &cells);
                let metric_rows: Vec<Vec<Value>> =
                    rows.iter().map(|(_, c)| self.values(c)).collect();
                let (min, max) = self.extremes(&metric_rows);
                let comparison = endpoint == "data/comparison";
                let data: Vec<Value> = self
                    .page(&rows)
                    .into_iter()
                    .map(|(dims, c)| {
                        let metrics = self.values(&c);
                        let metrics = if comparison {
                            compare(metrics)
                        } else {
                            json!(metrics)
                        };
                        json!({"dimensions": dims, "metrics": metrics})
                    })
                    .collect();
                let mut body = self.envelope(query, rows.len(), cells.len());
                body["data"] = json!(data);
                let totals = self.values(&all);
                if comparison {
                    body["totals"] = compare(totals);
                    body["min"] = compare(min);
                    body["max"] = compare(max);
                } else {
                    body["totals"] = json!(totals);
                    body["min"] = json!(min);
                    body["max"] = json!(max);
                }
                body
            }
            "data/bytime" => self.bytime(query, &dimensions, &cells),
            "data/drilldown" | "data/comparison/drilldown" => {
                let parents: Vec<String> = param("parent_id")
                    .and_then(|p| serde_json::from_str::<Vec<Value>>(p).ok())
                    .unwrap_or_default()
                    .iter()
                    .map(|v| match v {
                        Value::String(s) => s.clone(),
                        other => other.to_string(),
                    })
                    .collect();
                let level = parents.len().min(dimensions.len().saturating_sub(1));
                // The cells under the parents: each parent matches its level's value by id,
                // else by name.
                let under: Vec<Cell> = cells
                    .iter()
                    .filter(|cell| {
                        parents.iter().zip(&dimensions).all(|(parent, d)| {
                            let value = self.dimension_value(*d, cell);
                            let id = value.get("id").and_then(Value::as_str);
                            let name = value.get("name").and_then(Value::as_str);
                            id.or(name) == Some(parent.as_str())
                        })
                    })
                    .copied()
                    .collect();
                let comparison = endpoint == "data/comparison/drilldown";
                let level_dimensions = &dimensions[..dimensions.len().min(level + 1)];
                let rows = self.group(level_dimensions, &under);
                let metric_rows: Vec<Vec<Value>> =
                    rows.iter().map(|(_, c)| self.values(c)).collect();
                let (min, max) = self.extremes(&metric_rows);
                let expand = level + 1 < dimensions.len();
                let data: Vec<Value> = self
                    .page(&rows)
                    .into_iter()
                    .map(|(dims, c)| {
                        let metrics = self.values(&c);
                        json!({
                            "dimension": dims.last().cloned().unwrap_or(Value::Null),
                            "metrics": if comparison { compare(metrics) } else { json!(metrics) },
                            "expand": expand,
                        })
                    })
                    .collect();
                let under_refs: Vec<&Cell> = under.iter().collect();
                let totals = self.values(&under_refs);
                let mut body = self.envelope(query, rows.len(), cells.len());
                body["data"] = json!(data);
                if comparison {
                    body["totals"] = compare(totals);
                    body["min"] = compare(min);
                    body["max"] = compare(max);
                } else {
                    body["totals"] = json!(totals);
                    body["min"] = json!(min);
                    body["max"] = json!(max);
                }
                body
            }
            _ => return None,
        };
        body["query"]["endpoint"] = json!(endpoint);
        Some(body)
    }

    /// `data/bytime`: per row and metric, the values of every time interval.
    fn bytime(
        &self,
        query: &[(String, String)],
        dimensions: &[Dimension],
        cells: &[Cell],
    ) -> Value {
        let group = query
            .iter()
            .find(|(n, _)| n == "group")
            .map(|(_, v)| v.to_ascii_lowercase())
            .unwrap_or_else(|| "day".to_owned());
        let interval_of = |day: Day| -> i64 {
            match group.as_str() {
                "all" => 0,
                "week" => (day - self.date1) / 7,
                "month" | "year" => {
                    let (y, m, _) = civil_from_days(day);
                    if group == "year" {
                        y
                    } else {
                        y * 12 + m
                    }
                }
                _ => day,
            }
        };
        let mut intervals: Vec<(i64, Day, Day)> = Vec::new();
        for day in self.date1..=self.date2 {
            let key = interval_of(day);
            match intervals.last_mut() {
                Some((last, _, end)) if *last == key => *end = day,
                _ => intervals.push((key, day, day)),
            }
        }
        let series = |row_cells: &[&Cell]| -> Vec<Vec<Value>> {
            self.metrics
                .iter()
                .map(|(_, metric)| {
                    intervals
                        .iter()
                        .map(|(_, start, end)| {
                            let inside: Vec<&Cell> = row_cells
                                .iter()
                                .filter(|c| (*start..=*end).contains(&c.day))
                                .copied()
                                .collect();
                            number(self.value(metric, &inside))
                        })
                        .collect()
                })
                .collect()
        };
        let rows = self.group(dimensions, cells);
        let all: Vec<&Cell> = cells.iter().collect();
        let row_series: Vec<Vec<Vec<Value>>> = rows.iter().map(|(_, c)| series(c)).collect();
        let fold = |pick: fn(f64, f64) -> f64| -> Vec<Vec<Value>> {
            (0..self.metrics.len())
                .map(|m| {
                    (0..intervals.len())
                        .map(|i| {
                            let found = row_series
                                .iter()
                                .filter_map(|s| s[m][i].as_f64())
                                .reduce(pick);
                            number(found.unwrap_or(0.0))
                        })
                        .collect()
                })
                .collect()
        };
        let data: Vec<Value> = self
            .page(&rows)
            .into_iter()
            .map(|(dims, c)| json!({"dimensions": dims, "metrics": series(&c)}))
            .collect();
        let mut body = self.envelope(query, rows.len(), cells.len());
        body["data"] = json!(data);
        body["time_intervals"] = json!(intervals
            .iter()
            .map(|(_, start, end)| json!([format_day(*start), format_day(*end)]))
            .collect::<Vec<_>>());
        body["totals"] = json!(series(&all));
        body["min"] = json!(fold(f64::min));
        body["max"] = json!(fold(f64::max));
        body
    }
}

/// A whole number as an integer, anything else as a float (as the API sends them).
fn number(value: f64) -> Value {
    if value.fract() == 0.0 && value.abs() < 9.0e15 {
        json!(value as i64)
    } else {
        json!(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_convert_both_ways() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(format_day(days_from_civil(2026, 12, 7)), "2026-12-07");
        assert_eq!(
            parse_day("2024-02-29").map(format_day).as_deref(),
            Some("2024-02-29")
        );
        assert_eq!(parse_day("2026-02-30"), None);
        assert_eq!(parse_day("2026-1-05"), None);
        assert_eq!(parse_day("3daysAgo"), Some(today() - 3));
    }

    #[test]
    fn names_are_recognised_with_or_without_attribution() {
        assert_eq!(
            parse_dimension("ym:ad:directOrder"),
            Some(Dimension::Campaign)
        );
        assert_eq!(
            parse_dimension("ym:ad:lastsignDirectOrder"),
            Some(Dimension::Campaign)
        );
        assert_eq!(
            parse_dimension("ym:ad:last_yandex_direct_clickDirectOrder"),
            Some(Dimension::Campaign)
        );
        assert_eq!(parse_dimension("ym:ad:DirectOrder"), None);
        assert_eq!(
            parse_dimension("ym:s:lastsignTrafficSource"),
            Some(Dimension::TrafficSource)
        );
        assert_eq!(
            parse_metric("ym:s:goal123reaches"),
            Some(Metric::GoalReaches(123))
        );
        assert_eq!(parse_metric("ym:ad:RUBAdCost"), Some(Metric::AdCost));
        assert_eq!(
            parse_metric("ym:ad:goal7convertedUSDRevenue"),
            Some(Metric::GoalRevenue(7))
        );
        assert_eq!(parse_metric("ym:ad:goal7convertedUsdRevenue"), None);
        assert_eq!(parse_metric("ym:s:goalreaches"), None);
        assert_eq!(parse_metric("ym:s:vists"), None);
        assert_eq!(
            parse_query("a=1%2C2&b=x+y&c"),
            Some(vec![
                ("a".into(), "1,2".into()),
                ("b".into(), "x y".into()),
                ("c".into(), String::new())
            ])
        );
        assert_eq!(parse_query("a=%zz"), None);
    }
}
