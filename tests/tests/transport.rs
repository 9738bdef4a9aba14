//! Transport faults, each reproduced against a scripted server on 127.0.0.1 that answers exactly
//! the sequence described (the transport correctness issue): pauses that never go below a
//! floor, separate budgets for units and retries, paging that must progress, the HTTP status
//! deciding over bodies that are not the API's, finance numbers in order, goal columns without
//! a header, request ids kept, redirects reported, lost create answers named.

use std::time::Duration;

use integration_tests::support::{builder, client, fast_retries};
use yandex_direct::direct_v4::live::{ArrayOfString, CreateInvoiceInfo, NewWordstatReportInfo};
use yandex_direct::direct_v5::campaigns::{CampaignFieldEnum, GetRequest};
use yandex_direct::direct_v5::reports::{DateRangeType, Field, ReportDefinition, ReportType};
use yandex_direct::prelude::*;
use yandex_direct::runtime::finance::{FinanceCredentials, InMemoryCounter};
use yandex_direct::runtime::reports::ReportOptions;
use yandex_direct::v4_workflows::{wordstat_report, WorkflowOptions};
use yandex_direct::{Error, ErrorKind, RetryPolicy};
use yandex_direct_fake_server::scripted::{Reply, ScriptedServer};

async fn server() -> ScriptedServer {
    ScriptedServer::start().await.expect("scripted server")
}

fn campaigns_get() -> GetRequest {
    GetRequest::new(vec![CampaignFieldEnum::Id])
}

fn api_error(code: i64) -> Reply {
    Reply::json(format!(
        r#"{{"error":{{"request_id":"r-{code}","error_code":{code},"error_string":"e","error_detail":""}}}}"#
    ))
}

fn definition() -> ReportDefinition {
    ReportDefinition::new(
        "transport-test",
        ReportType::CampaignPerformanceReport,
        DateRangeType::Last7Days,
        [Field::CampaignId, Field::Clicks],
    )
}

#[tokio::test]
async fn reports_queued_with_retry_in_zero_pause_at_the_floor_and_stop() {
    let server = server().await;
    server.set_fallback(Reply::new(202).header("retryIn", "0"));
    let client = client(&server.base_url());
    let options = ReportOptions {
        max_wait: Duration::from_millis(900),
        min_poll_pause: Duration::from_millis(100),
        default_retry_in: Duration::ZERO,
        ..ReportOptions::default()
    };
    let started = std::time::Instant::now();
    let error = client
        .report(&definition(), &options)
        .await
        .expect_err("never ready");
    assert!(matches!(error, Error::Timeout(_)), "{error:?}");
    // 100 ms between polls within 900 ms: at most 10 requests, not thousands.
    let requests = server.request_count();
    assert!((5..=10).contains(&requests), "{requests} requests");
    assert!(started.elapsed() >= Duration::from_millis(500));
}

#[tokio::test]
async fn reports_stop_after_max_polls() {
    let server = server().await;
    server.set_fallback(Reply::new(201).header("retryIn", "0"));
    let client = client(&server.base_url());
    let options = ReportOptions {
        min_poll_pause: Duration::ZERO, // raised to the runtime's own floor
        max_polls: 3,
        ..ReportOptions::default()
    };
    let error = client
        .report(&definition(), &options)
        .await
        .expect_err("never ready");
    assert!(matches!(error, Error::Timeout(_)), "{error:?}");
    assert_eq!(server.request_count(), 4, "the first request and 3 polls");
}

#[tokio::test]
async fn waiting_for_units_pauses_and_does_not_use_up_the_retries() {
    // A poll interval of zero still pauses: 152 forever within 350 ms is a handful of tries.
    let server = server().await;
    server.set_fallback(api_error(152));
    let policy = fast_retries().with_wait_for_units(Duration::from_millis(350), Duration::ZERO);
    let client = builder(&server.base_url())
        .retry_policy(policy)
        .build()
        .expect("client");
    let error = client
        .campaigns()
        .get(campaigns_get())
        .await
        .expect_err("no units");
    assert_eq!(error.kind(), Some(ErrorKind::UnitsExhausted));
    assert!(server.request_count() <= 5, "{}", server.request_count());

    // Three waits for units, then one transient fault: two attempts are enough.
    let server = self::server().await;
    server.script([
        api_error(152),
        api_error(152),
        api_error(152),
        api_error(1000),
        Reply::json(r#"{"result":{"Campaigns":[{"Id":7}]}}"#),
    ]);
    let policy = RetryPolicy::default()
        .with_max_attempts(2)
        .with_backoff(Duration::from_millis(1), Duration::from_millis(2))
        .with_wait_for_units(Duration::from_secs(5), Duration::from_millis(100));
    let client = builder(&server.base_url())
        .retry_policy(policy)
        .build()
        .expect("client");
    let response = client
        .campaigns()
        .get(campaigns_get())
        .await
        .expect("the transient fault is retried");
    assert_eq!(response.campaigns.as_ref().map(Vec::len), Some(1));
    assert_eq!(server.request_count(), 5);
}

#[tokio::test]
async fn a_limited_by_that_does_not_advance_is_an_error() {
    let server = server().await;
    server.set_fallback(Reply::json(
        r#"{"result":{"Campaigns":[{"Id":1}],"LimitedBy":1}}"#,
    ));
    let client = client(&server.base_url());
    let error = client
        .campaigns()
        .get_all(campaigns_get())
        .await
        .expect_err("paging never progresses");
    let decode = error.decode_error().expect("a decode error");
    assert_eq!(decode.path, "result.LimitedBy");
    assert_eq!(server.request_count(), 2, "stops at the first repeat");
}

#[tokio::test]
async fn the_http_status_decides_over_a_json_body_that_is_not_the_apis() {
    for (status, body) in [(503, r#"{"message":"Service Unavailable"}"#), (502, "{}")] {
        let server = server().await;
        server.set_fallback(
            Reply::new(status)
                .header("RequestId", "proxy-1")
                .header("Content-Type", "application/json")
                .body(body),
        );
        let client = client(&server.base_url());
        let error = client
            .campaigns()
            .get(campaigns_get())
            .await
            .expect_err("unavailable");
        assert_eq!(error.http_status(), Some(status), "{error}");
        assert_eq!(error.request_id(), Some("proxy-1"));
        assert!(error.is_temporary());
        assert_eq!(server.request_count(), 4, "a read is retried on {status}");
    }

    // v4 the same: `500 {}` is an HTTP 500, retried for a read.
    let server = server().await;
    server.set_fallback(Reply::new(500).body("{}"));
    let client = client(&server.base_url());
    let error = client
        .live()
        .get_clients_units(ArrayOfString::from(vec!["login".to_owned()]))
        .await
        .expect_err("unavailable");
    assert_eq!(error.http_status(), Some(500), "{error}");
    assert_eq!(server.request_count(), 4);
}

#[tokio::test]
async fn finance_operation_numbers_reach_the_server_in_order() {
    let server = server().await;
    server
        .set_fallback(Reply::json(r#"{"data":"https://invoice"}"#).delay(Duration::from_millis(5)));
    let finance = FinanceCredentials::new(
        "master",
        "agrom",
        std::sync::Arc::new(InMemoryCounter::new(1)),
    );
    let client = builder(&server.base_url())
        .finance(finance)
        .build()
        .expect("client");
    let calls = (0..12).map(|_| {
        let client = client.clone();
        tokio::spawn(async move { client.live().create_invoice(CreateInvoiceInfo::new()).await })
    });
    for call in calls.collect::<Vec<_>>() {
        call.await.expect("task").expect("invoice");
    }
    let numbers: Vec<i64> = server
        .requests()
        .iter()
        .map(|r| {
            r.json().expect("JSON body")["operation_num"]
                .as_i64()
                .expect("operation_num")
        })
        .collect();
    assert_eq!(numbers, (1..=12).collect::<Vec<_>>(), "in arrival order");
}

#[tokio::test]
async fn goal_columns_are_named_from_the_definition_without_a_header() {
    let server = server().await;
    server.push(Reply::new(200).body("title\n11\t3\t4\nTotal rows: 1\n"));
    let client = client(&server.base_url());
    let definition = ReportDefinition::new(
        "goals",
        ReportType::CampaignPerformanceReport,
        DateRangeType::Last7Days,
        [Field::CampaignId, Field::Conversions],
    )
    .with_goals(["101", "202"]);
    let options = ReportOptions {
        skip_column_header: true,
        ..ReportOptions::default()
    };
    let report = client
        .report(&definition, &options)
        .await
        .expect("a report");
    assert_eq!(
        report.columns,
        ["CampaignId", "Conversions_101_LC", "Conversions_202_LC"]
    );
    assert_eq!(report.get(0, "Conversions_202_LC"), Some("4"));
}

#[tokio::test]
async fn an_undecodable_answer_still_names_its_request_id() {
    let server = server().await;
    server.push(
        Reply::json(r#"{"result":{"Campaigns":[{"Id":"not a number"}]}}"#)
            .header("RequestId", "rid-7"),
    );
    let client = client(&server.base_url());
    let error = client
        .campaigns()
        .get(campaigns_get())
        .await
        .expect_err("undecodable");
    assert!(error.decode_error().is_some(), "{error:?}");
    assert_eq!(error.request_id(), Some("rid-7"));
}

#[tokio::test]
async fn a_redirect_is_reported_not_followed() {
    let server = server().await;
    server.set_fallback(
        Reply::new(302)
            .header("Location", "/elsewhere")
            .header("RequestId", "rid-302"),
    );
    let client = client(&server.base_url());
    let error = client
        .campaigns()
        .get(campaigns_get())
        .await
        .expect_err("redirected");
    assert_eq!(error.http_status(), Some(302), "{error}");
    assert!(error.to_string().contains("/elsewhere"), "{error}");
    let requests = server.requests();
    assert_eq!(requests.len(), 1, "neither followed nor retried");
    assert_eq!(requests[0].method, "POST");
}

#[tokio::test]
async fn a_lost_create_answer_says_the_job_may_exist() {
    let server = server().await;
    server.push(Reply::json(r#"{"data":42}"#).delay(Duration::from_secs(3)));
    let client = builder(&server.base_url())
        .timeout(Duration::from_millis(200))
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("client");
    let params = NewWordstatReportInfo::new().with_phrases(vec!["bike".to_owned()]);
    let options = WorkflowOptions::new(Duration::from_secs(5), Duration::from_millis(10));
    let error = wordstat_report(&client, params, &options)
        .await
        .expect_err("the create answer is lost");
    assert!(error.job_may_exist(), "{error}");
    assert!(error.to_string().contains("may exist"), "{error}");
}

#[tokio::test]
async fn answers_over_the_body_limit_are_refused_with_memory_bounded() {
    use yandex_direct::runtime::BodyLimits;
    let limits = BodyLimits {
        json: 64 * 1024,
        ..BodyLimits::default()
    };
    // An endless chunked body: refused once past the limit, not read for ever.
    let server = server().await;
    server.set_fallback(
        Reply::new(200)
            .body(r#"{"result":{"Campaigns":["#.repeat(64))
            .endless(Duration::from_millis(1)),
    );
    let client = builder(&server.base_url())
        .body_limits(limits)
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("client");
    let error = tokio::time::timeout(
        Duration::from_secs(20),
        client.campaigns().get(campaigns_get()),
    )
    .await
    .expect("the call ends")
    .expect_err("too large");
    assert!(error.to_string().contains("over the limit"), "{error}");

    // A body announced larger than the limit is refused before it is read.
    let server = self::server().await;
    let big = format!(
        r#"{{"result":{{"Campaigns":[{}]}}}}"#,
        r#"{"Id":1},"#.repeat(10_000) + r#"{"Id":1}"#
    );
    server.set_fallback(Reply::json(big));
    let client = builder(&server.base_url())
        .body_limits(limits)
        .build()
        .expect("client");
    let error = client
        .campaigns()
        .get(campaigns_get())
        .await
        .expect_err("too large");
    assert!(error.to_string().contains("announces"), "{error}");
    assert_eq!(server.request_count(), 1, "not retried");
}
