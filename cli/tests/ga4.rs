//! `ydirect ga4` end to end against the fake GA4 Data API: every page as JSON lines, the
//! metadata, and the exit statuses of a quota stop (2) and of a request refused before sending
//! (1, nothing sent).

use std::collections::BTreeSet;
use std::process::{Command, Output, Stdio};

use serde_json::{json, Value};
use yandex_direct_fake_server::ga4::{FakeGa4, Ga4Config, TEST_BEARER_TOKEN};

mod common;
use common::text;

/// A fake GA4 server on a runtime of its own, and a token file for it.
fn server(config: Ga4Config) -> (tokio::runtime::Runtime, FakeGa4, tempfile::TempDir) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let server = runtime
        .block_on(FakeGa4::start(config))
        .expect("the fake GA4 server starts");
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("token.txt"), TEST_BEARER_TOKEN).expect("token file");
    (runtime, server, dir)
}

/// Runs `ydirect ga4 <args> --base-url <fake> --token-file <file>`.
fn ga4(server: &FakeGa4, dir: &tempfile::TempDir, args: &[&str]) -> Output {
    let token = dir.path().join("token.txt");
    Command::new(env!("CARGO_BIN_EXE_ydirect"))
        .arg("ga4")
        .args(args)
        .args(["--base-url", &server.base_url()])
        .arg("--token-file")
        .arg(&token)
        .env_remove("GOOGLE_APPLICATION_CREDENTIALS")
        .env_remove("RUST_LOG")
        .stdin(Stdio::null())
        .output()
        .expect("ydirect runs")
}

fn params(limit: u64, dimensions: usize) -> String {
    json!({
        "dateRanges": [{"startDate": "7daysAgo", "endDate": "yesterday"}],
        "dimensions": (0..dimensions).map(|i| json!({"name": format!("d{i}")})).collect::<Vec<_>>(),
        "metrics": [{"name": "activeUsers"}, {"name": "sessions"}],
        "limit": limit,
    })
    .to_string()
}

fn lines(output: &Output) -> Vec<Value> {
    text(&output.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).expect("a JSON line"))
        .collect()
}

#[test]
fn report_all_pages_as_json_lines_equal_one_big_page() {
    let (_runtime, server, dir) = server(Ga4Config {
        report_rows: 25,
        ..Ga4Config::default()
    });
    let paged = ga4(
        &server,
        &dir,
        &[
            "report",
            "--property",
            "123",
            "--params",
            &params(10, 2),
            "--all",
            "--format",
            "jsonl",
        ],
    );
    assert_eq!(paged.status.code(), Some(0), "{}", text(&paged.stderr));
    assert_eq!(server.reports_received(), 3, "25 rows by 10: three pages");
    let rows = lines(&paged);
    assert_eq!(rows.len(), 25);
    for row in &rows {
        let keys: BTreeSet<&str> = row
            .as_object()
            .expect("an object")
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            keys,
            BTreeSet::from(["d0", "d1", "activeUsers", "sessions"])
        );
        assert!(row["d0"].is_string(), "{row}");
        assert!(
            row["activeUsers"].is_i64(),
            "metrics are JSON numbers: {row}"
        );
        assert!(row["sessions"].is_i64(), "metrics are JSON numbers: {row}");
    }

    let one_page = ga4(
        &server,
        &dir,
        &[
            "report",
            "--property",
            "123",
            "--params",
            &params(1000, 2),
            "--format",
            "jsonl",
        ],
    );
    assert_eq!(
        one_page.status.code(),
        Some(0),
        "{}",
        text(&one_page.stderr)
    );
    assert_eq!(lines(&one_page), rows);

    // Without --all, one page of `limit` rows.
    let first = ga4(
        &server,
        &dir,
        &[
            "report",
            "--property",
            "123",
            "--params",
            &params(10, 2),
            "--format",
            "jsonl",
        ],
    );
    assert_eq!(lines(&first), rows[..10]);
}

#[test]
fn report_as_tsv_and_csv_has_one_header() {
    let (_runtime, server, dir) = server(Ga4Config {
        report_rows: 5,
        ..Ga4Config::default()
    });
    for (format, separator) in [("tsv", "\t"), ("csv", ",")] {
        let output = ga4(
            &server,
            &dir,
            &[
                "report",
                "--property",
                "123",
                "--params",
                &params(2, 1),
                "--all",
                "--format",
                format,
            ],
        );
        assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
        let stdout = text(&output.stdout);
        let lines: Vec<&str> = stdout.lines().collect();
        assert_eq!(lines.len(), 6, "{stdout}");
        assert_eq!(lines[0], ["d0", "activeUsers", "sessions"].join(separator));
        assert!(
            lines[1..].iter().all(|l| l.split(separator).count() == 3),
            "{stdout}"
        );
    }
}

#[test]
fn a_quota_stop_exits_2_naming_the_bucket_before_the_server_answers_429() {
    // 10-token reports, 15 tokens an hour: the first page is sent, the second would not fit.
    let (_runtime, server, dir) = server(Ga4Config {
        report_rows: 25,
        report_cost: 10,
        tokens_per_hour: 15,
        ..Ga4Config::default()
    });
    let output = ga4(
        &server,
        &dir,
        &[
            "report",
            "--property",
            "123",
            "--params",
            &params(10, 1),
            "--all",
            "--format",
            "jsonl",
        ],
    );
    let stderr = text(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("tokensPerHour"), "{stderr}");
    assert_eq!(server.reports_received(), 1);
    assert_eq!(server.answered_429(), 0);
    // The page that was read was written before the stop.
    assert_eq!(lines(&output).len(), 10);
}

#[test]
fn a_request_refused_before_sending_exits_1_and_sends_nothing() {
    let (_runtime, server, dir) = server(Ga4Config::default());
    let mut bad_date: Value = serde_json::from_str(&params(10, 1)).expect("JSON");
    bad_date["dateRanges"][0]["startDate"] = json!("2026-02-30x");
    let (ten_dimensions, limit_0, limit_over, good, bad_date) = (
        params(10, 10),
        params(0, 1),
        params(250_001, 1),
        params(10, 1),
        bad_date.to_string(),
    );
    let report = |property: &'static str, params: &str| -> Vec<String> {
        ["report", "--property", property, "--params", params]
            .map(str::to_owned)
            .to_vec()
    };
    let cases = [
        (report("123", &ten_dimensions), "dimensions"),
        (report("123", &limit_0), "limit"),
        (report("123", &limit_over), "limit"),
        (report("GA-123", &good), "property"),
        (report("123", &bad_date), "dateRanges[0].startDate"),
        (
            ["metadata", "--property", "abc"]
                .map(str::to_owned)
                .to_vec(),
            "property",
        ),
    ];
    for (args, at) in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let output = ga4(&server, &dir, &args);
        let stderr = text(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{args:?}: {stderr}");
        assert!(stderr.contains(&format!("`{at}`")), "{args:?}: {stderr}");
    }
    assert_eq!(server.requests_received(), 0);
}

#[test]
fn metadata_prints_the_property_s_dimensions_and_metrics() {
    let (_runtime, server, dir) = server(Ga4Config::default());
    let output = ga4(&server, &dir, &["metadata", "--property", "123"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let metadata: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(metadata["name"], "properties/123/metadata");
    assert!(metadata["metrics"]
        .as_array()
        .is_some_and(|m| !m.is_empty()));
}

#[test]
fn check_compatibility_prints_the_answer_and_names_the_request_s_clashing_names() {
    let (_runtime, server, dir) = server(Ga4Config::default());
    let params = r#"{"dimensions": [{"name": "userAgeBracket"}, {"name": "date"}],
                     "metrics": [{"name": "sessions"}]}"#;
    let output = ga4(
        &server,
        &dir,
        &[
            "check-compatibility",
            "--property",
            "123",
            "--params",
            params,
        ],
    );
    // Incompatibility is the answer, not a failure: exit 0, the clash noted on stderr.
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let answer: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let incompatible = |key: &str, metadata: &str| -> Vec<String> {
        answer[key]
            .as_array()
            .expect("compatibilities")
            .iter()
            .filter(|c| c["compatibility"] == "INCOMPATIBLE")
            .map(|c| c[metadata]["apiName"].as_str().unwrap_or("").to_owned())
            .collect()
    };
    assert_eq!(
        incompatible("dimensionCompatibilities", "dimensionMetadata"),
        ["userAgeBracket"]
    );
    assert_eq!(
        incompatible("metricCompatibilities", "metricMetadata"),
        ["sessions"]
    );
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("incompatible with the rest of the request: userAgeBracket, sessions"),
        "{stderr}"
    );

    let compatible = ga4(
        &server,
        &dir,
        &[
            "check-compatibility",
            "--property",
            "123",
            "--params",
            r#"{"dimensions": [{"name": "date"}], "metrics": [{"name": "sessions"}]}"#,
        ],
    );
    assert_eq!(compatible.status.code(), Some(0));
    assert!(!text(&compatible.stderr).contains("incompatible"));

    // An unknown name is the API's 400: exit 2.
    let unknown = ga4(
        &server,
        &dir,
        &[
            "check-compatibility",
            "--property",
            "123",
            "--params",
            r#"{"dimensions": [{"name": "nope"}]}"#,
        ],
    );
    assert_eq!(unknown.status.code(), Some(2), "{}", text(&unknown.stderr));
}

#[test]
fn check_names_refuses_a_misspelt_metric_before_any_report_is_sent() {
    let (_runtime, server, dir) = server(Ga4Config::default());
    let output_file = dir.path().join("rows.tsv");
    let params = r#"{"dateRanges": [{"startDate": "7daysAgo", "endDate": "today"}],
                     "dimensions": [{"name": "customEvent:plan"}],
                     "metrics": [{"name": "activeUser"}]}"#;
    let output = ga4(
        &server,
        &dir,
        &[
            "report",
            "--property",
            "123",
            "--check-names",
            "--params",
            params,
            "--output",
            output_file.to_str().expect("a UTF-8 path"),
        ],
    );
    assert_eq!(output.status.code(), Some(1), "{}", text(&output.stderr));
    let stderr = text(&output.stderr);
    assert!(stderr.contains("`metrics[0].name`"), "{stderr}");
    assert!(stderr.contains("did you mean `activeUsers`?"), "{stderr}");
    assert_eq!(server.reports_received(), 0);
    assert_eq!(server.metadata_received(), 1);
    assert!(!output_file.exists(), "no output file for a refused report");

    let good = params.replace("activeUser\"", "activeUsers\"");
    let output = ga4(
        &server,
        &dir,
        &[
            "report",
            "--property",
            "123",
            "--check-names",
            "--params",
            &good,
        ],
    );
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert_eq!(server.reports_received(), 1);
}

/// `--format parquet` (feature `parquet`): typed columns equal to the JSON lines, batches of
/// bounded size, and no Parquet to stdout.
#[cfg(feature = "parquet")]
mod parquet_format {
    use super::*;

    use common::parquet_table::{assert_equals_json_lines, read};
    use yandex_direct::runtime::reports::arrow::arrow_schema::DataType;

    #[test]
    fn a_parquet_report_reads_back_typed_and_equal_to_its_json_lines() {
        // More rows than one batch (8192): the file holds two row groups.
        let (_runtime, server, dir) = server(Ga4Config {
            report_rows: 9000,
            ..Ga4Config::default()
        });
        let query = params(10_000, 2);
        let report = |format: &str, output: Option<&std::path::Path>| {
            let mut args = vec!["report", "--property", "123", "--params", &query];
            args.extend(["--all", "--format", format]);
            let output_text;
            if let Some(path) = output {
                output_text = path.display().to_string();
                args.extend(["--output", &output_text]);
            }
            let out = ga4(&server, &dir, &args);
            assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
            out
        };
        let rows = lines(&report("jsonl", None));
        assert_eq!(rows.len(), 9000);
        let path = dir.path().join("report.parquet");
        let out = report("parquet", Some(&path));
        assert!(out.stdout.is_empty(), "the rows go to the file only");
        let (batches, row_groups) = read(&path);
        assert_eq!(row_groups, 2, "8192 rows, then 808");
        assert_equals_json_lines(
            &batches,
            &[
                ("d0", DataType::Utf8),
                ("d1", DataType::Utf8),
                ("activeUsers", DataType::Int64),
                ("sessions", DataType::Int64),
            ],
            &rows,
        );
    }

    #[test]
    fn parquet_without_output_exits_1_and_sends_nothing() {
        let (_runtime, server, dir) = server(Ga4Config::default());
        let out = ga4(
            &server,
            &dir,
            &[
                "report",
                "--property",
                "123",
                "--params",
                &params(10, 1),
                "--format",
                "parquet",
            ],
        );
        assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
        assert!(
            text(&out.stderr).contains("--format parquet needs --output FILE"),
            "{}",
            text(&out.stderr)
        );
        assert!(out.stdout.is_empty());
        assert_eq!(server.reports_received(), 0, "refused before sending");
    }
}
