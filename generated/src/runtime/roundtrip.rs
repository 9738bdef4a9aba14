//! Decode -> encode of wire JSON by method name, one JSON line at a time (the `roundtrip`
//! example; the CLI and the fake server use the same lookups).

use serde_json::{json, Value};

use super::method::MethodEntry;

/// Finds a method by API (`v5`, `v4`), service endpoint (`campaigns`; empty or `live` for v4) and
/// JSON method name.
pub fn find(api: &str, service: &str, method: &str) -> Result<&'static MethodEntry, String> {
    match api {
        "v5" => crate::direct_v5::find_method(service, method).ok_or_else(|| {
            format!("unknown v5 method `{service}.{method}` (or its feature is off)")
        }),
        "v4" if service.is_empty() || service == "live" => {
            crate::direct_v4::find_method("live", method).ok_or_else(|| {
                format!("unknown v4 method `{method}` (or the `live` feature is off)")
            })
        }
        "v4" => Err(format!(
            "v4 Live has no service `{service}`: leave `service` empty"
        )),
        other => Err(format!("unknown api `{other}` (expected v5 or v4)")),
    }
}

/// Answers one line `{"api", "service", "method", "part": "request"|"response", "body"}` with
/// `{"ok": true, "body": <re-encoded>}` or `{"ok": false, "error": "<what and where>"}`.
/// Requests are decoded strictly, responses leniently.
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
    let entry = find(
        field("api")?,
        field("service").unwrap_or(""),
        field("method")?,
    )?;
    let codec = match field("part")? {
        "request" => entry.request,
        "response" => entry.response,
        other => {
            return Err(format!(
                "unknown part `{other}` (expected request or response)"
            ))
        }
    };
    let body = case.get("body").ok_or("the line has no `body`")?;
    let bytes = serde_json::to_vec(body).map_err(|e| e.to_string())?;
    codec(&bytes).map_err(|e| e.to_string())
}
