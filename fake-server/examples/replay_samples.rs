//! Replays recorded Yandex Direct v5 traffic against a fresh [`FakeServer`] and counts how many
//! requests it answers with a result.
//!
//! ```text
//! cargo run -p yandex-direct-fake-server --example replay_samples -- ../shared/reference/samples/direct-v5
//! ```
//!
//! Every `.json` file under the folder (recursively) is read. A recording is an object with
//! `service` and `method` and one of `request` (a whole body `{"method", "params"}`), `params`,
//! or only a `response`; a file may hold one recording, an array of them, or an object whose
//! `responses`/`requests`/`records` key holds them. A recording with a request is replayed as it
//! was; one that kept only the response is replayed with the smallest request the method's typed
//! schema accepts. When the recording has a response, the top-level keys of its `result` are
//! compared with the fake server's answer.
//!
//! With `--every-method` it also replays the smallest valid request of every method of the
//! schema (`schema::METHOD_NAMES` of every service in `direct_v5::SERVICES`), as if each had been
//! recorded once.
//!
//! The last line reads `N requests, M answered with a result, K with 3500, service.method pairs
//! with a result: X of Y`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde_json::{json, Value};
use yandex_direct_fake_server::{schema, FakeConfig, FakeServer};

/// One recorded call.
struct Recording {
    file: PathBuf,
    service: String,
    method: String,
    /// The recorded request body, when the recording kept it.
    body: Option<Value>,
    /// The recorded response body, when the recording kept it.
    response: Option<Value>,
}

fn json_files(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            json_files(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "json") {
            out.push(path);
        }
    }
    Ok(())
}

fn collect(file: &Path, value: &Value, out: &mut Vec<Recording>) {
    match value {
        Value::Array(items) => items.iter().for_each(|v| collect(file, v, out)),
        Value::Object(map) => {
            let service = map.get("service").and_then(Value::as_str);
            let method = map.get("method").and_then(Value::as_str);
            if let (Some(service), Some(method)) = (service, method) {
                let body = match (map.get("request"), map.get("params")) {
                    (Some(request @ Value::Object(_)), _) if request.get("params").is_some() => {
                        Some(request.clone())
                    }
                    (Some(params @ Value::Object(_)), _) | (None, Some(params)) => {
                        Some(json!({"method": method, "params": params}))
                    }
                    _ => None,
                };
                out.push(Recording {
                    file: file.to_owned(),
                    service: service.to_ascii_lowercase(),
                    method: method.to_owned(),
                    body,
                    response: map.get("response").cloned(),
                });
                return;
            }
            for key in ["responses", "requests", "records", "calls"] {
                if let Some(inner) = map.get(key) {
                    collect(file, inner, out);
                }
            }
        }
        _ => {}
    }
}

fn result_keys(body: &Value) -> BTreeSet<String> {
    body.get("result")
        .and_then(Value::as_object)
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default()
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let mut every_method = false;
    let mut folder = None;
    for arg in std::env::args_os().skip(1) {
        if arg == "--every-method" {
            every_method = true;
        } else {
            folder = Some(PathBuf::from(arg));
        }
    }
    let Some(dir) = folder else {
        eprintln!("usage: replay_samples [--every-method] <folder of recorded direct-v5 traffic>");
        return ExitCode::from(64);
    };
    let mut files = Vec::new();
    if let Err(e) = json_files(&dir, &mut files) {
        eprintln!("cannot read {}: {e}", dir.display());
        return ExitCode::from(66);
    }
    let mut recordings = Vec::new();
    for file in &files {
        match std::fs::read(file).map(|b| serde_json::from_slice::<Value>(&b)) {
            Ok(Ok(value)) => collect(file, &value, &mut recordings),
            Ok(Err(e)) => eprintln!("skipped {}: not JSON ({e})", file.display()),
            Err(e) => eprintln!("skipped {}: {e}", file.display()),
        }
    }

    if every_method {
        for service in yandex_direct::direct_v5::SERVICES {
            for method in schema::METHOD_NAMES {
                if yandex_direct::direct_v5::find_method(service, method).is_some() {
                    recordings.push(Recording {
                        file: PathBuf::from("(schema)"),
                        service: (*service).to_owned(),
                        method: (*method).to_owned(),
                        body: None,
                        response: None,
                    });
                }
            }
        }
    }

    // Building a `yandex_direct::Client` installs its TLS crypto provider, which reqwest needs
    // (the workspace builds it without one of its own) even for plain HTTP.
    if let Err(e) = yandex_direct::Client::builder("replay").build() {
        eprintln!("cannot set up HTTP: {e}");
        return ExitCode::from(70);
    }
    let http = reqwest::Client::new();
    let (mut answered, mut unsupported, mut shape_checked, mut shape_same) = (0, 0, 0, 0);
    let mut pairs = BTreeSet::new();
    let mut pairs_answered = BTreeSet::new();
    for recording in &recordings {
        let pair = format!("{}.{}", recording.service, recording.method);
        pairs.insert(pair.clone());
        let (body, origin) = match &recording.body {
            Some(body) => (Some(body.clone()), "recorded request"),
            None => (
                schema::minimal_request(&recording.service, &recording.method),
                "minimal request",
            ),
        };
        let Some(body) = body else {
            println!("{pair:40} no request could be built");
            continue;
        };
        // A fresh server for every request, as if the recording were the first call of a test.
        let server = match FakeServer::start(FakeConfig::default()).await {
            Ok(server) => server,
            Err(e) => {
                eprintln!("cannot start the fake server: {e}");
                return ExitCode::from(70);
            }
        };
        let url = format!("{}/json/v5/{}", server.base_url(), recording.service);
        let reply = http
            .post(&url)
            .bearer_auth("replay")
            .body(body.to_string())
            .send()
            .await;
        let answer: Value = match reply {
            Ok(reply) => match reply.bytes().await {
                Ok(bytes) => serde_json::from_slice(&bytes).unwrap_or(Value::Null),
                Err(e) => json!({"transport": e.to_string()}),
            },
            Err(e) => json!({"transport": e.to_string()}),
        };
        let code = answer
            .pointer("/error/error_code")
            .and_then(Value::as_i64)
            .map(|c| c.to_string());
        let outcome = if answer.get("result").is_some() {
            answered += 1;
            pairs_answered.insert(pair.clone());
            "result".to_owned()
        } else if code.as_deref() == Some("3500") {
            unsupported += 1;
            "error 3500".to_owned()
        } else {
            format!(
                "error {} {}",
                code.unwrap_or_else(|| "?".to_owned()),
                answer.pointer("/error/error_detail").unwrap_or(&answer)
            )
        };
        let mut shape = String::new();
        if let (Some(recorded), true) = (&recording.response, answer.get("result").is_some()) {
            let (want, got) = (result_keys(recorded), result_keys(&answer));
            if !want.is_empty() {
                shape_checked += 1;
                if want.is_subset(&got) || want == got {
                    shape_same += 1;
                    shape = format!(" keys {want:?} as recorded");
                } else {
                    shape = format!(" keys {got:?}, recorded {want:?}");
                }
            }
        }
        println!(
            "{pair:40} {origin:17} {outcome}{shape}  ({})",
            recording
                .file
                .strip_prefix(&dir)
                .unwrap_or(&recording.file)
                .display()
        );
    }
    println!(
        "result keys as recorded: {shape_same} of {shape_checked} answers with a recorded result"
    );
    println!(
        "{} requests, {answered} answered with a result, {unsupported} with 3500, service.method pairs with a result: {} of {}",
        recordings.len(),
        pairs_answered.len(),
        pairs.len()
    );
    ExitCode::SUCCESS
}
