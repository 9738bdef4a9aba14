//! Decodes wire JSON into the typed values and encodes it back, one JSON line at a time.
//!
//! `cargo run --release -p yandex-direct --example roundtrip -- --jsonl` reads lines of
//! `{"api": "v5", "service": "campaigns", "method": "get", "part": "request"|"response", "body": {...}}`
//! from stdin and answers each, in order, with `{"ok": true, "body": <re-encoded>}` or
//! `{"ok": false, "error": "<what and where>"}`. v4 Live lines have `"api": "v4"`, an empty
//! `service` and the method as in the JSON (`GetClientsUnits`); their bodies are the v4 envelopes.

use std::io::{BufRead, BufWriter, Write};
use std::process::ExitCode;

use yandex_direct::runtime::roundtrip::answer_line;

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
        if writeln!(out, "{}", answer_line(&line, yandex_direct::find_method)).is_err() {
            return ExitCode::FAILURE;
        }
    }
    if out.flush().is_err() {
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
