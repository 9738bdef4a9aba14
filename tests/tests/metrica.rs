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
