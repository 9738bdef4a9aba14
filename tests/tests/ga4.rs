//! The Google REST transport and the quota governor against the fake GA4 Data API on
//! 127.0.0.1: paging, quota stops before the server would answer 429, the wait policy, the
//! concurrency limit, the server-error margin, and service-account tokens.

use std::time::{Duration, Instant};

use serde_json::{json, Value};
use yandex_direct_fake_server::ga4::{
    FakeGa4, Ga4Config, Ga4Fault, OTHER_TEST_KEY_PEM, TEST_BEARER_TOKEN,
};
use yandex_direct_runtime::google::{
    GoogleAuth, GoogleCall, GoogleClient, ServiceAccountKey, ANALYTICS_DATA_URL,
};
use yandex_direct_runtime::governor::{
    ga4_buckets, Ga4Category, Ga4Tier, Governor, Profile, QuotaKey, QuotaPolicy, Window,
};
use yandex_direct_runtime::{Error, RetryPolicy};

const PROPERTY: &str = "123";
const RUN_REPORT: &str = "v1beta/properties/123:runReport";

async fn fake(config: Ga4Config) -> FakeGa4 {
    FakeGa4::start(config)
        .await
        .expect("the fake GA4 server starts")
}

fn client(server: &FakeGa4) -> GoogleClient {
    client_with(server, Governor::new())
}

fn client_with(server: &FakeGa4, governor: Governor) -> GoogleClient {
    GoogleClient::builder(GoogleAuth::bearer(TEST_BEARER_TOKEN))
        .base_url(server.base_url())
        .governor(governor)
        .retry_policy(
            RetryPolicy::default()
                .with_max_attempts(30)
                .with_backoff(Duration::from_millis(1), Duration::from_millis(5)),
        )
        .build()
        .expect("client")
}

fn report(dimensions: &[&str]) -> Value {
    json!({
        "dateRanges": [{"startDate": "7daysAgo", "endDate": "yesterday"}],
        "dimensions": dimensions.iter().map(|d| json!({"name": d})).collect::<Vec<_>>(),
        "metrics": [{"name": "activeUsers"}, {"name": "sessions"}],
    })
}

async fn run(client: &GoogleClient, body: Value) -> Result<Value, Error> {
    client
        .call::<Value>(GoogleCall::post(RUN_REPORT, body))
        .await
        .map(|r| r.result)
}

fn quota_error(error: &Error) -> &yandex_direct_runtime::QuotaError {
    match error {
        Error::Quota(quota) => quota,
        other => panic!("not a quota stop: {other}"),
    }
}

fn bucket_left(governor: &Governor, key: &QuotaKey, name: &str) -> Option<i64> {
    governor
        .buckets(key)
        .into_iter()
        .find(|b| b.bucket == name)
        .and_then(|b| b.remaining)
}

#[tokio::test]
async fn a_report_pages_through_its_row_count_and_reports_the_quota() {
    let server = fake(Ga4Config {
        report_rows: 25,
        report_cost: 12,
        ..Ga4Config::default()
    })
    .await;
    let client = client(&server);
    let mut rows = Vec::new();
    let mut offset = 0;
    loop {
        let mut body = report(&["date"]);
        body["offset"] = json!(offset.to_string());
        body["limit"] = json!(10);
        let page = run(&client, body).await.expect("a page");
        assert_eq!(page["rowCount"], json!(25));
        let page_rows = page["rows"].as_array().expect("rows").clone();
        offset += page_rows.len();
        rows.extend(page_rows);
        // The client asked for the figures; the answer has them.
        assert_eq!(
            page["propertyQuota"]["tokensPerHour"]["consumed"],
            json!(12)
        );
        if offset >= 25 {
            break;
        }
    }
    assert_eq!(rows.len(), 25);
    assert_eq!(rows[24]["dimensionValues"][0]["value"], json!("date-24"));
    assert_eq!(server.reports_received(), 3);
    // The governor holds what the last answer said and learnt the cost of the report.
    let key = QuotaKey::ga4(PROPERTY, Ga4Category::Core);
    let governor = client.governor();
    assert_eq!(
        bucket_left(governor, &key, ga4_buckets::TOKENS_PER_HOUR),
        Some(40_000 - 36)
    );
    assert_eq!(
        bucket_left(governor, &key, ga4_buckets::TOKENS_PER_DAY),
        Some(200_000 - 36)
    );
    // An answer's figures come with the typed response too.
    let response = client
        .call::<Value>(GoogleCall::post(RUN_REPORT, report(&["date"])))
        .await
        .expect("report");
    assert!(response
        .property_quota
        .iter()
        .any(|f| f.bucket == "tokensPerHour" && f.consumed == 12 && f.remaining == 40_000 - 48));
    // A caller that opts out gets no figures, and the governor charges its estimate.
    let opted_out = client
        .call::<Value>(GoogleCall::post(RUN_REPORT, report(&["date"])).return_property_quota(false))
        .await
        .expect("report");
    assert!(opted_out.result.get("propertyQuota").is_none());
    assert!(opted_out.property_quota.is_empty());
    assert_eq!(
        bucket_left(governor, &key, ga4_buckets::TOKENS_PER_HOUR),
        Some(40_000 - 48 - 12)
    );
}

#[tokio::test]
async fn the_governor_stops_a_report_before_the_server_would_answer_429() {
    let server = fake(Ga4Config {
        tokens_per_hour: 1_000,
        report_cost: 300,
        ..Ga4Config::default()
    })
    .await;
    let client = client(&server);
    for _ in 0..3 {
        run(&client, report(&["country"])).await.expect("fits");
    }
    let error = run(&client, report(&["country"]))
        .await
        .expect_err("stopped");
    let stop = quota_error(&error);
    assert_eq!(stop.bucket, "tokensPerHour");
    assert_eq!((stop.needed, stop.available), (300, 100));
    assert!(stop.refills_at.is_some());
    assert!(error.not_executed());
    // The server never saw the fourth request.
    assert_eq!(server.reports_received(), 3);
    assert_eq!(server.answered_429(), 0);
    // A plain client, knowing nothing, meets the 429; the error names the bucket, and its
    // governor remembers: the next call is stopped before sending.
    let plain = client_with(&server, Governor::new());
    let error = run(&plain, report(&["country"])).await.expect_err("429");
    let Error::Google(google) = &error else {
        panic!("not a Google error: {error}");
    };
    assert_eq!(
        (google.http_status, google.status.as_str()),
        (429, "RESOURCE_EXHAUSTED")
    );
    assert_eq!(google.exhausted_bucket(), Some("tokensPerHour"));
    assert_eq!(server.answered_429(), 1);
    assert_eq!(server.reports_received(), 4, "a 429 is never retried");
    let error = run(&plain, report(&["country"]))
        .await
        .expect_err("stopped");
    assert_eq!(quota_error(&error).bucket, "tokensPerHour");
    assert_eq!(server.reports_received(), 4);
}

#[tokio::test]
async fn a_shape_that_costs_less_still_runs_when_a_costly_one_is_stopped() {
    let server = fake(Ga4Config {
        tokens_per_hour: 500,
        report_cost: 10,
        cost_per_dimension: 100,
        ..Ga4Config::default()
    })
    .await;
    let client = client(&server);
    let wide = report(&["date", "country", "city"]);
    let narrow = report(&[]);
    run(&client, narrow.clone()).await.expect("10 tokens");
    run(&client, wide.clone()).await.expect("310 tokens");
    // 180 left: the wide report (310) is stopped, the narrow one (10) goes.
    let error = run(&client, wide).await.expect_err("stopped");
    assert_eq!(quota_error(&error).needed, 310);
    run(&client, narrow).await.expect("10 tokens");
    assert_eq!(server.answered_429(), 0);
}

#[tokio::test]
async fn the_wait_policy_sleeps_until_the_hourly_bucket_refills() {
    // A two-second "hour" on both sides, aligned the same way (to the Unix epoch).
    let hour = Duration::from_secs(2);
    let server = fake(Ga4Config {
        tokens_per_hour: 700,
        report_cost: 300,
        hour,
        ..Ga4Config::default()
    })
    .await;
    let governor = Governor::builder()
        .profile(
            QuotaKey::GA4,
            Profile::ga4(Ga4Tier::Standard).with_window(Window::HOUR, Window::Every(hour)),
        )
        .build();
    let client = client_with(&server, governor);
    let wait = QuotaPolicy::Wait {
        max: Duration::from_secs(10),
    };
    let started = Instant::now();
    let mut waited = false;
    for _ in 0..5 {
        let before = Instant::now();
        client
            .call::<Value>(GoogleCall::post(RUN_REPORT, report(&[])).quota_policy(wait))
            .await
            .expect("runs, waiting when needed");
        waited |= before.elapsed() > Duration::from_millis(100);
    }
    assert!(waited, "five reports of 300 in 700 an hour never waited");
    assert!(started.elapsed() >= Duration::from_millis(500));
    assert_eq!(server.answered_429(), 0);
    assert_eq!(server.reports_received(), 5);
    // The wait is bounded: a bucket that refills later than allowed fails at once.
    let short = QuotaPolicy::Wait {
        max: Duration::from_millis(1),
    };
    let mut stopped = None;
    for _ in 0..3 {
        match client
            .call::<Value>(GoogleCall::post(RUN_REPORT, report(&[])).quota_policy(short))
            .await
        {
            Ok(_) => continue,
            Err(error) => {
                stopped = Some(error);
                break;
            }
        }
    }
    let error = stopped.expect("stopped within three reports");
    assert!(matches!(
        quota_error(&error).policy,
        QuotaPolicy::Wait { .. }
    ));
    assert_eq!(server.answered_429(), 0);
}

#[tokio::test]
async fn concurrency_is_held_at_ten_requests_per_property() {
    let server = fake(Ga4Config {
        report_delay: Duration::from_millis(300),
        ..Ga4Config::default()
    })
    .await;
    let client = client(&server);
    let calls = (0..25).map(|_| run(&client, report(&["date"])));
    let answers = futures_util::future::join_all(calls).await;
    assert!(answers.iter().all(Result::is_ok));
    assert_eq!(server.max_in_flight(PROPERTY, "core"), 10);
    assert_eq!(server.answered_429(), 0);
    // Without the governor, the same burst meets the server's limit.
    let http = reqwest::Client::new();
    let url = format!("{}/{RUN_REPORT}", server.base_url());
    let plain = (0..15).map(|_| {
        http.post(&url)
            .bearer_auth(TEST_BEARER_TOKEN)
            .body(report(&["date"]).to_string())
            .send()
    });
    let statuses: Vec<u16> = futures_util::future::join_all(plain)
        .await
        .into_iter()
        .map(|r| r.expect("answered").status().as_u16())
        .collect();
    // (How many exceed the limit depends on how fast the 15 connections are made.)
    let refused = statuses.iter().filter(|s| **s == 429).count();
    assert!(refused > 0, "{statuses:?}");
    assert_eq!(server.answered_429(), refused);
}

#[tokio::test]
async fn server_errors_are_retried_only_while_the_bucket_keeps_its_margin() {
    let server = fake(Ga4Config::default()).await;
    server.inject(Ga4Fault {
        status: 500,
        times: 100,
    });
    let client = client(&server);
    let error = run(&client, report(&[])).await.expect_err("500");
    assert_eq!(error.http_status(), Some(500));
    // Ten errors an hour, a margin of two: the client stops after eight.
    assert_eq!(server.answered_server_errors(), 8);
    let left = server.property_quota(PROPERTY, "core");
    assert_eq!(left["serverErrorsPerProjectPerHour"]["remaining"], json!(2));
    // A new call is sent once, and not retried.
    run(&client, report(&[])).await.expect_err("500");
    assert_eq!(server.answered_server_errors(), 9);
    let key = QuotaKey::ga4(PROPERTY, Ga4Category::Core);
    assert_eq!(
        bucket_left(
            client.governor(),
            &key,
            ga4_buckets::SERVER_ERRORS_PER_PROJECT_PER_HOUR
        ),
        Some(1)
    );
}

#[tokio::test]
async fn potentially_thresholded_reports_are_counted_from_the_answers_figures() {
    let server = fake(Ga4Config {
        thresholded_per_hour: 2,
        ..Ga4Config::default()
    })
    .await;
    let client = client(&server);
    run(&client, report(&["userGender"])).await.expect("1 of 2");
    run(&client, report(&["date"]))
        .await
        .expect("not thresholded");
    run(&client, report(&["audienceName"]))
        .await
        .expect("2 of 2");
    let error = run(&client, report(&["userAgeBracket"]))
        .await
        .expect_err("stopped");
    assert_eq!(
        quota_error(&error).bucket,
        "potentiallyThresholdedRequestsPerHour"
    );
    run(&client, report(&["country"]))
        .await
        .expect("not thresholded");
    assert_eq!(server.answered_429(), 0);
}

#[tokio::test]
async fn service_account_tokens_are_exchanged_once_cached_and_renewed_before_expiry() {
    let server = fake(Ga4Config {
        token_lifetime: Duration::from_secs(2),
        ..Ga4Config::default()
    })
    .await;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("key.json");
    std::fs::write(&path, server.service_account_key_json()).expect("key file");
    // The only test of this binary that reads the variable.
    std::env::set_var("GOOGLE_APPLICATION_CREDENTIALS", &path);
    let auth = GoogleAuth::from_env().expect("the key of GOOGLE_APPLICATION_CREDENTIALS");
    let shown = format!("{auth:?}");
    assert!(shown.contains("fake-ga4@fake-project"), "{shown}");
    assert!(
        !shown.contains("PRIVATE KEY") && !shown.contains("MII"),
        "{shown}"
    );
    let client = GoogleClient::builder(auth)
        .base_url(server.base_url())
        .build()
        .expect("client");
    // Concurrent first calls share one exchange; later ones use the cached token.
    let first = (0..4).map(|_| run(&client, report(&[])));
    for answer in futures_util::future::join_all(first).await {
        answer.expect("authorized");
    }
    run(&client, report(&[])).await.expect("authorized");
    assert_eq!(server.token_exchanges(), 1);
    // A quarter of its life before expiry, the token is renewed.
    tokio::time::sleep(Duration::from_millis(1_600)).await;
    run(&client, report(&[])).await.expect("authorized");
    run(&client, report(&[])).await.expect("authorized");
    assert_eq!(server.token_exchanges(), 2);
    let GoogleAuth::ServiceAccount(account) = client.auth() else {
        panic!("a service account");
    };
    assert_eq!(account.exchanges(), 2);
}

#[tokio::test]
async fn the_token_endpoint_refuses_an_assertion_signed_with_another_key() {
    let server = fake(Ga4Config::default()).await;
    let key =
        ServiceAccountKey::from_json(&server.key_json_signed_with(OTHER_TEST_KEY_PEM), "other")
            .expect("a well-formed key");
    let client = GoogleClient::builder(GoogleAuth::service_account(
        key,
        "https://www.googleapis.com/auth/analytics.readonly",
    ))
    .base_url(server.base_url())
    .retry_policy(RetryPolicy::none())
    .build()
    .expect("client");
    let error = run(&client, report(&[])).await.expect_err("refused");
    let Error::Google(google) = &error else {
        panic!("not a Google error: {error}");
    };
    assert_eq!(
        (google.http_status, google.status.as_str()),
        (400, "invalid_grant")
    );
    assert!(
        google.message.contains("Invalid JWT Signature"),
        "{}",
        google.message
    );
    assert_eq!(server.token_exchanges(), 0);
    assert_eq!(server.reports_received(), 0);
    // The same assertion made with the registered key goes through.
    let good =
        ServiceAccountKey::from_json(&server.service_account_key_json(), "good").expect("key");
    let assertion = good
        .assertion("scope", std::time::SystemTime::now())
        .expect("signed");
    let answer = reqwest::Client::new()
        .post(server.token_url())
        .body(format!(
            "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion={assertion}"
        ))
        .send()
        .await
        .expect("answered");
    assert_eq!(answer.status().as_u16(), 200);
    // An assertion that expired an hour ago is refused.
    let stale = good
        .assertion(
            "scope",
            std::time::SystemTime::now() - Duration::from_secs(7_200),
        )
        .expect("signed");
    let answer = reqwest::Client::new()
        .post(server.token_url())
        .body(format!(
            "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer&assertion={stale}"
        ))
        .send()
        .await
        .expect("answered");
    assert_eq!(answer.status().as_u16(), 400);
}

#[tokio::test]
async fn an_unknown_bearer_token_is_a_typed_401_and_metadata_is_served() {
    let server = fake(Ga4Config::default()).await;
    let client = GoogleClient::builder(GoogleAuth::bearer("not-a-token"))
        .base_url(server.base_url())
        .build()
        .expect("client");
    let error = run(&client, report(&[])).await.expect_err("401");
    let Error::Google(google) = &error else {
        panic!("not a Google error: {error}");
    };
    assert_eq!(
        (google.code, google.status.as_str()),
        (401, "UNAUTHENTICATED")
    );
    assert!(!error.is_temporary());
    let client = client_with(&server, Governor::new());
    let metadata = client
        .get::<Value>("v1beta/properties/123/metadata")
        .await
        .expect("metadata");
    assert_eq!(metadata["name"], json!("properties/123/metadata"));
    assert_eq!(ANALYTICS_DATA_URL, "https://analyticsdata.googleapis.com");
}

#[tokio::test]
async fn one_governor_lists_the_buckets_of_every_property_category_and_api() {
    let server = fake(Ga4Config::default()).await;
    let governor = Governor::new();
    let client = client_with(&server, governor.clone());
    run(&client, report(&["date"])).await.expect("core");
    client
        .call::<Value>(GoogleCall::post(
            "v1beta/properties/123:runRealtimeReport",
            json!({"dimensions": [{"name": "country"}], "metrics": [{"name": "activeUsers"}]}),
        ))
        .await
        .expect("realtime");
    governor.update(
        &QuotaKey::direct("client-login"),
        &[yandex_direct_runtime::governor::Figure::from_units(
            yandex_direct_runtime::Units {
                spent: 20,
                rest: 980,
                limit: 1_000,
            },
        )],
    );
    let keys: Vec<String> = governor
        .snapshot()
        .into_iter()
        .map(|b| format!("{} {}", b.key, b.bucket))
        .collect();
    assert_eq!(keys.len(), 2 + 6 + 6, "{keys:#?}");
    assert_eq!(keys[0], "direct client-login units");
    assert!(keys.contains(&"ga4 properties/123/core tokensPerDay".to_owned()));
    assert!(keys.contains(&"ga4 properties/123/realtime concurrentRequests".to_owned()));
    assert_eq!(
        bucket_left(
            &governor,
            &QuotaKey::ga4(PROPERTY, Ga4Category::Realtime),
            ga4_buckets::TOKENS_PER_HOUR
        ),
        Some(40_000 - 10)
    );
}

#[tokio::test]
async fn a_program_reading_direct_and_ga4_asks_one_governor_what_it_may_spend() {
    use yandex_direct::direct_v5::campaigns::{CampaignFieldEnum, GetRequest};
    use yandex_direct::prelude::*;
    use yandex_direct_fake_server::{FakeConfig, FakeServer};
    let direct_server = FakeServer::start(FakeConfig::default())
        .await
        .expect("fake Direct");
    let ga4_server = fake(Ga4Config::default()).await;
    let governor = Governor::new();
    let direct = yandex_direct::Client::builder("any-token")
        .base_url(direct_server.base_url())
        .client_login("my-client")
        .governor(governor.clone())
        .build()
        .expect("Direct client");
    let ga4 = client_with(&ga4_server, governor.clone());
    direct
        .campaigns()
        .get(GetRequest::new(vec![CampaignFieldEnum::Id]))
        .await
        .expect("campaigns");
    run(&ga4, report(&["date"])).await.expect("report");
    let units = direct.units_left().expect("units figures").units;
    let login = QuotaKey::direct("my-client");
    let listed = governor.buckets(&login);
    assert_eq!(listed[0].bucket, "units");
    assert_eq!(listed[0].remaining, Some(units.rest));
    assert_eq!(listed[0].limit, Some(units.limit));
    assert!(units.rest < units.limit);
    assert_eq!(
        bucket_left(
            &governor,
            &QuotaKey::ga4(PROPERTY, Ga4Category::Core),
            ga4_buckets::TOKENS_PER_HOUR
        ),
        Some(40_000 - 10)
    );
}

#[tokio::test]
async fn the_google_transport_shares_the_body_limit_redirect_rule_and_retries_of_direct() {
    use yandex_direct_fake_server::scripted::{Reply, ScriptedServer};
    use yandex_direct_runtime::BodyLimits;
    let server = ScriptedServer::start().await.expect("scripted server");
    let client = GoogleClient::builder(GoogleAuth::bearer("secret-bearer"))
        .base_url(server.base_url())
        .retry_policy(
            RetryPolicy::default().with_backoff(Duration::from_millis(1), Duration::from_millis(2)),
        )
        .body_limits(BodyLimits {
            json: 1_000,
            ..BodyLimits::default()
        })
        .build()
        .expect("client");
    // A proxy's 503 page (no Google error object) is a server error: retried, and counted.
    server.script([
        Reply::new(503).body("<html>Service Unavailable</html>"),
        Reply::json(r#"{"rowCount": 1, "rows": [], "propertyQuota": {"serverErrorsPerProjectPerHour": {"consumed": 0, "remaining": 9}}}"#),
    ]);
    let answer = run(&client, report(&["date"]))
        .await
        .expect("the retry succeeds");
    assert_eq!(answer["rowCount"], json!(1));
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].path(), "/v1beta/properties/123:runReport");
    assert_eq!(
        requests[0].header("authorization"),
        Some("Bearer secret-bearer")
    );
    let sent = requests[0].json().expect("a JSON body");
    assert_eq!(sent["returnPropertyQuota"], json!(true));
    let key = QuotaKey::ga4(PROPERTY, Ga4Category::Core);
    assert_eq!(
        bucket_left(
            client.governor(),
            &key,
            ga4_buckets::SERVER_ERRORS_PER_PROJECT_PER_HOUR
        ),
        Some(9)
    );
    // An answer over the body limit is refused, whatever its status.
    server.push(Reply::json(format!(
        r#"{{"rows": "{}"}}"#,
        "x".repeat(2_000)
    )));
    let error = run(&client, report(&["date"]))
        .await
        .expect_err("too large");
    assert_eq!(error.body_too_large().map(|e| e.limit), Some(1_000));
    // A redirect is not followed.
    server.push(Reply::new(302).header("location", "http://127.0.0.1:9/elsewhere"));
    let error = run(&client, report(&["date"])).await.expect_err("redirect");
    assert_eq!(error.http_status(), Some(302));
    assert_eq!(server.request_count(), 4);
}

// The typed client of `ga4-data` (`Ga4Client`) over the same transport.

mod typed_client {
    use futures_util::TryStreamExt;
    use ga4_data::client::{Ga4Client, ReportPage};
    use ga4_data::types::{
        AudienceExport, BatchRunPivotReportsRequest, BatchRunReportsRequest,
        CheckCompatibilityRequest, DateRange, Dimension, DimensionCompatibilityCompatibility,
        Metric, MetricCompatibilityCompatibility, Pivot, QueryAudienceExportRequest,
        RunPivotReportRequest, RunRealtimeReportRequest, RunReportRequest, V1betaAudienceDimension,
    };
    use ga4_data::{PropertyId, RequestCheckError};
    use yandex_direct_fake_server::ga4::{FakeGa4, Ga4Config};
    use yandex_direct_runtime::Error;

    const PROPERTY: PropertyId = PropertyId(123);

    fn request(dimensions: usize, metrics: usize, limit: Option<i64>) -> RunReportRequest {
        RunReportRequest {
            date_ranges: Some(vec![DateRange {
                start_date: Some("7daysAgo".into()),
                end_date: Some("yesterday".into()),
                ..Default::default()
            }]),
            dimensions: Some(
                (0..dimensions)
                    .map(|i| Dimension {
                        name: Some(format!("dimension{i}")),
                        ..Default::default()
                    })
                    .collect(),
            ),
            metrics: Some(
                (0..metrics)
                    .map(|i| Metric {
                        name: Some(format!("metric{i}")),
                        ..Default::default()
                    })
                    .collect(),
            ),
            limit,
            ..Default::default()
        }
    }

    fn client(server: &FakeGa4) -> Ga4Client {
        Ga4Client::new(super::client(server))
    }

    #[tokio::test]
    async fn paging_through_row_count_gives_the_rows_of_one_big_page() {
        let server = super::fake(Ga4Config {
            report_rows: 25,
            ..Ga4Config::default()
        })
        .await;
        let client = client(&server);

        let big = client
            .run_report(PROPERTY, &request(2, 2, Some(1000)))
            .await
            .expect("one big page");
        let big = ReportPage::new(big.result, big.property_quota);
        assert_eq!(big.rows.len(), 25);
        assert_eq!(big.row_count, Some(25));
        let received = server.reports_received();

        let pages = client
            .report_pages(PROPERTY, request(2, 2, Some(7)))
            .expect("checked");
        let rows: Vec<_> = pages.into_rows().try_collect().await.expect("every page");
        assert_eq!(rows, big.rows);
        // 25 rows by 7: 4 pages, and no fifth request past the row count.
        assert_eq!(server.reports_received() - received, 4);

        // Typed: dimension values as text, TYPE_INTEGER metrics as integers, text kept.
        let first = &rows[0];
        assert_eq!(first.dimensions.len(), 2);
        assert_eq!(first.metrics.len(), 2);
        let value = first.metrics[0].integer().expect("an integer metric");
        assert_eq!(first.metrics[0].text(), Some(value.to_string().as_str()));
        // What the answer says about the data is kept.
        assert_eq!(big.currency_code(), Some("USD"));
        assert_eq!(big.time_zone(), Some("America/Los_Angeles"));
        assert!(!big.subject_to_thresholding());
    }

    #[tokio::test]
    async fn the_page_loop_stops_on_an_empty_report() {
        let server = super::fake(Ga4Config {
            report_rows: 0,
            ..Ga4Config::default()
        })
        .await;
        let pages = client(&server)
            .report_pages(PROPERTY, request(1, 1, None))
            .expect("checked");
        let rows: Vec<_> = pages.into_rows().try_collect().await.expect("pages");
        assert!(rows.is_empty());
        assert_eq!(server.reports_received(), 1);
    }

    fn refused_at(error: Error, at: &str) {
        match error {
            Error::InvalidRequest(message) => {
                assert!(message.contains("refused before sending"), "{message}");
                assert!(
                    message.contains(&format!("`{at}`")),
                    "{message} (expected `{at}`)"
                );
            }
            other => panic!("not a refusal before sending: {other}"),
        }
    }

    #[tokio::test]
    async fn every_refusal_happens_before_anything_is_sent() {
        let server = super::fake(Ga4Config::default()).await;
        let client = client(&server);

        let with_dates = |start: &str| {
            let mut r = request(1, 1, None);
            r.date_ranges = Some(vec![DateRange {
                start_date: Some(start.into()),
                end_date: Some("today".into()),
                ..Default::default()
            }]);
            r
        };
        let mut five_ranges = request(1, 1, None);
        five_ranges.date_ranges = Some(vec![DateRange::default(); 5]);
        let mut negative_offset = request(1, 1, None);
        negative_offset.offset = Some(-1);
        let cases: Vec<(RunReportRequest, &str)> = vec![
            (request(10, 1, None), "dimensions"),
            (request(1, 11, None), "metrics"),
            (five_ranges, "dateRanges"),
            (request(1, 1, Some(0)), "limit"),
            (request(1, 1, Some(250_001)), "limit"),
            (with_dates("2026-13-01"), "dateRanges[0].startDate"),
            (with_dates("tomorrow"), "dateRanges[0].startDate"),
            (with_dates("3 daysAgo"), "dateRanges[0].startDate"),
            (negative_offset, "offset"),
        ];
        for (bad, at) in cases {
            let error = client.run_report(PROPERTY, &bad).await.unwrap_err();
            refused_at(error, at);
            let error = client.report_pages(PROPERTY, bad.clone()).unwrap_err();
            refused_at(error, at);
            let batch = BatchRunReportsRequest {
                requests: Some(vec![request(1, 1, None), bad]),
                ..Default::default()
            };
            let error = client
                .batch_run_reports(PROPERTY, &batch)
                .await
                .unwrap_err();
            refused_at(error, &format!("requests[1].{at}"));
        }

        let six = BatchRunReportsRequest {
            requests: Some(vec![request(1, 1, None); 6]),
            ..Default::default()
        };
        refused_at(
            client.batch_run_reports(PROPERTY, &six).await.unwrap_err(),
            "requests",
        );
        let none = BatchRunReportsRequest::default();
        refused_at(
            client.batch_run_reports(PROPERTY, &none).await.unwrap_err(),
            "requests",
        );

        let pivot = RunPivotReportRequest {
            dimensions: request(10, 1, None).dimensions,
            ..Default::default()
        };
        refused_at(
            client.run_pivot_report(PROPERTY, &pivot).await.unwrap_err(),
            "dimensions",
        );
        let realtime = RunRealtimeReportRequest {
            metrics: request(1, 11, None).metrics,
            ..Default::default()
        };
        let error = client
            .run_realtime_report(PROPERTY, &realtime)
            .await
            .unwrap_err();
        refused_at(error, "metrics");
        let query = QueryAudienceExportRequest {
            limit: Some(300_000),
            ..Default::default()
        };
        let error = client
            .query_audience_export(PROPERTY, "42", &query)
            .await
            .unwrap_err();
        refused_at(error, "limit");
        let error = client
            .get_audience_export(PROPERTY, "42/../x")
            .await
            .unwrap_err();
        refused_at(error, "audienceExport");

        // A property id is a number.
        let error: RequestCheckError = "GA-123".parse::<PropertyId>().unwrap_err();
        assert_eq!(error.at, "property");
        let mut named = request(1, 1, None);
        named.property = Some("properties/abc".into());
        refused_at(
            client.run_report(PROPERTY, &named).await.unwrap_err(),
            "property",
        );

        assert_eq!(
            server.requests_received(),
            0,
            "a refused request reached the server"
        );

        // The same client sends a good request: the refusals were not the connection's doing.
        client
            .run_report(PROPERTY, &request(1, 1, None))
            .await
            .expect("a good request");
        assert_eq!(server.requests_received(), 1);
    }

    #[tokio::test]
    async fn metadata_comes_typed() {
        let server = super::fake(Ga4Config::default()).await;
        let metadata = client(&server)
            .get_metadata(PROPERTY)
            .await
            .expect("metadata");
        assert_eq!(metadata.name.as_deref(), Some("properties/123/metadata"));
        let metrics: Vec<_> = metadata
            .metrics
            .iter()
            .flatten()
            .filter_map(|m| m.api_name.as_deref())
            .collect();
        assert!(metrics.contains(&"activeUsers"), "{metrics:?}");
    }

    fn pivot_request(limit: i64) -> RunPivotReportRequest {
        let plain = request(1, 2, None);
        RunPivotReportRequest {
            date_ranges: plain.date_ranges,
            dimensions: plain.dimensions,
            metrics: plain.metrics,
            pivots: Some(vec![Pivot {
                field_names: Some(vec!["dimension0".into()]),
                limit: Some(limit),
                ..Default::default()
            }]),
            return_property_quota: Some(true),
            ..Default::default()
        }
    }

    fn tokens_per_hour_consumed(figures: &[yandex_direct_runtime::governor::Figure]) -> i64 {
        figures
            .iter()
            .find(|f| f.bucket == "tokensPerHour")
            .map(|f| f.consumed)
            .expect("a tokensPerHour figure")
    }

    #[tokio::test]
    async fn pivot_and_batch_reports_are_answered_typed_with_their_quota() {
        let server = super::fake(Ga4Config {
            report_rows: 25,
            report_cost: 12,
            ..Ga4Config::default()
        })
        .await;
        let client = client(&server);

        let pivot = client
            .run_pivot_report(PROPERTY, &pivot_request(5))
            .await
            .expect("a pivot report");
        assert_eq!(pivot.rows.as_ref().map(Vec::len), Some(5));
        let headers = pivot.pivot_headers.as_ref().expect("pivot headers");
        assert_eq!(headers.len(), 1);
        assert_eq!(headers[0].row_count, Some(25));
        assert_eq!(tokens_per_hour_consumed(&pivot.property_quota), 12);

        let batch = BatchRunReportsRequest {
            requests: Some(vec![request(1, 1, Some(3)), request(2, 1, Some(30))]),
            ..Default::default()
        };
        let answer = client
            .batch_run_reports(PROPERTY, &batch)
            .await
            .expect("a batch");
        let reports = answer.reports.as_ref().expect("reports");
        assert_eq!(reports.len(), 2);
        assert_eq!(reports[0].rows.as_ref().map(Vec::len), Some(3));
        assert_eq!(reports[1].rows.as_ref().map(Vec::len), Some(25));
        // The client asked every report of the batch for its quota; the batch's figures add
        // up the reports' consumption.
        assert!(reports.iter().all(|r| r.property_quota.is_some()));
        assert_eq!(tokens_per_hour_consumed(&answer.property_quota), 24);

        let pivots = BatchRunPivotReportsRequest {
            requests: Some(vec![pivot_request(2), pivot_request(4), pivot_request(30)]),
            ..Default::default()
        };
        let answer = client
            .batch_run_pivot_reports(PROPERTY, &pivots)
            .await
            .expect("a pivot batch");
        let rows: Vec<_> = answer
            .pivot_reports
            .iter()
            .flatten()
            .map(|r| r.rows.as_ref().map_or(0, Vec::len))
            .collect();
        assert_eq!(rows, [2, 4, 25]);
        assert_eq!(tokens_per_hour_consumed(&answer.property_quota), 36);

        // 12 + 24 + 36 tokens, as the server counted them.
        let left = server.property_quota("123", "core");
        assert_eq!(left["tokensPerHour"]["remaining"], 40_000 - 72);
        assert_eq!(server.reports_received(), 3);
    }

    #[tokio::test]
    async fn a_spent_hour_refuses_a_batch_with_429_and_an_injected_fault_reaches_pivots() {
        let server = super::fake(Ga4Config {
            report_cost: 30,
            tokens_per_hour: 100,
            ..Ga4Config::default()
        })
        .await;
        // A governor that has seen no figure yet lets the batch go: the server refuses it.
        let batch = BatchRunReportsRequest {
            requests: Some(vec![request(1, 1, None); 4]),
            ..Default::default()
        };
        let error = client(&server)
            .batch_run_reports(PROPERTY, &batch)
            .await
            .expect_err("120 tokens of 100");
        assert_eq!(error.http_status(), Some(429), "{error}");
        assert_eq!(server.answered_429(), 1);

        server.inject(yandex_direct_fake_server::ga4::Ga4Fault {
            status: 400,
            times: 1,
        });
        let error = client(&server)
            .run_pivot_report(PROPERTY, &pivot_request(5))
            .await
            .expect_err("the injected fault");
        assert_eq!(error.http_status(), Some(400), "{error}");
    }

    #[tokio::test]
    async fn check_compatibility_names_the_incompatible_pair() {
        let server = super::fake(Ga4Config::default()).await;
        let named = |names: &[&str]| -> Vec<Dimension> {
            names
                .iter()
                .map(|n| Dimension {
                    name: Some((*n).into()),
                    ..Default::default()
                })
                .collect()
        };
        let request = CheckCompatibilityRequest {
            dimensions: Some(named(&["userAgeBracket"])),
            metrics: Some(vec![Metric {
                name: Some("sessions".into()),
                ..Default::default()
            }]),
            ..Default::default()
        };
        let answer = client(&server)
            .check_compatibility(PROPERTY, &request)
            .await
            .expect("compatibility");
        let incompatible_dimensions: Vec<_> = answer
            .dimension_compatibilities
            .iter()
            .flatten()
            .filter(|c| c.compatibility == Some(DimensionCompatibilityCompatibility::Incompatible))
            .filter_map(|c| c.dimension_metadata.as_ref()?.api_name.clone())
            .collect();
        assert_eq!(incompatible_dimensions, ["userAgeBracket"]);
        let incompatible_metrics: Vec<_> = answer
            .metric_compatibilities
            .iter()
            .flatten()
            .filter(|c| c.compatibility == Some(MetricCompatibilityCompatibility::Incompatible))
            .filter_map(|c| c.metric_metadata.as_ref()?.api_name.clone())
            .collect();
        assert_eq!(incompatible_metrics, ["sessions"]);

        let request = CheckCompatibilityRequest {
            dimensions: Some(named(&["date", "noSuchDimension"])),
            ..Default::default()
        };
        let error = client(&server)
            .check_compatibility(PROPERTY, &request)
            .await
            .expect_err("an unknown name");
        assert_eq!(error.http_status(), Some(400), "{error}");
        assert!(error.to_string().contains("noSuchDimension"), "{error}");
    }

    #[tokio::test]
    async fn audience_exports_are_created_listed_got_and_queried() {
        let server = super::fake(Ga4Config {
            audience_rows: 7,
            ..Ga4Config::default()
        })
        .await;
        let client = client(&server);
        let export = |audience: &str| AudienceExport {
            audience: Some(audience.into()),
            dimensions: Some(vec![V1betaAudienceDimension {
                dimension_name: Some("deviceId".into()),
                ..Default::default()
            }]),
            ..Default::default()
        };
        let operation = client
            .create_audience_export(PROPERTY, &export("properties/123/audiences/9"))
            .await
            .expect("created");
        assert_eq!(operation.done, Some(false));
        assert_eq!(
            operation.name.as_deref(),
            Some("properties/123/operations/audienceExport/1")
        );
        client
            .create_audience_export(PROPERTY, &export("properties/123/audiences/10"))
            .await
            .expect("a second one");
        let error = client
            .create_audience_export(PROPERTY, &export("properties/999/audiences/1"))
            .await
            .expect_err("another property's audience");
        assert_eq!(error.http_status(), Some(400), "{error}");

        let got = client
            .get_audience_export(PROPERTY, "1")
            .await
            .expect("got");
        assert_eq!(got.audience.as_deref(), Some("properties/123/audiences/9"));
        assert_eq!(got.row_count, Some(7));

        let first = client
            .list_audience_exports(PROPERTY, Some(1), None)
            .await
            .expect("first page");
        assert_eq!(first.audience_exports.as_ref().map(Vec::len), Some(1));
        let token = first.next_page_token.clone().expect("a second page");
        let second = client
            .list_audience_exports(PROPERTY, Some(1), Some(&token))
            .await
            .expect("second page");
        let names: Vec<_> = first
            .audience_exports
            .iter()
            .chain(&second.audience_exports)
            .flatten()
            .filter_map(|e| e.name.clone())
            .collect();
        assert_eq!(
            names,
            [
                "properties/123/audienceExports/1",
                "properties/123/audienceExports/2"
            ]
        );
        assert_eq!(second.next_page_token, None);

        let query = QueryAudienceExportRequest {
            offset: Some(5),
            limit: Some(10),
            ..Default::default()
        };
        let rows = client
            .query_audience_export(PROPERTY, "2", &query)
            .await
            .expect("queried");
        assert_eq!(rows.row_count, Some(7));
        let values: Vec<_> = rows
            .audience_rows
            .iter()
            .flatten()
            .flat_map(|r| r.dimension_values.iter().flatten())
            .filter_map(|v| v.value.clone())
            .collect();
        assert_eq!(values, ["deviceId-5", "deviceId-6"]);

        let error = client
            .get_audience_export(PROPERTY, "77")
            .await
            .expect_err("no such export");
        assert_eq!(error.http_status(), Some(404), "{error}");
    }

    fn named_request(dimensions: &[&str], metrics: &[&str]) -> RunReportRequest {
        let mut r = request(0, 0, None);
        r.dimensions = Some(
            dimensions
                .iter()
                .map(|n| Dimension {
                    name: Some((*n).into()),
                    ..Default::default()
                })
                .collect(),
        );
        r.metrics = Some(
            metrics
                .iter()
                .map(|n| Metric {
                    name: Some((*n).into()),
                    ..Default::default()
                })
                .collect(),
        );
        r
    }

    #[tokio::test]
    async fn names_are_checked_against_metadata_fetched_once_and_nothing_is_sent_on_refusal() {
        let server = super::fake(Ga4Config::default()).await;
        let checking = client(&server).with_name_check();

        let error = checking
            .run_report(PROPERTY, &named_request(&["date"], &["activeUser"]))
            .await
            .expect_err("a misspelt metric");
        assert!(
            error.to_string().contains("did you mean `activeUsers`?"),
            "{error}"
        );
        refused_at(error, "metrics[0].name");
        let error = checking
            .run_report(
                PROPERTY,
                &named_request(&["customEvent:plna"], &["sessions"]),
            )
            .await
            .expect_err("a misspelt custom dimension");
        assert!(
            error
                .to_string()
                .contains("did you mean `customEvent:plan`?"),
            "{error}"
        );
        refused_at(error, "dimensions[0].name");
        let batch = BatchRunReportsRequest {
            requests: Some(vec![
                named_request(&["date"], &["sessions"]),
                named_request(&["screenPageViewz"], &["sessions"]),
            ]),
            ..Default::default()
        };
        let error = checking
            .batch_run_reports(PROPERTY, &batch)
            .await
            .expect_err("an unknown dimension in a batch");
        refused_at(error, "requests[1].dimensions[0].name");
        let mut pivot = pivot_request(5);
        let names = named_request(&["date"], &["sesions"]);
        pivot.dimensions = names.dimensions;
        pivot.metrics = names.metrics;
        refused_at(
            checking
                .run_pivot_report(PROPERTY, &pivot)
                .await
                .expect_err("an unknown metric in a pivot"),
            "metrics[0].name",
        );
        // Nothing but the one metadata fetch reached the server.
        assert_eq!(server.reports_received(), 0);
        assert_eq!(server.metadata_received(), 1);
        assert_eq!(server.requests_received(), 1);

        // Known names, a custom dimension among them, and an expression metric go through,
        // on the cached metadata; a clone shares the cache.
        let mut good = named_request(&["customEvent:plan", "date"], &["activeUsers"]);
        good.metrics.get_or_insert_with(Vec::new).push(Metric {
            name: Some("perSession".into()),
            expression: Some("activeUsers/sessions".into()),
            ..Default::default()
        });
        checking
            .clone()
            .run_report(PROPERTY, &good)
            .await
            .expect("known names");
        assert_eq!(server.reports_received(), 1);
        assert_eq!(server.metadata_received(), 1);

        // Another property has its own metadata; a client without the check sends as asked.
        checking
            .run_report(PropertyId(456), &good)
            .await
            .expect("known names");
        assert_eq!(server.metadata_received(), 2);
        client(&server)
            .run_report(PROPERTY, &named_request(&["date"], &["activeUser"]))
            .await
            .expect("the fake does not check runReport names");
        assert_eq!(server.metadata_received(), 2);
    }
}
