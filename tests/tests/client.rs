//! The client, the fake server and the `ydirect call` command, over real HTTP on 127.0.0.1.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use yandex_direct::prelude::*;

use integration_tests::support::{client, fake_server, fast_retries, refused_base_url, TOKEN};
use serde::de::DeserializeOwned;
use serde_json::{json, Value};
use yandex_direct::direct_v5::{adgroups, campaigns, changes, keywords};
use yandex_direct::runtime::{ErrorKind, ResultList, Units};
use yandex_direct::{split_results, Client, Error, RetryPolicy};
use yandex_direct_fake_server::{FakeConfig, FakeServer, Fault, FaultKind, Kind};

fn typed<T: DeserializeOwned>(value: Value) -> T {
    serde_json::from_value(value).expect("test request matches the schema")
}

fn campaigns_get() -> campaigns::GetRequest {
    typed(json!({"SelectionCriteria": {}, "FieldNames": ["Id", "Name", "State", "Status", "Type"]}))
}

fn campaign_add(names: &[&str]) -> campaigns::AddRequest {
    let items: Vec<Value> = names
        .iter()
        .map(|name| {
            json!({
                "Name": name,
                "StartDate": "2030-01-01",
                "TextCampaign": {"BiddingStrategy": {
                    "Search": {"BiddingStrategyType": "HIGHEST_POSITION"},
                    "Network": {"BiddingStrategyType": "SERVING_OFF"}
                }}
            })
        })
        .collect();
    typed(json!({ "Campaigns": items }))
}

async fn add_campaign(client: &Client, name: &str) -> i64 {
    let response = client
        .campaigns()
        .add(campaign_add(&[name]))
        .await
        .expect("add");
    response.add_results.as_results()[0].id.expect("an id")
}

async fn add_ad_group(client: &Client, campaign_id: i64) -> i64 {
    let request: adgroups::AddRequest = typed(json!({"AdGroups": [
        {"Name": "group", "CampaignId": campaign_id, "RegionIds": [225]}
    ]}));
    let response = client.adgroups().add(request).await.expect("add group");
    response.add_results.as_results()[0].id.expect("an id")
}

#[tokio::test]
async fn headers_are_sent_exactly_as_specified() {
    let server = fake_server().await;
    let agency = Client::builder(TOKEN)
        .base_url(server.base_url())
        .client_login("client-a")
        .accept_language("en")
        .use_operator_units(true)
        .user_agent("tests/1.0")
        .build()
        .unwrap();
    agency.campaigns().get(campaigns_get()).await.unwrap();
    let plain = client(&server.base_url());
    plain.campaigns().get(campaigns_get()).await.unwrap();
    let not_asked = Client::builder(TOKEN)
        .base_url(server.base_url())
        .use_operator_units(false)
        .build()
        .unwrap();
    not_asked.campaigns().get(campaigns_get()).await.unwrap();

    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    let first = &requests[0];
    assert_eq!(first.service, "campaigns");
    assert_eq!(first.method.as_deref(), Some("get"));
    assert_eq!(
        first.header("Authorization"),
        Some(format!("Bearer {TOKEN}").as_str())
    );
    assert_eq!(first.header("Client-Login"), Some("client-a"));
    assert_eq!(first.header("Accept-Language"), Some("en"));
    assert_eq!(first.header("Use-Operator-Units"), Some("true"));
    assert_eq!(first.header("User-Agent"), Some("tests/1.0"));
    assert_eq!(
        first.header("Content-Type"),
        Some("application/json; charset=utf-8")
    );
    let body: Value = serde_json::from_slice(&first.body).unwrap();
    assert_eq!(body["method"], "get");
    assert_eq!(body["params"]["FieldNames"][0], "Id");
    for other in &requests[1..] {
        assert_eq!(other.header("Client-Login"), None);
        assert_eq!(other.header("Accept-Language"), None);
        assert_eq!(
            other.header("Use-Operator-Units"),
            None,
            "never sent as false"
        );
        assert!(other
            .header("User-Agent")
            .unwrap()
            .starts_with("yandex-direct-rust/"));
    }
}

#[tokio::test]
async fn units_and_request_id_are_parsed_and_kept_per_login() {
    let server = fake_server().await;
    let client = client(&server.base_url()).with_login("units-login");
    add_campaign(&client, "one").await;
    let response = client.campaigns().get(campaigns_get()).await.unwrap();
    let units = response.meta.units.expect("Units header parsed");
    let spent = server.units_spent("units-login");
    assert_eq!(
        units,
        Units {
            spent: 11,
            rest: 100_000 - spent,
            limit: 100_000
        }
    );
    assert_eq!(
        response.meta.units_used_login.as_deref(),
        Some("units-login")
    );
    let id = response.meta.request_id.as_deref().expect("RequestId");
    assert_eq!(id.len(), 19);
    let tracked = client.units("units-login").expect("tracked");
    assert_eq!(tracked.units, units);
    assert!(client.units("someone-else").is_none());
    assert_eq!(
        Units::parse("10/20828/64000"),
        Some(Units {
            spent: 10,
            rest: 20828,
            limit: 64000
        })
    );
    assert_eq!(Units::parse("10/20828"), None);
}

#[tokio::test]
async fn at_most_five_in_flight_per_login_and_logins_are_independent() {
    let server = fake_server().await;
    server.hold_until_in_flight(5, Duration::from_secs(5));
    let client = client(&server.base_url());
    let a = client.with_login("login-a");
    let b = a.clone().with_login("login-b");
    let mut tasks = Vec::new();
    for i in 0..40 {
        let c = if i % 2 == 0 { a.clone() } else { b.clone() };
        tasks.push(tokio::spawn(async move {
            c.campaigns().get(campaigns_get()).await
        }));
    }
    for task in tasks {
        task.await.unwrap().expect("no call fails: the sixth waits");
    }
    assert_eq!(server.count("campaigns", "get"), 40, "nothing was retried");
    assert_eq!(server.max_in_flight("login-a"), 5);
    assert_eq!(server.max_in_flight("login-b"), 5);
    assert!(
        server.max_in_flight_total() > 5,
        "two logins proceed independently ({} at once)",
        server.max_in_flight_total()
    );
}

#[tokio::test]
async fn server_enforces_five_simultaneous_requests_with_506() {
    let server = fake_server().await;
    // Six can never be in flight at the server, so the first five stay until the timeout
    // while the others arrive.
    server.hold_until_in_flight(6, Duration::from_secs(1));
    let client = Client::builder(TOKEN)
        .base_url(server.base_url())
        .max_in_flight_per_login(8)
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    let mut tasks = Vec::new();
    for _ in 0..8 {
        let c = client.clone();
        tasks.push(tokio::spawn(async move {
            c.campaigns().get(campaigns_get()).await
        }));
    }
    let mut too_many = 0;
    for task in tasks {
        if let Err(e) = task.await.unwrap() {
            assert_eq!(e.kind(), Some(ErrorKind::TooManyConnections));
            assert_eq!(e.code(), Some(506));
            too_many += 1;
        }
    }
    assert_eq!(too_many, 3, "the requests beyond the fifth are refused");
    assert!(server.max_in_flight("fake-advertiser") <= 5);
}

#[tokio::test]
async fn a_read_that_meets_1000_twice_succeeds_on_the_third_try() {
    let server = fake_server().await;
    server.inject(
        Fault::new(FaultKind::ApiError(1000))
            .on("campaigns", "get")
            .times(2),
    );
    let response = client(&server.base_url())
        .campaigns()
        .get(campaigns_get())
        .await;
    assert!(response.is_ok(), "{response:?}");
    assert_eq!(server.count("campaigns", "get"), 3);
}

#[tokio::test]
async fn reads_retry_http_5xx_and_506_but_give_up_after_max_attempts() {
    let server = fake_server().await;
    server.inject(Fault::new(FaultKind::Http(502)).on("campaigns", "get"));
    server.inject(Fault::new(FaultKind::ApiError(506)).on("campaigns", "get"));
    client(&server.base_url())
        .campaigns()
        .get(campaigns_get())
        .await
        .unwrap();
    assert_eq!(server.count("campaigns", "get"), 3);

    server.inject(
        Fault::new(FaultKind::ApiError(52))
            .on("campaigns", "get")
            .times(10),
    );
    let err = client(&server.base_url())
        .campaigns()
        .get(campaigns_get())
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(52));
    assert_eq!(server.count("campaigns", "get"), 3 + 4, "max_attempts = 4");
}

#[tokio::test]
async fn a_write_that_meets_a_truncated_response_is_not_sent_twice() {
    let server = fake_server().await;
    server.inject(Fault::new(FaultKind::Truncated).on("campaigns", "add"));
    let err = client(&server.base_url())
        .campaigns()
        .add(campaign_add(&["once"]))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Decode(_)), "{err:?}");
    assert_eq!(server.count("campaigns", "add"), 1);
    let stored = server.with_store("fake-advertiser", |s| s.list(Kind::Campaign).len());
    assert_eq!(stored, 1, "executed exactly once");

    // A read meeting the same fault is retried.
    server.inject(Fault::new(FaultKind::Truncated).on("campaigns", "get"));
    client(&server.base_url())
        .campaigns()
        .get(campaigns_get())
        .await
        .unwrap();
    assert_eq!(server.count("campaigns", "get"), 2);
}

#[tokio::test]
async fn writes_are_retried_only_when_not_executed() {
    let server = fake_server().await;
    // 1000 on a write: it may have been executed; not retried.
    server.inject(Fault::new(FaultKind::ApiError(1000)).on("campaigns", "add"));
    let err = client(&server.base_url())
        .campaigns()
        .add(campaign_add(&["a"]))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), Some(ErrorKind::Temporary));
    assert_eq!(server.count("campaigns", "add"), 1);
    // HTTP 500 on a write: not retried either.
    server.inject(Fault::new(FaultKind::Http(500)).on("campaigns", "add"));
    let err = client(&server.base_url())
        .campaigns()
        .add(campaign_add(&["b"]))
        .await
        .unwrap_err();
    assert_eq!(err.http_status(), Some(500));
    assert_eq!(server.count("campaigns", "add"), 2);
    // 506: the request was refused before execution; retried.
    server.inject(Fault::new(FaultKind::ApiError(506)).on("campaigns", "add"));
    client(&server.base_url())
        .campaigns()
        .add(campaign_add(&["c"]))
        .await
        .unwrap();
    assert_eq!(server.count("campaigns", "add"), 4);
    assert_eq!(
        server.with_store("fake-advertiser", |s| s.list(Kind::Campaign).len()),
        1
    );
}

#[tokio::test]
async fn error_53_is_not_retried() {
    let server = fake_server().await;
    server.inject(
        Fault::new(FaultKind::ApiError(53))
            .on("campaigns", "get")
            .times(5),
    );
    let err = client(&server.base_url())
        .campaigns()
        .get(campaigns_get())
        .await
        .unwrap_err();
    let api = err.api().expect("an API error");
    assert_eq!(api.code, 53);
    assert_eq!(api.kind(), ErrorKind::Auth);
    assert_eq!(api.message, "Authorization error");
    assert!(api.request_id.is_some());
    assert_eq!(server.count("campaigns", "get"), 1);
}

#[tokio::test]
async fn wrong_token_gives_53_and_error_kinds_are_classified() {
    let server = FakeServer::start(FakeConfig {
        tokens: Some(vec!["good".to_owned()]),
        ..FakeConfig::default()
    })
    .await
    .unwrap();
    let err = client(&server.base_url())
        .campaigns()
        .get(campaigns_get())
        .await
        .unwrap_err();
    assert_eq!(err.kind(), Some(ErrorKind::Auth));
    for (code, kind) in [
        (54, ErrorKind::Rights),
        (152, ErrorKind::UnitsExhausted),
        (506, ErrorKind::TooManyConnections),
        (1002, ErrorKind::Temporary),
        (8000, ErrorKind::InvalidRequest),
        (8800, ErrorKind::NotFound),
        (12345, ErrorKind::Other),
    ] {
        assert_eq!(ErrorKind::from_code(code), kind, "{code}");
    }
}

#[tokio::test]
async fn units_exhausted_is_an_error_by_default_and_a_policy_may_wait() {
    let server = fake_server().await;
    server.set_units_limit("poor", 5);
    let poor = client(&server.base_url()).with_login("poor");
    let err = poor.campaigns().get(campaigns_get()).await.unwrap_err();
    assert_eq!(err.kind(), Some(ErrorKind::UnitsExhausted));
    assert_eq!(server.count("campaigns", "get"), 1);

    // Waiting: the limit is raised once the server has refused one call.
    let waiting = poor.with_retry_policy(
        fast_retries().with_wait_for_units(Duration::from_secs(10), Duration::from_millis(20)),
    );
    let call = tokio::spawn(async move { waiting.campaigns().get(campaigns_get()).await });
    for _ in 0..500 {
        if server.count("campaigns", "get") >= 2 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    server.set_units_limit("poor", 1000);
    call.await.unwrap().expect("succeeds once units are back");
    assert!(server.count("campaigns", "get") >= 3);
}

#[tokio::test]
async fn a_decode_error_keeps_the_raw_body_and_the_path() {
    let server = fake_server().await;
    let client = client(&server.base_url());
    server.inject(Fault::new(FaultKind::InvalidJson).on("campaigns", "get"));
    let err = client.campaigns().get(campaigns_get()).await.unwrap_err();
    let decode = err.decode_error().expect("a decode error");
    assert_eq!(decode.raw, b"<html>not JSON</html>");
    assert_eq!(
        server.count("campaigns", "get"),
        1,
        "a body that is not JSON is not retried"
    );

    // A value of the wrong type in the answer: the path names it.
    add_campaign(&client, "x").await;
    server.with_store("fake-advertiser", |s| {
        let table = s.objects.get_mut(&Kind::Campaign).unwrap();
        let obj = table.values_mut().next().unwrap();
        obj.fields.insert("Name".into(), json!(12));
    });
    let err = client.campaigns().get(campaigns_get()).await.unwrap_err();
    let decode = err.decode_error().expect("a decode error");
    assert_eq!(decode.path, "result.Campaigns[0].Name");
    assert!(String::from_utf8_lossy(&decode.raw).contains("\"Name\":12"));
}

#[tokio::test]
async fn the_server_decodes_requests_with_the_schema() {
    let server = fake_server().await;
    let http = reqwest::Client::new();
    let answer: Value = http
        .post(format!("{}/json/v5/campaigns", server.base_url()))
        .bearer_auth(TOKEN)
        .body(r#"{"method":"get","params":{"SelectionCriteria":{"Idz":[1]},"FieldNames":["Id"]}}"#)
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .map(|b| serde_json::from_slice(&b).unwrap())
        .unwrap();
    assert_eq!(answer["error"]["error_code"], 8000);
    let detail = answer["error"]["error_detail"].as_str().unwrap();
    assert!(detail.contains("params.SelectionCriteria"), "{detail}");
    assert!(detail.contains("Idz"), "{detail}");

    // The same through the client: 8000 is not retried.
    let body = br#"{"method":"get","params":{"SelectionCriteria":{},"FieldNames":"Id"}}"#.to_vec();
    let err = client(&server.base_url())
        .call_body::<Value>(&campaigns::GET.info, body)
        .await
        .unwrap_err();
    assert_eq!(err.kind(), Some(ErrorKind::InvalidRequest));
    assert_eq!(server.count("campaigns", "get"), 2);
}

#[tokio::test]
async fn a_timeout_is_its_own_error() {
    let server = fake_server().await;
    server.inject(Fault::new(FaultKind::Slow(Duration::from_secs(3))));
    let client = Client::builder(TOKEN)
        .base_url(server.base_url())
        .timeout(Duration::from_millis(100))
        .retry_policy(RetryPolicy::none())
        .build()
        .unwrap();
    let err = client.campaigns().get(campaigns_get()).await.unwrap_err();
    assert!(matches!(err, Error::Timeout(_)), "{err:?}");
}

#[tokio::test]
async fn a_connection_failure_is_a_transport_error_marked_not_sent() {
    let client = Client::builder(TOKEN)
        .base_url(refused_base_url())
        .retry_policy(fast_retries())
        .build()
        .unwrap();
    let err = client
        .campaigns()
        .add(campaign_add(&["x"]))
        .await
        .unwrap_err();
    match &err {
        Error::Transport {
            not_sent, status, ..
        } => {
            assert!(*not_sent);
            assert_eq!(*status, None);
        }
        other => panic!("{other:?}"),
    }
    assert!(err.not_executed());
}

/// Collects every span field and event field written while it is the default subscriber.
struct Capture {
    out: Arc<Mutex<String>>,
    next: AtomicU64,
}

struct Visitor<'a>(&'a mut String);

impl tracing::field::Visit for Visitor<'_> {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        self.0.push_str(&format!(" {}={:?}", field.name(), value));
    }
}

impl tracing::Subscriber for Capture {
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, span: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        let mut out = self.out.lock().unwrap();
        out.push_str(&format!("\nspan {}:", span.metadata().name()));
        span.record(&mut Visitor(&mut out));
        tracing::span::Id::from_u64(self.next.fetch_add(1, Ordering::Relaxed) + 1)
    }
    fn record(&self, _: &tracing::span::Id, values: &tracing::span::Record<'_>) {
        let mut out = self.out.lock().unwrap();
        out.push_str("\nrecord:");
        values.record(&mut Visitor(&mut out));
    }
    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
    fn event(&self, event: &tracing::Event<'_>) {
        let mut out = self.out.lock().unwrap();
        out.push_str(&format!("\nevent {}:", event.metadata().level()));
        event.record(&mut Visitor(&mut out));
    }
    fn enter(&self, _: &tracing::span::Id) {}
    fn exit(&self, _: &tracing::span::Id) {}
}

#[tokio::test]
async fn the_token_never_appears_in_debug_output_or_tracing() {
    let out = Arc::new(Mutex::new(String::new()));
    let _guard = tracing::subscriber::set_default(Capture {
        out: out.clone(),
        next: AtomicU64::new(0),
    });
    let server = fake_server().await;
    server.inject(Fault::new(FaultKind::ApiError(1000)).on("campaigns", "get"));
    let builder = Client::builder(TOKEN)
        .base_url(server.base_url())
        .client_login("traced");
    let client = builder
        .clone()
        .retry_policy(fast_retries())
        .build()
        .unwrap();
    client.campaigns().get(campaigns_get()).await.unwrap();
    server.inject(Fault::new(FaultKind::ApiError(53)).on("campaigns", "get"));
    let err = client.campaigns().get(campaigns_get()).await.unwrap_err();

    let debug = format!("{builder:?} {client:?} {:?} {err:?} {err}", client.config());
    assert!(!debug.contains(TOKEN), "{debug}");
    assert!(debug.contains("redacted"));
    let traced = out.lock().unwrap().clone();
    assert!(!traced.contains(TOKEN), "{traced}");
    // The spans say what was called, as whom, and what it cost; retries are visible.
    assert!(traced.contains("service=\"Campaigns\""), "{traced}");
    assert!(traced.contains("method=\"get\""), "{traced}");
    assert!(traced.contains("login=\"traced\""), "{traced}");
    assert!(traced.contains("units_rest="), "{traced}");
    assert!(traced.contains("request_id="), "{traced}");
    assert!(traced.contains("retrying Direct API call"), "{traced}");
}

#[tokio::test]
async fn paging_collects_every_page() {
    let server = fake_server().await;
    let client = client(&server.base_url());
    let campaign = add_campaign(&client, "paged").await;
    let group = add_ad_group(&client, campaign).await;
    let items: Vec<Value> = (0..25)
        .map(|i| json!({"Keyword": format!("keyword {i}"), "AdGroupId": group}))
        .collect();
    let added = client
        .keywords()
        .add(typed(json!({ "Keywords": items })))
        .await
        .unwrap();
    assert_eq!(added.add_results.as_results().len(), 25);
    let request: keywords::GetRequest = typed(json!({
        "SelectionCriteria": {"AdGroupIds": [group]},
        "FieldNames": ["Id", "Keyword", "State", "Status", "CampaignId"],
        "Page": {"Limit": 10}
    }));
    let all = client.keywords().get_all(request.clone()).await.unwrap();
    assert_eq!(all.pages.len(), 3, "one metadata per page");
    assert!(all.pages.iter().all(|meta| meta.request_id.is_some()));
    assert!(all.units_spent() > 0, "the pages' units are kept");
    let all = all.items;
    assert_eq!(all.len(), 25);
    let texts: Vec<String> = all.iter().map(|k| k.keyword.clone().unwrap()).collect();
    assert_eq!(texts[0], "keyword 0");
    assert_eq!(texts[24], "keyword 24");
    assert!(all.iter().all(|k| k.campaign_id == Some(campaign)));
    assert!(
        all[0].id.unwrap() > i64::from(i32::MAX),
        "ids beyond 32 bits"
    );
    assert_eq!(server.count("keywords", "get"), 3);
    let sent: Vec<Value> = server
        .requests()
        .iter()
        .filter(|r| r.service == "keywords" && r.method.as_deref() == Some("get"))
        .map(|r| serde_json::from_slice::<Value>(&r.body).unwrap()["params"]["Page"].clone())
        .collect();
    assert_eq!(sent[1], json!({"Limit": 10, "Offset": 10}));
    assert_eq!(sent[2], json!({"Limit": 10, "Offset": 20}));

    // The pages one by one with their metadata, by the inherent `next` (no stream traits)...
    let mut pages = client.keywords().pages(request.clone());
    let mut sizes = Vec::new();
    while let Some(page) = pages.next().await {
        let page = page.unwrap();
        assert!(page.meta.request_id.is_some());
        sizes.push(page.keywords.as_ref().map_or(0, Vec::len));
    }
    assert_eq!(sizes, [10, 10, 5]);

    // ... or as a `Stream`, with the same typed method value the service uses.
    use futures_util::StreamExt;
    let pages: Vec<_> = client
        .pages(&keywords::GET, request)
        .into_stream()
        .collect()
        .await;
    assert_eq!(pages.len(), 3);
    let last = pages[2].as_ref().unwrap();
    assert_eq!(last.limited_by, None);
    assert_eq!(last.keywords.as_ref().unwrap().len(), 5);
    assert!(last.meta.request_id.is_some());
}

#[tokio::test]
async fn the_store_behaves_and_per_item_results_split_by_position() {
    let server = fake_server().await;
    let client = client(&server.base_url());
    let added = client
        .campaigns()
        .add(campaign_add(&["first", "", "third"]))
        .await
        .unwrap();
    let split = split_results(&added.add_results);
    assert_eq!(
        split.succeeded.iter().map(|(i, _)| *i).collect::<Vec<_>>(),
        vec![0, 2]
    );
    assert_eq!(split.failed.len(), 1);
    assert_eq!(split.failed[0].index, 1);
    assert_eq!(split.failed[0].errors[0].code, 8000);
    let results = added.add_results.as_results();
    let first = results[0].id.unwrap();
    let third = results[2].id.unwrap();

    let update: campaigns::UpdateRequest = typed(json!({"Campaigns": [
        {"Id": first, "Name": "renamed"}, {"Id": 1, "Name": "missing"}
    ]}));
    let updated = client.campaigns().update(update).await.unwrap();
    let split = split_results(&updated.update_results);
    assert_eq!(split.failed[0].index, 1);
    assert_eq!(split.failed[0].errors[0].code, 8800);

    let ids = |ids: Vec<i64>| json!({"SelectionCriteria": {"Ids": ids}});
    client
        .campaigns()
        .suspend(typed(ids(vec![first])))
        .await
        .unwrap();
    client
        .campaigns()
        .archive(typed(ids(vec![third])))
        .await
        .unwrap();
    let got = client.campaigns().get(campaigns_get()).await.unwrap();
    let list = got.campaigns.as_ref().unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].name.as_deref(), Some("renamed"));
    assert_eq!(list[0].state.as_ref().unwrap().as_str(), "SUSPENDED");
    assert_eq!(list[1].state.as_ref().unwrap().as_str(), "ARCHIVED");
    assert_eq!(list[0].type_.as_ref().unwrap().as_str(), "TEXT_CAMPAIGN");

    client
        .campaigns()
        .resume(typed(ids(vec![first])))
        .await
        .unwrap();
    let deleted = client
        .campaigns()
        .delete(typed(ids(vec![third, 42])))
        .await
        .unwrap();
    assert!(split_results(&deleted.delete_results).failed[0].index == 1);
    let got = client.campaigns().get(campaigns_get()).await.unwrap();
    let list = got.campaigns.as_ref().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].state.as_ref().unwrap().as_str(), "ON");

    // Children need their parents.
    let orphan: adgroups::AddRequest = typed(json!({"AdGroups": [
        {"Name": "orphan", "CampaignId": 999, "RegionIds": [1]}
    ]}));
    let res = client.adgroups().add(orphan).await.unwrap();
    assert_eq!(
        split_results(&res.add_results).failed[0].errors[0].code,
        8800
    );
    // Empty get results: no collection key.
    let none: keywords::GetRequest =
        typed(json!({"SelectionCriteria": {"Ids": [1]}, "FieldNames": ["Id"]}));
    assert!(client
        .keywords()
        .get(none)
        .await
        .unwrap()
        .keywords
        .is_none());
}

#[tokio::test]
async fn the_changes_service_follows_the_store() {
    let server = fake_server().await;
    let client = client(&server.base_url());
    let start = client
        .changes()
        .check_dictionaries(typed(json!({})))
        .await
        .unwrap()
        .timestamp
        .clone();
    let campaign = add_campaign(&client, "watched").await;
    let quiet = add_campaign(&client, "quiet").await;
    let after_add = client
        .changes()
        .check_campaigns(typed(json!({"Timestamp": start})))
        .await
        .unwrap();
    let changed: Vec<i64> = after_add
        .campaigns
        .iter()
        .flatten()
        .map(|c| c.campaign_id)
        .collect();
    assert_eq!(changed, vec![campaign, quiet]);
    let t1 = after_add.timestamp.clone();
    assert!(t1 > start);

    let group = add_ad_group(&client, campaign).await;
    let since_t1: changes::CheckCampaignsResponse = client
        .changes()
        .check_campaigns(typed(json!({"Timestamp": t1})))
        .await
        .unwrap()
        .into_inner();
    let items = since_t1.campaigns.unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].campaign_id, campaign);
    let changes_in: Vec<&str> = items[0].changes_in.iter().map(|c| c.as_str()).collect();
    assert_eq!(changes_in, vec!["CHILDREN"]);

    let check = client
        .changes()
        .check(typed(json!({
            "CampaignIds": [campaign, quiet, 5],
            "Timestamp": t1,
            "FieldNames": ["CampaignIds", "AdGroupIds", "AdIds"]
        })))
        .await
        .unwrap();
    let modified = check.modified.as_ref().unwrap();
    assert_eq!(modified.ad_group_ids.as_deref(), Some(&[group][..]));
    assert_eq!(modified.campaign_ids, None);
    assert_eq!(
        check.not_found.as_ref().unwrap().campaign_ids.as_deref(),
        Some(&[5][..])
    );

    // Nothing changed since the last timestamp.
    let now = check.timestamp.clone().unwrap();
    let quiet_now = client
        .changes()
        .check_campaigns(typed(json!({"Timestamp": now})))
        .await
        .unwrap();
    assert!(quiet_now.campaigns.is_none());
}
