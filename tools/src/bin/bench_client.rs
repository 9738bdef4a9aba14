//! `bench-client`: the figures of the README's Performance section, in one run.
//!
//! ```text
//! cargo run --release -p tools --bin bench-client [-- --part client|decode]
//! ```
//!
//! 1. Client overhead: requests per second through the typed client against the fake server,
//!    and the same requests (same body, same headers) through plain reqwest, decoding the answer
//!    into `serde_json::Value`. Target: typed >= 0.9 x plain.
//! 2. Decode throughput of a get response with 10,000 keywords with every field filled:
//!    typed structs vs `serde_json::Value`, MB/s. Target: typed >= 1.5 x Value.

use std::time::{Duration, Instant};
use yandex_direct::prelude::*;

use serde_json::{json, Value};
use yandex_direct::direct_v5::{campaigns, keywords};
use yandex_direct::runtime::method::ResponseEnvelope;
use yandex_direct::{Client, RetryPolicy};
use yandex_direct_fake_server::{FakeConfig, FakeServer};

const ROUNDS: usize = 31;
const WORKERS: usize = 4;
const REQUESTS_PER_ROUND: usize = 2000;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn keyword(i: i64) -> Value {
    json!({
        "Id": 40_000_000_000i64 + i,
        "Keyword": format!("купить слона недорого {i} -бесплатно"),
        "AdGroupId": 5_100_000_000i64 + i / 100,
        "CampaignId": 70_000_000 + i / 1000,
        "Bid": 15_000_000 + i,
        "AutotargetingSearchBidIsAuto": "NO",
        "ContextBid": 3_000_000,
        "StrategyPriority": "NORMAL",
        "State": "ON",
        "Status": "ACCEPTED",
        "UserParam1": format!("utm-{i}"),
        "UserParam2": null,
        "Productivity": {"Value": 7.5, "References": [1, 2, 3]},
        "StatisticsSearch": {"Clicks": i * 3, "Impressions": i * 40},
        "StatisticsNetwork": {"Clicks": i, "Impressions": i * 11},
        "ServingStatus": "ELIGIBLE",
        "AutotargetingCategories": {"Items": [
            {"Category": "EXACT", "Value": "YES"},
            {"Category": "ALTERNATIVE", "Value": "NO"},
            {"Category": "COMPETITOR", "Value": "YES"}
        ]},
        "AutotargetingBrandOptions": {"Items": [
            {"Option": "WITHOUT_BRANDS", "Value": "YES"},
            {"Option": "WITH_ADVERTISER_BRAND", "Value": "NO"}
        ]},
        "AutotargetingSettings": {
            "Categories": {"Exact": "YES", "Narrow": "NO", "Alternative": "YES", "Accessory": "NO", "Broader": "NO"},
            "BrandOptions": {"WithoutBrands": "YES", "WithAdvertiserBrand": "NO", "WithCompetitorsBrand": "NO"}
        }
    })
}

/// 10,000 keywords with every field, checked against the schema types and encoded by them.
fn big_response() -> Vec<u8> {
    let items: Vec<keywords::KeywordGetItem> = (0..10_000)
        .map(|i| {
            let item = keyword(i);
            let typed: keywords::KeywordGetItem =
                yandex_direct::runtime::wire::strict(|| serde_json::from_value(item))
                    .expect("the bench's keyword matches the schema");
            assert!(
                typed.unknown_fields.is_empty() && typed.productivity.is_present(),
                "every field is known and filled"
            );
            typed
        })
        .collect();
    let response = json!({"result": {"Keywords": items, "LimitedBy": 10_000}});
    serde_json::to_vec(&response).expect("encodes")
}

/// serde's best case for the same answer: plain `#[derive(Deserialize)]` structs with the same
/// fields, enums as plain Rust enums, unknown fields and unknown enum values dropped rather than
/// kept.
// The fields are only filled in, by the decoder being measured.
#[allow(dead_code)]
mod best_case {
    use serde::Deserialize;

    #[derive(Deserialize)]
    pub struct Envelope {
        pub result: Result,
    }

    #[derive(Deserialize)]
    #[serde(rename_all = "PascalCase")]
    pub struct Result {
        pub keywords: Vec<Keyword>,
        pub limited_by: Option<i64>,
    }

    #[derive(Deserialize)]
    #[serde(rename_all = "PascalCase")]
    pub struct Keyword {
        pub id: i64,
        pub keyword: String,
        pub ad_group_id: i64,
        pub campaign_id: i64,
        pub bid: i64,
        pub autotargeting_search_bid_is_auto: Word,
        pub context_bid: i64,
        pub strategy_priority: Word,
        pub state: Word,
        pub status: Word,
        #[serde(rename = "UserParam1")]
        pub user_param1: Option<String>,
        #[serde(rename = "UserParam2")]
        pub user_param2: Option<String>,
        pub productivity: Option<Productivity>,
        pub statistics_search: Statistics,
        pub statistics_network: Statistics,
        pub serving_status: Word,
        pub autotargeting_categories: Items<Category>,
        pub autotargeting_brand_options: Items<BrandOption>,
        pub autotargeting_settings: Settings,
    }

    #[derive(Deserialize)]
    #[serde(rename_all = "PascalCase")]
    pub struct Productivity {
        pub value: f64,
        pub references: Vec<i64>,
    }

    #[derive(Deserialize)]
    #[serde(rename_all = "PascalCase")]
    pub struct Statistics {
        pub clicks: i64,
        pub impressions: i64,
    }

    #[derive(Deserialize)]
    #[serde(rename_all = "PascalCase")]
    pub struct Items<T> {
        pub items: Vec<T>,
    }

    #[derive(Deserialize)]
    #[serde(rename_all = "PascalCase")]
    pub struct Category {
        pub category: Word,
        pub value: Word,
    }

    #[derive(Deserialize)]
    #[serde(rename_all = "PascalCase")]
    pub struct BrandOption {
        pub option: Word,
        pub value: Word,
    }

    /// Every enum value of the answer, as a plain enum.
    #[derive(Deserialize)]
    #[allow(clippy::upper_case_acronyms, non_camel_case_types)]
    pub enum Word {
        YES,
        NO,
        ON,
        OFF,
        ACCEPTED,
        NORMAL,
        ELIGIBLE,
        EXACT,
        NARROW,
        ALTERNATIVE,
        ACCESSORY,
        BROADER,
        COMPETITOR,
        WITHOUT_BRANDS,
        WITH_ADVERTISER_BRAND,
        WITH_COMPETITORS_BRAND,
    }

    #[derive(Deserialize)]
    #[serde(rename_all = "PascalCase")]
    pub struct Settings {
        pub categories: Categories,
        pub brand_options: BrandOptions,
    }

    #[derive(Deserialize)]
    #[serde(rename_all = "PascalCase")]
    pub struct Categories {
        pub exact: Word,
        pub narrow: Word,
        pub alternative: Word,
        pub accessory: Word,
        pub broader: Word,
    }

    #[derive(Deserialize)]
    #[serde(rename_all = "PascalCase")]
    pub struct BrandOptions {
        pub without_brands: Word,
        pub with_advertiser_brand: Word,
        pub with_competitors_brand: Word,
    }
}

/// MB/s of typed decoding, of serde's best case (plain structs) and of `serde_json::Value`.
fn decode_bench() -> (f64, f64, f64) {
    let body = big_response();
    let mb = body.len() as f64 / 1e6;
    println!("decode: body of {:.1} MB (10,000 keywords, all fields)", mb);
    let best: best_case::Envelope = serde_json::from_slice(&body).expect("the best case decodes");
    assert_eq!(best.result.keywords.len(), 10_000);
    assert!(best.result.limited_by.is_some());
    let (mut typed, mut plain, mut untyped) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..ROUNDS {
        let start = Instant::now();
        for _ in 0..5 {
            let r: best_case::Envelope = serde_json::from_slice(&body).expect("plain");
            std::hint::black_box(r);
        }
        plain.push(5.0 * mb / start.elapsed().as_secs_f64());
        let start = Instant::now();
        for _ in 0..5 {
            let r: ResponseEnvelope<keywords::GetResponse> =
                serde_json::from_slice(&body).expect("typed");
            std::hint::black_box(r);
        }
        typed.push(5.0 * mb / start.elapsed().as_secs_f64());
        let start = Instant::now();
        for _ in 0..5 {
            let r: Value = serde_json::from_slice(&body).expect("value");
            std::hint::black_box(r);
        }
        untyped.push(5.0 * mb / start.elapsed().as_secs_f64());
    }
    (median(typed), median(plain), median(untyped))
}

async fn typed_round(client: &Client) -> Duration {
    let start = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..WORKERS {
        let client = client.clone();
        tasks.push(tokio::spawn(async move {
            let request: campaigns::GetRequest = serde_json::from_value(
                json!({"SelectionCriteria": {}, "FieldNames": ["Id", "Name", "State", "Status"]}),
            )
            .expect("request");
            for _ in 0..REQUESTS_PER_ROUND / WORKERS {
                let response = client
                    .campaigns()
                    .get(request.clone())
                    .await
                    .expect("typed call");
                std::hint::black_box(response);
            }
        }));
    }
    for t in tasks {
        t.await.expect("task");
    }
    start.elapsed()
}

async fn plain_round(http: &reqwest::Client, url: &str) -> Duration {
    let start = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..WORKERS {
        let http = http.clone();
        let url = url.to_owned();
        tasks.push(tokio::spawn(async move {
            let request = json!({"method": "get", "params":
                {"SelectionCriteria": {}, "FieldNames": ["Id", "Name", "State", "Status"]}});
            for _ in 0..REQUESTS_PER_ROUND / WORKERS {
                let body = serde_json::to_vec(&request).expect("body");
                let response = http
                    .post(&url)
                    .header("Authorization", "Bearer bench-token")
                    .header("User-Agent", "bench")
                    .header("Content-Type", "application/json; charset=utf-8")
                    .body(body)
                    .send()
                    .await
                    .expect("plain call");
                let bytes = response.bytes().await.expect("body");
                let value: Value = serde_json::from_slice(&bytes).expect("json");
                assert!(value.get("result").is_some());
                std::hint::black_box(value);
            }
        }));
    }
    for t in tasks {
        t.await.expect("task");
    }
    start.elapsed()
}

async fn client_bench() -> (f64, f64, f64) {
    let server = FakeServer::start(FakeConfig {
        daily_units: i64::MAX / 2,
        ..FakeConfig::default()
    })
    .await
    .expect("fake server");
    let client = Client::builder("bench-token")
        .base_url(server.base_url())
        .retry_policy(RetryPolicy::none())
        .user_agent("bench")
        .build()
        .expect("client");
    let add: campaigns::AddRequest =
        serde_json::from_value(json!({"Campaigns": (0..10).map(|i| json!({
        "Name": format!("campaign {i}"), "StartDate": "2030-01-01"
    })).collect::<Vec<_>>()}))
        .expect("add");
    client.campaigns().add(add).await.expect("seed");
    let http = reqwest::Client::new();
    let url = format!("{}/json/v5/campaigns", server.base_url());
    // Warm up both paths.
    typed_round(&client).await;
    plain_round(&http, &url).await;
    let (mut typed, mut plain) = (Vec::new(), Vec::new());
    for round in 0..ROUNDS {
        // Alternate which goes first, so that neither always meets a warmer machine.
        let (t, p) = if round % 2 == 0 {
            let t = typed_round(&client).await;
            (t, plain_round(&http, &url).await)
        } else {
            let p = plain_round(&http, &url).await;
            (typed_round(&client).await, p)
        };
        eprintln!("  round {round}: typed {t:?}, plain {p:?}");
        typed.push(REQUESTS_PER_ROUND as f64 / t.as_secs_f64());
        plain.push(REQUESTS_PER_ROUND as f64 / p.as_secs_f64());
    }
    let paired: Vec<f64> = typed.iter().zip(&plain).map(|(t, p)| t / p).collect();
    (median(typed), median(plain), median(paired))
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    // `--part client` or `--part decode` runs one half (for a profiler); both by default.
    let args: Vec<String> = std::env::args().collect();
    let part = match args.iter().position(|a| a == "--part") {
        Some(i) => args.get(i + 1).map(String::as_str).unwrap_or(""),
        None => "all",
    };
    if !matches!(part, "all" | "client" | "decode") {
        eprintln!("usage: bench-client [--part client|decode]");
        std::process::exit(2);
    }
    if part != "decode" {
        client_part(&runtime);
    }
    if part != "client" {
        decode_part();
    }
}

fn client_part(runtime: &tokio::runtime::Runtime) {
    let (typed_rps, plain_rps, paired) = runtime.block_on(client_bench());
    println!(
        "client overhead ({ROUNDS} rounds of {REQUESTS_PER_ROUND} campaigns.get, {WORKERS} in flight, medians):\n  typed client {typed_rps:.0} req/s, plain reqwest {plain_rps:.0} req/s, ratio of medians {:.2}, median of per-round ratios {paired:.2} (target >= 0.95)",
        typed_rps / plain_rps
    );
}

fn decode_part() {
    let (typed_mbs, plain_mbs, value_mbs) = decode_bench();
    println!(
        "decode ({ROUNDS} rounds, medians):\n  typed {typed_mbs:.0} MB/s, plain derive (serde's best case) {plain_mbs:.0} MB/s, serde_json::Value {value_mbs:.0} MB/s\n  typed / best case {:.2} (what keeping unknown fields and forward-compatible enums costs), typed / Value {:.2}",
        typed_mbs / plain_mbs,
        typed_mbs / value_mbs
    );
}
