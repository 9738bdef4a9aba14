//! `cargo run -p tools --bin check-direct-samples -- ../shared/reference/samples/direct-v5`
//!
//! Decodes every captured Direct v5 response with the typed bindings and checks that encoding it
//! again gives back the same JSON value. Exits 1 on any difference, 2 when the folder is missing.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde_json::Value;
use yandex_direct::direct_v5;

/// The captured files whose service and method are known from their names.
const NAMED_SAMPLES: &[(&str, &str, &str)] = &[
    ("radanisk/geo_regions.json", "dictionaries", "get"),
    ("radanisk/ads.json", "ads", "get"),
    (
        "radanisk/incorrect_request_results.json",
        "campaigns",
        "get",
    ),
    ("radanisk/update_error_results.json", "campaigns", "update"),
    ("radanisk/resume_error_results.json", "campaigns", "resume"),
    (
        "radanisk/suspend_error_results.json",
        "campaigns",
        "suspend",
    ),
    (
        "radanisk/unarchive_error_results.json",
        "campaigns",
        "unarchive",
    ),
    ("radanisk/report_error_result.json", "campaigns", "get"),
];

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: check-direct-samples <samples/direct-v5 folder>");
        return ExitCode::from(2);
    };
    if !dir.is_dir() {
        eprintln!(
            "the samples folder {} is missing: this check needs ../shared beside the project",
            dir.display()
        );
        return ExitCode::from(2);
    }
    let mut cases: Vec<(String, String, String, Value)> = Vec::new();
    let mut failures = Vec::new();
    for (file, service, method) in NAMED_SAMPLES {
        match read_json(&dir.join(file)) {
            Ok(body) => cases.push((
                file.to_string(),
                service.to_string(),
                method.to_string(),
                body,
            )),
            Err(e) => failures.push(e),
        }
    }
    match read_json(&dir.join("tapi-notebook-responses.json")) {
        Ok(notebook) => {
            let responses = notebook
                .get("responses")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            if responses.is_empty() {
                failures.push("tapi-notebook-responses.json: no `responses`".to_owned());
            }
            for (i, item) in responses.into_iter().enumerate() {
                let text = |key: &str| {
                    item.get(key)
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_owned()
                };
                let body = item.get("response").cloned().unwrap_or(Value::Null);
                cases.push((
                    format!("tapi-notebook-responses.json responses[{i}]"),
                    text("service"),
                    text("method"),
                    body,
                ));
            }
        }
        Err(e) => failures.push(e),
    }
    let mut passed = 0;
    for (name, service, method, body) in &cases {
        let Some(entry) = direct_v5::find_method(service, method) else {
            failures.push(format!("{name}: no generated method {service}.{method}"));
            continue;
        };
        let bytes = serde_json::to_vec(body).unwrap_or_default();
        match (entry.response)(&bytes) {
            Ok(encoded) if encoded == *body => {
                passed += 1;
                println!("ok   {name} ({service}.{method})");
            }
            Ok(encoded) => failures.push(format!(
                "{name} ({service}.{method}): re-encoded JSON differs\n  captured:   {body}\n  re-encoded: {encoded}"
            )),
            Err(e) => failures.push(format!("{name} ({service}.{method}): {e}")),
        }
    }
    for failure in &failures {
        println!("FAIL {failure}");
    }
    println!("samples: {passed} passed, {} failed", failures.len());
    if failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn read_json(path: &Path) -> Result<Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: not JSON: {e}", path.display()))
}
