//! v4 Live over real HTTP on 127.0.0.1: the envelope and its errors, finance tokens and the
//! operation counter, the Wordstat and Forecast workflows, and `ydirect call v4`.

use std::sync::{Arc, Mutex};
use std::time::Duration;
use yandex_direct::prelude::*;

use integration_tests::support::{
    client, fake_server, fake_server_with, fast_retries, temp_dir, TOKEN,
};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use yandex_direct::direct_v4::live::{
    CreateInvoiceInfo, NewForecastInfo, NewWordstatReportInfo, PayCampElement,
};
use yandex_direct::runtime::finance::{
    FileCounter, FinanceCredentials, InMemoryCounter, OperationCounter,
};
use yandex_direct::runtime::ErrorKind;
use yandex_direct::v4_workflows::{forecast, wordstat_report, WorkflowFailure, WorkflowOptions};
use yandex_direct::{Client, Error};
use yandex_direct_fake_server::{FakeConfig, FakeServer, Fault, FaultKind};

const MASTER: &str = "AEgchkX2M3FBL8lU";

fn finance_client(server: &FakeServer, counter: Arc<dyn OperationCounter>) -> Client {
    client(&server.base_url()).with_finance(FinanceCredentials::new(MASTER, "agrom", counter))
}

fn hex_sha256(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn bodies(server: &FakeServer, method: &str) -> Vec<Value> {
    server
        .requests()
        .into_iter()
        .filter(|r| r.service == "live" && r.method.as_deref() == Some(method))
        .map(|r| serde_json::from_slice(&r.body).expect("JSON body"))
        .collect()
}

fn invoice() -> CreateInvoiceInfo {
    CreateInvoiceInfo::new().with_payments(vec![PayCampElement::new()
        .with_campaign_id(7.into())
        .with_sum(100.0.into())])
}

#[tokio::test]
async fn the_envelope_carries_method_param_locale_and_token_in_the_body() {
    let server = fake_server().await;
    let client = Client::builder(TOKEN)
        .base_url(server.base_url())
        .accept_language("en")
        .client_login("agency-client")
        .build()
        .expect("client");
    let units = client
        .live()
        .get_clients_units(vec!["alpha".to_owned(), "beta".to_owned()])
        .await
        .expect("GetClientsUnits");
    assert_eq!(units.len(), 2);
    assert_eq!(units[0].login.as_deref(), Some("alpha"));

    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    let body: Value = serde_json::from_slice(&request.body).expect("JSON");
    assert_eq!(
        body,
        json!({"method": "GetClientsUnits", "param": ["alpha", "beta"], "locale": "en", "token": TOKEN})
    );
    // v4 takes the token in the body only, and knows no v5 headers.
    assert_eq!(request.header("Authorization"), None);
    assert_eq!(request.header("Client-Login"), None);
    assert!(request
        .header("Content-Type")
        .is_some_and(|v| v.starts_with("application/json")));

    // A method without param sends none.
    let ping = client.live().ping_api().await.expect("PingAPI");
    assert_eq!(ping.get(), 1);
    assert_eq!(
        client.live().get_version().await.expect("GetVersion").get(),
        4
    );
    let ping_body = &bodies(&server, "PingAPI")[0];
    assert_eq!(ping_body.get("param"), None);
}

#[tokio::test]
async fn string_typed_numbers_decode_and_encode_back_unchanged() {
    let server = fake_server().await;
    let units = client(&server.base_url())
        .live()
        .get_clients_units(vec!["alpha".to_owned()])
        .await
        .expect("GetClientsUnits")
        .into_inner();
    let rest = units[0].units_rest.as_ref().expect("UnitsRest");
    assert_eq!(rest.get(), 100_000);
    assert_eq!(rest.quoted_text(), Some("100000"));
    // Encoded back exactly as it came: a string.
    assert_eq!(
        serde_json::to_value(&units).expect("encode"),
        json!([{"Login": "alpha", "UnitsRest": "100000"}])
    );
}

#[tokio::test]
async fn top_level_errors_with_http_200_are_api_errors_with_kinds() {
    let server = fake_server_with(FakeConfig {
        tokens: Some(vec![TOKEN.to_owned()]),
        ..FakeConfig::default()
    })
    .await;
    let wrong = Client::builder("wrong-token")
        .base_url(server.base_url())
        .retry_policy(fast_retries())
        .build()
        .expect("client");
    let error = wrong.live().ping_api().await.expect_err("wrong token");
    let api = error.api().expect("an API error");
    assert_eq!(api.code, 53);
    assert_eq!(api.http_status, 200);
    assert_eq!(error.kind(), Some(ErrorKind::Auth));
    assert_eq!(server.count("live", "PingAPI"), 1, "53 is not retried");

    // A temporary error (500 as a v4 error body) is retried for a read.
    server.inject(
        Fault::new(FaultKind::ApiError(500))
            .on("live", "PingAPI")
            .times(2),
    );
    let ping = client(&server.base_url())
        .live()
        .ping_api()
        .await
        .expect("third try");
    assert_eq!(ping.get(), 1);
    assert_eq!(server.count("live", "PingAPI"), 4);

    // 52 on a write is retried (the server did not execute it); 71 is not.
    server.inject(Fault::new(FaultKind::ApiError(71)).on("live", "DeleteWordstatReport"));
    let error = client(&server.base_url())
        .live()
        .delete_wordstat_report(5.into())
        .await
        .expect_err("71");
    assert_eq!(error.code(), Some(71));
    assert_eq!(error.kind(), Some(ErrorKind::InvalidRequest));
    assert_eq!(server.count("live", "DeleteWordstatReport"), 1);

    // An unknown report is NotFound (91), from the server's own logic.
    let error = client(&server.base_url())
        .live()
        .get_wordstat_report(12345.into())
        .await
        .expect_err("no such report");
    assert_eq!(error.code(), Some(91));
    assert_eq!(error.kind(), Some(ErrorKind::NotFound));
}

#[tokio::test]
async fn the_server_decodes_v4_requests_strictly() {
    let server = fake_server().await;
    let http = reqwest::Client::new();
    let url = format!("{}/live/v4/json/", server.base_url());
    let post = |body: Value| {
        let http = http.clone();
        let url = url.clone();
        async move {
            let response = http
                .post(url)
                .header("Content-Type", "application/json")
                .body(body.to_string())
                .send()
                .await
                .expect("send");
            assert_eq!(response.status().as_u16(), 200);
            let bytes = response.bytes().await.expect("body");
            serde_json::from_slice::<Value>(&bytes).expect("JSON")
        }
    };
    let bad = post(json!({"method": "GetClientsUnits", "param": [1], "token": "t"})).await;
    assert_eq!(bad["error_code"], 71, "{bad}");
    assert!(
        bad["error_detail"].as_str().unwrap_or("").contains("param"),
        "{bad}"
    );
    let extra = post(json!({"method": "PingAPI", "token": "t", "surprise": 1})).await;
    assert_eq!(extra["error_code"], 71, "{extra}");
    let no_param = post(json!({"method": "PingAPI", "param": 1, "token": "t"})).await;
    assert_eq!(no_param["error_code"], 71, "{no_param}");
    let retired = post(json!({"method": "GetBalance", "param": [1], "token": "t"})).await;
    assert_eq!(retired["error_code"], 509, "{retired}");
    let unknown = post(json!({"method": "NoSuchMethod", "token": "t"})).await;
    assert_eq!(unknown["error_code"], 55, "{unknown}");
    let no_token = post(json!({"method": "PingAPI"})).await;
    assert_eq!(no_token["error_code"], 53, "{no_token}");
}

#[tokio::test]
async fn finance_token_follows_the_documentation_example() {
    let server = fake_server().await;
    let client = finance_client(&server, Arc::new(InMemoryCounter::new(119)));
    let url = client
        .live()
        .create_invoice(invoice())
        .await
        .expect("CreateInvoice");
    assert_eq!(url.result, "https://direct.yandex.ru/invoice/119");

    let body = &bodies(&server, "CreateInvoice")[0];
    assert_eq!(body["operation_num"], 119);
    assert_eq!(
        body["finance_token"],
        hex_sha256("AEgchkX2M3FBL8lU119CreateInvoiceagrom")
    );
    assert_eq!(body["token"], TOKEN);
    assert_eq!(server.v4_last_operation(), Some(119));

    // The master token is not printed, nor sent.
    let printed = format!("{client:?}");
    assert!(!printed.contains(MASTER), "{printed}");
    assert!(!printed.contains(TOKEN), "{printed}");
    let raw = String::from_utf8_lossy(&server.requests()[0].body).into_owned();
    assert!(!raw.contains(MASTER));

    // A counter that does not grow past the server's last number is refused with 350.
    let stale = finance_client(&server, Arc::new(InMemoryCounter::new(119)));
    let error = stale
        .live()
        .create_invoice(invoice())
        .await
        .expect_err("a repeated operation number");
    assert_eq!(error.code(), Some(350));
    assert_eq!(error.kind(), Some(ErrorKind::InvalidRequest));

    // A wrong master token gives a token the server does not accept.
    let wrong = client.with_finance(FinanceCredentials::new(
        "not-the-master",
        "agrom",
        Arc::new(InMemoryCounter::new(500)),
    ));
    let error = wrong
        .live()
        .create_invoice(invoice())
        .await
        .expect_err("bad token");
    assert_eq!(error.code(), Some(350));
}

#[tokio::test]
async fn a_finance_method_without_credentials_fails_before_sending() {
    let server = fake_server().await;
    let error = client(&server.base_url())
        .live()
        .create_invoice(invoice())
        .await
        .expect_err("no credentials");
    match &error {
        Error::InvalidRequest(message) => {
            assert!(message.contains("CreateInvoice"), "{message}");
            assert!(message.contains("finance"), "{message}");
        }
        other => panic!("expected InvalidRequest, got {other:?}"),
    }
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn a_retried_finance_call_uses_a_new_operation_number() {
    let server = fake_server().await;
    // 52: the server did not execute it, so even a write is sent again.
    server.inject(Fault::new(FaultKind::ApiError(52)).on("live", "CreateInvoice"));
    let counter = Arc::new(InMemoryCounter::new(200));
    let client = finance_client(&server, counter.clone());
    client
        .live()
        .create_invoice(invoice())
        .await
        .expect("the retry succeeds");
    let sent = bodies(&server, "CreateInvoice");
    assert_eq!(sent.len(), 2);
    assert_eq!(sent[0]["operation_num"], 200);
    assert_eq!(sent[1]["operation_num"], 201);
    for body in &sent {
        let n = body["operation_num"].as_i64().expect("number");
        assert_eq!(
            body["finance_token"],
            hex_sha256(&format!("{MASTER}{n}CreateInvoiceagrom"))
        );
    }
    assert_eq!(server.v4_last_operation(), Some(201));
    assert_eq!(counter.next().ok(), Some(202));
}

#[tokio::test]
async fn the_counter_file_survives_a_restart() {
    let dir = temp_dir();
    let path = dir.path().join("counter");
    let server = fake_server().await;
    {
        let counter = Arc::new(FileCounter::open(&path, 119).expect("open"));
        let client = finance_client(&server, counter.clone());
        client
            .live()
            .create_invoice(invoice())
            .await
            .expect("first");
        client
            .live()
            .create_invoice(invoice())
            .await
            .expect("second");
        assert_eq!(counter.last(), 120);
        // A clone of the same counter in another task keeps growing it.
        let task_counter = counter.clone();
        let n = tokio::task::spawn_blocking(move || task_counter.next())
            .await
            .expect("task")
            .expect("next");
        assert_eq!(n, 121);
    }
    // The program "restarts": a new counter over the same file goes on after the last number,
    // even when asked to start lower.
    let text = std::fs::read_to_string(&path).expect("the file exists");
    assert_eq!(text.trim(), "121");
    let reopened = Arc::new(FileCounter::open(&path, 1).expect("reopen"));
    let client = finance_client(&server, reopened.clone());
    client
        .live()
        .create_invoice(invoice())
        .await
        .expect("after the restart");
    assert_eq!(server.v4_last_operation(), Some(122));
    assert_eq!(reopened.last(), 122);
    // No temporary file is left behind: beside the counter there is only its lock file,
    // which stays so that every process locks the same file.
    let parent = path.parent().expect("parent");
    let name = path.file_name().and_then(|n| n.to_str()).expect("name");
    let siblings: Vec<String> = std::fs::read_dir(parent)
        .expect("read dir")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(name) && n.len() > name.len())
        .collect();
    assert_eq!(siblings, [format!("{name}.lock")]);
    // A file that does not hold a number is an error, not a silent restart from 1.
    std::fs::write(&path, "garbage").expect("write");
    assert!(matches!(
        FileCounter::open(&path, 1),
        Err(Error::InvalidRequest(_))
    ));
}

fn quick_options() -> WorkflowOptions {
    WorkflowOptions::new(Duration::from_secs(10), Duration::from_millis(1))
}

#[tokio::test]
async fn wordstat_workflow_polls_fetches_and_deletes() {
    let server = fake_server_with(FakeConfig {
        v4_polls_until_done: 3,
        ..FakeConfig::default()
    })
    .await;
    let seen = Arc::new(Mutex::new(Vec::new()));
    let recorded = seen.clone();
    let options = quick_options().on_progress(move |p| {
        recorded
            .lock()
            .expect("lock")
            .push((p.polls, p.status.clone()))
    });
    let params = NewWordstatReportInfo::new().with_phrases(vec!["bike".to_owned()]);
    let report = wordstat_report(&client(&server.base_url()), params, &options)
        .await
        .expect("the report");
    assert_eq!(report.polls, 3);
    assert!(report.delete_error.is_none());
    assert_eq!(report.data.len(), 1);
    assert_eq!(report.data[0].phrase.as_deref(), Some("bike"));
    let searched = report.data[0].searched_with.as_ref().expect("SearchedWith");
    assert_eq!(
        searched[1].shows.as_ref().and_then(|s| s.quoted_text()),
        Some("120")
    );
    assert_eq!(
        *seen.lock().expect("lock"),
        vec![
            (1, "Pending".to_owned()),
            (2, "Pending".to_owned()),
            (3, "Done".to_owned())
        ]
    );
    assert_eq!(
        server.v4_deleted_jobs(),
        vec![("wordstat".to_owned(), report.job_id)]
    );
    assert_eq!(server.v4_job_count(), (0, 0));
}

#[tokio::test]
async fn the_workflow_deletes_its_job_after_a_failed_fetch() {
    let server = fake_server().await;
    server.inject(
        Fault::new(FaultKind::ApiError(500))
            .on("live", "GetWordstatReport")
            .times(100),
    );
    let params = NewWordstatReportInfo::new().with_phrases(vec!["bike".to_owned()]);
    let error = wordstat_report(
        &client(&server.base_url()),
        params.clone(),
        &quick_options(),
    )
    .await
    .expect_err("the fetch fails");
    let job_id = error.job_id.expect("the job was created");
    assert!(
        matches!(error.failure, WorkflowFailure::Fetch(_)),
        "{error}"
    );
    assert_eq!(error.error().and_then(Error::code), Some(500));
    assert!(error.delete_error.is_none());
    // Retried by the policy (a read), then given up; the job deleted all the same.
    assert_eq!(server.count("live", "GetWordstatReport"), 4);
    assert_eq!(
        server.v4_deleted_jobs(),
        vec![("wordstat".to_owned(), job_id)]
    );
    assert_eq!(server.v4_job_count(), (0, 0));

    // When the delete fails too, both are reported: the original error stays the failure.
    server.inject(Fault::new(FaultKind::ApiError(71)).on("live", "DeleteWordstatReport"));
    let error = wordstat_report(&client(&server.base_url()), params, &quick_options())
        .await
        .expect_err("the fetch fails again");
    assert_eq!(error.error().and_then(Error::code), Some(500));
    assert_eq!(
        error.delete_error.as_ref().and_then(Error::code),
        Some(71),
        "{error}"
    );
    let text = error.to_string();
    assert!(
        text.contains("cannot fetch") && text.contains("deleting the job failed"),
        "{text}"
    );
    assert_eq!(
        server.v4_job_count(),
        (1, 0),
        "the undeleted job is still there"
    );
}

#[tokio::test]
async fn forecast_workflow_and_its_deadline() {
    let server = fake_server().await;
    let params = NewForecastInfo::new().with_phrases(vec!["bike".to_owned(), "car".to_owned()]);
    let result = forecast(
        &client(&server.base_url()),
        params.clone(),
        &quick_options(),
    )
    .await
    .expect("the forecast");
    let phrases = result.data.phrases.as_ref().expect("Phrases");
    assert_eq!(phrases.len(), 2);
    assert_eq!(server.v4_deleted_jobs().len(), 1);

    // A job that never gets done: the deadline ends the wait, and the job is deleted.
    let slow = fake_server_with(FakeConfig {
        v4_polls_until_done: u32::MAX,
        ..FakeConfig::default()
    })
    .await;
    let options = WorkflowOptions::new(Duration::from_millis(100), Duration::from_millis(20));
    let error = forecast(&client(&slow.base_url()), params, &options)
        .await
        .expect_err("deadline");
    match &error.failure {
        WorkflowFailure::DeadlineExceeded { last_status, .. } => {
            assert_eq!(last_status, "Pending")
        }
        other => panic!("expected the deadline, got {other:?}"),
    }
    assert_eq!(slow.v4_deleted_jobs().len(), 1);
    assert_eq!(slow.v4_job_count(), (0, 0));
    let polls = slow.count("live", "GetForecastList");
    assert!(
        (1..=6).contains(&polls),
        "{polls} polls in 100 ms every 20 ms"
    );
}

#[tokio::test]
async fn job_slots_are_limited() {
    let server = fake_server_with(FakeConfig {
        v4_job_slots: 2,
        ..FakeConfig::default()
    })
    .await;
    let live_client = client(&server.base_url());
    let live = live_client.live();
    let params = NewWordstatReportInfo::new().with_phrases(vec!["a".to_owned()]);
    live.create_new_wordstat_report(params.clone())
        .await
        .expect("1");
    live.create_new_wordstat_report(params.clone())
        .await
        .expect("2");
    let error = live
        .create_new_wordstat_report(params.clone())
        .await
        .expect_err("no slot left");
    assert_eq!(error.code(), Some(56));
    // The workflow reports a failed create, with no job to delete.
    let error = wordstat_report(&live_client, params, &quick_options())
        .await
        .expect_err("no slot");
    assert!(matches!(error.failure, WorkflowFailure::Create(_)));
    assert_eq!(error.job_id, None);
    assert!(server.v4_deleted_jobs().is_empty());
}
