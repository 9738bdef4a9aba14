//! The v4 Live endpoint of the fake server: `POST /live/v4/json/`.
//!
//! Each body is decoded strictly with the typed request of its method
//! (`yandex_direct::direct_v4::find_method("live", ..).request`); a bad body gets error 71 with
//! the JSON path in `error_detail`, a wrong token 53, a retired method 509 and an unknown one 55,
//! all as top-level `{"error_code", "error_str", "error_detail"}` with HTTP 200, as v4 answers.
//! Served: `GetClientsUnits` (`UnitsRest` as a string, as the real server sometimes does),
//! `PingAPI`, `GetVersion`, `GetAvailableVersions`, the Wordstat and Forecast job lifecycle (a job
//! is `Done` after [`FakeConfig::v4_polls_until_done`] polls of its list; at most
//! [`FakeConfig::v4_job_slots`] jobs of a kind, error 56 beyond), and `CreateInvoice`, which
//! checks `finance_token` and a growing `operation_num` (error 350 otherwise). Faults injected
//! with `Fault::on("live", "<Method>")` apply here.

use std::sync::Arc;

use crate::recorded_headers;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use super::{Answer, FakeConfig, RecordedRequest, Shared};

/// Methods v4 Live no longer serves (answered with 509).
const RETIRED: &[&str] = &[
    "GetBalance",
    "GetCampaignsList",
    "GetBanners",
    "CreateOrUpdateCampaign",
    "CreateOrUpdateBanners",
    "GetSummaryStat",
    "GetBannerPhrases",
];

/// The Wordstat and Forecast jobs of the server.
#[derive(Debug, Default)]
pub(super) struct Jobs {
    next_id: i32,
    wordstat: Vec<Job>,
    forecast: Vec<Job>,
    /// The last operation number of each finance login.
    operations: std::collections::HashMap<String, i64>,
    /// Ids of jobs deleted so far, in order.
    deleted: Vec<(String, i32)>,
}

#[derive(Debug, Clone)]
struct Job {
    id: i32,
    polls: u32,
    phrases: Vec<String>,
}

fn v4_error(code: i64, detail: &str) -> Vec<u8> {
    json!({
        "error_code": code,
        "error_str": v4_message(code),
        "error_detail": detail,
    })
    .to_string()
    .into_bytes()
}

fn v4_message(code: i64) -> &'static str {
    match code {
        52 => "Authorization server temporarily unavailable",
        53 => "Authorization error",
        55 => "Method not found",
        56 => "Limit of offline reports exceeded",
        71 => "Invalid parameter",
        73 => "Forecast report does not exist",
        91 => "Wordstat report does not exist",
        350 => "Invalid financial transaction token",
        500 => "Internal server error",
        503 | 504 => "Service temporarily unavailable",
        509 => "Method is no longer supported",
        _ => "Error",
    }
}

fn data(value: Value) -> Vec<u8> {
    json!({ "data": value }).to_string().into_bytes()
}

/// The hex SHA-256 the client must send as `finance_token`.
pub fn expected_finance_token(master: &str, operation: i64, method: &str, login: &str) -> String {
    Sha256::digest(format!("{master}{operation}{method}{login}").as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

pub(super) async fn handle_v4(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    body: Bytes,
) -> Answer {
    let parsed = serde_json::from_slice::<Value>(&body).ok();
    let field = |name: &str| parsed.as_ref().and_then(|v| v.get(name)).cloned();
    let method_name = field("method").and_then(|v| v.as_str().map(str::to_owned));
    let login = shared.config.default_login.clone();
    let request_id = {
        let mut inner = shared.lock();
        inner.next_request_id += 1;
        let id = format!(
            "{:019}",
            7_000_000_000_000_000_000u64 + inner.next_request_id
        );
        inner.requests.push(RecordedRequest {
            service: "live".to_owned(),
            method: method_name.clone(),
            login: login.clone(),
            headers: recorded_headers(&headers),
            body: body.to_vec(),
        });
        id
    };
    let answer = |body: Vec<u8>| Answer {
        status: StatusCode::OK,
        body,
        request_id: request_id.clone(),
        units: None,
        login: login.clone(),
    };
    let fail = |code: i64, detail: &str| answer(v4_error(code, detail));

    // The token, in the body.
    let token = field("token").and_then(|v| v.as_str().map(str::to_owned));
    let token_ok = match (&token, &shared.config.tokens) {
        (Some(t), _) if t.is_empty() => false,
        (None, _) => false,
        (Some(_), None) => true,
        (Some(t), Some(valid)) => valid.contains(t),
    };
    if !token_ok {
        return fail(53, "Invalid OAuth token");
    }

    let Some(method) = method_name else {
        return fail(71, "the body is not a JSON object with a `method`");
    };
    let Some(entry) = yandex_direct::direct_v4::find_method("live", &method) else {
        if RETIRED.contains(&method.as_str()) {
            return fail(509, &format!("`{method}` is no longer served by v4 Live"));
        }
        return fail(55, &format!("unknown method `{method}`"));
    };
    let checked = match (entry.request)(&body) {
        Ok(checked) => checked,
        Err(e) => {
            let path = if e.path.is_empty() {
                "."
            } else {
                e.path.as_str()
            };
            return fail(71, &format!("at {path}: {}", e.message));
        }
    };

    // Faults.
    let fault = super::take_fault(&shared, "live", &method);
    let injected = |code| fail(code, "injected by the fake server");
    if let Some(answer) =
        super::fault_before_call(fault.as_ref(), &request_id, &login, injected).await
    {
        return answer;
    }

    let param = checked.get("param").cloned().unwrap_or(Value::Null);
    let result = {
        let mut inner = shared.lock();
        execute(
            &shared.config,
            &mut inner.v4_jobs,
            &method,
            &param,
            &checked,
        )
    };
    let mut body = match result {
        Ok(value) => data(value),
        Err((code, detail)) => v4_error(code, &detail),
    };
    super::fault_after_call(fault.as_ref(), &mut body);
    answer(body)
}

fn job_id(param: &Value) -> Result<i32, (i64, String)> {
    param
        .as_i64()
        .or_else(|| param.as_str().and_then(|s| s.trim().parse().ok()))
        .and_then(|id| i32::try_from(id).ok())
        .ok_or_else(|| (71, "the param must be a report id".to_owned()))
}

fn strings(value: Option<&Value>) -> Vec<String> {
    value
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

fn execute(
    config: &FakeConfig,
    jobs: &mut Jobs,
    method: &str,
    param: &Value,
    envelope: &Value,
) -> Result<Value, (i64, String)> {
    let status = |job: &Job| {
        if job.polls >= config.v4_polls_until_done {
            "Done"
        } else {
            "Pending"
        }
    };
    match method {
        "PingAPI" => Ok(json!(1)),
        "GetVersion" => Ok(json!(4)),
        "GetAvailableVersions" => Ok(json!([{"VersionNumber": 4}, {"VersionNumber": 104}])),
        "GetClientsUnits" => Ok(Value::Array(
            strings(Some(param))
                .into_iter()
                // The real server sends some numbers as strings; so does this one.
                .map(|login| json!({"Login": login, "UnitsRest": config.daily_units.to_string()}))
                .collect(),
        )),
        "CreateNewWordstatReport" | "CreateNewForecast" => {
            let wordstat = method == "CreateNewWordstatReport";
            let list = if wordstat {
                &jobs.wordstat
            } else {
                &jobs.forecast
            };
            if list.len() >= config.v4_job_slots {
                return Err((
                    56,
                    format!("at most {} reports may exist at once", config.v4_job_slots),
                ));
            }
            jobs.next_id += 1;
            let job = Job {
                id: jobs.next_id,
                polls: 0,
                phrases: strings(param.get("Phrases")),
            };
            if wordstat {
                jobs.wordstat.push(job);
            } else {
                jobs.forecast.push(job);
            }
            Ok(json!(jobs.next_id))
        }
        "GetWordstatReportList" => {
            for job in &mut jobs.wordstat {
                job.polls += 1;
            }
            Ok(Value::Array(
                jobs.wordstat
                    .iter()
                    .map(|j| json!({"ReportID": j.id, "StatusReport": status(j)}))
                    .collect(),
            ))
        }
        "GetForecastList" => {
            for job in &mut jobs.forecast {
                job.polls += 1;
            }
            Ok(Value::Array(
                jobs.forecast
                    .iter()
                    .map(|j| json!({"ForecastID": j.id, "StatusForecast": status(j)}))
                    .collect(),
            ))
        }
        "GetWordstatReport" => {
            let id = job_id(param)?;
            let job = jobs
                .wordstat
                .iter()
                .find(|j| j.id == id)
                .ok_or((91, format!("no Wordstat report {id}")))?;
            if status(job) != "Done" {
                return Err((71, format!("Wordstat report {id} is not ready")));
            }
            Ok(Value::Array(
                job.phrases
                    .iter()
                    .map(|p| {
                        json!({
                            "Phrase": p,
                            "GeoID": [0],
                            "SearchedWith": [{"Phrase": p, "Shows": 1000}, {"Phrase": format!("{p} buy"), "Shows": "120"}],
                            "SearchedAlso": [],
                        })
                    })
                    .collect(),
            ))
        }
        "GetForecast" => {
            let id = job_id(param)?;
            let job = jobs
                .forecast
                .iter()
                .find(|j| j.id == id)
                .ok_or((73, format!("no forecast {id}")))?;
            if status(job) != "Done" {
                return Err((71, format!("forecast {id} is not ready")));
            }
            Ok(json!({
                "Phrases": job.phrases.iter().map(|p| json!({"Phrase": p, "Shows": 500, "Clicks": 20, "Min": 1.5, "Max": "3.25"})).collect::<Vec<_>>(),
                "Common": {"Geo": "0", "Shows": 500, "Clicks": 20},
            }))
        }
        "DeleteWordstatReport" | "DeleteForecastReport" => {
            let id = job_id(param)?;
            let (list, code, kind) = if method == "DeleteWordstatReport" {
                (&mut jobs.wordstat, 91, "wordstat")
            } else {
                (&mut jobs.forecast, 73, "forecast")
            };
            let before = list.len();
            list.retain(|j| j.id != id);
            if list.len() == before {
                return Err((code, format!("no report {id}")));
            }
            jobs.deleted.push((kind.to_owned(), id));
            Ok(json!(1))
        }
        "CreateInvoice" => {
            let operation = envelope.get("operation_num").and_then(Value::as_i64);
            let token = envelope.get("finance_token").and_then(Value::as_str);
            let (Some(operation), Some(token)) = (operation, token) else {
                return Err((
                    350,
                    "finance_token and operation_num are required".to_owned(),
                ));
            };
            let login = &config.finance_login;
            let expected =
                expected_finance_token(&config.finance_master_token, operation, method, login);
            if token != expected {
                return Err((350, "the finance token does not match".to_owned()));
            }
            let last = jobs.operations.get(login).copied();
            if last.is_some_and(|last| operation <= last) {
                return Err((
                    350,
                    format!(
                        "operation_num {operation} is not greater than the last one ({})",
                        last.unwrap_or_default()
                    ),
                ));
            }
            jobs.operations.insert(login.clone(), operation);
            Ok(json!(format!(
                "https://direct.yandex.ru/invoice/{operation}"
            )))
        }
        other => Err((
            509,
            format!("`{other}` is not implemented by the fake server"),
        )),
    }
}

impl super::FakeServer {
    /// The Wordstat (`"wordstat"`) and Forecast (`"forecast"`) jobs deleted so far, in order.
    pub fn v4_deleted_jobs(&self) -> Vec<(String, i32)> {
        self.shared.lock().v4_jobs.deleted.clone()
    }

    /// How many Wordstat and Forecast jobs exist now.
    pub fn v4_job_count(&self) -> (usize, usize) {
        let inner = self.shared.lock();
        (inner.v4_jobs.wordstat.len(), inner.v4_jobs.forecast.len())
    }

    /// The last operation number accepted for the finance login.
    pub fn v4_last_operation(&self) -> Option<i64> {
        let inner = self.shared.lock();
        inner
            .v4_jobs
            .operations
            .get(&self.shared.config.finance_login)
            .copied()
    }
}
