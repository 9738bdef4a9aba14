//! `ydirect metrica data` end to end against the fake Metrica Reporting API: every page with
//! `--all`, the formats, a query refused before sending (exit 1, nothing sent), and an API
//! error (exit 2).

use std::process::{Command, Output, Stdio};

use serde_json::Value;
use yandex_direct_fake_server::metrica::{FakeMetrica, MetricaConfig, TEST_METRICA_TOKEN};

mod common;
use common::text;

/// A fake Metrica server on a runtime of its own, and a token file for it.
fn server(config: MetricaConfig) -> (tokio::runtime::Runtime, FakeMetrica, tempfile::TempDir) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let server = runtime
        .block_on(FakeMetrica::start(config))
        .expect("the fake Metrica server starts");
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("token.txt"), TEST_METRICA_TOKEN).expect("token file");
    (runtime, server, dir)
}

/// Runs `ydirect metrica data <args> --base-url <fake> --token-file <file>`.
fn data(server: &FakeMetrica, dir: &tempfile::TempDir, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ydirect"))
        .args(["metrica", "data"])
        .args(args)
        .args(["--base-url", &server.base_url()])
        .arg("--token-file")
        .arg(dir.path().join("token.txt"))
        .env_remove("YANDEX_METRICA_TOKEN")
        .env_remove("RUST_LOG")
        .stdin(Stdio::null())
        .output()
        .expect("ydirect runs")
}

/// Visits and bounce rate by day and traffic source over November: 120 rows.
const BY_DAY_AND_SOURCE: [&str; 10] = [
    "--ids",
    "44147844",
    "--metrics",
    "ym:s:visits,ym:s:bounceRate",
    "--dimensions",
    "ym:s:date,ym:s:lastsignTrafficSource",
    "--date1",
    "2026-11-01",
    "--date2",
    "2026-11-30",
];

fn with(extra: &[&'static str]) -> Vec<&'static str> {
    BY_DAY_AND_SOURCE.iter().chain(extra).copied().collect()
}

fn lines(output: &Output) -> Vec<Value> {
    text(&output.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).expect("a JSON line"))
        .collect()
}

#[test]
fn all_pages_give_total_rows_json_lines_keyed_by_the_names_asked() {
    let (_runtime, server, dir) = server(MetricaConfig::default());
    let output = data(
        &server,
        &dir,
        &with(&["--all", "--limit", "7", "--format", "jsonl"]),
    );
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let rows = lines(&output);
    assert_eq!(rows.len(), 120, "30 days × 4 traffic sources");
    assert_eq!(server.requests().len(), 18, "ceil(120 / 7) pages of 7");
    let first = rows[0].as_object().expect("an object");
    let mut keys: Vec<&str> = first.keys().map(String::as_str).collect();
    keys.sort();
    assert_eq!(
        keys,
        [
            "ym:s:bounceRate",
            "ym:s:date",
            "ym:s:lastsignTrafficSource",
            "ym:s:visits"
        ]
    );
    // Written in the order asked: dimensions, then metrics.
    let line = text(&output.stdout);
    let order: Vec<usize> = [
        "ym:s:date",
        "ym:s:lastsignTrafficSource",
        "ym:s:visits",
        "ym:s:bounceRate",
    ]
    .iter()
    .map(|key| line.find(&format!("\"{key}\":")).expect("the key"))
    .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    // A dimension's value is its name; metrics are JSON numbers.
    assert!(first["ym:s:date"]
        .as_str()
        .is_some_and(|d| d.starts_with("2026-11-")));
    let sources = [
        "Ad traffic",
        "Search engine traffic",
        "Direct traffic",
        "Link traffic",
    ];
    assert!(rows.iter().all(|row| row["ym:s:lastsignTrafficSource"]
        .as_str()
        .is_some_and(|s| sources.contains(&s))));
    assert!(rows.iter().all(|row| row["ym:s:visits"].is_u64()));
    assert!(rows.iter().all(|row| row["ym:s:bounceRate"].is_number()));
    let mut pairs: Vec<String> = rows
        .iter()
        .map(|row| format!("{}{}", row["ym:s:date"], row["ym:s:lastsignTrafficSource"]))
        .collect();
    pairs.sort();
    pairs.dedup();
    assert_eq!(pairs.len(), 120, "no row twice");
}

#[test]
fn without_all_one_page_is_read_as_tsv_or_csv() {
    let (_runtime, server, dir) = server(MetricaConfig::default());
    let tsv = data(&server, &dir, &with(&["--limit", "5"]));
    assert_eq!(tsv.status.code(), Some(0), "{}", text(&tsv.stderr));
    let tsv = text(&tsv.stdout);
    let tsv: Vec<&str> = tsv.lines().collect();
    assert_eq!(tsv.len(), 6, "a header and 5 rows");
    assert_eq!(
        tsv[0],
        "ym:s:date\tym:s:lastsignTrafficSource\tym:s:visits\tym:s:bounceRate"
    );
    assert_eq!(tsv[1].split('\t').count(), 4);
    assert_eq!(server.requests().len(), 1);

    let settings = data(
        &server,
        &dir,
        &with(&[
            "--limit",
            "1",
            "--attribution",
            "last_yandex_direct_click",
            "--direct-client-login",
            "client-a",
            "--direct-client-login",
            "client-b",
        ]),
    );
    assert_eq!(
        settings.status.code(),
        Some(0),
        "{}",
        text(&settings.stderr)
    );
    let sent = &server.requests()[1].query;
    let param = |key: &str| sent.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
    assert_eq!(param("attribution"), Some("last_yandex_direct_click"));
    assert_eq!(param("direct_client_logins"), Some("client-a,client-b"));
    assert_eq!(param("offset"), Some("1"));

    let file = dir.path().join("rows.csv");
    let file_arg = file.to_str().expect("a UTF-8 path");
    let csv = data(
        &server,
        &dir,
        &[
            "--ids",
            "44147844",
            "--metrics",
            "ym:s:visits",
            "--dimensions",
            "ym:s:lastsignDirectClickOrder",
            "--format",
            "csv",
            "--output",
            file_arg,
        ],
    );
    assert_eq!(csv.status.code(), Some(0), "{}", text(&csv.stderr));
    assert!(csv.stdout.is_empty(), "the rows went to the file");
    let written = std::fs::read_to_string(&file).expect("the file");
    let written: Vec<&str> = written.lines().collect();
    assert_eq!(written[0], "ym:s:lastsignDirectClickOrder,ym:s:visits");
    assert_eq!(written.len(), 4, "a header and the 3 campaigns");
    assert!(written[1].starts_with("Campaign 1,"));
}

#[test]
fn a_query_refused_before_sending_exits_1_and_sends_nothing() {
    let (_runtime, server, dir) = server(MetricaConfig::default());
    let metrics: Vec<String> = (1..=21).map(|n| format!("ym:s:goal{n}visits")).collect();
    let metrics = metrics.join(",");
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["--ids", "1", "--metrics", "ym:s:vists"],
            "did you mean `ym:s:visits`",
        ),
        (vec!["--ids", "1", "--metrics", &metrics], "21 metrics"),
        (with(&["--limit", "100001"]), "limit 100001"),
        (
            with(&["--attribution", "lastsing"]),
            "attribution `lastsing`",
        ),
        (
            vec![
                "--ids",
                "1",
                "--metrics",
                "ym:ad:visits",
                "--dimensions",
                "ym:s:date",
            ],
            "cannot be in one query",
        ),
    ];
    for (args, expected) in cases {
        let output = data(&server, &dir, &args);
        let stderr = text(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
    }
    assert_eq!(server.requests_received(), 0, "nothing was sent");

    let no_token = Command::new(env!("CARGO_BIN_EXE_ydirect"))
        .args(["metrica", "data"])
        .args(BY_DAY_AND_SOURCE)
        .args(["--base-url", &server.base_url()])
        .env_remove("YANDEX_METRICA_TOKEN")
        .output()
        .expect("ydirect runs");
    assert_eq!(no_token.status.code(), Some(1));
    assert!(text(&no_token.stderr).contains("YANDEX_METRICA_TOKEN"));
}

#[test]
fn an_api_error_exits_2_naming_its_error_type() {
    let (_runtime, server, dir) = server(MetricaConfig {
        forbidden_counters: vec!["44147844".into()],
        ..MetricaConfig::default()
    });
    let output = data(&server, &dir, &BY_DAY_AND_SOURCE);
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("access_denied"), "{stderr}");
    assert!(output.stdout.is_empty());

    // Filters are sent as written: the server's refusal is an API error too.
    let output = data(&server, &dir, &with(&["--filters", "ym:s:nonsense=='x'"]));
    assert_eq!(output.status.code(), Some(2), "{}", text(&output.stderr));
}

/// `--format parquet` (feature `parquet`): typed columns equal to the JSON lines, and no
/// Parquet to stdout.
#[cfg(feature = "parquet")]
mod parquet_format {
    use super::*;

    use common::parquet_table::{assert_equals_json_lines, read};
    use yandex_direct::runtime::reports::arrow::arrow_schema::DataType;

    #[test]
    fn a_parquet_report_reads_back_typed_and_equal_to_its_json_lines() {
        let (_runtime, server, dir) = server(MetricaConfig::default());
        let jsonl = data(
            &server,
            &dir,
            &with(&["--all", "--limit", "7", "--format", "jsonl"]),
        );
        assert_eq!(jsonl.status.code(), Some(0), "{}", text(&jsonl.stderr));
        let rows = lines(&jsonl);
        assert_eq!(rows.len(), 120);

        let path = dir.path().join("visits.parquet");
        let path_text = path.display().to_string();
        let out = data(
            &server,
            &dir,
            &with(&["--all", "--limit", "7", "--format", "parquet"])
                .into_iter()
                .chain(["--output", path_text.as_str()])
                .collect::<Vec<_>>(),
        );
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        assert!(out.stdout.is_empty(), "the rows go to the file only");
        let (batches, _) = read(&path);
        // visits is an int metric; bounceRate (percents) a float.
        assert_equals_json_lines(
            &batches,
            &[
                ("ym:s:date", DataType::Utf8),
                ("ym:s:lastsignTrafficSource", DataType::Utf8),
                ("ym:s:visits", DataType::Int64),
                ("ym:s:bounceRate", DataType::Float64),
            ],
            &rows,
        );
    }

    #[test]
    fn parquet_without_output_exits_1_and_sends_nothing() {
        let (_runtime, server, dir) = server(MetricaConfig::default());
        let out = data(&server, &dir, &with(&["--format", "parquet"]));
        assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
        assert!(
            text(&out.stderr).contains("--format parquet needs --output FILE"),
            "{}",
            text(&out.stderr)
        );
        assert!(out.stdout.is_empty());
        assert!(server.requests().is_empty(), "refused before sending");
    }
}

/// `ydirect metrica join` against both fakes: the rows are the library's join, one JSON line
/// per campaign and day, a side's missing figures `null`.
mod join {
    use std::process::{Command, Stdio};

    use metrica_reporting::direct_costs::{costs_and_outcomes, CostsRequest};
    use metrica_reporting::MetricaReporting;
    use serde_json::{json, Value};
    use yandex_direct::runtime::reports::{ProcessingMode, ReportOptions};
    use yandex_direct_fake_server::metrica::{
        Campaigns, FakeMetrica, MetricaConfig, TEST_METRICA_TOKEN,
    };
    use yandex_direct_fake_server::{FakeConfig, FakeServer, Kind};
    use yandex_direct_runtime::metrica::MetricaClient;

    use super::{lines, text};

    const CLIENT: &str = "client-a";
    const METRICA_ONLY: i64 = 99_000_001;

    #[test]
    fn jsonl_rows_are_the_join_with_both_sides_kept() {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("runtime");
        let direct = runtime
            .block_on(FakeServer::start(FakeConfig::default()))
            .expect("the fake Direct server starts");
        let ids: Vec<i64> = direct.with_store(CLIENT, |store| {
            ["Shoes", "Hats"]
                .iter()
                .map(|name| {
                    store
                        .insert(Kind::Campaign, None, json!({"Name": name}))
                        .expect("a campaign")
                })
                .collect()
        });
        let unvisited = ids[1];
        let from_direct = direct.metrica_campaigns(CLIENT);
        let metrica = runtime
            .block_on(FakeMetrica::start(MetricaConfig {
                campaigns: Campaigns::from_fn(move || {
                    let mut list = from_direct.list();
                    list.retain(|(id, _)| *id != unvisited);
                    list.push((METRICA_ONLY, "Offline posters".to_owned()));
                    list
                }),
                ..MetricaConfig::default()
            }))
            .expect("the fake Metrica server starts");
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(dir.path().join("metrica.txt"), TEST_METRICA_TOKEN).expect("token");
        std::fs::write(dir.path().join("direct.txt"), "direct-token").expect("token");

        let output = Command::new(env!("CARGO_BIN_EXE_ydirect"))
            .args(["metrica", "join", "--ids", "44147844", "--goal-id", "7"])
            .args(["--date1", "2026-11-01", "--date2", "2026-11-03"])
            .args([
                "--client-login",
                CLIENT,
                "--mode",
                "online",
                "--format",
                "jsonl",
            ])
            .args(["--direct-base-url", &direct.base_url()])
            .args(["--metrica-base-url", &metrica.base_url()])
            .arg("--direct-token-file")
            .arg(dir.path().join("direct.txt"))
            .arg("--metrica-token-file")
            .arg(dir.path().join("metrica.txt"))
            .env_remove("YANDEX_DIRECT_TOKEN")
            .env_remove("YANDEX_METRICA_TOKEN")
            .env_remove("RUST_LOG")
            .stdin(Stdio::null())
            .output()
            .expect("ydirect runs");
        assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
        assert!(
            text(&output.stderr).contains("in RUB"),
            "{}",
            text(&output.stderr)
        );
        let rows = lines(&output);

        // The same join through the library.
        let table = runtime
            .block_on(async {
                let direct = yandex_direct::Client::builder("direct-token")
                    .base_url(direct.base_url())
                    .build()?;
                let metrica = MetricaReporting::new(
                    MetricaClient::builder(TEST_METRICA_TOKEN)
                        .base_url(metrica.base_url())
                        .build()?,
                );
                let request = CostsRequest::new(44147844, 7, "2026-11-01", "2026-11-03")
                    .client_login(CLIENT)
                    .direct_options(ReportOptions {
                        processing_mode: Some(ProcessingMode::Online),
                        ..ReportOptions::default()
                    });
                costs_and_outcomes(&direct, &metrica, &request)
                    .await
                    .map_err(|e| Box::new(e) as Box<dyn std::error::Error>)
            })
            .expect("the library's join");
        let number = |text: String| -> Value { serde_json::from_str(&text).expect("a number") };
        let expected: Vec<Value> = table
            .rows
            .iter()
            .map(|row| {
                let direct = row.direct.as_ref();
                let metrica = row.metrica.as_ref();
                json!({
                    "date": row.date,
                    "campaign_id": row.campaign_id,
                    "campaign_name": row.campaign_name,
                    "impressions": direct.map(|d| d.impressions),
                    "clicks": direct.map(|d| d.clicks),
                    "cost": direct.map(|d| number(d.cost.to_string())),
                    "visits": metrica.map(|m| m.visits),
                    "goal_reaches": metrica.map(|m| m.goal_reaches),
                    "revenue": metrica.map(|m| number(m.revenue.to_string())),
                    "cost_per_goal": row.cost_per_goal().map(|c| number(c.to_string())),
                })
            })
            .collect();
        assert_eq!(rows, expected);
        // Three campaigns (one Direct-only, one Metrica-only), three days.
        assert_eq!(rows.len(), 9);
        let of = |id: i64| {
            rows.iter()
                .filter(move |row| row["campaign_id"] == json!(id))
        };
        assert!(of(unvisited).all(|row| row["visits"].is_null() && row["cost"].is_number()));
        assert!(of(METRICA_ONLY).all(|row| row["cost"].is_null()
            && row["visits"].is_u64()
            && row["campaign_name"] == "Offline posters"));
        assert!(of(ids[0]).all(|row| row["cost"].is_number() && row["visits"].is_u64()));

        // Days Direct's CUSTOM_DATE cannot take: exit 1, nothing sent to either API.
        let (direct_seen, metrica_seen) = (direct.requests().len(), metrica.requests_received());
        let refused = Command::new(env!("CARGO_BIN_EXE_ydirect"))
            .args(["metrica", "join", "--ids", "44147844", "--goal-id", "7"])
            .args(["--date1", "30daysAgo", "--date2", "yesterday"])
            .args(["--direct-base-url", &direct.base_url()])
            .args(["--metrica-base-url", &metrica.base_url()])
            .arg("--direct-token-file")
            .arg(dir.path().join("direct.txt"))
            .arg("--metrica-token-file")
            .arg(dir.path().join("metrica.txt"))
            .env_remove("RUST_LOG")
            .stdin(Stdio::null())
            .output()
            .expect("ydirect runs");
        assert_eq!(refused.status.code(), Some(1), "{}", text(&refused.stderr));
        assert!(
            text(&refused.stderr).contains("date1"),
            "{}",
            text(&refused.stderr)
        );
        assert_eq!(direct.requests().len(), direct_seen);
        assert_eq!(metrica.requests_received(), metrica_seen);
    }
}
