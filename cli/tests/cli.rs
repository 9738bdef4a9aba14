//! The `ydirect` binary itself: exit codes and output of `call` (the full behaviour is tested
//! against the fake server in `tests/tests/client.rs`).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::process::{Command, Output};
use std::thread;

fn ydirect(args: &[&str], token: Option<&str>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_ydirect"));
    command.args(args).env_remove("YANDEX_DIRECT_TOKEN");
    if let Some(token) = token {
        command.env("YANDEX_DIRECT_TOKEN", token);
    }
    command.output().expect("ydirect runs")
}

/// Answers one HTTP request with `body` and the usual Direct headers; gives back the request.
fn one_shot(body: &'static str) -> (String, thread::JoinHandle<String>) {
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
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nRequestId: 123\r\nUnits: 10/90/100\r\nUnits-Used-Login: me\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
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
