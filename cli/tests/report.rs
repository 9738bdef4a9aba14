//! `ydirect report` end to end against the fake server: the formats, the money forms, the
//! progress lines, and the exit statuses.

use std::path::Path;
use std::process::Output;

use serde_json::{json, Value};
use yandex_direct_fake_server::reports::{ReportFault, ReportQueue};
use yandex_direct_fake_server::{FakeConfig, FakeServer};

mod common;
use common::{start_fake_server, text};

const TOKEN: &str = "y0_cli-report-token";

fn ydirect(args: &[&str]) -> Output {
    common::ydirect(args, Some(TOKEN))
}

/// A fake server (on its own runtime) with two campaigns added through `ydirect call`.
fn server() -> (tokio::runtime::Runtime, FakeServer) {
    let (runtime, server) = start_fake_server(FakeConfig::default());
    server.set_report_queue(ReportQueue {
        polls_until_ready: 2,
        retry_in: "0".into(),
    });
    let campaigns = json!({"Campaigns": [
        {"Name": "Spring", "StartDate": "2030-01-01", "TextCampaign": {"BiddingStrategy": {
            "Search": {"BiddingStrategyType": "HIGHEST_POSITION"},
            "Network": {"BiddingStrategyType": "SERVING_OFF"}}}},
        {"Name": "Summer", "StartDate": "2030-01-01", "TextCampaign": {"BiddingStrategy": {
            "Search": {"BiddingStrategyType": "HIGHEST_POSITION"},
            "Network": {"BiddingStrategyType": "SERVING_OFF"}}}}
    ]});
    let out = ydirect(&[
        "call",
        "campaigns",
        "add",
        "--params",
        &campaigns.to_string(),
        "--base-url",
        &server.base_url(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    (runtime, server)
}

fn definition(name: &str) -> Value {
    json!({
        "SelectionCriteria": {"DateFrom": "2024-06-01", "DateTo": "2024-06-02"},
        "FieldNames": ["Date", "CampaignId", "CampaignName", "Clicks", "Cost", "Ctr"],
        "ReportName": name,
        "ReportType": "CAMPAIGN_PERFORMANCE_REPORT",
        "DateRangeType": "CUSTOM_DATE",
        "Format": "TSV",
        "IncludeVAT": "YES"
    })
}

fn write_definition(dir: &Path, value: &Value) -> String {
    let path = dir.join("definition.json");
    std::fs::write(&path, value.to_string()).expect("write the definition");
    format!("@{}", path.display())
}

#[test]
fn formats_and_money_forms_exit_0() {
    let (_runtime, server) = server();
    let url = server.base_url();
    let dir = tempfile::tempdir().expect("temp dir");
    let params = write_definition(dir.path(), &definition("formats"));
    let args = |extra: &[&str]| -> Vec<String> {
        [
            "report",
            "--params",
            &params,
            "--mode",
            "online",
            "--base-url",
            &url,
        ]
        .iter()
        .chain(extra)
        .map(|s| s.to_string())
        .collect()
    };
    let run = |extra: &[&str]| {
        let args = args(extra);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = ydirect(&args);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        text(&out.stdout)
    };

    let tsv = run(&[]);
    let lines: Vec<&str> = tsv.lines().collect();
    assert_eq!(
        lines[0],
        "Date\tCampaignId\tCampaignName\tClicks\tCost\tCtr"
    );
    assert_eq!(lines.len(), 5, "the header and 2 campaigns x 2 days: {tsv}");

    let csv = run(&["--format", "csv"]);
    assert_eq!(
        csv.lines().next(),
        Some("Date,CampaignId,CampaignName,Clicks,Cost,Ctr")
    );
    assert_eq!(csv.lines().count(), 5);

    let units = run(&["--format", "jsonl"]);
    let micros = run(&["--format", "jsonl", "--money", "micros"]);
    let parse = |text: &str| -> Vec<Value> {
        text.lines()
            .map(|l| serde_json::from_str(l).expect("a JSON line"))
            .collect()
    };
    let (units, micros) = (parse(&units), parse(&micros));
    assert_eq!(units.len(), 4);
    for (u, m) in units.iter().zip(&micros) {
        // The same amount, exactly: units have two decimals, micros are whole.
        let cents = (u["Cost"].as_f64().unwrap() * 100.0).round() as i64;
        assert_eq!(m["Cost"].as_i64().unwrap(), cents * 10_000, "{u} / {m}");
        assert_eq!(u["CampaignId"], m["CampaignId"]);
        assert!(u["Date"].is_string() && u["Clicks"].is_i64());
    }
    let requests = server.requests();
    let reports: Vec<_> = requests.iter().filter(|r| r.service == "reports").collect();
    assert_eq!(
        reports.last().unwrap().header("returnMoneyInMicros"),
        Some("true")
    );

    // --output: the report in the file, nothing on stdout.
    let file = dir.path().join("out.csv");
    let out = run(&["--format", "csv", "--output", file.to_str().unwrap()]);
    assert!(out.is_empty());
    assert_eq!(std::fs::read_to_string(&file).unwrap(), csv);
}

#[test]
fn an_offline_report_shows_its_progress_in_plain_lines() {
    let (_runtime, server) = server();
    let dir = tempfile::tempdir().expect("temp dir");
    let params = write_definition(dir.path(), &definition("offline"));
    let out = ydirect(&[
        "report",
        "--params",
        &params,
        "--mode",
        "offline",
        "--base-url",
        &server.base_url(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    let position = |word: &str| {
        stderr
            .find(word)
            .unwrap_or_else(|| panic!("no `{word}` in stderr: {stderr}"))
    };
    assert!(position("queued") < position("building"), "{stderr}");
    assert!(position("building") < position("downloading"), "{stderr}");
    assert!(position("downloading") < position("done: "), "{stderr}");
    assert!(stderr.contains("4 rows"), "{stderr}");
    assert_eq!(text(&out.stdout).lines().count(), 5);
}

#[test]
fn a_definition_the_schema_refuses_exits_1_and_sends_nothing() {
    let (_runtime, server) = server();
    let url = server.base_url();
    let dir = tempfile::tempdir().expect("temp dir");
    let before = server.requests().len();

    // (the key changed, its new value, what the message names)
    let refusals = [
        (
            "FieldNames",
            json!(["CampaignId", "Query"]),
            "`Query` is not allowed in FieldNames",
        ),
        ("FieldNamez", json!([]), "FieldNamez"),
        ("IncludeVAT", json!("MAYBE"), "IncludeVAT"),
    ];
    for (key, value, named) in refusals {
        let mut refused = definition("refused");
        refused[key] = value;
        let params = write_definition(dir.path(), &refused);
        let out = ydirect(&["report", "--params", &params, "--base-url", &url]);
        assert_eq!(out.status.code(), Some(1), "{key}");
        assert!(text(&out.stderr).contains(named), "{}", text(&out.stderr));
    }

    let out = ydirect(&[
        "report",
        "--params",
        "@/nonexistent/definition.json",
        "--base-url",
        &url,
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(server.requests().len(), before, "nothing was sent");
}

#[test]
fn an_unknown_field_name_is_refused_with_the_nearest_and_nothing_is_sent() {
    let (_runtime, server) = server();
    let dir = tempfile::tempdir().expect("temp dir");
    let before = server.requests().len();
    let mut misspelt = definition("misspelt");
    misspelt["FieldNames"] = json!(["CampaignId", "Clickz"]);
    let params = write_definition(dir.path(), &misspelt);
    let out = ydirect(&[
        "report",
        "--params",
        &params,
        "--base-url",
        &server.base_url(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("at `FieldNames[1]`: unknown value `Clickz`; did you mean `Clicks`?"),
        "{stderr}"
    );
    assert_eq!(server.requests().len(), before, "nothing was sent");
}

#[test]
fn api_errors_exit_2_and_cut_reports_exit_3() {
    let (_runtime, server) = server();
    let url = server.base_url();
    let dir = tempfile::tempdir().expect("temp dir");
    let params = write_definition(dir.path(), &definition("faults"));

    server.inject_report_fault(ReportFault::XmlError(53));
    let out = ydirect(&[
        "report",
        "--params",
        &params,
        "--mode",
        "online",
        "--base-url",
        &url,
    ]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("53"), "{}", text(&out.stderr));

    server.inject_report_fault(ReportFault::Truncated);
    let file = dir.path().join("cut.tsv");
    let out = ydirect(&[
        "report",
        "--params",
        &params,
        "--mode",
        "online",
        "--base-url",
        &url,
        "--output",
        file.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("cut short"),
        "{}",
        text(&out.stderr)
    );
}

/// `--format parquet` in a build without the `parquet` feature: exit 1 saying how to get it,
/// nothing sent.
#[cfg(not(feature = "parquet"))]
#[test]
fn parquet_without_the_feature_exits_1_with_the_build_hint() {
    let (_runtime, server) = server();
    let dir = tempfile::tempdir().expect("temp dir");
    let params = write_definition(dir.path(), &definition("parquet"));
    let before = server.requests().len();
    let file = dir.path().join("report.parquet");
    let out = ydirect(&[
        "report",
        "--params",
        &params,
        "--format",
        "parquet",
        "--output",
        file.to_str().unwrap(),
        "--base-url",
        &server.base_url(),
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("--features parquet"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(server.requests().len(), before, "nothing was sent");
    assert!(!file.exists());
}

/// `--format parquet` (feature `parquet`): the file read back with the parquet crate's reader.
#[cfg(feature = "parquet")]
mod parquet_format {
    use super::*;

    use parquet::arrow::arrow_reader::ArrowReaderOptions;
    use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
    use yandex_direct::runtime::reports::arrow::arrow_array::cast::AsArray;
    use yandex_direct::runtime::reports::arrow::arrow_array::types::{
        Date32Type, Decimal128Type, Int64Type,
    };
    use yandex_direct::runtime::reports::arrow::arrow_array::{Array, RecordBatch};
    use yandex_direct::runtime::reports::arrow::arrow_schema::DataType;

    fn read_parquet(path: &Path) -> Vec<RecordBatch> {
        let file = std::fs::File::open(path).expect("the parquet file");
        ParquetRecordBatchReaderBuilder::try_new_with_options(file, ArrowReaderOptions::new())
            .expect("a parquet file")
            .build()
            .expect("a reader")
            .collect::<Result<_, _>>()
            .expect("readable batches")
    }

    #[test]
    fn a_report_written_as_parquet_reads_back_typed_and_exact() {
        let (_runtime, server) = server();
        let url = server.base_url();
        let dir = tempfile::tempdir().expect("temp dir");
        let params = write_definition(dir.path(), &definition("parquet"));
        let run = |extra: &[&str]| {
            let mut args = vec![
                "report",
                "--params",
                &params,
                "--mode",
                "online",
                "--base-url",
                &url,
            ];
            args.extend_from_slice(extra);
            let out = ydirect(&args);
            assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
            text(&out.stdout)
        };
        let jsonl = run(&["--format", "jsonl", "--money", "micros"]);
        let rows: Vec<Value> = jsonl
            .lines()
            .map(|l| serde_json::from_str(l).expect("a JSON line"))
            .collect();
        assert_eq!(rows.len(), 4);

        for money in ["units", "micros"] {
            let path = dir.path().join(format!("report-{money}.parquet"));
            let stdout = run(&[
                "--format",
                "parquet",
                "--money",
                money,
                "--output",
                path.to_str().unwrap(),
            ]);
            assert!(stdout.is_empty());
            let batches = read_parquet(&path);
            let total: usize = batches.iter().map(RecordBatch::num_rows).sum();
            assert_eq!(total, 4);
            let batch = &batches[0];
            let schema = batch.schema();
            let types: Vec<(&str, &DataType)> = schema
                .fields()
                .iter()
                .map(|f| (f.name().as_str(), f.data_type()))
                .collect();
            assert_eq!(
                types,
                [
                    ("Date", &DataType::Date32),
                    ("CampaignId", &DataType::Int64),
                    ("CampaignName", &DataType::Utf8),
                    ("Clicks", &DataType::Int64),
                    ("Cost", &DataType::Decimal128(19, 6)),
                    ("Ctr", &DataType::Decimal128(38, 6)),
                ]
            );
            let dates = batch.column(0).as_primitive::<Date32Type>();
            let ids = batch.column(1).as_primitive::<Int64Type>();
            let names = batch.column(2).as_string::<i32>();
            let clicks = batch.column(3).as_primitive::<Int64Type>();
            let cost = batch.column(4).as_primitive::<Decimal128Type>();
            for (i, row) in rows.iter().enumerate() {
                // 2024-06-01 is day 19875 of the Unix epoch.
                let day = match row["Date"].as_str() {
                    Some("2024-06-01") => 19_875,
                    Some("2024-06-02") => 19_876,
                    other => panic!("unexpected date {other:?}"),
                };
                assert_eq!(dates.value(i), day, "{row}");
                assert_eq!(Some(ids.value(i)), row["CampaignId"].as_i64(), "{row}");
                assert_eq!(Some(names.value(i)), row["CampaignName"].as_str(), "{row}");
                assert_eq!(Some(clicks.value(i)), row["Clicks"].as_i64(), "{row}");
                // The same micros whether the report came in units or in micros.
                let micros = row["Cost"].as_i64().map(i128::from);
                assert_eq!(Some(cost.value(i)), micros, "{money}: {row}");
                assert_eq!(cost.null_count(), 0);
            }
        }
    }

    #[test]
    fn parquet_needs_an_output_file_and_a_cut_report_exits_3() {
        let (_runtime, server) = server();
        let url = server.base_url();
        let dir = tempfile::tempdir().expect("temp dir");
        let params = write_definition(dir.path(), &definition("parquet-faults"));
        let before = server.requests().len();
        let out = ydirect(&[
            "report",
            "--params",
            &params,
            "--format",
            "parquet",
            "--base-url",
            &url,
        ]);
        assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
        assert!(
            text(&out.stderr).contains("--output"),
            "{}",
            text(&out.stderr)
        );
        assert_eq!(server.requests().len(), before, "nothing was sent");

        server.inject_report_fault(ReportFault::Truncated);
        let path = dir.path().join("cut.parquet");
        let out = ydirect(&[
            "report",
            "--params",
            &params,
            "--format",
            "parquet",
            "--mode",
            "online",
            "--output",
            path.to_str().unwrap(),
            "--base-url",
            &url,
        ]);
        assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
        let stderr = text(&out.stderr);
        assert!(stderr.contains("cut short"), "{stderr}");
        assert!(stderr.contains("not a readable Parquet file"), "{stderr}");
    }
}
