//! The `ydirect` binary itself: help, version, the exit-status table and the output of `call`
//! and `hit`, against one-shot servers on 127.0.0.1.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::process::{Command, Output, Stdio};
use std::thread;

mod common;
use common::{text, ydirect};

/// Runs `ydirect` with `input` on stdin (and no token).
fn ydirect_with_input(args: &[&str], input: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ydirect"))
        .args(args)
        .env_remove("YANDEX_DIRECT_TOKEN")
        .env_remove("RUST_LOG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("ydirect runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("ydirect ends")
}

fn stderr(out: &Output) -> String {
    text(&out.stderr)
}

fn stdout(out: &Output) -> String {
    text(&out.stdout)
}

/// A base URL where nothing listens.
fn closed_url() -> String {
    let closed = TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}", closed.local_addr().expect("addr"));
    drop(closed);
    url
}

/// Answers one HTTP request with `body` and the usual Direct headers; gives back the request.
fn one_shot(body: &'static str) -> (String, thread::JoinHandle<String>) {
    one_shot_with_status("200 OK", body)
}

/// Answers one HTTP request with `status` and `body`; gives back the request.
fn one_shot_with_status(
    status: &'static str,
    body: &'static str,
) -> (String, thread::JoinHandle<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    let handle = thread::spawn(move || {
        let (stream, _) = listener.accept().expect("accept");
        let mut reader = BufReader::new(stream);
        let mut head = String::new();
        let mut length = 0usize;
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line).expect("read") == 0 || line == "\r\n" {
                break;
            }
            if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                length = v.trim().parse().expect("length");
            }
            head.push_str(&line);
        }
        let mut request_body = vec![0; length];
        reader.read_exact(&mut request_body).expect("body");
        let response = format!(
            "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nRequestId: 123\r\nUnits: 10/90/100\r\nUnits-Used-Login: me\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        );
        reader
            .get_mut()
            .write_all(response.as_bytes())
            .expect("write");
        head + &String::from_utf8_lossy(&request_body)
    });
    (url, handle)
}

#[test]
fn success_prints_the_result_or_the_meta() {
    let (url, server) = one_shot(r#"{"result":{"Campaigns":[{"Id":1}]}}"#);
    let out = ydirect(
        &[
            "call",
            "--meta",
            "campaigns",
            "get",
            "--base-url",
            &url,
            "--params",
            r#"{"SelectionCriteria":{},"FieldNames":["Id"]}"#,
            "--login",
            "client-x",
        ],
        Some("secret-token"),
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let printed: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(
        printed,
        serde_json::json!({"result": {"Campaigns": [{"Id": 1}]}, "request_id": "123",
            "units": {"spent": 10, "rest": 90, "limit": 100}, "units_used_login": "me"})
    );
    let request = server.join().expect("server");
    assert!(request.starts_with("POST /json/v5/campaigns "), "{request}");
    assert!(request
        .to_ascii_lowercase()
        .contains("client-login: client-x"));
    assert!(request.contains(r#""method":"get""#));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("secret-token"));
}

#[test]
fn api_error_exits_2_with_the_error_json_on_stderr() {
    let (url, server) = one_shot(
        r#"{"error":{"request_id":"77","error_code":54,"error_string":"No rights","error_detail":""}}"#,
    );
    let out = ydirect(
        &[
            "call",
            "campaigns",
            "delete",
            "--base-url",
            &url,
            "--params",
            r#"{"SelectionCriteria":{"Ids":[1]}}"#,
        ],
        Some("t"),
    );
    server.join().expect("server");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let error: serde_json::Value = serde_json::from_slice(&out.stderr).expect("JSON");
    assert_eq!(error["error"]["error_code"], 54);
    assert_eq!(error["error"]["request_id"], "77");
}

#[test]
fn bad_params_exit_1_with_the_path_and_transport_failures_exit_3() {
    let out = ydirect(
        &[
            "call",
            "keywords",
            "get",
            "--params",
            r#"{"SelectionCriteria":{"Ids":"1"},"FieldNames":["Id"]}"#,
        ],
        Some("t"),
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("params.SelectionCriteria.Ids"), "{stderr}");

    let closed = TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}", closed.local_addr().expect("addr"));
    drop(closed);
    let out = ydirect(
        &[
            "call",
            "campaigns",
            "add",
            "--base-url",
            &url,
            "--params",
            r#"{"Campaigns":[{"Name":"n","StartDate":"2030-01-01"}]}"#,
        ],
        Some("t"),
    );
    assert_eq!(
        out.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let out = ydirect(&["call", "campaigns", "get"], None);
    assert_eq!(out.status.code(), Some(1), "no token");
}

#[test]
fn call_v4_prints_the_data_of_the_answer() {
    let (url, server) = one_shot(r#"{"data":[{"Login":"client-x","UnitsRest":"32000"}]}"#);
    let out = ydirect(
        &[
            "call",
            "v4",
            "GetClientsUnits",
            "--params",
            r#"["client-x"]"#,
            "--base-url",
            &url,
        ],
        Some("secret-token"),
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let printed: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(
        printed,
        serde_json::json!([{"Login": "client-x", "UnitsRest": "32000"}])
    );
    let request = server.join().expect("server thread");
    assert!(request.starts_with("POST /live/v4/json/ "), "{request}");
    assert!(
        request.contains(r#""method":"GetClientsUnits""#)
            && request.contains(r#""param":["client-x"]"#),
        "{request}"
    );
    assert!(!String::from_utf8_lossy(&out.stdout).contains("secret-token"));
}

#[test]
fn version_and_help_exit_0() {
    let out = ydirect(&["--version"], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("ydirect "), "{}", stdout(&out));

    let out = ydirect(&["--help"], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let help = stdout(&out);
    for row in [
        "0  success",
        "1  local fault",
        "2  API error",
        "3  transport",
    ] {
        assert!(help.contains(row), "{row} in {help}");
    }
    assert!(help.contains("--verbose"), "{help}");

    let out = ydirect(&["call", "--help"], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let help = stdout(&out);
    for option in [
        "--params",
        "--login",
        "--sandbox",
        "--base-url",
        "--meta",
        "--token-file",
        "--language",
        "--finance-master-token-file",
        "--finance-counter-file",
        "--finance-login",
        "--all",
        "--max-body-bytes",
        "Examples:",
        "ydirect call campaigns get",
        "ydirect call keywords get --all",
    ] {
        assert!(help.contains(option), "{option} in {help}");
    }

    let out = ydirect(&["hit", "--help"], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let help = stdout(&out);
    for option in [
        "--dialect",
        "--strict",
        "--debug",
        "--base-url",
        "Examples:",
        "ydirect hit --dialect ua",
    ] {
        assert!(help.contains(option), "{option} in {help}");
    }
}

#[test]
fn usage_errors_exit_1() {
    let dir = tempfile::tempdir().expect("temp dir");
    let counter = dir.path().join("counter");
    let counter = counter.to_string_lossy();
    let cases: &[&[&str]] = &[
        &[],
        &["frobnicate"],
        &["call"],
        &["call", "campaigns"],
        &["call", "campaigns", "get", "extra"],
        &["call", "campaigns", "get", "--no-such-option"],
        &[
            "call",
            "campaigns",
            "get",
            "--sandbox",
            "--base-url",
            "http://127.0.0.1:1",
        ],
        &["call", "v4", "PingAPI", "--finance-counter-file", &counter],
        &["call", "campaigns", "get", "--finance-login", "x"],
        &["call", "nosuchservice", "get"],
        &["call", "v4", "NoSuchMethod"],
        &["hit"],
        &["hit", "--dialect", "nope"],
        &["hit", "--dialect", "metrica", "--debug"],
    ];
    for args in cases {
        let out = ydirect(args, Some("t"));
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", stderr(&out));
        assert!(!stderr(&out).is_empty(), "{args:?} says why");
    }
}

#[test]
fn params_that_are_not_json_or_cannot_be_read_exit_1() {
    let url = closed_url();
    let out = ydirect(
        &[
            "call",
            "campaigns",
            "get",
            "--base-url",
            &url,
            "--params",
            "{",
        ],
        Some("t"),
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("--params is not JSON"),
        "{}",
        stderr(&out)
    );

    let dir = tempfile::tempdir().expect("temp dir");
    let missing = format!("@{}", dir.path().join("missing.json").display());
    let out = ydirect(
        &[
            "call",
            "campaigns",
            "get",
            "--base-url",
            &url,
            "--params",
            &missing,
        ],
        Some("t"),
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("cannot read params file"),
        "{}",
        stderr(&out)
    );

    let broken = dir.path().join("broken.json");
    std::fs::write(&broken, "{\"SelectionCriteria\":").expect("write");
    let at_broken = format!("@{}", broken.display());
    let out = ydirect(
        &[
            "call",
            "v4",
            "GetClientsUnits",
            "--base-url",
            &url,
            "--params",
            &at_broken,
        ],
        Some("t"),
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("is not JSON"), "{}", stderr(&out));
}

#[test]
fn params_from_a_file_and_the_token_from_a_file() {
    let (url, server) = one_shot(r#"{"result":{"Campaigns":[]}}"#);
    let dir = tempfile::tempdir().expect("temp dir");
    let params = dir.path().join("params.json");
    std::fs::write(&params, r#"{"SelectionCriteria":{},"FieldNames":["Id"]}"#).expect("write");
    let token = dir.path().join("token");
    std::fs::write(&token, "file-token\n").expect("write");
    let at_params = format!("@{}", params.display());
    let token_arg = token.to_string_lossy();
    let out = ydirect(
        &[
            "call",
            "Campaigns",
            "get",
            "--params",
            &at_params,
            "--token-file",
            &token_arg,
            "--base-url",
            &url,
            "--language",
            "en",
        ],
        Some("env-token"),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let printed: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(printed, serde_json::json!({"Campaigns": []}));
    let request = server.join().expect("server").to_ascii_lowercase();
    assert!(
        request.contains("authorization: bearer file-token"),
        "{request}"
    );
    assert!(request.contains("accept-language: en"), "{request}");
    assert!(request.contains(r#""fieldnames":["id"]"#), "{request}");
}

#[test]
fn undecodable_answers_exit_3_and_show_the_answer() {
    let (url, server) = one_shot("<html>not JSON</html>");
    let out = ydirect(
        &[
            "call",
            "campaigns",
            "get",
            "--base-url",
            &url,
            "--params",
            r#"{"SelectionCriteria":{},"FieldNames":["Id"]}"#,
        ],
        Some("t"),
    );
    server.join().expect("server");
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("<html>not JSON</html>"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn call_v4_api_errors_exit_2_and_transport_failures_exit_3() {
    let (url, server) = one_shot(
        r#"{"error_code":53,"error_str":"Authorization error","error_detail":"Invalid token"}"#,
    );
    let out = ydirect(&["call", "v4", "PingAPI", "--base-url", &url], Some("t"));
    server.join().expect("server");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    let error: serde_json::Value = serde_json::from_slice(&out.stderr).expect("JSON");
    assert_eq!(error["error_code"], 53);

    let out = ydirect(
        &["call", "v4", "PingAPI", "--base-url", &closed_url()],
        Some("t"),
    );
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));

    // A finance method without the finance options: a local fault, nothing sent.
    let out = ydirect(
        &[
            "call",
            "v4",
            "CreateInvoice",
            "--params",
            r#"{"Payments":[]}"#,
            "--base-url",
            &closed_url(),
        ],
        Some("t"),
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("--finance-master-token-file"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn call_v4_signs_finance_methods_with_the_counter_file() {
    const MASTER: &str = "master-secret";
    let (url, server) = one_shot(r#"{"data":"https://direct.yandex.ru/invoice/301"}"#);
    let dir = tempfile::tempdir().expect("temp dir");
    let master = dir.path().join("master");
    let counter = dir.path().join("counter");
    std::fs::write(&master, format!("{MASTER}\n")).expect("write");
    std::fs::write(&counter, "300\n").expect("write");
    let (master_arg, counter_arg) = (master.to_string_lossy(), counter.to_string_lossy());
    let out = ydirect(
        &[
            "call",
            "v4",
            "CreateInvoice",
            "--params",
            r#"{"Payments":[{"CampaignID":7,"Sum":100}]}"#,
            "--base-url",
            &url,
            "--finance-master-token-file",
            &master_arg,
            "--finance-counter-file",
            &counter_arg,
            "--login",
            "agrom",
        ],
        Some("t"),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out).trim(),
        "\"https://direct.yandex.ru/invoice/301\""
    );
    let request = server.join().expect("server");
    let expected =
        yandex_direct::runtime::finance::finance_token(MASTER, 301, "CreateInvoice", "agrom");
    assert!(request.contains(&expected), "{request}");
    assert!(request.contains(r#""operation_num":301"#), "{request}");
    assert!(!request.contains(MASTER) && !stderr(&out).contains(MASTER));
    let stored = std::fs::read_to_string(&counter).expect("counter");
    assert_eq!(stored.trim(), "301");
}

#[test]
fn verbose_shows_the_timing_of_the_call_and_never_the_token() {
    let (url, server) = one_shot(r#"{"result":{"Campaigns":[]}}"#);
    let out = ydirect(
        &[
            "-v",
            "call",
            "campaigns",
            "get",
            "--base-url",
            &url,
            "--params",
            r#"{"SelectionCriteria":{},"FieldNames":["Id"]}"#,
        ],
        Some("secret-token"),
    );
    server.join().expect("server");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let log = stderr(&out);
    assert!(
        log.contains("direct.call") && log.contains("close") && log.contains("time.busy"),
        "{log}"
    );
    assert!(!log.contains("secret-token"), "{log}");
    serde_json::from_slice::<serde_json::Value>(&out.stdout).expect("stdout stays JSON");

    // -vv: debug events, also from the thread that resolves a host name.
    let (url, server) = one_shot(r#"{"result":{"Campaigns":[]}}"#);
    let url = url.replace("127.0.0.1", "localhost");
    let out = ydirect(
        &[
            "call",
            "campaigns",
            "get",
            "-vv",
            "--base-url",
            &url,
            "--params",
            r#"{"SelectionCriteria":{},"FieldNames":["Id"]}"#,
        ],
        Some("secret-token"),
    );
    server.join().expect("server");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let log = stderr(&out);
    assert!(log.contains("call succeeded"), "{log}");
    assert!(!log.contains("secret-token"), "{log}");

    // RUST_LOG replaces the level of -v.
    let (url, server) = one_shot(r#"{"result":{"Campaigns":[]}}"#);
    let out = Command::new(env!("CARGO_BIN_EXE_ydirect"))
        .args([
            "call",
            "campaigns",
            "get",
            "--base-url",
            &url,
            "--params",
            r#"{"SelectionCriteria":{},"FieldNames":["Id"]}"#,
        ])
        .env("YANDEX_DIRECT_TOKEN", "t")
        .env("RUST_LOG", "yandex_direct=debug")
        .stdin(Stdio::null())
        .output()
        .expect("ydirect runs");
    server.join().expect("server");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("call succeeded"), "{}", stderr(&out));

    // Without -v, nothing but warnings: a quiet success.
    let (url, server) = one_shot(r#"{"result":{"Campaigns":[]}}"#);
    let out = ydirect(
        &[
            "call",
            "campaigns",
            "get",
            "--base-url",
            &url,
            "--params",
            r#"{"SelectionCriteria":{},"FieldNames":["Id"]}"#,
        ],
        Some("secret-token"),
    );
    server.join().expect("server");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
}

const UA_LINES: &str = "{\"t\": \"pageview\", \"tid\": \"UA-1-1\", \"cid\": \"555\", \"dl\": \"https://example.com/a\"}\n\
{\"t\": \"event\", \"tid\": \"UA-1-1\", \"cid\": \"555\", \"ec\": \"c\", \"ea\": \"a\", \"ev\": 3}\n";

#[test]
fn hit_sends_the_lines_and_reports_each() {
    let (url, server) = one_shot("");
    let out = ydirect_with_input(&["hit", "--dialect", "ua", "--base-url", &url], UA_LINES);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let request = server.join().expect("server");
    assert!(request.starts_with("POST /batch "), "{request}");
    assert!(
        request.ends_with(
            "v=1&t=pageview&tid=UA-1-1&cid=555&dl=https%3A%2F%2Fexample.com%2Fa\nv=1&t=event&tid=UA-1-1&cid=555&ec=c&ea=a&ev=3"
        ),
        "{request}"
    );
    let lines: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(
        lines,
        [
            serde_json::json!({"line": 1, "status": "accepted"}),
            serde_json::json!({"line": 2, "status": "accepted"})
        ]
    );
}

#[test]
fn hit_exit_codes_follow_the_table() {
    // An invalid line: 1, naming the line and the parameter; nothing to send.
    let input = "\n{\"t\": \"pageview\", \"cid\": \"555\", \"dl\": \"https://example.com/a\"}\n";
    let out = ydirect_with_input(
        &["hit", "--dialect", "ua", "--base-url", &closed_url()],
        input,
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("line 2") && stderr(&out).contains("`tid`"),
        "{}",
        stderr(&out)
    );
    let out = ydirect_with_input(
        &["hit", "--dialect", "ua", "--base-url", &closed_url()],
        "[1]\n",
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));

    // A non-2xx answer: 2, not retried.
    let (url, server) = one_shot_with_status("503 Service Unavailable", "down");
    let out = ydirect_with_input(&["hit", "--dialect", "ua", "--base-url", &url], UA_LINES);
    server.join().expect("server");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("HTTP 503"), "{}", stderr(&out));

    // A transport failure: 3, the unsent hits on stderr as JSON lines.
    let out = ydirect_with_input(
        &["hit", "--dialect", "ua", "--base-url", &closed_url()],
        UA_LINES,
    );
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let unsent: Vec<serde_json::Value> = stderr(&out)
        .lines()
        .filter(|l| l.starts_with('{'))
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(unsent.len(), 2, "{}", stderr(&out));
    assert_eq!(unsent[0]["dl"], "https://example.com/a");
    assert_eq!(unsent[1]["ev"], 3);
}

#[test]
fn hit_refuses_what_the_collector_would_drop_and_warns_of_what_is_recommended() {
    // A tracking id of no known form: exit 1, the line and the parameter named, nothing sent
    // (nothing listens at the URL: a send would be a transport failure, exit 3).
    let bad_tid = "{\"t\": \"pageview\", \"tid\": \"UAA-A-0\", \"cid\": \"555\", \"dl\": \"https://example.com/\"}\n";
    let out = ydirect_with_input(
        &["hit", "--dialect", "ua", "--base-url", &closed_url()],
        bad_tid,
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out)
            .contains("line 1: invalid hit: parameter `tid`: `UAA-A-0` is not a property id"),
        "{}",
        stderr(&out)
    );

    // A GA4 purchase without items: sent with a warning; refused under --strict.
    let purchase = "{\"measurement_id\": \"G-ABC\", \"api_secret\": \"s\", \"client_id\": \"c\", \"events\": [{\"name\": \"purchase\", \"params\": {\"transaction_id\": \"T1\", \"value\": 5, \"currency\": \"RUB\"}}]}\n";
    let (url, server) = one_shot_with_status("204 No Content", "");
    let out = ydirect_with_input(&["hit", "--dialect", "ga4", "--base-url", &url], purchase);
    let request = server.join().expect("server");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        request.starts_with("POST /mp/collect?measurement_id=G-ABC&api_secret=s "),
        "{request}"
    );
    assert!(
        stderr(&out).contains("line 1: warning: parameter `events[0].params.items`: recommended"),
        "{}",
        stderr(&out)
    );
    let out = ydirect_with_input(
        &[
            "hit",
            "--dialect",
            "ga4",
            "--strict",
            "--base-url",
            &closed_url(),
        ],
        purchase,
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("line 1: invalid hit: parameter `events[0].params.items`"),
        "{}",
        stderr(&out)
    );
}

/// A runtime whose worker threads serve the fake servers while the test runs the binary.
fn server_runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime")
}

#[test]
fn get_all_follows_limited_by_and_prints_every_item_once_in_order() {
    use yandex_direct_fake_server::{FakeConfig, FakeServer, Kind};
    let runtime = server_runtime();
    let server = runtime
        .block_on(FakeServer::start(FakeConfig::default()))
        .expect("fake server");
    let names: Vec<String> = (1..=7).map(|n| format!("Campaign {n}")).collect();
    let campaigns: Vec<serde_json::Value> = names
        .iter()
        .map(|name| {
            serde_json::json!({
                "Name": name,
                "StartDate": "2030-01-01",
                "TextCampaign": {"BiddingStrategy": {
                    "Search": {"BiddingStrategyType": "HIGHEST_POSITION"},
                    "Network": {"BiddingStrategyType": "SERVING_OFF"}
                }}
            })
        })
        .collect();
    let added = server.with_store("fake-advertiser", |store| {
        store
            .execute(
                "campaigns",
                "add",
                &serde_json::json!({ "Campaigns": campaigns }),
            )
            .expect("campaigns added");
        store
            .list(Kind::Campaign)
            .iter()
            .map(|c| c.fields["Id"].as_i64().expect("Id"))
            .collect::<Vec<i64>>()
    });
    assert_eq!(added.len(), 7);

    let out = ydirect(
        &[
            "call",
            "campaigns",
            "get",
            "--all",
            "--base-url",
            &server.base_url(),
            "--params",
            r#"{"SelectionCriteria":{},"FieldNames":["Id","Name"],"Page":{"Limit":3}}"#,
        ],
        Some("t"),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let printed: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|line| serde_json::from_str(line).expect("one JSON item per line"))
        .collect();
    let ids: Vec<i64> = printed
        .iter()
        .map(|item| item["Id"].as_i64().expect("Id"))
        .collect();
    assert_eq!(ids, added, "{}", stdout(&out));
    let printed_names: Vec<&str> = printed
        .iter()
        .map(|item| item["Name"].as_str().expect("Name"))
        .collect();
    assert_eq!(printed_names, names);
    // Pages of 3, 3 and 1, each asked for at the offset the previous one gave.
    let offsets: Vec<serde_json::Value> = server
        .requests()
        .iter()
        .filter(|r| r.service == "campaigns" && r.method.as_deref() == Some("get"))
        .map(|r| {
            let body: serde_json::Value = serde_json::from_slice(&r.body).expect("JSON request");
            body["params"]["Page"]["Offset"].clone()
        })
        .collect();
    assert_eq!(
        offsets,
        [
            serde_json::Value::Null,
            serde_json::json!(3),
            serde_json::json!(6)
        ]
    );
}

#[test]
fn get_all_stops_when_limited_by_does_not_progress() {
    use yandex_direct_fake_server::scripted::{Reply, ScriptedServer};
    let runtime = server_runtime();
    let server = runtime
        .block_on(ScriptedServer::start())
        .expect("scripted server");
    server.set_fallback(Reply::json(
        r#"{"result":{"Campaigns":[{"Id":1}],"LimitedBy":1}}"#,
    ));
    let out = ydirect(
        &[
            "call",
            "campaigns",
            "get",
            "--all",
            "--base-url",
            &server.base_url(),
            "--params",
            r#"{"SelectionCriteria":{},"FieldNames":["Id"],"Page":{"Limit":1}}"#,
        ],
        Some("t"),
    );
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(stderr(&out).contains("`LimitedBy` 1"), "{}", stderr(&out));
    assert_eq!(server.request_count(), 2);
    let offsets: Vec<serde_json::Value> = server
        .requests()
        .iter()
        .map(|r| r.json().expect("a JSON request")["params"]["Page"]["Offset"].clone())
        .collect();
    assert_eq!(offsets, [serde_json::Value::Null, serde_json::json!(1)]);
}

#[test]
fn get_all_is_for_v5_gets_only() {
    let out = ydirect(
        &[
            "call",
            "v4",
            "GetClientsUnits",
            "--all",
            "--base-url",
            &closed_url(),
        ],
        Some("t"),
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("--all"), "{}", stderr(&out));
    let out = ydirect(
        &[
            "call",
            "campaigns",
            "add",
            "--all",
            "--base-url",
            &closed_url(),
        ],
        Some("t"),
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("--all"), "{}", stderr(&out));
}

#[test]
fn call_v4_account_management_needs_finance_files_only_for_money_actions() {
    let (url, server) = one_shot(r#"{"data":{"Accounts":[]}}"#);
    let out = ydirect(
        &[
            "call",
            "v4",
            "AccountManagement",
            "--params",
            r#"{"Action":"Get"}"#,
            "--base-url",
            &url,
        ],
        Some("t"),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let request = server.join().expect("server");
    assert!(!request.contains("finance_token"), "{request}");
    assert!(!request.contains("operation_num"), "{request}");

    let out = ydirect(
        &[
            "call",
            "v4",
            "AccountManagement",
            "--params",
            r#"{"Action":"Deposit","Payments":[]}"#,
            "--base-url",
            &closed_url(),
        ],
        Some("t"),
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("--finance-master-token-file"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn call_of_a_retired_v4_method_names_its_v5_successors_and_sends_nothing() {
    use yandex_direct_fake_server::scripted::{Reply, ScriptedServer};
    let runtime = server_runtime();
    let server = runtime
        .block_on(ScriptedServer::start())
        .expect("scripted server");
    server.set_fallback(Reply::json(r#"{"data":[]}"#));
    let out = ydirect(
        &[
            "call",
            "v4",
            "GetBanners",
            "--params",
            "{}",
            "--base-url",
            &server.base_url(),
        ],
        Some("t"),
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains(
            "GetBanners was retired from v4; use v5 AdGroups.get, Ads.get, Keywords.get, \
             Bids.get, VCards.get, Sitelinks.get"
        ),
        "{err}"
    );
    assert!(
        err.contains("ydirect call adgroups get --params JSON|@FILE"),
        "{err}"
    );
    assert!(err.contains("ydirect call sitelinks get"), "{err}");
    assert!(stdout(&out).is_empty(), "{}", stdout(&out));

    // A v5 method asked of the wrong service names the services that have it.
    let out = ydirect(
        &[
            "call",
            "Campaigns",
            "setAuto",
            "--base-url",
            &server.base_url(),
        ],
        Some("t"),
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(
            "campaigns has no method `setAuto`; it is in: bids (Bids.setAuto), keywordbids \
             (KeywordBids.setAuto)"
        ),
        "{}",
        stderr(&out)
    );
    assert_eq!(server.request_count(), 0, "nothing is sent");
}

#[test]
fn an_unknown_enum_value_in_params_is_refused_with_where_and_the_nearest_values() {
    use yandex_direct_fake_server::scripted::{Reply, ScriptedServer};
    let runtime = server_runtime();
    let server = runtime
        .block_on(ScriptedServer::start())
        .expect("scripted server");
    server.set_fallback(Reply::json(r#"{"result":{"Campaigns":[]}}"#));
    let out = ydirect(
        &[
            "call",
            "campaigns",
            "get",
            "--base-url",
            &server.base_url(),
            "--params",
            r#"{"SelectionCriteria":{},"FieldNames":["Idd"]}"#,
        ],
        Some("t"),
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains(
            "invalid params for Campaigns.get at params.FieldNames[0]: unknown value `Idd`; \
             did you mean `Id`?"
        ),
        "{err}"
    );
    assert!(stdout(&out).is_empty(), "{}", stdout(&out));

    // Deeper in the params, and with --all: the same check, with the path to the value.
    let out = ydirect(
        &[
            "call",
            "campaigns",
            "get",
            "--all",
            "--base-url",
            &server.base_url(),
            "--params",
            r#"{"SelectionCriteria":{"States":["ON","SUSPENDD"]},"FieldNames":["Id"]}"#,
        ],
        Some("t"),
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(
            "at params.SelectionCriteria.States[1]: unknown value `SUSPENDD`; did you mean \
             `SUSPENDED`?"
        ),
        "{}",
        stderr(&out)
    );
    assert_eq!(server.request_count(), 0, "nothing is sent");
}

/// Runs `ydirect` (token `t`) and waits for it at most `limit`; a run that takes longer fails the
/// test (it ends anyway once the test's servers stop).
fn ydirect_within(args: &[&str], limit: std::time::Duration) -> Output {
    let child = Command::new(env!("CARGO_BIN_EXE_ydirect"))
        .args(args)
        .env("YANDEX_DIRECT_TOKEN", "t")
        .env_remove("RUST_LOG")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("ydirect runs");
    let (done, ended) = std::sync::mpsc::channel();
    thread::spawn(move || {
        let _ = done.send(child.wait_with_output());
    });
    ended
        .recv_timeout(limit)
        .unwrap_or_else(|_| panic!("ydirect {args:?} did not end within {limit:?}"))
        .expect("ydirect ends")
}

#[test]
fn call_refuses_an_answer_over_max_body_bytes_and_ends() {
    use std::time::Duration;
    use yandex_direct_fake_server::scripted::{Reply, ScriptedServer};
    let runtime = server_runtime();
    // An endless chunked body: read for ever without the limit.
    let endless = runtime
        .block_on(ScriptedServer::start())
        .expect("scripted server");
    endless.set_fallback(
        Reply::new(200)
            .header("Content-Type", "application/json")
            .body(r#"{"result":{"Campaigns":["#.repeat(256))
            .endless(Duration::from_millis(1)),
    );
    // A body announced (`Content-Length`) over the limit: refused before it is read.
    let announced = runtime
        .block_on(ScriptedServer::start())
        .expect("scripted server");
    let big = format!(
        r#"{{"result":{{"Campaigns":[{}{{"Id":1}}]}}}}"#,
        r#"{"Id":1},"#.repeat(10_000)
    );
    let announces = format!("announces {} bytes", big.len());
    announced.set_fallback(Reply::json(big));
    let get = r#"{"SelectionCriteria":{},"FieldNames":["Id"]}"#;
    for (server, service, method, params, what) in [
        (&endless, "campaigns", "get", get, "went past"),
        (
            &endless,
            "v4",
            "GetClientsUnits",
            r#"["login"]"#,
            "went past",
        ),
        (&announced, "campaigns", "get", get, announces.as_str()),
    ] {
        let requests_before = server.request_count();
        let out = ydirect_within(
            &[
                "call",
                service,
                method,
                "--base-url",
                &server.base_url(),
                "--params",
                params,
                "--max-body-bytes",
                "65536",
            ],
            Duration::from_secs(30),
        );
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(3), "{service} {method}: {err}");
        assert!(
            err.contains("over the limit of 65536 bytes") && err.contains(what),
            "{err}"
        );
        assert!(err.contains("--max-body-bytes"), "{err}");
        assert!(stdout(&out).is_empty(), "{}", stdout(&out));
        assert_eq!(server.request_count(), requests_before + 1, "not retried");
    }

    // Without the option the default limit (256 MiB) lets the same announced answer through.
    let out = ydirect_within(
        &[
            "call",
            "campaigns",
            "get",
            "--base-url",
            &announced.base_url(),
            "--params",
            get,
        ],
        Duration::from_secs(30),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));

    let out = ydirect(
        &["call", "campaigns", "get", "--max-body-bytes", "0"],
        Some("t"),
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
}

#[test]
fn finance_calls_of_processes_sharing_a_counter_file_never_share_a_number() {
    use std::sync::{Arc, Barrier};
    use yandex_direct_fake_server::scripted::{Reply, ScriptedServer};
    const MASTER: &str = "master-secret";
    const PROCESSES: i64 = 2;
    const CALLS: i64 = 4;
    let runtime = server_runtime();
    let server = runtime
        .block_on(ScriptedServer::start())
        .expect("scripted server");
    server.set_fallback(Reply::json(
        r#"{"data":"https://direct.yandex.ru/invoice"}"#,
    ));
    let dir = tempfile::tempdir().expect("temp dir");
    let master = dir.path().join("master");
    let counter = dir.path().join("counter");
    std::fs::write(&master, MASTER).expect("write");
    std::fs::write(&counter, "500\n").expect("write");
    let url = server.base_url();

    // Each round starts one process per worker at the same moment; worker `w` marks its calls
    // with campaign `w` and sum `call`.
    let start = Arc::new(Barrier::new(PROCESSES as usize));
    let workers: Vec<_> = (1..=PROCESSES)
        .map(|worker| {
            let (start, url) = (start.clone(), url.clone());
            let (master, counter) = (master.clone(), counter.clone());
            thread::spawn(move || {
                for call in 1..=CALLS {
                    let params =
                        format!(r#"{{"Payments":[{{"CampaignID":{worker},"Sum":{call}}}]}}"#);
                    start.wait();
                    let out = ydirect(
                        &[
                            "call",
                            "v4",
                            "CreateInvoice",
                            "--params",
                            &params,
                            "--base-url",
                            &url,
                            "--finance-master-token-file",
                            &master.to_string_lossy(),
                            "--finance-counter-file",
                            &counter.to_string_lossy(),
                            "--login",
                            "agrom",
                        ],
                        Some("t"),
                    );
                    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
                }
            })
        })
        .collect();
    for worker in workers {
        worker.join().expect("every call succeeds");
    }

    let mut numbers: Vec<i64> = Vec::new();
    let mut by_worker: std::collections::BTreeMap<i64, Vec<(i64, i64)>> = Default::default();
    for request in server.requests() {
        let body = request.json().expect("a JSON request");
        let number = body["operation_num"].as_i64().expect("operation_num");
        let payment = &body["param"]["Payments"][0];
        let worker = payment["CampaignID"].as_i64().expect("CampaignID");
        let call = payment["Sum"].as_f64().expect("Sum") as i64;
        assert_eq!(
            body["finance_token"],
            yandex_direct::runtime::finance::finance_token(
                MASTER,
                number,
                "CreateInvoice",
                "agrom"
            )
        );
        numbers.push(number);
        by_worker.entry(worker).or_default().push((call, number));
    }
    // Every number once: exactly the next PROCESSES * CALLS after the 500 in the file.
    let mut sorted = numbers.clone();
    sorted.sort_unstable();
    assert_eq!(
        sorted,
        (501..=500 + PROCESSES * CALLS).collect::<Vec<_>>(),
        "numbers in arrival order: {numbers:?}"
    );
    // Each worker's calls, one after the other, took growing numbers.
    assert_eq!(by_worker.len(), PROCESSES as usize);
    for (worker, mut calls) in by_worker {
        calls.sort_unstable();
        assert_eq!(
            calls.iter().map(|(call, _)| *call).collect::<Vec<_>>(),
            (1..=CALLS).collect::<Vec<_>>()
        );
        assert!(
            calls.windows(2).all(|pair| pair[0].1 < pair[1].1),
            "worker {worker}: {calls:?}"
        );
    }
    let stored = std::fs::read_to_string(&counter).expect("counter");
    assert_eq!(stored.trim(), (500 + PROCESSES * CALLS).to_string());
}
