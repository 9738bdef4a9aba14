//! Decodes wire JSON into the typed values and encodes it back, one JSON line at a time.
//!
//! `cargo run --release -p yandex-direct --example roundtrip -- --jsonl` reads lines of
//! `{"api": "v5", "service": "campaigns", "method": "get", "part": "request"|"response", "body": {...}}`
//! from stdin and answers each, in order, with `{"ok": true, "body": <re-encoded>}` or
//! `{"ok": false, "error": "<what and where>"}`. v4 Live lines have `"api": "v4"`, an empty
//! `service` and the method as in the JSON (`GetClientsUnits`); their bodies are the v4 envelopes.
//! GA4 Data API lines are `{"api": "ga4", "method": "runReport", "part":
//! "request"|"response"|"error", "body": {...}}` (answered by the `ga4-data` crate). Metrica
//! Reporting API lines are `{"api": "metrica", "method": "data"|"bytime"|"drilldown"|
//! "comparison"|"comparison/drilldown", "part": "request"|"response"|"error", "body": ...}`, a
//! request's body its query parameters as an object of strings (answered by
//! `metrica-reporting`).

use std::io::{BufRead, BufWriter, Write};
use std::process::ExitCode;

use yandex_direct::runtime::roundtrip::answer_line;

/// The line's `api`, if it is a JSON object with a string `api`.
fn api_of(line: &str) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Api {
        api: String,
    }
    serde_json::from_str::<Api>(line).ok().map(|a| a.api)
}

fn main() -> ExitCode {
    if std::env::args().nth(1).as_deref() != Some("--jsonl") {
        eprintln!("usage: roundtrip --jsonl < lines.jsonl");
        return ExitCode::from(2);
    }
    let mut out = BufWriter::new(std::io::stdout().lock());
    for (number, line) in std::io::stdin().lock().lines().enumerate() {
        let line = match line {
            Ok(line) => line,
            Err(e) => {
                eprintln!("line {}: cannot read stdin: {e}", number + 1);
                return ExitCode::FAILURE;
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        let answer = match api_of(&line).as_deref() {
            Some("ga4") => ga4_data::roundtrip::answer_line(&line),
            Some("metrica") => metrica_reporting::roundtrip::answer_line(&line),
            _ => answer_line(&line, yandex_direct::find_method),
        };
        if writeln!(out, "{answer}").is_err() {
            return ExitCode::FAILURE;
        }
    }
    if out.flush().is_err() {
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
