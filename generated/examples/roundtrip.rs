//! Decodes wire JSON into the typed values and encodes it back, one JSON line at a time.
//!
//! `cargo run --release -p yandex-direct --example roundtrip -- --jsonl` reads lines of
//! `{"api": "v5", "service": "campaigns", "method": "get", "part": "request"|"response", "body": {...}}`
//! from stdin and answers each, in order, with `{"ok": true, "body": <re-encoded>}` or
//! `{"ok": false, "error": "<what and where>"}`. v4 Live lines have `"api": "v4"`, an empty
//! `service` and the method as in the JSON (`GetClientsUnits`); their bodies are the v4 envelopes.

use std::io::{BufRead, BufWriter, Write};

use serde_json::{json, Value};

fn main() -> std::process::ExitCode {
    if std::env::args().nth(1).as_deref() != Some("--jsonl") {
        eprintln!("usage: roundtrip --jsonl < requests.jsonl");
        return std::process::ExitCode::from(2);
    }
    let stdin = std::io::stdin().lock();
    let mut out = BufWriter::new(std::io::stdout().lock());
    for (number, line) in stdin.lines().enumerate() {
        let line = match line {
            Ok(line) => line,
            Err(e) => {
                eprintln!("line {}: cannot read stdin: {e}", number + 1);
                return std::process::ExitCode::FAILURE;
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        let answer = match answer(&line) {
            Ok(body) => json!({"ok": true, "body": body}),
            Err(error) => json!({"ok": false, "error": error}),
        };
        if writeln!(out, "{answer}").is_err() {
            return std::process::ExitCode::FAILURE;
        }
    }
    if out.flush().is_err() {
        return std::process::ExitCode::FAILURE;
    }
    std::process::ExitCode::SUCCESS
}

fn answer(line: &str) -> Result<Value, String> {
    let case: Value =
        serde_json::from_str(line).map_err(|e| format!("the line is not JSON: {e}"))?;
    let field = |name: &str| -> Result<&str, String> {
        case.get(name)
            .and_then(Value::as_str)
            .ok_or_else(|| format!("the line has no string `{name}`"))
    };
    let (api, service, method, part) = (
        field("api")?,
        field("service")?,
        field("method")?,
        field("part")?,
    );
    let body = case.get("body").ok_or("the line has no `body`")?;
    let bytes = serde_json::to_vec(body).map_err(|e| e.to_string())?;
    let entry = match api {
        "v5" => yandex_direct::direct_v5::find_method(service, method)
            .ok_or_else(|| format!("unknown v5 method `{service}.{method}`"))?,
        // v4 Live has one endpoint; `service` is empty (or `live`).
        "v4" => yandex_direct::direct_v4::find_method("live", method)
            .ok_or_else(|| format!("unknown v4 method `{method}`"))?,
        other => return Err(format!("unknown api `{other}` (expected v5 or v4)")),
    };
    let codec = match part {
        "request" => entry.request,
        "response" => entry.response,
        other => {
            return Err(format!(
                "unknown part `{other}` (expected request or response)"
            ))
        }
    };
    codec(&bytes).map_err(|e| e.to_string())
}
