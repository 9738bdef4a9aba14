//! Decoding a 100,000-row Metrica `data` answer: typed (`metrica_reporting::DataResponse`) vs
//! `serde_json::Value`.
//!
//! ```text
//! cargo run --release -p tools --bin bench-metrica-decode [-- --rows N] [--runs N]
//! ```
//!
//! The answer is generated here (3 dimensions, each `{"name", "id"}` with an occasional `null`
//! or extra key; 4 metrics: two integers, a float with 17 significant digits, an occasional
//! `null`), held in memory, and decoded `--runs` times (default 7) each way, alternating. Prints
//! the median and the spread (min-max) of each, the answer's size, and the ratio typed/Value
//! (below 1: typed is faster). Both results are checked to re-encode to the same value once.

use std::time::{Duration, Instant};

use metrica_reporting::DataResponse;
use serde_json::{json, Value};

fn main() {
    let mut rows = 100_000usize;
    let mut runs = 7usize;
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let value = args.next().and_then(|v| v.parse::<usize>().ok());
        match (flag.as_str(), value) {
            ("--rows", Some(n)) => rows = n,
            ("--runs", Some(n)) if n > 0 => runs = n,
            _ => {
                eprintln!("usage: bench-metrica-decode [--rows N] [--runs N]");
                std::process::exit(2);
            }
        }
    }
    let body = answer(rows);
    let typed: DataResponse = match serde_json::from_slice(&body) {
        Ok(answer) => answer,
        Err(e) => {
            eprintln!("bench-metrica-decode: the generated answer does not decode: {e}");
            std::process::exit(1);
        }
    };
    let value: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    if serde_json::to_value(&typed).ok().as_ref() != Some(&value) {
        eprintln!("bench-metrica-decode: the typed answer does not re-encode to the same value");
        std::process::exit(1);
    }
    drop((typed, value));

    let (mut typed_times, mut value_times) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        let start = Instant::now();
        let answer: Result<DataResponse, _> = serde_json::from_slice(&body);
        typed_times.push(start.elapsed());
        std::hint::black_box(answer.map(|a| a.data.map(|d| d.len())).ok());

        let start = Instant::now();
        let answer: Result<Value, _> = serde_json::from_slice(&body);
        value_times.push(start.elapsed());
        std::hint::black_box(answer.ok());
    }
    let typed = summary(&mut typed_times);
    let value = summary(&mut value_times);
    println!(
        "answer: {rows} rows, 3 dimensions + 4 metrics, {:.1} MB; {runs} runs each",
        body.len() as f64 / 1e6
    );
    println!("typed DataResponse:  median {}", typed.1);
    println!("serde_json::Value:   median {}", value.1);
    println!(
        "ratio typed/Value (medians): {:.2}",
        typed.0.as_secs_f64() / value.0.as_secs_f64()
    );
}

/// The median and a line `median (spread min-max)`.
fn summary(times: &mut [Duration]) -> (Duration, String) {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let median = times[times.len() / 2];
    let line = format!(
        "{:.1} ms (spread {:.1}-{:.1} ms)",
        ms(median),
        ms(times[0]),
        ms(times[times.len() - 1])
    );
    (median, line)
}

/// A `data` answer of `rows` rows, deterministic.
fn answer(rows: usize) -> Vec<u8> {
    let mut rng = fastrand::Rng::with_seed(20);
    let sources = [
        "Search engine traffic",
        "Direct traffic",
        "Ad traffic",
        "Link traffic",
    ];
    let data: Vec<Value> = (0..rows)
        .map(|i| {
            let source = sources[i % sources.len()];
            let city = if i % 97 == 0 {
                json!({"name": null, "id": null})
            } else {
                json!({"name": format!("City {}", i % 5000), "id": (i % 5000).to_string()})
            };
            let order = if i % 13 == 0 {
                json!({"name": format!("Campaign {i}"), "id": i.to_string(), "direct_id": format!("N-{i}")})
            } else {
                json!({"name": format!("Campaign {i}"), "id": i.to_string()})
            };
            let bounce = if i % 211 == 0 {
                Value::Null
            } else {
                json!(rng.f64() * 100.0)
            };
            json!({
                "dimensions": [
                    {"name": source, "id": source.to_lowercase(), "icon_id": "2", "icon_type": "traffic-source"},
                    city,
                    order
                ],
                "metrics": [rng.u32(1..10_000), rng.u32(0..5_000), bounce, rng.f64() * 1e4]
            })
        })
        .collect();
    let body = json!({
        "query": {"ids": [44147844], "dimensions": ["ym:s:lastsignTrafficSource", "ym:s:regionCity", "ym:ad:directOrder"],
                  "metrics": ["ym:s:visits", "ym:s:users", "ym:s:bounceRate", "ym:s:pageDepth"],
                  "sort": ["-ym:s:visits"], "date1": "2026-11-01", "date2": "2026-11-30",
                  "limit": rows, "offset": 1, "auto_group_size": "1"},
        "data": data,
        "total_rows": rows, "total_rows_rounded": false, "sampled": false,
        "contains_sensitive_data": false, "sample_share": 1.0, "sample_size": 1_234_567,
        "sample_space": 1_234_567, "data_lag": 120,
        "totals": [123456789, 2345678, 31.25, 2.5],
        "min": [1, 0, 0.0, 1.0], "max": [9999, 4999, 100.0, 9999.5]
    });
    serde_json::to_vec(&body).unwrap_or_default()
}
