//! The typed client against the fake Metrica server on 127.0.0.1: paging up to `total_rows`
//! with 1-based offsets, typed rows and metric types, `bytime` by day, refusals that send
//! nothing, typed API errors, and a page without rows before `total_rows` as an error.
#![cfg(feature = "client")]

use std::time::Duration;

use futures_util::TryStreamExt;
use metrica_reporting::client::{MetricaReporting, Typed, DEFAULT_PAGE_SIZE};
use metrica_reporting::{DataParams, Error, ErrorType, Field, Filter, Operator, Query, QueryError};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use yandex_direct_fake_server::metrica::{FakeMetrica, MetricaConfig, TEST_METRICA_TOKEN};
use yandex_direct_runtime::metrica::MetricaClient;
use yandex_direct_runtime::RetryPolicy;

const COUNTER: u64 = 44147844;

async fn fake(config: MetricaConfig) -> FakeMetrica {
    FakeMetrica::start(config)
        .await
        .expect("the fake Metrica server starts")
}

fn client_at(base_url: &str) -> MetricaReporting {
    let metrica = MetricaClient::builder(TEST_METRICA_TOKEN)
        .base_url(base_url)
        .retry_policy(
            RetryPolicy::default()
                .with_max_attempts(2)
                .with_backoff(Duration::from_millis(1), Duration::from_millis(2)),
        )
        .build()
        .expect("client");
    MetricaReporting::new(metrica)
}

/// Visits by day and traffic source over November: 30 days × 4 sources.
fn by_day_and_source() -> Query {
    Query::new(
        COUNTER,
        &["ym:s:visits", "ym:s:bounceRate"],
        &["ym:s:date", "ym:s:lastsignTrafficSource"],
    )
    .expect("known names")
    .dates("2026-11-01", "2026-11-30")
}

fn query_param<'a>(query: &'a [(String, String)], key: &str) -> Option<&'a str> {
    query
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

#[tokio::test]
async fn pages_bring_every_row_up_to_total_rows_with_one_based_offsets() {
    let server = fake(MetricaConfig::default()).await;
    let client = client_at(&server.base_url());
    let query = by_day_and_source().limit(7);
    let pages = client.data_pages(&query).expect("a valid query");
    assert_eq!(pages.page_size(), 7);
    let rows: Vec<_> = pages.into_rows().try_collect().await.expect("every page");
    assert_eq!(rows.len(), 120, "30 days × 4 traffic sources");

    let requests = server.requests();
    assert_eq!(requests.len(), 18, "ceil(120 / 7) pages");
    let offsets: Vec<&str> = requests
        .iter()
        .map(|r| query_param(&r.query, "offset").expect("offset sent"))
        .collect();
    assert_eq!(&offsets[..3], ["1", "8", "15"]);
    assert_eq!(offsets[17], "120");
    assert!(requests
        .iter()
        .all(|r| query_param(&r.query, "limit") == Some("7")));

    // Every (day, source) pair once: no page repeated or skipped.
    let mut keys: Vec<(Option<String>, Option<String>)> = rows
        .iter()
        .map(|row| (row.dimensions[0].name.clone(), row.dimensions[1].id.clone()))
        .collect();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), 120);
}

#[tokio::test]
async fn metrics_are_typed_by_the_schema_and_the_page_size_defaults_to_ten_thousand() {
    let server = fake(MetricaConfig::default()).await;
    let client = client_at(&server.base_url());
    let mut query = Query::new(
        COUNTER,
        &["ym:s:visits", "ym:s:bounceRate"],
        &["ym:s:lastsignDirectClickOrder"],
    )
    .expect("known names")
    .dates("2026-11-30", "2026-12-06");
    // A name the schema does not know yet (no `<currency>AdCost` template) goes as it is,
    // untyped.
    query.metrics.push(Field::unchecked("ym:s:goal7revenue"));
    let mut pages = client.data_pages(&query).expect("a valid query");
    assert_eq!(pages.page_size(), DEFAULT_PAGE_SIZE);
    let page = pages.next_page().await.expect("a page").expect("one page");
    assert!(pages.next_page().await.expect("the end").is_none());
    assert_eq!(page.total_rows(), Some(3));
    let rows = page.rows();
    let ids: Vec<_> = rows
        .iter()
        .map(|r| r.dimensions[0].id.as_deref().unwrap_or_default())
        .collect();
    assert_eq!(ids, ["70000001", "70000002", "70000003"]);
    assert_eq!(rows[0].dimensions[0].name.as_deref(), Some("Campaign 1"));
    assert!(matches!(rows[0].metrics[0].typed(), Typed::Int(n) if n > 0));
    assert!(matches!(rows[0].metrics[1].typed(), Typed::Percents(p) if (0.0..=100.0).contains(&p)));
    assert!(matches!(rows[0].metrics[2].typed(), Typed::Number(_)));
    assert_eq!(server.requests().len(), 1);
    let sent = &server.requests()[0].query;
    assert_eq!(query_param(sent, "limit"), Some("10000"));
    assert_eq!(query_param(sent, "offset"), Some("1"));
}

#[tokio::test]
async fn bytime_pages_give_a_row_per_campaign_and_day() {
    let server = fake(MetricaConfig::default()).await;
    let client = client_at(&server.base_url());
    let query = Query::new(
        COUNTER,
        &["ym:s:visits"],
        &["ym:s:lastsignDirectClickOrder"],
    )
    .expect("known names")
    .dates("2026-12-01", "2026-12-03")
    .attribution("last_yandex_direct_click")
    .currency("RUB");
    let pages = client.bytime_pages(&query, "day").expect("a valid query");
    let rows: Vec<_> = pages
        .into_interval_rows()
        .try_collect()
        .await
        .expect("every page");
    assert_eq!(rows.len(), 9, "3 campaigns × 3 days");
    let days: Vec<&str> = rows[..3]
        .iter()
        .map(|r| r.interval.start.as_str())
        .collect();
    assert_eq!(days, ["2026-12-01", "2026-12-02", "2026-12-03"]);
    assert!(rows
        .iter()
        .all(|r| matches!(r.metrics[0].typed(), Typed::Int(_))));
    let sent = &server.requests()[0];
    assert_eq!(sent.path, "/stat/v1/data/bytime");
    assert_eq!(query_param(&sent.query, "group"), Some("day"));
    assert_eq!(
        query_param(&sent.query, "attribution"),
        Some("last_yandex_direct_click")
    );
    assert_eq!(query_param(&sent.query, "currency"), Some("RUB"));
}

#[tokio::test]
async fn a_refused_query_sends_nothing() {
    let server = fake(MetricaConfig::default()).await;
    let client = client_at(&server.base_url());
    let metrics: Vec<String> = (1..=21).map(|n| format!("ym:s:goal{n}visits")).collect();
    let metrics: Vec<&str> = metrics.iter().map(String::as_str).collect();
    let too_many = Query::new(COUNTER, &metrics, &[]).expect("known names");
    let error = client.query(&too_many).await.expect_err("21 metrics");
    assert!(matches!(
        error,
        Error::Refused(QueryError::TooManyMetrics { count: 21 })
    ));
    assert!(error.is_refused());

    let attribution = by_day_and_source().attribution("lastsing");
    match client.data_pages(&attribution).expect_err("a typo") {
        Error::Refused(QueryError::InvalidSetting { parameter, .. }) => {
            assert_eq!(parameter, "attribution")
        }
        other => panic!("not refused: {other}"),
    }

    let mut mixed = Query::new(COUNTER, &["ym:ad:visits"], &["ym:s:date"]).expect("known names");
    mixed.offset = Some(0);
    assert!(client.query(&mixed).await.expect_err("bad").is_refused());

    // A regex on a metric: metrics take comparisons only.
    let regex = Filter::compare("ym:s:visits", Operator::Matches, "^1").expect("a known name");
    let bad_operator = by_day_and_source().filters(regex);
    let error = client.query(&bad_operator).await.expect_err("an operator");
    assert!(matches!(
        error,
        Error::Refused(QueryError::OperatorNotAllowed { .. })
    ));
    assert_eq!(server.requests_received(), 0, "nothing was sent");
}

#[tokio::test]
async fn an_api_error_is_typed_by_its_error_type() {
    let server = fake(MetricaConfig {
        forbidden_counters: vec![COUNTER.to_string()],
        ..MetricaConfig::default()
    })
    .await;
    let client = client_at(&server.base_url());
    let error = client
        .query(&by_day_and_source())
        .await
        .expect_err("a forbidden counter");
    assert_eq!(error.error_type(), Some(&ErrorType::AccessDenied));
    match error {
        Error::Api(api) => assert_eq!(api.answer.http_status, 403),
        other => panic!("not an API error: {other}"),
    }

    // Unchecked parameters reach the server, which refuses them.
    let params = DataParams {
        ids: Some(vec![1]),
        metrics: Some(vec!["ym:s:nonsense".into()]),
        ..DataParams::default()
    };
    let error = client.data(&params).await.expect_err("an unknown metric");
    assert_eq!(error.error_type(), Some(&ErrorType::InvalidParameter));
}

/// A server that answers every request with `body`, counting them.
async fn fixed_server(
    body: &'static str,
) -> (String, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let address = listener.local_addr().expect("address");
    let count = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counter = count.clone();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            let mut request = vec![0; 8192];
            let _ = socket.read(&mut request).await;
            let answer = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = socket.write_all(answer.as_bytes()).await;
        }
    });
    (format!("http://{address}"), count)
}

#[tokio::test]
async fn a_page_without_rows_before_total_rows_is_an_error_not_a_loop() {
    let (url, count) = fixed_server(r#"{"data": [], "total_rows": 5}"#).await;
    let client = client_at(&url);
    let mut pages = client.data_pages(&by_day_and_source()).expect("valid");
    match pages.next_page().await {
        Err(Error::Stalled { offset, total_rows }) => {
            assert_eq!((offset, total_rows), (1, 5));
        }
        other => panic!("not stalled: {other:?}"),
    }
    assert!(pages.next_page().await.expect("ended").is_none());
    assert_eq!(count.load(std::sync::atomic::Ordering::SeqCst), 1);
}
