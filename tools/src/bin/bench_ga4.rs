//! The GA4 Data API benchmarks (issue 19).
//!
//! ```text
//! bench-ga4 decode [ROWS] [RUNS]
//! bench-ga4 quota [REPORTS] [TOKENS_PER_HOUR] [TOKENS_PER_REPORT]
//! ```
//!
//! `decode` (default 100,000 rows, 7 runs) decodes one `runReport` answer of `ROWS` rows (3
//! dimensions, 3 metrics, as the API sends them: every value a string) into the generated
//! `RunReportResponse` and into `serde_json::Value`, alternating, and prints the median and
//! the spread (fastest, slowest) of each and the ratio of the medians, all from this one run.
//!
//! `quota` (default 200 reports, 40,000 tokens per hour, reports of about 300 tokens) runs the
//! same reports one after another against two fresh fake Data APIs on 127.0.0.1 (the hourly
//! buckets, per property and per project, hold `TOKENS_PER_HOUR`; the reports cost
//! `TOKENS_PER_REPORT` - 10, + 0 and + 10 tokens by their 1 to 3 dimensions): once through
//! `Ga4Client` and its quota governor (policy: fail), once by a plain loop of HTTP requests
//! without it. It prints, for each, the reports completed, refused before sending, and answered
//! 429 (as the server counted them). It counts answers, not time.

use std::time::{Duration, Instant};

use ga4_data::client::Ga4Client;
use ga4_data::types::{DateRange, Dimension, Metric, RunReportRequest, RunReportResponse};
use ga4_data::PropertyId;
use serde_json::{json, Value};
use yandex_direct_fake_server::ga4::{FakeGa4, Ga4Config, TEST_BEARER_TOKEN};
use yandex_direct_runtime::google::{GoogleAuth, GoogleClient};
use yandex_direct_runtime::Error;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let number = |i: usize, default: u64, what: &str| -> Result<u64, String> {
        match args.get(i) {
            None => Ok(default),
            Some(text) => text
                .parse()
                .map_err(|e| format!("{what} `{text}` is not a number: {e}")),
        }
    };
    let outcome = match args.first().map(String::as_str) {
        Some("decode") => number(1, 100_000, "ROWS")
            .and_then(|rows| Ok((rows, number(2, 7, "RUNS")?)))
            .and_then(|(rows, runs)| decode(rows, runs.max(1) as usize)),
        Some("quota") => number(1, 200, "REPORTS").and_then(|reports| {
            let per_hour = number(2, 40_000, "TOKENS_PER_HOUR")?;
            let per_report = number(3, 300, "TOKENS_PER_REPORT")?;
            quota(reports, per_hour as i64, per_report as i64)
        }),
        _ => Err(
            "usage: bench-ga4 decode [ROWS] [RUNS] | quota [REPORTS] [TOKENS_PER_HOUR] [TOKENS_PER_REPORT]"
                .to_owned(),
        ),
    };
    if let Err(message) = outcome {
        eprintln!("bench-ga4: {message}");
        std::process::exit(1);
    }
}

/// A `runReport` answer of `rows` rows as the API writes it.
fn report_answer(rows: u64) -> Vec<u8> {
    let rows: Vec<Value> = (0..rows)
        .map(|row| {
            let country = ["United States", "Germany", "Japan", "Brazil"][(row % 4) as usize];
            json!({
                "dimensionValues": [
                    {"value": format!("2026{:02}{:02}", row % 12 + 1, row % 28 + 1)},
                    {"value": country},
                    {"value": format!("/page/{}", row % 997)},
                ],
                "metricValues": [
                    {"value": (row * 7 % 10_007).to_string()},
                    {"value": format!("{}.{:02}", row % 500, row % 100)},
                    {"value": format!("0.{:016}", row.wrapping_mul(2_654_435_761) % 10_000_000_000_000_000)},
                ],
            })
        })
        .collect();
    let answer = json!({
        "dimensionHeaders": [{"name": "date"}, {"name": "country"}, {"name": "pagePath"}],
        "metricHeaders": [
            {"name": "activeUsers", "type": "TYPE_INTEGER"},
            {"name": "purchaseRevenue", "type": "TYPE_CURRENCY"},
            {"name": "engagementRate", "type": "TYPE_FLOAT"},
        ],
        "rows": rows,
        "rowCount": rows.len(),
        "metadata": {"currencyCode": "USD", "timeZone": "America/Los_Angeles"},
        "kind": "analyticsData#runReport",
    });
    answer.to_string().into_bytes()
}

/// Median, fastest and slowest of `times`, in milliseconds.
fn summary(times: &mut [Duration]) -> (f64, f64, f64) {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let median = if times.len() % 2 == 1 {
        ms(times[times.len() / 2])
    } else {
        (ms(times[times.len() / 2 - 1]) + ms(times[times.len() / 2])) / 2.0
    };
    (median, ms(times[0]), ms(times[times.len() - 1]))
}

fn decode(rows: u64, runs: usize) -> Result<(), String> {
    let body = report_answer(rows);
    let mut typed_times = Vec::with_capacity(runs);
    let mut value_times = Vec::with_capacity(runs);
    // One warm-up of each, then the runs alternate so that both see the same machine.
    let check: RunReportResponse =
        serde_json::from_slice(&body).map_err(|e| format!("the typed decode failed: {e}"))?;
    if check.rows.as_ref().map_or(0, Vec::len) as u64 != rows {
        return Err("the typed decode lost rows".into());
    }
    let _: Value = serde_json::from_slice(&body).map_err(|e| format!("Value: {e}"))?;
    for _ in 0..runs {
        let start = Instant::now();
        let typed: RunReportResponse =
            serde_json::from_slice(&body).map_err(|e| format!("the typed decode failed: {e}"))?;
        typed_times.push(start.elapsed());
        std::hint::black_box(typed);
        let start = Instant::now();
        let value: Value = serde_json::from_slice(&body).map_err(|e| format!("Value: {e}"))?;
        value_times.push(start.elapsed());
        std::hint::black_box(value);
    }
    let (typed, typed_min, typed_max) = summary(&mut typed_times);
    let (value, value_min, value_max) = summary(&mut value_times);
    println!(
        "decode: a runReport answer of {rows} rows ({:.1} MiB), {runs} runs each",
        body.len() as f64 / f64::from(1 << 20)
    );
    println!("  typed RunReportResponse: median {typed:.1} ms (fastest {typed_min:.1}, slowest {typed_max:.1})");
    println!("  serde_json::Value:       median {value:.1} ms (fastest {value_min:.1}, slowest {value_max:.1})");
    println!(
        "  ratio (Value / typed, medians): {:.2}x",
        value / typed.max(f64::MIN_POSITIVE)
    );
    Ok(())
}

/// The `i`th report of the run: 1 to 3 dimensions, so three shapes of three costs.
fn report_request(i: u64) -> RunReportRequest {
    let dimensions = ["date", "country", "deviceCategory"][..(i % 3 + 1) as usize]
        .iter()
        .map(|name| Dimension {
            name: Some((*name).into()),
            ..Default::default()
        })
        .collect();
    RunReportRequest {
        date_ranges: Some(vec![DateRange {
            start_date: Some("28daysAgo".into()),
            end_date: Some("yesterday".into()),
            ..Default::default()
        }]),
        dimensions: Some(dimensions),
        metrics: Some(vec![Metric {
            name: Some("activeUsers".into()),
            ..Default::default()
        }]),
        ..Default::default()
    }
}

/// What one run got.
#[derive(Debug, Default)]
struct Tally {
    completed: u64,
    refused_before_sending: u64,
    other_errors: u64,
    answered_429: usize,
}

fn quota(reports: u64, tokens_per_hour: i64, tokens_per_report: i64) -> Result<(), String> {
    let config = Ga4Config {
        tokens_per_hour,
        tokens_per_project_per_hour: tokens_per_hour,
        tokens_per_day: tokens_per_hour.saturating_mul(5),
        // 1 to 3 dimensions: tokens_per_report - 10, + 0, + 10.
        report_cost: tokens_per_report - 20,
        cost_per_dimension: 10,
        report_rows: 10,
        ..Ga4Config::default()
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| format!("no tokio runtime: {e}"))?;
    runtime.block_on(async {
        let governed = governed_run(&config, reports).await?;
        let plain = plain_run(&config, reports).await?;
        println!(
            "quota: {reports} reports of about {tokens_per_report} tokens, {tokens_per_hour} tokens per hour"
        );
        for (name, tally) in [("with the governor", governed), ("plain loop", plain)] {
            println!(
                "  {name:<18}: completed {}, refused before sending {}, answered 429 {}, other errors {}",
                tally.completed, tally.refused_before_sending, tally.answered_429, tally.other_errors
            );
        }
        Ok(())
    })
}

async fn start(config: &Ga4Config) -> Result<FakeGa4, String> {
    FakeGa4::start(config.clone())
        .await
        .map_err(|e| format!("the fake Data API did not start: {e}"))
}

async fn governed_run(config: &Ga4Config, reports: u64) -> Result<Tally, String> {
    let server = start(config).await?;
    let google = GoogleClient::builder(GoogleAuth::bearer(TEST_BEARER_TOKEN))
        .base_url(server.base_url())
        .build()
        .map_err(|e| format!("no client: {e}"))?;
    let client = Ga4Client::new(google);
    let mut tally = Tally::default();
    for i in 0..reports {
        match client.run_report(PropertyId(1), &report_request(i)).await {
            Ok(_) => tally.completed += 1,
            Err(Error::Quota(_)) => tally.refused_before_sending += 1,
            Err(_) => tally.other_errors += 1,
        }
    }
    tally.answered_429 = server.answered_429();
    Ok(tally)
}

async fn plain_run(config: &Ga4Config, reports: u64) -> Result<Tally, String> {
    let server = start(config).await?;
    let http = reqwest::Client::new();
    let url = format!("{}/v1beta/properties/1:runReport", server.base_url());
    let mut tally = Tally::default();
    for i in 0..reports {
        let body = serde_json::to_vec(&report_request(i)).map_err(|e| e.to_string())?;
        let answer = http
            .post(&url)
            .bearer_auth(TEST_BEARER_TOKEN)
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .map_err(|e| format!("the fake Data API did not answer: {e}"))?;
        if answer.status().is_success() {
            tally.completed += 1;
        } else if answer.status().as_u16() != 429 {
            tally.other_errors += 1;
        }
    }
    tally.answered_429 = server.answered_429();
    Ok(tally)
}
