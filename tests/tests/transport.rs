//! Transport faults, each reproduced against a scripted server on 127.0.0.1 that answers exactly
//! the sequence described (the transport correctness issue): pauses that never go below a
//! floor, separate budgets for units and retries, paging that must progress, the HTTP status
//! deciding over bodies that are not the API's, finance numbers in order, goal columns without
//! a header, request ids kept, redirects reported, lost create answers named. At the end, the
//! guide's table "What the client does on each fault", as rows of data run one by one.

use std::time::Duration;

use integration_tests::support::{builder, client, fast_retries, TOKEN};
use yandex_direct::direct_v4::live::{ArrayOfString, CreateInvoiceInfo, NewWordstatReportInfo};
use yandex_direct::direct_v5::campaigns::{CampaignFieldEnum, GetRequest};
use yandex_direct::direct_v5::reports::{DateRangeType, Field, ReportDefinition, ReportType};
use yandex_direct::prelude::*;
use yandex_direct::runtime::finance::{FinanceCredentials, InMemoryCounter};
use yandex_direct::runtime::reports::ReportOptions;
use yandex_direct::v4_workflows::{wordstat_report, WorkflowOptions};
use yandex_direct::{Client, Error, ErrorKind, RetryPolicy};
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
async fn a_typed_walk_starts_at_the_offset_of_its_request() {
    let server = server().await;
    server.set_fallback(Reply::json(
        r#"{"result":{"Campaigns":[{"Id":1}],"LimitedBy":5}}"#,
    ));
    let client = client(&server.base_url());
    let request: GetRequest = serde_json::from_value(serde_json::json!({
        "SelectionCriteria": {}, "FieldNames": ["Id"], "Page": {"Offset": 5}
    }))
    .expect("a request");
    let error = client
        .campaigns()
        .get_all(request)
        .await
        .expect_err("LimitedBy 5 on the page at offset 5 does not progress");
    let decode = error.decode_error().expect("a decode error");
    assert_eq!(decode.path, "result.LimitedBy");
    assert_eq!(server.request_count(), 1);
}

/// `campaigns.get`, as a program that has only names finds it.
fn campaigns_get_info() -> &'static yandex_direct::runtime::MethodInfo {
    &yandex_direct::find_method("v5", "campaigns", "get")
        .expect("campaigns.get")
        .info
}

#[tokio::test]
async fn json_paging_follows_limited_by_from_the_offset_given_and_keeps_the_limit() {
    let server = server().await;
    server.script([
        Reply::json(r#"{"result":{"Campaigns":[{"Id":1},{"Id":2}],"LimitedBy":7}}"#),
        Reply::json(r#"{"result":{"Campaigns":[{"Id":3}]}}"#),
    ]);
    let client = client(&server.base_url());
    let params = serde_json::json!({
        "SelectionCriteria": {}, "FieldNames": ["Id"], "Page": {"Limit": 2, "Offset": 5}
    });
    let all = client
        .json_pages(campaigns_get_info(), params)
        .expect("params that page")
        .collect_all()
        .await
        .expect("every page");
    let ids: Vec<i64> = all.items.iter().filter_map(|c| c["Id"].as_i64()).collect();
    assert_eq!(ids, [1, 2, 3]);
    assert_eq!(all.pages.len(), 2);
    let pages: Vec<serde_json::Value> = server
        .requests()
        .iter()
        .map(|r| r.json().expect("a JSON request")["params"]["Page"].clone())
        .collect();
    assert_eq!(
        pages,
        [
            serde_json::json!({"Limit": 2, "Offset": 5}),
            serde_json::json!({"Limit": 2, "Offset": 7})
        ]
    );
}

#[tokio::test]
async fn json_paging_refuses_a_limited_by_not_past_the_offset_given() {
    let server = server().await;
    server.set_fallback(Reply::json(
        r#"{"result":{"Campaigns":[{"Id":1}],"LimitedBy":5}}"#,
    ));
    let client = client(&server.base_url());
    let params = serde_json::json!({"FieldNames": ["Id"], "Page": {"Offset": 5}});
    let mut pages = client
        .json_pages(campaigns_get_info(), params)
        .expect("params that page");
    let error = pages
        .next()
        .await
        .expect("a first answer")
        .expect_err("paging never progresses");
    let decode = error.decode_error().expect("a decode error");
    assert_eq!(decode.path, "result.LimitedBy");
    assert!(decode.message.contains("`LimitedBy` 5"), "{error}");
    assert!(pages.next().await.is_none(), "stops after the error");
    assert_eq!(server.request_count(), 1);
}

#[tokio::test]
async fn a_json_page_that_is_not_one_list_of_items_is_a_decode_error() {
    for body in [
        r#"{"result":{"Campaigns":[],"LimitedBy":"next"}}"#,
        r#"{"result":{"Campaigns":[],"Ads":[]}}"#,
        r#"{"result":[]}"#,
    ] {
        let server = server().await;
        server.set_fallback(Reply::json(body));
        let client = client(&server.base_url());
        let error = client
            .json_pages(campaigns_get_info(), serde_json::json!({}))
            .expect("params that page")
            .collect_all()
            .await
            .expect_err("a malformed page");
        let decode = error.decode_error().expect("a decode error");
        assert_eq!(decode.path, "result", "{body}: {error}");
        assert_eq!(server.request_count(), 1, "{body}: not retried");
    }
}

#[tokio::test]
async fn json_paging_refuses_what_cannot_page_before_sending() {
    let server = server().await;
    let client = client(&server.base_url());
    let refused = |result: Result<_, Error>| match result {
        Err(Error::InvalidRequest(message)) => message,
        Err(other) => panic!("not an invalid request: {other}"),
        Ok(_) => panic!("accepted"),
    };
    let add = &yandex_direct::find_method("v5", "campaigns", "add")
        .expect("campaigns.add")
        .info;
    let message = refused(client.json_pages(add, serde_json::json!({})).map(|_| ()));
    assert!(message.contains("Campaigns.add does not page"), "{message}");
    let message = refused(
        client
            .json_pages(
                campaigns_get_info(),
                serde_json::json!({"Page": {"Offset": -1.5}}),
            )
            .map(|_| ()),
    );
    assert!(message.contains("params.Page.Offset"), "{message}");
    assert_eq!(server.request_count(), 0);
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
    let refused = error.body_too_large().expect("a body over the limit");
    assert_eq!(refused.limit, 64 * 1024);
    assert!(
        refused.size > refused.limit && !refused.announced,
        "{refused:?}"
    );

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
    assert!(error
        .body_too_large()
        .is_some_and(|refused| refused.announced));
    assert_eq!(server.request_count(), 1, "not retried");
}

// What the client does on each fault: the rows of the guide table of that name (docs/client.md), as data.
// `every_fault_of_the_readme_table_against_a_local_server` runs each row for reads and writes
// against a server on 127.0.0.1; `the_guide_fault_table_lists_exactly_the_tested_rows` keeps
// the guide's table the rendering of these rows.

/// How the server side of a row misbehaves.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Fault {
    /// Nothing accepts the connection.
    Refused,
    /// The connection attempt gets no answer until the client's connect timeout.
    Unanswered,
    /// The request arrives whole; the connection is reset before any answer.
    ResetBeforeAnswer,
    /// The status, headers and part of the body arrive, then the connection is reset.
    ResetMidBody,
    /// Part of the body `Content-Length` announced arrives, then the connection is closed.
    ClosedMidBody,
    /// `200` with an empty body.
    EmptyBody,
    /// `200` with the whole body, which is JSON cut in the middle of a value.
    TruncatedJson,
    /// `200` with an HTML page.
    InvalidJson,
    /// Nothing comes back before the client's timeout.
    NoAnswer,
    /// Headers at once, then a body of one byte now and then, never complete.
    SlowDrip,
    /// A chunked body without end.
    OverLimitStreamed,
    /// A body whose `Content-Length` is over the limit.
    OverLimitAnnounced,
    /// Each status of the row's codes with an HTML page.
    Http,
    /// The API's v5 error object with each of the row's codes, with this HTTP status.
    Api(u16),
    /// The API's v4 error object with each of the row's codes (HTTP 200).
    V4Api,
}

/// Which protocol's calls a row runs.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Protocols {
    Both,
    V5,
    V4,
}

/// What a call ends with.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Expect {
    /// `Error::Transport`, `not_sent`, no status.
    NotSent,
    /// `Error::Transport`, no status: the connection failed after the request left.
    Cut,
    /// `Error::Transport` with status 200, over the body limit.
    TooLarge,
    /// `Error::Transport` with the row's status.
    HttpStatus,
    /// `Error::Timeout`.
    Timeout,
    /// `Error::Decode`, not truncated.
    Decode,
    /// `Error::Decode`, truncated.
    DecodeTruncated,
    /// `Error::Api` with the row's code, of the protocol called.
    Api,
}

/// How many times a call is sent, and its error.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Outcome {
    tries: u32,
    error: Expect,
}

const fn tries(tries: u32, error: Expect) -> Outcome {
    Outcome { tries, error }
}

/// One row of the table.
struct FaultRow {
    /// The first column; names every code of `codes`.
    fault: &'static str,
    kind: Fault,
    /// The statuses (`Fault::Http`) or API codes (`Fault::Api`, `Fault::V4Api`) of the row.
    codes: &'static [i64],
    protocols: Protocols,
    /// The policy waits for units (`with_wait_for_units(250 ms, 100 ms)`).
    wait_for_units: bool,
    read: Outcome,
    write: Outcome,
    /// Why a write never runs twice.
    twice: &'static str,
    /// Older tests of the same fault: `file::function` in `tests/tests/`.
    see: &'static [&'static str],
}

const NOT_RETRIED: &str = "no: sent once";
const REFUSED_BEFORE_RUNNING: &str = "no: the API refused it before running it";

/// The rows of the guide table "What the client does on each fault", in its order.
const FAULTS: &[FaultRow] = &{
    use Expect::*;
    const fn row(
        fault: &'static str,
        kind: Fault,
        read: Outcome,
        write: Outcome,
        see: &'static [&'static str],
    ) -> FaultRow {
        FaultRow {
            fault,
            kind,
            codes: &[],
            protocols: Protocols::Both,
            wait_for_units: false,
            read,
            write,
            twice: NOT_RETRIED,
            see,
        }
    }
    const fn api(
        fault: &'static str,
        codes: &'static [i64],
        read: u32,
        write: u32,
        see: &'static [&'static str],
    ) -> FaultRow {
        FaultRow {
            fault,
            kind: Fault::Api(200),
            codes,
            protocols: Protocols::V5,
            wait_for_units: false,
            read: tries(read, Api),
            write: tries(write, Api),
            twice: if write > 1 {
                REFUSED_BEFORE_RUNNING
            } else {
                NOT_RETRIED
            },
            see,
        }
    }
    const fn v4(
        fault: &'static str,
        codes: &'static [i64],
        read: u32,
        write: u32,
        see: &'static [&'static str],
    ) -> FaultRow {
        FaultRow {
            kind: Fault::V4Api,
            protocols: Protocols::V4,
            ..api(fault, codes, read, write, see)
        }
    }
    [
        FaultRow {
            twice: "no: it never reached the server",
            ..row(
                "connection refused",
                Fault::Refused,
                tries(4, NotSent),
                tries(4, NotSent),
                &["client::a_connection_failure_is_a_transport_error_marked_not_sent"],
            )
        },
        FaultRow {
            twice: "no: it never reached the server",
            ..row(
                "connection attempt unanswered (connect timeout)",
                Fault::Unanswered,
                tries(4, NotSent),
                tries(4, NotSent),
                &[],
            )
        },
        row(
            "connection reset after the request, before any answer",
            Fault::ResetBeforeAnswer,
            tries(4, Cut),
            tries(1, Cut),
            &[],
        ),
        row(
            "connection reset (TCP RST) in the middle of the body",
            Fault::ResetMidBody,
            tries(4, Cut),
            tries(1, Cut),
            &[],
        ),
        row(
            "connection closed before the `Content-Length` announced",
            Fault::ClosedMidBody,
            tries(4, Cut),
            tries(1, Cut),
            &[],
        ),
        row(
            "empty body, HTTP 200",
            Fault::EmptyBody,
            tries(4, DecodeTruncated),
            tries(1, DecodeTruncated),
            &[],
        ),
        row(
            "truncated JSON, HTTP 200",
            Fault::TruncatedJson,
            tries(4, DecodeTruncated),
            tries(1, DecodeTruncated),
            &["client::a_write_that_meets_a_truncated_response_is_not_sent_twice"],
        ),
        row(
            "invalid JSON (an HTML page), HTTP 200",
            Fault::InvalidJson,
            tries(1, Decode),
            tries(1, Decode),
            &["client::a_decode_error_keeps_the_raw_body_and_the_path"],
        ),
        row(
            "no answer within the timeout",
            Fault::NoAnswer,
            tries(4, Timeout),
            tries(1, Timeout),
            &[
                "client::a_timeout_is_its_own_error",
                "transport::a_lost_create_answer_says_the_job_may_exist",
            ],
        ),
        row(
            "slow drip: headers, then a body trickling in past the timeout",
            Fault::SlowDrip,
            tries(4, Timeout),
            tries(1, Timeout),
            &[],
        ),
        row(
            "body over the limit, streamed without end",
            Fault::OverLimitStreamed,
            tries(1, TooLarge),
            tries(1, TooLarge),
            &["transport::answers_over_the_body_limit_are_refused_with_memory_bounded"],
        ),
        row(
            "body over the limit, announced by `Content-Length`",
            Fault::OverLimitAnnounced,
            tries(1, TooLarge),
            tries(1, TooLarge),
            &["transport::answers_over_the_body_limit_are_refused_with_memory_bounded"],
        ),
        FaultRow {
            codes: &[500, 502, 503, 504],
            ..row(
                "HTTP 500, 502, 503, 504 with a page that is not the API's",
                Fault::Http,
                tries(4, HttpStatus),
                tries(1, HttpStatus),
                &[
                    "client::reads_retry_http_5xx_and_506_but_give_up_after_max_attempts",
                    "client::writes_are_retried_only_when_not_executed",
                    "transport::the_http_status_decides_over_a_json_body_that_is_not_the_apis",
                ],
            )
        },
        api(
            "API error 52 (authorization server unavailable)",
            &[52],
            4,
            4,
            &["client::reads_retry_http_5xx_and_506_but_give_up_after_max_attempts"],
        ),
        api(
            "API error 506 (too many connections)",
            &[506],
            4,
            4,
            &[
                "client::writes_are_retried_only_when_not_executed",
                "client::server_enforces_five_simultaneous_requests_with_506",
            ],
        ),
        api(
            "API error 1000, 1001, 1002, 1020 (temporary)",
            &[1000, 1001, 1002, 1020],
            4,
            1,
            &[
                "client::a_read_that_meets_1000_twice_succeeds_on_the_third_try",
                "client::writes_are_retried_only_when_not_executed",
            ],
        ),
        FaultRow {
            kind: Fault::Api(500),
            ..api("API error 1002 with HTTP 500", &[1002], 4, 1, &[])
        },
        api(
            "API error 152 (units exhausted)",
            &[152],
            1,
            1,
            &["client::units_exhausted_is_an_error_by_default_and_a_policy_may_wait"],
        ),
        FaultRow {
            wait_for_units: true,
            ..api(
                "API error 152, the policy waiting for units (250 ms, a try every 100 ms)",
                &[152],
                3,
                3,
                &["transport::waiting_for_units_pauses_and_does_not_use_up_the_retries"],
            )
        },
        api(
            "API error 53, 58, 513 (authorization)",
            &[53, 58, 513],
            1,
            1,
            &["client::error_53_is_not_retried"],
        ),
        api(
            "API error 54, 3000, 3001 (rights)",
            &[54, 3000, 3001],
            1,
            1,
            &[],
        ),
        api(
            "API error 8000, 3500 (invalid request)",
            &[8000, 3500],
            1,
            1,
            &["client::the_server_decodes_requests_with_the_schema"],
        ),
        api("API error 8800 (not found)", &[8800], 1, 1, &[]),
        api(
            "API error 56, 9000 (request limits)",
            &[56, 9000],
            1,
            1,
            &[],
        ),
        api(
            "API error 1003, 1004 (an account or a client not created)",
            &[1003, 1004],
            1,
            1,
            &[],
        ),
        v4(
            "v4 error 52 (temporarily unavailable)",
            &[52],
            4,
            4,
            &["v4::a_retried_finance_call_uses_a_new_operation_number"],
        ),
        v4("v4 error 57 (concurrent-method limit)", &[57], 4, 4, &[]),
        v4(
            "v4 error 500, 503, 504 (internal error, unavailable)",
            &[500, 503, 504],
            4,
            1,
            &["v4::top_level_errors_with_http_200_are_api_errors_with_kinds"],
        ),
        v4("v4 error 152 (units exhausted)", &[152], 1, 1, &[]),
        v4(
            "v4 error 53 (authorization)",
            &[53],
            1,
            1,
            &["v4::top_level_errors_with_http_200_are_api_errors_with_kinds"],
        ),
        v4("v4 error 54, 55, 56 (limits)", &[54, 55, 56], 1, 1, &[]),
        v4(
            "v4 error 71, 245, 350, 509 (invalid request, finance token, retired method)",
            &[71, 245, 350, 509],
            1,
            1,
            &["v4::top_level_errors_with_http_200_are_api_errors_with_kinds"],
        ),
        v4(
            "v4 error 73, 91, 370 (not found)",
            &[73, 91, 370],
            1,
            1,
            &[],
        ),
    ]
};

/// The calls a row is tried with.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Call {
    Get,
    Add,
    Update,
    Delete,
    V4Read,
    V4Finance,
}

impl Call {
    fn is_write(self) -> bool {
        !matches!(self, Call::Get | Call::V4Read)
    }

    fn is_v4(self) -> bool {
        matches!(self, Call::V4Read | Call::V4Finance)
    }

    async fn run(self, client: &yandex_direct::Client) -> Result<(), Error> {
        use yandex_direct::direct_v5::campaigns::{
            AddRequest, CampaignAddItem, CampaignUpdateItem, DeleteRequest, UpdateRequest,
        };
        use yandex_direct::direct_v5::general::IdsCriteria;
        let campaigns = client.campaigns();
        match self {
            Call::Get => campaigns.get(campaigns_get()).await.map(drop),
            Call::Add => campaigns
                .add(AddRequest::new([CampaignAddItem::new("n", "2030-01-01")]))
                .await
                .map(drop),
            Call::Update => campaigns
                .update(UpdateRequest::new([CampaignUpdateItem::new(1)]))
                .await
                .map(drop),
            Call::Delete => campaigns
                .delete(DeleteRequest::new(IdsCriteria::new([1])))
                .await
                .map(drop),
            Call::V4Read => client
                .live()
                .get_clients_units(ArrayOfString::from(vec!["login".to_owned()]))
                .await
                .map(drop),
            Call::V4Finance => client
                .live()
                .create_invoice(CreateInvoiceInfo::new())
                .await
                .map(drop),
        }
    }
}

impl FaultRow {
    /// Every (code, call) the row is run with; the code is 0 for rows without codes.
    fn cases(&self) -> Vec<(i64, Call)> {
        let calls: &[Call] = match self.protocols {
            Protocols::Both => &[
                Call::Get,
                Call::Add,
                Call::Update,
                Call::Delete,
                Call::V4Read,
                Call::V4Finance,
            ],
            Protocols::V5 => &[Call::Get, Call::Add, Call::Update, Call::Delete],
            Protocols::V4 => &[Call::V4Read, Call::V4Finance],
        };
        let codes: &[i64] = if self.codes.is_empty() {
            &[0]
        } else {
            self.codes
        };
        codes
            .iter()
            .flat_map(|&code| calls.iter().map(move |&call| (code, call)))
            .collect()
    }

    /// The guide table line of the row.
    fn render(&self) -> String {
        let see: Vec<String> = self.see.iter().map(|name| format!("`{name}`")).collect();
        format!(
            "| {} | {} | {} | {} | {} |",
            self.fault,
            self.read,
            self.write,
            self.twice,
            see.join(", ")
        )
    }
}

impl std::fmt::Display for Outcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let error = match self.error {
            Expect::NotSent => "`Transport`, `not_sent`",
            Expect::Cut => "`Transport`, no status",
            Expect::TooLarge => "`Transport`, `body_too_large()`",
            Expect::HttpStatus => "`Transport` with the status",
            Expect::Timeout => "`Timeout`",
            Expect::Decode => "`Decode`",
            Expect::DecodeTruncated => "`Decode`, `is_truncated()`",
            Expect::Api => "`Api`",
        };
        let tries = if self.tries == 1 { "try" } else { "tries" };
        write!(f, "{} {tries}: {error}", self.tries)
    }
}

/// The guide table of the rows.
fn fault_table() -> String {
    let mut lines = vec![
        "| fault | read: `get`, v4 `GetClientsUnits` | write: `add`, `update`, `delete`, v4 \
         `CreateInvoice` | a write run twice? | also tested by |"
            .to_owned(),
        "|---|---|---|---|---|".to_owned(),
    ];
    lines.extend(FAULTS.iter().map(FaultRow::render));
    lines.join("\n")
}

/// The server side of one case; it stops when dropped.
enum FaultServer {
    Refused(integration_tests::support::RefusedAddress),
    Unanswered(integration_tests::support::SilentAddress),
    Reset(integration_tests::support::ResetServer),
    Scripted(ScriptedServer),
}

impl FaultServer {
    async fn start(fault: Fault, code: i64, call: Call) -> FaultServer {
        use integration_tests::support::{RefusedAddress, ResetServer, SilentAddress};
        const MID_BODY: &[u8] = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\
            Content-Length: 1000\r\n\r\n{\"result\":{\"Campaigns\":[{\"Id\":1},";
        let json = |body: String| Reply::json(body);
        let valid = match call {
            Call::V4Read => r#"{"data":[{"Login":"login","UnitsRest":1}]}"#,
            Call::V4Finance => r#"{"data":"https://direct.yandex.ru/invoice/1"}"#,
            _ => r#"{"result":{"Campaigns":[{"Id":1}]}}"#,
        };
        let reply = match fault {
            Fault::Refused => {
                return FaultServer::Refused(RefusedAddress::reserve().expect("a reserved port"))
            }
            Fault::Unanswered => {
                return FaultServer::Unanswered(
                    SilentAddress::reserve().await.expect("an unanswering port"),
                )
            }
            Fault::ResetBeforeAnswer => {
                return FaultServer::Reset(ResetServer::start(b"").await.expect("server"))
            }
            Fault::ResetMidBody => {
                return FaultServer::Reset(ResetServer::start(MID_BODY).await.expect("server"))
            }
            Fault::ClosedMidBody => json(valid.to_owned()).truncated(valid.len() / 2),
            Fault::EmptyBody => json(String::new()),
            Fault::TruncatedJson => json(valid[..valid.len() - 6].to_owned()),
            Fault::InvalidJson => Reply::new(200)
                .header("Content-Type", "text/html")
                .body("<html>not JSON</html>"),
            Fault::NoAnswer => json(valid.to_owned()).delay(Duration::from_secs(60)),
            Fault::SlowDrip => Reply::new(200)
                .header("Content-Type", "application/json")
                .body(" ")
                .endless(Duration::from_millis(20)),
            Fault::OverLimitStreamed => Reply::new(200)
                .header("Content-Type", "application/json")
                .body(r#"{"result":{"Campaigns":["#.repeat(64))
                .endless(Duration::from_millis(1)),
            Fault::OverLimitAnnounced => json(format!(
                r#"{{"result":{{"Campaigns":[{}{{"Id":1}}]}}}}"#,
                r#"{"Id":1},"#.repeat(10_000)
            )),
            Fault::Http => Reply::new(u16::try_from(code).expect("a status"))
                .header("Content-Type", "text/html")
                .body("<html>Service Unavailable</html>"),
            Fault::Api(status) => Reply::new(status)
                .header("Content-Type", "application/json")
                .body(format!(
                    r#"{{"error":{{"request_id":"r-{code}","error_code":{code},"error_string":"e","error_detail":""}}}}"#
                )),
            Fault::V4Api => json(format!(
                r#"{{"error_code":{code},"error_str":"e","error_detail":""}}"#
            )),
        };
        let server = self::server().await;
        server.set_fallback(reply);
        FaultServer::Scripted(server)
    }

    fn base_url(&self) -> String {
        match self {
            FaultServer::Refused(address) => address.base_url(),
            FaultServer::Unanswered(address) => address.base_url(),
            FaultServer::Reset(server) => server.base_url(),
            FaultServer::Scripted(server) => server.base_url(),
        }
    }

    /// The bodies of the requests the server received, once it received `expected` (or after a
    /// while): a request the client gave up on may still be on its way.
    async fn bodies(&self, expected: usize) -> Vec<Vec<u8>> {
        match self {
            FaultServer::Refused(_) | FaultServer::Unanswered(_) => Vec::new(),
            FaultServer::Reset(server) => server.bodies(),
            FaultServer::Scripted(server) => {
                server
                    .wait_for_requests(expected, Duration::from_secs(5))
                    .await;
                server.requests().into_iter().map(|r| r.body).collect()
            }
        }
    }
}

/// Counts the attempts of the calls made under it: the `attempts` field the runtime records on
/// its `direct.call` span after each attempt.
#[derive(Clone, Default)]
struct AttemptCount(std::sync::Arc<std::sync::atomic::AtomicU64>);

struct AttemptVisitor<'a>(&'a std::sync::atomic::AtomicU64);

impl tracing::field::Visit for AttemptVisitor<'_> {
    fn record_u64(&mut self, field: &tracing::field::Field, value: u64) {
        if field.name() == "attempts" {
            self.0
                .fetch_max(value, std::sync::atomic::Ordering::Relaxed);
        }
    }
    fn record_debug(&mut self, _: &tracing::field::Field, _: &dyn std::fmt::Debug) {}
}

impl tracing::Subscriber for AttemptCount {
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, span: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        span.record(&mut AttemptVisitor(&self.0));
        tracing::span::Id::from_u64(1)
    }
    fn record(&self, _: &tracing::span::Id, values: &tracing::span::Record<'_>) {
        values.record(&mut AttemptVisitor(&self.0));
    }
    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
    fn event(&self, _: &tracing::Event<'_>) {}
    fn enter(&self, _: &tracing::span::Id) {}
    fn exit(&self, _: &tracing::span::Id) {}
}

/// Runs `call` against a server showing `row`'s fault with `code`; checks the tries, the requests
/// the server saw, the error, and that a write was sent again only when it had not run.
async fn run_fault_case(
    row: &'static FaultRow,
    code: i64,
    call: Call,
    http: yandex_direct::runtime::reqwest::Client,
) -> Result<(), String> {
    use tracing::instrument::WithSubscriber;
    use yandex_direct::runtime::{Api, BodyLimits};
    let case = format!("{} / code {code} / {call:?}", row.fault);
    let server = FaultServer::start(row.kind, code, call).await;
    let mut policy = fast_retries();
    if row.wait_for_units {
        policy = policy.with_wait_for_units(Duration::from_millis(250), Duration::from_millis(100));
    }
    let timeout = match row.kind {
        Fault::NoAnswer | Fault::SlowDrip => Duration::from_millis(500),
        _ => Duration::from_secs(20),
    };
    let mut builder = builder(&server.base_url());
    // The shared HTTP client has no connect timeout: this case's client sets its own.
    builder = if row.kind == Fault::Unanswered {
        builder.connect_timeout(Duration::from_millis(300))
    } else {
        builder.http_client(http)
    };
    let mut builder = builder
        .retry_policy(policy)
        .timeout(timeout)
        .body_limits(BodyLimits {
            json: 64 * 1024,
            v4: 64 * 1024,
            ..BodyLimits::default()
        });
    if call == Call::V4Finance {
        builder = builder.finance(FinanceCredentials::new(
            "master",
            "agrom",
            std::sync::Arc::new(InMemoryCounter::new(1)),
        ));
    }
    let client = builder.build().expect("client");
    let attempts = AttemptCount::default();
    let outcome = call.run(&client).with_subscriber(attempts.clone()).await;
    let error = match outcome {
        Ok(()) => return Err(format!("{case}: succeeded")),
        Err(error) => error,
    };
    let expected = if call.is_write() { row.write } else { row.read };
    let tried = attempts.0.load(std::sync::atomic::Ordering::Relaxed);
    let seen = if matches!(row.kind, Fault::Refused | Fault::Unanswered) {
        0
    } else {
        u64::from(expected.tries)
    };
    let bodies = server.bodies(seen as usize).await;
    let mut faults = Vec::new();
    if tried != u64::from(expected.tries) {
        faults.push(format!("tried {tried} times, not {}", expected.tries));
    }
    if bodies.len() as u64 != seen {
        faults.push(format!(
            "the server saw {} requests, not {seen}",
            bodies.len()
        ));
    }
    let protocol = if call.is_v4() {
        Api::DirectV4
    } else {
        Api::DirectV5
    };
    let row_status = match row.kind {
        Fault::Api(status) => status,
        _ => 200,
    };
    let matches = match (expected.error, &error) {
        (
            Expect::NotSent,
            Error::Transport {
                not_sent, status, ..
            },
        ) => *not_sent && status.is_none(),
        (
            Expect::Cut,
            Error::Transport {
                not_sent, status, ..
            },
        ) => !*not_sent && status.is_none(),
        (
            Expect::TooLarge,
            Error::Transport {
                not_sent, status, ..
            },
        ) => {
            let announced = row.kind == Fault::OverLimitAnnounced;
            !*not_sent
                && *status == Some(200)
                && error.body_too_large().is_some_and(|refused| {
                    refused.limit == 64 * 1024
                        && refused.size > refused.limit
                        && refused.announced == announced
                })
        }
        (
            Expect::HttpStatus,
            Error::Transport {
                not_sent, status, ..
            },
        ) => !*not_sent && status.map(i64::from) == Some(code),
        (Expect::Timeout, Error::Timeout(_)) => true,
        (Expect::Decode, Error::Decode(decode)) => !decode.is_truncated(),
        (Expect::DecodeTruncated, Error::Decode(decode)) => decode.is_truncated(),
        (Expect::Api, Error::Api(api)) => {
            api.code == code && api.api == protocol && api.http_status == row_status
        }
        _ => false,
    };
    if !matches {
        faults.push(format!("ended with {error:?}, not {:?}", expected.error));
    }
    // A write goes again only when the failure shows it did not run.
    if call.is_write() && tried > 1 && !error.not_executed() {
        faults.push(format!("a write was sent {tried} times after {error:?}"));
    }
    if row.kind == Fault::ResetMidBody && !error.to_string().contains("body") {
        faults.push(format!("the reset did not come in the body: {error}"));
    }
    // A finance call takes a new operation number for each try.
    if call == Call::V4Finance {
        let numbers: Vec<i64> = bodies
            .iter()
            .filter_map(|body| serde_json::from_slice::<serde_json::Value>(body).ok())
            .filter_map(|body| body["operation_num"].as_i64())
            .collect();
        let expected_numbers: Vec<i64> = (1..=bodies.len() as i64).collect();
        if numbers != expected_numbers {
            faults.push(format!(
                "operation numbers {numbers:?}, not {expected_numbers:?}"
            ));
        }
    }
    if faults.is_empty() {
        Ok(())
    } else {
        Err(format!("{case}: {}", faults.join("; ")))
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_fault_of_the_readme_table_against_a_local_server() {
    use futures_util::StreamExt;
    let mut cases: Vec<(&'static FaultRow, i64, Call)> = FAULTS
        .iter()
        .flat_map(|row| {
            row.cases()
                .into_iter()
                .map(move |(code, call)| (row, code, call))
        })
        .collect();
    // The cases that wait for timeouts first, so that the others run meanwhile.
    cases.sort_by_key(|(row, _, _)| {
        !matches!(
            row.kind,
            Fault::NoAnswer | Fault::SlowDrip | Fault::Unanswered
        )
    });
    let total = cases.len();
    // One HTTP client for every case (building one loads the system's root certificates, tens
    // of milliseconds each), made as the runtime makes its own: redirects not followed. Without
    // idle connections kept, each try opens its own connection, as with a client per case.
    let _ = yandex_direct::Client::builder(TOKEN).build(); // installs the TLS crypto provider
    let http = yandex_direct::runtime::reqwest::Client::builder()
        .redirect(yandex_direct::runtime::reqwest::redirect::Policy::none())
        .pool_max_idle_per_host(0)
        .build()
        .expect("HTTP client");
    let failures: Vec<String> = futures_util::stream::iter(cases)
        .map(|(row, code, call)| run_fault_case(row, code, call, http.clone()))
        .buffer_unordered(24)
        .filter_map(|outcome| async move { outcome.err() })
        .collect()
        .await;
    assert!(
        failures.is_empty(),
        "{} of {total} cases differ from the table:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn the_guide_fault_table_lists_exactly_the_tested_rows() {
    const GUIDE: &str = include_str!("../../docs/client.md");
    const HEADING: &str = "## What the client does on each fault";
    let section = GUIDE
        .split_once(HEADING)
        .map(|(_, after)| after)
        .expect("the guide's client page has the section");
    let table: Vec<&str> = section
        .lines()
        .skip_while(|line| !line.starts_with('|'))
        .take_while(|line| line.starts_with('|'))
        .collect();
    let expected = fault_table();
    assert_eq!(
        table.join("\n"),
        expected,
        "the guide's table differs from the rows of FAULTS; the table for them:\n\n{expected}\n"
    );

    // Each row names its codes, and the older tests it names exist.
    let sources = [
        ("client", include_str!("client.rs")),
        ("transport", include_str!("transport.rs")),
        ("v4", include_str!("v4.rs")),
    ];
    for row in FAULTS {
        for code in row.codes {
            assert!(
                row.fault.contains(&code.to_string()),
                "{}: {code}",
                row.fault
            );
        }
        for name in row.see {
            let (file, function) = name.split_once("::").expect("file::function");
            let (_, source) = sources
                .iter()
                .find(|(known, _)| *known == file)
                .unwrap_or_else(|| panic!("{name}: no such test file"));
            assert!(
                source.contains(&format!("async fn {function}()"))
                    || source.contains(&format!("fn {function}()")),
                "{name}: no such test"
            );
        }
    }
}

#[tokio::test]
async fn the_prepared_url_and_headers_follow_the_base_path_and_each_clients_login() {
    // The service URL and the header values are made once per client: a base URL with a path
    // (a proxy's prefix, with a trailing slash) keeps it, and a client made by `with_login`
    // sends its own login, not the one prepared for the client it came from.
    let server = server().await;
    server.set_fallback(Reply::json(r#"{"result":{"Campaigns":[{"Id":7}]}}"#));
    let client = builder(&format!("{}/proxy/direct/", server.base_url()))
        .client_login("first-login")
        .accept_language("en")
        .user_agent("prepared-test/1.0")
        .build()
        .expect("client");
    let other = client.with_login("second-login");
    for c in [&client, &other, &client] {
        c.campaigns().get(campaigns_get()).await.expect("answered");
    }
    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    for (request, login) in requests
        .iter()
        .zip(["first-login", "second-login", "first-login"])
    {
        assert_eq!(request.path(), "/proxy/direct/json/v5/campaigns");
        assert_eq!(request.header("Client-Login"), Some(login));
        assert_eq!(
            request.header("Authorization"),
            Some(format!("Bearer {TOKEN}").as_str())
        );
        assert_eq!(request.header("Accept-Language"), Some("en"));
        assert_eq!(request.header("User-Agent"), Some("prepared-test/1.0"));
    }

    // A token that is no header value is refused when a call is made, without echoing it.
    let bad = Client::builder("line\nbreak")
        .base_url(server.base_url())
        .retry_policy(fast_retries())
        .build()
        .expect("client");
    let error = bad
        .campaigns()
        .get(campaigns_get())
        .await
        .expect_err("a token with a line break cannot be sent");
    assert!(!error.to_string().contains("line\nbreak"), "{error}");
    assert_eq!(server.request_count(), 3, "nothing was sent");
}
