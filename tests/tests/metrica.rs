//! The Metrica transport and the governor's Metrica profile against the fake Metrica
//! Reporting API on 127.0.0.1: the OAuth header, typed errors, the server's limits waited out
//! or failed, 503s retried, 3 requests in flight at most, the daily bucket, paging, and
//! `ym:ad:` rows naming the fake Direct store's campaigns.

use std::time::{Duration, Instant, UNIX_EPOCH};

use serde_json::{json, Value};
use yandex_direct_fake_server::metrica::{
    Campaigns, FakeMetrica, MetricaConfig, MetricaFault, TEST_METRICA_TOKEN,
};
use yandex_direct_fake_server::{FakeConfig, FakeServer, Kind};
use yandex_direct_runtime::governor::{metrica_buckets, Governor, Profile, QuotaKey};
use yandex_direct_runtime::metrica::{MetricaApiError, MetricaCall, MetricaClient};
use yandex_direct_runtime::{Error, RetryPolicy};

const COUNTER: &str = "44147844";

async fn fake(config: MetricaConfig) -> FakeMetrica {
    FakeMetrica::start(config)
        .await
        .expect("the fake Metrica server starts")
}

fn client_with(server: &FakeMetrica, token: &str, governor: Governor) -> MetricaClient {
    MetricaClient::builder(token)
        .base_url(server.base_url())
        .governor(governor)
        .retry_policy(
            RetryPolicy::default()
                .with_max_attempts(4)
                .with_backoff(Duration::from_millis(1), Duration::from_millis(5)),
        )
        .build()
        .expect("client")
}

fn client(server: &FakeMetrica) -> MetricaClient {
    client_with(server, TEST_METRICA_TOKEN, Governor::new())
}

/// A `data` call of the week up to 2026-12-06 with `metrics` and `dimensions`.
fn data(metrics: &str, dimensions: &str) -> MetricaCall {
    MetricaCall::data()
        .param("ids", COUNTER)
        .param("metrics", metrics)
        .param("dimensions", dimensions)
        .param("date1", "2026-11-30")
        .param("date2", "2026-12-06")
}

fn metrica_error(error: &Error) -> &MetricaApiError {
    match error {
        Error::Metrica(e) => e,
        other => panic!("not a Metrica API error: {other}"),
    }
}

#[tokio::test]
async fn the_token_goes_in_the_oauth_header_and_the_answer_has_the_documented_shape() {
    let server = fake(MetricaConfig::default()).await;
    let answer = client(&server)
        .get::<Value>(data("ym:ad:visits,ym:ad:RUBAdCost", "ym:ad:directOrder"))
        .await
        .expect("an answer");
    assert_eq!(answer.attempts, 1);
    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].path, "/stat/v1/data");
    assert_eq!(
        requests[0].authorization.as_deref(),
        Some("OAuth fake-metrica-token")
    );
    assert!(requests[0]
        .query
        .contains(&("dimensions".to_owned(), "ym:ad:directOrder".to_owned())));
    for field in [
        "query",
        "data",
        "total_rows",
        "total_rows_rounded",
        "sampled",
        "sample_share",
        "totals",
        "min",
        "max",
        "data_lag",
        "contains_sensitive_data",
    ] {
        assert!(
            answer.get(field).is_some(),
            "no `{field}` in {}",
            answer.result
        );
    }
    assert_eq!(answer["total_rows"], json!(3));
    assert_eq!(answer["query"]["ids"], json!([44147844]));
    let row = &answer["data"][0];
    assert_eq!(row["dimensions"][0]["id"], json!("70000001"));
    assert_eq!(row["metrics"].as_array().map(Vec::len), Some(2));

    // The raw body is the same JSON.
    let raw = client(&server)
        .get_raw(data("ym:ad:visits,ym:ad:RUBAdCost", "ym:ad:directOrder"))
        .await
        .expect("an answer");
    let reparsed: Value = serde_json::from_slice(&raw.result).expect("JSON");
    assert_eq!(reparsed["data"], answer["data"]);
}

#[tokio::test]
async fn api_errors_are_typed_and_not_retried() {
    let server = fake(MetricaConfig {
        forbidden_counters: vec!["1".to_owned()],
        ..MetricaConfig::default()
    })
    .await;
    let client = client(&server);
    let metrics: Vec<String> = (1..=21).map(|n| format!("ym:s:goal{n}reaches")).collect();
    let error = client
        .get::<Value>(data(&metrics.join(","), ""))
        .await
        .expect_err("too many metrics");
    let api = metrica_error(&error);
    assert_eq!((api.http_status, api.code), (400, 400));
    assert_eq!(api.error_type(), Some("invalid_parameter"));
    assert_eq!(
        api.message,
        "Exceeded number of metrics in request, value: 21, limit: 20, error code: 4015"
    );
    assert_eq!(server.requests_received(), 1, "a 400 is not sent again");

    let unknown = client
        .get::<Value>(data("ym:s:vists", ""))
        .await
        .expect_err("unknown metric");
    assert_eq!(
        metrica_error(&unknown).error_type(),
        Some("invalid_parameter")
    );
    assert!(metrica_error(&unknown).message.contains("ym:s:vists"));

    let bad_date = client
        .get::<Value>(
            MetricaCall::data()
                .param("ids", COUNTER)
                .param("metrics", "ym:s:visits")
                .param("date1", "2026-13-01"),
        )
        .await
        .expect_err("bad date");
    let api = metrica_error(&bad_date);
    assert_eq!(api.error_type(), Some("invalid_parameter"));
    assert_eq!(api.errors[0].location.as_deref(), Some("date1"));

    let no_ids = client
        .get::<Value>(MetricaCall::data().param("metrics", "ym:s:visits"))
        .await
        .expect_err("no ids");
    assert_eq!(
        metrica_error(&no_ids).error_type(),
        Some("missing_parameter")
    );

    let mixed = client
        .get::<Value>(data("ym:s:visits", "ym:ad:directOrder"))
        .await
        .expect_err("ym:s with ym:ad");
    assert_eq!(
        metrica_error(&mixed).error_type(),
        Some("invalid_parameter")
    );

    let denied = client
        .get::<Value>(
            MetricaCall::data()
                .param("ids", "1")
                .param("metrics", "ym:s:visits"),
        )
        .await
        .expect_err("a forbidden counter");
    assert_eq!(metrica_error(&denied).http_status, 403);
    assert_eq!(metrica_error(&denied).error_type(), Some("access_denied"));

    let sent = server.requests_received();
    let wrong_token = client_with(&server, "not-a-token", Governor::new())
        .get::<Value>(data("ym:s:visits", ""))
        .await
        .expect_err("a token the server does not know");
    let api = metrica_error(&wrong_token);
    assert_eq!(
        (api.http_status, api.error_type()),
        (403, Some("invalid_token"))
    );
    assert_eq!(server.requests_received(), sent + 1);

    // Without the header at all: 401 in the API's body.
    let answer = reqwest::get(format!(
        "{}/stat/v1/data?ids=1&metrics=ym:s:visits",
        server.base_url()
    ))
    .await
    .expect("an answer");
    assert_eq!(answer.status().as_u16(), 401);
    let body = answer.bytes().await.expect("a body");
    let unauthorized = MetricaApiError::from_body(401, &body).expect("the API's error body");
    assert_eq!(unauthorized.error_type(), Some("unauthorized"));
}

#[tokio::test]
async fn a_body_that_is_not_json_still_gives_a_clear_error() {
    let server = fake(MetricaConfig::default()).await;
    server.inject(MetricaFault::not_json(502, 10));
    let error = client(&server)
        .get::<Value>(data("ym:s:visits", ""))
        .await
        .expect_err("a proxy's page");
    assert_eq!(error.http_status(), Some(502));
    let shown = error.to_string();
    assert!(
        shown.contains("HTTP 502") && shown.contains("Bad gateway"),
        "{shown}"
    );
    // A 502 is temporary: every attempt of the policy was made.
    assert_eq!(server.requests_received(), 4);
}

#[tokio::test]
async fn the_parallel_limit_of_the_server_is_waited_out_and_retried() {
    let server = fake(MetricaConfig::default()).await;
    server.inject(MetricaFault::quota("quota_parallel_requests", 1));
    let started = Instant::now();
    let answer = client(&server)
        .get::<Value>(data("ym:s:visits", ""))
        .await
        .expect("sent again after a second");
    assert_eq!(answer.attempts, 2);
    assert_eq!((server.requests_received(), server.answered_429()), (2, 1));
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "the limit refills in a second"
    );
}

#[tokio::test]
async fn the_daily_quota_fails_at_once_and_stays_spent_until_midnight() {
    let server = fake(MetricaConfig::default()).await;
    server.inject(MetricaFault::quota("quota_requests_by_uid", 1));
    let client = client(&server);
    let error = client
        .get::<Value>(data("ym:s:visits", ""))
        .await
        .expect_err("the daily quota is spent");
    let api = metrica_error(&error);
    assert_eq!(api.exhausted_quota(), Some("quota_requests_by_uid"));
    assert!(!error.is_temporary());
    assert!(error.to_string().contains("quota_requests_by_uid"));
    assert_eq!(server.requests_received(), 1, "not retried");

    // The governor now knows: the next call is refused before sending.
    let local = client
        .get::<Value>(data("ym:s:visits", ""))
        .await
        .expect_err("refused locally");
    let Error::Quota(quota) = &local else {
        panic!("not a quota stop: {local}");
    };
    assert_eq!(quota.bucket, metrica_buckets::REQUESTS_PER_DAY);
    assert_eq!(server.requests_received(), 1);
}

#[tokio::test]
async fn backend_errors_are_retried_with_backoff() {
    let server = fake(MetricaConfig::default()).await;
    server.inject(MetricaFault::backend_error(2));
    let answer = client(&server)
        .get::<Value>(data("ym:s:visits", ""))
        .await
        .expect("the third attempt succeeds");
    assert_eq!(answer.attempts, 3);
    assert_eq!(server.answered_server_errors(), 2);
    assert!(answer["total_rows"].as_u64().is_some());

    server.inject(MetricaFault::backend_error(10));
    let error = client(&server)
        .get::<Value>(data("ym:s:visits", ""))
        .await
        .expect_err("the policy's attempts run out");
    assert_eq!(metrica_error(&error).error_type(), Some("backend_error"));
    assert_eq!(server.requests_received(), 3 + 4);
}

#[tokio::test]
async fn ten_calls_at_once_keep_to_three_in_flight_and_meet_no_429() {
    let server = fake(MetricaConfig {
        answer_delay: Duration::from_millis(150),
        ..MetricaConfig::default()
    })
    .await;
    let client = client(&server);
    let calls = (0..10).map(|_| {
        let client = client.clone();
        async move { client.get::<Value>(data("ym:s:visits", "ym:s:date")).await }
    });
    let answers = futures_util::future::join_all(calls).await;
    assert!(answers.iter().all(Result::is_ok), "{answers:?}");
    assert!(answers
        .iter()
        .all(|a| a.as_ref().is_ok_and(|a| a.attempts == 1)));
    assert_eq!(server.requests_received(), 10);
    assert_eq!(server.max_in_flight(), 3);
    assert_eq!(server.answered_429(), 0);
}

#[tokio::test]
async fn the_daily_bucket_refuses_before_sending() {
    let server = fake(MetricaConfig::default()).await;
    let governor = Governor::builder()
        .profile(
            QuotaKey::METRICA,
            Profile::metrica().with_limit(metrica_buckets::REQUESTS_PER_DAY, Some(2)),
        )
        .build();
    let client = client_with(&server, TEST_METRICA_TOKEN, governor.clone());
    for _ in 0..2 {
        client
            .get::<Value>(data("ym:s:visits", ""))
            .await
            .expect("within the day's requests");
    }
    let error = client
        .get::<Value>(data("ym:s:visits", ""))
        .await
        .expect_err("the day's requests are spent");
    let Error::Quota(quota) = &error else {
        panic!("not a quota stop: {error}");
    };
    assert_eq!(quota.bucket, metrica_buckets::REQUESTS_PER_DAY);
    assert_eq!(&quota.key, client.quota_key());
    assert!(!quota.key.scope().contains(TEST_METRICA_TOKEN));
    let refill = quota
        .refills_at
        .and_then(|at| at.duration_since(UNIX_EPOCH).ok())
        .expect("a refill time");
    assert_eq!(refill.as_secs() % 86_400, 0, "refilled at midnight UTC");
    assert_eq!(server.requests_received(), 2, "nothing sent");
    // The IP's bucket counted every request sent, whatever the token.
    let ip = governor.buckets(&QuotaKey::metrica_ip());
    assert_eq!(ip[0].bucket, metrica_buckets::REQUESTS_PER_SECOND_PER_IP);
}

#[tokio::test]
async fn pages_add_up_to_total_rows() {
    let server = fake(MetricaConfig::default()).await;
    let client = client(&server);
    let call = || data("ym:ad:visits,ym:ad:clicks", "ym:ad:directOrder,ym:ad:date");
    let whole = client
        .get::<Value>(call().param("limit", "1000"))
        .await
        .expect("the whole table");
    let total_rows = whole["total_rows"].as_u64().expect("total_rows");
    assert_eq!(total_rows, 3 * 7);
    let mut rows = Vec::new();
    let mut offset = 1;
    loop {
        let page = client
            .get::<Value>(
                call()
                    .param("limit", "5")
                    .param("offset", offset.to_string()),
            )
            .await
            .expect("a page");
        assert_eq!(page["total_rows"].as_u64(), Some(total_rows));
        let data = page["data"].as_array().cloned().unwrap_or_default();
        if data.is_empty() {
            break;
        }
        assert!(data.len() <= 5);
        offset += data.len();
        rows.extend(data);
    }
    assert_eq!(rows.len() as u64, total_rows);
    assert_eq!(Value::Array(rows.clone()), whole["data"]);
    let visits: f64 = rows.iter().filter_map(|r| r["metrics"][0].as_f64()).sum();
    assert_eq!(Some(visits), whole["totals"][0].as_f64());
    let offset_zero = client
        .get::<Value>(call().param("offset", "0"))
        .await
        .expect_err("offset is 1-based");
    assert_eq!(
        metrica_error(&offset_zero).errors[0].location.as_deref(),
        Some("offset")
    );
}

#[tokio::test]
async fn ym_ad_rows_name_the_campaigns_of_the_direct_store() {
    let direct = FakeServer::start(FakeConfig::default())
        .await
        .expect("the fake Direct server starts");
    let login = FakeConfig::default().default_login;
    let ids: Vec<i64> = direct.with_store(&login, |store| {
        ["Shoes", "Boots"]
            .iter()
            .map(|name| {
                store
                    .insert(Kind::Campaign, None, json!({"Name": name}))
                    .expect("a campaign")
            })
            .collect()
    });
    let server = fake(MetricaConfig {
        campaigns: direct.metrica_campaigns(&login),
        ..MetricaConfig::default()
    })
    .await;
    let answer = client(&server)
        .get::<Value>(data(
            "ym:ad:visits,ym:ad:goal7reaches,ym:ad:goal7revenue",
            "ym:ad:lastsignDirectOrder",
        ))
        .await
        .expect("an answer");
    let named: Vec<(String, String)> = answer["data"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|row| {
            let d = &row["dimensions"][0];
            (
                d["id"].as_str().unwrap_or_default().to_owned(),
                d["name"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        named,
        vec![
            (ids[0].to_string(), "Shoes".to_owned()),
            (ids[1].to_string(), "Boots".to_owned())
        ]
    );
    // Deterministic: the same query answers the same numbers.
    let again = client(&server)
        .get::<Value>(data(
            "ym:ad:visits,ym:ad:goal7reaches,ym:ad:goal7revenue",
            "ym:ad:lastsignDirectOrder",
        ))
        .await
        .expect("an answer");
    assert_eq!(again["data"], answer["data"]);
    // A campaign added later shows at the next request.
    direct.with_store(&login, |store| {
        store.insert(Kind::Campaign, None, json!({"Name": "Hats"}))
    });
    let later = client(&server)
        .get::<Value>(data("ym:ad:visits", "ym:ad:directOrder"))
        .await
        .expect("an answer");
    assert_eq!(later["total_rows"], json!(3));
}

#[tokio::test]
async fn bytime_drilldown_and_comparison_answer_in_their_shapes() {
    let server = fake(MetricaConfig {
        campaigns: Campaigns::fixed(vec![(11, "A".into()), (12, "B".into())]),
        ..MetricaConfig::default()
    })
    .await;
    let client = client(&server);
    let bytime = client
        .get::<Value>(
            MetricaCall::bytime()
                .param("ids", COUNTER)
                .param("metrics", "ym:ad:visits")
                .param("dimensions", "ym:ad:directOrder")
                .param("date1", "2026-11-30")
                .param("date2", "2026-12-06")
                .param("group", "day"),
        )
        .await
        .expect("bytime");
    assert_eq!(bytime["time_intervals"].as_array().map(Vec::len), Some(7));
    assert_eq!(
        bytime["time_intervals"][0],
        json!(["2026-11-30", "2026-11-30"])
    );
    assert_eq!(bytime["totals"][0].as_array().map(Vec::len), Some(7));
    assert_eq!(
        bytime["data"][0]["metrics"][0].as_array().map(Vec::len),
        Some(7)
    );

    let drill = |parent: Option<&str>| {
        let mut call = MetricaCall::drilldown()
            .param("ids", COUNTER)
            .param("metrics", "ym:ad:visits")
            .param("dimensions", "ym:ad:directOrder,ym:ad:date")
            .param("date1", "2026-11-30")
            .param("date2", "2026-12-06");
        if let Some(parent) = parent {
            call = call.param("parent_id", parent);
        }
        client.get::<Value>(call)
    };
    let top = drill(None).await.expect("the top level");
    assert_eq!(top["total_rows"], json!(2));
    assert_eq!(top["data"][0]["dimension"]["id"], json!("11"));
    assert_eq!(top["data"][0]["expand"], json!(true));
    let days = drill(Some(r#"["11"]"#)).await.expect("campaign 11's days");
    assert_eq!(days["total_rows"], json!(7));
    assert_eq!(days["data"][0]["expand"], json!(false));
    assert_eq!(days["totals"], top["data"][0]["metrics"]);

    let comparison = client
        .get::<Value>(
            MetricaCall::comparison()
                .param("ids", COUNTER)
                .param("metrics", "ym:ad:visits")
                .param("dimensions", "ym:ad:directOrder")
                .param("filters_b", "ym:ad:directOrder=='12'"),
        )
        .await
        .expect("comparison");
    let metrics = &comparison["data"][0]["metrics"];
    assert!(
        metrics["a"].is_array() && metrics["b"].is_array(),
        "{metrics}"
    );
    assert!(comparison["totals"]["a"].is_array());
}

#[tokio::test]
async fn the_servers_own_parallel_limit_answers_its_429_and_is_waited_out() {
    // Another program holds two of the token's three slots: this fake allows one.
    let server = fake(MetricaConfig {
        parallel_requests: 1,
        answer_delay: Duration::from_millis(100),
        ..MetricaConfig::default()
    })
    .await;
    let client = client(&server);
    let calls = (0..2).map(|_| {
        let client = client.clone();
        async move { client.get::<Value>(data("ym:s:visits", "")).await }
    });
    let answers = futures_util::future::join_all(calls).await;
    assert!(answers.iter().all(Result::is_ok), "{answers:?}");
    assert!(server.answered_429() >= 1);
    assert_eq!(server.requests_received(), 2 + server.answered_429());
}

// ---------------------------------------------------------------------------------------------
// Direct's costs joined to Metrica's outcomes, against both fake servers.

mod costs_and_outcomes {
    use std::collections::BTreeMap;

    use metrica_reporting::client::Typed;
    use metrica_reporting::direct_costs::{
        costs_and_outcomes, CampaignDay, CostsRequest, DirectFigures, MetricaFigures,
    };
    use metrica_reporting::{MetricaReporting, Query};
    use yandex_direct::direct_v5::reports::{DateRangeType, Field, ReportDefinition, ReportType};
    use yandex_direct::runtime::reports::{Money, ProcessingMode, ReportOptions};

    use super::*;

    const GOAL: u64 = 4242;
    const DAYS: [&str; 4] = ["2026-11-01", "2026-11-02", "2026-11-03", "2026-11-04"];
    const AGENCY_CLIENT: &str = "client-a";
    const METRICA_ONLY: (i64, &str) = (99_000_001, "Offline posters");

    fn online() -> ReportOptions {
        ReportOptions {
            processing_mode: Some(ProcessingMode::Online),
            ..ReportOptions::default()
        }
    }

    /// Both fakes: Direct's store of the agency's client has three campaigns; Metrica knows
    /// two of them (the third brought no visits) and one Direct does not report.
    struct Fakes {
        direct: FakeServer,
        metrica: FakeMetrica,
        campaigns: Vec<(i64, String)>,
        unvisited: i64,
    }

    async fn fakes() -> Fakes {
        let direct = FakeServer::start(FakeConfig::default())
            .await
            .expect("the fake Direct server starts");
        let campaigns: Vec<(i64, String)> = direct.with_store(AGENCY_CLIENT, |store| {
            ["Shoes", "Boots", "Hats"]
                .iter()
                .map(|name| {
                    let id = store
                        .insert(Kind::Campaign, None, json!({"Name": name}))
                        .expect("a campaign");
                    (id, (*name).to_owned())
                })
                .collect()
        });
        let unvisited = campaigns[2].0;
        let from_direct = direct.metrica_campaigns(AGENCY_CLIENT);
        let metrica = fake(MetricaConfig {
            campaigns: Campaigns::from_fn(move || {
                let mut list = from_direct.list();
                list.retain(|(id, _)| *id != unvisited);
                list.push((METRICA_ONLY.0, METRICA_ONLY.1.to_owned()));
                list
            }),
            ..MetricaConfig::default()
        })
        .await;
        Fakes {
            direct,
            metrica,
            campaigns,
            unvisited,
        }
    }

    fn clients(fakes: &Fakes) -> (yandex_direct::Client, MetricaReporting) {
        let direct = integration_tests::support::builder(&fakes.direct.base_url())
            .build()
            .expect("a Direct client");
        (direct, MetricaReporting::new(client(&fakes.metrica)))
    }

    fn request() -> CostsRequest {
        CostsRequest::new(
            COUNTER.parse().expect("a counter"),
            GOAL,
            DAYS[0],
            DAYS[DAYS.len() - 1],
        )
        .client_login(AGENCY_CLIENT)
        .attribution("last_yandex_direct_click")
        .page_size(1)
        .direct_options(online())
    }

    /// What each fake says per campaign and day, by plain queries of one day each: a Direct
    /// report without `Date`, a Metrica `data` query (not `bytime`).
    async fn expected(fakes: &Fakes, currency: &str) -> BTreeMap<(String, i64), CampaignDay> {
        let (direct, metrica) = clients(fakes);
        let direct = direct.with_login(AGENCY_CLIENT);
        let mut rows: BTreeMap<(String, i64), CampaignDay> = BTreeMap::new();
        fn row<'r>(
            rows: &'r mut BTreeMap<(String, i64), CampaignDay>,
            day: &str,
            id: i64,
        ) -> &'r mut CampaignDay {
            rows.entry((day.to_owned(), id))
                .or_insert_with(|| CampaignDay {
                    date: day.to_owned(),
                    campaign_id: id,
                    campaign_name: None,
                    direct: None,
                    metrica: None,
                })
        }
        for day in DAYS {
            let definition = ReportDefinition::new(
                format!("plain {day}"),
                ReportType::CampaignPerformanceReport,
                DateRangeType::CustomDate,
                [
                    Field::CampaignId,
                    Field::CampaignName,
                    Field::Impressions,
                    Field::Clicks,
                    Field::Cost,
                ],
            )
            .with_dates(day, day);
            let report = direct
                .report(&definition, &online())
                .await
                .expect("a plain report");
            for cells in &report.rows {
                let cell = |i: usize| cells[i].clone().expect("a cell");
                let id: i64 = cell(0).parse().expect("a campaign id");
                let entry = row(&mut rows, day, id);
                entry.campaign_name = Some(cell(1));
                entry.direct = Some(DirectFigures {
                    impressions: cell(2).parse().expect("impressions"),
                    clicks: cell(3).parse().expect("clicks"),
                    cost: Money::parse_units(&cell(4)).expect("a cost"),
                });
            }
            let metrics = [
                "ym:ad:visits".to_owned(),
                format!("ym:ad:goal{GOAL}reaches"),
                format!("ym:ad:goal{GOAL}converted{currency}Revenue"),
            ];
            let metrics: Vec<&str> = metrics.iter().map(String::as_str).collect();
            let query = Query::new(
                COUNTER.parse().expect("a counter"),
                &metrics,
                &["ym:ad:directOrder"],
            )
            .expect("a query")
            .dates(day, day);
            let page = metrica.query(&query).await.expect("a plain Metrica query");
            for found in page.rows() {
                let id: i64 = found.dimensions[0]
                    .id
                    .as_deref()
                    .and_then(|id| id.parse().ok())
                    .expect("a campaign id");
                let count = |i: usize| match found.metrics[i].typed() {
                    Typed::Int(n) => n,
                    // A goal metric the schema has no type for: a whole number still.
                    Typed::Number(n) if n.fract() == 0.0 => n as i64,
                    other => panic!("not a count: {other:?}"),
                };
                let figures = MetricaFigures {
                    visits: count(0),
                    goal_reaches: count(1),
                    revenue: found.metrics[2].as_f64().expect("revenue"),
                };
                let entry = row(&mut rows, day, id);
                if entry.campaign_name.is_none() {
                    entry.campaign_name = found.dimensions[0].name.clone();
                }
                entry.metrica = Some(figures);
            }
        }
        rows
    }

    #[tokio::test]
    async fn the_joined_table_is_what_each_fake_says_per_campaign_and_day() {
        let fakes = fakes().await;
        let (direct, metrica) = clients(&fakes);
        let table = costs_and_outcomes(&direct, &metrica, &request())
            .await
            .expect("the join");
        // The currency is the Direct account's (`Clients.get`).
        assert_eq!(table.currency, "RUB");
        assert_eq!(fakes.direct.count("clients", "get"), 1);
        assert_eq!(table.goal_id, GOAL);
        assert!(!table.sampled, "the fake answers every visit");

        let expected = expected(&fakes, "RUB").await;
        let joined: BTreeMap<(String, i64), CampaignDay> = table
            .rows
            .iter()
            .map(|row| ((row.date.clone(), row.campaign_id), row.clone()))
            .collect();
        assert_eq!(joined, expected);
        // In order: by day, then campaign.
        let keys: Vec<(String, i64)> = table
            .rows
            .iter()
            .map(|row| (row.date.clone(), row.campaign_id))
            .collect();
        assert!(keys.windows(2).all(|pair| pair[0] < pair[1]));
        // Every day of every campaign of either side is there: 3 Direct campaigns and the
        // Metrica-only one, 4 days.
        assert_eq!(table.rows.len(), 4 * DAYS.len());

        for row in &table.rows {
            if row.campaign_id == fakes.unvisited {
                // Spent, no visits: kept, Metrica's figures empty, no cost per goal.
                assert_eq!(row.campaign_name.as_deref(), Some("Hats"));
                assert!(row.direct.is_some() && row.metrica.is_none(), "{row:?}");
                assert_eq!(row.cost_per_goal(), None);
            } else if row.campaign_id == METRICA_ONLY.0 {
                // Visits Direct did not report: kept, named by Metrica.
                assert_eq!(row.campaign_name.as_deref(), Some(METRICA_ONLY.1));
                assert!(row.direct.is_none() && row.metrica.is_some(), "{row:?}");
                assert_eq!(row.cost_per_goal(), None);
            } else {
                let (direct, metrica) =
                    (row.direct.expect("Direct"), row.metrica.expect("Metrica"));
                let name = fakes
                    .campaigns
                    .iter()
                    .find(|(id, _)| *id == row.campaign_id);
                assert_eq!(row.campaign_name.as_ref(), name.map(|(_, name)| name));
                match metrica.goal_reaches {
                    0 => assert_eq!(row.cost_per_goal(), None),
                    reaches => {
                        let per_goal = row.cost_per_goal().expect("a cost per goal");
                        let exact = direct.cost.micros as f64 / reaches as f64;
                        assert!((per_goal.micros as f64 - exact).abs() <= 0.5, "{row:?}");
                    }
                }
            }
        }
        assert!(
            table.rows.iter().any(|row| row.cost_per_goal().is_some()),
            "some day has reaches"
        );

        // Metrica: `bytime` by day, paged one campaign a page (3 campaigns: 3 pages), with the
        // agency's login, the attribution and the currency; Direct: the agency's login.
        let bytime: Vec<_> = fakes
            .metrica
            .requests()
            .into_iter()
            .filter(|r| r.path == "/stat/v1/data/bytime")
            .collect();
        assert_eq!(bytime.len(), 3);
        for (i, sent) in bytime.iter().enumerate() {
            let param = |name: &str| {
                sent.query
                    .iter()
                    .find(|(n, _)| n == name)
                    .map(|(_, v)| v.as_str())
            };
            assert_eq!(param("group"), Some("day"));
            assert_eq!(param("offset"), Some((i + 1).to_string().as_str()));
            assert_eq!(param("direct_client_logins"), Some(AGENCY_CLIENT));
            assert_eq!(param("attribution"), Some("last_yandex_direct_click"));
            assert_eq!(param("currency"), Some("RUB"));
            assert_eq!(
                (param("date1"), param("date2")),
                (Some(DAYS[0]), Some(DAYS[3]))
            );
            assert!(param("metrics").is_some_and(|m| m.contains("convertedRUBRevenue")));
        }
        let reports: Vec<_> = fakes
            .direct
            .requests()
            .into_iter()
            .filter(|r| r.service == "reports")
            .collect();
        assert!(!reports.is_empty());
        assert!(reports
            .iter()
            .all(|r| r.header("Client-Login") == Some(AGENCY_CLIENT)));
    }

    #[tokio::test]
    async fn a_currency_given_is_asked_of_metrica_and_direct_is_not_asked() {
        let fakes = fakes().await;
        let (direct, metrica) = clients(&fakes);
        let table = costs_and_outcomes(&direct, &metrica, &request().currency("USD"))
            .await
            .expect("the join");
        assert_eq!(table.currency, "USD");
        assert_eq!(fakes.direct.count("clients", "get"), 0);
        let expected = expected(&fakes, "USD").await;
        assert_eq!(table.rows, expected.into_values().collect::<Vec<_>>());
    }

    #[tokio::test]
    async fn costs_in_micros_are_the_same_costs() {
        let fakes = fakes().await;
        let (direct, metrica) = clients(&fakes);
        let in_units = costs_and_outcomes(&direct, &metrica, &request())
            .await
            .expect("the join");
        let micros = request().direct_options(ReportOptions {
            return_money_in_micros: true,
            ..online()
        });
        let in_micros = costs_and_outcomes(&direct, &metrica, &micros)
            .await
            .expect("the join");
        assert_eq!(in_micros, in_units);
        let sent = fakes.direct.requests();
        assert!(sent
            .iter()
            .any(|r| r.header("returnMoneyInMicros") == Some("true")));
    }

    #[tokio::test]
    async fn a_bad_request_sends_nothing() {
        let fakes = fakes().await;
        let (direct, metrica) = clients(&fakes);
        let mut bad_dates = request();
        bad_dates.date2 = "2026-10-01".to_owned();
        let error = costs_and_outcomes(&direct, &metrica, &bad_dates)
            .await
            .expect_err("date1 after date2");
        assert!(error.to_string().contains("after"), "{error}");
        let mut too_early = request();
        too_early.date1 = "2001-01-01".to_owned();
        let error = costs_and_outcomes(&direct, &metrica, &too_early).await;
        assert!(
            matches!(
                error,
                Err(metrica_reporting::direct_costs::JoinError::Metrica(
                    metrica_reporting::Error::Refused(_)
                ))
            ),
            "{error:?}"
        );
        assert_eq!(fakes.metrica.requests_received(), 0);
        assert!(fakes.direct.requests().is_empty());
    }
}
