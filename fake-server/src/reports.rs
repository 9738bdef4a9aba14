//! `POST /json/v5/reports`: the Reports service of the fake server. Reports are built from the
//! login's store (one row per campaign, ad group, ad or keyword, by report type, and per day
//! when `Date` is asked for), with figures derived from the ids and dates only, so that the
//! same definition always gives the same report. Offline reports go through a queue (201, then
//! 202, then the report, with `retryIn`), kept by `ReportName` so that asking again after a
//! restart finds the same report. Faults for tests: a cut body, HTTP 500 and 502, the XML error.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::Arc;

use crate::{header_text, recorded_headers};
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::Value;
use yandex_direct::direct_v5::reports::{Field, FieldPlace, ReportType, ReportsSchema};
use yandex_direct::runtime::reports::definition::PER_GOAL_FIELDS;
use yandex_direct::runtime::reports::{ReportFieldType, ReportSchema};

use crate::store::{Kind, Obj};
use crate::{RecordedRequest, Shared};

/// A fault of the next report answers (see [`crate::FakeServer::inject_report_fault`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReportFault {
    /// The report is sent without its last part (no `Total rows` line): a connection cut.
    Truncated,
    /// HTTP 500 with a page that is not the API's.
    Http500,
    /// HTTP 502 (the report took too long to build).
    Http502,
    /// HTTP 400 with the XML `reports:reportDownloadError` carrying this error code.
    XmlError(i64),
}

/// How the offline queue answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportQueue {
    /// Answers before a queued report is ready: the first is 201, the others 202.
    pub polls_until_ready: u32,
    /// The `retryIn` header sent with 201 and 202 (seconds; the real API sends whole numbers).
    pub retry_in: String,
}

impl Default for ReportQueue {
    fn default() -> Self {
        ReportQueue {
            polls_until_ready: 2,
            retry_in: "1".to_owned(),
        }
    }
}

/// The Reports state of a fake server.
#[derive(Debug, Default)]
pub(crate) struct ReportsState {
    pub(crate) queue: ReportQueue,
    pub(crate) faults: Vec<ReportFault>,
    /// (login, ReportName) -> (definition, answers given).
    reports: HashMap<(String, String), (Value, u32)>,
}

fn reply(
    status: StatusCode,
    request_id: &str,
    content_type: &'static str,
    body: Vec<u8>,
) -> Response {
    let mut response = (status, body).into_response();
    let headers = response.headers_mut();
    headers.insert("Content-Type", HeaderValue::from_static(content_type));
    if let Ok(v) = HeaderValue::from_str(request_id) {
        headers.insert("RequestId", v);
    }
    response
}

fn json_error(
    status: StatusCode,
    request_id: &str,
    code: i64,
    message: &str,
    detail: &str,
) -> Response {
    reply(
        status,
        request_id,
        "application/json; charset=utf-8",
        crate::error_body(request_id, code, message, detail),
    )
}

/// The XML error of the Reports service.
pub fn xml_error(request_id: &str, code: i64, message: &str, detail: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<reports:reportDownloadError xmlns:reports=\"http://api.direct.yandex.com/v5/reports\"><reports:ApiError><reports:requestId>{request_id}</reports:requestId><reports:errorCode>{code}</reports:errorCode><reports:errorMessage>{message}</reports:errorMessage><reports:errorDetail>{detail}</reports:errorDetail></reports:ApiError></reports:reportDownloadError>"
    )
}

pub(crate) async fn handle(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let header = |name: &str| header_text(&headers, name);
    let login = shared.config.login_of(&headers);
    let request_id = {
        let mut inner = shared.lock();
        inner.next_request_id += 1;
        let id = format!(
            "{:019}",
            8_100_000_000_000_000_000u64 + inner.next_request_id
        );
        inner.requests.push(RecordedRequest {
            service: "reports".to_owned(),
            method: None,
            login: login.clone(),
            headers: recorded_headers(&headers),
            body: body.to_vec(),
        });
        id
    };
    if !shared.config.accepts(header("Authorization").as_deref()) {
        return json_error(
            StatusCode::BAD_REQUEST,
            &request_id,
            53,
            "Authorization error",
            "Invalid OAuth token",
        );
    }
    let fault = {
        let mut inner = shared.lock();
        (!inner.reports.faults.is_empty()).then(|| inner.reports.faults.remove(0))
    };
    match &fault {
        Some(ReportFault::Http500) => {
            return reply(
                StatusCode::INTERNAL_SERVER_ERROR,
                &request_id,
                "text/html",
                b"<html>Internal Server Error</html>".to_vec(),
            )
        }
        Some(ReportFault::Http502) => {
            return reply(
                StatusCode::BAD_GATEWAY,
                &request_id,
                "text/html",
                b"<html>502 Bad Gateway</html>".to_vec(),
            )
        }
        Some(ReportFault::XmlError(code)) => {
            let body = xml_error(
                &request_id,
                *code,
                crate::error_message(*code),
                "injected by the fake server",
            );
            return reply(
                StatusCode::BAD_REQUEST,
                &request_id,
                "text/xml",
                body.into_bytes(),
            );
        }
        _ => {}
    }
    let options = match Options::from_headers(&header) {
        Ok(options) => options,
        Err(detail) => {
            return json_error(
                StatusCode::BAD_REQUEST,
                &request_id,
                8000,
                "Invalid request",
                &detail,
            )
        }
    };
    let definition = match serde_json::from_slice::<Value>(&body)
        .ok()
        .and_then(|mut v| v.get_mut("params").map(Value::take))
    {
        Some(params) => params,
        None => {
            return json_error(
                StatusCode::BAD_REQUEST,
                &request_id,
                8000,
                "Invalid request",
                "the body is not {\"params\": {...}}",
            )
        }
    };
    let parsed = match Definition::parse(&definition) {
        Ok(parsed) => parsed,
        Err(detail) => {
            return json_error(
                StatusCode::BAD_REQUEST,
                &request_id,
                8000,
                "Invalid request",
                &detail,
            )
        }
    };

    // The offline queue, by ReportName: the same name and definition is the same report.
    if options.mode != "online" {
        let mut inner = shared.lock();
        let queue = inner.reports.queue.clone();
        let in_queue = inner.reports.reports.len();
        let key = (login.clone(), parsed.name.clone());
        let entry = inner
            .reports
            .reports
            .entry(key)
            .or_insert_with(|| (definition.clone(), 0));
        if entry.0 != definition {
            drop(inner);
            return json_error(
                StatusCode::BAD_REQUEST,
                &request_id,
                4000,
                "Invalid request parameters",
                "a report with this ReportName and other settings is in the queue",
            );
        }
        if entry.1 < queue.polls_until_ready {
            let status = if entry.1 == 0 {
                StatusCode::CREATED
            } else {
                StatusCode::ACCEPTED
            };
            entry.1 += 1;
            let mut response = reply(status, &request_id, "text/plain", Vec::new());
            let headers = response.headers_mut();
            if let Ok(v) = HeaderValue::from_str(&queue.retry_in) {
                headers.insert("retryIn", v);
            }
            if let Ok(v) = HeaderValue::from_str(&in_queue.max(1).to_string()) {
                headers.insert("reportsInQueue", v);
            }
            return response;
        }
    }

    let tsv = {
        let mut inner = shared.lock();
        let store = inner.stores.entry(login.clone()).or_default();
        build_tsv(&parsed, &options, store)
    };
    let tsv = match fault {
        Some(ReportFault::Truncated) => {
            // Cut inside the rows: what a connection lost halfway leaves.
            let cut = tsv.len() / 2;
            let cut = (0..=cut)
                .rev()
                .find(|&i| tsv.is_char_boundary(i))
                .unwrap_or(0);
            tsv[..cut].to_owned()
        }
        _ => tsv,
    };
    let mut response = reply(
        StatusCode::OK,
        &request_id,
        "text/tab-separated-values; charset=utf-8",
        tsv.into_bytes(),
    );
    if let Ok(v) = HeaderValue::from_str("0") {
        response.headers_mut().insert("reportsInQueue", v);
    }
    response
}

/// The request headers of a report.
struct Options {
    mode: String,
    micros: bool,
    skip_title: bool,
    skip_header: bool,
    skip_summary: bool,
}

impl Options {
    fn from_headers(header: &dyn Fn(&str) -> Option<String>) -> Result<Options, String> {
        let flag = |name: &str| -> Result<bool, String> {
            match header(name).as_deref() {
                None | Some("false") => Ok(false),
                Some("true") => Ok(true),
                Some(other) => Err(format!("header {name}: `{other}` is not true or false")),
            }
        };
        let mode = header("processingMode").unwrap_or_else(|| "auto".to_owned());
        if !["auto", "online", "offline"].contains(&mode.as_str()) {
            return Err(format!(
                "header processingMode: `{mode}` is not auto, online or offline"
            ));
        }
        Ok(Options {
            mode,
            micros: flag("returnMoneyInMicros")?,
            skip_title: flag("skipReportHeader")?,
            skip_header: flag("skipColumnHeader")?,
            skip_summary: flag("skipReportSummary")?,
        })
    }
}

/// What the fake server reads of a definition.
struct Definition {
    name: String,
    report_type: String,
    fields: Vec<String>,
    goals: Vec<String>,
    models: Vec<String>,
    dates: Vec<(i32, u32, u32)>,
}

/// The fake server's today: 2024-06-30.
const TODAY: (i32, u32, u32) = (2024, 6, 30);

impl Definition {
    fn parse(params: &Value) -> Result<Definition, String> {
        let text = |key: &str| {
            params
                .get(key)
                .and_then(Value::as_str)
                .map(str::to_owned)
                .ok_or_else(|| format!("params.{key} is missing or not a string"))
        };
        let strings = |key: &str| -> Result<Vec<String>, String> {
            match params.get(key) {
                None => Ok(Vec::new()),
                Some(Value::Array(items)) => items
                    .iter()
                    .enumerate()
                    .map(|(i, v)| {
                        v.as_str()
                            .map(str::to_owned)
                            .ok_or_else(|| format!("params.{key}[{i}] is not a string"))
                    })
                    .collect(),
                Some(_) => Err(format!("params.{key} is not an array")),
            }
        };
        let name = text("ReportName")?;
        let report_type = text("ReportType")?;
        let range = text("DateRangeType")?;
        let fields = strings("FieldNames")?;
        if fields.is_empty() {
            return Err("params.FieldNames is empty".into());
        }
        let rt = ReportType::from_wire(&report_type);
        for (i, field) in fields.iter().enumerate() {
            if Field::from_wire(field).allowed_in(&rt, FieldPlace::FieldNames) == Some(false) {
                return Err(format!(
                    "params.FieldNames[{i}]: field {field} is not allowed in a {report_type} report"
                ));
            }
        }
        let criteria = params.get("SelectionCriteria");
        let date = |key: &str| -> Result<Option<(i32, u32, u32)>, String> {
            match criteria.and_then(|c| c.get(key)).and_then(Value::as_str) {
                None => Ok(None),
                Some(text) => parse_date(text).map(Some).ok_or_else(|| {
                    format!("params.SelectionCriteria.{key}: `{text}` is not a date")
                }),
            }
        };
        let days = match range.as_str() {
            "CUSTOM_DATE" => {
                let (Some(from), Some(to)) = (date("DateFrom")?, date("DateTo")?) else {
                    return Err("CUSTOM_DATE needs DateFrom and DateTo".into());
                };
                let (from, to) = (day_number(from), day_number(to));
                if to < from || to - from > 3660 {
                    return Err("DateTo is before DateFrom, or the period is too long".into());
                }
                (from..=to).map(from_day_number).collect()
            }
            other => {
                let (back, length) = match other {
                    "TODAY" => (0, 1),
                    "YESTERDAY" => (1, 1),
                    "LAST_3_DAYS" => (1, 3),
                    "LAST_5_DAYS" => (1, 5),
                    "LAST_14_DAYS" => (1, 14),
                    "LAST_30_DAYS" => (1, 30),
                    "LAST_90_DAYS" => (1, 90),
                    _ => (1, 7),
                };
                let end = day_number(TODAY) - back;
                (end - length + 1..=end).map(from_day_number).collect()
            }
        };
        Ok(Definition {
            name,
            report_type,
            fields,
            goals: strings("Goals")?,
            models: strings("AttributionModels")?,
            dates: days,
        })
    }

    /// The columns: goal fields expanded per goal and model.
    fn columns(&self) -> Vec<(String, String)> {
        let models = if self.models.is_empty() {
            vec!["LC".to_owned()]
        } else {
            self.models.clone()
        };
        let mut columns = Vec::new();
        for field in &self.fields {
            if self.goals.is_empty() || !PER_GOAL_FIELDS.contains(&field.as_str()) {
                columns.push((field.clone(), field.clone()));
                continue;
            }
            for goal in &self.goals {
                for model in &models {
                    columns.push((format!("{field}_{goal}_{model}"), field.clone()));
                }
            }
        }
        columns
    }
}

fn parse_date(text: &str) -> Option<(i32, u32, u32)> {
    let mut parts = text.splitn(3, '-');
    let y = parts.next()?.parse().ok()?;
    let m = parts.next()?.parse().ok()?;
    let d = parts.next()?.parse().ok()?;
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y, m, d))
}

/// Days since 1970-01-01 (civil calendar).
fn day_number((y, m, d): (i32, u32, u32)) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn from_day_number(z: i64) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
    (y, m, d)
}

/// A deterministic number from a row's key and a salt (FNV-1a).
fn figure(key: &str, salt: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in key.bytes().chain([0]).chain(salt.bytes()) {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// The figures of one object on one day.
struct Day {
    impressions: i64,
    clicks: i64,
    cost_micros: i64,
}

fn day_figures(object: &str, date: &str) -> Day {
    let key = format!("{object}/{date}");
    let impressions = (figure(&key, "impressions") % 900 + 100) as i64;
    let clicks = (figure(&key, "clicks") % (impressions as u64 / 10 + 1)) as i64;
    // Whole cents, as the API's figures in currency units have two decimals.
    let cpc_cents = (figure(&key, "cpc") % 90 + 10) as i64;
    Day {
        impressions,
        clicks,
        cost_micros: clicks * cpc_cents * 10_000,
    }
}

fn id_of(obj: &Obj) -> i64 {
    obj.fields
        .get("Id")
        .and_then(Value::as_i64)
        .unwrap_or_default()
}

fn name_of(obj: &Obj) -> String {
    obj.fields
        .get("Name")
        .or_else(|| obj.fields.get("Keyword"))
        .and_then(Value::as_str)
        .unwrap_or("--")
        .to_owned()
}

/// The TSV of a report from the login's store.
fn build_tsv(definition: &Definition, options: &Options, store: &crate::store::Store) -> String {
    let kind = match definition.report_type.as_str() {
        "ADGROUP_PERFORMANCE_REPORT" => Kind::AdGroup,
        "AD_PERFORMANCE_REPORT" => Kind::Ad,
        "CRITERIA_PERFORMANCE_REPORT" | "SEARCH_QUERY_PERFORMANCE_REPORT" => Kind::Keyword,
        _ => Kind::Campaign,
    };
    let campaigns: HashMap<i64, String> = store
        .list(Kind::Campaign)
        .into_iter()
        .map(|c| (id_of(c), name_of(c)))
        .collect();
    let objects = store.list(kind);
    let columns = definition.columns();
    let per_day = definition.fields.iter().any(|f| f == "Date");
    let dates: Vec<String> = definition
        .dates
        .iter()
        .map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
        .collect();
    let mut out = String::new();
    if !options.skip_title {
        let (first, last) = (
            dates.first().cloned().unwrap_or_default(),
            dates.last().cloned().unwrap_or_default(),
        );
        let _ = writeln!(out, "\"{} ({first} - {last})\"", definition.name);
    }
    if !options.skip_header {
        let names: Vec<&str> = columns.iter().map(|(c, _)| c.as_str()).collect();
        let _ = writeln!(out, "{}", names.join("\t"));
    }
    let periods: Vec<Vec<&String>> = if per_day {
        dates.iter().map(|d| vec![d]).collect()
    } else {
        vec![dates.iter().collect()]
    };
    let money = |micros: i64| {
        if options.micros {
            micros.to_string()
        } else {
            format!(
                "{}.{:02}",
                micros / 1_000_000,
                (micros % 1_000_000) / 10_000
            )
        }
    };
    let mut rows = 0u64;
    for obj in &objects {
        let id = id_of(obj);
        let object = format!("{kind:?}-{id}");
        for period in &periods {
            let days: Vec<Day> = period.iter().map(|d| day_figures(&object, d)).collect();
            let impressions: i64 = days.iter().map(|d| d.impressions).sum();
            let clicks: i64 = days.iter().map(|d| d.clicks).sum();
            let cost: i64 = days.iter().map(|d| d.cost_micros).sum();
            let mut cells = Vec::with_capacity(columns.len());
            for (column, field) in &columns {
                let cell = match field.as_str() {
                    "Date" => period.first().map(|d| d.to_string()).unwrap_or_default(),
                    "CampaignId" => obj.campaign_id.unwrap_or(id).to_string(),
                    "CampaignName" => campaigns
                        .get(&obj.campaign_id.unwrap_or(id))
                        .cloned()
                        .unwrap_or_else(|| "--".into()),
                    "AdGroupId" => obj
                        .ad_group_id
                        .map_or_else(|| id.to_string(), |g| g.to_string()),
                    "AdId" | "CriterionId" | "CriteriaId" => id.to_string(),
                    "AdGroupName" | "Criterion" | "Criteria" | "Keyword" => name_of(obj),
                    "Impressions" => impressions.to_string(),
                    "Clicks" => clicks.to_string(),
                    "Cost" => money(cost),
                    "AvgCpc" if clicks == 0 => "--".into(),
                    // Rounded down to whole cents, as the figures in units have two decimals.
                    "AvgCpc" => money(cost / clicks / 10_000 * 10_000),
                    "Ctr" if impressions == 0 => "--".into(),
                    "Ctr" => {
                        let basis = clicks * 10_000 / impressions;
                        format!("{}.{:02}", basis / 100, basis % 100)
                    }
                    "AdNetworkType" => "SEARCH".into(),
                    "Device" => "DESKTOP".into(),
                    _ => {
                        let salt = column.as_str();
                        let n = figure(&object, salt) % 1000;
                        match ReportsSchema::field_type(field) {
                            Some(ReportFieldType::Integer) => n.to_string(),
                            Some(ReportFieldType::Money) => money(n as i64 * 10_000),
                            Some(ReportFieldType::Decimal) | Some(ReportFieldType::Percent) => {
                                format!("{}.{:02}", n / 100, n % 100)
                            }
                            Some(ReportFieldType::Date) => {
                                period.first().map(|d| d.to_string()).unwrap_or_default()
                            }
                            _ => "--".into(),
                        }
                    }
                };
                cells.push(cell);
            }
            let _ = writeln!(out, "{}", cells.join("\t"));
            rows += 1;
        }
    }
    if !options.skip_summary {
        let _ = writeln!(out, "Total rows: {rows}");
    }
    out
}
