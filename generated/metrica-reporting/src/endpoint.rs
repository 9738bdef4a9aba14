//! Endpoints by name, and the decode -> encode of JSON lines: the Metrica half of the
//! `roundtrip` example.
//!
//! A line `{"api": "metrica", "method": "data"|"bytime"|"drilldown"|"comparison"|
//! "comparison/drilldown", "part": "request"|"response"|"error", "body": ...}` is answered with
//! `{"ok": true, "body": <re-encoded>}` or `{"ok": false, "error": "<what and where>"}`. A
//! request's body is its query parameters as a JSON object of strings.

use serde_json::{json, Value};
use yandex_direct_runtime::suggest::{near_names, quoted};

use crate::generated::endpoints::ENDPOINTS;
use crate::generated::responses::ErrorResponse;
use crate::wire::{reencode, Endpoint};

/// Finds an endpoint by its name (`data`, `bytime`, `comparison/drilldown`) or its path
/// (`data/bytime`, `/stat/v1/data/bytime`). The error names the near ones, or all.
pub fn find_endpoint(name: &str) -> Result<&'static Endpoint, String> {
    let bare = name.trim_start_matches("/stat/v1/");
    if let Some(endpoint) = ENDPOINTS
        .iter()
        .find(|e| e.name == bare || e.path.trim_start_matches("/stat/v1/") == bare)
    {
        return Ok(endpoint);
    }
    let names = ENDPOINTS.iter().map(|e| e.name);
    let near = near_names(name, names.clone());
    if near.is_empty() {
        let all: Vec<&str> = names.collect();
        Err(format!(
            "unknown Metrica endpoint `{name}`; the endpoints are: {}",
            all.join(", ")
        ))
    } else {
        Err(format!(
            "unknown Metrica endpoint `{name}`; did you mean {}?",
            quoted(&near)
        ))
    }
}

/// Decodes `body` as the `part` (`request`, `response`, `error`) of the endpoint `method` and
/// encodes it again.
pub fn reencode_part(method: &str, part: &str, body: &Value) -> Result<Value, String> {
    let endpoint = find_endpoint(method)?;
    let bytes = || serde_json::to_vec(body).map_err(|e| e.to_string());
    let result = match part {
        "request" => (endpoint.reencode_request)(body),
        "response" => (endpoint.reencode_response)(&bytes()?),
        "error" => reencode::<ErrorResponse>(&bytes()?),
        other => {
            return Err(format!(
                "unknown part `{other}` (expected request, response or error)"
            ))
        }
    };
    result.map_err(|e| format!("{} {part}: {e}", endpoint.name))
}

/// Answers one line (see the module docs).
pub fn answer_line(line: &str) -> Value {
    match reencode_line(line) {
        Ok(body) => json!({"ok": true, "body": body}),
        Err(error) => json!({"ok": false, "error": error}),
    }
}

fn reencode_line(line: &str) -> Result<Value, String> {
    let case: Value =
        serde_json::from_str(line).map_err(|e| format!("the line is not JSON: {e}"))?;
    let field = |name: &str| -> Result<&str, String> {
        case.get(name)
            .and_then(Value::as_str)
            .ok_or_else(|| format!("the line has no string `{name}`"))
    };
    match field("api")? {
        "metrica" => {}
        other => return Err(format!("unknown api `{other}` here (expected metrica)")),
    }
    let body = case.get("body").ok_or("the line has no `body`")?;
    reencode_part(field("method")?, field("part")?, body)
}
